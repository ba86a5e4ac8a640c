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
//! silences nothing". So is a comment to paperlint that is no suppression it
//! can apply: `allow(numbering` (no closing bracket), `allow(,,)`,
//! `allow-file(*)` (there is no wildcard), or one inside a line of text.

use crate::document::SuppressionScope;
use crate::rules::suppression::Idle;
use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "unused-suppression",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("unused_suppression.rs"),
    compile: compile::<UnusedSuppression>,
};

/// The work is done in [`crate::rules::suppression::apply`], after every
/// other rule has run, and [`report`].
struct UnusedSuppression;

impl Configure for UnusedSuppression {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(UnusedSuppression)
    }
}

impl Rule for UnusedSuppression {
    fn check(&self, _: &Context<'_>) -> Vec<Finding> {
        Vec::new()
    }
}

/// The finding for a suppression that silences nothing.
pub(crate) fn finding(idle: &Idle) -> Finding {
    match idle {
        Idle::NoRule { span } => Finding::new(
            *span,
            "this suppression names no rule, so it silences nothing",
        )
        .label("no rule named")
        .help("name the rule to silence, as in allow(contact-details)"),
        Idle::Malformed { span, why, help } => Finding::new(*span, why.clone())
            .label("not a suppression paperlint can apply")
            .help(*help),
        Idle::UnknownRule { id, span } => Finding::new(
            *span,
            format!("`{id}` is not a rule, so this suppression silences nothing"),
        )
        .subject(id.to_string())
        .label("no such rule")
        .help("check the rule id with `paperlint rules`"),
        Idle::NothingFound { id, span, scope } => {
            let what = match scope {
                SuppressionScope::File => "in this file",
                SuppressionScope::Next => "in the block after it",
            };
            Finding::new(
                *span,
                format!("allow({id}) silences nothing: there is no {id} finding {what}"),
            )
            .subject(id.to_string())
            .label("unused")
            .help("remove the suppression")
        }
    }
}
