//! # required-field
//!
//! ## What it checks
//! Every header field the template marks `required = true` is present and
//! has a value. A field counts as present when a header line, a bold key, a
//! two-column table row, or (where the template allows) the forward
//! timetable, the title line or a section supplies it.
//!
//! Word front-sheet tables are read in their less usual shapes too: one
//! column headed by the meeting and its date (`REPORT TO LICENSING
//! COMMITTEE – 18 MARCH 2026`), label and value rows padded with empty
//! cells (`| Ward(s) or groups affected: | All | | |`, or an audit trail
//! at the end whose rows are the pack's labels), two pairs a row. A list
//! of background papers set out in columns (`Background Papers | Held At |
//! Contact`) gives the contact in a column headed by one of its labels,
//! where the cell gives a phone number or email address.
//!
//! ## Why it matters
//! Clerks cannot publish a paper whose header does not say which meeting it
//! is for, who wrote it and which wards it affects; a blank "Wards affected"
//! leaves residents and ward councillors unable to tell whether it concerns
//! them.
//!
//! A section among the paper's first, titled as the field and
//! holding only a short value (`1.` / `Divisions Affected` / `1.1` /
//! `County-wide`, as a county cover numbers its front-sheet items), gives
//! the field too.
//!
//! A label of the field closed by its colon, alone on its line anywhere in
//! the paper, over a short value on the next line or after one blank line
//! and followed by a blank line (`Wards affected:` / `All` in a block of
//! fields after the body), gives the field too; so does one over a value
//! with the next block's label or capitals heading straight under it, as
//! pdftotext prints a closing block with no blank lines (`WARDS/COMMUNITIES
//! AFFECTED:` / `All` / `SUPPORTING DOCUMENTATION`).
//!
//! A label of the contact run into the person after a spaced dash, with
//! no colon (`Report Author – Dr Jo Bloggs, County Archivist,` / `tel.
//! 01632 960 870, jo.bloggs@…`), gives the contact where its first lines
//! give a phone number or email address, a colon after the dash being the
//! phone's (`**Author** – Jo Bloggs, Head of Integration, Tel: 01632 …`).
//! So does a table titled by one of
//! the pack's labels in a row of its own (`Author(s)`) over columns, one
//! headed by a contact label (`Contact Details`) over a phone number; and,
//! flattened by pdftotext, such a block whose label and one column
//! heading hold the contact's hints (`Author(s)` / `Name   Designation and
//! Contact Number` / `Jo Bloggs   Principal Auditor`) even with no number
//! filled in: the template gave it for the contact, and `contact-details`
//! says what it leaves out.
//!
//! A sentence about the report's author that says how to reach them (`This
//! report was written by Jo Bloggs, Flood Risk Manager, who can be
//! contacted on 01632 955 301 or jo.bloggs@…`) gives the contact; so
//! does a paragraph opening with a sentence that asks the reader to
//! contact a named officer about the paper, and says how (`For further
//! information, please contact Jo Bloggs, Interchange Manager, on 01632
//! 964 318 or at jo.bloggs@…`); one about another subject (`For
//! bookings, …`) or naming a helpline or team (`… please contact the
//! helpline`) does not.
//!
//! A field a section can supply (the contact, the report's author) also
//! counts as present when a line labelled for it stands anywhere in the
//! paper (`6. Report Authors:`, `Contact details` at the end, `SENIOR
//! RESPONSIBLE OFFICER` over a name, `Report prepared by Jo Bloggs`), or
//! such a label joined by "and" or "&" to a part of the person's details
//! (`Report Author & Job Title:`, as one line or wrapped over two by
//! pdftotext: `Report Author & Job` / `Title:`). A missing field that a header
//! label may stand for under another name (one holding a word of the
//! field's `hints`, such as "Electoral area" for Wards affected, or for
//! the contact a field giving a phone number or email) is said at info
//! level, naming that label, instead of as an error. A paper that gives a
//! field twice under two of its labels (`Report of:`, then `Report
//! author:` or `Responsible officer:` with a phone number) gives under the
//! second the required field the hints point to (the contact), when no
//! label of that field's own stands in the paper; so does a block at the
//! end under such a second label whose label holds a hint and whose first
//! lines give a phone number or email address (`REPORT BY:` in the
//! header, then `Author:` over a name and an email after the body).
//!
//! A body that serves its whole area rather than wards (a joint waste
//! disposal authority, a fire and rescue authority, a police and crime
//! panel, a combined authority, a national park authority, a fire
//! commissioner, a pension fund's board or committee) has no wards
//! field on its papers' front sheets: where the paper's top lines name
//! such a body, a missing Wards affected field is said as information,
//! naming the body, instead of as an error. A council's papers are
//! checked as before.
//!
//! Some fields are part of one council's template and not another's: many
//! Scottish, Welsh and English county and unitary templates have no Wards
//! affected field, and their papers are right to leave it out. A field the
//! pack lists as `often-absent` is, when missing, said as information ("the
//! header has no Wards affected field; many councils' templates have none,
//! so check whether yours does"); a council whose template has the field
//! takes it out of the list in its `paperlint.toml`, and its absence is an
//! error again. An empty field ("Wards affected:" with nothing after it) is
//! reported as usual: the template has it, and it was not filled in.
//!
//! ## Configuration
//! Which fields are required is template data: `[fields.<id>] required =
//! true` (or `false`). Add a label your template uses with
//! `[fields.<id>] aliases = ["…"]`, and words that suggest a field with
//! `[fields.<id>] hints = ["…"]`.
//!
//! `bodies-without` (a table of field id to kinds of body, set in the
//! council-report pack: `wards = ["fire and rescue authority", "combined
//! authority", …]`) names the bodies whose papers do not carry the field.
//! A kind counts as named when a line among the paper's first
//! ten (or the last cell or value on it: `Report to: West Riding Combined
//! Authority`) ends with it and is a name, every word before the kind
//! capitalised or "and" (`MERSEYDALE JOINT WASTE DISPOSAL AUTHORITY`, not
//! `Membership of the Combined Authority`), or when a meeting named
//! there holds it (`National Park Authority Meeting`). The field missing
//! from such a paper is then said as information. Past the top ten lines,
//! a line that is such a name and nothing else, not under a label, still
//! counts when it stands on the front sheet, before the section numbered 1
//! and the first page break (`Tyne and Wear Valleys Combined Authority` at
//! the foot of a cover); so does a line naming the body the decisions are
//! for (`For the London Fire Commissioner`). A name holds no linking word
//! (`APPOINTMENTS TO THE LOCAL PENSION BOARD` is a title), and a meeting
//! holds the kind only as its name or a "Meeting of" it. The pack lists a
//! pension fund's boards and committees too (`LOCAL PENSION BOARD`,
//! `Pension Fund Committee`): they deal with the fund, not with places.
//!
//! `often-absent` (a list of field ids, `["wards"]` in the council-report
//! pack) names the fields whose absence is said as information.
//!
//! ## Example
//! ```text
//! **WARDS AFFECTED:**
//! ```
//! is reported as "Wards affected is empty: name the wards, or write All".

use crate::diagnostic::Severity;
use crate::document::Span;
use crate::rules::{compile, template_field, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::template::Template;
use std::collections::BTreeMap;

pub(crate) static KIND: Kind = Kind {
    name: "required-field",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("required_field.rs"),
    compile: compile::<RequiredField>,
};

#[derive(Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    /// Field id to the kinds of body whose papers do not carry the field
    /// ("combined authority" for the wards).
    bodies_without: BTreeMap<String, Vec<String>>,
    /// Field ids that many councils' templates leave out ("wards"): a
    /// paper without one is told so as information.
    often_absent: Vec<String>,
}

struct RequiredField {
    /// Per template field: the kinds of body whose papers do not carry it.
    bodies_without: Vec<Vec<BodyKind>>,
    /// Per template field: whether many councils' templates leave it out.
    often_absent: Vec<bool>,
}

/// A kind of body (`fire and rescue authority`): as the pack writes it,
/// and its words in lower case.
#[derive(Clone)]
struct BodyKind {
    name: String,
    words: Vec<String>,
}

impl Configure for RequiredField {
    type Params = Params;

    fn configure(p: Params, template: &Template) -> Result<Self, ParamError> {
        let mut bodies_without = vec![Vec::new(); template.fields.len()];
        for (id, kinds) in p.bodies_without {
            let i = template_field(template, "bodies-without", &id)?;
            bodies_without[i] = kinds
                .into_iter()
                .map(|name| BodyKind {
                    words: words(&name).map(str::to_lowercase).collect(),
                    name: name.trim().to_lowercase(),
                })
                .filter(|k| !k.words.is_empty())
                .collect();
        }
        let mut often_absent = vec![false; template.fields.len()];
        for id in &p.often_absent {
            often_absent[template_field(template, "often-absent", id)?] = true;
        }
        Ok(RequiredField {
            bodies_without,
            often_absent,
        })
    }
}

impl Rule for RequiredField {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for (i, def) in cx.template.fields.iter().enumerate() {
            if !def.required {
                continue;
            }
            let sources = cx.resolved.field_sources(cx.template, i, cx.doc);
            if sources.iter().any(|s| s.has_value()) {
                continue;
            }
            let empty = sources.iter().find_map(|s| match s {
                crate::template::FieldSource::Field(f) => Some(*f),
                _ => None,
            });
            let d = match empty {
                Some(f) => Finding::new(
                    f.span,
                    format!(
                        "{} is empty: {}",
                        def.name,
                        what_to_write(&def.id, &def.name)
                    ),
                )
                .label("no value after the label"),
                None if !cx.label_blocks(i).is_empty() => {
                    // A labelled block (a contact block at the end) gives it.
                    continue;
                }
                None if crate::template::section_value(
                    cx.template,
                    cx.resolved,
                    i,
                    cx.text,
                    cx.doc,
                ) =>
                {
                    // "1." / "Divisions Affected" / "1.1" / "County-wide".
                    continue;
                }
                None if crate::template::label_over_value(cx.template, i, cx.text, cx.doc) => {
                    // "Wards affected:" over "All" in a closing block.
                    continue;
                }
                None if crate::template::contact_sentence(cx.template, i, cx.text) => {
                    // "This report was written by NAME, who can be
                    // contacted on PHONE or EMAIL."
                    continue;
                }
                None if crate::template::second_label_block(
                    cx.template,
                    cx.resolved,
                    i,
                    cx.text,
                    cx.doc,
                    |o| cx.label_blocks(o),
                ) =>
                {
                    // "REPORT BY: …" in the header, then "Author:" over a
                    // name and an email at the end: the contact.
                    continue;
                }
                None if crate::template::contact_columns_block(cx.template, i, cx.text, |o| {
                    cx.label_blocks(o)
                })
                .is_some() =>
                {
                    // "Author(s)" / "Name   Designation and Contact Number"
                    // / "Jo Bloggs   Auditor": the template's contact
                    // block; contact-details says what it leaves out.
                    continue;
                }
                None => match crate::template::plausible_field(
                    cx.template,
                    cx.resolved,
                    i,
                    cx.doc,
                    cx.text,
                ) {
                    Some(f) => maybe(def, f, &cx.template.vocabulary),
                    None => match body_without(cx, &self.bodies_without[i]) {
                        Some((at, kind)) => usual_absence(cx, def, at, kind),
                        None if self.often_absent[i] => often_absent(cx, def),
                        None => missing(cx, def),
                    },
                },
            };
            out.push(d.subject(def.id.clone()));
        }
        out
    }
}

/// A required field under a label the template does not know: said as
/// information, naming the label. A label that only says what the line
/// gives (`T:`, `Tel:`, `E:`, one of the vocabulary's `contact-parts` or a
/// letter) is no alias to suggest: the person it reaches wants the label.
fn maybe(
    def: &crate::template::FieldDef,
    f: &crate::document::Field,
    v: &crate::parse::Vocabulary,
) -> Finding {
    let label = crate::template::normalise(&f.key);
    let by_label = label
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| def.hints.iter().any(|h| h == w));
    let line_label = label.chars().count() == 1 || v.contact_parts.contains_ignore_case(&label);
    let alias_help = || {
        format!(
            "if it is, add it to your paperlint.toml: [fields.{}] aliases = [\"{}\"]",
            def.id, label
        )
    };
    let (message, note, help) = if by_label {
        (
            format!(
                "no {} field; '{}' may be it — add it as an alias",
                def.name, f.key
            ),
            format!("may be the {} field", def.name),
            alias_help(),
        )
    } else if line_label {
        (
            format!(
                "no {} field; the phone number or email address given after '{}' may be the contact's, but nothing labels whom it reaches",
                def.name, f.key
            ),
            format!("may be the {}'s details", def.name),
            format!("write '{}: NAME' over the contact details", def.name),
        )
    } else {
        (
            format!(
                "no {} field; '{}' gives a phone number or email address and may be it — label it {}, or add '{}' as an alias",
                def.name, f.key, def.name, f.key
            ),
            format!("may be the {} field", def.name),
            alias_help(),
        )
    };
    Finding::new(f.key_span, message)
        .label(note)
        .help(help)
        .at_most(Severity::Info)
}

/// A required field the header does not give.
fn missing(cx: &Context<'_>, def: &crate::template::FieldDef) -> Finding {
    Finding::new(
        header_span(cx),
        format!("the header has no {} field", def.name),
    )
    .label(format!("{} should be given in the header", def.name))
    .help(format!(
        "add a line such as `{}: …` to the header",
        def.name
    ))
}

/// A required field that many councils' templates leave out, missing:
/// said as information, since the paper may follow such a template.
fn often_absent(cx: &Context<'_>, def: &crate::template::FieldDef) -> Finding {
    Finding::new(
        header_span(cx),
        format!(
            "the header has no {} field; many councils' templates have none, so check whether yours does",
            def.name
        ),
    )
    .label(format!("no {} field here", def.name))
    .help(format!(
        "if your template has one, add a line such as `{}: …` to the header, and take `{}` out of `often-absent` under [rules.required-field] in your paperlint.toml so that its absence is an error",
        def.name, def.id
    ))
    .at_most(Severity::Info)
}

/// How many of the paper's first lines (blank lines aside) may name the
/// body it is for: a logo, a marking, the item number, the body's name and
/// the meeting's stand there.
const COVER_LINES: usize = 10;

/// How many of the paper's non-blank lines the front sheet may run to
/// when a line that is just a body's name is looked for past the top.
const FRONT_SHEET_LINES: usize = 60;

/// Where the paper's first lines name one of `kinds` (see the module
/// docs), and the kind named.
fn body_without<'k>(cx: &Context<'_>, kinds: &'k [BodyKind]) -> Option<(Span, &'k BodyKind)> {
    if kinds.is_empty() {
        return None;
    }
    let sheet_end = front_sheet_end(cx);
    let mut start = 0;
    let mut cover_end = 0;
    let mut seen = 0;
    // Whether the last non-blank line was a label closed by its colon.
    let mut after_label = false;
    for line in cx.text.split_inclusive('\n') {
        let at = start;
        start += line.len();
        if line.trim().is_empty() {
            continue;
        }
        seen += 1;
        let on_top = seen <= COVER_LINES;
        if !on_top && (at >= sheet_end || seen > FRONT_SHEET_LINES) {
            break;
        }
        let name = if on_top {
            cover_end = start;
            last_piece(line)
        } else if after_label || line.contains(['|', ':', '\t']) {
            // Past the top only a line that is a name and nothing else
            // counts, and not the value of a label ("Partners:").
            ""
        } else {
            line
        };
        after_label = line.trim_end().ends_with(':');
        // The line's words are taken once for every kind; the longest kind
        // the name ends with names it best ("joint waste disposal
        // authority" before "waste disposal authority").
        let said: Vec<&str> = words(name).collect();
        let kind = kinds
            .iter()
            .filter(|k| words_name_a_body(&said, &k.words))
            .max_by_key(|k| k.words.len());
        if let Some(kind) = kind {
            let trimmed = line.trim();
            let from = at + (line.len() - line.trim_start().len());
            return Some((Span::new(from, from + trimmed.len()), kind));
        }
    }
    cx.doc
        .meetings
        .iter()
        .filter(|m| m.name_span.start < cover_end)
        .find_map(|m| {
            let said: Vec<String> = words(&m.name).map(str::to_lowercase).collect();
            kinds
                .iter()
                .filter(|k| {
                    // Not a title the parser took for the meeting, linking
                    // to the body (`APPOINTMENTS TO THE LOCAL PENSION
                    // BOARD`, `Review of the Pension Fund Committee`); a
                    // "Meeting of" the body is one.
                    said.windows(k.words.len())
                        .position(|w| w == k.words)
                        .is_some_and(|at| {
                            !said[..at].iter().enumerate().any(|(i, w)| {
                                LINKS.contains(&w.as_str())
                                    && !(w == "of" && i > 0 && said[i - 1] == "meeting")
                            })
                        })
                })
                .max_by_key(|k| k.words.len())
                .map(|k| (m.name_span, k))
        })
}

/// Where the front sheet ends: at the first section numbered 1 (`1
/// Purpose of Report`) or the first page break, whichever comes first; at
/// the start when the paper has no section numbered 1, so that only its
/// top lines are read.
fn front_sheet_end(cx: &Context<'_>) -> usize {
    let first = cx
        .doc
        .sections
        .iter()
        .filter(|s| s.number.as_deref() == Some("1"))
        .map(|s| s.heading.start)
        .min()
        .unwrap_or(0);
    match cx.text[..first].find('\u{c}') {
        Some(page_break) => page_break,
        None => first,
    }
}

/// The last cell or value on a line: what follows its last `|`, `:` or
/// tab that has a word after it (`| Report to | Combined Authority |`).
fn last_piece(line: &str) -> &str {
    line.rsplit(['|', ':', '\t'])
        .find(|p| p.chars().any(char::is_alphanumeric))
        .unwrap_or("")
}

/// [`words_name_a_body`] over the words of `text`.
#[cfg(test)]
fn names_a_body(text: &str, kind: &[String]) -> bool {
    words_name_a_body(&words(text).collect::<Vec<_>>(), kind)
}

/// Whether the words `said` are a body's name ending with `kind`: every word before
/// the kind capitalised, or "and" (`Severn and Wye Combined Fire
/// Authority`), so that a title or a line of prose that ends with the
/// kind (`Membership of the Combined Authority`) is not one.
/// The words are taken once a line, for all the kinds.
fn words_name_a_body(said: &[&str], kind: &[String]) -> bool {
    // "For the London Fire Commissioner", over the decisions it is to take.
    let said = if said.len() > kind.len() + 2
        && said[0].eq_ignore_ascii_case("for")
        && said[1].eq_ignore_ascii_case("the")
    {
        &said[2..]
    } else {
        said
    };
    let Some(before) = said.len().checked_sub(kind.len()) else {
        return false;
    };
    said[before..]
        .iter()
        .zip(kind)
        .all(|(w, k)| w.eq_ignore_ascii_case(k))
        && said[..before].iter().all(|w| {
            *w == "and"
                || (w.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
                    && !LINKS.iter().any(|l| w.eq_ignore_ascii_case(l)))
        })
}

/// Words that link a title to the body it names, and stand in no body's
/// name (`APPOINTMENTS TO THE LOCAL PENSION BOARD`, in capitals, is a
/// title).
const LINKS: [&str; 12] = [
    "to", "of", "for", "on", "from", "by", "with", "into", "about", "re", "in", "at",
];

/// The words of `text`: its runs of letters and digits, with `&` as "and".
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '&')
        .filter(|w| !w.is_empty())
        .map(|w| if w == "&" { "and" } else { w })
}

/// A required field missing from the paper of a body whose papers do not
/// carry it: said as information, naming the body.
fn usual_absence(
    cx: &Context<'_>,
    def: &crate::template::FieldDef,
    at: Span,
    kind: &BodyKind,
) -> Finding {
    let kind = &kind.name;
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    Finding::new(
        header_span(cx),
        format!(
            "the header has no {} field; {article} {kind}'s papers usually have none",
            def.name
        ),
    )
    .label(format!("no {} field here", def.name))
    .secondary(at, format!("the paper is {article} {kind}'s"))
    .help(format!(
        "if the paper does concern particular places, add a line such as `{}: …` to the header",
        def.name
    ))
    .at_most(Severity::Info)
}

fn what_to_write(id: &str, name: &str) -> String {
    match id {
        "wards" => "name the wards, or write All".to_string(),
        "key-decision" => "write Yes or No".to_string(),
        _ => format!("fill in the {}", name.to_lowercase()),
    }
}

/// Where a missing header field is reported: the first header field, the
/// title, or the start of the paper.
fn header_span(cx: &Context<'_>) -> Span {
    if let Some(f) = cx.doc.fields.first() {
        return f.span;
    }
    if let Some(t) = &cx.doc.title {
        return t.span;
    }
    let first_line = cx.text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let start = cx.text.find(first_line).unwrap_or(0);
    Span::new(start, start + first_line.trim_end().len())
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::rules::{findings_of, findings_with_config};

    /// The findings under the configuration of a council whose template
    /// has a Wards affected field (so that its absence is an error), as
    /// most of these tests assume.
    fn findings(text: &str) -> Vec<crate::diagnostic::Diagnostic> {
        let toml = "extends = [\"council-report\"]\n[rules.required-field]\noften-absent = []\n";
        findings_with_config("required-field", toml, text)
    }

    #[test]
    fn a_field_many_templates_leave_out_is_missed_as_information() {
        let text = format!("{HEAD}Contact officer: Jo Bloggs, 01632 960000\n");
        // Under the council-report pack, which lists wards as often absent.
        let found = findings_of("required-field", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].subject.as_deref(), Some("wards"));
        assert_eq!(found[0].severity, Severity::Info);
        assert!(found[0]
            .message
            .contains("many councils' templates have none"));
        // A council whose template has the field: an error.
        let found = findings(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(found[0].message, "the header has no Wards affected field");
        // An empty field is reported as usual: the template has it.
        let text = format!("{text}Wards affected:\n");
        let found = findings_of("required-field", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.starts_with("Wards affected is empty"),
            "{found:?}"
        );
        assert_ne!(found[0].severity, Severity::Info);
    }

    /// Whether required-field reports the field `subject` missing in `text`.
    fn reports(subject: &str, text: &str) -> bool {
        findings(text)
            .iter()
            .any(|f| f.subject.as_deref() == Some(subject))
    }

    const HEAD: &str = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nReport of: Director of Place\n";

    #[test]
    fn a_label_the_pack_does_not_know_is_said_as_information() {
        let text = format!("{HEAD}Contact officer: Jo Bloggs, 01632 960000\nLocality: North\n");
        let found = findings(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        // "Locality" is no hint of the wards field: a plain error.
        assert_eq!(found[0].severity, Severity::Error);
        let text = format!(
            "{HEAD}Contact officer: Jo Bloggs, 01632 960000\nElectoral ward(s) covered: North\n"
        );
        let found = findings(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].severity, Severity::Info);
        assert!(found[0]
            .message
            .contains("'Electoral ward(s) covered' may be it"));
    }

    #[test]
    fn divisions_are_wards_and_a_contact_block_at_the_end_is_the_contact() {
        let text = format!(
            "{HEAD}Electoral Divisions: All\n\n## 1. Summary\n\n1.1 Text.\n\n5.\n\nReport Authors:\nJo Bloggs, Lighting Manager\n"
        );
        assert!(findings(&text).is_empty());
    }

    #[test]
    fn a_page_footer_saying_whom_to_ask_for_further_information_is_the_contact() {
        // pdftotext -layout prints page 1's footer in the middle of a
        // paragraph: the sentence over the officer's name, post, phone and
        // email.
        let head =
            "Meeting:                 Cabinet\n\nMeeting date:            25 February 2027\n\n\
                    Title of report:         Active Travel Programme\n\n\
                    Report by:               Cabinet member transport\n\n\
                    Wards affected\n\nAll\n\nPurpose\n\n\
                    5.    The draft plan was prepared with the council's highway services\n\n";
        let footer = "                              Further information on the subject of this \
                      report is available from\n     Imogen Faulds-Carter, Transport Strategy \
                      Manager, Tel: 01432 260418, email: ifaulds@example.gov.uk\n\
                      \x20                                                Page 57\n      contractor.\n";
        let contact = |text: &str| reports("contact", text);
        assert!(contact(head));
        assert!(!contact(&format!("{head}{footer}")));
    }

    #[test]
    fn the_author_in_a_block_at_the_end_is_the_report_of() {
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nWards: All\nContact officer: Jo Bloggs, 01632 960000\n\n## 1. Summary\n\n1.1 Text.\n\n";
        let report_of = |text: &str| reports("report-of", text);
        assert!(report_of(head));
        // A label run into the name, with no colon.
        assert!(!report_of(&format!(
            "{head}Al Stone\nDirector of Place\n\nReport prepared by Jo Bloggs, Lighting Manager\n"
        )));
        // A label in capitals over a name and a post.
        assert!(!report_of(&format!(
            "{head}SENIOR RESPONSIBLE OFFICER\n\nAL STONE\nDirector of Place\n"
        )));
        // A wrapped line of prose is no label.
        assert!(report_of(&format!(
            "{head}1.2 The scheme follows the\nreport prepared by the Director of Place in May.\n"
        )));
    }

    #[test]
    fn an_author_block_at_the_end_giving_an_email_is_the_contact() {
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nReport by: Director of Place\nWards: All\n\n## 1. Summary\n\n1.1 Text.\n\n";
        let contact = |text: &str| reports("contact", text);
        assert!(contact(head));
        assert!(!contact(&format!(
            "{head}Author:\n\nGareth Pryce, Principal Valuer (Email: pryceg@example.gov.uk)\n\nConsultees:\n\nAnn Other\n"
        )));
        // No phone or email under it: the author only.
        assert!(contact(&format!(
            "{head}Author:\n\nGareth Pryce, Principal Valuer\n\nConsultees:\n\nAnn Other, 01632 960000\n"
        )));
    }

    #[test]
    fn an_author_label_before_a_dash_over_a_phone_after_a_colon_is_the_contact() {
        // "**Author** – NAME, POST, Tel: …": the colon is the phone's, the
        // label the words before the dash.
        let head = "Meeting: Integration Joint Board\nDate: 25 June 2027\nTitle: Care at Home\nSubmitted By: Jo Bloggs, Head of Integration\nWards: All\n\n# 1. Introduction\n\n1.1 Text.\n\n";
        let contact = |text: &str| reports("contact", text);
        assert!(contact(head));
        assert!(!contact(&format!(
            "{head}**Author** – Jo Bloggs, Head of Integration, Tel: 01324 880 612, jo.bloggs\\@example.scot\n"
        )));
        // Near misses: the dash after the colon (the label is the colon's,
        // and names no one); a line before the dash that is no label.
        assert!(contact(&format!(
            "{head}Note: Author – Jo Bloggs, Tel: 01324 880 612\n"
        )));
        assert!(contact(&format!(
            "{head}Care at Home review – Jo Bloggs, Tel: 01324 880 612\n"
        )));
    }

    #[test]
    fn an_author_block_in_columns_is_the_contact_left_without_a_number() {
        // pdftotext flattens the template's table: the label, the column
        // headings (one asking for the contact number), the values.
        let head = "Meeting: Audit Committee\nDate: 14 June 2027\nTitle: Internal Audit Annual Report\nReport by: Chief Officer Audit and Risk\nWards: All\n\n# 1. Introduction\n\n1.1 Text.\n\n";
        let block = |label: &str, headings: &str| {
            format!("{head}{label}\nName                        {headings}\nSandra Whyte                Principal Internal Auditor\n\nBackground Papers: none.\n")
        };
        let text = block("Author(s)", "Designation and Contact Number");
        assert!(!reports("contact", &text));
        let found = findings_of("contact-details", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("Sandra Whyte"), "{found:?}");
        assert_eq!(found[0].span().of(&text), "Author(s)");
        // Near misses: headings asking for no contact detail, or a label
        // that holds no hint of the contact: no contact block.
        for text in [
            block("Author(s)", "Designation"),
            block("Consultees", "Designation and Contact Number"),
        ] {
            assert!(reports("contact", &text), "{text}");
            assert!(findings_of("contact-details", &text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_field_set_after_the_body_in_a_tab_row_gives_it() {
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nReport of: Director of Place\nContact officer: Jo Bloggs, 01632 960000\n\n## 1. Summary\n\n1.1 Text.\n\n";
        let wards = |text: &str| reports("wards", text);
        assert!(wards(head));
        assert!(!wards(&format!(
            "{head}KEY DECISION?\tNo\nWARDS AFFECTED:\tAll\n\n## Appendices\n"
        )));
        // A heading in capitals over its text in the next cell is no label.
        assert!(wards(&format!(
            "{head}WARDS AFFECTED\tAll\nPURPOSE\tTo report.\n"
        )));
    }

    #[test]
    fn an_author_label_naming_the_post_too_is_the_author_and_contact() {
        // "Report Author:" alone gives who the report is of and the
        // contact; so does the label that asks for the post as well, on
        // one line or wrapped over two by pdftotext.
        let head = "Report To:\n\nLicensing Committee\n\nDate of Meeting:\n\n9 March 2027\n\nReport Title:\n\nStreet Trading Policy Review\n\n";
        let tail = "\n\nAnn Other, Licensing Manager\n\nWards:\n\nAll\n\n1. Introduction\n\n1.1 The policy is due for review.\n";
        for label in [
            "Report Author:",
            "Report Author & Job Title:",
            "Report Author & Job\nTitle:",
            "Report Author and\nJob Title:",
        ] {
            let text = format!("{head}{label}{tail}");
            let found = findings(&text);
            assert!(found.is_empty(), "{label}: {found:?}");
        }
        // Near miss: a part that is no part of a person's details names
        // no contact (said as information, the label holding a hint).
        let text = format!("{head}Report Author & Service Area:{tail}");
        let found = findings(&text);
        assert!(
            found
                .iter()
                .all(|f| f.subject.as_deref() != Some("contact") || f.severity == Severity::Info),
            "{found:?}"
        );
    }

    #[test]
    fn a_layout_label_beside_its_value_names_the_author_and_contact() {
        // `pdftotext -layout` keeps the cover's two columns, no colons:
        // "Officer reporting" (a select committee's) and "Report
        // Author(s)" name the report's officer, who is its contact too.
        let head = "                RESIDENTS' SERVICES SELECT COMMITTEE\n\n                14 January 2027\n\n Subject                  Burial Space Provision\n\n";
        let tail = "\n Ward                     All\n\n\n HEADLINES\n\n The cemeteries will be full in five years.\n";
        for label in ["Officer reporting        ", "Report Author(s)         "] {
            let text = format!("{head} {label}Siobhan Maguire, Head of Green Spaces\n{tail}");
            let found = findings(&text);
            assert!(found.is_empty(), "{label}: {found:?}");
        }
        // Near miss: a label that names no officer gives no contact.
        let text = format!(
            "{head} Head of Service          Siobhan Maguire, Head of Green Spaces\n{tail}"
        );
        assert!(reports("contact", &text));
    }

    #[test]
    fn a_field_giving_a_phone_may_be_the_contact() {
        let text = format!("{HEAD}Wards: All\nLead engineer: Jo Bloggs, 01632 960000\n");
        let found = findings(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].severity, Severity::Info);
        assert_eq!(found[0].subject.as_deref(), Some("contact"));
    }

    #[test]
    fn a_phone_line_with_no_label_for_its_person_is_not_offered_as_an_alias() {
        // The contact at the end: a name, then "T:" and "E:" lines.
        let text = format!(
            "{HEAD}Wards: All\n\n## 9. Recommendation\n\nNote the report.\n\n\
             Jo Bloggs – Treasury Manager\nT: 03000 416738\nE: jo.bloggs@example.gov.uk\n"
        );
        let found = findings(&text);
        let contact: Vec<_> = found
            .iter()
            .filter(|f| f.subject.as_deref() == Some("contact"))
            .collect();
        assert_eq!(contact.len(), 1, "{found:?}");
        assert_eq!(contact[0].severity, Severity::Info);
        assert!(
            contact[0].message.contains("after 'T'") && !contact[0].message.contains("alias"),
            "{}",
            contact[0].message
        );
        // Near miss: a label naming the person's role is offered as one.
        let text = format!("{HEAD}Wards: All\nLead engineer: Jo Bloggs, 01632 960000\n");
        let found = findings(&text);
        assert!(found[0].message.contains("as an alias"), "{found:?}");
    }

    #[test]
    fn a_dashed_author_label_at_the_end_with_a_phone_is_the_contact() {
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Record Office Policy\nReport of: Assistant Director\nWards: All\n\n## 1. Summary\n\n1.1 Text.\n\n";
        let contact = |text: &str| reports("contact", text);
        // "Report Author – NAME, POST," wrapped onto the phone and email.
        assert!(!contact(&format!(
            "{head}Report Author – Dr Martin Gaunt, County Archivist,\ntel. 01632 533 870, martin.gaunt@example.gov.uk\n"
        )));
        // No phone or email: a dash after a label is no block.
        assert!(contact(&format!(
            "{head}Report Author – Dr Martin Gaunt, County Archivist\n"
        )));
    }

    #[test]
    fn report_prepared_by_at_the_end_with_an_email_and_phone_is_the_contact() {
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nWards: All\n\n## 1. Summary\n\n1.1 Text.\n\n";
        let contact = |text: &str| reports("contact", text);
        assert!(!contact(&format!(
            "{head}Report prepared by Jo Bloggs, Lighting Manager\njo.bloggs@example.gov.uk, 01632 965 442\nDate 18 February 2025\n"
        )));
        // No phone or email: the author only.
        assert!(contact(&format!(
            "{head}Report prepared by Jo Bloggs, Lighting Manager\nDate 18 February 2025\n"
        )));
        // In the header, the report-of field's phone only hints the contact.
        let text = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nFrom: Director of Place, 01632 960000\nWards: All\n\n## 1. Summary\n\n1.1 Text.\n";
        let found = findings(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].severity, Severity::Info);
    }

    #[test]
    fn a_label_over_a_short_value_after_the_body_gives_it() {
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nReport of: Director of Place\nContact officer: Jo Bloggs, 01632 960000\n\n# 1. Purpose\n\n1.1 To report.\n\n# 2. Background\n\n2.1 Text.\n\n";
        let wards = |tail: &str| reports("wards", &format!("{head}{tail}"));
        // Under the contact block, the value on the next line.
        assert!(!wards(
            "Contact Officer:\nJo Bloggs, Manager\nTelephone: 01632 960 884\n\nWards affected:\nAshwell and Coleby; Thornby\n\nPage 48\n"
        ));
        // In a closing summary form, the value alone after a blank line.
        assert!(!wards(
            "Statutory Powers:\n\nLocal Government Act 2000\n\nWards affected:\n\nAll\n\nBackground Papers:\n\nNone\n"
        ));
        assert!(!wards("**Wards Affected:**\n\n- All\n"));
        // Near misses: prose, a paragraph, another label, a numbered
        // paragraph or nothing under the label gives nothing.
        for tail in [
            "Wards affected:\n\nThe proposals would affect many wards in the north of the borough over the next three years.\n",
            "Wards affected:\nAll wards in the north\nof the borough, as the map shows\n",
            "Wards affected:\n\nBackground Papers:\n\nNone\n",
            "Wards affected:\n\n3.1 The wards are listed below.\n",
            "Wards affected:\n\n\n\nAll\n",
            "Wards affected:\n",
            "Wards affected by the change\n\nAll\n",
        ] {
            assert!(wards(tail), "{tail}");
        }
    }

    #[test]
    fn a_cover_label_with_no_colon_over_its_value_gives_it() {
        let head =
            "Meeting: Cabinet\nDate: 3 June 2025\nContact officer: Jo Bloggs, 01632 960000\n\n";
        let body = "\n# 1. Purpose\n\n1.1 To report.\n";
        let missing = |field: &str, cover: &str| reports(field, &format!("{head}{cover}{body}"));
        // A Word cover of bold labels over their values.
        let word =
            "**Report Title**\n\nAcquisition of the Riverside Arcade, Calderbrook Town Centre\n\n\
                    **Ward(s) Affected**\n\nBoston Castle\n\n**Report of**\n\nDirector of Place\n";
        assert!(!missing("title", word));
        assert!(!missing("wards", word));
        // A PDF's text: each label alone between blank lines.
        let pdf = "Report of: Director of Place\n\nTitle\n\nStreet Lighting Renewal\n\nWards affected\n\nBow Common; Mile End East\n";
        assert!(!missing("title", pdf));
        assert!(!missing("wards", pdf));
        // Near misses: a label not alone (a paragraph's first line), one
        // with the value straight under it and no colon, a label over prose.
        for cover in [
            "Title: Street Lighting\nReport of: Director\n\nThe wards affected\n\nAll\n",
            "Title: Street Lighting\nReport of: Director\n\nWards affected\nBow Common\n",
            "Title: Street Lighting\nReport of: Director\n\nWards affected\n\nThe proposals would affect many wards in the north of the borough over the next three years.\n",
            "Title: Street Lighting\nReport of: Director\n\nThe report sets out the wards\nWards affected\n\nAll\n",
        ] {
            assert!(missing("wards", cover), "{cover}");
        }
    }

    #[test]
    fn a_label_over_a_value_with_no_blank_lines_at_the_end_gives_it() {
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nReport of: Director of Place\nContact officer: Jo Bloggs, 01632 960000\n\n# 1. Purpose\n\n1.1 To report.\n\n";
        let wards = |tail: &str| reports("wards", &format!("{head}{tail}"));
        // pdftotext's closing block: the next label or a capitals heading
        // straight under the value closes it.
        assert!(!wards(
            "POLICY FRAMEWORK IMPLICATIONS\n13.\nThe proposals are consistent with the Events Strategy.\nKEY DECISION?\nNo\nWARDS/COMMUNITIES AFFECTED:\nAll\nSUPPORTING DOCUMENTATION\nAppendices\n"
        ));
        assert!(!wards(
            "Wards affected:\nAshwell; Thornby\nKey decision:\nNo\n"
        ));
        // Near misses: the value carried on in prose, a capitals value
        // carried on in capitals, a sentence under it, and a label the
        // pack does not know over a value.
        for tail in [
            "Wards affected:\nAll wards in the north\nof the borough, as the map shows\n",
            "WARDS AFFECTED:\nALL WARDS NORTH OF\nTHE RIVER\n",
            "Wards affected:\nAll\nThe scheme is funded.\n",
            "SERVICES AFFECTED:\nAll\nSUPPORTING DOCUMENTATION\n",
        ] {
            assert!(wards(tail), "{tail}");
        }
    }

    #[test]
    fn a_sentence_naming_the_author_and_how_to_reach_them_is_the_contact() {
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nReport of: Director of Place\nWards: All\n\n## 1. Summary\n\n1.1 Text.\n\n";
        let contact = |tail: &str| reports("contact", &format!("{head}{tail}"));
        assert!(contact(""));
        // Wrapped by pdftotext, the email closing the sentence.
        assert!(!contact(
            "This report was written by Imogen Castellane-Webb, Flood Risk Manager, who can be\ncontacted on 01632 955 301 or imogen.castellane-webb@harnley.example.gov.uk.\nPage 4\n"
        ));
        assert!(!contact(
            "The author of this report, Jo Bloggs, may be contacted at jo.bloggs@example.gov.uk.\n"
        ));
        assert!(!contact(
            "Report prepared by Jo Bloggs, Lighting Manager, who can be contacted by telephone on 01632 960 442.\n"
        ));
        // Near misses: a helpline, residents, an author named in another
        // sentence, and no phone or email.
        for tail in [
            "1.2 Residents with questions about the report can contact the helpline, which can be contacted on 0800 123 4567.\n",
            "1.2 Residents named in the report were contacted on 12 May 2025.\n",
            "This report was written by Jo Bloggs. The service desk can be contacted on 01632 960 442.\n",
            "This report was written by Jo Bloggs, who can be contacted through the Democratic Services team.\n",
        ] {
            assert!(contact(tail), "{tail}");
        }
    }

    #[test]
    fn a_closing_sentence_asking_readers_to_contact_a_named_officer_is_the_contact() {
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nReport of: Director of Place\nWards: All\n\n## 1. Summary\n\n1.1 Text.\n\n";
        let contact = |tail: &str| reports("contact", &format!("{head}{tail}"));
        // pdftotext -layout, indented, wrapped, the email closing it.
        for tail in [
            "      For further information, please contact Morven Haldane, Interchange Development\n      Manager, on 01632 964 318 or at morven.haldane@westmuirpt.example.gov.uk.\n",
            "For any enquiries about this report please contact Jo Bloggs on 01632 960 442.\n",
            "For more details on this paper, please contact Jo Bloggs (jo.bloggs@example.gov.uk).\n",
        ] {
            assert!(!contact(tail), "{tail}");
        }
        // Near misses: another subject, a helpline or team, a sentence
        // inside a paragraph, and no phone or email.
        for tail in [
            "For bookings, please contact Leisure Services on 01632 960 442.\n",
            "For further information, please contact the helpline on 0800 123 4567.\n",
            "1.2 The depot opens in May. For further information, please contact Jo Bloggs on 01632 960 442.\n",
            "For further information, please contact Jo Bloggs, Lighting Manager.\n",
        ] {
            assert!(contact(tail), "{tail}");
        }
    }

    #[test]
    fn a_first_section_titled_as_the_field_with_a_short_value_gives_it() {
        let head = "Meeting: Cabinet\nDate: 3 June 2025\nTitle: Street Lighting\nReport of: Director of Place\nContact officer: Jo Bloggs, 01632 960000\n\n";
        let wards = |text: &str| reports("wards", text);
        assert!(!wards(&format!(
            "{head}1.\n\nDivisions Affected\n\n1.1\n\nCounty-wide\n\n2.\n\nPurpose\n\n2.1\n\nTo report.\n"
        )));
        // Prose under it is no value.
        assert!(wards(&format!(
            "{head}1.\n\nDivisions Affected\n\n1.1\n\nThe proposals would affect many divisions in the north of the county over the next three years.\n\n2.\n\nPurpose\n\n2.1\n\nTo report.\n"
        )));
        // Far into the body, a section so titled does not give the header field.
        assert!(wards(&format!(
            "{head}1.\n\nPurpose\n\n1.1\n\nTo report.\n\n2.\n\nBackground\n\n2.1\n\nText.\n\n3.\n\nOptions\n\n3.1\n\nText.\n\n4.\n\nDivisions Affected\n\n4.1\n\nAll\n"
        )));
        // An unnumbered closing block so titled, with a short value, does.
        let body = "# 1. Purpose\n\n1.1 To report.\n\n# 2. Background\n\n2.1 Text.\n\n# 3. Options\n\n3.1 Text.\n\n";
        assert!(!wards(&format!(
            "{head}{body}**Background Papers**\n\nNone.\n\n**Electoral Division(s) and Member(s) Affected**\n\n- All\n"
        )));
        assert!(wards(&format!(
            "{head}{body}**Background Papers**\n\nNone.\n\n**Electoral Division(s) and Member(s) Affected**\n\nThe proposals would affect many divisions in the north of the county over the next three years.\n"
        )));
    }

    #[test]
    fn a_body_serving_its_whole_area_named_on_top_makes_no_wards_information() {
        let fields = "REPORT TITLE:\nBUDGET 2027/28, LEVY AND MEDIUM TERM FINANCIAL STRATEGY\nREPORT OF:\nTREASURER\nFOR SUBMISSION TO:\nAUTHORITY MEETING\nDATE:\n5 FEBRUARY 2027\nContact officer: Gail Dunmore, Finance Manager, 0151 482 2210\n";
        let wards = |top: &str| {
            findings(&format!("{top}{fields}"))
                .into_iter()
                .find(|f| f.subject.as_deref() == Some("wards"))
        };
        // The authority's name over the cover: information, naming it.
        let found = wards("MERSEYDALE JOINT WASTE DISPOSAL AUTHORITY\n").unwrap();
        assert_eq!(found.severity, Severity::Info);
        assert!(
            found
                .message
                .contains("a joint waste disposal authority's papers usually have none"),
            "{}",
            found.message
        );
        // A name ending with the kind; the name as a heading, or in a cell.
        for top in [
            "Severn and Wye Combined Fire Authority\n",
            "# Harrowdale Police, Fire and Crime Commissioner\n",
            "| Report to: | West Riding Combined Authority |\n",
            "OFFICIAL\n\nAgenda Item 9\n\nBrackenmoor Police & Crime Panel\n",
        ] {
            assert_eq!(wards(top).unwrap().severity, Severity::Info, "{top}");
        }
        // A council's paper, or a title or prose naming such a body, or the
        // body named far down the paper, leaves the error.
        for top in [
            "Merseydale Borough Council\n",
            "Nominations to the Tyne Vale Combined Authority\n",
            "the funding agreed with the combined authority\n",
            "Combined Authority funding\n",
            "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\nMerseydale Combined Authority\n",
        ] {
            assert_eq!(wards(top).unwrap().severity, Severity::Error, "{top}");
        }
    }

    #[test]
    fn a_meeting_of_such_a_body_named_on_the_cover_makes_no_wards_information() {
        let text = "National Park Authority Meeting – Part A\n27 March 2026\nItem 8\n\nLOCAL PLAN REVIEW\n\nReport of: Head of Planning\nContact officer: Jo Bloggs, 01632 960000\n";
        let found = findings(text);
        let wards = found
            .iter()
            .find(|f| f.subject.as_deref() == Some("wards"))
            .unwrap();
        assert_eq!(wards.severity, Severity::Info, "{found:?}");
        assert!(wards.message.contains("a national park authority's"));
    }

    #[test]
    fn a_body_name_is_capitalised_words_ending_with_the_kind() {
        let kind: Vec<String> = super::words("fire and rescue authority")
            .map(str::to_lowercase)
            .collect();
        assert!(super::names_a_body(
            "TARIAN FIRE AND RESCUE AUTHORITY",
            &kind
        ));
        assert!(super::names_a_body(
            "Kestrel Vale Fire & Rescue Authority",
            &kind
        ));
        assert!(super::names_a_body("Fire and Rescue Authority", &kind));
        assert!(!super::names_a_body(
            "Report to the Fire and Rescue Authority",
            &kind
        ));
        assert!(!super::names_a_body(
            "Fire and Rescue Authority Budget",
            &kind
        ));
        assert!(!super::names_a_body("Rescue Authority", &kind));
        // A title in capitals linking to the body names none.
        assert!(!super::names_a_body(
            "APPOINTMENTS TO THE FIRE AND RESCUE AUTHORITY",
            &kind
        ));
        assert!(!super::names_a_body(
            "REVIEW OF FIRE AND RESCUE AUTHORITY",
            &kind
        ));
        // The decisions' heading over what the body is to decide does.
        assert!(super::names_a_body(
            "For the Kestrel Vale Fire and Rescue Authority",
            &kind
        ));
        assert!(!super::names_a_body(
            "For the Fire and Rescue Authority",
            &kind
        ));
        assert_eq!(
            super::last_piece("| **Report to:** | Kestrel Vale |\n").trim(),
            "Kestrel Vale"
        );
        assert_eq!(
            super::last_piece("Report to:\tKestrel Vale\n").trim(),
            "Kestrel Vale"
        );
    }

    /// The wards finding of `text`, if any.
    fn wards_finding(text: &str) -> Option<crate::diagnostic::Diagnostic> {
        findings(text)
            .into_iter()
            .find(|f| f.subject.as_deref() == Some("wards"))
    }

    #[test]
    fn a_pension_body_named_on_top_makes_no_wards_information() {
        let fields = "\n**DATE:**\t29 January 2027\n\n**LEAD OFFICER:**\tAnna D'Souza, Executive Director of Finance\n\n**SUBJECT:**\tEmployer covenant\n\nContact officer: Jo Bloggs, 01632 960000\n\n**SUMMARY OF ISSUE:**\n\nText.\n";
        let found = wards_finding(&format!(
            "**DOWNSHIRE COUNTY COUNCIL**\n\n**LOCAL PENSION BOARD**\n{fields}"
        ))
        .unwrap();
        assert_eq!(found.severity, Severity::Info);
        assert!(
            found.message.contains("a pension board's papers"),
            "{}",
            found.message
        );
        assert_eq!(
            wards_finding(&format!(
                "Downshire County Council\n\nPension Fund Committee\n{fields}"
            ))
            .unwrap()
            .severity,
            Severity::Info
        );
        // A council's paper whose title names the fund or the board keeps
        // the error.
        for top in [
            "**DOWNSHIRE COUNTY COUNCIL**\n\n**AUDIT AND GOVERNANCE COMMITTEE**\n\n**PENSION FUND ANNUAL REPORT AND ACCOUNTS**\n",
            "**DOWNSHIRE COUNTY COUNCIL**\n\n**CABINET**\n\n**APPOINTMENTS TO THE LOCAL PENSION BOARD**\n",
            "Downshire County Council\n\nCabinet\n\nReview of the Pension Fund Committee\n",
        ] {
            assert_eq!(
                wards_finding(&format!("{top}{fields}")).unwrap().severity,
                Severity::Error,
                "{top}"
            );
        }
    }

    #[test]
    fn a_line_that_is_a_body_name_on_the_front_sheet_makes_no_wards_information() {
        let cover = "OFFICIAL\n\nOverview and Scrutiny Committee\n\nDate:\n\n20 January 2027\n\nSubject:\n\nMayoral Budget 2027/28\n\nReport of:\n\nStatutory Scrutiny Officer\n\nContact officer:\n\nNasreen Qadir, 0191 477 2043\n\nKey decision:\n\nNo\n\n";
        let body = "1\n\nPurpose of Report\n1.1 To set out the budget.\n\n2\n\nRecommendations\n2.1 The Committee is asked to comment.\n";
        let wards = |foot: &str| {
            wards_finding(&format!("{cover}{foot}{body}"))
                .unwrap()
                .severity
        };
        // At the foot of the cover, past the top ten lines.
        assert_eq!(
            wards("Tyne and Wear Valleys Combined Authority\n"),
            Severity::Info
        );
        // The decisions' heading naming the body.
        assert_eq!(
            wards("Recommended decisions\n\nFor the London Fire Commissioner\n\n"),
            Severity::Info
        );
        // Near misses: the body in a sentence, as a label's value, in a
        // title, or after section 1.
        for foot in [
            "The report goes to the Tyne and Wear Valleys Combined Authority\n",
            "Partners:\n\nTyne and Wear Valleys Combined Authority\n",
            "Consultees: Tyne and Wear Valleys Combined Authority\n",
            "Funding from the Combined Authority\n",
        ] {
            assert_eq!(wards(foot), Severity::Error, "{foot}");
        }
        let late = format!("{cover}{body}\nTyne and Wear Valleys Combined Authority\n");
        assert_eq!(wards_finding(&late).unwrap().severity, Severity::Error);
        // A paper with no section 1 is read only at the top.
        let unnumbered = format!(
            "{cover}Tyne and Wear Valleys Combined Authority\n\nPurpose of Report\n\nText.\n"
        );
        assert_eq!(
            wards_finding(&unnumbered).unwrap().severity,
            Severity::Error
        );
        // Nor past a page break.
        let paged = format!("{cover}\u{c}Tyne and Wear Valleys Combined Authority\n{body}");
        assert_eq!(wards_finding(&paged).unwrap().severity, Severity::Error);
    }
}
