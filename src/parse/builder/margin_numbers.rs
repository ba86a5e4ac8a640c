//! Paragraph numbers set in a margin column, which PDF extraction without
//! `-layout` writes alone on their own line, no dot, straight above the
//! paragraph's text (`4` / `Internal Audit completed 91% of …`).

use super::*;

/// The fewest numbers in a run read as paragraph numbers (not counting
/// those that open a page, which may be page numbers).
const MIN_RUN: usize = 3;

/// The fewest words in the text under a number for it to read as a
/// paragraph's opening rather than a table's row label (`Plan delivery`).
const MIN_WORDS: usize = 4;

/// A number alone that may be a paragraph's, with where it stands.
struct Candidate {
    line: usize,
    value: u32,
    /// Whether it opens a page (a form feed on its line, or straight after
    /// one): a page number would stand there too.
    page_top: bool,
}

impl Builder<'_, '_> {
    /// Reads each whole number of one to three digits alone on its line
    /// (no dot) as the number of the paragraph that starts on the next
    /// line, when the next line is text opening with a capital or a
    /// bracketed item, of [`MIN_WORDS`] words or more, not followed by a
    /// figure alone, and the number belongs to a run going up through
    /// the paper (each the one before plus one, or two at most, and most
    /// plus one) of [`MIN_RUN`] numbers or more away from page tops.
    /// Flattened table cells (figures over figures or short labels), page
    /// numbers and stray figures stay text.
    pub(super) fn promote_margin_numbers(&mut self) {
        let mut candidates: Vec<Candidate> = Vec::new();
        for i in 0..self.lines.len() {
            if let Some(c) = self.margin_candidate(i) {
                candidates.push(c);
            }
        }
        if candidates.len() < MIN_RUN {
            return;
        }
        // Chains in line order: a number joins the chain whose last value
        // it follows (plus one first, else plus two), or starts its own.
        let mut chains: Vec<Vec<usize>> = Vec::new();
        for (k, c) in candidates.iter().enumerate() {
            let last = |ch: &Vec<usize>| candidates[*ch.last().expect("never empty")].value;
            let pick = chains
                .iter()
                .position(|ch| last(ch) + 1 == c.value)
                .or_else(|| chains.iter().position(|ch| last(ch) + 2 == c.value));
            match pick {
                Some(p) => chains[p].push(k),
                None => chains.push(vec![k]),
            }
        }
        for chain in chains {
            let inner = chain.iter().filter(|&&k| !candidates[k].page_top).count();
            let steps = chain.len() - 1;
            let by_one = chain
                .windows(2)
                .filter(|w| candidates[w[0]].value + 1 == candidates[w[1]].value)
                .count();
            if inner < MIN_RUN || by_one * 3 < steps * 2 {
                continue;
            }
            for k in chain {
                let c = &candidates[k];
                let line = self.lines[c.line];
                let content = line.content().trim_end();
                let start = line.start + line.content_at;
                self.kinds[c.line] = LineKind::Item(number::ItemMarker {
                    bullet: None,
                    number: Some(ParaNumber {
                        label: c.value.to_string(),
                        style: NumberStyle::Decimal,
                        values: vec![c.value],
                        parenthesised: false,
                        span: Span::new(start, start + content.len()),
                    }),
                    debris: false,
                    text_start: content.len(),
                });
            }
        }
    }

    /// Line `i` as a [`Candidate`]: a number alone (see
    /// [`promote_margin_numbers`](Self::promote_margin_numbers)) straight
    /// over a paragraph's first line.
    fn margin_candidate(&self, i: usize) -> Option<Candidate> {
        if !matches!(self.kinds[i], LineKind::Text) || self.in_number_table(i) {
            return None;
        }
        let value = lone_number(self.lines[i].content())?;
        if !self.over_paragraph(i) {
            return None;
        }
        // A row label over its figures: `Draft reports issued …` / `90%`;
        // the next paragraph's number alone may follow a one-line paragraph.
        if let Some(after) = self.lines.get(i + 2) {
            let figure = !self.is_blank_at(i + 2) && is_figure(after.content().trim());
            if figure && !(lone_number(after.content()).is_some() && self.over_paragraph(i + 2)) {
                return None;
            }
        }
        let page_top = self.lines[i].text.contains('\u{c}')
            || (i > 0 && self.lines[i - 1].text.contains('\u{c}') && self.is_blank_at(i - 1));
        Some(Candidate {
            line: i,
            value,
            page_top,
        })
    }

    /// Whether the line after line `i` opens a paragraph: text on the same
    /// page opening with a capital or a bracketed item, of [`MIN_WORDS`]
    /// words or more.
    fn over_paragraph(&self, i: usize) -> bool {
        let Some(next) = self.lines.get(i + 1) else {
            return false;
        };
        if !matches!(self.kinds[i + 1], LineKind::Text | LineKind::Item(_))
            || next.text.contains('\u{c}')
        {
            return false;
        }
        let first = next.content().trim();
        let opens = first.starts_with(|c: char| c.is_uppercase())
            || (first.starts_with('(') && first.contains(')'));
        opens && first.split_whitespace().count() >= MIN_WORDS
    }
}

/// The value of a whole number of one to three digits alone on its line
/// (`4`, not `4.`, `0` or `2027`).
fn lone_number(content: &str) -> Option<u32> {
    let t = content.trim();
    if !(1..=3).contains(&t.len()) || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().filter(|&v| v > 0)
}

/// A figure alone: digits with at most a currency sign, a percent sign,
/// separators and a unit letter or two (`90%`, `£1,204`, `4.5m`).
fn is_figure(s: &str) -> bool {
    let core = s
        .trim_start_matches(['£', '$', '€', '-', '–', '('])
        .trim_end_matches(['%', ')', 'm', 'k', 'K', 'M', 'b', 'n']);
    !core.is_empty()
        && core.starts_with(|c: char| c.is_ascii_digit())
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    /// The paragraph numbers read, bracketed list items left out.
    fn numbers(text: &str) -> Vec<String> {
        parse(text)
            .paragraphs
            .iter()
            .filter_map(|p| p.number.as_ref())
            .filter(|n| !n.parenthesised)
            .map(|n| n.label.clone())
            .collect()
    }

    const DURHAM: &str = "Audit Committee\n\nInternal Audit Annual Report\n\nPurpose of the Report\n1\nTo present the Internal Audit Annual Report for the year.\n\n\
        Executive summary\n2\nThe Standards require an annual opinion on the framework.\n\
        3\nFor the year the opinion is moderate assurance overall.\n\n\
        Recommendation(s)\n4\nAudit Committee is recommended to:\n(a) note the opinion;\n(b) note the plan;\n(c) note the charter.\n\n\
        Background\n5\nThe Accounts and Audit Regulations 2015 require an internal audit.\n";

    #[test]
    fn numbers_in_a_margin_column_number_their_paragraphs() {
        assert_eq!(numbers(DURHAM), ["1", "2", "3", "4", "5"]);
        let doc = parse(DURHAM);
        let t: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
        for h in [
            "Purpose of the Report",
            "Executive summary",
            "Recommendation(s)",
            "Background",
        ] {
            assert!(t.contains(&h), "{h}: {t:?}");
        }
        // A paragraph opening on a new page (the number after the form feed).
        let text = DURHAM.replace("\n5\n", "\n\u{c}5\n");
        assert_eq!(numbers(&text), ["1", "2", "3", "4", "5"]);
    }

    #[test]
    fn a_flattened_table_of_figures_is_no_run() {
        // Figures one per line: each number over a figure or a short label.
        let text = "The table below shows it.\nYear\nCost\nStaff\n1\n2\n3\n4\n5\n6\n7\n8\n9\n\
                    Total\n12\n15\n18\n";
        assert!(numbers(text).is_empty(), "{:?}", numbers(text));
        // Row numbers over row labels with their figures.
        let text = "Indicator\nTarget\n1\nDraft reports issued within 15 days\n90%\n\
                    2\nFinal reports issued within 10 days\n95%\n3\nClient satisfaction good or better\n95%\n";
        assert!(numbers(text).is_empty(), "{:?}", numbers(text));
    }

    #[test]
    fn page_numbers_and_stray_figures_are_no_run() {
        // A lone page number at each page's top over the page's text.
        let text = "Some text here.\n\u{c}2\nThe Council agreed the plan in March.\n\
                    \u{c}3\nThe Council agreed the budget in April.\n\u{c}4\nThe Council agreed the rest later.\n";
        assert!(numbers(text).is_empty(), "{:?}", numbers(text));
        // One number alone over a sentence, and a number over a short label.
        let text = "Background\n7\nThe Council agreed the plan in March.\n\nCosts\n8\nTotal\n9\nStaff costs\n";
        assert!(numbers(text).is_empty(), "{:?}", numbers(text));
        // Numbers that do not go up through the paper.
        let text =
            "5\nThe Council agreed the plan in March.\n2\nThe Council agreed the budget then.\n\
                    9\nThe Council agreed the rest later on.\n";
        assert!(numbers(text).is_empty(), "{:?}", numbers(text));
    }
}
