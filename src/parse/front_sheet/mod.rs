//! The front sheet: header fields laid out over several lines, and the
//! meeting the header names.
//!
//! The line-by-line builder reads a field written on one line (`Key: value`,
//! `**Key:** value`, a two-column table row). Councils also write:
//!
//! ```text
//! split_field  = key_line (blank{0,2} value_line+)     -- From: / blank / Jane Smith, Director
//! key_line     = [bullet] field-with-no-value           -- Meeting:   |  - **Meeting:**
//! value_line   = a short line that is no key line, heading, table row or sentence
//! bullet_field = bullet one-line-field                  -- - **Meeting:** Cabinet
//! hanging_wrap = one-line-field (NL indent value_line){1,4}
//!                -- Title:   Acquisition of the depot for affordable
//!                --          housing        (each wrapped line indented past the key)
//! ```
//!
//! [`read`] looks for these before the builder runs, over the lines that
//! open the paper (the front sheet ends at the first heading, numbered
//! paragraph or piece of prose after a field), and says which lines each
//! field takes so that the builder does not read them again as headings
//! or paragraphs. Evidence is layout, not position: a line is a key only
//! when it reads as one (a label and a colon), and a value only when it is
//! short and follows a key.
//!
//! [`meetings`] then reads the meeting from the header fields: a meeting
//! field (`Meeting:`, `To:`, `Report to:`), its date (inside its value, as
//! in `To: Cabinet – 30 January 2025`, or in a date field), and, where no
//! field names the meeting, a committee's name standing alone under the
//! council's (`WESTMARCH COUNTY COUNCIL` / `CABINET` / `DATE: …`), or as a
//! heading under it (`## Cabinet`, `Report to Council` over `-----`), or an
//! unlabelled `| Overview and Scrutiny Committee | 18 June 2024 |` row. A
//! title line may be bilingual (`ADRODDIAD I'R CABINET / REPORT TO
//! CABINET`): each side is read, after a leading "Report to". A date alone
//! on the line under the committee's name (`Executive` / `12 March 2025`)
//! is the meeting's when no date field gives it. The paper's first line is
//! the council's name, never the meeting.
//! The parser knows no rule pack, so the few labels that name a meeting
//! and its date are listed here ([`MEETING_KEYS`], [`DATE_KEYS`]); the
//! rules match every field against the pack's aliases as before.

use super::field;
use super::inline::{is_capitals, plain, word_count};
use super::line::{Line, LineKind};
use crate::document::{DateMention, Field, Meeting, Span};

/// Labels (normalised) whose field names the meeting.
pub(crate) const MEETING_KEYS: &[&str] = &[
    "meeting",
    "meeting of",
    "committee",
    "to",
    "report to",
    "report for",
    "decision maker",
    "decision-maker",
    "board",
    "panel",
    "forum",
];

/// Labels (normalised) whose field gives the meeting's date.
pub(crate) const DATE_KEYS: &[&str] = &[
    "date",
    "date of meeting",
    "meeting date",
    "date of decision",
    "date of cabinet",
    "date of committee",
];

/// Words that end a committee's name.
const BODY_WORDS: &[&str] = &[
    "cabinet",
    "council",
    "committee",
    "sub-committee",
    "board",
    "panel",
    "executive",
    "authority",
    "forum",
    "commission",
];

/// How many lines a front sheet's title block may take before its first field.
const MAX_LINES_BEFORE_FIELDS: usize = 12;
/// How many lines one value may take.
const MAX_VALUE_LINES: usize = 4;
/// How many blank lines may stand between a key and its value.
const MAX_BLANKS_BEFORE_VALUE: usize = 2;

/// A field the front sheet gives, and the lines it takes.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The field's first line.
    pub(crate) line: usize,
    /// The line after its last.
    pub(crate) next: usize,
    pub(crate) field: Field,
}

/// A line of the title block, before the first field.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TitleLine {
    pub(crate) span: Span,
    /// An ATX or setext heading (`## Cabinet`, `Cabinet` over `-----`).
    pub(crate) heading: bool,
}

/// What [`read`] found.
#[derive(Debug, Clone, Default)]
pub(crate) struct FrontSheet {
    /// Multi-line and bulleted fields, in line order.
    pub(crate) entries: Vec<Entry>,
    /// A line naming the meeting without a label (`CABINET` under the
    /// council's name), when one stands before the first field.
    pub(crate) body_line: Option<Span>,
    /// A date alone on its line right under a line naming the meeting
    /// (`Executive` / `12 March 2025`): the meeting's date.
    pub(crate) body_date: Option<Span>,
    /// Lines before the first field (headings included): one may name the
    /// meeting and its date (`# Cabinet – 5th February 2025`).
    pub(crate) title_lines: Vec<TitleLine>,
    /// Where the last field the front sheet read ends: the header runs
    /// at least this far.
    pub(crate) fields_end: usize,
}

/// The line's content with a leading form feed (a PDF page break) dropped,
/// and where that content starts in the text.
fn content_of<'a>(line: &Line<'a>) -> (&'a str, usize) {
    let c = line.content();
    let t = c.trim_start_matches(['\u{c}', ' ', '\t', '\u{a0}']);
    (
        t.trim_end(),
        line.start + line.content_at + (c.len() - t.len()),
    )
}

/// The one-line field on line `i`, bullet looked through.
fn field_on(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> Option<Field> {
    let (content, base) = content_of(&lines[i]);
    match &kinds[i] {
        LineKind::Text => {
            if !content.contains(':') {
                return stacked_bold_key(lines, kinds, i);
            }
            field::field(content, base, true)
        }
        LineKind::Item(m) if m.bullet.is_some() && m.number.is_none() => {
            let at = m.text_start.min(lines[i].content().len());
            let rest = &lines[i].content()[at..];
            let t = rest.trim_start();
            if let Some(f) = dash_field(lines, kinds, i) {
                return Some(f);
            }
            if !t.contains(':') {
                return None;
            }
            field::field(
                t.trim_end(),
                lines[i].start + lines[i].content_at + at + (rest.len() - t.len()),
                true,
            )
        }
        _ => None,
    }
}

/// The dashes that may part a bulleted key from its value.
const DASHES: [&str; 3] = [" – ", " — ", " - "];

/// A bulleted key and value parted by a dash, `* Report of – Head of
/// Planning`, with no colon: the key and its value, offsets into `t`.
fn dash_split(t: &str) -> Option<((usize, usize), (usize, usize))> {
    let (at, dash) = DASHES
        .iter()
        .filter_map(|d| t.find(d).map(|at| (at, *d)))
        .min_by_key(|(at, _)| *at)?;
    let key = plain(&t[..at]);
    let key = key.trim();
    let value = t[at + dash.len()..].trim_end();
    (field::is_key(key) && !value.trim().is_empty() && !t[..at].contains(':'))
        .then_some(((0, at), (at + dash.len(), at + dash.len() + value.len())))
}

/// The text of bulleted line `i` after its bullet, and where it starts.
fn bullet_text<'a>(lines: &[Line<'a>], kinds: &[LineKind], i: usize) -> Option<(&'a str, usize)> {
    match &kinds[i] {
        LineKind::Item(m) if m.bullet.is_some() && m.number.is_none() => {
            let content = lines[i].content();
            let at = m.text_start.min(content.len());
            let rest = &content[at..];
            let t = rest.trim_start();
            Some((
                t,
                lines[i].start + lines[i].content_at + at + (rest.len() - t.len()),
            ))
        }
        _ => None,
    }
}

/// A field on bulleted line `i` written `Key – value` (en dash, em dash or
/// hyphen between spaces, no colon before the dash; the value may hold
/// one: `Report title – Dog Control: Renewal`), when the line is one of a run of at least three
/// such bullets: a front sheet laid out as a list, where one dashed bullet
/// alone (`* Option A – do nothing`) is no evidence of a field.
fn dash_field(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> Option<Field> {
    let (t, base) = bullet_text(lines, kinds, i)?;
    let ((ks, ke), (vs, ve)) = dash_split(t)?;
    let dashed =
        |k: usize| bullet_text(lines, kinds, k).is_some_and(|(t, _)| dash_split(t).is_some());
    let mut run = 1;
    let mut k = i;
    while k > 0 && run < 3 && dashed(k - 1) {
        run += 1;
        k -= 1;
    }
    let mut k = i + 1;
    while k < lines.len() && run < 3 && dashed(k) {
        run += 1;
        k += 1;
    }
    if run < 3 {
        return None;
    }
    let (inner_at, inner) = super::inline::trim_markup(&t[vs..ve]);
    Some(Field {
        key: plain(&t[ks..ke]).trim().to_string(),
        key_span: Span::new(base + ks, base + ke),
        value: plain(&t[vs..ve]).trim().to_string(),
        value_span: Span::new(base + vs + inner_at, base + vs + inner_at + inner.len()),
        span: Span::new(base, base + ve),
    })
}

/// How far from a stacked bold key the others of its run may stand.
const STACKED_WINDOW: usize = 8;

/// The label of a wholly bold line with no colon (`**Date of meeting**`)
/// and where it starts, when it reads as a key: no more than six words,
/// no digits or sentence punctuation.
fn bold_label<'a>(lines: &[Line<'a>], kinds: &[LineKind], i: usize) -> Option<(&'a str, usize)> {
    if !matches!(kinds.get(i), Some(LineKind::Text)) {
        return None;
    }
    let (content, base) = content_of(&lines[i]);
    let inner = content.strip_prefix("**")?.strip_suffix("**")?;
    let key = inner.trim();
    (!inner.contains("**") && !inner.contains(':') && field::is_key(key))
        .then(|| (key, base + 2 + (inner.len() - inner.trim_start().len())))
}

/// Whether bold label line `i` has a value under it: a plain line, after
/// at most [`MAX_BLANKS_BEFORE_VALUE`] blank lines.
fn has_value_under(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> bool {
    let mut j = i + 1;
    while j < lines.len() && j - i <= MAX_BLANKS_BEFORE_VALUE && is_blank(kinds, j) {
        j += 1;
    }
    j < lines.len() && stacked_value(lines, kinds, j)
}

/// Whether line `j` can be the first line of a stacked bold key's value:
/// short plain text, which may hold a colon (`Bus Station: Appointment of
/// Development Partner`), but no bold line or sentence of prose.
fn stacked_value(lines: &[Line<'_>], kinds: &[LineKind], j: usize) -> bool {
    if !matches!(kinds[j], LineKind::Text) || bold_label(lines, kinds, j).is_some() {
        return false;
    }
    let (content, _) = content_of(&lines[j]);
    let flat = plain(content);
    let flat = flat.trim();
    let words = word_count(flat);
    let sentence = words > 12 && flat.ends_with(['.', '!', '?']);
    let bold = content.starts_with("**") && content.ends_with("**");
    !(flat.is_empty() || words > 24 || sentence || flat.ends_with(':') || bold)
}

/// A key in bold on its own line with no colon, its value on the lines
/// under it (`**Date of meeting**` / blank / `11 February 2026`), as an
/// empty field for [`read`] to fill: only where at least three such keys
/// with values stand within [`STACKED_WINDOW`] lines of each other, so
/// that a bold heading over a short paragraph is not read as a key.
fn stacked_bold_key(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> Option<Field> {
    let (key, at) = bold_label(lines, kinds, i)?;
    if !has_value_under(lines, kinds, i) {
        return None;
    }
    let from = i.saturating_sub(STACKED_WINDOW);
    let to = (i + STACKED_WINDOW + 1).min(lines.len());
    let run = (from..to)
        .filter(|&k| bold_label(lines, kinds, k).is_some() && has_value_under(lines, kinds, k))
        .count();
    if run < 3 {
        return None;
    }
    let end = lines[i].content_span().end;
    Some(Field {
        key: plain(key).trim().to_string(),
        key_span: Span::new(at, at + key.len()),
        value: String::new(),
        value_span: Span::empty(end),
        span: Span::new(at - 2, end),
    })
}

/// Whether line `i` can be (part of) a value: short text, not a heading,
/// table row, key line or sentence.
fn value_line(lines: &[Line<'_>], kinds: &[LineKind], i: usize, key_capitals: bool) -> bool {
    let (content, _) = content_of(&lines[i]);
    let flat = plain(content);
    let flat = flat.trim();
    if flat.is_empty() || flat.len() > 200 || is_underline(lines, i + 1) {
        return false;
    }
    match &kinds[i] {
        LineKind::Text => {}
        // "13 March 2025" reads as paragraph 13: a value when it is short.
        LineKind::Item(m) if m.bullet.is_none() && m.number.is_some() => {
            if word_count(flat) > 5 || !flat.chars().any(char::is_alphabetic) {
                return false;
            }
        }
        _ => return false,
    }
    if field_on(lines, kinds, i).is_some() || flat.ends_with(':') {
        return false;
    }
    // A sentence is prose, not a value.
    if word_count(flat) > 12 && flat.ends_with(['.', '!', '?']) {
        return false;
    }
    if word_count(flat) > 24 {
        return false;
    }
    // "PURPOSE OF REPORT" under "Wards affected:" is the next heading.
    if !key_capitals && is_capitals(flat) && word_count(flat) >= 2 {
        return false;
    }
    let c = content.trim();
    !(c.len() > 4 && c.starts_with("**") && c.ends_with("**"))
}

/// Whether line `k`, which ends with a colon as a key would, is rather the
/// first line of a value wrapped after a colon: its key was followed by a
/// blank line, but this line runs straight on into text that is no key
/// (`Subject:` / blank / `Terms of Reference:` / `Update`).
fn wrapped_value(lines: &[Line<'_>], kinds: &[LineKind], k: usize, key_capitals: bool) -> bool {
    matches!(kinds[k], LineKind::Text)
        && field_on(lines, kinds, k).map_or(true, |f| f.is_empty())
        && content_of(&lines[k]).0.ends_with(':')
        && k + 1 < lines.len()
        && !is_blank(kinds, k + 1)
        && value_line(lines, kinds, k + 1, key_capitals)
}

/// Whether line `k` reads as a field but is a meeting's name and date
/// under a meeting key (`To:` / blank / `County Council: 13 March 2025`).
fn names_meeting(lines: &[Line<'_>], kinds: &[LineKind], k: usize) -> bool {
    field_on(lines, kinds, k).is_some_and(|f| {
        names_a_body(&f.key)
            && f.value.chars().any(|c| c.is_ascii_digit())
            && word_count(&f.value) <= 5
    })
}

/// A setext underline (`====`) on line `i`.
fn is_underline(lines: &[Line<'_>], i: usize) -> bool {
    lines.get(i).is_some_and(|l| {
        let t = l.text.trim();
        t.len() >= 3 && (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-'))
    })
}

fn is_blank(kinds: &[LineKind], i: usize) -> bool {
    matches!(kinds.get(i), Some(LineKind::Blank) | None)
}

/// Whether `content` is a date standing alone (`12 March 2025`,
/// `Tuesday, 25 March 2025`): one day's date, with at most one word (the
/// weekday) before it and nothing but punctuation after.
fn is_date_line(content: &str) -> bool {
    let flat = plain(content);
    let flat = flat.trim();
    if flat.len() > 60 || !flat.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let found = super::dates::find_dates(flat, 0);
    let [d] = found.as_slice() else {
        return false;
    };
    let before = flat[..d.span.start].trim_end_matches([',', ' ']);
    let after = &flat[d.span.end..];
    d.value.day.is_some()
        && d.value.year.is_some()
        && word_count(before) <= 1
        && !before.chars().any(|c| c.is_ascii_digit())
        && after
            .chars()
            .all(|c| c.is_whitespace() || c.is_ascii_punctuation())
}

/// The line after the last of a one-line field's value wrapped onto the
/// lines under it with a hanging indent:
///
/// ```text
/// Title:   Acquisition of the former Glanrhyd Depot for affordable
///          housing
/// ```
///
/// Each wrapped line is indented further than the key and reads as part
/// of a value (no key line, heading, item or sentence of prose); at most
/// [`MAX_VALUE_LINES`] of them.
fn hanging_wrap_end(lines: &[Line<'_>], kinds: &[LineKind], i: usize, key_capitals: bool) -> usize {
    let mut k = i + 1;
    while k < lines.len()
        && k - i <= MAX_VALUE_LINES
        && matches!(kinds[k], LineKind::Text)
        && lines[k].indent > lines[i].indent
        && value_line(lines, kinds, k, key_capitals)
    {
        k += 1;
    }
    k
}

/// Reads the front sheet at the top of the paper.
pub(crate) fn read(text: &str, lines: &[Line<'_>], kinds: &[LineKind]) -> FrontSheet {
    let mut out = FrontSheet::default();
    let mut found = 0usize;
    let mut before = 0usize;
    let mut first_text: Option<usize> = None;
    // Whether the last line of the title block names a committee.
    let mut after_body = false;
    let mut i = 0;
    while i < lines.len() {
        match &kinds[i] {
            LineKind::Blank | LineKind::Comment | LineKind::Rule => {
                i += 1;
                continue;
            }
            // Tables are read by the builder; a front sheet can go on after one.
            LineKind::TableRow { .. } | LineKind::HtmlTable => {
                found += 1;
                i += 1;
                continue;
            }
            LineKind::Atx { title, .. } => {
                if found > 0 {
                    break;
                }
                after_body =
                    !out.title_lines.is_empty() && body_name(&plain(title.of(text))).is_some();
                out.title_lines.push(TitleLine {
                    span: *title,
                    heading: true,
                });
                before += 1;
                i += 1;
                continue;
            }
            // "12 March 2025" under the committee's name reads as item 12.
            LineKind::Item(m)
                if m.bullet.is_none() && !(found == 0 && is_date_line(content_of(&lines[i]).0)) =>
            {
                break
            }
            _ => {}
        }
        if is_underline(lines, i + 1) {
            if found > 0 {
                break;
            }
            // A setext title over the front sheet.
            let span = lines[i].content_span();
            after_body = !out.title_lines.is_empty() && body_name(&plain(span.of(text))).is_some();
            out.title_lines.push(TitleLine {
                span,
                heading: true,
            });
            before += 1;
            i += 2;
            continue;
        }
        match field_on(lines, kinds, i) {
            Some(f) if !f.is_empty() => {
                found += 1;
                let wrapped = if matches!(kinds[i], LineKind::Text) {
                    hanging_wrap_end(lines, kinds, i, is_capitals(&f.key))
                } else {
                    i + 1
                };
                if wrapped > i + 1 {
                    let last = lines[wrapped - 1].content_span();
                    let value_span = Span::new(f.value_span.start, last.end);
                    let mut field = f;
                    field.value = plain(value_span.of(text))
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    field.value_span = value_span;
                    field.span = field.span.cover(value_span);
                    out.fields_end = field.span.end;
                    out.entries.push(Entry {
                        line: i,
                        next: wrapped,
                        field,
                    });
                } else {
                    out.fields_end = f.span.end;
                    if matches!(kinds[i], LineKind::Item(_)) {
                        out.entries.push(Entry {
                            line: i,
                            next: i + 1,
                            field: f,
                        });
                    }
                }
                i = wrapped;
            }
            // The forward timetable is read by the builder.
            Some(f) if super::is_timetable_key(&f.key) => break,
            Some(f) => {
                // A key with its value on the following lines.
                let key_capitals = is_capitals(&f.key);
                let mut j = i + 1;
                let mut blanks = 0;
                while j < lines.len() && is_blank(kinds, j) && blanks < MAX_BLANKS_BEFORE_VALUE {
                    j += 1;
                    blanks += 1;
                }
                let mut k = j;
                while k < lines.len()
                    && k - j < MAX_VALUE_LINES
                    && (value_line(lines, kinds, k, key_capitals)
                        || (k == j && blanks > 0 && wrapped_value(lines, kinds, k, key_capitals))
                        || (k == j
                            && bold_label(lines, kinds, i).is_some()
                            && stacked_value(lines, kinds, k))
                        || (k == j
                            && key_in(&f.key, MEETING_KEYS)
                            && names_meeting(lines, kinds, k)))
                {
                    k += 1;
                }
                if k > j
                    && !(k < lines.len()
                        && !is_blank(kinds, k)
                        && !starts_entry(lines, kinds, k)
                        && !starts_body(kinds, k))
                {
                    let first = content_of(&lines[j]);
                    let last = lines[k - 1].content_span();
                    let value_span = Span::new(first.1, last.end.max(first.1));
                    let value = plain(value_span.of(text));
                    let mut field = f;
                    field.value = value.split_whitespace().collect::<Vec<_>>().join(" ");
                    field.value_span = value_span;
                    field.span = field.span.cover(value_span);
                    out.fields_end = field.span.end;
                    out.entries.push(Entry {
                        line: i,
                        next: k,
                        field,
                    });
                    found += 1;
                    i = k;
                } else if let Some(k) = contact_parts_end(lines, kinds, j) {
                    // "Contact Officer:" / "Name: …" / "Tel: …" / "Email: …".
                    let first = content_of(&lines[j]);
                    let last = lines[k - 1].content_span();
                    let value_span = Span::new(first.1, last.end.max(first.1));
                    let mut field = f;
                    field.value = plain(value_span.of(text))
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    field.value_span = value_span;
                    field.span = field.span.cover(value_span);
                    out.fields_end = field.span.end;
                    out.entries.push(Entry {
                        line: i,
                        next: k,
                        field,
                    });
                    found += 1;
                    i = k;
                } else if j >= lines.len() || starts_entry(lines, kinds, j) {
                    // An empty field: the next line is another key.
                    out.fields_end = f.span.end;
                    out.entries.push(Entry {
                        line: i,
                        next: i + 1,
                        field: f,
                    });
                    found += 1;
                    i += 1;
                } else {
                    // "Purpose of the report:" over prose: the body begins.
                    break;
                }
            }
            None => {
                // "Report Title: …" / "Full Council – 20 March 2025": the
                // meeting's name and date straight under the first field.
                if found == 1 && names_body_and_date(content_of(&lines[i]).0) {
                    let (content, base) = content_of(&lines[i]);
                    out.title_lines.push(TitleLine {
                        span: Span::new(base, base + content.trim_end().len()),
                        heading: false,
                    });
                    i += 1;
                    continue;
                }
                if found > 0 {
                    if !(found == 1
                        && out.title_lines.is_empty()
                        && first_text.is_none()
                        && title_under_top_line(lines, kinds, i))
                    {
                        break;
                    }
                    // The paper's first line only looked like a field: the
                    // title block goes on under it.
                    found = 0;
                }
                before += 1;
                if before > MAX_LINES_BEFORE_FIELDS {
                    break;
                }
                let (content, base) = content_of(&lines[i]);
                let span = Span::new(base, base + content.len());
                out.title_lines.push(TitleLine {
                    span,
                    heading: false,
                });
                // The council's name heads the paper (over one line or
                // more); a committee's name standing alone under it names
                // the meeting, and a date alone right under that name is
                // the meeting's.
                if after_body && out.body_date.is_none() && is_date_line(content) {
                    out.body_date = Some(span);
                }
                after_body = false;
                if first_text.is_none() {
                    first_text = Some(i);
                } else if i > 0 && is_blank(kinds, i - 1) {
                    // "PLANNING COMMITTEE      Agenda Item 6": pdftotext's
                    // wide gap ends the committee's name.
                    let first_column = content.trim_start().split("   ").next().unwrap_or("");
                    if body_name(&plain(content)).is_some() {
                        out.body_line = Some(span);
                        after_body = true;
                    } else if body_name(&plain(first_column)).is_some() {
                        let at =
                            base + (first_column.as_ptr() as usize - content.as_ptr() as usize);
                        out.body_line = Some(Span::new(at, at + first_column.trim_end().len()));
                        after_body = true;
                    }
                }
                i += 1;
            }
        }
    }
    if found == 0 {
        out.body_line = None;
        out.body_date = None;
    }
    out
}

/// Whether line `i`, after a blank line under the paper's first line (the
/// only field read so far), opens a title block in capitals: the council's
/// or the committee's name ("EASTHOPE COUNCIL"). The first line is then a
/// page header or a title that reads as a field ("Ofsted Focused Visit:
/// Action Plan Progress<TAB><TAB>OFFICIAL"), not the front sheet's first
/// field, and the committee named below it may be the meeting.
fn title_under_top_line(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> bool {
    let content = content_of(&lines[i]).0.trim();
    i > 0
        && is_blank(kinds, i - 1)
        && matches!(kinds[i], LineKind::Text)
        && content.len() <= 80
        && !content.contains(['\t', ':'])
        && !is_date_line(content)
        && crate::parse::inline::is_capitals(&plain(content))
}

/// Labels (normalised) of the parts of one person's contact details, given
/// under a contact key one to a line.
const CONTACT_PARTS: &[&str] = &[
    "name",
    "job title",
    "post",
    "position",
    "tel",
    "tel.",
    "telephone",
    "phone",
    "mobile",
    "ext",
    "extension",
    "email",
    "e-mail",
];

/// The line after a run of two or more one-line fields from line `j` that
/// are the parts of one person's contact details (`Name: …` / `Tel: …` /
/// `Email: …`): the value of the empty key over them.
fn contact_parts_end(lines: &[Line<'_>], kinds: &[LineKind], j: usize) -> Option<usize> {
    let mut k = j;
    while k < lines.len()
        && k - j < MAX_VALUE_LINES
        && field_on(lines, kinds, k).is_some_and(|f| !f.is_empty() && key_in(&f.key, CONTACT_PARTS))
    {
        k += 1;
    }
    (k - j >= 2).then_some(k)
}

/// Whether line `k` opens the body: a numbered paragraph or heading
/// (`1.` / `Purpose of the report`, as `pdftotext` gives it with no blank
/// line after the front sheet's last value).
fn starts_body(kinds: &[LineKind], k: usize) -> bool {
    matches!(&kinds[k], LineKind::Item(m) if m.bullet.is_none() && m.number.is_some())
        || matches!(kinds[k], LineKind::Atx { .. })
}

/// Whether line `k` begins another field (a key line) or ends the sheet.
fn starts_entry(lines: &[Line<'_>], kinds: &[LineKind], k: usize) -> bool {
    field_on(lines, kinds, k).is_some()
        || matches!(kinds[k], LineKind::TableRow { .. } | LineKind::Atx { .. })
}

/// Header fields in a table's rows:
///
/// - two filled cells, a key then its value (`| Meeting | Cabinet |`);
///   in the preamble the key may be in capitals (`TITLE<TAB>…`);
/// - a first row naming the columns `Field | Value | Notes`: each later
///   row's first cell is the key and its second the value;
/// - keys across a first row and their values in the one row under it
///   (`| Meeting | Date | Report of |` / `| Council | 24 April 2025 | … |`);
/// - cells that are themselves fields (`Author: Jo Bloggs<TAB>Job title: …`),
///   in the preamble.
pub(crate) fn table_fields(
    text: &str,
    rows: &[crate::document::Row],
    preamble: bool,
) -> Vec<Field> {
    use crate::document::Cell;
    let mut out = Vec::new();
    let filled = |row: &crate::document::Row| -> Vec<Cell> {
        row.cells
            .iter()
            .filter(|c| !c.text.is_empty())
            .cloned()
            .collect()
    };
    let field_of = |key: &Cell, value: &Cell, span: Span| Field {
        key: key.text.trim_end_matches(':').trim().to_string(),
        key_span: key.span,
        value: value.text.clone(),
        value_span: value.span,
        span,
    };
    let header_keys = |row: &crate::document::Row| {
        row.cells.len() >= 3
            && row
                .cells
                .iter()
                .all(|c| field::is_key(&c.text) && word_count(&c.text) <= 4)
    };
    // Keys across the first row, values in the only row under it.
    if preamble
        && rows.len() == 2
        && header_keys(&rows[0])
        && rows[1].cells.len() == rows[0].cells.len()
    {
        for (k, v) in rows[0].cells.iter().zip(&rows[1].cells) {
            if !v.text.is_empty() {
                out.push(field_of(k, v, rows[1].span));
            }
        }
        return out;
    }
    // "Field | Value | Notes": the first two columns of each later row.
    let named_columns = rows.first().is_some_and(|r| {
        r.cells.len() >= 3
            && r.cells.iter().take(2).all(|c| {
                let t = c.text.to_lowercase();
                matches!(t.as_str(), "field" | "item" | "key" | "heading")
                    || matches!(t.as_str(), "value" | "detail" | "details" | "entry")
            })
    });
    // Pairs only in a table whose first row is pairs: a table of columns
    // under headings ("Version | Date | Author | Change") has rows that
    // could pass for them.
    let paired = preamble
        && rows.first().is_some_and(|r| {
            let cells = filled(r);
            cells.len() >= 4 && cells.len() % 2 == 0 && in_pairs(&cells)
        });
    // Labels lined up with tabs: no row fills more than two cells.
    let pairs_only = rows.iter().all(|r| filled(r).len() <= 2);
    for (n, row) in rows.iter().enumerate() {
        let cells = filled(row);
        if named_columns {
            if n > 0 && row.cells.len() >= 2 && field::is_key(&row.cells[0].text) {
                out.push(field_of(&row.cells[0], &row.cells[1], row.span));
            }
            continue;
        }
        // "Date of meeting | 15 May 2025 | Key decision | No": a front
        // sheet laid out as two (or more) label and value pairs a row.
        if paired && cells.len() >= 4 && cells.len() % 2 == 0 && in_pairs(&cells) {
            for pair in cells.chunks(2) {
                out.push(field_of(&pair[0], &pair[1], row.span));
            }
            continue;
        }
        if cells.len() == 2
            && (row.cells.len() <= 3 || (preamble && pairs_only && aligned_pair(row)))
            && field::is_key(&cells[0].text)
            && (preamble || cells[0].text.chars().any(|c| c.is_lowercase()))
            && field::field(&cells[0].text, 0, false).map_or(true, |f| f.is_empty())
        {
            out.push(field_of(&cells[0], &cells[1], row.span));
            continue;
        }
        if preamble {
            for c in &cells {
                if let Some(f) = field::field(c.span.of(text), c.span.start, false) {
                    if !f.is_empty() {
                        out.push(f);
                    }
                }
            }
        }
    }
    out
}

mod meeting;
/// Whether a row is a key and its value spaced apart by empty cells
/// (`Date:<TAB><TAB><TAB>15 July 2025`: tabs that line the values up after
/// a short label): the first cell filled, the last filled, and nothing
/// between them.
fn aligned_pair(row: &crate::document::Row) -> bool {
    let n = row.cells.len();
    n >= 2
        && !row.cells[0].text.is_empty()
        && !row.cells[n - 1].text.is_empty()
        && row.cells[1..n - 1].iter().all(|c| c.text.is_empty())
}

/// Whether a row's filled cells are label and value pairs: every other
/// cell, from the first, a label (no "Key: value" of its own), and some
/// value no label, so that a row of column headings is not read as pairs.
fn in_pairs(cells: &[crate::document::Cell]) -> bool {
    let label = |c: &crate::document::Cell| {
        field::is_key(&c.text)
            && c.text.chars().any(char::is_lowercase)
            && field::field(&c.text, 0, false).is_none_or(|f| f.is_empty())
    };
    cells.chunks(2).all(|pair| label(&pair[0]))
        && cells.chunks(2).any(|pair| !field::is_key(&pair[1].text))
}

#[cfg(test)]
mod tests;

use meeting::*;
pub(crate) use meeting::{key_in, meetings};
