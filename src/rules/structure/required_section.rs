//! # required-section
//!
//! ## What it checks
//! Every section the template marks `required = true` has a heading in the
//! paper. A combined heading counts for each section it names ("Financial
//! and Legal Implications" is both the financial and the legal section), and
//! an implications table row that answers for a section ("Equal
//! Opportunities — Yes — Throughout") counts as that section — except for
//! a section an officer must sign off (financial, legal): "Legal — No" in a
//! table is not the monitoring officer's cleared statement that there are
//! no legal implications. A tick box never counts: an unticked LEGAL box
//! says the paper has no legal implications, and the legal implications
//! section is where the paper must say so.
//!
//! A section run into the text counts too: a label that names it at the
//! start of a line (`Recommendation(s): Cabinet is asked to…`, `1. Finance
//! Advice: …`, `Background Documents` on the line above its text, or in a
//! column of its own beside its text: `Legal consequences    The works
//! will be …`, as `pdftotext -layout` keeps a two-column table), a
//! header-style field named after it, or a table row whose first cell
//! names it and whose other cells say something (`| Legal | The Council
//! has the power… |`). And where a heading the template does not know has
//! one of the section's `hints` ("Budget position" for financial), the
//! missing section is only a note (info): it may be there under another
//! name, which the note says how to add as a title.
//!
//! So does a paragraph that plainly discusses it under a general
//! implications heading, where "implications" follows no implication's
//! name ("Council Priorities, Implications and Risk" over "4.3 The
//! programme will be funded from the roads capital budget …"; not
//! "Staffing Implications"): a sentence or more whose
//! words are the section's (its `hints` or `implications` names:
//! "budget", "financial") and no other implication's ("The following
//! risks … ACORP004 Budget Pressures" speaks of risk too, and counts for
//! neither). A row of an implications table under the heading is no
//! discussion.
//!
//! ## Why it matters
//! Members must be told the financial, legal and equalities implications of
//! what they decide (the public sector equality duty, Equality Act 2010
//! s149, applies to every decision), and background papers must be listed
//! (Local Government Act 1972 s100D). A paper without these sections is
//! sent back by the clerk.
//!
//! ## Configuration
//! Which sections are required is template data: `[sections.<id>] required
//! = true` (or `false`); add the headings your template uses with
//! `[sections.<id>] titles = ["…"]` or `patterns = ['^…$']`, and the words
//! that hint at it with `hints = ["…"]`. The rule takes no parameters.
//!
//! ## Example
//! A paper with no "Legal Implications" heading (and no combined heading
//! naming legal) is reported as "there is no legal implications section".

use crate::document::{Mark, Span};
use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "required-section",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("required_section.rs"),
    compile: compile::<RequiredSection>,
};

struct RequiredSection;

impl Configure for RequiredSection {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(RequiredSection)
    }
}

impl Rule for RequiredSection {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for (i, def) in cx.template.sections.iter().enumerate() {
            // A YES/NO table row answers for its section, unless an officer
            // must sign the section off; a tick box only says whether the
            // section has something to say.
            let answered = def.sign_off.is_none()
                && cx.resolved.implications[i]
                    .iter()
                    .any(|&e| matches!(cx.doc.implications[e].mark, Mark::Yes | Mark::No));
            if !def.required || !cx.resolved.sections[i].is_empty() || answered {
                continue;
            }
            // "Recommendation(s): Cabinet is asked to…", "1. Finance
            // Advice: …", a "Legal" row of an implications table: the
            // section is there, run into the text.
            let labels = cx.run_in_labels();
            if !labels[i].is_empty() {
                continue;
            }
            // "4. Council Priorities, Implications and Risk" over "4.3 The
            // programme will be funded from the roads capital budget …":
            // the implications discussed in turn, untitled.
            if discussed(cx, i) {
                continue;
            }
            // A heading the template does not know, whose words are this
            // section's ("Financial Position" for financial implications):
            // perhaps the section under another name. Say so, as a note.
            if let Some(s) = plausible(cx, i) {
                let section = &cx.doc.sections[s];
                out.push(
                    Finding::new(
                        section.heading,
                        format!(
                            "no {} section was recognised; \"{}\" may be it",
                            def.name, section.title
                        ),
                    )
                    .at_most(crate::diagnostic::Severity::Info)
                    .subject(def.id.clone())
                    .label("perhaps this section")
                    .help(format!(
                        "if it is, add \"{}\" to [sections.{}] titles in paperlint.toml",
                        section.title.to_lowercase(),
                        def.id
                    )),
                );
                continue;
            }
            let (span, label) = anchor(cx);
            out.push(
                Finding::new(span, format!("there is no {} section", def.name))
                    .subject(def.id.clone())
                    .label(label)
                    .help(format!(
                        "add a \"{}\" heading with its text",
                        capitalise(&def.name)
                    )),
            );
        }
        out
    }
}

/// The fewest words of a paragraph that discusses an implication: a
/// sentence, not a table row ("Financial    X") read as a paragraph.
const DISCUSSION_WORDS: usize = 8;

/// Whether a paragraph directly under a general implications heading (see
/// [`is_umbrella`]) discusses template section `def` and no other implication:
/// it has at least [`DISCUSSION_WORDS`] words, one of them `def`'s (a
/// hint or an implications name, at the start of a word), and none of
/// another section with implications names.
fn discussed(cx: &Context<'_>, def: usize) -> bool {
    let sections = &cx.template.sections;
    if sections[def].implications.is_empty() {
        return false;
    }
    let speaks_of = |text: &str, d: usize| {
        let s = &sections[d];
        s.hints
            .iter()
            .chain(&s.implications)
            .any(|w| crate::template::holds_at_word_start(text, w))
    };
    (0..cx.doc.sections.len())
        .filter(|&s| is_umbrella(cx.template, &cx.resolved.titles[s]))
        .any(|s| {
            cx.doc.sections[s].paragraphs.iter().any(|&p| {
                let text = crate::parse::inline::plain(cx.doc.paragraphs[p].text.of(cx.text))
                    .to_lowercase();
                text.split_whitespace().count() >= DISCUSSION_WORDS
                    && speaks_of(&text, def)
                    && !(0..sections.len()).any(|d| {
                        d != def && !sections[d].implications.is_empty() && speaks_of(&text, d)
                    })
            })
        })
}

/// Whether a heading's normalised `title` is a general implications
/// heading: it holds the word "implications" after no implication's name
/// ("implications", "council priorities, implications and risk", "other
/// implications"; not "financial implications", which is one section's).
fn is_umbrella(template: &Template, title: &str) -> bool {
    title.match_indices("implications").any(|(i, w)| {
        let before = title[..i].trim_end_matches(|c: char| !c.is_alphanumeric());
        let whole_word = !title[..i].ends_with(char::is_alphanumeric)
            && !title[i + w.len()..].starts_with(char::is_alphanumeric);
        whole_word
            && !template.sections.iter().any(|d| {
                d.implications.iter().any(|n| {
                    before
                        .strip_suffix(n.as_str())
                        .is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
                })
            })
    })
}

/// A heading the template does not place that has one of template
/// section `def`'s hint words, as a word or the start of one ("budget" in
/// "Budget Monitoring").
fn plausible(cx: &Context<'_>, def: usize) -> Option<crate::document::SectionId> {
    let hints = &cx.template.sections[def].hints;
    if hints.is_empty() {
        return None;
    }
    let at_word_start = |title: &str, hint: &str| {
        let word_start = |i: usize| {
            !title[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        };
        if hint.is_empty() {
            return title.match_indices(hint).any(|(i, _)| word_start(i));
        }
        // The matches `match_indices` gives (leftmost, not overlapping),
        // found by hand: building its searcher for each title and hint
        // cost more than the search. A match starts on a character
        // boundary, as the hint does.
        let (t, h) = (title.as_bytes(), hint.as_bytes());
        let mut i = 0;
        while i + h.len() <= t.len() {
            if t[i] == h[0] && t[i..].starts_with(h) {
                if word_start(i) {
                    return true;
                }
                i += h.len();
            } else {
                i += 1;
            }
        }
        false
    };
    (0..cx.doc.sections.len()).find(|&s| {
        cx.resolved.section_ids[s].is_empty()
            && hints
                .iter()
                .any(|h| at_word_start(&cx.resolved.titles[s], h))
    })
}

/// Where a missing section is reported: the title, else the first heading,
/// else the start of the paper.
fn anchor(cx: &Context<'_>) -> (Span, &'static str) {
    if let Some(t) = &cx.doc.title {
        return (t.span, "in this paper");
    }
    if let Some(s) = cx.doc.sections.first() {
        return (s.heading, "the paper's sections start here");
    }
    let end = cx.text.find('\n').unwrap_or(cx.text.len());
    (Span::new(0, end.min(cx.text.len())), "in this paper")
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    /// The subjects of the paper's `required-section` findings.
    fn missing(text: &str) -> Vec<String> {
        let mut out: Vec<String> = findings_of("required-section", text)
            .into_iter()
            .filter_map(|d| d.subject)
            .collect();
        out.sort();
        out
    }

    /// A Scottish report whose implications heading is `heading`, over
    /// numbered paragraphs `body`, with legal and background papers.
    fn paper(heading: &str, body: &str) -> String {
        format!(
            "# 1. Executive Summary/Recommendations\n\n1.1 This report seeks approval of \
             the programme.\n\n# 2. {heading}\n\n{body}\n\n# 3. Legal Implications\n\n\
             3.1 The Council has the power to do this.\n\n# 4. Background Papers\n\nNone.\n"
        )
    }

    #[test]
    fn implications_discussed_untitled_under_a_general_heading_are_there() {
        let body = "2.1 The table below shows whether implications apply.\n\n\
                    2.2 The programme will be funded from the roads capital budget \
                    approved by Full Council. There are no additional financial implications.\n\n\
                    2.3 An Integrated Impact Assessment screening has been carried out. It found \
                    no negative impacts on people with protected characteristics.";
        for heading in [
            "Council Priorities, Implications and Risk",
            "Implications",
            "Other implications",
        ] {
            assert!(missing(&paper(heading, body)).is_empty(), "{heading}");
        }
    }

    #[test]
    fn an_implication_not_discussed_is_still_missing() {
        // Only financial is discussed: equalities is missing.
        let body = "2.1 The programme will be funded from the roads capital budget approved \
                    by Full Council in March.";
        let heading = "Council Priorities, Implications and Risk";
        assert_eq!(missing(&paper(heading, body)), ["equalities"]);
        // A paragraph that speaks of two implications ("Budget" in a risk
        // register's entry) discusses neither.
        let risks = "2.1 The following Risks have been identified as relevant to this matter \
                     on a Corporate Level: ACORP004 Budget Pressures.";
        assert_eq!(missing(&paper(heading, risks)), ["equalities", "financial"]);
        // A table row read as a paragraph is no discussion.
        let row = "2.1 The table shows the implications.\n\nFinancial   X\n\nEqualities   X";
        assert_eq!(missing(&paper(heading, row)), ["equalities", "financial"]);
    }

    #[test]
    fn one_implications_heading_holds_no_other_implication() {
        // Under "Staffing Implications" (one section's heading), a
        // paragraph on the budget is not the financial section.
        let body = "2.1 The cost will be met from the service's existing budget for the \
                    coming year.";
        let text = paper("Staffing Implications", body);
        assert_eq!(missing(&text), ["equalities", "financial"]);
        // Under "Implications" it is.
        assert_eq!(missing(&paper("Implications", body)), ["equalities"]);
    }

    #[test]
    fn a_transport_partnership_s_object_and_committee_action_headings() {
        let text = |purpose: &str, action: &str| {
            format!(
                "# 1. {purpose}\n\nTo seek approval of the programme.\n\n# 2. {action}\n\n\
                 The Committee is recommended to approve the programme.\n\n# 3. Financial \
                 implications\n\n3.1 Met from the capital grant.\n\n# 4. Legal implications\n\n\
                 4.1 Procured under the Standing Orders.\n\n# 5. Equalities implications\n\n\
                 5.1 Improves access.\n\n# 6. Background papers\n\nNone.\n"
            )
        };
        assert!(missing(&text("Object of report", "Committee action")).is_empty());
        // Near misses: other headings with the same words.
        assert_eq!(
            missing(&text("Objectives", "Committee membership")),
            ["purpose", "recommendations"]
        );
    }

    #[test]
    fn a_general_implications_heading_names_no_implication_before_the_word() {
        let set = crate::config::default_rule_set();
        let t = &set.template;
        assert!(super::is_umbrella(t, "implications"));
        assert!(super::is_umbrella(
            t,
            "council priorities, implications and risk"
        ));
        assert!(super::is_umbrella(t, "implications of the recommendations"));
        assert!(!super::is_umbrella(t, "financial implications"));
        assert!(!super::is_umbrella(t, "human rights implications"));
        assert!(!super::is_umbrella(t, "implicationsx"));
        assert!(!super::is_umbrella(t, "risk"));
    }

    #[test]
    fn an_implications_row_qualified_by_a_duty_before_a_colon_is_its_section() {
        // A Scottish implications table: the duty qualifies the row's
        // label, the implication's name follows the colon.
        let row = |label: &str| {
            paper(
                "Implications",
                &format!(
                    "| Implication | Comment |\n|---|---|\n\
                     | Financial | None. The cost is met from the existing Community Safety budget. |\n\
                     | {label} | The performance data is not broken down by protected characteristic. |\n"
                ),
            )
        };
        assert!(missing(&row("Fairer Scotland Duty: Equalities")).is_empty());
        // Near misses: the part after the colon names no implication, or
        // names one only within a longer phrase.
        for label in [
            "Fairer Scotland Duty: Socio-economic",
            "Fairer Scotland Duty: Equalities of outcome",
            "Review of the local plan and all its actions: Equalities",
        ] {
            assert_eq!(missing(&row(label)), ["equalities"], "{label}");
        }
    }

    #[test]
    fn a_checklist_question_answered_on_its_line_is_its_implications_section() {
        let paper = crate::rules::checklist_paper("No", "There are no equality implications.");
        assert!(!missing(&paper).contains(&"legal".to_string()), "{paper}");
        // Near misses: the question asked in prose, and a question whose
        // answer is a sentence, head nothing.
        for legal in [
            "Members asked whether there are any legal implications? Officers replied.",
            "**2.2 Are there any legal implications?** Yes, because the lease ends.",
        ] {
            let asked = paper.replace("**2.2 Are there any legal implications?** Yes", legal);
            assert!(missing(&asked).contains(&"legal".to_string()), "{legal}");
        }
    }
}
