//! Diagnostics: what a rule found, as data. Rendering lives in `report`.

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

/// One finding in one paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The rule id (`sign-off-undated`).
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
    /// A finding of `rule` at `span`; severity is set by the rule set (see
    /// [`Diagnostic::at_most`]).
    pub(crate) fn new(rule: &str, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            rule: rule.to_string(),
            severity: Severity::Error,
            subject: None,
            message: message.into(),
            primary: Label::new(span, ""),
            secondary: Vec::new(),
            help: None,
        }
    }

    /// Names what the finding is about.
    pub(crate) fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    /// Sets the text shown under the primary span.
    pub(crate) fn label(mut self, message: impl Into<String>) -> Self {
        self.primary.message = message.into();
        self
    }

    /// Adds a related place.
    pub(crate) fn secondary(mut self, span: Span, message: impl Into<String>) -> Self {
        self.secondary.push(Label::new(span, message));
        self
    }

    /// Caps the finding's severity: the rule set's severity for the rule
    /// applies only up to `severity` ("Appendix 1 is cited but the paper
    /// lists no appendices" is at most a warning, since the appendix may be
    /// attached without being listed).
    pub(crate) fn at_most(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Says what to do.
    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The finding's span.
    pub fn span(&self) -> Span {
        self.primary.span
    }
}
