//! Tables that PDF extraction wrote one cell per line, whose figures or
//! row numbers would otherwise read as the paper's paragraph numbers:
//!
//! ```text
//! number_table = header_cell{p,p+1} (row_number short_cell{p}){2,}   -- 2 ≤ p ≤ 6
//! row_number   = digit{1,3} ["."]                  -- 1, 2, 3 …: each one more
//! short_cell   = a line of up to eight words with no sentence's end, or a number
//!
//! figure_table = label{p-1,p} (label{1,2} figure{p-1}){2,}           -- 2 ≤ p ≤ 6
//!                  -- a unit among the header's labels (£m, £000, %, FTE) or a Total row
//! label        = a short_cell that is no figure
//! figure       = a figure alone, not closed by a dot (6.12, (22.8), 1,204, 85%), or a dash
//! ```
//!
//! yes_no_grid  = short_cell "Yes/No" [short_cell] (name mark [ref_cell]){3,20}
//!                  -- an implications table: `Implication` / `Yes/No` / `Paragraph` /
//!                  -- `Financial` / `Yes` / `5` / …; a row's empty paragraph cell left out
//!
//! (blank lines between any two lines). A council's bands, tiers or
//! priorities table (`Band` / `Weekly net income` / `Reduction` / `1` / `Up
//! to £120` / `85%` / `2` / …) is no outline: its row numbers are not
//! paragraphs 1, 2, 3 nor headings, and its short cells are not headings.
//! Nor is a programme's costs table (`Programme area` / `£m` / `Drainage` /
//! `2.05` / `Bridges` / `2.64` / … / `Total` / `14.82`) in a paper whose
//! paragraph numbers stand alone on their lines (`8.` / its text): its
//! figures are no paragraphs 2.05 and 2.64. The lines of either table are
//! read as text, one paragraph a line.

use super::finish::yes_no_line;
use super::*;

/// How many short lines, blank lines left out, a table is looked for
/// each way from a row number.
const RUN: usize = 48;
/// The fewest and most cells of a row beside its number.
const ROW_CELLS: std::ops::RangeInclusive<usize> = 2..=6;
/// The fewest and most figures of a row beside its label.
const FIGURES: std::ops::RangeInclusive<usize> = 1..=5;
/// The most rows of figures a table is read to.
const MAX_ROWS: usize = 200;
/// How many lines back the paper's number before a table is looked for.
const BACK: usize = 60;

/// A line of a table of figures written one cell per line.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cell {
    /// A row's label or a header's cell: `Drainage and flood resilience`, `£m`.
    Label,
    /// A figure: `2.05`, `(22.8)`, `1,204`, `85%`, `–`.
    Figure,
}

/// Whether a line is a figure alone as a table's cell has it: `6.12`,
/// `(22.8)`, `43,218`, `85%`, or a dash for an empty cell; not a number
/// closed by a dot (`9.`), as a paragraph's is.
fn is_figure_cell(line: &str) -> bool {
    if opens_with_letter(line) {
        return false;
    }
    let t = inline::trim(line);
    (is_figure(t) && !t.ends_with('.')) || matches!(t, "-" | "–" | "—")
}

/// Whether a header's cell names a unit the figures under it are in: a
/// currency or per cent sign (`£m`, `£000`, `2026/27 £'000`, `%`), or
/// full-time equivalents (`FTE`).
fn is_unit(line: &str) -> bool {
    line.contains(['£', '€', '$', '%'])
        || line
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("fte") || w.eq_ignore_ascii_case("ftes"))
}

/// The words of a table's label, each bracket closed on the line counted
/// as one word (see `Builder::is_short_cell`).
fn label_words(label: &str) -> usize {
    let mut words = 0;
    let mut rest = label;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        words += word_count(&rest[..open]) + 1;
        rest = &rest[close + 1..];
    }
    words + word_count(rest)
}

/// Each row of an implications table written one cell a line: its name's
/// line, its mark's (`Yes` / `No`), and its paragraph cell's, if any.
pub(super) type YesNoRows = Vec<(usize, usize, Option<usize>)>;

/// Whether a table's header cell heads a column of Yes and No: `Yes/No`,
/// `Yes / No`, `Y/N`.
fn is_yes_no_header(line: &str) -> bool {
    // A line opening with a letter other than a Y is none.
    if opens_with_letter(line) && line.as_bytes()[0] | 0x20 != b'y' {
        return false;
    }
    let t = inline::trim(line);
    if t.len() > 12 || !t.contains('/') {
        return false;
    }
    let mut parts = t.split('/').map(str::trim);
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    (a.eq_ignore_ascii_case("yes") && b.eq_ignore_ascii_case("no"))
        || (a.eq_ignore_ascii_case("y") && b.eq_ignore_ascii_case("n"))
}

/// Whether a table's cell only names paragraphs (`9`, `5.1 – 5.3`,
/// `paras 4.1 and 4.3`) or says there are none (`-`, `N/A`): a number
/// closed by a full stop (`4.`) is a heading's, not a cell's.
fn is_paragraph_cell(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 40 || t.ends_with('.') {
        return false;
    }
    if matches!(t, "-" | "–" | "—") || t.eq_ignore_ascii_case("n/a") {
        return true;
    }
    let mut numbers = 0;
    let all = t
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '&'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            let number = w.starts_with(|c: char| c.is_ascii_digit())
                && w.bytes().all(|b| b.is_ascii_digit() || b == b'.');
            numbers += usize::from(number);
            number
                || matches!(w, "-" | "–" | "—")
                || [
                    "to",
                    "and",
                    "para",
                    "paras",
                    "paragraph",
                    "paragraphs",
                    "section",
                    "sections",
                ]
                .iter()
                .any(|k| w.eq_ignore_ascii_case(k))
        });
    all && numbers > 0
}

/// Whether a row's label is a total: `Total`, `TOTAL`, `Total programme`,
/// `Grand total`, `Subtotal`.
fn is_total(line: &str) -> bool {
    let t = line.trim().to_ascii_lowercase();
    t.starts_with("total") || t.ends_with("total")
}

impl<'t, 'l> Builder<'t, 'l> {
    /// The paper's tables written one cell per line, with numbered rows
    /// or rows of figures: the first and last line of each, in line
    /// order. Looked for from each line that is a whole number alone or
    /// a row's label before a figure, past the tables found.
    pub(super) fn find_number_tables(&self) -> Vec<(usize, usize)> {
        let mut tables: Vec<(usize, usize)> = Vec::new();
        for i in 0..self.lines.len() {
            if tables.last().is_some_and(|&(_, last)| i <= last)
                || !matches!(self.kinds[i], LineKind::Text | LineKind::Item(_))
            {
                continue;
            }
            if let Some(table) = self
                .number_table_at(i)
                .or_else(|| self.figure_table_at(i))
                .or_else(|| self.yes_no_grid_at(i).map(|(last, _)| (i, last)))
            {
                tables.push(table);
            }
        }
        tables
    }

    /// Whether line `i` lies in one of the tables [`find_number_tables`]
    /// found.
    ///
    /// [`find_number_tables`]: Self::find_number_tables
    pub(super) fn in_number_table(&self, i: usize) -> bool {
        let k = self.number_tables.partition_point(|&(first, _)| first <= i);
        k > 0 && i <= self.number_tables[k - 1].1
    }

    /// Line `i` of such a table: a blank line closes the paragraph open,
    /// a cell is a paragraph of its own (no heading, no number, no field).
    pub(super) fn number_table_line(&mut self, i: usize) -> usize {
        self.close_paragraph();
        if !self.is_blank_at(i) {
            let line = self.lines[i];
            let span = line.content_span();
            self.add_paragraph(ParagraphKind::Plain, None, span, span, line.indent);
            self.close_paragraph();
        }
        i + 1
    }

    /// The table whose rows line `i`, a whole number alone (`1`, `2.`),
    /// numbers, if it does: it stands in a run of short lines (see
    /// [`is_short_cell`](Self::is_short_cell)) where the numbers before
    /// and after it, one less or one more, come every `p + 1` lines (the
    /// row's `p` other cells between, `p` in [`ROW_CELLS`]), two rows or
    /// more, under a header row of `p` short lines or more. Gives the
    /// first line of its header row (`p + 1` lines, or `p` when no more
    /// stand above) and the last cell of its last row.
    ///
    /// A number heading a section (`1` / `Introduction` / `1.1 The plan…`)
    /// has sentences or numbered paragraphs round it, not rows; a number
    /// with one short line beside it (`APPENDICES` / `1` / `Call-in
    /// notice` / `2` / …) numbers a list's entry, as such a heading
    /// does, and is left to the outline.
    fn number_table_at(&self, i: usize) -> Option<(usize, usize)> {
        let n = row_number(self.lines[i].content())?;
        // The run of short lines round line `i`, blank lines left out.
        let mut before: Vec<usize> = Vec::new();
        let mut j = i;
        while j > 0 && before.len() < RUN {
            j -= 1;
            if self.is_blank_at(j) {
                continue;
            }
            if !self.is_short_cell(j) {
                break;
            }
            before.push(j);
        }
        if before.len() < *ROW_CELLS.start() {
            return None;
        }
        let mut after: Vec<usize> = Vec::new();
        let mut j = i + 1;
        while j < self.lines.len() && after.len() < RUN {
            if !self.is_blank_at(j) {
                if !self.is_short_cell(j) {
                    break;
                }
                after.push(j);
            }
            j += 1;
        }
        // Whether the line `k` rows away (before `i` when `back`), at
        // `p + 1` lines a row, is the number `value`.
        let numbered = |k: usize, back: bool, p: usize, value: i64| {
            let run = if back { &before } else { &after };
            value > 0
                && run
                    .get(k * (p + 1) - 1)
                    .is_some_and(|&l| row_number(self.lines[l].content()) == Some(value as u32))
        };
        let n = i64::from(n);
        ROW_CELLS.into_iter().find_map(|p| {
            let rows_after = (1..)
                .take_while(|&k| numbered(k, false, p, n + k as i64))
                .count();
            let rows_before = (1..)
                .take_while(|&k| numbered(k, true, p, n - k as i64))
                .count();
            // Labels above the first row: its header. A figure there
            // (a count, another number alone) is a row's, not a label.
            let above = &before[rows_before * (p + 1)..];
            let header = above
                .iter()
                .take_while(|&&l| !is_figure(self.lines[l].content()))
                .count();
            if rows_after + rows_before == 0 || header < p {
                return None;
            }
            let first = above[header.min(p + 1) - 1];
            // The last row's cells, as far as the run goes.
            let last_row = rows_after * (p + 1);
            let last = after
                .get(last_row + p - 1)
                .or(after.last())
                .copied()
                .unwrap_or(i);
            // A run of the pack's section titles under their numbers
            // (`9.` / `Background Documents` / … / `10.` / `Appendices`)
            // is an outline, not a table.
            let titled = (first..=last).any(|l| {
                matches!(self.kinds[l], LineKind::Text)
                    && self.is_section_title(self.lines[l].content().trim())
            });
            (!titled).then_some((first, last))
        })
    }

    /// The table of figures whose first row's label is line `i`, if it
    /// heads one: the label's figures (`p - 1` of them, alone on their
    /// lines) follow it, `p - 1` labels or `p` stand above it (its header:
    /// pdftotext leaves an empty cell out), and two rows or more of a
    /// label (on one line or two) and `p - 1` figures follow, each row
    /// with as many. When every row but the first has two lines of labels
    /// (a project and its sponsor), the first has too, and the header has
    /// a cell more. A unit among the header's labels (`£m`, `£000`, `%`,
    /// `FTE`) or a row headed `Total` says that the figures are amounts.
    /// Gives the first line of its header and the last figure of its last
    /// row.
    ///
    /// A number alone standing for a paragraph has a sentence after it,
    /// not a row's label; figures that run in sequence with the numbers
    /// before them (`2.63`, `2.64`, `2.65`) are an outline, as are a
    /// list of the pack's section titles; and a last row's figure that
    /// carries on the paper's numbering (`9` after paragraph `8`, a
    /// sentence after it) is the next paragraph's number, not a cell.
    fn figure_table_at(&self, i: usize) -> Option<(usize, usize)> {
        let next = |j: usize| (j + 1..self.lines.len()).find(|&k| !self.is_blank_at(k));
        let is = |j: Option<usize>, cell: Cell| j.filter(|&k| self.cell(k) == Some(cell));
        // Refuse early: line `i` a label, the next line a figure.
        if !is_figure_cell(self.lines[next(i)?].content()) || self.cell(i) != Some(Cell::Label) {
            return None;
        }
        // The row's figures: `p - 1` of them.
        let mut figures = 0;
        let mut j = next(i);
        while let Some(k) = is(j, Cell::Figure) {
            figures += 1;
            if figures > *FIGURES.end() {
                return None;
            }
            j = next(k);
        }
        // The header: the labels right above, `p - 1` at least.
        let labels_above = |most: usize| {
            let mut above: Vec<usize> = Vec::with_capacity(most);
            let mut j = i;
            while j > 0 && above.len() < most {
                j -= 1;
                if self.is_blank_at(j) {
                    continue;
                }
                if self.cell(j) != Some(Cell::Label) {
                    break;
                }
                above.push(j);
            }
            above
        };
        if labels_above(figures).len() < figures {
            return None;
        }
        // The rows from line `i`: their labels' first lines, whether
        // their labels take two lines, their first and their last figures.
        let mut rows: Vec<(usize, bool, usize, usize)> = Vec::new();
        let mut total = false;
        let mut j = Some(i);
        while let Some(label) = is(j, Cell::Label).filter(|_| rows.len() < MAX_ROWS) {
            let wrapped = is(next(label), Cell::Label);
            let mut at = wrapped.unwrap_or(label);
            let mut cells = 0;
            let mut first = None;
            while cells < figures {
                let Some(figure) = is(next(at), Cell::Figure) else {
                    break;
                };
                cells += 1;
                first = first.or(Some(figure));
                at = figure;
            }
            let Some(first) = first.filter(|_| cells == figures) else {
                break;
            };
            let label_total = [Some(label), wrapped]
                .into_iter()
                .flatten()
                .any(|l| is_total(self.lines[l].content()));
            total |= label_total;
            // A total's label is one line where the others take two.
            rows.push((label, wrapped.is_some() || label_total, first, at));
            j = next(at);
        }
        let before = self.number_before(i);
        // A last figure that carries on the paper's numbering, or stands
        // under one of the pack's section titles, with running text after
        // it: the next paragraph's number, not a cell.
        if let Some(&(label, _, _, last)) = rows.last() {
            let text_after = next(last).is_none_or(|k| self.cell(k).is_none());
            let numbered = lone_number(self.lines[last].content())
                .zip(before.as_ref())
                .is_some_and(|(n, b)| is_next_number(b, &n));
            let label = self.lines[label].content();
            if text_after && !is_total(label) && (numbered || self.is_section_title(label.trim())) {
                rows.pop();
            } else if let Some(cut) = self.heading_number_after_table(last, before.as_deref()) {
                // The next section's number, written N.0 under a table
                // that ends a page (`Total` / `94.870` / page break /
                // `5.0` / `CAPITAL PROGRAMME` / `5.1`): it ends the table
                // before it, and the row keeps the figures it has.
                let row = rows.len() - 1;
                match cut {
                    Some(figure) => rows[row].3 = figure,
                    None => {
                        rows.pop();
                    }
                }
            }
        }
        if rows.len() < 2 {
            return None;
        }
        // Rows whose labels all take two lines (a label column and a
        // sponsor's, say): the first row's label too, above line `i`.
        let extra = usize::from(rows[1..].iter().all(|r| r.1));
        let columns = 1 + extra + figures;
        let mut header = labels_above(extra + columns);
        // The topmost of `p` lines is a header cell, not the heading over
        // the table (`PROPOSED PROGRAMME` / `£m` / its rows).
        if header.len() == extra + columns && self.is_heading_like(header[header.len() - 1]) {
            header.pop();
        }
        if header.len() < extra + columns - 1 {
            return None;
        }
        let top = header.last().copied().unwrap_or(i);
        let unit = header.iter().any(|&l| is_unit(self.lines[l].content()));
        if !(unit || total) {
            return None;
        }
        let (_, _, _, last) = rows[rows.len() - 1];
        // The pack's section titles among the labels: an outline.
        let titled = (top..=last).any(|l| {
            self.cell(l) == Some(Cell::Label)
                && self.is_section_title(self.lines[l].content().trim())
        });
        // Figures that run on from the number before the table, each the
        // next: paragraph numbers under short titles, a list of contents.
        let mut outline = before;
        let in_sequence = rows.iter().all(|&(_, _, first, _)| {
            let n = lone_number(self.lines[first].content());
            let next = match (&outline, &n) {
                (Some(o), Some(n)) => is_next_number(o, n),
                (None, Some(_)) => true,
                _ => false,
            };
            outline = n;
            next
        });
        (!titled && !in_sequence).then_some((top, last))
    }

    /// The implications table written one cell a line whose header's
    /// first cell is line `i`, if it heads one: the header is a short
    /// name (`Implication`), `Yes/No` (or `Y/N`) and perhaps a third
    /// short cell (`Paragraph`); then three to twenty rows of a short
    /// name, `Yes` or `No`, and (with a third column) a short cell, the
    /// paragraph the implication is dealt with in (`5`, `5.1 – 5.3`, `-`),
    /// which pdftotext leaves out when it is empty. At most one blank line
    /// between two cells. Gives the last line of the last row, and each
    /// row's name, mark and paragraph lines (none for a dash or an empty
    /// cell).
    pub(super) fn yes_no_grid_at(&self, i: usize) -> Option<(usize, YesNoRows)> {
        let step =
            |j: usize| (j + 1..(j + 3).min(self.lines.len())).find(|&k| !self.is_blank_at(k));
        let mark = |j: Option<usize>| j.filter(|&k| yes_no_line(self.lines[k].content()).is_some());
        // Refuse early: line `i` text, the next the Yes/No header.
        if !matches!(self.kinds[i], LineKind::Text) {
            return None;
        }
        let header = step(i).filter(|&k| is_yes_no_header(self.lines[k].content()))?;
        let name = |j: usize| {
            matches!(self.kinds[j], LineKind::Text)
                && !self.lines[j].content().contains(':')
                && yes_no_line(self.lines[j].content()).is_none()
                && is_title_like(plain(self.lines[j].content()).trim(), 8)
        };
        if !name(i) {
            return None;
        }
        // A third header cell: a short line that is no row's name (no mark
        // after it).
        let third = step(header).filter(|&k| {
            name(k) && word_count(self.lines[k].content()) <= 4 && mark(step(k)).is_none()
        });
        let ref_cell = |j: usize| {
            matches!(self.kinds[j], LineKind::Text | LineKind::Item(_))
                && is_paragraph_cell(self.lines[j].content())
        };
        let mut rows: YesNoRows = Vec::new();
        let mut at = step(third.unwrap_or(header));
        let mut last = None;
        while let Some(n) = at.filter(|&k| name(k) && rows.len() <= 20) {
            let Some(m) = mark(step(n)) else {
                break;
            };
            let mut end = m;
            let mut refs = None;
            if third.is_some() {
                // The paragraph cell, unless it was left out: then the
                // next row's name comes next, its mark after it.
                if let Some(r) = step(m).filter(|&r| ref_cell(r) && mark(step(r)).is_none()) {
                    end = r;
                    let content = self.lines[r].content().trim();
                    let empty =
                        matches!(content, "-" | "–" | "—") || content.eq_ignore_ascii_case("n/a");
                    refs = (!empty).then_some(r);
                }
            }
            rows.push((n, m, refs));
            last = Some(end);
            at = step(end);
        }
        let last = last?;
        (3..=20).contains(&rows.len()).then_some((last, rows))
    }

    /// Whether line `last`, the last figure of a table's last row, is the
    /// number of the paper's next section written with a zero (`5.0` after
    /// paragraph 4.3), with its title under it and the section's first
    /// paragraph under that (`CAPITAL PROGRAMME` / `5.1`): no cell. Gives
    /// the row's figure before it, if the row has one (`Some(None)` when it
    /// has none); `None` when the line is a cell.
    fn heading_number_after_table(
        &self,
        last: usize,
        before: Option<&[u32]>,
    ) -> Option<Option<usize>> {
        let n = lone_number(self.lines[last].content())?;
        let [top, 0] = n[..] else {
            return None;
        };
        if !before.is_some_and(|b| is_next_number(b, &[top])) {
            return None;
        }
        let next = |j: usize| (j + 1..self.lines.len()).find(|&k| !self.is_blank_at(k));
        let title = next(last).filter(|&t| {
            matches!(self.kinds[t], LineKind::Text)
                && is_title_like(plain(self.lines[t].content()).trim(), 12)
        })?;
        if !next(title).is_some_and(|k| self.first_paragraph_of(k, top)) {
            return None;
        }
        let previous = (0..last).rev().find(|&k| !self.is_blank_at(k));
        Some(previous.filter(|&k| self.cell(k) == Some(Cell::Figure)))
    }

    /// Line `j` as a cell of a table of figures: a figure alone (see
    /// [`is_figure_cell`]), or a label: a line of text that reads as a
    /// short cell (see [`is_short_cell`](Self::is_short_cell)) and is no
    /// number.
    fn cell(&self, j: usize) -> Option<Cell> {
        if !matches!(self.kinds[j], LineKind::Text | LineKind::Item(_)) {
            return None;
        }
        let content = self.lines[j].content();
        if is_figure_cell(content) {
            return Some(Cell::Figure);
        }
        (matches!(self.kinds[j], LineKind::Text)
            && self.is_short_cell(j)
            && lone_number(content).is_none())
        .then_some(Cell::Label)
    }

    /// Whether line `j` reads as a heading rather than a table's cell: one
    /// of the pack's section titles, or a line in capitals.
    fn is_heading_like(&self, j: usize) -> bool {
        let content = self.lines[j].content().trim();
        self.is_section_title(content) || is_capitals(&plain(content))
    }

    /// The paper's last paragraph number before line `j` (`8.` alone, or
    /// `8. The programme…`), looked for a few lines back.
    fn number_before(&self, j: usize) -> Option<Vec<u32>> {
        (j.saturating_sub(BACK)..j)
            .rev()
            .find_map(|k| match &self.kinds[k] {
                LineKind::Item(m) => m
                    .number
                    .as_ref()
                    .filter(|n| {
                        m.bullet.is_none() && n.style == NumberStyle::Decimal && !n.parenthesised
                    })
                    .map(|n| n.values.clone()),
                LineKind::Text => lone_number(self.lines[k].content()),
                _ => None,
            })
    }

    /// Whether line `j` reads as one cell of a table written one cell per
    /// line: a line of text of up to eight words with no sentence's end
    /// (`Weekly net income (single person)`, `Up to £120`, `85%`), or a
    /// number alone. A bracket closed on the line counts as one word: it
    /// qualifies the label (`Council tax (45,300 Band D equivalents at
    /// 97.5% collection)` is a label of three).
    fn is_short_cell(&self, j: usize) -> bool {
        let content = self.lines[j].content().trim();
        match &self.kinds[j] {
            LineKind::Item(_) => row_number(content).is_some(),
            LineKind::Text => {
                content.len() <= 80
                    && label_words(content) <= 8
                    && !content.ends_with(['.', ':', ';', '?', '!'])
                    && !content.contains(". ")
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::parse::{parse, parse_with, Vocabulary};

    #[test]
    fn a_bracket_in_a_label_counts_as_one_word() {
        use super::label_words;
        assert_eq!(
            label_words("Council tax (45,300 Band D equivalents at 97.5% collection)"),
            3
        );
        assert_eq!(label_words("Weekly net income (single person)"), 4);
        assert_eq!(label_words("Fees (net) and charges (gross)"), 5);
        // An open bracket is words like any other.
        assert_eq!(label_words("Council tax (45,300 Band D equivalents at"), 7);
        assert_eq!(label_words("General Revenue Grant"), 3);
    }

    #[test]
    fn header_and_figure_cells_are_told_from_words_by_their_first_letter() {
        use super::{is_figure_cell, is_yes_no_header};
        assert!(is_yes_no_header("Yes/No"));
        assert!(is_yes_no_header("  y / n"));
        assert!(!is_yes_no_header("No/Yes"));
        assert!(!is_yes_no_header("Legal"));
        assert!(is_figure_cell("6.12"));
        assert!(is_figure_cell(" – "));
        assert!(!is_figure_cell("9."));
        assert!(!is_figure_cell("Amber"));
    }

    fn numbers(doc: &Document) -> Vec<&str> {
        doc.paragraphs
            .iter()
            .filter_map(|p| p.number.as_ref().map(|n| n.label.as_str()))
            .collect()
    }

    fn titles(doc: &Document) -> Vec<&str> {
        doc.sections.iter().map(|s| s.title.as_str()).collect()
    }

    /// The tables written one cell a line that the builder finds in
    /// `text`, as the first and last lines' text.
    fn tables(text: &str) -> Vec<(String, String)> {
        use crate::parse::line::{classify, split_lines};
        use crate::parse::LineKind;
        let lines = split_lines(text);
        let mut kinds: Vec<LineKind> = lines.iter().map(classify).collect();
        crate::parse::line::demote_page_furniture(text, &lines, &mut kinds);
        let vocab = Vocabulary::builtin();
        let builder = super::Builder::new(text, &lines, &mut kinds, vocab);
        let found = builder.find_number_tables();
        found
            .into_iter()
            .map(|(a, b)| {
                let cell = |i: usize| lines[i].content().trim().to_string();
                (cell(a), cell(b))
            })
            .collect()
    }

    /// A programme's costs, one cell a line under paragraph 8 of a paper
    /// whose numbers stand alone on their lines, as pdftotext writes it.
    const COSTS: &str = "PROPOSED PROGRAMME\n8.\nThe programme is summarised below. Scheme details \
                         are at Appendix 1.\nProgramme area\n£m\nCarriageway resurfacing and surface \
                         treatment\n6.12\nDrainage and flood resilience\n2.05\nBridges and \
                         structures (including Medford Bridge)\n2.64\nBrightsand coast road \
                         stabilisation\n1.20\nRoad safety schemes\n1.31\nTotal\n13.32\n9.\nMedford \
                         Bridge carries the A3106 over the River Wenn and is the main route south.\n\
                         10.\nThe footways programme includes the first phase of a cycle route.\n";

    /// A levy table one cell a line ending a page, its Total row with
    /// one figure of two; the next page opens with section 5.0.
    const LEVY: &str = "4.0\nLEVY\n4.1\nThe resulting levies are:\nTable 2\nCouncil\nLevy 2027/28 (£m)\n\
                        Change (%)\nAinsley\n18.204\n4.1\nBrookvale\n22.916\n3.6\nCarrow\n15.481\n4.4\n\
                        Total\n94.870\n\n2\n\u{c}Joint Authority meeting \u{2013} 5 February 2027\n\
                        5.0\nCAPITAL PROGRAMME\n5.1\nThe capital programme includes a new centre.\n\n\
                        3\n\u{c}Joint Authority meeting \u{2013} 5 February 2027\n5.2\nThe plan.\n\n4\n\u{c}";

    #[test]
    fn paragraph_cells() {
        for cell in [
            "9",
            "5.1 – 5.3",
            "paras 4.1 and 4.3",
            "5.1, 5.2",
            "-",
            "N/A",
        ] {
            assert!(super::is_paragraph_cell(cell), "{cell}");
        }
        for cell in ["4.", "4 Financial implications", "Throughout", "", "Yes"] {
            assert!(!super::is_paragraph_cell(cell), "{cell}");
        }
    }

    /// An implications table with a paragraph column, one cell a line
    /// with no blank lines, as pdftotext writes it.
    const GRID: &str = "3.\nImplications\nImplication\nYes/No\nParagraph\nFinancial\nYes\n5\n\
                        Legal\nYes\n6\nRisk management\nYes\n9\nStaffing\nNo\n-\n\
                        4.\nTreasury activity\n4.1\nBorrowing was £214.6 million.\n";

    #[test]
    fn an_implications_table_one_cell_a_line_with_a_paragraph_column_is_read() {
        let text =
            format!("2.\nRecommendations\n2.1\nThat the Committee notes the report.\n{GRID}");
        assert_eq!(
            tables(&text),
            [("Implication".to_string(), "-".to_string())]
        );
        let doc = parse(&text);
        let got: Vec<(&str, Option<&str>)> = doc
            .implications
            .iter()
            .map(|i| (i.name.as_str(), i.refs.as_ref().map(|r| r.text.as_str())))
            .collect();
        assert_eq!(
            got,
            [
                ("Financial", Some("5")),
                ("Legal", Some("6")),
                ("Risk management", Some("9")),
                ("Staffing", None)
            ]
        );
        // The section it stands in, and the next, are read.
        assert_eq!(
            titles(&doc),
            ["Recommendations", "Implications", "Treasury activity"]
        );
        // The last row's empty cell left out: the next heading's number
        // is no cell.
        let text = text.replace("No\n-\n", "No\n");
        let doc = parse(&text);
        assert_eq!(doc.implications.len(), 4);
        assert_eq!(
            titles(&doc),
            ["Recommendations", "Implications", "Treasury activity"]
        );
        // Two rows only, or no Yes/No header: no table.
        let two = GRID.replace("Risk management\nYes\n9\nStaffing\nNo\n-\n", "");
        assert!(parse(&two).implications.is_empty());
        let no_header = GRID.replace("Yes/No\n", "Answer\n");
        assert!(parse(&no_header).implications.is_empty());
    }

    #[test]
    fn the_next_section_number_after_a_table_is_no_cell() {
        assert_eq!(
            tables(LEVY),
            [("Council".to_string(), "94.870".to_string())]
        );
        let doc = parse(LEVY);
        assert_eq!(titles(&doc), ["LEVY", "CAPITAL PROGRAMME"]);
        assert_eq!(numbers(&doc), ["4.1", "5.1", "5.2"]);
        // Without 5.1 under the title, or out of sequence, a cell.
        for text in [
            LEVY.replace("5.1\n", "Note\n"),
            LEVY.replace("5.0\n", "6.0\n").replace("5.1", "6.1"),
        ] {
            let found = tables(&text);
            assert!(
                found.iter().any(|(_, last)| last.ends_with(".0")),
                "{found:?}"
            );
        }
    }

    #[test]
    fn the_figures_of_a_table_one_cell_a_line_are_no_paragraph_numbers() {
        assert_eq!(
            tables(COSTS),
            [("Programme area".to_string(), "13.32".to_string())]
        );
        let doc = parse(COSTS);
        assert_eq!(numbers(&doc), ["8", "9", "10"]);
        assert_eq!(titles(&doc), ["PROPOSED PROGRAMME"]);
        assert!(doc.parts.len() <= 1, "no part restarts at 1.20");
        // The header's first cell left empty, under the section's heading:
        // the heading stays one.
        let text = COSTS
            .replace("Programme area\n£m\n", "")
            .replace("PROPOSED PROGRAMME\n", "PROPOSED PROGRAMME\n£m\n");
        let text = text.replacen("PROPOSED PROGRAMME\n£m\n8.\n", "8.\n", 1);
        let text = text.replace(
            "are at Appendix 1.\n",
            "are at Appendix 1.\nCAPITAL PROGRAMME\n£m\n",
        );
        assert_eq!(tables(&text), [("£m".to_string(), "13.32".to_string())]);
        // Three columns, two years of figures, brackets and a dash; a
        // label wrapped onto a second line.
        let text = "4.\nThe budget is summarised below.\nService\n2025/26 £000\n2026/27 £000\n\
                    Employees\n43,218\n45,106\nPremises and\ntransport\n6.90\n7.04\nIncome\n\
                    (2.64)\n–\n5.\nThe budget is balanced.\n";
        assert_eq!(tables(text), [("Service".to_string(), "–".to_string())]);
        // A paragraph number after the table's last figure is the paper's
        // (a skip to 10 is still seen), not one more figure.
        let text = COSTS
            .replace("\n9.\n", "\n10.\n")
            .replace("\n10.\nThe footways", "\n11.\nThe footways");
        assert_eq!(numbers(&parse(&text)), ["8", "10", "11"]);
        // A figure the table's rows leave over (a second total) beside
        // its last one is a cell still, not paragraph 13.50.
        let text = COSTS.replace("\n13.32\n", "\n13.32\n13.50\n");
        assert_eq!(numbers(&parse(&text)), ["8", "9", "10"]);
        // No unit named, but a Total row.
        let text = COSTS.replace("£m\n", "Cost\n");
        assert_eq!(tables(&text).len(), 1);
        assert_eq!(numbers(&parse(&text)), ["8", "9", "10"]);
        // A label column and a sponsor's: every row's label takes two
        // lines, and so does the header's.
        let text = "2.1 The recommended projects are:\nProject\nSponsor\nCIL £\nHealth centre \
                    extension\nIntegrated care board\n950,000\nJunction improvement\nCounty Council\n\
                    720,000\nVillage hall\nParish Council\n185,000\nTotal\n1,855,000\n2.2 The other \
                    bids were not recommended.\n";
        assert_eq!(
            tables(text),
            [("Project".to_string(), "1,855,000".to_string())]
        );
        // Full-time equivalents.
        let text =
            "3.\nThe team is:\nPost\nFTE\nTeam leader\n1.0\nOfficers\n4.5\n4.\nThe cost is met.\n";
        assert_eq!(tables(text), [("Post".to_string(), "4.5".to_string())]);
    }

    #[test]
    fn numbers_beside_short_lines_that_are_no_table_of_figures_stay_numbers() {
        // A paragraph number alone before its sentence: one row at most.
        let text = "2.62 The costs are set out below.\nProgramme area\n£m\nRoads\n2.63\nThe \
                    council will resurface the roads listed at Appendix 1 in the spring.\n2.64\n\
                    Bridges are inspected every two years by the Council's engineers.\n";
        assert!(tables(text).is_empty(), "{:?}", tables(text));
        assert_eq!(numbers(&parse(text)), ["2.62", "2.63", "2.64"]);
        // No unit and no total: counts or ratings, not amounts.
        let text = COSTS
            .replace("£m\n", "Rating\n")
            .replace("Total\n", "Mean\n");
        assert!(tables(&text).is_empty(), "{:?}", tables(&text));
        // Numbers running on from the paragraph before, each the next,
        // under short titles: an outline, whatever the line above says.
        let text = "2.1 The plan has four parts.\nSummary of costs (£)\nIntroduction\n2.2\n\
                    Short title\n2.3\nFinal part\n2.4\nThe council agreed the plan in full at \
                    its meeting last year.\n";
        assert!(tables(text).is_empty(), "{:?}", tables(text));
        assert_eq!(numbers(&parse(text)), ["2.1", "2.2", "2.3", "2.4"]);
        // Numbers closed by dots are the paper's, not cells.
        let text = COSTS
            .replace("\n1.20\n", "\n1.\n")
            .replace("\n1.31\n", "\n2.\n");
        assert_eq!(
            tables(&text),
            [("Programme area".to_string(), "2.64".to_string())]
        );
        // A column of figures under one label: not rows of a label and
        // its figures (see `is_table_value`).
        let text = "4.1 The balances are:\nBalance\n£m\n771.9\n280.1\n44.4\n12.0\n5.5\n1.2\n\
                    4.2 More.\n";
        assert!(tables(text).is_empty(), "{:?}", tables(text));
    }

    #[test]
    fn a_last_row_that_carries_on_the_numbering_is_the_next_paragraph() {
        // `2.3` after paragraph 2.2, then a sentence: under the short
        // title `Risks`, not a row of the table.
        let text = "2.1 The costs are known.\n2.2\nThe programme is summarised below.\n\
                    Programme area\n£m\nRoads\n6.12\nDrainage\n2.05\nBridges\n2.64\nRisks\n2.3\n\
                    The main risk is the weather during the resurfacing season this year.\n2.4\n\
                    The second risk is the price of materials.\n";
        assert_eq!(
            tables(text),
            [("Programme area".to_string(), "2.64".to_string())]
        );
        assert_eq!(numbers(&parse(text)), ["2.1", "2.2", "2.3", "2.4"]);
        // Numbers with no dots: `9` after `8`, under a pack's heading.
        let text = "8\nThe programme is summarised below.\nProgramme area\n£m\nRoads\n6.12\n\
                    Drainage\n2.05\nBridges\n2.64\nConsultation\n9\nTown and parish councils \
                    were invited to put forward local road safety schemes.\n";
        assert_eq!(
            tables(text),
            [("Programme area".to_string(), "2.64".to_string())]
        );
        // A total that happens to be the next number stays a cell.
        let text = text.replace("Bridges\n2.64\nConsultation\n9\n", "Total\n9\n");
        assert_eq!(
            tables(&text),
            [("Programme area".to_string(), "9".to_string())]
        );
    }

    /// A tiers table of three columns, one cell a line, inside section 3.
    const TIERS: &str =
        "3.\n\nProposals\n\n3.1 Each tier sets the charge:\n\nTier\n\nHousehold size\n\n\
                         Charge\n\n1\n\nOne person\n\n£40\n\n2\n\nTwo people\n\n£55\n\n3\n\n\
                         Three or more\n\n£70\n\n3.2 The charges start in April.\n";

    #[test]
    fn the_row_numbers_of_a_table_one_cell_a_line_are_no_outline() {
        let doc = parse(TIERS);
        assert_eq!(numbers(&doc), ["3.1", "3.2"]);
        assert_eq!(titles(&doc), ["Proposals"], "cells are no headings");
        assert!(doc.parts.len() <= 1, "no part restarts at row 1");
        // Row numbers written with dots, as paragraph numbers are.
        let dotted = TIERS
            .replace("\n1\n", "\n1.\n")
            .replace("\n2\n", "\n2.\n")
            .replace("\n3\n", "\n3.\n");
        let doc = parse(&dotted);
        assert_eq!(numbers(&doc), ["3.1", "3.2"]);
        assert_eq!(titles(&doc), ["Proposals"]);
        // The cells stay text: each a paragraph of section 3.
        let cells = doc.sections[0].paragraphs.len();
        assert!(cells >= 14, "{cells}");
    }

    #[test]
    fn numbers_that_are_no_rows_of_a_table_stay_in_the_outline() {
        // Numbered titles with one line each beside them: a list's
        // entries, not a table of two columns.
        let doc = parse(
            "2.1 Text.\n\nAPPENDICES\n\n1\n\nCall-in notice\n\n2\n\nCabinet minutes\n\n3\n\nPetition\n",
        );
        assert!(
            titles(&doc).contains(&"Call-in notice"),
            "{:?}",
            titles(&doc)
        );
        // No header above the first row: the headings' text under them.
        let doc = parse(
            "1.1 The plan is agreed.\n\n2\n\nRisks\n\nLow overall\n\nNone known\n\n3\n\nTimetable\n\n\
             April start\n\nMay review\n\n4.1 More.\n",
        );
        assert!(titles(&doc).contains(&"Risks"), "{:?}", titles(&doc));
        // A count table: the labels above the first "row" are figures.
        let doc = parse(
            "2.1 The outcomes were:\n\nOutcome\n\nDistrict\n\nParish\n\nNo action\n\n5\n\n17\n\n\
             Referred\n\n1\n\n4\n\nWithdrawn\n\n0\n\n2\n\n2.2 Most were resolved.\n",
        );
        assert!(titles(&doc).contains(&"Referred"), "{:?}", titles(&doc));
        // Numbered headings under each other, the paper's numbers alone
        // in the header's place: an outline.
        let doc = parse(
            "8.1 As set out above.\n9.\n\nBackground Documents\n\nStrategy report, 2025\n10.\n\n\
             Appendices\n\nAppendix A – Charges\nAppendix B – Summary\n11.\n\nContact details\n\n\
             Report Author:\nA Person\n",
        );
        let tops: Vec<_> = doc
            .sections
            .iter()
            .filter_map(|s| s.number.as_deref())
            .collect();
        assert_eq!(tops, ["9", "10", "11"]);
        // Sections of short lines under short field lines, but titled as
        // the pack's sections are: an outline too.
        let vocab = Vocabulary {
            section_titles: vec![
                "purpose of report".to_string(),
                "recommendations".to_string(),
            ]
            .into(),
            ..Vocabulary::default()
        };
        let text = "Report author: A Person\n\nWards: All\n\nKey decision: No\n\n1\n\n\
                    Purpose of report\n\nTo set the rents\n\nFor 2026/27\n\n2\n\nRecommendations\n\n\
                    Approve the rents\n\nFrom April\n";
        let doc = parse_with(text, &vocab);
        let numbered: Vec<_> = doc
            .sections
            .iter()
            .filter_map(|s| Some((s.number.as_deref()?, s.title.as_str())))
            .collect();
        assert_eq!(
            numbered,
            [("1", "Purpose of report"), ("2", "Recommendations")]
        );
    }
}
