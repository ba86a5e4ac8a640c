//! # sign-off-undated
//!
//! ## What it checks
//! A clearance of a section that needs a sign-off names the officer or
//! post but not the date: "(Alex Morgan, Assistant Head of Legal
//! Services - extension 7054)". Each clearance is judged: where a section
//! has two, a dated one does not date the other officer's. A line that
//! only says a post was consulted or has reviewed the paper, naming no one
//! ("The Section 151 Officer has been consulted"), is not judged beside a
//! dated clearance of the same section: that clearance records it.
//!
//! ## Why it matters
//! A clearance without a date cannot be checked against the meeting: the
//! report may have changed since the officer saw it. Clerks ask for the
//! date the comments were given.
//!
//! ## Configuration
//! No parameters. The wording of a clearance is the pack's `[sign-off]`
//! table. The `published` pack turns this rule off.
//!
//! ## Example
//! ```text
//! 4.2 There are no legal implications (Alex Morgan, Assistant Head of
//! Legal Services - extension 7054).
//! ```
//! is reported as "legal implications are signed off by Alex Morgan but
//! carry no date".

use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "sign-off-undated",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("sign_off_undated.rs"),
    compile: compile::<SignOffUndated>,
};

struct SignOffUndated;

impl Configure for SignOffUndated {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(SignOffUndated)
    }
}

impl Rule for SignOffUndated {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for s in cx.sign_offs() {
            let def = &cx.template.sections[s.def];
            for c in s.clearances.iter().filter(|c| c.date.is_none()) {
                out.push(
                    Finding::new(
                        c.span,
                        format!(
                            "{} are signed off by {} but carry no date",
                            def.name,
                            c.who()
                        ),
                    )
                    .subject(def.id.clone())
                    .label("no date")
                    .help("add the date the clearance was given"),
                );
            }
        }
        out
    }
}
