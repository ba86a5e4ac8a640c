//! # key-decision
//!
//! ## What it checks
//! A paper whose key-decision field says Yes gives a forward plan reference:
//! a forward-plan field with a value, or a mention of the forward plan (or
//! notice of key decision) with a reference number in the text, or a note
//! that the general exception or special urgency procedure applies.
//!
//! A paper with no key-decision field that says so in its text, in a
//! sentence of its own ("This is a key decision because it affects more
//! than two wards"), is held to the same test. A forward-plan field that
//! says "TBC", "N/A" or nothing gives no reference. A question that asks
//! both ("Is this a Key Decision and has it been included on the Forward
//! Plan?") is answered by its Yes, and so is a field that asks whether
//! the decision is on the plan ("In forward plan: Yes", "Included in the
//! Forward Plan? Yes"), where the council's plan has no numbers; a No there
//! gives none. A decision's own record number ("Decision reference:
//! PHD/ENV/2027/06"), which the pack takes for the reference where nothing
//! else gives one, gives none where a field naming the forward plan is
//! filled in ("Forward Plan reference: N/A"). A sentence that says the
//! decision is on the plan ("The decision is on the Cabinet Work Programme
//! for June 2027", "has been included in the Forward Plan"), with no "not"
//! before it, gives the notice too, where the council's plan has no numbers.
//! So does one that says notice of it was served, given or published under
//! the rules on publicity of key decisions, with no reference number:
//! "Notice has been served in accordance with Part 3, Section 9
//! (Publicity in Connection with Key Decisions) of the … Regulations
//! 2012", "Notice of this key decision has been published".
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
//! holds the reference; `key-decision-field` (default `"key-decision"`);
//! `plan-names` (list, set in the council-report pack): the names of the
//! forward plan that a reference number follows ("forward plan", "forward
//! work programme", …), in any case, any spacing. A council's own
//! `plan-names` replaces the pack's list, so give the whole list.
//! `statements` (list, set in the council-report pack): the sentences that
//! say the decision is a key decision ("this is a key decision"), read
//! only where one opens a sentence with a capital letter and is no
//! condition ("… if …"); only where no key-decision field gives a value.
//!
//! ## Example
//! ```text
//! Key decision: Yes
//! ```
//! with no forward plan reference anywhere is reported as "this is a key
//! decision but the paper gives no forward plan reference".

use crate::pattern::{compile_scanner, Pattern, PatternError};
use crate::rules::{compile, template_field, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::template::{normalise, Template};

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
    /// No built-in names: the list is data, in the pack.
    #[serde(default)]
    plan_names: Vec<String>,
    /// No built-in statements either.
    #[serde(default)]
    statements: Vec<String>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            forward_plan_field: "forward-plan".into(),
            key_decision_field: "key-decision".into(),
            plan_names: Vec::new(),
            statements: Vec::new(),
        }
    }
}

struct KeyDecision {
    forward_plan: usize,
    key_decision: usize,
    /// A plan name with a reference number, or the general exception or
    /// special urgency procedures.
    reference_in_text: Pattern,
    /// The pack's statements that the decision is a key decision, if any.
    statements: Option<Pattern>,
    /// The plan names, in lower case with single spaces.
    plan_names: Vec<String>,
    /// A statement that the decision is on the plan ("The decision is on
    /// the Cabinet Work Programme for June 2027"), if the pack names any.
    on_plan: Option<Pattern>,
    /// A statement that notice of the key decision was given (see
    /// [`notice_given`]).
    notice_given: Pattern,
}

impl Configure for KeyDecision {
    type Params = Params;

    fn configure(p: Params, template: &Template) -> Result<Self, ParamError> {
        Ok(KeyDecision {
            forward_plan: template_field(template, "forward-plan-field", &p.forward_plan_field)?,
            key_decision: template_field(template, "key-decision-field", &p.key_decision_field)?,
            reference_in_text: reference_in_text(&p.plan_names)
                .map_err(|e| ParamError::at("plan-names", e.to_string()))?,
            statements: statements(&p.statements)
                .map_err(|e| ParamError::at("statements", e.to_string()))?,
            on_plan: on_plan(&p.plan_names)
                .map_err(|e| ParamError::at("plan-names", e.to_string()))?,
            notice_given: notice_given(&p.plan_names)
                .map_err(|e| ParamError::at("plan-names", e.to_string()))?,
            plan_names: p
                .plan_names
                .iter()
                .map(|n| {
                    n.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase()
                })
                .filter(|n| !n.is_empty())
                .collect(),
        })
    }
}

/// "Forward Plan reference FP/2024/031", "notice of key decision ref. 1234"
/// (a plan name, then a reference number within 40 characters, or on the
/// next line where the text wraps; a year alone is no reference), or the general exception / special urgency
/// procedures. The day of a date after the plan's name counts too, on
/// purpose: "published on the Forward Plan on 28 July 2025" gives the
/// notice the rule asks for, where the council's plan has no numbers.
fn reference_in_text(plan_names: &[String]) -> Result<Pattern, PatternError> {
    const PROCEDURES: &str = r"general\s+exception|special\s+urgency|regulations?\s+1[01](?-u:\b)";
    // A reference: letters then digits (FP/2024/031, KD2025), digits with a
    // separator inside (2025/14, 25-014), a number after a cue (ref. 2019,
    // item 12), or a number that is not a year alone ("a forward plan of
    // works since 2019" gives none).
    const REFERENCE: &str = r"(?:(?:[A-Z]{1,6}[/\-]?[0-9]|[0-9]+[/\-.][0-9A-Z])[\w/\-.]*|(?:ref(?:erence)?|no|number|item)\.?\s*:?\s*[0-9]+|[0-9]{1,3}(?-u:\b)|[0-9]{5,}|(?:1[0-8]|2[1-9]|[03-9][0-9])[0-9]{2}(?-u:\b))";
    // On the line after the plan's name (PDF text wraps anywhere), only a
    // reference no paragraph number can be: letters then digits, digits
    // with a slash or dash inside, or a number after a cue.
    const WRAPPED_REFERENCE: &str = r"(?:(?:[A-Z]{1,6}[/\-]?[0-9]|[0-9]+[/\-][0-9A-Z])[\w/\-.]*|(?:ref(?:erence)?|no|number|item)\.?\s*:?\s*[0-9]+)";
    let names = phrase_patterns(plan_names);
    let pattern = if names.is_empty() {
        format!("(?i){PROCEDURES}")
    } else {
        format!(
            r"(?i)({})(?:[^\n]{{0,40}}?(?-u:\b){REFERENCE}|[^\n]{{0,40}}\n[^\n]{{0,40}}?(?-u:\b){WRAPPED_REFERENCE})|{PROCEDURES}",
            names.join("|")
        )
    };
    compile_scanner(&pattern)
}

/// A statement that the decision is on the plan, where the council's plan
/// has no numbers: a verb, perhaps a participle, then "on" or "in" the
/// plan by one of its names ("is on the Cabinet Work Programme", "has been
/// included in the Forward Plan"). None with no names.
fn on_plan(plan_names: &[String]) -> Result<Option<Pattern>, PatternError> {
    let names = phrase_patterns(plan_names);
    if names.is_empty() {
        return Ok(None);
    }
    compile_scanner(&format!(
        r"(?i)(?-u:\b)(?:is|was|are|were|been)\s+(?:(?:included|listed|published|entered|shown|placed|scheduled)\s+)?(?:on|in)\s+the\s+(?:{})(?-u:\b)",
        names.join("|")
    ))
    .map(Some)
}

/// A statement that notice of the decision was given as the rules on
/// publicity of key decisions ask (reg 9 of the 2012 Regulations), where
/// the template records it with no reference number: "Notice has been
/// served in accordance with Part 3, Section 9 (Publicity in Connection
/// with Key Decisions) of the … Regulations 2012"; "Notice of this key
/// decision has been published". "Notice", then "has been" (or "was",
/// "have been", …) and "served", "given", "published" or "issued"; then,
/// in the same sentence (no full stop or semicolon between), a key
/// decision, regulation 9 or one of the plan's names, unless the notice
/// is "of this key decision" itself. "Notice has not been given", "notice
/// will be served" and "Notice has been served on the tenant" give none.
fn notice_given(plan_names: &[String]) -> Result<Pattern, PatternError> {
    const GIVEN: &str = r"\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:duly\s+)?(?:served|given|published|issued)(?-u:\b)";
    let mut rules = vec![
        r"key\s+decisions?".to_string(),
        r"regulation\s+9(?-u:\b)".to_string(),
    ];
    rules.extend(phrase_patterns(plan_names));
    compile_scanner(&format!(
        r"(?i)(?-u:\b)notice(?:\s+of\s+(?:the|this)\s+(?:proposed\s+)?key\s+decision{GIVEN}|{GIVEN}[^.;]{{0,200}}?(?:{}))",
        rules.join("|")
    ))
}

/// Each phrase of `phrases` as a pattern: its words escaped, any spacing
/// between them; empty phrases left out.
fn phrase_patterns(phrases: &[String]) -> Vec<String> {
    phrases
        .iter()
        .map(|n| {
            n.split_whitespace()
                .map(regex_syntax::escape)
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .filter(|n| !n.is_empty())
        .collect()
}

/// The statements, any case, any spacing, each ending at a word's end.
fn statements(statements: &[String]) -> Result<Option<Pattern>, PatternError> {
    let words = phrase_patterns(statements);
    if words.is_empty() {
        return Ok(None);
    }
    compile_scanner(&format!(r"(?i)(?:{})(?-u:\b)", words.join("|"))).map(Some)
}

/// Whether the statement found at `m` in `text` opens a sentence and says
/// so outright: a capital letter first; nothing before it on its line but
/// a paragraph number, or the end of a sentence; and no condition or
/// question after it ("This is a key decision if …", "… decision?").
fn stated_at(text: &str, m: std::ops::Range<usize>) -> bool {
    if !text[m.start..].starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let line_start = text[..m.start].rfind('\n').map_or(0, |i| i + 1);
    let before = text[line_start..m.start].trim();
    let opens = before.is_empty()
        || before.ends_with(['.', '!', '?'])
        || before
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b')');
    let rest = text[m.end..].trim_start();
    let next = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    opens && !rest.starts_with('?') && !matches!(next.as_str(), "if" | "unless" | "only" | "when")
}

impl Rule for KeyDecision {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
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
            return self.stated(cx);
        };
        // "Is this a Key Decision and has it been included on the Forward
        // Plan?" / "Yes": the answer says the decision is on the plan.
        let key = normalise(&kd.key);
        if kd.key.trim_end().ends_with('?')
            && self.plan_names.iter().any(|n| key.contains(n.as_str()))
        {
            return Vec::new();
        }
        let has_field = self.has_reference_field(cx);
        // "Key decision: Yes – 2024/CAB/061": the reference in the value.
        let in_value = kd
            .value
            .split_whitespace()
            .skip(1)
            .any(|w| w.contains('/') && w.chars().any(|c| c.is_ascii_digit()));
        if has_field || in_value || self.gives_notice_in_text(cx) {
            return Vec::new();
        }
        vec![no_reference(
            kd.span,
            "this is a key decision but the paper gives no forward plan reference",
            "key decision: yes",
        )]
    }
}

impl KeyDecision {
    /// Whether a forward-plan field gives a reference (not "TBC" or "N/A"),
    /// or answers Yes where its label asks whether the decision is on the
    /// plan (see [`KeyDecision::asks_if_on_plan`]). A field whose label
    /// names no plan (`Decision reference`, `Decision No`: the decision's
    /// own record number, which a pack may take as the reference) counts
    /// only where no field naming the plan is filled in: `Forward Plan
    /// reference: N/A` is the paper's answer, whatever the record number.
    fn has_reference_field(&self, cx: &Context<'_>) -> bool {
        let fields: Vec<&crate::document::Field> = cx.resolved.fields[self.forward_plan]
            .iter()
            .map(|&i| &cx.doc.fields[i])
            .collect();
        let names_plan = |key: &str| self.plan_names.iter().any(|n| key.contains(n.as_str()));
        let plan_answered = fields
            .iter()
            .any(|f| !f.is_empty() && names_plan(&normalise(&f.key)));
        fields.iter().any(|f| {
            let key = normalise(&f.key);
            if plan_answered && !names_plan(&key) {
                return false;
            }
            let v = normalise(&f.value);
            if v.is_empty()
                || ["no", "n/a", "na", "none", "tbc", "tba", "not applicable"].contains(&v.as_str())
            {
                return false;
            }
            v.chars().any(|c| c.is_ascii_digit())
                || (self.asks_if_on_plan(&f.key) && super::field_value::value_matches(&v, "yes"))
        })
    }

    /// Whether the text names the forward plan with a reference, or cites
    /// a procedure (see [`reference_in_text`]), other than on a
    /// forward-plan field's own lines: the field is judged as a field
    /// ([`KeyDecision::has_reference_field`]), and read as text its "N/A"
    /// would take a number on the line under it for its reference
    /// (`Forward Plan reference: TBC` / `Decision No: 25/00123`).
    fn reference_in_text_outside_fields(&self, cx: &Context<'_>) -> bool {
        let fields: Vec<crate::document::Span> = cx.resolved.fields[self.forward_plan]
            .iter()
            .map(|&i| cx.doc.fields[i].span)
            .collect();
        // A match that starts on a field's lines may run on past them and
        // hide one that starts after them: search again past the field.
        let mut at = 0;
        while let Some(m) = self
            .reference_in_text
            .find(regex_automata::Input::new(cx.text).range(at..))
        {
            match fields
                .iter()
                .find(|s| s.start <= m.start() && m.start() < s.end)
            {
                Some(s) => at = s.end.max(m.start() + 1),
                None => return true,
            }
        }
        false
    }

    /// Whether the text gives the decision's notice: a reference or a
    /// procedure (see [`KeyDecision::reference_in_text_outside_fields`]),
    /// a statement that notice was given ([`notice_given`]), or a statement that the decision is on the plan with no "not"
    /// among the three words before it ("has not been included in the
    /// Forward Plan" gives none).
    fn gives_notice_in_text(&self, cx: &Context<'_>) -> bool {
        if self.reference_in_text_outside_fields(cx) || self.notice_given.is_match(cx.text) {
            return true;
        }
        let Some(on_plan) = &self.on_plan else {
            return false;
        };
        on_plan.find_iter(cx.text).any(|m| {
            let before = cx.text[..m.start()].split_whitespace().rev().take(3);
            !before.into_iter().any(|w| {
                let w = w.to_ascii_lowercase();
                w == "not" || w.ends_with("n't") || w == "never"
            })
        })
    }

    /// Whether field label `key` asks or says whether the decision is on
    /// the forward plan, rather than asking for its reference: a question
    /// naming the plan (`Is it on the Forward Plan?`), or a plan's name
    /// after "in" or "on" (`In forward plan`, `Included in the Forward
    /// Plan`). A Yes there says the decision was published on the plan.
    fn asks_if_on_plan(&self, key: &str) -> bool {
        let question = key.trim_end().ends_with('?');
        let key = normalise(key);
        self.plan_names.iter().any(|n| {
            key.match_indices(n.as_str()).any(|(at, _)| {
                let before = key[..at].trim_end();
                let before = before.strip_suffix(" the").unwrap_or(before);
                question
                    || ["in", "on"]
                        .iter()
                        .any(|p| before == *p || before.ends_with(&format!(" {p}")))
            })
        })
    }

    /// A key-decision question answered Yes on its own line in the body
    /// ("14.1  Is this a key decision?      Yes") with the question for
    /// the forward plan reference left blank within the next few lines
    /// ("14.2  If so, Forward Plan reference number:" and nothing after):
    /// the question's line and the blank one. A reference written there,
    /// or no such question under it, gives none.
    fn question_unanswered(
        &self,
        cx: &Context<'_>,
    ) -> Option<(crate::document::Span, crate::document::Span)> {
        /// How many non-blank lines under the question the reference's may be.
        const WITHIN: usize = 3;
        let text = cx.text;
        let mut lines = cx.doc.line_spans(text);
        let question = lines.find(|l| asks_key_decision_yes(l.of(text)))?;
        let blank = lines
            .filter(|l| !l.of(text).trim().is_empty())
            .take(WITHIN)
            .find(|l| self.asks_reference_blank(l.of(text)))?;
        Some((question, blank))
    }

    /// Whether `line` asks for the forward plan reference and leaves it
    /// blank: it names one of the plan's names and a reference ("If so,
    /// Forward Plan reference number:") and ends with its colon or
    /// question mark.
    fn asks_reference_blank(&self, line: &str) -> bool {
        let t = line.trim();
        let key = normalise(t);
        t.ends_with([':', '?'])
            && (key.contains("reference") || key.contains("ref"))
            && self.plan_names.iter().any(|n| key.contains(n.as_str()))
    }

    /// Whether the text gives the decision's notice (see
    /// [`KeyDecision::gives_notice_in_text`]), a reference that starts on
    /// one of `skip` aside: a blank reference question's "number:" would
    /// take the next paragraph's number for its reference.
    fn gives_notice_outside(&self, cx: &Context<'_>, skip: &[crate::document::Span]) -> bool {
        let skipped = |at: usize| skip.iter().any(|s| s.start <= at && at < s.end);
        let reference = self
            .reference_in_text
            .find_iter(cx.text)
            .any(|m| !skipped(m.start()));
        if !reference {
            return self.notice_given.is_match(cx.text)
                || self.on_plan.as_ref().is_some_and(|p| p.is_match(cx.text));
        }
        self.gives_notice_in_text(cx)
    }

    /// The finding for a paper with no key-decision field whose text says
    /// it is a key decision ("This is a key decision because …") and gives
    /// no forward plan reference.
    fn stated(&self, cx: &Context<'_>) -> Vec<Finding> {
        let Some(statements) = &self.statements else {
            return Vec::new();
        };
        let answered = cx.resolved.fields[self.key_decision]
            .iter()
            .any(|&i| !normalise(&cx.doc.fields[i].value).is_empty());
        if answered || self.has_reference_field(cx) {
            return Vec::new();
        }
        if let Some((q, blank)) = self.question_unanswered(cx) {
            if !self.gives_notice_outside(cx, &[blank]) {
                return vec![no_reference(
                    q,
                    "the paper answers Yes to whether this is a key decision but leaves the \
                     forward plan reference blank",
                    "key decision: yes",
                )];
            }
            return Vec::new();
        }
        let Some(m) = statements
            .find_iter(cx.text)
            .map(|m| m.range())
            .find(|m| stated_at(cx.text, m.clone()))
        else {
            return Vec::new();
        };
        if self.gives_notice_in_text(cx) {
            return Vec::new();
        }
        vec![no_reference(
            crate::document::Span::new(m.start, m.end),
            "the paper says this is a key decision but gives no forward plan reference",
            "said to be a key decision",
        )]
    }
}

/// Whether `line` asks whether the decision is a key decision and answers
/// Yes after the question mark, on the same line: "14.1  Is this a key
/// decision?      Yes" (a question column and an answer column in PDF
/// text), perhaps after a paragraph number. "Is this a key decision? No",
/// or a question with no answer beside it, is none.
fn asks_key_decision_yes(line: &str) -> bool {
    let t = line
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
        .trim_start();
    let Some((question, answer)) = t.split_once('?') else {
        return false;
    };
    let question = normalise(question);
    (question.starts_with("is ") || question.starts_with("will "))
        && question.ends_with("key decision")
        && answer.trim().eq_ignore_ascii_case("yes")
}

/// The finding for a key decision with no forward plan reference, at
/// `span`, which says why the paper is taken for one.
fn no_reference(span: crate::document::Span, message: &str, label: &str) -> Finding {
    Finding::new(span, message)
        .subject("forward-plan")
        .label(label)
        .help(
            "add the forward plan reference, or say that the general exception (reg 10) or \
             special urgency (reg 11) procedure applies",
        )
}

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    #[test]
    fn a_key_decision_question_answered_yes_with_its_reference_blank() {
        let paper = |answer: &str, reference: &str, urgency: &str| {
            format!(
                "Report to: EXECUTIVE\n\nDate of Meeting: 13 July 2026\n\n1.0  Purpose\n\n\
                 1.1  To approve the scheme.\n\n14.0  Key decision information:\n\n\
                 14.1  Is this a key decision?                 {answer}\n\n\
                 14.2  If so, Forward Plan reference number:{reference}\n\n\
                 14.3  If a key decision, is the decision required in less than five days?   No\n\n\
                 14.4  If yes, please describe the reason for urgency:{urgency}\n\n\
                 15.0  Call-in information:\n"
            )
        };
        let found = findings_of("key-decision", &paper("Yes", "", ""));
        assert_eq!(found.len(), 1, "{found:?}");
        // Near misses: the reference given, the answer No, special
        // urgency claimed.
        for p in [
            paper("Yes", "   FP/2026/14", ""),
            paper("No", "", ""),
            paper("Yes", "", " the special urgency procedure applies."),
        ] {
            assert!(findings_of("key-decision", &p).is_empty(), "{p}");
        }
    }

    #[test]
    fn a_statement_that_notice_of_the_key_decision_was_served_gives_it() {
        let paper = |notice: &str| {
            format!(
                "Meeting: Cabinet\n\nMeeting date: Thursday 25 February 2027\n\nThis is a key \
                 decision because it is likely to result in significant expenditure.\n\n\
                 {notice}\n\nPurpose\n\nTo adopt the plan.\n"
            )
        };
        for notice in [
            "Notice has been served in accordance with Part 3, Section 9 (Publicity in \
             Connection with Key\nDecisions) of the Local Authorities (Executive Arrangements) \
             (Meetings and Access to Information)\n(England) Regulations 2012.",
            "Notice of this key decision has been published.",
            "Notice was given under regulation 9 of the 2012 Regulations.",
        ] {
            assert!(
                findings_of("key-decision", &paper(notice)).is_empty(),
                "{notice}"
            );
        }
        for notice in [
            "Notice has not been served in accordance with Part 3, Section 9 (Publicity in \
             Connection with Key Decisions).",
            "Notice will be served in accordance with the rules on key decisions.",
            "Notice has been served on the tenant. The key decision follows.",
            "Notice has been served on the leaseholders; key decisions follow.",
        ] {
            assert_eq!(
                findings_of("key-decision", &paper(notice)).len(),
                1,
                "{notice}"
            );
        }
    }

    #[test]
    fn a_statement_that_the_decision_is_on_the_plan_gives_its_notice() {
        let head = "Meeting: Cabinet\nKey decision: Yes\n\n## 1. Purpose\n\n";
        for said in [
            "1.1 The decision is on the Cabinet Work Programme for June 2027.\n",
            "1.1 The decision has been included in the Forward Plan for March.\n",
        ] {
            let text = format!("{head}{said}");
            assert!(findings_of("key-decision", &text).is_empty(), "{said}");
        }
        // Not on the plan, or no statement: reported.
        for said in [
            "1.1 The decision has not been included in the Forward Plan.\n",
            "1.1 The decision is not on the Forward Plan.\n",
            "1.1 The Forward Plan is published monthly.\n",
        ] {
            let text = format!("{head}{said}");
            assert_eq!(findings_of("key-decision", &text).len(), 1, "{said}");
        }
    }

    #[test]
    fn plan_names_come_from_the_pack() {
        // The pack names the forward work programme; with no names only
        // the procedures are found.
        assert!(findings_of(
            "key-decision",
            "Key decision: Yes\nIt is on the Forward  Work Programme as item KD/2025/14.\n"
        )
        .is_empty());
        let bare = super::reference_in_text(&[]).unwrap();
        assert!(!bare.is_match("Forward plan reference FP/2024/031"));
        assert!(bare.is_match("the special urgency procedure applies"));
        let named = super::reference_in_text(&["forward plan".into()]).unwrap();
        assert!(named.is_match("FORWARD\nPLAN reference FP/2024/031"));
        for reference in [
            "the Forward Plan as item 2025/14",
            "Forward Plan ref. 2019",
            "Forward Plan KD2025",
            "Forward Plan reference 25-014",
            "Forward Plan number 1234",
        ] {
            assert!(named.is_match(reference), "{reference}");
        }
        // The date the decision was published on the plan is its notice.
        assert!(named.is_match("was published on the Forward Plan on 28 July\n2025."));
        // A year alone is no reference.
        assert!(!named.is_match("a forward plan of works for the depot since 2019, but"));
        assert!(!named.is_match("the forward plan for 2026."));
        // A reference on the next line, where the text wrapped; there a
        // paragraph number or a bare number is none.
        assert!(named
            .is_match("included on the forward plan of\nkey decisions (reference KD-2026-019)"));
        assert!(named.is_match("on the Forward Plan\nref. 118, published in May"));
        assert!(!named.is_match("it is not on the forward plan.\n5.2 The budget is 12 million."));
        assert!(!named.is_match("the forward plan.\n\nKD/2025/14 is another decision"));
    }

    #[test]
    fn a_sentence_that_says_it_is_a_key_decision_is_held_to_the_test() {
        let paper = |body: &str| {
            format!("Meeting: Cabinet\nDate: 12 January 2026\n\n1. Purpose\n\n1.1 {body}\n")
        };
        let stated = paper("This is a key decision because it affects two wards.");
        let found = findings_of("key-decision", &stated);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].span().of(&stated), "This is a key decision");
        // The paragraph's number alone on the line above, as pdftotext
        // gives it; after another sentence on the same line.
        assert_eq!(
            findings_of(
                "key-decision",
                "Meeting: Cabinet\n\n4.5\n\nThis is a key decision because it\naffects wards.\n"
            )
            .len(),
            1
        );
        assert_eq!(
            findings_of(
                "key-decision",
                &paper("It costs £2m. This is a key decision.")
            )
            .len(),
            1
        );
        // A reference, a procedure, or a header field that gives one.
        for quiet in [
            paper("This is a key decision, on the Forward Plan as FP/2025/14."),
            paper("This is a key decision; the general exception procedure applies."),
            format!(
                "Forward plan reference: FP/25/01\n{}",
                paper("This is a key decision.")
            ),
            // A key-decision field answers the question: its value rules.
            format!("Key decision: No\n{}", paper("This is a key decision.")),
            // Not a statement that it is one.
            paper("This is not a key decision."),
            paper("Officers considered whether this is a key decision."),
            paper("This is a key decision if the cost exceeds £500,000."),
            paper("Officers asked:\nwhether this is a key decision."),
        ] {
            assert!(findings_of("key-decision", &quiet).is_empty(), "{quiet}");
        }
        // A forward-plan field that says "TBC" gives no reference.
        let tbc = format!(
            "Key decision ref no: TBC\n{}",
            paper("This is a key decision.")
        );
        assert_eq!(findings_of("key-decision", &tbc).len(), 1);
    }

    #[test]
    fn a_question_answered_yes_on_its_line_is_held_to_the_test() {
        // A county's cover: the forward plan's date field left blank.
        let cover = "Cabinet\nDate of Meeting: 2 March 2026\nIs this a Key Decision? Yes\n\
                     If this is a Key Decision, date added to the Forward Plan of Key\nDecisions:\n\
                     Introduction from Cabinet Member\n\n1. Background\n1.1 Text.\n";
        let found = findings_of("key-decision", cover);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].span().of(cover), "Is this a Key Decision? Yes");
        assert!(findings_of(
            "key-decision",
            &cover.replace("Decision? Yes", "Decision? No")
        )
        .is_empty());
        // A question that also asks whether it is on the forward plan is
        // answered by its Yes.
        let asked = "Cabinet\nDate of Meeting: 2 March 2026\n\
                     Is this a Key Decision and has it been included on the Forward Plan? Yes\n\
                     \n1. Background\n1.1 Text.\n";
        assert!(findings_of("key-decision", asked).is_empty());
    }

    #[test]
    fn the_forward_plan_by_another_name_gives_the_reference() {
        // "Forward Work Plan ref:" over its value (pdftotext), and other
        // names of the plan as a field's label: with a blank line between,
        // only the field, not the text, gives the reference.
        for label in [
            "Forward Work Plan ref:\n\nFWP/26/014",
            "Cabinet Forward Plan reference:\n\nCFP/2026/03",
            "Notice of Key Decisions reference:\n\n2026/014",
            "Forward Plan of Key Decisions ref:\n\nKD-2026-19",
            "Forward Plan Notice Published:\n\n9 January 2026",
        ] {
            let paper = format!(
                "Cabinet\n\n10 March 2026\n\nKey Decision:\n\nKey\n\n{label}\n\n1. Purpose\n\n1.1 Text.\n"
            );
            assert!(findings_of("key-decision", &paper).is_empty(), "{label}");
            // A label that only mentions the plan is none (where the text
            // gives no reference: a number after "reference:" is one).
            if label.starts_with("Forward") || label.starts_with("Cabinet") {
                let mention = paper.replacen("Forward", "Progress against the Forward", 1);
                assert_eq!(findings_of("key-decision", &mention).len(), 1, "{mention}");
            }
        }
        // In the text too.
        assert!(findings_of(
            "key-decision",
            "Key decision: Yes\nIt is on the Cabinet Forward Work Plan as FWP/26/014.\n"
        )
        .is_empty());
        // Prose that mentions a plan gives no reference.
        assert_eq!(
            findings_of(
                "key-decision",
                "Key decision: Yes\nThe forward work plan for the depot is being drawn up.\n"
            )
            .len(),
            1
        );
    }

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

    #[test]
    fn a_yes_to_a_label_asking_if_the_decision_is_on_the_plan_is_its_notice() {
        let paper = |line: &str| {
            format!("Meeting: Cabinet\nKey decision: Yes\n{line}\n\n1. Purpose\n\n1.1 Text.\n")
        };
        for line in [
            "In forward plan: Yes",
            "Included in the Forward Plan: Yes",
            "On the Forward Plan? Yes",
            "Is it on the Forward Plan? Yes",
            "Is it in the Forward Plan? Yes",
        ] {
            assert!(
                findings_of("key-decision", &paper(line)).is_empty(),
                "{line}"
            );
        }
        // A No, or a Yes to a label asking for the reference, is no notice.
        for line in [
            "In forward plan: No",
            "Included in the Forward Plan? No",
            "Forward plan reference: Yes",
            "Is it on the Forward Plan? N/A",
        ] {
            assert_eq!(findings_of("key-decision", &paper(line)).len(), 1, "{line}");
        }
    }

    #[test]
    fn a_record_number_yields_to_a_forward_plan_field_that_gives_none() {
        let paper = |lines: &str| {
            format!("Meeting: Cabinet\nKey decision: Yes\n{lines}\n\n1. Purpose\n\n1.1 Text.\n")
        };
        for lines in [
            "Decision reference: PHD/ENV/2027/06\nForward Plan reference: N/A",
            "Forward Plan reference: TBC\nDecision No: 25/00123",
            "Decision reference: PHD/ENV/2027/06\nIn forward plan: No",
        ] {
            assert_eq!(
                findings_of("key-decision", &paper(lines)).len(),
                1,
                "{lines}"
            );
        }
        // Where no field naming the plan is filled in, the record number
        // still stands for the reference; and a plan field's own number
        // is one.
        for lines in [
            "Decision reference: PHD/ENV/2027/06",
            "Decision reference: PHD/ENV/2027/06\nForward Plan reference:",
            // The text under a field that gives none may still give one.
            "Forward Plan reference: TBC\nIt is on the Forward Plan as FP/2025/14.",
            "Decision reference: PHD/ENV/2027/06\nForward Plan reference: FP/27/014",
        ] {
            assert!(
                findings_of("key-decision", &paper(lines)).is_empty(),
                "{lines}"
            );
        }
    }
}
