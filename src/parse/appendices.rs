//! Appendix lists: the lines where a paper lists what is attached to it.
//!
//! A list starts at a line that names one, whether the parser took it for a
//! heading or not: `## 9. Use of Appendices`, `Appendices`, `Annexes:`,
//! `**13. Annexes**`, `7. Appendices:`, `Section 9: Annexes`,
//! `APPENDICES / ATODIADAU`, `Appendix` over its entries, a setext
//! `Appendices` over `====` (see [`list_title`]). Its entries follow, one a
//! line, with or without blank lines between them:
//!
//! ```text
//! entry      = [ bullet ] cued_entry | [ bullet ] label_entry | table_row ;
//! cued_entry = appendix_reference [ separator title ]     -- Appendix A – Title, Annex 2 (exempt) – Title
//!                                                         -- Appendix A: (the title on the next line)
//! label_entry= label separator title                      -- A: Title, 2 – Title (only under a list line)
//! table_row  = "|" ( appendix_reference | label ) "|" title "|" ...
//! separator  = ":" | "–" | "—" | "-" | TAB | "(" | "," | "." | " " Capital ;
//! bullet     = "-" | "*" | "+" | "•" | "·" | "▪" | U+F0B7 | "(a)" | "a)" | "1." | "1)" ;
//! ```
//!
//! A line that starts with an appendix reference and runs on as a sentence
//! ("Appendix B sets out the scores") is no entry. Bare labels must run in
//! sequence (A, B, C or 1, 2, 3), so `T: 01632 …` after a list is no entry.
//! The list runs until a heading that is not itself an entry, a horizontal
//! rule, or (once it has an entry) a line that is no entry after a blank
//! line; lines straight after an entry are its title wrapped, and belong to
//! the entry (a reference there is part of the title, not a mention). Up to
//! four lines of other text may come before the first entry ("The following
//! documents are published with this report:", a table's header row).
//!
//! Also read as lists: two cued entries or more in sequence with no list
//! line over them (`Appendix A – Background<TAB>YES` / `Appendix B – …`;
//! `Appendix A:` / its title / `Appendix B:` …); a table row whose first
//! cell is a list title (`| Appendices | A – Fees; B – EqIA |`); and, in
//! [`field_decls`], a header field's value.
//!
//! The module only reads; `collect_references` turns each entry into an
//! [`AppendixDecl`] and keeps the entries'
//! words out of the references ([`Entries`]).

use crate::document::{
    AppendixDecl, AppendixList, AppendixSource, Document, Reference, ReferenceKind, Span,
};

use super::inline::plain;
use super::references::{find_references_at, Cues, FoundReference};

/// One entry of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: ReferenceKind,
    /// `A`, `1`.
    pub label: String,
    /// For `Annex B of Appendix 1`.
    pub within: Option<String>,
    pub title: Option<String>,
    /// The entry's first line, from its label (or cue word) to its end.
    pub span: Span,
    /// The entry's words, its title's wrapped lines included: a reference
    /// in them is the entry itself or part of its title ("Inspector's
    /// report (including appendix 1 Schedule of Modifications)"), not a
    /// mention.
    pub extent: Span,
}

/// A list of appendices: the line that names it, and its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// The list line as written, markup and numbering removed: `Use of
    /// Appendices`; `None` for entries with no list line over them.
    pub title: Option<String>,
    /// The list line (empty, at the first entry, when there is none).
    pub heading: Span,
    /// From the list line to the end of the last entry.
    pub span: Span,
    pub entries: Vec<Entry>,
}

impl Entry {
    /// The entry as a declaration of the paper's.
    pub fn decl(&self) -> AppendixDecl {
        AppendixDecl {
            kind: self.kind,
            label: self.label.clone(),
            within: self.within.clone(),
            title: self.title.clone(),
            span: self.span,
            source: AppendixSource::List,
        }
    }
}

impl List {
    /// What the document keeps of the list.
    pub fn info(&self) -> AppendixList {
        AppendixList {
            title: self.title.clone(),
            heading: self.heading,
            span: self.span,
            entries: self.entries.len(),
        }
    }
}

/// Where the entries of a paper's lists stand (their wrapped titles
/// included): a reference there is no mention of an appendix.
pub struct Entries(Vec<Span>);

impl Entries {
    /// Whether `pos` is inside an entry.
    pub fn contain(&self, pos: usize) -> bool {
        let i = self.0.partition_point(|s| s.start <= pos);
        i > 0 && self.0[..i].iter().rev().take(4).any(|s| pos < s.end)
    }
}

/// The appendix lists of a parsed paper, and where their entries stand.
pub fn declare(text: &str, doc: &Document, cues: &Cues) -> (Entries, Vec<List>) {
    let mut heading_lines: Vec<usize> = doc
        .sections
        .iter()
        .map(|s| line_start(text, s.heading.start))
        .collect();
    heading_lines.sort_unstable();
    heading_lines.dedup();
    let mut lists = read_lists(text, &heading_lines, cues);
    lists.extend(table_lists(text, doc, cues));
    let mut extents: Vec<Span> = lists
        .iter()
        .flat_map(|l| l.entries.iter().map(|e| e.extent))
        .collect();
    extents.sort_unstable();
    (Entries(extents), lists)
}

/// Lists in a table row whose first cell names them and whose next cell
/// holds them (`| Appendices | A – Fees; B – Equality Impact Assessment |`),
/// unless the parser read the row as a header field (then the field lists
/// them).
fn table_lists<'a>(
    text: &'a str,
    doc: &'a Document,
    cues: &'a Cues,
) -> impl Iterator<Item = List> + 'a {
    doc.tables
        .iter()
        .flat_map(|t| &t.rows)
        .filter_map(move |row| {
            let [key, value, ..] = row.cells.as_slice() else {
                return None;
            };
            list_title(&key.text)?;
            let overlaps = |s: Span| s.start < value.span.end && value.span.start < s.end;
            if doc.fields.iter().any(|f| overlaps(f.value_span)) {
                return None;
            }
            let entries: Vec<Entry> = field_decls(text, &key.text.to_lowercase(), value.span, cues)
                .into_iter()
                .map(|d| Entry {
                    kind: d.kind,
                    label: d.label,
                    within: d.within,
                    title: d.title,
                    span: d.span,
                    // A reference in the cell is the entry, not a mention.
                    extent: value.span,
                })
                .collect();
            (!entries.is_empty()).then(|| List {
                title: Some(key.text.trim().trim_end_matches(':').to_string()),
                heading: key.span,
                span: row.span,
                entries,
            })
        })
}

/// The appendices a header field lists (`Enclosures: Appendix A, Appendix
/// B`; `Appendices: A – Site plan; B – Valuation`): the references in its
/// value, or else bare labels in sequence, each starting a piece of a value
/// split at semicolons. `key` is the field's key in lower case.
pub fn field_decls(text: &str, key: &str, value: Span, cues: &Cues) -> Vec<AppendixDecl> {
    let decl = |kind, label: String, within, title, span| AppendixDecl {
        kind,
        label,
        within,
        title,
        span,
        source: AppendixSource::Field,
    };
    let found = find_references_at(value.of(text), value.start, cues);
    if !found.is_empty() {
        return found
            .into_iter()
            .map(|r| decl(r.kind, r.target, r.within, None, r.span))
            .collect();
    }
    let kind = if key.contains("annex") {
        ReferenceKind::Annex
    } else {
        ReferenceKind::Appendix
    };
    let mut out: Vec<AppendixDecl> = Vec::new();
    let mut at = value.start;
    for piece in value.of(text).split([';', '\n']) {
        let lead = piece.len() - piece.trim_start().len();
        let span = Span::new(at + lead, at + piece.trim_end().len());
        at += piece.len() + 1;
        if span.is_empty() {
            continue;
        }
        let next = next_label(out.last().map(|d| d.label.as_str()));
        match bare_entry(span, text, kind, &next) {
            Some(e) => out.push(decl(e.kind, e.label, None, e.title, e.span)),
            None => break,
        }
    }
    out
}

/// Adds to `refs` the appendices and annexes mentioned in the cells of the
/// paper's tables ("| Equality | assessment at Appendix C |"), which are
/// no paragraphs: a mention there counts like any other. Cells that hold a
/// header field, and the entries of a list, are left out; `refs` stays in
/// order.
pub fn table_mentions(
    doc: &Document,
    refs: &mut Vec<Reference>,
    find: impl Fn(Span) -> Vec<FoundReference>,
    entry_at: impl Fn(usize) -> bool,
) {
    let before = refs.len();
    for cell in doc
        .tables
        .iter()
        .flat_map(|t| &t.rows)
        .flat_map(|r| &r.cells)
    {
        if cell.span.is_empty() || !cell.text.contains(['x', 'X']) {
            continue;
        }
        let overlaps = |s: Span| s.start < cell.span.end && cell.span.start < s.end;
        if doc
            .fields
            .iter()
            .any(|f| overlaps(f.value_span) || overlaps(f.key_span))
        {
            continue;
        }
        for r in find(cell.span) {
            let known = refs[..before]
                .binary_search_by_key(&r.span.start, |k| k.span.start)
                .is_ok();
            if known
                || entry_at(r.span.start)
                || !matches!(r.kind, ReferenceKind::Appendix | ReferenceKind::Annex)
            {
                continue;
            }
            refs.push(r.into_reference(None, 0));
        }
    }
    if refs.len() > before {
        refs.sort_by_key(|r| r.span.start);
    }
}

/// The most lines looked at after a list line.
const MAX_LINES: usize = 400;
/// The most lines of other text before a list's first entry.
const MAX_LEAD: usize = 4;

/// Words that name a list of appendices, in lower case.
const LIST_WORDS: &[(&str, ReferenceKind)] = &[
    ("appendices", ReferenceKind::Appendix),
    ("appendixes", ReferenceKind::Appendix),
    ("appendix", ReferenceKind::Appendix),
    ("annexes", ReferenceKind::Annex),
    ("annexe", ReferenceKind::Annex),
    ("annex", ReferenceKind::Annex),
    ("annexures", ReferenceKind::Annex),
    ("enclosures", ReferenceKind::Appendix),
    ("enclosure", ReferenceKind::Appendix),
    ("attachments", ReferenceKind::Appendix),
];

/// Words that may come before the list word: "Use of Appendices", "List of
/// appendices", "Report appendices", "Schedule of annexes".
const LEAD_WORDS: &[&[&str]] = &[
    &["use", "of"],
    &["list", "of"],
    &["schedule", "of"],
    &["report"],
    &["the"],
];

/// Words that may come after it: "Appendices to this report", "Annexes
/// attached".
const TAIL_WORDS: &[&[&str]] = &[
    &["to", "this", "report"],
    &["to", "the", "report"],
    &["to", "this", "paper"],
    &["to", "the", "paper"],
    &["attached"],
    &["(attached)"],
];

/// Whether a heading title or a line names a list of appendices, and of
/// which kind its bare labels are: `Appendices` (appendix), `Annexes:`
/// (annex), `## 9. Use of Appendices`, `13. APPENDICES / ATODIADAU`.
/// `Appendix A – Title` is an appendix, not a list of them.
pub fn list_title(line: &str) -> Option<ReferenceKind> {
    // Called on every line: bail out before trimming when no part of the
    // line could pass `list_words`.
    if !names_a_list(line) {
        return None;
    }
    let s = strip_number(trim_marks(line));
    let s = s.trim_end_matches(|c: char| {
        matches!(c, ':' | '.' | '*' | '_' | '#' | '|') || c.is_whitespace()
    });
    if s.is_empty() || s.len() > 60 || !s.is_char_boundary(1) {
        return None;
    }
    // Bilingual titles: "APPENDICES / ATODIADAU".
    s.split(" / ").find_map(|part| list_words(part.trim()))
}

/// Whether `title` (a heading's plain title) names a list of appendices.
pub fn is_list_title(title: &str) -> bool {
    list_title(title).is_some()
}

fn list_words(s: &str) -> Option<ReferenceKind> {
    // Every list word holds "appen" or "annex": most titles stop here,
    // before anything is lower-cased or split.
    if !names_a_list(s) || s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let mut w = &words[..];
    for _ in 0..2 {
        if let Some(lead) = LEAD_WORDS.iter().find(|l| w.starts_with(l)) {
            w = &w[lead.len()..];
        }
    }
    let (first, tail) = w.split_first()?;
    let kind = LIST_WORDS.iter().find(|(lw, _)| lw == first)?.1;
    (tail.is_empty() || TAIL_WORDS.contains(&tail)).then_some(kind)
}

/// Whether `s` holds "appen" or "annex" in any case.
fn names_a_list(s: &str) -> bool {
    // (memchr for the "a" is no faster: it is too common a letter.)
    s.as_bytes().windows(5).any(opens_list_word)
}

/// Whether `bytes` open with "appen" or "annex", in any case: the start
/// every appendix and annex word shares.
fn opens_list_word(bytes: &[u8]) -> bool {
    let Some(head) = bytes.get(..5) else {
        return false;
    };
    // Both open with an "a": test that byte before the rest.
    head[0] | 0x20 == b'a'
        && (head.eq_ignore_ascii_case(b"appen") || head.eq_ignore_ascii_case(b"annex"))
}

/// Trims white space, form feeds, ATX hashes, emphasis, pipes and setext
/// underlines from both ends.
fn trim_marks(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, '#' | '*' | '_' | '|' | '\u{c}'))
}

/// Drops a leading section number: `13.`, `7`, `XI.`, `J.`, `Section 9:`,
/// `Part 3 –`.
fn strip_number(s: &str) -> &str {
    let lower_starts = |p: &str| {
        s.len() >= p.len() && s.is_char_boundary(p.len()) && s[..p.len()].eq_ignore_ascii_case(p)
    };
    let mut rest = s;
    if lower_starts("section ") || lower_starts("part ") {
        let after = &s[s.find(' ').unwrap_or(0) + 1..];
        let n = after
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if (1..=4).contains(&n) {
            rest = after[n..].trim_start_matches([' ', ':', '.', '-', '–', '—']);
            return rest.trim_start();
        }
    }
    let token_len = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    if token_len > 0
        && rest[..token_len]
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit())
    {
        return rest[token_len..].trim_start_matches([' ', '\t', '\u{a0}', ')', ':']);
    }
    // "XI. Appendices", "J. Annexes": a roman numeral or one capital and a dot.
    let caps = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    if caps > 0 && rest[caps..].starts_with(". ") {
        let token = &rest[..caps];
        if caps == 1
            || token
                .bytes()
                .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
        {
            return rest[caps + 1..].trim_start();
        }
    }
    rest
}

/// Reads every appendix list in `text`. `heading_lines` holds the first
/// byte of each heading's line, in order.
pub fn read_lists(text: &str, heading_lines: &[usize], cues: &Cues) -> Vec<List> {
    let mut starts: Vec<usize> = cues
        .starts()
        .filter(|&at| text.as_bytes().get(at..).is_some_and(opens_list_word))
        .map(|at| line_start(text, at))
        .chain(heading_lines.iter().copied())
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let mut lists = Vec::new();
    let mut done = 0;
    for start in starts {
        if start < done {
            continue;
        }
        let end = line_end(text, start);
        let line = &text[start..end];
        // A list line is short; an entry may have a long title. (The
        // length first: a paragraph that cites an appendix is one long
        // line.)
        let list = match (line.len() <= 120).then(|| list_title(line)).flatten() {
            Some(kind) => read_list(text, Span::new(start, end), kind, heading_lines, cues),
            None if line.len() <= 400 => headerless(text, start, heading_lines, cues),
            None => None,
        };
        if let Some(list) = list {
            done = list.span.end;
            lists.push(list);
        }
    }
    lists
}

/// A list with no list line: two entries or more in sequence, each with a
/// title after a colon, dash or tab, starting at the line at `start`
/// (`Appendix A – Background<TAB>YES` / `Appendix B – Consultation<TAB>YES`).
fn headerless(text: &str, start: usize, heading_lines: &[usize], cues: &Cues) -> Option<List> {
    // An entry with a title after a separator, or a label and a colon that
    // end the line ("Appendix A:", the title on the lines after).
    let titled = |at: usize| {
        let line = &text[at..line_end(text, at)];
        let e = entry(text, at, line, ReferenceKind::Appendix, &[], cues)?;
        let after = e.span.of(text).get(label_len(text, &e)..)?;
        let after = after.trim_start_matches([' ', '\u{a0}', '*', '_']);
        let ok = if e.title.is_some() {
            after.starts_with([':', '–', '—', '-', '\t', '('])
        } else {
            after.starts_with(':')
        };
        ok.then_some(e)
    };
    let first = titled(start)?;
    // The next entry: after at most three lines of its title, or one
    // blank line.
    let mut next = start;
    let mut blank = false;
    let second = (0..4).find_map(|_| {
        let end = line_end(text, next);
        next = text[end..].find('\n').map(|i| end + i + 1)?;
        let line = text[next..line_end(text, next)].trim();
        if line.is_empty() {
            blank = true;
            return None;
        }
        let e = titled(next);
        if e.is_none() && blank {
            // Text after a blank line: the entries do not run on.
            next = text.len();
        }
        e
    })?;
    if second.kind != first.kind || !next_label(Some(&first.label)).contains(&second.label) {
        return None;
    }
    let list = read_list(text, Span::empty(start), first.kind, heading_lines, cues)?;
    (list.entries.len() >= 2).then_some(list)
}

/// The length of an entry's cue word and label, from the start of its span.
fn label_len(text: &str, e: &Entry) -> usize {
    let s = e.span.of(text);
    let Some(at) = s.find(|c: char| c.is_whitespace()) else {
        return s.len();
    };
    let rest = s[at..].trim_start();
    let label = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '(' || c == ')'))
        .unwrap_or(rest.len());
    s.len() - rest.len() + label
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// The end of the line starting at `start`, before its `\r\n` or `\n`.
fn line_end(text: &str, start: usize) -> usize {
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    if end > start && text.as_bytes()[end - 1] == b'\r' {
        end - 1
    } else {
        end
    }
}

/// The lines after the list line at `heading`, read as entries.
fn read_list(
    text: &str,
    heading: Span,
    kind: ReferenceKind,
    heading_lines: &[usize],
    cues: &Cues,
) -> Option<List> {
    let mut entries: Vec<Entry> = Vec::new();
    // A list with no list line starts at its first entry.
    let headed = !heading.is_empty();
    let mut pos = (heading.end + 1).min(text.len());
    if text[heading.end..].starts_with("\r\n") {
        pos = heading.end + 2;
    }
    if !headed {
        pos = heading.start;
    }
    let mut after_blank = false;
    let mut lead = 0;
    let mut first = headed;
    let mut end = heading.end;
    // The entry whose title is still to come ("Appendix A:" alone).
    let mut untitled: Option<usize> = None;
    for _ in 0..MAX_LINES {
        if pos >= text.len() {
            break;
        }
        let line_end = line_end(text, pos);
        let line = &text[pos..line_end];
        let next = text[line_end..]
            .find('\n')
            .map_or(text.len(), |i| line_end + i + 1);
        let at = pos;
        pos = next;
        let content = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
        if content.is_empty() {
            after_blank = true;
            first = false;
            continue;
        }
        if is_rule(content) {
            if first && content.bytes().all(|b| matches!(b, b'=' | b'-' | b' ')) {
                // The setext underline of the list line.
                first = false;
                continue;
            }
            break;
        }
        first = false;
        let is_heading = heading_lines.binary_search(&at).is_ok();
        let bare_next = next_label(entries.last().map(|e| e.label.as_str()));
        match entry(text, at, line, kind, &bare_next, cues) {
            Some(e) => {
                end = e.span.end;
                untitled = e.title.is_none().then_some(entries.len());
                entries.push(e);
                after_blank = false;
            }
            None => {
                if is_heading || (after_blank && !entries.is_empty()) {
                    break;
                }
                if let Some(last) = entries.last_mut() {
                    // A line of the entry's title.
                    last.extent.end = at + line.trim_end().len();
                    end = last.extent.end;
                }
                if let Some(i) = untitled.take() {
                    // "Appendix A:" then its title on the next line.
                    let title = plain(content);
                    let title = title.trim().trim_end_matches('.').trim();
                    if !title.is_empty() {
                        entries[i].title = Some(title.to_string());
                    }
                    continue;
                }
                if entries.is_empty() {
                    lead += 1;
                    if lead > MAX_LEAD || !headed {
                        return None;
                    }
                }
            }
        }
    }
    if entries.is_empty() {
        return None;
    }
    let title = plain(trim_marks(strip_number(trim_marks(heading.of(text)))));
    let title = title.trim_end_matches(':').trim();
    Some(List {
        title: (!title.is_empty()).then(|| title.to_string()),
        heading,
        span: Span::new(heading.start, end),
        entries,
    })
}

/// A horizontal rule or setext underline: `---`, `***`, `===`, `___`.
fn is_rule(content: &str) -> bool {
    let b = content.as_bytes();
    b.len() >= 3
        && matches!(b[0], b'-' | b'*' | b'_' | b'=')
        && b.iter().all(|&c| c == b[0] || c == b' ')
}

/// The labels a bare entry may have after an entry labelled `last`: the
/// next in its sequence, or the first of any when there is none yet. A
/// line after "Appendix 3 – Notes" that starts "T: 03000 …" is no entry.
fn next_label(last: Option<&str>) -> Vec<String> {
    let Some(last) = last else {
        return vec!["A".into(), "1".into(), "I".into()];
    };
    const ROMANS: [&str; 10] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    let mut next = Vec::new();
    if let Ok(n) = last.parse::<u32>() {
        next.push((n + 1).to_string());
    }
    if let Some(i) = ROMANS.iter().position(|r| *r == last) {
        if let Some(r) = ROMANS.get(i + 1) {
            next.push((*r).to_string());
        }
    }
    if let [b] = last.as_bytes() {
        if b.is_ascii_uppercase() && *b < b'Z' {
            next.push(char::from(b + 1).to_string());
        }
    }
    next
}

/// The line at `at` read as an entry; a bare label (`A: Title`) may be one
/// only if it is among `bare`.
fn entry(
    text: &str,
    at: usize,
    line: &str,
    kind: ReferenceKind,
    bare: &[String],
    cues: &Cues,
) -> Option<Entry> {
    let trimmed = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    if trimmed.starts_with('|') {
        return table_entry(
            text,
            at + (line.len() - trimmed.len()),
            trimmed,
            kind,
            bare,
            cues,
        );
    }
    let body = strip_bullet(trimmed);
    let start = at + (line.len() - body.len());
    let body_end = start + body.trim_end().len();
    cued_entry(text, Span::new(start, body_end), cues)
        .or_else(|| bare_entry(Span::new(start, body_end), text, kind, bare))
}

/// Strips a bullet, a list number and emphasis from the start of a line.
fn strip_bullet(s: &str) -> &str {
    let mut s = s;
    for _ in 0..2 {
        let before = s.len();
        s = s.trim_start_matches(['*', '_']);
        if let Some(c) = s.chars().next() {
            if matches!(
                c,
                '-' | '+' | '•' | '·' | '▪' | '◦' | '○' | '\u{f0b7}' | '–'
            ) && s[c.len_utf8()..].starts_with([' ', '\t', '\u{a0}'])
            {
                s = &s[c.len_utf8()..];
            }
        }
        // "(a) ", "a) ", "1. ", "1) " before an appendix word.
        let num = s
            .trim_start_matches('(')
            .bytes()
            .take_while(u8::is_ascii_alphanumeric)
            .count();
        let opened = usize::from(s.starts_with('('));
        if (1..=2).contains(&num) {
            let rest = &s[opened + num..];
            if let Some(r) = rest.strip_prefix([')', '.']) {
                let r2 = r.trim_start();
                if r2.len() < r.len() && opens_list_word(r2.as_bytes()) {
                    s = r2;
                }
            }
        }
        s = s.trim_start_matches(|c: char| c.is_whitespace());
        if s.len() == before {
            break;
        }
    }
    s
}

/// `Appendix A – Title`, `Annex 2 (exempt) – Title`, `Appendix A:`.
fn cued_entry(text: &str, body: Span, cues: &Cues) -> Option<Entry> {
    let s = body.of(text);
    let found = find_references_at(s, body.start, cues);
    let first = found.first()?;
    if first.span.start != body.start
        || !matches!(first.kind, ReferenceKind::Appendix | ReferenceKind::Annex)
    {
        return None;
    }
    // The label must end the line or be followed by a separator.
    let label_end = first.span.end.max(first.target_span.end) - body.start;
    let rest = s[label_end..].trim_start_matches(['*', '_', ')']);
    let ok = match rest.chars().next() {
        None => true,
        Some(':' | '–' | '—' | '-' | '\t' | '(' | ',' | '.' | '|' | '=') => true,
        Some(c) if c.is_whitespace() => {
            let r = rest.trim_start();
            r.is_empty()
                || r.starts_with(|c: char| {
                    c.is_uppercase()
                        || c.is_ascii_digit()
                        || matches!(c, '(' | '–' | '—' | '-' | ':' | '“' | '"' | '‘' | '\'')
                })
        }
        _ => false,
    };
    if !ok {
        return None;
    }
    let title = title_after(&s[label_end..]);
    Some(Entry {
        kind: first.kind,
        label: first.target.clone(),
        within: first.within.clone(),
        title,
        span: body,
        extent: body,
    })
}

/// `A: Title`, `2 – Title`, `B<TAB>Title` under a list line.
fn bare_entry(body: Span, text: &str, kind: ReferenceKind, next: &[String]) -> Option<Entry> {
    let s = body.of(text);
    let (label, rest) = bare_label(s)?;
    if !next.iter().any(|n| n == label) {
        return None;
    }
    let rest_t = rest.trim_start_matches([' ', '\u{a0}']);
    let sep = rest_t.chars().next()?;
    if !(matches!(sep, ':' | '–' | '—' | '\t') || (sep == '-' && rest_t[1..].starts_with(' ')))
    {
        return None;
    }
    let title = title_after(rest_t)?;
    Some(Entry {
        kind,
        label: label.to_ascii_uppercase(),
        within: None,
        title: Some(title),
        span: body,
        extent: body,
    })
}

/// A label standing alone at the start of `s`: one capital, a roman
/// numeral up to X, or a number 1 to 99; and what follows it.
fn bare_label(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_end();
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let (n, rest) = s.split_at(digits);
        let ok = digits <= 2 && !n.starts_with('0');
        return (ok && !rest.starts_with(|c: char| c.is_alphanumeric() || c == '.'))
            .then_some((n, rest));
    }
    let caps = s.bytes().take_while(u8::is_ascii_uppercase).count();
    if caps == 0 || s[caps..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let (l, rest) = s.split_at(caps);
    let roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"].contains(&l);
    (caps == 1 || roman).then_some((l, rest))
}

/// `| Appendix 1 | Title | Open |` or `| 1 | Title | Open |`.
fn table_entry(
    text: &str,
    at: usize,
    row: &str,
    kind: ReferenceKind,
    next: &[String],
    cues: &Cues,
) -> Option<Entry> {
    let mut cells = Vec::new();
    let mut offset = 0;
    for cell in row.split('|') {
        cells.push((at + offset, cell));
        offset += cell.len() + 1;
    }
    let mut cells = cells.into_iter().filter(|(_, c)| !c.trim().is_empty());
    let (first_at, first) = cells.next()?;
    let title = cells
        .map(|(_, c)| plain(c).trim().to_string())
        .find(|c| !c.is_empty());
    let lead = first.len() - first.trim_start().len();
    let inner = first.trim().trim_matches(['*', '_']);
    let inner_at = first_at + lead + first.trim().find(inner).unwrap_or(0);
    let span = Span::new(inner_at, inner_at + inner.len());
    if let Some(mut e) = cued_entry(text, span, cues) {
        if e.title.is_none() {
            e.title = title;
        }
        return Some(e);
    }
    let (label, rest) = bare_label(inner)?;
    if !rest.trim().is_empty() || !next.iter().any(|n| n == label) {
        return None;
    }
    Some(Entry {
        kind,
        label: label.to_ascii_uppercase(),
        within: None,
        title: Some(title?),
        span,
        extent: span,
    })
}

/// The title after an entry's label: `– Title.` gives `Title`.
fn title_after(rest: &str) -> Option<String> {
    let rest = rest.trim_start_matches([':', '-', '–', '—', ' ', '\t', '*', '_', '\u{a0}']);
    // A tab ends the title: "Risk assessment<TAB>YES" is a row of columns.
    let rest = rest.split('\t').next().unwrap_or(rest);
    let title = plain(rest);
    let title = title.trim().trim_end_matches('.').trim();
    (!title.is_empty()).then(|| title.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists(text: &str) -> Vec<List> {
        let doc = super::super::parse(text);
        let heading_lines: Vec<usize> = doc
            .sections
            .iter()
            .map(|s| line_start(text, s.heading.start))
            .collect();
        read_lists(text, &heading_lines, &Cues::new(text, 0))
    }

    fn labels(text: &str) -> Vec<String> {
        lists(text)
            .iter()
            .flat_map(|l| {
                l.entries
                    .iter()
                    .map(|e| format!("{:?} {}", e.kind, e.label))
            })
            .collect()
    }

    #[test]
    fn list_titles() {
        for t in [
            "Appendices",
            "## 9. Use of Appendices",
            "Annexes:",
            "**13. Annexes**",
            "7. Appendices:",
            "## Section 9: Annexes",
            "13.  APPENDICES / ATODIADAU",
            "## XI. Appendices",
            "## J. Annexes",
            "Appendix",
            "## 8. REPORT APPENDICES",
            "List of appendices",
            "Appendices to this report",
            "**APPENDICES**",
        ] {
            assert!(list_title(t).is_some(), "{t}");
        }
        for t in [
            "Appendix A – Site plan",
            "Annex 2",
            "Appendix 1: Budget",
            "Appendices A and B",
            "Background papers",
            "The appendices show the figures",
            "Appendix | Title | Status",
        ] {
            assert!(list_title(t).is_none(), "{t}");
        }
        assert_eq!(list_title("Annexes:"), Some(ReferenceKind::Annex));
    }

    #[test]
    fn one_entry_a_line_with_no_blank_lines() {
        let text = "## 1. Purpose\n\n1.1 See Appendix A.\n\nAppendices\nAppendix A – Strategy\nAppendix B – Action plan\nAppendix C – Impact assessment\n";
        assert_eq!(labels(text), ["Appendix A", "Appendix B", "Appendix C"]);
        let l = &lists(text)[0];
        assert_eq!(l.title.as_deref(), Some("Appendices"));
        assert_eq!(l.entries[1].title.as_deref(), Some("Action plan"));
        assert_eq!(l.entries[1].span.of(text), "Appendix B – Action plan");
    }

    #[test]
    fn bullets_blank_lines_and_annexes() {
        let text =
            "Annexes:\nAnnex 1 – Scheme list\nAnnex 2 – Survey results\n\nSources:\n\n- A report\n";
        assert_eq!(labels(text), ["Annex 1", "Annex 2"]);
        let text = "## 12 Appendices\n\n- Appendix A – Charges\n- Appendix B – Responses\n\n•  Appendix C – Boundaries\n\n## 13 Background papers\n\n13.1 Plan.\n";
        assert_eq!(labels(text), ["Appendix A", "Appendix B", "Appendix C"]);
        let text = "# 7. Appendices\n\nAppendix A – Policy\n\nAppendix B – Benchmarking\n\n# 8. Background papers\n\nAppendix C – not in the list\n";
        assert_eq!(labels(text), ["Appendix A", "Appendix B"]);
    }

    #[test]
    fn labels_on_their_own_lines_and_bare_labels() {
        let text = "Appendices\nProposed Record of Decision\nA: Current activity\nB: Priorities\n\n14.\n\nContact details\n";
        assert_eq!(labels(text), ["Appendix A", "Appendix B"]);
        let text = "12. Appendices\n\nAppendix A:\nInspector's report on the plan\nAppendix B:\nThe plan for adoption\n";
        let l = &lists(text)[0];
        assert_eq!(l.entries.len(), 2);
        assert_eq!(
            l.entries[0].title.as_deref(),
            Some("Inspector's report on the plan")
        );
    }

    #[test]
    fn entries_with_no_list_line() {
        let text = "Sign-off\tJo Bloggs\t1 May 2024\n\nAppendix A – Background\tYES\nAppendix B – Consultation\tYES\nAppendix C – Scrutiny\tNO\n\nEnd.\n";
        assert_eq!(labels(text), ["Appendix A", "Appendix B", "Appendix C"]);
        assert_eq!(lists(text)[0].title, None);
        assert_eq!(lists(text)[0].entries[2].title.as_deref(), Some("Scrutiny"));
        // Two mentions in a row are no list: they are not in sequence, or are sentences.
        let text = "Appendix B – the scores\nAppendix A – the plan\n";
        assert!(labels(text).is_empty());
        let text = "Appendix A sets out the plan.\nAppendix B sets out the scores.\n";
        assert!(labels(text).is_empty());
    }

    #[test]
    fn label_lines_with_no_list_line() {
        let text = "Lead Officer:\nJo Bloggs – Head of Planning\nAppendix A:\nInspector's Report on the Plan (including appendix 1 Schedule of\nModifications)\nAppendix B:\nThe Plan for adoption\n\nBackground Documents\n";
        let l = &lists(text)[0];
        assert_eq!(l.entries.len(), 2);
        assert_eq!(
            l.entries[0].title.as_deref(),
            Some("Inspector's Report on the Plan (including appendix 1 Schedule of")
        );
        // "appendix 1" in the wrapped title is part of the entry.
        let doc = crate::parse::parse(text);
        assert!(doc.references.is_empty(), "{:?}", doc.references);
        assert_eq!(doc.appendices.len(), 2, "{:?}", doc.appendices);
    }

    #[test]
    fn bare_labels_in_a_field() {
        let text = "Appendices: A – Site plan; B – Valuation; C – Equality Impact Assessment\n";
        let doc = super::super::parse(text);
        let v = doc.fields[0].value_span;
        let d = field_decls(text, "appendices", v, &Cues::new(text, 0));
        let got: Vec<_> = d
            .iter()
            .map(|d| (d.label.as_str(), d.title.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("A", Some("Site plan")),
                ("B", Some("Valuation")),
                ("C", Some("Equality Impact Assessment"))
            ]
        );
        assert_eq!(d[1].span.of(text), "B – Valuation");
        let d = field_decls(text, "appendices", Span::new(12, 13), &Cues::new(text, 0));
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn a_table_row_that_lists_appendices() {
        let text = "# Report\n\n| Field | Value | Notes |\n|---|---|---|\n| Meeting | Cabinet | |\n| Appendices | A – Fees; B – Equality Impact Assessment | Appendix A is a spreadsheet |\n\n## Purpose\n\nText.\n";
        let doc = crate::parse::parse(text);
        let got: Vec<_> = doc
            .appendices
            .iter()
            .map(|d| (d.label.as_str(), d.title.as_deref()))
            .collect();
        // Read as a list, or as a field if the header parser takes the row for one.
        assert_eq!(
            got,
            [
                ("A", Some("Fees")),
                ("B", Some("Equality Impact Assessment"))
            ]
        );
        // The third cell mentions Appendix A.
        assert_eq!(doc.references.len(), 1, "{:?}", doc.references);
    }

    #[test]
    fn bare_labels_run_in_sequence() {
        // A contact after the list is no entry: "T" does not follow "3".
        let text = "Appendices\nAppendix 1 – Investments\nAppendix 2 – Glossary\nAppendix 3 – Notes\nJo Bloggs – Treasury Manager\nT: 01632 960000\nE: jo@example.org\n";
        assert_eq!(labels(text), ["Appendix 1", "Appendix 2", "Appendix 3"]);
        let text = "Appendices\nB: Priorities\n";
        assert!(labels(text).is_empty());
    }

    #[test]
    fn wrapped_titles_and_what_ends_a_list() {
        let text = "Appendices:\nAppendix 1 – Joint letter to the Minister from the Leader, formally\nrequesting inclusion in the programme.\nAppendix 2 – Reply from the Minister.\n\n8.\n\nBackground documents:\nAppendix 3 sets out nothing.\n";
        assert_eq!(labels(text), ["Appendix 1", "Appendix 2"]);
        let text = "**13. Annexes**\n\n- Annex 1 – Process\n- Annex 2 (exempt) – Scores\n\n---\n\n**Annex 1 – Process**\n\nThis annex summarises.\n";
        assert_eq!(labels(text), ["Annex 1", "Annex 2"]);
        // A sentence that starts with an appendix is no entry.
        let text = "Appendices\n\nAppendix A sets out the scores.\n";
        assert!(labels(text).is_empty());
        // A list line with no entries after it is no list.
        let text = "Appendices\n\nNone.\n\nBackground papers\n\nAppendix A – a stray line\n";
        assert!(labels(text).is_empty());
    }

    #[test]
    fn tables_of_appendices() {
        let text = "10. Appendices\n--------------\n\n| Appendix | Title | Status |\n|---|---|---|\n| 1 | Condition survey | Open |\n| 2 | Options appraisal | Open |\n| 3 | Commercial terms | Confidential |\n";
        assert_eq!(labels(text), ["Appendix 1", "Appendix 2", "Appendix 3"]);
        assert_eq!(
            lists(text)[0].entries[2].title.as_deref(),
            Some("Commercial terms")
        );
        let text = "Appendices\n\n| Appendix A | Site plan |\n| Appendix B | Bids |\n";
        assert_eq!(labels(text), ["Appendix A", "Appendix B"]);
    }

    #[test]
    fn spans_stay_on_char_boundaries() {
        for text in [
            "Appendices\n• Appendix A – Café\n",
            "Annexes:\n\u{f0b7}\tAnnex 1 – Ünïcode\n",
            "Appendices\n| 1 | é |\n",
            "Appendices\nA – é\n",
        ] {
            for l in lists(text) {
                for e in l.entries {
                    let _ = e.span.of(text);
                }
            }
        }
    }
}
