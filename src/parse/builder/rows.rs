//! Numbered rows of a table that PDF text extraction wrote one cell per
//! line, whose first column numbers its rows (`1. Care leavers` / `Amber` /
//! `Pathway plans up to date…` / `2. Quality of practice` / …).
//!
//! Inside a numbered section such a row label reads like the outline's next
//! heading: after 3.3, a list restarted at 1 reaches `4. Partnerships`,
//! which is the number a heading would have. Two readings are open, and the
//! one with fewer contradictions with the rest of the paper is taken:
//!
//! - the rows as headings: the next number after the table (`3.5`, or the
//!   real `4. Care leavers`) then goes backwards past the last row;
//! - the rows as a list inside the section: the next number comes after
//!   the section's last sub-paragraph (3.3 → 3.5, a skip the numbering
//!   rule reports, or → 4).
//!
//! A heading is refused only on the layout of such a table (every row from
//! 1 a short label with short cell lines under it, no sentence) and only
//! when the heading reading is contradicted and the list reading is not.

use super::*;

/// Most lines between two rows: the row's cells, and a page break's blank
/// lines and running header.
const MAX_GAP: usize = 8;

/// Most words in a cell: a rating, a figure, a short comment.
const MAX_CELL_WORDS: usize = 12;

/// Most words in a row's label.
const MAX_LABEL_WORDS: usize = 8;

/// How far past the table the next number is looked for.
const LOOK_AHEAD: usize = 40;

impl<'t, 'l> Builder<'t, 'l> {
    /// Whether numbered line `i`, `N. Title` with number `n`, is a row of
    /// a table extracted one cell per line rather than heading N: the
    /// section's last counted number is a sub-paragraph (S.k), rows 1 to
    /// N-1 stand above it since, each a short label over short cells, line
    /// `i` has cells under it too, and the next number after the table
    /// (past rows N+1, N+2, …) does not come after the last row, as a
    /// heading's would, but does come after S.k.
    pub(super) fn is_numbered_row(&self, i: usize, n: &ParaNumber) -> bool {
        let [top] = n.values[..] else {
            return false;
        };
        if top < 2 || !self.after_sub_paragraph || row_label(self.lines[i].content()) != Some(top) {
            return false;
        }
        // Rows N-1 down to 1 above, each with a cell or more under it.
        let mut below = i;
        for want in (1..top).rev() {
            let Some(row) = self.row_above(below, want) else {
                return false;
            };
            below = row;
        }
        // This row's cells, then any further rows (N+1, …) with theirs.
        let mut last = top;
        let mut j = match self.cells_end(i) {
            Some(end) => end,
            None => return false,
        };
        while j < self.lines.len() && row_label(self.lines[j].content()) == Some(last + 1) {
            let Some(end) = self.cells_end(j) else {
                break;
            };
            last += 1;
            j = end;
        }
        let Some(next) = self.next_outline_number(j) else {
            return false;
        };
        let Some(sub) = self.last_sub_paragraph() else {
            return false;
        };
        next.as_slice() <= [last].as_slice() && next > sub
    }

    /// The line of row `want` above line `below`, past the cells of the
    /// row before `below`: at most [`MAX_GAP`] lines of cells (one at
    /// least that is not blank), no other numbered line.
    fn row_above(&self, below: usize, want: u32) -> Option<usize> {
        let mut cells = 0;
        for j in (below.saturating_sub(MAX_GAP + 1)..below).rev() {
            let content = self.lines[j].content();
            if let Some(k) = row_label(content) {
                return (k == want && cells > 0).then_some(j);
            }
            if self.is_blank_at(j) {
                continue;
            }
            if !is_cell(content) {
                return None;
            }
            cells += 1;
        }
        None
    }

    /// The line after the cells under row `i`: at most [`MAX_GAP`] lines,
    /// one at least not blank, up to the next numbered line or the end.
    /// `None` when no cell stands under it or a line there is no cell.
    fn cells_end(&self, i: usize) -> Option<usize> {
        let mut cells = 0;
        let end = (i + 1 + MAX_GAP).min(self.lines.len());
        for j in i + 1..end {
            if matches!(self.kinds[j], LineKind::Item(_)) {
                return (cells > 0).then_some(j);
            }
            if self.is_blank_at(j) {
                continue;
            }
            if !is_cell(self.lines[j].content()) {
                return None;
            }
            cells += 1;
        }
        (cells > 0 && end == self.lines.len()).then_some(end)
    }

    /// The first paragraph number of the outline from line `from` on (a
    /// decimal number at the margin, not bracketed), within
    /// [`LOOK_AHEAD`] lines.
    fn next_outline_number(&self, from: usize) -> Option<Vec<u32>> {
        let end = (from + LOOK_AHEAD).min(self.lines.len());
        (from..end).find_map(|j| match &self.kinds[j] {
            LineKind::Item(m) if m.bullet.is_none() && self.lines[j].indent == 0 && !m.debris => m
                .number
                .as_ref()
                .filter(|n| n.style == NumberStyle::Decimal && !n.parenthesised)
                .map(|n| n.values.clone()),
            _ => None,
        })
    }

    /// The number of the last sub-paragraph (`3.3`) so far.
    pub(super) fn last_sub_paragraph(&self) -> Option<Vec<u32>> {
        self.doc.paragraphs.iter().rev().find_map(|p| {
            p.number
                .as_ref()
                .filter(|n| {
                    n.style == NumberStyle::Decimal && !n.parenthesised && n.values.len() > 1
                })
                .map(|n| n.values.clone())
        })
    }
}

/// The number of a table row's label: `4. Partnerships` (a single number
/// closed by a dot, a short label after it with no sentence end).
fn row_label(content: &str) -> Option<u32> {
    let t = content.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || t.as_bytes().get(digits) != Some(&b'.') {
        return None;
    }
    let label = t[digits + 1..].trim();
    let words = word_count(label);
    let starts = label.chars().next().is_some_and(char::is_uppercase);
    (starts
        && (1..=MAX_LABEL_WORDS).contains(&words)
        && !label.ends_with(['.', ';', ':', ',', '?', '!']))
    .then(|| t[..digits].parse().ok())
    .flatten()
}

/// A line that can be a table's cell: a few words with no sentence end
/// (`Amber`, `Agency social workers still 27% of the workforce`, `£1.1m`),
/// not opening with a paragraph number.
fn is_cell(content: &str) -> bool {
    let t = content.trim();
    // Most lines a heading follows end a sentence: refused before the
    // words are counted, and the count stops past a cell's most.
    if t.ends_with(['.', ';', ':', '?', '!']) || t.split_whitespace().nth(MAX_CELL_WORDS).is_some()
    {
        return false;
    }
    let numbered = t.bytes().take_while(u8::is_ascii_digit).count() > 0
        && t.bytes().find(|b| !b.is_ascii_digit()) == Some(b'.')
        && t.bytes()
            .skip_while(u8::is_ascii_digit)
            .nth(1)
            .is_some_and(|b| b == b' ' || b.is_ascii_digit());
    !numbered
}

#[cfg(test)]
mod tests {
    use super::{is_cell, row_label};
    use crate::document::Document;
    use crate::parse::parse;

    /// Each section's number and title.
    fn sections(doc: &Document) -> Vec<(Option<&str>, &str)> {
        doc.sections
            .iter()
            .map(|s| (s.number.as_deref(), s.title.as_str()))
            .collect()
    }

    /// The numbered paragraphs of the section numbered `number`.
    fn numbers_in(doc: &Document, number: &str) -> Vec<String> {
        let s = doc
            .sections
            .iter()
            .find(|s| s.number.as_deref() == Some(number))
            .expect("the section is read");
        s.paragraphs
            .iter()
            .filter_map(|&p| doc.paragraphs[p].number.as_ref().map(|n| n.label.clone()))
            .collect()
    }

    /// A section 3 running to 3.3, a table of five numbered priorities
    /// written one cell per line (split by a page break and a running
    /// header), 3.5 after it, then heading 4: `pdftotext` of a scrutiny
    /// report's progress table.
    const PRIORITIES: &str = "3. Background\n\
        3.1 Ofsted's report made six recommendations.\n\
        3.2 Ofsted carried out a first monitoring visit in November.\n\
        3.3 The plan has five priorities. Progress on each is summarised in the table below and\n\
        reported in full in Appendix 1.\n\
        Priority\nRating\nComment\n\
        1. Care leavers\nAmber\nPathway plans up to date rose from 54% to 79%\n\
        2. Quality of practice\nAmber\nAudits rated good or better rose from 31% to 44%\n\
        3. Workforce\nRed\nAgency social workers still 27% of the workforce\n\
        \nPage 1 of 4\nChildren and Young People Scrutiny Board – 21 January 2026\n\
        4. Partnerships\nGreen\nMulti-agency safeguarding hub review completed\n\
        5. Leadership and management\nGreen\nPerformance framework in place\n\
        3.5 The main risk to the plan is the workforce.\n\
        4. Care leavers\n\
        4.1 Each care leaver now has a named personal adviser.\n";

    #[test]
    fn numbered_rows_of_a_table_inside_a_numbered_section_are_no_headings() {
        let doc = parse(PRIORITIES);
        assert_eq!(
            sections(&doc),
            [(Some("3"), "Background"), (Some("4"), "Care leavers")],
            "rows 4 and 5 of the table carry on its list, not the outline"
        );
        assert_eq!(
            numbers_in(&doc, "3"),
            ["3.1", "3.2", "3.3", "1", "2", "3", "4", "5", "3.5"],
            "3.5 stays a paragraph of section 3, after the table's rows"
        );
    }

    #[test]
    fn the_rows_read_as_a_list_whichever_number_the_table_is_followed_by() {
        // The next number after the table is the real heading 4: as
        // headings, rows 4 and 5 would make it go backwards.
        let text = PRIORITIES.replace("3.5 The main risk to the plan is the workforce.\n", "");
        let doc = parse(&text);
        assert_eq!(
            sections(&doc),
            [(Some("3"), "Background"), (Some("4"), "Care leavers")]
        );
    }

    #[test]
    fn a_heading_after_a_numbered_list_with_its_own_paragraphs_stays_a_heading() {
        // Three options, each over a cost, then heading 4 over 4.1: the
        // heading's reading contradicts nothing.
        let doc = parse(
            "3. Options\n3.1 The options are set out below.\n\
             1. Do nothing\nNo cost\n2. Refurbish the depot\n£2.1m\n3. Build a new depot\n£5.4m\n\
             4. Financial implications\nFunded from the capital programme\n\
             4.1 The cost of the preferred option is met from reserves.\n",
        );
        assert_eq!(
            sections(&doc),
            [
                (Some("3"), "Options"),
                (Some("4"), "Financial implications")
            ]
        );
    }

    #[test]
    fn a_heading_after_recommendations_numbered_from_one_stays_a_heading() {
        let doc = parse(
            "2. Recommendations\n2.1 Cabinet is asked to:\n\
             1. approve the Improvement Plan at Appendix 1;\n2. note the risks set out in section 5.\n\
             3. Background\n3.1 The plan was consulted on in 2025.\n",
        );
        assert_eq!(
            sections(&doc),
            [(Some("2"), "Recommendations"), (Some("3"), "Background")]
        );
    }

    #[test]
    fn headings_set_apart_by_blank_lines_stay_headings() {
        let doc = parse(
            "1. Introduction\n\n1.1 This report sets out the plan.\n\n\
             2. Background\n\n2.1 The plan was agreed in 2024.\n\n\
             3. Financial implications\n\n3.1 None.\n",
        );
        assert_eq!(
            sections(&doc),
            [
                (Some("1"), "Introduction"),
                (Some("2"), "Background"),
                (Some("3"), "Financial implications")
            ]
        );
    }

    #[test]
    fn a_figure_wrapped_after_a_list_under_a_sub_paragraph_is_still_text() {
        // "0.4" carries on neither the list (2) nor the outline (3.3).
        let doc = parse(
            "3. Options\n3.3 The options are:\n1. Do nothing, which carries no cost.\n\
             2. Recruit more staff, which would add a further\n0.4 million to the budget.\n\
             3.4 The second option is preferred.\n",
        );
        assert_eq!(numbers_in(&doc, "3"), ["3.3", "1", "2", "3.4"]);
    }

    #[test]
    fn a_row_label_is_a_short_numbered_title() {
        assert_eq!(row_label("1. Care leavers"), Some(1));
        assert_eq!(row_label("5. Leadership and management"), Some(5));
        assert_eq!(row_label("12. Estates"), Some(12));
        // A sentence, a sub-paragraph, a lower-case item, a lead-in: no row.
        assert_eq!(row_label("1. The Council has agreed the plan."), None);
        assert_eq!(row_label("3.5 The main risk"), None);
        assert_eq!(row_label("1. approve the plan"), None);
        assert_eq!(row_label("2. The Board is asked to:"), None);
        assert_eq!(row_label("1."), None);
    }

    #[test]
    fn a_cell_is_a_few_words_with_no_sentence_end() {
        assert!(is_cell("Amber"));
        assert!(is_cell("Agency social workers still 27% of the workforce"));
        assert!(is_cell("£2.1m"));
        assert!(is_cell("54"));
        assert!(!is_cell("3.5 The main risk to the plan is the workforce"));
        assert!(!is_cell("4. Partnerships"));
        assert!(!is_cell("The plan was agreed."));
        assert!(!is_cell(
            "The Council has joined the regional memorandum of understanding on agency pay rates"
        ));
    }
}
