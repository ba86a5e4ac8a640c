//! Tests of the appendix-list reader.

use super::*;

fn lists(text: &str) -> Vec<List> {
    let doc = super::super::parse(text);
    let heading_lines: Vec<usize> = doc
        .sections
        .iter()
        .map(|s| line_start(text, s.heading.start))
        .collect();
    read_lists(
        text,
        &heading_lines,
        &title_lines(text, &doc),
        &Cues::new(text, 0, crate::parse::Vocabulary::builtin()),
    )
}

/// Each appendix the paper lists: its label and its title.
fn labelled_titles(doc: &crate::document::Document) -> Vec<(&str, Option<&str>)> {
    doc.appendices
        .iter()
        .map(|d| (d.label.as_str(), d.title.as_deref()))
        .collect()
}

fn labels(text: &str) -> Vec<String> {
    lists(text)
        .iter()
        .flat_map(|l| {
            l.entries
                .iter()
                .map(|e| format!("{:?} {}", e.kind, e.label))
        })
        .collect()
}

#[test]
fn list_titles() {
    for t in [
        "Appendices",
        "## 9. Use of Appendices",
        "Annexes:",
        "**13. Annexes**",
        "7. Appendices:",
        "## Section 9: Annexes",
        "13.  APPENDICES / ATODIADAU",
        "## XI. Appendices",
        "## J. Annexes",
        "Appendix",
        "## 8. REPORT APPENDICES",
        "List of appendices",
        "Appendices to this report",
        "**APPENDICES**",
        "**List of Appendices Included**",
        "Appendices enclosed",
    ] {
        assert!(list_title(t).is_some(), "{t}");
    }
    for t in [
        "Appendix A – Site plan",
        "Annex 2",
        "Appendix 1: Budget",
        "Appendices A and B",
        "Background papers",
        "The appendices show the figures",
        "Appendix | Title | Status",
        "Appendices included in the budget book",
        "Appendix 2 Carbon Impact Assessment",
    ] {
        assert!(list_title(t).is_none(), "{t}");
    }
    assert_eq!(list_title("Annexes:"), Some(ReferenceKind::Annex));
}

#[test]
fn one_entry_a_line_with_no_blank_lines() {
    let text = "## 1. Purpose\n\n1.1 See Appendix A.\n\nAppendices\nAppendix A – Strategy\nAppendix B – Action plan\nAppendix C – Impact assessment\n";
    assert_eq!(labels(text), ["Appendix A", "Appendix B", "Appendix C"]);
    let l = &lists(text)[0];
    assert_eq!(l.title.as_deref(), Some("Appendices"));
    assert_eq!(l.entries[1].title.as_deref(), Some("Action plan"));
    assert_eq!(l.entries[1].span.of(text), "Appendix B – Action plan");
}

#[test]
fn bullets_blank_lines_and_annexes() {
    let text =
        "Annexes:\nAnnex 1 – Scheme list\nAnnex 2 – Survey results\n\nSources:\n\n- A report\n";
    assert_eq!(labels(text), ["Annex 1", "Annex 2"]);
    let text = "## 12 Appendices\n\n- Appendix A – Charges\n- Appendix B – Responses\n\n•  Appendix C – Boundaries\n\n## 13 Background papers\n\n13.1 Plan.\n";
    assert_eq!(labels(text), ["Appendix A", "Appendix B", "Appendix C"]);
    let text = "# 7. Appendices\n\nAppendix A – Policy\n\nAppendix B – Benchmarking\n\n# 8. Background papers\n\nAppendix C – not in the list\n";
    assert_eq!(labels(text), ["Appendix A", "Appendix B"]);
}

#[test]
fn labels_on_their_own_lines_and_bare_labels() {
    let text = "Appendices\nProposed Record of Decision\nA: Current activity\nB: Priorities\n\n14.\n\nContact details\n";
    assert_eq!(labels(text), ["Appendix A", "Appendix B"]);
    let text = "12. Appendices\n\nAppendix A:\nInspector's report on the plan\nAppendix B:\nThe plan for adoption\n";
    let l = &lists(text)[0];
    assert_eq!(l.entries.len(), 2);
    assert_eq!(
        l.entries[0].title.as_deref(),
        Some("Inspector's report on the plan")
    );
}

#[test]
fn bare_labels_set_off_by_spaces_as_pdftotext_prints_a_tab() {
    let text =
        "7.0    APPENDICES\n\n       A      Local Welfare Provision Scheme 2027/28 (revised)\n\n\
                Report prepared by Declan Murtagh, Welfare Support Manager\n";
    let doc = super::super::parse(text);
    assert_eq!(
        labelled_titles(&doc),
        [(
            "A",
            Some("Local Welfare Provision Scheme 2027/28 (revised)")
        )]
    );
    // One space is no such gap: a sentence that opens with a capital.
    let text = "7.0    APPENDICES\n\nA Local Welfare Provision Scheme is attached.\n";
    assert!(labelled_titles(&super::super::parse(text)).is_empty());
}

#[test]
fn labels_with_no_separator_in_a_run_under_a_list_line() {
    // pdftotext of a two-column list: the label, a space, the title.
    let text = "Appendices\nA Revised Arrangements for Dealing with Allegations\n\
                B Summary of hearing sub-committee decision, 14 May 2025\n\nPage 2 of 4\n";
    assert_eq!(labels(text), ["Appendix A", "Appendix B"]);
    assert_eq!(
        lists(text)[0].entries[0].title.as_deref(),
        Some("Revised Arrangements for Dealing with Allegations")
    );
    // The label alone, its title after a blank line.
    let text = "APPENDICES\n1\n\nCall-in notice\n\n2\n\nCabinet report, 2 March 2026\n\nPage 10\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2"]);
    assert_eq!(
        lists(text)[0].entries[1].title.as_deref(),
        Some("Cabinet report, 2 March 2026")
    );
    // One alone, a sentence, no list line, or out of sequence: no list.
    for text in [
        "Appendices\nA Revised Arrangements for Dealing with Allegations\n\nPage 2\n",
        "Appendices\nA Summary of the scores is attached.\nB Summary of the views is attached.\n",
        "Background\nA Revised Arrangements for Dealing with Allegations\nB Summary of decisions\n",
        "Appendices\nA Revised Arrangements\nC Summary of decisions\n",
        "Appendices\n1\n\nCall-in notice\n\n3\n\nCabinet report\n",
    ] {
        assert!(labels(text).is_empty(), "{text}");
    }
}

#[test]
fn numbers_alone_with_their_dot_under_a_list_line_below_its_number() {
    // pdftotext of a numbered block: "1." above its title "Appendices",
    // each entry's "1." above its title, then the next block "2.".
    let text = "Supporting Documentation\n\n1.\n\nAppendices\n\n1.\n\nStreet Trading Policy (draft)\n\n\
                2.\n\nSummary of consultation responses\n\n2.\n\nBackground documents\n\n1.\n\nOld policy\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2"]);
    let list = &lists(text)[0];
    assert_eq!(list.title.as_deref(), Some("Appendices"));
    assert_eq!(
        list.entries[1].title.as_deref(),
        Some("Summary of consultation responses")
    );
    // Not under a list line, or one alone: no list.
    for text in [
        "Background\n\n1.\n\nStreet Trading Policy\n\n2.\n\nSummary of responses\n",
        "1.\n\nAppendices\n\n1.\n\nStreet Trading Policy\n\n3.\n\nSummary of responses\n",
    ] {
        assert!(labels(text).is_empty(), "{text}");
    }
}

#[test]
fn entries_with_no_list_line() {
    let text = "Sign-off\tJo Bloggs\t1 May 2024\n\nAppendix A – Background\tYES\nAppendix B – Consultation\tYES\nAppendix C – Scrutiny\tNO\n\nEnd.\n";
    assert_eq!(labels(text), ["Appendix A", "Appendix B", "Appendix C"]);
    assert_eq!(lists(text)[0].title, None);
    assert_eq!(lists(text)[0].entries[2].title.as_deref(), Some("Scrutiny"));
    // Two mentions in a row are no list: they are not in sequence, or are sentences.
    let text = "Appendix B – the scores\nAppendix A – the plan\n";
    assert!(labels(text).is_empty());
    let text = "Appendix A sets out the plan.\nAppendix B sets out the scores.\n";
    assert!(labels(text).is_empty());
}

#[test]
fn label_lines_with_no_list_line() {
    let text = "Lead Officer:\nJo Bloggs – Head of Planning\nAppendix A:\nInspector's Report on the Plan (including appendix 1 Schedule of\nModifications)\nAppendix B:\nThe Plan for adoption\n\nBackground Documents\n";
    let l = &lists(text)[0];
    assert_eq!(l.entries.len(), 2);
    assert_eq!(
        l.entries[0].title.as_deref(),
        Some("Inspector's Report on the Plan (including appendix 1 Schedule of")
    );
    // "appendix 1" in the wrapped title is part of the entry.
    let doc = crate::parse::parse(text);
    assert!(doc.references.is_empty(), "{:?}", doc.references);
    assert_eq!(doc.appendices.len(), 2, "{:?}", doc.appendices);
}

#[test]
fn bare_labels_in_a_quoted_field_broken_by_hand() {
    // A front sheet set in blockquotes, as Pandoc writes a Word template's
    // shaded box, its Appendices value broken by hand (`\`) over two
    // quoted lines.
    let text = "> **Meeting:**  Resources Committee\n\n\
                > **Date:**  18 November 2027\n\n\
                > **Appendices:**  A -- Vehicle capital programme\\\n\
                > B -- Options appraisal\n\n\
                **SUMMARY**\n\n1.  The programme at Appendix A is costed.\n";
    let doc = super::super::parse(text);
    let got: Vec<_> = doc
        .appendices
        .iter()
        .map(|d| (d.label.as_str(), d.title.as_deref(), d.span.of(text)))
        .collect();
    assert_eq!(
        got,
        [
            (
                "A",
                Some("Vehicle capital programme"),
                "A -- Vehicle capital programme"
            ),
            ("B", Some("Options appraisal"), "B -- Options appraisal")
        ]
    );
}

#[test]
fn bare_labels_in_a_field() {
    let text = "Appendices: A – Site plan; B – Valuation; C – Equality Impact Assessment\n";
    let doc = super::super::parse(text);
    let v = doc.fields[0].value_span;
    let d = field_decls(
        text,
        "appendices",
        v,
        &Cues::new(text, 0, crate::parse::Vocabulary::builtin()),
    );
    let got: Vec<_> = d
        .iter()
        .map(|d| (d.label.as_str(), d.title.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("A", Some("Site plan")),
            ("B", Some("Valuation")),
            ("C", Some("Equality Impact Assessment"))
        ]
    );
    assert_eq!(d[1].span.of(text), "B – Valuation");
    let d = field_decls(
        text,
        "appendices",
        Span::new(12, 13),
        &Cues::new(text, 0, crate::parse::Vocabulary::builtin()),
    );
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn a_table_row_that_lists_appendices() {
    let text = "# Report\n\n| Field | Value | Notes |\n|---|---|---|\n| Meeting | Cabinet | |\n| Appendices | A – Fees; B – Equality Impact Assessment | Appendix A is a spreadsheet |\n\n## Purpose\n\nText.\n";
    let doc = crate::parse::parse(text);
    let got = labelled_titles(&doc);
    // Read as a list, or as a field if the header parser takes the row for one.
    assert_eq!(
        got,
        [
            ("A", Some("Fees")),
            ("B", Some("Equality Impact Assessment"))
        ]
    );
    // The third cell mentions Appendix A.
    assert_eq!(doc.references.len(), 1, "{:?}", doc.references);
}

#[test]
fn bare_labels_run_in_sequence() {
    // A contact after the list is no entry: "T" does not follow "3".
    let text = "Appendices\nAppendix 1 – Investments\nAppendix 2 – Glossary\nAppendix 3 – Notes\nJo Bloggs – Treasury Manager\nT: 01632 960000\nE: jo@example.org\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2", "Appendix 3"]);
    let text = "Appendices\nB: Priorities\n";
    assert!(labels(text).is_empty());
}

#[test]
fn the_page_number_ending_a_page_is_no_entry() {
    // pdftotext: the list at the end of the paper, the footer and the page
    // number "3" under it, no heading after it; "3" would follow "2".
    let text = "Appendices\nAppendix 1 \u{2013} Audit plan progress\nAppendix 2 \u{2013} Draft plan\n\
                Stourford Council \u{2013} Audit Committee \u{2013} 24 March 2026\nOFFICIAL\n3\n\u{c}";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2"]);
    // The same at the end of the text, and a page number at a page break
    // with the list going on over the page.
    let end = text.trim_end_matches('\u{c}');
    assert_eq!(labels(end), ["Appendix 1", "Appendix 2"]);
    let text =
        "Appendices\nAppendix 1 \u{2013} Audit plan progress\nAppendix 2 \u{2013} Draft plan\n3\n\
                \u{c}Appendix 3 \u{2013} Charter\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2", "Appendix 3"]);
    // A label alone whose title follows on the same page is an entry.
    let text = "APPENDICES\n1\n\nCall-in notice\n\n2\n\nCabinet report\n\n3\n\nLetter\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2", "Appendix 3"]);
}

#[test]
fn wrapped_titles_and_what_ends_a_list() {
    let text = "Appendices:\nAppendix 1 – Joint letter to the Minister from the Leader, formally\nrequesting inclusion in the programme.\nAppendix 2 – Reply from the Minister.\n\n8.\n\nBackground documents:\nAppendix 3 sets out nothing.\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2"]);
    let text = "**13. Annexes**\n\n- Annex 1 – Process\n- Annex 2 (exempt) – Scores\n\n---\n\n**Annex 1 – Process**\n\nThis annex summarises.\n";
    assert_eq!(labels(text), ["Annex 1", "Annex 2"]);
    // A sentence that starts with an appendix is no entry.
    let text = "Appendices\n\nAppendix A sets out the scores.\n";
    assert!(labels(text).is_empty());
    // A list line with no entries after it is no list.
    let text = "Appendices\n\nNone.\n\nBackground papers\n\nAppendix A – a stray line\n";
    assert!(labels(text).is_empty());
}

#[test]
fn text_running_on_straight_after_a_list_is_no_wrapped_title() {
    // pdftotext left no blank line after the list: the sentence under the
    // last entry is the text going on (its first word would have fitted
    // on the entry's line), and its citation is a mention.
    let text = "Annexes\nAnnex A – Proposed savings 2025/26\nAnnex B – Schedule of reserves\nAnnex C – Council tax by band 2025/26\nThe precept for each property band, calculated from the Band D figure in paragraph\n2.1, is shown in Annex C.\n";
    let l = &lists(text)[0];
    assert_eq!(l.entries.len(), 3);
    assert_eq!(
        l.entries[2].extent.of(text),
        "Annex C – Council tax by band 2025/26"
    );
    // A title that filled its line and wrapped is still the entry's, even
    // where its second line reads as a sentence.
    let text = "Annexes\nAnnex A – Proposed savings 2025/26\nAnnex B – Report of the Chief Finance Officer on the robustness of the estimates\nFor The Year. Annex 1 of the report is the reserves policy.\n";
    assert_eq!(lists(text)[0].entries[1].extent.of(text).lines().count(), 2);
    // A short line under the entry, or one in lower case, is its title too.
    for wrapped in [
        "Annex C – Council tax by band\n2025/26 and the Band D figure.\n",
        "Annex C – Council tax by band\nand the Band D figure for each of the parishes.\n",
    ] {
        let text = format!("Annexes\nAnnex B – Schedule of reserves\n{wrapped}");
        assert_eq!(
            lists(&text)[0].entries[1].extent.of(&text).lines().count(),
            2,
            "{wrapped}"
        );
    }
}

#[test]
fn tables_of_appendices() {
    let text = "10. Appendices\n--------------\n\n| Appendix | Title | Status |\n|---|---|---|\n| 1 | Condition survey | Open |\n| 2 | Options appraisal | Open |\n| 3 | Commercial terms | Confidential |\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2", "Appendix 3"]);
    assert_eq!(
        lists(text)[0].entries[2].title.as_deref(),
        Some("Commercial terms")
    );
    let text = "Appendices\n\n| Appendix A | Site plan |\n| Appendix B | Bids |\n";
    assert_eq!(labels(text), ["Appendix A", "Appendix B"]);
}

#[test]
fn spans_stay_on_char_boundaries() {
    for text in [
        "Appendices\n• Appendix A – Café\n",
        "Annexes:\n\u{f0b7}\tAnnex 1 – Ünïcode\n",
        "Appendices\n| 1 | é |\n",
        "Appendices\nA – é\n",
    ] {
        for l in lists(text) {
            for e in l.entries {
                let _ = e.span.of(text);
            }
        }
    }
}

#[test]
fn entries_labelled_in_two_languages() {
    let text = "## 10. ATODIADAU / APPENDICES\n\nAtodiad A / Appendix A – Proposed network\nAtodiad B / Appendix B – Engagement report\n";
    assert_eq!(labels(text), ["Appendix A", "Appendix B"]);
    let l = &lists(text)[0];
    assert_eq!(l.entries[1].title.as_deref(), Some("Engagement report"));
    assert_eq!(
        l.entries[0].span.of(text),
        "Atodiad A / Appendix A – Proposed network"
    );
    let english_first =
        "Appendices\n\nAppendix 1 / Atodiad 1 – Site plan\nAppendix 2 / Atodiad 2: Costs\n";
    assert_eq!(labels(english_first), ["Appendix 1", "Appendix 2"]);
    assert_eq!(
        lists(english_first)[0].entries[1].title.as_deref(),
        Some("Costs")
    );
    // The other label must be the same: two appendices on one line, or a
    // sentence, are no bilingual entry.
    for line in [
        "Appendix A / Appendix B – Plans",
        "Atodiad B / Appendix A – Plans",
        "Appendix A / the site plan",
        "See the plan / Appendix A – Plans",
    ] {
        let text = format!("Appendices\n\n{line}\n");
        assert!(
            lists(&text)
                .iter()
                .all(|l| l.entries.iter().all(|e| e.span.of(&text) != line)),
            "{line}: {:?}",
            lists(&text)
        );
    }
}

#[test]
fn numbered_entries_under_a_list_line_and_the_next_list() {
    // pdftotext with no blank lines: "1. Title" entries, then another
    // list's title over entries numbered afresh.
    let text = "1.1 See Appendix 1 and Appendix 2.\nSupporting documentation\nAppendices\n1. Seafront Concessions Policy\n2. Map of the pitches\nBackground documents\n1. Internal audit report, 2024\n2. Seafront Strategy 2023\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2"]);
    let l = &lists(text)[0];
    assert_eq!(
        l.entries[0].title.as_deref(),
        Some("Seafront Concessions Policy")
    );
    // A wrapped title is still the entry's.
    let text = "See Appendix 1.\n\nAppendices\n1. Seafront Concessions Policy for\n2026 to 2031\n";
    assert_eq!(lists(text)[0].entries[0].extent.of(text).lines().count(), 2);
}

#[test]
fn only_a_key_that_names_a_list_lists_appendices() {
    let v = crate::parse::Vocabulary::builtin();
    for key in [
        "Appendices",
        "List of appendices",
        "Annexes attached",
        "Enclosures",
        "Attachments:",
    ] {
        assert!(super::lists_enclosures(key, v), "{key}");
    }
    for key in [
        "Public report with a private appendix",
        "Exempt appendix note",
        // A label of the vocabulary's only whole: no list of papers.
        "Background papers with report",
    ] {
        assert!(!super::lists_enclosures(key, v), "{key}");
    }
    // The vocabulary's `enclosure-keys`: a select committee's cover.
    assert!(super::lists_enclosures("Papers with report", v));
    // A sentence with a colon read as a field declares nothing.
    let text = "Public report with a private appendix: Appendix 2 is exempt under para 3\n\nAppendices\n\nAppendix 1 - Plan\n";
    let doc = crate::parse::parse(text);
    assert_eq!(doc.fields[0].key, "Public report with a private appendix");
    let labels: Vec<&str> = doc.appendices.iter().map(|d| d.label.as_str()).collect();
    assert_eq!(labels, ["1"]);
}

#[test]
fn pandoc_escaped_numbers_in_a_list() {
    assert!(list_title("13\\. Appendices").is_some());
    let text = "See Appendix 1 and Appendix 2.\n\n**9. Appendices**\n\n1\\. Draft policy\n\n2\\. Consultation report\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2"]);
    assert_eq!(
        lists(text)[0].entries[1].title.as_deref(),
        Some("Consultation report")
    );
}

#[test]
fn a_table_of_appendices_under_a_list_line_or_a_list_word() {
    let declared = |text: &str| {
        let doc = crate::parse::parse(text);
        let got: Vec<(String, Option<String>, String)> = doc
            .appendices
            .iter()
            .map(|d| {
                (
                    d.label.clone(),
                    d.title.clone(),
                    d.span.of(text).to_string(),
                )
            })
            .collect();
        (got, doc.references.len())
    };
    // Under a list line: a header row, then bare labels in sequence.
    let text = "1.1 See Appendix 1 and Appendix 2.\n\n**9. Appendices**\n\n<table>\n\
                <tr><th>Appendix</th><th>Title</th><th>Status</th></tr>\n\
                <tr><td>1</td><td>Strategy review</td><td>Open</td></tr>\n\
                <tr><td>2</td><td><strong>Transition costs</strong></td><td>Exempt</td></tr>\n\
                </table>\n";
    let (got, _) = declared(text);
    assert_eq!(
        got,
        [
            ("1".into(), Some("Strategy review".into()), "1".into()),
            ("2".into(), Some("Transition costs".into()), "2".into())
        ]
    );
    // Cued labels in the cells, in bold: the entries, not mentions.
    let text = "1.1 See Appendix A.\n\nAppendices\n\n<table>\n\
                <tr><td><strong>Appendix A</strong></td><td>Site plan</td></tr>\n\
                <tr><td><strong>Appendix B</strong></td><td>Bids</td></tr>\n\
                </table>\n";
    let (got, refs) = declared(text);
    let labels: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2.as_str())).collect();
    assert_eq!(labels, [("A", "Appendix A"), ("B", "Appendix B")]);
    assert_eq!(refs, 1);
    // With no list line, a header row that opens with a list word.
    let text = "1.1 See Appendix 1.\n\n<table>\n<tr><th>Appendix</th><th>Title</th></tr>\n\
                <tr><td>1</td><td>Strategy review</td></tr>\n</table>\n";
    assert_eq!(declared(text).0.len(), 1);
    // A table of figures under no list line lists nothing.
    let text = "1.1 See Appendix 1.\n\n<table>\n<tr><th>Year</th><th>Cost</th></tr>\n\
                <tr><td>1</td><td>Strategy review</td></tr>\n</table>\n";
    assert!(declared(text).0.is_empty());
}

#[test]
fn an_html_table_of_appendices() {
    let entries = |text: &str| -> Vec<(String, Option<String>)> {
        let doc = super::super::parse(text);
        doc.appendices
            .iter()
            .map(|a| (a.label.clone(), a.title.clone()))
            .collect()
    };
    let text = "## Appendices\n\n<table>\n<tr><th>Appendix</th><th>Title</th></tr>\n\
                <tr><td>A</td><td>Treasury Strategy</td></tr>\n\
                <tr><td>B</td><td>Prudential indicators</td></tr>\n</table>\n";
    assert_eq!(
        entries(text),
        [
            ("A".to_string(), Some("Treasury Strategy".to_string())),
            ("B".to_string(), Some("Prudential indicators".to_string()))
        ]
    );
    // Out of sequence, or under another first heading: no list.
    let text = "<table>\n<tr><th>Appendix</th><th>Title</th></tr>\n\
                <tr><td>C</td><td>Treasury Strategy</td></tr>\n</table>\n";
    assert!(entries(text).is_empty());
    let text = "<table>\n<tr><th>Risk</th><th>Rating</th></tr>\n\
                <tr><td>A</td><td>High</td></tr>\n</table>\n";
    assert!(entries(text).is_empty());
}

#[test]
fn a_table_of_appendices_with_the_label_in_a_later_column() {
    let declared = |text: &str| -> Vec<(String, Option<String>, String)> {
        let doc = crate::parse::parse(text);
        doc.appendices
            .iter()
            .filter(|d| d.source == AppendixSource::List)
            .map(|d| {
                (
                    d.label.clone(),
                    d.title.clone(),
                    d.span.of(text).to_string(),
                )
            })
            .collect()
    };
    let text = "3.1 As set out in Appendix B.\n\n5.1 See Appendix A.\n\n**13. APPENDICES**\n\n\
                | Title | Location |\n|---|---|\n\
                | (a) Progress against the new homes target | Appendix A, attached |\n\
                | (b) Financial appraisal -- Confidential | Appendix B, exempt (commercially sensitive) |\n\n\
                **14. BACKGROUND DOCUMENTS**\n\n14.1 HRA Business Plan.\n";
    let got = declared(text);
    assert_eq!(
        got,
        [
            (
                "A".to_string(),
                Some("(a) Progress against the new homes target".to_string()),
                "Appendix A, attached".to_string()
            ),
            (
                "B".to_string(),
                Some("(b) Financial appraisal -- Confidential".to_string()),
                "Appendix B, exempt (commercially sensitive)".to_string()
            ),
        ]
    );
    // An HTML table under a list line reads the same.
    let text = "5.1 See Appendix A.\n\n## Appendices\n\n<table>\n\
                <tr><th>Title</th><th>Location</th></tr>\n\
                <tr><td>Site plan</td><td>Appendix A, attached</td></tr>\n</table>\n";
    let got = declared(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Site plan"));
    // Near misses: a cell that cites an appendix in a sentence is no
    // label; nor is a later cell of a table under no list line.
    let text = "5.1 See Appendix A.\n\n**13. APPENDICES**\n\n| Title | Location |\n|---|---|\n\
                | Site plan | as set out in Appendix A |\n";
    assert!(declared(text).is_empty());
    let text = "5.1 See Appendix A.\n\n**9. RISKS**\n\n| Risk | Mitigation |\n|---|---|\n\
                | Flooding | Appendix A – flood plan |\n| Delay | Appendix B – programme |\n";
    assert!(declared(text).is_empty(), "{:?}", declared(text));
}

#[test]
fn a_row_numbered_as_a_paragraph_lists_the_appendix_in_its_second_cell() {
    // A Welsh county template's section laid out as a two-column table:
    // the first row carries paragraph 6.01, the rest an empty number cell.
    let text = "| **6.00** | **APPENDICES** |\n|---|---|\n| 6.01 | Appendix 1 – Full Business Case (summary) |\n| | Appendix 2 – Site plan |\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2"]);
    assert_eq!(
        lists(text)[0].entries[0].title.as_deref(),
        Some("Full Business Case (summary)")
    );
    assert!(read::is_outline_number("6.01") && read::is_outline_number("6.1"));
    assert!(
        !read::is_outline_number("2026")
            && !read::is_outline_number("A")
            && !read::is_outline_number("1.2.3")
    );
}

#[test]
fn entries_marked_no_in_a_yes_no_column_are_not_attached() {
    // pdftotext sets out each row's mark on the line after the entry; the
    // page's footer after the last mark is no part of it.
    let text = "Appendix A – Background\nAir quality results 2025\nYES\nAppendix B – Consultation\nYES\nAppendix C – Financial Advice\nNO\nAppendix D – Legal Advice\nNO\nPage 3\n";
    let doc = crate::parse::parse(text);
    let got: Vec<_> = doc
        .appendices
        .iter()
        .map(|d| (d.label.as_str(), d.source))
        .collect();
    assert_eq!(
        got,
        [
            ("A", AppendixSource::List),
            ("B", AppendixSource::List),
            ("C", AppendixSource::Unattached),
            ("D", AppendixSource::Unattached)
        ]
    );
    // Every mark yes: nothing said of the others.
    let all_yes = text.replace("NO\n", "YES\n");
    let doc = crate::parse::parse(&all_yes);
    assert!(doc
        .appendices
        .iter()
        .all(|d| d.source == AppendixSource::List));
    // A column headed otherwise ("Exempt?") says nothing of what is attached.
    let exempt = format!("Appendix      Exempt?\n{text}");
    let doc = crate::parse::parse(&exempt);
    assert_eq!(doc.appendices.len(), 4, "{:?}", doc.appendices);
    assert!(doc
        .appendices
        .iter()
        .all(|d| d.source == AppendixSource::List));
    let attached = format!("Appendix      Attached?\n{text}");
    let doc = crate::parse::parse(&attached);
    assert_eq!(
        doc.appendices
            .iter()
            .filter(|d| d.source == AppendixSource::Unattached)
            .count(),
        2
    );
}

#[test]
fn a_pandoc_multiline_cell_lists_each_paragraph() {
    // The cell's second paragraph comes out as a row of its own, its key
    // cell empty.
    let text = "  ------------------------------ ----------------------------------\n  **Meeting**                    Cabinet\n\n  **Appendices**                 A. Draft Travel Assistance Policy (children\n                                 and adults)\n\n                                 B. Consultation findings report\n\n  **Wards affected**             All wards\n  ------------------------------ ----------------------------------\n\n# 1. Summary\n\n1.1 Text.\n";
    let doc = crate::parse::parse(text);
    let got: Vec<_> = doc.appendices.iter().map(|d| d.label.as_str()).collect();
    assert_eq!(got, ["A", "B"], "{:?}", doc.appendices);
    // A row under it with its key filled is another field, not an entry.
    let text = text.replace(
        "                                 B. Consultation",
        "  **Also**                       B. Consultation",
    );
    let doc = crate::parse::parse(&text);
    let got: Vec<_> = doc.appendices.iter().map(|d| d.label.as_str()).collect();
    assert_eq!(got, ["A"], "{:?}", doc.appendices);
}

/// A Word template's list (Rotherham-style): "List of Appendices
/// Included" over entries with no separator after the number, a blank
/// line between them.
const INCLUDED: &str = "**Recommendations**\n\n\
    1. Approves the acquisition on the terms set out in exempt Appendix 3.\n\n\
    **List of Appendices Included**\n\n\
    Appendix 1 Part A – Initial Equality Screening Assessment\n\n\
    Appendix 2 Carbon Impact Assessment\n\n\
    Appendix 3 Heads of terms and independent valuation (exempt)\n\n\
    **Background Papers**\n\n\
    Town Centre Masterplan, Cabinet, 19 February 2024\n\n\
    **1. Background**\n\n\
    1.1 The Carbon Impact Assessment is at Appendix 2.\n";

#[test]
fn entries_with_no_separator_under_a_list_of_appendices_included() {
    assert_eq!(labels(INCLUDED), ["Appendix 1", "Appendix 2", "Appendix 3"]);
    let l = &lists(INCLUDED)[0];
    assert_eq!(l.title.as_deref(), Some("List of Appendices Included"));
    assert_eq!(
        l.entries[1].title.as_deref(),
        Some("Carbon Impact Assessment")
    );
    // In the parse: the entries are the paper's list, not headings of
    // appendices attached to it, and the report after them is no new part.
    let doc = crate::parse::parse(INCLUDED);
    assert!(
        doc.sections
            .iter()
            .all(|s| !s.title.starts_with("Appendix")),
        "{:?}",
        doc.sections.iter().map(|s| &s.title).collect::<Vec<_>>()
    );
    let listed: Vec<(&str, AppendixSource)> = doc
        .appendices
        .iter()
        .map(|d| (d.label.as_str(), d.source))
        .collect();
    // ("exempt Appendix 3" in the recommendation says it is withheld too.)
    assert_eq!(
        listed,
        [
            ("3", AppendixSource::Withheld),
            ("1", AppendixSource::List),
            ("2", AppendixSource::List),
            ("3", AppendixSource::List)
        ]
    );
    // "Included" names the list only as the line's last word: a line
    // that runs on is text, and the entries under it are headings.
    let text = INCLUDED.replace(
        "List of Appendices Included",
        "Appendices included in the budget book",
    );
    assert!(labels(&text).is_empty(), "{:?}", labels(&text));
}

#[test]
fn bare_labels_in_a_cell_split_at_html_line_breaks() {
    // A Word table's cell written as a pipe table keeps its line breaks
    // as `<br>`: each piece is an entry, numbered bare.
    let text = "| **Contact Officer:** | Licensing Team Leader |\n|---|---|\n| **Appendices:** | 1 – Statement of Licensing Policy 2027-2032<br>2 – Consultation responses and officer comments |\n";
    let doc = crate::parse::parse(text);
    let got = labelled_titles(&doc);
    assert_eq!(
        got,
        [
            ("1", Some("Statement of Licensing Policy 2027-2032")),
            ("2", Some("Consultation responses and officer comments"))
        ]
    );
    // `<br/>` and `<BR />` too; out of sequence, the list stops.
    for (value, want) in [
        ("A – Plan<br/>B – Map", vec!["A", "B"]),
        ("A – Plan<BR />B – Map", vec!["A", "B"]),
        ("A – Plan<br>C – Map", vec!["A"]),
        // Not a line break: the cell is one piece.
        ("A – Plan<b>B</b> – Map", vec!["A"]),
    ] {
        let text = format!("Appendices: {value}\n");
        let v = Span::new(12, text.len() - 1);
        let d = field_decls(
            &text,
            "appendices",
            v,
            &Cues::new(&text, 0, crate::parse::Vocabulary::builtin()),
        );
        let got: Vec<_> = d.iter().map(|d| d.label.as_str()).collect();
        assert_eq!(got, want, "{value}");
    }
    assert_eq!(br_tag_len(b"<br>x"), 4);
    assert_eq!(br_tag_len(b"<br />"), 6);
    assert_eq!(br_tag_len(b"<bra>"), 0);
    assert_eq!(br_tag_len(b"<br"), 0);
}

/// A summary table whose rows are the report's sections (Tewkesbury-style),
/// and the closing table that lists the appendices.
const SUMMARY_TABLE: &str = "| | |\n|---|---|\n\
    | **Report to:** | Licensing Committee |\n\
    | **Recommendation:** | To RECOMMEND TO COUNCIL that the Statement of Licensing Policy at Appendix 1 be ADOPTED. |\n\n\
    **1.0 INTRODUCTION**\n\n\
    1.1 The responses are summarised in Appendix 2.\n\n\
    | **Contact Officer:** | Licensing Team Leader |\n|---|---|\n\
    | **Appendices:** | Appendix 1 – Statement of Licensing Policy<br>Appendix 2 – Consultation responses |\n";

#[test]
fn a_mention_in_a_field_cell_of_prose_counts() {
    let doc = crate::parse::parse(SUMMARY_TABLE);
    assert!(
        doc.fields.iter().any(|f| f.key == "Recommendation"),
        "{:?}",
        doc.fields
    );
    let refs: Vec<_> = doc.references.iter().map(|r| r.target.as_str()).collect();
    // The Recommendation row's Appendix 1, and paragraph 1.1's Appendix 2;
    // the Appendices row lists them and mentions neither.
    assert_eq!(refs, ["1", "2"], "{:?}", doc.references);
    let listed: Vec<_> = doc.appendices.iter().map(|d| d.label.as_str()).collect();
    assert_eq!(listed, ["1", "2"]);
}

/// A fire authority's closing lines (pdftotext): its appendix list is
/// headed "Supporting Information", one entry and a wrapped note.
const SUPPORTING: &str = "11.\nA memorandum of understanding sets out how costs will be shared; it\nis attached as Appendix 1.\n\
    Legal\nLegal comments provided by Helen Ormerod, 5 January 2027.\n\
    Supporting Information\n\
    Appendix 1 – Memorandum of Understanding with Mercia Fire and Rescue Service\n\
    (referred to in paragraph 11)\n\n\
    Contact Officer\nArea Commander Jason Pyke\n";

#[test]
fn one_entry_under_a_short_title_line_is_a_list() {
    let l = lists(SUPPORTING);
    assert_eq!(l.len(), 1, "{l:?}");
    assert_eq!(l[0].title.as_deref(), Some("Supporting Information"));
    assert_eq!(
        l[0].entries[0].title.as_deref(),
        Some("Memorandum of Understanding with Mercia Fire and Rescue Service")
    );
    let doc = crate::parse::parse(SUPPORTING);
    let listed: Vec<_> = doc
        .appendices
        .iter()
        .filter(|d| d.source == AppendixSource::List)
        .map(|d| d.label.as_str())
        .collect();
    assert_eq!(listed, ["1"]);
    // Near misses: a line of prose over it, a title line with a number or
    // of more than four words, an entry that runs on as a sentence.
    for (from, to) in [
        (
            "Supporting Information\n",
            "The agreement is set out below\n",
        ),
        ("Supporting Information\n", "Page 3\n"),
        (
            "Supporting Information\n",
            "Supporting Information For The Committee Today\n",
        ),
        (
            "Service\n(referred",
            "Service. It sets out the costs.\n(referred",
        ),
    ] {
        let text = SUPPORTING.replace(from, to);
        assert!(lists(&text).is_empty(), "{to}: {:?}", lists(&text));
    }
}

#[test]
fn one_entry_under_a_title_line_joined_by_an_ampersand_is_a_list() {
    // A Northern Irish report's last section (pdftotext).
    let text = "5.1\n\nThat Members approve the extension set out at Appendix 1.\n\n6.0\n\n\
                Documents Attached & References\n\n\
                Appendix 1 – Kerbside glass pilot: results by route and proposed phasing map\n\n\
                Page 2 of 3\n\n\
                Further information\nCiaran Devlin, Head of Waste Services\n";
    let l = lists(text);
    assert_eq!(l.len(), 1, "{l:?}");
    assert_eq!(
        l[0].title.as_deref(),
        Some("Documents Attached & References")
    );
    // An ampersand opening or closing the line, or two of them, is no title.
    for title in [
        "& References",
        "Documents Attached &",
        "Papers & Documents & References",
    ] {
        let t = text.replace("Documents Attached & References", title);
        assert!(lists(&t).is_empty(), "{title}: {:?}", lists(&t));
    }
}

/// A Scottish joint board's report ends with its contact block and the
/// line naming its appendix (pdftotext).
const ENDS_ON_ENTRY: &str = "2.1 The Board approves the budget set out in Appendix 1.\n\n\
    For further information contact:\nAlison Kerr, Finance Manager\nTel: 01546 604 288\n\n\
    Appendix 1 – Revenue Budget 2027/28 by subjective heading\n\nPage 2\n";

#[test]
fn one_entry_where_the_paper_ends_is_a_list() {
    let l = lists(ENDS_ON_ENTRY);
    assert_eq!(l.len(), 1, "{l:?}");
    assert_eq!(
        l[0].entries[0].title.as_deref(),
        Some("Revenue Budget 2027/28 by subjective heading")
    );
    let doc = crate::parse::parse(ENDS_ON_ENTRY);
    let listed: Vec<_> = doc.appendices.iter().map(|d| d.label.as_str()).collect();
    assert_eq!(listed, ["1"]);
    // Near misses: text after it, no blank line above it, a sentence.
    for (from, to) in [
        ("Page 2\n", "The budget was agreed by the Treasurer.\n"),
        ("604 288\n\n", "604 288\n"),
        ("heading\n", "heading. It shows the costs.\n"),
    ] {
        let t = ENDS_ON_ENTRY.replace(from, to);
        assert!(lists(&t).is_empty(), "{to}: {:?}", lists(&t));
    }
}

#[test]
fn a_mention_in_a_field_on_a_line_of_its_own_counts() {
    let text = "Meeting: Cabinet\nDate: 6 February 2025\nSubject: Parking\nRecommendation: That Cabinet adopts the strategy at Appendix 1.\nAppendices: Appendix 1 – Strategy\n\n## 1. Background\n\n1.1 Text about parking and more words.\n";
    let doc = crate::parse::parse(text);
    assert!(
        doc.fields.iter().any(|f| f.key == "Recommendation"),
        "{:?}",
        doc.fields
    );
    // The Recommendation's Appendix 1 is a mention; the Appendices field's
    // is its entry, no mention.
    let at: Vec<_> = doc
        .references
        .iter()
        .map(|r| (r.target.as_str(), r.span.of(text)))
        .collect();
    assert_eq!(at, [("1", "Appendix 1")], "{:?}", doc.references);
    assert!(doc.references[0].span.start < text.find("Appendices").unwrap());
}

#[test]
fn entries_marked_no_in_a_table_rows_last_cell_are_not_attached() {
    // A template's checklist of its standard appendices, one a row, each
    // marked YES (attached) or NO (not) in the row's last cell.
    let text = "1.1 The charges are at Appendix A.\n\n\
                | **Appendix A – Background:** Schedule of charges | **YES** |\n|---|---|\n\
                | **Appendix B – Consultation** | **YES** |\n\
                | **Appendix C – Risk assessment** | **NO** |\n\
                | **Appendix D – Legal advice** | Not applicable |\n";
    let sources = |text: &str| -> Vec<(String, AppendixSource)> {
        crate::parse::parse(text)
            .appendices
            .iter()
            .map(|d| (d.label.clone(), d.source))
            .collect()
    };
    assert_eq!(
        sources(text),
        [
            ("A".to_string(), AppendixSource::List),
            ("B".to_string(), AppendixSource::List),
            ("C".to_string(), AppendixSource::Unattached),
            ("D".to_string(), AppendixSource::Unattached)
        ]
    );
    // Every row marked yes: all attached.
    let all_yes = text
        .replace("**NO**", "YES")
        .replace("Not applicable", "YES");
    assert!(sources(&all_yes)
        .iter()
        .all(|(_, s)| *s == AppendixSource::List));
    // A mark in the row's title cell, or a title in the last cell, is none.
    let titled = text.replace("| **NO** |", "| Risk register, NO change |");
    assert!(sources(&titled)
        .iter()
        .all(|(_, s)| *s == AppendixSource::List));
    // A header row naming another column of marks (`Exempt?`) says
    // nothing of what is attached.
    let exempt = "1.1 The charges are at Appendix A.\n\n\
                  | Appendix | Exempt? |\n|---|---|\n\
                  | Appendix A – Schedule of charges | YES |\n\
                  | Appendix B – Consultation | NO |\n";
    assert!(sources(exempt)
        .iter()
        .all(|(_, s)| *s == AppendixSource::List));
    let attached = exempt.replace("Exempt?", "Attached?");
    assert_eq!(
        sources(&attached)
            .iter()
            .filter(|(_, s)| *s == AppendixSource::Unattached)
            .count(),
        1
    );
}

#[test]
fn a_row_last_cell_after_its_entry_is_its_mark() {
    let text = "| Appendix C – Risk assessment | **NO** |";
    let e = Span::new(2, 32);
    assert_eq!(super::row_last_cell(text, e), Some(" **NO** "));
    assert_eq!(super::mark(" **NO** "), Some(false));
    assert_eq!(super::mark("Not applicable"), Some(false));
    assert_eq!(super::mark("Yes"), Some(true));
    assert_eq!(super::mark("Not yet"), None);
    // An extent that runs to the row's end (a wrapped title's row) still
    // has the mark after its start.
    assert_eq!(
        super::row_last_cell(text, Span::new(2, text.len())),
        Some(" **NO** ")
    );
    // The entry in the last cell itself: no mark after it.
    let text = "| 1 | Appendix C – Risk assessment |";
    assert_eq!(super::row_last_cell(text, Span::new(6, 36)), None);
    // No table row.
    assert_eq!(
        super::row_last_cell("Appendix C – Risk  NO", Span::new(0, 10)),
        None
    );
    assert!(super::is_separator_row("|---|:---:|") && !super::is_separator_row("| A | B |"));
}

#[test]
fn a_headerless_simple_table_under_a_bookmarked_heading_lists_appendices() {
    // A Word heading with Pandoc's bookmark before it, over a simple table
    // whose rows are "Appendix N   title" (the title wrapped in its cell).
    let text = "# []{#_Toc1 .anchor}**5. BACKGROUND**\n\n5.1 See Appendix 1 and Appendix 2.\n\n\
                # []{#_Toc2 .anchor}**10. APPENDICES**\n\n\
                \x20 -----------------------------------------------------------------------\n\
                \x20 Appendix 1   Empty Homes Strategy 2024\\-2027: progress to 31 January\n\
                \x20              2027\n\
                \x20 ------------ ----------------------------------------------------------\n\
                \x20 Appendix 2   Case study: enforced sale, 14 Bryn Terrace, 2019\n\
                \n\
                \x20 Appendix 3   Register of long-term empty homes by ward (anonymised)\n\
                \x20 -----------------------------------------------------------------------\n\n\
                # []{#_Toc3 .anchor}**11. BACKGROUND DOCUMENTS**\n\nNone.\n";
    assert_eq!(
        list_title("# []{#_Toc2 .anchor}**10. APPENDICES**"),
        Some(ReferenceKind::Appendix)
    );
    let doc = crate::parse::parse(text);
    let labels: Vec<&str> = doc.appendices.iter().map(|d| d.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3"], "{:?}", doc.appendices);
    // The cells are the entries: only the paragraph's two mentions remain.
    assert_eq!(doc.references.len(), 2, "{:?}", doc.references);
}

#[test]
fn diamond_bullets_under_a_plain_list_line_after_the_signature() {
    let text = "10.2. Consultation is described in Appendix 2.\n\n\nDavid Booth\nExecutive Director\n\n\
                3 February 2027\n\n\nPrevious References\n\u{2666}   Planning Committee, 2026\n\n\
                Appendices\n\u{2666}   Appendix 1 \u{2013} Planning Enforcement Charter 2027\n\
                \u{2666}   Appendix 2 \u{2013} Summary of comments received and the Council's response\n\n\n\
                Contact for Further Information\nFiona Mather, Manager\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2"]);
    let l = &lists(text)[0];
    assert_eq!(l.title.as_deref(), Some("Appendices"));
    assert_eq!(
        l.entries[0].title.as_deref(),
        Some("Planning Enforcement Charter 2027")
    );
    // The entries are no mentions: only paragraph 10.2's remains.
    let doc = crate::parse::parse(text);
    assert_eq!(doc.references.len(), 1, "{:?}", doc.references);
    // A Wingdings bullet as pdftotext gives it, too.
    let text =
        "Appendices\n\u{f0a7} Appendix A \u{2013} Site plan\n\u{f0a7} Appendix B \u{2013} Bids\n";
    assert_eq!(labels(text), ["Appendix A", "Appendix B"]);
}

#[test]
fn a_lettered_list_in_a_cover_value_column_beside_its_label() {
    let text = "MEETING                   RESOURCES COMMITTEE\n\n\
                APPENDICES                A.    Site plan.\n\
                \x20                         B.    Summary of offers received and independent\n\
                \x20                               valuation (RESTRICTED \u{2013} NOT FOR\n\
                \x20                               PUBLICATION).\n\n\
                LIST OF                   Report RC/26/3, Surplus Property\n\
                BACKGROUND                (Resources Committee, 5 February 2026).\n\n\
                1.        INTRODUCTION\n\n\
                1.1       The site is shown on the plan at Appendix A.\n";
    let l = &lists(text)[0];
    assert_eq!(l.title.as_deref(), Some("APPENDICES"));
    let got: Vec<_> = l
        .entries
        .iter()
        .map(|e| (e.label.as_str(), e.title.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("A", Some("Site plan")),
            ("B", Some("Summary of offers received and independent"))
        ]
    );
    // "APPENDICES   A" is the list, not a citation of Appendix A; the
    // list ends at the next label.
    let doc = crate::parse::parse(text);
    let cited: Vec<usize> = doc
        .references
        .iter()
        .map(|r| text[..r.span.start].matches('\n').count() + 1)
        .collect();
    assert_eq!(cited, [13], "{:?}", doc.references);
    // A label with a colon is a field's, and a label that is no list
    // title lists nothing.
    assert!(lists("APPENDICES:      A.    Site plan.\n").is_empty());
    assert!(lists("APPENDIX NOTES    A.    Site plan.\n").is_empty());
}

#[test]
fn labels_of_a_cover_column_then_their_titles_pair_in_order() {
    // A cover table's cells flattened column by column: the labels, then
    // the titles, the second wrapped after a dash.
    let text = "TITLE OF REPORT:\nAWARD OF CONTRACT\nAPPENDICES:\nAPPENDIX A:\nAPPENDIX B:\n\
                APPLIANCE SPECIFICATION SUMMARY\nTENDER EVALUATION AND PRICING \u{2013}\n\
                EXEMPT \u{2013} NOT FOR PUBLICATION\nPurpose of Report\n1.\n\
                To request that Members approve the award, see Appendix A.\n";
    let l = &lists(text)[0];
    let got: Vec<_> = l
        .entries
        .iter()
        .map(|e| (e.label.as_str(), e.title.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("A", Some("APPLIANCE SPECIFICATION SUMMARY")),
            (
                "B",
                Some("TENDER EVALUATION AND PRICING \u{2013} EXEMPT \u{2013} NOT FOR PUBLICATION")
            )
        ]
    );
    // The list ends with B's title: "Purpose of Report" is the paper's.
    assert!(
        l.span.of(text).ends_with("PUBLICATION"),
        "{:?}",
        l.span.of(text)
    );
    // One label then its title, and its title wrapped, as before.
    let text = "Appendices\nAppendix A:\nThe Plan for adoption\nand its maps\n";
    let l = &lists(text)[0];
    assert_eq!(l.entries[0].title.as_deref(), Some("The Plan for adoption"));
    assert!(l.span.of(text).ends_with("maps"));
}

#[test]
fn a_section_of_an_act_in_a_listed_title_declares_no_appendix() {
    // A raw HTML cell, one `<p>` an entry: the first title cites an Act.
    let text = "<table>\n<tbody>\n<tr>\n<td><strong>Title</strong></td>\n<td>Lease of the pavilion</td>\n</tr>\n<tr>\n<td><strong>Appendices</strong></td>\n<td><p>Appendix A – Report of the designated adviser under section 119 of the Charities Act 2011</p>\n<p>Appendix B – Heads of terms of the proposed lease</p></td>\n</tr>\n</tbody>\n</table>\n\n# 1. Purpose of report\n\n1.1 To agree the lease at Appendix B, on the advice at Appendix A.\n";
    let doc = crate::parse::parse(text);
    let got: Vec<(ReferenceKind, &str)> = doc
        .appendices
        .iter()
        .map(|d| (d.kind, d.label.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (ReferenceKind::Appendix, "A"),
            (ReferenceKind::Appendix, "B")
        ]
    );
    // Bare labels whose title cites a section are still read in sequence.
    let text = "Appendices: 1 – Report under section 119 of the Charities Act 2011; 2 – Lease\n";
    let doc = crate::parse::parse(text);
    let v = doc.fields[0].value_span;
    let d = field_decls(
        text,
        "appendices",
        v,
        &Cues::new(text, 0, crate::parse::Vocabulary::builtin()),
    );
    let got: Vec<(ReferenceKind, &str)> = d.iter().map(|d| (d.kind, d.label.as_str())).collect();
    assert_eq!(
        got,
        [
            (ReferenceKind::Appendix, "1"),
            (ReferenceKind::Appendix, "2")
        ]
    );
}

#[test]
fn a_numbered_paragraph_whose_lines_list_the_appendices() {
    // `pdftotext -layout`: the list is paragraph 8.1's text, each further
    // entry indented under the first, past the paragraph's number.
    let text = "   Section 8 – Appendices and background papers\n\n   8.1   Appendix 1 – Temporary Accommodation Reduction Plan 2027-2030\n         Appendix 2 – Tenants' Panel survey findings\n\n   8.2   Background papers: Cabinet report, 14 July 2026.\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2"]);
    let doc = super::super::parse(text);
    assert_eq!(
        labelled_titles(&doc),
        [
            (
                "1",
                Some("Temporary Accommodation Reduction Plan 2027-2030")
            ),
            ("2", Some("Tenants' Panel survey findings")),
        ]
    );
    // Near miss: a numbered paragraph citing appendices in its sentences
    // lists none.
    let prose = "   4.4   Appendix 2 sets out the views of residents in temporary\n         accommodation, and Appendix 3 the survey.\n";
    assert!(labels(prose).is_empty());
    assert!(super::super::parse(prose).appendices.is_empty());
}

#[test]
fn a_pandoc_definition_under_a_bold_list_label_lists_every_line() {
    // Word text through Pandoc: the label bold, its paragraph a definition
    // item (`:   `), the lines broken by hand (`\`).
    let text = "**Appendices**\n\n\
                :   Appendix 1 -- Commissioning Plan 2028/29\\\n\
                \x20   Appendix 2 -- Equality Impact Assessment\\\n\
                \x20   Appendix 3 -- Provider allocations 2028/29 (exempt)\n\n\
                ------------------------------------------------------------------------\n\n\
                **1. Purpose of the report**\n\n1.1 The plan is at Appendix 1.\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2", "Appendix 3"]);
    let doc = crate::parse::parse(text);
    assert_eq!(
        labelled_titles(&doc)[0],
        ("1", Some("Commissioning Plan 2028/29"))
    );
    // A definition under a label that names no list lists nothing, though
    // it cites an appendix.
    let text = "**Status**\n\n:   Public report. Appendix 3 is not for publication.\n";
    assert!(lists(text).is_empty());
}

#[test]
fn bare_numbers_beside_an_appendices_label_are_its_entries() {
    // pdftotext -layout of a label column: the numbers are the
    // appendices', not paragraphs or headings.
    let text =
        "PURPOSE\n\n1.1      Approve the fares at Appendix 1 and the timetables at Appendix 3.\n\n\
                Contact Officer:       A Person, Transport Manager\n\n\
                Appendices:            1    Proposed fares 2028/29\n\
                \x20                      2    Ticket sales by route, 2026/27\n\
                \x20                      3    Summer and winter timetables 2028/29\n\n\
                BACKGROUND\n\n1.2      The ferries run daily.\n";
    let doc = crate::parse::parse(text);
    assert_eq!(
        labelled_titles(&doc),
        [
            ("1", Some("Proposed fares 2028/29")),
            ("2", Some("Ticket sales by route, 2026/27")),
            ("3", Some("Summer and winter timetables 2028/29"))
        ]
    );
    assert!(
        doc.sections.iter().all(|s| s.number.is_none()),
        "{:?}",
        doc.sections
    );
    assert_eq!(doc.parts.len(), 1, "{:?}", doc.parts);
    assert!(crate::rules::findings_of("numbering", text).is_empty());
    // A paragraph numbered after the list ends is the outline's: its gap
    // is still found.
    let gap = text.replace("1.2      The ferries", "1.3      The ferries");
    let found = crate::rules::findings_of("numbering", &gap);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A field's value read as appendix entries, each label with its title.
fn field_entries(text: &str, value: &str) -> Vec<(String, Option<String>)> {
    let at = text.find(value).expect("the value is in the text");
    field_decls(
        text,
        "appendices",
        Span::new(at, at + value.len()),
        &Cues::new(text, 0, crate::parse::Vocabulary::builtin()),
    )
    .into_iter()
    .map(|d| (d.label, d.title))
    .collect()
}

/// A cover's list as `pdftotext -layout` sets it out: letters in the value
/// column beside the label, one title wrapped to a line under itself.
const WRAPPED_COVER: &str = "\
   Report of:              Joint Chief Executive

   Wards affected:         Not applicable

   Appendices:             A   Proposed shared senior management structure
                           B   Affected postholders, costs and assimilation
                               (exempt)
                           C   Summary of consultation responses


   1.    PURPOSE OF THE REPORT

   1.1   To note the responses at Appendix C and the structure at Appendix A.
";

#[test]
fn a_title_wrapped_under_itself_in_a_cover_column_carries_on_to_the_next_entry() {
    let doc = crate::parse::parse(WRAPPED_COVER);
    assert_eq!(
        labelled_titles(&doc),
        [
            ("A", Some("Proposed shared senior management structure")),
            (
                "B",
                Some("Affected postholders, costs and assimilation (exempt)")
            ),
            ("C", Some("Summary of consultation responses"))
        ]
    );
    assert!(crate::rules::findings_of("unresolved-reference", WRAPPED_COVER).is_empty());
    // Numbers, and a title wrapped over two lines.
    let text = "Appendices:   1   Proposed structure\n\
                \x20             2   Affected postholders, costs and\n\
                \x20                 assimilation for the posts of Director of\n\
                \x20                 Place and of Director of Communities\n\
                \x20             3   Summary of consultation responses\n";
    let value = &text["Appendices:   ".len()..text.len() - 1];
    assert_eq!(
        field_entries(text, value),
        [
            ("1".into(), Some("Proposed structure".into())),
            (
                "2".into(),
                Some(
                    "Affected postholders, costs and assimilation for the posts of \
                     Director of Place and of Director of Communities"
                        .into()
                )
            ),
            ("3".into(), Some("Summary of consultation responses".into()))
        ]
    );
}

#[test]
fn a_line_under_a_cover_list_that_is_no_title_ends_it() {
    let list = "Appendices:   1   Proposed structure\n\
                \x20             2   Affected postholders and costs\n";
    let two = vec![
        ("1".to_string(), Some("Proposed structure".to_string())),
        (
            "2".to_string(),
            Some("Affected postholders and costs".to_string()),
        ),
    ];
    for after in [
        // A paragraph of prose, set deeper: sentences, not a title.
        "                 (exempt). Members should note that the costs are net.",
        // A paragraph numbered out of the list's sequence.
        "                 4.   Background papers",
        "                 1.1  The structure was consulted on.",
        // Text at the labels' column, or left of it, that is no entry.
        "              The list above is not complete and the",
        "1.    PURPOSE OF THE REPORT",
    ] {
        let text = format!("{list}{after}\n              3   Summary of responses\n");
        let value = &text["Appendices:   ".len()..text.len() - 1];
        assert_eq!(field_entries(&text, value), two, "{after}");
    }
    // A paragraph number after the list, past a blank line, is the
    // outline's: no appendix 3.
    let text = "   Report of:              Joint Chief Executive\n\n\
         \x20  Wards affected:         Not applicable\n\n\
         \x20  Appendices:             1   Proposed structure\n\
         \x20                          2   Affected postholders, costs and\n\
         \x20                              assimilation (exempt)\n\n\
         \x20  3.    BACKGROUND\n\n\
         \x20  3.1   See Appendix 1 and Appendix 2.\n";
    let doc = crate::parse::parse(text);
    let labels: Vec<&str> = doc.appendices.iter().map(|d| d.label.as_str()).collect();
    assert_eq!(labels, ["1", "2"]);
}

/// A list of annexes, then the first annex itself starting on the next
/// line, as `pdftotext` gives a paper whose annex follows its list.
const RESTATED: &str = "Location (see site plan, Annex 2)\n\
    1. The conditions are in Annex 1 and the responses in Annex 3.\n\
    Annexes:\n\
    Annex 1 – Heads of conditions\n\
    Annex 2 – Site plan\n\
    Annex 3 – Summary of consultation responses\n\
    Annex 4 – Environmental Statement: non-technical summary\n\
    Annex 1 – Heads of conditions\n\
    1. Commencement within three years.\n\
    2. Development in accordance with the approved plans.\n\
    3. Extraction to cease by 31 December 2037.\n";

#[test]
fn an_entry_named_again_is_the_appendix_itself_and_ends_the_list() {
    assert_eq!(
        labels(RESTATED),
        ["Annex 1", "Annex 2", "Annex 3", "Annex 4"]
    );
    // The line naming Annex 1 again is the annex's own, no mention of it.
    let doc = crate::parse::parse(RESTATED);
    let cited: Vec<usize> = doc
        .references
        .iter()
        .map(|r| RESTATED[..r.span.start].lines().count())
        .collect();
    assert_eq!(cited, [1, 2, 2], "{:?}", doc.references);
    // "site plan, Annex 2" names the paper's Annex 2: a citation of it.
    assert!(!doc.references[0].external);
    let found = crate::rules::findings_of("unreferenced-appendix", RESTATED);
    let messages: Vec<_> = found.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(
        messages,
        ["Annex 4 is listed but the report never refers to it"]
    );
    // With no Annex 2 of its own, the paper cites another site plan's.
    let text = "Location (see site plan, Annex 2)\n\nAnnexes:\nAnnex 1 – Heads of conditions\n";
    assert!(crate::parse::parse(text).references[0].external);
}

#[test]
fn a_list_goes_on_past_a_title_that_only_looks_repeated() {
    // One title, two labels: two appendices.
    let text = "Annexes:\nAnnex 1 – Site plan\nAnnex 2 – Site plan\nAnnex 3 – Conditions\n";
    assert_eq!(labels(text), ["Annex 1", "Annex 2", "Annex 3"]);
    // A title that names an entry before it: a new entry, the list goes on.
    let text = "Appendices:\nAppendix 1 – Charging policy\nAppendix 2 – Changes to Appendix 1\n\
                Appendix 3 – Equality impact assessment\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2", "Appendix 3"]);
}

#[test]
fn bare_numbers_carry_on_only_a_list_given_by_bare_numbers() {
    // Bare from its start: every entry is read.
    let text =
        "Appendices:\n1 – Policy\n2 – Consultation responses\n3 – Equality impact assessment\n";
    assert_eq!(labels(text), ["Appendix 1", "Appendix 2", "Appendix 3"]);
    // Cued entries, then numbered lines: the numbers are no entries.
    let text =
        "Annexes:\nAnnex 1 – Heads of conditions\n2. Development in accordance with the plans.\n\
                3. Working hours as in paragraph 7.\n";
    assert_eq!(labels(text), ["Annex 1"]);
}

#[test]
fn a_web_pages_attachment_links_are_a_list() {
    // html2text: Markdown links, one wrapped.
    let md = "#### Supporting documents:\n\n  * [Household waste recycling centres: booking system, van and trailer\n    permits, item 112. PDF 512 KB][12]\n  * [Appendix A - HWRC visits, item 112. PDF 188 KB][13]\n  * [Appendix B - Revised opening hours, item 112. PDF 96 KB][14]\n  * [Appendix C - Draft permit conditions, item 112. PDF 143\n    KB][15]\n\n[Back to top][16]\n";
    assert_eq!(
        labels(md),
        ["Appendix A", "Appendix B", "Appendix C"],
        "{md}"
    );
    // lynx -dump: each link's number before its words.
    let lynx = "Supporting documents:\n\n     * [14]Proposal to amalgamate the schools, item\n       9. PDF 402 KB\n     * [15]Appendix 1 - Consultation report, item 9. PDF 1 MB\n     * [16]Appendix 2 - Integrated Impact Assessment, item 9. PDF 311 KB\n\n   [18]Back to top\n";
    assert_eq!(labels(lynx), ["Appendix 1", "Appendix 2"], "{lynx}");
}

#[test]
fn a_link_to_an_appendix_in_prose_is_no_list() {
    for t in [
        // The link's words run on as a sentence, or the link holds no title.
        "Intro text here.\n\n[15]Appendix 1 sets out the consultation.\n[16]Appendix 2 sets out the costs.\n",
        "Intro text here.\n\n[Appendix 1](a1.pdf) sets out the consultation.\n[Appendix 2](a2.pdf) sets out the costs.\n",
        // A bracket before other words.
        "Intro text here.\n\n[Note] Appendix 1 - Consultation report\n[Note] Appendix 2 - Costs\n",
    ] {
        assert!(labels(t).is_empty(), "{t}: {:?}", labels(t));
    }
}
