//! The scanner: runs a phrase at a candidate word and records what it found.

use nom::sequence::preceded;
use nom::Parser;

use super::*;

pub(super) struct Scan<'a> {
    pub(super) text: &'a str,
    pub(super) base: usize,
    /// The council's words (document nouns, attaching words).
    pub(super) vocab: &'a Vocabulary,
    /// The paper's acronyms of documents (see [`document_acronyms`]).
    pub(super) acronyms: &'a [String],
    pub(super) out: Vec<FoundReference>,
    /// Scratch list of the current phrase's items.
    pub(super) items: Vec<Item<'a>>,
    /// The last offset whose line start was asked for, and that start
    /// ([`Scan::line_start`]).
    pub(super) line_start: std::cell::Cell<(usize, usize)>,
}

/// How a phrase's references are recorded.
pub(super) struct Emit {
    pub(super) kind: ReferenceKind,
    /// Where the cue word starts (offset into the text).
    pub(super) cue: usize,
    pub(super) within: Option<String>,
    pub(super) external: bool,
    pub(super) declares: bool,
}

impl<'a> Scan<'a> {
    /// Offset of a slice of the text.
    fn off(&self, s: &str) -> usize {
        s.as_ptr() as usize - self.text.as_ptr() as usize
    }

    /// A span over `s`, a slice of the text.
    fn span_of(&self, s: &str) -> Span {
        let start = self.off(s);
        Span::new(self.base + start, self.base + start + s.len())
    }

    /// Tries every phrase that can start at `i` (an ASCII letter at a word
    /// start); returns where the phrase ends.
    pub(super) fn phrase_at(&mut self, i: usize) -> Option<usize> {
        let text = self.text;
        let s = &text[i..];
        let b = s.as_bytes();
        let has = |cue: &[u8]| wrapped_prefix_len(b, cue).is_some();
        // A cheap look at the first letters before any parser runs.
        match b[0] | 0x20 {
            b'p' if has(b"para") => self.paragraph_phrase(s),
            b's' if has(b"section") => self.section_phrase(s),
            b's' if has(b"see") => self.bare_phrase(s, see_cue),
            b'a' if has(b"appendi") => self.appendix_phrase(s),
            b'a' if has(b"annex") => self.annex_phrase(s),
            b'a' if has(b"also") => self.also_refer_phrase(s),
            b'r' if has(b"recommendation") => self.recommendation_phrase(s),
            b'r' if has(b"refer") => self.bare_phrase(s, refer_cue),
            _ => None,
        }
    }

    /// Reads `{list_sep item}` into the scratch list; returns the rest.
    fn more_items(
        &mut self,
        mut rest: &'a str,
        item: fn(&'a str) -> Res<'a, Item<'a>>,
        sep: fn(&'a str) -> Res<'a, &'a str>,
    ) -> &'a str {
        while let Ok((r, it)) = preceded(sep, item).parse(rest) {
            self.items.push(it);
            rest = r;
        }
        rest
    }

    /// `paragraph_phrase`
    fn paragraph_phrase(&mut self, s: &'a str) -> Option<usize> {
        let (rest, (cue, first)) = head(para_cue, para_item, s, || false)?;
        self.items.clear();
        self.items.push(first);
        let rest = self.more_items(rest, para_item, list_sep);
        Some(self.finish_paragraphs(cue, rest))
    }

    /// `section_phrase`: decimal numbers, or whole numbers when external.
    fn section_phrase(&mut self, s: &'a str) -> Option<usize> {
        let (rest, (cue, first)) = head(section_cue, para_item, s, || false)?;
        self.items.clear();
        self.items.push(first);
        let decimal =
            first.first.text.contains('.') && first.last.map_or(true, |l| l.text.contains('.'));
        let rest = if decimal {
            self.more_items(rest, decimal_item, list_sep)
        } else {
            let rest = self.more_items(rest, para_item, list_sep);
            if !self.paragraphs_elsewhere(cue, rest) {
                return None;
            }
            rest
        };
        Some(self.finish_paragraphs(cue, rest))
    }

    /// `see_phrase` and `refer_phrase`: a bare number must be decimal,
    /// bracketed "(see 8)", or followed by above/below.
    fn bare_phrase(
        &mut self,
        s: &'a str,
        cue_parser: fn(&'a str) -> Res<'a, &'a str>,
    ) -> Option<usize> {
        let (rest, (cue, first)) = head(cue_parser, para_item, s, || false)?;
        self.items.clear();
        self.items.push(first);
        let rest = self.more_items(rest, para_item, list_sep);
        let before = self.text[..self.off(cue)].trim_end_matches([' ', '\t']);
        let bracketed = before.ends_with('(');
        let direction = first_word(rest).is_some_and(|(w, _)| is_one_of(w, &["above", "below"]));
        if !(first.first.text.contains('.') || bracketed || direction) {
            return None;
        }
        Some(self.finish_paragraphs(cue, rest))
    }

    /// `also_refer_phrase`
    fn also_refer_phrase(&mut self, s: &'a str) -> Option<usize> {
        let (rest, (cue, _, first)) = (also_refer_cue, loose_gap, loose_item).parse(s).ok()?;
        self.items.clear();
        self.items.push(first);
        let rest = self.more_items(rest, loose_item, loose_sep);
        Some(self.finish_paragraphs(cue, rest))
    }

    /// The optional `part_tail` of a paragraph list, then the records.
    fn finish_paragraphs(&mut self, cue: &'a str, rest: &'a str) -> usize {
        let rest = self.past_sub_item(rest);
        let (rest, within) = match part_tail(rest) {
            Ok((r, w)) => (r, Some(w)),
            Err(_) => (rest, None),
        };
        let external = self.paragraphs_elsewhere(cue, rest);
        let n = self.items.len();
        self.emit(
            0..n,
            Emit {
                kind: ReferenceKind::Paragraph,
                cue: self.off(cue),
                within: within.map(|(_, l)| appendix_target(l.text)),
                external,
                declares: false,
            },
        );
        if let Some((cue, label)) = within {
            self.emit_appendix(cue, label, external, false);
        }
        self.off(rest)
    }

    /// `paragraph_tail` after a single appendix or annex label (`Annex A,
    /// paragraph 2.3`): the paragraphs are in that appendix. Runs after the
    /// container's own record, so references stay in text order; returns
    /// where the phrase ends.
    fn paragraph_tail(&mut self, rest: &'a str, label: &str) -> Option<usize> {
        let (after, _) = paragraph_tail_lead(rest).ok()?;
        let before = self.out.len();
        let end = self.paragraph_phrase(after)?;
        let within = appendix_target(label);
        for r in &mut self.out[before..] {
            if r.kind == ReferenceKind::Paragraph && r.within.is_none() {
                r.within = Some(within.clone());
            }
        }
        Some(end)
    }

    /// `appendix_phrase`
    fn appendix_phrase(&mut self, s: &'a str) -> Option<usize> {
        let (rest, (cue, first)) = head(appendix_cue, appendix_item, s, || self.ends_prose(s))?;
        self.items.clear();
        self.items.push(first);
        let mut rest = self.more_items(rest, later_appendix_item, list_sep);
        let split = self.items.len();
        let mut annex_cue = None;
        if split == 1 && first.last.is_none() {
            if let Ok((r, (acue, item))) = annex_tail(rest) {
                self.items.push(item);
                rest = self.more_items(r, later_appendix_item, list_sep);
                annex_cue = Some(acue);
            }
        }
        let after = self.external_after(rest);
        let external = after || self.external_before(cue);
        let named_in_brackets = external && !after && self.names_what_is_before(cue, rest);
        let declares = declares_after(rest, self.vocab)
            || declares_before(self.text, self.off(cue), self.vocab);
        let from = self.out.len();
        self.emit(
            0..split,
            Emit {
                kind: ReferenceKind::Appendix,
                cue: self.off(cue),
                within: None,
                external,
                declares,
            },
        );
        if let Some(acue) = annex_cue {
            let n = self.items.len();
            self.emit(
                split..n,
                Emit {
                    kind: ReferenceKind::Annex,
                    cue: self.off(acue),
                    within: Some(appendix_target(first.first.text)),
                    external,
                    declares,
                },
            );
        } else if split == 1 && first.last.is_none() && !external {
            if let Some(end) = self.paragraph_tail(rest, first.first.text) {
                return Some(end);
            }
        }
        self.mark_named_in_brackets(from, named_in_brackets);
        self.mark_withheld(from, !external && self.withheld(cue, rest));
        Some(self.off(rest))
    }

    /// `annex_phrase`
    fn annex_phrase(&mut self, s: &'a str) -> Option<usize> {
        let (rest, (cue, first)) = head(annex_cue, appendix_item, s, || self.ends_prose(s))?;
        self.items.clear();
        self.items.push(first);
        let rest = self.more_items(rest, later_appendix_item, list_sep);
        let (rest, within) = match within_tail(rest) {
            Ok((r, w)) => (r, Some(w)),
            Err(_) => (rest, None),
        };
        let after = self.external_after(rest);
        let external = after || self.external_before(cue);
        let named_in_brackets = external && !after && self.names_what_is_before(cue, rest);
        let declares = declares_after(rest, self.vocab)
            || declares_before(self.text, self.off(cue), self.vocab);
        let n = self.items.len();
        let from = self.out.len();
        self.emit(
            0..n,
            Emit {
                kind: ReferenceKind::Annex,
                cue: self.off(cue),
                within: within.map(|(_, l)| appendix_target(l.text)),
                external,
                declares,
            },
        );
        if let Some((acue, label)) = within {
            self.emit_appendix(acue, label, external, declares);
        } else if n == 1 && first.last.is_none() && !external {
            if let Some(end) = self.paragraph_tail(rest, first.first.text) {
                return Some(end);
            }
        }
        self.mark_named_in_brackets(from, named_in_brackets);
        self.mark_withheld(from, !external && self.withheld(cue, rest));
        Some(self.off(rest))
    }

    /// Whether the appendix phrase that opens at `cue` and ends where
    /// `rest` starts names what the words before it are: all a bracket
    /// holds (`the Consultation Statement (Appendix 3)`), or set after a
    /// thing named in lower case and a comma, closing its clause (`(see
    /// site plan, Annex 2)`). The words before are then this paper's
    /// appendix when it lists that label ([`FoundReference::named_in_brackets`]).
    fn names_what_is_before(&self, cue: &str, rest: &str) -> bool {
        self.bracket_alone(cue, rest) || self.after_comma_alone(cue, rest)
    }

    /// Whether the appendix phrase that opens at `cue` stands after a
    /// comma and a word in lower case that is no legislation or guidance
    /// the paper cites (the vocabulary's `cited-documents`), and closes
    /// its clause where `rest` starts (a bracket, a comma, a stop or the
    /// line's end): `see site plan, Annex 2)`, not `the Local Plan,
    /// Appendix 2` (a named document's) nor `the regulations, Annex B`.
    fn after_comma_alone(&self, cue: &str, rest: &str) -> bool {
        let before = self.text[..self.off(cue)].trim_end_matches([' ', '\u{a0}', '*', '_']);
        let Some(before) = before.strip_suffix(',') else {
            return false;
        };
        let Some((word, _)) = last_word(before.trim_end_matches([' ', '\u{a0}', '*', '_'])) else {
            return false;
        };
        let closes = rest
            .trim_start_matches([' ', '\u{a0}', '*', '_'])
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ')' | ',' | '.' | ';' | '\n' | '\r'));
        closes
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !self.vocab.cited_documents.contains_ignore_case(word)
    }

    /// Whether the cue at the start of `cue` and its labels, ending where
    /// `rest` starts, are all a bracket holds: `(Appendix 3)`.
    fn bracket_alone(&self, cue: &str, rest: &str) -> bool {
        let before = self.text[..self.off(cue)].trim_end_matches([' ', '\u{a0}', '*', '_']);
        before.ends_with('(') && rest.trim_start_matches([' ', '*', '_']).starts_with(')')
    }

    /// Marks the appendix and annex references recorded from `from` on as
    /// [`FoundReference::named_in_brackets`], when `yes`.
    /// Whether the words round the appendix phrase that opens at `cue`
    /// and ends where `rest` starts say it is withheld from the bundle.
    fn withheld(&self, cue: &str, rest: &str) -> bool {
        withheld_after(rest, self.vocab) || withheld_before(self.text, self.off(cue), self.vocab)
    }

    /// Marks the appendices and annexes recorded from `from` on withheld.
    fn mark_withheld(&mut self, from: usize, yes: bool) {
        if yes {
            for r in &mut self.out[from..] {
                if matches!(r.kind, ReferenceKind::Appendix | ReferenceKind::Annex) {
                    r.withheld = true;
                }
            }
        }
    }

    fn mark_named_in_brackets(&mut self, from: usize, yes: bool) {
        if yes {
            for r in &mut self.out[from..] {
                if matches!(r.kind, ReferenceKind::Appendix | ReferenceKind::Annex) {
                    r.named_in_brackets = true;
                }
            }
        }
    }

    /// `recommendation_phrase`
    fn recommendation_phrase(&mut self, s: &'a str) -> Option<usize> {
        let (rest, (cue, first)) = head(recommendation_cue, rec_item, s, || false)?;
        self.items.clear();
        self.items.push(first);
        let rest = self.more_items(rest, rec_item, list_sep);
        let rest = self.past_sub_item(rest);
        let external = self.external_after(rest) || self.external_before(cue);
        let declares = !external && self.run_in_label(cue, rest);
        let n = self.items.len();
        self.emit(
            0..n,
            Emit {
                kind: ReferenceKind::Recommendation,
                cue: self.off(cue),
                within: None,
                external,
                declares,
            },
        );
        Some(self.off(rest))
    }

    /// Whether the recommendation cue at the start of `cue`, with the one
    /// label read ending where `rest` starts, is the run-in label that
    /// opens a recommendation: first on its line (after a list marker or a
    /// paragraph number at most) and followed by a colon or a dash,
    /// emphasis allowed around it: "5.2 Recommendation 3: The Council
    /// should …", "**Recommendation 2** – That …".
    fn run_in_label(&self, cue: &str, rest: &str) -> bool {
        let [only] = self.items.as_slice() else {
            return false;
        };
        if only.last.is_some() || !cue.starts_with('R') {
            return false;
        }
        let at = self.off(cue);
        let after = rest.trim_start_matches(['*', '_']);
        let marked = after.starts_with(':')
            || ["– ", "— ", "- "]
                .iter()
                .any(|d| after.strip_prefix(' ').is_some_and(|a| a.starts_with(d)));
        marked && opens_line(&self.text[self.line_start(at)..at])
    }

    /// `rest` past the bracketed item of the last number read (`(d)` of
    /// "paragraph 11(d) of the NPPF"), so what follows the item is judged.
    fn past_sub_item(&self, rest: &'a str) -> &'a str {
        let last = self.items.last().filter(|it| {
            it.last.is_none() && it.first.text.starts_with(|c: char| c.is_ascii_digit())
        });
        match last.and_then(|_| sub_item(rest)) {
            Some((_, len)) => &rest[len..],
            None => rest,
        }
    }

    /// Whether a document follows the phrase that ends where `rest` starts.
    fn external_after(&self, rest: &str) -> bool {
        external_after(rest, self.vocab, self.acronyms)
    }

    /// Whether a document stands just before the cue.
    fn external_before(&self, cue: &str) -> bool {
        let caps = cue.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase);
        let at = self.off(cue);
        external_before(&self.text[..at], self.line_start(at), caps, self.vocab)
    }

    /// Whether the paragraphs cited from `cue` to where `rest` starts are
    /// another document's: named after them or before them (see
    /// [`Self::external_after`], [`Self::external_before`]), or cited with a
    /// possessive ("in its paragraph 3.7", see [`possessed_before`]; not
    /// appendices: "this report and its Appendix A" is the paper's), or
    /// straight after an exempt marking ("(exempt – paragraph 12)", see
    /// [`exempt_before`]) unless said to be this paper's ("of this report").
    fn paragraphs_elsewhere(&self, cue: &str, rest: &str) -> bool {
        let before = &self.text[..self.off(cue)];
        self.external_after(rest)
            || self.external_before(cue)
            || possessed_before(before)
            || (exempt_before(before, self.vocab) && !this_paper_after(rest))
    }

    /// Whether the cue at the start of `s` (a slice of the text) ends a
    /// line of running text: words stand before it on its line, the last
    /// of them not an article ("…set out in full in Appendix", not "…in
    /// the Appendix" nor a cue alone on its line).
    fn ends_prose(&self, s: &str) -> bool {
        let at = self.off(s);
        let before = self.text[self.line_start(at)..at]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
        let last = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        last.chars().any(char::is_alphanumeric)
            && !["the", "this", "that", "each", "an", "a"]
                .iter()
                .any(|a| last.eq_ignore_ascii_case(a))
    }

    /// Where the line holding offset `at` starts. Cues are met in order,
    /// so the search goes back only to the last offset asked about: each
    /// line is read once, however many cues it holds (a megabyte line of
    /// citations was read back to its start for every one).
    fn line_start(&self, at: usize) -> usize {
        let (seen, start) = self.line_start.get();
        let bytes = self.text.as_bytes();
        let start = if at >= seen {
            memchr::memrchr(b'\n', &bytes[seen..at]).map_or(start, |i| seen + i + 1)
        } else {
            memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1)
        };
        self.line_start.set((at, start));
        start
    }

    /// Records the appendix or annex named in a `within_tail` or `part_tail`.
    fn emit_appendix(&mut self, cue: &str, label: Label<'_>, external: bool, declares: bool) {
        let target_span = self.span_of(label.text);
        let start = self.base + self.off(cue);
        let end = self.base + self.off(label.outer) + label.outer.len();
        self.out.push(FoundReference {
            kind: container_kind(cue),
            target: appendix_target(label.text),
            range_end: None,
            within: None,
            span: Span::new(start, end),
            target_span,
            external,
            declares,
            item: None,
            named_in_brackets: false,
            withheld: false,
        });
    }

    /// Records the scratch items `range`.
    fn emit(&mut self, range: std::ops::Range<usize>, e: Emit) {
        let first_index = range.start;
        for idx in range {
            let item = self.items[idx];
            let item_start = self.off(item.first.outer);
            let end_label = item.last.unwrap_or(item.first);
            let item_end = self.off(end_label.outer) + end_label.outer.len();
            let start = if idx == first_index {
                e.cue
            } else {
                item_start
            };
            let norm = |t: &str| match e.kind {
                ReferenceKind::Appendix | ReferenceKind::Annex => appendix_target(t),
                ReferenceKind::Recommendation => t.to_ascii_lowercase(),
                ReferenceKind::Paragraph => t.to_string(),
            };
            let make = |target: String, span: Span, target_span: Span, range_end| FoundReference {
                kind: e.kind,
                target,
                range_end,
                within: e.within.clone(),
                span,
                target_span,
                external: e.external,
                declares: e.declares,
                item: None,
                named_in_brackets: false,
                withheld: false,
            };
            let first_ts = self.span_of(item.first.text);
            let first_span = Span::new(
                self.base + start,
                self.base + self.off(item.first.outer) + item.first.outer.len(),
            );
            let expand = matches!(e.kind, ReferenceKind::Appendix | ReferenceKind::Annex);
            match item.last {
                Some(last) if expand => {
                    let last_ts = self.span_of(last.text);
                    let last_span = self.span_of(last.outer);
                    let whole = Span::new(self.base + item_start, self.base + item_end);
                    let labels = sequence(item.first.text, last.text).unwrap_or_default();
                    if labels.len() >= 2 {
                        let n = labels.len();
                        for (k, label) in labels.into_iter().enumerate() {
                            let (span, ts) = match k {
                                0 => (first_span, first_ts),
                                k if k + 1 == n => (last_span, last_ts),
                                _ => (whole, whole),
                            };
                            self.out.push(make(label, span, ts, None));
                        }
                    } else {
                        // A one-item, descending or over-long range: its ends.
                        self.out
                            .push(make(norm(item.first.text), first_span, first_ts, None));
                        if !item.first.text.eq_ignore_ascii_case(last.text) {
                            self.out
                                .push(make(norm(last.text), last_span, last_ts, None));
                        }
                    }
                }
                _ => {
                    let range_end = item.last.map(|l| norm(l.text));
                    // "2.1(d)": the item under the paragraph, bracket touching.
                    let sub = match e.kind {
                        ReferenceKind::Paragraph | ReferenceKind::Recommendation
                            if range_end.is_none()
                                && item.first.text.starts_with(|c: char| c.is_ascii_digit()) =>
                        {
                            sub_item(&self.text[item_end..])
                        }
                        _ => None,
                    };
                    let end = item_end + sub.map_or(0, |(_, len)| len);
                    let span = Span::new(self.base + start, self.base + end);
                    let mut r = make(norm(item.first.text), span, first_ts, range_end);
                    r.item = sub.map(|(label, _)| label.to_ascii_lowercase());
                    self.out.push(r);
                }
            }
        }
    }
}

/// Whether `before`, the start of a line up to a word, holds nothing but
/// blanks, emphasis and at most two markers: a bullet (`-`, `*`, `•`,
/// `>`), a table cell's bar, a paragraph number (`5.2`, `12.`, `3)`) or a bracketed letter or
/// numeral (`(a)`, `(ii)`).
fn opens_line(before: &str) -> bool {
    let mut tokens = before
        .split_whitespace()
        .map(|t| t.trim_matches(['*', '_']))
        .filter(|t| !t.is_empty());
    let marker = |t: &str| {
        matches!(t, "-" | "•" | ">" | "+" | "|")
            || {
                let n = t.trim_end_matches(['.', ')']);
                n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                    && n.starts_with(|c: char| c.is_ascii_digit())
            }
            || t.strip_prefix('(')
                .and_then(|t| t.strip_suffix(')'))
                .is_some_and(|l| {
                    (1..=4).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphanumeric())
                })
    };
    tokens.by_ref().take(2).all(marker) && tokens.next().is_none()
}

/// A bracketed item right after a paragraph number, `(d)` or `(ii)` of
/// `2.1(d)`, `3.2(ii)`: one lower-case letter or a lower-case roman
/// numeral up to `x`, with the length written.
pub(super) fn sub_item(rest: &str) -> Option<(&str, usize)> {
    let inner = rest.strip_prefix('(')?;
    let n = inner.bytes().take_while(u8::is_ascii_lowercase).count();
    let label = &inner[..n];
    let after = inner[n..].strip_prefix(')')?;
    let ok = n == 1 || roman_value(label).is_some();
    (ok && label_end(after)).then_some((label, n + 2))
}

/// The labels from `a` to `b`, upper-cased: numbers, letters or roman
/// numerals. `None` when the two are not of one kind; empty when the range
/// runs backwards or covers more than 26.
pub(super) fn sequence(a: &str, b: &str) -> Option<Vec<String>> {
    // "Appendices One to Three": the numbers the words spell.
    if let (Some(x), Some(y)) = (number_word_value(a), number_word_value(b)) {
        return sequence(&x.to_string(), &y.to_string());
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    let count_ok = |from: usize, to: usize| from <= to && to - from < 26;
    if digits(a) && digits(b) {
        let (x, y) = (a.parse::<usize>().ok()?, b.parse::<usize>().ok()?);
        return Some(if count_ok(x, y) {
            (x..=y).map(|n| n.to_string()).collect()
        } else {
            Vec::new()
        });
    }
    if let (Some(x), Some(y)) = (roman_value(a), roman_value(b)) {
        return Some(if count_ok(x, y) {
            ROMANS[x - 1..y].iter().map(|r| r.to_string()).collect()
        } else {
            Vec::new()
        });
    }
    let (ab, bb) = (a.as_bytes(), b.as_bytes());
    if ab.len() == 1 && bb.len() == 1 && ab[0].is_ascii_alphabetic() && bb[0].is_ascii_alphabetic()
    {
        let (x, y) = (
            usize::from(ab[0].to_ascii_uppercase()),
            usize::from(bb[0].to_ascii_uppercase()),
        );
        return Some(if count_ok(x, y) {
            (x..=y)
                .map(|c| char::from(u8::try_from(c).unwrap_or(b'?')).to_string())
                .collect()
        } else {
            Vec::new()
        });
    }
    None
}
