//! Lines: splitting the text, and what each line looks like on its own.
//!
//! ```text
//! line        = blank | rule | comment | atx_heading | table_row | item | text
//! rule        = ("---" | "***" | "___") ["-*_"]*
//! comment     = "<!--" … "-->"
//! atx_heading = "#"{1,6} ws+ title ["#"*]
//! table_row   = cell ("\t" cell)+            -- after an optional leading number
//!             | "|" cell ("|" cell)* ["|"]
//! item        = item_marker text              -- see `number`
//! ```

use nom::bytes::complete::take_while_m_n;
use nom::character::complete::space1;
use nom::{IResult, Parser};

use super::number::{item_marker, ItemMarker};
use crate::document::Span;

/// One line of the text, without its line ending.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    /// Offset of the line's first byte.
    pub(crate) start: usize,
    /// The line, without `\n` or `\r\n`.
    pub(crate) text: &'a str,
    /// Leading spaces (a tab counts 4), for list nesting.
    pub(crate) indent: usize,
    /// Offset within `text` of the first character after the indent.
    pub(crate) content_at: usize,
    /// Whether the line has a tab in it (found with its end, in one pass).
    pub(crate) has_tab: bool,
}

impl<'a> Line<'a> {
    /// Span of the whole line.
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// The line after its indentation.
    pub(crate) fn content(&self) -> &'a str {
        &self.text[self.content_at..]
    }

    /// Span of the content, trailing white space excluded.
    pub(crate) fn content_span(&self) -> Span {
        let c = super::inline::trim_end(self.content());
        Span::new(
            self.start + self.content_at,
            self.start + self.content_at + c.len(),
        )
    }

    pub(crate) fn is_blank(&self) -> bool {
        // The indent is white space: what follows decides, and most lines
        // open with a visible ASCII character.
        let content = self.content();
        match content.as_bytes().first() {
            None => true,
            Some(b) if b.is_ascii_graphic() => false,
            Some(_) => content.trim().is_empty(),
        }
    }
}

/// Splits `text` into lines; `\r\n` and `\n` both end a line.
pub(crate) fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::with_capacity(text.len() / 40 + 1);
    let bytes = text.as_bytes();
    // Line ends and tabs, in one pass.
    let mut hits = memchr::memchr2_iter(b'\n', b'\t', bytes);
    let mut start = 0;
    while start < text.len() {
        let mut has_tab = false;
        let end = loop {
            match hits.next() {
                Some(i) if bytes[i] == b'\t' => has_tab = true,
                Some(i) => break i + 1,
                None => break text.len(),
            }
        };
        let piece = &text[start..end];
        let body = piece.strip_suffix('\n').unwrap_or(piece);
        let body = body.strip_suffix('\r').unwrap_or(body);
        let mut indent = 0;
        let mut content_at = 0;
        for (i, ch) in body.char_indices() {
            match ch {
                ' ' | '\u{a0}' => indent += 1,
                // A form feed (a page break in PDF text) starts the line.
                '\u{c}' => {}
                // A leading tab followed by more tabs later is a table's empty
                // first cell, not indentation; `classify` decides.
                '\t' => indent += 4,
                _ => {
                    content_at = i;
                    break;
                }
            }
            content_at = i + ch.len_utf8();
        }
        // Pandoc's bookmarks before a Word heading (`[]{#_Toc1 .anchor}`)
        // show nothing: the line's content starts after them.
        if body.as_bytes().get(content_at) == Some(&b'[') {
            content_at += super::inline::pandoc_anchors_len(&body[content_at..]);
        }
        lines.push(Line {
            start,
            text: body,
            indent,
            content_at,
            has_tab,
        });
        start += piece.len();
    }
    strip_line_marks(&mut lines);
    drop_common_margin(&mut lines);
    lines
}

/// The fewest one-line fields (`**Date:** 18 March 2027`) that make a
/// blockquote a front sheet set in a quote rather than a quotation.
const MIN_QUOTED_FIELDS: usize = 2;

/// Moves each line's content past marks that show nothing of the text, so
/// that what follows them is read as it would be on its own:
///
/// ```text
/// line_block  = "|" [" " text]      -- no other "|" on the line
/// quote_sheet = quote_line+         -- a run holding MIN_QUOTED_FIELDS fields or more
///             | field_quote (blank+ field_quote)+   -- MIN_QUOTED_FIELDS quotes or more
/// field_quote = quote_line+         -- its first line a one-line field
/// quote_line  = (">" [" "])+ text
/// ```
///
/// Pandoc writes a Word paragraph of soft line breaks as a line block
/// (`| **Date of meeting:** 20 April 2027`, `| ` alone for an empty line),
/// and its bar is never the text's: every line block is read past it. A
/// bar with another bar after it on the line opens a pipe table's row and
/// keeps its marks. A blockquote (`> **Date:** …`, `>` alone between its
/// paragraphs) may hold a front sheet or a quotation; only a run of quoted
/// lines holding one-line fields, or quotes parted by blank lines each
/// opening with one, is read past its marks, as a quoted
/// clause (`> 12.3 Each Partner shall …`) keeps its numbers out of the
/// paper's own. The one space after a mark is part of it; the spaces after
/// that are the line's indent.
fn strip_line_marks(lines: &mut [Line<'_>]) {
    let mut i = 0;
    while i < lines.len() {
        if let Some(n) = line_block_mark(lines[i].content()) {
            skip_mark(&mut lines[i], n);
            i += 1;
            continue;
        }
        let run = lines[i..]
            .iter()
            .take_while(|l| quote_mark_len(l.content()) > 0)
            .count();
        if run == 0 {
            i += 1;
            continue;
        }
        let group = quote_group(lines, i, run);
        // Each quote of the group opens with a field: a front sheet set one
        // field to a quote.
        let fielded = group.len() >= MIN_QUOTED_FIELDS
            && group.iter().all(|&(at, _)| is_quoted_field(&lines[at]));
        for &(at, n) in &group {
            let fields = lines[at..at + n]
                .iter()
                .filter(|l| is_quoted_field(l))
                .count();
            if fielded || fields >= MIN_QUOTED_FIELDS {
                for line in &mut lines[at..at + n] {
                    let m = quote_mark_len(line.content());
                    skip_mark(line, m);
                }
            }
        }
        let (last, n) = group[group.len() - 1];
        i = last + n;
    }
}

/// The quotes standing one after the other from the quote of `run` lines
/// at line `i`, parted only by blank lines (`> **Subject:** …` / blank /
/// `> **Report by:** …`, a Word paragraph with a left indent a quote): the
/// line each opens on and how many lines it takes.
fn quote_group(lines: &[Line<'_>], i: usize, run: usize) -> Vec<(usize, usize)> {
    let quoted = |l: &&Line<'_>| quote_mark_len(l.content()) > 0;
    let mut group = vec![(i, run)];
    let mut end = i + run;
    loop {
        let blanks = lines[end..].iter().take_while(|l| l.is_blank()).count();
        let next = end + blanks;
        let n = lines[next..].iter().take_while(quoted).count();
        if blanks == 0 || n == 0 {
            return group;
        }
        group.push((next, n));
        end = next + n;
    }
}

/// Whether quoted line `line` holds a one-line field past its marks.
fn is_quoted_field(line: &Line<'_>) -> bool {
    let c = &line.content()[quote_mark_len(line.content())..];
    super::field::field(c.trim_start(), 0, false).is_some()
}

/// Moves `line`'s content `n` bytes on, past a mark, and past the spaces
/// after it, which count as indent.
fn skip_mark(line: &mut Line<'_>, n: usize) {
    let after = &line.content()[n..];
    let spaces = after.len() - after.trim_start_matches([' ', '\u{a0}']).len();
    line.content_at += n + spaces;
    line.indent += spaces;
}

/// The length of a line block's bar and its space (`| `, or `|` alone)
/// opening `content`, where no other bar follows on the line.
fn line_block_mark(content: &str) -> Option<usize> {
    let rest = content.strip_prefix('|')?;
    if !(rest.is_empty() || rest.starts_with(' ')) || rest.contains('|') {
        return None;
    }
    Some(content.len().min(2))
}

/// The length of the blockquote marks opening `content`: `> `, `>` alone,
/// nested `> > `; 0 where there are none, and where the `>` runs into the
/// text after it (`>5 years`).
fn quote_mark_len(content: &str) -> usize {
    let bytes = content.as_bytes();
    let mut at = 0;
    while bytes.get(at) == Some(&b'>') {
        match bytes.get(at + 1) {
            None => return at + 1,
            Some(b' ') => at += 2,
            Some(_) => break,
        }
    }
    at
}

/// Reads indentation from the paper's left margin: `pdftotext -layout`
/// often puts the same one space (or a few) before every line, and read as
/// indentation it would make every numbered heading look nested. The least
/// indent of the non-blank lines is that margin; each line's `indent` is
/// counted past it. One line at the left edge leaves the indents as they
/// are, so a hanging indent, a centred title or a table's columns keep
/// their meaning relative to the margin. An HTML comment alone on its
/// line is not printed, so it sets no margin; nor does a running header
/// (see [`running_header`]), which `-layout` prints from the page's
/// edge over a body set in from it, nor a running footer that ends in its
/// page's number set apart (see [`is_numbered_footer`]).
fn drop_common_margin(lines: &mut [Line<'_>]) {
    let header = running_header(lines);
    let is_header = |l: &Line<'_>| header.is_some_and(|h| same_words(l.text, h));
    let counted = |l: &&Line<'_>| !l.is_blank() && !l.content().starts_with("<!--");
    // A line at the edge holds the margin at nothing unless it is page
    // furniture; asked first, as the first such line usually settles it.
    let at_edge =
        |l: &Line<'_>| l.indent == 0 && !(is_header(l) || is_numbered_footer(l.content()));
    if lines.iter().filter(counted).any(at_edge) {
        return;
    }
    let margin = lines
        .iter()
        .filter(counted)
        .filter(|l| l.indent > 0)
        .map(|l| l.indent)
        .min()
        .unwrap_or(0);
    if margin == 0 {
        return;
    }
    for line in lines {
        line.indent = line.indent.saturating_sub(margin);
    }
}

/// A running footer as `pdftotext -layout` prints it from the page's
/// edge: some words, a gap of three spaces or more, then a page number
/// (`Strathaven IJB - Audit Committee - 24 March 2027        Page 1`,
/// `… PSB - 9 March 2027        Page 1 of 4`). A sentence that mentions
/// a page (`as set out on Page 4`) has no such gap.
fn is_numbered_footer(content: &str) -> bool {
    let t = content.trim_end();
    let Some(gap) = t.rfind("   ") else {
        return false;
    };
    let (words, number) = (t[..gap].trim(), t[gap..].trim());
    !words.is_empty() && !number.contains("   ") && is_page_footer(number)
}

/// Whether two lines say the same words, however they are spaced: how a
/// line is compared with the same line on another page.
fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// The line that opens the first page and at least one page after a form
/// feed with the same words, or that opens two pages or more after form
/// feeds where the first page opens otherwise (a cover set apart), three
/// words or more (`Planning Committee – 24th June 2027      Agenda Item
/// 5b`): the running header of PDF text. None where the text has no form
/// feed. (`demote_page_furniture` reads the header fully, once lines are
/// classified; this is only what the margin needs.)
fn running_header<'a>(lines: &[Line<'a>]) -> Option<&'a str> {
    let opening = |from: usize| {
        (from..lines.len())
            .find(|&i| !lines[i].is_blank())
            .map(|i| lines[i].text)
    };
    let openings: Vec<&str> = (0..lines.len())
        .filter(|&i| lines[i].text.contains('\u{c}'))
        .filter_map(opening)
        .collect();
    if openings.is_empty() {
        return None;
    }
    let first = opening(0)?;
    let repeated = |n: usize| openings[n + 1..].iter().any(|v| same_words(v, openings[n]));
    let header = if openings.iter().any(|w| same_words(w, first)) {
        first
    } else {
        openings[(0..openings.len()).find(|&n| repeated(n))?]
    };
    (header.split_whitespace().count() >= 3).then_some(header)
}

/// What a line looks like, before context decides what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LineKind {
    Blank,
    /// A horizontal rule: `---`.
    Rule,
    /// An HTML comment alone on its line.
    Comment,
    /// `### Title`: level and the title's span.
    Atx {
        level: u8,
        title: Span,
    },
    /// A row of a tab- or pipe-separated table.
    TableRow {
        pipe: bool,
    },
    /// A line of a table lined up with spaces between lines of dashes
    /// (see `spaced`), its frames included.
    SpacedRow,
    /// The opening of an HTML table.
    HtmlTable,
    /// A numbered paragraph or bullet.
    Item(ItemMarker),
    /// Anything else.
    Text,
}

/// Classifies one line on its own shape.
pub(crate) fn classify(line: &Line<'_>) -> LineKind {
    if line.is_blank() || is_page_footer(line.content()) {
        return LineKind::Blank;
    }
    let content = line.content();
    let base = line.start + line.content_at;
    if content.starts_with(['-', '*', '_', '=']) && is_rule(content) {
        return LineKind::Rule;
    }
    if content.starts_with("<!--") && content.trim_end().ends_with("-->") {
        return LineKind::Comment;
    }
    if let Some(Ok((_, (level, title)))) = content.starts_with('#').then(|| atx_heading(content)) {
        let at = super::inline::offset_in(content, title);
        return LineKind::Atx {
            level,
            title: Span::new(base + at, base + at + title.len()),
        };
    }
    if content
        .get(..6)
        .is_some_and(|p| p.eq_ignore_ascii_case("<table"))
    {
        return LineKind::HtmlTable;
    }
    if let Some(pipe) = table_row(line) {
        return LineKind::TableRow { pipe };
    }
    if let Some(marker) = item_marker(content, base) {
        return LineKind::Item(marker);
    }
    LineKind::Text
}

/// A line that is only a real `d.m.yy` date ("        12.3.25.") right
/// after a line ending with a comma is the date wrapped from that line
/// ("agreed by NAME, Principal Solicitor," / "12.3.25."), not paragraph
/// 12.3.25: read it as text, a continuation.
pub(crate) fn demote_wrapped_dates(lines: &[Line<'_>], kinds: &mut [LineKind]) {
    for i in 1..lines.len() {
        let LineKind::Item(ItemMarker {
            bullet: None,
            number: Some(n),
            ..
        }) = &kinds[i]
        else {
            continue;
        };
        if n.values.len() != 3 || n.parenthesised {
            continue;
        }
        let content = lines[i].content().trim_end();
        let continues = lines[i - 1].text.trim_end().ends_with(',');
        if continues && super::dates::is_short_dotted_date(content) {
            kinds[i] = LineKind::Text;
        }
    }
}

/// PDF page furniture at a page break (a form feed, as `pdftotext` writes
/// it): a page number alone on the last line of a page, and a running
/// header that opens two pages or more with the same words (`Thornmere
/// County Council   Cabinet – 13 February 2025`). Neither is part of the
/// text: both are read as blank lines, so that the number is no heading
/// and the header no paragraph splitting a section, and a heading that
/// opens the next page stands after a break.
///
/// A number alone ending a page is its page number when a blank line sets
/// it apart (`2`, centred), when it stands between dashes (`- 42 -`, an
/// agenda pack's numbering), or when the page before or after ends with
/// the number before or after it (`1`, `2`, `3` under a footer line). A
/// number between dashes opening a page is its page number too. A line
/// seen once at the top of a page is the page's own text (a heading), not
/// a running header.
///
/// `text` is the text the lines were split from: without a form feed in it
/// there is nothing to do.
pub(crate) fn demote_page_furniture(text: &str, lines: &[Line<'_>], kinds: &mut [LineKind]) {
    if memchr::memchr(b'\x0c', text.as_bytes()).is_none() {
        return;
    }
    let breaks: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].text.contains('\u{c}'))
        .collect();
    if breaks.is_empty() {
        return;
    }
    let blank = |k: &LineKind| matches!(k, LineKind::Blank);
    let key = |i: usize| {
        lines[i]
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    // A page number between dashes opening a page.
    for &b in &breaks {
        if let Some(i) = (b..lines.len()).find(|&i| !blank(&kinds[i])) {
            if page_number(lines[i].text).is_some_and(|(_, dashed)| dashed) {
                kinds[i] = LineKind::Blank;
            }
        }
    }
    // The last line of each page, and of the last page, with its value
    // when it is a number alone.
    let ends: Vec<(usize, Option<(u32, bool)>)> = breaks
        .iter()
        .copied()
        .chain([lines.len()])
        .filter_map(|end| (0..end).rev().find(|&k| !blank(&kinds[k])))
        .map(|k| (k, page_number(lines[k].text)))
        .collect();
    let value = |n: usize| ends.get(n).and_then(|e| e.1).map(|(v, _)| v);
    // Under a page number, the line above it (a footer such as a
    // protective marking) is the last line.
    let mut lasts: Vec<(usize, String)> = Vec::new();
    for (n, &(mut k, number)) in ends.iter().enumerate() {
        if let Some((v, dashed)) = number {
            let in_sequence =
                (n > 0 && value(n - 1) == Some(v.wrapping_sub(1))) || value(n + 1) == Some(v + 1);
            if k > 0 && (blank(&kinds[k - 1]) || dashed || in_sequence) {
                kinds[k] = LineKind::Blank;
                let Some(above) = (0..k).rev().find(|&k| !blank(&kinds[k])) else {
                    continue;
                };
                k = above;
            }
        }
        lasts.push((k, key(k)));
    }
    // The first line of each page after a break, and of the first page.
    let mut firsts: Vec<(usize, String)> = [0]
        .iter()
        .chain(&breaks)
        .filter_map(|&b| (b..lines.len()).find(|&i| !blank(&kinds[i])))
        .map(|i| (i, key(i)))
        .collect();
    firsts.dedup_by_key(|f| f.0);
    lasts.dedup_by_key(|f| f.0);
    // Whether a later page opens with the paper's first line and the
    // line under it again (`CABINET` / `12 JULY 2027`): the cover restated.
    let next_words = |i: usize| (i + 1..lines.len()).find(|&k| !blank(&kinds[k])).map(key);
    let cover_restated = firsts.split_first().is_some_and(|((i, words), rest)| {
        let under = next_words(*i);
        under.is_some()
            && rest
                .iter()
                .any(|(k, w)| w == words && next_words(*k) == under)
    });
    // A line that opens (or closes) two pages or more with the same words
    // is a running header (or footer): three words or more, or a marking
    // in capitals ("OFFICIAL", "OFFICIAL-SENSITIVE").
    for ends in [&firsts[..], &lasts[..]] {
        for (n, (i, words)) in ends.iter().enumerate() {
            let repeated = ends.iter().filter(|(_, w)| w == words).count() >= 2;
            let header = firsts.as_ptr() == ends.as_ptr();
            if !repeated || !matches!(kinds[*i], LineKind::Text) {
                continue;
            }
            let letters = words.bytes().filter(u8::is_ascii_alphabetic).count();
            let marking = letters >= 3 && !words.bytes().any(|b| b.is_ascii_lowercase());
            // The paper's first line (often the meeting's name) only when
            // it is a one-word marking that opens later pages too; not
            // when a later page restates the cover under it (`CABINET` /
            // `12 JULY 2027` opening the first page and a later one): the
            // cover's first line is the cover's.
            if header && n == 0 {
                if marking && !words.contains(' ') && !cover_restated {
                    kinds[*i] = LineKind::Blank;
                }
                continue;
            }
            if (header && words.split_whitespace().count() >= 3) || marking {
                kinds[*i] = LineKind::Blank;
            }
        }
        // A running header or footer that carries the page's number at
        // its end ("MD Template May 2023      1", "… 2"): the same words
        // on two pages or more, each with its own number.
        for (i, words) in ends {
            let Some((stem, number)) = numbered_running_line(words) else {
                continue;
            };
            let others = ends
                .iter()
                .filter(|(k, w)| {
                    k != i
                        && numbered_running_line(w).is_some_and(|(s, n)| s == stem && n != number)
                })
                .count();
            if others >= 1 && matches!(kinds[*i], LineKind::Text) {
                kinds[*i] = LineKind::Blank;
            }
        }
    }
    // A running footer of two lines (`Residents' Services Select Committee
    // – 14 January 2027` over `Part I – Members, Public and Press   Page
    // 15`): the line straight over a footer read above, with the same
    // words over it on two pages or more, when it too reads as a footer's
    // (three words or more, or a marking in capitals).
    let over: Vec<(usize, String)> = lasts
        .iter()
        .filter(|(i, _)| blank(&kinds[*i]))
        .filter_map(|&(i, _)| (0..i).rev().find(|&k| !blank(&kinds[k])))
        .map(|k| (k, key(k)))
        .collect();
    for (i, words) in &over {
        let repeated = over.iter().filter(|(_, w)| w == words).count() >= 2;
        let letters = words.bytes().filter(u8::is_ascii_alphabetic).count();
        let marking = letters >= 3 && !words.bytes().any(|b| b.is_ascii_lowercase());
        if repeated
            && (words.split_whitespace().count() >= 3 || marking)
            && matches!(kinds[*i], LineKind::Text)
        {
            kinds[*i] = LineKind::Blank;
        }
    }
    // A running header of two lines or three (a committee's name, then
    // the meeting's date `10.12.2026`): the line straight under a header
    // read above, with the same words under it on two pages or more, when
    // it too reads as a header's (three words or more, a marking in
    // capitals, or a date alone).
    let mut under: Vec<usize> = firsts
        .iter()
        .skip(1)
        .filter(|(i, _)| blank(&kinds[*i]))
        .map(|&(i, _)| i)
        .collect();
    for _ in 0..2 {
        let next: Vec<(usize, String)> = under
            .iter()
            .filter_map(|&h| (h + 1..lines.len()).find(|&i| !blank(&kinds[i])))
            .map(|i| (i, key(i)))
            .collect();
        under.clear();
        for (i, words) in &next {
            let repeated = next.iter().filter(|(_, w)| w == words).count() >= 2;
            let letters = words.bytes().filter(u8::is_ascii_alphabetic).count();
            let marking = letters >= 3 && !words.bytes().any(|b| b.is_ascii_lowercase());
            let header_like = words.split_whitespace().count() >= 3
                || marking
                || super::dates::parse_date_text(words).is_some();
            if repeated && header_like {
                kinds[*i] = LineKind::Blank;
                under.push(*i);
            }
        }
        if under.is_empty() {
            break;
        }
    }
}

/// A line of a running header or footer that ends with its page's
/// number (`MD Template May 2023 1`, its words joined by single spaces):
/// its words before the number, three of them at least (a sentence's
/// last words do not end in a bare number), and the number, of one to
/// three digits. `None` for any other line.
fn numbered_running_line(words: &str) -> Option<(&str, u32)> {
    let (stem, last) = words.rsplit_once(' ')?;
    if !(1..=3).contains(&last.len()) || !last.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let letters = stem.bytes().any(|b| b.is_ascii_alphabetic());
    (letters && stem.split(' ').count() >= 3 && !stem.ends_with(['.', ',', ';', ':']))
        .then(|| (stem, last.parse().ok()))
        .and_then(|(s, n)| Some((s, n?)))
}

/// Words that end a line before a paragraph number wrapped onto the next
/// ("as described in paragraphs 3.8 and" / "3.9.").
/// English grammar and the reference grammar's own nouns ("paragraph",
/// "section", as its nom parsers spell them), not a council's words.
const REFERENCE_LEADS: &[&str] = &[
    "and",
    "or",
    "to",
    "paragraph",
    "paragraphs",
    "para",
    "paras",
    "section",
    "sections",
    "see",
];

/// A line that is only a paragraph number (`3.9.`) right after a line of
/// running text that ends with a word leading a reference ("paragraphs 3.8
/// and") is that reference wrapped by `pdftotext`, not paragraph 3.9: read
/// it as text, a continuation. A number of one level (`3.`) may be a
/// heading's, split from its title, and stays.
pub(crate) fn demote_wrapped_references(lines: &[Line<'_>], kinds: &mut [LineKind]) {
    for i in 1..lines.len() {
        let LineKind::Item(ItemMarker {
            bullet: None,
            number: Some(n),
            text_start,
            ..
        }) = &kinds[i]
        else {
            continue;
        };
        let content = lines[i].content();
        if n.values.len() < 2
            || !content[(*text_start).min(content.len())..]
                .trim()
                .is_empty()
        {
            continue;
        }
        if !matches!(kinds[i - 1], LineKind::Text | LineKind::Item(_)) {
            continue;
        }
        let prev = lines[i - 1].text.trim_end();
        let (before, last) = prev.rsplit_once(' ').unwrap_or(("", prev));
        let last = last.to_ascii_lowercase();
        // "…described in section 5; and" / "2.4": a list's item closed by
        // a semicolon before its "and" or "or", the next item's number
        // after it, not a reference carried on.
        let list_end = matches!(last.as_str(), "and" | "or") && before.trim_end().ends_with(';');
        if REFERENCE_LEADS.contains(&last.as_str()) && !list_end {
            kinds[i] = LineKind::Text;
        }
    }
}

/// A page number alone on its line: one to three digits, no dot (`12.` is
/// a heading's number), perhaps between dashes (`- 2 -`).
pub(crate) fn is_bare_page_number(text: &str) -> bool {
    page_number(text).is_some()
}

/// The value of a page number alone on its line (see
/// [`is_bare_page_number`]), and whether dashes stand either side of it.
fn page_number(text: &str) -> Option<(u32, bool)> {
    let t = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    let inner = t.trim_start_matches(['-', '–']);
    let led = inner.len() < t.len();
    let core = inner.trim_end_matches(['-', '–']);
    let dashed = led && core.len() < inner.len();
    let core = core.trim();
    let ok = (1..=3).contains(&core.len()) && core.bytes().all(|b| b.is_ascii_digit());
    let v: u32 = core.parse().ok().filter(|_| ok)?;
    (v > 0).then_some((v, dashed))
}

/// A page number printed on its own line: `Page 2`, `Page 2 of 4`, and
/// the English half of a bilingual one (`Tudalen 2 o 4 / Page 2 of 4`).
/// It is no part of the text: read as a blank line.
pub(crate) fn is_page_footer(content: &str) -> bool {
    // Most lines end in something other than a digit: tell from the last
    // byte that is not ASCII white space (a byte of a longer character
    // leaves it to the full test).
    let last = content
        .bytes()
        .rev()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'));
    if !last.is_some_and(|b| b.is_ascii_digit() || !b.is_ascii()) {
        return false;
    }
    let t = content.trim();
    if t.len() > 60 || !t.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    // English, then Welsh: an agenda pack of a Welsh council numbers its
    // pages "Tudalen 41" alone.
    let Some((at, word, of)) = [("page ", "of"), ("tudalen ", "o")]
        .into_iter()
        .find_map(|(word, of)| lower.rfind(word).map(|at| (at, word, of)))
    else {
        return false;
    };
    let before = lower[..at].trim_end();
    if !(before.is_empty() || before.ends_with('/') || before.ends_with('|')) {
        return false;
    }
    let mut words = lower[at + word.len()..].split_whitespace();
    let number = |w: Option<&str>| w.is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
    number(words.next())
        && match words.next() {
            None => true,
            Some(w) if w == of => number(words.next()) && words.next().is_none(),
            Some(_) => false,
        }
}

/// `---`, `***`, `___`, and the `===` that underlines a setext heading.
fn is_rule(content: &str) -> bool {
    let t = super::inline::trim_end(content);
    t.len() >= 3
        && ['-', '*', '_', '='].iter().any(|&c| {
            t.chars().all(|x| x == c || x == ' ') && t.chars().filter(|&x| x == c).count() >= 3
        })
}

/// `#{1,6}` then white space then the title; a closing run of `#` is dropped.
pub(crate) fn atx_heading(content: &str) -> IResult<&str, (u8, &str)> {
    let (rest, hashes) = take_while_m_n(1, 6, |c| c == '#').parse(content)?;
    let (rest, _) = space1(rest)?;
    // Pandoc's bookmarks before the title and attributes after it
    // (`# []{#_Toc1 .anchor}1. INTRODUCTION`, `# Background {#background}`)
    // are not part of it.
    let rest = &rest[super::inline::pandoc_anchors_len(rest)..];
    let mut title = rest.trim_end().trim_end_matches('#').trim_end();
    if title.ends_with('}') {
        if let Some(open) = title.rfind(" {") {
            if super::inline::pandoc_attributes_len(&title[open + 1..])
                == Some(title.len() - open - 1)
            {
                title = title[..open].trim_end();
            }
        }
    }
    if title.is_empty() {
        return Err(nom::Err::Error(nom::error::Error::new(
            content,
            nom::error::ErrorKind::Eof,
        )));
    }
    Ok(("", (hashes.len() as u8, title)))
}

/// Whether the line is a table row; `Some(true)` for a pipe row.
fn table_row(line: &Line<'_>) -> Option<bool> {
    // Trailing tabs are empty cells: keep them.
    let content = line.content().trim_end_matches([' ', '\u{a0}']);
    if content.starts_with('|') && content[1..].contains('|') {
        return Some(true);
    }
    // No tab, no tab table: most lines stop here.
    if !line.has_tab {
        return None;
    }
    // A tab between two pieces of text makes a row. Word often puts one tab
    // after a paragraph number ("1.1<TAB>The purpose…"): that alone is not a
    // table.
    // Nor is the tab after the number of a bold heading, as Word exports
    // a numbered heading style ("**1.<TAB>PURPOSE OF THE REPORT**"): the
    // number is read inside the bold.
    let leading_tab = line.text.starts_with('\t');
    let unbolded = || {
        let inner = content.strip_prefix("**").or(content.strip_prefix("__"))?;
        let m = item_marker(inner, 0)?;
        Some(ItemMarker {
            text_start: m.text_start + 2,
            ..m
        })
    };
    let after_number = match item_marker(content, 0).or_else(unbolded) {
        Some(ItemMarker {
            number: Some(_),
            text_start,
            ..
        }) if !leading_tab => &content[text_start..],
        _ => content,
    };
    let inner_tab = after_number.trim_start_matches('\t').contains('\t')
        || (leading_tab && line.text.trim_start_matches('\t').len() < line.text.len() - 1);
    let has_text_after_number = !after_number.trim().is_empty();
    (inner_tab && has_text_after_number
        || (leading_tab && line.text.trim_matches('\t').contains('\t')))
    .then_some(false)
}

/// The start of the line holding byte `at` of `text`.
pub(crate) fn line_start(text: &str, at: usize) -> usize {
    memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kinds of `s`'s lines once its page furniture is demoted.
    fn page_kinds(s: &str) -> Vec<LineKind> {
        let lines = split_lines(s);
        let mut kinds: Vec<LineKind> = lines.iter().map(classify).collect();
        demote_page_furniture(s, &lines, &mut kinds);
        kinds
    }

    fn kind(s: &str) -> LineKind {
        classify(&split_lines(s)[0])
    }

    #[test]
    fn a_date_wrapped_after_a_comma_is_not_a_paragraph_number() {
        let kinds = |s: &str| {
            let lines = split_lines(s);
            let mut kinds: Vec<LineKind> = lines.iter().map(classify).collect();
            demote_wrapped_dates(&lines, &mut kinds);
            kinds
        };
        let wrapped =
            kinds("6.2     Legal comments agreed by Ann Vale, Solicitor,\n        12.3.25.\n");
        assert!(matches!(wrapped[1], LineKind::Text), "{wrapped:?}");
        // A real paragraph 12.3.2 after a sentence, and an impossible date.
        let para = kinds("12.3.1 The first point.\n12.3.2 The second point.\n");
        assert!(matches!(para[1], LineKind::Item(_)), "{para:?}");
        let no_date = kinds("as follows,\n12.13.25\n");
        assert!(matches!(no_date[1], LineKind::Item(_)), "{no_date:?}");
    }

    #[test]
    fn indentation_is_read_from_a_margin_common_to_every_line() {
        let indents = |s: &str| split_lines(s).iter().map(|l| l.indent).collect::<Vec<_>>();
        // pdftotext -layout's one-space margin: "1." is at the margin, its
        // hanging indent stays an indent, a line of spaces holds no margin.
        let text = " 1.     Purpose\n\n 1.1    To present the report for\n        2026/27.\n\n";
        assert_eq!(indents(text), [0, 0, 0, 7, 0]);
        assert_eq!(indents(" a\n \n b\n"), [0, 0, 0]);
        let lines = split_lines(text);
        assert_eq!(lines[0].content(), "1.     Purpose");
        assert!(matches!(classify(&lines[0]), LineKind::Item(_)));
        // A wider margin, a centred title and a form feed's page.
        let text = "     Report\n\u{c}          Centred Title\n     2. Text\n";
        assert_eq!(indents(text), [0, 5, 0]);
        // A comment is not printed: it sets no margin.
        assert_eq!(indents("<!-- note -->\n  1. Text\n    more\n"), [0, 0, 2]);
        // One line at the left edge: every indent is meaningful.
        assert_eq!(indents("Title\n  1. Text\n    more\n"), [0, 2, 4]);
        assert_eq!(indents("  \t Text\n"), [0]);
    }

    #[test]
    fn a_running_header_at_the_page_edge_sets_no_margin() {
        let indents = |s: &str| split_lines(s).iter().map(|l| l.indent).collect::<Vec<_>>();
        // pdftotext -layout: the header from the edge, the body one space in.
        let head = "Planning Committee – 24th June 2027          Agenda Item 5b";
        let text = format!(
            "{head}\n\n 1.     SITE\n\n 1.1    The site.\n\u{c}{head}\n\n 2.     HISTORY\n        None.\n"
        );
        assert_eq!(indents(&text), [0, 0, 0, 0, 0, 0, 0, 0, 7]);
        // A first line seen once, or repeated with no form feed, or of
        // fewer than three words, is text at the edge: indents stay.
        let once = "Planning Committee report\n\n 1.     SITE\n\u{c} 2.     HISTORY\n";
        assert_eq!(indents(once), [0, 0, 1, 1]);
        let no_break = format!("{head}\n 1.     SITE\n{head}\n 2.     HISTORY\n");
        assert_eq!(indents(&no_break), [0, 1, 0, 1]);
        let short = "Item 5\n 1.     SITE\n\u{c}Item 5\n 2.     HISTORY\n";
        assert_eq!(indents(short), [0, 1, 0, 1]);
        // A cover that opens otherwise ("Item 7" far right), and later
        // pages that open with the header from the edge: the header.
        let cover = format!(
            "            Item 7\n\n 1.     SITE\n\u{c}{head}\n 2.     HISTORY\n\u{c}{head}\n 3.     PLAN\n"
        );
        assert_eq!(indents(&cover), [11, 0, 0, 0, 0, 0, 0]);
        // One later page only, or later pages that open differently:
        // nothing repeats, the edge lines hold the margin.
        let one = format!("            Item 7\n\n 1.     SITE\n\u{c}{head}\n 2.     HISTORY\n");
        assert_eq!(indents(&one), [12, 0, 1, 0, 1]);
        let differ = format!(
            "            Item 7\n 1.     SITE\n\u{c}{head}\n 2.     HISTORY\n\u{c}Other words here\n 3.     PLAN\n"
        );
        assert_eq!(indents(&differ), [12, 1, 0, 1, 0, 1]);
    }

    #[test]
    fn a_running_footer_ending_in_its_page_number_sets_no_margin() {
        let indents = |s: &str| split_lines(s).iter().map(|l| l.indent).collect::<Vec<_>>();
        // pdftotext -layout: the body three spaces in, the footer from the
        // edge with its page number set apart.
        let foot = "Audit Committee - 24 March 2027               Page 1";
        let text =
            format!("   1.    RECOMMENDATIONS\n\n   1.1   Text.\n\n{foot}\n   2.    BACKGROUND\n");
        assert_eq!(indents(&text), [0, 0, 0, 0, 0, 0]);
        let of = "Board - 9 March 2027      Page 1 of 4";
        assert_eq!(indents(&format!("   1.    A\n{of}\n")), [0, 0]);
        // A sentence at the edge that mentions a page, or a footer with
        // no gap before its number, holds the margin: indents stay.
        let sentence = "The costs are set out on Page 4";
        assert_eq!(indents(&format!("   1.    A\n{sentence}\n")), [3, 0]);
        let tight = "Audit Committee - 24 March 2027 Page 1";
        assert_eq!(indents(&format!("   1.    A\n{tight}\n")), [3, 0]);
    }

    #[test]
    fn splits_crlf_and_lf() {
        let lines = split_lines("a\r\nbb\nc");
        let texts: Vec<_> = lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["a", "bb", "c"]);
        assert_eq!(lines[1].start, 3);
        assert_eq!(lines[2].start, 6);
    }

    #[test]
    fn page_numbers_and_running_headers_at_form_feeds_are_blank() {
        let kinds = page_kinds;
        let head = "Any County Council            Cabinet – 3 March 2025";
        let text = format!(
            "1.1    Text of the first page.\n\n                 1\n\u{c}\n{head}\n\n2.     HEADING\n\n                 2\n\u{c}{head}\n\n2.2    More text.\n\n                 3\n"
        );
        let k = kinds(&text);
        let blank: Vec<usize> = (0..k.len()).filter(|&i| k[i] == LineKind::Blank).collect();
        // Lines 2 and 8 and 13 (page numbers), 4 and 9 (the header).
        for i in [2, 4, 8, 9, 13] {
            assert!(blank.contains(&i), "line {i}: {k:?}");
        }
        assert!(matches!(k[6], LineKind::Item(_)), "{k:?}");
        assert!(matches!(k[11], LineKind::Item(_)), "{k:?}");
        // A paragraph number opening a page, a heading's number ending
        // one, and a header seen once are text.
        let k = kinds("Text.\n\n12.\n\u{c}\n4.3\nOnce seen header line here\n");
        assert!(matches!(k[2], LineKind::Item(_)), "{k:?}");
        assert!(matches!(k[4], LineKind::Item(_)), "{k:?}");
        assert!(matches!(k[5], LineKind::Text), "{k:?}");
        // No form feed: a number alone on its line is left alone.
        let k = kinds("Text.\n\n2\n");
        assert!(!matches!(k[2], LineKind::Blank), "{k:?}");
    }

    #[test]
    fn a_running_header_of_two_lines_is_blank() {
        // A bilingual committee's name, then the meeting's date, at the top
        // of each page after the first.
        let head =
            "Pwyllgor Llywodraethu ac Archwilio / Governance and Audit Committee\n10.12.2026";
        let text = format!(
            "2.1\nThat the Committee reviews the report.\n\nTudalen 23 / Page 23\n\u{c}{head}\n4.\n\
             Treasury activity\n4.1\nBorrowing was £214.6 million.\n\nTudalen 24 / Page 24\n\
             \u{c}{head}\n7.\nEqualities implications\n7.1\nNone.\n"
        );
        let k = page_kinds(&text);
        for i in [4, 5, 12, 13] {
            assert_eq!(k[i], LineKind::Blank, "line {i}: {k:?}");
        }
        assert!(matches!(k[6], LineKind::Item(_)), "{k:?}");
        assert!(matches!(k[14], LineKind::Item(_)), "{k:?}");
        // Under a header, a line that differs from page to page, or is
        // the same short words (a table's header cell), stays.
        let text = text.replacen("10.12.2026\n4.", "4.", 1);
        let k = page_kinds(&text);
        assert!(matches!(k[5], LineKind::Item(_)), "{k:?}");
        assert!(!matches!(k[12], LineKind::Blank), "{k:?}");
        let text = format!(
            "Text.\n\u{c}{h}\nCouncil\nLevy\n\u{c}{h}\nCouncil\nLevy\n",
            h = "Joint Authority meeting – 5 February 2027"
        );
        let k = page_kinds(&text);
        assert_eq!(k[2], LineKind::Text, "{k:?}");
        assert_eq!(k[5], LineKind::Text, "{k:?}");
    }

    #[test]
    fn page_numbers_with_no_blank_line_round_them_are_blank() {
        let kinds = page_kinds;
        // An agenda pack's numbers between dashes, at a page's foot or
        // head; the heading opening the next page is seen once and stays.
        let k = kinds(
            "Text.\n- 41 -\n\u{c}Legal Implications\n13.\nText.\n- 42 -\n\u{c}- 43 -\nEnd.\n",
        );
        for i in [1, 5, 6] {
            assert_eq!(k[i], LineKind::Blank, "line {i}: {k:?}");
        }
        assert_eq!(k[2], LineKind::Text, "{k:?}");
        // Bare numbers that run from page to page, under a marking that
        // closes each page.
        let k = kinds("Text.\nOFFICIAL\n1\n\u{c}More.\nOFFICIAL\n2\n\u{c}End.\nOFFICIAL\n3\n");
        for i in [1, 2, 4, 5, 7, 8] {
            assert_eq!(k[i], LineKind::Blank, "line {i}: {k:?}");
        }
        // A number closing a page out of any run (a table's last cell),
        // or a dash on one side only, stays.
        let k = kinds("Reasonable\n1\n\u{c}More.\nLimited\n3\n\u{c}End.\n- 7\n\u{c}Text.\n");
        for i in [1, 4, 6] {
            assert_ne!(k[i], LineKind::Blank, "line {i}: {k:?}");
        }
    }

    #[test]
    fn a_protective_marking_at_each_page_break_is_blank() {
        let kinds = page_kinds;
        // A marking over and under each page, and a page number.
        let text = "OFFICIAL\n\nTreasury Review\n\nText of page one.\n\nOFFICIAL\nPage 7\n\u{c}OFFICIAL\n\n\
                    6.\n\nMore text.\n\nOFFICIAL\n\n8\n\u{c}OFFICIAL\n\nEnd.\n";
        let k = kinds(text);
        let blank: Vec<usize> = (0..k.len()).filter(|&i| k[i] == LineKind::Blank).collect();
        for i in [0, 6, 7, 8, 14, 16, 17] {
            assert!(blank.contains(&i), "line {i}: {k:?}");
        }
        assert!(!blank.contains(&2), "{k:?}");
        // A one-off capitals line at a break, and the paper's first line
        // when it is the meeting (a running header of several words), stay.
        let text = "Eastmere Police and Crime Panel\n2 February 2026\n\nText.\n\nRISKS\n\u{c}Eastmere Police and Crime Panel\n2 February 2026\n\nText.\n\u{c}Eastmere Police and Crime Panel\n";
        let k = kinds(text);
        assert!(matches!(k[0], LineKind::Text), "{k:?}");
        assert!(matches!(k[5], LineKind::Text), "{k:?}");
        assert_eq!(k[6], LineKind::Blank, "{k:?}");
    }

    #[test]
    fn a_cover_restated_on_a_later_page_keeps_its_first_lines() {
        // `CABINET` / `12 JULY 2027` open the cover and a later page: the
        // later page's is furniture, the cover's first line the cover's.
        let text = "CABINET\n\n12 JULY 2027\n\nSCHOOL TRANSPORT POLICY\n\nText.\n\u{c}CABINET\n12 JULY 2027\n\nMore text.\n";
        let k = page_kinds(text);
        assert!(matches!(k[0], LineKind::Text), "{k:?}");
        assert_eq!(k[7], LineKind::Blank, "{k:?}");
        // Near miss: a marking over different text on each page goes.
        let text = "OFFICIAL\n\nSCHOOL TRANSPORT POLICY\n\nText.\n\u{c}OFFICIAL\n\nMore text.\n";
        let k = page_kinds(text);
        assert_eq!(k[0], LineKind::Blank, "{k:?}");
    }

    #[test]
    fn a_running_footer_with_the_page_number_at_its_end_is_blank() {
        let text =
            "Text of page one,\nrunning on\n\nMD Template May 2023        1\n\u{c}and more.\n\n\
                    MD Template May 2023        2\n\u{c}End.\n\nMD Template May 2023        3\n";
        let k = page_kinds(text);
        for i in [3, 6, 9] {
            assert_eq!(k[i], LineKind::Blank, "line {i}: {k:?}");
        }
        // The same words with the same number, or only once, stay; so
        // does a sentence's end ("… in 2023 and 2024." is no footer).
        let text = "Text.\nPlan for May 2023 1\n\u{c}Text.\nPlan for May 2023 1\n\u{c}End.\n";
        let k = page_kinds(text);
        assert!(matches!(k[1], LineKind::Text), "{k:?}");
        assert_eq!(
            numbered_running_line("MD Template May 2023 12"),
            Some(("MD Template May 2023", 12))
        );
        assert_eq!(numbered_running_line("Cabinet 3"), None);
        assert_eq!(numbered_running_line("as set out in paragraph: 4"), None);
        assert_eq!(numbered_running_line("the total rose to 1200"), None);
    }

    #[test]
    fn a_reference_wrapped_onto_its_own_line_is_not_a_paragraph() {
        let kinds = |s: &str| {
            let lines = split_lines(s);
            let mut kinds: Vec<LineKind> = lines.iter().map(classify).collect();
            demote_wrapped_references(&lines, &mut kinds);
            kinds
        };
        let k = kinds("3.7 As described in paragraphs 3.8 and\n3.9.\n3.8 Six pitches.\n");
        assert!(matches!(k[1], LineKind::Text), "{k:?}");
        assert!(matches!(k[2], LineKind::Item(_)), "{k:?}");
        // After a sentence, or a heading's one-level number: a paragraph.
        let k = kinds("3.7 The pitches are set out below.\n3.8\nSix pitches.\n");
        assert!(matches!(k[1], LineKind::Item(_)), "{k:?}");
        let k = kinds("Text that ends with and\n4.\nConclusion\n");
        assert!(matches!(k[1], LineKind::Item(_)), "{k:?}");
        // A list's item closed by "; and": the next item's number.
        let k = kinds(
            "2.3\naward the works contract under the framework described in section 5; and\n\
             2.4\ndelegate to the Strategic Director authority to agree the programme.\n",
        );
        assert!(matches!(k[2], LineKind::Item(_)), "{k:?}");
        // A reference wrapped after "and" with no semicolon stays text.
        let k = kinds("2.3 As set out in paragraphs 3.8, 3.9 and\n3.10.\n");
        assert!(matches!(k[1], LineKind::Text), "{k:?}");
    }

    #[test]
    fn page_footers_are_blank() {
        assert_eq!(kind("Page 2 of 4"), LineKind::Blank);
        assert_eq!(kind("                 Page 3"), LineKind::Blank);
        assert_eq!(kind("Tudalen 2 o 4 / Page 2 of 4"), LineKind::Blank);
        assert_eq!(kind("Tudalen 41"), LineKind::Blank);
        assert_eq!(kind("Tudalen 3 o 12"), LineKind::Blank);
        assert_eq!(kind("Gweler tudalen 4"), LineKind::Text);
        assert_eq!(kind("See page 4"), LineKind::Text);
        assert_eq!(kind("Page 2 sets out the options"), LineKind::Text);
    }

    #[test]
    fn a_form_feed_starts_the_line() {
        assert!(matches!(
            kind("\u{c}d) NOTE the progress"),
            LineKind::Item(_)
        ));
    }

    #[test]
    fn atx_and_rules() {
        assert!(matches!(
            kind("### **LEGAL IMPLICATIONS**"),
            LineKind::Atx { level: 3, .. }
        ));
        assert_eq!(kind("---"), LineKind::Rule);
        assert_eq!(kind("======"), LineKind::Rule);
        assert_eq!(kind("=="), LineKind::Text);
        assert_eq!(kind("#hashtag"), LineKind::Text);
    }

    #[test]
    fn pandoc_bookmarks_and_attributes_are_not_the_title() {
        let title = |line: &str| {
            let lines = split_lines(line);
            match classify(&lines[0]) {
                LineKind::Atx { title, .. } => title.of(line).to_string(),
                k => panic!("{line:?}: {k:?}"),
            }
        };
        assert_eq!(
            title("# []{#_Toc213044101 .anchor}1. INTRODUCTION"),
            "1. INTRODUCTION"
        );
        assert_eq!(
            title("## []{#_Toc1 .anchor}[]{#_Toc2 .anchor} Background {#background .unnumbered}"),
            "Background"
        );
        // Words in braces are the title's own.
        assert_eq!(title("# Contact {officer name}"), "Contact {officer name}");
        // A bookmark opening a line is skipped like indentation: the
        // number after it starts an item.
        let lines = split_lines("[]{#_Toc5 .anchor}7. EQUALITIES\n[]{#x}\n");
        assert_eq!(lines[0].content(), "7. EQUALITIES");
        assert!(matches!(classify(&lines[0]), LineKind::Item(_)));
        assert!(lines[1].is_blank());
        assert_eq!(kind("[] {#x} text"), LineKind::Text);
    }

    #[test]
    fn a_pandoc_line_blocks_bars_are_read_past_but_a_pipe_tables_are_not() {
        let lines = split_lines("| **Date:** 20 April 2027\n| \n|\n|   indented\n");
        assert_eq!(lines[0].content(), "**Date:** 20 April 2027");
        assert!(lines[1].is_blank() && lines[2].is_blank());
        assert_eq!((lines[3].content(), lines[3].indent), ("indented", 2));
        // Near misses: a pipe table's rows, with or without a closing
        // bar, and a bar run into its text.
        assert_eq!(
            kind("| **Date:** | 20 April 2027 |"),
            LineKind::TableRow { pipe: true }
        );
        assert_eq!(kind("| Date | 20 April"), LineKind::TableRow { pipe: true });
        assert_eq!(split_lines("|x\n")[0].content(), "|x");
    }

    #[test]
    fn a_blockquote_is_read_past_its_marks_only_where_it_holds_fields() {
        let text = "> **Board**\n>\n> **Date:** 18 March 2027\n>\n> **Report of:** Director\n> of Public Health\n";
        let lines = split_lines(text);
        let contents: Vec<_> = lines.iter().map(|l| l.content()).collect();
        assert_eq!(
            contents,
            [
                "**Board**",
                "",
                "**Date:** 18 March 2027",
                "",
                "**Report of:** Director",
                "of Public Health"
            ]
        );
        // Near misses: a quoted clause keeps its marks, and its numbers
        // are no paragraphs of the paper's; one field is no front sheet.
        let quoted =
            "> 12.3 Each Partner shall bear its share.\n>\n> 12.4 The shares are reviewed.\n";
        let lines = split_lines(quoted);
        assert_eq!(
            lines[0].content(),
            "> 12.3 Each Partner shall bear its share."
        );
        assert_eq!(classify(&lines[0]), LineKind::Text);
        let one = split_lines("> **Note:** the figures are draft.\n> They may change.\n");
        assert!(one[0].content().starts_with("> "));
        assert_eq!(split_lines(">5 years\n")[0].content(), ">5 years");
    }

    #[test]
    fn tables_versus_numbered_paragraphs() {
        assert_eq!(
            kind("LEGAL\t✓\tCOMMUNITY SAFETY\t"),
            LineKind::TableRow { pipe: false }
        );
        assert_eq!(kind("Key Decision\tNo"), LineKind::TableRow { pipe: false });
        assert_eq!(
            kind("| Meeting | Cabinet |"),
            LineKind::TableRow { pipe: true }
        );
        assert!(matches!(
            kind("1.1\tThe purpose of this report"),
            LineKind::Item(_)
        ));
        assert_eq!(
            kind("1.1\tEnsure that all\tSMT workshop\tJan / Feb '04\tZM"),
            LineKind::TableRow { pipe: false }
        );
        assert_eq!(
            kind("\t\tAction proposed\tTimescale"),
            LineKind::TableRow { pipe: false }
        );
    }

    #[test]
    fn a_tab_after_the_number_of_a_bold_heading_makes_no_table_row() {
        // Word's numbered heading style exported to Markdown.
        assert_ne!(
            kind("**1.\tPURPOSE OF THE REPORT**"),
            LineKind::TableRow { pipe: false }
        );
        assert_ne!(
            kind("__2.\tRecommendations__"),
            LineKind::TableRow { pipe: false }
        );
        // A bold label over its value, and a bold number with cells after
        // its title, are rows still.
        assert_eq!(
            kind("**Subject:\tLOCAL PLAN REVIEW**"),
            LineKind::TableRow { pipe: false }
        );
        assert_eq!(
            kind("**3.\tLegal**\tSee paragraph 4"),
            LineKind::TableRow { pipe: false }
        );
    }
}
