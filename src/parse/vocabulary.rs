//! The council's vocabulary the parser reads with (and the sign-off finder
//! and rules beside it): the words a council may word its own way in its
//! template (front-sheet labels, the nouns of other documents, the words
//! that attach an appendix, the words of posts), as opposed to the
//! English language's grammar (weekdays, months, function words,
//! abbreviations), which stays in the parser's code.
//!
//! The lists are data: the `[vocabulary]` table of `rules/vocabulary.toml`
//! is the default ([`Vocabulary::builtin`]), and the configuration layer
//! builds a council's own from its packs and `paperlint.toml` (where
//! `extend-<list>` adds words to a list). The parser is handed one
//! ([`crate::parse::parse_with`]) and never reads a pack itself.

use serde::{Deserialize, Serialize};
use std::sync::{Arc, LazyLock};

/// The built-in pack's vocabulary file: only a `[vocabulary]` table.
pub(crate) const BUILTIN_TEXT: &str = include_str!("../../rules/vocabulary.toml");

/// A list of words, kept in lower case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Words(Vec<String>);

impl Words {
    /// Whether `w` (already in lower case) is one of the words.
    pub fn contains(&self, w: &str) -> bool {
        self.0.iter().any(|x| x == w)
    }

    /// Whether `w` is one of the words, ignoring ASCII case.
    pub fn contains_ignore_case(&self, w: &str) -> bool {
        self.0.iter().any(|x| x.eq_ignore_ascii_case(w))
    }

    /// The words, in the order the pack lists them.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }
}

impl From<Vec<String>> for Words {
    fn from(words: Vec<String>) -> Self {
        Words(words)
    }
}

/// The words the parser reads a paper with: see the module docs, and
/// `rules/vocabulary.toml` for what each list is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Vocabulary {
    /// Front-sheet labels (normalised) whose field names the meeting.
    pub meeting_keys: Words,
    /// Front-sheet labels (normalised) whose field gives the meeting's date.
    pub date_keys: Words,
    /// Words that end a committee's name.
    pub body_words: Words,
    /// Individual decision makers (`cabinet member`), whose decision is
    /// the meeting a "Report to" line names.
    pub decision_makers: Words,
    /// Words that end an organisation's own name, not a meeting's: the
    /// paper's first line `Westbury Borough Council` heads its papers.
    pub organisation_words: Words,
    /// Lines a front sheet may carry between its fields without ending:
    /// protective markings and open-report lines (`OFFICIAL`, `Part I`).
    pub markings: Words,
    /// Labels (normalised) of the parts of one person's contact details.
    pub contact_parts: Words,
    /// Nouns that name a document other than the paper.
    pub document_nouns: Words,
    /// Nouns that name a document when they stand just before a reference.
    pub documents_before: Words,
    /// Nouns of documents a paper cites but never is (legislation,
    /// guidance): a bracketed paragraph after "the" and one, in any case,
    /// is the document's.
    pub cited_documents: Words,
    /// Nouns a number follows in a citation of legislation.
    pub numbered_documents: Words,
    /// Words that say an appendix is attached.
    pub attached: Words,
    /// Words that, before "as"/"at", say an appendix is attached.
    pub attaching: Words,
    /// Phrases that say an appendix is withheld from the paper's bundle:
    /// exempt, in Part 2, to follow, circulated apart ("Appendix 2 is in
    /// Part 2", "the confidential Appendix 1").
    pub withheld: Words,
    /// Words that say information is exempt: a paragraph cited straight
    /// after one ("exempt – paragraph 12") is the exempt-information
    /// schedule's, not the paper's.
    pub exempt_words: Words,
    /// Titles (normalised) of a list of documents whose numbered lines are
    /// its items, not headings.
    pub document_list_titles: Words,
    /// Words that make a capitalised phrase a body, a document or a post,
    /// not a person's name (read by the sign-off finder).
    pub not_names: Words,
    /// Words that, in a short implications section, say there is nothing
    /// to report (read by the implications-table rule).
    pub negations: Words,
    /// Implications-table entries (normalised) that name no subject of
    /// their own ("Other"): a tick there cannot be checked against the
    /// paper (read by the implications-table rule).
    pub catch_all_entries: Words,
    /// Answers of an implications grid that say the implication is set
    /// out in the paper ("Set out below."): the entry is marked Yes (read
    /// by the parser's `answer_grid`).
    pub set_out_answers: Words,
    /// Verbs a recommendation opens with when it is written as an
    /// instruction ("1. Approve the plan at Appendix 1"): with "That …"
    /// and "To …", what shows that a list numbered from 1 again under a
    /// recommendations heading is the recommendations' own. Read by the
    /// acronym-undefined rule too: such a verb in capitals ("GRANT
    /// planning permission") is no acronym.
    pub decision_verbs: Words,
    /// Front-sheet labels (normalised) whose field lists the paper's
    /// appendices under a name that is no list title ("Papers with
    /// report"), beside the titles the parser knows ("Appendices",
    /// "Enclosures").
    pub enclosure_keys: Words,
    /// The pack's section titles and clearance headings, normalised: not a
    /// list of the vocabulary file, but filled in by the configuration
    /// from the pack's `[sections]` and `[sign-off]` tables. A short line
    /// set straight under running text is a heading when it is one of
    /// them (PDF text often drops the blank line before a heading).
    #[serde(skip)]
    pub section_titles: Words,
    /// The pack's field labels (its fields' aliases), normalised: filled
    /// in by the configuration from the pack's `[fields]` table, as
    /// `section_titles` is. A label that `pdftotext` wraps over two lines
    /// (`Date of` / `Meeting:`) is one label when the two parts joined are
    /// one of them.
    #[serde(skip)]
    pub field_keys: Words,
    /// The words that hint at one of the pack's fields (`division`, for
    /// wards), lower case: filled in by the configuration from `[fields]`,
    /// as `field_keys` is. A label holding one is a field's, no title's.
    #[serde(skip)]
    pub field_hints: Words,
    /// The titles (normalised) of the pack's recommendations section (the
    /// `recommendations` table of `[sections]`): filled in by the
    /// configuration, as `section_titles` is. A list numbered from 1 again
    /// straight under one of them, inside a paper's running numbers, may
    /// be the recommendations' own list (see `parse::builder`).
    #[serde(skip)]
    pub recommendation_titles: Words,
}

/// The `[vocabulary]` table of a vocabulary file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    vocabulary: Vocabulary,
}

static BUILTIN: LazyLock<Arc<Vocabulary>> = LazyLock::new(|| {
    let file: File = toml::from_str(BUILTIN_TEXT).expect("rules/vocabulary.toml is valid");
    Arc::new(file.vocabulary.normalised())
});

impl Vocabulary {
    /// The built-in vocabulary (`rules/vocabulary.toml`), read once.
    pub fn builtin() -> &'static Arc<Vocabulary> {
        &BUILTIN
    }

    /// The built-in vocabulary with `titles` as the pack's section titles,
    /// for tests that read a paper as such a pack would.
    #[cfg(test)]
    pub(crate) fn builtin_with_section_titles(titles: &[&str]) -> Vocabulary {
        Vocabulary {
            section_titles: titles
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .into(),
            ..Vocabulary::builtin().as_ref().clone()
        }
    }

    /// The vocabulary with every word in lower case, trimmed, its inner
    /// spaces single: the form the parser compares words and labels in.
    pub fn normalised(mut self) -> Vocabulary {
        for list in self.lists_mut() {
            for w in &mut list.0 {
                *w = w
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase();
            }
        }
        self
    }

    fn lists_mut(&mut self) -> [&mut Words; 22] {
        [
            &mut self.meeting_keys,
            &mut self.date_keys,
            &mut self.body_words,
            &mut self.decision_makers,
            &mut self.organisation_words,
            &mut self.markings,
            &mut self.contact_parts,
            &mut self.document_nouns,
            &mut self.documents_before,
            &mut self.cited_documents,
            &mut self.numbered_documents,
            &mut self.attached,
            &mut self.attaching,
            &mut self.withheld,
            &mut self.exempt_words,
            &mut self.document_list_titles,
            &mut self.not_names,
            &mut self.negations,
            &mut self.catch_all_entries,
            &mut self.set_out_answers,
            &mut self.decision_verbs,
            &mut self.enclosure_keys,
        ]
    }
}

impl Default for Vocabulary {
    fn default() -> Self {
        Vocabulary::builtin().as_ref().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_file_reads_and_is_normalised() {
        let v = Vocabulary::builtin();
        assert!(v.meeting_keys.contains("report to"));
        assert!(v.date_keys.contains("date of meeting"));
        assert!(v.document_nouns.contains_ignore_case("Constitution"));
        // Every list has words, and each is already in its compared form.
        let mut copy = v.as_ref().clone();
        for list in copy.lists_mut() {
            assert!(list.iter().next().is_some());
        }
        assert_eq!(&copy.normalised(), v.as_ref());
    }

    #[test]
    fn words_are_normalised() {
        let v = Vocabulary {
            date_keys: Words(vec!["  Date of  PANEL ".into()]),
            ..Vocabulary::default()
        };
        assert!(v.normalised().date_keys.contains("date of panel"));
    }
}
