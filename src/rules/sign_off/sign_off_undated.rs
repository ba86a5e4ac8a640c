//! # sign-off-undated
//!
//! ## What it checks
//! A clearance of a section that needs a sign-off names the officer or
//! post but not the date: "(Alex Morgan, Assistant Head of Legal
//! Services - extension 7054)". Each clearance is judged: where a section
//! has two, a dated one does not date the other officer's.
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

use crate::diagnostic::Diagnostic;
use crate::rules::{compile, Configure, Context, Kind, NoParams, ParamError, Rule};
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
    fn check(&self, cx: &Context<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for s in cx.sign_offs() {
            let def = &cx.template.sections[s.def];
            let dated = s.clearances.iter().any(|c| c.date.is_some());
            let undated = s
                .clearances
                .iter()
                .filter(|c| c.date.is_none() && !(dated && c.officer.is_none()));
            for c in undated {
                out.push(
                    Diagnostic::new(
                        KIND.name,
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

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    const HEAD: &str =
        "Meeting: Cabinet\nDate: 6 February 2025\n\n## 3. Financial implications\n\n";

    #[test]
    fn a_post_only_line_takes_the_date_of_the_sections_dated_clearance() {
        let dated = format!(
            "{HEAD}3.1 The Section 151 Officer has been consulted.\n\n\
             Financial implications prepared by: Ann Vale, Finance Manager  Date: 20 January 2025\n"
        );
        assert!(findings_of("sign-off-undated", &dated).is_empty());
        // Without a dated clearance the post-only line is still reported.
        let undated = format!("{HEAD}3.1 The Section 151 Officer has been consulted.\n");
        assert_eq!(findings_of("sign-off-undated", &undated).len(), 1);
    }
}
