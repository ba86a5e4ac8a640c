//! Paragraphs: opening, continuing and closing them; numbered items and
//! numbered titles.

use super::*;

impl<'t, 'l> Builder<'t, 'l> {
    pub(super) fn close_paragraph(&mut self) {
        if let Some(p) = self.open.take() {
            self.last_closed = Some(p);
        }
    }

    pub(super) fn add_paragraph(
        &mut self,
        kind: ParagraphKind,
        number: Option<ParaNumber>,
        span: Span,
        text: Span,
        indent: usize,
    ) -> ParagraphId {
        self.close_paragraph();
        self.last_closed = None;
        let id = self.doc.paragraphs.len();
        let section = self.stack.last().copied();
        if let Some(n) = number.as_ref() {
            if counts_for_parts(n, indent) && !self.is_appendix_entry(n) {
                self.preamble = false;
                // A bare "1." right after sub-paragraphs, with no heading
                // between, is a short list inside the outline ("4.1 Three
                // options: 1. Do nothing. 2. …"), not a restart; a real
                // restart shows in the next 1.1 or numbered heading.
                let list_in_outline = n.values.len() == 1 && self.after_sub_paragraph;
                // "The Committee is recommended to:" / "1. note the
                // report;": items of a list carrying on a sentence, which
                // the outline does not count (nor a restart after them).
                let carries_on = n.values.len() == 1
                    && crate::parse::inline::starts_lowercase(text.of(self.text));
                // "1)", "2)" after "25.": a list of another style inside
                // the running numbering (recommendations), no restart; its
                // items go on while they go up (a gap is the list's).
                let closed = n.values.len() == 1 && n.span.of(self.text).ends_with(')');
                let closed_list = closed
                    && if n.values[0] == 1 {
                        self.part_max_top > 1 && self.top_not_closed
                    } else {
                        self.closed_list_next
                            .is_some_and(|next| n.values[0] >= next)
                    };
                let own_list = !closed_list
                    && !list_in_outline
                    && !carries_on
                    && self.own_list_item(n, text, span.start, id);
                if closed_list {
                    self.closed_list_next = Some(n.values[0] + 1);
                } else if own_list {
                    // The recommendations' own list: no running number.
                    self.after_sub_paragraph = false;
                    self.top_not_closed = true;
                } else if !list_in_outline && !carries_on {
                    self.note_number(n.values[0], span.start);
                    self.after_sub_paragraph = n.values.len() > 1;
                    self.top_not_closed = !closed;
                }
            }
        }
        self.doc.paragraphs.push(Paragraph {
            kind,
            number,
            span,
            text,
            indent,
            section,
            part: 0,
            own_list: false,
        });
        if let Some(s) = section {
            self.doc.sections[s].paragraphs.push(id);
            self.extend_section(span.end);
        }
        self.open = Some(id);
        id
    }

    pub(super) fn extend_paragraph(&mut self, p: ParagraphId, end: usize) {
        let para = &mut self.doc.paragraphs[p];
        para.span.end = para.span.end.max(end);
        para.text.end = para.text.end.max(end);
        self.extend_section(end);
    }

    pub(super) fn extend_section(&mut self, end: usize) {
        if let Some(&s) = self.stack.last() {
            let sec = &mut self.doc.sections[s];
            sec.span.end = sec.span.end.max(end);
        }
    }

    /// Records a top-level number; a restart at 1 begins a new part.
    pub(super) fn note_number(&mut self, top: u32, at: usize) {
        self.settle_own_list(Some(top));
        if top == 1 && self.part_max_top > 1 {
            let (start, title) = match self.heading_after_number {
                Some((start, s)) => (start, Some(self.doc.sections[s].title.clone())),
                None => (self.line_start_of(at), None),
            };
            self.part_starts.push((start, title));
            self.part_max_top = 0;
        }
        self.part_max_top = self.part_max_top.max(top);
        self.heading_after_number = None;
        self.top_not_closed = true;
        self.closed_list_next = None;
    }

    /// Whether paragraph `id`, numbered `n` with text `text`, is an item
    /// of the recommendations' own list (see [`OwnList`]): its first item
    /// (1, straight under a recommendations title that ends the running
    /// numbers so far, perhaps with a lead-in ending in a colon between),
    /// or a later one (a higher number). Every item opens as a
    /// recommendation does. Any other number settles a list that is open.
    fn own_list_item(&mut self, n: &ParaNumber, text: Span, at: usize, id: ParagraphId) -> bool {
        let single = n.values.len() == 1 && !n.span.of(self.text).ends_with(')');
        let value = n.values[0];
        // (Read only where a list may be: most numbers are not 1.)
        let item = |b: &Self| single && opens_recommendation(text.of(b.text), b.vocab);
        if let Some(next) = self.own_list.as_ref().map(|l| l.next) {
            if value >= next && item(self) {
                let list = self.own_list.as_mut().expect("checked");
                list.next = value + 1;
                list.max = list.max.max(value);
                list.items.push(id);
                self.heading_after_number = None;
                self.closed_list_next = None;
                return true;
            }
            self.settle_own_list(single.then_some(value));
            return false;
        }
        if !(value == 1
            && self.top_not_closed
            && self.part_max_top > 1
            && item(self)
            && self.under_recommendations_title())
        {
            return false;
        }
        let part_start = match self.heading_after_number {
            Some((start, s)) => (start, Some(self.doc.sections[s].title.clone())),
            None => (self.line_start_of(at), None),
        };
        self.own_list = Some(OwnList {
            running: self.part_max_top,
            next: 2,
            max: 1,
            items: vec![id],
            part_start,
        });
        self.heading_after_number = None;
        self.closed_list_next = None;
        true
    }

    /// Settles an open [`OwnList`] at the next number counted after it
    /// (`top`, or `None` for a number of more than one level, or the end of
    /// the paper): the running number's next makes it the
    /// recommendations' own list; anything else makes its first item the
    /// restart it looked like, beginning a new part.
    pub(super) fn settle_own_list(&mut self, top: Option<u32>) {
        let Some(list) = self.own_list.take() else {
            return;
        };
        if top == Some(list.running + 1) {
            for p in list.items {
                self.doc.paragraphs[p].own_list = true;
            }
        } else {
            self.part_starts.push(list.part_start);
            self.part_max_top = list.max;
        }
    }

    /// Whether the paragraph about to be added stands straight under a
    /// recommendations title (the pack's) that ends the running numbers so
    /// far: a paragraph numbered with the running number whose text is
    /// the title ("2. Recommendations"), or a heading after the last
    /// running number or numbered with it; between them, at most a
    /// lead-in ending in a colon ("The Authority is recommended:").
    fn under_recommendations_title(&self) -> bool {
        let titles = &self.vocab.recommendation_titles;
        if self.part_max_top < 2 || titles.iter().next().is_none() {
            return false;
        }
        let is_title = |t: &str| {
            let t = plain(t);
            let t = t.trim().trim_end_matches(':');
            !t.is_empty() && titles.contains(&super::text::title_key(t))
        };
        let is_lead_in = |p: &Paragraph| {
            p.number.is_none() && plain(p.text.of(self.text)).trim_end().ends_with(':')
        };
        // Under a heading: its paragraphs at most a lead-in.
        if let Some(&s) = self.stack.last() {
            let sec = &self.doc.sections[s];
            let after_number = self.heading_after_number.is_some_and(|(_, h)| h == s);
            let numbered_running = sec.number.as_deref().and_then(|n| n.parse::<u32>().ok())
                == Some(self.part_max_top);
            let bare = match sec.paragraphs[..] {
                [] => true,
                [p] => is_lead_in(&self.doc.paragraphs[p]),
                _ => false,
            };
            if (after_number || numbered_running) && bare && is_title(&sec.title) {
                return true;
            }
        }
        // Under a paragraph numbered with the running number, no heading
        // since.
        if self.heading_after_number.is_some() {
            return false;
        }
        let mut before = self.doc.paragraphs.iter().rev();
        let last = match before.next() {
            Some(p) if is_lead_in(p) => before.next(),
            other => other,
        };
        last.is_some_and(|p| {
            let text = p.text.of(self.text);
            // Without a blank line, a lead-in carries on the title's
            // paragraph ("2. Recommendations" / "The Authority is asked
            // to:").
            let title = match text.split_once('\n') {
                Some((first, rest)) if plain(rest).trim_end().ends_with(':') => first,
                _ => text,
            };
            p.number
                .as_ref()
                .is_some_and(|n| n.values == [self.part_max_top] && n.style == NumberStyle::Decimal)
                && is_title(title)
        })
    }

    fn line_start_of(&self, at: usize) -> usize {
        self.text[..at].rfind('\n').map_or(0, |i| i + 1)
    }

    pub(super) fn item(&mut self, i: usize, mut marker: number::ItemMarker) -> usize {
        let line = self.lines[i];
        // An item of a list nested under a section title: numbered N.M,
        // as Word showed it (see `nested_outline`).
        if let Some(n) = marker
            .number
            .as_ref()
            .and_then(|n| self.nested_number(i, n))
        {
            marker.number = Some(n);
        }
        if let Some(n) = marker.number.as_ref() {
            let alone =
                inline::trim(&line.content()[marker.text_start.min(line.content().len())..])
                    .is_empty();
            // "2" or "2.0" (the section's own number in an outline that
            // runs 1.0, 1.1, 2.0, 2.1).
            let plain_number = marker.bullet.is_none()
                && n.style == NumberStyle::Decimal
                && !n.parenthesised
                && (n.values.len() == 1 || is_section_zero(n));
            if alone && plain_number {
                if let Some(next) = self.number_then_title(i, n.label.clone()) {
                    return next;
                }
            }
            if let Some(last) = self.numbered_title_end(i, &marker, n) {
                let title_start = line.start + line.content_at + marker.text_start;
                let end = self.lines[last].content_span().end.max(title_start);
                let title = Span::new(title_start, end);
                let depth = n.values.len() as u8;
                self.add_heading(
                    HeadingStyle::Numbered,
                    depth,
                    Some(n.label.clone()),
                    title,
                    line.content_span().cover(title),
                );
                if counts_for_parts(n, line.indent) {
                    if n.values.len() > 1 {
                        // "3.1 Title" settles a list as no single number does.
                        self.settle_own_list(None);
                    }
                    self.note_number(n.values[0], line.start);
                }
                return last + 1;
            }
        }
        let span = line.content_span();
        let text_start = (line.start + line.content_at + marker.text_start).min(span.end);
        let kind = if marker.number.is_some() {
            ParagraphKind::Numbered
        } else {
            ParagraphKind::Bullet
        };
        self.add_paragraph(
            kind,
            marker.number,
            span,
            Span::new(text_start, span.end),
            line.indent,
        );
        i + 1
    }

    /// A heading whose number stands alone on line `i` and whose title
    /// follows after a blank line, as PDF text gives them (`1.` / blank /
    /// `Introduction`): the title is a short line not ending in a full
    /// stop, perhaps wrapped onto a second line that starts in lower case,
    /// and a blank line, a numbered item or the end comes after it. Returns
    /// the line after the title.
    pub(super) fn number_then_title(&mut self, i: usize, label: String) -> Option<usize> {
        // "2", "2.0", or "2.00" in an outline numbered 2.01, 2.02.
        let top = match label.split_once('.') {
            None => label.as_str(),
            Some((top, zeros)) if !zeros.is_empty() && zeros.bytes().all(|b| b == b'0') => top,
            Some(_) => return None,
        };
        let top: u32 = top.parse().ok()?;
        if top == 0 || self.is_table_value(i) {
            return None;
        }
        // "Status:" / "1." / "Unrestricted": the line after the number is
        // the value of the key before it, which PDF extraction set apart.
        let before = (i.saturating_sub(3)..i)
            .rev()
            .find(|&j| !self.is_blank_at(j));
        if before.is_some_and(|j| self.lines[j].content().trim_end().ends_with(':')) {
            return None;
        }
        // "Substantial" / "4" / "Reasonable": a count in a table that PDF
        // extraction wrote one cell per line, between two row labels. A
        // number that breaks the running outline (backwards, or past the
        // next section) with a short label before it is such a cell.
        let cell_before = before.is_some_and(|j| {
            let flat = plain(self.lines[j].content());
            let flat = flat.trim();
            matches!(self.kinds[j], LineKind::Text)
                && word_count(flat) <= 4
                && !flat.ends_with(['.', ':', ';', ',', '?', '!'])
        });
        if cell_before
            && self
                .running_number()
                .is_some_and(|last| breaks_sequence(&last, &[top]))
        {
            return None;
        }
        let mut t = i + 1;
        while t < self.lines.len() && t <= i + 3 && self.is_blank_at(t) {
            t += 1;
        }
        if t >= self.lines.len() || !matches!(self.kinds[t], LineKind::Text) {
            return None;
        }
        // With no blank line between the number and the title ("1." /
        // "Summary", as PDF text gives a number and a title set in blocks
        // side by side), the title's own first paragraph must follow it:
        // `1.1` (alone or with its text). Anything else ("Status:" / "1." /
        // "Public" / "2.4 …"; table cells) keeps the number a paragraph's.
        let tight = t == i + 1;
        let short_title = |j: usize, first: bool| {
            let flat = plain(self.lines[j].content());
            let flat = flat.trim();
            let starts = flat.chars().next().is_some_and(|c| {
                if first {
                    c.is_uppercase()
                } else {
                    c.is_lowercase()
                }
            });
            // "The Fire Authority is recommended to:" leads in to a list.
            starts
                && word_count(flat) <= 14
                && !flat.ends_with(['.', ';', ',', '?', '!'])
                && !flat.contains(". ")
                && !(flat.ends_with(':') && is_lead_in(flat))
        };
        if !short_title(t, true) {
            return None;
        }
        let mut last = t;
        if t + 1 < self.lines.len()
            && matches!(self.kinds[t + 1], LineKind::Text)
            && short_title(t + 1, false)
        {
            last = t + 1;
        }
        // After the title: a break, an item, or (after a title of a few
        // words) any line that does not carry on a sentence in lower case
        // ("Proposed Changes" then "a. It has been…").
        let few_words = word_count(&plain(self.lines[t].content())) <= 8 && last == t;
        let ends = last + 1 >= self.lines.len()
            || self.is_blank_at(last + 1)
            || matches!(self.kinds[last + 1], LineKind::Item(_))
            || (few_words && !continues_sentence(self.lines[last + 1].content()));
        if !ends || (tight && !self.opens_section_under_title(last + 1, top, &label, t)) {
            return None;
        }
        let number_span = self.lines[i].content_span();
        let title = self.lines[t]
            .content_span()
            .cover(self.lines[last].content_span());
        self.add_heading(
            HeadingStyle::Numbered,
            1,
            Some(label),
            title,
            number_span.cover(title),
        );
        self.note_number(top, number_span.start);
        Some(last + 1)
    }

    /// Whether line `j`, straight under the title of a heading whose
    /// number `label` (= `top` or `top.0`) stands alone on the line above
    /// the title with no blank line between, carries on section `top`:
    /// its first paragraph `top.1`; a lead-in ending in a colon, then
    /// `top.1` (`2.0` / `Recommendations` / `Cabinet is recommended to:` /
    /// `2.1`); or any line when the heading is the outline's next after
    /// `top-1` and either its number is written with a zero (`10.0` /
    /// `Appendices` / `Appendix A – …` after section 9.0) or its title
    /// (line `t`) is one of the pack's section titles (`3.` /
    /// `Financial implications`), or a table written one cell a line
    /// opens on line `j` (`3.` / `Implications` / `Implication` / `Yes/No`
    /// …, after section 2). Without
    /// one of these, the number and the line after it may be a value and
    /// its key, or table cells. A blank line or two may stand between the
    /// title and what carries the section on (`1.` / `Purpose of the
    /// report` / blank / `1.1 To present …`, as `pdftotext -layout` gives
    /// a number set in its own column beside the title block).
    fn opens_section_under_title(&self, j: usize, top: u32, label: &str, t: usize) -> bool {
        let j = (j..(j + 3).min(self.lines.len()))
            .find(|&k| !self.is_blank_at(k))
            .unwrap_or(j);
        if self.first_paragraph_of(j, top) {
            return true;
        }
        let lead_in = matches!(self.kinds.get(j), Some(LineKind::Text)) && {
            let flat = plain(self.lines[j].content());
            let flat = flat.trim();
            flat.ends_with(':') && word_count(flat) <= 14 && is_lead_in(flat)
        };
        if lead_in {
            let next = (j + 1..(j + 4).min(self.lines.len())).find(|&k| !self.is_blank_at(k));
            if next.is_some_and(|k| self.first_paragraph_of(k, top)) {
                return true;
            }
        }
        if label.contains('.') {
            return self.follows_previous_heading_values(&[top, 0]);
        }
        // A table written one cell a line opens at line `j`.
        let table = self
            .number_tables
            .binary_search_by_key(&j, |&(first, _)| first)
            .is_ok();
        self.follows_previous_heading_values(&[top])
            && (table || self.is_section_title(plain(self.lines[t].content()).trim()))
    }

    /// Whether line `j` opens paragraph `top.1` (`1.1` alone, or `1.1 The
    /// Company…`): the first paragraph of section `top`.
    pub(super) fn first_paragraph_of(&self, j: usize, top: u32) -> bool {
        matches!(self.kinds.get(j), Some(LineKind::Item(m)) if m.bullet.is_none()
            && m.number.as_ref().is_some_and(|n| n.style == NumberStyle::Decimal
                && !n.parenthesised
                && n.values == [top, 1]))
    }

    /// Whether a numbered line is a title (`1. Purpose of Report`) rather
    /// than paragraph 1.
    ///
    /// Returns the title's last line: a title in capitals may wrap onto a
    /// second line in capitals (`8. WELL-BEING OF FUTURE GENERATIONS
    /// (WALES) ACT 2015 /` then `DEDDF …`). A sub-paragraph number heads
    /// a section (`6.1 Financial implications`) when the next number is its
    /// own first child (6.1.1); a section's own number written with a zero
    /// (`1.0 Purpose of report`, in an outline running 1.0, 1.1, 2.0) when
    /// its first paragraph (1.1) comes next, or when it is the outline's
    /// next heading (`11.0 Background papers` after `10.0 Appendices`).
    fn numbered_title_end(
        &self,
        i: usize,
        marker: &number::ItemMarker,
        n: &ParaNumber,
    ) -> Option<usize> {
        let line = self.lines[i];
        if let Some(last) = self.title_outline_end(i) {
            return (!self.under_document_list(i) && !self.is_appendix_entry(n)).then_some(last);
        }
        if self.is_nested_outline_member(i) {
            return (!self.under_document_list(i) && !self.is_appendix_entry(n)).then_some(i);
        }
        if self.continues_paragraph_run(&line.content()[marker.text_start..], n) {
            return None;
        }
        if marker.bullet.is_some()
            || line.indent > 0
            || n.style != NumberStyle::Decimal
            || n.parenthesised
            || (n.values.len() != 1
                && !self.next_number_is_child(i, n)
                && !self.heads_zero_section(i, n))
            || marker.debris
        {
            return None;
        }
        let rest = &line.content()[marker.text_start..];
        let wrapped = is_capitals_marked(rest)
            && matches!(self.kinds.get(i + 1), Some(LineKind::Text))
            && self.lines[i + 1].indent > 0
            && is_capitals_marked(self.lines[i + 1].content())
            && word_count(&plain(rest)) + word_count(self.lines[i + 1].content()) <= 20
            && self.is_blank_at(i + 2);
        let (last, ok) = if wrapped {
            (
                i + 1,
                !self.lines[i + 1].content().trim_end().ends_with('.'),
            )
        } else if let Some(last) = self.wrapped_title_end(i, rest, n) {
            (last, true)
        } else {
            (i, self.is_numbered_title(i, marker, n))
        };
        (ok && !self.under_document_list(i)
            && !self.is_appendix_entry(n)
            && !self.is_numbered_row(i, n))
        .then_some(last)
    }

    /// Whether a single number `n` numbers the next entry of the list of
    /// appendices it stands under (`12. APPENDICES` / `1. Local Plan
    /// Review` / `2. Sustainability Appraisal`): the open section's title
    /// names such a list, and `n` counts its numbered lines from 1. Such
    /// an entry is neither a heading nor the start of a new part.
    fn is_appendix_entry(&self, n: &ParaNumber) -> bool {
        let Some(&s) = self.stack.last() else {
            return false;
        };
        if !self.appendix_lists[s]
            || n.values.len() != 1
            || n.style != NumberStyle::Decimal
            || n.parenthesised
        {
            return false;
        }
        let numbered = self.doc.sections[s]
            .paragraphs
            .iter()
            .filter(|&&p| self.doc.paragraphs[p].number.is_some())
            .count();
        n.values[0] as usize == numbered + 1
    }

    /// Whether numbered line `i` is an item of a list of documents: above
    /// it, past blank lines and other numbered lines only, stands a line of
    /// text (no heading) titled as such a list, from the vocabulary's
    /// `document-list-titles` ("Background documents" over "1. Internal
    /// audit report, 2024" / "2. Seafront Strategy 2023–2033").
    fn under_document_list(&self, i: usize) -> bool {
        let numbered = |s: &str| {
            let digits = s.bytes().take_while(u8::is_ascii_digit).count();
            // (Or escaped, as pandoc writes it: `1\.`.)
            let at = digits + usize::from(s.as_bytes().get(digits) == Some(&b'\\'));
            digits > 0 && matches!(s.as_bytes().get(at), Some(b'.' | b')'))
        };
        for j in (i.saturating_sub(40)..i).rev() {
            let content = self.lines[j].content().trim();
            if content.is_empty() || numbered(content) {
                continue;
            }
            if !matches!(self.kinds[j], LineKind::Text) {
                return false;
            }
            // Emphasis and a colon aside, the line is the title: compared
            // word by word, with no copy made (most lines here are prose).
            let title = content
                .trim_matches(|c: char| matches!(c, '*' | '_') || c.is_whitespace())
                .trim_end_matches(':');
            return self
                .vocab
                .document_list_titles
                .iter()
                .any(|t| same_words(t, title));
        }
        false
    }

    /// Whether line `i`, numbered `n` = N.0 (`3.0 Progress against the
    /// plan`), may head section N: paragraph N.1 comes next (past blank
    /// lines), alone or with a paragraph's text rather than a title's, or
    /// the last heading is numbered (N-1).0 with nothing numbered past N-1
    /// since. A "1.0" among figures, or a version history's "1.0 First
    /// draft" over "1.1 Revised after comments", has neither (the title's
    /// own tests follow in [`Self::is_numbered_title`]).
    fn heads_zero_section(&self, i: usize, n: &ParaNumber) -> bool {
        if !is_section_zero(n) {
            return false;
        }
        let next = (i + 1..(i + 6).min(self.lines.len())).find(|&j| !self.is_blank_at(j));
        let first_paragraph = next.is_some_and(|j| {
            let LineKind::Item(m) = &self.kinds[j] else {
                return false;
            };
            let content = self.lines[j].content();
            let text = plain(&content[m.text_start.min(content.len())..]);
            let text = text.trim();
            // A lead-in ("That the Committee:") is a paragraph's.
            let title = is_title_like(text, 8) && !text.ends_with(':');
            self.first_paragraph_of(j, n.values[0]) && !title
        });
        first_paragraph || self.follows_previous_heading(n)
    }

    /// Whether the next numbered line after line `i` (past blank lines)
    /// is the first child of `n`: 6.1.1 after 6.1.
    fn next_number_is_child(&self, i: usize, n: &ParaNumber) -> bool {
        let next = (i + 1..(i + 6).min(self.lines.len())).find(|&j| !self.is_blank_at(j));
        let Some(j) = next else {
            return false;
        };
        match &self.kinds[j] {
            LineKind::Item(m) => m.number.as_ref().is_some_and(|c| {
                c.style == NumberStyle::Decimal
                    && !c.parenthesised
                    && c.values.len() == n.values.len() + 1
                    && c.values.starts_with(&n.values)
                    && c.values.last() == Some(&1)
            }),
            _ => false,
        }
    }

    fn is_numbered_title(&self, i: usize, marker: &number::ItemMarker, n: &ParaNumber) -> bool {
        let line = self.lines[i];
        let rest = &line.content()[marker.text_start..];
        if rest.len() > 200 {
            return false;
        }
        if !(self.is_blank_at(i + 1) || self.next_is_item(i)) {
            return self.next_heading_of_outline(i, rest, n);
        }
        if self.in_list_set_line_by_line(i, rest, n) {
            return false;
        }
        // A sentence is no heading: most numbered paragraphs end with a full
        // stop, and need not be made plain to tell. (Not `;`: "&amp;" ends
        // with one.)
        if rest
            .trim_end()
            .trim_end_matches('*')
            .ends_with(['.', ',', '?', '!'])
        {
            return false;
        }
        // "3. Community/Council Planning –" over its text (a bullet, an
        // "(a)"): an item of a list run on after a dash, as its neighbours
        // ("4. Legal – the Council has …") are on their line.
        if ends_with_dash(rest) {
            return false;
        }
        let title = plain(rest);
        let title = title.trim();
        if title.is_empty() {
            return false;
        }
        let capitals = is_capitals(title) && word_count(title) <= 12 && !title.ends_with('.');
        let titled = self.decimal_outline
            && (is_title_like(title, 10)
                // "6. Financial Implications (to be written by …)": the
                // template's note left in.
                || self.is_noted_section_title(title)
                // "4 Council Priorities, Implications and Risk": a comma
                // (no signature's) in the outline's next heading.
                || (memchr::memchr_iter(b',', title.as_bytes())
                    .any(|i| title.as_bytes().get(i + 1) == Some(&b' '))
                    && is_title_like(&title.replace(", ", " "), 10)
                    && (self.follows_previous_heading(n)
                        // "4.5 Legal implications, access to
                        // information, and call-in" over 4.5.1.
                        || (n.values.len() > 1 && self.next_number_is_child(i, n)))));
        (capitals || titled) && (self.is_blank_at(i + 1) || self.next_is_item(i))
    }

    /// Whether numbered line `i` (`n`, a single number N, then `rest`) is
    /// an item of a list that PDF text sets line by line with no blank
    /// line between its items and wraps where an item is long (`1.
    /// Scrutiny Committee – not applicable` / `2. Local Member(s) – Cllr
    /// Bevan was consulted on 12th January 2027 and` / `supports the
    /// recommended option.` / `3. …`), not a heading with nothing under
    /// it: item N+1 is written alike straight under it, and either that
    /// item's text runs on to the line of text after it, or line `i`
    /// comes straight after an earlier item (N-1, or less where the list
    /// skips), a numbered paragraph written alike. A title in capitals,
    /// or one of the pack's section titles, stays a heading (`4.
    /// Financial Implications` / `5. The cost is …` in a paper whose
    /// headings share the paragraphs' numbers).
    fn in_list_set_line_by_line(&self, i: usize, rest: &str, n: &ParaNumber) -> bool {
        let [value] = n.values[..] else {
            return false;
        };
        // The stop after the digits: "." or ")".
        let text = self.text;
        let stop = |m: &ParaNumber| {
            m.span
                .of(text)
                .trim()
                .trim_start_matches(|c: char| c.is_ascii_digit())
        };
        let alike = |m: &ParaNumber, v: u32| {
            m.style == NumberStyle::Decimal
                && !m.parenthesised
                && m.values[..] == [v]
                && stop(m) == stop(n)
        };
        let Some(LineKind::Item(next)) = self.kinds.get(i + 1) else {
            return false;
        };
        if next.bullet.is_some()
            || self.lines[i + 1].indent != self.lines[i].indent
            || !next.number.as_ref().is_some_and(|m| alike(m, value + 1))
        {
            return false;
        }
        // Item N+1 runs on: its line ends no sentence, and the line of
        // text under it carries on in lower case, or, after a line of
        // eight words or more (a sentence's, not a title's), is no line in
        // capitals (a heading).
        let wraps = matches!(self.kinds.get(i + 2), Some(LineKind::Text)) && {
            let line = self.lines[i + 1].content();
            let under = self.lines[i + 2].content();
            runs_on(line)
                && (continues_sentence(under)
                    || (word_count(&plain(line)) >= 8 && !is_capitals(&plain(under))))
        };
        // (An item before N-1, too: the list skips a number, which the
        // numbering rule is to find in the list, not between headings.)
        let after_item = !self.stands_after_break(i)
            && self.open.is_some_and(|p| {
                self.doc.paragraphs[p]
                    .number
                    .as_ref()
                    .is_some_and(|m| m.values.first().is_some_and(|&v| v < value && alike(m, v)))
            });
        if !(wraps || after_item) {
            return false;
        }
        let title = plain(rest);
        let title = title.trim().trim_end_matches(':').trim_end();
        !is_capitals(title)
            && !self
                .vocab
                .section_titles
                .contains(&super::text::title_key(title))
    }

    /// Whether single number `n`, then `rest`, carries on paragraphs
    /// numbered straight through under unnumbered headings (`Recommendations`
    /// / `2. The Board is asked to:` after paragraph 1 under `Purpose`;
    /// `10. The grant rates are:` over a table, after paragraph 9): no
    /// heading of the part so far is numbered, the heading it stands under
    /// neither, and the last number counted is a paragraph's, N-1. Its
    /// text leads in to what follows ("… are:"), or the paragraphs already
    /// run on across an unnumbered heading. A title in capitals, or one of
    /// the pack's section titles, stays a heading (`3. Background` may
    /// start a paper's numbered headings).
    fn continues_paragraph_run(&self, rest: &str, n: &ParaNumber) -> bool {
        let [value] = n.values[..] else {
            return false;
        };
        let part_start = self.part_starts.last().map_or(0, |&(start, _)| start);
        let in_part = || {
            self.doc
                .sections
                .iter()
                .rev()
                .take_while(move |s| s.heading.start >= part_start)
        };
        if value < 2
            || n.style != NumberStyle::Decimal
            || n.parenthesised
            || self.running_number() != Some(vec![value - 1])
            || in_part().any(|s| s.number.is_some())
            || self
                .stack
                .last()
                .is_some_and(|&s| self.doc.sections[s].number.is_some())
        {
            return false;
        }
        let title = plain(rest);
        let title = title.trim();
        if is_capitals(title) || self.is_section_title(title) {
            return false;
        }
        let lead_in = title.ends_with(':') && is_lead_in(title);
        lead_in || self.numbered_across_headings(part_start)
    }

    /// Whether numbered paragraphs of the part from `part_start` stand
    /// under two headings or more: the numbers run on across a heading.
    fn numbered_across_headings(&self, part_start: usize) -> bool {
        let mut sections = self
            .doc
            .paragraphs
            .iter()
            .rev()
            .take_while(|p| p.span.start >= part_start)
            .filter(|p| {
                p.number.as_ref().is_some_and(|m| {
                    m.style == NumberStyle::Decimal && !m.parenthesised && m.values.len() == 1
                })
            })
            .map(|p| p.section);
        let Some(first) = sections.next() else {
            return false;
        };
        sections.any(|s| s != first)
    }

    /// Whether number `n` is a top-level number N with the last heading
    /// numbered N-1 and nothing numbered past N-1 since: the outline's
    /// next heading number. Written N.0, the last heading is (N-1).0.
    fn follows_previous_heading(&self, n: &ParaNumber) -> bool {
        self.follows_previous_heading_values(&n.values)
    }

    /// [`Self::follows_previous_heading`] for a number's values (`[10,
    /// 0]` for `10.0`).
    pub(super) fn follows_previous_heading_values(&self, values: &[u32]) -> bool {
        // N, or N.0 after (N-1).0.
        let (top, zero) = match values[..] {
            [top] => (top, ""),
            [top, 0] => (top, ".0"),
            _ => return false,
        };
        if top < 2 {
            return false;
        }
        let previous = format!("{}{zero}", top - 1);
        self.doc
            .sections
            .last()
            .is_some_and(|s| s.number.as_deref() == Some(previous.as_str()))
            && self
                .running_number()
                .is_some_and(|last| last.first() == Some(&(top - 1)))
    }

    /// Whether line `i`, `N. Title` with text straight under it (PDF text
    /// sets no blank line after a heading: `12. Background Papers` /
    /// `Provisional Settlement 2026/27`), is the outline's next heading:
    /// the paper numbers its headings, the last is N-1 and nothing since
    /// is numbered past N-1, the title is short with no sentence end, and
    /// the line under it starts afresh (not in lower case).
    fn next_heading_of_outline(&self, i: usize, rest: &str, n: &ParaNumber) -> bool {
        let top = match n.values[..] {
            [top] | [top, 0] => top,
            _ => return false,
        };
        if !self.decimal_outline
            || top < 2
            || !matches!(self.kinds.get(i + 1), Some(LineKind::Text))
            || continues_sentence(self.lines[i + 1].content())
        {
            return false;
        }
        let title = plain(rest);
        if !is_title_like(title.trim(), 8) {
            return false;
        }
        self.follows_previous_heading(n)
    }
}

/// Whether `a` and `b` are the same words, ignoring ASCII case and the
/// white space between them.
pub(super) fn same_words(a: &str, b: &str) -> bool {
    // A title is no longer than its words and single spaces, and most of
    // the pack's titles start with another letter: most pairs fail here.
    let first = |s: &str| {
        s.trim_start()
            .bytes()
            .next()
            .map(|c| c.to_ascii_lowercase())
    };
    b.len() >= a.len()
        && first(a) == first(b)
        && a.split_whitespace()
            .map(Some)
            .chain(std::iter::once(None))
            .zip(b.split_whitespace().map(Some).chain(std::iter::once(None)))
            .all(|(x, y)| match (x, y) {
                (Some(x), Some(y)) => x.eq_ignore_ascii_case(y),
                (None, None) => true,
                _ => false,
            })
}

#[cfg(test)]
mod tests {
    use crate::parse::{parse_with, Vocabulary};

    /// The paper read with a pack's section titles.
    fn parse(text: &str) -> crate::document::Document {
        let vocab = Vocabulary::builtin_with_section_titles(&[
            "purpose",
            "recommendations",
            "background",
            "financial implications",
        ]);
        parse_with(text, &vocab)
    }

    /// Each section's number, if any, and title.
    fn sections(text: &str) -> Vec<(Option<String>, String)> {
        parse(text)
            .sections
            .into_iter()
            .map(|s| (s.number, s.title))
            .collect()
    }

    /// An annex numbered 1.1, 2.1: the paper writes numbers of two levels.
    const ANNEX: &str =
        "ANNEX 1\n\n1    Purpose of the scheme\n\n1.1  The scheme gives grants.\n\n\
        2    Who can apply\n\n2.1  Owners of land in the Park.\n";

    #[test]
    fn a_number_carrying_on_paragraphs_numbered_straight_through_is_a_paragraph() {
        let text = format!(
            "Purpose\n\n1.  This paper asks the Board to approve the scheme rules.\n\n\
             Recommendations\n\n2.  The Board is asked to:\n\n    a)   approve the rules;\n\n\
             Background\n\n3.  The pilot ran for three years.\n\n4.  It supported 41 projects.\n\n\
             5.  The grant rates are:\n\n    Strand          Rate\n    Woodland        25%\n\n\
             6.  Applicants must first apply for the national grant.\n\n{ANNEX}"
        );
        let read = sections(&text);
        assert_eq!(
            read[..3],
            [
                (None, "Purpose".into()),
                (None, "Recommendations".into()),
                (None, "Background".into())
            ],
            "{read:?}"
        );
        // Across headings, a short title-like line too.
        let titled = text.replace("The grant rates are:", "Grant Rates");
        assert_eq!(sections(&titled)[2], (None, "Background".into()));
        assert!(!sections(&titled).iter().any(|(_, t)| t == "Grant Rates"));
    }

    #[test]
    fn a_numbered_heading_after_a_numbered_paragraph_stays_a_heading() {
        // Before the numbers have run across a heading, a title that
        // leads in to nothing.
        let text = format!(
            "Summary\n\n1.  The purpose of this report is to seek approval.\n\n\
             2.  Proposed Scheme\n\n2.1  The scheme has three strands.\n\n{ANNEX}"
        );
        assert!(sections(&text).contains(&(Some("2".into()), "Proposed Scheme".into())));
        // A title in capitals, or one of the pack's section titles.
        let text = format!(
            "Purpose\n\n1.  This paper asks the Board to approve the rules.\n\n\
             Scope\n\n2.  The rules cover the whole Park.\n\n3.  NEXT STEPS\n\n\
             3.1  The scheme opens in January.\n\n{ANNEX}"
        );
        assert!(sections(&text).contains(&(Some("3".into()), "NEXT STEPS".into())));
        let text = text.replace("NEXT STEPS", "Financial Implications");
        assert!(sections(&text).contains(&(Some("3".into()), "Financial Implications".into())));
        // Headings numbered already: the paragraphs share their numbers.
        let text = format!(
            "1.  PURPOSE\n\n2.  The report asks the Board to agree the rules.\n\n\
             Options\n\n3.  The Options Considered\n\n3.1  There are two.\n\n{ANNEX}"
        );
        assert!(sections(&text).contains(&(Some("3".into()), "The Options Considered".into())));
    }
}
