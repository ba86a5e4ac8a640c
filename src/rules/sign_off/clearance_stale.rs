//! # clearance-stale
//!
//! ## What it checks
//! The financial or legal clearance of a paper is not dated more than
//! `max-age-days` before the meeting (see `clearance-after-meeting` for how
//! the meeting date is found). Where a section has several dated
//! clearances, the latest is judged. A date given to the month only
//! ("January 2005") is taken as its last day, so it is reported only if
//! the whole month is too early.
//!
//! ## Why it matters
//! A report usually changes between drafts. Comments given months before
//! the meeting were given on an earlier draft; the finance or legal officer
//! should confirm them against the paper as it goes to committee.
//!
//! ## Configuration
//! `max-age-days` (default 90): the oldest a clearance may be, in calendar
//! days before the meeting.
//!
//! ## Example
//! ```text
//! Date of meeting: 15 January 2025
//! ...
//! Financial comments agreed by Omar Siddiqui, Finance Business Partner,
//! on 2nd September 2024.
//! ```
//! is reported as "financial implications were signed off by Omar
//! Siddiqui on 2nd September 2024, 135 days before the meeting on 15
//! January 2025 (the pack allows 90)".

use super::judge::judge_latest;
use crate::rules::{compile, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "clearance-stale",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("clearance_stale.rs"),
    compile: compile::<ClearanceStale>,
};

#[derive(serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    max_age_days: u32,
}

impl Default for Params {
    fn default() -> Self {
        Params { max_age_days: 90 }
    }
}

struct ClearanceStale {
    max_age_days: i64,
}

impl Configure for ClearanceStale {
    type Params = Params;

    fn configure(p: Params, _: &Template) -> Result<Self, ParamError> {
        if p.max_age_days == 0 {
            return Err(ParamError::at(
                "max-age-days",
                "`max-age-days` must be at least 1",
            ));
        }
        Ok(ClearanceStale {
            max_age_days: i64::from(p.max_age_days),
        })
    }
}

impl Rule for ClearanceStale {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let Some(meeting) = cx.meeting_date() else {
            return Vec::new();
        };
        judge_latest(cx, meeting, |c| {
            // From the latest day the clearance can mean to the earliest
            // day the meeting can be.
            let age = (meeting.first - c.last).whole_days();
            (age > self.max_age_days).then(|| {
                Finding::new(
                    c.clearance.span,
                    format!(
                        "{} were signed off by {} {}, {age} days before {} (the pack allows {})",
                        c.section.name,
                        c.clearance.who(),
                        c.when(),
                        meeting.describe(),
                        self.max_age_days
                    ),
                )
                .label(format!("{age} days before the meeting"))
                .help(
                    "ask the officer to confirm the clearance against the current draft, and date it",
                )
            })
        })
    }
}
