//! Clearances in a one-line list of the officers consulted: "Consultees:
//! Finance – NAME, POST (9.1.26); Legal – NAME, POST (12.1.26); Portfolio
//! Holder; ward members." Each item that opens with a sign-off's
//! implications ("Finance", "Legal") or a post giving one, then a dash or
//! colon, then the officer (a person's name and a post, or a post the pack
//! lists), is that sign-off's clearance, dated where the item gives a date.

use super::*;

/// Noun endings of a key word that say what its verb did: "consultees",
/// "consultation", "clearances", "approvals" are "consult", "clear",
/// "approv" and then "ed" one of the pack's verbs. English grammar, not a
/// council's words: they stay here.
const NOUN_ENDINGS: &[&str] = &["ees", "ee", "ations", "ation", "ances", "ance", "als", "s"];

/// The most words of the item's lead ("Finance", "Head of Finance").
const MAX_LEAD_WORDS: usize = 4;

/// Whether a field's key says its value lists officers consulted or
/// clearances: one of the pack's sign-off headings ("Officers consulted",
/// "Clearance"), a key holding one of its verbs ("Consulted"), or a word
/// that is a noun of one of its verbs ("Consultees", "Consultation").
fn names_consultation(wording: &Wording, key: &str) -> bool {
    let Some(verbs) = &wording.verbs else {
        return false;
    };
    let key = normalise(key);
    if key.is_empty() || key.split(' ').nth(MAX_LEAD_WORDS).is_some() {
        return false;
    }
    wording.is_normalised_heading(&key)
        || verbs.is_match(&key)
        || key.split(' ').any(|w| {
            NOUN_ENDINGS.iter().any(|e| {
                w.strip_suffix(e)
                    .filter(|stem| stem.len() >= 4)
                    .is_some_and(|stem| verbs.is_match(&format!("{stem}ed")))
            })
        })
}

/// The clearances in every field line whose key says it lists the officers
/// consulted ([`names_consultation`]), one per item of its value (items
/// separated by semicolons) of the shape "KIND – NAME, POST (DATE)":
/// `Place::Line` clearances, which stand for a sign-off's sections where
/// those hold none of their own.
pub(super) fn consultee_clearances(
    text: &str,
    doc: &Document,
    template: &Template,
) -> Vec<Clearance> {
    let mut out = Vec::new();
    for f in &doc.fields {
        if f.is_empty() || !names_consultation(&template.clearance, &f.key) {
            continue;
        }
        let value = f.value_span.of(text);
        let mut at = f.value_span.start;
        for item in value.split(';') {
            let start = at + (item.len() - item.trim_start().len());
            at += item.len() + 1;
            if let Some(c) = consultee(
                text,
                doc,
                template,
                Span::new(start, start + item.trim().trim_end_matches('.').len()),
            ) {
                out.push(c);
            }
        }
    }
    out
}

/// One item of a list of officers consulted, `span`: "Finance – NAME,
/// POST (DATE)", "Legal: POST, DATE". `None` where its lead names no one
/// sign-off or no officer follows.
fn consultee(text: &str, doc: &Document, template: &Template, span: Span) -> Option<Clearance> {
    let item = span.of(text);
    let (sep, len) = [" – ", " — ", " - ", ": "]
        .iter()
        .filter_map(|s| item.find(s).map(|i| (i, s.len())))
        .min()?;
    let lead = item[..sep].trim();
    if lead.is_empty() || lead.split_whitespace().nth(MAX_LEAD_WORDS).is_some() {
        return None;
    }
    let wording = &template.clearance;
    let role = match wording.role_of_post(lead) {
        Some(r) => r.to_string(),
        None => {
            let named = roles_named(template, lead);
            let [r] = &named[..] else {
                return None;
            };
            r.clone()
        }
    };
    let who_at = span.start + sep + len;
    let date = date_in(doc, span);
    // The officer: up to the date, or its bracket.
    let who_end = date.map_or(span.end, |d| {
        let before = text[who_at..d.span.start.max(who_at)]
            .trim_end_matches([' ', '('])
            .trim_end_matches([',', ' ']);
        who_at + before.len()
    });
    let who = text[who_at..who_end].trim_end_matches(['.', ' ']);
    // (Each piece is a slice of `text`: its offset is its place.)
    let piece = |s: &str| {
        let s = s.trim();
        let start = s.as_ptr() as usize - text.as_ptr() as usize;
        TextItem {
            text: s.to_string(),
            span: Span::new(start, start + s.len()),
        }
    };
    let not_names = &template.vocabulary.not_names;
    let (name, post) = match who.split_once(',') {
        Some((n, p)) if is_name(n.trim(), not_names) => (Some(piece(n)), Some(piece(p))),
        None if is_name(who.trim(), not_names) => (Some(piece(who)), None),
        _ if wording.role_of_post(who).is_some() => (None, Some(piece(who))),
        _ => return None,
    };
    Some(Clearance {
        role: Some(role),
        officer: name,
        post,
        date,
        span,
        place: Place::Line,
    })
}
