//! Rendering blocks as the text the parser reads, keeping where each
//! Word paragraph, tracked change and comment landed.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::blocks::{Block, Built, Para, PlaceholderDraft, RevisionDraft, RunProps, Seg, Table};
use super::numbering::{NumState, Numbering};
use super::styles::{outline_heading, Styles};
use super::{Comment, DocxInfo, DocxParagraph, DocxPart, Placeholder, Revision, MAX_TABLE_NESTING};
use crate::document::Span;

/// Characters of rendered text taken as one page when the document records
/// no page breaks of its own (about 500 words).
const CHARS_PER_PAGE: usize = 3000;

pub(super) struct Renderer<'a> {
    pub(super) styles: &'a Styles,
    /// Run properties of the part being rendered.
    pub(super) props: Vec<RunProps>,
    pub(super) numbering: &'a Numbering,
    pub(super) nums: NumState,
    pub(super) text: String,
    pub(super) paragraphs: Vec<DocxParagraph>,
    pub(super) part: DocxPart,
    /// Text span of each revision, as far as seen.
    pub(super) rev_spans: Vec<Option<Span>>,
    /// Revisions of a header not shown (a repeat of another).
    pub(super) dropped: Vec<bool>,
    pub(super) comment_starts: HashMap<String, usize>,
    pub(super) comment_spans: HashMap<String, Span>,
    pub(super) comment_refs: HashMap<String, usize>,
    /// Open headings: (level, title); bold paragraphs count as level 7.
    pub(super) headings: Vec<(u8, String)>,
    pub(super) use_rendered_breaks: bool,
    /// Pages begun by breaks so far (1-based page = this + 1).
    pub(super) breaks: usize,
    /// Text offset of the last explicit page break, for estimated pages.
    pub(super) break_at: usize,
    /// The footnotes and endnotes parts, read where they are cited.
    pub(super) notes: [Option<Built>; 2],
    /// Notes cited in the block being rendered: (endnote, id).
    pub(super) cited: Vec<(bool, String)>,
    /// Notes already read, and how many of each kind.
    pub(super) notes_read: HashSet<(bool, String)>,
    pub(super) note_count: [usize; 2],
    /// Where content controls showing their placeholder start and end.
    pub(super) placeholder_starts: HashMap<String, usize>,
    pub(super) placeholder_spans: HashMap<String, Span>,
}

/// A rendered paragraph before it is placed in the text.
pub(super) struct Rendered {
    pub(super) text: String,
    /// Text offset, within `text`, of each segment (`segs[i]` → start, end).
    pub(super) positions: Vec<(usize, usize)>,
    pub(super) heading: Option<(u8, String)>,
}

/// How a paragraph's content is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// A line of its own.
    Line,
    /// Inside a table cell: breaks and tabs are spaces, no markup.
    Cell,
}

impl<'a> Renderer<'a> {
    pub(super) fn new(styles: &'a Styles, numbering: &'a Numbering, revisions: usize) -> Self {
        Renderer {
            styles,
            props: Vec::new(),
            numbering,
            nums: NumState::default(),
            text: String::new(),
            paragraphs: Vec::new(),
            part: DocxPart::Body,
            rev_spans: vec![None; revisions],
            dropped: vec![false; revisions],
            comment_starts: HashMap::new(),
            comment_spans: HashMap::new(),
            comment_refs: HashMap::new(),
            headings: Vec::new(),
            use_rendered_breaks: false,
            breaks: 0,
            break_at: 0,
            notes: [None, None],
            cited: Vec::new(),
            notes_read: HashSet::new(),
            note_count: [0, 0],
            placeholder_starts: HashMap::new(),
            placeholder_spans: HashMap::new(),
        }
    }

    /// The footnotes and endnotes parts, in that order.
    pub(super) fn set_notes(&mut self, notes: [Option<Built>; 2]) {
        self.notes = notes;
    }

    /// Reads the notes the last body block cited, each once, after it:
    /// a footnote's text stands after the paragraph that cites it (Word
    /// puts it at the foot of that page), so what it cites counts.
    pub(super) fn notes_cited(&mut self) {
        for (endnote, id) in std::mem::take(&mut self.cited) {
            if !self.notes_read.insert((endnote, id.clone())) {
                continue;
            }
            let k = usize::from(endnote);
            let Some(mut part) = self.notes[k].take() else {
                continue;
            };
            if let Some(note) = part.notes.iter().find(|n| n.id == id) {
                self.note_count[k] += 1;
                let number = self.note_count[k];
                let outer = std::mem::replace(&mut self.part, DocxPart::Note { endnote, number });
                std::mem::swap(&mut self.props, &mut part.props);
                let nums = std::mem::take(&mut self.nums);
                let headings = self.headings.clone();
                // Nested one level: its own citations are not read again.
                self.blocks(&note.blocks, 1);
                self.headings = headings;
                self.nums = nums;
                std::mem::swap(&mut self.props, &mut part.props);
                self.part = outer;
            }
            self.notes[k] = Some(part);
        }
        self.cited.clear();
    }

    /// Notes no body paragraph cites are not read: their tracked changes
    /// are not reported.
    pub(super) fn drop_uncited_notes(&mut self) {
        for (k, part) in self.notes.iter().enumerate() {
            let Some(part) = part else { continue };
            for note in &part.notes {
                if !self.notes_read.contains(&(k == 1, note.id.clone())) {
                    for i in note.revisions.clone() {
                        if let Some(d) = self.dropped.get_mut(i) {
                            *d = true;
                        }
                    }
                }
            }
        }
    }

    pub(super) fn begin_part(&mut self, part: DocxPart, props: Vec<RunProps>) {
        self.part = part;
        self.props = props;
        self.nums = NumState::default();
        self.headings.clear();
        self.breaks = 0;
        self.break_at = self.text.len();
    }

    /// After dropping text from `len` on: keep every recorded position inside.
    pub(super) fn clamp_positions(&mut self, len: usize) {
        let clamp = |s: &mut Span| {
            s.start = s.start.min(len);
            s.end = s.end.min(len);
        };
        self.rev_spans.iter_mut().flatten().for_each(clamp);
        self.comment_spans.values_mut().for_each(clamp);
        self.comment_starts
            .values_mut()
            .for_each(|p| *p = (*p).min(len));
        self.comment_refs
            .values_mut()
            .for_each(|p| *p = (*p).min(len));
        // A dropped header's controls are not in the text.
        self.placeholder_starts.retain(|_, p| *p < len);
        self.placeholder_spans.retain(|_, s| s.start < len);
    }

    pub(super) fn page(&self) -> usize {
        if self.use_rendered_breaks {
            self.breaks + 1
        } else {
            self.breaks + 1 + (self.text.len() - self.break_at) / CHARS_PER_PAGE
        }
    }

    pub(super) fn heading_path(&self) -> Option<String> {
        if self.headings.is_empty() {
            return None;
        }
        Some(
            self.headings
                .iter()
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join(" > "),
        )
    }

    /// Records that Word paragraph `index` renders from here on; returns
    /// where in the text it starts.
    fn start_paragraph(&mut self, index: usize) -> usize {
        let start = self.text.len();
        self.paragraphs.push(DocxParagraph {
            start,
            index,
            part: self.part,
            page: self.page(),
            heading: self.heading_path(),
        });
        start
    }

    /// Starts a block on a new line, a blank line after the last one.
    pub(super) fn begin_block(&mut self) {
        if !self.text.is_empty() {
            while !self.text.ends_with("\n\n") {
                self.text.push('\n');
            }
        }
    }

    pub(super) fn blocks(&mut self, blocks: &[Block], nesting: usize) {
        for block in blocks {
            match block {
                Block::Para(p) => {
                    self.blocks(&p.boxes, nesting);
                    self.para(p);
                }
                Block::Table(t) => self.table(t, nesting),
            }
            if nesting == 0 && self.part == DocxPart::Body && !self.cited.is_empty() {
                self.notes_cited();
            }
        }
    }

    pub(super) fn para(&mut self, p: &Para) {
        self.page_breaks_before(p);
        // A table of contents repeats the headings with page numbers after
        // tabs, which would read as a table of header fields.
        let style = self.styles.para_style(p.style.as_deref());
        if self.styles.is_toc(style) {
            self.place_empty(p);
            return;
        }
        let Some(r) = self.render(p, Mode::Line) else {
            self.place_empty(p);
            return;
        };
        if let Some((level, title)) = &r.heading {
            while self.headings.last().is_some_and(|(l, _)| l >= level) {
                self.headings.pop();
            }
            self.headings.push((*level, title.clone()));
        }
        self.begin_block();
        let base = self.start_paragraph(p.index);
        self.text.push_str(&r.text);
        self.place(p, &r.positions, base);
        self.page_breaks_in(p);
    }

    pub(super) fn page_breaks_before(&mut self, p: &Para) {
        if p.page_break_before && !self.use_rendered_breaks {
            self.breaks += 1;
            self.break_at = self.text.len();
        }
        // A page Word broke before the paragraph's first text.
        for seg in &p.segs {
            match seg {
                Seg::RenderedPageBreak if self.use_rendered_breaks => self.breaks += 1,
                Seg::Text { .. } | Seg::Tab { .. } => break,
                _ => {}
            }
        }
    }

    pub(super) fn page_breaks_in(&mut self, p: &Para) {
        let mut seen_text = false;
        for seg in &p.segs {
            match seg {
                Seg::Text { .. } | Seg::Tab { .. } => seen_text = true,
                Seg::RenderedPageBreak if self.use_rendered_breaks && seen_text => self.breaks += 1,
                Seg::PageBreak if !self.use_rendered_breaks => {
                    self.breaks += 1;
                    self.break_at = self.text.len();
                }
                _ => {}
            }
        }
    }

    /// Records the marks of blocks not shown (a deleted row) at `at`.
    pub(super) fn place_hidden(&mut self, blocks: &[Block], at: usize, nesting: usize) {
        if nesting >= MAX_TABLE_NESTING {
            return;
        }
        for block in blocks {
            match block {
                Block::Para(p) => {
                    self.place_hidden(&p.boxes, at, nesting);
                    let positions = vec![(0, 0); p.segs.len()];
                    self.place(p, &positions, at);
                }
                Block::Table(t) => {
                    for row in &t.rows {
                        for cell in &row.cells {
                            self.place_hidden(cell, at, nesting + 1);
                        }
                    }
                }
            }
        }
    }

    /// Records the marks of a paragraph with nothing to show.
    pub(super) fn place_empty(&mut self, p: &Para) {
        let at = self.text.len();
        let positions = vec![(0, 0); p.segs.len()];
        self.place(p, &positions, at);
        self.page_breaks_in(p);
    }

    /// Records where revisions and comments fell, `base` being where the
    /// paragraph's rendering starts.
    pub(super) fn place(&mut self, p: &Para, positions: &[(usize, usize)], base: usize) {
        for (seg, &(s, e)) in p.segs.iter().zip(positions) {
            let span = Span::new(base + s, base + e);
            match seg {
                Seg::Text { rev: Some(r), .. } | Seg::Tab { rev: Some(r) } => {
                    self.cover_rev(*r, span)
                }
                Seg::Mark(r) => self.cover_rev(*r, span),
                Seg::CommentStart(id) => {
                    self.comment_starts.entry(id.clone()).or_insert(span.start);
                }
                Seg::CommentEnd(id) => {
                    let start = self
                        .comment_starts
                        .get(id)
                        .copied()
                        .unwrap_or(span.start)
                        .min(span.start);
                    self.comment_spans
                        .entry(id.clone())
                        .or_insert(Span::new(start, span.start));
                }
                Seg::CommentRef(id) => {
                    self.comment_refs.entry(id.clone()).or_insert(span.start);
                }
                Seg::PlaceholderStart(id) => {
                    self.placeholder_starts
                        .entry(id.clone())
                        .or_insert(span.start);
                }
                Seg::PlaceholderEnd(id) => {
                    if let Some(&start) = self.placeholder_starts.get(id) {
                        self.placeholder_spans
                            .entry(id.clone())
                            .or_insert(Span::new(start.min(span.start), span.start));
                    }
                }
                Seg::NoteRef { endnote, id } if self.part == DocxPart::Body => {
                    self.cited.push((*endnote, id.clone()));
                }
                _ => {}
            }
        }
    }

    pub(super) fn cover_rev(&mut self, r: usize, span: Span) {
        if let Some(slot) = self.rev_spans.get_mut(r) {
            *slot = Some(match *slot {
                Some(s) => s.cover(span),
                None => span,
            });
        }
    }

    pub(super) fn run_bold(&self, run: &RunProps) -> Option<bool> {
        run.bold.or_else(|| self.styles.bold(run.style.as_deref()))
    }

    /// Renders a paragraph: its number, its content, markup; `None` when
    /// it shows nothing.
    pub(super) fn render(&mut self, p: &Para, mode: Mode) -> Option<Rendered> {
        let styles = self.styles;
        let style = styles.para_style(p.style.as_deref());
        let named = if mode == Mode::Line {
            styles.heading_level(style)
        } else {
            None
        };
        // A custom heading style known only by its outline level (or a
        // paragraph given one directly): a heading when it reads as a
        // title, since numbered body-paragraph styles carry outline
        // levels too, for Word's navigation pane.
        let outline = match (mode, named) {
            (Mode::Line, None) => match p.outline {
                Some(lvl) => outline_heading(lvl),
                None => styles.outline_level(style),
            },
            _ => None,
        };
        let para_bold = styles.bold(style).or(styles.default_bold);
        let para_caps = styles.caps(style).or(styles.default_caps);

        // The number, from the paragraph or its style.
        let (num_id, ilvl) = match (&p.num_id, p.ilvl) {
            (Some(n), i) => (Some(n.clone()), i),
            (None, i) => match styles.numbering(style) {
                Some((n, si, sid)) => {
                    // A level may name the style: that is its level.
                    let from_level = self.numbering.abstract_of(&n, styles).and_then(|(_, a)| {
                        a.levels.iter().position(|l| {
                            l.as_ref().and_then(|l| l.pstyle.as_deref()) == Some(&sid)
                        })
                    });
                    (Some(n), i.or(si).or(from_level.map(|l| l as u8)))
                }
                None => (None, i),
            },
        };
        let label = match num_id.as_deref() {
            Some("0") | None => None,
            Some(n) => self
                .nums
                .next(n, ilvl.unwrap_or(0) as usize, self.numbering, styles),
        };

        // The content, with each segment's position in it.
        let soft_break = match (mode, named.or(outline)) {
            (Mode::Line, None) => "\n",
            _ => " ",
        };
        let mut content = String::new();
        let mut positions = Vec::with_capacity(p.segs.len());
        let mut all_bold = true;
        let mut explicit_bold = true;
        let mut any_text = false;
        let mut has_tab = false;
        let no_props = RunProps::default();
        for seg in &p.segs {
            let start = content.len();
            match seg {
                Seg::Text { text, run, .. } => {
                    let props = self.props.get(*run).unwrap_or(&no_props);
                    if props.hidden {
                        positions.push((start, start));
                        continue;
                    }
                    let caps = props
                        .caps
                        .or_else(|| styles.caps(props.style.as_deref()))
                        .or(para_caps)
                        .unwrap_or(false);
                    let shown: Cow<'_, str> = if let Some(font) = props.symbols {
                        Cow::Owned(text.chars().filter_map(|c| font.shown(c)).collect())
                    } else if caps {
                        Cow::Owned(text.to_uppercase())
                    } else {
                        Cow::Borrowed(text)
                    };
                    if !shown.trim().is_empty() {
                        any_text = true;
                        let direct = self.run_bold(props);
                        if !direct.or(para_bold).unwrap_or(false) {
                            all_bold = false;
                        }
                        if direct != Some(true) {
                            explicit_bold = false;
                        }
                    }
                    if props.superscript && !shown.trim().is_empty() {
                        content.push_str("<sup>");
                        content.push_str(&shown);
                        content.push_str("</sup>");
                    } else {
                        content.push_str(&shown);
                    }
                }
                Seg::Tab { .. } => {
                    if self.part == DocxPart::Header {
                        // A page header's tabs align its pieces to the
                        // centre and right tab stops ("Title<TAB>OFFICIAL"):
                        // not a label and its value. One space between.
                        if !content.is_empty() && !content.ends_with(char::is_whitespace) {
                            content.push(' ');
                        }
                    } else if mode == Mode::Line {
                        has_tab = true;
                        content.push('\t');
                    } else {
                        content.push(' ');
                    }
                }
                Seg::Break => content.push_str(soft_break),
                _ => {}
            }
            positions.push((start, content.len()));
        }
        if !any_text && label.is_none() {
            return None;
        }

        // Trim the content, keeping positions inside it.
        let lead = content.len() - content.trim_start().len();
        let kept_end = content.trim_end().len().max(lead);
        let content_trimmed = &content[lead..kept_end];
        let plain_title = content_trimmed
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let words = plain_title.split(' ').filter(|w| !w.is_empty()).count();
        let title_like = words <= 12 && !plain_title.ends_with('.');
        let heading = named.or(outline.filter(|_| title_like && any_text));
        // A heading's title in the path, with its number.
        let titled = |label: &Option<super::numbering::Label>| match label {
            Some(l) => format!("{} {plain_title}", l.text),
            None => plain_title.clone(),
        };

        let mut prefix = String::new();
        let mut suffix = "";
        let heading_out;
        match heading {
            Some(level) => {
                prefix.push_str(&"#".repeat(level as usize));
                prefix.push(' ');
                let bold = any_text && explicit_bold;
                if bold {
                    prefix.push_str("**");
                    suffix = "**";
                }
                if let Some(l) = &label {
                    prefix.push_str(&l.text);
                    prefix.push(' ');
                }
                heading_out = Some((level, titled(&label)));
            }
            None => {
                if let Some(l) = &label {
                    let nests = l.bullet || l.own_level_only;
                    if nests && mode == Mode::Line {
                        prefix.push_str(&"  ".repeat(l.ilvl));
                    }
                }
                let wrap = mode == Mode::Line
                    && any_text
                    && all_bold
                    && !has_tab
                    && words <= 60
                    && !content_trimmed.contains("**");
                match (&label, wrap) {
                    (Some(l), true) if title_like && !l.bullet => {
                        prefix.push_str("**");
                        prefix.push_str(&l.text);
                        prefix.push(' ');
                        suffix = "**";
                    }
                    (Some(l), true) => {
                        prefix.push_str(&l.text);
                        prefix.push_str(" **");
                        suffix = "**";
                    }
                    (Some(l), false) => {
                        prefix.push_str(&l.text);
                        prefix.push(' ');
                    }
                    (None, true) => {
                        prefix.push_str("**");
                        suffix = "**";
                    }
                    (None, false) => {}
                }
                // Bold short lines and bold numbered titles head what follows.
                // (Not a bold label ending in a colon: that is a field.)
                heading_out = (wrap
                    && title_like
                    && words <= 16
                    && mode == Mode::Line
                    && !plain_title.ends_with(':'))
                .then(|| (7, titled(&label)));
            }
        }
        let mut text = prefix;
        let at = text.len();
        text.push_str(content_trimmed);
        text.push_str(suffix);
        let text = if content_trimmed.is_empty() {
            text.trim_end().to_string()
        } else {
            text
        };
        let len = text.len();
        let positions = positions
            .into_iter()
            .map(|(s, e)| {
                let map = |o: usize| (at + o.clamp(lead, kept_end) - lead).min(len);
                (map(s), map(e))
            })
            .collect();
        Some(Rendered {
            text,
            positions,
            heading: heading_out,
        })
    }

    pub(super) fn table(&mut self, t: &Table, nesting: usize) {
        if nesting >= MAX_TABLE_NESTING {
            return;
        }
        self.begin_block();
        // Whether the last row was written as a line of cells.
        let mut previous_line = false;
        for row in &t.rows {
            if row.deleted {
                let at = self.text.len();
                if let Some(r) = row.rev {
                    self.cover_rev(r, Span::empty(at));
                }
                for cell in &row.cells {
                    self.place_hidden(cell, at, nesting + 1);
                }
                continue;
            }
            if row.cells.len() == 1 {
                // A one-column table: a box around paragraphs.
                self.blocks(&row.cells[0], nesting + 1);
                self.begin_block();
                previous_line = false;
                continue;
            }
            // A row whose cells all continue the ones above (merged down)
            // but the last: in a label | value table, more of the value
            // above ("Contact officer | name" then "| phone, e-mail").
            let n = row.cells.len();
            let continues = n >= 2
                && row.merged_up.len() == n
                && row.merged_up[..n - 1].iter().all(|&m| m)
                && !row.merged_up[n - 1]
                && previous_line;
            if continues {
                let row_start = self.text.len();
                self.text.push(' ');
                self.cell(&row.cells[n - 1], nesting + 1);
                if let Some(r) = row.rev {
                    self.cover_rev(r, Span::new(row_start, self.text.len()));
                }
                continue;
            }
            if !self.text.is_empty() && !self.text.ends_with('\n') {
                self.text.push('\n');
            }
            let row_start = self.text.len();
            previous_line = true;
            for (i, cell) in row.cells.iter().enumerate() {
                if i > 0 {
                    self.text.push('\t');
                }
                self.cell(cell, nesting + 1);
            }
            if let Some(r) = row.rev {
                self.cover_rev(r, Span::new(row_start, self.text.len()));
            }
        }
        self.begin_block();
    }

    /// A cell's paragraphs on one line, joined by spaces.
    pub(super) fn cell(&mut self, blocks: &[Block], nesting: usize) {
        let mut first = true;
        for block in blocks {
            match block {
                Block::Para(p) => {
                    self.cell(&p.boxes, nesting);
                    self.page_breaks_before(p);
                    match self.render(p, Mode::Cell) {
                        Some(r) => {
                            if !first {
                                self.text.push(' ');
                            }
                            first = false;
                            let base = self.start_paragraph(p.index);
                            self.text.push_str(&r.text.replace('\t', " "));
                            self.place(p, &r.positions, base);
                            self.page_breaks_in(p);
                        }
                        None => self.place_empty(p),
                    }
                }
                Block::Table(t) => {
                    if nesting >= MAX_TABLE_NESTING {
                        continue;
                    }
                    for row in t.rows.iter().filter(|r| !r.deleted) {
                        for cell in &row.cells {
                            if !first {
                                self.text.push(' ');
                            }
                            first = false;
                            self.cell(cell, nesting + 1);
                        }
                    }
                }
            }
        }
    }

    pub(super) fn finish(
        mut self,
        drafts: Vec<RevisionDraft>,
        comment_texts: Vec<(String, Option<String>, String)>,
        placeholder_drafts: Vec<PlaceholderDraft>,
    ) -> (String, DocxInfo) {
        // One line end at the end, no trailing blank lines.
        let trimmed = self.text.trim_end_matches('\n').len();
        self.text.truncate(trimmed);
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        let len = self.text.len();
        let clampspan = |s: Span| Span::new(s.start.min(len), s.end.min(len));
        let mut revisions: Vec<Revision> = drafts
            .into_iter()
            .zip(&self.rev_spans)
            .zip(&self.dropped)
            .filter(|(_, &dropped)| !dropped)
            .map(|((d, span), _)| Revision {
                kind: d.kind,
                span: clampspan(span.unwrap_or(Span::empty(0))),
                author: d.author,
                deleted: d.deleted,
            })
            .collect();
        revisions.sort_by_key(|r| (r.span.start, r.span.end));
        let mut comments: Vec<Comment> = comment_texts
            .into_iter()
            .map(|(id, author, text)| {
                let span = self
                    .comment_spans
                    .get(&id)
                    .copied()
                    .or_else(|| self.comment_starts.get(&id).map(|&s| Span::empty(s)))
                    .or_else(|| self.comment_refs.get(&id).map(|&s| Span::empty(s)))
                    .unwrap_or(Span::empty(0));
                Comment {
                    span: clampspan(span),
                    author,
                    text,
                }
            })
            .collect();
        comments.sort_by_key(|c| (c.span.start, c.span.end));
        let text = &self.text;
        let mut placeholders: Vec<Placeholder> = placeholder_drafts
            .into_iter()
            .filter_map(|d| {
                let span = clampspan(*self.placeholder_spans.get(&d.id)?);
                // The control's text, without the blank lines after it.
                let shown = text[span.start..span.end].trim_end();
                let span = Span::new(span.start, span.start + shown.len());
                (!shown.trim().is_empty()).then_some(Placeholder {
                    span,
                    title: d.title,
                })
            })
            .collect();
        placeholders.sort_by_key(|p| (p.span.start, p.span.end));
        let info = DocxInfo {
            paragraphs: self.paragraphs,
            revisions,
            comments,
            placeholders,
            pages_estimated: !self.use_rendered_breaks,
        };
        (self.text, info)
    }
}
