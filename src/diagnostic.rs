//! Diagnostics: what a rule found, as data, under the id of the rule that
//! found it. Rules make `rules::Finding`s, which carry no id; the runner
//! turns each into a [`Diagnostic`]. Rendering lives in `report`.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::document::Span;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// The severity's name as in config and JSON.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A rule's level as a pack sets it: a severity, or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Level {
    Error,
    Warning,
    Info,
    Off,
}

impl Level {
    /// The severity of the rule's findings, or `None` when it is off.
    pub(crate) fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Info => Some(Severity::Info),
            Level::Off => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A span with something to say about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub(crate) message: String,
}

impl Label {
    /// A label on `span` saying `message`.
    pub(crate) fn new(span: Span, message: impl Into<String>) -> Self {
        Label {
            span,
            message: message.into(),
        }
    }
}

/// One finding in one paper, as the rule instance that made it reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The id of the rule instance that made it, as its pack names it
    /// (`sign-off-undated`), which need not be its kind's name.
    pub rule: String,
    pub severity: Severity,
    /// The section, field or reference it is about (`legal`, `wards`, `Appendix B`).
    pub subject: Option<String>,
    /// What is wrong, in words an officer uses.
    pub message: String,
    /// Where: the primary label's span is the finding's span.
    pub(crate) primary: Label,
    /// Related places ("Appendix A is listed here").
    pub secondary: Vec<Label>,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// The finding's span.
    pub fn span(&self) -> Span {
        self.primary.span
    }
}
