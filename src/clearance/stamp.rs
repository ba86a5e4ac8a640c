//! The initials stamp: an officer's initials and a date where a signature
//! would name them (form 5 of the module documentation). A line that is
//! only a label naming the sign-off, the initials and the date ("Finance:
//! SH 14/03/25"), or a bracket holding only the initials and the date
//! ("(JS 28/01/25)"). Or a code stamp that is the whole unit, a line of
//! its own: the initials, the date as eight figures and a team code,
//! perhaps in brackets ("[JB/03032027/P]" closing the financial
//! implications). [`scan_unit`] tries them on each unit of a sign-off
//! section, block, table row or line, so capitals and a date elsewhere in
//! a paper are never read as one.

use super::*;
use crate::document::DateValue;
use crate::template::{code_stamp, is_initials, opens_with_stamp_date};

/// Where the initials that open flat text `s` end, when a date follows
/// them with at most a comma, dash or slash between: "SH 14/03/25".
fn initials_then_date(
    doc: &Document,
    flat: &Flat,
    at: usize,
    end: usize,
) -> Option<(usize, DateMention)> {
    let s = &flat.text[at..end];
    let word = s
        .find(|c: char| c.is_whitespace() || c == ',')
        .unwrap_or(s.len());
    if !is_initials(&s[..word]) {
        return None;
    }
    let date = date_in(doc, flat.span(at + word, end))?;
    let between = &flat.text[at + word..flat.pos(date.span.start).clamp(at + word, end)];
    if !between
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | '-' | '–' | '/'))
    {
        return None;
    }
    // Nothing but punctuation after the date.
    let after = &flat.text[flat.pos(date.span.end).min(end)..end];
    if !after
        .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        .is_empty()
    {
        return None;
    }
    Some((word, date))
}

/// Whether every use of `initials` in the paper stands before a date
/// (perhaps labelled "Date:"), as a stamp's initials do: an abbreviation used in the prose ("the CIL
/// 14/03/25 figures", "the CIL is charged") is not someone's initials.
pub(super) fn only_stamps(text: &str, doc: &Document, initials: &str) -> bool {
    let bytes = text.as_bytes();
    for (at, _) in text.match_indices(initials) {
        let end = at + initials.len();
        let word_before = at > 0 && bytes[at - 1].is_ascii_alphanumeric();
        let word_after = end < bytes.len() && bytes[end].is_ascii_alphanumeric();
        if word_before || word_after {
            continue;
        }
        let gap = |from: usize| {
            from + text[from..]
                .find(|c: char| !(c.is_whitespace() || matches!(c, ',' | '-' | '–' | '/')))
                .unwrap_or(text.len() - from)
        };
        let mut next = gap(end);
        // A stamp's labelled date: "Officer Initials: HRB  Date: 19/03/27".
        if text
            .get(next..next + 5)
            .is_some_and(|l| l.eq_ignore_ascii_case("date:"))
        {
            next = gap(next + 5);
        }
        if dates_from(doc, next)
            .first()
            .is_none_or(|d| d.span.start != next)
            && !opens_with_stamp_date(&text[next..])
        {
            return false;
        }
    }
    true
}

/// `span` with the backslash before its first character, where Pandoc
/// escaped an opening bracket (`\[JB/03032027/P\]`), taken in.
fn escaped(text: &str, span: Span) -> Span {
    if span.start > 0 && text.as_bytes()[span.start - 1] == b'\\' {
        Span::new(span.start - 1, span.end)
    } else {
        span
    }
}

/// The initials stamps in one unit (flat text `flat`) that no other form
/// has `taken`.
pub(super) fn stamps(
    text: &str,
    doc: &Document,
    template: &Template,
    flat: &Flat,
    place: Place,
    taken: &[(usize, usize)],
    context_role: &dyn Fn(&str) -> Option<String>,
) -> Vec<Clearance> {
    let ft = flat.text.as_str();
    let mut out = Vec::new();
    // (The role is asked for only once a stamp is found.)
    let clearance = |at: usize, end: usize, role: &dyn Fn() -> Option<String>| {
        let (word, date) = initials_then_date(doc, flat, at, end)?;
        let initials = flat.item(at, at + word);
        if !only_stamps(text, doc, &initials.text) {
            return None;
        }
        Some(Clearance {
            role: role(),
            officer: Some(initials),
            post: None,
            date: Some(date),
            span: flat.span(at, end),
            place,
        })
    };
    // "Finance: SH 14/03/25": the whole unit, or its last sentence ("…
    // Income is forecast at £118,600. Finance: JW 4/11/25."), after a
    // label naming the sign-off.
    let whole = ft.trim_end();
    // A labelled stamp has a colon: without one, no sentence is read.
    let has_colon = memchr::memchr(b':', whole.as_bytes()).is_some();
    let last = whole
        .trim_end_matches('.')
        .len()
        .checked_sub(1)
        .filter(|_| has_colon)
        .map_or(0, |at| sentence_bounds(whole, at).0);
    let starts = if last > 0 { vec![0, last] } else { vec![0] };
    for from in starts {
        let piece = &whole[from..];
        if !out.is_empty() || taken.iter().any(|&(a, b)| a < whole.len() && b > from) {
            continue;
        }
        let Some((l, rest)) = label_prefix(piece, &template.vocabulary.not_names) else {
            continue;
        };
        let Some(role) = label_role(template, &piece[..l]) else {
            continue;
        };
        if let Some(mut c) = clearance(from + rest, whole.len(), &|| Some(role.clone())) {
            c.span = flat.span(from, whole.len());
            out.push(c);
        }
    }
    // "[JB/03032027/P]": a code stamp, the whole unit.
    if out.is_empty() && taken.is_empty() {
        if let Some(c) = code_stamp(whole) {
            let initials = flat.item(c.initials.0, c.initials.1);
            if only_stamps(text, doc, &initials.text) {
                out.push(Clearance {
                    role: context_role(ft),
                    officer: Some(initials),
                    post: None,
                    date: Some(DateMention {
                        span: flat.span(c.date.0, c.date.1),
                        value: DateValue {
                            year: Some(c.year),
                            month: c.month,
                            day: Some(c.day),
                            end_month: None,
                        },
                    }),
                    span: escaped(text, flat.span(0, whole.len())),
                    place,
                });
            }
        }
    }
    // "(JS 28/01/25)": a bracket holding only initials and a date.
    for (open, _) in ft.match_indices('(') {
        if taken.iter().any(|&(a, b)| open >= a && open < b) {
            continue;
        }
        let Some(close) = unbalanced_close(&ft[open + 1..]).map(|c| open + 1 + c) else {
            continue;
        };
        let inner = open + 1 + (ft[open + 1..close].len() - ft[open + 1..close].trim_start().len());
        if let Some(mut c) = clearance(inner, close, &|| context_role(ft)) {
            c.span = flat.span(open, close + 1);
            out.push(c);
        }
    }
    out
}
