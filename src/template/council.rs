//! Whose paper it is: a local (town, parish, community) council's, by its
//! council name line.

use crate::document::Document;

/// The most words of a council name line.
const MAX_NAME_WORDS: usize = 6;

/// Whether `doc` (parsed from `text`) is a local council's paper: its
/// council name line ends with one of `endings`, which are normalised
/// ("town council", "parish council"). The council name line is the
/// council's name alone ("HEXLEY TOWN COUNCIL"): the paper's title, a
/// heading before its first paragraph, or a line of a masthead block
/// above its title, front sheet and first heading (a bilingual council's
/// "CYNGOR CYMUNED LLANFAIR" / "LLANFAIR COMMUNITY COUNCIL" in one bold
/// block). Read once per paper (`rules::Context::is_local_council`):
/// `clearance-late` judges such a paper by a local council's notice, and
/// the clearance finder reads its clerk as an officer who clears
/// (`local-council-posts`).
pub(crate) fn is_local_council(text: &str, doc: &Document, endings: &[String]) -> bool {
    if endings.is_empty() {
        return false;
    }
    let body = doc.paragraphs.first().map_or(usize::MAX, |p| p.span.start);
    let headings = doc
        .sections
        .iter()
        .take_while(|s| s.heading.start < body)
        .map(|s| s.title.as_str());
    // The masthead ends where the paper's first title, field or heading
    // starts; a paper with none of them has no masthead told apart from
    // its body.
    let top = doc
        .title
        .iter()
        .map(|t| t.span.start)
        .chain(doc.fields.first().map(|f| f.span.start))
        .chain(doc.sections.first().map(|s| s.heading.start))
        .min()
        .unwrap_or(0);
    let masthead = doc
        .paragraphs
        .iter()
        .take_while(|p| p.span.end <= top)
        .filter_map(|p| text.get(p.span.start..p.span.end))
        .flat_map(str::lines);
    doc.title
        .iter()
        .map(|t| t.text.as_str())
        .chain(headings)
        .chain(masthead)
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
        is_local_council(text, &crate::parse::parse(text), &endings)
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

    #[test]
    fn a_line_of_a_masthead_block_above_the_title_names_the_council() {
        // A bilingual council's name, Welsh then English, in one bold block
        // broken by a Markdown hard line break, over the meeting's title.
        let bilingual = "**CYNGOR CYMUNED LLANFAIR**\\\n**LLANFAIR COMMUNITY COUNCIL**\n\n\
                         **Meeting of the Council**\n\n\
                         **Date:** 11 January 2027\n\n## 1. Purpose\n\n1.1 To set the precept.\n";
        let endings = ["community council".to_string()];
        assert!(is_local_council(
            bilingual,
            &crate::parse::parse(bilingual),
            &endings
        ));
        // Near misses: the same block naming a principal council; a local
        // council's name alone in the body, under the front sheet (a
        // signature block at the paper's end).
        let county = bilingual.replace("LLANFAIR COMMUNITY COUNCIL", "DENBIGH COUNTY COUNCIL");
        assert!(!is_local_council(
            &county,
            &crate::parse::parse(&county),
            &endings
        ));
        let body = "**Meeting of the Council**\n\n**Date:** 11 January 2027\n\n\
                    ## 1. Purpose\n\n1.1 To set the precept.\n\nLlanfair Community Council\n";
        assert!(!is_local_council(
            body,
            &crate::parse::parse(body),
            &endings
        ));
    }
}
