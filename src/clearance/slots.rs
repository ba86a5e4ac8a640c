//! Empty slots of a stacked sign-off block: a line that is only a post the
//! pack lists and a colon, then the slot's own lines, which give no name
//! and no date, an empty "Date:" closing them:
//!
//! ```text
//! Statutory Officer sign-off
//! Section 151 Officer:
//! Agreed by or on behalf of the Section 151 Officer
//! Date:
//! Monitoring Officer: NAME
//! Agreed on behalf of the Monitoring Officer by NAME, POST
//! Date: 23 November 2027
//! ```
//!
//! The post is named and nobody is against it: the sign-off it gives was
//! not given. Where that sign-off has no clearance, `sign-off-missing`
//! reports it at the slot.

use super::*;

/// An empty slot of a stacked sign-off block.
#[derive(Debug, Clone)]
pub(crate) struct Slot {
    /// The sign-off the slot's post gives.
    pub(crate) role: String,
    /// The post, as written ("Section 151 Officer").
    pub(crate) post: String,
    /// The slot's line, the post and its colon.
    pub(crate) span: Span,
}

/// The most words of a slot's post.
const MAX_POST_WORDS: usize = 8;

/// The most lines of a slot under its post: a line saying who agrees on
/// the post's behalf, then the date's.
const MAX_SLOT_LINES: usize = 3;

/// Every empty slot in the paper (see the module documentation). A line
/// that is a post and a colon and nothing more opens one; each line under
/// it (blank lines aside) is one of the pack's `post-labels` before the
/// same sign-off's post, perhaps after one of its verbs ("Agreed by or on
/// behalf of the Section 151 Officer") and with nobody after it, until a
/// date label with nothing after its colon closes the slot. Any other line
/// (a name under the post, a date) says the slot is filled, or no slot.
pub(crate) fn empty_slots(text: &str, template: &Template) -> Vec<Slot> {
    let wording = &template.clearance;
    let lines: Vec<Span> = lines_of(text, Span::new(0, text.len()));
    let mut out = Vec::new();
    for (i, &line) in lines.iter().enumerate() {
        let Some((post, role)) = slot_post(wording, line.of(text)) else {
            continue;
        };
        // The first line under it that is no "on behalf of" line decides:
        // an empty date label closes an empty slot; a name, a date or any
        // other line says it is filled, or no slot.
        let decided = lines[i + 1..]
            .iter()
            .map(|l| l.of(text).trim())
            .filter(|l| !l.is_empty())
            .take(MAX_SLOT_LINES)
            .find(|l| !on_behalf_of(wording, l, role));
        if decided.is_some_and(empty_date_label) {
            out.push(Slot {
                role: role.to_string(),
                post,
                span: line,
            });
        }
    }
    out
}

/// The post and its sign-off of a slot's opening line: a post the pack
/// lists, reading as a post (capitalised, eight words at most), then a
/// colon and nothing more ("Section 151 Officer:", "**Monitoring
/// Officer:**").
fn slot_post<'w>(wording: &'w Wording, line: &str) -> Option<(String, &'w str)> {
    if !line.trim_end_matches(['*', '_', ' ', '\t']).ends_with(':') {
        return None;
    }
    let plain = crate::parse::inline::plain(line);
    let post = plain.trim().strip_suffix(':')?.trim_end();
    if post.is_empty()
        || !post.starts_with(char::is_uppercase)
        || post.contains([':', '|', '.', ','])
        || post.split_whitespace().nth(MAX_POST_WORDS).is_some()
        || !is_plain_post(post)
    {
        return None;
    }
    let role = wording.role_of_post(post)?;
    Some((post.to_string(), role))
}

/// Whether `line` is a date label with nothing after its colon ("Date:",
/// "Date signed off:").
fn empty_date_label(line: &str) -> bool {
    let plain = crate::parse::inline::plain(line);
    plain
        .trim()
        .strip_suffix(':')
        .is_some_and(|label| after_date_label(label, 2).is_some())
}

/// Whether `line` says who agrees for a post giving sign-off `role`, and
/// names nobody: one of the pack's `post-labels`, perhaps after one of its
/// verbs, before such a post, with no "by" and an officer after it
/// ("Agreed by or on behalf of the Section 151 Officer").
fn on_behalf_of(wording: &Wording, line: &str, role: &str) -> bool {
    let plain = crate::parse::inline::plain(line);
    let line = plain.trim();
    let Some(from) = wording
        .post_after_label(line)
        .or_else(|| post_after_verb(wording, line))
    else {
        return false;
    };
    let post = &line[from..];
    !post.contains(" by ") && wording.role_of_post(post) == Some(role)
}
