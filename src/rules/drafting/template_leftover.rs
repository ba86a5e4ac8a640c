//! # template-leftover
//!
//! ## What it checks
//! Text left over from the report template: bracketed placeholders such as
//! `[Report title]`, `[Insert date]` and `{insert name}`, a date format in
//! brackets (`[DD Month YYYY]`, `[dd/mm/yyyy]`), also where the
//! line breaks inside the brackets (`[Insert name of officer` /
//! `consulted]`, as Pandoc and `pdftotext` wrap lines); masked values
//! such as `XX/XX/XXXX` and `£X,XXX`, and a date partly filled in
//! (`XX/XX/2026`, `12/XX/2026`); template guidance such as "Delete if
//! not applicable" and "Insert text here"; a header field whose value
//! is only "TBC", "TBA" or "to be confirmed"; a note to the author left at
//! the top of a section ("Guidance: set out the effect of the proposals…",
//! "Guidance: State whether an Equality Impact Assessment has been
//! completed"): a guidance label, a colon, then an instruction; a note to
//! the author in square brackets that makes up a whole paragraph, of any
//! length ("[Author to add modelling of the impact once the census data is
//! confirmed.]", "[Insert the final outturn figures …]"), or that opens
//! with a template's prompt wherever it stands ("… will be published on
//! the Council's website. [Insert link to the consultation responses once
//! published]"), or that opens with an instruction as a prompt does and
//! ends with "here", wherever it stands ("Officer comments: [Summarise the
//! outcome of the Climate Impact Assessment Tool here.]"); a note to the
//! author in round brackets that opens with an instruction no aside in
//! prose opens with ("Climate: (Insert name of officer consulted)",
//! "(Enter date)"); and, in a
//! Word draft, a comment left in the document and a content control still
//! showing its placeholder (a drop-down still reading "Choose an item.", a
//! box still reading its prompt), reported whole; so is a Word comment
//! that Pandoc kept in a Markdown export (`--track-changes=all`:
//! `[please check]{.comment-start author="…"}£1.94m[]{.comment-end}`).
//! Pandoc's other markup in a Word draft exported to Markdown is not a
//! placeholder: a span's brackets and the attributes after a span, image
//! or heading (`[text]{.underline}`, `[]{#_Toc1 .anchor}`,
//! `{width="1.6in"}`).
//!
//! ## Why it matters
//! Templates tell authors not to leave guidance or placeholders in a
//! published report (Brighton & Hove, Thanet). A leftover placeholder in a
//! committee paper is embarrassing at best and, in a recommendation or a
//! figure, changes what members are asked to decide.
//!
//! ## Configuration
//! The words are pack data (`rules/council-report.toml`), each a list:
//! `phrases` (guidance phrases to find, in any case), `placeholder-words`
//! (words that mark a bracketed placeholder), `guidance-labels` and
//! `instructions` (a note to the author is a label, a colon, then an
//! instruction; a bracketed note opens with an instruction, or with who
//! is to act, "to", and an instruction), `round-bracket-instructions` (the
//! instructions that make a run in round brackets a note to the author:
//! fewer than `instructions`, as round brackets hold ordinary asides),
//! `unconfirmed` (header values still to come: "TBC").
//! A list given in a council's file replaces the pack's; to add to it, use
//! `extend-<key>`: `extend-phrases = ["delete before publishing"]`.
//!
//! ## Example
//! ```text
//! Date of meeting: XX/XX/XXXX
//! ```
//! is reported as "template placeholder left in: XX/XX/XXXX".

use crate::document::Span;
use crate::parse::inline::pandoc_attributes_len;
use crate::parse::pandoc_marks;
use crate::pattern::{fixed_scanner, Pattern};
use crate::rules::{compile, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::template::{normalise, Initials, Template};
use std::sync::LazyLock;

pub(crate) static KIND: Kind = Kind {
    name: "template-leftover",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("template_leftover.rs"),
    compile: compile::<TemplateLeftover>,
};

/// The rule's vocabulary. No built-in lists: they are data, in the pack
/// (rules/council-report.toml); a pack that turns the rule on without
/// them is told which key is missing.
#[derive(Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    /// Guidance phrases found anywhere, in any case.
    phrases: Option<Vec<String>>,
    /// Words that make a bracketed run a placeholder.
    placeholder_words: Option<Vec<String>>,
    /// Labels of a note to the report's author.
    guidance_labels: Option<Vec<String>>,
    /// The instructions such a note opens with (it speaks to the author).
    instructions: Option<Vec<String>>,
    /// The instructions that, opening a run in round brackets, make it a
    /// note to the author ("(Insert name of officer consulted)").
    round_bracket_instructions: Option<Vec<String>>,
    /// Field values that say the value is still to come ("TBC").
    unconfirmed: Option<Vec<String>>,
}

/// The list `key`, which the pack must give.
fn required(list: Option<Vec<String>>, key: &str, what: &str) -> Result<Vec<String>, ParamError> {
    list.ok_or_else(|| {
        let mut e = ParamError::at(key, format!("no `{key}` lists {what}"));
        e.help = Some(format!(
            "extend the `council-report` pack, or give `{key}` in `[rules.template-leftover]`"
        ));
        e
    })
}

struct TemplateLeftover {
    /// The guidance phrases, to find in the paper set in ASCII lower case.
    phrases: aho_corasick::AhoCorasick,
    words: Vec<String>,
    /// Guidance labels, normalised.
    labels: Vec<String>,
    /// Their first letters (a paragraph's opening is tested against them).
    label_initials: Initials,
    /// Instructions, in lower case.
    instructions: Vec<String>,
    /// Instructions that open a note in round brackets, in lower case.
    round_instructions: Vec<String>,
    /// Values that are still to come, normalised.
    unconfirmed: Vec<String>,
    /// Their first letters (every field's value is tested against them).
    unconfirmed_initials: Initials,
}

impl Configure for TemplateLeftover {
    type Params = Params;

    fn configure(p: Params, _: &Template) -> Result<Self, ParamError> {
        let lower =
            |list: Vec<String>| -> Vec<String> { list.iter().map(|s| s.to_lowercase()).collect() };
        let normalised =
            |list: Vec<String>| -> Vec<String> { list.iter().map(|s| normalise(s)).collect() };
        let phrases = lower(required(
            p.phrases,
            "phrases",
            "the guidance phrases to find",
        )?);
        let words = lower(required(
            p.placeholder_words,
            "placeholder-words",
            "the words that mark a bracketed placeholder",
        )?);
        let labels = normalised(required(
            p.guidance_labels,
            "guidance-labels",
            "the labels of a note to the author",
        )?);
        let instructions = lower(required(
            p.instructions,
            "instructions",
            "the instructions a note to the author opens with",
        )?);
        let round_instructions = lower(required(
            p.round_bracket_instructions,
            "round-bracket-instructions",
            "the instructions that open a note to the author in round brackets",
        )?);
        let unconfirmed = normalised(required(
            p.unconfirmed,
            "unconfirmed",
            "the field values that say a value is still to come",
        )?);
        // The phrases are looked for in the paper set in lower case (ASCII
        // letters only, so offsets stay the same), so that they are found in
        // any case; a phrase with other letters in the cases authors write it
        // (sentence, title, capitals), lower-cased the same way. Exact bytes
        // and leftmost matching let the search use its SIMD prefilter, five
        // times faster than the automaton.
        let mut variants: Vec<String> = phrases
            .iter()
            .flat_map(|p| case_variants(p))
            .map(|v| v.to_ascii_lowercase())
            .collect();
        variants.sort();
        variants.dedup();
        let phrases = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&variants)
            .map_err(|e| ParamError::at("phrases", e.to_string()))?;
        Ok(TemplateLeftover {
            phrases,
            words,
            label_initials: Initials::of(labels.iter().map(String::as_str)),
            labels,
            instructions,
            round_instructions,
            unconfirmed_initials: Initials::of(unconfirmed.iter().map(String::as_str)),
            unconfirmed,
        })
    }
}

/// `text` with each line break and the next line's indent made one space.
fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\n') {
        return text.into();
    }
    text.split('\n')
        .map(|l| l.trim_matches([' ', '\t', '\r']))
        .collect::<Vec<_>>()
        .join(" ")
        .into()
}

/// A paper in ASCII lower case with each run of spaces, tabs and at most
/// one line break made one space, so that a guidance phrase is found where
/// the author's line wraps inside it ("(delete" / "as appropriate)", as
/// Pandoc and `pdftotext` wrap lines) or where a double space crept in. A
/// blank line still parts two paragraphs. Built in one pass that copies the
/// text between such runs whole: most of a paper is words parted by single
/// spaces, and a run is found with `memchr` (a line break, tab or carriage
/// return) or `memmem` (two spaces).
struct FoldedText {
    bytes: Vec<u8>,
    /// Where the folded text stops running in step with the paper: from
    /// folded byte `.0` on, folded byte `.0 + k` is the paper's byte
    /// `.1 + k` (until the next entry). Sorted; the first is `(0, 0)`.
    steps: Vec<(u32, u32)>,
}

impl FoldedText {
    fn of(text: &str) -> FoldedText {
        let raw = text.as_bytes();
        let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n');
        let mut bytes = Vec::with_capacity(raw.len());
        let mut steps = vec![(0, 0)];
        let doubles = memchr::memmem::Finder::new(b"  ");
        // The next line break, tab or carriage return, and the next two
        // spaces, at or after `from` (the text's length when there is none).
        let next_break = |from: usize| {
            memchr::memchr3(b'\n', b'\t', b'\r', &raw[from..]).map_or(raw.len(), |i| from + i)
        };
        let next_double = |from: usize| doubles.find(&raw[from..]).map_or(raw.len(), |i| from + i);
        let (mut breaks_at, mut doubles_at) = (next_break(0), next_double(0));
        let mut copied = 0;
        loop {
            let found = breaks_at.min(doubles_at);
            if found == raw.len() {
                break;
            }
            // The run, with the one space that may stand before a break.
            let mut start = found;
            while start > copied && raw[start - 1] == b' ' {
                start -= 1;
            }
            let mut end = found;
            let mut line_breaks = 0;
            while end < raw.len() && is_space(raw[end]) {
                line_breaks += usize::from(raw[end] == b'\n');
                end += 1;
            }
            bytes.extend(raw[copied..start].iter().map(u8::to_ascii_lowercase));
            bytes.push(if line_breaks > 1 { b'\n' } else { b' ' });
            if end - start != 1 {
                steps.push((bytes.len() as u32, end as u32));
            }
            copied = end;
            if breaks_at < end {
                breaks_at = next_break(end);
            }
            if doubles_at < end {
                doubles_at = next_double(end);
            }
        }
        bytes.extend(raw[copied..].iter().map(u8::to_ascii_lowercase));
        FoldedText { bytes, steps }
    }

    /// Where the folded byte `at` stands in the paper.
    fn original_at(&self, at: usize) -> usize {
        let step = self
            .steps
            .partition_point(|&(folded, _)| folded as usize <= at)
            - 1;
        let (folded, original) = self.steps[step];
        original as usize + (at - folded as usize)
    }

    /// The span in the paper of the folded bytes `start..end` (a match
    /// that starts and ends with a word's letters).
    fn original(&self, start: usize, end: usize) -> Span {
        Span::new(self.original_at(start), self.original_at(end - 1) + 1)
    }
}

/// `delete if not applicable` → itself, `Delete if not applicable`,
/// `Delete If Not Applicable`, `DELETE IF NOT APPLICABLE`.
fn case_variants(phrase: &str) -> Vec<String> {
    let lower = phrase.to_lowercase();
    let capitalise = |w: &str| {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    let sentence = capitalise(&lower);
    let title = lower
        .split(' ')
        .map(capitalise)
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = vec![lower.clone(), sentence, title, lower.to_uppercase()];
    out.sort();
    out.dedup();
    out
}

/// Whether `text` has what every [`MASKED`] value has: two x's in a row,
/// or an x after "£". Found by jumping from x to x: x is a rare letter, and
/// "£" is in most papers.
fn may_hold_masked_value(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'x', b'X', bytes).any(|i| {
        let next_is_x = bytes.get(i + 1).is_some_and(|b| b | 0x20 == b'x');
        let before = text[..i].trim_end_matches(char::is_whitespace);
        next_is_x || before.ends_with('£')
    })
}

/// A short run of text in brackets: `[…]` or `{…}`, up to 60 characters
/// inside and no bracket of the same kind, on one line or carried on
/// onto the next line of the same paragraph (Pandoc wraps its Markdown at
/// 72 columns, and `pdftotext` at the page's edge: `[Insert name of
/// officer` / `consulted]`).
struct Bracketed<'t> {
    /// The brackets and what they hold.
    whole: Span,
    inner: &'t str,
    /// Whether the run breaks over two lines.
    wrapped: bool,
    curly: bool,
    /// `[text](link)`: a Markdown link, not a placeholder.
    link: bool,
    /// Pandoc's markup: a span (`[text]{.underline}`), or the attributes
    /// after a span, image or link (`{#_Toc1 .anchor}`, `{width="1in"}`) or
    /// closing a line (a heading's `{#intro}`). Not a placeholder.
    pandoc: bool,
}

/// The bracketed runs in `text`, left to right, not overlapping.
fn bracketed(text: &str) -> impl Iterator<Item = Bracketed<'_>> {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(at) = memchr::memchr2(b'[', b'{', &bytes[from..]) {
            let open = from + at;
            let (curly, close) = match bytes[open] {
                b'[' => (false, b']'),
                _ => (true, b'}'),
            };
            from = open + 1;
            let rest = &text[open + 1..];
            let Some((len, wrapped)) = bracket_inner(rest, bytes[open], close) else {
                continue;
            };
            let end = open + 1 + len + 1;
            from = end;
            let attributes = |at: usize| text.get(at..).and_then(pandoc_attributes_len);
            let pandoc = if curly {
                attributes(open) == Some(end - open)
                    && match open.checked_sub(1).map(|p| bytes[p]) {
                        Some(b']' | b')' | b'`') => true,
                        Some(b' ') => matches!(bytes.get(end), None | Some(b'\r' | b'\n')),
                        _ => false,
                    }
            } else {
                bytes.get(end) == Some(&b'{') && attributes(end).is_some()
            };
            return Some(Bracketed {
                whole: Span::new(open, end),
                inner: &rest[..len],
                wrapped,
                curly,
                link: !curly && bytes.get(end) == Some(&b'('),
                pandoc,
            });
        }
        None
    })
}

/// The length in bytes of what a bracket opened by `open` holds, up to
/// its `close` at the start of `rest`, and whether it breaks over two
/// lines: up to 60 characters (a line's break and the next line's indent
/// not counted), no bracket of the same kind, at most one line break, and
/// that one inside a paragraph: the next line has text that opens no
/// new block (a heading, a table's row, a quotation or a bullet).
fn bracket_inner(rest: &str, open: u8, close: u8) -> Option<(usize, bool)> {
    let mut counted = 0;
    let mut wrapped = false;
    let mut indent = false;
    for (at, c) in rest.char_indices() {
        if c == char::from(close) {
            return (at > 0).then_some((at, wrapped));
        }
        match c {
            '\n' if wrapped || !carries_on(&rest[at + 1..]) => return None,
            '\n' => {
                wrapped = true;
                indent = true;
                continue;
            }
            '\r' => continue,
            ' ' | '\t' if indent => continue,
            _ => indent = false,
        }
        if c == char::from(open) {
            return None;
        }
        counted += 1;
        if counted > 60 {
            return None;
        }
    }
    None
}

/// Whether a line (`next`, from its start) carries on the paragraph of
/// the line above: it has text, and opens no block of its own.
fn carries_on(next: &str) -> bool {
    let t = next.trim_start_matches([' ', '\t']);
    let bullet =
        t.len() > 1 && matches!(t.as_bytes()[0], b'-' | b'*' | b'+') && t.as_bytes()[1] == b' ';
    !bullet && !t.starts_with(['\n', '\r', '#', '|', '>', '•']) && !t.is_empty()
}

/// `XX/XX/XXXX`, `xx.xx.xx`, `£X,XXX`, `£XXm`, `FP/XXX`; a date in
/// figures partly filled in, `XX/XX/2026`, `XX/03/2026`, `12/XX/2026`,
/// `12/03/20XX` (the pattern takes figures in every part, and a date with
/// no `xx` in it is dropped after: see [`masked_values`]); a date in
/// words with its day or month masked: `XX February 2025`, `XXth March`,
/// `12 XX 2025` (a month name after the day, capitalised, so that "XX may"
/// is not a date; a year after the masked month).
static MASKED: LazyLock<Pattern> = LazyLock::new(|| {
    fixed_scanner(concat!(
        r"(?i-u:\b(xx?|[0-9]{1,2})[/.\-](xx?|[0-9]{1,2})[/.\-](xx|[0-9]{2})(xx|[0-9]{2})?\b)|£\s?(?i-u:x+([,.]x+)*m?\b)|(?-u:\b[A-Z]{1,4}/XXX+\b|\bXXXX+\b)",
        r"|(?-u:\b[Xx]{2}(th)?[ \t]+(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b([ \t]+([0-9]{4}|[Xx]{4})\b)?)",
        r"|(?-u:\b([0-9]{1,2}(st|nd|rd|th)?|[Xx]{2}(th)?)[ \t]+[Xx]{2}[ \t]+([0-9]{4}|[Xx]{4})\b)",
    ))
});

/// The masked values in `text` ([`MASKED`]): each holds two x's in a row
/// (a date all in figures, "12/03/2026", is not one), and a masked day
/// does not follow a noun numbered in roman numerals.
fn masked_values(text: &str) -> impl Iterator<Item = Span> + '_ {
    MASKED
        .find_iter(text)
        .filter(|m| {
            text.as_bytes()[m.range()]
                .windows(2)
                .any(|w| w[0] | 0x20 == b'x' && w[1] | 0x20 == b'x')
                && !after_roman_noun(text, m.start())
        })
        .map(|m| Span::new(m.start(), m.end()))
}

/// Nouns that number their parts in roman numerals: "Part XX", "Chapter
/// XX". XX after one of them is a numeral, not a masked day.
const ROMAN_NUMBERED: [&str; 12] = [
    "part", "chapter", "schedule", "article", "section", "annex", "appendix", "volume", "table",
    "figure", "class", "item",
];

/// Whether the masked value at `start`, a masked day (`XX ` or `XXth`),
/// follows a noun numbered in roman numerals ("Schedule XX March" is not
/// a date).
fn after_roman_noun(text: &str, start: usize) -> bool {
    let day = text.as_bytes()[start..]
        .get(2)
        .is_some_and(|b| matches!(b, b' ' | b'\t' | b't'));
    if !day {
        return false;
    }
    let before = text[..start].trim_end_matches([' ', '\t']);
    let word = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    ROMAN_NUMBERED.iter().any(|n| word.eq_ignore_ascii_case(n))
}

/// The parts of a date format as a template writes one for the author to
/// fill in (`DD/MM/YYYY`, `DD Month YYYY`, `Day DD MMM YY`).
const DATE_FORMAT_PARTS: [&str; 8] = ["d", "dd", "mm", "mmm", "yy", "yyyy", "month", "day"];

/// Whether a bracketed run holds only a date format (`[DD Month YYYY]`,
/// `[dd/mm/yyyy]`): every part one of [`DATE_FORMAT_PARTS`], parted by
/// spaces, slashes, stops, dashes or commas, with a year in four letters
/// or at least two parts one of them a day, month or year in letters
/// (`[mm]`, a unit, and `[Month]` alone are none).
fn is_date_format(inner: &str) -> bool {
    let parts: Vec<String> = inner
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '.' | '-' | ','))
        .filter(|p| !p.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let all = !parts.is_empty()
        && parts
            .iter()
            .all(|p| DATE_FORMAT_PARTS.contains(&p.as_str()));
    let lettered = |p: &String| matches!(p.as_str(), "dd" | "mm" | "yy" | "yyyy");
    all && (parts.iter().any(|p| p == "yyyy") || (parts.len() >= 2 && parts.iter().any(lettered)))
}

impl TemplateLeftover {
    fn is_placeholder(&self, inner: &str) -> bool {
        let lower = inner.trim().to_lowercase();
        if lower.is_empty()
            || lower
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == ' ')
        {
            return false;
        }
        if matches!(lower.as_str(), "sic" | "…" | "..." | "x" | " ") {
            return false;
        }
        // The word on its own, or as a whole word at the start, the end or
        // in the middle ("insert date", "name of officer").
        self.words.iter().any(|w| {
            lower.match_indices(w.as_str()).any(|(i, _)| {
                let (before, after) = (&lower[..i], &lower[i + w.len()..]);
                (before.is_empty() || before.ends_with(' '))
                    && (after.is_empty() || after.starts_with(' '))
            })
        })
    }
}

impl Rule for TemplateLeftover {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let text = cx.text;
        let comments = comment_spans(text, cx.comment_opens());
        let inside_comment = |_: &str, pos: usize| {
            let i = comments.partition_point(|&(start, _)| start <= pos);
            i > 0 && pos < comments[i - 1].1
        };
        let mut out = Vec::new();
        let mut push = |span: Span, what: &str| {
            out.push(
                Finding::new(
                    span,
                    format!("template placeholder left in: {}", what.trim()),
                )
                .subject(what.trim().to_string())
                .label("left over from the template")
                .help("replace it with the real text, or delete it"),
            );
        };
        // Most papers have no masked value: skip the regex then.
        let masked = may_hold_masked_value(text);
        for b in bracketed(text) {
            // A link, or inside an HTML comment (a suppression, an
            // author's note): skip.
            if b.link || b.pandoc || inside_comment(text, b.whole.start) {
                continue;
            }
            // A run over two lines is shown on one; its words are a
            // placeholder's (a run in curly brackets with any word on one
            // line is one, but over two lines may be Pandoc's attributes).
            let inner = if b.wrapped {
                one_line(b.inner)
            } else {
                b.inner.into()
            };
            let curly = b.curly && !b.wrapped && inner.chars().any(char::is_alphabetic);
            if curly || self.is_placeholder(&inner) || is_date_format(&inner) {
                // Pandoc escapes a bracket it keeps (`\[Insert name\]`):
                // shown without the backslash.
                let shown = one_line(&text[b.whole.start..b.whole.end]);
                match shown.strip_suffix("\\]") {
                    Some(head) => push(b.whole, &format!("{head}]")),
                    None => push(b.whole, &shown),
                }
            }
        }
        for (span, shown) in self.round_notes(text) {
            if !inside_comment(text, span.start) {
                push(span, shown);
            }
        }
        for (span, shown) in self.long_square_notes(text) {
            if !inside_comment(text, span.start) {
                push(span, &shown);
            }
        }
        for span in masked_values(if masked { text } else { "" }) {
            if !inside_comment(text, span.start) {
                push(span, &text[span.start..span.end]);
            }
        }
        let folded = FoldedText::of(text);
        for m in self.phrases.find_iter(&folded.bytes) {
            let span = folded.original(m.start(), m.end());
            if !inside_comment(text, span.start) {
                push(span, &one_line(&text[span.start..span.end]));
            }
        }
        for f in &cx.doc.fields {
            if !self.unconfirmed_initials.may_normalise_to(&f.value) {
                continue;
            }
            let v = normalise(&f.value);
            if self.unconfirmed.contains(&v) {
                push(f.value_span, &f.value);
            }
        }
        for (span, label) in self.guidance_notes(cx) {
            // A note already reported by its phrase ("Delete if not
            // applicable") is not reported twice.
            if out.iter().any(|d| span.contains(d.span())) {
                continue;
            }
            out.push(
                Finding::new(
                    span,
                    format!(
                        "template guidance left in: \u{201c}{}\u{201d}",
                        first_words(&text[span.start..span.end], 12)
                    ),
                )
                .subject(label)
                .label("a note to the author from the template")
                .help("follow the guidance, then delete the note"),
            );
        }
        let mut notes = self.author_notes(cx);
        for (span, note) in self.here_notes(text) {
            if !notes
                .iter()
                .any(|(s, _)| s.start < span.end && span.start < s.end)
            {
                notes.push((span, note));
            }
        }
        for (span, note) in notes {
            out.push(
                Finding::new(
                    span,
                    format!("template guidance left in: \u{201c}{note}\u{201d}"),
                )
                .subject(note)
                .label("a note to the author, in brackets")
                .help("do what the note asks, then delete it"),
            );
        }
        out.sort_by_key(|d| (d.span().start, d.span().end));
        out.dedup_by(|a, b| b.span().contains(a.span()));
        // Word content controls showing their placeholder: the whole
        // control, instead of a phrase or bracket found inside it.
        let placeholders: Vec<_> = cx.docx.iter().flat_map(|d| &d.placeholders).collect();
        if !placeholders.is_empty() {
            out.retain(|d| !placeholders.iter().any(|p| p.span.contains(d.span())));
            out.extend(placeholders.iter().map(|p| word_placeholder(p, text)));
            out.sort_by_key(|d| (d.span().start, d.span().end));
        }
        // Word comments, after the dedup: a comment on a placeholder is a
        // second finding, not a repeat.
        for c in cx.docx.iter().flat_map(|d| &d.comments) {
            out.push(word_comment(c));
        }
        // And Word comments Pandoc kept in Markdown
        // (`[note]{.comment-start …}text[]{.comment-end …}`).
        if cx.docx.is_none() {
            let marks = pandoc_marks::marks(text);
            for c in pandoc_marks::comments(&marks) {
                out.push(pandoc_comment(&c, text));
            }
        }
        out
    }
}

impl TemplateLeftover {
    /// Notes to the author left in: a paragraph (or a field, as the parser may
    /// read one) that opens with a guidance label and a colon, then an
    /// instruction ("Guidance: set out…"), the paragraph optionally one
    /// note in square brackets (see [`bracket_note`]). Their spans and
    /// labels.
    fn guidance_notes(&self, cx: &Context<'_>) -> Vec<(Span, String)> {
        // The label first: the rest (a whole paragraph) is read only after one.
        let is_label = |label: &str| {
            self.label_initials.may_normalise_to(label) && self.labels.contains(&normalise(label))
        };
        let is_instruction = |rest: &str| {
            let rest = rest.trim_start().to_lowercase();
            self.instructions.iter().any(|v| {
                rest.strip_prefix(v)
                    .is_some_and(|after| after.is_empty() || after.starts_with([' ', ',', ':']))
            })
        };
        let mut out = Vec::new();
        for f in &cx.doc.fields {
            if is_label(&f.key) && is_instruction(&f.value) {
                out.push((f.span, normalise(&f.key)));
            }
        }
        for p in &cx.doc.paragraphs {
            let body = &cx.text[p.text.start..p.text.end];
            // A note may stand in brackets, escaped or not, as Pandoc
            // writes a bracket it keeps (`\[Guidance: explain …\]`).
            let body = bracket_note(body.trim_end()).unwrap_or(body);
            let head = body.get(..40).unwrap_or(body);
            let Some(colon) = memchr::memchr(b':', head.as_bytes()) else {
                continue;
            };
            let label = crate::parse::inline::plain(&body[..colon]);
            if is_label(&label) && is_instruction(&crate::parse::inline::plain(&body[colon + 1..]))
            {
                out.push((p.text, normalise(&label)));
            }
        }
        out
    }
}

impl TemplateLeftover {
    /// Notes to the author in round brackets on one line, up to 60
    /// characters inside, that open with one of `round_instructions` as a
    /// whole word, the way a template writes them: `(Insert name of
    /// officer consulted)`, `(enter date)`, `(INSERT DATE)`. The word after
    /// the instruction is in lower case unless the whole note is in
    /// capitals, so a name in brackets is no note (`(Select Committee)`);
    /// and a note in lower case names what to put (one of the
    /// `placeholder-words`), so an aside is none (`(enter into force …)`).
    /// Their spans (the brackets and what they hold) and text.
    fn round_notes<'t>(&self, text: &'t str) -> Vec<(Span, &'t str)> {
        let mut out = Vec::new();
        for open in memchr::memchr_iter(b'(', text.as_bytes()) {
            let rest = &text[open + 1..];
            // Most brackets open with no instruction: the first word tells.
            let Some(verb) = self.round_instructions.iter().find(|v| {
                rest.get(..v.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(v))
                    && rest[v.len()..].starts_with([' ', ')'])
            }) else {
                continue;
            };
            let Some((len, _)) = rest
                .char_indices()
                .take(61)
                .find(|&(_, c)| matches!(c, '\n' | '(' | ')'))
                .filter(|&(_, c)| c == ')')
            else {
                continue;
            };
            let inner = &rest[..len];
            let capitals = !inner.chars().any(char::is_lowercase);
            let next_word_lower = inner[verb.len()..]
                .split_whitespace()
                .next()
                .is_none_or(|w| !w.starts_with(char::is_uppercase));
            // A prompt opens with a capital ("(Insert …)"); in lower case,
            // only one that names what to put is one ("(enter date)", not
            // "(enter into force …)").
            let prompt = capitals
                || inner.starts_with(char::is_uppercase)
                || self.is_placeholder(&inner[verb.len()..]);
            if (capitals || next_word_lower) && prompt {
                let end = open + 1 + len + 1;
                out.push((Span::new(open, end), &text[open..end]));
            }
        }
        out
    }

    /// Notes to the author in square brackets on one line, too long for
    /// the bracketed runs read above (more than 60 characters inside, up
    /// to 200), that open with one of `round_instructions` as a template's
    /// prompt does: `[Insert link to Regulation 18 consultation responses
    /// once published]`. As in round brackets, the note opens with a
    /// capital and the word after the instruction is in lower case, or the
    /// whole note is in capitals, so a title in brackets is none (`[Select
    /// Committee on Culture, Media and Sport: Report of Session 2023-24]`);
    /// a link's text (`[…](…)`) is none either. Their spans and text.
    fn long_square_notes(&self, text: &str) -> Vec<(Span, String)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        for open in memchr::memchr_iter(b'[', bytes) {
            let rest = &text[open + 1..];
            // Most brackets open with no instruction: the first word tells.
            let Some(verb) = self.round_instructions.iter().find(|v| {
                rest.get(..v.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(v))
                    && rest[v.len()..].starts_with(' ')
            }) else {
                continue;
            };
            let Some((len, chars)) = rest
                .char_indices()
                .enumerate()
                .take(201)
                .find(|&(_, (_, c))| matches!(c, '\n' | '[' | ']'))
                .filter(|&(_, (_, c))| c == ']')
                .map(|(n, (len, _))| (len, n))
            else {
                continue;
            };
            if chars <= 60 {
                continue;
            }
            let end = open + 1 + len + 1;
            if matches!(bytes.get(end), Some(b'(' | b'{')) {
                continue;
            }
            // Pandoc escapes a bracket it keeps (`\[Insert …\]`).
            let inner = rest[..len].strip_suffix('\\').unwrap_or(&rest[..len]);
            let capitals = !inner.chars().any(char::is_lowercase);
            let next_word_lower = inner[verb.len()..]
                .split_whitespace()
                .next()
                .is_none_or(|w| !w.starts_with(char::is_uppercase));
            if capitals || (inner.starts_with(char::is_uppercase) && next_word_lower) {
                out.push((Span::new(open, end), format!("[{inner}]")));
            }
        }
        out
    }

    /// Whether `text` (lower case) opens with one of the instructions,
    /// as a whole word.
    fn opens_with_instruction(&self, text: &str) -> bool {
        self.instructions.iter().any(|v| {
            text.strip_prefix(v.as_str())
                .is_some_and(|after| after.is_empty() || after.starts_with([' ', ',', ':']))
        })
    }

    /// Notes to the author in square brackets that make up a whole
    /// paragraph (after its number), or lines of their own inside one (see
    /// [`bracket_lines`]), of any length: an instruction
    /// (`[Insert the final outturn figures once …]`), or one or two words
    /// naming who is to act, "to", an instruction (`[Author to add
    /// modelling of …]`, `[Finance officer to confirm …]`). The note may
    /// be in italics or bold, and its brackets escaped, as Pandoc writes a
    /// template's italic guidance (`*\[Include here the views of …\]*`).
    /// Their spans (the brackets and what they hold, with any wrapper) and
    /// first words.
    fn author_notes(&self, cx: &Context<'_>) -> Vec<(Span, String)> {
        let mut out = Vec::new();
        for p in &cx.doc.paragraphs {
            let body = &cx.text[p.text.start..p.text.end];
            // Most paragraphs open with a word, and have no line opening
            // with a bracket: one byte and one search tell.
            let opens = matches!(body.as_bytes().first(), Some(b'[' | b'*' | b'_' | b'\\'));
            if !opens && memchr::memmem::find(body.as_bytes(), b"\n[").is_none() {
                continue;
            }
            let body = body.trim_end();
            let whole = opens
                .then(|| bracket_note(body))
                .flatten()
                .map(|inner| (0, body.len(), inner));
            for (from, to, inner) in whole.into_iter().chain(bracket_lines(body)) {
                if inner.contains(['[', ']']) || !self.is_note(inner) {
                    continue;
                }
                let span = Span::new(p.text.start + from, p.text.start + to);
                if out
                    .last()
                    .is_none_or(|(last, _): &(Span, String)| last.end <= span.start)
                {
                    out.push((span, first_words(inner, 12)));
                }
            }
        }
        out
    }

    /// Notes to the author in square brackets wherever they stand, on one
    /// line or carried on over lines of one paragraph (each next line
    /// carrying it on, see [`carries_on`]), up to 300 characters inside,
    /// that end with the word "here", where the author is to put the text
    /// (see [`ends_with_here`]), and open as a template's prompt does
    /// (see [`is_prompt`]) with an instruction (see [`Self::is_note`]):
    /// `Officer comments: [Summarise the outcome of the Climate Impact` /
    /// `Assessment Tool here.]`. An aside that ends with "here" opens
    /// with no instruction (`[as set out here]`); a link's text (`[…](…)`)
    /// and Pandoc's span (`[…]{…}`) are none. Their spans (the brackets
    /// and what they hold) and first words.
    fn here_notes(&self, text: &str) -> Vec<(Span, String)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        for open in memchr::memchr_iter(b'[', bytes) {
            let rest = &text[open + 1..];
            let Some(len) = carried_square_inner(rest) else {
                continue;
            };
            let end = open + 1 + len + 1;
            if matches!(bytes.get(end), Some(b'(' | b'{')) {
                continue;
            }
            // Pandoc escapes a bracket it keeps (`\[Insert … here\]`).
            let inner = rest[..len].strip_suffix('\\').unwrap_or(&rest[..len]);
            if ends_with_here(inner) && is_prompt(inner) && self.is_note(inner) {
                out.push((Span::new(open, end), first_words(inner, 12)));
            }
        }
        out
    }

    /// Whether `inner`, a bracket's text, is a note to the author: an
    /// instruction first, or one or two words naming who is to act, "to",
    /// an instruction.
    fn is_note(&self, inner: &str) -> bool {
        let lower = inner.trim().to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().take(4).collect();
        let after_to = |k: usize| words.get(k) == Some(&"to") && words.len() > k + 1;
        self.opens_with_instruction(&lower)
            || [1, 2].into_iter().any(|k| {
                after_to(k) && {
                    let rest: Vec<&str> = lower.split_whitespace().skip(k + 1).collect();
                    self.opens_with_instruction(&rest.join(" "))
                }
            })
    }
}

/// The notes in square brackets inside paragraph text `body` that stand on
/// lines of their own, as `pdftotext` gives a template's note with no
/// blank line around it (`…promoting understanding.` / `[Summarise here
/// the findings of the Impact Assessment, or explain` / `why one is not
/// needed.]` / `Well-maintained footways…`), the first line too (a note
/// under its heading with the next heading's text run on after it): a `[`
/// opening a line and the first `]` after it closing one (a full stop
/// after it allowed). Their offsets in `body` (from the `[` to the `]` or
/// its full stop) and what they hold.
fn bracket_lines(body: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let first = body.starts_with('[').then_some(0);
    let others = memchr::memmem::find_iter(body.as_bytes(), b"\n[").map(|nl| nl + 1);
    first.into_iter().chain(others).filter_map(move |open| {
        let close = open + body[open..].find(']')?;
        let after = &body[close + 1..];
        let dot = usize::from(after.starts_with('.'));
        let rest = &after[dot..];
        let rest = rest.trim_start_matches([' ', '\t']);
        (rest.is_empty() || rest.starts_with(['\n', '\r']))
            .then(|| (open, close + 1 + dot, &body[open + 1..close]))
    })
}

/// The length in bytes of what a square bracket holds, `rest` from after
/// its `[` up to its `]`, within 300 characters, with no `[` inside, over
/// lines that each carry on the paragraph (see [`carries_on`]).
fn carried_square_inner(rest: &str) -> Option<usize> {
    for (at, c) in rest.char_indices().take(301) {
        match c {
            ']' => return Some(at),
            '[' => return None,
            '\n' if !carries_on(&rest[at + 1..]) => return None,
            _ => {}
        }
    }
    None
}

/// Whether a note's text ends with the word "here" (a full stop after it
/// allowed).
fn ends_with_here(inner: &str) -> bool {
    let inner = inner.trim_end().trim_end_matches('.');
    inner
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("here"))
}

/// Whether a bracket's text opens as a template's prompt does, with a
/// capital and the second word in lower case (`Summarise the outcome …`,
/// `Author to add …`), or is all in capitals (`INSERT MAP HERE`): a name
/// or title in brackets is none (`[State Aid rules apply here]`), nor is
/// an aside in lower case (`[as set out here]`).
fn is_prompt(inner: &str) -> bool {
    let mut words = inner.split_whitespace();
    let capitals = !inner.chars().any(char::is_lowercase);
    let opens = words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let second_lower = words
        .next()
        .is_none_or(|w| !w.starts_with(char::is_uppercase));
    capitals || (opens && second_lower)
}

/// What a paragraph that is one note in square brackets holds: `[…]`,
/// with an optional full stop after it, its brackets optionally escaped
/// (`\[…\]`, as Pandoc writes a bracket it keeps), the whole optionally in
/// italics or bold (`*…*`, `_…_`, `**…**`). None for any other paragraph.
fn bracket_note(body: &str) -> Option<&str> {
    let mut body = body;
    for wrap in ["**", "__", "*", "_"] {
        if let Some(inside) = body.strip_prefix(wrap).and_then(|b| {
            b.strip_suffix(wrap)
                .or_else(|| b.strip_suffix(&format!("{wrap}.")[..]))
        }) {
            body = inside;
            break;
        }
    }
    let body = body.strip_suffix('.').unwrap_or(body);
    let inner = match body.strip_prefix("\\[") {
        Some(rest) => rest.strip_suffix("\\]")?,
        None => body.strip_prefix('[')?.strip_suffix(']')?,
    };
    (!inner.is_empty()).then_some(inner)
}

/// The first `n` words of `text`, with "…" when there are more.
fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{}…", words[..n].join(" "))
    }
}

/// Byte ranges of the HTML comments in `text`, in order, given where its
/// `<!--` start (a `<!--` inside a comment opens none).
fn comment_spans(text: &str, opens: &[usize]) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    for &start in opens {
        if start < from {
            continue;
        }
        let end = memchr::memmem::find(&bytes[start + 4..], b"-->")
            .map_or(text.len(), |e| start + 4 + e + 3);
        out.push((start, end));
        from = end;
    }
    out
}

fn word_placeholder(p: &crate::source::docx::Placeholder, text: &str) -> Finding {
    let shown = first_words(&text[p.span.start..p.span.end], 12);
    let title = p
        .title
        .as_deref()
        .map_or(String::new(), |t| format!(" ({t})"));
    Finding::new(
        p.span,
        format!("Word content control{title} still shows its placeholder: \u{201c}{shown}\u{201d}"),
    )
    .subject(shown)
    .label("nothing chosen or typed here")
    .help("choose or type the value in the control, or delete the control if it is not needed")
}

fn word_comment(c: &crate::source::docx::Comment) -> Finding {
    comment_finding(
        c.span,
        c.text.trim(),
        c.author.as_deref(),
        "commented text",
        "resolve the comment and delete it (Review > Delete) before the paper goes out",
    )
}

/// The finding for a Word comment `note` by `author` left on the text at
/// `span`: the note cut to 80 characters, as a Word draft's comment and one
/// Pandoc kept in Markdown are both reported.
fn comment_finding(
    span: Span,
    note: &str,
    author: Option<&str>,
    label: &str,
    help: &str,
) -> Finding {
    let short: String = note.chars().take(80).collect();
    let short = if short.len() < note.len() {
        format!("{}…", short.trim_end())
    } else {
        short
    };
    let by = author.map_or(String::new(), |a| format!(" by {a}"));
    Finding::new(
        span,
        format!("Word comment{by} left in the document: \u{201c}{short}\u{201d}"),
    )
    .subject(short)
    .label(label)
    .help(help)
}

/// A Word comment that Pandoc kept in a Markdown export, as
/// [`word_comment`] reports one in a Word draft: at the comment and the
/// text it is on.
fn pandoc_comment(c: &pandoc_marks::Comment<'_>, text: &str) -> Finding {
    let note = crate::parse::inline::plain(c.start.inner.of(text));
    let note = note.split_whitespace().collect::<Vec<_>>().join(" ");
    comment_finding(
        c.span,
        &note,
        c.start.author.as_deref(),
        "a comment and the text it is on",
        "resolve the comment and delete it in the Word draft (Review > Delete), \
         then convert it again",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<(&str, bool, bool)> {
        bracketed(text)
            .map(|b| (&text[b.whole.start..b.whole.end], b.curly, b.link))
            .collect()
    }

    /// The runs Pandoc's markup makes, which are not placeholders.
    fn pandoc(text: &str) -> Vec<&str> {
        bracketed(text)
            .filter(|b| b.pandoc)
            .map(|b| &text[b.whole.start..b.whole.end])
            .collect()
    }

    /// The folded text and where each folded byte stands, byte by byte:
    /// what [`FoldedText::of`] must give.
    fn folded_byte_by_byte(text: &str) -> (Vec<u8>, Vec<usize>) {
        let raw = text.as_bytes();
        let (mut bytes, mut at) = (Vec::new(), Vec::new());
        let mut i = 0;
        while i < raw.len() {
            if !matches!(raw[i], b' ' | b'\t' | b'\r' | b'\n') {
                bytes.push(raw[i].to_ascii_lowercase());
                at.push(i);
                i += 1;
                continue;
            }
            let (start, mut breaks) = (i, 0);
            while i < raw.len() && matches!(raw[i], b' ' | b'\t' | b'\r' | b'\n') {
                breaks += usize::from(raw[i] == b'\n');
                i += 1;
            }
            bytes.push(if breaks > 1 { b'\n' } else { b' ' });
            at.push(start);
        }
        (bytes, at)
    }

    #[test]
    fn folded_text_makes_runs_of_white_space_one_space_and_keeps_blank_lines() {
        let folded = FoldedText::of("Delete  IF\n  not\tapplicable \n\nNext\r\n");
        assert_eq!(folded.bytes, b"delete if not applicable\nnext ");
        assert_eq!(folded.original(7, 9), Span::new(8, 10));
        assert_eq!(folded.original(10, 13), Span::new(13, 16));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Copying between runs gives what folding byte by byte gives.
        #[test]
        fn folded_text_as_byte_by_byte(s in "(a|B|é| |  |\t|\r|\n|\n\n| \n|\n ){0,16}") {
            let folded = FoldedText::of(&s);
            let (bytes, at) = folded_byte_by_byte(&s);
            proptest::prop_assert_eq!(&folded.bytes, &bytes);
            for (i, &a) in at.iter().enumerate() {
                proptest::prop_assert_eq!(folded.original_at(i), a);
            }
        }
    }

    #[test]
    fn a_word_drop_down_still_reading_its_prompt_is_found_in_converted_text() {
        let text = "| **Relevant scrutiny committee** | Choose an item. |\n";
        let found = crate::rules::findings_of("template-leftover", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "template placeholder left in: Choose an item."
        );
        // Prose that speaks of choosing an item is no prompt.
        let prose = "Residents choose an item from the bulky waste list online.\n";
        assert!(crate::rules::findings_of("template-leftover", prose).is_empty());
    }

    #[test]
    fn a_guidance_phrase_is_found_where_the_line_wraps_inside_it() {
        let text = "The decision is proposed for implementation immediately (delete\n\
                    as appropriate).\n";
        let found = crate::rules::findings_of("template-leftover", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "template placeholder left in: delete as appropriate"
        );
        let span = found[0].span();
        assert_eq!(&text[span.start..span.end], "delete\nas appropriate");
        // A blank line parts two paragraphs: no phrase spans them.
        let text = "Items we may delete\n\nAs appropriate, the panel will decide.\n";
        assert!(crate::rules::findings_of("template-leftover", text).is_empty());
    }

    #[test]
    fn a_comment_pandoc_kept_is_reported_with_the_text_it_is_on() {
        let text = "4.2 Spend was [Farah – please check this]{.comment-start id=\"2\" \
                    author=\"Gary Hollis\"}£1.94 million[]{.comment-end id=\"2\"}, above.\n";
        let found = crate::rules::findings_of("template-leftover", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "Word comment by Gary Hollis left in the document: \u{201c}Farah – please check this\u{201d}"
        );
        let span = &text[found[0].span().start..found[0].span().end];
        assert!(span.starts_with("[Farah") && span.ends_with("id=\"2\"}"));
        // A revision is no comment, and no placeholder.
        let text = "Value [£6.4m]{.deletion author=\"A\"}[£6.9m]{.insertion author=\"A\"}.\n";
        assert!(crate::rules::findings_of("template-leftover", text).is_empty());
    }

    #[test]
    fn pandoc_attributes_are_not_placeholders() {
        assert_eq!(
            pandoc("# []{#_Toc213044101 .anchor}1. INTRODUCTION"),
            ["{#_Toc213044101 .anchor}"]
        );
        assert_eq!(
            pandoc("![](media/image1.png){width=\"1.6in\" height=\"0.7in\"}"),
            ["{width=\"1.6in\" height=\"0.7in\"}"]
        );
        assert_eq!(
            pandoc("[Debt rescheduling]{.underline}\n"),
            ["[Debt rescheduling]", "{.underline}"]
        );
        assert_eq!(
            pandoc("## Background {#background}\r\nText"),
            ["{#background}"]
        );
        assert_eq!(pandoc("`<w:br/>`{=openxml}"), ["{=openxml}"]);
        // Words in braces, attributes that open or sit inside a sentence,
        // and a square run before words in braces stay candidates.
        assert!(pandoc("Contact: {insert name}, [Officer]{name}").is_empty());
        assert!(pandoc("{#id} and {.class} here, [Insert date]").is_empty());
    }

    #[test]
    fn bracketed_runs() {
        assert_eq!(
            runs("[Report title] and {insert name}"),
            [
                ("[Report title]", false, false),
                ("{insert name}", true, false)
            ]
        );
        assert_eq!(
            runs("see [the plan](plan.pdf)"),
            [("[the plan]", false, true)]
        );
        // The inner bracket closes; empty, split or over-long runs do not count.
        assert_eq!(runs("[a [date]"), [("[date]", false, false)]);
        assert_eq!(runs("[] [one\n\ntwo]"), []);
        // One line break inside a paragraph; not two, nor into a new block.
        assert_eq!(runs("[one\n   two]"), [("[one\n   two]", false, false)]);
        assert_eq!(runs("[one\ntwo\nthree]"), []);
        assert_eq!(runs("[one\n  \ntwo]"), []);
        assert_eq!(runs("[one\n# two]"), []);
        assert_eq!(runs("[one\n- two]"), []);
        assert_eq!(runs("[one\n| two]"), []);
        // The next line's indent does not count towards the 60 characters.
        let wrapped = format!("[{}\n{}{}]", "é".repeat(30), " ".repeat(20), "é".repeat(30));
        assert_eq!(runs(&wrapped).len(), 1);
        let long = format!("[{}\n{}]", "é".repeat(30), "é".repeat(31));
        assert_eq!(runs(&long), []);
        let long = format!("[{}]", "é".repeat(61));
        assert_eq!(runs(&long), []);
        let just = format!("[{}]", "é".repeat(60));
        assert_eq!(runs(&just).len(), 1);
    }

    #[test]
    fn a_placeholder_wrapped_onto_the_next_line_is_reported_on_one() {
        let leftovers = |text: &str| crate::rules::findings_of("template-leftover", text);
        // Pandoc's 72-column wrap, inside a highlight span, its brackets
        // escaped; and pdftotext's wrap with no markup.
        for (text, shown) in [
            (
                "3.  Legal comments provided by [\\[Insert name of officer\n    \
                 consulted\\]]{.mark}, Legal Services, on 21 September 2027.\n",
                "[Insert name of officer consulted]",
            ),
            (
                "Report author: [Insert\r\nname], Planning Policy Manager\r\n",
                "[Insert name]",
            ),
        ] {
            let found = leftovers(text);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!(
                found[0].message,
                format!("template placeholder left in: {shown}")
            );
        }
        // Near misses: brackets with no placeholder's word, the next line
        // a new paragraph, Pandoc's attributes wrapped, a wrapped link.
        for text in [
            "The Order would amend [the Harbour Act\n1964 as it applies] to the port.\n",
            "Comments by [Insert name of officer\n\nconsulted] follow.\n",
            "![](media/image1.png){width=\"6.27in\"\nheight=\"3.5in\"}\n",
            "See [the report on the meeting of\nCabinet](https://example.gov.uk/cabinet).\n",
        ] {
            let found = leftovers(text);
            assert!(found.is_empty(), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn a_bracketed_note_to_the_author_as_a_whole_paragraph() {
        let leftovers = |text: &str| crate::rules::findings_of("template-leftover", text);
        let long = "4.4 [Author to add modelling of the impact on individual schools once the \
                    October census data is confirmed.]\n";
        let found = leftovers(long);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.contains("Author to add modelling"),
            "{}",
            found[0].message
        );
        assert_eq!(
            &long[found[0].span().start..found[0].span().end],
            &long[4..long.len() - 1]
        );
        for note in [
            "[Insert the final outturn figures for each service once the accounts are closed.]\n",
            "[Finance officer to confirm the savings figures with each directorate before publication]\n",
        ] {
            assert_eq!(leftovers(note).len(), 1, "{note}");
        }
        // Brackets in a sentence, a bracket that is no note, a note that
        // does not open the paragraph: nothing new.
        for text in [
            "The Council [as landlord] agreed to review the terms of the lease of the depot site.\n",
            "[Members to note that the figures for the third quarter are provisional and may change.]\n",
            "[This paragraph is exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972]\n",
            "The officer will [once the data is in, add modelling of the impact on individual schools].\n",
        ] {
            assert!(leftovers(text).is_empty(), "{text}: {:?}", leftovers(text));
        }
    }

    #[test]
    fn a_bracketed_note_on_lines_of_its_own_inside_a_paragraph() {
        let leftovers = |text: &str| crate::rules::findings_of("template-leftover", text);
        // pdftotext: no blank line around the template's note.
        let text = "10) Equality Considerations\nThe duty requires due regard to equality.\n\
                    [Summarise here the findings of the Impact Assessment, or explain\n\
                    why one is not needed.]\nFootways matter to older people.\n";
        let found = leftovers(text);
        assert_eq!(found.len(), 1, "{found:?}");
        let span = found[0].span();
        assert!(text[span.start..span.end].starts_with("[Summarise here"));
        assert!(text[span.start..span.end].ends_with("not needed.]"));
        // A bracket opening a line but closing mid-line, or a line opening
        // with a bracket that is no note: nothing.
        for text in [
            "The duty applies.\n[Summarise here the findings] as the table shows.\n",
            "The duty applies.\n[Members were told of the findings in March.]\nMore text.\n",
        ] {
            assert!(leftovers(text).is_empty(), "{text}: {:?}", leftovers(text));
        }
        // The note first under its heading, the next heading's text run on
        // after it, as pdftotext gives them.
        let text = "10. Consultation Feedback\n10.1 Members were briefed.\n\
                    11. Performance Management/Follow-up\n\
                    [Describe how the implementation of the decision will be monitored.]\n\
                    Supporting Documents\nAppendix 1 – Evaluation summary\n";
        let found = leftovers(text);
        assert_eq!(found.len(), 1, "{found:?}");
        let span = found[0].span();
        assert!(text[span.start..span.end].starts_with("[Describe how"));
        assert!(text[span.start..span.end].ends_with("monitored.]"));
        // A paragraph that opens with a bracket closing mid-line: nothing.
        let text = "11. Monitoring\n[Describe the plan] as agreed with members.\nMore.\n";
        assert!(leftovers(text).is_empty(), "{:?}", leftovers(text));
    }

    #[test]
    fn a_note_in_italics_with_its_brackets_escaped_as_pandoc_writes_it() {
        let leftovers = |text: &str| crate::rules::findings_of("template-leftover", text);
        let text = "*\\[Include here the views of local councillors consulted and, where \
                    relevant, any planning considerations. Delete this guidance before the \
                    report is published.\\]*\n";
        let found = leftovers(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.contains("Include here the views"),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].span().start, 0);
        assert_eq!(found[0].span().end, text.len() - 1);
        for note in [
            "_[Insert the final outturn figures for each service once the accounts are closed.]_\n",
            "*\\[Finance officer to confirm the savings figures with each directorate before publication\\]*\n",
            "\\[Insert the final outturn figures for each service once the accounts are closed.\\]\n",
        ] {
            assert_eq!(leftovers(note).len(), 1, "{note}");
        }
        // An italic aside in brackets, a wrapper that does not close, an
        // escaped bracket that opens a sentence: nothing.
        for text in [
            "*\\[Members to note that the figures for the third quarter are provisional and may change.\\]*\n",
            "*\\[Include here the views of local councillors consulted and any planning considerations\\]\n",
            "\\[Insert\\] appears in the guidance to authors, which members asked to see with the report.\n",
        ] {
            assert!(leftovers(text).is_empty(), "{text}: {:?}", leftovers(text));
        }
    }

    #[test]
    fn a_guidance_note_in_brackets_escaped_or_not() {
        let leftovers = |text: &str| crate::rules::findings_of("template-leftover", text);
        for note in [
            "\\[Guidance: explain how the proposal affects opportunities to use the\n\
             Welsh language. Delete this note before the report is published.\\]\n",
            "[Guidance: explain how the proposal affects opportunities to use the\n\
             Welsh language. Delete this note before the report is published.]\n",
            "*\\[Drafting note: set out the legal implications.\\]*\n",
        ] {
            let found = leftovers(note);
            assert_eq!(found.len(), 1, "{note}: {found:?}");
            assert_eq!(found[0].span().start, 0, "{note}");
        }
        // Escaped brackets that hold no note: a neutral citation, "sic", a
        // bracketed label whose text is no instruction.
        for text in [
            "\\[2027\\] EWHC 123 (Admin) held that the duty applies to the council.\n",
            "The report said the scheme \\[sic\\] would be funded by the county.\n",
            "\\[Guidance: the Department's statutory guidance of 2023 applies.\\]\n",
            "\\[2027\\]\n",
        ] {
            assert!(leftovers(text).is_empty(), "{text}: {:?}", leftovers(text));
        }
    }

    #[test]
    fn a_long_prompt_in_square_brackets_after_a_sentence() {
        let leftovers = |text: &str| crate::rules::findings_of("template-leftover", text);
        let text = "3.3 A summary of all responses will be published on the Council's website. \
                    [Insert link to Regulation 18 consultation responses once published]\n";
        let found = leftovers(text);
        assert_eq!(found.len(), 1, "{found:?}");
        let at = text.find('[').unwrap();
        assert_eq!(
            &text[found[0].span().start..found[0].span().end],
            &text[at..text.len() - 1]
        );
        assert!(found[0].message.contains("[Insert link to Regulation 18"));
        // Pandoc's escaped brackets, and a prompt in capitals.
        assert_eq!(
            leftovers("Published online. \\[Insert link to the consultation responses once they are published\\]\n").len(),
            1
        );
        assert_eq!(
            leftovers("See the map. [INSERT MAP OF THE PROPOSED CONSERVATION AREA BOUNDARY CHANGES HERE]\n")
                .len(),
            1
        );
        // A title, a link's text, an editorial note, a citation and a
        // bracket that runs past 200 characters are none.
        for text in [
            "See [Select Committee on Housing, Communities and Local Government: Report of Session 2023-24].\n",
            "See [Insert link to the consultation responses when they are published](https://example.gov.uk).\n",
            "He said the Council would \"[enter into an agreement with the trust once the terms are settled]\".\n",
            "R (Smith) v Westbury Borough Council [2024] EWHC 1234 (Admin), in which the court found.\n",
        ] {
            assert!(leftovers(text).is_empty(), "{text}: {:?}", leftovers(text));
        }
        let over = format!("Text. [Insert {}]\n", "the long words ".repeat(15));
        assert!(leftovers(&over).is_empty());
    }

    #[test]
    fn a_prompt_in_square_brackets_that_ends_with_here() {
        let leftovers = |text: &str| crate::rules::findings_of("template-leftover", text);
        let text = "Officer comments: [Summarise the outcome of the Climate Impact Assessment\n\
                    Tool here.]\n\nName of Officer: Jo Bloggs\n";
        let found = leftovers(text);
        assert_eq!(found.len(), 1, "{found:?}");
        let at = text.find('[').unwrap();
        let end = text.find(".]").unwrap() + 2;
        assert_eq!(found[0].span(), Span::new(at, end));
        assert_eq!(
            found[0].subject.as_deref(),
            Some("Summarise the outcome of the Climate Impact Assessment Tool here.")
        );
        // Mid-sentence, escaped, in capitals, who is to act.
        for text in [
            "The outcome was positive. [Describe the outcome here.] Members noted it.\n",
            "Comments: \\[Set out the options considered here\\]\n",
            "Comments: [EXPLAIN THE RISKS HERE]\n",
            "Comments: [Author to add the figures here]\n",
        ] {
            assert_eq!(leftovers(text).len(), 1, "{text}: {:?}", leftovers(text));
        }
        // An aside, a citation, an editorial note in a quotation, a name,
        // a note in lower case, one that does not end with "here", a link,
        // and a bracket whose lines do not carry on one paragraph are none.
        for text in [
            "The figures (see the summary here) are final.\n",
            "The options [as set out here] were costed.\n",
            "R (Smith) v Westbury Borough Council [2027] EWHC 12 (Admin) applies.\n",
            "He said \"[the Council] will act\" [emphasis added].\n",
            "The report said [State Aid rules apply here].\n",
            "The scheme [provide the details here] was agreed.\n",
            "Comments: [Summarise the outcome of the assessment tool.]\nName: Jo Bloggs\n",
            "See [Describe the scheme here](https://example.gov.uk/scheme).\n",
            "Comments: [Summarise the outcome of the\n\n# Tool here.]\n",
        ] {
            assert!(leftovers(text).is_empty(), "{text}: {:?}", leftovers(text));
        }
    }

    #[test]
    fn a_prompt_in_round_brackets_is_a_placeholder_an_aside_is_not() {
        let leftovers = |text: &str| {
            crate::rules::findings_of("template-leftover", text)
                .iter()
                .map(|d| d.subject.clone().unwrap_or_default())
                .collect::<Vec<_>>()
        };
        for prompt in [
            "(Insert name of officer consulted)",
            "(enter date)",
            "(INSERT DATE)",
            "(Select one)",
            "(Choose an option)",
        ] {
            let text = format!("Finance: Jo Bloggs\n\nClimate: {prompt}\n");
            assert_eq!(leftovers(&text), [prompt], "{prompt}");
        }
        for aside in [
            "The hours change (see paragraph 2.1) in October.",
            "The order will (enter into force on 1 October) as planned.",
            "The report went to the Home Affairs Committee (Select Committee on Policing).",
            "The tenant may (insert) a break clause, as agreed.",
            "The system (inserted in 2019) records each visit.",
        ] {
            assert!(leftovers(aside).is_empty(), "{aside}");
        }
    }

    /// What template-leftover shows of each leftover it finds in `text`.
    fn subjects(text: &str) -> Vec<String> {
        crate::rules::findings_of("template-leftover", text)
            .into_iter()
            .map(|d| d.subject.unwrap_or_default())
            .collect()
    }

    #[test]
    fn a_date_in_words_with_its_day_or_month_masked() {
        for (text, shown) in [
            (
                "This was considered at the Cabinet meeting on XX February 2025. The Council",
                "XX February 2025",
            ),
            ("The consultation closes on XXth March.", "XXth March"),
            ("Date of meeting: xx Sept 2025", "xx Sept 2025"),
            ("The scheme opens on 12 XX 2025.", "12 XX 2025"),
            ("Published on XX XX XXXX.", "XX XX XXXX"),
        ] {
            assert_eq!(subjects(text), [shown], "{text}");
        }
        for text in [
            "The duty is in Part XX March 2025 of the guidance.",
            "Schedule XX May apply to the lease.",
            "The XX may be ordered in sizes up to XXL.",
            "Chapter XX of the Code sets out the duties.",
            "The meeting on 20 February 2025 agreed the plan.",
            "Under Section XX, June 2024 guidance applies.",
        ] {
            assert_eq!(subjects(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_date_in_figures_partly_filled_in() {
        for (text, shown) in [
            (
                "Legal implications cleared by: Sunita Rae, Solicitor (Property and Regulatory), XX/XX/2026",
                "XX/XX/2026",
            ),
            ("Agreed by the Finance Manager on XX/03/2026.", "XX/03/2026"),
            ("Date of meeting: 12/xx/2025", "12/xx/2025"),
            ("Consulted: 14.03.20XX", "14.03.20XX"),
            ("Hollin Green consultation responses, XX/XX/XXXX.", "XX/XX/XXXX"),
            ("Published xx-xx-25.", "xx-xx-25"),
        ] {
            assert_eq!(subjects(text), [shown], "{text}");
        }
        // Dates all in figures beside an XX that is no date.
        for text in [
            "Agreed on 12/03/2026 under Part XX of the scheme.",
            "Signed off on 1.4.2026; see Schedule XX.",
            "Grade XX/3/2 posts are unaffected.",
        ] {
            assert_eq!(subjects(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_date_format_in_brackets_is_a_placeholder() {
        // A -layout line of two label/value pairs, the second unfilled.
        let text = "Date of meeting          3 December 2027                  Date of report    [DD Month YYYY]\n";
        assert_eq!(subjects(text), ["[DD Month YYYY]"]);
        for (text, shown) in [
            ("Cleared on [dd/mm/yyyy].", "[dd/mm/yyyy]"),
            ("Published: [Day DD MMM YY]", "[Day DD MMM YY]"),
        ] {
            assert_eq!(subjects(text), [shown], "{text}");
        }
        // A unit, a month or a year filled in, a citation: none.
        for text in [
            "Width [mm] of each bay.",
            "The [Month] column gives the start.",
            "See [2027] EWHC 14 (Admin).",
            "The scheme opened [in May 2026].",
        ] {
            assert_eq!(subjects(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn masked_value_candidates() {
        for yes in ["XX/XX/XXXX", "£X,XXX", "£ xm", "FP/XXX", "£\u{a0}X"] {
            assert!(may_hold_masked_value(&format!("Cost: {yes}.")), "{yes}");
        }
        for no in ["£1,000 in Essex", "Box 12", "x-ray", ""] {
            assert!(!may_hold_masked_value(no), "{no}");
        }
    }
}
