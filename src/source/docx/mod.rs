//! Reading Word drafts (`.docx`) as text the parser reads unchanged.
//!
//! A `.docx` is a zip of XML parts. paperlint reads `word/document.xml` (and
//! the headers, styles, numbering and comments beside it) and renders it as
//! Markdown-ish text, so every rule works on Word drafts as on text ones:
//!
//! ```text
//! Word                                    rendered text
//! ─────────────────────────────────────   ─────────────────────────────────
//! paragraph                               one line, a blank line after it
//! soft line break (Shift+Enter)           a new line in the same paragraph
//! Heading 1..6 / Title style              `#`..`######` line (`### **X**` when
//!   (style names, localised ones,           the runs are bold by direct
//!   and `w:basedOn` chains)                 formatting, as Word converters write)
//! paragraph whose runs are all bold       `**text**` (up to 60 words; not with tabs)
//! automatic numbering (numbering.xml)     the number Word shows: `4.3 text`,
//!                                           `(a) text`, `- text` for bullets
//! superscript run                         `<sup>th</sup>`
//! Wingdings tick, cross or box            `✓`, `✗`, `☐`, `☑`, `☒`
//! table row                               cells joined by tabs, one line a row
//!                                           (a one-column table: its paragraphs)
//! text box                                its paragraphs, before the anchor's
//! page header (page 1's: the first        its paragraphs, before the body;
//!   section's first-page or default one)    its tabs (alignment) as spaces
//! footnote, endnote                       its paragraphs after the paragraph
//!                                           (or table) that first cites it
//! tracked changes                         as accepted: insertions kept,
//!                                           deletions dropped; both recorded
//! comment                                 recorded with the span it covers
//! content control still showing its       its placeholder text; recorded with
//!   placeholder (`w:showingPlcHdr`)         its span (template-leftover)
//! legacy check box (FORMCHECKBOX)         `☒` (checked) or `☐`
//! ```
//!
//! Beside the text, [`DocxInfo`] maps text offsets back to the Word
//! paragraph (its index, an estimated page and the headings it stands
//! under) and records tracked changes and comments with their spans.
//!
//! **Why not `docx-rs`:** its `read_docx` parses the XML into a model, but
//! the numbers Word displays for automatic numbering and the offsets of the
//! text are what paperlint needs, and it gives neither; rendering them
//! needs the raw events in document order anyway. So the parts are read
//! with `zip` and `quick-xml` directly, in steps, one file each:
//! `package` (the zip, its budget, relationships), `xml` (events),
//! `styles`, `numbering` (and the displayed numbers), `comments`,
//! `build` (a part's XML into paragraphs, runs and tables) and `render`
//! (those into text, with the offset map).
//!
//! **Safety.** A `.docx` is untrusted input. The zip's entry count is
//! capped before its directory is parsed; every part is read through one
//! budget of uncompressed bytes, counting the bytes actually inflated, not
//! the sizes the zip claims; XML nesting is capped; no DTD or external
//! entity is ever resolved (only the five predefined entities and character
//! references). A password-protected document (an OLE compound file) or a
//! corrupt one is refused with a message, never a panic. Rendering recurses
//! only into nested tables, at most `MAX_TABLE_NESTING` deep.
//!
//! Not read: a table of contents (`toc N` styles: it repeats the headings,
//! with page numbers after tabs that would read as header fields), footers
//! (page numbers and file paths, not fields), later sections' page headers
//! (an appendix's running title), notes no paragraph cites, DrawingML shapes other than text boxes, charts, embedded
//! objects, fields' instructions (their displayed results are read).

use std::collections::HashSet;

use crate::document::Span;

pub use error::DocxError;

use blocks::RevisionDraft;
use build::build_blocks;
use comments::parse_comments;
use numbering::Numbering;
use package::{natural_key, part_dir, Package};
use render::Renderer;
use styles::Styles;

/// Limits on what one `.docx` may make paperlint read.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Total uncompressed bytes read from all parts.
    pub uncompressed: u64,
    /// Entries in the zip.
    pub entries: usize,
    /// XML element nesting.
    pub depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            uncompressed: 64 * 1024 * 1024,
            entries: 10_000,
            depth: 256,
        }
    }
}

/// Tables nested in table cells deeper than this are read as nothing.
pub(crate) const MAX_TABLE_NESTING: usize = 32;

/// Where the text of a `.docx` came from, and what Word keeps beside it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocxInfo {
    /// Each rendered Word paragraph, by its start in the text, in order.
    pub paragraphs: Vec<DocxParagraph>,
    /// Tracked changes not yet accepted or rejected, in text order.
    pub revisions: Vec<Revision>,
    /// Comments, in text order.
    pub comments: Vec<Comment>,
    /// Content controls still showing their placeholder, in text order.
    pub placeholders: Vec<Placeholder>,
    /// Whether pages are estimated from the text's length (the document
    /// records no page breaks from Word's last layout).
    pub(crate) pages_estimated: bool,
}

/// Which part of the document a paragraph is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DocxPart {
    Body,
    Header,
    /// A footnote (or endnote), by the number Word shows for it.
    Note {
        endnote: bool,
        number: usize,
    },
}

/// One Word paragraph in the rendered text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxParagraph {
    /// Offset in the text where its rendering starts.
    pub start: usize,
    /// 1-based index among the part's paragraphs (`w:p`), in document
    /// order, empty ones and those in tables included.
    pub(crate) index: usize,
    pub(crate) part: DocxPart,
    /// 1-based page, from Word's last layout or estimated.
    pub(crate) page: usize,
    /// The headings it stands under, outermost first, joined by " > ".
    pub(crate) heading: Option<String>,
}

/// What a tracked change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RevisionKind {
    Insertion,
    Deletion,
    MoveFrom,
    MoveTo,
    Formatting,
}

impl RevisionKind {
    /// The revision a `w:ins`, `w:moveTo`, `w:del` or `w:moveFrom` element
    /// (its local name) records.
    pub(crate) fn of_element(local: &[u8]) -> Option<Self> {
        match local {
            b"ins" => Some(RevisionKind::Insertion),
            b"moveTo" => Some(RevisionKind::MoveTo),
            b"del" => Some(RevisionKind::Deletion),
            b"moveFrom" => Some(RevisionKind::MoveFrom),
            _ => None,
        }
    }

    /// Whether the revision takes text out (read as accepted: skipped).
    pub(crate) fn removes(self) -> bool {
        matches!(self, RevisionKind::Deletion | RevisionKind::MoveFrom)
    }
}

/// A tracked change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub(crate) kind: RevisionKind,
    /// The inserted text; for a deletion, an empty span where it was.
    pub span: Span,
    pub(crate) author: Option<String>,
    /// The deleted or moved-away text (up to 200 characters); empty otherwise.
    pub(crate) deleted: String,
}

/// A Word comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// The text the comment is anchored to (empty when it marks a point).
    pub span: Span,
    pub(crate) author: Option<String>,
    /// The comment's text, paragraphs joined by spaces.
    pub(crate) text: String,
}

/// A content control still showing its placeholder text ("Choose an
/// item.", "Click or tap here to enter text." or a template's own prompt):
/// nothing was chosen or typed in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// The placeholder text shown.
    pub span: Span,
    /// The control's title (`w:alias`) or tag, if it has one.
    pub title: Option<String>,
}

impl DocxInfo {
    /// The Word paragraph that text offset `pos` falls in.
    pub(crate) fn locate(&self, pos: usize) -> Option<&DocxParagraph> {
        let n = self.paragraphs.partition_point(|p| p.start <= pos);
        n.checked_sub(1).map(|i| &self.paragraphs[i])
    }

    /// "paragraph 37 (page ~3), under Background > Finance" for human output.
    pub(crate) fn describe(&self, pos: usize) -> Option<String> {
        let p = self.locate(pos)?;
        let tilde = if self.pages_estimated { "~" } else { "" };
        let mut out = match p.part {
            DocxPart::Body => format!("paragraph {} (page {tilde}{})", p.index, p.page),
            DocxPart::Header => format!("paragraph {} of the page header", p.index),
            DocxPart::Note { endnote, number } => {
                let kind = if endnote { "endnote" } else { "footnote" };
                let number = if endnote {
                    numbering::roman(number as u32)
                } else {
                    number.to_string()
                };
                match p.index {
                    1 => format!("{kind} {number} (page {tilde}{})", p.page),
                    i => format!("paragraph {i} of {kind} {number} (page {tilde}{})", p.page),
                }
            }
        };
        if let Some(h) = &p.heading {
            out.push_str(&format!(", under \u{201c}{h}\u{201d}"));
        }
        Some(out)
    }
}

/// The magic of an OLE compound file: a password-protected `.docx` or an
/// old binary `.doc`.
pub(crate) const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The magic of a zip file.
pub(crate) const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// Reads a `.docx` into rendered text and what Word keeps beside it.
/// The error says why, in words for the author.
pub(crate) fn read_docx(bytes: &[u8], limits: &Limits) -> Result<(String, DocxInfo), DocxError> {
    if bytes.starts_with(OLE_MAGIC) {
        return Err(DocxError::Protected);
    }
    if !bytes.starts_with(ZIP_MAGIC) {
        return Err(DocxError::NotZip);
    }
    // The zip crate allocates for every entry its directory declares; count
    // the central directory signatures first (a bound on the real entries).
    let headers = bytes.windows(4).filter(|w| w == b"PK\x01\x02").count();
    if headers > limits.entries {
        return Err(DocxError::TooManyEntries {
            limit: limits.entries,
        });
    }
    let mut pkg = Package::open(bytes, limits)?;
    let main = pkg.main_document()?;
    let rels = pkg.rels_of(&main)?;
    let find = |suffix: &str| {
        rels.iter()
            .find(|r| r.kind.ends_with(suffix))
            .map(|r| r.target.clone())
    };
    let dir = part_dir(&main);
    let path = find("/styles").unwrap_or_else(|| format!("{dir}styles.xml"));
    let styles = match pkg.read(&path)? {
        Some(xml) => Styles::parse(&xml, &path, limits)?,
        None => Styles::default(),
    };
    let path = find("/numbering").unwrap_or_else(|| format!("{dir}numbering.xml"));
    let numbering = match pkg.read(&path)? {
        Some(xml) => Numbering::parse(&xml, &path, limits)?,
        None => Numbering::default(),
    };
    let comment_texts = match find("/comments") {
        Some(p) => match pkg.read(&p)? {
            Some(xml) => parse_comments(&xml, &p, limits)?,
            None => Vec::new(),
        },
        None => Vec::new(),
    };
    let xml = pkg
        .read(&main)?
        .ok_or_else(|| DocxError::NoMainDocument { part: main.clone() })?;
    if xml.trim().is_empty() {
        return Err(DocxError::EmptyPart { part: main });
    }
    let mut revisions: Vec<RevisionDraft> = Vec::new();
    let body = build_blocks(&xml, &main, limits, &mut revisions)?;
    if body.truncated {
        // Read, it would be half a paper reported as missing its second half.
        return Err(DocxError::Truncated { part: main });
    }
    drop(xml);

    // The page header of the first page: the first section's first-page
    // header when it has one (`w:titlePg`), else its default header. Later
    // sections' headers (an appendix's running title) are not read: they
    // would stand at the top as if they headed the paper. A document that
    // names no section settings gets every header part, in name order.
    let mut headers: Vec<String> = match &body.first_section {
        Some(section) => {
            let kind = if section.title_page {
                "first"
            } else {
                "default"
            };
            section
                .headers
                .iter()
                .filter(|(k, _)| k == kind)
                .filter_map(|(_, id)| {
                    rels.iter()
                        .find(|r| r.id == *id && r.kind.ends_with("/header"))
                })
                .map(|r| r.target.clone())
                .collect()
        }
        None => {
            let mut all: Vec<String> = rels
                .iter()
                .filter(|r| r.kind.ends_with("/header"))
                .map(|r| r.target.clone())
                .collect();
            all.sort_by_key(|h| natural_key(h));
            all
        }
    };
    headers.dedup();
    let mut header_parts = Vec::new();
    for h in &headers {
        if let Some(xml) = pkg.read(h)? {
            let first = revisions.len();
            let built = build_blocks(&xml, h, limits, &mut revisions)?;
            header_parts.push((built, first..revisions.len()));
        }
    }

    // Footnotes and endnotes: each read after the paragraph (or table) of
    // the body that cites it.
    let mut notes = [None, None];
    for (slot, suffix) in notes.iter_mut().zip(["/footnotes", "/endnotes"]) {
        if let Some(path) = find(suffix) {
            if let Some(xml) = pkg.read(&path)? {
                *slot = Some(build_blocks(&xml, &path, limits, &mut revisions)?);
            }
        }
    }

    let placeholders = header_parts
        .iter()
        .map(|(built, _)| built)
        .chain(std::iter::once(&body))
        .chain(notes.iter().flatten())
        .flat_map(|b| b.placeholders.iter().cloned())
        .collect();
    let mut r = Renderer::new(&styles, &numbering, revisions.len());
    r.set_notes(notes);
    r.use_rendered_breaks = body.rendered_breaks;
    let mut seen_headers = HashSet::new();
    for (part, part_revisions) in header_parts {
        let before = r.text.len();
        let paragraphs = r.paragraphs.len();
        r.begin_part(DocxPart::Header, part.props);
        r.blocks(&part.blocks, 0);
        // The same header on first and following pages: read it once.
        let rendered = r.text[before..].trim().to_string();
        if rendered.is_empty() || !seen_headers.insert(rendered) {
            r.text.truncate(before);
            r.paragraphs.truncate(paragraphs);
            r.clamp_positions(before);
            // Its tracked changes repeat the kept header's.
            for i in part_revisions {
                r.dropped[i] = true;
            }
        }
    }
    r.begin_part(DocxPart::Body, body.props);
    r.blocks(&body.blocks, 0);
    r.drop_uncited_notes();
    Ok(r.finish(revisions, comment_texts, placeholders))
}

mod blocks;
mod build;
mod comments;
mod error;
mod numbering;
mod package;
mod render;
mod styles;
#[cfg(test)]
mod tests;
mod xml;
