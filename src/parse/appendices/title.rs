//! List lines: whether a heading or a line names a list of appendices
//! (`Appendices`, `## 9. Use of Appendices`, `APPENDICES / ATODIADAU`).

use crate::document::ReferenceKind;

/// Words that name a list of appendices, in lower case. Left in Rust for
/// now, though titles are a council's words: they are bound to the
/// appendix and annex cues of the reference grammar and to the byte
/// prefilter [`names_a_list`] ("appen"/"annex"), which is why "enclosures"
/// and "attachments" here are never reached (`is_appendix_list` in the
/// builder reads them as list titles instead). Moving them into the
/// vocabulary means a prefilter built from it, and a change of output.
const LIST_WORDS: &[(&str, ReferenceKind)] = &[
    ("appendices", ReferenceKind::Appendix),
    ("appendixes", ReferenceKind::Appendix),
    ("appendix", ReferenceKind::Appendix),
    ("annexes", ReferenceKind::Annex),
    ("annexe", ReferenceKind::Annex),
    ("annex", ReferenceKind::Annex),
    ("annexures", ReferenceKind::Annex),
    ("enclosures", ReferenceKind::Appendix),
    ("enclosure", ReferenceKind::Appendix),
    ("attachments", ReferenceKind::Appendix),
];

/// Words that may come before the list word: "Use of Appendices", "List of
/// appendices", "Report appendices", "Schedule of annexes".
/// Function words around a list title: grammar, beside the list words.
const LEAD_WORDS: &[&[&str]] = &[
    &["use", "of"],
    &["list", "of"],
    &["schedule", "of"],
    &["report"],
    &["the"],
];

/// Words that may come after it: "Appendices to this report", "Annexes
/// attached", "List of Appendices Included".
/// Function words around a list title: grammar, beside the list words.
const TAIL_WORDS: &[&[&str]] = &[
    &["to", "this", "report"],
    &["to", "the", "report"],
    &["to", "this", "paper"],
    &["to", "the", "paper"],
    &["attached"],
    &["(attached)"],
    &["included"],
    &["enclosed"],
];

/// Whether a heading title or a line names a list of appendices, and of
/// which kind its bare labels are: `Appendices` (appendix), `Annexes:`
/// (annex), `## 9. Use of Appendices`, `13. APPENDICES / ATODIADAU`.
/// `Appendix A – Title` is an appendix, not a list of them.
pub(super) fn list_title(line: &str) -> Option<ReferenceKind> {
    // Called on every line: bail out before trimming when no part of the
    // line could pass `list_words`.
    if !names_a_list(line) {
        return None;
    }
    let s = strip_number(trim_marks(line));
    let s = s.trim_end_matches(|c: char| {
        matches!(c, ':' | '.' | '*' | '_' | '#' | '|') || c.is_whitespace()
    });
    if s.is_empty() || s.len() > 60 || !s.is_char_boundary(1) {
        return None;
    }
    // Bilingual titles: "APPENDICES / ATODIADAU".
    s.split(" / ").find_map(|part| list_words(part.trim()))
}

/// Whether `title` (a heading's plain title) names a list of appendices.
pub(crate) fn is_list_title(title: &str) -> bool {
    list_title(title).is_some()
}

fn list_words(s: &str) -> Option<ReferenceKind> {
    // Every list word holds "appen" or "annex": most titles stop here,
    // before anything is lower-cased or split.
    if !names_a_list(s) || s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let mut w = &words[..];
    for _ in 0..2 {
        if let Some(lead) = LEAD_WORDS.iter().find(|l| w.starts_with(l)) {
            w = &w[lead.len()..];
        }
    }
    let (first, tail) = w.split_first()?;
    let kind = LIST_WORDS.iter().find(|(lw, _)| lw == first)?.1;
    (tail.is_empty() || TAIL_WORDS.contains(&tail)).then_some(kind)
}

/// Whether `s` holds "appen" or "annex" in any case.
fn names_a_list(s: &str) -> bool {
    // (memchr for the "a" is no faster: it is too common a letter.) The
    // first byte is tested here, in the loop, before the call.
    let b = s.as_bytes();
    (0..b.len().saturating_sub(4)).any(|i| b[i] | 0x20 == b'a' && opens_list_word(&b[i..]))
}

/// Whether `bytes` open with "appen" or "annex", in any case: the start
/// every appendix and annex word shares.
pub(super) fn opens_list_word(bytes: &[u8]) -> bool {
    let Some(head) = bytes.get(..5) else {
        return false;
    };
    // Both open with an "a": test that byte before the rest.
    head[0] | 0x20 == b'a'
        && (head.eq_ignore_ascii_case(b"appen") || head.eq_ignore_ascii_case(b"annex"))
}

/// Trims white space, form feeds, ATX hashes, emphasis, pipes and setext
/// underlines from both ends, and the Pandoc bookmarks that open a Word
/// heading (`# []{#_Toc161200123 .anchor}**10. APPENDICES**` gives `10.
/// APPENDICES`).
pub(super) fn trim_marks(s: &str) -> &str {
    let marks = |c: char| c.is_whitespace() || matches!(c, '#' | '*' | '_' | '|' | '\u{c}');
    let s = s.trim_matches(marks);
    match crate::parse::inline::pandoc_anchors_len(s) {
        0 => s,
        n => s[n..].trim_matches(marks),
    }
}

/// Drops a leading section number: `13.`, `7`, `XI.`, `J.`, `Section 9:`,
/// `Part 3 –`, and pandoc's escaped `13\.`.
pub(super) fn strip_number(s: &str) -> &str {
    let lower_starts = |p: &str| {
        s.len() >= p.len() && s.is_char_boundary(p.len()) && s[..p.len()].eq_ignore_ascii_case(p)
    };
    let mut rest = s;
    if lower_starts("section ") || lower_starts("part ") {
        let after = &s[s.find(' ').unwrap_or(0) + 1..];
        let n = after
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if (1..=4).contains(&n) {
            rest = after[n..].trim_start_matches([' ', ':', '.', '-', '–', '—']);
            return rest.trim_start();
        }
    }
    let token_len = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    if token_len > 0
        && rest[..token_len]
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit())
    {
        let after = &rest[token_len..];
        let after = after.strip_prefix("\\.").unwrap_or(after);
        return after.trim_start_matches([' ', '\t', '\u{a0}', ')', ':']);
    }
    // "XI. Appendices", "J. Annexes": a roman numeral or one capital and a dot.
    let caps = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    if caps > 0 && rest[caps..].starts_with(". ") {
        let token = &rest[..caps];
        if caps == 1
            || token
                .bytes()
                .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
        {
            return rest[caps + 1..].trim_start();
        }
    }
    rest
}
