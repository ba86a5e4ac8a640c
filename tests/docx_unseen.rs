//! paperlint on Word papers it was not written against: ten invented
//! council reports built as real `.docx` files with the Word features
//! councils' templates use (page headers with tab stops, several sections,
//! Wingdings and legacy form check boxes, content controls, footnotes,
//! custom heading styles, tracked changes), in
//! `tests/fixtures/docx-unseen/` (`make_papers.py` writes them with the
//! standard library; `expected.json` holds their true findings, with lines
//! found by `make_expected.py` in the text view; README.md lists the
//! features of each).
//!
//! The judge is the same as tests/labelled.rs's: `shared/bench/score.py`.
//! Bar: recall ≥ 0.95 and no false alarm, except the narrow allowance
//! below for findings that come from the parser, not the Word reader.

use std::path::PathBuf;
use std::process::Command;

mod common;

/// Findings the Word reader renders right but the parser misreads, each
/// allowed by file, rule and subject (not by count), so that any other
/// false alarm fails the test. None now: rt05's four-column front sheet
/// (Label, Value, Label, Value) was one until the parser learnt to read
/// it, and rt08's page header, the paper's title with a colon and a tab
/// ("Ofsted Focused Visit: Action Plan Progress<TAB><TAB>OFFICIAL"), was
/// read as the front sheet's first field, so the committee named under it
/// was not taken as the meeting, until a first line over a title block in
/// capitals was read as no field of the front sheet.
const PARSER_OWNED: &[(&str, &str, &str)] = &[];

fn shared() -> Option<PathBuf> {
    let dir = std::env::var_os("PAPERLINT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| common::root().join("../shared"));
    dir.join("bench/score.py").is_file().then_some(dir)
}

#[test]
fn unseen_word_papers_score_at_the_bar() {
    let Some(shared) = shared() else {
        eprintln!("skipped: no shared/ folder beside the repository (set PAPERLINT_SHARED)");
        return;
    };
    let dir = common::root().join("tests/fixtures/docx-unseen");
    let text = std::fs::read_to_string(dir.join("expected.json")).unwrap();
    let mut expected: serde_json::Value = serde_json::from_str(&text).unwrap();
    for (file, rule, subject) in PARSER_OWNED {
        expected[*file]["allowed"]
            .as_array_mut()
            .expect("an allowed list")
            .push(serde_json::json!({"rule": rule, "subject": subject}));
    }
    let tmp = std::env::temp_dir().join(format!("paperlint-docx-unseen-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let labels = tmp.join("expected.json");
    std::fs::write(&labels, expected.to_string()).unwrap();
    let output = Command::new("python3")
        .arg(shared.join("bench/score.py"))
        .arg(env!("CARGO_BIN_EXE_paperlint"))
        .arg(&labels)
        .arg(&dir)
        .args(["--min-recall", "0.95", "--max-false", "0"])
        .output()
        .expect("python3 runs shared/bench/score.py");
    std::fs::remove_dir_all(&tmp).ok();
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "paperlint on tests/fixtures/docx-unseen is below its bar:\n{report}{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The allowance is narrow: without it, exactly those findings are the
/// false alarms (when the parser learns to read them, drop them above);
/// rt05 and rt08, the papers that had them, have none now.
#[test]
fn the_allowance_covers_only_the_parsers_findings() {
    let dir = common::root().join("tests/fixtures/docx-unseen");
    let out = Command::new(env!("CARGO_BIN_EXE_paperlint"))
        .args(["check", "--format", "json"])
        .arg(dir.join("rt05.docx"))
        .arg(dir.join("rt08.docx"))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut found: Vec<(String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "required-field")
        .map(|d| {
            let path = d["path"].as_str().unwrap();
            let file = path.rsplit(['/', '\\']).next().unwrap().to_string();
            (file, d["message"].as_str().unwrap().to_string())
        })
        .collect();
    found.sort();
    assert_eq!(found.len(), PARSER_OWNED.len(), "{found:#?}");
    for ((file, message), (f, _, subject)) in found.iter().zip(PARSER_OWNED) {
        assert_eq!(file, f);
        assert!(message.contains(subject), "{message}");
    }
}

/// Word's content controls still showing their placeholder are reported
/// whole, once each ("Choose an item." in a drop-down, a template's own
/// prompt, a date picker's prompt).
#[test]
fn content_control_placeholders_are_template_leftovers() {
    let path = common::root().join("tests/fixtures/docx-unseen/probes/pA.docx");
    let out = Command::new(env!("CARGO_BIN_EXE_paperlint"))
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let shown: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "template-leftover")
        .map(|d| d["subject"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        shown,
        [
            "Choose an item.",
            "Enter FP reference",
            "Click or tap to enter a date."
        ]
    );
}
