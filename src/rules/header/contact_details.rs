//! # contact-details
//!
//! ## What it checks
//! The contact officer is given with a phone number or an email address:
//! in the contact field itself or on the lines just after it (`Tel:` /
//! `Email:` under `Contact officer:`), in a contact section ("Report
//! Author/Officer to contact") or a labelled block at the end of the paper
//! (`Report Authors:`, `Relevant Director`, `Contact details` and the
//! names under them), or in a separate phone or email field (`Tel:`), or
//! a field of its own whose label holds one of the contact's `hints`
//! (`Author contact details:` under `Report author:`) and gives one. Where no
//! field is labelled as the contact, a block the template set out for it
//! in columns (`Author(s)` / `Name   Designation and Contact Number` /
//! `Jo Bloggs   Principal Auditor`), or else a field the template's `hints`
//! point to (`Author:`), is taken as the contact. When no one the paper names can
//! be reached, the finding is reported at the most specific contact, as the
//! pack orders the labels (a `Report Authors` block before a `Relevant
//! Director` one), and names the person given there.
//!
//! ## Why it matters
//! Members and the public are told whom to ask about a report; a name alone
//! ("Contact officer: Jo Cleary") gives them no way to do so.
//!
//! ## Configuration
//! `contact-field` (default `"contact"`): the template field naming the
//! contact officer. `reachable` (a pattern, set in the council-report
//! pack): what counts as a phone number or email address; a council's
//! own `reachable` replaces the pack's. `phone-email-labels` (a list, set
//! in the pack): the labels of a field of its own that gives a phone
//! number or email address (`Tel:`, `Email:`), compared with the start of
//! a field's label in any case.
//!
//! ## Example
//! ```text
//! **CONTACT OFFICER:** JO CLEARY
//! ```
//! is reported as "the contact officer JO CLEARY is given with no phone
//! number or email address".

use crate::document::Span;
use crate::pattern::Pattern;
use crate::rules::{compile, template_field, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::template::{FieldSource, Template};

pub(crate) static KIND: Kind = Kind {
    name: "contact-details",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("contact_details.rs"),
    compile: compile::<ContactDetails>,
};

#[derive(serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    contact_field: String,
    /// What gives a phone number or email address. No built-in value: the
    /// pattern is data, in the pack (rules/council-report.toml).
    reachable: Option<String>,
    /// The labels of a phone or email field. No built-in value: the list
    /// is data, in the pack.
    phone_email_labels: Option<Vec<String>>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            contact_field: "contact".into(),
            reachable: None,
            phone_email_labels: None,
        }
    }
}

struct ContactDetails {
    contact: usize,
    reachable: Pattern,
    /// A label of a phone or email field, at the start of a field's key.
    phone_email_key: Pattern,
}

impl Configure for ContactDetails {
    type Params = Params;

    fn configure(p: Params, template: &Template) -> Result<Self, ParamError> {
        let contact = template_field(template, "contact-field", &p.contact_field)?;
        let reachable = p.reachable.as_deref().ok_or_else(|| {
            ParamError::at(
                "reachable",
                "no pattern says what a phone number or email address looks like".to_string(),
            )
        })?;
        // Compiled as written: the pack's pattern makes its digits, word
        // characters and word boundaries ASCII (`(?-u:…)`), since Unicode
        // tables would make compiling it a large part of a one-paper run.
        let reachable = crate::pattern::compile(reachable)
            .map_err(|e| ParamError::at("reachable", format!("bad pattern: {e}")))?;
        let labels = p.phone_email_labels.ok_or_else(|| {
            ParamError::at(
                "phone-email-labels",
                "no list says which labels a phone or email field has".to_string(),
            )
        })?;
        let phone_email_key = crate::pattern::compile(&label_pattern(&labels))
            .map_err(|e| ParamError::at("phone-email-labels", e.to_string()))?;
        Ok(ContactDetails {
            contact,
            reachable,
            phone_email_key,
        })
    }
}

/// `^(tel|email address|…)\b` in any case: a key that opens with one of
/// `labels` as whole words.
fn label_pattern(labels: &[String]) -> String {
    let labels: Vec<String> = labels
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| regex_syntax::escape(l.trim()))
        .collect();
    if labels.is_empty() {
        // Matches nothing: no label names a phone or email field.
        return r"[^\s\S]".to_string();
    }
    format!(r"(?i)^({})\b", labels.join("|"))
}

/// How many lines after a contact field may hold its phone or email
/// (`Contact officer: Jo Bloggs` / `Tel: …` / `Email: …`).
const NEARBY_LINES: usize = 4;

/// `span` run on to the end of the lines that follow it without a blank
/// line between, at most [`NEARBY_LINES`] of them.
fn with_nearby(text: &str, span: Span) -> Span {
    let mut end = span.end;
    for _ in 0..NEARBY_LINES {
        let rest = &text[end..];
        let Some(nl) = rest.find('\n') else { break };
        let next_start = end + nl + 1;
        let next = text[next_start..].split('\n').next().unwrap_or("");
        if next.trim().is_empty() {
            break;
        }
        end = next_start + next.trim_end().len();
    }
    Span::new(span.start, end.max(span.end))
}

/// The most words a line of a signature block may have (`Superintendent
/// and Registrar, City of London Cemetery and Crematorium`): a longer
/// line is prose.
const BLOCK_LINE_WORDS: usize = 12;

/// `span`, on a short line, run on over the short lines of the block it
/// opens, each perhaps after one blank line, at most [`NEARBY_LINES`] of
/// them: a signature block set one line to a paragraph (`**Gary Burks**`
/// / blank / `Superintendent and Registrar` / blank / `T: 020 7332 3561` /
/// blank / `E: …`). A line of prose (over [`BLOCK_LINE_WORDS`] words, or
/// a sentence closed by a full stop) ends it, as two blank lines do; a
/// name on a line of prose runs on only as [`with_nearby`] does.
fn with_block(text: &str, span: Span) -> Span {
    // A line of a block: short, and no sentence (no closing full stop).
    let short = |line: &str| {
        line.split_whitespace().count() <= BLOCK_LINE_WORDS && !line.trim_end().ends_with('.')
    };
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |n| span.end + n);
    let line_start = text[..span.start].rfind('\n').map_or(0, |n| n + 1);
    if !short(&text[line_start..line_end]) {
        return with_nearby(text, span);
    }
    let mut end = line_end;
    let mut lines = text[line_end..].split_inclusive('\n').skip(1);
    let mut at = line_end + text[line_end..].find('\n').map_or(0, |n| n + 1);
    for _ in 0..NEARBY_LINES {
        let Some(mut line) = lines.next() else { break };
        if line.trim().is_empty() {
            at += line.len();
            let Some(next) = lines.next() else { break };
            line = next;
        }
        if line.trim().is_empty() || !short(line) {
            break;
        }
        end = at + line.trim_end().len();
        at += line.len();
    }
    Span::new(span.start, end.max(span.end))
}

/// Whether a person the contact names (the words of `who` before its first
/// comma: "Ruth Adeyemi" of "Ruth Adeyemi, Head of Private Sector Housing")
/// stands again elsewhere in the paper with a phone number or email on
/// their line or the lines right under it (or, on a short line, in the
/// block it opens: see [`with_block`]) (by the parser's strict test,
/// [`crate::parse::field::gives_phone_or_email`]: a postcode or a year
/// beside the name is no phone), as a London cover names its
/// originating officer and the list of background papers at the end gives
/// "Officer contact details for documents:" / the name / a phone / an
/// email. A name of one word is too little to go by.
fn named_again_with_means(text: &str, given: &[Given]) -> bool {
    given.iter().any(|g| {
        let name = g.who.split(',').next().unwrap_or("").trim();
        if name.split_whitespace().count() < 2 {
            return false;
        }
        memchr::memmem::find_iter(text.as_bytes(), name.as_bytes())
            .filter(|&at| !g.span.contains(Span::new(at, at + name.len())))
            .any(|at| {
                let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
                let near = with_block(text, Span::new(line_start, at + name.len()));
                crate::parse::field::gives_phone_or_email(near.of(text))
            })
    })
}

/// Where a contact is given: where to report it, the text that may hold
/// its phone or email, whom it names ("" when no one), and the rank of its
/// label in the pack's order (most specific first).
struct Given {
    span: Span,
    search: Span,
    who: String,
    rank: usize,
}

/// The person a contact block names: the first words of its first line,
/// up to a comma, when they are a name ("Hugh Galloway, Director of
/// Strategy" under "Report Authors:").
fn person_in(text: &str, span: Span, not_names: &crate::parse::vocabulary::Words) -> String {
    let Some(line) = span
        .of(text)
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '\u{c}')))
        .find(|l| !l.is_empty())
    else {
        return String::new();
    };
    let first = line.split(',').next().unwrap_or("").trim();
    if crate::clearance::is_name(first, not_names) {
        first.to_string()
    } else {
        String::new()
    }
}

impl Rule for ContactDetails {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let labels = cx.template.field_labels(self.contact);
        let rank_of = |label: &str| {
            labels
                .iter()
                .position(|l| *l == label)
                .unwrap_or(labels.len())
        };
        let mut given: Vec<Given> = cx
            .resolved
            .field_sources(cx.template, self.contact, cx.doc)
            .iter()
            .filter(|s| s.has_value())
            .map(|s| match s {
                FieldSource::Field(f) => Given {
                    span: f.span,
                    search: with_nearby(cx.text, f.span),
                    who: f.value.clone(),
                    rank: rank_of(&crate::template::normalise(&f.key)),
                },
                FieldSource::Section(id) => {
                    let section = &cx.doc.sections[*id];
                    let body =
                        Span::new(section.heading.end.min(section.span.end), section.span.end);
                    Given {
                        span: section.span,
                        search: section.span,
                        who: person_in(cx.text, body, &cx.template.vocabulary.not_names),
                        rank: rank_of(&cx.resolved.titles[*id]),
                    }
                }
                other => {
                    let span = other.value_span(cx.doc);
                    Given {
                        span,
                        search: span,
                        who: String::new(),
                        rank: labels.len(),
                    }
                }
            })
            .collect();
        let reaches = |given: &[Given]| {
            given
                .iter()
                .any(|g| self.reachable.is_match(g.search.of(cx.text)))
        };
        // A field of its own giving the phone or email: under a phone or
        // email label (`Tel:`), or under one labelled for the contact in
        // other words (`Author contact details:` after `Report author:`).
        let hints = &cx.template.fields[self.contact].hints;
        let contact_label = |key: &str| {
            crate::template::normalise(key)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| hints.iter().any(|h| h == w))
        };
        let phone_field = || {
            cx.doc.fields.iter().any(|f| {
                !f.is_empty()
                    && (self.phone_email_key.is_match(&f.key)
                        || (contact_label(&f.key)
                            && self.reachable.is_match(f.value_span.of(cx.text))))
            })
        };
        // Most papers give the phone or email with the contact field: the
        // blocks below are looked for only when they do not.
        if reaches(&given) || phone_field() {
            return Vec::new();
        }
        // A contact block at the end ("Report Authors:" and the names under it).
        given.extend(
            cx.label_blocks(self.contact)
                .iter()
                .map(|&(rank, label, block)| {
                    // The person: after the label's colon, beside a label
                    // with no colon that the parser read as a field's key
                    // (`REPORT AUTHOR      Jo Bloggs`, a -layout front
                    // sheet), or on the lines under it.
                    let after = match label.of(cx.text).find(':') {
                        Some(c) => label.start + c + 1,
                        None => cx
                            .doc
                            .fields
                            .iter()
                            .find(|f| f.key_span.start == label.start && !f.is_empty())
                            .map_or(label.end, |f| f.value_span.start),
                    };
                    Given {
                        span: label,
                        search: block,
                        who: person_in(
                            cx.text,
                            Span::new(after, block.end),
                            &cx.template.vocabulary.not_names,
                        ),
                        rank,
                    }
                }),
        );
        // "Author(s)" / "Name   Designation and Contact Number" / "Jo
        // Bloggs   Auditor": the template's contact block, in columns.
        if given.is_empty() {
            let block =
                crate::template::contact_columns_block(cx.template, self.contact, cx.text, |o| {
                    cx.label_blocks(o)
                });
            if let Some((label, block, first_cell)) = block {
                given.push(Given {
                    span: label,
                    search: block,
                    who: person_in(cx.text, first_cell, &cx.template.vocabulary.not_names),
                    rank: labels.len(),
                });
            }
        }
        if given.is_empty() {
            // A field that may be the contact ("Author: Jo Bloggs").
            if let Some(f) = crate::template::plausible_field(
                cx.template,
                cx.resolved,
                self.contact,
                cx.doc,
                cx.text,
            ) {
                given.push(Given {
                    span: f.span,
                    search: with_nearby(cx.text, f.span),
                    who: f.value.clone(),
                    rank: labels.len(),
                });
            }
        }
        if reaches(&given) || named_again_with_means(cx.text, &given) {
            return Vec::new();
        }
        // No one in the paper can be reached: report the most specific
        // contact (the report's author before a director), the first of
        // equals.
        let Some(first) = given.iter().min_by_key(|g| g.rank) else {
            // No contact at all is required-field's finding.
            return Vec::new();
        };
        let message = if first.who.is_empty() {
            "the contact officer is given with no phone number or email address".to_string()
        } else {
            format!(
                "the contact officer {} is given with no phone number or email address",
                first.who
            )
        };
        vec![Finding::new(first.span, message)
            .subject("contact")
            .label("no phone or email")
            .help("add a phone number or email address so readers can ask about the report")]
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    const HEAD: &str = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nReport of: Director\nWards: All\n";

    #[test]
    fn a_phone_on_the_lines_after_the_contact_counts() {
        let text =
            format!("{HEAD}Contact officer: Jo Bloggs, Lighting Manager\n\t\tTel: 01632 960000\n");
        assert!(findings_of("contact-details", &text).is_empty());
        let text = format!("{HEAD}Contact officer: Jo Bloggs, Lighting Manager\n\nThe switchboard is on 01632 960000.\n");
        assert_eq!(findings_of("contact-details", &text).len(), 1);
    }

    #[test]
    fn a_phone_number_has_nine_digits_and_may_wrap() {
        // The pack's `reachable`: a number with its area code, wrapped
        // at a line's end, or an address Pandoc wrote as "\@".
        for tail in [
            "Contact officer: Jo Bloggs, Lighting Manager, 01632 961\n284\n",
            "Contact officer: Jo Bloggs, Lighting Manager, jo.bloggs\\@example.gov.uk\n",
            "Contact officer: Jo Bloggs, Lighting Manager, (01632) 961284\n",
        ] {
            let found = findings_of("contact-details", &format!("{HEAD}{tail}"));
            assert!(found.is_empty(), "{tail}: {found:?}");
        }
        // A span of years or a sum on the line after is no number to call.
        for tail in [
            "Contact officer: Jo Bloggs, Lighting Manager\nAppendices: Draft BID Proposal 2030-2035\n",
            "Contact officer: Jo Bloggs, Lighting Manager\nBudget: 1 250 000\n",
        ] {
            let found = findings_of("contact-details", &format!("{HEAD}{tail}"));
            assert_eq!(found.len(), 1, "{tail}: {found:?}");
        }
    }

    #[test]
    fn the_contact_named_again_with_a_phone_or_email_counts() {
        // A London cover names the originating officer; the list of
        // background papers at the end gives them again with the means.
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nReport of: Director\nWards: All\nOriginating Officer(s): Ruth Adeyemi, Head of Private Sector Housing\n\n## 1. Summary\n\n1.1 Text.\n\n";
        let tail = "Officer contact details for documents:\nRuth Adeyemi, Head of Private Sector Housing\n020 7946 0418\n";
        assert!(findings_of("contact-details", &format!("{head}{tail}")).is_empty());
        // Named again with no means, or someone else with a phone: still
        // unreachable.
        for tail in [
            "Officer contact details for documents:\nRuth Adeyemi, Head of Private Sector Housing\n",
            "Papers held by Sam Stone, Housing Officer\n020 7946 0418\n",
            "Ruth Adeyemi will report again in March.\n\nThe helpline is on 020 7946 0418.\n",
        ] {
            let found = findings_of("contact-details", &format!("{head}{tail}"));
            assert_eq!(found.len(), 1, "{tail}: {found:?}");
        }
    }

    #[test]
    fn the_contact_signing_a_block_set_a_line_to_a_paragraph_counts() {
        // The header names the author; the signature block at the end,
        // one line to a paragraph, gives the phone and email.
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nReport of: Director\nWards: All\nReport author: Ruth Adeyemi, Lighting Manager\n\n## 1. Summary\n\n1.1 Text.\n\n";
        let tail = "**Ruth Adeyemi**\n\nLighting Manager, Highways\n\nT: 020 7946 0418\n\nE: ruth.adeyemi@westbury.gov.uk\n";
        assert!(findings_of("contact-details", &format!("{head}{tail}")).is_empty());
        // Her name in a sentence, a helpline after a blank line; or the
        // phone past a line of prose: still unreachable.
        for tail in [
            "Ruth Adeyemi will report again in March, after the trial of the new lanterns has ended in the town.\n\nT: 020 7946 0418\n",
            "**Ruth Adeyemi**\n\nThe lanterns will be replaced street by street over the next three years, starting in the town centre.\n\nT: 020 7946 0418\n",
            "**Ruth Adeyemi**\n\n\n\nT: 020 7946 0418\n",
        ] {
            let found = findings_of("contact-details", &format!("{head}{tail}"));
            assert_eq!(found.len(), 1, "{tail}: {found:?}");
        }
    }

    #[test]
    fn a_contact_block_at_the_end_is_checked() {
        let body =
            "\n## 1. Summary\n\n1.1 Text.\n\n6.\n\nReport Authors:\nJo Bloggs, Lighting Manager\n";
        let text = format!("{HEAD}{body}");
        let found = findings_of("contact-details", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        let with_email = format!("{text}jo.bloggs@example.gov.uk\n");
        assert!(findings_of("contact-details", &with_email).is_empty());
    }

    #[test]
    fn a_label_beside_its_value_with_no_colon_names_the_person() {
        // pdftotext -layout keeps a front sheet's columns: the label, a
        // run of spaces, the name; the closing table gives the means.
        let head = "        COMMITTEE             Finance and Resources\n\n        DATE                  9 June 2027\n\n        REPORT TITLE          Disposal of the Old Depot\n\n        REPORT AUTHOR         Callum Rennie-Jaffray\n\n\n1.      PURPOSE OF REPORT\n\n1.1     This report seeks approval to dispose of the depot.\n\n";
        let tail = "        Name              Callum Rennie-Jaffray\n        Title             Estates Surveyor\n        Email Address     crennie-jaffray@example.gov.uk\n";
        assert!(findings_of("contact-details", &format!("{head}{tail}")).is_empty());
        // Someone else's means do not reach the author, who is named.
        let tail = "        Name              Moira Lindqvist\n        Email Address     mlindqvist@example.gov.uk\n";
        let found = findings_of("contact-details", &format!("{head}{tail}"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.contains("Callum Rennie-Jaffray"),
            "{found:?}"
        );
    }

    #[test]
    fn a_phone_or_email_field_of_its_own_counts_by_the_pack_s_labels() {
        // "Direct line" is one of the pack's labels; its value has no
        // digits for `reachable` to see.
        let text = format!(
            "{HEAD}Contact officer: Jo Bloggs
Direct line: ask the switchboard
"
        );
        assert!(findings_of("contact-details", &text).is_empty());
        let text = format!(
            "{HEAD}Contact officer: Jo Bloggs
Switchboard: ask reception
"
        );
        assert_eq!(findings_of("contact-details", &text).len(), 1);
    }

    #[test]
    fn a_field_labelled_for_the_contact_in_other_words_gives_the_means() {
        // A city council's "Useful information" block: the author, then
        // the author's contact details in a field of their own.
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nLead director: Jo Smith, Strategic Director of Place\nWards: All\n\n";
        let author = "Report author: Claire Whitlock, Head of Repairs\n\n";
        for means in [
            "claire.whitlock@example.gov.uk / 0116 454 1720",
            "0116 454 1720",
        ] {
            let text = format!("{head}{author}Author contact details: {means}\n");
            let found = findings_of("contact-details", &text);
            assert!(found.is_empty(), "{means}: {found:?}");
        }
        // Such a field with no phone or email, or a phone under a label
        // that is not the contact's: the author still cannot be reached.
        for field in [
            "Author contact details: ask the switchboard\n",
            "Report version number: 0116 454 1720\n",
        ] {
            let text = format!("{head}{author}{field}");
            assert_eq!(findings_of("contact-details", &text).len(), 1, "{field}");
        }
    }

    #[test]
    fn the_labels_are_whole_words_at_the_start_of_a_key() {
        let labels = ["tel".to_string(), "e-mail".to_string()];
        let p = crate::pattern::compile(&super::label_pattern(&labels)).unwrap();
        assert!(p.is_match("Tel"));
        assert!(p.is_match("E-MAIL address"));
        assert!(!p.is_match("Telford office"));
        assert!(!p.is_match("Our tel"));
        let none = crate::pattern::compile(&super::label_pattern(&[])).unwrap();
        assert!(!none.is_match("Tel"));
    }

    #[test]
    fn a_pack_without_the_labels_is_told_which_key_is_missing() {
        let config = crate::config::Config::builtin("council-report").unwrap();
        let table: toml::Table = toml::from_str("reachable = '@'").unwrap();
        let Err(e) = crate::rules::compile::<super::ContactDetails>(&table, &config.template)
        else {
            panic!("compiled without phone-email-labels");
        };
        assert_eq!(e.key.as_deref(), Some("phone-email-labels"));
    }
}
