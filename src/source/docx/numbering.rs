//! Automatic numbering (`numbering.xml`) and the numbers Word shows.

use std::collections::{HashMap, HashSet};

use super::styles::Styles;
use super::xml::{attr, on_off, Ev, Xml};
use super::{DocxError, Limits};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NumFmt {
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
    pub(super) fn parse(s: &str) -> NumFmt {
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

    pub(super) fn format(self, n: u32) -> String {
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
pub(super) fn letters(n: u32) -> String {
    if n == 0 {
        return "0".to_string();
    }
    let n = n.min(780) - 1;
    let c = (b'a' + (n % 26) as u8) as char;
    c.to_string().repeat((n / 26 + 1) as usize)
}

pub(super) fn roman(n: u32) -> String {
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
pub(super) struct Level {
    pub(super) start: u32,
    pub(super) fmt: NumFmt,
    pub(super) text: String,
    /// `w:lvlRestart`: restart after this (1-based) level; 0: never.
    pub(super) restart: Option<u32>,
    pub(super) legal: bool,
    pub(super) pstyle: Option<String>,
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

pub(super) const LEVELS: usize = 9;

#[derive(Debug, Default, Clone)]
pub(super) struct AbstractNum {
    pub(super) levels: [Option<Level>; LEVELS],
    /// `w:numStyleLink`: the numbering is defined by a numbering style.
    pub(super) style_link: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub(super) struct Num {
    pub(super) abstract_id: String,
    pub(super) start_overrides: [Option<u32>; LEVELS],
    pub(super) level_overrides: [Option<Level>; LEVELS],
}

#[derive(Debug, Default)]
pub(super) struct Numbering {
    pub(super) abstracts: HashMap<String, AbstractNum>,
    pub(super) nums: HashMap<String, Num>,
}

impl Numbering {
    pub(super) fn parse(xml: &str, part: &str, limits: &Limits) -> Result<Numbering, DocxError> {
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
    pub(super) fn abstract_of(
        &self,
        num_id: &str,
        styles: &Styles,
    ) -> Option<(&str, &AbstractNum)> {
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

    pub(super) fn level(&self, num_id: &str, ilvl: usize, styles: &Styles) -> Option<&Level> {
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
pub(super) struct NumState {
    pub(super) counters: HashMap<String, [Option<u32>; LEVELS]>,
    /// Start values waiting for a level's next use, per abstract.
    pub(super) pending: HashMap<String, [Option<u32>; LEVELS]>,
    pub(super) used: HashSet<String>,
}

/// A paragraph's automatic number, as shown.
pub(super) struct Label {
    pub(super) text: String,
    pub(super) bullet: bool,
    pub(super) ilvl: usize,
    /// Whether the label shows only its own level (`(a)`, `i.`), so nests
    /// under its parent's line.
    pub(super) own_level_only: bool,
}

impl NumState {
    pub(super) fn next(
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
