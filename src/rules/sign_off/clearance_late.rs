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
//! A parish, town or community council summons its meetings with three
//! clear days' notice (Local Government Act 1972, Schedule 12, paragraphs
//! 10 and 26), and publishes its papers with the summons.
//!
//! ## Configuration
//! `publish-clear-days` (default 5): the clear working days between
//! publication and the meeting. Bank holidays are the pack's
//! `[calendar] bank-holidays` (England and Wales, 2000–2030, in
//! `council-report`). `local-councils` (default: the pack's `[sign-off]
//! local-councils`, in `council-report` "town council", "parish council"
//! and "community council"): the words that end the name of a council
//! working to `local-council-clear-days` (default 3) instead, read only on
//! the paper's council name line: its title, or a heading before its
//! first paragraph, that is the council's name alone ("HEXLEY TOWN
//! COUNCIL"; six words at most, not "Report to …"). Given here, they
//! replace the pack's for this rule alone.
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
    /// None: the pack's `[sign-off] local-councils`.
    local_councils: Option<Vec<String>>,
    local_council_clear_days: u32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            publish_clear_days: 5,
            local_councils: None,
            local_council_clear_days: 3,
        }
    }
}

struct ClearanceLate {
    clear_days: u32,
    /// The endings of a local council's name, normalised, where the rule
    /// names its own; else the pack's, read once per paper.
    local_councils: Option<Vec<String>>,
    local_clear_days: u32,
}

impl ClearanceLate {
    /// The clear days the paper's council works to: a local council's where
    /// its council name line ends with one of the local councils' endings
    /// ([`crate::template::is_local_council`]).
    fn clear_days_for(&self, cx: &Context<'_>) -> u32 {
        let local = match &self.local_councils {
            Some(endings) => crate::template::is_local_council(cx.text, cx.doc, endings),
            None => cx.is_local_council(),
        };
        if local {
            self.local_clear_days
        } else {
            self.clear_days
        }
    }
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
        if p.local_council_clear_days > 366 {
            return Err(ParamError::at(
                "local-council-clear-days",
                "`local-council-clear-days` must be at most 366",
            ));
        }
        Ok(ClearanceLate {
            clear_days: p.publish_clear_days,
            local_councils: p.local_councils.map(|endings| {
                endings
                    .iter()
                    .map(|l| crate::template::normalise(l))
                    .filter(|l| !l.is_empty())
                    .collect()
            }),
            local_clear_days: p.local_council_clear_days,
        })
    }
}

impl Rule for ClearanceLate {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let Some(meeting) = cx.meeting_date() else {
            return Vec::new();
        };
        let clear_days = self.clear_days_for(cx);
        // Judged from the latest day the meeting can be.
        let Some(deadline) = publish_by(meeting.last, clear_days, &cx.template.bank_holidays)
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
                .help(if clear_days == self.clear_days {
                    format!(
                        "papers are published at least {clear_days} clear working days before the meeting (Local Government Act 1972 s100B); check the date, or treat the paper as a late item and give the reason"
                    )
                } else {
                    format!(
                        "a local council's papers go out with the summons, at least {clear_days} clear days before the meeting (Local Government Act 1972, Schedule 12); check the date, or treat the paper as a late item and give the reason"
                    )
                }),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paper headed `name`, for Monday 8 December 2025, its financial
    /// implications cleared on Monday 1 December.
    fn paper(name: &str) -> String {
        format!(
            "# {name}\n\n| Committee | Finance and General Purposes Committee |\n| --- | --- |\n| Date | Monday 8 December 2025 |\n\n## PURPOSE\n\n**1.** To recommend a budget.\n\n## IMPLICATIONS\n\n**11.** *Financial*: as set out in this report (Pauline Moreau-Grant, Town Clerk and RFO, 1 December 2025).\n\n**12.** *Legal*: the precept is issued under section 41 of the Local Government Finance Act 1992.\n"
        )
    }

    fn late(text: &str) -> Vec<String> {
        crate::rules::findings_of(KIND.name, text)
            .iter()
            .map(|f| f.message.clone())
            .collect()
    }

    #[test]
    fn a_local_council_works_to_three_clear_days() {
        // Three clear days before Monday 8 December: 3, 4 and 5 December;
        // published by Tuesday 2 December, so 1 December is in time.
        assert_eq!(late(&paper("HEXLEY TOWN COUNCIL")), Vec::<String>::new());
        assert_eq!(
            late(&paper("Lower Brindle Parish Council")),
            Vec::<String>::new()
        );
        // A principal council works to five: 1 to 5 December, so published by
        // Sunday 30 November.
        let five = ["financial implications were signed off by Pauline Moreau-Grant on 1 December 2025, after 30 November 2025, the last day the paper could be published for the meeting on 8 December 2025"];
        assert_eq!(late(&paper("HEXLEY DISTRICT COUNCIL")), five);
        // Not a name line: a report to a town council, a long title.
        assert_eq!(late(&paper("Report to Hexley Town Council")), five);
        assert_eq!(
            late(&paper("Grants to voluntary bodies and the town council")),
            five
        );
    }

    #[test]
    fn the_rule_s_own_local_councils_replace_the_pack_s() {
        // By default the pack's `[sign-off] local-councils`; given here, the
        // rule's list alone: a town council is then judged by five days.
        let toml = "extends = [\"council-report\"]\n[rules.clearance-late]\nlocal-councils = [\"parish council\"]\n";
        let found =
            |name: &str| crate::rules::findings_with_config(KIND.name, toml, &paper(name)).len();
        assert_eq!(found("HEXLEY TOWN COUNCIL"), 1);
        assert_eq!(found("Lower Brindle Parish Council"), 0);
    }

    #[test]
    fn a_local_council_s_late_clearance_says_its_notice() {
        let text = paper("HEXLEY TOWN COUNCIL").replace("1 December 2025", "4 December 2025");
        let found = crate::rules::findings_of(KIND.name, &text);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0].message.contains("after 2 December 2025"),
            "{found:#?}"
        );
        let help = found[0].help.as_deref().unwrap_or_default();
        assert!(help.contains("at least 3 clear days"), "{help}");
    }
}
