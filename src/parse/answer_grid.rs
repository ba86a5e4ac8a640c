//! Implications grids that `pdftotext -layout` keeps in two columns lined
//! up with spaces: a header of two labels, then each implication beside
//! its answer, either cell wrapped onto the lines under it (a Surrey-style
//! "Area assessed / Direct Implications" table):
//!
//! ```text
//! Area assessed:                          Direct Implications:
//! Crime and Disorder                      Set out below.
//! Sustainability (including Climate       Set out below.
//! Change and Carbon Emissions)
//! Corporate Parenting/Looked After        No significant implications
//! Children                                arising from this report
//! ```
//!
//! ```text
//! answer_grid = header row{2,} (blank | end)
//! header      = label gap label        -- after a blank line; short labels, none a
//!                                      -- sentence, one naming implications
//! row         = opening carried{0,3}
//! opening     = name gap answer        -- the name at the first label's column, the
//!                                      -- answer at the second's, not in lower case
//! carried     = name | gap answer | name gap answer
//!                                      -- cells carried on in their columns: the
//!                                      -- answer empty, or in lower case (a wrapped
//!                                      -- answer, "arising from this report")
//! gap         = "  " " "*
//! ```
//!
//! No line of the grid has text left of the first column or across the
//! gap before the second. Each row's answer, its lines joined, is one of
//! the vocabulary's `set-out-answers` ("Set out below.": marked Yes) or
//! opens with one of its `negations` ("No significant implications …":
//! marked No). A grid with any other answer, or with no Yes, is not read:
//! two columns of prose, or a table of other answers, give nothing.

use super::line::{Line, LineKind};
use super::spaced::{columns, cut, has_gap, is_blank, is_space};
use super::vocabulary::Vocabulary;
use crate::document::{Cell, Implication, Mark, Row};

/// How many words a header label has at most.
const MAX_LABEL_WORDS: usize = 4;
/// How many lines a row may be carried on over.
const MAX_CARRIED: usize = 3;
/// How many rows a grid has at least.
const MIN_ROWS: usize = 2;
/// How many words an implication's name has at most.
const MAX_NAME_WORDS: usize = 10;

/// The entries of the first implications grid in `lines` (see the module
/// docs), as entries of table number `table`; none when there is none.
pub(crate) fn read(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    vocab: &Vocabulary,
    table: usize,
) -> Vec<Implication> {
    (0..lines.len())
        .filter(|&i| (i == 0 || is_blank(kinds, i - 1)) && is_text(lines, kinds, i))
        .find_map(|i| grid_at(lines, kinds, vocab, i, table))
        .unwrap_or_default()
}

/// A line of text with no tab (`pdftotext -layout` sets columns with
/// spaces).
fn is_text(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> bool {
    matches!(kinds.get(i), Some(LineKind::Text)) && !lines[i].has_tab
}

/// The grid whose header is line `i`, read into entries.
fn grid_at(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    vocab: &Vocabulary,
    i: usize,
    table: usize,
) -> Option<Vec<Implication>> {
    if !has_gap(&lines[i]) || !is_text(lines, kinds, i + 1) {
        return None;
    }
    let starts = header(&lines[i])?;
    let rows = rows(lines, kinds, i + 1, starts)?;
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let (name, answer) = (&row.cells[0], &row.cells[1]);
        if !is_name(&name.text) {
            return None;
        }
        let mark = answer_mark(&answer.text, vocab)?;
        out.push(Implication {
            name: name.text.clone(),
            name_span: name.span,
            mark,
            mark_span: answer.span,
            refs: None,
            span: name.span.cover(answer.span),
            table,
            asked: false,
        });
    }
    out.iter().any(|imp| imp.mark == Mark::Yes).then_some(out)
}

/// The character columns of a header line's two labels: each short, not
/// a sentence, one of them naming implications (`Area assessed:` /
/// `Direct Implications:`).
fn header(line: &Line<'_>) -> Option<[usize; 2]> {
    let cols = columns(line);
    let opens = |x: usize| {
        !is_space(cols.get(x))
            && (x == 0 || is_space(cols.get(x - 1)))
            && (x < 2 || is_space(cols.get(x - 2)))
    };
    let mut starts = (0..cols.len()).filter(|&x| opens(x));
    let (first, second) = (starts.next()?, starts.next()?);
    if starts.next().is_some() {
        return None;
    }
    let labels = cut(line, &[first, second]);
    let short = |c: &Cell| {
        let words = c.text.split_whitespace().count();
        (1..=MAX_LABEL_WORDS).contains(&words)
            && !c.text.ends_with(['.', ';', ','])
            && !c.text.starts_with(char::is_lowercase)
    };
    let names_implications = labels.iter().any(|c| {
        c.text.split(|ch: char| !ch.is_alphabetic()).any(|w| {
            w.get(..11)
                .is_some_and(|head| head.eq_ignore_ascii_case("implication"))
        })
    });
    (labels.iter().all(short) && names_implications).then_some([first, second])
}

/// The grid's rows from line `from` to the next blank line (or the end),
/// each row's carried lines joined onto it; `None` when a line leaves
/// the columns or carries on no row.
fn rows(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    from: usize,
    starts: [usize; 2],
) -> Option<Vec<Row>> {
    let mut rows: Vec<Row> = Vec::new();
    let mut carried = 0;
    let mut k = from;
    while k < lines.len() && !is_blank(kinds, k) {
        if !is_text(lines, kinds, k) || !in_columns(&lines[k], starts) {
            return None;
        }
        let cells = cut(&lines[k], &starts);
        let (name, answer) = (&cells[0].text, &cells[1].text);
        let opens =
            !name.is_empty() && !answer.is_empty() && !answer.starts_with(char::is_lowercase);
        if opens {
            rows.push(Row {
                span: lines[k].content_span(),
                cells,
            });
            carried = 0;
        } else if carried < MAX_CARRIED {
            rows.last_mut()?.carry_on(lines[k].content_span(), cells, 0);
            carried += 1;
        } else {
            return None;
        }
        k += 1;
    }
    (rows.len() >= MIN_ROWS).then_some(rows)
}

/// Whether a line keeps to the columns starting at `starts`: nothing left
/// of the first, the two characters before the second empty, and each
/// column's text (if any) starting where its column does.
fn in_columns(line: &Line<'_>, [first, second]: [usize; 2]) -> bool {
    let cols = columns(line);
    let filled = |x: usize| !is_space(cols.get(x));
    let blank = |range: std::ops::Range<usize>| range.into_iter().all(|x| !filled(x));
    let first_ok = filled(first) || blank(first..second);
    let second_ok = filled(second) || cols.len() <= second;
    blank(0..first) && blank(second - 2..second) && first_ok && second_ok
}

/// Whether a first cell is an implication's name: a few words, with
/// letters, not a field's label (`Key decision:`) or a sentence.
fn is_name(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=MAX_NAME_WORDS).contains(&words)
        && text.chars().any(char::is_alphabetic)
        && !text.ends_with([':', '.', ';'])
}

/// What an answer says, in the vocabulary's words: Yes for one of its
/// `set-out-answers` ("Set out below."), No for one opening with one of
/// its `negations` ("No significant implications arising from this
/// report", "Not applicable"); `None` for anything else.
fn answer_mark(answer: &str, vocab: &Vocabulary) -> Option<Mark> {
    let lower = answer.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let flat = words.join(" ");
    let flat = flat.trim_end_matches(['.', ';', ',']);
    if vocab.set_out_answers.contains(flat) {
        return Some(Mark::Yes);
    }
    let first = words
        .first()?
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
    vocab.negations.contains(first).then_some(Mark::No)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::line::{classify, split_lines};

    /// The grid's entries in `text`, as (name, mark).
    fn entries(text: &str) -> Vec<(String, Mark)> {
        let lines = split_lines(text);
        let kinds: Vec<LineKind> = lines.iter().map(classify).collect();
        read(&lines, &kinds, Vocabulary::builtin(), 0)
            .into_iter()
            .map(|imp| (imp.name, imp.mark))
            .collect()
    }

    const GRID: &str = "\
9.1   The implications have been considered.

      Area assessed:                          Direct Implications:
      Crime and Disorder                      Set out below.
      Sustainability (including Climate       Set out below.
      Change and Carbon Emissions)
      Corporate Parenting/Looked After        No significant implications
      Children                                arising from this report
      Public Health                           Set out below.

9.2   Crime and Disorder implications
";

    #[test]
    fn a_two_column_grid_is_read_with_its_wrapped_cells_joined() {
        assert_eq!(
            entries(GRID),
            [
                ("Crime and Disorder".to_string(), Mark::Yes),
                (
                    "Sustainability (including Climate Change and Carbon Emissions)".into(),
                    Mark::Yes
                ),
                // A wrapped first cell ("Children") beside a wrapped answer
                // in lower case is no row of its own.
                ("Corporate Parenting/Looked After Children".into(), Mark::No),
                ("Public Health".into(), Mark::Yes),
            ]
        );
        let lines = split_lines(GRID);
        let kinds: Vec<LineKind> = lines.iter().map(classify).collect();
        let imps = read(&lines, &kinds, Vocabulary::builtin(), 0);
        assert_eq!(
            imps[1].span.of(GRID),
            "Sustainability (including Climate       Set out below.\n      Change and Carbon Emissions)"
        );
    }

    #[test]
    fn near_misses_give_no_grid() {
        // Two columns of prose under two labels.
        let prose = "\
      Our approach:                           Implications:
      The council will consult residents      the plan is agreed in
      before the plan is agreed in the        spring and the budget
      spring, and report back to members.     is set in February.
";
        assert!(entries(prose).is_empty());
        // An answer the vocabulary does not know.
        assert!(entries(&GRID.replace(
            "Public Health                           Set out below.",
            "Public Health                           Partly, in 4.2"
        ))
        .is_empty());
        // No answer says Yes.
        assert!(entries(&GRID.replace("Set out below.", "None.")).is_empty());
        // A header that names no implications: a list of fields.
        let fields = "\
      Report to:                              Cabinet
      Exempt                                  No
      Financial                               Set out below.
";
        assert!(entries(fields).is_empty());
        // A line across the gap before the second column.
        let across = GRID.replace(
            "Public Health                           Set out below.",
            "Public Health and the wider determinants Set out below.",
        );
        assert!(entries(&across).is_empty());
    }

    #[test]
    fn a_row_never_opens_on_a_wrapped_answer() {
        // "Children" beside "Arising …" opens a row whose answer the
        // vocabulary does not know, and the grid is not read.
        let capital = GRID.replace(
            "Children                                arising",
            "Children                                Arising",
        );
        assert!(entries(&capital).is_empty());
    }
}
