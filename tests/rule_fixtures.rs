//! Each rule's behaviour, read in one place.
//!
//! `tests/fixtures/rules/<rule-id>/` holds small committee papers, each
//! showing one thing about that rule. A case's first line is a comment
//! saying what it shows: `<!-- fires: … -->` (the rule must find something)
//! or `<!-- silent: … -->` (a near miss it must leave alone). Each case is
//! checked with the built-in `council-report` pack, and its snapshot holds
//! the findings of its folder's rule only. The fires/silent word is
//! asserted as well, so a snapshot accepted in error still fails.
//!
//! A case the tool gets wrong today says so in its comment, `(known miss:
//! why)`, and is asserted the other way round: it fails once the tool gets
//! it right, so that the note is removed rather than left to go stale.
//!
//! Also here: every rule of the pack has a folder, and the README's rule
//! table, `KINDS`, `paperlint rules` and the pack name the same rules.

mod common;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use assert_cmd::Command;
use paperlint::config::Config;
use paperlint::source::SourceFile;

const FIXTURES: &str = "tests/fixtures/rules";

/// Marks a case the tool gets wrong today (see the module comment).
const KNOWN_MISS: &str = "(known miss:";

/// What a case says it shows, from its first line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Fires,
    Silent,
}

/// The case's first-line comment: whether it fires, and the whole comment.
fn expectation(text: &str) -> Option<(Expect, &str)> {
    let first = text.trim_start_matches('\u{feff}').lines().next()?.trim();
    let said = first.strip_prefix("<!--")?.strip_suffix("-->")?.trim();
    let expect = if said.starts_with("fires:") {
        Expect::Fires
    } else if said.starts_with("silent:") {
        Expect::Silent
    } else {
        return None;
    };
    Some((expect, said))
}

/// The rule a case is about: the name of its folder.
fn rule_of(path: &Path) -> String {
    path.parent()
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
        .expect("a case lies in a folder named after its rule")
        .to_string()
}

/// The findings of `rule` in `src`, one block each.
fn findings_of(src: &SourceFile, config: &Config, rule: &str) -> (usize, String) {
    let found = paperlint::check::check_text(src, config).expect("the built-in pack compiles");
    let mut out = String::new();
    let mut count = 0;
    for d in found.iter().filter(|d| d.rule == rule) {
        count += 1;
        let span = d.span();
        writeln!(
            out,
            "line {}: {} {}\n  subject: {}\n  message: {}\n  at: {:?}",
            src.line(span.start),
            d.severity,
            d.rule,
            d.subject.as_deref().unwrap_or("(none)"),
            d.message,
            span.of(&src.text),
        )
        .unwrap();
    }
    if count == 0 {
        out.push_str("(no findings)\n");
    }
    (count, out)
}

#[test]
fn case() {
    let config = Config::builtin("council-report").unwrap();
    let mut wrong = Vec::new();
    insta::glob!("fixtures/rules/*/*.{md,txt,docx,pdf}", |path| {
        let src = SourceFile::read(path, 1 << 20).expect("a readable case");
        let rule = rule_of(path);
        let case = common::rel(path);
        let Some((expect, said)) = expectation(&src.text) else {
            wrong.push(format!(
                "{case}: the first line must be `<!-- fires: … -->` or `<!-- silent: … -->`"
            ));
            return;
        };
        let (count, findings) = findings_of(&src, &config, &rule);
        let fired = count > 0;
        let known_miss = said.contains(KNOWN_MISS);
        let right = fired == (expect == Expect::Fires);
        match (right, known_miss) {
            (false, false) if fired => {
                wrong.push(format!(
                    "{case}: says `silent` but {rule} found:\n{findings}"
                ));
            }
            (false, false) => {
                wrong.push(format!("{case}: says `fires` but {rule} found nothing"));
            }
            (true, true) => wrong.push(format!(
                "{case}: {rule} now gets this case right: remove its `(known miss: …)` note"
            )),
            _ => {}
        }
        insta::with_settings!({ description => said, omit_expression => true }, {
            insta::assert_snapshot!(findings);
        });
    });
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The rule ids of the built-in pack, as `paperlint rules` lists them.
fn listed_by_the_cli() -> BTreeSet<String> {
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .arg("rules")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("configuration: built-in council-report"),
        "{text}"
    );
    text.lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

/// The rule ids in `KINDS`.
fn kinds() -> BTreeSet<String> {
    paperlint::rules::KINDS
        .iter()
        .map(|k| k.name.to_string())
        .collect()
}

/// The `[rules.<id>]` tables of rules/council-report.toml.
fn in_the_pack() -> Vec<String> {
    let text = std::fs::read_to_string(common::root().join("rules/council-report.toml")).unwrap();
    let table = regex::Regex::new(r"(?m)^\[rules\.([a-z0-9-]+)\]\s*$").unwrap();
    table
        .captures_iter(&text)
        .map(|c| c[1].to_string())
        .collect()
}

/// The rule ids in the first column of the README's "Rules of the default
/// pack" table.
fn in_the_readme() -> Vec<String> {
    let text = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let section = text
        .split("\n## Rules of the default pack\n")
        .nth(1)
        .expect("the README has a section \"Rules of the default pack\"");
    let section = section.split("\n## ").next().unwrap();
    let row = regex::Regex::new(r"(?m)^\| `([a-z0-9-]+)` \|").unwrap();
    row.captures_iter(section)
        .map(|c| c[1].to_string())
        .collect()
}

/// `ids` as a set, failing on a repeated id.
fn once_each(what: &str, ids: Vec<String>) -> BTreeSet<String> {
    let set: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(set.len(), ids.len(), "{what} names a rule twice: {ids:?}");
    set
}

#[test]
fn the_readme_kinds_the_cli_and_the_pack_name_the_same_rules() {
    let kinds = kinds();
    assert_eq!(
        kinds.len(),
        paperlint::rules::KINDS.len(),
        "KINDS repeats a name"
    );
    let readme = once_each("the README's rule table", in_the_readme());
    let pack = once_each("rules/council-report.toml", in_the_pack());
    let cli = listed_by_the_cli();
    let config = Config::builtin("council-report").unwrap();
    let known: BTreeSet<String> = config
        .rule_set(Path::new("paper.md"))
        .unwrap()
        .known
        .iter()
        .map(|(id, _)| id.clone())
        .collect();
    for (what, ids) in [
        ("the README's rule table", &readme),
        ("rules/council-report.toml", &pack),
        ("`paperlint rules`", &cli),
        ("the compiled council-report pack", &known),
    ] {
        let missing: Vec<_> = kinds.difference(ids).collect();
        let extra: Vec<_> = ids.difference(&kinds).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{what} disagrees with KINDS: missing {missing:?}, not a kind {extra:?}"
        );
    }
}

#[test]
fn every_rule_has_a_folder_of_cases_and_every_folder_is_a_rule() {
    let dir = common::root().join(FIXTURES);
    let mut folders = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(
            entry.file_type().unwrap().is_dir(),
            "{FIXTURES}/{name} is not a folder"
        );
        // What the folder's cases show, known misses aside.
        let mut seen = Vec::new();
        for case in std::fs::read_dir(entry.path()).unwrap() {
            let path = case.unwrap().path();
            assert!(
                matches!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("md" | "txt" | "docx" | "pdf")
                ),
                "{}: a case is a .md, .txt, .docx or .pdf file (the glob reads no other)",
                common::rel(&path)
            );
            let src = SourceFile::read(&path, 1 << 20).unwrap();
            seen.extend(
                expectation(&src.text)
                    .filter(|(_, said)| !said.contains(KNOWN_MISS))
                    .map(|(expect, _)| expect),
            );
        }
        assert!(
            seen.contains(&Expect::Fires) && seen.contains(&Expect::Silent),
            "{FIXTURES}/{name} needs a case that fires and one that stays silent, \
             besides any known miss"
        );
        folders.insert(name);
    }
    let config = Config::builtin("council-report").unwrap();
    let rules: BTreeSet<String> = config
        .rule_set(Path::new("paper.md"))
        .unwrap()
        .rules
        .iter()
        .map(|r| r.id.clone())
        .collect();
    let missing: Vec<_> = rules.difference(&folders).collect();
    let extra: Vec<_> = folders.difference(&rules).collect();
    assert!(
        missing.is_empty(),
        "rules with no folder of cases: {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "folders that are not a rule id: {extra:?}"
    );
}
