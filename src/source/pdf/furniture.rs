//! Page furniture: the lines a PDF repeats on its pages that are not the
//! paper's text — running headers and footers, page numbers, the agenda
//! item banner a pack stamps on each item's pages.
//!
//! Only the first and last [`ZONE`] lines of a page can be furniture, and a
//! line there is furniture when it is
//!
//! * a page number written as one: `Page 4`, `Page 4 of 9`, `4 of 9`,
//!   `4/9`, `- 4 -`;
//! * a bare number, where a neighbouring page has the number before or
//!   after it in the same place (or the document is one page, numbered 1):
//!   a paragraph number alone on a line at the foot of one page is not
//!   taken for a page number;
//! * a line repeated in the same zone of at least two pages and at least
//!   [`REPEATED_SHARE`] of them, compared with its short numbers ignored
//!   (so "Agenda Item 5" and "Agenda Item 6" are one banner, and
//!   "Page 2 of 9" one footer, but two officers' "Telephone: 03000 416559"
//!   and "Telephone: 03000 416833" at the feet of two pages are text).
//!
//! A line with no letter and no page number form (a table's figures, say)
//! is never repeated furniture; nor is a long line (a sentence repeated on
//! two pages is text).

/// Lines at the top and at the bottom of a page that can be furniture.
pub const ZONE: usize = 3;

/// The share of pages a repeated line must appear on.
pub const REPEATED_SHARE: f32 = 0.3;

/// Longest line taken for a running header or footer, in characters.
const LONGEST: usize = 120;

/// Which lines of each page are furniture. `pages[p][i]` is line `i` of
/// page `p`; blank lines are never furniture and do not count towards
/// the zones.
pub fn find(pages: &[Vec<&str>]) -> Vec<Vec<bool>> {
    let zones: Vec<Vec<usize>> = pages.iter().map(|lines| zone(lines)).collect();
    let mut out: Vec<Vec<bool>> = pages.iter().map(|l| vec![false; l.len()]).collect();

    // Page numbers written as such, and bare numbers that count pages.
    let bare: Vec<Vec<(usize, u32)>> = pages
        .iter()
        .zip(&zones)
        .map(|(lines, zone)| {
            zone.iter()
                .filter_map(|&i| bare_number(lines[i]).map(|n| (i, n)))
                .collect()
        })
        .collect();
    for (p, lines) in pages.iter().enumerate() {
        for &i in &zones[p] {
            if is_page_number(lines[i]) {
                out[p][i] = true;
            }
        }
        for &(i, n) in &bare[p] {
            let before = p > 0 && bare[p - 1].iter().any(|&(_, m)| m + 1 == n);
            let after = bare
                .get(p + 1)
                .is_some_and(|b| b.iter().any(|&(_, m)| m == n + 1));
            if before || after || (pages.len() == 1 && n == 1) {
                out[p][i] = true;
            }
        }
    }

    // Lines repeated in the zones of several pages.
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let keys: Vec<Vec<(usize, Option<String>)>> = pages
        .iter()
        .zip(&zones)
        .map(|(lines, zone)| zone.iter().map(|&i| (i, key(lines[i]))).collect())
        .collect();
    for page in &keys {
        let mut seen = std::collections::HashSet::new();
        for (_, k) in page {
            if let Some(k) = k {
                if seen.insert(k) {
                    *counts.entry(k.clone()).or_default() += 1;
                }
            }
        }
    }
    let needed = ((pages.len() as f32 * REPEATED_SHARE).ceil() as usize).max(2);
    for (p, page) in keys.iter().enumerate() {
        for (i, k) in page {
            if k.as_ref().is_some_and(|k| counts[k] >= needed) {
                out[p][*i] = true;
            }
        }
    }
    out
}

/// Indices of the first and last [`ZONE`] non-blank lines.
fn zone(lines: &[&str]) -> Vec<usize> {
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let mut out: Vec<usize> = filled.iter().take(ZONE).copied().collect();
    for &i in filled.iter().rev().take(ZONE) {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// The line compared across pages: lower case, each number of up to three
/// digits read as `#`, spaces collapsed; none for a line with no letter or
/// a long one.
fn key(line: &str) -> Option<String> {
    let line = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    if line.chars().count() > LONGEST
        || !line.chars().any(char::is_alphabetic)
        || starts_numbered(line)
    {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    for word in line.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        let mut rest = word;
        while let Some(at) = rest.find(|c: char| c.is_ascii_digit()) {
            out.extend(rest[..at].chars().flat_map(char::to_lowercase));
            let digits = rest[at..]
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len() - at);
            // A page or item number (up to three digits) may change from
            // page to page; a longer number (a phone number, a year, a
            // reference) is part of what the line says.
            if digits <= 3 {
                out.push('#');
            } else {
                out.push_str(&rest[at..at + digits]);
            }
            rest = &rest[at + digits..];
        }
        out.extend(rest.chars().flat_map(char::to_lowercase));
    }
    Some(out)
}

/// Whether `line` starts with a paragraph number (`2.1 `, `3. `, `(a) `):
/// numbered paragraphs at the tops of pages are text, however alike once
/// their digits are ignored.
fn starts_numbered(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    let label = first.trim_start_matches('(').trim_end_matches(['.', ')']);
    first.len() < line.len()
        && !label.is_empty()
        && label.len() <= 8
        && (label.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            || (first.starts_with('(') && first.ends_with(')')))
}

/// `Page 4`, `Page 4 of 9`, `4 of 9`, `4/9`, `- 4 -`, `Page | 4`.
fn is_page_number(line: &str) -> bool {
    let t = line
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{c}')
        .to_lowercase();
    let t = t.trim_matches(|c| matches!(c, '-' | '–' | '—' | ' '));
    let (rest, had_page) = match t.strip_prefix("page") {
        Some(r) => (r.trim_start_matches([' ', '|', ':']), true),
        None => (t, false),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    let (n, of) = match rest.split_once(" of ").or_else(|| rest.split_once('/')) {
        Some((n, of)) => (n.trim(), Some(of.trim())),
        None => (rest.trim(), None),
    };
    let within = |of: &str| digits(of) && n.parse::<u32>().ok() <= of.parse::<u32>().ok();
    digits(n) && of.is_none_or(within) && (had_page || of.is_some() || t.len() != line.trim().len())
}

/// A line that is only a number (1 to 4 digits).
fn bare_number(line: &str) -> Option<u32> {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture<'a>(pages: &[Vec<&'a str>]) -> Vec<Vec<&'a str>> {
        let marks = find(pages);
        pages
            .iter()
            .zip(marks)
            .map(|(lines, m)| {
                lines
                    .iter()
                    .zip(m)
                    .filter(|(_, f)| *f)
                    .map(|(l, _)| *l)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn page_numbers_in_their_usual_forms() {
        for yes in [
            "Page 4",
            "Page 4 of 9",
            "4 of 9",
            "4/9",
            "- 4 -",
            "PAGE 12",
            "Page | 3",
        ] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in [
            "4",
            "4.1",
            "Page 4 shows",
            "Appendix 4",
            "of 9",
            "Pages 3 - 4",
            "2004/05",
        ] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn running_headers_footers_and_banners_are_found() {
        let pages = vec![
            vec![
                "Agenda Item 5",
                "Cabinet – 6 February 2025",
                "1. Purpose",
                "1.1 Text.",
                "Page 1 of 3",
            ],
            vec![
                "Agenda Item 5",
                "Cabinet – 6 February 2025",
                "1.2 More.",
                "Page 2 of 3",
            ],
            vec!["Agenda Item 6", "2. Background", "2.1 Text.", "Page 3 of 3"],
        ];
        assert_eq!(
            furniture(&pages),
            vec![
                vec!["Agenda Item 5", "Cabinet – 6 February 2025", "Page 1 of 3"],
                vec!["Agenda Item 5", "Cabinet – 6 February 2025", "Page 2 of 3"],
                vec!["Agenda Item 6", "Page 3 of 3"],
            ]
        );
    }

    #[test]
    fn bare_numbers_are_page_numbers_only_in_sequence() {
        let pages = vec![
            vec!["1.1 Text.", "1.2 Text.", "7"],
            vec!["2", "Introduction", "2.1 Text.", "8"],
            vec!["3.1 Text.", "3.2 Text."],
        ];
        // 7 then 8 count pages; the "2" heading number does not.
        assert_eq!(furniture(&pages), vec![vec!["7"], vec!["8"], vec![]]);
    }

    #[test]
    fn lines_that_differ_in_a_long_number_are_not_one_footer() {
        let pages = vec![
            vec!["Some text on the first page.", "Telephone: 01632 960001"],
            vec!["More text on the second page.", "Telephone: 01632 960002"],
            vec!["The last page.", "Telephone: 01632 960003"],
        ];
        assert!(furniture(&pages).iter().all(Vec::is_empty));
        let banners = vec![
            vec!["Agenda Item 5", "Text."],
            vec!["Agenda Item 5", "More text."],
            vec!["Agenda Item 6", "Other text."],
        ];
        assert_eq!(furniture(&banners).concat().len(), 3);
    }

    #[test]
    fn text_in_the_middle_of_a_page_is_never_furniture() {
        let mut a = vec!["Top", "x", "y", "Cabinet", "m", "n", "o", "Bottom"];
        let b = a.clone();
        a[3] = "Cabinet";
        let found = furniture(&[a, b]);
        assert!(!found[0].contains(&"Cabinet"), "{found:?}");
    }

    #[test]
    fn one_page_numbered_1() {
        assert_eq!(furniture(&[vec!["Title", "Text.", "1"]]), vec![vec!["1"]]);
        assert_eq!(
            furniture(&[vec!["Title", "Text.", "5"]]),
            vec![Vec::<&str>::new()]
        );
    }
}
