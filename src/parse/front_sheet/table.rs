//! Header fields laid out in a table's rows.

use super::*;
use crate::document::Cell;
use crate::parse::appendices;

/// Header fields in a table's rows:
///
/// - two filled cells, a key then its value (`| Meeting | Cabinet |`);
///   in the preamble the key may be in capitals (`TITLE<TAB>…`);
/// - a first row naming the columns `Field | Value | Notes`: each later
///   row's first cell is the key and its second the value;
/// - keys across a first row and their values in the one row under it
///   (`| Meeting | Date | Report of |` / `| Council | 24 April 2025 | … |`);
/// - cells that are themselves fields (`Author: Jo Bloggs<TAB>Job title: …`),
///   in the preamble;
/// - a key and its value in a row's first two cells, the rest left empty
///   (`| Ward(s) or groups affected: | All | | |`, see [`padded_pair`]);
/// - a meeting label, the body and its date in three cells (`| Meeting(s):
///   | Harbour Board | 22 September 2027 |`, see [`meeting_and_date_row`]);
/// - two pairs or more a row, each label closed by its colon (`| Report
///   by: | NAME | Job title: | POST |`, see [`closed_pairs`]);
/// - a label listing the appendices over entries that run on in the rows
///   under it (`Appendices: | A | Schedule …` / `| B | Summary …`, see
///   [`enclosures_rows`]);
/// - in a list of background papers, a column giving a contact (see
///   [`document_list_contact`]).
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
    // label takes the value under it, where both are given. Rows under
    // that one in its shape, a row for each further meeting, give the
    // labels again (see [`repeated_rows`]).
    let closed_label =
        |c: &Cell| closed_key(&c.text).is_some_and(|k| field::is_key(k) && word_count(k) <= 4);
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
    // The title block set in a table (`COUNCIL | AGENDA ITEM NO` over
    // `COMMITTEE` and `11 MARCH 2027 | 9`): no label beside a value.
    if preamble {
        let first: Vec<&str> = rows
            .iter()
            .filter_map(|r| r.cells.first())
            .map(|c| c.text.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        let rest: Vec<&str> = rows
            .iter()
            .flat_map(|r| r.cells.iter().skip(1))
            .map(|c| c.text.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        if is_masthead(&first, &rest, v).is_some() {
            return out;
        }
    }
    if let Some(field) = document_list_contact(rows, v) {
        return vec![field];
    }
    // A table laid out as label | value rows padded with empty cells: its
    // first row is one.
    let padded_table = rows.first().is_some_and(leading_pair);
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
        if skip.is_some_and(|last| n <= last) {
            continue;
        }
        if let Some((field, last)) = question_grid(rows, n).filter(|_| preamble) {
            out.push(field);
            skip = Some(last);
            continue;
        }
        if !named_columns && labels_over(n) {
            let more = repeated_rows(rows, n + 1);
            for values in &rows[n + 1..n + 2 + more] {
                for (k, v) in row.cells.iter().zip(&values.cells) {
                    if !v.text.is_empty() {
                        out.push(field_of(k, v, values.span));
                    }
                }
            }
            skip = Some(n + 1 + more);
            continue;
        }
        let cells = filled(row);
        // `Appendices:   A   Schedule of …` over `B   Summary of …`, as
        // `pdftotext -layout` sets a front sheet's list of appendices in
        // its value column: one field, its value running over the rows
        // under it that leave the label's column empty. (Not where cells
        // are ruled apart, `| A | Schedule of … |`: the value's text would
        // hold the rules.)
        let enclosures = enclosures_rows(rows, n, preamble, v).and_then(|more| {
            let last = rows[n + more]
                .cells
                .iter()
                .rev()
                .find(|c| !c.text.is_empty());
            let end = last.map_or(cells[cells.len() - 1].span, |c| c.span);
            let value = Span::new(cells[1].span.start, end.end);
            (!value.of(text).contains('|')).then_some((more, end, value))
        });
        if let Some((more, end, value)) = enclosures {
            let field = Field {
                key: cells[0].text.trim_end_matches(':').trim().to_string(),
                key_span: cells[0].span,
                value: String::new(),
                value_span: value,
                span: Span::new(row.span.start, end.end),
            };
            out.push(with_value(field, value, text));
            skip = Some(n + more);
            continue;
        }
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
        // Under a first row of pairs, a row's values may be words that
        // could pass for labels (`| Wards affected | All | Exempt | No |`):
        // its labels are enough.
        if paired
            && (cells.len() >= 4 || (cells.len() == 2 && leading))
            && cells.len() % 2 == 0
            && (if n == 0 {
                in_pairs(&cells)
            } else {
                labels_in_pairs(&cells)
            })
        {
            for pair in cells.chunks(2) {
                out.push(field_of(&pair[0], &pair[1], row.span));
            }
            continue;
        }
        // In the front sheet, a row of two pairs or more whose labels are
        // each closed by their colon (`| Report by: | NAME | Job title: |
        // POST |`), under a first row that is no pairs (the title beside
        // `Item no: | 07`): the colons mark the pairs.
        if preamble && leading && closed_pairs(&cells) {
            for pair in cells.chunks(2) {
                out.push(field_of(&pair[0], &pair[1], row.span));
            }
            continue;
        }
        if let Some(f) = meeting_and_date_row(row, &cells, preamble, v) {
            out.push(f);
            continue;
        }
        if cells.len() == 2
            && !(columns && n > 0 && row.cells.len() >= 3)
            && (row.cells.len() <= 3
                || (preamble && pairs_only && aligned_pair(row))
                || padded_pair(row, preamble, padded_table, v))
            && is_row_label(&cells[0].text)
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

/// A front-sheet row of three cells giving a meeting label, the body and
/// the date it meets (`| Meeting(s): | Harbour Board | 22 September 2027
/// |`, the other rows label and value pairs padded with an empty third
/// cell): the meeting's field, its value running over both cells, so
/// that the meeting is read with its own date (as in `To: Cabinet – 30
/// January 2025`). Only in the preamble, with the row's first three
/// cells its filled ones, the label one of the vocabulary's
/// `meeting-keys`, the middle cell a body's name and the last a date
/// alone.
fn meeting_and_date_row(
    row: &crate::document::Row,
    cells: &[Cell],
    preamble: bool,
    v: &Vocabulary,
) -> Option<Field> {
    let [label, body, date] = cells else {
        return None;
    };
    let leading = row.cells.iter().take(3).all(|c| !c.text.is_empty());
    let key = label.text.trim_end_matches(':').trim();
    (preamble
        && leading
        && key_in(key, &v.meeting_keys)
        && body_name(&body.text, v).is_some()
        && !is_date_line(&body.text)
        && is_date_line(&date.text))
    .then(|| {
        let value_span = body.span.cover(date.span);
        Field {
            key: key.to_string(),
            key_span: label.span,
            value: format!("{} {}", body.text, date.text),
            value_span,
            span: label.span.cover(value_span),
        }
    })
}

/// How many rows after row `first` of values under a row of labels repeat
/// its shape, one for each further meeting the paper goes to
/// (`Committee(s): | Dated:` over `Port Health and Environmental Services
/// Committee | 19 January 2027`, then `Finance Committee | 26 January
/// 2027`): as many cells, all filled, none closed by a colon, and a date
/// in the same cells as the first row's and in no others (at least one).
fn repeated_rows(rows: &[crate::document::Row], first: usize) -> usize {
    let dates = |r: &crate::document::Row| -> Vec<bool> {
        r.cells.iter().map(|c| is_date_line(&c.text)).collect()
    };
    let shape = dates(&rows[first]);
    if !shape.contains(&true) {
        return 0;
    }
    rows[first + 1..]
        .iter()
        .take_while(|r| {
            r.cells.len() == shape.len()
                && r.cells
                    .iter()
                    .all(|c| !c.text.is_empty() && closed_key(&c.text).is_none())
                && dates(r) == shape
        })
        .count()
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

/// The most words an option of a [`question_grid`] has ("Yes", "Part
/// exempt").
const MAX_OPTION_WORDS: usize = 3;

/// A front-sheet question answered in a grid of options, each beside its
/// box, one to a row:
///
/// ```text
/// | Is this report restricted for confidential business? | Yes | X |
/// |                                                      | No  |   |
/// ```
///
/// Row `n` opens with the question (see [`is_grid_question`]), then an option of up to
/// [`MAX_OPTION_WORDS`] words and its box (a tick, an "X", an empty box or
/// a blank cell), any later cells empty; each row straight under it that
/// leaves the question's cell empty and has the same shape gives another
/// option. With two options or more and exactly one ticked, gives the
/// question's field, its value the ticked option ("Yes"), spanning the
/// grid's rows, and the grid's last row. A row of the question and its
/// answer in words (`| Is it a key decision? | Yes |`) is no grid.
fn question_grid(rows: &[crate::document::Row], n: usize) -> Option<(Field, usize)> {
    // Whether the row's box is ticked, when the row is an option's.
    let option = |row: &crate::document::Row| -> Option<bool> {
        let [_, option, mark, rest @ ..] = row.cells.as_slice() else {
            return None;
        };
        let words = word_count(&option.text);
        let shaped = (1..=MAX_OPTION_WORDS).contains(&words)
            && crate::parse::table::box_ticked(&option.text).is_none()
            && rest.iter().all(|c| c.text.trim().is_empty());
        crate::parse::table::box_ticked(&mark.text).filter(|_| shaped)
    };
    let first = &rows[n];
    let question = first.cells.first()?;
    if !is_grid_question(&question.text) {
        return None;
    }
    let mut options = vec![(n, option(first)?)];
    for (k, row) in rows.iter().enumerate().skip(n + 1) {
        let under = row.cells.first().is_some_and(|c| c.text.trim().is_empty());
        match option(row).filter(|_| under) {
            Some(ticked) => options.push((k, ticked)),
            None => break,
        }
    }
    let ticked: Vec<usize> = options.iter().filter(|o| o.1).map(|o| o.0).collect();
    let ([answer], true) = (ticked.as_slice(), options.len() >= 2) else {
        return None;
    };
    let value = &rows[*answer].cells[1];
    let last = options.last().map_or(n, |o| o.0);
    let field = Field {
        key: question.text.trim().to_string(),
        key_span: question.span,
        value: value.text.trim().to_string(),
        value_span: value.span,
        span: Span::new(first.span.start, rows[last].span.end),
    };
    Some((field, last))
}

/// The most words a [`question_grid`]'s question has.
const MAX_QUESTION_WORDS: usize = 24;

/// Whether a cell is a question a [`question_grid`] asks: capitalised,
/// three to [`MAX_QUESTION_WORDS`] words with no colon, ending in its only
/// question mark ("Is this report restricted for confidential business?").
fn is_grid_question(text: &str) -> bool {
    let text = text.trim();
    text.strip_suffix('?')
        .is_some_and(|q| !q.contains(['?', ':']))
        && text.starts_with(char::is_uppercase)
        && (3..=MAX_QUESTION_WORDS).contains(&word_count(text))
}

/// Whether a row's first cell is its label: a key (see [`field::is_key`]),
/// or a short question ending in its question mark (`| Is it a key
/// decision? | Yes |`, `| Has GDPR been considered? | Yes. … |`), as a
/// cover of question labels asks them. A question mark inside the label
/// (`Why? See below`) is still no label.
fn is_row_label(text: &str) -> bool {
    let text = text.trim();
    field::is_key(text)
        || text
            .strip_suffix('?')
            .is_some_and(|q| !q.contains('?') && field::is_key(q.trim_end_matches(':').trim_end()))
}

fn labelled(key: &str, v: &Vocabulary) -> bool {
    let key = key.trim_end();
    key.ends_with(':') && key_in(key, &v.field_keys)
}

/// The cell naming the meeting in a front-sheet table's first row when
/// that row fills that one cell (`| **CABINET** | |` over `| Date of
/// Meeting | … |`): a committee's name heading the table of fields.
/// `more` says rows follow the first in the same table: more of `rows`,
/// or, for a Pandoc grid table's header row read as a table of its own
/// (`| **Report to Cabinet** | |` over `+===+===+`), the grid's next rows.
pub(crate) fn body_row(rows: &[crate::document::Row], more: bool, v: &Vocabulary) -> Option<Span> {
    let first = rows.first().filter(|_| more)?;
    let mut filled = first.cells.iter().filter(|c| !c.text.is_empty());
    let cell = filled.next()?;
    (filled.next().is_none() && body_name(&cell.text, v).is_some()).then_some(cell.span)
}

/// The cell heading a front-sheet table when its first row fills that one
/// cell over more rows, and the cell is no field (`| **REPORT TO LICENSING
/// AND REGULATORY COMMITTEE – 18 MARCH 2026** |` over `| **Agenda item:**
/// 7 |`): a title line set in the table, which the meeting's readers read
/// as they read one above it (see [`super::meetings`]).
pub(crate) fn title_row(text: &str, rows: &[crate::document::Row]) -> Option<Span> {
    let [first, _, ..] = rows else {
        return None;
    };
    let mut filled = first.cells.iter().filter(|c| !c.text.is_empty());
    let cell = filled.next()?;
    let field = field::field(with_emphasis(text, cell.span).of(text), 0, false);
    (filled.next().is_none() && field.is_none()).then_some(cell.span)
}

/// The most rows a front-sheet table may open with unlabelled (see
/// [`title_rows`]).
const MAX_TITLE_ROWS: usize = 4;

/// What a front-sheet table's unlabelled first rows give (see
/// [`title_rows`]).
#[derive(Debug, Clone)]
pub(crate) struct TitleRows {
    /// The cell naming the meeting.
    pub(crate) body: Span,
    /// The cell giving its date.
    pub(crate) date: Span,
    /// The cell giving the paper's title, where one does.
    pub(crate) title: Option<Span>,
    /// Every first cell of those rows, in order: the title block's lines.
    pub(crate) cells: Vec<Span>,
}

/// The title block set in a front-sheet table's first rows, over its rows
/// of labels and values, as Pandoc writes a Word cover table whose first
/// cells carry no label:
///
/// ```text
/// | 7 October 2026 | ITEM: 6 |
/// |----------------|---------|
/// | **Corporate Parenting Committee** | |
/// | **Care Leavers' Local Offer 2026-2029** | |
/// | **Wards and communities affected:** All | **Key Decision:** Non-key |
/// ```
///
/// The leading rows (two to [`MAX_TITLE_ROWS`]) each fill their first cell
/// with no colon in it, and leave the others empty or give the agenda
/// item's number there; a row with a label follows them. Among their
/// first cells one is a date alone (the meeting's date), one names a
/// committee that is no organisation's own (the meeting), and the cell
/// after the committee's, where it can be a title (see
/// [`could_be_title`]), is the paper's title.
pub(crate) fn title_rows(rows: &[crate::document::Row], v: &Vocabulary) -> Option<TitleRows> {
    let unlabelled = |row: &&crate::document::Row| {
        let mut cells = row.cells.iter();
        let first = cells.next().map_or("", |c| c.text.trim());
        !first.is_empty()
            && !field::has_colon(first)
            && cells.all(|c| {
                let t = plain(&c.text);
                let t = t.trim();
                t.is_empty() || is_item_line(t) || is_lone_number(t)
            })
    };
    let lead = rows.iter().take_while(unlabelled).count();
    if !(2..=MAX_TITLE_ROWS).contains(&lead) || lead == rows.len() {
        return None;
    }
    let firsts: Vec<&Cell> = rows[..lead].iter().map(|r| &r.cells[0]).collect();
    let mut dates = firsts.iter().filter(|c| is_date_line(c.text.trim()));
    let date = dates.next()?;
    if dates.next().is_some() {
        return None;
    }
    let body_at = firsts.iter().position(|c| {
        !is_date_line(c.text.trim())
            && body_name(c.text.trim(), v).is_some_and(|name| !names_the_organisation(name, v))
    })?;
    let title = firsts
        .get(body_at + 1)
        .filter(|c| could_be_title(&c.text, v))
        .map(|c| c.span);
    Some(TitleRows {
        body: firsts[body_at].span,
        date: date.span,
        title,
        cells: firsts.iter().map(|c| c.span).collect(),
    })
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
    labels_in_pairs(cells) && cells.chunks(2).any(|pair| !field::is_key(&pair[1].text))
}

/// A label cell's key where the cell closes it: with a colon (`Date:`) or
/// an abbreviation's full stop (`Item No.`, `KEY DECISION REF NO.`).
fn closed_key(text: &str) -> Option<&str> {
    text.strip_suffix(':')
        .map(str::trim_end)
        .or_else(|| abbreviated_label(text))
}

/// How many rows under row `n` carry on its list of appendices, where row
/// `n` is a front sheet's label that lists enclosures (see
/// [`appendices::lists_enclosures`]), closed by its colon, in the first
/// cell, over an entry that fills the cells after it (`Appendices: | A |
/// Schedule of …`): each row under it that leaves the first cell empty
/// and fills the entry's first cell (`| B | Summary of …`). `None` where
/// row `n` is no such label's.
fn enclosures_rows(
    rows: &[crate::document::Row],
    n: usize,
    preamble: bool,
    v: &Vocabulary,
) -> Option<usize> {
    let row = &rows[n];
    let key = row.cells.first()?.text.as_str();
    if !preamble
        || row.cells.len() < 3
        || row.cells.iter().any(|c| c.text.is_empty())
        || closed_key(key).is_none()
        || !appendices::lists_enclosures(key, v)
    {
        return None;
    }
    let more = rows[n + 1..]
        .iter()
        .take_while(|r| {
            r.cells.len() == row.cells.len()
                && r.cells[0].text.is_empty()
                && !r.cells[1].text.is_empty()
        })
        .count();
    Some(more)
}

/// Whether a row's filled cells are two label and value pairs or more,
/// each label a short key closed by its colon or an abbreviation's full
/// stop with no value of its own (`Report by: | NAME | Job title: |
/// POST`), and no value closed so (a row of labels over their values,
/// `Meeting of: | Date: | Ward(s): | Item:`, is none).
fn closed_pairs(cells: &[crate::document::Cell]) -> bool {
    cells.len() >= 4
        && cells.len().is_multiple_of(2)
        && cells.chunks(2).all(|pair| {
            closed_key(&pair[0].text).is_some_and(|k| field::is_key(k) && word_count(k) <= 4)
                && field::field(&pair[0].text, 0, false).is_none_or(|f| f.is_empty())
                && closed_key(&pair[1].text).is_none()
        })
}

/// Whether every other of a row's filled cells, from the first, is a label
/// (a short key with no "Key: value" of its own): in mixed case, or in
/// capitals closed by its colon or an abbreviation's full stop (`TO: |
/// Cabinet | REPORT NUMBER: | SCa/25/47`, `KEY DECISION REF NO.`), where a
/// row of column headings in capitals (`NAME | POST | DATE`) has neither.
fn labels_in_pairs(cells: &[crate::document::Cell]) -> bool {
    let label = |c: &crate::document::Cell| {
        let closed = closed_key(&c.text);
        field::is_key(closed.unwrap_or(&c.text))
            && (closed.is_some() || c.text.chars().any(char::is_lowercase))
            && field::field(&c.text, 0, false).is_none_or(|f| f.is_empty())
    };
    cells.chunks(2).all(|pair| label(&pair[0]))
}

/// Whether a row of three cells or more fills its first two and leaves
/// the rest empty (`| Lead Officer | Jo Bloggs, Director | | |`), as Word
/// pads a label and value row of a table whose other rows use more
/// columns.
fn leading_pair(row: &crate::document::Row) -> bool {
    row.cells.len() >= 3
        && row.cells[..2].iter().all(|c| !c.text.is_empty())
        && row.cells[2..].iter().all(|c| c.text.is_empty())
}

/// Whether a row is a key and its value padded with empty cells (see
/// [`leading_pair`]) that the table's shape makes a field: in the front
/// sheet, a key closed by its colon (`| Ward(s) or
/// groups affected: | All | | |` under `Item No. | Classification: |
/// Date: | Meeting Name:`); in a table whose first row is such a pair too
/// (an audit trail at the end: `| Cabinet Member | … | | |` over `| Lead
/// Officer | … | | |`), a key that is one of the pack's field labels. A
/// row of a table of columns (`| Draft | 3 March 2026 | | |` under
/// `Version | Date | Author | Change`) is neither.
fn padded_pair(
    row: &crate::document::Row,
    preamble: bool,
    padded_table: bool,
    v: &Vocabulary,
) -> bool {
    let key = row.cells[0].text.trim_end();
    leading_pair(row)
        && ((preamble && key.ends_with(':')) || (padded_table && key_in(key, &v.field_keys)))
}

/// The contact a list of background papers gives in a column (`Background
/// Papers | Held At | Contact` over `… | 160 Tooley Row | Jo Bloggs 020
/// 7946 0718`): whom to ask about the papers, the report's own contact. The
/// table's first heading is one of the vocabulary's `document-list-titles`
/// and another is one of the pack's field labels, over a cell that gives a
/// phone number or an email address (see [`field::gives_phone_or_email`]):
/// the first such cell, as that label's field. A column of dates or places
/// gives nothing.
///
/// A table titled by one of the pack's labels in a row of one cell over
/// its column headings (`Author(s)` over `Name | Designation | Contact
/// Details` over `Kirsty Dalgleish | Senior Licensing Officer | 01632
/// 475221`) gives its contact so too.
fn document_list_contact(rows: &[crate::document::Row], v: &Vocabulary) -> Option<Field> {
    let filled = |r: &crate::document::Row| r.cells.iter().filter(|c| !c.text.is_empty()).count();
    let titled = rows.first().is_some_and(|r| {
        filled(r) == 1
            && r.cells
                .iter()
                .find(|c| !c.text.is_empty())
                .is_some_and(|c| key_in(&c.text, &v.field_keys))
    });
    let rows = if titled { &rows[1..] } else { rows };
    let (head, body) = rows.split_first()?;
    let first = head.cells.first()?;
    if head.cells.len() < 2 || !(titled || key_in(&first.text, &v.document_list_titles)) {
        return None;
    }
    head.cells
        .iter()
        .enumerate()
        .skip(1)
        .find_map(|(k, label)| {
            if !field::is_key(&label.text) || !key_in(&label.text, &v.field_keys) {
                return None;
            }
            let value = body
                .iter()
                .filter_map(|r| r.cells.get(k))
                .find(|c| field::gives_phone_or_email(&c.text))?;
            Some(Field {
                key: label.text.trim_end_matches(':').trim().to_string(),
                key_span: label.span,
                value: value.text.clone(),
                value_span: value.span,
                span: value.span,
            })
        })
}

/// The most cells a masthead's first column holds (see [`is_masthead`]).
const MAX_MASTHEAD_CELLS: usize = 4;
/// The most words a cell of a masthead's first column holds.
const MAX_MASTHEAD_WORDS: usize = 12;

/// Whether a table's cells are a masthead: the title block's lines set in
/// a table's first column (`first`, its filled cells in order), beside the
/// agenda item's number (`rest`, the other columns' filled cells in
/// reading order), as a district's Word cover comes out of Pandoc:
///
/// ```text
///   ------------------------------------------------- ---------------
///   **WYCHCOMBE DISTRICT COUNCIL**                    **AGENDA ITEM
///                                                     NO**
///
///   **COMMUNITY SERVICES AND LICENSING COMMITTEE**
///
///   **11 MARCH 2027**                                 **9**
///   ------------------------------------------------- ---------------
/// ```
///
/// The first column holds two to [`MAX_MASTHEAD_CELLS`] short cells, one a
/// date alone and one before it naming a body that is no organisation's
/// own (a committee, not the council); the other columns hold only the
/// item's number (`AGENDA ITEM NO` / `9`, read together) or nothing; and
/// no cell is a label (a colon, or one of the labels the parser knows that
/// names no body). Gives the index among `first` of the body's cell and of
/// the date's.
pub(super) fn is_masthead(first: &[&str], rest: &[&str], v: &Vocabulary) -> Option<(usize, usize)> {
    if !(2..=MAX_MASTHEAD_CELLS).contains(&first.len()) {
        return None;
    }
    let label = |c: &str| {
        let c = c.trim();
        c.contains(':') || (known_key(c, v) && body_name(c, v).is_none() && !is_date_line(c))
    };
    if first.iter().chain(rest).any(|c| label(c))
        || first.iter().any(|c| word_count(c) > MAX_MASTHEAD_WORDS)
    {
        return None;
    }
    let others = rest.join(" ");
    let others = others.trim();
    if !(others.is_empty() || is_item_line(others) || is_lone_number(others)) {
        return None;
    }
    let mut dates = first
        .iter()
        .enumerate()
        .filter(|(_, c)| is_date_line(c.trim()));
    let (date, _) = dates.next()?;
    if dates.next().is_some() {
        return None;
    }
    let body = first[..date].iter().rposition(|c| {
        body_name(c.trim(), v).is_some_and(|name| !names_the_organisation(name, v))
    })?;
    Some((body, date))
}

/// A masthead (see [`is_masthead`]) opening the paper at line `i`, as
/// Pandoc sets a table of two columns or more between lines of dashes (a
/// frame with a run of dashes for each column): the line after it, and
/// the spans of its first column's cells, with the index among them of
/// the body's and of the date's. A cell of the first column must stand on
/// one line (a wrapped one would take the next column's text into its
/// span).
pub(super) fn masthead(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<(usize, Vec<Span>, (usize, usize))> {
    let mut end = i;
    while end < lines.len() && matches!(kinds[end], LineKind::SpacedRow) {
        end += 1;
    }
    if end == i || end - i > MAX_MASTHEAD_LINES {
        return None;
    }
    let dashes = |k: usize| {
        let t = lines[k].text.trim_end();
        !t.trim().is_empty() && t.bytes().all(|b| b == b'-' || b == b' ')
    };
    // The columns: where each run of dashes starts on the first line of
    // them.
    let frame = (i..end).find(|&k| dashes(k))?;
    let frame_text = lines[frame].text.trim_end();
    let starts: Vec<usize> = frame_text
        .char_indices()
        .filter(|&(at, c)| c == '-' && (at == 0 || frame_text.as_bytes()[at - 1] == b' '))
        .map(|(at, _)| frame_text[..at].chars().count())
        .collect();
    if starts.len() < 2 {
        return None;
    }
    let mut first: Vec<Span> = Vec::new();
    let mut rest: Vec<&str> = Vec::new();
    let mut last_first_line: Option<usize> = None;
    for (k, line) in lines.iter().enumerate().take(end).skip(i) {
        if dashes(k) || line.is_blank() {
            continue;
        }
        let body = line.text.trim_end();
        let mut at = 0;
        while at < body.len() {
            let from = at + body[at..].len() - body[at..].trim_start().len();
            if from >= body.len() {
                break;
            }
            let cell_end = body[from..].find("  ").map_or(body.len(), |e| from + e);
            let cell = &body[from..cell_end];
            let col = body[..from].chars().count();
            if col < starts[1] {
                // Two lines of the first column in a row: a wrapped cell.
                if last_first_line == Some(k - 1) {
                    return None;
                }
                last_first_line = Some(k);
                first.push(Span::new(line.start + from, line.start + cell_end));
            } else {
                rest.push(cell);
            }
            at = cell_end;
        }
    }
    let flats: Vec<String> = first.iter().map(|s| plain(s.of(text))).collect();
    let flat_refs: Vec<&str> = flats.iter().map(String::as_str).collect();
    let rest: Vec<String> = rest.iter().map(|c| plain(c)).collect();
    let rest_refs: Vec<&str> = rest.iter().map(String::as_str).collect();
    let found = is_masthead(&flat_refs, &rest_refs, v)?;
    Some((end, first, found))
}

/// The most lines, frames included, a masthead (see [`masthead`]) may take.
const MAX_MASTHEAD_LINES: usize = 10;

#[cfg(test)]
mod tests {
    use crate::parse::front_sheet::tests::{pair, pairs, with_field_keys};
    use crate::parse::{parse, parse_with};

    #[test]
    fn a_row_labelled_by_a_short_question() {
        let text = "|  |  |\n|----|----|\n| **Name of meeting:** | Cabinet |\n| **Has GDPR been considered?** | Yes. No personal data. |\n| **Why? See the notes** | Text |\n\n# Summary\n\nText.\n";
        let doc = parse_with(text, &with_field_keys(&["name of meeting"]));
        assert_eq!(
            pairs(&doc),
            [
                pair("Name of meeting", "Cabinet"),
                pair("Has GDPR been considered?", "Yes. No personal data."),
            ]
        );
        assert!(super::is_row_label("Is it a key decision?"));
        assert!(super::is_row_label("Date:"));
        // Near misses: a question mark inside, two questions, a sentence.
        assert!(!super::is_row_label("Why? See the notes"));
        assert!(!super::is_row_label("Why? Why not?"));
        assert!(!super::is_row_label("the plan was adopted?"));
    }

    #[test]
    fn a_question_answered_in_a_grid_of_options_and_boxes() {
        let grid = "| | |\n|---|---|\n| **Report on** | Landfill lease |\n\n| | | |\n|---|---|---|\n\
                    | **Is this report restricted for confidential business?** | Yes | X |\n\
                    | | No | |\n\
                    | **If 'Yes', confirm below the exempt information category relied upon** | | |\n\n\
                    **1.0 Purpose of Report**\n\n1.1 Text.\n";
        let doc = parse(grid);
        let got = pairs(&doc);
        assert!(
            got.contains(&pair(
                "Is this report restricted for confidential business?",
                "Yes"
            )),
            "{got:?}"
        );
        let f = doc.fields.iter().find(|f| f.key.ends_with('?')).unwrap();
        assert_eq!(f.value_span.of(grid), "Yes");
        // The tick beside "No" answers no.
        let no = grid
            .replace("| Yes | X |", "| Yes | |")
            .replace("| No | |", "| No | ✓ |");
        assert!(pairs(&parse(&no)).contains(&pair(
            "Is this report restricted for confidential business?",
            "No"
        )));
        // Near misses: no box ticked, both ticked, one option only, or a
        // statement in place of the question.
        for unclear in [
            grid.replace("| Yes | X |", "| Yes | |"),
            grid.replace("| No | |", "| No | X |"),
            grid.replace("| | No | |\n", ""),
            grid.replace("restricted for confidential business?", "restricted."),
        ] {
            let got = pairs(&parse(&unclear));
            assert!(got.iter().all(|p| p.1 != "Yes" && p.1 != "No"), "{got:?}");
        }
    }

    #[test]
    fn labels_over_a_row_for_each_meeting() {
        // "Committee(s): | Dated:" over a row for each committee the paper
        // goes to: each row gives both labels' fields.
        let text = "| **Committee(s):** | **Dated:** |\n|---|---|\n\
                    | Planning and Transportation Committee – for decision | 3 March 2027 |\n\
                    | Court of Common Council – for decision | 15 March 2027 |\n\n\
                    | | |\n|---|---|\n| **Subject:** | Pavement licences |\n\n**Summary**\n\nThis report proposes new fees.\n";
        let doc = parse(text);
        assert_eq!(
            pairs(&doc)[..5],
            [
                pair(
                    "Committee(s)",
                    "Planning and Transportation Committee – for decision"
                ),
                pair("Dated", "3 March 2027"),
                pair("Committee(s)", "Court of Common Council – for decision"),
                pair("Dated", "15 March 2027"),
                pair("Subject", "Pavement licences"),
            ]
        );
        assert_eq!(doc.meetings.len(), 1);
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2027-03-03");
        // A row out of the first's shape (no date where it had one) is no
        // further meeting.
        let text = "| **Committee(s):** | **Dated:** |\n|---|---|\n\
                    | Planning and Transportation Committee | 3 March 2027 |\n\
                    | Court of Common Council | to be confirmed |\n\n**Summary**\n\nThis report proposes new fees.\n";
        assert_eq!(
            parse(text)
                .fields
                .iter()
                .filter(|f| f.key == "Committee(s)")
                .count(),
            1
        );
    }

    #[test]
    fn a_one_column_front_table_headed_by_the_meeting_and_its_date() {
        let text = "![Logo](media/image1.jpeg)\n\n\
                    | **REPORT TO LICENSING AND REGULATORY COMMITTEE – 18 MARCH 2026** |\n|---|\n\
                    | **Agenda item:** 7 |\n| **Report title:** Hackney carriage fares |\n\
                    | **Wards affected:** All |\n\n**1. SUMMARY**\n\n1.1 The Committee agreed on 21 January 2026 to advertise a variation.\n";
        let doc = parse(text);
        assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
        assert_eq!(doc.meetings[0].name, "LICENSING AND REGULATORY COMMITTEE");
        assert_eq!(
            doc.meetings[0].name_span.of(text),
            "LICENSING AND REGULATORY COMMITTEE"
        );
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2026-03-18");
        // The rows under it are still fields.
        assert!(pairs(&doc).contains(&pair("Wards affected", "All")));
        // The same line above the table names the meeting the same way.
        let above = "**REPORT TO LICENSING AND REGULATORY COMMITTEE – 18 MARCH 2026**\n\n\
                     | **Agenda item:** 7 |\n|---|\n| **Wards affected:** All |\n\n**1. SUMMARY**\n\n1.1 Text.\n";
        assert_eq!(parse(above).meetings[0].name, doc.meetings[0].name);
        // A one-cell heading that names no committee names no meeting,
        // though it holds a date.
        let text = "| **Summary of changes – 18 March 2026** |\n|---|\n\
                    | **Agenda item:** 7 |\n| **Wards affected:** All |\n\n**1. SUMMARY**\n\n1.1 Text.\n";
        assert!(
            parse(text).meetings.is_empty(),
            "{:?}",
            parse(text).meetings
        );
        // A first row that is itself a field is no title.
        let text = "| **Report to:** Licensing Committee |\n|---|\n| **Wards affected:** All |\n\n\
                    **1. SUMMARY**\n\n1.1 Text.\n";
        let doc = parse(text);
        assert_eq!(doc.meetings[0].name, "Licensing Committee");
        assert!(doc.meetings[0].date.is_none());
    }

    #[test]
    fn label_rows_padded_with_empty_cells_under_a_row_of_labels() {
        let text = "| **Item No.** | **Classification:** | **Date:** | **Meeting Name:** |\n|---|---|---|---|\n\
                    | 14. | Open | 11 February 2026 | Cabinet |\n\
                    | **Report title:** | Revenue Budget 2026-27 | | |\n\
                    | **Ward(s) or groups affected:** | All | | |\n\
                    | **Cabinet Member:** | Councillor Jo Bloggs, Finance | | |\n\n\
                    # RECOMMENDATIONS\n\n1. That cabinet notes the settlement.\n";
        let got = pairs(&parse(text));
        for p in [
            pair("Date", "11 February 2026"),
            pair("Report title", "Revenue Budget 2026-27"),
            pair("Ward(s) or groups affected", "All"),
            pair("Cabinet Member", "Councillor Jo Bloggs, Finance"),
        ] {
            assert!(got.contains(&p), "{p:?} in {got:?}");
        }
        // A row of a table of columns on the front sheet, its last cells
        // left empty, is no label and value: no colon marks its first cell.
        let text = "| Version | Date | Author | Change |\n|---|---|---|---|\n\
                    | Draft | 3 March 2026 | | |\n| Final | 9 March 2026 | | |\n\n\
                    # RECOMMENDATIONS\n\n1. That cabinet notes the settlement.\n";
        let got = pairs(&parse(text));
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn an_audit_trail_of_padded_label_rows_at_the_end() {
        let vocab = with_field_keys(&["lead officer", "report author", "cabinet member", "date"]);
        let text = "# RECOMMENDATIONS\n\n1. That cabinet agrees the budget set out in this report and its appendices, which the council must set by law before March.\n\n\
                    # AUDIT TRAIL\n\n\
                    | **Cabinet Member** | Councillor Jo Bloggs, Finance | | |\n|---|---|---|---|\n\
                    | **Lead Officer** | Sam Stone, Strategic Director of Finance | | |\n\
                    | **Report Author** | Al Reed, Head of Strategic Finance | | |\n\
                    | **Version** | Final | | |\n\
                    | **Officer Title** | | **Comments Sought** | **Comments Included** |\n\
                    | Strategic Director of Finance | | Yes | Yes |\n\
                    | **Date final report sent to Constitutional Team** | | | 30 January 2026 |\n";
        let got = pairs(&parse_with(text, &vocab));
        for p in [
            pair("Lead Officer", "Sam Stone, Strategic Director of Finance"),
            pair("Report Author", "Al Reed, Head of Strategic Finance"),
        ] {
            assert!(got.contains(&p), "{p:?} in {got:?}");
        }
        // "Version" is no label of the pack's; the columns' rows are no fields.
        assert!(
            got.iter().all(|(k, _)| k != "Version"
                && k != "Strategic Director of Finance"
                && !k.starts_with("Date final")),
            "{got:?}"
        );
        // A data table in the body whose heading row holds "Date": its rows,
        // padded or not, are no fields, though "Date" is a label of the pack's.
        let text = "# RECOMMENDATIONS\n\n1. That cabinet agrees the budget set out in this report and its appendices, which the council must set by law before March.\n\n\
                    # BACKGROUND\n\n| Date | Event | Cost | Notes |\n|---|---|---|---|\n\
                    | Date | 3 March 2026 | | |\n| Lead Officer | Sam Stone | | |\n";
        let got = pairs(&parse_with(text, &vocab));
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn tab_separated_pairs_with_labels_in_capitals_closed_by_colons() {
        // A district's front sheet lined up with tabs, two label and value
        // pairs a row, its labels in capitals: each closes with a colon or
        // an abbreviation's full stop, and the last row fills one pair.
        let text = "**STOURMEAD DISTRICT COUNCIL**\n\n\
                    TO:\tCabinet\tREPORT NUMBER:\tSCa/25/47\n\
                    FROM:\tCabinet Member for Planning\tDATE OF MEETING:\t9 March 2026\n\
                    OFFICER:\tTom Wainwright, Corporate Manager\tKEY DECISION REF NO.\tCAB531\n\
                    WARDS:\tAll\t\t\n\n**1. PURPOSE OF REPORT**\n\n1.1 Text.\n";
        let got = pairs(&parse(text));
        for p in [
            pair("TO", "Cabinet"),
            pair("DATE OF MEETING", "9 March 2026"),
            pair("KEY DECISION REF NO.", "CAB531"),
            pair("WARDS", "All"),
        ] {
            assert!(got.contains(&p), "{p:?} in {got:?}");
        }
        // Column headings in capitals close with neither: no pairs.
        let text = "NAME\tPOST\tDATE\tSIGNED\n\
                    Jo Bloggs\tDirector\t3 March 2026\tYes\n\
                    Sam Stone\tSolicitor\t4 March 2026\tYes\n\n**1. PURPOSE OF REPORT**\n\n1.1 Text.\n";
        let got = pairs(&parse(text));
        assert!(!got.iter().any(|p| p.0 == "NAME"), "{got:?}");
    }

    #[test]
    fn a_paired_row_answering_its_labels_in_one_word() {
        // The last row of a table of two pairs a row: "All" and "No" could
        // pass for labels, but the first row shows the table is pairs.
        let text = "**CABINET – 10 MARCH 2026**\n\n\
                    | **Report of** | Director of Place | **Portfolio** | Planning and Infrastructure – Cllr Jo Bloggs |\n|---|---|---|---|\n\
                    | **Report title** | Local Plan 2024–2042: Pre-Submission Publication | **Key decision** | Yes |\n\
                    | **Wards affected** | All | **Exempt** | No |\n\n**1. Purpose**\n\n1.1 Text.\n";
        let got = pairs(&parse(text));
        for p in [
            pair("Key decision", "Yes"),
            pair("Wards affected", "All"),
            pair("Exempt", "No"),
        ] {
            assert!(got.contains(&p), "{p:?} in {got:?}");
        }
        // Under a first row whose every cell is a label (column headings),
        // such a row is no pairs.
        let text = "| Version | Date | Author | Change |\n|---|---|---|---|\n\
                    | One | 3 May 2025 | Jo Bloggs | First draft |\n\
                    | Wards affected | All | Exempt | No |\n\n**1. Purpose**\n\n1.1 Text.\n";
        let got = pairs(&parse(text));
        assert!(
            got.iter()
                .all(|(k, _)| k != "Version" && k != "Wards affected"),
            "{got:?}"
        );
    }

    #[test]
    fn pairs_closed_by_colons_under_a_title_row() {
        // The header row holds the title beside `Item no: | 07`, so the
        // table's first row is no pairs: the colons mark the pairs below.
        let text = "**Transport and Environment Committee**\n\n\
                    | **Parking charges: outcome of consultation** | | **Item no:** | **07** |\n|---|---|---|---|\n\
                    | **Report by:** | Jo Bloggs | **Job title:** | Director, Transport |\n\
                    | **Date:** | 9 December 2027 | | |\n\
                    | **Telephone:** | 020 7946 0833 | **Email:** | jo\\@example.gov.uk |\n\n**Summary:**\n\nText.\n";
        let got = pairs(&parse(text));
        for p in [
            pair("Report by", "Jo Bloggs"),
            pair("Job title", "Director, Transport"),
            pair("Telephone", "020 7946 0833"),
        ] {
            assert!(got.contains(&p), "{p:?} in {got:?}");
        }
        // Near misses: labels with no colon under such a row, and a row of
        // labels each closed by its colon (labels over values), are no pairs.
        let text = "| **Parking charges: outcome of consultation** | | **Item no:** | **07** |\n|---|---|---|---|\n\
                    | Report by | Jo Bloggs | Job title | Director |\n\
                    | Meeting of: | Date: | Ward(s): | Item: |\n\n**Summary:**\n\nText.\n";
        let got = pairs(&parse(text));
        assert!(
            got.iter()
                .all(|(k, _)| k != "Report by" && k != "Meeting of"),
            "{got:?}"
        );
    }

    #[test]
    fn a_contact_column_of_a_table_titled_by_a_label() {
        let vocab = with_field_keys(&["author", "contact details"]);
        let body = "# RECOMMENDATIONS\n\n1. That the committee approves the fees set out in this report, which take effect from April.\n\n";
        let text = format!(
            "{body}  ------------------------------------------------------------\n  **Author(s)**\n  ------------------ ------------------------ ----------------\n  **Name**           **Designation**          **Contact Details**\n\n  Kirsty Dalgleish   Senior Licensing Officer 01632 475221\n  ------------------------------------------------------------\n"
        );
        let doc = parse_with(&text, &vocab);
        assert!(
            pairs(&doc).contains(&pair("Contact Details", "01632 475221")),
            "{:?}",
            pairs(&doc)
        );
        // A title that is none of the pack's labels gives nothing.
        let text = text.replace("Author(s)", "Consultees");
        let doc = parse_with(&text, &vocab);
        assert!(
            pairs(&doc).iter().all(|(k, _)| k != "Contact Details"),
            "{:?}",
            pairs(&doc)
        );
    }

    #[test]
    fn a_contact_column_of_a_list_of_background_papers() {
        let vocab = with_field_keys(&["contact", "date"]);
        let body = "# RECOMMENDATIONS\n\n1. That cabinet agrees the budget set out in this report and its appendices, which the council must set by law before March.\n\n\
                    # BACKGROUND DOCUMENTS\n\n";
        let text = format!(
            "{body}| Background Papers | Held At | Contact |\n|---|---|---|\n\
             | Finance settlement 2026-27 | 160 Tooley Row, London SE1 2QH | Jo Bloggs 020 7946 0718 |\n\
             | Budget update, December 2025 | 160 Tooley Row, London SE1 2QH | Jo Bloggs 020 7946 0718 |\n"
        );
        let doc = parse_with(&text, &vocab);
        assert_eq!(pairs(&doc), [pair("Contact", "Jo Bloggs 020 7946 0718")]);
        assert_eq!(
            doc.fields[0].value_span.of(&text),
            "Jo Bloggs 020 7946 0718"
        );
        // A column of dates gives nothing, nor a contact column with no
        // phone or email, nor a table of other things.
        for table in [
            "| Background Papers | Date | Held At |\n|---|---|---|\n| Finance settlement | 3 March 2026 | Town Hall |\n",
            "| Background Papers | Held At | Contact |\n|---|---|---|\n| Finance settlement | Town Hall | Jo Bloggs |\n",
            "| Organisation | Contact | Response |\n|---|---|---|\n| Environment Agency | Al Reed 020 7946 0718 | No objection |\n",
        ] {
            let doc = parse_with(&format!("{body}{table}"), &vocab);
            assert!(doc.fields.is_empty(), "{table}: {:?}", pairs(&doc));
        }
    }
}
