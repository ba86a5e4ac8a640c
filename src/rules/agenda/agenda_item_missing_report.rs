//! # agenda-item-missing-report
//!
//! ## What it checks
//! In an agenda pack (a PDF of the agenda followed by each item's papers,
//! under "Agenda Item N" banners), every agenda entry that promises a
//! report (its entry says "Report of…", or gives the pages the report is
//! on) has pages in the pack under its item number.
//!
//! ## Why it matters
//! A pack published without an item's report leaves members and the public
//! without the paper the meeting will decide on; the clerk has to publish
//! it, and the five clear days may not be met.
//!
//! ## Configuration
//! `report-cues` (default `["report of", "report by", "report from",
//! "(pages", "(page"]`): words in an agenda entry, in lower case, that say
//! a report goes with it. Items with no such words (apologies,
//! declarations of interest, public questions) need no pages.
//!
//! ## Example
//! ```text
//! 6. Grounds Maintenance Contract (Pages 12 - 19)
//! Report of the Director of Neighbourhood Services
//! ```
//! with no pages under "Agenda Item 6" is reported as "agenda item 6
//! promises a report, but the pack has no pages for it".

use crate::rules::{agenda, compile, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "agenda-item-missing-report",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("agenda_item_missing_report.rs"),
    compile: compile::<MissingReport>,
};

#[derive(serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    report_cues: Vec<String>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            report_cues: ["report of", "report by", "report from", "(pages", "(page"]
                .map(String::from)
                .to_vec(),
        }
    }
}

struct MissingReport {
    cues: Vec<String>,
}

impl Configure for MissingReport {
    type Params = Params;

    fn configure(p: Params, _: &Template) -> Result<Self, ParamError> {
        Ok(MissingReport {
            cues: p.report_cues.iter().map(|c| c.to_lowercase()).collect(),
        })
    }
}

impl Rule for MissingReport {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let Some(items) = cx.pack else {
            return Vec::new();
        };
        let (entries, _) = agenda::read(cx.text, &[]);
        entries
            .iter()
            .filter(|e| self.cues.iter().any(|c| e.body.contains(c.as_str())))
            .filter(|e| !items.iter().any(|i| i.number == e.number))
            .map(|e| {
                Finding::new(
                    e.span,
                    format!(
                        "agenda item {} promises a report, but the pack has no pages for it",
                        e.number
                    ),
                )
                .label("this entry")
                .subject(format!("item {}", e.number))
                .help(
                    "add the item's report to the pack under its \"Agenda Item\" banner, \
                     or say on the agenda that it is to follow",
                )
            })
            .collect()
    }
}
