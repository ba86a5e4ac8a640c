//! Header fields laid out in a table's rows.

use super::*;
use crate::document::Cell;

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
///
/// Past the preamble a key in capitals counts only as one of the pack's
/// labels with its colon, in a table of label and value rows (see
/// [`labelled`]).
pub(crate) fn table_fields(
    text: &str,
    rows: &[crate::document::Row],
    preamble: bool,
    v: &Vocabulary,
) -> Vec<Field> {
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
    // Keys across a row of a longer table, each closed by its colon (or
    // an abbreviation's full stop: `Item No.`), and their values in the
    // row under it (`Meeting of: | Date: | Ward(s):` over `Audit Committee
    // | 17 March 2025 | All`, among rows of another kind): the colons mark
    // the row as labels, where a row of column headings ("Version | Date |
    // Author") has none. A row of two such labels (`Item No. |
    // Classification:` over `5.1 | Open`) is no key and its value: each
    // label takes the value under it, where both are given.
    let closed_label = |c: &Cell| {
        let key = c
            .text
            .strip_suffix(':')
            .map(str::trim_end)
            .or_else(|| abbreviated_label(&c.text));
        key.is_some_and(|k| field::is_key(k) && word_count(k) <= 4)
    };
    let labels_over = |n: usize| {
        let (Some(keys), Some(values)) = (rows.get(n), rows.get(n + 1)) else {
            return false;
        };
        let wide = keys.cells.len() >= 3;
        preamble
            && keys.cells.len() >= 2
            && keys.cells.iter().all(closed_label)
            && values.cells.len() == keys.cells.len()
            && (if wide {
                values.cells.iter().any(|c| !c.text.is_empty())
            } else {
                values.cells.iter().all(|c| !c.text.is_empty())
            })
            && values.cells.iter().all(|c| !c.text.ends_with(':'))
    };
    if let Some(fields) = name_and_date_column(rows, preamble, v) {
        return fields;
    }
    let mut skip = None;

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
    // In the body, a table whose first row fills three or more cells is
    // columns under headings ("Role | Name | Date"): a row with a cell left
    // empty ("| Monitoring Officer | NAME | |") is one of its rows, not a
    // label and value.
    let columns = !preamble && rows.first().is_some_and(|r| filled(r).len() >= 3);
    for (n, row) in rows.iter().enumerate() {
        if skip == Some(n) {
            continue;
        }
        if !named_columns && labels_over(n) {
            for (k, v) in row.cells.iter().zip(&rows[n + 1].cells) {
                if !v.text.is_empty() {
                    out.push(field_of(k, v, rows[n + 1].span));
                }
            }
            skip = Some(n + 1);
            continue;
        }
        let cells = filled(row);
        if named_columns {
            if n > 0 && row.cells.len() >= 2 && field::is_key(&row.cells[0].text) {
                out.push(field_of(&row.cells[0], &row.cells[1], row.span));
            }
            continue;
        }
        // "Date of meeting | 15 May 2025 | Key decision | No": a front
        // sheet laid out as two (or more) label and value pairs a row; a
        // row may fill only its leading pairs (`| Subject: | … | | |`).
        let leading = row
            .cells
            .iter()
            .take(cells.len())
            .all(|c| !c.text.is_empty());
        if paired
            && (cells.len() >= 4 || (cells.len() == 2 && leading))
            && cells.len() % 2 == 0
            && in_pairs(&cells)
        {
            for pair in cells.chunks(2) {
                out.push(field_of(&pair[0], &pair[1], row.span));
            }
            continue;
        }
        if cells.len() == 2
            && !(columns && n > 0 && row.cells.len() >= 3)
            && (row.cells.len() <= 3 || (preamble && pairs_only && aligned_pair(row)))
            && field::is_key(&cells[0].text)
            && !field::names_an_appendix(&cells[0].text)
            && (preamble
                || cells[0].text.chars().any(|c| c.is_lowercase())
                || (pairs_only && labelled(&cells[0].text, v)))
            && field::field(&cells[0].text, 0, false).map_or(true, |f| f.is_empty())
        {
            out.push(field_of(&cells[0], &cells[1], row.span));
            continue;
        }
        if preamble {
            for c in &cells {
                // The cell with the emphasis that opens or closes it
                // (`| **Date:** 4 February 2026 |`).
                let span = with_emphasis(text, c.span);
                if let Some(f) = field::field(span.of(text), span.start, false) {
                    if !f.is_empty() {
                        out.push(f);
                    }
                }
            }
        }
    }
    out
}

/// Whether a key cell in capitals past the front sheet is a label, as a
/// field set after the body gives one (`WARDS/COMMUNITIES AFFECTED:<TAB>All`
/// under the last section, in a run of such rows): it closes with a colon
/// and is one of the pack's field labels. A heading in capitals over its
/// text in the next cell (`PURPOSE<TAB>To report …`) is neither.
/// A front-sheet table whose first column is headed by a meeting label and
/// a date label joined by "and" (`Committee and Date`), over the
/// committee's name and, in the next filled row, its date alone: the
/// meeting and its date, each under its own label, where the table holds
/// nothing else. The other columns'
/// headings (`Item` over `Public`) are no fields.
fn name_and_date_column(
    rows: &[crate::document::Row],
    preamble: bool,
    v: &Vocabulary,
) -> Option<Vec<Field>> {
    if !preamble {
        return None;
    }
    let head = rows.first()?.cells.first()?;
    let label = head.text.trim_end_matches(':').trim();
    let (name_key, date_key) = label
        .split_once(" and ")
        .or_else(|| label.split_once(" & "))?;
    if !key_in(name_key, &v.meeting_keys) || !key_in(date_key, &v.date_keys) {
        return None;
    }
    let mut firsts = rows[1..]
        .iter()
        .filter_map(|r| r.cells.first())
        .filter(|c| !c.text.is_empty());
    let (name, date) = (firsts.next()?, firsts.next()?);
    // The table holds only these two rows under its headings.
    let filled = rows[1..]
        .iter()
        .filter(|r| r.cells.iter().any(|c| !c.text.is_empty()))
        .count();
    if filled != 2 || !is_date_line(&date.text) || is_date_line(&name.text) {
        return None;
    }
    let field = |key: &str, value: &crate::document::Cell| Field {
        key: key.trim().to_string(),
        key_span: head.span,
        value: value.text.clone(),
        value_span: value.span,
        span: value.span,
    };
    Some(vec![field(name_key, name), field(date_key, date)])
}

fn labelled(key: &str, v: &Vocabulary) -> bool {
    let key = key.trim_end();
    key.ends_with(':') && key_in(key, &v.field_keys)
}

/// The cell naming the meeting in a front-sheet table's first row when
/// that row fills that one cell (`| **CABINET** | |` over `| Date of
/// Meeting | … |`): a committee's name heading the table of fields.
pub(crate) fn body_row(rows: &[crate::document::Row], v: &Vocabulary) -> Option<Span> {
    let [first, _, ..] = rows else {
        return None;
    };
    let mut filled = first.cells.iter().filter(|c| !c.text.is_empty());
    let cell = filled.next()?;
    (filled.next().is_none() && body_name(&cell.text, v).is_some()).then_some(cell.span)
}

/// `span` widened over the emphasis marks (`*`, `_`) right before and
/// after it: a cell's span leaves out the bold that opens its text.
fn with_emphasis(text: &str, span: Span) -> Span {
    let marks = |c: char| matches!(c, '*' | '_');
    let start = text[..span.start].trim_end_matches(marks).len();
    let end = text.len() - text[span.end..].trim_start_matches(marks).len();
    Span::new(start, end)
}

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
