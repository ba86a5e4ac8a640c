//! Clearances given by a heading that names an officer's post over their
//! advice.
//!
//! Some London reports give each statutory officer's advice under a
//! sub-heading that is the officer's post and nothing else, with a
//! reference or date beside it:
//!
//! ```text
//! SUPPLEMENTARY ADVICE FROM OTHER OFFICERS
//!
//! Director of Law and Governance (LG26/031)
//!
//! 15.
//!
//! The dynamic purchasing system has been set up under regulation 34 …
//! ```
//!
//! The template reads such a section as the one needing the sign-off the
//! post gives ([`crate::template::Resolved`]'s `post_headings`); the heading
//! is that officer's clearance, dated where the heading carries a date,
//! unless a clearance stands in the advice itself ("Legal comments
//! provided by NAME, POST, on DATE").

use super::*;

/// Adds to `found` (in document order) the clearance of each post heading
/// over advice that holds no clearance of its own sign-off.
pub(super) fn post_headings(
    doc: &Document,
    template: &Template,
    resolved: &Resolved,
    found: &mut Vec<Clearance>,
) {
    if resolved.post_headings.is_empty() {
        return;
    }
    for &(s, role) in &resolved.post_headings {
        let role = &template.clearance.roles[role].id;
        let section = &doc.sections[s];
        let own = found
            .iter()
            .any(|c| section.span.contains(c.span) && c.role.as_ref().map_or(true, |r| r == role));
        if own {
            continue;
        }
        found.push(Clearance {
            role: Some(role.clone()),
            officer: None,
            post: Some(TextItem {
                text: section.title.clone(),
                span: section.title_span,
            }),
            date: date_in(doc, section.heading),
            span: section.title_span,
            place: Place::Heading(s),
        });
    }
    found.sort_by_key(|c| (c.span.start, c.span.end));
}
