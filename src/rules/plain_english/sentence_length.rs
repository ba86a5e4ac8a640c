//! # sentence-length
//!
//! ## What it checks
//! Sentences in the paper's prose longer than `max-words` words.
//!
//! Prose is the paper's paragraphs and list items, less its header and
//! front-sheet fields, tables (tab, pipe and HTML), headings, the title
//! line, lists of appendices, and blocks with no lower-case letter; text in
//! square or curly brackets (template leftovers) is not counted. A sentence
//! ends at `.`, `!` or `?`, but not at the stop of "para. 4.3", "e.g.",
//! "i.e.", "Cllr.", "No. 5", an initial ("J. Smith") or a number
//! ("£1.2m"); each list item is a sentence of its own, and so is each item
//! of a run-in list ("…; (b) …"), and each line of a form: a tick alone
//! on its line ("✓") and a short label alone on its line closed by a
//! colon ("Sponsoring Director:") end what is before them, as does page
//! furniture (a running footer inside a paragraph that runs on over a page
//! break is no part of it). Only sentences that close with a full
//! stop, question or exclamation mark are reported: a block that stops
//! without one is a list or a label, not a sentence. A word is anything
//! between spaces with a letter or digit in it ("£1.2m" is one).
//!
//! ## Why it matters
//! Long sentences are hard to follow, and harder still for readers whose
//! first language is not English. Report-writing guides ask for sentences
//! of 15 to 25 words on average, and rarely more than 35.
//!
//! ## Configuration
//! `max-words` (default 35): the longest sentence allowed, in words.
//!
//! ```toml
//! [rules.sentence-length]
//! max-words = 40
//! ```
//!
//! ## Example
//! A 48-word sentence is reported as "this sentence has 48 words, more
//! than the 35 the pack allows; split it into shorter sentences".

use crate::rules::{compile, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "sentence-length",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("sentence_length.rs"),
    compile: compile::<SentenceLength>,
};

#[derive(serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    max_words: u32,
}

impl Default for Params {
    fn default() -> Self {
        Params { max_words: 35 }
    }
}

struct SentenceLength {
    max_words: u32,
}

impl Configure for SentenceLength {
    type Params = Params;

    fn configure(p: Params, _: &Template) -> Result<Self, ParamError> {
        if p.max_words == 0 {
            return Err(ParamError::at(
                "max-words",
                "`max-words` must be at least 1",
            ));
        }
        Ok(SentenceLength {
            max_words: p.max_words,
        })
    }
}

impl Rule for SentenceLength {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        cx.prose()
            .sentences
            .iter()
            .filter(|s| s.closed && s.words > self.max_words)
            .map(|s| {
                Finding::new(
                    s.span,
                    format!(
                        "this sentence has {} words, more than the {} the pack allows; split it into shorter sentences",
                        s.words, self.max_words
                    ),
                )
                .label(format!("{} words", s.words))
                .help("one idea per sentence: end it where a new point starts, or make a list")
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    #[test]
    fn abbreviations_do_not_split_and_lists_do() {
        let long = "The council will, as para. 4.3 sets out, e.g. for No. 5 Market Street, spend £1.2m on the roof, the windows, the doors, the stairs, the lifts, the heating, the lighting, the drains and the car park over the next three years.";
        let text =
            format!("Meeting: Cabinet\n\n## 1. Summary\n\n1.1 {long}\n\n1.2 Short one. Another.\n");
        let found = findings_of("sentence-length", &text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span().of(&text), long);
        assert!(
            found[0].message.starts_with("this sentence has 42 words"),
            "{}",
            found[0].message
        );
    }
}
