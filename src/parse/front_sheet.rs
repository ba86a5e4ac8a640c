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
                return None;
            }
            field::field(content, base, true)
        }
        LineKind::Item(m) if m.bullet.is_some() && m.number.is_none() => {
            let at = m.text_start.min(lines[i].content().len());
            let rest = &lines[i].content()[at..];
            let t = rest.trim_start();
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
                            && key_in(&f.key, MEETING_KEYS)
                            && names_meeting(lines, kinds, k)))
                {
                    k += 1;
                }
                if k > j
                    && !(k < lines.len() && !is_blank(kinds, k) && !starts_entry(lines, kinds, k))
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
                    break;
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

/// Whether line `k` begins another field (a key line) or ends the sheet.
fn starts_entry(lines: &[Line<'_>], kinds: &[LineKind], k: usize) -> bool {
    field_on(lines, kinds, k).is_some()
        || matches!(kinds[k], LineKind::TableRow { .. } | LineKind::Atx { .. })
}

/// A committee's name alone on a line: `CABINET`, `Licensing Committee`.
fn names_a_body(flat: &str) -> bool {
    let flat = flat.trim();
    let words = word_count(flat);
    if words == 0 || words > 6 || flat.ends_with(['.', ':']) {
        return false;
    }
    let mut words = flat.split_whitespace().rev().map(str::to_lowercase);
    let last = words.next().unwrap_or_default();
    // "Authority meeting", "Full Council meeting": the body's meeting.
    let last = match (last.as_str(), words.next()) {
        ("meeting", Some(before)) => before,
        _ => last,
    };
    BODY_WORDS.contains(&last.as_str())
}

/// Whether `content` is a committee's name then its meeting date alone
/// on a line: "Full Council – 20 March 2025".
fn names_body_and_date(content: &str) -> bool {
    let flat = plain(content);
    let flat = flat.trim().trim_matches('*').trim();
    let Some(d) = super::dates::find_dates(flat, 0).into_iter().next() else {
        return false;
    };
    let name = flat[..d.span.start]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | ':'));
    d.value.day.is_some() && names_a_body(name) && is_date_line(&flat[d.span.start..])
}

/// The committee a title line names, if it names one (see
/// [`names_a_body`]): each side of a bilingual line (`ADRODDIAD I'R CABINET /
/// REPORT TO CABINET`) is tried, after a leading meeting label such as
/// "Report to" (from [`MEETING_KEYS`]); the side with such a label first.
fn body_name(flat: &str) -> Option<&str> {
    let flat = flat.trim();
    let mut plain_side = None;
    for side in flat.split(" / ") {
        let side = side.trim();
        if let Some(rest) = after_meeting_label(side) {
            if names_a_body(rest) {
                return Some(rest);
            }
        }
        if plain_side.is_none() && names_a_body(side) {
            plain_side = Some(side);
        }
    }
    plain_side
}

/// What follows a leading label of several words from [`MEETING_KEYS`]
/// (`Report to`, `Meeting of`) and an optional "the".
fn after_meeting_label(side: &str) -> Option<&str> {
    MEETING_KEYS
        .iter()
        .filter(|k| k.contains(' '))
        .find_map(|k| {
            let head = side.get(..k.len())?;
            let rest = side[k.len()..].strip_prefix(' ')?;
            head.eq_ignore_ascii_case(k).then_some(rest)
        })
        .map(|rest| {
            let rest = rest.trim_start();
            match rest.get(..4) {
                Some(the) if the.eq_ignore_ascii_case("the ") => rest[4..].trim_start(),
                _ => rest,
            }
        })
}

/// Normalises a key for the lists here: plain, lower case, no colon, single
/// spaces; a bilingual key (`Meeting / Cyfarfod`) gives each side.
fn key_forms(key: &str) -> Vec<String> {
    let lower = plain(key).to_lowercase();
    let whole = lower
        .trim()
        .trim_end_matches(':')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = vec![whole.clone()];
    for side in whole.split(" / ") {
        out.push(side.trim().to_string());
    }
    out
}

/// Whether `key` (or a side of a bilingual key) is in `list`.
pub(crate) fn key_in(key: &str, list: &[&str]) -> bool {
    key_forms(key).iter().any(|k| list.contains(&k.as_str()))
}

/// The meetings the header names (see the module docs).
pub(crate) fn meetings(
    text: &str,
    fields: &[Field],
    dates: &[DateMention],
    front: &FrontSheet,
    header_end: usize,
) -> Vec<Meeting> {
    // Dates are in text order: look from the first one at or after `span`.
    let date_in = |span: Span| {
        let from = dates.partition_point(|d| d.span.start < span.start);
        dates[from..]
            .iter()
            .take_while(|d| d.span.start < span.end)
            .find(|d| span.contains(d.span))
            .copied()
    };
    let header: Vec<&Field> = fields
        .iter()
        .filter(|f| f.span.start < header_end)
        .collect();
    let date_field = header
        .iter()
        .filter(|f| key_in(&f.key, DATE_KEYS))
        .find_map(|f| date_in(f.value_span));
    // "Executive" / "12 March 2025" over the fields: the date under the name.
    let date_field = date_field.or_else(|| front.body_date.and_then(date_in));
    let named = header
        .iter()
        .find(|f| key_in(&f.key, MEETING_KEYS) && !f.is_empty());
    if let Some(f) = named {
        let own = date_in(f.value_span);
        let name_end = own.map_or(f.value_span.end, |d| d.span.start);
        let raw = &text[f.value_span.start..name_end.max(f.value_span.start)];
        let trimmed = raw.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | ':' | '|' | '*')
        });
        let name = plain(trimmed).trim().to_string();
        if !name.is_empty() {
            return vec![Meeting {
                name,
                name_span: Span::new(f.value_span.start, f.value_span.start + trimmed.len()),
                date: own.or(date_field),
            }];
        }
    }
    // "| Overview and Scrutiny Committee | 18 June 2024 |": a committee's
    // name as the key, its date as the whole value.
    for f in &header {
        if names_a_body(&f.key) && !key_in(&f.key, DATE_KEYS) {
            if let Some(d) = date_in(f.value_span) {
                let rest = plain(&text[f.value_span.start..f.value_span.end]);
                let date_text = plain(d.span.of(text));
                if rest.trim().len() <= date_text.len() + 12 {
                    return vec![Meeting {
                        name: f.key.clone(),
                        name_span: f.key_span,
                        date: Some(d),
                    }];
                }
            }
        }
    }
    // "# Cabinet – 5th February 2025": a title naming the meeting and its date.
    for line in front.title_lines.iter().map(|t| t.span) {
        let Some(d) = date_in(line) else { continue };
        let raw = &text[line.start..d.span.start];
        let punct =
            |c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | ':' | '|' | '*');
        let mut trimmed = raw.trim_end_matches(punct);
        // "…Committee, Monday 10th March 2025": the weekday is the date's.
        if let Some((head, last)) = trimmed.rsplit_once(' ') {
            if is_weekday(last) {
                trimmed = head.trim_end_matches(punct);
            }
        }
        let name = plain(trimmed).trim().to_string();
        if names_a_body(&name) {
            return vec![Meeting {
                name,
                name_span: Span::new(line.start, line.start + trimmed.len()),
                date: Some(d),
            }];
        }
        // "Report to the Finance and General Purposes Committee, Monday …".
        if let Some(body) = after_meeting_label(&name).filter(|b| names_a_body(b)) {
            let at = trimmed.find(body).unwrap_or(0);
            let name_span = if trimmed[at..].len() == body.len() && trimmed.contains(body) {
                Span::new(line.start + at, line.start + trimmed.len())
            } else {
                Span::new(line.start, line.start + trimmed.len())
            };
            return vec![Meeting {
                name: body.to_string(),
                name_span,
                date: Some(d),
            }];
        }
    }
    // "## Cabinet" or "Report to Council" over "-----" under the council's
    // name (the paper's first line, which is never the meeting).
    let heading = front
        .title_lines
        .iter()
        .skip(1)
        .filter(|t| t.heading)
        .find_map(|t| body_span(text, t.span));
    if let Some(span) = heading.or_else(|| front.body_line.and_then(|s| body_span(text, s))) {
        return vec![Meeting {
            name: plain(span.of(text)).trim().to_string(),
            name_span: span,
            date: date_field,
        }];
    }
    Vec::new()
}

/// Whether `word` is a day of the week ("Monday", "Mon").
fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']).to_ascii_lowercase();
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .any(|d| *d == w || (w.len() == 3 && d.starts_with(&w)))
}

/// Where in the title line `line` the committee's name stands (see
/// [`body_name`]); the whole line when the name is not found in its text as
/// written.
fn body_span(text: &str, line: Span) -> Option<Span> {
    let raw = line.of(text);
    let flat = plain(raw);
    let name = body_name(&flat)?;
    Some(match raw.find(name) {
        Some(at) => Span::new(line.start + at, line.start + at + name.len()),
        None => line,
    })
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
    for (n, row) in rows.iter().enumerate() {
        let cells = filled(row);
        if named_columns {
            if n > 0 && row.cells.len() >= 2 && field::is_key(&row.cells[0].text) {
                out.push(field_of(&row.cells[0], &row.cells[1], row.span));
            }
            continue;
        }
        if cells.len() == 2
            && row.cells.len() <= 3
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

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    fn fields(text: &str) -> Vec<(String, String)> {
        parse(text)
            .fields
            .into_iter()
            .map(|f| (f.key, f.value))
            .collect()
    }

    fn pair(k: &str, v: &str) -> (String, String) {
        (k.to_string(), v.to_string())
    }

    #[test]
    fn values_after_blank_lines_and_over_several_lines() {
        let text = "From:\n\nCouncillor Ann Other, Cabinet Member for Parks,\nJo Bloggs, Director of Place\n\nTo:\n\nCabinet – 4 March 2025\n\nSubject:\n\nAllotment Rents\n\nClassification:\n\nUnrestricted\n\nSummary: This report sets out the rents.\n";
        let doc = parse(text);
        let got: Vec<(String, String)> = doc
            .fields
            .iter()
            .map(|f| (f.key.clone(), f.value.clone()))
            .collect();
        assert_eq!(
            got[..4],
            [
                pair(
                    "From",
                    "Councillor Ann Other, Cabinet Member for Parks, Jo Bloggs, Director of Place"
                ),
                pair("To", "Cabinet – 4 March 2025"),
                pair("Subject", "Allotment Rents"),
                pair("Classification", "Unrestricted"),
            ]
        );
        let to = &doc.fields[1];
        assert_eq!(to.value_span.of(text), "Cabinet – 4 March 2025");
        // The value is no heading.
        assert!(doc.sections.iter().all(|s| s.title != "Unrestricted"));
        // One value gives the meeting and its date.
        assert_eq!(doc.meetings.len(), 1);
        assert_eq!(doc.meetings[0].name, "Cabinet");
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-04");
    }

    #[test]
    fn tab_indented_values_and_a_date_that_looks_like_a_number() {
        let text = "Meeting:\n\tLicensing Committee\nDate:\n\n12 June 2024\nWards affected:\n\tAll\n\n\nPURPOSE OF REPORT\n\n1.\tTo review the policy.\n";
        assert_eq!(
            fields(text),
            [
                pair("Meeting", "Licensing Committee"),
                pair("Date", "12 June 2024"),
                pair("Wards affected", "All"),
            ]
        );
        let doc = parse(text);
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2024-06-12");
    }

    #[test]
    fn bulleted_bold_fields() {
        let text = "# Any Council\n\n- **Meeting:** Cabinet\n- **Date:** 1 May 2024\n- **Wards affected:** All\n\n## 1. Summary\n\n1.1 Text.\n";
        assert_eq!(
            fields(text),
            [
                pair("Meeting", "Cabinet"),
                pair("Date", "1 May 2024"),
                pair("Wards affected", "All"),
            ]
        );
        assert!(parse(text).paragraphs.iter().all(|p| p.number.is_some()));
    }

    #[test]
    fn a_heading_over_prose_ends_the_front_sheet() {
        let text = "Report to: Cabinet\nDate: 1 May 2024\n\nPurpose of the Report:\n\nThis report sets out the proposed allocation of the budget across the programme for the year.\n";
        // The prose is no value (the builder keeps the label as it did).
        let doc = parse(text);
        assert!(doc.fields.iter().all(|f| !f.value.contains("allocation")));
        assert!(doc
            .paragraphs
            .iter()
            .any(|p| p.text.of(text).starts_with("This report")));
        // An empty field before the next key stays empty.
        let empty = fields("Wards affected:\n\nKey decision:\n\nNo\n");
        assert_eq!(
            empty,
            [pair("Wards affected", ""), pair("Key decision", "No")]
        );
    }

    #[test]
    fn a_meeting_and_its_date_after_a_colon_under_to() {
        let doc = parse("To:\n\nCounty Council: 13 March 2025\n\nSubject:\n\nBudget\n");
        assert_eq!(doc.fields[0].key, "To");
        assert_eq!(doc.fields[0].value, "County Council: 13 March 2025");
        assert_eq!(doc.meetings[0].name, "County Council");
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-13");
    }

    #[test]
    fn a_value_wrapped_after_a_colon() {
        let text = "Subject:\n\nParks and Open Spaces Strategy Refresh and Terms of Reference:\nUpdate\n\nStatus: Open\n";
        assert_eq!(
            fields(text)[0],
            pair(
                "Subject",
                "Parks and Open Spaces Strategy Refresh and Terms of Reference: Update"
            )
        );
    }

    #[test]
    fn a_committee_under_the_councils_name_is_the_meeting() {
        let text =
            "NORTHWOLD COUNTY COUNCIL\n\nCABINET\n\nDATE: 9 JULY 2024\n\nREPORT OF: DIRECTOR\n";
        let doc = parse(text);
        assert_eq!(doc.meetings[0].name, "CABINET");
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2024-07-09");
        // The council's name over two lines names no meeting.
        let split = parse("Northwold\nCounty Council\n\nDate: 9 July 2024\n");
        assert!(split.meetings.iter().all(|m| m.name.is_empty()));
    }

    #[test]
    fn a_heading_naming_the_meeting_and_its_date() {
        let doc =
            parse("# Cabinet – 5th February 2025\n\n## Parks Strategy\n\nReport of: Director\n");
        assert_eq!(doc.meetings[0].name, "Cabinet");
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-02-05");
        let title = parse("# Charges from 1 April 2026\n\nReport of: Director\n");
        assert!(title.meetings.is_empty());
    }

    #[test]
    fn header_tables() {
        let across =
            "| Meeting | Date | Wards |\n|---|---|---|\n| Council | 3 April 2025 | All |\n";
        assert_eq!(
            fields(across),
            [
                pair("Meeting", "Council"),
                pair("Date", "3 April 2025"),
                pair("Wards", "All"),
            ]
        );
        let named = "| Field | Value | Notes |\n|---|---|---|\n| Meeting | Executive | budget |\n| Status | Open | |\n";
        assert_eq!(
            fields(named),
            [pair("Meeting", "Executive"), pair("Status", "Open")]
        );
        let unlabelled =
            "| Audit Committee | 18 June 2024 |\n|---|---|\n\n| Classification | Public |\n|---|---|\n";
        let doc = parse(unlabelled);
        assert_eq!(doc.meetings[0].name, "Audit Committee");
        let cells = "TITLE\tBus Shelters\nAuthor: Jo Bloggs\tJob title: Transport Manager\n";
        assert_eq!(
            fields(cells),
            [
                pair("TITLE", "Bus Shelters"),
                pair("Author", "Jo Bloggs"),
                pair("Job title", "Transport Manager"),
            ]
        );
    }

    #[test]
    fn a_value_wrapped_under_itself_with_a_hanging_indent() {
        let text = "Title:   Acquisition of the former Mill Lane Depot for affordable\n         housing\n\nDirector:\nAnn Other\nCorporate Director – Place\n\nContact officer:\nJo Bloggs, Housing Manager\nTel: 01632 960000\n\n1. Purpose\n\n1.1 Text.\n";
        let doc = parse(text);
        assert_eq!(
            fields(text)[..4],
            [
                pair(
                    "Title",
                    "Acquisition of the former Mill Lane Depot for affordable housing"
                ),
                pair("Director", "Ann Other Corporate Director – Place"),
                pair("Contact officer", "Jo Bloggs, Housing Manager"),
                pair("Tel", "01632 960000"),
            ]
        );
        assert_eq!(
            doc.fields[0].value_span.of(text),
            "Acquisition of the former Mill Lane Depot for affordable\n         housing"
        );
        assert!(doc.paragraphs.iter().all(|p| p.text.of(text) != "housing"));
        // A line under the value that is not indented, or is another key,
        // is no part of it.
        let flush = "Subject: Parks\nStrategy refresh\n\nStatus: Open\n";
        assert_eq!(fields(flush)[0], pair("Subject", "Parks"));
        let keys = "Subject:   Parks\n   Status: Open\n";
        assert_eq!(
            fields(keys),
            [pair("Subject", "Parks"), pair("Status", "Open")]
        );
    }

    #[test]
    fn a_long_wrapped_value_does_not_end_the_header() {
        // Read line by line, the wrapped value would be a paragraph of more
        // than thirty words before the meeting field.
        let text = "By:       Cllr Ann Other, Cabinet Member for Environment and\n          Transport, and Jo Bloggs, Corporate Director for Growth,\n          Environment and Transport, with the Head of Highways Asset\n          Management and the Head of Property and Estates\n\nTo:       Cabinet – 20 March 2025\n\nSubject:  Depot disposal\n";
        let doc = parse(text);
        assert_eq!(doc.fields[0].key, "By");
        assert!(doc.fields[0]
            .value
            .ends_with("Head of Property and Estates"));
        assert_eq!(doc.meetings[0].name, "Cabinet");
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-20");
        // A long notice over the fields does not end the header before them.
        let notice = "This report contains information that the public may read in full, and the appendices to it are also open to the public unless the agenda says that an item is to be considered in private session.\n\nMeeting: Cabinet\nDate: 20 March 2025\n";
        let doc = parse(notice);
        assert_eq!(doc.meetings[0].name, "Cabinet");
    }

    #[test]
    fn a_bilingual_title_block_names_the_meeting() {
        let text = "CYNGOR SIR Y DYFFRYN\nVALE COUNTY COUNCIL\n\nADRODDIAD I'R CABINET / REPORT TO CABINET\n\nDyddiad y cyfarfod / Date of meeting:   Tuesday, 25 March 2025\n\nTeitl / Title:   Allotment Rents\n";
        let doc = parse(text);
        // The council's name over two lines is no field.
        assert_eq!(doc.fields[0].key, "Dyddiad y cyfarfod / Date of meeting");
        assert_eq!(doc.meetings.len(), 1);
        assert_eq!(doc.meetings[0].name, "CABINET");
        assert_eq!(doc.meetings[0].name_span.of(text), "CABINET");
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-25");
        // A key in capitals over a council as its value still is one.
        let to = parse("REPORT TO\nFULL COUNCIL\n\nDate: 3 March 2025\n");
        assert_eq!(to.fields[0].key, "REPORT TO");
        assert_eq!(to.fields[0].value, "FULL COUNCIL");
    }

    #[test]
    fn a_heading_naming_the_committee_over_the_fields() {
        let setext = "Westmarch District Council\n==========================\n\nPlanning Policy Committee\n-------------------------\n\n- **Date:** 26 February 2025\n- **Subject:** Plan review\n";
        let doc = parse(setext);
        assert_eq!(doc.meetings[0].name, "Planning Policy Committee");
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-02-26");
        let report_to = "Westmarch Borough Council\n=========================\n\nReport to Council\n-----------------\n\nDate of meeting: 28/01/2025\n";
        let doc = parse(report_to);
        assert_eq!(doc.meetings[0].name, "Council");
        assert_eq!(doc.meetings[0].name_span.of(report_to), "Council");
        let atx = "# Westmarch Borough Council\n\n## Cabinet\n\nDate of meeting:\tTuesday, 8 April 2025\nReport title:\tPitches\n";
        assert_eq!(parse(atx).meetings[0].name, "Cabinet");
        // The council's name at the head of the paper is not the meeting.
        let council = "# Westmarch County Council\n\nDate: 3 March 2025\nTitle: Foo\n";
        assert!(parse(council).meetings.is_empty());
        // Nor is a heading after the first field.
        let late = "Date: 3 March 2025\nTitle: Foo\n\n## Audit Committee\n\nText.\n";
        assert!(parse(late).meetings.is_empty());
    }

    #[test]
    fn a_date_alone_under_the_committees_name() {
        let text = "WESTMARCH BOROUGH COUNCIL\n\nCabinet\n3 March 2025\n\nTitle: Foo\n\n1. Purpose\n\n1.1 Text.\n";
        let doc = parse(text);
        assert_eq!(doc.meetings[0].name, "Cabinet");
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-03");
        // With the meeting given again by a field, as PDF covers do.
        let pdf = "Westmarch County Council\n\nExecutive\n12 March 2025\n\nReport to:\n\nExecutive\n\nTitle:\n\nSchool Transport\n";
        let doc = parse(pdf);
        assert_eq!(doc.meetings[0].name, "Executive");
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-03-12");
        // A date under a line that names no committee is not the meeting's.
        let other =
            "WESTMARCH BOROUGH COUNCIL\n\nParks Strategy\n3 March 2025\n\nReport to:\n\nCabinet\n";
        let doc = parse(other);
        assert_eq!(doc.meetings[0].name, "Cabinet");
        assert!(doc.meetings[0].date.is_none());
    }

    #[test]
    fn date_lines() {
        assert!(super::is_date_line("12 March 2025"));
        assert!(super::is_date_line("Tuesday, 25 March 2025"));
        assert!(super::is_date_line("**3rd June 2024**"));
        assert!(!super::is_date_line("March 2025"));
        assert!(!super::is_date_line("12 March"));
        assert!(!super::is_date_line("Report dated 12 March 2025"));
        assert!(!super::is_date_line("12 March 2025 to 14 March 2025"));
    }

    #[test]
    fn the_forward_timetable_is_left_to_the_builder() {
        let text = "FORWARD TIMETABLE OF CONSULTATION AND MEETINGS:\n\nCabinet\n\n8th April 2024\n";
        let doc = parse(text);
        assert!(doc.fields.is_empty(), "{:?}", doc.fields);
        assert_eq!(doc.meetings[0].name, "Cabinet");
    }

    #[test]
    fn meeting_lines_in_other_layouts() {
        let meeting = |text: &str| {
            let doc = parse(text);
            let m = doc.meetings.first().expect(text);
            (m.name.clone(), m.date.map(|d| d.value.iso()))
        };
        let with_date = |name: &str| (name.to_string(), Some("2025-03-20".to_string()));
        // The meeting's line straight under the first field.
        let text = "Report Title: Members' Allowances\nFull Council – 20 March 2025\n\nBramble County Council\n\nReport of: Director of Law\n";
        assert_eq!(meeting(text), with_date("Full Council"));
        // "<body> meeting – <date>" in bold.
        let text = "# Fellside Park Authority\n\n**Authority meeting – 20 March 2025**\n\n- **Report by:** Director of Planning\n- **Status:** Open\n";
        assert_eq!(meeting(text), with_date("Authority meeting"));
        // A prose line: label, body, weekday and date.
        let text = "OAKHAM TOWN COUNCIL\n\nReport to the Finance and General Purposes Committee, Thursday 20th March 2025\n\nSubject: Play equipment\nFrom: Town Clerk\n";
        assert_eq!(
            meeting(text),
            with_date("Finance and General Purposes Committee")
        );
        // pdftotext columns: the committee, a wide gap, the agenda item.
        let text = "        ASHBY DISTRICT COUNCIL\n\nPLANNING COMMITTEE          Agenda Item 6\n\nDate of meeting:   Thursday 20 March 2025\n\nReport of:   Head of Planning\n";
        assert_eq!(meeting(text), with_date("PLANNING COMMITTEE"));
    }
}
