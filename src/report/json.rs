//! JSON output (`--format json`): the contract in the README.

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;

/// The whole run: `{"version": 1, "files": N, "diagnostics": [...]}`.
#[derive(Serialize)]
pub struct JsonReport {
    pub version: u32,
    pub files: usize,
    pub diagnostics: Vec<JsonDiagnostic>,
}

/// One finding, with 1-based line/column (columns count characters) and
/// byte offsets into the file as read.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct JsonDiagnostic {
    pub path: String,
    pub rule: String,
    pub severity: &'static str,
    pub subject: Option<String>,
    pub message: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub start: usize,
    pub end: usize,
    pub help: Option<String>,
    /// For a Word document: the paragraph the finding starts in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docx: Option<JsonDocxLocation>,
}

/// Where a finding is in a Word document.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct JsonDocxLocation {
    /// 1-based index of the Word paragraph (`w:p`) in its part.
    pub paragraph: usize,
    /// The headings it stands under, outermost first, joined by " > ".
    pub heading: Option<String>,
    /// `"header"` for the page header; absent for the body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<&'static str>,
}

impl JsonDiagnostic {
    /// The JSON form of `d` found in `src`.
    pub fn new(src: &SourceFile, d: &Diagnostic) -> Self {
        let span = d.span();
        let (line, column) = src.line_col(span.start);
        let (end_line, end_column) = src.line_col(span.end);
        JsonDiagnostic {
            path: src.path.display().to_string(),
            rule: d.rule.clone(),
            severity: d.severity.as_str(),
            subject: d.subject.clone(),
            message: d.message.clone(),
            line,
            column,
            end_line,
            end_column,
            start: src.original_offset(span.start),
            end: src.original_offset(span.end),
            help: d.help.clone(),
            docx: src
                .docx
                .as_ref()
                .and_then(|info| info.locate(span.start))
                .map(|p| JsonDocxLocation {
                    paragraph: p.index,
                    heading: p.heading.clone(),
                    part: (p.part == crate::source::docx::DocxPart::Header).then_some("header"),
                }),
        }
    }
}
