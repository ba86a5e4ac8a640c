//! # unresolved-reference
//!
//! ## What it checks
//! Every reference the paper makes to its own paragraphs, appendices,
//! annexes and recommendations points at something that exists.
//!
//! - A paragraph ("paragraph 4.3", "paras 1.2 and 1.8", "see 4.1", "Also
//!   refer to 1.6") resolves in its own numbered part first (an attached
//!   action plan that restarts its numbering at 1), then in the cover
//!   report; one in the cover report may also point into the parts
//!   attached to it. "paragraph 1.2 of Annex A" and "paragraphs 3.1 to 3.3
//!   of the Supporting Information" resolve only in that part's numbering.
//!   Numbered headings count: "section 4" and "paragraph 4" resolve to the
//!   heading numbered 4. A numbered list that is no section of its part
//!   (an "Implications of the Report" list after the body, "4. Legal – …
//!   paragraph 4.5") does not capture the body's numbers: the reference
//!   resolves against the section headed 4 that has 4.5.
//! - A range ("paragraphs 3.39 to 3.49") needs both ends, in order.
//! - An appendix or annex ("Appendix C", "Appendix 1, Annex B") must be
//!   among those the paper lists (an Appendices section, an Enclosures
//!   field) or attaches (an appendix heading). Where the paper lists them,
//!   the list is the authority: "attached at Appendix D" in the text does
//!   not attach Appendix D when the list stops at C. An appendix the
//!   paper says is withheld from its bundle is not missing: "Appendix 2
//!   is in Part 2", "the confidential Appendix 1", "Appendix 1 is not for
//!   publication", "Appendix C (to follow)", "Appendix 3 will be
//!   circulated separately".
//! - A recommendation ("recommendation 3") must be among the numbered
//!   items of the recommendations section; where they are lettered,
//!   "recommendation (c)" must be among the letters. A recommendation
//!   labelled in the paper ("5.2 Recommendation 3: The Council should …",
//!   a run-in label opening its line) exists too, and the label is not a
//!   citation. So does one the paper tabulates: a table headed
//!   "Recommendation" whose rows are numbered 1 to 8 (the review's
//!   recommendations a progress report tracks) holds recommendation 5.
//! - A lettered or roman item of a paragraph or recommendation
//!   ("recommendation 2.1(d)", "paragraph 3.2(b)") must be among the items
//!   that paragraph lists, when they can be attributed to it: the
//!   paragraph right after it is item (a) or (i), in the same section, and
//!   its items run to the next numbered paragraph. Otherwise (no list, text
//!   between, a number used twice) the letter is not checked.
//!
//! - An appendix cited in a paper that lists no appendices at all (no list,
//!   no appendix heading, no Enclosures field) is reported once, at most as
//!   a warning, with a message that says the paper lists none: it may be
//!   attached separately, but then the paper should say so in a list.
//!
//! References into other documents are never checked: "section 151 of the
//! Local Government Act 1972", "paragraph 3 of Schedule 12A", "Appendix 6
//! to the officer report of 12 May", "paragraph 5.7 of the report to
//! Cabinet on 14 March 2023", "paragraph 11(d) of the NPPF", "paragraph 3.4
//! of that report", "the Fire and Rescue National Framework for England
//! (paragraph 4.6)", a footnote that names its source ("[^2]: Supported
//! Housing Review, paragraph 12.4"). Nor is a paragraph this paper lacks
//! that a reference before it carries into another document: "paragraph
//! 10.10" later in the sentence "Paragraph 9.12 of the Guidance says …,
//! and paragraph 10.10 says …", or "paragraphs 4.3 to 4.9 of the report"
//! where the paper cited the same paragraphs before as those of "the
//! report to Cabinet of 27 February". The rule stays silent where it cannot know:
//! an unlisted appendix in a paper that also cites another document's
//! appendices ("Appendix I of the budget report"), annexes of an appendix
//! whose annexes are not listed, paragraphs in a paper whose paragraph
//! numbers did not survive conversion, a paragraph of an appendix that is
//! not attached.
//!
//! ## Why it matters
//! A paper that cites "Appendix B" when only Appendix A is attached, or
//! "paragraph 4.6" when section 4 ends at 4.5, goes to committee with a
//! broken argument: members cannot find what the recommendation relies
//! on. Clerks check this by hand today.
//!
//! ## Configuration
//! `recommendations-section` (default `"recommendations"`): the template
//! section whose numbered items recommendation references point at. When
//! the default names no template section, recommendation references are
//! not checked.
//!
//! ## Example
//! ```text
//! 4.5 The changes to verge cutting ...
//! ...
//! 7.1 ... will deliver the saving described in paragraph 4.6.
//! ```
//! is reported as "paragraph 4.6 is cited but section 4 ends at 4.5"; and
//! "This report which is in Appendix B" in a paper whose appendix list
//! reads only "Appendix A: Joint Review Action Plan" as "Appendix B is
//! cited but the paper lists only Appendix A".

use std::collections::{HashMap, HashSet};

use crate::diagnostic::Severity;
use crate::document::{
    AppendixDecl, AppendixSource, Document, Reference, ReferenceKind, SectionId, Span,
};
use crate::parse::inline::plain;
use crate::rules::xref::{label_of, missing_item, search_order, values_of, Targets};
use crate::rules::{
    compile, template_section, Configure, Context, Finding, Kind, ParamError, Rule,
};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "unresolved-reference",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("unresolved_reference.rs"),
    compile: compile::<UnresolvedReference>,
};

#[derive(Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    recommendations_section: Option<String>,
}

struct UnresolvedReference {
    /// The template section holding the recommendations, if the template has one.
    recommendations: Option<usize>,
}

impl Configure for UnresolvedReference {
    type Params = Params;

    fn configure(p: Params, template: &Template) -> Result<Self, ParamError> {
        let recommendations = match p.recommendations_section {
            Some(id) => Some(template_section(template, "recommendations-section", &id)?),
            None => template.section("recommendations"),
        };
        Ok(UnresolvedReference { recommendations })
    }
}

impl Rule for UnresolvedReference {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let targets = cx.targets();
        let recs = self.recommendation_items(cx);
        let unlisted = std::cell::OnceCell::new();
        let mut lists = HashMap::new();
        let mut out = Vec::new();
        for r in cx
            .doc
            .references
            .iter()
            .filter(|r| !r.external && !r.labels)
        {
            let found = match r.kind {
                ReferenceKind::Paragraph => paragraph(cx, targets, r),
                ReferenceKind::Appendix | ReferenceKind::Annex => {
                    appendix(cx, r, &mut lists, || {
                        unlisted.get_or_init(|| Unlisted::new(cx))
                    })
                }
                ReferenceKind::Recommendation => recommendation(cx, recs.as_ref(), r),
            };
            out.extend(found);
        }
        out
    }
}

impl UnresolvedReference {
    /// The numbered items of the recommendations section(s) and their
    /// sub-sections, with the first section, or `None` when there are none
    /// to check against.
    fn recommendation_items(&self, cx: &Context<'_>) -> Option<Recommendations> {
        let def = self.recommendations?;
        let sections = &cx.resolved.sections[def];
        let first = *sections.first()?;
        let mut within: Vec<SectionId> = sections.clone();
        let mut i = 0;
        while i < within.len() {
            within.extend(cx.doc.sections[within[i]].children.iter().copied());
            i += 1;
        }
        let labels: Vec<String> = cx
            .doc
            .paragraphs
            .iter()
            .filter(|p| p.section.is_some_and(|s| within.contains(&s)))
            .filter_map(|p| p.number.as_ref())
            .map(|n| n.label.to_ascii_lowercase())
            .collect();
        let lettered = cx.doc.paragraphs.iter().any(|p| {
            p.section.is_some_and(|s| within.contains(&s))
                && p.number
                    .as_ref()
                    .is_some_and(|n| n.style == crate::document::NumberStyle::Letter)
        });
        // "Recommendation 3: That …" labels recommendation 3 wherever it
        // stands: in a numbered paragraph of the section ("12. … the
        // following recommendations:" above four labelled ones) or
        // outside it.
        let labelled: Vec<String> = cx
            .doc
            .references
            .iter()
            .filter(|r| r.labels)
            .map(|r| r.target.clone())
            .collect();
        (!labels.is_empty()).then_some(Recommendations {
            labels,
            labelled,
            section: first,
            sections: within,
            lettered,
        })
    }
}

/// The numbers of the rows of every table whose header names
/// recommendations ("No. | Review recommendation | Status"): a progress
/// report that tabulates another document's recommendations 1 to 8 and
/// then writes "(recommendation 5)" points at row 5, not at its own
/// recommendations, which may stop at (c). Only the first row is read as
/// the header, and only a row whose first cell is a number counts.
fn tabled(doc: &Document) -> Vec<String> {
    doc.tables
        .iter()
        .filter(|t| {
            t.rows.first().is_some_and(|h| {
                h.cells
                    .iter()
                    .any(|c| c.text.to_ascii_lowercase().contains("recommendation"))
            })
        })
        .flat_map(|t| t.rows.iter().skip(1))
        .filter_map(|row| {
            let first = row.cells.iter().find(|c| !c.text.trim().is_empty())?;
            values_of(&first.text).map(|v| label_of(&v))
        })
        .collect()
}

struct Recommendations {
    /// The label of each numbered item, lower case.
    labels: Vec<String>,
    /// The recommendations labelled "Recommendation 3:" in the text, lower case.
    labelled: Vec<String>,
    section: SectionId,
    /// The recommendations sections and their sub-sections.
    sections: Vec<SectionId>,
    /// Whether any item of them is lettered, `(a)`.
    lettered: bool,
}

/// For a reference to an item of a paragraph ("recommendation 2.1(d)",
/// "paragraph 3.2(b)") whose paragraph exists: the finding when the
/// paragraph, the only one `numbered` selects, lists its items and the
/// cited one is not among them. Silent when there is no item, when the
/// number is not the only one of its kind, and when the items cannot be
/// attributed to the paragraph ([`missing_item`]).
fn item(
    cx: &Context<'_>,
    r: &Reference,
    noun: &str,
    numbered: impl Fn(&&crate::document::Paragraph) -> bool,
) -> Option<Finding> {
    let wanted = r.item.as_deref()?;
    let mut found = cx
        .doc
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, q)| numbered(q));
    let (para, _) = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let items = missing_item(cx.doc, para, wanted)?;
    let (first, last) = (items.first()?, items.last()?);
    let range = if items.len() == 1 {
        format!("only item ({})", first.label)
    } else {
        format!("only items ({}) to ({})", first.label, last.label)
    };
    Some(
        finding(cx, r, &format!("{noun} {} lists {range}", r.target))
            .label(format!("there is no item ({wanted}) under {}", r.target))
            .secondary(last.span, format!("the last item under {}", r.target))
            .help("check the letter against the items the paragraph lists"),
    )
}

/// The reference as written, markup removed: `paragraph 4.6`.
fn written(cx: &Context<'_>, r: &Reference) -> String {
    plain(r.span.of(cx.text)).trim().to_string()
}

/// `(d)` of "2.1(d)", or nothing.
fn item_of(r: &Reference) -> String {
    r.item
        .as_ref()
        .map(|i| format!("({i})"))
        .unwrap_or_default()
}

/// "paragraph 4.6", "paragraphs 2.3 to 2.1", "Appendix C", "Annex B of
/// Appendix 1", "recommendation 4".
fn canonical(r: &Reference) -> String {
    match (r.kind, &r.range_end) {
        (ReferenceKind::Paragraph, Some(end)) => format!("paragraphs {} to {end}", r.target),
        (ReferenceKind::Paragraph, None) => format!("paragraph {}{}", r.target, item_of(r)),
        (ReferenceKind::Recommendation, Some(end)) => {
            format!("recommendations {} to {end}", r.target)
        }
        (ReferenceKind::Recommendation, None) => {
            format!("recommendation {}{}", r.target, item_of(r))
        }
        (ReferenceKind::Appendix, _) => format!("Appendix {}", r.target),
        (ReferenceKind::Annex, _) => match &r.within {
            Some(w) => format!("Annex {} of Appendix {w}", r.target),
            None => format!("Annex {}", r.target),
        },
    }
}

/// Whether `r`, a paragraph reference this paper cannot resolve, points
/// into the other document that an earlier reference names, though it
/// names none of its own:
/// - a bare "paragraph N" later in the same sentence as another
///   document's paragraph, the nearest paragraph reference before it,
///   numbered the same way ("Paragraph 9.12 of the Guidance says …, and
///   paragraph 10.10 says …");
/// - "paragraphs N of the report", where the paper cited the same
///   paragraphs before as those of another report ("paragraphs 4.3 to 4.9
///   of the report to Cabinet of 27 February", then, in the decision
///   record attached, "paragraphs 4.3 to 4.9 of the report").
///
/// One that says it is this paper's ("paragraph 5.9 of this report",
/// "paragraph 10.10 above"), or stands in another sentence, is still
/// checked.
fn carried_from_another_document(cx: &Context<'_>, r: &Reference) -> bool {
    let after = words_after(cx.text, r.span.end, 3);
    let said = |w: &[&str]| after.len() >= w.len() && after.iter().zip(w).all(|(a, b)| a == b);
    if said(&["of", "the", "report"]) || said(&["in", "the", "report"]) {
        return cited_before_as_another_report(cx, r);
    }
    let bare = after
        .first()
        .is_none_or(|w| !TAIL_WORDS.contains(&w.as_str()));
    bare && cued_by_paragraph(cx, r) && same_sentence_as_another_document(cx, r)
}

/// Words after a paragraph number that say whose paragraph it is
/// ("of this report", "above"): a reference followed by one is not bare.
/// English grammar, not a council's words.
const TAIL_WORDS: &[&str] = &[
    "of", "in", "to", "within", "under", "above", "below", "earlier", "later",
];

/// The first `n` words after offset `at` of `text`, in lower case, their
/// punctuation trimmed.
fn words_after(text: &str, at: usize, n: usize) -> Vec<String> {
    let rest = text.get(at..).unwrap_or("");
    let mut cut = rest.len().min(120);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    rest[..cut]
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .take(n)
        .collect()
}

/// Whether `r` is written with the word "paragraph" ("paragraph 10.10",
/// "paras 4.3"), not "section" or "see".
fn cued_by_paragraph(cx: &Context<'_>, r: &Reference) -> bool {
    let written = plain(r.span.of(cx.text));
    written
        .trim_start()
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("para"))
}

/// Whether the nearest paragraph reference before `r` in its paragraph is
/// another document's, written with "paragraph", numbered with as many
/// parts as `r`, and in the same sentence.
fn same_sentence_as_another_document(cx: &Context<'_>, r: &Reference) -> bool {
    let Some(id) = r.paragraph else {
        return false;
    };
    let Some(before) = cx
        .doc
        .references
        .iter()
        .filter(|q| q.kind == ReferenceKind::Paragraph && q.paragraph == Some(id))
        .filter(|q| q.span.end <= r.span.start)
        .max_by_key(|q| q.span.start)
    else {
        return false;
    };
    let parts = |t: &str| t.split('.').count();
    if !before.external
        || !cued_by_paragraph(cx, before)
        || parts(&before.target) != parts(&r.target)
    {
        return false;
    }
    let body = cx.doc.paragraphs[id].text;
    let mut split = Vec::new();
    crate::parse::sentence::sentences_into(body.of(cx.text), &mut split);
    let (Some(a), Some(b)) = (
        before.span.start.checked_sub(body.start),
        r.span.start.checked_sub(body.start),
    ) else {
        return false;
    };
    split.iter().any(|&(start, end, _)| start <= a && b < end)
}

/// Whether the paper cited `r`'s paragraphs (the same number, or the
/// same range) before it as those of another report: external, and
/// followed by a few words with "report" among them ("of the report to
/// Cabinet of 27 February").
fn cited_before_as_another_report(cx: &Context<'_>, r: &Reference) -> bool {
    cx.doc.references.iter().any(|q| {
        q.kind == ReferenceKind::Paragraph
            && q.external
            && q.span.end <= r.span.start
            && q.target == r.target
            && q.range_end == r.range_end
            && words_after(cx.text, q.span.end, 4)
                .iter()
                .any(|w| w == "report")
    })
}

/// "paragraph 4.6 is cited", or "\"Also refer to 1.6\" cites paragraph
/// 1.6" when the text says it another way.
fn cited(cx: &Context<'_>, r: &Reference) -> String {
    let written = written(cx, r);
    let canonical = canonical(r);
    let verb = if r.range_end.is_some() { "are" } else { "is" };
    if r.kind == ReferenceKind::Paragraph && written.starts_with(|c: char| c.is_ascii_digit()) {
        // A later item of a list, "6.2-6.4" of "paragraphs 4.3 and 6.2-6.4":
        // the number as written, under its noun.
        let noun = if r.range_end.is_some() {
            "paragraphs"
        } else {
            "paragraph"
        };
        return format!("{noun} {written} {verb} cited");
    }
    if written.eq_ignore_ascii_case(&canonical) {
        format!("{written} {verb} cited")
    } else if canonical
        .to_ascii_lowercase()
        .starts_with(&format!("{} ", written.to_ascii_lowercase()))
    {
        // "Annex C" of "Appendix 1, Annex C": the annex's own words.
        format!("{canonical} {verb} cited")
    } else {
        format!("\"{written}\" cites {canonical}")
    }
}

fn finding(cx: &Context<'_>, r: &Reference, where_: &str) -> Finding {
    Finding::new(r.span, format!("{} but {where_}", cited(cx, r))).subject(canonical(r))
}

// ----- paragraphs -----------------------------------------------------------

fn paragraph(cx: &Context<'_>, targets: &Targets, r: &Reference) -> Option<Finding> {
    let first = values_of(&r.target)?;
    let last = match &r.range_end {
        Some(end) => Some(values_of(end)?),
        None => None,
    };
    if let Some(last) = &last {
        if *last < first {
            return Some(
                Finding::new(
                    r.span,
                    format!(
                        "{} but the range runs backwards, from {} down to {}",
                        cited(cx, r),
                        r.target,
                        label_of(last)
                    ),
                )
                .subject(canonical(r))
                .label("this range runs backwards")
                .help(format!(
                    "write the lower number first: paragraphs {} to {}",
                    label_of(last),
                    r.target
                )),
            );
        }
    }
    // Checked only where the part it belongs to numbers its paragraphs.
    let order = search_order(r, targets.len());
    let &home = order.first()?;
    let checkable = targets.checkable(home, first.len())
        && last
            .as_ref()
            .map_or(true, |l| targets.checkable(home, l.len()));
    if !checkable {
        return None;
    }
    let resolves =
        |p: usize| targets.has(p, &first) && last.as_ref().map_or(true, |l| targets.has(p, l));
    // A reference in a list of its own part that is not a section of it
    // ("4. Legal – … paragraph 4.5") may point into the body's outline.
    let named = r.in_part.is_some() || r.within.is_some();
    let outline: Vec<usize> = if named {
        Vec::new()
    } else {
        targets.outline_parts(home, &first).collect()
    };
    if let Some(p) = order.iter().chain(&outline).copied().find(|&p| resolves(p)) {
        // "paragraph 3.2(b)": the paragraph is there; is its item?
        let numbered = |q: &&crate::document::Paragraph| {
            q.part == p
                && q.number.as_ref().is_some_and(|n| {
                    n.style == crate::document::NumberStyle::Decimal && n.values == first
                })
        };
        return match last {
            None => item(cx, r, "paragraph", numbered),
            Some(_) => None,
        };
    }
    if carried_from_another_document(cx, r) {
        return None;
    }
    // Said of the section it belongs to: "section 4 ends at 4.5", not
    // "section 4 in Implications of the Report has no numbered paragraphs".
    let home = match outline.first() {
        Some(&p) if !targets.has(home, &first) => p,
        _ => home,
    };
    let missing = if targets.has(home, &first) {
        last.unwrap_or(first)
    } else {
        first
    };
    let (where_, shown) = targets.where_missing(home, &missing);
    let mut d = finding(cx, r, &where_)
        .label(format!("there is no paragraph {}", label_of(&missing)))
        .help("check the number: if the paragraphs were renumbered, update the reference");
    if let Some((span, label)) = shown {
        d = d.secondary(span, label);
    }
    Some(d)
}

// ----- appendices and annexes -------------------------------------------------

/// Declarations that list the paper's appendices (not running text).
fn listing(doc: &Document) -> impl Iterator<Item = &AppendixDecl> {
    doc.appendices
        .iter()
        .filter(|d| !matches!(d.source, AppendixSource::Text | AppendixSource::Withheld))
}

/// Whether the paper says the appendix (or annex) `r` cites is withheld
/// from its bundle ("Appendix 2 is in Part 2", "the confidential Appendix
/// 1", "Appendix C (to follow)"): it exists, though it is neither listed
/// nor attached.
fn withheld(doc: &Document, r: &Reference) -> bool {
    doc.appendices.iter().any(|d| {
        d.source == AppendixSource::Withheld
            && d.kind == r.kind
            && d.label == r.target
            && (r.kind == ReferenceKind::Appendix || d.within == r.within)
    })
}

/// The appendices (or annexes) a reference must be among, by the kind of
/// reference and the appendix an annex is of: worked out once for each,
/// since a paper may cite them thousands of times.
struct Listed<'d> {
    /// The declarations, in the paper's order.
    decls: Vec<&'d AppendixDecl>,
    /// Their labels, each once.
    labels: Vec<&'d str>,
    /// The labels a reference of this kind resolves to: the list is the
    /// authority, so "attached at Appendix D" does not attach it when only
    /// A to C are listed.
    declared: HashSet<&'d str>,
}

impl<'d> Listed<'d> {
    fn new(doc: &'d Document, kind: ReferenceKind, within: Option<&str>) -> Self {
        let decls: Vec<&AppendixDecl> = match (kind, within) {
            (ReferenceKind::Appendix, _) => listing(doc)
                .filter(|d| d.kind == ReferenceKind::Appendix)
                .collect(),
            (_, Some(w)) => listing(doc)
                .filter(|d| d.kind == ReferenceKind::Annex && d.within.as_deref() == Some(w))
                .collect(),
            (_, None) => listing(doc)
                .filter(|d| d.kind == ReferenceKind::Annex && d.within.is_none())
                .collect(),
        };
        let declared = listing(doc)
            .filter(|d| match (kind, within) {
                (ReferenceKind::Appendix, _) => {
                    d.kind == ReferenceKind::Appendix || d.within.is_none()
                }
                (_, Some(w)) => {
                    d.kind == ReferenceKind::Annex && d.within.as_deref().map_or(true, |dw| dw == w)
                }
                (_, None) => true,
            })
            .map(|d| d.label.as_str())
            .collect();
        let mut seen = HashSet::new();
        let labels = decls
            .iter()
            .map(|d| d.label.as_str())
            .filter(|l| seen.insert(*l))
            .collect();
        Listed {
            decls,
            labels,
            declared,
        }
    }
}

/// `unlisted` gives what [`unlisted`] needs to know of the whole paper,
/// worked out once; `lists` keeps each [`Listed`] once worked out.
fn appendix<'d>(
    cx: &Context<'d>,
    r: &'d Reference,
    lists: &mut HashMap<(ReferenceKind, Option<&'d str>), Listed<'d>>,
    unlisted: impl FnOnce() -> &'d Unlisted<'d>,
) -> Option<Finding> {
    let label = r.target.as_str();
    let within = match r.kind {
        ReferenceKind::Appendix => None,
        _ => r.within.as_deref(),
    };
    let Listed {
        decls: listed,
        labels,
        declared,
    } = lists
        .entry((r.kind, within))
        .or_insert_with(|| Listed::new(cx.doc, r.kind, within));
    if declared.contains(label) || withheld(cx.doc, r) {
        return None;
    }
    if listed.is_empty() {
        return self::unlisted(cx, unlisted(), r);
    }
    let (one, many) = match r.kind {
        ReferenceKind::Annex => ("Annex", "Annexes"),
        _ => ("Appendix", "Appendices"),
    };
    let lists = match labels.as_slice() {
        [only] => format!("{one} {only}"),
        // A list too long to read out: its ends and its length.
        [first, .., last] if labels.len() > 12 => {
            format!("{many} {first} to {last} ({} in all)", labels.len())
        }
        [init @ .., last] => format!("{many} {} and {last}", init.join(", ")),
        [] => return None,
    };
    let where_ = match &r.within {
        Some(w) if r.kind == ReferenceKind::Annex => {
            format!("the paper lists only {lists} of Appendix {w}")
        }
        _ => format!("the paper lists only {lists}"),
    };
    let help = match other_style(label, labels) {
        // "attached as Appendix A" in a paper that lists Appendices 1 and 2.
        Some(same) => format!(
            "the paper labels its {} {}: if {one} {label} means {one} {same}, correct the reference; otherwise attach and list {one} {label}",
            many.to_lowercase(),
            if same.starts_with(|c: char| c.is_ascii_digit()) { "with numbers" } else { "with letters" },
        ),
        None => format!("attach and list {one} {label}, or correct the reference"),
    };
    let mut d = finding(cx, r, &where_)
        .label(format!("no {} {label} is listed", one.to_lowercase()))
        .help(help);
    let mut shown = Vec::new();
    for decl in listed.iter() {
        if shown.len() == 6 {
            break;
        }
        if !shown.contains(&decl.label) {
            shown.push(decl.label.clone());
            d = d.secondary(decl.span, format!("{one} {} is listed here", decl.label));
        }
    }
    Some(d)
}

/// Whether the paper says it has appendices in a way not read as a list:
/// an Appendices heading over text that is no list ("The policy and its
/// assessment are attached"), or an Appendices field whose value names
/// none by label ("Yes", "2"). An Appendices heading or field that says
/// "None" lists none.
fn has_unread_list(cx: &Context<'_>) -> bool {
    let doc = cx.doc;
    let says_none = |t: &str| {
        let t = plain(t).trim().to_ascii_lowercase();
        let t = t.trim_end_matches('.');
        t.is_empty()
            || ["none", "n/a", "na", "nil", "no", "-", "–", "not applicable"].contains(&t)
            || t.starts_with("there are no")
            || t.starts_with("no appendices")
            || t.starts_with("none ")
    };
    let heading = doc.sections.iter().any(|s| {
        crate::parse::appendices::is_list_title(&s.title)
            && s.paragraphs
                .first()
                .is_some_and(|&p| !says_none(doc.paragraphs[p].text.of(cx.text)))
    });
    let field = doc.fields.iter().any(|f| {
        crate::parse::appendices::lists_enclosures(&f.key, &cx.template.vocabulary)
            && !says_none(&f.value)
    });
    heading || field
}

/// Where `label` is a letter and every listed label a number, or the other
/// way round, the listed label in the same place: `A` of `1, 2` gives `1`.
fn other_style(label: &str, listed: &[&str]) -> Option<String> {
    let number = |l: &str| l.parse::<u32>().ok().filter(|n| (1..=26).contains(n));
    let letter = |l: &str| match l.as_bytes() {
        [b] if b.is_ascii_uppercase() => Some(u32::from(b - b'A' + 1)),
        _ => None,
    };
    let place = if let Some(n) = letter(label) {
        listed.iter().all(|l| number(l).is_some()).then_some(n)?;
        n.to_string()
    } else {
        let n = number(label)?;
        listed.iter().all(|l| letter(l).is_some()).then_some(n)?;
        char::from(b'A' + u8::try_from(n - 1).ok()?).to_string()
    };
    listed.contains(&place.as_str()).then_some(place)
}

/// What [`unlisted`] needs to know of the paper as a whole, worked out
/// once rather than for each reference (a paper may cite its appendices
/// thousands of times).
pub(crate) struct Unlisted<'d> {
    /// Whether an appendix cited without a list may still be attached
    /// rightly: the paper lists appendices, cites another document's, or
    /// says it has some in a way not read as a list.
    excused: bool,
    /// The first mention of each appendix or annex, not within another
    /// appendix: where its finding goes.
    first: HashMap<(ReferenceKind, &'d str), Span>,
}

impl<'d> Unlisted<'d> {
    fn new(cx: &Context<'d>) -> Self {
        let doc = cx.doc;
        let appendix_like =
            |k: ReferenceKind| matches!(k, ReferenceKind::Appendix | ReferenceKind::Annex);
        let mut first = HashMap::new();
        let mut external = false;
        for x in doc.references.iter().filter(|x| appendix_like(x.kind)) {
            external |= x.external;
            if x.within.is_none() {
                first
                    .entry((x.kind, x.target.as_str()))
                    .and_modify(|s: &mut Span| {
                        if x.span.start < s.start {
                            *s = x.span;
                        }
                    })
                    .or_insert(x.span);
            }
        }
        Unlisted {
            excused: listing(doc).next().is_some() || external || has_unread_list(cx),
            first,
        }
    }
}

/// An appendix or annex cited in a paper that lists none at all: the
/// first citation of each, at most a warning (the appendix may be attached
/// without being listed). Silent where the paper also cites another
/// document's appendices ("Appendix I of the budget report … a register
/// of risks in Appendix J"): an unqualified one may well be that
/// document's too.
fn unlisted(cx: &Context<'_>, paper: &Unlisted<'_>, r: &Reference) -> Option<Finding> {
    if r.within.is_some() || paper.excused {
        return None;
    }
    if paper.first.get(&(r.kind, r.target.as_str())) != Some(&r.span) {
        return None;
    }
    let (one, many) = match r.kind {
        ReferenceKind::Annex => ("annex", "annexes"),
        _ => ("appendix", "appendices"),
    };
    Some(
        finding(cx, r, &format!("the paper lists no {many}"))
            .at_most(Severity::Warning)
            .label(format!("no {one} is listed or attached"))
            .help(format!(
                "if {} is attached, list it under an Appendices heading at the end of the report; otherwise correct the reference",
                canonical(r)
            )),
    )
}

// ----- recommendations --------------------------------------------------------

/// The ordinal a recommendation label stands for: `3` → 3, `ii` → 2, `b` → 2.
fn ordinal(label: &str) -> Option<u32> {
    if let Some(v) = values_of(label) {
        return (v.len() == 1).then(|| v[0]);
    }
    let lower = label.to_ascii_lowercase();
    const ROMANS: [&str; 12] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ];
    if let Some(p) = ROMANS.iter().position(|r| *r == lower) {
        return u32::try_from(p + 1).ok();
    }
    let b = lower.as_bytes();
    (b.len() == 1 && b[0].is_ascii_lowercase()).then(|| u32::from(b[0] - b'a' + 1))
}

fn recommendation(
    cx: &Context<'_>,
    recs: Option<&Recommendations>,
    r: &Reference,
) -> Option<Finding> {
    let recs = recs?;
    let count = u32::try_from(recs.labels.len()).unwrap_or(u32::MAX);
    let exists = |label: &str| {
        let lower = label.to_ascii_lowercase();
        if recs.labels.contains(&lower)
            || recs.labelled.contains(&lower)
            // (Read only here: few papers cite a recommendation not listed.)
            || tabled(cx.doc).contains(&lower)
        {
            return true;
        }
        // "recommendation (c)" where the recommendations are lettered: the
        // letters are the authority, not the count of items.
        let letter = lower.len() == 1
            && lower.as_bytes()[0].is_ascii_lowercase()
            && !matches!(lower.as_str(), "i" | "v" | "x");
        if letter && recs.lettered {
            return false;
        }
        ordinal(&lower).map_or(true, |n| n <= count)
    };
    let Some(missing) = std::iter::once(r.target.as_str())
        .chain(r.range_end.as_deref())
        .find(|l| !exists(l))
    else {
        // "recommendation 2.1(d)": 2.1 is there; is its item?
        let in_recs = |q: &&crate::document::Paragraph| {
            q.section.is_some_and(|s| recs.sections.contains(&s))
                && q.number.as_ref().is_some_and(|n| {
                    n.style == crate::document::NumberStyle::Decimal
                        && n.label.eq_ignore_ascii_case(&r.target)
                })
        };
        return match r.range_end {
            None => item(cx, r, "recommendation", in_recs),
            Some(_) => None,
        };
    };
    let heading = cx.doc.sections[recs.section].heading;
    let noun = if count == 1 { "item" } else { "items" };
    Some(
        finding(
            cx,
            r,
            &format!("the recommendations section has {count} numbered {noun}"),
        )
        .label(format!("there is no recommendation {missing}"))
        .secondary(heading, "the recommendations are here")
        .help("check the number against the recommendations"),
    )
}

#[cfg(test)]
mod tests {
    fn messages(text: &str) -> Vec<String> {
        crate::rules::findings_of("unresolved-reference", text)
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    const PAPER: &str = "Meeting: Scrutiny Committee\nDate: 20 March 2025\n\n\
        ## 1. Purpose\n\n1.1 To present the review.\n\n\
        ## 2. Recommendations\n\n\
        2.1 The Committee is asked to endorse these recommendations:\n\n\
        Recommendation 1: That the Council reviews staffing.\n\n\
        Recommendation 2: That the Council publishes a guide.\n\n\
        Recommendation 3: That the Director reports each quarter.\n\n\
        2.2 The Committee is asked to note the review.\n\n\
        ## 3. Implications\n\n3.1 CITED bears on families.\n";

    #[test]
    fn a_labelled_recommendation_exists_and_its_label_is_not_a_citation() {
        assert_eq!(
            messages(&PAPER.replace("CITED", "Recommendations 1 and 3")),
            Vec::<String>::new()
        );
    }

    #[test]
    fn an_appendix_numbered_in_words_is_listed_and_cited() {
        let paper = |cited: &str| {
            format!(
                "Meeting: Combined Authority\n\n## 1. Purpose\n\n1.1 The allocations are in \
                 {cited}.\n\n**Appendices:**\n\nAppendix One -- Allocations by provider\n"
            )
        };
        assert_eq!(messages(&paper("Appendix One")), Vec::<String>::new());
        assert_eq!(messages(&paper("Appendix 1")), Vec::<String>::new());
        assert_eq!(
            messages(&paper("Appendix Two")),
            ["\"Appendix Two\" cites Appendix 2 but the paper lists only Appendix 1"]
        );
    }

    #[test]
    fn an_appendix_the_paper_withholds_is_not_missing() {
        let paper = |said: &str| {
            format!(
                "Meeting: Cabinet\nDate: 20 March 2025\n\n## 1. Purpose\n\n1.1 The scheme is in \
                 Appendix 1 and the prices in Appendix 2. {said}\n\n## Appendix 1\n\nThe scheme.\n"
            )
        };
        // Exempt, in Part 2, to follow: it exists, though not attached.
        for said in [
            "Appendix 2 is in Part 2 of the agenda.",
            "Appendix 2 is not for publication.",
            "The bids are in the confidential Appendix 2.",
            "Appendix 2 (to follow).",
        ] {
            assert_eq!(messages(&paper(said)), Vec::<String>::new(), "{said}");
        }
        // Said of nothing, or denied: Appendix 2 is missing.
        let missing = "Appendix 2 is cited but the paper lists only Appendix 1";
        assert_eq!(
            messages(&paper("Appendix 2 is not confidential.")),
            [missing, missing]
        );
        assert_eq!(messages(&paper("It is exempt.")), [missing]);
        // A paper that lists none: the withheld one is excused, and only it.
        let unlisted = "Meeting: Cabinet\n\n## 1. Purpose\n\n1.1 See the confidential \
                        Appendix 1 and Appendix 2.\n";
        assert_eq!(
            messages(unlisted),
            ["Appendix 2 is cited but the paper lists no appendices"]
        );
    }

    #[test]
    fn a_citation_beyond_the_labelled_recommendations_is_still_reported() {
        assert_eq!(
            messages(&PAPER.replace("CITED", "Recommendation 4")),
            ["Recommendation 4 is cited but the recommendations section has 2 numbered items"]
        );
        // Without the colon the lines cite: 3 is beyond the two items.
        let unlabelled = PAPER
            .replace("CITED", "It")
            .replace("Recommendation 3:", "Recommendation 3");
        assert_eq!(messages(&unlabelled).len(), 1, "{unlabelled}");
    }

    /// A hearing report with sections 1 and 2; `CITED` is paragraph 2.1.
    const HEARING: &str = "Meeting: Licensing Sub-Committee\nDate: 20 March 2025\n\n\
        ## 1. Purpose\n\n1.1 To decide the application.\n\n\
        ## 2. Guidance\n\n2.1 CITED\n\n2.2 The hearing follows the procedure.\n";

    #[test]
    fn a_bare_paragraph_later_in_a_sentence_citing_another_document_is_that_document_s() {
        let said = |cited: &str| messages(&HEARING.replace("CITED", cited));
        assert_eq!(
            said(
                "Paragraph 9.12 of the Guidance says that the police should usually \
                 advise on crime and disorder, and paragraph 10.10 says that \
                 conditions must be proportionate."
            ),
            Vec::<String>::new()
        );
        // Said to be this paper's, or in a sentence of its own: checked.
        for cited in [
            "See paragraph 4.3 of the Guidance and paragraph 5.9 of this report.",
            "Paragraph 9.12 of the Guidance says that the police advise. \
             Paragraph 10.10 says that conditions must be proportionate.",
            "Paragraph 9.12 of the Guidance says that the police advise, and \
             paragraph 10.10 above says that conditions must be proportionate.",
            "Paragraph 9 of the Guidance says that the police advise, and \
             paragraph 10.10 says that conditions must be proportionate.",
        ] {
            assert_eq!(said(cited).len(), 1, "{cited}");
        }
    }

    #[test]
    fn the_report_whose_paragraphs_were_cited_as_another_report_s_is_that_report() {
        let paper = |first: &str, then: &str| {
            HEARING.replace(
                "CITED",
                &format!(
                    "The reasons are in paragraphs 4.3 to 4.9 {first}.\n\n\
                     2.2 As set out in {then}, the routes offer poor value."
                ),
            )
        };
        let again = "paragraphs 4.3 to 4.9 of the report";
        assert_eq!(
            messages(&paper(
                "of the report to Cabinet of 27 February 2029",
                again
            )),
            Vec::<String>::new()
        );
        // Another document that is no report, other paragraphs, or none
        // cited before: "the report" is this paper.
        for (first, then, n) in [
            ("of the Guidance", again, 1),
            (
                "of the report to Cabinet of 27 February 2029",
                "paragraphs 4.3 to 4.8 of the report",
                1,
            ),
            ("of this report", again, 2),
        ] {
            assert_eq!(messages(&paper(first, then)).len(), n, "{first} / {then}");
        }
    }

    /// A cover report, its Supporting Information (sections 1 to 4, 4.5
    /// the last) and an "Implications of the Report" list after the body:
    /// the list's "4. Legal" is no section.
    const IMPLICATIONS: &str = "Meeting: Cabinet\nDate: 20 March 2025\n\n\
        ## 1. Purpose\n\n\
        1.1 To present the proposal set out in the Supporting Information.\n\n\
        ## 2. Recommendations\n\n\
        2.1 Cabinet is asked to approve the proposal.\n\n\
        ## 3. Background\n\n\
        3.1 The proposal follows the consultation.\n\n\
        3.2 The detail is in the Supporting Information below.\n\n\
        # Supporting Information\n\n\
        ## 1. Introduction\n\n\
        1.1 This part sets out the proposal.\n\n\
        1.2 It follows the consultation.\n\n\
        ## 2. The Options\n\n\
        2.1 Three options were considered.\n\n\
        2.2 The preferred option is the second.\n\n\
        ## 3. Consultation\n\n\
        3.1 The consultation ran for twelve weeks.\n\n\
        3.2 There were 200 responses.\n\n\
        ## 4. The Proposal\n\n\
        4.1 The proposal changes the catchment.\n\n\
        4.2 It applies from August.\n\n\
        4.3 Pupils already at the school stay.\n\n\
        4.4 Siblings may join them.\n\n\
        4.5 A safe route will be provided.\n\n\
        ## Implications of the Report\n\n\
        1. Financial -- None.\n\n\
        2. Staffing -- None.\n\n\
        3. Property -- None.\n\n\
        4. Legal -- The safe route in paragraph CITED meets the duty.\n\n\
        5. Procurement -- None.\n\n\
        6. Risk -- None.\n";

    #[test]
    fn a_trailing_list_of_implications_does_not_capture_the_body_s_paragraphs() {
        assert_eq!(
            messages(&IMPLICATIONS.replace("CITED", "4.5")),
            Vec::<String>::new()
        );
        // Beyond the body's section 4: reported against it, not the list.
        assert_eq!(
            messages(&IMPLICATIONS.replace("CITED", "4.9")),
            ["paragraph 4.9 is cited but section 4 in Supporting Information ends at 4.5"]
        );
        // Where the list's part has a section 4 of its own, it is that
        // section's paragraph 4.5 that is cited, and it has none.
        let own = IMPLICATIONS
            .replace("CITED", "4.5")
            .replace("4. Legal --", "## 4. Legal\n\n4.1 Legal --");
        assert_eq!(messages(&own).len(), 1, "{own}");
    }

    /// A progress report on a review: its own recommendations are (a) to
    /// (c), written with Pandoc's escaped brackets; the review's are the
    /// rows of a table.
    const PROGRESS: &str = "Meeting: Scrutiny Committee\nDate: 20 March 2025\n\n\
        ## 1. Purpose\n\n1.1 To report progress on the review.\n\n\
        ## 2. Recommendations\n\n2.1 The Committee is asked to:\n\n\
        \\(a\\) note the progress;\n\n\\(b\\) comment on the proposals; and\n\n\
        \\(c\\) agree to a further report.\n\n\
        ## 3. Progress\n\n3.1 The table below summarises the position.\n\n\
        | No. | HEADER | Status |\n|-----|-----|-----|\n\
        | 1 | A single point of contact | Complete |\n\
        | 2 | Inspection within 10 days | Complete |\n\
        | 3 | Proactive surveys | On track |\n\
        | 4 | Training for staff | Complete |\n\
        | 5 | Compensation policy | On track |\n\n\
        3.2 The survey programme (recommendation CITED) is on track.\n";

    #[test]
    fn lettered_recommendations_in_escaped_brackets_are_the_items() {
        let paper = |cited: &str| {
            PROGRESS
                .replace("HEADER", "Review recommendation")
                .replace("recommendation CITED", cited)
        };
        assert_eq!(messages(&paper("recommendation (c)")), Vec::<String>::new());
        assert_eq!(messages(&paper("recommendation (d)")).len(), 1);
    }

    #[test]
    fn a_tabulated_recommendation_exists() {
        let paper =
            |header: &str, cited: &str| PROGRESS.replace("HEADER", header).replace("CITED", cited);
        // The paper's own recommendations are 2.1 and (a) to (c), four
        // items: 5 is the table's.
        assert_eq!(
            messages(&paper("Review recommendation", "5")),
            Vec::<String>::new()
        );
        // Beyond the table's rows, or a table that is not of recommendations.
        assert_eq!(messages(&paper("Review recommendation", "6")).len(), 1);
        assert_eq!(
            messages(&paper("Action", "5")),
            ["recommendation 5 is cited but the recommendations section has 4 numbered items"]
        );
    }
}
