//! Sign-offs and dated clearance (issue 4): the clearances read in the
//! seeds and samples, and the dates judged against the meeting, the pack's
//! wording, the command line and robustness. Every real form of clearance
//! is in tests/clearance_forms.rs.

mod common;

use common::sign_off::*;
use paperlint::clearance;
use paperlint::config::Config;
use paperlint::source::SourceFile;
use paperlint::template::Resolved;

#[test]
fn clearances_in_the_seeds_and_samples() {
    let mut all = String::new();
    for path in common::papers() {
        let src =
            SourceFile::from_bytes(common::rel(&path), std::fs::read(&path).unwrap()).unwrap();
        all.push_str(&format!("== {}\n", common::rel(&path)));
        for c in clearances_of(&src.text) {
            all.push_str(&c);
            all.push('\n');
        }
    }
    insta::assert_snapshot!(all);
}

#[test]
fn a_paper_cleared_in_time_has_no_sign_off_finding() {
    let text = paper(MEETING, FINANCE_OK, LEGAL_OK, "");
    assert_eq!(sign_off_findings(&text, None), Vec::<String>::new());
}

// ----- dates against the meeting ---------------------------------------------

#[test]
fn a_clearance_after_the_meeting() {
    let text = paper(
        MEETING,
        FINANCE_OK,
        "4.1 Legal comments provided by Sunita Rai, Senior Solicitor, on 14 March 2025.",
        "",
    );
    // After the meeting, and so not (also) late.
    assert_eq!(
        sign_off_findings(&text, None),
        ["clearance-after-meeting [legal] legal implications are signed off by Sunita Rai on 14 March 2025, after the meeting on 12 March 2025"]
    );
    // The finding points at the meeting date it was judged against.
    let src = SourceFile::from_bytes("paper.md", text.as_bytes().to_vec()).unwrap();
    let config = Config::builtin("council-report").unwrap();
    let d = paperlint::check::check_text(&src, &config).unwrap();
    let after = d
        .iter()
        .find(|d| d.rule == "clearance-after-meeting")
        .unwrap();
    assert_eq!(after.secondary.len(), 1);
    assert_eq!(after.secondary[0].span.of(&text), "12 March 2025");
}

#[test]
fn a_stale_clearance() {
    let finance = |date: &str| {
        format!(
            "3.1 Financial comments agreed by Omar Siddiqui, Finance Business Partner, on {date}."
        )
    };
    let meeting = "Date: 15th January 2025";
    let text = paper(
        meeting,
        &finance("2nd September 2024"),
        LEGAL_OK
            .replace("24 February 2025", "6 January 2025")
            .as_str(),
        "",
    );
    assert_eq!(
        sign_off_findings(&text, None),
        ["clearance-stale [financial] financial implications were signed off by Omar Siddiqui on 2nd September 2024, 135 days before the meeting on 15th January 2025 (the pack allows 90)"]
    );
    // 90 days is allowed; 91 is not.
    let legal = LEGAL_OK.replace("24 February 2025", "6 January 2025");
    let text = paper(meeting, &finance("17 October 2024"), &legal, "");
    assert_eq!(sign_off_findings(&text, None), Vec::<String>::new());
    let text = paper(meeting, &finance("16 October 2024"), &legal, "");
    assert_eq!(sign_off_findings(&text, None).len(), 1);
}

#[test]
fn a_late_clearance_across_a_weekend() {
    // Tuesday 11 March 2025: the five clear working days are 4, 5, 6, 7 and
    // 10 March, so the paper is published by Monday 3 March.
    let meeting = "Date of meeting: Tuesday 11 March 2025";
    let legal = |date: &str| {
        format!("4.1 Legal comments provided by Sunita Rai, Senior Solicitor, on {date}.")
    };
    let text = paper(meeting, FINANCE_OK, &legal("3 March 2025"), "");
    assert_eq!(sign_off_findings(&text, None), Vec::<String>::new());
    // Five calendar days would allow 5 March; five working days do not.
    let text = paper(meeting, FINANCE_OK, &legal("5 March 2025"), "");
    assert_eq!(
        sign_off_findings(&text, None),
        ["clearance-late [legal] legal implications were signed off by Sunita Rai on 5 March 2025, after 3 March 2025, the last day the paper could be published for the meeting on 11 March 2025"]
    );
}

#[test]
fn a_late_clearance_across_christmas() {
    // Monday 6 January 2025: 25 and 26 December and 1 January are bank
    // holidays, so the clear days are 27, 30, 31 December, 2 and 3 January
    // and the paper is published by Thursday 26 December.
    let meeting = "Date of meeting: 6 January 2025";
    let finance = |date: &str| {
        format!(
            "3.1 Financial comments agreed by Gareth Pryor, Finance Business Partner, on {date}."
        )
    };
    let legal = LEGAL_OK.replace("24 February 2025", "20 December 2024");
    let text = paper(meeting, &finance("23 December 2024"), &legal, "");
    assert_eq!(sign_off_findings(&text, None), Vec::<String>::new());
    // Without the bank holidays, Friday 27 December would be in time.
    let text = paper(meeting, &finance("27 December 2024"), &legal, "");
    assert_eq!(
        sign_off_findings(&text, None),
        ["clearance-late [financial] financial implications were signed off by Gareth Pryor on 27 December 2024, after 26 December 2024, the last day the paper could be published for the meeting on 6 January 2025"]
    );
}

#[test]
fn a_month_is_never_a_false_alarm() {
    let finance = |date: &str| {
        format!(
            "3.1 Financial comments agreed by Gareth Pryor, Finance Business Partner, in {date}."
        )
    };
    let legal = LEGAL_OK.replace("24 February 2025", "3 January 2005");
    // January 2005 may be 1 January: not after, not late, for a meeting on
    // 20 January 2005.
    let text = paper(
        "Date of meeting: 20 January 2005",
        &finance("January 2005"),
        &legal,
        "",
    );
    assert!(clearances_of(&text)[0].contains("| 2005-01 |"));
    assert_eq!(sign_off_findings(&text, None), Vec::<String>::new());
    // January 2005 may be 31 January: not stale for a meeting on 30 April
    // 2005 (89 days), though 1 January would be.
    let text = paper(
        "Date of meeting: 30 April 2005",
        &finance("January 2005"),
        &legal.replace("3 January 2005", "15 April 2005"),
        "",
    );
    assert_eq!(sign_off_findings(&text, None), Vec::<String>::new());
    // All of February 2005 is after a meeting on 20 January 2005.
    let text = paper(
        "Date of meeting: 20 January 2005",
        &finance("February 2005"),
        &legal,
        "",
    );
    assert_eq!(
        sign_off_findings(&text, None),
        ["clearance-after-meeting [financial] financial implications are signed off by Gareth Pryor in February 2005, after the meeting on 20 January 2005"]
    );
}

#[test]
fn several_meetings_are_judged_against_the_first() {
    let text = "Oxleigh\nCity Council\n\nWARDS AFFECTED\nAll Wards\n\n\
                FORWARD TIMETABLE OF CONSULTATION AND MEETINGS:\n\n\
                **Housing Scrutiny Commission\nCabinet**\n\n**26th March 2024\n8th April 2024**\n\n\
                TEST REPORT\n\nReport of the Director of Housing\n\n1. Purpose of Report\n\n- 1.1 Test.\n\n\
                4. Financial and Legal Implications\n\n\
                - 4.1 The costs are met from the capital budget. (Helen Brierley, Head of Finance, 0116 496 0417, 12 March 2024)\n\
                - 4.2 The Council has power to do this. (Daniel Osei, Principal Lawyer (Housing), 0116 496 0563, 1 April 2024)\n";
    assert_eq!(
        sign_off_findings(text, None),
        ["clearance-after-meeting [legal] legal implications are signed off by Daniel Osei on 1 April 2024, after the meeting on 26th March 2024"]
    );
}

#[test]
fn with_no_meeting_date_only_missing_and_undated_can_fire() {
    let text = paper(
        "Report date: none",
        "3.1 Financial comments agreed by Gareth Pryor, Finance Business Partner, on 1 January 2001.",
        "4.1 Legal comments provided by Sunita Rai, Senior Solicitor, on 14 March 2031.",
        "",
    );
    assert_eq!(
        sign_off_findings(&text, None),
        ["meeting-date-unknown [date] the paper gives no meeting date, so the dates of its clearances cannot be checked"]
    );
    // An undated one is still found.
    let text = paper(
        "Report date: none",
        "3.1 Financial comments agreed by Gareth Pryor, Finance Business Partner.",
        "4.1 Legal comments provided by Sunita Rai, Senior Solicitor, on 14 March 2031.",
        "",
    );
    assert_eq!(
        sign_off_findings(&text, None),
        [
            "sign-off-undated [financial] financial implications are signed off by Gareth Pryor but carry no date",
            "meeting-date-unknown [date] the paper gives no meeting date, so the dates of its clearances cannot be checked",
        ]
    );
    // --meeting-date supplies it.
    assert_eq!(
        sign_off_findings(&text, Some("2031-03-12")),
        [
            "sign-off-undated [financial] financial implications are signed off by Gareth Pryor but carry no date",
            "clearance-after-meeting [legal] legal implications are signed off by Sunita Rai on 14 March 2031, after the meeting on 12 March 2031 (--meeting-date)",
        ]
    );
}

#[test]
fn the_meeting_date_option_overrides_the_paper() {
    let text = paper(MEETING, FINANCE_OK, LEGAL_OK, "");
    assert_eq!(
        sign_off_findings(&text, Some("2025-02-20")),
        [
            "clearance-after-meeting [financial] financial implications are signed off by Gareth Pryor on 25 February 2025, after the meeting on 20 February 2025 (--meeting-date)",
            "clearance-after-meeting [legal] legal implications are signed off by Sunita Rai on 24 February 2025, after the meeting on 20 February 2025 (--meeting-date)",
        ]
    );
}

#[test]
fn the_published_pack_relaxes_missing_and_undated() {
    let config = Config::from_text(
        "paperlint.toml".into(),
        "extends = [\"council-report\", \"published\"]\n",
        None,
    )
    .unwrap();
    let text = paper(
        MEETING,
        "3.1 None.",
        "4.1 Legal comments provided by Priya Shah, Senior Solicitor.",
        "",
    );
    assert_eq!(
        sign_off_findings_in(&text, None, &config),
        Vec::<String>::new()
    );
    // Dated clearances are still judged.
    let text = paper(
        MEETING,
        "3.1 None.",
        "4.1 Legal comments provided by Priya Shah, Senior Solicitor, on 14 March 2025.",
        "",
    );
    assert_eq!(sign_off_findings_in(&text, None, &config).len(), 1);
}

// ----- the pack ----------------------------------------------------------------

#[test]
fn a_council_adds_its_own_wording() {
    let text = paper(
        MEETING,
        "3.1 Financial comments endorsed by the Strategic Lead - Resources on 3 March 2025.",
        LEGAL_OK,
        "",
    );
    assert_eq!(sign_off_findings(&text, None).len(), 1);
    let config = Config::from_text(
        "paperlint.toml".into(),
        "extends = [\"council-report\"]\n[sign-off]\nverbs = [\"endorsed\"]\n\
         [sign-off.roles.finance]\nposts = [\"strategic lead - resources\"]\n",
        None,
    )
    .unwrap();
    assert_eq!(
        sign_off_findings_in(&text, None, &config),
        Vec::<String>::new()
    );
}

#[test]
fn bad_sign_off_configuration_is_an_error() {
    let err = |toml: &str| {
        Config::from_text("paperlint.toml".into(), toml, None)
            .unwrap_err()
            .to_string()
    };
    let e = err("extends = [\"council-report\"]\n[sign-off]\nverb = [\"endorsed\"]\n");
    assert!(e.contains("unknown field `verb`"), "{e}");
    let e = err("extends = [\"council-report\"]\n[sign-off.roles.finance]\npost = [\"x\"]\n");
    assert!(e.contains("unknown field `post`"), "{e}");
    let e = err("extends = [\"council-report\"]\n[sections.risk]\nsign-off = \"audit\"\n");
    assert!(e.contains("no `[sign-off.roles.audit]`"), "{e}");
    // A kind of sign-off no section asks for (see config.rs's tests).
    let e = err("extends = [\"council-report\"]\n[sign-off.roles.x]\n");
    assert!(
        e.contains("`[sign-off.roles.x]` would be read by no rule"),
        "{e}"
    );
    // A new kind is fine once a section asks for it, in this file or below.
    Config::from_text(
        "paperlint.toml".into(),
        "extends = [\"council-report\"]\n[sections.staffing]\nsign-off = \"hr\"\n\
         [sign-off.roles.hr]\nposts = [\"head of hr\"]\n",
        None,
    )
    .unwrap();
    Config::from_text(
        "paperlint.toml".into(),
        "extends = [\"lga-board-paper\"]\n[sign-off.roles.finance]\nposts = [\"x\"]\n",
        None,
    )
    .unwrap();
    let e = err("extends = [\"council-report\"]\n[calendar]\nbank-holidays = [\"25 December\"]\n");
    assert!(e.contains("a bank holiday is a date"), "{e}");
    let e =
        err("extends = [\"council-report\"]\n[rules.clearance-stale]\nmax-age-days = \"ninety\"\n");
    assert!(
        e.contains("max-age-days") || e.contains("invalid type"),
        "{e}"
    );
    // Strings and TOML dates both work.
    Config::from_text(
        "paperlint.toml".into(),
        "extends = [\"council-report\"]\n[calendar]\nbank-holidays = [\"2025-06-30\", 2025-07-01]\n",
        None,
    )
    .unwrap();
}

#[test]
fn bank_holidays_of_the_pack() {
    let config = Config::builtin("council-report").unwrap();
    let set = config.rule_set(std::path::Path::new("paper.md")).unwrap();
    let hols = &set.template.bank_holidays;
    for d in [
        "2004-12-27", // Christmas Day, a Saturday, moved to Monday
        "2004-12-28",
        "2012-06-05", // Diamond Jubilee
        "2020-05-08", // VE Day
        "2022-09-19", // State funeral
        "2023-05-08", // Coronation
        "2024-12-25",
        "2025-04-18", // Good Friday
        "2030-12-26",
    ] {
        let d = paperlint::calendar::parse_iso_date(d).unwrap();
        assert!(hols.binary_search(&d).is_ok(), "{d} is a bank holiday");
    }
    for d in ["2012-05-28", "2020-05-04", "2025-12-24"] {
        let d = paperlint::calendar::parse_iso_date(d).unwrap();
        assert!(hols.binary_search(&d).is_err(), "{d} is not a bank holiday");
    }
    assert!(hols.len() > 31 * 8);
}

// ----- the command line ----------------------------------------------------------

#[test]
fn meeting_date_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("paper.md");
    std::fs::write(&path, paper(MEETING, FINANCE_OK, LEGAL_OK, "")).unwrap();
    let out = assert_cmd::Command::cargo_bin("paperlint")
        .unwrap()
        .args(["check", "--format", "json", "--meeting-date", "2025-02-20"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json = String::from_utf8(out.stdout).unwrap();
    assert_eq!(json.matches("clearance-after-meeting").count(), 2, "{json}");
    let out = assert_cmd::Command::cargo_bin("paperlint")
        .unwrap()
        .args(["check", "--meeting-date", "20/02/2025"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn an_lga_board_paper_asks_for_no_sign_off() {
    let path = common::root().join("tests/fixtures/seeds/lga-2007-sector-led-improvement.txt");
    let text = std::fs::read_to_string(path).unwrap();
    let council = Config::builtin("council-report").unwrap();
    assert_eq!(
        sign_off_findings_in(&text, None, &council),
        [
            "meeting-date-unknown [date] the paper gives no meeting date, so nothing can be checked against it",
            "sign-off-missing [financial] financial implications are not signed off: no finance officer is named as clearing them",
        ]
    );
    let lga = Config::builtin("lga-board-paper").unwrap();
    assert_eq!(
        sign_off_findings_in(&text, None, &lga),
        Vec::<String>::new()
    );
}

// ----- robustness ------------------------------------------------------------------

fn sign_off_like() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let fragment = prop::sample::select(vec![
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        " ",
        "|",
        "**",
        "(",
        ")",
        ",",
        ".",
        ":",
        "## ",
        "- ",
        "4.1 ",
        "Date of meeting: 12 March 2025\n",
        "Financial Implications\n",
        "## Legal implications\n",
        "4. Financial and Legal Implications\n",
        "## Statutory officer clearance\n",
        "| Issue | Sign-off |\n",
        "| Legal | ",
        "agreed by ",
        "provided by ",
        "Consulted: ",
        "Comments checked by: ",
        "with ",
        "Rufus Galloway",
        "Head of Finance",
        "Legal Services",
        "Monitoring Officer",
        "the ",
        "on 5<sup>th</sup> January 2005",
        "3 March 2025",
        "January 2005",
        "31 February 2024",
        "Tel. 252 8800",
        "extension 7054",
        "will be ",
        "not ",
        "Date: ",
        "é",
        "’",
        "£",
        "<sup>",
        "\\",
        "&amp;",
    ]);
    prop::collection::vec(fragment, 0..60).prop_map(|v| v.concat())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, .. Default::default() })]

    #[test]
    fn clearances_never_panic_and_keep_spans_on_the_text(text in sign_off_like()) {
        let config = Config::builtin("council-report").unwrap();
        let set = config.rule_set(std::path::Path::new("paper.md")).unwrap();
        let doc = paperlint::parse::parse(&text);
        let resolved = Resolved::new(&set.template, &doc, &text);
        for c in clearance::find(&text, &doc, &set.template, &resolved) {
            let mut spans = vec![c.span];
            spans.extend(c.officer.iter().chain(c.post.iter()).map(|t| t.span));
            for s in spans {
                assert!(s.start <= s.end && s.end <= text.len());
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
        for d in paperlint::rules::check_with(&text, &doc, &set, None, None) {
            assert!(d.span().end <= text.len());
        }
    }
}
