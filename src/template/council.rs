//! Whose paper it is: a local (town, parish, community) council's, by its
//! council name line.

use crate::document::Document;

/// The most words of a council name line.
const MAX_NAME_WORDS: usize = 6;

/// Whether `doc` is a local council's paper: its council name line (its
/// title, or a heading before its first paragraph, that is the council's
/// name alone: "HEXLEY TOWN COUNCIL") ends with one of `endings`, which
/// are normalised ("town council", "parish council"). Read once per paper
/// (`rules::Context::is_local_council`): `clearance-late` judges such a
/// paper by a local council's notice, and the clearance finder reads its
/// clerk as an officer who clears (`local-council-posts`).
pub(crate) fn is_local_council(doc: &Document, endings: &[String]) -> bool {
    if endings.is_empty() {
        return false;
    }
    let body = doc.paragraphs.first().map_or(usize::MAX, |p| p.span.start);
    let headings = doc
        .sections
        .iter()
        .take_while(|s| s.heading.start < body)
        .map(|s| s.title.as_str());
    doc.title
        .iter()
        .map(|t| t.text.as_str())
        .chain(headings)
        .any(|line| is_local_name(line, endings))
}

/// Whether `line` is a local council's name alone: at most
/// [`MAX_NAME_WORDS`] words, ending with one of `endings`, and no
/// "report", "to", "from" or "for" in it ("Report to Hexley Town
/// Council").
fn is_local_name(line: &str, endings: &[String]) -> bool {
    let name = super::normalise(line);
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() <= MAX_NAME_WORDS
        && !words
            .iter()
            .any(|w| matches!(*w, "to" | "report" | "from" | "for"))
        && endings.iter().any(|l| {
            name.strip_suffix(l.as_str())
                .is_some_and(|before| before.is_empty() || before.ends_with(' '))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(text: &str) -> bool {
        let endings = ["town council".to_string(), "parish council".to_string()];
        is_local_council(&crate::parse::parse(text), &endings)
    }

    #[test]
    fn a_council_name_line_ending_as_a_local_council_s() {
        assert!(local(
            "# HEXLEY TOWN COUNCIL\n\n## PURPOSE\n\n1. To set the precept.\n"
        ));
        assert!(local(
            "# Lower Brindle Parish Council\n\n## Purpose\n\n1. To set the precept.\n"
        ));
        // Near misses: a principal council; a report to a town council; a
        // long title; a town council named in the body only.
        assert!(!local(
            "# HEXLEY DISTRICT COUNCIL\n\n## PURPOSE\n\n1. To set the precept.\n"
        ));
        assert!(!local(
            "# Report to Hexley Town Council\n\n## PURPOSE\n\n1. To set the precept.\n"
        ));
        assert!(!local(
            "# Grants to voluntary bodies and the town council\n\n## PURPOSE\n\n1. To set it.\n"
        ));
        assert!(!local(
            "# HEXLEY DISTRICT COUNCIL\n\n## PURPOSE\n\n1. A grant to the town council.\n\n## Hexley Town Council\n\n2. It asked.\n"
        ));
    }
}
