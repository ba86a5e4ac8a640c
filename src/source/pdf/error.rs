//! Why a PDF cannot be read.

use std::fmt;

/// Why a `.pdf` cannot be read. Its text speaks to the paper's author:
/// what is wrong and, where there is something to do, what.
#[derive(Debug)]
pub enum PdfError {
    /// The bytes do not open with `%PDF-`.
    NotPdf,
    /// `lopdf` panicked on the file (caught).
    Panicked,
    /// It needs a password to open.
    PasswordProtected,
    /// A stream decompresses to more than [`super::Limits::stream`].
    StreamTooLarge,
    /// `lopdf` cannot load it.
    Damaged(lopdf::Error),
    /// It has more pages than [`super::Limits::pages`].
    TooManyPages { limit: usize },
    /// It has no pages.
    NoPages,
    /// The content read across its pages decompresses to more than
    /// [`super::Limits::decompressed`].
    TextTooLarge,
    /// A page's content stream cannot be read.
    PageUnreadable(lopdf::Error),
    /// It runs more drawing operations than [`super::Limits::operations`].
    TooManyOperations,
    /// Read, it has no letters: no text layer.
    NoText,
    /// It has text, but every line of it repeats on every page, so all of
    /// it was taken for running headers and footers.
    OnlyFurniture,
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::NotPdf => f.write_str("it does not start as a PDF does (%PDF-)"),
            PdfError::Panicked => {
                f.write_str("it is damaged (reading it failed inside the PDF library)")
            }
            PdfError::PasswordProtected => f.write_str(
                "it is password-protected; save a copy without the password to check it",
            ),
            PdfError::StreamTooLarge => f.write_str(
                "a stream in it decompresses to more than paperlint reads from one PDF \
                 (a damaged or hostile file)",
            ),
            PdfError::Damaged(e) => write!(f, "it is damaged or not a PDF ({e})"),
            PdfError::TooManyPages { limit } => write!(
                f,
                "it has more than {limit} pages, more than paperlint reads from one PDF"
            ),
            PdfError::NoPages => f.write_str("it has no pages"),
            PdfError::TextTooLarge => {
                f.write_str("its text streams decompress to more than paperlint reads from one PDF")
            }
            PdfError::PageUnreadable(e) => write!(f, "a page's content cannot be read ({e})"),
            PdfError::TooManyOperations => {
                f.write_str("it has more drawing operations than paperlint reads from one PDF")
            }
            PdfError::NoText => f.write_str(
                "it has no text to read (a scanned image? paperlint reads PDFs \
                 that have a text layer)",
            ),
            PdfError::OnlyFurniture => f.write_str(
                "every line of its text is repeated on every page, so paperlint took it all \
                 for running headers and footers (which it leaves out) and found nothing \
                 else to check",
            ),
        }
    }
}

impl std::error::Error for PdfError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PdfError::Damaged(e) | PdfError::PageUnreadable(e) => Some(e),
            _ => None,
        }
    }
}
