//! The numbering rules on small papers, one form at a time: `numbering`
//! and `implications-table`, each with papers that must pass and papers
//! that must fail. The reference rules are in tests/xref.rs.

mod common;

use common::xref::*;

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
fn a_repeated_number_that_should_be_the_next_is_reported_once() {
    // 3.3, 3.3, 3.5: the second 3.3 is the missing 3.4, one mistake.
    let found = lint(&report("3.3 Again.\n\n3.5 On."));
    let numbering: Vec<_> = found.iter().filter(|f| f.rule == "numbering").collect();
    assert_eq!(numbering.len(), 1, "{found:#?}");
    assert_eq!(
        numbering[0].message,
        "paragraph 3.3 is numbered the same as the one before it; coming before 3.5, it should be 3.4"
    );
    // 3.3, 3.3, 3.4: a repeat and nothing missing; the plain message.
    let found = lint(&report("3.3 Again.\n\n3.4 On."));
    let numbering: Vec<_> = found.iter().filter(|f| f.rule == "numbering").collect();
    assert_eq!(numbering.len(), 1, "{found:#?}");
    assert_eq!(
        numbering[0].message,
        "paragraph 3.3 is numbered the same as the one before it"
    );
    // 3.3, 3.3, 3.6: the repeat, and a gap that it does not fill.
    let found = lint(&report("3.3 Again.\n\n3.6 On."));
    let messages: Vec<_> = found
        .iter()
        .filter(|f| f.rule == "numbering")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "paragraph 3.3 is numbered the same as the one before it",
            "paragraph 3.6 follows 3.3: there is no 3.4 to 3.5"
        ],
        "{found:#?}"
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
