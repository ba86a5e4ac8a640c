//! Entries carried on under a header field that lists the appendices: the
//! field's value holds the first entry, and the lines under it the rest,
//! as a Word cover gives them once its text is wrapped or split into lines:
//!
//! ```text
//! carried    = field_line { wrap_line } { entry_line { wrap_line } } ;
//! field_line = key ":" first_entry                    -- Enclosures: Appendix 1 – Review
//! entry_line = entry { ";" ( entry | title_part ) }   -- Appendix 2 – Draft scheme
//!            | title_part ";" entry { ";" … }         -- Services 2026/27; Appendix 2 – Revised text
//! entry      = cued_entry | bare_entry                -- (see `read`), its label new / next
//! wrap_line  = a line of the title before it: no entry, no sentence break
//! ```
//!
//! The field parser keeps the value's first line only (`**Appendices:**
//! Appendix 1 -- Annual Report of the Head of Democratic` / `Services
//! 2026/27; Appendix 2 -- Multi-location Meetings Arrangements:` /
//! `revised text`; `Appendices: 1. Precept letter and` / `medium-term
//! financial plan\` / `2. Summary of the consultation`). The lines run
//! until a blank line, a heading that is no entry, another field, a
//! table, a rule or page furniture; at most [`MAX_WRAP`] lines of a title
//! stand between two entries (any number, where each is set deeper than
//! the entry's label, as `pdftotext -layout` wraps a title in its column),
//! and lines of title after the last one belong to it only where the
//! paragraph ends there.

use super::read::{entry, next_label};
use super::{continues_title, field_decls, line_end, lists_enclosures, next_newline, Entry, List};
use crate::document::{AppendixDecl, Document, ReferenceKind, Span};
use crate::parse::inline::plain;
use crate::parse::line::{is_bare_page_number, is_page_footer, line_start};
use crate::parse::references::Cues;
use crate::parse::Vocabulary;

/// The most lines of a title wrapped between two entries, or after the last.
const MAX_WRAP: usize = 2;
/// The most lines looked at under a field.
const MAX_LINES: usize = 24;

/// The lists carried on under the paper's fields that list appendices
/// (see the module docs), each headed by its field's key. A field in a
/// table (read by `field_list_decls`), or whose lines a list in `read`
/// covers already, carries none. `heading_lines` are the first bytes of
/// the headings' lines, in order.
pub(super) fn carried(
    text: &str,
    doc: &Document,
    cues: &Cues,
    vocab: &Vocabulary,
    read: &[List],
    heading_lines: &[usize],
) -> Vec<List> {
    // Most papers have no field that lists appendices.
    if !doc
        .fields
        .iter()
        .any(|f| !f.is_empty() && lists_enclosures(&f.key, vocab))
    {
        return Vec::new();
    }
    let mut field_lines: Vec<usize> = doc
        .fields
        .iter()
        .map(|f| line_start(text, f.key_span.start))
        .collect();
    field_lines.sort_unstable();
    let stops = Stops {
        headings: heading_lines,
        fields: &field_lines,
    };
    let mut out = Vec::new();
    for f in &doc.fields {
        if f.is_empty() || !lists_enclosures(&f.key, vocab) {
            continue;
        }
        let inside = |s: Span| s.start <= f.value_span.start && f.value_span.end <= s.end;
        if doc.tables.iter().any(|t| inside(t.span)) || read.iter().any(|l| inside(l.span)) {
            continue;
        }
        let declared = field_decls(text, &f.key.to_lowercase(), f.value_span, cues);
        let Some(last) = declared.last() else {
            continue;
        };
        let seen: Vec<(ReferenceKind, String)> =
            declared.iter().map(|d| (d.kind, d.label.clone())).collect();
        let entries = carry_on(text, f.value_span.end, last, seen, cues, &stops);
        if let Some(end) = entries.last().map(|e| e.extent.end) {
            if read
                .iter()
                .any(|l| l.span.start < end && f.value_span.end < l.span.end)
            {
                continue;
            }
            let title = plain(&f.key);
            out.push(List {
                title: Some(title.trim().to_string()),
                heading: f.key_span,
                span: Span::new(f.key_span.start, end),
                entries,
                restated: None,
            });
        }
    }
    out
}

/// The first bytes of the lines that end a carried list: the headings'
/// lines and the fields' lines, each in order.
struct Stops<'a> {
    headings: &'a [usize],
    fields: &'a [usize],
}

/// The entries on the lines after the one where the field's value ends
/// (`value_end`). `last` is the field's last entry, of the kind its
/// entries are; `seen` the labels declared so far, the last of them the
/// one a bare label follows. Past [`MAX_WRAP`] lines, a title runs on
/// only in lines set deeper than its entry's label (`continues_title`).
fn carry_on(
    text: &str,
    value_end: usize,
    last: &AppendixDecl,
    mut seen: Vec<(ReferenceKind, String)>,
    cues: &Cues,
    stops: &Stops<'_>,
) -> Vec<Entry> {
    let (kind, last_start) = (last.kind, last.span.start);
    let mut entries: Vec<Entry> = Vec::new();
    // Lines of title since the last entry (or the field's value).
    let mut wrapped: Vec<Span> = Vec::new();
    let mut pos = next_line(text, line_start(text, value_end));
    // Whether the paragraph ends where the lines stop (a blank line, a
    // heading, the end of the text): then the lines of title after the
    // last entry are its.
    let mut ends_paragraph = true;
    for _ in 0..MAX_LINES {
        let Some(at) = pos else {
            break;
        };
        let end = line_end(text, at);
        let line = &text[at..end];
        let content = line.trim();
        if content.is_empty() {
            break;
        }
        if stops.fields.binary_search(&at).is_ok()
            || content.starts_with(['|', '\u{c}', '<'])
            || content.starts_with("+-")
            || content.starts_with("+=")
            || is_page_footer(content)
            || is_bare_page_number(content)
            || content
                .bytes()
                .all(|b| matches!(b, b'-' | b'=' | b'*' | b'_' | b' '))
        {
            ends_paragraph = false;
            break;
        }
        let found = line_entries(text, at, line, kind, &seen, cues);
        if found.is_empty() {
            if stops.headings.binary_search(&at).is_ok() {
                break;
            }
            let words = Span::new(
                at + (line.len() - line.trim_start().len()),
                at + line.trim_end().len(),
            );
            let under = entries.last().map_or(last_start, |e| e.span.start);
            let deeper = continues_title(text, Span::new(under, under), words);
            if (wrapped.len() >= MAX_WRAP && !deeper) || breaks_sentence(content) {
                ends_paragraph = false;
                break;
            }
            wrapped.push(Span::new(at, at + line.trim_end().len()));
            pos = next_line(text, at);
            continue;
        }
        // A line's text before its first entry, or the lines since the
        // last one, are that entry's title wrapped.
        if let Some(prev) = entries.last_mut() {
            let head = text[at..found[0].span.start].trim_end_matches([' ', '\t', ';']);
            let to = if head.trim().is_empty() {
                wrapped.last().map(|w| w.end)
            } else {
                Some(at + head.len())
            };
            if let Some(to) = to {
                prev.extent.end = prev.extent.end.max(to);
            }
        }
        wrapped.clear();
        for e in found {
            seen.push((e.kind, e.label.clone()));
            entries.push(e);
        }
        pos = next_line(text, at);
    }
    if ends_paragraph {
        if let (Some(last), Some(w)) = (entries.last_mut(), wrapped.last()) {
            last.extent.end = last.extent.end.max(w.end);
        }
    }
    entries
}

/// The start of the line after the one at `at`, if there is one.
fn next_line(text: &str, at: usize) -> Option<usize> {
    next_newline(text, at)
        .map(|i| i + 1)
        .filter(|&i| i < text.len())
}

/// Whether a line breaks between two sentences ("… impact. The
/// Council …"): prose, not a title wrapped.
pub(super) fn breaks_sentence(content: &str) -> bool {
    content
        .match_indices(". ")
        .any(|(i, _)| content[i + 2..].starts_with(char::is_uppercase))
}

/// The entries on the line at `at`: one that opens it, and one after each
/// semicolon. Each must carry a label not `seen` yet; a bare label must
/// follow the last one seen (`entry` asks for it). Text between them is a
/// title's.
fn line_entries(
    text: &str,
    at: usize,
    line: &str,
    kind: ReferenceKind,
    seen: &[(ReferenceKind, String)],
    cues: &Cues,
) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut from = 0;
    let bytes = line.as_bytes();
    loop {
        let to = memchr::memchr(b';', &bytes[from..]).map_or(line.len(), |i| from + i);
        let piece = &line[from..to];
        let last = out
            .last()
            .map(|e| e.label.as_str())
            .or_else(|| seen.last().map(|(_, l)| l.as_str()));
        let next = next_label(last);
        if let Some(mut e) = entry(text, at + from, piece, kind, &next, cues) {
            let known = |(k, l): (ReferenceKind, &str)| k == e.kind && l == e.label;
            let repeated = seen.iter().any(|(k, l)| known((*k, l)))
                || out.iter().any(|o| known((o.kind, &o.label)));
            if !repeated {
                e.extent = e.span;
                out.push(e);
            }
        }
        if to == line.len() {
            break;
        }
        from = to + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::document::AppendixSource;

    /// The labels of the appendices a paper declares, and where each is
    /// declared.
    fn declared(text: &str) -> Vec<(String, AppendixSource)> {
        crate::parse::parse(text)
            .appendices
            .iter()
            .map(|d| (d.label.clone(), d.source))
            .collect()
    }

    /// The appendices a paper mentions.
    fn mentioned(text: &str) -> Vec<String> {
        crate::parse::parse(text)
            .references
            .iter()
            .map(|r| r.target.clone())
            .collect()
    }

    const BODY: &str = "\n\n## 1. Purpose\n\n1.1 The scheme at Appendix 1 is proposed.\n";

    #[test]
    fn entries_on_lines_under_a_field_are_listed() {
        let text = format!(
            "Meeting: Cabinet\nEnclosures: Appendix 1 – Review of public conveniences\n\
             Appendix 2 – Draft Community Toilet Scheme{BODY}"
        );
        assert_eq!(
            declared(&text),
            [
                ("1".into(), AppendixSource::Field),
                ("2".into(), AppendixSource::List)
            ]
        );
        assert_eq!(mentioned(&text), ["1"]);
    }

    #[test]
    fn entries_after_a_semicolon_on_a_wrapped_value_are_listed() {
        let text = format!(
            "Meeting: Cabinet\n\n**Appendices:** Appendix 1 -- Annual Report of the Head of Democratic\n\
             Services 2026/27; Appendix 2 -- Multi-location Meetings Arrangements:\nrevised text{BODY}"
        );
        let labels: Vec<String> = declared(&text).into_iter().map(|(l, _)| l).collect();
        assert_eq!(labels, ["1", "2"]);
        // The entry's own words are no mention of it.
        assert_eq!(mentioned(&text), ["1"]);
    }

    #[test]
    fn numbered_entries_after_a_hard_break_are_listed() {
        let text = format!(
            "**Report of:** the Commissioner\n\n**Appendices:** 1. Precept proposal letter and\n\
             medium-term financial plan 2028/29 to 2031/32\\\n2. Summary of the public consultation{BODY}"
        );
        let labels: Vec<String> = declared(&text).into_iter().map(|(l, _)| l).collect();
        assert_eq!(labels, ["1", "2"]);
    }

    #[test]
    fn a_title_wrapped_deeper_than_its_label_runs_on_past_two_lines() {
        // The field's value is its first line; the rest, as
        // `pdftotext -layout` sets out a cover's column, carries on.
        let text = format!(
            "Meeting: Cabinet\nAppendices: 1   Proposed structure\n\
             \x20           2   Affected postholders, costs and assimilation\n\
             \x20               for the posts of Director of Place and of\n\
             \x20               Director of Communities, with the pension\n\
             \x20               strain costs for each (exempt)\n\
             \x20           3   Summary of consultation responses{BODY}"
        );
        let labels: Vec<String> = declared(&text).into_iter().map(|(l, _)| l).collect();
        assert_eq!(labels, ["1", "2", "3"]);
        // Near miss: the same lines at the margin are text running on,
        // three lines of it too many for a title.
        let flush = text.replace("\n               ", "\n");
        let labels: Vec<String> = declared(&flush).into_iter().map(|(l, _)| l).collect();
        assert_eq!(labels, ["1", "2"]);
    }

    #[test]
    fn prose_or_another_field_under_the_field_lists_nothing() {
        // Near misses: a sentence that cites an appendix, a number out of
        // sequence, another field, a paragraph after a blank line, prose
        // running on for lines.
        for after in [
            "Appendix 2 sets out the draft scheme.",
            "3. Summary of the consultation",
            "Contact: Appendix 2 – Draft scheme",
            "\nAppendix 2 – Draft scheme",
            "The review looked at eleven sites. Four need work and\nthe costs are high and\nrising fast and\nAppendix 2 – Draft scheme",
        ] {
            let text = format!(
                "Meeting: Cabinet\nAppendices: 1. Review of public conveniences\n{after}{BODY}"
            );
            // (A line of its own may still be a heading that attaches
            // Appendix 2: no list carries it.)
            let listed: Vec<(String, AppendixSource)> = declared(&text)
                .into_iter()
                .filter(|(_, s)| *s != AppendixSource::Heading)
                .collect();
            assert_eq!(listed, [("1".into(), AppendixSource::Field)], "{after}");
        }
    }
}
