//! The reader on the real seed papers (skipped when they are missing).

use super::*;

#[test]
fn seed_000_luton_appendices() {
    let Some(text) = seed("000_") else {
        eprintln!("seeds missing: skipped");
        return;
    };
    let refs = find_references(&text, 0);
    let got: Vec<_> = refs
        .iter()
        .map(|r| (r.kind, r.target.as_str(), r.span.of(&text), r.external))
        .collect();
    assert_eq!(
        got,
        vec![
            (Appendix, "B", "Appendix B", false),
            (Appendix, "A", "Appendix A", false),
        ]
    );
    let b = &refs[0];
    let line_start = text[..b.span.start].rfind('\n').map_or(0, |p| p + 1);
    assert!(text[line_start..].starts_with("8. This report which is in Appendix B"));
    let a = &refs[1];
    assert!(text[a.span.start..].starts_with("Appendix A: Joint Review Action Plan."));
}

/// The block from each "Also refer to" up to the next blank line followed
/// by a numbered heading, as the caller would pass it.
fn also_refer_blocks(text: &str) -> Vec<(usize, &str)> {
    let mut blocks = Vec::new();
    let mut from = 0;
    while let Some(p) = text[from..].find("Also refer to") {
        let start = from + p;
        let mut end = text.len();
        let mut search = start;
        while let Some(q) = text[search..].find("\n\n") {
            let at = search + q;
            let next = text[at..].trim_start_matches('\n');
            let digits = next.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && next[digits..].starts_with(". ") {
                end = at;
                break;
            }
            search = at + 2;
        }
        blocks.push((start, &text[start..end]));
        from = start + 1;
    }
    blocks
}

#[test]
fn seed_002_also_refer_to() {
    let Some(text) = seed("002_") else {
        eprintln!("seeds missing: skipped");
        return;
    };
    let blocks = also_refer_blocks(&text);
    assert_eq!(blocks.len(), 6);
    let numbers: Vec<Vec<String>> = blocks
        .iter()
        .map(|&(start, block)| {
            let refs = find_references(block, start);
            for r in &refs {
                assert_eq!(r.kind, Paragraph);
                assert!(!r.external);
                assert_eq!(&text[r.target_span.start..r.target_span.end], r.target);
            }
            refs.into_iter().map(|r| r.target).collect()
        })
        .collect();
    assert_eq!(numbers[0], ["1.1", "1.8", "1.9"]);
    assert_eq!(numbers[1], ["1.6", "4.1", "2.1", "4.3", "2.6"]);
    assert_eq!(numbers[2], ["5.2"]);
    assert_eq!(numbers[3], ["5.1"]);
    assert_eq!(numbers[4], ["1.9", "1.11", "7.6"]);
    assert_eq!(
        numbers[5],
        ["2.6", "5.9", "5.3", "9.1", "5.5", "9.15", "5.8"]
    );

    // The whole text gives the same, and nothing else.
    let all: Vec<String> = find_references(&text, 0)
        .into_iter()
        .map(|r| r.target)
        .collect();
    assert_eq!(all, numbers.concat());
}

#[test]
fn seeds_raise_no_false_references() {
    // The other seeds cite nothing: every hit would be a false alarm.
    for prefix in ["001_", "003_", "004_"] {
        let Some(text) = seed(prefix) else {
            eprintln!("seeds missing: skipped");
            return;
        };
        let refs = find_references(&text, 0);
        let got: Vec<_> = refs.iter().map(|r| r.span.of(&text)).collect();
        assert!(got.is_empty(), "seed {prefix}: {got:?}");
    }
}
