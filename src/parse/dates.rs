//! UK date wording: every date a committee paper mentions.
//!
//! Papers write dates day first, in words or figures, often with the ordinal
//! suffix in HTML superscript (`3<sup>RD</sup> FEBRUARY 2005`), and action
//! plans give target months as `Oct '03` or `Jan / Feb '04`. This module is a
//! nom grammar for those forms, plus a linear scanner ([`find_dates`]) that
//! tries the grammar only where a date can begin.
//!
//! # Grammar
//!
//! Letters match in any case. `ws` is one or more spaces or no-break spaces —
//! never a tab or a line break, which separate table cells and lines, so a
//! date never spans two cells. Each production is the function of that name.
//!
//! ```text
//! date             = digit_led_date | month_led_date ;
//! digit_led_date   = dotted_date | slashed_date | dashed_date
//!                  | hyphenated_date | day_first_date ;
//! month_led_date   = month_first_date | month_year_date ;
//!
//! dotted_date      = two_digits "." two_digits "." numeric_year ;     17.09.03, 30.09.2003
//! short_dotted     = day_digits "." day_digits "." numeric_year ;     15.5.24 (after a date lead only)
//! slashed_date     = day_digits "/" day_digits "/" numeric_year ;     01/03/2024, 1/3/24
//! dashed_date      = day_digits "-" day_digits "-" yyyy ;             1-3-2024
//! hyphenated_date  = day "-" month_name "-" numeric_year ;            1-Mar-24
//! day_first_date   = day [ ordinal [ ws "of" ] ] ws month_name [ year_tail ] ;
//! month_first_date = month_name ws day ( ordinal [ year_tail ] | year_tail ) ;
//! month_year_date  = month_range year_tail ;                          Oct-Dec '03
//! month_range      = month_name [ [ ws ] range_sep [ ws ] month_name ] ;
//! range_sep        = "/" | "-" | "–" | "—" | "to" ;
//!
//! year_tail        = [ ws ] apostrophe yy | [ "," ] ws ( yyyy | bare_yy ) ;
//! numeric_year     = yyyy | yy ;
//! yyyy             = digit{4} number_end ;                            1800..=2199
//! yy               = digit{2} number_end ;                            00–49: 20yy, 50–99: 19yy
//! bare_yy          = yy ;        only "0d", or 32..=99 before the end of a cell or line
//! apostrophe       = "'" | "’" | "‘" | "`" ;
//! day              = day_digits ;                                     1..=31
//! day_digits       = digit [ digit ] (* not followed by a digit *) ;
//! two_digits       = digit digit (* not followed by a digit *) ;
//! ordinal          = suffix word_end | "<sup>" suffix "</sup>" ;
//! suffix           = "st" | "nd" | "rd" | "th" ;
//! month_name       = ( full_name | abbreviation [ "." ] ) word_end ;  Sept, Sep., SEPTEMBER
//! word_end         = (* end of input, or a character that is not a letter or digit *) ;
//! number_end       = word_end (* and not ".", ",", "/", ":" or "-" then a digit *) ;
//! ```
//!
//! Side conditions the grammar alone does not show:
//!
//! - A month number must be 1..=12 and a day 1..=31, or the text is not a
//!   date. Within that, impossible days (`31 February 2024`, `30.02.03`) are
//!   still dates — [`DateValue::is_valid`] is false, so a rule can flag them —
//!   except in the shapes that are only dates when they make sense
//!   (`1/3/24` with a two-digit year, `1-3-2024`).
//! - A day with neither year nor ordinal (`12 May`) needs a capitalised month,
//!   so "option 2 may be" is no date.
//! - A bare two-digit year is ambiguous with a day (`March 12`) or a count
//!   (`in May 45 replies`): only a leading zero (`October 03`) or 32..=99 at
//!   the end of a cell or line counts. `'03` is always a year.
//!
//! [`find_dates`] adds what needs context the productions cannot see: a date
//! starts at a word boundary and not inside a number (`1.12 May`,
//! `ref-01/02/2003`); a number right after a cue word (`paragraph 10.11.12`,
//! `Item 12 May`) is a reference, not a date; a `short_dotted` date
//! (`15.5.24`, shaped like a three-level paragraph number) is one only
//! right after a word that leads a date ("on 15.5.24", "dated", "Date:");
//! and a day without a year takes the year of the next date in "13th May
//! and 27th May 2003".
//!
//! A day and month without a year that close a line take a four-figure
//! year opening the next line (`wrapped_year`: "…Accountancy Manager, 18
//! September" / "2025."), so a date wrapped in the middle is one date whose
//! span covers the line break. This is the one place a date crosses a line
//! break; a year followed by a tab or `|` (a table row) is not taken.
//!
//! Bare years (`2001`, `2001/2002`) and seasons (`Summer 2001`) are not dates.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::{char, one_of, satisfy};
use nom::combinator::{consumed, not, opt, peek, verify};
use nom::error::{Error, ErrorKind};
use nom::{IResult, Parser};

use crate::document::{DateMention, DateValue, Span};

type Res<'a, T> = IResult<&'a str, T>;

/// Every date in `text`, in order. Spans are byte offsets into `text` plus `base`.
pub fn find_dates(text: &str, base: usize) -> Vec<DateMention> {
    dates_from(text, base, date_starts(text.as_bytes()))
}

/// The dates found by trying the grammar at `starts` (in order).
fn dates_from(text: &str, base: usize, starts: Vec<usize>) -> Vec<DateMention> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut out = Vec::new();
    let mut i = 0;
    for start in starts {
        if start < i {
            continue;
        }
        i = start + 1;
        let candidate = if bytes[start].is_ascii_digit() {
            digit_date_may_start(bytes, start)
        } else {
            month_index(&bytes[start..]).is_some()
        };
        if !candidate || !boundary_before(text, start) {
            continue;
        }
        let parsed = date(&text[start..]).or_else(|e| {
            if after_date_lead(&text[..start]) {
                short_dotted_date(&text[start..])
            } else {
                Err(e)
            }
        });
        if let Ok((rest, mut value)) = parsed {
            let mut end = n - rest.len();
            // "… Accountancy Manager, 18 September" / "2025.": the year
            // wrapped onto the next line.
            if value.day.is_some() && value.year.is_none() {
                if let Ok((rest, year)) = wrapped_year(rest) {
                    value.year = Some(year);
                    end = n - rest.len();
                }
            }
            if accept_in_context(text, start, end) {
                out.push(DateMention {
                    span: Span::new(base + start, base + end),
                    value,
                });
                i = end;
            }
        }
    }
    inherit_years(text, base, &mut out);
    out
}

/// A nom production: one date at the very start of `input` (no leading junk).
pub fn date(input: &str) -> IResult<&str, DateValue> {
    if input.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        digit_led_date(input)
    } else {
        month_led_date(input)
    }
}

/// Parse a whole string as exactly one date (surrounding whitespace/markup
/// such as `**` allowed), e.g. a table cell or a field value
/// `3<sup>RD</sup> FEBRUARY 2005`.
pub fn parse_date_text(s: &str) -> Option<DateValue> {
    let inner = strip_markup(s);
    let (rest, value) = date(inner).ok()?;
    strip_markup(rest)
        .trim_end_matches(['.', ','])
        .is_empty()
        .then_some(value)
}

// ---------------------------------------------------------------------------
// Scanner

/// Where a date may start, in order: the start of an ASCII word that is a
/// number, or a month's name that a number follows as a date's day or year.
///
/// Numbers are found eight bytes at a time ([`for_each_digit`]). Every
/// date has a number, and in a month-led date (`March 3, 2024`,
/// `Jan / Feb '04`) only spaces, a comma, an apostrophe and a second month
/// stand between the first month and it: so months are looked for by
/// stepping back from the numbers, not by searching the whole text for
/// them. Extra starts are harmless (the
/// grammar rejects them); none a date could begin at is missed.
fn date_starts(bytes: &[u8]) -> Vec<usize> {
    let word_start = |i: usize| i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
    let mut starts: Vec<usize> = Vec::new();
    let mut month_led = false;
    for_each_digit(bytes, |i| {
        if !word_start(i) {
            return;
        }
        // `Jan / Feb '04`: the month nearest the number, then the one
        // before it across a range separator.
        let mut month = month_word_before(bytes, skip_back(bytes, i, DATE_GAP));
        for _ in 0..2 {
            let Some(m) = month.filter(|&m| word_start(m)) else {
                break;
            };
            starts.push(m);
            month_led = true;
            month = range_sep_before(bytes, skip_back(bytes, m, SPACES))
                .and_then(|at| month_word_before(bytes, skip_back(bytes, at, SPACES)));
        }
        starts.push(i);
    });
    if month_led {
        starts.sort_unstable();
        starts.dedup();
    }
    starts
}

/// Calls `f` with the offset of each ASCII digit in `bytes`, in order.
///
/// Eight bytes at a time: the digits among them are found with a few
/// word-wide operations (a byte below 128 that is above `/` and below `:`),
/// so a stretch of words costs one step per eight bytes.
fn for_each_digit(bytes: &[u8], mut f: impl FnMut(usize)) {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let mut words = bytes.chunks_exact(8);
    for (w, word) in words.by_ref().enumerate() {
        let x = u64::from_le_bytes(word.try_into().expect("eight bytes"));
        // Per byte b, with t = b & 0x7f: 185 - t has its top bit set when
        // t < 58, t + 80 when t > 47; `!x` keeps bytes below 128. No step
        // carries into the next byte.
        let low = x & (ONES * 0x7f);
        let mut digits = (ONES * 185 - low) & !x & (low + ONES * 80) & HIGH;
        while digits != 0 {
            f(w * 8 + digits.trailing_zeros() as usize / 8);
            digits &= digits - 1;
        }
    }
    let done = bytes.len() - words.remainder().len();
    for (k, b) in words.remainder().iter().enumerate() {
        if b.is_ascii_digit() {
            f(done + k);
        }
    }
}

/// What `ws` matches, as UTF-8.
const SPACES: &[&[u8]] = &[
    b" ",
    "\u{a0}".as_bytes(),
    "\u{202f}".as_bytes(),
    "\u{2009}".as_bytes(),
];

/// What may stand between a month and the number after it: `ws`, a
/// comma, an apostrophe.
const DATE_GAP: &[&[u8]] = &[
    b" ",
    "\u{a0}".as_bytes(),
    "\u{202f}".as_bytes(),
    "\u{2009}".as_bytes(),
    b",",
    b"'",
    "\u{2019}".as_bytes(),
    "\u{2018}".as_bytes(),
    b"`",
];

/// Where the run of `pieces` that ends at `end` starts.
fn skip_back(bytes: &[u8], mut end: usize, pieces: &[&[u8]]) -> usize {
    while let Some(p) = pieces.iter().find(|p| bytes[..end].ends_with(p)) {
        end -= p.len();
    }
    end
}

/// The start of the word ending at `end` (a trailing `.` allowed), if it
/// may be a month's name.
fn month_word_before(bytes: &[u8], end: usize) -> Option<usize> {
    let end = if bytes[..end].ends_with(b".") {
        end - 1
    } else {
        end
    };
    let start = bytes[..end]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    (end - start >= 3 && month_index(&bytes[start..end]).is_some()).then_some(start)
}

/// The start of the `range_sep` ending at `end`, if one does.
fn range_sep_before(bytes: &[u8], end: usize) -> Option<usize> {
    let before = &bytes[..end];
    for sep in [
        &b"/"[..],
        b"-",
        "\u{2013}".as_bytes(),
        "\u{2014}".as_bytes(),
    ] {
        if before.ends_with(sep) {
            return Some(end - sep.len());
        }
    }
    (end >= 2 && before[end - 2..].eq_ignore_ascii_case(b"to")).then(|| end - 2)
}

/// Whether a date may start at the digit `bytes[start]`, judged from the
/// bytes after it: the day (or day-month figure) has one or two digits,
/// and what follows is what one of the digit-led shapes needs next. Most
/// numbers in a paper ("1.1", "12 members", "£1,000") fail here, before
/// the grammar is tried.
fn digit_date_may_start(bytes: &[u8], start: usize) -> bool {
    let ndigits = bytes[start..]
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if ndigits > 2 {
        return false;
    }
    let after = start + ndigits;
    let at = |k: usize| bytes.get(after + k).copied().unwrap_or(0);
    match at(0) {
        // `17.09.03`: two digits, a dot, two digits, a dot; or, after a
        // date lead, `15.5.24`.
        b'.' => {
            at(1).is_ascii_digit()
                && (at(2) == b'.' && at(3).is_ascii_digit()
                    || at(2).is_ascii_digit() && at(3) == b'.' && at(4).is_ascii_digit())
        }
        // `1/3/24`; `1-3-2024`, `1-Mar-24`.
        b'/' => at(1).is_ascii_digit(),
        b'-' => at(1).is_ascii_alphanumeric(),
        // An ordinal: `3rd`, `3<sup>rd</sup>`.
        b's' | b'S' | b'n' | b'N' | b'r' | b'R' | b't' | b'T' | b'<' => true,
        // Spaces (or no-break or thin ones) and a month's first three letters.
        b' ' | 0xC2 | 0xE2 => {
            let name = bytes[after..]
                .iter()
                .position(|&b| b != b' ' && b < 0x80)
                .map(|gap| after + gap)
                .filter(|&n| bytes[n].is_ascii_alphabetic());
            name.is_some_and(|n| month_index(&bytes[n..]).is_some())
        }
        _ => false,
    }
}

/// Whether a date may start at `i` (an ASCII byte): not inside a word, and a
/// day not straight after a number's `.`, `,`, `/` or `:` (`1.12 May`).
fn boundary_before(text: &str, i: usize) -> bool {
    let mut before = text[..i].chars().rev();
    let Some(prev) = before.next() else {
        return true;
    };
    if prev.is_alphanumeric() {
        return false;
    }
    if text.as_bytes()[i].is_ascii_digit() && matches!(prev, '.' | ',' | '/' | ':') {
        return !before.next().is_some_and(|c| c.is_ascii_digit());
    }
    true
}

/// Checks on a parsed date `text[start..end]` that need the text before it.
fn accept_in_context(text: &str, start: usize, end: usize) -> bool {
    if !text.as_bytes()[start].is_ascii_digit() {
        return true;
    }
    let mut before = text[..start].chars().rev();
    // All-figure dates are not part of a longer code: `ref-01/02/2003`.
    if !text[start..end].bytes().any(|b| b.is_ascii_alphabetic()) {
        if let Some('.' | ',' | '/' | ':' | '-') = before.next() {
            if before.next().is_some_and(char::is_alphanumeric) {
                return false;
            }
        }
    }
    !after_cue_word(&text[..start])
}

/// Words after which figures are a date: "on 15.5.24", "dated 1.6.24",
/// "Date: 3.4.25".
const DATE_LEADS: &[&str] = &[
    "on", "dated", "date", "signed", "approved", "agreed", "cleared",
];

/// Whether `before` ends with a date lead and a space, or a date lead and a
/// colon ("Date: "), so that figures after it are a date.
fn after_date_lead(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\u{a0}', '\t']);
    if trimmed.len() == before.len() {
        return false;
    }
    let trimmed = trimmed.strip_suffix(':').unwrap_or(trimmed);
    let word_start = trimmed
        .bytes()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    let word = &trimmed[word_start..];
    !word.is_empty() && DATE_LEADS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words after which a number is a reference, not a day: `paragraph 10.11.12`.
const CUE_WORDS: &[&str] = &[
    "item",
    "items",
    "paragraph",
    "paragraphs",
    "para",
    "paras",
    "section",
    "sections",
    "clause",
    "appendix",
    "annex",
    "page",
    "pages",
    "table",
    "figure",
    "fig",
    "option",
    "options",
    "recommendation",
    "recommendations",
    "standard",
    "chapter",
    "part",
    "no",
    "number",
];

/// Whether `before` ends with a cue word and spaces (`Item 12 May`).
fn after_cue_word(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == before.len() {
        return false;
    }
    let trimmed = trimmed.strip_suffix('.').unwrap_or(trimmed);
    let word_start = trimmed
        .bytes()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    let word = &trimmed[word_start..];
    !word.is_empty() && CUE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// "13th May and 27th May 2003": the first day takes the second's year.
fn inherit_years(text: &str, base: usize, dates: &mut [DateMention]) {
    for i in (1..dates.len()).rev() {
        let (a, b) = (dates[i - 1], dates[i]);
        let (Some(a_day), None, Some(year)) = (a.value.day, a.value.year, b.value.year) else {
            continue;
        };
        let in_order = (a.value.month, a_day) <= (b.value.month, b.value.day.unwrap_or(31));
        let gap = &text[a.span.end - base..b.span.start - base];
        if in_order && is_connector(gap) {
            dates[i - 1].value.year = Some(year);
        }
    }
}

/// Whether `gap` joins two dates of one period: "and", "to", "–" …
fn is_connector(gap: &str) -> bool {
    let word = gap.trim_matches([' ', '\u{a0}']);
    [
        "and", "to", "&", "-", "–", "—", "until", "till", "or", "through",
    ]
    .iter()
    .any(|c| c.eq_ignore_ascii_case(word))
}

/// Strips surrounding white space, `*`/`_` emphasis and HTML tags.
fn strip_markup(s: &str) -> &str {
    let mut s = s;
    loop {
        let before = s.len();
        s = s.trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
        if s.starts_with('<') && s[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') {
            if let Some(close) = s.find('>') {
                s = &s[close + 1..];
            }
        }
        if s.ends_with('>') {
            if let Some(open) = s.rfind('<') {
                if s[open + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') {
                    s = &s[..open];
                }
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

// ---------------------------------------------------------------------------
// Productions

fn failure<T>(input: &str) -> Res<'_, T> {
    Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)))
}

fn value(year: Option<i32>, month: u8, day: Option<u8>) -> DateValue {
    DateValue {
        year,
        month,
        day,
        end_month: None,
    }
}

/// `dotted_date | slashed_date | dashed_date | hyphenated_date | day_first_date`
fn digit_led_date(input: &str) -> Res<'_, DateValue> {
    alt((
        dotted_date,
        slashed_date,
        dashed_date,
        hyphenated_date,
        day_first_date,
    ))
    .parse(input)
}

/// `month_first_date | month_year_date`
fn month_led_date(input: &str) -> Res<'_, DateValue> {
    alt((month_first_date, month_year_date)).parse(input)
}

/// `two_digits "." two_digits "." numeric_year`: `17.09.03`, `30.09.2003`.
fn dotted_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (day, _, month, _, (year, _))) =
        (two_digits, char('.'), two_digits, char('.'), numeric_year).parse(input)?;
    day_month_year(input, rest, day, month, year, false)
}

/// `day_digits "." day_digits "." numeric_year`: `15.5.24`, `8.07.2024`,
/// only when the date exists. The scanner tries it only after a date lead
/// ([`after_date_lead`]): elsewhere `6.1.12` is a paragraph number.
fn short_dotted_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (day, _, month, _, (year, _))) =
        (day_digits, char('.'), day_digits, char('.'), numeric_year).parse(input)?;
    day_month_year(input, rest, day, month, year, true)
}

/// `day_digits "/" day_digits "/" numeric_year`: `01/03/2024`, `1/3/24`.
fn slashed_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (day, _, month, _, (year, short))) =
        (day_digits, char('/'), day_digits, char('/'), numeric_year).parse(input)?;
    day_month_year(input, rest, day, month, year, short)
}

/// `day_digits "-" day_digits "-" yyyy`: `1-3-2024`, only when the date exists.
fn dashed_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (day, _, month, _, year)) =
        (day_digits, char('-'), day_digits, char('-'), yyyy).parse(input)?;
    day_month_year(input, rest, day, month, year, true)
}

/// A figures-only date: day 1..=31 and month 1..=12, or no date at all;
/// `must_exist` also rejects impossible days (for the less certain shapes).
fn day_month_year<'a>(
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
fn hyphenated_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (day, _, month, _, (year, _))) =
        (day, char('-'), month_name, char('-'), numeric_year).parse(input)?;
    Ok((rest, value(Some(year), month, Some(day))))
}

/// `day [ ordinal [ ws "of" ] ] ws month_name [ year_tail ]`:
/// `3<sup>RD</sup> FEBRUARY 2005`, `24 January 2005`, `17th September`.
fn day_first_date(input: &str) -> Res<'_, DateValue> {
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
fn month_first_date(input: &str) -> Res<'_, DateValue> {
    let (rest, (month, _, day)) = (month_name, ws, day).parse(input)?;
    let (rest, year) = match ordinal(rest) {
        Ok((rest, ())) => opt(year_tail).parse(rest)?,
        Err(_) => year_tail.map(Some).parse(rest)?,
    };
    Ok((rest, value(year, month, Some(day))))
}

/// `month_range year_tail`: `February 2004`, `Oct '03`, `Jan / Feb '04`.
fn month_year_date(input: &str) -> Res<'_, DateValue> {
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
fn month_range(input: &str) -> Res<'_, (u8, Option<u8>)> {
    let (rest, first) = month_name(input)?;
    let (rest, last) = opt(verify(
        (opt(ws), range_sep, opt(ws), month_name).map(|(_, _, _, m)| m),
        |&last| last > first,
    ))
    .parse(rest)?;
    Ok((rest, (first, last)))
}

/// `"/" | "-" | "–" | "—" | "to"`
fn range_sep(input: &str) -> Res<'_, &str> {
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
fn year_tail(input: &str) -> Res<'_, i32> {
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
fn wrapped_year(input: &str) -> Res<'_, i32> {
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

/// `yyyy | yy`, and whether the year was written short.
fn numeric_year(input: &str) -> Res<'_, (i32, bool)> {
    alt((yyyy.map(|y| (y, false)), yy.map(|y| (y, true)))).parse(input)
}

/// `digit{4} number_end`, a year 1800..=2199.
fn yyyy(input: &str) -> Res<'_, i32> {
    let (rest, digits) = digits_exactly(4, input)?;
    let (rest, ()) = number_end(rest)?;
    let year = number(digits) as i32;
    if !(1800..=2199).contains(&year) {
        return failure(input);
    }
    Ok((rest, year))
}

/// `digit{2} number_end`: 00–49 are 2000s, 50–99 are 1900s.
fn yy(input: &str) -> Res<'_, i32> {
    let (rest, digits) = digits_exactly(2, input)?;
    let (rest, ()) = number_end(rest)?;
    let n = number(digits) as i32;
    Ok((rest, if n < 50 { 2000 + n } else { 1900 + n }))
}

/// `yy` without an apostrophe: `October 03`. Only a leading zero, or a
/// number that cannot be a day (32..=99) closing a cell or line, counts:
/// `March 12` may be a day and `May 45 replies` a count.
fn bare_yy(input: &str) -> Res<'_, i32> {
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
fn apostrophe(input: &str) -> Res<'_, char> {
    one_of("'’‘`").parse(input)
}

/// `day_digits` with a value 1..=31.
fn day(input: &str) -> Res<'_, u8> {
    let (rest, n) = verify(day_digits, |n| (1..=31).contains(n)).parse(input)?;
    Ok((rest, n as u8))
}

/// `digit [ digit ]`, not followed by a digit.
fn day_digits(input: &str) -> Res<'_, u32> {
    let (rest, digits) = verify(digits, |d: &str| d.len() <= 2).parse(input)?;
    Ok((rest, number(digits)))
}

/// `digit digit`, not followed by a digit.
fn two_digits(input: &str) -> Res<'_, u32> {
    let (rest, digits) = digits_exactly(2, input)?;
    Ok((rest, number(digits)))
}

/// A run of ASCII digits (byte-wise: nom's `take_while` decodes chars).
fn digits(input: &str) -> Res<'_, &str> {
    let len = input.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 {
        return failure(input);
    }
    // ASCII digits end on a char boundary.
    Ok((&input[len..], &input[..len]))
}

/// A run of exactly `len` digits.
fn digits_exactly(len: usize, input: &str) -> Res<'_, &str> {
    verify(digits, |d: &str| d.len() == len).parse(input)
}

/// An ASCII literal in any case. (nom's `tag_no_case` folds Unicode case
/// char by char; these literals are ASCII and this runs at every number.)
fn literal<'a>(lit: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |input: &'a str| match input.as_bytes().get(..lit.len()) {
        // Matched bytes are ASCII, so `lit.len()` is a char boundary.
        Some(head) if head.eq_ignore_ascii_case(lit.as_bytes()) => {
            Ok((&input[lit.len()..], &input[..lit.len()]))
        }
        _ => failure(input),
    }
}

/// The value of a short run of ASCII digits.
fn number(digits: &str) -> u32 {
    digits
        .bytes()
        .fold(0, |n, b| n * 10 + u32::from(b.wrapping_sub(b'0')))
}

/// `suffix word_end | "<sup>" suffix "</sup>"`
fn ordinal(input: &str) -> Res<'_, ()> {
    alt((
        (suffix, word_end).map(|_| ()),
        (literal("<sup>"), suffix, literal("</sup>")).map(|_| ()),
    ))
    .parse(input)
}

/// `"st" | "nd" | "rd" | "th"` (not checked against the number: `2th` is a typo
/// of a date, still a date).
fn suffix(input: &str) -> Res<'_, &str> {
    alt((literal("st"), literal("nd"), literal("rd"), literal("th"))).parse(input)
}

const MONTH_NAMES: [&str; 12] = [
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

/// `( full_name | abbreviation [ "." ] ) word_end`, the month's number.
///
/// Abbreviations are the first three letters, and `Sept`. Hand-written over
/// bytes rather than an `alt` of 25 tags: it runs at every word starting with
/// one of `jfmasond`.
fn month_name(input: &str) -> Res<'_, u8> {
    let bytes = input.as_bytes();
    if bytes.len() < 3 {
        return failure(input);
    }
    let Some(index) = month_index(bytes) else {
        return failure(input);
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
pub fn is_month_word(word: &str) -> bool {
    let Some(i) = month_index(word.as_bytes()) else {
        return false;
    };
    word.len() == 3
        || word.eq_ignore_ascii_case(MONTH_NAMES[i])
        || (i == 8 && word.eq_ignore_ascii_case("sept"))
}

/// Which month (0-based) the first three letters of `bytes` name.
fn month_index(bytes: &[u8]) -> Option<usize> {
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
fn ws(input: &str) -> Res<'_, &str> {
    take_while1(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')).parse(input)
}

/// End of input, or a character that is not a letter or digit.
fn word_end(input: &str) -> Res<'_, ()> {
    not(satisfy(char::is_alphanumeric)).parse(input)
}

/// `word_end`, and not a number going on: `.`, `,`, `/`, `:` or `-` then a
/// digit (`2003/04`, `17.09.03.1`).
fn number_end(input: &str) -> Res<'_, ()> {
    let (rest, ()) = word_end(input)?;
    not((one_of(".,/:-"), satisfy(|c| c.is_ascii_digit()))).parse(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_pre_check_lets_every_digit_led_shape_through() {
        let may = |s: &str| digit_date_may_start(s.as_bytes(), 0);
        for date in [
            "17.09.03",
            "1/3/24",
            "1-3-2024",
            "1-Mar-24",
            "3rd February",
            "3RD FEBRUARY",
            "3<sup>rd</sup> Feb",
            "3 March",
            "3\u{a0}March",
            "3\u{202f}\u{202f}March",
            "12   December 2005",
        ] {
            assert!(may(date), "{date}");
            assert!(
                found(date)
                    .first()
                    .is_some_and(|(s, _)| date.starts_with(s)),
                "{date}"
            );
        }
        for number in [
            "1.1 Text",
            "12 members",
            "1,000",
            "2005",
            "100 days",
            "7)",
            "4.3.",
        ] {
            assert!(!may(number), "{number}");
        }
    }

    /// `(text, iso)` of every date found.
    fn found(text: &str) -> Vec<(&str, String)> {
        find_dates(text, 0)
            .into_iter()
            .map(|m| (m.span.of(text), m.value.iso()))
            .collect()
    }

    /// The ISO value of `text` as one date.
    fn iso(text: &str) -> Option<String> {
        parse_date_text(text).map(|v| v.iso())
    }

    /// Asserts `text` is exactly one date with this ISO value, found whole.
    #[track_caller]
    fn assert_date(text: &str, expected: &str) {
        assert_eq!(
            iso(text).as_deref(),
            Some(expected),
            "parse_date_text({text:?})"
        );
        assert_eq!(
            found(text),
            vec![(text, expected.to_string())],
            "find_dates({text:?})"
        );
    }

    #[track_caller]
    fn assert_no_date(text: &str) {
        assert_eq!(found(text), vec![], "find_dates({text:?})");
    }

    #[test]
    fn day_month_year_in_words() {
        assert_date("3<sup>RD</sup> FEBRUARY 2005", "2005-02-03");
        assert_date("15<sup>th</sup> March 2004", "2004-03-15");
        assert_date("9<SUP>th</SUP> December 2004", "2004-12-09");
        assert_date("11th November 2004", "2004-11-11");
        assert_date("5th January 2005", "2005-01-05");
        assert_date("24 January 2005", "2005-01-24");
        assert_date("1 March 2024", "2024-03-01");
        assert_date("1st Mar 2024", "2024-03-01");
        assert_date("22nd September 2003", "2003-09-22");
        assert_date("03 June 2024", "2024-06-03");
        assert_date("3rd of March 2024", "2024-03-03");
        assert_date("3 March, 2024", "2024-03-03");
        assert_date("1-Mar-24", "2024-03-01");
        assert_date("12 May '03", "2003-05-12");
        assert_date("12 May 05", "2005-05-12");
    }

    #[test]
    fn month_names_in_any_case_and_abbreviated() {
        for text in [
            "1 Sept 2024",
            "1 Sept. 2024",
            "1 Sep 2024",
            "1 sep. 2024",
            "1 SEPT 2024",
            "1 September 2024",
            "1 september 2024",
            "1 SEPTEMBER 2024",
        ] {
            assert_date(text, "2024-09-01");
        }
        let months = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        for (i, (abbr, full)) in months.iter().zip(MONTH_NAMES).enumerate() {
            let expected = format!("2024-{:02}-01", i + 1);
            assert_date(&format!("1 {abbr} 2024"), &expected);
            assert_date(&format!("1 {full} 2024"), &expected);
            assert_date(&format!("1 {} 2024", full.to_uppercase()), &expected);
        }
    }

    #[test]
    fn month_first() {
        assert_date("March 1, 2024", "2024-03-01");
        assert_date("March 1st 2024", "2024-03-01");
        assert_date("March 1st, 2024", "2024-03-01");
        assert_date("Mar. 1 2024", "2024-03-01");
        assert_date("March 1st", "--03-01");
        // Without ordinal or year, "March 12" could be a day or 2012.
        assert_no_date("by March 12 at the latest");
    }

    #[test]
    fn figures() {
        assert_date("17.09.03", "2003-09-17");
        assert_date("08.12.03", "2003-12-08");
        assert_date("30.09.2003", "2003-09-30");
        assert_date("01/03/2024", "2024-03-01");
        assert_date("1/3/24", "2024-03-01");
        assert_date("1/03/2024", "2024-03-01");
        assert_date("1-3-2024", "2024-03-01");
        assert_date("31-12-2024", "2024-12-31");
    }

    #[test]
    fn month_precision() {
        assert_date("February 2004", "2004-02");
        assert_date("October 03", "2003-10");
        assert_date("September '03", "2003-09");
        assert_date("Oct '03", "2003-10");
        assert_date("Oct'03", "2003-10");
        assert_date("Oct ’03", "2003-10");
        assert_date("Sept '03", "2003-09");
        assert_date("January 04", "2004-01");
        assert_date("May 2024", "2024-05");
        assert_date("March, 2024", "2024-03");
        assert_date("March 99", "1999-03");
        let v = parse_date_text("October 03").unwrap();
        assert_eq!((v.day, v.end_month), (None, None));
    }

    #[test]
    fn month_ranges() {
        let v = parse_date_text("Jan / Feb '04").unwrap();
        assert_eq!(
            (v.year, v.month, v.end_month, v.day),
            (Some(2004), 1, Some(2), None)
        );
        let v = parse_date_text("Oct-Dec '03").unwrap();
        assert_eq!((v.year, v.month, v.end_month), (Some(2003), 10, Some(12)));
        let v = parse_date_text("January to March 2024").unwrap();
        assert_eq!((v.year, v.month, v.end_month), (Some(2024), 1, Some(3)));
        let v = parse_date_text("Oct – Dec 2003").unwrap();
        assert_eq!((v.month, v.end_month), (10, Some(12)));
        assert_eq!(
            found("Jan / Feb '04"),
            vec![("Jan / Feb '04", "2004-01".into())]
        );
        // Backwards ranges would cross a year: only the second month is dated.
        assert_eq!(found("Dec/Jan '04"), vec![("Jan '04", "2004-01".into())]);
        // A range without a year is no date.
        assert_no_date("from Jan to Mar the team");
    }

    #[test]
    fn day_without_year() {
        assert_date("17th September", "--09-17");
        assert_date("13th May", "--05-13");
        assert_eq!(
            found("the meeting on 29th October."),
            vec![("29th October", "--10-29".into())]
        );
        assert_eq!(
            found("on 12 May we met"),
            vec![("12 May", "--05-12".into())]
        );
        // Lower-case "may" after a number is the verb.
        assert_no_date("option 2 may be preferred");
        assert_no_date("In March the Board considered");
    }

    #[test]
    fn first_day_takes_the_year_of_the_second() {
        assert_eq!(
            found("took place between 13th May and 27th May 2003."),
            vec![
                ("13th May", "2003-05-13".into()),
                ("27th May 2003", "2003-05-27".into()),
            ]
        );
        assert_eq!(
            found("from 1st March to 5 April 2024"),
            vec![
                ("1st March", "2024-03-01".into()),
                ("5 April 2024", "2024-04-05".into()),
            ]
        );
        // Not joined, or out of order: no year is guessed.
        assert_eq!(
            found("on 13th May, the panel met on 27th May 2003")[0].1,
            "--05-13"
        );
        assert_eq!(found("13th Dec and 5th Jan 2004")[0].1, "--12-13");
    }

    #[test]
    fn two_digit_years_pivot_at_fifty() {
        assert_eq!(iso("1/3/00").unwrap(), "2000-03-01");
        assert_eq!(iso("1/3/49").unwrap(), "2049-03-01");
        assert_eq!(iso("1/3/50").unwrap(), "1950-03-01");
        assert_eq!(iso("Oct '99").unwrap(), "1999-10");
        assert_eq!(iso("17.09.03").unwrap(), "2003-09-17");
    }

    #[test]
    fn impossible_dates_are_dates_that_do_not_exist() {
        for (text, expected) in [
            ("31 February 2024", "2024-02-31"),
            ("31/02/2024", "2024-02-31"),
            ("30.02.03", "2003-02-30"),
            ("29th February 2023", "2023-02-29"),
        ] {
            assert_date(text, expected);
            assert!(!parse_date_text(text).unwrap().is_valid(), "{text}");
        }
        assert!(parse_date_text("29th February 2024").unwrap().is_valid());
        // Less certain shapes are dates only when they exist.
        assert_no_date("31/2/24");
        assert_no_date("31-2-2024");
    }

    #[test]
    fn not_dates() {
        for text in [
            "see paragraph 1.2.3",
            "paragraphs 10.15 and 3.2",
            "1.12.03",
            "the plan for 2001/2002",
            "in 2000/01 and 2000/05",
            "2004/5",
            "in 2000",
            "Summer 2001",
            "the Summer of 2000",
            "12 Mayfield Road",
            "we march on",
            "this may be late",
            "may 12",
            "13/14/2024",
            "17.13.03",
            "00/03/2024",
            "32/01/2024",
            "A1/3/24B",
            "x1/3/24",
            "1/3/24/5",
            "17.09.03.1",
            "ref-01/02/2003",
            "1.12 May was",
            "£2.05 March",
            "In May 45 replies came",
            "0 March 2024",
            "45 March 2024",
            "Marches 2024",
            "1 Marchmont 2024",
            "1 March2024",
            "Item 12 May",
            "see paragraph 10.11.12",
            "1st plan",
            "at 10.30",
            "10/15",
            "2 / 3 / 2024",
            "3\tMarch 2024",
        ] {
            let dates = found(text);
            // "3\tMarch 2024" is the month of another cell, not a day.
            let dates: Vec<_> = dates
                .into_iter()
                .filter(|(t, _)| !t.starts_with("March"))
                .collect();
            assert_eq!(dates, vec![], "{text:?}");
        }
        assert_eq!(
            found("3\tMarch 2024"),
            vec![("March 2024", "2024-03".into())]
        );
        assert_eq!(found("March 2003/04"), vec![]);
        // Not "12 May 2003" inside a paragraph number; the month stands.
        assert_eq!(found("1.12 May 2003"), vec![("May 2003", "2003-05".into())]);
        assert_eq!(found("1 March 2024-25").len(), 1);
        assert_eq!(iso("in 2000"), None);
        assert_eq!(iso("Oct '03 Action plan"), None);
        assert_eq!(iso(""), None);
        assert_eq!(iso("**"), None);
    }

    #[test]
    fn dates_within_text() {
        let text = "The 1<sup>st</sup> plan was agreed on 5th January 2005 (see 08.12.03), \
                    reviewed Oct '03 and again on March 1, 2024; 12 Mayfield Road.";
        assert_eq!(
            found(text),
            vec![
                ("5th January 2005", "2005-01-05".into()),
                ("08.12.03", "2003-12-08".into()),
                ("Oct '03", "2003-10".into()),
                ("March 1, 2024", "2024-03-01".into()),
            ]
        );
    }

    #[test]
    fn a_year_wrapped_onto_the_next_line_belongs_to_the_date() {
        let text = "Consulted: Ann Tull, Accountancy Manager, 18 September\n2025.";
        assert_eq!(
            found(text),
            vec![("18 September\n2025", "2025-09-18".into())]
        );
        // A hanging indent, a comma, Windows line ends and an ordinal.
        assert_eq!(
            found("agreed on 3rd March,\r\n\t2024 by the Head of Finance"),
            vec![("3rd March,\r\n\t2024", "2024-03-03".into())]
        );
        // The span starts at the day and ends after the year.
        let dates = find_dates(text, 100);
        assert_eq!(dates[0].span, Span::new(100 + 42, 100 + 59));
        // Not across a blank line, not from a table row, not a year range,
        // and not when the line goes on after the month.
        for text in [
            "closed on 18 September\n\n2025 was a busy year",
            "Review\t18 September\n2025\tDone",
            "due 18 September\n2025/26 budget",
            "on 18 September for review\n2025 figures",
        ] {
            assert!(
                find_dates(text, 0).iter().all(|d| d.value.year.is_none()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn short_dotted_dates_only_after_a_date_lead() {
        assert_eq!(
            found("cleared by Jo Bloggs on 15.5.24."),
            vec![("15.5.24", "2024-05-15".into())]
        );
        assert_eq!(
            found("Legal: approved 8.07.2024; Date: 3.4.25"),
            vec![
                ("8.07.2024", "2024-07-08".into()),
                ("3.4.25", "2025-04-03".into())
            ]
        );
        // A three-level paragraph number, or a day that does not exist.
        for text in [
            "6.1.12 The Council",
            "see 4.3.12 above",
            "on 4.3.1",
            "on 31.2.24",
            "on 4.13.24",
        ] {
            assert_eq!(found(text), vec![], "{text:?}");
        }
        // Figures alone in a cell are not read this way either.
        assert_eq!(iso("15.5.24"), None);
    }

    #[test]
    fn spans_are_offsets_plus_base() {
        let text = "**DATE:** 3<sup>RD</sup> FEBRUARY 2005\n’é’ Oct ’03 ü";
        let dates = find_dates(text, 1000);
        assert_eq!(dates.len(), 2);
        assert_eq!(dates[0].span, Span::new(1010, 1038));
        assert_eq!(&text[10..38], "3<sup>RD</sup> FEBRUARY 2005");
        let start = text.find("Oct").unwrap();
        let end = start + "Oct ’03".len();
        assert_eq!(dates[1].span, Span::new(1000 + start, 1000 + end));
        assert_eq!(dates[1].value.iso(), "2003-10");
        // A letter outside ASCII joins the word: no date inside "éMarch".
        assert_no_date("éMarch 2024 1é/3/24");
    }

    #[test]
    fn date_production_reads_one_date_from_the_start() {
        let (rest, v) = date("3rd March 2024 onwards").unwrap();
        assert_eq!((rest, v.iso().as_str()), (" onwards", "2024-03-03"));
        let (rest, v) = date("Oct '03</p>").unwrap();
        assert_eq!((rest, v.iso().as_str()), ("</p>", "2003-10"));
        assert!(date(" 3 March 2024").is_err());
        assert!(date("").is_err());
        assert!(date("x").is_err());
    }

    #[test]
    fn parse_date_text_looks_through_markup() {
        assert_eq!(
            iso("**3<sup>RD</sup> FEBRUARY 2005**").unwrap(),
            "2005-02-03"
        );
        assert_eq!(iso("  24 January 2005  ").unwrap(), "2005-01-24");
        assert_eq!(
            iso("<p style=\"text-align: center;\">30.09.03</p>").unwrap(),
            "2003-09-30"
        );
        assert_eq!(iso("_17 Sept._").unwrap(), "--09-17");
        assert_eq!(iso("24 January 2005.").unwrap(), "2005-01-24");
        assert_eq!(iso("24 January 2005 and 25 January 2005"), None);
    }

    /// Absent outside the project's machine; the test then checks nothing.
    const SEEDS: &str = "/work/shared/seeds";

    #[test]
    fn finds_known_dates_in_seed_papers() {
        let Ok(entries) = std::fs::read_dir(SEEDS) else {
            return;
        };
        let expected: &[(&str, &[&str])] = &[
            (
                "000_",
                &[
                    "2005-02-03",
                    "2004-03-15",
                    "2004-12-09",
                    "2005-01-05",
                    "2005-01-24",
                    "2003-06",
                    "2004-02",
                ],
            ),
            ("001_", &["2004-11-11"]),
            ("002_", &["2001-03-08", "2001-03-19", "2000-03", "2001-05"]),
            (
                "003_",
                &[
                    "2003-09-17",
                    "2003-09-22",
                    "2003-12-08",
                    "2003-10",
                    "2003-05-13",
                    "2003-05-27",
                    "2003-09-30",
                    "2004-01",
                    "--10-29",
                ],
            ),
        ];
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let dates = find_dates(&text, 0);
            for d in &dates {
                assert!(d.span.end <= text.len() && text.is_char_boundary(d.span.start));
                // Nothing found is a bare year or a season.
                let t = d.span.of(&text);
                assert!(!t.contains("Summer") && t.len() > 4, "{name}: {t:?}");
            }
            let isos: Vec<String> = dates.iter().map(|d| d.value.iso()).collect();
            for (prefix, wanted) in expected {
                if name.starts_with(prefix) {
                    for w in *wanted {
                        assert!(isos.iter().any(|i| i == w), "{name}: {w} not in {isos:?}");
                    }
                }
            }
            if name.starts_with("003_") {
                let range = dates
                    .iter()
                    .find(|d| d.span.of(&text) == "Oct-Dec '03")
                    .expect("Oct-Dec '03");
                assert_eq!(range.value.end_month, Some(12));
                let jan_feb = dates
                    .iter()
                    .find(|d| d.span.of(&text) == "Jan / Feb '04")
                    .expect("Jan / Feb '04");
                assert_eq!(jan_feb.value.end_month, Some(2));
            }
            if name.starts_with("004_") {
                // "In March the Board …": a month without a year is no date.
                assert_eq!(isos, Vec::<String>::new(), "{name}");
            }
        }
    }

    #[test]
    fn random_fragments_never_panic_and_spans_stay_on_char_boundaries() {
        const FRAGMENTS: &[&str] = &[
            "3", "<sup>", "</sup>", "rd", "Feb", "/", ".", "'", "0", " ", "é", "’", "1", "2",
            "Sept", "May", "-", ",", "th", "\u{a0}", "of", "March", "9", "\n", "ü€", "to",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            // xorshift64*
            seed ^= seed >> 12;
            seed ^= seed << 25;
            seed ^= seed >> 27;
            seed.wrapping_mul(0x2545_f491_4f6c_dd1d)
        };
        let mut text = String::new();
        for _ in 0..5000 {
            text.clear();
            let len = next() % 24;
            for _ in 0..len {
                text.push_str(FRAGMENTS[(next() % FRAGMENTS.len() as u64) as usize]);
            }
            let base = (next() % 100) as usize;
            let dates = find_dates(&text, base);
            let mut last_end = base;
            for d in &dates {
                assert!(
                    d.span.start >= last_end && d.span.start < d.span.end,
                    "{text:?}"
                );
                assert!(d.span.end <= base + text.len(), "{text:?}");
                assert!(text.is_char_boundary(d.span.start - base), "{text:?}");
                assert!(text.is_char_boundary(d.span.end - base), "{text:?}");
                last_end = d.span.end;
            }
            let _ = parse_date_text(&text);
            let _ = date(&text);
        }
    }

    /// `cargo test --release --lib parse::dates -- --ignored --nocapture`
    #[test]
    #[ignore = "throughput measurement"]
    fn throughput() {
        let mut text = String::new();
        let mut seeds = Vec::new();
        if let Ok(entries) = std::fs::read_dir(SEEDS) {
            for e in entries.flatten() {
                seeds.push(std::fs::read_to_string(e.path()).unwrap_or_default());
            }
        }
        if seeds.is_empty() {
            seeds.push("On 3rd March 2024 the board met; see paragraph 1.2.3. ".repeat(100));
        }
        while text.len() < 10_000_000 {
            for s in &seeds {
                text.push_str(s);
            }
        }
        let mut n = 0;
        let mut secs = f64::MAX;
        for _ in 0..5 {
            let start = std::time::Instant::now();
            n = find_dates(&text, 0).len();
            secs = secs.min(start.elapsed().as_secs_f64());
        }
        let mut stops = 0;
        let mut scan = f64::MAX;
        for _ in 0..5 {
            let t = std::time::Instant::now();
            stops = date_starts(text.as_bytes()).len();
            scan = scan.min(t.elapsed().as_secs_f64());
        }
        println!(
            "scan only: {stops} stops, {:.0} MB/s",
            text.len() as f64 / 1e6 / scan
        );
        println!(
            "{n} dates in {} MB: {:.0} MB/s",
            text.len() / 1_000_000,
            text.len() as f64 / 1e6 / secs
        );
    }

    /// A piece of text likely to hold a date, or to look like one.
    fn date_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::{sample::select, strategy::Strategy};
        let month = select(vec![
            "March", "mar.", "Sept.", "sep", "Jan", "Feb", "Dec", "May", "may", "Decision",
        ]);
        let sep = select(vec![" / ", "/", " to ", "TO ", "-", "–", " — ", "", " "]);
        let gap = select(vec![
            " ", "  ", "\u{a0}", "\u{202f}", "\u{2009}", ", ", ",", " '", "’", "‘", "`", "",
        ]);
        let number = select(vec![
            "3",
            "03",
            "12",
            "2005",
            "45",
            "3rd",
            "3<sup>rd</sup>",
            "1.2",
        ]);
        let junk = select(vec![
            "",
            " ",
            "x",
            "paragraph ",
            "Item ",
            "\n",
            "\t",
            "é",
            "*",
            "3 ",
            "of ",
            " and ",
        ]);
        (junk.clone(), month.clone(), sep, month, gap, number, junk)
            .prop_map(|(a, m1, s, m2, g, n, z)| [a, m1, s, m2, g, n, z].concat())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The word-wide digit search finds exactly the ASCII digits.
        #[test]
        fn digits_found_word_wide(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40)) {
            let mut found = Vec::new();
            for_each_digit(&bytes, |i| found.push(i));
            let expected: Vec<usize> = (0..bytes.len()).filter(|&i| bytes[i].is_ascii_digit()).collect();
            proptest::prop_assert_eq!(found, expected);
        }

        /// Looking for dates only where [`date_starts`] points finds what
        /// trying the grammar at every word start finds.
        #[test]
        fn date_starts_miss_no_date(pieces in proptest::collection::vec(date_like(), 1..4)) {
            let text: String = pieces.concat();
            let bytes = text.as_bytes();
            let every_word_start = (0..bytes.len())
                .filter(|&i| bytes[i].is_ascii_alphanumeric()
                    && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()))
                .collect();
            proptest::prop_assert_eq!(
                find_dates(&text, 0),
                dates_from(&text, 0, every_word_start)
            );
        }
    }
}
