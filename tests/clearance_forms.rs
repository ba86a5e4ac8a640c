//! Every real form of clearance (issue 4) and the wordings of issue 12:
//! what the sign-off finders read as a clearance, and what they do not.
//! The dates judged against the meeting are in tests/sign_off.rs.

mod common;

use common::sign_off::*;
use paperlint::config::Config;
use paperlint::source::SourceFile;

// ----- every real form -------------------------------------------------------

/// The clearances of a paper whose financial section says `finance`.
fn finance_clearances(finance: &str) -> Vec<String> {
    clearances_of(&paper(MEETING, finance, LEGAL_OK, ""))
        .into_iter()
        .filter(|c| !c.contains("Sunita Rai"))
        .collect()
}

#[test]
fn agreed_by_a_post_on_a_date_with_a_superscript_ordinal() {
    assert_eq!(
        finance_clearances("12. This report was agreed by the Head of Resources & Performance Review on 5<sup>th</sup> January 2005."),
        ["finance | - | the Head of Resources & Performance Review | 2005-01-05 | This report was agreed by the Head of Resources & Performance Review on 5<sup>th</sup> January 2005"]
    );
}

#[test]
fn agreed_with_the_relevant_solicitor_in_a_numbered_paragraph() {
    let text = paper(
        MEETING,
        FINANCE_OK,
        "13. Save for this there are no legal implications to this report and this has been agreed with the relevant solicitor in Legal Services on 24 January 2005.",
        "",
    );
    let found = clearances_of(&text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[1],
        "legal | - | the relevant solicitor in Legal Services | 2005-01-24 | Save for this there are no legal implications to this report and this has been agreed with the relevant solicitor in Legal Services on 24 January 2005"
    );
}

#[test]
fn brackets_in_a_combined_section_belong_to_their_paragraph() {
    // A combined finance and legal section: 4.1 finance (no clearance), 4.2 legal.
    let text = "Meeting: Cabinet\nDate of meeting: 19 March 2001\n\n## 1. Purpose of Report\n\n\
                - 1.1 Test.\n\n4. Financial and legal Implications\n\n\
                - 4.1 There are no specific financial implications. All items covered in existing budgets.\n\
                - 4.2 There are no legal implications (Rufus Galloway, Assistant Head of Legal Services - extension 7054).\n";
    assert_eq!(
        clearances_of(text),
        ["legal | Rufus Galloway | Assistant Head of Legal Services | - | (Rufus Galloway, Assistant Head of Legal Services - extension 7054)"]
    );
    let found = sign_off_findings(text, None);
    assert_eq!(
        found,
        [
            "sign-off-missing [financial] financial implications are not signed off: no finance officer is named as clearing them",
            "sign-off-undated [legal] legal implications are signed off by Rufus Galloway but carry no date",
        ]
    );
    // The missing finance sign-off points at paragraph 4.1.
    let src = SourceFile::from_bytes("paper.md", text.as_bytes().to_vec()).unwrap();
    let config = Config::builtin("council-report").unwrap();
    let d = paperlint::check::check_text(&src, &config).unwrap();
    let missing = d.iter().find(|d| d.rule == "sign-off-missing").unwrap();
    assert!(missing
        .span()
        .of(text)
        .starts_with("- 4.1 There are no specific financial"));

    // The same layout, both cleared in brackets: 4.2 finance (Maud Ferrier), 4.3 legal (Petra Wynne).
    let text = "Meeting: Cabinet\nDate of meeting: 22 September 2003\n\n## 1. Purpose of Report\n\n\
                - 1.1 Test.\n\n4. Headline Financial and Legal Implications\n\n\
                - 4.1 The direct costs of the inspection were borne by the Social Services Inspectorate.\n\
                - 4.2 The resource implications will be addressed in a separate report. (Maud Ferrier, Head of Finance, Social Care and Health. Tel. 252 8800)\n\
                - 4.3 There are no direct legal implications arising from this report (Petra Wynne, Legal Services).\n";
    assert_eq!(
        clearances_of(text),
        [
            "finance | Maud Ferrier | Head of Finance, Social Care and Health | - | (Maud Ferrier, Head of Finance, Social Care and Health. Tel. 252 8800)",
            "legal | Petra Wynne | Legal Services | - | (Petra Wynne, Legal Services)",
        ]
    );
}

#[test]
fn agreed_by_a_named_officer_with_a_bracketed_post() {
    assert_eq!(
        finance_clearances("7.4 The financial implications have been agreed by Louise Barnett, Head of Finance (Place), on 22nd January 2025."),
        ["finance | Louise Barnett | Head of Finance (Place) | 2025-01-22 | The financial implications have been agreed by Louise Barnett, Head of Finance (Place), on 22nd January 2025"]
    );
}

#[test]
fn a_second_officer_s_undated_clearance_is_reported_beside_a_dated_one() {
    let text = paper(
        MEETING,
        "3.1 There are no additional costs (Claire Patel, Chief Finance Officer, 17 February 2025). \
         This report was agreed by the Assistant Director (Resources).",
        LEGAL_OK,
        "",
    );
    assert_eq!(
        sign_off_findings(&text, None),
        ["sign-off-undated [financial] financial implications are signed off by the Assistant Director (Resources) but carry no date"]
    );
}

#[test]
fn a_post_said_to_have_been_consulted_is_not_undated_beside_a_dated_clearance() {
    // The statement names no one and gives no date; the dated clearance
    // beside it is the record of that consultation.
    let text = paper(
        MEETING,
        "3.1 The Section 151 Officer has been consulted and comments are included above.\n\n\
         Financial implications prepared by: Ola Brandt, Finance Business Partner  Date: 2025-02-24",
        "4.1 The Head of Legal Services has reviewed this report.\n\n\
         4.2 Legal comments provided by Ravi Menon, Senior Solicitor, on 26 February 2025.",
        "",
    );
    assert_eq!(sign_off_findings(&text, None), Vec::<String>::new());
}

#[test]
fn a_post_said_to_have_been_consulted_alone_is_still_undated() {
    let text = paper(
        MEETING,
        "3.1 The Section 151 Officer has been consulted.",
        LEGAL_OK,
        "",
    );
    assert_eq!(
        sign_off_findings(&text, None),
        ["sign-off-undated [financial] financial implications are signed off by The Section 151 Officer but carry no date"]
    );
}

#[test]
fn initials_and_a_date_after_a_sign_off_label_or_in_a_bracket_are_a_clearance() {
    let text = paper(
        MEETING,
        "3.1 The costs are met from the reserve.\n\nFinance: KT 14/02/25",
        "4.1 The council has the power (JW 28/01/25).",
        "",
    );
    let found = clearances_of(&text);
    assert!(
        found.contains(&"finance | KT | - | 2025-02-14 | Finance: KT 14/02/25".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"legal | JW | - | 2025-01-28 | (JW 28/01/25)".to_string()),
        "{found:?}"
    );
    assert_eq!(sign_off_findings(&text, None), Vec::<String>::new());
}

#[test]
fn capitals_and_a_date_are_no_clearance_outside_a_stamp() {
    // An abbreviation used elsewhere in the paper is not an officer's
    // initials; a label that names no sign-off gives none; a stamp outside
    // a sign-off section clears nothing.
    let text = paper(
        MEETING,
        "3.1 The CIL receipts are in the capital programme (CIL 14/02/25).\n\nProgramme: KT 14/02/25",
        "4.1 The council has the power.",
        "(JW 28/01/25)",
    );
    assert_eq!(
        sign_off_findings(&text, None),
        [
            "sign-off-missing [financial] financial implications are not signed off: no finance officer is named as clearing them",
            "sign-off-missing [legal] legal implications are not signed off: no legal officer is named as clearing them",
        ]
    );
}

#[test]
fn legal_comments_provided_by_with_no_date_are_undated() {
    let text = paper(
        MEETING,
        FINANCE_OK,
        "4.1 Legal comments provided by Priya Shah, Senior Solicitor.",
        "",
    );
    assert!(clearances_of(&text)
        .contains(&"legal | Priya Shah | Senior Solicitor | - | Legal comments provided by Priya Shah, Senior Solicitor".to_string()));
    assert_eq!(
        sign_off_findings(&text, None),
        ["sign-off-undated [legal] legal implications are signed off by Priya Shah but carry no date"]
    );
}

#[test]
fn finance_officer_consulted_lines() {
    // Brighton & Hove's form, the date in the next cell, on the same line,
    // or on the next line.
    assert_eq!(
        finance_clearances("3.1 Costs are met from budgets.\n\nFinance Officer Consulted: Jeff Coates\tDate: 24/02/2025"),
        ["finance | Jeff Coates | - | 2025-02-24 | Finance Officer Consulted: Jeff Coates\tDate: 24/02/2025"]
    );
    assert_eq!(
        finance_clearances("3.1 Costs are met from budgets.\n\nFinance Officer Consulted: Jeff Coates, 24 February 2025"),
        ["finance | Jeff Coates | - | 2025-02-24 | Finance Officer Consulted: Jeff Coates, 24 February 2025"]
    );
    assert_eq!(
        finance_clearances("3.1 Costs are met from budgets.\n\nFinance Officer Consulted: Jeff Coates\nDate: 24/02/2025"),
        ["finance | Jeff Coates | - | 2025-02-24 | Finance Officer Consulted: Jeff Coates\nDate: 24/02/2025"]
    );
    // The template's own placeholder names nobody.
    assert_eq!(
        finance_clearances("3.1 Costs are met.\n\nFinance Officer Consulted: Name Date:"),
        Vec::<String>::new()
    );
}

#[test]
fn an_officer_who_has_agreed_or_been_consulted() {
    assert_eq!(
        finance_clearances("3.1 The Council's Section 151 Officer has been consulted on this report."),
        ["finance | - | Section 151 Officer | - | The Council's Section 151 Officer has been consulted"]
    );
    assert_eq!(
        finance_clearances("3.1 Jane Smith, Chief Finance Officer, has agreed these comments on 3 March 2025."),
        ["finance | Jane Smith | Chief Finance Officer | 2025-03-03 | Jane Smith, Chief Finance Officer, has agreed these comments on 3 March 2025"]
    );
    assert_eq!(
        finance_clearances("3.1 Costs are met. The Chief Finance Officer was consulted."),
        ["finance | - | The Chief Finance Officer | - | The Chief Finance Officer was consulted"]
    );
    for not_yet in [
        "3.1 The Chief Finance Officer has not been consulted.",
        "3.1 The Chief Finance Officer will be consulted.",
        "3.1 The Chief Finance Officer has a duty under section 151 to ensure proper administration.",
    ] {
        assert_eq!(finance_clearances(not_yet), Vec::<String>::new(), "{not_yet}");
    }
}

#[test]
fn comments_checked_by_name_title_date() {
    assert_eq!(
        finance_clearances("3.1 Costs are met from budgets.\n\nComments checked by: Sarah Jones, Senior Accountant, 3 March 2025"),
        ["finance | Sarah Jones | Senior Accountant | 2025-03-03 | Comments checked by: Sarah Jones, Senior Accountant, 3 March 2025"]
    );
}

#[test]
fn a_sign_off_column_in_an_implications_table() {
    // Maidstone's Issue / Implications / Sign-off table: posts, no names,
    // no dates.
    let text = paper(
        MEETING,
        "3.1 See the table below.",
        "4.1 See the table below.",
        "## 7. Cross-cutting issues and implications\n\n\
         | Issue | Implications | Sign-off |\n| --- | --- | --- |\n\
         | Legal | Within the Council's powers | Team Leader (Contentious), Mid Calder Legal Services |\n\
         | Financial | Within budget | Section 151 Officer & Finance Team |\n\
         | Risk | Low | Head of Policy |\n",
    );
    assert_eq!(
        clearances_of(&text),
        [
            "legal | - | Team Leader (Contentious), Mid Calder Legal Services | - | | Legal | Within the Council's powers | Team Leader (Contentious), Mid Calder Legal Services |",
            "finance | - | Section 151 Officer & Finance Team | - | | Financial | Within budget | Section 151 Officer & Finance Team |",
        ]
    );
    assert_eq!(
        sign_off_findings(&text, None),
        [
            "sign-off-undated [legal] legal implications are signed off by Team Leader (Contentious), Mid Calder Legal Services but carry no date",
            "sign-off-undated [financial] financial implications are signed off by Section 151 Officer & Finance Team but carry no date",
        ]
    );
}

#[test]
fn a_sign_off_line_in_an_implications_table() {
    let text = paper(
        MEETING,
        "3.1 See the table below.",
        LEGAL_OK,
        "## 7. Implications\n\n\
         | Implication | Comment |\n| --- | --- |\n\
         | Financial | Met from budgets. Agreed by Jo Bloggs, Finance Manager, on 3 March 2025. |\n",
    );
    assert!(clearances_of(&text).contains(
        &"finance | Jo Bloggs | Finance Manager | 2025-03-03 | Agreed by Jo Bloggs, Finance Manager, on 3 March 2025".to_string()
    ));
    assert_eq!(sign_off_findings(&text, None), Vec::<String>::new());
}

#[test]
fn a_statutory_officer_clearance_block_names_the_section_it_clears() {
    let text = paper(
        MEETING,
        "3.1 Costs are met from budgets.",
        "4.1 The Council has the power to do this.",
        "## 7. Statutory officer clearance\n\n\
         Financial implications: cleared by Jane Smith, Chief Finance Officer, on 3 March 2025.\n\n\
         Legal: Raj Patel, Deputy Head of Law, 4 March 2025\n",
    );
    assert_eq!(
        clearances_of(&text),
        [
            "finance | Jane Smith | Chief Finance Officer | 2025-03-03 | Financial implications: cleared by Jane Smith, Chief Finance Officer, on 3 March 2025",
            "legal | Raj Patel | Deputy Head of Law | 2025-03-04 | Legal: Raj Patel, Deputy Head of Law, 4 March 2025",
        ]
    );
    assert_eq!(sign_off_findings(&text, None), Vec::<String>::new());
    // As a table.
    let text = paper(
        MEETING,
        "3.1 Costs are met from budgets.",
        "4.1 The Council has the power to do this.",
        "## 7. Statutory officer clearance\n\n\
         | Implications | Officer | Date |\n| --- | --- | --- |\n\
         | Financial | Jane Smith, Chief Finance Officer | 3 March 2025 |\n\
         | Legal | Raj Patel, Monitoring Officer | 4 March 2025 |\n",
    );
    let found = clearances_of(&text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].starts_with("finance | Jane Smith | Chief Finance Officer | 2025-03-03"));
    assert!(found[1].starts_with("legal | Raj Patel | Monitoring Officer | 2025-03-04"));
    assert_eq!(sign_off_findings(&text, None), Vec::<String>::new());
}

#[test]
fn no_named_officer_is_no_clearance() {
    let text = paper(
        MEETING,
        "3.1 Any proposals will be undertaken within approved budgets and agreed by the departmental Finance Manager.",
        "4.1 There are no legal implications.",
        "",
    );
    assert_eq!(clearances_of(&text), Vec::<String>::new());
    assert_eq!(
        sign_off_findings(&text, None),
        [
            "sign-off-missing [financial] financial implications are not signed off: no finance officer is named as clearing them",
            "sign-off-missing [legal] legal implications are not signed off: no legal officer is named as clearing them",
        ]
    );
    // Not yet given, refused, or given by a body rather than an officer.
    for finance in [
        "3.1 The costs are to be agreed by the Head of Finance.",
        "3.1 The costs have not been agreed by the Head of Finance.",
        "3.1 The budget was approved by Full Council on 24 February 2025.",
        "3.1 The scheme was approved by Cabinet in March 2024 (Appendix A, page 3).",
    ] {
        assert_eq!(
            finance_clearances(finance),
            Vec::<String>::new(),
            "{finance}"
        );
    }
}

// ----- the wordings of issue 12 (layout class 5) ------------------------------

/// The clearances of a paper whose legal section says `legal`.
fn legal_clearances(legal: &str) -> Vec<String> {
    clearances_of(&paper(MEETING, FINANCE_OK, legal, ""))
        .into_iter()
        .filter(|c| !c.contains("Gareth Pryor"))
        .collect()
}

#[test]
fn comments_were_provided_by_a_named_officer() {
    assert_eq!(
        finance_clearances("3.4 Finance comments were provided by Ola Brandt-Smith, Head of Finance (Adults), on 4 March 2025."),
        ["finance | Ola Brandt-Smith | Head of Finance (Adults) | 2025-03-04 | Finance comments were provided by Ola Brandt-Smith, Head of Finance (Adults), on 4 March 2025"]
    );
    assert_eq!(
        legal_clearances("4.2 Legal comments were provided by Wyn Pryce, Deputy Monitoring Officer, 08/07/2025."),
        ["legal | Wyn Pryce | Deputy Monitoring Officer | 2025-07-08 | Legal comments were provided by Wyn Pryce, Deputy Monitoring Officer, 08/07/2025"]
    );
    // The post first, then the name.
    assert_eq!(
        finance_clearances("These comments were provided by the Chief Finance Officer, Tomas Adeyemi."),
        ["finance | Tomas Adeyemi | the Chief Finance Officer | - | These comments were provided by the Chief Finance Officer, Tomas Adeyemi"]
    );
}

#[test]
fn implications_verified_reviewed_or_cleared_by_a_labelled_officer() {
    assert_eq!(
        finance_clearances("Financial implications were verified by Ivo Marsh, Schools Finance Manager, on 19 December 2024."),
        ["finance | Ivo Marsh | Schools Finance Manager | 2024-12-19 | Financial implications were verified by Ivo Marsh, Schools Finance Manager, on 19 December 2024"]
    );
    assert_eq!(
        legal_clearances("Reviewed by the Monitoring Officer on 30 May 2025."),
        ["legal | - | the Monitoring Officer | 2025-05-30 | Reviewed by the Monitoring Officer on 30 May 2025"]
    );
    assert_eq!(
        legal_clearances("Cleared by Legal: Noor Faraday 20/12/24"),
        ["legal | Noor Faraday | - | 2024-12-20 | Cleared by Legal: Noor Faraday 20/12/24"]
    );
    // d.m.yy after "on".
    assert_eq!(
        finance_clearances("Finance: cleared by Kofi Mensah, Finance Business Partner, on 15.5.24."),
        ["finance | Kofi Mensah | Finance Business Partner | 2024-05-15 | Finance: cleared by Kofi Mensah, Finance Business Partner, on 15.5.24"]
    );
}

#[test]
fn the_officer_before_the_verb() {
    assert_eq!(
        finance_clearances("Head of Finance – approved 31/05/25"),
        ["finance | - | Head of Finance | 2025-05-31 | Head of Finance – approved 31/05/25"]
    );
    // Prose before a dash is not an officer.
    assert_eq!(
        finance_clearances("The budget was set by the Head of Finance – approved in 2020."),
        Vec::<String>::new()
    );
}

#[test]
fn labelled_brackets_and_signatures() {
    assert_eq!(
        finance_clearances("3.3 Priority works are in the capital programme. (Finance: Rhian Abbott-Clarke, 26/09/2024)"),
        ["finance | Rhian Abbott-Clarke | - | 2024-09-26 | (Finance: Rhian Abbott-Clarke, 26/09/2024)"]
    );
    assert_eq!(
        legal_clearances(
            "The council may charge for these services. (Legal Officer: Kemi Olsen, 13/02/2025)"
        ),
        ["legal | Kemi Olsen | - | 2025-02-13 | (Legal Officer: Kemi Olsen, 13/02/2025)"]
    );
    // A label that names no sign-off, or a bare phrase in brackets, is no clearance.
    assert_eq!(
        finance_clearances(
            "3.1 Costs are met from the grant (Source: Anna Bell, 2024) (Social Care)."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        finance_clearances("3.4 I am satisfied that the programme is affordable. Nia Garside, Director of Resources (Section 151 Officer), 10 February 2025."),
        ["finance | Nia Garside | Director of Resources (Section 151 Officer) | 2025-02-10 | Nia Garside, Director of Resources (Section 151 Officer), 10 February 2025"]
    );
    assert_eq!(
        legal_clearances("4.1 The council has the power.\nLegal Team Leader: Sara Ruiz, Team Leader – Education Law, 29 August 2024"),
        ["legal | Sara Ruiz | Team Leader – Education Law | 2024-08-29 | Legal Team Leader: Sara Ruiz, Team Leader – Education Law, 29 August 2024"]
    );
    // A sentence that goes on after the officer is prose, not a signature.
    assert_eq!(
        finance_clearances("3.1 Nia Garside, Chief Finance Officer, has said the costs may rise."),
        Vec::<String>::new()
    );
}

#[test]
fn a_signature_whose_date_is_on_the_next_line() {
    let found = legal_clearances(
        "4.3 Comments from the Monitoring Officer: I have no further comments.\n     Signed: Cara Ellis-Jones, Head of Legal and Democratic Services\n     (Monitoring Officer)   Date: 18 November 2024",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("legal | Cara Ellis-Jones | Head of Legal and Democratic Services | 2024-11-18 | Signed: Cara"),
        "{found:#?}"
    );
    // "Date: TBC" is no date.
    assert_eq!(
        finance_clearances("3.3 Comments from the Section 151 Officer: the estimates are prudent.\nSigned: Rhys Bevan, Corporate Director – Resources (Section 151 Officer)\nDate: TBC"),
        ["finance | Rhys Bevan | Corporate Director – Resources (Section 151 Officer) | - | Signed: Rhys Bevan, Corporate Director – Resources (Section 151 Officer)"]
    );
}

#[test]
fn a_sign_off_table_row_stands_for_a_section_the_paper_lacks() {
    let text = "Meeting: Cabinet\nDate of meeting: 12 March 2025\nReport title: Test paper\n\n\
                ## 1. Purpose of report\n\n1.1 To test.\n\n\
                ## 2. Implications\n\n\
                | Issue | Implications | Sign-off |\n|---|---|---|\n\
                | Financial | No direct cost. | Section 151 Officer & Finance Team |\n\
                | Legal | The council has the power. | Eastvale Legal Partnership |\n";
    let found = sign_off_findings(text, None);
    assert_eq!(
        found,
        [
            "sign-off-undated [financial] financial implications are signed off by Section 151 Officer & Finance Team but carry no date",
            "sign-off-missing [legal] legal implications are not signed off: no legal officer is named as clearing them",
        ]
    );
}

#[test]
fn no_meeting_date_and_nothing_dated_is_said_once_at_the_top() {
    let text = paper("Report date: none", "3.1 None.", "4.1 None.", "");
    let found = sign_off_findings(&text, None);
    assert!(
        found.contains(&"meeting-date-unknown [date] the paper gives no meeting date, so nothing can be checked against it".to_string()),
        "{found:#?}"
    );
}

#[test]
fn a_table_row_that_is_a_signature() {
    let found = clearances_of(&paper(
        MEETING,
        "3.1 No direct cost.\n\n| Officer | Role | Date |\n|---|---|---|\n| Siân Price | Head of Finance (Deputy Section 151 Officer) | 27 February 2025 |",
        "4.1 The council has the power.\n\n| Implications completed by | Name | Date |\n|---|---|---|\n| Legal | Adam Hollis, Senior Solicitor (Governance) | 20 February 2025 |",
        "",
    ));
    assert_eq!(
        found,
        [
            "finance | Siân Price | Head of Finance (Deputy Section 151 Officer) | 2025-02-27 | | Siân Price | Head of Finance (Deputy Section 151 Officer) | 27 February 2025 |",
            "legal | Adam Hollis | Senior Solicitor (Governance) | 2025-02-20 | | Legal | Adam Hollis, Senior Solicitor (Governance) | 20 February 2025 |",
        ]
    );
    // A row of figures or of prose is no signature.
    assert_eq!(
        finance_clearances(
            "| Item | Cost |\n|---|---|\n| Anna Bell Centre | £1.2m |\n| Legal fees | £20,000 |"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_bare_name_signs_the_comments_of_the_post_the_section_names() {
    let legal = "4.1 Head of Legal Services comments: the council has power to acquire land.\n\n\
                 4.2 Due diligence has been carried out by external solicitors. (Amira Stone)";
    let found = legal_clearances(legal);
    assert_eq!(found, ["legal | Amira Stone | - | - | (Amira Stone)"]);
    assert!(sign_off_findings(&paper(MEETING, FINANCE_OK, legal, ""), None).contains(
        &"sign-off-undated [legal] legal implications are signed off by Amira Stone but carry no date".to_string()
    ));
    // Not without a post that gives the sign-off, nor before the end.
    assert_eq!(
        legal_clearances("4.1 The council has the power (Social Care)."),
        Vec::<String>::new()
    );
    assert_eq!(
        legal_clearances("4.1 Head of Legal Services comments: see the Care Act (Adult Social Care).\n\n4.2 The council has the power."),
        Vec::<String>::new()
    );
}

#[test]
fn a_form_whose_implications_are_run_in_paragraphs_signed_on_labelled_lines() {
    // No implications sections; each advice paragraph is followed by a line
    // labelled with the post of the officer who gave it.
    let text = "Meeting: Cabinet\nDate of meeting: 3 September 2024\nReport title: Test paper\n\n\
                ## Purpose of Report\n\nTo test.\n\n\
                ## Consultation Details\n\n\
                1. Finance Advice: The budget is £16.4m.\n\
                Finance Business Partner: Alan Prout, Finance Business Partner – Children, 12 August 2024\n\n\
                2. Legal Advice: The council must have regard to the guidance.\n\
                Legal Team Leader: Suni Rao, Team Leader – Education Law, 29 August 2024\n\n\
                3. HR Advice: None.\n\
                HR Partner: Pip Mears, People Business Partner, 8 August 2024\n";
    assert_eq!(
        clearances_of(text),
        [
            "finance | Alan Prout | Finance Business Partner – Children | 2024-08-12 | Finance Business Partner: Alan Prout, Finance Business Partner – Children, 12 August 2024",
            "legal | Suni Rao | Team Leader – Education Law | 2024-08-29 | Legal Team Leader: Suni Rao, Team Leader – Education Law, 29 August 2024",
        ]
    );
    // 26 August 2024 is a bank holiday: the last day to publish is 23 August.
    let found = sign_off_findings(text, None);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("clearance-late [legal]"), "{found:#?}");
}

#[test]
fn paperlint_tree_shows_the_clearances_it_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("paper.md");
    std::fs::write(
        &path,
        paper(MEETING, FINANCE_OK, "4.1 The council has the power.", ""),
    )
    .unwrap();
    let out = assert_cmd::Command::cargo_bin("paperlint")
        .unwrap()
        .arg("tree")
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(
            "finance: Gareth Pryor, Finance Business Partner; 25 February 2025 = 2025-02-25"
        ),
        "{text}"
    );
    assert!(
        text.contains("legal implications (legal): no clearance found"),
        "{text}"
    );
    assert!(
        text.contains("meeting date: 12 March 2025 = 2025-03-12 (line 2)"),
        "{text}"
    );
    let out = assert_cmd::Command::cargo_bin("paperlint")
        .unwrap()
        .args(["tree", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let c = &json["sign_off"]["clearances"][0];
    assert_eq!(c["officer"], "Gareth Pryor");
    assert_eq!(c["date"], "2025-02-25");
    assert_eq!(json["sign_off"]["meeting_date"], "2025-03-12");
}

#[test]
fn a_name_with_its_post_in_brackets_and_a_labelled_name_with_a_date() {
    assert_eq!(
        finance_clearances("3.2 This report has been cleared by Jo Bloggs (Head of Finance) on 3 March 2025."),
        ["finance | Jo Bloggs | Head of Finance | 2025-03-03 | This report has been cleared by Jo Bloggs (Head of Finance) on 3 March 2025"]
    );
    assert_eq!(
        legal_clearances(
            "4.1 The council has the power.\n\nLegal Officer: Amy Cole   Date: 3/3/25"
        ),
        ["legal | Amy Cole | - | 2025-03-03 | Legal Officer: Amy Cole   Date: 3/3/25"]
    );
    assert_eq!(
        finance_clearances("3.1 Implications completed by: Raj Mehta, Senior Accountant, 4 March 2025."),
        ["finance | Raj Mehta | Senior Accountant | 2025-03-04 | Implications completed by: Raj Mehta, Senior Accountant, 4 March 2025"]
    );
    // Staff who completed training are no officer.
    assert_eq!(
        finance_clearances("3.1 Training has been completed by 340 staff and 28 councillors."),
        Vec::<String>::new()
    );
}

#[test]
fn a_clearance_block_line_for_other_implications_clears_neither() {
    let text = "Meeting: Cabinet\nDate of meeting: 12 March 2025\nReport title: Test paper\n\n\
                ## 1. Purpose of report\n\n1.1 To test.\n\n\
                ## 3. Financial implications\n\n3.1 No direct cost.\n\n\
                ## 4. Legal implications\n\n4.1 The council has the power.\n\n\
                ## 9. Report sign-off\n\n\
                | Implications completed by | Name | Date |\n|---|---|---|\n\
                | Legal | Ada Holt, Senior Solicitor | 20 February 2025 |\n\
                | Equalities | Mo Oduya, Equality Officer | 16 February 2025 |\n";
    assert_eq!(
        sign_off_findings(text, None),
        ["sign-off-missing [financial] financial implications are not signed off: no finance officer is named as clearing them"]
    );
}
