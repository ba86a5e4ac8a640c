//! # invalid-date
//!
//! ## What it checks
//! Every date in the paper exists: "31 February 2024", "30.02.03" and
//! "29 February 2023" do not.
//!
//! ## Why it matters
//! A date that cannot exist is a typing error in a deadline, a meeting or a
//! clearance; paperlint will not guess which date was meant, so a
//! clearance dated 31 February cannot be checked against the meeting.
//!
//! ## Configuration
//! No parameters.
//!
//! ## Example
//! ```text
//! agreed by the Head of Finance on 31st February 2025
//! ```
//! is reported as "31st February 2025 is not a date: February 2025 has 28
//! days".

use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "invalid-date",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("invalid_date.rs"),
    compile: compile::<InvalidDate>,
};

struct InvalidDate;

impl Configure for InvalidDate {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(InvalidDate)
    }
}

impl Rule for InvalidDate {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        cx.doc
            .dates
            .iter()
            .filter(|d| !d.value.is_valid())
            .map(|d| {
                let written = d.span.of(cx.text);
                let plain = crate::parse::inline::plain(written);
                let why = match (time::Month::try_from(d.value.month), d.value.year) {
                    (Ok(m), Some(y)) => format!("{m} {y} has {} days", m.length(y)),
                    (Ok(m), None) => format!("{m} has at most {} days", m.length(2000)),
                    (Err(_), _) => "there is no such month".to_string(),
                };
                Finding::new(d.span, format!("{plain} is not a date: {why}"))
                    .subject(plain)
                    .label("no such date")
                    .help("correct the date")
            })
            .collect()
    }
}
