//! # field-value
//!
//! ## What it checks
//! A header field whose template lists allowed `values` has one of them. A
//! value matches when it starts with an allowed value, so "Yes – involves
//! expenditure in excess of £1m" is a Yes. A bilingual value gives each
//! language's side parted by " / " (`Ydy / Yes – …`, `Cyhoeddus / Public`):
//! it matches when one side does.
//!
//! ## Why it matters
//! "Key decision: Maybe" or "Status: Draft" cannot be acted on: a key
//! decision must be on the forward plan, and a clerk must know whether a
//! paper can be published.
//!
//! ## Configuration
//! The allowed values are template data: `[fields.<id>] values = ["yes",
//! "no"]`. The rule takes no parameters.
//!
//! ## Example
//! ```text
//! Key Decision: Maybe
//! ```
//! is reported as "Key decision says "Maybe"; it should be one of: yes, no".

use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::{normalise, Template};

pub(crate) static KIND: Kind = Kind {
    name: "field-value",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("field_value.rs"),
    compile: compile::<FieldValue>,
};

struct FieldValue;

impl Configure for FieldValue {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(FieldValue)
    }
}

/// Whether `value` (normalised) starts with `allowed` at a word boundary,
/// or a side of a bilingual value (`ydy / yes – …`) does.
pub(crate) fn value_matches(value: &str, allowed: &str) -> bool {
    let starts = |v: &str| {
        v == allowed
            || v.strip_prefix(allowed)
                .is_some_and(|rest| rest.starts_with(|c: char| !c.is_alphanumeric()))
    };
    starts(value) || value.split(" / ").skip(1).any(|side| starts(side.trim()))
}

impl Rule for FieldValue {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for (i, def) in cx.template.fields.iter().enumerate() {
            if def.values.is_empty() {
                continue;
            }
            for &fi in &cx.resolved.fields[i] {
                let f = &cx.doc.fields[fi];
                if f.is_empty() {
                    continue;
                }
                let value = normalise(&f.value);
                if def.values.iter().any(|a| value_matches(&value, a)) {
                    continue;
                }
                out.push(
                    Finding::new(
                        f.value_span,
                        format!(
                            "{} says \"{}\"; it should be one of: {}",
                            def.name,
                            f.value,
                            def.values.join(", ")
                        ),
                    )
                    .subject(def.id.clone())
                    .label("not an allowed value"),
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    #[test]
    fn values_councils_use() {
        for ok in [
            "Classification: Unrestricted",
            "Classification: OFFICIAL",
            "Key decision: Yes - It affects more than 2 Electoral Divisions",
            "Decision type: Key",
        ] {
            assert!(
                findings_of("field-value", &format!("{ok}\n")).is_empty(),
                "{ok}"
            );
        }
        // Bilingual values: one side is an allowed value.
        for ok in [
            "Penderfyniad Allweddol / Key Decision: Ydy / Yes – Forward Work Programme ref: FWP-1",
            "Statws / Status: Cyhoeddus gydag Atodiad Eithriedig / Public with Exempt Appendix",
        ] {
            assert!(
                findings_of("field-value", &format!("{ok}\n")).is_empty(),
                "{ok}"
            );
        }
        assert_eq!(
            findings_of("field-value", "Statws / Status: Drafft / Draft\n").len(),
            1
        );
        let split = "Key decision:\n\nPossibly\n";
        let found = findings_of("field-value", split);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span().of(split), "Possibly");
    }
}
