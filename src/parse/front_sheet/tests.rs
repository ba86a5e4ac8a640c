use crate::parse::parse;

fn fields(text: &str) -> Vec<(String, String)> {
    pairs(&parse(text))
}

/// The key and value of each of `doc`'s fields.
pub(super) fn pairs(doc: &crate::document::Document) -> Vec<(String, String)> {
    doc.fields
        .iter()
        .map(|f| (f.key.clone(), f.value.clone()))
        .collect()
}

pub(super) fn pair(k: &str, v: &str) -> (String, String) {
    (k.to_string(), v.to_string())
}

#[test]
fn values_after_blank_lines_and_over_several_lines() {
    let text = "From:\n\nCouncillor Ann Other, Cabinet Member for Parks,\nJo Bloggs, Director of Place\n\nTo:\n\nCabinet – 4 March 2025\n\nSubject:\n\nAllotment Rents\n\nClassification:\n\nUnrestricted\n\nSummary: This report sets out the rents.\n";
    let doc = parse(text);
    let got = pairs(&doc);
    assert_eq!(
        got[..4],
        [
            pair(
                "From",
                "Councillor Ann Other, Cabinet Member for Parks, Jo Bloggs, Director of Place"
            ),
            pair("To", "Cabinet – 4 March 2025"),
            pair("Subject", "Allotment Rents"),
            pair("Classification", "Unrestricted"),
        ]
    );
    let to = &doc.fields[1];
    assert_eq!(to.value_span.of(text), "Cabinet – 4 March 2025");
    // The value is no heading.
    assert!(doc.sections.iter().all(|s| s.title != "Unrestricted"));
    // One value gives the meeting and its date.
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-04");
}

#[test]
fn tab_indented_values_and_a_date_that_looks_like_a_number() {
    let text = "Meeting:\n\tLicensing Committee\nDate:\n\n12 June 2024\nWards affected:\n\tAll\n\n\nPURPOSE OF REPORT\n\n1.\tTo review the policy.\n";
    assert_eq!(
        fields(text),
        [
            pair("Meeting", "Licensing Committee"),
            pair("Date", "12 June 2024"),
            pair("Wards affected", "All"),
        ]
    );
    let doc = parse(text);
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2024-06-12");
}

#[test]
fn bulleted_bold_fields() {
    let text = "# Any Council\n\n- **Meeting:** Cabinet\n- **Date:** 1 May 2024\n- **Wards affected:** All\n\n## 1. Summary\n\n1.1 Text.\n";
    assert_eq!(
        fields(text),
        [
            pair("Meeting", "Cabinet"),
            pair("Date", "1 May 2024"),
            pair("Wards affected", "All"),
        ]
    );
    assert!(parse(text).paragraphs.iter().all(|p| p.number.is_some()));
}

#[test]
fn bulleted_fields_with_wrapped_values_and_a_nested_list() {
    // Pandoc's bullets: a value wrapped under the item's text, and the
    // contact as a list nested under its key.
    let text = "# Constitution Committee\n\n-   **Meeting:** Constitution Committee\n-   **Date:** Wednesday 20 October 2027\n-   **Title:** Review of the Council Procedure Rules: petitions, public\n    questions and notices of motion\n-   **Report of:** Director of Law and Governance\n-   **Contact:**\n    -   Jo Bloggs, Principal Democratic Services Officer\n    -   Tel: 01632 960 218\n    -   Email: <jo.bloggs@example.gov.uk>\n-   **Wards:** All\n\n## 1. Purpose\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc),
        [
            pair("Meeting", "Constitution Committee"),
            pair("Date", "Wednesday 20 October 2027"),
            pair(
                "Title",
                "Review of the Council Procedure Rules: petitions, public questions and notices of motion"
            ),
            pair("Report of", "Director of Law and Governance"),
            pair(
                "Contact",
                "Jo Bloggs, Principal Democratic Services Officer Tel: 01632 960 218 Email:"
            ),
            pair("Wards", "All"),
        ]
    );
    assert!(doc.fields[4]
        .value_span
        .of(text)
        .ends_with("example.gov.uk>"));
    // Near miss: a key over a longer list nested under it is no value.
    let long = "# Cabinet\n\n-   **Meeting:** Cabinet\n-   **Date:** 1 May 2024\n-   **Options:**\n    -   one\n    -   two\n    -   three\n    -   four\n    -   five\n\n## 1. Purpose\n\n1.1 Text.\n";
    let doc = parse(long);
    assert!(
        doc.fields.iter().all(|f| !f.value.contains("one")),
        "{:?}",
        doc.fields
    );
}

#[test]
fn a_heading_over_prose_ends_the_front_sheet() {
    let text = "Report to: Cabinet\nDate: 1 May 2024\n\nPurpose of the Report:\n\nThis report sets out the proposed allocation of the budget across the programme for the year.\n";
    // The prose is no value (the builder keeps the label as it did).
    let doc = parse(text);
    assert!(doc.fields.iter().all(|f| !f.value.contains("allocation")));
    assert!(doc
        .paragraphs
        .iter()
        .any(|p| p.text.of(text).starts_with("This report")));
    // An empty field before the next key stays empty.
    let empty = fields("Wards affected:\n\nKey decision:\n\nNo\n");
    assert_eq!(
        empty,
        [pair("Wards affected", ""), pair("Key decision", "No")]
    );
}

#[test]
fn a_meeting_and_its_date_after_a_colon_under_to() {
    let doc = parse("To:\n\nCounty Council: 13 March 2025\n\nSubject:\n\nBudget\n");
    assert_eq!(doc.fields[0].key, "To");
    assert_eq!(doc.fields[0].value, "County Council: 13 March 2025");
    assert_eq!(doc.meetings[0].name, "County Council");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-13");
}

#[test]
fn a_value_wrapped_after_a_colon() {
    let text = "Subject:\n\nParks and Open Spaces Strategy Refresh and Terms of Reference:\nUpdate\n\nStatus: Open\n";
    assert_eq!(
        fields(text)[0],
        pair(
            "Subject",
            "Parks and Open Spaces Strategy Refresh and Terms of Reference: Update"
        )
    );
}

#[test]
fn a_committee_under_the_councils_name_is_the_meeting() {
    let text = "NORTHWOLD COUNTY COUNCIL\n\nCABINET\n\nDATE: 9 JULY 2024\n\nREPORT OF: DIRECTOR\n";
    let doc = parse(text);
    assert_eq!(doc.meetings[0].name, "CABINET");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2024-07-09");
    // The council's name over two lines names no meeting.
    let split = parse("Northwold\nCounty Council\n\nDate: 9 July 2024\n");
    assert!(split.meetings.iter().all(|m| m.name.is_empty()));
}

#[test]
fn a_heading_naming_the_meeting_and_its_date() {
    let doc = parse("# Cabinet – 5th February 2025\n\n## Parks Strategy\n\nReport of: Director\n");
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-02-05");
    let title = parse("# Charges from 1 April 2026\n\nReport of: Director\n");
    assert!(title.meetings.is_empty());
    // The heading under the meeting's is the paper's title.
    assert_eq!(doc.title.unwrap().text, "Parks Strategy");
}

#[test]
fn a_heading_under_the_meetings_heading_is_the_title() {
    let vocab = crate::parse::Vocabulary {
        section_titles: vec!["purpose".to_string(), "summary".to_string()].into(),
        ..(**crate::parse::Vocabulary::builtin()).clone()
    };
    let title = |text: &str| {
        let doc = crate::parse::parse_with(text, &vocab);
        doc.title.map(|t| (t.text, t.span.of(text).to_string()))
    };
    let fields = "Report of: Head of Audit, Risk and Assurance\\\nReport author: Kamal Haider, Risk and Insurance Manager\\\nWards affected: None specific\n\n**Summary**\n\nThe Committee reviews the arrangements.\n";
    let paper = |head: &str| format!("{head}{fields}");
    let annual = "Annual Review of Risk Management and the Strategic Risk Register";
    let want = Some((annual.to_string(), annual.to_string()));
    // Under the council's name in bold and the meeting with its date.
    let text = paper(&format!(
        "**SEVERNVALE COUNCIL**\n\n# Audit Committee – 22 April 2027\n\n## {annual}\n\n"
    ));
    assert_eq!(title(&text), want);
    // In place of the council's name, the first heading.
    let text = paper(&format!(
        "# Severnvale Council\n\n## Executive – 4 November 2025\n\n### {annual}\n\n"
    ));
    assert_eq!(title(&text), want);
    // Under the committee's name and a date set as two headings.
    let text = paper(&format!(
        "# SEVERNVALE COUNCIL\n\n## CABINET\n\n## 16 March 2026\n\n## {annual}\n\n"
    ));
    assert_eq!(title(&text), want);
    // A numbered heading or the pack's section title under the meeting's
    // opens the body: no title; nor is a heading under a committee's name
    // with no date, or one with prose between it and the fields.
    for head in [
        "**SEVERNVALE COUNCIL**\n\n# Audit Committee – 22 April 2027\n\n## 1. Purpose of the report\n\n",
        "**SEVERNVALE COUNCIL**\n\n# Audit Committee – 22 April 2027\n\n## Purpose\n\n",
        "**SEVERNVALE COUNCIL**\n\n# Audit Committee – 22 April 2027\n\n## Report of the Head of Audit\n\n",
        "**SEVERNVALE COUNCIL**\n\n# Audit Committee\n\n## Annual Review of Risk Management\n\n",
        "**SEVERNVALE COUNCIL**\n\n# Audit Committee – 22 April 2027\n\n## Annual Review of Risk Management\n\nThe Committee is asked to note the review of the policy and the register.\n\n",
    ] {
        assert_eq!(title(&paper(head)), None, "{head}");
    }
    // A paper whose first heading is its title keeps it over its first
    // section.
    let text = paper(&format!("# {annual}\n\n## Background\n\n"));
    assert_eq!(title(&text), want);
}

#[test]
fn header_tables() {
    let across = "| Meeting | Date | Wards |\n|---|---|---|\n| Council | 3 April 2025 | All |\n";
    assert_eq!(
        fields(across),
        [
            pair("Meeting", "Council"),
            pair("Date", "3 April 2025"),
            pair("Wards", "All"),
        ]
    );
    let named = "| Field | Value | Notes |\n|---|---|---|\n| Meeting | Executive | budget |\n| Status | Open | |\n";
    assert_eq!(
        fields(named),
        [pair("Meeting", "Executive"), pair("Status", "Open")]
    );
    let unlabelled =
        "| Audit Committee | 18 June 2024 |\n|---|---|\n\n| Classification | Public |\n|---|---|\n";
    let doc = parse(unlabelled);
    assert_eq!(doc.meetings[0].name, "Audit Committee");
    let cells = "TITLE\tBus Shelters\nAuthor: Jo Bloggs\tJob title: Transport Manager\n";
    assert_eq!(
        fields(cells),
        [
            pair("TITLE", "Bus Shelters"),
            pair("Author", "Jo Bloggs"),
            pair("Job title", "Transport Manager"),
        ]
    );
    // A one-row header whose cells are bold-labelled fields.
    let bold = "| **Item No.** | **Classification:** Open | **Date:** 4 February 2026 | **Decision Taker:** Cabinet Member for Parks |\n|---|---|---|---|\n\n**Report title:** Park Byelaws\n";
    let doc = parse(bold);
    assert_eq!(
        pairs(&doc),
        [
            pair("Classification", "Open"),
            pair("Date", "4 February 2026"),
            pair("Decision Taker", "Cabinet Member for Parks"),
            pair("Report title", "Park Byelaws"),
        ]
    );
    assert_eq!(doc.fields[1].value_span.of(bold), "4 February 2026");
    assert_eq!(doc.fields[1].span.of(bold), "**Date:** 4 February 2026");
}

#[test]
fn a_value_wrapped_under_itself_with_a_hanging_indent() {
    let text = "Title:   Acquisition of the former Mill Lane Depot for affordable\n         housing\n\nDirector:\nAnn Other\nCorporate Director – Place\n\nContact officer:\nJo Bloggs, Housing Manager\nTel: 01632 960000\n\n1. Purpose\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(
        fields(text)[..4],
        [
            pair(
                "Title",
                "Acquisition of the former Mill Lane Depot for affordable housing"
            ),
            pair("Director", "Ann Other Corporate Director – Place"),
            pair("Contact officer", "Jo Bloggs, Housing Manager"),
            pair("Tel", "01632 960000"),
        ]
    );
    assert_eq!(
        doc.fields[0].value_span.of(text),
        "Acquisition of the former Mill Lane Depot for affordable\n         housing"
    );
    assert!(doc.paragraphs.iter().all(|p| p.text.of(text) != "housing"));
    // A line under the value that is not indented, or is another key,
    // is no part of it.
    let flush = "Subject: Parks\nStrategy refresh\n\nStatus: Open\n";
    assert_eq!(fields(flush)[0], pair("Subject", "Parks"));
    let keys = "Subject:   Parks\n   Status: Open\n";
    assert_eq!(
        fields(keys),
        [pair("Subject", "Parks"), pair("Status", "Open")]
    );
}

#[test]
fn a_long_wrapped_value_does_not_end_the_header() {
    // Read line by line, the wrapped value would be a paragraph of more
    // than thirty words before the meeting field.
    let text = "By:       Cllr Ann Other, Cabinet Member for Environment and\n          Transport, and Jo Bloggs, Corporate Director for Growth,\n          Environment and Transport, with the Head of Highways Asset\n          Management and the Head of Property and Estates\n\nTo:       Cabinet – 20 March 2025\n\nSubject:  Depot disposal\n";
    let doc = parse(text);
    assert_eq!(doc.fields[0].key, "By");
    assert!(doc.fields[0]
        .value
        .ends_with("Head of Property and Estates"));
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-20");
    // A long notice over the fields does not end the header before them.
    let notice = "This report contains information that the public may read in full, and the appendices to it are also open to the public unless the agenda says that an item is to be considered in private session.\n\nMeeting: Cabinet\nDate: 20 March 2025\n";
    let doc = parse(notice);
    assert_eq!(doc.meetings[0].name, "Cabinet");
}

#[test]
fn a_bilingual_title_block_names_the_meeting() {
    let text = "CYNGOR SIR Y DYFFRYN\nVALE COUNTY COUNCIL\n\nADRODDIAD I'R CABINET / REPORT TO CABINET\n\nDyddiad y cyfarfod / Date of meeting:   Tuesday, 25 March 2025\n\nTeitl / Title:   Allotment Rents\n";
    let doc = parse(text);
    // The council's name over two lines is no field.
    assert_eq!(doc.fields[0].key, "Dyddiad y cyfarfod / Date of meeting");
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(doc.meetings[0].name, "CABINET");
    assert_eq!(doc.meetings[0].name_span.of(text), "CABINET");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-25");
    // A key in capitals over a council as its value still is one.
    let to = parse("REPORT TO\nFULL COUNCIL\n\nDate: 3 March 2025\n");
    assert_eq!(to.fields[0].key, "REPORT TO");
    assert_eq!(to.fields[0].value, "FULL COUNCIL");
}

#[test]
fn a_heading_naming_the_committee_over_the_fields() {
    let setext = "Westmarch District Council\n==========================\n\nPlanning Policy Committee\n-------------------------\n\n- **Date:** 26 February 2025\n- **Subject:** Plan review\n";
    let doc = parse(setext);
    assert_eq!(doc.meetings[0].name, "Planning Policy Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-02-26");
    let report_to = "Westmarch Borough Council\n=========================\n\nReport to Council\n-----------------\n\nDate of meeting: 28/01/2025\n";
    let doc = parse(report_to);
    assert_eq!(doc.meetings[0].name, "Council");
    assert_eq!(doc.meetings[0].name_span.of(report_to), "Council");
    let atx = "# Westmarch Borough Council\n\n## Cabinet\n\nDate of meeting:\tTuesday, 8 April 2025\nReport title:\tPitches\n";
    assert_eq!(parse(atx).meetings[0].name, "Cabinet");
    // The council's name at the head of the paper is not the meeting.
    let council = "# Westmarch County Council\n\nDate: 3 March 2025\nTitle: Foo\n";
    assert!(parse(council).meetings.is_empty());
    // Nor is a heading after the first field.
    let late = "Date: 3 March 2025\nTitle: Foo\n\n## Audit Committee\n\nText.\n";
    assert!(parse(late).meetings.is_empty());
}

#[test]
fn a_date_alone_under_the_committees_name() {
    let text = "WESTMARCH BOROUGH COUNCIL\n\nCabinet\n3 March 2025\n\nTitle: Foo\n\n1. Purpose\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-03");
    // With the meeting given again by a field, as PDF covers do.
    let pdf = "Westmarch County Council\n\nExecutive\n12 March 2025\n\nReport to:\n\nExecutive\n\nTitle:\n\nSchool Transport\n";
    let doc = parse(pdf);
    assert_eq!(doc.meetings[0].name, "Executive");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-12");
    // A date under a line that names no committee is not the meeting's.
    let other =
        "WESTMARCH BOROUGH COUNCIL\n\nParks Strategy\n3 March 2025\n\nReport to:\n\nCabinet\n";
    let doc = parse(other);
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert!(doc.meetings[0].date.is_none());
}

#[test]
fn a_date_set_as_a_heading_under_the_committees_name() {
    let atx = "# LONDON BOROUGH OF WESTMARCH\n\n## CABINET\n\n## 16 March 2026\n\n| **Title** | Temporary homes |\n| **Wards affected** | All |\n\n### 1. Summary\n\n1.1 Text.\n";
    let doc = parse(atx);
    assert_eq!(doc.meetings[0].name, "CABINET");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-03-16");
    let setext = "Westmarch District Council\n==========================\n\nCabinet\n-------\n\n16 March 2026\n-------------\n\n- **Subject:** Plan review\n";
    let doc = parse(setext);
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-03-16");
    // Under a heading that names no committee, or with a heading between,
    // the date is not the meeting's.
    for text in [
        "# LONDON BOROUGH OF WESTMARCH\n\n## Temporary homes\n\n## 16 March 2026\n\nMeeting: Cabinet\n",
        "# LONDON BOROUGH OF WESTMARCH\n\n## CABINET\n\n## Temporary homes\n\n## 16 March 2026\n\nSubject: Homes\n",
    ] {
        let doc = parse(text);
        assert!(doc.meetings.iter().all(|m| m.date.is_none()), "{text}");
    }
}

#[test]
fn date_lines() {
    assert!(super::is_date_line("12 March 2025"));
    assert!(super::is_date_line("Tuesday, 25 March 2025"));
    assert!(super::is_date_line("**3rd June 2024**"));
    assert!(!super::is_date_line("March 2025"));
    assert!(!super::is_date_line("12 March"));
    assert!(!super::is_date_line("Report dated 12 March 2025"));
    assert!(!super::is_date_line("12 March 2025 to 14 March 2025"));
}

#[test]
fn the_forward_timetable_is_left_to_the_builder() {
    let text = "FORWARD TIMETABLE OF CONSULTATION AND MEETINGS:\n\nCabinet\n\n8th April 2024\n";
    let doc = parse(text);
    assert!(doc.fields.is_empty(), "{:?}", doc.fields);
    assert_eq!(doc.meetings[0].name, "Cabinet");
}

#[test]
fn meeting_lines_in_other_layouts() {
    let meeting = |text: &str| {
        let doc = parse(text);
        let m = doc.meetings.first().expect(text);
        (m.name.clone(), m.date.map(|d| d.value.iso()))
    };
    let with_date = |name: &str| (name.to_string(), Some("2025-03-20".to_string()));
    // The meeting's line straight under the first field.
    let text = "Report Title: Members' Allowances\nFull Council – 20 March 2025\n\nBramble County Council\n\nReport of: Director of Law\n";
    assert_eq!(meeting(text), with_date("Full Council"));
    // "<body> meeting – <date>" in bold.
    let text = "# Fellside Park Authority\n\n**Authority meeting – 20 March 2025**\n\n- **Report by:** Director of Planning\n- **Status:** Open\n";
    assert_eq!(meeting(text), with_date("Authority meeting"));
    // A prose line: label, body, weekday and date.
    let text = "OAKHAM TOWN COUNCIL\n\nReport to the Finance and General Purposes Committee, Thursday 20th March 2025\n\nSubject: Play equipment\nFrom: Town Clerk\n";
    assert_eq!(
        meeting(text),
        with_date("Finance and General Purposes Committee")
    );
    // pdftotext columns: the committee, a wide gap, the agenda item.
    let text = "        ASHBY DISTRICT COUNCIL\n\nPLANNING COMMITTEE          Agenda Item 6\n\nDate of meeting:   Thursday 20 March 2025\n\nReport of:   Head of Planning\n";
    assert_eq!(meeting(text), with_date("PLANNING COMMITTEE"));
    // Under page-header fields: "Report to" and the body, a dash, the date.
    let text = "Item: 9\nPage: 141\n\nREPORT TO INFRASTRUCTURE SERVICES COMMITTEE – 20 MARCH 2025\n\nROADS ASSET PLAN 2026/27\n\n1 Executive Summary\n\n1.1 This report sets out the plan.\n";
    assert_eq!(
        meeting(text),
        with_date("INFRASTRUCTURE SERVICES COMMITTEE")
    );
    let text = "Item: 9\nPage: 141\n\nReport to Infrastructure Services Committee – 20 March 2025\n\nRoads asset plan\n\n1.1 This report sets out the plan.\n";
    assert_eq!(
        meeting(text),
        with_date("Infrastructure Services Committee")
    );
}

#[test]
fn a_front_sheet_of_label_and_value_pairs_side_by_side() {
    let text = "FENWAY BOROUGH COUNCIL\n\nDate of meeting\t15 May 2025\tKey decision\tNo\nSubject\tStreet Trading Policy\nReport of\tHead of Regulation\tWards affected\tTown Centre; Quayside\n\n# 1. Purpose\n\n1.1 Text.\n";
    let got = fields(text);
    for pair in [
        ("Date of meeting", "15 May 2025"),
        ("Key decision", "No"),
        ("Subject", "Street Trading Policy"),
        ("Report of", "Head of Regulation"),
        ("Wards affected", "Town Centre; Quayside"),
    ] {
        assert!(
            got.contains(&(pair.0.to_string(), pair.1.to_string())),
            "{pair:?} in {got:?}"
        );
    }
    // A row of column headings is no pairs: every cell is a label.
    let text = "Report of: Head of Regulation\n\n| Version | Date | Author | Change |\n|---|---|---|---|\n| One | 3 May 2025 | Jo Bloggs | First draft |\n| Two | 9 May 2025 | Al Stone | Costs |\n";
    assert!(
        !fields(text)
            .iter()
            .any(|(k, _)| k == "Version" || k == "Author"),
        "{:?}",
        fields(text)
    );
}

#[test]
fn a_paired_table_whose_last_row_fills_only_its_first_pair() {
    // Pandoc's empty header row over a Word table, then two pairs a row
    // and a last row holding one.
    let text = "|   |   |   |   |\n|---|---|---|---|\n| **Report To:** | **Policy Committee** | **Date:** | **10 March 2026** |\n| **Report By:** | **Head of Parks** | **Report No:** | **PC/01/26** |\n| **Subject:** | **Play Area Renewal 2026/27** | | |\n\n**1.0 PURPOSE**\n\n1.1 The purpose of this report is to seek approval.\n";
    let got = fields(text);
    assert!(
        got.contains(&pair("Subject", "Play Area Renewal 2026/27")),
        "{got:?}"
    );
    assert!(got.contains(&pair("Report No", "PC/01/26")), "{got:?}");
    // A row whose filled pair is not where the row starts stays out.
    let text = "|   |   |   |   |\n|---|---|---|---|\n| **Report To:** | **Policy Committee** | **Date:** | **10 March 2026** |\n| | | **Version:** | **Two** |\n\n**1.0 PURPOSE**\n\n1.1 Text.\n";
    assert!(
        !fields(text).iter().any(|(k, _)| k == "Version"),
        "{:?}",
        fields(text)
    );
}

#[test]
fn a_committee_alone_in_the_first_row_of_the_front_table() {
    let text = "**WESTMARCH COUNTY BOROUGH COUNCIL**\n\n| **CABINET** | |\n|---|---|\n| **Date of Meeting** | Tuesday, 17 March 2026 |\n| **Report Subject** | Bus Shelters |\n\n**1.00 PURPOSE**\n\n1.01 Text.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "CABINET");
    assert_eq!(doc.meetings[0].name_span.of(text), "CABINET");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-03-17");
    // A first row holding some other heading names no meeting.
    let text = "**WESTMARCH COUNTY BOROUGH COUNCIL**\n\n| **Summary** | |\n|---|---|\n| **Date of Meeting** | Tuesday, 17 March 2026 |\n\n**1.00 PURPOSE**\n\n1.01 Text.\n";
    assert!(
        parse(text).meetings.is_empty(),
        "{:?}",
        parse(text).meetings
    );
}

#[test]
fn a_first_line_that_reads_as_a_field_over_a_title_block_is_no_front_sheet() {
    // A page header or title with a colon or a tab ("Ofsted Focused
    // Visit: Action Plan Progress<TAB><TAB>OFFICIAL") over the council's
    // and the committee's names: the committee is the meeting.
    let body = "\n\nWESTMARSH COUNCIL\n\nHOUSING SCRUTINY COMMITTEE\n\n\
                | Date of meeting | 9 July 2025 |\n|---|---|\n| Subject | Damp and mould |\n\n\
                ## 1. PURPOSE\n\n1.1 To report progress.\n";
    for top in [
        "Damp and Mould: Action Plan Progress\t\tOFFICIAL",
        "Damp and Mould Action Plan\t\tOFFICIAL",
        "Damp and Mould: Action Plan Progress",
    ] {
        let doc = parse(&format!("{top}{body}"));
        assert_eq!(doc.meetings.len(), 1, "{top:?}");
        assert_eq!(doc.meetings[0].name, "HOUSING SCRUTINY COMMITTEE");
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-07-09");
    }
    // A real first field over prose ends the front sheet there: a
    // committee's name further down is not read as the meeting.
    let doc = parse(
        "Report title: Parks review\n\nThe review is for members.\n\n\
         LICENSING COMMITTEE\n\nDate of meeting: 9 July 2025\n",
    );
    assert!(doc.meetings.iter().all(|m| m.name != "LICENSING COMMITTEE"));
}

#[test]
fn labels_lined_up_with_several_tabs() {
    // Short labels take three tabs, long ones two: the empty cells between
    // a label and its value are alignment, not columns.
    let text = "ANY COUNCIL\n\nReport to:\t\tCabinet\nDate:\t\t\t15 July 2025\nWards:\t\t\tAll\nExempt:\t\t\tNo\n\n\n1.\tPURPOSE\n\n1.1\tText.\n";
    assert_eq!(
        fields(text),
        [
            pair("Report to", "Cabinet"),
            pair("Date", "15 July 2025"),
            pair("Wards", "All"),
            pair("Exempt", "No"),
        ]
    );
    assert_eq!(
        parse(text).meetings[0].date.unwrap().value.iso(),
        "2025-07-15"
    );
    // A wide table's row with two cells filled, apart, is not a field.
    let wide = "Report of: Director\n\n| Item | 2024 | 2025 | Note |\n|---|---|---|---|\n| Staff | | | 12 |\n";
    assert!(!fields(wide).iter().any(|(k, _)| k == "Staff"));
}

#[test]
fn a_bulleted_front_sheet_with_dashes() {
    let text = "**ANY DISTRICT COUNCIL**\n\n* Date of meeting – Tuesday 8 April 2025\n* Report of – Assistant Director, Neighbourhood Services\n* Report title – Dog Control: Renewal\n* Wards affected – All wards\n* Key decision – No\n\n---\n\n**1. Purpose of report**\n\n1.1 Text.\n";
    assert_eq!(
        fields(text),
        [
            pair("Date of meeting", "Tuesday 8 April 2025"),
            pair("Report of", "Assistant Director, Neighbourhood Services"),
            pair("Report title", "Dog Control: Renewal"),
            pair("Wards affected", "All wards"),
            pair("Key decision", "No"),
        ]
    );
    let doc = parse(text);
    let f = &doc.fields[3];
    assert_eq!(f.key_span.of(text), "Wards affected");
    assert_eq!(f.value_span.of(text), "All wards");
    // Two dashed bullets are a list of options, not a front sheet.
    let options = "Report of: Director\n\n* Option A – do nothing\n* Option B – build\n\n## 1. Purpose\n\n1.1 Text.\n";
    assert_eq!(fields(options), [pair("Report of", "Director")]);
}

#[test]
fn bold_keys_stacked_over_their_values() {
    let text = "# Any City Council\n\n**Committee**\n\nCabinet\n\n**Date of meeting**\n\n11 February 2026\n\n**Title of report**\n\nBus Station: Appointment of Partner\n\n**Report of**\n\nStrategic Director of Regeneration\n\n**Report author and contact**\n\nJo Bloggs, Programme Manager\n01632 508 993\n\n---\n\n## 1. Executive summary\n\n1.1 Text.\n";
    assert_eq!(
        fields(text),
        [
            pair("Committee", "Cabinet"),
            pair("Date of meeting", "11 February 2026"),
            pair("Title of report", "Bus Station: Appointment of Partner"),
            pair("Report of", "Strategic Director of Regeneration"),
            pair(
                "Report author and contact",
                "Jo Bloggs, Programme Manager 01632 508 993"
            ),
        ]
    );
    let doc = parse(text);
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-02-11");
    assert_eq!(doc.fields[1].key_span.of(text), "Date of meeting");
    assert!(doc.sections.iter().all(|s| s.title != "Report of"));
    // Bold headings over short paragraphs, fewer than three: no fields.
    let two = "Report of: Director\n\n**Summary**\n\nThe budget is balanced.\n\n**Decision**\n\nTo note.\n";
    assert_eq!(fields(two), [pair("Report of", "Director")]);
}

#[test]
fn bilingual_bold_keys_stacked_far_apart_over_wrapped_values() {
    // A Welsh council's sheet: each value wraps, so the first key stands
    // more than a window's lines from the third; the keys chain.
    let text = "**ADRODDIAD I'R CABINET / REPORT TO CABINET**\n\n**Dyddiad y cyfarfod / Date of meeting**\n\nDydd Mawrth, 7 Mawrth 2028 / Tuesday, 7 March 2028\n\n**Teitl yr adroddiad / Report title**\n\nAdolygu'r Strategaeth Toiledau / Review of the Local\nToilets Strategy\n\n**Adroddiad gan / Report of**\n\nCyfarwyddwr yr Amgylchedd / Corporate Director of\nEnvironment\n\n**1. Diben / Purpose**\n\n1.1 Text.\n";
    assert_eq!(
        fields(text),
        [
            pair(
                "Dyddiad y cyfarfod / Date of meeting",
                "Dydd Mawrth, 7 Mawrth 2028 / Tuesday, 7 March 2028"
            ),
            pair(
                "Teitl yr adroddiad / Report title",
                "Adolygu'r Strategaeth Toiledau / Review of the Local Toilets Strategy"
            ),
            // "Environment", a section title, goes on a value cut at "of".
            pair(
                "Adroddiad gan / Report of",
                "Cyfarwyddwr yr Amgylchedd / Corporate Director of Environment"
            ),
        ]
    );
    assert_eq!(
        parse(text).meetings[0].date.unwrap().value.iso(),
        "2028-03-07"
    );
    // The same shape in English alone.
    let english = "**REPORT TO CABINET**\n\n**Date of meeting**\n\nTuesday, 7 March 2028, at the Council Offices,\nMarket Street\n\n**Report title**\n\nReview of the Local Toilets Strategy\n2028 to 2032\n\n**Report of**\n\nCorporate Director of\nEnvironment\n\n**1. Purpose**\n\n1.1 Text.\n";
    let got = fields(english);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(
        got[2],
        pair("Report of", "Corporate Director of Environment")
    );
    assert_eq!(
        parse(english).meetings[0].date.unwrap().value.iso(),
        "2028-03-07"
    );
    // Bold headings over paragraphs of prose, however they chain, stay
    // headings.
    let prose = "Report of: Director\n\n**Background**\n\nThe Council reviewed its public toilets after the election and found\nthat nine of them serve routes with no other provision nearby.\n\n**Consultation**\n\nTwelve weeks of public consultation drew four hundred responses from\nresidents, town councils and businesses across the whole county.\n\n**Options**\n\nThree options were weighed before the Strategy was drafted for the\nCabinet, and the preferred option is set out in section five.\n";
    assert_eq!(fields(prose), [pair("Report of", "Director")]);
}

#[test]
fn a_last_value_run_straight_into_the_body() {
    // pdftotext with no blank lines: the last value, a line of its own,
    // then the first numbered heading.
    let text = "Any City Council\nSubject:\nSeafront Concessions\nWard(s) affected:\nRegency; Kemp Sands\nFor general release\n1.\n\nPurpose of the report\n\n1.1 The Council lets 46 concessions.\n";
    let got = fields(text);
    assert!(
        got.contains(&pair(
            "Ward(s) affected",
            "Regency; Kemp Sands For general release"
        )),
        "{got:?}"
    );
    // A key over prose does not take the prose as its value.
    let prose = "Report of: Director\nPurpose of the report:\nThe Council lets forty-six trading concessions on the seafront, from kiosks to huts, and most of them end in 2026 when the leases run out.\n1.1 Text.\n";
    assert!(!fields(prose).iter().any(|(_, v)| v.contains("forty-six")));
}

#[test]
fn contact_details_one_part_to_a_line_under_the_key() {
    let text = "Any City Council\nReport of:\nExecutive Director\nContact Officer:\nName: Jo Bloggs\nTel: 01632 292 310\nEmail: jo.bloggs@example.gov.uk\nWard(s) affected:\nAll\n\n1. Purpose\n\n1.1 Text.\n";
    assert_eq!(
        fields(text),
        [
            pair("Report of", "Executive Director"),
            pair(
                "Contact Officer",
                "Name: Jo Bloggs Tel: 01632 292 310 Email: jo.bloggs@example.gov.uk"
            ),
            pair("Ward(s) affected", "All"),
        ]
    );
    // Fields of other kinds under an empty key are fields of their own.
    let other = "Report of:\nDate: 3 May 2025\nStatus: Open\n\n1. Purpose\n";
    assert_eq!(
        fields(other),
        [
            pair("Report of", ""),
            pair("Date", "3 May 2025"),
            pair("Status", "Open")
        ]
    );
}

#[test]
fn a_value_with_a_colon_in_it_under_a_lone_key() {
    let text = "From:\n\nJo Bloggs, Director of Place\n\nSubject:\n\nCar Parks: Charges and\nPermits 2026-2027\n\nClassification:\n\nUnrestricted\n\nWards:\n\nParking Review: Phase Two\n\nKey decision:\n\nNo\n\n1. Introduction\n";
    let got = fields(text);
    assert_eq!(
        got[..5],
        [
            pair("From", "Jo Bloggs, Director of Place"),
            pair("Subject", "Car Parks: Charges and Permits 2026-2027"),
            pair("Classification", "Unrestricted"),
            pair("Wards", "Parking Review: Phase Two"),
            pair("Key decision", "No"),
        ]
    );
    // A key over one-line fields of its own stays empty: they are fields.
    let text = "Report details:\n\nMeeting: Cabinet\nDate: 4 March 2025\n\nSubject: Parks\n";
    let got = fields(text);
    assert_eq!(got[0], pair("Report details", ""));
    assert_eq!(got[1], pair("Meeting", "Cabinet"));
    // A known label after a lone key is a field, not its value.
    let text = "Meeting:\n\nDate: 4 March 2025\n\nSubject:\n\nParks\n";
    let got = fields(text);
    assert_eq!(got[0], pair("Meeting", ""));
    assert_eq!(got[1], pair("Date", "4 March 2025"));
}

#[test]
fn a_pandoc_definition_list() {
    let text = "EASTFOLD COUNCIL\n\nPlanning Committee\n\nReport of\n:   Director of Place\n\nDate of meeting\n:   Tuesday 4 March 2025\n\nSubject\n:   Car Parks: Charges\n\nContact officer\n:   Jo Bloggs, Parking Manager\n    Tel: 01632 960 000\n\n**1. Purpose of report**\n\n1.1 To agree the charges.\n";
    let doc = parse(text);
    let got = pairs(&doc);
    assert_eq!(
        got,
        [
            pair("Report of", "Director of Place"),
            pair("Date of meeting", "Tuesday 4 March 2025"),
            pair("Subject", "Car Parks: Charges"),
            pair(
                "Contact officer",
                "Jo Bloggs, Parking Manager Tel: 01632 960 000"
            ),
        ]
    );
    assert_eq!(doc.fields[1].value_span.of(text), "Tuesday 4 March 2025");
    assert_eq!(doc.fields[0].key_span.of(text), "Report of");
    assert!(doc.sections.iter().all(|s| s.title != "Report of"));
    // A sentence over a line opening with a colon is no label.
    let text = "The figures were checked.\n:   see the table\n";
    assert!(parse(text).fields.is_empty());
}

#[test]
fn a_body_over_its_date_on_the_lines_that_open_the_paper() {
    let doc = parse("Eastmere Police and Crime Panel\n2 February 2026\n\nAgenda Item 6\n\nReport of the Commissioner\n\nContact:\n\nAnn Other\n");
    assert_eq!(doc.meetings[0].name, "Eastmere Police and Crime Panel");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-02-02");
    // A committee straight under the council's name, its date under it.
    let doc = parse("Eastmere Council\nPlace Scrutiny Committee\n18 November 2025\n\nReport of the Scrutiny Officer\n\nWards: All\n");
    assert_eq!(doc.meetings[0].name, "Place Scrutiny Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-11-18");
    // The council's own name over a date on the first line is no meeting.
    let doc = parse(
        "Eastmere Borough Council\n18 November 2025\n\nReport of the Director\n\nWards: All\n",
    );
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
}

#[test]
fn labels_without_colons_over_their_values() {
    let text = "Eastmere Borough Council\n\nCabinet\n\nDate of meeting\n\nWednesday 10 December 2025\n\nReport title\n\nDepot Relocation\n\nReport author\n\nAnn Other, Operations Manager\nTel 01632 960 000\n\nKey decision\n\nYes\n\nPurpose of report\n1. This report proposes moving the depot.\n";
    let doc = parse(text);
    let got = pairs(&doc);
    assert_eq!(
        got,
        [
            pair("Date of meeting", "Wednesday 10 December 2025"),
            pair("Report title", "Depot Relocation"),
            pair(
                "Report author",
                "Ann Other, Operations Manager Tel 01632 960 000"
            ),
            pair("Key decision", "Yes"),
        ]
    );
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-12-10");
    assert!(doc.sections.iter().any(|s| s.title == "Purpose of report"));
    // Headings over one-line paragraphs are no fields: no run starts from a
    // meeting or date label, and two pairs are not a run.
    for text in [
        "Background\n\nThe depot is old.\n\nOptions\n\nMove it.\n\nRisks\n\nNone.\n",
        "Date of meeting\n\n10 May 2025\n\nSubject\n\nParks\n\nPurpose\n1. Text.\n",
    ] {
        assert!(parse(text).fields.is_empty(), "{text}");
    }
}

#[test]
fn a_value_in_capitals_under_a_lone_key() {
    let text = "Eastmere Metropolitan Borough Council\n\nReport to:\n\nAUDIT AND GOVERNANCE COMMITTEE\n\nDate:\n\n24 September 2025\n\nReport of:\n\nHead of Audit\n\nStatus:\n\nPUBLIC ITEM\n\nWards affected:\n\nNone directly\n\n1.\n\nPURPOSE OF THE REPORT\n\n1.1\n\nTo inform the Committee of the work done.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc),
        [
            pair("Report to", "AUDIT AND GOVERNANCE COMMITTEE"),
            pair("Date", "24 September 2025"),
            pair("Report of", "Head of Audit"),
            pair("Status", "PUBLIC ITEM"),
            pair("Wards affected", "None directly"),
        ]
    );
    assert_eq!(doc.meetings[0].name, "AUDIT AND GOVERNANCE COMMITTEE");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-09-24");
    // Capitals under a key in lower case over prose are no value.
    let text = "Wards affected:\n\nPURPOSE OF REPORT\n\nThis report sets out the proposed budget for the year.\n";
    assert_eq!(fields(text), [pair("Wards affected", "")]);
}

#[test]
fn the_title_blocks_report_of_line_and_title() {
    // The committee's name is a heading that closes the builder's preamble:
    // the colonless "Report of …" under the title is still a field, its
    // bracketed post on the next line part of it, and the title is the
    // line over it, not the council's name.
    let text = "Eastmere County Council\n\nPension Fund Committee\n\nThursday, 4 December 2025\n\nInvestment Strategy Statement Review\nReport of the Executive Director of Finance\n(Section 151 Officer)\nElectoral Divisions:\n\nAll\n\nContact Officer:\n\nAnn Other, Head of Pensions\n\n1. Summary\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc)[..2],
        [
            pair(
                "Report of",
                "the Executive Director of Finance (Section 151 Officer)"
            ),
            pair("Electoral Divisions", "All"),
        ]
    );
    // The council's name, read as the title by the builder, stays so.
    assert_eq!(doc.title.as_ref().unwrap().text, "Eastmere County Council");
    assert_eq!(doc.meetings[0].name, "Pension Fund Committee");
    // In bold capitals, under the meeting and its date; a title wrapped
    // over two lines in capitals, straight above the first field.
    let text = "**EASTMERE COUNTY BOROUGH COUNCIL**\n\n**REPORT TO CABINET**\n\n**14 JANUARY 2026**\n\n**REPORT OF THE CORPORATE DIRECTOR – PLACE**\n\n**DISPOSAL OF LAND AT THE DEPOT**\n\n| Wards affected | North |\n|---|---|\n| Key decision | No |\n\n**1. PURPOSE OF REPORT**\n\n**1.1** To seek approval.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc)[0],
        pair("REPORT OF", "THE CORPORATE DIRECTOR – PLACE")
    );
    let text = "Eastmere City Council\nSCRUTINY BOARD\nMonday 16 March 2026\nCALL-IN OF DECISION CAB/2026/014: FUTURE OF\nCOMMUNITY LIBRARIES\nReport of the Head of Democratic Services\nWards affected: North\nContact: Ann Other\nPURPOSE OF REPORT\n1.\nTo set out the procedure.\n";
    let doc = parse(text);
    assert_eq!(
        doc.title.as_ref().unwrap().text,
        "CALL-IN OF DECISION CAB/2026/014: FUTURE OF COMMUNITY LIBRARIES"
    );
    // A post whose bracket wraps onto the next line, which closes it: the
    // line goes on the field, and the title is the line over the field.
    let text = "Item 7\nEastmere District Council\nAudit and Governance Committee\n26 January 2027\nInternal Audit Progress Report 2026/27 – Quarter 3\nReport of the Head of Internal Audit (Eastmere and Westfold Shared\nInternal Audit Service)\nStatus: Open\nKey Decision: No\n1. Purpose of Report\n1.1 To report progress.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc)[0],
        pair(
            "Report of",
            "the Head of Internal Audit (Eastmere and Westfold Shared Internal Audit Service)"
        )
    );
    assert_eq!(
        doc.title.as_ref().unwrap().text,
        "Internal Audit Progress Report 2026/27 – Quarter 3"
    );
    // Near miss: a line opening in capitals under a value with no open
    // bracket is no part of it.
    let closed = text.replace("(Eastmere and Westfold Shared\n", "(Eastmere)\n");
    assert_eq!(
        pairs(&parse(&closed))[0],
        pair("Report of", "the Head of Internal Audit (Eastmere)")
    );
    // An item number, a date or a committee's name is no title.
    let doc = parse("Item 5\n\nEastmere District Council\nStandards Committee – 22 October 2025\n\nWards: All\nStatus: Open\n\n1. Background\n\nText.\n");
    assert!(doc.title.is_none(), "{:?}", doc.title);
}

#[test]
fn a_meeting_named_after_report_to_on_any_title_line() {
    let text = "Report to the Eastmere and Westfold Health and Wellbeing Board\nEastmere Council\n\nMeeting date\n\nWednesday 11 March 2026\n\nReport title\n\nPharmacy Needs\n\nWards affected\n\nAll\n\n1. Purpose\n";
    let doc = parse(text);
    assert_eq!(
        doc.meetings[0].name,
        "Eastmere and Westfold Health and Wellbeing Board"
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-03-11");
    assert_eq!(
        doc.meetings[0].name_span.of(text),
        "Eastmere and Westfold Health and Wellbeing Board"
    );
    // "Decision to be taken by:" names an individual member's decision.
    let doc = parse("Eastmere County Council\n\nDecision to be taken by:\n\nCabinet Member for Highways\n\nDate of decision:\n\nMonday 9 February 2026\n\nSubject:\n\nParking\n");
    assert_eq!(doc.meetings[0].name, "Cabinet Member for Highways");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-02-09");
}

#[test]
fn fields_wholly_in_bold_and_a_bold_date_in_the_title_block() {
    let text = "**EASTMERE COUNCIL**\n\n**FINANCE COMMITTEE – 12 FEBRUARY 2026**\n\n**REPORT BY: EXECUTIVE DIRECTOR OF CORPORATE SERVICES**\n\n**SUBJECT: COUNCIL TAX PREMIUM**\n\nWard(s): All\n\n**1. PURPOSE**\n\n1.1 To review the premium.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc)[..3],
        [
            pair("REPORT BY", "EXECUTIVE DIRECTOR OF CORPORATE SERVICES"),
            pair("SUBJECT", "COUNCIL TAX PREMIUM"),
            pair("Ward(s)", "All"),
        ]
    );
    assert_eq!(
        doc.fields[0].value_span.of(text),
        "EXECUTIVE DIRECTOR OF CORPORATE SERVICES"
    );
    // A title in bold with a colon in it, before any field, stays the title.
    let text = "**EASTMERE COUNCIL**\n\n**TENANT PARTICIPATION: REVIEW OF THE STRATEGY**\n\nReport by: Director of Housing\n\n1. PURPOSE\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(pairs(&doc), [pair("Report by", "Director of Housing")]);
    assert_eq!(
        doc.title.as_ref().unwrap().text,
        "TENANT PARTICIPATION: REVIEW OF THE STRATEGY"
    );
    // "**14 JANUARY 2026**" is a date, not heading 14: "1. PURPOSE" after
    // it opens no second part.
    let text = "**EASTMERE COUNCIL**\n\n**REPORT TO CABINET**\n\n**14 JANUARY 2026**\n\n**DEPOT DISPOSAL**\n\nWards affected: All\n\n**1. PURPOSE OF REPORT**\n\n**1.1** To seek approval.\n";
    let doc = parse(text);
    assert!(doc
        .sections
        .iter()
        .all(|s| s.number.as_deref() != Some("14")));
    assert_eq!(doc.parts.len(), 1, "{:?}", doc.parts);
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-01-14");
}

#[test]
fn a_bare_contact_label_over_a_name_phone_and_email() {
    let text = "EASTMERE BOROUGH COUNCIL\n\nDate of meeting\n\nTuesday 21 October 2025\n\nReport of\n\nDirector of Place\n\nContact officer\n\nAnn Other, Licensing Manager\nTel: 01632 960 817\nEmail: ann.other@eastmere.example.gov.uk\n\nStatus\n\nOpen\n\n**1. Summary**\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc)[2..],
        [
            pair(
                "Contact officer",
                "Ann Other, Licensing Manager Tel: 01632 960 817 Email: ann.other@eastmere.example.gov.uk"
            ),
            pair("Status", "Open"),
        ]
    );
    assert!(doc.sections.iter().all(|s| s.title != "Open"));
}

#[test]
fn a_title_block_with_no_fields_names_its_meeting() {
    // Each line alone, blank lines between, and no field: the committee's
    // name over the date is the meeting, the line after them the title.
    let text = "Item No. 6\n\nAshmoor Council\n\nHousing and Communities Committee\n\n3 March 2026\n\n\
                Review of the Local Tenant Participation Strategy\n\n\
                Report by Director of Housing\n\n1.\n\nPurpose\n\n1.1 This report sets out the review.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings[0].name, "Housing and Communities Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-03-03");
    assert_eq!(
        doc.title.map(|t| t.text).as_deref(),
        Some("Review of the Local Tenant Participation Strategy")
    );
    // A committee's name with no date under it names no meeting there.
    let doc = parse(
        "Ashmoor Council\n\nHousing and Communities Committee\n\nTenant Participation\n\n1.\n\nPurpose\n\n1.1 The review.\n",
    );
    assert!(doc.meetings.iter().all(|m| m.date.is_none()));
}

#[test]
fn a_long_title_wrapped_with_a_word_left_for_the_next_line() {
    let text = "Brackenmoor Council\n\nAudit and Governance Committee\n25 June 2026\n\nAnnual Governance Statement 2025/26 and Review of the Local Code of Corporate\nGovernance\n\nCabinet Member: Councillor Helen Ashdown\n\nKey Decision: Non Key\n\nExecutive Summary\nThe Council must review its governance each year.\n";
    let doc = parse(text);
    let title = doc.title.as_ref().expect("a title");
    assert_eq!(
        title.text,
        "Annual Governance Statement 2025/26 and Review of the Local Code of Corporate Governance"
    );
    assert!(title.span.of(text).ends_with("Corporate\nGovernance"));
    // A short line over it is no title cut by the width of the page, nor
    // is a body's name under a long line, nor a line with a date.
    for text in [
        "Brackenmoor Council\n\nAudit and Governance Committee\n25 June 2026\n\nGovernance Review\nGovernance\n\nCabinet Member: Councillor Helen Ashdown\n\nExecutive Summary\nThe Council must review its governance each year.\n",
        "Brackenmoor Council\n\nAudit and Governance Committee\n25 June 2026\n\nAnnual Governance Statement 2025/26 and Review of the Local Code of Corporate\nAudit Committee\n\nCabinet Member: Councillor Helen Ashdown\n\nExecutive Summary\nThe Council must review its governance each year.\n",
    ] {
        let doc = parse(text);
        assert!(
            doc.title
                .as_ref()
                .is_none_or(|t| !t.span.of(text).contains('\n')),
            "{text}"
        );
    }
}

#[test]
fn a_key_wrapped_over_two_lines() {
    // pdftotext breaks a label too long for its cell: the wrap shows in a
    // second part in lower case, or a first part ending in "/".
    let text = "Report for:\n\nCabinet – 17 February 2026\n\nReport\nauthorised by:\n\nJo Bloggs, Director of Place\n\nLead Officer:\n\nAnn Other, Head of Property\n\nWard(s) affected:\n\nAll\n\nReport for Key/\nNon Key Decision:\n\nNon Key Decision\n\n1.\n\nDescribe the issue\n\n1.1 The site is vacant.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc),
        [
            pair("Report for", "Cabinet – 17 February 2026"),
            pair("Report authorised by", "Jo Bloggs, Director of Place"),
            pair("Lead Officer", "Ann Other, Head of Property"),
            pair("Ward(s) affected", "All"),
            pair("Report for Key/Non Key Decision", "Non Key Decision"),
        ]
    );
    assert_eq!(doc.fields[1].key_span.of(text), "Report\nauthorised by");
    assert!(doc.sections.iter().all(|s| s.title != "All"));
    // With no sign of a wrap, a line over a lone key is no part of it,
    // unless the two joined are one of the pack's field labels.
    let text =
        "Report to:\n\nCabinet\n\nSummary\nContact Officer:\n\nAnn Other\n\n1.\n\nBackground\n";
    assert!(parse(text)
        .fields
        .iter()
        .all(|f| f.key != "Summary Contact Officer"));
    let text = "Report to:\n\nCabinet\n\nDate of\nMeeting:\n\n4 March 2025\n\n1.\n\nBackground\n";
    let vocab = crate::parse::Vocabulary {
        field_keys: vec!["date of meeting".to_string()].into(),
        ..crate::parse::Vocabulary::default()
    };
    assert_eq!(
        pairs(&crate::parse::parse_with(text, &vocab))[1],
        pair("Date of Meeting", "4 March 2025")
    );
}

#[test]
fn labels_asked_as_questions_and_answered_yes_or_no() {
    let text = "Report to:\n\nTransport Committee\n\nAuthor:\n\nAnn Other, Head of Bus Reform\n\nIs this a key decision?\n\nYes\n\nDoes the report contain confidential or exempt\ninformation or appendices?\n\nNo\n\n1.\n\nPurpose of this report\n\n1.1 To report the outcome.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc)[2..],
        [
            pair("Is this a key decision?", "Yes"),
            pair(
                "Does the report contain confidential or exempt information or appendices?",
                "No"
            ),
        ]
    );
    assert!(doc.sections.iter().all(|s| !s.title.ends_with('?')));
    // PDF text of a grid of options and boxes, one cell to a line: the
    // tick after "No" leaves "Yes" no answer; after "Yes", it is one.
    let grid = text.replace("Yes\n\nDoes", "Yes\n\nNo\n\nX\n\nDoes");
    assert!(
        parse(&grid)
            .fields
            .iter()
            .all(|f| f.key != "Is this a key decision?"),
        "{:?}",
        pairs(&parse(&grid))
    );
    let grid = text.replace("Yes\n\nDoes", "Yes\n\nX\n\nNo\n\nDoes");
    assert_eq!(
        pairs(&parse(&grid))[2],
        pair("Is this a key decision?", "Yes")
    );
    // A question answered otherwise may be a heading over prose.
    let text =
        "Report to:\n\nCabinet\n\nWhy is this report coming to Cabinet?\n\nTo agree the budget.\n";
    assert_eq!(parse(text).fields.len(), 1);
}

#[test]
fn questions_answered_by_tick_boxes_one_to_a_line() {
    let text = "Report to:\n\nWest Riding Combined Authority\n\nAuthor:\n\nGrace Mbeki, Head of Skills\n\nIs this a key decision?\n\n☐ Yes\n\n☒ No\n\nDoes the report contain confidential or exempt information or appendices?\n\n☒ Yes\n\n☐ No\n\n1.\n\nPurpose of this report\n\n1.1 To report the outcome.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc)[2..],
        [
            pair("Is this a key decision?", "No"),
            pair(
                "Does the report contain confidential or exempt information or appendices?",
                "Yes"
            ),
        ]
    );
    assert_eq!(doc.fields[3].value_span.of(text), "Yes");
    assert!(doc.sections.iter().all(|s| !s.title.ends_with('?')));
    // The box after its word reads the same.
    let after = text.replace("☐ Yes", "Yes ☐").replace("☒ No", "No ☒");
    assert_eq!(
        pairs(&parse(&after))[2],
        pair("Is this a key decision?", "No")
    );
    // Two ticked boxes, or one box, answer nothing: the question stays
    // as it was read before.
    for unclear in [
        text.replace("☐ Yes\n\n☒ No", "☒ Yes\n\n☒ No"),
        text.replace("☐ Yes\n\n☒ No", "☒ No"),
    ] {
        let doc = parse(&unclear);
        assert!(
            doc.fields
                .iter()
                .all(|f| f.key != "Is this a key decision?"),
            "{:?}",
            pairs(&doc)
        );
    }
}

#[test]
fn a_table_of_appendices_is_no_field() {
    // As "Appendix A: Action Plan" on a line, a row naming an appendix
    // lists it: the header row "Appendix | Title" is no field either.
    let text = "| Report of | Head of ICT |\n|---|---|\n| Wards affected | None |\n\n## 7. Appendices\n\n| Appendix | Title |\n|---|---|\n| 1 | Cloud Migration Business Case |\n| 2 | Budget 2026/27 |\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc),
        [
            pair("Report of", "Head of ICT"),
            pair("Wards affected", "None")
        ]
    );
    assert_eq!(doc.appendices.len(), 2);
}

#[test]
fn a_lone_key_after_the_front_sheet_has_ended_takes_the_value_under_it() {
    // A line of prose ends the front sheet; the builder reads the keys
    // after it with their values under a blank line, as the sheet would.
    let text = "Report for:\n\nCabinet – 17 February 2026\n\nThis report is public, except Appendix 2.\n\nLead Officer:\n\nAnn Other, Head of Property\n020 7946 0817\n\nWard(s) affected:\n\nAshgrove\n\n1.\n\nIntroduction\n\n1.1 The site is vacant.\n";
    let got = fields(text);
    assert_eq!(
        got[1..],
        [
            pair("Lead Officer", "Ann Other, Head of Property 020 7946 0817"),
            pair("Ward(s) affected", "Ashgrove"),
        ]
    );
    // The pack's heading under an empty key opens the body.
    let text = "COMMITTEE: SCRUTINY\n\nIMPLICATIONS: COMMUNITY\nSome words of prose here.\n\nWARDS AFFECTED:\n\nPURPOSE\n\n1. To report progress.\n";
    let vocab = crate::parse::Vocabulary {
        section_titles: vec!["purpose".to_string()].into(),
        ..crate::parse::Vocabulary::default()
    };
    let doc = crate::parse::parse_with(text, &vocab);
    assert!(
        pairs(&doc).contains(&pair("WARDS AFFECTED", "")),
        "{:?}",
        pairs(&doc)
    );
    assert!(pairs(&parse(text)).contains(&pair("WARDS AFFECTED", "PURPOSE")));
    // Straight under the key, the text it heads is no value.
    let text = "Report for: Cabinet\n\nSome words of prose here.\nRecommendation(s):\nCabinet is asked to\n(i) note the report.\n";
    assert!(fields(text)
        .iter()
        .any(|(k, v)| k == "Recommendation(s)" && v.is_empty()));
}

#[test]
fn a_label_ending_in_an_abbreviation_among_lone_keys() {
    // "REF NO." where a colon would stand: a key, its value under it, and
    // the sheet goes on.
    let text = "TO:\n\nCabinet\n\nDATE OF MEETING:\n\n12 January 2026\n\nKEY DECISION REF NO.\n\nTBC\n\nWARDS AFFECTED:\n\nAll Wards\n\nCAR PARK TARIFFS\n\n1.\n\nPURPOSE OF REPORT\n";
    assert_eq!(
        fields(text)[..4],
        [
            pair("TO", "Cabinet"),
            pair("DATE OF MEETING", "12 January 2026"),
            pair("KEY DECISION REF NO", "TBC"),
            pair("WARDS AFFECTED", "All Wards"),
        ]
    );
    // Before any field, or run on into a paragraph, it is text.
    let title = "Report No.\n\nThe plan\n\nMeeting: Cabinet\n";
    assert!(fields(title).iter().all(|(k, _)| k != "Report No"));
    let body = "Meeting: Cabinet\n\nThe sites are listed by plot No.\nPlot 4 is vacant.\n";
    assert_eq!(fields(body), [pair("Meeting", "Cabinet")]);
}

#[test]
fn a_table_row_flattened_labels_first() {
    // pdftotext gives the labels of a one-row table, then its values.
    let text = "Report of: Director of Law\n\nMeeting of\n\nDate\n\nWard(s)\n\nOverview and Scrutiny Committee\n\n3 December 2025\n\nHornsey Rise; Tollington\n\nSUBJECT: Library closure\n\n1.\n\nSynopsis\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc)[..4],
        [
            pair("Report of", "Director of Law"),
            pair("Meeting of", "Overview and Scrutiny Committee"),
            pair("Date", "3 December 2025"),
            pair("Ward(s)", "Hornsey Rise; Tollington"),
        ]
    );
    assert_eq!(doc.meetings[0].name, "Overview and Scrutiny Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-12-03");
    assert!(doc.sections.iter().all(|s| s.title != "Date"));
    // The values out of line with the labels (the date under "Ward(s)"),
    // no date label, or no body under the meeting label: not read.
    for text in [
        "Report of: Director\n\nMeeting of\n\nWard(s)\n\nDate\n\nOverview and Scrutiny Committee\n\n3 December 2025\n\nHornsey Rise\n\n1.\n\nSynopsis\n",
        "Report of: Director\n\nMeeting of\n\nWard(s)\n\nOverview and Scrutiny Committee\n\nHornsey Rise\n\n1.\n\nSynopsis\n",
        "Report of: Director\n\nMeeting of\n\nDate\n\nThe library service\n\n3 December 2025\n\n1.\n\nSynopsis\n",
    ] {
        assert!(
            parse(text).fields.iter().all(|f| f.key != "Meeting of"),
            "{text}"
        );
    }
}

#[test]
fn a_table_row_flattened_labels_first_with_colons_and_an_item_number() {
    // Labels closed by a colon or an abbreviation's stop, and the item's
    // number alone among the values; a label wrapped over two lines after.
    let text = "Item No.\n\nClassification:\n\nDate:\n\nMeeting Name:\n\n11.\n\nOpen\n\n17 March 2026\n\nCabinet\n\nReport title:\n\nGateway 2: Contract Award Approval – Housing Repairs\nDynamic Purchasing System\n\nWard(s) or groups\naffected:\n\nAll\n\nCabinet Member:\n\nCouncillor Jo Bloggs, Housing\n\nRECOMMENDATIONS\n\n1.\n\nThat the Cabinet approves the award.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc),
        [
            pair("Item No", "11."),
            pair("Classification", "Open"),
            pair("Date", "17 March 2026"),
            pair("Meeting Name", "Cabinet"),
            pair(
                "Report title",
                "Gateway 2: Contract Award Approval – Housing Repairs Dynamic Purchasing System"
            ),
            pair("Ward(s) or groups affected", "All"),
            pair("Cabinet Member", "Councillor Jo Bloggs, Housing"),
        ]
    );
    assert_eq!(doc.fields[0].key_span.of(text), "Item No");
    assert_eq!(doc.fields[1].key_span.of(text), "Classification");
    assert_eq!(doc.fields[3].value_span.of(text), "Cabinet");
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-03-17");
    // The values are no headings, and the body starts at its heading.
    assert!(doc.sections.iter().all(|s| s.title != "Open"));
    assert_eq!(doc.sections[0].title, "RECOMMENDATIONS");
    // Keys each over its own value are pairs, not a row: a value that
    // ends in a colon (the next key) is no value of a row.
    let text = "Meeting:\n\nCabinet\n\nDate:\n\n17 March 2026\n\nReport of:\n\nDirector of Housing\n\n1.\n\nPurpose\n";
    assert_eq!(
        pairs(&parse(text)),
        [
            pair("Meeting", "Cabinet"),
            pair("Date", "17 March 2026"),
            pair("Report of", "Director of Housing"),
        ]
    );
    // A number alone is a value, never a label; no row without its
    // date under the date label.
    let text = "Item No.\n\nDate:\n\nMeeting Name:\n\n11.\n\nOpen\n\nCabinet\n\n1.\n\nPurpose\n";
    assert!(parse(text).fields.iter().all(|f| f.key != "Meeting Name"));
}

#[test]
fn contact_parts_set_as_keys_over_their_values_under_an_empty_key() {
    let text = "Subject:\n\nParking charges\n\nDate of meeting:\n\n22 January 2026\n\nContact Officer:\n\nName:\n\nJo Bloggs\n\nTel:\n\n01632 960 123\n\nEmail:\n\njo.bloggs@example.gov.uk\n\nWard(s) affected:\n\nAll\n\n1.\n\nPurpose of the report\n";
    assert_eq!(
        fields(text)[2..],
        [
            pair(
                "Contact Officer",
                "Name: Jo Bloggs Tel: 01632 960 123 Email: jo.bloggs@example.gov.uk"
            ),
            pair("Ward(s) affected", "All"),
        ]
    );
    // One part alone is no contact block: the empty key stays empty.
    let one = "Subject:\n\nParking charges\n\nContact Officer:\n\nName:\n\nJo Bloggs\n\nWard(s) affected:\n\nAll\n";
    assert_eq!(fields(one)[1], pair("Contact Officer", ""));
}

#[test]
fn a_protective_marking_between_fields_does_not_end_the_sheet() {
    // Keys over their values, a marking line among them.
    let text = "Meeting:\n\nCabinet\n\nDate:\n\n3 June 2025\n\nOFFICIAL\n\nTitle:\n\nStreet Lighting\n\nReport of:\n\nDirector of Place\n\n1. Purpose\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc),
        [
            pair("Meeting", "Cabinet"),
            pair("Date", "3 June 2025"),
            pair("Title", "Street Lighting"),
            pair("Report of", "Director of Place"),
        ]
    );
    // The marking is a line of text, not a heading over the fields.
    assert!(doc.sections.iter().all(|s| s.title != "OFFICIAL"));
    // Keys straight over their values, a two-word marking with a dash.
    let text = "Meeting: Cabinet\nDate: 3 June 2025\nOFFICIAL – SENSITIVE\nReport of:\nDirector of Place\nWards affected:\nAll\n\n1. Purpose\n\n1.1 Text.\n";
    assert_eq!(
        fields(text)[2..],
        [
            pair("Report of", "Director of Place"),
            pair("Wards affected", "All")
        ]
    );
    // A line that is no marking still ends the sheet there.
    let text = "Meeting: Cabinet\nDate: 3 June 2025\nHighways Maintenance\nReport of:\nDirector of Place\n\n1. Purpose\n\n1.1 Text.\n";
    assert_eq!(fields(text)[2], pair("Report of", ""));
}

#[test]
fn a_body_and_a_title_standing_between_fields() {
    // An integration joint board's cover: the partnership and the board
    // between the fields, the title alone after them.
    let text = "Item No: 9\nMeeting Date: Wednesday 28th January 2026\nWestburn Health and Social Care Partnership\nIntegration Joint Board\nReport By:\nJo Bloggs, Chief Finance Officer\nContact:\nAl Smith, Head of Finance\n\nBudget Recovery Plan 2026/27\n\nPurpose of Report:\nTo seek approval of a recovery plan.\n\n1. Introduction\n\n1.1 Text.\n";
    let doc = parse(text);
    let got = pairs(&doc);
    assert_eq!(
        got[2..4],
        [
            pair("Report By", "Jo Bloggs, Chief Finance Officer"),
            pair("Contact", "Al Smith, Head of Finance")
        ]
    );
    assert_eq!(doc.meetings[0].name, "Integration Joint Board");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-01-28");
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("Budget Recovery Plan 2026/27")
    );
    // Where the sheet has named the meeting, a body's name under it (the
    // council's own) ends the sheet as before.
    let text = "Meeting: Cabinet\nDate: 3 June 2025\nWestburn Borough Council\nReport of:\nDirector of Place\n\n1. Purpose\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert_eq!(pairs(&doc)[2], pair("Report of", ""));
}

#[test]
fn a_value_in_capitals_wrapped_onto_a_second_line() {
    // Keys in lower case over values in capitals, one wrapped: the value
    // runs over both lines, and the sheet goes on to the wrapped key.
    let text = "Meeting of:\n\nCOUNCIL\n\nReport Owner /\nCorporate Director:\n\nCHIEF OFFICER – LEGAL AND REGULATORY SERVICES, HR AND\nCORPORATE POLICY\n\nResponsible\nOfficer:\n\nJO BLOGGS\nGROUP MANAGER – HUMAN RESOURCES\n\nWards affected:\n\nAll\n\n1. Purpose\n\n1.1 Text.\n";
    // (`Responsible` / `Officer:` is one key as a pack's field label.)
    let vocab = crate::parse::Vocabulary {
        field_keys: vec!["responsible officer".to_string()].into(),
        ..crate::parse::Vocabulary::default()
    };
    let got = pairs(&crate::parse::parse_with(text, &vocab));
    assert_eq!(
        got[1],
        pair(
            "Report Owner /Corporate Director",
            "CHIEF OFFICER – LEGAL AND REGULATORY SERVICES, HR AND CORPORATE POLICY"
        )
    );
    assert_eq!(
        got[2],
        pair(
            "Responsible Officer",
            "JO BLOGGS GROUP MANAGER – HUMAN RESOURCES"
        )
    );
    assert_eq!(got[3], pair("Wards affected", "All"));
    // Capitals under a key with no key after them are the next heading.
    let text = "Wards affected:\n\nPURPOSE OF REPORT\nTO SET OUT THE PLAN\n\nThe plan is set out below in full for members to consider now.\n";
    assert!(fields(text).iter().all(|(_, v)| !v.contains("PURPOSE")));
}

#[test]
fn a_fullwidth_colon_ends_a_key_over_its_value() {
    let text = "Meeting\u{ff1a}Cabinet\nDate\u{ff1a}3 June 2025\nReport of\u{ff1a}\n\nDirector of Place\n\nWards affected\u{a0}:\n\nAll\n\n1. Purpose\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc),
        [
            pair("Meeting", "Cabinet"),
            pair("Date", "3 June 2025"),
            pair("Report of", "Director of Place"),
            pair("Wards affected", "All"),
        ]
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-06-03");
}

#[test]
fn a_committee_named_on_the_first_line_over_a_dated_front_sheet() {
    // The committee's name wrapped inside its bracket, then the fields.
    let text = "Licensing Committee (Licensing Act 2003\nFunctions)\n\nAgenda Item 8\n\nSubject:\n\nStatement of Licensing Policy\n\nDate of meeting:\n\n22 January 2026\n\nReport of:\n\nDirector of Place\n\n1.\n\nPurpose\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "Licensing Committee");
    assert_eq!(doc.meetings[0].name_span.of(text), "Licensing Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-01-22");
    // The council's own name on the first line is no meeting.
    let council = text.replace(
        "Licensing Committee (Licensing Act 2003\nFunctions)",
        "Saltcombe City Council",
    );
    assert!(parse(&council).meetings.is_empty());
    // Nor is a committee's name with no date for the meeting.
    let undated = text.replace("Date of meeting:\n\n22 January 2026\n\n", "");
    assert!(parse(&undated).meetings.is_empty());
}

#[test]
fn a_label_wrapped_over_three_lines_by_a_narrow_cell() {
    // pdftotext of a two-column front table: "MEETING/" / "DECISION" /
    // "MAKER:" straight under the council's name, then the date's label
    // wrapped the same way.
    let text = "Wessex Vale Council\nMEETING/\nDECISION\nMAKER:\n\nLicensing Committee\n\nMEETING/\nDECISION\nDATE:\n\n11 March 2025\n\nTITLE:\n\nReview of the Statement of Licensing Policy\n\n1\n\nTHE ISSUE\n";
    let vocab = crate::parse::Vocabulary {
        field_keys: vec!["decision maker".to_string(), "meeting date".to_string()].into(),
        meeting_keys: vec!["decision maker".to_string()].into(),
        date_keys: vec!["date".to_string(), "meeting date".to_string()].into(),
        ..crate::parse::Vocabulary::default()
    };
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc)[..2],
        [
            pair("MEETING/DECISION MAKER", "Licensing Committee"),
            pair("MEETING/DECISION DATE", "11 March 2025"),
        ]
    );
    assert_eq!(doc.fields[0].key_span.of(text), "MEETING/\nDECISION\nMAKER");
    assert_eq!(doc.meetings[0].name, "Licensing Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-11");
    // Opening the sheet, only the pack's labels are joined: a title block's
    // lines over a lone key stay apart.
    let text = "Wessex Vale Council\nAnnual/\nReview\nTitle:\n\nLicensing Policy\n\nDate:\n\n11 March 2025\n";
    assert!(crate::parse::parse_with(text, &vocab)
        .fields
        .iter()
        .all(|f| !f.key.contains("Annual")));
}

#[test]
fn a_numbered_section_title_under_a_value_ends_it() {
    // pdftotext with no blank line between the last value and the body.
    let text = "Date of Meeting:\nMonday 3 February 2025\nStatus:\nFor decision (veto power applies)\n1. Purpose of the Report\n1.1 To notify the Panel of the proposed precept.\n";
    let vocab = crate::parse::Vocabulary {
        section_titles: vec!["purpose of the report".to_string()].into(),
        ..crate::parse::Vocabulary::default()
    };
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc)[1],
        pair("Status", "For decision (veto power applies)")
    );
    assert!(doc
        .sections
        .iter()
        .any(|s| s.title == "Purpose of the Report"));
    // A date read as item 13 is still a value.
    let text = "Meeting:\nCabinet\nDate:\n13 March 2025\n\n1. Purpose of the Report\n";
    assert_eq!(
        pairs(&crate::parse::parse_with(text, &vocab))[1],
        pair("Date", "13 March 2025")
    );
}

#[test]
fn labels_with_colons_over_their_values_in_a_row_of_a_longer_table() {
    // A Word front sheet as a Pandoc table with no header row: a merged
    // "Report of:" row, labels over values, then a row of options.
    let frame =
        "  ------------------------------- ------------------------ ---------------------\n";
    let text = format!(
        "**Hollowmere Council**\n\n{frame}  **Report of:** Corporate Director of Resources\n\n  \
         **Meeting of:**                 **Date:**                **Ward(s):**\n\n  \
         Audit Committee                 17 March 2025            All\n\n  \
         **Delete as appropriate**       ~~Exempt~~               Non-exempt\n{frame}\n\
         **SUBJECT: Internal Audit Plan 2025/26**\n\n**1. Synopsis**\n\n1.1 This report presents the plan.\n"
    );
    let doc = parse(&text);
    let got = pairs(&doc);
    assert_eq!(
        got[..4],
        [
            pair("Report of", "Corporate Director of Resources"),
            pair("Meeting of", "Audit Committee"),
            pair("Date", "17 March 2025"),
            pair("Ward(s)", "All"),
        ]
    );
    assert_eq!(doc.fields[2].value_span.of(&text), "17 March 2025");
    assert_eq!(doc.meetings[0].name, "Audit Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-17");
    // The same in a pipe table.
    let text = "| **Report of:** Director of Place | | |\n|---|---|---|\n\
                | **Meeting of:** | **Date:** | **Ward(s):** |\n\
                | Cabinet | 4 March 2025 | All |\n| Delete as appropriate | Exempt | Non-exempt |\n\n\
                ## 1. Synopsis\n\n1.1 Text.\n";
    let got = fields(text);
    assert!(got.contains(&pair("Date", "4 March 2025")), "{got:?}");
    assert!(got.contains(&pair("Meeting of", "Cabinet")), "{got:?}");
    // Column headings with no colons over rows of a longer table are no
    // labels: a version history on the front sheet gives no date field.
    let text = "| Version | Date | Author |\n|---|---|---|\n| 1.0 | 4 March 2025 | Jo Bloggs |\n\
                | 1.1 | 6 March 2025 | Sam Smith |\n\n## 1. Synopsis\n\n1.1 Text.\n";
    let got = fields(text);
    assert!(got.iter().all(|(k, _)| k != "Date"), "{got:?}");
}

#[test]
fn a_committee_and_its_date_as_unlabelled_lines_at_the_head() {
    // Bold capitals, a long name, a weekday and a comma, blank lines between.
    let text = "**WESTMARCH COUNTY COUNCIL**\n\n**CHILDREN, FAMILIES AND LIFELONG LEARNING SELECT COMMITTEE**\n\n**THURSDAY, 20 MARCH 2025**\n\n**SCHOOL TRANSPORT TASK GROUP: FINAL REPORT**\n\n**Purpose of report:** To present the findings.\n\n**Divisions affected:** All\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(
        doc.meetings[0].name,
        "CHILDREN, FAMILIES AND LIFELONG LEARNING SELECT COMMITTEE"
    );
    assert_eq!(
        doc.meetings[0].name_span.of(text),
        "CHILDREN, FAMILIES AND LIFELONG LEARNING SELECT COMMITTEE"
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-20");
    // "Full Council" with the agenda item between it and the date.
    let text = "Full Council\nAgenda Item 8\n26 February 2025\n\nReport of:\nDirector of Finance\n\nWard:\nCitywide\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "Full Council");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-02-26");
    // The council's own name there is no meeting.
    let council = text.replace("Full Council", "Saltcombe City Council");
    assert!(parse(&council).meetings.is_empty());
    // Under the agenda item's field, a Pandoc hard break after the name.
    let text = "Agenda Item: 8\n\n**Audit and Standards Committee**\\\n10 February 2025\n\n**Internal Audit Progress Report**\n\n**Report Author(s):** Jo Bloggs\n\n**Ward(s) Affected:** None directly\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "Audit and Standards Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-02-10");
    assert!(pairs(&doc).contains(&pair("Ward(s) Affected", "None directly")));
    // A long line that names no committee over a date is no meeting, and
    // neither is a sentence ending in "committee".
    let text = "WESTMARCH COUNTY COUNCIL\n\nAnnual report of the chairman on the work of the year\n\n20 March 2025\n\nReport of: Director\n";
    assert!(parse(text).meetings.is_empty());
    let text = "WESTMARCH COUNTY COUNCIL\n\nThis report was considered by the audit and governance committee.\n\n20 March 2025\n\nReport of: Director\n";
    assert!(parse(text).meetings.is_empty());
}

#[test]
fn a_bold_field_under_a_bold_line_is_no_value_of_it() {
    let text = "**LONDON BOROUGH OF WESTMARCH**\n\n**WARDS:** All\n\n**REPORT TITLE**\n\nPension Fund Investment Strategy Review\n\n**REPORT OF**\n\nExecutive Director Corporate Services\n\n**SUMMARY**\n\nThe Fund's adviser has reviewed the allocation of its assets over the year.\n";
    let got = fields(text);
    assert!(got.contains(&pair("WARDS", "All")), "{got:?}");
    assert!(
        got.contains(&pair(
            "REPORT TITLE",
            "Pension Fund Investment Strategy Review"
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&pair("REPORT OF", "Executive Director Corporate Services")),
        "{got:?}"
    );
    assert!(
        got.iter().all(|(k, _)| k != "LONDON BOROUGH OF WESTMARCH"),
        "{got:?}"
    );
}

#[test]
fn a_committee_heading_with_a_bracket_and_a_date_of_hearing() {
    let text = "**CALDERBROOK METROPOLITAN BOROUGH COUNCIL**\n\n**LICENSING AND REGULATORY SUB-COMMITTEE (HEARING)**\n\n  -------------------------- ----------------------------------\n  **Date of hearing:**       Thursday 14 November 2024, 10.00 am\n\n  **Report of:**             Service Manager, Licensing\n  -------------------------- ----------------------------------\n\n# 1. Purpose\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1);
    assert!(doc.meetings[0]
        .name
        .starts_with("LICENSING AND REGULATORY SUB-COMMITTEE"));
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2024-11-14");
    // A long note in the bracket is no committee's name.
    let note = "Westbury Council\n\nPlanning Committee (see the note on the order of items)\n\nSubject: Text\n";
    assert!(parse(note).meetings.iter().all(|m| m.name.is_empty()));
}

#[test]
fn a_line_saying_when_the_meeting_is_held_dates_it() {
    let text = "Report to the Children, Families and Skills Scrutiny Committee\nMeeting to be held on Tuesday, 11 March 2025\nReport of the Executive Director of Education\n\nSufficiency of Homes – Progress Update\n\n1. Purpose\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(
        doc.meetings[0].name,
        "Children, Families and Skills Scrutiny Committee"
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-11");
    // A line of prose mentioning a meeting date is not the meeting's.
    let prose = "Report to the Children, Families and Skills Scrutiny Committee\nA meeting to be held on Tuesday, 11 March 2025 will consider it.\n\n1. Purpose\n\n1.1 Text.\n";
    assert!(parse(prose).meetings.iter().all(|m| m.date.is_none()));
}

#[test]
fn a_report_to_the_meeting_on_a_date_dates_it() {
    // The report's own line on a cover, under the committee's name.
    let text = "   MERCIAN SHIRES POOL\n\n   Pool Joint Committee (Leaders)\n\n   \
                Report to the meeting on Friday 15 January 2027\n\n   Report of: Lead Officer\n\n   \
                1. Purpose\n\n   1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-01-15");
    // A line that runs on past the date is prose, not the meeting's date.
    let more = "   MERCIAN SHIRES POOL\n\n   Pool Joint Committee (Leaders)\n\n   \
                Report to the meeting on Friday 15 January 2027 was deferred\n\n   \
                Report of: Lead Officer\n\n   1. Purpose\n\n   1.1 Text.\n";
    assert!(parse(more).meetings.iter().all(|m| m.date.is_none()));
}

#[test]
fn a_committee_and_date_column_gives_the_meeting_and_its_date() {
    let text = "  ------------------------------------------- ---------------------\n  **Committee and Date**                      **Item**\n\n  Health Overview and Scrutiny Committee      \n\n  13 January 2025                             **Public**\n  ------------------------------------------- ---------------------\n\n**Stroke Services**\n\n# 1. Purpose\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(
        doc.meetings[0].name,
        "Health Overview and Scrutiny Committee"
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-01-13");
    // The column headings are no field: "Item" is not the meeting.
    assert!(doc.fields.iter().all(|f| f.value != "Item"));
}

#[test]
fn a_row_of_two_labels_over_a_row_of_their_values() {
    // Pipes: each label takes the value under it, the item's number
    // apart from the classification.
    let piped = "| Item No. | Classification: |\n|---|---|\n| 5.1 | Open |\n| Date: | Meeting Name: |\n| 5 December 2024 | Planning Committee |\n| Report title: | Gasholder Site |\n\n## RECOMMENDATION\n\n1. That it be noted.\n";
    assert_eq!(
        fields(piped),
        [
            pair("Item No.", "5.1"),
            pair("Classification", "Open"),
            pair("Date", "5 December 2024"),
            pair("Meeting Name", "Planning Committee"),
            pair("Report title", "Gasholder Site"),
        ]
    );
    // A Word table set out by Pandoc: each cell's label over its value.
    let framed = "  ----------------------------------------------------------------\n  \
                  **Item No.**                    **Classification:**\n  \
                  5.1                             Open\n\n  \
                  **Date:**                       **Meeting Name:**\n  \
                  5 December 2024                 Planning Committee (Major\n  \
                  \x20                               Applications) A\n\n  \
                  **Report title:**               Development Management planning application:\n  \
                  \x20                               Former Gasholder Site\n\n  \
                  **From:**                       Director of Planning\n  \
                  ----------------------------------------------------------------\n\n**RECOMMENDATION**\n\n1.  That permission be granted.\n";
    let doc = parse(framed);
    assert_eq!(
        pairs(&doc),
        [
            pair("Item No.", "5.1"),
            pair("Classification", "Open"),
            pair("Date", "5 December 2024"),
            pair("Meeting Name", "Planning Committee (Major Applications) A"),
            pair(
                "Report title",
                "Development Management planning application: Former Gasholder Site"
            ),
            pair("From", "Director of Planning"),
        ]
    );
    assert_eq!(doc.fields[1].value_span.of(framed), "Open");
    // Near miss: a key and its value that happens to end in a colon,
    // over a row with a cell left empty, stays a key and its value.
    let near = "| Report title: | Budget 2025: |\n|---|---|\n| | Consultation |\n";
    assert_eq!(fields(near), [pair("Report title", "Budget 2025:")]);
}

#[test]
fn a_title_with_a_colon_wrapped_under_the_title_block_is_no_field() {
    let head = "Lomondside Council\n\nFinance and Resources Committee\n\n26 February 2026\n\nAgenda Item No. 11\n\n";
    let text = format!("{head}Leisure Trust: Funding Agreement and Transfer of\nthe Sports Hub 2026-2029\n\nReport by Executive Director of Finance\n\nWards Affected: All\n\nPurpose\n\nThe purpose of this report is to seek approval.\n");
    let doc = parse(&text);
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("Leisure Trust: Funding Agreement and Transfer of the Sports Hub 2026-2029")
    );
    assert_eq!(
        pairs(&doc)[..2],
        [
            pair("Report by", "Executive Director of Finance"),
            pair("Wards Affected", "All"),
        ]
    );
    // Wrapped in capitals over three lines.
    let text = format!("{head}LEARNING ESTATE: STATUTORY CONSULTATION ON THE RELOCATION OF\nKILBRECK PRIMARY SCHOOL AND AMALGAMATION WITH STRATHDEARN\nPRIMARY SCHOOL\n\n1\n\nExecutive Summary\n");
    let doc = parse(&text);
    assert!(doc.fields.is_empty(), "{:?}", pairs(&doc));
    assert!(doc
        .title
        .as_ref()
        .unwrap()
        .text
        .ends_with("STRATHDEARN PRIMARY SCHOOL"));
}

#[test]
fn a_colon_line_whose_neighbours_are_fields_stays_a_field() {
    let head = "Lomondside Council\n\nFinance and Resources Committee\n\n26 February 2026\n\n";
    // A field under it: the line is a field too.
    let text = format!("{head}Lead Member: Councillor Ann Other\nWards Affected: All\n\nPurpose\n");
    assert_eq!(
        pairs(&parse(&text))[0],
        pair("Lead Member", "Councillor Ann Other")
    );
    // A label the parser knows, its value wrapped with no indent.
    let text = format!("{head}Meeting: Finance and Resources\nCommittee\n\nPurpose\n");
    assert_eq!(parse(&text).fields[0].key, "Meeting");
    let vocab = crate::parse::Vocabulary {
        field_keys: vec!["subject".to_string()].into(),
        ..crate::parse::Vocabulary::default()
    };
    let text =
        format!("{head}Subject: Funding Agreement and Transfer of\nthe Sports Hub\n\nPurpose\n");
    assert_eq!(
        crate::parse::parse_with(&text, &vocab).fields[0].key,
        "Subject"
    );
    // A value indented under its key is the key's, wrapped.
    let text = format!("{head}Leisure Trust: Funding Agreement and Transfer of\n               the Sports Hub\n\nPurpose\n");
    assert_eq!(
        pairs(&parse(&text))[0],
        pair(
            "Leisure Trust",
            "Funding Agreement and Transfer of the Sports Hub"
        )
    );
    // With no title block above it, the paper's first line is left as it was.
    let text = "Leisure Trust: Funding Agreement and Transfer of\nthe Sports Hub\n\nPurpose\n";
    assert_eq!(parse(text).fields[0].key, "Leisure Trust");
    // "Report of the Scrutiny Officer" under a one-line title is no wrap
    // of it; the line is the title all the same, as the one line of the
    // block that is none of its others (see the test below).
    let text = format!("{head}Highway Defect Repairs: Performance Review\nReport of the Scrutiny Officer\n\nWards: All\n");
    let doc = parse(&text);
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("Highway Defect Repairs: Performance Review")
    );
    assert_eq!(doc.fields[0].key, "Report of");
}

#[test]
fn a_one_line_title_with_a_colon_among_the_stacked_title_block_lines() {
    // Raw pdftotext, no blank lines: the council, the committee, the date
    // and "Report of …" unlabelled, then the title, then the fields.
    let block = "OFFICIAL\nEastmere Metropolitan Borough Council\nNeighbourhoods (Crime and Disorder) Scrutiny Committee\n4 March 2027\n";
    let report_of = "Report of the Director of Neighbourhoods\n";
    let title = "Safer Eastmere Partnership: performance 2026/27 and the draft Partnership Plan 2027-2030\n";
    let sheet = "Lead officer: Ann Other, Head of Community Safety\nTel: 01632 960 000\nWards: All wards\n\n1. Purpose of Report\n1.1 To review the work of the Partnership.\n";
    let title_of = |text: &str| {
        let doc = parse(text);
        (pairs(&doc), doc.title.map(|t| t.text))
    };
    let want = Some(title.trim_end().to_string());
    // After the "Report of" line, before it, or between blank lines.
    for text in [
        format!("{block}{report_of}{title}{sheet}"),
        format!("{block}{title}{report_of}{sheet}"),
        format!("{block}{report_of}\n{title}\n{sheet}"),
    ] {
        let (fields, got) = title_of(&text);
        assert_eq!(got, want, "{text}");
        assert_eq!(
            fields[0],
            pair("Report of", "the Director of Neighbourhoods")
        );
        assert!(fields
            .iter()
            .all(|(k, _)| k != "Safer Eastmere Partnership"));
        assert_eq!(
            parse(&text).meetings[0].date.unwrap().value.iso(),
            "2027-03-04"
        );
    }
}

#[test]
fn a_colon_line_in_the_stacked_title_block_that_is_no_lone_title() {
    let block = "Eastmere Metropolitan Borough Council\nNeighbourhoods Scrutiny Committee\n4 March 2027\nReport of the Director of Neighbourhoods\n";
    let sheet = "Lead officer: Ann Other, Head of Community Safety\nWards: All wards\n\n1. Purpose of Report\n1.1 To review the work of the Partnership.\n";
    let title = |text: &str| parse(text).title.map(|t| t.text);
    let first_key = |text: &str| parse(text).fields.get(1).map(|f| f.key.clone());
    // A sentence of prose, a value that leads in to one, a person and
    // their post, a value with nothing named in it: a field, no title.
    for line in [
        "Purpose of the Report: to ask the Committee to note the performance of the Partnership.",
        "Safer Eastmere Partnership: to note the draft Partnership Plan 2027-2030",
        "Jo Bloggs: Head of Community Safety",
        "Safer Eastmere Partnership: performance and the draft plan",
    ] {
        let text = format!("{block}{line}\n{sheet}");
        assert_eq!(title(&text), None, "{line}");
        let key = line.split_once(':').unwrap().0;
        assert_eq!(first_key(&text).as_deref(), Some(key), "{line}");
    }
    // A prose line with no colon is no title either.
    let text = format!(
        "{block}This report asks the Committee to note the work of the Partnership.\n{sheet}"
    );
    assert_eq!(title(&text), None);
    // Two lines that could be the title: the plain one is, as before, and
    // the colon line stays a field.
    let text = format!("Eastmere Metropolitan Borough Council\nNeighbourhoods Scrutiny Committee\n4 March 2027\nAnnual Community Safety Report\nReport of the Director of Neighbourhoods\nSafer Eastmere Partnership: performance 2026/27 and the draft Partnership Plan 2027-2030\n{sheet}");
    assert_eq!(
        title(&text).as_deref(),
        Some("Annual Community Safety Report")
    );
    assert_eq!(
        first_key(&text).as_deref(),
        Some("Safer Eastmere Partnership")
    );
    // A labelled title is the Title field.
    let text = format!("{block}Title: Safer Eastmere Partnership: performance 2026/27\n{sheet}");
    assert_eq!(first_key(&text).as_deref(), Some("Title"));
    assert_eq!(title(&text), None);
    // No field under it: the sheet reads as before.
    let text = format!("{block}Safer Eastmere Partnership: performance 2026/27 and the draft Partnership Plan 2027-2030\n\n1. Purpose of Report\n1.1 To review the work.\n");
    assert_eq!(
        first_key(&text).as_deref(),
        Some("Safer Eastmere Partnership")
    );
}

#[test]
fn a_title_with_a_colon_and_a_list_of_subjects_is_no_field() {
    let head = "NORTHWOLD COUNTY COUNCIL\nCABINET\n2 July 2026\n";
    let text = format!("{head}Coroner Service: Body Storage, Transport and Post-Mortem\nArrangements and Revised Budget 2026/27\nReport by the Executive Director of Corporate Services\nElectoral Division(s): All\nKey Decision: Yes\n");
    let doc = parse(&text);
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("Coroner Service: Body Storage, Transport and Post-Mortem Arrangements and Revised Budget 2026/27")
    );
    assert!(
        doc.fields.iter().all(|f| f.key != "Coroner Service"),
        "{:?}",
        pairs(&doc)
    );
    // A person and their post after the comma, or a councillor, stay a field.
    for value in [
        "Jane Smith-Okafor, Director of Place and",
        "Councillor Ann Other, Lead Member for Housing and",
    ] {
        let text =
            format!("{head}Sponsoring Officer: {value}\nRegeneration Services\n\nWards: All\n");
        let doc = parse(&text);
        assert_eq!(doc.fields[0].key, "Sponsoring Officer", "{value}");
    }
}

#[test]
fn a_capitals_title_ending_in_a_colon_over_its_second_line() {
    let head = "Cyngor Sir Dyffryn Teifi\nDyffryn Teifi County Council\nPWYLLGOR CRAFFU GOFAL CYMDEITHASOL AC IECHYD\nSOCIAL CARE AND HEALTH SCRUTINY COMMITTEE\n14 JULY 2026\n";
    let text = format!("{head}WEST WALES REGIONAL PARTNERSHIP BOARD:\nANNUAL REPORT 2025/26 AND REGIONAL INTEGRATION FUND\nPurpose:\nTo inform the Committee of the work of the Board in\n2025/26.\n");
    let doc = parse(&text);
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("WEST WALES REGIONAL PARTNERSHIP BOARD: ANNUAL REPORT 2025/26 AND REGIONAL INTEGRATION FUND")
    );
    assert!(
        doc.fields.iter().all(|f| !f.key.starts_with("WEST WALES")),
        "{:?}",
        pairs(&doc)
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-07-14");
    // A label the pack knows, a one-word label, or a person's name under
    // it: a key over its value.
    let vocab = crate::parse::Vocabulary {
        field_keys: vec!["report title".to_string()].into(),
        ..crate::parse::Vocabulary::default()
    };
    for (key, value) in [
        (
            "REPORT TITLE",
            "ANNUAL REPORT 2025/26 AND REGIONAL INTEGRATION FUND",
        ),
        ("DIRECTORATE", "COMMUNITIES AND HOUSING SERVICES"),
        ("HEAD OF INTEGRATION", "CLLR EIRLYS PRYDDERCH"),
    ] {
        let text = format!("{head}{key}:\n{value}\nPurpose:\nTo inform the Committee.\n");
        let doc = crate::parse::parse_with(&text, &vocab);
        assert_eq!(doc.fields[0].key, key, "{key}");
    }
}

#[test]
fn a_title_case_title_ending_in_a_colon_over_its_second_line() {
    // A city council's front sheet as pdftotext gives it: the committee,
    // "Report", then the title over two lines, the first closed by a colon.
    let head = "Housing Scrutiny Commission\nReport\n";
    let sheet = "\nLead director: Martin Osei, Strategic Director of City Development\nDate of meeting: 9 February 2027\n\nUseful information\n\nWard(s) affected: All\n";
    let text = format!(
        "{head}Damp and Mould in Council Homes:\nProgress on the Awaab's Law Action Plan\n{sheet}"
    );
    let doc = parse(&text);
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("Damp and Mould in Council Homes: Progress on the Awaab's Law Action Plan")
    );
    assert!(
        doc.fields.iter().all(|f| !f.key.starts_with("Damp")),
        "{:?}",
        pairs(&doc)
    );
    assert_eq!(doc.fields[0].key, "Lead director");
    // A key over a line of prose, a person, a date, a section's title or
    // a one-word label, or a title running straight into the fields with
    // no blank line: a key over its value, as before.
    let vocab = crate::parse::Vocabulary {
        section_titles: vec!["executive summary".to_string()].into(),
        ..crate::parse::Vocabulary::default()
    };
    for (key, value, after) in [
        (
            "Reason for Decision",
            "To seek approval for the scheme",
            "\n",
        ),
        ("Sponsoring Cabinet Member", "Councillor Ann Other", "\n"),
        ("Decision Deadline", "Friday 12 February 2027", "\n"),
        ("Executive Summary", "Progress on the Action Plan", "\n"),
        ("Directorate", "City Development and Neighbourhoods", "\n"),
        (
            "Damp and Mould in Council Homes",
            "Progress on the Action Plan",
            "",
        ),
    ] {
        let text = format!(
            "{head}{key}:\n{value}\n{after}Lead director: Martin Osei\nWard(s) affected: All\n"
        );
        let doc = crate::parse::parse_with(&text, &vocab);
        let title = format!("{key}: {value}");
        assert_ne!(
            doc.title.as_ref().map(|t| t.text.as_str()),
            Some(title.as_str())
        );
        // (A section's title opens the body instead.)
        if key != "Executive Summary" {
            assert_eq!(doc.fields[0].key, key, "{key}: {:?}", pairs(&doc));
        }
    }
}

#[test]
fn a_committee_heading_over_a_date_heading_opening_the_paper() {
    let text = "# HARBOURSIDE HEALTH AND WELLBEING BOARD\n\n## Thursday 18 September 2025\n\n**Title of report:** Pharmaceutical Needs Assessment 2025  \n**Wards affected:** All\n\n### Summary\n\nText.\n";
    let doc = parse(text);
    assert_eq!(
        doc.meetings[0].name,
        "HARBOURSIDE HEALTH AND WELLBEING BOARD"
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-09-18");
    // The council's own name over a date names no meeting.
    let text = "# Harbourside City Council\n\n## Thursday 18 September 2025\n\n**Title of report:** Pharmaceutical Needs Assessment 2025  \n**Wards affected:** All\n\n### Summary\n\nText.\n";
    assert!(parse(text).meetings.is_empty());
}

#[test]
fn a_decision_date_on_an_executive_decision_form_dates_the_meeting() {
    let text = "Decision Report – Executive Decision\nForward Plan Reference: FP/26/03/07\nDecision Date: 14 April 2026\nKey Decision: Yes\nMeeting: Cabinet\nReport Title: Award of the Waste Collection Contract\n\n1. Summary\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-04-14");
}

#[test]
fn a_decision_session_named_in_a_title_line_is_the_meeting() {
    let meeting = |text: &str| {
        let doc = parse(text);
        doc.meetings
            .first()
            .map(|m| (m.name.clone(), m.date.map(|d| d.value.iso())))
    };
    let table = "| **Title** | Town Centre Acquisitions |\n|---|---|\n| **Report for** | Decision |\n| **Wards** | Central |\n\n**Proposed decision(s)**\n\nThat the Mayor approves.\n";
    // "Report for: Decision" names no meeting; the title line does.
    let text = format!("**Tees Harbour Borough Council**\n\n**Individual Executive Decision – Decision Session of the Mayor, 18 March 2026**\n\n{table}");
    assert_eq!(
        meeting(&text),
        Some((
            "Decision Session of the Mayor".to_string(),
            Some("2026-03-18".to_string())
        ))
    );
    let text = format!("Westbury Council\n\nDecision Session – Executive Member for Transport, 12 March 2026\n\n{table}");
    assert_eq!(
        meeting(&text),
        Some((
            "Decision Session".to_string(),
            Some("2026-03-12".to_string())
        ))
    );
    let text =
        format!("Westbury Council\n\nExecutive Member Decision Session, 5 May 2025\n\n{table}");
    assert_eq!(
        meeting(&text),
        Some((
            "Executive Member Decision Session".to_string(),
            Some("2025-05-05".to_string())
        ))
    );
    // A dated title line naming no meeting gives none.
    let text = format!(
        "Westbury Council\n\nParking Charges – Consultation Outcome, 18 March 2026\n\n{table}"
    );
    assert_eq!(meeting(&text), Some(("Decision".to_string(), None)));
    // A meeting field naming another body keeps its own name, undated.
    let text = "Westbury Council\n\nScrutiny Committee – 3 February 2025\n\nReport to: Cabinet\nWards: All\n\nPurpose\n\nText.\n";
    assert_eq!(meeting(text), Some(("Cabinet".to_string(), None)));
}

/// The built-in vocabulary with the pack's field labels `keys`, as the
/// configuration fills them in.
pub(super) fn with_field_keys(keys: &[&str]) -> crate::parse::Vocabulary {
    crate::parse::Vocabulary {
        field_keys: keys
            .iter()
            .map(|k| k.to_string())
            .collect::<Vec<_>>()
            .into(),
        ..crate::parse::Vocabulary::builtin().as_ref().clone()
    }
}

#[test]
fn a_table_read_one_column_at_a_time() {
    // pdftotext gives the labels' column, then the values' column: a
    // value wrapped after a comma, or opening in lower case, carries on.
    let vocab = with_field_keys(&[
        "committee",
        "date",
        "subject",
        "report of",
        "author",
        "wards",
        "exempt information",
    ]);
    let text = "Fernholt Borough Council\nCommittee:\nDate:\nSubject:\nReport of:\nAuthor:\nWards:\nExempt information:\n\nLicensing Committee\n4 March 2026\nReview of Street Trading Fees\nDirector of Regulatory Services\nOmar Lindqvist, Licensing Manager, 01632 960 741,\nomar.lindqvist@fernholt.example.gov.uk\nAll\nYes – the report names traders\nwho hold licences\n\n1. Purpose\n1.1 To agree the fees.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc),
        [
            pair("Committee", "Licensing Committee"),
            pair("Date", "4 March 2026"),
            pair("Subject", "Review of Street Trading Fees"),
            pair("Report of", "Director of Regulatory Services"),
            pair(
                "Author",
                "Omar Lindqvist, Licensing Manager, 01632 960 741, omar.lindqvist@fernholt.example.gov.uk"
            ),
            pair("Wards", "All"),
            pair(
                "Exempt information",
                "Yes – the report names traders who hold licences"
            ),
        ]
    );
    assert_eq!(doc.fields[0].key_span.of(text), "Committee");
    assert_eq!(doc.fields[1].value_span.of(text), "4 March 2026");
    assert_eq!(doc.meetings[0].name, "Licensing Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-03-04");
    assert_eq!(doc.sections[0].title, "Purpose");
    // Labels without colons, the values straight under them, read alike.
    let bare = "Committee\nDate\nWards\n\nLicensing Committee\n4 March 2026\nAll\n\n1. Purpose\n1.1 To agree the fees.\n";
    assert_eq!(
        pairs(&crate::parse::parse_with(bare, &vocab)),
        [
            pair("Committee", "Licensing Committee"),
            pair("Date", "4 March 2026"),
            pair("Wards", "All"),
        ]
    );
    // Near misses: one value too few (the counts disagree), the date
    // under the wrong label, a value that is itself a label, only two
    // labels, labels that are none of the pack's, and no meeting or
    // date label to check the pairing by.
    for text in [
        "Committee:\nDate:\nSubject:\nWards:\n\nLicensing Committee\n4 March 2026\nAll\n\n1. Purpose\n",
        "Committee:\nSubject:\nDate:\nWards:\n\nLicensing Committee\n4 March 2026\nReview of Fees\nAll\n\n1. Purpose\n",
        "Committee:\nDate:\nSubject:\n\nLicensing Committee\n4 March 2026\nWards\n\n1. Purpose\n",
        "Committee:\nDate:\n\nLicensing Committee\n4 March 2026\n\n1. Purpose\n",
        "Panel:\nWhen:\nTopic:\n\nLicensing Committee\n4 March 2026\nReview of Fees\n\n1. Purpose\n",
        "Subject:\nReport of:\nWards:\n\nReview of Fees\nDirector of Place\nAll\n\n1. Purpose\n",
    ] {
        let doc = crate::parse::parse_with(text, &vocab);
        assert!(
            !doc.fields.iter().any(|f| f.value == "Licensing Committee"
                || f.value == "Review of Fees"
                || f.value == "All"),
            "{text}: {:?}",
            pairs(&doc)
        );
    }
}

#[test]
fn a_section_title_alone_ends_a_capitals_fields_value() {
    // pdftotext sets the first heading straight under the last value.
    let vocab = crate::parse::Vocabulary {
        section_titles: vec!["purpose of report".to_string()].into(),
        ..crate::parse::Vocabulary::builtin().as_ref().clone()
    };
    let text = "REPORT TO:\nDrainage Board\nDATE:\n12 March 2026\nCONTACT OFFICER:\nPriya Okonkwo-Hale, Finance Manager\n01632 960 552\nPURPOSE OF REPORT\n1.1 To recommend the drainage rates.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc)[2],
        pair(
            "CONTACT OFFICER",
            "Priya Okonkwo-Hale, Finance Manager 01632 960 552"
        )
    );
    assert_eq!(doc.sections[0].title, "PURPOSE OF REPORT");
    // A capitals line that is no section title carries the value on, and
    // a section title as the first line of a value is still the value.
    let text = "REPORT TO:\nDrainage Board\nCONTACT OFFICER:\nPRIYA OKONKWO-HALE\nFINANCE MANAGER\n\n1. Background\n";
    assert_eq!(
        pairs(&crate::parse::parse_with(text, &vocab))[1],
        pair("CONTACT OFFICER", "PRIYA OKONKWO-HALE FINANCE MANAGER")
    );
    let text = "REPORT TO:\nDrainage Board\nSUBJECT:\nPURPOSE OF REPORT\n\n1. Background\n";
    assert_eq!(
        pairs(&crate::parse::parse_with(text, &vocab))[1],
        pair("SUBJECT", "PURPOSE OF REPORT")
    );
}

#[test]
fn a_sentence_case_section_title_ends_the_last_value_of_labels_over_values() {
    // pdftotext: labels over values, no blank lines, and the first heading
    // ("Purpose of report") straight under the last value.
    let vocab = crate::parse::Vocabulary {
        section_titles: vec!["purpose of report".to_string()].into(),
        ..crate::parse::Vocabulary::builtin().as_ref().clone()
    };
    let text = "Report to:\nPartnership Board\nDate of meeting:\nTuesday 9 March 2027\nWards affected:\nAll\nStatus:\nPublic\nPurpose of report\n1. To present the draft plan.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(pairs(&doc)[3], pair("Status", "Public"));
    assert_eq!(doc.sections[0].title, "Purpose of report");
    // Near miss: a value wrapped onto a line that only starts like a
    // section title carries the value on.
    let text = "Report to:\nPartnership Board\nTitle:\nYouth Justice Plan\nPurpose of report and plan\nStatus:\nPublic\n\n1. Background\n";
    assert_eq!(
        pairs(&crate::parse::parse_with(text, &vocab))[1],
        pair("Title", "Youth Justice Plan Purpose of report and plan")
    );
}

#[test]
fn a_label_straight_under_the_last_value_heads_a_section() {
    // The front sheet's last value ends where its field's lines end: the
    // label under it stands after a break, as after a blank line.
    let text = "To:\n\nFull Council\n\nDate:\n\n13 March 2025\n\nSummary:\nThis report gives a briefing on the work of the council to support the community and\nsummarises what was achieved during the year.\nRecommendation:\nMembers are asked to note all that is being done to deliver the covenant in the county and\nto agree the priorities for the year ahead, including the status of the award.\nMembers are requested to continue to support the covenant across the\ncounty and to endorse the commitment of the council to this work by engaging locally in\nevents.\n1. Introduction\n1.1 The covenant was signed in 2011.\n";
    let doc = parse(text);
    assert!(doc.fields.iter().all(|f| f.key != "Recommendation"));
    assert_eq!(doc.sections[0].title, "Recommendation");
}

#[test]
fn an_agenda_pack_title_block_with_page_furniture_and_a_bracket() {
    // pdftotext of an item in an agenda pack: the page's number and the
    // item's over the committee's name, the councils it serves in
    // brackets, then the date alone, with no labels.
    let text = "Page 21\nAgenda Item 5\nWestmarch Joint Health Overview and Scrutiny Committee\n(Westmarch County Council, Eastbury Borough Council and Northwold Council)\n3 December 2025\nProposed Reconfiguration of Stroke Services: Formal Consultation\nReport of the Lead Scrutiny Officer\nContact:\nJo Bloggs, Lead Scrutiny Officer\nTelephone: 01632 960 123\nSummary\nThe board is consulting the public on its proposals for stroke care.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(
        doc.meetings[0].name,
        "Westmarch Joint Health Overview and Scrutiny Committee"
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-12-03");
    // A bracket under a line that names no body is no committee's note.
    let titled = text.replace(
        "Westmarch Joint Health Overview and Scrutiny Committee",
        "Proposed Reconfiguration of Stroke Services",
    );
    assert!(parse(&titled).meetings.is_empty());
    // "Page 21" over the council's own name: the name still heads the
    // paper and names no meeting over a date.
    let council =
        "Page 21\nWestmarch County Council\n3 December 2025\n\nReport of: Director of Place\n";
    assert!(
        parse(council).meetings.is_empty(),
        "{:?}",
        parse(council).meetings
    );
}

#[test]
fn page_lines() {
    for yes in ["Page 21", "page 3", "Page 3 of 12", "PAGE 4"] {
        assert!(super::is_page_line(yes), "{yes}");
    }
    for no in [
        "Page",
        "Pages 3",
        "Page 3 sets out the figures",
        "Page three",
        "Front page",
    ] {
        assert!(!super::is_page_line(no), "{no}");
    }
    assert!(super::is_bracketed_line("(Councils A, B and C)"));
    assert!(!super::is_bracketed_line("(a) the first option"));
    assert!(!super::is_bracketed_line("(a) the rent (b) the fee)"));
}

#[test]
fn a_committee_straight_under_the_councils_name_over_a_dated_sheet() {
    // pdftotext with no blank lines: the council's name, the committee's,
    // then labels each over its value, only the date labelled.
    let text = "Wessingham County Council\nCabinet\nReport title:\nFees Paid to Care Providers 2026/27\nMeeting date:\n12 March 2026\nReport by:\nExecutive Director of Adult Social Care\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert_eq!(doc.meetings[0].name_span.of(text), "Cabinet");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-03-12");
    // A cabinet member is no meeting.
    let member = text.replace("\nCabinet\n", "\nCabinet Member for Adult Social Care\n");
    assert!(parse(&member).meetings.is_empty());
    // Nor is the council's name over two lines.
    let split = text.replace(
        "Wessingham County Council\nCabinet",
        "Wessingham\nCounty Council",
    );
    assert!(parse(&split).meetings.is_empty());
    // Nor a committee's name with no date for the meeting.
    let undated = text.replace("Meeting date:\n12 March 2026\n", "");
    assert!(parse(&undated).meetings.is_empty());
    // Nor a title naming a committee's report.
    let report = text.replace("\nCabinet\n", "\nAnnual Report of the Audit Committee\n");
    assert!(
        parse(&report).meetings.is_empty(),
        "{:?}",
        parse(&report).meetings
    );
    // Nor a committee named in the third line of the block, under a title.
    let low = text.replace(
        "\nCabinet\n",
        "\nAdult Social Care\nFees Review\nAudit Committee\n",
    );
    assert!(parse(&low).meetings.is_empty());
}

#[test]
fn a_committees_name_in_two_languages_in_bold_is_no_field() {
    let text = "Agenda Item 7\n\n**CYD-BWYLLGOR CORFFORAETHOL Y DYFFRYN**\n**VALE CORPORATE JOINT COMMITTEE**\n\n**Date of Meeting / Dyddiad y Cyfarfod:** Tuesday, 10 March 2026\n\n**Report of / Adroddiad gan:** Chief Executive\n\n**Purpose of the report**\n\nTo seek approval of the plan.\n";
    let doc = parse(text);
    let got = pairs(&doc);
    assert!(
        got.iter().all(|(k, _)| !k.starts_with("CYD-BWYLLGOR")),
        "{got:?}"
    );
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "VALE CORPORATE JOINT COMMITTEE");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-03-10");
    // A label the pack knows over its value, both in bold, is a field.
    let to = parse("**REPORT TO**\n**CABINET**\n\n**Date of Meeting:** 10 March 2026\n");
    assert!(
        pairs(&to).contains(&pair("REPORT TO", "CABINET")),
        "{:?}",
        pairs(&to)
    );
    // A bold heading naming a cabinet member is no meeting.
    let member = parse("**WESTMARCH COUNTY COUNCIL**\n**CABINET MEMBER FOR HOUSING**\n\n**Date of Meeting:** 10 March 2026\n");
    assert!(member.meetings.is_empty(), "{:?}", member.meetings);
}

#[test]
fn a_topic_and_sub_topic_under_a_lone_key_is_its_value() {
    // Keys over values on alternate lines, no blank line between: the
    // title "Topic: sub-topic" under "Report title:" is its value.
    let head = "Harrowdene County Council\nCabinet\nReport title:\n";
    let tail = "Meeting date:\n9 April 2026\nReport by:\nDirector of Place\n\n1. Purpose of report\n1.1 To agree the plan.\n";
    let text = format!("{head}Highways: Winter Maintenance Plan 2026/27\n{tail}");
    assert_eq!(
        pairs(&parse(&text))[..2],
        [
            pair("Report title", "Highways: Winter Maintenance Plan 2026/27"),
            pair("Meeting date", "9 April 2026"),
        ]
    );
    // Wrapped over one more line, the next key straight under it.
    let text = format!("{head}Highways: Winter Maintenance Plan and\nGritting Routes\n{tail}");
    assert_eq!(
        pairs(&parse(&text))[0],
        pair(
            "Report title",
            "Highways: Winter Maintenance Plan and Gritting Routes"
        )
    );
    // A label the parser knows stays a field of its own.
    let text = format!("{head}Meeting: Cabinet\n{tail}");
    let got = pairs(&parse(&text));
    assert_eq!(
        got[..2],
        [pair("Report title", ""), pair("Meeting", "Cabinet")]
    );
    // So does one of the pack's field labels.
    let vocab = with_field_keys(&["report title", "subject", "meeting date"]);
    let text = format!("{head}Subject: Winter Maintenance\n{tail}");
    let got = pairs(&crate::parse::parse_with(&text, &vocab));
    assert_eq!(
        got[..2],
        [
            pair("Report title", ""),
            pair("Subject", "Winter Maintenance")
        ]
    );
    // With no key standing alone under it, the line is a field as before.
    let text = format!("{head}Highways: Winter Maintenance Plan 2026/27\nMeeting date: 9 April 2026\n\n1. Purpose of report\n1.1 To agree the plan.\n");
    let got = pairs(&parse(&text));
    assert_eq!(got[0], pair("Report title", ""));
    assert_eq!(got[1].0, "Highways");
}

#[test]
fn a_topic_and_sub_topic_under_a_key_after_the_sheet_has_ended() {
    // A wrapped first value ends the front sheet; the builder reads
    // "Subject:" / blank / "Topic: sub-topic" wrapped as one field.
    let head = "Author of Report: Sam Okafor-\nBright, Head of Inclusion\n\nReport of:\n\nDirector of Education\n\nSubject:\n\n";
    let tail = "\nIs this a Key Decision?\n\nYes\n\nPurpose of Report\n\nTo note the plan.\n";
    let text = format!("{head}Schools Budget: Recovery Plan and Places\nUpdate\n{tail}");
    let doc = parse(&text);
    let subject = doc.fields.iter().find(|f| f.key == "Subject").unwrap();
    assert_eq!(
        subject.value,
        "Schools Budget: Recovery Plan and Places Update"
    );
    assert!(!doc.fields.iter().any(|f| f.key == "Schools Budget"));
    // A label the parser knows under it stays a field of its own.
    let text = format!("{head}Meeting: Cabinet\n{tail}");
    let doc = parse(&text);
    assert!(doc
        .fields
        .iter()
        .any(|f| f.key == "Subject" && f.value.is_empty()));
    assert!(doc
        .fields
        .iter()
        .any(|f| f.key == "Meeting" && f.value == "Cabinet"));
}

/// The pack's labels the tests of labels and values on alternate lines use.
fn pair_keys() -> crate::parse::Vocabulary {
    with_field_keys(&[
        "committee",
        "cabinet",
        "date",
        "title",
        "report title",
        "report of",
        "report author",
        "key decision",
        "wards affected",
        "wards",
        "director",
    ])
}

#[test]
fn labels_and_values_on_alternate_lines_without_colons() {
    // pdftotext of a two-column front table: the labels in lower case,
    // the values in capitals, no blank line anywhere.
    let vocab = pair_keys();
    let text = "Purpose: For Decision\nISLE OF FERNE COUNCIL\nCommittee\nCABINET\nDate\n12 MARCH 2026\nTitle\nHIGHWAYS AND TRANSPORT CAPITAL PROGRAMME 2026/27\nReport of\nCABINET MEMBER FOR HIGHWAYS, TRANSPORT AND INFRASTRUCTURE\nKey decision\nYES – FORWARD PLAN REFERENCE FP 26/0112\nWards affected\nALL\nEXECUTIVE SUMMARY\n1.\nThis report sets out the programme.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc)[1..],
        [
            pair("Committee", "CABINET"),
            pair("Date", "12 MARCH 2026"),
            pair("Title", "HIGHWAYS AND TRANSPORT CAPITAL PROGRAMME 2026/27"),
            pair(
                "Report of",
                "CABINET MEMBER FOR HIGHWAYS, TRANSPORT AND INFRASTRUCTURE"
            ),
            pair("Key decision", "YES – FORWARD PLAN REFERENCE FP 26/0112"),
            pair("Wards affected", "ALL"),
        ]
    );
    assert_eq!(doc.fields[1].key_span.of(text), "Committee");
    assert_eq!(doc.fields[6].value_span.of(text), "ALL");
    assert_eq!(doc.meetings[0].name, "CABINET");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-03-12");
    assert_eq!(doc.sections[0].title, "EXECUTIVE SUMMARY");
    // Under an unlabelled council, committee and date: a value over
    // several lines runs to the next label; the last takes one line, and
    // a label the pack does not know under it is left.
    let text = "OFFICIAL\nStourford Council\nAudit and Governance Committee\n24 March 2026\nReport title\nInternal Audit Progress Report 2025/26\nReport of\nHead of Internal Audit and Assurance\nReport author\nBethan Lloyd-Achebe, Audit Manager\nbethan.lloyd-achebe@stourford.example.gov.uk\n01632 963 558\nWards\nNot applicable\nKey decision\nNo\nPublic or private\nPublic\n1.0 Purpose of report\n1.1 To report progress.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc)[..5],
        [
            pair("Report title", "Internal Audit Progress Report 2025/26"),
            pair("Report of", "Head of Internal Audit and Assurance"),
            pair(
                "Report author",
                "Bethan Lloyd-Achebe, Audit Manager bethan.lloyd-achebe@stourford.example.gov.uk 01632 963 558"
            ),
            pair("Wards", "Not applicable"),
            pair("Key decision", "No"),
        ]
    );
    assert!(!doc.fields.iter().any(|f| f.value.contains("Public")));
    assert_eq!(doc.meetings[0].name, "Audit and Governance Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-03-24");
}

#[test]
fn a_label_without_a_colon_needs_a_run_of_pairs() {
    let vocab = pair_keys();
    let read = |text: &str| pairs(&crate::parse::parse_with(text, &vocab));
    let tail = "1.\nThis report sets out the programme.\n";
    // Near misses: two pairs only; a one-word heading over prose; labels
    // the pack does not know; a date label over no date; a value under a
    // label that is no date though it is one; a value that reads as a
    // label with no label under it (the pairs are out of step).
    for head in [
        "Committee\nCABINET\nDate\n12 MARCH 2026\n",
        "Date\nThe council set its budget in February and March\nTitle\nThe programme for the year\nWards\nAll of them\n",
        "Panel\nCABINET\nWhen\n12 MARCH 2026\nTopic\nHIGHWAYS\n",
        "Committee\nCABINET\nDate\nTo be confirmed\nTitle\nHIGHWAYS\nWards\nALL\n",
        "Committee\nCABINET\nTitle\n12 MARCH 2026\nWards\nALL\n",
        "Cabinet\nDate\n12 MARCH 2026\nTitle\nHIGHWAYS\n",
    ] {
        let text = format!("{head}{tail}");
        let got = read(&text);
        assert!(
            !got.iter().any(|(k, v)| k == "Title"
                || (k == "Committee" && v == "CABINET")
                || (k == "Cabinet" && v == "Date")),
            "{head}: {got:?}"
        );
    }
    // A meeting label over a line that names no body: not read.
    let text = format!("Committee\nHIGHWAYS\nDate\n12 MARCH 2026\nTitle\nHIGHWAYS\n{tail}");
    assert!(read(&text).is_empty(), "{:?}", read(&text));
    // Out of step at the top, the run starts at the next label.
    let text = format!("Cabinet\nDate\n12 MARCH 2026\nTitle\nHIGHWAYS\nWards\nALL\n{tail}");
    assert_eq!(
        read(&text),
        [
            pair("Date", "12 MARCH 2026"),
            pair("Title", "HIGHWAYS"),
            pair("Wards", "ALL")
        ]
    );
}

#[test]
fn a_front_table_in_underscore_bold_as_mammoth_writes_it() {
    let text = "__WEALD BOARD__\n\n|__Meeting:__ |Board |\n|-|-|\n|__Date:__ |Thursday 24 June 2027 |\n|__Report of:__ |Chief Officer |\n|__Title:__ |Plan 2027\\-2032 |\n\n# Summary\n\nThe plan\\.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc),
        [
            pair("Meeting", "Board"),
            pair("Date", "Thursday 24 June 2027"),
            pair("Report of", "Chief Officer"),
            pair("Title", "Plan 2027-2032"),
        ]
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-06-24");
    // Read as the same table in `**` bold is, span for span.
    let starred = parse(&text.replace("__", "**"));
    let spans = |d: &crate::document::Document| {
        d.fields
            .iter()
            .map(|f| (f.key_span, f.value_span))
            .collect::<Vec<_>>()
    };
    assert_eq!(spans(&doc), spans(&starred));
    // Underscores inside a word are no bold: no label there.
    let text = "|report__date__x |Board |\n|-|-|\n\n# Summary\n";
    assert!(parse(text).fields.iter().all(|f| !f.key.contains("date")));
}

/// The pack's labels the tests of runs with labels it does not know use.
fn planning_keys() -> crate::parse::Vocabulary {
    with_field_keys(&[
        "ward",
        "wards",
        "case officer",
        "date",
        "committee",
        "title",
    ])
}

#[test]
fn labels_over_values_only_some_of_them_the_packs() {
    // pdftotext of a planning application's table: labels the pack does
    // not know among two it does, values wrapped in lower case.
    let vocab = planning_keys();
    let head = "ASHCOMBE DISTRICT COUNCIL\nDEVELOPMENT MANAGEMENT COMMITTEE\n12 January 2028\nReport of the Head of Development Management\n";
    let run = "Application No\n27/02211/OUT\nLocation\nHollins Farm, Mill Road, Ashcombe\nProposal\nOutline application for up to 60 dwellings with access\nfrom Mill Road and associated works\nApplicant\nGreenway Land Ltd\nWard\nAshcombe North\nCase Officer\nTom Reyes, Senior Planning Officer\n";
    let tail = "1.0 SUMMARY\n1.1 The site is allocated for housing.\n";
    let text = format!("{head}{run}{tail}");
    let doc = crate::parse::parse_with(&text, &vocab);
    assert_eq!(
        pairs(&doc)[1..],
        [
            pair("Application No", "27/02211/OUT"),
            pair("Location", "Hollins Farm, Mill Road, Ashcombe"),
            pair(
                "Proposal",
                "Outline application for up to 60 dwellings with access from Mill Road and associated works"
            ),
            pair("Applicant", "Greenway Land Ltd"),
            pair("Ward", "Ashcombe North"),
            pair("Case Officer", "Tom Reyes, Senior Planning Officer"),
        ],
        "{:?}",
        pairs(&doc)
    );
    let ward = doc.fields.iter().find(|f| f.key == "Ward").unwrap();
    assert_eq!(ward.key_span.of(&text), "Ward");
    assert_eq!(ward.value_span.of(&text), "Ashcombe North");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2028-01-12");
    assert_eq!(doc.sections[0].title, "SUMMARY");
    // Straight under the committee's name, the run still starts.
    let text = format!(
        "ASHCOMBE DISTRICT COUNCIL\n12 January 2028\nDEVELOPMENT MANAGEMENT COMMITTEE\n{run}{tail}"
    );
    let doc = crate::parse::parse_with(&text, &vocab);
    assert!(doc
        .fields
        .iter()
        .any(|f| f.key == "Ward" && f.value == "Ashcombe North"));
    // Near misses, each read as no field: three pairs only; one of the
    // pack's labels only; a value wrapped in capitals, which puts the
    // pack's label where a value is due (out of step); a date label
    // over no date.
    for run in [
        "Application No\n27/02211/OUT\nWard\nAshcombe North\nCase Officer\nTom Reyes\n",
        "Application No\n27/02211/OUT\nLocation\nHollins Farm\nApplicant\nGreenway Land Ltd\nWard\nAshcombe North\n",
        "Application No\n27/02211/OUT\nLocation\nHollins Farm\nMill Road Ashcombe\nApplicant\nGreenway Land Ltd\nWard\nAshcombe North\nCase Officer\nTom Reyes\n",
        "Application No\n27/02211/OUT\nDate\nTo be confirmed\nApplicant\nGreenway Land Ltd\nWard\nAshcombe North\nCase Officer\nTom Reyes\n",
    ] {
        let text = format!("{head}{run}{tail}");
        let doc = crate::parse::parse_with(&text, &vocab);
        assert!(
            !doc.fields.iter().any(|f| f.key == "Ward" || f.key == "Case Officer"),
            "{run}: {:?}",
            pairs(&doc)
        );
    }
}

#[test]
fn the_council_over_its_committee_is_no_label_over_a_value() {
    // The pack's labels read the run from "Date of meeting"; the lines
    // over it are the title block, whose committee names the meeting.
    let vocab = with_field_keys(&[
        "date of meeting",
        "title of report",
        "report of",
        "wards",
        "contact officer",
    ]);
    let text = "LONDON BOROUGH OF ASHWELL\nLicensing Sub-Committee\nDate of meeting\n15 December 2026\nTitle of report\nPremises licence review\nReport of\nCorporate Director\nWards\nMill End\nContact officer\nJo Bloggs, Licensing Officer\n1.\nPurpose of report\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(pairs(&doc)[0], pair("Date of meeting", "15 December 2026"));
    assert_eq!(doc.meetings[0].name, "Licensing Sub-Committee");
}

#[test]
fn a_title_block_that_is_also_the_running_header() {
    // The meeting line (parted by a dash from its part of the agenda)
    // over its date, the item's number, the authority, the number again
    // alone, then the title in capitals with a colon, wrapped.
    let text = "National Park Authority Meeting – Part A\n27 March 2026\nItem 8\nWYVERN HILLS NATIONAL PARK AUTHORITY\n8.\nLOCAL PLAN REVIEW: PROPOSED SUBMISSION LOCAL PLAN FOR PUBLICATION\n(REGULATION 19) AND SUBMISSION (A.1097/JB)\n1. Purpose of the report\nThis report asks the Authority to approve the plan.\n";
    let doc = parse(text);
    let m = &doc.meetings[0];
    assert_eq!(m.name, "National Park Authority Meeting");
    assert_eq!(m.name_span.of(text), "National Park Authority Meeting");
    assert_eq!(m.date.unwrap().value.iso(), "2026-03-27");
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("LOCAL PLAN REVIEW: PROPOSED SUBMISSION LOCAL PLAN FOR PUBLICATION (REGULATION 19) AND SUBMISSION (A.1097/JB)")
    );
    assert!(doc.fields.is_empty(), "{:?}", pairs(&doc));
    // A wrap in capitals where the file reference outweighs the words
    // goes on the title; a date, a line in lower case or one closing with
    // a full stop under it does not.
    let head = "National Park Authority Meeting – Part A\n27 March 2026\nItem 6\nFENMOOR NATIONAL PARK AUTHORITY\n6.\nVISITOR MANAGEMENT: CAR PARKING CHARGES AT THE NATIONAL PARK'S\n";
    let title = |under: &str| {
        let text = format!("{head}{under}\n1. Purpose of the report\nText.\n");
        parse(&text).title.map(|t| t.text)
    };
    assert_eq!(
        title("SITES FOR 2026/27 (A.2210/KM)").as_deref(),
        Some("VISITOR MANAGEMENT: CAR PARKING CHARGES AT THE NATIONAL PARK'S SITES FOR 2026/27 (A.2210/KM)")
    );
    for under in [
        "27 MARCH 2026",
        "Sites for 2026/27 (A.2210/KM)",
        "SITES FOR 2026/27 (A.2210/KM).",
    ] {
        assert!(
            title(under).is_none_or(|t| !t.contains(under)),
            "{under}: {:?}",
            title(under)
        );
    }
    // Other dashed meeting lines: the part naming the body, the last.
    for (line, name) in [
        ("Planning Committee – Supplementary", "Planning Committee"),
        ("Cabinet – Part A (public)", "Cabinet"),
    ] {
        let text = format!("{line}\n27 March 2026\nItem 8\nSchool Transport Policy\n1. Purpose of the report\nText.\n");
        let doc = parse(&text);
        assert_eq!(doc.meetings.first().map(|m| m.name.as_str()), Some(name));
    }
}

#[test]
fn near_misses_of_a_title_block_that_is_the_running_header() {
    // A number alone under no item line, or not the item's number, opens
    // the body: the colon line under it stays as the builder reads it.
    for head in [
        "National Park Authority Meeting – Part A\n27 March 2026\nWYVERN HILLS NATIONAL PARK AUTHORITY\n8.\n",
        "National Park Authority Meeting – Part A\n27 March 2026\nItem 8\nWYVERN HILLS NATIONAL PARK AUTHORITY\n9.\n",
    ] {
        let text = format!("{head}LOCAL PLAN REVIEW: PROPOSED SUBMISSION LOCAL PLAN\n1. Purpose of the report\nText.\n");
        let doc = parse(&text);
        assert!(
            doc.title
                .as_ref()
                .is_none_or(|t| !t.text.starts_with("LOCAL PLAN REVIEW")),
            "{head}"
        );
    }
    // A dashed line naming no body over a date names no meeting; nor does
    // the council's own name opening the paper.
    for line in [
        "Local Plan Review – Part A",
        "Westbury Borough Council – Annual Report",
    ] {
        let text = format!("{line}\n27 March 2026\nItem 8\nSchool Transport Policy\n1. Purpose of the report\nText.\n");
        assert!(parse(&text).meetings.is_empty(), "{line}");
    }
}

#[test]
fn labels_wrapped_in_a_narrow_column_with_no_blank_lines() {
    // pdftotext of a London front table read row by row: labels over
    // values, no blank line anywhere, two labels wrapped in the left
    // column. Each wrapped label ends the value above it.
    let text = "Report for:\nEnvironment and Community Safety Scrutiny Panel – 9 July 2026\nItem number:\n8\nTitle:\nParking Enforcement Annual Report 2025/26\nReport\nauthorised by:\nRhiannon Castellano-Webb, Director of Environment and Resident Experience\nLead Officer:\nKwame Appiah-Dunne, Head of Parking and Highways Enforcement\n020 8489 6614\nkwame.appiah-dunne@stanwick.example.gov.uk\nWard(s) affected:\nAll\nReport for Key/\nNon Key Decision:\nNon key decision – for information\n1. Describe the issue under consideration\n1.1 The Council must publish an annual report.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc)[2..],
        [
            pair("Title", "Parking Enforcement Annual Report 2025/26"),
            pair(
                "Report authorised by",
                "Rhiannon Castellano-Webb, Director of Environment and Resident Experience"
            ),
            pair(
                "Lead Officer",
                "Kwame Appiah-Dunne, Head of Parking and Highways Enforcement 020 8489 6614 kwame.appiah-dunne@stanwick.example.gov.uk"
            ),
            // "All" over "Report for Key/": the value, as the wrap shows
            // only from the label's first line on.
            pair("Ward(s) affected", "All"),
            pair(
                "Report for Key/Non Key Decision",
                "Non key decision – for information"
            ),
        ]
    );
    assert_eq!(doc.fields[3].key_span.of(text), "Report\nauthorised by");
    // A first line ending in a joining word shows the wrap too, for the
    // pack's labels.
    let text = "Report for:\nCabinet\nTitle:\nLibrary Opening Hours\nDate of\nMeeting:\n4 March 2026\n1. Describe the issue under consideration\n1.1 The hours.\n";
    let vocab = with_field_keys(&["date of meeting", "title"]);
    assert_eq!(
        pairs(&crate::parse::parse_with(text, &vocab))[1..],
        [
            pair("Title", "Library Opening Hours"),
            pair("Date of Meeting", "4 March 2026"),
        ]
    );
    let vocab = with_field_keys(&["title"]);
    assert_eq!(
        pairs(&crate::parse::parse_with(text, &vocab))[1],
        pair("Title", "Library Opening Hours Date of")
    );
    // With no sign of a wrap, the line under a value carries it on: a
    // label is not made from it and the key under it.
    let text = "Report for:\nCabinet – 9 July 2026\nTitle:\nParking Enforcement\nAnnual Report\nLead Officer:\nKwame Appiah-Dunne\n1. Describe the issue under consideration\n1.1 The Council must publish an annual report.\n";
    assert_eq!(
        pairs(&parse(text))[1..],
        [
            pair("Title", "Parking Enforcement Annual Report"),
            pair("Lead Officer", "Kwame Appiah-Dunne"),
        ]
    );
}

#[test]
fn labels_over_values_after_the_sheet_has_ended() {
    // A Welsh front block: "Purpose:" over a paragraph ends the front
    // sheet; the builder reads each label over its value, no blank line
    // between, where another label closes the value.
    let text = "SOCIAL CARE AND HEALTH SCRUTINY COMMITTEE\n14 JULY 2026\nPurpose:\nTo inform the Committee of the work of the West Wales Regional Partnership Board in\n2025/26 and of the Council's share of the Regional Integration Fund for 2026/27.\nThe Scrutiny Committee is asked to consider the following matters:\n• the Regional Partnership Board's annual report for 2025/26 (Appendix 1);\nReasons:\nThe Social Services and Well-being (Wales) Act 2014 requires each regional\npartnership board to publish an annual report. The Committee's forward work\nprogramme includes the report each year.\nRelevant scrutiny committee to be consulted: Not applicable\nCabinet Member Portfolio Holder:\nCllr. Eirlys Prydderch (Health and Social Services)\nDirectorate: Communities\nName of Head of Service:\nRhodri Vaughan-Lloyd\nReport Author:\nCatrin Ellis-Morgan\nDesignations:\nHead of Integrated Services\nRegional Partnership Manager\nTel: 01267 228 419\nEmail addresses:\nRVLloyd@dyffrynteifi.example.gov.uk\nCEllisMorgan@dyffrynteifi.example.gov.uk\nKey decision: No\nEXECUTIVE SUMMARY\n";
    let got = pairs(&parse(text));
    for want in [
        pair(
            "Cabinet Member Portfolio Holder",
            "Cllr. Eirlys Prydderch (Health and Social Services)",
        ),
        pair("Name of Head of Service", "Rhodri Vaughan-Lloyd"),
        pair("Report Author", "Catrin Ellis-Morgan"),
        pair(
            "Designations",
            "Head of Integrated Services Regional Partnership Manager",
        ),
        pair(
            "Email addresses",
            "RVLloyd@dyffrynteifi.example.gov.uk CEllisMorgan@dyffrynteifi.example.gov.uk",
        ),
        pair("Key decision", "No"),
        // Prose run on under a label, closed by one, is no value.
        pair("Reasons", ""),
    ] {
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
    // Straight under a label with nothing closing it, a line opens the
    // text the label heads.
    let text = "Purpose:\nTo agree the plan for the year, which the Cabinet asked for in March.\nIt was consulted on in the summer.\nRecommendation(s):\nCabinet is asked to\n(a) approve the plan; and\n(b) note the risks.\n";
    let got = pairs(&parse(text));
    assert!(
        !got.iter().any(|(_, v)| v.contains("Cabinet is asked")),
        "{got:?}"
    );
}

#[test]
fn two_labels_without_colons_among_one_line_fields() {
    // A decision pathway form in pdftotext: "TITLE" and "Ward(s)" over
    // their values among one-line fields, the title with a colon in it.
    let head = "Decision Pathway – Report\nPURPOSE: Key decision\nMEETING: Cabinet\nDATE: 21 January 2026\n";
    let pairs_of = "TITLE\nClean Air Zone: annual update, exemptions and use of net charging income\nWard(s)\nCitywide\n";
    let tail = "Author: Kirsty Dunmore-Achebe\nJob title: Head of Clean Air and Transport Policy\nPurpose of Report:\nTo report on the second full year of operation of the zone.\n";
    let vocab = with_field_keys(&["title", "ward(s)", "author", "meeting", "date"]);
    let read = |text: &str| pairs(&crate::parse::parse_with(text, &vocab));
    let got = read(&format!("{head}{pairs_of}{tail}"));
    assert_eq!(
        got[3..6],
        [
            pair(
                "TITLE",
                "Clean Air Zone: annual update, exemptions and use of net charging income"
            ),
            pair("Ward(s)", "Citywide"),
            pair("Author", "Kirsty Dunmore-Achebe"),
        ]
    );
    assert!(!got.iter().any(|(k, _)| k == "Clean Air Zone"), "{got:?}");
    // Near misses: one pair only; the pairs opening the paper, with no
    // field read above them; the pairs closed by prose, not a field.
    for text in [
        format!("{head}TITLE\nClean Air Zone annual update\n{tail}"),
        format!("{pairs_of}{tail}"),
        format!("{head}{pairs_of}The zone began in July 2023 under a direction from the Secretary of State.\n"),
    ] {
        let got = read(&text);
        assert!(
            !got.iter().any(|(k, v)| k == "Ward(s)" || (k == "TITLE" && !v.is_empty())),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_key_is_in_a_list_alike_by_the_quick_test_and_by_its_forms() {
    // key_in's quick test for plain keys must agree with the reading of
    // every form a key offers.
    let list = crate::parse::vocabulary::Words::from(
        ["date of meeting", "meeting", "date", "wards affected"]
            .map(String::from)
            .to_vec(),
    );
    let by_forms = |k: &str| {
        super::meeting::key_forms(k)
            .iter()
            .any(|f| list.contains(f))
    };
    for key in [
        "Date of Meeting:",
        " MEETING ",
        "Date of  Meeting",
        "Date:  ",
        "Wards Affected :",
        "**Meeting:**",
        "Meeting / Cyfarfod",
        "Meeting/Decision Date",
        "Date\u{c}of meeting",
        "Report of",
        "Datum",
        "Wards affected\tAll",
    ] {
        assert_eq!(super::meeting::key_in(key, &list), by_forms(key), "{key:?}");
    }
}

#[test]
fn capitals_labels_over_values_with_a_wrapped_title_holding_a_colon() {
    // A London scrutiny cover in pdftotext: labels in capitals with no
    // colon, each over its value; the title has a colon in it and wraps
    // onto a line that opens in lower case.
    let head = "LONDON BOROUGH OF HOLLINGBURY\nWARDS: All\n";
    let title = "REPORT TITLE\nPrivate Rented Sector Licensing: Review of the Additional HMO Licensing Scheme\nand Selective Licensing Pilot\n";
    let rest = "REPORT OF\nDirector of Environment and Public Protection\nFOR SUBMISSION TO\nHousing Scrutiny Committee\nDATE\n9 December 2026\nSUMMARY OF REPORT\nThe borough's additional licensing scheme came into force on 1 April 2023.\n";
    let vocab = with_field_keys(&[
        "report title",
        "report of",
        "for submission to",
        "date",
        "wards",
    ]);
    let read = |text: &str| pairs(&crate::parse::parse_with(text, &vocab));
    let got = read(&format!("{head}{title}{rest}"));
    assert_eq!(
        got[1..5],
        [
            pair(
                "REPORT TITLE",
                "Private Rented Sector Licensing: Review of the Additional HMO Licensing Scheme and Selective Licensing Pilot"
            ),
            pair("REPORT OF", "Director of Environment and Public Protection"),
            pair("FOR SUBMISSION TO", "Housing Scrutiny Committee"),
            pair("DATE", "9 December 2026"),
        ]
    );
    assert!(
        !got.iter()
            .any(|(k, _)| k == "Private Rented Sector Licensing"),
        "{got:?}"
    );
    // Near misses: the line under the title's first line does not carry
    // it on (it opens in capitals after a line ending in a word), or the
    // wrap is followed by prose, not a label: the title is not taken as
    // wrapped.
    for title in [
        "REPORT TITLE\nPrivate Rented Sector Licensing: Review of the Additional HMO Licensing Scheme\nSelective Licensing Pilot\n",
        "REPORT TITLE\nPrivate Rented Sector Licensing: Review of the Additional HMO Licensing Scheme\nand Selective Licensing Pilot\nThe review was carried out over the summer by the Council's officers.\n",
    ] {
        let got = read(&format!("{head}{title}{rest}"));
        assert!(
            !got.iter().any(|(k, v)| k == "REPORT TITLE" && v.contains("Pilot")),
            "{title}: {got:?}"
        );
    }
}

#[test]
fn the_title_over_a_report_by_line_in_a_bold_title_block() {
    // A national park's front: committee, date, item, the title, then
    // "Report by …" and the summary under its own heading.
    let head = "**Planning Committee**\n\n**04 December 2026**\n\n**Agenda item number 9**\n\n";
    let tail = "**Report by Historic Environment Manager**\n\n**Summary**\n\nThis report presents the reappraisal of the conservation area following public consultation.\n\n**Contents**\n\n| | |\n|---|---|\n| 1. Introduction | 1 |\n";
    let text = format!(
        "{head}**Saltings Staithe Conservation Area – Reappraisal and Boundary Changes**\n\n{tail}"
    );
    let doc = parse(&text);
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("Saltings Staithe Conservation Area – Reappraisal and Boundary Changes")
    );
    // Near misses: over "Report by" only the item's number, a committee's
    // name, or a person and their post: no title.
    for line in [
        "",
        "**Audit and Risk Committee**\n\n",
        "**Tamsin Oduya, Historic Environment Manager**\n\n",
    ] {
        let text = format!("{head}{line}{tail}");
        let doc = parse(&text);
        assert!(
            doc.title.is_none(),
            "{line}: {:?}",
            doc.title.map(|t| t.text)
        );
    }
}

#[test]
fn a_table_row_flattened_labels_first_with_a_row_for_each_meeting() {
    // pdftotext gives "Meeting | Date" over a row for each meeting, then
    // "Report by | Report number" over its row: each label its values.
    let text = "OFFICIAL\n\nReport title\n\nReplacement of Breathing Apparatus Sets\n\nMeeting\n\nDate\n\n\
                Investment and Finance Board\n\n4 March 2027\n\nFire and Resilience Board\n\n18 March 2027\n\n\
                Report by\n\nReport number\n\nDirector of Operations\n\nLFB-0412\n\n\
                Protective marking: OFFICIAL\n\nSummary\n\nThe breathing apparatus sets reach the end of their service life in 2028, and this report seeks approval to buy new ones.\n";
    let doc = crate::parse::parse_with(
        text,
        &with_field_keys(&["report title", "meeting", "date", "report by"]),
    );
    assert_eq!(
        pairs(&doc)[..7],
        [
            pair("Report title", "Replacement of Breathing Apparatus Sets"),
            pair("Meeting", "Investment and Finance Board"),
            pair("Date", "4 March 2027"),
            pair("Meeting", "Fire and Resilience Board"),
            pair("Date", "18 March 2027"),
            pair("Report by", "Director of Operations"),
            pair("Report number", "LFB-0412"),
        ]
    );
    // A further meeting's field spans its value, its key the label.
    assert_eq!(doc.fields[3].span.of(text), "Fire and Resilience Board");
    assert_eq!(doc.fields[3].key_span.of(text), "Meeting");
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(doc.meetings[0].name, "Investment and Finance Board");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-03-04");
    // None of the values is a heading.
    assert!(doc
        .sections
        .iter()
        .all(|s| !s.title.contains("Board") && s.title != "Report by"));
}

#[test]
fn a_meeting_label_over_a_date_label_is_no_label_and_value() {
    // "Meeting" / "Date" over a row whose date is out of line: no row, and
    // "Date" is no value of "Meeting".
    let text = "Meeting\n\nDate\n\nReport of\n\nInvestment and Finance Board\n\nDirector\n\n4 March 2027\n\n1. Purpose\n\n1.1 To agree the purchase.\n";
    let doc = parse(text);
    assert!(
        doc.fields.iter().all(|f| f.value != "Date"),
        "{:?}",
        pairs(&doc)
    );
}

#[test]
fn a_run_of_bare_pairs_started_by_another_label_the_pack_knows() {
    // "Report on" over the title (with a colon in it) starts a run of
    // bare pairs in which a date label stands.
    let vocab = with_field_keys(&["report on", "date of meeting", "reporting officer"]);
    let text = "Report on\n\nGarden Waste: Charges for 2027/28\n\nDate of Meeting\n\n14 January 2027\n\n\
                Reporting Officer\n\nDirector of Environment\n\n1.0 Purpose of Report\n\n1.1 To agree the charges.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc)[..3],
        [
            pair("Report on", "Garden Waste: Charges for 2027/28"),
            pair("Date of Meeting", "14 January 2027"),
            pair("Reporting Officer", "Director of Environment"),
        ]
    );
    // Without a meeting or date label in the run, no run: a heading over
    // a line of text is no field.
    let text = "Report on\n\nGarden Waste\n\nReporting Officer\n\nDirector of Environment\n\nBackground\n\nThe service.\n\n1.0 Purpose of Report\n\n1.1 To agree the charges.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert!(doc.fields.iter().all(|f| f.key != "Report on"));
}

#[test]
fn a_working_group_named_under_the_council_is_the_meeting() {
    let text = "**WESTBURY DISTRICT COUNCIL**\n\n**HOUSING POLICY WORKING GROUP**\n\n\
                **Date of meeting:**\tTuesday 2 February 2027\n\n**Report of:**\tHousing Manager\n\n\
                **1. PURPOSE**\n\n1.1 To report the responses.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "HOUSING POLICY WORKING GROUP");
    // "Group" alone ends a political group's name, not a meeting's.
    let text = "**WESTBURY DISTRICT COUNCIL**\n\n**LABOUR GROUP**\n\n\
                **Date of meeting:**\tTuesday 2 February 2027\n\n**Report of:**\tHousing Manager\n\n\
                **1. PURPOSE**\n\n1.1 To report the responses.\n";
    let doc = parse(text);
    assert!(doc.meetings.iter().all(|m| m.name != "LABOUR GROUP"));
}

#[test]
fn a_label_offering_its_plural_in_a_bracket_is_the_word_alone() {
    let v = crate::parse::Vocabulary::builtin();
    assert!(super::key_in("Committee(s):", &v.meeting_keys));
    assert!(super::key_in("**Committee(s):**", &v.meeting_keys));
    assert!(!super::key_in("Committees(s)", &v.meeting_keys));
    assert!(super::key_in("Dated:", &v.date_keys));
}

#[test]
fn a_one_line_value_cut_after_and_goes_on_under_it() {
    // pdftotext wraps a table cell with no indent: the value ends in a
    // word that joins what follows, the next line ends it.
    let text = "Cabinet\n\n25 February 2026\n\nReport of: Simon Baxter, Corporate Director, Housing and\nRegeneration\n\nClassification:\nUnrestricted\n\n1. Purpose\n\n1.1 Text.\n";
    assert_eq!(
        fields(text)[..2],
        [
            pair(
                "Report of",
                "Simon Baxter, Corporate Director, Housing and Regeneration"
            ),
            pair("Classification", "Unrestricted")
        ]
    );
    // A value that is whole, or a next line with no blank line under it
    // (a paragraph going on), is left as it was.
    let text = "Report of: Director of Place\nRegeneration\n\nClassification:\nUnrestricted\n\n1. Purpose\n\n1.1 Text.\n";
    assert_eq!(fields(text)[0], pair("Report of", "Director of Place"));
    let text = "Report of: Corporate Director, Housing and\nRegeneration of the estates\nis set out below in full.\n\n1. Purpose\n\n1.1 Text.\n";
    assert_eq!(
        fields(text)[0],
        pair("Report of", "Corporate Director, Housing and")
    );
}

#[test]
fn a_title_wrapped_over_two_lines_over_labels_with_no_colon() {
    // A London cover as pdftotext gives it: the title wrapped after a
    // comma, then the cover table's labels over their values, no colons.
    let vocab = with_field_keys(&["lead member", "originating officer(s)", "wards affected"]);
    let cover = |title: &str| {
        format!(
            "Cabinet\n\n25 February 2026\n\nReport of: Simon Baxter, Corporate Director\n\nClassification:\nUnrestricted\n\n{title}\n\nLead Member\n\nCouncillor Nasreen Akhtar, Cabinet Member for Housing\n\nOriginating Officer(s)\n\nRuth Adeyemi, Head of Private Sector Housing\n\nWards affected\n\nBow Common; Mile End East\n\n1. Purpose\n\n1.1 Text.\n"
        )
    };
    let title = |text: &str| crate::parse::parse_with(text, &vocab).title.map(|t| t.text);
    assert_eq!(
        title(&cover(
            "Selective Licensing Scheme 2026–2031: designation of Bow Common,\nMile End East and Poplar Docks wards"
        ))
        .as_deref(),
        Some("Selective Licensing Scheme 2026–2031: designation of Bow Common, Mile End East and Poplar Docks wards")
    );
    assert_eq!(
        title(&cover(
            "Review of Parking Charges in Bow, Mile End and\nPoplar Town Centres"
        ))
        .as_deref(),
        Some("Review of Parking Charges in Bow, Mile End and Poplar Town Centres")
    );
    // Two lines whose first is whole (a sentence, a heading over a line)
    // are no wrapped title.
    assert_eq!(
        title(&cover(
            "Selective Licensing Scheme\nMile End East and Poplar Docks wards"
        )),
        None
    );
    // Labels the pack does not know are no cover table.
    let unknown = with_field_keys(&[]);
    let text = cover(
        "Selective Licensing Scheme 2026–2031: designation of Bow Common,\nMile End East and Poplar Docks wards",
    );
    assert_eq!(crate::parse::parse_with(&text, &unknown).title, None);
}

#[test]
fn a_key_naming_a_person_and_a_part_of_their_details_wrapped_over_two_lines() {
    // pdftotext wraps "Report Author & Job Title:" after "Job": the label
    // names the author and their post, one of the pack's labels joined by
    // "&" to a part of a contact's details.
    let vocab = with_field_keys(&[
        "report to",
        "date of meeting",
        "report title",
        "report author",
        "contact officer",
        "wards",
    ]);
    let sheet = |author: &str| {
        format!(
            "Fenmarsh District Council\n\nReport To:\n\nLicensing Committee\n\nDate of Meeting:\n\n9 March 2027\n\nReport Title:\n\nStreet Trading Policy Review\n\n{author}\n\nAnn Other, Licensing Manager\n\nWards:\n\nAll\n\n1. Introduction\n\n1.1 The policy is due for review.\n"
        )
    };
    let text = sheet("Report Author & Job\nTitle:");
    let doc = crate::parse::parse_with(&text, &vocab);
    assert_eq!(
        pairs(&doc)[3..],
        [
            pair("Report Author & Job Title", "Ann Other, Licensing Manager"),
            pair("Wards", "All"),
        ]
    );
    assert_eq!(
        doc.fields[3].key_span.of(&text),
        "Report Author & Job\nTitle"
    );
    // "and" joins them as "&" does, the wrap after it; and a contact
    // officer's label with a part of their details.
    for (author, key) in [
        (
            "Report Author and\nJob Title:",
            "Report Author and Job Title",
        ),
        (
            "Contact Officer and\nTelephone:",
            "Contact Officer and Telephone",
        ),
    ] {
        let doc = crate::parse::parse_with(&sheet(author), &vocab);
        assert_eq!(pairs(&doc)[3], pair(key, "Ann Other, Licensing Manager"));
    }
    // Near misses: a part that is no part of a contact's details, and a
    // line that is no label of the pack's over a lone key (a post over
    // "Title:"): neither joins, and the sheet does not read them as one key.
    for (author, joined) in [
        (
            "Report Author & Service\nArea:",
            "Report Author & Service Area",
        ),
        ("Team Leader and Job\nTitle:", "Team Leader and Job Title"),
    ] {
        let doc = crate::parse::parse_with(&sheet(author), &vocab);
        assert!(doc.fields.iter().all(|f| f.key != joined), "{author}");
    }
}

#[test]
fn a_bold_title_with_a_colon_under_a_front_sheet_table() {
    // The sheet's labels are in the table; the title stands under it in
    // bold with no label, a colon inside it.
    let vocab = crate::parse::Vocabulary {
        section_titles: vec!["background".to_string(), "synopsis".to_string()].into(),
        ..with_field_keys(&["subject", "responsible officer"])
    };
    let parse = |text: &str| crate::parse::parse_with(text, &vocab);
    let table = "| **Committee and Date** | | **Item** |\n|---|---|---|\n| Cabinet | | |\n| 17 February 2027 | | **Public** |\n\n";
    let rest = "\n\n| **Responsible Officer:** | Jo Bloggs, Director of People |\n|---|---|\n| **email:** | jo.bloggs@example.gov.uk |\n\n**1. Synopsis**\n\n1.1 The council consulted on its charges.\n";
    let title = "**Adult Social Care: Fairer Charging Policy – Outcome of Consultation**";
    let text = format!("{table}{title}{rest}");
    let doc = parse(&text);
    let got = doc.title.as_ref().expect("a title");
    assert_eq!(
        got.text,
        "Adult Social Care: Fairer Charging Policy – Outcome of Consultation"
    );
    assert_eq!(
        got.span.of(&text),
        "Adult Social Care: Fairer Charging Policy – Outcome of Consultation"
    );
    assert!(doc.fields.iter().all(|f| f.key != "Adult Social Care"));
    assert!(doc.fields.iter().any(|f| f.key == "Responsible Officer"));
    assert_eq!(doc.sections[0].title, "Synopsis");
    // Near misses, each still read as it was: a field the pack knows
    // (the Title field), a section's heading in bold with its text after
    // the colon, a sentence, a person after a label, and a bold line with
    // text straight under it.
    for line in [
        "**Subject: Fairer Charging Policy**",
        "**Background: Why The Policy Is Changing**",
        "**Decision: That Cabinet approves the revised policy**",
        "**Lead Member: Councillor Ann Other**",
        "**Portfolio Lead: Jo Bloggs**",
    ] {
        let doc = parse(&format!("{table}{line}{rest}"));
        assert!(
            doc.title
                .as_ref()
                .is_none_or(|t| !t.span.of(&format!("{table}{line}{rest}")).contains(':')),
            "{line}"
        );
    }
    let text = format!("{table}{title}\nThe policy applies from April.{rest}");
    assert!(parse(&text)
        .title
        .as_ref()
        .is_none_or(|t| !t.text.starts_with("Adult Social Care")));
    // Not under a table: the front sheet reads the field as before.
    let text = format!("Report to: Cabinet\n\n{title}{rest}");
    assert!(parse(&text)
        .title
        .as_ref()
        .is_none_or(|t| !t.text.starts_with("Adult Social Care")));
}

#[test]
fn fields_bold_from_end_to_end_with_hard_breaks_open_the_sheet() {
    let vocab = crate::parse::Vocabulary {
        field_keys: vec![
            "key decision".to_string(),
            "forward plan ref".to_string(),
            "wards affected".to_string(),
        ]
        .into(),
        ..crate::parse::Vocabulary::default()
    };
    let text = "**Joint Strategic Committee**\\\n**9 March 2027**\\\n**Agenda Item 7**\n\n**Key Decision: Yes**\\\n**Forward Plan Ref: JSC/KD/27/004**\n\n**Ward(s) Affected: All**\n\n# Joint Parking Strategy 2027–2032\n\n**Report by the Director for Place**\n\n**1. Purpose**\n\n1.1 This report presents the strategy.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc),
        [
            pair("Key Decision", "Yes"),
            pair("Forward Plan Ref", "JSC/KD/27/004"),
            pair("Ward(s) Affected", "All"),
            pair("Report by", "the Director for Place"),
        ]
    );
    // The value's span stops before the bold's close and the hard break.
    assert_eq!(doc.fields[0].value_span.of(text), "Yes");
    // The title is the heading, not a field's line.
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("Joint Parking Strategy 2027–2032")
    );
    // Near misses: a whole bold line whose label the pack does not know,
    // opening the sheet, is no field; a numbered heading or one of the
    // pack's section titles under the fields is the body's, and a "Report
    // of" line under it is not taken for the sheet's.
    let text = "**Joint Strategic Committee**\n\n**Car Parks: A Strategy for 2027**\n\n**Key Decision: Yes**\n\n# Parking\n\nText.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(pairs(&doc), [pair("Key Decision", "Yes")]);
    for heading in ["# 1. Introduction", "# Purpose"] {
        let vocab = crate::parse::Vocabulary {
            section_titles: vec!["purpose".to_string()].into(),
            ..vocab.clone()
        };
        let text = format!("**Key Decision: Yes**\n\n{heading}\n\nReport of the Director of Place on the review\n\nText.\n");
        let doc = crate::parse::parse_with(&text, &vocab);
        assert_eq!(pairs(&doc), [pair("Key Decision", "Yes")], "{heading}");
    }
}

#[test]
fn a_title_with_a_colon_under_a_dated_decision_session_line_is_no_field() {
    let text = "Decision Session – Executive Member for Transport                  16 March 2027\n\nReport of the Director of Environment, Transport and Planning\nPortfolio of the Executive Member for Transport\n\nResidents' Parking: Consideration of Objections to the Proposed Extension\nof Residents' Parking Zone R23 (Heworth Green) and a New Zone R71\n(Layerthorpe Mews)\n\nSummary\n1. This report considers the objections.\n";
    let doc = parse(text);
    assert!(
        doc.fields.iter().all(|f| f.key != "Residents' Parking"),
        "{:?}",
        pairs(&doc)
    );
    assert!(doc
        .title
        .as_ref()
        .is_some_and(|t| t.text.starts_with("Residents' Parking: Consideration")));
    // Near miss: under a dated line that names no meeting, the line is
    // read as before.
    let text = text.replacen("Decision Session", "Street Works", 1);
    let doc = parse(&text);
    assert!(
        doc.fields.iter().any(|f| f.key == "Residents' Parking"),
        "{:?}",
        pairs(&doc)
    );
}

#[test]
fn a_date_line_may_open_or_close_with_the_time() {
    assert!(super::is_date_line("10.00am, Thursday, 11 November 2027"));
    assert!(super::is_date_line("TUESDAY 16 NOVEMBER 2027 AT 10:00AM"));
    assert!(super::is_date_line("Monday 19 January 2026, 7.00 pm"));
    assert!(super::is_date_line("14:30 Tuesday 3 March 2026"));
    // Near misses: a time alone, a count, a range, a sentence.
    assert!(!super::is_date_line("10.00am"));
    assert!(!super::is_date_line("12 items, 11 November 2027"));
    assert!(!super::is_date_line(
        "10.00am to 12 March 2025 to 14 March 2025"
    ));
    assert!(!super::is_date_line(
        "The meeting starts at 10am on 11 November 2027"
    ));
    assert_eq!(super::shapes::without_time_of_day("10am start"), "start");
    assert_eq!(super::shapes::without_time_of_day("Room 10"), "Room 10");
}

#[test]
fn a_committee_over_its_time_and_date_is_the_meeting() {
    // A Scottish city committee's cover as pdftotext gives it.
    let text = "Culture and Communities Committee\n\n10.00am, Thursday, 11 November 2027\n\nCultivating Dunmore: Food Growing Strategy 2028-2033\nand Allotment Waiting List Review\n\nExecutive/routine\nWards\nCouncil Commitments\n\nExecutive\nAll\nCreate good places to live and work\n\n1. Recommendations\n\n1.1 It is recommended that the Committee approves the strategy.\n";
    let vocab = with_field_keys(&["wards"]);
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(doc.meetings[0].name, "Culture and Communities Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-11-11");
    // The cover table read column by column: labels, then values.
    assert_eq!(
        pairs(&doc),
        [
            pair("Executive/routine", "Executive"),
            pair("Wards", "All"),
            pair("Council Commitments", "Create good places to live and work"),
        ]
    );
}

#[test]
fn a_column_of_labels_without_the_packs_needs_a_dated_cover() {
    let vocab = with_field_keys(&["wards"]);
    let parse = |t: &str| crate::parse::parse_with(t, &vocab);
    // No meeting dated above: the column is left alone.
    let undated = "Culture and Communities Committee\n\nExecutive/routine\nWards\nCouncil Commitments\n\nExecutive\nAll\nCreate good places to live and work\n\n1. Recommendations\n\n1.1 It is recommended that the Committee approves the strategy.\n";
    assert!(pairs(&parse(undated)).iter().all(|(k, _)| k != "Wards"));
    // Values that are not one to a label: not read.
    let uneven = "Culture and Communities Committee\n\n10.00am, Thursday, 11 November 2027\n\nExecutive/routine\nWards\nCouncil Commitments\n\nExecutive\nAll\n\n1. Recommendations\n\n1.1 It is recommended that the Committee approves the strategy.\n";
    assert!(pairs(&parse(uneven)).iter().all(|(k, _)| k != "Wards"));
    // No label of the pack's among them: not read.
    let unknown = "Culture and Communities Committee\n\n10.00am, Thursday, 11 November 2027\n\nExecutive/routine\nCouncil Commitments\nPriority\n\nExecutive\nAll\nHigh\n\n1. Recommendations\n\n1.1 It is recommended that the Committee approves the strategy.\n";
    assert!(pairs(&parse(unknown)).is_empty());
}

#[test]
fn a_body_meeting_on_a_date_is_the_meeting() {
    let text = "                    Cabinet Meeting on Wednesday 17 November 2027\n\n      Extra Care Housing Strategy\n\nRecommendations\n\nI recommend that Cabinet approves the strategy.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(doc.meetings[0].name, "Cabinet Meeting");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-11-17");
    assert_eq!(
        super::meeting::without_held_on("Cabinet Meeting held on"),
        "Cabinet Meeting"
    );
    // "on" after no meeting is the name's own.
    assert_eq!(super::meeting::without_held_on("Report on"), "Report on");
}

#[test]
fn a_panel_over_its_date_with_the_item_number_beside_it() {
    // A county cabinet panel's cover as pdftotext -layout gives it, the
    // agenda item's number far right of the date line.
    let text = "                                                    Agenda Item\n HERTSMERE VALE COUNTY COUNCIL                      No.\n\n CHILDREN, YOUNG PEOPLE AND FAMILIES CABINET PANEL\n TUESDAY 16 NOVEMBER 2027 AT 10:00AM                  5\n\n\n FOSTERING SERVICE ANNUAL REPORT 2026/27 AND STATEMENT OF PURPOSE\n 2027/28\n\n Report of the Executive Director of Children's Services\n\n Author:             Siobhan Carrick, Head of Fostering\n\n1. Purpose of report\n\n1.1 To present the annual report.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(
        doc.meetings[0].name,
        "CHILDREN, YOUNG PEOPLE AND FAMILIES CABINET PANEL"
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-11-16");
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("FOSTERING SERVICE ANNUAL REPORT 2026/27 AND STATEMENT OF PURPOSE 2027/28")
    );
    assert!(super::shapes::is_dated_title_line(
        "16 November 2027      Item 5"
    ));
    // Near misses: words, not a number, beside the date.
    assert!(!super::shapes::is_dated_title_line(
        "16 November 2027      Council Chamber"
    ));
}

#[test]
fn fields_in_a_title_block_of_headings_and_bold_lines_after_the_fields() {
    let vocab = crate::parse::Vocabulary {
        field_keys: vec![
            "key decision".to_string(),
            "electoral division(s)".to_string(),
        ]
        .into(),
        section_titles: vec!["summary".to_string()].into(),
        ..crate::parse::Vocabulary::default()
    };
    let text = "Key decision: Yes\n\n# Report to Cabinet Member for Highways and Transport\n\n**February 2027**\n\n# Local Cycling and Walking Infrastructure Plan\n\n**Report by Director of Place Services**\n\n**Electoral division(s): All**\n\n## Summary\n\nThe plan was adopted in 2023.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc),
        [
            pair("Key decision", "Yes"),
            pair("Report by", "Director of Place Services"),
            pair("Electoral division(s)", "All"),
        ]
    );
    // Near misses: a line of prose ends the block, and so do a numbered
    // heading and one of the pack's section titles: a bold field under
    // them is not the sheet's.
    for stop in [
        "The plan was adopted in 2023.",
        "# 1. Background",
        "# Summary",
    ] {
        let text = format!("Key decision: Yes\n\n# Report to Cabinet Member for Highways\n\n{stop}\n\n**Electoral division(s): All**\n\nText.\n");
        let doc = crate::parse::parse_with(&text, &vocab);
        assert_eq!(pairs(&doc), [pair("Key decision", "Yes")], "{stop}");
    }
    // A bold line that is a title, not a date nor a known label, ends it.
    let text = "Key decision: Yes\n\n# Report to Cabinet Member for Highways\n\n**Cycling: The Plan**\n\n**Electoral division(s): All**\n\nText.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(pairs(&doc), [pair("Key decision", "Yes")]);
}

#[test]
fn bold_date_lines() {
    assert!(super::is_bold_date_line("**February 2027**"));
    assert!(super::is_bold_date_line("**9 March 2027**\\"));
    assert!(!super::is_bold_date_line("February 2027"));
    assert!(!super::is_bold_date_line("**Budget for February 2027**"));
    assert!(!super::is_bold_date_line("**Report by the Director**"));
}

#[test]
fn a_grid_tables_header_row_naming_the_meeting() {
    let text = "+-----------------------+---------------+\n| **Report to Cabinet** |               |\n+=======================+===============+\n| **Date:**             | 16 March 2027 |\n+-----------------------+---------------+\n| **Ward(s) affected:** | None          |\n+-----------------------+---------------+\n\n# Summary\n\nText.\n";
    let doc = parse(text);
    assert!(
        doc.meetings.iter().any(|m| m.name == "Cabinet"),
        "{:?}",
        doc.meetings
    );
    // Near miss: a grid table of one row, nothing under its border, is no
    // table of fields headed by the meeting.
    let text = "+-----------------------+---+\n| **Report to Cabinet** |   |\n+-----------------------+---+\n\n# Summary\n\nText.\n";
    assert!(parse(text).meetings.iter().all(|m| m.name != "Cabinet"));
}

#[test]
fn a_heading_reporting_to_a_cabinet_member_names_the_meeting_not_the_title() {
    // An individual Cabinet Member's decision (Pandoc): the heading says
    // who decides, the `#` heading under it is the title.
    let text = "Key decision: Yes\\\nRef:\n\n# Report to Cabinet Member for Highways and Transport\n\n**February 2027**\n\n# Local Cycling and Walking Infrastructure Plan\n\n**Report by Director of Place Services**\n\n## Summary\n\nThe plan was adopted in 2023.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(
        doc.meetings[0].name_span.of(text),
        "Cabinet Member for Highways and Transport"
    );
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("Local Cycling and Walking Infrastructure Plan")
    );
    // A report to a programme names no decision maker: the first heading
    // stays the title, and no meeting is read.
    let programme = text.replace(
        "Cabinet Member for Highways and Transport",
        "the Highways Improvement Programme",
    );
    let doc = parse(&programme);
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("Report to the Highways Improvement Programme")
    );
}

#[test]
fn a_layout_cover_in_two_columns_without_colons() {
    // `pdftotext -layout`: each label at the left, its value in a second
    // column, a value's further lines under its first; some labels are
    // the pack's, some not (`Head of Service`).
    let vocab = with_field_keys(&["subject", "report author", "director", "ward"]);
    let text = "                         PLANNING COMMITTEE\n\n                         Monday, 22 March 2027\n\n\n Subject                  Street Trading Policy 2027–2032 and Designation of Consent\n                          Streets – Outcome of Consultation\n\n Report Author(s)         Dean Partridge\n                          Licensing Manager\n                          dean.partridge@example.gov.uk\n                          01632 960418\n\n Head of Service          Nicola Trembath\n\n Director                 Adrian Fell\n                          Strategic Director\n\n\n Purpose of Report\n\n To report the results of the consultation.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc),
        [
            pair(
                "Subject",
                "Street Trading Policy 2027–2032 and Designation of Consent Streets – Outcome of Consultation"
            ),
            pair(
                "Report Author(s)",
                "Dean Partridge Licensing Manager dean.partridge@example.gov.uk 01632 960418"
            ),
            pair("Head of Service", "Nicola Trembath"),
            pair("Director", "Adrian Fell Strategic Director"),
        ]
    );
    assert_eq!(doc.fields[0].key_span.of(text), "Subject");
    assert!(doc.fields[1].value_span.of(text).ends_with("01632 960418"));
    // The rows are no headings.
    assert!(doc.sections.iter().all(|s| !s.title.starts_with("Head of")));
    // A label wrapped in its column joins the key; the value stays its own.
    let wrapped = "Subject            Street Trading Policy\nCategory of        Not applicable\nexempt information\nDirector           Adrian Fell\n\nBody text follows here as a sentence.\n";
    let got = pairs(&crate::parse::parse_with(wrapped, &vocab));
    assert_eq!(
        got[1],
        pair("Category of exempt information", "Not applicable")
    );
}

#[test]
fn a_layout_contacts_phone_and_email_side_by_side_carry_on_its_value() {
    // The contact's phone and email on one line of the value column, set
    // apart by a wide gap: the value's line, and the rows after it read.
    let vocab = with_field_keys(&["subject", "author", "key decision", "status"]);
    let text = " Subject         Local levy 2028/29\n Author          Jo Bloggs, Team Leader\n                 01632 960 417   jo.bloggs@example.gov.uk\n Key decision    Possibly\n Status          Open\n\n 1    Purpose of report\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc),
        [
            pair("Subject", "Local levy 2028/29"),
            pair(
                "Author",
                "Jo Bloggs, Team Leader 01632 960 417 jo.bloggs@example.gov.uk"
            ),
            pair("Key decision", "Possibly"),
            pair("Status", "Open"),
        ]
    );
    // Cells that are not all contact details, or contact details outside
    // the value column, end the column as before.
    for line in [
        "                 01632 960 417   Team Leader\n",
        "   01632 960 417   jo.bloggs@example.gov.uk\n",
    ] {
        let text = text.replace(
            "                 01632 960 417   jo.bloggs@example.gov.uk\n",
            line,
        );
        let keys: Vec<String> = crate::parse::parse_with(&text, &vocab)
            .fields
            .iter()
            .map(|f| f.key.clone())
            .collect();
        assert_eq!(keys, ["Subject", "Author"], "{line:?}");
    }
}

#[test]
fn lines_with_a_gap_are_no_layout_cover_without_the_packs_labels() {
    let vocab = with_field_keys(&["subject", "director"]);
    // Only one of the pack's labels: a block of lines that happen to have
    // a gap in them.
    let one = " Colne Park               New graves remaining\n\n Director                 Adrian Fell\n\n Harmsworth Road          Old graves\n";
    assert!(crate::parse::parse_with(one, &vocab).fields.is_empty());
    // Values that do not start at one column.
    let ragged = " Subject    Street Trading Policy\n\n Director                 Adrian Fell\n";
    assert!(crate::parse::parse_with(ragged, &vocab).fields.is_empty());
    // A third column makes a table's row, not a label and its value.
    let table = " Subject       Street Trading      Yes\n Director      Adrian Fell         No\n";
    assert!(crate::parse::parse_with(table, &vocab).fields.is_empty());
}

#[test]
fn a_running_footer_naming_the_committee_dates_its_meeting() {
    // The date only in the footer, over a line with the page number.
    let page = |n: u32| {
        format!("\n\n  Residents' Services Select Committee – 14 January 2027\n  Part I – Members, Public and Press          Page {n}\n\u{c}")
    };
    let text = format!(
        "  BURIAL SPACE PROVISION\n\n  Meeting:   Residents' Services Select Committee\n\n  Ward:   All\n\n  HEADLINES\n\n  The cemeteries will be full.{}  More text on the second page.{}  The end.{}",
        page(15),
        page(16),
        page(17)
    );
    let doc = parse(&text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "Residents' Services Select Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-01-14");
    // The footer is no heading.
    assert!(
        doc.sections.iter().all(|s| !s.title.contains("14 January")),
        "{:?}",
        doc.sections
    );
    // Near miss: a footer naming another body dates nothing.
    let other = text.replace(
        "Meeting:   Residents' Services Select Committee",
        "Meeting:   Cabinet",
    );
    let doc = parse(&other);
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert!(doc.meetings[0].date.is_none(), "{:?}", doc.meetings);
    // Nor does a dated line whose words no other page repeats.
    let mut once = text.clone();
    for day in ["15", "16"] {
        once = once.replacen("– 14 January", &format!("– {day} January"), 1);
    }
    let doc = parse(&once);
    assert!(doc.meetings[0].date.is_none(), "{:?}", doc.meetings);
}

#[test]
fn a_meeting_field_holding_only_a_date_dates_the_meeting() {
    // A combined authority's cover puts the date under "Meeting:"; "To:"
    // names who meets. A bold "REPORT OF …" line with no colon straight
    // under the table is the report-of field, not a heading.
    let text = "**ESTUARY COMBINED AUTHORITY**\n\n| | |\n|---|---|\n| **To:** | The Members of the Combined Authority |\n| **Meeting:** | 15 October 2027 |\n| **Key Decision:** | Yes |\n\n**REPORT OF THE EXECUTIVE DIRECTOR, INVESTMENT AND DELIVERY**\n\n**ADULT SKILLS FUND ALLOCATIONS**\n\n# PURPOSE OF REPORT\n\n1.1 To seek approval.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(
        doc.meetings[0].name,
        "The Members of the Combined Authority"
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-10-15");
    assert!(
        pairs(&doc).contains(&pair(
            "REPORT OF",
            "THE EXECUTIVE DIRECTOR, INVESTMENT AND DELIVERY"
        )),
        "{:?}",
        pairs(&doc)
    );
    // Near miss: a meeting field naming a body before its date names it.
    let named = text.replace("| 15 October 2027 |", "| Cabinet, 15 October 2027 |");
    let doc = parse(&named);
    assert_eq!(
        doc.meetings[0].name,
        "The Members of the Combined Authority"
    );
    let text = "Meeting: Cabinet, 22 January 2026\nWards: All\n\n# Purpose\n\nText.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings[0].name, "Cabinet");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-01-22");
}

#[test]
fn blocks_ruled_off_by_lines_of_underscores() {
    // A Scottish cover: each label over its value, ruled off from the
    // next; the title's value has a colon in it and wraps.
    let rule = "_".repeat(40);
    let text = format!("Item 6\n{rule}\nTo:\nFinance, Resources and Customer Services Policy Board\nOn:\n3 June 2027\n{rule}\nReport by:\nDirector of Finance and Resources\n{rule}\nHeading:\nNon-Domestic Rates: Empty Property Relief – Review of the Local\nScheme\n{rule}\n1. Summary\n1.1 This report sets out the review.\n");
    let vocab = with_field_keys(&["to", "on", "report by", "heading"]);
    let doc = crate::parse::parse_with(&text, &vocab);
    assert_eq!(
        pairs(&doc),
        [
            pair(
                "To",
                "Finance, Resources and Customer Services Policy Board"
            ),
            pair("On", "3 June 2027"),
            pair("Report by", "Director of Finance and Resources"),
            pair(
                "Heading",
                "Non-Domestic Rates: Empty Property Relief – Review of the Local Scheme"
            ),
        ]
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-06-03");
    // Near miss: a colon line under the key with prose after it, and no
    // rule, is no value of the key's.
    let text = "To:\nCabinet\nOn:\n3 June 2027\nHeading:\nNon-Domestic Rates: Empty Property Relief\nThe Council has reviewed the scheme and sets out its findings here.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert!(
        !pairs(&doc).contains(&pair(
            "Heading",
            "Non-Domestic Rates: Empty Property Relief"
        )),
        "{:?}",
        pairs(&doc)
    );
}

#[test]
fn a_title_in_capitals_with_a_colon_between_the_fields() {
    // A city council's cover: the title in capitals, wrapped, under the
    // contact line and over the next key.
    let head = "Clydeholm City Council\nItem 4\nContracts and Property Committee\n11th November 2027\nReport by Executive Director of Neighbourhoods\nContact: Fiona Baird Ext: 74418\n";
    let tail = "Purpose of Report:\nTo seek approval to award a contract for the supply of de-icing salt.\n";
    let text = format!(
        "{head}AWARD OF CONTRACT: SUPPLY AND DELIVERY OF DE-ICING SALT\n2028 TO 2032\n{tail}"
    );
    let doc = parse(&text);
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("AWARD OF CONTRACT: SUPPLY AND DELIVERY OF DE-ICING SALT 2028 TO 2032")
    );
    assert!(doc.fields.iter().all(|f| f.key != "AWARD OF CONTRACT"));
    // Near misses: not wrapped, or a person's name after the colon, it
    // stays a field.
    let text = format!("{head}AWARD OF CONTRACT: SUPPLY AND DELIVERY OF DE-ICING SALT\n{tail}");
    assert!(parse(&text)
        .fields
        .iter()
        .any(|f| f.key == "AWARD OF CONTRACT"));
    let text =
        format!("{head}HEAD OF SERVICE: MR JOHN SMITH, HEAD OF\nFINANCE AND RESOURCES\n{tail}");
    let doc = parse(&text);
    assert!(
        doc.fields.iter().any(|f| f.key == "HEAD OF SERVICE"),
        "{:?}",
        pairs(&doc)
    );
    assert!(doc
        .title
        .as_ref()
        .is_none_or(|t| !t.text.contains("HEAD OF SERVICE")));
}

#[test]
fn a_box_ticked_beside_an_empty_key_answers_it() {
    // pdftotext reads the form's two columns in turn: the ward box's
    // answer is the box ticked two lines down.
    let text = "Meeting: Cabinet\nDate: 11 November 2027\nWard No(s):\nLocal member(s) advised: Yes ☐ No ☐\nCitywide: ✓\nconsulted: Yes ☐ No ☐\n1 Background\n1.1 The Council treats its roads.\n";
    let doc = parse(text);
    assert!(
        pairs(&doc).contains(&pair("Ward No(s)", "Citywide")),
        "{:?}",
        pairs(&doc)
    );
    // Near misses: a tick beside one of the pack's labels answers that
    // label, and a tick further down answers nothing.
    let vocab = with_field_keys(&["key decision"]);
    let ticked = text.replace("Citywide: ✓", "Key decision: ✓");
    let doc = crate::parse::parse_with(&ticked, &vocab);
    assert!(
        pairs(&doc).contains(&pair("Ward No(s)", "")),
        "{:?}",
        pairs(&doc)
    );
    let far = text.replace(
        "Ward No(s):\n",
        "Ward No(s):\nLocal member(s) consulted: Yes ☐ No ☐\n",
    );
    let doc = parse(&far);
    assert!(
        pairs(&doc).contains(&pair("Ward No(s)", "")),
        "{:?}",
        pairs(&doc)
    );
}

#[test]
fn field_rows_after_the_summary_rows() {
    // A district's cover one cell a line: title block, summary rows,
    // then the field rows (one label wrapped onto a line in lower case).
    let vocab = crate::parse::Vocabulary {
        section_titles: vec![
            "executive summary".to_string(),
            "recommendations".to_string(),
        ]
        .into(),
        ..with_field_keys(&[
            "cabinet",
            "cabinet member(s)",
            "wards affected",
            "contact officer",
        ])
    };
    let head = "Agenda Item 9\nCabinet\n7 June 2027\nDisposal of the Former Council Depot, Station Road, Holtmere\n";
    let rows = "Executive Summary\nThis report seeks approval to sell the former depot.\nRecommendations\nIt is recommended that Cabinet approves the sale.\n{more}\nWards affected\nHoltmere\nCabinet\nmember(s)\nCllr Lucy Shepherd, Portfolio Holder for Finance, Estates and Property\nServices\nContact Officer\nRenata Kowalczyk, Estates and Property Manager,\nrenata.kowalczyk@holtmere-dc.gov.uk, 01632 516 204\n\n1 Purpose of the report\n1.1 To seek approval.\n";
    // Summary rows short enough for the title block's reading to reach
    // the field rows, and as long as a real summary's.
    let long = "Options considered\n1. Retain the site for future use.\n2. Develop the site for housing.\n3. Sell the site on the open market.\nConsultation(s)\nThe ward member has been consulted.\nReasons for\nrecommendations\nThe site is surplus to the Council's needs.\nBackground papers\nCabinet report, 3 July 2023.\n";
    for more in ["", long] {
        let text = format!("{head}{}", rows.replace("{more}", more));
        let doc = crate::parse::parse_with(&text, &vocab);
        assert_eq!(
            pairs(&doc),
            [
                pair("Wards affected", "Holtmere"),
            pair(
                "Cabinet member(s)",
                "Cllr Lucy Shepherd, Portfolio Holder for Finance, Estates and Property Services"
            ),
            pair(
                "Contact Officer",
                "Renata Kowalczyk, Estates and Property Manager, renata.kowalczyk@holtmere-dc.gov.uk, 01632 516 204"
            ),
        ]
    );
        assert_eq!(doc.fields[1].key_span.of(&text), "Cabinet\nmember(s)");
        assert_eq!(
            doc.title.as_ref().map(|t| t.text.as_str()),
            Some("Disposal of the Former Council Depot, Station Road, Holtmere")
        );
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-06-07");
    }
    // Near misses, over the long summary: no dated meeting over it, or a
    // heading before the rows: the rows are the body's.
    let text = format!("{head}{}", rows.replace("{more}", long));
    let undated = text.replace("7 June 2027\n", "");
    let doc = crate::parse::parse_with(&undated, &vocab);
    assert!(
        doc.fields.iter().all(|f| f.key != "Wards affected"),
        "{:?}",
        pairs(&doc)
    );
    let headed = text.replace("\nWards affected", "# Annex\n\nWards affected");
    let doc = crate::parse::parse_with(&headed, &vocab);
    assert!(
        doc.fields.iter().all(|f| f.key != "Wards affected"),
        "{:?}",
        pairs(&doc)
    );
}

#[test]
fn two_label_and_value_cells_on_one_layout_row_are_two_fields() {
    let text = " APPLICATION NO: 27/00612/FUL              OFFICER: Mr Daniel Okafor\n\n DATE REGISTERED: 15th March 2027           DATE OF EXPIRY: 14th June 2027\n                                            (extension agreed)\n\n WARD: Priory                               PARISH: None\n\n 1.     SITE\n\n 1.1    The site is a garage.\n";
    assert_eq!(
        fields(text),
        [
            pair("APPLICATION NO", "27/00612/FUL"),
            pair("OFFICER", "Mr Daniel Okafor"),
            pair("DATE REGISTERED", "15th March 2027"),
            pair("DATE OF EXPIRY", "14th June 2027 (extension agreed)"),
            pair("WARD", "Priory"),
            pair("PARISH", "None"),
        ]
    );
    // A phone beside the contact stays with it; a label in another case,
    // a single space, or a tab's cells are not split.
    for (text, key, value) in [
        (
            "Contact Officer: Jo Bloggs      Tel: 01632 960123\n",
            "Contact Officer",
            "Jo Bloggs Tel: 01632 960123",
        ),
        (
            "WARD: Priory        Parish: None\n",
            "WARD",
            "Priory Parish: None",
        ),
        ("Ward: Priory Parish: None\n", "Ward", "Priory Parish: None"),
    ] {
        assert_eq!(fields(text)[0], pair(key, value), "{text:?}");
    }
}

#[test]
fn a_capitals_title_over_report_by_with_no_blank_lines_is_the_title() {
    // Raw pdftotext of a Scottish cover: every line run together.
    let text = "AGENDA ITEM NO 4\nREPORT NO 61/27\nBRAEMUIR COUNCIL\nSPECIAL BRAEMUIR COUNCIL – 25 FEBRUARY 2027\n2027/28 REVENUE BUDGET AND RESERVES STRATEGY\nREPORT BY DIRECTOR OF FINANCE\nABSTRACT\nThis report sets out the budget.\n";
    let doc = parse(text);
    let title = doc.title.as_ref().map(|t| t.span.of(text));
    assert_eq!(title, Some("2027/28 REVENUE BUDGET AND RESERVES STRATEGY"));
    // A block with no council, committee, date or item above: no title.
    let text = "REVENUE BUDGET AND RESERVES STRATEGY\nREPORT BY DIRECTOR OF FINANCE\nABSTRACT\nThis report sets out the budget.\n";
    assert!(parse(text).title.is_none());
}

#[test]
fn a_decision_maker_and_remit_beside_or_over_the_date_is_the_meeting() {
    let cover = |line: &str| {
        format!(
            "**Public report**\n\n**Cabinet Member Report**\n\n{line}\n\n**Name of Cabinet Member:**\n\nCabinet Member for Housing – Councillor D Welsh\n\n**Title:**\n\nPrivate Sector Housing Enforcement Policy\n"
        )
    };
    for line in [
        "Cabinet Member for Housing and Communities 12 October 2027",
        "Cabinet Member for Housing and Communities – 12 October 2027",
        "Cabinet Member for Housing and Communities\t12 October 2027",
        "Cabinet Member for Housing and Communities\n\n12 October 2027",
        "Deputy Cabinet Member for Housing and Communities 12 October 2027",
    ] {
        let doc = parse(&cover(line));
        assert_eq!(doc.meetings.len(), 1, "{line}: {:?}", doc.meetings);
        let m = &doc.meetings[0];
        assert!(
            m.name
                .ends_with("Cabinet Member for Housing and Communities"),
            "{line}: {}",
            m.name
        );
        assert_eq!(m.date.unwrap().value.iso(), "2027-10-12", "{line}");
    }
    // No remit, a person before the post, or a sentence: no meeting.
    for line in [
        "Cabinet Member 12 October 2027",
        "Councillor D Welsh, Cabinet Member for Housing 12 October 2027",
        "Report of the Cabinet Member for Housing 12 October 2027",
        "The Cabinet Member for Housing agreed the policy on 12 October 2027",
    ] {
        let doc = parse(&cover(line));
        assert!(doc.meetings.is_empty(), "{line}: {:?}", doc.meetings);
    }
}

#[test]
fn names_maker_with_remit_reads_a_decision_maker_and_their_remit() {
    let v = crate::parse::Vocabulary::builtin();
    for yes in [
        "Cabinet Member for Housing and Communities",
        "Executive Member for Transport",
        "Deputy Cabinet Member for Adult Social Care",
        "Portfolio Holder for Finance",
        "Cabinet Member for Climate Change, Culture and Leisure",
    ] {
        assert!(super::meeting::names_maker_with_remit(yes, v), "{yes}");
    }
    for no in [
        "Cabinet Member",
        "Cabinet",
        "Councillor D Welsh, Cabinet Member for Housing",
        "Report of the Cabinet Member for Housing",
        "the cabinet member for housing",
        "Cabinet Member for Housing.",
        "Director of Housing and Homelessness",
    ] {
        assert!(!super::meeting::names_maker_with_remit(no, v), "{no}");
    }
}

#[test]
fn an_unlabelled_stack_under_a_title_table() {
    // A fire authority's cover: its name beside the agenda item's number
    // in a table, then the committee, the date and the report-of line in
    // bold capitals, with no labels.
    let text = "  ---------------------------------------------- -----------------\n  **CAMBRIAN VALLEYS FIRE & RESCUE AUTHORITY**   **AGENDA ITEM NO\n                                                 7**\n  ---------------------------------------------- -----------------\n\n**FINANCE, AUDIT & PERFORMANCE MANAGEMENT COMMITTEE**\n\n**25 JANUARY 2027**\n\n**REPORT OF THE TREASURER**\n\n**REVENUE AND CAPITAL MONITORING REPORT 2026/27**\n\n**SUMMARY**\n\nThis report sets out the forecast outturn for the year.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(
        doc.meetings[0].name,
        "FINANCE, AUDIT & PERFORMANCE MANAGEMENT COMMITTEE"
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-01-25");
    assert!(
        pairs(&doc).contains(&pair("REPORT OF", "THE TREASURER")),
        "{:?}",
        pairs(&doc)
    );
    // A table with a label in it is the sheet's first field, as before.
    let text = text.replace("**AGENDA ITEM NO", "**Meeting: Cabinet");
    let doc = parse(&text);
    assert!(doc
        .meetings
        .iter()
        .all(|m| m.name != "FINANCE, AUDIT & PERFORMANCE MANAGEMENT COMMITTEE"));
}

#[test]
fn a_report_of_line_run_on_into_its_meeting_and_date() {
    // A right-aligned cover sentence, wrapped by pdftotext -layout.
    let text = "                          Report of the Strategic Director, Place to\n                          the meeting of Executive to be held on\n                          Tuesday 2 February 2027\n\n                                                       BF\nSubject:\n\nCity Centre Heat Network\n\nSummary statement:\n\nThis report presents the outline business case for a heat network.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "Executive");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-02-02");
    assert!(
        pairs(&doc).contains(&pair("Report of", "the Strategic Director, Place")),
        "{:?}",
        pairs(&doc)
    );
    // The date line is no heading; the code far right over "Subject:" is
    // no part of its label.
    assert!(doc.sections.iter().all(|s| !s.title.contains("2027")));
    assert!(
        pairs(&doc).contains(&pair("Subject", "City Centre Heat Network")),
        "{:?}",
        pairs(&doc)
    );
    // A report-of line naming no meeting keeps its value whole.
    let text = "Report of the Director of Place to\nthe residents of the borough\n\nSubject:\n\nCity Centre Heat Network\n";
    let doc = parse(text);
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
}

#[test]
fn a_report_of_sentence_set_a_part_to_a_line_names_the_meeting_and_date() {
    // A Salford-style cover: report of / to / on, each on its own line.
    let text = "PART 1\n(OPEN TO THE PUBLIC)\nITEM NO.\nREPORT OF THE STRATEGIC DIRECTOR FOR PLACE\nTO THE PROCUREMENT BOARD\nON WEDNESDAY, 3RD FEBRUARY 2027\nTITLE: Award of contract for Responsive Repairs\nRECOMMENDATIONS:\nThat the Board approves the award.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "PROCUREMENT BOARD");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-02-03");
    assert!(
        pairs(&doc).contains(&pair("REPORT OF", "THE STRATEGIC DIRECTOR FOR PLACE")),
        "{:?}",
        pairs(&doc)
    );
    // A "to" line naming no body is no meeting.
    let text = text.replace(
        "TO THE PROCUREMENT BOARD",
        "TO THE RESIDENTS OF THE BOROUGH",
    );
    let doc = parse(&text);
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
}

#[test]
fn a_bare_report_label_over_a_committee_names_the_meeting() {
    // A London cover's "REPORT:" row over the committee.
    let text = "**LONDON BOROUGH OF THORNHURST**\n\n| | |\n|---|---|\n| **REPORT:** | **CABINET** |\n| **DATE OF DECISION** | 17 March 2027 |\n| **REPORT TITLE:** | Highway Tree Maintenance Contract |\n\n# 1 SUMMARY OF REPORT\n\n1.1 Text.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "CABINET");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-03-17");
    // Over a value that is no committee's name, the label names nothing.
    let text = text.replace("**CABINET**", "Annual Budget Report");
    let doc = parse(&text);
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
}

#[test]
fn a_layout_row_of_labels_over_a_row_of_values() {
    // `pdftotext -layout` of a cover table with all its labels in one row
    // and its values under them, a value wrapped in its column.
    let vocab = with_field_keys(&["wards affected", "key decision"]);
    let text = "                                              Date: 17th March 2027\n\nPlay Area Renewal Programme\n\n Relevant Cabinet Member(s)        Wards Affected      Key Decision\n Councillor Jo Bloggs,             All                 Yes\n Portfolio Holder for Leisure\n\nEXECUTIVE SUMMARY\n\n1.    This report seeks approval for the programme.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc)[1..],
        [
            pair(
                "Relevant Cabinet Member(s)",
                "Councillor Jo Bloggs, Portfolio Holder for Leisure"
            ),
            pair("Wards Affected", "All"),
            pair("Key Decision", "Yes"),
        ]
    );
    assert_eq!(doc.fields[3].value_span.of(text), "Yes");
    assert_eq!(doc.fields[2].key_span.of(text), "Wards Affected");
    // Near miss: a table's column headings over its figures, none of them
    // the pack's labels, are no fields.
    let figures = "Summary of costs\n\n Scheme          Budget      Spend\n Play areas      120,000     80,000\n\nText.\n";
    assert!(crate::parse::parse_with(figures, &vocab).fields.is_empty());
    // Nor are values that stand outside the labels' columns.
    let off = text.replace(" Portfolio Holder", "       Portfolio Holder");
    let doc = crate::parse::parse_with(&off, &vocab);
    assert!(
        doc.fields.iter().all(|f| f.key != "Key Decision"),
        "{:?}",
        pairs(&doc)
    );
}

#[test]
fn a_cover_addressed_to_the_chair_and_members_names_the_meeting() {
    // "To the Chair and Members of the" / "CABINET": the body addressed is
    // the meeting, and the title in capitals under it is the paper's.
    let text = "                                          Report\n\n                                          Date: 17th March 2027\n\n\nTo the Chair and Members of the\nCABINET\n\nHOUSING ASSISTANCE POLICY 2027-2030: DISABLED FACILITIES GRANTS, HOME REPAIR\nLOANS AND THE HOSPITAL DISCHARGE GRANT\n\nEXECUTIVE SUMMARY\n\n1.    The policy sets out the help the Council gives.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "CABINET");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-03-17");
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("HOUSING ASSISTANCE POLICY 2027-2030: DISABLED FACILITIES GRANTS, HOME REPAIR LOANS AND THE HOSPITAL DISCHARGE GRANT")
    );
    // The title's colon makes no field.
    assert!(doc.fields.iter().all(|f| !f.key.starts_with("HOUSING")));
    // On one line, the address names the meeting too.
    let one = "To the Chairman and Members of the Planning Committee\n\nDate: 3 March 2027\n\nPurpose\n\nText.\n";
    let doc = parse(one);
    assert_eq!(
        doc.meetings.first().map(|m| m.name.as_str()),
        Some("Planning Committee")
    );
    // Near miss: the address over a line that names no body names no
    // meeting, and reads no title under it.
    let near = text.replace("CABINET\n", "Housing Services\n");
    let doc = parse(&near);
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
}

#[test]
fn a_meeting_date_closing_the_paper_dates_the_meeting_its_title_block_names() {
    // A Scottish council's report: the meeting named by a bold line of the
    // title block, its date only on the paper's last line.
    let text = "![](media/image1.jpeg)\n\n**DATA LABEL: PUBLIC**\n\n**COUNCIL EXECUTIVE**\n\n**20MPH SPEED LIMITS -- IMPLEMENTATION PROGRAMME 2027/28**\n\n**REPORT BY HEAD OF OPERATIONAL SERVICES**\n\n**A. PURPOSE OF REPORT**\n\nTo advise the Council Executive of the outcome of the review of speed limits on residential and town centre roads carried out under the national strategy, and to seek approval to promote the traffic regulation orders needed.\n\n**B. RECOMMENDATION**\n\nIt is recommended that the Council Executive:\n\n1.  notes the results of the speed limit review; and\n\n2.  approves the introduction of 20mph speed limits on the roads listed.\n\n**Jill Aitchison-Rowe**\n\n**Head of Operational Services**\n\n**Date of meeting: 16 February 2027**\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "COUNCIL EXECUTIVE");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-02-16");
    // The line is a field, no heading.
    assert!(pairs(&doc).contains(&pair("Date of meeting", "16 February 2027")));
    assert!(doc.sections.iter().all(|s| !s.title.starts_with("Date of")));
    // Near misses: a bare "Date" closing the paper dates its signature,
    // and a meeting date far from the end is no closing one.
    let signed = text.replace("Date of meeting:", "Date:");
    assert!(parse(&signed).meetings.iter().all(|m| m.date.is_none()));
    let early = text.replace(
        "**Jill Aitchison-Rowe**",
        "**Date of meeting: 16 February 2027**\n\nText.\n\nMore text.\n\n**Jill Aitchison-Rowe**",
    );
    let early = early.trim_end().rsplit_once('\n').unwrap().0;
    assert!(parse(early).meetings.iter().all(|m| m.date.is_none()));
}

#[test]
fn a_masthead_table_sets_the_title_block_beside_the_item_number() {
    // Pandoc's headerless multiline table: the council, the committee and
    // the date in the first column, the agenda item's number in the second.
    let text = "  ------------------------------------------------- ---------------\n  **WYCHCOMBE DISTRICT COUNCIL**                    **AGENDA ITEM\n                                                    NO**\n\n  **COMMUNITY SERVICES AND LICENSING COMMITTEE**\n\n  **11 MARCH 2027**                                 **9**\n  ------------------------------------------------- ---------------\n\n| **Report Title** | Review of the Leisure Card scheme |\n|---|---|\n| **Report Author** | Jo Bloggs, Leisure Manager |\n\n**1. INTRODUCTION**\n\n1.1 The Leisure Card gives discounted access to the Council's leisure centres.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(
        doc.meetings[0].name,
        "COMMUNITY SERVICES AND LICENSING COMMITTEE"
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-03-11");
    // The council's name beside the item's number is no field.
    assert!(
        doc.fields.iter().all(|f| !f.key.contains("COUNCIL")),
        "{:?}",
        pairs(&doc)
    );
    // Near misses: a table with a label in it, or with no committee under
    // the council's name, is no masthead.
    let labelled = text.replace("**11 MARCH 2027**   ", "**Date: 11 MARCH 2027**");
    let doc = parse(&labelled);
    assert!(
        doc.meetings.iter().all(|m| !m.name.contains("LICENSING")),
        "{:?}",
        doc.meetings
    );
    let no_committee = text.replace(
        "**COMMUNITY SERVICES AND LICENSING COMMITTEE**",
        "**PUBLIC REPORT**",
    );
    let doc = parse(&no_committee);
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
    assert!(
        doc.fields
            .iter()
            .any(|f| f.key == "WYCHCOMBE DISTRICT COUNCIL"),
        "{:?}",
        pairs(&doc)
    );
}

#[test]
fn a_layout_row_of_two_label_and_value_pairs_gives_both_fields() {
    // pdftotext -layout of a colonless cover: the meeting's date and the
    // report's date side by side on one line of the label column.
    let block = |second_row: &str| {
        format!(
            "                                              Agenda item 6\n\nWestmuir Partnership for Transport\n\nCommittee report\n\n\nBus Station Modernisation Programme\n\n\nCommittee                Strategy and Programmes\n\n{second_row}\n\nReport by                Director of Bus Operations\n\n\n1.    Object of report\n\n      To seek approval of the programme.\n"
        )
    };
    let vocab = with_field_keys(&["committee", "date of meeting", "report by"]);
    let text = block(
        "Date of meeting          3 December 2027                  Date of report    [DD Month YYYY]",
    );
    let doc = crate::parse::parse_with(&text, &vocab);
    let got = pairs(&doc);
    for want in [
        pair("Committee", "Strategy and Programmes"),
        pair("Date of meeting", "3 December 2027"),
        pair("Date of report", "[DD Month YYYY]"),
        pair("Report by", "Director of Bus Operations"),
    ] {
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(doc.meetings[0].name, "Strategy and Programmes");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-12-03");
    // "Committee" is a field, not a heading.
    assert!(doc.sections.iter().all(|s| !s.title.contains("Strategy")));
    // Near miss: what stands after the wide gap is no label and value
    // (a room beside the date): no layout row, and nothing is split.
    let text =
        block("Date of meeting          3 December 2027                  Room 4, County Hall");
    let got = pairs(&crate::parse::parse_with(&text, &vocab));
    assert!(
        got.iter()
            .all(|(k, v)| !k.starts_with("Room") && v != "3 December 2027"),
        "{got:?}"
    );
}

#[test]
fn a_committee_line_with_the_item_number_far_right_names_the_meeting() {
    // pdftotext -layout keeps the cover's "ITEM: 7" on the committee's
    // line; the capitals date under it is the meeting's.
    let text = "Stourmere Regional Park Authority\n\n\nEXECUTIVE COMMITTEE                                            ITEM: 7\n14 OCTOBER 2027\n\nHAYBRIDGE CAMPSITE: AWARD OF CONTRACT FOR A NEW\nFACILITIES BUILDING\n\nPresented by the Director of Parklands\n\n\nSUMMARY\n\n1       This report seeks approval to award a contract.\n";
    let doc = parse(text);
    assert!(
        doc.fields.iter().all(|f| !f.key.contains("COMMITTEE")),
        "{:?}",
        pairs(&doc)
    );
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(doc.meetings[0].name, "EXECUTIVE COMMITTEE");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-10-14");
    assert!(super::shapes::has_item_far_right(
        "EXECUTIVE COMMITTEE          ITEM: 7"
    ));
    assert!(super::shapes::has_item_far_right(
        "Planning Committee      Agenda Item 6"
    ));
    // Near misses: no wide gap, a field before the gap, or no item's
    // number after it.
    assert!(!super::shapes::has_item_far_right(
        "EXECUTIVE COMMITTEE ITEM: 7"
    ));
    assert!(!super::shapes::has_item_far_right("Report to:      Item 7"));
    assert!(!super::shapes::has_item_far_right(
        "EXECUTIVE COMMITTEE          Room: 7"
    ));
}

#[test]
fn a_long_committee_name_in_bold_capitals_over_a_dated_table_is_the_meeting() {
    let sheet = "| **Date of meeting** | 24 June 2027 | **Agenda item** | 8 |\n|---|---|---|---|\n| **Report of** | Director of Archives | **Host authority** | Aldermouth City Council |\n| **Title** | Shared Collections Centre | **Status** | Public |\n\n# 1. Purpose of the report\n\n1.1 To approve a capital scheme.\n";
    let paper =
        |title: &str| format!("![](media/image1.png){{width=\"2.3in\"}}\n\n**{title}**\n\n{sheet}");
    let doc = parse(&paper("NORTH COAST ARCHIVES AND MUSEUMS JOINT COMMITTEE"));
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(
        doc.meetings[0].name,
        "NORTH COAST ARCHIVES AND MUSEUMS JOINT COMMITTEE"
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-06-24");
    // Near misses: a title linking to the body names no meeting, nor
    // does a line whose last word names no body.
    for title in [
        "REVIEW OF THE AUDIT AND GOVERNANCE JOINT COMMITTEE",
        "NORTH COAST ARCHIVES AND MUSEUMS SHARED COLLECTIONS CENTRE",
    ] {
        assert!(parse(&paper(title)).meetings.is_empty(), "{title}");
    }
}

#[test]
fn a_meeting_row_with_its_date_in_a_third_cell_names_the_meeting_and_date() {
    let table = |row: &str| {
        format!(
            "**Nordholm Islands Council**\n\n|    |    |    |\n|----|----|----|\n{row}\n| **Report Title:** | Replacement Pilot Launch | |\n| **Reference Number:** | PH-19-27-F | |\n\n**1.0 Decisions / Action required:**\n\n1.1 That the Harbour Board approves the purchase.\n"
        )
    };
    let doc = parse(&table(
        "| **Meeting(s):** | Harbour Board | 22 September 2027 |",
    ));
    assert_eq!(doc.meetings.len(), 1, "{:?}", pairs(&doc));
    assert_eq!(doc.meetings[0].name, "Harbour Board");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-09-22");
    // Near misses: a label that names no meeting, and a middle cell that
    // names no body, give no meeting field.
    for row in [
        "| **Reference Number:** | Harbour Board | 22 September 2027 |",
        "| **Meeting(s):** | Annual accounts | 22 September 2027 |",
    ] {
        let doc = parse(&table(row));
        assert!(
            doc.fields
                .iter()
                .all(|f| !f.value.ends_with("22 September 2027")),
            "{row}: {:?}",
            pairs(&doc)
        );
    }
}

#[test]
fn a_bare_pair_value_wrapped_at_a_colon_inside_it() {
    // A title wrapped after a comma onto a line that reads as a field
    // (`Faversbury: outcome of …`) carries the value on: the run of bare
    // pairs goes on past it.
    let vocab = pair_keys();
    let read = |text: &str| pairs(&crate::parse::parse_with(text, &vocab));
    let text = "Agenda Item 6\n\nMedwold Joint Transportation Board\n\n\
                Date\n17 January 2028\nReport title\n\
                Proposed residents' parking scheme, Upper Hythe Road area,\n\
                Faversbury: outcome of formal consultation on the traffic regulation\n\
                order\nWards affected\nFaversbury Abbey\nKey decision\nNo\n\n\
                1\nPurpose of Report\n\n1.1\nThis report sets out the results.\n";
    let got = read(text);
    for p in [
        pair("Date", "17 January 2028"),
        pair("Wards affected", "Faversbury Abbey"),
        pair("Key decision", "No"),
    ] {
        assert!(got.contains(&p), "{p:?} in {got:?}");
    }
    assert!(got.iter().all(|(k, _)| k != "Faversbury"), "{got:?}");
    // Near miss: the line above does not carry on (no comma), so the line
    // with the colon is no wrap and the run stops short of three pairs.
    let text = "Agenda Item 6\n\nMedwold Joint Transportation Board\n\n\
                Date\n17 January 2028\nReport title\n\
                Proposed residents' parking scheme\n\
                Faversbury: outcome of formal consultation on the traffic regulation\n\
                order\nWards affected\nFaversbury Abbey\nKey decision\nNo\n\n\
                1\nPurpose of Report\n\n1.1\nThis report sets out the results.\n";
    let got = read(text);
    assert!(!got.contains(&pair("Date", "17 January 2028")), "{got:?}");
}

#[test]
fn a_layout_list_of_appendices_runs_on_under_its_label() {
    // `pdftotext -layout`: the appendices as bare letters in the value
    // column, B and C on the rows under the label's.
    let text = "Report to:                  Cabinet\n\n\
                Date of meeting:            Wednesday 24 November 2027\n\n\
                Appendices:                 A   Schedule of proposed polling districts\n\
                \x20                           B   Summary of consultation responses\n\
                \x20                           C   Comments of the Returning Officer\n\n\n\
                1.     Purpose of report\n\n\
                1.1    See Appendix A, Appendix B and Appendix C.\n";
    let doc = parse(text);
    let labels: Vec<&str> = doc.appendices.iter().map(|a| a.label.as_str()).collect();
    assert_eq!(labels, ["A", "B", "C"], "{:?}", pairs(&doc));
    assert!(pairs(&doc).iter().all(|(k, _)| k != "B" && k != "C"));
    // Near miss: under a label that lists no appendices, the rows stay
    // as they were.
    let text = text.replace("Appendices:", "Background:");
    let doc = parse(&text);
    assert!(doc.appendices.is_empty(), "{:?}", doc.appendices);
}

#[test]
fn a_sacre_heading_under_the_council_names_the_meeting() {
    // The vocabulary's body phrase "advisory council on religious
    // education": the heading under the council's names the meeting, the
    // bracketed acronym looked past.
    let sheet = "Date of meeting\n:   Tuesday 9 November 2027, 4.30pm\n\n\
                 Report of\n:   Director of Education and Skills\n\n\
                 ------------------------------------------------------------------------\n\n\
                 ### 1. Purpose of the report\n\n1.1 Text.\n";
    let text = format!(
        "# Kestrelshire County Council\n\n\
         ## Standing Advisory Council on Religious Education (SACRE)\n\n{sheet}"
    );
    let doc = parse(&text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert!(doc.meetings[0]
        .name
        .starts_with("Standing Advisory Council"));
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-11-09");
    // Near miss: a heading that ends in the same words but names no body.
    let text = format!(
        "# Kestrelshire County Council\n\n## Agreed Syllabus for Religious Education\n\n{sheet}"
    );
    let doc = parse(&text);
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
}

#[test]
fn a_front_sheet_written_as_a_pandoc_line_block() {
    let text = "| **Eastfold Council**\n| **Cabinet**\n| \n| **Date of meeting:** 20 April 2027\n| **Report of:** Director of Resources\n| **Key decision:** Yes\n\n**1. Summary**\n\n1.1 To agree the scheme.\n";
    let got = fields(text);
    assert_eq!(
        got,
        [
            pair("Date of meeting", "20 April 2027"),
            pair("Report of", "Director of Resources"),
            pair("Key decision", "Yes"),
        ]
    );
    // Near miss: the same labels in a pipe table are its rows, read as
    // a table's, not as a line block's lines.
    let table = "| **Date of meeting:** | 20 April 2027 |\n|---|---|\n| **Report of:** | Director of Resources |\n\n**1. Summary**\n\n1.1 To agree the scheme.\n";
    let doc = parse(table);
    assert!(doc
        .fields
        .iter()
        .all(|f| !f.key.contains('|') && !f.value.contains('|')));
}

#[test]
fn a_front_sheet_set_in_a_blockquote() {
    let text = "> **Eastfold Council**\n>\n> **Health and Wellbeing Board**\n>\n> **Date:** Thursday 18 March 2027\n>\n> **Report of:** Director of Public Health\n>\n> **Report author:** Jo Bloggs, Consultant\n\n## 1. Purpose {#purpose}\n\n**1.1** To approve the assessment.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc),
        [
            pair("Date", "Thursday 18 March 2027"),
            pair("Report of", "Director of Public Health"),
            pair("Report author", "Jo Bloggs, Consultant"),
        ]
    );
    assert_eq!(
        doc.fields[0].span.of(text),
        "**Date:** Thursday 18 March 2027"
    );
    // Near miss: a quoted clause in the body gives no field and no
    // paragraph numbers.
    let quoted = "**3. The review**\n\n3.1 Clause 12 provides:\n\n> 12.3 Each Partner shall bear its share: in the Agreed Proportions.\n>\n> 12.4 The Proportions are reviewed.\n\n3.2 The options were modelled.\n";
    let doc = parse(quoted);
    assert!(doc.fields.is_empty(), "{:?}", doc.fields);
}

#[test]
fn a_front_sheet_set_one_field_to_a_blockquote() {
    // A Word paragraph with a left indent a quote of its own: each field
    // its own blockquote, with wrapped values and hard breaks.
    let text = "**RESOURCES COMMITTEE**\n\n**Thursday 18 November 2027**\n\n> **Subject:**  Replacement of aerial ladder platforms: approval to\n> procure\n\n> **Report by:**  Chief Fire Officer\n\n> **Lead officer:**  Jo Bloggs, Head of Fleet and\n> Engineering\\\n> Telephone: 01632 961 208\n\n> **Classification:**  Open\n\n> **Appendices:**  A -- Vehicle capital programme\\\n> B -- Options appraisal\n\n**SUMMARY**\n\n1.  The platforms reach the end of their life.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc),
        [
            pair(
                "Subject",
                "Replacement of aerial ladder platforms: approval to procure"
            ),
            pair("Report by", "Chief Fire Officer"),
            pair("Lead officer", "Jo Bloggs, Head of Fleet and Engineering"),
            pair("Telephone", "01632 961 208"),
            pair("Classification", "Open"),
            pair(
                "Appendices",
                "A -- Vehicle capital programme B -- Options appraisal"
            ),
        ]
    );
    // Near miss: quotes parted by blank lines in the body, one opening
    // with prose, keep their marks.
    let quoted = "**3. The review**\n\n3.1 The guidance says:\n\n> Note: councils should review the scheme.\n\n> 12.3 Each Partner shall bear its share.\n\n3.2 The options were modelled.\n";
    let doc = parse(quoted);
    assert!(doc.fields.is_empty(), "{:?}", doc.fields);
}

#[test]
fn a_layout_front_sheet_beside_the_title() {
    // `pdftotext -layout`: the title in a left column, the fields in a
    // right one on the same lines.
    let vocab = with_field_keys(&["committee", "date", "report of", "report author", "wards"]);
    let text = "                         LONDON BOROUGH OF EASTFOLD\n\n\nTenancy Strategy 2028–2033 and Tenancy          Committee:        Housing Committee\nPolicy: outcome of consultation                 Date:             19 January 2028\n                                                Report of:        Strategic Director of Housing\n                                                                  and Regeneration\n                                                Report author:    Jo Bloggs,\n                                                                  020 7946 0382\n                                                Wards:            All\n\n\n1     Summary\n\n1.1   The Council must publish a tenancy strategy.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc),
        [
            pair("Committee", "Housing Committee"),
            pair("Date", "19 January 2028"),
            pair(
                "Report of",
                "Strategic Director of Housing and Regeneration"
            ),
            pair("Report author", "Jo Bloggs, 020 7946 0382"),
            pair("Wards", "All"),
        ]
    );
    assert_eq!(doc.meetings[0].name, "Housing Committee");
    // Near miss: a cover table of two pairs a row keeps both columns.
    let two = "Application No:   27/00612/FUL        Officer:   Jo Bloggs\nDate:             1 May 2027          Ward:      Priory\nCommittee:        Planning            Parish:    None\n\n1. Proposal\n\n1.1 Text.\n";
    let doc = crate::parse::parse_with(
        two,
        &with_field_keys(&["date", "ward", "committee", "officer"]),
    );
    assert!(
        doc.fields.iter().any(|f| f.key == "Application No"),
        "{:?}",
        doc.fields
    );
}

#[test]
fn a_layout_cover_with_its_labels_set_flush_right() {
    // `pdftotext -layout`: colon-less labels ending at one column, their
    // values in a second column, a value's further lines under its first.
    let vocab = with_field_keys(&["meeting", "date", "title", "lead officer", "wards affected"]);
    let text = "                 LICENSING COMMITTEE\n\n\n           Meeting   Licensing Committee\n              Date   Tuesday 9 March 2027\n             Title   Review of the Statement of Principles\n                     2028-2031: approval for consultation\n      Lead officer   Jo Bloggs, Licensing Manager\n    Wards affected   All wards\n\n\n   SUMMARY\n\n   The Act requires the Council to publish a statement.\n";
    let doc = crate::parse::parse_with(text, &vocab);
    assert_eq!(
        pairs(&doc),
        [
            pair("Meeting", "Licensing Committee"),
            pair("Date", "Tuesday 9 March 2027"),
            pair(
                "Title",
                "Review of the Statement of Principles 2028-2031: approval for consultation"
            ),
            pair("Lead officer", "Jo Bloggs, Licensing Manager"),
            pair("Wards affected", "All wards"),
        ]
    );
    assert_eq!(doc.fields[1].key_span.of(text), "Date");
    // Near misses: two such rows are no column; nor are the pack's labels
    // ending at one column with their values at several; nor a run whose
    // labels ending at one column are not the pack's.
    let two = "           Meeting   Licensing Committee\n              Date   Tuesday 9 March 2027\n\nThe Act requires a statement.\n";
    assert!(crate::parse::parse_with(two, &vocab).fields.is_empty());
    let ragged = "           Meeting   Licensing Committee\n              Date     Tuesday 9 March 2027\n             Title  Review of the Statement\n";
    assert!(crate::parse::parse_with(ragged, &vocab).fields.is_empty());
    let places = "    Colne Park   New graves remaining\n Harmsworth Rd   Old graves\n   Bell Common   Closed\n";
    assert!(crate::parse::parse_with(places, &vocab).fields.is_empty());
}

#[test]
fn underlined_and_small_capital_labels_as_pandoc_writes_them() {
    // Word's small capitals and underline, exported by Pandoc: the labels
    // and the numbered headings are read as their bold forms are.
    let text = "**HARTSMERE DISTRICT COUNCIL**\n\n[Committee]{.smallcaps}: Strategy and Resources Committee\\\n[Date]{.smallcaps}: Thursday 25 November 2027\\\n[Report of:]{.underline} Director of Corporate Services\n\n[**1. Purpose of the Report**]{.underline}\n\n1.1 To set the fees.\n\n**[2. Recommendations]{.underline}**\n\n2.1 That the Committee agrees the fees.\n";
    let doc = parse(text);
    assert_eq!(
        pairs(&doc),
        [
            pair("Committee", "Strategy and Resources Committee"),
            pair("Date", "Thursday 25 November 2027"),
            pair("Report of", "Director of Corporate Services"),
        ]
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-11-25");
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Purpose of the Report", "Recommendations"]);
    // Spans point into the text as written: the label inside its brackets.
    let date = &doc.fields[1];
    assert_eq!(&text[date.key_span.start..date.key_span.end], "Date");
}

#[test]
fn a_bold_body_name_among_the_front_sheet_fields_is_the_meeting() {
    let text = "**Item No: 11**\n\n**Meeting Date: Wednesday 15 December 2027**\n\n\
                **Glenmorven Integration Joint Board**\n\n\
                | **Report By:** | Morag Kinloch, Chief Officer |\n\
                |---|---|\n\
                | **Contact:** | Euan Dalgleish |\n\n\
                **Title:** Day Opportunities\n\n\
                1. Purpose\n\n\
                1.1 This report seeks approval of a new model.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "Glenmorven Integration Joint Board");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-12-15");
}

#[test]
fn a_heading_naming_a_board_after_the_front_sheet_is_no_meeting() {
    // Near miss: the fields end before the heading, so it is the body's.
    let text = "**Item No: 11**\n\n**Meeting Date: Wednesday 15 December 2027**\n\n\
                **Scrutiny Board**\n\n\
                The Scrutiny Board looked at the proposals in October and \
                asked officers to report back on the costs.\n";
    let doc = parse(text);
    assert!(
        doc.meetings.iter().all(|m| m.name != "Scrutiny Board"),
        "{:?}",
        doc.meetings
    );
}

#[test]
fn a_body_and_agenda_item_line_in_the_front_sheet_is_the_meeting() {
    let text = "OFFICIAL\nPurpose: Approval\nDate: 25 NOVEMBER 2027\n\
                Title: ANNUAL GOVERNANCE STATEMENT\n\
                Report of Assistant Chief Officer\n\
                Audit Committee – Agenda Item 8\nSUMMARY\n\
                1. This report presents the final Annual Governance Statement for \
                the year, updated since the Committee considered the draft in July, \
                together with the Head of Internal Audit's annual opinion on the \
                framework of governance, risk management and control.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "Audit Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-11-25");
}

#[test]
fn prose_naming_a_committee_in_the_front_sheet_is_no_meeting() {
    // Near miss: a committee named in a sentence, with no item number.
    let text = "OFFICIAL\nPurpose: Approval\nDate: 25 NOVEMBER 2027\n\
                Report to the Audit Committee – for approval\nSUMMARY\n\
                1. This report presents the final Annual Governance Statement for \
                the year, updated since the Committee considered the draft in July, \
                together with the Head of Internal Audit's annual opinion on the \
                framework of governance, risk management and control.\n";
    let doc = parse(text);
    assert!(
        doc.meetings.iter().all(|m| m.name != "Audit Committee"),
        "{:?}",
        doc.meetings
    );
}

#[test]
fn a_date_in_two_languages_parted_by_a_slash_is_one_date_line() {
    for line in [
        "29 MÀRT 2028 / 29 MARCH 2028",
        "29 MARCH 2028 / 29 MÀRT 2028",
        "Dydd Mawrth, 7 Mawrth 2028 / Tuesday, 7 March 2028",
        "Dydd Mercher, 29 Tachwedd 2028 / Wednesday, 29 November 2028",
    ] {
        assert!(super::is_date_line(line), "{line}");
    }
    // Two dates, another day or year in the other part, a title or a
    // report number beside the date: no date line.
    for line in [
        "29 March 2028 / 5 April 2028",
        "29 March 2028 / 29 April 2028",
        "28 MÀRT 2028 / 29 MARCH 2028",
        "29 MÀRT 2027 / 29 MARCH 2028",
        "Ferry fares and timetables for next year / 29 March 2028",
        "Report 29/2028 / 29 March 2028",
        "29 / 29 March 2028",
    ] {
        assert!(!super::is_date_line(line), "{line}");
    }
}

#[test]
fn a_bilingual_front_sheet_dated_in_both_languages_names_its_meeting() {
    let text = concat!(
        "                                COMHAIRLE NAN EILEAN TUATH\n",
        "\n",
        "\n",
        "                      COMATAIDH GIÙLAN AGUS BUN-STRUCTAR\n",
        "                   TRANSPORTATION AND INFRASTRUCTURE COMMITTEE\n",
        "\n",
        "                           29 MÀRT 2028 / 29 MARCH 2028\n",
        "\n",
        "\n",
        "               FARAIDHEAN AGUS CLÀR-AMA NAN AISEAGAN EADAR-EILEANACH 2028/29\n",
        "                  INTER-ISLAND FERRY FARES AND TIMETABLE 2028/29\n",
        "\n",
        "          Aithisg le Àrd-oifigear, Leasachadh Eaconamach agus Ath-nuadhachadh\n",
        "              Report by Chief Officer, Economic Development and Regeneration\n",
        "\n",
        "\n",
        "ADHBHAR / PURPOSE\n",
        "\n",
        "1.1      The purpose of the Report is to seek approval for the fares and the summer and\n",
        "         winter timetables for the Comhairle's four inter-island ferry routes for 2028/29,\n",
        "         and to report on the outcome of the review of concessionary travel for island\n",
    );
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(
        doc.meetings[0].name,
        "TRANSPORTATION AND INFRASTRUCTURE COMMITTEE"
    );
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2028-03-29");
    // Two dates on the line are no meeting date.
    let two = text.replace(
        "29 MÀRT 2028 / 29 MARCH 2028",
        "29 March 2028 / 5 April 2028",
    );
    assert!(
        parse(&two).meetings.iter().all(|m| m.date.is_none()),
        "{:?}",
        parse(&two).meetings
    );
}

/// The cover `pdftotext` gives a county's planning report: a field, the
/// meeting's line, the council, a wrapped title, the site and a "Report
/// by …" line, then labels over their values.
const COUNTY_PLANNING_COVER: &str = "Division(s): Ashcombe and Thrupp\nPLANNING AND REGULATION COMMITTEE – 9 APRIL 2029\nWESSMERE COUNTY COUNCIL\nExtension of Lower Farm Quarry for the extraction of sand and gravel, with\nprogressive restoration to agriculture and nature conservation, and retention\nof the existing processing plant until 31 December 2039\nLower Farm Quarry, Ashcombe\nReport by the Director of Environment and Place\nContact Officer:\nJo Bloggs, Principal Minerals Planner\nStatus:\nOpen\nRecommendation\nThe report recommends that planning permission be granted.\n";

#[test]
fn a_title_run_on_from_the_meeting_line_to_a_report_by_line_is_the_title() {
    let doc = parse(COUNTY_PLANNING_COVER);
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some(
            "Extension of Lower Farm Quarry for the extraction of sand and gravel, with \
             progressive restoration to agriculture and nature conservation, and retention \
             of the existing processing plant until 31 December 2039"
        )
    );
    let got = fields(COUNTY_PLANNING_COVER);
    assert!(got.contains(&pair("Report by", "the Director of Environment and Place")));
    assert!(got.contains(&pair(
        "Contact Officer",
        "Jo Bloggs, Principal Minerals Planner"
    )));
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2029-04-09");
}

#[test]
fn a_run_over_a_report_by_line_with_prose_or_no_meeting_line_gives_no_title() {
    // Prose (a sentence closed by a stop) between the meeting's line and
    // the "Report by" line: no title run.
    let prose = COUNTY_PLANNING_COVER.replace(
        "of the existing processing plant until 31 December 2039\n",
        "of the existing processing plant until 31 December 2039.\n",
    );
    assert!(parse(&prose).title.is_none());
    // No line naming the meeting or the council over the run: a field
    // then unlabelled lines are no title block.
    let no_meeting = COUNTY_PLANNING_COVER.replace(
        "PLANNING AND REGULATION COMMITTEE – 9 APRIL 2029\nWESSMERE COUNTY COUNCIL\n",
        "",
    );
    assert!(parse(&no_meeting).title.is_none());
    // A run too long for a title block (a page of text with no stops).
    let long = COUNTY_PLANNING_COVER.replace(
        "Lower Farm Quarry, Ashcombe\n",
        &"Lower Farm Quarry, Ashcombe\n".repeat(6),
    );
    assert!(parse(&long).title.is_none());
}

#[test]
fn a_page_header_line_in_the_run_is_no_title() {
    // The meeting's running header and the council lead the run: they are
    // the block's lines, and the title is the line under them.
    let text = COUNTY_PLANNING_COVER.replace(
        "WESSMERE COUNTY COUNCIL\n",
        "WESSMERE COUNTY COUNCIL\nPlanning and Regulation Committee – 9 April 2029\n",
    );
    assert!(parse(&text)
        .title
        .is_some_and(|t| t.text.starts_with("Extension of Lower Farm Quarry")));
}

#[test]
fn a_joint_report_of_line_in_the_title_block_is_the_report_of_field() {
    let text = "Agenda Item 7\nLUNMOUTH ESTUARY BRIDGE BOARD\nMeeting of the Board\nFriday 23 March 2029\nToll Revision 2029/30\nJoint report of the Bridge Master and the Treasurer to the Board\nContact officer:\nJo Bloggs, Bridge Master\nStatus:\nOpen\n1.\nPurpose of the report\n1.1 To ask the Board to approve the tolls.\n";
    let got = fields(text);
    assert!(got.contains(&pair(
        "Joint report of",
        "the Bridge Master and the Treasurer to the Board"
    )));
    assert_eq!(
        parse(text).title.map(|t| t.text),
        Some("Toll Revision 2029/30".to_string())
    );
}

#[test]
fn a_report_of_sentence_or_a_report_titled_heading_is_no_joint_report_field() {
    // Prose in the body naming a report: no field.
    let text = "Report of: Head of Regulation\n\n# 1. Background\n\nThe report of the working group was received in March.\nJoint report of the officers was not needed.\n";
    assert_eq!(fields(text), [pair("Report of", "Head of Regulation")]);
    // "Final Report of the Task and Finish Group" names the paper: no
    // qualifier but "Joint" makes a report-of label.
    let title = "**Final Report of the Task and Finish Group on Empty Homes**\n\nReport of: Head of Housing\n";
    assert_eq!(fields(title), [pair("Report of", "Head of Housing")]);
}

#[test]
fn a_wrapped_title_with_a_colon_under_the_meetings_date_over_a_labelled_field() {
    let sheet = |title: &str, under: &str| {
        format!(
            "                                                  Item 7\n\n\n                    Hallbridge City Council\n\n              Housing Scrutiny Commission\n\n                                        Date of meeting: 8 June 2027\n\n\n\n{title}\n\n\n{under}\n\n Useful information\n   Ward(s) affected: All\n"
        )
    };
    // The pack's labels: "Lead director" is one.
    let vocab = crate::parse::Vocabulary {
        field_keys: vec!["lead director".to_string()].into(),
        ..crate::parse::Vocabulary::default()
    };
    let parse = |text: &str| crate::parse::parse_with(text, &vocab);
    let title = "             Temporary Accommodation: Use of Bed and\n             Breakfast and the Placement Policy Review";
    let lead = "                                        Lead director: Karen Whitlow";
    let doc = parse(&sheet(title, lead));
    assert_eq!(
        doc.title.map(|t| t.text).as_deref(),
        Some("Temporary Accommodation: Use of Bed and Breakfast and the Placement Policy Review")
    );
    let keys =
        |d: &crate::document::Document| d.fields.iter().map(|f| f.key.clone()).collect::<Vec<_>>();
    assert!(keys(&parse(&sheet(title, lead)))
        .iter()
        .any(|k| k == "Lead director"));
    // Near misses: no labelled field under it, or the line under the
    // meeting's date is one line only: it stays a field as before.
    let not_title = |text: &str| {
        let doc = parse(text);
        assert!(
            doc.fields
                .iter()
                .any(|f| f.key == "Temporary Accommodation"),
            "{text}: {:?}",
            keys(&doc)
        );
    };
    not_title(&sheet(
        title,
        "  The Commission is asked to note the report.",
    ));
    not_title(&sheet(
        "             Temporary Accommodation: Use of Bed and Breakfast",
        lead,
    ));
}

#[test]
fn a_running_header_numbering_the_board_paper_dates_the_meeting() {
    // pdftotext -layout: the authority, the paper's number in its series,
    // the date and what the paper is for, at top right, then the fields.
    let head = "                          CAIRNMORE NATIONAL PARK AUTHORITY\n                            FORMAL BOARD PAPER 4\n                            10 SEPTEMBER 2027\n                            FOR DECISION\n\n\n    CAIRNMORE NATIONAL PARK AUTHORITY\n\n    Title:              Woodland Grant Scheme\n\n    Prepared by:        Fiona MacRitchie, Head of Land Management\n\n\n    Purpose\n\n    1.  This paper asks the Board to approve the scheme.\n";
    let doc = parse(head);
    let m = &doc.meetings[0];
    assert_eq!(m.name, "CAIRNMORE NATIONAL PARK AUTHORITY");
    assert_eq!(m.date.unwrap().value.iso(), "2027-09-10");
    // Near misses: a line that is no paper's number between the name and
    // the date, and the council's own name over them.
    for (from, to) in [
        ("FORMAL BOARD PAPER 4", "PAPER ON THE 2027 BUDGET"),
        (
            "CAIRNMORE NATIONAL PARK AUTHORITY\n",
            "CAIRNMORE DISTRICT COUNCIL\n",
        ),
    ] {
        let doc = parse(&head.replacen(from, to, 1));
        assert!(
            doc.meetings.iter().all(|m| m.date.is_none()),
            "{to}: {:?}",
            doc.meetings
        );
    }
}

#[test]
fn paper_number_lines() {
    for line in [
        "Paper 4",
        "FORMAL BOARD PAPER 4",
        "Board Paper No. 12",
        "Agenda Item 6",
    ] {
        assert!(super::is_item_line(line), "{line}");
    }
    for line in [
        "Paper on the 2027 budget",
        "Discussion paper",
        "Board paper 2027",
        "Papers 4",
        "A consultation paper for the board 4",
    ] {
        assert!(!super::is_item_line(line), "{line}");
    }
}

#[test]
fn a_joint_committee_named_before_the_councils_it_joins_is_the_meeting() {
    let head = "![](media/image1.png){width=\"1.5in\"}\n\n**NORTHWASTE**\n\n**Joint Committee of Antrim Glens Borough Council, Bann Valley District Council and Sperrin District Council**\n\n**JOINT COMMITTEE REPORT**\n\n**Report Title:** Residual Waste Treatment\\\n";
    let tail = "**Agenda Item:** 6\n\n# 1.0 Purpose of Report\n\n1.1 To seek approval.\n";
    let doc = parse(&format!(
        "{head}**Date of Meeting:** Thursday 28 January 2027\\\n{tail}"
    ));
    let m = &doc.meetings[0];
    assert_eq!(m.name, "Joint Committee");
    assert_eq!(m.date.unwrap().value.iso(), "2027-01-28");
    // Undated, the line names no meeting (as a top line never does).
    assert!(parse(&format!("{head}{tail}")).meetings.is_empty());
}

#[test]
fn a_body_of_its_member_councils() {
    fn of(line: &str) -> Option<&str> {
        super::meeting::body_of_members(line, crate::parse::Vocabulary::builtin())
    }
    assert_eq!(
        of("Joint Committee of Leeds City Council and Bradford Council"),
        Some("Joint Committee")
    );
    assert_eq!(
        of("Joint Board of the Constituent Authorities"),
        Some("Joint Board")
    );
    for line in [
        "Review of the Audit Committee",
        "Council of the Isles of Scilly",
        "Joint Committee of the Trust",
        "Annual Report of the Standards Committee to Council",
    ] {
        assert_eq!(of(line), None, "{line}");
    }
}

#[test]
fn a_title_over_report_by_over_the_committee_and_its_date() {
    // A Scottish cover as raw pdftotext: four unlabelled lines, then the
    // first heading numbered with no stop.
    let v = crate::config::default_rule_set()
        .template
        .vocabulary
        .clone();
    let text = "INTERNAL AUDIT ANNUAL ASSURANCE REPORT 2026/27\nReport by Chief Officer Audit and Risk\nAUDIT COMMITTEE\n14 June 2027\n\n1 PURPOSE AND SUMMARY\n\n1.1 The purpose of this report is to give the opinion.\n\n2 RECOMMENDATIONS\n\n2.1 I recommend that the Audit Committee notes the report.\n";
    let doc = crate::parse::parse_with(text, &v);
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("INTERNAL AUDIT ANNUAL ASSURANCE REPORT 2026/27")
    );
    assert_eq!(doc.meetings[0].name, "AUDIT COMMITTEE");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-06-14");
    assert_eq!(doc.sections[0].title, "PURPOSE AND SUMMARY");
    // Near miss: with no date under the committee, the first line is not
    // taken as the title by this reading.
    let undated = text.replace("14 June 2027\n", "");
    let doc = crate::parse::parse_with(&undated, &v);
    assert_ne!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("PURPOSE AND SUMMARY")
    );
}

#[test]
fn numbered_section_lines() {
    let v = crate::parse::Vocabulary {
        section_titles: vec!["purpose and summary".to_string()].into(),
        ..crate::parse::Vocabulary::builtin().as_ref().clone()
    };
    assert!(super::shapes::numbered_section_line(
        "1 PURPOSE AND SUMMARY",
        &v
    ));
    assert!(super::shapes::numbered_section_line(
        "**2 Purpose and summary**",
        &v
    ));
    for line in [
        "2 February 2026",
        "10 Downing Street",
        "1 purpose and summary",
        "123 PURPOSE AND SUMMARY",
        "PURPOSE AND SUMMARY",
    ] {
        assert!(!super::shapes::numbered_section_line(line, &v), "{line}");
    }
}

#[test]
fn a_named_contact_line_under_an_empty_key_is_its_value() {
    // A name, a labelled phone and the post, the e-mail wrapped under it:
    // the value stops before the next heading.
    let text = "Report to the Cabinet\nMeeting to be held on Thursday, 18 June 2026\nReport of the Director of Place\nContact for further information:\nRhiannon Castleford, Tel: (01632) 960 218, Flood Risk Manager,\nrhiannon.castleford@example.gov.uk\nBrief Summary\nThe county council must publish a strategy for flood risk in its area.\n";
    let got = fields(text);
    assert!(
        got.contains(&pair(
            "Contact for further information",
            "Rhiannon Castleford, Tel: (01632) 960 218, Flood Risk Manager, rhiannon.castleford@example.gov.uk"
        )),
        "{got:?}"
    );
    // The post wrapped with no comma before it, then the e-mail.
    let text = "Report of the Director of Place\nContact for further information:\nRachel Ormerod, Tel: (01632) 960 616, Head of Service, Placement\nSufficiency and Commissioning,\nrachel.ormerod@example.gov.uk\n\nBrief Summary\n";
    let got = fields(text);
    assert!(
        got.iter()
            .any(|(k, v)| k == "Contact for further information"
                && v.ends_with("Sufficiency and Commissioning, rachel.ormerod@example.gov.uk")),
        "{got:?}"
    );
    // Near misses: a name with no phone, e-mail or contact label beside
    // it, and a sentence opening with a name, are no contact's details.
    for line in [
        "Rhiannon Castleford, Flood Risk Manager",
        "Cabinet Member, the report sets out the options",
    ] {
        let text = format!("Report of the Director of Place\nContact for further information:\n{line}\nBrief Summary\nThe county council must publish a strategy for flood risk in its area.\n");
        let got = fields(&text);
        assert!(
            !got.iter()
                .any(|(_, v)| v.contains("Brief Summary")
                    || (v.contains(line) && v.contains("01632"))),
            "{line}: {got:?}"
        );
    }
}

#[test]
fn a_table_opening_with_unlabelled_rows_names_the_meeting_and_title() {
    let text = "| 7 October 2026 | ITEM: 6 |\n|----------------|---------|\n| **Corporate Parenting Committee** | |\n| **Care Leavers' Local Offer 2026-2029** | |\n| **Wards and communities affected:** All | **Key Decision:** Non-key |\n| **Report of:** Jo Bloggs, Strategic Lead | |\n\n**Executive Summary**\n\nEvery local authority must publish a local offer for care leavers.\n";
    let doc = parse(text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "Corporate Parenting Committee");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-10-07");
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("Care Leavers' Local Offer 2026-2029")
    );
    // Near misses: no date among the unlabelled rows, or the council's
    // own name where the committee would be, names no meeting there.
    for (first, second) in [
        ("Agenda item", "**Corporate Parenting Committee**"),
        ("7 October 2026", "**Mardyke Borough Council**"),
    ] {
        let text = format!("| {first} | ITEM: 6 |\n|---|---|\n| {second} | |\n| **Care Leavers' Local Offer** | |\n| **Wards affected:** All | |\n\nText.\n");
        let doc = parse(&text);
        assert!(
            doc.meetings
                .iter()
                .all(|m| m.name != "Corporate Parenting Committee" || m.date.is_none()),
            "{first}: {:?}",
            doc.meetings
        );
        assert!(doc
            .meetings
            .iter()
            .all(|m| m.name != "Mardyke Borough Council"));
    }
}

#[test]
fn an_item_number_stacked_at_the_right_margin_leaves_the_committee_line() {
    // Each line's last cell at column 60, as `pdftotext -layout` sets them.
    let head = |committee: &str| {
        format!(
            "{:<60}Agenda\n{:<60}Item\n{:<60}No.\n{:<60}8\n",
            "", "    SOLWAY COUNTY COUNCIL", "", committee
        )
    };
    let text = format!(
        "{}\n    Meeting date: 29 June 2027\n    From:          Area Manager\n\n    HIGHWAYS CAPITAL PROGRAMME 2027/28\n\n1.0   EXECUTIVE SUMMARY\n\n1.1   The programme is set out below.\n",
        head("    LOCAL COMMITTEE FOR CALDEW")
    );
    let doc = parse(&text);
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
    assert_eq!(doc.meetings[0].name, "LOCAL COMMITTEE FOR CALDEW");
    assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-06-29");
    // Near miss: a title naming a body "for" a purpose, under the
    // council's name, is no meeting.
    let text = format!(
        "{}\n    Meeting date: 29 June 2027\n    From:          Area Manager\n\n1.0   EXECUTIVE SUMMARY\n\n1.1   The programme is set out below.\n",
        head("    REVIEW OF THE COMMITTEE FOR CALDEW")
    );
    let doc = parse(&text);
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
}
