//! Shapes of a line's text that the builder asks about: predicates and the
//! small nom productions (`section_label`, `suppression`).

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_until, take_while1};
use nom::character::complete::{char, multispace0, space0, space1};
use nom::multi::separated_list0;
use nom::sequence::delimited;
use nom::{IResult, Parser};

use super::*;

/// Whether a number takes part in the paper's paragraph numbering (and so
/// can start a new part): decimal, not bracketed, and either multi-level
/// (`1.1`, even as `- 1.1`) or a top-level number not indented into a list.
pub(super) fn counts_for_parts(n: &ParaNumber, indent: usize) -> bool {
    n.style == NumberStyle::Decimal && !n.parenthesised && (n.values.len() > 1 || indent == 0)
}

/// Whether `n` is a section's own number written with a zero after it
/// (`2.0`), as outlines numbered 1.0, 1.1, 2.0, 2.1 have them.
pub(super) fn is_section_zero(n: &ParaNumber) -> bool {
    matches!(n.values[..], [top, 0] if top > 0)
}

/// Splits a leading number off a heading's title (markup looked through):
/// `**1. Purpose of report**` → (`1`, `Purpose of report`); likewise
/// `1 Purpose` (no dot), `6.1 Financial`, `VIII. Financial implications`,
/// `A. Summary` and `Section 5: Corporate Risk Register`; the dot or
/// bracket may be escaped, as pandoc writes it (`13\. Appendices`).
pub(super) fn split_heading_number(raw: &str, span: Span) -> (Option<String>, Span) {
    let (at, inner) = inline::trim_markup(raw);
    match heading_number(inner) {
        Some((label, text_start)) => (
            Some(label),
            Span::new(span.start + at + text_start, span.end),
        ),
        None => (None, span),
    }
}

/// The number a heading's text starts with, and where its title starts.
pub(super) fn heading_number(inner: &str) -> Option<(String, usize)> {
    if let Ok((_, (number, title))) = section_label(inner) {
        return Some((number.to_string(), inline::offset_in(inner, title)));
    }
    let first = inner.chars().next()?;
    let (label, rest) = if first.is_ascii_digit() {
        // `1.`, `6.1`, and `1` alone when a space and a title follow.
        let end = inner
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(inner.len());
        let label = inner[..end].trim_end_matches('.');
        let escaped = usize::from(inner[end..].starts_with("\\."));
        let ok = !label.is_empty()
            && !label.contains("..")
            && label.split('.').all(|p| (1..=3).contains(&p.len()))
            && label.split('.').count() <= number::MAX_DEPTH
            && (label.contains('.') || end > label.len() || label.len() <= 2);
        if !ok {
            return None;
        }
        (label.to_string(), &inner[end + 2 * escaped..])
    } else if first.is_ascii_uppercase() {
        // `VIII. Financial`, `A. Summary`, `B) Detail`: a letter or a
        // roman numeral closed by a dot or a bracket.
        let end = inner
            .find(|c: char| !c.is_ascii_uppercase())
            .unwrap_or(inner.len());
        let label = &inner[..end];
        let escape = usize::from(inner[end..].starts_with('\\'));
        let closed = inner[end + escape..].starts_with(['.', ')']);
        let roman = label.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
        if !closed || !(label.len() == 1 || roman) {
            return None;
        }
        (label.to_ascii_lowercase(), &inner[end + escape + 1..])
    } else {
        return None;
    };
    let title = rest.trim_start_matches(number::SPACES);
    if title.len() == rest.len() || title.trim().is_empty() {
        return None;
    }
    // `5 – Background / Context`, `9 - Background papers`: a spaced dash
    // between a whole number and its title belongs to neither.
    let title = match after_spaced_dash(title) {
        Some(t) if label.bytes().all(|b| b.is_ascii_digit()) => t,
        _ => title,
    };
    Some((label, inner.len() - title.len()))
}

/// What follows a dash (en, em or a hyphen) and the white space after it
/// at the start of `text`, when there is white space and then a word:
/// `– Background` → `Background`. `-5`, `–` alone and `- - x` give none.
pub(super) fn after_spaced_dash(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(['–', '—', '-'])?;
    let title = rest.trim_start_matches(number::SPACES);
    (title.len() < rest.len() && title.starts_with(char::is_alphanumeric)).then_some(title)
}

/// Whether a line (its plain text) names an appendix or annex and nothing
/// else: `Appendix I`, `APPENDIX 2`, `Annex B`, `Appendix One`, a colon
/// after it allowed. The label is a number of one or two digits, a
/// capital letter, a roman numeral I to X in capitals, or a number
/// spelled out one to twelve.
pub(in crate::parse) fn is_appendix_label_line(flat: &str) -> bool {
    let line = flat
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{c}')
        .trim_end_matches(':')
        .trim_end();
    let mut words = line.split_whitespace();
    let (Some(cue), Some(label), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let cue_ok = ["appendix", "annex", "annexe"]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(cue));
    let digits = (1..=2).contains(&label.len())
        && label.bytes().all(|b| b.is_ascii_digit())
        && !label.starts_with('0');
    let letter = label.len() == 1 && label.bytes().all(|b| b.is_ascii_uppercase());
    let roman = label.len() <= 4
        && label.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
        && ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"].contains(&label);
    let word = crate::parse::references::number_word_value(label).is_some();
    cue_ok && (digits || letter || roman || word)
}

/// Whether a line carries on a sentence: it starts with a word in lower
/// case (not a list label such as `a.`).
pub(super) fn continues_sentence(line: &str) -> bool {
    let mut chars = line.trim_start().chars();
    matches!((chars.next(), chars.next()), (Some(a), Some(b)) if a.is_lowercase() && b.is_lowercase())
}

/// Whether a line of text stops where its sentence does not: it ends (past
/// any emphasis) in a letter, a digit, a comma, an opening bracket, a dash
/// or an ampersand ("The licensing team has", "(paragraph"), not in a
/// full stop, colon, semicolon, question or exclamation mark or a closing
/// bracket or quote.
pub(super) fn runs_on(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['*', '_'])
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '(' | '-' | '–' | '—' | '&'))
}

/// Whether a line ends in a dash that runs it on to what follows (`3.
/// Community/Council Planning –`, Pandoc's `--`): an en or em dash, or a
/// hyphen after a space; not a hyphen in a word.
pub(super) fn ends_with_dash(line: &str) -> bool {
    let t = line.trim_end().trim_end_matches(['*', '_']).trim_end();
    t.ends_with(['–', '—']) || t.ends_with(" -") || t.ends_with(" --")
}

/// Whether `n` breaks a running outline whose last number was `last`, so
/// that a line opening with it is no paragraph of the outline: a number
/// starting with 0 (`0.4 million`), one that goes backwards past `last`
/// (`2.5` after `3.2`), or one that jumps more than one section ahead
/// (`7.3` after `3.1`). A duplicate, a skip inside the section or to the
/// next, and a restart at 1 (a new part, a list: 1, 1.1, 1.0) do not; a
/// restart opens at its first number, so `1.3 miles` after `3.2` carries
/// on a sentence.
pub(super) fn breaks_sequence(last: &[u32], n: &[u32]) -> bool {
    let (Some(&top), Some(&last_top)) = (n.first(), last.first()) else {
        return false;
    };
    if top == 0 {
        return true;
    }
    if top == 1 && last_top > 1 {
        return n[1..].iter().any(|&x| x > 1);
    }
    n < last || top > last_top + 1
}

/// Whether `n` is the number that comes next after `last` in an outline:
/// a next sibling at some level, or a first child, every deeper level at
/// 1 (4.2 → 4.3, 4.2 → 5, 4.2 → 5.1, 4 → 4.1).
pub(super) fn is_next_number(last: &[u32], n: &[u32]) -> bool {
    (0..n.len()).any(|k| {
        k <= last.len()
            && n[..k] == last[..k]
            && n[k] == if k < last.len() { last[k] + 1 } else { 1 }
            && n[k + 1..].iter().all(|&x| x == 1)
    })
}

/// Whether a paragraph's text opens as a recommendation does: "That …"
/// ("That the plan is approved", "That, subject to …"), "To" and a verb
/// ("To approve the plan"), or, written as an instruction, one of the
/// vocabulary's `decision-verbs` with a capital ("Approve the plan").
pub(super) fn opens_recommendation(text: &str, vocab: &Vocabulary) -> bool {
    let flat = plain(text);
    let mut words = flat.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let word = first.trim_end_matches([',', ':']);
    match word {
        "That" | "THAT" => true,
        "To" | "TO" => words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase())),
        _ => {
            word.len() == first.len()
                && word.starts_with(|c: char| c.is_uppercase())
                && vocab.decision_verbs.contains(&word.to_lowercase())
        }
    }
}

/// The numbers of a line that is a paragraph number alone (`4.3`, `7.`,
/// pandoc's `7\.`).
pub(super) fn lone_number(line: &str) -> Option<Vec<u32>> {
    let t = line.trim();
    let t = t.strip_suffix("\\.").unwrap_or(t).trim_end_matches('.');
    if t.is_empty() || t.len() > 12 {
        return None;
    }
    t.split('.')
        .map(|p| {
            (!p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect()
}

/// The whole number a line holds alone, as a table's numbered rows have
/// it: one to three digits, perhaps with a dot (`1`, `12.`); not 0.
pub(super) fn row_number(line: &str) -> Option<u32> {
    if opens_with_letter(line) {
        return None;
    }
    let t = inline::trim(line);
    let t = t.strip_suffix('.').unwrap_or(t);
    if t.is_empty() || t.len() > 3 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().filter(|&n| n > 0)
}

/// Whether `line` opens with an ASCII letter: then it is no figure nor
/// number alone, and trimming cannot change that (most lines are words;
/// they are told so before any trimming or decoding).
pub(super) fn opens_with_letter(line: &str) -> bool {
    line.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
}

/// A line that is only a figure: `771.9`, `-25.1`, `4.35`, `£1,200`,
/// `(3.4)`, `12%`.
pub(super) fn is_figure(line: &str) -> bool {
    if opens_with_letter(line) {
        return false;
    }
    let t = inline::trim(line);
    !t.is_empty()
        && t.len() <= 24
        && t.bytes().any(|b| b.is_ascii_digit())
        && t.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, '.' | ',' | '-' | '–' | '£' | '%' | '(' | ')' | '+' | ' ')
        })
}

/// Whether a short line introduces what follows as part of a sentence
/// ("That the Committee:", "It is recommended that Cabinet:", "The Board
/// is asked to:") rather than naming a section.
pub(super) fn is_lead_in(flat: &str) -> bool {
    let t = flat.trim().trim_end_matches(':').trim_end();
    let mut words = t.split_whitespace();
    let first = words.next().unwrap_or("").to_lowercase();
    let last = t.rsplit(' ').next().unwrap_or("").to_lowercase();
    // "Our key achievements include:", "The options were as follows:".
    matches!(
        first.as_str(),
        "that" | "our" | "we" | "this" | "these" | "it" | "they" | "there" | "in" | "for"
    ) || matches!(
        last.as_str(),
        "include"
            | "includes"
            | "including"
            | "to"
            | "follows"
            | "following"
            | "by"
            | "of"
            | "with"
            | "were"
            | "was"
            | "are"
            | "is"
            | "that"
            | "below"
    ) || t.split_whitespace().any(|w| {
        matches!(
            w,
            "is" | "are"
                | "be"
                | "asked"
                | "recommended"
                | "requested"
                | "invited"
                | "will"
                | "should"
                | "must"
                | "makes"
                | "agrees"
                | "resolves"
        )
    })
}

/// `**…**` around the whole text.
pub(super) fn is_bold_wrapped(s: &str) -> bool {
    let t = inline::trim(s);
    t.len() > 4 && t.starts_with("**") && t.ends_with("**")
}

pub(super) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// "FORWARD TIMETABLE OF CONSULTATION AND MEETINGS:", "Meeting dates:".
pub(in crate::parse) fn is_timetable_key(flat: &str) -> bool {
    // Each of the three forms has an "m", which only "m" or "M" lower-cases to.
    if !flat.bytes().any(|b| b | 0x20 == b'm') {
        return false;
    }
    // ASCII text (most lines) is compared in any case where it stands;
    // other text is lower-cased first.
    let owned;
    let t = if flat.is_ascii() {
        flat
    } else {
        owned = flat.to_lowercase();
        &owned
    };
    let t = t.trim_end_matches(':').trim();
    let has = |word: &str| {
        t.as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    };
    let ends = |word: &str| {
        t.len() >= word.len()
            && t.as_bytes()[t.len() - word.len()..].eq_ignore_ascii_case(word.as_bytes())
    };
    !more_words_than(t, 8)
        && (has("timetable") || ends("meetings") || t.eq_ignore_ascii_case("meeting dates"))
}

/// A line holding only paragraph numbers (`1.8`, `2.6<TAB>5.9`, `**1.9**`).
pub(super) fn is_number_list(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '*' | ',' | ' ' | '\t'))
}

/// Whether a section lists the paper's appendices.
pub(super) fn is_appendix_list(title: &str) -> bool {
    if appendices::is_list_title(title) {
        return true;
    }
    // Every list word starts with an a or an e: most titles stop here.
    if !title.starts_with(['a', 'A', 'e', 'E']) {
        return false;
    }
    let lower = title.to_lowercase();
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    // "Annex B – Service standards" is an appendix, not a list of them.
    if let Some(second) = words.next() {
        let label = second.trim_matches(|c: char| !c.is_alphanumeric());
        if label.len() <= 2 || label.chars().all(|c| matches!(c, 'i' | 'v' | 'x')) {
            return false;
        }
    }
    matches!(
        first.trim_end_matches(':'),
        "appendix"
            | "appendices"
            | "annex"
            | "annexes"
            | "enclosure"
            | "enclosures"
            | "attachments"
    ) && !lower.chars().any(|c| c.is_ascii_digit())
}

/// The title after an appendix label: "Appendix A: Joint Review Action Plan."
pub(super) fn appendix_title(text: &str, after: usize) -> Option<String> {
    let rest = text.get(after..)?;
    let rest = rest.trim_start_matches([':', '-', '–', '—', ' ', '\t', '*']);
    let title = plain(rest);
    let title = title.trim().trim_end_matches('.').trim();
    (!title.is_empty()).then(|| title.to_string())
}

/// `Section 2: Report`, `Part B – Exempt information`.
pub(super) fn section_label(input: &str) -> IResult<&str, (&str, &str)> {
    // Most headings start with neither word: no parser for them.
    if !input.starts_with(['s', 'S', 'p', 'P']) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )));
    }
    let (rest, _) = alt((tag_no_case("section"), tag_no_case("part"))).parse(input)?;
    let (rest, _) = space1(rest)?;
    let (rest, number) =
        take_while1(|c: char| c.is_ascii_alphanumeric() && c != '_').parse(rest)?;
    if number.len() > 4 {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::TooLarge,
        )));
    }
    let (rest, _) = space0(rest)?;
    let (rest, _) = alt((tag(":"), tag("."), tag("–"), tag("-"), tag("—"))).parse(rest)?;
    let (title, _) = space0(rest)?;
    let title = title.trim_end();
    if title.is_empty() {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Eof,
        )));
    }
    Ok(("", (number, title)))
}

/// `<!-- paperlint: allow(rule-a, rule-b) -->` or `allow-file(...)`.
pub(super) fn suppression(input: &str) -> IResult<&str, (SuppressionScope, Vec<&str>)> {
    let (rest, _) = (
        tag("<!--"),
        multispace0,
        tag_no_case("paperlint"),
        space0,
        char(':'),
        space0,
    )
        .parse(input)?;
    let (rest, scope) = alt((
        tag("allow-file").map(|_| SuppressionScope::File),
        tag("allow").map(|_| SuppressionScope::Next),
    ))
    .parse(rest)?;
    let (rest, rules) = delimited(
        (space0, char('(')),
        separated_list0(
            (space0, char(','), space0),
            delimited(
                space0,
                take_while1(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                space0,
            ),
        ),
        char(')'),
    )
    .parse(rest)?;
    let (rest, _) = (space0, take_until("-->"), tag("-->")).parse(rest)?;
    Ok((rest, (scope, rules)))
}

/// A question answered yes or no after its `?` on the same line, the
/// question perhaps in bold (`**7.2 Are there any legal implications?**
/// Yes`), the answer alone (a full stop after it allowed; "Yes, because
/// …" is prose): where the question ends (after its `?`), where the
/// answer stands, and what it says. At most 200 bytes.
pub(super) fn answered_question(content: &str) -> Option<(usize, std::ops::Range<usize>, Mark)> {
    if content.len() > 200 {
        return None;
    }
    let at = memchr::memrchr(b'?', content.as_bytes())? + 1;
    let after = &content[at..];
    // The question's closing emphasis, then the answer (bold or not).
    let answer = after.trim_start_matches(['*', '_']);
    if answer.len() == after.len() && !answer.starts_with(char::is_whitespace) {
        return None;
    }
    let answer = answer.trim_start();
    let start = content.len() - answer.len();
    let word = answer.trim_matches(['*', '_']);
    let word = word
        .strip_suffix('.')
        .unwrap_or(word)
        .trim_end_matches(['*', '_']);
    let mark = if word.eq_ignore_ascii_case("yes") {
        Mark::Yes
    } else if word.eq_ignore_ascii_case("no") {
        Mark::No
    } else {
        return None;
    };
    let word_at = start + (answer.len() - answer.trim_start_matches(['*', '_']).len());
    Some((at, word_at..word_at + word.len(), mark))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_restart_opens_at_its_first_number() {
        // A new part or list restarts at 1, 1.1 or 1.0.
        assert!(!breaks_sequence(&[3, 2], &[1]));
        assert!(!breaks_sequence(&[3, 2], &[1, 1]));
        assert!(!breaks_sequence(&[3, 2], &[1, 0]));
        // "It is" / "1.3 miles from the centre": no outline restarts at 1.3.
        assert!(breaks_sequence(&[3, 2], &[1, 3]));
        assert!(breaks_sequence(&[4, 3], &[1, 7]));
        // Inside section 1, 1.3 after 1.2 runs on.
        assert!(!breaks_sequence(&[1, 2], &[1, 3]));
    }

    #[test]
    fn a_line_of_words_is_no_figure_and_white_space_is_looked_past() {
        assert!(is_figure("771.9"));
        assert!(is_figure("  (22.8) "));
        assert!(is_figure("\u{2003}£1,200"));
        assert!(!is_figure("Total"));
        assert!(!is_figure("Revenue 2025/26"));
        assert_eq!(row_number("12."), Some(12));
        assert_eq!(row_number("\u{2003}7"), Some(7));
        assert_eq!(row_number("Item 7"), None);
        assert_eq!(row_number("0"), None);
    }

    #[test]
    fn a_question_answered_yes_or_no_on_its_line() {
        let line = "**7.2 Are there any legal implications?** Yes";
        let (end, answer, mark) = answered_question(line).unwrap();
        assert_eq!(&line[..end], "**7.2 Are there any legal implications?");
        assert_eq!((&line[answer], mark), ("Yes", Mark::Yes));
        let line = "Are there any HR implications? **No.**";
        let (_, answer, mark) = answered_question(line).unwrap();
        assert_eq!((&line[answer], mark), ("No", Mark::No));
        // Near misses: an answer that goes on, a question with none, and
        // words run on after the `?`.
        for line in [
            "Are there any legal implications? Yes, because the lease ends.",
            "Members asked whether there are any legal implications?",
            "Are there any legal implications?No",
            "Are there any legal implications? Not yet",
        ] {
            assert!(answered_question(line).is_none(), "{line}");
        }
    }
}
