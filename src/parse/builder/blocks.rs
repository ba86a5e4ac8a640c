//! Tables and comments (suppressions).

use super::*;

impl<'t, 'l> Builder<'t, 'l> {
    pub(super) fn table(&mut self, i: usize, pipe: bool) -> usize {
        let mut rows = Vec::new();
        let mut j = i;
        while j < self.lines.len() {
            match &self.kinds[j] {
                LineKind::TableRow { pipe: p } if *p == pipe => {
                    let line = self.lines[j];
                    let row = if pipe {
                        table::pipe_row(line.text, line.start)
                    } else {
                        Some(table::tab_row(line.text, line.start))
                    };
                    rows.extend(row);
                    j += 1;
                }
                // Tab tables from Word keep blank lines between rows.
                LineKind::Blank
                    if !pipe
                        && matches!(
                            self.kinds.get(j + 1),
                            Some(LineKind::TableRow { pipe: false })
                        ) =>
                {
                    j += 1
                }
                _ => break,
            }
        }
        // On the front sheet, the lines between two borders of a grid
        // table are one row, a field whose value wraps inside its cell.
        // (Past it, the clearance readers take each line of an
        // implications cell as it stands.)
        let bordered = |k: usize| {
            self.lines
                .get(k)
                .is_some_and(|l| table::is_grid_border(l.text))
        };
        if pipe && i > 0 && bordered(i - 1) && bordered(j) {
            if self.in_front_sheet() {
                rows = table::grid_row(rows);
            } else if let Some((number, level)) = self.grid_row_number(&rows) {
                self.numbered_grid_row(i, j, number, level, rows);
                return j;
            }
        }
        if pipe {
            if let Some(top) = outline_table(self.text, &rows) {
                self.outline_rows(top, &rows);
                return j;
            }
            if rows.len() > 1 && self.is_heading_row(&rows[0]) {
                return self.headed_table(i, j, rows);
            }
        }
        self.title_in_header(&rows);
        let span = self.lines[i].span().cover(self.lines[j - 1].span());
        self.add_table(TableKind::from_pipe(pipe), span, rows);
        j
    }

    /// The rows of a table whose first column is an outline of numbers
    /// (see [`outline_table`]), read as the same section written as text:
    /// the header row `| **1.00** | **EXPLAINING …** |` is heading 1.00,
    /// each row `| 1.01 | text |` numbered paragraph 1.01, and a row with
    /// no number its own line of text.
    fn outline_rows(&mut self, top: ParaNumber, rows: &[Row]) {
        let head = &rows[0];
        let title = head.cells[1].span;
        self.add_heading(HeadingStyle::Numbered, 1, Some(top.label), title, head.span);
        for row in &rows[1..] {
            let (first, text) = (&row.cells[0], &row.cells[1]);
            if text.text.trim().is_empty() {
                continue;
            }
            match outline_number(self.text, first) {
                Some(n) => {
                    self.add_paragraph(ParagraphKind::Numbered, Some(n), row.span, text.span, 0);
                }
                None => {
                    self.add_paragraph(ParagraphKind::Plain, None, text.span, text.span, 0);
                }
            }
            self.close_paragraph();
        }
    }

    /// The number that opens the first cell of `rows`, the lines of one
    /// row of a Pandoc grid table past the front sheet, where the row is a
    /// sub-section laid out as a row: a decimal number of two levels under
    /// the section it stands in (`**6.4** Legal:` under `6.0 Implications`
    /// or under the row `6.3` before it), words after it in the cell, and
    /// a column of text beside it. A data table's first column of figures
    /// (`6.4` alone, or `2.50` under section 6) is none.
    fn grid_row_number(&self, rows: &[Row]) -> Option<(ParaNumber, u8)> {
        let first = rows.first()?;
        if first.cells.len() < 2 || rows.iter().any(|r| r.cells.len() != first.cells.len()) {
            return None;
        }
        let cell = &first.cells[0];
        let marker = number::item_marker(cell.span.of(self.text), cell.span.start)?;
        let n = marker.number?;
        let raw = cell.span.of(self.text);
        let words = raw[marker.text_start.min(raw.len())..]
            .chars()
            .any(char::is_alphabetic);
        let says = rows
            .iter()
            .flat_map(|r| &r.cells[1..])
            .any(|c| c.text.chars().any(char::is_alphabetic));
        if marker.bullet.is_some()
            || n.style != NumberStyle::Decimal
            || n.parenthesised
            || n.values.len() != 2
            || n.values[1] == 0
            || !words
            || !says
        {
            return None;
        }
        // The nearest numbered section open: the parent (`6.0`, `6`) or
        // the row before (`6.3`).
        let (above, level): (Vec<u32>, u8) = self.stack.iter().rev().find_map(|&s| {
            let section = &self.doc.sections[s];
            let values = section
                .number
                .as_deref()?
                .trim_end_matches('.')
                .split('.')
                .map(|v| v.parse().ok())
                .collect::<Option<Vec<u32>>>()?;
            Some((values, section.level))
        })?;
        // Under the parent, a level below it; after the row before, beside it.
        let level = match above[..] {
            [top] | [top, 0] if top == n.values[0] => level + 1,
            [top, k] if top == n.values[0] && k != 0 && k < n.values[1] => level,
            _ => return None,
        };
        Some((n, level))
    }

    /// Lines `i..j`, one row of a Pandoc grid table numbered `number` (see
    /// [`Self::grid_row_number`]), read as the sub-section it lays out, at
    /// `level`:
    /// its first cell, wrapped over the row's lines, is the heading
    /// (`**6.3** Equality,` / `Diversity and Human` / `Rights:` is 6.3
    /// "Equality, Diversity and Human Rights"), and the column beside it
    /// a table of the section's text, a row a line, as the clearance
    /// readers take an implications cell.
    fn numbered_grid_row(
        &mut self,
        i: usize,
        j: usize,
        number: ParaNumber,
        level: u8,
        rows: Vec<Row>,
    ) {
        let first = rows[0].cells[0].clone();
        let raw = first.span.of(self.text);
        let marker = number::item_marker(raw, first.span.start);
        let title_at = first.span.start + marker.map_or(0, |m| m.text_start.min(raw.len()));
        let title_span = Span::new(title_at, first.span.end);
        let joined = rows
            .iter()
            .map(|r| r.cells[0].text.trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let title = joined
            .strip_prefix(number.label.as_str())
            .unwrap_or(&joined)
            .trim()
            .trim_end_matches(':')
            .trim_end()
            .to_string();
        // (A numbered heading's level is its hint past the base level.)
        let base = if self.under_section_labels { 2 } else { 1 };
        let id = self.add_heading(
            HeadingStyle::Numbered,
            (level + 1).saturating_sub(base),
            Some(number.label),
            title_span,
            first.span,
        );
        self.doc.sections[id].title = title;
        let text_rows: Vec<Row> = rows
            .into_iter()
            .map(|r| Row {
                span: r.span,
                cells: r.cells[1..].to_vec(),
            })
            .collect();
        let span = self.lines[i].span().cover(self.lines[j - 1].span());
        self.add_table(TableKind::Pipe, span, text_rows);
    }

    /// Whether `row`, a pipe table's header row, is a section's heading
    /// written as the table's first row, as Welsh county report templates
    /// head their recommendations (`| **RECOMMENDATIONS** | |` over `| 1 |
    /// That Cabinet approves … |`): its first cell one of the pack's
    /// section titles, in bold or capitals, and its other cells empty. A
    /// header row of column names (`| **Title** | **Date** |`) has words
    /// past its first cell; a bold label over its value (`| **CABINET** |
    /// |` over the front sheet's fields) is no title of the pack's.
    fn is_heading_row(&self, row: &Row) -> bool {
        let Some((first, rest)) = row.cells.split_first() else {
            return false;
        };
        let title = first.text.trim();
        !rest.is_empty()
            && rest.iter().all(|c| c.text.trim().is_empty())
            && (is_bold_cell(self.text, first) || is_capitals(title))
            && self.is_section_title(title)
    }

    /// A table whose header row's first cell is a section's title, in
    /// bold, and whose other cells name its columns: a closing section
    /// laid out as a table (`**Background Papers** | **Date** | **Source /
    /// Contact**`, then a row per paper). The cell heads the section, the
    /// table under it keeping its header row. Past the front sheet, and
    /// only for titles of two words or more that are the pack's (a lone
    /// `Risk` over a risk register's columns heads no section).
    fn title_in_header(&mut self, rows: &[Row]) {
        let Some((first, rest)) = rows.first().and_then(|r| r.cells.split_first()) else {
            return;
        };
        let title = first.text.trim();
        if self.preamble
            || rows.len() < 2
            || rest.is_empty()
            || rest.iter().any(|c| c.text.trim().is_empty())
            || !more_words_than(title, 1)
            || !is_bold_cell(self.text, first)
            || !self.is_section_title(title)
        {
            return;
        }
        self.add_heading(HeadingStyle::Bold, 1, None, first.span, first.span);
    }

    /// Lines `i..j`, a pipe table whose header row heads a section (see
    /// [`Self::is_heading_row`]), read as that heading over a table of the
    /// rows under it. Returns `j`.
    fn headed_table(&mut self, i: usize, j: usize, mut rows: Vec<Row>) -> usize {
        let head = rows.remove(0);
        self.add_heading(HeadingStyle::Bold, 1, None, head.cells[0].span, head.span);
        let first = self.lines[i + 1..j]
            .iter()
            .find(|l| l.start >= rows[0].span.start)
            .unwrap_or(&self.lines[i]);
        let span = first.span().cover(self.lines[j - 1].span());
        self.add_table(TableKind::Pipe, span, rows);
        j
    }

    /// The table lined up with spaces that takes line `i`; a line of one
    /// already placed (a front-sheet field cannot take one) is passed over.
    pub(super) fn spaced_table(&mut self, i: usize) -> usize {
        while self
            .spaced
            .get(self.spaced_next)
            .is_some_and(|t| t.next <= i)
        {
            self.spaced_next += 1;
        }
        let Some(t) = self.spaced.get_mut(self.spaced_next) else {
            return i + 1;
        };
        if t.first != i {
            return i + 1;
        }
        let (next, rows) = (t.next, std::mem::take(&mut t.rows));
        self.spaced_next += 1;
        self.title_in_header(&rows);
        let span = self.lines[i].span().cover(self.lines[next - 1].span());
        self.add_table(TableKind::Spaced, span, rows);
        next
    }

    pub(super) fn html_table(&mut self, i: usize) -> usize {
        let start = self.lines[i].start;
        // The first `</table>` in any case, found where it stands (no
        // lower-cased copy of the rest of the paper for each table).
        const CLOSE: &[u8] = b"</table>";
        let rest = &self.text.as_bytes()[start..];
        let lower_end = memchr::memchr_iter(b'<', rest)
            .find(|&at| {
                rest[at..]
                    .get(..CLOSE.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(CLOSE))
            })
            .map_or(self.text.len(), |e| start + e + CLOSE.len());
        let span = Span::new(start, lower_end);
        let rows = table::html_rows(span.of(self.text), start);
        self.add_table(TableKind::Html, span, rows);
        let mut j = i + 1;
        while j < self.lines.len() && self.lines[j].start < lower_end {
            j += 1;
        }
        j
    }

    /// Whether the builder is still in the front sheet: no numbered
    /// paragraph yet, and at most a title or two taken for headings.
    fn in_front_sheet(&self) -> bool {
        self.preamble || (self.part_max_top == 0 && self.doc.sections.len() <= 2)
    }

    fn add_table(&mut self, kind: TableKind, span: Span, rows: Vec<Row>) {
        self.close_paragraph();
        self.last_closed = None;
        let index = self.doc.tables.len();
        if let Some(imps) = table::tick_box(&rows, index)
            .or_else(|| table::yes_no_table(&rows, index))
            .or_else(|| table::tick_column_table(&rows, index))
            .or_else(|| table::marks_across(&rows, index))
        {
            self.doc.implications.extend(imps);
        } else {
            // A cover table of labels and values may give the implications
            // in a row or two of its own.
            self.doc
                .implications
                .extend(table::implications_rows(&rows, index));
            let front = self.in_front_sheet();
            let fields = front_sheet::table_fields(self.text, &rows, front, self.vocab);
            self.doc.fields.extend(fields);
            if front {
                // A grid table's first row is a table of its own: the
                // table goes on where rows follow its border.
                let more = rows.len() > 1 || table::grid_goes_on(self.text, span.end);
                let body = front_sheet::body_row(&rows, more, self.vocab);
                // A title line heading the table (`| REPORT TO LICENSING
                // COMMITTEE – 18 MARCH 2026 |`) is one of the title block's.
                if let Some(span) = body
                    .is_none()
                    .then(|| front_sheet::title_row(self.text, &rows))
                    .flatten()
                {
                    self.front.insert_title_line(span);
                }
                if self.front.body_line.is_none() {
                    self.front.body_line = body;
                }
                self.title_rows(&rows);
            }
        }
        self.doc.tables.push(Table {
            kind,
            span,
            rows,
            section: self.stack.last().copied(),
        });
        self.extend_section(span.end);
    }

    /// A front-sheet table opening with its title block in unlabelled
    /// rows (the date beside the item's number, the committee, the
    /// title; see `front_sheet::title_rows`), where nothing above named
    /// or dated the meeting: the committee is the meeting, the date its
    /// date, and the title the paper's where none was read.
    fn title_rows(&mut self, rows: &[Row]) {
        if self.front.body_line.is_some() || self.front.body_date.is_some() {
            return;
        }
        let Some(found) = front_sheet::title_rows(rows, self.vocab) else {
            return;
        };
        self.front.body_line = Some(found.body);
        self.front.body_date = Some(found.date);
        if self.front.title.is_none() {
            self.front.title = found.title;
        }
        for span in found.cells {
            self.front.insert_title_line(span);
        }
    }

    pub(super) fn comment(&mut self, i: usize) {
        let line = self.lines[i];
        let content = line.content().trim_end();
        let Ok((_, (scope, rules))) = suppression(content) else {
            return;
        };
        let base = line.start + line.content_at;
        let span = line.content_span();
        let covers = match scope {
            SuppressionScope::File => Span::new(0, self.text.len()),
            SuppressionScope::Next => {
                let mut j = i + 1;
                while j < self.lines.len() && self.lines[j].is_blank() {
                    j += 1;
                }
                let start = self.lines.get(j).map_or(self.text.len(), |l| l.start);
                let mut k = j;
                while k < self.lines.len() && !self.lines[k].is_blank() {
                    k += 1;
                }
                let end = if k > j {
                    self.lines[k - 1].span().end
                } else {
                    start
                };
                Span::new(start, end)
            }
        };
        let rules = rules
            .into_iter()
            .map(|r| {
                let at = base + inline::offset_in(content, r);
                TextItem {
                    text: r.to_string(),
                    span: Span::new(at, at + r.len()),
                }
            })
            .collect();
        self.doc.suppressions.push(Suppression {
            scope,
            rules,
            span,
            covers,
        });
    }
}

impl TableKind {
    fn from_pipe(pipe: bool) -> Self {
        if pipe {
            TableKind::Pipe
        } else {
            TableKind::Tab
        }
    }
}

/// The number of a table cell that holds only a decimal outline number of
/// two levels (`1.01`, `**1.00**`), as written.
fn outline_number(text: &str, cell: &Cell) -> Option<ParaNumber> {
    let raw = cell.span.of(text);
    let marker = number::item_marker(raw, cell.span.start)?;
    let n = marker.number?;
    let alone = raw[marker.text_start.min(raw.len())..].trim().is_empty();
    (alone
        && marker.bullet.is_none()
        && n.style == NumberStyle::Decimal
        && !n.parenthesised
        && n.values.len() == 2)
        .then_some(n)
}

/// Whether a table cell's text is set in bold (`| **1.00** |`).
fn is_bold_cell(text: &str, c: &Cell) -> bool {
    let (before, after) = (&text[..c.span.start], &text[c.span.end..]);
    before.trim_end().ends_with("**") && after.trim_start().starts_with("**")
}

/// Whether `rows`, a pipe table, lays a section out in two columns, as
/// Welsh county report templates do: a header row whose first cell is the
/// section's number with a zero (`**1.00**`, `**1.0**`) in bold and whose
/// second is its title, in capitals or bold; then rows whose first cell is
/// a paragraph of that section (`1.01`, `1.02`, …) or empty (the text
/// carrying on), and whose second holds words. A data table whose first
/// column holds figures (`1.50`, `2.00` under a header row of words) is
/// none: its header is no number, and its cells hold no words. Returns the
/// section's number.
fn outline_table(text: &str, rows: &[Row]) -> Option<ParaNumber> {
    let (head, body) = rows.split_first()?;
    if body.is_empty() || rows.iter().any(|r| r.cells.len() != 2) {
        return None;
    }
    let top = outline_number(text, &head.cells[0])?;
    let section = match top.values[..] {
        [n, 0] if n > 0 => n,
        _ => return None,
    };
    let bold = |c: &Cell| is_bold_cell(text, c);
    let title = &head.cells[1];
    let words = |c: &Cell| c.text.chars().filter(|ch| ch.is_alphabetic()).count() >= 2;
    if !bold(&head.cells[0]) || !words(title) || !(is_capitals(&title.text) || bold(title)) {
        return None;
    }
    let mut numbered = 0;
    for row in body {
        let (first, second) = (&row.cells[0], &row.cells[1]);
        if first.text.trim().is_empty() {
            continue;
        }
        let n = outline_number(text, first)?;
        if n.values[0] != section || n.values[1] == 0 || !words(second) {
            return None;
        }
        numbered += 1;
    }
    (numbered > 0).then_some(top)
}
