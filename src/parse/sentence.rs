//! Sentence ends, shared by the sign-off finders and the plain-English rules.
//!
//! One idea of where a sentence ends, in two strengths:
//!
//! - a **clause** ([`ends_clause`], [`sentence_bounds`]) also ends at `;` and
//!   at a tab: the sign-off finders read one clearance per clause;
//! - a **sentence** ([`ends_sentence`], [`sentences_into`]) ends only at `.`, `!`
//!   or `?`, and at a `;` that opens the next item of a run-in list
//!   (`…; (b) …`) or ends its line (`…; and` / next item): what the
//!   plain-English rules count words in.
//!
//! A full stop ends neither when it is part of a number (`£1.2m`, `4.3`),
//! of an abbreviation in [`ABBREVIATIONS`] (`para. 4.3`, `e.g.`, `i.e.`,
//! `Cllr.`, `No. 5`), of an initial (`J. Smith`), or when the next word
//! starts in lower case.

/// Abbreviations whose full stop does not end a sentence.
/// English abbreviations a sentence splitter knows: grammar, not a
/// council's words, so they stay in Rust.
const ABBREVIATIONS: &[&str] = &[
    "tel", "ext", "no", "nos", "dr", "mr", "mrs", "ms", "st", "cllr", "eg", "ie", "etc", "approx",
    "para", "paras", "ref", "vol", "pp", "p", "s",
];

/// Characters in the longest of [`ABBREVIATIONS`].
const LONGEST_ABBREVIATION: usize = 6;

/// Words after which a single capital is a label, not an initial:
/// "Appendix A. The plan …" ends a sentence, "J. Smith" does not.
/// English nouns that take a letter label: grammar, not a council's words.
const LABELS: &[&str] = &[
    "appendix", "annex", "option", "options", "plan", "schedule", "part", "phase", "stage",
    "table", "figure", "category", "grade", "band", "zone", "site", "block", "tier", "level",
    "class",
];

/// Whether a clause ends at byte `i` of `text`: a `.`, `!`, `?`, `;` or tab.
fn ends_clause(text: &str, i: usize) -> bool {
    match text.as_bytes()[i] {
        b';' | b'\t' | b'!' | b'?' => true,
        b'.' => full_stop_ends(text, i, false),
        _ => false,
    }
}

/// Whether a sentence ends at byte `i` of `text`: a `.`, `!` or `?`, or a
/// `;` before the next item of a run-in list.
fn ends_sentence(text: &str, i: usize) -> bool {
    match text.as_bytes()[i] {
        b'!' | b'?' => true,
        b'.' => full_stop_ends(text, i, true),
        b';' => opens_list_item(&text[i + 1..]),
        _ => false,
    }
}

/// Whether the end of `before` is inside a bracket opened on its last
/// line: "(`must`, with line numbers;" / "line 1 or null …)" is one
/// aside, not two list items.
fn in_open_bracket(before: &str) -> bool {
    let line = &before[before.rfind('\n').map_or(0, |n| n + 1)..];
    let opened = line.bytes().filter(|&b| b == b'(').count();
    opened > line.bytes().filter(|&b| b == b')').count()
}

/// Whether `rest` (after a `;`) opens a run-in list item: `(b)`, `b)`,
/// `ii)`, `(2)`, optionally after "and" or "or", or a bullet (`•`, `- `);
/// or whether the `;` ends its line (again optionally after "and" or
/// "or"): in text taken from Word or a PDF, whose bullets may be lost or
/// printed apart from their items, that is how a list item ends.
fn opens_list_item(rest: &str) -> bool {
    let ends_line = |r: &str| r.trim_start_matches([' ', '\t', '\r']).starts_with('\n');
    if ends_line(rest) {
        return true;
    }
    let mut rest = rest.trim_start();
    for joint in ["and", "or"] {
        if let Some(r) = rest.strip_prefix(joint) {
            if ends_line(r) {
                return true;
            }
            if r.starts_with(' ') {
                rest = r.trim_start();
            }
        }
    }
    // A bullet run into the paragraph: "…; • average time …".
    if rest.starts_with(['•', '·', '▪', '◦']) || rest.starts_with("- ") {
        return true;
    }
    let rest = rest.strip_prefix('(').unwrap_or(rest);
    let label = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    (1..=4).contains(&label)
        && rest.as_bytes().get(label) == Some(&b')')
        && (rest[..label].bytes().all(|b| b.is_ascii_digit())
            || label == 1
            || rest[..label].bytes().all(|b| b"ivx".contains(&b)))
}

/// Whether the full stop at byte `i` ends a sentence. In `prose`, "etc."
/// before a capital ends one, and so does a capital after a label word
/// ("Appendix A.").
fn full_stop_ends(text: &str, i: usize, prose: bool) -> bool {
    full_stop_ends_ascii(text, i, prose).unwrap_or_else(|| full_stop_ends_chars(text, i, prose))
}

/// Whether a character is white space, for a byte below 0x80: the ASCII
/// characters `char::is_whitespace` takes (tab, line feed, vertical tab,
/// form feed, carriage return, space).
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// [`full_stop_ends`] for text that is ASCII around the stop, byte by
/// byte, which is most stops: the same tests as
/// [`full_stop_ends_chars`], on bytes. `None` when a byte it would read
/// is beyond ASCII (a curly quote, a letter with an accent, a non-breaking
/// space): then the tests need characters.
fn full_stop_ends_ascii(text: &str, i: usize, prose: bool) -> Option<bool> {
    let b = text.as_bytes();
    let mut j = i + 1;
    if prose {
        while j < b.len() && matches!(b[j], b'"' | b'\'' | b')' | b']') {
            j += 1;
        }
    }
    match b.get(j) {
        Some(&c) if c >= 0x80 => return None,
        Some(&c) if !ascii_space(c) => return Some(false),
        _ => {}
    }
    while j < b.len() && ascii_space(b[j]) {
        j += 1;
    }
    if prose {
        while j < b.len() && matches!(b[j], b'"' | b'\'' | b'`' | b'*' | b'_') {
            j += 1;
        }
    }
    let after = match b.get(j) {
        Some(&c) if c >= 0x80 => return None,
        Some(&c) if !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'(') => {
            return Some(false)
        }
        after => after.copied(),
    };
    // The word before the stop: letters, digits and dots. Longer than any
    // abbreviation (whatever comes before it), it is none: most stops end
    // a long word, read no further back than that.
    let mut run_start = i;
    let mut letters = 0;
    while run_start > 0 && (b[run_start - 1].is_ascii_alphanumeric() || b[run_start - 1] == b'.') {
        run_start -= 1;
        if b[run_start] != b'.' {
            letters += 1;
            if letters > LONGEST_ABBREVIATION {
                return Some(true);
            }
        }
    }
    if run_start > 0 && b[run_start - 1] >= 0x80 {
        // Perhaps a letter beyond ASCII, part of the word.
        return None;
    }
    let mut word = [0u8; LONGEST_ABBREVIATION];
    let mut n = 0;
    for &c in b[run_start..i].iter().filter(|&&c| c != b'.') {
        if n < LONGEST_ABBREVIATION {
            word[n] = c;
        }
        n += 1;
    }
    if n == 1 && word[0].is_ascii_uppercase() {
        // An initial: "J. Smith"; in prose, "Appendix A." ends a sentence.
        return Some(prose && after_label(&text[..run_start]));
    }
    if n > LONGEST_ABBREVIATION {
        return Some(true);
    }
    let word = &mut word[..n];
    word.make_ascii_lowercase();
    if prose && word == b"etc" {
        return Some(after.is_some_and(|c| c.is_ascii_uppercase()));
    }
    Some(!ABBREVIATIONS.iter().any(|a| a.as_bytes() == word))
}

/// [`full_stop_ends`] by characters, for text beyond ASCII.
fn full_stop_ends_chars(text: &str, i: usize, prose: bool) -> bool {
    // In prose a closing quote or bracket may follow: `"no."`, `(late.)`.
    let mut rest = &text[i + 1..];
    if prose {
        rest = rest.trim_start_matches(['"', '\'', ')', ']', '\u{201d}', '\u{2019}']);
    }
    let next = rest.chars().next();
    if next.is_some_and(|c| !c.is_whitespace()) {
        return false;
    }
    let mut after_text = rest.trim_start();
    if prose {
        // The next sentence may open with a quote or emphasis: `. "The fees`.
        after_text =
            after_text.trim_start_matches(['"', '\'', '\u{201c}', '\u{2018}', '`', '*', '_']);
    }
    let after = after_text.chars().next();
    if after.is_some_and(|c| !(c.is_uppercase() || c.is_ascii_digit() || c == '(')) {
        return false;
    }
    // The word before the stop, dots dropped ("e.g" -> "eg"); found
    // without allocating, since most stops end long ordinary words.
    let run_start = text[..i]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(i, |(j, _)| j);
    let run = &text[run_start..i];
    let letters = run.chars().filter(|c| *c != '.');
    let n = letters.clone().count();
    if n == 1 && letters.clone().all(char::is_uppercase) {
        // An initial: "J. Smith"; in prose, "Appendix A." ends a sentence.
        return prose && after_label(&text[..run_start]);
    }
    // Longer than any abbreviation ("approx"): cannot be one.
    if n > LONGEST_ABBREVIATION {
        return true;
    }
    // Lower-cased in a buffer: abbreviations are ASCII.
    let mut buf = [0u8; LONGEST_ABBREVIATION];
    for (k, c) in letters.clone().enumerate() {
        if !c.is_ascii() {
            let word: String = letters.collect::<String>().to_lowercase();
            if prose && word == "etc" {
                return after.is_some_and(char::is_uppercase);
            }
            return !ABBREVIATIONS.contains(&word.as_str());
        }
        buf[k] = c.to_ascii_lowercase() as u8;
    }
    let word = &buf[..n];
    if prose && word == b"etc" {
        return after.is_some_and(char::is_uppercase);
    }
    !ABBREVIATIONS.iter().any(|a| a.as_bytes() == word)
}

/// Whether `before` ends with one of [`LABELS`] and a space.
fn after_label(before: &str) -> bool {
    let before = before.trim_end();
    // After the last character that is not a letter, which may be more
    // than one byte long ("the Council’s J. Smith").
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(j, c)| j + c.len_utf8());
    let word = &before[word_start..];
    word.len() <= 8 && LABELS.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// The clause around byte `at`: start (after the previous clause's end)
/// and end (at the next clause end, or the end of the text).
pub(crate) fn sentence_bounds(text: &str, at: usize) -> (usize, usize) {
    // Sentence ends are ASCII bytes, always char boundaries, so a byte scan
    // for the candidates finds the same ones as walking the chars.
    let b = text.as_bytes();
    let is_stop = |c: &u8| matches!(c, b';' | b'\t' | b'!' | b'?' | b'.');
    let mut start = 0;
    let mut before = at;
    while let Some(i) = b[..before].iter().rposition(is_stop) {
        if ends_clause(text, i) {
            start = i + 1;
            break;
        }
        before = i;
    }
    while text[start..].starts_with(' ') {
        start += 1;
    }
    let mut end = text.len();
    let mut from = at;
    while let Some(i) = b[from..].iter().position(is_stop) {
        if ends_clause(text, from + i) {
            end = from + i;
            break;
        }
        from += i + 1;
    }
    (start, end)
}

/// [`sentences_into`], as a new list.
#[cfg(test)]
pub(crate) fn sentences(text: &str) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    sentences_into(text, &mut out);
    out
}

/// The sentences of `text` (one paragraph), as byte ranges, into `out`
/// (cleared first, so that a caller that splits many paragraphs reuses
/// one buffer): each from its first non-space character to just after
/// its closing punctuation (and any closing quote or bracket), or to the
/// end of the text, or to a line that was ended on purpose
/// ([`deliberate_line_ends`]). The flag says whether the sentence closed
/// with `.`, `!` or `?`.
pub(crate) fn sentences_into(text: &str, out: &mut Vec<(usize, usize, bool)>) {
    out.clear();
    let mut start = 0;
    for end in deliberate_line_ends(text) {
        sentences_between(text, start, end, out);
        start = end + 1;
    }
    sentences_between(text, start, text.len(), out);
}

/// Words that end a line only when the sentence goes on: "… with the" /
/// "Council's partner".
/// English grammar, not a council's words: stays in Rust (CONTRIBUTING, "Words").
pub(crate) const JOINING_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the",
    "that", "to", "which", "with",
];

/// The line breaks of a wrapped paragraph where a line was ended on
/// purpose, not filled: a heading or label run into the paragraph's text
/// ("Commentary" / "The Financial Regulations …"), a bullet's title, an
/// item of a list whose bullets were lost. Text from Word or a PDF fills
/// each line to the margin, so a line much shorter than the paragraph's
/// others, with no punctuation or joining word at its end, before a line
/// that opens with a capital, a digit or a bullet, ends a sentence.
/// Markdown keeps a paragraph on one line, and has none.
///
/// A PDF's text may print a list's bullets as a column of their own, a
/// bullet to a line, before the items (`including:` / `•` / `•` /
/// `the delivery of …` / `resisting …`). The line before such a column
/// ends its sentence; after it, until a line that closes with a full stop
/// ends the list, every line ends its item unless it runs on (a line as
/// wide as the paragraph's widest, or one that ends with a comma or a
/// joining word), whatever the next line opens with.
///
/// A form's lines end on purpose too: a tick or cross alone on its line
/// (and the line before it), and a short label alone on its line closed
/// by a colon before a line that opens with a capital ("Drafting
/// officer:" / "Jo Bloggs has drafted …" / "✓").
fn deliberate_line_ends(text: &str) -> Vec<usize> {
    if memchr::memchr(b'\n', text.as_bytes()).is_none() {
        return Vec::new();
    }
    let width = |line: &str| line.trim().chars().count();
    // The width lines are filled to: the (upper) median of the lines of
    // text, since one line that two were run together, or a heading, is
    // no guide, and a bullet alone on its line is not a line of text.
    let mut widths: Vec<usize> = text
        .split('\n')
        .filter(|line| !is_lone_bullet(line))
        .map(width)
        .collect();
    if widths.is_empty() {
        return Vec::new();
    }
    widths.sort_unstable();
    let filled = widths[widths.len() / 2];
    let widest = widths[widths.len() - 1];
    let mut ends = Vec::new();
    let mut at = 0;
    let mut in_bullet_list = false;
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let end = at + line.len();
        at = end + 1;
        let Some(next) = lines.peek() else { break };
        if is_lone_bullet(line) {
            in_bullet_list = true;
            ends.push(end);
            continue;
        }
        // A form's tick alone on its line ("… for approval." / "✓" /
        // "Sponsoring Director:") ends what is before it and itself; a
        // form's label alone on its line, closed by a colon ("Drafting
        // officer:" / "Oluwaseun Adebayo has drafted …"), ends itself.
        if is_lone_mark(line) || (!line.trim().is_empty() && is_lone_mark(next)) {
            ends.push(end);
            continue;
        }
        if is_label_line(line) && opens_capital(next) {
            ends.push(end);
            continue;
        }
        let line = line.trim();
        let last_word = line
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let joins = JOINING_WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(last_word));
        if !line.is_empty() && is_lone_bullet(next) {
            ends.push(end);
            continue;
        }
        if in_bullet_list && !line.is_empty() {
            if line.ends_with('.') {
                in_bullet_list = false;
            } else if !(joins || line.ends_with([',', '-']) || width(line) * 10 >= widest * 9) {
                ends.push(end);
                continue;
            }
        }
        let opens = next.trim_start().chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '•' | '·' | '▪' | '◦' | '-' | '*')
        });
        let ended = line.is_empty()
            || line.ends_with(|c: char| !(c.is_alphanumeric() || c == ')' || c == '*'))
            || joins;
        if opens && !ended && width(line) * 10 < filled * 7 {
            ends.push(end);
        }
    }
    ends
}

/// The bytes of `rest` (after a list item's `;`) up to the end of an
/// "and" or "or" that closes the item's line (`…; and` / next item, or
/// `…;` / `and` / next item), or 0: the joint belongs to the item it
/// closes, not to the next one.
fn trailing_joint(rest: &str) -> usize {
    let blank = |c: char| matches!(c, ' ' | '\t' | '\r');
    let mut after = rest.trim_start_matches(blank);
    if let Some(r) = after.strip_prefix('\n') {
        after = r.trim_start_matches(blank);
    }
    for joint in ["and", "or"] {
        if let Some(r) = after.strip_prefix(joint) {
            let tail = r.trim_start_matches(blank);
            if tail.is_empty() || tail.starts_with('\n') {
                return rest.len() - r.len();
            }
        }
    }
    0
}

/// Whether `line` holds a tick or a cross and nothing else: a form's
/// mark ("✓" under "Drafting officer: … confirms the following:").
fn is_lone_mark(line: &str) -> bool {
    matches!(
        line.trim(),
        "✓" | "✔" | "☑" | "☒" | "✗" | "✘" | "\u{f0fc}" | "\u{f0fb}"
    )
}

/// The most words of a form's label alone on its line.
const LABEL_WORDS: usize = 5;

/// Whether `line` is a form's label alone on its line: opening with a
/// capital, closed by a colon, of [`LABEL_WORDS`] words at most
/// ("Drafting officer:", "Assistant Director/Head of Unit:",
/// "ORIGINATING OFFICER DECLARATION:").
fn is_label_line(line: &str) -> bool {
    let line = line.trim();
    line.strip_suffix(':').is_some_and(|label| {
        label.starts_with(char::is_uppercase)
            && !label.ends_with(':')
            && label.split_whitespace().nth(LABEL_WORDS).is_none()
    })
}

/// Whether `line` opens with a capital letter or a digit.
fn opens_capital(line: &str) -> bool {
    line.trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether `line` holds a bullet and nothing else.
fn is_lone_bullet(line: &str) -> bool {
    matches!(line.trim(), "•" | "·" | "▪" | "◦" | "\u{f0b7}")
}

/// Adds the sentences of `text[from..to]` to `out`, as byte ranges of `text`.
fn sentences_between(text: &str, from: usize, to: usize, out: &mut Vec<(usize, usize, bool)>) {
    let piece = &text[from..to];
    let b = piece.as_bytes();
    let mut start = 0;
    let mut next_from = 0;
    // Candidate ends, in order: `.`, `!`, `?` by one search and the rarer
    // `;` by another, merged.
    let mut stops = memchr::memchr3_iter(b'.', b'!', b'?', b).peekable();
    let mut semicolons = memchr::memchr_iter(b';', b).peekable();
    loop {
        let i = match (stops.peek(), semicolons.peek()) {
            (Some(&x), Some(&y)) if y < x => semicolons.next(),
            (Some(_), _) => stops.next(),
            (None, _) => semicolons.next(),
        };
        let Some(i) = i else { break };
        // A `;` inside a bracket opened since the sentence began is an
        // aside (looked for from the sentence's start only, so that a long
        // paragraph of such items is read once).
        if i < next_from
            || !ends_sentence(piece, i)
            || (b[i] == b';' && in_open_bracket(&piece[start..i]))
        {
            continue;
        }
        let mut end = i + 1;
        while end < b.len() && matches!(b[end], b'"' | b'\'' | b')' | b']' | b'*' | b'_') {
            end += 1;
        }
        for close in ["\u{201d}", "\u{2019}"] {
            if piece[end..].starts_with(close) {
                end += close.len();
            }
        }
        if b[i] == b';' {
            end += trailing_joint(&piece[end..]);
        }
        push_trimmed(text, from + start, from + end, b[i] != b';', out);
        start = end;
        next_from = end;
    }
    push_trimmed(text, from + start, to, false, out);
}

/// Adds `text[start..end]`, white space trimmed, unless it is blank.
fn push_trimmed(
    text: &str,
    start: usize,
    end: usize,
    closed: bool,
    out: &mut Vec<(usize, usize, bool)>,
) {
    let b = text.as_bytes();
    // ASCII white space first, byte by byte; then, if a byte beyond ASCII
    // is reached, what `str::trim` takes (a non-breaking space, say).
    let (mut from, mut to) = (start, end);
    while from < to && ascii_space(b[from]) {
        from += 1;
    }
    while to > from && ascii_space(b[to - 1]) {
        to -= 1;
    }
    let (from, to) = if from < to && (b[from] >= 0x80 || b[to - 1] >= 0x80) {
        let s = &text[from..to];
        let trimmed = s.trim();
        let lead = s.len() - s.trim_start().len();
        (from + lead, from + lead + trimmed.len())
    } else {
        (from, to)
    };
    if from == to {
        return;
    }
    out.push((from, to, closed));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(s, e, _)| &text[s..e])
            .collect()
    }

    #[test]
    fn an_initial_after_a_character_of_several_bytes() {
        // A curly apostrophe, a curly quote, a no-break space or a
        // zero-width space straight before an initial or a label.
        for text in [
            "This was agreed with the Council\u{2019}s J. Smith on Monday.",
            "See \u{201c}Appendix A. Costs\u{201d}.",
            "See\u{a0}Appendix A. It is fine.",
            "See Appen\u{200b}dix A. It is fine.",
            "\u{2014}Appendix B. Then more.",
        ] {
            let got = split(text);
            assert!(!got.is_empty(), "{text}");
        }
        assert_eq!(
            split("This was agreed with the Council\u{2019}s J. Smith on Monday."),
            ["This was agreed with the Council\u{2019}s J. Smith on Monday."]
        );
        assert_eq!(
            split("See\u{a0}Appendix A. It is fine."),
            ["See\u{a0}Appendix A.", "It is fine."]
        );
    }

    fn prose_split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        sentences_into(text, &mut out);
        out.into_iter().map(|(s, e, _)| text[s..e].trim()).collect()
    }

    #[test]
    fn a_forms_ticks_and_labels_on_lines_of_their_own_end_sentences() {
        let text = "ORIGINATING OFFICER DECLARATION:\n\
                    Drafting officer:\n\
                    Jo Bloggs has drafted this report in accordance with the procedures and\n\
                    confirms the following:\n\
                    \u{2713}\n\
                    Sponsoring Director:\n\
                    Sam Smith has reviewed the request and is satisfied it is correct and\n\
                    consistent with the plans.\n\
                    \u{2713}\n\
                    Corporate Investment Board\n\
                    This decision was agreed by the Board on 8 March 2027.";
        let got = prose_split(text);
        assert!(got.contains(&"Drafting officer:"), "{got:?}");
        assert!(got.contains(&"Sponsoring Director:"), "{got:?}");
        assert!(
            got.iter()
                .any(|s| s.starts_with("Sam Smith") && s.ends_with("plans.")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|s| !s.contains('\u{2713}') || *s == "\u{2713}"),
            "{got:?}"
        );
        // A wrapped sentence with a colon inside a line, or a long line
        // closed by a colon, runs on.
        let text = "The Council has considered the options set out in the report and has agreed:\n\
                    Option 2 is preferred and the budget will be met from reserves this year.";
        assert_eq!(prose_split(text).len(), 1, "{:?}", prose_split(text));
        let text = "Note: the figures are provisional\nand will be confirmed in May.";
        assert_eq!(prose_split(text).len(), 1);
    }

    #[test]
    fn clauses_do_not_end_at_abbreviations() {
        let s = "Health. Tel. 252 8800. Next one";
        assert_eq!(sentence_bounds(s, 8), (8, 21));
    }

    #[test]
    fn a_sentence_may_open_with_a_quote_or_emphasis() {
        assert_eq!(
            split("Fees rise this year. \u{201c}The new fees apply.\u{201d} Then `expected.json` lists. \"Meeting:\" is a key."),
            [
                "Fees rise this year.",
                "\u{201c}The new fees apply.\u{201d}",
                "Then `expected.json` lists.",
                "\"Meeting:\" is a key."
            ]
        );
        // A quoted word in lower case goes on with the sentence.
        assert_eq!(
            split("It said no. \"fine\" was the reply."),
            ["It said no. \"fine\" was the reply."]
        );
    }

    #[test]
    fn a_semicolon_at_a_line_end_closes_a_list_item() {
        // Items of a list whose bullets were lost, as text taken from a
        // PDF has them: each ends with `;` (or `; and`) at its line end.
        let text = "Key policy changes in the budget have\nbeen identified;\nDirectors must make sure that the planned savings are made on\ntime; and\nMonitoring will include the milestones.";
        assert_eq!(
            split(text),
            [
                "Key policy changes in the budget have\nbeen identified;",
                "Directors must make sure that the planned savings are made on\ntime; and",
                "Monitoring will include the milestones."
            ]
        );
        // A semicolon inside a line still joins its clauses.
        // A joint alone on the line after the item closes the item.
        assert_eq!(
            split("approve the heads of terms in Appendix 3;\nand\n\ndelegate authority"),
            [
                "approve the heads of terms in Appendix 3;\nand",
                "delegate authority"
            ]
        );
        assert_eq!(split("The fee rises; the grant falls.").len(), 1);
        // Nor does one in brackets at a line end.
        assert_eq!(
            split(
                "The list gives the findings (with line numbers;\nline 1 means anywhere) and more."
            )
            .len(),
            1
        );
        assert_eq!(split("The fee rises; andover is next.").len(), 1);
    }

    #[test]
    fn items_after_a_column_of_bullets_end_at_their_short_lines() {
        // pdftotext prints the bullets apart from their items.
        let text = "Provided all the measures set out in the draft budget and medium term plan are\nimplemented, including:\n•\n•\n•\n\nthe delivery of the proposed revenue savings\nresisting future spending growth\nminimising the level of borrowing\n\nthen the Council will continue to demonstrate financial sustainability over the\nmedium term, although there remains considerable uncertainty over the longer term.";
        let got: Vec<&str> = split(text).into_iter().filter(|s| *s != "•").collect();
        assert_eq!(
            got,
            [
                "Provided all the measures set out in the draft budget and medium term plan are\nimplemented, including:",
                "the delivery of the proposed revenue savings",
                "resisting future spending growth",
                "minimising the level of borrowing",
                "then the Council will continue to demonstrate financial sustainability over the\nmedium term, although there remains considerable uncertainty over the longer term."
            ],
            "{got:?}"
        );
        // Without the column of bullets, the same short lines run on.
        let text = "Provided all the measures set out in the draft budget and medium term plan are\nimplemented, including the delivery of the proposed revenue savings\nand resisting future spending growth\nthen the Council will continue to demonstrate financial sustainability.";
        assert_eq!(split(text).len(), 1, "{:?}", split(text));
    }

    #[test]
    fn a_short_line_before_a_capital_was_ended_on_purpose() {
        // A heading run into its paragraph, as text taken from a PDF has it.
        let text = "Commentary\nThe Financial Regulations set out how the Council manages its\nmoney and who may commit it, and they were last reviewed in 2023 by\nthe Governance and Audit Committee as part of its annual work plan.";
        assert_eq!(split(text)[0], "Commentary");
        assert_eq!(split(text).len(), 2);
        // Filled lines run on, even past a capital; so does a short line
        // that ends with a joining word or a comma.
        let text = "The Council has set aside money for the new depot at Marden\nCross, which opens in the spring, and for the road works in the\nSouth East of the county, which are due to start later this year\nin\nMarch, with the\nCouncil's partners.";
        assert_eq!(split(text).len(), 1, "{:?}", split(text));
        // One overlong line (two run together) does not make the filled
        // lines look short.
        let text = "Given our position there is a risk that the area will be left\nbehind in the journey to devolution and could miss out on funding\nand influence in the coming years, as it is the only area of the South\nEast that was not included in either the priority programme or the fast track to reorganisation.";
        assert_eq!(split(text).len(), 1, "{:?}", split(text));
    }

    #[test]
    fn longest_abbreviation_is_current() {
        let longest = ABBREVIATIONS.iter().map(|a| a.chars().count()).max();
        assert_eq!(longest, Some(LONGEST_ABBREVIATION));
    }

    #[test]
    fn abbreviations_numbers_and_initials_do_not_end_a_sentence() {
        let text =
            "As para. 4.3 says, the cost is £1.2m. It rises, e.g. in 2026, and i.e. Not so. \
                    Cllr. J. Smith asked about No. 5 Market Street. She agreed.";
        assert_eq!(
            split(text),
            [
                "As para. 4.3 says, the cost is £1.2m.",
                "It rises, e.g. in 2026, and i.e. Not so.",
                "Cllr. J. Smith asked about No. 5 Market Street.",
                "She agreed."
            ]
        );
    }

    #[test]
    fn etc_and_labels_end_a_sentence_before_a_capital() {
        let text = "Parks, libraries etc. The council runs them. See Appendix A. It lists them.";
        assert_eq!(
            split(text),
            [
                "Parks, libraries etc.",
                "The council runs them.",
                "See Appendix A.",
                "It lists them."
            ]
        );
        assert_eq!(
            split("Parks, libraries etc. and more."),
            ["Parks, libraries etc. and more."]
        );
    }

    #[test]
    fn a_run_in_list_item_is_its_own_sentence() {
        let text = "Cabinet is asked to (a) note the plan; (b) approve the budget; and (c) agree the timetable.";
        assert_eq!(
            split(text),
            [
                "Cabinet is asked to (a) note the plan;",
                "(b) approve the budget;",
                "and (c) agree the timetable."
            ]
        );
        assert_eq!(
            split("• 14 fly-tips removed; • 3 fines issued."),
            ["• 14 fly-tips removed;", "• 3 fines issued."]
        );
        // A semicolon that does not open a list item joins two clauses.
        assert_eq!(
            split("It is late; it is dear."),
            ["It is late; it is dear."]
        );
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        let text = "He said \"yes.\" Then (it was late.) She left";
        let got = sentences(text);
        assert_eq!(
            split(text),
            ["He said \"yes.\"", "Then (it was late.)", "She left"]
        );
        assert!(got[0].2 && got[1].2 && !got[2].2);
    }
}
