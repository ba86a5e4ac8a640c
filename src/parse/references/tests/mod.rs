//! Unit tests of the reference reader: each form it reads, and what it leaves alone.

use super::*;
use ReferenceKind::*;

/// `(kind, target, span text, target_span text)` of every reference.
fn found(text: &str) -> Vec<(ReferenceKind, String, String, String)> {
    find_references(text, 0)
        .into_iter()
        .map(|r| {
            (
                r.kind,
                r.target.clone(),
                r.span.of(text).to_string(),
                r.target_span.of(text).to_string(),
            )
        })
        .collect()
}

fn targets(text: &str) -> Vec<String> {
    find_references(text, 0)
        .into_iter()
        .map(|r| r.target)
        .collect()
}

fn one(text: &str) -> FoundReference {
    let refs = find_references(text, 0);
    assert_eq!(refs.len(), 1, "{text:?} gave {refs:#?}");
    refs.into_iter().next().unwrap()
}

fn none(text: &str) {
    let refs = find_references(text, 0);
    assert!(refs.is_empty(), "{text:?} gave {refs:#?}");
}

fn t(
    kind: ReferenceKind,
    target: &str,
    span: &str,
    ts: &str,
) -> (ReferenceKind, String, String, String) {
    (kind, target.into(), span.into(), ts.into())
}

#[test]
fn markdown_escapes_read_as_the_marks_they_escape() {
    // Mammoth escapes every full stop, hyphen and bracket; each span is
    // set back on the text as written.
    assert_eq!(
        found("is set out in Appendix 3\\. The plan"),
        vec![t(Appendix, "3", "Appendix 3", "3")]
    );
    assert_eq!(
        found("as paragraph 1\\.3 says"),
        vec![t(Paragraph, "1.3", "paragraph 1\\.3", "1\\.3")]
    );
    let text = "see paragraphs 2\\.1 \\- 2\\.4 and Appendix 2 \\(draft\\)";
    let refs = find_references(text, 10);
    assert_eq!(refs[0].target, "2.1");
    assert_eq!(refs[0].range_end.as_deref(), Some("2.4"));
    assert_eq!(refs[0].target_span, Span::new(10 + 15, 10 + 19));
    assert_eq!(refs[1].target, "2");
    assert_eq!(
        Span::new(refs[1].span.start - 10, refs[1].span.end - 10).of(text),
        "Appendix 2"
    );
    // Near misses stay as they were: an escaped mark that runs a number
    // on (`Appendix 3\\.1`), an escaped backslash before the mark.
    none("in Appendix 3\\.1 of the plan");
    none("in Appendix 3\\\\");
    assert_eq!(
        targets("under section 2\\.5 of the Act"),
        targets("under section 2.5 of the Act")
    );
}

#[test]
fn paragraph_forms() {
    assert_eq!(
        found("as set out in paragraph 3.2, the plan"),
        vec![t(Paragraph, "3.2", "paragraph 3.2", "3.2")]
    );
    assert_eq!(
        found("para 12 says"),
        vec![t(Paragraph, "12", "para 12", "12")]
    );
    assert_eq!(
        found("(para. 12)"),
        vec![t(Paragraph, "12", "para. 12", "12")]
    );
    assert_eq!(
        found("PARAGRAPH 7."),
        vec![t(Paragraph, "7", "PARAGRAPH 7", "7")]
    );
    assert_eq!(
        found("paras 3 and 4 explain"),
        vec![
            t(Paragraph, "3", "paras 3", "3"),
            t(Paragraph, "4", "4", "4")
        ]
    );
    assert_eq!(
        found("paragraphs 1.2 and 1.8"),
        vec![
            t(Paragraph, "1.2", "paragraphs 1.2", "1.2"),
            t(Paragraph, "1.8", "1.8", "1.8")
        ]
    );
    assert_eq!(
        found("paragraphs 1.2, 1.5 and 1.8."),
        vec![
            t(Paragraph, "1.2", "paragraphs 1.2", "1.2"),
            t(Paragraph, "1.5", "1.5", "1.5"),
            t(Paragraph, "1.8", "1.8", "1.8")
        ]
    );
    assert_eq!(
        targets("paragraphs 1.2, 1.5, and 1.8"),
        ["1.2", "1.5", "1.8"]
    );
    assert_eq!(targets("paragraphs 3.2.1 & 3.2.4"), ["3.2.1", "3.2.4"]);
    assert_eq!(
        found("as paragraph 3 below shows"),
        vec![t(Paragraph, "3", "paragraph 3", "3")]
    );
    assert_eq!(targets("see paragraph 3 above."), ["3"]);
    assert_eq!(targets("sub-paragraph 4.2"), ["4.2"]);
    assert_eq!(targets("paragraph\n4.3 wraps"), ["4.3"]);
    // The item under the paragraph is kept apart: see
    // `items_under_a_paragraph`.
    assert_eq!(
        found("paragraph 3(a)"),
        vec![t(Paragraph, "3", "paragraph 3(a)", "3")]
    );
    assert_eq!(one("paragraph 3(a)").item.as_deref(), Some("a"));
    assert_eq!(targets("paragraphs 4.1 to 4.3 of Appendix A"), ["4.1", "A"]);
}

#[test]
fn paragraph_ranges_are_one_reference() {
    for (text, span) in [
        ("paragraphs 3.39 to 3.49 set out", "paragraphs 3.39 to 3.49"),
        ("paragraphs 3.39-3.49.", "paragraphs 3.39-3.49"),
        ("paragraphs 3.39 – 3.49", "paragraphs 3.39 – 3.49"),
        ("paragraphs 3.39 — 3.49", "paragraphs 3.39 — 3.49"),
    ] {
        let r = one(text);
        assert_eq!(r.target, "3.39");
        assert_eq!(r.range_end.as_deref(), Some("3.49"));
        assert_eq!(r.span.of(text), span);
        assert_eq!(r.target_span.of(text), "3.39");
    }
    let text = "paragraphs 2.1, 3.39 to 3.49 and 4";
    assert_eq!(
        found(text),
        vec![
            t(Paragraph, "2.1", "paragraphs 2.1", "2.1"),
            t(Paragraph, "3.39", "3.39 to 3.49", "3.39"),
            t(Paragraph, "4", "4", "4"),
        ]
    );
    // Backwards ranges are kept as written, for a rule to report.
    assert_eq!(one("paragraphs 5 to 3").range_end.as_deref(), Some("3"));
}

#[test]
fn a_number_hyphened_to_more_digits_is_another_documents_identifier() {
    // The Planning Practice Guidance's paragraph ids.
    none("Paragraph 36-010 of the national Planning Practice Guidance advises");
    none("see paragraph 36-010-20140306 of the guidance");
    // Ranges and a number before a dash with spaces still read.
    let r = one("paragraphs 3.1-3.4 set out");
    assert_eq!(r.target, "3.1");
    assert_eq!(r.range_end.as_deref(), Some("3.4"));
    assert_eq!(
        one("paragraphs 3-5 set out").range_end.as_deref(),
        Some("5")
    );
    assert_eq!(one("paragraph 36 - see below").target, "36");
    assert_eq!(targets("paragraphs 2.1 and 3.1-3.4."), vec!["2.1", "3.1"]);
}

#[test]
fn see_forms() {
    assert_eq!(
        found("see 4.1"),
        vec![t(Paragraph, "4.1", "see 4.1", "4.1")]
    );
    assert_eq!(
        found("is reviewed (see 4.1)."),
        vec![t(Paragraph, "4.1", "see 4.1", "4.1")]
    );
    assert_eq!(
        found("(see paragraph 4.1)"),
        vec![t(Paragraph, "4.1", "paragraph 4.1", "4.1")]
    );
    assert_eq!(
        found("See also 2.3 and 2.4"),
        vec![
            t(Paragraph, "2.3", "See also 2.3", "2.3"),
            t(Paragraph, "2.4", "2.4", "2.4")
        ]
    );
    assert_eq!(targets("(see 8)"), ["8"]);
    assert_eq!(targets("see 8 below"), ["8"]);
    assert_eq!(targets("please refer to 4.1 for more"), ["4.1"]);
    // A bare whole number after "see" is a quantity, not a paragraph.
    none("we will see 20 new staff");
    none("The Council will see 2.5 million visitors");
    none("see page 12");
    none("seen 4.1 times");
    none("overseen 4.1");
}

#[test]
fn section_forms() {
    assert_eq!(
        found("section 5.3 and Annex 1"),
        vec![
            t(Paragraph, "5.3", "section 5.3", "5.3"),
            t(Annex, "1", "Annex 1", "1")
        ]
    );
    assert_eq!(targets("sections 5.3 and 5.4"), ["5.3", "5.4"]);
    // A whole number ends a list of decimal sections.
    assert_eq!(targets("sections 5.3 and 6 times"), ["5.3"]);
    none("through Section 31 agreements");
    none("LOCAL GOVERNMENT ACT 1972, SECTION 100D");
    none("Section 2: Report");
    none("section 2 of this report");
    none("Section 1\n\nSummary");
}

#[test]
fn markup_is_looked_through() {
    assert_eq!(
        found("paragraph **4.3** shows"),
        vec![t(Paragraph, "4.3", "paragraph **4.3", "4.3")]
    );
    assert_eq!(
        found("**paragraph 4.3**"),
        vec![t(Paragraph, "4.3", "paragraph 4.3", "4.3")]
    );
    assert_eq!(
        found("see **Appendix B**"),
        vec![t(Appendix, "B", "Appendix B", "B")]
    );
    assert_eq!(targets("paragraphs **1.2** and **1.8**"), ["1.2", "1.8"]);
    assert_eq!(targets("paragraph\u{a0}4.3"), ["4.3"]);
}

#[test]
fn also_refer_to_lists() {
    let text = "Also refer to 1.6 4.1\n 2.1 4.3\n 2.6";
    assert_eq!(targets(text), ["1.6", "4.1", "2.1", "4.3", "2.6"]);
    let refs = find_references(text, 0);
    assert_eq!(refs[0].span.of(text), "Also refer to 1.6");
    assert_eq!(refs[4].span.of(text), "2.6");
    assert!(refs.iter().all(|r| r.kind == Paragraph && !r.external));

    let text = "Also refer to\n\n2.6\t5.9\n5.3\t9.1";
    assert_eq!(targets(text), ["2.6", "5.9", "5.3", "9.1"]);
    assert_eq!(
        find_references(text, 0)[0].span.of(text),
        "Also refer to\n\n2.6"
    );

    assert_eq!(
        targets("Also refer to **1.9**\n 1.11\n 7.6\n"),
        ["1.9", "1.11", "7.6"]
    );
    assert_eq!(
        targets("also refer to 1.1, 1.8 and 1.9."),
        ["1.1", "1.8", "1.9"]
    );
    // Stop at the first token that is not a paragraph number.
    assert_eq!(
        targets("Also refer to 1.1 1.8 the plan 2.2"),
        ["1.1", "1.8"]
    );
    assert_eq!(
        targets("Also refer to 1.1\n 1.9\n\n5. PLANNING\n\n- 5.1 An"),
        ["1.1", "1.9"]
    );
    assert_eq!(targets("Also refer to 5.8\t\n\n11. PROMOTING"), ["5.8"]);
    none("Also refer to\n\n5. PLANNING");
    none("Also refer to the plan");
    // "Cross refer to" a document: no number, no reference.
    none("Cross refer to National Care Standards Action Plan");
}

#[test]
fn appendix_forms() {
    assert_eq!(
        found("in Appendix B notes"),
        vec![t(Appendix, "B", "Appendix B", "B")]
    );
    assert_eq!(
        found("Appendix 1."),
        vec![t(Appendix, "1", "Appendix 1", "1")]
    );
    assert_eq!(
        found("appendices A and B"),
        vec![
            t(Appendix, "A", "appendices A", "A"),
            t(Appendix, "B", "B", "B")
        ]
    );
    assert_eq!(
        found("Appendix A: Joint Review Action Plan."),
        vec![t(Appendix, "A", "Appendix A", "A")]
    );
    assert_eq!(found("Annex A"), vec![t(Annex, "A", "Annex A", "A")]);
    assert_eq!(found("see Annex 2,"), vec![t(Annex, "2", "Annex 2", "2")]);
    assert_eq!(found("Annex IV"), vec![t(Annex, "IV", "Annex IV", "IV")]);
    assert_eq!(found("annexe C"), vec![t(Annex, "C", "annexe C", "C")]);
    assert_eq!(
        found("Appendix (a)"),
        vec![t(Appendix, "A", "Appendix (a)", "a")]
    );
    assert_eq!(targets("Appendices A, B and C"), ["A", "B", "C"]);
    assert_eq!(targets("APPENDIX 12"), ["12"]);
    assert_eq!(targets("Appendix A and Appendix B"), ["A", "B"]);
    assert_eq!(targets("Appendix B and I think"), ["B"]);
    assert_eq!(targets("Appendix B's figures"), ["B"]);
}

#[test]
fn appendix_ranges_expand() {
    let text = "Appendices 1 to 3 show";
    assert_eq!(
        found(text),
        vec![
            t(Appendix, "1", "Appendices 1", "1"),
            t(Appendix, "2", "1 to 3", "1 to 3"),
            t(Appendix, "3", "3", "3"),
        ]
    );
    assert!(find_references(text, 0)
        .iter()
        .all(|r| r.range_end.is_none()));
    assert_eq!(targets("Appendices A-C"), ["A", "B", "C"]);
    assert_eq!(targets("Annexes B – D and F"), ["B", "C", "D", "F"]);
    assert_eq!(targets("Annexes I to III"), ["I", "II", "III"]);
    assert_eq!(targets("Appendices 3 to 1"), ["3", "1"]);
    // Mixed kinds are no range.
    assert_eq!(targets("Appendix A-1"), ["A"]);
}

#[test]
fn annex_within_appendix() {
    let text = "see Appendix 1, Annex B for the detail";
    let refs = find_references(text, 0);
    assert_eq!(refs.len(), 2, "{refs:#?}");
    assert_eq!((refs[0].kind, refs[0].target.as_str()), (Appendix, "1"));
    assert_eq!(refs[0].span.of(text), "Appendix 1");
    assert_eq!(refs[0].within, None);
    assert_eq!((refs[1].kind, refs[1].target.as_str()), (Annex, "B"));
    assert_eq!(refs[1].span.of(text), "Annex B");
    assert_eq!(refs[1].within.as_deref(), Some("1"));

    for text in [
        "Annex B of Appendix 1",
        "Annex B to Appendix 1.",
        "Annex B in the Appendix 1",
    ] {
        let refs = find_references(text, 0);
        assert_eq!(refs.len(), 2, "{text}: {refs:#?}");
        assert_eq!((refs[0].kind, refs[0].target.as_str()), (Annex, "B"));
        assert_eq!(refs[0].span.of(text), "Annex B");
        assert_eq!(refs[0].within.as_deref(), Some("1"));
        assert_eq!((refs[1].kind, refs[1].target.as_str()), (Appendix, "1"));
        assert_eq!(refs[1].span.of(text), "Appendix 1");
        assert!(refs.iter().all(|r| !r.external), "{text}");
    }
    let refs = find_references("Annexes A and B to Appendix 2", 0);
    assert_eq!(refs.len(), 3);
    assert!(refs[..2].iter().all(|r| r.within.as_deref() == Some("2")));

    let text = "paragraph 3 of Appendix A";
    let refs = find_references(text, 0);
    assert_eq!(refs.len(), 2);
    assert_eq!(refs[0].within.as_deref(), Some("A"));
    assert_eq!(refs[1].span.of(text), "Appendix A");

    let refs = find_references("Annex B to Appendix 1 of the Cabinet report", 0);
    assert_eq!(refs.len(), 2);
    assert!(refs.iter().all(|r| r.external));
}

#[test]
fn paragraphs_within_an_annex() {
    // "of Annex A": the paragraph is in the annex, and the annex is
    // reported with its own kind.
    let text = "as described in paragraph 1.2 of Annex A. The detail";
    let refs = find_references(text, 0);
    assert_eq!(refs.len(), 2, "{refs:#?}");
    assert_eq!((refs[0].kind, refs[0].target.as_str()), (Paragraph, "1.2"));
    assert_eq!(refs[0].within.as_deref(), Some("A"));
    assert_eq!((refs[1].kind, refs[1].target.as_str()), (Annex, "A"));
    assert_eq!(refs[1].span.of(text), "Annex A");
    assert!(refs.iter().all(|r| !r.external));
    // An item under the paragraph does not hide the annex it is in.
    let refs = find_references("paragraph 1.2(b) of Annex A", 0);
    assert_eq!(refs.len(), 2, "{refs:#?}");
    assert_eq!(refs[0].item.as_deref(), Some("b"));
    assert_eq!(refs[0].within.as_deref(), Some("A"));

    // "Annex A, paragraph 2.3": the same, the other way round.
    let text = "charged at the rates in Annex A, paragraph 2.3. Applicants";
    let refs = find_references(text, 0);
    assert_eq!(refs.len(), 2, "{refs:#?}");
    assert_eq!((refs[0].kind, refs[0].target.as_str()), (Annex, "A"));
    assert_eq!(refs[0].within, None);
    assert_eq!((refs[1].kind, refs[1].target.as_str()), (Paragraph, "2.3"));
    assert_eq!(refs[1].span.of(text), "paragraph 2.3");
    assert_eq!(refs[1].within.as_deref(), Some("A"));

    let refs = find_references("Appendix 2, paragraphs 3 and 4 and Appendix 3", 0);
    let got: Vec<_> = refs
        .iter()
        .map(|r| (r.kind, r.target.as_str(), r.within.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (Appendix, "2", None),
            (Paragraph, "3", Some("2")),
            (Paragraph, "4", Some("2")),
            (Appendix, "3", None)
        ]
    );
    // A list of appendices, then a paragraph: no `within`.
    let refs = find_references("Appendices 1 and 2, paragraph 3", 0);
    assert!(refs.iter().all(|r| r.within.is_none()), "{refs:#?}");
    // "section 2 of Annex A" is still no reference of its own.
    assert_eq!(
        found("the fees are in section 2 of Annex A."),
        vec![t(Annex, "A", "Annex A", "A")]
    );
}

#[test]
fn recommendation_forms() {
    assert_eq!(
        found("recommendation 2"),
        vec![t(Recommendation, "2", "recommendation 2", "2")]
    );
    assert_eq!(
        found("Recommendations 1 & 2"),
        vec![
            t(Recommendation, "1", "Recommendations 1", "1"),
            t(Recommendation, "2", "2", "2")
        ]
    );
    assert_eq!(targets("recommendations 1 and 2"), ["1", "2"]);
    assert_eq!(
        found("recommendation (2) above"),
        vec![t(Recommendation, "2", "recommendation (2)", "2")]
    );
    assert_eq!(
        found("recommendation (ii)"),
        vec![t(Recommendation, "ii", "recommendation (ii)", "ii")]
    );
    assert_eq!(
        one("recommendations 1 to 3").range_end.as_deref(),
        Some("3")
    );
    none("RECOMMENDATION(S)");
    none("many of the recommendations in the action plan");
}

#[test]
fn items_under_a_paragraph() {
    let r = one("as set out in recommendation 2.1(d).");
    assert_eq!((r.kind, r.target.as_str()), (Recommendation, "2.1"));
    assert_eq!(r.item.as_deref(), Some("d"));
    let text = "see paragraph 3.2(ii) below";
    let r = one(text);
    assert_eq!((r.kind, r.target.as_str()), (Paragraph, "3.2"));
    assert_eq!(r.item.as_deref(), Some("ii"));
    assert_eq!(r.span.of(text), "paragraph 3.2(ii)");
    assert_eq!(r.target_span.of(text), "3.2");
    // Only a bracket touching the number, holding one letter or a roman
    // numeral; never on a range or an item that is itself a letter.
    assert_eq!(one("paragraph 3.2 (b)").item, None);
    assert_eq!(one("paragraph 3.2(B)").item, None);
    assert_eq!(one("paragraph 3.2(ab)").item, None);
    assert_eq!(one("paragraphs 3.2 to 3.4(b)").item, None);
    assert_eq!(one("recommendation (c)").item, None);
    assert_eq!(one("Appendix 2(a)").item, None);
    none("the recommendations 10 years ago");
}

#[test]
fn cue_words_hyphenated_at_a_line_end() {
    assert_eq!(
        found("the Plan at Appen-\ndix A and the Strategy"),
        vec![t(Appendix, "A", "Appen-\ndix A", "A")]
    );
    assert_eq!(
        found("is set out in para-\ngraph 3.2 below"),
        vec![t(Paragraph, "3.2", "para-\ngraph 3.2", "3.2")]
    );
    assert_eq!(
        found("as in recom-\r\n  mendation 2 and Sec-\ntion 4.1"),
        vec![
            t(Recommendation, "2", "recom-\r\n  mendation 2", "2"),
            t(Paragraph, "4.1", "Sec-\ntion 4.1", "4.1")
        ]
    );
    // A blank line between is a paragraph break, not a wrap; a hyphen
    // inside a line is a compound; the word must go on as the cue does.
    none("at Appen-\n\ndix A");
    none("at Appen- dix A");
    none("at Appen-\ndage A");
    none("the para-\nmilitary 3.2");
    none("x-\n");
    none("-\n");
    // A hyphen before a lone carriage return, or ending the text.
    none("at Appen-\rdix A");
    none("at Appen-\r");
    none("at Appen-");
    // Line ends of both kinds, the Windows one first.
    assert_eq!(
        found("Appen-\r\ndix B, then Appen-\ndix C"),
        vec![
            t(Appendix, "B", "Appen-\r\ndix B", "B"),
            t(Appendix, "C", "Appen-\ndix C", "C")
        ]
    );
}

#[test]
fn appendix_needs_a_label() {
    none("### **APPENDIX**\n\nThe appendix");
    none("see appendix");
    none("the Appendix");
    none("Appendix 2004 figures");
    none("Appendix 100");
    none("Appendix a reference");
    none("appendix b");
    none("Appendix A2");
    none("Appendix 1a");
    none("Appendix 01");
    none("Appendix 1.2");
    none("Appendix A.1");
    none("APPENDIX FOR DETAILS");
    none("Annexed to this");
}

#[test]
fn numbers_that_are_not_references() {
    none("on 3.2.2004 the");
    none("see 3.2.2004");
    none("paragraph 3.2.2004");
    none("see 19.09.03");
    none("costing £1.5m");
    none("see £1.5m");
    none("para 1.5m");
    none("see 10.30am");
    none("see 10.30 am");
    none("see 10:30");
    none("paragraph 10:30");
    none("paragraph 4%");
    none("Version 1.2");
    none("Key Stage 2");
    none("Year 2005/06");
    none("paragraph 2005/06");
    none("Paragraph References Within Supporting information");
    none("Paragraph\n\n4.3");
    none("page 12");
    none("paragraph 1,500");
    none("parallel 3.2");
    none("apparagraph 3.2");
    none("résumépara 3.2");
    none("paragraphs");
    none("");
    // A cue ending a line before a table row or a numbered line.
    none("\tHeadline recommendations\t\t\t\n1.1\tReview protocols");
    none("### APPENDIX\nA Joint Review Action Plan");
    none("Recommendations\n2. That the Executive notes");
    // A cue that ends a line of running text: the label wrapped onto the
    // next line is its own, whatever follows it.
    assert_eq!(
        found("The report is set out in full in Appendix\nA. The tender evaluation report"),
        vec![t(Appendix, "A", "Appendix\nA", "A")]
    );
    assert_eq!(targets("as listed at Annex\n2) below, the scores"), ["2"]);
    // Not after an article, nor a cue alone on its line, nor before a tab.
    none("Further detail is in the Appendix\nA. Background");
    none("  Appendix\nA. The tender evaluation report");
    none("set out in full in Appendix\nA.\tThe tender evaluation report");
}

#[test]
fn a_named_document_with_its_appendix_alone_in_brackets_is_marked() {
    let marked = |text: &str| {
        find_references(text, 0)
            .iter()
            .map(|r| (r.target.clone(), r.external, r.named_in_brackets))
            .collect::<Vec<_>>()
    };
    let yes = |t: &str| (t.to_string(), true, true);
    assert_eq!(
        marked("the Consultation Statement (Appendix 3) sets out"),
        [yes("3")]
    );
    assert_eq!(
        marked("the Tolworth Local Plan Review (Appendices 1 to 2)"),
        [yes("1"), yes("2")]
    );
    assert_eq!(marked("the Housing Strategy (Annex B)."), [yes("B")]);
    // More in the bracket, or "of the NAME" after it: another document's.
    let no = |t: &str| (t.to_string(), true, false);
    assert_eq!(
        marked("the National Planning Policy Framework (Annex 2, glossary)"),
        [no("2")]
    );
    assert_eq!(
        marked("the Housing Strategy (Appendix 3 of the Local Plan)"),
        [no("3")]
    );
    // After a thing named in lower case and a comma, closing its clause:
    // what the appendix is.
    assert_eq!(marked("Location (see site plan, Annex 2)"), [yes("2")]);
    assert_eq!(marked("the site plan, Appendix A, shows"), [yes("A")]);
    // A name in capitals, legislation or guidance cited, or more after
    // it: another document's.
    assert_eq!(marked("the Local Plan, Appendix 2."), [no("2")]);
    assert_eq!(marked("the guidance, Annex B)"), [no("B")]);
    assert_eq!(marked("the site plan, Annex 2 as amended"), [no("2")]);
}

#[test]
fn external_references() {
    let ext = |text: &str| {
        let refs = find_references(text, 0);
        assert!(!refs.is_empty(), "{text}: nothing found");
        assert!(refs.iter().all(|r| r.external), "{text}: {refs:#?}");
    };
    ext("section 151 of the Local Government Act 1972");
    ext("paragraph 33 of the National Planning Policy Framework");
    ext("paragraph 3 of Schedule 12A");
    ext("Appendix 6 to the officer report of 12 May");
    ext("Appendix 3 to officer report ENV/12");
    ext("Annex 1 to draft guidance on lettings");
    ext("paragraph 4 of the guidance");
    ext("para 12 in the Cabinet report");
    ext("paragraphs 3 and 4 of the guidance");
    ext("Schedule 12A, paragraph 3");
    ext("the Act, section 5.3");
    ext("NPPF paragraph 11");
    ext("Local Government Act 1972, section 100");
    ext("recommendation 5 of the Joint Review");
    ext("paragraph 1.8 of the action plan");
    ext("paragraph 4,\nof the guidance");
    ext("paragraph 3 to the Local Government Act 1972");
    ext("Annex 2 to the Constitution");
    ext("paragraph 5.7 of the report to Cabinet on 14 March 2023");
    ext("paragraph 6.3 of the report to the Audit Committee");
    ext("paragraph 2 of the report of 12 May 2024");
    ext("section 3 of the report presented in June");
    // A date or meeting named before: the report of that date is another.
    ext("confirmed on 14 March 2024 (see Appendix B to\nthe report of that date)");
    ext("paragraph 6 of the report to that meeting");
    ext("Annex C to the Care and Support Statutory Guidance");
    ext("Planning Policy Wales (Edition 12), section 4.2");
    ext("the Local Transport Plan, paragraph 4.2");
    ext("section 7.9 of the final draft budget published on 5th February 2025");
    // A bracketed item does not hide what follows the number.
    ext("the balance in paragraph 11(d) of the NPPF applies");
    ext("recommendation 2(b) of the Joint Review");
    // A report named before ("that report"), or said to be an earlier one.
    ext("Report to Cabinet: Fees Review (paragraph 3.4 of that report sets out)");
    ext("paragraph 3.4 of the previous report");
    ext("paragraph 2.1 of the earlier report");
    // "of that" and any noun but the paper's own parts: a document named before.
    ext("The complaints procedure was revised.\nParagraph 6.4 of that procedure requires");
    ext("paragraph 2 of those arrangements");
    // A named document the reference follows: through "for"/"and"/"of",
    // into a bracket, or any document noun in a name of two capitals.
    ext("The Fire and Rescue National Framework for England (paragraph 4.6) expects");
    ext("Department for Work, Supported Housing Review, paragraph 12.4.");
    ext("the Statement of Accounts, paragraph 3.2");
    // "to" inside the name: "A Guide to Good Practice".
    ext("The code's Guide to\nGood Practice (paragraph 9.4) expects launches to be replaced");
    // A footnote naming its source, then the place in it.
    ext("text[^2].\n\n[^2]: Governance for Smaller Authorities in England (2025), paragraph 5.33.");
    // A document noun of several words, read word for word (across a line
    // break): a committee's terms of reference, its or the.
    ext("under\nparagraph 4.6 of its terms of reference in the Constitution.");
    ext("paragraph 3 of the Terms of\nReference");
    ext("paragraph 4.6 of its Constitution");
    // An edition is another document's.
    ext("The Department's guidance on licensing\n(paragraph 3.12 of the 2025 edition) says");
    let r = one("section 151 of the Local Government Act 1972");
    assert_eq!(r.target, "151");

    let int = |text: &str| {
        let refs = find_references(text, 0);
        assert!(!refs.is_empty(), "{text}: nothing found");
        assert!(refs.iter().all(|r| !r.external), "{text}: {refs:#?}");
    };
    int("paragraph 4.3 of this report");
    int("Appendix B to this report");
    int("paragraph 2 of the report");
    int("paragraph 2 of this paper");
    int("paragraph 2 of the covering report");
    int("Annex B of Appendix 1");
    int("set out in Appendix B in March");
    int("paragraph 4.3 in relation to the Act");
    int("paragraph 3 in more detail");
    int("Appendix A to report back");
    // "to" and a verb: what the appendix is for, not where it is.
    int("the proposed decision attached as Appendix A to award the contract");
    int("Appendix 2 to agree the revised fees and charges policy");
    int("Annex B to note the findings of the review");
    // "to" and a capital is a person or body, not a document.
    int("the plan at Appendix A, to Bidder 2 for the sum set out in paragraph 3.5");
    int("paragraph 4.3 to Cabinet");
    int("SEE PARAGRAPH 4.3");
    int("Also refer to 1.1");
    int("Appendix A: Joint Review Action Plan.");
    int("paragraph 2 of the report to this Committee");
    int("paragraph 2 of the report above");
    int("Appendix A to the Committee for approval");
    int("Appendix C to the Chief Executive and Director of Finance for the policy");
    int("In March (see above), paragraph 4.2 sets out");
    int("Cabinet in March, paragraph 4.2 sets out");
    int("as in paragraph 3.2(b) of this report");
    int("paragraph 3.4 of that section");
    // Near misses of "of that": the paper's own parts, and "that" after
    // another word than "of".
    int("paragraph 2 of that appendix");
    int("paragraph 4 of that part of the report");
    int("paragraph 4.2 to that end");
    int("paragraph 4.2 in that year");
    int("paragraph 4.2 of this report");
    int("Appendix B to the report that follows");
    int("paragraph 2 of the report to this meeting");
    int("This Report, paragraph 4.2");
    int("Our Annual Review (paragraph 4.6) shows");
    int("the review (paragraph 4.6) shows");
    int("the figures for England (paragraph 4.6) show");
    int("Review (paragraph 4.6)");
    // Through "to", a name needs a document noun in capitals: a body
    // reported to is none.
    int("the options reported to Full Council (paragraph 4.6) show");
    int("[^3]: As explained above, paragraph 4.2 sets out the fees.");
    int("[^3]: See paragraph 4.2.");
    int("[^3]: The figures in paragraph 4.2 are estimates.");
    int("Governance in England (2025), paragraph 5.33");
    // Near misses of a noun of several words: this paper, part of the
    // phrase, or "in terms of".
    int("paragraph 4.6 of this report");
    int("paragraph 4.6 of its terms and conditions of sale");
    int("the cost set out in paragraph 4.6 in terms of staff time");
}

#[test]
fn a_paragraph_right_after_an_exempt_marking_is_the_schedules() {
    let external = |text: &str| -> Vec<(String, bool)> {
        find_references(text, 0)
            .into_iter()
            .map(|r| (r.target, r.external))
            .collect()
    };
    let ext = |text: &str| {
        let read = external(text);
        assert!(
            !read.is_empty() && read.iter().all(|r| r.1),
            "{text}: {read:?}"
        );
    };
    let int = |text: &str| {
        let read = external(text);
        assert!(
            !read.is_empty() && read.iter().all(|r| !r.1),
            "{text}: {read:?}"
        );
    };
    // A background paper withheld under a paragraph of Schedule 12A.
    ext("Interview record, 5 March 2027 (exempt – paragraph 12)");
    ext("Licensing file DL/4471 (exempt – paragraphs 12 and 13)");
    ext("NOT FOR PUBLICATION: paragraph 3");
    ext("Exempt information - paragraph 1");
    ext("the appendix is exempt under paragraph 3");
    ext("confidential by virtue of paragraph 14");
    // Near misses: no dash or join, a full stop, another word, or said to
    // be this paper's.
    int("the exempt paragraphs 4.1 to 4.3 are read in private");
    int("This information is confidential. Paragraph 4.2 sets out why.");
    int("The exemption – paragraph 4.2 explains it");
    int("the appendix is exempt: paragraph 4.2 of this report explains why");
    int("under paragraph 4.2 the fee applies");
}

#[test]
fn another_documents_paragraph_after_a_year_a_bracket_or_an_acronym_is_external() {
    let verdicts = |text: &str| {
        find_references(text, 0)
            .into_iter()
            .map(|r| (r.target, r.external))
            .collect::<Vec<_>>()
    };
    let ext = |text: &str, target: &str| {
        assert_eq!(verdicts(text), [(target.to_string(), true)], "{text}");
    };
    let int = |text: &str, target: &str| {
        assert_eq!(verdicts(text), [(target.to_string(), false)], "{text}");
    };
    // A year or a period between "the" and the document's noun.
    ext(
        "the funding rules (paragraph 17 of the\n2031/32 rules) apply",
        "17",
    );
    ext("paragraph 8 of the 2029-30 Code", "8");
    ext("section 2.4 of the 2028\u{2013}29 guidance", "2.4");
    ext("paragraph 6 of the 2030 regulations", "6");
    ext("paragraph 5 of the 2028/29 scheme", "5");
    ext(
        "note 12 to the accounts, and paragraph 9 of the 2027/28 accounts",
        "9",
    );
    // The paper's own report, dated or not, stays checked.
    int("paragraph 4 of the 2029/30 report", "4");
    int("paragraph 4 of the report", "4");
    int("paragraph 4.3 of this report", "4.3");
    int("paragraph 3 of the 2030/31 budget", "3");
    // Legislation or guidance named in lower case, then a bracket.
    ext(
        "The statutory guidance (paragraph 23) expects the plan",
        "23",
    );
    ext("under the regulations (para 4), the panel must", "4");
    ext("the Code (para 12) requires", "12");
    ext("the Regulations (paragraph 4) require", "4");
    // This paper's words before a bracket: a pointer to its own paragraph.
    int("as set out above (paragraph 4.3), the cost", "4.3");
    int("the report (paragraph 4.3) sets out", "4.3");
    int("this guidance (paragraph 4) is new", "4");
    int("in its recovery plan (paragraph 4.2).", "4.2");
    int("the proposed delivery plan (paragraph 5.1) runs", "5.1");
    int("the statutory guidance and the plan (paragraph 5.1)", "5.1");
    int("the guidance is clear (paragraph 5.1)", "5.1");
    // An acronym the paper spells out as a document's.
    ext(
        "the Kinmouth Community Plan 2025\\-2035 (KCP).\n\n\
         Papers: (Appendix 4 to the KCP lists the measures)",
        "4",
    );
    ext(
        "the Medium Term Financial Strategy (\"MTFS\"). Annex B to the MTFS sets out",
        "B",
    );
    // A body's acronym, an acronym never spelt out, and this paper.
    int(
        "the Integrated Care Board (ICB). We will send Appendix 1 to the ICB",
        "1",
    );
    int("Appendix 3 to the KCP lists the measures", "3");
    int("Appendix 3 to this report sets out", "3");
    int("Appendix 2 to the report sets out", "2");
    int("Appendix I To HIW/27/55 sets out", "I");
}

#[test]
fn document_acronyms_are_spelt_out_after_a_document_noun() {
    let v = Vocabulary::builtin();
    assert_eq!(
        document_acronyms(
            "the Local Transport Plan (LTP) and the Plan 2024-34 (LDP2)",
            v
        ),
        ["LTP", "LDP2"]
    );
    assert_eq!(
        document_acronyms("Statement of Community Involvement 2026 (the 'SCI')", v),
        ["SCI"]
    );
    assert_eq!(
        document_acronyms("the Code of Conduct for Members (CCM)", v),
        ["CCM"]
    );
    // A body, a lower-case noun, a long bracket, a word in capitals.
    assert!(document_acronyms("the Integrated Care Board (ICB)", v).is_empty());
    assert!(document_acronyms("the Policy and Resources Committee (PRC)", v).is_empty());
    assert!(document_acronyms("the Department of Health (DH)", v).is_empty());
    assert!(document_acronyms("the local plan (LP)", v).is_empty());
    assert!(document_acronyms("the Plan (LTP and more words here)", v).is_empty());
    assert!(document_acronyms("the Plan (SEE)", v).is_empty());
    assert!(document_acronyms("the Plan 12 (XY) (", v).is_empty());
}

#[test]
fn each_cue_is_judged_on_its_own_line_whatever_came_before() {
    // The scanner remembers the last line start it found: a footnote after
    // cues on earlier lines, and a plain line after a footnote, are each
    // read on their own line.
    let text = "See paragraph 1.2 and Appendix A.\n\n[^2]: Governance for Smaller \
                Authorities in England (2025), paragraph 5.33.\nSee paragraph 4.3.";
    let refs = find_references(text, 0);
    let read: Vec<(&str, bool)> = refs
        .iter()
        .map(|r| (r.target.as_str(), r.external))
        .collect();
    assert_eq!(
        read,
        [("1.2", false), ("A", false), ("5.33", true), ("4.3", false)]
    );
}

#[test]
fn declarations() {
    let decl = |text: &str, expect: bool| {
        let refs = find_references(text, 0);
        assert!(!refs.is_empty(), "{text}: nothing found");
        assert!(
            refs.iter().all(|r| r.declares == expect),
            "{text}: {refs:#?}"
        );
    };
    decl("the plan is attached as Appendix 2.", true);
    decl("Appendix 2 (attached)", true);
    decl("The action plan is attached at Appendix C", true);
    decl("attached to this report as Appendix A", true);
    decl("enclosed as Appendices 1 and 2", true);
    decl("The attached Appendix A", true);
    decl("Appendix A is attached", true);
    decl("Appendix A, which is enclosed,", true);
    decl("as set out in Appendix A", false);
    decl("This report which is in Appendix B notes", false);
    decl("Appendix A: Joint Review Action Plan.", false);
    decl("shown at Appendix A", false);
    decl("as well as Appendix A", false);
    // Paragraphs never declare.
    decl("attached as paragraph 4.3", false);
}

#[test]
fn appendix_numbers_spelled_out() {
    // "Appendix One" is Appendix 1, as the Liverpool City Region labels them.
    assert_eq!(
        found("set out in Appendix One;"),
        vec![t(Appendix, "1", "Appendix One", "One")]
    );
    assert_eq!(targets("APPENDIX TWELVE"), ["12"]);
    assert_eq!(targets("Appendices One and Two"), ["1", "2"]);
    assert_eq!(targets("Appendices One to Three"), ["1", "2", "3"]);
    assert_eq!(targets("Annex Two of Appendix One"), ["2", "1"]);
    // Not a label: lower case, mixed case, a longer word, a number past twelve.
    for none in [
        "the appendix one by one",
        "Appendix ONe",
        "Appendix Oneself",
        "Appendix Thirteen",
    ] {
        assert!(targets(none).is_empty(), "{none}");
    }
}

#[test]
fn an_appendix_withheld_from_the_bundle() {
    let withheld = |text: &str, expect: bool| {
        let refs = find_references(text, 0);
        let appendices: Vec<_> = refs
            .iter()
            .filter(|r| r.kind == ReferenceKind::Appendix)
            .collect();
        assert!(!appendices.is_empty(), "{text}: nothing found");
        assert!(
            appendices.iter().all(|r| r.withheld == expect),
            "{text}: {refs:#?}"
        );
    };
    // Exempt or in Part 2, after the label or just before it.
    let read: Vec<(String, bool)> =
        find_references("(Appendix 1 refers; Appendix 2 is in Part 2)", 0)
            .into_iter()
            .map(|r| (r.target, r.withheld))
            .collect();
    assert_eq!(read, [("1".to_string(), false), ("2".to_string(), true)]);
    withheld("Appendix 2 is in Part 2", true);
    withheld(
        "set out in Appendix 2,\nwhich is in Part 2 of the agenda.",
        true,
    );
    withheld("Appendix 1 is not for publication by virtue of", true);
    withheld(
        "the supplier recommended in the confidential Appendix 1, for",
        true,
    );
    withheld("the prices (Appendix C – exempt) show", true);
    withheld("Appendix C (exempt) sets out", true);
    withheld("Appendices 3 and 4 are exempt", true);
    // To follow, or sent apart.
    withheld("Appendix C (to follow)", true);
    withheld("Appendix 3 will be circulated separately.", true);
    withheld("Appendix D to follow.", true);
    // The words said of something else, denied, or a part of the appendix.
    withheld("Appendix 1 is not confidential", false);
    withheld("Appendix 1 sets out the confidential process", false);
    withheld("Appendix 1 Part 2 sets out the costs", false);
    withheld("Appendix 1 is the private sector housing survey", false);
    withheld("as set out in Appendix A", false);
    withheld("Appendix A is attached", false);
    // Another document's appendix is not this paper's.
    withheld(
        "Appendix 2 to the Cabinet report of 3 May, which is exempt",
        false,
    );
}

#[test]
fn spans_carry_the_base_offset() {
    let text = "xx paragraph 4.3 and Appendix B";
    let base = 1000;
    let refs = find_references(text, base);
    assert_eq!(refs.len(), 2);
    for r in &refs {
        assert!(r.span.start >= base && r.span.end <= base + text.len());
    }
    let slice = |s: Span| &text[s.start - base..s.end - base];
    assert_eq!(slice(refs[0].span), "paragraph 4.3");
    assert_eq!(slice(refs[0].target_span), "4.3");
    assert_eq!(slice(refs[1].span), "Appendix B");
    assert_eq!(slice(refs[1].target_span), "B");
}

#[test]
fn unicode_around_references() {
    assert_eq!(targets("é paragraph 4.3 é"), ["4.3"]);
    assert_eq!(targets("café—see 4.1—and"), ["4.1"]);
    assert_eq!(targets("“Appendix B”"), ["B"]);
    none("Éparagraph 4.3");
    none("paragraph 4.3é");
    assert_eq!(targets("paragraph 4.3 – é"), ["4.3"]);
}

/// The seed paper whose file name starts with `prefix`, if the seeds are here.
fn seed(prefix: &str) -> Option<String> {
    let dir = std::path::Path::new("/work/shared/seeds");
    let entry = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
    std::fs::read_to_string(entry.path()).ok()
}

mod robustness;
mod seeds;

#[test]
fn a_run_in_recommendation_label_declares_the_recommendation() {
    let labels = |text: &str| -> Vec<(String, bool)> {
        find_references(text, 0)
            .into_iter()
            .filter(|r| r.kind == ReferenceKind::Recommendation)
            .map(|r| (r.target, r.declares))
            .collect()
    };
    let one = |t: &str| vec![(t.to_string(), true)];
    assert_eq!(
        labels("    Recommendation 3: That the Director reports."),
        one("3")
    );
    assert_eq!(
        labels("5.2 Recommendation 3: The Council should act."),
        one("3")
    );
    assert_eq!(
        labels("**Recommendation 2** – That the Council acts."),
        one("2")
    );
    assert_eq!(
        labels("- **Recommendation 4:** That the service reviews."),
        one("4")
    );
    assert_eq!(labels("(a) Recommendation 1 - agree the plan."), one("1"));
    assert_eq!(
        labels("| Recommendation 5: publish the data | Agreed |"),
        one("5")
    );
    // Citations: in prose, lower case, no colon, a list or a range.
    let cites = |text: &str| {
        let found = labels(text);
        assert!(!found.is_empty(), "{text}: nothing found");
        assert!(found.iter().all(|(_, d)| !d), "{text}: {found:?}");
    };
    cites("Recommendations 2 and 4 are intended to improve access.");
    cites("Recommendation 3 follows from the consultation.");
    cites("The Board agreed the approach in Recommendation 3: see below.");
    cites("recommendation 3: the council should act.");
    cites("Recommendations 2 and 3: That the Council acts.");
    cites("12.1 As set out above, Recommendation 3: the cost.");
    cites("Recommendation 3 of the scrutiny review: That the Council acts.");
}

#[test]
fn a_paragraph_cited_with_a_possessive_is_the_documents_it_is_about() {
    let ext = |text: &str| {
        let refs = find_references(text, 0);
        assert!(!refs.is_empty(), "{text}: nothing found");
        assert!(refs.iter().all(|r| r.external), "{text}: {refs:#?}");
    };
    ext("The most recent report, to that Committee on 14 December 2026, explains in its paragraph 3.7 why");
    ext("the inspectors set out in their paragraph 4 that");
    ext("as the Ombudsman says in her\nparagraphs 12 and 13");
    ext("the Act, in its section 3, requires");
    // Near misses: the paper's own paragraphs.
    let int = |text: &str| {
        let refs = find_references(text, 0);
        assert!(!refs.is_empty(), "{text}: nothing found");
        assert!(refs.iter().all(|r| !r.external), "{text}: {refs:#?}");
    };
    int("see paragraph 3.7 for why");
    int("explained in paragraph 3.7 of this report");
    int("it is paragraph 3.7 that sets out the reasons");
    int("as our paragraph 3.7 explains");
    int("its reasons are in paragraph 3.7");
    // A whole-numbered section is read only when it is another document's.
    none("it is section 3 that matters");
}

#[test]
fn contents_links_are_told_from_other_links() {
    for yes in [
        "[8. Background papers and appendices 6](#_Toc181021108)",
        "[Appendices](#_Toc1)",
        "  [4. Appendix 2 summary 12](#appendix-2-summary)",
    ] {
        assert!(is_contents_link(yes), "{yes}");
    }
    for no in [
        // A link to another document, or words after the link.
        "[Appendix 6 of the plan 6](https://example.org/plan.pdf)",
        "[Appendix 6](#appendix-6) sets out the costs.",
        // An anchor link with no page number and no Word bookmark.
        "[Appendix 6](#appendix-6)",
        "See [the summary 6](#_Toc1) and Appendix 2.",
    ] {
        assert!(!is_contents_link(no), "{no}");
    }
}
