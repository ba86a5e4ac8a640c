use super::*;

fn titles(doc: &Document) -> Vec<(u8, String)> {
    doc.sections
        .iter()
        .map(|s| (s.level, s.title.clone()))
        .collect()
}

/// The number of each numbered paragraph, in order.
fn paragraph_numbers(doc: &Document) -> Vec<&str> {
    doc.paragraphs
        .iter()
        .filter_map(|p| p.number.as_ref().map(|n| n.label.as_str()))
        .collect()
}

/// Each section's number, if any, and title.
fn numbered_titles(doc: &Document) -> Vec<(Option<&str>, &str)> {
    doc.sections
        .iter()
        .map(|s| (s.number.as_deref(), s.title.as_str()))
        .collect()
}

#[test]
fn a_numbered_sentence_is_a_paragraph() {
    let doc = parse("**PURPOSE**\n\n1. The purpose of this report is to update Members.\n");
    assert_eq!(titles(&doc), [(1, "PURPOSE".to_string())]);
    assert_eq!(doc.paragraphs.len(), 1);
    assert_eq!(doc.paragraphs[0].number.as_ref().unwrap().label, "1");
}

/// A cover report with running numbers, then two annexes that each restart
/// their numbering at 1, and a "Supporting Information" part.
const ANNEXED: &str = "## Report

1. The charges are in paragraph 1.2 of Annex A and Annex B, paragraph 2.1.

2. The findings are summarised in paragraphs 3.1 and 3.2 of the Supporting Information.

3. Paragraph 4 of the Local Government Act 1972 stays external.

# Annex A – Charges

## 1. Introduction

1.1 Charges.

1.2 More charges.

## 2. Fees

2.1 Fees.

# Annex B – Standards

## 1. Response times

1.1 Within 21 days.

## 2. Meetings

2.1 One meeting.

SUPPORTING INFORMATION

## 1. Background

1.1 Text.

## 3. Equality

3.1 Text.

3.2 Text.
";

#[test]
fn references_into_annexes_and_named_parts_point_at_those_parts() {
    let doc = parse(ANNEXED);
    assert_eq!(doc.parts.len(), 4, "{:#?}", doc.parts);
    let paras: Vec<_> = doc
        .references
        .iter()
        .filter(|r| r.kind == ReferenceKind::Paragraph)
        .map(|r| (r.target.as_str(), r.external, r.in_part))
        .collect();
    assert_eq!(
        paras,
        [
            ("1.2", false, Some(1)),
            ("2.1", false, Some(2)),
            ("3.1", false, Some(3)),
            ("3.2", false, Some(3)),
            ("4", true, None),
        ]
    );
}

#[test]
fn a_paragraph_of_a_report_the_paper_attaches_in_brackets_points_into_it() {
    // The Panel's report is attached as Appendix A, numbered afresh.
    let paper = |cite: &str| {
        format!(
            "## 1. Purpose\n\n1.1 To present the Panel's report.\n\n## 2. Review\n\n\
             2.1 The Panel weighed the workload set out in {cite}, and the aim.\n\n\
             2.2 More.\n\n# Appendix A\n\n## 1. Introduction\n\n1.1 We met.\n\n\
             ## 2. Evidence\n\n2.1 Text.\n"
        )
    };
    let para = |cite: &str| {
        let doc = parse(&paper(cite));
        let r = doc
            .references
            .iter()
            .find(|r| r.kind == ReferenceKind::Paragraph)
            .cloned()
            .unwrap();
        (r.target, r.external, r.in_part)
    };
    for cite in [
        "paragraph 4.9 of its report (Appendix A)",
        "paragraph 4.9 of its report\n(Appendix A)",
        "paragraph 4.9 of the Panel's final report (**Appendix A**)",
        "paragraph 4.9 in the review (Appendix A)",
    ] {
        assert_eq!(para(cite), ("4.9".into(), false, Some(1)), "{cite:?}");
    }
    // A list's earlier item goes with it.
    let doc = parse(&paper("paragraphs 1.1 and 4.9 of its report (Appendix A)"));
    let got: Vec<_> = doc
        .references
        .iter()
        .filter(|r| r.kind == ReferenceKind::Paragraph)
        .map(|r| (r.external, r.in_part))
        .collect();
    assert_eq!(got, [(false, Some(1)), (false, Some(1))]);
    // Near misses stay another document's: no bracket, a bracket saying
    // more, a clause between, no document noun, an appendix not attached.
    for cite in [
        "paragraph 4.9 of its report, and Appendix A",
        "paragraph 4.9 of its report (see Appendix A)",
        "paragraph 4.9 of its report (Appendix A, page 3)",
        "paragraph 4.9 of its report to Cabinet in January (Appendix A)",
        "paragraph 4.9 of the Panel (Appendix A)",
        "paragraph 4.9 of its report (Appendix C)",
    ] {
        assert_eq!(para(cite), ("4.9".into(), true, None), "{cite:?}");
    }
}

#[test]
fn a_paragraph_of_an_appendix_that_is_not_attached_points_nowhere() {
    let doc = parse("## Report\n\n1. See paragraph 3 of Appendix A.\n\n2. More.\n");
    let r = &doc.references[0];
    assert_eq!(r.within.as_deref(), Some("A"));
    assert_eq!(r.in_part, None);
}

#[test]
fn a_short_list_inside_decimal_paragraphs_starts_no_part() {
    let doc = parse(
        "## 3. Background\n\n3.3 Text.\n\n## 4. Options\n\n4.1 Three options:\n\n1. Do nothing.\n\n2. Extend.\n\n4.2 Option 2 is best.\n\n## 5. Costs\n\n5.1 Text.\n",
    );
    assert_eq!(doc.parts.len(), 1, "{:#?}", doc.parts);
    // After a heading, a restart at 1 still begins a new part.
    let doc = parse(
        "## 1. Purpose\n\n1.1 Text.\n\n## 2. Report\n\n2.1 Text.\n\n## Appendix A\n\n1. The appendix.\n\n2. More.\n",
    );
    assert_eq!(doc.parts.len(), 2, "{:#?}", doc.parts);
}

#[test]
fn a_list_closed_by_brackets_inside_running_numbers_starts_no_part() {
    // "1)" to "3)" after paragraph 25 (recommendations), then 26.
    let doc = parse(
        "**Implications**\n\n24. Text.\n\n25. Text.\n\n**RECOMMENDATION/S**\n\n1) That \
         Committee approves.\n\n2) That Committee notes.\n\n**Financial Comments**\n\n26. Text.\n",
    );
    assert_eq!(doc.parts.len(), 1, "{:#?}", doc.parts);
    // Numbered "1)" throughout, a restart at "1)" after a heading is a part.
    let doc = parse(
        "## Report\n\n1) Text.\n\n2) Text.\n\n## Appendix A\n\n1) The appendix.\n\n2) More.\n",
    );
    assert_eq!(doc.parts.len(), 2, "{:#?}", doc.parts);
    // A restart at "1." after running "1)" numbering still is one too.
    let doc = parse(
        "## Report\n\n1) Text.\n\n2) Text.\n\n## Appendix A\n\n1. The appendix.\n\n2. More.\n",
    );
    assert_eq!(doc.parts.len(), 2, "{:#?}", doc.parts);
}

#[test]
fn recommendations_numbered_again_inside_running_numbers_are_their_own_list() {
    let vocab = Vocabulary {
        recommendation_titles: vec!["recommendations".to_string()].into(),
        ..Vocabulary::default()
    };
    // Running numbers taken by the headings (1 and 2), the recommendations
    // under heading 2 numbered 1 to 3, then the body from 3 (pdftotext).
    let paper = |title: &str, items: [&str; 3], after: &str| {
        format!(
            "1. Purpose of the report\nThis report asks the Committee to agree the plan.\n\
             2. {title}\n1. {}\n2. {}\n3. {}\nHow does this affect our policies?\n\
             {after} The plan is a statutory requirement.\n4. It supports the strategy.\n",
            items[0], items[1], items[2]
        )
    };
    let own = |doc: &Document| -> Vec<String> {
        doc.paragraphs
            .iter()
            .filter(|p| p.own_list)
            .filter_map(|p| p.number.as_ref().map(|n| n.label.clone()))
            .collect()
    };
    let that = [
        "That the plan is agreed.",
        "That, subject to no objections, it is adopted.",
        "That the programme is noted.",
    ];
    let doc = parse_with(&paper("Recommendations", that, "3."), &vocab);
    assert_eq!(doc.parts.len(), 1, "{:#?}", doc.parts);
    assert_eq!(own(&doc), ["1", "2", "3"]);
    // Written as instructions, or with "To", or under a lead-in.
    let instructions = [
        "Approve the plan.",
        "Note the risks.",
        "To delegate the changes.",
    ];
    let doc = parse_with(&paper("Recommendations", instructions, "3."), &vocab);
    assert_eq!(doc.parts.len(), 1, "{:#?}", doc.parts);
    assert_eq!(own(&doc), ["1", "2", "3"]);
    let doc = parse_with(
        &paper("Recommendations\nThe Committee is recommended:", that, "3."),
        &vocab,
    );
    assert_eq!(own(&doc), ["1", "2", "3"]);
    // Under an unnumbered heading after paragraph 2, with blank lines.
    let doc = parse_with(
        "**Purpose**\n\n1. To agree the plan.\n\n2. To note the risks.\n\n\
         **RECOMMENDATIONS**\n\n1. That Cabinet agrees the plan.\n\n\
         2. That Cabinet notes the risks.\n\n**Background**\n\n3. The plan was drafted.\n",
        &vocab,
    );
    assert_eq!(doc.parts.len(), 1, "{:#?}", doc.parts);
    assert_eq!(own(&doc), ["1", "2"]);
    // Near misses: the restart is a new part, as any restart is.
    let other = [
        "The plan was drafted in 2025.",
        "It was consulted on.",
        "It is ready.",
    ];
    for (what, text) in [
        ("another heading", paper("Background", that, "3.")),
        (
            "items that are no recommendations",
            paper("Recommendations", other, "3."),
        ),
        (
            "numbers that do not resume at 3",
            paper("Recommendations", that, "5."),
        ),
        (
            "numbers that start again",
            paper("Recommendations", that, "1."),
        ),
    ] {
        let doc = parse_with(&text, &vocab);
        assert!(doc.parts.len() >= 2, "{what}: {:#?}", doc.parts);
        assert!(own(&doc).is_empty(), "{what}");
    }
    // A pack with no recommendations titles reads no such list.
    let doc = parse_with(
        &paper("Recommendations", that, "3."),
        &Vocabulary::default(),
    );
    assert_eq!(doc.parts.len(), 2, "{:#?}", doc.parts);
    // A list left open at the end of the paper is a restart too.
    let doc = parse_with(
        "1. Purpose\nText of the purpose.\n2. Recommendations\n1. That the plan is agreed.\n",
        &vocab,
    );
    assert_eq!(doc.parts.len(), 2, "{:#?}", doc.parts);
    assert!(own(&doc).is_empty());
}

#[test]
fn a_question_on_its_own_line_over_numbered_paragraphs_is_a_heading() {
    // PDF text of a template that words its headings as questions, with
    // no blank lines: over a numbered paragraph, or over a run-in label.
    let text = "Meeting: Planning Committee\n\n1. Purpose of the report\n\
                This report asks the Committee to agree the plan.\n\
                How does this contribute to our policies and legal obligations?\n\
                2. The plan is a statutory requirement.\n\
                Are there any corporate implications members should be concerned about?\n\
                Financial:\n3. The cost is met from the existing budget.\n";
    let doc = parse(text);
    assert_eq!(
        doc.sections
            .iter()
            .map(|s| s.title.as_str())
            .collect::<Vec<_>>(),
        [
            "How does this contribute to our policies and legal obligations?",
            "Are there any corporate implications members should be concerned about?"
        ]
    );
    // Near misses: a question carrying on a sentence, a question over
    // running text, two sentences on the line, a long question.
    for (what, line) in [
        ("carried on", "This report asks the Committee whether\nHow it contributes?"),
        ("over text", "Why does this matter?\nThe plan guides decisions on housing."),
        ("two sentences", "It is late. Does that matter?"),
        (
            "long",
            "Is there any reason why the Committee should not agree the plan at Appendix 1 for consultation now?",
        ),
    ] {
        let text = format!(
            "Meeting: Planning Committee\n\n1. Purpose of the report\n\
             This report asks the Committee to agree the plan.\n{line}\n\
             2. The plan is a statutory requirement.\n"
        );
        let doc = parse(&text);
        assert!(doc.sections.is_empty(), "{what}: {:?}", titles(&doc));
    }
}

#[test]
fn recommendations_carrying_on_a_lead_in_start_no_part() {
    let doc = parse(
        "Recommendations\nThe Committee is recommended to:\n1. note the complaints received;\n\
         2. agree the revised arrangements; and\n3. agree the training programme.\n\
         1. Background\n1.1 Under the Localism Act 2011 the Council must act.\n2. Complaints\n2.1 There were 41.\n",
    );
    assert_eq!(doc.parts.len(), 1, "{:#?}", doc.parts);
    // Items that start afresh still count: a restart after them is a part.
    let doc = parse(
        "1. The Committee notes the report.\n\n2. The Committee agrees it.\n\n\
         ## Appendix A\n\n1. The appendix.\n\n2. More.\n",
    );
    assert_eq!(doc.parts.len(), 2, "{:#?}", doc.parts);
}

#[test]
fn heading_numbers_in_the_forms_councils_write_them() {
    let doc = parse(
        "## 1 Purpose of the report\n\ntext\n\n## VIII. Financial implications\n\ntext\n\n\
         ## A. Summary\n\ntext\n\n## Section 5: Corporate Risk Register\n\ntext\n\n\
         # 2.\u{a0}Recommendations\n\ntext\n\n## 2024/25 Budget\n\ntext\n",
    );
    let got = numbered_titles(&doc);
    assert_eq!(
        got,
        [
            (Some("1"), "Purpose of the report"),
            (Some("viii"), "Financial implications"),
            (Some("a"), "Summary"),
            (Some("5"), "Corporate Risk Register"),
            (Some("2"), "Recommendations"),
            (None, "2024/25 Budget"),
        ]
    );
}

#[test]
fn setext_headings() {
    let doc = parse(
        "Meeting: Cabinet\n\nPurpose of the report\n=====================\n\nText.\n\n\
         Key findings\n------------\n\nMore text.\n",
    );
    assert_eq!(
        titles(&doc),
        [
            (1, "Purpose of the report".to_string()),
            (2, "Key findings".to_string())
        ]
    );
    assert!(doc.title.is_none(), "a field came first: no title");
    let doc = parse("A Paper Title\n=============\n\n## 1. Summary\n\nText.\n");
    assert_eq!(doc.title.as_ref().unwrap().text, "A Paper Title");
}

#[test]
fn an_implications_table_flattened_into_two_columns_is_read() {
    let marks = |text: &str| -> Vec<(String, Mark)> {
        parse(text)
            .implications
            .iter()
            .map(|i| (i.name.clone(), i.mark))
            .collect()
    };
    let head = "Title: Library Opening Hours\n\n";
    let names = "Implications checklist\nFinancial\nLegal\nStaffing\nEqualities\n";
    let yes_no = "Yes\nNo\nyes\nNO\n\n1. Summary\n1.1 The hours change in April.\n";
    let text = format!("{head}{names}\n{yes_no}");
    assert_eq!(
        marks(&text),
        [
            ("Financial".to_string(), Mark::Yes),
            ("Legal".to_string(), Mark::No),
            ("Staffing".to_string(), Mark::Yes),
            ("Equalities".to_string(), Mark::No)
        ]
    );
    let doc = parse(&text);
    let staffing = &doc.implications[2];
    assert_eq!(staffing.span.of(&text), "Staffing");
    assert_eq!(staffing.mark_span.of(&text), "yes");
    // Near misses: one Yes/No short, one too many, no blank line between
    // the columns, a sentence among the names, no title over the names,
    // and only two entries.
    let short = "Yes\nNo\nYes\n\n1. Summary\n";
    assert!(marks(&format!("{head}{names}\n{short}")).is_empty());
    let long = "Yes\nNo\nYes\nNo\nNo\n\n1. Summary\n";
    assert!(marks(&format!("{head}{names}\n{long}")).is_empty());
    assert!(marks(&format!("{head}{names}{yes_no}")).is_empty());
    let prose =
        "Implications checklist\nFinancial\nThe hours change, as agreed.\nStaffing\nEqualities\n";
    assert!(marks(&format!("{head}{prose}\n{yes_no}")).is_empty());
    let untitled = "Financial\nLegal\nStaffing\nEqualities\n";
    assert!(marks(&format!(
        "Title: Library Opening Hours\n{untitled}\n{yes_no}"
    ))
    .is_empty());
    let two = "Implications checklist\nFinancial\nLegal\n\nYes\nNo\n\n1. Summary\n";
    assert!(marks(&format!("{head}{two}")).is_empty());
}

#[test]
fn an_implications_list_with_references_beside_the_marks_is_read() {
    let read = |text: &str| -> Vec<(String, Mark, Option<String>)> {
        parse(text)
            .implications
            .iter()
            .map(|i| {
                (
                    i.name.clone(),
                    i.mark,
                    i.refs.as_ref().map(|r| r.text.clone()),
                )
            })
            .collect()
    };
    let entry = |name: &str, mark: Mark, refs: Option<&str>| {
        (name.to_string(), mark, refs.map(str::to_string))
    };
    // As pdftotext gives it: one cell a line, no blank lines, after the
    // last paragraph of a section and before the next heading.
    let head = "6. Performance
6.1 The service met its targets for the quarter.
";
    let list = "Implications
Financial
Yes – see paragraph 7.1
Legal
Yes - para 7.2
Human Resources
Yes: see 7.3
Equalities
No
";
    let body = "7. Implications
7.1 Financial: none.
7.2 Legal: none.
7.3 Risk: low.
";
    let text = format!("{head}{list}{body}");
    assert_eq!(
        read(&text),
        [
            entry("Financial", Mark::Yes, Some("paragraph 7.1")),
            entry("Legal", Mark::Yes, Some("para 7.2")),
            entry("Human Resources", Mark::Yes, Some("7.3")),
            entry("Equalities", Mark::No, None),
        ]
    );
    let doc = parse(&text);
    let hr = &doc.implications[2];
    assert_eq!(hr.span.of(&text), "Human Resources\nYes: see 7.3");
    assert_eq!(hr.mark_span.of(&text), "Yes: see 7.3");
    assert_eq!(hr.refs.as_ref().unwrap().span.of(&text), "7.3");
    // A page break between two rows.
    let broken = list.replace("Legal\n", "\n\nLegal\n");
    assert_eq!(read(&format!("{head}{broken}{body}")).len(), 4);
    // Near misses: a title that names no implications; only two rows; a
    // mark joined to the next word ("No-one"); a sentence among the
    // names; a field as the title.
    let untitled = list.replace("Implications\n", "Summary of checks\n");
    assert!(read(&format!("{head}{untitled}{body}")).is_empty());
    let two = "Implications\nFinancial\nYes – see paragraph 7.1\nLegal\nNo\n";
    assert!(read(&format!("{head}{two}{body}")).is_empty());
    let joined = list.replace("Yes - para 7.2", "No-one is affected");
    assert_eq!(read(&format!("{head}{joined}{body}")).len(), 0);
    let prose = list.replace("Legal\n", "The Council has the power, as set out.\n");
    assert!(read(&format!("{head}{prose}{body}")).is_empty());
    let field = list.replace("Implications\n", "Implications: see below\n");
    assert!(read(&format!("{head}{field}{body}")).is_empty());
}

#[test]
fn an_implications_table_flattened_row_by_row_is_read() {
    let marks = |text: &str| -> Vec<(String, Mark)> {
        parse(text)
            .implications
            .iter()
            .map(|i| (i.name.clone(), i.mark))
            .collect()
    };
    let head = "Wards affected\n\nAll\n\n";
    let rows = "Implications checked (tick all that apply)\nFinancial\n\nYes\n\nLegal\n\nYes\n\nHuman resources\n\nYes\n\nEnvironmental\nNo\n\n";
    let body = "1\n\nPurpose of the report\n\n1.1 To approve the assessment.\n";
    let text = format!("{head}{rows}{body}");
    assert_eq!(
        marks(&text),
        [
            ("Financial".to_string(), Mark::Yes),
            ("Legal".to_string(), Mark::Yes),
            ("Human resources".to_string(), Mark::Yes),
            ("Environmental".to_string(), Mark::No)
        ]
    );
    let doc = parse(&text);
    let hr = &doc.implications[2];
    assert_eq!(hr.span.of(&text), "Human resources");
    assert_eq!(hr.mark_span.of(&text), "Yes");
    // Near misses: labels and values of a front sheet, each pair after a
    // blank line (no title straight over the first); only two rows; a
    // field as the title; a sentence among the names.
    let sheet = "Key decision\n\nYes\n\nExempt\n\nNo\n\nCall-in applies\n\nYes\n\n";
    assert!(marks(&format!("{head}{sheet}{body}")).is_empty());
    let two = "Implications checked\nFinancial\n\nYes\n\nLegal\n\nNo\n\n";
    assert!(marks(&format!("{head}{two}{body}")).is_empty());
    let field = rows.replace(
        "Implications checked (tick all that apply)",
        "Implications: see below",
    );
    assert!(marks(&format!("{head}{field}{body}")).is_empty());
    let prose = rows.replace("Legal\n", "The Council has the power, as set out.\n");
    assert!(marks(&format!("{head}{prose}{body}")).is_empty());
}

#[test]
fn a_row_of_a_column_table_in_the_body_with_an_empty_cell_is_no_field() {
    let keys =
        |text: &str| -> Vec<String> { parse(text).fields.iter().map(|f| f.key.clone()).collect() };
    let head = "Title: Shared ICT\n\n## 1. Purpose\n\n1.1 Text.\n\n## 9. Sign-off\n\n";
    let table = "| Role | Name | Date |\n|---|---|---|\n| Section 151 Officer | Jo Bloggs | 21 January 2026 |\n| Monitoring Officer (host authority) | Ann Other | |\n";
    assert_eq!(keys(&format!("{head}{table}")), ["Title"]);
    // A two-column table of labels and values in the body still gives
    // fields.
    let pairs = "| Lead officer | Ann Other |\n|---|---|\n| Service area | Shared ICT |\n";
    assert_eq!(
        keys(&format!("{head}{pairs}")),
        ["Title", "Lead officer", "Service area"]
    );
}

#[test]
fn a_title_under_a_short_council_name_and_the_meeting_line_is_the_title() {
    let title = |text: &str| parse(text).title.map(|t| t.text);
    let body =
        "Report by: Director of Housing\n\n1. PURPOSE\n\n1.1 This report sets out the review.\n";
    let text = format!(
        "ARDGOWAN COUNCIL\n\nHOUSING AND COMMUNITIES COMMITTEE – 12 MARCH 2026\n\n\
         Item 4 · Report No: HC/09/26\n\n\
         **TENANT PARTICIPATION: REVIEW OF THE LOCAL STRATEGY**\n\n{body}"
    );
    assert_eq!(
        title(&text).as_deref(),
        Some("TENANT PARTICIPATION: REVIEW OF THE LOCAL STRATEGY")
    );
    // The lines above it stay headings, as before.
    let doc = parse(&text);
    assert_eq!(doc.sections[0].title, "ARDGOWAN COUNCIL");
    assert!(doc.sections[2].title.starts_with("Item 4"));
    let text =
        format!("ARDGOWAN COUNCIL\n\nAUDIT PANEL\n\nTREASURY MANAGEMENT MID-YEAR REVIEW\n\n{body}");
    assert_eq!(
        title(&text).as_deref(),
        Some("TREASURY MANAGEMENT MID-YEAR REVIEW")
    );
    // Near misses: a first heading that names no body ends the preamble;
    // words after the dash that are no date make no meeting line, so that
    // line is the first capitals line of three words or more, the title; a
    // reference line with no council's name above it is read as before.
    let after = "\n\nTREASURY MANAGEMENT MID-YEAR REVIEW\n\n";
    assert_eq!(title(&format!("ARDGOWAN SUMMARY{after}{body}")), None);
    let text = format!("ARDGOWAN COUNCIL\n\nAUDIT PANEL – SPECIAL MEETING{after}{body}");
    assert_eq!(
        title(&text).as_deref(),
        Some("AUDIT PANEL – SPECIAL MEETING")
    );
    let text = format!("Item 4 · Report No: HC/09/26{after}{body}");
    assert_eq!(
        title(&text).as_deref(),
        Some("Item 4 · Report No: HC/09/26")
    );
}

#[test]
fn colon_headings_head_lists_and_lead_ins_do_not() {
    let doc = parse(
        "Report to: Cabinet\nDate: 1 May 2025\n\nPurpose of the Report:\n\n(i) To set out the plan.\n\n\
         Recommendations:\n\nThat the Committee:\n\n(i) notes the plan.\n",
    );
    let t: Vec<String> = doc.sections.iter().map(|s| s.title.clone()).collect();
    assert_eq!(t, ["Purpose of the Report", "Recommendations"]);
    let recs = &doc.sections[1];
    assert_eq!(recs.paragraphs.len(), 2, "the lead-in and its item");
}

#[test]
fn question_headings() {
    let doc = parse(
        "Title: A plan\n\nWhat are the financial implications?\n\n1. It costs £1m.\n\n\
         Is this the best option? We think so, having looked at three.\n\nMore text.\n",
    );
    let t: Vec<String> = doc.sections.iter().map(|s| s.title.clone()).collect();
    assert_eq!(t, ["What are the financial implications?"]);
}

#[test]
fn a_form_question_wrapped_in_a_narrow_cell_heads_its_answer() {
    let vocab = Vocabulary {
        section_titles: vec!["integrated impact assessment".to_string()].into(),
        ..Vocabulary::default()
    };
    let titles = |text: &str| -> Vec<String> { titles_read(text, &vocab) };
    let text = "# 1. Background\n\n1.1 Text.\n\nHas an Integrated Impact\nAssessment been\n\
                completed? If not, please\nstate why\n\nNot required. This report is for information.\n";
    let t = titles(text);
    assert_eq!(t.len(), 2, "{t:?}");
    assert!(
        t[1].starts_with("Has an Integrated Impact Assessment been completed?"),
        "{t:?}"
    );
    // Near misses: no section title in the question, no question mark,
    // a line too long for a narrow cell, and a question of one line.
    for text in [
        "# 1. Background\n\n1.1 Text.\n\nHas an assessment\nbeen completed? If\nnot, state why\n\nNo.\n",
        "# 1. Background\n\n1.1 Text.\n\nAn Integrated Impact\nAssessment has been\ncompleted for the scheme\n\nNo.\n",
        "# 1. Background\n\n1.1 Text.\n\nHas an Integrated Impact Assessment been\ncompleted?\n\nNo.\n",
    ] {
        assert_eq!(titles(text).len(), 1, "{text}: {:?}", titles(text));
    }
}

#[test]
fn a_bold_section_title_with_a_long_template_note_in_brackets_heads_a_section() {
    let vocab = Vocabulary {
        section_titles: vec!["list of background papers".to_string()].into(),
        ..Vocabulary::default()
    };
    let doc = parse_with(
        "# 11. Conclusions\n\n11.1 The proposals would improve outcomes.\n\n\
         **List of Background Papers (This MUST be completed for all reports, but does not include items containing exempt or confidential information)**\n\n\
         Report to Health Overview and Scrutiny Committee, 16 September 2024\n\n\
         **The Committee (at its meeting in March, after a long debate on the options, agreed that the plan should go to consultation with residents)**\n\n\
         More text.\n",
        &vocab,
    );
    let t: Vec<String> = doc.sections.iter().map(|s| s.title.clone()).collect();
    assert_eq!(t.len(), 2, "{t:?}");
    assert!(t[1].starts_with("List of Background Papers"), "{t:?}");
}

/// Rotherham-style headings that keep the template's note on who writes
/// the section: bold, plain and (as pdftotext gives them) dotless.
const NOTED: &str = "# Acquisition of the Riverside Arcade\n\n\
    **4. Consultation on proposal**\n\n\
    4.1 Ward members have been consulted.\n\n\
    **5. Timetable and Accountability for Implementing this Decision**\n\n\
    5.1 Completion is expected by 30 June 2026.\n\n\
    **6. Financial and Procurement Advice and Implications (to be written by the relevant Head of Finance and the Head of Procurement on behalf of s151 Officer)**\n\n\
    6.1 The acquisition will be met from the capital allocation.\n\n\
    **7. Legal Advice and Implications (to be written by Legal Officer on behalf of Assistant Director Legal Services)**\n\n\
    7.1 The Council has power to acquire land by agreement.\n";

#[test]
fn a_numbered_section_title_with_the_template_note_in_brackets_heads_a_section() {
    let bold = NOTED.to_string();
    let plain_numbered = NOTED.replace("**", "");
    let dotless = plain_numbered
        .replace("5. Timetable", "5 Timetable")
        .replace("6. Financial", "6 Financial")
        .replace("7. Legal", "7 Legal");
    // Two of the pack's titles, as the configuration gives them:
    // "Financial … and Implications" joins "financial implications",
    // "Legal Advice and Implications" holds "legal advice".
    let vocab = Vocabulary {
        section_titles: vec![
            "financial implications".to_string(),
            "legal advice".to_string(),
        ]
        .into(),
        ..Vocabulary::default()
    };
    for text in [bold, plain_numbered, dotless] {
        let doc = parse_with(&text, &vocab);
        let t = numbered_titles(&doc);
        let six = t.iter().find(|(n, _)| *n == Some("6"));
        assert!(
            six.is_some_and(|(_, title)| title.starts_with("Financial and Procurement Advice")),
            "{text}: {t:?}"
        );
        assert_eq!(paragraph_numbers(&doc), ["4.1", "5.1", "6.1", "7.1"]);
        // 6.1 stands in section 6, not in section 5.
        let section = doc.paragraphs[2].section;
        assert_eq!(
            section.map(|s| doc.sections[s].number.as_deref()),
            Some(Some("6"))
        );
    }
    // Near misses: words before the bracket that name no section of the
    // pack, or a sentence, are text.
    for line in [
        "6. The Council agreed the plan (after a long debate on the options, it agreed that the plan should go to consultation with residents)",
        "**6. Procurement of the works contract (to be let under the Procurement Act 2023 and the Council's Contract Procedure Rules by the end of the year)**",
        "6 Financial year ending in March (to be confirmed by the relevant Head of Finance and the Head of Procurement on behalf of s151 Officer)",
    ] {
        let text = NOTED.replace(
            "**6. Financial and Procurement Advice and Implications (to be written by the relevant Head of Finance and the Head of Procurement on behalf of s151 Officer)**",
            line,
        );
        let doc = parse_with(&text, &vocab);
        assert!(
            doc.sections.iter().all(|s| s.number.as_deref() != Some("6")),
            "{line}: {:?}",
            numbered_titles(&doc)
        );
    }
}

#[test]
fn page_footers_are_no_headings() {
    let doc = parse("# 1. Summary\n\nText.\n\nPage 2 of 4\n\n# 2. Background\n\nMore.\n");
    assert_eq!(doc.sections.len(), 2);
    assert!(doc.sections.iter().all(|s| !s.title.contains("Page")));
}

#[test]
fn figures_extracted_one_cell_per_line_are_no_paragraph_numbers() {
    let doc = parse(
        "4.1 Borrowing fell.\n\nNet borrowing\n771.9\n771.9\n\n4.35\n\n128.9\n\nSource: treasury advisers.\n\n4.2\n\nThe rate rose.\n",
    );
    let numbers = paragraph_numbers(&doc);
    assert_eq!(
        numbers,
        ["4.1", "4.2"],
        "4.2 stands alone with its text after it"
    );
}

#[test]
fn a_number_alone_by_a_flattened_table_is_read_by_the_outline() {
    let numbers = |doc: &Document| -> Vec<String> {
        doc.paragraphs
            .iter()
            .filter_map(|p| p.number.as_ref().map(|n| n.label.clone()))
            .collect()
    };
    // The next number after the table's last figure, a sentence after it.
    let doc = parse(
        "4.2\n\nThe figures are:\n\nCalls\n\n1,106\n\n1,187\n\nCall-outs\n\n233\n\n241\n\n4.3\n\n\
         Noise complaints received by the Council rose by 14% over the period.\n",
    );
    assert_eq!(numbers(&doc), ["4.2", "4.3"]);
    // Not the next number, or no sentence after it: a cell.
    let doc = parse(
        "4.2\n\nThe figures are:\n\nCalls\n\n1,106\n\n241\n\n4.5\n\n\
         Noise complaints received by the Council rose by 14% over the period.\n",
    );
    assert_eq!(numbers(&doc), ["4.2"]);
    let doc = parse("4.2\n\nThe figures are:\n\nCalls\n\n1,106\n\n241\n\n4.3\n\nTotal\n");
    assert_eq!(numbers(&doc), ["4.2"]);
    // A heading in capitals after the figure ending the block before it.
    let doc = parse(
        "6.1 The contract is let.\n\nLegal: cleared by A Person, Solicitor,\n03.12.25\n\n7.\n\n\
         EQUALITY IMPLICATIONS\n\n7.1 None.\n",
    );
    assert!(doc
        .sections
        .iter()
        .any(|s| s.number.as_deref() == Some("7")));
    // Counts between row labels that break the outline are cells, not
    // headings "4 Reasonable", "9 Limited".
    let doc = parse(
        "4.2\n\nThe opinions issued are:\nOpinion\n\nNumber of audits\n\nSubstantial\n\n4\n\n\
         Reasonable\n\n9\n\nLimited\n\n3\n\nNo assurance\n\n0\n\n4.3\n\nThe three limited assurance opinions relate to the services below.\n",
    );
    assert!(
        doc.sections.iter().all(|s| s.number.is_none()),
        "{:?}",
        titles(&doc)
    );
    assert_eq!(numbers(&doc), ["4.2", "4.3"]);
}

#[test]
fn a_line_wrapped_before_a_figure_carries_on_its_sentence() {
    let numbers = |text: &str| -> Vec<String> {
        parse(text)
            .paragraphs
            .iter()
            .filter_map(|p| p.number.as_ref().map(|n| n.label.clone()))
            .collect()
    };
    // Backwards, far ahead, or from 0: the sentence above runs on.
    let text = "## 3. Background\n\n3.1 Streets were designated in 1993 and the\n\
                policy was revised (paragraph\n7.3 of the Framework).\n\n\
                3.2 There are 146 consents. The licensing team has\n\
                2.5 FTE officers and adds a further\n0.4 million pounds.\n\n\
                3.3 The policy was consulted on.\n";
    assert_eq!(numbers(text), ["3.1", "3.2", "3.3"]);
    let doc = parse(text);
    let p = &doc.paragraphs[1];
    assert!(
        p.span.of(text).ends_with("0.4 million pounds."),
        "{:?}",
        p.span.of(text)
    );
    // A sentence ended above, a skip, a duplicate or a restart at 1 stays
    // a number, for the numbering rule to judge.
    let kept = "3.1 Streets were designated.\n2.5 FTE officers work on it.\n";
    assert_eq!(numbers(kept), ["3.1", "2.5"]);
    let kept = "3.1 The options considered\n3.3 The policy was consulted on.\n";
    assert_eq!(numbers(kept), ["3.1", "3.3"]);
    let kept = "3.1 The options considered\n3.1 The policy was consulted on.\n";
    assert_eq!(numbers(kept), ["3.1", "3.1"]);
    let kept = "3.1 The options considered are\n1. do nothing;\n";
    assert_eq!(numbers(kept), ["3.1", "1"]);
    // Nothing numbered yet: no sequence to break.
    assert_eq!(numbers("The team has\n2.5 FTE officers.\n"), ["2.5"]);
}

#[test]
fn a_year_wrapped_onto_its_own_line_is_no_table_cell_beside_the_next_number() {
    // "2036." carries on 1.1's sentence; the "2." after it is no cell of a
    // table extracted one figure per line, but the next heading's number.
    let text = "1.\n\nPurpose of Report\n\n1.1 This report seeks approval to consult on draft \
                priorities for 2026 to\n2036.\n\n2.\n\nRecommendations\n\n\
                2.1 It is recommended that the Committee approves the plan.\n";
    let doc = parse(text);
    let numbered: Vec<(Option<String>, String)> = doc
        .sections
        .iter()
        .map(|s| (s.number.clone(), s.title.clone()))
        .collect();
    assert_eq!(
        numbered,
        [
            (Some("1".to_string()), "Purpose of Report".to_string()),
            (Some("2".to_string()), "Recommendations".to_string()),
        ]
    );
    assert!(doc.paragraphs[0].span.of(text).ends_with("2036."));
}

#[test]
fn the_next_numbered_heading_with_text_straight_under_it() {
    let tops = |text: &str| -> Vec<String> {
        let doc = parse(text);
        doc.sections.iter().map(|s| s.title.clone()).collect()
    };
    // PDF text: no blank line under a heading; N follows N-1's heading.
    let text = "1. Purpose\n1.1 To set the budget.\n2. Risk\n2.1 The main risk is pay.\n\
                3. Background Papers\nProvisional Settlement 2026/27, 17 December 2025\n\
                4. Appendices\nAppendix A – Plan\n";
    assert_eq!(
        tops(text),
        ["Purpose", "Risk", "Background Papers", "Appendices"]
    );
    // A number out of sequence, a sentence carried on below, or a line
    // ending a sentence stays a paragraph.
    let text = "1. Purpose\n1.1 To set the budget.\n2. Risk\n2.1 The main risk is pay.\n\
                5. Background Papers\nProvisional Settlement\n";
    assert_eq!(tops(text), ["Purpose", "Risk"]);
    let text = "1. Purpose\n1.1 To set the budget.\n2. Risk\n2.1 The main risk is pay.\n\
                3. The Council agreed\nthe budget in March.\n";
    assert_eq!(tops(text), ["Purpose", "Risk"]);
    let text = "1. Purpose\n1.1 To set the budget.\n2. Risk\n2.1 The main risk is pay.\n\
                3. The Council agreed the budget.\nIt meets in March.\n";
    assert_eq!(tops(text), ["Purpose", "Risk"]);
}

#[test]
fn a_number_alone_then_its_title_is_a_heading() {
    let doc = parse(
        "1.\n\nIntroduction\n\n1.1 The plan.\n\n2\n\nOther Factors\n\n2.1 More.\n\n3.\n\nProposed Changes\na. It has been reviewed.\n\n\
         4.\n\nThe Council has agreed to consult on the following proposals in\nthe autumn and will report back.\n",
    );
    let got = numbered_titles(&doc);
    assert_eq!(
        got,
        [
            (Some("1"), "Introduction"),
            (Some("2"), "Other Factors"),
            (Some("3"), "Proposed Changes")
        ],
        "paragraph 4's text is a sentence, not a title"
    );
    // The value of the key before the number, set apart by PDF extraction.
    let doc = parse("Status:\n\n1.\n\nUnrestricted\n\nOverview\na. Text.\n");
    assert!(
        !doc.sections
            .iter()
            .any(|s| s.number.as_deref() == Some("1")),
        "no heading 1 titled with the value"
    );
}

#[test]
fn a_number_alone_then_its_title_with_no_blank_line_is_a_heading() {
    // PDF text of a number and a title set in blocks side by side: no
    // blank line; the section's first paragraph 1.1 (with its text or
    // alone) follows the title.
    let doc = parse(
        "1.\nSummary\n1.1 The company is wholly owned.\n2.\nRecommendations\n2.1\n\
         The Committee is asked to approve the plan.\n3.\nPerformance in 2025/26\n3.1 Occupancy was 97%.\n",
    );
    let got = numbered_titles(&doc);
    assert_eq!(
        got,
        [
            (Some("1"), "Summary"),
            (Some("2"), "Recommendations"),
            (Some("3"), "Performance in 2025/26")
        ]
    );
    // No 1.1 after the line (a value, a table cell, paragraph 2.4): no
    // heading.
    for text in [
        "Status:\n1.\nUnrestricted\n1.1 Text.\n",
        "1.1 Text.\n2.\nHousing\n2.4 Rents rise.\n",
        "1.\nSummary\nThe company is wholly owned.\n",
    ] {
        let doc = parse(text);
        assert!(
            !doc.sections.iter().any(|s| s.number.is_some()),
            "{text}: {:?}",
            numbered_titles(&doc)
        );
    }
}

#[test]
fn a_section_number_with_a_zero_alone_then_its_title_is_a_heading() {
    // Outlines numbered 1.0, 1.1, 2.0, 2.1, as PDF text sets them apart.
    let doc = parse(
        "1.0\n\nPURPOSE OF THE REPORT\n\n1.1\n\nTo inform the Committee.\n\n\
         2.0\n\nRECOMMENDATION\n\n2.1\n\nThe Committee is asked to note it.\n",
    );
    let got = numbered_titles(&doc);
    assert_eq!(
        got,
        [
            (Some("1.0"), "PURPOSE OF THE REPORT"),
            (Some("2.0"), "RECOMMENDATION")
        ]
    );
    let numbers = paragraph_numbers(&doc);
    assert_eq!(numbers, ["1.1", "2.1"]);
    // A figure among figures stays a table cell.
    let doc = parse("4.1 Spend.\n\nBudget\n133.0\n\n6.0\n\n90.0\n\nTotal\n");
    assert!(doc.sections.iter().all(|s| s.number.is_none()));
}

#[test]
fn a_section_number_with_two_zeros_alone_then_its_title_is_a_heading() {
    // Welsh councils' templates number 1.00, 1.01, 1.02, 2.00, and
    // pdftotext sets each number on the line above its text.
    let text = "REPORT DETAILS\n1.00\nINVESTMENT STRATEGY STATEMENT\n1.01\n\
                The Fund must review its strategy.\n1.02\nIt was approved in 2024.\n\
                2.00\nRESOURCE IMPLICATIONS\n2.01\nThere are no direct costs.\n";
    let doc = parse(text);
    assert_eq!(
        numbered_titles(&doc),
        [
            (None, "REPORT DETAILS"),
            (Some("1.00"), "INVESTMENT STRATEGY STATEMENT"),
            (Some("2.00"), "RESOURCE IMPLICATIONS")
        ]
    );
    assert_eq!(paragraph_numbers(&doc), ["1.01", "1.02", "2.01"]);
    // A figure with two decimals over a row label stays a table cell.
    let doc = parse("1.1 Spend.\n\nBudget\n3.00\nStaff costs\n4.50\n");
    assert!(doc.sections.iter().all(|s| s.number.is_none()));
}

#[test]
fn a_section_number_alone_then_its_title_then_a_lead_in_is_a_heading() {
    // pdftotext of a cabinet report numbered 1.0, 1.1, 2.0: no blank
    // lines; the recommendations open with a lead-in before 2.1, and the
    // last sections have a list or text under their titles, no paragraph.
    let text = "1.0\nPurpose of the report\n1.1\nTo seek approval to accept a grant.\n\
                2.0\nRecommendations\nCabinet is recommended to:\n2.1\naccept the grant;\n\
                2.2\naward the works contract.\n3.0\nBackground\n3.1\nThe strategy commits to it.\n\
                10.0\nAppendices\nAppendix A \u{2013} Homes in the programme\n\
                11.0\nBackground papers\nHousing Asset Strategy 2024-2034.\n";
    let doc = parse(text);
    assert_eq!(
        numbered_titles(&doc),
        [
            (Some("1.0"), "Purpose of the report"),
            (Some("2.0"), "Recommendations"),
            (Some("3.0"), "Background")
        ],
        "10.0 does not follow 3.0"
    );
    assert_eq!(
        paragraph_numbers(&doc),
        ["1.1", "2.1", "2.2", "3.1", "10.0", "11.0"]
    );
    let text = text.replace(
        "3.0\nBackground\n3.1\nThe strategy commits to it.\n",
        "9.0\nClimate change implications\n9.1\nIt saves carbon.\n",
    );
    let doc = parse(&text);
    assert_eq!(
        numbered_titles(&doc),
        [
            (Some("1.0"), "Purpose of the report"),
            (Some("2.0"), "Recommendations"),
            (Some("9.0"), "Climate change implications"),
            (Some("10.0"), "Appendices"),
            (Some("11.0"), "Background papers")
        ]
    );
    // A lead-in with no 2.1 after it, or a number with no zero and no
    // first paragraph: no heading.
    for text in [
        "1.1 Text.\n2.0\nRecommendations\nCabinet is recommended to:\nnote the report.\n",
        "1\nPurpose\n1.1 Text.\n2\nAppendices\nAppendix A \u{2013} Homes\n",
        // No heading 1.0 before it: a version table's cells.
        "Version\n1.0\nFirst draft\n2.0\nFinal\nIssued to Cabinet.\n",
    ] {
        let doc = parse(text);
        let zero: Vec<_> = numbered_titles(&doc)
            .into_iter()
            .filter(|(n, _)| n.is_some_and(|n| !n.starts_with('1')))
            .collect();
        assert!(zero.is_empty(), "{text}: {:?}", numbered_titles(&doc));
    }
}

#[test]
fn a_section_number_with_a_zero_and_its_title_on_one_line_is_a_heading() {
    // PDF text of a template numbered 1.0, 1.1, 2.0: the title beside its
    // number, the section's first paragraph straight under it; the last
    // headings have text under them, no paragraph.
    let text = "1.0 Purpose of report\n1.1 To report progress against the plan.\n\
                2.0 Recommendations\n2.1 That the Committee:\n(a) notes the report.\n\
                3.0 Appendices\nAppendix 1 \u{2013} Audit plan progress\n\
                4.0 Background papers\nInternal Audit Plan 2025/26.\n";
    let doc = parse(text);
    assert_eq!(
        numbered_titles(&doc),
        [
            (Some("1.0"), "Purpose of report"),
            (Some("2.0"), "Recommendations"),
            (Some("3.0"), "Appendices"),
            (Some("4.0"), "Background papers")
        ]
    );
    assert_eq!(paragraph_numbers(&doc), ["1.1", "2.1", "a"]);
    // With blank lines, as a Word export writes it, the same.
    let doc = parse("1.0 Purpose of report\n\n1.1 To report progress.\n");
    assert_eq!(numbered_titles(&doc), [(Some("1.0"), "Purpose of report")]);
}

#[test]
fn a_number_with_a_zero_that_heads_no_section_is_a_paragraph() {
    for text in [
        // A version history: no paragraph of "First draft" under it.
        "Version history\n1.0 First draft\n2.0 Final\n",
        "Version history\n1.0 First draft\n1.1 Revised after comments\n2.0 Final\n",
        // A value in a table, and a sum carried on.
        "4.1 The costs are below.\n2.0 FTE\n3.0 FTE\n",
        "2.3 The grant is\n2.0 Million pounds a year.\n",
        // Out of sequence: 5.0 after 1.0's section, no 5.1 under it.
        "1.0 Purpose of report\n1.1 To report progress.\n5.0 Background Papers\nA list.\n",
        // A sentence.
        "1.0 The purpose of this report is to update Members.\n1.1 Text.\n",
    ] {
        let doc = parse(text);
        let zero: Vec<_> = numbered_titles(&doc)
            .into_iter()
            .filter(|(n, _)| n.is_some_and(|n| n != "1.0"))
            .collect();
        assert!(zero.is_empty(), "{text}: {:?}", numbered_titles(&doc));
        if !text.starts_with("1.0 Purpose") {
            assert!(
                doc.sections.iter().all(|s| s.number.is_none()),
                "{text}: {:?}",
                numbered_titles(&doc)
            );
        }
    }
}

#[test]
fn a_heading_opening_a_page_under_the_page_number_is_a_heading() {
    // pdftotext of an agenda pack: no running header, only the pack's
    // page number at the foot of each page, with no blank line round it;
    // the next page opens with a heading seen once.
    let text = "Background\n4.\nThe valuation measures the Fund.\n- 41 -\n\
                \u{c}Contribution rates from 1 April 2026\n5.\nThe table below shows the rates.\n\
                Resource Implications\n6.\nThe cost is met by the Fund.\n- 42 -\n\
                \u{c}Legal Implications\n7.\nThe Committee exercises the functions.\n- 43 -\n\u{c}";
    let doc = parse(text);
    let t: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        t,
        [
            "Background",
            "Contribution rates from 1 April 2026",
            "Resource Implications",
            "Legal Implications"
        ]
    );
    // The same with bare numbers that run from page to page.
    let bare = text.replace("- 4", "4").replace(" -\n", "\n");
    let doc = parse(&bare);
    let t: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(t.len(), 4, "{t:?}");
    assert!(t.contains(&"Legal Implications"), "{t:?}");
    // A sentence carried on over the page break is no heading: it carries
    // on paragraph 4.
    let text = "Background\n4.\nThe valuation measures the Fund and the\n- 41 -\n\
                \u{c}contributions employers pay\n5.\nMore text.\n";
    let doc = parse(text);
    let t: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(t, ["Background"]);
    assert!(doc.paragraphs[0].span.of(text).ends_with("employers pay"));
}

#[test]
fn a_number_alone_then_a_lead_in_is_a_paragraph() {
    let doc = parse(
        "Recommendations\n\n2.\n\nThe Fire Authority is recommended to:\n(a) approve the budget;\n(b) approve the precept.\n",
    );
    assert!(
        doc.sections.iter().all(|s| s.number.is_none()),
        "{:?}",
        titles(&doc)
    );
    let numbers = paragraph_numbers(&doc);
    assert_eq!(numbers, ["2", "a", "b"]);
}

#[test]
fn sub_paragraph_numbers_head_sections_with_their_own_children() {
    let doc = parse(
        "# 6. Implications\n\nAs follows.\n\n6.1  Financial implications\n\n6.1.1 None.\n\n\
         6.2  Legal implications\n\n6.2.1 None.\n\n6.3 A short point\n\n6.4 Another.\n",
    );
    assert_eq!(
        titles(&doc),
        [
            (1, "Implications".to_string()),
            (2, "Financial implications".to_string()),
            (2, "Legal implications".to_string())
        ],
        "6.3 has no 6.3.1 after it: a paragraph"
    );
}

#[test]
fn a_capitals_title_wrapped_onto_a_second_line() {
    let doc = parse(
        "1.1 Text.\n\n8.   WELL-BEING OF FUTURE GENERATIONS ACT 2015 /\n     DEDDF LLESIANT 2015\n\n8.1  The Council must act.\n",
    );
    let s = &doc.sections[0];
    assert_eq!(s.number.as_deref(), Some("8"));
    assert!(s.title.ends_with("DEDDF LLESIANT 2015"), "{}", s.title);
}

#[test]
fn a_run_in_paragraph_title_keeps_its_number() {
    let doc = parse(
        "## 2. Proposals\n\n2.7 The service will change.\n\n2.8 Improved Oversight: The director will have more oversight.\n\n2.9 Costs fall.\n",
    );
    let numbers = paragraph_numbers(&doc);
    assert_eq!(numbers, ["2.7", "2.8", "2.9"]);
}

/// Numbered sections with sub-paragraphs, then a list of documents under a
/// title that is a line of text, as `pdftotext` gives it.
const DOCUMENT_LIST: &str = "\
1. Purpose

1.1 The policy sets the fees.

2. Financial implications

2.1 The cost is met from the budget.
Supporting documentation
Background documents
1. Internal audit report: Seafront Concessions, 2024
2. Seafront Strategy 2023-2033
";

#[test]
fn numbered_entries_under_an_appendices_heading_are_no_headings_nor_a_part() {
    let text =
        "**11. BACKGROUND PAPERS**\n\nThe Local Plan adopted in 2019.\n\n**12. APPENDICES**\n\n\
                1. Local Plan Review – Preferred Options\n2. Sustainability Appraisal\n\
                3. Equality Impact Assessment\n";
    let doc = parse(text);
    assert_eq!(
        titles(&doc),
        [
            (1, "BACKGROUND PAPERS".to_string()),
            (1, "APPENDICES".to_string())
        ]
    );
    assert!(doc.parts.len() <= 1, "{:?}", doc.parts);
    // A number out of the list's count after it is the next section.
    let text = "**12. APPENDICES**\n\nNone.\n\n**13. BACKGROUND PAPERS**\n\nNone.\n";
    assert_eq!(parse(text).sections.len(), 2);
    let text = "12. APPENDICES\n\n1. Site plan\n\n13. BACKGROUND PAPERS\n\nNone.\n";
    assert_eq!(
        titles(&parse(text)),
        [
            (1, "APPENDICES".to_string()),
            (1, "BACKGROUND PAPERS".to_string())
        ]
    );
}

#[test]
fn numbered_lines_under_a_document_list_title_are_its_items() {
    let doc = parse(DOCUMENT_LIST);
    assert_eq!(
        titles(&doc),
        [
            (1, "Purpose".to_string()),
            (1, "Financial implications".to_string())
        ]
    );
    // Without "background documents" in the vocabulary, "2. Seafront
    // Strategy 2023-2033" reads as a second section 2.
    let vocab = Vocabulary {
        document_list_titles: Default::default(),
        ..Vocabulary::default()
    };
    let doc = parse_with(DOCUMENT_LIST, &vocab);
    assert_eq!(
        titles(&doc).last(),
        Some(&(1, "Seafront Strategy 2023-2033".to_string()))
    );
}

#[test]
fn headings_with_no_blank_line_around_them() {
    // pdftotext with no blank lines: capitals straight over the outline's
    // next number alone on its line.
    let text = "Contact: Jo Bloggs, 01632 960000,\njo.bloggs@example.org\nPURPOSE OF REPORT\n1.\n\
                To set out the procedure for the call-in.\nRECOMMENDATIONS\n2.\n\
                That the Board considers the call-in.\nFINANCIAL IMPLICATIONS\n3.\nThere are none.\n";
    let got: Vec<String> = titles_read(text, Vocabulary::builtin());
    assert_eq!(
        got,
        [
            "PURPOSE OF REPORT",
            "RECOMMENDATIONS",
            "FINANCIAL IMPLICATIONS"
        ]
    );
    // Not the next number, or capitals inside a sentence: no heading.
    let text = "1.\nTo set out the procedure.\nSEE ALSO\n7.\nThat the Board notes it.\n";
    assert!(
        parse(text).sections.is_empty(),
        "{:?}",
        titles(&parse(text))
    );
    // The pack's section titles, with text straight under them, under a
    // blank line or a sentence's end.
    let vocab = Vocabulary {
        section_titles: vec![
            "statutory officer comments".to_string(),
            "background papers".to_string(),
            "report author".to_string(),
        ]
        .into(),
        ..Vocabulary::default()
    };
    let text = "Risk Management\n13.\n\nThe main risks are in the register.\n\n\
                Statutory Officer Comments\nDirector of Law (Monitoring Officer): cleared by Jo Bloggs on 21 May 2025.\n\
                Background Papers\nTriennial actuarial valuation report, 31 March 2025.\n";
    let got: Vec<String> = titles_read(text, &vocab);
    assert_eq!(
        got,
        [
            "Risk Management",
            "Statutory Officer Comments",
            "Background Papers"
        ]
    );
    // Without the title in the pack, or under a sentence carried on, over
    // a sentence carried on, over another title, or with a colon: text.
    let plain_vocab = Vocabulary::default();
    assert_eq!(parse_with(text, &plain_vocab).sections.len(), 1);
    for text in [
        "Risk Management\n13.\n\nThe main risks are set out in the register, as in the\nBackground Papers\nof the Fund, as before.\n",
        "Risk Management\n13.\n\nThe risks are in the register.\nBackground Papers\nused in preparing it, listed below.\n",
        "Risk Management\n13.\n\nContents:\nBackground Papers\nStatutory Officer Comments\n",
        "Risk Management\n13.\n\nThe risks are in the register.\n\nReport Author:\nJo Bloggs, Head of Pensions Investment\n",
    ] {
        let doc = parse_with(text, &vocab);
        assert!(
            doc.sections.iter().all(|s| s.title != "Background Papers"
                && s.title != "Statutory Officer Comments"
                && s.title != "Report Author"),
            "{text}: {:?}",
            titles(&doc)
        );
    }
}

#[test]
fn capitals_headings_straight_over_numbered_sentences() {
    // pdftotext without -layout: no blank lines, each heading in capitals
    // straight over the outline's next paragraph, its number and sentence
    // on one line; the first under the front sheet's last line.
    let text = "Purpose: Approval\nAudit Committee – Agenda Item 8\nSUMMARY\n\
                1. This report presents the final statement for the year.\n\
                INTERNAL AUDIT ANNUAL OPINION\n2. The Head of Internal Audit gives an\n\
                annual opinion on the framework.\nRISK ANALYSIS\n\
                3. If the statement were not approved, the accounts could not be published.\n";
    let got: Vec<String> = titles_read(text, Vocabulary::builtin());
    assert_eq!(
        got,
        ["SUMMARY", "INTERNAL AUDIT ANNUAL OPINION", "RISK ANALYSIS"]
    );
    // Near misses: capitals under a sentence carried on, over a number
    // that is not the next, over a numbered heading, or a title wrapped
    // in capitals over the first paragraph: no heading.
    for (text, not) in [
        (
            "1. The Authority has adopted the\nCIPFA FRAMEWORK\n2. The framework is set out below in full.\n",
            "CIPFA FRAMEWORK",
        ),
        (
            "1. The Authority has adopted the framework.\nRISK ANALYSIS\n7. If the statement were not approved, the accounts could not be published.\n",
            "RISK ANALYSIS",
        ),
        (
            "1. The Authority has adopted the framework.\nRISK ANALYSIS\n2. Financial implications\n",
            "RISK ANALYSIS",
        ),
        (
            "1. The Authority has adopted the framework.\nNOTE:\n2. The framework is set out below in full.\n",
            "NOTE",
        ),
        (
            "Title: ANNUAL GOVERNANCE STATEMENT AND INTERNAL AUDIT\nANNUAL OPINION\n\
             1. This report presents the final statement for the year.\n",
            "ANNUAL OPINION",
        ),
    ] {
        let doc = parse(text);
        assert!(doc.sections.iter().all(|s| s.title != not), "{text}: {:?}", titles(&doc));
    }
}

#[test]
fn a_capitals_heading_with_a_letter_or_roman_number_keeps_the_number_apart() {
    let doc = parse(
        "Meeting: Resources Committee\n\nE. EVALUATION\n\n7. The options were scored.\n\nF. FINANCIAL IMPLICATIONS\n\n8. The cost is £5,000.\n\nIV. LEGAL IMPLICATIONS\n\n9. The Authority has the power.\n",
    );
    let heads = numbered_titles(&doc);
    assert_eq!(
        heads,
        [
            (Some("e"), "EVALUATION"),
            (Some("f"), "FINANCIAL IMPLICATIONS"),
            (Some("iv"), "LEGAL IMPLICATIONS"),
        ]
    );
}

#[test]
fn a_section_title_under_the_front_sheet_is_no_title_of_the_paper() {
    // The Subject field names the paper; the first bold heading under the
    // front sheet is a section when the pack knows its title.
    let text = "**COMMITTEE:** CABINET\n\n**DATE:** 2 JUNE 2025\n\n**SUBJECT:** LIBRARY REVIEW\n\n---\n\n**PURPOSE OF THE REPORT**\n\n1. This report sets out the review.\n\n**RECOMMENDATIONS**\n\n2. That Cabinet agrees the review.\n";
    let vocab = Vocabulary {
        section_titles: vec!["purpose of the report".to_string()].into(),
        ..Vocabulary::default()
    };
    let doc = parse_with(text, &vocab);
    assert!(doc.title.is_none(), "{:?}", doc.title);
    assert_eq!(
        doc.sections
            .iter()
            .map(|s| s.title.as_str())
            .collect::<Vec<_>>(),
        ["PURPOSE OF THE REPORT", "RECOMMENDATIONS"]
    );
    // A heading the pack does not know is still the paper's title there.
    let doc = parse_with(
        &text.replace("PURPOSE OF THE REPORT", "LIBRARY SERVICE REVIEW"),
        &vocab,
    );
    assert_eq!(
        doc.title.map(|t| t.text).as_deref(),
        Some("LIBRARY SERVICE REVIEW")
    );
}

#[test]
fn an_empty_key_over_the_first_heading_stays_empty() {
    // A line of prose ends the front sheet; the builder reads the key
    // after it. The pack's section title under it is the first heading,
    // not the key's value: the field is empty, as the author left it.
    let text = "COMMITTEE: CABINET\n\nDATE: 3 MAY 2025\n\nThe implications are set out in the table for members.\n\nWARDS AFFECTED:\n\nPURPOSE\n\n1. To report the plan.\n";
    let vocab = Vocabulary {
        section_titles: vec!["purpose".to_string()].into(),
        ..Vocabulary::default()
    };
    let doc = parse_with(text, &vocab);
    let wards = doc.fields.iter().find(|f| f.key == "WARDS AFFECTED");
    assert_eq!(
        wards.map(|f| f.value.as_str()),
        Some(""),
        "{:?}",
        doc.fields
    );
    assert!(doc.sections.iter().any(|s| s.title == "PURPOSE"));
}

#[test]
fn pandoc_escaped_numbers_read_as_plain_ones() {
    let text = "**1. Purpose**\n\n1\\. To set the budget.\n\n2\\. That Council:\n\n\
                a\\) approves the budget;\n\n\\(b) notes the risks.\n\n\
                **2. Background**\n\n3\\. Cabinet agreed it.\n\n4\\. See paragraph 3.\n\n\
                5\\. Appendices\n\nAppendix A – Budget\n";
    let doc = parse(text);
    assert_eq!(paragraph_numbers(&doc), ["1", "2", "a", "b", "3", "4", "5"]);
    // Read as the same text unescaped is.
    let plain = parse(&text.replace('\\', ""));
    assert_eq!(paragraph_numbers(&doc), paragraph_numbers(&plain));
    assert_eq!(numbered_titles(&doc), numbered_titles(&plain));
    // The number's span is the number as written, escape and all.
    let n = doc.paragraphs[4].number.as_ref().unwrap();
    assert_eq!(n.span.of(text), "3\\.");
    let n = doc.paragraphs[3].number.as_ref().unwrap();
    assert_eq!(n.span.of(text), "\\(b)");
    // A heading number escaped inside the bold.
    let doc = parse("**3\\. Background**\n\nText.\n");
    assert_eq!(numbered_titles(&doc), [(Some("3"), "Background")]);
}

#[test]
fn a_section_title_after_a_lead_and_a_dash_heads_its_text() {
    let vocab = Vocabulary {
        section_titles: vec!["background documents".to_string()].into(),
        ..Vocabulary::default()
    };
    let heads = |last: &str| {
        let text = format!(
            "Conclusions\n19.\n\nThe programme is in line with the strategy.\n\n{last}\n\
             The following documents discuss facts or matters on which this report is based.\n"
        );
        let doc = parse_with(&text, &vocab);
        doc.sections.iter().any(|s| s.title == last)
    };
    assert!(heads(
        "Section 100 D - Local Government Act 1972 - background documents"
    ));
    assert!(heads("Section 100D – Background documents"));
    // Straight under a list's labelled entry, as PDF text sets a list of
    // appendices over a statutory heading; not under a sentence that runs
    // on, nor under an entry whose label is a sentence's start.
    let under = |above: &str, last: &str| {
        let text = format!(
            "Conclusions\n19.\n\nThe programme is in line with the strategy.\n\n{above}\n{last}\n\
             The following documents discuss facts or matters on which this report is based.\n"
        );
        let doc = parse_with(&text, &vocab);
        doc.sections.iter().any(|s| s.title == last)
    };
    let statutory = "Local Government (Access to Information) Act 1985 – background documents";
    assert!(under(
        "Appendix B – Capital programme 2027/28 to 2029/30",
        statutory
    ));
    assert!(!under(
        "The documents below were relied on as required by the",
        statutory
    ));
    assert!(!under(
        "The documents the Treasurer relied on – as required by",
        statutory
    ));
    assert!(!under(
        "Appendix B – Capital programme 2027/28 to 2029/30",
        "Local Government Act 1972 – the documents relied on"
    ));
    assert!(!under(
        "Appendix 3 – Evidence base",
        "Appendix 4 – background documents"
    ));
    // A dashed line whose last part names no section stays text, as does
    // one whose lead is a sentence.
    assert!(!heads(
        "Section 100 D - Local Government Act 1972 - the documents relied on"
    ));
    assert!(!heads(
        "The following documents were relied on, as the Act requires - background documents"
    ));
}

#[test]
fn a_field_label_over_a_yes_or_no_with_no_colon_is_a_field() {
    let vocab = Vocabulary {
        field_keys: vec!["key decision".to_string()].into(),
        ..Vocabulary::default()
    };
    let text = "Background Papers\nParking Strategy 2024.\nTracking/ Process\n\
                Is this report exempt from call in on the grounds of urgency?\nNo\n\
                Key Decision\nYes\nScrutiny Committee\n15 January 2026\n\n1.\n\nIntroduction\n\n\
                1.1\n\nThe scheme goes on.\n";
    let doc = parse_with(text, &vocab);
    let f = doc
        .fields
        .iter()
        .find(|f| f.key == "Key Decision")
        .expect("read");
    assert_eq!(f.value, "Yes");
    assert_eq!(f.value_span.of(text), "Yes");
    assert_eq!(f.key_span.of(text), "Key Decision");
    // With a blank line between, too.
    let doc = parse_with("Key Decision\n\nNo\n\n1. Purpose\n\n1.1 Text.\n", &vocab);
    assert!(doc
        .fields
        .iter()
        .any(|f| f.key == "Key Decision" && f.value == "No"));
    // A heading that is no field label, or a label over more than an
    // answer, is no field.
    for text in [
        "Risks\nNo\n\n1. Text.\n",
        "Key Decision\nYes, because it spends more than £500,000.\n",
    ] {
        assert!(parse_with(text, &vocab).fields.is_empty(), "{text}");
    }
}

#[test]
fn a_question_answered_yes_or_no_on_its_line_is_a_field() {
    let vocab = Vocabulary {
        field_keys: vec![
            "key decision".to_string(),
            "is this a key decision".to_string(),
        ]
        .into(),
        ..Vocabulary::default()
    };
    // A county's cover (pdftotext): the answer after the question's `?`.
    let text = "Cabinet\nItem No: 11\nResponsible Director: Grant Ellery\n\
                Is this a Key Decision? Yes\n\
                If this is a Key Decision, date added to the Forward Plan of Key\nDecisions:\n\
                Introduction from Cabinet Member\n\n1. Background\n1.1 Text.\n";
    let doc = parse_with(text, &vocab);
    let f = doc
        .fields
        .iter()
        .find(|f| f.key == "Is this a Key Decision?")
        .expect("read");
    assert_eq!(f.value, "Yes");
    assert_eq!(f.value_span.of(text), "Yes");
    assert_eq!(f.key_span.of(text), "Is this a Key Decision?");
    // A question that holds the label, answered in bold.
    let doc = parse_with(
        "Is this report a key decision? **No**\n\n1. Purpose\n\n1.1 Text.\n",
        &vocab,
    );
    assert!(doc.fields.iter().any(|f| f.value == "No"));
    // Prose, a question naming no field, an answer with more after it, or
    // a question past the front sheet is no field.
    for text in [
        "Is this a key decision? Yes, because it spends more than £500,000.\n",
        "Is the budget enough? Yes\n",
        "1. Purpose\n\n1.1 Text.\n\nIs this a key decision? Yes\n",
    ] {
        assert!(parse_with(text, &vocab).fields.is_empty(), "{text}");
    }
}

#[test]
fn a_question_answered_by_tick_boxes_on_its_line_is_a_field() {
    let vocab = Vocabulary {
        field_keys: vec!["wards affected".to_string()].into(),
        ..Vocabulary::default()
    };
    // `pdftotext -layout` of a cover of questions, the answer qualified.
    let text = "Report of: Strategic Director

\
                Are specific wards affected?        ☐ Yes     ☒ No – All

\
                1 Executive Summary

1.1 Text.
";
    let doc = parse_with(text, &vocab);
    let f = doc
        .fields
        .iter()
        .find(|f| f.key == "Are specific wards affected?")
        .expect("read");
    assert_eq!(f.value, "No – All");
    assert_eq!(f.value_span.of(text), "☐ Yes     ☒ No – All");
    // No box ticked, or boxes whose labels cannot be paired: no field.
    for answer in ["☐ Yes     ☐ No", "Yes ☐ No ☒ see 4.2"] {
        let text = text.replace("☐ Yes     ☒ No – All", answer);
        let doc = parse_with(&text, &vocab);
        assert!(
            doc.fields
                .iter()
                .all(|f| !f.key.starts_with("Are specific")),
            "{answer}"
        );
    }
}

#[test]
fn a_title_under_a_sentence_over_the_next_number_alone_is_a_heading() {
    let doc = parse(
        "Report to: Audit Committee\nDate: 1 May 2025\n\nPurpose of Report\n1.\n\
         To present the statement for approval.\nRelevance to the Council's Plan\n2.\n\
         Good governance supports every priority.\nBackground\n3.\n\
         The statement is prepared each year.\nAnd the Council\n5.\nText.\n",
    );
    let t: Vec<String> = doc.sections.iter().map(|s| s.title.clone()).collect();
    assert_eq!(
        t,
        [
            "Purpose of Report",
            "Relevance to the Council's Plan",
            "Background"
        ]
    );
    // "And the Council" is over a number that does not come next.
    assert_eq!(paragraph_numbers(&doc)[..3], ["1", "2", "3"]);
}

#[test]
fn the_outlines_next_heading_may_hold_a_comma() {
    let doc = parse(
        "Report to: Roads Committee\n\n3        Discussion\n\n3.1      The plan is set out below.\n\n\
         4        Council Priorities, Implications and Risk\n\n4.1      The report helps the plan.\n\n\
         4.2      Jo Bloggs, Director of Roads\n\n4.3      More text.\n",
    );
    let t: Vec<String> = doc.sections.iter().map(|s| s.title.clone()).collect();
    assert_eq!(
        t,
        ["Discussion", "Council Priorities, Implications and Risk"]
    );
}

#[test]
fn a_named_document_in_brackets_cites_the_appendix_the_paper_lists() {
    let doc = parse(
        "## 1. Recommendations

1.1 That the Committee approves the Ashgrove Local Plan Review Publication Draft (Appendix 1).

1.2 The responses are in the Consultation Statement (Appendix 3), and the Fire Safety Framework (Appendix 2) sets the standard.

## 2. Appendices

Appendix 1 - Ashgrove Local Plan Review Publication Draft

Appendix 3 - Consultation Statement
",
    );
    let appendices: Vec<_> = doc
        .references
        .iter()
        .filter(|r| r.kind == ReferenceKind::Appendix)
        .map(|r| (r.target.as_str(), r.external))
        .collect();
    // Appendix 2 is not listed: it stays the framework's own.
    assert_eq!(appendices, [("1", false), ("3", false), ("2", true)]);
}

#[test]
fn a_pandoc_table_border_is_no_setext_underline() {
    // Pandoc's headerless table: the dash line that opened it closes it.
    let doc = parse(
        "**BOROUGH OF ASHGROVE**

  ----------------------------------------
  **Report to:**        Cabinet

  **Classification:**   Open
  ----------------------------------------

# 1. Summary

1.1 Text.
",
    );
    assert_eq!(numbered_titles(&doc), [(Some("1"), "Summary")]);
    // Column borders have spaces between their runs: no underline.
    let doc = parse("Intro text.\n\nKey        Value\n---------- ----------\n");
    assert!(
        doc.sections.iter().all(|s| s.style != HeadingStyle::Atx),
        "{:#?}",
        doc.sections
    );
    // A setext heading still is one, even when a rule of the same length
    // stands above it.
    let doc = parse("Text.\n\n-----\n\nBackground\n-----\n\nMore text.\n");
    assert_eq!(titles(&doc), [(2, "Background".to_string())]);
}

#[test]
fn a_heading_listing_its_topics_with_commas() {
    // A heading set apart that lists its topics with commas, one of them
    // the pack's section title, is a heading; without the title in the
    // pack, or after a name and a post, it is text.
    let vocab = Vocabulary {
        section_titles: vec!["equalities".to_string(), "legal implications".to_string()].into(),
        ..Vocabulary::default()
    };
    let heading = |text: &str, vocab: &Vocabulary| {
        parse_with(text, vocab)
            .sections
            .iter()
            .any(|s| s.title.starts_with("Community") || s.title.starts_with("Legal"))
    };
    for text in [
        "Background\n\n8.\n\nThe policy was set in 2024.\n\nCommunity, equalities (including socio-economic) and health impacts\n\n9.\n\nNo negative impacts were found.\n",
        "Background\n\n8.\n\nThe policy was set in 2024.\n\nLegal, financial and risk implications\n\nThe council has the power to act.\n",
    ] {
        assert!(heading(text, &vocab), "{text}");
        assert!(!heading(text, &Vocabulary::default()), "{text}");
    }
    for text in [
        "Background\n\n8.\n\nThe policy was set in 2024.\n\nLegal, Director of Law and Governance\n\n9.\n\nNo comments.\n",
        "Background\n\n8.\n\nThe policy was set in 2024.\n\nCommunity, and equalities. Health impacts\n\n9.\n\nNo comments.\n",
    ] {
        assert!(!heading(text, &vocab), "{text}");
    }
}

#[test]
fn a_section_title_wrapped_over_two_lines_by_a_narrow_cell_is_a_heading() {
    let text = "1. Consultation\n\n1.1 The policy was consulted on.\n\nContact person\n\nHarriet Moyle, Licensing Manager\n\nBackground\npapers\n\nStatement of Licensing Policy 2020\n";
    let vocab = Vocabulary {
        section_titles: vec![
            "background papers".to_string(),
            "contact person".to_string(),
        ]
        .into(),
        ..Vocabulary::default()
    };
    let doc = parse_with(text, &vocab);
    let heading = doc
        .sections
        .iter()
        .find(|s| s.title.starts_with("Background"))
        .expect("a heading");
    assert_eq!(
        heading.title.split_whitespace().collect::<Vec<_>>(),
        ["Background", "papers"]
    );
    assert_eq!(heading.heading.of(text), "Background\npapers");
    // Two lines that are no section title joined stay text.
    let doc = parse_with(
        &text.replace("Background\npapers", "Statement\napproved"),
        &vocab,
    );
    assert!(doc.sections.iter().all(|s| !s.title.contains("approved")));
}

/// The titles of the sections read in `text` with `vocab`.
fn titles_read(text: &str, vocab: &Vocabulary) -> Vec<String> {
    parse_with(text, vocab)
        .sections
        .iter()
        .map(|s| s.title.clone())
        .collect()
}

fn titled_vocab() -> Vocabulary {
    Vocabulary {
        section_titles: vec![
            "purpose of report".to_string(),
            "recommendations".to_string(),
            "background papers".to_string(),
            "appendices".to_string(),
        ]
        .into(),
        ..Vocabulary::default()
    }
}

#[test]
fn headings_numbered_without_a_dot_in_pdf_text() {
    // pdftotext with no -layout: blank lines between all lines.
    let text = "Report of: Head of Housing\n\n1 Purpose of report\n\n1.1 To set the rents for 2026/27.\n\n\
                2 Recommendations\n\n2.1 That Cabinet approves the rents.\n\n3 Rent setting\n\n\
                3.1 Rents rise by 4.8%.\n\n4 Appendices\n\nAppendix A – Rent schedule\n\n\
                5 Background papers\n\nNone.\n";
    let doc = parse_with(text, &titled_vocab());
    assert_eq!(
        numbered_titles(&doc),
        [
            (Some("1"), "Purpose of report"),
            (Some("2"), "Recommendations"),
            (Some("3"), "Rent setting"),
            (Some("4"), "Appendices"),
            (Some("5"), "Background papers"),
        ]
    );
    assert_eq!(paragraph_numbers(&doc), ["1.1", "2.1", "3.1"]);
    assert!(doc.parts.len() <= 1, "{:?}", doc.parts);
    // A title the pack knows with its first paragraph under it heads a
    // section even out of sequence (a number skipped).
    let doc = parse_with(
        "1.1 The rents.\n\n3 Recommendations\n\n3.1 That Cabinet approves.\n",
        &titled_vocab(),
    );
    assert_eq!(numbered_titles(&doc), [(Some("3"), "Recommendations")]);
}

#[test]
fn headings_numbered_without_a_dot_in_mid_page_pdf_text() {
    // pdftotext with no blank lines: each heading runs on from the last
    // line of the paragraph above it.
    let text = "1 Background\n1.1 The strategy dates from 2014.\n2 The new strategy\n\
                2.1 It has five objectives.\n3 Consultation\n3.1 There were 318 responses.\n\
                4 Appendices\nThese are listed below:\nAppendix A\nThe strategy\nAppendix B\n\
                Action plan 2026-2031: summary of\nconclusions\n5 Background papers\n\
                Document title\nHarnley strategy 2014\n";
    let doc = parse_with(text, &titled_vocab());
    assert_eq!(
        numbered_titles(&doc),
        [
            (Some("1"), "Background"),
            (Some("2"), "The new strategy"),
            (Some("3"), "Consultation"),
            (Some("4"), "Appendices"),
            (Some("5"), "Background papers"),
        ]
    );
    // The appendix list ends at the next numbered heading.
    let list = &doc.appendix_lists[0];
    assert!(!list.span.of(text).contains("Background papers"));
}

#[test]
fn a_number_in_running_text_is_no_dotless_heading() {
    let vocab = titled_vocab();
    let headed = |text: &str| titles_read(text, &vocab);
    // A sentence broken before a number, though the number comes next
    // and a title the pack knows follows it.
    assert!(
        headed("1.1 The details are set out in section\n2 Background papers\nbelow.\n").is_empty()
    );
    assert!(headed("1.1 The sites, listed in paragraph 1.2 and\n2 Recommendations\n").is_empty());
    // Running text with no blank line: a title the pack knows that is
    // not the outline's next number, and a next number with neither
    // its first paragraph nor a known title under it.
    assert!(headed("1.1 Text ends here.\n7 Background papers\n7.1 None.\n").is_empty());
    assert!(headed("1.1 The sites are these.\n2 Riverside Court\nThe second site.\n").is_empty());
    // A date after a finished sentence, its first paragraph after it.
    assert!(headed("2.4 The next meeting is below.\n3 March 2026\n3.1 The venue.\n").is_empty());
}

#[test]
fn a_short_line_opening_with_a_number_and_no_dot_is_no_heading_on_its_own() {
    let vocab = titled_vocab();
    let headed = |text: &str| titles_read(text, &vocab);
    // A list with no dots, in sequence but with no N.1 under it and no
    // section title: items.
    assert!(
        headed("1 Approve the scheme\n\n2 Note the risks\n\n3 Agree the timetable\n").is_empty()
    );
    // The next number in the outline, but neither its first paragraph
    // after it nor a title the pack knows: a count, a place.
    assert!(headed("1.1 The sites are:\n\n2 Riverside Court\n\nThe second site.\n").is_empty());
    // A date, though the next number's first paragraph comes after it.
    assert!(headed("2.4 The next meeting is on:\n\n3 March 2026\n\n3.1 The venue.\n").is_empty());
    // Out of sequence with no N.1 after it: a count of documents.
    assert!(headed("1.1 Text.\n\n7 Background papers\n\nNone.\n").is_empty());
    // In capitals, a capitals heading as before, its number kept.
    let doc = parse_with("1.1 Text.\n\n2 RECOMMENDATIONS\n\n2.1 Text.\n", &vocab);
    assert_eq!(doc.sections[0].style, HeadingStyle::Capitals);
    assert_eq!(doc.sections[0].number.as_deref(), Some("2"));
}

#[test]
fn a_section_laid_out_as_a_two_column_table_is_read_as_its_heading_and_paragraphs() {
    let text = "**REPORT DETAILS**\n\n\
         | **1.00** | **EXPLAINING THE FULL BUSINESS CASE** |\n\
         |---|---|\n\
         | 1.01 | The existing school was built in 1968 for 180 pupils. |\n\
         | 1.04 | The total project cost is made up as follows: |\n\
         | | Construction: £12.42 million |\n\
         | 1.06 | The project is funded by the Welsh Government. |\n\n\
         | **2.00** | **LEGAL IMPLICATIONS** |\n\
         |---|---|\n\
         | 2.01 | The Council has a duty under section 14 of the Education Act 1996. |\n";
    let doc = parse(text);
    assert_eq!(
        numbered_titles(&doc),
        vec![
            (None, "REPORT DETAILS"),
            (Some("1.00"), "EXPLAINING THE FULL BUSINESS CASE"),
            (Some("2.00"), "LEGAL IMPLICATIONS"),
        ]
    );
    assert_eq!(
        paragraph_numbers(&doc),
        vec!["1.01", "1.04", "1.06", "2.01"]
    );
    assert!(doc.tables.is_empty());
    // The row with no number is a line of text of section 1.00, its cell's
    // words alone.
    let plain = doc
        .paragraphs
        .iter()
        .find(|p| p.number.is_none())
        .expect("the row with no number");
    assert_eq!(plain.text.of(text), "Construction: £12.42 million");
    assert_eq!(
        doc.sections[plain.section.unwrap()].title,
        "EXPLAINING THE FULL BUSINESS CASE"
    );
}

#[test]
fn a_table_headed_by_a_section_title_row_is_that_section_over_a_table() {
    let vocab = Vocabulary {
        section_titles: vec![
            "recommendations".to_string(),
            "background papers".to_string(),
        ]
        .into(),
        ..Vocabulary::default()
    };
    let text = "**EXECUTIVE SUMMARY**\n\nThe report seeks approval of the Full Business Case.\n\n\
         | **RECOMMENDATIONS** | |\n\
         |---|---|\n\
         | 1 | That Cabinet approves the Full Business Case for the new school. |\n\
         | 2 | That Cabinet notes the Council's contribution of £3.71 million. |\n\n\
         **REPORT DETAILS**\n";
    let doc = parse_with(text, &vocab);
    let t: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        t,
        ["EXECUTIVE SUMMARY", "RECOMMENDATIONS", "REPORT DETAILS"]
    );
    // The rows under the title are the section's table, the title row no
    // row of it.
    assert_eq!(doc.tables.len(), 1);
    assert_eq!(doc.tables[0].section, Some(1));
    assert_eq!(doc.tables[0].rows.len(), 2);
    assert!(doc.tables[0]
        .span
        .of(text)
        .starts_with("| 1 | That Cabinet"));
    assert!(doc.sections[1].span.of(text).ends_with("£3.71 million. |"));
    // Near misses, each still one table and no section: a title the pack
    // does not know, a header row of column names, a title not set off in
    // bold or capitals, and a title row alone.
    for text in [
        "| **CABINET** | |\n|---|---|\n| **Date of Meeting** | 17 March 2026 |\n",
        "| **Background papers** | **Date** |\n|---|---|\n| Cabinet report | 2025 |\n",
        "| Background papers | |\n|---|---|\n| Cabinet report | 2025 |\n",
        "| **RECOMMENDATIONS** | |\n|---|---|\n",
    ] {
        let doc = parse_with(text, &vocab);
        assert!(doc.sections.is_empty(), "{text}");
        assert_eq!(doc.tables.len(), 1, "{text}");
    }
}

#[test]
fn a_table_whose_first_column_holds_figures_is_still_a_table() {
    // A header row of words over figures like section numbers.
    let doc = parse("| Charge | Stay |\n|---|---|\n| 1.50 | One hour |\n| 2.00 | Two hours |\n");
    assert!(doc.sections.is_empty());
    assert_eq!(doc.tables.len(), 1);
    // A header of numbers with no title, over rows of figures.
    let doc = parse("| **1.00** | **2.00** |\n|---|---|\n| 1.50 | 3.25 |\n");
    assert!(doc.sections.is_empty());
    assert_eq!(doc.tables.len(), 1);
    // Rows numbered for another section than the header's.
    let doc = parse("| **1.00** | **PURPOSE** |\n|---|---|\n| 2.01 | To agree the plan. |\n");
    assert!(doc.sections.is_empty());
    assert_eq!(doc.tables.len(), 1);
    // Three columns: an officers' table, not a section.
    let doc =
        parse("| **1.00** | **PURPOSE** | |\n|---|---|---|\n| 1.01 | To agree the plan. | x |\n");
    assert!(doc.sections.is_empty());
    assert_eq!(doc.tables.len(), 1);
}

/// A consultations list as PDF text gives it: no blank line between the
/// items, two of them wrapped onto a second line.
const CONSULTATIONS: &str = "1. BACKGROUND\n\
1.1 The offices were declared surplus in 2025.\n\
1.2 They were marketed in the autumn.\n\
CONSULTATIONS\n\
I confirm that the appropriate consultations have taken place:\n\
1. Scrutiny Committee – not applicable\n\
2. Local Member(s) – Cllr Alun Bevan was consulted on 12th January 2027 and\n\
supports the recommended option.\n\
3. Community / Town Council – the Town Council was informed on 14th\n\
January 2027.\n\
4. Relevant Partners – not applicable\n\
5. Staff Side Representatives and other Organisations – not applicable\n\
CABINET MEMBER PORTFOLIO HOLDER(S) AWARE/CONSULTED\n\
YES\n";

#[test]
fn a_list_set_line_by_line_whose_items_wrap_stays_a_list() {
    let doc = parse(CONSULTATIONS);
    // Items 1 and 4, short and straight over the next item, are items
    // like the rest, not headings with nothing under them.
    assert_eq!(
        numbered_titles(&doc)
            .iter()
            .filter(|(n, _)| n.is_some())
            .collect::<Vec<_>>(),
        [&(Some("1"), "BACKGROUND")]
    );
    assert_eq!(
        paragraph_numbers(&doc),
        ["1.1", "1.2", "1", "2", "3", "4", "5"]
    );
    // The continuation lines stay in their items.
    let second = doc
        .paragraphs
        .iter()
        .find(|p| p.number.as_ref().is_some_and(|n| n.label == "2"))
        .unwrap();
    assert!(second
        .text
        .of(CONSULTATIONS)
        .ends_with("supports the recommended option."));
}

#[test]
fn a_list_set_line_by_line_with_no_wrapped_neighbour_is_read_as_before() {
    // A line under item 2 that starts a new sentence is no continuation:
    // item 1 keeps the reading it had (a short title over an item).
    let text = CONSULTATIONS.replace(
        "12th January 2027 and\nsupports",
        "12th January 2027.\nThe Cabinet Member supports",
    );
    let doc = parse(&text);
    assert!(numbered_titles(&doc).contains(&(Some("1"), "Scrutiny Committee – not applicable")));
    // One of the pack's section titles or a title in capitals straight
    // over the next item, after the item before it, stays a heading.
    let vocab = Vocabulary {
        section_titles: vec!["financial implications".to_string()].into(),
        ..Vocabulary::default()
    };
    for title in ["Financial Implications", "RELEVANT PARTNERS"] {
        let text = CONSULTATIONS.replace(
            "4. Relevant Partners – not applicable",
            &format!("4. {title}"),
        );
        let doc = parse_with(&text, &vocab);
        assert!(
            numbered_titles(&doc).contains(&(Some("4"), title)),
            "{title}: {:?}",
            numbered_titles(&doc)
        );
    }
}

#[test]
fn a_code_on_a_line_of_its_own_is_no_heading() {
    // An officer's sign-off stamp closing a section, brackets escaped by
    // Pandoc or not, or bare: a paragraph of the section, not a heading.
    for stamp in [
        "\\[JB/03032027/P\\]",
        "[JB/03032027/P]",
        "(JB/03032027/P)",
        "JB/03032027/P",
    ] {
        let text = format!(
            "**6.0 Financial implications**\n\n6.1 The cost is met from budgets.\n\n{stamp}\n\n**7.0 Legal implications**\n\n7.1 The council has power.\n"
        );
        let doc = parse(&text);
        let got: Vec<String> = titles(&doc).into_iter().map(|t| t.1).collect();
        assert_eq!(
            got,
            ["Financial implications", "Legal implications"],
            "{stamp}"
        );
        let last = doc.sections[0].paragraphs.last().unwrap();
        assert_eq!(doc.paragraphs[*last].text.of(&text), stamp);
    }
    // Headings with words stay headings, figures and slashes or not.
    for heading in ["COVID-19", "BUDGET 2025/26", "[DRAFT]"] {
        let text = format!("{heading}\n\nThe council has power.\n\nMore text here.\n");
        let doc = parse(&text);
        assert!(
            titles(&doc).iter().any(|t| t.1 == heading) || doc.title.is_some(),
            "{heading}: {:?}",
            titles(&doc)
        );
    }
}

#[test]
fn numbered_headings_under_a_margin_common_to_every_line_head_sections() {
    // pdftotext -layout with a one-space left margin: each "1." is at the
    // margin, its paragraphs hang under it.
    let body = "1.     Purpose of report\n\n1.1    To present the annual report for\n       2026/27.\n\n2.     Recommendation\n\n2.1    The Panel is invited to comment.\n\n3.     Financial Implications\n\n3.1    The budget is £24.6 million.\n";
    let flush = parse(body);
    let margin: String = body
        .lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!(" {l}\n")
            }
        })
        .collect();
    let spaced = parse(&margin);
    let want = [
        (Some("1"), "Purpose of report"),
        (Some("2"), "Recommendation"),
        (Some("3"), "Financial Implications"),
    ];
    assert_eq!(numbered_titles(&flush), want);
    assert_eq!(numbered_titles(&spaced), want);
    assert_eq!(paragraph_numbers(&spaced), ["1.1", "2.1", "3.1"]);
    // The hanging line stays in its paragraph.
    let first = &spaced.paragraphs[0];
    assert!(first.text.of(&margin).contains("2026/27."), "{first:?}");
}

#[test]
fn two_section_titles_joined_by_a_slash_head_the_text_right_under_them() {
    let vocab = Vocabulary {
        section_titles: vec![
            "equality and diversity".to_string(),
            "public sector equality duty".to_string(),
        ]
        .into(),
        ..Vocabulary::default()
    };
    let titles = |text: &str| -> Vec<String> { titles_read(text, &vocab) };
    let text = "Report title\n\nEquality and Diversity / Public Sector Equality Duty\n\
                There are no direct implications. Equality considerations are included.\n";
    let t = titles(text);
    assert_eq!(
        t.last().map(String::as_str),
        Some("Equality and Diversity / Public Sector Equality Duty"),
        "{t:?}"
    );
    // One side not a title of the pack: no heading.
    let text = "Report title\n\nEquality and Diversity / Staff Networks\n\
                There are no direct implications. Equality considerations are included.\n";
    assert!(
        !titles(text).iter().any(|t| t.contains("Staff Networks")),
        "{:?}",
        titles(text)
    );
}

#[test]
fn text_struck_out_by_a_tracked_deletion_gives_no_reference_or_date() {
    // Pandoc's `--track-changes=all`: the paper as it will read once the
    // changes are accepted.
    let text = "Date of meeting: 5 March 2027\n\n## 1. Purpose\n\n1.1 The plan is in Appendix A[ and the costs in Appendix B]{.deletion author=\"Jo Bloggs\" date=\"2027-02-01T10:00:00Z\"}.\n\n1.2 Legal comments provided on [3 March 2027]{.deletion author=\"Jo Bloggs\" date=\"x\"}[1 March 2027]{.insertion author=\"Jo Bloggs\" date=\"x\"}.\n";
    let doc = parse(text);
    let targets: Vec<&str> = doc.references.iter().map(|r| r.target.as_str()).collect();
    assert_eq!(targets, ["A"]);
    let dates: Vec<&str> = doc.dates.iter().map(|d| d.span.of(text)).collect();
    assert_eq!(dates, ["5 March 2027", "1 March 2027"]);
    // Inserted text and other spans are read as ever.
    let kept = text.replace(".deletion", ".underline");
    assert_eq!(parse(&kept).references.len(), 2);
    assert_eq!(parse(&kept).dates.len(), 3);
}

/// A vocabulary with the section titles of a Devon-style paper.
fn considerations_vocab() -> Vocabulary {
    Vocabulary {
        section_titles: vec![
            "recommendation".to_string(),
            "background".to_string(),
            "legal considerations".to_string(),
            "recommendations".to_string(),
        ]
        .into(),
        ..Vocabulary::default()
    }
}

/// Headings numbered `1)`, `2)` … with their text straight under them, as
/// plain pdftotext gives a template that numbers its headings and not its
/// paragraphs.
const BRACKET_HEADINGS: &str = "Cabinet\n10 March 2027\nHighway Programme\n\n\
    1) Recommendation\nIt is recommended that Cabinet:\n(a) approves the programme;\n\
    (b) notes the risks.\n\n2) Background\nThe Council is the highway authority for the county.\n\
    It maintains 12,900 kilometres of road.\n\n3) Capital Funding for 2027/28\n\
    Table 1 sets out the funding available.\n\n4) Financial Considerations\n\
    The programme is funded in full.\n\n6) Legal Considerations\n\
    The Council has a duty under section 41 of the Highways Act 1980.\n\n\
    7) Environmental Impact Considerations (Including Climate Change, Sustainability\n\
    and Socio-economic)\nThe programme uses recycled materials.\n";

#[test]
fn headings_numbered_with_a_bracket_over_unnumbered_prose_are_the_outline() {
    let doc = parse_with(BRACKET_HEADINGS, &considerations_vocab());
    assert_eq!(
        numbered_titles(&doc),
        [
            (Some("1"), "Recommendation"),
            (Some("2"), "Background"),
            (Some("3"), "Capital Funding for 2027/28"),
            (Some("4"), "Financial Considerations"),
            // The skip is the numbering rule's to report, as a heading's.
            (Some("6"), "Legal Considerations"),
            (
                Some("7"),
                "Environmental Impact Considerations (Including Climate Change, Sustainability and Socio-economic)"
            ),
        ]
    );
    // The recommendations' (a) and (b) are the first section's.
    assert_eq!(doc.sections[0].paragraphs.len(), 3);
    // Written "1." with blank lines round each title, the same.
    let dotted = BRACKET_HEADINGS
        .replace(") Recommendation\n", ". Recommendation\n\n")
        .replace(") Background\n", ". Background\n\n")
        .replace(") Capital", ". Capital")
        .replace(") Financial", ". Financial")
        .replace(") Legal", ". Legal")
        .replace(") Environmental", ". Environmental");
    let doc = parse_with(&dotted, &considerations_vocab());
    assert_eq!(doc.sections.len(), 6, "{:?}", numbered_titles(&doc));
}

#[test]
fn numbered_lists_and_paragraphs_over_prose_are_no_outline() {
    let vocab = considerations_vocab();
    let headed = |text: &str| titles_read(text, &vocab);
    // Recommendations one a line: no prose under each.
    assert!(headed(
        "Recommendation\n\n1) Approve the plan\n2) Note the risks\n3) Agree the timetable\n\
         The plan is attached.\n"
    )
    .iter()
    .all(|t| t == "Recommendation"));
    // Numbered paragraphs: sentences, not titles.
    assert!(headed(
        "1) The Council agreed the plan in March 2026.\nIt was published in April.\n\
         2) The plan has five objectives.\nEach has its own measures.\n\
         3) Progress is reported each year.\nThe next report is due in May.\n"
    )
    .is_empty());
    // Two titles only.
    assert!(headed(
        "1) Recommendation\nIt is recommended that Cabinet approves it.\n\
         2) Background\nThe Council is the highway authority.\n"
    )
    .is_empty());
    // A number written alike that is no title between the titles: the
    // numbers are paragraphs'.
    assert!(headed(
        "1) Recommendation\nIt is recommended that Cabinet approves it.\n\
         2) The Council is the highway authority for the whole county.\nIt has many roads.\n\
         3) Background\nThe Council adopted its plan in 2025.\n\
         4) Legal Considerations\nThe Council has a duty to maintain highways.\n"
    )
    .is_empty());
    // A list of options, each over its text, names none of the pack's
    // sections.
    assert!(headed(
        "1. Do nothing\nThe service would continue to decline.\n\n\
         2. Outsource the service\nThis would cost more over five years.\n\n\
         3. Bring the service in-house\nThis is the option recommended.\n"
    )
    .is_empty());
}

#[test]
fn a_numbered_item_ending_in_a_dash_is_no_heading() {
    // An implications list whose items run on after a dash: an item with
    // its text on the next lines (a bullet, an "(a)") is an item too.
    let text = "1.1 The scheme is set out below.\n\nImplications of the Report\n\
        1. Financial – the changes save £0.55 million.\n2. HR – none.\n\
        3. Community Planning –\n• Our town is thriving – the changes support it.\n\
        4. Legal – the Council has the power.\n";
    let doc = parse_with(text, &titled_vocab());
    assert!(
        doc.sections.iter().all(|s| s.number.is_none()),
        "{:?}",
        numbered_titles(&doc)
    );
    assert_eq!(paragraph_numbers(&doc), ["1.1", "1", "2", "3", "4"]);
}

#[test]
fn a_dotless_heading_between_headings_is_read_without_its_first_paragraph() {
    // `7` has question labels under it, no 7.1; the last heading is 6 and
    // the next line numbered 8 heads a section with 8.1 under it.
    let text = "Report by Director\n\n5 Community Benefits\n5.1 The supplier offers placements.\n\
        6 Fair Work First\n6.1 The supplier pays the Real Living Wage.\n\
        7 Policy and Resource Implications\nResource Implications:\nFinancial:\n\
        The cost is met from the budget.\n8 Recommendations\n8.1 The Committee is asked to:\n\
        (a) approve the award.\n";
    let doc = parse_with(text, &titled_vocab());
    assert_eq!(
        numbered_titles(&doc),
        [
            (Some("6"), "Fair Work First"),
            (Some("7"), "Policy and Resource Implications"),
            (Some("8"), "Recommendations"),
        ]
    );
    // With no heading after it, or none before it numbered 6, the line
    // is text.
    let alone = "Report by Director\n\n5 Community Benefits\n5.1 The supplier offers placements.\n\
        6 Fair Work First\n6.1 The supplier pays the Real Living Wage.\n\
        7 Policy and Resource Implications\nResource Implications:\nThe cost is met.\n";
    assert_eq!(parse_with(alone, &titled_vocab()).sections.len(), 1);
    let unheaded = "6.1 The supplier pays the Real Living Wage.\n\
        7 Policy and Resource Implications\nResource Implications:\nThe cost is met.\n\
        8 Recommendations\n8.1 The Committee is asked to approve it.\n";
    assert!(parse_with(unheaded, &titled_vocab())
        .sections
        .iter()
        .all(|s| s.number.as_deref() != Some("7")));
}
/// Each appendix the paper declares: its label and where it was declared.
fn declared(doc: &Document) -> Vec<(&str, AppendixSource)> {
    doc.appendices
        .iter()
        .map(|d| (d.label.as_str(), d.source))
        .collect()
}

#[test]
fn an_appendix_page_whose_title_runs_straight_on_is_attached() {
    // Plain pdftotext: the appendix's first page opens with its label, its
    // title on the next line, no blank line between.
    let body = "Meeting: Cabinet\n\n1) Recommendation\n\nCabinet approves the programme in \
                Appendix I and Appendix 2.\n\nPage 44\n";
    let text = format!(
        "{body}\u{c}Appendix I\nTo CET/27/21\nHighway Maintenance Programme 2027/28\nScheme  Cost\n\n\
         Page 45\n\u{c}APPENDIX 2\nCartside Council\nEffective from 1 April 2028\n"
    );
    let doc = parse(&text);
    assert_eq!(
        declared(&doc),
        [
            ("I", AppendixSource::Heading),
            ("2", AppendixSource::Heading)
        ]
    );
    // A list's entries, each label over its title, stay a list; a label
    // that starts a sentence carried on is no heading.
    let listed = format!(
        "{body}\nAppendices\n\nAppendix I\nHighway Maintenance Programme\nAppendix 2\nSchemes\n"
    );
    let sources: Vec<_> = declared(&parse(&listed))
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    assert!(
        !sources.contains(&AppendixSource::Heading),
        "{:?}",
        parse(&listed).appendices
    );
    let sentence = format!("{body}\nAppendix I\nsets out the programme.\n");
    assert!(declared(&parse(&sentence)).is_empty());
    // Two words and a label only: "Appendix I to CET/27/21" is not read so.
    assert!(!builder::shapes::is_appendix_label_line(
        "Appendix I to CET/27/21"
    ));
    for label in [
        "Appendix I",
        "APPENDIX 12",
        "Annex B:",
        "Appendix One",
        "\u{c}Appendix X",
    ] {
        assert!(builder::shapes::is_appendix_label_line(label), "{label}");
    }
    for not in [
        "Appendix 0",
        "Appendix XI",
        "Appendix one",
        "Appendices 1",
        "Appendix 123",
    ] {
        assert!(!builder::shapes::is_appendix_label_line(not), "{not}");
    }
}

#[test]
fn an_implications_table_laid_across_the_page_is_read_column_by_column() {
    // A Welsh council's implications table as `pdftotext -layout` gives
    // it: names across, some wrapped, over one row of marks.
    let text = "IMPLICATIONS\n\n\
 Policy, Crime    Legal        Finance      ICT          Risk\n\
 & Disorder and                                          Management\n\
 Equalities                                              Issues\n\
 YES              YES          NONE         NONE         YES\n\n\
1. Legal\nThe Council has the power.\n";
    let doc = parse(text);
    let read: Vec<(&str, Mark)> = doc
        .implications
        .iter()
        .map(|i| (i.name.as_str(), i.mark))
        .collect();
    assert_eq!(
        read,
        [
            ("Policy, Crime & Disorder and Equalities", Mark::Yes),
            ("Legal", Mark::Yes),
            ("Finance", Mark::No),
            ("ICT", Mark::No),
            ("Risk Management Issues", Mark::Yes),
        ]
    );
    // A table whose last row is not all marks is no implications table.
    let figures = text.replace("YES              YES", "12               14");
    let doc = parse(&figures);
    assert!(doc.implications.is_empty(), "{:?}", doc.implications);
}

/// Pandoc's 72-column wrapping splits a long bold heading over two lines.
const WRAPPED_BOLD: &str = "# Housing enforcement\n\n\
    **4. Timetable for implementing this decision**\n\n\
    4.1 The policy takes effect from 1 November 2027.\n\n\
    **5. Comments from the Director of Finance and Resources and the\n\
    Director of Law and Governance**\n\n\
    **5.1 Financial implications**\n\n\
    Income from civil penalties is ring-fenced.\n\n\
    **6. Other implications**\n\n\
    **6.1 Implications for (or impact on) climate change and the\n\
    environment**\n\n\
    The policy will improve the worst homes.\n\n\
    **Has it been or will it be considered by any other\n\
    Council Committee?**\n\n\
    It has not been and will not be.\n";

#[test]
fn a_bold_heading_wrapped_over_two_lines_is_one_heading() {
    let doc = parse(WRAPPED_BOLD);
    assert_eq!(
        numbered_titles(&doc),
        [
            (None, "Housing enforcement"),
            (Some("4"), "Timetable for implementing this decision"),
            (
                Some("5"),
                "Comments from the Director of Finance and Resources and the Director of Law and Governance"
            ),
            (Some("5.1"), "Financial implications"),
            (Some("6"), "Other implications"),
            (
                Some("6.1"),
                "Implications for (or impact on) climate change and the environment"
            ),
            (
                None,
                "Has it been or will it be considered by any other Council Committee?"
            ),
        ]
    );
    // The heading spans both lines; 5.1 sits under 5.
    let five = &doc.sections[2];
    assert!(five.heading.of(WRAPPED_BOLD).ends_with("Governance**"));
    assert_eq!(doc.sections[3].level, five.level + 1);
}

#[test]
fn bold_runs_over_two_lines_that_are_no_heading() {
    for (text, why) in [
        (
            "# Report\n\n**This report contains exempt information and must\nnot be shared.**\n\nMore text.\n",
            "a sentence ends in a full stop",
        ),
        (
            "# Report\n\n**The Committee is asked to note the progress made on each of the\nactions in the plan and the risks to delivery set out in the report**\n\nMore text.\n",
            "more words than a heading has",
        ),
        (
            "# Report\n\n**Note: the figures in this report are provisional and\nsubject to audit**\n\nMore text.\n",
            "a label and its text",
        ),
        (
            "# Report\n\n**5. Comments from the Director of Finance and the\nDirector of Law**\nand more on the same paragraph.\n\nMore text.\n",
            "text runs on under it",
        ),
        (
            "# Report\n\n**5. Comments from the Director of Finance** and the\nDirector of **Law**\n\nMore text.\n",
            "bold in two runs",
        ),
    ] {
        let doc = parse(text);
        assert_eq!(
            titles(&doc),
            [(1, "Report".to_string())],
            "{why}: {:?}",
            titles(&doc)
        );
    }
}

#[test]
fn headings_written_number_dash_title_are_read() {
    // pdftotext -layout of a scrutiny template: `N – Title` indented two
    // spaces, text straight under most of them, no N.1 under some; the
    // second report of the pack starts again at 1; the last title's note
    // in brackets wraps onto the next line.
    let text = "  Committee:       Corporate Scrutiny Committee\n  Date:            18 March 2027\n\n\
        \x20 1 – Recommendation/s\n  The Committee is asked to:\n  R1     scrutinise the scorecard.\n\n\
        \x20 2 – Link to Council Plan / Other Corporate Priorities\n  The scorecard monitors the plan.\n\n\
        \x20 3 – Background / Context\n  3.1    The scorecard is produced each quarter.\n\n\
        \x20 4 - Background papers (please contact the author of the Report for any\n\
        \x20 further information):\n  Council Plan 2023-2028.\n\n\
        \x20 1 – Recommendation/s\n  The Committee is asked to agree the programme.\n\n\
        \x20 2 – Background / Context\n  2.1    The programme is set each year.\n";
    let doc = parse_with(text, &titled_vocab());
    assert_eq!(
        numbered_titles(&doc),
        [
            (Some("1"), "Recommendation/s"),
            (Some("2"), "Link to Council Plan / Other Corporate Priorities"),
            (Some("3"), "Background / Context"),
            (
                Some("4"),
                "Background papers (please contact the author of the Report for any further information)"
            ),
            (Some("1"), "Recommendation/s"),
            (Some("2"), "Background / Context"),
        ]
    );
    // A range or a score with a dash in running text heads nothing.
    let prose = "1.1 The Council rated the schemes from\n\
        3 – Good to 1 – Poor, and the panel met\n\
        2 - 3 times a year.\n1.2 The rest followed.\n";
    assert!(parse_with(prose, &titled_vocab()).sections.is_empty());
}

#[test]
fn a_section_title_heading_a_table_of_columns_heads_its_section() {
    // A closing section set as a Pandoc table: its title is the first
    // header cell, the others name the columns.
    let text = "## 1. Recommendations\n\n1.1 The Authority notes the report.\n\n\
        \x20 -----------------------------------------------------------------------\n\
        \x20 **Background Papers**              **Date**        **Source /\n\
        \x20                                                    Contact**\n\
        \x20 ---------------------------------- --------------- --------------------\n\
        \x20 Revenue Budget and Capital         24 February     Treasurer\n\
        \x20 Programme 2026/27                  2026\n\
        \x20 -----------------------------------------------------------------------\n";
    let doc = parse_with(text, &titled_vocab());
    let got = titles(&doc);
    assert!(got.iter().any(|(_, t)| t == "Background Papers"), "{got:?}");
    assert_eq!(doc.tables.len(), 1);
    // A one-word header cell (a register's `Risk` column) heads nothing.
    let risk = text.replace("**Background Papers**", "**Appendices**     ");
    let doc = parse_with(&risk, &titled_vocab());
    assert_eq!(doc.sections.len(), 1, "{:?}", titles(&doc));
}

#[test]
fn a_grid_table_row_numbered_under_its_section_is_a_sub_section() {
    // A Shetland-style implications table: a headerless Pandoc grid whose
    // left cells are bold numbers under the section's, labels wrapped.
    let text = "**5.0 Key Issues:**\n\n5.1 The launch is old.\n\n**6.0 Implications :**\n\n\
+----------------------------+----------------------------------+\n\
| **6.1** Equality,          | There are no equality            |\n\
| Diversity and Human        | implications.                    |\n\
| Rights:                    |                                  |\n\
+----------------------------+----------------------------------+\n\
| **6.2** Legal:             | The Council is the harbour       |\n\
|                            | authority.                       |\n\
+----------------------------+----------------------------------+\n\n\
**Contact Details:**\n\nJo Bloggs\n";
    let doc = parse(text);
    let got = numbered_titles(&doc);
    assert!(
        got.contains(&(Some("6.1"), "Equality, Diversity and Human Rights")),
        "{got:?}"
    );
    assert!(got.contains(&(Some("6.2"), "Legal")), "{got:?}");
    let implications = doc.sections.iter().position(|s| s.title == "Implications");
    let legal = doc.sections.iter().find(|s| s.title == "Legal").unwrap();
    assert_eq!(legal.parent, implications);
    // The text column is the sub-section's table; the labels are no fields.
    assert!(
        doc.fields.iter().all(|f| f.key != "Rights"),
        "{:?}",
        doc.fields
    );
    let table = doc.tables.iter().find(|t| {
        t.section
            == Some(
                doc.sections
                    .iter()
                    .position(|s| s.title == "Legal")
                    .unwrap(),
            )
    });
    assert_eq!(
        table.unwrap().rows[0].cells[0].text,
        "The Council is the harbour"
    );
    // Rows numbered under another section's number, or a number alone in
    // a data table's first cell, stay a table's rows.
    for other in [
        text.replace("**6.1** Equality,", "**2.1** Equality,")
            .replace("**6.2** Legal:", "**2.2** Legal:"),
        text.replace("**6.1** Equality,", "**6.1**          ")
            .replace("**6.2** Legal:", "**6.2**       "),
    ] {
        let doc = parse(&other);
        let got = numbered_titles(&doc);
        assert!(
            !got.iter()
                .any(|(n, _)| matches!(n, Some("6.1" | "6.2" | "2.1" | "2.2"))),
            "{got:?}"
        );
    }
}

#[test]
fn a_numbered_item_beside_a_label_column_is_the_list_s() {
    // pdftotext -layout keeps "Members Approve:" in a column of its own
    // beside the recommendations it leads in to.
    let text = "SUMMARY\n\n1       This report seeks approval to award a contract.\n\n\
RECOMMENDATIONS\n\n\
Members Approve:          (1)   the award of a design and build contract for the\n\
                          facilities building; and\n\n\
                          (2)   a project contingency of £148,600; and\n\n\
Members Note:             (3)   the revised programme.\n\n\
BACKGROUND\n\n2       The campsite has 96 pitches.\n";
    let doc = parse(text);
    let got = paragraph_numbers(&doc);
    assert_eq!(got, ["1", "1", "2", "3", "2"], "{got:?}");
    assert!(
        doc.fields.iter().all(|f| f.key != "Members Approve"),
        "{:?}",
        doc.fields
    );
    // One space after the colon: a field whose value opens with a bracket.
    let text = text.replace("Members Approve:          (1)", "Members Approve: (1)");
    let doc = parse(&text);
    assert!(
        doc.fields.iter().any(|f| f.key == "Members Approve"),
        "{:?}",
        doc.fields
    );
}

#[test]
fn a_number_over_its_title_then_a_blank_line_heads_its_section() {
    // pdftotext -layout: the number in its own column, the title under it,
    // a blank line, then the section's first paragraph.
    let doc = parse(
        "Report title\n\n1.\nPurpose of the report\n\n1.1 To present the plan.\n\n\
         2.\nRecommendations\n\n2.1 The Board is asked to approve it.\n",
    );
    assert_eq!(
        numbered_titles(&doc),
        [
            (None, "Report title"),
            (Some("1"), "Purpose of the report"),
            (Some("2"), "Recommendations")
        ]
    );
    // A number over a short line whose next paragraph is not its first
    // (a cell, a value) is a paragraph's.
    let doc = parse("Report title\n\n3.2 The site.\n\n1.\nGreen Lane\n\n3.3 The lane is closed.\n");
    assert_eq!(numbered_titles(&doc), [(None, "Report title")]);
}

#[test]
fn a_key_left_empty_among_one_line_fields_past_the_preamble_is_a_field() {
    // Read by the builder, under a page's head that ended the preamble
    // (`lynx -dump` of a modern.gov page); and by the front sheet's two
    // columns, where a label closed by its colon is no wrapped label.
    for text in [
        "Agenda item\n\nProposal to amalgamate two primary schools: consultation outcome\n\n     * Meeting of Cabinet, Tuesday, 20th April, 2027 2.00 pm (Item 9.)\n\n   To consider the report of the Corporate Director.\n\n   Report to:            Cabinet\n   Report author:        Jo Bloggs, School Organisation Manager\n                         jo.bloggs@example.gov.uk, 029 2018 0317\n   Ward(s) affected:\n   Key decision:         Yes\n   Status:               Public\n\n1. Purpose of the report\n\n   1.1 To report the outcome.\n",
        "   Report author:        Jo Bloggs, School Organisation Manager\n                         jo.bloggs@example.gov.uk, 029 2018 0317\n   Ward(s) affected:\n   Key decision:         Yes\n   Status:               Public\n\n1. Purpose of the report\n\n   1.1 To report the outcome.\n",
    ] {
        let doc = parse(text);
        let wards = doc.fields.iter().find(|f| f.key == "Ward(s) affected");
        assert!(wards.is_some_and(|f| f.is_empty()), "{:?}", doc.fields);
        assert!(doc.fields.iter().any(|f| f.key == "Report author"), "{:?}", doc.fields);
    }
    // Near misses: a key over a contact's parts, or over prose, is no
    // field left empty.
    for under in [
        "   Tel:                  01632 960000",
        "   The committee is asked to note the report.",
    ] {
        let text = format!("Agenda item\n\nProposal to amalgamate two primary schools: consultation outcome\n\n     * Meeting of Cabinet, Tuesday, 20th April, 2027 2.00 pm (Item 9.)\n\n   To consider the report of the Corporate Director.\n\n   Report to:            Cabinet\n   Report author:        Jo Bloggs\n   Contact:\n{under}\n\n1. Purpose of the report\n\n   1.1 To report the outcome.\n");
        let doc = parse(&text);
        assert!(
            doc.fields
                .iter()
                .all(|f| !(f.key == "Contact" && f.is_empty())),
            "{under}: {:?}",
            doc.fields
        );
    }
}
