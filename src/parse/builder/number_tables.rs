//! Tables with numbered rows that PDF extraction wrote one cell per line:
//!
//! ```text
//! number_table = header_cell{p,p+1} (row_number short_cell{p}){2,}   -- 2 ≤ p ≤ 6
//! row_number   = digit{1,3} ["."]                  -- 1, 2, 3 …: each one more
//! short_cell   = a line of up to eight words with no sentence's end, or a number
//! ```
//!
//! (blank lines between any two lines). A council's bands, tiers or
//! priorities table (`Band` / `Weekly net income` / `Reduction` / `1` / `Up
//! to £120` / `85%` / `2` / …) is no outline: its row numbers are not
//! paragraphs 1, 2, 3 nor headings, and its short cells are not headings.
//! Its lines are read as text, one paragraph a line.

use super::*;

/// How many short lines, blank lines left out, a table is looked for
/// each way from a row number.
const RUN: usize = 48;
/// The fewest and most cells of a row beside its number.
const ROW_CELLS: std::ops::RangeInclusive<usize> = 2..=6;

impl<'t, 'l> Builder<'t, 'l> {
    /// The paper's tables with numbered rows written one cell per line:
    /// the first and last line of each, in line order. Looked for from
    /// each line that is a whole number alone, past the tables found.
    pub(super) fn find_number_tables(&self) -> Vec<(usize, usize)> {
        let mut tables: Vec<(usize, usize)> = Vec::new();
        for i in 0..self.lines.len() {
            if tables.last().is_some_and(|&(_, last)| i <= last)
                || !matches!(self.kinds[i], LineKind::Text | LineKind::Item(_))
            {
                continue;
            }
            if let Some(table) = self.number_table_at(i) {
                tables.push(table);
            }
        }
        tables
    }

    /// Whether line `i` lies in one of the tables [`find_number_tables`]
    /// found.
    ///
    /// [`find_number_tables`]: Self::find_number_tables
    pub(super) fn in_number_table(&self, i: usize) -> bool {
        let k = self.number_tables.partition_point(|&(first, _)| first <= i);
        k > 0 && i <= self.number_tables[k - 1].1
    }

    /// Line `i` of such a table: a blank line closes the paragraph open,
    /// a cell is a paragraph of its own (no heading, no number, no field).
    pub(super) fn number_table_line(&mut self, i: usize) -> usize {
        self.close_paragraph();
        if !self.is_blank_at(i) {
            let line = self.lines[i];
            let span = line.content_span();
            self.add_paragraph(ParagraphKind::Plain, None, span, span, line.indent);
            self.close_paragraph();
        }
        i + 1
    }

    /// The table whose rows line `i`, a whole number alone (`1`, `2.`),
    /// numbers, if it does: it stands in a run of short lines (see
    /// [`is_short_cell`](Self::is_short_cell)) where the numbers before
    /// and after it, one less or one more, come every `p + 1` lines (the
    /// row's `p` other cells between, `p` in [`ROW_CELLS`]), two rows or
    /// more, under a header row of `p` short lines or more. Gives the
    /// first line of its header row (`p + 1` lines, or `p` when no more
    /// stand above) and the last cell of its last row.
    ///
    /// A number heading a section (`1` / `Introduction` / `1.1 The plan…`)
    /// has sentences or numbered paragraphs round it, not rows; a number
    /// with one short line beside it (`APPENDICES` / `1` / `Call-in
    /// notice` / `2` / …) numbers a list's entry, as such a heading
    /// does, and is left to the outline.
    fn number_table_at(&self, i: usize) -> Option<(usize, usize)> {
        let n = row_number(self.lines[i].content())?;
        // The run of short lines round line `i`, blank lines left out.
        let mut before: Vec<usize> = Vec::new();
        let mut j = i;
        while j > 0 && before.len() < RUN {
            j -= 1;
            if self.is_blank_at(j) {
                continue;
            }
            if !self.is_short_cell(j) {
                break;
            }
            before.push(j);
        }
        if before.len() < *ROW_CELLS.start() {
            return None;
        }
        let mut after: Vec<usize> = Vec::new();
        let mut j = i + 1;
        while j < self.lines.len() && after.len() < RUN {
            if !self.is_blank_at(j) {
                if !self.is_short_cell(j) {
                    break;
                }
                after.push(j);
            }
            j += 1;
        }
        // Whether the line `k` rows away (before `i` when `back`), at
        // `p + 1` lines a row, is the number `value`.
        let numbered = |k: usize, back: bool, p: usize, value: i64| {
            let run = if back { &before } else { &after };
            value > 0
                && run
                    .get(k * (p + 1) - 1)
                    .is_some_and(|&l| row_number(self.lines[l].content()) == Some(value as u32))
        };
        let n = i64::from(n);
        ROW_CELLS.into_iter().find_map(|p| {
            let rows_after = (1..)
                .take_while(|&k| numbered(k, false, p, n + k as i64))
                .count();
            let rows_before = (1..)
                .take_while(|&k| numbered(k, true, p, n - k as i64))
                .count();
            // Labels above the first row: its header. A figure there
            // (a count, another number alone) is a row's, not a label.
            let above = &before[rows_before * (p + 1)..];
            let header = above
                .iter()
                .take_while(|&&l| !is_figure(self.lines[l].content()))
                .count();
            if rows_after + rows_before == 0 || header < p {
                return None;
            }
            let first = above[header.min(p + 1) - 1];
            // The last row's cells, as far as the run goes.
            let last_row = rows_after * (p + 1);
            let last = after
                .get(last_row + p - 1)
                .or(after.last())
                .copied()
                .unwrap_or(i);
            // A run of the pack's section titles under their numbers
            // (`9.` / `Background Documents` / … / `10.` / `Appendices`)
            // is an outline, not a table.
            let titled = (first..=last).any(|l| {
                matches!(self.kinds[l], LineKind::Text)
                    && self.is_section_title(self.lines[l].content().trim())
            });
            (!titled).then_some((first, last))
        })
    }

    /// Whether line `j` reads as one cell of a table written one cell per
    /// line: a line of text of up to eight words with no sentence's end
    /// (`Weekly net income (single person)`, `Up to £120`, `85%`), or a
    /// number alone.
    fn is_short_cell(&self, j: usize) -> bool {
        let content = self.lines[j].content().trim();
        match &self.kinds[j] {
            LineKind::Item(_) => row_number(content).is_some(),
            LineKind::Text => {
                content.len() <= 80
                    && word_count(content) <= 8
                    && !content.ends_with(['.', ':', ';', '?', '!'])
                    && !content.contains(". ")
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::parse::{parse, parse_with, Vocabulary};

    fn numbers(doc: &Document) -> Vec<&str> {
        doc.paragraphs
            .iter()
            .filter_map(|p| p.number.as_ref().map(|n| n.label.as_str()))
            .collect()
    }

    fn titles(doc: &Document) -> Vec<&str> {
        doc.sections.iter().map(|s| s.title.as_str()).collect()
    }

    /// A tiers table of three columns, one cell a line, inside section 3.
    const TIERS: &str =
        "3.\n\nProposals\n\n3.1 Each tier sets the charge:\n\nTier\n\nHousehold size\n\n\
                         Charge\n\n1\n\nOne person\n\n£40\n\n2\n\nTwo people\n\n£55\n\n3\n\n\
                         Three or more\n\n£70\n\n3.2 The charges start in April.\n";

    #[test]
    fn the_row_numbers_of_a_table_one_cell_a_line_are_no_outline() {
        let doc = parse(TIERS);
        assert_eq!(numbers(&doc), ["3.1", "3.2"]);
        assert_eq!(titles(&doc), ["Proposals"], "cells are no headings");
        assert!(doc.parts.len() <= 1, "no part restarts at row 1");
        // Row numbers written with dots, as paragraph numbers are.
        let dotted = TIERS
            .replace("\n1\n", "\n1.\n")
            .replace("\n2\n", "\n2.\n")
            .replace("\n3\n", "\n3.\n");
        let doc = parse(&dotted);
        assert_eq!(numbers(&doc), ["3.1", "3.2"]);
        assert_eq!(titles(&doc), ["Proposals"]);
        // The cells stay text: each a paragraph of section 3.
        let cells = doc.sections[0].paragraphs.len();
        assert!(cells >= 14, "{cells}");
    }

    #[test]
    fn numbers_that_are_no_rows_of_a_table_stay_in_the_outline() {
        // Numbered titles with one line each beside them: a list's
        // entries, not a table of two columns.
        let doc = parse(
            "2.1 Text.\n\nAPPENDICES\n\n1\n\nCall-in notice\n\n2\n\nCabinet minutes\n\n3\n\nPetition\n",
        );
        assert!(
            titles(&doc).contains(&"Call-in notice"),
            "{:?}",
            titles(&doc)
        );
        // No header above the first row: the headings' text under them.
        let doc = parse(
            "1.1 The plan is agreed.\n\n2\n\nRisks\n\nLow overall\n\nNone known\n\n3\n\nTimetable\n\n\
             April start\n\nMay review\n\n4.1 More.\n",
        );
        assert!(titles(&doc).contains(&"Risks"), "{:?}", titles(&doc));
        // A count table: the labels above the first "row" are figures.
        let doc = parse(
            "2.1 The outcomes were:\n\nOutcome\n\nDistrict\n\nParish\n\nNo action\n\n5\n\n17\n\n\
             Referred\n\n1\n\n4\n\nWithdrawn\n\n0\n\n2\n\n2.2 Most were resolved.\n",
        );
        assert!(titles(&doc).contains(&"Referred"), "{:?}", titles(&doc));
        // Numbered headings under each other, the paper's numbers alone
        // in the header's place: an outline.
        let doc = parse(
            "8.1 As set out above.\n9.\n\nBackground Documents\n\nStrategy report, 2025\n10.\n\n\
             Appendices\n\nAppendix A – Charges\nAppendix B – Summary\n11.\n\nContact details\n\n\
             Report Author:\nA Person\n",
        );
        let tops: Vec<_> = doc
            .sections
            .iter()
            .filter_map(|s| s.number.as_deref())
            .collect();
        assert_eq!(tops, ["9", "10", "11"]);
        // Sections of short lines under short field lines, but titled as
        // the pack's sections are: an outline too.
        let vocab = Vocabulary {
            section_titles: vec![
                "purpose of report".to_string(),
                "recommendations".to_string(),
            ]
            .into(),
            ..Vocabulary::default()
        };
        let text = "Report author: A Person\n\nWards: All\n\nKey decision: No\n\n1\n\n\
                    Purpose of report\n\nTo set the rents\n\nFor 2026/27\n\n2\n\nRecommendations\n\n\
                    Approve the rents\n\nFrom April\n";
        let doc = parse_with(text, &vocab);
        let numbered: Vec<_> = doc
            .sections
            .iter()
            .filter_map(|s| Some((s.number.as_deref()?, s.title.as_str())))
            .collect();
        assert_eq!(
            numbered,
            [("1", "Purpose of report"), ("2", "Recommendations")]
        );
    }
}
