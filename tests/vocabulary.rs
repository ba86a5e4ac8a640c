//! The `[vocabulary]` table: a council's words reach the parser, for
//! `check` and `tree` alike, and a malformed table is a configuration
//! error (exit 2).

use assert_cmd::Command;
use std::path::Path;

fn paperlint() -> Command {
    let mut cmd = Command::cargo_bin("paperlint").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A front sheet whose meeting date is under a label the built-in
/// vocabulary does not know ("Panel date").
const PAPER: &str = "\
# Fees for street trading licences

Report to: Licensing Panel
Panel date: 3 June 2025
Report of: Director of Place

## 1. Purpose

1.1 This report asks the panel to note the new fees.
";

/// The meetings `paperlint tree` reads in the paper in `dir`.
fn meetings(dir: &Path) -> serde_json::Value {
    let (code, out, err) = run(paperlint()
        .args(["tree", "--format", "json"])
        .arg(dir.join("p.md")));
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    json["meetings"].clone()
}

/// The rules that fire on the paper in `dir`, in JSON.
fn rules_fired(dir: &Path) -> Vec<String> {
    let (code, out, err) = run(paperlint()
        .args(["check", "--format", "json"])
        .arg(dir.join("p.md")));
    assert!(code == 0 || code == 1, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap().to_string())
        .collect()
}

fn council(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("p.md"), PAPER).unwrap();
    std::fs::write(dir.path().join("paperlint.toml"), config).unwrap();
    dir
}

#[test]
fn a_council_extending_the_date_keys_gives_the_parser_its_label() {
    let plain = council("extends = [\"council-report\"]\n");
    let m = meetings(plain.path());
    assert_eq!(m[0]["name"], "Licensing Panel");
    assert!(m[0]["date"].is_null(), "{m}");
    assert!(rules_fired(plain.path()).contains(&"meeting-date-unknown".to_string()));

    let extended = council(
        "extends = [\"council-report\"]\n[vocabulary]\nextend-date-keys = [\"Panel  Date\"]\n",
    );
    let m = meetings(extended.path());
    assert_eq!(m[0]["name"], "Licensing Panel");
    assert_eq!(m[0]["date"], "2025-06-03", "{m}");
    assert!(!rules_fired(extended.path()).contains(&"meeting-date-unknown".to_string()));
}

#[test]
fn a_list_given_whole_replaces_the_builtin_one() {
    // "to" and "report to" are no longer meeting labels: the meeting is
    // then read from nothing in this paper.
    let replaced = council(
        "extends = [\"council-report\"]\n[vocabulary]\nmeeting-keys = [\"meeting\"]\nextend-date-keys = [\"panel date\"]\n",
    );
    let m = meetings(replaced.path());
    assert!(m.as_array().unwrap().is_empty(), "{m}");
}

#[test]
fn a_malformed_vocabulary_is_a_configuration_error() {
    let cases = [
        (
            "[vocabulary]\nextend-date-key = [\"panel date\"]\n",
            "`extend-date-key` is not a vocabulary list",
        ),
        (
            "[vocabulary]\ndate-keys = \"panel date\"\n",
            "`date-keys` must be a list of words or labels",
        ),
        (
            "[vocabulary]\nextend-body-words = [\"assembly\", 3]\n",
            "`extend-body-words` must be a list of words or labels",
        ),
        (
            "[vocabulary]\nextend-body-words = [\"\"]\n",
            "`extend-body-words` must be a list of words or labels",
        ),
        ("vocabulary = 3\n", "invalid type"),
    ];
    for (toml, expect) in cases {
        let dir = council(&format!("extends = [\"council-report\"]\n{toml}"));
        let (code, _, err) = run(paperlint()
            .args(["check", "--color", "never"])
            .arg(dir.path().join("p.md")));
        assert_eq!(code, 2, "{toml}: {err}");
        assert!(err.contains(expect), "{toml}: {err}");
        assert!(err.contains("paperlint.toml:"), "{toml}: {err}");
        // `tree` reports it too, and still reads the paper.
        let (code, out, err) = run(paperlint().arg("tree").arg(dir.path().join("p.md")));
        assert_eq!(code, 0, "{toml}: {err}");
        assert!(err.contains(expect), "{toml}: {err}");
        assert!(!out.is_empty());
    }
}
