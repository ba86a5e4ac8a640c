//! What a rule found, before it is a [`Diagnostic`].
//!
//! A rule reports a [`Finding`]: where, what is wrong, what it is about,
//! related places and what to do. It does not say which rule it is: a pack
//! may configure one kind several times under different ids, and only the
//! runner knows which instance made the finding. [`RuleInstance::report`]
//! turns a finding into a [`Diagnostic`] with the instance's id and
//! severity, in one place for every runner.

use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::document::Span;
use crate::rules::RuleInstance;

/// One thing a rule found in one paper, without the rule's id or severity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Finding {
    /// What is wrong, in words an officer uses.
    pub(crate) message: String,
    /// Where: the finding's span, and the text shown under it.
    pub(crate) primary: Label,
    /// The section, field or reference it is about (`legal`, `wards`, `Appendix B`).
    pub(crate) subject: Option<String>,
    /// Related places ("Appendix A is listed here").
    pub(crate) secondary: Vec<Label>,
    /// What to do about it.
    pub(crate) help: Option<String>,
    /// The most serious the finding may be, whatever the rule's severity.
    pub(crate) cap: Option<Severity>,
}

impl Finding {
    /// A finding at `span`.
    pub(crate) fn new(span: Span, message: impl Into<String>) -> Self {
        Finding {
            message: message.into(),
            primary: Label::new(span, ""),
            subject: None,
            secondary: Vec::new(),
            help: None,
            cap: None,
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
        self.cap = Some(severity);
        self
    }

    /// Says what to do.
    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The finding's span.
    pub(crate) fn span(&self) -> Span {
        self.primary.span
    }
}

impl RuleInstance {
    /// The instance's findings in the paper, as diagnostics.
    pub(crate) fn run(&self, cx: &super::Context<'_>) -> impl Iterator<Item = Diagnostic> + '_ {
        self.rule.check(cx).into_iter().map(|f| self.report(f))
    }

    /// The diagnostic for a finding this instance's rule made: the
    /// instance's id, and its severity up to the finding's cap.
    pub(crate) fn report(&self, finding: Finding) -> Diagnostic {
        let Finding {
            message,
            primary,
            subject,
            secondary,
            help,
            cap,
        } = finding;
        Diagnostic {
            rule: self.id.clone(),
            severity: cap.map_or(self.severity, |cap| self.severity.min(cap)),
            subject,
            message,
            primary,
            secondary,
            help,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance(id: &str, severity: Severity) -> RuleInstance {
        let config = crate::config::Config::builtin("council-report").expect("built-in pack");
        let kind = crate::rules::kind("empty-section").expect("a kind");
        RuleInstance {
            id: id.to_string(),
            kind,
            severity,
            rule: (kind.compile)(&toml::Table::new(), &config.template).expect("compiles"),
        }
    }

    #[test]
    fn a_finding_is_reported_under_the_instance_id_not_the_kind_name() {
        let d = instance("summary-empty", Severity::Warning).report(
            Finding::new(Span::new(3, 9), "the summary is empty")
                .subject("summary")
                .label("no text")
                .secondary(Span::new(0, 2), "here")
                .help("write one"),
        );
        assert_eq!(d.rule, "summary-empty");
        assert_eq!(d.severity, Severity::Warning);
        assert_eq!(d.span(), Span::new(3, 9));
        assert_eq!(d.message, "the summary is empty");
        assert_eq!(d.subject.as_deref(), Some("summary"));
        assert_eq!(d.primary.message, "no text");
        assert_eq!(d.secondary, vec![Label::new(Span::new(0, 2), "here")]);
        assert_eq!(d.help.as_deref(), Some("write one"));
    }

    #[test]
    fn a_cap_lowers_the_instance_severity_but_never_raises_it() {
        let f = Finding::new(Span::new(0, 1), "x").at_most(Severity::Warning);
        assert_eq!(
            instance("a", Severity::Error).report(f.clone()).severity,
            Severity::Warning
        );
        assert_eq!(
            instance("a", Severity::Info).report(f).severity,
            Severity::Info
        );
        let uncapped = Finding::new(Span::new(0, 1), "x");
        assert_eq!(
            instance("a", Severity::Info).report(uncapped).severity,
            Severity::Info
        );
    }
}
