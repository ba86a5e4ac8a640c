//! Why a Word document cannot be read.

use std::fmt;

/// Why a `.docx` cannot be read. Its text speaks to the document's author:
/// what is wrong and, where there is something to do, what.
#[derive(Debug)]
pub enum DocxError {
    /// An OLE compound file: a password-protected `.docx`, or an old
    /// binary Word `.doc`.
    Protected,
    /// Not a zip file, so no `.docx`.
    NotZip,
    /// The zip's directory has more entries than the limit (counted before
    /// the zip is opened).
    TooManyEntries { limit: usize },
    /// The zip cannot be opened.
    Unreadable(zip::result::ZipError),
    /// The opened zip has more entries than the limit.
    EntriesOverLimit { count: usize, limit: usize },
    /// A part is encrypted.
    Encrypted,
    /// A part cannot be opened.
    PartUnreadable {
        part: String,
        error: zip::result::ZipError,
    },
    /// The parts unpack to more than `limit` bytes.
    TooBig { limit: u64 },
    /// A part cannot be inflated.
    PartDamaged { part: String, error: std::io::Error },
    /// A part that opens as UTF-16 is not.
    NotUtf16 { part: String },
    /// A part is not UTF-8.
    NotUtf8 { part: String },
    /// A part is not well-formed XML.
    Malformed {
        part: String,
        at: u64,
        error: quick_xml::Error,
    },
    /// A part nests XML elements deeper than the limit.
    TooDeep { part: String, limit: usize },
    /// The package has no main document part.
    NoMainDocument { part: String },
    /// The main document part is empty.
    EmptyPart { part: String },
    /// The main document part ends before its elements are closed.
    Truncated { part: String },
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::Protected => f.write_str(
                "it is password-protected, or an old binary Word (.doc) file; \
                    remove the password (File > Info > Protect Document) or save it as .docx",
            ),
            DocxError::NotZip => {
                f.write_str("it is not a .docx (a .docx is a zip file, and this is not one)")
            }
            DocxError::TooManyEntries { limit } => write!(
                f,
                "it has more than {limit} entries, which no Word document has"
            ),
            DocxError::Unreadable(e) => write!(
                f,
                "it is not a readable zip file ({e}); the file may be damaged"
            ),
            DocxError::EntriesOverLimit { count, limit } => write!(
                f,
                "it has {count} entries, more than the {limit} paperlint reads"
            ),
            DocxError::Encrypted => {
                f.write_str("it is encrypted; remove the password and save it again")
            }
            DocxError::PartUnreadable { part, error } => {
                write!(f, "cannot read {part} in it ({error})")
            }
            DocxError::TooBig { limit } => write!(
                f,
                "its contents unpack to more than {} MiB (a damaged file or a zip bomb)",
                limit / (1024 * 1024)
            ),
            DocxError::PartDamaged { part, error } => {
                write!(f, "{part} in it is damaged ({error})")
            }
            DocxError::NotUtf16 { part } => write!(f, "{part} in it is not valid UTF-16"),
            DocxError::NotUtf8 { part } => write!(f, "{part} in it is not UTF-8 XML"),
            DocxError::Malformed { part, at, error } => write!(
                f,
                "{part} in it is not well-formed XML (at byte {at}: {error}); the file may be damaged"
            ),
            DocxError::TooDeep { part, limit } => write!(
                f,
                "{part} in it nests XML elements more than {limit} deep"
            ),
            DocxError::NoMainDocument { part } => {
                write!(f, "it has no {part}: not a Word document")
            }
            DocxError::EmptyPart { part } => {
                write!(f, "{part} in it is empty; the file is damaged")
            }
            DocxError::Truncated { part } => write!(
                f,
                "{part} in it ends part-way through the document; the file is damaged \
                 (open it in Word and save it again, or use an earlier copy)"
            ),
        }
    }
}

impl std::error::Error for DocxError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DocxError::Unreadable(e) | DocxError::PartUnreadable { error: e, .. } => Some(e),
            DocxError::PartDamaged { error, .. } => Some(error),
            DocxError::Malformed { error, .. } => Some(error),
            _ => None,
        }
    }
}
