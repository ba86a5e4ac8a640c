//! # clearance-after-meeting
//!
//! ## What it checks
//! The financial or legal clearance of a paper is not dated after the
//! meeting it is for. The meeting date is the header's date field, else
//! the first meeting of the forward timetable, or `--meeting-date` on the
//! command line; where the paper goes to several meetings, the earliest.
//! Where a section has several dated clearances, the latest is judged. A
//! date given to the month only ("January 2005") is taken as its first
//! day, so it is reported only if the whole month is after the meeting.
//!
//! ## Why it matters
//! A paper must be cleared before it is published, and published before
//! the meeting: a clearance dated after the meeting is a typing error in
//! the date, or a paper that went to the meeting uncleared.
//!
//! ## Configuration
//! No parameters.
//!
//! ## Example
//! ```text
//! **Date of meeting:** 12 March 2025
//! ...
//! 7.2 Legal comments provided by Sunita Rai, Senior Solicitor, on 14 March 2025.
//! ```
//! is reported as "legal implications are signed off by Sunita Rai on 14
//! March 2025, after the meeting on 12 March 2025".

use super::judge::judge_latest;
use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "clearance-after-meeting",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("clearance_after_meeting.rs"),
    compile: compile::<ClearanceAfterMeeting>,
};

struct ClearanceAfterMeeting;

impl Configure for ClearanceAfterMeeting {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(ClearanceAfterMeeting)
    }
}

impl Rule for ClearanceAfterMeeting {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let Some(meeting) = cx.meeting_date() else {
            return Vec::new();
        };
        judge_latest(cx, meeting, |c| {
            // The earliest day the date can mean is after the latest day
            // the meeting can be.
            (c.first > meeting.last).then(|| {
                Finding::new(
                    c.clearance.span,
                    format!(
                        "{} are signed off by {} {}, after {}",
                        c.section.name,
                        c.clearance.who(),
                        c.when(),
                        meeting.describe()
                    ),
                )
                .label("dated after the meeting")
                .help("check the date: clearance must be given before the paper is published")
            })
        })
    }
}
