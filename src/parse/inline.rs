//! Inline markup: what the parser looks through (`**bold**`, `<sup>`, HTML
//! tags and entities) and the shape tests on a line's plain text.

/// The text with markup removed and white space folded to single spaces,
/// none at either end (so it needs no trimming).
///
/// Removes `*` emphasis markers, HTML tags (`<sup>`, `<p style=…>`), the
/// common entities, backslash escapes, and Pandoc's inline markup
/// (attribute blocks `{.underline}`, bookmarks `[]{#_Toc…}`, the carets of
/// `20^th^`); keeps everything else.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut pending_space = false;
    while let Some(ch) = rest.chars().next() {
        let step = ch.len_utf8();
        match ch {
            '*' => {
                rest = &rest[1..];
                continue;
            }
            '<' => {
                if let Some(len) = html_tag_len(rest) {
                    // A block tag separates words; an inline one (<sup>) does not.
                    if is_block_tag(&rest[..len]) {
                        pending_space = true;
                    }
                    rest = &rest[len..];
                    continue;
                }
            }
            '&' => {
                if let Some((len, replacement)) = entity(rest) {
                    push_char(&mut out, replacement, &mut pending_space);
                    rest = &rest[len..];
                    continue;
                }
            }
            '\\' => {
                match rest[1..].chars().next() {
                    Some(next) if next.is_ascii_punctuation() => {
                        push_char(&mut out, next, &mut pending_space);
                        rest = &rest[1 + next.len_utf8()..];
                        continue;
                    }
                    // Pandoc's hard line break, a backslash ending the line.
                    None | Some('\n' | '\r') => {
                        pending_space = true;
                        rest = &rest[1..];
                        continue;
                    }
                    Some(_) => {}
                }
            }
            _ => {}
        }
        // A run of ordinary ASCII, words and the single spaces between
        // them: copy it whole.
        let run = ordinary_run(rest.as_bytes(), *b"*<&\\");
        if run > 0 {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push_str(&rest[..run]);
            rest = &rest[run..];
            continue;
        }
        if ch.is_whitespace() {
            pending_space = true;
        } else if !is_invisible(ch) {
            push_char(&mut out, ch, &mut pending_space);
        }
        rest = &rest[step..];
    }
    // Pandoc's attributes and superscripts: most text has neither `{` nor
    // `^`, and is returned as it is. (A short text, a cell or a title, is
    // looked at byte by byte: the search's set-up costs more.)
    let pandoc = if out.len() < 32 {
        out.bytes().any(|b| b == b'{' || b == b'^')
    } else {
        memchr::memchr2(b'{', b'^', out.as_bytes()).is_some()
    };
    if pandoc {
        return without_pandoc_markup(out);
    }
    out
}

/// The length of a Pandoc attribute block at the start of `s`, if one is
/// there: `{` tokens `}` on one line, each token an identifier (`#_Toc123`),
/// a class (`.underline`, `.anchor`), a `key=value` or `key="value"` pair
/// (`width="1.6in"`), a raw format (`=openxml`) or `-` (an unnumbered
/// heading). Pandoc writes them after a span (`[text]{.underline}`), an
/// image (`![](a.png){width="1in"}`), an inline code and a heading. `{Officer
/// name}`, words with no `#`, `.` or `=`, is no attribute block.
pub(crate) fn pandoc_attributes_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.first() != Some(&b'{') {
        return None;
    }
    let name = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b':' | b'.');
    let mut i = 1;
    let mut tokens = 0;
    loop {
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        let start = i;
        match *b.get(i)? {
            b'}' if tokens > 0 => return Some(i + 1),
            b'#' | b'.' | b'=' => {
                i += 1;
                while b.get(i).is_some_and(|&c| name(c)) {
                    i += 1;
                }
                if i == start + 1 || !b[start + 1].is_ascii_alphanumeric() && b[start + 1] != b'_' {
                    return None;
                }
            }
            b'-' => i += 1,
            c if c.is_ascii_alphabetic() || c == b'_' => {
                while b.get(i).is_some_and(|&c| name(c)) {
                    i += 1;
                }
                if b.get(i) != Some(&b'=') {
                    return None;
                }
                i += 1;
                if b.get(i) == Some(&b'"') {
                    let close = memchr::memchr2(b'"', b'\n', &b[i + 1..])?;
                    if b[i + 1 + close] != b'"' {
                        return None;
                    }
                    i += close + 2;
                } else {
                    let value_start = i;
                    while b
                        .get(i)
                        .is_some_and(|&c| !matches!(c, b' ' | b'}' | b'"' | b'\n' | b'{'))
                    {
                        i += 1;
                    }
                    if i == value_start {
                        return None;
                    }
                }
            }
            _ => return None,
        }
        tokens += 1;
        // Tokens are separated by spaces, and the block is short.
        if !matches!(b.get(i), Some(b' ' | b'}')) || i > 300 {
            return None;
        }
    }
}

/// The length of the Pandoc anchors at the start of `s`: empty spans with
/// attributes, `[]{#_Toc213044101 .anchor}`, the bookmarks Pandoc writes
/// before a Word heading, with the spaces after them. 0 when there is none.
pub(crate) fn pandoc_anchors_len(s: &str) -> usize {
    let mut at = 0;
    while let Some(rest) = s[at..].strip_prefix("[]") {
        let Some(len) = pandoc_attributes_len(rest) else {
            break;
        };
        at += 2 + len;
        at += s[at..].len() - s[at..].trim_start_matches(' ').len();
    }
    at
}

/// `text` with its Wingdings ticks and boxes read as the characters they
/// show ([`crate::symbols::wingdings_mark`]: `Yes \u{f0a8} N/A
/// \u{f0fe}` is `Yes ☐ N/A ☑`), byte for byte: each private-use code and
/// its reading are three bytes long, so offsets into `text` hold. Borrowed
/// when there is none.
pub(crate) fn symbol_marks(text: &str) -> std::borrow::Cow<'_, str> {
    // Every F0xx code starts with the bytes EF 80..=83.
    let has = memchr::memchr_iter(0xEF, text.as_bytes())
        .any(|i| matches!(text.as_bytes().get(i + 1), Some(0x80..=0x83)));
    if !has {
        return std::borrow::Cow::Borrowed(text);
    }
    let out: String = text
        .chars()
        .map(|c| crate::symbols::wingdings_mark(c).unwrap_or(c))
        .collect();
    debug_assert_eq!(out.len(), text.len());
    std::borrow::Cow::Owned(out)
}

/// `text` without Pandoc's inline markup: a span's brackets and attributes
/// (`[Implications]{.underline}` → `Implications`), an empty anchor
/// (`[]{#_Toc1 .anchor}`), the attributes after an image or a link
/// (`![](logo.png){width="1in"}` → `![](logo.png)`) or closing a heading
/// (`Introduction {#intro}`), and superscript carets (`20^th^` → `20th`).
/// Anything else in curly brackets or between carets is kept.
fn without_pandoc_markup(text: String) -> String {
    let b = text.as_bytes();
    // Byte ranges to drop, in order.
    let mut drop: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(at) = memchr::memchr2(b'{', b'^', &b[i..]) {
        let at = i + at;
        i = at + 1;
        if b[at] == b'^' {
            // `^th^`: a superscript, no space or bracket inside (`[^1]` is
            // a footnote).
            let inner = b[at + 1..]
                .iter()
                .take(12)
                .position(|&c| c == b'^' || c == b' ' || c == b'[' || c == b']');
            if let Some(len) = inner.filter(|&len| len > 0 && b[at + 1 + len] == b'^') {
                drop.push((at, at + 1));
                drop.push((at + 1 + len, at + 2 + len));
                i = at + 2 + len;
            }
            continue;
        }
        let Some(len) = pandoc_attributes_len(&text[at..]) else {
            continue;
        };
        let end = at + len;
        i = end;
        match at.checked_sub(1).map(|p| b[p]) {
            Some(b']') => {
                // The span's opening bracket: the `[` that matches.
                let mut depth = 0;
                let open = (0..at - 1).rev().find(|&k| {
                    match b[k] {
                        b']' => depth += 1,
                        b'[' if depth == 0 => return true,
                        b'[' => depth -= 1,
                        _ => {}
                    }
                    false
                });
                if let Some(open) = open {
                    drop.push((open, open + 1));
                    drop.push((at - 1, at));
                }
                drop.push((at, end));
            }
            Some(b')') | Some(b'`') => drop.push((at, end)),
            // Closing a heading's title.
            Some(b' ') if end == b.len() => drop.push((at - 1, end)),
            _ => {}
        }
    }
    if drop.is_empty() {
        return text;
    }
    drop.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (start, end) in drop {
        if start >= from {
            out.push_str(&text[from..start]);
            from = end;
        }
    }
    out.push_str(&text[from..]);
    // An anchor dropped between two spaces, or at either end, leaves one
    // space too many.
    if out.contains("  ") || out.starts_with(' ') || out.ends_with(' ') {
        return out.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out
}

/// Whether `ch` is a character that shows nothing and that Word exports
/// and PDF extraction leave inside words and labels ("Key\u{200b}decision",
/// a soft hyphen in "Pur\u{ad}pose", a direction mark before a label, a
/// byte-order mark where two exports were joined): read as absent in the
/// plain text of a label, title or value. Soft hyphen, zero-width space,
/// non-joiner and joiner, word joiner, byte-order mark, Arabic letter mark
/// and the direction marks, embeddings and isolates.
pub(crate) fn is_invisible(ch: char) -> bool {
    matches!(
        ch,
        '\u{ad}'
            | '\u{61c}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    )
}

/// Length of the run of bytes at the start of `bytes` that can be copied
/// as they are when markup is removed and white space folded: printable
/// ASCII other than the `markup` bytes, and single spaces with such a byte
/// on both sides.
///
/// Eight bytes at a time while they are all ordinary, with word-wide
/// operations; byte by byte near the run's end. (Used by [`plain`] with
/// `*<&\` and by the clearance search's flattening with `*<\|`.)
pub(crate) fn ordinary_run(bytes: &[u8], markup: [u8; 4]) -> usize {
    use crate::swar::{ONES, TOP};
    const LOW7: u64 = ONES * 0x7f;
    let ordinary = |b: u8| b.is_ascii_graphic() && !markup.contains(&b);
    if bytes.first() == Some(&b' ') {
        return 0;
    }
    let marks = markup.map(|m| ONES * u64::from(m));
    // The top bit of each lane of `v` that is zero, and perhaps of lanes
    // above one that is: exact as a yes/no answer, so the tests can be
    // ORed into one.
    let zero_lanes = |v: u64| v.wrapping_sub(ONES) & !v;
    let mut i = 0;
    // The spaces of the word before (the top bit of each lane that is one):
    // its last byte and the first of the next may be two in a row.
    let mut spaces_before = 0u64;
    while let Some(word) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(word.try_into().expect("eight bytes"));
        // A control byte, DEL or a byte past ASCII, or a markup byte: one
        // test for all of them.
        let odd = x.wrapping_sub(ONES * 0x20) & !x
            | x.wrapping_add(ONES)
            | x
            | zero_lanes(x ^ marks[0])
            | zero_lanes(x ^ marks[1])
            | zero_lanes(x ^ marks[2])
            | zero_lanes(x ^ marks[3]);
        // The spaces, lane by lane, exactly; two in a row (the last byte
        // of the word before counts) end the run.
        let s = x ^ (ONES * 0x20);
        let spaces = !(((s & LOW7).wrapping_add(LOW7)) | s | LOW7);
        let doubled = spaces & ((spaces >> 8) | (spaces_before >> 56));
        if odd & TOP != 0 || doubled != 0 {
            break;
        }
        spaces_before = spaces;
        i += 8;
    }
    // A space taken at the end of the words must have an ordinary byte
    // after it.
    if i > 0 && bytes[i - 1] == b' ' && !bytes.get(i).is_some_and(|&b| ordinary(b)) {
        return i - 1;
    }
    ordinary_run_from(bytes, i, markup)
}

/// [`ordinary_run`] byte by byte, from `i` (where the run is still going).
fn ordinary_run_from(bytes: &[u8], mut i: usize, markup: [u8; 4]) -> usize {
    let ordinary = |b: u8| b.is_ascii_graphic() && !markup.contains(&b);
    while i < bytes.len() {
        if ordinary(bytes[i]) {
            i += 1;
        } else if bytes[i] == b' ' && i > 0 && bytes.get(i + 1).is_some_and(|&b| ordinary(b)) {
            i += 2;
        } else {
            break;
        }
    }
    i
}

fn push_char(out: &mut String, ch: char, pending_space: &mut bool) {
    if ch.is_whitespace() {
        *pending_space = true;
        return;
    }
    if *pending_space && !out.is_empty() {
        out.push(' ');
    }
    *pending_space = false;
    out.push(ch);
}

/// Length of an HTML tag at the start of `s` (`<sup>`, `</p>`, `<ul style="…">`).
pub(crate) fn html_tag_len(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    if bytes.first() != Some(&b'<') {
        return None;
    }
    let mut i = 1;
    if bytes.get(i) == Some(&b'/') {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    // Attributes, up to the closing '>' on the same line.
    while i < bytes.len() && i < 400 {
        match bytes[i] {
            b'>' => return Some(i + 1),
            b'\n' | b'<' => return None,
            _ => i += 1,
        }
    }
    None
}

fn is_block_tag(tag: &str) -> bool {
    let name = tag.trim_start_matches('<').trim_start_matches('/');
    let len = name.bytes().take_while(u8::is_ascii_alphanumeric).count();
    [
        "p", "br", "ul", "ol", "li", "div", "td", "th", "tr", "table",
    ]
    .iter()
    .any(|block| block.eq_ignore_ascii_case(&name[..len]))
}

fn entity(s: &str) -> Option<(usize, char)> {
    const ENTITIES: [(&str, char); 7] = [
        ("&amp;", '&'),
        ("&nbsp;", ' '),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&#39;", '\''),
        ("&pound;", '£'),
    ];
    ENTITIES
        .iter()
        .find(|(name, _)| s.starts_with(name))
        .map(|&(name, ch)| (name.len(), ch))
}

/// Whether the first letter of the text, markup looked through, is lower case.
pub(crate) fn starts_lowercase(text: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
        match html_tag_len(rest) {
            Some(len) => rest = &rest[len..],
            None => break,
        }
    }
    rest.starts_with(|c: char| c.is_lowercase())
}

/// Whether the text is set in capitals: at least two letters, none lower case.
pub(crate) fn is_capitals(plain: &str) -> bool {
    let mut letters = 0;
    for ch in plain.chars() {
        if ch.is_alphabetic() {
            if ch.is_lowercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

/// [`is_capitals`] of the text's [`plain`] form, without building it when
/// a lower-case letter comes before any markup that could hide it (a tag
/// or an entity or Pandoc's attributes), as in most paragraphs ("The
/// Council has…").
pub(crate) fn is_capitals_marked(text: &str) -> bool {
    for ch in text.chars() {
        if ch == '<' || ch == '&' || ch == '{' {
            break;
        }
        if ch.is_alphabetic() && ch.is_lowercase() {
            return false;
        }
    }
    is_capitals(&plain(text))
}

/// Number of words (runs of non-space characters).
pub(crate) fn word_count(plain: &str) -> usize {
    if !plain.is_ascii() {
        return plain.split_whitespace().count();
    }
    // Most lines are ASCII: a word starts at each byte that is not white
    // space (`char::is_whitespace` on ASCII) after one that is, or at the
    // start. Byte by byte, with no decoding.
    let space = |c: u8| matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
    let b = plain.as_bytes();
    let first = b.first().is_some_and(|&c| !space(c));
    usize::from(first) + b.windows(2).filter(|w| space(w[0]) && !space(w[1])).count()
}

/// Whether `plain` has more than `n` words, counted no further than
/// needed: a paragraph of any length costs `n` words at most.
pub(crate) fn more_words_than(plain: &str, n: usize) -> bool {
    words_up_to(plain, n + 1) > n
}

/// The number of words of `plain`, counted up to `max` and no further.
/// ASCII text (most lines) is read byte by byte, with no decoding.
pub(crate) fn words_up_to(plain: &str, max: usize) -> usize {
    if !plain.is_ascii() {
        return plain.split_whitespace().take(max).count();
    }
    let mut words = 0;
    let mut in_word = false;
    for &c in plain.as_bytes() {
        let space = matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
        if !space && !in_word {
            if words == max {
                break;
            }
            words += 1;
        }
        in_word = !space;
    }
    words
}

/// `s` after `prefix`, its ASCII letters matched in either case; `None`
/// where `s` does not open with it.
pub(crate) fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `s.trim()`, at once when both ends are visible ASCII (most lines and
/// words): then there is nothing to trim, and no character is decoded.
pub(crate) fn trim(s: &str) -> &str {
    match s.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => s,
        [only] if only.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// `s.trim_end()`, at once when the last byte is visible ASCII.
pub(crate) fn trim_end(s: &str) -> &str {
    match s.as_bytes().last() {
        Some(last) if last.is_ascii_graphic() => s,
        _ => s.trim_end(),
    }
}

/// Whether `value` is a title's words parted by commas, up to
/// `max_words` of them ("Body Storage, Transport and Post-Mortem"): no part
/// after a comma opens with a word of a post or body (`not_names`, the
/// vocabulary's `not-names`: "Jane Smith, Director of Place" is a person
/// and their post), and the first opens with no honorific ("Councillor Ann
/// Other, Lead Member for Housing").
pub(crate) fn is_subject_list(
    value: &str,
    max_words: usize,
    not_names: &crate::parse::vocabulary::Words,
) -> bool {
    if !value.contains(", ") || opens_with_honorific(value) {
        return false;
    }
    let post_after_comma = value.split(", ").skip(1).any(|part| {
        part.split_whitespace().next().is_none_or(|w| {
            !w.starts_with(char::is_uppercase)
                || not_names.contains(
                    &w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase(),
                )
        })
    });
    !post_after_comma && is_title_like(&value.replace(", ", " "), max_words)
}

/// Whether `flat` opens with a person's honorific or a councillor's title
/// (`Mr`, `Dr`, `Cllr`, `Councillor`): a person's name, not a title's words.
pub(crate) fn opens_with_honorific(flat: &str) -> bool {
    const HONORIFICS: &[&str] = &[
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "cllr",
        "councillor",
    ];
    flat.split_whitespace()
        .next()
        .is_some_and(|w| HONORIFICS.contains(&w.trim_end_matches('.').to_lowercase().as_str()))
}

/// Whether `s` is two to twelve words in title case: a title's words
/// (see [`is_title_like`]), no colon, and every word of four letters or
/// more opening with a capital ("Progress on the Awaab's Law Action Plan",
/// not "To seek approval for the scheme").
pub(crate) fn in_title_case(s: &str) -> bool {
    word_count(s) >= 2
        && is_title_like(s, 12)
        && !s.contains(':')
        && s.split_whitespace()
            .all(|w| w.chars().count() < 4 || !w.starts_with(char::is_lowercase))
}

/// Whether `plain` reads like a title rather than a sentence: starts with a
/// capital letter (or a digit-free opening quote/bracket), at most
/// `max_words` words, no sentence punctuation at the end, no comma.
pub(crate) fn is_title_like(plain: &str, max_words: usize) -> bool {
    let Some(first) = plain
        .chars()
        .find(|c| !matches!(c, '(' | '"' | '\'' | '‘' | '“'))
    else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    // The end first (a paragraph ends in a full stop), then the words,
    // counted no further than needed: a long paragraph is no title.
    let trimmed = trim_end(plain);
    if trimmed.ends_with(['.', ';', ',', '?', '!']) {
        return false;
    }
    let words = words_up_to(plain, max_words + 1);
    if words == 0 || words > max_words {
        return false;
    }
    if trimmed.ends_with(':') && words > 6 {
        return false;
    }
    // A comma or a full stop inside marks a sentence or a signature
    // ("Oscar Oakham, Director of Social Services").
    let b = trimmed.as_bytes();
    if memchr::memchr2_iter(b',', b'.', b).any(|i| b.get(i + 1) == Some(&b' ')) {
        return false;
    }
    // Mostly letters: not a line of figures.
    let (letters, visible) = letters_and_visible(trimmed);
    letters * 2 >= visible
}

/// How many characters of `s` are letters, and how many are not white
/// space. Byte by byte when `s` is ASCII (most lines are), where the two
/// tests are the ASCII letters and anything but the six ASCII spaces.
fn letters_and_visible(s: &str) -> (usize, usize) {
    if s.is_ascii() {
        let b = s.as_bytes();
        let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
        // char::is_whitespace on ASCII: tab, LF, VT, FF, CR and space.
        let spaces = b
            .iter()
            .filter(|&&c| matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' '))
            .count();
        return (letters, b.len() - spaces);
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (letters, s.chars().filter(|c| !c.is_whitespace()).count())
}

/// The byte range of `inner` inside `outer`, both slices of the same text.
pub(crate) fn offset_in(outer: &str, inner: &str) -> usize {
    let offset = inner.as_ptr() as usize - outer.as_ptr() as usize;
    debug_assert!(offset + inner.len() <= outer.len());
    offset
}

/// `s` cut down to the part of it that `trim` keeps (a slice of it),
/// in place: no second string is made.
pub(crate) fn trimmed_in_place(mut s: String, trim: impl FnOnce(&str) -> &str) -> String {
    let kept = trim(&s);
    let (start, len) = (offset_in(&s, kept), kept.len());
    s.truncate(start + len);
    s.drain(..start);
    s
}

/// `text` with CommonMark's strong emphasis written in underscores
/// (`__Meeting:__`, as Mammoth's Word-to-Markdown export writes all bold)
/// written in asterisks instead (`**Meeting:**`), byte for byte, so that
/// every offset into the one is an offset into the other: the parser then
/// reads `__strong__` wherever it reads `**strong**`. Borrowed as it is
/// when there is nothing to change (most text has no `__`).
///
/// Only a run of exactly two underscores is a delimiter, paired with the
/// next one on the same line, and only as CommonMark lets an underscore
/// run open or close: an opener is left-flanking (no white space after
/// it) and not right-flanking unless punctuation stands before it, a
/// closer the mirror of that. So `snake__case__name`, `a__b` in a link,
/// `Signed: __` and a rule or blank `___` or `____` stay as they are.
pub(crate) fn strong_underscores(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let Some(first) = memchr::memmem::find(b, b"__") else {
        return std::borrow::Cow::Borrowed(text);
    };
    // The byte offsets of the runs to write as `**`.
    let mut runs: Vec<usize> = Vec::new();
    // An opener waiting for its closer on this line.
    let mut open: Option<usize> = None;
    let mut i = first;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                open = None;
                i += 1;
                continue;
            }
            b'_' => {}
            _ => {
                i += 1;
                continue;
            }
        }
        let start = i;
        while i < b.len() && b[i] == b'_' {
            i += 1;
        }
        if i - start != 2 {
            continue;
        }
        let before = text[..start].chars().next_back();
        let after = text[i..].chars().next();
        let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
        let punct = |c: Option<char>| c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace());
        let left = !space(after) && (!punct(after) || space(before) || punct(before));
        let right = !space(before) && (!punct(before) || space(after) || punct(after));
        let can_open = left && (!right || punct(before));
        let can_close = right && (!left || punct(after));
        match open {
            Some(o) if can_close && start > o + 2 => {
                runs.extend([o, start]);
                open = None;
            }
            _ if can_open => open = Some(start),
            _ => {}
        }
    }
    if runs.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = b.to_vec();
    for at in runs {
        out[at] = b'*';
        out[at + 1] = b'*';
    }
    // Only ASCII underscores became ASCII asterisks.
    std::borrow::Cow::Owned(String::from_utf8(out).expect("ASCII for ASCII keeps UTF-8"))
}

/// `text` with Word's underline and small capitals as Pandoc writes them
/// (`[**1. Purpose**]{.underline}`, `[Date]{.smallcaps}: 25 November`)
/// read as emphasis: the opening bracket becomes `*`, the closing bracket
/// and its attributes as many `*`, so that every byte keeps its place and
/// the line reads as `***1. Purpose**************`, which the parser looks
/// through as it does bold. Only a span whose attributes are that one
/// class, opened on the same line or a line of the same paragraph, is
/// read so; tracked changes, comments, highlights (`{.mark}`) and anchors
/// stay as they are (the drafting rules read those in the source).
pub(crate) fn formatting_spans(text: &str) -> std::borrow::Cow<'_, str> {
    const CLOSERS: [&str; 2] = ["]{.underline}", "]{.smallcaps}"];
    let b = text.as_bytes();
    if memchr::memmem::find(b, b"]{.").is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    // (opening bracket, closing bracket, end of the attributes)
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    for close in memchr::memmem::find_iter(b, b"]{.") {
        let Some(closer) = CLOSERS.iter().find(|c| text[close..].starts_with(**c)) else {
            continue;
        };
        // The `[` that matches, back through brackets nested inside and
        // no further than a blank line.
        let mut depth = 0;
        let mut newline = false;
        let open = (0..close).rev().find_map(|k| {
            match b[k] {
                b']' => depth += 1,
                b'[' if depth == 0 => return Some(Some(k)),
                b'[' => depth -= 1,
                b'\n' if newline => return Some(None),
                b'\n' => newline = true,
                b' ' | b'\t' | b'\r' => {}
                _ => newline = false,
            }
            None
        });
        // `![](logo.png)` and a link's text are no spans.
        if let Some(Some(open)) = open.filter(|o| o.is_some_and(|o| o == 0 || b[o - 1] != b'!')) {
            spans.push((open, close, close + closer.len()));
        }
    }
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = b.to_vec();
    for (open, close, end) in spans {
        // `[ text]` would read as a bullet with a star: a space instead.
        out[open] = if b.get(open + 1).is_some_and(u8::is_ascii_whitespace) {
            b' '
        } else {
            b'*'
        };
        out[close..end].fill(b'*');
    }
    // Only ASCII brackets and attributes became ASCII stars or a space.
    std::borrow::Cow::Owned(String::from_utf8(out).expect("ASCII for ASCII keeps UTF-8"))
}

/// Trims white space and `**` markers from both ends of `s`; returns the
/// offset of the kept text within `s` and the kept text.
pub(crate) fn trim_markup(s: &str) -> (usize, &str) {
    let mut start = 0;
    let mut end = s.len();
    loop {
        // White space off both ends, then one `*` off each: until no star
        // is left at either end.
        let t = &s[start..end];
        let kept = t.trim_start();
        start += t.len() - kept.len();
        let kept = trim_end(kept);
        end = start + kept.len();
        let unstarred = kept.strip_prefix('*').unwrap_or(kept);
        start = end - unstarred.len();
        let unstarred = unstarred.strip_suffix('*').unwrap_or(unstarred);
        end = start + unstarred.len();
        if unstarred.len() == kept.len() {
            break;
        }
    }
    (start, &s[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wingdings_marks_are_read_in_place() {
        let text = "Yes \u{f0a8} No \u{f06f} N/A \u{f0fe} \u{f0fd} \u{f078} \u{f0fc} \u{f0fb}";
        let read = symbol_marks(text);
        assert_eq!(read, "Yes ☐ No ☐ N/A ☑ ☒ ☒ ✓ ✗");
        assert_eq!(read.len(), text.len());
        // Bullets and other private-use codes stay; plain letters too.
        for same in [
            "\u{f0a7} Item",
            "\u{f071} Item",
            "\u{f0b7} Item",
            "Yes x No o",
            "£5",
        ] {
            assert_eq!(symbol_marks(same), same);
        }
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for s in [
            "",
            "   ",
            "Purpose of the report",
            "  Purpose\tof the\n report  ",
            "Financial\u{a0}Implications – the £1.2m plan",
            "a\u{2003}b\u{3000}c",
            "\u{b}\u{c}x\ry",
        ] {
            let words = s.split_whitespace().count();
            assert_eq!(word_count(s), words, "{s:?}");
            for n in 0..5 {
                assert_eq!(more_words_than(s, n), words > n, "{s:?} {n}");
            }
        }
    }

    #[test]
    fn a_list_of_subjects_parted_by_commas() {
        let not_names = &crate::parse::Vocabulary::builtin().not_names;
        assert!(is_subject_list(
            "Body Storage, Transport and Post-Mortem",
            18,
            not_names
        ));
        assert!(is_subject_list(
            "Fees, Charges and Concessions 2026/27",
            18,
            not_names
        ));
        // No comma, a person and their post, a councillor, a sentence, a
        // part after a comma in lower case.
        for s in [
            "Body Storage and Transport",
            "Jane Smith, Director of Place",
            "Oscar Oakham, Head of Housing",
            "Councillor Ann Other, Lead Member for Housing",
            "Dr Kwame Adjei-Bonsu, Consultant in Public Health",
            "Storage, Transport and Burial.",
            "Storage, and the transport of bodies",
        ] {
            assert!(!is_subject_list(s, 18, not_names), "{s}");
        }
    }

    #[test]
    fn plain_removes_markup_and_folds_space() {
        assert_eq!(
            plain("### **LEGAL  IMPLICATIONS**"),
            "### LEGAL IMPLICATIONS"
        );
        assert_eq!(plain("3<sup>RD</sup> FEBRUARY"), "3RD FEBRUARY");
        assert_eq!(plain("a<p>b</p>c"), "a b c");
        assert_eq!(plain("Cost &amp; value"), "Cost & value");
        assert_eq!(plain("x < y"), "x < y");
        assert_eq!(plain("a * b"), "a b");
        assert_eq!(plain(" a \t b  c \u{a0}d "), "a b c d");
        assert_eq!(plain("a <sup>x</sup> b\\*"), "a x b*");
    }

    #[test]
    fn plain_removes_pandoc_markup() {
        assert_eq!(
            plain("# []{#_Toc213044101 .anchor}1. INTRODUCTION"),
            "# 1. INTRODUCTION"
        );
        assert_eq!(
            plain("[Implications for the **Council**]{.underline} follow"),
            "Implications for the Council follow"
        );
        assert_eq!(plain("a [[Insert]{.mark} b]{.smallcaps}"), "a Insert b");
        assert_eq!(
            plain("![](media/image1.png){width=\"1.6in\" height=\"0.7in\"}"),
            "![](media/image1.png)"
        );
        assert_eq!(plain("Background {#background}"), "Background");
        assert_eq!(
            plain("Tuesday 20^th^ January 2026"),
            "Tuesday 20th January 2026"
        );
        // Not Pandoc's markup: kept.
        assert_eq!(plain("Contact: {insert name}"), "Contact: {insert name}");
        assert_eq!(plain("[Officer]{name}"), "[Officer]{name}");
        assert_eq!(plain("x ^ y and 2^ n^"), "x ^ y and 2^ n^");
        assert_eq!(plain("note[^1] and[^2]"), "note[^1] and[^2]");
        assert_eq!(plain("{#id} opens"), "{#id} opens");
        // A hard line break.
        assert_eq!(plain("Ffion Rhys\\"), "Ffion Rhys");
        assert_eq!(plain("Ffion Rhys\\\nHead of Law"), "Ffion Rhys Head of Law");
        assert_eq!(plain("C:\\Reports"), "C:\\Reports");
    }

    #[test]
    fn pandoc_attribute_blocks() {
        for yes in [
            "{#_Toc213044101 .anchor}",
            "{.underline}",
            "{width=\"1.6in\" height=\"0.7in\"}",
            "{#intro .unnumbered}",
            "{-}",
            "{=openxml}",
            "{ .smallcaps }",
            "{style=color:red}",
        ] {
            assert_eq!(pandoc_attributes_len(yes), Some(yes.len()), "{yes}");
        }
        assert_eq!(pandoc_attributes_len("{.underline} rest"), Some(12));
        for no in [
            "{insert name}",
            "{Officer name}",
            "{}",
            "{#}",
            "{.}",
            "{name=}",
            "{width=\"1in}",
            "{#a\n}",
            "{.a,.b}",
            "[.a]",
        ] {
            assert_eq!(pandoc_attributes_len(no), None, "{no}");
        }
        assert_eq!(pandoc_anchors_len("[]{#_Toc1 .anchor}[]{#_Toc2} 1. A"), 29);
        assert_eq!(pandoc_anchors_len("[]{name} 1. A"), 0);
        assert_eq!(pandoc_anchors_len("1. A"), 0);
    }

    #[test]
    fn ordinary_run_stops_at_two_spaces_across_a_word_boundary() {
        // The first space ends the first eight bytes, the second opens the
        // next eight.
        assert_eq!(ordinary_run(b"abcdefg  hijklmnop", *b"*<&\\"), 7);
        assert_eq!(ordinary_run(b"abcdefg hijklmnop", *b"*<&\\"), 17);
        assert_eq!(ordinary_run(b"abcdefg hijklmn\xc2\xa0", *b"*<&\\"), 15);
        assert_eq!(ordinary_run(b"abcdefghijklmn*o", *b"*<&\\"), 14);
        assert_eq!(
            plain("Council  Tax and   the  **Budget**"),
            "Council Tax and the Budget"
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Eight bytes at a time finds the run that byte by byte does.
        #[test]
        fn ordinary_run_word_wide(bytes in proptest::collection::vec(
            proptest::sample::select(vec![b'a', b'Z', b'1', b' ', b' ', b'*', b'<', b'&', b'|', b'\\', b'\t', b'\n', 0x7f, 0xc2, 0xa0, b'~', b'!']),
            0..40,
        )) {
            for markup in [*b"*<&\\", *b"*<\\|"] {
                proptest::prop_assert_eq!(ordinary_run(&bytes, markup), ordinary_run_from(&bytes, 0, markup));
            }
        }

        /// The plain text has no white space at either end.
        #[test]
        fn plain_is_trimmed(s in "(a|É| |\t|\n|\u{a0}|&nbsp;|&amp;|\\\\ |\\\\|\\*|<p>|<sup>|<|&|\\[|\\]|\\^|\\{#a\\}|\\{\\.u\\}|\\{x\\}){0,12}") {
            let p = plain(&s);
            proptest::prop_assert_eq!(p.trim(), p.as_str());
        }

        /// The shortcut answers as the plain text would.
        #[test]
        fn capitals_through_markup(s in "(A|b|É|é| |\\*|<sup>|</b>|&amp;|&lt;|<|&|\\\\|\\.|\\[|\\]|\\{\\.u\\}|\\{x\\}){0,12}") {
            proptest::prop_assert_eq!(is_capitals_marked(&s), is_capitals(&plain(&s)));
        }
    }

    #[test]
    fn title_shapes() {
        assert!(is_title_like("Financial Implications", 8));
        assert!(is_title_like("Decision Required", 8));
        assert!(is_title_like("Children's Services", 8));
        assert!(!is_title_like(
            "Oscar Oakham, Director of Social Services",
            8
        ));
        assert!(!is_title_like("Non specifically.", 8));
        assert!(!is_title_like("the completion of questionnaires by:", 8));
        assert!(!is_title_like(
            "Our key achievements in the last year include:",
            8
        ));
        assert!(is_capitals("REVIEW OF JOINT REVIEW ACTION PLAN"));
        assert!(!is_capitals("Review"));
        assert!(is_capitals_marked("**REVIEW** <b>OF</b> PLANS"));
        assert!(is_capitals_marked("R&amp;D PLANS"));
        assert!(!is_capitals_marked("Review <b>OF</b>"));
        assert!(!is_capitals_marked("REVIEW <b>of</b>"));
    }

    #[test]
    fn strong_in_underscores_reads_as_strong_in_asterisks() {
        let same = |s: &str| assert_eq!(strong_underscores(s), s, "{s}");
        // Mammoth's bold, in a table cell and on a line of its own.
        assert_eq!(
            strong_underscores("|__Meeting:__ |Board |\n__WEALD BOARD__\n"),
            "|**Meeting:** |Board |\n**WEALD BOARD**\n"
        );
        assert_eq!(
            strong_underscores("the __Board__, and __Chair__."),
            "the **Board**, and **Chair**."
        );
        // Near misses: inside words (snake case, a link's path), a run of
        // three or more (a rule, a blank to fill in), an empty pair, a
        // blank after a label, a pair split over two lines, one alone.
        same("snake__case__name and a__b");
        same("https://example.org/a__b__c");
        same("___\n____\nSigned: ________");
        same("Signed: __ Date: __");
        same("____");
        same("__Meeting:\nBoard__");
        same("__init");
        assert!(matches!(
            strong_underscores("no underscores"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn underline_and_small_capitals_read_as_emphasis_in_place() {
        let same = |s: &str| assert_eq!(formatting_spans(s), s, "{s}");
        let read = |s: &str| formatting_spans(s).into_owned();
        assert_eq!(
            read("[**1. Purpose of the Report**]{.underline}\n"),
            format!("***1. Purpose of the Report{}\n", "*".repeat(15))
        );
        assert_eq!(
            read("[Date]{.smallcaps}: Thursday 25 November 2027\\\n"),
            "*Date*************: Thursday 25 November 2027\\\n"
        );
        assert_eq!(
            read("**[1. Purpose]{.underline}**"),
            format!("***1. Purpose{}", "*".repeat(15))
        );
        // A span wrapped onto the paragraph's next line.
        assert_eq!(
            read("[Housing Revenue Account\nBusiness Plan]{.underline}"),
            "*Housing Revenue Account\nBusiness Plan*************"
        );
        // Every byte keeps its place.
        let s = "The [£1.2m]{.underline} rise, [see]{.smallcaps} below.";
        assert_eq!(read(s).len(), s.len());
        assert_eq!(plain(&read(s)), "The £1.2m rise, see below.");
        // Tracked changes, comments, highlights, anchors, images, other
        // attributes, and a bracket opened before a blank line stay.
        same("[£6.4m]{.deletion author=\"A\"}[£6.9m]{.insertion author=\"A\"}");
        same("[please check]{.comment-start id=\"1\"}£1.9m[]{.comment-end id=\"1\"}");
        same("[Insert date]{.mark}");
        same("[]{#_Toc1 .anchor}Purpose");
        same("![](media/image1.png){.underline}");
        same("[text]{.underline .mark}");
        same("[open\n\nclosed]{.underline}");
        same("no spans here");
    }

    #[test]
    fn trim_markup_strips_bold_and_space() {
        let s = "  **WARDS AFFECTED:** ";
        let (at, t) = trim_markup(s);
        assert_eq!(t, "WARDS AFFECTED:");
        assert_eq!(&s[at..at + t.len()], t);
    }
}
