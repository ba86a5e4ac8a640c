//! # empty-section
//!
//! ## What it checks
//! A heading the template knows (financial, legal, equalities, risk …) with
//! nothing under it before the next heading: no paragraph, no table, no
//! sub-heading. Headings the template does not know are not checked: a
//! title heading followed at once by its first sub-heading is not empty.
//! Nor is a heading followed by one the template does not know and that is
//! not numbered as its sibling: that may be a sub-heading of its own
//! ("Recommendations" then "That the Committee"), written at the same rank;
//! nor one followed by another heading for the same section ("Report
//! Author" then "Relevant Director", a contact block in two columns).
//! A heading that carries its content after a colon ("Background Papers:
//! none") is not empty either, nor an unnumbered heading other than an
//! implications heading followed by a run of numbered sections ("REPORT"
//! over "4. Risk Assessment", "5. Financial Implications"): it divides
//! the paper, and they are its content.
//!
//! ## Why it matters
//! Every implications heading must have text, even if only "None" (Vale of
//! Glamorgan's guidance). An empty heading usually means the author meant
//! to come back to it, or that the comments were never received.
//!
//! ## Configuration
//! No parameters. Turn it off for a pack with `severity = "off"`.
//!
//! ## Example
//! ```text
//! ## 6. Equalities implications
//!
//! ## 7. Background papers
//! ```
//! is reported as "the equalities implications section is empty".

use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "empty-section",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("empty_section.rs"),
    compile: compile::<EmptySection>,
};

struct EmptySection;

impl Configure for EmptySection {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(EmptySection)
    }
}

impl Rule for EmptySection {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        let sections = &cx.doc.sections;
        for (id, s) in sections.iter().enumerate() {
            let defs = &cx.resolved.section_ids[id];
            let Some(&first) = defs.first() else {
                continue;
            };
            // Content: anything between the end of the heading and the span's end.
            let has_content =
                s.span.end > s.heading.end && !cx.text[s.heading.end..s.span.end].trim().is_empty();
            if has_content || carries_its_content(&s.title) {
                continue;
            }
            // The next heading must be a section of its own for this one
            // to be empty: one the template knows, or a numbered sibling.
            let next = sections
                .iter()
                .enumerate()
                .skip(id + 1)
                .find(|(_, n)| n.heading.start >= s.heading.end);
            let sure = match next {
                None => true,
                // Two headings for one section ("Report Author" then
                // "Relevant Director", the columns of a contact block) are
                // one section written in two parts.
                Some((nid, _))
                    if cx.resolved.section_ids[nid]
                        .iter()
                        .any(|d| defs.contains(d)) =>
                {
                    false
                }
                // An unnumbered heading over a run of numbered sections
                // ("REPORT" between the summary and "4. Risk", "5.
                // Financial") divides the paper: what follows is its
                // content. Not an implications heading, though: one of
                // those must say something, even "None", wherever it is.
                Some((nid, _))
                    if s.number.is_none()
                        && defs
                            .iter()
                            .all(|&d| cx.template.sections[d].implications.is_empty())
                        && opens_numbered_run(sections, nid) =>
                {
                    false
                }
                Some((nid, n)) => {
                    !cx.resolved.section_ids[nid].is_empty()
                        || siblings(s.number.as_deref(), n.number.as_deref())
                        || (s.number.is_none()
                            && n.number.is_none()
                            && same_lead(&s.title, &n.title))
                }
            };
            if !sure {
                continue;
            }
            let names: Vec<&str> = defs
                .iter()
                .map(|&d| cx.template.sections[d].name.as_str())
                .collect();
            let names = names.join(" and ");
            // Name the heading as written when it is not the section's name.
            let message = if cx.resolved.titles[id] == names {
                format!("the {names} section is empty")
            } else {
                format!("the {names} section \"{}\" is empty", s.title)
            };
            out.push(
                Finding::new(s.heading, message)
                    .subject(cx.template.sections[first].id.clone())
                    .label("nothing under this heading")
                    .help("write the section, or say \"None\" if there are none"),
            );
        }
        out
    }
}

/// Whether two unnumbered headings open with the same two words, as the
/// officers' comments of a Welsh cabinet report do ("Comments of
/// Monitoring Officer" then "Comments of Head of People, Policy and
/// Transformation"): headings of one series, siblings, not a heading and
/// its sub-heading.
fn same_lead(a: &str, b: &str) -> bool {
    let lead = |t: &str| -> Vec<String> {
        t.split_whitespace()
            .take(2)
            .map(|w| w.to_lowercase())
            .collect()
    };
    let (a, b) = (lead(a), lead(b));
    a.len() == 2 && a == b
}

/// Whether a heading title carries its own content after a colon:
/// "Background Papers: none", "Background papers: n/a".
fn carries_its_content(title: &str) -> bool {
    title.split_once(':').is_some_and(|(_, after)| {
        after
            .trim_matches(|c: char| c.is_whitespace() || c == '*')
            .chars()
            .any(char::is_alphanumeric)
    })
}

/// Whether the heading `first` is numbered and the next heading of its
/// rank after it is its numbered sibling (`4.` then `5.`): a run of
/// numbered sections starts there.
fn opens_numbered_run(sections: &[crate::document::Section], first: usize) -> bool {
    let s = &sections[first];
    if s.number.is_none() {
        return false;
    }
    sections[first + 1..]
        .iter()
        .find(|n| n.level <= s.level)
        .is_some_and(|n| n.level == s.level && siblings(s.number.as_deref(), n.number.as_deref()))
}

/// Whether two heading numbers are siblings (`8` and `9`, `6.1` and `6.2`).
fn siblings(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    let (a, b) = (
        crate::rules::xref::values_of(a),
        crate::rules::xref::values_of(b),
    );
    match (a, b) {
        (Some(a), Some(b)) => {
            a.len() == b.len()
                && a[..a.len() - 1] == b[..b.len() - 1]
                && b[b.len() - 1] > a[a.len() - 1]
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    #[test]
    fn officers_comments_headings_of_one_series_are_siblings() {
        let paper = |next: &str| {
            format!(
                "**Comments of Chief Financial Officer**\n\nThe plan is within the grant.\n\n\
                 **Comments of Monitoring Officer**\n\n**{next}**\n\nThere are no staffing implications.\n"
            )
        };
        let found = findings_of(
            "empty-section",
            &paper("Comments of Head of People, Policy and Transformation"),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("legal"), "{}", found[0].message);
        // A heading of another shape under it may be its sub-heading.
        assert!(findings_of("empty-section", &paper("Procurement advice")).is_empty());
    }

    #[test]
    fn a_heading_with_its_content_after_a_colon_is_not_empty() {
        let paper = |h: &str| {
            format!("## 1. Purpose\n\n1.1 Text.\n\n### {h}\n\n### Equality implications\n\nNone.\n")
        };
        for h in [
            "Background Papers: none",
            "Background papers: n/a",
            "Background papers: nil",
        ] {
            assert!(findings_of("empty-section", &paper(h)).is_empty(), "{h}");
        }
        assert_eq!(
            findings_of("empty-section", &paper("Background Papers")).len(),
            1
        );
        assert_eq!(
            findings_of("empty-section", &paper("Background Papers:")).len(),
            1
        );
    }

    #[test]
    fn an_unnumbered_divider_over_numbered_sections_is_not_empty() {
        let paper = |divider: &str, next: &str| {
            format!(
                "# 3. Recommendations\n\n3.1 That the Committee agrees.\n\n# {divider}\n\n\
                 {next}\n\n4.1 There are no risks.\n\n# 5. Financial Implications\n\n5.1 None.\n"
            )
        };
        assert!(findings_of("empty-section", &paper("REPORT", "# 4. Risk Assessment")).is_empty());
        // Near misses: a numbered heading before its numbered sibling, an
        // unnumbered one before another unnumbered one, and one before a
        // numbered heading that starts no run, are empty.
        assert_eq!(
            findings_of("empty-section", &paper("4. REPORT", "# 5. Risk Assessment")).len(),
            1
        );
        assert_eq!(
            findings_of("empty-section", &paper("REPORT", "# Risk Assessment")).len(),
            1
        );
        let text = "# 6. Legal Implications\n\n6.1 None.\n\n# Equality implications\n\n\
                    # 7. Background Papers\n\nNone.\n";
        assert_eq!(findings_of("empty-section", text).len(), 1);
        // An implications heading is no divider, even over a numbered run.
        assert_eq!(
            findings_of(
                "empty-section",
                &paper("Equality implications", "# 4. Risk Assessment")
            )
            .len(),
            1
        );
    }
}
