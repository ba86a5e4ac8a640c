//! Headings numbered 1, 2, 3 … over unnumbered prose, as templates that
//! number their headings but not their paragraphs set them (`1)
//! Recommendation` / `It is recommended that Cabinet:` / … / `2)
//! Background` / `The Council is …`), read from the whole paper before the
//! walk, since no single line shows it:
//!
//! ```text
//! title_outline = member{3,}      -- the first numbered 1, each next one or two more
//!                                 -- (a skip is the numbering rule's to find), all
//!                                 -- closed alike ("1)" or "1."); a restart at 1 ends it;
//!                                 -- one title at least is one of the pack's section
//!                                 -- titles ("Recommendation", "Legal Considerations")
//! member        = number title [wrap] [blank] prose
//! number        = digits (")" | ".")   -- at the margin, not in brackets
//! title         = a capital first, up to twelve words, no sentence end nor colon
//!                 at its end, no full stop inside, not a recommendation's opening
//! wrap          = up to six words in lower case first, no full stop: the title
//!                 carried on (`… Sustainability` / `and Socio-economic)`)
//! prose         = a line of text of four words or more, a capital first, not in
//!                 capitals
//! ```
//!
//! Any number closed alike between two members that is no member (a
//! numbered paragraph, a list item with nothing under it, a value out of
//! sequence) means the numbers are not the paper's outline, and none of
//! them is read as a heading: a numbered list of recommendations (one item
//! a line), numbered paragraphs (sentences, not titles). A list of options
//! each with its text under it (`1. Do nothing` / `The service would …`)
//! names none of the pack's sections.

use super::*;

/// The fewest headings an outline of numbered titles has.
const MIN_MEMBERS: usize = 3;
/// The most words of a member's title (a wrapped one's, in all: 16).
const TITLE_WORDS: usize = 12;
/// The most words of the line that carries a title on.
const WRAP_WORDS: usize = 6;

impl<'t, 'l> Builder<'t, 'l> {
    /// The headings of a [`title_outline`](self): each one's line and
    /// its title's last line, in line order.
    pub(super) fn find_title_outline(&self) -> Vec<(usize, usize)> {
        // Every single number at the margin: its line, value and closing
        // mark. Whether each has a member's shape is judged only where a
        // chain needs it (most numbered lines are paragraphs, never asked).
        let mut numbers: Vec<(usize, u32, &str)> = Vec::new();
        for (i, kind) in self.kinds.iter().enumerate() {
            let LineKind::Item(m) = kind else {
                continue;
            };
            let Some(n) = m.number.as_ref() else {
                continue;
            };
            let [value] = n.values[..] else {
                continue;
            };
            if m.bullet.is_some()
                || n.style != NumberStyle::Decimal
                || n.parenthesised
                || self.lines[i].indent > 0
                || self.in_number_table(i)
            {
                continue;
            }
            let stop = n
                .span
                .of(self.text)
                .trim()
                .trim_start_matches(|c: char| c.is_ascii_digit());
            numbers.push((i, value, stop));
        }
        let member = |line: usize| match &self.kinds[line] {
            LineKind::Item(m) => self.outline_member(line, m),
            _ => None,
        };
        let mut outline = Vec::new();
        let mut k = 0;
        while k < numbers.len() {
            let (line, value, stop) = numbers[k];
            let Some(end) = (value == 1).then(|| member(line)).flatten() else {
                k += 1;
                continue;
            };
            let mut chain = vec![(line, end)];
            let mut last = 1;
            let mut whole = true;
            let mut j = k + 1;
            while j < numbers.len() {
                let (line, value, other) = numbers[j];
                // A list closed otherwise inside a section is its own.
                if other != stop {
                    j += 1;
                    continue;
                }
                // A restart at 1: a new part (an appendix) may begin
                // another outline.
                if value == 1 {
                    break;
                }
                let next = (last + 1..=last + 2)
                    .contains(&value)
                    .then(|| member(line))
                    .flatten();
                match next {
                    Some(end) => {
                        chain.push((line, end));
                        last = value;
                        j += 1;
                    }
                    _ => {
                        whole = false;
                        break;
                    }
                }
            }
            if whole
                && chain.len() >= MIN_MEMBERS
                && chain.iter().any(|&(l, _)| self.names_section(l))
            {
                outline.extend(chain);
            }
            k = j.max(k + 1);
        }
        outline
    }

    /// The title's last line of numbered line `i` (marker `m`) when it
    /// has the shape of a [`member`](self) of a title outline.
    fn outline_member(&self, i: usize, m: &number::ItemMarker) -> Option<usize> {
        let content = self.lines[i].content();
        if m.debris {
            return None;
        }
        let raw = &content[m.text_start.min(content.len())..];
        // A paragraph's sentence is longer than any title: told before
        // its plain text is made.
        if crate::parse::inline::words_up_to(raw, 2 * TITLE_WORDS + 1) > 2 * TITLE_WORDS {
            return None;
        }
        let title = plain(raw);
        let title = title.trim();
        let words = word_count(title);
        if !(1..=TITLE_WORDS).contains(&words)
            || title.ends_with(['.', ';', ',', '?', '!', ':'])
            || ends_with_dash(title)
            || title.contains(". ")
            || !is_title_like(&title.replace(", ", " "), TITLE_WORDS)
            || opens_recommendation(title, self.vocab)
        {
            return None;
        }
        let text_at = |j: usize| {
            (matches!(self.kinds.get(j), Some(LineKind::Text)) && self.lines[j].indent == 0)
                .then(|| plain(self.lines[j].content()))
        };
        // The title carried on in lower case.
        let wrap = text_at(i + 1).is_some_and(|next| {
            let next = next.trim();
            let w = word_count(next);
            continues_sentence(next) && w <= WRAP_WORDS && !next.contains('.')
        });
        let last = if wrap { i + 1 } else { i };
        let under = if self.is_blank_at(last + 1) {
            last + 2
        } else {
            last + 1
        };
        let prose = text_at(under).is_some_and(|next| {
            let next = next.trim();
            next.starts_with(char::is_uppercase) && word_count(next) >= 4 && !is_capitals(next)
        });
        prose.then_some(last)
    }

    /// Whether numbered line `i`'s title (its first line) is one of the
    /// pack's section titles.
    fn names_section(&self, i: usize) -> bool {
        let LineKind::Item(m) = &self.kinds[i] else {
            return false;
        };
        let content = self.lines[i].content();
        let title = plain(&content[m.text_start.min(content.len())..]);
        self.is_section_title(title.trim())
    }

    /// The title's last line when numbered line `i` heads the paper's
    /// [`title_outline`](self).
    pub(super) fn title_outline_end(&self, i: usize) -> Option<usize> {
        self.title_outline
            .binary_search_by_key(&i, |&(line, _)| line)
            .ok()
            .map(|k| self.title_outline[k].1)
    }
}
