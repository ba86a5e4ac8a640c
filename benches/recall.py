#!/usr/bin/env python3
"""Recall and extra findings on a generated corpus, from its manifest.

    benches/recall.py CORPUS_DIR [PAPERLINT]

`../shared/bench/gen_corpus.py` injects five kinds of defect into about 30%
of its papers and lists each one (file, kind, line) in CORPUS_DIR/manifest.json;
the papers it leaves clean have none of the five. This script runs
`paperlint check CORPUS_DIR --format jsonl`, matches every injected defect to
the finding that should report it, and prints, per kind: how many were
injected, how many paperlint found (recall), and how many findings of the
same rule it made that match no injected defect (to be read: each is a false
alarm or a defect the generator made without meaning to).
"""
import collections
import json
import os
import subprocess
import sys

# Injected kind -> the findings that report it: (rule, what the subject
# starts with or None, whether the finding is on the defect's line). A ticked LEGAL box with no
# legal section is reported by implications-table on the box, or, when the
# table says where legal matters are discussed ("Yes | Throughout"), by
# required-section: either finding says the section is missing.
KINDS = {
    "missing_legal_section": [("required-section", "legal", False)],
    "signoff_without_date": [("sign-off-undated", None, True)],
    "missing_appendix_reference": [("unresolved-reference", "Appendix", True)],
    "dangling_paragraph_reference": [("unresolved-reference", "paragraph", True)],
    "tickbox_legal_without_section": [("implications-table", "legal", True),
                                      ("required-section", "legal", False)],
}
RULES = {(rule, subject) for ways in KINDS.values() for rule, subject, _ in ways}


def reports(finding, defect):
    """Whether `finding` reports the injected `defect` (same file assumed)."""
    return any(finding["rule"] == rule
               and (subject is None or (finding.get("subject") or "").startswith(subject))
               and (not on_line or finding["line"] <= defect["line"] <= finding["end_line"])
               for rule, subject, on_line in KINDS[defect["kind"]])


def main():
    corpus = sys.argv[1]
    binary = sys.argv[2] if len(sys.argv) > 2 else "target/release/paperlint"
    manifest = json.load(open(os.path.join(corpus, "manifest.json")))
    run = subprocess.run([binary, "check", corpus, "--format", "jsonl"],
                         capture_output=True, text=True)
    findings = collections.defaultdict(list)
    for line in run.stdout.splitlines():
        d = json.loads(line)
        rel = os.path.relpath(d["path"], corpus)
        findings[rel].append(d)

    injected = collections.Counter()
    found = collections.Counter()
    missed = collections.defaultdict(list)
    extra = collections.defaultdict(list)
    for f in manifest["files"]:
        unused = [d for d in findings.get(f["path"], [])]
        for defect in f["defects"]:
            injected[defect["kind"]] += 1
            hit = next((d for d in unused if reports(d, defect)), None)
            if hit:
                found[defect["kind"]] += 1
                unused.remove(hit)
            else:
                missed[defect["kind"]].append((f["path"], defect["line"], defect["detail"]))
        for d in unused:
            if any(reports(d, defect) for defect in f["defects"]):
                continue  # A second finding of a defect already found.
            for rule, subject in RULES:
                if d["rule"] == rule and (subject is None or (d.get("subject") or "").startswith(subject)):
                    extra[rule + (f" ({subject})" if subject else "")].append(
                        (f["path"], d["line"], d["message"]))

    print(f"{len(manifest['files'])} papers, "
          f"{sum(1 for f in manifest['files'] if f['defects'])} with injected defects")
    for kind in KINDS:
        n, k = injected[kind], found[kind]
        print(f"  {kind:31} {k:5} of {n:5} found ({100 * k / max(n, 1):.1f}%)")
    unlisted = [m for m in missed["missing_appendix_reference"] if "attached: none" in m[2]]
    print(f"  (missing_appendix_reference missed in papers that list no appendix at all, where "
          f"unresolved-reference stays silent by design: {len(unlisted)})")
    for kind, items in missed.items():
        for path, line, detail in items[:3]:
            print(f"    missed {kind}: {path}:{line}: {detail}")
    for rule, items in sorted(extra.items()):
        print(f"  findings of {rule} matching no injected defect: {len(items)}")
        for path, line, message in items[:3]:
            print(f"    {path}:{line}: {message}")


if __name__ == "__main__":
    main()
