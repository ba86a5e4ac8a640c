//! Header fields written on one line.
//!
//! ```text
//! field        = bold_field | plain_field | report_of
//! bold_field   = "*"+ key [":"] "*"+ [":"] ws* value     -- **DATE:** 3 Feb
//! plain_field  = key ":" (ws+ value | eol)                -- Key Decision: No
//! report_of    = ["Open" | "Exempt"] ["Joint"] ("Report of" | "Report by"
//!                | "Report from" | "Report on behalf of") ws+ value
//!                (the key keeps "Joint": `Joint report of the Treasurer and …`)
//! key          = 1 to 6 words, starting with a capital, no digits, ≤ 48 bytes;
//!                a bilingual key (`Welsh / English`) may have that on each side
//! ```

use nom::bytes::complete::{tag_no_case, take_till1, take_while1};
use nom::character::complete::space1;
use nom::sequence::{delimited, terminated};
use nom::{IResult, Parser};

use super::inline::{offset_in, plain, trimmed_in_place};
use crate::document::{Field, Span};

/// Reads a one-line field from `content` (a line without its indent) that
/// starts at `base` in the text. `Report of …` without a colon is a field
/// only in the preamble, where `in_preamble` says the line stands.
pub(crate) fn field(content: &str, base: usize, in_preamble: bool) -> Option<Field> {
    let (key, value) = bold_field(content)
        .or_else(|_| plain_field(content))
        .or_else(|e| {
            if in_preamble {
                report_of(content)
            } else {
                Err(e)
            }
        })
        .ok()?
        .1;
    // A digit or a sentence's punctuation makes no key (`is_key`). Where no
    // tag or entity can hide one, the key as written shows it (its plain
    // text drops only `*`, escapes' backslashes and white space): most
    // lines of prose with a colon stop here, before their plain text is made.
    if !key.contains(['<', '&']) && key.bytes().any(is_digit_or_stop) {
        return None;
    }
    let key_plain = trimmed_in_place(plain(key), |k| k.trim_end_matches(':').trim());
    // "Appendix A: Joint Review Action Plan" lists an appendix; in
    // "LEGAL IMPLICATIONS [Officer Initials: HRB  Date: 19/03/27]" the
    // colon stands inside a bracket the key opens, a stamp's label.
    if !is_key(&key_plain) || names_an_appendix(&key_plain) || opens_a_bracket(&key_plain) {
        return None;
    }
    let value = without_cell_rule(value);
    let value_trimmed = value.trim();
    let value_at = if value_trimmed.is_empty() {
        offset_in(content, key) + key.len()
    } else {
        offset_in(content, value) + (value.len() - value.trim_start().len())
    };
    let key_at = offset_in(content, key);
    let value_plain = plain(value_trimmed);
    // "**Key:** **Value**": drop the value's own bold markers from its span.
    let (inner_at, inner) = super::inline::trim_markup(value_trimmed);
    let value_span = if value_trimmed.is_empty() {
        Span::empty(base + value_at)
    } else {
        Span::new(
            base + value_at + inner_at,
            base + value_at + inner_at + inner.len(),
        )
    };
    let end = content.trim_end().len();
    Some(Field {
        key: key_plain,
        key_span: Span::new(base + key_at, base + key_at + key.trim_end().len()),
        value: value_plain,
        value_span,
        span: Span::new(base, base + end),
    })
}

/// `value`, a one-line field's value, past the cell rule that opens it
/// where the line is a table row with no outer rules, its label one cell
/// and its value the next (`Key decision: | Yes (forward plan ref. …)`,
/// as `html2text` writes a two-column table): the rule, and the one
/// that closes the row if there is one, are no part of the value. A
/// value with no rule opening it is left as it is.
fn without_cell_rule(value: &str) -> &str {
    let Some(rest) = value.trim_start().strip_prefix('|') else {
        return value;
    };
    if !rest.starts_with([' ', '\t']) {
        return value;
    }
    let rest = rest.trim_end();
    rest.strip_suffix('|').unwrap_or(rest)
}

/// How many spaces between two label-and-value pairs make them two cells
/// of one row, as `pdftotext -layout` sets a two-column cover table out
/// (`APPLICATION NO: 27/00612/FUL        OFFICER: Mr A Smith`). Prose puts
/// one space between words, a typist sometimes two.
const ROW_GAP: &str = "   ";

/// Field `f`, read in `text`, split in two where its value's first line
/// holds a second label and value after a wide gap (see [`ROW_GAP`]):
/// `WARD: Priory          PARISH: None` is two fields, not a ward called
/// "Priory PARISH: None". The second label must be written as the first is
/// (both in capitals, or neither), and the first keep a value; lines under
/// the row that the value took go with the second cell, which is the one
/// that wraps on the right. A value with a tab or a pipe in it is a table's
/// cells, which the table readers split. Labels for which `together` holds
/// (a contact's parts: `Contact: Jo Bloggs      Tel: 01632 960000`) stay
/// in the value before them, where the rules look for them.
pub(crate) fn split_row(
    text: &str,
    f: &Field,
    together: impl Fn(&str) -> bool,
) -> Option<(Field, Field)> {
    if together(&f.key) {
        return None;
    }
    let value = f.value_span.of(text);
    let first_line = value.split(['\r', '\n']).next().unwrap_or("");
    if first_line.contains(['\t', '|']) {
        return None;
    }
    let capitals = |k: &str| !k.chars().any(char::is_lowercase);
    let mut from = 0;
    while let Some(gap) = first_line[from..].find(ROW_GAP).map(|g| from + g) {
        let cell_at = gap + first_line[gap..].len() - first_line[gap..].trim_start().len();
        from = cell_at.max(gap + 1);
        let before = first_line[..gap].trim_end();
        let cell = first_line[cell_at..].trim_end();
        if before.is_empty() || cell.is_empty() || !has_colon(cell) {
            continue;
        }
        let base = f.value_span.start + cell_at;
        let Some(second) = field(cell, base, false) else {
            continue;
        };
        let one_line = first_line.len() == value.len();
        if capitals(&second.key) != capitals(&f.key)
            || (second.is_empty() && !one_line)
            || together(&second.key)
        {
            continue;
        }
        let first_value = Span::new(f.value_span.start, f.value_span.start + before.len());
        let first = Field {
            value: plain(before)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            value_span: first_value,
            span: Span::new(f.span.start, first_value.end),
            ..f.clone()
        };
        let value_span = if second.is_empty() {
            second.value_span
        } else {
            Span::new(second.value_span.start, f.value_span.end)
        };
        let second = Field {
            value: plain(value_span.of(text))
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            value_span,
            span: Span::new(second.span.start, f.span.end.max(value_span.end)),
            ..second
        };
        return Some((first, second));
    }
    None
}

/// Whether `key` opens a bracket it does not close: its colon is inside
/// the bracket, so what stands before it is no label.
fn opens_a_bracket(key: &str) -> bool {
    [('[', ']'), ('(', ')')]
        .iter()
        .any(|&(open, close)| key.rfind(open) > key.rfind(close))
}

/// `**KEY:** value` or `**KEY**: value`; also with one star or a longer
/// run on either side (`*Date:* 25 November`, and Word's underlined or
/// small-capital label, which the parser reads as `*Date*************:`,
/// see `inline::formatting_spans`).
fn bold_field(input: &str) -> IResult<&str, (&str, &str)> {
    let stars = || take_while1(|c| c == '*');
    let (rest, key) = delimited(stars(), take_till1(|c| c == '*'), stars()).parse(input)?;
    let (rest, key) = match rest.strip_prefix(':') {
        Some(r) => (r, key),
        None if key.trim_end().ends_with(':') => (rest, key),
        None => {
            return Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Char,
            )))
        }
    };
    Ok(("", (key.trim_end().trim_end_matches(':'), rest)))
}

/// The fullwidth colon (U+FF1A) that ends a label as `:` does, text set
/// with an East Asian input method giving it: `Title：Street Lighting`.
pub(crate) const FULLWIDTH_COLON: char = '\u{ff1a}';

/// Where the first colon of `s` is, `:` or [`FULLWIDTH_COLON`], and
/// whether it is the fullwidth one: one byte search for `:` and 0xEF (the
/// first byte of the fullwidth colon's UTF-8), which most lines pass
/// through without a stop.
fn first_colon(s: &str) -> Option<(usize, bool)> {
    const FULL: &[u8] = "\u{ff1a}".as_bytes();
    let b = s.as_bytes();
    memchr::memchr2_iter(b':', FULL[0], b).find_map(|at| {
        if b[at] == b':' {
            Some((at, false))
        } else {
            b[at..].starts_with(FULL).then_some((at, true))
        }
    })
}

/// Whether `s` has a colon, `:` or [`FULLWIDTH_COLON`].
pub(crate) fn has_colon(s: &str) -> bool {
    first_colon(s).is_some()
}

/// `Key: value`, or `Key:` alone; or `Key：value` with a fullwidth colon,
/// which carries its own space.
fn plain_field(input: &str) -> IResult<&str, (&str, &str)> {
    let fail = || nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Char));
    let (at, fullwidth) = first_colon(input).ok_or_else(fail)?;
    let colon = if fullwidth {
        FULLWIDTH_COLON.len_utf8()
    } else {
        1
    };
    let (key, rest) = (&input[..at], &input[at + colon..]);
    let spaced = fullwidth || rest.is_empty() || rest.starts_with([' ', '\t', '\u{a0}']);
    if !spaced || key.contains("**") {
        return Err(fail());
    }
    Ok(("", (key, rest)))
}

/// `Report of the Director of Social Services`: a report-of field with no colon.
/// A county cover's classification before it is no part of the key: "Open
/// Report on behalf of NAME, POST" gives `Report on behalf of`.
fn report_of(input: &str) -> IResult<&str, (&str, &str)> {
    let (input, _) = nom::combinator::opt(terminated(
        nom::branch::alt((tag_no_case("open"), tag_no_case("exempt"))),
        space1,
    ))
    .parse(input)?;
    // "Joint report of": the qualifier names the authors, so it is the key's.
    let (rest, _) = nom::combinator::opt(terminated(tag_no_case("joint"), space1)).parse(input)?;
    let (rest, _) = tag_no_case("report").parse(rest)?;
    let (rest, _) = space1(rest)?;
    let (rest, _) = nom::branch::alt((
        tag_no_case("of"),
        tag_no_case("by"),
        tag_no_case("from"),
        nom::combinator::recognize((
            tag_no_case("on"),
            space1,
            tag_no_case("behalf"),
            space1,
            tag_no_case("of"),
        )),
    ))
    .parse(rest)?;
    let key = &input[..input.len() - rest.len()];
    let (value, _) = space1(rest)?;
    Ok(("", (key, value)))
}

/// Whether `key` (plain text) opens with "Appendix" or "Annex": a line or
/// table row that lists an appendix (`Appendix A: Action Plan`, `| Appendix
/// | Title |`), not a field.
pub(crate) fn names_an_appendix(key: &str) -> bool {
    let first_word = key.split_whitespace().next().unwrap_or("");
    // (No other letter lower-cases to the ASCII letters of these words.)
    ["appendix", "annex"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(first_word))
}

/// Whether line `s` (past its markup) opens as a report-of field that
/// needs no colon (see `report_of`): "Report …" or "Joint report …". A line
/// of prose naming a report ("The report of the working group …") does
/// not.
pub(crate) fn opens_report_of(s: &str) -> bool {
    let word = |s: &str, w: &str| s.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w));
    let rest = if word(s, "joint ") {
        s[6..].trim_start()
    } else {
        s
    };
    word(rest, "report")
}

/// Whether `key` is the label of a report-of field ("Report of", "REPORT
/// BY", "Report from").
pub(crate) fn is_report_of_key(key: &str) -> bool {
    report_of(&format!("{} x", key.trim())).is_ok_and(|(_, (k, _))| k.len() == key.trim().len())
}

/// Whether `key` (plain text) looks like a field label. A bilingual label
/// (`Dyddiad y cyfarfod / Date of meeting`) is held to the limits side by
/// side: each language's label is one label.
pub(crate) fn is_key(key: &str) -> bool {
    let short = |side: &str| {
        side.len() <= 48 && (1..=6).contains(&crate::parse::inline::words_up_to(side, 7))
    };
    let bilingual = || {
        key.split_once(" / ")
            .is_some_and(|(a, b)| short(a) && short(b) && !b.contains(" / "))
    };
    // The cheap tests first: most lines that reach here are no key.
    key.starts_with(|c: char| c.is_uppercase())
        && !key.bytes().any(is_digit_or_stop)
        && (short(key) || bilingual())
        && !is_recommendation_lead_in(key)
}

/// Whether `key` leads in to the recommendations rather than labels a
/// value: "The Committee is recommended to", "Cabinet is asked to",
/// "It is recommended that". ("Report to" is a label: no verb.)
fn is_recommendation_lead_in(key: &str) -> bool {
    let Some(head) = key
        .strip_suffix(" to")
        .or_else(|| key.strip_suffix(" that"))
    else {
        return false;
    };
    head.split_whitespace().any(|w| {
        ["recommended", "asked", "invited", "requested"]
            .iter()
            .any(|v| w.eq_ignore_ascii_case(v))
    })
}

/// Whether `value` gives an email address or a phone number (nine digits
/// or more, spaces between allowed): stricter than the contact-details
/// rule, since here it makes a field the contact ("2024-25" is no phone),
/// for the rules and for the parser reading a column of a list of
/// background papers (see `front_sheet::table_fields`).
/// It is not the pack's `reachable` pattern on purpose: that one answers
/// "can this contact be reached" (six digits or a "Tel" cue will do), this
/// one "is this unlabelled field the contact", where a looser test would
/// take a reference number or a budget line for a phone number.
pub(crate) fn gives_phone_or_email(value: &str) -> bool {
    if value.split_whitespace().any(|w| {
        w.split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
    }) {
        return true;
    }
    let mut digits = 0;
    for ch in value.chars() {
        if ch.is_ascii_digit() {
            digits += 1;
            if digits >= 9 {
                return true;
            }
        } else if ch != ' ' {
            digits = 0;
        }
    }
    false
}

/// The labels a normalised key (lower case, single spaces) offers when
/// one of its words joins two alternatives with a slash and no spaces
/// (`meeting/decision date`, `wards/communities affected`): the key with
/// that word read as each side in turn (`meeting date`, `decision date`).
/// Only where one word holds one slash and each side is a word of two
/// letters or more (`ward/s` gives nothing); none otherwise.
pub(crate) fn slash_alternatives(key: &str) -> Vec<String> {
    let mut slashed = key.split(' ').enumerate().filter(|(_, w)| w.contains('/'));
    let Some((at, word)) = slashed.next() else {
        return Vec::new();
    };
    let side_ok = |s: &str| s.len() >= 2 && s.chars().all(|c| c.is_alphabetic() || c == '-');
    let Some((a, b)) = word.split_once('/') else {
        return Vec::new();
    };
    if slashed.next().is_some() || !side_ok(a) || !side_ok(b) {
        return Vec::new();
    }
    [a, b]
        .iter()
        .map(|side| {
            key.split(' ')
                .enumerate()
                .map(|(n, w)| if n == at { *side } else { w })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// A key whose last word offers its plural in a bracket (`Committee(s)`,
/// `Report author(s)`) without the bracket: the label it stands for where
/// the pack lists the word alone (`committee`). None for any other key.
pub(crate) fn without_plural_bracket(key: &str) -> Option<&str> {
    let stem = key
        .trim()
        .trim_end_matches(':')
        .trim_end()
        .strip_suffix("(s)")?;
    stem.ends_with(|c: char| c.is_alphabetic())
        .then(|| stem.trim_end())
}

/// A byte no key has: a digit, or a sentence's punctuation.
fn is_digit_or_stop(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'.' | b',' | b';' | b'?' | b'!')
}

/// The options ticked in a value written as check boxes, each label before
/// its box (`Yes ☐ No ☒`) or after it (`☒ Yes ☐ No`, `[x] Open [ ] Exempt`):
/// the ticked labels joined by `, `, empty when none is ticked. `None` when
/// the value has fewer than two boxes or its labels cannot be paired with
/// them (text both before the first box and after the last).
pub(crate) fn ticked_choice(value: &str) -> Option<String> {
    let value = &*super::inline::symbol_marks(value);
    if !value.contains(['☒', '☑', '■', '☐', '□', '[']) {
        return None;
    }
    let v = value
        .replace("[x]", "☒")
        .replace("[X]", "☒")
        .replace("[ ]", "☐");
    let mut pieces = vec![String::new()];
    let mut ticks = Vec::new();
    for c in v.chars() {
        match c {
            '☒' | '☑' | '■' => ticks.push(true),
            '☐' | '□' => ticks.push(false),
            _ => {
                pieces.last_mut().unwrap().push(c);
                continue;
            }
        }
        pieces.push(String::new());
    }
    if ticks.len() < 2 {
        return None;
    }
    let label = |s: &String| {
        s.trim()
            .trim_matches(['|', '/', ',', ';'])
            .trim()
            .to_string()
    };
    let labels: Vec<String> = if label(&pieces[0]).is_empty() {
        pieces[1..].iter().map(label).collect()
    } else if label(pieces.last().unwrap()).is_empty() {
        pieces[..ticks.len()].iter().map(label).collect()
    } else {
        return None;
    };
    if labels.iter().any(String::is_empty) {
        return None;
    }
    let ticked: Vec<&str> = labels
        .iter()
        .zip(&ticks)
        .filter(|(_, &t)| t)
        .map(|(l, _)| l.as_str())
        .collect();
    Some(ticked.join(", "))
}

/// Whether `s` is a person's name: an optional title ("Mr", "Dr."), then
/// two to four capitalised words, initials and "O'Hynn" included, with
/// particles such as "van" between them; and no word of a body or post
/// (`not_names`, the vocabulary's `not-names`). Honorifics and particles
/// are English grammar, not a council's words: they stay here. The
/// clearance reader and the front-sheet reader both ask it.
pub(crate) fn is_name(s: &str, not_names: &crate::parse::vocabulary::Words) -> bool {
    const TITLES: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor"];
    const PARTICLES: &[&str] = &[
        "van", "von", "de", "der", "den", "da", "du", "del", "la", "le", "bin", "al",
    ];
    let capitalised = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '.' | '-'))
    };
    // Capitalised words, each perhaps after a particle: two to four of them.
    let names = |words: &[&str]| {
        let mut count = 0;
        let mut i = 0;
        while i < words.len() {
            if capitalised(words[i]) {
                i += 1;
            } else if PARTICLES.contains(&words[i]) && count > 0 {
                match words.get(i + 1) {
                    Some(w) if capitalised(w) => i += 2,
                    _ => return false,
                }
            } else {
                return false;
            }
            count += 1;
        }
        (2..=4).contains(&count)
    };
    // A title and four names, each perhaps after a particle, are nine
    // words at most.
    let words: Vec<&str> = s.split_whitespace().take(10).collect();
    if words.len() == 10 {
        return false;
    }
    let titled = words
        .first()
        .is_some_and(|w| TITLES.contains(&w.strip_suffix('.').unwrap_or(w)));
    (names(&words) || titled && names(&words[1..]))
        && !words.iter().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            not_names.contains(&w)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plural_in_a_bracket_gives_the_word_alone() {
        assert_eq!(without_plural_bracket("Committee(s):"), Some("Committee"));
        assert_eq!(
            without_plural_bracket("report author(s)"),
            Some("report author")
        );
        assert_eq!(without_plural_bracket("Committees"), None);
        assert_eq!(without_plural_bracket("(s)"), None);
        assert_eq!(without_plural_bracket("Ward (s)"), None);
    }

    #[test]
    fn a_slash_between_two_words_offers_each_label() {
        assert_eq!(
            slash_alternatives("meeting/decision date"),
            ["meeting date", "decision date"]
        );
        assert_eq!(
            slash_alternatives("wards/communities affected"),
            ["wards affected", "communities affected"]
        );
        assert_eq!(slash_alternatives("title/subject"), ["title", "subject"]);
        // "Ward/s", two slashes, a slash between spaces: nothing.
        assert!(slash_alternatives("ward/s affected").is_empty());
        assert!(slash_alternatives("key/non-key/other decision").is_empty());
        assert!(slash_alternatives("meeting / cyfarfod").is_empty());
        assert!(slash_alternatives("wards affected").is_empty());
    }

    fn f(s: &str) -> Option<(String, String)> {
        field(s, 0, true).map(|f| (f.key, f.value))
    }

    #[test]
    fn a_lead_in_to_the_recommendations_is_no_key() {
        assert!(!is_key("The Committee is recommended to"));
        assert!(!is_key("Cabinet is asked to"));
        assert!(!is_key("It is recommended that"));
        assert!(f("Members are invited to:").is_none());
        // Labels that end in "to" name no verb of the kind.
        assert!(is_key("Report to"));
        assert!(is_key("Decision delegated to"));
        assert_eq!(
            f("Report to: Cabinet"),
            Some(("Report to".into(), "Cabinet".into()))
        );
    }

    #[test]
    fn bold_fields() {
        let s = "**COMMITTEE:** SOCIAL INCLUSION SCRUTINY";
        let fd = field(s, 10, true).unwrap();
        assert_eq!(fd.key, "COMMITTEE");
        assert_eq!(fd.value, "SOCIAL INCLUSION SCRUTINY");
        assert_eq!(
            &s[fd.key_span.start - 10..fd.key_span.end - 10],
            "COMMITTEE"
        );
        assert_eq!(
            &s[fd.value_span.start - 10..fd.value_span.end - 10],
            "SOCIAL INCLUSION SCRUTINY"
        );
        let empty = field("**WARDS AFFECTED:**", 0, true).unwrap();
        assert!(empty.is_empty());
        assert!(empty.value_span.is_empty());
        assert_eq!(
            f("**Status**: Public"),
            Some(("Status".into(), "Public".into()))
        );
        // An italic label, and the longer runs Word's underlined and
        // small-capital labels become (`inline::formatting_spans`).
        for (s, key, value) in [
            ("*Date:* 25 November 2027", "Date", "25 November 2027"),
            (
                "*Date*************: Thursday 25 November",
                "Date",
                "Thursday 25 November",
            ),
            (
                "*Report of:************* Chief People Officer",
                "Report of",
                "Chief People Officer",
            ),
        ] {
            assert_eq!(f(s), Some((key.into(), value.into())), "{s}");
        }
        // Emphasis with no colon after its label is no field; nor is a
        // bold sentence with a colon inside the emphasis but not at its end.
        for s in [
            "**Background**",
            "*Note* the figures are provisional",
            "**Note: the figures** are provisional",
        ] {
            assert_eq!(f(s), None, "{s}");
        }
    }

    #[test]
    fn plain_fields() {
        assert_eq!(
            f("Key Decision: No"),
            Some(("Key Decision".into(), "No".into()))
        );
        assert_eq!(
            f("Contact Officer: Trish O'Hynn, 020 7664 3129").unwrap().0,
            "Contact Officer"
        );
        assert_eq!(f("Section 1: Summary"), None);
        assert_eq!(f("the completion of questionnaires by:"), None);
        assert_eq!(f("http://example.org"), None);
    }

    #[test]
    fn a_table_row_with_no_outer_rules_gives_the_cell_after_the_label() {
        // `html2text`'s two-column table: the rule is no part of the value.
        let text = "Key decision: | Yes (forward plan ref. KD/27/014)  ";
        let field = field(text, 0, false).unwrap();
        assert_eq!(field.value, "Yes (forward plan ref. KD/27/014)");
        assert_eq!(
            field.value_span.of(text),
            "Yes (forward plan ref. KD/27/014)"
        );
        // The rule closing the row goes too.
        assert_eq!(f("Wards affected: | All |").unwrap().1, "All");
        // A rule with no space after it, or inside the value, stays.
        assert_eq!(f("Options: |A|B|").unwrap().1, "|A|B|");
        assert_eq!(f("Ward: Priory | Abbey").unwrap().1, "Priory | Abbey");
    }

    #[test]
    fn a_colon_inside_a_bracket_the_key_opens_makes_no_field() {
        // A heading carrying an officer's stamp: the stamp's label is no key.
        assert_eq!(
            f("FINANCIAL IMPLICATIONS [Officer Initials: HRB     Date: 19/03/27]"),
            None
        );
        assert_eq!(f("Legal Implications (Lawyer: J Smith)"), None);
        // A bracket closed before the colon keeps its field.
        assert_eq!(f("Ward(s) [if any]: All").unwrap().0, "Ward(s) [if any]");
    }

    #[test]
    fn a_fullwidth_colon_or_a_no_break_space_before_the_colon_ends_the_label() {
        let s = "Title\u{ff1a}Street Lighting";
        let fd = field(s, 0, true).unwrap();
        assert_eq!(
            (fd.key.as_str(), fd.value.as_str()),
            ("Title", "Street Lighting")
        );
        assert_eq!(fd.key_span.of(s), "Title");
        assert_eq!(fd.value_span.of(s), "Street Lighting");
        assert_eq!(
            f("Report of\u{ff1a} Director of Place"),
            Some(("Report of".into(), "Director of Place".into()))
        );
        let empty = field("Contact officer\u{ff1a}", 0, true).unwrap();
        assert_eq!(empty.key, "Contact officer");
        assert!(empty.is_empty());
        // French spacing: a no-break space before the colon.
        let fd = field("Meeting\u{a0}: Cabinet", 0, true).unwrap();
        assert_eq!((fd.key.as_str(), fd.value.as_str()), ("Meeting", "Cabinet"));
        assert_eq!(fd.key_span.of("Meeting\u{a0}: Cabinet"), "Meeting");
        // An ASCII colon before it is the label's end, as before.
        assert_eq!(
            f("Time: 10\u{ff1a}30").map(|(k, _)| k).as_deref(),
            Some("Time")
        );
        assert!(has_colon("Date\u{ff1a}") && has_colon("a: b") && !has_colon("No colon"));
    }

    #[test]
    fn invisible_characters_of_word_and_pdf_exports_are_read_as_absent() {
        // Zero-width spaces and joiners, a soft hyphen, direction marks, a
        // byte-order mark where two exports were joined; no-break spaces
        // read as spaces.
        for key in [
            "K\u{200b}ey decision",
            "Key \u{200d}decision",
            "Ke\u{200c}y decision",
            "Key\u{a0}decision",
            "\u{200e}Key decision\u{200f}",
            "\u{feff}Key decision",
            "Key deci\u{ad}sion",
            "Key\u{2060} decision",
            "\u{202b}Key decision\u{202c}",
        ] {
            let line = format!("{key}: Yes");
            let (k, v) = f(&line).unwrap_or_else(|| panic!("{line:?} is no field"));
            assert_eq!(crate::template::normalise(&k), "key decision", "{line:?}");
            assert_eq!(v, "Yes");
        }
        // The span of the key is still the text as written.
        let line = "\u{200b}Meeting: Cabinet";
        let fd = field(line, 0, true).unwrap();
        assert_eq!(fd.key, "Meeting");
        assert_eq!(fd.key_span.of(line), "\u{200b}Meeting");
        // A title with them reads as its plain form.
        assert_eq!(
            crate::template::normalise("Pur\u{ad}pose of re\u{200b}port"),
            "purpose of report"
        );
        assert_eq!(
            crate::template::normalise("\u{200f}(Financial) Implications"),
            crate::template::normalise("(Financial) Implications")
        );
    }

    #[test]
    fn bilingual_keys_are_limited_side_by_side() {
        assert_eq!(
            f("Dyddiad y cyfarfod / Date of meeting:   Tuesday, 25 March 2025"),
            Some((
                "Dyddiad y cyfarfod / Date of meeting".into(),
                "Tuesday, 25 March 2025".into()
            ))
        );
        // Seven words with no second language are a sentence's start.
        assert_eq!(f("The date of the meeting is now: Tuesday"), None);
        assert_eq!(f("One two three four five six seven / eight: x"), None);
        assert_eq!(
            f("Ward / Division / Area: North").unwrap().0,
            "Ward / Division / Area"
        );
    }

    #[test]
    fn report_of_lines() {
        assert_eq!(
            field("Report of the Joint Review of Social Services", 0, false),
            None
        );
        assert_eq!(
            f("Report of the Director of Social Services"),
            Some(("Report of".into(), "the Director of Social Services".into()))
        );
        assert_eq!(
            f("Open Report on behalf of Jo Bloggs, Executive Director – Place"),
            Some((
                "Report on behalf of".into(),
                "Jo Bloggs, Executive Director – Place".into()
            ))
        );
        assert!(is_report_of_key("Report on behalf of"));
        // A joint report's authors: the qualifier is the key's.
        assert_eq!(
            f("Joint report of the Bridge Master and the Treasurer to the Board"),
            Some((
                "Joint report of".into(),
                "the Bridge Master and the Treasurer to the Board".into()
            ))
        );
        assert!(is_report_of_key("Joint report of"));
        assert!(opens_report_of("Joint report of the Treasurer"));
        assert!(opens_report_of("REPORT BY THE DIRECTOR"));
        // Prose naming a report, and a report of another kind, are none.
        assert_eq!(
            field("The report of the working group was received", 0, true),
            None
        );
        assert!(!opens_report_of(
            "The report of the working group was received"
        ));
        assert_eq!(
            field("Final Report of the Task and Finish Group", 0, true),
            None
        );
        assert_eq!(field("Joint working with the NHS", 0, true), None);
        assert_eq!(field("Open Report on the budget", 0, true), None);
    }

    #[test]
    fn the_ticked_box_is_the_value() {
        let t = |s: &str| ticked_choice(s);
        assert_eq!(t("Yes ☐ No ☒").as_deref(), Some("No"));
        assert_eq!(t("Yes ☒ No ☐").as_deref(), Some("Yes"));
        assert_eq!(t("☐ Yes   ☒ No").as_deref(), Some("No"));
        assert_eq!(t("[x] Open [ ] Exempt").as_deref(), Some("Open"));
        assert_eq!(
            t("☒ Decision ☒ Information ☐ Discussion").as_deref(),
            Some("Decision, Information")
        );
        // Nothing ticked: no value.
        assert_eq!(t("Yes ☐ No ☐").as_deref(), Some(""));
        // One box, or boxes that cannot be paired with labels: as written.
        assert_eq!(t("Yes ☒"), None);
        assert_eq!(t("No"), None);
        assert_eq!(t("Open ☐ then ☒ shut"), None);
    }

    #[test]
    fn wingdings_boxes_are_read_as_boxes() {
        let t = |s: &str| ticked_choice(s);
        assert_eq!(
            t("Yes \u{f0a8} No \u{f0a8} N/A \u{f0fe}").as_deref(),
            Some("N/A")
        );
        assert_eq!(t("\u{f078} Yes \u{f06f} No").as_deref(), Some("Yes"));
        // Wingdings bullets, and the letters whose codes they share, are
        // no boxes.
        assert_eq!(t("Yes \u{f0a7} No \u{f0a7}"), None);
        assert_eq!(t("Yes \u{f071} No \u{f071}"), None);
        assert_eq!(t("Yes x No o"), None);
    }
}
