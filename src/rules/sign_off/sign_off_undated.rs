//! # sign-off-undated
//!
//! ## What it checks
//! A clearance of a section that needs a sign-off names the officer or
//! post but not the date: "(Alex Morgan, Assistant Head of Legal
//! Services - extension 7054)". Each clearance is judged: where a section
//! has two, a dated one does not date the other officer's. A line that
//! only says a post was consulted or has reviewed the paper, naming no one
//! ("The Section 151 Officer has been consulted"), is not judged beside a
//! dated clearance of the same section: that clearance records it. A
//! bracket naming the officer right after the date its sentence says the
//! comments were given on is dated ("Comments from the Section 151 Officer
//! were received on 24 February 2026 (NAME, POST)"); after another date
//! ("the budget approved on 24 February 2026 (NAME, POST)") it is not.
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

use std::sync::LazyLock;

use crate::pattern::{fixed, Pattern};
use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::Template;

/// Day/month/year in figures: what a clearance's date is written as when
/// it is written in figures. One that the parser did not read as a date
/// (a year of five figures, a thirteenth month) is a date that cannot be
/// read, not a missing one. Slashes only: figures joined by hyphens or
/// stops are as often a telephone number or a reference.
static FIGURES_DATE: LazyLock<Pattern> =
    LazyLock::new(|| fixed(r"(?-u:\b)[0-9]{1,2}/[0-9]{1,2}/[0-9]+(?-u:\b)"));

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
                let finding = match unreadable_date(c.span.of(cx.text)) {
                    Some(written) => Finding::new(
                        c.span,
                        format!(
                            "{} are signed off by {} but their date, {written}, cannot be read",
                            def.name,
                            c.who()
                        ),
                    )
                    .label("date cannot be read")
                    .help(
                        "write the date the clearance was given as a day, month and year \
                         (12 March 2025 or 12/03/2025)",
                    ),
                    None => Finding::new(
                        c.span,
                        format!(
                            "{} are signed off by {} but carry no date",
                            def.name,
                            c.who()
                        ),
                    )
                    .label("no date")
                    .help("add the date the clearance was given"),
                };
                out.push(finding.subject(def.id.clone()));
            }
        }
        out
    }
}

/// A date in figures in an undated clearance's text: one the parser could
/// not read (were it a date, the clearance would have it).
fn unreadable_date(clearance: &str) -> Option<&str> {
    FIGURES_DATE.find(clearance).map(|m| &clearance[m.range()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_in_figures_that_cannot_be_read_is_said_to_be_unreadable() {
        let text = "\
# Report

## Financial implications

There are no financial implications. Agreed by Jo Bloggs, Head of Finance, 31/12/99999.

## Legal implications

There are no legal implications. Cleared by Sam Lee, Solicitor, 14/13/2025.

## Equalities implications

None. Agreed by Ash Green, Equalities Officer.
";
        let found = crate::rules::findings_of(KIND.name, text);
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "financial implications are signed off by Jo Bloggs but their date, 31/12/99999, cannot be read",
                "legal implications are signed off by Sam Lee but their date, 14/13/2025, cannot be read",
            ],
            "{found:#?}"
        );
    }

    #[test]
    fn figures_that_are_no_date_are_not_taken_for_one() {
        assert_eq!(
            unreadable_date("Jo Bloggs, extension 7054, ref 2025-01-123"),
            None
        );
        assert_eq!(
            unreadable_date("Jo Bloggs, Head of Finance, 31/12/99999."),
            Some("31/12/99999")
        );
    }
}
