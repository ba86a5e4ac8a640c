//! # words-to-avoid
//!
//! ## What it checks
//! Words and phrases the pack lists as ones to avoid in a report
//! ("utilise", "going forward", "in order to"), in the paper's prose (not
//! its header fields, tables or headings). Matches are whole words and
//! ignore case; each form to find is listed (`utilise`, `utilised`,
//! `utilising`): nothing is stemmed, so nothing surprising is found. Each
//! entry is reported once per paper, at its first use, saying how many
//! more times it is used; the finding's subject is the form found there,
//! as the pack spells it.
//!
//! ## Why it matters
//! Reports are public and are read by councillors and residents. Jargon and
//! formal words make them slower to read and easier to misread; every
//! council's report-writing guide asks for everyday words.
//!
//! ## Configuration
//! `words`: a list of entries, each with `avoid` (the forms to find),
//! and optionally `use` (what to write instead: one or more choices) and
//! `reason`. A council
//! adds its own list as a second rule of this kind:
//!
//! ```toml
//! [rules.our-jargon]
//! kind = "words-to-avoid"
//! severity = "info"
//! words = [
//!   { avoid = ["deep dive", "deep dives"], use = ["close look"], reason = "jargon" },
//! ]
//! ```
//!
//! ## Example
//! ```text
//! 4.2 Officers will utilise the grant going forward.
//! ```
//! is reported as "'utilise' is a word to avoid: write 'use' instead" and
//! "'going forward' is a phrase to avoid: write 'from now on' or 'in future'
//! instead".

use super::prose::{findable, PhraseFinder};
use crate::document::Span;
use crate::rules::{compile, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "words-to-avoid",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("words_to_avoid.rs"),
    compile: compile::<WordsToAvoid>,
};

#[derive(Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    words: Vec<Entry>,
}

/// One word or phrase to avoid, in all the forms to find.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Entry {
    avoid: Vec<String>,
    #[serde(rename = "use", default)]
    instead: Vec<String>,
    reason: Option<String>,
}

struct WordsToAvoid {
    entries: Vec<Entry>,
    /// Every form of every entry, found in one pass.
    finder: PhraseFinder,
    /// For each phrase of `finder`, its entry.
    entry_of: Vec<usize>,
    /// For each phrase of `finder`, the form as the pack spells it (the
    /// finding's subject: the form found, not its entry's first).
    forms: Vec<String>,
}

impl Configure for WordsToAvoid {
    type Params = Params;

    fn configure(p: Params, _: &Template) -> Result<Self, ParamError> {
        let mut patterns = Vec::new();
        let mut entry_of = Vec::new();
        for (i, e) in p.words.iter().enumerate() {
            if e.avoid.is_empty() {
                return Err(ParamError::at(
                    "words",
                    format!("entry {} of `words` has an empty `avoid` list", i + 1),
                ));
            }
            for form in &e.avoid {
                let form = form.split_whitespace().collect::<Vec<_>>().join(" ");
                if form.is_empty() {
                    return Err(ParamError::at("words", "a word to avoid is empty"));
                }
                if !findable(&form) {
                    return Err(ParamError::at(
                        "words",
                        format!("'{form}' has no letter or digit to find"),
                    ));
                }
                patterns.push(form);
                entry_of.push(i);
            }
        }
        let finder = PhraseFinder::new(&patterns, word_char);
        Ok(WordsToAvoid {
            entries: p.words,
            finder,
            entry_of,
            forms: patterns,
        })
    }
}

/// Whether `c` joins letters into one word ("cost-effective").
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'
}

impl Rule for WordsToAvoid {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        if self.entries.is_empty() {
            return Vec::new();
        }
        // Per entry: its first use (and which form it is) and how many
        // uses in all.
        let mut uses: Vec<(Option<(Span, usize)>, usize)> = vec![(None, 0); self.entries.len()];
        let prose = cx.prose();
        for p in &prose.paragraphs {
            let words = &prose.words[p.words.clone()];
            self.finder.find(cx.text, p.span, words, |phrase, span| {
                let e = self.entry_of[phrase];
                uses[e].0.get_or_insert((span, phrase));
                uses[e].1 += 1;
            });
        }
        let mut out = Vec::new();
        for (entry, (first, n)) in self.entries.iter().zip(uses) {
            let Some((span, form)) = first else { continue };
            // As the pack spells it: one space, where a line may break.
            let found = span
                .of(cx.text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let what = if found.contains(char::is_whitespace) {
                "phrase"
            } else {
                "word"
            };
            let mut message = if entry.instead.is_empty() {
                format!("'{found}' is a {what} to avoid: say it in everyday words")
            } else {
                let choices: Vec<String> = entry.instead.iter().map(|w| format!("'{w}'")).collect();
                let last = choices.len() - 1;
                let choices = if last == 0 {
                    choices[0].clone()
                } else {
                    format!("{} or {}", choices[..last].join(", "), choices[last])
                };
                format!("'{found}' is a {what} to avoid: write {choices} instead")
            };
            if n > 1 {
                message.push_str(&format!(" ({} more in this paper)", n - 1));
            }
            out.push(
                Finding::new(span, message)
                    .subject(self.forms[form].clone())
                    .label("word to avoid")
                    .help(entry.reason.clone().unwrap_or_else(|| {
                        "reports are read by councillors and residents: use everyday words".into()
                    })),
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    #[test]
    fn whole_words_only_and_once_per_entry() {
        let text = "Meeting: Cabinet\n\n## 1. Summary\n\n1.1 We utilise it. We Utilised it again, going forward.\n\n1.2 Reutilised goods are not flagged.\n";
        let found = findings_of("words-to-avoid", text);
        let messages: Vec<&str> = found.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(found.len(), 2, "{messages:?}");
        assert!(
            messages[0].starts_with("'utilise' is a word to avoid"),
            "{messages:?}"
        );
        assert!(
            messages[0].ends_with("(1 more in this paper)"),
            "{messages:?}"
        );
        assert_eq!(found[1].span().of(text), "going forward");
    }

    #[test]
    fn the_subject_is_the_form_found_not_the_entrys_first() {
        let toml = "[rules.jargon]\nkind = \"words-to-avoid\"\nseverity = \"info\"\n\
                    words = [{ avoid = [\"in respect of\", \"with regard to\"], use = [\"about\"] }]\n";
        let text = "## 1. Summary\n\n1.1 We wrote With regard to the plan.\n";
        let found = crate::rules::findings_with_config("jargon", toml, text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].subject.as_deref(), Some("with regard to"));
        assert!(found[0]
            .message
            .starts_with("'With regard to' is a phrase to avoid"));
    }

    #[test]
    fn a_phrase_wrapped_over_a_line_is_found_and_named_on_one_line() {
        let text = "Meeting: Cabinet\n\n## 1. Summary\n\n1.1 We will hire carers going\n   forward, and more in\norder to cut waits.\n";
        let found = findings_of("words-to-avoid", text);
        let messages: Vec<&str> = found.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(found.len(), 2, "{messages:?}");
        assert_eq!(found[0].span().of(text), "going\n   forward");
        assert!(
            messages[0].starts_with("'going forward' is a phrase to avoid"),
            "{messages:?}"
        );
        assert_eq!(found[1].span().of(text), "in\norder to");
    }
}
