//! Agenda packs: one PDF with a meeting's agenda and then every item's
//! papers, as councils publish them ("public reports pack").
//!
//! A pack is recognised by its agenda item banners, the "Agenda Item 5"
//! line stamped at the top of each item's pages (the furniture finder has
//! already taken it off the page, see [`super::furniture`]; it is read from
//! [`super::PdfPage::furniture`], or from the page's first lines):
//!
//! * banners give at least two different item numbers;
//! * the pages before the first banner are the agenda (and any cover).
//!
//! Each run of pages under one banner is one item: its report and any
//! appendices printed after it under the same banner. An item is a
//! [`ItemKind::Report`] unless its first lines say it is the minutes of a
//! meeting, or it opens with an appendix or annex heading (an appendix
//! published as an item of its own).
//!
//! The banner's words are fixed: `Agenda Item N`, `Item N` or
//! `Agenda Item No. N`, `N` a number with an optional letter (`5a`), any
//! case.

use super::PdfInfo;

/// What an item of a pack is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// The agenda (and any cover sheet) before the first item.
    Agenda,
    /// Minutes of an earlier meeting.
    Minutes,
    /// An appendix or annex standing as an item of its own.
    Appendix,
    /// An officer report (with the appendices after it).
    Report,
}

/// One item of a pack: a run of pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackItem {
    /// The item number on its banner (`5`, `5a`); empty for the agenda.
    pub number: String,
    pub kind: ItemKind,
    /// 0-based index of its first page and one past its last.
    pub pages: std::ops::Range<usize>,
    /// Its span in the pack's text.
    pub start: usize,
    pub end: usize,
    /// Its first lines (up to `OPENING_LINES` that are not blank), where
    /// a report says whether it is exempt.
    pub opening: String,
}

/// Lines kept in [`PackItem::opening`].
pub(crate) const OPENING_LINES: usize = 15;

fn opening(text: &str) -> String {
    text.lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}'))
        .filter(|l| !l.is_empty())
        .take(OPENING_LINES)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Splits a PDF's text into a pack's items, or says it is not a pack.
pub(crate) fn split(text: &str, info: &PdfInfo) -> Option<Vec<PackItem>> {
    let page_end = |p: usize| info.pages.get(p + 1).map_or(text.len(), |n| n.start);
    let banners: Vec<Option<String>> = (0..info.pages.len())
        .map(|p| {
            let page = &info.pages[p];
            let head = text[page.start..page_end(p)].lines().take(2);
            page.furniture
                .iter()
                .map(String::as_str)
                .chain(head)
                .find_map(banner)
        })
        .collect();
    let distinct: std::collections::BTreeSet<&String> = banners.iter().flatten().collect();
    let first = banners.iter().position(Option::is_some)?;
    if distinct.len() < 2 {
        return None;
    }
    let mut items = Vec::new();
    if first > 0 {
        items.push(PackItem {
            number: String::new(),
            kind: ItemKind::Agenda,
            pages: 0..first,
            start: 0,
            end: info.pages[first].start,
            opening: opening(&text[..info.pages[first].start]),
        });
    }
    let mut p = first;
    while p < banners.len() {
        // A page with no banner belongs to the item before it.
        let number = banners[p].clone().unwrap_or_default();
        let mut q = p + 1;
        while q < banners.len() && banners[q].as_ref().is_none_or(|b| *b == number) {
            q += 1;
        }
        let start = info.pages[p].start;
        let end = page_end(q - 1);
        items.push(PackItem {
            kind: kind(&text[start..end]),
            opening: opening(&text[start..end]),
            number,
            pages: p..q,
            start,
            end,
        });
        p = q;
    }
    Some(items)
}

/// The item number of a banner line: `Agenda Item 5`, `Item 5a`.
fn banner(line: &str) -> Option<String> {
    let t = line
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{c}')
        .to_lowercase();
    let rest = t.strip_prefix("agenda").map_or(t.as_str(), str::trim_start);
    let rest = rest.strip_prefix("item")?.trim_start();
    let rest = rest
        .strip_prefix("no.")
        .or_else(|| rest.strip_prefix("no "))
        .map_or(rest, str::trim_start);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &rest[digits..];
    (digits > 0
        && digits <= 3
        && (suffix.is_empty()
            || (suffix.len() == 1 && suffix.bytes().all(|b| b.is_ascii_lowercase()))))
    .then(|| rest.to_string())
}

/// What an item's text says it is, from its first lines.
fn kind(text: &str) -> ItemKind {
    let opening: Vec<String> = text
        .lines()
        .map(|l| {
            l.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}' || c == '#' || c == '*')
        })
        .filter(|l| !l.is_empty())
        .take(4)
        .map(str::to_lowercase)
        .collect();
    if opening
        .iter()
        .any(|l| l.starts_with("minutes of") || l == "minutes")
    {
        ItemKind::Minutes
    } else if opening
        .first()
        .is_some_and(|l| l.starts_with("appendix") || l.starts_with("annex"))
    {
        ItemKind::Appendix
    } else {
        ItemKind::Report
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::pdf::PdfPage;

    #[test]
    fn banners_in_their_usual_forms() {
        assert_eq!(banner("Agenda Item 5").as_deref(), Some("5"));
        assert_eq!(banner("AGENDA ITEM 12a").as_deref(), Some("12a"));
        assert_eq!(banner("Item No. 7").as_deref(), Some("7"));
        assert_eq!(banner("Item 7 of the agenda"), None);
        assert_eq!(banner("Items 3"), None);
        assert_eq!(banner("Agenda"), None);
    }

    #[test]
    fn pages_under_one_banner_are_one_item() {
        let pages = [
            "Agenda\n1. Minutes\n",
            "Minutes of the meeting\n",
            "Report\n",
            "more\n",
            "Appendix A\n",
        ];
        let banners: [&[&str]; 5] = [
            &[],
            &["Agenda Item 1"],
            &["Agenda Item 2"],
            &[],
            &["Agenda Item 2"],
        ];
        let mut text = String::new();
        let mut info = PdfInfo::default();
        for (page, furniture) in pages.iter().zip(banners) {
            info.pages.push(PdfPage {
                start: text.len(),
                furniture: furniture.iter().map(|s| s.to_string()).collect(),
            });
            text.push_str(page);
        }
        let items = split(&text, &info).unwrap();
        let got: Vec<(&str, ItemKind, std::ops::Range<usize>)> = items
            .iter()
            .map(|i| (i.number.as_str(), i.kind, i.pages.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("", ItemKind::Agenda, 0..1),
                ("1", ItemKind::Minutes, 1..2),
                ("2", ItemKind::Report, 2..5),
            ]
        );
        assert_eq!(
            &text[items[2].start..items[2].end],
            "Report\nmore\nAppendix A\n"
        );
        // One item number only: not a pack.
        info.pages[1].furniture = vec!["Agenda Item 2".into()];
        assert!(split(&text, &info).is_none());
    }
}
