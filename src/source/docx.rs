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
//! table row                               cells joined by tabs, one line a row
//!                                           (a one-column table: its paragraphs)
//! text box                                its paragraphs, before the anchor's
//! header                                  its paragraphs, before the body
//! tracked changes                         as accepted: insertions kept,
//!                                           deletions dropped; both recorded
//! comment                                 recorded with the span it covers
//! ```
//!
//! Beside the text, [`DocxInfo`] maps text offsets back to the Word
//! paragraph (its index, an estimated page and the headings it stands
//! under) and records tracked changes and comments with their spans.
//!
//! **Why not `docx-rs`:** its `read_docx` parses the XML into a model but
//! does not compute the numbers Word displays for automatic numbering, keeps
//! no text offsets, and reads a whole part into memory without depth limits.
//! Rendering is the hard part here and needs the raw events anyway, so this
//! module reads the parts with `zip` and `quick-xml` directly.
//!
//! **Safety.** A `.docx` is untrusted input. The zip's entry count is
//! capped before its directory is parsed; every part is read through one
//! budget of uncompressed bytes, counting the bytes actually inflated, not
//! the sizes the zip claims; XML nesting is capped; no DTD or external
//! entity is ever resolved (only the five predefined entities and character
//! references). A password-protected document (an OLE compound file) or a
//! corrupt one is refused with a message, never a panic. Rendering recurses
//! only into nested tables, at most [`MAX_TABLE_NESTING`] deep.
//!
//! Not read: footers (page numbers and file paths, not fields), footnotes,
//! endnotes, DrawingML shapes other than text boxes, charts, embedded
//! objects, fields' instructions (their displayed results are read).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::NsReader;

use crate::document::Span;

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
pub const MAX_TABLE_NESTING: usize = 32;

/// Characters of rendered text taken as one page when the document records
/// no page breaks of its own (about 500 words).
const CHARS_PER_PAGE: usize = 3000;

/// Where the text of a `.docx` came from, and what Word keeps beside it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocxInfo {
    /// Each rendered Word paragraph, by its start in the text, in order.
    pub paragraphs: Vec<DocxParagraph>,
    /// Tracked changes not yet accepted or rejected, in text order.
    pub revisions: Vec<Revision>,
    /// Comments, in text order.
    pub comments: Vec<Comment>,
    /// Whether pages are estimated from the text's length (the document
    /// records no page breaks from Word's last layout).
    pub pages_estimated: bool,
}

/// Which part of the document a paragraph is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocxPart {
    Body,
    Header,
}

/// One Word paragraph in the rendered text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxParagraph {
    /// Offset in the text where its rendering starts.
    pub start: usize,
    /// 1-based index among the part's paragraphs (`w:p`), in document
    /// order, empty ones and those in tables included.
    pub index: usize,
    pub part: DocxPart,
    /// 1-based page, from Word's last layout or estimated.
    pub page: usize,
    /// The headings it stands under, outermost first, joined by " > ".
    pub heading: Option<String>,
}

/// What a tracked change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevisionKind {
    Insertion,
    Deletion,
    MoveFrom,
    MoveTo,
    Formatting,
}

impl RevisionKind {
    /// How a reader would say it.
    pub fn as_str(self) -> &'static str {
        match self {
            RevisionKind::Insertion => "insertion",
            RevisionKind::Deletion => "deletion",
            RevisionKind::MoveFrom => "move (from)",
            RevisionKind::MoveTo => "move (to)",
            RevisionKind::Formatting => "formatting change",
        }
    }
}

/// A tracked change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub kind: RevisionKind,
    /// The inserted text; for a deletion, an empty span where it was.
    pub span: Span,
    pub author: Option<String>,
    /// The deleted or moved-away text (up to 200 characters); empty otherwise.
    pub deleted: String,
}

/// A Word comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// The text the comment is anchored to (empty when it marks a point).
    pub span: Span,
    pub author: Option<String>,
    /// The comment's text, paragraphs joined by spaces.
    pub text: String,
}

impl DocxInfo {
    /// The Word paragraph that text offset `pos` falls in.
    pub fn locate(&self, pos: usize) -> Option<&DocxParagraph> {
        let n = self.paragraphs.partition_point(|p| p.start <= pos);
        n.checked_sub(1).map(|i| &self.paragraphs[i])
    }

    /// "paragraph 37 (page ~3), under Background > Finance" for human output.
    pub fn describe(&self, pos: usize) -> Option<String> {
        let p = self.locate(pos)?;
        let tilde = if self.pages_estimated { "~" } else { "" };
        let mut out = match p.part {
            DocxPart::Body => format!("paragraph {} (page {tilde}{})", p.index, p.page),
            DocxPart::Header => format!("paragraph {} of the page header", p.index),
        };
        if let Some(h) = &p.heading {
            out.push_str(&format!(", under \u{201c}{h}\u{201d}"));
        }
        Some(out)
    }
}

/// The magic of an OLE compound file: a password-protected `.docx` or an
/// old binary `.doc`.
pub const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The magic of a zip file.
pub const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// Reads a `.docx` into rendered text and what Word keeps beside it.
/// The error says why, in words for the author.
pub fn read_docx(bytes: &[u8], limits: &Limits) -> Result<(String, DocxInfo), String> {
    if bytes.starts_with(OLE_MAGIC) {
        return Err(
            "it is password-protected, or an old binary Word (.doc) file; \
                    remove the password (File > Info > Protect Document) or save it as .docx"
                .to_string(),
        );
    }
    if !bytes.starts_with(ZIP_MAGIC) {
        return Err("it is not a .docx (a .docx is a zip file, and this is not one)".to_string());
    }
    // The zip crate allocates for every entry its directory declares; count
    // the central directory signatures first (a bound on the real entries).
    let headers = bytes.windows(4).filter(|w| w == b"PK\x01\x02").count();
    if headers > limits.entries {
        return Err(format!(
            "it has more than {} entries, which no Word document has",
            limits.entries
        ));
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
    let mut headers: Vec<String> = rels
        .iter()
        .filter(|r| r.kind.ends_with("/header"))
        .map(|r| r.target.clone())
        .collect();
    headers.sort_by_key(|h| natural_key(h));
    headers.dedup();

    let mut revisions: Vec<RevisionDraft> = Vec::new();
    let mut header_parts = Vec::new();
    for h in &headers {
        if let Some(xml) = pkg.read(h)? {
            let first = revisions.len();
            let built = build_blocks(&xml, h, limits, &mut revisions)?;
            header_parts.push((built, first..revisions.len()));
        }
    }
    let xml = pkg
        .read(&main)?
        .ok_or_else(|| format!("it has no {main}: not a Word document"))?;
    let body = build_blocks(&xml, &main, limits, &mut revisions)?;
    drop(xml);

    let mut r = Renderer::new(&styles, &numbering, revisions.len());
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
    Ok(r.finish(revisions, comment_texts))
}

// ----- the package -------------------------------------------------------

struct Package<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    /// Uncompressed bytes still allowed.
    budget: u64,
    limit: u64,
    /// Entry names by lower-case name (part names are case-insensitive).
    names: HashMap<String, String>,
    limits: Limits,
}

struct Rel {
    kind: String,
    target: String,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8], limits: &Limits) -> Result<Package<'a>, String> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| format!("it is not a readable zip file ({e}); the file may be damaged"))?;
        if zip.len() > limits.entries {
            return Err(format!(
                "it has {} entries, more than the {} paperlint reads",
                zip.len(),
                limits.entries
            ));
        }
        let names = zip
            .file_names()
            .filter_map(Result::ok)
            .map(|n| (n.to_ascii_lowercase(), n.into_owned()))
            .collect();
        Ok(Package {
            zip,
            budget: limits.uncompressed,
            limit: limits.uncompressed,
            names,
            limits: *limits,
        })
    }

    /// A part's text, or `None` when the package has no such part.
    fn read(&mut self, name: &str) -> Result<Option<String>, String> {
        let Some(actual) = self.names.get(&name.to_ascii_lowercase()).cloned() else {
            return Ok(None);
        };
        let too_big = |limit: u64| {
            format!(
                "its contents unpack to more than {} MiB (a damaged file or a zip bomb)",
                limit / (1024 * 1024)
            )
        };
        let file = match self.zip.by_name(&actual) {
            Ok(f) => f,
            Err(zip::result::ZipError::UnsupportedArchive(m))
                if m == zip::result::ZipError::PASSWORD_REQUIRED =>
            {
                return Err("it is encrypted; remove the password and save it again".to_string())
            }
            Err(e) => return Err(format!("cannot read {actual} in it ({e})")),
        };
        if file.encrypted() {
            return Err("it is encrypted; remove the password and save it again".to_string());
        }
        // The size in the zip's header is a claim; refuse early on it, but
        // count the bytes actually inflated.
        if file.size() > self.budget {
            return Err(too_big(self.limit));
        }
        // Room for what the header claims (within the budget), so an honest
        // part is read without the vector doubling past it.
        let mut bytes = Vec::with_capacity(file.size().min(self.budget) as usize + 1);
        file.take(self.budget + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{actual} in it is damaged ({e})"))?;
        if bytes.len() as u64 > self.budget {
            return Err(too_big(self.limit));
        }
        self.budget -= bytes.len() as u64;
        decode_part(bytes, &actual).map(Some)
    }

    /// The main document part, from the package relationships.
    fn main_document(&mut self) -> Result<String, String> {
        let rels = match self.read("_rels/.rels")? {
            Some(xml) => parse_rels(&xml, "_rels/.rels", "", &self.limits)?,
            None => Vec::new(),
        };
        Ok(rels
            .into_iter()
            .find(|r| r.kind.ends_with("/officeDocument"))
            .map(|r| r.target)
            .filter(|t| self.names.contains_key(&t.to_ascii_lowercase()))
            .unwrap_or_else(|| "word/document.xml".to_string()))
    }

    /// Relationships of `part` (`word/_rels/document.xml.rels`).
    fn rels_of(&mut self, part: &str) -> Result<Vec<Rel>, String> {
        let dir = part_dir(part);
        let file = &part[dir.len()..];
        let name = format!("{dir}_rels/{file}.rels");
        match self.read(&name)? {
            Some(xml) => parse_rels(&xml, &name, &dir, &self.limits),
            None => Ok(Vec::new()),
        }
    }
}

/// `word/` of `word/document.xml`.
fn part_dir(part: &str) -> String {
    match part.rfind('/') {
        Some(i) => part[..=i].to_string(),
        None => String::new(),
    }
}

/// `header10.xml` after `header9.xml`.
fn natural_key(s: &str) -> (String, u64) {
    let digits: String = s
        .chars()
        .rev()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (
        s.trim_end_matches(|c: char| !c.is_ascii_digit())
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .to_string(),
        digits.parse().unwrap_or(0),
    )
}

fn decode_part(bytes: Vec<u8>, name: &str) -> Result<String, String> {
    let utf16 = if bytes.starts_with(&[0xFF, 0xFE]) {
        Some(encoding_rs::UTF_16LE)
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    };
    if let Some(enc) = utf16 {
        let (text, _, bad) = enc.decode(&bytes);
        if bad {
            return Err(format!("{name} in it is not valid UTF-16"));
        }
        return Ok(text.trim_start_matches('\u{feff}').to_string());
    }
    let mut text =
        String::from_utf8(bytes).map_err(|_| format!("{name} in it is not UTF-8 XML"))?;
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    Ok(text)
}

/// Resolves a relationship target against the folder of its source part.
fn resolve_target(dir: &str, target: &str) -> String {
    let joined = match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None => format!("{dir}{target}"),
    };
    let mut parts: Vec<&str> = Vec::new();
    for piece in joined.split('/') {
        match piece {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

fn parse_rels(xml: &str, name: &str, dir: &str, limits: &Limits) -> Result<Vec<Rel>, String> {
    let mut x = Xml::new(xml, name, limits.depth);
    let mut out = Vec::new();
    loop {
        match x.next()? {
            Ev::Start(_, e) if e.local_name().as_ref().as_bytes() == b"Relationship" => {
                if attr(&e, b"TargetMode").is_some_and(|m| m.eq_ignore_ascii_case("External")) {
                    continue;
                }
                if let (Some(kind), Some(target)) = (attr(&e, b"Type"), attr(&e, b"Target")) {
                    out.push(Rel {
                        kind,
                        target: resolve_target(dir, &target),
                    });
                }
            }
            Ev::Eof => return Ok(out),
            _ => {}
        }
    }
}

// ----- XML events ----------------------------------------------------------

/// The namespaces paperlint reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ns {
    /// WordprocessingML, transitional or strict.
    W,
    /// Markup compatibility (`mc:AlternateContent`).
    Mc,
    Other,
}

fn ns_of(uri: &[u8]) -> Ns {
    match uri {
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        | b"http://purl.oclc.org/ooxml/wordprocessingml/main" => Ns::W,
        b"http://schemas.openxmlformats.org/markup-compatibility/2006" => Ns::Mc,
        _ => Ns::Other,
    }
}

enum Ev<'x> {
    Start(Ns, BytesStart<'x>),
    End,
    Text(Cow<'x, str>),
    Eof,
}

/// XML events with empty elements expanded, entity references resolved
/// (predefined ones and character references only) and depth capped.
struct Xml<'x> {
    reader: NsReader<&'x [u8]>,
    depth: usize,
    max_depth: usize,
    part: &'x str,
}

impl<'x> Xml<'x> {
    fn new(xml: &'x str, part: &'x str, max_depth: usize) -> Self {
        let mut reader = NsReader::from_str(xml);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.trim_text(false);
        Xml {
            reader,
            depth: 0,
            max_depth,
            part,
        }
    }

    fn next(&mut self) -> Result<Ev<'x>, String> {
        loop {
            let (res, event) = match self.reader.read_resolved_event() {
                Ok((res, event)) => {
                    let ns = match res {
                        ResolveResult::Bound(Namespace(uri)) => ns_of(uri.as_bytes()),
                        _ => Ns::Other,
                    };
                    (ns, event)
                }
                Err(e) => {
                    return Err(format!(
                    "{} in it is not well-formed XML (at byte {}: {e}); the file may be damaged",
                    self.part,
                    self.reader.error_position()
                ))
                }
            };
            match event {
                Event::Start(e) => {
                    self.depth += 1;
                    if self.depth > self.max_depth {
                        return Err(format!(
                            "{} in it nests XML elements more than {} deep",
                            self.part, self.max_depth
                        ));
                    }
                    return Ok(Ev::Start(res, e));
                }
                Event::End(_) => {
                    self.depth = self.depth.saturating_sub(1);
                    return Ok(Ev::End);
                }
                Event::Text(t) => return Ok(Ev::Text(t.xml10_content())),
                Event::CData(t) => return Ok(Ev::Text(t.xml10_content())),
                Event::GeneralRef(r) => {
                    let text = if r.is_char_ref() {
                        match r.resolve_char_ref() {
                            Ok(Some(c)) => c.to_string(),
                            _ => continue,
                        }
                    } else {
                        match &*r {
                            "amp" => "&".to_string(),
                            "lt" => "<".to_string(),
                            "gt" => ">".to_string(),
                            "quot" => "\"".to_string(),
                            "apos" => "'".to_string(),
                            // Never expanded: no DTD is read.
                            _ => continue,
                        }
                    };
                    return Ok(Ev::Text(Cow::Owned(text)));
                }
                Event::Eof => return Ok(Ev::Eof),
                _ => continue,
            }
        }
    }

    /// Skips the rest of the element just started.
    fn skip(&mut self) -> Result<(), String> {
        let mut depth = 1usize;
        while depth > 0 {
            match self.next()? {
                Ev::Start(..) => depth += 1,
                Ev::End => depth -= 1,
                Ev::Eof => break,
                Ev::Text(_) => {}
            }
        }
        Ok(())
    }
}

/// An attribute's value by local name (`w:val` → `val`).
fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref().as_bytes() == local)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(Cow::into_owned)
        })
}

/// An on/off property: `<w:b/>`, `<w:b w:val="0"/>`.
fn on_off(e: &BytesStart<'_>) -> bool {
    !matches!(
        attr(e, b"val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

fn is_change(local: &[u8]) -> bool {
    local.ends_with(b"Change")
}

// ----- styles --------------------------------------------------------------

#[derive(Debug, Default, Clone)]
struct Style {
    /// Lower-case name (`heading 1`).
    name: String,
    based_on: Option<String>,
    bold: Option<bool>,
    caps: Option<bool>,
    num_id: Option<String>,
    ilvl: Option<u8>,
}

#[derive(Debug, Default)]
struct Styles {
    by_id: HashMap<String, Style>,
    default_para: Option<String>,
    default_bold: Option<bool>,
    default_caps: Option<bool>,
}

impl Styles {
    fn parse(xml: &str, part: &str, limits: &Limits) -> Result<Styles, String> {
        let mut x = Xml::new(xml, part, limits.depth);
        let mut out = Styles::default();
        // Element names open, innermost last.
        let mut open: Vec<Vec<u8>> = Vec::new();
        let mut current: Option<(String, Style)> = None;
        loop {
            match x.next()? {
                Ev::Start(ns, e) => {
                    let local = e.local_name().as_ref().as_bytes().to_vec();
                    if ns == Ns::W && (is_change(&local) || local == b"tblStylePr") {
                        x.skip()?;
                        continue;
                    }
                    let in_defaults = open.iter().any(|n| n == b"docDefaults");
                    let in_rpr = open.last().is_some_and(|n| n == b"rPr");
                    match local.as_slice() {
                        b"style" => {
                            let id = attr(&e, b"styleId").unwrap_or_default();
                            if attr(&e, b"type").as_deref() == Some("paragraph")
                                && attr(&e, b"default").is_some_and(|d| d == "1" || d == "true")
                            {
                                out.default_para = Some(id.clone());
                            }
                            current = Some((id, Style::default()));
                        }
                        b"name" => {
                            if let Some((_, s)) = current.as_mut() {
                                s.name = attr(&e, b"val").unwrap_or_default().to_lowercase();
                            }
                        }
                        b"basedOn" => {
                            if let Some((_, s)) = current.as_mut() {
                                s.based_on = attr(&e, b"val");
                            }
                        }
                        b"b" if in_rpr => {
                            if in_defaults {
                                out.default_bold = Some(on_off(&e));
                            } else if let Some((_, s)) = current.as_mut() {
                                s.bold = Some(on_off(&e));
                            }
                        }
                        b"caps" if in_rpr => {
                            if in_defaults {
                                out.default_caps = Some(on_off(&e));
                            } else if let Some((_, s)) = current.as_mut() {
                                s.caps = Some(on_off(&e));
                            }
                        }
                        b"numId" => {
                            if let Some((_, s)) = current.as_mut() {
                                s.num_id = attr(&e, b"val");
                            }
                        }
                        b"ilvl" => {
                            if let Some((_, s)) = current.as_mut() {
                                s.ilvl = attr(&e, b"val").and_then(|v| v.parse().ok());
                            }
                        }
                        _ => {}
                    }
                    open.push(local);
                }
                Ev::End => {
                    if open.pop().as_deref() == Some(b"style") {
                        if let Some((id, s)) = current.take() {
                            out.by_id.insert(id, s);
                        }
                    }
                }
                Ev::Text(_) => {}
                Ev::Eof => return Ok(out),
            }
        }
    }

    /// The style and the styles it is based on, nearest first.
    fn chain<'s>(
        &'s self,
        id: Option<&'s str>,
    ) -> impl Iterator<Item = (&'s str, Option<&'s Style>)> {
        let mut next = id;
        let mut hops = 0;
        std::iter::from_fn(move || {
            let id = next?;
            hops += 1;
            if hops > 16 {
                return None;
            }
            let style = self.by_id.get(id);
            next = style.and_then(|s| s.based_on.as_deref());
            Some((id, style))
        })
    }

    fn para_style<'s>(&'s self, id: Option<&'s str>) -> Option<&'s str> {
        id.or(self.default_para.as_deref())
    }

    /// The heading level (1–6) of a paragraph style, `Title` being 1.
    fn heading_level(&self, id: Option<&str>) -> Option<u8> {
        self.chain(id).find_map(|(id, style)| match style {
            Some(s) if !s.name.is_empty() => heading_name_level(&s.name),
            _ => heading_name_level(&id.to_lowercase()),
        })
    }

    fn bold(&self, id: Option<&str>) -> Option<bool> {
        self.chain(id).find_map(|(_, s)| s.and_then(|s| s.bold))
    }

    fn caps(&self, id: Option<&str>) -> Option<bool> {
        self.chain(id).find_map(|(_, s)| s.and_then(|s| s.caps))
    }

    /// The numbering a paragraph style carries, with the style that carries it.
    fn numbering(&self, id: Option<&str>) -> Option<(String, Option<u8>, String)> {
        self.chain(id).find_map(|(sid, s)| {
            let s = s?;
            s.num_id.clone().map(|n| (n, s.ilvl, sid.to_string()))
        })
    }
}

/// `heading 2` → 2, `title` → 1, and the common localised names
/// (`Überschrift 2`, `Titre 2`, `Kop 2`), also as style ids (`Heading2`).
fn heading_name_level(name: &str) -> Option<u8> {
    let name = name.trim();
    if name == "title" || name == "titel" || name == "titre" || name == "título" {
        return Some(1);
    }
    let digits = name.len() - name.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 1 {
        return None;
    }
    let (word, n) = name.split_at(name.len() - digits);
    let word = word.trim_end();
    const WORDS: &[&str] = &[
        "heading",
        "überschrift",
        "berschrift",
        "titre",
        "título",
        "titulo",
        "titolo",
        "kop",
        "rubrik",
        "overskrift",
        "otsikko",
        "nagłówek",
    ];
    let last = word.rsplit(' ').next().unwrap_or(word);
    if !WORDS.contains(&last) {
        return None;
    }
    let n: u8 = n.parse().ok()?;
    (1..=9).contains(&n).then_some(n.min(6))
}

// ----- numbering -----------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumFmt {
    Decimal,
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    Bullet,
    None,
}

impl NumFmt {
    fn parse(s: &str) -> NumFmt {
        match s {
            "lowerLetter" => NumFmt::LowerLetter,
            "upperLetter" => NumFmt::UpperLetter,
            "lowerRoman" => NumFmt::LowerRoman,
            "upperRoman" => NumFmt::UpperRoman,
            "bullet" => NumFmt::Bullet,
            "none" => NumFmt::None,
            "decimalZero" => NumFmt::DecimalZero,
            // decimal, ordinal, cardinalText, decimalEnclosedCircle, …: the
            // value is what matters for references.
            _ => NumFmt::Decimal,
        }
    }

    fn format(self, n: u32) -> String {
        match self {
            NumFmt::Decimal | NumFmt::Bullet => n.to_string(),
            NumFmt::DecimalZero => format!("{n:02}"),
            NumFmt::LowerLetter => letters(n),
            NumFmt::UpperLetter => letters(n).to_uppercase(),
            NumFmt::LowerRoman => roman(n),
            NumFmt::UpperRoman => roman(n).to_uppercase(),
            NumFmt::None => String::new(),
        }
    }
}

/// Word's letters: a … z, aa … zz, aaa ….
fn letters(n: u32) -> String {
    if n == 0 {
        return "0".to_string();
    }
    let n = n.min(780) - 1;
    let c = (b'a' + (n % 26) as u8) as char;
    c.to_string().repeat((n / 26 + 1) as usize)
}

fn roman(n: u32) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    const TABLE: &[(u32, &str)] = &[
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut n = n;
    let mut out = String::new();
    for &(v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[derive(Debug, Clone)]
struct Level {
    start: u32,
    fmt: NumFmt,
    text: String,
    /// `w:lvlRestart`: restart after this (1-based) level; 0: never.
    restart: Option<u32>,
    legal: bool,
    pstyle: Option<String>,
}

impl Default for Level {
    fn default() -> Self {
        Level {
            start: 1,
            fmt: NumFmt::Decimal,
            text: String::new(),
            restart: None,
            legal: false,
            pstyle: None,
        }
    }
}

const LEVELS: usize = 9;

#[derive(Debug, Default, Clone)]
struct AbstractNum {
    levels: [Option<Level>; LEVELS],
    /// `w:numStyleLink`: the numbering is defined by a numbering style.
    style_link: Option<String>,
}

#[derive(Debug, Default, Clone)]
struct Num {
    abstract_id: String,
    start_overrides: [Option<u32>; LEVELS],
    level_overrides: [Option<Level>; LEVELS],
}

#[derive(Debug, Default)]
struct Numbering {
    abstracts: HashMap<String, AbstractNum>,
    nums: HashMap<String, Num>,
}

impl Numbering {
    fn parse(xml: &str, part: &str, limits: &Limits) -> Result<Numbering, String> {
        let mut x = Xml::new(xml, part, limits.depth);
        let mut out = Numbering::default();
        let mut open: Vec<Vec<u8>> = Vec::new();
        let mut abs: Option<(String, AbstractNum)> = None;
        let mut num: Option<(String, Num)> = None;
        let mut lvl: Option<(usize, Level)> = None;
        let mut override_ilvl: Option<usize> = None;
        loop {
            match x.next()? {
                Ev::Start(_, e) => {
                    let local = e.local_name().as_ref().as_bytes().to_vec();
                    let val = || attr(&e, b"val");
                    match local.as_slice() {
                        b"abstractNum" => {
                            abs = Some((
                                attr(&e, b"abstractNumId").unwrap_or_default(),
                                AbstractNum::default(),
                            ))
                        }
                        b"num" => {
                            num = Some((attr(&e, b"numId").unwrap_or_default(), Num::default()))
                        }
                        b"abstractNumId" => {
                            if let Some((_, n)) = num.as_mut() {
                                n.abstract_id = val().unwrap_or_default();
                            }
                        }
                        b"lvlOverride" => {
                            override_ilvl = attr(&e, b"ilvl")
                                .and_then(|v| v.parse().ok())
                                .filter(|&i: &usize| i < LEVELS)
                        }
                        b"startOverride" => {
                            if let (Some((_, n)), Some(i)) = (num.as_mut(), override_ilvl) {
                                n.start_overrides[i] = val().and_then(|v| v.parse().ok());
                            }
                        }
                        b"lvl" => {
                            let i = attr(&e, b"ilvl")
                                .and_then(|v| v.parse().ok())
                                .filter(|&i: &usize| i < LEVELS);
                            lvl = i.map(|i| (i, Level::default()));
                        }
                        b"start" => {
                            if let Some((_, l)) = lvl.as_mut() {
                                l.start = val().and_then(|v| v.parse().ok()).unwrap_or(1);
                            }
                        }
                        b"numFmt" => {
                            if let Some((_, l)) = lvl.as_mut() {
                                l.fmt = NumFmt::parse(&val().unwrap_or_default());
                            }
                        }
                        b"lvlText" => {
                            if let Some((_, l)) = lvl.as_mut() {
                                l.text = val().unwrap_or_default();
                            }
                        }
                        b"lvlRestart" => {
                            if let Some((_, l)) = lvl.as_mut() {
                                l.restart = val().and_then(|v| v.parse().ok());
                            }
                        }
                        b"isLgl" => {
                            if let Some((_, l)) = lvl.as_mut() {
                                l.legal = on_off(&e);
                            }
                        }
                        b"pStyle" => {
                            if let Some((_, l)) = lvl.as_mut() {
                                l.pstyle = val();
                            }
                        }
                        b"numStyleLink" => {
                            if let Some((_, a)) = abs.as_mut() {
                                a.style_link = val();
                            }
                        }
                        _ => {}
                    }
                    open.push(local);
                }
                Ev::End => match open.pop().as_deref() {
                    Some(b"lvl") => {
                        if let Some((i, l)) = lvl.take() {
                            if let Some((_, n)) = num.as_mut() {
                                n.level_overrides[i] = Some(l);
                            } else if let Some((_, a)) = abs.as_mut() {
                                a.levels[i] = Some(l);
                            }
                        }
                    }
                    Some(b"lvlOverride") => override_ilvl = None,
                    Some(b"abstractNum") => {
                        if let Some((id, a)) = abs.take() {
                            out.abstracts.insert(id, a);
                        }
                    }
                    Some(b"num") => {
                        if let Some((id, n)) = num.take() {
                            out.nums.insert(id, n);
                        }
                    }
                    _ => {}
                },
                Ev::Text(_) => {}
                Ev::Eof => return Ok(out),
            }
        }
    }

    /// The abstract numbering behind `num_id`, following style links.
    fn abstract_of(&self, num_id: &str, styles: &Styles) -> Option<(&str, &AbstractNum)> {
        let mut id = self.nums.get(num_id)?.abstract_id.as_str();
        for _ in 0..8 {
            let (key, a) = self.abstracts.get_key_value(id)?;
            let Some(link) = a.style_link.as_deref() else {
                return Some((key.as_str(), a));
            };
            // The numbering style carries a numId whose abstract has the levels.
            let linked = styles.by_id.get(link).and_then(|s| s.num_id.as_deref())?;
            id = self.nums.get(linked)?.abstract_id.as_str();
        }
        None
    }

    fn level(&self, num_id: &str, ilvl: usize, styles: &Styles) -> Option<&Level> {
        let num = self.nums.get(num_id)?;
        if let Some(l) = &num.level_overrides[ilvl] {
            return Some(l);
        }
        let (_, a) = self.abstract_of(num_id, styles)?;
        a.levels[ilvl].as_ref()
    }
}

/// Counters as Word keeps them: per abstract numbering, shared by the
/// `w:num` instances that use it; a `w:startOverride` restarts a level the
/// first time its instance is used.
#[derive(Default)]
struct NumState {
    counters: HashMap<String, [Option<u32>; LEVELS]>,
    /// Start values waiting for a level's next use, per abstract.
    pending: HashMap<String, [Option<u32>; LEVELS]>,
    used: HashSet<String>,
}

/// A paragraph's automatic number, as shown.
struct Label {
    text: String,
    bullet: bool,
    ilvl: usize,
    /// Whether the label shows only its own level (`(a)`, `i.`), so nests
    /// under its parent's line.
    own_level_only: bool,
}

impl NumState {
    fn next(
        &mut self,
        num_id: &str,
        ilvl: usize,
        numbering: &Numbering,
        styles: &Styles,
    ) -> Option<Label> {
        let ilvl = ilvl.min(LEVELS - 1);
        let (abs_id, _) = numbering.abstract_of(num_id, styles)?;
        let abs_id = abs_id.to_string();
        let level = numbering.level(num_id, ilvl, styles)?;
        let num = numbering.nums.get(num_id)?;
        if self.used.insert(num_id.to_string()) {
            let pending = self.pending.entry(abs_id.clone()).or_default();
            for (l, start) in num.start_overrides.iter().enumerate() {
                if let Some(s) = start {
                    pending[l] = Some(*s);
                }
            }
        }
        let levels: Vec<Option<&Level>> = (0..LEVELS)
            .map(|l| numbering.level(num_id, l, styles))
            .collect();
        let pending = self.pending.entry(abs_id.clone()).or_default();
        let counters = self.counters.entry(abs_id).or_default();
        // A level's start: a pending override, else its own start.
        let start_of = |l: usize, pending: &[Option<u32>; LEVELS]| {
            pending[l].unwrap_or_else(|| levels[l].as_ref().map_or(1, |lv| lv.start))
        };
        counters[ilvl] = Some(match (counters[ilvl], pending[ilvl].take()) {
            (_, Some(start)) => start,
            (Some(v), None) => v.saturating_add(1),
            (None, None) => start_of(ilvl, pending),
        });
        // Deeper levels restart, unless `w:lvlRestart` says otherwise.
        for (deeper, counter) in counters.iter_mut().enumerate().skip(ilvl + 1) {
            let restart = levels[deeper].as_ref().and_then(|l| l.restart);
            let resets = match restart {
                Some(0) => false,
                Some(r) => ilvl < r as usize,
                None => true,
            };
            if resets {
                *counter = None;
            }
        }
        if level.fmt == NumFmt::Bullet {
            return Some(Label {
                text: "-".to_string(),
                bullet: true,
                ilvl,
                own_level_only: true,
            });
        }
        let mut text = String::new();
        let mut chars = level.text.chars().peekable();
        let mut shown = Vec::new();
        while let Some(c) = chars.next() {
            if c == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    chars.next();
                    let l = (d as usize).saturating_sub(1).min(LEVELS - 1);
                    shown.push(l);
                    let value = counters[l].unwrap_or_else(|| start_of(l, pending));
                    let fmt = levels[l].as_ref().map_or(NumFmt::Decimal, |lv| lv.fmt);
                    let fmt = if level.legal || fmt == NumFmt::Bullet {
                        NumFmt::Decimal
                    } else {
                        fmt
                    };
                    text.push_str(&fmt.format(value));
                    continue;
                }
            }
            text.push(c);
        }
        let text = text.trim().to_string();
        if text.is_empty() {
            return None;
        }
        Some(Label {
            text,
            bullet: false,
            ilvl,
            own_level_only: shown.iter().all(|&l| l == ilvl),
        })
    }
}

// ----- comments ------------------------------------------------------------

fn parse_comments(
    xml: &str,
    part: &str,
    limits: &Limits,
) -> Result<Vec<(String, Option<String>, String)>, String> {
    let mut x = Xml::new(xml, part, limits.depth);
    let mut out = Vec::new();
    let mut current: Option<(String, Option<String>, String)> = None;
    let mut open: Vec<Vec<u8>> = Vec::new();
    loop {
        match x.next()? {
            Ev::Start(ns, e) => {
                let local = e.local_name().as_ref().as_bytes().to_vec();
                match (ns, local.as_slice()) {
                    (Ns::W, b"comment") => {
                        current = Some((
                            attr(&e, b"id").unwrap_or_default(),
                            attr(&e, b"author"),
                            String::new(),
                        ))
                    }
                    (Ns::W, b"p") => {
                        if let Some((_, _, t)) = current.as_mut() {
                            if !t.is_empty() && !t.ends_with(' ') {
                                t.push(' ');
                            }
                        }
                    }
                    (Ns::W, b"del" | b"moveFrom" | b"instrText") => {
                        x.skip()?;
                        continue;
                    }
                    _ => {}
                }
                open.push(local);
            }
            Ev::Text(t) => {
                if open.last().is_some_and(|n| n == b"t") {
                    if let Some((_, _, text)) = current.as_mut() {
                        text.push_str(&t);
                    }
                }
            }
            Ev::End => {
                if open.pop().as_deref() == Some(b"comment") {
                    if let Some((id, author, text)) = current.take() {
                        out.push((
                            id,
                            author,
                            text.split_whitespace().collect::<Vec<_>>().join(" "),
                        ));
                    }
                }
            }
            Ev::Eof => return Ok(out),
        }
    }
}

// ----- building blocks from a part -------------------------------------------

#[derive(Debug, Default, Clone)]
struct RunProps {
    bold: Option<bool>,
    caps: Option<bool>,
    style: Option<String>,
    superscript: bool,
    hidden: bool,
}

#[derive(Debug)]
enum Seg {
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
}

#[derive(Debug, Default)]
struct Para {
    index: usize,
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    page_break_before: bool,
    /// The paragraph mark is a tracked deletion: accepted, the paragraph
    /// joins the next one.
    mark_deleted: bool,
    segs: Vec<Seg>,
    /// Text boxes anchored in it.
    boxes: Vec<Block>,
}

#[derive(Debug)]
enum Block {
    Para(Para),
    Table(Table),
}

#[derive(Debug, Default)]
struct Table {
    rows: Vec<Row>,
}

#[derive(Debug, Default)]
struct Row {
    cells: Vec<Vec<Block>>,
    deleted: bool,
    /// A tracked insertion or deletion of the whole row.
    rev: Option<usize>,
}

#[derive(Debug, Default)]
struct Container {
    blocks: Vec<Block>,
    /// A paragraph whose mark was deleted, waiting to join the next one.
    carry: Option<Para>,
}

impl Container {
    fn close(mut self) -> Vec<Block> {
        if let Some(p) = self.carry.take() {
            self.blocks.push(Block::Para(p));
        }
        self.blocks
    }
}

#[derive(Debug)]
struct RevisionDraft {
    kind: RevisionKind,
    author: Option<String>,
    deleted: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    Transparent,
    Para,
    PPr,
    PMark,
    Run,
    RPr,
    Text,
    DelText,
    Rev { deleting: bool },
    Table,
    Row,
    TrPr,
    Cell,
    TextBox,
    Alt { taken: bool },
}

struct Built {
    blocks: Vec<Block>,
    /// Run properties, indexed by `Seg::Text::run`.
    props: Vec<RunProps>,
    rendered_breaks: bool,
}

struct Builder<'r> {
    frames: Vec<Frame>,
    paras: Vec<Para>,
    containers: Vec<Container>,
    tables: Vec<Table>,
    props: Vec<RunProps>,
    runs: Vec<usize>,
    revs: Vec<usize>,
    deleting: usize,
    revisions: &'r mut Vec<RevisionDraft>,
    /// Marks found outside any paragraph: given to the next one.
    pending: Vec<Seg>,
    next_index: usize,
    rendered_breaks: bool,
}

const MAX_DELETED_CHARS: usize = 200;

fn build_blocks(
    xml: &str,
    part: &str,
    limits: &Limits,
    revisions: &mut Vec<RevisionDraft>,
) -> Result<Built, String> {
    let mut x = Xml::new(xml, part, limits.depth);
    let mut b = Builder {
        frames: Vec::new(),
        paras: Vec::new(),
        containers: vec![Container::default()],
        tables: Vec::new(),
        props: vec![RunProps::default()],
        runs: Vec::new(),
        revs: Vec::new(),
        deleting: 0,
        revisions,
        pending: Vec::new(),
        next_index: 0,
        rendered_breaks: false,
    };
    // Depth inside an element whose content is not read, and the depth of
    // the formatting change being skipped, if any.
    let mut skip = 0usize;
    let mut change_at: Option<usize> = None;
    loop {
        match x.next()? {
            Ev::Start(ns, e) => {
                if skip > 0 {
                    skip += 1;
                } else if !b.start(ns, &e) {
                    skip = 1;
                }
                // A formatting change anywhere (even in table properties)
                // is a tracked change; its content is the old formatting.
                if skip > 0
                    && change_at.is_none()
                    && ns == Ns::W
                    && is_change(e.local_name().as_ref().as_bytes())
                {
                    b.formatting_change(&e);
                    change_at = Some(skip);
                }
            }
            Ev::End => {
                if skip > 0 {
                    if change_at == Some(skip) {
                        change_at = None;
                    }
                    skip -= 1;
                } else {
                    b.end();
                }
            }
            Ev::Text(t) => {
                if skip == 0 {
                    b.text(&t);
                }
            }
            Ev::Eof => break,
        }
    }
    // Unclosed elements in a damaged part: close what is open.
    while !b.frames.is_empty() {
        b.end();
    }
    let mut blocks = Vec::new();
    for c in b.containers.drain(..).rev() {
        let mut closed = c.close();
        closed.append(&mut blocks);
        blocks = closed;
    }
    if !b.pending.is_empty() {
        let mut p = Para {
            index: b.next_index + 1,
            ..Para::default()
        };
        p.segs.append(&mut b.pending);
        blocks.push(Block::Para(p));
    }
    Ok(Built {
        blocks,
        props: b.props,
        rendered_breaks: b.rendered_breaks,
    })
}

impl Builder<'_> {
    fn parent(&self) -> Option<Frame> {
        self.frames.last().copied()
    }

    /// The innermost frame that is not transparent (content controls,
    /// hyperlinks, alternate content and the like wrap runs, rows and cells).
    fn nearest(&self) -> Option<Frame> {
        self.frames
            .iter()
            .rev()
            .find(|f| !matches!(f, Frame::Transparent | Frame::Alt { .. }))
            .copied()
    }

    fn push_seg(&mut self, seg: Seg) {
        match self.paras.last_mut() {
            Some(p) => p.segs.push(seg),
            None => self.pending.push(seg),
        }
    }

    fn new_revision(&mut self, kind: RevisionKind, e: &BytesStart<'_>) -> usize {
        self.revisions.push(RevisionDraft {
            kind,
            author: attr(e, b"author"),
            deleted: String::new(),
        });
        self.revisions.len() - 1
    }

    fn formatting_change(&mut self, e: &BytesStart<'_>) {
        let rev = self.new_revision(RevisionKind::Formatting, e);
        self.push_seg(Seg::Mark(rev));
    }

    /// Handles a start tag; `false` to skip the element's content.
    fn start(&mut self, ns: Ns, e: &BytesStart<'_>) -> bool {
        let local = e.local_name();
        let local = local.as_ref().as_bytes();
        let parent = self.parent();
        if ns == Ns::Mc {
            let frame = match local {
                b"AlternateContent" => Frame::Alt { taken: false },
                b"Choice" | b"Fallback" => match parent {
                    // The first branch only: the others repeat it for older readers.
                    Some(Frame::Alt { taken: false }) => {
                        if let Some(Frame::Alt { taken }) = self.frames.last_mut() {
                            *taken = true;
                        }
                        Frame::Transparent
                    }
                    Some(Frame::Alt { taken: true }) => return false,
                    _ => Frame::Transparent,
                },
                _ => Frame::Transparent,
            };
            self.frames.push(frame);
            return true;
        }
        if ns != Ns::W {
            // Drawings, VML, math: look inside for text boxes only.
            self.frames.push(Frame::Transparent);
            return true;
        }
        if is_change(local) {
            return false;
        }
        let near = self.nearest();
        let frame = match near {
            Some(Frame::PPr) => match local {
                b"pStyle" => {
                    if let Some(p) = self.paras.last_mut() {
                        p.style = attr(e, b"val");
                    }
                    return false;
                }
                b"numPr" => Frame::Transparent,
                b"ilvl" | b"numId" => {
                    if let Some(p) = self.paras.last_mut() {
                        if local == b"ilvl" {
                            p.ilvl = attr(e, b"val").and_then(|v| v.parse().ok());
                        } else {
                            p.num_id = attr(e, b"val");
                        }
                    }
                    return false;
                }
                b"rPr" => Frame::PMark,
                b"pageBreakBefore" => {
                    if let Some(p) = self.paras.last_mut() {
                        p.page_break_before = on_off(e);
                    }
                    return false;
                }
                _ => return false,
            },
            Some(Frame::PMark) => {
                match local {
                    b"ins" | b"moveTo" => {
                        let kind = if local == b"ins" {
                            RevisionKind::Insertion
                        } else {
                            RevisionKind::MoveTo
                        };
                        let rev = self.new_revision(kind, e);
                        self.push_seg(Seg::Mark(rev));
                    }
                    b"del" | b"moveFrom" => {
                        let kind = if local == b"del" {
                            RevisionKind::Deletion
                        } else {
                            RevisionKind::MoveFrom
                        };
                        let rev = self.new_revision(kind, e);
                        self.push_seg(Seg::Mark(rev));
                        if let Some(p) = self.paras.last_mut() {
                            p.mark_deleted = true;
                        }
                    }
                    _ => {}
                }
                return false;
            }
            Some(Frame::RPr) => {
                if let Some(&i) = self.runs.last() {
                    let props = &mut self.props[i];
                    match local {
                        b"b" => props.bold = Some(on_off(e)),
                        b"caps" => props.caps = Some(on_off(e)),
                        b"rStyle" => props.style = attr(e, b"val"),
                        b"vanish" => props.hidden = on_off(e),
                        b"vertAlign" => {
                            props.superscript = attr(e, b"val").as_deref() == Some("superscript")
                        }
                        _ => {}
                    }
                }
                return false;
            }
            Some(Frame::TrPr) => {
                if matches!(local, b"ins" | b"del") {
                    let deleted = local == b"del";
                    let kind = if deleted {
                        RevisionKind::Deletion
                    } else {
                        RevisionKind::Insertion
                    };
                    let rev = self.new_revision(kind, e);
                    if let Some(row) = self.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                        row.deleted |= deleted;
                        row.rev = Some(rev);
                    }
                }
                return false;
            }
            _ => match local {
                b"p" => {
                    self.next_index += 1;
                    let mut p = Para {
                        index: self.next_index,
                        ..Para::default()
                    };
                    p.segs.append(&mut self.pending);
                    self.paras.push(p);
                    Frame::Para
                }
                b"pPr" if near == Some(Frame::Para) => Frame::PPr,
                b"r" => {
                    self.props.push(RunProps::default());
                    self.runs.push(self.props.len() - 1);
                    Frame::Run
                }
                b"rPr" if near == Some(Frame::Run) => Frame::RPr,
                b"t" if near == Some(Frame::Run) => Frame::Text,
                b"delText" => Frame::DelText,
                b"tab" | b"ptab" if near == Some(Frame::Run) => {
                    if self.deleting == 0 {
                        let rev = self.inserting();
                        self.push_seg(Seg::Tab { rev });
                    }
                    return false;
                }
                b"br" | b"cr" if near == Some(Frame::Run) => {
                    if self.deleting == 0 {
                        let seg = match attr(e, b"type").as_deref() {
                            Some("page") => Seg::PageBreak,
                            _ => Seg::Break,
                        };
                        self.push_seg(seg);
                    }
                    return false;
                }
                b"noBreakHyphen" if near == Some(Frame::Run) => {
                    self.run_text("-");
                    return false;
                }
                b"lastRenderedPageBreak" => {
                    self.rendered_breaks = true;
                    self.push_seg(Seg::RenderedPageBreak);
                    return false;
                }
                b"ins" | b"moveTo" => {
                    let kind = if local == b"ins" {
                        RevisionKind::Insertion
                    } else {
                        RevisionKind::MoveTo
                    };
                    let rev = self.new_revision(kind, e);
                    self.revs.push(rev);
                    Frame::Rev { deleting: false }
                }
                b"del" | b"moveFrom" => {
                    let kind = if local == b"del" {
                        RevisionKind::Deletion
                    } else {
                        RevisionKind::MoveFrom
                    };
                    let rev = self.new_revision(kind, e);
                    self.push_seg(Seg::Mark(rev));
                    self.revs.push(rev);
                    self.deleting += 1;
                    Frame::Rev { deleting: true }
                }
                b"commentRangeStart" => {
                    self.push_seg(Seg::CommentStart(attr(e, b"id").unwrap_or_default()));
                    return false;
                }
                b"commentRangeEnd" => {
                    self.push_seg(Seg::CommentEnd(attr(e, b"id").unwrap_or_default()));
                    return false;
                }
                b"commentReference" => {
                    self.push_seg(Seg::CommentRef(attr(e, b"id").unwrap_or_default()));
                    return false;
                }
                b"tbl" => {
                    self.tables.push(Table::default());
                    Frame::Table
                }
                b"tr" if near == Some(Frame::Table) => {
                    if let Some(t) = self.tables.last_mut() {
                        t.rows.push(Row::default());
                    }
                    Frame::Row
                }
                b"trPr" if near == Some(Frame::Row) => Frame::TrPr,
                b"tc" if near == Some(Frame::Row) => {
                    self.containers.push(Container::default());
                    Frame::Cell
                }
                b"txbxContent" => {
                    self.containers.push(Container::default());
                    Frame::TextBox
                }
                // Properties, field instructions, content-control settings,
                // section settings: nothing to read inside.
                b"pPr" | b"rPr" | b"tblPr" | b"tblGrid" | b"tcPr" | b"tblPrEx" | b"sectPr"
                | b"instrText" | b"delInstrText" | b"sdtPr" | b"sdtEndPr" | b"fldData"
                | b"ffData" | b"footnoteReference" | b"endnoteReference" | b"headerReference"
                | b"footerReference" | b"background" | b"docPartPr" => return false,
                _ => Frame::Transparent,
            },
        };
        self.frames.push(frame);
        true
    }

    /// The insertion the current text belongs to, if any.
    fn inserting(&self) -> Option<usize> {
        self.revs.last().copied()
    }

    fn run_text(&mut self, text: &str) {
        if self.deleting > 0 {
            if let Some(&rev) = self.revs.last() {
                let d = &mut self.revisions[rev].deleted;
                if d.chars().count() < MAX_DELETED_CHARS {
                    d.extend(text.chars().take(MAX_DELETED_CHARS));
                }
            }
            return;
        }
        let run = self.runs.last().copied().unwrap_or(0);
        let rev = self.inserting();
        // Line ends and control characters inside a text node are spaces.
        let clean: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if let Some(Seg::Text {
            text,
            run: r,
            rev: v,
        }) = self.paras.last_mut().and_then(|p| p.segs.last_mut())
        {
            if *r == run && *v == rev {
                text.push_str(&clean);
                return;
            }
        }
        if !self.paras.is_empty() {
            self.push_seg(Seg::Text {
                text: clean,
                run,
                rev,
            });
        }
    }

    fn text(&mut self, t: &str) {
        match self.parent() {
            Some(Frame::Text) => self.run_text(t),
            Some(Frame::DelText) if self.deleting > 0 => self.run_text(t),
            _ => {}
        }
    }

    fn end(&mut self) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        match frame {
            Frame::Para => {
                let Some(mut p) = self.paras.pop() else {
                    return;
                };
                let container = self.containers.last_mut().expect("the part's container");
                if let Some(mut carried) = container.carry.take() {
                    // The earlier paragraph's mark was deleted: its text
                    // begins this one, which keeps its own properties.
                    carried.segs.append(&mut p.segs);
                    p.segs = carried.segs;
                    carried.boxes.append(&mut p.boxes);
                    p.boxes = carried.boxes;
                    p.index = carried.index;
                }
                if p.mark_deleted {
                    container.carry = Some(p);
                } else {
                    container.blocks.push(Block::Para(p));
                }
            }
            Frame::Run => {
                self.runs.pop();
            }
            Frame::Rev { deleting } => {
                self.revs.pop();
                if deleting {
                    self.deleting = self.deleting.saturating_sub(1);
                }
            }
            Frame::Table => {
                if let Some(t) = self.tables.pop() {
                    self.containers
                        .last_mut()
                        .expect("the part's container")
                        .blocks
                        .push(Block::Table(t));
                }
            }
            Frame::Cell if self.containers.len() > 1 => {
                let blocks = self.containers.pop().expect("checked").close();
                if let Some(row) = self.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                    row.cells.push(blocks);
                }
            }
            Frame::TextBox if self.containers.len() > 1 => {
                let mut blocks = self.containers.pop().expect("checked").close();
                match self.paras.last_mut() {
                    Some(p) => p.boxes.append(&mut blocks),
                    None => self
                        .containers
                        .last_mut()
                        .expect("the part's container")
                        .blocks
                        .append(&mut blocks),
                }
            }
            _ => {}
        }
    }
}

// ----- rendering ---------------------------------------------------------------

struct Renderer<'a> {
    styles: &'a Styles,
    /// Run properties of the part being rendered.
    props: Vec<RunProps>,
    numbering: &'a Numbering,
    nums: NumState,
    text: String,
    paragraphs: Vec<DocxParagraph>,
    part: DocxPart,
    /// Text span of each revision, as far as seen.
    rev_spans: Vec<Option<Span>>,
    /// Revisions of a header not shown (a repeat of another).
    dropped: Vec<bool>,
    comment_starts: HashMap<String, usize>,
    comment_spans: HashMap<String, Span>,
    comment_refs: HashMap<String, usize>,
    /// Open headings: (level, title); bold paragraphs count as level 7.
    headings: Vec<(u8, String)>,
    use_rendered_breaks: bool,
    /// Pages begun by breaks so far (1-based page = this + 1).
    breaks: usize,
    /// Text offset of the last explicit page break, for estimated pages.
    break_at: usize,
}

/// A rendered paragraph before it is placed in the text.
struct Rendered {
    text: String,
    /// Text offset, within `text`, of each segment (`segs[i]` → start, end).
    positions: Vec<(usize, usize)>,
    heading: Option<(u8, String)>,
}

/// How a paragraph's content is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A line of its own.
    Line,
    /// Inside a table cell: breaks and tabs are spaces, no markup.
    Cell,
}

impl<'a> Renderer<'a> {
    fn new(styles: &'a Styles, numbering: &'a Numbering, revisions: usize) -> Self {
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
        }
    }

    fn begin_part(&mut self, part: DocxPart, props: Vec<RunProps>) {
        self.part = part;
        self.props = props;
        self.nums = NumState::default();
        self.headings.clear();
        self.breaks = 0;
        self.break_at = self.text.len();
    }

    /// After dropping text from `len` on: keep every recorded position inside.
    fn clamp_positions(&mut self, len: usize) {
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
    }

    fn page(&self) -> usize {
        if self.use_rendered_breaks {
            self.breaks + 1
        } else {
            self.breaks + 1 + (self.text.len() - self.break_at) / CHARS_PER_PAGE
        }
    }

    fn heading_path(&self) -> Option<String> {
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

    /// Starts a block on a new line, a blank line after the last one.
    fn begin_block(&mut self) {
        if !self.text.is_empty() {
            while !self.text.ends_with("\n\n") {
                self.text.push('\n');
            }
        }
    }

    fn blocks(&mut self, blocks: &[Block], nesting: usize) {
        for block in blocks {
            match block {
                Block::Para(p) => {
                    self.blocks(&p.boxes, nesting);
                    self.para(p);
                }
                Block::Table(t) => self.table(t, nesting),
            }
        }
    }

    fn para(&mut self, p: &Para) {
        self.page_breaks_before(p);
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
        let base = self.text.len();
        self.paragraphs.push(DocxParagraph {
            start: base,
            index: p.index,
            part: self.part,
            page: self.page(),
            heading: self.heading_path(),
        });
        self.text.push_str(&r.text);
        self.place(p, &r.positions, base);
        self.page_breaks_in(p);
    }

    fn page_breaks_before(&mut self, p: &Para) {
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

    fn page_breaks_in(&mut self, p: &Para) {
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
    fn place_hidden(&mut self, blocks: &[Block], at: usize, nesting: usize) {
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
    fn place_empty(&mut self, p: &Para) {
        let at = self.text.len();
        let positions = vec![(0, 0); p.segs.len()];
        self.place(p, &positions, at);
        self.page_breaks_in(p);
    }

    /// Records where revisions and comments fell, `base` being where the
    /// paragraph's rendering starts.
    fn place(&mut self, p: &Para, positions: &[(usize, usize)], base: usize) {
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
                _ => {}
            }
        }
    }

    fn cover_rev(&mut self, r: usize, span: Span) {
        if let Some(slot) = self.rev_spans.get_mut(r) {
            *slot = Some(match *slot {
                Some(s) => s.cover(span),
                None => span,
            });
        }
    }

    fn run_bold(&self, run: &RunProps) -> Option<bool> {
        run.bold.or_else(|| self.styles.bold(run.style.as_deref()))
    }

    /// Renders a paragraph: its number, its content, markup; `None` when
    /// it shows nothing.
    fn render(&mut self, p: &Para, mode: Mode) -> Option<Rendered> {
        let styles = self.styles;
        let style = styles.para_style(p.style.as_deref());
        let heading = if mode == Mode::Line {
            styles.heading_level(style)
        } else {
            None
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
        let soft_break = match (mode, heading) {
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
                    let shown: Cow<'_, str> = if caps {
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
                    if mode == Mode::Line {
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
                let titled = match &label {
                    Some(l) => format!("{} {plain_title}", l.text),
                    None => plain_title.clone(),
                };
                heading_out = Some((level, titled));
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
                heading_out = (wrap && title_like && words <= 16 && mode == Mode::Line)
                    .then(|| (7, plain_title.clone()));
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

    fn table(&mut self, t: &Table, nesting: usize) {
        if nesting >= MAX_TABLE_NESTING {
            return;
        }
        self.begin_block();
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
                continue;
            }
            if !self.text.is_empty() && !self.text.ends_with('\n') {
                self.text.push('\n');
            }
            let row_start = self.text.len();
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
    fn cell(&mut self, blocks: &[Block], nesting: usize) {
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
                            let base = self.text.len();
                            self.paragraphs.push(DocxParagraph {
                                start: base,
                                index: p.index,
                                part: self.part,
                                page: self.page(),
                                heading: self.heading_path(),
                            });
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

    fn finish(
        mut self,
        drafts: Vec<RevisionDraft>,
        comment_texts: Vec<(String, Option<String>, String)>,
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
        let info = DocxInfo {
            paragraphs: self.paragraphs,
            revisions,
            comments,
            pages_estimated: !self.use_rendered_breaks,
        };
        (self.text, info)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// A .docx with `body` as the document body and other parts as given.
    fn docx(body: &str, parts: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let document = format!(r#"<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#);
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(document.as_bytes()).unwrap();
        for (name, xml) in parts {
            zip.start_file(*name, opts).unwrap();
            zip.write_all(xml.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn render(body: &str, parts: &[(&str, &str)]) -> (String, DocxInfo) {
        read_docx(&docx(body, parts), &Limits::default()).unwrap()
    }

    fn p(inner: &str) -> String {
        format!("<w:p>{inner}</w:p>")
    }

    fn r(text: &str) -> String {
        format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
    }

    fn numbering(levels: &str, nums: &str) -> String {
        format!(
            r#"<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1">{levels}</w:abstractNum>{nums}</w:numbering>"#
        )
    }

    fn lvl(ilvl: u8, fmt: &str, text: &str, extra: &str) -> String {
        format!(
            r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}<w:lvlText w:val="{text}"/></w:lvl>"#
        )
    }

    fn numbered(num: u8, ilvl: u8, text: &str) -> String {
        p(&format!(
            r#"<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>{}"#,
            r(text)
        ))
    }

    #[test]
    fn letters_and_roman_numerals_as_word_writes_them() {
        assert_eq!(letters(1), "a");
        assert_eq!(letters(26), "z");
        assert_eq!(letters(27), "aa");
        assert_eq!(letters(53), "aaa");
        assert_eq!(roman(4), "iv");
        assert_eq!(roman(1994), "mcmxciv");
    }

    #[test]
    fn heading_styles_by_name_localised_name_and_id() {
        assert_eq!(heading_name_level("heading 2"), Some(2));
        assert_eq!(heading_name_level("title"), Some(1));
        assert_eq!(heading_name_level("überschrift 3"), Some(3));
        assert_eq!(heading_name_level("heading1"), Some(1));
        assert_eq!(heading_name_level("kop1"), Some(1));
        assert_eq!(heading_name_level("cm heading 2"), Some(2));
        assert_eq!(heading_name_level("heading 9"), Some(6));
        assert_eq!(heading_name_level("list number 2"), None);
        assert_eq!(heading_name_level("heading 12"), None);
    }

    #[test]
    fn outline_numbers_restart_below_a_level_that_advances() {
        let levels = lvl(0, "decimal", "%1.", "") + &lvl(1, "decimal", "%1.%2", "");
        let nums = r#"<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>"#;
        let body = [
            numbered(5, 0, "Purpose"),
            numbered(5, 1, "a"),
            numbered(5, 1, "b"),
            numbered(5, 0, "Background"),
            numbered(5, 1, "c"),
        ]
        .concat();
        let (text, _) = render(&body, &[("word/numbering.xml", &numbering(&levels, nums))]);
        assert_eq!(
            text,
            "1. Purpose\n\n1.1 a\n\n1.2 b\n\n2. Background\n\n2.1 c\n"
        );
    }

    #[test]
    fn lvl_restart_zero_keeps_counting_and_legal_numbering_is_decimal() {
        let levels = lvl(0, "upperRoman", "%1.", "")
            + &lvl(
                1,
                "lowerLetter",
                "%1.%2",
                r#"<w:lvlRestart w:val="0"/><w:isLgl/>"#,
            );
        let nums = r#"<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>"#;
        let body = [
            numbered(1, 0, "A"),
            numbered(1, 1, "x"),
            numbered(1, 0, "B"),
            numbered(1, 1, "y"),
        ]
        .concat();
        let (text, _) = render(&body, &[("word/numbering.xml", &numbering(&levels, nums))]);
        assert_eq!(text, "I. A\n\n1.1 x\n\nII. B\n\n2.2 y\n");
    }

    #[test]
    fn a_second_instance_continues_the_list_unless_it_overrides_the_start() {
        let levels = lvl(0, "decimal", "%1.", "");
        let nums = r#"<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#;
        let body = [
            numbered(1, 0, "a"),
            numbered(2, 0, "b"),
            numbered(3, 0, "c"),
            numbered(3, 0, "d"),
        ]
        .concat();
        let (text, _) = render(&body, &[("word/numbering.xml", &numbering(&levels, nums))]);
        assert_eq!(text, "1. a\n\n2. b\n\n1. c\n\n2. d\n");
    }

    #[test]
    fn bullets_nest_and_letters_indent_under_their_parent() {
        let levels = lvl(0, "decimal", "%1.", "")
            + &lvl(1, "lowerLetter", "(%2)", "")
            + &lvl(2, "bullet", "\u{f0b7}", "");
        let nums = r#"<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>"#;
        let body = [
            numbered(1, 0, "That Cabinet:"),
            numbered(1, 1, "agrees"),
            numbered(1, 2, "point"),
        ]
        .concat();
        let (text, _) = render(&body, &[("word/numbering.xml", &numbering(&levels, nums))]);
        assert_eq!(text, "1. That Cabinet:\n\n  (a) agrees\n\n    - point\n");
    }

    #[test]
    fn bold_paragraphs_headings_and_superscripts() {
        let bold = |t: &str| format!(r#"<w:r><w:rPr><w:b/></w:rPr><w:t>{t}</w:t></w:r>"#);
        let styles = format!(
            r#"<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/></w:style></w:styles>"#
        );
        let body = [
            p(&bold("PURPOSE")),
            p(&format!(
                r#"<w:pPr><w:pStyle w:val="berschrift2"/></w:pPr>{}"#,
                bold("LEGAL IMPLICATIONS")
            )),
            p(&format!(
                r#"<w:pPr><w:pStyle w:val="berschrift2"/></w:pPr>{}"#,
                r("Risk")
            )),
            p(&format!(
                r#"{}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>rd</w:t></w:r>{}"#,
                r("3"),
                r(" February 2005")
            )),
            p(&format!("{}{}", bold("Key:"), r(" value"))),
        ]
        .concat();
        let (text, _) = render(&body, &[("word/styles.xml", &styles)]);
        assert_eq!(
            text,
            "**PURPOSE**\n\n## **LEGAL IMPLICATIONS**\n\n## Risk\n\n3<sup>rd</sup> February 2005\n\nKey: value\n"
        );
    }

    #[test]
    fn tables_are_tab_rows_and_one_column_tables_are_paragraphs() {
        let tc = |t: &str| format!("<w:tc>{}</w:tc>", p(&r(t)));
        let body = format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}<w:tc>{}{}</w:tc></w:tr></w:tbl>\
             <w:tbl><w:tr><w:tc>{}{}</w:tc></w:tr></w:tbl>",
            tc("Wards affected"),
            tc("All"),
            tc("Key decision"),
            p(&r("No")),
            p(&format!(
                "{}<w:r><w:tab/><w:br/></w:r>{}",
                r("see"),
                r("note")
            )),
            p(&r("Report of: Director")),
            p(&r("Contact: Jo")),
        );
        let (text, info) = render(&body, &[]);
        assert_eq!(
            text,
            "Wards affected\tAll\nKey decision\tNo see  note\n\nReport of: Director\n\nContact: Jo\n"
        );
        // Each cell's paragraph is found from inside the row.
        let no = text.find("No").unwrap();
        assert_eq!(info.locate(no).unwrap().index, 4);
    }

    #[test]
    fn tracked_changes_are_read_as_accepted_and_recorded() {
        let body = [
            p(&format!(
                r#"{}<w:del w:author="A"><w:r><w:delText>old</w:delText></w:r></w:del><w:ins w:author="B">{}</w:ins>{}"#,
                r("The "),
                r("new"),
                r(" text.")
            )),
            // A paragraph whose mark was deleted joins the next one.
            p(&format!(
                r#"<w:pPr><w:rPr><w:del w:author="A"/></w:rPr></w:pPr>{}"#,
                r("Joined ")
            )),
            p(&r("here.")),
            p(r#"<w:r><w:rPr><w:b/><w:rPrChange w:author="C"><w:rPr/></w:rPrChange></w:rPr><w:t>Bold now</w:t></w:r>"#),
            p(&format!(
                r#"<w:moveFrom w:author="D"><w:r><w:t>gone</w:t></w:r></w:moveFrom>{}"#,
                r("kept")
            )),
        ]
        .concat();
        let (text, info) = render(&body, &[]);
        assert_eq!(
            text,
            "The new text.\n\nJoined here.\n\n**Bold now**\n\nkept\n"
        );
        let kinds: Vec<_> = info.revisions.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [
                RevisionKind::Deletion,
                RevisionKind::Insertion,
                RevisionKind::Deletion,
                RevisionKind::Formatting,
                RevisionKind::MoveFrom
            ]
        );
        assert_eq!(info.revisions[0].deleted, "old");
        assert_eq!(info.revisions[1].span.of(&text), "new");
        assert_eq!(info.revisions[0].span, Span::empty(4));
        assert_eq!(info.revisions[4].deleted, "gone");
    }

    #[test]
    fn deleted_rows_are_dropped_and_inserted_rows_recorded() {
        let row = |rev: &str, a: &str, b: &str| {
            format!(
                "<w:tr><w:trPr>{rev}</w:trPr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>",
                p(&r(a)),
                p(&r(b))
            )
        };
        let body = format!(
            "<w:tbl>{}{}{}</w:tbl>",
            row("", "a", "b"),
            row(r#"<w:del w:author="X"/>"#, "c", "d"),
            row(r#"<w:ins w:author="Y"/>"#, "e", "f")
        );
        let (text, info) = render(&body, &[]);
        assert_eq!(text, "a\tb\ne\tf\n");
        assert_eq!(info.revisions.len(), 2);
        assert_eq!(info.revisions[1].span.of(&text), "e\tf");
    }

    #[test]
    fn hidden_text_field_codes_and_deleted_text_are_not_read() {
        let body = p(&format!(
            r#"{}<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{}<w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
            r("Page "),
            r("3")
        ));
        let (text, _) = render(&body, &[]);
        assert_eq!(text, "Page 3\n");
    }

    #[test]
    fn comments_keep_their_range_and_text() {
        let comments = format!(
            r#"<w:comments xmlns:w="{W}"><w:comment w:id="7" w:author="Lee"><w:p><w:r><w:t>Check</w:t></w:r></w:p><w:p><w:r><w:t>this.</w:t></w:r></w:p></w:comment></w:comments>"#
        );
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="c" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>"#;
        let body = p(&format!(
            r#"{}<w:commentRangeStart w:id="7"/>{}<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>"#,
            r("A "),
            r("figure")
        ));
        let (text, info) = render(
            &body,
            &[
                ("word/comments.xml", &comments),
                ("word/_rels/document.xml.rels", rels),
            ],
        );
        assert_eq!(info.comments.len(), 1);
        assert_eq!(info.comments[0].span.of(&text), "figure");
        assert_eq!(info.comments[0].text, "Check this.");
        assert_eq!(info.comments[0].author.as_deref(), Some("Lee"));
    }

    #[test]
    fn headers_come_first_once_each() {
        let rel = |id: &str, target: &str| {
            format!(
                r#"<Relationship Id="{id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="{target}"/>"#
            )
        };
        let rels = format!(
            r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}{}{}</Relationships>"#,
            rel("a", "header2.xml"),
            rel("b", "header1.xml"),
            rel("c", "header10.xml"),
        );
        let header = |body: &str| format!(r#"<w:hdr xmlns:w="{W}">{body}</w:hdr>"#);
        let meeting = header(&p(&format!(
            r#"{}<w:ins w:author="A">{}</w:ins>"#,
            r("Meeting: "),
            r("Cabinet")
        )));
        let (text, info) = render(
            &p(&r("Body")),
            &[
                ("word/_rels/document.xml.rels", &rels),
                ("word/header1.xml", &meeting),
                ("word/header2.xml", &meeting),
                ("word/header10.xml", &header(&p(&r("OFFICIAL")))),
            ],
        );
        assert_eq!(text, "Meeting: Cabinet\n\nOFFICIAL\n\nBody\n");
        assert_eq!(info.revisions.len(), 1);
        assert_eq!(info.revisions[0].span.of(&text), "Cabinet");
        assert_eq!(info.paragraphs[0].part, DocxPart::Header);
        assert_eq!(info.describe(0).unwrap(), "paragraph 1 of the page header");
        assert_eq!(info.locate(text.find("Body").unwrap()).unwrap().index, 1);
    }

    #[test]
    fn pages_follow_words_last_layout_when_it_is_recorded() {
        let body = [
            p(&r("one")),
            p("<w:r><w:lastRenderedPageBreak/><w:t>two</w:t></w:r>"),
            p(&r("three")),
        ]
        .concat();
        let (text, info) = render(&body, &[]);
        assert!(!info.pages_estimated);
        let page = |w: &str| info.locate(text.find(w).unwrap()).unwrap().page;
        assert_eq!((page("one"), page("two"), page("three")), (1, 2, 2));
        assert_eq!(
            info.describe(text.find("three").unwrap()).unwrap(),
            "paragraph 3 (page 2)"
        );
    }

    #[test]
    fn entities_are_never_expanded() {
        let body = p(&r("a &amp; b &#x2019; &lol;"));
        let doc = format!(
            r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY lol "LOLLOLLOL">]><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#
        );
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(doc.as_bytes()).unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        let (text, _) = read_docx(&bytes, &Limits::default()).unwrap();
        assert_eq!(text, "a & b \u{2019}\n");
    }

    #[test]
    fn deep_nesting_too_many_entries_and_too_much_content_are_refused() {
        let deep = "<w:sdt>".repeat(300) + &"</w:sdt>".repeat(300);
        let err = read_docx(&docx(&deep, &[]), &Limits::default()).unwrap_err();
        assert!(err.contains("more than 256 deep"), "{err}");

        let parts: Vec<(String, String)> = (0..6)
            .map(|i| (format!("word/extra{i}.xml"), String::new()))
            .collect();
        let refs: Vec<(&str, &str)> = parts
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let limits = Limits {
            entries: 5,
            ..Limits::default()
        };
        let err = read_docx(&docx(&p(&r("x")), &refs), &limits).unwrap_err();
        assert!(err.contains("more than 5 entries"), "{err}");

        // The budget is for all parts together.
        let big = "x".repeat(600_000);
        let header = format!(r#"<w:hdr xmlns:w="{W}">{}</w:hdr>"#, p(&r(&big)));
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="h" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"#;
        let limits = Limits {
            uncompressed: 1_000_000,
            ..Limits::default()
        };
        let bytes = docx(
            &p(&r(&big)),
            &[
                ("word/header1.xml", &header),
                ("word/_rels/document.xml.rels", rels),
            ],
        );
        let err = read_docx(&bytes, &limits).unwrap_err();
        assert!(err.contains("unpack to more than"), "{err}");
    }

    #[test]
    fn encrypted_and_foreign_files_say_what_they_are() {
        let mut ole = OLE_MAGIC.to_vec();
        ole.extend([0; 64]);
        assert!(read_docx(&ole, &Limits::default())
            .unwrap_err()
            .contains("password-protected"));
        assert!(read_docx(b"hello", &Limits::default())
            .unwrap_err()
            .contains("not a .docx"));
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        assert!(read_docx(&bytes, &Limits::default())
            .unwrap_err()
            .contains("not a Word document"));
    }
}
