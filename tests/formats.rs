//! The machine-readable outputs: SARIF validates against the SARIF 2.1.0
//! schema, JUnit parses with the right counts, GitHub lines follow the
//! workflow-command grammar, JSON Lines round-trips to the JSON findings;
//! and baselines, --select/--ignore, --stdin and --output.

mod common;

use assert_cmd::Command;
use std::path::Path;

fn run(args: &[&str], dir: &Path) -> (i32, String, String) {
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A copy of the seeds and samples in a temporary folder.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for path in common::papers() {
        let name = path.file_name().unwrap();
        std::fs::copy(&path, dir.path().join(name)).unwrap();
    }
    dir
}

#[test]
fn sarif_validates_against_the_schema() {
    let dir = corpus();
    let (code, out, err) = run(&["check", "--format", "sarif", "."], dir.path());
    assert_eq!(code, 1, "{err}");
    let sarif: serde_json::Value = serde_json::from_str(&out).unwrap();
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("tests/fixtures/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let run = &sarif["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for r in results {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], r["ruleId"], "ruleIndex points at the rule");
        assert!(rules[i]["help"]["text"]
            .as_str()
            .unwrap()
            .contains("What it checks"));
    }
}

#[test]
fn json_validates_against_its_schema_with_readability_per_paper() {
    let dir = corpus();
    let (_, out, err) = run(&["check", "--format", "json", "."], dir.path());
    let json: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("tests/fixtures/paperlint-json.schema.json"))
            .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // Every paper read has its figures, and they add up.
    let papers = json["papers"].as_array().unwrap();
    assert_eq!(papers.len() as u64, json["files"].as_u64().unwrap());
    for p in papers {
        let r = &p["readability"];
        let words: u64 = r["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["words"].as_u64().unwrap())
            .sum();
        assert!(words <= r["paper"]["words"].as_u64().unwrap(), "{p}");
        assert!(r["paper"]["words"].as_u64().unwrap() > 0, "{p}");
    }
}

#[test]
fn junit_parses_with_the_right_counts() {
    let dir = corpus();
    let (_, json_out, _) = run(&["check", "--format", "json", "."], dir.path());
    let json: serde_json::Value = serde_json::from_str(&json_out).unwrap();
    let findings = json["diagnostics"].as_array().unwrap().len();
    let (_, xml, _) = run(&["check", "--format", "junit", "."], dir.path());
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut suites, mut cases, mut failures) = (0, 0, 0);
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                match e.name().into_inner() {
                    "testsuite" => suites += 1,
                    "testcase" => cases += 1,
                    "failure" => failures += 1,
                    _ => {}
                }
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    let papers = common::papers().len();
    assert_eq!(suites, papers);
    assert_eq!(failures, findings);
    let clean_papers = papers - {
        let mut paths: Vec<&str> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["path"].as_str().unwrap())
            .collect();
        paths.dedup();
        paths.len()
    };
    assert_eq!(cases, findings + clean_papers);
}

#[test]
fn github_lines_follow_the_workflow_command_grammar() {
    let dir = corpus();
    let (_, out, _) = run(&["check", "--format", "github", "."], dir.path());
    let grammar = regex::Regex::new(
        r"^::(error|warning|notice) file=[^,:\n]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:\n]+::[^\n\r]+$",
    )
    .unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert!(!lines.is_empty());
    for line in lines {
        assert!(grammar.is_match(line), "{line}");
    }
}

#[test]
fn json_lines_round_trip_to_the_json_findings() {
    let dir = corpus();
    let (_, json_out, _) = run(&["check", "--format", "json", "."], dir.path());
    let json: serde_json::Value = serde_json::from_str(&json_out).unwrap();
    let (_, jsonl, _) = run(&["check", "--format", "jsonl", "."], dir.path());
    let lines: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(&lines, json["diagnostics"].as_array().unwrap());
}

#[test]
fn a_baseline_hides_old_findings_and_shows_new_ones() {
    let dir = corpus();
    let (code, _, err) = run(
        &["check", "--write-baseline", "baseline.json", "."],
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = run(
        &[
            "check",
            "--color",
            "never",
            "--baseline",
            "baseline.json",
            ".",
        ],
        dir.path(),
    );
    assert_eq!(code, 0, "{out}");

    // Insert a paragraph at the top of a seed: lines move, nothing new.
    let luton = dir.path().join("luton-2005-joint-review.txt");
    let text = std::fs::read_to_string(&luton).unwrap();
    std::fs::write(
        &luton,
        format!("Draft for comment.\n\nA new opening note.\n\n{text}"),
    )
    .unwrap();
    let (code, out, _) = run(
        &[
            "check",
            "--format",
            "json",
            "--baseline",
            "baseline.json",
            ".",
        ],
        dir.path(),
    );
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["diagnostics"].as_array().unwrap().len(), 0, "{out}");

    // A new defect: exactly that finding.
    let text = std::fs::read_to_string(&luton).unwrap();
    let text = text.replace(
        "**STAFFING IMPLICATIONS**",
        "**STAFFING IMPLICATIONS**\n\nDelete if not applicable.",
    );
    std::fs::write(&luton, text).unwrap();
    let (code, out, _) = run(
        &[
            "check",
            "--format",
            "json",
            "--baseline",
            "baseline.json",
            ".",
        ],
        dir.path(),
    );
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let found = v["diagnostics"].as_array().unwrap();
    assert_eq!(found.len(), 1, "{out}");
    assert_eq!(found[0]["rule"], "template-leftover");
}

#[test]
fn select_and_ignore_choose_rules() {
    let dir = corpus();
    let rules_of = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        all.push(".");
        let (_, out, _) = run(&all, dir.path());
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let mut rules: Vec<String> = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["rule"].as_str().unwrap().to_string())
            .collect();
        rules.sort();
        rules.dedup();
        rules
    };
    assert_eq!(
        rules_of(&["--select", "contact-details"]),
        ["contact-details"]
    );
    assert!(!rules_of(&["--ignore", "contact-details,required-field"])
        .iter()
        .any(|r| r == "contact-details" || r == "required-field"));
    let (code, _, err) = run(&["check", "--select", "no-such-rule", "."], dir.path());
    assert_eq!(code, 2);
    assert!(err.contains("no rule `no-such-rule`"), "{err}");
}

/// Rules that `--ignore` or `--select` drop are not run; what is left is
/// what filtering every rule's findings leaves, suppressions included: a
/// suppression of a dropped rule that silences a finding is not reported
/// as unused.
#[test]
fn skipped_rules_leave_what_filtering_leaves() {
    let dir = corpus();
    std::fs::write(
        dir.path().join("suppressed.md"),
        "Meeting: Cabinet\nDate: 3 June 2025\n\n## 1. Summary\n\n<!-- paperlint: allow(words-to-avoid) -->\n1.1 We will utilise the grant going forward.\n\n<!-- paperlint: allow(sentence-length) -->\n1.2 Short.\n",
    )
    .unwrap();
    let findings = |args: &[&str]| -> Vec<serde_json::Value> {
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        all.push(".");
        let (_, out, _) = run(&all, dir.path());
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v["diagnostics"].as_array().unwrap().clone()
    };
    let all = findings(&[]);
    let plain = [
        "acronym-undefined",
        "words-to-avoid",
        "sentence-length",
        "readability",
        "passive-recommendation",
    ];
    assert!(all.iter().any(|d| d["rule"] == "unused-suppression"));
    assert!(all.iter().any(|d| plain.iter().any(|r| d["rule"] == *r)));
    let filtered: Vec<_> = all
        .iter()
        .filter(|d| !plain.iter().any(|r| d["rule"] == *r))
        .cloned()
        .collect();
    assert_eq!(findings(&["--ignore", &plain.join(",")]), filtered);
    let selected: Vec<_> = all
        .iter()
        .filter(|d| d["rule"] == "words-to-avoid" || d["rule"] == "unused-suppression")
        .cloned()
        .collect();
    assert_eq!(
        findings(&["--select", "words-to-avoid,unused-suppression"]),
        selected
    );
}

#[test]
fn stdin_and_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let paper =
        std::fs::read(common::root().join("tests/fixtures/seeds/luton-2005-joint-review.txt"))
            .unwrap();
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "check",
            "--stdin",
            "--stdin-filename",
            "reports/luton.md",
            "--format",
            "json",
            "--output",
            "out.json",
        ])
        .write_stdin(paper)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "the output went to the file");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out.json")).unwrap())
            .unwrap();
    let d = &v["diagnostics"].as_array().unwrap()[0];
    assert_eq!(d["path"], "reports/luton.md");
}
