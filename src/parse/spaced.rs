//! Tables whose columns are lined up with spaces: between lines of dashes,
//! as Pandoc's Markdown writer sets out a Word table ("simple" and
//! "multiline" tables), and in blocks of lines `pdftotext -layout` keeps in
//! their columns (a sign-off table: `Finance   Jo Bloggs   1 May 2025`).
//!
//! ```text
//! framed_table  = frame NL [header_lines NL groups NL] body NL frame (blank | end)
//!                 -- frame: one run of ten dashes or more, the same line above and below
//! grouped_table = header_line NL groups NL body_lines [NL groups] (blank | end)
//!               | groups NL body_lines NL groups (blank | end)  -- no header row
//!               | groups NL body NL groups (blank | end)        -- no header row, a blank
//!                                                               -- line between rows
//! groups        = " "* dashes (" "+ dashes)+                    -- a run of dashes a column
//! body          = body_lines (blank body_lines)*                -- a blank line between rows
//!                                                               -- of a multiline table
//! aligned_table = blank row{3,} (blank | end)    -- lines of text, none numbered, each with a
//!                                               -- gap of two spaces, and all filling two of
//!                                               -- three columns or more
//! row           = line wrapped{0,2}             -- wrapped: the first cell's text carried on
//!                                               -- under it, in its column alone, no gap
//! ```
//!
//! The dashes alone make nothing a table: a frame is also a horizontal
//! rule, and lines of text can stand between two rules. The columns must
//! show in the text too. Under a line of column groups, every line of the
//! table leaves the space between two groups (and before the first) empty.
//! Between two frames with no groups, the columns are read from the lines
//! themselves (see [`layout_columns`]): a column starts where every line
//! has two spaces (or has ended) before it and two lines or more have text
//! at it. A framed box of running text has one column and stays text.
//! With no dashes at all, a block of lines between blank lines is a table
//! only with three columns or more found so, and every line filling two of
//! them: a numbered paragraph indented under its number, or a label and
//! its value wrapped under it, has two columns and lines filling one.
//! The one line of such a table that fills one column is a long first
//! cell that `pdftotext -layout` wrapped onto the next line, in its own
//! column (`Well-being of Future   Yes   1.3, 7.9` over `Generations
//! (Wales) Act 2015`): joined onto the row above.
//!
//! Rows: each line of a table with no blank line in it (in a framed one,
//! a line whose first cell is empty carries on the row above: a wrapped
//! cell); in a table with blank lines, each run of lines between them,
//! except that a line opening with a label closed by its colon, with a
//! value beside it, under another such line is a row of its own
//! (`**Tel:**  020 …` under `**Report Author:**  Jo Bloggs`), and a line
//! that fills every column with labels (`**Item No.**  **Classification:**`)
//! over a line that fills every column is a row of labels over a row of
//! their values (`5.1  Open`), as a Word table with each cell's label over
//! its value comes out of Pandoc. A wrapped
//! cell's lines are joined with a space. In a headerless table with blank
//! lines between its rows, a row whose text crosses the gaps between the
//! column groups is one cell across the table (a merged row of a Word
//! table: `**Report of:** Corporate Director of Resources` over the
//! columns of `Meeting of: | Date: | Ward(s):`).

use super::inline::{plain, trim_markup};
use super::line::{Line, LineKind};
use crate::document::{Cell, Row, Span};

/// How many dashes a frame takes at least.
const MIN_FRAME: usize = 10;
/// How many dashes a column's group takes at least.
const MIN_GROUP: usize = 3;
/// How many lines a table may run over.
const MAX_LINES: usize = 400;

/// A table found in the lines, with the lines it takes.
#[derive(Debug, Clone)]
pub(crate) struct SpacedTable {
    /// Its first line (a frame, a header or a line of dashes).
    pub(crate) first: usize,
    /// The line after its last.
    pub(crate) next: usize,
    pub(crate) rows: Vec<Row>,
}

/// Finds the tables lined up with spaces and marks their lines
/// [`LineKind::SpacedRow`]. Most papers have no line of dashes: one look
/// at each line's kind, and nothing more.
pub(crate) fn read(lines: &[Line<'_>], kinds: &mut [LineKind]) -> Vec<SpacedTable> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !matches!(kinds[i], LineKind::Rule) {
            i += 1;
            continue;
        }
        let found = dash_groups(&lines[i]).and_then(|groups| {
            if groups.len() == 1 {
                framed(lines, kinds, i, &groups)
            } else {
                grouped(lines, kinds, i, &groups)
            }
        });
        match found {
            Some(t) => {
                for k in &mut kinds[t.first..t.next] {
                    *k = LineKind::SpacedRow;
                }
                i = t.next;
                out.push(t);
            }
            None => i += 1,
        }
    }
    let framed = out.len();
    let mut i = 0;
    while i < lines.len() {
        if !matches!(kinds[i], LineKind::Text) || !is_blank_before(kinds, i) {
            i += 1;
            continue;
        }
        // A header line over rows that stand apart (see [`blocks_table`]).
        if is_blank(kinds, i + 1) {
            if let Some(t) = blocks_table(lines, kinds, i) {
                for k in &mut kinds[t.first..t.next] {
                    *k = LineKind::SpacedRow;
                }
                i = t.next;
                out.push(t);
                continue;
            }
        }
        // Lines of text only: a numbered paragraph in the block is a page
        // set in two columns of running text, no table. Most blocks are
        // a paragraph of a line or two: told by the lines' kinds, before
        // any line's bytes are looked at.
        let text_lines = kinds[i..]
            .iter()
            .take(MIN_ALIGNED_LINES)
            .take_while(|k| matches!(k, LineKind::Text))
            .count();
        if text_lines < MIN_ALIGNED_LINES {
            i += 1;
            continue;
        }
        // The block's lines: each with a gap, or a line with none under
        // one (a cell wrapped onto its own line; [`aligned`] says whether
        // it is one).
        let mut j = i;
        let mut wrapped = 0;
        while matches!(kinds.get(j), Some(LineKind::Text)) {
            if has_gap(&lines[j]) {
                wrapped = 0;
            } else if j > i && wrapped < MAX_WRAPPED {
                wrapped += 1;
            } else {
                break;
            }
            j += 1;
        }
        if j - i >= MIN_ALIGNED_LINES && is_blank(kinds, j) {
            if let Some(t) = aligned(lines, kinds, i..j) {
                for k in &mut kinds[i..j] {
                    *k = LineKind::SpacedRow;
                }
                out.push(t);
            }
        }
        i = j.max(i + 1);
    }
    if out.len() > framed && framed > 0 {
        out.sort_by_key(|t| t.first);
    }
    out
}

/// How many lines a table with no line of dashes takes at least, its
/// rows' wrapped lines left out.
const MIN_ALIGNED_LINES: usize = 3;
/// How many lines a row's first cell may wrap onto, in a table with no
/// line of dashes.
const MAX_WRAPPED: usize = 2;
/// How many columns a table with no line of dashes has at least.
const MIN_ALIGNED_COLUMNS: usize = 3;

fn is_blank_before(kinds: &[LineKind], i: usize) -> bool {
    i == 0 || is_blank(kinds, i - 1)
}

/// Whether a line has two spaces in a row after its indent: a gap that
/// may part two columns.
pub(super) fn has_gap(line: &Line<'_>) -> bool {
    !line.has_tab && memchr::memmem::find(line.content().trim_end().as_bytes(), b"  ").is_some()
}

/// A table with no line of dashes (`aligned_table`): lines `range`, a
/// block of text lines standing between blank lines (none a numbered
/// paragraph or a bullet), every line of it filling two of three columns
/// or more that [`layout_columns`] finds. A numbered paragraph indented
/// under its number has two columns, its wrapped lines one filled; lines
/// of prose share no column at all; a page `pdftotext` kept in two columns
/// of running text has paragraph numbers in its lines.
fn aligned(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    range: std::ops::Range<usize>,
) -> Option<SpacedTable> {
    let starts = layout_columns(lines, kinds, range.clone())?;
    if starts.len() < MIN_ALIGNED_COLUMNS {
        return None;
    }
    let mut rows: Vec<Row> = Vec::new();
    let mut lines_of_row = 0;
    for k in range.clone() {
        let cells = cut(&lines[k], &starts);
        let filled = cells.iter().filter(|c| !c.text.is_empty()).count();
        if filled >= 2 {
            rows.push(Row {
                span: lines[k].content_span(),
                cells,
            });
            lines_of_row = 1;
        } else if lines_of_row > 0
            && lines_of_row <= MAX_WRAPPED
            && wraps_first_cell(&lines[k], &cells, starts[0])
        {
            let row = rows.last_mut().expect("a row is above");
            row.carry_on(lines[k].content_span(), cells, 0);
            lines_of_row += 1;
        } else {
            return None;
        }
    }
    (rows.len() >= MIN_ALIGNED_LINES).then_some(SpacedTable {
        first: range.start,
        next: range.end,
        rows,
    })
}

/// How many rows a table of blocks ([`blocks_table`]) has at least.
const MIN_BLOCK_ROWS: usize = 2;
/// How many words a label of a table of blocks' header has at most.
const MAX_HEADER_WORDS: usize = 4;

/// A table with no line of dashes whose rows stand apart, a blank line
/// between each (`blocks_table`), as `pdftotext -layout` sets a Word table
/// whose cells wrap over several lines:
///
/// ```text
/// blocks_table = header blank block (blank block)+ (blank | end)
/// header       = label (gap label){2,}   -- three short labels or more, none a sentence
/// block        = line{1,}                -- lines of text (none numbered), the first
///                                        -- filling the first column and another
/// ```
///
/// The header at line `i` sets the columns: each starts where one of its
/// labels does. Every line of a block leaves empty the two characters
/// before each column after the first and has nothing left of the first:
/// a cell's wrapped lines stay in its column. Each block is a row, its
/// cells' lines joined (`Legal   The IJB must …   Standards Officer and` /
/// `…   Legal Adviser to the` / `…   IJB, 10 March 2027`).
fn blocks_table(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> Option<SpacedTable> {
    if !matches!(kinds[i], LineKind::Text) || !has_gap(&lines[i]) {
        return None;
    }
    let header = columns(&lines[i]);
    let mut starts = Vec::new();
    for (x, c) in header.iter().enumerate() {
        let opens =
            x == 0 || (x >= 2 && is_space(header.get(x - 1)) && is_space(header.get(x - 2)));
        if opens && !is_space(Some(c)) {
            starts.push(x);
        }
    }
    if starts.len() < MIN_ALIGNED_COLUMNS {
        return None;
    }
    let labels = cut(&lines[i], &starts);
    let short = |c: &Cell| {
        let words = c.text.split_whitespace().count();
        (1..=MAX_HEADER_WORDS).contains(&words) && !c.text.ends_with(['.', ':', ';'])
    };
    if !labels.iter().all(short) {
        return None;
    }
    let fits = |k: usize| {
        let cols = columns(&lines[k]);
        matches!(kinds[k], LineKind::Text)
            && !lines[k].has_tab
            && (0..starts[0]).all(|x| is_space(cols.get(x)))
            && starts[1..]
                .iter()
                .all(|&s| is_space(cols.get(s - 1)) && is_space(cols.get(s - 2)))
    };
    let mut rows = vec![Row {
        span: lines[i].content_span(),
        cells: labels,
    }];
    let mut next = i + 1;
    'rows: while is_blank(kinds, next) && next + 1 < lines.len() && fits(next + 1) {
        let first = next + 1;
        let cells = cut(&lines[first], &starts);
        if cells[0].text.is_empty() || cells[1..].iter().all(|c| c.text.is_empty()) {
            break;
        }
        let mut row = Row {
            span: lines[first].content_span(),
            cells,
        };
        let mut e = first + 1;
        while e < lines.len() && !is_blank(kinds, e) {
            if !fits(e) {
                break 'rows;
            }
            row.carry_on(lines[e].content_span(), cut(&lines[e], &starts), 0);
            e += 1;
        }
        rows.push(row);
        next = e;
    }
    (rows.len() > MIN_BLOCK_ROWS).then_some(SpacedTable {
        first: i,
        next,
        rows,
    })
}

/// Whether a line of a table with no line of dashes carries on the first
/// cell of the row above (`Generations (Wales) Act 2015` under `Well-being
/// of Future   Yes   1.3, 7.9`), as `pdftotext -layout` wraps a long
/// label: text in the first column only, from where that column starts,
/// with no gap in it and no sentence's end.
fn wraps_first_cell(line: &Line<'_>, cells: &[Cell], first: usize) -> bool {
    let indent = line
        .text
        .chars()
        .take_while(|&c| is_space(Some(&c)))
        .count();
    let text = cells.first().map_or("", |c| c.text.as_str());
    indent == first
        && !text.is_empty()
        && cells[1..].iter().all(|c| c.text.is_empty())
        && !has_gap(line)
        && !text.ends_with(['.', ':', ';'])
}

/// The runs of dashes on a line of dashes and spaces, as `(start, end)`
/// character columns; `None` when anything else is on it or a run is
/// shorter than [`MIN_GROUP`].
fn dash_groups(line: &Line<'_>) -> Option<Vec<(usize, usize)>> {
    let text = line.text.trim_end();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<usize> = None;
    for (col, b) in text.bytes().enumerate() {
        match (b, open) {
            (b'-', None) => open = Some(col),
            (b'-', Some(_)) => {}
            (b' ', Some(s)) => {
                groups.push((s, col));
                open = None;
            }
            (b' ', None) => {}
            _ => return None,
        }
    }
    if let Some(s) = open {
        groups.push((s, text.len()));
    }
    (!groups.is_empty() && groups.iter().all(|&(s, e)| e - s >= MIN_GROUP)).then_some(groups)
}

pub(super) fn is_blank(kinds: &[LineKind], i: usize) -> bool {
    matches!(kinds.get(i), None | Some(LineKind::Blank))
}

/// A line that may stand inside a table: text, not a heading, a comment
/// or another kind of table.
fn is_cell_line(kinds: &[LineKind], i: usize) -> bool {
    matches!(kinds.get(i), Some(LineKind::Text | LineKind::Item(_)))
}

/// A table between two identical frames (`framed_table`), from line `i`.
fn framed(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    frame: &[(usize, usize)],
) -> Option<SpacedTable> {
    if frame[0].1 - frame[0].0 < MIN_FRAME || !is_cell_line(kinds, i + 1) {
        return None;
    }
    let top = lines[i].text.trim_end();
    // The closing frame, and the line of column groups under a header.
    let mut groups_at: Option<usize> = None;
    let mut j = i + 1;
    loop {
        if j >= lines.len() || j > i + MAX_LINES {
            return None;
        }
        match &kinds[j] {
            LineKind::Rule if lines[j].text.trim_end() == top => break,
            LineKind::Rule => {
                let g = dash_groups(&lines[j])?;
                if g.len() < 2 || groups_at.is_some() || !is_cell_line(kinds, j - 1) {
                    return None;
                }
                groups_at = Some(j);
            }
            LineKind::Blank if is_blank(kinds, j + 1) => return None,
            LineKind::Blank => {}
            LineKind::Text | LineKind::Item(_) => {}
            _ => return None,
        }
        j += 1;
    }
    if !is_cell_line(kinds, j - 1) || !is_blank(kinds, j + 1) {
        return None;
    }
    let (header, body_from, starts) = match groups_at {
        Some(g) => {
            if (i + 1..g).any(|k| is_blank(kinds, k)) || g + 1 >= j {
                return None;
            }
            let groups = dash_groups(&lines[g])?;
            let cells: Vec<usize> = (i + 1..j).filter(|&k| k != g).collect();
            if !gutters_clear(lines, kinds, &cells, &groups) {
                return None;
            }
            (Some(i + 1..g), g + 1, groups.iter().map(|g| g.0).collect())
        }
        None => (None, i + 1, layout_columns(lines, kinds, i + 1..j)?),
    };
    let mut rows = Vec::new();
    if let Some(h) = header {
        rows.extend(rows_of(lines, kinds, h, &starts, true, true));
    }
    rows.extend(rows_of(lines, kinds, body_from..j, &starts, false, true));
    Some(SpacedTable {
        first: i,
        next: j + 1,
        rows,
    })
}

/// A table under or between lines of column groups (`grouped_table`),
/// whose line of groups is line `i`.
fn grouped(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    groups: &[(usize, usize)],
) -> Option<SpacedTable> {
    if !is_cell_line(kinds, i + 1) {
        return None;
    }
    // A header line over the groups, after a break.
    let header = i > 0 && is_cell_line(kinds, i - 1);
    if header && !(i == 1 || is_blank(kinds, i - 2)) {
        return None;
    }
    let mut j = i + 1;
    while is_cell_line(kinds, j) {
        j += 1;
    }
    if !header && is_blank(kinds, j) && j < lines.len() {
        return multiline(lines, kinds, i, groups);
    }
    // The body ends at a blank line, the end, or a closing line of groups
    // (the same line as the top one where there is no header).
    let closing = matches!(kinds.get(j), Some(LineKind::Rule));
    if closing {
        if !is_blank(kinds, j + 1)
            || (!header && lines[j].text.trim_end() != lines[i].text.trim_end())
        {
            return None;
        }
    } else if !header || !is_blank(kinds, j) {
        return None;
    }
    let first = if header { i - 1 } else { i };
    let cells: Vec<usize> = (first..j).filter(|&k| k != i).collect();
    if !gutters_clear(lines, kinds, &cells, groups) {
        return None;
    }
    let starts: Vec<usize> = groups.iter().map(|g| g.0).collect();
    let mut rows = Vec::new();
    if header {
        rows.extend(rows_of(lines, kinds, i - 1..i, &starts, true, false));
    }
    rows.extend(rows_of(lines, kinds, i + 1..j, &starts, false, false));
    Some(SpacedTable {
        first,
        next: if closing { j + 1 } else { j },
        rows,
    })
}

/// A multiline table with no header row (`groups NL body NL groups`),
/// whose top line of groups is line `i`: rows of one line or more between
/// blank lines, and the same line of groups closing it. A row whose text
/// crosses the gaps between the groups is one cell across the table (a
/// merged row: `**Report of:** Corporate Director of Resources` over the
/// columns of `Meeting of: | Date: | Ward(s):`); two rows or more keep to
/// the columns, and two columns have text in them.
fn multiline(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    groups: &[(usize, usize)],
) -> Option<SpacedTable> {
    let top = lines[i].text.trim_end();
    let mut j = i + 1;
    loop {
        if j > i + MAX_LINES {
            return None;
        }
        match kinds.get(j)? {
            LineKind::Rule if lines[j].text.trim_end() == top => break,
            LineKind::Blank if is_blank(kinds, j + 1) => return None,
            LineKind::Blank | LineKind::Text | LineKind::Item(_) => {}
            _ => return None,
        }
        j += 1;
    }
    if !is_cell_line(kinds, j - 1) || !is_blank(kinds, j + 1) {
        return None;
    }
    // The rows, as runs of lines between blank lines: those that keep to
    // the columns, and those that cross them.
    let mut runs: Vec<(std::ops::Range<usize>, bool)> = Vec::new();
    let mut k = i + 1;
    while k < j {
        let end = (k..j).find(|&e| is_blank(kinds, e)).unwrap_or(j);
        let lined: Vec<usize> = (k..end).collect();
        runs.push((k..end, keeps_gutters(lines, &lined, groups)));
        k = end + 1;
    }
    let kept: Vec<usize> = runs
        .iter()
        .filter(|r| r.1)
        .flat_map(|r| r.0.clone())
        .collect();
    if runs.iter().filter(|r| r.1).count() < 2 || !gutters_clear(lines, kinds, &kept, groups) {
        return None;
    }
    let starts: Vec<usize> = groups.iter().map(|g| g.0).collect();
    let mut rows = rows_of(lines, kinds, i + 1..j, &starts, false, false);
    for (row, (range, keeps)) in rows.iter_mut().zip(&runs) {
        if !keeps {
            *row = across(lines, range.clone(), groups.len());
        }
    }
    Some(SpacedTable {
        first: i,
        next: j + 1,
        rows,
    })
}

/// Whether every line in `cells` leaves empty the columns before the
/// first group and between two groups.
fn keeps_gutters(lines: &[Line<'_>], cells: &[usize], groups: &[(usize, usize)]) -> bool {
    cells.iter().all(|&k| {
        let cols = columns(&lines[k]);
        let mut gap_from = 0;
        !lines[k].has_tab
            && groups.iter().all(|&(s, e)| {
                let clear = (gap_from..s).all(|c| is_space(cols.get(c)));
                gap_from = e;
                clear
            })
    })
}

/// A row of lines `range` read as one cell across `width` columns (the
/// cells after it empty, at the row's end).
fn across(lines: &[Line<'_>], range: std::ops::Range<usize>, width: usize) -> Row {
    let mut text = String::new();
    let mut span: Option<Span> = None;
    for k in range {
        let (at, kept) = trim_markup(lines[k].text);
        let start = lines[k].start + at;
        let s = Span::new(start, start + kept.len());
        span = Some(span.map_or(s, |p| p.cover(s)));
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&plain(kept));
    }
    let span = span.expect("a row has a line");
    let mut cells = vec![Cell { span, text }];
    cells.resize(
        width.max(1),
        Cell {
            span: Span::new(span.end, span.end),
            text: String::new(),
        },
    );
    Row { span, cells }
}

/// The character at each column of a line (a tab counts as one).
pub(super) fn columns(line: &Line<'_>) -> Vec<char> {
    line.text.trim_end().chars().collect()
}

pub(super) fn is_space(c: Option<&char>) -> bool {
    matches!(c, None | Some(' ' | '\u{a0}'))
}

/// Whether every line in `cells` leaves empty the columns before the
/// first group and between two groups; and at least two groups have text
/// under them somewhere.
fn gutters_clear(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    cells: &[usize],
    groups: &[(usize, usize)],
) -> bool {
    let mut filled = vec![false; groups.len()];
    for &k in cells {
        if is_blank(kinds, k) {
            continue;
        }
        if lines[k].has_tab {
            return false;
        }
        let cols = columns(&lines[k]);
        let mut gap_from = 0;
        for (n, &(s, e)) in groups.iter().enumerate() {
            if !(gap_from..s).all(|c| is_space(cols.get(c))) {
                return false;
            }
            // The last column may run on past its dashes.
            let end = if n + 1 == groups.len() { cols.len() } else { e };
            filled[n] |= (s..end).any(|c| !is_space(cols.get(c)));
            gap_from = e;
        }
    }
    filled.iter().filter(|&&f| f).count() >= 2
}

/// The columns of lines set out with no line of groups, as the character
/// columns where each starts: the first where the leftmost line starts,
/// each other one where every line has two spaces before it (or has
/// ended), and two lines or more have text after those two spaces. `None`
/// for fewer than two columns.
fn layout_columns(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    range: std::ops::Range<usize>,
) -> Option<Vec<usize>> {
    let mut rows: Vec<Vec<char>> = Vec::new();
    for k in range {
        if is_blank(kinds, k) {
            continue;
        }
        if lines[k].has_tab {
            return None;
        }
        rows.push(columns(&lines[k]));
    }
    let first = rows
        .iter()
        .filter_map(|r| r.iter().position(|&c| !is_space(Some(&c))))
        .min()?;
    let width = rows.iter().map(Vec::len).max()?;
    let mut starts = vec![first];
    for x in first + 2..width {
        let clear = rows
            .iter()
            .all(|r| is_space(r.get(x - 1)) && is_space(r.get(x - 2)));
        if clear && rows.iter().filter(|r| !is_space(r.get(x))).count() >= 2 {
            starts.push(x);
        }
    }
    (starts.len() >= 2).then_some(starts)
}

/// The rows of lines `range`, cut at the character columns `starts`: one
/// row for the header's lines, else as the module's docs say. Only a
/// framed table (`wraps`) wraps a cell: in a simple table under column
/// groups, a line with its first cell empty is a row of its own.
fn rows_of(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    range: std::ops::Range<usize>,
    starts: &[usize],
    header: bool,
    wraps: bool,
) -> Vec<Row> {
    let multiline = range.clone().any(|k| is_blank(kinds, k));
    let mut rows: Vec<Row> = Vec::new();
    let mut fresh = true;
    let mut previous_field = false;
    let mut labels_above = false;
    for k in range {
        if is_blank(kinds, k) {
            fresh = true;
            previous_field = false;
            labels_above = false;
            continue;
        }
        let cells = cut(&lines[k], starts);
        let span = lines[k].content_span();
        // In a row of a multiline table, a label and its value on a line
        // under another label and value is a row of its own
        // (`**Tel:**  020 7946 0581` under `**Report Author:**  Jo Bloggs`):
        // a wrapped cell carries on text, and a label closed by its colon
        // is whole.
        let labelled = |cells: &[Cell]| {
            cells.first().is_some_and(|c| c.text.ends_with(':'))
                && cells[1..].iter().any(|c| !c.text.is_empty())
        };
        let is_field = labelled(&cells);
        let own_field = multiline && !header && is_field && previous_field;
        // A row that opens with a label in every column and has a value
        // under each on its next line (`**Item No.**  **Classification:**`
        // over `5.1  Open`): the labels are a row and the values another,
        // as the Word table had them one over the other in each cell.
        let values = multiline && !header && labels_above && filled_all(&cells, starts.len());
        labels_above = fresh && multiline && !header && all_labels(&cells, starts.len());
        let carries_on = !fresh
            && !own_field
            && !values
            && !rows.is_empty()
            && (header || multiline || (wraps && cells.first().is_some_and(|c| c.text.is_empty())));
        fresh = false;
        previous_field = is_field;
        if carries_on {
            let row = rows.last_mut().expect("checked above");
            row.carry_on(span, cells, 0);
        } else {
            rows.push(Row { span, cells });
        }
    }
    rows
}

/// Whether a line fills all `columns` of its table.
fn filled_all(cells: &[Cell], columns: usize) -> bool {
    columns >= 2 && cells.len() == columns && cells.iter().all(|c| !c.text.is_empty())
}

/// Whether a line fills all `columns` (two or more) of its table with
/// labels: each a few words closed by a colon (`Classification:`) or by
/// an abbreviation's full stop where the colon would stand (`Item No.`,
/// `Report Ref.`).
fn all_labels(cells: &[Cell], columns: usize) -> bool {
    let label = |c: &Cell| {
        let t = c.text.as_str();
        let key = t.strip_suffix(':').or_else(|| {
            let key = t.strip_suffix('.')?;
            let (_, last) = key.rsplit_once(' ')?;
            ["no", "ref"]
                .iter()
                .any(|a| last.eq_ignore_ascii_case(a))
                .then_some(key)
        });
        key.is_some_and(|k| {
            let words = k.split_whitespace().count();
            (1..=6).contains(&words) && !k.contains(':')
        })
    };
    filled_all(cells, columns) && cells.iter().all(label)
}

/// A line's cells, cut at the character columns `starts` (the first
/// cell takes everything before the second column).
pub(super) fn cut(line: &Line<'_>, starts: &[usize]) -> Vec<Cell> {
    let text = line.text.trim_end();
    // The byte offset of each column start after the first.
    let mut bounds = Vec::with_capacity(starts.len() + 1);
    bounds.push(0);
    let mut wanted = starts[1..].iter().peekable();
    for (col, (at, _)) in text.char_indices().enumerate() {
        while wanted.peek().is_some_and(|&&w| w <= col) {
            bounds.push(at);
            wanted.next();
        }
    }
    while wanted.next().is_some() {
        bounds.push(text.len());
    }
    bounds.push(text.len());
    bounds
        .windows(2)
        .map(|w| {
            let raw = &text[w[0]..w[1]];
            let (at, kept) = trim_markup(raw);
            let start = line.start + w[0] + at;
            Cell {
                span: Span::new(start, start + kept.len()),
                text: plain(kept),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::line::{classify, split_lines};

    fn tables(text: &str) -> (Vec<SpacedTable>, Vec<LineKind>) {
        let lines = split_lines(text);
        let mut kinds: Vec<LineKind> = lines.iter().map(classify).collect();
        let t = read(&lines, &mut kinds);
        (t, kinds)
    }

    fn texts(t: &SpacedTable) -> Vec<Vec<&str>> {
        t.rows
            .iter()
            .map(|r| r.cells.iter().map(|c| c.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn a_header_over_rows_standing_apart_is_a_table_of_blocks() {
        let text = [
            "6. IMPLICATIONS",
            "",
            "   Implication    Comment                     Confirmed by",
            "",
            "   Financial      Provided within the         Fiona Crathes-Moir,",
            "                  partners' contributions.    Chief Finance Officer,",
            "                                              9 March 2027",
            "",
            "   Legal          The IJB must maintain       Standards Officer and",
            "                  internal audit.             Legal Adviser, 10 March 2027",
            "",
            "   Equalities     None is required.           Chief Internal Auditor",
            "",
            "7. BACKGROUND",
        ]
        .join("\n");
        let (t, _) = tables(&text);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            texts(&t[0]),
            [
                vec!["Implication", "Comment", "Confirmed by"],
                vec![
                    "Financial",
                    "Provided within the partners' contributions.",
                    "Fiona Crathes-Moir, Chief Finance Officer, 9 March 2027"
                ],
                vec![
                    "Legal",
                    "The IJB must maintain internal audit.",
                    "Standards Officer and Legal Adviser, 10 March 2027"
                ],
                vec!["Equalities", "None is required.", "Chief Internal Auditor"],
            ]
        );
        // Near misses: prose under the labels, its lines crossing the
        // columns; two labels side by side (a page in two columns).
        let prose = [
            "",
            "   Implication    Comment                     Confirmed by",
            "",
            "   The plan is provided within the partners' contributions and no",
            "   more is needed for it this year.",
            "",
            "   The board must maintain internal audit under the regulations.",
        ]
        .join("\n");
        assert!(tables(&prose).0.is_empty());
        let two = [
            "",
            "   SUMMARY                          RECOMMENDATIONS",
            "",
            "   The eight councils have pooled   The Joint Committee is asked to:",
            "",
            "   The forecast pool gain is £11m.  (a) note the pool;",
            "",
            "   Half is kept by the councils.    (b) agree the gain.",
        ]
        .join("\n");
        assert!(tables(&two).0.is_empty());
    }

    #[test]
    fn a_framed_front_sheet_with_no_header_row_is_a_table() {
        let text = "## CABINET\n\n  ------------------------------------------------------------------------\n  \
                    **Title**                        Acquisition of 48 homes at Quarry Lane\n  \
                    **Wards affected**               Quarry Hill\n  \
                    **Appendices**                   Appendix 1 – Site plan; Appendix 2 – Valuation  (exempt)\n  \
                    ------------------------------------------------------------------------\n\n### 1. Summary\n";
        let (t, kinds) = tables(text);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].first, t[0].next), (2, 7));
        assert_eq!(
            texts(&t[0]),
            [
                vec!["Title", "Acquisition of 48 homes at Quarry Lane"],
                vec!["Wards affected", "Quarry Hill"],
                vec![
                    "Appendices",
                    "Appendix 1 – Site plan; Appendix 2 – Valuation (exempt)"
                ],
            ]
        );
        // Spans are the cells' text in the paper, bold marks left out.
        let c = &t[0].rows[1].cells[1];
        assert_eq!(c.span.of(text), "Quarry Hill");
        assert_eq!(t[0].rows[0].cells[0].span.of(text), "Title");
        assert!(kinds[2..7].iter().all(|k| *k == LineKind::SpacedRow));
        assert!(matches!(kinds[8], LineKind::Atx { level: 3, .. }));
    }

    #[test]
    fn a_multiline_table_joins_each_rows_lines() {
        let text = "  ----------------------------------------------------------\n  \
                    **Report to:**                  Cabinet\n\n  \
                    **Report title:**               Housing Allocations Scheme 2026 -- outcome of\n                                  \
                    consultation and adoption of the revised scheme\n\n  \
                    **Key decision:**               Yes\n  \
                    ----------------------------------------------------------\n";
        let (t, _) = tables(text);
        assert_eq!(
            texts(&t[0]),
            [
                vec!["Report to:", "Cabinet"],
                vec![
                    "Report title:",
                    "Housing Allocations Scheme 2026 -- outcome of consultation and adoption of the revised scheme"
                ],
                vec!["Key decision:", "Yes"],
            ]
        );
        // Labels across a row's first line and their values under them:
        // two rows. A label beside the start of its value that ends in a
        // colon ("… application:") is no row of labels.
        let text = "  ----------------------------------------------------------\n  \
                    **Item No.**                    **Classification:**\n  \
                    5.1                             Open\n\n  \
                    **Date:**                       **Meeting Name:**\n  \
                    5 December 2024                 Planning Committee (Major\n  \
                    \x20                               Applications) A\n\n  \
                    **Report title:**               Planning application:\n  \
                    \x20                               Former Gasholder Site\n  \
                    ----------------------------------------------------------\n";
        let (t, _) = tables(text);
        assert_eq!(
            texts(&t[0]),
            [
                vec!["Item No.", "Classification:"],
                vec!["5.1", "Open"],
                vec!["Date:", "Meeting Name:"],
                vec![
                    "5 December 2024",
                    "Planning Committee (Major Applications) A"
                ],
                vec![
                    "Report title:",
                    "Planning application: Former Gasholder Site"
                ],
            ]
        );
        // Labels over a line that leaves a column empty: one row.
        let text = "  ----------------------------------------------------------\n  \
                    **Date:**                       **Meeting Name:**\n  \
                    \x20                               Planning Committee\n\n  \
                    **From:**                       Director of Planning\n  \
                    ----------------------------------------------------------\n";
        let (t, _) = tables(text);
        assert_eq!(
            texts(&t[0]),
            [
                vec!["Date:", "Meeting Name: Planning Committee"],
                vec!["From:", "Director of Planning"],
            ]
        );
        // One frame-less wrapped row in a table with no blank line.
        let text = "  ----------------------------------------\n  \
                    Report of:     Director of Place,\n                 \
                    Housing and Regeneration\n  \
                    Wards:         All\n  \
                    ----------------------------------------\n";
        let (t, _) = tables(text);
        assert_eq!(
            texts(&t[0]),
            [
                vec!["Report of:", "Director of Place, Housing and Regeneration"],
                vec!["Wards:", "All"],
            ]
        );
    }

    #[test]
    fn a_headerless_multiline_table_under_column_groups() {
        // Word's front sheet with no header row, a blank line between rows,
        // and a merged first row across the three columns.
        let frame =
            "  ------------------------------- ------------------------ ---------------------\n";
        let text = format!(
            "Town Hall\n\n{frame}  **Report of:** Corporate Director of Resources\n\n  \
             **Meeting of:**                 **Date:**                **Ward(s):**\n\n  \
             Audit Committee                 17 March 2025            All\n\n  \
             **Delete as appropriate**       ~~Exempt~~               Non-exempt\n{frame}\n**SUBJECT: Plan**\n"
        );
        let (t, kinds) = tables(&text);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].first, t[0].next), (2, 11));
        assert_eq!(
            texts(&t[0]),
            [
                vec!["Report of: Corporate Director of Resources", "", ""],
                vec!["Meeting of:", "Date:", "Ward(s):"],
                vec!["Audit Committee", "17 March 2025", "All"],
                vec!["Delete as appropriate", "~~Exempt~~", "Non-exempt"],
            ]
        );
        // The merged cell's span is its text, bold marks left out.
        assert_eq!(
            t[0].rows[0].cells[0].span.of(&text),
            "Report of:** Corporate Director of Resources"
        );
        assert!(kinds[2..11].iter().all(|k| *k == LineKind::SpacedRow));
        // Labels and values on lines of one row, each line a row.
        let frame = "  ------------------------ ----------------------------------\n";
        let text = format!(
            "\n{frame}  **Report Author:**       Jo Bloggs, Head of Audit\n  \
             **Tel:**                 020 7946 0581\n\n  \
             **Legal Author:**        Sam Smith, Senior Lawyer,\n                           \
             4 March 2025\n{frame}\n"
        );
        let (t, _) = tables(&text);
        assert_eq!(
            texts(&t[0]),
            [
                vec!["Report Author:", "Jo Bloggs, Head of Audit"],
                vec!["Tel:", "020 7946 0581"],
                vec!["Legal Author:", "Sam Smith, Senior Lawyer, 4 March 2025"],
            ]
        );
    }

    #[test]
    fn a_headerless_multiline_table_needs_two_rows_in_its_columns() {
        let none = |text: &str| {
            let (t, _) = tables(text);
            assert!(t.is_empty(), "{text:?}: {t:?}");
        };
        let frame = "  ------------ ------------ ------------\n";
        // Only one row keeps to the columns.
        none(&format!(
            "\n{frame}  The report sets out the options for the depot and\n\n  \
             Yes          No           Maybe\n{frame}\n"
        ));
        // Frames that differ, and two blank lines inside.
        none(&format!(
            "\n{frame}  Yes          No           Maybe\n\n  Yes          No           Maybe\n  \
             ------------ ------------ -----------\n\n"
        ));
        none(&format!(
            "\n{frame}  Yes          No           Maybe\n\n\n  Yes          No           Maybe\n{frame}\n"
        ));
    }

    #[test]
    fn column_groups_give_the_columns() {
        // A header row, its groups, rows, and a blank line after.
        let text = "Sign-off:\n\n  Role        Name          Date\n  ----------- ------------- ------------\n  \
                    Finance     Jo Bloggs     1 May 2025\n  Legal                     2 May 2025\n\nText.\n";
        let (t, kinds) = tables(text);
        assert_eq!((t[0].first, t[0].next), (2, 6));
        assert_eq!(
            texts(&t[0]),
            [
                vec!["Role", "Name", "Date"],
                vec!["Finance", "Jo Bloggs", "1 May 2025"],
                vec!["Legal", "", "2 May 2025"],
            ]
        );
        assert_eq!(kinds[7], LineKind::Text);
        // No header: the same line of groups above and below.
        let text = "\n  ------- -----------\n  Yes     Financial\n  No      Legal\n  ------- -----------\n\n";
        let (t, _) = tables(text);
        assert_eq!(
            texts(&t[0]),
            [vec!["Yes", "Financial"], vec!["No", "Legal"]]
        );
        // Multibyte characters before a column do not shift it.
        let text = "  Item        Cost\n  ----------- ------\n  Fees – net  £1,500\n\n";
        let (t, _) = tables(text);
        assert_eq!(
            texts(&t[0]),
            [vec!["Item", "Cost"], vec!["Fees – net", "£1,500"]]
        );
    }

    #[test]
    fn a_block_pdftotext_keeps_in_columns_is_a_table() {
        let text = "       Statutory Officer sign-off\n\n                     \
                    Name                 Post                             Date\n       \
                    Finance       Omari Felton         Principal Accountant             14 January 2026\n       \
                    Legal         Sian Ridley          Senior Solicitor (Licensing)     15 January 2026\n\n";
        let (t, kinds) = tables(text);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].first, t[0].next), (2, 5));
        assert_eq!(
            texts(&t[0]),
            [
                vec!["", "Name", "Post", "Date"],
                vec![
                    "Finance",
                    "Omari Felton",
                    "Principal Accountant",
                    "14 January 2026"
                ],
                vec![
                    "Legal",
                    "Sian Ridley",
                    "Senior Solicitor (Licensing)",
                    "15 January 2026"
                ],
            ]
        );
        assert_eq!(t[0].rows[2].cells[3].span.of(text), "15 January 2026");
        assert_eq!(kinds[0], LineKind::Text);
    }

    #[test]
    fn a_first_cell_wrapped_onto_its_own_line_carries_on_its_row() {
        let text = "\n   Implication                        Yes/No      Paragraph(s)\n   \
                    Financial                          Yes         7.1 – 7.2\n   \
                    Staffing                           No          –\n   \
                    Well-being of Future               Yes         1.3, 7.9\n   \
                    Generations (Wales) Act 2015\n\n";
        let (t, kinds) = tables(text);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].first, t[0].next), (1, 6));
        assert_eq!(
            texts(&t[0]),
            [
                vec!["Implication", "Yes/No", "Paragraph(s)"],
                vec!["Financial", "Yes", "7.1 – 7.2"],
                vec!["Staffing", "No", "–"],
                vec![
                    "Well-being of Future Generations (Wales) Act 2015",
                    "Yes",
                    "1.3, 7.9"
                ],
            ]
        );
        assert!(kinds[1..6].iter().all(|k| *k == LineKind::SpacedRow));
        // A label wrapped over three lines, in a row above the last.
        let text = "\n  Implication      Yes/No   Paragraph\n  \
                    Equality and     Yes      7.5\n  community\n  cohesion\n  \
                    Risk             No       -\n\n";
        let (t, _) = tables(text);
        assert_eq!(
            texts(&t[0])[1],
            ["Equality and community cohesion", "Yes", "7.5"]
        );
    }

    #[test]
    fn a_line_that_wraps_no_first_cell_keeps_the_block_text() {
        let none = |text: &str| {
            let (t, _) = tables(text);
            assert!(t.is_empty(), "{text:?}: {t:?}");
        };
        // A sentence run on under a table with no blank line between.
        none(
            "\n  Role       Name         Date\n  Finance    Jo Bloggs    1 May 2025\n  \
              Legal      Ann Smith    2 May 2025\n  The Monitoring Officer has seen this report.\n\n",
        );
        // A short line that ends a sentence, or stands out of the column.
        none(
            "\n  Role       Name         Date\n  Finance    Jo Bloggs    1 May 2025\n  \
              Legal      Ann Smith    2 May 2025\n  Noted.\n\n",
        );
        none(
            "\n  Role       Name         Date\n  Finance    Jo Bloggs    1 May 2025\n  \
              Legal      Ann Smith    2 May 2025\n      Solicitor\n\n",
        );
        // Wrapped lines do not count towards the rows a table needs.
        none("\n  Finance    Jo Bloggs    1 May 2025\n  Officer\n  Legal      Ann Smith    2 May 2025\n\n");
        // A label wrapped over more lines than a cell takes.
        none(
            "\n  Role       Name         Date\n  Finance    Jo Bloggs    1 May 2025\n  \
              Legal      Ann Smith    2 May 2025\n  one\n  two\n  three\n\n",
        );
    }

    #[test]
    fn blocks_with_fewer_columns_stay_text() {
        let none = |text: &str| {
            let (t, _) = tables(text);
            assert!(t.is_empty(), "{text:?}: {t:?}");
        };
        // A numbered paragraph indented under its number.
        none(
            "\n1.1    To ask the Committee to approve the proposed hackney carriage and\n       \
              private hire licence fees for 2026/27 for publication under section 70\n       \
              of the Local Government (Miscellaneous Provisions) Act 1976.\n\n",
        );
        // A label and its value wrapped under it.
        none(
            "\nContact officer:       Priya Lakhani, Licensing Manager\n                       \
              Tel: 01462 474 318\n                       Email: priya@example.gov.uk\n\n",
        );
        // Two columns only: a list of appendices.
        none(
            "\n       Appendix A    Proposed licence fees 2026/27\n       \
              Appendix B    Licence fee model 2026/27\n       Appendix C    Consultation\n\n",
        );
        // Justified prose with gaps that happen to line up in two lines.
        none(
            "\nThe Council  must  consult on the fees and  publish a notice of\n\
              them in  a  local paper, setting a period of not less than  28\n\
              days within which  objections may be made to the proposed fees.\n\n",
        );
        // A page set in two columns of running text, numbered paragraphs
        // side by side.
        none(
            "\n1.1  To determine the application for     2.1  That planning permission be\n     \
              48 dwellings on land north of Mill        GRANTED subject to the conditions\n     \
              Lane, which is referred to the            in Appendix A and a section 106\n\n",
        );
        // Two lines are too few, and a block running into a heading.
        none("\n  Finance    Jo Bloggs    1 May 2025\n  Legal      Ann Smith    2 May 2025\n\n");
        none(
            "\n  Role       Name         Date\n  Finance    Jo Bloggs    1 May 2025\n  \
              Legal      Ann Smith    2 May 2025\n## Heading\n",
        );
    }

    #[test]
    fn near_misses_stay_text() {
        let none = |text: &str| {
            let (t, _) = tables(text);
            assert!(t.is_empty(), "{text:?}: {t:?}");
        };
        // Running text between two horizontal rules, blank lines around.
        none(
            "------------------------------------------------------------------------\n\n\
              The first point.  A second sentence after two spaces.\n\n\
              ------------------------------------------------------------------------\n",
        );
        // A framed box of running text: one column.
        none(
            "  ------------------------------------------------------------\n  \
              The Council must have due regard to the need to eliminate\n  \
              discrimination.  It has done so in preparing this report.\n  \
              ------------------------------------------------------------\n\n",
        );
        // Two spaces after full stops that line up in one line only.
        none(
            "  ------------------------------------------------------------\n  \
              The Council has power.  It may act under the Act and in the\n  \
              manner set out in this report, and it must consult first.\n  \
              ------------------------------------------------------------\n\n",
        );
        // Frames that differ, or no blank line after the closing one.
        none(
            "  ------------------------------------------------------------\n  \
              Title          Report\n  Wards          All\n  \
              ----------------------------------------------------------\n\n",
        );
        none(
            "  ------------------------------------------------------------\n  \
              Title          Report\n  Wards          All\n  \
              ------------------------------------------------------------\nMore text.\n",
        );
        // A setext heading's underline is one run of dashes.
        none("Background\n----------\n\nText    with    spaces.\n");
        // Groups whose gaps the text crosses.
        none("\nThe report sets out\n----- ----- -----\nthe options for the\n\n");
        // A heading inside the frame.
        none(
            "  ------------------------------------------------------------\n  \
              Title          Report\n## Heading\n  Wards          All\n  \
              ------------------------------------------------------------\n\n",
        );
    }
}
