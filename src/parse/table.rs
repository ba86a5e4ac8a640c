//! Tables: tab-separated rows, pipe rows and HTML tables; and the two kinds
//! of implications table they can hold.
//!
//! ```text
//! tab_row        = cell ("\t" cell)+
//! pipe_row       = "|" cell ("|" cell)* ["|"]       -- "|---|" rows are skipped
//! html_table     = "<table" … "</table>"  with  "<tr" … ("<td"|"<th") cell …
//! tick_box_table = row+ where row = (name mark)+, mark = "✓" | "✔" | "☑" | "X" | ""
//!                  (an "X" in a table that also ticks with "✓" says no)
//! yes_no_table   = header row with a "Yes/No" cell (or "Implication | Considered?"),
//!                  then rows: name, yes|no, refs
//! ```

use super::inline::{plain, trim_markup};
use crate::document::{Cell, Implication, Mark, Row, Span, Table, TextItem};

/// Splits a tab-separated row at `base` into cells.
pub(crate) fn tab_row(line: &str, base: usize) -> Row {
    let mut cells = Vec::with_capacity(1 + memchr::memchr_iter(b'\t', line.as_bytes()).count());
    let mut at = 0;
    for piece in line.split('\t') {
        cells.push(cell(piece, base + at));
        at += piece.len() + 1;
    }
    Row {
        span: Span::new(base, base + line.len()),
        cells,
    }
}

/// Splits a pipe row (`| a | b |`) at `base` into cells; `None` for a
/// separator row (`|---|:--:|`).
pub(crate) fn pipe_row(line: &str, base: usize) -> Option<Row> {
    let trimmed = line.trim_end();
    let inner_start = trimmed.find('|').map_or(0, |i| i + 1);
    let inner_end = if trimmed.ends_with('|') && trimmed.len() > inner_start {
        trimmed.len() - 1
    } else {
        trimmed.len()
    };
    let inner = &trimmed[inner_start..inner_end];
    if inner
        .chars()
        .all(|c| matches!(c, '-' | ':' | '|' | ' ' | '\t'))
    {
        return None;
    }
    let mut cells = Vec::new();
    let mut at = inner_start;
    for piece in inner.split('|') {
        cells.push(cell(piece, base + at));
        at += piece.len() + 1;
    }
    Some(Row {
        span: Span::new(base, base + trimmed.len()),
        cells,
    })
}

/// Whether `line` is a border of a Pandoc grid table (`+------+-----+`,
/// `+======+=====+` under the header row): a `+` at each end, and only
/// dashes, equals signs, colons, spaces and `+` between, a dash or an
/// equals sign among them.
pub(crate) fn is_grid_border(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3
        && t.starts_with('+')
        && t.ends_with('+')
        && t.contains(['-', '='])
        && t.chars().all(|c| matches!(c, '+' | '-' | '=' | ':' | ' '))
}

/// Whether a Pandoc grid table goes on past the row ending at byte `end`
/// of `text`: the next line is a border (see [`is_grid_border`]) and a
/// row (`|` …) stands under it.
pub(crate) fn grid_goes_on(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    // Past the end of the row's own last line.
    let rest = rest.split_once('\n').map_or("", |(_, r)| r);
    let mut next = rest.lines();
    next.next().is_some_and(is_grid_border)
        && next.next().is_some_and(|r| r.trim_start().starts_with('|'))
}

/// The lines of one row of a Pandoc grid table, read as pipe rows (the
/// lines between two borders, see [`is_grid_border`]), as the one row
/// they are: each cell's lines joined, its text after a space (`Beach
/// Hut Strategy 2028 to 2033 and Beach Hut Charges` / `2028/29`, `Reason
/// for` / `recommendations`), its span over them all; a line blank in a
/// column (a paragraph break inside the cell) adds nothing to it.
pub(crate) fn grid_row(rows: Vec<Row>) -> Vec<Row> {
    let mut rows = rows.into_iter();
    let Some(mut first) = rows.next() else {
        return Vec::new();
    };
    for row in rows {
        first.carry_on(row.span, row.cells, 0);
    }
    vec![first]
}

/// The cells of `table` (read from `text`) as a reader sees them: where
/// the table is the lines of one row of a Pandoc grid table (a border, see
/// [`is_grid_border`], on the line above it and on the line below it),
/// each column's lines joined as one cell, as [`grid_row`] joins them (a
/// citation wrapped down a narrow cell, `paragraph 3` / `of Part 1 of
/// Schedule 12A`, is one run of text); else each row's cells as they
/// are. Two cells of one row are never joined.
pub(crate) fn reading_cells(text: &str, table: &Table) -> Vec<Cell> {
    let above = text
        .get(..table.span.start)
        .and_then(|t| t.strip_suffix('\n'))
        .map(|t| t.rsplit('\n').next().unwrap_or(t));
    let below = text
        .get(table.span.end..)
        .and_then(|t| t.trim_start_matches('\r').strip_prefix('\n'))
        .map(|t| t.split('\n').next().unwrap_or(t));
    let bordered = [above, below].iter().all(|l| l.is_some_and(is_grid_border));
    let rows = if bordered && table.rows.len() > 1 {
        grid_row(table.rows.clone())
    } else {
        table.rows.clone()
    };
    rows.into_iter().flat_map(|r| r.cells).collect()
}

fn cell(raw: &str, base: usize) -> Cell {
    let (at, kept) = trim_markup(raw);
    Cell {
        span: Span::new(base + at, base + at + kept.len()),
        text: plain(kept),
    }
}

/// Rows of an HTML table in `html` (from `<table` to `</table>`) at `base`.
/// A first cell spanning several rows (`<td rowspan="2">Meeting</td>`)
/// is one key over them: the rows under it carry on its row, each cell
/// joined to the cell of that row in the column it stands in
/// (`Cabinet` / `Tuesday 14 October 2025` is one value).
pub(crate) fn html_rows(html: &str, base: usize) -> Vec<Row> {
    let lower = html.to_ascii_lowercase();
    let mut rows: Vec<Row> = Vec::new();
    // The row whose first cell spans the rows under it, and how many more.
    let mut spanned: Option<(usize, usize)> = None;
    let mut pos = 0;
    while let Some(tr) = lower[pos..].find("<tr") {
        let row_start = pos + tr;
        let row_end = lower[row_start..]
            .find("</tr>")
            .map_or(html.len(), |i| row_start + i + 5);
        let next_row = lower[row_start + 3..]
            .find("<tr")
            .map_or(html.len(), |i| row_start + 3 + i);
        let row_end = row_end.min(next_row);
        let mut cells = Vec::new();
        let mut first_span = 1;
        let mut cpos = row_start;
        while let Some(open) = find_cell_open(&lower[cpos..row_end]) {
            let open_at = cpos + open;
            let Some(gt) = lower[open_at..row_end].find('>') else {
                break;
            };
            if cells.is_empty() {
                first_span = row_span(&lower[open_at..open_at + gt]);
            }
            let content_start = open_at + gt + 1;
            let close = ["</td>", "</th>"]
                .iter()
                .filter_map(|t| lower[content_start..row_end].find(t))
                .min()
                .map_or(row_end, |i| content_start + i);
            let next_open = find_cell_open(&lower[content_start..row_end])
                .map_or(row_end, |i| content_start + i);
            let content_end = close.min(next_open);
            cells.push(cell(
                &html[content_start..content_end],
                base + content_start,
            ));
            cpos = content_end;
        }
        let span = Span::new(base + row_start, base + row_end);
        pos = row_end.max(row_start + 3);
        if let Some((origin, left)) = spanned.filter(|&(_, left)| left > 0) {
            spanned = Some((origin, left - 1));
            // Rows of implications and their Yes/No under a first cell
            // that spans them ("Implications"): a row of its own, as the
            // row it goes on from is.
            let own_row = pairs_up(&cells) && rows[origin].cells.get(1..).is_some_and(pairs_up);
            if !own_row {
                rows[origin].carry_on(span, cells, 1);
                continue;
            }
            rows.push(Row { span, cells });
            continue;
        }
        spanned = (first_span > 1).then_some((rows.len(), first_span - 1));
        rows.push(Row { span, cells });
    }
    rows
}

/// The number of rows a cell spans, from its opening tag (lower case):
/// `rowspan="2"`, `rowspan=2`; 1 when it has none.
fn row_span(tag: &str) -> usize {
    let Some(at) = tag.find("rowspan=") else {
        return 1;
    };
    let digits: String = tag[at + 8..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().unwrap_or(1).clamp(1, 100)
}

fn find_cell_open(lower: &str) -> Option<usize> {
    ["<td", "<th"].iter().filter_map(|t| lower.find(t)).min()
}

fn tick(text: &str) -> Option<Mark> {
    match super::inline::symbol_marks(text).trim() {
        "✓" | "✔" | "☑" | "☒" | "X" | "x" | "Y" => Some(Mark::Ticked),
        // A ballot cross ("✗", "✘") beside ticks says no, as Word's
        // Wingdings cross does.
        "" | "☐" | "□" | "✗" | "✘" => Some(Mark::Unticked),
        _ => None,
    }
}

/// What a cell that is only a box says: `Some(true)` for a tick or an
/// "X", `Some(false)` for an empty box, a cross or a blank cell, `None`
/// for words ("Yes" is an option beside a box, not a box).
pub(crate) fn box_ticked(text: &str) -> Option<bool> {
    tick(text).map(|m| m == Mark::Ticked)
}

/// Whether a table's `marks` use a tick for yes and an "X" as well: then
/// the X says no, as a cross beside ticks does ("| Legal | ✓ |" over "|
/// Human resources | X |"). Where X is the only mark, it is the tick.
fn x_says_no<'a>(marks: impl Iterator<Item = &'a str> + Clone) -> bool {
    let has = |set: &[&str]| marks.clone().any(|m| set.contains(&m.trim()));
    has(&["✓", "✔", "☑"]) && has(&["X", "x"])
}

/// [`tick`], with an "X" read as no where `x_no` ([`x_says_no`]).
fn tick_in(text: &str, x_no: bool) -> Option<Mark> {
    match text.trim() {
        "X" | "x" if x_no => Some(Mark::Unticked),
        _ => tick(text),
    }
}

/// What a cell that is only a mark says: yes for a tick, "X" or "Yes"; no
/// for a cross or "No"; `None` for a blank cell or anything else. A
/// "Consulted" column of a sign-off table is read with it.
pub(crate) fn mark_says_yes(text: &str) -> Option<bool> {
    match tick(text) {
        Some(Mark::Ticked) => Some(true),
        Some(_) if !text.trim().is_empty() => Some(false),
        _ => yes_no(text).map(|m| m == Mark::Yes),
    }
}

fn is_implication_name(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=6).contains(&words) && text.chars().any(|c| c.is_alphabetic()) && tick(text).is_none()
}

/// Reads a tick-box table: rows of name/mark pairs with at least one tick.
pub(crate) fn tick_box(rows: &[Row], table: usize) -> Option<Vec<Implication>> {
    let mut out = Vec::new();
    let mut ticks = 0;
    // (Marks sit in the odd cells; a name is never a mark.)
    let x_no = x_says_no(
        rows.iter()
            .flat_map(|r| r.cells.iter().skip(1).step_by(2))
            .map(|c| c.text.as_str()),
    );
    for row in rows {
        let mut cells = row.cells.as_slice();
        // An odd trailing empty cell is the row's closing tab.
        if cells.len() % 2 == 1 && cells.last()?.text.is_empty() {
            cells = &cells[..cells.len() - 1];
        }
        if cells.is_empty() {
            return None;
        }
        for pair in cells.chunks(2) {
            // A name at the end of a row with no cell after it: a blank box.
            let blank = Cell {
                span: Span::empty(pair[0].span.end),
                text: String::new(),
            };
            let (name, mark) = (&pair[0], pair.get(1).unwrap_or(&blank));
            if name.text.is_empty() && mark.text.is_empty() {
                continue;
            }
            if !is_implication_name(&name.text) {
                return None;
            }
            let value = tick_in(&mark.text, x_no)?;
            if value == Mark::Ticked {
                ticks += 1;
            }
            out.push(Implication {
                name: name.text.clone(),
                name_span: name.span,
                mark: value,
                mark_span: mark.span,
                refs: None,
                span: name.span.cover(mark.span),
                table,
                asked: false,
            });
        }
    }
    (ticks > 0).then_some(out)
}

fn yes_no(text: &str) -> Option<Mark> {
    match text.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" => Some(Mark::Yes),
        "no" | "n" | "none" | "n/a" => Some(Mark::No),
        _ => None,
    }
}

/// Reads a tick-box line of a cover sheet: a name, then boxes labelled Yes
/// and No, one of them ticked (`Legal    ☐ Yes   ☒ No`). `base` is the
/// line's offset in the text.
pub(crate) fn checkbox_line(line: &str, base: usize, table: usize) -> Option<Implication> {
    const BOXES: [char; 5] = ['☐', '□', '☒', '☑', '■'];
    let line = &*super::inline::symbol_marks(line);
    let first = line.find(BOXES)?;
    let name = line[..first].trim();
    if !is_implication_name(name) || name.contains(['☐', '☒']) {
        return None;
    }
    let name_at = line[..first].find(name)?;
    let mut mark = None;
    let mut marks = 0;
    let mut rest = &line[first..];
    while let Some(b) = rest.chars().next() {
        let after = &rest[b.len_utf8()..];
        let label_end = after.find(BOXES).unwrap_or(after.len());
        let value = yes_or_no_option(&after[..label_end])?;
        marks += 1;
        if matches!(b, '☒' | '☑' | '■') {
            if mark.is_some() {
                return None;
            }
            let at = line.len() - rest.len();
            let end = at + b.len_utf8() + after[..label_end].trim_end().len();
            mark = Some((value, Span::new(base + at, base + end)));
        }
        rest = &after[label_end..];
    }
    let (mark, mark_span) = mark?;
    (marks == 2).then(|| {
        let name_span = Span::new(base + name_at, base + name_at + name.len());
        Implication {
            name: name.to_string(),
            name_span,
            mark,
            mark_span,
            refs: None,
            span: name_span.cover(mark_span),
            table,
            asked: false,
        }
    })
}

/// The answer a tick box's label gives: `Yes` or `No`, alone or with a
/// qualifier after a dash or comma (`No – All`, `Yes, see 4.2`), as a
/// question's answer column carries it. None for any other label.
fn yes_or_no_option(label: &str) -> Option<Mark> {
    let label = label.trim();
    let word_end = label
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(label.len());
    let rest = label[word_end..].trim_start();
    if !(rest.is_empty() || rest.starts_with(['-', '–', '—', ',', ';', ':', '('])) {
        return None;
    }
    match label[..word_end].to_ascii_lowercase().as_str() {
        "yes" => Some(Mark::Yes),
        "no" => Some(Mark::No),
        _ => None,
    }
}

/// Reads an implications table with a column of tick marks under a heading
/// (`Implication | Applies (✔/✘) | See paragraph`): each later row's name
/// is the cell before the marks, its references the cell after. Every row
/// has a mark (a blank cell or a cross is no), and at least one is ticked.
pub(crate) fn tick_column_table(rows: &[Row], table: usize) -> Option<Vec<Implication>> {
    let (header, body) = rows.split_first()?;
    if body.is_empty() || header.cells.len() < 2 || tick(&header.cells[1].text).is_some() {
        return None;
    }
    // A column headed "Name" or "Date": a record of who was consulted and
    // when (a sign-off table with a "Consulted ✓" column), not implications.
    let record = header.cells.iter().any(|c| {
        c.text
            .split(|ch: char| !ch.is_alphabetic())
            .any(|w| w.eq_ignore_ascii_case("name") || w.eq_ignore_ascii_case("date"))
    });
    if record {
        return None;
    }
    let marks_only = |c: usize| {
        body.iter()
            .all(|r| r.cells.get(c).is_some_and(|m| tick(&m.text).is_some()))
    };
    let col = (1..header.cells.len()).find(|&c| {
        marks_only(c)
            && body
                .iter()
                .any(|r| tick(&r.cells[c].text) == Some(Mark::Ticked))
    })?;
    // Two columns of marks headed "Yes" and "No", side by side: the
    // answer is which of them is ticked, in either order.
    let headed = |word: &str| {
        (1..header.cells.len()).find(|&c| header.cells[c].text.trim().eq_ignore_ascii_case(word))
    };
    let yes_no = match (headed("yes"), headed("no")) {
        (Some(y), Some(n)) if y.abs_diff(n) == 1 && marks_only(y) && marks_only(n) => Some((y, n)),
        _ => None,
    };
    let (col, last) = yes_no.map_or((col, col), |(y, n)| (y.min(n), y.max(n)));
    let x_no = x_says_no(
        body.iter()
            .flat_map(|r| &r.cells[col..=last])
            .map(|c| c.text.as_str()),
    );
    let mut out = Vec::new();
    for row in body {
        let name = &row.cells[col - 1];
        if !is_implication_name(&name.text) {
            return None;
        }
        let (mark, mark_span) = match yes_no {
            Some((y, n)) => {
                let ticked = |c: usize| tick_in(&row.cells[c].text, x_no) == Some(Mark::Ticked);
                match (ticked(y), ticked(n)) {
                    (true, false) => (Mark::Yes, row.cells[y].span),
                    (false, true) => (Mark::No, row.cells[n].span),
                    // No answer, or both: the row says nothing.
                    _ => continue,
                }
            }
            None => (tick_in(&row.cells[col].text, x_no)?, row.cells[col].span),
        };
        let refs = references_in(row.cells.get(last + 1));
        out.push(Implication {
            name: name.text.clone(),
            name_span: name.span,
            mark,
            mark_span,
            refs,
            span: row.span,
            table,
            asked: false,
        });
    }
    Some(out)
}

/// The paragraph references an implications row gives in `cell`, if it
/// is not empty and not just a tick box.
fn references_in(cell: Option<&crate::document::Cell>) -> Option<TextItem> {
    cell.filter(|c| tick(&c.text).is_none()).map(|c| TextItem {
        text: c.text.clone(),
        span: c.span,
    })
}

/// Reads a Yes/No implications table: a header row with a `Yes/No` cell
/// (or `Yes / None`, as Scottish councils write the negative), or a
/// question over the marks ([`question_column`]), then rows of name, yes
/// or no, and optionally paragraph references. Rows with no mark (a
/// group's title in bold: `**Resource Implications**` over `Financial
/// Yes`, `Workforce  None`) are passed over.
pub(crate) fn yes_no_table(rows: &[Row], table: usize) -> Option<Vec<Implication>> {
    let (header, body) = rows.split_first()?;
    let col = header
        .cells
        .iter()
        .position(|c| {
            let t = c.text.to_ascii_lowercase().replace(' ', "");
            matches!(t.as_str(), "yes/no" | "y/n" | "yes/none")
        })
        .or_else(|| question_column(header, body))?;
    if col == 0 {
        return None;
    }
    let refs_col = (col + 1 < header.cells.len()).then_some(col + 1);
    let mut out = Vec::new();
    for row in body {
        let (Some(name), Some(mark)) = (row.cells.get(col - 1), row.cells.get(col)) else {
            continue;
        };
        let Some(value) = yes_no(&mark.text) else {
            continue;
        };
        let refs = references_in(refs_col.and_then(|c| row.cells.get(c)));
        out.push(Implication {
            name: name.text.clone(),
            name_span: name.span,
            mark: value,
            mark_span: mark.span,
            refs,
            span: row.span,
            table,
            asked: false,
        });
    }
    (!out.is_empty()).then_some(out)
}

/// The column of marks in a summary table whose header names the
/// implications in its first cell and asks a question over the marks
/// (`Implication | Considered? | Section`): the first header cell after
/// the names that ends in a question mark, where every row below answers
/// it Yes or No. A question over other answers ("Consulted? | 12 May")
/// makes no column of marks.
fn question_column(header: &Row, body: &[Row]) -> Option<usize> {
    let names = header
        .cells
        .first()?
        .text
        .split(|c: char| !c.is_alphanumeric());
    let names_implications = names
        .into_iter()
        .any(|w| w.eq_ignore_ascii_case("implication") || w.eq_ignore_ascii_case("implications"));
    if !names_implications || body.is_empty() {
        return None;
    }
    let col = (1..header.cells.len()).find(|&c| header.cells[c].text.trim().ends_with('?'))?;
    body.iter()
        .all(|r| r.cells.get(col).is_some_and(|m| yes_no(&m.text).is_some()))
        .then_some(col)
}

/// Reads the implications rows of a cover table that is otherwise label
/// and value: a row whose first cell names the implications, then name
/// and Yes/No pairs, and the rows under it (its first cell spanning them)
/// of pairs alone, as a district's cover prints them:
///
/// ```text
/// | Implications (details at the end) | Financial | Yes | Legal         | Yes |
/// |                                   | Equality  | No  | Environmental | No  |
/// ```
///
/// Every cell after the first must make a pair; other rows give nothing.
pub(crate) fn implications_rows(rows: &[Row], table: usize) -> Vec<Implication> {
    let mut out = Vec::new();
    let mut in_grid = false;
    for row in rows {
        let cells = row.cells.as_slice();
        let leads = cells.first().is_some_and(|c| {
            c.text
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("implications"))
        });
        let pairs = if leads { &cells[1..] } else { cells };
        in_grid = (leads || in_grid) && pairs_up(pairs);
        if !in_grid {
            continue;
        }
        for pair in pairs.chunks(2) {
            let (name, mark) = (&pair[0], &pair[1]);
            out.push(Implication {
                name: name.text.clone(),
                name_span: name.span,
                mark: yes_no(&mark.text).unwrap_or(Mark::No),
                mark_span: mark.span,
                refs: None,
                span: name.span.cover(mark.span),
                table,
                asked: false,
            });
        }
    }
    out
}

/// Whether `cells` are pairs of an implication's name and a Yes or No
/// (`Financial | Yes | Legal | No`), one pair at least.
fn pairs_up(cells: &[Cell]) -> bool {
    !cells.is_empty()
        && cells.len().is_multiple_of(2)
        && cells.chunks(2).all(|pair| {
            is_implication_name(&pair[0].text)
                && yes_no(&pair[0].text).is_none()
                && yes_no(&pair[1].text).is_some()
        })
}

/// Reads an implications table laid out across the page, as a Welsh
/// council's report prints it (`pdftotext -layout`): a row of names, each
/// perhaps wrapped over up to three lines, over one row of marks, each
/// `YES` or `NONE` (or `No`, `N/A`) under its name:
///
/// ```text
///  Policy, Crime    Legal        Finance      ICT
///  & Disorder and
///  Equalities
///  YES              YES          NONE         NONE
/// ```
///
/// At least three columns; every column has a name of up to six words and
/// a mark, and the last row holds marks only.
pub(crate) fn marks_across(rows: &[Row], table: usize) -> Option<Vec<Implication>> {
    let (marks, names) = rows.split_last()?;
    let columns = marks.cells.len();
    if columns < 3 || names.is_empty() || names.len() > 3 {
        return None;
    }
    if names.iter().any(|r| r.cells.len() != columns) {
        return None;
    }
    let mut out = Vec::with_capacity(columns);
    for (c, mark_cell) in marks.cells.iter().enumerate() {
        let mark = yes_no(&mark_cell.text)?;
        let parts: Vec<&Cell> = names
            .iter()
            .map(|r| &r.cells[c])
            .filter(|cell| !cell.text.trim().is_empty())
            .collect();
        let (first, last) = (parts.first()?, parts.last()?);
        let name = parts
            .iter()
            .map(|cell| cell.text.trim())
            .collect::<Vec<_>>()
            .join(" ");
        if !is_implication_name(&name) || yes_no(&name).is_some() {
            return None;
        }
        let name_span = first.span.cover(last.span);
        out.push(Implication {
            name,
            name_span,
            mark,
            mark_span: mark_cell.span,
            refs: None,
            span: name_span.cover(mark_cell.span),
            table,
            asked: false,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_table_borders_and_rows() {
        assert!(is_grid_border("+-------+---------+"));
        assert!(is_grid_border("+=======+=========+"));
        assert!(is_grid_border("  +:------+------:+"));
        // Near misses: a pipe row, a sum, a rule with no ends.
        assert!(!is_grid_border("| a | b |"));
        assert!(!is_grid_border("+ 2 + 3 +"));
        assert!(!is_grid_border("---------"));
        // A grid goes on past a row where a border and a row follow it.
        let grid = "| a | b |\n+===+===+\n| c | d |\n+---+---+\n";
        assert!(grid_goes_on(grid, 7));
        assert!(!grid_goes_on(grid, 27));
        assert!(!grid_goes_on("| a | b |\n+---+---+\n\nText.\n", 7));
        let text = "| Reason for      | To give hut users one fair  |\n| recommendations | set of terms.               |\n|                 |                             |\n";
        let mut at = 0;
        let rows: Vec<Row> = text
            .lines()
            .filter_map(|l| {
                let row = pipe_row(l, at);
                at += l.len() + 1;
                row
            })
            .collect();
        let joined = grid_row(rows);
        assert_eq!(joined.len(), 1);
        let cells: Vec<&str> = joined[0].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            cells,
            [
                "Reason for recommendations",
                "To give hut users one fair set of terms."
            ]
        );
        assert!(joined[0].cells[1].span.of(text).ends_with("set of terms."));
    }

    #[test]
    fn checkbox_lines() {
        let line = "Legal                    ☐ Yes   ☒ No";
        let imp = checkbox_line(line, 10, 0).unwrap();
        assert_eq!((imp.name.as_str(), imp.mark), ("Legal", Mark::No));
        assert_eq!(
            &line[imp.mark_span.start - 10..imp.mark_span.end - 10],
            "☒ No"
        );
        assert!(checkbox_line("Status   ☒ Open   ☐ Exempt", 0, 0).is_none());
        assert!(checkbox_line("Legal   ☐ Yes   ☐ No", 0, 0).is_none());
        // An answer may carry a qualifier after a dash; a longer word that
        // merely starts with "no" is no answer.
        let wards = checkbox_line("Are specific wards affected?   ☐ Yes   ☒ No – All", 0, 0);
        assert_eq!(wards.map(|imp| imp.mark), Some(Mark::No));
        assert!(checkbox_line("Legal   ☐ Yes   ☒ None", 0, 0).is_none());
        assert!(checkbox_line("Legal   ☐ Yes   ☒ Not yet", 0, 0).is_none());
    }

    #[test]
    fn wingdings_boxes_left_as_private_use_codes_are_boxes() {
        let line = "Legal                    \u{f0a8} Yes   \u{f0fe} No";
        let imp = checkbox_line(line, 10, 0).unwrap();
        assert_eq!((imp.name.as_str(), imp.mark), ("Legal", Mark::No));
        let at = |s: Span| &line[s.start - 10..s.end - 10];
        assert_eq!(at(imp.mark_span), "\u{f0fe} No");
        assert_eq!(tick("\u{f0fd}"), Some(Mark::Ticked));
        assert_eq!(tick(" \u{f06f} "), Some(Mark::Unticked));
        // Bullets in the same range are no boxes.
        assert!(checkbox_line("Legal   \u{f071} Yes   \u{f0a7} No", 0, 0).is_none());
        assert_eq!(tick("\u{f0a7}"), None);
        assert_eq!(tick("\u{f071}"), None);
    }

    #[test]
    fn tab_cells_keep_spans() {
        let line = "LEGAL\t✓\tCOMMUNITY SAFETY\t";
        let row = tab_row(line, 100);
        let texts: Vec<_> = row.cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["LEGAL", "✓", "COMMUNITY SAFETY", ""]);
        let c = &row.cells[2];
        assert_eq!(
            &line[c.span.start - 100..c.span.end - 100],
            "COMMUNITY SAFETY"
        );
    }

    #[test]
    fn tick_boxes_beside_implication_names() {
        let lines = ["LEGAL\t✓\tCOMMUNITY SAFETY\t", "STAFFING\t✓\tOTHER\t✓"];
        let rows: Vec<_> = lines.iter().map(|l| tab_row(l, 0)).collect();
        let imps = tick_box(&rows, 0).unwrap();
        let got: Vec<_> = imps.iter().map(|i| (i.name.as_str(), i.mark)).collect();
        assert_eq!(
            got,
            [
                ("LEGAL", Mark::Ticked),
                ("COMMUNITY SAFETY", Mark::Unticked),
                ("STAFFING", Mark::Ticked),
                ("OTHER", Mark::Ticked)
            ]
        );
    }

    #[test]
    fn an_ordinary_two_column_table_is_not_tick_boxes() {
        let rows = vec![tab_row("Key Decision\tNo", 0)];
        assert!(tick_box(&rows, 0).is_none());
    }

    #[test]
    fn yes_no_rows() {
        let lines = [
            "OTHER IMPLICATIONS\tYES/NO\tParagraph References",
            "Equal Opportunities\tYes\tThroughout",
            "Human Rights Act\tNo\t",
        ];
        let rows: Vec<_> = lines.iter().map(|l| tab_row(l, 0)).collect();
        let imps = yes_no_table(&rows, 0).unwrap();
        assert_eq!(imps.len(), 2);
        assert_eq!(imps[0].mark, Mark::Yes);
        assert_eq!(imps[0].refs.as_ref().unwrap().text, "Throughout");
        assert_eq!(imps[1].mark, Mark::No);
        assert!(imps[1].refs.is_none());
    }

    #[test]
    fn yes_no_rows_under_a_question() {
        // A district's summary table: the marks under "Considered?", the
        // section numbers after them.
        let lines = [
            "Implication\tConsidered?\tSection",
            "Financial\tYes\t7",
            "Staffing\tYes\t10",
            "Environment and climate\tNo\t--",
        ];
        let rows: Vec<_> = lines.iter().map(|l| tab_row(l, 0)).collect();
        let imps = yes_no_table(&rows, 0).unwrap();
        let got: Vec<_> = imps.iter().map(|i| (i.name.as_str(), i.mark)).collect();
        assert_eq!(
            got,
            [
                ("Financial", Mark::Yes),
                ("Staffing", Mark::Yes),
                ("Environment and climate", Mark::No)
            ]
        );
        assert_eq!(imps[1].refs.as_ref().unwrap().text, "10");
        // Near misses: a question over other answers, or a header that
        // names no implications.
        let other = [
            "Implication\tConsidered?\tSection",
            "Financial\tBy the S151 officer\t7",
        ];
        let rows: Vec<_> = other.iter().map(|l| tab_row(l, 0)).collect();
        assert!(yes_no_table(&rows, 0).is_none());
        let other = ["Officer\tConsulted?", "Finance\tYes"];
        let rows: Vec<_> = other.iter().map(|l| tab_row(l, 0)).collect();
        assert!(yes_no_table(&rows, 0).is_none());
    }

    #[test]
    fn yes_none_rows_under_group_titles() {
        // A Scottish council's table: "Yes / None" over the marks, bold
        // group rows with no mark between the entries.
        let lines = [
            "Strategic Implications\tYes / None",
            "Corporate Plan\tYes",
            "Resource Implications\t",
            "Financial\tYes",
            "Risk\tNone",
        ];
        let rows: Vec<_> = lines.iter().map(|l| tab_row(l, 0)).collect();
        let imps = yes_no_table(&rows, 0).unwrap();
        let got: Vec<_> = imps.iter().map(|i| (i.name.as_str(), i.mark)).collect();
        assert_eq!(
            got,
            [
                ("Corporate Plan", Mark::Yes),
                ("Financial", Mark::Yes),
                ("Risk", Mark::No)
            ]
        );
    }

    #[test]
    fn pipe_rows_and_separators() {
        assert!(pipe_row("|---|:--:|", 0).is_none());
        let row = pipe_row("| Meeting | Cabinet |", 0).unwrap();
        let texts: Vec<_> = row.cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["Meeting", "Cabinet"]);
    }

    #[test]
    fn a_first_cell_spanning_rows_joins_them() {
        let html = "<table>\n<tr><td rowspan=\"2\"><b>Meeting</b></td><td>Cabinet</td></tr>\n<tr><td>Tuesday 14 October 2025</td></tr>\n<tr><td>Title</td><td>Parks</td></tr>\n</table>";
        let rows = html_rows(html, 0);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].cells.len(), 2);
        assert_eq!(rows[0].cells[0].text, "Meeting");
        assert_eq!(rows[0].cells[1].text, "Cabinet Tuesday 14 October 2025");
        assert!(rows[0].cells[1].span.of(html).starts_with("Cabinet"));
        assert!(rows[0].cells[1].span.of(html).ends_with("2025"));
        assert_eq!(rows[1].cells[1].text, "Parks");
        assert_eq!(super::row_span("<td rowspan='3' class=\"k\""), 3);
        assert_eq!(super::row_span("<td>"), 1);
        // The meeting and its date come from the joined value.
        let doc = crate::parse::parse(&format!("**Eastmere Council**\n\n{html}\n"));
        assert_eq!(doc.meetings[0].name, "Cabinet");
        assert_eq!(doc.meetings[0].date.unwrap().value.iso(), "2025-10-14");
    }

    #[test]
    fn html_table_cells() {
        let html = "<table><tr><td>Key decision</td><td><b>Yes</b></td></tr>\n<tr><th>Status</th><td>Public</td></tr></table>";
        let rows = html_rows(html, 0);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].cells[1].text, "Yes");
        assert_eq!(rows[1].cells[0].text, "Status");
        let c = &rows[1].cells[1];
        assert_eq!(&html[c.span.start..c.span.end], "Public");
    }

    #[test]
    fn a_column_of_ticks_and_crosses_under_a_heading() {
        let lines = [
            "Implication\tApplies (✔/✘)\tSee paragraph",
            "Financial\t✔\t7.1 – 7.4",
            "Human Resources\t✔\t",
            "Crime and Disorder\t✘\t",
        ];
        let rows: Vec<_> = lines.iter().map(|l| tab_row(l, 0)).collect();
        let imps = tick_column_table(&rows, 0).unwrap();
        let got: Vec<_> = imps
            .iter()
            .map(|i| {
                (
                    i.name.as_str(),
                    i.mark,
                    i.refs.as_ref().map(|r| r.text.as_str()),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Financial", Mark::Ticked, Some("7.1 – 7.4")),
                ("Human Resources", Mark::Ticked, None),
                ("Crime and Disorder", Mark::Unticked, None),
            ]
        );
        // A cross is no, in a tick-box table too.
        let rows = vec![tab_row("Legal\t✗\tFinancial\t✓", 0)];
        let imps = tick_box(&rows, 0).unwrap();
        assert_eq!(imps[0].mark, Mark::Unticked);
        assert_eq!(imps[1].mark, Mark::Ticked);
        // An X beside ticks is no; an X alone is the tick.
        let column = |marks: [&str; 2]| {
            let rows: Vec<_> = ["Implication\tApplies?".to_string()]
                .into_iter()
                .chain(
                    ["Legal", "Human resources"]
                        .iter()
                        .zip(marks)
                        .map(|(n, m)| format!("{n}\t{m}")),
                )
                .map(|l| tab_row(&l, 0))
                .collect();
            let imps = tick_column_table(&rows, 0).unwrap();
            imps.iter().map(|i| i.mark).collect::<Vec<_>>()
        };
        assert_eq!(column(["✓", "X"]), [Mark::Ticked, Mark::Unticked]);
        assert_eq!(column(["X", ""]), [Mark::Ticked, Mark::Unticked]);
        let rows = vec![tab_row("Legal\t✓\tStaffing\tx", 0)];
        let imps = tick_box(&rows, 0).unwrap();
        assert_eq!(imps[1].mark, Mark::Unticked);
        // A column of ticks beside names and dates: who was consulted.
        let rows: Vec<_> = [
            "Statutory officer\tConsulted\tName\tDate",
            "Treasurer\t✓\tJo Bloggs\t30.01.26",
        ]
        .iter()
        .map(|l| tab_row(l, 0))
        .collect();
        assert!(tick_column_table(&rows, 0).is_none());
        // A table of figures has no column of marks.
        let rows: Vec<_> = ["Item\t2024\t2025", "Staff\t12\t14"]
            .iter()
            .map(|l| tab_row(l, 0))
            .collect();
        assert!(tick_column_table(&rows, 0).is_none());
    }

    #[test]
    fn tick_columns_headed_yes_and_no_are_read_by_their_headings() {
        let read = |header: &str, rows: [&str; 3]| {
            let rows: Vec<_> = std::iter::once(header)
                .chain(rows)
                .map(|l| tab_row(l, 0))
                .collect();
            let imps = tick_column_table(&rows, 0).unwrap();
            imps.iter()
                .map(|i| (i.name.clone(), i.mark, i.refs.is_some()))
                .collect::<Vec<_>>()
        };
        let want = vec![
            ("Legal".to_string(), Mark::Yes, false),
            ("Staffing".to_string(), Mark::No, false),
        ];
        // The No column is not the references column.
        let got = read(
            "Implication\tYes\tNo",
            ["Legal\t☒\t☐", "Staffing\t☐\t☒", "Risk\t☐\t☐"],
        );
        assert_eq!(got, want);
        // The other order reads the same, not backwards.
        let got = read(
            "Implication\tNo\tYes",
            ["Legal\t☐\t☒", "Staffing\t☒\t☐", "Risk\t☐\t☐"],
        );
        assert_eq!(got, want);
        // References after both columns are still read.
        let rows: Vec<_> = ["Implication\tYes\tNo\tParagraph", "Legal\t✓\t\t4.2"]
            .iter()
            .map(|l| tab_row(l, 0))
            .collect();
        let imps = tick_column_table(&rows, 0).unwrap();
        assert_eq!(imps[0].refs.as_ref().unwrap().text, "4.2");
    }

    #[test]
    fn implications_rows_of_a_cover_table() {
        let text = "<table>\n<tbody>\n\
<tr><td><strong>Report Author</strong></td><td colspan=\"4\">Hannah Pettigrew, Leisure Manager</td></tr>\n\
<tr><td rowspan=\"2\"><strong>Implications</strong> (details at the end)</td>\
<td><strong>Financial</strong></td><td>Yes</td><td><strong>Legal</strong></td><td>Yes</td></tr>\n\
<tr><td><strong>Equality</strong></td><td>No</td><td><strong>Environmental</strong></td><td>No</td></tr>\n\
</tbody>\n</table>\n\n1. INTRODUCTION\n\n1.1 The card was introduced in 2009.\n";
        let doc = crate::parse::parse(text);
        let read: Vec<(&str, Mark)> = doc
            .implications
            .iter()
            .map(|i| (i.name.as_str(), i.mark))
            .collect();
        assert_eq!(
            read,
            [
                ("Financial", Mark::Yes),
                ("Legal", Mark::Yes),
                ("Equality", Mark::No),
                ("Environmental", Mark::No)
            ]
        );
        // Pairs with no row naming the implications above them, or a row
        // whose cells do not all pair up, are no implications.
        let text = "<table>\n<tbody>\n\
<tr><td>Key decision</td><td>Yes</td><td>Exempt</td><td>No</td></tr>\n\
<tr><td>Implications</td><td>Financial</td><td>Yes</td><td>See section 7</td></tr>\n\
</tbody>\n</table>\n\n1. INTRODUCTION\n\n1.1 The card was introduced in 2009.\n";
        assert!(crate::parse::parse(text).implications.is_empty());
    }
}
