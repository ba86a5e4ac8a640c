//! After the last line: meetings, parts, section spans, references and
//! appendices.

use super::*;

impl<'t, 'l> Builder<'t, 'l> {
    pub(in crate::parse) fn finish(mut self) -> Document {
        self.checkbox_lines();
        self.flattened_yes_no_columns();
        self.flattened_yes_no_rows();
        self.flattened_yes_no_grid();
        self.flattened_yes_no_list();
        self.answer_grid();
        self.ticked_fields();
        self.split_field_rows();
        if self.doc.meetings.is_empty() {
            // The header ends where prose begins, and no earlier than the
            // last field of the front sheet.
            let header_end = self
                .doc
                .paragraphs
                .iter()
                .find(|p| more_words_than(p.text.of(self.text), 30))
                .map_or(self.text.len(), |p| p.span.start)
                .max(self.front.fields_end);
            self.doc.meetings = front_sheet::meetings(
                self.text,
                &self.doc.fields,
                &self.doc.dates,
                &self.front,
                header_end,
                self.vocab,
            );
            // "**Glenmorven Integration Joint Board**" read as the first
            // heading, among the front sheet's fields: the meeting.
            if self.doc.meetings.is_empty() {
                // (Not past a sentence of prose: the body has begun.)
                let prose_before = |at: usize| {
                    self.doc.paragraphs.iter().any(|p| {
                        p.span.start < at
                            && p.text.of(self.text).trim_end().ends_with('.')
                            && !self.doc.fields.iter().any(|f| f.span.contains(p.span))
                    })
                };
                let first = self
                    .doc
                    .sections
                    .first()
                    .filter(|s| !prose_before(s.heading.start))
                    .map(|s| (s.title_span, s.number.is_some()));
                self.doc.meetings.extend(first.and_then(|first| {
                    front_sheet::preamble_heading_body(
                        self.text,
                        &self.doc.fields,
                        &self.doc.dates,
                        first,
                        header_end,
                        self.vocab,
                    )
                }));
            }
            // "Audit Committee – Agenda Item 8" on its own line in the sheet.
            if self.doc.meetings.is_empty() {
                self.doc.meetings.extend(front_sheet::body_item_line(
                    self.text,
                    &self.doc.fields,
                    &self.doc.dates,
                    header_end,
                    self.vocab,
                ));
            }
            // "Residents' Services Select Committee – 14 January 2027"
            // at the foot of every page: the meeting and its date where
            // the front sheet gives no date.
            front_sheet::footer_meeting(
                self.text,
                &self.doc.furniture,
                &self.doc.dates,
                &mut self.doc.meetings,
                self.vocab,
            );
        }
        self.front_sheet_title();
        self.settle_own_list(None);
        self.assign_parts();
        self.close_section_spans();
        self.collect_references();
        self.doc
    }

    /// The front sheet's title line (the last one before its first field),
    /// where the lines read gave no title. (A title the builder took from
    /// the council's name stays: the line under it may be a status such as
    /// `PART II – NOT FOR PUBLICATION`.)
    fn front_sheet_title(&mut self) {
        if let Some(title) = self.heading_title() {
            self.doc.title = Some(title);
            return;
        }
        let Some(span) = self.front.title else {
            return;
        };
        if self.doc.title.is_some() {
            return;
        }
        let (at, kept) = inline::trim_markup(span.of(self.text));
        self.doc.title = Some(TextItem {
            text: plain(kept).split_whitespace().collect::<Vec<_>>().join(" "),
            span: Span::new(span.start + at, span.start + at + kept.len()),
        });
    }

    /// The heading straight under the one naming the meeting and its date,
    /// over the front sheet's fields (see `front_sheet::FrontSheet::heading_title`):
    /// the paper's title where the heading is neither numbered nor one of
    /// the pack's section titles, in place of a title taken from the
    /// paper's first heading (the council's name, or the meeting's).
    fn heading_title(&self) -> Option<TextItem> {
        let span = self.front.heading_title?;
        let s = self
            .doc
            .sections
            .iter()
            .find(|s| s.heading.start <= span.start && span.end <= s.heading.end)?;
        (s.number.is_none() && !self.is_section_title(&s.title)).then(|| TextItem {
            text: s.title.clone(),
            span: s.title_span,
        })
    }

    /// Tick-box lines of a cover sheet (`Legal  ☐ Yes  ☒ No`) are
    /// implications entries, whatever else the line was read as.
    fn checkbox_lines(&mut self) {
        // "☑" and "☒" are E2 98 91 and E2 98 92: one search for their
        // first two bytes finds both.
        let bytes = self.text.as_bytes();
        let ticked = memchr::memmem::find_iter(bytes, &[0xE2, 0x98])
            .any(|at| matches!(bytes.get(at + 2), Some(0x91 | 0x92)));
        if !ticked {
            return;
        }
        let table = self.doc.tables.len();
        for line in self.lines {
            if let Some(imp) = table::checkbox_line(line.text, line.start, table) {
                self.doc.implications.push(imp);
            }
        }
    }

    /// An implications table that `pdftotext` flattened column by column,
    /// read where no other implications table was: a title line, a column
    /// of three to twenty short names one to a line (no colon in any of
    /// these: a field is no table's title), a blank line, then as
    /// many lines each only `Yes` or `No`, in the same order, and a blank
    /// line (`Implications checklist` / `Financial` / `Legal` / … / blank /
    /// `Yes` / `No` / …). Each name's entry is its line.
    fn flattened_yes_no_columns(&mut self) {
        if !self.doc.implications.is_empty() {
            return;
        }
        let n = self.lines.len();
        let mut i = 0;
        while i < n {
            if yes_no_line(self.lines[i].content()).is_none() {
                i += 1;
                continue;
            }
            let start = i;
            while i < n && yes_no_line(self.lines[i].content()).is_some() {
                i += 1;
            }
            if let Some(names) = self.names_column(start, i - start) {
                let table = self.doc.tables.len();
                for (k, name_line) in names.enumerate() {
                    let mark_line = self.lines[start + k];
                    let name_span = self.lines[name_line].content_span();
                    let mark_span = mark_line.content_span();
                    self.doc.implications.push(Implication {
                        name: plain(name_span.of(self.text)),
                        name_span,
                        mark: yes_no_line(mark_line.content()).expect("checked"),
                        mark_span,
                        refs: None,
                        span: name_span,
                        table,
                        asked: false,
                    });
                }
                return;
            }
        }
    }

    /// An implications table that `pdftotext` flattened row by row, read
    /// where no other implications table was: a title line after a blank
    /// one, then straight under it three to twenty rows, each a short name
    /// on its line, perhaps a blank line, and a line that is only `Yes` or
    /// `No`, with a blank line after it (`Implications checked (tick all
    /// that apply)` / `Financial` / blank / `Yes` / blank / `Legal` / …).
    /// No colon in any name or the title: a field is no table's title. Each
    /// name's entry is its line.
    fn flattened_yes_no_rows(&mut self) {
        if !self.doc.implications.is_empty() {
            return;
        }
        let n = self.lines.len();
        let mut j = 0;
        while j < n {
            // A Yes/No line starts the search (they are rare), under the
            // first name, under the title.
            if yes_no_line(self.lines[j].content()).is_none() {
                j += 1;
                continue;
            }
            let name = match j.checked_sub(1) {
                Some(above) if self.is_blank_at(above) => above.checked_sub(1),
                above => above,
            };
            let Some(title) = name.and_then(|n| n.checked_sub(1)) else {
                j += 1;
                continue;
            };
            if !self.stands_after_break(title) || !self.short_line(title, 8) {
                j += 1;
                continue;
            }
            let rows = self.yes_no_rows(title + 1);
            if (3..=20).contains(&rows.len()) {
                let table = self.doc.tables.len();
                for (name_line, mark_line) in rows {
                    let name_span = self.lines[name_line].content_span();
                    self.doc.implications.push(Implication {
                        name: plain(name_span.of(self.text)),
                        name_span,
                        mark: yes_no_line(self.lines[mark_line].content()).expect("checked"),
                        mark_span: self.lines[mark_line].content_span(),
                        refs: None,
                        span: name_span,
                        table,
                        asked: false,
                    });
                }
                return;
            }
            j += 1;
        }
    }

    /// An implications table that `pdftotext` flattened one cell a line
    /// with no blank lines between rows, read where no other
    /// implications table was: its header `Implication` / `Yes/No` /
    /// `Paragraph`, then each row's name, `Yes` or `No`, and the
    /// paragraph it is dealt with in (see
    /// [`Self::yes_no_grid_at`]). The builder found it among the tables
    /// written one cell a line. Each name's entry is its line, with the
    /// paragraph cell as its references.
    fn flattened_yes_no_grid(&mut self) {
        if !self.doc.implications.is_empty() {
            return;
        }
        let Some(rows) = self
            .number_tables
            .iter()
            .find_map(|&(first, _)| self.yes_no_grid_at(first).map(|(_, rows)| rows))
        else {
            return;
        };
        let table = self.doc.tables.len();
        for (name_line, mark_line, refs_line) in rows {
            let name_span = self.lines[name_line].content_span();
            let refs = refs_line.map(|r| {
                let span = self.lines[r].content_span();
                TextItem {
                    text: plain(span.of(self.text)).trim().to_string(),
                    span,
                }
            });
            self.doc.implications.push(Implication {
                name: plain(name_span.of(self.text)),
                name_span,
                mark: yes_no_line(self.lines[mark_line].content()).expect("checked"),
                mark_span: self.lines[mark_line].content_span(),
                refs,
                span: name_span,
                table,
                asked: false,
            });
        }
    }

    /// An implications table that `pdftotext` flattened one cell a line
    /// with each row's mark and reference in one cell, read where no other
    /// implications table was: a title line naming implications, then
    /// straight under it three to twenty rows, each a short name on its
    /// line (no colon) and on the next line `Yes` or `No`, alone or
    /// followed by a dash or colon and a reference (`Implications` /
    /// `Financial` / `Yes – see paragraph 7.1` / `Equalities` / `No` / …).
    /// Blank lines (a page break) may part the rows. Each entry is its two
    /// lines, with the reference (after a "see") as its references.
    fn flattened_yes_no_list(&mut self) {
        if !self.doc.implications.is_empty() {
            return;
        }
        let n = self.lines.len();
        // A mark line starts the search (they are rare), under the first
        // name, under the title.
        let Some(rows) = (2..n)
            .filter(|&j| self.list_title_over(j))
            .map(|j| self.yes_no_list_rows(j - 1))
            .find(|rows| (3..=20).contains(&rows.len()))
        else {
            return;
        };
        let table = self.doc.tables.len();
        for (name_line, mark_line, mark, reference) in rows {
            let name_span = self.lines[name_line].content_span();
            let mark_span = self.lines[mark_line].content_span();
            let refs = reference.map(|at| {
                let span = Span::new(mark_span.start + at, mark_span.end);
                TextItem {
                    text: plain(span.of(self.text)).trim().to_string(),
                    span,
                }
            });
            self.doc.implications.push(Implication {
                name: plain(name_span.of(self.text)),
                name_span,
                mark,
                mark_span,
                refs,
                span: name_span.cover(mark_span),
                table,
                asked: false,
            });
        }
    }

    /// An implications grid that `pdftotext -layout` kept in two columns
    /// (`Area assessed:` / `Direct Implications:` over `Crime and Disorder
    /// Set out below.`; see `parse::answer_grid`), read where no other
    /// implications table was.
    fn answer_grid(&mut self) {
        if !self.doc.implications.is_empty() {
            return;
        }
        let table = self.doc.tables.len();
        let entries = crate::parse::answer_grid::read(self.lines, self.kinds, self.vocab, table);
        self.doc.implications.extend(entries);
    }

    /// Whether line `j` is a mark line (see [`marked_line`]) under a name
    /// under a title naming implications: the first row of a
    /// [`Self::flattened_yes_no_list`]. Most lines fail on their first
    /// byte.
    fn list_title_over(&self, j: usize) -> bool {
        if marked_line(self.lines[j].content()).is_none() {
            return false;
        }
        let title = j - 2;
        if !matches!(self.kinds[title], LineKind::Text) {
            return false;
        }
        let flat = plain(self.lines[title].content());
        let flat = flat.trim();
        let flat = flat.strip_suffix(':').unwrap_or(flat);
        !flat.contains(':')
            && is_title_like(flat, 8)
            && flat.split(|c: char| !c.is_alphabetic()).any(|w| {
                w.get(..11)
                    .is_some_and(|head| head.eq_ignore_ascii_case("implication"))
            })
    }

    /// The rows of [`Self::flattened_yes_no_list`] from line `from`: (name
    /// line, mark line, mark, where the reference starts in the mark
    /// line), up to twenty and one (more is no such table). Up to three
    /// blank lines may part two rows.
    #[allow(clippy::type_complexity)]
    fn yes_no_list_rows(&self, from: usize) -> Vec<(usize, usize, Mark, Option<usize>)> {
        /// The most blank lines between two rows (a page break).
        const GAP: usize = 3;
        let n = self.lines.len();
        let mut rows = Vec::new();
        let mut i = from;
        while rows.len() <= 20 {
            let mut name = i;
            if !rows.is_empty() {
                while name < n && name - i < GAP && self.is_blank_at(name) {
                    name += 1;
                }
            }
            let mark = name + 1;
            if mark >= n
                || marked_line(self.lines[name].content()).is_some()
                || !self.short_line(name, 6)
                || !matches!(self.kinds[mark], LineKind::Text)
            {
                break;
            }
            let Some((value, reference)) = marked_line(self.lines[mark].content()) else {
                break;
            };
            rows.push((name, mark, value, reference));
            i = mark + 1;
        }
        rows
    }

    /// The rows of [`Self::flattened_yes_no_rows`] from line `from`: (name
    /// line, Yes/No line) pairs, one blank line between them, up to twenty
    /// and one (more is no such table).
    fn yes_no_rows(&self, from: usize) -> Vec<(usize, usize)> {
        let n = self.lines.len();
        let mut rows = Vec::new();
        let mut i = from;
        while i < n && rows.len() <= 20 {
            if yes_no_line(self.lines[i].content()).is_some() || !self.short_line(i, 6) {
                break;
            }
            let mark = if self.is_blank_at(i + 1) {
                i + 2
            } else {
                i + 1
            };
            if mark >= n
                || yes_no_line(self.lines[mark].content()).is_none()
                || !self.is_blank_at(mark + 1)
            {
                break;
            }
            rows.push((i, mark));
            i = mark + 2;
        }
        rows
    }

    /// Whether line `i` is a short title-like text line of at most `words`
    /// words with no colon: a name or title of a flattened table.
    fn short_line(&self, i: usize, words: usize) -> bool {
        matches!(self.kinds[i], LineKind::Text)
            && !self.lines[i].content().contains(':')
            && is_title_like(plain(self.lines[i].content()).trim(), words)
    }

    /// The lines of the column of names over `k` Yes/No lines from line
    /// `start`, if the shape is the one [`Self::flattened_yes_no_columns`]
    /// reads.
    fn names_column(&self, start: usize, k: usize) -> Option<std::ops::Range<usize>> {
        if !(3..=20).contains(&k) || !self.is_blank_at(start + k) {
            return None;
        }
        let mut end = start;
        while end > 0 && start - end < 2 && self.is_blank_at(end - 1) {
            end -= 1;
        }
        let title = end.checked_sub(k + 1)?;
        if end == start || (title > 0 && !self.is_blank_at(title - 1)) {
            return None;
        }
        let short = |line: usize| {
            matches!(self.kinds[line], LineKind::Text)
                && is_title_like(plain(self.lines[line].content()).trim(), 6)
                && !self.lines[line].content().contains(':')
        };
        (short(title) && (title + 1..end).all(short)).then_some(title + 1..end)
    }

    /// A field whose value is check boxes (`Exempt information: Yes ☐
    /// No ☒`) says what is ticked: its value is the ticked option.
    fn ticked_fields(&mut self) {
        for f in &mut self.doc.fields {
            if let Some(v) = field::ticked_choice(&f.value) {
                f.value = v;
            }
        }
    }

    /// Two label-and-value pairs on one row of a cover set out in columns
    /// (`WARD: Priory        PARISH: None`) are two fields (see
    /// `field::split_row`); a contact's parts stay with the contact.
    fn split_field_rows(&mut self) {
        let together = |k: &str| front_sheet::key_in(k, &self.vocab.contact_parts);
        let mut fields = Vec::with_capacity(self.doc.fields.len());
        for f in std::mem::take(&mut self.doc.fields) {
            match field::split_row(self.text, &f, together) {
                Some((first, second)) => fields.extend([first, second]),
                None => fields.push(f),
            }
        }
        self.doc.fields = fields;
    }

    fn assign_parts(&mut self) {
        let mut parts = vec![Part {
            span: Span::new(0, self.text.len()),
            title: None,
        }];
        for (start, title) in std::mem::take(&mut self.part_starts) {
            if let Some(last) = parts.last_mut() {
                last.span.end = start;
            }
            parts.push(Part {
                span: Span::new(start, self.text.len()),
                title,
            });
        }
        let part_of = |pos: usize| {
            parts
                .partition_point(|p| p.span.start <= pos)
                .saturating_sub(1)
        };
        for p in &mut self.doc.paragraphs {
            p.part = part_of(p.span.start);
        }
        for s in &mut self.doc.sections {
            s.part = part_of(s.heading.start);
        }
        self.doc.parts = parts;
    }

    fn close_section_spans(&mut self) {
        for id in (0..self.doc.sections.len()).rev() {
            let end = self.doc.sections[id]
                .children
                .iter()
                .map(|&c| self.doc.sections[c].span.end)
                .max()
                .unwrap_or(0);
            let s = &mut self.doc.sections[id];
            s.span.end = s.span.end.max(end);
        }
    }

    fn collect_references(&mut self) {
        let text = self.text;
        let doc = &mut self.doc;
        let part_of = |pos: usize| {
            doc.parts
                .partition_point(|p| p.span.start <= pos)
                .saturating_sub(1)
        };
        let mut refs = Vec::new();
        let mut decls = Vec::new();
        let cues = references::Cues::new(text, 0, self.vocab);
        let find = |span: Span| references::find_references_at(span.of(text), span.start, &cues);
        let (listed, read) = appendices::declare(text, doc, &cues, self.vocab);
        let entry_at = |pos: usize| listed.contain(pos);
        decls.extend(read.iter().flat_map(|l| l.decls(text, self.vocab)));
        // Headings that name an appendix declare it (unless they are entries of a list).
        for s in &doc.sections {
            if !cues.starts_at(s.title_span.start) {
                continue;
            }
            let found = find(s.title_span);
            if let Some(r) = found.first() {
                if r.span.start == s.title_span.start
                    && !entry_at(r.span.start)
                    && matches!(r.kind, ReferenceKind::Appendix | ReferenceKind::Annex)
                {
                    decls.push(AppendixDecl {
                        kind: r.kind,
                        label: r.target.clone(),
                        within: r.within.clone(),
                        title: appendix_title(&s.title, r.target_span.end - s.title_span.start),
                        span: s.title_span,
                        source: AppendixSource::Heading,
                    });
                }
            }
        }
        // Fields that list enclosures declare them, but for an entry that a
        // list read already ("APPENDICES   A. Site plan" in a cover's
        // columns, read as a list and as a field).
        let listed_decls = decls.len();
        for f in &doc.fields {
            if appendices::lists_enclosures(&f.key, self.vocab) {
                let key = f.key.to_ascii_lowercase();
                let read = appendices::field_list_decls(text, doc, &key, f.value_span, &cues);
                let read: Vec<AppendixDecl> = read
                    .into_iter()
                    .filter(|d| {
                        !decls[..listed_decls].iter().any(|l| {
                            l.kind == d.kind
                                && l.label == d.label
                                && l.span.start < d.span.end
                                && d.span.start < l.span.end
                        })
                    })
                    .collect();
                decls.extend(read);
            }
        }
        let lists = &self.appendix_lists;
        let mut named_in_brackets = Vec::new();
        for (id, p) in doc.paragraphs.iter().enumerate() {
            let listing = p.section.is_some_and(|s| lists[s]);
            let body = p.text.of(text);
            // A table of contents written as links: no citations.
            let links = body.contains("](#");
            for r in find(p.text) {
                let at = r.span.start - p.text.start;
                let line = || line_of(body, at);
                if entry_at(r.span.start) || (links && references::is_contents_link(line())) {
                    continue;
                }
                let is_appendix = matches!(r.kind, ReferenceKind::Appendix | ReferenceKind::Annex);
                // "Appendix A: Joint Review Action Plan." under APPENDIX lists it.
                if listing && is_appendix && r.span.start == p.text.start {
                    let after = r.target_span.end - p.text.start;
                    decls.push(AppendixDecl {
                        kind: r.kind,
                        label: r.target.clone(),
                        within: r.within.clone(),
                        title: appendix_title(&plain(body), after.min(body.len()))
                            .or_else(|| appendix_title(body, after)),
                        span: p.text,
                        source: AppendixSource::List,
                    });
                    continue;
                }
                // "attached as Appendix 2"; "Appendix 2 is in Part 2": it
                // exists, withheld.
                let sources = [
                    (r.declares, AppendixSource::Text),
                    (r.withheld, AppendixSource::Withheld),
                ];
                for (_, source) in sources.into_iter().filter(|&(says, _)| says && is_appendix) {
                    decls.push(AppendixDecl {
                        kind: r.kind,
                        label: r.target.clone(),
                        within: r.within.clone(),
                        title: None,
                        span: r.span,
                        source,
                    });
                }
                if r.named_in_brackets {
                    named_in_brackets.push(refs.len());
                }
                refs.push(r.into_reference(Some(id), p.part));
            }
        }
        // "the Consultation Statement (Appendix 3)" names what this paper's
        // Appendix 3 is, when the paper lists one; otherwise it stays a
        // part of the named document.
        for i in named_in_brackets {
            let r = &refs[i];
            if decls
                .iter()
                .any(|d| d.kind == r.kind && d.label == r.target && d.within == r.within)
            {
                refs[i].external = false;
            }
        }
        appendices::table_mentions(doc, self.vocab, &mut refs, find, entry_at);
        for r in &mut refs {
            r.part = part_of(r.span.start);
        }
        place_in_parts(text, doc, &mut refs, &decls, self.vocab);
        follow_earlier_document(doc, &mut refs);
        // A reference struck out by a tracked deletion is no longer made.
        refs.retain(|r| !self.deleted.iter().any(|s| s.contains(r.span)));
        doc.references = refs;
        decls.sort_by_key(|d| d.span.start);
        doc.appendices = decls;
        doc.appendix_lists = read.iter().map(|l| l.info()).collect();
    }
}

/// Marks external a bare paragraph reference that a paragraph of the paper
/// has already cited as another document's, the paper having no paragraph
/// of that number: "Paragraph 1.8 of the Code establishes … the Council
/// must show that it has considered all the matters in paragraph 1.8" is
/// the Code's 1.8 both times. Only within one paragraph of the paper, and
/// only a plain number (no item, range or appendix).
fn follow_earlier_document(doc: &Document, refs: &mut [Reference]) {
    let own = |target: &str| {
        doc.paragraphs
            .iter()
            .any(|p| p.number.as_ref().is_some_and(|n| n.label == target))
    };
    for i in 0..refs.len() {
        let r = &refs[i];
        if r.kind != ReferenceKind::Paragraph
            || r.external
            || r.within.is_some()
            || r.range_end.is_some()
            || r.in_part.is_some()
            || r.paragraph.is_none()
        {
            continue;
        }
        // (The references come in order: those of its paragraph before it.)
        let cited_before = refs[..i]
            .iter()
            .rev()
            .take_while(|e| e.paragraph == r.paragraph)
            .any(|e| e.kind == ReferenceKind::Paragraph && e.external && e.target == r.target);
        if cited_before && !own(&r.target) {
            refs[i].external = true;
        }
    }
}

/// The line of `text` that holds `pos`.
fn line_of(text: &str, pos: usize) -> &str {
    let start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
    &text[start..end]
}

/// Points paragraph references that name one of the paper's own parts at
/// it. A paragraph "of Annex A" goes to the part that Annex A's heading
/// begins. A paragraph "of the Supporting Information", which the
/// reference grammar reads as another document, is this paper's when a
/// heading of that name stands in a later part: it is made internal and
/// pointed there (with the items of its list: "paragraphs 3.1 and 3.3 of
/// the Supporting Information"). So is one "of" a document that a
/// bracket after it says is one of the paper's appendices, whose heading
/// begins a part: "paragraph 4.9 of its report (Appendix A)" (see
/// [`bracketed_appendix_after`]).
fn place_in_parts(
    text: &str,
    doc: &Document,
    refs: &mut [Reference],
    decls: &[AppendixDecl],
    vocab: &Vocabulary,
) {
    let part_of = |pos: usize| {
        doc.parts
            .partition_point(|p| p.span.start <= pos)
            .saturating_sub(1)
    };
    for r in refs.iter_mut() {
        if r.kind != ReferenceKind::Paragraph {
            continue;
        }
        if let Some(label) = r.within.as_deref() {
            r.in_part = appendix_part(doc, decls, label, part_of);
        }
    }
    for i in (0..refs.len()).rev() {
        let r = &refs[i];
        if r.kind != ReferenceKind::Paragraph || !r.external || r.within.is_some() {
            continue;
        }
        let mut part = part_named_after(text, doc, r.span.end).or_else(|| {
            let label = bracketed_appendix_after(text, refs, i, vocab)?;
            appendix_part(doc, decls, label, part_of)
        });
        if part.is_none() {
            if let Some(next) = refs.get(i + 1) {
                let same_list = next.kind == ReferenceKind::Paragraph
                    && !next.external
                    && next.within.is_none()
                    && next.in_part.is_some()
                    && next.paragraph == r.paragraph
                    && r.span.end <= next.span.start
                    && is_list_gap(&text[r.span.end..next.span.start]);
                if same_list {
                    part = next.in_part;
                }
            }
        }
        if let Some(p) = part {
            refs[i].external = false;
            refs[i].in_part = Some(p);
        }
    }
}

/// The most words naming the document between a paragraph reference and
/// the bracket saying which appendix it is ("of the Panel's final
/// report").
const MAX_DOCUMENT_WORDS: usize = 4;

/// The label of the appendix or annex that a bracket holding nothing else
/// says is the document `refs[i]`, a paragraph reference, points into:
/// "paragraph 4.9 of its report (Appendix A)", "paragraph 3.2 of the
/// Panel's review (Annex 1)". Between the two, "of" or "in", then up to
/// [`MAX_DOCUMENT_WORDS`] words with no punctuation but an apostrophe, the
/// last one of the vocabulary's document nouns; the bracket is the next
/// reference in the paragraph. Not "paragraph 4.9 of its report, and
/// Appendix A", nor "(see Appendix A)", nor "of the guidance (Appendix A,
/// page 3)".
fn bracketed_appendix_after<'r>(
    text: &str,
    refs: &'r [Reference],
    i: usize,
    vocab: &Vocabulary,
) -> Option<&'r str> {
    let r = &refs[i];
    let a = refs.get(i + 1..)?.iter().find(|a| {
        a.paragraph == r.paragraph
            && a.span.start >= r.span.end
            && matches!(a.kind, ReferenceKind::Appendix | ReferenceKind::Annex)
    })?;
    if a.within.is_some() {
        return None;
    }
    let between = text.get(r.span.end..a.span.start)?;
    let words = between
        .trim_end_matches([' ', '\u{a0}', '*', '_'])
        .strip_suffix('(')?;
    let after = text.get(a.span.end..)?;
    if !after.trim_start_matches([' ', '*', '_']).starts_with(')') {
        return None;
    }
    let words: Vec<&str> = words
        .split_whitespace()
        .map(|w| w.trim_matches(['*', '_']))
        .filter(|w| !w.is_empty())
        .collect();
    let (first, rest) = words.split_first()?;
    let plain = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’'))
    };
    let noun = rest.last()?;
    (matches!(first.to_ascii_lowercase().as_str(), "of" | "in")
        && rest.len() <= MAX_DOCUMENT_WORDS
        && rest.iter().all(plain)
        && vocab.document_nouns.contains_ignore_case(noun))
    .then_some(a.target.as_str())
}

/// The numbered part an appendix or annex heading labelled `label` begins:
/// a part after the cover report, with no numbered paragraph of the part
/// before the heading. `None` when there is no such part, or more than one.
fn appendix_part(
    doc: &Document,
    decls: &[AppendixDecl],
    label: &str,
    part_of: impl Fn(usize) -> PartId,
) -> Option<PartId> {
    let mut found = None;
    for d in decls {
        if d.source != AppendixSource::Heading || d.label != label {
            continue;
        }
        let p = part_of(d.span.start);
        let begins = p > 0
            && !doc
                .paragraphs
                .iter()
                .any(|q| q.part == p && q.number.is_some() && q.span.start < d.span.start);
        if !begins {
            continue;
        }
        match found {
            None => found = Some(p),
            Some(f) if f != p => return None,
            Some(_) => {}
        }
    }
    found
}

/// The later part whose heading the text after a reference names:
/// `of the Supporting Information` when `SUPPORTING INFORMATION` heads
/// (or stands in) a part after the cover report.
fn part_named_after(text: &str, doc: &Document, end: usize) -> Option<PartId> {
    let rest = text.get(end..)?;
    let mut cut = rest.len().min(240);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = rest[..cut].trim_start_matches([' ', '\t', '\r', '\n', '*', '_', ',']);
    let mut words = rest
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty());
    let prep = words.next()?;
    if !matches!(prep.as_str(), "of" | "in" | "to" | "within") {
        return None;
    }
    let mut words: Vec<String> = words.take(12).collect();
    if words.first().is_some_and(|w| w == "the") {
        words.remove(0);
    }
    doc.sections
        .iter()
        .filter(|s| s.part > 0)
        .find(|s| {
            let title: Vec<String> = s
                .title
                .split_whitespace()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .filter(|w| !w.is_empty())
                .collect();
            !title.is_empty() && words.len() >= title.len() && words[..title.len()] == title[..]
        })
        .map(|s| s.part)
}

/// Whether the text between two items of one list is only separators:
/// commas, ampersands, "and", "or", white space and emphasis.
fn is_list_gap(between: &str) -> bool {
    between.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '&' | ';' | '*' | '_'));
        w.is_empty() || w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or")
    })
}

/// Yes or No opening line `content`, alone or followed by a dash or colon
/// and a reference (`Yes – see paragraph 7.1`, `Yes - para 4.2`, `No`):
/// the mark, and where the reference starts in `content` (after a "see"),
/// if there is one. The dash or colon must have a space after it: `No-one
/// …` is no mark. The first byte is tested first: most lines are neither.
pub(super) fn marked_line(content: &str) -> Option<(Mark, Option<usize>)> {
    let (mark, word) = match content.as_bytes().first() {
        Some(b'Y' | b'y') => (Mark::Yes, "yes"),
        Some(b'N' | b'n') => (Mark::No, "no"),
        _ => return None,
    };
    let rest = content
        .get(..word.len())
        .filter(|head| head.eq_ignore_ascii_case(word))
        .map(|_| &content[word.len()..])?;
    let after = rest.trim_start();
    if after.trim_end().is_empty() {
        return Some((mark, None));
    }
    let tail = after.strip_prefix([':', '-', '–', '—'])?;
    if !tail.starts_with(char::is_whitespace) {
        return None;
    }
    let reference = tail.trim_start();
    let reference = match reference.get(..4) {
        Some(see) if see.eq_ignore_ascii_case("see ") => reference[4..].trim_start(),
        _ => reference,
    };
    let at = content.len() - reference.len();
    Some((mark, (!reference.trim_end().is_empty()).then_some(at)))
}

/// Yes or No, if that is all line `content` says (the first byte is tested
/// first: most lines are neither).
pub(super) fn yes_no_line(content: &str) -> Option<Mark> {
    if !matches!(content.as_bytes().first(), Some(b'Y' | b'y' | b'N' | b'n')) {
        return None;
    }
    let word = content.trim_end();
    if word.eq_ignore_ascii_case("yes") {
        Some(Mark::Yes)
    } else if word.eq_ignore_ascii_case("no") {
        Some(Mark::No)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_line_may_carry_a_reference() {
        let read = |s: &'static str| marked_line(s).map(|(m, at)| (m, at.map(|a| &s[a..])));
        assert_eq!(read("Yes"), Some((Mark::Yes, None)));
        assert_eq!(read("no  "), Some((Mark::No, None)));
        assert_eq!(
            read("Yes – see paragraph 7.1"),
            Some((Mark::Yes, Some("paragraph 7.1")))
        );
        assert_eq!(read("Yes - para 4.2"), Some((Mark::Yes, Some("para 4.2"))));
        assert_eq!(read("YES: See 3.1"), Some((Mark::Yes, Some("3.1"))));
        assert_eq!(read("No – "), Some((Mark::No, None)));
        for line in [
            "Yesterday",
            "None",
            "Not applicable",
            "No-one",
            "Yes, see 7.1",
            "Yes 7.1",
        ] {
            assert_eq!(marked_line(line), None, "{line}");
        }
    }
}
