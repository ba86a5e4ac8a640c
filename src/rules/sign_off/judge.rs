//! What the dated sign-off rules share: each sign-off's latest dated
//! clearance, judged against the meeting date.

use time::Date;

use crate::clearance::{on_date, Clearance, MeetingDate};
use crate::rules::Context;

/// The latest dated clearance of one sign-off, as the dated rules see it.
pub(crate) struct Dated<'a> {
    /// The section it clears ("legal implications").
    pub(crate) section: &'a crate::template::SectionDef,
    pub(crate) clearance: &'a Clearance,
    /// The earliest and latest day its date can mean.
    pub(crate) first: Date,
    pub(crate) last: Date,
    /// The paper's text, which the date is written in.
    text: &'a str,
}

impl Dated<'_> {
    /// "on 14 March 2025", as written (read only for a finding).
    pub(crate) fn when(&self) -> String {
        let date = self.clearance.date.expect("latest() has a date");
        on_date(&date, self.text)
    }
}

/// Runs `judge` on each sign-off's latest dated clearance; each finding it
/// returns is given the section as its subject and a secondary label on
/// the meeting date it was judged against. The dated rules
/// (`clearance-after-meeting`, `-stale`, `-late`) differ only in `judge`.
pub(crate) fn judge_latest(
    cx: &Context<'_>,
    meeting: &MeetingDate,
    mut judge: impl FnMut(&Dated<'_>) -> Option<crate::rules::Finding>,
) -> Vec<crate::rules::Finding> {
    let mut out = Vec::new();
    for s in cx.sign_offs() {
        let Some((clearance, first, last)) = s.latest() else {
            continue;
        };
        let section = &cx.template.sections[s.def];
        let dated = Dated {
            section,
            clearance,
            first,
            last,
            text: cx.text,
        };
        if let Some(mut d) = judge(&dated) {
            d = d.subject(section.id.clone());
            if let Some(span) = meeting.span {
                d = d.secondary(span, "the meeting this clearance is judged against");
            }
            out.push(d);
        }
    }
    out
}
