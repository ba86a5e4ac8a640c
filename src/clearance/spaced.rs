//! A sign-off table that `pdftotext -layout` set out in columns of
//! spaces under a sign-off heading, its header row naming when each
//! officer was asked and when they signed off:
//!
//! ```text
//! Report Sign Off
//!
//!   Signed off by        Date sent        Date signed off      Initials
//!
//!   Legal                01/03/2027       02/03/2027           RP
//!
//!   Finance              01/03/2027       18/03/2027           AEM
//! ```
//!
//! Each row whose first cell names one sign-off (its implications, or a
//! post giving it) is that sign-off's clearance, dated by the cell under
//! the one "Date" column whose heading holds one of the pack's `verbs`
//! ("Date signed off"; else `receipt-verbs`, "Date received"), never one
//! of its `request-verbs` ("Date sent"); the officer is the row's first
//! other cell that is no date (their initials or name). Rows are read to
//! the first line that is no such row; at least one must be dated.

use super::*;
use crate::parse::line::line_start;

/// The least number of columns of such a table.
const MIN_COLUMNS: usize = 3;

/// The most words after "Date" in a date column's heading.
const DATE_HEADING_WORDS: usize = 3;

/// A cell of a line set out in columns: where it starts, its text.
type Cell<'t> = (usize, &'t str);

/// The table set out in columns starting on the line after `after`, read
/// as the module says: its extent and a clearance per dated row.
pub(super) fn spaced_table(
    text: &str,
    doc: &Document,
    template: &Template,
    after: usize,
    place: Place,
) -> Option<(Span, Vec<Clearance>)> {
    let mut lines = lines_after(text, after).filter(|&(_, l)| !l.trim().is_empty());
    let (head_at, head) = lines.next()?;
    let header = cells(head_at, head);
    if header.len() < MIN_COLUMNS {
        return None;
    }
    let date_col = date_column(template, &header)?;
    let column_of = |at: usize| {
        let col = at - line_start(text, at);
        header
            .iter()
            .rposition(|&(h, _)| h - line_start(text, h) <= col)
    };
    let mut out = Vec::new();
    let mut end = head_at + head.len();
    for (at, line) in lines {
        let row = cells(at, line);
        let Some(&(first_at, first)) = row.first() else {
            break;
        };
        if row.len() < 2 || column_of(first_at) != Some(0) {
            break;
        }
        let roles = roles_named(template, first);
        let role = match &roles[..] {
            [one] => one.clone(),
            _ => match template.clearance.role_of_post(first) {
                Some(r) => r.to_string(),
                None => break,
            },
        };
        let date = row
            .iter()
            .find(|&&(c, _)| column_of(c) == Some(date_col))
            .and_then(|&(c, cell)| whole_date(doc, c, cell));
        let officer = row[1..]
            .iter()
            .find(|&&(c, cell)| whole_date(doc, c, cell).is_none())
            .map(|&(c, cell)| TextItem {
                text: cell.to_string(),
                span: Span::new(c, c + cell.len()),
            });
        end = at + line.len();
        if date.is_some() {
            out.push(Clearance {
                role: Some(role),
                officer,
                post: None,
                date,
                span: Span::new(first_at, end),
                place,
            });
        }
    }
    if out.is_empty() {
        return None;
    }
    Some((Span::new(head_at, end), out))
}

/// The lines after the one holding `after`, each with where it starts.
fn lines_after(text: &str, after: usize) -> impl Iterator<Item = (usize, &str)> {
    let start = text[after..]
        .find('\n')
        .map_or(text.len(), |n| after + n + 1);
    text[start..].split('\n').scan(start, |at, line| {
        let here = *at;
        *at += line.len() + 1;
        Some((here, line.trim_end_matches('\r')))
    })
}

/// The cells of `line` (starting at `at`), split at runs of spaces as
/// wide as [`COLUMN_GAP`]; none where the line holds a tab or a bar.
fn cells(at: usize, line: &str) -> Vec<Cell<'_>> {
    if line.contains(['\t', '|']) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut rest = line;
    let mut pos = at;
    loop {
        let lead = rest.len() - rest.trim_start().len();
        rest = &rest[lead..];
        pos += lead;
        if rest.is_empty() {
            break;
        }
        let len = rest.find(COLUMN_GAP).unwrap_or(rest.len());
        let cell = rest[..len].trim_end();
        out.push((pos, cell));
        rest = &rest[len..];
        pos += len;
    }
    out
}

/// The one column of `header` whose heading is "Date" and one of the
/// pack's verbs ("Date signed off"), else one of its receipt verbs ("Date
/// received"); never the first.
fn date_column(template: &Template, header: &[Cell<'_>]) -> Option<usize> {
    let w = &template.clearance;
    let after_date =
        |cell: &str| after_date_label(cell, DATE_HEADING_WORDS).filter(|rest| !rest.is_empty());
    let matching = |p: &Option<Pattern>| -> Vec<usize> {
        header
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, &(_, cell))| {
                after_date(cell).is_some_and(|rest| {
                    p.as_ref().is_some_and(|p| p.is_match(&rest))
                        && !w.request_verbs.as_ref().is_some_and(|r| r.is_match(&rest))
                })
            })
            .map(|(i, _)| i)
            .collect()
    };
    for p in [&w.verbs, &w.receipt_verbs] {
        if let [one] = matching(p)[..] {
            return Some(one);
        }
    }
    None
}

/// The date that is the whole of the cell `cell` at `at`.
fn whole_date(doc: &Document, at: usize, cell: &str) -> Option<DateMention> {
    dates_from(doc, at)
        .first()
        .copied()
        .filter(|d| d.span.start == at && d.span.end == at + cell.len())
}
