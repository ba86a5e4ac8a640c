//! Reading a list: the lines after a list line (or a first entry) read as
//! entries, until the list ends (see the grammar in the module above).

use super::title::{list_title, opens_list_word, strip_number, trim_marks};
use super::{line_end, line_start, next_newline, Entry, List};
use crate::document::{ReferenceKind, Span};
use crate::parse::inline::plain;
use crate::parse::line::{is_bare_page_number, is_page_footer};
use crate::parse::references::{find_references_at, Cues};

/// The most lines looked at after a list line.
const MAX_LINES: usize = 400;
/// The most lines of other text before a list's first entry.
const MAX_LEAD: usize = 4;

/// Reads every appendix list in `text`. `heading_lines` holds the first
/// byte of each heading's line, in order; `title_lines` the first byte of
/// each heading title that stands on a line below its number ("1." /
/// blank / "Appendices"), where a list line may stand too.
pub(super) fn read_lists(
    text: &str,
    heading_lines: &[usize],
    title_lines: &[usize],
    cues: &Cues,
) -> Vec<List> {
    // The cues come in order, many to a line: each line start is looked
    // for back to the previous cue only (a paper pasted as one line of
    // megabytes holds thousands of cues).
    let mut searched = (0, 0);
    let mut starts: Vec<usize> = cues
        .starts()
        .filter(|&at| text.as_bytes().get(at..).is_some_and(opens_list_word))
        .map(|at| {
            let (from, start) = searched;
            let start = if at < from {
                line_start(text, at)
            } else {
                memchr::memrchr(b'\n', &text.as_bytes()[from..at]).map_or(start, |i| from + i + 1)
            };
            searched = (at, start);
            start
        })
        .chain(heading_lines.iter().copied())
        .chain(title_lines.iter().copied())
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
            None if line.len() <= 400 => {
                column_list(text, Span::new(start, end), heading_lines, cues)
                    .or_else(|| headerless(text, start, heading_lines, cues))
            }
            None => None,
        };
        if let Some(list) = list {
            done = list.span.end;
            lists.push(list);
        }
    }
    lists
}

/// A list whose list line is a label in a cover's left column and whose
/// entries stand in the value column, the first on the label's line, as
/// `pdftotext -layout` sets out a two-column cover:
///
/// ```text
/// APPENDICES                A.    Site plan.
///                           B.    Summary of offers received
/// ```
///
/// The label is a list title set apart from the entry by a tab or two
/// spaces or more, with no colon (a colon makes it a field, read as one).
/// The first entry's words start at the label: "APPENDICES A" is the list,
/// not a citation of Appendix A.
fn column_list(text: &str, line: Span, heading_lines: &[usize], cues: &Cues) -> Option<List> {
    let s = line.of(text);
    let lead = s.len() - s.trim_start().len();
    let body = &s[lead..];
    let gap = body.find("  ").into_iter().chain(body.find('\t')).min()?;
    let label = &body[..gap];
    if label.ends_with(':') || !opens_list_word(label.trim_start_matches(['*', '_']).as_bytes()) {
        return None;
    }
    let kind = list_title(label)?;
    let heading = Span::new(line.start + lead, line.start + lead + gap);
    let mut list = read_list(text, heading, kind, heading_lines, cues)?;
    let first = list.entries.first_mut()?;
    if first.span.start >= line.end {
        return None;
    }
    first.extent.start = heading.start;
    Some(list)
}

/// A list with no list line: two entries or more in sequence, each with a
/// title after a colon, dash or tab, starting at the line at `start`
/// (`Appendix A – Background<TAB>YES` / `Appendix B – Consultation<TAB>YES`).
fn headerless(text: &str, start: usize, heading_lines: &[usize], cues: &Cues) -> Option<List> {
    // An entry with a title after a separator, or a label and a colon that
    // end the line ("Appendix A:", the title on the lines after).
    let titled = |at: usize| {
        let end = line_end(text, at);
        // Every shape of entry tried here (a cued label, a bilingual one,
        // a table row's cued cell; bare labels need a list before them)
        // is a reference, found at a cue word: most headings hold none.
        if !cues.any_inside(Span::new(at, end)) {
            return None;
        }
        let line = &text[at..end];
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
    let Some(second) = (0..4).find_map(|_| {
        let end = line_end(text, next);
        next = next_newline(text, end)? + 1;
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
    }) else {
        // A list of one entry, under a title line, where the paper ends or
        // at the top of a page: its title no sentence, and the list read
        // once for all three.
        let page_top = at_page_top(text, start) && heading_lines.binary_search(&start).is_err();
        if !(titled_as_an_entry(&first) || (page_top && titled_with_a_note(&first))) {
            return None;
        }
        let list = read_list(text, Span::empty(start), first.kind, heading_lines, cues)
            .filter(|l| l.entries.len() == 1)?;
        if page_top {
            return Some(list);
        }
        return alone_under_title(text, start, list.clone())
            .or_else(|| alone_at_end(text, start, list));
    };
    if second.kind != first.kind || !next_label(Some(&first.label)).contains(&second.label) {
        return None;
    }
    let list = read_list(text, Span::empty(start), first.kind, heading_lines, cues)?;
    (list.entries.len() >= 2).then_some(list)
}

/// A list of one entry with no list word over it: a titled entry
/// (`Appendix 1 – Memorandum of Understanding`, its title no sentence)
/// straight under a short title line in capitals, as a template names its
/// list in its own words (`Supporting Information`, `Documents Attached`).
/// The title line is the list's. A line of prose over the entry ("… is
/// attached as") or a title line that is a field (`Report of: …`) makes no
/// list. `list` is the entry's list of one, read from `start`.
fn alone_under_title(text: &str, start: usize, mut list: List) -> Option<List> {
    let above = super::line_before(text, start)?;
    if !is_title_line(above.of(text)) {
        return None;
    }
    let name = plain(trim_marks(above.of(text)));
    list.title = Some(name.trim().trim_end_matches(':').trim().to_string());
    list.heading = above;
    list.span.start = above.start;
    Some(list)
}

/// Whether the line at `start` opens a page of PDF text: a form feed
/// starts it. An appendix's heading there (`\u{c}Appendix 1 – Fund
/// commitments 2027/28`) names the appendix the page begins, though no
/// blank line stands before it.
fn at_page_top(text: &str, start: usize) -> bool {
    text[start..]
        .trim_start_matches([' ', '\t'])
        .starts_with('\u{c}')
}

/// Whether an entry's title reads as a title ([`titled_as_an_entry`]) once
/// a bracketed note that ends it is set aside: `Fund commitments 2027/28
/// (as at 1 June 2027)`.
fn titled_with_a_note(entry: &Entry) -> bool {
    let Some(title) = entry.title.as_deref() else {
        return false;
    };
    let Some(open) = title.strip_suffix(')').and_then(|t| t.rfind('(')) else {
        return false;
    };
    let bare = Entry {
        title: Some(title[..open].trim_end().to_string()),
        ..entry.clone()
    };
    titled_as_an_entry(&bare)
}

/// Whether an entry's title reads as a title, not a sentence: it opens
/// with a capital or a figure, ends in no stop, holds no full stop between
/// sentences and is at most 16 words long.
fn titled_as_an_entry(entry: &Entry) -> bool {
    let Some(title) = entry.title.as_deref() else {
        return false;
    };
    let sentence = title.ends_with(['.', ';', ',', '?', '!'])
        || title.contains(". ")
        || title.split_whitespace().count() > 16;
    !sentence && title.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// A list of one entry with no list line over it, where a paper ends: a
/// titled entry (its title no sentence) set apart by a blank line, with
/// nothing after it but page furniture, as a report closes on the line
/// naming what is attached, after its contact details (`Appendix 1 –
/// Revenue Budget 2027/28 by subjective heading`). Its label is the
/// paper's appendix whether the line lists it or heads it. `list` is the
/// entry's list of one, read from `start`.
fn alone_at_end(text: &str, start: usize, list: List) -> Option<List> {
    // A blank line above it (not the paper's first line).
    let above = start.checked_sub(1)?;
    let before = &text[line_start(text, above)..above];
    if !before.trim().is_empty() {
        return None;
    }
    let after = text.get(list.span.end..)?;
    let furniture = after
        .lines()
        .all(|l| l.trim().is_empty() || is_bare_page_number(l) || is_page_footer(l));
    furniture.then_some(list)
}

/// Whether `line` is a short title: one to four words, each opening with a
/// capital (`Supporting Information`, `Documents Attached:`), no digits,
/// no punctuation but a colon at its end; an ampersand or "and" may join
/// two of them (`Documents Attached & References`).
fn is_title_line(line: &str) -> bool {
    let line = trim_marks(line);
    let line = line.strip_suffix(':').unwrap_or(line);
    let words: Vec<&str> = line.split_whitespace().collect();
    let joins = |w: &str| matches!(w, "&" | "and");
    let inner = words.len() > 2
        && words[1..words.len() - 1]
            .iter()
            .filter(|w| joins(w))
            .count()
            <= 1;
    let capitalised = words.iter().filter(|w| !joins(w)).count();
    (1..=4).contains(&capitalised)
        && words.iter().enumerate().all(|(i, w)| {
            (joins(w) && inner && i > 0 && i + 1 < words.len())
                || (w.starts_with(|c: char| c.is_uppercase())
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'')))
        })
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
    // A list line that is a cover's label, its first entry in the value
    // column of the same line ([`column_list`]).
    if !headed || (heading.end < text.len() && !text[heading.end..].starts_with(['\n', '\r'])) {
        pos = if headed { heading.end } else { heading.start };
    }
    let mut after_blank = false;
    let mut lead = 0;
    let mut first = headed;
    let mut end = heading.end;
    // The entries whose titles are still to come, in order: "Appendix A:"
    // alone, or a run of them with the titles after the run, as a cover's
    // cells come out of a PDF column by column ("APPENDIX A:" / "APPENDIX
    // B:" / A's title / B's title).
    let mut untitled: Vec<usize> = Vec::new();
    // Whether the titles still to come are a run's ([`Run`]).
    let mut run = Run::default();
    let mut restated = None;
    for _ in 0..MAX_LINES {
        if pos >= text.len() {
            break;
        }
        let line_end = line_end(text, pos);
        let line = &text[pos..line_end];
        let next = next_newline(text, line_end).map_or(text.len(), |i| i + 1);
        let at = pos;
        pos = next;
        let content = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
        // The page number that ends a page ("3" / form feed, or the end
        // of the text) is no entry, nor a line of the last one's title:
        // read as a blank line.
        if content.is_empty() || (is_bare_page_number(content) && ends_page(text, pos)) {
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
        // Bare labels carry on only a list given by bare labels from its
        // start: under `Annex 1 – Heads of conditions`, "2. Development in
        // accordance with …" is a line of the annex's text.
        let bare_next = if entries.iter().all(|e| is_bare(text, e)) {
            next_label(entries.last().map(|e| e.label.as_str()))
        } else {
            Vec::new()
        };
        let found = entry(text, at, line, kind, &bare_next, cues)
            .or_else(|| {
                headed
                    .then(|| later_column_entry(text, at, line, cues))
                    .flatten()
            })
            .or_else(|| {
                // "A Revised Arrangements", "1" alone: only under a list line,
                // in a run of two or more.
                let e = plain_entry(at, line, kind, &bare_next)?;
                let confirmed = !entries.is_empty()
                    || next_plain_entry(text, pos, kind, &next_label(Some(&e.label)));
                (headed && confirmed).then_some(e)
            });
        match found {
            // The list names each appendix once: one named again is the
            // appendix itself, starting after the list (`Annexes:` /
            // `Annex 1 – Heads of conditions` … `Annex 4 – …` / `Annex 1 –
            // Heads of conditions` / its conditions).
            Some(e) if entries.iter().any(|x| names_same(x, &e)) => {
                // The list's span runs over that line: a title, no prose.
                end = e.span.end;
                restated = Some(e.span);
                break;
            }
            Some(e) => {
                end = e.span.end;
                if e.title.is_some() {
                    untitled.clear();
                    run = Run::default();
                } else {
                    // A label straight after an untitled one, before any
                    // title: the run goes on.
                    let follows =
                        untitled.last().is_some_and(|&u| u + 1 == entries.len()) && run.titled == 0;
                    if !follows {
                        untitled.clear();
                        run = Run::default();
                    }
                    untitled.push(entries.len());
                    run.labels = untitled.len();
                }
                entries.push(e);
                after_blank = false;
            }
            None => {
                // A lone label's title may have been read as a heading
                // ("1" / blank / "Call-in notice").
                let title_of_label = untitled
                    .first()
                    .is_some_and(|&u| entries[u].span.of(text).len() <= 3);
                let run_title = run.labels >= 2 && (!untitled.is_empty() || run.wrapping.is_some());
                if !title_of_label
                    && ((is_heading && !run_title) || (after_blank && !entries.is_empty()))
                {
                    break;
                }
                if run.labels >= 2 && untitled.is_empty() && run.wrapping.is_none() {
                    // Every label of the run has its title: what follows
                    // is the paper's text ("Purpose of Report").
                    break;
                }
                if !entries.is_empty() && opens_another_list(text, pos) {
                    // "Background documents" / "1. …": another list's title.
                    break;
                }
                if untitled.is_empty()
                    && run.wrapping.is_none()
                    && entries
                        .last()
                        .is_some_and(|last| runs_on_as_prose(text, last, at, line))
                {
                    // "Annex C – Council tax by band" / "The precept for
                    // each band … is shown in Annex C.": the text goes on.
                    break;
                }
                if let Some(last) = entries.last_mut() {
                    // A line of the entry's title.
                    last.extent.end = at + line.trim_end().len();
                    end = last.extent.end;
                }
                if let Some(i) = run.wrapping.take() {
                    // The line a run's title wrapped to.
                    let more = plain(content);
                    let title = entries[i].title.get_or_insert_with(String::new);
                    title.push(' ');
                    title.push_str(more.trim().trim_end_matches('.').trim());
                    run.wrapping = title_wraps(content).then_some(i);
                    continue;
                }
                if !untitled.is_empty() {
                    // "Appendix A:" then its title on the next line.
                    let i = untitled.remove(0);
                    let title = plain(content);
                    let title = title.trim().trim_end_matches('.').trim();
                    if !title.is_empty() {
                        entries[i].title = Some(title.to_string());
                    }
                    run.titled += 1;
                    if run.labels >= 2 && title_wraps(content) {
                        run.wrapping = Some(i);
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
        restated,
    })
}

/// Whether an entry is given by a bare label (`2 – Title`, `B: Title`, `1.`
/// alone, a cell holding `1`), not by a cue word (`Annex 2 – Title`).
fn is_bare(text: &str, e: &Entry) -> bool {
    let s = e.span.of(text);
    bare_label(s.strip_suffix('.').unwrap_or(s)).is_some()
}

/// Whether two entries name the same appendix: one kind, one label, within
/// the same appendix (`Annex B of Appendix 1` and `Annex B of Appendix 2`
/// are two).
fn names_same(a: &Entry, b: &Entry) -> bool {
    a.kind == b.kind && a.label == b.label && a.within == b.within
}

/// A run of labels with no titles (`APPENDIX A:` / `APPENDIX B:`), their
/// titles on the lines after the run, one each, in order. A title whose
/// line ends in a dash, a comma or a joining word ("TENDER EVALUATION AND
/// PRICING –") wraps to the next line; once every label has its title the
/// list ends.
#[derive(Default)]
struct Run {
    /// How many labels the run has.
    labels: usize,
    /// How many of them have their title.
    titled: usize,
    /// The entry whose title wraps to the next line.
    wrapping: Option<usize>,
}

/// Whether a line of a title runs on to the next: it ends in a dash, a
/// comma, an ampersand or a word that joins ("and", "of", "for").
fn title_wraps(line: &str) -> bool {
    let line = line.trim_end();
    if line.ends_with(['–', '—', '-', ',', '&', '/']) {
        return true;
    }
    let last = line.rsplit(' ').next().unwrap_or("");
    [
        "and", "of", "for", "the", "to", "in", "on", "with", "from", "by",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w))
}

/// Whether the line at `pos` starts a list numbered afresh (`1. …`,
/// `A – …`): the line before it, after an entry, is then the title of
/// another list ("Background documents"), not the entry's title wrapped.
fn opens_another_list(text: &str, pos: usize) -> bool {
    let line = &text[pos.min(text.len())..line_end(text, pos.min(text.len()))];
    let first = ["1".to_string(), "A".to_string()];
    bare_entry(
        Span::new(pos, pos + line.trim_end().len()),
        text,
        ReferenceKind::Appendix,
        &first,
    )
    .is_some()
}

/// The fewest words of a line of prose straight after a list.
const PROSE_WORDS: usize = 6;

/// Whether `line` (at `at`), straight under the one line of `entry`, is
/// prose the text runs on with rather than the entry's title wrapped, as
/// PDF text gives a list with no blank line after it: its first word would
/// have fitted on the entry's line (a title wraps only when its line is
/// full), it opens with a capital and has [`PROSE_WORDS`] words or more,
/// and a sentence ends in it or on the line after.
fn runs_on_as_prose(text: &str, entry: &Entry, at: usize, line: &str) -> bool {
    let entry_line = line_start(text, entry.span.start);
    let entry_end = line_end(text, entry_line);
    if entry.extent.end > entry_end {
        return false; // The title has wrapped already.
    }
    let width = |s: &str| s.trim_end().chars().count();
    let content = line.trim();
    let Some(first) = content.split_whitespace().next() else {
        return false;
    };
    if !content.starts_with(char::is_uppercase)
        || content.split_whitespace().nth(PROSE_WORDS - 1).is_none()
        || width(&text[entry_line..entry_end]) + 1 + first.chars().count() > width(line)
    {
        return false;
    }
    let next = next_newline(text, at).map_or(text.len(), |i| i + 1);
    let after = &text[next..line_end(text, next)];
    [content, after.trim()]
        .iter()
        .any(|l| l.ends_with('.') || l.contains(". "))
}

/// Whether a page ends at `pos`, the start of a line: only white space
/// stands before the next form feed or the end of the text.
fn ends_page(text: &str, pos: usize) -> bool {
    let rest = text[pos.min(text.len())..].trim_start_matches([' ', '\t', '\r', '\n']);
    rest.is_empty() || rest.starts_with('\u{c}')
}

/// A horizontal rule or setext underline: `---`, `***`, `===`, `___`.
fn is_rule(content: &str) -> bool {
    let b = content.as_bytes();
    b.len() >= 3
        && matches!(b[0], b'-' | b'*' | b'_' | b'=')
        && b.iter().all(|&c| c == b[0] || c == b' ')
}

/// An entry written with no separator after its bare label, as PDF text
/// gives a list laid out in two columns: `A Revised Arrangements for …`
/// (the label, one space, a title starting with a capital), or the label
/// alone on its line with the title on the next (`1` / blank / `Call-in
/// notice`), with or without its dot (`1.` / blank / `Statement of
/// Licensing Policy`). Its label must be among `bare`; the caller asks for
/// a run.
fn plain_entry(at: usize, line: &str, kind: ReferenceKind, bare: &[String]) -> Option<Entry> {
    let body = line.trim_start();
    let start = at + (line.len() - body.len());
    let body = body.trim_end();
    let alone = body
        .strip_suffix('.')
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let (label, rest) = bare_label(alone.unwrap_or(body))?;
    if !bare.iter().any(|n| n == label) {
        return None;
    }
    let title = match rest.strip_prefix(' ') {
        None if rest.is_empty() => None,
        Some(t) if t.starts_with(char::is_uppercase) => {
            let t = plain(t);
            let t = t.trim();
            // A title, not a sentence ("A Summary of the scores follows.").
            if t.split_whitespace().count() > 16 || t.ends_with(['.', ':', ';', '?', '!']) {
                return None;
            }
            Some(t.to_string())
        }
        _ => return None,
    };
    let span = Span::new(start, start + body.len());
    Some(Entry {
        kind,
        label: label.to_ascii_uppercase(),
        within: None,
        title,
        span,
        extent: span,
    })
}

/// Whether one of the next four lines from `pos` (past blank lines and a
/// lone label's title) is a plain entry labelled among `bare`.
fn next_plain_entry(text: &str, mut pos: usize, kind: ReferenceKind, bare: &[String]) -> bool {
    let mut seen = 0;
    while pos < text.len() && seen < 4 {
        let end = line_end(text, pos);
        let line = &text[pos..end];
        pos = next_newline(text, end).map_or(text.len(), |i| i + 1);
        if line.trim().is_empty() {
            continue;
        }
        if plain_entry(0, line, kind, bare).is_some() {
            return true;
        }
        seen += 1;
    }
    false
}

/// The labels a bare entry may have after an entry labelled `last`: the
/// next in its sequence, or the first of any when there is none yet. A
/// line after "Appendix 3 – Notes" that starts "T: 03000 …" is no entry.
pub(super) fn next_label(last: Option<&str>) -> Vec<String> {
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
pub(super) fn entry(
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
        .or_else(|| bilingual_entry(text, Span::new(start, body_end), cues))
        .or_else(|| bare_entry(Span::new(start, body_end), text, kind, bare))
}

/// An entry labelled in two languages, either way round:
/// `Atodiad A / Appendix A – Title`, `Appendix A / Atodiad A – Title`. The
/// other language's label is one or two capitalised words and the same
/// label (`A`, `2`), so `Appendix A / Appendix B` is no such entry.
fn bilingual_entry(text: &str, body: Span, cues: &Cues) -> Option<Entry> {
    let s = body.of(text);
    let slash = s.find(" / ").filter(|&at| at <= 40)?;
    let (left, right) = (&s[..slash], &s[slash + 3..]);
    // "Appendix A / Atodiad A – Title": the cue first.
    let found = find_references_at(left, body.start, cues);
    if let Some(r) = found.first() {
        let appendix = matches!(r.kind, ReferenceKind::Appendix | ReferenceKind::Annex);
        if !appendix
            || r.span.start != body.start
            || r.span.end - body.start != left.trim_end().len()
        {
            return None;
        }
        let rest = other_label(right, &r.target)?;
        let sep_ok = rest
            .trim_start_matches([' ', '\u{a0}', '*', '_'])
            .is_empty()
            || rest
                .trim_start_matches([' ', '\u{a0}', '*', '_'])
                .starts_with([':', '–', '—', '-', '\t', '(']);
        if !sep_ok {
            return None;
        }
        return Some(Entry {
            kind: r.kind,
            label: r.target.clone(),
            within: r.within.clone(),
            title: title_after(rest),
            span: body,
            extent: body,
        });
    }
    // "Atodiad A / Appendix A – Title": the cue second.
    let right_at = body.start + slash + 3;
    let e = cued_entry(text, Span::new(right_at, body.end), cues)?;
    other_label(left, &e.label)?.is_empty().then_some(Entry {
        span: body,
        extent: body,
        ..e
    })
}

/// What follows `s`'s opening label in another language: one or two
/// capitalised words, then `label`.
fn other_label<'s>(s: &'s str, label: &str) -> Option<&'s str> {
    let mut rest = s.trim_start();
    for n in 0..3 {
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, ':' | '–' | '—' | '\t'))
            .unwrap_or(rest.len());
        let word = &rest[..end];
        if n > 0 && word.eq_ignore_ascii_case(label) {
            return Some(&rest[end..]);
        }
        if n == 2
            || !word.starts_with(|c: char| c.is_uppercase())
            || !word.chars().all(char::is_alphabetic)
        {
            return None;
        }
        rest = rest[end..].trim_start_matches([' ', '\u{a0}']);
    }
    None
}

/// Strips a bullet, a list number, a paragraph's number (`8.1`), a
/// Pandoc definition's mark and emphasis from the start of a line.
fn strip_bullet(s: &str) -> &str {
    let mut s = s;
    for _ in 0..2 {
        let before = s.len();
        s = s.trim_start_matches(['*', '_']);
        // ":   Appendix 1 -- Title\": Pandoc writes a Word paragraph set
        // under a bold label (`**Appendices**`) as a definition list item.
        if let Some(r) = s.strip_prefix(':').filter(|r| r.starts_with([' ', '\t'])) {
            s = r;
        }
        if let Some(c) = s.chars().next() {
            if is_bullet_glyph(c) && s[c.len_utf8()..].starts_with([' ', '\t', '\u{a0}']) {
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
            let rest = rest.strip_prefix('\\').unwrap_or(rest);
            if let Some(r) = rest.strip_prefix([')', '.']) {
                let r2 = r.trim_start();
                if r2.len() < r.len() && opens_list_word(r2.as_bytes()) {
                    s = r2;
                }
            }
        }
        // "8.1   Appendix 1 – …": a numbered paragraph that is the list.
        if let Some((number, r)) = s.split_once(char::is_whitespace) {
            let r = r.trim_start();
            if is_outline_number(number.trim_end_matches('.')) && opens_list_word(r.as_bytes()) {
                s = r;
            }
        }
        s = strip_link_open(s.trim_start_matches(|c: char| c.is_whitespace()));
        if s.len() == before {
            break;
        }
    }
    s
}

/// Strips the opening of a link that wraps an entry, before an appendix
/// word, as a web page's list of attachments comes out as text: a
/// Markdown link's bracket (`[Appendix A - Site plan, item 4. PDF 1
/// MB][13]`, from `html2text`) or the bracketed link number that `lynx
/// -dump` puts before a link's words (`[15]Appendix 1 - Consultation
/// report`). Anything else is left as it is.
fn strip_link_open(s: &str) -> &str {
    let Some(rest) = s.strip_prefix('[') else {
        return s;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let rest = match rest[digits..].strip_prefix(']') {
        Some(r) if (1..=4).contains(&digits) => r,
        _ => rest,
    };
    if opens_list_word(rest.as_bytes()) {
        rest
    } else {
        s
    }
}

/// A character a list may open its items with, before a space: a dash or
/// a plus, the dots, squares, diamonds and arrows of Word's bullet
/// library (`♦   Appendix 1 – Charter`, as a Scottish council's template
/// sets its closing lists), and the private-use glyphs that `pdftotext`
/// gives for a Symbol or Wingdings bullet (U+F0B7, U+F0A7, U+F0D8).
fn is_bullet_glyph(c: char) -> bool {
    matches!(
        c,
        '-' | '+'
            | '–'
            | '•'
            | '·'
            | '∙'
            | '‣'
            | '⁃'
            | '▪'
            | '▫'
            | '■'
            | '□'
            | '◦'
            | '○'
            | '●'
            | '♦'
            | '◆'
            | '◇'
            | '❖'
            | '►'
            | '▸'
            | '▶'
            | '➢'
            | '➤'
            | '\u{f000}'..='\u{f0ff}'
    )
}

/// `Appendix A – Title`, `Annex 2 (exempt) – Title`, `Appendix A:`.
fn cued_entry(text: &str, body: Span, cues: &Cues) -> Option<Entry> {
    // The entry's reference starts the body, and a reference starts at a
    // cue word: without one there, skip the reference grammar.
    if !cues.starts_at(body.start) {
        return None;
    }
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
pub(super) fn bare_entry(
    body: Span,
    text: &str,
    kind: ReferenceKind,
    next: &[String],
) -> Option<Entry> {
    let s = body.of(text);
    let (label, rest) = bare_label(s)?;
    if !next.iter().any(|n| n == label) {
        return None;
    }
    let rest_t = rest.trim_start_matches([' ', '\u{a0}']);
    let sep = rest_t.chars().next()?;
    // A tab as `pdftotext -layout` prints it: a run of spaces before a
    // capital ("A      Local Welfare Provision Scheme").
    let spaced = rest.starts_with("  ") && sep.is_uppercase();
    if !(spaced
        || matches!(sep, ':' | '–' | '—' | '\t')
        || (matches!(sep, '-' | '.') && rest_t[1..].starts_with(' '))
        // Pandoc writes a dash as `--`: "A -- Site plan".
        || (rest_t.starts_with("--") && rest_t.trim_start_matches('-').starts_with(' ')))
    {
        return None;
    }
    let title = title_after(rest_t.strip_prefix('.').unwrap_or(rest_t))?;
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
pub(super) fn bare_label(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_end();
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let (n, rest) = s.split_at(digits);
        let ok = digits <= 2 && !n.starts_with('0');
        // "1. Title" under a list line: the dot and a space part them
        // (pandoc escapes the dot: "1\. Title").
        let rest = rest
            .strip_prefix('\\')
            .filter(|r| r.starts_with(". "))
            .unwrap_or(rest);
        let dotted = rest.starts_with(". ");
        return (ok && (dotted || !rest.starts_with(|c: char| c.is_alphanumeric() || c == '.')))
            .then_some((n, rest));
    }
    let caps = s.bytes().take_while(u8::is_ascii_uppercase).count();
    if caps == 0 || s[caps..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let (l, rest) = s.split_at(caps);
    let rest = rest
        .strip_prefix('\\')
        .filter(|r| r.starts_with(['.', ')']))
        .unwrap_or(rest);
    let roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"].contains(&l);
    (caps == 1 || roman).then_some((l, rest))
}

/// The cells of a pipe-table row at `at` that hold words: each cell's
/// span, without the spaces and emphasis around its words.
fn pipe_cells(at: usize, row: &str) -> impl Iterator<Item = Span> + '_ {
    let mut offset = 0;
    row.split('|').filter_map(move |cell| {
        let cell_at = at + offset;
        offset += cell.len() + 1;
        let trimmed = cell.trim();
        if trimmed.is_empty() {
            return None;
        }
        let inner = trimmed.trim_matches(['*', '_']);
        let lead = cell.len() - cell.trim_start().len();
        let inner_at =
            cell_at + lead + (trimmed.len() - trimmed.trim_start_matches(['*', '_']).len());
        Some(Span::new(inner_at, inner_at + inner.len()))
    })
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
    let mut cells = pipe_cells(at, row);
    let mut span = cells.next()?;
    // `| 6.01 | Appendix 1 – Title |`: a paragraph's number in a table
    // that lays its sections out in two columns; the entry is the cell
    // after it.
    if is_outline_number(span.of(text)) {
        span = cells.next()?;
    }
    let title = cells.map(|c| plain(c.of(text))).find(|c| !c.is_empty());
    cell_entry(text, span, kind, next, cues, title)
}

/// A paragraph number of two levels and nothing else (`6.01`, `6.1`).
pub(super) fn is_outline_number(cell: &str) -> bool {
    cell.split_once('.').is_some_and(|(a, b)| {
        (1..=2).contains(&a.len())
            && (1..=2).contains(&b.len())
            && a.bytes().all(|c| c.is_ascii_digit())
            && b.bytes().all(|c| c.is_ascii_digit())
    })
}

/// A row of a table under a list line whose appendix stands in a later
/// column than its title (`| Title | Location |` over `| Progress against
/// the target | Appendix A, attached |`): the first later cell that opens
/// with a cued label (`Appendix A`) is the entry, and the row's first
/// cell its title. A cell that cites an appendix within a sentence ("as
/// set out in Appendix A") is no label.
fn later_column_entry(text: &str, at: usize, line: &str, cues: &Cues) -> Option<Entry> {
    let trimmed = line.trim_start();
    if !trimmed.starts_with('|') {
        return None;
    }
    let row_at = at + (line.len() - trimmed.len());
    let mut cells = pipe_cells(row_at, trimmed);
    let first = cells.next()?;
    later_cell_entry(text, first, cells, cues)
}

/// The entry of a row whose first cell, at `first`, holds its title and
/// one of whose `later` cells opens with a cued label (see
/// [`later_column_entry`]).
pub(super) fn later_cell_entry(
    text: &str,
    first: Span,
    later: impl Iterator<Item = Span>,
    cues: &Cues,
) -> Option<Entry> {
    let title = plain(first.of(text));
    let title = title.trim();
    if title.is_empty() {
        return None;
    }
    let mut e = later.into_iter().find_map(|c| cued_entry(text, c, cues))?;
    e.title = Some(title.to_string());
    Some(e)
}

/// A table row's entry from its first cell, at `span` (`Appendix 1`, or a
/// bare label among `next`: `1`), with `title` from a later cell.
pub(super) fn cell_entry(
    text: &str,
    span: Span,
    kind: ReferenceKind,
    next: &[String],
    cues: &Cues,
    title: Option<String>,
) -> Option<Entry> {
    let inner = span.of(text);
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
