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
//! "no"]`. `unless-executive` (a table of field id to values, set in the
//! council-report pack: `key-decision = ["not applicable", "n/a",
//! "council", "full council"]`) allows
//! more values where no executive body decides: key decisions are
//! executive decisions, so an audit, regulatory or scrutiny committee may
//! say the question does not apply, unless the paper names an executive
//! decision-maker (a meeting, or a field whose label holds one of
//! `decision-labels` ("decision" in the pack: "Final decision-maker",
//! "Decision to be taken by"), whose value names one of
//! `executive-bodies`, whole words: "Final decision-maker: Cabinet").
//! `within` (a table of field id to values, set in the council-report
//! pack: `exempt = ["exempt", "confidential", "not for publication"]`,
//! `key-decision = ["not a key decision", "non-key", "non key"]`)
//! allows a value that says one of them anywhere, as whole words (in a
//! bracket too):
//! "Exempt information: Appendix 3 is exempt from publication" answers
//! the question as well as "Yes" does, and "Key decision: Regulatory (not
//! an executive decision; not a key decision)" as well as "No".
//!
//! `references` (a table of field id to a pattern, set in the
//! council-report pack for the key decision) allows a value that is a
//! reference, matched as written: a key decision field that gives the
//! forward plan's reference for the decision ("Key Decision: KD 5914",
//! "Key decision: FP/2027/031") says it is a key decision, on the plan.
//!
//! ## Example
//! ```text
//! Key Decision: Maybe
//! ```
//! is reported as "Key decision says "Maybe"; it should be one of: yes, no".

use crate::rules::{compile, template_field, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::template::{normalise, Template};
use std::collections::BTreeMap;

pub(crate) static KIND: Kind = Kind {
    name: "field-value",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("field_value.rs"),
    compile: compile::<FieldValue>,
};

#[derive(Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    /// Field id to the values it may also take where no executive body decides.
    unless_executive: BTreeMap<String, Vec<String>>,
    /// The bodies and posts that take executive decisions ("cabinet").
    executive_bodies: Vec<String>,
    /// Words in a field's label that make its value the decision-maker
    /// ("decision" in "Final decision-maker").
    decision_labels: Vec<String>,
    /// Field id to the values it may hold anywhere, as whole words.
    within: BTreeMap<String, Vec<String>>,
    /// Field id to a pattern of a reference it may give instead of an
    /// allowed value (a forward plan's reference for a key decision).
    references: BTreeMap<String, String>,
}

struct FieldValue {
    /// Per template field: the values allowed where no executive body decides.
    unless_executive: Vec<Vec<String>>,
    /// Per template field: the values allowed anywhere in its value.
    within: Vec<Vec<String>>,
    /// Per template field: the pattern of a reference it may give instead.
    references: Vec<Option<crate::pattern::Pattern>>,
    /// `executive-bodies`, normalised.
    executive_bodies: Vec<String>,
    /// `decision-labels`, normalised.
    decision_labels: Vec<String>,
}

impl Configure for FieldValue {
    type Params = Params;

    fn configure(p: Params, template: &Template) -> Result<Self, ParamError> {
        let mut unless_executive = vec![Vec::new(); template.fields.len()];
        for (id, values) in p.unless_executive {
            let i = template_field(template, "unless-executive", &id)?;
            unless_executive[i] = values.iter().map(|v| normalise(v)).collect();
        }
        let mut within = vec![Vec::new(); template.fields.len()];
        for (id, values) in p.within {
            let i = template_field(template, "within", &id)?;
            within[i] = values.iter().map(|v| normalise(v)).collect();
        }
        let mut references = vec![None; template.fields.len()];
        for (id, pattern) in p.references {
            let i = template_field(template, "references", &id)?;
            references[i] = Some(
                crate::pattern::compile(&pattern)
                    .map_err(|e| ParamError::at("references", format!("bad pattern: {e}")))?,
            );
        }
        Ok(FieldValue {
            unless_executive,
            within,
            references,
            executive_bodies: p.executive_bodies.iter().map(|b| normalise(b)).collect(),
            decision_labels: p.decision_labels.iter().map(|b| normalise(b)).collect(),
        })
    }
}

impl FieldValue {
    /// Whether the paper names an executive decision-maker: a meeting, or a
    /// field whose label holds one of `decision-labels` ("Final
    /// decision-maker", "Decision to be taken by"), naming one of the
    /// executive bodies. The field being judged, field `judged`, is not
    /// asked: "Key decision: Not applicable – an advisory body takes no
    /// executive decisions" names no decision-maker.
    fn executive_decides(&self, cx: &Context<'_>, judged: usize) -> bool {
        let names_executive = |text: &str| {
            let text = normalise(text);
            self.executive_bodies.iter().any(|b| has_phrase(&text, b))
        };
        cx.doc.meetings.iter().any(|m| names_executive(&m.name))
            || cx.doc.fields.iter().enumerate().any(|(i, f)| {
                let key = normalise(&f.key);
                i != judged
                    && self
                        .decision_labels
                        .iter()
                        .any(|w| key.contains(w.as_str()))
                    && names_executive(&f.value)
            })
    }
}

/// Whether `phrase` stands in `text` as whole words.
fn has_phrase(text: &str, phrase: &str) -> bool {
    !phrase.is_empty()
        && text.match_indices(phrase).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + phrase.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
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
                // The words `within` allows may stand in a bracket, which
                // the normalised value leaves out ("Regulatory (not a key
                // decision)"): they are looked for in the value as written.
                if def.values.iter().any(|a| value_matches(&value, a)) {
                    continue;
                }
                // "Key Decision: KD 5914": the forward plan's reference.
                if self.references[i]
                    .as_ref()
                    .is_some_and(|r| r.is_match(f.value.trim()))
                {
                    continue;
                }
                if !self.within[i].is_empty() {
                    let written = f.value.to_lowercase();
                    if self.within[i]
                        .iter()
                        .any(|a| has_phrase(&value, a) || has_phrase(&written, a))
                    {
                        continue;
                    }
                }
                if self.unless_executive[i]
                    .iter()
                    .any(|a| value_matches(&value, a))
                    && !self.executive_decides(cx, fi)
                {
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
        // "Not applicable" where no executive body decides; not where one does.
        assert!(findings_of(
            "field-value",
            "Report to: Audit Committee\nKey decision: Not applicable\n"
        )
        .is_empty());
        for text in [
            "Report to: Cabinet\nKey decision: N/A\n",
            "Report to: Scrutiny Committee\nFinal decision-maker: Cabinet Member for Parks\nKey decision: Not applicable\n",
        ] {
            assert_eq!(findings_of("field-value", text).len(), 1, "{text}");
        }
        // A decision for the full Council is not an executive decision
        // ("Decision type: Council (budget and policy framework)"); where
        // the Cabinet is the meeting, "Council" is no answer.
        assert!(findings_of(
            "field-value",
            "Report to: Full Council\nDecision type: Council (budget and policy framework)\n"
        )
        .is_empty());
        assert_eq!(
            findings_of(
                "field-value",
                "Report to: Cabinet\nDecision type: Council (budget and policy framework)\n"
            )
            .len(),
            1
        );
        assert_eq!(
            findings_of(
                "field-value",
                "Report to: Full Council\nKey decision: Councillors\n"
            )
            .len(),
            1
        );
        // Written out: "Decision of Council", where no executive decides;
        // where the Cabinet is the meeting it is no answer.
        assert!(findings_of(
            "field-value",
            "Report to: Full Council\nDecision type: Decision of Council (the Council operates the committee system)\n"
        )
        .is_empty());
        assert_eq!(
            findings_of(
                "field-value",
                "Report to: Cabinet\nDecision type: Decision of Council\n"
            )
            .len(),
            1
        );
        assert!(super::has_phrase("cabinet member for parks", "cabinet"));
        assert!(!super::has_phrase("cabinetry", "cabinet"));
        // A sentence that says the field's answer where the pack allows it.
        assert!(findings_of(
            "field-value",
            "Exempt information: Appendix 3 is exempt from publication\n"
        )
        .is_empty());
        assert_eq!(
            findings_of("field-value", "Exempt information: to be decided\n").len(),
            1
        );
        // A key decision field that says in words that it is not one.
        for ok in [
            "Key decision: Regulatory (not an executive decision; not a key decision)",
            "Key decision: Regulatory – non-key",
        ] {
            assert!(
                findings_of("field-value", &format!("{ok}\n")).is_empty(),
                "{ok}"
            );
        }
        for near in [
            "Key decision: Regulatory",
            "Key decision: To be confirmed whether a key decision",
            "Key decision: non-keyholder",
        ] {
            assert_eq!(
                findings_of("field-value", &format!("{near}\n")).len(),
                1,
                "{near}"
            );
        }
        // A forward plan's reference for the decision says it is a key
        // decision; a number alone, or words with one, do not.
        for ok in [
            "Key Decision: KD 5914",
            "Key decision: FP/2027/031",
            "Key decision: 2027/14",
        ] {
            assert!(
                findings_of("field-value", &format!("{ok}\n")).is_empty(),
                "{ok}"
            );
        }
        for near in [
            "Key decision: 5914",
            "Key decision: See paragraph 4",
            "Key decision: kd 5914",
        ] {
            assert_eq!(
                findings_of("field-value", &format!("{near}\n")).len(),
                1,
                "{near}"
            );
        }
        let split = "Key decision:\n\nPossibly\n";
        let found = findings_of("field-value", split);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span().of(split), "Possibly");
    }

    #[test]
    fn the_labels_that_name_a_decision_maker_are_the_packs() {
        let findings = |toml: &str, text: &str| {
            crate::rules::findings_with_config("field-value", toml, text).len()
        };
        let pack = "extends = [\"council-report\"]\n[rules.field-value]\n";
        // "Decision" in the label: the Cabinet decides, so "Not applicable"
        // is no answer.
        let named =
            "Report to: Audit Committee\nDecision by: Cabinet\nKey decision: Not applicable\n";
        assert_eq!(findings(pack, named), 1);
        // A label without a decision word names no decision-maker, unless
        // the council says its labels do.
        let other =
            "Report to: Audit Committee\nDetermined by: Cabinet\nKey decision: Not applicable\n";
        assert_eq!(findings(pack, other), 0);
        // The key decision field itself names no decision-maker, though its
        // label holds "decision": its words about executive decisions are
        // the answer, not a body that decides.
        let own = "Report to: Standing Advisory Council\nKey decision: Not applicable – an advisory body takes no executive decisions\n";
        assert_eq!(findings(pack, own), 0);
        let extended = format!("{pack}extend-decision-labels = [\"determined\"]\n");
        assert_eq!(findings(&extended, other), 1);
        assert_eq!(
            findings(
                &format!("{pack}decision-labels = [\"determined\"]\n"),
                named
            ),
            0
        );
    }
}
