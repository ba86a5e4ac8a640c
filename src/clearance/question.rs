//! Clearance questions: a closing block that asks, implication by
//! implication, whether each was cleared, and names who cleared it.
//!
//! ```text
//! Have the resource implications been cleared by Finance? Yes
//! Name of Financial Officer: Priya Raman
//! Has the impact on statutory, legal and risk implications been cleared
//! by the Council's Monitoring Officer or Pathfinder Legal? Yes
//! Name of Legal Officer:
//! ```
//!
//! # Grammar
//!
//! ```text
//! question := [CLAUSE ","] ("Has" | "Have") SUBJECT "been" VERB "by" WHO "?" [ANSWER]
//! answer   := ANSWER on the question's line, or alone on the next line
//! slot     := LABEL ":" [NAME]     (the next non-blank line)
//! date     := a date on the slot's line, or a "Date:" line right under it
//! ```
//!
//! VERB is one of the pack's `[sign-off] verbs`, ANSWER one of its
//! `cleared-answers` ("Yes"), LABEL one of its `name-labels` ("Name of
//! Officer"), perhaps with a word or two naming the sign-off before its
//! last word ("Name of Legal Officer"). The question may wrap over up to
//! three lines.
//!
//! The question says who *ought* to clear the implications (WHO: "the
//! Council's Monitoring Officer"); only the slot says who did. So a
//! question answered "Yes" over a slot naming an officer is that
//! officer's clearance of the SUBJECT's sign-off; one over an empty slot
//! is a clearance that names nobody (`sign-off-missing` says so at the
//! slot); and no reading of the question's own words is a clearance.

use super::*;

/// The most lines a question may wrap over.
const MAX_QUESTION_LINES: usize = 3;

/// One clearance question with its answer and name slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Question {
    /// The question itself (and its answer where it stands on its line):
    /// no part of it is any other clearance.
    pub(crate) question: Span,
    /// The sign-off its subject, slot label or post names, if any.
    pub(crate) role: Option<String>,
    /// Whether it is answered with one of the pack's `cleared-answers`.
    pub(crate) cleared: bool,
    /// The slot line ("Name of Legal Officer:"), with a date line right
    /// under it.
    pub(crate) slot: Span,
    /// The officer named in the slot, if any.
    pub(crate) officer: Option<TextItem>,
}

/// The parts of a question's text (its lines, white space folded):
/// subject, verb, who, and what follows the "?" (the answer).
fn question_parts(q: &str) -> Option<(String, String, String, String)> {
    let q = q.split_whitespace().collect::<Vec<_>>().join(" ");
    let (head, answer) = q.split_once('?')?;
    let lower = head.to_lowercase();
    // After a clause ("If a Key decision, have any …").
    let open = ["has ", "have "]
        .iter()
        .filter_map(|o| {
            let at = if lower.starts_with(o) {
                0
            } else {
                lower.find(&format!(", {o}"))? + 2
            };
            Some(at + o.len())
        })
        .min()?;
    let been = lower[open..].find(" been ")? + open;
    let by = lower[been..].find(" by ")? + been;
    let subject = head[open..been].trim();
    let verb = head[been + " been ".len()..by].trim();
    let who = head[by + " by ".len()..].trim();
    if subject.is_empty() || verb.is_empty() || who.is_empty() {
        return None;
    }
    Some((
        subject.to_string(),
        verb.to_string(),
        who.to_string(),
        answer.to_string(),
    ))
}

/// Every clearance question of the paper, in document order.
pub(crate) fn questions(text: &str, doc: &Document, template: &Template) -> Vec<Question> {
    let wording = &template.clearance;
    // (The `memchr` crate's search: most papers hold no "?", and the
    // standard library's scans a whole paper several times slower.)
    if wording.name_labels.is_empty() || memchr::memchr(b'?', text.as_bytes()).is_none() {
        return Vec::new();
    }
    let lines: Vec<Span> = doc.line_spans(text).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((q, end_line)) = question_at(text, &lines, i) else {
            i += 1;
            continue;
        };
        i = end_line + 1;
        let Some((subject, verb, who, answer)) = question_parts(q.of(text)) else {
            continue;
        };
        if !wording
            .verbs
            .as_ref()
            .and_then(|v| v.find(verb.as_str()))
            .is_some_and(|m| m.start() == 0 && m.end() == verb.len())
        {
            continue;
        }
        let mut answer = clean(&answer).to_string();
        let mut question = q;
        let mut next = i;
        // The answer alone on the next line.
        if answer.is_empty() {
            if let Some(&l) = lines.get(next) {
                let a = clean(l.of(text));
                if !a.is_empty() && a.split_whitespace().count() <= 2 && !a.contains(':') {
                    answer = a.to_string();
                    question = question.cover(l);
                    next += 1;
                }
            }
        }
        // The slot: the next non-blank line.
        while lines
            .get(next)
            .is_some_and(|l| clean(l.of(text)).is_empty())
        {
            next += 1;
        }
        let Some(&slot_line) = lines.get(next) else {
            continue;
        };
        let Some((label, value)) = clean(slot_line.of(text)).split_once(':') else {
            continue;
        };
        if !wording.is_name_label(label) {
            continue;
        }
        i = next + 1;
        let value = value.trim().trim_end_matches(['\\', '*', '_']).trim();
        let officer = (value.chars().any(char::is_alphabetic) && !wording.is_not_needed(value))
            .then(|| {
                let at = slot_line.start + slot_line.of(text).find(value).unwrap_or(0);
                TextItem {
                    text: value.to_string(),
                    span: Span::new(at, at + value.len()),
                }
            });
        let mut slot = Span::new(
            slot_line.start,
            slot_line.start + slot_line.of(text).trim_end().len(),
        );
        // A "Date:" line right under the slot.
        if let Some(&l) = lines.get(next + 1) {
            if clean(l.of(text))
                .split_once(':')
                .is_some_and(|(k, _)| normalise(k) == "date")
                && date_in(doc, l).is_some()
            {
                slot = slot.cover(Span::new(l.start, l.start + l.of(text).trim_end().len()));
                i += 1;
            }
        }
        let label_role = || {
            let l = normalise(label);
            wording.role_of_post(&l).map(str::to_string).or_else(|| {
                // "Name of Financial Officer": the qualifier names it.
                let qualifier = l.strip_prefix("name of ")?.strip_suffix(" officer")?;
                match &roles_named(template, qualifier)[..] {
                    [one] => Some(one.clone()),
                    _ => None,
                }
            })
        };
        let role = match &roles_named(template, &subject_implications(&subject))[..] {
            [one] => Some(one.clone()),
            [] => label_role().or_else(|| wording.role_of_post(&who).map(str::to_string)),
            _ => None,
        };
        out.push(Question {
            question,
            role,
            cleared: wording.is_cleared_answer(&answer),
            slot,
            officer,
        });
    }
    out
}

/// The clearances the paper's questions give: each answered as cleared
/// over a slot naming an officer, for the sign-off it names.
pub(super) fn question_clearances(doc: &Document, questions: &[Question]) -> Vec<Clearance> {
    questions
        .iter()
        .filter(|q| q.cleared && q.role.is_some())
        .filter_map(|q| {
            Some(Clearance {
                role: q.role.clone(),
                officer: Some(q.officer.clone()?),
                post: None,
                date: date_in(doc, q.slot),
                span: q.slot,
                place: Place::Line,
            })
        })
        .collect()
}

/// The question that opens on line `i`, over up to
/// [`MAX_QUESTION_LINES`] lines to the one holding its "?": its span
/// (the whole lines) and its last line.
fn question_at(text: &str, lines: &[Span], i: usize) -> Option<(Span, usize)> {
    let first = clean(lines[i].of(text));
    let opens = first.split_whitespace().next().is_some_and(|w| {
        ["has", "have", "if"]
            .iter()
            .any(|o| w.eq_ignore_ascii_case(o))
    });
    if !opens {
        return None;
    }
    for (k, l) in lines.iter().enumerate().skip(i).take(MAX_QUESTION_LINES) {
        let body = l.of(text);
        if k > i && clean(body).is_empty() {
            return None;
        }
        if body.contains('?') {
            let start =
                lines[i].start + (lines[i].of(text).len() - lines[i].of(text).trim_start().len());
            let end = l.start + body.trim_end().trim_end_matches('\\').trim_end().len();
            return Some((Span::new(start, end), k));
        }
    }
    None
}

/// A line's text without the markup around it: emphasis, a hard break.
fn clean(s: &str) -> &str {
    s.trim()
        .trim_end_matches('\\')
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'))
}

/// The implications a question's subject names, as a section title reads:
/// "the resource implications" is "resource implications", "the impact on
/// statutory, legal and risk implications" is "statutory, legal and risk
/// implications".
fn subject_implications(subject: &str) -> String {
    let s = subject.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = s.to_lowercase();
    let mut at = 0;
    for lead in ["the impact on ", "the impact of ", "any ", "the "] {
        if lower[at..].starts_with(lead) {
            at += lead.len();
        }
    }
    s[at..].to_string()
}
