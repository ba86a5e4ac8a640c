//! Grammar: one nom function per production of a reference phrase.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1, take_while_m_n};
use nom::character::complete::{char, digit1, line_ending, one_of, satisfy};
use nom::combinator::{not, opt, recognize, verify};
use nom::error::{Error, ErrorKind};
use nom::multi::{many0_count, many1_count};
use nom::sequence::preceded;
use nom::{IResult, Parser};

use super::*;

pub(super) type Res<'a, T> = IResult<&'a str, T>;

pub(super) fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

/// A label as written: `text` is the label itself (`a`, `4.3`), `outer`
/// includes its brackets (`(a)`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Label<'a> {
    pub(super) text: &'a str,
    pub(super) outer: &'a str,
}

impl<'a> Label<'a> {
    fn plain(text: &'a str) -> Self {
        Label { text, outer: text }
    }
}

/// One list item: a label, or a range of two.
#[derive(Debug, Clone, Copy)]
pub(super) struct Item<'a> {
    pub(super) first: Label<'a>,
    pub(super) last: Option<Label<'a>>,
}

/// `inline_space = { " " | TAB | NBSP | NNBSP }+`
pub(super) fn inline_space(i: &str) -> Res<'_, &str> {
    take_while1(|c| matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}')).parse(i)
}

/// `markup = { "*" | "_" }+`
pub(super) fn markup(i: &str) -> Res<'_, &str> {
    take_while1(|c| c == '*' || c == '_').parse(i)
}

/// The rest of a blank line: spaces, then a line break.
pub(super) fn blank_line(i: &str) -> Res<'_, &str> {
    recognize((take_while(|c| matches!(c, ' ' | '\t' | '\r')), char('\n'))).parse(i)
}

/// `soft_newline = [CR] LF`, not followed by a blank line.
pub(super) fn soft_newline(i: &str) -> Res<'_, &str> {
    recognize((line_ending, not(blank_line))).parse(i)
}

/// `gap = { inline_space | markup | soft_newline }+`
pub(super) fn gap(i: &str) -> Res<'_, &str> {
    recognize(many1_count(alt((inline_space, markup, soft_newline)))).parse(i)
}

/// `loose_gap = { inline_space | markup | newline }+` (blank lines too).
pub(super) fn loose_gap(i: &str) -> Res<'_, &str> {
    recognize(many1_count(alt((inline_space, markup, line_ending)))).parse(i)
}

/// An ASCII word in any case. (nom's `tag_no_case` lower-cases through
/// Unicode, which costs more and is not needed: every cue word is ASCII.)
/// The word may be hyphenated across a line end, as justified PDF text
/// breaks it: `Appen-` / `dix A`.
pub(super) fn tag_ci<'a>(t: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |i: &'a str| match wrapped_prefix_len(i.as_bytes(), t.as_bytes()) {
        Some(n) if i.is_char_boundary(n) => Ok((&i[n..], &i[..n])),
        _ => fail(i),
    }
}

/// How many bytes of `b` spell `t` in any case, allowing one hyphen at a
/// line end inside the word (`para-` / `graph`, the next line's indent
/// looked past); `None` when `b` does not start with `t`.
#[inline]
pub(super) fn wrapped_prefix_len(b: &[u8], t: &[u8]) -> Option<usize> {
    let n = t.len();
    if b.len() >= n && b[..n].eq_ignore_ascii_case(t) {
        return Some(n);
    }
    // Else a hyphen ending the line, after a letter of the word: rare, so
    // the first letter must match before anything is looked for.
    if b.first()?.eq_ignore_ascii_case(t.first()?) {
        wrapped_len(b, t)
    } else {
        None
    }
}

/// [`wrapped_prefix_len`] across a hyphen at a line end.
#[cold]
fn wrapped_len(b: &[u8], t: &[u8]) -> Option<usize> {
    let n = t.len();
    let k = memchr::memchr(b'-', &b[..n.min(b.len())])?;
    if k == 0 || !b[..k].eq_ignore_ascii_case(&t[..k]) {
        return None;
    }
    let mut j = k + 1;
    if b.get(j) == Some(&b'\r') {
        j += 1;
    }
    if b.get(j) != Some(&b'\n') {
        return None;
    }
    j += 1;
    while matches!(b.get(j), Some(b' ' | b'\t')) {
        j += 1;
    }
    let tail = &t[k..];
    let got = b.get(j..j + tail.len())?;
    got.eq_ignore_ascii_case(tail).then_some(j + tail.len())
}

/// A word that must not run on into a letter or digit.
pub(super) fn word<'a>(
    w: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = Error<&'a str>> {
    recognize((tag_ci(w), not(satisfy(|c: char| c.is_alphanumeric()))))
}

/// `para_cue = ("paragraphs" | "paragraph" | "paras" | "para") ["."]`
pub(super) fn para_cue(i: &str) -> Res<'_, &str> {
    recognize((
        alt((
            tag_ci("paragraphs"),
            tag_ci("paragraph"),
            tag_ci("paras"),
            tag_ci("para"),
        )),
        opt(char('.')),
    ))
    .parse(i)
}

/// `section_cue = "sections" | "section"`
pub(super) fn section_cue(i: &str) -> Res<'_, &str> {
    alt((tag_ci("sections"), tag_ci("section"))).parse(i)
}

/// `see_cue = "see" [gap "also"]`
pub(super) fn see_cue(i: &str) -> Res<'_, &str> {
    recognize((tag_ci("see"), opt((gap, word("also"))))).parse(i)
}

/// `refer_cue = "refer" gap "to" [":"]`
pub(super) fn refer_cue(i: &str) -> Res<'_, &str> {
    recognize((tag_ci("refer"), gap, word("to"), opt(char(':')))).parse(i)
}

/// `also_refer_cue = "also" gap refer_cue`
pub(super) fn also_refer_cue(i: &str) -> Res<'_, &str> {
    recognize((tag_ci("also"), gap, refer_cue)).parse(i)
}

/// `appendix_cue = "appendices" | "appendix"`
pub(super) fn appendix_cue(i: &str) -> Res<'_, &str> {
    alt((tag_ci("appendices"), tag_ci("appendix"))).parse(i)
}

/// `annex_cue = "annexes" | "annexe" | "annex"`
pub(super) fn annex_cue(i: &str) -> Res<'_, &str> {
    alt((tag_ci("annexes"), tag_ci("annexe"), tag_ci("annex"))).parse(i)
}

/// `recommendation_cue = "recommendations" | "recommendation"`
pub(super) fn recommendation_cue(i: &str) -> Res<'_, &str> {
    alt((tag_ci("recommendations"), tag_ci("recommendation"))).parse(i)
}

/// `para_number = digits {"." digits}`, checked by [`valid_number`] and
/// [`number_end`].
pub(super) fn para_number(i: &str) -> Res<'_, &str> {
    let (rest, n) = recognize((digit1, many0_count((char('.'), digit1)))).parse(i)?;
    if valid_number(n) && number_end(rest) {
        Ok((rest, n))
    } else {
        fail(i)
    }
}

/// One to four parts of one to three digits, none with a leading zero.
pub(super) fn valid_number(n: &str) -> bool {
    let mut parts = 0;
    for part in n.split('.') {
        parts += 1;
        if parts > 4 || part.is_empty() || part.len() > 3 || part.starts_with('0') {
            return false;
        }
    }
    true
}

/// What may follow a paragraph number: not a letter, digit or sign, not a
/// time's colon or a thousands comma, and no unit or quantity word.
pub(super) fn number_end(rest: &str) -> bool {
    let mut cs = rest.chars();
    let ok = match cs.next() {
        None => return true,
        Some(c) if c.is_alphanumeric() => false,
        Some('%' | '/' | '\\' | '£' | '$' | '€' | '°') => false,
        Some(':') => !cs.next().is_some_and(|c| c.is_ascii_digit()),
        Some('.') => !cs.next().is_some_and(char::is_alphanumeric),
        Some(',') => !thousands(cs.as_str()),
        Some(_) => true,
    };
    ok && !quantity_follows(rest)
}

/// Whether `s` starts with exactly three digits (the rest of `1,500`).
pub(super) fn thousands(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3
        && b[..3].iter().all(u8::is_ascii_digit)
        && !b.get(3).is_some_and(u8::is_ascii_digit)
}

/// Words that make the number before them a quantity, not a reference.
/// English units and counted nouns, not a council's template words: they
/// stay beside the grammar that reads the number before them.
pub(super) const QUANTITY_WORDS: &[&str] = &[
    "million",
    "millions",
    "billion",
    "bn",
    "thousand",
    "k",
    "m",
    "per",
    "percent",
    "pence",
    "pounds",
    "am",
    "pm",
    "hrs",
    "hr",
    "hours",
    "hour",
    "years",
    "year",
    "months",
    "month",
    "weeks",
    "week",
    "days",
    "day",
    "minutes",
    "mins",
    "times",
    "miles",
    "km",
    "metres",
    "meters",
    "hectares",
    "ha",
    "units",
    "homes",
    "dwellings",
    "beds",
    "places",
    "sq",
];

/// Whether a unit or quantity word follows on the same line.
pub(super) fn quantity_follows(rest: &str) -> bool {
    let s = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    let b = s.as_bytes();
    if b.len() >= 3 && matches!(b[0] | 0x20, b'a' | b'p') && b[1] == b'.' && (b[2] | 0x20) == b'm' {
        return true;
    }
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    n > 0 && is_one_of(&s[..n], QUANTITY_WORDS)
}

/// `range_sep = [gap] ("-" | "–" | "—") [gap] | gap ("to" | "through") gap`
pub(super) fn range_sep(i: &str) -> Res<'_, &str> {
    alt((
        recognize((opt(gap), one_of("-–—"), opt(gap))),
        recognize((gap, alt((word("to"), word("through"))), gap)),
    ))
    .parse(i)
}

/// `list_sep = [gap] "," [gap] [("and" | "or") gap] | gap ("and" | "or") gap | [gap] "&" [gap]`
pub(super) fn list_sep(i: &str) -> Res<'_, &str> {
    alt((
        recognize((
            opt(gap),
            char(','),
            opt(gap),
            opt((alt((word("and"), word("or"))), gap)),
        )),
        recognize((gap, alt((word("and"), word("or"))), gap)),
        recognize((opt(gap), char('&'), opt(gap))),
    ))
    .parse(i)
}

/// `loose_sep = { inline_space | markup | soft_newline | "," | ";" | "&" | "and" }+`
pub(super) fn loose_sep(i: &str) -> Res<'_, &str> {
    recognize(many1_count(alt((
        inline_space,
        markup,
        soft_newline,
        tag(","),
        tag(";"),
        tag("&"),
        word("and"),
    ))))
    .parse(i)
}

/// `para_item = para_number [range_sep para_number] !("-" digit)`: a
/// number joined at once by a hyphen to more digits that make no range is
/// another document's identifier, as the Planning Practice Guidance
/// numbers its paragraphs (`Paragraph 36-010`, `36-010-20140306`).
pub(super) fn para_item(i: &str) -> Res<'_, Item<'_>> {
    let (rest, (first, last)) = (para_number, opt(preceded(range_sep, para_number))).parse(i)?;
    if hyphen_digit(rest) {
        return fail(i);
    }
    Ok((
        rest,
        Item {
            first: Label::plain(first),
            last: last.map(Label::plain),
        },
    ))
}

/// Whether `rest` opens with a hyphen and a digit (`-010`).
fn hyphen_digit(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 2 && b[0] == b'-' && b[1].is_ascii_digit()
}

/// A `para_item` of decimal numbers only (for `section`).
pub(super) fn decimal_item(i: &str) -> Res<'_, Item<'_>> {
    verify(para_item, |it: &Item| {
        it.first.text.contains('.') && it.last.map_or(true, |l| l.text.contains('.'))
    })
    .parse(i)
}

/// `loose_item = para_number [range_sep para_number]`, refusing a numbered
/// heading such as `5. PLANNING`.
pub(super) fn loose_item(i: &str) -> Res<'_, Item<'_>> {
    let (rest, item) = para_item(i)?;
    let b = rest.as_bytes();
    let heading = item.last.is_none()
        && !item.first.text.contains('.')
        && b.len() >= 3
        && b[0] == b'.'
        && matches!(b[1], b' ' | b'\t')
        && b[2].is_ascii_alphabetic();
    if heading {
        fail(i)
    } else {
        Ok((rest, item))
    }
}

/// What may follow an appendix label: not a letter, digit or sign, nor `.`
/// and a letter or digit (`A.1`).
pub(super) fn label_end(rest: &str) -> bool {
    let mut cs = rest.chars();
    match cs.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('.') => !cs.next().is_some_and(char::is_alphanumeric),
        Some('/' | '%' | '\\' | '£' | '$' | '€') => false,
        Some(_) => true,
    }
}

/// One or two digits, no leading zero.
pub(super) fn two_digits(i: &str) -> Res<'_, &str> {
    verify(
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        |s: &str| !s.starts_with('0'),
    )
    .parse(i)
}

/// `paren_label = "(" (letter | digit [digit]) ")"`
pub(super) fn paren_label(i: &str) -> Res<'_, Label<'_>> {
    let (rest, (_, text, _)) = (
        char('('),
        alt((recognize(satisfy(|c| c.is_ascii_alphabetic())), two_digits)),
        char(')'),
    )
        .parse(i)?;
    let outer = &i[..i.len() - rest.len()];
    Ok((rest, Label { text, outer }))
}

pub(super) const ROMANS: [&str; 10] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/// The value of a roman numeral I to X, any case.
pub(super) fn roman_value(s: &str) -> Option<usize> {
    ROMANS
        .iter()
        .position(|r| r.eq_ignore_ascii_case(s))
        .map(|p| p + 1)
}

/// `roman_label = "I" | "II" | ... | "X"` (capitals).
pub(super) fn roman_label(i: &str) -> Res<'_, Label<'_>> {
    let (rest, r) = verify(
        take_while_m_n(1, 4, |c| matches!(c, 'I' | 'V' | 'X')),
        |s: &str| roman_value(s).is_some(),
    )
    .parse(i)?;
    if label_end(rest) {
        Ok((rest, Label::plain(r)))
    } else {
        fail(i)
    }
}

/// `capital_label = "A" .. "Z"`
pub(super) fn capital_label(i: &str) -> Res<'_, Label<'_>> {
    let (rest, c) = recognize(satisfy(|c| c.is_ascii_uppercase())).parse(i)?;
    if label_end(rest) {
        Ok((rest, Label::plain(c)))
    } else {
        fail(i)
    }
}

/// `number_label = digit [digit]` (1 to 99).
pub(super) fn number_label(i: &str) -> Res<'_, Label<'_>> {
    let (rest, n) = two_digits(i)?;
    if label_end(rest) {
        Ok((rest, Label::plain(n)))
    } else {
        fail(i)
    }
}

/// The numbers an appendix label may spell out ("Appendix One", as the
/// Liverpool City Region's template labels them), one to twelve.
const NUMBER_WORDS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// The value of a spelled-out number one to twelve written as a label
/// is: a capital first and the rest in lower case (`Two`), or all in
/// capitals (`TWO`).
pub(crate) fn number_word_value(s: &str) -> Option<usize> {
    let capitalised = s.starts_with(|c: char| c.is_ascii_uppercase())
        && (s[1..].bytes().all(|b| b.is_ascii_lowercase())
            || s[1..].bytes().all(|b| b.is_ascii_uppercase()));
    if !capitalised {
        return None;
    }
    NUMBER_WORDS
        .iter()
        .position(|w| w.eq_ignore_ascii_case(s))
        .map(|p| p + 1)
}

/// `word_label = "One" | "Two" | ... | "Twelve"` (a capital first, or
/// all capitals).
pub(super) fn word_label(i: &str) -> Res<'_, Label<'_>> {
    let n = i.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (w, rest) = i.split_at(n);
    if number_word_value(w).is_some() && label_end(rest) {
        Ok((rest, Label::plain(w)))
    } else {
        fail(i)
    }
}

/// An appendix label as the paper keeps it: upper-cased (`b` → `B`), a
/// spelled-out number as its digits (`One` → `1`), so that "Appendix One"
/// and "Appendix 1" are one appendix.
pub(super) fn appendix_target(label: &str) -> String {
    match number_word_value(label) {
        Some(n) => n.to_string(),
        None => label.to_ascii_uppercase(),
    }
}

/// `appendix_label = paren_label | word_label | roman_label | capital_label | number_label`
pub(super) fn appendix_label(i: &str) -> Res<'_, Label<'_>> {
    alt((
        paren_label,
        word_label,
        roman_label,
        capital_label,
        number_label,
    ))
    .parse(i)
}

/// `appendix_item = appendix_label [range_sep appendix_label]`; a range's
/// ends must be of one kind (numbers, letters or roman numerals).
pub(super) fn appendix_item(i: &str) -> Res<'_, Item<'_>> {
    let (rest, first) = appendix_label(i)?;
    let range = verify(preceded(range_sep, appendix_label), |last: &Label| {
        sequence(first.text, last.text).is_some()
    })
    .parse(rest);
    match range {
        Ok((rest, last)) => Ok((
            rest,
            Item {
                first,
                last: Some(last),
            },
        )),
        Err(nom::Err::Error(_)) => Ok((rest, Item { first, last: None })),
        Err(e) => Err(e),
    }
}

/// An `appendix_item` after the first of a list: a bare `A` or `I` before a
/// lower-case word is English ("and I think"), not a label.
pub(super) fn later_appendix_item(i: &str) -> Res<'_, Item<'_>> {
    let (rest, item) = appendix_item(i)?;
    let b = rest.as_bytes();
    let english = item.last.is_none()
        && matches!(item.first.outer, "A" | "I")
        && b.len() >= 2
        && b[0] == b' '
        && b[1].is_ascii_lowercase();
    if english {
        fail(i)
    } else {
        Ok((rest, item))
    }
}

/// `paren_rec_label = "(" (digit{1,3} | roman | letter) ")"`
pub(super) fn paren_rec_label(i: &str) -> Res<'_, Label<'_>> {
    let (rest, (_, text, _)) = (
        char('('),
        alt((
            verify(
                take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
                |s: &str| !s.starts_with('0'),
            ),
            verify(
                take_while_m_n(1, 4, |c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X')),
                |s: &str| roman_value(s).is_some(),
            ),
            recognize(satisfy(|c| c.is_ascii_alphabetic())),
        )),
        char(')'),
    )
        .parse(i)?;
    let outer = &i[..i.len() - rest.len()];
    Ok((rest, Label { text, outer }))
}

/// `rec_label = paren_rec_label | para_number`
pub(super) fn rec_label(i: &str) -> Res<'_, Label<'_>> {
    alt((paren_rec_label, |i| {
        para_number(i).map(|(r, n)| (r, Label::plain(n)))
    }))
    .parse(i)
}

/// `rec_item = rec_label [range_sep rec_label]`
pub(super) fn rec_item(i: &str) -> Res<'_, Item<'_>> {
    let (rest, (first, last)) = (rec_label, opt(preceded(range_sep, rec_label))).parse(i)?;
    Ok((rest, Item { first, last }))
}

/// `within_tail = gap ("of" | "to" | "within" | "in") gap ["the" gap] appendix_cue gap appendix_label`;
/// gives the appendix cue and label.
pub(super) fn within_tail(i: &str) -> Res<'_, (&str, Label<'_>)> {
    let (i, _) = container_lead(i)?;
    let (rest, (cue, _, label)) = (appendix_cue, gap, appendix_label).parse(i)?;
    Ok((rest, (cue, label)))
}

/// `part_tail = gap ("of" | "to" | "within" | "in") gap ["the" gap] (appendix_cue | annex_cue) gap appendix_label`;
/// gives the cue and label of the appendix or annex a paragraph is in.
pub(super) fn part_tail(i: &str) -> Res<'_, (&str, Label<'_>)> {
    let (i, _) = container_lead(i)?;
    let (rest, (cue, _, label)) = (alt((appendix_cue, annex_cue)), gap, appendix_label).parse(i)?;
    Ok((rest, (cue, label)))
}

/// `gap ("of" | "to" | "within" | "in") gap ["the" gap]`, the lead of
/// `within_tail` and `part_tail`.
pub(super) fn container_lead(i: &str) -> Res<'_, &str> {
    recognize((
        gap,
        alt((word("of"), word("to"), word("within"), word("in"))),
        gap,
        opt((word("the"), gap)),
    ))
    .parse(i)
}

/// The `[gap] "," [gap]` that leads a `paragraph_tail`.
pub(super) fn paragraph_tail_lead(i: &str) -> Res<'_, &str> {
    recognize((opt(gap), char(','), opt(gap))).parse(i)
}

/// The kind a container cue names: `Annex` for `annex…`, else `Appendix`.
pub(super) fn container_kind(cue: &str) -> ReferenceKind {
    if cue
        .as_bytes()
        .get(1)
        .is_some_and(|b| b.eq_ignore_ascii_case(&b'n'))
    {
        ReferenceKind::Annex
    } else {
        ReferenceKind::Appendix
    }
}

/// `annex_tail = ([gap] ("," | "-" | "–" | "—" | ":") [gap] | gap) annex_cue gap appendix_item`;
/// the list that may follow is read by the caller.
pub(super) fn annex_tail(i: &str) -> Res<'_, (&str, Item<'_>)> {
    let (i, _) = alt((recognize((opt(gap), one_of(",-–—:"), opt(gap))), gap)).parse(i)?;
    let (rest, (cue, _, item)) = (annex_cue, gap, appendix_item).parse(i)?;
    Ok((rest, (cue, item)))
}

/// `cue gap item`, the start of every phrase but `also_refer_phrase`. A gap
/// that breaks the line may not lead to a table row or a numbered line
/// (`Headline recommendations<TAB>\n1.1<TAB>Ensure...`, `Recommendations\n2.
/// That ...`): the number there is the row's own. Where `in_prose` says
/// (asked only then) that the cue ends a line of running text ("…set out
/// in full in Appendix" / "A. The tender evaluation report…"), the label
/// on the next line is the cue's, whatever follows it; a tab still makes
/// a row.
pub(super) fn head<'a>(
    cue: fn(&'a str) -> Res<'a, &'a str>,
    item: fn(&'a str) -> Res<'a, Item<'a>>,
    s: &'a str,
    in_prose: impl FnOnce() -> bool,
) -> Option<(&'a str, (&'a str, Item<'a>))> {
    let (rest, (cue, g, first)) = (cue, gap, item).parse(s).ok()?;
    if g.contains('\n') {
        let label_end =
            first.first.outer.as_ptr() as usize - s.as_ptr() as usize + first.first.outer.len();
        let after = &s.as_bytes()[label_end..];
        let tabbed = after.first() == Some(&b'\t')
            || (after.len() >= 2 && matches!(after[0], b'.' | b')') && after[1] == b'\t');
        if g.contains('\t') || tabbed {
            return None;
        }
        let row = (after.len() >= 2 && after[0] == b' ' && after[1].is_ascii_uppercase())
            || (after.len() >= 2
                && matches!(after[0], b'.' | b')')
                && matches!(after[1], b' ' | b'\t'));
        if row && !in_prose() {
            return None;
        }
    }
    Some((rest, (cue, first)))
}
