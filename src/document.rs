//! The document model: everything the parser found in a paper.
//!
//! Every node carries a [`Span`]: a byte range into the text the parser was
//! given (see [`crate::source::SourceFile::text`]). Markup the parser looks
//! through (`**bold**`, `<sup>`, table pipes, tabs) never shifts a span; the
//! normalised value (a heading's plain title, a field's cleaned key) is kept
//! beside the span of the text it came from.
//!
//! Collections are flat arenas in document order; the section tree refers to
//! its children and paragraphs by index, so rules can walk either the tree or
//! the flat lists without recursion.

use std::fmt;

/// A byte range `start..end` into the parsed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub(crate) fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} runs backwards");
        Span { start, end }
    }

    /// An empty span at `pos`.
    pub(crate) fn empty(pos: usize) -> Self {
        Span {
            start: pos,
            end: pos,
        }
    }

    /// Whether the span covers no bytes.
    pub(crate) fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub(crate) fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether `other` lies within this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers in `text`.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Index of a [`Section`] in [`Document::sections`].
pub(crate) type SectionId = usize;
/// Index of a [`Paragraph`] in [`Document::paragraphs`].
pub(crate) type ParagraphId = usize;
/// Index of a [`Part`] in [`Document::parts`].
pub(crate) type PartId = usize;

/// What the parser found in one paper.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The paper's title line, where one stands out before the body.
    pub(crate) title: Option<TextItem>,
    /// Header fields (`Key: value`, bold keys, two-column tables, key lines).
    pub fields: Vec<Field>,
    /// Meetings the paper goes to, from a forward timetable.
    pub(crate) meetings: Vec<Meeting>,
    /// All headings, in document order; the tree is `roots` + `children`.
    pub sections: Vec<Section>,
    /// Top-level sections.
    pub(crate) roots: Vec<SectionId>,
    /// Every paragraph, list item and plain block, in document order.
    pub paragraphs: Vec<Paragraph>,
    /// Numbered parts: numbering restarts at 1 begin a new part.
    pub(crate) parts: Vec<Part>,
    /// Tables (tab-separated, pipe, HTML).
    pub tables: Vec<Table>,
    /// Mentions of paragraphs, appendices and annexes.
    pub references: Vec<Reference>,
    /// Appendices and annexes the paper declares (lists, headings, fields).
    pub(crate) appendices: Vec<AppendixDecl>,
    /// The lists of appendices read (`Appendices` and the entries under it).
    pub(crate) appendix_lists: Vec<AppendixList>,
    /// Rows of an implications tick-box or Yes/No table.
    pub implications: Vec<Implication>,
    /// Every date found in the text.
    pub dates: Vec<DateMention>,
    /// Inline `<!-- paperlint: allow(...) -->` comments.
    pub(crate) suppressions: Vec<Suppression>,
    /// Lines of page furniture read as blank lines (a page number, a
    /// running header or footer at a page break of `pdftotext`'s text):
    /// a paragraph running on over a page break holds them in its span,
    /// but they are none of its words.
    pub(crate) furniture: Vec<Span>,
    /// Offset of each line's first byte, and of the empty line after a
    /// final line break: what line numbers are counted from.
    pub(crate) line_starts: Vec<usize>,
}

impl Document {
    /// The byte span of each line of `text` (the text this document was
    /// read from), without its line break, from [`Document::line_starts`].
    pub(crate) fn line_spans<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Span> + 'a {
        self.line_starts.iter().enumerate().map(move |(i, &start)| {
            let end = self.line_starts.get(i + 1).map_or(text.len(), |&next| next);
            let line = text[start..end].trim_end_matches('\n');
            let line = line.strip_suffix('\r').unwrap_or(line);
            Span::new(start, start + line.len())
        })
    }

    /// The innermost section whose span holds byte `pos`.
    pub(crate) fn section_at(&self, pos: usize) -> Option<SectionId> {
        // Sections are in document order and nest: the innermost one
        // holding `pos` is the last to start before it, or one of that
        // one's parents.
        let last = self
            .sections
            .partition_point(|s| s.heading.start <= pos)
            .checked_sub(1)?;
        let mut at = Some(last);
        while let Some(s) = at {
            if pos < self.sections[s].span.end {
                return Some(s);
            }
            at = self.sections[s].parent;
        }
        None
    }
}

/// A piece of text with its normalised value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextItem {
    /// The text with markup removed and white space folded.
    pub text: String,
    /// Where it stands in the source.
    pub span: Span,
}

/// A header field such as `**WARDS AFFECTED:**` or `Key Decision<TAB>No`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The key as written, without markup or the trailing colon.
    pub key: String,
    pub key_span: Span,
    /// The value, without markup; empty for an empty field.
    pub value: String,
    /// Span of the value; an empty span just after the key when there is none.
    pub value_span: Span,
    /// The whole field.
    pub span: Span,
}

impl Field {
    /// Whether the field has no value.
    pub(crate) fn is_empty(&self) -> bool {
        self.value.trim().is_empty()
    }
}

/// A meeting the paper goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    /// The committee's name as written.
    pub(crate) name: String,
    pub(crate) name_span: Span,
    /// The meeting date, where one was given.
    pub(crate) date: Option<DateMention>,
}

/// How a heading was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeadingStyle {
    /// `### Title` or `### **Title**`.
    Atx,
    /// A whole line in bold: `**PURPOSE**`.
    Bold,
    /// A numbered title: `1. Purpose of Report`.
    Numbered,
    /// `Section 2: Report`.
    SectionLabel,
    /// A line in capitals: `REVIEW OF JOINT REVIEW ACTION PLAN`.
    Capitals,
    /// A short title-case line standing alone: `Financial Implications`.
    Standalone,
}

/// A heading and everything under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Plain title: markup, numbering and trailing colon removed.
    pub title: String,
    /// Span of the title text within the heading line.
    pub title_span: Span,
    /// The heading's number as written, e.g. `4` or `2` of `Section 2`.
    pub(crate) number: Option<String>,
    /// Nesting depth, 1 for top level.
    pub level: u8,
    pub(crate) style: HeadingStyle,
    /// The heading line(s).
    pub heading: Span,
    /// From the heading to the end of its last descendant's content.
    pub span: Span,
    /// Paragraphs directly under this heading (not under a child heading).
    pub(crate) paragraphs: Vec<ParagraphId>,
    /// Child sections.
    pub(crate) children: Vec<SectionId>,
    pub(crate) parent: Option<SectionId>,
    /// The numbered part the heading belongs to.
    pub(crate) part: PartId,
}

/// How a paragraph's number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberStyle {
    /// `1.`, `1.1`, `3.2.1`, `(1)`.
    Decimal,
    /// `(a)`, `b)`.
    Letter,
    /// `ii)`, `(iv)`.
    Roman,
}

/// A paragraph number such as `4.3`, `(1)`, `ii)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParaNumber {
    /// Normalised label: `4.3`, `1`, `a`, `ii`.
    pub label: String,
    pub(crate) style: NumberStyle,
    /// Numeric value of each level: `4.3` → `[4, 3]`; `ii` → `[2]`; `b` → `[2]`.
    pub(crate) values: Vec<u32>,
    /// Whether it was written in brackets: `(1)`, `(a)`.
    pub(crate) parenthesised: bool,
    /// The number as written (without bullet or trailing markup).
    pub span: Span,
}

/// What kind of block a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParagraphKind {
    /// Carries a number: `3. Members will be aware...`, `- 1.1 ...`, `(2) ...`.
    Numbered,
    /// A bullet: `-`, `•`, `◆`.
    Bullet,
    /// Plain running text.
    Plain,
}

/// A paragraph, list item or block of running text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub(crate) kind: ParagraphKind,
    pub number: Option<ParaNumber>,
    /// The whole paragraph, continuation lines included.
    pub span: Span,
    /// The text after the marker.
    pub text: Span,
    /// Leading white space before the marker, in columns.
    pub(crate) indent: usize,
    /// The heading it stands under.
    pub(crate) section: Option<SectionId>,
    pub(crate) part: PartId,
    /// An item of a list numbered from 1 again inside running numbers,
    /// which the running numbers do not count: the recommendations
    /// numbered 1 to 3 under "2. Recommendations", before paragraph 3.
    pub(crate) own_list: bool,
}

/// A run of numbering: the cover report, an attached action plan, an appendix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Part {
    /// Where the part begins and ends.
    pub(crate) span: Span,
    /// The heading that introduces it, where there is one.
    pub(crate) title: Option<String>,
}

/// How a table was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TableKind {
    Tab,
    Pipe,
    Html,
    /// Lined up with spaces between lines of dashes (Pandoc's simple and
    /// multiline tables).
    Spaced,
}

/// A table: rows of cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub(crate) kind: TableKind,
    pub span: Span,
    pub rows: Vec<Row>,
    pub(crate) section: Option<SectionId>,
}

/// One row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub(crate) span: Span,
    pub cells: Vec<Cell>,
}

impl Row {
    /// Takes in a line that carries this row on (a wrapped cell, a row an
    /// HTML cell spans): the row's span grows over `span`, and each of
    /// `cells` joins the cell above it from column `from` on: an empty
    /// cell is replaced, text is added after a space, and a cell past the
    /// row's last is added.
    pub(crate) fn carry_on(&mut self, span: Span, cells: Vec<Cell>, from: usize) {
        self.span = self.span.cover(span);
        for (n, c) in cells.into_iter().enumerate() {
            match self.cells.get_mut(from + n) {
                Some(above) if above.text.is_empty() => *above = c,
                Some(above) => {
                    if !c.text.is_empty() {
                        above.text = format!("{} {}", above.text, c.text);
                        above.span = above.span.cover(c.span);
                    }
                }
                None => self.cells.push(c),
            }
        }
    }
}

/// One cell: its trimmed text span, markup included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub span: Span,
    /// The cell's text without markup.
    pub text: String,
}

/// What a reference points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReferenceKind {
    Paragraph,
    Appendix,
    Annex,
    Recommendation,
}

impl ReferenceKind {
    /// The word a reader would use.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ReferenceKind::Paragraph => "paragraph",
            ReferenceKind::Appendix => "appendix",
            ReferenceKind::Annex => "annex",
            ReferenceKind::Recommendation => "recommendation",
        }
    }
}

/// A mention of a paragraph, appendix, annex or recommendation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub kind: ReferenceKind,
    /// The target as normalised: `4.3`, `B`, `1`.
    pub target: String,
    /// For a range `3.39 to 3.49`, the far end.
    pub(crate) range_end: Option<String>,
    /// For `Appendix 1, Annex B`, the appendix the annex is in.
    pub(crate) within: Option<String>,
    /// The reference as written, cue word included (`paragraph 4.3`).
    pub span: Span,
    /// The target's own text (`4.3`).
    pub target_span: Span,
    /// Followed by "of"/"to" + another document: not ours to check.
    pub(crate) external: bool,
    /// The lettered or roman item cited under the paragraph or
    /// recommendation: `d` for "recommendation 2.1(d)" (target `2.1`).
    pub(crate) item: Option<String>,
    /// The run-in label that opens a recommendation ("Recommendation 3:
    /// That the Council …", "5.2 Recommendation 3: …"): the recommendation
    /// itself, not a citation of it.
    pub(crate) labels: bool,
    /// The paragraph it stands in, if any.
    pub(crate) paragraph: Option<ParagraphId>,
    /// The numbered part it stands in.
    pub(crate) part: PartId,
    /// The numbered part it points into, when it names one of this paper's
    /// own parts: "paragraph 1.2 of Annex A" (the part Annex A's heading
    /// begins), "paragraphs 3.1 to 3.3 of the Supporting Information".
    pub(crate) in_part: Option<PartId>,
}

/// Where an appendix was declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AppendixSource {
    /// A line in an Appendices section: `Appendix A: Joint Review Action Plan`.
    List,
    /// A heading attached to the paper: `Appendix 2 – Consultation responses`.
    Heading,
    /// A header field such as `Enclosures`.
    Field,
    /// Running text: "attached as Appendix 2".
    Text,
    /// A line in an Appendices list that the list itself marks as not
    /// attached (`Appendix F – Financial advice` / `NO` in a column of
    /// YES/NO marks): the appendix exists but is not in the bundle.
    Unattached,
    /// Running text that says the appendix is withheld from the bundle:
    /// "Appendix 2 is in Part 2", "the confidential Appendix 1", "Appendix
    /// C (to follow)". It exists but is not in the bundle, and the text
    /// names it without listing it.
    Withheld,
}

/// An appendix or annex the paper says it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AppendixDecl {
    pub(crate) kind: ReferenceKind,
    /// `A`, `1`.
    pub(crate) label: String,
    /// For an annex inside an appendix.
    pub(crate) within: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) span: Span,
    pub(crate) source: AppendixSource,
}

/// A list of appendices: the line that names it and the lines it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AppendixList {
    /// The list line, numbering and markup removed: `Use of Appendices`;
    /// `None` for entries in sequence with no list line over them.
    pub(crate) title: Option<String>,
    /// The list line (empty, at the first entry, when there is none).
    pub(crate) heading: Span,
    /// From the list line to the end of its last entry.
    pub(crate) span: Span,
    /// How many entries it has (each is an [`AppendixDecl`] from a list).
    pub(crate) entries: usize,
}

/// The value of one implications table entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    Ticked,
    Unticked,
    Yes,
    No,
}

impl Mark {
    /// Whether the entry says the implication applies.
    pub(crate) fn applies(self) -> bool {
        matches!(self, Mark::Ticked | Mark::Yes)
    }

    /// The mark as a word.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Mark::Ticked => "ticked",
            Mark::Unticked => "unticked",
            Mark::Yes => "yes",
            Mark::No => "no",
        }
    }
}

/// One entry of an implications tick-box or Yes/No table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Implication {
    pub name: String,
    pub(crate) name_span: Span,
    pub(crate) mark: Mark,
    pub(crate) mark_span: Span,
    /// The "paragraph references" cell, if the table has one.
    pub(crate) refs: Option<TextItem>,
    pub span: Span,
    pub(crate) table: usize,
    /// The answer to a checklist question that heads its own section
    /// ("Are there any legal implications? No", the officer's comments
    /// under it), not a table's row.
    pub(crate) asked: bool,
}

/// How precisely a date was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Precision {
    Day,
    Month,
}

/// A calendar date as written, to the precision written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateValue {
    /// `None` when the text gives no year ("17th September").
    pub(crate) year: Option<i32>,
    pub(crate) month: u8,
    /// `None` for month precision.
    pub(crate) day: Option<u8>,
    /// For a month range (`Jan / Feb '04`, `Oct-Dec '03`), the last month.
    pub(crate) end_month: Option<u8>,
}

impl DateValue {
    /// How precise the date is.
    pub(crate) fn precision(&self) -> Precision {
        if self.day.is_some() {
            Precision::Day
        } else {
            Precision::Month
        }
    }

    /// Whether the day exists in that month (31 February does not).
    pub(crate) fn is_valid(&self) -> bool {
        let Some(day) = self.day else {
            return (1..=12).contains(&self.month);
        };
        let Ok(month) = time::Month::try_from(self.month) else {
            return false;
        };
        // Without a year, accept 29 February.
        let year = self.year.unwrap_or(2000);
        day >= 1 && day <= month.length(year)
    }

    /// ISO 8601: `2005-02-03`, `2003-10`, `--09-17` (no year).
    pub fn iso(&self) -> String {
        match (self.year, self.day) {
            (Some(y), Some(d)) => format!("{y:04}-{:02}-{d:02}", self.month),
            (Some(y), None) => format!("{y:04}-{:02}", self.month),
            (None, Some(d)) => format!("--{:02}-{d:02}", self.month),
            (None, None) => format!("--{:02}", self.month),
        }
    }

    /// The earliest calendar day the date can mean.
    pub(crate) fn first_day(&self) -> Option<time::Date> {
        let month = time::Month::try_from(self.month).ok()?;
        time::Date::from_calendar_date(self.year?, month, self.day.unwrap_or(1)).ok()
    }

    /// The latest calendar day the date can mean.
    pub(crate) fn last_day(&self) -> Option<time::Date> {
        let year = self.year?;
        let last_month = self.end_month.unwrap_or(self.month);
        let month = time::Month::try_from(last_month).ok()?;
        let day = match self.day {
            Some(d) if self.end_month.is_none() => d,
            _ => month.length(year),
        };
        time::Date::from_calendar_date(year, month, day).ok()
    }
}

/// A date found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    pub value: DateValue,
}

/// Whether a suppression covers the next block or the whole file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SuppressionScope {
    /// `allow(...)`: the next block.
    Next,
    /// `allow-file(...)`: the whole file.
    File,
}

/// An inline `<!-- paperlint: allow(rule-id, ...) -->` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Suppression {
    pub(crate) scope: SuppressionScope,
    /// Rule ids as written, with their spans.
    pub(crate) rules: Vec<TextItem>,
    /// The comment.
    pub(crate) span: Span,
    /// What it silences: the next block, or the whole text.
    pub(crate) covers: Span,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_validity_knows_month_lengths() {
        let d = |year, month, day| DateValue {
            year,
            month,
            day,
            end_month: None,
        };
        assert!(d(Some(2024), 2, Some(29)).is_valid());
        assert!(!d(Some(2023), 2, Some(29)).is_valid());
        assert!(!d(Some(2024), 2, Some(31)).is_valid());
        assert!(!d(Some(2024), 13, None).is_valid());
        assert!(d(None, 2, Some(29)).is_valid());
    }

    #[test]
    fn month_precision_spans_the_whole_month() {
        let v = DateValue {
            year: Some(2005),
            month: 1,
            day: None,
            end_month: None,
        };
        assert_eq!(v.iso(), "2005-01");
        assert_eq!(v.first_day().unwrap().to_string(), "2005-01-01");
        assert_eq!(v.last_day().unwrap().to_string(), "2005-01-31");
        let range = DateValue {
            year: Some(2003),
            month: 10,
            day: None,
            end_month: Some(12),
        };
        assert_eq!(range.last_day().unwrap().to_string(), "2003-12-31");
    }
}
