//! The builder: walks the classified lines once, in order, and builds the
//! [`Document`]. Its methods are split by what they build (one file each).

use super::*;

mod blocks;
mod finish;
mod headings;
mod margin_numbers;
mod nested_outline;
mod number_tables;
mod outline;
mod paragraphs;
mod rows;
pub(super) mod shapes;
mod text;

use shapes::*;
use text::title_key;

/// Where each line starts, as [`Document::line_starts`] has them.
fn line_starts(text: &str, lines: &[Line<'_>]) -> Vec<usize> {
    let mut starts: Vec<usize> = lines.iter().map(|l| l.start).collect();
    if starts.is_empty() || text.ends_with('\n') {
        starts.push(text.len());
    }
    starts
}

/// A list numbered 1., 2., 3. that starts again straight under a
/// recommendations title in a paper whose paragraphs run in one sequence
/// ("1. Purpose of the report", "2. Recommendations", "1. That the plan
/// is approved", "2. That …", then "3. The Local Plan is …"). Whether it
/// is the recommendations' own list or the start of a new part (an
/// appendix numbered from 1) shows only in the number after it: the
/// running number's next (3 after 2) makes it the list; anything else a
/// restart, as before.
struct OwnList {
    /// The running number before the list.
    running: u32,
    /// The least value the list's next item may have.
    next: u32,
    /// The list's highest value.
    max: u32,
    /// The list's items.
    items: Vec<ParagraphId>,
    /// Where a new part would begin at its first item, with its title.
    part_start: (usize, Option<String>),
}

pub(super) struct Builder<'t, 'l> {
    text: &'t str,
    lines: &'l [Line<'t>],
    /// The council's words the paper is read with.
    vocab: &'l Vocabulary,
    /// Each line's shape; an item's marker is taken out when it is used.
    kinds: &'l mut [LineKind],
    pub(super) doc: Document,
    /// Open sections, innermost last.
    stack: Vec<SectionId>,
    /// Whether each section's title names a list of appendices
    /// (`is_appendix_list`), by section id.
    appendix_lists: Vec<bool>,
    /// Still before the first body heading or numbered paragraph.
    preamble: bool,
    /// Whether the paper opens with a short body's name (`KINLOCHRAY
    /// COUNCIL`) read as a heading that leaves the preamble open.
    title_block: bool,
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
    /// Whether the last counted top-level number was written otherwise
    /// than closed by a bracket (`25.`, `25`, not `25)`).
    top_not_closed: bool,
    /// In a list numbered `1)`, `2)` inside running numbering written
    /// `25.`: the value its next item would have (or more).
    closed_list_next: Option<u32>,
    /// Start of the first heading after the last counted number.
    heading_after_number: Option<(usize, SectionId)>,
    /// A list numbered from 1 again straight under a recommendations
    /// title, inside running numbers, until the number after it shows
    /// whether the running numbers go on (see [`OwnList`]).
    own_list: Option<OwnList>,
    /// Where each part after the first begins, with its title.
    part_starts: Vec<(usize, Option<String>)>,
    /// Whether the last counted number was a sub-paragraph (`4.1`) with no
    /// heading since.
    after_sub_paragraph: bool,
    /// Fields the front sheet lays out over several lines (see `front_sheet`).
    pub(super) front: front_sheet::FrontSheet,
    /// The next front-sheet entry to place.
    front_next: usize,
    /// The line after the last front-sheet field placed: its value has
    /// ended there as at a blank line (`CONTACT OFFICER:` / a name /
    /// `PURPOSE OF REPORT`, with no blank line before the heading).
    front_ended: usize,
    /// Tables lined up with spaces (see `spaced`), in line order.
    pub(super) spaced: Vec<spaced::SpacedTable>,
    /// The next of them to place.
    spaced_next: usize,
    /// Tables written one cell per line whose rows are numbered (see
    /// `number_tables`): their first and last lines, in line order.
    number_tables: Vec<(usize, usize)>,
    /// Text struck out by tracked deletions (see `pandoc_marks`): no date
    /// or reference is read in it.
    deleted: Vec<Span>,
    /// Headings numbered 1, 2, 3 … over unnumbered prose (see `outline`):
    /// each one's line and its title's last line, in line order.
    title_outline: Vec<(usize, usize)>,
    /// Section titles at the margin over lists nested under them, whose
    /// items Word numbered N.1, N.2 … (see `nested_outline`).
    nested_outline: nested_outline::NestedOutline,
}

impl<'t, 'l> Builder<'t, 'l> {
    pub(super) fn new(
        text: &'t str,
        lines: &'l [Line<'t>],
        kinds: &'l mut [LineKind],
        vocab: &'l Vocabulary,
    ) -> Self {
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
            vocab,
            kinds,
            doc: Document {
                paragraphs: Vec::with_capacity(lines.len() / 2),
                line_starts: line_starts(text, lines),
                ..Document::default()
            },
            stack: Vec::new(),
            appendix_lists: Vec::new(),
            preamble: true,
            title_block: false,
            open: None,
            last_closed: None,
            decimal_outline,
            under_section_labels: false,
            min_atx,
            part_max_top: 0,
            top_not_closed: false,
            closed_list_next: None,
            heading_after_number: None,
            own_list: None,
            part_starts: Vec::new(),
            after_sub_paragraph: false,
            front: front_sheet::FrontSheet::default(),
            front_next: 0,
            front_ended: usize::MAX,
            spaced: Vec::new(),
            spaced_next: 0,
            number_tables: Vec::new(),
            deleted: Vec::new(),
            title_outline: Vec::new(),
            nested_outline: nested_outline::NestedOutline::default(),
        }
    }

    pub(super) fn run(&mut self) {
        self.deleted = crate::parse::pandoc_marks::deletions(self.text);
        self.doc.dates = dates::find_dates(self.text, 0);
        // "[3 March]{.deletion …}[10 March]{.insertion …}": the paper
        // says the date it will say once its changes are accepted.
        if !self.deleted.is_empty() {
            let deleted = &self.deleted;
            self.doc
                .dates
                .retain(|d| !deleted.iter().any(|s| s.contains(d.span)));
        }
        self.number_tables = self.find_number_tables();
        self.title_outline = self.find_title_outline();
        self.nested_outline = self.find_nested_outline();
        self.promote_margin_numbers();
        let mut i = 0;
        while i < self.lines.len() {
            if let Some(next) = self.front_entry(i) {
                i = next;
                continue;
            }
            // A line the front sheet went on past ("OFFICIAL" between two
            // fields): a line of text of its own, no heading.
            if !self.front.passed.is_empty() && self.front.passed.binary_search(&i).is_ok() {
                let line = self.lines[i];
                let span = line.content_span();
                self.add_paragraph(ParagraphKind::Plain, None, span, span, line.indent);
                self.close_paragraph();
                i += 1;
                continue;
            }
            if self.in_number_table(i) {
                i = self.number_table_line(i);
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
                LineKind::SpacedRow => self.spaced_table(i),
                LineKind::Atx { level, title } => {
                    self.atx(i, *level, *title);
                    i + 1
                }
                LineKind::Item(_) if self.is_table_value(i) || self.is_wrapped_number(i) => {
                    // "771.9" among other figures: a table cell extracted
                    // one per line, not paragraph 771.9; "2.5 FTE officers"
                    // carrying on the sentence above.
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
        self.front_ended = next;
        self.close_paragraph();
        self.last_closed = None;
        self.extend_section(field.span.end);
        self.doc.fields.push(field);
        Some(next)
    }

    // ----- helpers on lines -------------------------------------------------

    pub(super) fn is_blank_at(&self, i: usize) -> bool {
        i >= self.lines.len() || matches!(self.kinds[i], LineKind::Blank | LineKind::Rule)
    }

    /// A blank line, a rule, a comment, or the start of the text before line `i`.
    pub(super) fn stands_after_break(&self, i: usize) -> bool {
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
    /// text beside it, and a figure that ends a line of running text
    /// wrapped before it (`…for 2026 to` / `2036.`) is no cell, nor is a
    /// number closed by a dot after the last figure of a table found
    /// whole (see `number_tables`: `Total` / `13.66` / `6.` / its text).
    pub(super) fn is_table_value(&self, i: usize) -> bool {
        let content = self.lines[i].content();
        if !is_figure(content) {
            return false;
        }
        let closed = content.trim_end().ends_with('.');
        // The nearest line that is not blank (nor a page footer), up to
        // three lines away.
        let figure_at = |j: usize| {
            (!matches!(self.kinds[j], LineKind::Blank)).then(|| {
                is_figure(self.lines[j].content())
                    && !self.ends_wrapped_prose(j)
                    && !(closed && self.in_number_table(j))
            })
        };
        let before = (i.saturating_sub(3)..i).rev().find_map(figure_at);
        let after = (i + 1..(i + 4).min(self.lines.len())).find_map(figure_at);
        (before == Some(true) || after == Some(true)) && !self.carries_on_outline(i)
    }

    /// Whether line `j` carries on the line of running text straight above
    /// it, which has no sentence end (`communities on draft priorities for
    /// 2026 to` / `2036.`): a line of eight words or more, where a table
    /// extracted one cell per line has short labels.
    fn ends_wrapped_prose(&self, j: usize) -> bool {
        j > 0
            && matches!(self.kinds[j - 1], LineKind::Text)
            && runs_on(self.lines[j - 1].content())
            && word_count(&plain(self.lines[j - 1].content())) >= 8
    }

    /// Whether line `i`, a number alone after a table's last figure, is
    /// the outline's next number (4.3 after paragraph 4.2, 7 after 6, 5.0
    /// after 4.3) with
    /// a paragraph's or a heading's text after it: a sentence of eight
    /// words or more, or a title in capitals. A table's last value that
    /// happens to be the next number has another cell or the real number
    /// after it.
    fn carries_on_outline(&self, i: usize) -> bool {
        let Some(mut n) = lone_number(self.lines[i].content()) else {
            return false;
        };
        // A section's number written with a zero (`5.0` after 4.3).
        if let [top, 0] = n[..] {
            n = vec![top];
        }
        if !self
            .running_number()
            .is_some_and(|last| is_next_number(&last, &n))
        {
            return false;
        }
        let Some(j) = (i + 1..(i + 4).min(self.lines.len())).find(|&j| !self.is_blank_at(j)) else {
            return false;
        };
        if !matches!(self.kinds[j], LineKind::Text) {
            return false;
        }
        let flat = plain(self.lines[j].content());
        let flat = flat.trim();
        let sentence = word_count(flat) >= 8 && flat.starts_with(char::is_uppercase);
        let title = is_capitals(flat) && (2..=12).contains(&word_count(flat));
        (sentence || title) && !is_figure(flat)
    }

    /// Whether line `i`, opening with a decimal number, is a line of
    /// running text hard-wrapped before a figure ("The team has" / "2.5 FTE
    /// officers", "(paragraph" / "7.3 of the Framework", "a further" / "0.4
    /// million"): the line above carries on an open paragraph and ends with
    /// no sentence end, and the number breaks the running sequence (see
    /// [`breaks_sequence`]). A duplicate, a small skip or a restart at 1
    /// stays a number: better a true numbering finding than silence.
    pub(super) fn is_wrapped_number(&self, i: usize) -> bool {
        let LineKind::Item(m) = &self.kinds[i] else {
            return false;
        };
        let Some(n) = m.number.as_ref() else {
            return false;
        };
        if m.bullet.is_some()
            || n.style != NumberStyle::Decimal
            || n.parenthesised
            || self.open.is_none()
            || i == 0
            || !matches!(self.kinds[i - 1], LineKind::Text)
            || !runs_on(self.lines[i - 1].content())
        {
            return false;
        }
        // After a list under a sub-paragraph (3.3, then rows 1 to 5), a
        // number carries on the list (6) or the outline (3.4): it breaks
        // the sequence only when it carries on neither.
        let breaks = |last: Option<Vec<u32>>| last.is_some_and(|l| breaks_sequence(&l, &n.values));
        breaks(self.running_number()) && breaks(self.outline_number())
    }

    /// The outline's last counted number: after a sub-paragraph with a
    /// list numbered 1, 2, … under it (items the outline does not count,
    /// such as a table's numbered rows), the sub-paragraph's (3.3, not the
    /// list's 5); otherwise the [`running_number`](Self::running_number).
    fn outline_number(&self) -> Option<Vec<u32>> {
        self.after_sub_paragraph
            .then(|| self.last_sub_paragraph())
            .flatten()
            .or_else(|| self.running_number())
    }

    /// The last decimal number of the outline so far, a paragraph's or a
    /// numbered heading's, whichever came later.
    pub(super) fn running_number(&self) -> Option<Vec<u32>> {
        let para = self.doc.paragraphs.iter().rev().find_map(|p| {
            let n = p.number.as_ref()?;
            (n.style == NumberStyle::Decimal && !n.parenthesised)
                .then(|| (p.span.start, n.values.clone()))
        });
        let heading = self.doc.sections.iter().rev().find_map(|s| {
            let values: Option<Vec<u32>> = s
                .number
                .as_deref()?
                .split('.')
                .map(|v| v.parse().ok())
                .collect();
            Some((s.heading.start, values?))
        });
        match (para, heading) {
            (Some(p), Some(h)) => Some(if h.0 > p.0 { h.1 } else { p.1 }),
            (p, h) => p.or(h).map(|x| x.1),
        }
    }

    pub(super) fn next_is_item(&self, i: usize) -> bool {
        matches!(self.kinds.get(i + 1), Some(LineKind::Item(_)))
    }
}
