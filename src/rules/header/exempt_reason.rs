//! # exempt-reason
//!
//! ## What it checks
//! A paper marked exempt, confidential, private, Part II or "not for
//! publication" (in its status field, title or headings, or with "Yes" in
//! an exempt-information field) cites the paragraph
//! of Schedule 12A to the Local Government Act 1972 that makes it exempt.
//!
//! ## Why it matters
//! The public may be excluded from a meeting only for exempt information as
//! defined in Schedule 12A, and the resolution must say which paragraph
//! (England: Part 1, paragraphs 1–7; Wales: paragraphs 12–18). A paper that
//! is marked exempt without one cannot lawfully be withheld.
//!
//! ## Configuration
//! `status-field` (default `"status"`): the template field that holds the
//! paper's status. `exempt-words` (a pattern, set in the council-report
//! pack): the status or exempt-information values that mark a paper
//! exempt ("confidential", "Part II", "not for publication"); a council's
//! own `exempt-words` replaces the pack's.
//!
//! ## Example
//! ```text
//! Status: Exempt – not for publication
//! ```
//! with no "paragraph 3 of Schedule 12A" anywhere is reported as "the paper
//! is marked exempt but does not say which paragraph of Schedule 12A
//! applies".

use crate::diagnostic::Diagnostic;
use crate::document::Span;
use crate::pattern::{fixed_scanner, Pattern};
use crate::rules::{compile, template_field, Configure, Context, Kind, ParamError, Rule};
use crate::template::{normalise, Template};
use std::sync::LazyLock;

pub(crate) static KIND: Kind = Kind {
    name: "exempt-reason",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("exempt_reason.rs"),
    compile: compile::<ExemptReason>,
};

#[derive(serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    status_field: String,
    /// The values that mark a paper exempt. No built-in value: the pattern
    /// is data, in the pack (rules/council-report.toml).
    exempt_words: Option<String>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            status_field: "status".into(),
            exempt_words: None,
        }
    }
}

struct ExemptReason {
    status: usize,
    /// The template's `exempt` field ("Exempt information: Yes"), if any.
    exempt: Option<usize>,
    /// A value that marks the paper exempt.
    exempt_words: Pattern,
}

impl Configure for ExemptReason {
    type Params = Params;

    fn configure(p: Params, template: &Template) -> Result<Self, ParamError> {
        let status = template_field(template, "status-field", &p.status_field)?;
        let exempt_words = p.exempt_words.as_deref().ok_or_else(|| {
            ParamError::at(
                "exempt-words",
                "no pattern says which status values mark a paper exempt".to_string(),
            )
        })?;
        let exempt_words = crate::pattern::compile(exempt_words)
            .map_err(|e| ParamError::at("exempt-words", format!("bad pattern: {e}")))?;
        Ok(ExemptReason {
            status,
            exempt: template.field("exempt"),
            exempt_words,
        })
    }
}

/// "paragraph 3 of Schedule 12A", "Schedule 12A, paragraph 3", "para 3 of
/// Part 1 of Schedule 12A", "Sch. 12A para 3".
static SCHEDULE_12A: LazyLock<Pattern> = LazyLock::new(|| {
    fixed_scanner(
        r"(?is)(?-u:\b)(paragraphs?|paras?\.?)\s*[0-9]{1,2}[a-z]?(?-u:\b).{0,60}?(?-u:\b)sch(edule|\.)?\s*12\s*a(?-u:\b)|(?-u:\b)sch(edule|\.)?\s*12\s*a(?-u:\b).{0,60}?(?-u:\b)(paragraphs?|paras?\.?)\s*[0-9]{1,2}",
    )
});

/// Whether the text cites a paragraph of Schedule 12A. Every citation
/// [`SCHEDULE_12A`] reads has a "12" with an "a" after it (perhaps after
/// white space): a paper without one is answered by a byte search, not the
/// pattern.
fn cites_schedule_12a(text: &str) -> bool {
    // `\s` is Unicode white space, as `trim_start` trims.
    let may_cite = memchr::memmem::find_iter(text.as_bytes(), b"12")
        .any(|at| text[at + 2..].trim_start().starts_with(['a', 'A']));
    may_cite && SCHEDULE_12A.is_match(text)
}

/// Where the paper says it is exempt, if it does.
fn exempt_marker(cx: &Context<'_>, rule: &ExemptReason) -> Option<(Span, String)> {
    let (status, exempt) = (rule.status, rule.exempt);
    // "Exempt information: Yes – Appendix 2".
    for &i in exempt.map_or(&[][..], |e| &cx.resolved.fields[e][..]) {
        let f = &cx.doc.fields[i];
        let v = normalise(&f.value);
        let yes = super::field_value::value_matches(&v, "yes");
        let said = !["no", "none", "nil", "n/a", "not"]
            .iter()
            .any(|n| super::field_value::value_matches(&v, n))
            && rule.exempt_words.is_match(&f.value);
        if yes || said {
            return Some((f.span, f.value.clone()));
        }
    }
    for &i in &cx.resolved.fields[status] {
        let f = &cx.doc.fields[i];
        let v = normalise(&f.value);
        // "Part I" is the open part; "Open report – Appendix B not for
        // publication" still marks part of the paper exempt.
        let rest = v
            .strip_prefix("part i ")
            .or_else(|| v.strip_prefix("part 1 "))
            .unwrap_or(if v == "part i" || v == "part 1" {
                ""
            } else {
                &v
            });
        if rule.exempt_words.is_match(rest) {
            return Some((f.span, f.value.clone()));
        }
    }
    let titles = cx
        .doc
        .title
        .iter()
        .map(|t| (t.span, t.text.as_str()))
        .chain(
            cx.doc
                .sections
                .iter()
                .map(|s| (s.heading, s.title.as_str())),
        );
    for (span, text) in titles {
        let lower = text.to_lowercase();
        if lower.contains("not for publication")
            || lower.contains("exempt information")
            || lower.starts_with("part ii")
            || lower.starts_with("confidential")
        {
            return Some((span, text.to_string()));
        }
    }
    None
}

impl Rule for ExemptReason {
    fn check(&self, cx: &Context<'_>) -> Vec<Diagnostic> {
        let Some((span, said)) = exempt_marker(cx, self) else {
            return Vec::new();
        };
        if cites_schedule_12a(cx.text) {
            return Vec::new();
        }
        vec![Diagnostic::new(
            KIND.name,
            span,
            "the paper is marked exempt but does not say which paragraph of Schedule 12A applies",
        )
        .subject("status")
        .label(format!("marked \"{said}\""))
        .help(
            "cite the exemption, e.g. \"exempt under paragraph 3 of Part 1 of Schedule 12A to the \
             Local Government Act 1972\"",
        )]
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    #[test]
    fn an_open_report_with_an_exempt_appendix_cites_schedule_12a() {
        let open = "Meeting: Cabinet\nStatus: Open report – Appendix B not for publication\n";
        assert_eq!(findings_of("exempt-reason", open).len(), 1);
        let cited = format!("{open}\nAppendix B is exempt under paragraph 3 of Schedule 12A.\n");
        assert!(findings_of("exempt-reason", &cited).is_empty());
        assert_eq!(
            findings_of("exempt-reason", "Exempt information: Yes – Appendix 2\n").len(),
            1
        );
        assert!(findings_of("exempt-reason", "Exempt information: None\n").is_empty());
        assert!(findings_of("exempt-reason", "Exempt information: Not exempt\n").is_empty());
        for status in ["Open", "Unrestricted", "Part I", "Public"] {
            let text = format!("Meeting: Cabinet\nStatus: {status}\n");
            assert!(findings_of("exempt-reason", &text).is_empty(), "{status}");
        }
    }
}
