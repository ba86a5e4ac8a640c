//! The cross-reference rules on small papers, one form at a time:
//! `unresolved-reference` and `unreferenced-appendix`, each with papers
//! that must pass and papers that must fail (`numbering` and
//! `implications-table` are in tests/numbering.rs), and a property test
//! that none of the four panics.

mod common;

use paperlint::config::Config;
use paperlint::source::SourceFile;

use common::xref::*;

// ----- unresolved-reference: paragraphs ---------------------------------------

#[test]
fn paragraph_references_that_resolve() {
    clean(&report(
        "## 4. Options

4.1 As paragraph 3.2 explains, and as set out in paragraphs 1.1 and 1.2, see 3.3.

4.2 The review (paragraphs 3.1 to 3.3) and section 3.2 agree; paragraph 3 sets the scene.",
    ));
}

#[test]
fn a_paragraph_past_the_end_of_its_section() {
    let f = one(
        &report("## 4. Options\n\n4.1 The saving described in paragraph 3.4 is assumed."),
        "unresolved-reference",
    );
    assert_eq!(f.subject, "paragraph 3.4");
    assert_eq!(f.text, "paragraph 3.4");
    assert_eq!(
        f.message,
        "paragraph 3.4 is cited but section 3 ends at 3.3"
    );
    assert_eq!(f.line, 21);
}

#[test]
fn a_paragraph_in_a_section_that_does_not_exist() {
    let f = one(
        &report("## 4. Options\n\n4.1 See paragraph 9.2 for the detail."),
        "unresolved-reference",
    );
    assert_eq!(
        f.message,
        "paragraph 9.2 is cited but the sections end at 4"
    );
}

#[test]
fn ranges_need_both_ends_in_order() {
    let f = one(
        &report("## 4. Options\n\n4.1 As paragraphs 3.1 to 3.5 explain."),
        "unresolved-reference",
    );
    assert_eq!(f.text, "paragraphs 3.1 to 3.5");
    assert_eq!(
        f.message,
        "paragraphs 3.1 to 3.5 are cited but section 3 ends at 3.3"
    );

    let f = one(
        &report("## 4. Options\n\n4.1 As paragraphs 3.3 to 3.1 explain."),
        "unresolved-reference",
    );
    assert_eq!(
        f.message,
        "paragraphs 3.3 to 3.1 are cited but the range runs backwards, from 3.3 down to 3.1"
    );
}

#[test]
fn a_list_item_after_the_first_is_named_in_full() {
    let f = one(
        &report("## 4. Options\n\n4.1 Also refer to 1.2, 3.1 and 3.7 for the history."),
        "unresolved-reference",
    );
    assert_eq!(f.text, "3.7");
    assert_eq!(f.subject, "paragraph 3.7");
    assert_eq!(
        f.message,
        "paragraph 3.7 is cited but section 3 ends at 3.3"
    );
    // A range keeps the number as written, under its noun.
    let f = one(
        &report("## 4. Options\n\n4.1 See paragraphs 1.2 and 3.2-3.6 for the history."),
        "unresolved-reference",
    );
    assert_eq!(f.subject, "paragraphs 3.2 to 3.6");
    assert_eq!(
        f.message,
        "paragraphs 3.2-3.6 are cited but section 3 ends at 3.3"
    );
}

#[test]
fn running_numbers_and_headings() {
    let paper = "**PURPOSE**

1. The purpose of this report is to update Members.

**REPORT**

2. Members will recall paragraph 1.

3. The options are in paragraph 4 below, and paragraph 12 is wrong.

4. Option one.
";
    let f = one(paper, "unresolved-reference");
    assert_eq!(f.text, "paragraph 12");
    assert_eq!(
        f.message,
        "paragraph 12 is cited but the paragraphs end at 4"
    );
}

#[test]
fn references_resolve_in_their_own_part_first_then_the_cover_report() {
    // 1.3 is the action plan's own; 2.3 is only in the cover report.
    clean(ACTION_PLAN);
    let broken = ACTION_PLAN.replace(" 2.3\n", " 2.7\n");
    let f = one(&broken, "unresolved-reference");
    assert_eq!(f.text, "2.7");
    assert!(
        f.message
            .ends_with("section 2 in REVIEW OF THE ACTION PLAN ends at 2.1"),
        "{f:#?}"
    );
}

#[test]
fn the_cover_report_may_point_into_its_attachments() {
    // 1.3 is only in the action plan: the cover report may cite it there.
    let paper = ACTION_PLAN.replace(
        "- 1.2 Members approved the plan.",
        "- 1.2 Members approved the plan (see 1.3).",
    );
    clean(&paper);
    let paper = ACTION_PLAN.replace(
        "- 1.2 Members approved the plan.",
        "- 1.2 Members approved the plan (see 1.7).",
    );
    let f = one(&paper, "unresolved-reference");
    assert_eq!(
        f.message,
        "\"see 1.7\" cites paragraph 1.7 but section 1 ends at 1.2"
    );
}

#[test]
fn external_references_are_never_checked() {
    clean(&report(
        "## 4. Legal implications

4.1 The information is exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972.

4.2 The chief finance officer has a duty under section 151 of the Local Government Act 1972.

4.3 See paragraph 33 of the National Planning Policy Framework and Appendix 6 to the officer report of 12 May.

4.4 NPPF paragraph 11 applies, as does paragraph 4.9 of the guidance.",
    ));
}

#[test]
fn paragraphs_without_numbers_are_not_checked() {
    // Word's automatic numbering lost in conversion: only the headings are
    // numbered, so "paragraph 12" cannot be checked.
    clean(
        "## 1. Purpose\n\nThe purpose of this report.\n\n## 2. Report\n\nAs paragraph 12 says, and paragraph 2.4 shows.\n",
    );
}

// ----- unresolved-reference: parts, annexes, appendices -----------------------

#[test]
fn paragraphs_of_an_annex_resolve_in_the_annex() {
    clean(ANNEXES);
    let broken = ANNEXES.replace("paragraph 1.2 of Annex A", "paragraph 1.4 of Annex A");
    let f = one(&broken, "unresolved-reference");
    assert_eq!(f.text, "paragraph 1.4");
    assert_eq!(
        f.message,
        "paragraph 1.4 is cited but section 1 in Annex A – Charging schedule ends at 1.2"
    );
    let broken = ANNEXES.replace("Annex A, paragraph 2.1", "Annex A, paragraph 2.2");
    let f = one(&broken, "unresolved-reference");
    assert_eq!((f.line, f.text.as_str()), (34, "paragraph 2.2"));
}

#[test]
fn a_paragraph_of_an_appendix_that_is_not_attached_is_not_checked() {
    clean(&report(
        "## 4. Appendices\n\nAppendix A: The plan.\n\n4.1 See paragraph 7.3 of Appendix A.",
    ));
}

#[test]
fn an_appendix_that_is_not_listed() {
    let paper = report(
        "3.4 The plan is in Appendix A and the costs in Appendix C.

## 4. Appendices

Appendix A: The plan.

Appendix B: The costs.",
    );
    let found = lint(&paper);
    let unresolved = of(&found, "unresolved-reference");
    assert_eq!(unresolved.len(), 1, "{found:#?}");
    assert_eq!(unresolved[0].text, "Appendix C");
    assert_eq!(
        unresolved[0].message,
        "Appendix C is cited but the paper lists only Appendices A and B"
    );
    // Appendix B is listed and never cited.
    let unreferenced = of(&found, "unreferenced-appendix");
    assert_eq!(unreferenced.len(), 1, "{found:#?}");
    assert_eq!(unreferenced[0].subject, "Appendix B");
}

#[test]
fn an_appendix_in_a_paper_that_lists_none() {
    // Reported once, at most as a warning: it may be attached unlisted.
    let paper = report("3.4 The plan is in Appendix C; Appendix C also sets out the costs.");
    let config = Config::builtin("council-report").unwrap();
    let src = SourceFile::from_bytes("paper.md", paper.as_bytes().to_vec()).unwrap();
    let found: Vec<_> = paperlint::check::check_text(&src, &config)
        .unwrap()
        .into_iter()
        .filter(|d| d.rule == "unresolved-reference")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].message,
        "Appendix C is cited but the paper lists no appendices"
    );
    assert_eq!(found[0].severity, paperlint::diagnostic::Severity::Warning);
    // An Appendices heading that says "None" lists none.
    let f = one(
        &report("3.4 The plan is in Appendix C.\n\n## 4. Appendices\n\nNone."),
        "unresolved-reference",
    );
    assert_eq!(
        f.message,
        "Appendix C is cited but the paper lists no appendices"
    );
    // One over text that is no list, and a field that names none by label,
    // say there are appendices: not reported.
    clean(&report(
        "3.4 The plan is in Appendix C.\n\n## 4. Appendices\n\nThe plan and its assessment are attached.",
    ));
    clean(&format!(
        "Appendices attached: Yes\n\n{}",
        report("3.4 The plan is in Appendix C.")
    ));
    // Not where the paper cites another document's appendices: this
    // Appendix J may well be the budget report's too.
    clean(&report(
        "3.4 Risks are assessed in Appendix I of the budget report, with a register in Appendix J.",
    ));
}

#[test]
fn an_appendix_attached_in_the_text() {
    // It counts as cited.
    clean(&report(
        "3.4 The assessment is attached as Appendix A.

## 4. Appendices

Appendix A: The assessment.",
    ));
    // In a paper that lists its appendices, the list decides: "attached as
    // Appendix B" does not attach it.
    let f = one(
        &report(
            "3.4 The plan is at Appendix A; the assessment is attached as Appendix B.

## 4. Appendices

Appendix A: The plan.",
        ),
        "unresolved-reference",
    );
    assert_eq!(
        f.message,
        "Appendix B is cited but the paper lists only Appendix A"
    );
    // In a paper that lists none, the paper is told so.
    let f = one(
        &report("3.4 The assessment is attached as Appendix B."),
        "unresolved-reference",
    );
    assert_eq!(
        f.message,
        "Appendix B is cited but the paper lists no appendices"
    );
}

#[test]
fn annexes_of_an_appendix() {
    let paper = |cited: &str| {
        format!(
            "Meeting: Cabinet
Enclosures: Appendix 1, Annexes A and B

## 1. Report

1.1 The action plan is at Appendix 1; its costs are in {cited}.

1.2 The timetable is in Appendix 1, Annex A.
"
        )
    };
    let found = lint(&paper("Appendix 1, Annex B"));
    assert!(found.is_empty(), "{found:#?}");
    let found = lint(&paper("Appendix 1, Annex C"));
    assert_eq!(found.len(), 2, "{found:#?}");
    let f = of(&found, "unresolved-reference");
    assert_eq!(f[0].text, "Annex C");
    assert_eq!(
        f[0].message,
        "Annex C of Appendix 1 is cited but the paper lists only Annexes A and B of Appendix 1"
    );
    // Annex B is now listed and never cited.
    assert_eq!(
        of(&found, "unreferenced-appendix")[0].subject,
        "Annex B of Appendix 1"
    );

    // Appendix 1's annexes not listed: not checked.
    clean(
        "Meeting: Cabinet\nEnclosures: Appendix 1\n\n## 1. Report\n\n1.1 See Appendix 1, Annex D.\n",
    );
}

#[test]
fn recommendations_by_number() {
    let paper = |cited: &str| {
        format!(
            "## 1. Recommendations

(1) That Cabinet approves the plan.

(2) That Cabinet notes the costs.

## 2. Reasons

2.1 Recommendation 1 follows from the review; {cited} from the budget.
"
        )
    };
    clean(&paper("recommendation 2"));
    let f = one(&paper("recommendation 3"), "unresolved-reference");
    assert_eq!(f.subject, "recommendation 3");
    assert_eq!(
        f.message,
        "recommendation 3 is cited but the recommendations section has 2 numbered items"
    );
}

#[test]
fn lettered_items_under_a_numbered_paragraph() {
    let paper = |cited: &str| {
        format!(
            "## 2. Recommendations

2.1 Council is recommended to:

(a) adopt the scheme; and

(b) continue the hardship fund.

## 3. Proposal

3.1 The scheme has two parts.

3.2 Protection applies, as set out in {cited}.
"
        )
    };
    clean(&paper("recommendation 2.1(b)"));
    clean(&paper("recommendation (b)"));
    clean(&paper("paragraph 2.1(a)"));
    // No items listed under 3.1: nothing to check the letter against.
    clean(&paper("paragraph 3.1(c)"));
    let f = one(&paper("recommendation 2.1(d)"), "unresolved-reference");
    assert_eq!(f.subject, "recommendation 2.1(d)");
    assert_eq!(
        f.message,
        "recommendation 2.1(d) is cited but recommendation 2.1 lists only items (a) to (b)"
    );
    let f = one(&paper("paragraph 2.1(c)"), "unresolved-reference");
    assert_eq!(f.subject, "paragraph 2.1(c)");
    let f = one(&paper("recommendation (c)"), "unresolved-reference");
    assert_eq!(f.subject, "recommendation c");
}

// ----- unreferenced-appendix ----------------------------------------------------

#[test]
fn every_listed_appendix_is_cited() {
    clean(&report(
        "3.4 The plan is at Appendix A and the assessment at Appendix B.

## 4. Appendices

Appendix A: The plan.

Appendix B: The assessment.",
    ));
    let f = one(
        &report("3.4 The plan is at Appendix 6 to the officer report of 12 May.\n\n## 4. Appendices\n\nAppendix A: The plan."),
        "unreferenced-appendix",
    );
    assert_eq!(f.subject, "Appendix A");
    assert_eq!(f.text, "Appendix A: The plan.");
    assert_eq!(
        f.message,
        "Appendix A is listed but the report never refers to it"
    );
}

#[test]
fn an_attached_annex_heading_that_is_never_cited() {
    let paper = ANNEXES.replace(
        "1. The charges are set out in Annex A and the standards in Annex B.",
        "1. The charges are set out in Annex A.",
    );
    let paper = paper.replace(
        "response times in Annex B, paragraph 2.1",
        "response times later",
    );
    let found = lint(&paper);
    let f = of(&found, "unreferenced-appendix");
    assert_eq!(f.len(), 1, "{found:#?}");
    assert_eq!(f[0].subject, "Annex B");
    assert_eq!(f[0].line, 12);
}

// ----- no panics ----------------------------------------------------------------

mod never_panic {
    use super::*;
    use proptest::prelude::*;

    /// Fragments of numbering, references, appendix lists and tables.
    fn paper_like() -> impl Strategy<Value = String> {
        let fragment = prop::sample::select(vec![
            "\n",
            "\n\n",
            "\t",
            " ",
            "**",
            "## ",
            "1. ",
            "0. ",
            "4.0 ",
            "1.1 ",
            "3.2.1 ",
            "- ",
            "(a) ",
            "(b) ",
            "ii) ",
            "v) ",
            "(0) ",
            "5.2** ",
            "Text. ",
            "RECOMMENDATIONS",
            "Appendices",
            "Appendix A: Plan.",
            "Annex B – Standards",
            "Enclosures: Appendix 1, Annexes A and B",
            "paragraph 4.3",
            "paragraphs 2.3 to 2.1",
            "paragraph 0.0",
            "paragraph 1.2 of Annex A",
            "Annex A, paragraph 2.3",
            "of the Supporting Information",
            "SUPPORTING INFORMATION",
            "recommendation 3",
            "recommendation (ii)",
            "Also refer to 1.8",
            "LEGAL\t✓\tSTAFFING\t",
            "OTHER IMPLICATIONS\tYES/NO\tParagraph References",
            "Equal Opportunities\tYes\t3.1 – 3.3",
            "Crime and Disorder\tNo\t",
            "é",
        ]);
        prop::collection::vec(fragment, 0..80).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, .. ProptestConfig::default() })]

        #[test]
        fn the_cross_reference_rules_never_panic(text in paper_like()) {
            if text.trim().is_empty() {
                // No paper at all: refused before any rule runs.
                let read = SourceFile::from_bytes("paper.md", text.into_bytes());
                prop_assert!(read.is_err());
                return Ok(());
            }
            let found = lint(&text);
            for f in &found {
                prop_assert!(!f.message.is_empty());
            }
        }
    }
}

#[test]
fn a_letter_cited_where_the_list_numbers_them() {
    let paper = report(
        "3.4 The policy is attached as Appendix A; the assessment is at Appendix 2.

## 4. Use of Appendices

Appendix 1 – The policy
Appendix 2 – Equality impact assessment",
    );
    let config = Config::builtin("council-report").unwrap();
    let src = SourceFile::from_bytes("paper.md", paper.as_bytes().to_vec()).unwrap();
    let found: Vec<_> = paperlint::check::check_text(&src, &config)
        .unwrap()
        .into_iter()
        .filter(|d| RULES.contains(&d.rule.as_str()))
        .collect();
    // Appendix A is not listed, and so Appendix 1 is never cited.
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[0].message,
        "Appendix A is cited but the paper lists only Appendices 1 and 2"
    );
    assert!(
        found[0]
            .help
            .as_deref()
            .unwrap()
            .contains("if Appendix A means Appendix 1, correct the reference"),
        "{:?}",
        found[0].help
    );
    assert_eq!(
        found[1].message,
        "Appendix 1 is listed but the report never refers to it"
    );
}

#[test]
fn a_section_of_annexes_with_no_paragraphs_is_no_gap() {
    clean(
        "## Section 1: Purpose

1.1 This report asks the Committee to note Annex 1.

## Section 2: Annexes

Annex 1 – The register

## Section 3: Background papers

3.1 None.
",
    );
}
