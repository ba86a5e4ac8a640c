//! Symbol fonts' ticks, crosses and boxes: what a Word draft's Wingdings
//! symbol shows, and what a converter that left its private-use code in
//! the text (`pdftotext`, Pandoc) meant by it. Below both the `.docx`
//! reader and the parser, which read them alike.

/// The symbol fonts whose ticks and boxes implications tables use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SymbolFont {
    Wingdings,
    Wingdings2,
}

impl SymbolFont {
    /// The symbol font a run's font name is, if it is one.
    pub(crate) fn named(font: &str) -> Option<SymbolFont> {
        let font = font.to_ascii_lowercase();
        if font.starts_with("wingdings 2") {
            Some(SymbolFont::Wingdings2)
        } else if font.starts_with("wingdings") {
            Some(SymbolFont::Wingdings)
        } else {
            None
        }
    }

    /// The character a reader sees for `c` in this font: ticks, crosses
    /// and boxes; `None` for any other symbol.
    pub(crate) fn map(self, c: char) -> Option<char> {
        // `w:sym` codes are written in the private use area (F0xx).
        let code = match c as u32 {
            n @ 0xF000..=0xF0FF => n - 0xF000,
            n @ 0..=0xFF => n,
            _ => return None,
        };
        match (self, code) {
            (SymbolFont::Wingdings, 0xFC) | (SymbolFont::Wingdings2, 0x50) => Some('\u{2713}'),
            (SymbolFont::Wingdings, 0xFB) | (SymbolFont::Wingdings2, 0x4F) => Some('\u{2717}'),
            (SymbolFont::Wingdings, 0xFE) | (SymbolFont::Wingdings2, 0x52) => Some('\u{2611}'),
            (SymbolFont::Wingdings, 0xFD | 0x78) | (SymbolFont::Wingdings2, 0x54) => {
                Some('\u{2612}')
            }
            (SymbolFont::Wingdings, 0xA8 | 0x6F) | (SymbolFont::Wingdings2, 0xA3) => {
                Some('\u{2610}')
            }
            _ => None,
        }
    }
}

/// The tick, cross or box that a Wingdings glyph is where a converter
/// left it as its private-use code (`U+F0FE` ☑, `U+F0FD` and `U+F078` ☒,
/// `U+F0A8` and `U+F06F` ☐, `U+F0FC` ✓, `U+F0FB` ✗), as a Word draft's
/// Wingdings symbol is read; `None` for any other character (the bullets
/// `U+F0A7` ▪ and `U+F071` ❑ among them).
pub(crate) fn wingdings_mark(c: char) -> Option<char> {
    ('\u{f000}'..='\u{f0ff}')
        .contains(&c)
        .then(|| SymbolFont::Wingdings.map(c))
        .flatten()
}
