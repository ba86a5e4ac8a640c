//! Sign-off lists of posts and ticks: under one of the pack's sign-off
//! headings, a list whose every item is a post, a colon, then a tick or
//! nothing, as a joint committee's report closes:
//!
//! ```text
//! # 17. Sign off
//! -   Head of Paid Service: ✓
//! -   Monitoring Officer:
//! -   Chief Finance Officer: ✓
//! ```
//!
//! A ticked post the pack lists is that sign-off's clearance, undated; an
//! unticked one says the sign-off was not given, and `sign-off-missing`
//! reports it at the item.

use super::*;

/// One item of a sign-off list of posts and ticks.
#[derive(Debug, Clone)]
pub(crate) struct TickItem {
    /// The sign-off the post gives, where the pack lists it.
    pub(crate) role: Option<String>,
    pub(crate) post: TextItem,
    pub(crate) ticked: bool,
    /// The whole item.
    pub(crate) span: Span,
    pub(crate) section: SectionId,
}

/// The most words of a post in a tick list.
const MAX_POST_WORDS: usize = 8;

/// The items of every sign-off list of posts and ticks in the paper. A
/// list needs two items or more, one of them ticked and one naming a post
/// the pack lists; any other line under the heading before it ends ends it.
/// (`titles` are the sections' titles normalised, `Resolved::titles`: each
/// is tested as a heading without normalising it again.)
pub(crate) fn tick_lists(
    text: &str,
    doc: &Document,
    template: &Template,
    titles: &[String],
) -> Vec<TickItem> {
    let mut out = Vec::new();
    for (s, section) in doc.sections.iter().enumerate() {
        if !template.clearance.is_normalised_heading(&titles[s]) {
            continue;
        }
        let end = section
            .children
            .first()
            .map_or(section.span.end, |&c| doc.sections[c].span.start);
        let mut items = Vec::new();
        let mut at = section.heading.end;
        for line in text[at..end.max(at)].split_inclusive('\n') {
            let start = at;
            at += line.len();
            let body = line.trim();
            if body.is_empty() {
                continue;
            }
            match tick_item(text, start, line) {
                Some((post, ticked)) => items.push(TickItem {
                    role: template
                        .clearance
                        .role_of_post(&post.text)
                        .map(str::to_string),
                    post,
                    ticked,
                    span: Span::new(
                        start + (line.len() - line.trim_start().len()),
                        start + line.trim_end().len(),
                    ),
                    section: s,
                }),
                None if items.is_empty() => continue,
                None => break,
            }
        }
        if items.len() >= 2
            && items.iter().any(|i| i.ticked)
            && items.iter().any(|i| i.role.is_some())
        {
            out.extend(items);
        }
    }
    out
}

/// A line of a tick list, starting at `start`: a bullet, a post of a few
/// capitalised words, a colon, then a tick or nothing.
fn tick_item(text: &str, start: usize, line: &str) -> Option<(TextItem, bool)> {
    let lead = line.len() - line.trim_start().len();
    let rest = &line[lead..];
    let bullet = rest.strip_prefix(['-', '*', '•', '▪', '◦'])?;
    let post_at = lead + 1 + (bullet.len() - bullet.trim_start().len());
    let item = line[post_at..].trim_end();
    let (key, mark) = item.rsplit_once(':')?;
    let ticked = match mark.trim() {
        "" | "✗" | "✘" | "☐" | "□" => false,
        "✓" | "✔" | "☑" | "☒" => true,
        _ => return None,
    };
    let key = key.trim_end();
    let words = key.split_whitespace().count();
    if key.is_empty()
        || words > MAX_POST_WORDS
        || !key.starts_with(|c: char| c.is_uppercase())
        || key.contains([',', '.', ';'])
    {
        return None;
    }
    let span = Span::new(start + post_at, start + post_at + key.len());
    Some((
        TextItem {
            text: span.of(text).to_string(),
            span,
        },
        ticked,
    ))
}

/// The clearances of the ticked items: each ticked post the pack lists,
/// undated.
pub(crate) fn tick_clearances(items: &[TickItem]) -> Vec<Clearance> {
    items
        .iter()
        .filter(|i| i.ticked)
        .filter_map(|i| {
            Some(Clearance {
                role: Some(i.role.clone()?),
                officer: None,
                post: Some(i.post.clone()),
                date: None,
                span: i.span,
                place: Place::Block(i.section),
            })
        })
        .collect()
}
