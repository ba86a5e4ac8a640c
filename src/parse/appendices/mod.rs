//! Appendix lists: the lines where a paper lists what is attached to it.
//!
//! A list starts at a line that names one, whether the parser took it for a
//! heading or not: `## 9. Use of Appendices`, `Appendices`, `Annexes:`,
//! `**13. Annexes**`, `7. Appendices:`, `Section 9: Annexes`,
//! `APPENDICES / ATODIADAU`, `Appendix` over its entries, a setext
//! `Appendices` over `====`, a Word heading behind Pandoc's bookmark
//! (`# []{#_Toc1 .anchor}**10. APPENDICES**`) (see [`list_title`]), or a
//! cover's label with the first entry in its value column (`APPENDICES
//! ␣␣␣␣A.  Site plan.`). Its entries follow, one a line, with or without
//! blank lines between them:
//!
//! ```text
//! entry      = [ bullet ] cued_entry | [ bullet ] label_entry | table_row ;
//! cued_entry = appendix_reference [ separator title ]     -- Appendix A – Title, Annex 2 (exempt) – Title
//!                                                         -- Appendix A: (the title on the next line)
//!            | other_label " / " cued_entry               -- Atodiad A / Appendix A – Title
//!            | appendix_reference " / " other_label [ separator title ]
//!                                                         -- Appendix A / Atodiad A – Title
//! other_label= one or two capitalised words, then the same label
//! label_entry= label separator title                      -- A: Title, 2 – Title (only under a list line)
//! table_row  = "|" ( appendix_reference | label ) "|" title "|" ...
//! separator  = ":" | "–" | "—" | "-" | TAB | "(" | "," | "." | " " Capital ;
//! bullet     = "-" | "*" | "+" | "•" | "·" | "▪" | "♦" | "■" | "►" | "➢" | …
//!            | U+F000..U+F0FF | "(a)" | "a)" | "1." | "1)" ;
//! ```
//!
//! A line that starts with an appendix reference and runs on as a sentence
//! ("Appendix B sets out the scores") is no entry. Bare labels must run in
//! sequence (A, B, C or 1, 2, 3), so `T: 01632 …` after a list is no entry,
//! and carry on only a list given by bare labels from its start (`2.
//! Development …` under `Annex 1 – Heads of conditions` is the annex's).
//! The list runs until a heading that is not itself an entry, a horizontal
//! rule, an entry that names an appendix the list has named (the appendix
//! itself starting), or (once it has an entry) a line that is no entry
//! after a blank line; lines straight after an entry are its title wrapped, and belong to
//! the entry (a reference there is part of the title, not a mention). A
//! run of labels with no titles (`APPENDIX A:` / `APPENDIX B:`, a cover's
//! cells taken column by column) takes the lines after it as its titles,
//! one each and in order, a title ending in a dash wrapped to the next
//! line; the list ends with the last title. Up to
//! four lines of other text may come before the first entry ("The following
//! documents are published with this report:", a table's header row).
//!
//! Also read as lists: two cued entries or more in sequence with no list
//! line over them (`Appendix A – Background<TAB>YES` / `Appendix B – …`;
//! `Appendix A:` / its title / `Appendix B:` …); a table row whose first
//! cell is a list title (`| Appendices | A – Fees; B – EqIA |`); a table
//! of any syntax (an HTML one included) under a list line or with a
//! header row that opens with a list word, one entry a row
//! ([`table_row_lists`]); in [`field_decls`], a header field's value; and
//! the entries on the lines under such a field ([`carry`]: `Enclosures:
//! Appendix 1 – Review` / `Appendix 2 – Draft scheme`).
//!
//! The module only reads; `collect_references` turns each entry into an
//! [`AppendixDecl`] and keeps the entries'
//! words out of the references ([`Entries`]).
//!
//! Files: `title` tells a list line (`Use of Appendices`) from other text;
//! `read` walks the lines after it and reads each entry; `carry` reads on
//! under a field that lists appendices; this file turns
//! the lists into declarations and keeps table cells' mentions.

use crate::document::{
    AppendixDecl, AppendixList, AppendixSource, Document, Reference, ReferenceKind, Span,
};

use super::inline::plain;
use super::line::{is_bare_page_number, is_page_footer, line_start};
use super::references::{find_references_at, Cues, FoundReference};
use super::Vocabulary;

mod carry;
mod read;
#[cfg(test)]
mod tests;
mod title;

use read::{bare_entry, cell_entry, later_cell_entry, next_label, read_lists};
pub(crate) use title::is_list_title;
use title::{list_title, opens_list_word};

/// One entry of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) kind: ReferenceKind,
    /// `A`, `1`.
    pub(crate) label: String,
    /// For `Annex B of Appendix 1`.
    pub(crate) within: Option<String>,
    pub(crate) title: Option<String>,
    /// The entry's first line, from its label (or cue word) to its end.
    pub(crate) span: Span,
    /// The entry's words, its title's wrapped lines included: a reference
    /// in them is the entry itself or part of its title ("Inspector's
    /// report (including appendix 1 Schedule of Modifications)"), not a
    /// mention.
    pub(crate) extent: Span,
}

/// A list of appendices: the line that names it, and its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct List {
    /// The list line as written, markup and numbering removed: `Use of
    /// Appendices`; `None` for entries with no list line over them.
    pub(crate) title: Option<String>,
    /// The list line (empty, at the first entry, when there is none).
    pub(crate) heading: Span,
    /// From the list line to the end of the last entry (or of the line
    /// that restates one, [`List::restated`]).
    pub(crate) span: Span,
    pub(crate) entries: Vec<Entry>,
    /// The line that ends the list by naming one of its entries again
    /// (`Annex 1 – Heads of conditions` after `Annex 4 – …`): the appendix
    /// itself starting, which neither lists it again nor mentions it. The
    /// list's span runs to its end.
    pub(crate) restated: Option<Span>,
}

impl Entry {
    /// The entry as a declaration of the paper's.
    pub(crate) fn decl(&self) -> AppendixDecl {
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
    /// The list's entries as declarations of the paper's. In a list whose
    /// every entry carries a mark in a column of marks, YES/NO or ticks and
    /// crosses (`Appendix F – Financial advice` / `NO`, or the mark in the
    /// line's last column), some of them yes, the entries marked no are
    /// listed but not attached ([`AppendixSource::Unattached`]). Text before
    /// the first entry (the column's header) must then say attached or
    /// included in the pack's words: an `Exempt?` column of YES/NO marks
    /// says nothing of what is attached.
    pub(crate) fn decls(&self, text: &str, vocab: &Vocabulary) -> Vec<AppendixDecl> {
        let mut decls: Vec<AppendixDecl> = self.entries.iter().map(Entry::decl).collect();
        if self.entries.len() < 2 {
            return decls;
        }
        let marks: Option<Vec<bool>> = self.entries.iter().map(|e| entry_mark(text, e)).collect();
        let Some(marks) = marks else {
            return decls;
        };
        if !marks.contains(&true) || !marks.contains(&false) {
            return decls;
        }
        let first = self.entries[0].span.start;
        // The column's header: text between the list line and the first
        // entry, a list line set out in columns (`Appendix<TAB>Exempt?`),
        // or, over entries with no list line, the line above them if it
        // opens with a list word (`Appendices   Attached?`).
        let mut header: Vec<&str> =
            vec![text.get(self.heading.end.min(first)..first).unwrap_or("")];
        let heading = self.heading.of(text).trim();
        if heading.contains('\t') || heading.contains("  ") {
            header.push(heading);
        }
        if self.heading.is_empty() {
            let mut above = line_before(text, line_start(text, first));
            while let Some(l) = above.filter(|l| {
                let l = l.of(text);
                is_page_footer(l) || is_bare_page_number(l)
            }) {
                above = line_before(text, l.start);
            }
            // A pipe table's header row over its separator row names the
            // columns, the marks' among them (`| Appendix | Title |
            // Exempt? |` / `|---|---|---|`).
            if let Some(row) = above.filter(|l| is_separator_row(l.of(text))) {
                if let Some(h) = line_before(text, row.start) {
                    header.push(h.of(text));
                }
            }
            let above = above.map_or("", |l| l.of(text).trim_start_matches(['\u{c}', ' ', '*']));
            if opens_list_word(above.as_bytes()) {
                header.push(above);
            }
        }
        let words = || {
            header
                .iter()
                .flat_map(|h| h.split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
        };
        let says_attached = words().any(|w| {
            vocab.attached.contains_ignore_case(w) || vocab.attaching.contains_ignore_case(w)
        });
        // The list words name the column of labels, not the marks'.
        let other = words().any(|w| !opens_list_word(w.as_bytes()));
        if !says_attached && other {
            return decls;
        }
        for (d, attached) in decls.iter_mut().zip(marks) {
            if !attached {
                d.source = AppendixSource::Unattached;
            }
        }
        decls
    }

    /// What the document keeps of the list.
    pub(crate) fn info(&self) -> AppendixList {
        AppendixList {
            title: self.title.clone(),
            heading: self.heading,
            span: self.span,
            entries: self.entries.len(),
        }
    }
}

/// The mark an entry carries in a column of YES/NO marks: on the last line
/// of its extent alone (`Appendix F – Financial advice` / `NO`, as
/// `pdftotext` sets out a table row), in its line's last column, after a
/// tab or a gap of two spaces (`Appendix F – Financial advice<TAB>NO`), or
/// in the last cell of its table row (`| Appendix F – Financial advice |
/// **NO** |`). `Some(true)` for yes, `Some(false)` for no.
fn entry_mark(text: &str, e: &Entry) -> Option<bool> {
    let mut extent = e.extent.of(text).trim_end();
    // A page's footer after the mark (`NO` / `Page 3`) is no part of it,
    // nor a table's separator row under its header row.
    while let Some(i) = extent.rfind('\n') {
        let line = &extent[i + 1..];
        if !(is_page_footer(line) || is_bare_page_number(line) || is_separator_row(line)) {
            break;
        }
        extent = extent[..i].trim_end();
    }
    let row = Span::new(e.extent.start, e.extent.start + extent.len());
    if let Some(cell) = row_last_cell(text, row) {
        return mark(cell);
    }
    let last = match extent.rfind('\n') {
        Some(i) => &extent[i + 1..],
        None => {
            let at = extent.rfind('\t').or_else(|| extent.rfind("  "))?;
            &extent[at..]
        }
    };
    mark(last)
}

/// A pipe table's separator row: `|---|:---:|`.
fn is_separator_row(line: &str) -> bool {
    let line = line.trim();
    line.starts_with('|')
        && line.contains('-')
        && line.bytes().all(|c| matches!(c, b'|' | b'-' | b':' | b' '))
}

/// A cell of YES/NO marks read: `Some(true)` for yes, `Some(false)` for
/// no ("No", "Not applicable", "N/A", a cross, an empty box).
fn mark(cell: &str) -> Option<bool> {
    let cell = super::inline::symbol_marks(cell);
    let cell = cell
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '|'))
        .trim();
    match cell.to_ascii_lowercase().as_str() {
        "yes" | "✓" | "✔" | "☑" | "☒" => Some(true),
        "no" | "not applicable" | "n/a" | "✗" | "✘" | "☐" => Some(false),
        _ => None,
    }
}

/// The last cell of the pipe-table row that holds `extent` on one line, if
/// the extent starts before it (`| Appendix C – Risk assessment | NO |`
/// gives ` NO `): the row's column of marks. `None` for an extent that is
/// no cell of a row, runs over more lines than the row, or is the row's
/// last cell itself.
fn row_last_cell(text: &str, extent: Span) -> Option<&str> {
    let start = line_start(text, extent.start);
    let end = line_end(text, start);
    if extent.end > end {
        return None;
    }
    let row = &text[start..end];
    let trimmed = row.trim();
    if !trimmed.starts_with('|') || !trimmed.ends_with('|') || trimmed.len() < 2 {
        return None;
    }
    let inner = &trimmed[..trimmed.len() - 1];
    let last = inner.rfind('|')?;
    let last_at = start + (row.len() - row.trim_start().len()) + last;
    (last_at > extent.start).then(|| &inner[last + 1..])
}

/// Where the entries of a paper's lists stand (their wrapped titles
/// included): a reference there is no mention of an appendix.
pub(crate) struct Entries(Vec<Span>);

impl Entries {
    /// Whether `pos` is inside an entry.
    pub(crate) fn contain(&self, pos: usize) -> bool {
        let i = self.0.partition_point(|s| s.start <= pos);
        i > 0 && self.0[..i].iter().rev().take(4).any(|s| pos < s.end)
    }
}

/// The appendix lists of a parsed paper, and where their entries stand.
/// `vocab` says which header fields list appendices: entries carried on
/// the lines under one are a list of their own ([`carry`]).
pub(crate) fn declare(
    text: &str,
    doc: &Document,
    cues: &Cues,
    vocab: &Vocabulary,
) -> (Entries, Vec<List>) {
    let mut heading_lines: Vec<usize> = doc
        .sections
        .iter()
        .map(|s| line_start(text, s.heading.start))
        .collect();
    heading_lines.sort_unstable();
    heading_lines.dedup();
    let title_lines = title_lines(text, doc);
    let mut lists = read_lists(text, &heading_lines, &title_lines, cues);
    lists.extend(table_lists(text, doc, cues));
    let tabled = table_row_lists(text, doc, cues, &lists);
    lists.extend(tabled);
    let carried = carry::carried(text, doc, cues, vocab, &lists, &heading_lines);
    lists.extend(carried);
    let mut extents: Vec<Span> = lists
        .iter()
        .flat_map(|l| l.entries.iter().map(|e| e.extent).chain(l.restated))
        .collect();
    extents.sort_unstable();
    (Entries(extents), lists)
}

/// The first byte of each heading title's line where the title stands on
/// a line below its number ("1." / blank / "Appendices"), in order.
fn title_lines(text: &str, doc: &Document) -> Vec<usize> {
    let mut lines: Vec<usize> = doc
        .sections
        .iter()
        .filter_map(|s| {
            let at = line_start(text, s.title_span.start);
            (!s.title_span.is_empty() && at > s.heading.start).then_some(at)
        })
        .collect();
    lines.sort_unstable();
    lines.dedup();
    lines
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
                restated: None,
            })
        })
}

/// Lists set out as a table, read from the rows the parser took from it,
/// whatever its syntax (an HTML table as Word exports write one; a pipe
/// or tab table that the line reader did not read): a table under a list
/// line (`**13. Appendices**` over `<table><tr><th>Appendix</th>…` and
/// `<tr><td>1</td><td>Investment strategy review</td>…`), or one whose
/// header row opens with a list word (`| Appendix | Title | Status |`).
/// Each row's first cell is the label, cued (`Appendix 1`) or bare and in
/// sequence (`1`, `2`), and its next cell that is not empty the title; the
/// rows before the first entry are header rows, and the list ends at the
/// first row after it that is no entry. A table that overlaps a list
/// already read (`read`) is left alone.
fn table_row_lists(text: &str, doc: &Document, cues: &Cues, read: &[List]) -> Vec<List> {
    let mut out = Vec::new();
    for t in &doc.tables {
        let overlaps = |s: Span| s.start < t.span.end && t.span.start < s.end;
        if read.iter().any(|l| overlaps(l.span)) {
            continue;
        }
        let first_cell = t
            .rows
            .first()
            .and_then(|r| r.cells.iter().find(|c| !c.text.is_empty()));
        let above = line_before(text, t.span.start);
        let (heading, title, kind) = match above.and_then(|l| Some((l, list_title(l.of(text))?))) {
            Some((line, kind)) => {
                let title = plain(title::trim_marks(title::strip_number(title::trim_marks(
                    line.of(text),
                ))));
                (line, title.trim_end_matches(':').trim().to_string(), kind)
            }
            None => match first_cell.and_then(|c| Some((c, list_title(&c.text)?))) {
                Some((c, kind)) => (c.span, c.text.trim().to_string(), kind),
                None => continue,
            },
        };
        let mut entries: Vec<Entry> = Vec::new();
        for row in &t.rows {
            let mut cells = row.cells.iter().filter(|c| !c.text.is_empty());
            let Some(label) = cells.next() else {
                continue;
            };
            let title = cells.next().map(|c| c.text.clone());
            let next = next_label(entries.last().map(|e| e.label.as_str()));
            let span = untagged(text, label.span);
            // The label may stand in a later column than the title
            // (`| Title | Location |` over `| Site plan | Appendix A |`).
            let found = cell_entry(text, span, kind, &next, cues, title).or_else(|| {
                let later = row
                    .cells
                    .iter()
                    .filter(|c| !c.text.is_empty())
                    .skip(1)
                    .map(|c| untagged(text, c.span));
                later_cell_entry(text, span, later, cues)
            });
            match found {
                Some(e) => entries.push(e),
                None if entries.is_empty() => continue,
                None => break,
            }
        }
        if !entries.is_empty() {
            out.push(List {
                title: (!title.is_empty()).then_some(title),
                heading,
                span: Span::new(heading.start.min(t.span.start), t.span.end),
                entries,
                restated: None,
            });
        }
    }
    out
}

/// The line before the one at `start` (a line start), past blank lines:
/// the line a table stands under.
fn line_before(text: &str, start: usize) -> Option<Span> {
    let mut end = start.checked_sub(1)?;
    loop {
        let from = line_start(text, end);
        let line = &text[from..end];
        if !line.trim().is_empty() {
            return Some(Span::new(from, from + line.trim_end().len()));
        }
        end = from.checked_sub(1)?;
    }
}

/// A cell's span without the HTML tags and emphasis around its words
/// (`<strong>Appendix 1</strong>` gives `Appendix 1`).
fn untagged(text: &str, span: Span) -> Span {
    let mut s = span.of(text);
    let mut at = span.start;
    loop {
        let before = s.len();
        let t = s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
        at += s.len() - t.len();
        s = t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
        if s.starts_with('<') {
            if let Some(gt) = s.find('>') {
                at += gt + 1;
                s = &s[gt + 1..];
            }
        }
        if s.ends_with('>') {
            if let Some(lt) = s.rfind('<') {
                s = &s[..lt];
            }
        }
        if s.len() == before {
            return Span::new(at, at + s.len());
        }
    }
}

/// Whether a header field's key names a list of appendices as a whole
/// (`Appendices`, `List of appendices`, `Annexes attached`, `Enclosures`,
/// `Attachments`), not merely holds such a word: "Public report with a
/// private appendix" lists none.
/// So does a label among the vocabulary's `enclosure-keys` ("Papers with
/// report").
pub(crate) fn lists_enclosures(key: &str, v: &Vocabulary) -> bool {
    let key = crate::parse::inline::trim(key).trim_end_matches(':').trim();
    is_list_title(key)
        || ["enclosure", "enclosures", "attachment", "attachments"]
            .iter()
            .any(|w| key.eq_ignore_ascii_case(w))
        || crate::parse::front_sheet::key_in(key, &v.enclosure_keys)
}

/// The appendices a header field lists (`Enclosures: Appendix A, Appendix
/// B`; `Appendices: A – Site plan; B – Valuation`): the references to
/// appendices and annexes in its value (an entry's title may cite an
/// Act's section, which is none), or else bare labels in sequence, each
/// starting a piece of a value split at semicolons. A line of the value
/// set deeper than the entry above it carries that entry's title on
/// ([`continues_title`]). `key` is the field's key in lower case.
pub(crate) fn field_decls(text: &str, key: &str, value: Span, cues: &Cues) -> Vec<AppendixDecl> {
    field_decls_after(text, key, value, cues, None)
}

/// The appendices a header field lists ([`field_decls`]), where the field
/// is a row of a table: a cell can hold the list as paragraphs with blank
/// lines between them, which a Pandoc multiline table sets out as rows of
/// their own with the key's cell empty (`**Appendices**  A. Draft policy`
/// / blank / `B. Consultation findings report`). Each such row under the
/// field's, with text in the value's column only, carries the list on
/// while its entries run in sequence.
pub(crate) fn field_list_decls(
    text: &str,
    doc: &Document,
    key: &str,
    value: Span,
    cues: &Cues,
) -> Vec<AppendixDecl> {
    let mut out = field_decls(text, key, value, cues);
    if out.is_empty() {
        return out;
    }
    let overlaps = |s: Span| s.start < value.end && value.start < s.end;
    let Some((rows, col)) = doc.tables.iter().find_map(|t| {
        t.rows.iter().enumerate().find_map(|(i, r)| {
            let col = r.cells.iter().position(|c| overlaps(c.span))?;
            Some((&t.rows[i + 1..], col))
        })
    }) else {
        return out;
    };
    if col == 0 {
        return out;
    }
    for row in rows {
        let only_value = row
            .cells
            .iter()
            .enumerate()
            .all(|(i, c)| (i == col) != c.text.trim().is_empty());
        if !only_value {
            break;
        }
        let last = out.last().map(|d| d.label.clone());
        let more = field_decls_after(text, key, row.cells[col].span, cues, last.as_deref());
        if more.is_empty() {
            break;
        }
        out.extend(more);
    }
    out
}

/// [`field_decls`], with bare labels that carry on the sequence after
/// `last` (the label of the list's entry before the value).
fn field_decls_after(
    text: &str,
    key: &str,
    value: Span,
    cues: &Cues,
    last: Option<&str>,
) -> Vec<AppendixDecl> {
    let decl = |kind, label: String, within, title, span| AppendixDecl {
        kind,
        label,
        within,
        title,
        span,
        source: AppendixSource::Field,
    };
    // Only appendices and annexes: a title's citation of an Act ("Report
    // of the designated adviser under section 119 of the Charities Act
    // 2011") declares no paragraph 119.
    let found: Vec<_> = find_references_at(value.of(text), value.start, cues)
        .into_iter()
        .filter(|r| matches!(r.kind, ReferenceKind::Appendix | ReferenceKind::Annex))
        .collect();
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
    for piece in pieces(value.of(text)) {
        // A line of a value set in a blockquote opens with its `>` mark,
        // and Pandoc ends a line it breaks by hand with `\`: neither is
        // the entry's.
        let piece_text = &value.of(text)[piece.clone()];
        let body = piece_text.trim_start_matches(|c: char| c.is_whitespace() || c == '>');
        let lead = piece_text.len() - body.len();
        let at = value.start + piece.start;
        let end = piece_text.trim_end_matches(|c: char| c.is_whitespace() || c == '\\');
        let span = Span::new(at + lead, at + end.len().max(lead));
        if span.is_empty() {
            continue;
        }
        let next = next_label(out.last().map(|d| d.label.as_str()).or(last));
        match bare_entry(span, text, kind, &next) {
            Some(e) => out.push(decl(e.kind, e.label, None, e.title, e.span)),
            None => {
                let starts_line =
                    piece.start > 0 && value.of(text).as_bytes()[piece.start - 1] == b'\n';
                match out.last_mut() {
                    Some(prev) if starts_line && continues_title(text, prev.span, span) => {
                        let more = plain(span.of(text));
                        let title = prev.title.get_or_insert_with(String::new);
                        title.push(' ');
                        title.push_str(more.trim());
                    }
                    _ => break,
                }
            }
        }
    }
    out
}

/// Whether the line of a field's value at `line` (its words, a line of
/// their own) carries on the title of the entry at `entry`, as
/// `pdftotext -layout` wraps a title in a cover's value column: it stands
/// deeper than the entry's label, under the title, and does not open with
/// a label or a paragraph number of its own (a number out of sequence is
/// a paragraph's, and ends the list) nor break between two sentences
/// (prose, not a title).
///
/// ```text
/// Appendices:   A   Proposed shared senior management structure
///               B   Affected postholders, costs and assimilation
///                   (exempt)
///               C   Summary of consultation responses
/// ```
fn continues_title(text: &str, entry: Span, line: Span) -> bool {
    let column = |at: usize| text[line_start(text, at)..at].chars().count();
    let words = line.of(text);
    if column(line.start) <= column(entry.start) || carry::breaks_sentence(words) {
        return false;
    }
    // "1.1  The structure …", "4.  Background papers".
    let numbered = crate::parse::number::decimal(words)
        .is_ok_and(|(rest, _)| rest.starts_with(char::is_whitespace));
    let own = read::bare_label(words).map(|(l, _)| vec![l.to_string()]);
    !numbered
        && own.is_none_or(|own| bare_entry(line, text, ReferenceKind::Appendix, &own).is_none())
}

/// The pieces of a field's value, as byte ranges: split at semicolons, line
/// breaks and the HTML line breaks a Word table's cell keeps when it is
/// written as a pipe table (`1 – Policy<br>2 – Consultation responses`).
fn pieces(value: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = value.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let cut = match bytes[i] {
            b';' | b'\n' => 1,
            b'<' => br_tag_len(&bytes[i..]),
            _ => 0,
        };
        if cut > 0 {
            out.push(from..i);
            i += cut;
            from = i;
        } else {
            i += 1;
        }
    }
    out.push(from..bytes.len());
    out
}

/// The length of the HTML line break that opens `bytes` (`<br>`, `<br/>`,
/// `<br />`, in any case), or 0.
fn br_tag_len(bytes: &[u8]) -> usize {
    let Some(head) = bytes.get(..3) else {
        return 0;
    };
    if !head.eq_ignore_ascii_case(b"<br") {
        return 0;
    }
    let rest = &bytes[3..];
    let close = rest
        .iter()
        .position(|&b| b == b'>')
        .filter(|&n| rest[..n].iter().all(|&b| b == b' ' || b == b'/'));
    close.map_or(0, |n| 3 + n + 1)
}

/// Adds to `refs` the appendices and annexes mentioned in the cells of the
/// paper's tables ("| Equality | assessment at Appendix C |"), which are
/// no paragraphs: a mention there counts like any other, in a field's
/// value too (`| **Recommendation:** | … the policy at Appendix 1 be
/// adopted |`, a summary table's row). Left out: a field's key, the
/// value of a field that lists the appendices (`| Appendices: | Appendix
/// 1 – Policy |`), and the entries of a list; `refs` stays in order.
pub(crate) fn table_mentions(
    doc: &Document,
    v: &Vocabulary,
    refs: &mut Vec<Reference>,
    find: impl Fn(Span) -> Vec<FoundReference>,
    entry_at: impl Fn(usize) -> bool,
) {
    let before = refs.len();
    // The fields' keys and the values of those that list appendices, by
    // start, each with the furthest end of those up to it: whether one
    // overlaps a reference is then one binary search (a paper can hold
    // many fields and many cells). Made when a reference first needs it.
    let by_start = std::cell::OnceCell::new();
    let overlaps_a_field = |span: Span| {
        let (field_spans, furthest_end): &(Vec<Span>, Vec<usize>) = by_start.get_or_init(|| {
            let mut field_spans: Vec<Span> = doc
                .fields
                .iter()
                .flat_map(|f| {
                    let value = lists_enclosures(&f.key, v).then_some(f.value_span);
                    std::iter::once(f.key_span).chain(value)
                })
                .collect();
            field_spans.sort_unstable_by_key(|s| s.start);
            let furthest_end = field_spans
                .iter()
                .scan(0, |end, s| {
                    *end = s.end.max(*end);
                    Some(*end)
                })
                .collect();
            (field_spans, furthest_end)
        });
        let n = field_spans.partition_point(|s| s.start < span.end);
        n > 0 && span.start < furthest_end[n - 1]
    };
    for cell in doc
        .tables
        .iter()
        .flat_map(|t| &t.rows)
        .flat_map(|r| &r.cells)
    {
        // (Every cue of an appendix or annex has an "x": one byte search.)
        if cell.span.is_empty() || memchr::memchr2(b'x', b'X', cell.text.as_bytes()).is_none() {
            continue;
        }
        for r in find(cell.span) {
            let known = refs[..before]
                .binary_search_by_key(&r.span.start, |k| k.span.start)
                .is_ok();
            if known
                || entry_at(r.span.start)
                || overlaps_a_field(r.span)
                || !matches!(r.kind, ReferenceKind::Appendix | ReferenceKind::Annex)
            {
                continue;
            }
            refs.push(r.into_reference(None, 0));
        }
    }
    // A header field's value on a line of its own (`Recommendation: That
    // Cabinet adopts the strategy at Appendix 1.`) is no paragraph either.
    let in_cells = refs.len();
    for f in &doc.fields {
        if f.value_span.is_empty()
            || memchr::memchr2(b'x', b'X', f.value.as_bytes()).is_none()
            || lists_enclosures(&f.key, v)
        {
            continue;
        }
        for r in find(f.value_span) {
            let known = refs[..before]
                .binary_search_by_key(&r.span.start, |k| k.span.start)
                .is_ok()
                || refs[before..in_cells]
                    .iter()
                    .any(|k| k.span.start == r.span.start);
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

/// The offset of the first `\n` at or after `from` (memchr: the lines
/// of an appendix list are walked many times over).
fn next_newline(text: &str, from: usize) -> Option<usize> {
    memchr::memchr(b'\n', &text.as_bytes()[from..]).map(|i| from + i)
}

/// The end of the line starting at `start`, before its `\r\n` or `\n`.
fn line_end(text: &str, start: usize) -> usize {
    let end = next_newline(text, start).unwrap_or(text.len());
    if end > start && text.as_bytes()[end - 1] == b'\r' {
        end - 1
    } else {
        end
    }
}
