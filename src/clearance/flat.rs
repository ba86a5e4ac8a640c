//! Flattened text: markup removed, white space folded, offsets kept.

use super::*;

/// A stretch of the paper with markup removed (`**`, `<sup>`, `\`, and a
/// backslash ending a line, Pandoc's hard line break), runs of
/// white space folded to one space and table cell breaks (tab, `|`) kept as
/// one tab; each byte remembers the source bytes it came from.
///
/// A dot leader (four dots or more: a form's padding round what is filled
/// in, "........Signed: NAME........") is white space too; an ellipsis's
/// three dots are text.
///
/// A tab that opens a line (after a line break and perhaps other white
/// space) is not a cell break but the hanging indent of a wrapped line, as
/// Word exports a numbered paragraph ("6.2<TAB>Checked by NAME, POST" /
/// "<TAB>(Place), 14 November 2025."): it folds into the space of the line
/// break, so the wrapped sentence stays one.
pub(super) struct Flat {
    pub(super) text: String,
    pub(super) start: Vec<usize>,
    pub(super) end: Vec<usize>,
}

/// The shortest dot leader: more dots than an ellipsis.
const DOT_LEADER: &[u8] = b"....";

impl Flat {
    pub(super) fn new(text: &str, span: Span) -> Flat {
        let raw = span.of(text);
        let mut flat = Flat {
            text: String::with_capacity(raw.len()),
            start: Vec::with_capacity(raw.len()),
            end: Vec::with_capacity(raw.len()),
        };
        // Where the pending space came from: a white space character or a
        // tag that breaks a line.
        let mut space_at: Option<(usize, usize)> = None;
        // Whether only white space has come since a line break.
        let mut line_start = false;
        let mut i = 0;
        while let Some(ch) = raw[i..].chars().next() {
            let at = span.start + i;
            // A run of ordinary ASCII, single spaces between words included:
            // copied whole, each byte its own source.
            let run = ordinary_run(&raw.as_bytes()[i..], *b"*<\\|");
            // (A dot leader in the run ends it, and is read below.)
            let run = memchr::memmem::find(&raw.as_bytes()[i..i + run], DOT_LEADER).unwrap_or(run);
            if run > 0 {
                line_start = false;
                if let Some((s, e)) = space_at.take() {
                    if !flat.text.is_empty() && !flat.text.ends_with('\t') {
                        flat.push(' ', s, e);
                    }
                }
                flat.text.push_str(&raw[i..i + run]);
                flat.start.extend(at..at + run);
                flat.end.extend(at + 1..at + run + 1);
                i += run;
                continue;
            }
            if raw.as_bytes()[i..].starts_with(DOT_LEADER) {
                let n = raw.as_bytes()[i..]
                    .iter()
                    .take_while(|&&b| b == b'.')
                    .count();
                space_at.get_or_insert((at, at + n));
                i += n;
                continue;
            }
            let w = ch.len_utf8();
            match ch {
                '*' => {}
                '<' if crate::parse::inline::html_tag_len(&raw[i..]).is_some() => {
                    let len = crate::parse::inline::html_tag_len(&raw[i..]).unwrap_or(w);
                    let tag = raw[i..i + len].to_ascii_lowercase();
                    if tag.starts_with("<br") || tag.starts_with("<p") || tag.starts_with("</p") {
                        space_at.get_or_insert((at, at + 1));
                    }
                    i += len;
                    continue;
                }
                '\\' if raw[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_punctuation()) => {}
                // Pandoc's hard line break, a backslash ending the line:
                // the line break's space, no character of the text.
                '\\' if matches!(raw[i + 1..].chars().next(), None | Some('\n' | '\r')) => {
                    space_at.get_or_insert((at, at + w));
                }
                '\t' if line_start => {
                    space_at.get_or_insert((at, at + w));
                }
                '\t' | '|' => {
                    line_start = false;
                    space_at = None;
                    if flat.text.ends_with(' ') {
                        flat.pop();
                    }
                    if !flat.text.is_empty() && !flat.text.ends_with('\t') {
                        flat.push('\t', at, at + w);
                    }
                }
                c if c.is_whitespace() => {
                    line_start |= c == '\n';
                    space_at.get_or_insert((at, at + w));
                }
                c => {
                    line_start = false;
                    if let Some((s, e)) = space_at.take() {
                        if !flat.text.is_empty() && !flat.text.ends_with('\t') {
                            flat.push(' ', s, e);
                        }
                    }
                    flat.push(c, at, at + w);
                }
            }
            i += w;
        }
        flat
    }

    pub(super) fn push(&mut self, c: char, start: usize, end: usize) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.start.push(start);
            self.end.push(end);
        }
    }

    pub(super) fn pop(&mut self) {
        if let Some(c) = self.text.pop() {
            for _ in 0..c.len_utf8() {
                self.start.pop();
                self.end.pop();
            }
        }
    }

    /// The source span of flat bytes `a..b`.
    pub(super) fn span(&self, a: usize, b: usize) -> Span {
        if a >= b || a >= self.start.len() {
            let at = self
                .start
                .get(a)
                .copied()
                .or_else(|| self.end.last().copied())
                .unwrap_or(0);
            return Span::empty(at);
        }
        Span::new(self.start[a], self.end[b - 1])
    }

    /// The flat offset of source offset `raw` (the first flat byte at or
    /// after it).
    pub(super) fn pos(&self, raw: usize) -> usize {
        self.start.partition_point(|&s| s < raw)
    }

    /// A piece `range` of the flat text after offset `at` (a name or post
    /// found in part of it), as an item.
    pub(super) fn piece(&self, at: usize, range: Option<(usize, usize)>) -> Option<TextItem> {
        range.map(|(s, e)| self.item(at + s, at + e))
    }

    /// A piece of the flat text as an item with its source span.
    pub(super) fn item(&self, a: usize, b: usize) -> TextItem {
        TextItem {
            text: self.text[a..b].to_string(),
            span: self.span(a, b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hard_line_break_is_a_space_and_an_escape_its_character() {
        let text = "**Statutory Officer: Paul Grieveson**\\\nSigned on behalf of the Monitoring Officer\\\n**Date: 22 March 2027**";
        let flat = Flat::new(text, Span::new(0, text.len()));
        assert_eq!(
            flat.text,
            "Statutory Officer: Paul Grieveson Signed on behalf of the Monitoring Officer Date: 22 March 2027"
        );
        // An escaped bracket keeps its bracket; a backslash before a
        // letter is text.
        let text = "\\[Call-in applies\\] C:\\path";
        let flat = Flat::new(text, Span::new(0, text.len()));
        assert_eq!(flat.text, "[Call-in applies] C:\\path");
    }

    #[test]
    fn a_dot_leader_is_white_space_and_an_ellipsis_text() {
        let text = "  ........Signed: M. Armitage-Doyle.........   Date: 2 Feb 2028";
        let flat = Flat::new(text, Span::new(0, text.len()));
        assert_eq!(flat.text, "Signed: M. Armitage-Doyle Date: 2 Feb 2028");
        let at = flat.text.find(" Date").unwrap();
        assert_eq!(&text[flat.start[at]..flat.end[at]], ".........");
        // Three dots are an ellipsis: kept.
        let text = "and so on... Signed: Jo Bloggs";
        let flat = Flat::new(text, Span::new(0, text.len()));
        assert_eq!(flat.text, text);
    }
}
