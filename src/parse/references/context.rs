//! Context: what stands around a phrase, deciding whether it points into
//! another document or declares an attachment. These look at words of ASCII
//! letters and digits and cut only next to ASCII bytes. The nouns of
//! documents and the words that attach an appendix are the council's
//! [`Vocabulary`]; the function words here are English grammar.

use crate::parse::Vocabulary;

/// Whether a word starts at byte `i` (an ASCII letter): the character
/// before it is no letter or digit.
pub(super) fn word_starts_at(text: &str, i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let prev = text.as_bytes()[i - 1];
    if prev.is_ascii() {
        !prev.is_ascii_alphanumeric()
    } else {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    }
}

/// Whether `w` is one of `list`, ignoring ASCII case.
pub(super) fn is_one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Skips spaces, markup and at most one line break.
pub(super) fn skip_soft(s: &str) -> &str {
    let mut newlines = 0;
    for (idx, c) in s.char_indices() {
        match c {
            ' ' | '\t' | '\u{a0}' | '\u{202f}' | '*' | '_' | '\r' => {}
            '\n' if newlines == 0 => newlines += 1,
            _ => return &s[idx..],
        }
    }
    ""
}

/// Skips spaces, markup and at most one line break, backwards.
pub(super) fn skip_soft_back(s: &str) -> &str {
    let mut newlines = 0;
    for (idx, c) in s.char_indices().rev() {
        match c {
            ' ' | '\t' | '\u{a0}' | '\u{202f}' | '*' | '_' | '\r' => {}
            '\n' if newlines == 0 => newlines += 1,
            _ => return &s[..idx + c.len_utf8()],
        }
    }
    ""
}

/// The next word of ASCII letters and digits, and what follows it.
pub(super) fn first_word(s: &str) -> Option<(&str, &str)> {
    let s = skip_soft(s);
    let n = s.bytes().take_while(u8::is_ascii_alphanumeric).count();
    (n > 0).then(|| (&s[..n], &s[n..]))
}

/// The last word of ASCII letters and digits, and what stands before it.
pub(super) fn last_word(s: &str) -> Option<(&str, &str)> {
    let s = skip_soft_back(s);
    let n = s
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    (n > 0).then(|| (&s[s.len() - n..], &s[..s.len() - n]))
}

/// Words that end the noun phrase after "of the".
/// English grammar, not a council's words: stays in Rust (CONTRIBUTING, "Words").
pub(super) const PHRASE_STOPS: &[&str] = &[
    "of", "to", "in", "for", "on", "with", "by", "and", "or", "which", "that", "is", "are", "was",
    "were", "be", "will", "as", "at", "from",
];

/// Whether the text after a reference sends it into another document:
/// `of`/`to`/`in`/`under` and a document. `acronyms` are the paper's
/// acronyms of documents (see [`document_acronyms`]).
pub(super) fn external_after(rest: &str, v: &Vocabulary, acronyms: &[String]) -> bool {
    let s = skip_soft(rest);
    let s = s.strip_prefix(',').unwrap_or(s);
    match first_word(s) {
        Some((prep, s)) if is_one_of(prep, &["of", "to", "in", "under"]) => {
            let to = prep.eq_ignore_ascii_case("to");
            (prep.eq_ignore_ascii_case("of") && named_before(s))
                || (!(to && infinitive_follows(s, v)) && document_follows(s, !to, v, acronyms))
        }
        _ => false,
    }
}

/// Nouns of a paper's own parts: "paragraph 3.4 of that section", "item 2
/// of that appendix" stay in the paper (see [`named_before`]).
/// English grammar, not a council's words: stays in Rust (CONTRIBUTING, "Words").
pub(super) const PAPER_PARTS: &[&str] = &[
    "section",
    "sections",
    "paragraph",
    "paragraphs",
    "para",
    "part",
    "parts",
    "table",
    "tables",
    "chapter",
    "page",
    "pages",
    "list",
    "heading",
    "recommendation",
    "recommendations",
    "figure",
    "box",
    "point",
];

/// Whether the words after "of" (`s`) are "that" or "those" and a noun that
/// is none of the paper's own parts: a document named before ("The Panel's
/// complaints procedure was revised in March. Paragraph 6.4 of that
/// procedure requires …"). "of this report", "of that section", "of that
/// appendix" stay in the paper; "to that end", "in that year" are not
/// after "of" and never reach here.
pub(super) fn named_before(s: &str) -> bool {
    let Some((w, s)) = first_word(s) else {
        return false;
    };
    if !is_one_of(w, &["that", "those"]) {
        return false;
    }
    first_word(s).is_some_and(|(noun, _)| {
        let lower = noun.to_ascii_lowercase();
        noun.bytes().all(|b| b.is_ascii_alphabetic())
            && !is_one_of(noun, PHRASE_STOPS)
            && !is_one_of(noun, PAPER_PARTS)
            && !lower.starts_with("appendi")
            && !lower.starts_with("annex")
    })
}

/// Possessive determiners: a paragraph cited with one belongs to the
/// document the sentence is about ("the report to that Committee explains
/// in its paragraph 3.7", "their paragraph 4"); a paper never calls its own
/// paragraphs "its paragraph". "our" is the paper's own and is not here.
/// English grammar, not a council's words: stays in Rust (CONTRIBUTING, "Words").
pub(super) const POSSESSIVES: &[&str] = &["its", "their", "his", "her"];

/// Whether the word just before a paragraph or section cue (`before` the
/// text up to it, across spaces, markup and one line break) is one of the
/// [`POSSESSIVES`]: "in its paragraph 3.7" points into another document;
/// "see paragraph 3.7", "it is paragraph 3.7 that" do not.
pub(super) fn possessed_before(before: &str) -> bool {
    last_word(before).is_some_and(|(w, _)| is_one_of(w, POSSESSIVES))
}

/// Words that may open a noun phrase after "to" without being a verb:
/// "Appendix 6 to the officer report", "Annex 2 to last year's plan".
/// English grammar, not a council's words: stays in Rust (CONTRIBUTING, "Words").
pub(super) const NOUN_PHRASE_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "these", "that", "those", "our", "its", "their", "his", "her",
    "each", "every", "any", "both", "all", "last", "previous", "earlier", "latest", "current",
    "original", "revised", "updated", "same",
];

/// Whether "to" and the words of `s` are an infinitive, so that the
/// reference before it is this paper's: "the decision attached as Appendix
/// A to award the contract", "Appendix 2 to agree the fees". A lower-case
/// word that opens no noun phrase, is no document noun and is not followed
/// by one ("to officer report", "to draft guidance" stay for
/// [`document_follows`] to judge).
pub(super) fn infinitive_follows(s: &str, v: &Vocabulary) -> bool {
    let Some((w, rest)) = first_word(s) else {
        return false;
    };
    if !w.as_bytes()[0].is_ascii_lowercase()
        || w.bytes().any(|b| b.is_ascii_digit())
        || is_one_of(w, NOUN_PHRASE_OPENERS)
        || v.document_nouns.contains_ignore_case(w)
        || is_one_of(w, ISSUED)
    {
        return false;
    }
    !first_word(rest).is_some_and(|(w2, _)| v.document_nouns.contains_ignore_case(w2))
}

/// Whether the words of `s` name another document (see the module docs);
/// `capital` says whether a word with a capital is enough. One of the
/// paper's `acronyms` of documents counts as a document noun ("Appendix 3
/// to the LOIP", where the paper spells out "Local Outcomes Improvement
/// Plan (LOIP)").
pub(super) fn document_follows(
    s: &str,
    capital: bool,
    v: &Vocabulary,
    acronyms: &[String],
) -> bool {
    let Some((mut w, mut s)) = first_word(s) else {
        return false;
    };
    if is_one_of(w, &["this", "these", "our"]) {
        return false;
    }
    if is_one_of(w, &["that", "those"]) {
        // "paragraph 3.4 of that report": a report named before, not this one.
        return first_word(s).is_some_and(|(w2, _)| v.document_nouns.contains_ignore_case(w2));
    }
    if is_one_of(w, &["the", "a", "an"]) {
        let Some((mut w2, mut s2)) = first_word(s) else {
            return false;
        };
        if let Some(after) = past_period(w2, s2) {
            // "paragraph 42 of the 2027/28 rules": the year dates the
            // document the words after it name, and they are judged alone.
            let Some(next) = first_word(after) else {
                return false;
            };
            (w2, s2) = next;
        }
        if is_one_of(w2, &["report", "paper", "document"]) {
            // "the report to Cabinet on 14 March 2023" is another report.
            return another_report(s2);
        }
        if is_one_of(w2, &["covering", "cover", "main"])
            && first_word(s2).is_some_and(|(w3, _)| is_one_of(w3, &["report", "paper"]))
        {
            return false;
        }
        (w, s) = (w2, s2);
    } else if is_one_of(w, &["report", "paper"]) {
        // "Appendix A to report back": a verb, not a document.
        return false;
    }
    let lower = w.to_ascii_lowercase();
    if lower.starts_with("appendi") || lower.starts_with("annex") {
        return false;
    }
    if capital
        && w.as_bytes()[0].is_ascii_uppercase()
        && !is_one_of(w, crate::parse::dates::WEEKDAYS)
        && !crate::parse::dates::is_month_word(w)
    {
        return true;
    }
    // Up to four words of the noun phrase, and any number of a name in
    // capitals (up to ten words in all): "the Care and Support Statutory
    // Guidance", where "and" joins two words of the name.
    let mut plain_words = 0;
    let mut in_name = false;
    for _ in 0..10 {
        if v.document_nouns.contains_ignore_case(w)
            || acronyms.iter().any(|a| a == w)
            || document_phrase_at(w, s, v)
        {
            return true;
        }
        if is_one_of(w, ISSUED) {
            // "section 7.9 of the final draft budget published on 5 February".
            return true;
        }
        let next = first_word(s);
        let capital = w.as_bytes()[0].is_ascii_uppercase();
        if is_one_of(w, PHRASE_STOPS) {
            let joins_name = in_name
                && is_one_of(w, &["and", "of", "for", "&"])
                && next.is_some_and(|(n, _)| n.as_bytes()[0].is_ascii_uppercase());
            if !joins_name {
                return false;
            }
        } else if !capital {
            plain_words += 1;
            if plain_words >= 4 {
                return false;
            }
        }
        in_name = capital || (in_name && is_one_of(w, PHRASE_STOPS));
        match next {
            Some((w2, s2)) => (w, s) = (w2, s2),
            None => return false,
        }
    }
    false
}

/// Whether one of the vocabulary's document nouns of several words opens
/// at word `w`, `rest` the text after it, word for word across spaces,
/// markup and one line break: "terms of reference" in "paragraph 4.6 of
/// its terms of reference". "in terms of cost" opens none.
pub(super) fn document_phrase_at(w: &str, rest: &str, v: &Vocabulary) -> bool {
    v.document_nouns.iter().any(|noun| {
        let Some((first, more)) = noun.split_once(' ') else {
            return false;
        };
        let mut s = rest;
        first.eq_ignore_ascii_case(w)
            && more.split(' ').all(|want| match first_word(s) {
                Some((got, after)) if got.eq_ignore_ascii_case(want) => {
                    s = after;
                    true
                }
                _ => false,
            })
    })
}

/// What follows a year or a period that starts at word `w` (`rest` the
/// text after it): `2027`, `2027/28`, `2024-2034`, `2027–28`. `None` when
/// `w` is no year (four digits from 1900 to 2099) or the period's second
/// part is not two or four digits.
pub(super) fn past_period<'s>(w: &str, rest: &'s str) -> Option<&'s str> {
    let year = w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"));
    if !year {
        return None;
    }
    let Some(tail) = rest.strip_prefix(['/', '-', '\u{2013}', '\u{2014}']) else {
        return (!rest.starts_with(|c: char| c.is_alphanumeric())).then_some(rest);
    };
    let n = tail.bytes().take_while(u8::is_ascii_digit).count();
    let ends = !tail[n..].starts_with(|c: char| c.is_alphanumeric());
    (matches!(n, 2 | 4) && ends).then(|| &tail[n..])
}

/// Words that, in the noun phrase after "of the", say it names a document
/// issued at some time: "the final draft budget published on 5 February".
/// English grammar, not a council's words: stays in Rust (CONTRIBUTING, "Words").
pub(super) const ISSUED: &[&str] = &["published", "dated", "issued"];

/// Whether the words after "the report" say which other report it is: "to
/// Cabinet", "to the Audit Committee", "of 12 May 2024", "on 14 March",
/// "dated …", "published …", "presented to …", "considered by …", or a
/// date or meeting named before ("of that date", "to that meeting": the
/// Sub-Committee's decision of 14 March 2024, "see Appendix B to the
/// report of that date").
pub(super) fn another_report(s: &str) -> bool {
    let Some((w, rest)) = first_word(s) else {
        return false;
    };
    if is_one_of(
        w,
        &[
            "dated",
            "published",
            "presented",
            "considered",
            "submitted",
            "approved",
            "agreed",
            "issued",
            "taken",
            "received",
        ],
    ) {
        return true;
    }
    let Some((w2, rest2)) = first_word(rest) else {
        return false;
    };
    let starts_date = |x: &str| {
        x.as_bytes()[0].is_ascii_digit()
            || crate::parse::dates::is_month_word(x)
            || is_one_of(x, crate::parse::dates::WEEKDAYS)
    };
    // "that" or "those" and a noun: a date or meeting named before.
    let named_before = is_one_of(w2, &["that", "those"]) && first_word(rest2).is_some();
    match w.to_ascii_lowercase().as_str() {
        "to" | "of" | "on" | "at" if named_before => true,
        "to" => {
            if is_one_of(w2, &["this", "these"]) {
                return false;
            }
            let body = if is_one_of(w2, &["the", "a"]) {
                first_word(rest2).map(|(w3, _)| w3)
            } else {
                Some(w2)
            };
            body.is_some_and(|b| b.as_bytes()[0].is_ascii_uppercase() && !starts_date(b))
        }
        "of" | "on" => starts_date(w2),
        _ => false,
    }
}

/// Capitals that are words, not acronyms of documents.
/// English grammar, not a council's words: stays in Rust (CONTRIBUTING, "Words").
pub(super) const NOT_ACRONYMS: &[&str] = &[
    "AND", "THE", "SEE", "ALSO", "FOR", "ARE", "NOT", "REFER", "WITH", "FROM", "INTO", "PLEASE",
    "NOTE", "OR", "OF", "TO", "IN", "AT", "AS", "ON", "BY", "IS", "BE", "IT", "II", "III", "IV",
    "VI", "VII", "VIII", "IX",
];

/// Whether a document stands just before a cue: `before` is the text up to
/// the cue, whose line starts at `line_start`; `caps` says the cue is in
/// capitals.
pub(super) fn external_before(before: &str, line_start: usize, caps: bool, v: &Vocabulary) -> bool {
    if cites_in_footnote(&before[line_start..]) {
        return true;
    }
    let line = before.trim_end_matches([' ', '\t', '\u{a0}', '*', '_']);
    let line = line.strip_suffix(',').unwrap_or(line);
    let line = line.trim_end_matches([' ', '\t', '\u{a0}', '*', '_']);
    if let Some(open) = line.strip_suffix(')').and_then(|l| l.rfind('(')) {
        // "Planning Policy Wales (Edition 12), section 4.2": the name
        // before the brackets.
        return named_document_before(&line[..open], v);
    }
    if let Some(name) = line.strip_suffix('(') {
        // "the Fire and Rescue National Framework for England (paragraph
        // 4.6)": the name the bracket opens after; "The statutory guidance
        // (paragraph 41)": legislation or guidance named in lower case.
        return named_document_before(name, v) || cited_document_before(name, v);
    }
    let Some((w, rest)) = last_word(line) else {
        return false;
    };
    if w.bytes().any(|b| b.is_ascii_digit()) {
        return last_word(rest.trim_end_matches([' ', '\t']))
            .is_some_and(|(w2, _)| v.numbered_documents.contains_ignore_case(w2));
    }
    if v.documents_before.contains_ignore_case(w) || named_document_before(line, v) {
        return true;
    }
    !caps
        && (2..=8).contains(&w.len())
        && w.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && w.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && !NOT_ACRONYMS.contains(&w)
}

/// Whether `line` (a line up to a cue) is a footnote definition citing a source, up to a
/// comma before the cue: `[^2]: Governance and Accountability for Smaller
/// Authorities in England (2025), paragraph 5.33`. The note names the
/// source, then the place in it. A note about this paper ("[^3]: As
/// explained above, paragraph 4.2"; "see", "this", "our", "above",
/// "below") stays internal.
pub(super) fn cites_in_footnote(line: &str) -> bool {
    let Some(note) = line.trim_start().strip_prefix("[^") else {
        return false;
    };
    let Some(body) = note.find("]:").map(|at| &note[at + 2..]) else {
        return false;
    };
    let body = body.trim_end_matches([' ', '\t', '\u{a0}', '*', '_']);
    let Some(source) = body.strip_suffix(',') else {
        return false;
    };
    let mut s = source;
    let mut capital = false;
    while let Some((w, rest)) = first_word(s) {
        if is_one_of(w, &["see", "this", "these", "our", "above", "below"]) {
            return false;
        }
        capital |= w.as_bytes()[0].is_ascii_uppercase();
        s = rest.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    }
    capital
}

/// Whether `before` ends with a name in capitals that has a document word
/// in it: "Planning Policy Wales", "the Local Transport Plan 4" (at most six
/// words back, each with a capital or a number, or `and`/`for`/`of`/`to`
/// joining two of them: "the Fire and Rescue National Framework for
/// England", "the code's Guide to Good Practice"). Any document noun counts once the name has a second word in
/// capitals ("Supported Housing Review", "Statement of Accounts"), unless
/// the name is this paper ("This Report").
pub(super) fn named_document_before(before: &str, v: &Vocabulary) -> bool {
    let mut s = before.trim_end_matches([' ', '\t', '\u{a0}', '*', '_']);
    // Words in capitals so far, and whether one is a document noun.
    let mut capitals = 0;
    let mut noun = false;
    let named = |capitals: usize, noun: bool| noun && capitals >= 2;
    for _ in 0..8 {
        let Some((w, rest)) = last_word(s) else {
            return named(capitals, noun);
        };
        let first = w.as_bytes()[0];
        if capitals > 0 && is_one_of(w, &["and", "for", "of", "to"]) {
            s = rest.trim_end_matches([' ', '\t', '\u{a0}']);
            continue;
        }
        if is_one_of(w, &["this", "these", "our"]) {
            return false;
        }
        if !(first.is_ascii_uppercase() || first.is_ascii_digit()) || is_one_of(w, &["the", "a"]) {
            return named(capitals, noun);
        }
        if v.documents_before.contains_ignore_case(w) {
            return true;
        }
        if first.is_ascii_uppercase() {
            capitals += 1;
            noun |= v.document_nouns.contains_ignore_case(w);
        }
        // Words only: "Wales, section 4.2" has no name before the comma.
        // A name may wrap onto the next line ("Guide to" / "Good
        // Practice"), not over a blank one.
        let Some(before_word) = wrapped_space_back(rest) else {
            return named(capitals, noun);
        };
        s = before_word;
    }
    named(capitals, noun)
}

/// Whether `before` (the text up to a bracket) ends with "the", at most
/// three words in lower case and one of the vocabulary's
/// `cited-documents`: "The statutory guidance", "the regulations", "the
/// 2015 rules". Legislation and guidance the paper cites, never the
/// paper: "as set out above", "the report", "this guidance" and "its
/// recovery plan" say nothing.
pub(super) fn cited_document_before(before: &str, v: &Vocabulary) -> bool {
    let Some((noun, mut s)) = last_word(before) else {
        return false;
    };
    if !v.cited_documents.contains_ignore_case(noun) {
        return false;
    }
    for _ in 0..4 {
        let Some((w, rest)) = last_word(s) else {
            return false;
        };
        if w.eq_ignore_ascii_case("the") {
            return true;
        }
        let plain = w
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        if !plain || is_one_of(w, PHRASE_STOPS) {
            return false;
        }
        s = rest;
    }
    false
}

/// The acronyms the paper spells out as documents: a bracket holding
/// only an acronym (two capitals or more, quotes and "the" looked past)
/// straight after a name in capitals whose head is one of the
/// vocabulary's `document-nouns` (see [`names_document`]), a year or
/// period after it allowed: "Local Outcomes Improvement Plan (LOIP)", "the
/// Medium Term Financial Strategy 2025-2030 (MTFS)". A body's acronym ("Integrated Care Board (ICB)") is none, so
/// "Appendix 1 to the ICB" stays where it is sent.
pub(crate) fn document_acronyms(text: &str, v: &Vocabulary) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let inner = &text[open + 1..];
        let Some(close) = inner.bytes().take(24).position(|b| b == b')') else {
            continue;
        };
        // `(LOIP)`, `("MTFS")`, `(the 'SCI')`, Markdown's `\(LOIP\)`.
        let inner = inner[..close]
            .trim_end_matches('\\')
            .trim_matches(QUOTES_AND_MARKUP);
        let inner = inner
            .strip_prefix("the ")
            .map_or(inner, |t| t.trim_start_matches(QUOTES_AND_MARKUP));
        let acronym = (2..=8).contains(&inner.len())
            && inner.as_bytes()[0].is_ascii_uppercase()
            && inner.bytes().all(|b| b.is_ascii_alphanumeric())
            && inner.bytes().filter(u8::is_ascii_uppercase).count() >= 2
            && !NOT_ACRONYMS.contains(&inner);
        if !acronym || out.iter().any(|a| a == inner) {
            continue;
        }
        let before = text[..open].strip_suffix('\\').unwrap_or(&text[..open]);
        // "Plan 2024-2034 (LOIP)": the period dates the name.
        let name = before_period(before).unwrap_or(before);
        if names_document(name, v) {
            out.push(inner.to_string());
        }
    }
    out
}

/// The quotes and emphasis an acronym may be wrapped in where it is
/// spelt out: `("MTFS")`, `(the ‘SCI’)`, `(**LOIP**)`.
const QUOTES_AND_MARKUP: [char; 8] = [
    '"', '\'', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '*', '_',
];

/// Whether `name` ends with a name in capitals whose head is one of the
/// vocabulary's `document-nouns`: its last word ("Local Outcomes
/// Improvement Plan"), or the word before its "of" ("Statement of
/// Community Involvement", "Code of Conduct for Members"). "Policy and
/// Resources Committee" and "Integrated Care Board" name bodies.
fn names_document(name: &str, v: &Vocabulary) -> bool {
    let head =
        |w: &str| w.as_bytes()[0].is_ascii_uppercase() && v.document_nouns.contains_ignore_case(w);
    let Some((last, mut s)) = last_word(name) else {
        return false;
    };
    if head(last) {
        return true;
    }
    if !last.as_bytes()[0].is_ascii_uppercase() {
        return false;
    }
    for _ in 0..8 {
        let Some((w, rest)) = last_word(s) else {
            return false;
        };
        if w == "of" {
            return last_word(rest).is_some_and(|(h, _)| head(h));
        }
        if !(w.as_bytes()[0].is_ascii_uppercase() || is_one_of(w, &["and", "for"])) {
            return false;
        }
        s = rest;
    }
    false
}

/// `s` without the year or period that ends it (`Plan 2024-2034 `,
/// `Strategy 2025 `, Markdown's `2024\-2034` as well), up to the space
/// before it; `None` when `s` ends with no such year.
fn before_period(s: &str) -> Option<&str> {
    let s = skip_soft_back(s);
    let digits = |t: &str| t.bytes().rev().take_while(u8::is_ascii_digit).count();
    let n = digits(s);
    let first_year = match s[..s.len() - n].strip_suffix(['-', '/', '\u{2013}', '\u{2014}']) {
        Some(head) if matches!(n, 2 | 4) => head.strip_suffix('\\').unwrap_or(head),
        Some(_) => return None,
        None => s,
    };
    if digits(first_year) != 4 {
        return None;
    }
    let (before, year) = first_year.split_at(first_year.len() - 4);
    past_period(year, "")?;
    before.ends_with(char::is_whitespace).then_some(before)
}

/// `s` without the space that ends it: spaces and tabs, with at most one
/// line break among them. `None` where `s` ends with no space, or with a
/// blank line.
fn wrapped_space_back(s: &str) -> Option<&str> {
    let t = s.trim_end_matches([' ', '\t', '\u{a0}']);
    let t = match t.strip_suffix('\n') {
        Some(t) => t
            .strip_suffix('\r')
            .unwrap_or(t)
            .trim_end_matches([' ', '\t', '\u{a0}']),
        None => t,
    };
    (t.len() < s.len() && !t.ends_with('\n')).then_some(t)
}

/// Whether the words before an appendix cue at `cue` declare it.
pub(super) fn declares_before(text: &str, cue: usize, v: &Vocabulary) -> bool {
    let mut words = [""; 6];
    let mut n = 0;
    let mut s = &text[..cue];
    while n < words.len() {
        let Some((w, before)) = last_word(s) else {
            break;
        };
        words[n] = w;
        n += 1;
        s = before;
    }
    let words = &words[..n];
    match words {
        [] => false,
        [w1, ..] if v.attached.contains_ignore_case(w1) => true,
        [w1, more @ ..] if is_one_of(w1, &["as", "at"]) => {
            more.iter().any(|w| v.attaching.contains_ignore_case(w))
        }
        [w1, w2, ..] if is_one_of(w1, &["in", "to"]) => v.attached.contains_ignore_case(w2),
        _ => false,
    }
}

/// Words that join an exempt marking to the paragraph of the schedule it
/// relies on: "exempt under paragraph 3", "exempt by virtue of paragraph 3".
/// English grammar, not a council's words: stays in Rust (CONTRIBUTING, "Words").
const EXEMPT_JOINS: &[&str] = &["under", "by virtue of"];

/// Whether the text up to a paragraph cue (`before`) ends with one of the
/// vocabulary's `exempt-words` and a dash, a colon or one of
/// [`EXEMPT_JOINS`]: the paragraph is the exempt-information schedule's
/// ("Interview record (exempt – paragraph 12)", "NOT FOR PUBLICATION:
/// paragraphs 1 and 2", "exempt under paragraph 3"). "the exempt
/// paragraphs 4.1 to 4.3" (nothing between) and "… is confidential.
/// Paragraph 4.2 …" (a full stop) are the paper's.
pub(super) fn exempt_before(before: &str, v: &Vocabulary) -> bool {
    let s = skip_soft_back(before);
    let joined = s.strip_suffix(['-', '–', '—', ':']).or_else(|| {
        EXEMPT_JOINS
            .iter()
            .find_map(|join| ends_with_words(s, join))
    });
    joined.is_some_and(|s| {
        v.exempt_words
            .iter()
            .any(|phrase| ends_with_words(s, phrase).is_some())
    })
}

/// Whether the words after a reference say it is this paper's: "of this
/// report", "in our paper".
pub(super) fn this_paper_after(rest: &str) -> bool {
    first_word(rest).is_some_and(|(prep, s)| {
        is_one_of(prep, &["of", "in"])
            && first_word(s).is_some_and(|(w, _)| is_one_of(w, &["this", "these", "our"]))
    })
}

/// The text before the words of `phrase` (single spaces between them)
/// when `s` ends with them (across spaces, markup and one line break
/// between each, ignoring ASCII case).
fn ends_with_words<'s>(s: &'s str, phrase: &str) -> Option<&'s str> {
    phrase.rsplit(' ').try_fold(s, |s, want| {
        last_word(s).and_then(|(got, before)| got.eq_ignore_ascii_case(want).then_some(before))
    })
}

/// Whether the words before an appendix cue at `cue` say it is withheld
/// from this bundle: one of the one-word phrases of the vocabulary's
/// `withheld` list just before it ("the confidential Appendix 1", "the
/// exempt Appendix B").
pub(super) fn withheld_before(text: &str, cue: usize, v: &Vocabulary) -> bool {
    last_word(&text[..cue]).is_some_and(|(w, _)| v.withheld.contains_ignore_case(w))
}

/// Whether the words after an appendix reference say it is withheld from
/// this bundle: one of the vocabulary's `withheld` phrases, straight after
/// it, in a bracket or a dash's clause, or after up to three words of a
/// verb or a relative clause ("Appendix 2 is in Part 2", "Appendix 2,
/// which is in Part 2 of the agenda", "Appendix C (to follow)", "Appendix
/// 3 will be circulated separately", "Appendix 1 is not for
/// publication"). A word of any other kind ends the search: "Appendix 1
/// is not confidential" and "Appendix 1 sets out the confidential
/// process" say nothing.
pub(super) fn withheld_after(rest: &str, v: &Vocabulary) -> bool {
    let s = skip_soft(rest);
    let mut s = s.strip_prefix(['(', ',', '-', '–', '—']).unwrap_or(s);
    for _ in 0..4 {
        let s_soft = skip_soft(s);
        if v.withheld
            .iter()
            .any(|phrase| opens_with_phrase(s_soft, phrase))
        {
            return true;
        }
        let Some((w, r)) = first_word(s) else {
            return false;
        };
        if !is_one_of(
            w,
            &[
                "is", "are", "was", "were", "which", "will", "be", "been", "being", "has", "have",
                "also", "remains", "shall",
            ],
        ) {
            return false;
        }
        s = r;
    }
    false
}

/// Whether `s` opens with `phrase` (lower case, single spaces) in any case
/// and spacing, as whole words.
fn opens_with_phrase(s: &str, phrase: &str) -> bool {
    let mut s = s;
    for (n, word) in phrase.split(' ').enumerate() {
        if n > 0 {
            let t = s.trim_start_matches([' ', '\t', '\u{a0}', '\n', '\r']);
            if t.len() == s.len() {
                return false;
            }
            s = t;
        }
        match s.get(..word.len()) {
            Some(head) if head.eq_ignore_ascii_case(word) => s = &s[word.len()..],
            _ => return false,
        }
    }
    !s.starts_with(char::is_alphanumeric)
}

/// Whether the words after an appendix reference declare it: "(attached)",
/// "is attached", "which is enclosed".
pub(super) fn declares_after(rest: &str, v: &Vocabulary) -> bool {
    let s = skip_soft(rest);
    let mut s = s.strip_prefix(['(', ',', '-', '–', '—']).unwrap_or(s);
    for _ in 0..3 {
        let Some((w, r)) = first_word(s) else {
            return false;
        };
        if v.attached.contains_ignore_case(w) {
            return true;
        }
        if !is_one_of(
            w,
            &[
                "is", "are", "was", "were", "which", "has", "have", "been", "being", "also",
                "hereby",
            ],
        ) {
            return false;
        }
        s = r;
    }
    false
}
