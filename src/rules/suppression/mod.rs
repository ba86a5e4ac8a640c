//! Inline suppressions: `<!-- paperlint: allow(rule-id) -->` silences a
//! rule's findings in the block after it, `allow-file(rule-id)` in the whole
//! paper. They are applied after every rule has run; a suppression that
//! silences nothing is reported by the `unused-suppression` rule.

use crate::diagnostic::Diagnostic;
use crate::document::{Document, Span, SuppressionScope};
use crate::rules::RuleSet;

pub(crate) mod unused_suppression;

/// A suppression, or one rule it names, that silences nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Idle {
    /// `allow()`: it names no rule.
    NoRule { span: Span },
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
/// nothing (when that rule is on).
pub(crate) fn apply(doc: &Document, set: &RuleSet, mut found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut idle = Vec::new();
    for s in &doc.suppressions {
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
