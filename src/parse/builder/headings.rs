//! Headings: ATX headings and adding a heading to the section tree.

use super::*;

impl<'t, 'l> Builder<'t, 'l> {
    pub(super) fn atx(&mut self, i: usize, level: u8, title: Span) {
        let raw = title.of(self.text);
        let style = if is_bold_wrapped(raw) {
            HeadingStyle::Bold
        } else {
            HeadingStyle::Atx
        };
        // "## 1. Purpose", "### **1. Purpose**": the number belongs to the heading.
        let (number, title) = split_heading_number(raw, title);
        let heading = self.lines[i].content_span();
        // A heading naming the meeting (`# Report to Cabinet Member for
        // Highways`) over the title's is no title: the next `#` heading
        // is the first (a bold date line between them aside).
        let names_meeting = |span: Span| {
            self.front
                .body_line
                .is_some_and(|b| span.start <= b.start && b.end <= span.end)
        };
        let is_first = !names_meeting(heading)
            && self
                .doc
                .sections
                .split_first()
                .map_or(true, |(first, rest)| {
                    names_meeting(first.heading)
                        && rest.iter().all(|s| s.style != HeadingStyle::Atx)
                });
        let top = number
            .as_deref()
            .filter(|n| !n.contains('.'))
            .and_then(|n| n.parse::<u32>().ok());
        let id = self.add_heading(style, level, number, title, heading);
        if let Some(top) = top {
            self.note_number(top, heading.start);
        }
        if is_first && level == self.min_atx && self.doc.title.is_none() {
            self.doc.title = Some(TextItem {
                text: self.doc.sections[id].title.clone(),
                span: self.doc.sections[id].title_span,
            });
        }
    }

    /// Whether line `i` is a heading with no blank line between it and the
    /// text under it or above it, as PDF text often sets them, where the
    /// usual test (a blank line or a numbered item after a short line set
    /// apart) does not hold:
    ///
    /// - a line in capitals of up to eight words straight over the
    ///   outline's next number alone on its line (`PURPOSE OF REPORT` /
    ///   `1.`), whatever is above it;
    /// - such a line straight over the outline's next paragraph, its
    ///   number and sentence on one line (`RISK ANALYSIS` / `23. If the
    ///   AGS were not approved, …`), no colon after it, under a line that
    ///   ends a sentence or, before the first number, one that does not
    ///   end in a word in capitals;
    /// - past the front sheet, one of the pack's section titles or
    ///   clearance headings (two words or more, or in capitals; no colon
    ///   after it), under a
    ///   blank line or a line that ends a sentence, over text that starts
    ///   afresh (`…on 10 March 2026.` / `Statutory Officer Comments` /
    ///   `Executive Director of Finance (Section 151 Officer): …`); such a
    ///   title may also end a line after a spaced dash, a lead of up to
    ///   eight words before it (`Section 100 D - Local Government Act 1972
    ///   - background documents`).
    ///
    /// `flat` gives the line's plain text: made only when the line is
    /// not set apart.
    pub(super) fn is_heading_over_text<'f>(
        &self,
        i: usize,
        after_break: bool,
        flat: impl FnOnce() -> &'f str,
    ) -> bool {
        // The usual tests read a short line set apart with a blank line or
        // an item after it (and a paragraph's line is told so before its
        // plain text is made).
        if after_break && (self.is_blank_at(i + 1) || self.next_is_item(i)) {
            return false;
        }
        let flat = flat();
        let line = flat.trim().trim_end_matches(':').trim_end();
        if self.is_question_heading(i, after_break, line) {
            return true;
        }
        // "Lead - Title": the lead is judged as the title's shape is, and
        // the part after the last dash must be a section title.
        let dashed = after_last_dash(line);
        let title = match dashed {
            Some((lead, _)) if word_count(line) > 8 => lead,
            _ => line,
        };
        let words = word_count(title);
        if words == 0 || words > 8 || title.ends_with(['.', ';', ',', '?', '!']) || is_figure(title)
        {
            return false;
        }
        let capitals = is_capitals(title);
        // Over a number alone that comes next in the outline: a heading
        // in capitals, or a title under a finished sentence (pdftotext of
        // Word's spacing drops the blank lines round "Background" / "3.").
        if !after_break
            && (capitals || (i > 0 && ends_sentence(self.lines[i - 1].content())))
            && (capitals || (title.len() == line.len() && is_title_like(line, 8)))
            && self.next_is_lone_next_number(i)
        {
            return true;
        }
        // Over the outline's next paragraph, its number and text on one
        // line (`INTERNAL AUDIT ANNUAL OPINION` / `10. The Public Sector
        // …`, pdftotext without -layout): a heading in capitals. (A label
        // with a colon, `NOTE:` inside a section, is left as text.)
        if !after_break
            && capitals
            && title.len() == line.len()
            && !flat.trim_end().ends_with(':')
            && self.closes_above(i)
            && self.next_is_next_paragraph(i)
        {
            return true;
        }
        // "Report Author:" over a name is a label, read as a field or a
        // colon heading elsewhere.
        if self.preamble
            || i + 1 >= self.lines.len()
            || !(capitals || words >= 2)
            || flat.trim_end().ends_with(':')
        {
            return false;
        }
        // Over a dashed title that is no entry itself, a labelled entry
        // above it stands apart too (`Appendix B – Capital programme` /
        // `Local Government (Access to Information) Act 1985 – List of
        // Background Papers`); the list's next entry (`Appendix 4 –
        // Equality Impact Assessment`) stays in the list.
        let above = self.lines[i - 1].content();
        let above_ends = after_break
            || ends_sentence(above)
            || (dashed.is_some() && !is_dashed_entry(line) && is_dashed_entry(&plain(above)));
        if !above_ends || !(capitals || is_title_like(title, 8)) {
            return false;
        }
        // Text under it that starts afresh: a sentence or a label, not a
        // sentence carried on, nor another short title (a list of
        // contents).
        let starts_afresh = match &self.kinds[i + 1] {
            LineKind::Item(_) => true,
            LineKind::Text => {
                let next = plain(self.lines[i + 1].content());
                let next = next.trim();
                !continues_sentence(next) && word_count(next) >= 4
            }
            _ => false,
        };
        let titles = &self.vocab.section_titles;
        // Two of the pack's titles joined by a slash name one section
        // ("Equality and Diversity / Public Sector Equality Duty", Durham).
        let joined = || {
            title.contains(" / ")
                && title
                    .split(" / ")
                    .all(|part| titles.contains(&title_key(part.trim())))
        };
        starts_afresh
            && ((title.len() == line.len() && (titles.contains(&title_key(title)) || joined()))
                || dashed.is_some_and(|(_, tail)| titles.contains(&title_key(tail))))
    }

    /// Whether line `i`, past the front sheet and set apart above (a blank
    /// line or a page's footer before it), names an appendix and nothing
    /// else (`Appendix I`, `APPENDIX 2`: see [`is_appendix_label_line`])
    /// with its title or first line straight under it, as plain
    /// `pdftotext` sets an appendix's first page (`Appendix I` / `To
    /// CET/27/21` / `Highway Maintenance Programme 2027/28`): the heading
    /// that attaches the appendix. Not under a list of appendices, nor over
    /// a line that carries a sentence on or names the next appendix (a
    /// list's entries, each label over its title).
    pub(super) fn is_appendix_over_title(&self, i: usize, after_break: bool, flat: &str) -> bool {
        if self.preamble || !after_break || !is_appendix_label_line(flat) {
            return false;
        }
        if self.stack.last().is_some_and(|&s| self.appendix_lists[s]) {
            return false;
        }
        if !matches!(self.kinds.get(i + 1), Some(LineKind::Text)) {
            return false;
        }
        let next = plain(self.lines[i + 1].content());
        let next = next.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
        !next.is_empty()
            && !continues_sentence(next)
            && !starts_with_ci(next, "appendix")
            && !starts_with_ci(next, "annex")
    }

    /// Whether line `i` (its text `line`, markup gone) is a heading worded
    /// as a question, as some templates word theirs ("How does this
    /// contribute to our policies and legal obligations?", "Are there any
    /// corporate implications members should be concerned about?"), in
    /// PDF text with no blank line round it: the whole line one question
    /// (three to fourteen words, a capital first, no other sentence end
    /// in it), past the front sheet, under a line that ends a sentence,
    /// over a paragraph numbered with a single number or a run-in label
    /// of up to three words ("Financial:").
    fn is_question_heading(&self, i: usize, after_break: bool, line: &str) -> bool {
        let Some(body) = line.strip_suffix('?') else {
            return false;
        };
        if self.preamble
            || i + 1 >= self.lines.len()
            || body.contains(['?', '!', ';'])
            || body.contains(". ")
            || !body.starts_with(char::is_uppercase)
            || !(3..=14).contains(&word_count(body))
            || !(after_break || (i > 0 && ends_sentence(self.lines[i - 1].content())))
        {
            return false;
        }
        match &self.kinds[i + 1] {
            LineKind::Item(m) => {
                m.bullet.is_none()
                    && self.lines[i + 1].indent == 0
                    && m.number.as_ref().is_some_and(|n| {
                        n.style == NumberStyle::Decimal && !n.parenthesised && n.values.len() == 1
                    })
            }
            LineKind::Text => {
                let next = plain(self.lines[i + 1].content());
                let next = next.trim();
                next.len() > 1
                    && next.ends_with(':')
                    && next.starts_with(char::is_uppercase)
                    && word_count(next) <= 3
            }
            _ => false,
        }
    }

    /// Whether the line above line `i` ends what came before a heading on
    /// line `i`: it ends a sentence (`…a disclaimed opinion.`), or, before
    /// any numbered paragraph, it does not end in a word in capitals (the
    /// front sheet's last line, `Audit Committee – Agenda Item 8`; not
    /// `Title: ANNUAL GOVERNANCE STATEMENT AND INTERNAL AUDIT`, a title in
    /// capitals wrapped onto line `i`).
    fn closes_above(&self, i: usize) -> bool {
        let Some(above) = i.checked_sub(1).map(|a| plain(self.lines[a].content())) else {
            return false;
        };
        let last_word = above.split_whitespace().next_back().unwrap_or("");
        ends_sentence(&above) || (self.running_number().is_none() && !is_capitals(last_word))
    }

    /// Whether the line after line `i` opens the outline's next paragraph
    /// (1 when nothing is numbered yet) with a single number, not in
    /// brackets, and a sentence beside it (`10. The Public Sector Internal
    /// Audit Standards, now replaced by the`, `18. There are no
    /// environmental or sustainability impacts arising`): not a numbered
    /// heading (`2. FINANCIAL IMPLICATIONS`, `1. Purpose of report`,
    /// `3. Annual Governance Statement Action Plan`).
    fn next_is_next_paragraph(&self, i: usize) -> bool {
        let Some(LineKind::Item(m)) = self.kinds.get(i + 1) else {
            return false;
        };
        let Some(n) = m.number.as_ref().filter(|n| {
            m.bullet.is_none()
                && n.style == NumberStyle::Decimal
                && !n.parenthesised
                && n.values.len() == 1
        }) else {
            return false;
        };
        let content = self.lines[i + 1].content();
        let text = plain(&content[m.text_start.min(content.len())..]);
        let text = text.trim();
        let sentence = text.starts_with(char::is_uppercase)
            && !is_capitals(text)
            && !inline::in_title_case(text)
            && !is_title_like(text, 5);
        sentence
            && match self.running_number() {
                Some(last) => is_next_number(&last, &n.values),
                None => n.values == [1],
            }
    }

    /// Whether the line after line `i` is a number alone that comes next
    /// in the outline (the first, 1, when nothing is numbered yet).
    fn next_is_lone_next_number(&self, i: usize) -> bool {
        let Some(line) = self.lines.get(i + 1) else {
            return false;
        };
        let alone = match &self.kinds[i + 1] {
            LineKind::Item(m) => {
                m.bullet.is_none()
                    && m.number.as_ref().is_some_and(|n| {
                        n.style == NumberStyle::Decimal && !n.parenthesised && n.values.len() == 1
                    })
                    && line.content()[m.text_start.min(line.content().len())..]
                        .trim()
                        .is_empty()
            }
            LineKind::Text => true,
            _ => false,
        };
        let Some(n) = alone.then(|| lone_number(line.content())).flatten() else {
            return false;
        };
        n.len() == 1
            && match self.running_number() {
                Some(last) => is_next_number(&last, &n),
                None => n == [1],
            }
    }

    /// The last line of the title of numbered heading line `i` (`n`, then
    /// `rest`) that wraps in sentence case over up to
    /// [`WRAPPED_TITLE_LINES`] more lines, as Pandoc and `pdftotext` keep
    /// a long heading: `10.0  Equalities considerations and the impact of
    /// this decision for our children and young` / `      people:`, or
    /// `8\. Background papers used in preparing the report (including
    /// their` / `location on the Council's website or …` / `exempt or
    /// protected by copyright):`. The number is the outline's next top
    /// number (N or N.0 after N-1's numbers); the first line runs on, each
    /// line under it carries on in lower case, and a blank line closes
    /// the title, of at most [`WRAPPED_TITLE_WORDS`] words with no
    /// sentence end. It heads section N when paragraph N.1 comes next, or
    /// when it is closed by a colon and opens with one of the pack's
    /// section titles. A numbered paragraph wrapped so has N.1 after it
    /// only under a heading, and ends in a full stop.
    pub(super) fn wrapped_title_end(&self, i: usize, rest: &str, n: &ParaNumber) -> Option<usize> {
        let top = match n.values[..] {
            [top] | [top, 0] => top,
            _ => return None,
        };
        if top < 2
            || !runs_on(rest)
            || self
                .running_number()
                .is_none_or(|last| last.first() != Some(&(top - 1)))
        {
            return None;
        }
        let last = (i + 1..=i + WRAPPED_TITLE_LINES)
            .take_while(|&j| {
                matches!(self.kinds.get(j), Some(LineKind::Text))
                    && continues_sentence(self.lines[j].content())
            })
            .find(|&j| self.is_blank_at(j + 1))?;
        // Every line but the last runs on to the next.
        if !(i + 1..last).all(|j| runs_on(self.lines[j].content())) {
            return None;
        }
        let title = std::iter::once(plain(rest))
            .chain((i + 1..=last).map(|j| plain(self.lines[j].content())))
            .collect::<Vec<_>>()
            .join(" ");
        let title = title.trim();
        if word_count(title) > WRAPPED_TITLE_WORDS
            || title.ends_with(['.', ',', ';', '?', '!'])
            || title.contains(". ")
        {
            return None;
        }
        let next = (last + 1..(last + 4).min(self.lines.len())).find(|&j| !self.is_blank_at(j));
        let first_paragraph = next.is_some_and(|j| self.first_paragraph_of(j, top));
        let known = title.ends_with(':') && self.opens_with_section_title(title);
        (first_paragraph || known).then_some(last)
    }

    /// Whether `title` opens with one of the pack's section titles of two
    /// words or more, word for word (`Background papers used in
    /// preparing the report …`).
    fn opens_with_section_title(&self, title: &str) -> bool {
        let words: Vec<&str> = title.split_whitespace().collect();
        (2..=words.len().min(6)).any(|k| self.is_section_title(&words[..k].join(" ")))
    }

    pub(super) fn add_heading(
        &mut self,
        style: HeadingStyle,
        hint: u8,
        number: Option<String>,
        title: Span,
        heading: Span,
    ) -> SectionId {
        self.close_paragraph();
        self.last_closed = None;
        self.preamble = false;
        self.after_sub_paragraph = false;
        let base = if self.under_section_labels { 2 } else { 1 };
        let top = self.stack.last().map(|&s| &self.doc.sections[s]);
        let level = match style {
            HeadingStyle::SectionLabel => 1,
            HeadingStyle::Numbered => base + hint.saturating_sub(1),
            HeadingStyle::Atx => base + hint.saturating_sub(self.min_atx),
            HeadingStyle::Bold | HeadingStyle::Standalone => match top {
                Some(t) if matches!(t.style, HeadingStyle::Numbered | HeadingStyle::Atx) => {
                    t.level + 1
                }
                _ => base,
            },
            HeadingStyle::Capitals => base,
        }
        .min(number::MAX_DEPTH as u8);
        if style == HeadingStyle::SectionLabel {
            self.under_section_labels = true;
        }
        while let Some(&top) = self.stack.last() {
            if self.doc.sections[top].level >= level {
                self.stack.pop();
            } else {
                break;
            }
        }
        let parent = self.stack.last().copied();
        let raw_title = title.of(self.text);
        let clean = inline::trimmed_in_place(plain(raw_title), |t| {
            inline::trim(t).trim_end_matches(':').trim_end()
        });
        let (title_at, title_kept) = inline::trim_markup(raw_title);
        let id = self.doc.sections.len();
        self.doc.sections.push(Section {
            title: clean,
            title_span: Span::new(
                title.start + title_at,
                title.start + title_at + title_kept.len(),
            ),
            number,
            level,
            style,
            heading,
            span: heading,
            paragraphs: Vec::new(),
            children: Vec::new(),
            parent,
            part: 0,
        });
        match parent {
            Some(p) => self.doc.sections[p].children.push(id),
            None => self.doc.roots.push(id),
        }
        self.stack.push(id);
        // A part begins at the first heading after the last number, but not
        // at a list of the appendices (which belongs to the cover report).
        let appendix_list = is_appendix_list(&self.doc.sections[id].title);
        self.appendix_lists.push(appendix_list);
        if self.heading_after_number.is_none() && !appendix_list {
            self.heading_after_number = Some((heading.start, id));
        }
        id
    }
}

/// Whether a line's text ends a sentence or a list's lead-in (`.`, `:`,
/// `;`, `?`, `!`, `)`).
fn ends_sentence(content: &str) -> bool {
    plain(content)
        .trim_end()
        .ends_with(['.', ':', ';', '?', '!', ')'])
}

/// Whether a line is a labelled entry of a list, a label of up to three
/// words with a capital first before a spaced dash and a title after it
/// (`Appendix B – Capital programme 2027/28 to 2029/30`), not a sentence
/// that runs on (ending in a comma, a bracket or a dash).
fn is_dashed_entry(line: &str) -> bool {
    let line = line.trim();
    let Some((label, _)) = after_last_dash(line) else {
        return false;
    };
    label.starts_with(char::is_uppercase)
        && (1..=3).contains(&word_count(label))
        && word_count(line) <= 12
        && !line.ends_with([',', '(', '-', '–', '—', '&'])
}

/// The spaced dashes that part a lead from a title: a hyphen, Pandoc's
/// `--` for an en dash, an en dash and an em dash.
const DASHES: [&str; 4] = [" - ", " -- ", " – ", " — "];

/// A line cut at its last spaced dash (`Section 100 D - Local Government
/// Act 1972 - background documents`): what comes before the first dash,
/// and what comes after the last.
fn after_last_dash(line: &str) -> Option<(&str, &str)> {
    let dash = |s: &str| -> Option<(usize, usize)> {
        DASHES
            .iter()
            .filter_map(|d| s.rfind(d).map(|at| (at, d.len())))
            .max()
    };
    let (last, len) = dash(line)?;
    let first = DASHES
        .iter()
        .filter_map(|d| line.find(d))
        .min()
        .unwrap_or(last);
    let tail = line[last + len..].trim();
    (!tail.is_empty()).then(|| (line[..first].trim(), tail))
}

/// The most lines a numbered heading's title wraps onto after its first
/// (see [`Builder::wrapped_title_end`]).
const WRAPPED_TITLE_LINES: usize = 2;

/// The most words of a numbered heading's title wrapped over lines.
const WRAPPED_TITLE_WORDS: usize = 30;

#[cfg(test)]
mod tests {
    use crate::parse::vocabulary::Vocabulary;

    fn titles(text: &str, vocab: &Vocabulary) -> Vec<String> {
        crate::parse::parse_with(text, vocab)
            .sections
            .iter()
            .map(|s| s.title.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    fn with_titles(titles: &[&str]) -> Vocabulary {
        Vocabulary {
            section_titles: titles
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .into(),
            ..Vocabulary::default()
        }
    }

    #[test]
    fn a_numbered_title_wrapped_in_sentence_case_over_its_first_paragraph_is_a_heading() {
        let vocab = Vocabulary::default();
        let text = "1.0   Purpose of the report:\n\n1.1   To seek approval to award the contract.\n\n\
                    2.0   Equalities considerations and the impact of this decision for our children and young\n      \
                    people:\n\n2.1   An equality analysis has been carried out.\n";
        assert_eq!(
            titles(text, &vocab),
            [
                "Purpose of the report",
                "Equalities considerations and the impact of this decision for our children and young people"
            ]
        );
        // A paragraph wrapped so ends in a full stop.
        let text =
            "1.0   Purpose of the report:\n\n1.1   To seek approval to award the contract.\n\n\
                    2.0   The council will consult residents and businesses on the\n      \
                    proposals in the summer.\n\n2.1   An equality analysis has been carried out.\n";
        assert_eq!(titles(text, &vocab), ["Purpose of the report"]);
        // A number that is not the outline's next.
        let text = "1.0   Purpose of the report:\n\n1.1   To seek approval to award the contract.\n\n\
                    4.0   Equalities considerations and the impact of this decision for our children and young\n      \
                    people:\n\n4.1   An equality analysis has been carried out.\n";
        assert_eq!(titles(text, &vocab), ["Purpose of the report"]);
    }

    #[test]
    fn a_wrapped_numbered_title_closed_by_a_colon_opening_with_a_pack_title_is_a_heading() {
        let vocab = with_titles(&["background papers", "implications"]);
        let text = "7\\. Implications\n\n7.1 The costs are met from the budget.\n\n\
                    8\\. Background papers used in preparing the report (including their\n\
                    location on the Council's website or identification whether any are\n\
                    exempt or protected by copyright):\n\n\
                    -   Department for Education, Local offer guidance (2024)\n";
        let t = titles(text, &vocab);
        assert_eq!(t.len(), 2, "{t:?}");
        assert!(
            t[1].starts_with("Background papers used in preparing"),
            "{t:?}"
        );
        assert!(
            t[1].ends_with("copyright):") || t[1].ends_with("copyright)"),
            "{t:?}"
        );
        // Near misses: a lead-in that opens with no pack title, and one
        // that is not closed by a colon.
        for lead in [
            "8\\. Members are asked to note the progress made since the last\n\
             meeting on each of the following:\n\n",
            "8\\. Background papers used in preparing the report are held by\n\
             the author and listed here\n\n",
        ] {
            let text = format!(
                "7\\. Implications\n\n7.1 The costs are met from the budget.\n\n{lead}\
                 -   Department for Education, Local offer guidance (2024)\n"
            );
            assert_eq!(titles(&text, &vocab), ["Implications"], "{text}");
        }
    }

    #[test]
    fn a_sub_heading_with_commas_over_its_first_paragraph_is_a_heading() {
        let vocab = Vocabulary::default();
        let text = "4    Corporate considerations\n\n4.1  Consultation and engagement\n\n\
                    4.1.1     Ward members have been consulted on all the applications.\n\n\
                    4.2  Legal implications, access to information, and call-in\n\n\
                    4.2.1     The Committee has delegated authority to approve spending.\n";
        let t = titles(text, &vocab);
        assert!(
            t.iter()
                .any(|t| t == "Legal implications, access to information, and call-in"),
            "{t:?}"
        );
        // Not over its own first paragraph: a paragraph.
        let text = "4    Corporate considerations\n\n4.1  Consultation and engagement\n\n\
                    4.1.1     Ward members have been consulted on all the applications.\n\n\
                    4.2  Ward members, officers, and partners\n\n\
                    4.3  The Committee has delegated authority to approve spending.\n";
        let t = titles(text, &vocab);
        assert!(!t.iter().any(|t| t.starts_with("Ward members")), "{t:?}");
    }
}
