//! Styles (`styles.xml`): which paragraph styles are headings, which are
//! bold or in capitals, and which carry numbering, through `w:basedOn`.

use std::collections::HashMap;

use super::xml::{attr, is_change, on_off, Ev, Ns, Xml};
use super::{DocxError, Limits};

#[derive(Debug, Default, Clone)]
pub(super) struct Style {
    /// Lower-case name (`heading 1`).
    pub(super) name: String,
    pub(super) based_on: Option<String>,
    pub(super) bold: Option<bool>,
    pub(super) caps: Option<bool>,
    pub(super) num_id: Option<String>,
    pub(super) ilvl: Option<u8>,
    /// Its outline level (`w:outlineLvl`, 0-based; 9 is body text).
    pub(super) outline: Option<u8>,
}

#[derive(Debug, Default)]
pub(super) struct Styles {
    pub(super) by_id: HashMap<String, Style>,
    pub(super) default_para: Option<String>,
    pub(super) default_bold: Option<bool>,
    pub(super) default_caps: Option<bool>,
}

impl Styles {
    pub(super) fn parse(xml: &str, part: &str, limits: &Limits) -> Result<Styles, DocxError> {
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
                        b"outlineLvl" if open.last().is_some_and(|n| n == b"pPr") => {
                            if let Some((_, s)) = current.as_mut() {
                                s.outline = attr(&e, b"val").and_then(|v| v.parse().ok());
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
    pub(super) fn chain<'s>(
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

    pub(super) fn para_style<'s>(&'s self, id: Option<&'s str>) -> Option<&'s str> {
        id.or(self.default_para.as_deref())
    }

    /// The heading level (1–6) of a paragraph style, `Title` being 1.
    pub(super) fn heading_level(&self, id: Option<&str>) -> Option<u8> {
        self.chain(id).find_map(|(id, style)| match style {
            Some(s) if !s.name.is_empty() => heading_name_level(&s.name),
            _ => heading_name_level(&id.to_lowercase()),
        })
    }

    /// The heading level (1–6) a paragraph style's outline level gives
    /// (`w:outlineLvl` 0 → 1), for a custom heading style ("Report
    /// Heading") whose name says nothing; the nearest style in the chain
    /// that sets one decides, and body text (9) is none.
    pub(super) fn outline_level(&self, id: Option<&str>) -> Option<u8> {
        self.chain(id)
            .find_map(|(_, s)| s.and_then(|s| s.outline))
            .and_then(outline_heading)
    }

    /// Whether a paragraph style is a table-of-contents entry (`toc 1`…).
    pub(super) fn is_toc(&self, id: Option<&str>) -> bool {
        self.chain(id).any(|(id, style)| {
            let name = match style {
                Some(s) if !s.name.is_empty() => s.name.clone(),
                _ => id.to_lowercase(),
            };
            let rest = name.strip_prefix("toc").map(str::trim_start);
            rest.is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit()))
        })
    }

    pub(super) fn bold(&self, id: Option<&str>) -> Option<bool> {
        self.chain(id).find_map(|(_, s)| s.and_then(|s| s.bold))
    }

    pub(super) fn caps(&self, id: Option<&str>) -> Option<bool> {
        self.chain(id).find_map(|(_, s)| s.and_then(|s| s.caps))
    }

    /// The numbering a paragraph style carries, with the style that carries it.
    pub(super) fn numbering(&self, id: Option<&str>) -> Option<(String, Option<u8>, String)> {
        self.chain(id).find_map(|(sid, s)| {
            let s = s?;
            s.num_id.clone().map(|n| (n, s.ilvl, sid.to_string()))
        })
    }
}

/// The heading level of outline level `lvl` (0-based, 9 being body text).
pub(super) fn outline_heading(lvl: u8) -> Option<u8> {
    (lvl < 9).then(|| (lvl + 1).min(6))
}

/// `heading 2` → 2, `title` → 1, and the common localised names
/// (`Überschrift 2`, `Titre 2`, `Kop 2`), also as style ids (`Heading2`).
pub(super) fn heading_name_level(name: &str) -> Option<u8> {
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
