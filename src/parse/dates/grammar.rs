//! The productions: one nom function per shape of date.

use crate::document::DateValue;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::{char, one_of, satisfy};
use nom::combinator::{consumed, not, opt, peek, verify};
use nom::error::{Error, ErrorKind};
use nom::Parser;

use super::*;

pub(super) fn failure<T>(input: &str) -> Res<'_, T> {
    Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)))
}

pub(super) fn value(year: Option<i32>, month: u8, day: Option<u8>) -> DateValue {
    DateValue {
        year,
        month,
        day,
        end_month: None,
    }
}

/// `iso_date | dotted_date | slashed_date | dashed_date | hyphenated_date | day_first_date`
pub(super) fn digit_led_date(input: &str) -> Res<'_, DateValue> {
    alt((
        iso_date,
        dotted_date,
        slashed_date,
        dashed_date,
        hyphenated_date,
        day_first_date,
    ))
    .parse(input)
}

/// `month_first_date | month_year_date`
pub(super) fn month_led_date(input: &str) -> Res<'_, DateValue> {
    alt((month_first_date, month_year_date)).parse(input)
}

/// `yyyy "-" two_digits "-" two_digits number_end`: `2025-02-24` (ISO 8601),
/// only when the date exists.
pub(super) fn iso_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (year, _, month, _, day)) = (
        |i| digits_exactly(4, i),
        char('-'),
        two_digits,
        char('-'),
        two_digits,
    )
        .parse(input)?;
    let (rest, ()) = number_end(rest)?;
    day_month_year(input, rest, day, month, number(year) as i32, true)
}

/// `two_digits "." two_digits "." numeric_year`: `17.09.03`, `30.09.2003`.
pub(super) fn dotted_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (day, _, month, _, (year, _))) =
        (two_digits, char('.'), two_digits, char('.'), numeric_year).parse(input)?;
    day_month_year(input, rest, day, month, year, false)
}

/// `day_digits "." day_digits "." numeric_year`: `15.5.24`, `8.07.2024`,
/// only when the date exists. The scanner tries it only after a date lead
/// ([`after_date_lead`]): elsewhere `6.1.12` is a paragraph number.
pub(super) fn short_dotted_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (day, _, month, _, (year, _))) =
        (day_digits, char('.'), day_digits, char('.'), numeric_year).parse(input)?;
    day_month_year(input, rest, day, month, year, true)
}

/// `day_digits "/" day_digits "/" numeric_year`: `01/03/2024`, `1/3/24`.
pub(super) fn slashed_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (day, _, month, _, (year, short))) =
        (day_digits, char('/'), day_digits, char('/'), numeric_year).parse(input)?;
    day_month_year(input, rest, day, month, year, short)
}

/// `day_digits "-" day_digits "-" yyyy`: `1-3-2024`, only when the date exists.
pub(super) fn dashed_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (day, _, month, _, year)) =
        (day_digits, char('-'), day_digits, char('-'), yyyy).parse(input)?;
    day_month_year(input, rest, day, month, year, true)
}

/// A figures-only date: day 1..=31 and month 1..=12, or no date at all;
/// `must_exist` also rejects impossible days (for the less certain shapes).
pub(super) fn day_month_year<'a>(
    input: &'a str,
    rest: &'a str,
    day: u32,
    month: u32,
    year: i32,
    must_exist: bool,
) -> Res<'a, DateValue> {
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return failure(input);
    }
    let v = value(Some(year), month as u8, Some(day as u8));
    if must_exist && !v.is_valid() {
        return failure(input);
    }
    Ok((rest, v))
}

/// `day "-" month_name "-" numeric_year`: `1-Mar-24`.
pub(super) fn hyphenated_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (day, _, month, _, (year, _))) =
        (day, char('-'), month_name, char('-'), numeric_year).parse(input)?;
    Ok((rest, value(Some(year), month, Some(day))))
}

/// `day [ ordinal [ ws "of" ] ] ws month_name [ year_tail ]`:
/// `3<sup>RD</sup> FEBRUARY 2005`, `24 January 2005`, `17th September`.
pub(super) fn day_first_date(input: &str) -> Res<'_, DateValue> {
    let (rest, day) = day(input)?;
    let (rest, ordinal) = opt(ordinal).parse(rest)?;
    let rest = match ordinal {
        Some(()) => opt((ws, literal("of"), peek(ws))).parse(rest)?.0,
        None => rest,
    };
    let (rest, _) = ws(rest)?;
    let (rest, (name, month)) = consumed(month_name).parse(rest)?;
    let (rest, year) = opt(year_tail).parse(rest)?;
    // `option 2 may be`: a bare day needs an ordinal, a year or a capital.
    if year.is_none() && ordinal.is_none() && !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return failure(input);
    }
    Ok((rest, value(year, month, Some(day))))
}

/// `month_name ws day ( ordinal [ year_tail ] | year_tail )`:
/// `March 1, 2024`, `March 1st 2024`, `March 1st`.
pub(super) fn month_first_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (month, _, day)) = (month_name, ws, day).parse(input)?;
    let (rest, year) = match ordinal(rest) {
        Ok((rest, ())) => opt(year_tail).parse(rest)?,
        Err(_) => year_tail.map(Some).parse(rest)?,
    };
    Ok((rest, value(year, month, Some(day))))
}

/// `month_range year_tail`: `February 2004`, `Oct '03`, `Jan / Feb '04`.
pub(super) fn month_year_date(input: &str) -> Res<'_, DateValue> {
    let (rest, ((month, end_month), year)) = (month_range, year_tail).parse(input)?;
    Ok((
        rest,
        DateValue {
            year: Some(year),
            month,
            day: None,
            end_month,
        },
    ))
}

/// `month_name [ [ ws ] range_sep [ ws ] month_name ]`, the last month after
/// the first (`Dec/Jan` would cross a year).
pub(super) fn month_range(input: &str) -> Res<'_, (u8, Option<u8>)> {
    let (rest, first) = month_name(input)?;
    let (rest, last) = opt(verify(
        (opt(ws), range_sep, opt(ws), month_name).map(|(_, _, _, m)| m),
        |&last| last > first,
    ))
    .parse(rest)?;
    Ok((rest, (first, last)))
}

/// `"/" | "-" | "–" | "—" | "to"`
pub(super) fn range_sep(input: &str) -> Res<'_, &str> {
    alt((
        tag("/"),
        tag("-"),
        tag("–"),
        tag("—"),
        (literal("to"), peek(ws)).map(|(to, _)| to),
    ))
    .parse(input)
}

/// `[ ws ] apostrophe yy | [ "," ] ws ( yyyy | bare_yy )`: ` '03`, `’03`,
/// ` 2005`, `, 2024`, ` 03`.
pub(super) fn year_tail(input: &str) -> Res<'_, i32> {
    alt((
        (opt(ws), apostrophe, yy).map(|(_, _, y)| y),
        (opt(char(',')), ws, alt((yyyy, bare_yy))).map(|(_, _, y)| y),
    ))
    .parse(input)
}

/// `[ "," ] [ ws ] line_break [ indent ] yyyy`, not then a tab or `|`: the
/// year of a day and month that close a line, wrapped onto the start of the
/// next line of the paragraph ("18 September" / "2025."). A line that opens
/// with a year and then a cell break is a table row, not a wrap.
pub(super) fn wrapped_year(input: &str) -> Res<'_, i32> {
    let (rest, (_, _, _, _, year)) = (
        opt(char(',')),
        opt(ws),
        alt((tag("\r\n"), tag("\n"))),
        opt(take_while1(|c| matches!(c, ' ' | '\t' | '\u{a0}'))),
        yyyy,
    )
        .parse(input)?;
    if rest.starts_with(['\t', '|']) {
        return failure(input);
    }
    Ok((rest, year))
}

/// `day [ ordinal ] [ ws ] line_break [ indent ] month_name year_tail`: a
/// day that closes a line with its month and year opening the next
/// ("Wednesday 28" / "January 2026"). The year is required; the caller
/// checks that a weekday or a word that leads a date comes before the day.
pub(super) fn wrapped_day_first_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (day, _, _, _, _, month, year)) = (
        day,
        opt(ordinal),
        opt(ws),
        alt((tag("\r\n"), tag("\n"))),
        opt(take_while1(|c| matches!(c, ' ' | '\t' | '\u{a0}'))),
        month_name,
        year_tail,
    )
        .parse(input)?;
    Ok((rest, value(Some(year), month, Some(day))))
}

/// `day ordinal [ ws ] line_break [ indent ] month_name year_tail`: a day
/// written as an ordinal that closes a line, with its month and year
/// opening the next ("until 31st" / "June 2027"). The ordinal makes the
/// number a day; the caller checks that the month stands in the day's
/// column (see `scan::month_in_days_column`).
pub(super) fn wrapped_ordinal_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (day, _, _, _, _, month, year)) = (
        day,
        ordinal,
        opt(ws),
        alt((tag("\r\n"), tag("\n"))),
        opt(take_while1(|c| c == ' ' || c == '\u{a0}')),
        month_name,
        year_tail,
    )
        .parse(input)?;
    Ok((rest, value(Some(year), month, Some(day))))
}

/// `yyyy | yy`, and whether the year was written short.
pub(super) fn numeric_year(input: &str) -> Res<'_, (i32, bool)> {
    alt((yyyy.map(|y| (y, false)), yy.map(|y| (y, true)))).parse(input)
}

/// `digit{4} number_end`, a year 1800..=2199.
pub(super) fn yyyy(input: &str) -> Res<'_, i32> {
    let (rest, digits) = digits_exactly(4, input)?;
    let (rest, ()) = number_end(rest)?;
    let year = number(digits) as i32;
    if !(1800..=2199).contains(&year) {
        return failure(input);
    }
    Ok((rest, year))
}

/// `digit{2} number_end`: 00–49 are 2000s, 50–99 are 1900s.
pub(super) fn yy(input: &str) -> Res<'_, i32> {
    let (rest, digits) = digits_exactly(2, input)?;
    let (rest, ()) = number_end(rest)?;
    let n = number(digits) as i32;
    Ok((rest, if n < 50 { 2000 + n } else { 1900 + n }))
}

/// `yy` without an apostrophe: `October 03`. Only a leading zero, or a
/// number that cannot be a day (32..=99) closing a cell or line, counts:
/// `March 12` may be a day and `May 45 replies` a count.
pub(super) fn bare_yy(input: &str) -> Res<'_, i32> {
    let (rest, year) = yy(input)?;
    let leading_zero = input.starts_with('0');
    let closes =
        rest.is_empty() || rest.starts_with(['\r', '\n', '\t', '<', '|', ')', ',', ';', '.', '*']);
    if leading_zero || (year % 100 >= 32 && closes) {
        Ok((rest, year))
    } else {
        failure(input)
    }
}

/// `"'" | "’" | "‘" | "`"`
pub(super) fn apostrophe(input: &str) -> Res<'_, char> {
    one_of("'’‘`").parse(input)
}

/// `day_digits` with a value 1..=31.
pub(super) fn day(input: &str) -> Res<'_, u8> {
    let (rest, n) = verify(day_digits, |n| (1..=31).contains(n)).parse(input)?;
    Ok((rest, n as u8))
}

/// `digit [ digit ]`, not followed by a digit.
pub(super) fn day_digits(input: &str) -> Res<'_, u32> {
    let (rest, digits) = verify(digits, |d: &str| d.len() <= 2).parse(input)?;
    Ok((rest, number(digits)))
}

/// `digit digit`, not followed by a digit.
pub(super) fn two_digits(input: &str) -> Res<'_, u32> {
    let (rest, digits) = digits_exactly(2, input)?;
    Ok((rest, number(digits)))
}

/// A run of ASCII digits (byte-wise: nom's `take_while` decodes chars).
pub(super) fn digits(input: &str) -> Res<'_, &str> {
    let len = input.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 {
        return failure(input);
    }
    // ASCII digits end on a char boundary.
    Ok((&input[len..], &input[..len]))
}

/// A run of exactly `len` digits.
pub(super) fn digits_exactly(len: usize, input: &str) -> Res<'_, &str> {
    verify(digits, |d: &str| d.len() == len).parse(input)
}

/// An ASCII literal in any case. (nom's `tag_no_case` folds Unicode case
/// char by char; these literals are ASCII and this runs at every number.)
pub(super) fn literal<'a>(lit: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |input: &'a str| match input.as_bytes().get(..lit.len()) {
        // Matched bytes are ASCII, so `lit.len()` is a char boundary.
        Some(head) if head.eq_ignore_ascii_case(lit.as_bytes()) => {
            Ok((&input[lit.len()..], &input[..lit.len()]))
        }
        _ => failure(input),
    }
}

/// The value of a short run of ASCII digits.
pub(super) fn number(digits: &str) -> u32 {
    digits
        .bytes()
        .fold(0, |n, b| n * 10 + u32::from(b.wrapping_sub(b'0')))
}

/// `suffix word_end | "<sup>" suffix "</sup>" | "^" suffix "^"` (the last
/// Pandoc's superscript: `20^th^`)
pub(super) fn ordinal(input: &str) -> Res<'_, ()> {
    alt((
        (suffix, word_end).map(|_| ()),
        (literal("<sup>"), suffix, literal("</sup>")).map(|_| ()),
        (literal("^"), suffix, literal("^")).map(|_| ()),
    ))
    .parse(input)
}

/// `"st" | "nd" | "rd" | "th"` (not checked against the number: `2th` is a typo
/// of a date, still a date).
pub(super) fn suffix(input: &str) -> Res<'_, &str> {
    alt((literal("st"), literal("nd"), literal("rd"), literal("th"))).parse(input)
}

/// English month names: grammar, not a council's words.
pub(super) const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The months' Welsh names, which Welsh councils use in dates ("24
/// Tachwedd 2025", "9 Rhagfyr / December 2025"). Read only in full: their
/// first letters begin everyday English words ("Gordon", "hydro", "main").
pub(super) const WELSH_MONTH_NAMES: [&str; 12] = [
    "ionawr",
    "chwefror",
    "mawrth",
    "ebrill",
    "mai",
    "mehefin",
    "gorffennaf",
    "awst",
    "medi",
    "hydref",
    "tachwedd",
    "rhagfyr",
];

/// The month (0-based) whose Welsh name is the whole word at the start of
/// `bytes`, and the name's length.
fn welsh_month(bytes: &[u8]) -> Option<(usize, usize)> {
    // Most words that reach here start with no month's letter: one test.
    let first = bytes.first()?.to_ascii_lowercase();
    if !matches!(
        first,
        b'a' | b'c' | b'e' | b'g' | b'h' | b'i' | b'm' | b'r' | b't'
    ) {
        return None;
    }
    WELSH_MONTH_NAMES.iter().enumerate().find_map(|(i, name)| {
        let n = name.len();
        (name.as_bytes()[0] == first
            && bytes.len() >= n
            && bytes[..n].eq_ignore_ascii_case(name.as_bytes())
            && !bytes.get(n).is_some_and(|b| b.is_ascii_alphanumeric()))
        .then_some((i, n))
    })
}

/// `( full_name | abbreviation [ "." ] ) word_end`, the month's number.
///
/// Abbreviations are the first three letters, and `Sept`. Hand-written over
/// bytes rather than an `alt` of 25 tags: it runs at every word starting with
/// one of `jfmasond`.
pub(super) fn month_name(input: &str) -> Res<'_, u8> {
    let bytes = input.as_bytes();
    if bytes.len() < 3 {
        return failure(input);
    }
    let Some(index) = english_month_index(bytes) else {
        let Some((index, len)) = welsh_month(bytes) else {
            return failure(input);
        };
        return Ok((&input[len..], index as u8 + 1));
    };
    let full = MONTH_NAMES[index];
    let starts_with = |word: &str| {
        bytes.len() >= word.len() && bytes[..word.len()].eq_ignore_ascii_case(word.as_bytes())
    };
    let len = if starts_with(full) {
        full.len()
    } else if index == 8 && starts_with("sept") {
        4
    } else {
        3
    };
    // Every byte so far is ASCII, so `len` (and `len + 1` after a dot) is a
    // char boundary.
    let mut rest = &input[len..];
    if len < full.len() {
        rest = rest.strip_prefix('.').unwrap_or(rest);
    }
    let (rest, ()) = word_end(rest)?;
    Ok((rest, index as u8 + 1))
}

/// Whether `word` is a month's name or an abbreviation the date grammar
/// reads (`March`, `mar`, `Sept`), in any case.
pub(crate) fn is_month_word(word: &str) -> bool {
    let Some(i) = month_index(word.as_bytes()) else {
        return false;
    };
    word.len() == 3
        || word.eq_ignore_ascii_case(MONTH_NAMES[i])
        || word.eq_ignore_ascii_case(WELSH_MONTH_NAMES[i])
        || (i == 8 && word.eq_ignore_ascii_case("sept"))
}

/// Which month (0-based) the first three letters of `bytes` name, or the
/// whole Welsh name that starts it.
pub(super) fn month_index(bytes: &[u8]) -> Option<usize> {
    english_month_index(bytes).or_else(|| welsh_month(bytes).map(|(i, _)| i))
}

/// Which month (0-based) the first three letters of `bytes` name in English.
fn english_month_index(bytes: &[u8]) -> Option<usize> {
    let key = [
        bytes.first()?.to_ascii_lowercase(),
        bytes.get(1)?.to_ascii_lowercase(),
        bytes.get(2)?.to_ascii_lowercase(),
    ];
    Some(match &key {
        b"jan" => 0,
        b"feb" => 1,
        b"mar" => 2,
        b"apr" => 3,
        b"may" => 4,
        b"jun" => 5,
        b"jul" => 6,
        b"aug" => 7,
        b"sep" => 8,
        b"oct" => 9,
        b"nov" => 10,
        b"dec" => 11,
        _ => return None,
    })
}

/// `ws`: one or more spaces or no-break spaces.
pub(super) fn ws(input: &str) -> Res<'_, &str> {
    take_while1(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')).parse(input)
}

/// End of input, or a character that is not a letter or digit.
pub(super) fn word_end(input: &str) -> Res<'_, ()> {
    not(satisfy(char::is_alphanumeric)).parse(input)
}

/// `word_end`, and not a number going on: `.`, `,`, `/`, `:` or `-` then a
/// digit (`2003/04`, `17.09.03.1`).
pub(super) fn number_end(input: &str) -> Res<'_, ()> {
    let (rest, ()) = word_end(input)?;
    not((one_of(".,/:-"), satisfy(|c| c.is_ascii_digit()))).parse(rest)
}
