//! The parsed tree of every seed and sample, pinned as reviewed snapshots,
//! and the span invariants that every tree must keep.

mod common;

use paperlint::document::Document;
use paperlint::parse::{inline::plain, parse};
use paperlint::report::tree::outline;
use paperlint::source::SourceFile;

fn load(path: &std::path::Path) -> SourceFile {
    let bytes = std::fs::read(path).expect("read fixture");
    SourceFile::from_bytes(common::rel(path), bytes).expect("fixture is text")
}

#[test]
fn outlines_of_seeds_and_samples() {
    for path in common::papers() {
        let src = load(&path);
        let doc = parse(&src.text);
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        insta::with_settings!({snapshot_suffix => name, prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!("outline", outline(&src, &doc));
        });
    }
}

/// Every span lies on character boundaries, inside the text, and covers
/// what the node says it covers.
fn check_spans(text: &str, doc: &Document) {
    let ok = |s: paperlint::document::Span, what: &str| {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{what} span {s} out of range"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{what} span {s} splits a character"
        );
    };
    for s in &doc.sections {
        ok(s.heading, "heading");
        ok(s.title_span, "title");
        ok(s.span, "section");
        assert!(
            s.span.contains(s.heading),
            "section {:?} does not contain its heading",
            s.title
        );
        let written = plain(s.title_span.of(text));
        assert!(
            written.trim_end_matches(':').trim() == s.title,
            "title span reads {written:?}, node says {:?}",
            s.title
        );
    }
    for p in &doc.paragraphs {
        ok(p.span, "paragraph");
        ok(p.text, "paragraph text");
        if let Some(n) = &p.number {
            ok(n.span, "number");
            assert!(
                n.span.of(text).contains(n.label.as_str()),
                "number span {:?} is not {}",
                n.span.of(text),
                n.label
            );
        }
    }
    for f in &doc.fields {
        ok(f.span, "field");
        ok(f.key_span, "key");
        ok(f.value_span, "value");
        assert_eq!(
            plain(f.key_span.of(text)).trim_end_matches(':').trim(),
            f.key
        );
        assert_eq!(plain(f.value_span.of(text)), f.value);
    }
    for d in &doc.dates {
        ok(d.span, "date");
    }
    for r in &doc.references {
        ok(r.span, "reference");
        ok(r.target_span, "reference target");
    }
    for t in &doc.tables {
        ok(t.span, "table");
        for row in &t.rows {
            for c in &row.cells {
                ok(c.span, "cell");
                assert_eq!(plain(c.span.of(text)), c.text);
            }
        }
    }
    for i in &doc.implications {
        ok(i.span, "implication");
    }
}

#[test]
fn spans_read_back_as_what_the_tree_says() {
    for path in common::papers() {
        let src = load(&path);
        let doc = parse(&src.text);
        check_spans(&src.text, &doc);
    }
}

#[test]
fn crlf_and_lf_give_the_same_tree() {
    let path = common::root().join("samples/08-crlf-windows.md");
    let crlf = load(&path);
    assert!(crlf.text.contains("\r\n"), "the sample keeps CRLF endings");
    let lf_text = crlf.text.replace("\r\n", "\n");
    let a = parse(&crlf.text);
    let b = parse(&lf_text);
    let titles = |d: &Document| {
        d.sections
            .iter()
            .map(|s| s.title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&a), titles(&b));
    assert_eq!(a.paragraphs.len(), b.paragraphs.len());
    check_spans(&crlf.text, &a);
}

#[test]
fn degenerate_inputs_parse_without_trouble() {
    // Empty, one 5 MB line, 100,000 nested list levels, 100,000 headings.
    let empty = parse("");
    assert!(empty.sections.is_empty());
    let long_line = "word ".repeat(1_000_000);
    let doc = parse(&long_line);
    assert_eq!(doc.paragraphs.len(), 1);
    let nested: String = (0..100_000)
        .map(|i| format!("{}- item {i}\n", " ".repeat(i % 2000)))
        .collect();
    let doc = parse(&nested);
    check_spans(&nested, &doc);
    let deep_number = format!("{} deep\n", "1.".repeat(100_000));
    let doc = parse(&deep_number);
    check_spans(&deep_number, &doc);
    let headings: String = (0..100_000)
        .map(|i| format!("{} Heading {i}\n\n", "#".repeat(1 + i % 6)))
        .collect();
    let doc = parse(&headings);
    assert_eq!(doc.sections.len(), 100_000);
    assert!(doc.sections.iter().all(|s| s.level <= 8));
}
