//! Property tests: arbitrary bytes never panic the reader or the parser,
//! and every span stays inside the text on character boundaries.

use paperlint::parse::parse;
use paperlint::source::SourceFile;
use proptest::prelude::*;

fn spans_ok(text: &str) {
    let doc = parse(text);
    let mut spans = Vec::new();
    spans.extend(
        doc.sections
            .iter()
            .flat_map(|s| [s.heading, s.title_span, s.span]),
    );
    spans.extend(doc.paragraphs.iter().flat_map(|p| [p.span, p.text]));
    spans.extend(
        doc.fields
            .iter()
            .flat_map(|f| [f.span, f.key_span, f.value_span]),
    );
    spans.extend(doc.references.iter().flat_map(|r| [r.span, r.target_span]));
    spans.extend(doc.dates.iter().map(|d| d.span));
    spans.extend(doc.tables.iter().map(|t| t.span));
    for s in spans {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
}

/// Text assembled from fragments that real papers are made of.
fn paper_like() -> impl Strategy<Value = String> {
    let fragment = prop::sample::select(vec![
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        " ",
        "**",
        "# ",
        "### ",
        "1. ",
        "1.1 ",
        "- ",
        "(a) ",
        "ii) ",
        "5.2** ",
        "PURPOSE",
        "Legal Implications",
        "Section 2: Report",
        "**WARDS AFFECTED:**",
        "Key Decision\tYes",
        "| Meeting | Cabinet |",
        "LEGAL\t✓\t",
        "YES/NO",
        "Appendix B",
        "paragraph 4.3",
        "Also refer to 1.8",
        "3<sup>RD</sup> FEBRUARY 2005",
        "17.09.03",
        "Oct '03",
        "31/02/2024",
        "<table><tr><td>x</td></tr></table>",
        "<!-- paperlint: allow(contact-details) -->",
        "é",
        "’",
        "’s",
        "“",
        "\u{a0}",
        "\u{200b}",
        "—",
        "J. ",
        ". ",
        "; ",
        ";\n",
        "Smith",
        "•\n",
        "◆",
        "£1.5m",
        "FORWARD TIMETABLE OF MEETINGS:",
        "Report of the Director",
        "Contact Officer: Jo",
        "see 4.1",
        "Annex A",
        "<sup>",
        "&amp;",
        "\\",
    ]);
    prop::collection::vec(fragment, 0..80).prop_map(|v| v.concat())
}

proptest! {
    // PROPTEST_CASES=N runs longer (see the README); 2,000 by default.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000),
        .. ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(src) = SourceFile::from_bytes("fuzz.md", bytes) {
            spans_ok(&src.text);
        }
    }

    #[test]
    fn paper_like_text_keeps_spans_valid(text in paper_like()) {
        spans_ok(&text);
    }
}
