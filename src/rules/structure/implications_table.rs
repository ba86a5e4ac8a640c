//! # implications-table
//!
//! ## What it checks
//! An implications tick-box list (`LEGAL ✓  COMMUNITY SAFETY`), Yes/No
//! table (`Equal Opportunities  Yes  3.1 – 3.3`) or row of names laid
//! across the page over a row of marks (`Legal  Finance  ICT` over `YES
//! NONE  NONE`, as a Welsh council prints it) agrees with the paper:
//!
//! - an implication ticked or marked Yes has a section on it, or (in a
//!   table with a references column) a paragraph reference or a note saying
//!   where it is dealt with ("Throughout" will do);
//! - an implication left unticked or marked No has no section on it with
//!   real content (a section that only says "None", "N/A" or "There are no
//!   staffing implications" agrees with an unticked box, as does a longer
//!   one that gives its reasons and says "there are no staffing
//!   implications" in so many words);
//! - a checklist question answered No on its line ("Are there any
//!   equality implications? No"), the officer's comments under it, is
//!   contradicted only by comments that say no, not or none nowhere: a
//!   comment that gives the reasons there are none always negates
//!   something ("the proposals do not affect staff");
//! - every paragraph number in the references column exists in the paper
//!   (in any of its numbered parts: the column usually points into the
//!   supporting information);
//! - an implication ticked or marked Yes that points to one paragraph
//!   ("Human Resources: Yes – see paragraph 7.3") is not sent to a
//!   paragraph plainly about another implication: one that opens with a
//!   run-in title (`7.3 Risk: …`, `7.3 **Risk.** …`) or stands under a
//!   heading that the template takes for another implications section,
//!   and that never mentions the entry's subject. A paragraph with no
//!   title or heading of its own, one titled with the entry's subject or a
//!   combined one ("Legal and Human Resources"), and a range of paragraphs
//!   are left alone. A summary table's Section column that cites a heading
//!   by its one number ("Staffing | Yes | 10" over `10. RISK`) is checked
//!   the same way, and reported as pointing to section 10.
//!
//! Which section an entry stands for is template data: each section's
//! `implications` names (after a short qualifier and a colon too:
//! "Fairer Scotland Duty: Equalities" is the equalities entry). Entries
//! the template cannot place ("Policy", "Property") are checked for their
//! paragraph references; when ticked or marked Yes, for a mention
//! anywhere else in the paper: a "Property: Yes" in a paper that never
//! speaks of property again is reported; when marked No, against a
//! section of the paper titled with the entry's name ("Subsidy control |
//! No" over `9. Subsidy control`): it is reported when the section says
//! more than "None", does not say there are no such implications, and
//! has a sentence naming the subject that negates nothing ("The
//! shopfront grants are subsidies to enterprises."). A catch-all entry
//! ("OTHER") is checked only for its references.
//!
//! ## Why it matters
//! The table is what members read first to see what a decision touches. A
//! ticked box with nothing behind it, or an unticked one over a section
//! that sets out real implications, tells them the wrong thing; the
//! template asks the author to keep the two in step.
//!
//! ## Configuration
//! No parameters. Name the entries of your council's table in each
//! section's `implications` list, and its catch-all entries in the
//! vocabulary's `catch-all-entries`. A section's `hints` ("post" for
//! staffing) in a paragraph an entry points to count as a mention of the
//! entry's subject.
//!
//! ## Example
//! ```text
//! STAFFING    ✓    OTHER
//! ```
//! in a paper with no staffing implications section is reported as
//! "STAFFING is ticked in the implications table but the paper has no
//! staffing implications section". And
//! ```text
//! Human Resources
//! Yes – see paragraph 7.3
//! …
//! 7.3 Risk: the outstanding actions are on the corporate risk register.
//! ```
//! is reported as "Human Resources is marked Yes in the implications table
//! and points to paragraph 7.3, but paragraph 7.3 is about risk".

use crate::document::{Implication, Mark, NumberStyle, SectionId, Span};
use crate::parse::inline::plain;
use crate::rules::xref::{label_of, values_of, Targets};
use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "implications-table",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("implications_table.rs"),
    compile: compile::<ImplicationsTable>,
};

struct ImplicationsTable;

impl Configure for ImplicationsTable {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(ImplicationsTable)
    }
}

impl Rule for ImplicationsTable {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        if cx.doc.implications.is_empty() {
            return Vec::new();
        }
        let targets = cx.targets();
        let mut out = Vec::new();
        // The text in lower case, made once for the entries the template
        // cannot place.
        let lower = std::cell::OnceCell::new();
        for imp in &cx.doc.implications {
            references(cx, targets, imp, &mut out);
            let defs = cx.template.sections_for_implication(&imp.name);
            let Some(&first) = defs.first() else {
                let lower = || lower.get_or_init(|| cx.text.to_ascii_lowercase()).as_str();
                if imp.mark.applies() {
                    if imp.refs.is_none() && !mentioned_elsewhere(cx, imp, lower) {
                        out.push(unmentioned(imp));
                    }
                } else if let Some(s) = own_section(cx, imp).filter(|&s| sets_out(cx, imp, s)) {
                    out.push(no_over_own_section(cx, imp, s));
                }
                continue;
            };
            let mut sections: Vec<SectionId> = defs
                .iter()
                .flat_map(|&d| cx.resolved.sections[d].iter().copied())
                .collect();
            sections.sort_unstable();
            sections.dedup();
            // The entry's own line read as a heading (a table flattened one
            // cell a line: "Legal" / "Yes") is no section on it.
            sections.retain(|&s| !imp.span.contains(cx.doc.sections[s].title_span));
            let name = &cx.template.sections[first].name;
            let mark = mark_words(imp.mark);
            if let Some(finding) = points_elsewhere(cx, imp, &defs) {
                out.push(finding.subject(cx.template.sections[first].id.clone()));
                continue;
            }
            if imp.mark.applies() {
                if sections.is_empty() && imp.refs.is_none() && !titled_paragraph(cx, &defs) {
                    out.push(
                        Finding::new(
                            imp.span,
                            format!(
                                "{} is {mark} in the implications table but the paper has no {name} section",
                                imp.name
                            ),
                        )
                        .subject(cx.template.sections[first].id.clone())
                        .label(format!("{mark} here"))
                        .help(format!(
                            "add {} {name} section, or clear the entry if there are none",
                            article(name)
                        )),
                    );
                }
            } else if imp.asked {
                if let Some(&s) = sections
                    .iter()
                    .find(|&&s| has_real_content(cx, s) && !negates_anything(cx, s))
                {
                    out.push(answered_no(cx, imp, s, first));
                }
            } else if let Some(&s) = sections
                .iter()
                .find(|&&s| has_real_content(cx, s) && !says_there_are_none(cx, s, &defs))
            {
                let section = &cx.doc.sections[s];
                out.push(
                    Finding::new(
                        imp.span,
                        format!(
                            "{} is {mark} in the implications table, but the paper has {} {} section with more in it than \"None\"",
                            imp.name,
                            article(&section.title),
                            section.title
                        ),
                    )
                    .subject(cx.template.sections[first].id.clone())
                    .label(format!("{mark} here"))
                    .secondary(section.heading, "this section has content")
                    .help(format!(
                        "mark {} in the table, or say in the section that there are none",
                        imp.name
                    )),
                );
            }
        }
        out
    }
}

/// How many letters of an entry's name are looked for in the paper.
const STEM: usize = 5;

/// An entry the template has no section for, ticked or marked Yes, whose
/// name the paper never uses again.
fn unmentioned(imp: &Implication) -> Finding {
    let mark = mark_words(imp.mark);
    Finding::new(
        imp.span,
        format!(
            "{} is {mark} in the implications table but the paper does not mention it anywhere else",
            imp.name
        ),
    )
    .subject(imp.name.clone())
    .label(format!("{mark} here"))
    .help(format!(
        "set out the {} implications in the report, or clear the entry if there are none",
        imp.name
    ))
}

/// The paper's section titled with the name of an entry the template
/// cannot place ("Subsidy control" over `# 9. Subsidy control`, with or
/// without "implications" on either), if it has one; not the entry's own
/// line read as a heading.
fn own_section(cx: &Context<'_>, imp: &Implication) -> Option<SectionId> {
    let name = crate::template::normalise(&imp.name);
    let bare = |t: &str| t.strip_suffix(" implications").unwrap_or(t).to_string();
    let name = bare(&name);
    if name.is_empty() {
        return None;
    }
    cx.resolved
        .titles
        .iter()
        .enumerate()
        .find_map(|(s, title)| {
            (bare(title) == name && !imp.span.contains(cx.doc.sections[s].title_span)).then_some(s)
        })
}

/// Whether section `s`, titled with the name of an entry marked No that
/// the template cannot place, sets out such implications: it says more
/// than "None", does not say there are no such implications, and has a
/// sentence that names the entry's subject (its first word's first
/// [`STEM`] letters: "subsidies" for "Subsidy control") and negates
/// nothing ("The shopfront grants are subsidies to enterprises."). A
/// section that names the subject only to deny it ("The grant is not a
/// subsidy") agrees with the No.
fn sets_out(cx: &Context<'_>, imp: &Implication, s: SectionId) -> bool {
    let names = [crate::template::normalise(&imp.name)];
    if !has_real_content(cx, s) || says_none_of(cx, s, &names) {
        return false;
    }
    let Some(word) = first_word(&imp.name) else {
        return false;
    };
    let word = word.to_ascii_lowercase();
    let stem = &word[..word.len().min(STEM)];
    let section = &cx.doc.sections[s];
    // Split in the text's own case: a capital opens a sentence.
    let body = plain(&cx.text[section.heading.end..section.span.end]);
    let mut sentences = Vec::new();
    crate::parse::sentence::sentences_into(&body, &mut sentences);
    sentences.iter().any(|&(a, b, _)| {
        let sentence = body[a..b].to_lowercase();
        let words: Vec<&str> = sentence
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/'))
            .collect();
        words
            .iter()
            .any(|w| w.starts_with(stem) && (word.len() > 3 || *w == word))
            && !words
                .iter()
                .any(|w| cx.template.vocabulary.negations.contains(w))
    })
}

/// An entry the template cannot place, marked No over the paper's section
/// of that name that sets out such implications.
fn no_over_own_section(cx: &Context<'_>, imp: &Implication, s: SectionId) -> Finding {
    let mark = mark_words(imp.mark);
    let section = &cx.doc.sections[s];
    Finding::new(
        imp.span,
        format!(
            "{} is {mark} in the implications table, but the paper has {} {} section that sets out such implications",
            imp.name,
            article(&section.title),
            section.title
        ),
    )
    .subject(imp.name.clone())
    .label(format!("{mark} here"))
    .secondary(section.heading, "this section has content")
    .help(format!(
        "mark {} in the table, or say in the section that there are none",
        imp.name
    ))
}

/// Whether the paper names an entry's subject anywhere but in the entry
/// itself: its first word's first [`STEM`] letters ("procu" of
/// "Procurement" finds "procured"), as the start of a word in any case (a
/// word of three letters or fewer, "ICT", as a whole word). An entry the
/// template cannot place is checked only this far: any mention may be
/// where it is dealt with. A catch-all entry ("Other", the vocabulary's
/// `catch-all-entries`) counts as mentioned.
fn mentioned_elsewhere<'t>(
    cx: &Context<'_>,
    imp: &Implication,
    lower_text: impl FnOnce() -> &'t str,
) -> bool {
    let name = crate::template::normalise(&imp.name);
    if cx.template.vocabulary.catch_all_entries.contains(&name) {
        return true;
    }
    let Some(word) = imp
        .name
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
    else {
        return true;
    };
    if !word.is_ascii() {
        return true;
    }
    let word = word.to_ascii_lowercase();
    // The first five letters, so that any form of the word counts
    // ("procurement" → "procu", found in "procured"); a name of three
    // letters or fewer ("ICT") as a whole word.
    let stem = &word[..word.len().min(STEM)];
    let whole = word.len() <= 3;
    let lower = lower_text().as_bytes();
    let finder = memchr::memmem::Finder::new(stem.as_bytes());
    finder.find_iter(lower).any(|at| {
        let starts_word = at == 0 || !lower[at - 1].is_ascii_alphanumeric();
        let ends_ok = !whole
            || lower
                .get(at + stem.len())
                .map_or(true, |b| !b.is_ascii_alphanumeric());
        starts_word && ends_ok && !imp.span.contains(Span::new(at, at + stem.len()))
    })
}

/// How many words the first line of a numbered paragraph read as a
/// section's title (see [`titled_paragraph`]) has at most.
const TITLE_WORDS: usize = 8;

/// Whether a numbered paragraph's first line is only the title of one of
/// the template sections `defs` (`9.2   Crime and Disorder implications`
/// over the text on it): a sub-heading kept as a paragraph, which sets
/// out the implication as a section would.
fn titled_paragraph(cx: &Context<'_>, defs: &[usize]) -> bool {
    cx.doc
        .paragraphs
        .iter()
        .filter(|p| p.number.is_some())
        .any(|p| {
            let first = p.text.of(cx.text).lines().next().unwrap_or("");
            let title = plain(first);
            let title = title.trim();
            (1..=TITLE_WORDS).contains(&title.split_whitespace().count())
                && cx
                    .template
                    .match_heading(title)
                    .sections
                    .iter()
                    .any(|d| defs.contains(d))
        })
}

/// "an" before a vowel ("an Equalities Implications section"), else "a".
fn article(word: &str) -> &'static str {
    match word.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

fn mark_words(mark: Mark) -> &'static str {
    match mark {
        Mark::Ticked => "ticked",
        Mark::Unticked => "not ticked",
        Mark::Yes => "marked Yes",
        Mark::No => "marked No",
    }
}

/// Whether a section says something beyond "None": more than a short
/// sentence, or a short one with no negation in it.
fn has_real_content(cx: &Context<'_>, s: SectionId) -> bool {
    let section = &cx.doc.sections[s];
    if section.span.end <= section.heading.end {
        return false;
    }
    let body = plain(&cx.text[section.heading.end..section.span.end]).to_lowercase();
    let words: Vec<&str> = body
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/'))
        .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        .collect();
    if words.is_empty() {
        return false;
    }
    if words.len() > 25 {
        return true;
    }
    // The vocabulary's `negations`: "None", "N/A", "Not applicable".
    let negations = &cx.template.vocabulary.negations;
    !words.iter().any(|w| negations.contains(w))
}

/// A checklist question answered No over comments that set out
/// implications of its kind.
fn answered_no(cx: &Context<'_>, imp: &Implication, s: SectionId, first: usize) -> Finding {
    let section = &cx.doc.sections[s];
    Finding::new(
        imp.span,
        format!(
            "the checklist answers No to \"{}\", but the comments under it set out such implications",
            section.title
        ),
    )
    .subject(cx.template.sections[first].id.clone())
    .label("answered No here")
    .secondary(
        Span::new(section.heading.end, section.span.end),
        "these comments describe implications",
    )
    .help("answer Yes, or say in the comments why there are none")
}

/// Whether a section's text says no, not or none anywhere (the
/// vocabulary's `negations`). A checklist's "No" comes with the officer's
/// comments, which say why there are no implications ("The proposals do
/// not affect staff"), however long: only comments with no negation at
/// all contradict the answer.
fn negates_anything(cx: &Context<'_>, s: SectionId) -> bool {
    let section = &cx.doc.sections[s];
    let body = plain(&cx.text[section.heading.end..section.span.end]).to_lowercase();
    let negations = &cx.template.vocabulary.negations;
    body.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/'))
        .any(|w| negations.contains(w))
}

/// The most words between a negation and the implication's name in a
/// sentence that says there are none ("there are no direct equality
/// implications").
const NONE_GAP: usize = 3;

/// Whether a section says in so many words that there are no
/// implications of its kind, however much else it says ("… do not affect
/// members' benefits. There are no equality implications and no
/// assessment is needed."): a negation, then within [`NONE_GAP`] words
/// one of the implication names of the template sections `defs`, then
/// "implications". The section then agrees with an entry marked No.
fn says_there_are_none(cx: &Context<'_>, s: SectionId, defs: &[usize]) -> bool {
    let names: Vec<&String> = defs
        .iter()
        .flat_map(|&d| cx.template.sections[d].implications.iter())
        .collect();
    says_none_of(cx, s, &names)
}

/// [`says_there_are_none`] for the implication names `names` (lower
/// case): a negation, then within [`NONE_GAP`] words one of them, then
/// "implications".
fn says_none_of<S: AsRef<str>>(cx: &Context<'_>, s: SectionId, names: &[S]) -> bool {
    let section = &cx.doc.sections[s];
    let body = plain(&cx.text[section.heading.end..section.span.end]).to_lowercase();
    let raw: Vec<&str> = body.split_whitespace().collect();
    let words: Vec<&str> = raw
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/'))
        .collect();
    // A word that ends a sentence or clause ("no concerns: equality
    // implications are set out below") parts the negation from the name.
    let closes = |w: &str| w.ends_with(['.', ',', ':', ';', '?', '!', ')']);
    let negations = &cx.template.vocabulary.negations;
    let names: Vec<Vec<&str>> = names
        .iter()
        .map(|n| n.as_ref().split_whitespace().collect())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        if !negations.contains(w) {
            return false;
        }
        // The "implications" that closes the phrase, and the name just
        // before it.
        (i + 2..=(i + 1 + NONE_GAP).min(words.len().saturating_sub(1))).any(|end| {
            words[end] == "implications"
                && !raw[i..end].iter().any(|w| closes(w))
                && names.iter().any(|n| {
                    !n.is_empty() && n.len() < end - i && words[end - n.len()..end] == n[..]
                })
        })
    })
}

/// What a paragraph is plainly about: the words that say so (its run-in
/// title, or the heading it stands under), where they stand, and the
/// template sections they name.
struct Topic<'t> {
    words: &'t str,
    span: Span,
    sections: Vec<usize>,
}

/// What an entry's references cell points to: a paragraph or a numbered
/// heading.
struct Cited<'t> {
    span: Span,
    /// What it is plainly about (see [`topic_of`]), if anything.
    topic: Option<Topic<'t>>,
    /// "section" for a heading numbered with one number (`10. RISK`, as a
    /// summary table's Section column cites it), else "paragraph".
    noun: &'static str,
}

/// The paragraph or numbered heading `values` (`7.3`, `10`) names, if
/// exactly one has that number.
fn cited<'t>(cx: &Context<'t>, values: &[u32]) -> Option<Cited<'t>> {
    let label = label_of(values);
    let mut found = cx
        .doc
        .paragraphs
        .iter()
        .filter(|p| {
            p.number.as_ref().is_some_and(|n| {
                n.style == NumberStyle::Decimal && !n.parenthesised && n.values == values
            })
        })
        .map(|p| Cited {
            span: p.span,
            topic: topic_of(cx, p.text, p.section),
            noun: "paragraph",
        })
        .chain(
            cx.doc
                .sections
                .iter()
                .enumerate()
                .filter(|(_, s)| s.number.as_deref() == Some(label.as_str()))
                .map(|(id, s)| Cited {
                    span: s.span,
                    topic: heading_topic(cx, id),
                    noun: if values.len() == 1 {
                        "section"
                    } else {
                        "paragraph"
                    },
                }),
        );
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// What a paragraph whose text (after its number) is `text`, standing
/// under section `section`, is plainly about: its run-in title (`Risk:
/// the outstanding actions…`, `**Risk.** …`) where it opens with one,
/// else the heading it stands under. A run-in title the template does
/// not know says the paragraph is about something of its own: nothing
/// then.
fn topic_of<'t>(cx: &Context<'t>, text: Span, section: Option<SectionId>) -> Option<Topic<'t>> {
    let body = cx.text.get(text.start..text.end)?;
    if let Some((at, words)) = crate::template::opening_label(body) {
        let mut sections = cx.template.match_heading(words).sections.clone();
        if sections.is_empty() {
            sections = cx.template.sections_for_implication(words);
        }
        let start = text.start + at;
        return Some(Topic {
            words,
            span: Span::new(start, start + words.len()),
            sections,
        });
    }
    heading_topic(cx, section?)
}

/// What the text under section `id` is about: its title and the template
/// sections the title stands for.
fn heading_topic<'t>(cx: &Context<'t>, id: SectionId) -> Option<Topic<'t>> {
    let section = &cx.doc.sections[id];
    Some(Topic {
        words: &section.title,
        span: section.title_span,
        sections: cx.resolved.section_ids.get(id)?.clone(),
    })
}

/// An entry ticked or marked Yes whose references cell cites one
/// paragraph (`see paragraph 7.3`) that is plainly about another
/// implication: the paragraph's run-in title or heading names sections
/// of the template's that all have implications names, none of them the
/// entry's (`defs`), and neither the title nor the paragraph mentions the
/// entry's subject (see [`names_subject`]). A paragraph with no title or
/// heading of its own, a title the template does not know or one naming
/// the entry too ("Legal and Human Resources"), a range of paragraphs or
/// a number that several paragraphs have is not reported.
fn points_elsewhere(cx: &Context<'_>, imp: &Implication, defs: &[usize]) -> Option<Finding> {
    if !imp.mark.applies() {
        return None;
    }
    let refs = imp.refs.as_ref()?;
    let items = cell_refs(&refs.text)?;
    let [item] = &items[..] else {
        return None;
    };
    if item.last.is_some() {
        return None;
    }
    let Cited { span, topic, noun } = cited(cx, &item.first)?;
    let topic = topic?;
    let other = !topic.sections.is_empty()
        && topic
            .sections
            .iter()
            .all(|d| !defs.contains(d) && !cx.template.sections[*d].implications.is_empty());
    if !other {
        return None;
    }
    let lower = |span: Span| plain(span.of(cx.text)).to_lowercase();
    if names_subject(cx, imp, defs, &lower(span))
        || names_subject(cx, imp, defs, &lower(topic.span))
    {
        return None;
    }
    let label = label_of(&item.first);
    let about = about_words(topic.words);
    let mark = mark_words(imp.mark);
    Some(
        Finding::new(
            imp.span,
            format!(
                "{} is {mark} in the implications table and points to {noun} {label}, but {noun} {label} is about {about}",
                imp.name
            ),
        )
        .label(format!("{mark} here"))
        .secondary(topic.span, format!("{noun} {label} is about {about}"))
        .help(format!(
            "point the entry at the paragraph that sets out the {} implications, or add one (or mark the entry No if there are none)",
            imp.name
        )),
    )
}

/// Whether `lower` (text in lower case) names the subject of entry `imp`:
/// the first word of its name or of one of the implications names of its
/// template sections `defs` ("human resources", "staffing", "HR"), its
/// first [`STEM`] letters as the start of a word (a word of three letters
/// or fewer as a whole word), or one of those sections' `hints` ("posts"
/// for staffing) as the start of a word.
fn names_subject(cx: &Context<'_>, imp: &Implication, defs: &[usize], lower: &str) -> bool {
    let bytes = lower.as_bytes();
    let at_word_start = |hint: &str| {
        !hint.is_empty()
            && memchr::memmem::find_iter(bytes, hint.as_bytes())
                .any(|at| at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
    };
    if defs.iter().any(|&d| {
        cx.template.sections[d]
            .hints
            .iter()
            .any(|h| at_word_start(h))
    }) {
        return true;
    }
    let own = imp.name.to_lowercase();
    let names = std::iter::once(own.as_str()).chain(defs.iter().flat_map(|&d| {
        cx.template.sections[d]
            .implications
            .iter()
            .map(String::as_str)
    }));
    names.filter_map(first_word).any(|word| {
        let stem = &word[..word.len().min(STEM)];
        let whole = word.len() <= 3;
        memchr::memmem::find_iter(bytes, stem.as_bytes()).any(|at| {
            let starts_word = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
            let ends_ok = !whole
                || bytes
                    .get(at + stem.len())
                    .map_or(true, |b| !b.is_ascii_alphanumeric());
            starts_word && ends_ok
        })
    })
}

/// The first word of `name`, if it is one of ASCII letters and digits.
fn first_word(name: &str) -> Option<&str> {
    name.split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .filter(|w| w.is_ascii())
}

/// A title as the subject of a sentence: "risk" for `Risk` or `RISK`;
/// a short word in capitals inside a title that is not all capitals
/// (`HR`, `ICT`) stays so.
fn about_words(title: &str) -> String {
    let all_capitals = !title.chars().any(char::is_lowercase);
    title
        .split_whitespace()
        .map(|w| {
            let acronym = !all_capitals && w.len() <= 4 && !w.chars().any(char::is_lowercase);
            if acronym {
                w.to_string()
            } else {
                w.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One number or range in a references cell, with where it stands.
struct CellRef {
    first: Vec<u32>,
    last: Option<Vec<u32>>,
    text: String,
}

/// Reads a references cell made only of paragraph numbers ("3.1 – 3.3",
/// "1.1, 2.2", "paras 4.1 and 4.3"); `None` for prose ("Throughout", "In
/// relation to …"), which is not checked.
fn cell_refs(cell: &str) -> Option<Vec<CellRef>> {
    let spaced = cell
        .replace(['–', '—'], " - ")
        .replace([',', ';', '&'], " ");
    let spaced = spaced.replace('-', " - ");
    let mut out: Vec<CellRef> = Vec::new();
    let mut range = false;
    for tok in spaced.split_whitespace() {
        let lower = tok.to_ascii_lowercase();
        match lower.trim_end_matches('.') {
            "para" | "paras" | "paragraph" | "paragraphs" | "and" => continue,
            "-" | "to" => {
                // A range needs a number before it, and only one end.
                if out.last().map_or(true, |r: &CellRef| r.last.is_some()) {
                    return None;
                }
                range = true;
                continue;
            }
            _ => {}
        }
        let values = values_of(tok)?;
        if range {
            let last = out.last_mut()?;
            last.last = Some(values);
            last.text = format!("{} to {tok}", last.text);
            range = false;
        } else {
            out.push(CellRef {
                first: values,
                last: None,
                text: tok.trim_end_matches('.').to_string(),
            });
        }
    }
    (!out.is_empty() && !range).then_some(out)
}

/// Checks the paragraph numbers in an entry's references cell.
fn references(cx: &Context<'_>, targets: &Targets, imp: &Implication, out: &mut Vec<Finding>) {
    let Some(refs) = &imp.refs else {
        return;
    };
    let Some(items) = cell_refs(&refs.text) else {
        return;
    };
    let raw = refs.span.of(cx.text);
    for item in items {
        let ends: Vec<&Vec<u32>> = std::iter::once(&item.first).chain(&item.last).collect();
        if !ends.iter().all(|v| targets.checkable_anywhere(v.len())) {
            continue;
        }
        let span = raw
            .find(item.text.split(' ').next().unwrap_or(""))
            .map_or(refs.span, |at| {
                let len = item.text.split(' ').next().map_or(0, str::len);
                Span::new(refs.span.start + at, refs.span.start + at + len)
            });
        let message = if let Some(last) = item.last.as_ref().filter(|l| **l < item.first) {
            format!(
                "the implications table cites paragraphs {} for {}, a range that runs backwards, from {} down to {}",
                item.text,
                imp.name,
                label_of(&item.first),
                label_of(last)
            )
        } else if let Some(missing) = ends.iter().find(|v| !targets.has_anywhere(v)) {
            format!(
                "the implications table cites paragraph {} for {}, but the paper has no paragraph {}",
                item.text,
                imp.name,
                label_of(missing)
            )
        } else {
            continue;
        };
        out.push(
            Finding::new(span, message)
                .subject(imp.name.clone())
                .label("no such paragraph")
                .help("correct the paragraph reference in the table"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(text: &str) -> Option<Vec<String>> {
        cell_refs(text).map(|v| v.into_iter().map(|r| r.text).collect())
    }

    #[test]
    fn reference_cells() {
        assert_eq!(cell("3.1 – 3.3"), Some(vec!["3.1 to 3.3".to_string()]));
        assert_eq!(cell("1.1, 2.2"), Some(vec!["1.1".into(), "2.2".into()]));
        assert_eq!(cell("2.4"), Some(vec!["2.4".into()]));
        assert_eq!(
            cell("paras 4.1 and 4.3"),
            Some(vec!["4.1".into(), "4.3".into()])
        );
        assert_eq!(cell("3.1-3.3"), Some(vec!["3.1 to 3.3".to_string()]));
        assert_eq!(cell("Throughout"), None);
        assert_eq!(
            cell("In relation to targeting the reduction of offending"),
            None
        );
        assert_eq!(cell("- 3.1"), None);
        assert_eq!(cell("3.1 -"), None);
    }

    #[test]
    fn a_section_that_says_there_are_none_agrees_with_a_no() {
        let paper = |section: &str| {
            format!(
                "| Implication | Yes | No |\n|---|---|---|\n| Financial | X | |\n\
                 | Equality and diversity | | X |\n\n## 7. Financial implications\n\n\
                 7.1 The cost is £1m, agreed by Ann Lee, Finance Manager, on 1 May 2025.\n\n\
                 ## 9. Equality implications\n\n{section}\n\n## 10. Risk\n\n10.1 Low.\n"
            )
        };
        let long = "9.1 The decisions in this report concern the investment of the Fund's assets \
                    and do not affect members' benefits, which are set by the Scheme regulations.";
        let flagged = |section: &str| {
            crate::rules::findings_of("implications-table", &paper(section))
                .iter()
                .any(|f| f.message.contains("marked No"))
        };
        assert!(!flagged(&format!(
            "{long} There are no equality implications and no Equality Impact Assessment is needed."
        )));
        assert!(!flagged(&format!(
            "{long} There are no direct equality implications."
        )));
        // Near misses: a section that sets out implications, or says there
        // are none of another kind, disagrees with the No.
        assert!(flagged(&format!(
            "{long} Older members will be affected and an assessment has been made."
        )));
        assert!(flagged(&format!(
            "{long} There are no financial implications."
        )));
        assert!(flagged(&format!(
            "{long} This does not mean there are no concerns: equality implications are set out below."
        )));
    }

    #[test]
    fn an_unplaced_entry_marked_no_over_its_own_section_that_sets_it_out() {
        // A summary table whose "Subsidy control" row the pack cannot
        // place, over the paper's own "Subsidy control" section.
        let paper = |row: &str, section: &str| {
            format!(
                "**Summary of implications**\n\n| Implication | Yes / No | Section |\n|---|---|---|\n\
                 | Financial | Yes | 2 |\n| {row} | No | -- |\n\n# 1. Purpose\n\n1.1 To approve the grants.\n\n\
                 # 2. Financial implications\n\n2.1 The grants cost £315,000, met from the fund.\n\n\
                 # 3. Subsidy control\n\n{section}\n\n# 4. Background papers\n\nNone.\n"
            )
        };
        let flagged = |row: &str, section: &str| {
            crate::rules::findings_of("implications-table", &paper(row, section))
                .iter()
                .any(|f| f.message.contains("marked No"))
        };
        let sets_out = "3.1 The shopfront grants are subsidies to enterprises. They will be given as \
                        Minimal Financial Assistance under section 36 of the Subsidy Control Act 2022, \
                        so that the threshold is not exceeded.\n\n3.2 The youth hub grant is not a \
                        subsidy because the trust will not carry on an economic activity.";
        assert!(flagged("Subsidy control", sets_out));
        assert!(flagged("Subsidy control implications", sets_out));
        // Near misses: a section that says there are none (short, or at
        // length), or names the subject only to deny it; a row whose
        // label is no section's title.
        let denies = "3.1 The grants are not subsidies, because none of the recipients carries \
                      on an economic activity in the buildings funded. Each grant is paid under \
                      the council's standard grant terms with a five-year claw-back condition.";
        for section in [
            "3.1 There are no subsidy control implications.",
            &format!("{denies} There are no subsidy control implications."),
            denies,
        ] {
            assert!(!flagged("Subsidy control", section), "{section}");
        }
        assert!(!flagged("Procurement", sets_out));
        assert!(!flagged("Subsidy", sets_out));
    }

    #[test]
    fn a_yes_pointing_at_a_paragraph_about_another_implication_is_reported() {
        let paper = |third: &str| {
            format!(
                "6. Performance\n6.1 The service met its targets for the quarter.\nImplications\n\
                 Financial\nYes – see paragraph 7.1\nLegal\nYes – see paragraph 7.2\n\
                 Human Resources\nYes – see paragraph 7.3\nEqualities\nNo\n\
                 7. Implications\n7.1 Financial: the audit found overpayments of £18,000, now being recovered.\n\
                 7.2 Legal: the Accounts and Audit Regulations 2015 require an internal audit.\n\
                 {third}\n8. Background Papers\n8.1 None.\n"
            )
        };
        let found = |third: &str| {
            crate::rules::findings_of("implications-table", &paper(third))
                .into_iter()
                .map(|f| f.message)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("7.3 Risk: the outstanding actions are on the corporate risk register."),
            ["Human Resources is marked Yes in the implications table and points to paragraph 7.3, but paragraph 7.3 is about risk"]
        );
        // The title in bold, closed by a full stop.
        assert_eq!(
            found("7.3 **Risk.** The outstanding actions are on the corporate risk register.")
                .len(),
            1
        );
        // Near misses: the paragraph's title is the entry's own subject, or
        // a combined one naming it; the paragraph has no title; it has one
        // the template does not know; it speaks of the entry's subject.
        assert!(found("7.3 Human Resources: two posts will be regraded.").is_empty());
        assert!(found("7.3 Staffing: two posts will be regraded.").is_empty());
        assert!(found("7.3 Legal and Human Resources: the posts will be regraded.").is_empty());
        assert!(
            found("7.3 The outstanding actions are on the corporate risk register.").is_empty()
        );
        assert!(found("7.3 Procurement: the contract is let under a framework.").is_empty());
        assert!(found("7.3 Risk: the HR team will monitor the staff turnover risk.").is_empty());
        // One of the pack's hints for staffing: "posts".
        assert!(found("7.3 Risk: two posts may be lost if the savings are not found.").is_empty());
    }

    #[test]
    fn a_yes_pointing_at_a_paragraph_under_another_heading_is_reported() {
        let paper = |refs: &str| {
            format!(
                "| Implication | Yes / No | Paragraph |\n|---|---|---|\n| Financial | Yes | 5.1 |\n\
                 | Legal | Yes | 6.1 |\n| Staffing | Yes | {refs} |\n\n\
                 ## 5. Financial implications\n\n5.1 The scheme costs £40,000 from the reserve.\n\n\
                 5.2 The reserve stands at £2m.\n\n## 6. Legal implications\n\n\
                 6.1 The Council has the power under the Localism Act 2011.\n"
            )
        };
        let found = |refs: &str| {
            crate::rules::findings_of("implications-table", &paper(refs))
                .into_iter()
                .map(|f| f.message)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("6.1"),
            ["Staffing is marked Yes in the implications table and points to paragraph 6.1, but paragraph 6.1 is about legal implications"]
        );
        // A range of paragraphs, or more than one, is not judged.
        assert!(found("5.1 – 5.2").is_empty());
        assert!(found("5.2, 6.1").is_empty());
    }

    #[test]
    fn a_yes_pointing_at_a_section_about_another_implication_is_reported() {
        // A summary table over the body: "Implication | Considered? |
        // Section", the sections numbered with one number.
        let paper = |staffing: &str| {
            [
                "  **Implication**   **Considered?**   **Section**",
                "  ----------------- ----------------- -------------",
                "  Financial         Yes               1",
                &format!("  Staffing          {staffing}"),
                "  Risk              Yes               2",
                "",
                "**1. FINANCIAL IMPLICATIONS**",
                "",
                "1.1 The charges raise £7.3 million, agreed by Ann Lee, Chief Finance Officer, on 1 May 2027.",
                "",
                "**2. RISK**",
                "",
                "2.1 The main risk is that demand falls as charges rise.",
                "",
            ]
            .join("\n")
        };
        let found = |staffing: &str| {
            crate::rules::findings_of("implications-table", &paper(staffing))
                .into_iter()
                .map(|f| f.message)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("Yes               2"),
            ["Staffing is marked Yes in the implications table and points to section 2, but section 2 is about risk"]
        );
        // Near misses: the entry marked No, or the section speaks of staff.
        assert!(found("No                --").is_empty());
        let staff = paper("Yes               2").replace("falls as", "falls and two posts go as");
        assert!(crate::rules::findings_of("implications-table", &staff).is_empty());
    }

    #[test]
    fn an_entry_the_template_cannot_place_is_checked_for_a_mention() {
        let paper = |body: &str| {
            format!(
                "| Implications | Yes / No |\n|---|---|\n| Financial | Yes |\n| Procurement | Yes |\n\
                 | ICT | Yes |\n| OTHER | Yes |\n\n## 1. Financial implications\n\n1.1 The cost is £2m. {body}\n"
            )
        };
        let found = |body: &str| {
            crate::rules::findings_of("implications-table", &paper(body))
                .into_iter()
                .map(|f| f.message)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found(""),
            [
                "Procurement is marked Yes in the implications table but the paper does not mention it anywhere else",
                "ICT is marked Yes in the implications table but the paper does not mention it anywhere else"
            ]
        );
        // Any form of the word, anywhere else; a short name as a word.
        assert!(
            found("The vans were procured through a framework. New ICT kit is needed.").is_empty()
        );
        assert_eq!(
            found("The contract was procured. Strict rules apply.").len(),
            1
        );
    }

    #[test]
    fn a_two_column_grid_answer_is_checked_against_the_sections_below() {
        let paper = |sustainability: &str| {
            format!(
                "   9.    OTHER IMPLICATIONS:\n\n\
                 \x20  9.1   The implications for the following areas have been considered.\n\n\
                 \x20        Area assessed:                          Direct Implications:\n\
                 \x20        Crime and Disorder                      Set out below.\n\
                 \x20        Sustainability (including Climate       Set out below.\n\
                 \x20        Change and Carbon Emissions)\n\
                 \x20        Corporate Parenting/Looked After        No significant implications\n\
                 \x20        Children                                arising from this report\n\n\
                 \x20  9.2   Crime and Disorder implications\n\n\
                 \x20        The police support the waiting restrictions near the junction.\n\n\
                 {sustainability}"
            )
        };
        let found = |sustainability: &str| {
            crate::rules::findings_of("implications-table", &paper(sustainability))
                .into_iter()
                .map(|f| f.message)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found(""),
            ["Sustainability (including Climate Change and Carbon Emissions) is marked Yes in the \
              implications table but the paper has no sustainability and environmental \
              implications section"]
        );
        // Near miss: every "Set out below." has its section below.
        assert!(found(
            "   9.3   Sustainability implications\n\n\
             \x20        The schemes encourage walking and cycling to school.\n"
        )
        .is_empty());
    }

    #[test]
    fn a_checklist_answer_is_judged_against_the_comments_under_it() {
        let adverse = "The equality impact assessment identifies an adverse impact on older and \
                       disabled residents, who are less likely to have internet access. The \
                       telephone booking line mitigates this impact.";
        let paper = crate::rules::checklist_paper("No", adverse);
        let found = crate::rules::findings_of("implications-table", &paper);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].span().of(&paper), "No");
        assert_eq!(
            found[0].message,
            "the checklist answers No to \"Are there any equality and diversity implications?\", \
             but the comments under it set out such implications"
        );
        // Near misses: a No whose comment says there are none, or says why
        // at length, and a Yes over the adverse comment.
        for why in [
            "There are no equality implications.",
            "None.",
            "Staff who run the sites are employed by the contractor and the proposals do not \
             change the hours, the services or the charges at any site, so the change to \
             the booking arrangements affects every resident in the same way.",
        ] {
            let none = crate::rules::checklist_paper("No", why);
            assert!(
                crate::rules::findings_of("implications-table", &none).is_empty(),
                "{why}"
            );
        }
        let yes = crate::rules::checklist_paper("Yes", adverse);
        assert!(crate::rules::findings_of("implications-table", &yes).is_empty());
    }
}
