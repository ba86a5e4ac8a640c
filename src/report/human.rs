//! Human output: findings rendered with codespan-reporting, and a summary.

use codespan_reporting::diagnostic::{
    Diagnostic as CsDiagnostic, Label as CsLabel, Severity as CsSeverity,
};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::termcolor::{Ansi, NoColor};
use codespan_reporting::term::{self, Config as TermConfig};

use crate::config::ConfigError;
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceFile;

fn cs_severity(s: Severity) -> CsSeverity {
    match s {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
        Severity::Info => CsSeverity::Note,
    }
}

/// Renders one paper's findings, in colour or not.
pub(crate) fn render(src: &SourceFile, diagnostics: &[Diagnostic], color: bool) -> String {
    let file = SimpleFile::new(src.path.display().to_string(), src.text.as_str());
    let config = TermConfig::default();
    let mut buf = Vec::new();
    for d in diagnostics {
        let mut labels = vec![
            CsLabel::primary((), d.primary.span.start..d.primary.span.end)
                .with_message(d.primary.message.clone()),
        ];
        labels.extend(d.secondary.iter().map(|l| {
            CsLabel::secondary((), l.span.start..l.span.end).with_message(l.message.clone())
        }));
        let mut notes = Vec::new();
        if let Some(place) = src.docx.as_ref().and_then(|i| i.describe(d.span().start)) {
            notes.push(format!("in Word: {place}"));
        }
        if let Some(info) = &src.pdf {
            notes.push(format!("in the PDF: {}", info.describe(d.span().start)));
        }
        if let Some(help) = &d.help {
            notes.push(format!("help: {help}"));
        }
        let cs = CsDiagnostic::new(cs_severity(d.severity))
            .with_code(d.rule.clone())
            .with_message(d.message.clone())
            .with_labels(labels)
            .with_notes(notes);
        // Rendering into memory cannot fail but for a span outside the
        // file, which the parser never makes; fall back to one line.
        let ok = if color {
            term::emit_to_write_style(&mut Ansi::new(&mut buf), &config, &file, &cs).is_ok()
        } else {
            term::emit_to_write_style(&mut NoColor::new(&mut buf), &config, &file, &cs).is_ok()
        };
        if !ok {
            let (line, col) = src.line_col(d.span().start);
            buf.extend(
                format!(
                    "{}:{line}:{col}: {} [{}] {}\n",
                    src.path.display(),
                    d.severity,
                    d.rule,
                    d.message
                )
                .as_bytes(),
            );
        }
    }
    String::from_utf8_lossy(&buf).into_owned()
}

/// Renders a configuration error, pointing at the TOML.
pub(crate) fn render_config_error(err: &ConfigError, color: bool) -> String {
    let file = SimpleFile::new(err.origin.clone(), err.text.as_ref());
    let mut cs =
        CsDiagnostic::error().with_message(format!("invalid configuration: {}", err.message));
    if let Some(span) = &err.span {
        let span = span.start.min(err.text.len())..span.end.min(err.text.len());
        cs = cs.with_labels(vec![CsLabel::primary((), span)]);
    } else {
        cs = cs.with_notes(vec![format!("in {}", err.origin)]);
    }
    if let Some(help) = &err.help {
        cs = cs.with_notes(vec![format!("help: {help}")]);
    }
    let mut buf = Vec::new();
    let config = TermConfig::default();
    let ok = if color {
        term::emit_to_write_style(&mut Ansi::new(&mut buf), &config, &file, &cs).is_ok()
    } else {
        term::emit_to_write_style(&mut NoColor::new(&mut buf), &config, &file, &cs).is_ok()
    };
    if !ok {
        return format!("error: invalid configuration: {err}\n");
    }
    String::from_utf8_lossy(&buf).into_owned()
}

/// "3 errors, 2 warnings in 4 of 12 papers".
pub(crate) fn summary(
    errors: usize,
    warnings: usize,
    infos: usize,
    with_findings: usize,
    papers: usize,
) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let paper_word = if papers == 1 { "paper" } else { "papers" };
    if errors + warnings + infos == 0 {
        return format!("no problems found in {}", plural(papers, "paper"));
    }
    let mut parts = vec![plural(errors, "error"), plural(warnings, "warning")];
    if infos > 0 {
        parts.push(plural(infos, "note"));
    }
    format!(
        "{} in {with_findings} of {papers} {paper_word}",
        parts.join(", ")
    )
}
