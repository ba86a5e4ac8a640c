//! Reading published PDFs (`.pdf`) as text the parser reads unchanged.
//!
//! A PDF has no paragraphs or headings, only glyphs placed on pages.
//! paperlint reads them with `lopdf` (`extract`: lines by baseline, read
//! top to bottom, a tab at a column gap), drops the page furniture
//! ([`furniture`]: running headers and footers, page numbers, agenda item
//! banners) and joins what is left:
//!
//! ```text
//! PDF                                   text paperlint parses
//! ───────────────────────────────────   ───────────────────────────────
//! a line of glyphs                      one line
//! a gap of more than ~1.6 lines         a blank line (paragraph spacing)
//! a gap of more than ~1.2 em in a line  a tab (table cells, "Key⇥value")
//! a new page                            a form feed before its first line
//!                                         (as pdftotext writes it)
//! furniture                             removed (kept in [`PdfInfo`])
//! ligatures ﬁ ﬂ ﬀ ﬃ ﬄ                   fi fl ff ffi ffl
//! soft hyphen, zero-width space         removed
//! text at an angle (watermarks)         left out
//! ```
//!
//! **Spans.** Furniture is *removed*, not blanked: a paragraph that runs
//! over a page break reads on, unbroken by a footer, as in the printed
//! paper. Spans are byte offsets into this text (what `paperlint tree
//! --text` prints); [`PdfInfo`] maps any offset to its page, and keeps
//! the furniture removed from each page.
//!
//! Hyphenation is not undone: a word broken at a line end ("co-" /
//! "operation") stays broken, as pdftotext leaves it, since a hyphen at a
//! line end is as often part of the word.
//!
//! **Safety.** A PDF is untrusted input. `lopdf` caps object nesting and
//! each stream's decompressed size when loading ([`Limits::stream`]);
//! paperlint also caps the content it decompresses across the whole
//! document, the pages, the drawing operations it runs and how deep form
//! XObjects nest. A password-protected PDF (one that needs a password to
//! open; an owner password alone does not stop reading) or a damaged one
//! is refused with a message. As a last resort the whole read runs under
//! `catch_unwind`, so a panic inside `lopdf` on a malformed file becomes
//! an error for that file, not the end of the run.

pub use error::PdfError;

mod error;
mod extract;
pub mod furniture;
pub mod pack;

/// Limits on what one PDF may make paperlint read.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The most any one stream may decompress to when loading.
    pub stream: usize,
    /// Content decompressed across all pages (and their forms).
    pub decompressed: usize,
    pub pages: usize,
    /// Content-stream operators run across all pages.
    pub operations: usize,
    /// Form XObjects drawn inside form XObjects.
    pub form_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            stream: 32 * 1024 * 1024,
            decompressed: 128 * 1024 * 1024,
            pages: 5_000,
            operations: 20_000_000,
            form_depth: 8,
        }
    }
}

/// The magic a PDF starts with (after at most [`MAGIC_WITHIN`] bytes).
pub(crate) const MAGIC: &[u8] = b"%PDF-";

/// How far into the file the magic may be (viewers allow junk before it).
pub(crate) const MAGIC_WITHIN: usize = 1024;

/// Whether `bytes` start as a PDF does.
pub(crate) fn looks_like_pdf(bytes: &[u8]) -> bool {
    memchr::memmem::find(&bytes[..bytes.len().min(MAGIC_WITHIN + MAGIC.len())], MAGIC).is_some()
}

/// Where the text of a PDF came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfInfo {
    /// Each page, in order.
    pub pages: Vec<PdfPage>,
    /// Pages of the PDF before the first of these (for one item of an
    /// agenda pack: the pack's pages before it), so pages are numbered as
    /// the PDF numbers them.
    pub first_page: usize,
}

/// One page of the PDF in the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfPage {
    /// Offset in the text where the page's lines start.
    pub start: usize,
    /// The furniture removed from the page, top to bottom.
    pub furniture: Vec<String>,
}

impl PdfInfo {
    /// The 1-based page that `pos` in the text is on.
    pub fn page(&self, pos: usize) -> usize {
        self.pages.partition_point(|p| p.start <= pos).max(1) + self.first_page
    }

    /// The pages from `range` of the text, as the text `range` covers
    /// them: one item of an agenda pack.
    pub fn slice(&self, pages: std::ops::Range<usize>, start: usize) -> PdfInfo {
        PdfInfo {
            pages: self.pages[pages.clone()]
                .iter()
                .map(|p| PdfPage {
                    start: p.start - start,
                    furniture: p.furniture.clone(),
                })
                .collect(),
            first_page: self.first_page + pages.start,
        }
    }

    /// Where `pos` is, in words: "page 4".
    pub fn describe(&self, pos: usize) -> String {
        format!("page {}", self.page(pos))
    }
}

/// Reads a PDF into text and its pages. The error says why not, in words
/// for the author.
pub(crate) fn read_pdf(bytes: &[u8], limits: &Limits) -> Result<(String, PdfInfo), PdfError> {
    if !looks_like_pdf(bytes) {
        return Err(PdfError::NotPdf);
    }
    // lopdf is written not to panic, but a PDF is hostile input: a panic on
    // one malformed file must not end the run.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pages(bytes, limits))) {
        Ok(Ok(pages)) => Ok(assemble(&pages)),
        Ok(Err(e)) => Err(e),
        Err(_) => Err(PdfError::Panicked),
    }
}

/// Each page's lines.
fn pages(bytes: &[u8], limits: &Limits) -> Result<Vec<Vec<extract::Line>>, PdfError> {
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(limits.stream),
        ..Default::default()
    };
    let doc = lopdf::Document::load_mem_with_options(bytes, options).map_err(load_error)?;
    if doc.is_encrypted() && doc.encryption_state.is_none() {
        return Err(PdfError::PasswordProtected);
    }
    let ids: Vec<lopdf::ObjectId> = doc.page_iter().take(limits.pages + 1).collect();
    if ids.len() > limits.pages {
        return Err(PdfError::TooManyPages {
            limit: limits.pages,
        });
    }
    if ids.is_empty() {
        return Err(PdfError::NoPages);
    }
    let mut decompressed = 0;
    let mut operations = 0;
    let mut reader = extract::PageReader::new(&doc, limits, &mut decompressed, &mut operations);
    ids.iter().map(|&id| reader.read(id)).collect()
}

fn load_error(e: lopdf::Error) -> PdfError {
    match e {
        lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_) => PdfError::PasswordProtected,
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => {
            PdfError::StreamTooLarge
        }
        e => PdfError::Damaged(e),
    }
}

/// A vertical gap, in font sizes, above which a blank line is written.
const PARAGRAPH_GAP: f32 = 1.6;

/// The size of the body text: the size most of the characters are in.
fn body_size(pages: &[Vec<extract::Line>]) -> f32 {
    let mut by_size: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    for line in pages.iter().flatten() {
        *by_size
            .entry((line.size * 10.0).round() as u32)
            .or_default() += line.text.len();
    }
    by_size
        .into_iter()
        .max_by_key(|&(size, n)| (n, std::cmp::Reverse(size)))
        .map_or(0.0, |(size, _)| size as f32 / 10.0)
}

/// Joins the pages' lines into text, furniture removed.
fn assemble(pages: &[Vec<extract::Line>]) -> (String, PdfInfo) {
    let texts: Vec<Vec<&str>> = pages
        .iter()
        .map(|lines| lines.iter().map(|l| l.text.as_str()).collect())
        .collect();
    let marks = furniture::find(&texts);
    let body = body_size(pages);
    let mut text = String::new();
    let mut info = PdfInfo::default();
    for (p, lines) in pages.iter().enumerate() {
        let mut page = PdfPage {
            start: text.len(),
            furniture: Vec::new(),
        };
        let mut previous: Option<&extract::Line> = None;
        for (line, furniture) in lines.iter().zip(&marks[p]) {
            if *furniture {
                page.furniture.push(line.text.clone());
                continue;
            }
            match previous {
                None if p > 0 && !text.is_empty() => {
                    // A page break: a paragraph may run on over it.
                    text.push('\u{c}');
                }
                Some(prev) if prev.y - line.y > PARAGRAPH_GAP * prev.size.max(line.size) => {
                    text.push('\n');
                }
                Some(prev)
                    if prev.size > body + 0.5
                        && (prev.size - line.size).abs() < 0.3
                        && !line.text.contains('\t')
                        && !prev.text.contains('\t') =>
                {
                    // A heading in a larger type wrapped onto a second line:
                    // one heading, as the author wrote it.
                    text.pop();
                    text.push(' ');
                }
                _ => {}
            }
            text.push_str(&line.text);
            text.push('\n');
            previous = Some(line);
        }
        info.pages.push(page);
    }
    (text, info)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, y: f32) -> extract::Line {
        extract::Line {
            text: text.to_string(),
            y,
            size: 10.0,
        }
    }

    #[test]
    fn pages_join_with_form_feeds_blank_lines_at_gaps_and_no_furniture() {
        let pages = vec![
            vec![
                line("Cabinet", 800.0),
                line("1. Purpose", 700.0),
                line("1.1 This", 650.0),
                line("report", 638.0),
                line("Page 1 of 2", 50.0),
            ],
            vec![
                line("Cabinet", 800.0),
                line("asks.", 700.0),
                line("Page 2 of 2", 50.0),
            ],
        ];
        let (text, info) = assemble(&pages);
        assert_eq!(text, "1. Purpose\n\n1.1 This\nreport\n\u{c}asks.\n");
        assert_eq!(info.page(0), 1);
        assert_eq!(info.page(text.find("asks").unwrap()), 2);
        assert_eq!(info.pages[1].furniture, ["Cabinet", "Page 2 of 2"]);
    }

    #[test]
    fn not_a_pdf_is_refused() {
        let err = read_pdf(b"hello", &Limits::default()).unwrap_err();
        assert!(matches!(err, PdfError::NotPdf), "{err}");
        assert!(err.to_string().contains("%PDF-"), "{err}");
        let err = read_pdf(b"%PDF-1.7\n garbage", &Limits::default()).unwrap_err();
        assert!(matches!(err, PdfError::Damaged(_)), "{err}");
        assert!(err.to_string().contains("damaged"), "{err}");
    }
}
