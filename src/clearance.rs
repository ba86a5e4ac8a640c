//! Clearances: who signed off a paper's financial and legal implications,
//! and when; and the meeting date a clearance is judged against.
//!
//! The sign-off rules (`sign-off-missing`, `sign-off-undated`,
//! `clearance-after-meeting`, `clearance-stale`, `clearance-late`) all read
//! what this module finds, so they agree on what a clearance is.
//!
//! # Where a clearance is looked for
//!
//! - In each section the template marks as needing a sign-off
//!   (`sign-off = "finance"`), with any sub-headings the template does not
//!   know.
//! - In a *clearance block*: a section headed by one of the pack's
//!   `[sign-off] headings` ("Statutory officer clearance"), each line naming
//!   the implications it clears.
//! - In a table with a *sign-off column* (its header is one of the
//!   `headings`: "Sign-off", "Cleared by"), row by row, where the row names
//!   a section that needs a sign-off ("Legal", "Financial"). Such a row
//!   stands for that section when the paper has none.
//! - On a field line in the body whose key is a post giving a sign-off
//!   ("Legal Team Leader: NAME, POST, date" after a run-in "Legal Advice:"
//!   paragraph): it stands for the section when the paper has none.
//! - A field line or a heading-only "section" (a short clearance line read
//!   as a heading) that falls between sections belongs to the one before.
//!
//! # The forms recognised
//!
//! 1. **A verb** from the pack's `verbs`, then "by", "with" or a colon, then
//!    the officer: "This report was agreed by the Head of Resources &
//!    Performance Review on 5th January 2005"; "Legal comments provided by
//!    Priya Shah, Senior Solicitor"; "Finance Officer Consulted: Jeff Coates
//!    Date: 24/02/2025"; "Comments checked by: Sarah Jones, Senior
//!    Accountant, 3 March 2025". Or the officer is the verb's subject: "The
//!    Council's Section 151 Officer has been consulted". A clearance still
//!    to come ("will be agreed by the Finance Manager") or refused ("has not
//!    been agreed") is not one.
//!    Or the officer, a dash or colon, then the verb: "Head of Finance –
//!    approved 31/05/24". After the verb a label may name the sign-off:
//!    "Cleared by Legal: Nadia Farouk 20/12/24". A person named after the
//!    verb counts when a post, a label, a cue word before the verb
//!    ("Legal comments were provided by") or nothing before it ("Signed:
//!    NAME") says so.
//! 2. **A bracket** that opens with a person's name, perhaps after a label
//!    naming the sign-off, then a post, a phone number or a date: "(Guy
//!    Goodman, Assistant Head of Legal Services - extension 7054)",
//!    "(Finance: Rhys Ali, 26/09/2024)". A bracket holding only a name
//!    counts where it closes a sign-off section whose text names the post
//!    ("Head of Legal Services comments: ... (Amira Sayed)").
//! 3. **A signature**: a sentence that is only [label:] NAME, POST [, DATE]
//!    whose post or label gives a sign-off ("Neil Garside, Director of
//!    Resources (Section 151 Officer), 10 February 2025."); or a table row
//!    that is one cell by cell ("| Finance | NAME, POST | DATE |").
//! 4. **A line of a clearance block** or **a row of a sign-off table** that
//!    names an officer: "Legal: Raj Patel, Monitoring Officer, 4 March 2025".
//!
//! The officer is a person's name (two to four capitalised words that are
//! not a body such as "Audit Committee") or a post the pack lists for a
//! sign-off ("Head of Finance", "solicitor"). "There are no legal
//! implications" names neither, so it is no clearance.
//!
//! The date is the first date in the clearance's own sentence, bracket, line
//! or row (or a `Date:` right after it, or a date alone on the next line
//! after a wrapped "(Monitoring Officer)" or "Date:"), never another date in
//! the paragraph ("which Council will consider on 25 February 2025").
//!
//! # Which sign-off a clearance gives
//!
//! The officer's post (a Head of Finance clears finance), else the words
//! before the verb ("Legal comments", "Finance Officer Consulted"), else the
//! implication its table row or block line names, else — in a combined
//! "Financial and legal implications" section — what its paragraph talks
//! about, else the section's own sign-off.
//!
//! # The meeting date
//!
//! `--meeting-date` if given; else the header's date field (the template
//! field with `timetable = "date"`); else the forward timetable. Where a
//! paper goes to several meetings, the earliest.

use crate::parse::inline::ordinary_run;
use crate::pattern::{fixed, Pattern};
use std::borrow::Cow;
use std::sync::LazyLock;
use time::Date;

use crate::document::{DateMention, Document, SectionId, Span, TextItem};
use crate::rules::Context;
use crate::template::{normalise, Resolved, Template, TimetableRole};

/// How a pack words its clearances, compiled from `[sign-off]`.
#[derive(Debug, Clone, Default)]
pub struct Wording {
    verbs: Option<Pattern>,
    /// Normalised headings of a clearance block or sign-off column.
    headings: Vec<String>,
    pub roles: Vec<RoleWording>,
}

/// One kind of sign-off (`finance`, `legal`): the posts that give it and
/// the words that say a paragraph is about it.
#[derive(Debug, Clone)]
pub struct RoleWording {
    pub id: String,
    posts: Option<Pattern>,
    topics: Option<Pattern>,
}

/// A case-insensitive pattern matching any of `phrases` as whole words;
/// a space or hyphen in a phrase matches any run of spaces or hyphens.
fn phrase_pattern(phrases: &[String]) -> Result<Option<Pattern>, String> {
    let mut ps: Vec<String> = phrases
        .iter()
        .map(|p| p.trim().to_lowercase())
        .filter(|p| !p.is_empty())
        .collect();
    // Longest first, so that "comments provided" wins over "comments".
    ps.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    ps.dedup();
    if ps.is_empty() {
        return Ok(None);
    }
    let alts: Vec<String> = ps
        .iter()
        .map(|p| {
            let body = p
                .split(|c: char| c.is_whitespace() || c == '-')
                .filter(|w| !w.is_empty())
                .map(|w| match regex_syntax::escape(w) {
                    w if w.is_ascii() => w,
                    w => format!("(?u:{w})"),
                })
                .collect::<Vec<_>>()
                .join(r"(?u:[\s\-])+");
            format!(
                "{}{body}{}",
                word_boundary(p.chars().next()),
                word_boundary(p.chars().last()),
            )
        })
        .collect();
    // Case folding and word boundaries are ASCII unless a word needs more:
    // Unicode tables make compiling several times slower.
    crate::pattern::compile_case_insensitive(&format!("(?:{})", alts.join("|")), false).map(Some)
}

/// The word-boundary assertion to put beside a phrase's first or last
/// character: ASCII where the character is ASCII (cheap to compile),
/// Unicode where it is another letter or digit, none beside punctuation.
fn word_boundary(c: Option<char>) -> &'static str {
    match c {
        Some(c) if c.is_ascii_alphanumeric() => r"\b",
        Some(c) if c.is_alphanumeric() => r"(?u:\b)",
        _ => "",
    }
}

impl Wording {
    /// Compiles the merged `[sign-off]` lists: `roles` are
    /// `(id, posts, topics)`.
    pub fn compile(
        verbs: &[String],
        headings: &[String],
        roles: &[(String, Vec<String>, Vec<String>)],
    ) -> Result<Wording, String> {
        let mut compiled = Vec::new();
        for (id, posts, topics) in roles {
            compiled.push(RoleWording {
                id: id.clone(),
                posts: phrase_pattern(posts)?,
                topics: phrase_pattern(topics)?,
            });
        }
        Ok(Wording {
            verbs: phrase_pattern(verbs)?,
            headings: headings.iter().map(|h| normalise(h)).collect(),
            roles: compiled,
        })
    }

    /// The sign-off a post gives: the role whose post occurs first in `s`.
    pub fn role_of_post(&self, s: &str) -> Option<&str> {
        earliest(&self.roles, s, |r| r.posts.as_ref()).map(|(_, id)| id)
    }

    /// What `s` talks about: the role whose topic word occurs first.
    pub fn topic_of(&self, s: &str) -> Option<&str> {
        earliest(&self.roles, s, |r| r.topics.as_ref()).map(|(_, id)| id)
    }

    /// Whether a heading or column title introduces clearances.
    pub fn is_heading(&self, title: &str) -> bool {
        self.is_normalised_heading(&normalise(title))
    }

    /// [`Wording::is_heading`] for a title already normalised.
    pub fn is_normalised_heading(&self, title: &str) -> bool {
        !title.is_empty() && self.headings.iter().any(|h| h == title)
    }
}

/// The role whose pattern matches first in `s`, and where.
fn earliest<'w>(
    roles: &'w [RoleWording],
    s: &str,
    pattern: impl Fn(&RoleWording) -> Option<&Pattern>,
) -> Option<(usize, &'w str)> {
    roles
        .iter()
        .filter_map(|r| Some((pattern(r)?.find(s)?.start(), r.id.as_str())))
        .min_by_key(|(at, _)| *at)
}

/// Where a clearance stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// In a section that needs a sign-off.
    Section(SectionId),
    /// In a clearance block ("Statutory officer clearance").
    Block(SectionId),
    /// In a row of a table with a sign-off column.
    Table(usize),
    /// On a line labelled with a post, outside any sign-off section
    /// ("Legal Team Leader: NAME, POST, date" in a form's body).
    Line,
}

/// A clearance: an officer's sign-off of some implications.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clearance {
    /// The sign-off it gives (`finance`, `legal`); `None` when nothing
    /// says which, in a place that could be either.
    pub role: Option<String>,
    /// The officer's name, where given ("Guy Goodman").
    pub officer: Option<TextItem>,
    /// The post, where given ("Assistant Head of Legal Services").
    pub post: Option<TextItem>,
    /// The date the clearance was given, where given.
    pub date: Option<DateMention>,
    /// The whole clearance: sentence, bracket, line or row.
    pub span: Span,
    pub place: Place,
}

impl Clearance {
    /// Who gave it, as written: the officer's name, else the post.
    pub fn who(&self) -> &str {
        self.officer
            .as_ref()
            .or(self.post.as_ref())
            .map_or("an officer", |t| t.text.as_str())
    }
}

// ---------------------------------------------------------------------------
// Flattened text: markup removed, white space folded, offsets kept.

/// A stretch of the paper with markup removed (`**`, `<sup>`, `\`), runs of
/// white space folded to one space and table cell breaks (tab, `|`) kept as
/// one tab; each byte remembers the source bytes it came from.
struct Flat {
    text: String,
    start: Vec<usize>,
    end: Vec<usize>,
}

impl Flat {
    fn new(text: &str, span: Span) -> Flat {
        let raw = span.of(text);
        let mut flat = Flat {
            text: String::with_capacity(raw.len()),
            start: Vec::with_capacity(raw.len()),
            end: Vec::with_capacity(raw.len()),
        };
        // Where the pending space came from: a white space character or a
        // tag that breaks a line.
        let mut space_at: Option<(usize, usize)> = None;
        let mut i = 0;
        while let Some(ch) = raw[i..].chars().next() {
            let at = span.start + i;
            // A run of ordinary ASCII, single spaces between words included:
            // copied whole, each byte its own source.
            let run = ordinary_run(&raw.as_bytes()[i..], *b"*<\\|");
            if run > 0 {
                if let Some((s, e)) = space_at.take() {
                    if !flat.text.is_empty() && !flat.text.ends_with('\t') {
                        flat.push(' ', s, e);
                    }
                }
                flat.text.push_str(&raw[i..i + run]);
                flat.start.extend(at..at + run);
                flat.end.extend(at + 1..at + run + 1);
                i += run;
                continue;
            }
            let w = ch.len_utf8();
            match ch {
                '*' => {}
                '<' if crate::parse::inline::html_tag_len(&raw[i..]).is_some() => {
                    let len = crate::parse::inline::html_tag_len(&raw[i..]).unwrap_or(w);
                    let tag = raw[i..i + len].to_ascii_lowercase();
                    if tag.starts_with("<br") || tag.starts_with("<p") || tag.starts_with("</p") {
                        space_at.get_or_insert((at, at + 1));
                    }
                    i += len;
                    continue;
                }
                '\\' if raw[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_punctuation()) => {}
                '\t' | '|' => {
                    space_at = None;
                    if flat.text.ends_with(' ') {
                        flat.pop();
                    }
                    if !flat.text.is_empty() && !flat.text.ends_with('\t') {
                        flat.push('\t', at, at + w);
                    }
                }
                c if c.is_whitespace() => {
                    space_at.get_or_insert((at, at + w));
                }
                c => {
                    if let Some((s, e)) = space_at.take() {
                        if !flat.text.is_empty() && !flat.text.ends_with('\t') {
                            flat.push(' ', s, e);
                        }
                    }
                    flat.push(c, at, at + w);
                }
            }
            i += w;
        }
        flat
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.start.push(start);
            self.end.push(end);
        }
    }

    fn pop(&mut self) {
        if let Some(c) = self.text.pop() {
            for _ in 0..c.len_utf8() {
                self.start.pop();
                self.end.pop();
            }
        }
    }

    /// The source span of flat bytes `a..b`.
    fn span(&self, a: usize, b: usize) -> Span {
        if a >= b || a >= self.start.len() {
            let at = self
                .start
                .get(a)
                .copied()
                .or_else(|| self.end.last().copied())
                .unwrap_or(0);
            return Span::empty(at);
        }
        Span::new(self.start[a], self.end[b - 1])
    }

    /// The flat offset of source offset `raw` (the first flat byte at or
    /// after it).
    fn pos(&self, raw: usize) -> usize {
        self.start.partition_point(|&s| s < raw)
    }

    /// A piece `range` of the flat text after offset `at` (a name or post
    /// found in part of it), as an item.
    fn piece(&self, at: usize, range: Option<(usize, usize)>) -> Option<TextItem> {
        range.map(|(s, e)| self.item(at + s, at + e))
    }

    /// A piece of the flat text as an item with its source span.
    fn item(&self, a: usize, b: usize) -> TextItem {
        TextItem {
            text: self.text[a..b].to_string(),
            span: self.span(a, b),
        }
    }
}

// ---------------------------------------------------------------------------
// Word shapes.

/// "by", "with" or a colon after a verb, and the officer after it.
static LINK: LazyLock<Pattern> = LazyLock::new(|| fixed(r"^(?i)\s*(?:(?:by|with)\b\s*:?|:)\s*"));

/// The last auxiliary before a verb says whether the clearance happened.
static AUX: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)\b(?:has been|have been|had been|was|were|is|are|been|being|will|would|shall|should|must|may|might|can|could|to be|needs? to|yet to)\b",
    )
});

/// A subject that has done the verb: "The Section 151 Officer has been".
static DONE: LazyLock<Pattern> =
    LazyLock::new(|| fixed(r"(?i)\s*\b(?:(?:has|have|had)(?:\s+been)?|was|were)\s*$"));

static MODAL: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(r"(?i)^(?:will|would|shall|should|must|may|might|can|could|to be|needs? to|yet to)$")
});

static NEGATION: LazyLock<Pattern> = LazyLock::new(|| fixed(r"(?i)\b(?:not|never|yet)\b"));

/// Words before a verb that say the clearance is of the paper.
static CUE: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)\b(?:comments?|implications?|report|advice|officers?|clearance|cleared|sign[\s-]?off|signed[\s-]?off)\b",
    )
});

/// Words that make a capitalised phrase a body, a document or a post, not
/// a person.
const NOT_NAMES: &[&str] = &[
    "act",
    "agency",
    "annex",
    "appendix",
    "assembly",
    "assistant",
    "association",
    "authority",
    "board",
    "borough",
    "cabinet",
    "chief",
    "city",
    "cllr",
    "commission",
    "committee",
    "consultants",
    "council",
    "councillor",
    "county",
    "court",
    "department",
    "deputy",
    "director",
    "directorate",
    "district",
    "england",
    "executive",
    "figure",
    "finance",
    "financial",
    "forum",
    "fund",
    "government",
    "grant",
    "group",
    "head",
    "holder",
    "inspectorate",
    "lawyer",
    "leader",
    "legal",
    "limited",
    "llp",
    "ltd",
    "manager",
    "mayor",
    "member",
    "members",
    "nhs",
    "office",
    "officer",
    "officers",
    "order",
    "page",
    "panel",
    "paragraph",
    "parish",
    "parliament",
    "partnership",
    "plan",
    "plc",
    "policy",
    "portfolio",
    "principal",
    "programme",
    "regulations",
    "report",
    "schedule",
    "scrutiny",
    "section",
    "senior",
    "service",
    "services",
    "society",
    "solicitor",
    "strategy",
    "table",
    "team",
    "the",
    "town",
    "tribunal",
    "trust",
    "unit",
    "university",
    "wales",
];

/// Contact details or a date tail after a post: where the post ends.
/// (Digits, word characters and word boundaries in this file's patterns
/// are ASCII where that is all they need: Unicode tables make compiling a
/// pattern several times slower.)
static POST_END: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)\s*(?:[,.;:\-–—]\s*)*(?:(?-u:\b)(?:tel|telephone|phone|ext|extension|mobile|mob|email|e-mail|direct line|dated?)(?-u:\b)|\+?[0-9][0-9 ]{4,}[0-9]|(?-u:[\w.+\-]+@[\w.\-]+)|(?-u:\b)[0-9]{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+[0-9]{2,4}(?-u:\b))",
    )
});

/// Contact details: a phone number or email.
static CONTACT: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)(?-u:\b)(?:tel|telephone|phone|ext|extension|mobile)(?-u:\b)|[0-9][0-9 ]{4,}[0-9]|(?-u:[\w.+\-]+@[\w.\-]+)",
    )
});

/// What may stand between a clearance and its date: "Date:", "dated", "on".
static DATE_LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)^[\s.,;:)\t\-–—]*(?:(?:date|dated|date cleared|date agreed|date consulted|date signed off)\s*:?\s*|on\s+)?$",
    )
});

/// Trailing words of an officer description that belong to the date.
static WHO_TAIL: LazyLock<Pattern> =
    LazyLock::new(|| fixed(r"(?i)(?:[\s,;:.\-–—]+|\s+(?:on|dated|date|in)\s*:?)+$"));

/// Whether `s` is a person's name: an optional title ("Mr", "Dr."), then
/// two to four capitalised words, initials and "O'Hynn" included, with
/// particles such as "van" between them; and no word of a body or post.
fn is_name(s: &str) -> bool {
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
    let words: Vec<&str> = s.split_whitespace().collect();
    let titled = words
        .first()
        .is_some_and(|w| TITLES.contains(&w.strip_suffix('.').unwrap_or(w)));
    (names(&words) || titled && names(&words[1..]))
        && !words.iter().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            NOT_NAMES.contains(&w.as_str())
        })
}

/// Offsets of `s` with the date's leading words and punctuation trimmed
/// from its end and white space from its start.
fn trim_who(s: &str) -> (usize, usize) {
    let lead = s.len() - s.trim_start().len();
    let mut end = s.len();
    if let Some(m) = WHO_TAIL.find(&s[lead..]) {
        end = lead + m.start();
    }
    (lead, end.max(lead))
}

/// The first comma outside brackets.
fn top_level_comma(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth <= 0 => return Some(i),
            _ => {}
        }
    }
    None
}

/// Where an unbalanced `)` closes what came before, if anywhere.
fn unbalanced_close(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(i),
            ')' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "tel", "ext", "no", "nos", "dr", "mr", "mrs", "ms", "st", "cllr", "eg", "ie", "etc", "approx",
    "para", "paras", "ref", "vol", "pp", "p", "s",
];

/// Whether a sentence ends at byte `i` (a `.`, `!`, `?`, `;` or tab).
fn ends_sentence(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match b[i] {
        b';' | b'\t' | b'!' | b'?' => true,
        b'.' => {
            let next = text[i + 1..].chars().next();
            if next.is_some_and(|c| !c.is_whitespace()) {
                return false;
            }
            let after = text[i + 1..].trim_start().chars().next();
            if after.is_some_and(|c| !(c.is_uppercase() || c.is_ascii_digit() || c == '(')) {
                return false;
            }
            let word: String = text[..i]
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric() || *c == '.')
                .collect::<String>()
                .chars()
                .rev()
                .filter(|c| *c != '.')
                .collect();
            let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            !(single_capital || ABBREVIATIONS.contains(&word.to_lowercase().as_str()))
        }
        _ => false,
    }
}

/// The sentence around byte `at`: start (after the previous sentence's end)
/// and end (at the next sentence end, or the end of the text).
fn sentence_bounds(text: &str, at: usize) -> (usize, usize) {
    let mut start = 0;
    for (i, _) in text[..at].char_indices().rev() {
        if ends_sentence(text, i) {
            start = i + 1;
            break;
        }
    }
    while text[start..].starts_with(' ') {
        start += 1;
    }
    let mut end = text.len();
    for (i, _) in text[at..].char_indices() {
        if ends_sentence(text, at + i) {
            end = at + i;
            break;
        }
    }
    (start, end)
}

/// Splits "Louise Barnett, Head of Finance (Place)" into a name and a post;
/// "the Head of Resources" is a post alone. Offsets are within `who`.
#[allow(clippy::type_complexity)]
fn split_who(who: &str) -> (Option<(usize, usize)>, Option<(usize, usize)>) {
    let (name_end, rest_start) = match top_level_comma(who) {
        Some(c) => (c, c + 1),
        None => (who.len(), who.len()),
    };
    let first = who[..name_end].trim_end();
    // "Jo Bloggs (Head of Finance)": a name, then the post in brackets.
    if let Some(open) = first.find('(') {
        let close = first.rfind(')').filter(|&c| c > open);
        if let (true, Some(close)) = (is_name(first[..open].trim_end()), close) {
            let post = (open + 1, close);
            return (
                Some((0, first[..open].trim_end().len())),
                (close > open + 1).then_some(post),
            );
        }
    }
    if is_name(first) {
        let rest = &who[rest_start..];
        let lead = rest.len() - rest.trim_start().len();
        let start = rest_start + lead;
        let end = start + post_len(&who[start..]);
        let post = (end > start).then_some((start, end));
        return (Some((0, first.len())), post);
    }
    let end = post_len(who);
    // "the Chief Finance Officer, Olusegun Babatunde-Price": the post, then
    // the name after the last comma.
    if let Some(c) = last_top_level_comma(&who[..end]) {
        let tail = &who[c + 1..end];
        let lead = tail.len() - tail.trim_start().len();
        if is_name(tail.trim()) {
            let post_end = who[..c].trim_end().len();
            let name = (c + 1 + lead, c + 1 + lead + tail.trim().len());
            return (Some(name), (post_end > 0).then_some((0, post_end)));
        }
    }
    (None, (end > 0).then_some((0, end)))
}

/// "Legal: Nadia Farouk", "Legal Officer: Kemi Adeyemi": a short label
/// before a colon that is not itself a name. Returns the label's length
/// and where the rest starts.
fn label_prefix(s: &str) -> Option<(usize, usize)> {
    let colon = s.find(':')?;
    let label = s[..colon].trim();
    if label.is_empty()
        || label.split_whitespace().count() > 4
        || label.contains(['(', ')', ',', '.'])
        || is_name(label)
    {
        return None;
    }
    let rest = &s[colon + 1..];
    Some((
        s[..colon].trim_end().len(),
        colon + 1 + rest.len() - rest.trim_start().len(),
    ))
}

/// The sign-off a label gives: its post ("Legal Officer"), the
/// implications it names ("Finance", "Legal"), or its topic.
fn label_role(template: &Template, label: &str) -> Option<String> {
    let wording = &template.clearance;
    if let Some(r) = wording.role_of_post(label) {
        return Some(r.to_string());
    }
    let named = roles_named(template, label);
    if named.len() == 1 {
        return Some(named[0].clone());
    }
    wording.topic_of(label).map(str::to_string)
}

/// "Head of Finance –", "Jo Bloggs, Monitoring Officer:": a subject that is
/// only an officer, before a dash or colon and the verb. Returns the
/// officer's start and end within `subject`.
fn officer_label(wording: &Wording, subject: &str) -> Option<(usize, usize)> {
    let head = subject
        .trim_end()
        .strip_suffix(['–', '—', '-', ':'])?
        .trim_end();
    let from = head.len() - head.trim_start().len();
    let who = &head[from..];
    if who.is_empty() || who.split_whitespace().count() > 12 {
        return None;
    }
    let (officer, post) = split_who(who);
    let whole = |r: Option<(usize, usize)>| r.is_some_and(|(s, e)| s == 0 || e == who.len());
    let post_role = post.and_then(|(s, e)| wording.role_of_post(&who[s..e]));
    let plain = post.is_some_and(|(s, e)| is_plain_post(&who[s..e]));
    (post_role.is_some() && plain && (whole(post) || whole(officer))).then_some((from, head.len()))
}

/// Whether `post` reads as a post and not as prose: its words are
/// capitalised, figures, or the small words of a title ("Head of Legal and
/// Democratic Services", "the Chief Finance Officer").
fn is_plain_post(post: &str) -> bool {
    const SMALL: &[&str] = &[
        "of", "and", "the", "for", "to", "in", "&", "at", "on", "with",
    ];
    post.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | '/' | '–' | '—'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            let first = w.chars().next().unwrap_or(' ');
            !first.is_lowercase() || SMALL.contains(&w)
        })
}

/// The last comma outside brackets.
fn last_top_level_comma(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut last = None;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth <= 0 => last = Some(i),
            _ => {}
        }
    }
    last
}

/// The length of a post before any contact details or date that follow it.
fn post_len(s: &str) -> usize {
    let end = POST_END.find(s).map_or(s.len(), |m| m.start());
    s[..end]
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '.')
        })
        .len()
}

// ---------------------------------------------------------------------------
// Finding clearances.

/// What a section is for the sign-off search.
#[derive(Debug, Clone)]
enum Owner {
    /// A section needing sign-off, with the sign-offs it needs.
    SignOff(SectionId, Vec<String>),
    Block(SectionId),
    /// A field line whose key is a post giving this sign-off.
    Line(String),
    /// A row of an implications table naming sections that need sign-off.
    Table(usize, Vec<String>),
}

/// A piece of text searched as one: a paragraph, a field line or a table
/// row.
struct Unit<'d> {
    span: Span,
    /// For a row: the text of its first cell; for a field: its key.
    lead: Option<&'d str>,
    field: Option<usize>,
    /// For a table row: the row.
    row: Option<&'d crate::document::Row>,
}

/// Per paper section: the sign-off section or clearance block it lies in.
fn owners(template: &Template, doc: &Document, resolved: &Resolved) -> Vec<Option<Owner>> {
    let wording = &template.clearance;
    let mut out = Vec::with_capacity(doc.sections.len());
    for id in 0..doc.sections.len() {
        let mut at = Some(id);
        let mut owner = None;
        while let Some(s) = at {
            if wording.is_normalised_heading(&resolved.titles[s]) {
                owner = Some(Owner::Block(s));
                break;
            }
            let defs = &resolved.section_ids[s];
            if !defs.is_empty() {
                let mut roles: Vec<String> = defs
                    .iter()
                    .filter_map(|&d| template.sections[d].sign_off.clone())
                    .collect();
                roles.dedup();
                if !roles.is_empty() {
                    owner = Some(Owner::SignOff(s, roles));
                }
                break;
            }
            at = doc.sections[s].parent;
        }
        out.push(owner);
    }
    out
}

/// The innermost section whose span holds byte `pos`.
fn section_at(doc: &Document, pos: usize) -> Option<SectionId> {
    // Sections are in document order and nest: the innermost one holding
    // `pos` is the last to start before it, or one of that one's parents.
    let last = doc
        .sections
        .partition_point(|s| s.heading.start <= pos)
        .checked_sub(1)?;
    let mut at = Some(last);
    while let Some(s) = at {
        if pos < doc.sections[s].span.end {
            return Some(s);
        }
        at = doc.sections[s].parent;
    }
    None
}

/// The sign-offs that a template section or table entry named `name`
/// stands for ("Legal" → `legal`).
fn roles_named(template: &Template, name: &str) -> Vec<String> {
    let mut defs = template.sections_for_implication(name);
    defs.extend(template.sections_for_title(name));
    let mut roles: Vec<String> = defs
        .into_iter()
        .filter_map(|d| template.sections[d].sign_off.clone())
        .collect();
    roles.sort();
    roles.dedup();
    roles
}

/// Every clearance in the paper, in document order.
pub fn find(
    text: &str,
    doc: &Document,
    template: &Template,
    resolved: &Resolved,
) -> Vec<Clearance> {
    let owners = owners(template, doc, resolved);
    let owner_at = |pos: usize| section_at(doc, pos).and_then(|s| owners[s].as_ref());
    let mut found: Vec<Clearance> = Vec::new();

    // Tables with a sign-off column, wherever they are.
    let mut signoff_tables = Vec::new();
    for (t, table) in doc.tables.iter().enumerate() {
        let Some(header) = table.rows.first() else {
            continue;
        };
        let Some(col) = header
            .cells
            .iter()
            .position(|c| template.clearance.is_heading(&c.text))
        else {
            continue;
        };
        signoff_tables.push(t);
        let owner = owner_at(table.span.start);
        for row in &table.rows[1..] {
            if let Some(c) = table_row(text, doc, template, row, col, t, owner) {
                found.push(c);
            }
        }
    }

    // Paragraphs, field lines and table rows in sign-off sections and blocks.
    // (A unit's owner is its section's, borrowed, or a table row's own.)
    let mut units: Vec<(Unit, Cow<'_, Owner>)> = Vec::new();
    for p in &doc.paragraphs {
        let owner = match p.section {
            Some(s) => owners[s].as_ref(),
            None => owner_at(p.text.start),
        };
        if let Some(o) = owner {
            let unit = Unit {
                span: p.text,
                lead: None,
                field: None,
                row: None,
            };
            units.push((unit, Cow::Borrowed(o)));
        }
    }
    // A field line or a heading-only "section" that falls between sections
    // belongs to the section before it ("Legal Team Leader: NAME, date"
    // after the legal text; "Head of Finance – approved 31/05/24" read as
    // a heading).
    let owner_near = |pos: usize| {
        owner_at(pos).or_else(|| {
            let last = doc.sections.partition_point(|s| s.heading.start <= pos);
            owners[last.checked_sub(1)?].as_ref()
        })
    };
    for (id, s) in doc.sections.iter().enumerate() {
        if !s.paragraphs.is_empty()
            || !s.children.is_empty()
            || !resolved.section_ids[id].is_empty()
        {
            continue;
        }
        let owner = owners[id]
            .as_ref()
            .or_else(|| owners[id.checked_sub(1)?].as_ref());
        if let Some(o) = owner {
            let unit = Unit {
                span: s.title_span,
                lead: None,
                field: None,
                row: None,
            };
            units.push((unit, Cow::Borrowed(o)));
        }
    }
    let body = doc.sections.first().map_or(usize::MAX, |s| s.heading.start);
    for (i, f) in doc.fields.iter().enumerate() {
        // In the body, outside sign-off sections, a line labelled with a
        // post that gives a sign-off.
        let line_owner = (f.span.start > body)
            .then(|| template.clearance.role_of_post(&f.key))
            .flatten()
            .map(|r| Cow::Owned(Owner::Line(r.to_string())));
        if let Some(o) = owner_near(f.span.start).map(Cow::Borrowed).or(line_owner) {
            let unit = Unit {
                span: f.span,
                lead: Some(&f.key),
                field: Some(i),
                row: None,
            };
            units.push((unit, o));
        }
    }
    for (t, table) in doc.tables.iter().enumerate() {
        if signoff_tables.contains(&t) {
            continue;
        }
        let owner = owner_at(table.span.start);
        for row in &table.rows {
            let lead = row.cells.first().map(|c| c.text.as_str());
            // Outside a sign-off section, a row of an implications table
            // that names one ("Legal | ... agreed by ...").
            let o = match owner {
                Some(o) => Cow::Borrowed(o),
                None => {
                    let roles = lead.map(|l| roles_named(template, l)).unwrap_or_default();
                    if roles.is_empty() {
                        continue;
                    }
                    Cow::Owned(Owner::Table(t, roles))
                }
            };
            let unit = Unit {
                span: row.span,
                lead,
                field: None,
                row: Some(row),
            };
            units.push((unit, o));
        }
    }
    units.sort_by_key(|(u, _)| (u.span.start, std::cmp::Reverse(u.span.end)));
    for (unit, owner) in &units {
        for c in scan_unit(text, doc, template, unit, owner) {
            if !found.iter().any(|f| overlaps(f.span, c.span)) {
                found.push(c);
            }
        }
    }
    found.sort_by_key(|c| (c.span.start, c.span.end));
    for i in 0..found.len() {
        if found[i].date.is_some() {
            continue;
        }
        let limit = found.get(i + 1).map_or(text.len(), |n| n.span.start);
        if let Some(d) = date_on_next_line(text, doc, found[i].span.end, limit) {
            found[i].date = Some(d);
            found[i].span = found[i].span.cover(d.span);
        }
    }
    found
}

/// What may stand between an undated clearance and its date on the next
/// line: the rest of a wrapped post in brackets, then "Date:" —
/// "Signed: Jo Bloggs, Head of Legal Services\n(Monitoring Officer)
/// Date: 18 November 2024".
static NEXT_LINE_DATE: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)^[ \t.,;]*\r?\n[ \t]*(?:\([^()\n]{1,80}\)[ \t,;]*)?(?:(?:date|dated|date signed|date cleared|date agreed)\b[ \t]*:?[ \t]*|on[ \t]+)",
    )
});

/// The date given on the line after a clearance that ends at `end`, before
/// `limit`, if that line holds only it (after a bracket or "Date:").
fn date_on_next_line(text: &str, doc: &Document, end: usize, limit: usize) -> Option<DateMention> {
    let window = &text[end..limit.min(text.len()).max(end)];
    let lead = NEXT_LINE_DATE.find(window)?;
    let at = end + lead.end();
    let d = dates_from(doc, at).first().copied()?;
    if d.span.start != at || d.span.end > limit {
        return None;
    }
    // Nothing but punctuation after the date on its line.
    let rest = text[d.span.end..].lines().next().unwrap_or("");
    rest.trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        .is_empty()
        .then_some(d)
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// The first date with its whole span in `within`.
fn date_in(doc: &Document, within: Span) -> Option<DateMention> {
    dates_from(doc, within.start)
        .iter()
        .take_while(|d| d.span.start < within.end)
        .copied()
        .find(|d| within.contains(d.span))
}

/// The dates starting at or after `pos` (they are in document order).
fn dates_from(doc: &Document, pos: usize) -> &[DateMention] {
    let at = doc.dates.partition_point(|d| d.span.start < pos);
    &doc.dates[at..]
}

/// A row of a sign-off table: the sign-off cell names who, the first cell
/// what, any cell when.
fn table_row(
    text: &str,
    doc: &Document,
    template: &Template,
    row: &crate::document::Row,
    col: usize,
    table: usize,
    owner: Option<&Owner>,
) -> Option<Clearance> {
    let cell = row.cells.get(col)?;
    let named = if col == 0 {
        Vec::new()
    } else {
        row.cells
            .first()
            .map(|c| roles_named(template, &c.text))
            .unwrap_or_default()
    };
    let in_place = owner.is_some();
    if named.is_empty() && !in_place {
        // Not a row about a section needing sign-off: an action plan, say.
        return None;
    }
    let flat = Flat::new(text, cell.span);
    let date = date_in(doc, row.span);
    let cut = date
        .filter(|d| cell.span.contains(d.span))
        .map_or(flat.text.len(), |d| flat.pos(d.span.start));
    let (a, b) = trim_who(&flat.text[..cut]);
    let who = &flat.text[a..b];
    let (officer, post) = split_who(who);
    let post_role = post.and_then(|(s, e)| template.clearance.role_of_post(&who[s..e]));
    if officer.is_none() && post_role.is_none() {
        return None;
    }
    let role = post_role
        .map(str::to_string)
        .or_else(|| (named.len() == 1).then(|| named[0].clone()))
        .or_else(|| match owner {
            Some(Owner::SignOff(_, roles)) if roles.len() == 1 => Some(roles[0].clone()),
            _ => None,
        });
    Some(Clearance {
        role,
        officer: flat.piece(a, officer),
        post: flat.piece(a, post),
        date,
        span: row.span,
        place: Place::Table(table),
    })
}

/// The clearances in one paragraph, field line or table row.
fn scan_unit(
    text: &str,
    doc: &Document,
    template: &Template,
    unit: &Unit,
    owner: &Owner,
) -> Vec<Clearance> {
    let wording = &template.clearance;
    let flat = Flat::new(text, unit.span);
    let ft = flat.text.as_str();
    let place = match owner {
        Owner::SignOff(s, _) => Place::Section(*s),
        Owner::Block(s) => Place::Block(*s),
        Owner::Table(t, _) => Place::Table(*t),
        Owner::Line(_) => Place::Line,
    };
    // The sign-off the unit's surroundings suggest.
    let lead_roles = unit
        .lead
        .map(|l| roles_named(template, l))
        .unwrap_or_default();
    let context_role = |piece: &str| -> Option<String> {
        if lead_roles.len() == 1 {
            return Some(lead_roles[0].clone());
        }
        match owner {
            Owner::SignOff(_, roles) | Owner::Table(_, roles) if roles.len() == 1 => {
                Some(roles[0].clone())
            }
            Owner::SignOff(_, roles) | Owner::Table(_, roles) => wording
                .topic_of(piece)
                .filter(|t| roles.iter().any(|r| r == t))
                .map(str::to_string),
            Owner::Block(_) => wording.topic_of(piece).map(str::to_string),
            Owner::Line(role) => Some(role.clone()),
        }
    };
    let mut out: Vec<Clearance> = Vec::new();
    let mut taken: Vec<(usize, usize)> = Vec::new();

    // 1. A verb, then "by"/"with"/":", then the officer.
    if let Some(verbs) = &wording.verbs {
        for m in verbs.find_iter(ft) {
            if taken.iter().any(|&(a, b)| m.start() >= a && m.start() < b) {
                continue;
            }
            let (sent_start, sent_end) = sentence_bounds(ft, m.start());
            let subject = &ft[sent_start..m.start()];
            // The officer follows the verb ("agreed by the Head of
            // Finance"), or is its subject ("The Section 151 Officer has
            // been consulted", "Head of Finance – approved 31/05/24").
            let (who_start, who_limit) = match LINK.find(&ft[m.end()..]) {
                Some(link) => (m.end() + link.end(), None),
                None if officer_label(wording, subject).is_some() => {
                    let (from, to) = officer_label(wording, subject).unwrap_or_default();
                    (sent_start + from, Some(sent_start + to))
                }
                None => {
                    let Some(done) = DONE.find(subject) else {
                        continue;
                    };
                    let head = &subject[..done.start()];
                    let Some((at, _)) = earliest(&wording.roles, head, |r| r.posts.as_ref()) else {
                        continue;
                    };
                    let opens_with_name = is_name(&head[..top_level_comma(head).unwrap_or(0)]);
                    let from = if opens_with_name {
                        0
                    } else {
                        let before = &head[..at];
                        before
                            .strip_suffix("the ")
                            .or_else(|| before.strip_suffix("The "))
                            .map_or(at, str::len)
                    };
                    (sent_start + from, Some(sent_start + done.start()))
                }
            };
            if let Some(aux) = AUX.find_iter(subject).last() {
                if MODAL.is_match(&subject[aux.range()]) {
                    continue; // "will be ... agreed by": not yet given.
                }
            }
            let tail: Vec<&str> = subject.split_whitespace().rev().take(3).collect();
            if tail.iter().any(|w| NEGATION.is_match(w)) {
                continue; // "has not been agreed".
            }
            // The date: in the sentence after the verb, or a "Date:" next.
            let sentence = flat.span(m.start(), sent_end);
            let mut date = doc
                .dates
                .iter()
                .copied()
                .find(|d| sentence.contains(d.span));
            let mut who_end = sent_end.max(who_start);
            if let Some(d) = date {
                who_end = who_end.min(flat.pos(d.span.start)).max(who_start);
            }
            if let Some(close) = unbalanced_close(&ft[who_start..who_end]) {
                who_end = who_start + close;
            }
            let mut end = who_end;
            if let Some(limit) = who_limit {
                who_end = limit.max(who_start);
                end = m.end();
            }
            if date.is_none() {
                let from = sent_end.min(ft.len());
                date = dates_from(doc, sentence.end.max(unit.span.start))
                    .iter()
                    .take_while(|d| d.span.start < unit.span.end)
                    .copied()
                    .find(|d| {
                        let to = flat.pos(d.span.start);
                        d.span.start >= sentence.end
                            && unit.span.contains(d.span)
                            && to >= from
                            && DATE_LEAD.is_match(&ft[from..to])
                    });
            }
            let (mut a, b) = trim_who(&ft[who_start..who_end]);
            a += who_start;
            let b = who_start + b;
            // "Cleared by Legal: Nadia Farouk": a label naming the sign-off.
            let mut label_role_found = None;
            if let Some((l, rest)) = label_prefix(&ft[a..b]) {
                if let Some(r) = label_role(template, &ft[a..a + l]) {
                    label_role_found = Some(r);
                    a += rest;
                }
            }
            let who = &ft[a..b];
            let (officer, post) = split_who(who);
            let post_role = post.and_then(|(s, e)| wording.role_of_post(&who[s..e]));
            // A person named after the verb clears the paper when something
            // says so: their post, a label, the words before the verb
            // ("Legal comments were provided by"), or nothing before the
            // verb at all ("Cleared by Nadia Farouk").
            let bare = subject.trim().is_empty();
            let named = officer.is_some()
                && (post.is_some() || label_role_found.is_some() || bare || CUE.is_match(subject));
            if post_role.is_none() && !named {
                continue;
            }
            if let Some(d) = date {
                end = end.max(flat.pos(d.span.end));
            }
            let role = post_role
                .or(label_role_found.as_deref())
                .or_else(|| wording.role_of_post(subject))
                .or_else(|| wording.topic_of(subject))
                .map(str::to_string)
                .or_else(|| context_role(ft));
            let span = flat.span(sent_start, end.max(b));
            taken.push((sent_start, end.max(b)));
            out.push(Clearance {
                role,
                officer: flat.piece(a, officer),
                post: flat.piece(a, post),
                date,
                span,
                place,
            });
        }
    }

    // 2. A bracket opening with a name, perhaps after a label: "(Guy
    // Goodman, Assistant Head of Legal Services - extension 7054)",
    // "(Finance: Rhys Ali, 26/09/2024)".
    for (open, _) in ft.match_indices('(') {
        if taken.iter().any(|&(a, b)| open >= a && open < b) {
            continue;
        }
        let close = unbalanced_close(&ft[open + 1..]).map(|c| open + 1 + c);
        let inner_end = close.unwrap_or(ft.len());
        let (label, inner_start) = match label_prefix(&ft[open + 1..inner_end]) {
            Some((l, rest)) => (Some(&ft[open + 1..open + 1 + l]), open + 1 + rest),
            None => (None, open + 1),
        };
        let label_role = label.and_then(|l| label_role(template, l));
        if label.is_some() && label_role.is_none() {
            continue;
        }
        let span = flat.span(open, close.map_or(ft.len(), |c| c + 1));
        let date = date_in(doc, span);
        // The officer and post stop at the date: "(Rhys Ali, 26/09/2024)".
        let who_end = date
            .map_or(inner_end, |d| flat.pos(d.span.start))
            .clamp(inner_start, inner_end);
        let (a, b) = trim_who(&ft[inner_start..who_end]);
        let inner = &ft[inner_start + a..inner_start + b];
        let first = &inner[..top_level_comma(inner).unwrap_or(inner.len())];
        if !is_name(first.trim()) {
            continue;
        }
        // A name alone is no clearance ("(Social Care)"), unless a label
        // or a date says it is one, or it signs the section's comments.
        let bare = first.len() == inner.len() && label.is_none() && date.is_none();
        if bare
            && !signs_section(
                text,
                doc,
                template,
                unit,
                owner,
                &ft[close.map_or(ft.len(), |c| c + 1)..],
            )
        {
            continue;
        }
        let (officer, post) = split_who(inner);
        let Some(officer) = officer else {
            continue;
        };
        let post_role = post.and_then(|(s, e)| wording.role_of_post(&inner[s..e]));
        let contact = CONTACT.is_match(&ft[inner_start + a + first.len()..inner_end]);
        if post_role.is_none() && label_role.is_none() && date.is_none() && !contact && !bare {
            continue;
        }
        let role = post_role
            .or(label_role.as_deref())
            .map(str::to_string)
            .or_else(|| context_role(ft));
        taken.push((open, close.map_or(ft.len(), |c| c + 1)));
        out.push(Clearance {
            role,
            officer: flat.piece(inner_start + a, Some(officer)),
            post: flat.piece(inner_start + a, post),
            date,
            span,
            place,
        });
    }

    // A table row that is a signature, cell by cell: "| Finance | Jo
    // Bloggs, Finance Business Partner | 17 January 2025 |", "| Jo Bloggs
    // | Head of Finance | 27 March 2025 |".
    if out.is_empty() {
        if let Some(row) = unit.row {
            if let Some(c) = row_signature(text, doc, template, row, place, &context_role) {
                taken.push((0, ft.len()));
                out.push(c);
            }
        }
    }

    // 3. A signature: a sentence that is only an officer and perhaps a
    // date, after perhaps a label: "Neil Garside, Director of Resources
    // (Section 151 Officer), 10 February 2025."; "Legal Team Leader: Sunita
    // Rao, Team Leader – Education Law, 29 August 2024".
    if !matches!(owner, Owner::Block(_)) {
        let mut at = 0;
        while at < ft.len() {
            let (start, end) = sentence_bounds(ft, at);
            at = end.max(at) + 1;
            if taken.iter().any(|&(a, b)| start < b && a < end) {
                continue;
            }
            if let Some(c) = signature(doc, template, &flat, start, end, place, &context_role) {
                taken.push((start, end));
                out.push(c);
            }
        }
    }

    // 4. A line of a clearance block: "Legal: Raj Patel, Monitoring
    // Officer, 4 March 2025".
    if out.is_empty() {
        if let Owner::Block(_) = owner {
            if let Some(c) = block_line(doc, template, &flat, unit, place) {
                out.push(c);
            }
        }
    }

    // A field line "Finance Officer Consulted: Name" whose date is on the
    // next line, "Date: 24/02/2025".
    if let Some(i) = unit.field {
        for c in out.iter_mut().filter(|c| c.date.is_none()) {
            if let Some(next) = doc.fields.get(i + 1) {
                let gap = &text[unit.span.end.min(next.span.start)..next.span.start];
                let key = normalise(&next.key);
                if gap.trim().is_empty()
                    && gap.matches('\n').count() <= 2
                    && (key == "date" || key.starts_with("date "))
                {
                    if let Some(d) = date_in(doc, next.value_span) {
                        c.date = Some(d);
                        c.span = c.span.cover(next.span);
                    }
                }
            }
        }
    }
    out
}

/// Whether a bracket holding only a name ("(Amira Sayed)"), with only
/// `after` following it in its unit, signs the comments of the sign-off
/// section it ends: it closes the section's last paragraph, and the
/// section names a post that gives its sign-off ("Head of Legal and
/// Democratic Services comments: ...").
fn signs_section(
    text: &str,
    doc: &Document,
    template: &Template,
    unit: &Unit,
    owner: &Owner,
    after: &str,
) -> bool {
    let Owner::SignOff(s, roles) = owner else {
        return false;
    };
    if unit.row.is_some()
        || unit.field.is_some()
        || !after
            .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .is_empty()
    {
        return false;
    }
    let section = doc.sections[*s].span;
    let last = doc
        .paragraphs
        .iter()
        .filter(|p| section.contains(p.text))
        .map(|p| p.text.end)
        .max();
    if last != Some(unit.span.end) {
        return false;
    }
    let said = crate::parse::inline::plain(section.of(text));
    template
        .clearance
        .role_of_post(&said)
        .is_some_and(|r| roles.iter().any(|x| x == r))
}

/// A signature in flat text `start..end` (one sentence): [label:] NAME,
/// POST [,] [DATE], nothing else; the post or the label must say which
/// sign-off it gives.
fn signature(
    doc: &Document,
    template: &Template,
    flat: &Flat,
    start: usize,
    end: usize,
    place: Place,
    context_role: &dyn Fn(&str) -> Option<String>,
) -> Option<Clearance> {
    let wording = &template.clearance;
    let ft = flat.text.as_str();
    let sentence = &ft[start..end];
    if sentence.len() > 240 || !sentence.contains([',', ':']) {
        return None;
    }
    let (mut from, label_role) = match label_prefix(sentence) {
        Some((l, rest)) => (start + rest, Some(label_role(template, &sentence[..l])?)),
        None => (start, None),
    };
    from += ft[from..end].len() - ft[from..end].trim_start().len();
    let span = flat.span(from, end);
    let date = date_in(doc, span);
    let who_end = date
        .map_or(end, |d| flat.pos(d.span.start))
        .clamp(from, end);
    if let Some(d) = date {
        // Nothing but punctuation after the date.
        let after = &ft[flat.pos(d.span.end).min(end)..end];
        if !after
            .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .is_empty()
        {
            return None;
        }
    }
    let (a, b) = trim_who(&ft[from..who_end]);
    let who = &ft[from + a..from + b];
    let (officer, post) = split_who(who);
    let officer = officer?;
    // A name alone needs a label that says what it clears ("Legal
    // Officer: Jo Bloggs  Date: 3/3/25").
    let post = match post {
        Some(p) => p,
        None if label_role.is_some() && officer == (0, who.len()) => (who.len(), who.len()),
        None => return None,
    };
    if officer.0 != 0 || !is_plain_post(&who[post.0..post.1]) {
        return None;
    }
    // The post runs to the end of the officer's part: nothing else follows.
    let rest = &who[post.1..];
    if !rest
        .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        .is_empty()
    {
        return None;
    }
    let post_role = wording.role_of_post(&who[post.0..post.1]);
    let role = post_role.map(str::to_string).or(label_role.clone());
    role.as_ref()?;
    let role = role.or_else(|| context_role(sentence));
    Some(Clearance {
        role,
        officer: flat.piece(from + a, Some(officer)),
        post: (post.1 > post.0)
            .then(|| flat.piece(from + a, Some(post)))
            .flatten(),
        date,
        span: flat.span(start, end),
        place,
    })
}

/// A row whose cells are only [a label naming the sign-off], an officer
/// (perhaps with the post after a comma), [a post], [a date]; the post or
/// the label must say which sign-off it gives.
fn row_signature(
    text: &str,
    doc: &Document,
    template: &Template,
    row: &crate::document::Row,
    place: Place,
    context_role: &dyn Fn(&str) -> Option<String>,
) -> Option<Clearance> {
    let wording = &template.clearance;
    let mut label_role = None;
    let mut officer = None;
    let mut post = None;
    let mut date = None;
    for cell in row.cells.iter().filter(|c| !c.text.trim().is_empty()) {
        let t = cell.text.trim();
        if date.is_none() && crate::parse::dates::parse_date_text(t).is_some() {
            date = date_in(doc, cell.span);
            if date.is_some() {
                continue;
            }
        }
        if officer.is_none() && label_role.is_none() && !is_name(t) {
            label_role = Some(self::label_role(template, t)?);
            continue;
        }
        let flat = Flat::new(text, cell.span);
        let ft = flat.text.as_str();
        if officer.is_none() {
            let (o, p) = split_who(ft);
            let o = o.filter(|o| o.0 == 0)?;
            if let Some((s, e)) = p {
                if !is_plain_post(&ft[s..e]) || e < ft.trim_end().len() {
                    return None;
                }
            }
            officer = flat.piece(0, Some(o));
            post = flat.piece(0, p);
        } else if post.is_none() && is_plain_post(ft) && date.is_none() {
            post = flat.piece(0, Some((0, ft.len())));
        } else {
            return None; // Something else in the row: not a signature.
        }
    }
    let officer = officer?;
    let role = post
        .as_ref()
        .and_then(|p| wording.role_of_post(&p.text))
        .map(str::to_string)
        .or(label_role);
    role.as_ref()?;
    let role = role.or_else(|| context_role(&officer.text));
    Some(Clearance {
        role,
        officer: Some(officer),
        post,
        date,
        span: row.span,
        place,
    })
}

/// A line of a clearance block naming an officer.
fn block_line(
    doc: &Document,
    template: &Template,
    flat: &Flat,
    unit: &Unit,
    place: Place,
) -> Option<Clearance> {
    let wording = &template.clearance;
    let ft = flat.text.as_str();
    // "Financial implications: ..." or a field's key.
    let (lead, rest_start) = match (unit.lead, ft.find([':', '\t'])) {
        (_, Some(c)) if ft[..c].split_whitespace().count() <= 6 => (Some(&ft[..c]), c + 1),
        (Some(l), _) => (Some(l), 0),
        _ => (None, 0),
    };
    let date = date_in(doc, unit.span);
    let mut end = ft.len();
    if let Some(d) = date {
        end = end.min(flat.pos(d.span.start)).max(rest_start);
    }
    let (_, sent_end) = sentence_bounds(&ft[rest_start..end], 0);
    let (a, b) = trim_who(&ft[rest_start..rest_start + sent_end]);
    let (a, b) = (rest_start + a, rest_start + b);
    let who = &ft[a..b];
    let (officer, post) = split_who(who);
    let post_role = post.and_then(|(s, e)| wording.role_of_post(&who[s..e]));
    if officer.is_none() && post_role.is_none() {
        return None;
    }
    let lead_roles = lead.map(|l| roles_named(template, l)).unwrap_or_default();
    let role = post_role
        .map(str::to_string)
        .or_else(|| (lead_roles.len() == 1).then(|| lead_roles[0].clone()))
        .or_else(|| lead.and_then(|l| wording.topic_of(l)).map(str::to_string));
    // A line for implications that need no sign-off ("Equalities: Jo
    // Bloggs, Equality Officer") clears none of those that do.
    if role.is_none()
        && lead.is_some_and(|l| {
            !template.sections_for_implication(l).is_empty()
                || !template.sections_for_title(l).is_empty()
        })
    {
        return None;
    }
    Some(Clearance {
        role,
        officer: flat.piece(a, officer),
        post: flat.piece(a, post),
        date,
        span: unit.span,
        place,
    })
}

// ---------------------------------------------------------------------------
// Sign-offs: the clearances of each section that needs one.

/// A template section that needs a sign-off, as the paper has it.
#[derive(Debug, Clone)]
pub struct SignOff {
    /// Index of the template section.
    pub def: usize,
    /// The sign-off it needs (`finance`, `legal`).
    pub role: String,
    /// The paper's sections with that meaning.
    pub sections: Vec<SectionId>,
    /// Where to point when it has no clearance: the heading, or in a
    /// combined section the paragraph about this sign-off.
    pub anchor: Span,
    /// Its clearances, in document order.
    pub clearances: Vec<Clearance>,
}

impl SignOff {
    /// Whether any clearance gives a date.
    pub fn is_dated(&self) -> bool {
        self.clearances.iter().any(|c| c.date.is_some())
    }

    /// The most recent clearance with a usable date, with that date's
    /// earliest and latest days: the one the dated rules judge.
    pub fn latest(&self) -> Option<(&Clearance, Date, Date)> {
        self.clearances
            .iter()
            .filter_map(|c| {
                let d = c.date?;
                if !d.value.is_valid() {
                    return None;
                }
                Some((c, d.value.first_day()?, d.value.last_day()?))
            })
            .max_by_key(|(_, first, last)| (*last, *first))
    }
}

/// The latest dated clearance of one sign-off, as the dated rules see it.
pub struct Dated<'a> {
    /// The section it clears ("legal implications").
    pub section: &'a crate::template::SectionDef,
    pub clearance: &'a Clearance,
    /// The earliest and latest day its date can mean.
    pub first: Date,
    pub last: Date,
    /// "on 14 March 2025", as written.
    pub when: String,
}

/// Runs `judge` on each sign-off's latest dated clearance; each finding it
/// returns is given the section as its subject and a secondary label on
/// the meeting date it was judged against. The dated rules
/// (`clearance-after-meeting`, `-stale`, `-late`) differ only in `judge`.
pub fn judge_latest(
    cx: &Context<'_>,
    meeting: &MeetingDate,
    mut judge: impl FnMut(&Dated<'_>) -> Option<crate::diagnostic::Diagnostic>,
) -> Vec<crate::diagnostic::Diagnostic> {
    let mut out = Vec::new();
    for s in cx.sign_offs() {
        let Some((clearance, first, last)) = s.latest() else {
            continue;
        };
        let date = clearance.date.expect("latest() has a date");
        let section = &cx.template.sections[s.def];
        let dated = Dated {
            section,
            clearance,
            first,
            last,
            when: on_date(&date, cx.text),
        };
        if let Some(mut d) = judge(&dated) {
            d = d.subject(section.id.clone());
            if let Some(span) = meeting.span {
                d = d.secondary(span, "the meeting this clearance is judged against");
            }
            out.push(d);
        }
    }
    out
}

/// Every template section that needs a sign-off and that the paper has,
/// with its clearances among `clearances` (the rules ask
/// [`Context::sign_offs`], which keeps them).
pub fn sign_offs_from(cx: &Context<'_>, clearances: &[Clearance]) -> Vec<SignOff> {
    let mut out = Vec::new();
    for (d, def) in cx.template.sections.iter().enumerate() {
        let Some(role) = &def.sign_off else {
            continue;
        };
        let sections = &cx.resolved.sections[d];
        let gives = |c: &&Clearance| c.role.as_ref().map_or(true, |r| r == role);
        if sections.is_empty() {
            // No such section, but perhaps a row of a sign-off table for it
            // ("| Legal | ... | Mid Weald Legal Partnership |"); else
            // required-section's finding, if required.
            if let Some(row) = sign_off_row(cx, d) {
                out.push(SignOff {
                    def: d,
                    role: role.clone(),
                    sections: Vec::new(),
                    anchor: row,
                    clearances: clearances
                        .iter()
                        .filter(|c| row.contains(c.span))
                        .filter(gives)
                        .cloned()
                        .collect(),
                });
                continue;
            }
            // Or lines labelled with its officer's post, in a form whose
            // implications are run-in paragraphs ("2. Legal Advice: ..." /
            // "Legal Team Leader: NAME, POST, date").
            let lines: Vec<Clearance> = clearances
                .iter()
                .filter(|c| c.place == Place::Line && c.role.as_ref() == Some(role))
                .cloned()
                .collect();
            if let Some(first) = lines.first() {
                out.push(SignOff {
                    def: d,
                    role: role.clone(),
                    sections: Vec::new(),
                    anchor: first.span,
                    clearances: lines,
                });
            }
            continue;
        }
        let mut own: Vec<Clearance> = clearances
            .iter()
            .filter(|c| matches!(c.place, Place::Section(s) if sections.contains(&s)))
            .filter(gives)
            .cloned()
            .collect();
        if own.is_empty() {
            own = clearances
                .iter()
                .filter(|c| matches!(c.place, Place::Block(_) | Place::Table(_) | Place::Line))
                .filter(gives)
                .cloned()
                .collect();
        }
        out.push(SignOff {
            def: d,
            role: role.clone(),
            sections: sections.clone(),
            anchor: anchor(cx, d, role, sections),
            clearances: own,
        });
    }
    out
}

/// The row of a table with a sign-off column whose first cell names
/// template section `def` ("Legal", "Financial").
fn sign_off_row(cx: &Context<'_>, def: usize) -> Option<Span> {
    for table in &cx.doc.tables {
        let Some(header) = table.rows.first() else {
            continue;
        };
        let Some(col) = header
            .cells
            .iter()
            .position(|c| cx.template.clearance.is_heading(&c.text))
        else {
            continue;
        };
        if col == 0 {
            continue;
        }
        for row in &table.rows[1..] {
            let Some(first) = row.cells.first() else {
                continue;
            };
            let mut defs = cx.template.sections_for_implication(&first.text);
            defs.extend(cx.template.sections_for_title(&first.text));
            if defs.contains(&def) {
                return Some(row.span);
            }
        }
    }
    None
}

/// Where a missing sign-off is reported.
fn anchor(cx: &Context<'_>, def: usize, role: &str, sections: &[SectionId]) -> Span {
    let d = &cx.template.sections[def];
    let canonical = d.titles.first();
    let s = sections
        .iter()
        .copied()
        .find(|&s| {
            canonical.is_some_and(|t| {
                crate::template::title_candidates(&cx.doc.sections[s].title).contains(t)
            })
        })
        .unwrap_or(sections[0]);
    let section = &cx.doc.sections[s];
    let combined = cx.resolved.section_ids[s]
        .iter()
        .filter(|&&x| cx.template.sections[x].sign_off.is_some())
        .count()
        > 1;
    if combined {
        for &p in &section.paragraphs {
            let para = &cx.doc.paragraphs[p];
            let plain = crate::parse::inline::plain(para.text.of(cx.text));
            if cx.template.clearance.topic_of(&plain) == Some(role) {
                return para.span;
            }
        }
    }
    section.heading
}

// ---------------------------------------------------------------------------
// The meeting and the calendar.

/// The date of the meeting a paper's clearances are judged against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingDate {
    /// Its earliest and latest possible day (the same for a day).
    pub first: Date,
    pub last: Date,
    /// As written ("3RD FEBRUARY 2005").
    pub written: String,
    /// Where the paper gives it; `None` for `--meeting-date`.
    pub span: Option<Span>,
}

impl MeetingDate {
    /// "the meeting on 3RD FEBRUARY 2005".
    pub fn describe(&self) -> String {
        match self.span {
            Some(_) => format!("the meeting on {}", self.written),
            None => format!("the meeting on {} (--meeting-date)", self.written),
        }
    }
}

/// A date mention usable for judging: a year, a real day, its day range.
fn usable(d: &DateMention) -> Option<(Date, Date)> {
    if !d.value.is_valid() {
        return None;
    }
    Some((d.value.first_day()?, d.value.last_day()?))
}

/// The meeting date: `--meeting-date`, else the header's date field, else
/// the forward timetable; the earliest where there are several. (The rules
/// ask [`Context::meeting_date`], which keeps it.)
pub fn find_meeting_date(cx: &Context<'_>) -> Option<MeetingDate> {
    if let Some(d) = cx.meeting_date {
        return Some(MeetingDate {
            first: d,
            last: d,
            written: format_date(d),
            span: None,
        });
    }
    let pick = |dates: Vec<DateMention>| -> Option<MeetingDate> {
        dates
            .iter()
            .filter_map(|d| usable(d).map(|(f, l)| (d, f, l)))
            .min_by_key(|(d, f, _)| (*f, d.span.start))
            .map(|(d, first, last)| MeetingDate {
                first,
                last,
                written: crate::parse::inline::plain(d.span.of(cx.text)),
                span: Some(d.span),
            })
    };
    let owners = owners(cx.template, cx.doc, cx.resolved);
    let mut date_fields: Vec<usize> = cx
        .template
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.timetable == Some(TimetableRole::Date))
        .flat_map(|(i, _)| cx.resolved.fields[i].iter().copied())
        .collect();
    date_fields.sort_by_key(|&i| cx.doc.fields[i].span.start);
    for i in date_fields {
        let f = &cx.doc.fields[i];
        // A "Date:" line beside a clearance is the clearance's date.
        if section_at(cx.doc, f.span.start).is_some_and(|s| owners[s].is_some()) {
            continue;
        }
        let dates: Vec<DateMention> = cx
            .doc
            .dates
            .iter()
            .copied()
            .filter(|d| f.value_span.contains(d.span))
            .collect();
        if let Some(m) = pick(dates) {
            return Some(m);
        }
    }
    pick(cx.doc.meetings.iter().filter_map(|m| m.date).collect())
}

/// `2005-02-03` as a date.
pub fn parse_iso_date(s: &str) -> Result<Date, String> {
    let bad = || format!("`{s}` is not a date in the form YYYY-MM-DD");
    let mut parts = s.trim().splitn(3, '-');
    let mut next = |len: usize| -> Result<u32, String> {
        let p = parts.next().ok_or_else(bad)?;
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let (y, m, d) = (next(4)?, next(2)?, next(2)?);
    let month = time::Month::try_from(m as u8).map_err(|_| bad())?;
    Date::from_calendar_date(y as i32, month, d as u8).map_err(|_| bad())
}

/// A clearance date as written, with its preposition: "on 5th January
/// 2005", "in January 2005".
pub fn on_date(date: &DateMention, text: &str) -> String {
    let written = crate::parse::inline::plain(date.span.of(text));
    match date.value.precision() {
        crate::document::Precision::Day => format!("on {written}"),
        _ => format!("in {written}"),
    }
}

/// "3 February 2005".
pub fn format_date(d: Date) -> String {
    format!("{} {} {}", d.day(), d.month(), d.year())
}

/// Whether `d` is a working day: not a weekend, not a listed bank holiday.
pub fn is_working_day(d: Date, bank_holidays: &[Date]) -> bool {
    !matches!(d.weekday(), time::Weekday::Saturday | time::Weekday::Sunday)
        && bank_holidays.binary_search(&d).is_err()
}

/// The last day a paper for a meeting on `meeting` can be published and
/// still leave `clear_days` clear working days: days that are neither the
/// day of publication nor the day of the meeting (Local Government Act
/// 1972 s100B).
pub fn publish_by(meeting: Date, clear_days: u32, bank_holidays: &[Date]) -> Option<Date> {
    let mut day = meeting;
    let mut counted = 0;
    while counted < clear_days {
        day = day.previous_day()?;
        if is_working_day(day, bank_holidays) {
            counted += 1;
        }
    }
    day.previous_day()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn flat_text_folds_markup_and_space_and_keeps_offsets() {
        let text = "x **Agreed**  by\u{a0}Guy <sup>G</sup>oodman | 3 Feb\tend";
        let flat = Flat::new(text, Span::new(2, text.len()));
        assert_eq!(flat.text, "Agreed by Guy Goodman\t3 Feb\tend");
        // Every flat byte points back at the source byte it came from.
        for (i, c) in flat.text.char_indices() {
            let src = &text[flat.start[i]..flat.end[i]];
            match c {
                ' ' => assert!(src.starts_with(char::is_whitespace), "{i}: {src:?}"),
                '\t' => assert!(src == "|" || src == "\t", "{i}: {src:?}"),
                c => assert_eq!(src, c.to_string(), "{i}"),
            }
        }
        let g = flat.text.find("Goodman").unwrap();
        assert_eq!(flat.span(g, g + 7).of(text), "G</sup>oodman");
    }

    #[test]
    fn names_are_people_not_bodies() {
        assert!(is_name("Guy Goodman"));
        assert!(is_name("Trish O'Hynn"));
        assert!(is_name("J. Smith"));
        assert!(is_name("JO CLEARY"));
        assert!(!is_name("Audit Committee"));
        assert!(!is_name("Head of Finance"));
        assert!(!is_name("Legal Services"));
        assert!(!is_name("Cabinet"));
        assert!(!is_name("Appendix A"));
        assert!(!is_name("the Head of Resources"));
        assert!(is_name("Dr. Jane van Dijk"));
        assert!(is_name("Mr John Smith"));
        assert!(is_name("Mr Smith"));
        assert!(!is_name("van Dijk Jane"));
        assert!(!is_name("Anne Marie Louise Jane Smith"));
        assert!(!is_name("Guy Goodman 2005"));
    }

    #[test]
    fn officer_and_post_are_split() {
        let who = "Colin Sharpe, Head of Finance, Social Care and Health. Tel. 252 8800";
        let (o, p) = split_who(who);
        let (o, p) = (o.unwrap(), p.unwrap());
        assert_eq!(&who[o.0..o.1], "Colin Sharpe");
        assert_eq!(&who[p.0..p.1], "Head of Finance, Social Care and Health");
        let who = "Guy Goodman, Assistant Head of Legal Services - extension 7054";
        let p = split_who(who).1.unwrap();
        assert_eq!(&who[p.0..p.1], "Assistant Head of Legal Services");
        let who = "the Head of Resources & Performance Review";
        let (o, p) = split_who(who);
        assert!(o.is_none());
        assert_eq!(p, Some((0, who.len())));
    }

    #[test]
    fn a_post_then_a_name_and_a_name_then_a_bracketed_post() {
        let who = "the Chief Finance Officer, Tomas Adeyemi";
        let (o, p) = split_who(who);
        assert_eq!(&who[o.unwrap().0..o.unwrap().1], "Tomas Adeyemi");
        assert_eq!(
            &who[p.unwrap().0..p.unwrap().1],
            "the Chief Finance Officer"
        );
        let who = "Jo Bloggs (Head of Finance)";
        let (o, p) = split_who(who);
        assert_eq!(&who[o.unwrap().0..o.unwrap().1], "Jo Bloggs");
        assert_eq!(&who[p.unwrap().0..p.unwrap().1], "Head of Finance");
    }

    #[test]
    fn labels_and_plain_posts() {
        assert_eq!(label_prefix("Legal: Nadia Farouk"), Some((5, 7)));
        assert_eq!(label_prefix("Legal Officer:  Kemi Adeyemi"), Some((13, 16)));
        // A name, or a long phrase, before a colon is no label.
        assert_eq!(label_prefix("Jo Bloggs: the costs"), None);
        assert_eq!(label_prefix("The costs of the scheme are: £5m"), None);
        assert!(is_plain_post(
            "Head of Legal and Democratic Services (Monitoring Officer)"
        ));
        assert!(is_plain_post("the Chief Finance Officer"));
        assert!(!is_plain_post(
            "Chief Finance Officer, has said the costs may rise"
        ));
    }

    #[test]
    fn a_date_alone_on_the_next_line() {
        let text =
            "Signed: Jo Bloggs, Head of Legal\n  (Monitoring Officer)   Date: 18 November 2024\n";
        let doc = crate::parse::parse(text);
        let end = text.find('\n').unwrap();
        let d = date_on_next_line(text, &doc, end, text.len()).unwrap();
        assert_eq!(d.span.of(text), "18 November 2024");
        // Not when the line says more.
        let text =
            "Signed: Jo Bloggs, Head of Legal\nThe Council met on 18 November 2024 to agree it.\n";
        let doc = crate::parse::parse(text);
        assert!(date_on_next_line(text, &doc, text.find('\n').unwrap(), text.len()).is_none());
    }

    #[test]
    fn sentences_do_not_end_at_abbreviations() {
        let s = "Health. Tel. 252 8800. Next one";
        assert_eq!(sentence_bounds(s, 8), (8, 21));
    }

    #[test]
    fn publication_deadline_counts_clear_working_days() {
        // Thursday 3 February 2005: five clear days are 27, 28, 31 January,
        // 1 and 2 February; publish by Wednesday 26 January.
        assert_eq!(
            publish_by(date!(2005 - 02 - 03), 5, &[]),
            Some(date!(2005 - 01 - 26))
        );
        // Over Christmas 2024 and New Year 2025.
        let hols = [
            date!(2024 - 12 - 25),
            date!(2024 - 12 - 26),
            date!(2025 - 01 - 01),
        ];
        assert_eq!(
            publish_by(date!(2025 - 01 - 06), 5, &hols),
            Some(date!(2024 - 12 - 26))
        );
    }

    #[test]
    fn iso_dates() {
        assert_eq!(parse_iso_date("2005-02-03"), Ok(date!(2005 - 02 - 03)));
        assert!(parse_iso_date("2005-02-30").is_err());
        assert!(parse_iso_date("3/2/2005").is_err());
    }
}
