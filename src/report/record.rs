//! A finding as every output format sees it: positions resolved, the text
//! of its span kept for baselines, the source file no longer needed.

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceFile;

/// One finding, ready to print. Serialises as the JSON contract's
/// diagnostic object.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub(crate) struct Record {
    pub(crate) path: String,
    pub(crate) rule: String,
    pub(crate) severity: Severity,
    pub(crate) subject: Option<String>,
    pub(crate) message: String,
    /// 1-based; columns count characters.
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) end_line: usize,
    pub(crate) end_column: usize,
    /// Byte offsets into the file as read.
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) help: Option<String>,
    /// For a Word document: the paragraph the finding starts in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) docx: Option<DocxLocation>,
    /// For a PDF: the 1-based page the finding starts on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) page: Option<usize>,
    /// The text the finding's span covers, for matching against a baseline.
    #[serde(skip)]
    pub(crate) snippet: String,
}

impl Record {
    /// The record of `d`, found in `src` at `path` (the source's path as
    /// text, read once for all its findings).
    pub(crate) fn at(path: &str, src: &SourceFile, d: &Diagnostic) -> Self {
        let span = d.span();
        let (line, column) = src.line_col(span.start);
        let (end_line, end_column) = src.line_col(span.end);
        Record {
            path: path.to_string(),
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
pub(crate) struct DocxLocation {
    /// 1-based index of the Word paragraph (`w:p`) in its part.
    pub(crate) paragraph: usize,
    /// The headings it stands under, outermost first, joined by " > ".
    pub(crate) heading: Option<String>,
    /// `"header"` for the page header; absent for the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) part: Option<String>,
}
