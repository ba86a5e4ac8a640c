//! # exempt-reason
//!
//! ## What it checks
//! A paper marked exempt, confidential, private, Part II or "not for
//! publication" (in its status field, title or headings, with "Yes" in an
//! exempt-information field or ticked under the cover sheet's question
//! "Does the report contain … exempt information?", a front-sheet question
//! holding an exempt word answered Yes (a grid "Is this report restricted
//! for confidential business? | Yes | X", whose category row is left
//! blank), under a cover heading
//! set as a label whose answer says so ("Exempt from the Press and Public"
//! over "An exemption is sought for Appendix 3 under Schedule 12A …"; an
//! "Exempt information" heading over "None" leaves the paper open), in a capitals banner on its front sheet
//! such as "NOT FOR PUBLICATION – this report contains ...", or where it
//! lists or cites an appendix: "Appendix C – Evaluation report
//! (confidential)", "Appendix C is confidential and not for publication",
//! "Appendix 2, which is in Part 2 of the agenda"; or where the closing
//! field "Reason for inclusion in Part II" is answered) cites the
//! paragraph of Schedule 12A to the Local Government Act 1972 that makes it
//! exempt (or of the schedule a council's law names, such as Schedule 7A
//! to the Local Government (Scotland) Act 1973).
//!
//! ## Why it matters
//! The public may be excluded from a meeting only for exempt information as
//! defined in Schedule 12A, and the resolution must say which paragraph
//! (England: Part 1, paragraphs 1–7; Wales: paragraphs 12–18). A paper that
//! is marked exempt without one cannot lawfully be withheld.
//!
//! ## Configuration
//! `status-field` (default `"status"`): the template field that holds the
//! paper's status. `exempt-words` (a pattern, set in the council-report
//! pack): the status or exempt-information values that mark a paper
//! exempt ("confidential", "Part II", "not for publication"); a council's
//! own `exempt-words` replaces the pack's. `schedules` (a list, set in the
//! council-report pack: `["12A", "7A"]`): the schedules whose paragraphs a
//! citation names; the first is the one the message asks for.
//! `reason-labels` (a list, set in the pack): the labels of a closing
//! field whose answer, filled in ("Reason for inclusion in Part II, if
//! appropriate: Appendix 2 contains the bid prices …"), says the paper
//! or part of it is exempt; "N/A" or "None" leaves it open. A heading
//! that leaves exempt information out ("List of background papers (not
//! including … confidential or exempt information)") marks nothing.
//!
//! ## Example
//! ```text
//! Status: Exempt – not for publication
//! ```
//! with no "paragraph 3 of Schedule 12A" anywhere is reported as "the paper
//! is marked exempt but does not say which paragraph of Schedule 12A
//! applies".

use crate::document::{AppendixSource, ReferenceKind, Span};
use crate::parse::inline::plain;
use crate::parse::table::reading_cells;
use crate::pattern::{fixed_scanner, Pattern};
use crate::rules::{compile, template_field, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::template::{normalise, Template};
use std::sync::OnceLock;

pub(crate) static KIND: Kind = Kind {
    name: "exempt-reason",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("exempt_reason.rs"),
    compile: compile::<ExemptReason>,
};

#[derive(serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    status_field: String,
    /// The values that mark a paper exempt. No built-in value: the pattern
    /// is data, in the pack (rules/council-report.toml).
    exempt_words: Option<String>,
    /// The schedules an exemption cites ("12A", "7A"). No built-in value:
    /// the list is data, in the pack.
    schedules: Option<Vec<String>>,
    /// The labels of a closing field whose answer, filled in, says why the
    /// paper (or part of it) is exempt ("Reason for inclusion in Part II,
    /// if appropriate: …"). None built in: the list is data, in the pack.
    reason_labels: Vec<String>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            status_field: "status".into(),
            exempt_words: None,
            schedules: None,
            reason_labels: Vec::new(),
        }
    }
}

struct ExemptReason {
    status: usize,
    /// The template's `exempt` field ("Exempt information: Yes"), if any.
    exempt: Option<usize>,
    /// A value that marks the paper exempt.
    exempt_words: Pattern,
    /// A citation of a paragraph of one of the schedules: its pattern,
    /// compiled the first time a paper is marked exempt (most never are).
    citation_source: String,
    citation: OnceLock<Pattern>,
    /// The schedules' names split into number and letters ("12", "A").
    schedules: Vec<(String, String)>,
    /// The schedule the message names: the first of `schedules`.
    schedule: String,
    /// A line that opens with one of the reason labels: `None` when the
    /// pack gives none.
    reason_label: Option<Pattern>,
}

impl Configure for ExemptReason {
    type Params = Params;

    fn configure(p: Params, template: &Template) -> Result<Self, ParamError> {
        let status = template_field(template, "status-field", &p.status_field)?;
        let exempt_words = p.exempt_words.as_deref().ok_or_else(|| {
            ParamError::at(
                "exempt-words",
                "no pattern says which status values mark a paper exempt".to_string(),
            )
        })?;
        let exempt_words = crate::pattern::compile(exempt_words)
            .map_err(|e| ParamError::at("exempt-words", format!("bad pattern: {e}")))?;
        let schedules = p.schedules.unwrap_or_default();
        let (citation_source, parts) = citation(&schedules)?;
        let reason_label = reason_label(&p.reason_labels)
            .map_err(|e| ParamError::at("reason-labels", format!("bad label: {e}")))?;
        Ok(ExemptReason {
            status,
            exempt: template.field("exempt"),
            exempt_words,
            citation_source,
            citation: OnceLock::new(),
            schedules: parts,
            schedule: schedules[0].clone(),
            reason_label,
        })
    }
}

/// The citation of a paragraph of one of `schedules`: "paragraph 3 of
/// Schedule 12A", "Schedule 12A, paragraph 3", "para 3 of Part 1 of
/// Schedule 12A", "Sch. 12A para 3", "paragraph 6 of Schedule 7A": the
/// pattern's source, from names checked to be a number and a letter or
/// two, so that it always compiles; and the names split into number and
/// letters, for [`may_cite`].
fn citation(schedules: &[String]) -> Result<(String, Vec<(String, String)>), ParamError> {
    if schedules.is_empty() {
        return Err(ParamError::at(
            "schedules",
            "no schedule is named whose paragraphs an exemption cites (the pack gives [\"12A\"])"
                .to_string(),
        ));
    }
    let mut parts = Vec::new();
    for name in schedules {
        // A number and perhaps a letter ("12A", "7A"), the letter perhaps
        // spaced off in the text ("Schedule 12 A").
        let digits = name.len() - name.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let letters = &name[digits..];
        if digits == 0
            || digits > 3
            || !letters.chars().all(|c| c.is_ascii_alphabetic())
            || letters.len() > 2
        {
            return Err(ParamError::at(
                "schedules",
                format!("{name:?} is not a schedule's name such as \"12A\""),
            ));
        }
        parts.push((name[..digits].to_string(), letters.to_string()));
    }
    let names = parts
        .iter()
        .map(|(number, letters)| format!("{number}\\s*{letters}"))
        .collect::<Vec<_>>()
        .join("|");
    let source = format!(
        r"(?is)(?-u:\b)(paragraphs?|paras?\.?)\s*[0-9]{{1,2}}[a-z]?(?-u:\b).{{0,60}}?(?-u:\b)sch(edule|\.)?\s*({names})(?-u:\b)|(?-u:\b)sch(edule|\.)?\s*({names})(?-u:\b).{{0,60}}?(?-u:\b)(paragraphs?|paras?\.?)\s*[0-9]{{1,2}}",
    );
    Ok((source, parts))
}

/// A line that opens with one of `labels` (after indent, emphasis, a
/// table's bar or a quote's mark), any case and spacing, ending at a
/// word's end; `None` for no labels.
fn reason_label(labels: &[String]) -> Result<Option<Pattern>, crate::pattern::PatternError> {
    let labels: Vec<String> = labels
        .iter()
        .map(|l| {
            l.split_whitespace()
                .map(regex_syntax::escape)
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .filter(|l| !l.is_empty())
        .collect();
    if labels.is_empty() {
        return Ok(None);
    }
    // The labels alone, so that the search skips ahead on their letters;
    // what stands before one on its line is checked after (see
    // [`opens_line`]).
    crate::pattern::compile_scanner(&format!(r"(?i)(?:{})(?-u:\b)", labels.join("|"))).map(Some)
}

/// Whether only indent, emphasis, a table's bar or a quote's mark stand
/// before offset `at` on its line of `text`.
fn opens_line(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..at]
        .bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'*' | b'_' | b'|' | b'>' | b'\x0c'))
}

/// A closing field that says why the paper, or part of it, is exempt,
/// filled in: "Reason for inclusion in Part II, if appropriate: Appendix 2
/// contains the bid prices …" (its label one of the pack's
/// `reason-labels`). The answer stands after the label's colon, after a
/// wide gap (`pdftotext -layout`), or on the next line under a label
/// alone; "N/A", "None", "Not applicable" or nothing leaves the paper
/// open. A sentence that mentions the label is no field.
fn reason_given(cx: &Context<'_>, rule: &ExemptReason) -> Option<(Span, String)> {
    let pattern = rule.reason_label.as_ref()?;
    let text = cx.text;
    for m in pattern
        .find_iter(text)
        .filter(|m| opens_line(text, m.start()))
    {
        let line_start = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[m.end()..]
            .find('\n')
            .map_or(text.len(), |at| m.end() + at);
        let rest = &text[m.end()..line_end];
        let answer = if let Some(at) = rest.find(':') {
            rest[at + 1..].to_string()
        } else if let Some(at) = rest.find("   ") {
            rest[at..].to_string()
        } else if rest.split_whitespace().count() <= 4 && !rest.contains(['.', '?']) {
            // The label alone ("…, if appropriate"): its answer on the next
            // line that is not blank.
            text[line_end..]
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("")
                .to_string()
        } else {
            continue;
        };
        let answer = plain(&answer);
        let answer = answer.trim().trim_matches(['*', '_', '|']).trim();
        let open = answers_no(answer) && !normalise(answer).starts_with("not for publication");
        if answer.is_empty() || open {
            continue;
        }
        let line = &text[line_start..line_end];
        let start = line_start + (line.len() - line.trim_start_matches([' ', '\t', '\x0c']).len());
        let span = Span::new(start, line_start + line.trim_end().len());
        let said = plain(span.of(text));
        return Some((span, said.split_whitespace().collect::<Vec<_>>().join(" ")));
    }
    None
}

/// A banner on the front sheet, before the first heading, that opens in
/// capitals with words marking the paper exempt: "NOT FOR PUBLICATION –
/// this report contains commercially sensitive information", "EXEMPT
/// INFORMATION". Its capitals run to a dash, a colon, a bracket or the end
/// of its first line; a sentence that merely mentions the words is none.
fn banner(cx: &Context<'_>, rule: &ExemptReason) -> Option<(Span, String)> {
    for p in cx.doc.paragraphs.iter().filter(|p| p.section.is_none()) {
        let text = p.text.of(cx.text);
        let line = text.lines().next().unwrap_or("");
        let head = line
            .split(['–', '—', ':', '(', '.'])
            .next()
            .unwrap_or("")
            .split(" - ")
            .next()
            .unwrap_or("")
            .trim();
        let letters = head.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 4 || head.chars().any(|c| c.is_lowercase()) {
            continue;
        }
        if opens_with(&rule.exempt_words, head) {
            let start = p.text.start + (line.len() - line.trim_start().len());
            return Some((Span::new(start, start + head.len()), head.to_string()));
        }
    }
    None
}

/// Whether the text may cite one of the schedules, split into their
/// number and letters ("12", "A"): every citation the pattern reads has a
/// schedule's number with its letters after it, perhaps after white space,
/// so a paper with none is answered by a byte search, not the pattern.
fn may_cite(text: &str, schedules: &[(String, String)]) -> bool {
    schedules.iter().any(|(number, letters)| {
        memchr::memmem::find_iter(text.as_bytes(), number.as_bytes()).any(|at| {
            // `\s` in the pattern is Unicode white space, as `trim_start` trims.
            let after = text[at + number.len()..].trim_start();
            after
                .get(..letters.len())
                .is_some_and(|l| l.eq_ignore_ascii_case(letters))
        })
    })
}

/// Where the paper says it is exempt, if it does.
fn exempt_marker(cx: &Context<'_>, rule: &ExemptReason) -> Option<(Span, String)> {
    let (status, exempt) = (rule.status, rule.exempt);
    // "Exempt information: Yes – Appendix 2".
    for &i in exempt.map_or(&[][..], |e| &cx.resolved.fields[e][..]) {
        let f = &cx.doc.fields[i];
        let v = normalise(&f.value);
        let yes = super::field_value::value_matches(&v, "yes");
        let said = !["no", "none", "nil", "n/a", "not"]
            .iter()
            .any(|n| super::field_value::value_matches(&v, n))
            && rule.exempt_words.is_match(&f.value);
        if yes || said {
            return Some((f.span, f.value.clone()));
        }
    }
    if let Some(found) = exempt_question(cx, rule) {
        return Some(found);
    }
    for &i in &cx.resolved.fields[status] {
        let f = &cx.doc.fields[i];
        let v = normalise(&f.value);
        // "Part I" is the open part; "Open report – Appendix B not for
        // publication" still marks part of the paper exempt.
        let rest = v
            .strip_prefix("part i ")
            .or_else(|| v.strip_prefix("part 1 "))
            .unwrap_or(if v == "part i" || v == "part 1" {
                ""
            } else {
                &v
            });
        if rule.exempt_words.is_match(rest) {
            return Some((f.span, f.value.clone()));
        }
    }
    // "Reason for inclusion in Part II, if appropriate: Appendix 2 …".
    if let Some(found) = reason_given(cx, rule) {
        return Some(found);
    }
    let titles = cx
        .doc
        .title
        .iter()
        .map(|t| (t.span, t.text.as_str(), false))
        .chain(
            cx.doc
                .sections
                .iter()
                .map(|s| (s.heading, s.title.as_str(), true)),
        );
    for (span, text, heading) in titles {
        // "Does the report contain exempt information?": a question, whose
        // answer (often "No") says whether the paper is exempt.
        if text.trim_end().ends_with('?') {
            continue;
        }
        let lower = text.to_lowercase();
        // (A title shorter than the words cannot hold them.)
        let long = lower.len() >= "exempt information".len();
        let said = |words: &str| lower.find(words).is_some_and(|at| !excluded(&lower[..at]));
        let marks = (long && (said("not for publication") || said("exempt information")))
            || lower.starts_with("part ii")
            || lower.starts_with("confidential");
        // A heading may be a cover's label over its answer: "Exempt
        // information" over "None" (pdftotext, one cell a line), or "Exempt
        // from the Press and Public" over "An exemption is sought for
        // Appendix 3 under Schedule 12A …". The answer decides.
        let opens_exempt = heading && opens_with(&rule.exempt_words, text);
        if !marks && !opens_exempt {
            continue;
        }
        if !heading {
            return Some((span, text.to_string()));
        }
        let value = value_under(cx.text, span);
        if answers_no(&value) {
            continue;
        }
        if marks || seeks_exemption(&value, rule) {
            return Some((span, text.to_string()));
        }
    }
    banner(cx, rule).or_else(|| exempt_appendix(cx, rule))
}

/// A front-sheet question about exemption answered yes: a field whose
/// label is a question holding one of the exempt words and whose value is
/// "Yes" ("Is this report restricted for confidential business?" over a
/// grid whose Yes is ticked; "Is the report exempt? Yes"). A question
/// about an exemption from call-in ("Is the decision exempt from
/// call-in?") asks nothing of the paper's publication.
fn exempt_question(cx: &Context<'_>, rule: &ExemptReason) -> Option<(Span, String)> {
    cx.doc
        .fields
        .iter()
        .find(|f| {
            let key = f.key.to_lowercase();
            key.trim_end().ends_with('?')
                && !key.contains("call-in")
                && !key.contains("call in")
                && rule.exempt_words.is_match(&f.key)
                && super::field_value::value_matches(&normalise(&f.value), "yes")
        })
        .map(|f| (f.span, format!("{} {}", f.key.trim(), f.value.trim())))
}

/// Whether the words of a title that come after `before` (lower case)
/// stand in a clause that leaves them out: a bracket or a clause that
/// opens with "not", "excluding", "except", "other than" or "without"
/// before them ("List of background papers … (not including published
/// documents or confidential or exempt information)", Nottingham's fixed
/// heading). Such a title says what the section holds no part of, not
/// that the paper is exempt.
fn excluded(before: &str) -> bool {
    let clause = before
        .rsplit(['(', ',', ';', '–', '—'])
        .next()
        .unwrap_or(before);
    clause
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "not" | "excluding" | "except" | "other" | "without"))
}

/// Whether `pattern` matches at the start of `text`: an anchored search,
/// which gives up at the first byte that cannot start a match instead of
/// reading the whole line for a match further on.
fn opens_with(pattern: &Pattern, text: &str) -> bool {
    let input = regex_automata::Input::new(text).anchored(regex_automata::Anchored::Yes);
    pattern.search(&input).is_some()
}

/// The text under the heading at `heading`: its first block, from the
/// line after the heading to the next blank line (a paragraph, or a
/// cover's value on its own line), at most 400 bytes, plain.
fn value_under(text: &str, heading: Span) -> String {
    let rest = &text[heading.end.min(text.len())..];
    let rest = rest.find('\n').map_or("", |at| &rest[at + 1..]);
    let rest = rest.trim_start();
    let block = rest.find("\n\n").map_or(rest, |at| &rest[..at]);
    let mut end = block.len().min(400);
    while !block.is_char_boundary(end) {
        end -= 1;
    }
    let block = &block[..end];
    plain(block).trim().to_string()
}

/// Whether `value`, under a label that asks about exemption, answers no:
/// "None", "No", "Nil", "N/A", "Not applicable", "Not exempt".
fn answers_no(value: &str) -> bool {
    let v = normalise(value);
    ["no", "none", "nil", "n/a", "na", "not"]
        .iter()
        .any(|n| super::field_value::value_matches(&v, n))
}

/// Whether `value`, the text under a heading that opens with an exempt
/// word ("Exempt from the Press and Public"), says an exemption is made:
/// its first sentence holds an exempt word and names one of the schedules
/// ("An exemption is sought for Appendix 3 under Schedule 12A …"), and no
/// "no" or "not" (other than in "not for publication") denies it. A call-in
/// exemption, or a sentence that merely mentions the words, says nothing.
fn seeks_exemption(value: &str, rule: &ExemptReason) -> bool {
    let first = value.split(". ").next().unwrap_or("");
    let lower = first.to_lowercase().replace("not for publication", "");
    let denied = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "no" | "not" | "none" | "nor" | "neither"));
    !denied && rule.exempt_words.is_match(first) && names_schedule(first, &rule.schedules)
}

/// Whether `s` names one of the schedules ("Schedule 12A", "Sch. 12 A"),
/// with or without a paragraph.
fn names_schedule(s: &str, schedules: &[(String, String)]) -> bool {
    let lower = s.to_lowercase();
    lower.match_indices("sch").any(|(at, _)| {
        let word_start = !lower[..at].ends_with(|c: char| c.is_alphanumeric());
        let rest = &lower[at + 3..];
        let tail = rest.len() - rest.trim_start_matches(|c: char| c.is_alphabetic()).len();
        if !word_start || !matches!(&rest[..tail], "" | "edule" | "edules") {
            return false;
        }
        let after = rest[tail..].trim_start_matches('.').trim_start();
        schedules.iter().any(|(number, letters)| {
            after.strip_prefix(number.as_str()).is_some_and(|r| {
                let r = r.trim_start();
                r.get(..letters.len())
                    .is_some_and(|l| l.eq_ignore_ascii_case(letters))
                    && !r[letters.len()..].starts_with(|c: char| c.is_alphanumeric())
            })
        })
    })
}

/// An appendix the paper marks exempt where it lists or cites it: a list
/// entry ending in the marking in brackets ("Appendix C – Evaluation report
/// (confidential)", "Appendix C (exempt)"), or a citation followed by it
/// ("Appendix C is confidential and not for publication", "Appendix 2
/// (exempt)"). The words elsewhere near an appendix ("supported exempt
/// accommodation") mark nothing.
fn exempt_appendix(cx: &Context<'_>, rule: &ExemptReason) -> Option<(Span, String)> {
    let opens_with = |s: &str| rule.exempt_words.find(s).is_some_and(|m| m.start() == 0);
    let listed = cx.doc.appendices.iter().find_map(|d| {
        let entry = d.span.of(cx.text).trim_end();
        let marked = d.source == AppendixSource::List
            && entry
                .strip_suffix(')')
                .and_then(|e| e.rfind('(').map(|at| e[at + 1..].trim()))
                .is_some_and(opens_with);
        if marked {
            return Some((d.span, plain(entry)));
        }
        let title = d
            .title
            .as_deref()
            .filter(|_| d.source == AppendixSource::List)?;
        let marking = title_marking(title, rule)?;
        // The marking where the entry's words say it, which may be a line
        // or two below the label ("APPENDIX B:" / … / "EXEMPT – NOT FOR
        // PUBLICATION"); else the entry.
        let from = d.span.start;
        let mut to = cx.text.len().min(from + 600);
        while !cx.text.is_char_boundary(to) {
            to -= 1;
        }
        let near = &cx.text[from..to];
        let span = near
            .find(marking)
            .map_or(d.span, |at| Span::new(from + at, from + at + marking.len()));
        Some((span, title.to_string()))
    });
    // The first marking in the text.
    let earlier = |span: Span| listed.as_ref().is_none_or(|(l, _)| span.start < l.start);
    for r in &cx.doc.references {
        if !matches!(r.kind, ReferenceKind::Appendix | ReferenceKind::Annex) || !earlier(r.span) {
            continue;
        }
        let rest = &cx.text[r.span.end..];
        let rest = &rest[..rest.char_indices().nth(80).map_or(rest.len(), |(at, _)| at)];
        let rest = rest.trim_start();
        // "Appendix 2 (exempt)", "Appendix 2 is exempt", "Appendix 2,
        // which is in Part 2 of the agenda".
        let said = match rest.strip_prefix('(') {
            Some(inner) => inner.trim_start(),
            None => {
                let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
                let rest = past_this_report(rest);
                let rest = rest.strip_prefix("which ").unwrap_or(rest).trim_start();
                ["is ", "are ", "remains ", "will be "]
                    .iter()
                    .find_map(|verb| rest.strip_prefix(verb))
                    .map_or("", |said| said.strip_prefix("in ").unwrap_or(said))
            }
        };
        if let Some(m) = rule.exempt_words.find(said).filter(|m| m.start() == 0) {
            // `said` lies inside the text: its offset there, then the words' end.
            let at = said.as_ptr() as usize - cx.text.as_ptr() as usize;
            let span = Span::new(r.span.start, at + m.end());
            return Some((span, plain(span.of(cx.text))));
        }
    }
    listed
}

/// `rest` past the words that make an appendix this paper's, with the
/// white space after them: "Appendix 2 to this report is not for
/// publication" is said of the appendix as "Appendix 2 is …" is. Across a
/// line break too (`pdftotext` wraps anywhere).
fn past_this_report(rest: &str) -> &str {
    let mut words = rest.split_whitespace();
    let (Some(prep), Some(det), Some(noun)) = (words.next(), words.next(), words.next()) else {
        return rest;
    };
    let own = matches!(prep, "to" | "of")
        && matches!(det, "this" | "the")
        && matches!(noun, "report" | "paper");
    if !own {
        return rest;
    }
    // Past the third word, found from where the first two end.
    let at = rest.find(prep).unwrap_or(0) + prep.len();
    let at = at + rest[at..].find(det).unwrap_or(0) + det.len();
    let at = at + rest[at..].find(noun).unwrap_or(0) + noun.len();
    rest[at..].trim_start()
}

/// The exempt marking that ends an appendix's title after a dash, in
/// capitals: "TENDER EVALUATION AND PRICING – EXEMPT – NOT FOR
/// PUBLICATION" gives "EXEMPT – NOT FOR PUBLICATION". Each piece after
/// the dash is the exempt words and nothing else, and a title goes before
/// them: "Exempt accommodation review" or "Site plan – Private sector
/// leasing" mark nothing.
fn title_marking<'t>(title: &'t str, rule: &ExemptReason) -> Option<&'t str> {
    let dash = |c: char| matches!(c, '–' | '—');
    // The pieces between dashes, each with where it starts; the first is
    // the title.
    let pieces: Vec<(usize, &str)> = std::iter::once(0)
        .chain(title.match_indices(dash).map(|(at, d)| at + d.len()))
        .map(|at| (at, title[at..].split(dash).next().unwrap_or("")))
        .collect();
    let is_marking = |piece: &str| {
        let piece = piece.trim();
        !piece.is_empty()
            && !piece.chars().any(char::is_lowercase)
            && rule
                .exempt_words
                .find(piece)
                .is_some_and(|m| m.start() == 0 && m.end() == piece.len())
    };
    let first = pieces
        .iter()
        .rposition(|(_, p)| !is_marking(p))
        .map(|i| i + 1)?;
    let (at, _) = *pieces.get(first)?;
    (first > 0 && !pieces[0].1.trim().is_empty()).then(|| title[at..].trim())
}

/// Whether a table cell, read whole, cites a paragraph of one of the
/// schedules: a Pandoc grid table wraps a cell's text down its lines
/// (`publication: paragraph 3` / `of Part 1 of Schedule 12A`), with the
/// next cells' text and bars between its pieces in the text, so the cell's
/// lines are read joined (see [`reading_cells`]). Each cell is read on its
/// own: "paragraph 3" in one cell and "Schedule 12A" in the next cite
/// nothing.
fn cites_in_a_cell(cx: &Context<'_>, citation: &Pattern) -> bool {
    cx.doc.tables.iter().any(|table| {
        reading_cells(cx.text, table)
            .iter()
            .any(|c| citation.is_match(&c.text))
    })
}

impl Rule for ExemptReason {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let Some((span, said)) = exempt_marker(cx, self) else {
            return Vec::new();
        };
        if may_cite(cx.text, &self.schedules) {
            let citation = self
                .citation
                .get_or_init(|| fixed_scanner(&self.citation_source));
            if citation.is_match(cx.text) || cites_in_a_cell(cx, citation) {
                return Vec::new();
            }
        }
        vec![Finding::new(
            span,
            format!(
                "the paper is marked exempt but does not say which paragraph of Schedule {} applies",
                self.schedule
            ),
        )
        .subject("status")
        .label(format!("marked \"{said}\""))
        .help(
            "cite the exemption, e.g. \"exempt under paragraph 3 of Part 1 of Schedule 12A to the \
             Local Government Act 1972\"",
        )]
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    #[test]
    fn the_byte_search_lets_through_every_spelling_the_pattern_reads() {
        let (_, parts) = super::citation(&["12A".into(), "7A".into()]).unwrap();
        for cites in [
            "paragraph 3 of Schedule 12A",
            "Sch. 12 a para 3",
            "schedule 12\u{a0}A, paragraph 1",
            "paragraph 6 of Part 1 of Schedule 7A",
        ] {
            assert!(super::may_cite(cites, &parts), "{cites}");
        }
        for cites_none in [
            "paragraph 3 of Schedule 12",
            "Schedule 7, paragraph 2",
            "Part 1 of Schedule 12B",
        ] {
            assert!(!super::may_cite(cites_none, &parts), "{cites_none}");
        }
    }

    #[test]
    fn an_open_report_with_an_exempt_appendix_cites_schedule_12a() {
        let open = "Meeting: Cabinet\nStatus: Open report – Appendix B not for publication\n";
        assert_eq!(findings_of("exempt-reason", open).len(), 1);
        let cited = format!("{open}\nAppendix B is exempt under paragraph 3 of Schedule 12A.\n");
        assert!(findings_of("exempt-reason", &cited).is_empty());
        assert_eq!(
            findings_of("exempt-reason", "Exempt information: Yes – Appendix 2\n").len(),
            1
        );
        assert!(findings_of("exempt-reason", "Exempt information: None\n").is_empty());
        assert!(findings_of("exempt-reason", "Exempt information: Not exempt\n").is_empty());
        // Scotland's schedule is in the pack's list.
        let scottish = format!(
            "{open}\nAppendix B is exempt under paragraph 6 of Part 1 of Schedule 7A to the Local \
             Government (Scotland) Act 1973.\n"
        );
        assert!(findings_of("exempt-reason", &scottish).is_empty());
    }

    #[test]
    fn a_question_about_exemption_answered_yes_marks_the_paper_exempt() {
        let grid = "| | |\n|---|---|\n| **Report on** | Landfill lease |\n\n| | | |\n|---|---|---|\n\
                    | **Is this report restricted for confidential business?** | Yes | X |\n\
                    | | No | |\n\
                    | **If 'Yes', confirm below the exempt information category relied upon** | | |\n\n\
                    **1.0 Purpose of Report**\n\n1.1 Text.\n";
        let found = findings_of("exempt-reason", grid);
        assert_eq!(found.len(), 1);
        assert!(found[0]
            .span()
            .of(grid)
            .starts_with("| **Is this report restricted"));
        // The category given, or "No" ticked: nothing to ask.
        let cited = grid.replace("upon** | | |", "upon** | Paragraph 3 of Schedule 12A | |");
        assert!(findings_of("exempt-reason", &cited).is_empty());
        let open = grid
            .replace("| Yes | X |", "| Yes | |")
            .replace("| No | |", "| No | X |");
        assert!(findings_of("exempt-reason", &open).is_empty());
        // Near misses: a question of no exempt words, or about call-in.
        for other in [
            grid.replace(
                "restricted for confidential business",
                "this a key decision",
            ),
            grid.replace(
                "restricted for confidential business",
                "decision exempt from call-in",
            ),
        ] {
            assert!(findings_of("exempt-reason", &other).is_empty(), "{other}");
        }
    }

    #[test]
    fn an_appendix_marked_exempt_where_it_is_listed_or_cited() {
        let open = "Meeting: Cabinet\nStatus: Open, except Appendix C\n\n";
        let said = format!("{open}1. The prices are in Appendix C. Appendix C is confidential and not for publication.\n");
        let found = findings_of("exempt-reason", &said);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span().of(&said), "Appendix C is confidential");
        let listed = format!("{open}1. See Appendix C.\n\nAppendices\n\nAppendix B – Plan\nAppendix C – Evaluation report (exempt)\n");
        assert_eq!(findings_of("exempt-reason", &listed).len(), 1);
        let cited = format!("{said}\nAppendix C is exempt under paragraph 3 of Schedule 12A.\n");
        assert!(findings_of("exempt-reason", &cited).is_empty());
        // The words near an appendix but not said of it mark nothing.
        for open_paper in [
            format!("{open}1. Supported exempt accommodation is described in Appendix C.\n"),
            format!("{open}1. Appendix C is the private sector housing survey.\n\nAppendices\n\nAppendix C – Survey (2024)\n"),
        ] {
            assert!(
                findings_of("exempt-reason", &open_paper).is_empty(),
                "{open_paper}"
            );
        }
        for status in ["Open", "Unrestricted", "Part I", "Public"] {
            let text = format!("Meeting: Cabinet\nStatus: {status}\n");
            assert!(findings_of("exempt-reason", &text).is_empty(), "{status}");
        }
    }

    #[test]
    fn a_capitals_marking_after_a_dash_in_a_listed_title_marks_the_paper_exempt() {
        // The cover's cells column by column, B's title wrapped after a dash.
        let paper = "REPORT TO:\nAUTHORITY\nAPPENDICES:\nAPPENDIX A:\nAPPENDIX B:\n\
                     APPLIANCE SPECIFICATION SUMMARY\nTENDER EVALUATION AND PRICING \u{2013}\n\
                     EXEMPT \u{2013} NOT FOR PUBLICATION\nPurpose of Report\n1.\n\
                     To award the contract in Appendix A and Appendix B.\n";
        let found = findings_of("exempt-reason", paper);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].span().of(paper),
            "EXEMPT \u{2013} NOT FOR PUBLICATION"
        );
        // A title that merely holds the words marks nothing.
        for title in [
            "Exempt accommodation review",
            "Site plan \u{2013} Private sector leasing",
            "Site plan \u{2013} private",
        ] {
            let open = format!(
                "Meeting: Cabinet\n\n1. See Appendix A.\n\nAppendices\n\nAppendix A \u{2013} {title}\n"
            );
            assert!(findings_of("exempt-reason", &open).is_empty(), "{title}");
        }
    }

    #[test]
    fn an_appendix_said_to_be_in_part_2_marks_the_paper_exempt() {
        let paper = |said: &str| format!("Meeting: Cabinet\n\n1. Purpose\n\n1.1 {said}\n");
        for said in [
            "The prices are set out in Appendix 2, which is in Part 2 of the agenda.",
            "Appendix 2 is in Part 2.",
            "The bids are in Appendix 2, which is not for publication.",
            "Appendix 2 to this report is not for publication because it holds tender prices.",
            "Appendix 2 of the report\nis exempt.",
        ] {
            assert_eq!(
                findings_of("exempt-reason", &paper(said)).len(),
                1,
                "{said}"
            );
        }
        for open in [
            "Appendix 2 is in two parts.",
            "Appendix 2, which is attached, sets out Part 2 of the plan.",
            "Appendix 2 to this report is attached.",
            "Appendix 2 to the Strategy is not for publication by the Council.",
        ] {
            assert!(
                findings_of("exempt-reason", &paper(open)).is_empty(),
                "{open}"
            );
        }
    }

    #[test]
    fn a_filled_reason_for_inclusion_in_part_ii_marks_the_paper_exempt() {
        let paper = |field: &str| {
            format!(
                "Meeting: Resources Committee\n\n1. Purpose\n\n1.1 To award the contract.\n\n\
                 List of background papers\n\nPaper: Fleet Strategy\n\n{field}\n"
            )
        };
        let filled =
            "Reason for inclusion in Part II, if appropriate:     Appendix 2 contains the \
                      bid prices\nand scores, which are commercially sensitive.";
        let found = findings_of("exempt-reason", &paper(filled));
        assert_eq!(found.len(), 1);
        assert!(found[0]
            .span()
            .of(&paper(filled))
            .starts_with("Reason for inclusion in Part II"));
        // The answer after a wide gap (pdftotext -layout), or under the
        // label alone.
        for filled in [
            "Reason for inclusion in Part II, if appropriate      Commercially sensitive",
            "Reason for inclusion in Part II, if appropriate\nCommercially sensitive prices",
            "Reasons for exemption: not for publication",
        ] {
            assert_eq!(
                findings_of("exempt-reason", &paper(filled)).len(),
                1,
                "{filled}"
            );
        }
        // Cited, unanswered, or mentioned in a sentence: nothing.
        for open in [
            "Reason for inclusion in Part II, if appropriate: paragraph 3 of Part 1 of Schedule 12A",
            "Reason for inclusion in Part II, if appropriate\nN/A",
            "Reason for inclusion in Part II, if appropriate:",
            "Reason for exemption: Not applicable",
            "Reason for exemption: None",
            "Reason for inclusion in Part II was not given by the author of the earlier report.",
        ] {
            assert!(findings_of("exempt-reason", &paper(open)).is_empty(), "{open}");
        }
    }

    #[test]
    fn a_heading_that_leaves_exempt_information_out_marks_nothing() {
        let paper = |heading: &str| {
            format!("Meeting: Audit Committee\n\n# 1 Purpose\n\n1.1 To note.\n\n# {heading}\n\n15.1 None.\n")
        };
        for open in [
            "15 List of background papers relied upon in writing this report (not including \
             published documents or confidential or exempt information)",
            "15 Background papers, excluding exempt information",
        ] {
            assert!(
                findings_of("exempt-reason", &paper(open)).is_empty(),
                "{open}"
            );
        }
        for marked in [
            "15 Exempt information",
            "15 Financial details (exempt information)",
        ] {
            assert_eq!(
                findings_of("exempt-reason", &paper(marked)).len(),
                1,
                "{marked}"
            );
        }
    }

    #[test]
    fn a_capitals_banner_on_the_front_sheet_marks_the_paper_exempt() {
        let paper = |banner: &str| {
            format!(
                "Meeting: Cabinet\nDate: 6 February 2025\n\n{banner}\n\n## 1. Purpose\n\n1.1 To agree.\n"
            )
        };
        let found = findings_of(
            "exempt-reason",
            &paper(
                "NOT FOR PUBLICATION – this report contains\ncommercially sensitive information.",
            ),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "the paper is marked exempt but does not say which paragraph of Schedule 12A applies"
        );
        assert_eq!(
            findings_of("exempt-reason", &paper("CONFIDENTIAL")).len(),
            1
        );
        // No banner: a sentence, a heading-less open banner, a negation.
        for said in [
            "Not for publication in the press before the meeting.",
            "PUBLIC REPORT – NOT EXEMPT",
            "OPEN REPORT",
            "This report is not exempt.",
        ] {
            assert!(
                findings_of("exempt-reason", &paper(said)).is_empty(),
                "{said}"
            );
        }
        // The same capitals in the body, under a heading, are no banner.
        let body = "Meeting: Cabinet\n\n## 1. Purpose\n\nNOT FOR PUBLICATION – the figures.\n";
        assert!(findings_of("exempt-reason", body).is_empty());
    }

    #[test]
    fn a_heading_set_as_a_label_is_judged_by_its_answer() {
        let cover = |label: &str, answer: &str| {
            format!(
                "Cabinet\n\n25 February 2026\n\nWards affected\n\nAll wards\n\n{label}\n\n{answer}\n\n\
                 Strategic Plan Priority\n\n3. Homes\n\n1 PURPOSE\n\n1.1 Text.\n"
            )
        };
        // pdftotext's cover table, one cell a line: "Exempt information"
        // over "None" leaves the paper open; over "Yes" marks it exempt.
        for none in ["None", "No", "N/A", "Not applicable"] {
            let text = cover("Exempt information", none);
            assert!(findings_of("exempt-reason", &text).is_empty(), "{none}");
        }
        assert_eq!(
            findings_of("exempt-reason", &cover("Exempt information", "Yes")).len(),
            1
        );
        // A heading over a sentence seeking an exemption under Schedule 12A
        // with no paragraph marks the paper exempt.
        let sought = "An exemption is sought for Appendix 3 under Schedule 12A of the Local \
                      Government Act 1972, as it contains commercially sensitive information.";
        let text = cover("**Exempt from the Press and Public**", sought);
        let found = findings_of("exempt-reason", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].span().of(&text),
            "**Exempt from the Press and Public**"
        );
        let cited = sought.replace("Schedule 12A", "paragraph 3 of Schedule 12A");
        assert!(findings_of(
            "exempt-reason",
            &cover("Exempt from the Press and Public", &cited)
        )
        .is_empty());
        // An exemption from call-in, a denial, or prose that names no
        // schedule marks nothing.
        for (label, answer) in [
            ("Exempt from call-in", "Yes"),
            (
                "Exemption from call in",
                "The decision is exempt from call-in as it is urgent.",
            ),
            (
                "Exempt from the Press and Public",
                "No exemption is sought under Schedule 12A.",
            ),
            (
                "Exempt from the Press and Public",
                "The report is exempt from nothing.",
            ),
        ] {
            let text = cover(label, answer);
            assert!(
                findings_of("exempt-reason", &text).is_empty(),
                "{label} / {answer}"
            );
        }
    }

    #[test]
    fn a_schedule_is_named_as_a_word() {
        let (_, parts) = super::citation(&["12A".into(), "7A".into()]).unwrap();
        for named in ["under Schedule 12A of the Act", "Sch. 12 A", "schedule 7a"] {
            assert!(super::names_schedule(named, &parts), "{named}");
        }
        for none in ["Scheme 12A", "Schedule 12", "Schedule 12AB", "Schedule 14"] {
            assert!(!super::names_schedule(none, &parts), "{none}");
        }
    }

    #[test]
    fn a_council_adds_its_own_schedule_and_a_bad_name_is_refused() {
        let findings = |toml: &str, text: &str| {
            crate::rules::findings_with_config("exempt-reason", toml, text).len()
        };
        let pack = "extends = [\"council-report\"]\n[rules.exempt-reason]\n";
        let text =
            "Meeting: Cabinet\nStatus: Exempt\n\n1.1 Exempt under paragraph 2 of Schedule 9C.\n";
        assert_eq!(findings(pack, text), 1);
        assert_eq!(
            findings(&format!("{pack}extend-schedules = [\"9C\"]\n"), text),
            0
        );
        let bad = crate::config::Config::from_text(
            "paperlint.toml".into(),
            &format!("{pack}schedules = [\"x\"]\n"),
            None,
        )
        .and_then(|c| c.rule_set(std::path::Path::new("paper.md")).map(|_| ()));
        assert!(format!("{:?}", bad.err()).contains("is not a schedule's name"));
    }

    /// A front sheet laid out as a Pandoc grid table whose last row's
    /// second and third cells are `second` and `third`, each a list of the
    /// cell's lines, and Appendix C listed as exempt under it.
    fn grid_front_sheet(second: &[&str], third: &[&str]) -> String {
        let border = format!(
            "+{}+{}+{}+\n",
            "-".repeat(22),
            "-".repeat(26),
            "-".repeat(28)
        );
        let mut paper = border.clone();
        paper.push_str(&format!("| {:<20} | {:<51} |\n", "**Meeting**", "Cabinet"));
        paper.push_str(&border);
        for k in 0..second.len().max(third.len()) {
            let label = if k == 0 { "**Classification**" } else { "" };
            let (b, c) = (
                second.get(k).copied().unwrap_or(""),
                third.get(k).copied().unwrap_or(""),
            );
            paper.push_str(&format!("| {label:<20} | {b:<24} | {c:<26} |\n"));
        }
        paper.push_str(&border);
        paper.push_str(
            "\n# 1. Summary\n\n1.1 The model is at Appendix C.\n\n# 2. Appendices\n\n\
             Appendix B -- Plan\n\nAppendix C -- Financial model (exempt)\n",
        );
        paper
    }

    #[test]
    fn a_citation_wrapped_down_a_grid_tables_cell_is_read_whole() {
        let cited = grid_front_sheet(
            &["Part exempt"],
            &[
                "Appendix C is not for",
                "publication: paragraph 3",
                "of Part 1 of Schedule 12A",
                "to the Local Government",
                "Act 1972",
            ],
        );
        assert!(findings_of("exempt-reason", &cited).is_empty(), "{cited}");
        // "paragraph 3" in one cell and "Schedule 12A" in the next, lines
        // apart, cite nothing.
        let apart = grid_front_sheet(
            &["Part exempt: see", "paragraph 3 of the plan", "", ""],
            &[
                "Appendix C is not for",
                "publication under the",
                "Local Government Act",
                "1972, Schedule 12A",
            ],
        );
        assert_eq!(findings_of("exempt-reason", &apart).len(), 1, "{apart}");
    }
}
