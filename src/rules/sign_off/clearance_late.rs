//! # clearance-late
//!
//! ## What it checks
//! The financial or legal clearance of a paper is not dated after the last
//! day the paper could be published for its meeting: the meeting date less
//! `publish-clear-days` clear working days. Clear days are neither the day
//! of publication nor the day of the meeting; weekends and the pack's
//! `[calendar] bank-holidays` are not working days. A clearance dated after
//! the meeting itself is `clearance-after-meeting`'s finding, not this
//! one's. Where a section has several dated clearances, the latest is
//! judged; a date given to the month only is taken as its first day.
//!
//! ## Why it matters
//! Agenda papers must be open to inspection at least five clear days before
//! the meeting (Local Government Act 1972 s100B, as amended by SI
//! 2002/715). A clearance dated later means the paper was published
//! uncleared, or changed after publication, or is a late item that must
//! say why it is urgent (s100B(4)(b)).
//!
//! ## Configuration
//! `publish-clear-days` (default 5): the clear working days between
//! publication and the meeting. Bank holidays are the pack's
//! `[calendar] bank-holidays` (England and Wales, 2000–2030, in
//! `council-report`).
//!
//! ## Example
//! ```text
//! Date of meeting: 6 January 2025
//! ...
//! Legal comments provided by Jo Patel, Senior Solicitor, on 27 December 2024.
//! ```
//! is reported as "legal implications were signed off by Jo Patel on 27
//! December 2024, after 26 December 2024, the last day the paper could be
//! published for the meeting on 6 January 2025": Christmas, Boxing Day and
//! New Year's Day are not working days, so the five clear days are 27, 30
//! and 31 December and 2 and 3 January.

use super::judge::judge_latest;
use crate::calendar::{format_date, publish_by};
use crate::rules::{compile, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "clearance-late",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("clearance_late.rs"),
    compile: compile::<ClearanceLate>,
};

#[derive(serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    publish_clear_days: u32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            publish_clear_days: 5,
        }
    }
}

struct ClearanceLate {
    clear_days: u32,
}

impl Configure for ClearanceLate {
    type Params = Params;

    fn configure(p: Params, _: &Template) -> Result<Self, ParamError> {
        if p.publish_clear_days > 366 {
            return Err(ParamError::at(
                "publish-clear-days",
                "`publish-clear-days` must be at most 366",
            ));
        }
        Ok(ClearanceLate {
            clear_days: p.publish_clear_days,
        })
    }
}

impl Rule for ClearanceLate {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let Some(meeting) = cx.meeting_date() else {
            return Vec::new();
        };
        // Judged from the latest day the meeting can be.
        let Some(deadline) = publish_by(meeting.last, self.clear_days, &cx.template.bank_holidays)
        else {
            return Vec::new();
        };
        judge_latest(cx, meeting, |c| {
            // In time, or clearance-after-meeting's finding: not ours.
            if c.first <= deadline || c.first > meeting.last {
                return None;
            }
            Some(
                Finding::new(
                    c.clearance.span,
                    format!(
                        "{} were signed off by {} {}, after {}, the last day the paper could be published for {}",
                        c.section.name,
                        c.clearance.who(),
                        c.when(),
                        format_date(deadline),
                        meeting.describe()
                    ),
                )
                .label("dated after the last day of publication")
                .help(format!(
                    "papers are published at least {} clear working days before the meeting (Local Government Act 1972 s100B); check the date, or treat the paper as a late item and give the reason",
                    self.clear_days
                )),
            )
        })
    }
}
