//! Paragraph numbers and list markers at the start of a line.
//!
//! ```text
//! item_marker    = [bullet ws+] para_number [debris] ws+      (numbered item)
//!                | bold decimal bold ws+                      (bold number: "**10.** ")
//!                | bold decimal ws+ run_in bold [":" | "."] ws+  (bold label: "**7.1 Financial:** ")
//!                | bullet ws+                                 (bullet item)
//! bold           = "**" | "__"                                -- the same both sides
//! bullet         = "-" | "*" | "+" | "•" | "◆" | "▪" | "◦" | "–" | "·" | "o"
//! para_number    = decimal | parenthesised | closed
//! decimal        = digits (("." | "\.") digits){0,7} ["." | "\."]   -- one level needs the dot
//! parenthesised  = ("(" | "\(") label ")"
//! closed         = label (")" | "\)")
//! label          = digits | roman | letter
//! debris         = "**"                             -- Word conversion: "5.2**"
//! run_in         = Capital word{0,5}, ending in ":" or "." or before a spaced dash
//! ```
//!
//! `\.`, `\(` and `\)` are the Markdown escapes that pandoc writes where a
//! paragraph opens with a number that would otherwise start a list (`13\.
//! The risks…`, `a\) approve…`, `\(b) note…`), and that Mammoth writes for
//! every full stop (`1\.1 The Board…`): they read as the plain marks, and
//! the number's span covers the escape as written.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::digit1;
use nom::sequence::{delimited, terminated};
use nom::{IResult, Parser};

use crate::document::{NumberStyle, ParaNumber, Span};

/// What may separate a number from its text: spaces, tabs and the
/// non-breaking spaces of Word exports.
pub(crate) const SPACES: [char; 3] = [' ', '\t', '\u{a0}'];

/// The deepest decimal number read (`1.2.3.4.5.6.7.8`); deeper is text.
pub(crate) const MAX_DEPTH: usize = 8;

/// What starts a list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ItemMarker {
    /// Span of the bullet, if there is one.
    pub(crate) bullet: Option<Span>,
    pub(crate) number: Option<ParaNumber>,
    /// Whether markup after the number is left over: stray `**` (conversion
    /// debris, `5.2** A…`), or the close of a bold run that holds a run-in
    /// label as well (`**7.1 Financial:** The…`, the item's text starting at
    /// the label).
    pub(crate) debris: bool,
    /// Where the item's text starts (offset into the line).
    pub(crate) text_start: usize,
}

/// The bullet characters, in the order they are tried.
const BULLETS: [&str; 10] = ["-", "*", "+", "•", "◆", "▪", "◦", "–", "·", "o"];

/// A bullet character, or nothing (an empty match) when none opens `input`.
/// Compared by hand: it runs on every line that may open an item.
pub(crate) fn bullet(input: &str) -> IResult<&str, &str> {
    let len = BULLETS
        .iter()
        .find(|b| input.starts_with(**b))
        .map_or(0, |b| b.len());
    Ok((&input[len..], &input[..len]))
}

/// How many ASCII digits, at most three, open `bytes`: a `number_component`.
fn component_len(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .count()
}

fn error(input: &str, kind: nom::error::ErrorKind) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(input, kind))
}

/// `1.`, `1.1`, `3.2.1.` — one level needs its dot so "2005 was" is text.
/// The last dot may be escaped (`13\.`, as pandoc writes it).
///
/// `digit{1,3} ("." digit{1,3}){0,7} ["." | "\."]`, read byte by byte (it
/// runs on every line that opens with a digit).
pub(crate) fn decimal(input: &str) -> IResult<&str, &str> {
    let bytes = input.as_bytes();
    let mut end = component_len(bytes);
    if end == 0 {
        return Err(error(input, nom::error::ErrorKind::TakeWhileMN));
    }
    let mut levels = 1;
    while levels < MAX_DEPTH {
        // `.`, or `\.` as Mammoth escapes every full stop (`1\.1`).
        let dot = match bytes.get(end) {
            Some(b'.') => 1,
            Some(b'\\') if bytes.get(end + 1) == Some(&b'.') => 2,
            _ => break,
        };
        let n = component_len(&bytes[end + dot..]);
        if n == 0 {
            break;
        }
        end += dot + n;
        levels += 1;
    }
    let dot = match bytes.get(end) {
        Some(b'.') => 1,
        Some(b'\\') if bytes.get(end + 1) == Some(&b'.') => 2,
        _ => 0,
    };
    let (text, rest) = input.split_at(end + dot);
    // A component longer than three digits is a year or an amount, not a number.
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(error(input, nom::error::ErrorKind::Digit));
    }
    if levels == 1 && dot == 0 && !wide_gap_number(text, rest) {
        return Err(error(input, nom::error::ErrorKind::Char));
    }
    // "1.2.3.4.5.6.7.8.9": deeper than any real paper; take it as text.
    if rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return Err(error(input, nom::error::ErrorKind::TooLarge));
    }
    Ok((rest, text))
}

/// A whole number of one or two digits, then a gap of two spaces or more
/// and a capital (`14  The land north of …`): a paragraph number set off
/// by its gap where the paper writes no dot. One space ("14 March",
/// "2005 was") is text.
fn wide_gap_number(number: &str, rest: &str) -> bool {
    let gap = rest.len() - rest.trim_start_matches(' ').len();
    number.len() <= 2 && gap >= 2 && rest[gap..].starts_with(|c: char| c.is_ascii_uppercase())
}

fn roman(input: &str) -> IResult<&str, &str> {
    take_while1(|c: char| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X')).parse(input)
}

fn letter(input: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 1, |c: char| c.is_ascii_alphabetic()).parse(input)
}

fn label(input: &str) -> IResult<&str, &str> {
    alt((list_digits, roman, letter)).parse(input)
}

/// The digits of a bracketed or closed number: at most three, and not a
/// dialling code with its leading zero (`(01632) 960 558`, `(020) 7946
/// 0000`), which is how a UK telephone number is written, not a list item.
fn list_digits(input: &str) -> IResult<&str, &str> {
    let (rest, digits) = digit1(input)?;
    if digits.len() > 3 || (digits.len() == 3 && digits.starts_with('0')) {
        return Err(error(input, nom::error::ErrorKind::Digit));
    }
    Ok((rest, digits))
}

/// `(1)`, `(a)`, `(iv)`; escaped, `\(a)`, or with both brackets escaped,
/// `\(a\)`, as Pandoc writes a lettered paragraph whose letter Word typed
/// by hand (a recommendation's `(a)`–`(d)` under "2.1 It is recommended
/// that Cabinet:"): it is the same item as `(a)` written plain.
pub(crate) fn parenthesised(input: &str) -> IResult<&str, &str> {
    delimited(
        alt((tag("("), tag("\\("))),
        label,
        alt((tag(")"), tag("\\)"))),
    )
    .parse(input)
}

/// `1)`, `a)`, `ii)`; escaped, `a\)`.
pub(crate) fn closed(input: &str) -> IResult<&str, &str> {
    terminated(label, alt((tag(")"), tag("\\)")))).parse(input)
}

/// Value of a lower- or upper-case roman numeral up to 39.
fn roman_value(s: &str) -> Option<u32> {
    let s = s.to_ascii_lowercase();
    let mut total = 0u32;
    let mut prev = 0u32;
    for ch in s.chars().rev() {
        let v = match ch {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    // Reject malformed numerals ("iiii", "vv") by round-tripping.
    (to_roman(total)? == s).then_some(total)
}

fn to_roman(mut n: u32) -> Option<String> {
    if n == 0 || n > 39 {
        return None;
    }
    let mut out = String::new();
    for (value, numeral) in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    Some(out)
}

/// Builds the [`ParaNumber`] for a label read by one of the productions.
fn para_number(label: &str, parenthesised: bool, span: Span) -> Option<ParaNumber> {
    // "13\." and "1\.1" (escaped) read as "13." and "1.1".
    let unescaped;
    let label = if label.contains('\\') {
        unescaped = label.replace("\\.", ".");
        unescaped.as_str()
    } else {
        label
    };
    let trimmed = label.trim_end_matches('.').trim_end_matches('\\');
    if trimmed.starts_with(|c: char| c.is_ascii_digit()) {
        // Digits and dots only (`decimal` or a `digit1` label), read in
        // one pass; an empty part or an overflow fails.
        let mut values = Vec::with_capacity(2);
        let mut part: Option<u32> = None;
        for b in trimmed.bytes() {
            if b == b'.' {
                values.push(part.take()?);
            } else {
                let digit = u32::from(b.checked_sub(b'0').filter(|d| *d <= 9)?);
                part = Some(part.unwrap_or(0).checked_mul(10)?.checked_add(digit)?);
            }
        }
        values.push(part?);
        return Some(ParaNumber {
            label: trimmed.to_string(),
            style: NumberStyle::Decimal,
            values,
            parenthesised,
            span,
        });
    }
    // Single letters other than i, v, x are letters; i, v, x and longer
    // runs of roman digits are roman numerals.
    let lower = trimmed.to_ascii_lowercase();
    if lower.len() == 1 && !matches!(lower.as_str(), "i" | "v" | "x") {
        let value = u32::from(lower.as_bytes()[0] - b'a' + 1);
        return Some(ParaNumber {
            label: lower,
            style: NumberStyle::Letter,
            values: vec![value],
            parenthesised,
            span,
        });
    }
    let value = roman_value(&lower)?;
    Some(ParaNumber {
        label: lower,
        style: NumberStyle::Roman,
        values: vec![value],
        parenthesised,
        span,
    })
}

/// Whether a `para_number` may start `bytes`: `decimal` and a `closed`
/// number start with a digit, `parenthesised` with `(` (or `\(`), and a
/// `closed` letter or roman numeral is one letter, or a run of `ivx`, then
/// `)` (or `\)`).
fn may_open_number(bytes: &[u8]) -> bool {
    let Some(&first) = bytes.first() else {
        return false;
    };
    if first.is_ascii_digit() || first == b'(' || bytes.starts_with(b"\\(") {
        return true;
    }
    let roman = bytes.iter().take_while(|b| b"ivxIVX".contains(b)).count();
    let closes = |at: usize| {
        bytes.get(at) == Some(&b')')
            || (bytes.get(at) == Some(&b'\\') && bytes.get(at + 1) == Some(&b')'))
    };
    first.is_ascii_alphabetic() && (closes(1) || (roman > 0 && closes(roman)))
}

/// A decimal number set in bold or emphasis of its own at the start of a
/// line, as Word exports write paragraph numbers: `**10.** Earmarked
/// reserves…`, `__3.2__ The policy…`. The markup must close right after
/// the number (`**10. Heading**` is a bold line, read elsewhere), or after
/// a run-in label that Word set in the same bold run (`**7.1 Financial:**
/// The costs…`, see [`bold_run_in`]); the number's span leaves the markup
/// out.
fn bold_number(line: &str, base: usize) -> Option<ItemMarker> {
    let mark = ["**", "__"].into_iter().find(|m| line.starts_with(m))?;
    let inner = &line[mark.len()..];
    if !inner.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (after, label) = decimal(inner).ok()?;
    let at = base + mark.len();
    let Some(rest) = after.strip_prefix(mark) else {
        let text_start = bold_run_in(after, mark)?;
        let number = para_number(label, false, Span::new(at, at + label.len()))?;
        return Some(ItemMarker {
            bullet: None,
            number: Some(number),
            debris: true,
            text_start: line.len() - after.len() + text_start,
        });
    };
    let ws = rest.len() - rest.trim_start_matches(SPACES).len();
    if ws == 0 && !rest.is_empty() {
        return None;
    }
    let number = para_number(label, false, Span::new(at, at + label.len()))?;
    Some(ItemMarker {
        bullet: None,
        number: Some(number),
        debris: false,
        text_start: line.len() - rest.len() + ws,
    })
}

/// The most words of a run-in label that shares its bold with the number.
const RUN_IN_WORDS: usize = 6;

/// After a bold number, the rest of its bold run as a run-in label, and
/// where the label starts in `after` (the item's text starts there, the
/// closing markup left in it): white space, a label of at most
/// [`RUN_IN_WORDS`] words that starts with a capital, the closing `mark`,
/// and plain text after it on the line. The label ends with a colon or
/// full stop, inside the bold or just after it, or a spaced dash follows
/// it: `**7.1 Financial:** The costs…`, `**7.2 Legal**: The Act…`,
/// `**3.1 Background** – In 2023…`. Anything else (`**2.5 million**
/// people`, a wholly bold line) is no label.
fn bold_run_in(after: &str, mark: &str) -> Option<usize> {
    let label = after.trim_start_matches(SPACES);
    if label.len() == after.len() || !label.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let close = label.find(mark)?;
    let words = &label[..close];
    if words.contains(['*', '_'])
        || words.ends_with(char::is_whitespace)
        || words.split_whitespace().nth(RUN_IN_WORDS).is_some()
    {
        return None;
    }
    let tail = &label[close + mark.len()..];
    let text = if words.ends_with([':', '.']) {
        tail
    } else if let Some(t) = tail.strip_prefix([':', '.']) {
        t
    } else {
        tail.trim_start_matches(SPACES)
            .strip_prefix(['–', '—', '-'])
            .filter(|t| tail.starts_with(SPACES) && t.starts_with(SPACES))?
    };
    // Plain text runs on after the bold, past white space.
    let words_after = text.trim_start_matches(SPACES);
    let gap = text.len() - words_after.len();
    (gap > 0 && !words_after.trim().is_empty()).then_some(after.len() - label.len())
}

/// Reads an item marker at the start of `line` (already past indentation).
/// `base` is the line's offset in the text, for spans.
pub(crate) fn item_marker(line: &str, base: usize) -> Option<ItemMarker> {
    // Most lines start with a word: reject them before any parser runs.
    let bytes = line.as_bytes();
    let first = *bytes.first()?;
    let could_be = first.is_ascii_digit()
        || matches!(first, b'(' | b'-' | b'*' | b'+' | b'o' | b'_')
        || (first == b'\\' && bytes.get(1) == Some(&b'('))
        || (first.is_ascii_alphabetic() && bytes.iter().skip(1).take(6).any(|&b| b == b')'))
        || line.starts_with(['•', '◆', '▪', '◦', '–', '·']);
    if !could_be {
        return None;
    }
    if matches!(first, b'*' | b'_') && bytes.get(2).is_some_and(u8::is_ascii_digit) {
        if let Some(m) = bold_number(line, base) {
            return Some(m);
        }
    }
    // A bullet, then white space, unless what follows the bullet is a number.
    let (after_bullet, bullet_span) = match bullet(line) {
        Ok((rest, b)) if !b.is_empty() => {
            let after_space = rest.trim_start_matches([' ', '\t']);
            if after_space.len() < rest.len() {
                (after_space, Some(Span::new(base, base + b.len())))
            } else {
                (line, None)
            }
        }
        _ => (line, None),
    };
    let number_at = line.len() - after_bullet.len();
    // Most bullets open words ("- The Council…"): skip the grammar when no
    // `para_number` can start here.
    if !may_open_number(after_bullet.as_bytes()) {
        return bullet_span.map(|b| ItemMarker {
            bullet: Some(b),
            number: None,
            debris: false,
            text_start: number_at,
        });
    }
    let numbered = alt((
        decimal.map(|l| (l, false)),
        parenthesised.map(|l| (l, true)),
        closed.map(|l| (l, false)),
    ))
    .parse(after_bullet);
    if let Ok((rest, (label, paren))) = numbered {
        let consumed = after_bullet.len() - rest.len();
        let span = Span::new(base + number_at, base + number_at + consumed);
        let (rest, debris) = match rest.strip_prefix("**") {
            Some(r) if r.starts_with(SPACES) || r.is_empty() => (r, true),
            _ => (rest, false),
        };
        // Word exports put a non-breaking space after the number.
        let ws = rest.len() - rest.trim_start_matches(SPACES).len();
        if ws > 0 || rest.is_empty() {
            if let Some(number) = para_number(label, paren, span) {
                return Some(ItemMarker {
                    bullet: bullet_span,
                    number: Some(number),
                    debris,
                    text_start: line.len() - rest.len() + ws,
                });
            }
        }
    }
    bullet_span.map(|b| ItemMarker {
        bullet: Some(b),
        number: None,
        debris: false,
        text_start: line.len() - after_bullet.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label_of(line: &str) -> Option<String> {
        item_marker(line, 0).and_then(|m| m.number.map(|n| n.label))
    }

    proptest::proptest! {
        /// The shortcut never skips a number the grammar would read.
        #[test]
        fn numbers_open_where_may_open_number_says(s in "[0-9ivxaIVXz().*\\\\ -]{0,8}") {
            let numbered = alt((decimal, parenthesised, closed)).parse(s.as_str()).is_ok();
            proptest::prop_assert!(!numbered || may_open_number(s.as_bytes()), "{s:?}");
        }
    }

    #[test]
    fn decimal_numbers() {
        assert_eq!(label_of("1. The purpose").as_deref(), Some("1"));
        assert_eq!(label_of("1.1 The purpose").as_deref(), Some("1.1"));
        assert_eq!(label_of("- 1.1 The purpose").as_deref(), Some("1.1"));
        assert_eq!(label_of("3.2.1. Deep").as_deref(), Some("3.2.1"));
        assert_eq!(label_of("2005 was a year"), None);
        assert_eq!(label_of("2005. That year"), None);
        assert_eq!(label_of("1.5m pounds"), None);
        // No dot: a wide gap before a capital sets a number off.
        assert_eq!(label_of("14  The land north").as_deref(), Some("14"));
        assert_eq!(label_of("14 March 2025"), None);
        assert_eq!(label_of("14  of them"), None);
        assert_eq!(label_of("2005   The year"), None);
    }

    #[test]
    fn numbers_in_bold_of_their_own() {
        let line = "**10.** Earmarked reserves";
        let m = item_marker(line, 5).unwrap();
        let n = m.number.unwrap();
        assert_eq!((n.label.as_str(), n.values.as_slice()), ("10", &[10][..]));
        assert_eq!((n.span.start, n.span.end), (7, 10));
        assert_eq!(&line[m.text_start..], "Earmarked reserves");
        assert_eq!(label_of("__3.2__ The policy").as_deref(), Some("3.2"));
        assert_eq!(label_of("**4.**").as_deref(), Some("4"));
        // The bold runs on past the number: a bold line, not an item here.
        assert_eq!(label_of("**10. Financial implications**"), None);
        assert_eq!(label_of("**2005** was"), None);
        assert_eq!(label_of("**10.**text"), None);
        assert_eq!(label_of("**10.__ text"), None);
    }

    #[test]
    fn numbers_in_one_bold_run_with_a_run_in_label() {
        let line = "**7.1 Financial:** The costs are met";
        let m = item_marker(line, 3).unwrap();
        let n = m.number.unwrap();
        assert_eq!((n.label.as_str(), n.span.start, n.span.end), ("7.1", 5, 8));
        assert_eq!(&line[m.text_start..], "Financial:** The costs are met");
        assert!(m.debris);
        let text = |line: &'static str| item_marker(line, 0).map(|m| &line[m.text_start..]);
        assert_eq!(text("**7.2 Legal**: The Act"), Some("Legal**: The Act"));
        assert_eq!(
            text("__3. Risk management.__ The risks"),
            Some("Risk management.__ The risks")
        );
        assert_eq!(
            text("**3.1 Background** – In 2023 the"),
            Some("Background** – In 2023 the")
        );
        // Not a label: no punctuation or dash, a figure, lower case, a
        // wholly bold line, no text after the bold, too many words.
        assert_eq!(label_of("**2.5 million** people live here"), None);
        assert_eq!(label_of("**3.1 Background** In 2023"), None);
        assert_eq!(label_of("**2.5 million**: people"), None);
        assert_eq!(label_of("**7. IMPLICATIONS**"), None);
        assert_eq!(label_of("**7.1 Financial:**"), None);
        assert_eq!(label_of("**7.1 Financial:**  "), None);
        assert_eq!(label_of("**7.1 Financial:**The costs"), None);
        assert_eq!(
            label_of("**7.1 The financial and legal implications of this:** x"),
            None
        );
        assert_eq!(label_of("**3.1 Background** -effective"), None);
    }

    #[test]
    fn numbers_pandoc_escaped_read_as_written_plain() {
        let line = "13\\. The financial implications";
        let m = item_marker(line, 100).unwrap();
        let n = m.number.unwrap();
        assert_eq!((n.label.as_str(), n.values.as_slice()), ("13", &[13][..]));
        // The span covers the escape as written.
        assert_eq!((n.span.start, n.span.end), (100, 104));
        assert_eq!(&line[m.text_start..], "The financial implications");
        assert_eq!(label_of("2\\. That Council:").as_deref(), Some("2"));
        assert_eq!(label_of("- 4\\. Fourth").as_deref(), Some("4"));
        let n = item_marker("a\\) approve the budget", 0)
            .unwrap()
            .number
            .unwrap();
        assert_eq!((n.label.as_str(), n.style), ("a", NumberStyle::Letter));
        let n = item_marker("iv\\) note", 0).unwrap().number.unwrap();
        assert_eq!((n.values[0], n.style), (4, NumberStyle::Roman));
        let n = item_marker("\\(b) note the risks", 0)
            .unwrap()
            .number
            .unwrap();
        assert_eq!((n.label.as_str(), n.parenthesised), ("b", true));
        // Both brackets escaped, as Pandoc writes a typed "(c)".
        let m = item_marker("\\(c\\) approves the grant", 0).unwrap();
        let n = m.number.unwrap();
        assert_eq!((n.label.as_str(), n.parenthesised), ("c", true));
        assert_eq!(n.style, NumberStyle::Letter);
        assert_eq!(
            &"\\(c\\) approves the grant"[m.text_start..],
            "approves the grant"
        );
        // An escaped bracket that does not close the label is no number.
        assert_eq!(label_of("\\(c\\)approves"), None);
        assert_eq!(label_of("\\(see below\\) the grant"), None);
        assert_eq!(label_of("**7\\.** Legal").as_deref(), Some("7"));
        // Mammoth escapes every full stop, inside a number too: it reads
        // as the number written plain does.
        let line = "1\\.1 The Board adopted";
        let n = item_marker(line, 0).unwrap().number.unwrap();
        assert_eq!(
            (n.label.as_str(), n.values.as_slice()),
            ("1.1", &[1, 1][..])
        );
        assert_eq!(n.span.of(line), "1\\.1");
        assert_eq!(label_of("3\\.2\\.1\\. Detail").as_deref(), Some("3.2.1"));
        for (escaped, plain) in [
            ("13\\.5 per cent", "13.5 per cent"),
            ("2\\.10 Costs", "2.10 Costs"),
        ] {
            assert_eq!(label_of(escaped), label_of(plain), "{escaped}");
        }
        // An escape that closes no number, or a number run on: text.
        assert_eq!(label_of("2005\\. That year"), None);
        assert_eq!(label_of("1\\.2005 That year"), None);
        assert_eq!(label_of("1\\\\.1 text"), None);
        assert_eq!(label_of("\\* not a bullet"), None);
        assert_eq!(label_of("13\\"), None);
    }

    #[test]
    fn conversion_debris_after_the_number() {
        let m = item_marker("- 5.2** A City Council", 0).unwrap();
        assert_eq!(m.number.unwrap().label, "5.2");
        assert!(m.debris);
        assert_eq!(&"- 5.2** A City Council"[m.text_start..], "A City Council");
    }

    #[test]
    fn bracketed_and_roman() {
        let n = item_marker("(1) Scrutiny", 0).unwrap().number.unwrap();
        assert_eq!((n.label.as_str(), n.style), ("1", NumberStyle::Decimal));
        assert!(
            item_marker(" ii) Commend", 1).is_none(),
            "leading space is the caller's job"
        );
        let n = item_marker("ii) Commend", 0).unwrap().number.unwrap();
        assert_eq!((n.values[0], n.style), (2, NumberStyle::Roman));
        let n = item_marker("(b) Second", 0).unwrap().number.unwrap();
        assert_eq!((n.values[0], n.style), (2, NumberStyle::Letter));
        assert!(item_marker("(iiii) x", 0).and_then(|m| m.number).is_none());
    }

    #[test]
    fn telephone_dialling_codes_are_no_numbers() {
        for line in [
            "(01632) 960 558",
            "(020) 7946 0000",
            "(0113) 496 0000",
            "(2025) was",
        ] {
            assert!(item_marker(line, 0).is_none(), "{line}");
        }
        assert_eq!(label_of("(12) Twelfth").as_deref(), Some("12"));
        assert_eq!(label_of("(01) First").as_deref(), Some("01"));
        assert_eq!(label_of("100) Hundredth").as_deref(), Some("100"));
    }

    #[test]
    fn bullets() {
        let m = item_marker("◆ Service Improvement", 0).unwrap();
        assert!(m.bullet.is_some() && m.number.is_none());
        assert_eq!(m.text_start, "◆ ".len());
        assert!(item_marker("**PURPOSE**", 0).is_none());
        assert!(item_marker("only text", 0).is_none());
    }

    #[test]
    fn non_breaking_space_after_the_number() {
        let line = "1.1\u{a0}\u{a0}Fly-tipping is a concern";
        let m = item_marker(line, 0).unwrap();
        assert_eq!(m.number.unwrap().label, "1.1");
        assert_eq!(&line[m.text_start..], "Fly-tipping is a concern");
    }

    #[test]
    fn absurd_depth_is_text() {
        let deep = "1.".repeat(50) + " x";
        assert!(item_marker(&deep, 0).and_then(|m| m.number).is_none());
    }
}
