//! # tracked-changes
//!
//! ## What it checks
//! A Word draft (`.docx`) with tracked changes that nobody has accepted or
//! rejected: insertions, deletions, moves and formatting changes. paperlint
//! reads the draft as if every change were accepted; this rule says where
//! changes are still pending, once for each paragraph that has some. The
//! same in a draft Pandoc converted to Markdown with the changes showing
//! (`--track-changes=all`), where they are spans of Pandoc's classes
//! `.insertion`, `.deletion` and `.paragraph-insertion`:
//! `[£6.4 million]{.deletion author="…"}[£6.9 million]{.insertion …}`
//! (any other span, `[text]{.underline}`, is only formatting).
//!
//! ## Why it matters
//! A paper must not go to publication with unresolved revisions. Published
//! with the markup showing, it shows members and the public the drafting
//! history (a figure changed, a sentence struck out); converted to PDF with
//! the markup hidden, it may not say what the author thinks it says.
//!
//! ## Configuration
//! No parameters.
//!
//! ## Example
//! ```text
//! 4.1 The new rents raise [deleted: £12,000] [inserted: £14,500] a year.
//! ```
//! is reported as "tracked changes not yet accepted or rejected: inserted
//! “£14,500”, deleted “£12,000” (by Sam Finance)".

use crate::document::Span;
use crate::parse::pandoc_marks::{marks, Mark, MarkKind};
use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::source::docx::{Revision, RevisionKind};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "tracked-changes",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("tracked_changes.rs"),
    compile: compile::<TrackedChanges>,
};

struct TrackedChanges;

impl Configure for TrackedChanges {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(TrackedChanges)
    }
}

/// At most this many characters of changed text are quoted.
const QUOTE: usize = 40;

fn quote(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > QUOTE {
        let cut: String = text.chars().take(QUOTE).collect();
        format!("\u{201c}{}…\u{201d}", cut.trim_end())
    } else {
        format!("\u{201c}{text}\u{201d}")
    }
}

fn describe(r: &Revision, text: &str) -> String {
    match r.kind {
        RevisionKind::Insertion | RevisionKind::MoveTo => {
            let what = if r.kind == RevisionKind::Insertion {
                "inserted"
            } else {
                "moved here"
            };
            let inserted = text.get(r.span.start..r.span.end).unwrap_or("").trim();
            if inserted.is_empty() {
                format!("{what} a paragraph break")
            } else {
                format!("{what} {}", quote(inserted))
            }
        }
        RevisionKind::Deletion | RevisionKind::MoveFrom => {
            let what = if r.kind == RevisionKind::Deletion {
                "deleted"
            } else {
                "moved away"
            };
            if r.deleted.trim().is_empty() {
                format!("{what} a paragraph break")
            } else {
                format!("{what} {}", quote(&r.deleted))
            }
        }
        RevisionKind::Formatting => "changed formatting".to_string(),
    }
}

/// The word a deletion at `at` followed on its line (`Moorcroft` in
/// "agreed by Moorcroft|."), else the word after it ("|Fees rise"): a span
/// an officer can see; `at` itself when its line has no word.
fn word_beside(text: &str, at: usize) -> Span {
    let at = at.min(text.len());
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let before = text[line_start..at].trim_end();
    if let Some(word) = before.split_whitespace().next_back() {
        let end = line_start + before.len();
        return Span::new(end - word.len(), end);
    }
    let after = &text[at..line_end];
    let lead = after.len() - after.trim_start().len();
    match after.split_whitespace().next() {
        Some(word) => Span::new(at + lead, at + lead + word.len()),
        None => Span::new(at, at),
    }
}

/// What a Pandoc review mark did, as [`describe`] says it of a Word
/// revision.
fn describe_mark(m: &Mark, text: &str) -> String {
    let inner = m.inner.of(text).trim();
    match m.kind {
        MarkKind::ParagraphInsertion => "inserted a paragraph break".to_string(),
        MarkKind::Insertion if inner.is_empty() => "inserted a paragraph break".to_string(),
        MarkKind::Deletion if inner.is_empty() => "deleted a paragraph break".to_string(),
        MarkKind::Insertion => format!("inserted {}", quote(&crate::parse::inline::plain(inner))),
        _ => format!("deleted {}", quote(&crate::parse::inline::plain(inner))),
    }
}

/// The finding for one paragraph's tracked changes at `span`: each change
/// described once, in order, and the authors who made them.
fn changes_finding<'a>(
    span: Span,
    descriptions: impl Iterator<Item = String>,
    authors: impl Iterator<Item = &'a str>,
    help: &str,
) -> Finding {
    let mut what: Vec<String> = Vec::new();
    for d in descriptions {
        if !what.contains(&d) {
            what.push(d);
        }
    }
    let mut by: Vec<&str> = Vec::new();
    for a in authors {
        if !by.contains(&a) {
            by.push(a);
        }
    }
    let by = if by.is_empty() {
        String::new()
    } else {
        format!(" (by {})", by.join(", "))
    };
    Finding::new(
        span,
        format!(
            "tracked changes not yet accepted or rejected: {}{by}",
            what.join(", ")
        ),
    )
    .label("tracked change")
    .help(help)
}

/// Tracked changes in a draft Pandoc exported to Markdown with them
/// showing (`--track-changes=all`): one finding per line, as a Word
/// paragraph is one line in Pandoc's Markdown; a mark that starts on the
/// line where the one before it ends (its attributes wrapped) is on that
/// mark's line.
fn pandoc_changes(text: &str) -> Vec<Finding> {
    let marks = marks(text);
    let changes = marks.iter().filter(|m| {
        matches!(
            m.kind,
            MarkKind::Insertion | MarkKind::Deletion | MarkKind::ParagraphInsertion
        )
    });
    let line_of = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    // Each group keyed by the line its last mark ends on.
    let mut groups: Vec<(usize, Vec<&Mark>)> = Vec::new();
    for m in changes {
        let end_line = line_of(m.whole.end);
        match groups.last_mut() {
            Some((l, list)) if *l == line_of(m.whole.start) => {
                list.push(m);
                *l = end_line;
            }
            _ => groups.push((end_line, vec![m])),
        }
    }
    groups
        .into_iter()
        .map(|(_, list)| {
            let span = list
                .iter()
                .map(|m| m.whole)
                .reduce(Span::cover)
                .unwrap_or_default();
            changes_finding(
                span,
                list.iter().map(|m| describe_mark(m, text)),
                list.iter().filter_map(|m| m.author.as_deref()),
                "accept or reject the changes in the Word draft (Review > Accept or Reject), \
                 then convert it again",
            )
        })
        .collect()
}

impl Rule for TrackedChanges {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let Some(info) = cx.docx else {
            return pandoc_changes(cx.text);
        };
        // One finding per Word paragraph: a draft may carry hundreds.
        let mut groups: Vec<(usize, Vec<&Revision>)> = Vec::new();
        for r in &info.revisions {
            let key = info.locate(r.span.start).map_or(usize::MAX, |p| p.start);
            match groups.last_mut() {
                Some((k, list)) if *k == key => list.push(r),
                _ => groups.push((key, vec![r])),
            }
        }
        groups
            .into_iter()
            .map(|(_, list)| {
                let span = list
                    .iter()
                    .map(|r| r.span)
                    .reduce(Span::cover)
                    .unwrap_or_default();
                // Only marks at a point (deletions, formatting changes):
                // point at the word beside it.
                let span = if span.start == span.end {
                    word_beside(cx.text, span.start)
                } else {
                    span
                };
                changes_finding(
                    span,
                    list.iter().map(|r| describe(r, cx.text)),
                    list.iter().filter_map(|r| r.author.as_deref()),
                    "accept or reject the changes in Word (Review > Accept or Reject), then save",
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deletion_points_at_the_word_beside_it() {
        let text = "# 5 Legal\n\nagreed by Moorcroft.\nFees rise\n\n";
        let at = |s: &str| text.find(s).unwrap();
        let of = |s: Span| &text[s.start..s.end];
        assert_eq!(of(word_beside(text, at("."))), "Moorcroft");
        assert_eq!(of(word_beside(text, at("Fees"))), "Fees");
        assert_eq!(of(word_beside(text, at("agreed") - 1)), "");
        assert_eq!(of(word_beside(text, text.len())), "");
    }

    #[test]
    fn pandoc_revisions_in_markdown_are_reported_by_line() {
        let found = |text: &str| crate::rules::findings_of("tracked-changes", text);
        let text = "1.2 The value is [£6.4 million]{.deletion author=\"Farah Qureshi\"}\
                    [£6.9 million]{.insertion author=\"Farah Qureshi\"}, of which 62%.\n\n\
                    1.3 Text[]{.paragraph-insertion author=\"Jo Bloggs\"}\n";
        let f = found(text);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(
            f[0].message,
            "tracked changes not yet accepted or rejected: deleted \u{201c}£6.4 million\u{201d}, \
             inserted \u{201c}£6.9 million\u{201d} (by Farah Qureshi)"
        );
        assert!(text[f[0].span().start..f[0].span().end].starts_with("[£6.4"));
        assert!(f[1]
            .message
            .contains("inserted a paragraph break (by Jo Bloggs)"));
        // Formatting spans are no revision.
        assert!(found("[Budget]{.underline} and [this]{.mark}\n").is_empty());
    }

    #[test]
    fn pandoc_revisions_whose_attributes_wrap_are_one_finding() {
        let found = |text: &str| crate::rules::findings_of("tracked-changes", text);
        let text = "2.4 The cost is estimated at\n\
                    [£4.87 million]{.deletion author=\"Martin Oduya\"\n\
                    date=\"2026-06-11T15:02:00Z\"}[£5.12 million]{.insertion author=\"Martin\n\
                    Oduya\" date=\"2026-06-11T15:02:00Z\"}, of which £3.96 million.\n\n\
                    2.5 Text.\n";
        let f = found(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            f[0].message,
            "tracked changes not yet accepted or rejected: deleted \u{201c}£4.87 million\u{201d}, \
             inserted \u{201c}£5.12 million\u{201d} (by Martin Oduya)"
        );
        assert!(text[f[0].span().start..f[0].span().end].starts_with("[£4.87"));
        assert!(text[f[0].span().start..f[0].span().end].ends_with("02:00Z\"}"));
        // Two marks on lines of their own are two findings.
        let two = "[a]{.insertion author=\"A\"}\n[b]{.deletion\nauthor=\"A\"}\n";
        assert_eq!(found(two).len(), 2);
    }
}
