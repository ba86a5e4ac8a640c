//! Front-sheet fields run in: each label and its value on one line with no
//! colon between them, in one of three shapes.
//!
//! ```text
//! run_in_sheet = run_in_field (blank{0,2} run_in_field)*   -- every field of one shape
//! run_in_field = bold_dash | dot_leader | capitals
//! bold_dash    = bold_label ws dash ws value (NL value_line){0,3}
//!                -- **Date of meeting** -- Thursday, 14 October 2027
//!                (dash: `--` or `---`, as Pandoc writes an en or em dash, an en
//!                dash, an em dash or a hyphen; the value runs to its paragraph's
//!                end, and a paragraph longer than a value is no field)
//! dot_leader   = label ws* dots ws* value (NL indented value_line){0,3}
//!                -- Date of meeting .............. Tuesday 9 November 2027
//!                (dots: three full stops or more, or an ellipsis; a value's
//!                further lines indented past the label; a page number alone is
//!                no value, as a table of contents gives it)
//! capitals     = CAPITALS_LABEL ws value (NL value_line){0,3}
//!                -- MEETING DATE Thursday 18 November 2027 / REPORT REFERENCE HTC/31/27-28
//!                (the label the words in capitals opening the line, up to the
//!                first with a lower-case letter or a digit in it, or the longest
//!                of the pack's labels of two words or more opening them; over a
//!                value in capitals too, the longest of the pack's labels opening
//!                the line; a value runs to the next label, the last one only
//!                over lines that carry it on: in lower case, or under a line
//!                ending open)
//! ```
//!
//! No one line of these shapes is evidence of a field: a bold label and a
//! dash open an option ("**Do nothing** -- the service would close"), dot
//! leaders a table of contents, words in capitals a heading run into its
//! text. A run is read only where it holds at least [`MIN_RUN`] fields,
//! at least [`MIN_PACK_LABELS`] of its labels are the pack's, and one of
//! them names the meeting or its date; the other labels are read as
//! written. A run of capitals labels opens on a line that is not wholly in
//! capitals (`COMMITTEE REPORT` over the fields is a title line).

use super::*;
use crate::parse::inline::offset_in;

/// The fewest fields a run of run-in fields holds.
const MIN_RUN: usize = 3;
/// The fewest of the pack's labels a run of run-in fields holds.
const MIN_PACK_LABELS: usize = 2;
/// The least number of full stops that make a dot leader.
const DOT_LEADER: &str = "...";
/// The dashes that part a bold label from its value, longest first.
const RUN_IN_DASHES: [&str; 5] = ["---", "--", "—", "–", "-"];

/// How a run-in field parts its label from its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `**Label** -- value`.
    BoldDash,
    /// `Label ........ value`.
    Dots,
    /// `LABEL IN CAPITALS value`.
    Capitals,
}

/// A run-in label and its value on one line: byte offsets into the line's
/// content (see [`content_of`]).
#[derive(Debug, Clone, Copy)]
struct RunIn {
    shape: Shape,
    /// The label, without its bold markers.
    key: (usize, usize),
    /// Where the value starts; it runs to the end of the content.
    value: usize,
    /// Whether the line is wholly in capitals, the label read as the
    /// longest of the pack's labels opening it.
    all_capitals: bool,
}

/// Whether `key` is one of the labels the parser knows: the pack's field
/// labels, or one naming the meeting or its date.
fn known_label(key: &str, v: &Vocabulary) -> bool {
    key_in(key, &v.field_keys) || key_in(key, &v.meeting_keys) || key_in(key, &v.date_keys)
}

/// `content` read as `**Label** -- value` (see the module docs).
fn bold_dash(content: &str) -> Option<RunIn> {
    let stars = content.len() - content.trim_start_matches('*').len();
    if stars == 0 {
        return None;
    }
    let inner = &content[stars..];
    let close = inner.find('*')?;
    let after = &inner[close..];
    let closing = after.len() - after.trim_start_matches('*').len();
    let rest = &after[closing..];
    let t = rest.trim_start();
    if closing != stars || t.len() == rest.len() {
        return None;
    }
    let dash = RUN_IN_DASHES.iter().find(|d| t.starts_with(**d))?;
    let after_dash = &t[dash.len()..];
    let value = after_dash.trim_start();
    if value.is_empty() || value.len() == after_dash.len() {
        return None;
    }
    let key = inner[..close].trim();
    if key.ends_with(':') || !field::is_key(&plain(key)) {
        return None;
    }
    let key_at = stars + (inner[..close].len() - inner[..close].trim_start().len());
    Some(RunIn {
        shape: Shape::BoldDash,
        key: (key_at, key_at + key.len()),
        value: content.len() - value.len(),
        all_capitals: false,
    })
}

/// `content` read as `Label ........ value` (see the module docs).
fn dot_leader(content: &str) -> Option<RunIn> {
    let at = [content.find(DOT_LEADER), content.find('…')]
        .into_iter()
        .flatten()
        .min()?;
    let key = content[..at].trim_end();
    let value = content[at..].trim_start_matches(['.', '…', ' ', '\t', '\u{a0}']);
    if key.is_empty()
        || value.is_empty()
        || value.chars().all(|c| c.is_ascii_digit())
        || field::has_colon(key)
        || !field::is_key(&plain(key))
    {
        return None;
    }
    Some(RunIn {
        shape: Shape::Dots,
        key: (0, key.len()),
        value: content.len() - value.len(),
        all_capitals: false,
    })
}

/// Whether `word` is a word of a label in capitals: a letter at least,
/// none in lower case, no digit (`WARD(S)`, `S151`'s digits end a label).
fn capitals_word(word: &str) -> bool {
    word.chars().any(char::is_alphabetic)
        && word.chars().all(|c| {
            (c.is_alphabetic() && !c.is_lowercase())
                || matches!(c, '&' | '/' | '(' | ')' | '\'' | '’' | '-')
        })
}

/// `content` read as `LABEL IN CAPITALS value` (see the module docs).
fn capitals_label(content: &str, v: &Vocabulary) -> Option<RunIn> {
    // Each word and where it starts.
    let words: Vec<(usize, &str)> = content
        .split_whitespace()
        .map(|w| (offset_in(content, w), w))
        .collect();
    let n = words.iter().take_while(|(_, w)| capitals_word(w)).count();
    // "REPORT TO:" / "AUTHORITY": a label with its colon, which the
    // one-line reader reads.
    if words[..(n + 1).min(words.len())]
        .iter()
        .any(|(_, w)| field::has_colon(w))
    {
        return None;
    }
    let label = |m: usize| {
        let (at, w) = words[m - 1];
        &content[..at + w.len()]
    };
    // The longest of the pack's labels opening the capitals, of `min`
    // words or more, with a word after it.
    let longest_known = |min: usize| {
        (min..n.min(words.len() - 1) + 1)
            .rev()
            .find(|&m| known_label(label(m), v))
    };
    let all_capitals = n == words.len();
    let m = if n == 0 {
        return None;
    } else if all_capitals {
        longest_known(1)?
    } else if known_label(label(n), v) {
        n
    } else {
        longest_known(2).unwrap_or(n)
    };
    let key = label(m);
    if !crate::parse::inline::is_capitals(key) || !field::is_key(key) {
        return None;
    }
    Some(RunIn {
        shape: Shape::Capitals,
        key: (0, key.len()),
        value: words[m].0,
        all_capitals,
    })
}

/// Line `k` read as a run-in field of any shape.
fn run_in_at(lines: &[Line<'_>], kinds: &[LineKind], k: usize, v: &Vocabulary) -> Option<RunIn> {
    if !matches!(kinds.get(k), Some(LineKind::Text)) {
        return None;
    }
    let content = content_of(&lines[k]).0;
    bold_dash(content)
        .or_else(|| dot_leader(content))
        .or_else(|| capitals_label(content, v))
}

/// Line `k` read as a run-in field of shape `shape`.
fn run_in_of(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    k: usize,
    shape: Shape,
    v: &Vocabulary,
) -> Option<RunIn> {
    run_in_at(lines, kinds, k, v).filter(|r| r.shape == shape)
}

/// Whether line `k` may carry a run-in value on: a line of text, short,
/// no heading standing alone and no run-in field of `shape`.
fn carries_value(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    k: usize,
    shape: Shape,
    v: &Vocabulary,
) -> bool {
    k < lines.len()
        && matches!(kinds[k], LineKind::Text)
        && word_count(content_of(&lines[k]).0) <= 24
        && !section_title_alone(lines, kinds, k, v)
        && run_in_of(lines, kinds, k, shape, v).is_none()
}

/// The line after the value of run-in field `r` on line `k` (see the
/// module docs for how far each shape's value runs), or `None` where the
/// field's paragraph runs on past a value's length.
fn value_end(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    k: usize,
    r: &RunIn,
    v: &Vocabulary,
) -> Option<usize> {
    let mut end = k + 1;
    let carries = |m: usize| carries_value(lines, kinds, m, r.shape, v);
    match r.shape {
        Shape::BoldDash => {
            while carries(end) && end - k < MAX_VALUE_LINES {
                end += 1;
            }
            // A paragraph running on is prose.
            (!carries(end)).then_some(end)
        }
        Shape::Dots => {
            while carries(end) && end - k < MAX_VALUE_LINES && lines[end].indent > lines[k].indent {
                end += 1;
            }
            Some(end)
        }
        Shape::Capitals => {
            while carries(end) && end - k < MAX_VALUE_LINES {
                end += 1;
            }
            if run_in_of(lines, kinds, end, r.shape, v).is_some() {
                return Some(end);
            }
            // The last value: only the lines that carry it on.
            let mut last = k + 1;
            while last < end {
                let line = plain(content_of(&lines[last]).0);
                let above = plain(content_of(&lines[last - 1]).0);
                if !(line.starts_with(char::is_lowercase) || ends_open(&above)) {
                    break;
                }
                last += 1;
            }
            Some(last)
        }
    }
}

/// The field of run-in line `k` (read as `r`), its value running to the
/// end of line `end - 1`.
fn run_in_field(text: &str, lines: &[Line<'_>], k: usize, end: usize, r: &RunIn) -> Field {
    let (content, base) = content_of(&lines[k]);
    let key = &content[r.key.0..r.key.1];
    let value_start = base + r.value;
    let value_end = content_of(&lines[end - 1]).1 + content_of(&lines[end - 1]).0.len();
    let value_span = Span::new(value_start, value_end.max(value_start));
    let field = Field {
        key: plain(key),
        key_span: Span::new(base + r.key.0, base + r.key.1),
        value: String::new(),
        value_span,
        span: Span::new(base, value_span.end),
    };
    with_value(field, value_span, text)
}

/// A front sheet of run-in fields from line `i` (see the module docs):
/// each field, the line it starts on and the line after its value.
pub(super) fn run_in_fields(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<Vec<(usize, usize, Field)>> {
    let first = run_in_at(lines, kinds, i, v).filter(|r| !r.all_capitals)?;
    let mut out = Vec::new();
    let mut k = i;
    while let Some(r) = run_in_of(lines, kinds, k, first.shape, v) {
        let Some(end) = value_end(lines, kinds, k, &r, v) else {
            break;
        };
        out.push((k, end, run_in_field(text, lines, k, end, &r)));
        // The next field, after up to two blank lines.
        k = end;
        let mut blanks = 0;
        while k < lines.len() && is_blank(kinds, k) && blanks < MAX_BLANKS_BEFORE_VALUE {
            k += 1;
            blanks += 1;
        }
    }
    let pack = out
        .iter()
        .filter(|(_, _, f)| key_in(&f.key, &v.field_keys))
        .count();
    let names_meeting = out
        .iter()
        .any(|(_, _, f)| key_in(&f.key, &v.meeting_keys) || key_in(&f.key, &v.date_keys));
    (out.len() >= MIN_RUN && pack >= MIN_PACK_LABELS && names_meeting).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{pair, pairs, with_field_keys as vocab};
    use crate::parse::parse_with;

    const KEYS: &[&str] = &[
        "date of meeting",
        "meeting date",
        "report title",
        "report of",
        "report by",
        "subject",
        "contact officer",
        "contact",
        "wards affected",
        "ward",
        "key decision",
        "exempt information",
        "classification",
        "report author",
        "report",
    ];

    #[test]
    fn bold_labels_run_into_their_values_after_a_dash() {
        let text = "**CWM ARAN COUNTY BOROUGH COUNCIL**\n\n**DEMOCRATIC SERVICES COMMITTEE**\n\n**Date of meeting** -- Thursday, 14 October 2027\n\n**Report title** -- Annual report of the Head of Democratic Services\n2026/27 and review of resources\n\n**Report of** -- Head of Democratic Services\n\n**Contact officer** -- Jo Bloggs, Democratic Services\nManager, 01632 960 482, jo.bloggs@example.gov.uk\n\n**Exempt information** -- No\n\n[**1. Purpose of the Report**]{.underline}\n\n1.1 To present the annual report.\n";
        let doc = parse_with(text, &vocab(KEYS));
        assert_eq!(
            pairs(&doc),
            [
                pair("Date of meeting", "Thursday, 14 October 2027"),
                pair(
                    "Report title",
                    "Annual report of the Head of Democratic Services 2026/27 and review of resources"
                ),
                pair("Report of", "Head of Democratic Services"),
                pair(
                    "Contact officer",
                    "Jo Bloggs, Democratic Services Manager, 01632 960 482, jo.bloggs@example.gov.uk"
                ),
                pair("Exempt information", "No"),
            ]
        );
        assert_eq!(doc.fields[0].key_span.of(text), "Date of meeting");
        assert_eq!(
            doc.fields[0].value_span.of(text),
            "Thursday, 14 October 2027"
        );
        assert!(doc.sections.iter().all(|s| !s.title.contains("Exempt")));
    }

    #[test]
    fn bold_options_run_into_their_text_are_no_fields() {
        // Near miss: three bold labels and dashes, none the pack's.
        let text = "**Cabinet**\n\n**Do nothing** -- the service would close in March\n\n**Reduce hours** -- the service would open three days a week\n\n**Transfer** -- a community group would run it\n\n## 1. Purpose\n\nTo decide.\n";
        let doc = parse_with(text, &vocab(KEYS));
        assert!(doc.fields.is_empty(), "{:?}", doc.fields);
    }

    #[test]
    fn labels_with_dot_leaders() {
        let text = "                       COMMON GOOD SUB-COMMITTEE\n\n\n     Date of meeting .............. Tuesday 9 November 2027\n\n     Report by .................... Executive Director of Corporate Resources\n\n     Subject ...................... Kinloch Park: proposed lease of the former\n                                    bowling green\n\n     Contact ...................... Jo Bloggs, Estates Surveyor\n                                    01632 960 741   jo.bloggs@example.gov.uk\n\n     Ward ......................... Ward 4 – Ardlan\n\n\n     1.    PURPOSE OF REPORT\n\n     1.1   This report asks the Sub-Committee to agree a lease.\n";
        let doc = parse_with(text, &vocab(KEYS));
        assert_eq!(
            pairs(&doc),
            [
                pair("Date of meeting", "Tuesday 9 November 2027"),
                pair("Report by", "Executive Director of Corporate Resources"),
                pair(
                    "Subject",
                    "Kinloch Park: proposed lease of the former bowling green"
                ),
                pair(
                    "Contact",
                    "Jo Bloggs, Estates Surveyor 01632 960 741 jo.bloggs@example.gov.uk"
                ),
                pair("Ward", "Ward 4 – Ardlan"),
            ]
        );
    }

    #[test]
    fn a_table_of_contents_is_no_front_sheet() {
        // Near miss: dot leaders before page numbers.
        let text = "Contents\n\nDate of meeting ........ 2\nReport title ........... 3\nWards affected ......... 4\n\n1. Introduction\n\n1.1 Text.\n";
        let doc = parse_with(text, &vocab(KEYS));
        assert!(doc.fields.is_empty(), "{:?}", doc.fields);
    }

    #[test]
    fn capitals_labels_run_into_their_values() {
        let text = "OPEN\nWEAVERDALE COUNCIL\nHIGHWAYS AND TRANSPORT COMMITTEE\nMEETING DATE Thursday 18 November 2027\nREPORT TITLE Local Cycling and Walking Infrastructure Plan and active\ntravel capital programme 2028/29\nREPORT OF Executive Director of Place\nREPORT AUTHOR Jo Bloggs, Active Travel Manager, 01632 960 533,\njo.bloggs@example.gov.uk\nWARDS AFFECTED ALL WARDS\nKEY DECISION Yes\nREPORT REFERENCE HTC/31/27-28\n\n1. Purpose of Report\n1.1 This report asks the Committee to adopt the plan.\n";
        let doc = parse_with(text, &vocab(KEYS));
        assert_eq!(
            pairs(&doc),
            [
                pair("MEETING DATE", "Thursday 18 November 2027"),
                pair(
                    "REPORT TITLE",
                    "Local Cycling and Walking Infrastructure Plan and active travel capital programme 2028/29"
                ),
                pair("REPORT OF", "Executive Director of Place"),
                pair(
                    "REPORT AUTHOR",
                    "Jo Bloggs, Active Travel Manager, 01632 960 533, jo.bloggs@example.gov.uk"
                ),
                pair("WARDS AFFECTED", "ALL WARDS"),
                pair("KEY DECISION", "Yes"),
                pair("REPORT REFERENCE", "HTC/31/27-28"),
            ]
        );
    }

    #[test]
    fn prose_opening_in_capitals_is_no_front_sheet() {
        // Near miss: lines opening in capitals, but no date or meeting
        // label among them.
        let text = "NOTE This report is for information.\nREPORT OF Executive Director of Place\nKEY DECISION No\nPLEASE READ the guidance first.\n\n1. Purpose\n1.1 Text.\n";
        let doc = parse_with(text, &vocab(KEYS));
        assert!(
            doc.fields.iter().all(|f| f.key != "KEY DECISION"),
            "{:?}",
            doc.fields
        );
        // Near miss: labels in capitals with their colons, each over its
        // value, are no labels run into values.
        let text = "WYVERN FIRE AUTHORITY\nREPORT TO:\nAUTHORITY\nMEETING DATE:\n27 MAY 2027\nREPORT OF:\nCHIEF FIRE OFFICER\nREPORT AUTHOR:\nJO BLOGGS, FLEET MANAGER\n\n1. Purpose\n1.1 Text.\n";
        let doc = parse_with(text, &vocab(KEYS));
        assert!(
            doc.fields.iter().all(|f| f.key != "REPORT"),
            "{:?}",
            doc.fields
        );
    }
}
