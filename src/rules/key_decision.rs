//! # key-decision
//!
//! ## What it checks
//! A paper whose key-decision field says Yes gives a forward plan reference:
//! a forward-plan field with a value, or a mention of the forward plan (or
//! notice of key decision) with a reference number in the text, or a note
//! that the general exception or special urgency procedure applies.
//!
//! ## Why it matters
//! A key decision must be published on the forward plan at least 28 clear
//! days before it is taken (Local Authorities (Executive Arrangements)
//! (Meetings and Access to Information) (England) Regulations 2012, reg 9),
//! or the report must cite general exception (reg 10) or special urgency
//! (reg 11). A decision taken without either can be challenged.
//!
//! ## Configuration
//! `forward-plan-field` (default `"forward-plan"`): the template field that
//! holds the reference; `key-decision-field` (default `"key-decision"`).
//!
//! ## Example
//! ```text
//! Key decision: Yes
//! ```
//! with no forward plan reference anywhere is reported as "this is a key
//! decision but the paper gives no forward plan reference".

use crate::diagnostic::Diagnostic;
use crate::pattern::{fixed_scanner, Pattern};
use crate::rules::{compile, template_field, Configure, Context, Kind, ParamError, Rule};
use crate::template::{normalise, Template};
use std::sync::LazyLock;

pub(crate) static KIND: Kind = Kind {
    name: "key-decision",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("key_decision.rs"),
    compile: compile::<KeyDecision>,
};

#[derive(serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    forward_plan_field: String,
    key_decision_field: String,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            forward_plan_field: "forward-plan".into(),
            key_decision_field: "key-decision".into(),
        }
    }
}

struct KeyDecision {
    forward_plan: usize,
    key_decision: usize,
}

impl Configure for KeyDecision {
    type Params = Params;

    fn configure(p: Params, template: &Template) -> Result<Self, ParamError> {
        Ok(KeyDecision {
            forward_plan: template_field(template, "forward-plan-field", &p.forward_plan_field)?,
            key_decision: template_field(template, "key-decision-field", &p.key_decision_field)?,
        })
    }
}

/// "Forward Plan reference FP/2024/031", "notice of key decision ref. 1234",
/// or the general exception / special urgency procedures.
static REFERENCE_IN_TEXT: LazyLock<Pattern> = LazyLock::new(|| {
    fixed_scanner(
        r"(?i)(forward\s+plan|forward\s+work\s+programme|notice\s+of\s+key\s+decision|key\s+decision\s+ref(erence)?)[^\n]{0,40}?(?-u:\b)[A-Z]{0,6}[/\-]?[0-9][\w/\-.]*|general\s+exception|special\s+urgency|regulations?\s+1[01](?-u:\b)",
    )
});

impl Rule for KeyDecision {
    fn check(&self, cx: &Context<'_>) -> Vec<Diagnostic> {
        let Some(kd) = cx.resolved.fields[self.key_decision]
            .iter()
            .map(|&i| &cx.doc.fields[i])
            .find(|f| {
                // "Yes", or "Key" for "Decision type: Key" and "Key/Non Key Decision: Key Decision".
                let v = normalise(&f.value);
                super::field_value::value_matches(&v, "yes")
                    || super::field_value::value_matches(&v, "key")
            })
        else {
            return Vec::new();
        };
        let has_field = cx.resolved.fields[self.forward_plan].iter().any(|&i| {
            let v = normalise(&cx.doc.fields[i].value);
            !v.is_empty()
                && !["no", "n/a", "na", "none", "tbc", "tba", "not applicable"]
                    .contains(&v.as_str())
                && v.chars().any(|c| c.is_ascii_digit())
        });
        // "Key decision: Yes – 2024/CAB/061": the reference in the value.
        let in_value = kd
            .value
            .split_whitespace()
            .skip(1)
            .any(|w| w.contains('/') && w.chars().any(|c| c.is_ascii_digit()));
        if has_field || in_value || REFERENCE_IN_TEXT.is_match(cx.text) {
            return Vec::new();
        }
        vec![Diagnostic::new(
            KIND.name,
            kd.span,
            "this is a key decision but the paper gives no forward plan reference",
        )
        .subject("forward-plan")
        .label("key decision: yes")
        .help(
            "add the forward plan reference, or say that the general exception (reg 10) or \
             special urgency (reg 11) procedure applies",
        )]
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    #[test]
    fn decision_type_key_is_a_key_decision() {
        assert_eq!(
            findings_of("key-decision", "Meeting: Cabinet\nDecision type: Key\n").len(),
            1
        );
        assert!(findings_of(
            "key-decision",
            "Meeting: Cabinet\nDecision type: Key\nForward Plan reference: FP/25/01/002\n"
        )
        .is_empty());
        assert!(
            findings_of("key-decision", "Meeting: Cabinet\nDecision type: Non-key\n").is_empty()
        );
        assert!(findings_of("key-decision", "Key decision: Yes (2025/CAB/007)\n").is_empty());
        assert!(
            findings_of("key-decision", "Key decision: Yes\nDecision No: 25/00123\n").is_empty()
        );
        assert_eq!(
            findings_of(
                "key-decision",
                "Key decision: Yes - it affects more than 2 divisions\n"
            )
            .len(),
            1
        );
    }
}
