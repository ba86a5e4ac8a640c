//! A finding as every output format sees it: positions resolved, the text
//! of its span kept for baselines, the source file no longer needed.

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceFile;

/// One finding, ready to print. Serialises as the JSON contract's
/// diagnostic object.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub path: String,
    pub rule: String,
    pub severity: Severity,
    pub subject: Option<String>,
    pub message: String,
    /// 1-based; columns count characters.
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// Byte offsets into the file as read.
    pub start: usize,
    pub end: usize,
    pub help: Option<String>,
    /// For a Word document: the paragraph the finding starts in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docx: Option<DocxLocation>,
    /// For a PDF: the 1-based page the finding starts on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
    /// The text the finding's span covers, for matching against a baseline.
    #[serde(skip)]
    pub snippet: String,
}

impl Record {
    /// The record of `d`, found in `src`.
    pub fn new(src: &SourceFile, d: &Diagnostic) -> Self {
        let span = d.span();
        let (line, column) = src.line_col(span.start);
        let (end_line, end_column) = src.line_col(span.end);
        Record {
            path: src.path.display().to_string(),
            rule: d.rule.clone(),
            severity: d.severity,
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
                .map(|p| DocxLocation {
                    paragraph: p.index,
                    heading: p.heading.clone(),
                    part: (p.part == crate::source::docx::DocxPart::Header)
                        .then(|| "header".to_string()),
                }),
            page: src.pdf.as_ref().map(|info| info.page(span.start)),
            snippet: span.of(&src.text).to_string(),
        }
    }
}

/// Where a finding is in a Word document.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct DocxLocation {
    /// 1-based index of the Word paragraph (`w:p`) in its part.
    pub paragraph: usize,
    /// The headings it stands under, outermost first, joined by " > ".
    pub heading: Option<String>,
    /// `"header"` for the page header; absent for the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
}
