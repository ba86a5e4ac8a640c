//! Human output: findings rendered with codespan-reporting, and a summary.

use codespan_reporting::diagnostic::{
    Diagnostic as CsDiagnostic, Label as CsLabel, Severity as CsSeverity,
};
use codespan_reporting::files::{Error as FilesError, Files, Location, SimpleFile};
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
///
/// A finding on a line of more than [`LONG_LINE`] bytes (a paper saved
/// with no line breaks, a pasted table) is shown with that line cut to a
/// window around each end of its spans, the rest elided with "…" (see
/// [`Excerpt`]); the `file:line:column` stays that of the original text.
/// Other findings are shown with their lines whole.
pub(crate) fn render(src: &SourceFile, diagnostics: &[Diagnostic], color: bool) -> String {
    render_with(src, diagnostics, color, LONG_LINE, WINDOW)
}

/// [`render`], a line over `long_line` bytes cut to `window` characters
/// round each span end.
fn render_with(
    src: &SourceFile,
    diagnostics: &[Diagnostic],
    color: bool,
    long_line: usize,
    window: usize,
) -> String {
    let name = src.path.display().to_string();
    let file = SimpleFile::new(name.as_str(), src.text.as_str());
    let config = TermConfig::default();
    let mut buf = Vec::new();
    for d in diagnostics {
        let mut spans: Vec<(std::ops::Range<usize>, &str, bool)> = vec![(
            d.primary.span.start..d.primary.span.end,
            &d.primary.message,
            true,
        )];
        spans.extend(
            d.secondary
                .iter()
                .map(|l| (l.span.start..l.span.end, l.message.as_str(), false)),
        );
        let excerpt = Excerpt::new(
            src,
            &name,
            spans.iter().map(|s| s.0.clone()),
            long_line,
            window,
        );
        let labels: Vec<CsLabel<()>> = spans
            .iter()
            .map(|(range, message, primary)| {
                let range = match &excerpt {
                    Some(e) => e.map(range.clone()),
                    None => range.clone(),
                };
                let label = if *primary {
                    CsLabel::primary((), range)
                } else {
                    CsLabel::secondary((), range)
                };
                label.with_message(message.to_string())
            })
            .collect();
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
        let ok = match (&excerpt, color) {
            (Some(e), true) => emit(&mut Ansi::new(&mut buf), &config, e, &cs),
            (Some(e), false) => emit(&mut NoColor::new(&mut buf), &config, e, &cs),
            (None, true) => emit(&mut Ansi::new(&mut buf), &config, &file, &cs),
            (None, false) => emit(&mut NoColor::new(&mut buf), &config, &file, &cs),
        }
        .is_ok();
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

/// A line longer than this many bytes is shown cut to windows round the
/// finding, not whole: printed once per finding, a paper of a megabyte on
/// one line with thousands of findings made gigabytes of output.
const LONG_LINE: usize = 1000;

/// How many characters of a long line are shown either side of each end of
/// a finding's span.
const WINDOW: usize = 80;

/// What stands for the text left out of a long line.
const ELIDED: &str = "…";

/// The text codespan-reporting is shown for one finding that touches a
/// long line: the lines from the finding's first to its last, those near
/// an end of a span as they are (a long one cut to windows of
/// [`WINDOW`] characters round each span end on it, joined by "…"), the
/// others (inside a span of many lines, never printed) left empty. Line
/// numbers and the locus's line and column are the original text's.
struct Excerpt<'a> {
    name: &'a str,
    src: &'a SourceFile,
    text: String,
    /// Where each line of `text` starts; line `i` is line `first + i` of
    /// the paper (0-based).
    starts: Vec<usize>,
    first: usize,
    /// Stretches of `text` copied from the paper, in order: (start in
    /// `text`, end in `text`, start in the paper).
    pieces: Vec<(usize, usize, usize)>,
}

/// How many lines round a span's first or last line codespan-reporting may
/// print (its `start_context_lines`, 3, and a line between two printed).
const NEAR: usize = 4;

impl<'a> Excerpt<'a> {
    /// The excerpt for spans `ranges` of `src`, or `None` when every line
    /// that may be printed is at most `long_line` bytes (or a span is not
    /// on character boundaries of the text, for codespan-reporting to
    /// refuse as before).
    fn new(
        src: &'a SourceFile,
        name: &'a str,
        ranges: impl Iterator<Item = std::ops::Range<usize>>,
        long_line: usize,
        window: usize,
    ) -> Option<Excerpt<'a>> {
        let text = src.text.as_str();
        let starts = src.line_starts();
        let line_of = |pos: usize| starts.partition_point(|&s| s <= pos) - 1;
        // The line's text without its line feed, and with it.
        let line_end = |i: usize| starts.get(i + 1).map_or(text.len(), |&s| s - 1);
        let line_next = |i: usize| starts.get(i + 1).copied().unwrap_or(text.len());
        let mut points = Vec::new();
        for r in ranges {
            if r.start > r.end || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
                return None;
            }
            points.push(r.start);
            points.push(r.end);
        }
        points.sort_unstable();
        points.dedup();
        let mut lines: Vec<usize> = points.iter().map(|&p| line_of(p)).collect();
        lines.dedup();
        let (&lo, &hi) = (lines.first()?, lines.last()?);
        let near = |i: usize| {
            let k = lines.partition_point(|&l| l < i.saturating_sub(NEAR));
            lines.get(k).is_some_and(|&l| l <= i + NEAR)
        };
        if !lines.iter().any(|&l| {
            (l.saturating_sub(NEAR).max(lo)..=(l + NEAR).min(hi))
                .any(|i| line_end(i) - starts[i] > long_line)
        }) {
            return None;
        }
        let mut out = Excerpt {
            name,
            src,
            text: String::new(),
            starts: Vec::new(),
            first: lo,
            pieces: Vec::new(),
        };
        for i in lo..=hi {
            out.starts.push(out.text.len());
            if !near(i) {
                out.text.push('\n');
                continue;
            }
            let (start, end) = (starts[i], line_end(i));
            if end - start <= long_line {
                out.copy(text, start, end);
            } else {
                // Windows round the span ends on this line (or its start,
                // for a line inside a span), merged where they meet.
                let on_line = &points
                    [points.partition_point(|&p| p < start)..points.partition_point(|&p| p <= end)];
                let mut windows: Vec<(usize, usize)> = Vec::new();
                for &p in on_line.iter().chain(on_line.is_empty().then_some(&start)) {
                    let from = text[start..p]
                        .char_indices()
                        .rev()
                        .nth(window.saturating_sub(1))
                        .map_or(start, |(k, _)| start + k);
                    let to = text[p..end]
                        .char_indices()
                        .nth(window)
                        .map_or(end, |(k, _)| p + k);
                    match windows.last_mut() {
                        Some(w) if from <= w.1 => w.1 = w.1.max(to),
                        _ => windows.push((from, to)),
                    }
                }
                for (k, &(from, to)) in windows.iter().enumerate() {
                    if k > 0 {
                        out.text.push(' ');
                    }
                    if from > start || k > 0 {
                        out.text.push_str(ELIDED);
                        out.text.push(' ');
                    }
                    out.copy(text, from, to);
                }
                if windows.last().is_some_and(|w| w.1 < end) {
                    out.text.push(' ');
                    out.text.push_str(ELIDED);
                }
            }
            out.text.push_str(&text[end..line_next(i)]);
        }
        Some(out)
    }

    /// Copies `text[from..to]` of the paper.
    fn copy(&mut self, text: &str, from: usize, to: usize) {
        let at = self.text.len();
        self.text.push_str(&text[from..to]);
        self.pieces.push((at, self.text.len(), from));
    }

    /// Where the paper's offset `pos` (an end of a span given to
    /// [`Excerpt::new`]) is in the excerpt.
    fn to_excerpt(&self, pos: usize) -> usize {
        let k = self.pieces.partition_point(|p| p.2 <= pos);
        match k.checked_sub(1).map(|k| self.pieces[k]) {
            Some((from, to, real)) if pos - real <= to - from => from + (pos - real),
            // Not copied: no span ends there.
            _ => self.text.len(),
        }
    }

    /// The excerpt's range for the paper's range `r`.
    fn map(&self, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.to_excerpt(r.start)..self.to_excerpt(r.end)
    }

    /// Where the excerpt's offset `pos` is in the paper.
    fn to_paper(&self, pos: usize) -> usize {
        let k = self.pieces.partition_point(|p| p.0 <= pos);
        match k.checked_sub(1).map(|k| self.pieces[k]) {
            Some((from, to, real)) => real + (pos.min(to) - from),
            None => 0,
        }
    }
}

impl<'a> Files<'a> for Excerpt<'_> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(&self.text)
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, FilesError> {
        Ok(self.starts.partition_point(|&s| s <= byte_index).max(1) - 1)
    }

    fn line_number(&'a self, (): (), line_index: usize) -> Result<usize, FilesError> {
        Ok(self.first + line_index + 1)
    }

    fn column_number(
        &'a self,
        (): (),
        _line_index: usize,
        byte_index: usize,
    ) -> Result<usize, FilesError> {
        Ok(self.src.line_col(self.to_paper(byte_index)).1)
    }

    fn location(&'a self, (): (), byte_index: usize) -> Result<Location, FilesError> {
        let (line_number, column_number) = self.src.line_col(self.to_paper(byte_index));
        Ok(Location {
            line_number,
            column_number,
        })
    }

    fn line_range(
        &'a self,
        (): (),
        line_index: usize,
    ) -> Result<std::ops::Range<usize>, FilesError> {
        let start = *self
            .starts
            .get(line_index)
            .ok_or(FilesError::LineTooLarge {
                given: line_index,
                max: self.starts.len() - 1,
            })?;
        Ok(start
            ..self
                .starts
                .get(line_index + 1)
                .copied()
                .unwrap_or(self.text.len()))
    }
}

/// Writes `cs`, its spans into `files`.
fn emit<'f>(
    out: &mut dyn codespan_reporting::term::WriteStyle,
    config: &TermConfig,
    files: &'f impl Files<'f, FileId = ()>,
    cs: &CsDiagnostic<()>,
) -> Result<(), FilesError> {
    term::emit_to_write_style(out, config, files, cs)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Label;
    use crate::document::Span;

    fn diagnostic(span: Span, secondary: Vec<Label>) -> Diagnostic {
        Diagnostic {
            rule: "unresolved-reference".into(),
            severity: Severity::Error,
            subject: None,
            message: "Appendix Q is cited but not listed".into(),
            primary: Label::new(span, "no appendix Q"),
            secondary,
            help: None,
        }
    }

    fn source(text: &str) -> SourceFile {
        SourceFile::from_bytes("p.md", text.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn a_finding_on_a_long_line_is_shown_in_a_window_round_it() {
        // A paper saved with no line breaks: 100 KB on its third line.
        let mut text = String::from("# Report\n\n");
        text.push_str(&"the council’s plan, ".repeat(2_500));
        let at = text.len();
        text.push_str("see Appendix Q, ");
        text.push_str(&"more words here ".repeat(2_500));
        text.push('\n');
        let src = source(&text);
        let start = at + "see ".len();
        let d = diagnostic(Span::new(start, start + "Appendix Q".len()), Vec::new());
        let out = render(&src, &[d], false);
        // The locus is the original line and column (in characters).
        let (line, column) = src.line_col(start);
        assert_eq!((line, column), (3, 50_005));
        assert!(out.contains("p.md:3:50005"), "{out}");
        assert!(out.len() < 1_000, "{} bytes:\n{out}", out.len());
        // The line shown is cut at both sides, the span whole and
        // underlined where it stands.
        let shown = out
            .lines()
            .find(|l| l.starts_with("3 │ "))
            .expect("the line");
        assert!(shown.starts_with("3 │ … "), "{shown}");
        assert!(shown.ends_with(" …"), "{shown}");
        let carets = out.lines().find(|l| l.contains('^')).expect("carets");
        let col = |s: &str, pat: &str| s[..s.find(pat).unwrap()].chars().count();
        assert_eq!(col(shown, "Appendix Q"), col(carets, "^"));
        assert_eq!(carets.matches('^').count(), "Appendix Q".len());
        assert!(shown.chars().count() < 2 * WINDOW + 20, "{shown}");
    }

    #[test]
    fn spans_far_apart_on_a_long_line_each_get_a_window() {
        let mut text = "x".repeat(3_000);
        text.push_str(" Appendix Q ");
        text.push_str(&"y".repeat(3_000));
        text.push_str(" Appendix 1 - Plans ");
        text.push_str(&"z".repeat(3_000));
        let src = source(&text);
        let q = text.find("Appendix Q").unwrap();
        let one = text.find("Appendix 1").unwrap();
        let d = diagnostic(
            Span::new(q, q + 10),
            vec![Label::new(Span::new(one, one + 19), "listed here")],
        );
        let out = render(&src, &[d], false);
        assert!(out.len() < 1_500, "{} bytes:\n{out}", out.len());
        let shown = out
            .lines()
            .find(|l| l.starts_with("1 │ "))
            .expect("the line");
        assert_eq!(shown.matches(ELIDED).count(), 3, "{shown}");
        assert!(shown.contains("Appendix Q") && shown.contains("Appendix 1 - Plans"));
        assert!(out.contains("p.md:1:3002"), "{out}");
    }

    #[test]
    fn lines_shown_whole_read_the_same_through_an_excerpt() {
        // Every line "long" but each window wider than its line: the
        // excerpt holds the same text, so the output must not change.
        let mut text = String::from("# Réport\r\n\r\nPara one – with “quotes”.\r\n");
        for i in 0..20 {
            text.push_str(&format!("line {i}\tof a long span\n"));
        }
        text.push_str("End of it.\n");
        let src = source(&text);
        let a = text.find("one").unwrap();
        let b = text.find("line 3").unwrap();
        let c = text.find("of it").unwrap();
        let found = [
            diagnostic(Span::new(a, a + 3), Vec::new()),
            diagnostic(
                Span::new(a, c),
                vec![Label::new(Span::new(b, b + 6), "here")],
            ),
            diagnostic(Span::new(c, c), Vec::new()),
            diagnostic(Span::new(text.len(), text.len()), Vec::new()),
        ];
        for color in [false, true] {
            let whole = render_with(&src, &found, color, usize::MAX, WINDOW);
            let cut = render_with(&src, &found, color, 0, 10_000);
            assert_eq!(whole, cut);
        }
        assert!(render_with(&src, &found, false, 0, 10_000).contains("p.md:3:6"));
    }
}
