//! A PDF's pages as lines of text, from the positions of their glyphs.
//!
//! Each page's content stream (and the form XObjects it draws) is run
//! through a small text-state machine: `cm`, `q`/`Q`, `BT`, `Tf`, `Tc`,
//! `Tw`, `Tz`, `TL`, `Ts`, `Td`, `TD`, `Tm`, `T*`, `Tj`, `TJ`, `'`, `"` and
//! `Do`. Every glyph is placed where a viewer draws it, using the font's
//! widths; glyphs are grouped into lines by baseline, lines are read top to
//! bottom and each line left to right, with a space where the gap between
//! glyphs is a word space and a tab where it is a column gap (so a table row
//! reads as tab-separated cells, as a Word table does).
//!
//! Text drawn at an angle (a diagonal "DRAFT" watermark, a rotated margin
//! note) is left out: it is no part of the paper's running text.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Encoding, Object, ObjectId};

use super::{Limits, PdfError};

/// One line of a page: its text and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    pub(crate) text: String,
    /// Baseline, in page units from the bottom of the page.
    pub(crate) y: f32,
    /// The largest font size on the line.
    pub(crate) size: f32,
}

/// One glyph (or the text a glyph stands for) where it is drawn.
#[derive(Debug, Clone)]
struct Glyph {
    x: f32,
    y: f32,
    /// Advance width in page units.
    width: f32,
    size: f32,
    text: String,
}

/// A font's widths and decoding, looked up once per font.
struct Font<'a> {
    encoding: Option<Encoding<'a>>,
    /// Two-byte codes (a Type 0 font).
    two_byte: bool,
    first_char: i64,
    widths: Vec<f32>,
    /// For a Type 0 font: widths by CID.
    cid_widths: HashMap<u32, f32>,
    default_width: f32,
    /// Decoded text of each code seen.
    decoded: HashMap<u32, String>,
}

impl<'a> Font<'a> {
    fn new(doc: &'a Document, dict: &'a Dictionary, limit: usize) -> Result<Font<'a>, PdfError> {
        let subtype = dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .unwrap_or(b"");
        let two_byte = subtype == b"Type0";
        let encoding = match dict.get_font_encoding_with_limit(doc, limit) {
            Ok(e) => Some(e),
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => return Err(PdfError::TextTooLarge),
            Err(_) => None,
        };
        let mut font = Font {
            encoding,
            two_byte,
            first_char: 0,
            widths: Vec::new(),
            cid_widths: HashMap::new(),
            default_width: 500.0,
            decoded: HashMap::new(),
        };
        if two_byte {
            font.default_width = 1000.0;
            let descendant = dict
                .get_deref(b"DescendantFonts", doc)
                .and_then(Object::as_array)
                .ok()
                .and_then(|a| a.first())
                .and_then(|d| deref(doc, d).as_dict().ok());
            if let Some(cid) = descendant {
                if let Some(dw) = cid.get(b"DW").ok().and_then(number) {
                    font.default_width = dw;
                }
                if let Ok(w) = cid.get_deref(b"W", doc).and_then(Object::as_array) {
                    font.cid_widths = cid_widths(doc, w);
                }
            }
        } else {
            font.first_char = dict.get(b"FirstChar").and_then(Object::as_i64).unwrap_or(0);
            if let Ok(w) = dict.get_deref(b"Widths", doc).and_then(Object::as_array) {
                font.widths = w
                    .iter()
                    .take(65_536)
                    .map(|o| number(deref(doc, o)).unwrap_or(0.0))
                    .collect();
            }
            if let Some(missing) = dict
                .get_deref(b"FontDescriptor", doc)
                .and_then(Object::as_dict)
                .ok()
                .and_then(|d| d.get(b"MissingWidth").ok())
                .and_then(number)
            {
                font.default_width = missing;
            }
        }
        Ok(font)
    }

    /// Width of `code` in text space units (thousandths of an em).
    fn width(&self, code: u32) -> f32 {
        if self.two_byte {
            return self
                .cid_widths
                .get(&code)
                .copied()
                .unwrap_or(self.default_width);
        }
        let i = i64::from(code) - self.first_char;
        usize::try_from(i)
            .ok()
            .and_then(|i| self.widths.get(i))
            .copied()
            .filter(|w| *w > 0.0)
            .unwrap_or(self.default_width)
    }

    /// The text `code` stands for.
    fn text(&mut self, code: u32) -> &str {
        let two_byte = self.two_byte;
        let encoding = &self.encoding;
        self.decoded.entry(code).or_insert_with(|| {
            let bytes: Vec<u8> = if two_byte {
                vec![(code >> 8) as u8, code as u8]
            } else {
                vec![code as u8]
            };
            match encoding {
                Some(e) => e.bytes_to_string(&bytes).unwrap_or_default(),
                // No usable encoding: read the byte as Latin-1, as viewers do.
                None if !two_byte => char::from(code as u8).to_string(),
                None => String::new(),
            }
        })
    }
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(&Object::Null),
        o => o,
    }
}

fn number(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) if r.is_finite() => Some(*r),
        _ => None,
    }
}

/// A Type 0 font's `W` array: `c [w1 w2 …]` or `cfirst clast w`.
fn cid_widths(doc: &Document, w: &[Object]) -> HashMap<u32, f32> {
    let mut out = HashMap::new();
    let mut i = 0;
    while i < w.len() && out.len() < 65_536 {
        let Some(first) = number(deref(doc, &w[i])) else {
            break;
        };
        let first = first.max(0.0) as u32;
        match w.get(i + 1).map(|o| deref(doc, o)) {
            Some(Object::Array(list)) => {
                for (k, o) in list.iter().take(65_536).enumerate() {
                    if let Some(v) = number(o) {
                        out.insert(first.saturating_add(k as u32), v);
                    }
                }
                i += 2;
            }
            Some(o) => {
                let (Some(last), Some(v)) = (number(o), w.get(i + 2).and_then(number)) else {
                    break;
                };
                let last = (last.max(0.0) as u32).min(first.saturating_add(65_536));
                for c in first..=last {
                    out.insert(c, v);
                }
                i += 3;
            }
            None => break,
        }
    }
    out
}

/// An affine matrix `[a b c d e f]`, as PDF writes them.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix([f32; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// `self × other`: apply `self`, then `other`.
    fn then(&self, o: &Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = o.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn translate(x: f32, y: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }

    fn from_operands(ops: &[Object]) -> Option<Matrix> {
        if ops.len() != 6 {
            return None;
        }
        let mut m = [0.0; 6];
        for (v, o) in m.iter_mut().zip(ops) {
            *v = number(o)?;
        }
        Some(Matrix(m))
    }
}

#[derive(Debug, Clone)]
struct GraphicsState {
    ctm: Matrix,
    font: Option<Vec<u8>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    hscale: f32,
    leading: f32,
    rise: f32,
}

/// Reads one page's lines.
pub(crate) struct PageReader<'a> {
    doc: &'a Document,
    limits: &'a Limits,
    /// Bytes of content decompressed so far, across the document.
    pub(crate) decompressed: &'a mut usize,
    /// Operators run so far, across the document.
    pub(crate) operations: &'a mut usize,
    fonts: HashMap<ObjectId, Font<'a>>,
    glyphs: Vec<Glyph>,
}

impl<'a> PageReader<'a> {
    pub(crate) fn new(
        doc: &'a Document,
        limits: &'a Limits,
        decompressed: &'a mut usize,
        operations: &'a mut usize,
    ) -> Self {
        PageReader {
            doc,
            limits,
            decompressed,
            operations,
            fonts: HashMap::new(),
            glyphs: Vec::new(),
        }
    }

    /// The page's lines, top to bottom.
    pub(crate) fn read(&mut self, page: ObjectId) -> Result<Vec<Line>, PdfError> {
        self.glyphs.clear();
        let remaining = self.limits.decompressed.saturating_sub(*self.decompressed);
        let content = match self.doc.get_page_content_with_limit(page, remaining) {
            Ok(c) => c,
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => return Err(PdfError::TextTooLarge),
            Err(e) => return Err(PdfError::PageUnreadable(e)),
        };
        *self.decompressed += content.len();
        let resources = page_resources(self.doc, page);
        let state = GraphicsState {
            ctm: Matrix::IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            hscale: 1.0,
            leading: 0.0,
            rise: 0.0,
        };
        self.run(&content, &resources, state, 0)?;
        Ok(lines(std::mem::take(&mut self.glyphs)))
    }

    fn run(
        &mut self,
        content: &[u8],
        resources: &[&'a Dictionary],
        mut gs: GraphicsState,
        depth: usize,
    ) -> Result<(), PdfError> {
        let mut stack: Vec<GraphicsState> = Vec::new();
        let mut tm = Matrix::IDENTITY;
        let mut tlm = Matrix::IDENTITY;
        for op in lopdf::content::Content::decode_iter(content) {
            let Ok(op) = op else {
                // The rest of a damaged stream is skipped, as viewers do.
                break;
            };
            *self.operations += 1;
            if *self.operations > self.limits.operations {
                return Err(PdfError::TooManyOperations);
            }
            let args = &op.operands;
            let num = |i: usize| args.get(i).and_then(number).unwrap_or(0.0);
            match op.operator.as_str() {
                "q" if stack.len() < 256 => stack.push(gs.clone()),
                "Q" => {
                    if let Some(s) = stack.pop() {
                        gs = s;
                    }
                }
                "cm" => {
                    if let Some(m) = Matrix::from_operands(args) {
                        gs.ctm = m.then(&gs.ctm);
                    }
                }
                "BT" => {
                    tm = Matrix::IDENTITY;
                    tlm = Matrix::IDENTITY;
                }
                "Tf" => {
                    gs.font = args
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .map(<[u8]>::to_vec);
                    gs.size = num(1);
                }
                "Tc" => gs.char_spacing = num(0),
                "Tw" => gs.word_spacing = num(0),
                "Tz" => gs.hscale = num(0) / 100.0,
                "TL" => gs.leading = num(0),
                "Ts" => gs.rise = num(0),
                "Td" => {
                    tlm = Matrix::translate(num(0), num(1)).then(&tlm);
                    tm = tlm;
                }
                "TD" => {
                    gs.leading = -num(1);
                    tlm = Matrix::translate(num(0), num(1)).then(&tlm);
                    tm = tlm;
                }
                "Tm" => {
                    if let Some(m) = Matrix::from_operands(args) {
                        tlm = m;
                        tm = m;
                    }
                }
                "T*" => {
                    tlm = Matrix::translate(0.0, -gs.leading).then(&tlm);
                    tm = tlm;
                }
                "Tj" => {
                    if let Some(Object::String(s, _)) = args.first() {
                        self.show(s, &gs, &mut tm, resources)?;
                    }
                }
                "'" | "\"" => {
                    if op.operator == "\"" {
                        gs.word_spacing = num(0);
                        gs.char_spacing = num(1);
                    }
                    tlm = Matrix::translate(0.0, -gs.leading).then(&tlm);
                    tm = tlm;
                    if let Some(Object::String(s, _)) = args.last() {
                        self.show(s, &gs, &mut tm, resources)?;
                    }
                }
                "TJ" => {
                    if let Some(Object::Array(items)) = args.first() {
                        for item in items {
                            match item {
                                Object::String(s, _) => self.show(s, &gs, &mut tm, resources)?,
                                o => {
                                    let adjust = number(o).unwrap_or(0.0);
                                    let tx = -adjust / 1000.0 * gs.size * gs.hscale;
                                    tm = Matrix::translate(tx, 0.0).then(&tm);
                                }
                            }
                        }
                    }
                }
                "Do" if depth < self.limits.form_depth => {
                    if let Some(name) = args.first().and_then(|o| o.as_name().ok()) {
                        self.form(name, resources, &gs, depth)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Runs the form XObject `name`.
    fn form(
        &mut self,
        name: &[u8],
        resources: &[&'a Dictionary],
        gs: &GraphicsState,
        depth: usize,
    ) -> Result<(), PdfError> {
        let doc = self.doc;
        let Some(stream) = resources.iter().find_map(|r| {
            let xobjects = r
                .get_deref(b"XObject", doc)
                .and_then(Object::as_dict)
                .ok()?;
            let o = xobjects.get_deref(name, doc).ok()?;
            o.as_stream().ok()
        }) else {
            return Ok(());
        };
        if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form") {
            return Ok(());
        }
        let remaining = self.limits.decompressed.saturating_sub(*self.decompressed);
        let content = match stream.decompressed_content_with_limit(remaining) {
            Ok(c) => c,
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => return Err(PdfError::TextTooLarge),
            Err(_) if stream.content.len() <= remaining => stream.content.clone(),
            Err(_) => return Err(PdfError::TextTooLarge),
        };
        *self.decompressed += content.len();
        let mut inner = gs.clone();
        if let Some(m) = stream
            .dict
            .get(b"Matrix")
            .and_then(Object::as_array)
            .ok()
            .and_then(|a| Matrix::from_operands(a))
        {
            inner.ctm = m.then(&gs.ctm);
        }
        let mut own: Vec<&'a Dictionary> = Vec::new();
        if let Ok(r) = stream
            .dict
            .get_deref(b"Resources", doc)
            .and_then(Object::as_dict)
        {
            own.push(r);
        }
        own.extend_from_slice(resources);
        self.run(&content, &own, inner, depth + 1)
    }

    /// Places the glyphs of string `s`, moving the text matrix past them.
    fn show(
        &mut self,
        s: &[u8],
        gs: &GraphicsState,
        tm: &mut Matrix,
        resources: &[&'a Dictionary],
    ) -> Result<(), PdfError> {
        let Some(font_name) = &gs.font else {
            return Ok(());
        };
        let doc = self.doc;
        let Some((font_id, dict)) = resources.iter().find_map(|r| {
            let fonts = r.get_deref(b"Font", doc).and_then(Object::as_dict).ok()?;
            match fonts.get(font_name).ok()? {
                Object::Reference(id) => Some((*id, doc.get_dictionary(*id).ok()?)),
                Object::Dictionary(d) => Some(((u32::MAX, 0), d)),
                _ => None,
            }
        }) else {
            return Ok(());
        };
        if !self.fonts.contains_key(&font_id) || font_id.0 == u32::MAX {
            let limit = self.limits.decompressed.saturating_sub(*self.decompressed);
            let font = Font::new(doc, dict, limit)?;
            self.fonts.insert(font_id, font);
        }
        let font = self.fonts.get_mut(&font_id).expect("inserted above");
        let step = if font.two_byte { 2 } else { 1 };
        for chunk in s.chunks(step) {
            let code = chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b));
            let w0 = font.width(code) / 1000.0;
            let trm = Matrix([gs.size * gs.hscale, 0.0, 0.0, gs.size, 0.0, gs.rise])
                .then(tm)
                .then(&gs.ctm);
            let [a, b, c, d, e, f] = trm.0;
            let size = (c * c + d * d).sqrt();
            let upright = a > 0.0 && d > 0.0 && b.abs() <= 0.05 * a && c.abs() <= 0.05 * d;
            let text = font.text(code);
            if upright && size > 0.0 && !text.is_empty() && self.glyphs.len() < 4_000_000 {
                self.glyphs.push(Glyph {
                    x: e,
                    y: f,
                    width: w0 * a,
                    size,
                    text: text.to_string(),
                });
            }
            let space = if step == 1 && code == 32 {
                gs.word_spacing
            } else {
                0.0
            };
            let tx = (w0 * gs.size + gs.char_spacing + space) * gs.hscale;
            *tm = Matrix::translate(tx, 0.0).then(tm);
        }
        Ok(())
    }
}

/// The resource dictionaries a page draws with, nearest first.
fn page_resources(doc: &Document, page: ObjectId) -> Vec<&Dictionary> {
    let Ok((direct, ids)) = doc.get_page_resources(page) else {
        return Vec::new();
    };
    direct
        .into_iter()
        .chain(ids.iter().filter_map(|id| doc.get_dictionary(*id).ok()))
        .collect()
}

/// Groups glyphs into lines, top to bottom, each read left to right.
fn lines(mut glyphs: Vec<Glyph>) -> Vec<Line> {
    // Top to bottom, then left to right; a stable sort keeps the drawing
    // order of glyphs at the same place (bold drawn twice, say).
    glyphs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<Glyph>> = Vec::new();
    for g in glyphs {
        match rows.last_mut() {
            // On the line if its baseline is within half the larger size
            // (a superscript is raised by about a third of an em).
            Some(row) if (row[0].y - g.y).abs() <= 0.5 * row[0].size.max(g.size) => row.push(g),
            _ => rows.push(vec![g]),
        }
    }
    rows.into_iter()
        .filter_map(|mut row| {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
            let y = row[0].y;
            let size = row.iter().map(|g| g.size).fold(0.0, f32::max);
            let mut text = String::new();
            let mut end: Option<f32> = None;
            let mut last_x = f32::MIN;
            for g in &row {
                // The same glyph drawn again at the same place (fake bold).
                if (g.x - last_x).abs() < 0.01 * g.size && text.ends_with(g.text.as_str()) {
                    continue;
                }
                if let Some(end) = end {
                    let gap = g.x - end;
                    let ends_space = text.ends_with([' ', '\t']);
                    if gap > 1.2 * size {
                        while text.ends_with(' ') {
                            text.pop();
                        }
                        if !text.ends_with('\t') {
                            text.push('\t');
                        }
                    } else if gap > 0.15 * g.size && !ends_space && !g.text.starts_with(' ') {
                        text.push(' ');
                    }
                }
                text.push_str(&g.text);
                end = Some(g.x + g.width);
                last_x = g.x;
            }
            let text = marker_spaced(clean(&text));
            (!text.trim().is_empty()).then_some(Line { text, y, size })
        })
        .collect()
}

/// A list marker set apart from its text by a hanging indent (`•⇥Text`,
/// `2.1⇥Text`, `(a)⇥Text`) is followed by a space, as Word's numbering is
/// rendered: the gap is layout, not a table column.
fn marker_spaced(mut text: String) -> String {
    let Some(tab) = text.find('\t') else {
        return text;
    };
    let cell = &text[..tab];
    let bullet = matches!(
        cell,
        "•" | "◦" | "▪" | "‣" | "-" | "–" | "o" | "\u{f0b7}" | "·" | "■" | "□"
    );
    let label = {
        let inner = cell.trim_start_matches('(').trim_end_matches([')', '.']);
        !inner.is_empty()
            && cell.len() <= 8
            && inner.split('.').all(|part| {
                !part.is_empty()
                    && ((part.len() <= 3 && part.bytes().all(|b| b.is_ascii_digit()))
                        || (part.len() <= 4
                            && part
                                .bytes()
                                .all(|b| b"ivxlc".contains(&b.to_ascii_lowercase())))
                        || (part.len() == 1 && part.bytes().all(|b| b.is_ascii_alphabetic())))
            })
            && (cell.ends_with(['.', ')']) || cell.bytes().any(|b| b.is_ascii_digit()))
    };
    if bullet || label {
        text.replace_range(tab..tab + 1, " ");
    }
    text
}

/// A line's text with ligatures spelt out, soft hyphens and control
/// characters dropped, and no trailing space.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            '\u{ad}' | '\u{200b}' | '\u{feff}' | '\u{fffd}' => {}
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(x: f32, y: f32, text: &str) -> Glyph {
        Glyph {
            x,
            y,
            width: 5.0 * text.chars().count() as f32,
            size: 10.0,
            text: text.to_string(),
        }
    }

    #[test]
    fn glyphs_make_lines_top_to_bottom_with_spaces_and_tabs() {
        let found = lines(vec![
            g(100.0, 700.0, "b"),
            g(10.0, 700.0, "Key"),
            g(10.0, 712.0, "Title"),
            g(28.0, 700.0, "x"),
            g(40.0, 700.0, "yz"),
        ]);
        let texts: Vec<&str> = found.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Title", "Key x yz\tb"]);
    }

    #[test]
    fn a_superscript_stays_on_its_line() {
        let mut sup = g(15.0, 703.5, "rd");
        sup.size = 6.0;
        let found = lines(vec![g(10.0, 700.0, "3"), sup, g(30.0, 700.0, "May")]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "3rd May");
    }

    #[test]
    fn list_markers_keep_a_space_not_a_tab() {
        for (line, want) in [
            ("•\tText", "• Text"),
            ("2.1\tThe report", "2.1 The report"),
            ("(a)\tapprove", "(a) approve"),
            ("iv.\tfourth", "iv. fourth"),
            ("3\tThree", "3 Three"),
            ("Date\t12 March", "Date\t12 March"),
            ("LEGAL\t✓\tSAFETY", "LEGAL\t✓\tSAFETY"),
            ("2025\t£4m", "2025\t£4m"),
        ] {
            assert_eq!(marker_spaced(line.to_string()), want);
        }
    }

    #[test]
    fn ligatures_are_spelt_out() {
        assert_eq!(clean("\u{fb01}nance of\u{ad}\u{fb02}ce "), "finance offlce");
    }

    #[test]
    fn matrices_compose_in_pdf_order() {
        let scale = Matrix([2.0, 0.0, 0.0, 2.0, 0.0, 0.0]);
        let moved = Matrix::translate(10.0, 5.0).then(&scale);
        assert_eq!(moved.0, [2.0, 0.0, 0.0, 2.0, 20.0, 10.0]);
    }
}
