//! A front sheet that `pdftotext -layout` kept in its two columns: each
//! label at the left with no colon, its value far right of it in a second
//! column, the value's further lines under its first in that column.
//!
//! ```text
//! layout_column = layout_row (blank{0,2} layout_row)+
//! layout_row    = label gap value [wide_gap label gap value] NL (label_wrap | value_wrap)*
//!                 -- Report Author(s)         Dean Partridge
//!                 --                          Licensing Manager
//!                 -- Date of meeting   3 December 2027      Date of report   1 December 2027
//! gap           = two spaces or more
//! wide_gap      = three spaces or more
//! value_wrap    = text starting at the value's column, no gap in it
//! label_wrap    = text starting at the label's column, ending before the
//!                 value's column (a label wrapped in its cell)
//! ```
//!
//! The columns carry the reading: every row's label starts at one column
//! and every value at another, and at least [`MIN_PACK_LABELS`] labels
//! are the pack's (`Subject`, `Director`, `Ward`), so that a block of
//! lines that only happen to have a gap in them is no front sheet. The
//! other labels are read as written (`Head of Service`), as a front-sheet
//! table's rows are.
//!
//! A row may hold a second label and value after a wide gap, as a cover
//! table of two pairs a row comes out (`Date of meeting   3 December
//! 2027   Date of report   1 December 2027`): two fields, the line's
//! value ending at the gap. Only a pair of a label (no colon, no digit,
//! a capital first) and one value: a third cell is a table's.

use super::*;

/// The fewest of the pack's labels a layout column holds.
const MIN_PACK_LABELS: usize = 2;
/// How many lines one value may take in a layout column: its column makes
/// each line the value's, so a contact's name, post, email and phone fit.
const MAX_LAYOUT_VALUE_LINES: usize = 6;
/// The fewest rows a layout column of labels set flush right holds: the
/// labels start at several columns, so only a run of the pack's labels
/// ending at one column shows the column.
const MIN_RIGHT_ALIGNED_ROWS: usize = 3;
/// The most words a label in a layout column has.
const MAX_LABEL_WORDS: usize = 6;

/// The character column each part of a layout row starts at.
#[derive(Debug, Clone, Copy)]
struct Row<'a> {
    /// The label, as written.
    label: &'a str,
    /// Where the label starts in the text.
    label_at: usize,
    /// The label's column.
    label_col: usize,
    /// The value's column.
    value_col: usize,
    /// Where the value ends in the text, on the row's line.
    value_end: usize,
    /// A second label and value beside the first after a wide gap.
    second: Option<Pair<'a>>,
}

/// A second label and its value on a layout row's line.
#[derive(Debug, Clone, Copy)]
struct Pair<'a> {
    label: &'a str,
    /// Where the label starts in the text.
    label_at: usize,
    /// The value's span in the text.
    value: Span,
}

/// Whether `label` (as written, a closing colon allowed) reads as a
/// layout row's label: a short key with no colon inside and no closing
/// full stop.
fn is_layout_label(label: &str) -> bool {
    let key = label.strip_suffix(':').unwrap_or(label).trim_end();
    !(field::has_colon(key)
        || key.ends_with('.')
        || word_count(key) > MAX_LABEL_WORDS
        || !field::is_key(key))
}

/// `rest`, what follows a value's first cell after a wide gap (at `at`
/// in the text), read as a second label and its value: two cells parted
/// by a gap, the value with no further wide gap.
fn second_pair(rest: &str, at: usize) -> Option<Pair<'_>> {
    let gap = rest.find("  ")?;
    let label = rest[..gap].trim_end();
    let value = rest[gap..].trim_start();
    if value.is_empty() || value.contains("   ") || !is_layout_label(label) {
        return None;
    }
    let value_at = at + (rest.len() - value.len());
    Some(Pair {
        label,
        label_at: at,
        value: Span::new(value_at, value_at + value.len()),
    })
}

/// The character column of byte `at` of line `line` (margin included, so
/// that the columns of lines compare).
fn column_of(line: &Line<'_>, at: usize) -> usize {
    line.text[..at].chars().count()
}

/// Line `i` read as a layout row: a short label opening in a capital,
/// a gap of two spaces or more, and a value with no further wide gap
/// (a third column is a table's, not a front sheet's).
fn row_at<'a>(lines: &[Line<'a>], kinds: &[LineKind], i: usize) -> Option<Row<'a>> {
    if !matches!(kinds.get(i), Some(LineKind::Text)) || lines[i].has_tab {
        return None;
    }
    let line = &lines[i];
    let (content, base) = content_of(line);
    let gap = content.find("  ")?;
    let label = content[..gap].trim_end();
    let value = content[gap..].trim_start();
    if value.is_empty() || !is_layout_label(label) {
        return None;
    }
    let label_at = base - line.start;
    let value_at = label_at + (content.len() - value.len());
    // "3 December 2027      Date of report    [DD Month YYYY]": a second
    // pair beside the first.
    let (value_len, second) = match value.find("   ") {
        None => (value.len(), None),
        Some(wide) => {
            let rest = value[wide..].trim_start();
            let rest_at = line.start + value_at + (value.len() - rest.len());
            (wide, Some(second_pair(rest, rest_at)?))
        }
    };
    Some(Row {
        label,
        label_at: base,
        label_col: column_of(line, label_at),
        value_col: column_of(line, value_at),
        value_end: line.start + value_at + value_len,
        second,
    })
}

/// Where line `k`'s text starts, as a character column, and whether the
/// line has no wide gap in it: a line of one cell.
fn one_cell_at(lines: &[Line<'_>], kinds: &[LineKind], k: usize) -> Option<usize> {
    if !matches!(kinds.get(k), Some(LineKind::Text | LineKind::Item(_))) || lines[k].has_tab {
        return None;
    }
    let (content, base) = content_of(&lines[k]);
    if content.contains("   ") {
        return None;
    }
    Some(column_of(&lines[k], base - lines[k].start))
}

/// Where line `k`'s text starts, as a character column, where the line
/// holds contact details set apart by wide gaps, each piece a phone number
/// or an email address (`01632 960 417   jo.bloggs@council.gov.uk`): a
/// value's line, as a contact's cell prints them side by side.
fn contact_line_at(lines: &[Line<'_>], kinds: &[LineKind], k: usize) -> Option<usize> {
    if !matches!(kinds.get(k), Some(LineKind::Text)) || lines[k].has_tab {
        return None;
    }
    let (content, base) = content_of(&lines[k]);
    let mut pieces = content
        .split("   ")
        .map(str::trim)
        .filter(|p| !p.is_empty());
    pieces
        .all(field::gives_phone_or_email)
        .then(|| column_of(&lines[k], base - lines[k].start))
}

/// A front sheet in two columns, as `pdftotext -layout` keeps it (see the
/// module docs), from line `i`: each row's field (its label as the key,
/// a wrapped label's lines joined) and the line after the row.
pub(super) fn layout_column(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<Vec<(usize, usize, Field)>> {
    let first = row_at(lines, kinds, i)?;
    let packs = |r: &Row<'_>| key_in(r.label.trim_end_matches(':').trim_end(), &v.field_keys);
    // Labels set flush right against the gap ("      Meeting   Licensing
    // Committee" / "         Date   9 March 2027"): each ends at one column.
    let label_end = |r: &Row<'_>| r.label_col + r.label.chars().count();
    let right_aligned =
        |r: &Row<'_>| label_end(r) == label_end(&first) && packs(r) && packs(&first);
    let mut out = Vec::new();
    let mut pack = 0;
    let mut rows = 0;
    let mut ragged = false;
    let mut k = i;
    while let Some(row) = row_at(lines, kinds, k).filter(|r| {
        r.value_col == first.value_col && (r.label_col == first.label_col || right_aligned(r))
    }) {
        rows += 1;
        ragged |= row.label_col != first.label_col;
        let line = &lines[k];
        let value_at = line.start + line.text.char_indices().nth(row.value_col)?.0;
        let mut key = row.label.to_string();
        let mut value_end = row.value_end;
        let mut value_lines = 1;
        let mut label_wrapped = false;
        let mut m = k + 1;
        let contact_at_value =
            |m: usize| contact_line_at(lines, kinds, m).filter(|&col| col == row.value_col);
        while let Some(col) = one_cell_at(lines, kinds, m).or_else(|| contact_at_value(m)) {
            let (content, base) = content_of(&lines[m]);
            if col == row.value_col && value_lines < MAX_LAYOUT_VALUE_LINES && !label_wrapped {
                value_end = base + content.len();
                value_lines += 1;
            } else if col == row.label_col
                && col + content.chars().count() < row.value_col
                && !key.trim_end().ends_with(':')
            {
                // "Category of Exempt Information and reason" / "why it
                // is NOT in the public interest to": the label wrapped.
                // (A label closed by its colon is whole: `Ward(s)
                // affected:` under `Report author:` is the next label,
                // left empty.)
                key.push(' ');
                key.push_str(content);
                label_wrapped = true;
            } else {
                break;
            }
            m += 1;
        }
        let key = key.trim_end_matches(':').trim_end().to_string();
        if key_in(&key, &v.field_keys) {
            pack += 1;
        }
        let first = layout_field(
            &key,
            row.label,
            row.label_at,
            Span::new(value_at, value_end),
            text,
        );
        match row.second {
            // The two fields share the line: the first ends where it starts.
            Some(pair) => {
                let shown = pair.label.trim_end_matches(':').trim_end();
                if key_in(shown, &v.field_keys) {
                    pack += 1;
                }
                out.push((k, k, first));
                out.push((
                    k,
                    m,
                    layout_field(shown, pair.label, pair.label_at, pair.value, text),
                ));
            }
            None => out.push((k, m, first)),
        }
        // The next row, after up to two blank lines.
        let mut blanks = 0;
        while m < lines.len() && is_blank(kinds, m) && blanks < MAX_BLANKS_BEFORE_VALUE {
            m += 1;
            blanks += 1;
        }
        k = m;
    }
    let min_rows = if ragged { MIN_RIGHT_ALIGNED_ROWS } else { 2 };
    (rows >= min_rows && pack >= MIN_PACK_LABELS).then_some(out)
}

/// The field of a layout row's label: its key `key` (the label, perhaps
/// with its wrapped words), the label as written on the row's line,
/// `label` at `label_at` (its closing colon left out of the key's span),
/// and its value at `value`.
fn layout_field(key: &str, label: &str, label_at: usize, value: Span, text: &str) -> Field {
    let shown = label.trim_end_matches(':').trim_end();
    let field = Field {
        key: plain(key),
        key_span: Span::new(label_at, label_at + shown.len()),
        value: String::new(),
        value_span: value,
        span: Span::new(label_at, value.end),
    };
    with_value(field, value, text)
}

/// The fewest labels a row of labels over their values holds.
const MIN_ROW_LABELS: usize = 2;
/// The most labels a row of labels over their values holds: more is a
/// table's row of column headings.
const MAX_ROW_LABELS: usize = 5;

/// The cells of line `k` as `pdftotext -layout` sets them, parted by
/// gaps of two spaces or more: each cell's text, where it starts in the
/// text, and its character column (margin included).
fn cells_of<'a>(
    lines: &[Line<'a>],
    kinds: &[LineKind],
    k: usize,
) -> Option<Vec<(&'a str, usize, usize)>> {
    if !matches!(kinds.get(k), Some(LineKind::Text)) || lines[k].has_tab {
        return None;
    }
    let line = &lines[k];
    let (content, base) = content_of(line);
    let mut out = Vec::new();
    let mut rest = content;
    while !rest.is_empty() {
        let at = content.len() - rest.len();
        let end = rest.find("  ").unwrap_or(rest.len());
        let cell = &rest[..end];
        let from = base - line.start + at;
        out.push((cell, base + at, column_of(line, from)));
        rest = rest[end..].trim_start_matches([' ', '\u{a0}']);
    }
    Some(out)
}

/// A row of labels over a row of their values, as `pdftotext -layout`
/// prints a cover table of one row of labels and one of values:
///
/// ```text
/// layout_label_row = label_line NL value_line (NL value_wrap)* (blank | end)
///                    -- Relevant Cabinet Member(s)   Wards Affected   Key Decision
///                    -- Councillor Jo Bloggs,        All              Yes
///                    -- Portfolio Holder for Housing
/// label_line       = label (gap label){1,4}   -- each a short label in a capital,
///                                             -- no colon inside, no number
/// value_line       = cells each starting at a label's column, two at least
/// value_wrap       = cells each starting at a label's column (a value wrapped
///                    in its column)
/// ```
///
/// Every cell of the value lines must start at the column of a label
/// (`-layout` keeps each column's left edge), each label's value is the
/// text of its column joined, and at least [`MIN_PACK_LABELS`] labels
/// are the pack's, so that a table's row of column headings over its
/// figures is none. The line above the labels is blank, or the text's
/// start. Gives each label's field (its value empty where its column is)
/// and, for the last, the line after the row; the others end where they
/// start, as the fields share their lines.
pub(super) fn layout_label_row(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<Vec<(usize, usize, Field)>> {
    if i > 0 && !is_blank(kinds, i - 1) {
        return None;
    }
    let labels = cells_of(lines, kinds, i)?;
    if !(MIN_ROW_LABELS..=MAX_ROW_LABELS).contains(&labels.len()) {
        return None;
    }
    let keys = labels
        .iter()
        .filter(|(label, ..)| {
            let key = label.trim_end_matches(':').trim_end();
            !field::has_colon(key)
                && !key.ends_with('.')
                && word_count(key) <= MAX_LABEL_WORDS
                && field::is_key(key)
        })
        .count();
    if keys < labels.len()
        || labels
            .iter()
            .filter(|(label, ..)| key_in(label.trim_end_matches(':'), &v.field_keys))
            .count()
            < MIN_PACK_LABELS
    {
        return None;
    }
    let columns: Vec<usize> = labels.iter().map(|c| c.2).collect();
    // Each label's value: its cells' text and where they stand.
    let mut values: Vec<Vec<(&str, usize)>> = vec![Vec::new(); labels.len()];
    let mut k = i + 1;
    while k < lines.len() && !is_blank(kinds, k) {
        let cells = cells_of(lines, kinds, k)?;
        for (cell, at, col) in cells {
            let n = columns.iter().position(|&c| c == col)?;
            values[n].push((cell, at));
        }
        k += 1;
    }
    // The first line of values fills two columns at least.
    let first_filled = cells_of(lines, kinds, i + 1).map_or(0, |c| c.len());
    if k == i + 1 || first_filled < MIN_ROW_LABELS || k - i - 1 > MAX_LAYOUT_VALUE_LINES {
        return None;
    }
    let mut out = Vec::new();
    for (n, (label, at, _)) in labels.iter().enumerate() {
        let shown = label.trim_end_matches(':').trim_end();
        let key_span = Span::new(*at, at + shown.len());
        let (value, value_span) = match (values[n].first(), values[n].last()) {
            (Some(&(_, from)), Some(&(last, to))) => (
                values[n]
                    .iter()
                    .map(|(c, _)| plain(c))
                    .collect::<Vec<_>>()
                    .join(" ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                Span::new(from, to + last.len()),
            ),
            _ => (String::new(), Span::new(key_span.end, key_span.end)),
        };
        let field = Field {
            key: plain(shown)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            key_span,
            value,
            value_span,
            span: key_span.cover(value_span),
        };
        let next = if n + 1 == labels.len() { k } else { i };
        out.push((i, next, field));
    }
    Some(out)
}

/// The gap that parts two columns of a `pdftotext -layout` line: three
/// spaces or more (a typist puts two between sentences).
const WIDE_GAP: &str = "   ";

/// The fewest fields a column of fields beside the title holds.
const MIN_BESIDE_FIELDS: usize = 3;

/// Where each cell of line `line` starts, as a byte offset into its text:
/// its content's start and each place after a [`WIDE_GAP`].
fn cell_starts(line: &Line<'_>) -> Vec<usize> {
    let (content, base) = content_of(line);
    let at = base - line.start;
    let mut out = vec![at];
    let mut from = 0;
    while let Some(gap) = content[from..].find(WIDE_GAP).map(|g| from + g) {
        let rest = &content[gap..];
        let cell = gap + (rest.len() - rest.trim_start().len());
        if cell >= content.len() {
            break;
        }
        out.push(at + cell);
        from = cell;
    }
    out
}

/// The field in the cell of line `line` at byte `at` of its text: a label
/// with its colon (see [`is_layout_label`]) and the rest of the line its
/// value.
fn field_at(line: &Line<'_>, at: usize) -> Option<Field> {
    let cell = line.text[at..].trim_end();
    let f = field::field(cell, line.start + at, true)?;
    is_layout_label(&f.key).then_some(f)
}

/// A row of a front sheet beside the title: its first line, the line
/// after its value, its field and its value's parts, line by line.
struct BesideRow {
    line: usize,
    next: usize,
    field: Field,
    parts: Vec<String>,
}

/// A front sheet that `pdftotext -layout` set beside the paper's title:
/// the title in a left column, the fields in a right one, on the same
/// lines.
///
/// ```text
/// beside_title = beside_row (beside_row | value_wrap | title_line)*   -- to a blank line
/// beside_row   = [title_part wide_gap] label ":" gap value
///                -- Tenancy Strategy 2028–2033 and Tenancy          Committee:        Housing Committee
///                -- Policy: outcome of consultation                 Date:             19 January 2028
///                --                                                 Report of:        Strategic Director
///                --                                                                   and Regeneration
/// value_wrap   = [title_part wide_gap] text right of the labels' column
/// title_line   = text wholly left of the labels' column
/// ```
///
/// Every label starts at one column, the first row's, which a title part
/// stands left of; a value's further lines stand right of that column.
/// Read only where at least [`MIN_BESIDE_FIELDS`] labels stand in the
/// column, [`MIN_PACK_LABELS`] of them the pack's and one naming the
/// meeting or its date, and at most one title part reads as a field, with
/// a label the pack does not know (two columns of fields are a cover
/// table's two pairs a row, which the one-line reader splits). The title
/// parts are left to the title block. Gives each row's field, the line it
/// starts on and the line after its value.
pub(super) fn layout_beside_title(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<Vec<(usize, usize, Field)>> {
    let text_line = |k: usize| matches!(kinds.get(k), Some(LineKind::Text)) && !lines[k].has_tab;
    if !text_line(i) {
        return None;
    }
    // The first row: a title part, then a label.
    let (col, first) = cell_starts(&lines[i])
        .into_iter()
        .skip(1)
        .find_map(|at| Some((column_of(&lines[i], at), field_at(&lines[i], at)?)))?;
    let mut rows: Vec<BesideRow> = Vec::new();
    let mut title_fields = 0;
    let mut k = i;
    while k < lines.len() && text_line(k) {
        let line = &lines[k];
        let starts = cell_starts(line);
        let right = starts
            .iter()
            .copied()
            .find(|&at| column_of(line, at) >= col);
        // A title part left of the column that reads as a field.
        let left = starts[0];
        if right != Some(left) {
            if let Some(f) = field_at(line, left) {
                if key_in(&f.key, &v.field_keys) {
                    return None;
                }
                title_fields += 1;
            }
        }
        match right {
            // A title line wholly left of the column.
            None => {}
            Some(at) if column_of(line, at) == col => {
                let field = if k == i {
                    first.clone()
                } else {
                    field_at(line, at)?
                };
                rows.push(BesideRow {
                    line: k,
                    next: k + 1,
                    parts: vec![field.value.clone()],
                    field,
                });
            }
            // The last value's further line.
            Some(at) => {
                let row = rows.last_mut()?;
                let part = line.text[at..].trim_end();
                row.parts.push(plain(part));
                let end = line.start + at + part.len();
                let f = &mut row.field;
                if f.value.is_empty() {
                    f.value_span = Span::new(line.start + at, end);
                } else {
                    f.value_span = Span::new(f.value_span.start, end);
                }
                row.next = k + 1;
            }
        }
        k += 1;
    }
    let keyed = |list: &Words| rows.iter().any(|r| key_in(&r.field.key, list));
    let pack = rows
        .iter()
        .filter(|r| key_in(&r.field.key, &v.field_keys))
        .count();
    if rows.len() < MIN_BESIDE_FIELDS
        || pack < MIN_PACK_LABELS
        || !(keyed(&v.meeting_keys) || keyed(&v.date_keys))
        || title_fields > 1
    {
        return None;
    }
    Some(
        rows.into_iter()
            .map(|r| {
                let mut field = r.field;
                field.value = r
                    .parts
                    .join(" ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                field.span = field.span.cover(field.value_span);
                (r.line, r.next, field)
            })
            .collect(),
    )
}
