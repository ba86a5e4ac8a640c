//! Each structural rule kind on a small paper: one case where it fires, one
//! where it must stay silent.

use paperlint::config::Config;
use paperlint::source::SourceFile;

mod common;

/// A paper that passes every structural rule; cases edit it.
use common::CLEAN as BASE;

/// The (rule, subject) pairs found in `text`.
fn found(text: &str) -> Vec<(String, String)> {
    let config = Config::builtin("council-report").unwrap();
    let src = SourceFile::from_bytes("case.md", text.as_bytes().to_vec()).unwrap();
    paperlint::check::check_text(&src, &config)
        .unwrap()
        .into_iter()
        .map(|d| (d.rule, d.subject.unwrap_or_default()))
        .collect()
}

fn fires(text: &str, rule: &str, subject: &str) {
    let f = found(text);
    assert!(
        f.iter().any(|(r, s)| r == rule && s == subject),
        "{rule} [{subject}] should fire: {f:?}"
    );
}

fn silent(text: &str, rule: &str) {
    let f = found(text);
    assert!(
        !f.iter().any(|(r, _)| r == rule),
        "{rule} should stay silent: {f:?}"
    );
}

#[test]
fn the_base_paper_is_clean() {
    assert_eq!(found(BASE), Vec::<(String, String)>::new());
}

#[test]
fn required_field() {
    fires(
        &BASE.replace("Wards affected: All\n", ""),
        "required-field",
        "wards",
    );
    fires(
        &BASE.replace("Wards affected: All", "Wards affected:"),
        "required-field",
        "wards",
    );
    silent(
        &BASE.replace("Wards affected: All", "Ward(s) affected: Castle"),
        "required-field",
    );
}

#[test]
fn field_value() {
    fires(
        &BASE.replace("Key decision: No", "Key decision: Maybe"),
        "field-value",
        "key-decision",
    );
    silent(
        &BASE.replace(
            "Key decision: No",
            "Key decision: No – below the £1m threshold",
        ),
        "field-value",
    );
}

#[test]
fn required_section() {
    let without_legal = BASE.replace(
        "## 4. Legal implications\n\n4.1 None. Legal comments provided by Sam Khan, Senior Solicitor, on 21 January 2025.\n",
        "",
    );
    fires(&without_legal, "required-section", "legal");
    let combined = BASE
        .replace(
            "## 3. Financial implications",
            "## 3. Financial and legal implications",
        )
        .replace("## 4. Legal implications\n\n", "");
    silent(&combined, "required-section");
    // A tick box is not the section; nor is a YES/NO row for a section an
    // officer signs off; a YES/NO row does answer for equalities.
    let legal_row = "| Implication | Yes/No |\n|---|---|\n| Legal | No |\n";
    let answered = without_legal.replace(
        "## 5. Equalities",
        &format!("{legal_row}\n## 5. Equalities"),
    );
    let doc = paperlint::parse::parse(&answered);
    assert!(
        doc.implications.iter().any(|i| i.name == "Legal"),
        "{:?}",
        doc.implications
    );
    fires(&answered, "required-section", "legal");
    let ticked = without_legal.replace(
        "## 5. Equalities",
        "LEGAL\t\u{2713}\tCOMMUNITY SAFETY\t\nFINANCIAL\t\u{2713}\tOTHER\t\n\n## 5. Equalities",
    );
    let doc = paperlint::parse::parse(&ticked);
    assert!(
        doc.implications.iter().any(|i| i.name == "LEGAL"),
        "{:?}",
        doc.implications
    );
    fires(&ticked, "required-section", "legal");
    let equalities_row = "| Implication | Yes/No |\n|---|---|\n| Equal Opportunities | No |\n";
    let equalities = BASE.replace(
        "## 5. Equalities implications\n\n5.1 None.\n",
        equalities_row,
    );
    let doc = paperlint::parse::parse(&equalities);
    assert!(
        doc.implications
            .iter()
            .any(|i| i.name == "Equal Opportunities"),
        "{:?}",
        doc.implications
    );
    silent(&equalities, "required-section");
}

#[test]
fn empty_section() {
    fires(
        &BASE.replace("5.1 None.\n", ""),
        "empty-section",
        "equalities",
    );
    silent(BASE, "empty-section");
    // Followed by a heading the template does not know and that is not
    // its numbered sibling: perhaps its own sub-heading; silent.
    silent(
        &BASE.replace("5.1 None.\n", "### Protected characteristics\n\nText.\n"),
        "empty-section",
    );
    // Two headings for one section, one straight after the other.
    silent(
        &format!("{BASE}\n## Report author\n\n## Contact officer\n\nSam Lee, 01234 567890\n"),
        "empty-section",
    );
    // The heading as written is named when it is not the section's name.
    let config = Config::builtin("council-report").unwrap();
    let text = BASE
        .replace(
            "## 5. Equalities implications",
            "## 5. Equality and diversity",
        )
        .replace("5.1 None.\n", "");
    let src = SourceFile::from_bytes("case.md", text.into_bytes()).unwrap();
    let found = paperlint::check::check_text(&src, &config).unwrap();
    let d = found
        .iter()
        .find(|d| d.rule == "empty-section")
        .expect("fires");
    assert!(
        d.message.contains("\"Equality and diversity\""),
        "{}",
        d.message
    );
}

#[test]
fn required_section_under_run_in_labels_and_question_headings() {
    let run_in = BASE.replace(
        "## 2. Recommendations\n\n2.1 Cabinet is asked to agree the strategy.\n",
        "Recommendation(s): Cabinet is asked to agree the strategy.\n",
    );
    silent(&run_in, "required-section");
    let question = BASE.replace(
        "## 4. Legal implications",
        "What are the legal implications?",
    );
    silent(&question, "required-section");
    // A heading with a hint of the section: a note, not an error.
    let hinted = BASE.replace("## 3. Financial implications", "## 3. Budget position");
    let config = Config::builtin("council-report").unwrap();
    let src = SourceFile::from_bytes("case.md", hinted.into_bytes()).unwrap();
    let found = paperlint::check::check_text(&src, &config).unwrap();
    let d = found
        .iter()
        .find(|d| d.rule == "required-section")
        .expect("a note");
    assert_eq!(
        d.severity,
        paperlint::diagnostic::Severity::Info,
        "{}",
        d.message
    );
    assert!(
        d.message.contains("\"Budget position\" may be it"),
        "{}",
        d.message
    );
}

#[test]
fn key_decision() {
    fires(
        &BASE.replace("Key decision: No", "Key decision: Yes"),
        "key-decision",
        "forward-plan",
    );
    silent(
        &BASE.replace(
            "Key decision: No",
            "Key decision: Yes\nForward plan reference: FP/2025/007",
        ),
        "key-decision",
    );
    silent(
        &BASE
            .replace(
                "1.1 To agree",
                "1.1 This decision is taken under the general exception procedure. To agree",
            )
            .replace("Key decision: No", "Key decision: Yes"),
        "key-decision",
    );
}

#[test]
fn exempt_reason() {
    fires(
        &BASE.replace("Status: Public", "Status: Exempt"),
        "exempt-reason",
        "status",
    );
    silent(
        &BASE
            .replace("Status: Public", "Status: Exempt")
            .replace("1.1 To agree", "1.1 Appendix A is exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972. To agree"),
        "exempt-reason",
    );
}

#[test]
fn contact_details() {
    fires(
        &BASE.replace("Sam Lee, 01234 567890", "Sam Lee"),
        "contact-details",
        "contact",
    );
    silent(
        &BASE.replace("Sam Lee, 01234 567890", "Sam Lee, sam.lee@example.gov.uk"),
        "contact-details",
    );
}

#[test]
fn template_leftover() {
    fires(
        &BASE.replace("Subject: Parking strategy", "Subject: [Report title]"),
        "template-leftover",
        "[Report title]",
    );
    fires(
        &BASE.replace("5.1 None.", "5.1 Delete if not applicable."),
        "template-leftover",
        "Delete if not applicable",
    );
    fires(
        &BASE.replace("5.1 None.", "5.1 DELETE IF Not Applicable."),
        "template-leftover",
        "DELETE IF Not Applicable",
    );
    fires(
        &BASE.replace("Date: 6 February 2025", "Date: XX/XX/XXXX"),
        "template-leftover",
        "XX/XX/XXXX",
    );
    silent(
        &BASE.replace(
            "5.1 None.",
            "5.1 None [see the EqIA](https://example.org/eqia).",
        ),
        "template-leftover",
    );
    fires(
        &BASE.replace(
            "5.1 None.",
            "Guidance: State whether an equality impact assessment was done. Remove this note.\n\n5.1 None.",
        ),
        "template-leftover",
        "guidance",
    );
    // Guidance that is the subject of the paper, not a note to its author.
    silent(
        &BASE.replace(
            "5.1 None.",
            "Guidance: The Department's statutory guidance of 2023 applies.\n\n5.1 None.",
        ),
        "template-leftover",
    );
}

/// The subjects of the template-leftover findings in the base paper with
/// `said` added, checked as `path` with the configuration `toml`.
fn leftovers(toml: &str, path: &str, said: &str) -> Vec<String> {
    let config = Config::from_text("paperlint.toml".into(), toml, None).unwrap();
    let text = BASE.replace("5.1 None.", &format!("5.1 None. {said}."));
    let src = SourceFile::from_bytes(path, text.into_bytes()).unwrap();
    paperlint::check::check_text(&src, &config)
        .unwrap()
        .into_iter()
        .filter(|d| d.rule == "template-leftover")
        .filter_map(|d| d.subject)
        .collect()
}

#[test]
fn template_leftover_phrases_from_the_configuration_in_any_case() {
    let toml = "extends = [\"council-report\"]\n[rules.template-leftover]\nextend-phrases = [\"Éditer ce texte\"]\n";
    let subjects = |said: &str| leftovers(toml, "case.md", said);
    for said in [
        "éditer ce texte",
        "Éditer Ce Texte",
        "ÉDITER CE TEXTE",
        "ÉDITER ce TEXTE",
    ] {
        assert_eq!(subjects(said), [said], "{said}");
    }
    assert_eq!(subjects("editer ce texte"), Vec::<String>::new());
}

#[test]
fn a_councils_list_replaces_the_packs_and_extend_adds_to_it() {
    let pack = "extends = [\"council-report\"]\n[rules.template-leftover]\n";
    let both = "Delete if not applicable. Remove before publishing";
    // The pack's phrase, and one the pack does not list.
    assert_eq!(
        leftovers(pack, "case.md", both),
        ["Delete if not applicable"]
    );
    // A list of its own replaces the pack's: the pack's phrase is gone.
    let replaced = format!("{pack}phrases = [\"remove before publishing\"]\n");
    assert_eq!(
        leftovers(&replaced, "case.md", both),
        ["Remove before publishing"]
    );
    // `extend-` adds to it: both are found.
    let extended = format!("{pack}extend-phrases = [\"remove before publishing\"]\n");
    assert_eq!(
        leftovers(&extended, "case.md", both),
        ["Delete if not applicable", "Remove before publishing"]
    );
    // The same in an override, for its paths only.
    let overridden = "extends = [\"council-report\"]\n[[overrides]]\npaths = [\"drafts/**\"]\n\
                      [overrides.rules.template-leftover]\n\
                      extend-phrases = [\"remove before publishing\"]\n";
    assert_eq!(
        leftovers(overridden, "drafts/case.md", both),
        ["Delete if not applicable", "Remove before publishing"]
    );
    assert_eq!(
        leftovers(overridden, "case.md", both),
        ["Delete if not applicable"]
    );
}

#[test]
fn template_leftover_without_its_words_names_the_missing_key() {
    let Err(e) = Config::from_text(
        "paperlint.toml".into(),
        "[rules.template-leftover]\nseverity = \"error\"\n",
        None,
    ) else {
        panic!("no error");
    };
    assert!(
        e.to_string().ends_with(
            ": rule `template-leftover`: no `phrases` lists the guidance phrases to find"
        ),
        "{e}"
    );
}

#[test]
fn invalid_date() {
    fires(
        &BASE.replace("5.1 None.", "5.1 None. Reviewed on 31 February 2025."),
        "invalid-date",
        "31 February 2025",
    );
    silent(
        &BASE.replace("5.1 None.", "5.1 None. Reviewed on 28 February 2025."),
        "invalid-date",
    );
}

#[test]
fn numbering_names_a_section_number_used_twice() {
    let text = BASE.replace("## 4. Legal implications", "## 3. Legal implications");
    let config = Config::builtin("council-report").unwrap();
    let src = SourceFile::from_bytes("case.md", text.into_bytes()).unwrap();
    let found = paperlint::check::check_text(&src, &config).unwrap();
    assert!(
        found
            .iter()
            .any(|d| d.rule == "numbering" && d.message.contains("section 3 is numbered the same")),
        "{found:?}"
    );
}

/// The (rule, severity, subject) of each finding in `text`, checked with
/// the configuration `toml`.
fn found_with(toml: &str, text: &str) -> Vec<(String, String, String)> {
    let config = Config::from_text("paperlint.toml".into(), toml, None).unwrap();
    let src = SourceFile::from_bytes("case.md", text.as_bytes().to_vec()).unwrap();
    paperlint::check::check_text(&src, &config)
        .unwrap()
        .into_iter()
        .map(|d| {
            let severity = d.severity.to_string();
            (d.rule, severity, d.subject.unwrap_or_default())
        })
        .collect()
}

#[test]
fn a_second_instance_of_a_kind_reports_under_its_own_id_and_severity() {
    let toml = "extends = [\"council-report\"]\n\
                [rules.our-jargon]\n\
                kind = \"words-to-avoid\"\n\
                severity = \"info\"\n\
                words = [{ avoid = [\"helicopter view\"], use = [\"overview\"], reason = \"jargon\" }]\n";
    let text = BASE.replace(
        "5.1 None.",
        "5.1 None. Officers will take a helicopter view.",
    );
    let f = found_with(toml, &text);
    assert!(
        f.contains(&("our-jargon".into(), "info".into(), "helicopter view".into())),
        "{f:?}"
    );
    assert!(
        !f.iter()
            .any(|(r, _, s)| r == "words-to-avoid" && s == "helicopter view"),
        "the pack's own instance does not list the phrase: {f:?}"
    );
}

#[test]
fn unused_suppression_reports_under_the_id_its_pack_gives_it() {
    let toml = "extends = [\"council-report\"]\n\
                [rules.unused-suppression]\n\
                severity = \"off\"\n\
                [rules.idle-allow]\n\
                kind = \"unused-suppression\"\n\
                severity = \"info\"\n";
    let text = format!("<!-- paperlint: allow(no-such-rule) -->\n{BASE}");
    assert_eq!(
        found_with(toml, &text),
        [("idle-allow".into(), "info".into(), "no-such-rule".into())]
    );
}
