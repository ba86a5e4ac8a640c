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
        let span = self.lines[i].span().cover(self.lines[j - 1].span());
        self.add_table(TableKind::from_pipe(pipe), span, rows);
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

    fn add_table(&mut self, kind: TableKind, span: Span, rows: Vec<Row>) {
        self.close_paragraph();
        self.last_closed = None;
        let index = self.doc.tables.len();
        if let Some(imps) = table::tick_box(&rows, index)
            .or_else(|| table::yes_no_table(&rows, index))
            .or_else(|| table::tick_column_table(&rows, index))
        {
            self.doc.implications.extend(imps);
        } else {
            // Still in the front sheet: no numbered paragraph yet, and at
            // most a title or two taken for headings.
            let front = self.preamble || (self.part_max_top == 0 && self.doc.sections.len() <= 2);
            let fields = front_sheet::table_fields(self.text, &rows, front, self.vocab);
            self.doc.fields.extend(fields);
            if front {
                let body = front_sheet::body_row(&rows, self.vocab);
                // A title line heading the table (`| REPORT TO LICENSING
                // COMMITTEE – 18 MARCH 2026 |`) is one of the title block's.
                if let Some(span) = body
                    .is_none()
                    .then(|| front_sheet::title_row(self.text, &rows))
                    .flatten()
                {
                    let lines = &mut self.front.title_lines;
                    let at = lines.partition_point(|t| t.span.start < span.start);
                    lines.insert(
                        at,
                        front_sheet::TitleLine {
                            span,
                            heading: false,
                        },
                    );
                }
                if self.front.body_line.is_none() {
                    self.front.body_line = body;
                }
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
