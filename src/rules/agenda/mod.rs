//! What the agenda-pack rules share: the agenda's numbered entries, read
//! from the agenda pages of a pack (the text the pack-level check is
//! given), and where its Part II begins.

use crate::document::Span;

pub(crate) mod agenda_item_missing_report;
pub(crate) mod agenda_item_out_of_order;
pub(crate) mod exempt_item_in_public_part;

/// One numbered entry of an agenda: `5. Parking strategy (Pages 5 - 11)`
/// and the lines under it up to the next entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    /// As written, lower case: `5`, `5a`.
    pub(crate) number: String,
    /// The entry's first line.
    pub(crate) span: Span,
    /// The entry's lines, lower case, joined by spaces.
    pub(crate) body: String,
}

/// The agenda's entries, in order, and the offset of the first line that
/// opens its Part II (a line that is no entry and starts with one of
/// `part_two`, compared in lower case), if it has one.
pub(crate) fn read(text: &str, part_two: &[String]) -> (Vec<Entry>, Option<usize>) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut part_two_at = None;
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let start = at;
        at += raw.len();
        let line = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
        if line.is_empty() {
            continue;
        }
        let lead = raw.len()
            - raw
                .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{c}')
                .len();
        let lower = line.to_lowercase();
        if let Some(number) = entry_number(line) {
            entries.push(Entry {
                number,
                span: Span::new(start + lead, start + lead + line.len()),
                body: lower,
            });
            continue;
        }
        if part_two_at.is_none() && part_two.iter().any(|p| lower.starts_with(p.as_str())) {
            part_two_at = Some(start + lead);
            continue;
        }
        if let Some(last) = entries.last_mut() {
            last.body.push(' ');
            last.body.push_str(&lower);
        }
    }
    (entries, part_two_at)
}

/// `5. Title`, `5) Title`, `5 Title`, `5a. Title`: the number, lower case.
fn entry_number(line: &str) -> Option<String> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &line[digits..];
    let letter = rest
        .chars()
        .next()
        .filter(|c| c.is_ascii_lowercase() && rest[1..].starts_with(['.', ')', ' ']))
        .map_or(0, |_| 1);
    let number = line[..digits + letter].to_string();
    let rest = &line[digits + letter..];
    let rest = rest.strip_prefix(['.', ')']).unwrap_or(rest);
    // A paragraph number such as 2.1 is no agenda entry.
    (rest.starts_with([' ', '\t']) && rest.trim().chars().next().is_some_and(char::is_alphabetic))
        .then_some(number)
}

/// The order of item numbers: `5` < `5a` < `6`.
pub(crate) fn order_key(number: &str) -> (u32, String) {
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    (
        number[..digits].parse().unwrap_or(u32::MAX),
        number[digits..].to_lowercase(),
    )
}

/// A span on the agenda for item `number`: its entry, or else the
/// agenda's first line.
pub(crate) fn place(text: &str, entries: &[Entry], number: &str) -> Span {
    entries
        .iter()
        .find(|e| e.number == number)
        .map(|e| e.span)
        .unwrap_or_else(|| {
            let first = text
                .find(|c: char| !c.is_whitespace() && c != '\u{c}')
                .unwrap_or(0);
            let end = text[first..].find('\n').map_or(text.len(), |n| first + n);
            Span::new(first, end)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_and_part_two() {
        let text = "Agenda\n\nPart I\n1. Apologies\n2.1 not an entry\n5. Parking (Pages 5 - 9)\nReport of the Director\nPart II – exempt\n8a) Land sale\n";
        let (entries, part_two) = read(text, &["part ii".to_string()]);
        let numbers: Vec<&str> = entries.iter().map(|e| e.number.as_str()).collect();
        assert_eq!(numbers, ["1", "5", "8a"]);
        assert_eq!(entries[0].body, "1. apologies 2.1 not an entry");
        assert_eq!(
            entries[1].body,
            "5. parking (pages 5 - 9) report of the director"
        );
        assert_eq!(
            &text[entries[1].span.start..entries[1].span.end],
            "5. Parking (Pages 5 - 9)"
        );
        assert_eq!(part_two, text.find("Part II"));
        assert!(order_key("5") < order_key("5a") && order_key("5a") < order_key("6"));
    }
}
