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
//! digit_led_date   = iso_date | dotted_date | slashed_date | dashed_date
//!                  | hyphenated_date | day_first_date ;
//! month_led_date   = month_first_date | month_year_date ;
//!
//! iso_date         = yyyy "-" two_digits "-" two_digits number_end ;  2025-02-24 (real dates only)
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
//! ordinal          = suffix word_end | "<sup>" suffix "</sup>" | "^" suffix "^" ;
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
//! right after a word that leads a date ("on 15.5.24", "dated", "Date:"),
//! or as the last item after a comma, closing a bracket, line or sentence
//! ("(Ann Vale, Treasurer, 14.3.25)": [`closes_a_list`]), or alone in
//! a bracket closing such a list ("NAME, POST (9.1.26)":
//! [`fills_a_closing_bracket`]);
//! and a day without a year takes the year of the next date in "13th May
//! and 27th May 2003".
//!
//! A day and month without a year that close a line take a four-figure
//! year opening the next line (`wrapped_year`: "…Accountancy Manager, 18
//! September" / "2025."), so a date wrapped in the middle is one date whose
//! span covers the line break. So does a day closing a line after a
//! weekday, a word that leads a date or a list's comma, with its month and
//! year opening the next ("Wednesday 28" / "January 2026"; "Senior
//! Accountant, 16" / "January 2026"), and a day written as an ordinal
//! closing a line whose month and year open the next in the day's column
//! (`month_in_days_column`: "…agreed until 31st" / "June 2027)" in a
//! `-layout` cell, or a paragraph wrapped at its edge). These are the
//! only places a date crosses a line break; a year followed by a tab or `|` (a table row) is
//! not taken.
//!
//! Bare years (`2001`, `2001/2002`) and seasons (`Summer 2001`) are not dates.

use nom::IResult;

use crate::document::{DateMention, DateValue, Span};

mod grammar;
mod scan;

pub(crate) use grammar::is_month_word;

/// The days of the week, in lower case: capitals that are no document
/// ("on Monday") and the weekday a meeting line may give.
/// English weekdays: grammar, not a council's words.
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
use grammar::*;
use scan::*;

type Res<'a, T> = IResult<&'a str, T>;

/// Every date in `text`, in order. Spans are byte offsets into `text` plus `base`.
pub(crate) fn find_dates(text: &str, base: usize) -> Vec<DateMention> {
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
        let parsed = date(&text[start..])
            .or_else(|e| {
                if after_date_lead(&text[..start])
                    || closes_a_list(text, start)
                    || fills_a_closing_bracket(text, start)
                {
                    short_dotted_date(&text[start..])
                } else {
                    Err(e)
                }
            })
            .or_else(|e| {
                if after_weekday_or_lead(&text[..start]) || after_list_comma(&text[..start]) {
                    wrapped_day_first_date(&text[start..])
                } else {
                    Err(e)
                }
            })
            .or_else(|e| {
                // "until 31st" / "June 2027": an ordinal day closing a
                // line, its month opening the next in the same column.
                wrapped_ordinal_date(&text[start..])
                    .ok()
                    .filter(|_| month_in_days_column(text, start))
                    .ok_or(e)
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
pub(crate) fn date(input: &str) -> IResult<&str, DateValue> {
    if input.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        digit_led_date(input)
    } else {
        month_led_date(input)
    }
}

/// Parse a whole string as exactly one date (surrounding whitespace/markup
/// such as `**` allowed), e.g. a table cell or a field value
/// `3<sup>RD</sup> FEBRUARY 2005`.
pub(crate) fn parse_date_text(s: &str) -> Option<DateValue> {
    let inner = strip_markup(s);
    let (rest, value) = date(inner).ok()?;
    strip_markup(rest)
        .trim_end_matches(['.', ','])
        .is_empty()
        .then_some(value)
}

/// Whether `s` is exactly a `short_dotted` date that exists (`12.3.25`),
/// a trailing `.` allowed: a figure shaped like a three-level paragraph
/// number.
pub(crate) fn is_short_dotted_date(s: &str) -> bool {
    short_dotted_date(s).is_ok_and(|(rest, _)| rest.is_empty() || rest == ".")
}

#[cfg(test)]
mod tests;
