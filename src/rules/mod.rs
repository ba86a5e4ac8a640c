//! Rule kinds: one file each, behind one trait, registered in [`KINDS`].
//!
//! A kind is code; a rule is data. A pack's `[rules.<id>]` table creates an
//! instance of the kind named by `kind` (by default, the kind whose name is
//! the id), with a severity and the kind's own parameters. Each kind's
//! module doc comment, under the headings *What it checks*, *Why it
//! matters*, *Configuration* and *Example*, is what `paperlint explain`
//! prints.
//!
//! Kinds are grouped in folders by what they check: `header/`,
//! `structure/`, `references/`, `sign_off/`, `drafting/`, `agenda/` (agenda
//! packs), `plain_english/` and `suppression/`. What several groups share
//! sits here (`xref`, the paper's paragraph numbers); what one group
//! shares sits in its folder (`sign_off/judge.rs`, `plain_english/prose.rs`).

use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::template::{Resolved, Template};

pub(crate) mod agenda;
pub(crate) mod drafting;
mod finding;
pub(crate) mod header;
pub(crate) mod plain_english;
pub(crate) mod references;
pub(crate) mod sign_off;
pub(crate) mod structure;
pub(crate) mod suppression;
pub(crate) mod xref;

pub(crate) use finding::Finding;
use plain_english::{prose, readability};

/// What a rule sees of one paper.
pub(crate) struct Context<'a> {
    /// The paper's text; spans index into it.
    pub(crate) text: &'a str,
    pub(crate) doc: &'a Document,
    pub(crate) template: &'a Template,
    pub(crate) resolved: &'a Resolved,
    /// `--meeting-date`: the meeting date to judge clearances against,
    /// whatever the paper says (see [`crate::clearance::find_meeting_date`]);
    /// [`Context::meeting_date`] is the date in force, given or found.
    given_meeting_date: Option<time::Date>,
    /// For a Word document: its paragraphs, tracked changes and comments.
    pub(crate) docx: Option<&'a crate::source::docx::DocxInfo>,
    /// For the agenda of an agenda pack: the pack's items (see
    /// [`check_pack`]); the text is then the agenda's.
    pub(crate) pack: Option<&'a [crate::source::pdf::pack::PackItem]>,
    /// Whether the paper is a local (town, parish, community) council's,
    /// by its council name line (read on first use).
    local_council: std::sync::OnceLock<bool>,
    /// The paper's clearances, found once for all the sign-off rules.
    clearances: std::sync::OnceLock<Vec<crate::clearance::Clearance>>,
    /// The numbers the paper's references can point at, by part, for the
    /// reference rules.
    targets: std::sync::OnceLock<xref::Targets>,
    /// The sections that need a sign-off and their clearances.
    sign_offs: std::sync::OnceLock<Vec<crate::clearance::SignOff>>,
    /// The date the paper's clearances are judged against.
    meeting: std::sync::OnceLock<Option<crate::clearance::MeetingDate>>,
    /// The paper's prose, split into sentences once for the plain-English
    /// rules.
    prose: std::sync::OnceLock<prose::Prose>,
    /// Run-in implications standing for sections that need a sign-off.
    run_ins: std::sync::OnceLock<Vec<crate::clearance::RunIn>>,
    /// Per template section, the run-in labels that name it.
    run_in_labels: std::sync::OnceLock<Vec<Vec<crate::document::Span>>>,
    /// Where each `<!--` in the text starts.
    comment_opens: std::sync::OnceLock<Vec<usize>>,
    /// Per template field, the labelled blocks it stands in, each found
    /// on first use.
    label_blocks: std::sync::OnceLock<Vec<std::sync::OnceLock<Vec<crate::template::LabelBlock>>>>,
}

impl<'a> Context<'a> {
    /// What the rules see of a parsed paper.
    pub(crate) fn new(
        text: &'a str,
        doc: &'a Document,
        template: &'a Template,
        resolved: &'a Resolved,
        given_meeting_date: Option<time::Date>,
        docx: Option<&'a crate::source::docx::DocxInfo>,
    ) -> Self {
        Context {
            text,
            doc,
            template,
            resolved,
            given_meeting_date,
            docx,
            pack: None,
            local_council: std::sync::OnceLock::new(),
            clearances: std::sync::OnceLock::new(),
            targets: std::sync::OnceLock::new(),
            sign_offs: std::sync::OnceLock::new(),
            meeting: std::sync::OnceLock::new(),
            prose: std::sync::OnceLock::new(),
            run_ins: std::sync::OnceLock::new(),
            run_in_labels: std::sync::OnceLock::new(),
            comment_opens: std::sync::OnceLock::new(),
            label_blocks: std::sync::OnceLock::new(),
        }
    }

    /// What the sign-off finders read of the paper.
    pub(crate) fn paper(&self) -> crate::clearance::Paper<'a> {
        crate::clearance::Paper {
            text: self.text,
            doc: self.doc,
            template: self.clearance_template(),
            resolved: self.resolved,
        }
    }

    /// Whether the paper is a local (town, parish, community) council's:
    /// its council name line ends with one of the pack's `[sign-off]
    /// local-councils` (see [`crate::template::is_local_council`]; read
    /// on first use: `clearance-late` and the clearance finder ask).
    pub(crate) fn is_local_council(&self) -> bool {
        *self.local_council.get_or_init(|| {
            crate::template::is_local_council(
                self.text,
                self.doc,
                self.template.clearance.local_councils(),
            )
        })
    }

    /// The template the sign-off finders read the paper with: on a local
    /// council's paper, the one whose clearance wording counts its clerk
    /// (see [`Template::for_local_council`]).
    fn clearance_template(&self) -> &'a Template {
        if self.is_local_council() {
            self.template.for_local_council()
        } else {
            self.template
        }
    }

    /// The numbers the paper's references can point at (its paragraph,
    /// heading and table-row numbers by part; gathered on first use).
    pub(crate) fn targets(&self) -> &xref::Targets {
        self.targets.get_or_init(|| xref::Targets::new(self.doc))
    }

    /// The run-in implications ("5.2 *Legal.* …") that stand for sections
    /// needing a sign-off that the paper has under no heading (found on
    /// first use: the clearance search and the sign-offs share them).
    fn run_ins(&self) -> &[crate::clearance::RunIn] {
        self.run_ins.get_or_init(|| {
            crate::clearance::run_in_sign_offs_with(
                self.text,
                self.doc,
                self.clearance_template(),
                self.resolved,
                || self.run_in_labels(),
            )
        })
    }

    /// Per template section, the run-in labels that name it (see
    /// [`crate::template::run_in_labels`]; found on first use: the
    /// sign-off search and `required-section` share them).
    pub(crate) fn run_in_labels(&self) -> &[Vec<crate::document::Span>] {
        self.run_in_labels.get_or_init(|| {
            crate::template::run_in_labels(self.template, self.resolved, self.doc, self.text)
        })
    }

    /// The blocks of the text that template field `def` stands in under
    /// one of its labels (see [`crate::template::label_blocks`]; found on
    /// first use: `required-field`, for the field and for its second
    /// label, and `contact-details` ask).
    pub(crate) fn label_blocks(&self, def: usize) -> &[crate::template::LabelBlock] {
        let by_field = self.label_blocks.get_or_init(|| {
            (0..self.template.fields.len())
                .map(|_| std::sync::OnceLock::new())
                .collect()
        });
        by_field[def]
            .get_or_init(|| crate::template::label_blocks(self.template, def, self.text, self.doc))
    }

    /// Every clearance in the paper (found on first use).
    pub(crate) fn clearances(&self) -> &[crate::clearance::Clearance] {
        self.clearances.get_or_init(|| {
            crate::clearance::find_with(
                self.text,
                self.doc,
                self.clearance_template(),
                self.resolved,
                self.run_ins(),
            )
        })
    }

    /// The sections that need a sign-off, with their clearances (gathered
    /// on first use: six rules ask).
    pub(crate) fn sign_offs(&self) -> &[crate::clearance::SignOff] {
        self.sign_offs.get_or_init(|| {
            crate::clearance::sign_offs_from(self.paper(), self.clearances(), self.run_ins())
        })
    }

    /// Where each `<!--` in the text starts, in order (found on first use:
    /// `template-leftover` and the suppressions read comments).
    pub(crate) fn comment_opens(&self) -> &[usize] {
        self.comment_opens
            .get_or_init(|| memchr::memmem::find_iter(self.text.as_bytes(), b"<!--").collect())
    }

    /// The paper's prose, its sentences, words and syllables (found on
    /// first use: the plain-English rules share it).
    pub(crate) fn prose(&self) -> &prose::Prose {
        self.prose
            .get_or_init(|| prose::Prose::new(self.text, self.doc))
    }

    /// The date the paper's clearances are judged against, if it has one
    /// (found on first use).
    pub(crate) fn meeting_date(&self) -> Option<&crate::clearance::MeetingDate> {
        self.meeting
            .get_or_init(|| {
                crate::clearance::find_meeting_date(self.paper(), self.given_meeting_date)
            })
            .as_ref()
    }
}

/// A compiled rule: checks one paper.
pub(crate) trait Rule: Send + Sync {
    /// Findings in the paper. They carry no rule id or severity: the
    /// runner reports each under the instance that made it
    /// ([`RuleInstance::report`]).
    fn check(&self, cx: &Context<'_>) -> Vec<Finding>;
}

/// Why a kind refused its parameters.
#[derive(Debug, Clone)]
pub(crate) struct ParamError {
    pub(crate) message: String,
    /// The parameter at fault, if one is.
    pub(crate) key: Option<String>,
    pub(crate) help: Option<String>,
}

impl ParamError {
    /// A parameter error naming `key`.
    pub(crate) fn at(key: impl Into<String>, message: impl Into<String>) -> Self {
        ParamError {
            message: message.into(),
            key: Some(key.into()),
            help: None,
        }
    }
}

impl ParamError {
    /// The error for parameter `key` naming a template `what` ("field",
    /// "section") called `id` that no template defines.
    fn undefined(key: &str, what: &str, id: &str) -> Self {
        ParamError::at(key, format!("no template defines a {what} `{id}`"))
    }
}

/// The template field `id`, which parameter `key` names.
pub(crate) fn template_field(
    template: &Template,
    key: &str,
    id: &str,
) -> Result<usize, ParamError> {
    template
        .field(id)
        .ok_or_else(|| ParamError::undefined(key, "field", id))
}

/// The template section `id`, which parameter `key` names.
pub(crate) fn template_section(
    template: &Template,
    key: &str,
    id: &str,
) -> Result<usize, ParamError> {
    template
        .section(id)
        .ok_or_else(|| ParamError::undefined(key, "section", id))
}

/// A rule kind built from typed parameters: `compile::<Self>` is its
/// [`Kind::compile`].
pub(crate) trait Configure: Rule + Sized + 'static {
    /// The kind's parameters, read strictly from its `[rules.<id>]` table
    /// (kebab-case keys, unknown keys refused); `Default` is a table with
    /// none of them.
    type Params: serde::de::DeserializeOwned + Default;

    /// Checks the parameters against the template and builds the rule.
    fn configure(params: Self::Params, template: &Template) -> Result<Self, ParamError>;
}

/// The parameters of a kind that takes none.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NoParams {}

/// Reads `R`'s parameters from a pack's table and builds the rule.
pub(crate) fn compile<R: Configure>(
    table: &toml::Table,
    template: &Template,
) -> Result<Box<dyn Rule>, ParamError> {
    Ok(Box::new(R::configure(params(table)?, template)?))
}

/// Checks a rule's parameters against the template and builds the rule.
pub(crate) type CompileFn = fn(&toml::Table, &Template) -> Result<Box<dyn Rule>, ParamError>;

/// A rule kind: its name, defaults, documentation and compiler.
pub struct Kind {
    pub name: &'static str,
    pub(crate) default_severity: Severity,
    /// The kind's source file; its `//!` comment is the documentation.
    pub(crate) source: &'static str,
    /// Checks the parameters against the template and builds the rule.
    pub(crate) compile: CompileFn,
}

impl Kind {
    /// The kind's documentation: its module doc comment.
    pub(crate) fn doc(&self) -> String {
        module_doc(self.source)
    }
}

/// Every rule kind, in the order `paperlint rules` lists them.
pub static KINDS: &[&Kind] = &[
    &header::required_field::KIND,
    &header::field_value::KIND,
    &structure::required_section::KIND,
    &structure::empty_section::KIND,
    &header::key_decision::KIND,
    &header::exempt_reason::KIND,
    &header::contact_details::KIND,
    &drafting::template_leftover::KIND,
    &sign_off::sign_off_missing::KIND,
    &sign_off::sign_off_undated::KIND,
    &sign_off::clearance_after_meeting::KIND,
    &sign_off::clearance_stale::KIND,
    &sign_off::clearance_late::KIND,
    &sign_off::meeting_date_unknown::KIND,
    &drafting::invalid_date::KIND,
    &references::unresolved_reference::KIND,
    &references::unreferenced_appendix::KIND,
    &structure::numbering::KIND,
    &structure::implications_table::KIND,
    &drafting::tracked_changes::KIND,
    &agenda::agenda_item_missing_report::KIND,
    &agenda::agenda_item_out_of_order::KIND,
    &agenda::exempt_item_in_public_part::KIND,
    &suppression::unused_suppression::KIND,
    &plain_english::acronym_undefined::KIND,
    &plain_english::words_to_avoid::KIND,
    &plain_english::sentence_length::KIND,
    &plain_english::readability::KIND,
    &plain_english::passive_recommendation::KIND,
];

/// The kinds that check an agenda pack as a whole (see [`check_pack`]).
pub(crate) static PACK_KINDS: &[&Kind] = &[
    &agenda::agenda_item_missing_report::KIND,
    &agenda::agenda_item_out_of_order::KIND,
    &agenda::exempt_item_in_public_part::KIND,
];

/// The kind called `name`.
pub(crate) fn kind(name: &str) -> Option<&'static Kind> {
    KINDS.iter().copied().find(|k| k.name == name)
}

/// The `//!` lines at the top of a source file, as text.
pub(crate) fn module_doc(source: &str) -> String {
    let mut out = String::new();
    for line in source.lines() {
        let Some(rest) = line.strip_prefix("//!") else {
            break;
        };
        out.push_str(rest.strip_prefix(' ').unwrap_or(rest));
        out.push('\n');
    }
    out
}

/// Reads a kind's parameters strictly into `P`.
pub(crate) fn params<P: serde::de::DeserializeOwned>(table: &toml::Table) -> Result<P, ParamError> {
    toml::Value::Table(table.clone())
        .try_into::<P>()
        .map_err(|e| {
            let message = e.message().trim_end().to_string();
            // serde names the field at fault between backticks.
            let key = message
                .split('`')
                .nth(1)
                .map(str::to_string)
                .filter(|k| table.contains_key(k));
            ParamError {
                message,
                key,
                help: None,
            }
        })
}

/// A rule in force: its id, kind and severity.
pub struct RuleInstance {
    pub id: String,
    pub(crate) kind: &'static Kind,
    pub(crate) severity: Severity,
    pub(crate) rule: Box<dyn Rule>,
}

impl RuleInstance {
    /// Whether this is an instance of `kind` (whatever its id).
    pub(crate) fn is(&self, kind: &Kind) -> bool {
        std::ptr::eq(self.kind, kind)
    }
}

/// The rules in force for a paper.
pub struct RuleSet {
    pub template: Arc<Template>,
    /// Enabled rules.
    pub rules: Vec<RuleInstance>,
    /// Every configured rule id, on or off (suppressions may name any),
    /// with its kind.
    pub known: Vec<(String, &'static Kind)>,
}

impl std::fmt::Debug for RuleSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuleSet")
            .field(
                "rules",
                &self.rules.iter().map(|r| &r.id).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl RuleSet {
    /// The instance with this id, if enabled.
    pub(crate) fn get(&self, id: &str) -> Option<&RuleInstance> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// Runs every rule over a parsed paper, judging clearances against
/// `meeting_date` if given, and for a paper read from a Word document, with
/// what Word recorded; applies inline suppressions; returns the findings
/// sorted by position.
pub fn check_with(
    text: &str,
    doc: &Document,
    set: &RuleSet,
    meeting_date: Option<time::Date>,
    docx: Option<&crate::source::docx::DocxInfo>,
) -> Vec<Diagnostic> {
    check_full(text, doc, set, meeting_date, docx, false, &|_| true).0
}

/// [`check_with`], also giving the paper's readability figures when
/// `figures` is set (for the JSON output), and running only the rules
/// whose findings `wanted` (by rule id) keeps (`--select`, `--ignore`).
/// A rule it drops still runs if a suppression in the paper names it:
/// whether that suppression silences anything is `unused-suppression`'s
/// to say. The figures do not depend on which rules run.
pub(crate) fn check_full(
    text: &str,
    doc: &Document,
    set: &RuleSet,
    meeting_date: Option<time::Date>,
    docx: Option<&crate::source::docx::DocxInfo>,
    figures: bool,
    wanted: &dyn Fn(&str) -> bool,
) -> (Vec<Diagnostic>, Option<readability::PaperFigures>) {
    let resolved = Resolved::new(&set.template, doc, text);
    let cx = Context::new(text, doc, &set.template, &resolved, meeting_date, docx);
    let mut found = Vec::new();
    for instance in &set.rules {
        if instance.is(&suppression::unused_suppression::KIND) {
            continue;
        }
        let suppressed = || {
            doc.suppressions
                .iter()
                .any(|s| s.rules.iter().any(|r| r.text == instance.id))
        };
        if !wanted(&instance.id) && !suppressed() {
            continue;
        }
        found.extend(instance.run(&cx));
    }
    let mut found = suppression::apply(text, doc, set, cx.comment_opens(), found);
    found.sort_by(|a, b| {
        (a.span().start, a.span().end, &a.rule, &a.message).cmp(&(
            b.span().start,
            b.span().end,
            &b.rule,
            &b.message,
        ))
    });
    found.dedup();
    let figures = figures.then(|| readability::paper_figures(&cx));
    (found, figures)
}

/// Findings of the pack-level rules on an agenda pack: `text` is the
/// agenda's text (the pages before the first item), `doc` its parse and
/// `items` the pack's items. Only the kinds in [`PACK_KINDS`] run.
pub(crate) fn check_pack(
    text: &str,
    doc: &Document,
    set: &RuleSet,
    items: &[crate::source::pdf::pack::PackItem],
) -> Vec<Diagnostic> {
    let resolved = Resolved::new(&set.template, doc, text);
    let mut cx = Context::new(text, doc, &set.template, &resolved, None, None);
    cx.pack = Some(items);
    let mut found = Vec::new();
    let pack_kind = |i: &&RuleInstance| PACK_KINDS.iter().any(|k| i.is(k));
    for instance in set.rules.iter().filter(pack_kind) {
        found.extend(instance.run(&cx));
    }
    found.sort_by_key(|d| (d.span().start, d.span().end));
    found
}

/// Findings of one rule of the built-in council-report pack on `text`,
/// read with the pack's vocabulary as the command line reads a paper.
#[cfg(test)]
pub(crate) fn findings_of(rule: &str, text: &str) -> Vec<Diagnostic> {
    let set = crate::config::default_rule_set();
    let doc = crate::parse::parse_with(text, &set.template.vocabulary);
    check_with(text, &doc, &set, None, None)
        .into_iter()
        .filter(|d| d.rule == rule)
        .collect()
}

/// A paper whose implications are a checklist of questions, each answered
/// on its line: the equality question answered `equality`, with `comment`
/// under it.
#[cfg(test)]
pub(crate) fn checklist_paper(equality: &str, comment: &str) -> String {
    format!(
        "# 1. Recommendations\n\n1.1 That Cabinet agrees the plan.\n\n\
         **2. Implications checklist**\n\n\
         **2.1 Are there any financial implications?** Yes\n\n\
         Officer comments: The plan costs £10,000, met from the waste reserve.\n\n\
         **2.2 Are there any legal implications?** Yes\n\n\
         Officer comments: The Council has the power under section 1 of the Localism Act 2011.\n\n\
         **2.3 Are there any equality and diversity implications?** {equality}\n\n\
         Officer comments: {comment}\n\n\
         **3. Background papers**\n\nNone.\n"
    )
}

/// Findings of one rule on `text` under a council's own configuration
/// `toml` (read as `paperlint.toml`).
#[cfg(test)]
pub(crate) fn findings_with_config(rule: &str, toml: &str, text: &str) -> Vec<Diagnostic> {
    let config = crate::config::Config::from_text("paperlint.toml".into(), toml, None)
        .expect("a configuration");
    let set = config
        .rule_set(std::path::Path::new("paper.md"))
        .expect("rule set");
    let doc = crate::parse::parse_with(text, &set.template.vocabulary);
    check_with(text, &doc, &set, None, None)
        .into_iter()
        .filter(|d| d.rule == rule)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_documents_itself_under_the_four_headings() {
        for kind in KINDS {
            let doc = kind.doc();
            for heading in [
                "What it checks",
                "Why it matters",
                "Configuration",
                "Example",
            ] {
                assert!(
                    doc.lines()
                        .any(|l| l.trim_start_matches('#').trim() == heading),
                    "rule kind `{}` has no `{heading}` heading in its doc comment",
                    kind.name
                );
            }
        }
    }

    /// Compiles kind `name` against the built-in pack's template with
    /// the parameters in `toml`.
    fn compiled(name: &str, toml: &str) -> Result<Box<dyn Rule>, ParamError> {
        let config = crate::config::Config::builtin("council-report").expect("built-in pack");
        let table: toml::Table = toml.parse().expect("valid TOML");
        (kind(name).expect("a kind").compile)(&table, &config.template)
    }

    #[test]
    fn every_kind_compiles_with_no_parameters_but_those_whose_words_are_pack_data() {
        // These kinds' vocabulary lives only in the pack
        // (rules/council-report.toml): without it they say which key is
        // missing rather than guess.
        let pack_data = [
            ("contact-details", "reachable"),
            ("exempt-reason", "exempt-words"),
            ("template-leftover", "phrases"),
        ];
        for kind in KINDS {
            match pack_data.iter().find(|(name, _)| *name == kind.name) {
                Some((_, key)) => {
                    let e = compiled(kind.name, "").err().expect("an error");
                    assert_eq!(e.key.as_deref(), Some(*key), "{}", kind.name);
                }
                None => assert!(compiled(kind.name, "").is_ok(), "{}", kind.name),
            }
        }
    }

    #[test]
    fn every_kind_reads_typed_parameters_through_configure() {
        // One way to read a pack's table: `Configure::Params`, strict and
        // with its defaults, so `compile::<R>` is each kind's compiler.
        for kind in KINDS {
            assert!(
                kind.source.contains("impl Configure for")
                    && kind.source.contains("compile: compile::<"),
                "rule kind `{}` does not build itself through `Configure`",
                kind.name
            );
        }
    }

    #[test]
    fn a_kind_without_parameters_refuses_any() {
        let e = compiled("empty-section", "min-words = 3")
            .err()
            .expect("an error");
        assert_eq!(e.message, "unknown field `min-words`, there are no fields");
        assert_eq!(e.key.as_deref(), Some("min-words"));
    }

    #[test]
    fn typed_parameters_are_read_and_checked() {
        assert!(compiled("clearance-stale", "max-age-days = 30").is_ok());
        let e = compiled("clearance-stale", "max-age-days = 0")
            .err()
            .expect("an error");
        assert_eq!(e.message, "`max-age-days` must be at least 1");
        let e = compiled("clearance-stale", "max-age-days = \"soon\"")
            .err()
            .expect("an error");
        assert_eq!(e.message, "invalid type: string \"soon\", expected u32");
    }

    #[test]
    fn a_parameter_naming_no_template_field_or_section_says_so() {
        let e = compiled("contact-details", "contact-field = \"phone\"")
            .err()
            .expect("an error");
        assert_eq!(e.message, "no template defines a field `phone`");
        assert_eq!(e.key.as_deref(), Some("contact-field"));
        let e = compiled("unresolved-reference", "recommendations-section = \"recs\"")
            .err()
            .expect("an error");
        assert_eq!(e.message, "no template defines a section `recs`");
        assert_eq!(e.key.as_deref(), Some("recommendations-section"));
        assert!(compiled("key-decision", "forward-plan-field = \"key-decision\"").is_ok());
    }

    #[test]
    fn kind_names_are_unique() {
        let mut names: Vec<_> = KINDS.iter().map(|k| k.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
    }
}
