//! The parser: a paper's text into a [`Document`].
//!
//! The text is read line by line. Each line is first classified on its own
//! shape (see [`line`]); context then decides what it is: a heading, a field,
//! a paragraph, a row of a table. The grammar, production by production:
//!
//! ```text
//! document      = preamble body
//! preamble      = (field | key_value_pair | timetable | title | banner | blank)*
//! body          = (heading | field | table | paragraph | suppression | blank | rule)*
//!
//! field         = bold_field | plain_field | report_of          (see `field`)
//! key_value_pair= capitals_key NL short_value NL blank           -- WARDS AFFECTED / All Wards
//!               | "**" capitals_key NL short_value "**"          -- bold across two lines
//! timetable     = timetable_key NL (blank | names | dates)*      -- names then dates, paired in order
//! title         = first capitals, bold or title-like line of the preamble
//!
//! heading       = atx_heading                                   -- ### Title   (see `line`)
//!               | setext_heading                                -- Title NL ===== (or -----)
//!               | section_label                                 -- Section 2: Report
//!               | numbered_title                                -- 1. Purpose of Report
//!               | number_then_title                             -- 1. NL blank NL Introduction
//!               | bold_line                                     -- **PURPOSE**
//!               | capitals_line                                 -- INTRODUCTION
//!               | standalone_title                              -- Financial Implications
//!               | question_title                                -- What are the risks?
//!               | colon_title                                   -- Purpose of the Report:
//! heading_number= decimal | roman ("." | ")") | letter ("." | ")") | section_label
//!                                                 -- ## 1 Purpose, ## VIII. Legal, ## A. Summary
//! section_label = ("Section" | "Part") ws+ label ws* (":" | "." | "-" | "–") ws* title
//! numbered_title= decimal(one level) ws+ title    -- only in papers that number sub-paragraphs
//!                                                 -- (N.1) or when the title is in capitals;
//!                                                 -- capitals may wrap onto one indented line
//!               | decimal ws+ title               -- 6.1 Financial, when 6.1.1 comes next
//! number_then_title = (decimal(one level) | digit{1,2}) NL blank+ short_title [NL lower_case_tail]
//!                                                 -- PDF text; not after a "Key:" waiting for its value
//! colon_title   = title ":" NL blank* (item | long_sentence | lead_in NL item)
//!                                                 -- not under a numbered or # heading
//! lead_in       = "That the Committee:", "It is recommended that Cabinet:"  -- heads nothing
//!
//! paragraph     = item_marker text continuation*                (see `number`)
//!               | text continuation*
//!               | also_refer_to (number_line | number_table)*   -- "also refer to" cross-reference lists
//! continuation  = non-blank line that starts no item
//!               | blank+ line starting in lower case            -- a sentence broken by a page
//!
//! figure_line   = a number alone beside another figure          -- 771.9 / 4.35: a table cell, text
//! page_footer   = "Page" N ["of" M]                             -- read as a blank line (see `line`)
//!
//! table         = tab_row+ | pipe_row+ | html_table             (see `table`)
//! checkbox_line = name ws+ box "Yes" ws+ box "No"                -- Legal ☐ Yes ☒ No: an implication
//! suppression   = "<!--" ws* "paperlint:" ws* ("allow" | "allow-file") "(" rule ("," rule)* ")" ws* "-->"
//! ```
//!
//! A heading (other than ATX, numbered and `Section N:` ones) must stand
//! alone: a blank line (or the start) before it, and a blank line, the end,
//! or a numbered item after it. A numbered line is a heading only when its
//! text reads as a title (short, no closing full stop) and the paper numbers
//! sub-paragraphs under its headings; otherwise it is paragraph N.
//!
//! Nesting: `Section N:` labels are level 1; numbered titles nest by depth
//! below them; ATX headings by their `#` count; bold, capitals and
//! title-case headings sit at the top level, or one below a numbered or ATX
//! heading they follow. ATX headings whose title is wholly bold
//! (`### **LEGAL IMPLICATIONS**`) come from Word conversions, whose `#`
//! counts record font sizes: they rank as bold headings.
//!
//! Numbered parts: when paragraph numbering restarts at 1, a new part begins
//! at the first heading after the previous part's last number. A bare `1.`
//! paragraph right after a sub-paragraph (`4.1`), with no heading between,
//! is a list inside the outline and restarts nothing.
//!
//! Nothing here recurses on the input's structure, so a deeply nested paper
//! cannot overflow the stack; numbers deeper than
//! [`number::MAX_DEPTH`] levels are text.

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_until, take_while1};
use nom::character::complete::{char, multispace0, space0, space1};
use nom::multi::separated_list0;
use nom::sequence::delimited;
use nom::{IResult, Parser};

use crate::document::*;

pub mod appendices;
pub mod dates;
pub mod field;
pub mod front_sheet;
pub mod inline;
pub mod line;
pub mod number;
pub mod references;
pub mod sentence;
pub mod table;

use inline::{is_capitals, is_capitals_marked, is_title_like, plain, word_count};
use line::{classify, split_lines, Line, LineKind};

/// The most lines a bold run (`**…` to `…**`) may span.
const MAX_BOLD_LINES: usize = 8;

/// Parses a paper's text into its section tree.
pub fn parse(text: &str) -> Document {
    let lines = split_lines(text);
    let mut kinds: Vec<LineKind> = lines.iter().map(classify).collect();
    let front = front_sheet::read(text, &lines, &kinds);
    let mut builder = Builder::new(text, &lines, &mut kinds);
    builder.front = front;
    builder.run();
    builder.finish()
}

/// Where each line starts, as [`Document::line_starts`] has them.
fn line_starts(text: &str, lines: &[Line<'_>]) -> Vec<usize> {
    let mut starts: Vec<usize> = lines.iter().map(|l| l.start).collect();
    if starts.is_empty() || text.ends_with('\n') {
        starts.push(text.len());
    }
    starts
}

struct Builder<'t, 'l> {
    text: &'t str,
    lines: &'l [Line<'t>],
    /// Each line's shape; an item's marker is taken out when it is used.
    kinds: &'l mut [LineKind],
    doc: Document,
    /// Open sections, innermost last.
    stack: Vec<SectionId>,
    /// Still before the first body heading or numbered paragraph.
    preamble: bool,
    /// The paragraph that the next non-blank text line continues.
    open: Option<ParagraphId>,
    /// The paragraph before the last blank line, for page-broken sentences.
    last_closed: Option<ParagraphId>,
    /// Whether the paper numbers sub-paragraphs (`1.1`) anywhere.
    decimal_outline: bool,
    /// Whether a `Section N:` label has been seen: other headings go under it.
    under_section_labels: bool,
    /// Smallest `#` count among plain ATX headings.
    min_atx: u8,
    /// Highest top-level number in the current part.
    part_max_top: u32,
    /// Start of the first heading after the last counted number.
    heading_after_number: Option<(usize, SectionId)>,
    /// Where each part after the first begins, with its title.
    part_starts: Vec<(usize, Option<String>)>,
    /// Whether the last counted number was a sub-paragraph (`4.1`) with no
    /// heading since.
    after_sub_paragraph: bool,
    /// Fields the front sheet lays out over several lines (see `front_sheet`).
    front: front_sheet::FrontSheet,
    /// The next front-sheet entry to place.
    front_next: usize,
}

impl<'t, 'l> Builder<'t, 'l> {
    fn new(text: &'t str, lines: &'l [Line<'t>], kinds: &'l mut [LineKind]) -> Self {
        let decimal_outline = kinds.iter().any(|k| {
            matches!(k, LineKind::Item(m) if m.number.as_ref().is_some_and(|n| n.style == NumberStyle::Decimal && n.values.len() > 1 && !n.parenthesised))
        });
        let min_atx = lines
            .iter()
            .zip(kinds.iter())
            .filter_map(|(_, k)| match k {
                LineKind::Atx { level, title } if !is_bold_wrapped(title.of(text)) => Some(*level),
                _ => None,
            })
            .min()
            .unwrap_or(1);
        Builder {
            text,
            lines,
            kinds,
            doc: Document {
                len: text.len(),
                paragraphs: Vec::with_capacity(lines.len() / 2),
                line_starts: line_starts(text, lines),
                ..Document::default()
            },
            stack: Vec::new(),
            preamble: true,
            open: None,
            last_closed: None,
            decimal_outline,
            under_section_labels: false,
            min_atx,
            part_max_top: 0,
            heading_after_number: None,
            part_starts: Vec::new(),
            after_sub_paragraph: false,
            front: front_sheet::FrontSheet::default(),
            front_next: 0,
        }
    }

    fn run(&mut self) {
        self.doc.dates = dates::find_dates(self.text, 0);
        let mut i = 0;
        while i < self.lines.len() {
            if let Some(next) = self.front_entry(i) {
                i = next;
                continue;
            }
            i = match &self.kinds[i] {
                LineKind::Blank | LineKind::Rule => {
                    self.close_paragraph();
                    i + 1
                }
                LineKind::Comment => {
                    self.comment(i);
                    i + 1
                }
                LineKind::HtmlTable => self.html_table(i),
                LineKind::TableRow { pipe } => self.table(i, *pipe),
                LineKind::Atx { level, title } => {
                    self.atx(i, *level, *title);
                    i + 1
                }
                LineKind::Item(_) if self.is_table_value(i) => {
                    // "771.9" among other figures: a table cell extracted
                    // one per line, not paragraph 771.9.
                    self.kinds[i] = LineKind::Text;
                    self.text_line(i)
                }
                LineKind::Item(_) => {
                    // The marker moves into the paragraph; what is left still
                    // reads as a non-blank line to the lines around it.
                    match std::mem::replace(&mut self.kinds[i], LineKind::Text) {
                        LineKind::Item(marker) => self.item(i, marker),
                        _ => unreachable!("matched above"),
                    }
                }
                LineKind::Text => self.text_line(i),
            };
        }
        self.close_paragraph();
    }

    /// Places the front-sheet field that starts on line `i`, if one does,
    /// and says where the builder goes on.
    fn front_entry(&mut self, i: usize) -> Option<usize> {
        let e = self.front.entries.get(self.front_next)?;
        if e.line != i {
            return None;
        }
        let (next, field) = (e.next, e.field.clone());
        self.front_next += 1;
        self.close_paragraph();
        self.last_closed = None;
        self.extend_section(field.span.end);
        self.doc.fields.push(field);
        Some(next)
    }

    // ----- helpers on lines -------------------------------------------------

    fn is_blank_at(&self, i: usize) -> bool {
        i >= self.lines.len() || matches!(self.kinds[i], LineKind::Blank | LineKind::Rule)
    }

    /// A blank line, a rule, a comment, or the start of the text before line `i`.
    fn stands_after_break(&self, i: usize) -> bool {
        i == 0
            || matches!(
                self.kinds[i - 1],
                LineKind::Blank | LineKind::Rule | LineKind::Comment
            )
    }

    /// Whether line `i`, a number alone (`4.35`, `128.9`), is a value in
    /// a table that PDF extraction wrote one cell per line: the nearest
    /// non-blank line before or after it is a figure too. A paragraph
    /// number alone on its line (`2.1` then its text after a blank) has
    /// text beside it.
    fn is_table_value(&self, i: usize) -> bool {
        if !is_figure(self.lines[i].content()) {
            return false;
        }
        // The nearest line that is not blank (nor a page footer), up to
        // three lines away.
        let figure_at = |j: usize| {
            (!matches!(self.kinds[j], LineKind::Blank)).then(|| is_figure(self.lines[j].content()))
        };
        let before = (i.saturating_sub(3)..i).rev().find_map(figure_at);
        let after = (i + 1..(i + 4).min(self.lines.len())).find_map(figure_at);
        before == Some(true) || after == Some(true)
    }

    fn next_is_item(&self, i: usize) -> bool {
        matches!(self.kinds.get(i + 1), Some(LineKind::Item(_)))
    }

    // ----- paragraphs -------------------------------------------------------

    fn close_paragraph(&mut self) {
        if let Some(p) = self.open.take() {
            self.last_closed = Some(p);
        }
    }

    fn add_paragraph(
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
            if counts_for_parts(n, indent) {
                self.preamble = false;
                // A bare "1." right after sub-paragraphs, with no heading
                // between, is a short list inside the outline ("4.1 Three
                // options: 1. Do nothing. 2. …"), not a restart; a real
                // restart shows in the next 1.1 or numbered heading.
                let list_in_outline = n.values.len() == 1 && self.after_sub_paragraph;
                if !list_in_outline {
                    self.note_number(n.values[0], span.start);
                    self.after_sub_paragraph = n.values.len() > 1;
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
        });
        if let Some(s) = section {
            self.doc.sections[s].paragraphs.push(id);
            self.extend_section(span.end);
        }
        self.open = Some(id);
        id
    }

    fn extend_paragraph(&mut self, p: ParagraphId, end: usize) {
        let para = &mut self.doc.paragraphs[p];
        para.span.end = para.span.end.max(end);
        para.text.end = para.text.end.max(end);
        self.extend_section(end);
    }

    fn extend_section(&mut self, end: usize) {
        if let Some(&s) = self.stack.last() {
            let sec = &mut self.doc.sections[s];
            sec.span.end = sec.span.end.max(end);
        }
    }

    /// Records a top-level number; a restart at 1 begins a new part.
    fn note_number(&mut self, top: u32, at: usize) {
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
    }

    fn line_start_of(&self, at: usize) -> usize {
        self.text[..at].rfind('\n').map_or(0, |i| i + 1)
    }

    fn item(&mut self, i: usize, marker: number::ItemMarker) -> usize {
        let line = self.lines[i];
        if let Some(n) = marker.number.as_ref() {
            let alone = line.content()[marker.text_start.min(line.content().len())..]
                .trim()
                .is_empty();
            let plain_number = marker.bullet.is_none()
                && n.style == NumberStyle::Decimal
                && !n.parenthesised
                && n.values.len() == 1;
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
    fn number_then_title(&mut self, i: usize, label: String) -> Option<usize> {
        let top: u32 = label.parse().ok()?;
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
        let mut t = i + 1;
        while t < self.lines.len() && t <= i + 3 && self.is_blank_at(t) {
            t += 1;
        }
        if t == i + 1 || t >= self.lines.len() || !matches!(self.kinds[t], LineKind::Text) {
            return None;
        }
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
            starts
                && word_count(flat) <= 14
                && !flat.ends_with(['.', ';', ',', '?', '!'])
                && !flat.contains(". ")
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
        if !ends {
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

    /// Whether a numbered line is a title (`1. Purpose of Report`) rather
    /// than paragraph 1.
    ///
    /// Returns the title's last line: a title in capitals may wrap onto a
    /// second line in capitals (`8. WELL-BEING OF FUTURE GENERATIONS
    /// (WALES) ACT 2015 /` then `DEDDF …`). A sub-paragraph number heads
    /// a section (`6.1 Financial implications`) when the next number is its
    /// own first child (6.1.1).
    fn numbered_title_end(
        &self,
        i: usize,
        marker: &number::ItemMarker,
        n: &ParaNumber,
    ) -> Option<usize> {
        let line = self.lines[i];
        if marker.bullet.is_some()
            || line.indent > 0
            || n.style != NumberStyle::Decimal
            || n.parenthesised
            || (n.values.len() != 1 && !self.next_number_is_child(i, n))
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
        let last = if wrapped { i + 1 } else { i };
        let ok = if wrapped {
            !self.lines[i + 1].content().trim_end().ends_with('.')
        } else {
            self.is_numbered_title(i, marker)
        };
        ok.then_some(last)
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

    fn is_numbered_title(&self, i: usize, marker: &number::ItemMarker) -> bool {
        let line = self.lines[i];
        let rest = &line.content()[marker.text_start..];
        if rest.len() > 200 || !(self.is_blank_at(i + 1) || self.next_is_item(i)) {
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
        let title = plain(rest);
        let title = title.trim();
        if title.is_empty() {
            return false;
        }
        let capitals = is_capitals(title) && word_count(title) <= 12 && !title.ends_with('.');
        let titled = is_title_like(title, 10) && self.decimal_outline;
        (capitals || titled) && (self.is_blank_at(i + 1) || self.next_is_item(i))
    }

    // ----- headings ---------------------------------------------------------

    fn atx(&mut self, i: usize, level: u8, title: Span) {
        let raw = title.of(self.text);
        let style = if is_bold_wrapped(raw) {
            HeadingStyle::Bold
        } else {
            HeadingStyle::Atx
        };
        // "## 1. Purpose", "### **1. Purpose**": the number belongs to the heading.
        let (number, title) = split_heading_number(raw, title);
        let heading = self.lines[i].content_span();
        let is_first = self.doc.sections.is_empty();
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

    fn add_heading(
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
        let clean = plain(raw_title);
        let clean = clean.trim().trim_end_matches(':').trim_end().to_string();
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
        if self.heading_after_number.is_none() && !is_appendix_list(&self.doc.sections[id].title) {
            self.heading_after_number = Some((heading.start, id));
        }
        id
    }

    // ----- text lines -------------------------------------------------------

    fn text_line(&mut self, i: usize) -> usize {
        let line = self.lines[i];
        let content = line.content().trim_end();
        let after_break = self.stands_after_break(i);

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
        if self.preamble && is_timetable_key(&plain(content)) {
            return self.timetable(i);
        }
        if starts_with_ci(content.trim_start_matches('*'), "also refer to") {
            return self.also_refer_to(i);
        }
        if after_break && self.is_colon_heading(i, content) {
            let span = line.content_span();
            self.add_heading(HeadingStyle::Standalone, 1, None, span, span);
            return i + 1;
        }
        if self.open.is_some() && !after_break {
            if let Some(f) = self.standalone_field(i, content) {
                self.doc.fields.push(f);
                self.close_paragraph();
                return i + 1;
            }
            let p = self.open.expect("checked");
            self.extend_paragraph(p, line.content_span().end);
            return i + 1;
        }
        if let Some(f) = self.standalone_field(i, content) {
            self.doc.fields.push(f);
            self.extend_section(line.content_span().end);
            return i + 1;
        }
        // Headings and key lines are short: skip the work for running text.
        let short = content.len() <= 400 && content.bytes().filter(|&b| b == b' ').count() <= 24;
        if short && self.preamble {
            if let Some(next) = self.key_then_value(i, &plain(content)) {
                return next;
            }
        }
        if short && after_break && (self.is_blank_at(i + 1) || self.next_is_item(i)) {
            if let Some(next) = self.heading_line(i, content, &plain(content)) {
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
    fn standalone_field(&self, i: usize, content: &str) -> Option<Field> {
        // Every field form but "Report of …" has a colon: skip the grammar
        // for the many lines that have none.
        let could_be =
            content.contains(':') || (self.preamble && starts_with_ci(content, "report"));
        if !could_be {
            return None;
        }
        let line = self.lines[i];
        let f = field::field(content, line.start + line.content_at, self.preamble)?;
        if f.is_empty() && !self.preamble {
            return None;
        }
        // "Note: this is prose." in the body: keep fields to short values or
        // to keys that stand at the start of a block.
        if !self.preamble && !self.stands_after_break(i) && word_count(&f.value) > 24 {
            return None;
        }
        Some(f)
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
        if value.is_empty() || word_count(&value) > 8 || value.ends_with('.') {
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
        if names_appendix
            && self
                .stack
                .last()
                .is_some_and(|&s| is_appendix_list(&self.doc.sections[s].title))
        {
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
        // to a list; they head nothing.
        if flat.ends_with(':') && is_lead_in(flat) {
            return None;
        }
        let capitals = is_capitals(flat) && word_count(flat) <= 16 && !flat.ends_with('.');
        // "What are the financial implications?": a question can head a section.
        let titled = is_title_like(flat, 8)
            || flat
                .strip_suffix('?')
                .is_some_and(|q| is_title_like(q, 12) && !q.contains('?'));
        let style = if bold && !flat.ends_with('.') && word_count(flat) <= 16 {
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
        // A title names the paper: not a one-word heading such as PURPOSE.
        if self.preamble && self.doc.title.is_none() && word_count(flat) >= 3 {
            let strong = capitals || bold;
            if self.doc.fields.is_empty() || strong {
                self.set_title(span);
                return Some(i + 1);
            }
        }
        self.add_heading(style, 1, None, span, span);
        Some(i + 1)
    }

    /// The level of a setext heading on line `i` (its text, then a line of
    /// `=` for level 1 or `-` for level 2), if it is one: a short title
    /// standing after a break, not a sentence.
    fn setext_level(&self, i: usize, after_break: bool) -> Option<u8> {
        if !after_break || !matches!(self.kinds.get(i + 1), Some(LineKind::Rule)) {
            return None;
        }
        let under = self.lines[i + 1].content().trim_end();
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

    /// A setext heading: line `i`, underlined on the next line. The first
    /// one is the paper's title when no header field or title comes before.
    fn setext(&mut self, i: usize, level: u8) {
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
        let content = self.lines[i].content().trim_end();
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

    /// The forward timetable: committee names, then dates, paired in order.
    fn timetable(&mut self, i: usize) -> usize {
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
    fn also_refer_to(&mut self, i: usize) -> usize {
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

    // ----- tables -----------------------------------------------------------

    fn table(&mut self, i: usize, pipe: bool) -> usize {
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

    fn html_table(&mut self, i: usize) -> usize {
        let start = self.lines[i].start;
        let lower_end = self.text[start..]
            .to_ascii_lowercase()
            .find("</table>")
            .map_or(self.text.len(), |e| start + e + "</table>".len());
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
        if let Some(imps) =
            table::tick_box(&rows, index).or_else(|| table::yes_no_table(&rows, index))
        {
            self.doc.implications.extend(imps);
        } else {
            // Still in the front sheet: no numbered paragraph yet, and at
            // most a title or two taken for headings.
            let front = self.preamble || (self.part_max_top == 0 && self.doc.sections.len() <= 2);
            let fields = front_sheet::table_fields(self.text, &rows, front);
            self.doc.fields.extend(fields);
        }
        self.doc.tables.push(Table {
            kind,
            span,
            rows,
            section: self.stack.last().copied(),
        });
        self.extend_section(span.end);
    }

    // ----- comments -----------------------------------------------------------

    fn comment(&mut self, i: usize) {
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

    // ----- after the last line ------------------------------------------------

    fn finish(mut self) -> Document {
        self.checkbox_lines();
        if self.doc.meetings.is_empty() {
            // The header ends where prose begins.
            let header_end = self
                .doc
                .paragraphs
                .iter()
                .find(|p| word_count(p.text.of(self.text)) > 30)
                .map_or(self.text.len(), |p| p.span.start);
            self.doc.meetings = front_sheet::meetings(
                self.text,
                &self.doc.fields,
                &self.doc.dates,
                &self.front,
                header_end,
            );
        }
        self.assign_parts();
        self.close_section_spans();
        self.collect_references();
        self.doc
    }

    /// Tick-box lines of a cover sheet (`Legal  ☐ Yes  ☒ No`) are
    /// implications entries, whatever else the line was read as.
    fn checkbox_lines(&mut self) {
        if memchr::memmem::find(self.text.as_bytes(), "☒".as_bytes()).is_none()
            && memchr::memmem::find(self.text.as_bytes(), "☑".as_bytes()).is_none()
        {
            return;
        }
        let table = self.doc.tables.len();
        for line in self.lines {
            if let Some(imp) = table::checkbox_line(line.text, line.start, table) {
                self.doc.implications.push(imp);
            }
        }
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
        let cues = references::Cues::new(text, 0);
        let find = |span: Span| references::find_references_at(span.of(text), span.start, &cues);
        let (listed, read) = appendices::declare(text, doc, &cues);
        let entry_at = |pos: usize| listed.contain(pos);
        decls.extend(read.iter().flat_map(|l| l.entries.iter()).map(|e| e.decl()));
        // Headings that name an appendix declare it (unless they are entries of a list).
        for s in &doc.sections {
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
        // Fields that list enclosures declare them.
        for f in &doc.fields {
            let key = f.key.to_ascii_lowercase();
            if ["enclosure", "appendi", "annex", "attachment"]
                .iter()
                .any(|k| key.contains(k))
            {
                decls.extend(appendices::field_decls(text, &key, f.value_span, &cues));
            }
        }
        let lists: Vec<bool> = doc
            .sections
            .iter()
            .map(|s| is_appendix_list(&s.title))
            .collect();
        for (id, p) in doc.paragraphs.iter().enumerate() {
            let listing = p.section.is_some_and(|s| lists[s]);
            let body = p.text.of(text);
            for r in find(p.text) {
                if entry_at(r.span.start) {
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
                if r.declares && is_appendix {
                    decls.push(AppendixDecl {
                        kind: r.kind,
                        label: r.target.clone(),
                        within: r.within.clone(),
                        title: None,
                        span: r.span,
                        source: AppendixSource::Text,
                    });
                }
                refs.push(r.into_reference(Some(id), p.part));
            }
        }
        appendices::table_mentions(doc, &mut refs, find, entry_at);
        for r in &mut refs {
            r.part = part_of(r.span.start);
        }
        place_in_parts(text, doc, &mut refs, &decls);
        doc.references = refs;
        decls.sort_by_key(|d| d.span.start);
        doc.appendices = decls;
        doc.appendix_lists = read.iter().map(|l| l.info()).collect();
    }
}

/// Points paragraph references that name one of the paper's own parts at
/// it. A paragraph "of Annex A" goes to the part that Annex A's heading
/// begins. A paragraph "of the Supporting Information", which the
/// reference grammar reads as another document, is this paper's when a
/// heading of that name stands in a later part: it is made internal and
/// pointed there (with the items of its list: "paragraphs 3.1 and 3.3 of
/// the Supporting Information").
fn place_in_parts(text: &str, doc: &Document, refs: &mut [Reference], decls: &[AppendixDecl]) {
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
        let mut part = part_named_after(text, doc, r.span.end);
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

impl TableKind {
    fn from_pipe(pipe: bool) -> Self {
        if pipe {
            TableKind::Pipe
        } else {
            TableKind::Tab
        }
    }
}

/// Whether a number takes part in the paper's paragraph numbering (and so
/// can start a new part): decimal, not bracketed, and either multi-level
/// (`1.1`, even as `- 1.1`) or a top-level number not indented into a list.
fn counts_for_parts(n: &ParaNumber, indent: usize) -> bool {
    n.style == NumberStyle::Decimal && !n.parenthesised && (n.values.len() > 1 || indent == 0)
}

/// Splits a leading number off a heading's title (markup looked through):
/// `**1. Purpose of report**` → (`1`, `Purpose of report`); likewise
/// `1 Purpose` (no dot), `6.1 Financial`, `VIII. Financial implications`,
/// `A. Summary` and `Section 5: Corporate Risk Register`.
fn split_heading_number(raw: &str, span: Span) -> (Option<String>, Span) {
    let (at, inner) = inline::trim_markup(raw);
    match heading_number(inner) {
        Some((label, text_start)) => (
            Some(label),
            Span::new(span.start + at + text_start, span.end),
        ),
        None => (None, span),
    }
}

/// The number a heading's text starts with, and where its title starts.
fn heading_number(inner: &str) -> Option<(String, usize)> {
    if let Ok((_, (number, title))) = section_label(inner) {
        return Some((number.to_string(), inline::offset_in(inner, title)));
    }
    let first = inner.chars().next()?;
    let (label, rest) = if first.is_ascii_digit() {
        // `1.`, `6.1`, and `1` alone when a space and a title follow.
        let end = inner
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(inner.len());
        let label = inner[..end].trim_end_matches('.');
        let ok = !label.is_empty()
            && !label.contains("..")
            && label.split('.').all(|p| (1..=3).contains(&p.len()))
            && label.split('.').count() <= number::MAX_DEPTH
            && (label.contains('.') || end > label.len() || label.len() <= 2);
        if !ok {
            return None;
        }
        (label.to_string(), &inner[end..])
    } else if first.is_ascii_uppercase() {
        // `VIII. Financial`, `A. Summary`, `B) Detail`: a letter or a
        // roman numeral closed by a dot or a bracket.
        let end = inner
            .find(|c: char| !c.is_ascii_uppercase())
            .unwrap_or(inner.len());
        let label = &inner[..end];
        let closed = inner[end..].starts_with(['.', ')']);
        let roman = label.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
        if !closed || !(label.len() == 1 || roman) {
            return None;
        }
        (label.to_ascii_lowercase(), &inner[end + 1..])
    } else {
        return None;
    };
    let title = rest.trim_start_matches(number::SPACES);
    if title.len() == rest.len() || title.trim().is_empty() {
        return None;
    }
    Some((label, inner.len() - title.len()))
}

/// Whether a line carries on a sentence: it starts with a word in lower
/// case (not a list label such as `a.`).
fn continues_sentence(line: &str) -> bool {
    let mut chars = line.trim_start().chars();
    matches!((chars.next(), chars.next()), (Some(a), Some(b)) if a.is_lowercase() && b.is_lowercase())
}

/// A line that is only a figure: `771.9`, `-25.1`, `4.35`, `£1,200`,
/// `(3.4)`, `12%`.
fn is_figure(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.len() <= 24
        && t.bytes().any(|b| b.is_ascii_digit())
        && t.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, '.' | ',' | '-' | '–' | '£' | '%' | '(' | ')' | '+' | ' ')
        })
}

/// Whether a short line introduces what follows as part of a sentence
/// ("That the Committee:", "It is recommended that Cabinet:", "The Board
/// is asked to:") rather than naming a section.
fn is_lead_in(flat: &str) -> bool {
    let t = flat.trim().trim_end_matches(':').trim_end();
    let mut words = t.split_whitespace();
    let first = words.next().unwrap_or("").to_lowercase();
    let last = t.rsplit(' ').next().unwrap_or("").to_lowercase();
    // "Our key achievements include:", "The options were as follows:".
    matches!(
        first.as_str(),
        "that" | "our" | "we" | "this" | "these" | "it" | "they" | "there" | "in" | "for"
    ) || matches!(
        last.as_str(),
        "include"
            | "includes"
            | "including"
            | "to"
            | "follows"
            | "following"
            | "by"
            | "of"
            | "with"
            | "were"
            | "was"
            | "are"
            | "is"
            | "that"
            | "below"
    ) || t.split_whitespace().any(|w| {
        matches!(
            w,
            "is" | "are"
                | "be"
                | "asked"
                | "recommended"
                | "requested"
                | "invited"
                | "will"
                | "should"
                | "must"
                | "makes"
                | "agrees"
                | "resolves"
        )
    })
}

/// `**…**` around the whole text.
fn is_bold_wrapped(s: &str) -> bool {
    let t = s.trim();
    t.len() > 4 && t.starts_with("**") && t.ends_with("**")
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// "FORWARD TIMETABLE OF CONSULTATION AND MEETINGS:", "Meeting dates:".
fn is_timetable_key(flat: &str) -> bool {
    let lower = flat.to_lowercase();
    let lower = lower.trim_end_matches(':').trim();
    word_count(lower) <= 8
        && (lower.contains("timetable") || lower.ends_with("meetings") || lower == "meeting dates")
}

/// A line holding only paragraph numbers (`1.8`, `2.6<TAB>5.9`, `**1.9**`).
fn is_number_list(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '*' | ',' | ' ' | '\t'))
}

/// Whether a section lists the paper's appendices.
fn is_appendix_list(title: &str) -> bool {
    if appendices::is_list_title(title) {
        return true;
    }
    // Every list word starts with an a or an e: most titles stop here.
    if !title.starts_with(['a', 'A', 'e', 'E']) {
        return false;
    }
    let lower = title.to_lowercase();
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    // "Annex B – Service standards" is an appendix, not a list of them.
    if let Some(second) = words.next() {
        let label = second.trim_matches(|c: char| !c.is_alphanumeric());
        if label.len() <= 2 || label.chars().all(|c| matches!(c, 'i' | 'v' | 'x')) {
            return false;
        }
    }
    matches!(
        first.trim_end_matches(':'),
        "appendix"
            | "appendices"
            | "annex"
            | "annexes"
            | "enclosure"
            | "enclosures"
            | "attachments"
    ) && !lower.chars().any(|c| c.is_ascii_digit())
}

/// The title after an appendix label: "Appendix A: Joint Review Action Plan."
fn appendix_title(text: &str, after: usize) -> Option<String> {
    let rest = text.get(after..)?;
    let rest = rest.trim_start_matches([':', '-', '–', '—', ' ', '\t', '*']);
    let title = plain(rest);
    let title = title.trim().trim_end_matches('.').trim();
    (!title.is_empty()).then(|| title.to_string())
}

/// `Section 2: Report`, `Part B – Exempt information`.
fn section_label(input: &str) -> IResult<&str, (&str, &str)> {
    let (rest, _) = alt((tag_no_case("section"), tag_no_case("part"))).parse(input)?;
    let (rest, _) = space1(rest)?;
    let (rest, number) =
        take_while1(|c: char| c.is_ascii_alphanumeric() && c != '_').parse(rest)?;
    if number.len() > 4 {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::TooLarge,
        )));
    }
    let (rest, _) = space0(rest)?;
    let (rest, _) = alt((tag(":"), tag("."), tag("–"), tag("-"), tag("—"))).parse(rest)?;
    let (title, _) = space0(rest)?;
    let title = title.trim_end();
    if title.is_empty() {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Eof,
        )));
    }
    Ok(("", (number, title)))
}

/// `<!-- paperlint: allow(rule-a, rule-b) -->` or `allow-file(...)`.
fn suppression(input: &str) -> IResult<&str, (SuppressionScope, Vec<&str>)> {
    let (rest, _) = (
        tag("<!--"),
        multispace0,
        tag_no_case("paperlint"),
        space0,
        char(':'),
        space0,
    )
        .parse(input)?;
    let (rest, scope) = alt((
        tag("allow-file").map(|_| SuppressionScope::File),
        tag("allow").map(|_| SuppressionScope::Next),
    ))
    .parse(rest)?;
    let (rest, rules) = delimited(
        (space0, char('(')),
        separated_list0(
            (space0, char(','), space0),
            delimited(
                space0,
                take_while1(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                space0,
            ),
        ),
        char(')'),
    )
    .parse(rest)?;
    let (rest, _) = (space0, take_until("-->"), tag("-->")).parse(rest)?;
    Ok((rest, (scope, rules)))
}

#[cfg(test)]
mod tests;
