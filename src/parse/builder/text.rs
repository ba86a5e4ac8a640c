//! Text lines: what a line that is not a table, comment or numbered item is
//! (a heading, a field, a key and its value, a timetable, a paragraph's text).

use super::*;

/// The most lines a bold run (`**…` to `…**`) may span.
const MAX_BOLD_LINES: usize = 8;
/// The most words a bold line may have and still be a heading.
const BOLD_HEADING_WORDS: usize = 16;
/// The most words each line of a heading wrapped over two lines may have.
const WRAPPED_TITLE_WORDS: usize = 4;
/// The most lines a form's question wrapped in a narrow cell may take.
const QUESTION_LINES: usize = 4;
/// The most words such a question may have (with its instruction after
/// the `?`: "If not, please state why").
const QUESTION_WORDS: usize = 20;

/// How many lines above a key left empty the field before it may start
/// (a value wrapped once under it): see `Builder::left_empty_among_fields`.
const EMPTY_FIELD_REACH: usize = 2;

impl<'t, 'l> Builder<'t, 'l> {
    pub(super) fn text_line(&mut self, i: usize) -> usize {
        let line = self.lines[i];
        let content = inline::trim_end(line.content());
        let after_break = self.stands_after_break(i) || self.front_ended == i;
        // The line's plain text, made once when a test needs it.
        let flat_cell = std::cell::OnceCell::new();
        let flat = || flat_cell.get_or_init(|| plain(content)).as_str();

        if let Some(end) = self.bold_run_end(i) {
            return self.bold_run(i, end);
        }
        // "2" alone, then "Revenue and Capital Budget Monitoring" (PDF text).
        if content.len() <= 2 && content.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(next) = self.number_then_title(i, content.to_string()) {
                return next;
            }
        }
        if let Some(level) = self.setext_level(i, after_break) {
            self.setext(i, level);
            return i + 2;
        }
        if self.preamble && is_timetable_key(flat()) {
            return self.timetable(i);
        }
        if starts_with_ci(content.trim_start_matches('*'), "also refer to") {
            return self.also_refer_to(i);
        }
        if let Some(next) = self.label_over_yes_no(i, content) {
            return next;
        }
        if let Some(next) = self.question_answered_on_its_line(i, content) {
            return next;
        }
        if !self.preamble && after_break && self.is_blank_at(i + 1) {
            if let Some(next) = self.checklist_question(i, content) {
                return next;
            }
        }
        // ("Recommendations:" straight under the header's last field: one
        // of the pack's section titles heads the body there too.)
        let section_title = || self.preamble && self.is_section_title(flat());
        if content.ends_with(':')
            && (after_break || section_title())
            && self.is_colon_heading(i, content)
        {
            let span = line.content_span();
            self.add_heading(HeadingStyle::Standalone, 1, None, span, span);
            return i + 1;
        }
        // (Only a line that opens with the cue is tested: most are not.)
        let opens =
            content.trim_start_matches(|c: char| c.is_whitespace() || "\u{c}*_".contains(c));
        let appendix_over_title = (starts_with_ci(opens, "appendix")
            || starts_with_ci(opens, "annex"))
            && self.is_appendix_over_title(i, after_break, flat());
        if appendix_over_title || self.is_heading_over_text(i, after_break, flat) {
            let span = line.content_span();
            let style = if is_capitals(flat()) {
                HeadingStyle::Capitals
            } else {
                HeadingStyle::Standalone
            };
            self.add_heading(style, 1, None, span, span);
            return i + 1;
        }
        // "4 Legal Issues" under the last line of paragraph 3.5, with no
        // blank line between (PDF text): a dotless numbered heading in
        // mid-page, read only on the outline's next number. (After a
        // break, with no blank line or item under it either: `7
        // Appendices` / `These are listed below…`.)
        if content
            .trim_start_matches('\u{c}')
            .starts_with(|c: char| c.is_ascii_digit())
            && content.len() <= 120
            && (after_break || self.may_end_text_above(i))
        {
            if let Some(next) = self.dotless_numbered_title(i, flat(), true) {
                return next;
            }
        }
        if let Some(marker) = self.item_beside_label(i, content) {
            return self.item(i, marker);
        }
        if self.open.is_some() && !after_break {
            if let Some(f) = self.standalone_field(i, content) {
                let (f, next) = self.with_value_under(i, f);
                self.doc.fields.push(f);
                self.close_paragraph();
                return next;
            }
            let p = self.open.expect("checked");
            self.extend_paragraph(p, line.content_span().end);
            return i + 1;
        }
        if let Some(f) = self.standalone_field(i, content) {
            let (f, next) = self.with_value_under(i, f);
            let end = if next == i + 1 {
                line.content_span().end
            } else {
                f.span.end
            };
            self.doc.fields.push(f);
            self.extend_section(end);
            return next;
        }
        // Headings and key lines are short: skip the work for running text.
        // (A section title with the template's long note in brackets after
        // it is a heading too: a line that ends in a bracket is tested.)
        let short = (content.len() <= 400 && content.bytes().filter(|&b| b == b' ').count() <= 24)
            || (after_break
                && content.len() <= 400
                && content.trim_end_matches(['*', '_']).ends_with(')')
                && self.is_noted_section_title(without_number(flat())));
        if short && self.preamble {
            if let Some(next) = self.key_then_value(i, flat()) {
                return next;
            }
        }
        if short && after_break && !self.preamble {
            if let Some(next) = self.wrapped_title(i, flat()) {
                return next;
            }
            if let Some(next) = self.wrapped_question(i, flat()) {
                return next;
            }
        }
        if short && after_break && (self.is_blank_at(i + 1) || self.next_is_item(i)) {
            if let Some(next) = self.dotless_numbered_title(i, flat(), false) {
                return next;
            }
            if let Some(next) = self.heading_line(i, content, flat()) {
                return next;
            }
        }
        // A sentence broken across a page: the next piece starts in lower case.
        if let Some(p) = self.last_closed {
            let prev = self.doc.paragraphs[p].span.of(self.text).trim_end();
            let starts_lower = content
                .trim_start_matches(['*', '_'])
                .starts_with(|c: char| c.is_lowercase());
            if starts_lower && !prev.ends_with(['.', ':', ';', '!', '?']) {
                self.open = Some(p);
                self.last_closed = None;
                self.extend_paragraph(p, line.content_span().end);
                return i + 1;
            }
        }
        let span = line.content_span();
        self.add_paragraph(ParagraphKind::Plain, None, span, span, line.indent);
        i + 1
    }

    /// Whether line `i` is a title ending in a colon with nothing after it
    /// that heads a body of text (`Purpose of the Report:` then a list or
    /// a paragraph), not a header key waiting for its value (`From:` then
    /// a name): the next non-blank line, or the one after a lead-in, is a
    /// numbered or bulleted item or a long sentence.
    fn is_colon_heading(&self, i: usize, content: &str) -> bool {
        let Some(key) = content.strip_suffix(':') else {
            return false;
        };
        // Under a numbered or `#` heading, "Capital costs:" and its list are
        // part of that section.
        let structured = self.stack.last().is_some_and(|&s| {
            matches!(
                self.doc.sections[s].style,
                HeadingStyle::Numbered | HeadingStyle::Atx | HeadingStyle::SectionLabel
            )
        });
        if structured {
            return false;
        }
        let flat = plain(key);
        if !is_title_like(&flat, 10) || is_lead_in(&flat) || flat.contains(':') {
            return false;
        }
        let mut j = i + 1;
        let mut seen = 0;
        while j < self.lines.len() && seen < 2 {
            if self.is_blank_at(j) {
                j += 1;
                continue;
            }
            match &self.kinds[j] {
                LineKind::Item(m) if m.number.is_some() || m.bullet.is_some() => return true,
                LineKind::Text => {
                    let next = plain(self.lines[j].content());
                    if word_count(&next) >= 16 {
                        return true;
                    }
                    // "That Cabinet:" leads in to the list after it.
                    if !(next.ends_with(':') && is_lead_in(next.trim_end_matches(':'))) {
                        return false;
                    }
                }
                _ => return false,
            }
            seen += 1;
            j += 1;
        }
        false
    }

    /// A field written on line `i`, if the line is one: a field with no value
    /// only in the preamble (in the body `**Background:**` is a heading).
    fn standalone_field(&mut self, i: usize, content: &str) -> Option<Field> {
        // Every field form but "Report of …" ("Open Report on behalf of …")
        // has a colon: skip the grammar for the many lines that have none.
        let could_be = field::has_colon(content)
            || (self.preamble
                && ["report", "open report", "exempt report"]
                    .iter()
                    .any(|w| starts_with_ci(content, w)));
        if !could_be {
            return None;
        }
        // "Topic: sub-topic" wrapped in the title block: the title.
        if self.front.not_fields.binary_search(&i).is_ok() {
            return None;
        }
        let line = self.lines[i];
        let base = line.start + line.content_at;
        if self.preamble {
            // The front sheet read this line as the preamble reads it: the
            // same field, when it read the same text (no form feed or
            // space it looked past before the key).
            let one_line = &mut self.front.one_line;
            if let Ok(k) = one_line.binary_search_by_key(&i, |&(line, _)| line) {
                if let Some(f) = one_line[k].1.take_if(|f| f.span.start == base) {
                    return Some(f);
                }
            }
        }
        let f = field::field(content, base, self.preamble)?;
        if f.is_empty() && !self.preamble && !self.left_empty_among_fields(i) {
            return None;
        }
        // "Recommendations:" over "The Committee is recommended to:" in the
        // preamble, past the front sheet: one of the pack's section titles
        // with no value under it heads the body, as it would there.
        if f.is_empty()
            && self.is_section_title(&f.key)
            && front_sheet::value_under_key(
                self.text,
                self.lines,
                self.kinds,
                i,
                f.clone(),
                self.vocab,
            )
            .is_none()
        {
            return None;
        }
        // "Note: this is prose." in the body: keep fields to short values or
        // to keys that stand at the start of a block.
        if !self.preamble && !self.stands_after_break(i) && word_count(&f.value) > 24 {
            return None;
        }
        Some(f)
    }

    /// Whether line `i`, a key with no value past the preamble, is a field
    /// left empty in a run of one-line fields rather than a heading, as
    /// `lynx -dump` gives a front-sheet table under a page's navigation:
    ///
    /// ```text
    ///    Report author:        Dafydd Rowlands, School Organisation Manager
    ///                          dafydd.rowlands@brynalun.gov.wales
    ///    Ward(s) affected:
    ///    Key decision:         Yes
    /// ```
    ///
    /// A field read starts on one of the [`EMPTY_FIELD_REACH`] lines above
    /// it, no blank line between, and the line under it is a field with a
    /// value whose key is no part of a contact's details (`Contact:` over
    /// `Tel: …` is the contact, its parts under it).
    fn left_empty_among_fields(&self, i: usize) -> bool {
        let from = i.saturating_sub(EMPTY_FIELD_REACH);
        let field_above = self.doc.fields.last().is_some_and(|f| {
            f.span.start >= self.lines[from].start && f.span.start < self.lines[i].start
        });
        let unbroken = (from..=i + 1).all(|k| k < self.lines.len() && !self.is_blank_at(k));
        let field_below = || {
            let next = self.lines[i + 1];
            field::field(next.content(), next.start + next.content_at, false).is_some_and(|f| {
                !f.is_empty() && !front_sheet::key_in(&f.key, &self.vocab.contact_parts)
            })
        };
        field_above && unbroken && field_below()
    }

    /// The numbered item that line `i` (its text `content`) sets beside a
    /// label in a column of its own, past the front sheet: a key and its
    /// colon, a gap of three spaces or more (`pdftotext -layout` keeps
    /// the columns), then the item's number and text (`Members Approve:
    /// (1)   the award of …`, a list of recommendations beside the label
    /// that leads in to it). The item is the list's, not the label's value.
    /// A field whose value merely opens with a bracket after one space
    /// (`Ward: (1) Priory`) is none, nor is a label that lists the
    /// appendices (`Appendices:   1   Proposed fares`): its numbers are
    /// the appendices', read as the field's entries.
    fn item_beside_label(&self, i: usize, content: &str) -> Option<number::ItemMarker> {
        if self.preamble {
            return None;
        }
        let colon = memchr::memchr(b':', content.as_bytes())?;
        let after = &content[colon + 1..];
        let key = plain(&content[..colon]);
        if !after.starts_with("   ")
            || !field::is_key(&key)
            || crate::parse::appendices::lists_enclosures(&key, self.vocab)
        {
            return None;
        }
        let rest = after.trim_start();
        let at = content.len() - rest.len();
        let line = self.lines[i];
        let marker = number::item_marker(rest, line.start + line.content_at + at)?;
        let has_text = !inline::trim(&rest[marker.text_start.min(rest.len())..]).is_empty();
        (marker.number.is_some() && marker.bullet.is_none() && has_text).then(|| {
            number::ItemMarker {
                text_start: at + marker.text_start,
                ..marker
            }
        })
    }

    /// Field `f` on line `i` and the line after it: in the preamble, a key
    /// with no value on its line (`Lead Officer:`) takes the value under
    /// it after a blank line, as the front sheet reads one, where the front
    /// sheet has ended above it (see [`front_sheet::value_under_key`]).
    fn with_value_under(&self, i: usize, f: Field) -> (Field, usize) {
        if !(f.is_empty() && self.preamble) {
            return (f, i + 1);
        }
        let key = f.clone();
        front_sheet::value_under_key(self.text, self.lines, self.kinds, i, f, self.vocab)
            .unwrap_or((key, i + 1))
    }

    /// `Key Decision` over `Yes` (a blank line between or none): one of the
    /// pack's field labels with no colon, alone on its line, answered yes
    /// or no alone on the next, as a block of labels and answers at the
    /// end of a front sheet gives them (`Tracking/ Process` / … / `Key
    /// Decision` / `Yes`), wherever the builder meets it.
    fn label_over_yes_no(&mut self, i: usize, content: &str) -> Option<usize> {
        // The answer first: most lines have no "Yes" or "No" under them.
        let j = if self.is_blank_at(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let answer = inline::trim(self.lines.get(j)?.content());
        if answer.len() > 7
            || !matches!(self.kinds[j], LineKind::Text)
            || content.len() > 60
            || content.contains(':')
        {
            return None;
        }
        let value = plain(answer);
        let value = value.trim();
        if !(value.eq_ignore_ascii_case("yes") || value.eq_ignore_ascii_case("no")) {
            return None;
        }
        let key = plain(content);
        let key = key.trim();
        if !field::is_key(key) || !front_sheet::key_in(key, &self.vocab.field_keys) {
            return None;
        }
        self.close_paragraph();
        let key_span = self.lines[i].content_span();
        let value_span = self.lines[j].content_span();
        self.doc.fields.push(Field {
            key: key.to_string(),
            key_span,
            value: value.to_string(),
            value_span,
            span: key_span.cover(value_span),
        });
        self.extend_section(value_span.end);
        Some(j + 1)
    }

    /// `Is this a Key Decision? Yes`: a front-sheet question answered yes
    /// or no after its `?` on the same line, as a county's cover gives it,
    /// or by tick boxes there (`Are specific wards affected?  ☐ Yes  ☒ No
    /// – All`, as `pdftotext -layout` lines up a cover of questions).
    /// In the preamble only; the answer is "Yes" or "No" alone (a full stop
    /// after it allowed: "Yes, because …" is prose) or the words of the
    /// ticked boxes (see [`field::ticked_choice`]), and the question, of
    /// at most [`QUESTION_WORDS`] words with no colon, opens with a capital
    /// and holds one of the pack's field labels of two words or more word
    /// for word ("key decision"), which says which field it asks. Gives the
    /// question with its `?` as the key, as [`front_sheet`] gives a
    /// question answered under it.
    fn question_answered_on_its_line(&mut self, i: usize, content: &str) -> Option<usize> {
        if !self.preamble || content.len() > 200 {
            return None;
        }
        let at = memchr::memrchr(b'?', content.as_bytes())?;
        let (asked, answer) = (&content[..=at], &content[at + 1..]);
        let value = plain(answer);
        let value = value.trim().trim_end_matches('.').trim_end();
        // "☐ Yes   ☒ No – All": the ticked box's words answer.
        let ticked = field::ticked_choice(value).filter(|t| !t.is_empty());
        let value = ticked.as_deref().unwrap_or(value);
        if ticked.is_none()
            && !(value.eq_ignore_ascii_case("yes") || value.eq_ignore_ascii_case("no"))
        {
            return None;
        }
        let question = plain(asked);
        let question = question.trim();
        let words: Vec<&str> = question
            .trim_end_matches('?')
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        if !question.starts_with(|c: char| c.is_uppercase())
            || question.contains(':')
            || question.trim_end_matches('?').contains('?')
            || words.len() > QUESTION_WORDS
        {
            return None;
        }
        let holds_label = (2..=6).any(|n| {
            words
                .windows(n)
                .any(|w| self.vocab.field_keys.contains(&w.join(" ").to_lowercase()))
        });
        if !holds_label {
            return None;
        }
        self.close_paragraph();
        let line = self.lines[i].content_span();
        let key_span = Span::new(line.start, line.start + asked.len());
        let answer_at = line.start + asked.len() + (answer.len() - answer.trim_start().len());
        let (inner_at, inner) = crate::parse::inline::trim_markup(answer.trim());
        let value_span = Span::new(answer_at + inner_at, answer_at + inner_at + inner.len());
        self.doc.fields.push(Field {
            key: question.to_string(),
            key_span,
            value: value.to_string(),
            value_span,
            span: key_span.cover(value_span),
        });
        self.extend_section(value_span.end);
        Some(i + 1)
    }

    /// `**7.2 Are there any legal implications?** Yes`: one question of
    /// an implications checklist, answered yes or no on its line (see
    /// [`answered_question`]) and standing alone, the officer's comments
    /// under it. The question, of at most [`QUESTION_WORDS`] words with no
    /// colon, opens with a capital and ends in "implications" (a question
    /// that ends otherwise, "Please confirm the Strategic Director has
    /// agreed the report? Yes", is a sign-off's line, no section's). Each
    /// question of the checklist heads its implication's section, whether
    /// the pack knows the kind or not, so that one answer's comments never
    /// run into the section above it. Its title is the question (which
    /// the template places by the section title it holds, see
    /// `Template::match_heading`), numbered as the line is. Where the
    /// question ends in one of the pack's section titles of two words or
    /// more ("legal implications", "equality and diversity implications"),
    /// it is also an implications entry of that name, marked with the
    /// answer, as a Yes/No table's row is. A
    /// question in prose ("Members asked whether there are any legal
    /// implications?") has no answer of its own after it and is text.
    /// Past the front sheet only. Gives the line after it.
    fn checklist_question(&mut self, i: usize, content: &str) -> Option<usize> {
        let (asked_end, answer, mark) = answered_question(content)?;
        let line = self.lines[i].content_span();
        let asked = Span::new(line.start, line.start + asked_end);
        let (number, title) = split_heading_number(asked.of(self.text), asked);
        let question = plain(title.of(self.text));
        let question = inline::trim(&question);
        let words: Vec<&str> = question.trim_end_matches('?').split_whitespace().collect();
        // (The word the template's implication names are read before, as
        // `Template::match_implication` reads "legal implications".)
        let asks_implications = words.last()?.eq_ignore_ascii_case("implications");
        if !question.starts_with(|c: char| c.is_uppercase())
            || question.contains(':')
            || question.trim_end_matches('?').contains('?')
            || words.len() > QUESTION_WORDS
            || !asks_implications
        {
            return None;
        }
        // The longest of the pack's titles that ends the question names
        // the entry.
        let name = (2..=5.min(words.len()))
            .rev()
            .map(|n| words[words.len() - n..].join(" "))
            .find(|tail| self.is_section_title(tail));
        let heading = line.cover(asked);
        let top = number
            .as_deref()
            .filter(|n| !n.contains('.'))
            .and_then(|n| n.parse::<u32>().ok());
        let style = match &number {
            Some(_) => HeadingStyle::Numbered,
            None if content.starts_with("**") => HeadingStyle::Bold,
            None => HeadingStyle::Standalone,
        };
        let depth = number.as_deref().map_or(1, |n| n.split('.').count() as u8);
        self.add_heading(style, depth, number, title, heading);
        if let Some(top) = top {
            self.note_number(top, heading.start);
        }
        if let Some(name) = name {
            let mark_span = Span::new(line.start + answer.start, line.start + answer.end);
            self.doc.implications.push(Implication {
                name,
                name_span: title,
                mark,
                mark_span,
                // The answer alone: the question is the heading of the
                // entry's own section, which a span over it would leave
                // out (see the implications-table rule).
                span: mark_span,
                refs: None,
                table: self.doc.tables.len(),
                asked: true,
            });
        }
        Some(i + 1)
    }

    /// `WARDS AFFECTED` on one line and `All Wards` on the next, in the preamble.
    fn key_then_value(&mut self, i: usize, flat: &str) -> Option<usize> {
        let next = self.lines.get(i + 1)?;
        if !self.stands_after_break(i)
            || !matches!(self.kinds[i + 1], LineKind::Text)
            || !self.is_blank_at(i + 2)
            || !is_capitals(flat)
            || word_count(flat) > 5
            || !field::is_key(flat)
        {
            return None;
        }
        let value = plain(next.content());
        // (`BF` / `Subject:`: a key alone on the next line is no value.)
        if value.is_empty() || word_count(&value) > 8 || value.ends_with(['.', ':']) {
            return None;
        }
        // The council's name over two lines (in two languages, or place
        // then "COUNTY BOROUGH COUNCIL") is the paper's title, unless the
        // key names the meeting (`REPORT TO` / `COUNCIL`).
        let last = value.split_whitespace().last().unwrap_or("");
        if last.eq_ignore_ascii_case("council")
            && !front_sheet::key_in(flat, &self.vocab.meeting_keys)
        {
            return None;
        }
        // Two lines wholly in bold and in capitals, one over the other
        // (`**CYD-BWYLLGOR … GWYNFRYN**` / `**… CORPORATE JOINT
        // COMMITTEE**`): a name in two languages, or a title over two
        // lines, not a label and its value, unless the label is one the
        // pack knows.
        if is_bold_wrapped(self.lines[i].content())
            && is_bold_wrapped(next.content())
            && is_capitals(&value)
            && !front_sheet::key_in(flat, &self.vocab.field_keys)
            && !front_sheet::key_in(flat, &self.vocab.meeting_keys)
            && !front_sheet::key_in(flat, &self.vocab.date_keys)
        {
            return None;
        }
        let key_span = self.lines[i].content_span();
        let value_span = next.content_span();
        self.doc.fields.push(Field {
            key: flat.to_string(),
            key_span,
            value,
            value_span,
            span: key_span.cover(value_span),
        });
        Some(i + 2)
    }

    /// Tries line `i` as a heading (or the preamble's title).
    fn heading_line(&mut self, i: usize, content: &str, flat: &str) -> Option<usize> {
        let line = self.lines[i];
        let span = line.content_span();
        // "**14 JANUARY 2026**" under the meeting's name: a date, not heading 14.
        if flat.starts_with(|c: char| c.is_ascii_digit()) && front_sheet::is_date_line(flat) {
            return None;
        }
        if let Ok((_, (number, title))) = section_label(content) {
            let at = span.start + inline::offset_in(content, title);
            self.add_heading(
                HeadingStyle::SectionLabel,
                1,
                Some(number.to_string()),
                Span::new(at, at + title.len()),
                span,
            );
            return Some(i + 1);
        }
        // Under "Appendices", "Appendix 1: Pest control charges" is an entry.
        let names_appendix = starts_with_ci(flat, "appendix") || starts_with_ci(flat, "annex");
        if names_appendix && self.stack.last().is_some_and(|&s| self.appendix_lists[s]) {
            return None;
        }
        let bold = is_bold_wrapped(content);
        if bold {
            // "**1. Purpose of report**": a numbered title in bold.
            let (number, title) = split_heading_number(content, span);
            if let Some(number) = number {
                let depth = number.split('.').count() as u8;
                self.add_heading(
                    HeadingStyle::Numbered,
                    depth,
                    Some(number.clone()),
                    title,
                    span,
                );
                if let Some(top) = number.split('.').next().and_then(|t| t.parse().ok()) {
                    if !number.contains('.') {
                        self.note_number(top, span.start);
                    }
                }
                return Some(i + 1);
            }
        }
        // "That the Committee:", "It is recommended that Cabinet:" lead in
        // to a list; they head nothing. Nor does a code on a line of its
        // own ("[JB/03032027/P]", an officer's sign-off stamp).
        if (flat.ends_with(':') && is_lead_in(flat)) || is_code_line(flat) {
            return None;
        }
        let capitals = is_capitals(flat) && !more_words_than(flat, 16) && !flat.ends_with('.');
        // A paper that opens with the council's name too short to be its
        // title (`KINLOCHRAY COUNCIL`), then the committee's with the
        // meeting's date after a dash (`AUDIT COMMITTEE – 20 MAY 2025`) or
        // the item's reference (`Item 7 · Report No: AC/14/25`): headings
        // that leave the preamble open, so that the title under them is
        // read as the title.
        let opens = self.doc.sections.is_empty() && !more_words_than(flat, 2);
        if self.preamble
            && self.doc.title.is_none()
            && ((capitals && (opens || self.title_block) && self.names_body(flat))
                || (self.title_block && is_reference_line(flat)))
        {
            let span = line.content_span();
            self.add_heading(HeadingStyle::Capitals, 1, None, span, span);
            self.preamble = true;
            self.title_block = true;
            return Some(i + 1);
        }
        // "What are the financial implications?": a question can head a section.
        let titled = is_title_like(flat, 8)
            || self.is_noted_section_title(flat)
            || flat
                .strip_suffix('?')
                .is_some_and(|q| is_title_like(q, 12) && !q.contains('?'))
            || self.is_combined_title(flat);
        let style = if bold
            && !flat.ends_with('.')
            && (!more_words_than(flat, 16) || self.is_noted_section_title(flat))
        {
            HeadingStyle::Bold
        } else if capitals {
            HeadingStyle::Capitals
        } else if titled {
            HeadingStyle::Standalone
        } else {
            if self.preamble && self.doc.title.is_none() && self.doc.fields.is_empty() {
                // A long first line can still be the title.
                if is_title_like(flat, 18) {
                    self.set_title(span);
                    return Some(i + 1);
                }
            }
            return None;
        };
        // A title names the paper: not a one-word heading such as PURPOSE,
        // nor one of the pack's section titles (PURPOSE OF THE REPORT under
        // a front sheet whose Subject field is the title).
        // (Nor one numbered with no stop: `1 PURPOSE AND SUMMARY`.)
        let unnumbered = split_heading_number(span.of(self.text), span).1;
        if self.preamble
            && self.doc.title.is_none()
            && more_words_than(flat, 2)
            && !self.is_section_title(flat)
            && !self.is_section_title(&plain(unnumbered.of(self.text)))
        {
            let strong = capitals || bold;
            if self.doc.fields.is_empty() || strong {
                self.set_title(span);
                return Some(i + 1);
            }
        }
        // "F. FINANCIAL IMPLICATIONS", "IV. Legal": the number belongs to
        // the heading, as it does after "##".
        let (number, title) = split_heading_number(span.of(self.text), span);
        let top = number
            .as_deref()
            .filter(|n| !n.contains('.'))
            .and_then(|n| n.parse::<u32>().ok());
        self.add_heading(style, 1, number, title, span);
        if let Some(top) = top {
            self.note_number(top, span.start);
        }
        Some(i + 1)
    }

    /// A numbered heading written with no dot after its number (`1
    /// Executive summary`, `10 Background papers`), as PDF text gives
    /// some templates' headings, standing alone (checked by the caller):
    /// a whole number of one or two digits, one space, and a title of up
    /// to eight words that starts with a capital and ends with no
    /// sentence's punctuation. With no dot, a number opening a short line
    /// may as well be a count or a date (`3 bedrooms`, `14 March 2026`),
    /// so two of three marks must agree: the number comes next in the
    /// outline (1 when nothing is numbered yet), the section's first
    /// paragraph `N.1` comes next, the title is one of the pack's section
    /// titles (with the template's note in brackets after it or not); the
    /// first of them with one of the others, or the last two. A heading
    /// whose neighbours are headings needs neither of the last two: the
    /// last heading is numbered N-1 and nothing since goes past N-1, and
    /// the next line numbered N+1 heads a section with its first paragraph
    /// under it (`6 Fair Work First` … `7 Policy and Resource
    /// Implications` / `Resource Implications:` … `8 Recommendations` /
    /// `8.1 The Committee is asked to:`). A title in
    /// capitals is left to [`heading_line`](Self::heading_line).
    /// `in_text`: the line runs on from the text above with no blank line
    /// between, so the number must come next in the outline (with one of
    /// the other marks). Gives the line after the heading.
    fn dotless_numbered_title(&mut self, i: usize, flat: &str, in_text: bool) -> Option<usize> {
        let flat = inline::trim(flat);
        let digits = flat.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&digits) || flat.as_bytes().get(digits) != Some(&b' ') {
            return None;
        }
        let title = flat[digits + 1..].trim_start();
        let top: u32 = flat[..digits].parse().ok()?;
        // `5 – Background / Context`: a spaced dash after the number.
        let dashed = after_spaced_dash(title);
        if let Some(after) = dashed {
            return self.dashed_numbered_title(i, top, after, in_text);
        }
        // "6 Financial Implications (to be written by …)": the template's
        // note left in after a section title.
        let noted = self.is_noted_section_title(title);
        // A title in capitals (`1 PURPOSE`) is a capitals heading, read
        // as such with its number.
        if top == 0
            || !(noted || is_title_like(title, 8))
            || is_capitals(title)
            || front_sheet::is_date_line(flat)
        {
            return None;
        }
        let (in_sequence, first_paragraph) = self.numbered_title_evidence(i, top);
        let known = noted || self.is_section_title(title);
        let between_headings = || {
            in_sequence
                && self.follows_previous_heading_values(&[top])
                && self.next_dotless_heading(i, top + 1)
        };
        if !((in_sequence && (first_paragraph || known))
            || (!in_text && first_paragraph && known)
            || between_headings())
        {
            return None;
        }
        let span = self.lines[i].content_span();
        let (number, title) = split_heading_number(span.of(self.text), span);
        self.add_heading(HeadingStyle::Numbered, 1, number, title, span);
        self.note_number(top, span.start);
        Some(i + 1)
    }

    /// What says that line `i`, numbered `top` before its title, is a
    /// heading: whether `top` comes next in the outline (1 where none has
    /// begun), and whether the section's first paragraph (`top.1`) stands
    /// on one of the next non-blank lines.
    fn numbered_title_evidence(&self, i: usize, top: u32) -> (bool, bool) {
        let in_sequence = match self.running_number() {
            Some(last) => is_next_number(&last, &[top]),
            None => top == 1,
        };
        let next = (i + 1..(i + 4).min(self.lines.len())).find(|&j| !self.is_blank_at(j));
        (
            in_sequence,
            next.is_some_and(|j| self.first_paragraph_of(j, top)),
        )
    }

    /// A numbered heading written `N – Title` or `N - Title` (a whole
    /// number, a spaced dash, the title), as some templates set their
    /// headings and pdftotext -layout gives them, indented or not:
    /// `1 – Recommendation/s`, `5 – Background / Context`, `9 -
    /// Background papers (please contact the author …` with the note's
    /// bracket closed on the next line. The dash is itself a mark of a
    /// heading (a count or a date has none), so one more is enough: the
    /// number comes next in the outline (or 1 where a new paper or part
    /// starts and its heading 2 follows in the same shape), the section's
    /// first paragraph `N.1` comes next, or the title is one of the
    /// pack's. With no blank line above, the number must come next.
    /// `title` is the text after the dash. Gives the line after the
    /// heading.
    fn dashed_numbered_title(
        &mut self,
        i: usize,
        top: u32,
        title: &str,
        in_text: bool,
    ) -> Option<usize> {
        // The template's note in brackets after the title, perhaps
        // wrapped onto the next line: the title before it decides.
        let (head, open_note) = match title.split_once(" (") {
            Some((head, note)) if !note.contains(')') => (head.trim(), true),
            _ => (title, false),
        };
        let titled = is_title_like(head, 8) || self.is_noted_section_title(title);
        if top == 0 || !titled {
            return None;
        }
        let (in_sequence, first_paragraph) = self.numbered_title_evidence(i, top);
        let known = self.is_section_title(head) || self.is_noted_section_title(title);
        let restart = top == 1 && self.next_dashed_heading(i, 2);
        // (The caller tries a line that follows text first, blank or not.)
        let in_text = in_text && !(self.stands_after_break(i) || self.front_ended == i);
        let marked = if in_text {
            in_sequence
        } else {
            in_sequence || first_paragraph || known || restart
        };
        if !marked || (open_note && !known) {
            return None;
        }
        let line = self.lines[i];
        let mut span = line.content_span();
        let mut after = i + 1;
        // `9 - Background papers (please contact the author of the Report
        // for any` / `further information):`: the note closes on the next line.
        if open_note {
            if let Some(LineKind::Text) = self.kinds.get(i + 1) {
                let below = self.lines[i + 1].content().trim_end();
                if below.contains(')') && below.len() <= 80 && !below.contains(". ") {
                    span = Span::new(span.start, self.lines[i + 1].content_span().end);
                    after = i + 2;
                }
            }
        }
        let (number, title) = split_heading_number(span.of(self.text), span);
        self.add_heading(HeadingStyle::Numbered, 1, number, title, span);
        self.note_number(top, span.start);
        Some(after)
    }

    /// Whether a line within a page or two after line `i` is written
    /// `want – Title` (see [`Self::dashed_numbered_title`]).
    fn next_dashed_heading(&self, i: usize, want: u32) -> bool {
        let lead = format!("{want} ");
        (i + 1..(i + 150).min(self.lines.len())).any(|j| {
            matches!(self.kinds[j], LineKind::Text) && {
                let flat = plain(self.lines[j].content());
                flat.trim()
                    .trim_start_matches('\u{c}')
                    .strip_prefix(&lead)
                    .and_then(after_spaced_dash)
                    .is_some_and(|t| {
                        is_title_like(t.split_once(" (").map_or(t, |(h, _)| h.trim()), 8)
                    })
            }
        })
    }

    /// Whether the next line after line `i` that opens with the number
    /// `want` and a space (`8 Recommendations`), within a page or two, is a
    /// dotless numbered heading by its own marks: a title under it, then
    /// the section's first paragraph `want.1`.
    fn next_dotless_heading(&self, i: usize, want: u32) -> bool {
        let lead = format!("{want} ");
        let Some(j) = (i + 1..(i + 150).min(self.lines.len())).find(|&j| {
            matches!(self.kinds[j], LineKind::Text)
                && self.lines[j]
                    .content()
                    .trim_start_matches('\u{c}')
                    .starts_with(&lead)
        }) else {
            return false;
        };
        let flat = plain(self.lines[j].content());
        let title = flat.trim().trim_start_matches('\u{c}')[lead.len()..].trim_start();
        if !is_title_like(title, 8) || is_capitals(title) {
            return false;
        }
        let next = (j + 1..(j + 4).min(self.lines.len())).find(|&k| !self.is_blank_at(k));
        next.is_some_and(|k| self.first_paragraph_of(k, want))
    }

    /// Whether the text above line `i` may end there, so that a heading can
    /// follow with no blank line: line `i - 1` does not break off before
    /// a number (`… as set out in section` / `5 Financial implications`,
    /// `… on` / `3 March 2026`), with a comma, a dash, an open bracket or a
    /// word that a number follows.
    fn may_end_text_above(&self, i: usize) -> bool {
        let Some(above) = i.checked_sub(1).map(|j| self.lines[j].content().trim_end()) else {
            return false;
        };
        if above.is_empty() || above.ends_with([',', '-', '–', '—', '(', '/', '&']) {
            return false;
        }
        let last = above.rsplit(' ').next().unwrap_or(above);
        if !last.bytes().all(|b| b.is_ascii_alphabetic()) {
            return true;
        }
        const BEFORE_NUMBER: [&str; 29] = [
            "section",
            "sections",
            "paragraph",
            "paragraphs",
            "para",
            "paras",
            "appendix",
            "item",
            "items",
            "part",
            "parts",
            "chapter",
            "page",
            "pages",
            "table",
            "see",
            "in",
            "at",
            "to",
            "and",
            "or",
            "of",
            "from",
            "by",
            "on",
            "under",
            "with",
            "than",
            "the",
        ];
        !BEFORE_NUMBER.iter().any(|w| last.eq_ignore_ascii_case(w))
    }

    /// A heading wrapped over two short lines, as a narrow table cell of a
    /// PDF gives one (`Background` / `papers`), set apart by blank lines:
    /// line `i` (standing after a break, `flat` its plain text) and the
    /// line straight under it, then a blank line or the end, each of one
    /// to [`WRAPPED_TITLE_WORDS`] words with no sentence's punctuation, the
    /// two joined word for word one of the pack's section titles. Past the
    /// front sheet only. Gives the line after the heading.
    fn wrapped_title(&mut self, i: usize, flat: &str) -> Option<usize> {
        // The lines round it first: most short lines after a break have
        // a blank line under them.
        if !matches!(self.kinds.get(i + 1), Some(LineKind::Text))
            || !(i + 2 >= self.lines.len() || self.is_blank_at(i + 2))
        {
            return None;
        }
        let first = flat.trim();
        if first.is_empty()
            || more_words_than(first, WRAPPED_TITLE_WORDS)
            || first.contains(':')
            || first.ends_with(['.', ';', ',', '?', '!'])
        {
            return None;
        }
        let second = plain(self.lines[i + 1].content());
        let second = second.trim().trim_end_matches(':');
        if second.is_empty()
            || more_words_than(second, WRAPPED_TITLE_WORDS)
            || second.contains(':')
            || second.ends_with(['.', ';', ',', '?', '!'])
        {
            return None;
        }
        let joined = format!("{first} {second}");
        if !self.is_section_title(&joined) {
            return None;
        }
        let style = if is_capitals(&joined) {
            HeadingStyle::Capitals
        } else {
            HeadingStyle::Standalone
        };
        let span = self.lines[i]
            .content_span()
            .cover(self.lines[i + 1].content_span());
        self.add_heading(style, 1, None, span, span);
        Some(i + 2)
    }

    /// A form's question wrapped over two to [`QUESTION_LINES`] short
    /// lines, as a narrow cell of a PDF form gives one (`Has an Integrated
    /// Impact` / `Assessment been` / `completed? If not, please` / `state
    /// why`), set apart by blank lines, its answer under it: line `i`
    /// (after a break, `flat` its plain text) opens with a capital, no
    /// line has a colon or more than [`WRAPPED_TITLE_WORDS`] words, a line
    /// but the first holds the `?`, the whole has at most
    /// [`QUESTION_WORDS`] words, and the question holds one of the pack's
    /// section titles of two words or more, word for word
    /// ("integrated impact assessment"). Past the front sheet only. Gives
    /// the line after the heading.
    fn wrapped_question(&mut self, i: usize, flat: &str) -> Option<usize> {
        let first = inline::trim(flat);
        // Most short lines after a break are headings over a blank line:
        // tell them first, with no allocation.
        if self.is_blank_at(i + 1)
            || !first.starts_with(|c: char| c.is_uppercase())
            || first.contains([':', '?'])
            || more_words_than(first, WRAPPED_TITLE_WORDS)
        {
            return None;
        }
        let mut joined = first.to_string();
        let mut asked = false;
        let mut k = i + 1;
        while k < self.lines.len() && !self.is_blank_at(k) {
            if k - i >= QUESTION_LINES || !matches!(self.kinds[k], LineKind::Text) {
                return None;
            }
            let line = plain(self.lines[k].content());
            let line = line.trim();
            if line.contains(':') || more_words_than(line, WRAPPED_TITLE_WORDS) {
                return None;
            }
            asked |= line.contains('?');
            joined.push(' ');
            joined.push_str(line);
            k += 1;
        }
        let question = joined.split_once('?').map_or("", |(q, _)| q);
        if !asked
            || k == i + 1
            || word_count(&joined) > QUESTION_WORDS
            || !self.holds_section_title(question)
        {
            return None;
        }
        let span = self.lines[i]
            .content_span()
            .cover(self.lines[k - 1].content_span());
        self.add_heading(HeadingStyle::Standalone, 1, None, span, span);
        Some(k)
    }

    /// Whether `question` holds one of the pack's section titles of two to
    /// five words, word for word.
    fn holds_section_title(&self, question: &str) -> bool {
        let words: Vec<&str> = question.split_whitespace().collect();
        (2..=5).any(|n| {
            words
                .windows(n)
                .any(|w| self.is_section_title(&w.join(" ")))
        })
    }

    /// Whether `flat` is a body's name, alone or with a date after a dash:
    /// its last word (before the dash) is one of the vocabulary's
    /// `body-words`, and all after the dash is one date.
    fn names_body(&self, flat: &str) -> bool {
        let (name, date) = match flat.find(['–', '—']).or_else(|| flat.find(" - ")) {
            Some(at) => (
                &flat[..at],
                flat[at..].trim_start_matches(['–', '—', '-', ' ']),
            ),
            None => (flat, ""),
        };
        let last = name.split_whitespace().last().unwrap_or("");
        if !self.vocab.body_words.contains_ignore_case(last) {
            return false;
        }
        date.is_empty()
            || matches!(crate::parse::dates::find_dates(date, 0).as_slice(),
                [d] if d.span.end == date.len() && d.value.day.is_some())
    }

    /// The level of a setext heading on line `i` (its text, then a line of
    /// `=` for level 1 or `-` for level 2), if it is one: a short title
    /// standing after a break, not a sentence.
    fn setext_level(&self, i: usize, after_break: bool) -> Option<u8> {
        if !after_break || !matches!(self.kinds.get(i + 1), Some(LineKind::Rule)) {
            return None;
        }
        let under_line = &self.lines[i + 1];
        let under = under_line.content().trim_end();
        // No space inside an underline (a table's column borders, `---- ----`),
        // and not the closing border of a Pandoc table with no header row,
        // an indented dash line that opened the table after a blank line.
        if under.contains(' ')
            || (under_line.indent > 0 && self.opens_table_above(i, under_line.text))
        {
            return None;
        }
        let level = if under.starts_with('=') {
            1
        } else if under.starts_with('-') {
            2
        } else {
            return None;
        };
        let flat = plain(self.lines[i].content());
        let flat = flat.trim();
        let title = is_title_like(flat, 16)
            || (is_capitals(flat) && word_count(flat) <= 16 && !flat.ends_with('.'));
        title.then_some(level)
    }

    /// Whether a line above line `i`, after a blank line (or opening the
    /// text), is `border`: the same dash line, so the one under line `i`
    /// closes what it opened. Looks back 100 lines at most.
    fn opens_table_above(&self, i: usize, border: &str) -> bool {
        (i.saturating_sub(100)..i)
            .rev()
            .find(|&j| self.lines[j].text == border)
            .is_some_and(|j| j == 0 || self.lines[j - 1].is_blank())
    }

    /// A setext heading: line `i`, underlined on the next line. The first
    /// one is the paper's title when no header field or title comes before.
    pub(super) fn setext(&mut self, i: usize, level: u8) {
        let span = self.lines[i].content_span();
        if level == 1
            && self.preamble
            && self.doc.title.is_none()
            && self.doc.fields.is_empty()
            && self.doc.sections.is_empty()
        {
            self.set_title(span);
            return;
        }
        let (number, title) = split_heading_number(span.of(self.text), span);
        let top = number
            .as_deref()
            .filter(|n| !n.contains('.'))
            .and_then(|n| n.parse::<u32>().ok());
        self.add_heading(HeadingStyle::Atx, level, number, title, span);
        if let Some(top) = top {
            self.note_number(top, span.start);
        }
    }

    /// Whether `flat` is a heading that lists topics with commas, one of
    /// them the pack's section title (`Community, equalities (including
    /// socio-economic) and health impacts`, `Legal, financial and risk
    /// implications`), which [`is_title_like`] leaves as text for its
    /// comma: up to eight words outside brackets, starting with a
    /// capital, no sentence's punctuation, the list closed by "and" after
    /// its last comma, each comma followed by a word in lower case (after
    /// "Oscar Oakham," a post starts with a capital). A piece counts as a
    /// section title alone or with the list's last word after it
    /// ("legal" + "implications").
    fn is_combined_title(&self, flat: &str) -> bool {
        let flat = flat.trim();
        let Some((_, tail)) = flat.rsplit_once(", ") else {
            return false;
        };
        if !flat.starts_with(|c: char| c.is_uppercase())
            || flat.ends_with(['.', ';', ',', ':', '?', '!'])
            || flat.contains(['.', ';', ':', '?', '!'])
            || !tail.contains(" and ")
        {
            return false;
        }
        // The words outside brackets: "(including socio-economic)" is an
        // aside.
        let mut outside = String::with_capacity(flat.len());
        let mut depth = 0usize;
        for c in flat.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        if depth != 0 || word_count(&outside) > 8 {
            return false;
        }
        let lower_after_commas = flat
            .split(", ")
            .skip(1)
            .all(|p| p.starts_with(|c: char| c.is_lowercase()));
        if !lower_after_commas {
            return false;
        }
        self.joins_section_title(&outside)
    }

    /// Whether one of the topics `title` joins with commas and "and" is
    /// the pack's section title, alone or with the last topic's last word
    /// after it ("Legal, financial and risk implications": "legal" +
    /// "implications"; "Financial and Procurement Advice and
    /// Implications": "financial" + "implications", the last word a
    /// topic of its own).
    fn joins_section_title(&self, title: &str) -> bool {
        let pieces: Vec<&str> = title
            .split(", ")
            .flat_map(|p| p.split(" and "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        // The last topic's last word, or the word alone ("… and
        // Implications").
        let last_word = pieces
            .last()
            .and_then(|p| p.split_whitespace().next_back())
            .unwrap_or("");
        pieces.iter().any(|p| {
            self.is_section_title(p)
                || (!last_word.is_empty()
                    && !p.ends_with(last_word)
                    && self.is_section_title(&format!("{p} {last_word}")))
        })
    }

    /// Whether `flat` is a heading that keeps the template's note in
    /// brackets after its title: "List of Background Papers (This MUST be
    /// completed for all reports, …)", "Financial and Procurement Advice
    /// and Implications (to be written by the relevant Head of Finance and
    /// the Head of Procurement on behalf of s151 Officer)". The note can
    /// run long and reads as a sentence; the title before it must be one
    /// of the pack's section titles, or read as a title (up to eight
    /// words, a capital first) that joins topics one of which is
    /// ([`Self::joins_section_title`]). The note closes the line.
    pub(super) fn is_noted_section_title(&self, flat: &str) -> bool {
        let flat = flat.trim();
        if !flat.ends_with(')') {
            return false;
        }
        flat.split_once(" (").is_some_and(|(title, _)| {
            let title = title.trim();
            self.is_section_title(title)
                || (is_title_like(title, 8) && self.joins_section_title(title))
        })
    }

    /// Whether `title` is, word for word, one of the pack's section titles.
    pub(super) fn is_section_title(&self, title: &str) -> bool {
        // The pack's titles are normalised (lower case, single spaces): the
        // title's words in lower case, one space apart, are one of them
        // exactly when `same_words` would match it, for one lookup
        // instead of a comparison with each title.
        self.vocab
            .section_titles
            .contains(&title_key(title.trim_end_matches(':')))
    }

    fn set_title(&mut self, span: Span) {
        let raw = span.of(self.text);
        let (at, kept) = inline::trim_markup(raw);
        self.doc.title = Some(TextItem {
            text: plain(kept),
            span: Span::new(span.start + at, span.start + at + kept.len()),
        });
    }

    /// The last line of a bold run that starts on line `i` and does not close
    /// on it (`**Social Services … Committee` … `Cabinet**`).
    fn bold_run_end(&self, i: usize) -> Option<usize> {
        let content = inline::trim_end(self.lines[i].content());
        let rest = content.strip_prefix("**")?;
        if rest.contains("**") {
            return None;
        }
        (i + 1..(i + MAX_BOLD_LINES).min(self.lines.len()))
            .take_while(|&j| !self.is_blank_at(j))
            .find(|&j| self.lines[j].content().trim_end().ends_with("**"))
    }

    /// A bold run of lines: a field split over two lines
    /// (`**WARDS AFFECTED` / `(City-Wide)**`), or text.
    fn bold_run(&mut self, i: usize, end: usize) -> usize {
        if let Some(next) = self.wrapped_bold_heading(i, end) {
            return next;
        }
        let first = plain(self.lines[i].content());
        if self.preamble && end == i + 1 && is_capitals(&first) && field::is_key(&first) {
            let key_line = self.lines[i];
            let value_line = self.lines[end];
            let (kat, kkept) = inline::trim_markup(key_line.content());
            let key_start = key_line.start + key_line.content_at + kat;
            let (vat, vkept) = inline::trim_markup(value_line.content());
            let value_start = value_line.start + value_line.content_at + vat;
            self.doc.fields.push(Field {
                key: first,
                key_span: Span::new(key_start, key_start + kkept.len()),
                value: plain(vkept),
                value_span: Span::new(value_start, value_start + vkept.len()),
                span: key_line.content_span().cover(value_line.content_span()),
            });
            return end + 1;
        }
        let span = self.lines[i]
            .content_span()
            .cover(self.lines[end].content_span());
        self.add_paragraph(ParagraphKind::Plain, None, span, span, self.lines[i].indent);
        end + 1
    }

    /// A bold heading wrapped over two lines, as Pandoc's 72-column
    /// wrapping leaves a long one (`**5. Comments from the Director of
    /// Finance and Resources and the` / `Director of Law and
    /// Governance**`): the run `i..=end` is two lines set apart by blank
    /// lines (or with a numbered item under it), bold from end to end
    /// with no other bold in it, and read as one line it is a bold
    /// heading: no full stop at its end and at most
    /// [`BOLD_HEADING_WORDS`] words. A numbered one heads its numbered
    /// section anywhere; one with no number only past the front sheet
    /// (where a bold title over two lines is the paper's title) and
    /// with no colon in it (`**Note:** …` is text). Gives the line after
    /// it.
    fn wrapped_bold_heading(&mut self, i: usize, end: usize) -> Option<usize> {
        if end != i + 1
            || !self.stands_after_break(i)
            || !(self.is_blank_at(end + 1) || self.next_is_item(end))
        {
            return None;
        }
        let second = inline::trim_end(self.lines[end].content());
        if second.matches("**").count() != 1 {
            return None;
        }
        let span = self.lines[i]
            .content_span()
            .cover(self.lines[end].content_span());
        let flat = plain(span.of(self.text));
        if flat.ends_with('.') || more_words_than(&flat, BOLD_HEADING_WORDS) {
            return None;
        }
        let (number, title) = split_heading_number(span.of(self.text), span);
        match number {
            Some(number) => {
                let depth = number.split('.').count() as u8;
                let top = (!number.contains('.'))
                    .then(|| number.parse::<u32>().ok())
                    .flatten();
                self.add_heading(HeadingStyle::Numbered, depth, Some(number), title, span);
                if let Some(top) = top {
                    self.note_number(top, span.start);
                }
            }
            None if !self.preamble && !flat.contains(':') => {
                self.add_heading(HeadingStyle::Bold, 1, None, span, span);
            }
            None => return None,
        }
        Some(end + 1)
    }

    /// The forward timetable: committee names, then dates, paired in order.
    pub(super) fn timetable(&mut self, i: usize) -> usize {
        let mut names: Vec<(String, Span)> = Vec::new();
        let mut dated: Vec<DateMention> = Vec::new();
        let mut meetings: Vec<Meeting> = Vec::new();
        let mut j = i + 1;
        let mut blocks = 0;
        while j < self.lines.len() && blocks < 4 {
            if self.is_blank_at(j) {
                j += 1;
                continue;
            }
            let block_start = j;
            let mut block_names = 0;
            let mut block_dates = 0;
            let mut k = j;
            while k < self.lines.len() && !self.is_blank_at(k) {
                let line = self.lines[k];
                let span = line.content_span();
                let (at, kept) = inline::trim_markup(line.content());
                let kept_span = Span::new(span.start + at, span.start + at + kept.len());
                let found: Vec<DateMention> = self
                    .doc
                    .dates
                    .iter()
                    .filter(|d| kept_span.contains(d.span))
                    .copied()
                    .collect();
                let flat = plain(kept);
                if let Some(d) = found.first() {
                    let before = plain(&self.text[kept_span.start..d.span.start]);
                    let before = before.trim().trim_end_matches([':', '-', '–', ',']).trim();
                    if before.is_empty() {
                        dated.push(*d);
                    } else {
                        meetings.push(Meeting {
                            name: before.to_string(),
                            name_span: Span::new(kept_span.start, d.span.start),
                            date: Some(*d),
                        });
                    }
                    block_dates += 1;
                } else if !flat.is_empty() && is_title_like(&flat, 10) {
                    names.push((flat, kept_span));
                    block_names += 1;
                } else {
                    break;
                }
                k += 1;
            }
            if block_names == 0 && block_dates == 0 {
                j = block_start;
                break;
            }
            j = k;
            blocks += 1;
            // Names then dates: once the dates are in, the timetable is over.
            if block_dates > 0 && block_names == 0 && !names.is_empty() {
                break;
            }
            if block_dates > 0 && names.is_empty() {
                break;
            }
        }
        let pairs = names.len().max(dated.len());
        for n in 0..pairs {
            let (name, name_span) = names
                .get(n)
                .cloned()
                .unwrap_or_else(|| (String::new(), dated[n].span));
            meetings.push(Meeting {
                name,
                name_span,
                date: dated.get(n).copied(),
            });
        }
        self.doc.meetings.extend(meetings);
        j.max(i + 1)
    }

    /// "Also refer to" and the paragraph numbers listed after it, on the same
    /// line, on the following lines, or in a small table.
    pub(super) fn also_refer_to(&mut self, i: usize) -> usize {
        let first = self.lines[i].content_span();
        let mut end = first.end;
        let mut j = i + 1;
        while j < self.lines.len() {
            let line = self.lines[j];
            if line.is_blank() {
                // Allow one blank line between the cue and its numbers.
                if j + 1 < self.lines.len() && is_number_list(self.lines[j + 1].text) {
                    j += 1;
                    continue;
                }
                break;
            }
            if !is_number_list(line.text) {
                break;
            }
            end = line.content_span().end;
            j += 1;
        }
        let span = Span::new(first.start, end);
        self.add_paragraph(ParagraphKind::Plain, None, span, span, self.lines[i].indent);
        self.close_paragraph();
        self.last_closed = None;
        j
    }
}

/// Whether `flat` gives a reference and nothing else after its colon, as a
/// paper's item or report number does (`Report No: AC/14/25`): a short
/// label, then one token with a digit and no lower-case letter.
fn is_reference_line(flat: &str) -> bool {
    let Some((label, code)) = flat.rsplit_once(':') else {
        return false;
    };
    let code = code.trim();
    word_count(label) <= 6
        && !code.is_empty()
        && !code.contains(char::is_whitespace)
        && code.bytes().any(|b| b.is_ascii_digit())
        && !code.chars().any(char::is_lowercase)
}

/// Whether the plain line `flat` is a code and nothing else, perhaps in
/// brackets: one word of letters and figures parted by slashes (and
/// perhaps dots or hyphens), with at least one slash and one figure, as
/// an officer's sign-off stamp ("[JB/03032027/P]") or a file reference
/// is. A heading has words; "COVID-19" or "2025/26 BUDGET" is not one word
/// with a slash and a letter and a figure.
fn is_code_line(flat: &str) -> bool {
    let t = flat.trim();
    let inner = t
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .or_else(|| t.strip_prefix('(').and_then(|r| r.strip_suffix(')')))
        .unwrap_or(t)
        .trim();
    !inner.is_empty()
        && inner.contains('/')
        && inner.bytes().any(|b| b.is_ascii_digit())
        && inner.bytes().any(|b| b.is_ascii_alphabetic())
        && inner
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-'))
}

/// `title`'s words in lower case (ASCII), one space apart: the form of the
/// pack's normalised section titles, so that `title` is one of them
/// exactly when `same_words` matches the two.
pub(super) fn title_key(title: &str) -> String {
    let mut key = String::with_capacity(title.len());
    for word in title.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    }
    key
}

/// `flat` without an outline number and its dot before the title (`6.
/// Financial implications`, `6 Financial implications`).
fn without_number(flat: &str) -> &str {
    let flat = flat.trim_start();
    let digits = flat.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &flat[digits..];
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    if digits > 0 && rest.starts_with(' ') {
        rest.trim_start()
    } else {
        flat
    }
}
