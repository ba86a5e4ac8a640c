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
//! council's (`WESTMARCH COUNTY COUNCIL` / `CABINET` / `DATE: …`) or an
//! unlabelled `| Overview and Scrutiny Committee | 18 June 2024 |` row.
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

/// What [`read`] found.
#[derive(Debug, Clone, Default)]
pub(crate) struct FrontSheet {
    /// Multi-line and bulleted fields, in line order.
    pub(crate) entries: Vec<Entry>,
    /// A line naming the meeting without a label (`CABINET` under the
    /// council's name), when one stands before the first field.
    pub(crate) body_line: Option<Span>,
    /// Lines before the first field (headings included): one may name the
    /// meeting and its date (`# Cabinet – 5th February 2025`).
    pub(crate) title_lines: Vec<Span>,
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

/// Reads the front sheet at the top of the paper.
pub(crate) fn read(text: &str, lines: &[Line<'_>], kinds: &[LineKind]) -> FrontSheet {
    let mut out = FrontSheet::default();
    let mut found = 0usize;
    let mut before = 0usize;
    let mut first_text: Option<usize> = None;
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
                out.title_lines.push(*title);
                before += 1;
                i += 1;
                continue;
            }
            LineKind::Item(m) if m.bullet.is_none() => break,
            _ => {}
        }
        if is_underline(lines, i + 1) {
            if found > 0 {
                break;
            }
            // A setext title over the front sheet.
            out.title_lines.push(lines[i].content_span());
            before += 1;
            i += 2;
            continue;
        }
        match field_on(lines, kinds, i) {
            Some(f) if !f.is_empty() => {
                found += 1;
                if matches!(kinds[i], LineKind::Item(_)) {
                    out.entries.push(Entry {
                        line: i,
                        next: i + 1,
                        field: f,
                    });
                }
                i += 1;
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
                    out.entries.push(Entry {
                        line: i,
                        next: k,
                        field,
                    });
                    found += 1;
                    i = k;
                } else if j >= lines.len() || starts_entry(lines, kinds, j) {
                    // An empty field: the next line is another key.
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
                if found > 0 {
                    break;
                }
                before += 1;
                if before > MAX_LINES_BEFORE_FIELDS {
                    break;
                }
                let (content, base) = content_of(&lines[i]);
                out.title_lines.push(Span::new(base, base + content.len()));
                // The council's name heads the paper (over one line or
                // more); a committee's name standing alone under it names
                // the meeting.
                if first_text.is_none() {
                    first_text = Some(i);
                } else if i > 0 && is_blank(kinds, i - 1) && names_a_body(&plain(content)) {
                    out.body_line = Some(Span::new(base, base + content.len()));
                }
                i += 1;
            }
        }
    }
    if found == 0 {
        out.body_line = None;
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
    let last = flat.split_whitespace().last().unwrap_or("").to_lowercase();
    BODY_WORDS.contains(&last.as_str())
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

fn key_in(key: &str, list: &[&str]) -> bool {
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
    for &line in &front.title_lines {
        let Some(d) = date_in(line) else { continue };
        let raw = &text[line.start..d.span.start];
        let trimmed = raw.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | ':' | '|' | '*')
        });
        let name = plain(trimmed).trim().to_string();
        if names_a_body(&name) {
            return vec![Meeting {
                name,
                name_span: Span::new(line.start, line.start + trimmed.len()),
                date: Some(d),
            }];
        }
    }
    if let Some(span) = front.body_line {
        return vec![Meeting {
            name: plain(span.of(text)).trim().to_string(),
            name_span: span,
            date: date_field,
        }];
    }
    Vec::new()
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
    fn the_forward_timetable_is_left_to_the_builder() {
        let text = "FORWARD TIMETABLE OF CONSULTATION AND MEETINGS:\n\nCabinet\n\n8th April 2024\n";
        let doc = parse(text);
        assert!(doc.fields.is_empty(), "{:?}", doc.fields);
        assert_eq!(doc.meetings[0].name, "Cabinet");
    }
}
