//! # empty-section
//!
//! ## What it checks
//! A heading the template knows (financial, legal, equalities, risk …) with
//! nothing under it before the next heading: no paragraph, no table, no
//! sub-heading. Headings the template does not know are not checked: a
//! title heading followed at once by its first sub-heading is not empty.
//!
//! ## Why it matters
//! Every implications heading must have text, even if only "None" (Vale of
//! Glamorgan's guidance). An empty heading usually means the author meant
//! to come back to it, or that the comments were never received.
//!
//! ## Configuration
//! No parameters. Turn it off for a pack with `severity = "off"`.
//!
//! ## Example
//! ```text
//! ## 6. Equalities implications
//!
//! ## 7. Background papers
//! ```
//! is reported as "the equalities implications section is empty".

use crate::diagnostic::Diagnostic;
use crate::rules::{params, Context, Kind, ParamError, Rule};
use crate::template::Template;

pub static KIND: Kind = Kind {
    name: "empty-section",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("empty_section.rs"),
    compile,
};

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Params {}

struct EmptySection;

fn compile(table: &toml::Table, _: &Template) -> Result<Box<dyn Rule>, ParamError> {
    let Params {} = params(table)?;
    Ok(Box::new(EmptySection))
}

impl Rule for EmptySection {
    fn check(&self, cx: &Context<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (id, s) in cx.doc.sections.iter().enumerate() {
            let defs = &cx.resolved.section_ids[id];
            let Some(&first) = defs.first() else {
                continue;
            };
            // Content: anything between the end of the heading and the span's end.
            let has_content =
                s.span.end > s.heading.end && !cx.text[s.heading.end..s.span.end].trim().is_empty();
            if has_content {
                continue;
            }
            let names: Vec<&str> = defs
                .iter()
                .map(|&d| cx.template.sections[d].name.as_str())
                .collect();
            out.push(
                Diagnostic::new(
                    KIND.name,
                    s.heading,
                    format!("the {} section is empty", names.join(" and ")),
                )
                .subject(cx.template.sections[first].id.clone())
                .label("nothing under this heading")
                .help("write the section, or say \"None\" if there are none"),
            );
        }
        out
    }
}
