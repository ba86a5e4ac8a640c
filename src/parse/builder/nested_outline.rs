//! Word's multilevel numbering converted as nested ordered lists, as
//! Pandoc writes it: each section title is an item of a list at the
//! margin, and the section's paragraphs are a list nested under it,
//! numbered from 1 again under each title (`1.  **PURPOSE OF REPORT**` /
//! `    1.  To seek…`, then `2.  **RECOMMENDATIONS**` / `    1.  That…` /
//! `    2.  That…`). Word showed those paragraphs as 1.1, 2.1, 2.2; the
//! paper's references cite them so ("paragraph 2.2"). Read from the whole
//! paper before the walk, since no single line shows it:
//!
//! ```text
//! nested_outline = member{3,}        -- at the margin, the first numbered 1, each next
//!                                    -- one or two more, all closed alike; a restart
//!                                    -- at 1 ends it; one title at least is one of the
//!                                    -- pack's section titles
//! member         = number title blank* [sublist]
//! title          = in bold or in capitals, up to twelve words, no sentence end, alone
//!                  on its line, not a recommendation's opening
//! sublist        = item{1,}          -- indented no further than the title's text,
//!                                    -- the first numbered 1, closed as the members are
//! ```
//!
//! At least three members have a sublist, and no number of more than one
//! level (`3.2`) is written anywhere from the first member to the last
//! one's end: a paper that writes its paragraph numbers out has a nested
//! list in its prose ("3.2 The options are:" / `    1.  Do nothing`),
//! never paragraphs numbered so. Any number at the margin between two
//! members that is no member breaks the outline, and nothing is read
//! from it. A sublist ends at the next line written further left than
//! its items (text at the margin); deeper lists inside an item stay the
//! item's own.

use super::*;

/// The fewest members with a sublist that show the shape.
const MIN_SUBLISTS: usize = 3;
/// The most words of a member's title.
const TITLE_WORDS: usize = 12;

/// What [`Builder::find_nested_outline`] found: the members' lines, and
/// each sublist item's line with its member's number, in line order.
#[derive(Debug, Default)]
pub(super) struct NestedOutline {
    /// The lines of the members (section titles).
    pub(super) members: Vec<usize>,
    /// Each sublist item's line and the number of the member over it.
    pub(super) items: Vec<(usize, u32)>,
}

/// A single number closing a list item (`1.`, `2)`), as the outline
/// reads one: its line, indent, value, closing mark and text column.
struct Numbered<'a> {
    line: usize,
    indent: usize,
    value: u32,
    stop: &'a str,
    text_at: usize,
}

impl<'t, 'l> Builder<'t, 'l> {
    /// Finds the paper's [`nested_outline`](self), or nothing.
    pub(super) fn find_nested_outline(&self) -> NestedOutline {
        let numbers = self.single_numbers();
        let mut k = 0;
        while k < numbers.len() {
            let first = &numbers[k];
            if first.indent > 0 || first.value != 1 || !self.is_nested_outline_title(first.line) {
                k += 1;
                continue;
            }
            let (chain, next) = self.member_chain(&numbers, k);
            if let Some(found) = chain.and_then(|c| self.with_sublists(&numbers, &c)) {
                return found;
            }
            k = next.max(k + 1);
        }
        NestedOutline::default()
    }

    /// Every single decimal number opening an item, in line order.
    fn single_numbers(&self) -> Vec<Numbered<'t>> {
        let text = self.text;
        self.kinds
            .iter()
            .enumerate()
            .filter_map(|(i, kind)| {
                let LineKind::Item(m) = kind else {
                    return None;
                };
                let n = m.number.as_ref()?;
                let [value] = n.values[..] else {
                    return None;
                };
                if m.bullet.is_some()
                    || m.debris
                    || n.style != NumberStyle::Decimal
                    || n.parenthesised
                {
                    return None;
                }
                let stop = n
                    .span
                    .of(text)
                    .trim()
                    .trim_start_matches(|c: char| c.is_ascii_digit());
                let line = self.lines[i];
                Some(Numbered {
                    line: i,
                    indent: line.indent,
                    value,
                    stop,
                    text_at: line.indent + m.text_start,
                })
            })
            .collect()
    }

    /// The members of a chain starting at `numbers[k]` (a member numbered
    /// 1), as indices into `numbers`, and where the search goes on; `None`
    /// for the chain when a number at the margin breaks it.
    fn member_chain(&self, numbers: &[Numbered<'_>], k: usize) -> (Option<Vec<usize>>, usize) {
        let stop = numbers[k].stop;
        let mut chain = vec![k];
        let mut last = 1;
        let mut j = k + 1;
        while j < numbers.len() {
            let n = &numbers[j];
            if n.indent > 0 {
                j += 1;
                continue;
            }
            if n.value == 1 {
                break;
            }
            let member = n.stop == stop
                && (last + 1..=last + 2).contains(&n.value)
                && self.is_nested_outline_title(n.line);
            if !member {
                return (None, j);
            }
            chain.push(j);
            last = n.value;
            j += 1;
        }
        (Some(chain), j)
    }

    /// The outline of `chain` (indices into `numbers`) with each member's
    /// sublist, when enough members have one, one names a section, and no
    /// number of more than one level is written within it.
    fn with_sublists(&self, numbers: &[Numbered<'_>], chain: &[usize]) -> Option<NestedOutline> {
        let mut found = NestedOutline::default();
        let mut with_list = 0;
        for (c, &k) in chain.iter().enumerate() {
            let member = &numbers[k];
            found.members.push(member.line);
            let end = chain.get(c + 1).map_or(numbers.len(), |&next| next);
            let items = self.sublist(member, &numbers[k + 1..end]);
            with_list += usize::from(!items.is_empty());
            found
                .items
                .extend(items.into_iter().map(|line| (line, member.value)));
        }
        let first = *found.members.first()?;
        let last = found
            .items
            .last()
            .map_or(first, |&(l, _)| l)
            .max(*found.members.last()?);
        let written_deeper = (first..=last).any(|i| {
            matches!(&self.kinds[i], LineKind::Item(m)
                if m.number.as_ref().is_some_and(|n| n.style == NumberStyle::Decimal && n.values.len() > 1))
        });
        let names = found.members.iter().any(|&l| self.member_names_section(l));
        (with_list >= MIN_SUBLISTS && names && !written_deeper).then_some(found)
    }

    /// The lines of `member`'s sublist among the numbers after it
    /// (`after`, up to the next member): the first line that is not blank
    /// past the title is its item 1, indented no further than the title's
    /// text; the items run at that indent. Past a line written further
    /// left (a table or a paragraph at the margin, as a conversion may
    /// set them between two items), only the list's next number carries
    /// it on.
    fn sublist(&self, member: &Numbered<'_>, after: &[Numbered<'_>]) -> Vec<usize> {
        let Some(first) = after.first() else {
            return Vec::new();
        };
        let opens = (member.line + 1..first.line).all(|i| self.is_blank_at(i))
            && first.value == 1
            && first.stop == member.stop
            && (1..=member.text_at).contains(&first.indent);
        if !opens {
            return Vec::new();
        }
        let indent = first.indent;
        let mut items = Vec::new();
        let (mut from, mut last) = (first.line, 0);
        for n in after {
            if n.indent != indent || n.stop != member.stop {
                continue;
            }
            let left =
                (from..n.line).any(|i| !self.is_blank_at(i) && self.lines[i].indent < indent);
            if left && n.value != last + 1 {
                break;
            }
            items.push(n.line);
            (from, last) = (n.line + 1, n.value);
        }
        items
    }

    /// Whether numbered line `i` has a member's title: in bold or in
    /// capitals, short, no sentence end, alone on its line.
    fn is_nested_outline_title(&self, i: usize) -> bool {
        let LineKind::Item(m) = &self.kinds[i] else {
            return false;
        };
        let content = self.lines[i].content();
        let raw = &content[m.text_start.min(content.len())..];
        if crate::parse::inline::words_up_to(raw, TITLE_WORDS + 1) > TITLE_WORDS {
            return false;
        }
        let title = plain(raw);
        let title = title.trim();
        (is_bold_wrapped(raw) || is_capitals(title))
            && (1..=TITLE_WORDS).contains(&word_count(title))
            && !title.ends_with(['.', ';', ',', '?', '!'])
            && !opens_recommendation(title, self.vocab)
            && (self.is_blank_at(i + 1) || self.next_is_item(i))
    }

    /// Whether member line `i`'s title is one of the pack's section titles.
    fn member_names_section(&self, i: usize) -> bool {
        let LineKind::Item(m) = &self.kinds[i] else {
            return false;
        };
        let content = self.lines[i].content();
        let title = plain(&content[m.text_start.min(content.len())..]);
        self.is_section_title(title.trim())
    }

    /// Whether line `i` is a member (a section title) of the paper's
    /// [`nested_outline`](self).
    pub(super) fn is_nested_outline_member(&self, i: usize) -> bool {
        self.nested_outline.members.binary_search(&i).is_ok()
    }

    /// `n` as Word showed it when line `i` is an item of a sublist of the
    /// paper's [`nested_outline`](self): `4.3` for the third item under
    /// member 4 (the span stays the number as written, `3.`).
    pub(super) fn nested_number(&self, i: usize, n: &ParaNumber) -> Option<ParaNumber> {
        let k = self
            .nested_outline
            .items
            .binary_search_by_key(&i, |&(line, _)| line)
            .ok()?;
        let parent = self.nested_outline.items[k].1;
        let values = vec![parent, *n.values.first()?];
        Some(ParaNumber {
            label: format!("{parent}.{}", values[1]),
            values,
            ..n.clone()
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::{parse_with, Vocabulary};

    /// The paper read with a pack's section titles.
    fn parse(text: &str) -> crate::document::Document {
        let vocab = Vocabulary::builtin_with_section_titles(&[
            "purpose of report",
            "recommendations",
            "background",
        ]);
        parse_with(text, &vocab)
    }

    /// The number of each numbered paragraph, in order.
    fn numbers(text: &str) -> Vec<String> {
        parse(text)
            .paragraphs
            .iter()
            .filter_map(|p| p.number.as_ref().map(|n| n.label.clone()))
            .collect()
    }

    /// Each section's number and title.
    fn sections(text: &str) -> Vec<(Option<String>, String)> {
        parse(text)
            .sections
            .into_iter()
            .map(|s| (s.number, s.title))
            .collect()
    }

    const NESTED: &str = "1.  **PURPOSE OF REPORT**\n\n    1.  To seek approval of the plan.\n\n\
        2.  **RECOMMENDATIONS**\n\n    1.  That the plan is approved.\n\n    2.  That the \
        Director is authorised to\n        publish it.\n\n\
        3.  **BACKGROUND**\n\n    1.  The plan was last reviewed in 2009.\n\n    2.  The review \
        began in January.\n\n    3.  It ended in May.\n";

    #[test]
    fn nested_lists_under_numbered_titles_are_numbered_as_word_showed_them() {
        assert_eq!(numbers(NESTED), ["1.1", "2.1", "2.2", "3.1", "3.2", "3.3"]);
        let titles: Vec<_> = sections(NESTED).into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            titles,
            [Some("1".into()), Some("2".into()), Some("3".into())]
        );
        // Titles in bold but not in capitals, the same.
        let bold = NESTED
            .replace("PURPOSE OF REPORT", "Purpose of report")
            .replace("RECOMMENDATIONS", "Recommendations")
            .replace("BACKGROUND", "Background");
        assert_eq!(numbers(&bold), ["1.1", "2.1", "2.2", "3.1", "3.2", "3.3"]);
        assert_eq!(sections(&bold)[2], (Some("3".into()), "Background".into()));
    }

    #[test]
    fn nested_lists_that_are_no_outline_keep_their_numbers() {
        // Written-out paragraph numbers: a list inside paragraph 3.2 is
        // the paragraph's own.
        let written = "1. **PURPOSE**\n\n1.1 To seek approval.\n\n2. **RECOMMENDATIONS**\n\n\
            2.1 That the plan is approved.\n\n3. **BACKGROUND**\n\n3.1 The plan is old.\n\n\
            3.2 The options are:\n\n    1.  Do nothing.\n\n    2.  Review it.\n\n\
            4. **OPTIONS**\n\n    1.  Option one.\n\n    2.  Option two.\n";
        let read = numbers(written);
        assert!(
            read.iter().filter(|n| n.as_str() == "1").count() == 2,
            "{read:?}"
        );
        // Two titles only with lists under them.
        let two = NESTED.split("3.  **BACKGROUND**").next().unwrap();
        assert_eq!(numbers(two), ["1", "1", "2"]);
        // A member whose text is a sentence breaks the outline.
        let sentence = NESTED.replace("**RECOMMENDATIONS**", "The Committee is asked to agree:");
        assert!(!numbers(&sentence).contains(&"3.1".to_string()));
        // A numbered list of options, none a section title.
        let options = NESTED
            .replace("PURPOSE OF REPORT", "OPTION ONE")
            .replace("RECOMMENDATIONS", "OPTION TWO")
            .replace("BACKGROUND", "OPTION THREE");
        assert!(!numbers(&options).contains(&"3.1".to_string()));
        // Past text at the margin, a list numbered from 1 again is no
        // member's; the member's own next number carries its list on.
        let restart = NESTED.replace(
            "\n\n    2.  The review began in January.\n\n    3.",
            "\n\nThe review was thorough.\n\n    1.  The review began.\n\n    2.",
        );
        assert_eq!(numbers(&restart)[4..], ["1", "2"]);
        let table = NESTED.replace(
            "\n\n    2.  The review",
            "\n\n| Year | Cost |\n|---|---|\n| 2026 | 4 |\n\n    2.  The review",
        );
        assert_eq!(numbers(&table)[3..], ["3.1", "3.2", "3.3"]);
    }
}
