//! What a part's XML is read into: paragraphs with their runs (as
//! segments: text, tabs, breaks, tracked-change and comment marks), tables,
//! text boxes, notes, and the run properties they refer to.

use super::RevisionKind;

#[derive(Debug, Default, Clone)]
pub(super) struct RunProps {
    pub(super) bold: Option<bool>,
    pub(super) caps: Option<bool>,
    pub(super) style: Option<String>,
    pub(super) superscript: bool,
    pub(super) hidden: bool,
    /// In a Wingdings font: its letters are ticks, crosses and boxes.
    pub(super) symbols: Option<SymbolFont>,
}

pub(crate) use crate::symbols::SymbolFont;

/// How a symbol font shows what a run types in it (see [`SymbolFont`]).
impl SymbolFont {
    /// What a reader sees for `c` typed in a run in this font: a font
    /// code (`0x00`–`0xFF`, or its `F0xx` private-use form) is the font's
    /// glyph, a tick or box as [`SymbolFont::map`] reads it; any other
    /// character is not in the font and Word shows it as itself (a tick
    /// that a `w:sym` in the same run was already read as, a typed `☒`).
    pub(super) fn shown(self, c: char) -> Option<char> {
        match c as u32 {
            0..=0xFF | 0xF000..=0xF0FF => self.map(c),
            _ => Some(c),
        }
    }
}

#[derive(Debug)]
pub(super) enum Seg {
    Text {
        text: String,
        run: usize,
        rev: Option<usize>,
    },
    Tab {
        rev: Option<usize>,
    },
    Break,
    PageBreak,
    RenderedPageBreak,
    /// A tracked change at a point (a deletion, a formatting change).
    Mark(usize),
    CommentStart(String),
    CommentEnd(String),
    CommentRef(String),
    /// Where a content control still showing its placeholder begins and
    /// ends, by its id in [`Built::placeholders`] (`part#n`).
    PlaceholderStart(String),
    PlaceholderEnd(String),
    /// A footnote's or endnote's reference mark, by the note's id.
    NoteRef {
        endnote: bool,
        id: String,
    },
}

#[derive(Debug, Default)]
pub(super) struct Para {
    pub(super) index: usize,
    pub(super) style: Option<String>,
    pub(super) num_id: Option<String>,
    pub(super) ilvl: Option<u8>,
    /// Its own outline level (`w:outlineLvl`), over its style's.
    pub(super) outline: Option<u8>,
    pub(super) page_break_before: bool,
    /// The paragraph mark is a tracked deletion: accepted, the paragraph
    /// joins the next one.
    pub(super) mark_deleted: bool,
    pub(super) segs: Vec<Seg>,
    /// Text boxes anchored in it.
    pub(super) boxes: Vec<Block>,
}

#[derive(Debug)]
pub(super) enum Block {
    Para(Para),
    Table(Table),
}

#[derive(Debug, Default)]
pub(super) struct Table {
    pub(super) rows: Vec<Row>,
}

#[derive(Debug, Default)]
pub(super) struct Row {
    pub(super) cells: Vec<Vec<Block>>,
    /// Per cell: it continues the cell above (`w:vMerge` without
    /// `restart`), one taller cell in Word.
    pub(super) merged_up: Vec<bool>,
    pub(super) deleted: bool,
    /// A tracked insertion or deletion of the whole row.
    pub(super) rev: Option<usize>,
}

#[derive(Debug)]
pub(super) struct RevisionDraft {
    pub(super) kind: RevisionKind,
    pub(super) author: Option<String>,
    pub(super) deleted: String,
}

/// A content control still showing its placeholder text ("Choose an
/// item.", "Click or tap here to enter text.", a template's own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct PlaceholderDraft {
    /// Its id in the marks (`word/document.xml#3`).
    pub(super) id: String,
    /// Its title (`w:alias`) or tag, if any.
    pub(super) title: Option<String>,
}

/// A footnote or endnote: its id, its blocks and the revisions in it.
#[derive(Debug)]
pub(super) struct NoteDraft {
    pub(super) id: String,
    pub(super) blocks: Vec<Block>,
    pub(super) revisions: std::ops::Range<usize>,
}

/// The page headers the document's first section shows: the first
/// `w:sectPr` in document order ends the first section (in the last
/// paragraph's properties, or the body's own when there is one section).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct FirstSection {
    /// Its `w:headerReference`s: (type, relationship id).
    pub(super) headers: Vec<(String, String)>,
    /// A different first-page header (`w:titlePg`).
    pub(super) title_page: bool,
}

pub(super) struct Built {
    pub(super) blocks: Vec<Block>,
    /// Run properties, indexed by `Seg::Text::run`.
    pub(super) props: Vec<RunProps>,
    pub(super) rendered_breaks: bool,
    /// The first section's header settings, if the part has a `w:sectPr`.
    pub(super) first_section: Option<FirstSection>,
    /// The notes of a footnotes or endnotes part.
    pub(super) notes: Vec<NoteDraft>,
    /// Content controls showing their placeholder.
    pub(super) placeholders: Vec<PlaceholderDraft>,
    /// The part ended with elements still open (cut off).
    pub(super) truncated: bool,
}
