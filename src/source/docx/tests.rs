//! Unit tests of the .docx reader on small documents built in memory.

use super::numbering::{letters, roman};
use super::styles::heading_name_level;
use super::*;
use std::io::{Cursor, Write};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A .docx with `body` as the document body and other parts as given.
fn docx(body: &str, parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let document = format!(r#"<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#);
    zip.start_file("word/document.xml", opts).unwrap();
    zip.write_all(document.as_bytes()).unwrap();
    for (name, xml) in parts {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn render(body: &str, parts: &[(&str, &str)]) -> (String, DocxInfo) {
    read_docx(&docx(body, parts), &Limits::default()).unwrap()
}

fn p(inner: &str) -> String {
    format!("<w:p>{inner}</w:p>")
}

fn r(text: &str) -> String {
    format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

fn numbering(levels: &str, nums: &str) -> String {
    format!(
        r#"<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1">{levels}</w:abstractNum>{nums}</w:numbering>"#
    )
}

fn lvl(ilvl: u8, fmt: &str, text: &str, extra: &str) -> String {
    format!(
        r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}<w:lvlText w:val="{text}"/></w:lvl>"#
    )
}

fn numbered(num: u8, ilvl: u8, text: &str) -> String {
    p(&format!(
        r#"<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>{}"#,
        r(text)
    ))
}

#[test]
fn letters_and_roman_numerals_as_word_writes_them() {
    assert_eq!(letters(1), "a");
    assert_eq!(letters(26), "z");
    assert_eq!(letters(27), "aa");
    assert_eq!(letters(53), "aaa");
    assert_eq!(roman(4), "iv");
    assert_eq!(roman(1994), "mcmxciv");
}

#[test]
fn heading_styles_by_name_localised_name_and_id() {
    assert_eq!(heading_name_level("heading 2"), Some(2));
    assert_eq!(heading_name_level("title"), Some(1));
    assert_eq!(heading_name_level("überschrift 3"), Some(3));
    assert_eq!(heading_name_level("heading1"), Some(1));
    assert_eq!(heading_name_level("kop1"), Some(1));
    assert_eq!(heading_name_level("cm heading 2"), Some(2));
    assert_eq!(heading_name_level("heading 9"), Some(6));
    assert_eq!(heading_name_level("list number 2"), None);
    assert_eq!(heading_name_level("heading 12"), None);
}

#[test]
fn outline_numbers_restart_below_a_level_that_advances() {
    let levels = lvl(0, "decimal", "%1.", "") + &lvl(1, "decimal", "%1.%2", "");
    let nums = r#"<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>"#;
    let body = [
        numbered(5, 0, "Purpose"),
        numbered(5, 1, "a"),
        numbered(5, 1, "b"),
        numbered(5, 0, "Background"),
        numbered(5, 1, "c"),
    ]
    .concat();
    let (text, _) = render(&body, &[("word/numbering.xml", &numbering(&levels, nums))]);
    assert_eq!(
        text,
        "1. Purpose\n\n1.1 a\n\n1.2 b\n\n2. Background\n\n2.1 c\n"
    );
}

#[test]
fn lvl_restart_zero_keeps_counting_and_legal_numbering_is_decimal() {
    let levels = lvl(0, "upperRoman", "%1.", "")
        + &lvl(
            1,
            "lowerLetter",
            "%1.%2",
            r#"<w:lvlRestart w:val="0"/><w:isLgl/>"#,
        );
    let nums = r#"<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>"#;
    let body = [
        numbered(1, 0, "A"),
        numbered(1, 1, "x"),
        numbered(1, 0, "B"),
        numbered(1, 1, "y"),
    ]
    .concat();
    let (text, _) = render(&body, &[("word/numbering.xml", &numbering(&levels, nums))]);
    assert_eq!(text, "I. A\n\n1.1 x\n\nII. B\n\n2.2 y\n");
}

#[test]
fn a_second_instance_continues_the_list_unless_it_overrides_the_start() {
    let levels = lvl(0, "decimal", "%1.", "");
    let nums = r#"<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#;
    let body = [
        numbered(1, 0, "a"),
        numbered(2, 0, "b"),
        numbered(3, 0, "c"),
        numbered(3, 0, "d"),
    ]
    .concat();
    let (text, _) = render(&body, &[("word/numbering.xml", &numbering(&levels, nums))]);
    assert_eq!(text, "1. a\n\n2. b\n\n1. c\n\n2. d\n");
}

#[test]
fn bullets_nest_and_letters_indent_under_their_parent() {
    let levels = lvl(0, "decimal", "%1.", "")
        + &lvl(1, "lowerLetter", "(%2)", "")
        + &lvl(2, "bullet", "\u{f0b7}", "");
    let nums = r#"<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>"#;
    let body = [
        numbered(1, 0, "That Cabinet:"),
        numbered(1, 1, "agrees"),
        numbered(1, 2, "point"),
    ]
    .concat();
    let (text, _) = render(&body, &[("word/numbering.xml", &numbering(&levels, nums))]);
    assert_eq!(text, "1. That Cabinet:\n\n  (a) agrees\n\n    - point\n");
}

#[test]
fn bold_paragraphs_headings_and_superscripts() {
    let bold = |t: &str| format!(r#"<w:r><w:rPr><w:b/></w:rPr><w:t>{t}</w:t></w:r>"#);
    let styles = format!(
        r#"<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/></w:style></w:styles>"#
    );
    let body = [
        p(&bold("PURPOSE")),
        p(&format!(
            r#"<w:pPr><w:pStyle w:val="berschrift2"/></w:pPr>{}"#,
            bold("LEGAL IMPLICATIONS")
        )),
        p(&format!(
            r#"<w:pPr><w:pStyle w:val="berschrift2"/></w:pPr>{}"#,
            r("Risk")
        )),
        p(&format!(
            r#"{}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>rd</w:t></w:r>{}"#,
            r("3"),
            r(" February 2005")
        )),
        p(&format!("{}{}", bold("Key:"), r(" value"))),
    ]
    .concat();
    let (text, _) = render(&body, &[("word/styles.xml", &styles)]);
    assert_eq!(
        text,
        "**PURPOSE**\n\n## **LEGAL IMPLICATIONS**\n\n## Risk\n\n3<sup>rd</sup> February 2005\n\nKey: value\n"
    );
}

#[test]
fn wingdings_ticks_and_boxes_are_read_as_ticks_and_boxes() {
    let wingdings = |t: &str| {
        format!(
            r#"<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>{t}</w:t></w:r>"#
        )
    };
    let body = [
        p(&format!(
            r#"{}<w:r><w:tab/></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>"#,
            r("LEGAL")
        )),
        p(&format!(
            "{}<w:r><w:tab/></w:r>{}",
            r("FINANCIAL"),
            wingdings("\u{fc}")
        )),
        p(&format!(
            "{}<w:r><w:tab/></w:r>{}",
            r("OTHER"),
            wingdings("\u{a8}z")
        )),
        p(r#"<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>"#),
        // A symbol inserted in a run whose font is Wingdings too (as Word
        // writes Insert > Symbol): read once, not mapped a second time.
        p(&format!(
            r#"{}<w:r><w:tab/></w:r><w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>"#,
            r("CRIME")
        )),
        // A box typed as Unicode in a Wingdings run shows as itself.
        p(&format!(
            "{}<w:r><w:tab/></w:r>{}",
            r("RISK"),
            wingdings("\u{2612}")
        )),
    ]
    .concat();
    let (text, _) = render(&body, &[]);
    assert_eq!(
        text,
        "LEGAL\t\u{2713}\n\nFINANCIAL\t\u{2713}\n\nOTHER\t\u{2610}\n\nCRIME\t\u{2611}\n\nRISK\t\u{2612}\n"
    );
}

#[test]
fn outline_levels_make_custom_styles_headings() {
    let styles = format!(
        r#"<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="ReportHeading"><w:name w:val="Report Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="ParaLevel1"><w:name w:val="Para Level 1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#
    );
    let styled = |style: &str, t: &str| {
        p(&format!(
            r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>{}"#,
            r(t)
        ))
    };
    let body = [
        styled("ReportHeading", "Background"),
        // A body-paragraph style with an outline level: not a title.
        styled(
            "ParaLevel1",
            "The Council takes part in the National Fraud Initiative.",
        ),
        p(&format!(
            r#"<w:pPr><w:outlineLvl w:val="1"/></w:pPr>{}"#,
            r("Scope")
        )),
        // Body text (9) given directly overrides the style's level.
        p(&format!(
            r#"<w:pPr><w:pStyle w:val="ReportHeading"/><w:outlineLvl w:val="9"/></w:pPr>{}"#,
            r("Not a heading")
        )),
        p(&r("Under Scope.")),
    ]
    .concat();
    let (text, info) = render(&body, &[("word/styles.xml", &styles)]);
    assert_eq!(
        text,
        "# Background\n\nThe Council takes part in the National Fraud Initiative.\n\n## Scope\n\nNot a heading\n\nUnder Scope.\n"
    );
    let last = info.locate(text.find("Under").unwrap()).unwrap();
    assert_eq!(last.heading.as_deref(), Some("Background > Scope"));
}

#[test]
fn legacy_form_check_boxes_show_their_state() {
    let check = |inner: &str| {
        format!(
            r#"<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:checkBox><w:sizeAuto/>{inner}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        )
    };
    let cell = |inner: &str| format!("<w:tc>{}</w:tc>", p(inner));
    let row = |label: &str, yes: &str, no: &str| {
        format!(
            "<w:tr>{}{}{}</w:tr>",
            cell(&r(label)),
            cell(&check(yes)),
            cell(&check(no))
        )
    };
    let body = format!(
        "<w:tbl>{}{}{}</w:tbl>",
        row(
            "Financial",
            r#"<w:default w:val="1"/>"#,
            r#"<w:default w:val="0"/>"#
        ),
        // The state a reader ticked overrides the default.
        row(
            "Legal",
            r#"<w:default w:val="0"/><w:checked/>"#,
            r#"<w:default w:val="1"/><w:checked w:val="0"/>"#
        ),
        row("Risk", "", r#"<w:default w:val="0"/>"#),
    );
    let (text, _) = render(&body, &[]);
    assert_eq!(
        text,
        "Financial\t\u{2612}\t\u{2610}\nLegal\t\u{2612}\t\u{2610}\nRisk\t\u{2610}\t\u{2610}\n"
    );
}

#[test]
fn content_controls_showing_their_placeholder_are_recorded() {
    let sdt = |pr: &str, content: &str| {
        format!(r#"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"#)
    };
    let body = [
        // A drop-down nobody chose from, inline in a paragraph.
        p(&format!(
            "{}{}",
            r("Portfolio holder: "),
            sdt(
                r#"<w:alias w:val="Portfolio"/><w:showingPlcHdr/><w:dropDownList/>"#,
                &r("Choose an item.")
            )
        )),
        // A filled-in control is not a placeholder.
        p(&format!(
            "{}{}",
            r("Ward: "),
            sdt(r#"<w:tag w:val="ward"/>"#, &r("Foundry"))
        )),
        // A block control round a paragraph, with the template's own prompt.
        sdt(
            r#"<w:tag w:val="summary"/><w:showingPlcHdr/>"#,
            &p(&r("Summarise the options here")),
        ),
        p(&r("After.")),
    ]
    .concat();
    let (text, info) = render(&body, &[]);
    assert_eq!(
        text,
        "Portfolio holder: Choose an item.\n\nWard: Foundry\n\nSummarise the options here\n\nAfter.\n"
    );
    let found: Vec<(&str, Option<&str>)> = info
        .placeholders
        .iter()
        .map(|p| (p.span.of(&text), p.title.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            ("Choose an item.", Some("Portfolio")),
            ("Summarise the options here", Some("summary"))
        ]
    );
}

#[test]
fn a_row_merged_down_into_continues_the_value_above() {
    let cell = |pr: &str, t: &str| format!("<w:tc><w:tcPr>{pr}</w:tcPr>{}</w:tc>", p(&r(t)));
    let row = |cells: &[String]| format!("<w:tr>{}</w:tr>", cells.concat());
    let body = format!(
        "<w:tbl>{}{}{}{}</w:tbl>",
        row(&[
            cell(r#"<w:vMerge w:val="restart"/>"#, "Contact officer"),
            cell("", "Megan Thwaite, Head of Libraries")
        ]),
        row(&[cell("<w:vMerge/>", ""), cell("", "01632 960418")]),
        row(&[cell("", "Wards affected"), cell("", "All")]),
        // Merged in the value column only: a row of its own.
        row(&[cell("", "Key decision"), cell("<w:vMerge/>", "")]),
    );
    let (text, _) = render(&body, &[]);
    assert_eq!(
        text,
        "Contact officer\tMegan Thwaite, Head of Libraries 01632 960418\n\
         Wards affected\tAll\nKey decision\t\n"
    );
}

#[test]
fn a_table_of_contents_is_not_read() {
    let styles = format!(
        r#"<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style></w:styles>"#
    );
    let toc = |t: &str| {
        p(&format!(
            r#"<w:pPr><w:pStyle w:val="TOC1"/></w:pPr>{}<w:r><w:tab/></w:r>{}"#,
            r(t),
            r("3")
        ))
    };
    let body = [toc("Contact officer"), toc("Background"), p(&r("Body"))].concat();
    let (text, _) = render(&body, &[("word/styles.xml", &styles)]);
    assert_eq!(text, "Body\n");
}

#[test]
fn tables_are_tab_rows_and_one_column_tables_are_paragraphs() {
    let tc = |t: &str| format!("<w:tc>{}</w:tc>", p(&r(t)));
    let body = format!(
        "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}<w:tc>{}{}</w:tc></w:tr></w:tbl>\
         <w:tbl><w:tr><w:tc>{}{}</w:tc></w:tr></w:tbl>",
        tc("Wards affected"),
        tc("All"),
        tc("Key decision"),
        p(&r("No")),
        p(&format!(
            "{}<w:r><w:tab/><w:br/></w:r>{}",
            r("see"),
            r("note")
        )),
        p(&r("Report of: Director")),
        p(&r("Contact: Jo")),
    );
    let (text, info) = render(&body, &[]);
    assert_eq!(
        text,
        "Wards affected\tAll\nKey decision\tNo see  note\n\nReport of: Director\n\nContact: Jo\n"
    );
    // Each cell's paragraph is found from inside the row.
    let no = text.find("No").unwrap();
    assert_eq!(info.locate(no).unwrap().index, 4);
}

#[test]
fn tracked_changes_are_read_as_accepted_and_recorded() {
    let body = [
        p(&format!(
            r#"{}<w:del w:author="A"><w:r><w:delText>old</w:delText></w:r></w:del><w:ins w:author="B">{}</w:ins>{}"#,
            r("The "),
            r("new"),
            r(" text.")
        )),
        // A paragraph whose mark was deleted joins the next one.
        p(&format!(
            r#"<w:pPr><w:rPr><w:del w:author="A"/></w:rPr></w:pPr>{}"#,
            r("Joined ")
        )),
        p(&r("here.")),
        p(r#"<w:r><w:rPr><w:b/><w:rPrChange w:author="C"><w:rPr/></w:rPrChange></w:rPr><w:t>Bold now</w:t></w:r>"#),
        p(&format!(
            r#"<w:moveFrom w:author="D"><w:r><w:t>gone</w:t></w:r></w:moveFrom>{}"#,
            r("kept")
        )),
    ]
    .concat();
    let (text, info) = render(&body, &[]);
    assert_eq!(
        text,
        "The new text.\n\nJoined here.\n\n**Bold now**\n\nkept\n"
    );
    let kinds: Vec<_> = info.revisions.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            RevisionKind::Deletion,
            RevisionKind::Insertion,
            RevisionKind::Deletion,
            RevisionKind::Formatting,
            RevisionKind::MoveFrom
        ]
    );
    assert_eq!(info.revisions[0].deleted, "old");
    assert_eq!(info.revisions[1].span.of(&text), "new");
    assert_eq!(info.revisions[0].span, Span::empty(4));
    assert_eq!(info.revisions[4].deleted, "gone");
}

#[test]
fn deleted_rows_are_dropped_and_inserted_rows_recorded() {
    let row = |rev: &str, a: &str, b: &str| {
        format!(
            "<w:tr><w:trPr>{rev}</w:trPr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>",
            p(&r(a)),
            p(&r(b))
        )
    };
    let body = format!(
        "<w:tbl>{}{}{}</w:tbl>",
        row("", "a", "b"),
        row(r#"<w:del w:author="X"/>"#, "c", "d"),
        row(r#"<w:ins w:author="Y"/>"#, "e", "f")
    );
    let (text, info) = render(&body, &[]);
    assert_eq!(text, "a\tb\ne\tf\n");
    assert_eq!(info.revisions.len(), 2);
    assert_eq!(info.revisions[1].span.of(&text), "e\tf");
}

#[test]
fn hidden_text_field_codes_and_deleted_text_are_not_read() {
    let body = p(&format!(
        r#"{}<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{}<w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
        r("Page "),
        r("3")
    ));
    let (text, _) = render(&body, &[]);
    assert_eq!(text, "Page 3\n");
}

#[test]
fn comments_keep_their_range_and_text() {
    let comments = format!(
        r#"<w:comments xmlns:w="{W}"><w:comment w:id="7" w:author="Lee"><w:p><w:r><w:t>Check</w:t></w:r></w:p><w:p><w:r><w:t>this.</w:t></w:r></w:p></w:comment></w:comments>"#
    );
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="c" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>"#;
    let body = p(&format!(
        r#"{}<w:commentRangeStart w:id="7"/>{}<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>"#,
        r("A "),
        r("figure")
    ));
    let (text, info) = render(
        &body,
        &[
            ("word/comments.xml", &comments),
            ("word/_rels/document.xml.rels", rels),
        ],
    );
    assert_eq!(info.comments.len(), 1);
    assert_eq!(info.comments[0].span.of(&text), "figure");
    assert_eq!(info.comments[0].text, "Check this.");
    assert_eq!(info.comments[0].author.as_deref(), Some("Lee"));
}

#[test]
fn headers_come_first_once_each() {
    let rel = |id: &str, target: &str| {
        format!(
            r#"<Relationship Id="{id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="{target}"/>"#
        )
    };
    let rels = format!(
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}{}{}</Relationships>"#,
        rel("a", "header2.xml"),
        rel("b", "header1.xml"),
        rel("c", "header10.xml"),
    );
    let header = |body: &str| format!(r#"<w:hdr xmlns:w="{W}">{body}</w:hdr>"#);
    let meeting = header(&p(&format!(
        r#"{}<w:ins w:author="A">{}</w:ins>"#,
        r("Meeting: "),
        r("Cabinet")
    )));
    let (text, info) = render(
        &p(&r("Body")),
        &[
            ("word/_rels/document.xml.rels", &rels),
            ("word/header1.xml", &meeting),
            ("word/header2.xml", &meeting),
            ("word/header10.xml", &header(&p(&r("OFFICIAL")))),
        ],
    );
    assert_eq!(text, "Meeting: Cabinet\n\nOFFICIAL\n\nBody\n");
    assert_eq!(info.revisions.len(), 1);
    assert_eq!(info.revisions[0].span.of(&text), "Cabinet");
    assert_eq!(info.paragraphs[0].part, DocxPart::Header);
    assert_eq!(info.describe(0).unwrap(), "paragraph 1 of the page header");
    assert_eq!(info.locate(text.find("Body").unwrap()).unwrap().index, 1);
}

#[test]
fn only_the_first_pages_header_is_read_and_its_tabs_align() {
    let rel = |id: &str, target: &str| {
        format!(
            r#"<Relationship Id="{id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="{target}"/>"#
        )
    };
    let rels = format!(
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}{}{}</Relationships>"#,
        rel("rId1", "header1.xml"),
        rel("rId2", "header2.xml"),
        rel("rId3", "header3.xml"),
    );
    let header = |body: &str| format!(r#"<w:hdr xmlns:w="{W}">{body}</w:hdr>"#);
    let tab = "<w:r><w:tab/></w:r>";
    let parts = [
        ("word/_rels/document.xml.rels", rels.as_str()),
        (
            "word/header1.xml",
            &*header(&p(&format!(
                "{}{tab}{tab}{}",
                r("Fees Review"),
                r("OFFICIAL")
            ))),
        ),
        ("word/header2.xml", &*header(&p(&r("Agenda Item 7")))),
        ("word/header3.xml", &*header(&p(&r("Appendix 2 - Plan")))),
    ];
    let refs = |title_page: &str| {
        format!(
            r#"<w:headerReference w:type="default" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/><w:headerReference w:type="first" r:id="rId2" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>{title_page}"#
        )
    };
    // Two sections: the front sheet's, then a landscape appendix with its
    // own running header, which is not read.
    let body = |title_page: &str| {
        format!(
            r#"<w:p><w:pPr><w:sectPr>{}</w:sectPr></w:pPr>{}</w:p>{}<w:sectPr><w:headerReference w:type="default" r:id="rId3" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:sectPr>"#,
            refs(title_page),
            r("Front sheet"),
            p(&r("Appendix 2")),
        )
    };
    // Default header: its tabs are alignment, read as one space.
    let (text, info) = render(&body(""), &parts);
    assert_eq!(text, "Fees Review OFFICIAL\n\nFront sheet\n\nAppendix 2\n");
    assert_eq!(info.paragraphs[0].part, DocxPart::Header);
    // A different first page: its header is the one on page 1.
    let (text, _) = render(&body("<w:titlePg/>"), &parts);
    assert_eq!(text, "Agenda Item 7\n\nFront sheet\n\nAppendix 2\n");
    // A body's tabs are still tabs (a label and its value).
    let (text, _) = render(&p(&format!("{}{tab}{}", r("Meeting"), r("Cabinet"))), &[]);
    assert_eq!(text, "Meeting\tCabinet\n");
}

#[test]
fn footnotes_are_read_after_the_paragraph_that_cites_them() {
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="f" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="e" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>"#;
    let note = |id: &str, body: &str| format!(r#"<w:footnote w:id="{id}">{body}</w:footnote>"#);
    let footnotes = format!(
        r#"<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>{}{}</w:footnotes>"#,
        note(
            "1",
            &p(&format!(
                r#"<w:r><w:footnoteRef/></w:r>{}"#,
                r(" Broken down in Appendix 3.")
            ))
        ),
        note(
            "2",
            &p(&format!(
                r#"<w:ins w:author="A">{}</w:ins>"#,
                r("Never cited.")
            ))
        ),
    );
    let endnotes = format!(
        r#"<w:endnotes xmlns:w="{W}"><w:endnote w:id="1">{}</w:endnote></w:endnotes>"#,
        p(&r("See the Local Government Act 1972."))
    );
    let fref = |kind: &str, id: &str| format!(r#"<w:r><w:{kind}Reference w:id="{id}"/></w:r>"#);
    let body = [
        p(&format!(
            "{}{}{}",
            r("The NFI matched 14,220 records"),
            fref("footnote", "1"),
            r(".")
        )),
        p(&format!("{}{}", r("Second."), fref("endnote", "1"))),
        p(&format!(
            "{}{}",
            r("Third, citing the same note."),
            fref("footnote", "1")
        )),
    ]
    .concat();
    let (text, info) = render(
        &body,
        &[
            ("word/_rels/document.xml.rels", rels),
            ("word/footnotes.xml", &footnotes),
            ("word/endnotes.xml", &endnotes),
        ],
    );
    assert_eq!(
        text,
        "The NFI matched 14,220 records.\n\nBroken down in Appendix 3.\n\nSecond.\n\n\
         See the Local Government Act 1972.\n\nThird, citing the same note.\n"
    );
    let at = |s: &str| info.describe(text.find(s).unwrap()).unwrap();
    assert_eq!(at("Broken"), "footnote 1 (page ~1)");
    assert_eq!(at("See the"), "endnote i (page ~1)");
    assert_eq!(at("Third"), "paragraph 3 (page ~1)");
    // The uncited note is not read, nor its tracked insertion reported.
    assert!(info.revisions.is_empty(), "{:?}", info.revisions);
}

#[test]
fn pages_follow_words_last_layout_when_it_is_recorded() {
    let body = [
        p(&r("one")),
        p("<w:r><w:lastRenderedPageBreak/><w:t>two</w:t></w:r>"),
        p(&r("three")),
    ]
    .concat();
    let (text, info) = render(&body, &[]);
    assert!(!info.pages_estimated);
    let page = |w: &str| info.locate(text.find(w).unwrap()).unwrap().page;
    assert_eq!((page("one"), page("two"), page("three")), (1, 2, 2));
    assert_eq!(
        info.describe(text.find("three").unwrap()).unwrap(),
        "paragraph 3 (page 2)"
    );
}

#[test]
fn entities_are_never_expanded() {
    let body = p(&r("a &amp; b &#x2019; &lol;"));
    let doc = format!(
        r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY lol "LOLLOLLOL">]><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    zip.write_all(doc.as_bytes()).unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let (text, _) = read_docx(&bytes, &Limits::default()).unwrap();
    assert_eq!(text, "a & b \u{2019}\n");
}

#[test]
fn deep_nesting_too_many_entries_and_too_much_content_are_refused() {
    let deep = "<w:sdt>".repeat(300) + &"</w:sdt>".repeat(300);
    let err = read_docx(&docx(&deep, &[]), &Limits::default()).unwrap_err();
    assert!(err.to_string().contains("more than 256 deep"), "{err}");

    let parts: Vec<(String, String)> = (0..6)
        .map(|i| (format!("word/extra{i}.xml"), String::new()))
        .collect();
    let refs: Vec<(&str, &str)> = parts
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let limits = Limits {
        entries: 5,
        ..Limits::default()
    };
    let err = read_docx(&docx(&p(&r("x")), &refs), &limits).unwrap_err();
    assert!(err.to_string().contains("more than 5 entries"), "{err}");

    // The budget is for all parts together.
    let big = "x".repeat(600_000);
    let header = format!(r#"<w:hdr xmlns:w="{W}">{}</w:hdr>"#, p(&r(&big)));
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="h" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"#;
    let limits = Limits {
        uncompressed: 1_000_000,
        ..Limits::default()
    };
    let bytes = docx(
        &p(&r(&big)),
        &[
            ("word/header1.xml", &header),
            ("word/_rels/document.xml.rels", rels),
        ],
    );
    let err = read_docx(&bytes, &limits).unwrap_err();
    assert!(err.to_string().contains("unpack to more than"), "{err}");
}

#[test]
fn encrypted_and_foreign_files_say_what_they_are() {
    let mut ole = OLE_MAGIC.to_vec();
    ole.extend([0; 64]);
    let err = read_docx(&ole, &Limits::default()).unwrap_err();
    assert!(matches!(err, DocxError::Protected), "{err}");
    assert!(err.to_string().contains("password-protected"), "{err}");
    let err = read_docx(b"hello", &Limits::default()).unwrap_err();
    assert!(matches!(err, DocxError::NotZip), "{err}");
    assert!(err.to_string().contains("not a .docx"), "{err}");
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let err = read_docx(&bytes, &Limits::default()).unwrap_err();
    assert!(matches!(err, DocxError::NoMainDocument { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "it has no word/document.xml: not a Word document"
    );
}
