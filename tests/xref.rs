//! The cross-reference rules on small papers, one form at a time:
//! `unresolved-reference`, `unreferenced-appendix`, `numbering` and
//! `implications-table`, each with papers that must pass and papers that
//! must fail.

use paperlint::config::Config;
use paperlint::source::SourceFile;

const RULES: [&str; 4] = [
    "unresolved-reference",
    "unreferenced-appendix",
    "numbering",
    "implications-table",
];

/// A finding of the four rules: line, rule, subject, message.
#[derive(Debug)]
struct Found {
    line: usize,
    rule: String,
    subject: String,
    message: String,
    text: String,
}

fn lint(paper: &str) -> Vec<Found> {
    let config = Config::builtin("council-report").unwrap();
    let src = SourceFile::from_bytes("paper.md", paper.as_bytes().to_vec()).unwrap();
    paperlint::check::check_text(&src, &config)
        .unwrap()
        .into_iter()
        .filter(|d| RULES.contains(&d.rule.as_str()))
        .map(|d| Found {
            line: src.line_col(d.span().start).0,
            rule: d.rule.clone(),
            subject: d.subject.clone().unwrap_or_default(),
            message: d.message.clone(),
            text: d.span().of(&src.text).to_string(),
        })
        .collect()
}

fn of<'a>(found: &'a [Found], rule: &str) -> Vec<&'a Found> {
    found.iter().filter(|f| f.rule == rule).collect()
}

/// Asserts the paper raises no finding from the four rules.
#[track_caller]
fn clean(paper: &str) {
    let found = lint(paper);
    assert!(found.is_empty(), "{found:#?}");
}

/// Asserts exactly one finding of `rule`, and returns it.
#[track_caller]
fn one(paper: &str, rule: &str) -> Found {
    let mut found = lint(paper);
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = found.remove(0);
    assert_eq!(f.rule, rule, "{f:#?}");
    f
}

/// A cover report numbered by headings and decimal paragraphs.
fn report(body: &str) -> String {
    format!(
        "## 1. Purpose of report

1.1 This report asks Cabinet to approve the plan.

1.2 The plan runs for five years.

## 2. Recommendations

2.1 Cabinet is recommended to approve the plan.

## 3. Background

3.1 The first plan ended in 2024.

3.2 A review found three problems.

3.3 The new plan addresses them.

{body}
"
    )
}

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

/// A cover report, then an action plan that numbers its paragraphs again
/// from 1.1 (Leicester 2001).
const ACTION_PLAN: &str = "1. Purpose of Report

- 1.1 The purpose of this report is to update the plan.
- 1.2 Members approved the plan.

2. Summary

- 2.1 The attached plan follows the themes.
- 2.2 The themes are numbered.
- 2.3 Progress is set out below.

REVIEW OF THE ACTION PLAN

1. CONSULTATION

- 1.1 Surveys of users are in place.
- 1.2 Carers are assessed.
- 1.3 Meetings have been held.

2. EQUALITY

- 2.1 The Community Plan was produced.

Also refer to 1.3
 2.3
";

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

const ANNEXES: &str = "## Executive summary

1. The charges are set out in Annex A and the standards in Annex B.

2. The sliding scale is described in paragraph 1.2 of Annex A, and response times in Annex B, paragraph 2.1.

3. The exemptions continue (paragraph 1 above).

## Annexes

- Annex A – Charging schedule
- Annex B – Service standards

# Annex A – Charging schedule

## 1. Introduction

1.1 This schedule sets out the charges.

1.2 Charges for larger schemes use a sliding scale.

## 2. Charges

2.1 Householders pay £120.

# Annex B – Service standards

## 1. Response times

1.1 Householder requests: 21 days.

## 2. Meetings

2.1 Follow-up meetings are charged at the rates in Annex A, paragraph 2.1.
";

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

// ----- numbering ------------------------------------------------------------------

#[test]
fn numbers_that_run_in_order_pass() {
    clean(&report(
        "## 4. Options

4.1 Three options were considered:

1. Do nothing.

2. Extend the contract.

3. Re-procure.

4.2 Option 3 is recommended.

4.2.1 It costs less.

4.2.2 It is quicker.

4.3 The options appraisal is summarised below.

## 5. Equalities

## 6. Financial implications

6.1 The costs are met from the budget.",
    ));
}

#[test]
fn a_skipped_number() {
    let f = one(&report("3.5 The plan was consulted on."), "numbering");
    assert_eq!(f.text, "3.5");
    assert_eq!(f.message, "paragraph 3.5 follows 3.3: there is no 3.4");
}

#[test]
fn a_repeated_number_and_one_that_goes_backwards() {
    let f = one(&report("3.3 Again."), "numbering");
    assert_eq!(
        f.message,
        "paragraph 3.3 is numbered the same as the one before it"
    );
    let f = one(&report("3.2 Back."), "numbering");
    assert_eq!(
        f.message,
        "paragraph 3.2 follows 3.3: the numbering goes backwards"
    );
}

#[test]
fn a_sub_paragraph_without_its_parent() {
    let found = lint(&report(
        "## 4. Options\n\n4.1 Do nothing.\n\n4.2.1 Bring it in house.\n\n4.2.2 Divide it.\n\n4.3 Re-procure.",
    ));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].text, "4.2.1");
    assert_eq!(
        found[0].message,
        "paragraph 4.2.1 is numbered as part of 4.2, but there is no 4.2"
    );
}

#[test]
fn a_list_that_starts_at_its_second_item() {
    let paper =
        report("3.4 Cabinet is recommended to:\n\n(b) approve the plan;\n\n(c) note the costs.");
    let f = one(&paper, "numbering");
    assert_eq!(f.text, "(b)");
    assert_eq!(
        f.message,
        "this list starts at (b): there is no (a) before it"
    );

    let paper = "3. Recommendations\n\n- (1) Scrutiny is recommended to note the plan;\n- (2) Cabinet is recommended to:\n - ii) Commend staff.\n - iii) Accept the plan.\n";
    let f = one(paper, "numbering");
    assert_eq!(f.text, "ii)");
    assert_eq!(
        f.message,
        "this list starts at ii): there is no i) before it"
    );

    // "(c) Crown copyright" is no list.
    clean(&report(
        "3.4 The site is shown on the plan.\n\n(c) Crown copyright 2024. Licence 100019.\n",
    ));

    // Lettered lists that start at (a), and one continued across paragraphs.
    clean(&report(
        "3.4 Cabinet is recommended to:\n\n(a) approve the plan;\n\n(b) note the costs.\n\n3.5 Cabinet is also asked to:\n\n(c) thank the staff.",
    ));
}

#[test]
fn a_restart_at_one_begins_a_new_part() {
    clean(ACTION_PLAN);
    clean(ANNEXES);
}

#[test]
fn conversion_debris_is_read_as_the_number() {
    clean(
        "5. PLANNING\n\n- 5.1 Units were set up.\n- 5.2** A framework was introduced.\n- 5.3** Reviews were completed.\n",
    );
}

#[test]
fn running_numbers_under_unnumbered_headings() {
    clean(
        "**PURPOSE**\n\n1. The purpose.\n\n**REPORT**\n\n2. The report.\n\n3. More.\n\n**OPTIONS**\n\n4. Options.\n",
    );
    let f = one(
        "**PURPOSE**\n\n1. The purpose.\n\n**REPORT**\n\n2. The report.\n\n4. More.\n",
        "numbering",
    );
    assert_eq!(f.message, "paragraph 4 follows 2: there is no 3");
}

#[test]
fn a_heading_read_as_a_paragraph_keeps_its_place() {
    // "6. Children's services, and…" reads as a paragraph (it has commas),
    // but its 6.1 shows it heads section 6.
    clean(
        "5. Background\n\n- 5.1 Text.\n\n6. Children's services, fostering and adoption\n\n- 6.1 Text.\n\n7. Adults\n\n- 7.1 Text.\n\n8. Planning, policy and performance\n\n- 8.1 Text.\n",
    );
}

#[test]
fn an_appendix_keeps_its_own_numbering() {
    // Appendix A numbers its rows 2.1 and 2.2 without restarting at 1.
    clean(&report(
        "## 4. Appendices\n\nAppendix A: The action plan.\n\n4.1 See Appendix A.\n\n# APPENDIX A\n\n2.1 Ensure that reports are clear.\n\n2.2 Review the protocols.\n",
    ));
}

#[test]
fn rows_of_a_table_are_not_paragraphs() {
    // An action plan whose rows number recommendations, one row broken off
    // the table: the numbers show, and are not checked.
    clean(
        "## 1. Report\n\n1.1 The plan follows.\n\n\tAction\tTimescale\tLead\n2.1\tEnsure reports are clear.\tOct '03\tZM\n2.2\tInform referrers.\tNov '03\tKS\n2.5\tPrioritise education.\n\n## 2. Costs\n\n2.1 The costs are met.\n",
    );
}

// ----- implications-table ----------------------------------------------------------

/// A Luton-style paper: a tick-box table, then sections.
fn tick_boxes(rows: &str, sections: &str) -> String {
    format!(
        "**COMMITTEE:** CABINET

**IMPLICATIONS:**

{rows}

---

**PURPOSE**

1. The purpose of this report.

{sections}
"
    )
}

#[test]
fn ticked_boxes_with_their_sections_pass() {
    clean(&tick_boxes(
        "LEGAL\t✓\tCOMMUNITY SAFETY\t\nFINANCIAL\t✓\tOTHER\t✓",
        "#### **LEGAL IMPLICATIONS**\n\n2. The council has power.\n\n#### **FINANCIAL IMPLICATIONS**\n\n3. The costs are met.",
    ));
}

#[test]
fn a_ticked_box_with_no_section() {
    let f = one(
        &tick_boxes(
            "LEGAL\t✓\tCOMMUNITY SAFETY\t\nSTAFFING\t✓\tOTHER\t",
            "#### **LEGAL IMPLICATIONS**\n\n2. The council has power.",
        ),
        "implications-table",
    );
    assert_eq!(f.subject, "staffing");
    assert_eq!(
        f.message,
        "STAFFING is ticked in the implications table but the paper has no staffing implications section"
    );
}

#[test]
fn an_unticked_box_over_a_section_with_content() {
    let paper = |body: &str| {
        tick_boxes(
            "LEGAL\t✓\tCOMMUNITY SAFETY\t\nSTAFFING\t\tOTHER\t",
            &format!("#### **LEGAL IMPLICATIONS**\n\n2. The council has power.\n\n#### **STAFFING IMPLICATIONS**\n\n{body}"),
        )
    };
    let f = one(
        &paper("3. Twelve posts will transfer to the new provider under TUPE."),
        "implications-table",
    );
    assert_eq!(f.subject, "staffing");
    assert!(f.message.starts_with("STAFFING is not ticked"), "{f:#?}");
    clean(&paper("3. None."));
    clean(&paper(
        "3. There are no staffing implications arising from this report.",
    ));
}

/// A Leicester-style Yes/No table with a paragraph references column.
fn yes_no(rows: &str) -> String {
    format!(
        "1. Purpose of Report

- 1.1 This report proposes a policy.

2. Equal Opportunities Implications

- 2.1 The policy helps disabled people.

3. Other Implications

OTHER IMPLICATIONS\tYES/NO\tParagraph References Within Supporting information
{rows}

SUPPORTING INFORMATION

1. Background

1.1 The policy was adopted in 2019.

1.2 Demand has risen.

2. The Proposed Policy

2.1 Grants will continue.

2.2 Loans will be offered.
"
    )
}

#[test]
fn a_yes_no_table_that_agrees() {
    clean(&yes_no(
        "Equal Opportunities\tYes\tThroughout\nPolicy\tYes\t1.1, 2.2\nSustainable and Environmental\tYes\t2.1 – 2.2\nCrime and Disorder\tNo\t\nHuman Rights Act\tNo\t",
    ));
}

#[test]
fn a_yes_with_nothing_behind_it_and_a_reference_that_does_not_resolve() {
    let found = lint(&yes_no(
        "Equal Opportunities\tYes\tThroughout\nCrime and Disorder\tYes\t\nSustainable and Environmental\tYes\t2.4",
    ));
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].subject, "crime-and-disorder");
    assert_eq!(
        found[0].message,
        "Crime and Disorder is marked Yes in the implications table but the paper has no crime and disorder implications section"
    );
    assert_eq!(found[1].text, "2.4");
    assert_eq!(
        found[1].message,
        "the implications table cites paragraph 2.4 for Sustainable and Environmental, but the paper has no paragraph 2.4"
    );
}

#[test]
fn a_no_over_a_section_with_content() {
    let f = one(&yes_no("Equal Opportunities\tNo\t"), "implications-table");
    assert_eq!(f.subject, "equalities");
    assert!(
        f.message.starts_with("Equal Opportunities is marked No"),
        "{f:#?}"
    );
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
