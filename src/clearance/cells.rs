//! Sign-off cells that wrap over several lines, and sign-off cells that
//! open with the officer's verdict.
//!
//! A table's sign-off column (its heading one of the pack's `[sign-off]
//! headings`: "Assured by", "Vetted") may write each cell over several
//! lines:
//!
//! ```text
//!   Financial         No direct cost to the funds. The         Olusegun Barr-Keane,
//!                     operator's stewardship costs are within  Treasurer to the
//!                     the operator fee …                       Joint Committee, 22 February 2027
//! ```
//!
//! in a Pandoc multiline table (one row, its cells' spans crossing the
//! other columns' text) or a grid table (`| Legal | The Council may … |
//! Anthony Kerr-Bassey, |` over rows whose first cell is empty, each row
//! group between borders a table of its own under the header's). The
//! cell's text is its own pieces of each line, joined, and its date is
//! read in that text (a date may wrap: "4 March" / "2027").
//!
//! A cell may also open with the officer's verdict, then a dash, then the
//! officer: "No objection raised -- NAME, Shared Service Accountant,
//! DATE". The verdict is a few words that name no officer and deny
//! nothing ("not", "never", "yet"); the officer after the dash is read as
//! a cell holding them alone is.

use super::*;
use crate::document::{Row, Table, TableKind};
use crate::parse::line::line_start;
use crate::parse::vocabulary::Words;

/// The most words of a verdict before the dash and the officer.
const MAX_VERDICT_WORDS: usize = 6;

/// The pieces of one line each that cell `col` of `row` takes in a table
/// set out with spaces, where the cell wraps over lines that hold other
/// columns' text too: on each line the row covers, the text from the
/// cell's column to the next cell's (by characters). Otherwise the cell's
/// own span.
pub(super) fn cell_pieces(text: &str, table: &Table, row: &Row, col: usize) -> Vec<Span> {
    let Some(cell) = row.cells.get(col) else {
        return Vec::new();
    };
    let raw = cell.span.of(text);
    if table.kind != TableKind::Spaced || !raw.contains('\n') {
        return vec![cell.span];
    }
    let column = |at: usize| text[line_start(text, at)..at].chars().count();
    let from = column(cell.span.start);
    let to = row.cells.get(col + 1).map(|c| column(c.span.start));
    let mut out = Vec::new();
    let mut from_line = line_start(text, cell.span.start);
    while from_line < cell.span.end {
        let line_end = text[from_line..]
            .find('\n')
            .map_or(text.len(), |i| from_line + i);
        let line = &text[from_line..line_end];
        let byte_at = |n: usize| line.char_indices().nth(n).map_or(line.len(), |(i, _)| i);
        let (a, b) = (byte_at(from), to.map_or(line.len(), byte_at));
        // A piece starting inside a word is another column's text.
        let mid_word = a > 0
            && a < line.len()
            && !line[..a].ends_with(char::is_whitespace)
            && !line[a..].starts_with(char::is_whitespace);
        if a < b && !mid_word {
            let piece = &line[a..b];
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                let s = from_line + a + lead;
                out.push(Span::new(s, s + trimmed.len()));
            }
        }
        from_line = line_end + 1;
    }
    out
}

/// The rows of a Pandoc grid table that the parser read as one table per
/// row group (each group between two borders): a row whose first cell is
/// empty carries on the row above. Each as (the first cell's text, the
/// row's span, the pieces of column `col`).
pub(super) fn grid_rows(rows: &[Row], col: usize) -> Vec<(String, Span, Vec<Span>)> {
    let mut out: Vec<(String, Span, Vec<Span>)> = Vec::new();
    for row in rows {
        let lead = row.cells.first().map_or("", |c| c.text.trim());
        let piece = row
            .cells
            .get(col)
            .filter(|c| !c.text.trim().is_empty())
            .map(|c| c.span);
        match out.last_mut() {
            Some((_, span, pieces)) if lead.is_empty() => {
                *span = span.cover(row.span);
                pieces.extend(piece);
            }
            _ => out.push((lead.to_string(), row.span, piece.into_iter().collect())),
        }
    }
    out
}

/// The header row of the grid table whose row group is table `t`: the
/// first table of the run of grid-bordered tables it ends, each right
/// under the one before with only a border between and as many columns.
pub(super) fn grid_header(text: &str, doc: &Document, t: usize) -> Option<usize> {
    let width = |k: usize| doc.tables[k].rows.first().map_or(0, |r| r.cells.len());
    let bordered_above = |k: usize| {
        let start = text[..doc.tables[k].span.start].rfind('\n')?;
        let above = text[..start].rsplit('\n').next()?;
        crate::parse::table::is_grid_border(above).then_some(start)
    };
    let mut k = t;
    while k > 0 {
        let prev = &doc.tables[k - 1];
        let Some(nl) = bordered_above(k) else { break };
        let gap = text.get(prev.span.end..nl).unwrap_or("");
        let only_border = gap
            .lines()
            .all(|l| l.trim().is_empty() || crate::parse::table::is_grid_border(l));
        if prev.kind != TableKind::Pipe
            || !only_border
            || gap.lines().filter(|l| !l.trim().is_empty()).count() > 1
            || width(k - 1) != width(t)
        {
            break;
        }
        k -= 1;
    }
    (k < t).then_some(k)
}

/// The flat text of `pieces` (each a stretch of one line), joined with a
/// space.
pub(super) fn joined_flat(text: &str, pieces: &[Span]) -> Flat {
    let mut out = Flat::new(text, Span::new(0, 0));
    for p in pieces {
        let f = Flat::new(text, *p);
        if f.text.is_empty() {
            continue;
        }
        if let Some(&e) = out.end.last() {
            out.push(' ', e, e);
        }
        out.text.push_str(&f.text);
        out.start.extend(f.start);
        out.end.extend(f.end);
    }
    out
}

/// The first date in a joined flat text, with its source span.
pub(super) fn flat_date(flat: &Flat) -> Option<DateMention> {
    let d = crate::parse::dates::find_dates(&flat.text, 0)
        .into_iter()
        .next()?;
    Some(DateMention {
        span: flat.span(d.span.start, d.span.end),
        value: d.value,
    })
}

/// Where the officer starts in a sign-off cell's `who` that opens with a
/// verdict and a dash ("No objection raised -- NAME, POST"): after the
/// dash, where a few words before it name no officer and deny nothing and
/// the text after it names someone.
pub(super) fn after_verdict(who: &str, wording: &Wording, not_names: &Words) -> Option<usize> {
    let (dash, len) = verdict_dash(who)?;
    let verdict = who[..dash].trim();
    let words = verdict.split_whitespace().count();
    if words == 0
        || words > MAX_VERDICT_WORDS
        || NEGATION.is_match(verdict)
        || wording.is_not_needed(verdict)
        || verdict.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | ';'))
        || wording.role_of_post(verdict).is_some()
        || split_who(verdict, not_names).0.is_some()
    {
        return None;
    }
    let at = dash + len;
    let (officer, _) = split_who(who[at..].trim(), not_names);
    officer
        .is_some()
        .then_some(at + (who[at..].len() - who[at..].trim_start().len()))
}

/// Whether a sign-off cell opens with a verdict that denies, before a
/// dash ("Not supported -- NAME, POST").
pub(super) fn denied_verdict(who: &str) -> bool {
    verdict_dash(who).is_some_and(|(dash, _)| {
        let verdict = &who[..dash];
        verdict.split_whitespace().count() <= MAX_VERDICT_WORDS && NEGATION.is_match(verdict)
    })
}

/// The first dash in `who` that may close a verdict (`--`, an en or em
/// dash, or a hyphen, spaced), and its length.
fn verdict_dash(who: &str) -> Option<(usize, usize)> {
    [" -- ", " – ", " — ", " - "]
        .iter()
        .filter_map(|d| who.find(d).map(|i| (i, d.len())))
        .min()
}
