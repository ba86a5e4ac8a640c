//! Inline suppressions: `<!-- paperlint: allow(rule-id) -->` silences a
//! rule's findings in the block after it, `allow-file(rule-id)` in the whole
//! paper. They are applied after every rule has run; a suppression that
//! silences nothing is reported by the `unused-suppression` rule.
//!
//! The parser reads the comment that opens a line. Every other comment
//! addressed to paperlint (`<!-- paperlint: … -->`) is read here from the
//! text: a second well-formed one on the same line is applied like the
//! first, with its own span; a malformed one (`allow(` with no `)`,
//! `allow(,,)`, `allow(*)`) or one inside a line of text is reported, since
//! it silences nothing.

use crate::diagnostic::Diagnostic;
use crate::document::{Document, Span, Suppression, SuppressionScope, TextItem};
use crate::parse::inline::strip_prefix_ignore_case;
use crate::rules::RuleSet;

pub(crate) mod unused_suppression;

/// A suppression, or one rule it names, that silences nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Idle {
    /// `allow()`: it names no rule.
    NoRule { span: Span },
    /// A comment addressed to paperlint that is not a suppression it can
    /// apply: why, and what to do.
    Malformed {
        span: Span,
        why: String,
        help: &'static str,
    },
    /// It names a rule that no pack configures and no kind is called.
    UnknownRule { id: String, span: Span },
    /// The rule is on but made no finding where the suppression reaches.
    NothingFound {
        id: String,
        span: Span,
        scope: SuppressionScope,
    },
}

/// Removes the findings that inline suppressions silence, and adds the
/// `unused-suppression` findings for those that name no rule or silence
/// nothing (when that rule is on). `opens` are where the text's `<!--`
/// start.
pub(crate) fn apply(
    text: &str,
    doc: &Document,
    set: &RuleSet,
    opens: &[usize],
    mut found: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let mut idle = Vec::new();
    let more = unparsed(text, doc, opens, &mut idle);
    for s in doc.suppressions.iter().chain(&more) {
        if s.rules.is_empty() {
            idle.push(Idle::NoRule { span: s.span });
        }
        for rule in &s.rules {
            let id = rule.text.as_str();
            let known = set.known.iter().any(|(k, _)| k == id) || super::kind(id).is_some();
            if !known {
                idle.push(Idle::UnknownRule {
                    id: id.to_string(),
                    span: rule.span,
                });
                continue;
            }
            let before = found.len();
            found.retain(|d| {
                !(d.rule == id
                    && match s.scope {
                        SuppressionScope::File => true,
                        SuppressionScope::Next => s.covers.contains(Span::empty(d.span().start)),
                    })
            });
            // A rule that is off makes no findings: its suppression is not
            // unused, just idle.
            if found.len() == before && set.get(id).is_some() {
                idle.push(Idle::NothingFound {
                    id: id.to_string(),
                    span: rule.span,
                    scope: s.scope,
                });
            }
        }
    }
    // The instance of the kind, whatever id the pack gave it.
    let instance = set.rules.iter().find(|i| i.is(&unused_suppression::KIND));
    if let Some(instance) = instance {
        found.extend(
            idle.iter()
                .map(|i| instance.report(unused_suppression::finding(i))),
        );
    }
    found
}

/// The comments addressed to paperlint that the parser did not take: a
/// well-formed one sharing a line with one it took becomes a suppression
/// of the same reach; any other is reported in `idle`.
fn unparsed(text: &str, doc: &Document, opens: &[usize], idle: &mut Vec<Idle>) -> Vec<Suppression> {
    let mut more = Vec::new();
    for &at in opens {
        let rest = text[at + 4..].trim_start();
        let Some(after) = strip_prefix_ignore_case(rest, "paperlint") else {
            continue;
        };
        if !after.trim_start().starts_with(':') {
            continue;
        }
        if doc.suppressions.iter().any(|s| s.span.start == at) {
            continue; // The parser's.
        }
        let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let end = text[at..line_end]
            .find("-->")
            .map_or(line_end, |i| at + i + 3);
        let span = Span::new(at, end);
        let comment = &text[at..end];
        let sharing = doc
            .suppressions
            .iter()
            .find(|s| s.span.start < at && at < s.span.end);
        match (read(comment), sharing) {
            (Ok((scope, names)), Some(first)) => more.push(Suppression {
                scope,
                rules: names
                    .into_iter()
                    .map(|(offset, name)| TextItem {
                        text: name.to_string(),
                        span: Span::new(at + offset, at + offset + name.len()),
                    })
                    .collect(),
                span,
                covers: match scope {
                    SuppressionScope::File => Span::new(0, text.len()),
                    SuppressionScope::Next => first.covers,
                },
            }),
            (Ok(_), None) => idle.push(Idle::Malformed {
                span,
                why: "this suppression is inside a line of text, so it silences nothing".into(),
                help: "put it on a line of its own, before the block it is for",
            }),
            (Err((why, help)), _) => idle.push(Idle::Malformed { span, why, help }),
        }
    }
    more
}

/// A whole comment `<!-- paperlint: allow(a, b) -->` read strictly: its
/// scope and each rule name with its offset in the comment, or why it is
/// no suppression and what to do.
#[allow(clippy::type_complexity)]
fn read(comment: &str) -> Result<(SuppressionScope, Vec<(usize, &str)>), (String, &'static str)> {
    const FORM: &str = "write it as <!-- paperlint: allow(rule-id) --> or allow-file(rule-id)";
    let colon = comment.find(':').unwrap_or(0);
    let body = comment[colon + 1..].trim_start();
    let (scope, rest) = if let Some(r) = body.strip_prefix("allow-file") {
        (SuppressionScope::File, r)
    } else if let Some(r) = body.strip_prefix("allow") {
        (SuppressionScope::Next, r)
    } else {
        return Err((
            "this paperlint comment is not allow(…) or allow-file(…), so it \
                     silences nothing"
                .into(),
            FORM,
        ));
    };
    let Some(list) = rest.trim_start().strip_prefix('(') else {
        return Err((
            "this suppression has no bracket after it, so it silences nothing".into(),
            FORM,
        ));
    };
    let Some(close) = list.find(')') else {
        return Err((
            "this suppression is missing its closing bracket ')', so it silences nothing".into(),
            FORM,
        ));
    };
    if !list[close + 1..]
        .trim()
        .trim_end_matches("-->")
        .trim()
        .is_empty()
        || !comment.ends_with("-->")
    {
        return Err((
            "this suppression is not closed with ) -->, so it silences nothing".into(),
            FORM,
        ));
    }
    let list_at = comment.len() - list.len();
    let mut names = Vec::new();
    let mut offset = list_at;
    for part in list[..close].split(',') {
        let name = part.trim();
        let at = offset + (part.len() - part.trim_start().len());
        offset += part.len() + 1;
        if name.is_empty() {
            continue;
        }
        if !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err((
                format!("`{name}` is not a rule id, so this suppression silences nothing"),
                "name each rule to silence, as in allow(contact-details); there is no wildcard",
            ));
        }
        names.push((at, name));
    }
    if names.is_empty() {
        return Err((
            "this suppression names no rule, so it silences nothing".into(),
            "name the rule to silence, as in allow(contact-details)",
        ));
    }
    Ok((scope, names))
}
