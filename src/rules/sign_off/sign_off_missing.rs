//! # sign-off-missing
//!
//! ## What it checks
//! Every section the template marks as needing a sign-off (in
//! `council-report`: financial implications, cleared by finance, and legal
//! implications, cleared by legal) carries a clearance that names the
//! officer or the post who gave it: "agreed by Louise Barnett, Head of
//! Finance (Place)", "(Alex Morgan, Assistant Head of Legal Services)",
//! "Finance Officer Consulted: Chris Dale", a row of a sign-off table, or
//! a line of a "Statutory officer clearance" block. In a combined
//! "Financial and legal implications" section each sign-off is looked for
//! separately, and a missing one is reported at the paragraph about it.
//! A clearance question answered "Yes" whose name slot is empty ("Name of
//! Legal Officer:" and nothing) names no officer: it is reported at the
//! slot. The post the question names ("cleared by the Monitoring
//! Officer?") says who ought to clear them, not who did. A sign-off list
//! of posts and ticks ("Monitoring Officer:" with no ✓ under "Sign off")
//! that leaves the post unticked is reported at the item. So is a
//! stacked sign-off block whose slot for the post is empty
//! ("Section 151 Officer:" over "Agreed by or on behalf of the Section
//! 151 Officer" and an empty "Date:"): reported at the slot, even where
//! the implications stand only on a front sheet.
//!
//! ## Why it matters
//! Clerks return a report whose financial or legal implications have not
//! been cleared by the chief finance officer's or the monitoring officer's
//! staff. Clearance cannot be deemed: "There are no legal implications" is
//! still missing a sign-off until an officer is named.
//!
//! ## Configuration
//! No parameters. Which sections need which sign-off is the section's
//! `sign-off` key; the wording of a clearance (its verbs, the posts that
//! count for each sign-off) is the pack's `[sign-off]` table. The
//! `published` pack turns this rule off for papers whose sign-offs are
//! stripped before publication.
//!
//! ## Example
//! ```text
//! Legal Implications
//!
//! 25. If the council did not comply ... there could be issues of
//! judicial challenge.
//! ```
//! is reported as "legal implications are not signed off: no legal
//! officer is named as clearing them".

use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "sign-off-missing",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("sign_off_missing.rs"),
    compile: compile::<SignOffMissing>,
};

struct SignOffMissing;

impl Configure for SignOffMissing {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(SignOffMissing)
    }
}

impl Rule for SignOffMissing {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        cx.sign_offs()
            .iter()
            .filter(|s| s.clearances.is_empty())
            .map(|s| {
                let def = &cx.template.sections[s.def];
                if let Some(slot) = s.unnamed {
                    // A clearance question answered as cleared over an
                    // empty name slot: the slot is what is missing.
                    return Finding::new(
                        slot,
                        format!(
                            "{} are not signed off: the clearance question says they were cleared but names no {} officer",
                            def.name, s.role
                        ),
                    )
                    .subject(def.id.clone())
                    .label("no officer named")
                    .secondary(s.anchor, format!("{} here", def.name))
                    .help("add the name of the officer who cleared them");
                }
                if let Some((item, post)) = &s.unticked {
                    // A sign-off list of posts and ticks with no tick
                    // against the post: the item is what is missing.
                    return Finding::new(
                        *item,
                        format!(
                            "{} are not signed off: the sign-off list has no tick against the {post}",
                            def.name
                        ),
                    )
                    .subject(def.id.clone())
                    .label("not ticked")
                    .secondary(s.anchor, format!("{} here", def.name))
                    .help(format!("have the {post} sign the report off, then tick it"));
                }
                if let Some((slot, post)) = &s.empty_slot {
                    // A stacked sign-off block whose slot for the post
                    // holds no name and no date: the slot is what is
                    // missing.
                    let finding = Finding::new(
                        *slot,
                        format!(
                            "{} are not signed off: the sign-off block gives no name or date for the {post}",
                            def.name
                        ),
                    )
                    .subject(def.id.clone())
                    .label("no name or date")
                    .help(format!(
                        "have the {post} sign the report off, then add their name and the date"
                    ));
                    // (Where the paper has no such section, the slot is
                    // all there is to point at.)
                    return if s.anchor == *slot {
                        finding
                    } else {
                        finding.secondary(s.anchor, format!("{} here", def.name))
                    };
                }
                Finding::new(
                    s.anchor,
                    format!(
                        "{} are not signed off: no {} officer is named as clearing them",
                        def.name, s.role
                    ),
                )
                .subject(def.id.clone())
                .label(format!("no {} clearance", s.role))
                .help(format!(
                    "add who cleared them and when, e.g. \"{} comments agreed by <name>, <post>, on <date>\"",
                    capitalise(&s.role)
                ))
            })
            .collect()
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
