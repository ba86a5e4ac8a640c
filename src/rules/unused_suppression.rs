//! # unused-suppression
//!
//! ## What it checks
//! Every inline suppression — `<!-- paperlint: allow(rule-id) -->` before a
//! block, or `<!-- paperlint: allow-file(rule-id) -->` anywhere — names a
//! rule that exists, and silences at least one finding.
//!
//! ## Why it matters
//! A suppression that silences nothing is either misspelt (and the finding
//! it was meant to hide is still there) or left over after the text was
//! fixed; either way it hides the next real problem.
//!
//! ## Configuration
//! No parameters. Its severity is the severity of the findings it makes.
//!
//! ## Example
//! ```text
//! <!-- paperlint: allow(contact-detail) -->
//! ```
//! is reported as "`contact-detail` is not a rule, so this suppression
//! silences nothing".

use crate::diagnostic::Diagnostic;
use crate::document::{Document, SuppressionScope};
use crate::rules::{compile, Configure, Context, Kind, NoParams, ParamError, Rule, RuleSet};
use crate::template::Template;

pub static KIND: Kind = Kind {
    name: "unused-suppression",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("unused_suppression.rs"),
    compile: compile::<UnusedSuppression>,
};

/// The work is done in [`apply`], after every other rule has run.
struct UnusedSuppression;

impl Configure for UnusedSuppression {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(UnusedSuppression)
    }
}

impl Rule for UnusedSuppression {
    fn check(&self, _: &Context<'_>) -> Vec<Diagnostic> {
        Vec::new()
    }
}

/// Removes the findings that inline suppressions silence, and reports the
/// suppressions that name no rule or silence nothing.
pub fn apply(doc: &Document, set: &RuleSet, mut found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut extra = Vec::new();
    for s in &doc.suppressions {
        if s.rules.is_empty() {
            extra.push(
                Diagnostic::new(
                    KIND.name,
                    s.span,
                    "this suppression names no rule, so it silences nothing",
                )
                .label("no rule named")
                .help("name the rule to silence, as in allow(contact-details)"),
            );
        }
        for rule in &s.rules {
            let id = rule.text.as_str();
            let known = set.known.iter().any(|k| k == id) || super::kind(id).is_some();
            if !known {
                extra.push(
                    Diagnostic::new(
                        KIND.name,
                        rule.span,
                        format!("`{id}` is not a rule, so this suppression silences nothing"),
                    )
                    .subject(id.to_string())
                    .label("no such rule")
                    .help("check the rule id with `paperlint rules`"),
                );
                continue;
            }
            let before = found.len();
            found.retain(|d| {
                !(d.rule == id
                    && match s.scope {
                        SuppressionScope::File => true,
                        SuppressionScope::Next => s
                            .covers
                            .contains(crate::document::Span::empty(d.span().start)),
                    })
            });
            // A rule that is off makes no findings: its suppression is not
            // unused, just idle.
            if found.len() == before && set.get(id).is_some() {
                let what = match s.scope {
                    SuppressionScope::File => "in this file",
                    SuppressionScope::Next => "in the block after it",
                };
                extra.push(
                    Diagnostic::new(
                        KIND.name,
                        rule.span,
                        format!("allow({id}) silences nothing: there is no {id} finding {what}"),
                    )
                    .subject(id.to_string())
                    .label("unused")
                    .help("remove the suppression"),
                );
            }
        }
    }
    if let Some(instance) = set.get(KIND.name) {
        for mut d in extra {
            d.rule = instance.id.clone();
            d.severity = instance.severity;
            found.push(d);
        }
    }
    found
}
