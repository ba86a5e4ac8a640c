//! The package: the zip, read through one budget of uncompressed bytes,
//! and the relationships that name its parts.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use super::xml::{attr, Ev, Xml};
use super::{DocxError, Limits};

pub(super) struct Package<'a> {
    pub(super) zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    /// Uncompressed bytes still allowed.
    pub(super) budget: u64,
    pub(super) limit: u64,
    /// Entry names by lower-case name (part names are case-insensitive).
    pub(super) names: HashMap<String, String>,
    pub(super) limits: Limits,
}

pub(super) struct Rel {
    /// Its id (`rId7`), as parts name it.
    pub(super) id: String,
    pub(super) kind: String,
    pub(super) target: String,
}

impl<'a> Package<'a> {
    pub(super) fn open(bytes: &'a [u8], limits: &Limits) -> Result<Package<'a>, DocxError> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(DocxError::Unreadable)?;
        if zip.len() > limits.entries {
            return Err(DocxError::EntriesOverLimit {
                count: zip.len(),
                limit: limits.entries,
            });
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
    pub(super) fn read(&mut self, name: &str) -> Result<Option<String>, DocxError> {
        let Some(actual) = self.names.get(&name.to_ascii_lowercase()).cloned() else {
            return Ok(None);
        };
        let too_big = |limit: u64| DocxError::TooBig { limit };
        let file = match self.zip.by_name(&actual) {
            Ok(f) => f,
            Err(zip::result::ZipError::UnsupportedArchive(m))
                if m == zip::result::ZipError::PASSWORD_REQUIRED =>
            {
                return Err(DocxError::Encrypted)
            }
            Err(error) => {
                return Err(DocxError::PartUnreadable {
                    part: actual,
                    error,
                })
            }
        };
        if file.encrypted() {
            return Err(DocxError::Encrypted);
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
            .map_err(|error| DocxError::PartDamaged {
                part: actual.clone(),
                error,
            })?;
        if bytes.len() as u64 > self.budget {
            return Err(too_big(self.limit));
        }
        self.budget -= bytes.len() as u64;
        decode_part(bytes, &actual).map(Some)
    }

    /// The main document part, from the package relationships.
    pub(super) fn main_document(&mut self) -> Result<String, DocxError> {
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
    pub(super) fn rels_of(&mut self, part: &str) -> Result<Vec<Rel>, DocxError> {
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
pub(super) fn part_dir(part: &str) -> String {
    match part.rfind('/') {
        Some(i) => part[..=i].to_string(),
        None => String::new(),
    }
}

/// `header10.xml` after `header9.xml`.
pub(super) fn natural_key(s: &str) -> (String, u64) {
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

pub(super) fn decode_part(bytes: Vec<u8>, name: &str) -> Result<String, DocxError> {
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
            return Err(DocxError::NotUtf16 {
                part: name.to_string(),
            });
        }
        return Ok(text.trim_start_matches('\u{feff}').to_string());
    }
    let mut text = String::from_utf8(bytes).map_err(|_| DocxError::NotUtf8 {
        part: name.to_string(),
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    Ok(text)
}

/// Resolves a relationship target against the folder of its source part.
pub(super) fn resolve_target(dir: &str, target: &str) -> String {
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

pub(super) fn parse_rels(
    xml: &str,
    name: &str,
    dir: &str,
    limits: &Limits,
) -> Result<Vec<Rel>, DocxError> {
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
                        id: attr(&e, b"Id").unwrap_or_default(),
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
