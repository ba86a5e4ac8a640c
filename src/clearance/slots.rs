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
//!
//! So is a date label naming the post that signs the paper off, with
//! nothing after its colon, as a Welsh county borough's template heads
//! its reports (see [`sign_off_date_line`]):
//!
//! ```text
//! **Date signed off by the Monitoring Officer:** 21.09.2027\
//! **Date signed off by the Section 151 Officer:**
//! ```
//!
//! The first line, its date filled in, is the Monitoring Officer's
//! clearance, dated (see [`dated_sign_off_lines`]); the second, left
//! blank, is the Section 151 Officer's empty slot.

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
        if let Some(date_line) = sign_off_date_line(template, line.of(text)) {
            if date_line.value.is_empty() {
                out.push(Slot {
                    role: date_line.role,
                    post: date_line.post,
                    span: line,
                });
            }
            continue;
        }
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

/// A line that is a date label naming the post that signed the paper off
/// ("Date signed off by the Monitoring Officer:"), and what follows its
/// colon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SignOffDateLine {
    /// The sign-off the post gives.
    pub(crate) role: String,
    /// The post, as written in the label ("Monitoring Officer").
    pub(crate) post: String,
    /// Where the post stands in the line.
    pub(crate) post_at: usize,
    /// The value after the colon, plain and trimmed ("21.09.2027"; empty
    /// where left blank), and where it starts in the line.
    pub(crate) value: String,
    pub(crate) value_at: usize,
}

/// The most words of a sign-off date label after "Date".
const MAX_DATE_LABEL_WORDS: usize = 12;

/// `line` read as a sign-off date line: "Date", then one of the pack's
/// sign-off headings ending in "by" and a post it lists that gives a
/// sign-off (see [`signed_off_by_role`]), then a colon, emphasis and a
/// Markdown hard break (`\\`) aside: "**Date signed off by the Monitoring
/// Officer:** 21.09.2027\\". "Date signed off:" names no post and "Date
/// signed off by Strategic Director & name" a post giving no sign-off:
/// neither is one.
pub(crate) fn sign_off_date_line(template: &Template, line: &str) -> Option<SignOffDateLine> {
    let colon = line.find(':')?;
    let label = crate::parse::inline::plain(&line[..colon]);
    let label = label.trim().trim_matches(['*', '_']).trim();
    after_date_label(label, MAX_DATE_LABEL_WORDS).filter(|rest| !rest.is_empty())?;
    let role = signed_off_by_role(template, label)?;
    let (_, post) = label.rsplit_once(" by ")?;
    let post = post.trim();
    let post = post
        .strip_prefix("the ")
        .or_else(|| post.strip_prefix("The "))
        .unwrap_or(post);
    let post_at = line[..colon].rfind(post)?;
    let raw = &line[colon + 1..];
    let raw = raw.trim_end().trim_end_matches('\\');
    let lead = raw.len() - raw.trim_start_matches([' ', '\t', '*', '_']).len();
    let value = crate::parse::inline::plain(raw);
    let value = value.trim().trim_matches(['*', '_']).trim().to_string();
    Some(SignOffDateLine {
        role,
        post: post.to_string(),
        post_at,
        value,
        value_at: colon + 1 + lead,
    })
}

/// The clearances of sign-off date lines whose value is a date alone
/// ("**Date signed off by the Monitoring Officer:** 21.09.2027"): the
/// post's sign-off, dated, standing on a line of its own (counted as a
/// post-labelled line is). A value that is more than the date ("To
/// follow", "21.09.2027 subject to …") clears nothing.
pub(crate) fn dated_sign_off_lines(
    text: &str,
    doc: &Document,
    template: &Template,
) -> Vec<Clearance> {
    let mut out = Vec::new();
    for line in lines_of(text, Span::new(0, text.len())) {
        let Some(d) = sign_off_date_line(template, line.of(text)) else {
            continue;
        };
        let value = Span::new(line.start + d.value_at, line.end);
        let Some(date) = date_in(doc, value) else {
            continue;
        };
        if crate::parse::inline::plain(date.span.of(text)).trim() != d.value {
            continue;
        }
        let at = line.start + d.post_at;
        out.push(Clearance {
            role: Some(d.role),
            officer: None,
            post: Some(TextItem {
                span: Span::new(at, at + d.post.len()),
                text: d.post,
            }),
            date: Some(date),
            span: line,
            place: Place::Line,
        });
    }
    out
}
