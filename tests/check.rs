//! Findings on the seeds and samples, pinned after reading each one; and
//! the findings the issues name, asserted directly.

mod common;

use paperlint::config::Config;
use paperlint::source::SourceFile;

fn findings(path: &std::path::Path, config: &Config) -> Vec<String> {
    let src = SourceFile::from_bytes(common::rel(path), std::fs::read(path).unwrap()).unwrap();
    paperlint::check::check_text(&src, config)
        .unwrap()
        .iter()
        .map(|d| {
            let (line, col) = src.line_col(d.span().start);
            format!(
                "{line}:{col} {} {} [{}] {}",
                d.severity,
                d.rule,
                d.subject.as_deref().unwrap_or("-"),
                d.message
            )
        })
        .collect()
}

#[test]
fn findings_on_seeds_and_samples() {
    let config = Config::builtin("council-report").unwrap();
    let mut all = String::new();
    for path in common::papers() {
        all.push_str(&format!("== {}\n", common::rel(&path)));
        for f in findings(&path, &config) {
            all.push_str(&f);
            all.push('\n');
        }
    }
    insta::assert_snapshot!(all);
}

fn has(found: &[String], rule: &str, subject: &str) -> bool {
    found
        .iter()
        .any(|f| f.contains(&format!(" {rule} [{subject}]")))
}

fn seed(name: &str) -> std::path::PathBuf {
    common::root().join("tests/fixtures/seeds").join(name)
}

#[test]
fn the_structural_defects_in_the_seeds_are_found() {
    let config = Config::builtin("council-report").unwrap();
    let luton = findings(&seed("luton-2005-joint-review.txt"), &config);
    assert!(has(&luton, "required-field", "wards"), "{luton:#?}");
    assert!(luton
        .iter()
        .any(|f| f.contains("contact-details") && f.contains("JO CLEARY")));
    let harrow = findings(&seed("harrow-2004-csci-annual-review.txt"), &config);
    assert!(has(&harrow, "required-field", "wards"), "{harrow:#?}");
    assert!(harrow
        .iter()
        .any(|f| f.contains("contact-details") && f.contains("Paul Clark")));
    let leicester = findings(&seed("leicester-2001-joint-review-update.txt"), &config);
    assert!(
        has(&leicester, "required-section", "background-papers"),
        "{leicester:#?}"
    );
    let lga = findings(&seed("lga-2007-sector-led-improvement.txt"), &config);
    assert!(has(&lga, "required-section", "legal"), "{lga:#?}");
}

#[test]
fn unlabelled_leicester_headers_and_combined_headings_are_understood() {
    let config = Config::builtin("council-report").unwrap();
    for name in [
        "leicester-2001-joint-review-update.txt",
        "leicester-2003-ssi-inspection.txt",
    ] {
        let found = findings(&seed(name), &config);
        for field in ["meeting", "date", "title", "report-of", "contact"] {
            assert!(!has(&found, "required-field", field), "{name}: {found:#?}");
        }
        for section in ["financial", "legal", "equalities"] {
            assert!(
                !has(&found, "required-section", section),
                "{name}: {found:#?}"
            );
        }
    }
    for name in [
        "luton-2005-joint-review.txt",
        "harrow-2004-csci-annual-review.txt",
    ] {
        let found = findings(&seed(name), &config);
        assert!(
            !has(&found, "required-section", "equalities"),
            "{name}: {found:#?}"
        );
    }
}

#[test]
fn the_lga_paper_passes_the_structural_rules_of_its_own_pack() {
    let config = Config::builtin("lga-board-paper").unwrap();
    let found = findings(&seed("lga-2007-sector-led-improvement.txt"), &config);
    let structural = [
        "required-field",
        "required-section",
        "empty-section",
        "field-value",
    ];
    let bad: Vec<_> = found
        .iter()
        .filter(|f| structural.iter().any(|r| f.contains(r)))
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}

/// The sign-off findings (issue 4) on a paper, as "rule [subject] message".
fn sign_off_findings(path: &std::path::Path, config: &Config) -> Vec<String> {
    findings(path, config)
        .into_iter()
        .filter(|f| {
            [" sign-off-", " clearance-", " meeting-date-unknown "]
                .iter()
                .any(|r| f.contains(r))
        })
        .map(|f| {
            f.split_once(' ')
                .map_or(f.clone(), |(_, rest)| rest.to_string())
        })
        .collect()
}

#[test]
fn the_sign_offs_in_the_seeds_and_samples_are_judged() {
    let config = Config::builtin("council-report").unwrap();
    let expect: &[(&str, &[&str])] = &[
        (
            "tests/fixtures/seeds/harrow-2004-csci-annual-review.txt",
            &[
                "error sign-off-missing [financial] financial implications are not signed off: no finance officer is named as clearing them",
                "error sign-off-missing [legal] legal implications are not signed off: no legal officer is named as clearing them",
            ],
        ),
        (
            "tests/fixtures/seeds/leicester-2001-joint-review-update.txt",
            &[
                "error sign-off-missing [financial] financial implications are not signed off: no finance officer is named as clearing them",
                "error sign-off-undated [legal] legal implications are signed off by Guy Goodman but carry no date",
            ],
        ),
        (
            "tests/fixtures/seeds/leicester-2003-ssi-inspection.txt",
            &[
                "error sign-off-undated [financial] financial implications are signed off by Colin Sharpe but carry no date",
                "error sign-off-undated [legal] legal implications are signed off by Christine Hume but carry no date",
            ],
        ),
        (
            "tests/fixtures/seeds/lga-2007-sector-led-improvement.txt",
            &[
                "info meeting-date-unknown [date] the paper gives no meeting date, so nothing can be checked against it",
                "error sign-off-missing [financial] financial implications are not signed off: no finance officer is named as clearing them",
            ],
        ),
        // Agreed on 5 and 24 January 2005, for 3 February 2005.
        ("tests/fixtures/seeds/luton-2005-joint-review.txt", &[]),
        (
            "samples/04-exempt-part2.md",
            &["error sign-off-undated [legal] legal implications are signed off by Andrew Kaur but carry no date"],
        ),
        (
            "samples/07-template-leftovers.md",
            &["error clearance-after-meeting [legal] legal implications are signed off by Sunita Rai on 14 March 2025, after the meeting on 12 March 2025"],
        ),
    ];
    for (path, want) in expect {
        let found = sign_off_findings(&common::root().join(path), &config);
        assert_eq!(found, *want, "{path}");
    }
    for clean in ["01", "02", "03", "05", "06", "08", "09"] {
        let path = common::papers()
            .into_iter()
            .find(|p| common::rel(p).starts_with(&format!("samples/{clean}-")))
            .unwrap();
        assert_eq!(
            sign_off_findings(&path, &config),
            Vec::<String>::new(),
            "{path:?}"
        );
    }
}

#[test]
fn the_cross_reference_defects_in_the_seeds_and_samples_are_found() {
    let config = Config::builtin("council-report").unwrap();
    let rules = [
        "unresolved-reference",
        "unreferenced-appendix",
        "numbering",
        "implications-table",
    ];
    let xref = |path: std::path::PathBuf| -> Vec<String> {
        findings(&path, &config)
            .into_iter()
            .filter(|f| rules.iter().any(|r| f.contains(&format!(" {r} ["))))
            .collect()
    };

    // Luton: paragraph 8 cites Appendix B; only Appendix A is listed, and
    // nothing cites it.
    let luton = xref(seed("luton-2005-joint-review.txt"));
    assert!(
        luton
            .iter()
            .any(|f| f.starts_with("46:") && f.contains(" unresolved-reference [Appendix B] ")),
        "{luton:#?}"
    );
    assert!(
        luton
            .iter()
            .any(|f| f.starts_with("81:") && f.contains(" unreferenced-appendix [Appendix A] ")),
        "{luton:#?}"
    );
    // The ticked boxes each have their section.
    for ticked in ["legal", "equalities", "financial", "staffing"] {
        assert!(
            !has(&luton, "implications-table", ticked),
            "{ticked}: {luton:#?}"
        );
    }

    // Leicester 2001: every "Also refer to" resolves in the action plan;
    // the recommendations' sub-list starts at ii).
    let leicester = xref(seed("leicester-2001-joint-review-update.txt"));
    assert_eq!(
        leicester,
        ["46:4 warning numbering [ii] this list starts at ii): there is no i) before it"]
    );

    // No other unresolved reference in any seed.
    for name in [
        "harrow-2004-csci-annual-review.txt",
        "leicester-2003-ssi-inspection.txt",
        "lga-2007-sector-led-improvement.txt",
    ] {
        let found = xref(seed(name));
        assert!(found.is_empty(), "{name}: {found:#?}");
    }

    // Sample 05 carries five defects and two external references that are not.
    let five = xref(common::root().join("samples/05-broken-references.md"));
    let at = |line: &str, rule: &str| {
        five.iter()
            .any(|f| f.starts_with(&format!("{line}:")) && f.contains(&format!(" {rule} [")))
    };
    assert!(at("38", "numbering"), "{five:#?}");
    assert!(at("58", "numbering"), "{five:#?}");
    assert!(at("62", "unresolved-reference"), "{five:#?}");
    assert!(at("66", "unresolved-reference"), "{five:#?}");
    assert!(at("70", "unresolved-reference"), "{five:#?}");
    assert!(!at("40", "unresolved-reference") && !at("72", "unresolved-reference"));
    assert_eq!(five.len(), 5, "{five:#?}");

    // The clean samples stay clean.
    for name in [
        "01-cabinet-atx.md",
        "02-scrutiny-pipe-header.md",
        "03-council-bold.md",
        "04-exempt-part2.md",
        "06-leicester-style.md",
        "07-template-leftovers.md",
        "08-crlf-windows.md",
        "09-annex-numbering.md",
    ] {
        let found = xref(common::root().join("samples").join(name));
        assert!(found.is_empty(), "{name}: {found:#?}");
    }
}
