//! What the cross-reference rules share: the paragraph numbers each
//! numbered part offers as targets, and how a paragraph reference is
//! resolved against them. Not a rule kind.
//!
//! A part's targets are every decimal paragraph number in it (numbered
//! paragraphs and list items, bracketed or not), the numbers of its
//! numbered headings (`4. Service standards` is "section 4" and
//! "paragraph 4"), and the numbers in the first cell of table rows (an
//! action plan's `2.3<TAB>Ensure that…`). A number also stands for its
//! parents: `paragraph 4` resolves when only 4.1 and 4.2 are numbered.
//!
//! A part is only checked for a number of a given depth when it numbers
//! its own paragraphs near that depth (at the depth itself, one above or
//! one below): a paper whose paragraph numbers were lost (Word's automatic
//! numbering does not survive every conversion) has only heading numbers,
//! and every "paragraph 12" in it would otherwise be a false alarm.

use crate::document::{
    Document, NumberStyle, ParaNumber, Paragraph, ParagraphId, PartId, Reference, Span,
};

/// One number a reference can point at.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub(crate) values: Vec<u32>,
    /// The number's span (a heading's whole line).
    pub(crate) span: Span,
    /// A numbered paragraph or table row, not a heading.
    pub(crate) paragraph: bool,
}

/// The targets of every numbered part.
#[derive(Debug, Clone, Default)]
pub(crate) struct Targets {
    /// Per part, in document order.
    pub(crate) parts: Vec<Vec<Target>>,
    /// Per part, its title where it has one.
    pub(crate) titles: Vec<Option<String>>,
    /// Per part, every number and every parent of one.
    /// Per part, its targets' indices in number order (`4` < `4.1` < `5`),
    /// for `has`: the numbers a number is the parent of follow it.
    in_order: Vec<Vec<usize>>,
    /// Per part, the depths at which it numbers paragraphs.
    depths: Vec<std::collections::BTreeSet<usize>>,
}

/// `4.3` → `[4, 3]`; `None` for anything else.
pub(crate) fn values_of(label: &str) -> Option<Vec<u32>> {
    let label = label.trim().trim_end_matches('.');
    if label.is_empty() {
        return None;
    }
    label
        .split('.')
        .map(|p| {
            if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                p.parse().ok()
            }
        })
        .collect()
}

/// The fewest lists starting at 1 that show a paper's paragraph numbers
/// lost their parents.
const MIN_RESTARTS: usize = 3;

/// Whether the paper's numbered paragraphs are lists that restart at 1
/// under one heading after another, and nothing deeper: the parser opens
/// a part at each restart (`1.` `2.` `3.` under "Background", `1.` `2.`
/// under "Charges", …, at least [`MIN_RESTARTS`] parts so opened by a
/// heading that names no appendix or annex). Word numbered them under its
/// numbered headings (3.1, 3.2) and the conversion kept the lists' own
/// numbers but lost the headings'. "Paragraph 3.2" cannot be told from
/// such text, nor "paragraph 3" (the third item of which list?), so no
/// paragraph reference is checked. An attachment that restarts its own
/// numbering ("Appendix A", "Annex 1") is no such list.
fn lost_parents(parts: &[Vec<Target>], titles: &[Option<String>]) -> bool {
    let attachment = |title: &Option<String>| {
        title.as_deref().is_some_and(|t| {
            let t = t.trim_start().to_ascii_lowercase();
            ["appendix", "annex", "schedule", "attachment", "enclosure"]
                .iter()
                .any(|w| t.starts_with(w))
        })
    };
    let paragraphs = || parts.iter().flatten().filter(|t| t.paragraph);
    paragraphs().all(|t| t.values.len() == 1)
        && parts
            .iter()
            .zip(titles)
            .filter(|(targets, title)| {
                !attachment(title)
                    && targets
                        .iter()
                        .find(|t| t.paragraph)
                        .is_some_and(|t| t.values == [1])
            })
            .count()
            >= MIN_RESTARTS
}

/// `[4, 3]` → `4.3`.
pub(crate) fn label_of(values: &[u32]) -> String {
    values
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(".")
}

impl Targets {
    /// Collects the targets of `doc`.
    pub(crate) fn new(doc: &Document) -> Self {
        let n = doc.parts.len().max(1);
        let mut parts: Vec<Vec<Target>> = vec![Vec::new(); n];
        let part_of = |pos: usize| {
            doc.parts
                .partition_point(|p| p.span.start <= pos)
                .saturating_sub(1)
                .min(n - 1)
        };
        for p in &doc.paragraphs {
            if let Some(num) = &p.number {
                if num.style == NumberStyle::Decimal {
                    parts[p.part.min(n - 1)].push(Target {
                        values: num.values.clone(),
                        span: num.span,
                        paragraph: true,
                    });
                }
            }
        }
        for s in &doc.sections {
            if let Some(values) = s.number.as_deref().and_then(values_of) {
                parts[s.part.min(n - 1)].push(Target {
                    values,
                    span: s.heading,
                    paragraph: false,
                });
            }
        }
        for t in &doc.tables {
            for row in &t.rows {
                let Some(first) = row.cells.iter().find(|c| !c.text.is_empty()) else {
                    continue;
                };
                if let Some(values) = values_of(&first.text) {
                    parts[part_of(row.span.start)].push(Target {
                        values,
                        span: first.span,
                        paragraph: true,
                    });
                }
            }
        }
        for targets in &mut parts {
            targets.sort_by_key(|t| t.span.start);
        }
        let titles = if doc.parts.is_empty() {
            vec![None]
        } else {
            doc.parts.iter().map(|p| p.title.clone()).collect()
        };
        // Each part's targets in number order, for `has`; and the depths
        // each part numbers paragraphs at, for `checkable`.
        let in_order = parts
            .iter()
            .map(|targets| {
                let mut order: Vec<usize> = (0..targets.len()).collect();
                order.sort_by(|&a, &b| targets[a].values.cmp(&targets[b].values));
                order
            })
            .collect();
        let lost = lost_parents(&parts, &titles);
        let depths = parts
            .iter()
            .map(|targets| {
                targets
                    .iter()
                    .filter(|t| t.paragraph && !lost)
                    .map(|t| t.values.len())
                    .collect()
            })
            .collect();
        Targets {
            parts,
            titles,
            in_order,
            depths,
        }
    }

    /// How many parts there are.
    pub(crate) fn len(&self) -> usize {
        self.parts.len()
    }

    /// The targets of part `part` (none for a part that does not exist).
    pub(crate) fn in_part(&self, part: PartId) -> &[Target] {
        self.parts.get(part).map_or(&[], Vec::as_slice)
    }

    /// Whether `values` exists in `part`, itself or as the parent of a
    /// numbered paragraph.
    pub(crate) fn has(&self, part: PartId, values: &[u32]) -> bool {
        let (Some(targets), Some(order)) = (self.parts.get(part), self.in_order.get(part)) else {
            return false;
        };
        // The first target numbered `values` or after it: if any target is
        // `values` or under it, this one is.
        let at = order.partition_point(|&i| targets[i].values.as_slice() < values);
        !values.is_empty()
            && order
                .get(at)
                .is_some_and(|&i| targets[i].values.starts_with(values))
    }

    /// Whether `part` numbers its paragraphs near depth `depth`, so that a
    /// reference of that depth can be checked in it.
    pub(crate) fn checkable(&self, part: PartId, depth: usize) -> bool {
        self.depths
            .get(part)
            .is_some_and(|d| d.iter().any(|&len: &usize| len.abs_diff(depth) <= 1))
    }

    /// Whether a numbered heading of `part` is `values` or a parent of it
    /// (`4. The Consultation` for 4.5): the number belongs to that part's
    /// outline, not only to a list in it.
    fn heads(&self, part: PartId, values: &[u32]) -> bool {
        self.in_part(part)
            .iter()
            .any(|t| !t.paragraph && values.starts_with(&t.values))
    }

    /// The parts whose outline has a section over paragraph `values`, for
    /// a reference in `home` where `values` is not a section: a numbered
    /// list placed after the body ("Implications of the Report", items 1
    /// to 13, "4. Legal – …") is not where "paragraph 4.5" points when the
    /// paper has a section headed 4. Its item 4 is no section, so the
    /// reference belongs to the section headed 4, wherever it stands (the
    /// body may be split into parts by a number that restarts). None when
    /// `home` has a heading over `values` (an annex with its own section 4
    /// is where its "paragraph 4.5" points).
    pub(crate) fn outline_parts<'t>(
        &'t self,
        home: PartId,
        values: &'t [u32],
    ) -> impl Iterator<Item = PartId> + 't {
        let own = self.heads(home, values);
        (0..self.parts.len()).filter(move |&p| !own && p != home && self.heads(p, values))
    }

    /// Whether any part has `values`.
    pub(crate) fn has_anywhere(&self, values: &[u32]) -> bool {
        (0..self.parts.len()).any(|p| self.has(p, values))
    }

    /// Whether any part can check a reference of `depth`.
    pub(crate) fn checkable_anywhere(&self, depth: usize) -> bool {
        (0..self.parts.len()).any(|p| self.checkable(p, depth))
    }

    /// Where the target of `values` should have been in `part`, in words
    /// ("section 4 ends at 4.5"), with the span that shows it and what to
    /// say there.
    pub(crate) fn where_missing(
        &self,
        part: PartId,
        values: &[u32],
    ) -> (String, Option<(Span, String)>) {
        let targets = self.in_part(part);
        let order = self.in_order.get(part).map_or(&[][..], Vec::as_slice);
        let depth = values.len();
        let at = self.part_words(part);
        if depth >= 2 {
            let parent = &values[..depth - 1];
            // In number order, the numbers under `parent` run together
            // from `parent` itself: found by bisection, not by reading
            // every number (a paper may cite thousands of paragraphs).
            let from = order.partition_point(|&i| targets[i].values.as_slice() < parent);
            let under = &order[from..];
            let under = &under[..under.partition_point(|&i| targets[i].values.starts_with(parent))];
            let sibling = |&&i: &&usize| targets[i].values.len() == depth;
            let noun = if depth == 2 { "section" } else { "paragraph" };
            let parent_label = label_of(parent);
            if let (Some(&first), Some(&last)) =
                (under.iter().find(sibling), under.iter().rev().find(sibling))
            {
                let (first, last) = (&targets[first], &targets[last]);
                if values > last.values.as_slice() {
                    return (
                        format!(
                            "{noun} {parent_label}{at} ends at {}",
                            label_of(&last.values)
                        ),
                        Some((last.span, format!("{noun} {parent_label} ends here"))),
                    );
                }
                let before =
                    &under[..under.partition_point(|&i| targets[i].values.as_slice() < values)];
                return (
                    format!(
                        "{noun} {parent_label}{at} runs from {} to {} without {}",
                        label_of(&first.values),
                        label_of(&last.values),
                        label_of(values)
                    ),
                    before.iter().rev().find(sibling).map(|&i| {
                        let t = &targets[i];
                        (
                            t.span,
                            format!(
                                "{} is not followed by {}",
                                label_of(&t.values),
                                label_of(values)
                            ),
                        )
                    }),
                );
            }
            if let Some(p) = under
                .first()
                .map(|&i| &targets[i])
                .filter(|t| t.values == parent)
            {
                return (
                    format!("{noun} {parent_label}{at} has no numbered paragraphs"),
                    Some((p.span, format!("{noun} {parent_label}"))),
                );
            }
            if depth == 2 {
                return (self.top_range(part, "section", values[0]), None);
            }
            return (format!("there is no paragraph {parent_label}{at}"), None);
        }
        (self.top_range(part, "paragraph", values[0]), None)
    }

    /// "there is no section 12 (the sections run from 1 to 10)".
    fn top_range(&self, part: PartId, noun: &str, value: u32) -> String {
        let at = self.part_words(part);
        // In number order, the first and last numbers hold the lowest and
        // highest top-level values.
        let targets = self.in_part(part);
        let order = self.in_order.get(part).map_or(&[][..], Vec::as_slice);
        let top = |i: Option<&usize>| i.map(|&i| targets[i].values[0]);
        match (top(order.first()), top(order.last())) {
            (Some(_), Some(hi)) if value > hi => {
                format!("the {noun}s{at} end at {hi}")
            }
            (Some(lo), Some(hi)) => {
                format!("the {noun}s{at} run from {lo} to {hi} without {value}")
            }
            _ => format!("there is no {noun} {value}{at}"),
        }
    }

    /// " in Annex A – …" for a part after the cover report.
    fn part_words(&self, part: PartId) -> String {
        match self.titles.get(part) {
            Some(Some(title)) if part > 0 => format!(" in {title}"),
            Some(None) if part > 0 => format!(" in part {}", part + 1),
            _ => String::new(),
        }
    }
}

/// Where a paragraph reference may resolve, best first: the part it names;
/// else its own part and then the cover report; and for a reference in the
/// cover report, then the parts attached to it (a cover report may point
/// into its supporting information without naming it, and a false alarm
/// is worse than a miss). Empty when it cannot be placed (a paragraph of an
/// appendix that is not attached as a numbered part).
pub(crate) fn search_order(r: &Reference, parts: usize) -> Vec<PartId> {
    if let Some(p) = r.in_part {
        return vec![p];
    }
    if r.within.is_some() {
        return Vec::new();
    }
    if r.part == 0 {
        (0..parts.max(1)).collect()
    } else {
        vec![r.part, 0]
    }
}

/// The lettered and roman items a numbered paragraph introduces: the
/// `(a)`, `(b)`, `(c)` that follow "2.1 Council is recommended to:". They
/// are attributed to it only when the paragraph right after it is item
/// `(a)` or `(i)` in the same section and part; they then run until the
/// next decimal-numbered paragraph or the end of the section. `None` when
/// they cannot be attributed so (no items, or text between).
pub(crate) fn items_under(doc: &Document, para: ParagraphId) -> Option<Vec<&ParaNumber>> {
    let p = doc.paragraphs.get(para)?;
    let same_place = |q: &Paragraph| q.section == p.section && q.part == p.part;
    let next = doc.paragraphs.get(para + 1)?;
    let opens = next.number.as_ref().is_some_and(|n| {
        matches!(n.style, NumberStyle::Letter | NumberStyle::Roman) && n.values == [1]
    });
    if !opens || !same_place(next) {
        return None;
    }
    let mut items = Vec::new();
    for q in &doc.paragraphs[para + 1..] {
        if !same_place(q) {
            break;
        }
        match &q.number {
            Some(n) if n.style == NumberStyle::Decimal => break,
            Some(n) => items.push(n),
            None => {}
        }
    }
    Some(items)
}

/// Whether `item` (`d`, `ii`) is missing from the items a paragraph
/// introduces ([`items_under`]); gives the items of its kind when it is.
/// `None` (nothing to say) when it is there, when the paragraph's items
/// cannot be attributed to it, or when the paper has no items of its kind
/// under it (a letter cited where the items are roman, or the other way).
/// `i`, `v` and `x` are letters or roman numerals: they are reported only
/// under roman items, and only where there are no lettered ones.
pub(crate) fn missing_item<'d>(
    doc: &'d Document,
    para: ParagraphId,
    item: &str,
) -> Option<Vec<&'d ParaNumber>> {
    let items = items_under(doc, para)?;
    if items.iter().any(|n| n.label.eq_ignore_ascii_case(item)) {
        return None;
    }
    let of = |style| -> Vec<&ParaNumber> {
        items.iter().copied().filter(|n| n.style == style).collect()
    };
    let (letters, romans) = (of(NumberStyle::Letter), of(NumberStyle::Roman));
    let kind = if item.len() == 1 && !matches!(item, "i" | "v" | "x") {
        letters
    } else if letters.is_empty() {
        romans
    } else {
        Vec::new()
    };
    (!kind.is_empty()).then_some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para_numbered(doc: &Document, label: &str) -> ParagraphId {
        doc.paragraphs
            .iter()
            .position(|p| p.number.as_ref().is_some_and(|n| n.label == label))
            .unwrap()
    }

    #[test]
    fn items_under_a_paragraph() {
        let doc = crate::parse::parse(
            "## 2. Recommendations\n\n2.1 Council is recommended to:\n\n(a) adopt the plan; and\n\n(b) note the risks.\n\n2.2 Council notes the review.\n\n## 3. Background\n\n3.1 Text.\n",
        );
        let p = para_numbered(&doc, "2.1");
        let items: Vec<&str> = items_under(&doc, p)
            .unwrap()
            .iter()
            .map(|n| n.label.as_str())
            .collect();
        assert_eq!(items, ["a", "b"]);
        assert!(missing_item(&doc, p, "b").is_none());
        assert_eq!(missing_item(&doc, p, "d").map(|v| v.len()), Some(2));
        // A roman or ambiguous label under lettered items: nothing to say.
        assert!(missing_item(&doc, p, "ii").is_none());
        assert!(missing_item(&doc, p, "i").is_none());
        // No items under 2.2 or 3.1: nothing can be attributed.
        assert!(items_under(&doc, para_numbered(&doc, "2.2")).is_none());
        assert!(missing_item(&doc, para_numbered(&doc, "3.1"), "d").is_none());
    }

    #[test]
    fn items_need_to_follow_the_paragraph() {
        // Text between the paragraph and its list: not attributed.
        let doc = crate::parse::parse(
            "## 2. Proposal\n\n2.1 The scheme has three parts.\n\nThey are:\n\n(a) one;\n\n(b) two.\n",
        );
        assert!(missing_item(&doc, para_numbered(&doc, "2.1"), "d").is_none());
        // A list that does not start at (a): not attributed.
        let doc = crate::parse::parse(
            "## 2. Proposal\n\n2.1 The scheme continues:\n\n(c) three;\n\n(d) four.\n",
        );
        assert!(missing_item(&doc, para_numbered(&doc, "2.1"), "f").is_none());
    }

    #[test]
    fn labels_and_values() {
        assert_eq!(values_of("4.3"), Some(vec![4, 3]));
        assert_eq!(values_of("12"), Some(vec![12]));
        assert_eq!(values_of("1."), Some(vec![1]));
        assert_eq!(values_of("ii"), None);
        assert_eq!(values_of("2005"), None);
        assert_eq!(values_of("4..3"), None);
        assert_eq!(label_of(&[5, 2, 1]), "5.2.1");
    }

    #[test]
    fn a_number_stands_for_its_parents() {
        let doc = crate::parse::parse("## Report\n\n4.1 Text.\n\n4.2 Text.\n");
        let n = Targets::new(&doc);
        assert!(n.has(0, &[4]));
        assert!(n.has(0, &[4, 2]));
        assert!(!n.has(0, &[4, 3]));
        assert!(!n.has(0, &[]));
        assert!(!n.has(0, &[3, 1]));
        assert_eq!(n.where_missing(0, &[4, 3]).0, "section 4 ends at 4.2");
        assert!(n.checkable(0, 2));
        assert!(n.checkable(0, 1));
        assert!(!n.checkable(0, 4));
    }

    #[test]
    fn lists_restarting_under_each_heading_check_no_paragraph() {
        // Word's heading numbers lost in conversion: each heading's list
        // restarts at 1.
        let lost = "## Background\n\n1. Text.\n\n2. Text.\n\n## Charges\n\n1. Text.\n\n2. Text.\n\n## The Order\n\n1. Text.\n\n2. Text.\n";
        let n = Targets::new(&crate::parse::parse(lost));
        assert!(!n.checkable(0, 2));
        assert!(!n.checkable(0, 1));
        // Two lists, or lists beside two-level numbers, are checked.
        let two = "## Background\n\n1. Text.\n\n2. Text.\n\n## Charges\n\n1. Text.\n\n2. Text.\n";
        assert!(Targets::new(&crate::parse::parse(two)).checkable(0, 2));
        let deeper = format!("{lost}\n## Finance\n\n4.1 Text.\n");
        assert!(Targets::new(&crate::parse::parse(&deeper)).checkable(0, 2));
        // A cover report and attachments that restart their numbering
        // are checked.
        let attached = "## Report\n\n1. Text.\n\n2. Text.\n\n## Appendix A\n\n1. Text.\n\n2. Text.\n\n## Annex B\n\n1. Text.\n\n2. Text.\n";
        assert!(Targets::new(&crate::parse::parse(attached)).checkable(0, 2));
        // Paragraphs numbered straight through are checked.
        let straight =
            "## Background\n\n1. Text.\n\n2. Text.\n\n## Charges\n\n3. Text.\n\n4. Text.\n";
        assert!(Targets::new(&crate::parse::parse(straight)).checkable(0, 2));
    }
}
