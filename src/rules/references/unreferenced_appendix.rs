//! # unreferenced-appendix
//!
//! ## What it checks
//! Every appendix or annex the paper lists (in an Appendices section or an
//! Enclosures field; see `parse::appendices` for the list layouts read) or
//! attaches (under an appendix heading) is mentioned somewhere in the text:
//! "set out in Appendix A", "Annex B", "paragraph 3 of Appendix 2", also in
//! a table cell. A mention that also attaches it ("attached as Appendix 2")
//! counts; the list's own lines (an entry and its wrapped title) do not. A
//! mention of another document's appendix ("Appendix 6 to the officer
//! report") does not count. An appendix the list itself marks as not
//! attached (a YES/NO column: `Appendix F – Financial advice` / `NO`) is
//! not reported: it is not in the bundle. `paperlint tree` shows the lists read and where
//! each appendix is cited.
//!
//! ## Why it matters
//! Members read the report, not the bundle: an appendix the report never
//! mentions is one nobody is told to read, and often means the text cites
//! it under the wrong letter (a paper lists Appendix A and cites
//! "Appendix B"), or that it belongs to an earlier draft. Every listed
//! appendix should be cited (an Enclosures header field lists them too).
//!
//! ## Configuration
//! No parameters. Turn it off for a pack with `severity = "off"`.
//!
//! ## Example
//! ```text
//! ### **APPENDIX**
//!
//! Appendix A: Joint Review Action Plan.
//! ```
//! in a paper whose text never mentions Appendix A is reported as
//! "Appendix A is listed but the report never refers to it".

use crate::document::{AppendixDecl, AppendixSource, Reference, ReferenceKind};
use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "unreferenced-appendix",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("unreferenced_appendix.rs"),
    compile: compile::<UnreferencedAppendix>,
};

struct UnreferencedAppendix;

impl Configure for UnreferencedAppendix {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(UnreferencedAppendix)
    }
}

/// Whether reference `r` mentions the appendix or annex `d`. The kinds may
/// differ ("Appendix A" for a listed "Annex A"): the label decides.
fn cites(r: &Reference, d: &AppendixDecl) -> bool {
    if r.target != d.label {
        return false;
    }
    match (d.kind, &d.within, r.kind) {
        (ReferenceKind::Annex, Some(w), ReferenceKind::Annex) => {
            r.within.as_ref().map_or(true, |rw| rw == w)
        }
        (ReferenceKind::Annex, Some(_), _) => false,
        _ => matches!(r.kind, ReferenceKind::Appendix | ReferenceKind::Annex),
    }
}

impl Rule for UnreferencedAppendix {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let doc = cx.doc;
        let mut decls: Vec<&AppendixDecl> = doc
            .appendices
            .iter()
            .filter(|d| {
                !matches!(
                    d.source,
                    AppendixSource::Text | AppendixSource::Unattached | AppendixSource::Withheld
                )
            })
            .collect();
        decls.sort_by_key(|d| d.span.start);
        let mut seen: Vec<(ReferenceKind, &str, Option<&str>)> = Vec::new();
        let mut out = Vec::new();
        for d in decls {
            let key = (d.kind, d.label.as_str(), d.within.as_deref());
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let cited = doc.references.iter().any(|r| !r.external && cites(r, d));
            if cited {
                continue;
            }
            let name = match (d.kind, &d.within) {
                (ReferenceKind::Annex, Some(w)) => format!("Annex {} of Appendix {w}", d.label),
                (ReferenceKind::Annex, None) => format!("Annex {}", d.label),
                _ => format!("Appendix {}", d.label),
            };
            let how = match d.source {
                AppendixSource::Heading => "attached",
                _ => "listed",
            };
            out.push(
                Finding::new(
                    d.span,
                    format!("{name} is {how} but the report never refers to it"),
                )
                .subject(name.clone())
                .label(format!("{name} is {how} here"))
                .help(format!(
                    "refer to {name} where the report relies on it, or remove it if it is not needed; if the text cites it under another label, correct the label"
                )),
            );
        }
        out
    }
}
