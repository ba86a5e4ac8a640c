//! The scanner: where dates may start, found quickly.

use crate::document::DateMention;
use crate::swar::{lanes_between, ONES, TOP};

use super::*;

/// Where a date may start, in order: the start of an ASCII word that is a
/// number, or a month's name that a number follows as a date's day or year.
///
/// Numbers are found eight bytes at a time ([`for_each_number`]). Every
/// date has a number, and in a month-led date (`March 3, 2024`,
/// `Jan / Feb '04`) only spaces, a comma, an apostrophe and a second month
/// stand between the first month and it: so months are looked for by
/// stepping back from the numbers, not by searching the whole text for
/// them. Extra starts are harmless (the
/// grammar rejects them); none a date could begin at is missed.
pub(super) fn date_starts(bytes: &[u8]) -> Vec<usize> {
    let word_start = |i: usize| i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
    let mut starts: Vec<usize> = Vec::new();
    let mut month_led = false;
    for_each_number(bytes, |i| {
        if !word_start(i) {
            return;
        }
        // `Jan / Feb '04`: the month nearest the number, then the one
        // before it across a range separator.
        let mut month = month_word_before(bytes, skip_back(bytes, i, DATE_GAP));
        let mut months = [0; 2];
        let mut found = 0;
        while found < 2 {
            let Some(m) = month.filter(|&m| word_start(m)) else {
                break;
            };
            months[found] = m;
            found += 1;
            month = range_sep_before(bytes, skip_back(bytes, m, SPACES))
                .and_then(|at| month_word_before(bytes, skip_back(bytes, at, SPACES)));
        }
        // Nearest first as found: in text order, the earlier first. Only
        // letters and separators stand between them and the number, so
        // they come after every start pushed before.
        starts.extend(months[..found].iter().rev());
        month_led |= found > 0;
        starts.push(i);
    });
    if month_led {
        if !starts.is_sorted() {
            starts.sort_unstable();
        }
        starts.dedup();
    }
    starts
}

/// Calls `f` with the offset of each ASCII digit in `bytes` that does not
/// follow another digit (the first digit of each number), in order.
///
/// Eight bytes at a time: the digits among them are found with a few
/// word-wide operations ([`lanes_between`]),
/// so a stretch of words costs one step per eight bytes; thirty-two bytes
/// with no digit at all cost one test.
#[inline]
pub(super) fn for_each_number(bytes: &[u8], mut f: impl FnMut(usize)) {
    let word_at = |chunk: &[u8], k: usize| {
        u64::from_le_bytes(chunk[k * 8..k * 8 + 8].try_into().expect("eight bytes"))
    };
    // Whether any byte of `x` is a digit: `x ^ '0'` is below 10 there. Exact
    // as a yes/no answer (a borrow only runs on from a byte already below
    // 10), and cheaper than finding which: most stretches of 32 bytes have
    // no digit at all.
    let digit_hint = |x: u64| {
        let y = x ^ (ONES * u64::from(b'0'));
        y.wrapping_sub(ONES * 10) & !y & TOP
    };
    // The digits of `x` (the top bit of each digit byte) that do not follow
    // a digit; `carry` says whether the byte before `x` was one.
    let firsts = |x: u64, carry: &mut bool| {
        let digits = lanes_between(x, b'0', b'9');
        let follows = (digits << 8) | (u64::from(*carry) * 0x80);
        *carry = digits >> 63 != 0;
        digits & !follows
    };
    let mut carry = false;
    let mut blocks = bytes.chunks_exact(32);
    for (b, block) in blocks.by_ref().enumerate() {
        let words = (
            word_at(block, 0),
            word_at(block, 1),
            word_at(block, 2),
            word_at(block, 3),
        );
        let hint =
            digit_hint(words.0) | digit_hint(words.1) | digit_hint(words.2) | digit_hint(words.3);
        if hint == 0 {
            carry = false;
            continue;
        }
        for (k, x) in [words.0, words.1, words.2, words.3].into_iter().enumerate() {
            let mut digits = firsts(x, &mut carry);
            while digits != 0 {
                f(b * 32 + k * 8 + digits.trailing_zeros() as usize / 8);
                digits &= digits - 1;
            }
        }
    }
    let done = bytes.len() - blocks.remainder().len();
    let mut words = blocks.remainder().chunks_exact(8);
    for (w, word) in words.by_ref().enumerate() {
        let mut digits = firsts(word_at(word, 0), &mut carry);
        while digits != 0 {
            f(done + w * 8 + digits.trailing_zeros() as usize / 8);
            digits &= digits - 1;
        }
    }
    let done = bytes.len() - words.remainder().len();
    for (k, b) in words.remainder().iter().enumerate() {
        let digit = b.is_ascii_digit();
        if digit && !carry {
            f(done + k);
        }
        carry = digit;
    }
}

/// What `ws` matches, as UTF-8.
pub(super) const SPACES: &[&[u8]] = &[
    b" ",
    "\u{a0}".as_bytes(),
    "\u{202f}".as_bytes(),
    "\u{2009}".as_bytes(),
];

/// What may stand between a month and the number after it: `ws`, a
/// comma, an apostrophe.
pub(super) const DATE_GAP: &[&[u8]] = &[
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
pub(super) fn skip_back(bytes: &[u8], mut end: usize, pieces: &[&[u8]]) -> usize {
    while let Some(&last) = end.checked_sub(1).map(|i| &bytes[i]) {
        // Compare the last byte first: most numbers follow a letter or one
        // space.
        let Some(p) = pieces
            .iter()
            .find(|p| p.last() == Some(&last) && bytes[..end].ends_with(p))
        else {
            break;
        };
        end -= p.len();
    }
    end
}

/// The start of the word ending at `end` (a trailing `.` allowed), if it
/// may be a month's name.
pub(super) fn month_word_before(bytes: &[u8], end: usize) -> Option<usize> {
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
pub(super) fn range_sep_before(bytes: &[u8], end: usize) -> Option<usize> {
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
pub(super) fn digit_date_may_start(bytes: &[u8], start: usize) -> bool {
    let ndigits = bytes[start..]
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if ndigits == 4 {
        // `2025-02-24`: a year, then two-digit month and day.
        let at = |k: usize| bytes.get(start + 4 + k).copied().unwrap_or(0);
        return at(0) == b'-'
            && at(1).is_ascii_digit()
            && at(2).is_ascii_digit()
            && at(3) == b'-'
            && at(4).is_ascii_digit();
    }
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
        // An ordinal: `3rd`, `3<sup>rd</sup>`, `3^rd^`.
        b's' | b'S' | b'n' | b'N' | b'r' | b'R' | b't' | b'T' | b'<' | b'^' => true,
        // Spaces (or no-break or thin ones) and a month's first three letters.
        b' ' | 0xC2 | 0xE2 => {
            let name = bytes[after..]
                .iter()
                .position(|&b| b != b' ' && b < 0x80)
                .map(|gap| after + gap)
                .filter(|&n| bytes[n].is_ascii_alphabetic());
            name.is_some_and(|n| month_index(&bytes[n..]).is_some())
        }
        // A day closing a line, its month opening the next (`28` /
        // `January 2026`): see `wrapped_day_first_date`.
        b'\r' | b'\n' => {
            let name = bytes[after..]
                .iter()
                .position(|&b| !matches!(b, b'\r' | b'\n' | b' ' | b'\t'))
                .map(|gap| after + gap)
                .filter(|&n| bytes[after..n].iter().filter(|&&b| b == b'\n').count() == 1);
            name.is_some_and(|n| month_index(&bytes[n..]).is_some())
        }
        _ => false,
    }
}

/// Whether a date may start at `i` (an ASCII byte): not inside a word, and a
/// day not straight after a number's `.`, `,`, `/` or `:` (`1.12 May`).
pub(super) fn boundary_before(text: &str, i: usize) -> bool {
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
pub(super) fn accept_in_context(text: &str, start: usize, end: usize) -> bool {
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
/// English grammar, not a council's words: stays in Rust (CONTRIBUTING, "Words").
pub(super) const DATE_LEADS: &[&str] = &[
    "on", "dated", "date", "signed", "approved", "agreed", "cleared",
];

/// Whether `before` ends with a date lead and a space, or a date lead and a
/// colon ("Date: "), so that figures after it are a date. Emphasis around
/// the lead or its colon is looked through (`**Date:** `, `**Date**: `).
pub(super) fn after_date_lead(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\u{a0}', '\t']);
    if trimmed.len() == before.len() {
        return false;
    }
    let trimmed = trimmed.trim_end_matches(['*', '_']);
    let trimmed = trimmed.strip_suffix(':').unwrap_or(trimmed);
    let trimmed = trimmed.trim_end_matches(['*', '_']);
    let word_start = trimmed
        .bytes()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    let word = &trimmed[word_start..];
    !word.is_empty() && DATE_LEADS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `before` ends with a weekday or a word that leads a date and a
/// space ("Wednesday ", "on "): a day closing the line after it may have
/// its month and year on the next line.
pub(super) fn after_weekday_or_lead(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == before.len() {
        return false;
    }
    let trimmed = trimmed.trim_end_matches(',');
    let word_start = trimmed
        .bytes()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    let word = trimmed[word_start..].to_ascii_lowercase();
    !word.is_empty()
        && (super::WEEKDAYS.contains(&word.as_str()) || DATE_LEADS.contains(&word.as_str()))
}

/// Whether the line after the one holding the day at `start` opens in the
/// column where the day's text begins: the text cell the day closes, as
/// `pdftotext -layout` wraps a right-hand cell (`(extension of time agreed
/// until 31st` / `June 2027)`, both lines at the cell's column), or the
/// left edge a plain paragraph wraps to. The cell begins after the last
/// gap of two spaces or more before the day, or at the line's first
/// character. A tab in either line makes columns unknown: no.
pub(super) fn month_in_days_column(text: &str, start: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
    let before = &text[line_start..start];
    let Some(nl) = text[start..].find('\n').map(|n| start + n) else {
        return false;
    };
    let next = &text[nl + 1..];
    let next_indent = next.len() - next.trim_start_matches([' ', '\u{a0}']).len();
    if before.contains('\t') || next[..next_indent].contains('\t') {
        return false;
    }
    let cell_at = match before.rfind("  ") {
        Some(g) => g + 2,
        None => before.len() - before.trim_start_matches([' ', '\u{a0}', '\u{c}']).len(),
    };
    before[..cell_at].chars().count() == next[..next_indent].chars().count()
}

/// Whether `before` ends with a word, a comma and a space ("Senior
/// Accountant, "): a day closing the line after it is the last item of a
/// list, and may have its month and year on the next line ("…, 16" /
/// "January 2026"). The word may close a bracket ("Senior Lawyer
/// (Children's Team), 19"). The word must not be a cue word ("paragraphs
/// 4, 16"; "(see paragraph 4), 16" ends in no word).
pub(super) fn after_list_comma(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == before.len() {
        return false;
    }
    let Some(item) = trimmed.strip_suffix(',') else {
        return false;
    };
    // "Senior Lawyer (Children's Team), 19": a bracket of words closing
    // the item reads as its last word.
    let item = match item.strip_suffix(')').and_then(|i| i.rsplit_once('(')) {
        Some((_, inner)) if !inner.contains(')') => inner,
        _ => item,
    };
    item.ends_with(|c: char| c.is_alphabetic()) && !after_cue_word(&format!("{item} "))
}

/// Whether a `short_dotted` date at `start` is the last item of a list
/// after a comma, closing a bracket, line or sentence: "(Ann Vale,
/// Treasurer, 14.3.25)", "agreed by Ann Vale, Head of Finance, 11.3.25."
/// (the date may wrap onto the next line). The item before the comma must
/// end in a word that is not a cue word, so "paragraphs 3.1, 3.2.1." and
/// "section 4, 3.2.1." are not dates.
pub(super) fn closes_a_list(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\u{a0}', '\t', '\r', '\n']);
    if before.len() == start {
        return false;
    }
    let Some(item) = before.strip_suffix(',') else {
        return false;
    };
    if !item.ends_with(|c: char| c.is_alphabetic()) || after_cue_word(&format!("{item} ")) {
        return false;
    }
    let Ok((rest, _)) = short_dotted_date(&text[start..]) else {
        return false;
    };
    let rest = rest.strip_prefix(['.', ')', ']']).unwrap_or(rest);
    rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n', '.', ')'])
}

/// Whether a `short_dotted` date at `start` fills a bracket that closes a
/// list: "NAME, POST (9.1.26)", the bracket right after a word that is not
/// a cue word, in an item (since the last `;`, `(` or line start) that
/// holds a comma. "the scheme of delegation (3.2.10)" holds none, and
/// "paragraph (3.2.10)" ends in a cue word: neither is a date.
pub(super) fn fills_a_closing_bracket(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix('(') else {
        return false;
    };
    let Some(word) = before.strip_suffix(' ') else {
        return false;
    };
    if !word.ends_with(|c: char| c.is_alphabetic()) || after_cue_word(before) {
        return false;
    }
    let item_start = word.rfind([';', '(', '\n']).map_or(0, |i| i + 1);
    if !word[item_start..].contains(',') {
        return false;
    }
    let Ok((rest, _)) = short_dotted_date(&text[start..]) else {
        return false;
    };
    rest.starts_with(')')
}

/// Words after which a number is a reference, not a day: `paragraph 10.11.12`.
/// The nouns the reference grammar is written in and English function
/// words, not a council's words: they stay beside the grammar.
pub(super) const CUE_WORDS: &[&str] = &[
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
pub(super) fn after_cue_word(before: &str) -> bool {
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
pub(super) fn inherit_years(text: &str, base: usize, dates: &mut [DateMention]) {
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
pub(super) fn is_connector(gap: &str) -> bool {
    let word = gap.trim_matches([' ', '\u{a0}']);
    [
        "and", "to", "&", "-", "–", "—", "until", "till", "or", "through",
    ]
    .iter()
    .any(|c| c.eq_ignore_ascii_case(word))
}

/// Strips surrounding white space, `*`/`_` emphasis and HTML tags.
pub(super) fn strip_markup(s: &str) -> &str {
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
