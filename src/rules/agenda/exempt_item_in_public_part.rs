//! # exempt-item-in-public-part
//!
//! ## What it checks
//! In an agenda pack, an item whose report says it is exempt ("NOT FOR
//! PUBLICATION", "Part II", "exempt information" in its first lines) is
//! listed in the agenda's Part II, after the heading that opens it ("Part
//! II – items not for publication"), not among the public items.
//!
//! ## Why it matters
//! Exempt items are taken after the press and public are excluded by
//! resolution (Local Government Act 1972, s.100A(4)); an exempt report
//! listed in the public part is either published in error or debated in
//! public by mistake.
//!
//! ## Configuration
//! `part-two-headings` (default `["part ii", "part 2", "part two"]`): how
//! a line that opens Part II of the agenda starts, in lower case.
//! `exempt-words` (default `["not for publication", "exempt information",
//! "part ii", "part 2", "confidential"]`): words in the first lines of a
//! report, in lower case, that mark it exempt.
//!
//! ## Example
//! ```text
//! Part I – items to be considered in public
//! 8. Disposal of Land at the Former Mill Lane Depot (Pages 20 - 24)
//! ```
//! where item 8's report is headed "PART II – NOT FOR PUBLICATION" is
//! reported as "agenda item 8 is an exempt report but is listed in the
//! public part of the agenda".

use crate::rules::{agenda, compile, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::source::pdf::pack::ItemKind;
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "exempt-item-in-public-part",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("exempt_item_in_public_part.rs"),
    compile: compile::<ExemptInPublic>,
};

#[derive(serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    part_two_headings: Vec<String>,
    exempt_words: Vec<String>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            part_two_headings: ["part ii", "part 2", "part two"].map(String::from).to_vec(),
            exempt_words: [
                "not for publication",
                "exempt information",
                "part ii",
                "part 2",
                "confidential",
            ]
            .map(String::from)
            .to_vec(),
        }
    }
}

struct ExemptInPublic {
    headings: Vec<String>,
    words: Vec<String>,
}

impl Configure for ExemptInPublic {
    type Params = Params;

    fn configure(p: Params, _: &Template) -> Result<Self, ParamError> {
        let lower = |v: Vec<String>| v.iter().map(|w| w.to_lowercase()).collect();
        Ok(ExemptInPublic {
            headings: lower(p.part_two_headings),
            words: lower(p.exempt_words),
        })
    }
}

impl Rule for ExemptInPublic {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let Some(items) = cx.pack else {
            return Vec::new();
        };
        let (entries, part_two) = agenda::read(cx.text, &self.headings);
        let mut found = Vec::new();
        for item in items.iter().filter(|i| i.kind == ItemKind::Report) {
            let opening = item.opening.to_lowercase();
            let Some(word) = self.words.iter().find(|w| opening.contains(w.as_str())) else {
                continue;
            };
            let Some(entry) = entries.iter().find(|e| e.number == item.number) else {
                continue;
            };
            if part_two.is_some_and(|at| entry.span.start > at) {
                continue;
            }
            let mut d = Finding::new(
                entry.span,
                format!(
                    "agenda item {} is an exempt report (it says \u{201c}{word}\u{201d}) but is \
                     listed in the public part of the agenda",
                    item.number
                ),
            )
            .label("listed in public")
            .subject(format!("item {}", item.number))
            .help(
                "move the item under the agenda's Part II heading, after the resolution to \
                 exclude the press and public, or publish the report as an open one",
            );
            if let Some(at) = part_two {
                let end = cx.text[at..].find('\n').map_or(cx.text.len(), |n| at + n);
                d = d.secondary(crate::document::Span::new(at, end), "Part II starts here");
            }
            found.push(d);
        }
        found
    }
}
