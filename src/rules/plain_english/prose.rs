//! Prose: the running text of a paper, as the plain-English rules read it.
//!
//! Defined once, from the parsed document: the paragraphs, list items and
//! blocks of running text ([`crate::document::Paragraph`]), less what is
//! not prose — header and front-sheet fields, tables (tab, pipe, HTML),
//! headings and the title line, lists of appendices, suppression comments,
//! and paragraphs with no lower-case letter (a line in capitals is a
//! heading or shouting, not a sentence). Inside prose, text in square or
//! curly brackets (`[Report title]`, `{insert}`: template leftovers) and
//! in HTML tags is skipped by the word scanners.
//!
//! Each prose paragraph is split into sentences once
//! ([`crate::parse::sentence::sentences`]) and each sentence's words
//! counted once; [`crate::rules::Context::prose`] keeps the result for
//! every rule that asks. Syllables are counted only for the sentences a
//! readability figure is asked of ([`Sentence::syllables`]).

use crate::document::{Document, ParagraphId, SectionId, Span};
use crate::parse::sentence::sentences;

/// A paragraph of prose.
#[derive(Debug, Clone)]
pub struct ProseParagraph {
    /// The paragraph's text (after its number or bullet).
    pub span: Span,
    pub paragraph: ParagraphId,
    /// The heading it stands under.
    pub section: Option<SectionId>,
    /// Its sentences: a range of [`Prose::sentences`].
    pub sentences: std::ops::Range<usize>,
}

/// A sentence of prose.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    pub span: Span,
    pub words: u32,
    /// Whether it closes with `.`, `!` or `?` (not the end of a block
    /// that stops without one, nor a `;` before a list item).
    pub closed: bool,
    /// Index into [`Prose::paragraphs`].
    pub paragraph: usize,
}

impl Sentence {
    /// The syllables in the sentence's words.
    pub fn syllables(&self, text: &str) -> u32 {
        let body = self.span.of(text);
        words_of(body)
            .map(|w| super::syllables::count(&body[w]))
            .sum()
    }
}

/// The prose of one paper.
#[derive(Debug, Clone, Default)]
pub struct Prose {
    pub paragraphs: Vec<ProseParagraph>,
    pub sentences: Vec<Sentence>,
}

impl Prose {
    /// Finds the prose of `doc`, splits it into sentences and counts words.
    pub fn new(text: &str, doc: &Document) -> Prose {
        let not_prose = not_prose(doc);
        let mut next_excluded = 0;
        let mut prose = Prose::default();
        for (id, p) in doc.paragraphs.iter().enumerate() {
            while next_excluded < not_prose.len() && not_prose[next_excluded].end <= p.span.start {
                next_excluded += 1;
            }
            let overlaps = not_prose
                .get(next_excluded)
                .is_some_and(|x| x.start < p.span.end);
            let Some(body) = text.get(p.text.start..p.text.end) else {
                continue;
            };
            if overlaps || !body.bytes().any(|b| b.is_ascii_lowercase()) {
                continue;
            }
            let index = prose.paragraphs.len();
            let first = prose.sentences.len();
            for (s, e, closed) in sentences(body) {
                let words = word_count(&body[s..e]);
                if words == 0 {
                    continue;
                }
                prose.sentences.push(Sentence {
                    span: Span::new(p.text.start + s, p.text.start + e),
                    words,
                    closed,
                    paragraph: index,
                });
            }
            prose.paragraphs.push(ProseParagraph {
                span: p.text,
                paragraph: id,
                section: p.section,
                sentences: first..prose.sentences.len(),
            });
        }
        prose
    }
}

/// What is not prose, as spans sorted by start and merged.
fn not_prose(doc: &Document) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    spans.extend(doc.tables.iter().map(|t| t.span));
    spans.extend(doc.fields.iter().map(|f| f.span));
    spans.extend(doc.appendix_lists.iter().map(|l| l.span));
    spans.extend(doc.sections.iter().map(|s| s.heading));
    spans.extend(doc.title.iter().map(|t| t.span));
    spans.extend(doc.suppressions.iter().map(|s| s.span));
    spans.retain(|s| !s.is_empty());
    spans.sort_unstable();
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

/// How many words [`words_of`] finds in `s`, counted without finding
/// where each starts and ends (a scan of bytes: every sentence of every
/// paper is counted).
pub fn word_count(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut n = 0;
    let mut depth = 0u32;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'[' | b'{' | b'<' => depth += 1,
            b']' | b'}' | b'>' => depth = depth.saturating_sub(1),
            c if c.is_ascii_whitespace() => {}
            _ => {
                let start = i;
                let mut ascii_word = false;
                let mut other = false;
                while i < b.len()
                    && !b[i].is_ascii_whitespace()
                    && !matches!(b[i], b'[' | b'{' | b'<' | b']' | b'}' | b'>')
                {
                    ascii_word |= b[i].is_ascii_alphanumeric();
                    other |= b[i] >= 0x80;
                    i += 1;
                }
                let word = ascii_word || (other && s[start..i].chars().any(char::is_alphanumeric));
                if depth == 0 && word {
                    n += 1;
                }
                continue;
            }
        }
        i += 1;
    }
    n
}

/// The words of `s`: runs of non-space characters holding a letter or a
/// digit, outside square or curly brackets and HTML tags; each as a range
/// of `s` from its first to its last letter or digit (`"(ICB),"` gives
/// `ICB`).
pub fn words_of(s: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let b = s.as_bytes();
    let mut i = 0;
    let mut depth = 0u32;
    std::iter::from_fn(move || {
        while i < b.len() {
            match b[i] {
                b'[' | b'{' | b'<' => {
                    depth += 1;
                    i += 1;
                    continue;
                }
                b']' | b'}' | b'>' => {
                    depth = depth.saturating_sub(1);
                    i += 1;
                    continue;
                }
                c if c.is_ascii_whitespace() => {
                    i += 1;
                    continue;
                }
                _ => {}
            }
            let start = i;
            while i < b.len()
                && !b[i].is_ascii_whitespace()
                && !matches!(b[i], b'[' | b'{' | b'<' | b']' | b'}' | b'>')
            {
                i += 1;
            }
            if depth > 0 {
                continue;
            }
            let token = &s[start..i];
            let first = token.find(|c: char| c.is_alphanumeric());
            let last = token
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_alphanumeric())
                .map(|(j, c)| j + c.len_utf8());
            if let (Some(f), Some(l)) = (first, last) {
                return Some(start + f..start + l);
            }
        }
        None
    })
}

/// An automaton over a pack's phrases (already space-normalised), matched
/// whole-phrase by the caller, any case, longest first; `None` for an empty
/// list. `key` names the parameter a build error is reported against.
pub(crate) fn phrase_finder(
    phrases: &[String],
    key: &str,
) -> Result<Option<aho_corasick::AhoCorasick>, crate::rules::ParamError> {
    if phrases.is_empty() {
        return Ok(None);
    }
    aho_corasick::AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(phrases)
        .map(Some)
        .map_err(|e| crate::rules::ParamError::at(key, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose_of(text: &str) -> Vec<String> {
        let doc = crate::parse::parse(text);
        let prose = Prose::new(text, &doc);
        prose
            .sentences
            .iter()
            .map(|s| s.span.of(text).to_string())
            .collect()
    }

    #[test]
    fn fields_tables_and_headings_are_not_prose() {
        let text = "Meeting: Cabinet\nDate: 3 June 2025\n\n## 1. Purpose\n\n1.1 The council runs parks. It mows them.\n\n| Item | Cost |\n| --- | --- |\n| Mowing the grass in parks | £5 |\n\n## 2. RECOMMENDATIONS\n\nTHAT THE PLAN BE NOTED\n";
        assert_eq!(prose_of(text), ["The council runs parks.", "It mows them."]);
    }

    #[test]
    fn words_skip_brackets_and_tags() {
        let s = "The [Report title] is <b>due</b> on 3 June (ICB), e.g. now.";
        let words: Vec<&str> = words_of(s).map(|r| &s[r]).collect();
        assert_eq!(
            words,
            ["The", "is", "due", "on", "3", "June", "ICB", "e.g", "now"]
        );
    }
}
