//! Reading a draft from bytes into text the parser can work on.
//!
//! Text is accepted as UTF-8 (with or without a byte-order mark) or, when it
//! is not valid UTF-8 but plausibly Windows-1252 (Word's "Save as text" on an
//! English system), decoded from Windows-1252; a file that is UTF-8 but for
//! a few stray bytes is read as UTF-8 with only those bytes decoded from
//! Windows-1252, and `SourceFile::decoding_note` says where they are. CRLF
//! line endings are kept as they are: the parser treats `\r\n` as a line
//! end, so spans stay offsets into the text.
//!
//! Spans in the [`crate::document::Document`] are byte offsets into
//! [`SourceFile::text`]. For UTF-8 input that is the file as read, less a
//! byte-order mark; for Windows-1252, whole or in stray bytes, each byte
//! decoded to a character of several bytes widens the text.
//! `SourceFile::original_offset` maps any text offset back to the byte
//! offset in the file as read, which is what JSON output reports.
//!
//! A file that is not text (a NUL byte, or bytes that are neither UTF-8 nor
//! Windows-1252) is refused with a message naming the file; so is a file
//! larger than the size limit, since no committee paper is that large and
//! reading one would only waste the run.
//!
//! A Word draft (`.docx`, or any file that starts as a zip does) is
//! rendered as text by [`docx`]; its offsets are offsets into that
//! rendering, and [`SourceFile::docx`] maps them back to Word paragraphs.
//!
//! A PDF (`.pdf`, or any file that starts as one does) is read as text by
//! [`pdf`], its page furniture removed; its offsets are offsets into that
//! text, and [`SourceFile::pdf`] maps them to pages.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

pub mod docx;
pub mod pdf;

/// The largest file read by default: 64 MiB.
pub(crate) const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// How the file's bytes were decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    Utf8,
    Utf8WithBom,
    Windows1252,
    /// UTF-8 with a few bytes that are not (a `£` typed in another editor,
    /// text pasted from an older file): the UTF-8 read as UTF-8, each
    /// stray byte as Windows-1252. `bom`: the file opened with a UTF-8
    /// byte-order mark, which is dropped.
    Utf8With1252 {
        bom: bool,
    },
    /// A Word document, rendered as text (see [`docx`]).
    Docx,
    /// A PDF, its text extracted (see [`pdf`]).
    Pdf,
}

impl Encoding {
    /// The encoding's usual name.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8WithBom => "UTF-8 with BOM",
            Encoding::Windows1252 => "Windows-1252",
            Encoding::Utf8With1252 { .. } => "UTF-8, with stray bytes read as Windows-1252",
            Encoding::Docx => "Word document (.docx)",
            Encoding::Pdf => "PDF",
        }
    }
}

/// The spacing, in bytes, of [`SourceFile`]'s character marks.
const CHAR_MARK: usize = 4096;

/// A draft as text, with the way back to the original bytes.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as given (or the name given for standard input).
    pub path: PathBuf,
    /// The decoded text. Spans index into this.
    pub text: String,
    pub(crate) encoding: Encoding,
    /// Start of each line in `text`, found when a finding first needs a
    /// line number (most of a clean paper's text is never asked about).
    line_starts: std::sync::OnceLock<Vec<usize>>,
    /// Characters before every [`CHAR_MARK`]th byte (each at a character
    /// boundary), built only when a column is asked for far into a long
    /// line, so that columns on a line of megabytes cost no more than on
    /// a short one.
    char_marks: std::sync::OnceLock<Vec<(usize, usize)>>,
    /// For Windows-1252: text offsets of every decoded non-ASCII character,
    /// each with the number of extra bytes decoding added before and at it.
    widened: Vec<(usize, usize)>,
    /// For UTF-8 with stray Windows-1252 bytes: each stray byte, in order.
    strays: Vec<Stray>,
    /// For a Word document: its paragraphs, tracked changes and comments.
    pub docx: Option<docx::DocxInfo>,
    /// For a PDF: where each page starts, and its furniture.
    pub pdf: Option<pdf::PdfInfo>,
}

/// Why a file could not be read as a draft.
#[derive(Debug)]
pub enum SourceError {
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    NotText {
        path: PathBuf,
        reason: String,
    },
    /// Text saved as UTF-16 (it starts with a UTF-16 byte-order mark):
    /// Notepad's "Unicode".
    Utf16 {
        path: PathBuf,
    },
    /// A Word document that cannot be read (damaged, encrypted, too large).
    Docx {
        path: PathBuf,
        reason: docx::DocxError,
    },
    /// A PDF that cannot be read (damaged, encrypted, too large, no text).
    Pdf {
        path: PathBuf,
        reason: pdf::PdfError,
    },
    /// A file with nothing in it to check: no bytes at all, or only white
    /// space (a Word document: no text in its body).
    Empty {
        path: PathBuf,
        /// Whether there are bytes (white space) rather than none at all.
        blank: bool,
    },
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourceError::Io { path, error } => {
                write!(f, "{}: cannot read: {error}", path.display())
            }
            SourceError::TooLarge { path, size, limit } => {
                // Reading stops one byte past the limit, so the size read
                // may print the same as the limit.
                let (size, limit) = (human_size(*size), human_size(*limit));
                let size = if size == limit {
                    String::new()
                } else {
                    format!("{size}, ")
                };
                write!(
                    f,
                    "{}: the file is {size}more than the {limit} paperlint reads \
                     (raise the limit with --max-file-size)",
                    path.display(),
                )
            }
            SourceError::NotText { path, reason } => write!(
                f,
                "{}: not a text file ({reason}); paperlint reads .md, .txt, .docx and .pdf papers",
                path.display()
            ),
            SourceError::Utf16 { path } => write!(
                f,
                "{}: this file is UTF-16; save it as UTF-8 (in Notepad: File > Save As, \
                 Encoding: UTF-8)",
                path.display()
            ),
            SourceError::Docx { path, reason } => write!(
                f,
                "{}: cannot read this Word document: {reason}",
                path.display()
            ),
            SourceError::Pdf { path, reason } => {
                write!(f, "{}: cannot read this PDF: {reason}", path.display())
            }
            SourceError::Empty { path, blank } => {
                let what = if *blank {
                    "holds only blank lines"
                } else {
                    "is empty"
                };
                write!(
                    f,
                    "{}: the file {what}; there is no paper to check",
                    path.display()
                )
            }
        }
    }
}

impl std::error::Error for SourceError {}

/// Refuses to read what is not a file: a named pipe (FIFO) would block
/// until something writes to it, a device such as `/dev/zero` never ends.
/// A pipe the shell hands over by name (`<(…)`, `/dev/stdin`, under
/// `/dev/fd/` or `/proc/self/fd/`) is read: something is writing to it.
pub(crate) fn regular_file(path: &Path) -> std::io::Result<()> {
    let meta = std::fs::metadata(path)?;
    if meta.is_file() || is_shell_pipe(path) {
        return Ok(());
    }
    let what = if meta.is_dir() {
        "a folder"
    } else {
        special_file_kind(&meta)
    };
    Err(std::io::Error::other(format!("it is {what}, not a file")))
}

/// Whether `path` is how a shell names a pipe it has opened.
fn is_shell_pipe(path: &Path) -> bool {
    ["/dev/fd/", "/proc/self/fd/", "/dev/stdin"]
        .iter()
        .any(|prefix| path.starts_with(prefix))
}

#[cfg(unix)]
fn special_file_kind(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_file_kind(_: &std::fs::Metadata) -> &'static str {
    "a special file"
}

/// Text with old Mac line endings (a CR alone) read as lines: each CR not
/// followed by LF becomes LF. Both are one byte, so every offset into the
/// text still points at the same byte of the file.
fn lone_cr_as_line_end(text: String) -> String {
    let bytes = text.as_bytes();
    let lone: Vec<usize> = memchr::memchr_iter(b'\r', bytes)
        .filter(|&i| bytes.get(i + 1) != Some(&b'\n'))
        .collect();
    if lone.is_empty() {
        return text;
    }
    let mut out = text.into_bytes();
    for i in lone {
        out[i] = b'\n';
    }
    // Only ASCII bytes changed, to ASCII.
    String::from_utf8(out).expect("still UTF-8")
}

fn human_size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB {
        format!("{:.1} MiB", bytes as f64 / MIB as f64)
    } else {
        format!("{bytes} bytes")
    }
}

impl SourceFile {
    /// Reads a file, refusing one larger than `max_size` bytes.
    pub fn read(path: &Path, max_size: u64) -> Result<SourceFile, SourceError> {
        let io = |error| SourceError::Io {
            path: path.to_path_buf(),
            error,
        };
        regular_file(path).map_err(io)?;
        let file = std::fs::File::open(path).map_err(io)?;
        let size = file.metadata().map_err(io)?.len();
        if size > max_size {
            return Err(SourceError::TooLarge {
                path: path.to_path_buf(),
                size,
                limit: max_size,
            });
        }
        let mut bytes = Vec::with_capacity(size as usize);
        // Read one byte past the limit, in case the file grew since `metadata`.
        file.take(max_size + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        if bytes.len() as u64 > max_size {
            return Err(SourceError::TooLarge {
                path: path.to_path_buf(),
                size: bytes.len() as u64,
                limit: max_size,
            });
        }
        SourceFile::from_file_bytes(path, bytes)
    }

    /// Reads a file's bytes already in memory (an upload): as a Word
    /// document or a PDF if its name or its first bytes say it is one, else
    /// as text.
    pub(crate) fn from_file_bytes(
        path: impl Into<PathBuf>,
        bytes: Vec<u8>,
    ) -> Result<SourceFile, SourceError> {
        let path = path.into();
        if is_docx(&path, &bytes) {
            return SourceFile::from_docx(path, &bytes);
        }
        if is_pdf(&path, &bytes) {
            return SourceFile::from_pdf(path, &bytes);
        }
        SourceFile::from_bytes(path, bytes)
    }

    /// Reads a Word document already in memory, under the default limits.
    pub fn from_docx(path: impl Into<PathBuf>, bytes: &[u8]) -> Result<SourceFile, SourceError> {
        SourceFile::from_docx_with_limits(path, bytes, &docx::Limits::default())
    }

    /// Reads a Word document under `limits`.
    pub fn from_docx_with_limits(
        path: impl Into<PathBuf>,
        bytes: &[u8],
        limits: &docx::Limits,
    ) -> Result<SourceFile, SourceError> {
        let path = path.into();
        let (text, info) = match docx::read_docx(bytes, limits) {
            Ok(done) => done,
            Err(reason) => return Err(SourceError::Docx { path, reason }),
        };
        if is_blank(&text) {
            return Err(SourceError::Empty { path, blank: true });
        }
        Ok(SourceFile {
            path,
            text,
            encoding: Encoding::Docx,
            line_starts: std::sync::OnceLock::new(),
            char_marks: std::sync::OnceLock::new(),
            widened: Vec::new(),
            strays: Vec::new(),
            docx: Some(info),
            pdf: None,
        })
    }

    /// Reads a PDF already in memory, under the default limits.
    pub fn from_pdf(path: impl Into<PathBuf>, bytes: &[u8]) -> Result<SourceFile, SourceError> {
        SourceFile::from_pdf_with_limits(path, bytes, &pdf::Limits::default())
    }

    /// Reads a PDF under `limits`.
    pub fn from_pdf_with_limits(
        path: impl Into<PathBuf>,
        bytes: &[u8],
        limits: &pdf::Limits,
    ) -> Result<SourceFile, SourceError> {
        let path = path.into();
        let (text, info) = match pdf::read_pdf(bytes, limits) {
            Ok(done) => done,
            Err(reason) => return Err(SourceError::Pdf { path, reason }),
        };
        if !text.chars().any(char::is_alphabetic) {
            // Letters only in what was left out as page furniture: the
            // PDF has text, so it is no scanned image.
            let furniture_has_text = info
                .pages
                .iter()
                .flat_map(|p| &p.furniture)
                .any(|line| line.chars().any(char::is_alphabetic));
            let reason = if furniture_has_text {
                pdf::PdfError::OnlyFurniture
            } else {
                pdf::PdfError::NoText
            };
            return Err(SourceError::Pdf { path, reason });
        }
        Ok(SourceFile {
            path,
            text,
            encoding: Encoding::Pdf,
            line_starts: std::sync::OnceLock::new(),
            char_marks: std::sync::OnceLock::new(),
            widened: Vec::new(),
            strays: Vec::new(),
            docx: None,
            pdf: Some(info),
        })
    }

    /// Decodes bytes already in memory; `path` names them in messages.
    pub fn from_bytes(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<SourceFile, SourceError> {
        let path = path.into();
        if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
            return Err(SourceError::Utf16 { path });
        }
        if is_blank(bom_stripped(&bytes)) {
            let blank = !bom_stripped(&bytes).is_empty();
            return Err(SourceError::Empty { path, blank });
        }
        if let Some(pos) = memchr_nul(&bytes) {
            return Err(SourceError::NotText {
                path,
                reason: format!("it contains a NUL byte at offset {pos}"),
            });
        }
        let (text, encoding, widened) = match String::from_utf8(bytes) {
            Ok(mut text) => {
                if text.starts_with('\u{feff}') {
                    text.drain(..3);
                    (text, Encoding::Utf8WithBom, Vec::new())
                } else {
                    (text, Encoding::Utf8, Vec::new())
                }
            }
            Err(err) => {
                let bytes = err.into_bytes();
                if let Some(mixed) = decode_mostly_utf8(&bytes) {
                    return Ok(SourceFile {
                        path,
                        text: lone_cr_as_line_end(mixed.text),
                        encoding: Encoding::Utf8With1252 { bom: mixed.bom },
                        line_starts: std::sync::OnceLock::new(),
                        char_marks: std::sync::OnceLock::new(),
                        widened: mixed.widened,
                        strays: mixed.strays,
                        docx: None,
                        pdf: None,
                    });
                }
                match decode_windows_1252(&bytes) {
                    Some((text, widened)) => (text, Encoding::Windows1252, widened),
                    None => {
                        let pos = std::str::from_utf8(&bytes)
                            .err()
                            .map_or(0, |e| e.valid_up_to());
                        return Err(SourceError::NotText {
                            path,
                            reason: format!("byte {pos} is neither UTF-8 nor Windows-1252 text"),
                        });
                    }
                }
            }
        };
        Ok(SourceFile {
            path,
            text: lone_cr_as_line_end(text),
            encoding,
            line_starts: std::sync::OnceLock::new(),
            char_marks: std::sync::OnceLock::new(),
            widened,
            strays: Vec::new(),
            docx: None,
            pdf: None,
        })
    }

    /// For a PDF that is an agenda pack (see [`pdf::pack`]): its items, each
    /// report item with its own paper to check, named `pack.pdf#item-5`,
    /// its pages numbered as the pack's. `None` for anything else.
    pub fn pack_items(&self) -> Option<Vec<(pdf::pack::PackItem, Option<SourceFile>)>> {
        let info = self.pdf.as_ref()?;
        let items = pdf::pack::split(&self.text, info)?;
        Some(
            items
                .into_iter()
                .map(|item| {
                    let paper = (item.kind == pdf::pack::ItemKind::Report).then(|| SourceFile {
                        path: PathBuf::from(format!(
                            "{}#item-{}",
                            self.path.display(),
                            item.number
                        )),
                        text: self.text[item.start..item.end].to_string(),
                        encoding: Encoding::Pdf,
                        line_starts: std::sync::OnceLock::new(),
                        char_marks: std::sync::OnceLock::new(),
                        widened: Vec::new(),
                        strays: Vec::new(),
                        docx: None,
                        pdf: Some(info.slice(item.pages.clone(), item.start)),
                    });
                    (item, paper)
                })
                .collect(),
        )
    }

    /// The byte offset in the file as read that corresponds to `pos` in `text`.
    pub(crate) fn original_offset(&self, pos: usize) -> usize {
        match self.encoding {
            // Offsets into the rendered text: a .docx has no text to point into.
            Encoding::Utf8 | Encoding::Docx | Encoding::Pdf => pos,
            Encoding::Utf8WithBom => pos + 3,
            Encoding::Windows1252 | Encoding::Utf8With1252 { bom: false } => self.narrowed(pos),
            Encoding::Utf8With1252 { bom: true } => self.narrowed(pos) + 3,
        }
    }

    /// `pos` less the bytes that decoding Windows-1252 added before it:
    /// every byte decoded from Windows-1252 that is not ASCII was one byte
    /// in the file but 2 or 3 in the text.
    fn narrowed(&self, pos: usize) -> usize {
        let before = self.widened.partition_point(|&(at, _)| at <= pos);
        match before {
            0 => pos,
            n => pos - self.widened[n - 1].1,
        }
    }

    /// What a person should know about how the file was read, if anything:
    /// the bytes of a UTF-8 file that were not UTF-8, and what each was
    /// read as ("byte 8,150 (line 120) is not UTF-8: read as
    /// Windows-1252 '£'").
    pub(crate) fn decoding_note(&self) -> Option<String> {
        const SHOWN: usize = 3;
        let where_: Vec<String> = self
            .strays
            .iter()
            .take(SHOWN)
            .map(|s| format!("byte {} (line {})", thousands(s.byte), self.line(s.at)))
            .collect();
        let read_as: Vec<String> = self
            .strays
            .iter()
            .take(SHOWN)
            .map(|s| shown_char(s.ch))
            .collect();
        let what = match self.strays.len() {
            0 => return None,
            1 => format!(
                "{} is not UTF-8: read as Windows-1252 {}",
                where_[0], read_as[0]
            ),
            n if n <= SHOWN => format!(
                "{} are not UTF-8: read as Windows-1252 {}",
                and_list(&where_),
                and_list(&read_as)
            ),
            n => format!(
                "{} and {} more {} are not UTF-8: read as Windows-1252 {} and so on",
                where_.join(", "),
                n - SHOWN,
                if n - SHOWN == 1 { "byte" } else { "bytes" },
                read_as.join(", ")
            ),
        };
        Some(format!(
            "{what}; the rest of the file is read as UTF-8 (save the file as UTF-8 to be \
             sure every character reads as meant)"
        ))
    }

    /// Takes the line starts the parser found in `text` (see
    /// [`crate::document::Document::line_starts`]), so that line numbers
    /// need no second pass over the text.
    pub(crate) fn set_line_starts(&self, starts: Vec<usize>) {
        debug_assert_eq!(starts, find_line_starts(&self.text));
        let _ = self.line_starts.set(starts);
    }

    /// Where each line of `text` starts (the first at 0).
    pub(crate) fn line_starts(&self) -> &[usize] {
        self.line_starts
            .get_or_init(|| find_line_starts(&self.text))
    }

    /// 1-based line and 1-based column (in characters) of `pos` in `text`.
    pub fn line_col(&self, pos: usize) -> (usize, usize) {
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s <= pos) - 1;
        let start = starts[line];
        let pos = pos.min(self.text.len());
        let column = if pos - start < CHAR_MARK {
            self.text[start..pos].chars().count()
        } else {
            self.chars_before(pos) - self.chars_before(start)
        };
        (line + 1, column + 1)
    }

    /// How many characters of `text` come before byte `pos`.
    fn chars_before(&self, pos: usize) -> usize {
        let marks = self.char_marks.get_or_init(|| {
            let text = &self.text;
            let mut marks = vec![(0, 0)];
            let (mut at, mut chars) = (0, 0);
            while at < text.len() {
                let mut next = (at + CHAR_MARK).min(text.len());
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                chars += text[at..next].chars().count();
                marks.push((next, chars));
                at = next;
            }
            marks
        });
        let (at, chars) = marks[marks.partition_point(|&(at, _)| at <= pos) - 1];
        chars + self.text[at..pos].chars().count()
    }

    /// 1-based line of `pos`.
    pub fn line(&self, pos: usize) -> usize {
        self.line_starts().partition_point(|&s| s <= pos)
    }
}

/// Offset of the start of each line of `text`.
fn find_line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
        .collect()
}

/// Whether to read `bytes` as a Word document: by its extension, or because
/// it starts as a zip (or an encrypted Word file) does.
fn is_docx(path: &Path, bytes: &[u8]) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    matches!(ext.as_str(), "docx" | "docm" | "dotx" | "dotm")
        || bytes.starts_with(docx::ZIP_MAGIC)
        || bytes.starts_with(docx::OLE_MAGIC)
}

/// Whether to read `bytes` as a PDF: by its extension, or because it
/// starts as a PDF does.
fn is_pdf(path: &Path, bytes: &[u8]) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
        || pdf::looks_like_pdf(bytes)
}

/// Whether `text` holds nothing but white space (ASCII white space, and
/// the no-break and zero-width spaces a word processor leaves). Reads only
/// as far as the first other character, so a paper costs a byte or two.
fn is_blank(text: impl AsRef<[u8]>) -> bool {
    let mut rest = text.as_ref();
    loop {
        rest = rest.trim_ascii_start();
        let Some(&lead) = rest.first() else {
            return true;
        };
        let width = match lead {
            0xf0.. => 4,
            0xe0.. => 3,
            0xc0.. => 2,
            // ASCII that is not white space, or not UTF-8 at all.
            _ => return false,
        };
        let space = rest
            .get(..width)
            .and_then(|c| std::str::from_utf8(c).ok())
            .and_then(|c| c.chars().next())
            .is_some_and(|c| c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}'));
        if !space {
            return false;
        }
        rest = &rest[width..];
    }
}

/// `bytes` without a UTF-8 byte-order mark.
fn bom_stripped(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)
}

/// Offset of the first NUL byte, if any (a binary file has one early).
fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, bytes)
}

/// A byte of a UTF-8 file that is not UTF-8, read as Windows-1252.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stray {
    /// Its offset in the file as read.
    byte: usize,
    /// The offset of the character it was read as, in the text.
    at: usize,
    /// The character it was read as.
    ch: char,
}

/// Text decoded by [`decode_mostly_utf8`].
struct Mixed {
    text: String,
    /// As `SourceFile::widened`.
    widened: Vec<(usize, usize)>,
    strays: Vec<Stray>,
    /// Whether a UTF-8 byte-order mark opened the file (it is dropped).
    bom: bool,
}

/// Decodes a file that is UTF-8 but for a few stray bytes: the UTF-8 as
/// UTF-8, each stray byte as Windows-1252. It is taken to be UTF-8 when it
/// has at least as many characters of several bytes that read as UTF-8 as
/// bytes that do not; a file that is Windows-1252 throughout has few or none (its
/// accented letter would have to be followed by just the right symbol),
/// and is left to [`decode_windows_1252`], as are bytes Windows-1252 would
/// refuse.
fn decode_mostly_utf8(bytes: &[u8]) -> Option<Mixed> {
    let (mut multibyte, mut stray) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        stray += chunk.invalid().len();
    }
    if multibyte < stray {
        return None;
    }
    // Control characters no text file holds refuse the file, whichever way
    // it reads (a stray byte Windows-1252 leaves undefined too, below).
    if !bytes.iter().copied().all(text_control) {
        return None;
    }
    let bom = bytes.starts_with(b"\xef\xbb\xbf");
    let body = if bom { &bytes[3..] } else { bytes };
    let mut text = String::with_capacity(body.len() + stray * 2);
    let (mut widened, mut strays) = (Vec::new(), Vec::new());
    let (mut byte, mut added) = (usize::from(bom) * 3, 0);
    for chunk in body.utf8_chunks() {
        text.push_str(chunk.valid());
        byte += chunk.valid().len();
        for &b in chunk.invalid() {
            let ch = windows_1252_char(b)?;
            strays.push(Stray {
                byte,
                at: text.len(),
                ch,
            });
            text.push(ch);
            added += ch.len_utf8() - 1;
            widened.push((text.len(), added));
            byte += 1;
        }
    }
    Some(Mixed {
        text,
        widened,
        strays,
        bom,
    })
}

/// The character Windows-1252 gives a byte that is not ASCII, if it gives
/// one (five bytes it leaves undefined).
fn windows_1252_char(byte: u8) -> Option<char> {
    let one = [byte];
    let (decoded, _, had_errors) = encoding_rs::WINDOWS_1252.decode(&one);
    let ch = decoded.chars().next()?;
    (!had_errors && !UNDEFINED_1252.contains(&byte)).then_some(ch)
}

/// The bytes Windows-1252 leaves undefined (the WHATWG decoder reads them
/// as C1 controls, which no text file holds).
const UNDEFINED_1252: [u8; 5] = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/// `n` with a comma between thousands, as a person writes a byte offset.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// A character as a message quotes it: in quotes, or by name where it
/// would not show.
fn shown_char(ch: char) -> String {
    match ch {
        '\u{a0}' => "no-break space".to_string(),
        '\u{ad}' => "soft hyphen".to_string(),
        ch => format!("'{ch}'"),
    }
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Whether `bytes` may be Windows-1252 text: no byte Windows-1252 leaves
/// undefined, and no C0 control character other than tab, CR, LF and form
/// feed.
fn plausible_1252(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .all(|&b| !UNDEFINED_1252.contains(&b) && text_control(b))
}

/// Whether `b` is no control character, or one a text file holds: tab, CR,
/// LF and form feed.
fn text_control(b: u8) -> bool {
    b >= 0x20 || matches!(b, b'\t' | b'\r' | b'\n' | 0x0c)
}

/// Decodes Windows-1252 if the bytes plausibly are: no byte that Windows-1252
/// leaves undefined, and no C0 control characters other than tab, CR, LF and
/// form feed. Returns the text and, for each character that decoding widened,
/// its text offset and the total number of bytes added up to and including it.
fn decode_windows_1252(bytes: &[u8]) -> Option<(String, Vec<(usize, usize)>)> {
    if !plausible_1252(bytes) {
        return None;
    }
    let (decoded, _, had_errors) = encoding_rs::WINDOWS_1252.decode(bytes);
    if had_errors {
        return None;
    }
    let text = decoded.into_owned();
    let mut widened = Vec::new();
    let mut added = 0;
    for (offset, ch) in text.char_indices() {
        if !ch.is_ascii() {
            added += ch.len_utf8() - 1;
            widened.push((offset + ch.len_utf8(), added));
        }
    }
    Some((text, widened))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(bytes: &[u8]) -> Result<SourceFile, SourceError> {
        SourceFile::from_bytes("draft.md", bytes.to_vec())
    }

    #[test]
    fn a_file_with_nothing_to_check_is_refused_as_empty() {
        for (bytes, says) in [
            (
                &b""[..],
                "draft.md: the file is empty; there is no paper to check",
            ),
            (b"\xef\xbb\xbf", "draft.md: the file is empty"),
            (b"\n\r\n  \t\n", "draft.md: the file holds only blank lines"),
            (
                "\u{a0}\n\u{200b}\u{2003}\n".as_bytes(),
                "holds only blank lines",
            ),
        ] {
            match load(bytes) {
                Err(e @ SourceError::Empty { .. }) => {
                    assert!(e.to_string().contains(says), "{bytes:?}: {e}");
                }
                other => panic!("{bytes:?}: {other:?}"),
            }
        }
        // Near misses: one character of text, after white space of every
        // kind, or a byte that is no UTF-8 (Windows-1252 text) is a paper.
        for bytes in [
            &b"x"[..],
            b"\n\n  1",
            "\u{a0}\u{2003}\u{e9}".as_bytes(),
            "\n\u{200b}Report".as_bytes(),
            b"\n\xe9t\xe9",
        ] {
            assert!(load(bytes).is_ok(), "{bytes:?}");
        }
    }

    #[test]
    fn utf8_is_read_as_is() {
        let src = load("Date: 3 February 2005\n".as_bytes()).unwrap();
        assert_eq!(src.encoding, Encoding::Utf8);
        assert_eq!(src.original_offset(6), 6);
    }

    #[test]
    fn a_byte_order_mark_is_dropped_and_offsets_shift_back() {
        let src = load(b"\xef\xbb\xbfTitle\r\nBody\r\n").unwrap();
        assert_eq!(src.encoding, Encoding::Utf8WithBom);
        assert_eq!(src.text, "Title\r\nBody\r\n");
        assert_eq!(src.original_offset(0), 3);
        assert_eq!(src.line_col(7), (2, 1));
    }

    #[test]
    fn a_lone_cr_ends_a_line_and_offsets_stay_the_bytes_of_the_file() {
        let bytes = b"# Title\rBody line\r\rLast\r\nCRLF kept\n";
        let src = load(bytes).unwrap();
        assert_eq!(src.text, "# Title\nBody line\n\nLast\r\nCRLF kept\n");
        assert_eq!(src.text.len(), bytes.len());
        let body = src.text.find("Body").unwrap();
        assert_eq!(&bytes[src.original_offset(body)..][..4], b"Body");
        assert_eq!(src.line_col(body), (2, 1));
        assert_eq!(src.line_col(src.text.find("Last").unwrap()), (4, 1));
        assert_eq!(src.line_col(src.text.find("CRLF").unwrap()), (5, 1));
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_refused_with_a_message_saying_so() {
        for bytes in [
            &b"\xff\xfe#\x00 \x00T\x00"[..],
            &b"\xfe\xff\x00#\x00 \x00T"[..],
        ] {
            let err = load(bytes).unwrap_err();
            assert!(matches!(err, SourceError::Utf16 { .. }));
            assert!(
                err.to_string()
                    .contains("this file is UTF-16; save it as UTF-8"),
                "{err}"
            );
        }
    }

    #[test]
    fn windows_1252_is_decoded_and_offsets_map_back() {
        // "It’s £5" with a Windows-1252 apostrophe (0x92) and pound (0xA3).
        let src = load(b"It\x92s \xa35 now").unwrap();
        assert_eq!(src.encoding, Encoding::Windows1252);
        assert_eq!(src.text, "It\u{2019}s \u{a3}5 now");
        // "5" is at byte 6 in the file; in the text, after ’ (3 bytes) and £ (2).
        let five = src.text.find('5').unwrap();
        assert_eq!(five, 9);
        assert_eq!(src.original_offset(five), 6);
        assert_eq!(src.original_offset(2), 2);
        assert_eq!(src.original_offset(src.text.len()), 11);
    }

    #[test]
    fn utf8_with_a_stray_windows_1252_byte_keeps_its_utf8_and_says_where_the_byte_is() {
        // A UTF-8 paper ("Strategy 2025–2030", "Council’s") with one pound
        // sign typed in an editor that saved it as Windows-1252 (0xA3).
        let mut bytes = "# Strategy 2025–2030\n\nThe Council’s budget.\n\nCost "
            .as_bytes()
            .to_vec();
        let pound = bytes.len();
        bytes.extend_from_slice(b"\xa3500 \x96 agreed.\n");
        let src = load(&bytes).unwrap();
        assert_eq!(src.encoding, Encoding::Utf8With1252 { bom: false });
        assert_eq!(
            src.text,
            "# Strategy 2025–2030\n\nThe Council’s budget.\n\nCost £500 – agreed.\n"
        );
        // Offsets map back to the bytes of the file, before and after each
        // widened byte.
        for word in ["Strategy", "Council", "Cost", "500", "agreed"] {
            let at = src.text.find(word).unwrap();
            let back = src.original_offset(at);
            assert_eq!(&bytes[back..back + word.len()], word.as_bytes(), "{word}");
        }
        assert_eq!(src.original_offset(src.text.find('£').unwrap()), pound);
        assert_eq!(src.original_offset(src.text.len()), bytes.len());
        let note = src.decoding_note().unwrap();
        assert!(
            note.starts_with(&format!(
                "byte {pound} (line 5) and byte {} (line 5) are not UTF-8: read as Windows-1252 '£' and '–'",
                pound + 5
            )),
            "{note}"
        );
    }

    #[test]
    fn utf8_with_a_byte_order_mark_and_a_stray_byte_drops_the_mark() {
        let bytes = "\u{feff}# Title – draft\nCost \u{0}".as_bytes();
        let mut bytes = bytes[..bytes.len() - 1].to_vec();
        bytes.extend_from_slice(b"\xa35\n");
        let src = load(&bytes).unwrap();
        assert_eq!(src.encoding, Encoding::Utf8With1252 { bom: true });
        assert_eq!(src.text, "# Title – draft\nCost £5\n");
        let five = src.text.find('5').unwrap();
        assert_eq!(bytes[src.original_offset(five)], b'5');
        assert_eq!(src.original_offset(0), 3);
    }

    #[test]
    fn many_stray_bytes_are_counted_not_all_listed() {
        let mut bytes = "– ’ “ ” é ".repeat(4).into_bytes();
        bytes.extend_from_slice(b"\xa31 \xa32 \xa33 \xa34 \xa35\n");
        let note = load(&bytes).unwrap().decoding_note().unwrap();
        assert!(
            note.starts_with("byte 76 (line 1), byte 79 (line 1), byte 82 (line 1) and 2 more bytes are not UTF-8"),
            "{note}"
        );
        assert!(
            note.contains("Windows-1252 '£', '£', '£' and so on"),
            "{note}"
        );
    }

    #[test]
    fn windows_1252_throughout_is_still_read_as_windows_1252() {
        // Accented letters and symbols, one pair of which happens to read as
        // UTF-8 (0xC2 0xA3 is '£' in UTF-8, 'Â£' in Windows-1252): the bytes
        // that are not UTF-8 outnumber it.
        let src = load(b"Caf\xe9 \x96 \x93na\xefve\x94 \xc2\xa3").unwrap();
        assert_eq!(src.encoding, Encoding::Windows1252);
        assert_eq!(src.text, "Café – “naïve” Â£");
        assert_eq!(src.decoding_note(), None);
    }

    #[test]
    fn utf8_throughout_has_no_decoding_note() {
        assert_eq!(
            load("Cost £5 – agreed".as_bytes()).unwrap().decoding_note(),
            None
        );
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let err = load(b"PK\x03\x04\x00\x00").unwrap_err();
        assert!(err.to_string().contains("not a text file"), "{err}");
        assert!(err.to_string().contains("draft.md"), "{err}");
    }

    #[test]
    fn bytes_that_are_neither_utf8_nor_1252_are_refused() {
        let err = load(b"abc\x81\x8d\x01").unwrap_err();
        assert!(matches!(err, SourceError::NotText { .. }));
    }

    #[test]
    fn the_end_of_the_text_has_a_place() {
        let src = load(b"x").unwrap();
        assert_eq!(src.line_col(0), (1, 1));
        assert_eq!(src.line_col(1), (1, 2));
        let src = load(b"x\n").unwrap();
        assert_eq!(src.line_col(2), (2, 1));
    }

    #[test]
    fn columns_count_characters() {
        let src = load("£100 – done\n".as_bytes()).unwrap();
        let pos = src.text.find("done").unwrap();
        assert_eq!(src.line_col(pos), (1, 8));
    }

    #[test]
    fn columns_far_into_a_long_line_count_characters() {
        // A line of megabytes (a paper pasted without line breaks), with
        // characters of one, two and three bytes.
        let line = "Appendix £ – A. ".repeat(30_000);
        let text = format!("Title\n{line}\nend");
        let src = SourceFile::from_bytes("long.md", text.clone().into_bytes()).unwrap();
        for pos in [6, 7, 4_000, 70_001, 200_003, 6 + line.len()] {
            let pos = (pos..).find(|&p| text.is_char_boundary(p)).unwrap();
            let expected = text[6..pos].chars().count() + 1;
            assert_eq!(src.line_col(pos), (2, expected), "at {pos}");
        }
    }
}
