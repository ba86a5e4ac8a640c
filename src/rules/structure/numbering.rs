//! # numbering
//!
//! ## What it checks
//! Within one numbered part (the cover report, an attached action plan or
//! annex that starts again at 1), the paragraph and heading numbers run in
//! order:
//!
//! - no number is skipped (4.3 followed by 4.5), repeated (4.3 twice) or
//!   goes backwards (4.3 followed by 4.1); a number written twice where
//!   the next one shows what it should be (4.2, 4.2, 4.4) is one mistake,
//!   reported once, with the number it should have;
//! - a sub-paragraph has its parent: no 3.2.1 unless there is a 3.2;
//! - a lettered, roman or bracketed list starts at its beginning: `(a)`,
//!   `i)`, `(1)`, not `(b)` or `ii)`;
//! - and skips no item: `ii)` then `iv)` within one section (unless items
//!   of the other kind written alike stand between, as in a letter list
//!   whose `(i)` reads as roman, or a list nested in another).
//!
//! A restart at 1 begins a new part and is not a finding, nor is a short
//! numbered list (`1.`, `2.`, `3.`) set inside decimal paragraphs, nor a
//! list of recommendations numbered from 1 again inside running numbers
//! ("2. Recommendations", "1. That …", "2. That …", then paragraph 3, as
//! the parser reads it): such a list is checked as a list of its own.
//! Nor is a section numbered by its row of an implications table earlier
//! in the paper part of the sequence: templates that explain each
//! implication the table marks yes number the explanations by the rows
//! (`2. Legal`, `3. Finance`, `7. Physical Assets` under a table whose
//! second, third and seventh rows they are).
//! Numbered headings take part (`## 8. Equalities` between 7.2 and 9.1),
//! but `Section 2:` labels are a sequence of their own and are not
//! checked. Word's conversion debris (`5.2**`) is read as the number.
//! Where the structure is ambiguous the rule stays silent: a top-level
//! number whose gap is filled by a heading whose number the parser could
//! not read, or by a heading printed beside the one before it (PDF text
//! laid out in two columns: `7.  FINANCIAL IMPLICATIONS      8.  LEGAL
//! IMPLICATIONS`), or by a section's number alone on its line over its
//! title (plain `pdftotext`: `6` / `Implications`, a section holding only
//! a table); a list that may continue one started elsewhere in the part.
//! The numbers of an appendix list's entries (`Appendices:   1   Proposed
//! fares` / `2   Ticket sales`) are the appendices', not paragraphs'.
//!
//! ## Why it matters
//! Paragraph numbers are how members, officers and the minutes refer to a
//! report. A skipped or repeated number usually means a paragraph was
//! deleted or pasted during drafting, and every reference to the paragraphs
//! after it may now point at the wrong one; a list starting at ii) has lost
//! its first item.
//!
//! ## Configuration
//! No parameters. Turn it off for a pack with `severity = "off"`.
//!
//! ## Example
//! ```text
//! 3.3 The procurement was carried out ...
//!
//! 3.5 Five tenders were received ...
//! ```
//! is reported as "paragraph 3.5 follows 3.3: there is no 3.4".

use crate::document::{AppendixSource, Document, HeadingStyle, NumberStyle, Paragraph, Span};
use crate::parse::inline::plain;
use crate::rules::xref::{label_of, values_of};
use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::Template;
use std::borrow::Cow;

pub(crate) static KIND: Kind = Kind {
    name: "numbering",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("numbering.rs"),
    compile: compile::<Numbering>,
};

struct Numbering;

impl Configure for Numbering {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(Numbering)
    }
}

impl Rule for Numbering {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        // Each part's sections, paragraphs and tables, gathered in one pass
        // (a paper with many parts must not be read once per part).
        let parts = cx.doc.parts.len().max(1);
        let mut by_part: Vec<PartContent<'_>> =
            (0..parts).map(|_| PartContent::default()).collect();
        for s in &cx.doc.sections {
            by_part[s.part.min(parts - 1)].sections.push(s);
        }
        for p in &cx.doc.paragraphs {
            by_part[p.part.min(parts - 1)].paragraphs.push(p);
        }
        for t in &cx.doc.tables {
            let part = cx
                .doc
                .parts
                .partition_point(|p| p.span.start <= t.span.start)
                .saturating_sub(1);
            by_part[part.min(parts - 1)].tables.push(t);
        }
        let rows = std::cell::OnceCell::new();
        for content in &by_part {
            outline(cx, content, &rows, &mut out);
        }
        lists(cx, &mut out);
        out
    }
}

// ----- the outline: decimal paragraphs and numbered headings ------------------

/// What one numbered part holds.
#[derive(Default)]
struct PartContent<'d> {
    sections: Vec<&'d crate::document::Section>,
    paragraphs: Vec<&'d Paragraph>,
    tables: Vec<&'d crate::document::Table>,
}

/// One number of a part's outline.
#[derive(Debug, Clone)]
struct Item<'d> {
    /// A paragraph's numbers borrowed from the paper; a heading's or a
    /// row's read from its text.
    values: Cow<'d, [u32]>,
    span: Span,
    heading: bool,
    /// A table row's number: it shows a number exists, and is never
    /// reported itself.
    silent: bool,
    /// Written with a zero after the section's number (`2.0`, read as 2).
    zero: bool,
    /// A heading's shape: whether its line is a `#` heading, and its
    /// style (see [`nested_outlines`]). `None` for a paragraph or a row.
    shape: Option<(bool, HeadingStyle)>,
}

/// A number as the outline reads it: `2.0` is section 2's own number (in
/// outlines numbered 1.0, 1.1, 2.0, 2.1), so 2.1 after it is its first
/// paragraph. Says whether a zero was dropped.
fn without_zero(values: &[u32]) -> (&[u32], bool) {
    match values {
        [top, 0] if *top > 0 => (&values[..1], true),
        _ => (values, false),
    }
}

impl Item<'_> {
    fn noun(&self) -> &'static str {
        if self.heading {
            "heading"
        } else {
            "paragraph"
        }
    }
}

/// Whether a numbered paragraph belongs to the outline: decimal, not in
/// brackets, multi-level or not indented into a list; and its text does
/// not start in lower case (a wrapped line such as "2.5 million people"),
/// unless the number stands alone on its line, as PDF text sets a
/// paragraph's number apart from its text (`2.1` / `accept the grant;`):
/// a figure wrapped from running text keeps its words beside it.
fn is_outline(cx: &Context<'_>, p: &Paragraph) -> bool {
    let Some(n) = &p.number else {
        return false;
    };
    if n.style != NumberStyle::Decimal || n.parenthesised {
        return false;
    }
    if (n.values.len() == 1 && p.indent > 0) || p.own_list || is_appendix_entry(cx, p) {
        return false;
    }
    let alone = n.values.len() > 1
        && cx.text.get(n.span.end..p.text.end).is_some_and(|rest| {
            let gap = rest.len() - rest.trim_start().len();
            rest[..gap].contains('\n')
        });
    (alone || !crate::parse::inline::starts_lowercase(p.text.of(cx.text)))
        && !closed_list_in_running(cx, p)
}

/// The most numbered paragraphs looked back over for the running number
/// before a list numbered `1)`.
const MAX_LOOK_BACK: usize = 64;

/// Whether a paragraph is an item of a list numbered `1)`, `2)`, `3)`
/// inside running numbering written `25.` (recommendations between
/// paragraphs 25 and 26): a single number closed by a bracket, the items
/// before it in the part `1)` and others closed alike, rising to its own
/// (a gap is the list's to report), and before them a
/// running number of the outline above 1 written otherwise. Such a list is
/// its own, not the running sequence (as the parser reads it: no new
/// part).
fn closed_list_in_running(cx: &Context<'_>, p: &Paragraph) -> bool {
    let closed = |n: &crate::document::ParaNumber| {
        n.style == NumberStyle::Decimal
            && !n.parenthesised
            && n.values.len() == 1
            && n.span.of(cx.text).ends_with(')')
    };
    let Some(n) = p.number.as_ref().filter(|n| closed(n)) else {
        return false;
    };
    let paragraphs = &cx.doc.paragraphs;
    let at = paragraphs.partition_point(|q| q.span.start < p.span.start);
    let mut expect = n.values[0];
    for q in paragraphs[..at]
        .iter()
        .rev()
        .filter(|q| q.number.is_some())
        .take(MAX_LOOK_BACK)
    {
        let Some(m) = q.number.as_ref() else {
            continue;
        };
        if q.part != p.part {
            return false;
        }
        if m.style != NumberStyle::Decimal || m.parenthesised || m.values.len() != 1 || q.indent > 0
        {
            continue;
        }
        if !closed(m) {
            return expect == 1 && m.values[0] > 1;
        }
        if expect == 1 || m.values[0] >= expect {
            return false;
        }
        expect = m.values[0];
    }
    false
}

/// Whether a numbered paragraph is really a row of a tab-separated table
/// the parser could not hold together (`2.3<TAB>Ensure that…<TAB>Oct '03`):
/// more cells after the number, or a table on the line next to it. An
/// action plan's rows number recommendations, not paragraphs.
fn is_table_row(cx: &Context<'_>, p: &Paragraph) -> bool {
    // (memchr: paragraphs are long, and the standard library's search for
    // a character is not vectorised.)
    let has_tab = |s: &str| memchr::memchr(b'\t', s.as_bytes()).is_some();
    if has_tab(p.text.of(cx.text).trim()) {
        return true;
    }
    if !has_tab(&cx.text[p.span.start..p.text.start]) {
        return false;
    }
    // The last character before the paragraph and the first after it.
    let line_before = cx.text[..p.span.start].trim_end().len().saturating_sub(1);
    let rest = &cx.text[p.span.end..];
    let line_after = p.span.end + (rest.len() - rest.trim_start().len());
    cx.doc.tables.iter().any(|t| {
        (t.span.start <= line_before && line_before <= t.span.end)
            || (t.span.start <= line_after && line_after <= t.span.end)
    })
}

/// The outline items of `part`, in document order: numbered headings
/// (`Section 2:` labels apart), numbered paragraphs, and, silent, the
/// numbers of table rows.
fn outline_items<'d>(
    cx: &Context<'_>,
    content: &PartContent<'d>,
) -> (Vec<Item<'d>>, Vec<Item<'d>>) {
    let headings: Vec<Item> = content
        .sections
        .iter()
        .filter(|s| s.style != HeadingStyle::SectionLabel)
        .filter(|s| !in_appendix_list(cx, s.heading.start))
        .filter_map(|s| {
            let values = values_of(s.number.as_deref()?)?;
            let (kept, zero) = without_zero(&values);
            let atx = cx.text[s.heading.start..].starts_with('#');
            Some(Item {
                values: Cow::Owned(kept.to_vec()),
                span: s.heading,
                heading: true,
                silent: false,
                zero,
                shape: Some((atx, s.style)),
            })
        })
        .collect();
    let mut paragraphs: Vec<Item> = content
        .paragraphs
        .iter()
        .filter(|p| is_outline(cx, p))
        .filter_map(|p| {
            let n = p.number.as_ref()?;
            let (values, zero) = without_zero(&n.values);
            Some(Item {
                values: Cow::Borrowed(values),
                span: n.span,
                heading: false,
                silent: is_table_row(cx, p),
                zero,
                shape: None,
            })
        })
        .collect();
    for t in &content.tables {
        for row in &t.rows {
            let Some(first) = row.cells.iter().find(|c| !c.text.is_empty()) else {
                continue;
            };
            if let Some(values) = values_of(&first.text) {
                paragraphs.push(Item {
                    values: Cow::Owned(values),
                    span: first.span,
                    heading: false,
                    silent: true,
                    zero: false,
                    shape: None,
                });
            }
        }
    }
    paragraphs.sort_by_key(|i| i.span.start);
    (headings, paragraphs)
}

/// The implications tables' rows (see [`implication_rows`]), read when
/// first needed.
type Rows = std::cell::OnceCell<Vec<RowNames>>;

fn outline(cx: &Context<'_>, content: &PartContent<'_>, rows: &Rows, out: &mut Vec<Finding>) {
    let (headings, paragraphs) = outline_items(cx, content);
    let mut all: Vec<Item> = headings.iter().chain(&paragraphs).cloned().collect();
    all.sort_by_key(|i| i.span.start);
    let (outer, nested) = nested_outlines(all);
    for inner in &nested {
        outline_of(cx, inner, rows, out);
    }
    outline_of(cx, &outer, rows, out);
}

/// Splits off the outlines nested under a numbered heading that start
/// again at 1 in headings of another shape: a house annex whose top-level
/// items are `#` headings (`# **1. IMPLICATIONS …**`, `# **2. BACKGROUND
/// PAPERS**`) and whose first item holds sub-sections numbered 1 to 5 as
/// bold lines (`**1. Strategic Implications**`, 1.1, `**2. Resource
/// Implications**`, 2.1 …). Two levels written in the same numerals: each
/// nested outline runs from its heading 1 to the next heading shaped as
/// the one above it, and is checked on its own; the outer numbers go on
/// past it. Gives the outer items and each nested outline.
fn nested_outlines(all: Vec<Item<'_>>) -> (Vec<Item<'_>>, Vec<Vec<Item<'_>>>) {
    let mut outer = Vec::new();
    let mut nested: Vec<Vec<Item>> = Vec::new();
    // The shape of the heading a nested outline sits under, while in one.
    let mut under: Option<(bool, HeadingStyle)> = None;
    for it in all {
        if let Some(shape) = under {
            if it.shape == Some(shape) && it.values.len() == 1 {
                under = None;
            } else {
                nested.last_mut().expect("opened").push(it);
                continue;
            }
        }
        let opens = matches!(outer.last(), Some(Item { shape: Some(above), values, .. })
            if values.len() == 1
                && it.values[..] == [1]
                && it.shape.is_some_and(|s| s != *above));
        if opens {
            under = outer.last().and_then(|o: &Item| o.shape);
            nested.push(vec![it]);
            continue;
        }
        outer.push(it);
    }
    (outer, nested)
}

/// Checks the outline items of one part, or of an outline nested in it.
fn outline_of(cx: &Context<'_>, all: &[Item<'_>], rows: &Rows, out: &mut Vec<Finding>) {
    // Top-level numbers on both headings and paragraphs: two sequences,
    // the headings with their sub-paragraphs (4, 4.1, 4.2) and the
    // single-number paragraphs (running numbers 1 to 20 under headings 1,
    // 2, 3; or a short list 1, 2, 3 inside section 4).
    let top_heading = all.iter().any(|i| i.heading && i.values.len() == 1);
    let top_paragraph = all
        .iter()
        .any(|i| !i.heading && i.values.len() == 1 && !i.silent);
    if top_heading && top_paragraph {
        // A single-number paragraph followed by a sub-paragraph of its own
        // ("10. Planning, policy and performance information" then 10.1)
        // is a heading the parser read as a paragraph: it stays in the
        // outline.
        let heads_its_own = |idx: usize| {
            all.get(idx + 1)
                .is_some_and(|o| o.values.len() > 1 && o.values[0] == all[idx].values[0])
        };
        let mut single = Vec::new();
        let mut outline = Vec::new();
        for (idx, i) in all.iter().enumerate() {
            if !i.heading && !i.silent && i.values.len() == 1 && !heads_its_own(idx) {
                single.push(i.clone());
            } else {
                outline.push(i.clone());
            }
        }
        walk(cx, &outline, all, rows, out);
        walk(cx, &single, all, rows, out);
    } else {
        walk(cx, all, all, rows, out);
    }
}

/// Whether `v` may follow `p`: a next sibling at some level, or a first
/// child, with every deeper level at 1 (4.3 → 4.4, 4.3 → 4.3.1, 4.5 → 5,
/// 4.5 → 5.1, 3.2.1 → 3.3).
fn follows(p: &[u32], v: &[u32]) -> bool {
    (0..v.len()).any(|k| {
        k <= p.len()
            && v[..k] == p[..k]
            && v[k] == if k < p.len() { p[k] + 1 } else { 1 }
            && v[k + 1..].iter().all(|&x| x == 1)
    })
}

/// The numbers missing between `p` and `v` (which does not follow `p` and
/// is not before it): "3.4", "4.1", "4.3 to 4.5".
fn missing(p: &[u32], v: &[u32]) -> String {
    let k = p.iter().zip(v).take_while(|(a, b)| a == b).count();
    let range = |prefix: &[u32], from: u32, to: u32| {
        if to < from {
            // "4.0": nothing sensible is missing before it.
            return label_of(v);
        }
        let mut a = prefix.to_vec();
        a.push(from);
        if from == to {
            label_of(&a)
        } else {
            let mut b = prefix.to_vec();
            b.push(to);
            format!("{} to {}", label_of(&a), label_of(&b))
        }
    };
    if k < p.len() && k < v.len() && v[k] > p[k] + 1 {
        return range(&v[..k], p[k] + 1, v[k] - 1);
    }
    // The level steps on correctly; a deeper level does not start at 1.
    let start = if k < p.len() { k + 1 } else { k };
    match (start..v.len()).find(|&j| v[j] != 1) {
        Some(j) => range(&v[..j], 1, v[j].saturating_sub(1)),
        None => label_of(v),
    }
}

/// Checks one sequence of outline items; `all` is every outline item of
/// the part (for parents); `rows` the implications tables' rows.
fn walk(cx: &Context<'_>, seq: &[Item], all: &[Item], rows: &Rows, out: &mut Vec<Finding>) {
    let mut prev: Option<&Item> = None;
    // Parents already reported missing: 5.2.2 after 5.2.1 says nothing new.
    let mut orphaned: Vec<Vec<u32>> = Vec::new();
    // A short list 1., 2., 3. inside decimal paragraphs: its next number.
    let mut list_next: Option<u32> = None;
    // The last table row since `prev`: what follows it is in order too.
    let mut row: Option<&Item> = None;
    // The number a repeated one was meant to have, where the next number
    // shows it (4.2, 4.2, 4.4: the second 4.2 is 4.3): what follows it is
    // in order, one mistake reported once.
    let mut meant: Option<Vec<u32>> = None;
    for (at, it) in seq.iter().enumerate() {
        if it.silent {
            row = Some(it);
            continue;
        }
        let after_row = row.take().is_some_and(|r| follows(&r.values, &it.values));
        let after_meant = meant.take().is_some_and(|m| follows(&m, &it.values));
        let Some(p) = prev else {
            prev = Some(it);
            continue;
        };
        if appendix_between(cx, p.span.start, it.span.start) {
            // An appendix attached without a restart at 1: its numbering
            // is its own.
            prev = Some(it);
            list_next = None;
            continue;
        }
        // "4" then "4.0" is one number written twice over.
        let same_zeroed = it.values == p.values && (it.zero || p.zero);
        if after_row || after_meant || same_zeroed || follows(&p.values, &it.values) {
            let parent = &it.values[..it.values.len() - 1];
            if !orphaned.iter().any(|o| o == parent) {
                if let Some(d) = orphan(it, all) {
                    orphaned.push(parent.to_vec());
                    out.push(d);
                }
            }
            prev = Some(it);
            list_next = None;
            continue;
        }
        if it.values.len() == 1 && !it.heading && list_next == Some(it.values[0]) {
            list_next = Some(it.values[0] + 1);
            continue;
        }
        if it.values.iter().all(|&x| x == 1) {
            // A restart: a list inside the outline, or numbering that
            // begins again (a new part the parser did not split off).
            if it.values.len() == 1 && !it.heading && p.values.len() > 1 {
                list_next = Some(2);
            } else {
                prev = Some(it);
                list_next = None;
            }
            continue;
        }
        list_next = None;
        // A section numbered by its row of the implications table above
        // ("7. Physical Assets", the table's seventh row): outside the
        // paper's numbering, which goes on from `p`.
        if numbered_by_its_row(cx, rows.get_or_init(|| implication_rows(cx)), it) {
            continue;
        }
        let (pv, v) = (label_of(&p.values), label_of(&it.values));
        // A section number used twice ("4 Other Factors", then 4.1 to 4.3,
        // then "4 Recommendations").
        let earlier_heading = it.heading
            && all
                .iter()
                .any(|o| o.heading && o.values == it.values && o.span.start < it.span.start);
        let message = if earlier_heading {
            format!("section {v} is numbered the same as an earlier section {v}")
        } else if it.values == p.values {
            let next = seq[at + 1..].iter().find(|n| !n.silent);
            let mut step = it.values.to_vec();
            if let Some(last) = step.last_mut() {
                *last += 1;
            }
            // Only where the next number skips the repeated one's
            // successor, so that the repeat is the one it skipped.
            let shows = |n: &&Item| follows(&step, &n.values) && !follows(&it.values, &n.values);
            match next.filter(shows) {
                Some(n) => {
                    let (shown, nv) = (label_of(&step), label_of(&n.values));
                    meant = Some(step);
                    format!(
                        "{} {v} is numbered the same as the one before it; \
                         coming before {nv}, it should be {shown}",
                        it.noun()
                    )
                }
                None => format!(
                    "{} {v} is numbered the same as the one before it",
                    it.noun()
                ),
            }
        } else if it.values < p.values {
            format!(
                "{} {v} follows {pv}: the numbering goes backwards",
                it.noun()
            )
        } else {
            // The gap is filled by an item of the other sequence ("11.
            // Recommendation(s):" read as paragraph 11 between 10.3 and
            // heading 12).
            let filled = all.iter().any(|x| {
                x.span.start > p.span.start
                    && x.span.start < it.span.start
                    && follows(&p.values, &x.values)
                    && follows(&x.values, &it.values)
            });
            if filled
                || gap_has_unread_heading(cx, p, it)
                || gap_in_side_column(cx, p, it)
                || gap_has_number_over_title(cx, p, it)
            {
                prev = Some(it);
                continue;
            }
            let gap = missing(&p.values, &it.values);
            format!("{} {v} follows {pv}: there is no {gap}", it.noun())
        };
        out.push(
            Finding::new(it.span, message)
                .subject(v.clone())
                .label(format!("numbered {v}"))
                .secondary(p.span, format!("after {pv}"))
                .help("renumber the paragraphs so they run in order, and check the references to them"),
        );
        prev = Some(it);
    }
}

/// The names of an implications table's rows in order (the first row's
/// number is 1), and where the table starts.
struct RowNames {
    start: usize,
    names: Vec<String>,
}

/// The fewest rows of a table written one cell per line.
const MIN_ROWS: usize = 3;

/// The paper's implications tables, each as its rows' names in the order
/// it gives them: those the parser read (`| Legal | Yes |`), and those
/// that PDF text writes one cell per line, a name over its mark (`Legal`
/// / `YES` / `Finance` / `YES` / `ICT` / `NONE`), three rows or more.
/// Names normalised as [`row_key`] has them. Read once a paper, at the
/// first number out of order.
fn implication_rows(cx: &Context<'_>) -> Vec<RowNames> {
    let mut out: Vec<RowNames> = Vec::new();
    let mut table = usize::MAX;
    for imp in &cx.doc.implications {
        if imp.table != table || out.is_empty() {
            table = imp.table;
            out.push(RowNames {
                start: imp.span.start,
                names: Vec::new(),
            });
        }
        if let Some(last) = out.last_mut() {
            last.names.push(row_key(&imp.name));
        }
    }
    // Runs of a name line over a mark line, blank lines aside.
    let text = cx.text;
    let mut run: Option<RowNames> = None;
    let mut name: Option<(usize, &str)> = None;
    let mut at = 0;
    fn close(run: &mut Option<RowNames>, out: &mut Vec<RowNames>) {
        if let Some(r) = run.take().filter(|r| r.names.len() >= MIN_ROWS) {
            out.push(r);
        }
    }
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        let line = text[at..end].trim();
        let start = at;
        at = end + 1;
        if line.is_empty() {
            continue;
        }
        if is_mark_word(line) {
            match name.take() {
                Some((from, n)) => run
                    .get_or_insert(RowNames {
                        start: from,
                        names: Vec::new(),
                    })
                    .names
                    .push(row_key(n)),
                None => close(&mut run, &mut out),
            }
            continue;
        }
        if name.is_some() {
            // Two names running: the run, if any, ended before the first.
            close(&mut run, &mut out);
        }
        name = is_row_name(line).then_some((start, line));
    }
    close(&mut run, &mut out);
    out
}

/// Whether a line is only a mark of a Yes/No table: "YES", "No", "NONE",
/// "N/A".
fn is_mark_word(line: &str) -> bool {
    let line = line.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    ["yes", "no", "none", "n/a"]
        .iter()
        .any(|w| line.eq_ignore_ascii_case(w))
}

/// Whether a line may name a row of an implications table: one to six
/// words, the first with a capital, no sentence end.
fn is_row_name(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=6).contains(&words)
        && line.starts_with(|c: char| c.is_uppercase())
        && !line.ends_with(['.', ':', ';', '?', '!'])
}

/// A row's name or a section's title as they are compared: normalised,
/// "implications" after it dropped ("Staffing Implications", "Staffing").
fn row_key(name: &str) -> String {
    let key = crate::template::normalise(name);
    match key.strip_suffix(" implications") {
        Some(bare) => bare.to_string(),
        None => key,
    }
}

/// Whether single-number item `it` is numbered by its row in an
/// implications table before it: its title (the rest of its line) names
/// that table's row of its number (`7. Physical Assets`, the seventh row
/// `Physical Assets` / `YES`). Templates that explain each implication
/// the table marks yes number the explanations so (2. Legal, 3. Finance,
/// 7. Physical Assets), not in the paper's sequence.
fn numbered_by_its_row(cx: &Context<'_>, rows: &[RowNames], it: &Item) -> bool {
    let [value] = it.values[..] else {
        return false;
    };
    let Some(at) = (value as usize).checked_sub(1) else {
        return false;
    };
    let candidates = || rows.iter().filter(|r| r.start < it.span.start);
    if candidates().all(|r| r.names.len() <= at) {
        return false;
    }
    // The item's line, past its number.
    let line_start = cx.text[..it.span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &cx.text.as_bytes()[it.span.start..])
        .map_or(cx.text.len(), |i| it.span.start + i);
    let line = plain(&cx.text[line_start..line_end]);
    let title = line
        .trim_start_matches(|c: char| c == '#' || c.is_whitespace())
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches(['.', ')'])
        .trim();
    if title.is_empty() {
        return false;
    }
    let key = row_key(title);
    candidates().any(|r| r.names.get(at).is_some_and(|n| *n == key))
}

/// Whether the one top-level number missing between `p` and `it` is
/// printed as a heading in a second column of a line from the heading
/// over `p` up to `it`: a line that opens with a number and has, after a
/// gap of three spaces or more, the missing number and a title in
/// capitals ("1.   PURPOSE          2.   RECOMMENDATION", as pdftotext lays
/// out two sections side by side). Its paragraphs are in that column too,
/// beyond what the parser reads as a line's paragraph.
fn gap_in_side_column(cx: &Context<'_>, p: &Item, it: &Item) -> bool {
    if it.values.len() != 1 || it.values[0] != p.values[0] + 2 {
        return false;
    }
    let missing = (p.values[0] + 1).to_string();
    let from = cx
        .doc
        .sections
        .iter()
        .map(|s| s.heading.start)
        .filter(|&h| h <= p.span.start)
        .max()
        .unwrap_or(p.span.start);
    let lines = &cx.text[from..it.span.start.max(from)];
    lines.lines().any(|line| {
        let t = line.trim_start();
        if !t.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        line.match_indices("   ").any(|(at, _)| {
            let rest = line[at..].trim_start();
            rest.strip_prefix(missing.as_str())
                .and_then(|r| r.strip_prefix('.').or(Some(r)))
                .filter(|r| r.starts_with(char::is_whitespace))
                .is_some_and(|r| {
                    // The title: words, the first a capitalised word of
                    // three letters or more, to the end or the next gap.
                    let title = r.trim_start();
                    let title = title.split("   ").next().unwrap_or("");
                    let first = title.split_whitespace().next().unwrap_or("");
                    first.len() >= 3
                        && first.starts_with(|c: char| c.is_uppercase())
                        && first.chars().all(char::is_alphabetic)
                        && !title.contains(|c: char| c.is_ascii_digit())
                })
        })
    })
}

/// The most spaces before a section's number alone on its line: a page
/// number in PDF text laid out is centred or set to the right.
const MAX_NUMBER_INDENT: usize = 4;

/// Whether the one section number missing between `p` and `it` stands
/// alone on its line over its title, as plain `pdftotext` sets a heading
/// (`6` / `Implications`), in a section that holds no numbered paragraph
/// (only a table flattened one cell a line): the parser reads such a
/// number as text, and it is there. The number (`6` or `6.`) fills the
/// whole gap (5.1, `6`, 7.1); it is at the margin (up to
/// [`MAX_NUMBER_INDENT`] spaces), under a blank line or opening a page;
/// its title is straight under it on the same page (a title's words, see
/// [`is_title_like`](crate::parse::inline::is_title_like), up to eight),
/// and a blank line follows the title (or the page ends). A number ending
/// a page (a page number) is none, nor one inside running text.
fn gap_has_number_over_title(cx: &Context<'_>, p: &Item, it: &Item) -> bool {
    let Some(&top) = p.values.first() else {
        return false;
    };
    let number = [top + 1];
    if !(follows(&p.values, &number) && follows(&number, &it.values)) {
        return false;
    }
    let gap = &cx.text[p.span.end.min(it.span.start)..it.span.start];
    let wanted = number[0].to_string();
    let lines: Vec<&str> = gap.split('\n').collect();
    let blank = |l: &str| l.trim_matches(|c: char| c.is_whitespace()).is_empty();
    // The first piece is the rest of `p`'s line, the last the start of
    // `it`'s: neither is a whole line of the gap.
    (1..lines.len().saturating_sub(3)).any(|k| {
        let line = lines[k];
        let opens_page = line.starts_with('\u{c}');
        let body = line.trim_start_matches('\u{c}');
        let indent = body.len() - body.trim_start_matches(' ').len();
        let core = body.trim();
        let core = core.strip_suffix('.').unwrap_or(core);
        if core != wanted || indent > MAX_NUMBER_INDENT || !(opens_page || blank(lines[k - 1])) {
            return false;
        }
        let title = lines[k + 1];
        let after = lines[k + 2];
        !title.contains('\u{c}')
            && crate::parse::inline::is_title_like(plain(title).trim(), 8)
            && (blank(after) || after.starts_with('\u{c}'))
    })
}

/// Whether `at` is inside an appendix list, past its list line: a
/// numbered line there is an entry ("Appendices" / "1." / "Statement of
/// Licensing Policy"), numbered as the appendices are, not a section.
fn in_appendix_list(cx: &Context<'_>, at: usize) -> bool {
    cx.doc
        .appendix_lists
        .iter()
        .any(|l| !l.heading.is_empty() && l.heading.end <= at && at < l.span.end)
}

/// Whether a paragraph numbered at one level is an entry of an appendix
/// list: an entry the list reader took starts on its first line (`2
/// Ticket sales by route` under `Appendices:   1   Proposed fares`, `1.
/// Appendix A – Site plan` under `Appendices`). Its number is the list's.
/// A number of two levels or more (`8.1   Appendix 1 – Policy`) is the
/// outline's, whatever its paragraph lists.
fn is_appendix_entry(cx: &Context<'_>, p: &Paragraph) -> bool {
    if p.number.as_ref().is_none_or(|n| n.values.len() != 1) {
        return false;
    }
    let line = crate::parse::line::line_start(cx.text, p.span.start);
    let end = cx.text[line..]
        .find('\n')
        .map_or(cx.text.len(), |i| line + i);
    cx.doc.appendices.iter().any(|d| {
        matches!(d.source, AppendixSource::List | AppendixSource::Unattached)
            && (line..end).contains(&d.span.start)
    })
}

/// Whether an appendix or annex heading stands between two positions.
fn appendix_between(cx: &Context<'_>, from: usize, to: usize) -> bool {
    cx.doc
        .appendices
        .iter()
        .any(|d| d.source == AppendixSource::Heading && d.span.start > from && d.span.start < to)
}

/// A sub-paragraph of three or more levels whose parent does not exist
/// (5.2.1 with no 5.2). Two-level numbers are not checked: their parent is
/// often a heading whose number is not written as one.
fn orphan(it: &Item, all: &[Item]) -> Option<Finding> {
    if it.values.len() < 3 {
        return None;
    }
    let parent = &it.values[..it.values.len() - 1];
    if all.iter().any(|o| o.values == parent) {
        return None;
    }
    let (v, pv) = (label_of(&it.values), label_of(parent));
    Some(
        Finding::new(
            it.span,
            format!(
                "{} {v} is numbered as part of {pv}, but there is no {pv}",
                it.noun()
            ),
        )
        .subject(v.clone())
        .label(format!("numbered {v}"))
        .help(format!(
            "number it as a paragraph of its own, or add paragraph {pv} above it"
        )),
    )
}

/// Whether a heading between two items starts with a number the outline
/// lacks ("5 Options" written without the full stop the parser needs), so
/// the gap may not be one.
fn gap_has_unread_heading(cx: &Context<'_>, p: &Item, it: &Item) -> bool {
    cx.doc.sections.iter().any(|s| {
        if !(s.heading.start > p.span.start && s.heading.start < it.span.start)
            || s.number.is_some()
        {
            return false;
        }
        let text = plain(s.heading.of(cx.text));
        let text = text.trim_start_matches(|c: char| c == '#' || c.is_whitespace());
        // "## 9 Annexes", or "## Section 9: Annexes" read without its number.
        let text = ["section ", "part "]
            .iter()
            .find_map(|w| {
                text.get(..w.len())
                    .filter(|h| h.eq_ignore_ascii_case(w))
                    .map(|_| &text[w.len()..])
            })
            .unwrap_or(text);
        text.starts_with(|c: char| c.is_ascii_digit())
    })
}

// ----- lists: (a), ii), (1) ----------------------------------------------------

/// A list item outside the outline: lettered, roman, bracketed, or an
/// indented single number.
fn list_item(cx: &Context<'_>, p: &Paragraph) -> bool {
    p.number.is_some() && !is_outline(cx, p) && !is_appendix_entry(cx, p) && {
        let n = p.number.as_ref().expect("checked");
        n.style != NumberStyle::Decimal
            || n.parenthesised
            || (n.values.len() == 1 && p.indent > 0)
            || p.own_list
            || closed_list_in_running(cx, p)
    }
}

/// The value a single-letter roman numeral (`i`, `v`, `x`) has as a letter.
fn as_letter(label: &str) -> Option<u32> {
    match label {
        "i" => Some(9),
        "v" => Some(22),
        "x" => Some(24),
        _ => None,
    }
}

/// The first item of each kind of list in a section must be its first
/// (`(a)`, `i)`, `(1)`), unless the part has the item before it elsewhere
/// (a list continued after a paragraph or a heading).
fn lists(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let doc: &Document = cx.doc;
    let items: Vec<&Paragraph> = doc.paragraphs.iter().filter(|p| list_item(cx, p)).collect();
    for (idx, p) in items.iter().enumerate() {
        let n = p.number.as_ref().expect("list items are numbered");
        let value = n.values[0];
        if value == 1 || n.values.len() != 1 {
            continue;
        }
        // "(c) Crown copyright" under a map is no list.
        // (The text read only for an item "(c)".)
        let copyright = || {
            let after = plain(p.text.of(cx.text)).to_ascii_lowercase();
            after.starts_with("copyright") || after.starts_with("crown")
        };
        if n.label == "c" && copyright() {
            continue;
        }
        let earlier = &items[..idx];
        let first_in_section = !earlier
            .iter()
            .any(|q| q.section == p.section && same_kind(q, p));
        if !first_in_section {
            if let Some(f) = skipped_in_list(cx, earlier, p) {
                out.push(f);
            }
            continue;
        }
        let continues = earlier.iter().any(|q| {
            let qn = q.number.as_ref().expect("numbered");
            q.part == p.part
                && ((same_kind(q, p) && qn.values[0] + 1 == value)
                    || (qn.style == NumberStyle::Letter
                        && n.style == NumberStyle::Roman
                        && as_letter(&n.label) == Some(qn.values[0] + 1))
                    || (qn.style == NumberStyle::Roman
                        && n.style == NumberStyle::Letter
                        && as_letter(&qn.label).map(|l| l + 1) == Some(value)))
        });
        if continues {
            continue;
        }
        let written = n.span.of(cx.text).trim().to_string();
        let first = match n.style {
            NumberStyle::Letter => "a",
            NumberStyle::Roman => "i",
            NumberStyle::Decimal => "1",
        };
        // "ii)" → "i)", "(b)" → "(a)", keeping the author's brackets and case.
        let first = match written.to_ascii_lowercase().find(&n.label) {
            Some(at) => {
                let upper = written[at..].starts_with(|c: char| c.is_ascii_uppercase());
                let label = if upper {
                    first.to_ascii_uppercase()
                } else {
                    first.to_string()
                };
                format!(
                    "{}{label}{}",
                    &written[..at],
                    &written[at + n.label.len()..]
                )
            }
            None => first.to_string(),
        };
        out.push(
            Finding::new(
                n.span,
                format!("this list starts at {written}: there is no {first} before it"),
            )
            .subject(n.label.clone())
            .label(format!("the first item is numbered {written}"))
            .help(format!(
                "number the list from {first}, or restore the item that is missing"
            )),
        );
    }
}

/// A list item that skips values after the item of its list before it in
/// the section (`ii)` then `iv)`): the same style, brackets and stop, no
/// value between. Items of the other style written alike between them
/// (`(h)`, `(i)`, `(j)` with (i) read as roman; a nested list) make it no
/// gap, nor is a value that goes back (a list nested or begun again).
fn skipped_in_list(cx: &Context<'_>, earlier: &[&Paragraph], p: &Paragraph) -> Option<Finding> {
    let n = p.number.as_ref()?;
    let shape = |q: &Paragraph| {
        let num = q.number.as_ref().expect("list items are numbered");
        let written = num.span.of(cx.text).trim().to_ascii_lowercase();
        written.replacen(&num.label, "", 1)
    };
    let (at, q) = earlier
        .iter()
        .enumerate()
        .rev()
        .find(|(_, q)| q.section == p.section && same_kind(q, p) && shape(q) == shape(p))?;
    let qn = q.number.as_ref()?;
    let (from, to) = (qn.values[0], n.values[0]);
    if qn.values.len() != 1 || to <= from + 1 {
        return None;
    }
    // Letters and romans written alike between them: a letter list read
    // in part as roman ((h), (i), (j); (u), (v)), or lists nested in one
    // another. Either way, no gap to be sure of.
    let mixed = earlier[at + 1..].iter().any(|b| {
        b.section == p.section
            && b.number
                .as_ref()
                .is_some_and(|bn| bn.style != n.style && shape(b) == shape(p))
    });
    if mixed {
        return None;
    }
    let written = n.span.of(cx.text).trim().to_string();
    let before = qn.span.of(cx.text).trim().to_string();
    let label_of = |v: u32| match n.style {
        NumberStyle::Letter => char::from_u32(u32::from(b'a') + v - 1)
            .map(String::from)
            .unwrap_or_default(),
        NumberStyle::Roman => roman(v),
        NumberStyle::Decimal => v.to_string(),
    };
    // "iv)" → "iii)", keeping the author's brackets and case.
    let missing = |v: u32| {
        let lower = written.to_ascii_lowercase();
        match lower.find(&n.label) {
            Some(i) => {
                let mut label = label_of(v);
                if written[i..].starts_with(|c: char| c.is_ascii_uppercase()) {
                    label = label.to_ascii_uppercase();
                }
                format!("{}{label}{}", &written[..i], &written[i + n.label.len()..])
            }
            None => label_of(v),
        }
    };
    let gap = if to == from + 2 {
        missing(from + 1)
    } else {
        format!("{} to {}", missing(from + 1), missing(to - 1))
    };
    Some(
        Finding::new(
            n.span,
            format!("this list goes from {before} to {written}: there is no {gap}"),
        )
        .subject(n.label.clone())
        .label(format!("numbered {written}"))
        .secondary(qn.span, format!("after {before}"))
        .help("renumber the list so it runs in order, or restore the item that is missing"),
    )
}

/// A small number in lower-case roman numerals (1 to 39).
fn roman(v: u32) -> String {
    const ONES: [&str; 10] = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
    "x".repeat((v / 10) as usize) + ONES[(v % 10) as usize]
}

/// Whether two list items are of one kind of list.
fn same_kind(a: &Paragraph, b: &Paragraph) -> bool {
    match (&a.number, &b.number) {
        (Some(x), Some(y)) => x.style == y.style,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_may_follow_what() {
        assert!(follows(&[4, 3], &[4, 4]));
        assert!(follows(&[4, 3], &[4, 3, 1]));
        assert!(follows(&[4, 5], &[5]));
        assert!(follows(&[4, 5], &[5, 1]));
        assert!(follows(&[3, 2, 1], &[3, 3]));
        assert!(follows(&[3], &[3, 1]));
        assert!(follows(&[5, 1], &[5, 2, 1])); // the orphan check's business
        assert!(!follows(&[3, 3], &[3, 5]));
        assert!(!follows(&[3, 3], &[3, 3]));
        assert!(!follows(&[3, 3], &[4, 2]));
        assert!(!follows(&[3], &[5]));
    }

    #[test]
    fn what_is_missing() {
        assert_eq!(missing(&[3, 3], &[3, 5]), "3.4");
        assert_eq!(missing(&[3, 3], &[3, 7]), "3.4 to 3.6");
        assert_eq!(missing(&[3, 3], &[4, 2]), "4.1");
        assert_eq!(missing(&[3, 3], &[5, 1]), "4");
        assert_eq!(missing(&[3], &[3, 2]), "3.1");
        assert_eq!(missing(&[7], &[9]), "8");
        assert_eq!(missing(&[4], &[4, 0]), "4.0");
    }

    #[test]
    fn a_section_number_with_a_zero_is_the_section_s_own() {
        let numbering = |text: &str| crate::rules::findings_of("numbering", text);
        // On its own line, on the heading's line, and as a paragraph.
        let lone = "1.0\n\nPURPOSE\n\n1.1\n\nTo inform.\n\n2.0\n\nRECOMMENDATION\n\n\
                    2.1\n\nTo note.\n\n3.0\n\nBACKGROUND\n\n3.1\n\nAs before.\n";
        assert!(numbering(lone).is_empty(), "{:?}", numbering(lone));
        let run_in = "1.0 The report informs the Committee.\n\n1.1 It sets out.\n\n\
                      2.0 The Committee is asked to note it.\n\n2.1 And more.\n";
        assert!(numbering(run_in).is_empty(), "{:?}", numbering(run_in));
        // A real gap is still found.
        let gap = "1.0 The report informs.\n\n1.1 It sets out.\n\n3.0 The Committee notes.\n";
        let found = numbering(gap);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "paragraph 3 follows 1.1: there is no 2");
    }

    #[test]
    fn an_outline_nested_under_a_heading_of_another_shape_is_its_own() {
        let numbering = |text: &str| crate::rules::findings_of("numbering", text);
        // A house annex: `#` items 1 to 3, the first holding bold-line
        // sub-sections numbered 1 to 3 again with their paragraphs.
        let annex = |third: &str| {
            format!(
                "# **1. BACKGROUND**\n\n1.1 The scheme began in 2023.\n\n\
                 # **2. PROPOSALS**\n\n2.1 It is proposed to raise the fees.\n\n\
                 # **1. IMPLICATIONS, ASSESSMENTS AND CONSULTATION**\n\n\
                 **1. Strategic Implications**\n\n1.1 The proposals support the plan.\n\n\
                 **2. Resource Implications**\n\n2.1 The fees cover the costs.\n\n\
                 **{third}. Assessments**\n\n{third}.1 An assessment was made.\n\n\
                 # **2. BACKGROUND PAPERS**\n\nReport of 15 March 2023.\n\n\
                 # **3. APPENDICES**\n\nAppendix 1 -- Fees\n"
            )
        };
        let clean = annex("3");
        assert!(numbering(&clean).is_empty(), "{:?}", numbering(&clean));
        // A gap inside the nested outline is still found.
        let found = numbering(&annex("4"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "heading 4 follows 2.1: there is no 3");
    }

    #[test]
    fn entries_of_an_appendix_list_are_no_sections() {
        let numbering = |text: &str| crate::rules::findings_of("numbering", text);
        // The entries' "1." and "2." alone over their titles are read as
        // headings; in the list they are no second section 2.
        let paper = "1.\n\nPURPOSE\n\n1.1 To approve the policy at Appendix 1.\n\n\
                     2.\n\nSUPPORTING DOCUMENTS\n\n1.\n\nAppendices\n\n1.\n\nStreet Trading Policy\n\n\
                     2.\n\nSummary of responses\n\n2.\n\nBackground documents\n\n3.\n\nOTHER\n";
        assert!(numbering(paper).is_empty(), "{:?}", numbering(paper));
        // Under a line that lists no appendices, the repeat is found.
        let found = numbering(&paper.replace("Appendices", "Consultation"));
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "section 2 is numbered the same as an earlier section 2"
        );
    }

    #[test]
    fn a_list_closed_by_brackets_inside_running_numbering_is_its_own() {
        let numbering = |text: &str| crate::rules::findings_of("numbering", text);
        let paper = |list: &str, after: &str| {
            format!(
                "**Purpose**\n\n1. To approve the programme.\n\n2. To note the funding.\n\n\
                 **Implications**\n\n3. There are no further implications.\n\n4. None.\n\n\
                 **RECOMMENDATION/S**\n\n{list}\n\n**Financial Comments**\n\n{after}\n"
            )
        };
        // "1)" to "3)" between paragraphs 4 and 5: no restart, no gap.
        let found = numbering(&paper(
            "1) That Committee approves the programme.\n\n2) That Committee notes it.\n\n3) \
             That Committee receives a report.",
            "5. The implications are set out in paragraph 3.",
        ));
        assert!(found.is_empty(), "{found:?}");
        // The running numbering still checked after the list.
        let found = numbering(&paper(
            "1) That Committee approves the programme.\n\n2) That Committee notes it.",
            "6. The implications are set out in paragraph 3.",
        ));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "paragraph 6 follows 4: there is no 5");
        // The list itself checked as a list.
        let found = numbering(&paper(
            "1) That Committee approves the programme.\n\n3) That Committee notes it.",
            "5. The implications are set out in paragraph 3.",
        ));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "this list goes from 1) to 3): there is no 2)"
        );
        // A paper numbered "1)" throughout is its own running numbering.
        let found = numbering(
            "**Purpose**\n\n1) To approve.\n\n2) To note.\n\n**Background**\n\n4) Text.\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn recommendations_numbered_again_inside_running_numbers_are_their_own_list() {
        let numbering = |text: &str| crate::rules::findings_of("numbering", text);
        let paper = |items: &str, body: &str| {
            format!(
                "1. Purpose of the report\nThis report asks the Committee to agree the plan.\n\
                 2. Recommendations\n{items}\nHow does this affect our policies?\n{body}"
            )
        };
        let items = "1. That the plan is agreed.\n2. That the changes are delegated.\n\
                     3. That the programme is noted.";
        let body = "3. The plan is a statutory requirement.\n4. It supports the strategy.\n\
                    5. It was consulted on.\n";
        let found = numbering(&paper(items, body));
        assert!(found.is_empty(), "{found:?}");
        // The running numbers after the list are still checked.
        let found = numbering(&paper(
            items,
            &body.replace("4. It", "3. It").replace("5. It", "4. It"),
        ));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "paragraph 3 is numbered the same as the one before it"
        );
        let found = numbering(&paper(items, &body.replace("5. It", "4. It")));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "paragraph 4 is numbered the same as the one before it"
        );
        let found = numbering(&paper(items, &body.replace("5. It", "7. It")));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "paragraph 7 follows 4: there is no 5 to 6"
        );
        // And the list as a list.
        let gap = items
            .replace("3. That", "4. That")
            .replace("2. That", "3. That");
        let found = numbering(&paper(&gap, body));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "this list goes from 1. to 3.: there is no 2."
        );
    }

    #[test]
    fn a_list_that_skips_an_item() {
        let numbering = |text: &str| crate::rules::findings_of("numbering", text);
        let list = |items: &str| format!("## 2. Recommendations\n\n2.1 That Cabinet:\n\n{items}\n");
        let found = numbering(&list(
            "i) approves the plan;\n\nii) notes it;\n\niv) delegates; and\n\nv) notes the rest.",
        ));
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "this list goes from ii) to iv): there is no iii)"
        );
        let found = numbering(&list("(a) one;\n\n(b) two;\n\n(e) five."));
        assert_eq!(
            found[0].message,
            "this list goes from (b) to (e): there is no (c) to (d)"
        );
        // In order; a letter list read in part as roman; a nested list.
        for items in [
            "(a) one;\n\n(b) two;\n\n(c) three.",
            "(a) 1;\n\n(b) 2;\n\n(c) 3;\n\n(d) 4;\n\n(e) 5;\n\n(f) 6;\n\n(g) 7;\n\n(h) 8;\n\n(i) 9;\n\n(j) 10;\n\n(k) 11.",
            "(a) one:\n\n(i) first;\n\n(ii) second;\n\n(b) two.",
        ] {
            assert!(numbering(&list(items)).is_empty(), "{items}: {:?}", numbering(&list(items)));
        }
    }

    /// The implications part of a Welsh county's cabinet report in PDF
    /// text: a declaration, the table one cell a line (a name over its
    /// mark), then an explanation of each implication marked YES, numbered
    /// by its row.
    fn implications(table: &str, sections: &str) -> String {
        format!(
            "1. BACKGROUND\n1.1 The offices were declared surplus in 2025.\n\
             2. PROPOSED TERMS\n2.1 Sale of the freehold for £1,150,000.\n\
             IMPLICATIONS\nI confirm that there are no other implications:\nSigned:\n\
             Gwyn Rowlands\nHead of Regeneration and Property\n{table}\
             The implications marked YES are explained below.\n{sections}"
        )
    }

    const TABLE: &str = "Policy, Crime & Disorder and Equalities\nNONE\nLegal\nYES\n\
                         Finance\nYES\nICT\nNONE\nRisk Management Issues\nNONE\n\
                         Staffing Implications\nNONE\nPhysical Assets\nYES\n";

    const BY_ROW: &str = "2. Legal\nSection 123 of the Act requires the best consideration.\n\
                          3. Finance\nThe capital receipt will fund the programme.\n\
                          7. Physical Assets\nThe disposal reduces the estate.\n";

    #[test]
    fn sections_numbered_by_their_implications_table_row_are_no_sequence() {
        let numbering = |text: &str| crate::rules::findings_of("numbering", text);
        let found = numbering(&implications(TABLE, BY_ROW));
        assert!(found.is_empty(), "{found:?}");
        // Laid out with blank lines between the cells, and a row named
        // with "Implications" after it.
        let spaced = TABLE.replace('\n', "\n\n");
        let staffing = BY_ROW.replace("7. Physical Assets", "6. Staffing");
        let found = numbering(&implications(&spaced, &staffing));
        assert!(found.is_empty(), "{found:?}");
        // No table: the same numbers are the paper's numbering, skipping.
        // (3 is read as the heading after 2. PROPOSED TERMS.)
        let found = numbering(&implications("", BY_ROW));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.starts_with("paragraph 7 follows"),
            "{found:?}"
        );
        // A real skip with no table is found.
        let skip = "4. Legal\nSection 123 of the Act requires the best consideration.\n\
                    6. Finance\nThe capital receipt will fund the programme.\n";
        let found = numbering(&implications("", skip));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "paragraph 6 follows 4: there is no 5");
        // And under a table whose rows the numbers are not (Legal is its
        // second row, Finance its third).
        let found = numbering(&implications(TABLE, skip));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "paragraph 6 follows 4: there is no 5");
        // Two rows are no table.
        let short = "Legal\nYES\nFinance\nYES\n";
        let found = numbering(&implications(
            short,
            "2. Legal\nThe Act applies.\n4. Finance\nThe receipt funds it.\n",
        ));
        assert_eq!(found.len(), 1, "{found:?}");
    }

    /// A consultations list as PDF text gives it: no blank line between
    /// the items, items 2 and 3 wrapped onto a second line.
    fn consultations(items: &str) -> String {
        format!(
            "1. BACKGROUND\n1.1 The offices were declared surplus in 2025.\n\
             CONSULTATIONS\nI confirm that the consultations have taken place:\n{items}\
             CABINET MEMBER AWARE\nYES\n"
        )
    }

    const ITEMS: &str = "1. Scrutiny Committee – not applicable\n\
                         2. Local Member(s) – Cllr Bevan was consulted on 12th January 2027 and\n\
                         supports the recommended option.\n\
                         3. Community / Town Council – the Town Council was informed on 14th\n\
                         January 2027.\n\
                         4. Relevant Partners – not applicable\n\
                         5. Staff Side Representatives and other Organisations – not applicable\n";

    #[test]
    fn a_list_whose_items_wrap_is_numbered_in_order() {
        let numbering = |text: &str| crate::rules::findings_of("numbering", text);
        let found = numbering(&consultations(ITEMS));
        assert!(found.is_empty(), "{found:?}");
        // A real skip in such a list is found, in the list.
        let skip = ITEMS
            .replace("5. Staff", "6. Staff")
            .replace("4. Relevant", "5. Relevant");
        let found = numbering(&consultations(&skip));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "paragraph 5 follows 3: there is no 4");
        // Item 2 followed by a new paragraph, not a continuation: item 1
        // keeps its reading as a heading, and the skip after item 2 is
        // still found.
        let new_paragraph = ITEMS.replace(
            "12th January 2027 and\nsupports the recommended option.\n\
             3. Community / Town Council – the Town Council was informed on 14th\n\
             January 2027.\n",
            "12th January 2027.\nThe Local Member supports the recommended option.\n",
        );
        let found = numbering(&consultations(&new_paragraph));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "paragraph 4 follows 2: there is no 3");
    }

    #[test]
    fn a_heading_printed_beside_the_one_before_fills_the_gap() {
        let paper = |side: &str| {
            format!(
                "Meeting: Planning Committee\n\n\
                 1.   PURPOSE{side}\n\n\
                 1.1  To determine the application.      2.1  That permission be\n\
                 \x20    granted.\n\n\
                 3.   SITE\n\n3.1  The site is grazing land.\n"
            )
        };
        let numbering = |text: &str| crate::rules::findings_of("numbering", text);
        assert!(numbering(&paper("                        2.   RECOMMENDATION")).is_empty());
        // No second column, or one holding another number or a figure.
        for side in [
            "",
            "                        4.   RECOMMENDATION",
            "                        2   15 dwellings",
        ] {
            let found = numbering(&paper(side));
            assert_eq!(found.len(), 1, "{side:?}");
            assert_eq!(found[0].message, "heading 3 follows 1.1: there is no 2");
        }
    }

    #[test]
    fn a_section_number_alone_over_its_title_fills_the_gap() {
        // Plain pdftotext: each heading's number alone over its title;
        // section 6 holds only a table flattened one cell a line.
        let paper = |six: &str| {
            format!(
                "Meeting: Joint Transportation Board\n\n\
                 5\nConsultation\n\n5.1\nThe police raised no objection.\n\n\
                 {six}Issue\nImplications\nFinancial\nMet from the parking account.\n\n\
                 7\nAppendices\n\n7.1\nThe plan is attached.\n"
            )
        };
        let numbering = |text: &str| crate::rules::findings_of("numbering", text);
        for six in [
            "\u{c}6\nImplications\n\n",
            "6\nImplications\n\n",
            "6.\nImplications\n\n",
        ] {
            let found = numbering(&paper(six));
            assert!(found.is_empty(), "{six:?}: {found:?}");
        }
        // Near misses: no number; another number; a page number ending
        // the page before or centred on it; a figure carried on from
        // running text; a sentence under the number.
        for six in [
            "",
            "8\nImplications\n\n",
            "6\n\u{c}Implications\n\n",
            "                                   6\nImplications\n\n",
            "The cost for each of the\n6\nStreets is met.\n\n",
            "6\nThe cost is met from the parking account.\n\n",
            "6\nImplications\nFor the Board\n",
        ] {
            let found = numbering(&paper(six));
            assert_eq!(found.len(), 1, "{six:?}: {found:?}");
            assert_eq!(found[0].message, "heading 7 follows 5.1: there is no 6");
        }
    }

    #[test]
    fn the_numbers_of_an_appendix_list_are_the_appendices() {
        let numbering = |text: &str| crate::rules::findings_of("numbering", text);
        let text = "REPORT\n\n1.1      The fares are at Appendix 1 and Appendix 3.\n\n\
                    1.2      More.\n\nAPPENDICES\n\n1    Proposed fares 2028/29\n\
                    2    Ticket sales by route\n3    Summer timetables\n\n\
                    BACKGROUND\n\n2.1      The background.\n";
        assert!(numbering(text).is_empty(), "{:?}", numbering(text));
        // Numbers of two levels that list the appendices are the outline's:
        // 8.3 after them skips nothing, and 8.4 after 8.2 skips 8.3.
        let outline = "8. APPENDICES\n\n8.1   Appendix 1 \u{2013} Policy\n\n\
                       8.2   Appendix 2 \u{2013} Consultation\n\n8.3   Background papers: none.\n";
        assert!(numbering(outline).is_empty(), "{:?}", numbering(outline));
        let gap = outline.replace("8.3   Background", "8.4   Background");
        assert_eq!(numbering(&gap).len(), 1, "{:?}", numbering(&gap));
    }
}
