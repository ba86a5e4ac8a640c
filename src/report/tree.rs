//! `paperlint tree`: the parsed document as an outline or as JSON.

use serde::Serialize;
use std::fmt::Write as _;

use crate::document::*;
use crate::source::SourceFile;

/// JSON view of a parsed paper (`paperlint tree --format json`).
#[derive(Serialize)]
pub(crate) struct TreeJson<'a> {
    version: u32,
    path: String,
    encoding: &'static str,
    title: Option<TextJson>,
    fields: Vec<FieldJson<'a>>,
    meetings: Vec<MeetingJson<'a>>,
    sections: Vec<SectionJson<'a>>,
    parts: Vec<PartJson<'a>>,
    tables: Vec<TableJson>,
    references: Vec<ReferenceJson<'a>>,
    appendices: Vec<AppendixJson<'a>>,
    appendix_lists: Vec<AppendixListJson<'a>>,
    implications: Vec<ImplicationJson<'a>>,
    dates: Vec<DateJson>,
}

#[derive(Serialize)]
struct TextJson {
    text: String,
    line: usize,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct FieldJson<'a> {
    key: &'a str,
    value: &'a str,
    line: usize,
    start: usize,
    end: usize,
    value_start: usize,
    value_end: usize,
}

#[derive(Serialize)]
struct MeetingJson<'a> {
    name: &'a str,
    date: Option<String>,
    line: usize,
}

#[derive(Serialize)]
struct SectionJson<'a> {
    title: &'a str,
    number: Option<&'a str>,
    level: u8,
    style: &'static str,
    part: usize,
    line: usize,
    start: usize,
    end: usize,
    paragraphs: Vec<ParagraphJson>,
    children: Vec<SectionJson<'a>>,
}

#[derive(Serialize)]
struct ParagraphJson {
    number: Option<String>,
    kind: &'static str,
    line: usize,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct PartJson<'a> {
    title: Option<&'a str>,
    line: usize,
    start: usize,
    end: usize,
    numbers: Vec<String>,
}

#[derive(Serialize)]
struct TableJson {
    kind: &'static str,
    rows: usize,
    columns: usize,
    line: usize,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct ReferenceJson<'a> {
    kind: &'static str,
    target: &'a str,
    range_end: Option<&'a str>,
    within: Option<&'a str>,
    external: bool,
    text: &'a str,
    part: usize,
    line: usize,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct AppendixJson<'a> {
    kind: &'static str,
    label: &'a str,
    title: Option<&'a str>,
    source: &'static str,
    line: usize,
    start: usize,
    end: usize,
    /// Lines of the references that cite it (another document's excepted).
    cited_on: Vec<usize>,
}

#[derive(Serialize)]
struct AppendixListJson<'a> {
    /// The list line (`Use of Appendices`); null for entries with none.
    title: Option<&'a str>,
    line: usize,
    end_line: usize,
    start: usize,
    end: usize,
    entries: usize,
}

#[derive(Serialize)]
struct ImplicationJson<'a> {
    name: &'a str,
    value: &'static str,
    refs: Option<&'a str>,
    line: usize,
}

#[derive(Serialize)]
struct DateJson {
    text: String,
    date: String,
    valid: bool,
    line: usize,
    start: usize,
    end: usize,
}

fn style_name(style: HeadingStyle) -> &'static str {
    match style {
        HeadingStyle::Atx => "atx",
        HeadingStyle::Bold => "bold",
        HeadingStyle::Numbered => "numbered",
        HeadingStyle::SectionLabel => "section-label",
        HeadingStyle::Capitals => "capitals",
        HeadingStyle::Standalone => "standalone",
    }
}

fn kind_name(kind: ParagraphKind) -> &'static str {
    match kind {
        ParagraphKind::Numbered => "numbered",
        ParagraphKind::Bullet => "bullet",
        ParagraphKind::Plain => "plain",
    }
}

fn source_name(source: AppendixSource) -> &'static str {
    match source {
        AppendixSource::List => "list",
        AppendixSource::Heading => "heading",
        AppendixSource::Field => "field",
        AppendixSource::Text => "text",
        AppendixSource::Unattached => "list, not attached",
        AppendixSource::Withheld => "text, withheld",
    }
}

impl<'a> TreeJson<'a> {
    /// Builds the JSON view; offsets are mapped back to the file as read.
    pub(crate) fn new(src: &'a SourceFile, doc: &'a Document) -> Self {
        let text = src.text.as_str();
        let off = |pos: usize| src.original_offset(pos);
        let line = |pos: usize| src.line(pos);
        let para = |p: &Paragraph| ParagraphJson {
            number: p.number.as_ref().map(number_text),
            kind: kind_name(p.kind),
            line: line(p.span.start),
            start: off(p.span.start),
            end: off(p.span.end),
        };
        fn section<'a>(
            doc: &'a Document,
            id: SectionId,
            mk: &dyn Fn(&Section) -> (usize, usize, usize),
            para: &dyn Fn(&Paragraph) -> ParagraphJson,
        ) -> SectionJson<'a> {
            let s = &doc.sections[id];
            let (line, start, end) = mk(s);
            SectionJson {
                title: &s.title,
                number: s.number.as_deref(),
                level: s.level,
                style: style_name(s.style),
                part: s.part,
                line,
                start,
                end,
                paragraphs: s
                    .paragraphs
                    .iter()
                    .map(|&p| para(&doc.paragraphs[p]))
                    .collect(),
                children: s
                    .children
                    .iter()
                    .map(|&c| section(doc, c, mk, para))
                    .collect(),
            }
        }
        let mk = |s: &Section| (line(s.heading.start), off(s.span.start), off(s.span.end));
        TreeJson {
            version: 1,
            path: src.path.display().to_string(),
            encoding: src.encoding.as_str(),
            title: doc.title.as_ref().map(|t| TextJson {
                text: t.text.clone(),
                line: line(t.span.start),
                start: off(t.span.start),
                end: off(t.span.end),
            }),
            fields: doc
                .fields
                .iter()
                .map(|f| FieldJson {
                    key: &f.key,
                    value: &f.value,
                    line: line(f.span.start),
                    start: off(f.span.start),
                    end: off(f.span.end),
                    value_start: off(f.value_span.start),
                    value_end: off(f.value_span.end),
                })
                .collect(),
            meetings: doc
                .meetings
                .iter()
                .map(|m| MeetingJson {
                    name: &m.name,
                    date: m.date.map(|d| d.value.iso()),
                    line: line(m.date.map_or(m.name_span.start, |d| d.span.start)),
                })
                .collect(),
            sections: doc
                .roots
                .iter()
                .map(|&r| section(doc, r, &mk, &para))
                .collect(),
            parts: doc
                .parts
                .iter()
                .enumerate()
                .map(|(i, p)| PartJson {
                    title: p.title.as_deref(),
                    line: line(p.span.start),
                    start: off(p.span.start),
                    end: off(p.span.end),
                    numbers: doc
                        .paragraphs
                        .iter()
                        .filter(|q| q.part == i)
                        .filter_map(|q| q.number.as_ref().map(number_text))
                        .collect(),
                })
                .collect(),
            tables: doc
                .tables
                .iter()
                .map(|t| TableJson {
                    kind: match t.kind {
                        TableKind::Tab => "tab",
                        TableKind::Pipe => "pipe",
                        TableKind::Html => "html",
                        TableKind::Spaced => "spaced",
                    },
                    rows: t.rows.len(),
                    columns: t.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0),
                    line: line(t.span.start),
                    start: off(t.span.start),
                    end: off(t.span.end),
                })
                .collect(),
            references: doc
                .references
                .iter()
                .map(|r| ReferenceJson {
                    kind: r.kind.as_str(),
                    target: &r.target,
                    range_end: r.range_end.as_deref(),
                    within: r.within.as_deref(),
                    external: r.external,
                    text: r.span.of(text),
                    part: r.part,
                    line: line(r.span.start),
                    start: off(r.span.start),
                    end: off(r.span.end),
                })
                .collect(),
            appendices: doc
                .appendices
                .iter()
                .map(|a| AppendixJson {
                    kind: a.kind.as_str(),
                    label: &a.label,
                    title: a.title.as_deref(),
                    source: source_name(a.source),
                    line: line(a.span.start),
                    start: off(a.span.start),
                    end: off(a.span.end),
                    cited_on: {
                        let mut lines: Vec<usize> =
                            cited_on(doc, a).map(|r| line(r.span.start)).collect();
                        lines.dedup();
                        lines
                    },
                })
                .collect(),
            appendix_lists: doc
                .appendix_lists
                .iter()
                .map(|l| AppendixListJson {
                    title: l.title.as_deref(),
                    line: line(l.span.start),
                    end_line: line(l.span.end),
                    start: off(l.span.start),
                    end: off(l.span.end),
                    entries: l.entries,
                })
                .collect(),
            implications: doc
                .implications
                .iter()
                .map(|i| ImplicationJson {
                    name: &i.name,
                    value: i.mark.as_str(),
                    refs: i.refs.as_ref().map(|r| r.text.as_str()),
                    line: line(i.span.start),
                })
                .collect(),
            dates: doc
                .dates
                .iter()
                .map(|d| DateJson {
                    text: d.span.of(text).to_string(),
                    date: d.value.iso(),
                    valid: d.value.is_valid(),
                    line: line(d.span.start),
                    start: off(d.span.start),
                    end: off(d.span.end),
                })
                .collect(),
        }
    }
}

/// A paragraph number as a reader writes it: `4.3`, `(1)`, `ii)`.
pub(crate) fn number_text(n: &ParaNumber) -> String {
    match (n.style, n.parenthesised) {
        (NumberStyle::Decimal, false) => n.label.clone(),
        (_, true) => format!("({})", n.label),
        (_, false) => format!("{})", n.label),
    }
}

/// The outline a person reads: one line per node, with line numbers.
pub fn outline(src: &SourceFile, doc: &Document) -> String {
    let text = src.text.as_str();
    let line = |pos: usize| src.line(pos);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}, {} bytes)",
        src.path.display(),
        src.encoding.as_str(),
        text.len()
    );
    if let Some(t) = &doc.title {
        let _ = writeln!(out, "title: {} (line {})", t.text, line(t.span.start));
    }
    if !doc.fields.is_empty() {
        let _ = writeln!(out, "fields:");
        for f in &doc.fields {
            let value = if f.is_empty() { "(empty)" } else { &f.value };
            let _ = writeln!(out, "  {:>4}  {}: {}", line(f.span.start), f.key, value);
        }
    }
    if !doc.meetings.is_empty() {
        let _ = writeln!(out, "meetings:");
        for m in &doc.meetings {
            let date = m.date.map_or("(no date)".to_string(), |d| d.value.iso());
            let _ = writeln!(
                out,
                "  {:>4}  {} — {}",
                line(m.name_span.start),
                m.name,
                date
            );
        }
    }
    let _ = writeln!(out, "sections:");
    let mut stack: Vec<SectionId> = doc.roots.iter().rev().copied().collect();
    while let Some(id) = stack.pop() {
        let s = &doc.sections[id];
        let indent = "  ".repeat(s.level as usize);
        let number = s
            .number
            .as_deref()
            .map(|n| format!("{n} "))
            .unwrap_or_default();
        let paras: Vec<String> = s
            .paragraphs
            .iter()
            .filter_map(|&p| doc.paragraphs[p].number.as_ref().map(number_text))
            .collect();
        let part = if s.part > 0 {
            format!(" [part {}]", s.part + 1)
        } else {
            String::new()
        };
        let mut row = format!(
            "{:>4}{indent}{number}{}{part}",
            line(s.heading.start),
            s.title
        );
        if !paras.is_empty() {
            let _ = write!(row, "  ¶ {}", compact(&paras));
        }
        let _ = writeln!(out, "{row}");
        stack.extend(s.children.iter().rev());
    }
    if doc.parts.len() > 1 {
        let _ = writeln!(out, "parts:");
        for (i, p) in doc.parts.iter().enumerate() {
            let _ = writeln!(
                out,
                "  {:>4}  part {}: {}",
                line(p.span.start),
                i + 1,
                p.title.as_deref().unwrap_or("(untitled)")
            );
        }
    }
    if !doc.tables.is_empty() {
        let _ = writeln!(out, "tables:");
        for t in &doc.tables {
            let cols = t.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
            let _ = writeln!(
                out,
                "  {:>4}  {} rows × {} columns",
                line(t.span.start),
                t.rows.len(),
                cols
            );
        }
    }
    if !doc.implications.is_empty() {
        let _ = writeln!(out, "implications:");
        for i in &doc.implications {
            let refs = i
                .refs
                .as_ref()
                .map(|r| format!(" ({})", r.text))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {:>4}  {}: {}{refs}",
                line(i.span.start),
                i.name,
                i.mark.as_str()
            );
        }
    }
    if !doc.appendix_lists.is_empty() {
        let _ = writeln!(out, "appendix lists:");
        for l in &doc.appendix_lists {
            let title = match &l.title {
                Some(t) => format!("{t:?}"),
                None => "(entries with no list line)".to_string(),
            };
            let noun = if l.entries == 1 { "entry" } else { "entries" };
            let _ = writeln!(
                out,
                "  {:>4}  {title}: {} {noun}, to line {}",
                line(l.span.start),
                l.entries,
                line(l.span.end)
            );
        }
    }
    if !doc.appendices.is_empty() {
        let _ = writeln!(out, "appendices:");
        for a in &doc.appendices {
            let title = a
                .title
                .as_deref()
                .map(|t| format!(": {t}"))
                .unwrap_or_default();
            // Where a listed appendix is cited: what unreferenced-appendix reads.
            let cited = if matches!(a.source, AppendixSource::Text | AppendixSource::Withheld) {
                String::new()
            } else {
                let mut lines: Vec<String> = cited_on(doc, a)
                    .map(|r| line(r.span.start).to_string())
                    .collect();
                lines.dedup();
                if lines.is_empty() {
                    " (not cited)".to_string()
                } else {
                    format!(" (cited on {})", lines.join(", "))
                }
            };
            let _ = writeln!(
                out,
                "  {:>4}  {} {}{title} [{}]{cited}",
                line(a.span.start),
                a.kind.as_str(),
                a.label,
                source_name(a.source)
            );
        }
    }
    if !doc.references.is_empty() {
        let _ = writeln!(out, "references:");
        for r in &doc.references {
            let ext = if r.external { " (external)" } else { "" };
            let _ = writeln!(
                out,
                "  {:>4}  {}{ext}",
                line(r.span.start),
                r.span.of(text).replace('\n', " ")
            );
        }
    }
    if !doc.dates.is_empty() {
        let _ = writeln!(out, "dates:");
        for d in &doc.dates {
            let invalid = if d.value.is_valid() {
                ""
            } else {
                " (no such date)"
            };
            let _ = writeln!(
                out,
                "  {:>4}  {} = {}{invalid}",
                line(d.span.start),
                d.span.of(text),
                d.value.iso()
            );
        }
    }
    out
}

/// The references that cite appendix `a` (by its label; an annex of an
/// appendix only by a reference to that appendix's annex), other documents'
/// excepted.
fn cited_on<'a>(doc: &'a Document, a: &'a AppendixDecl) -> impl Iterator<Item = &'a Reference> {
    doc.references.iter().filter(move |r| {
        !r.external
            && r.target == a.label
            && match (a.kind, &a.within, r.kind) {
                (ReferenceKind::Annex, Some(w), ReferenceKind::Annex) => {
                    r.within.as_ref().map_or(true, |rw| rw == w)
                }
                (ReferenceKind::Annex, Some(_), _) => false,
                _ => matches!(r.kind, ReferenceKind::Appendix | ReferenceKind::Annex),
            }
    })
}

/// "1, 2, 3, 4, 7" → "1–4, 7" for plain integer runs; other labels as they are.
fn compact(labels: &[String]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut run: Option<(u32, u32)> = None;
    let flush = |run: &mut Option<(u32, u32)>, out: &mut Vec<String>| {
        if let Some((a, b)) = run.take() {
            out.push(if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            });
        }
    };
    for l in labels {
        match (l.parse::<u32>().ok(), run) {
            (Some(n), Some((a, b))) if n == b + 1 => run = Some((a, n)),
            (Some(n), _) => {
                flush(&mut run, &mut out);
                run = Some((n, n));
            }
            (None, _) => {
                flush(&mut run, &mut out);
                out.push(l.clone());
            }
        }
    }
    flush(&mut run, &mut out);
    out.join(", ")
}

/// One clearance as `paperlint tree --format json` shows it.
#[derive(Serialize)]
pub(crate) struct ClearanceJson {
    /// The sign-off it gives (`finance`, `legal`), if anything says which.
    role: Option<String>,
    officer: Option<String>,
    post: Option<String>,
    /// The date as written, and as a date.
    date_text: Option<String>,
    date: Option<String>,
    text: String,
    line: usize,
    start: usize,
    end: usize,
}

/// One section needing a sign-off, as `paperlint tree --format json` shows
/// it: where it is, and the clearances the sign-off rules judge.
#[derive(Serialize)]
pub(crate) struct SignOffJson {
    section: String,
    role: String,
    line: usize,
    clearances: Vec<ClearanceJson>,
}

/// What the sign-off rules read: the clearances, each sign-off with those
/// it is judged by, and the meeting date they are judged against.
#[derive(Serialize)]
pub(crate) struct ClearancesJson {
    clearances: Vec<ClearanceJson>,
    sign_offs: Vec<SignOffJson>,
    meeting_date: Option<String>,
    meeting_date_line: Option<usize>,
}

fn clearance_json(src: &SourceFile, c: &crate::clearance::Clearance) -> ClearanceJson {
    let text = src.text.as_str();
    ClearanceJson {
        role: c.role.clone(),
        officer: c.officer.as_ref().map(|t| t.text.clone()),
        post: c.post.as_ref().map(|t| t.text.clone()),
        date_text: c.date.map(|d| d.span.of(text).to_string()),
        date: c.date.map(|d| d.value.iso()),
        text: c.span.of(text).to_string(),
        line: src.line(c.span.start),
        start: src.original_offset(c.span.start),
        end: src.original_offset(c.span.end),
    }
}

impl ClearancesJson {
    /// The sign-off view of a checked paper.
    pub(crate) fn new(src: &SourceFile, cx: &crate::rules::Context<'_>) -> Self {
        let meeting = cx.meeting_date();
        ClearancesJson {
            clearances: cx
                .clearances()
                .iter()
                .map(|c| clearance_json(src, c))
                .collect(),
            sign_offs: cx
                .sign_offs()
                .iter()
                .map(|s| SignOffJson {
                    section: cx.template.sections[s.def].name.clone(),
                    role: s.role.clone(),
                    line: src.line(s.anchor.start),
                    clearances: s
                        .clearances
                        .iter()
                        .map(|c| clearance_json(src, c))
                        .collect(),
                })
                .collect(),
            meeting_date: meeting.map(|m| m.first.to_string()),
            meeting_date_line: meeting.and_then(|m| m.span).map(|s| src.line(s.start)),
        }
    }
}

/// The clearances the sign-off rules read, for a person: each with its
/// line, the sign-off it gives, who, their post, the date and the text;
/// then each section needing a sign-off with what it is judged by, and the
/// meeting date.
pub(crate) fn clearances_outline(src: &SourceFile, cx: &crate::rules::Context<'_>) -> String {
    let text = src.text.as_str();
    let mut out = String::new();
    let one = |c: &crate::clearance::Clearance| {
        let who = match (&c.officer, &c.post) {
            (Some(o), Some(p)) => format!("{}, {}", o.text, p.text),
            (Some(o), None) => o.text.clone(),
            (None, Some(p)) => p.text.clone(),
            (None, None) => "(no officer)".to_string(),
        };
        let date = c.date.map_or("undated".to_string(), |d| {
            format!("{} = {}", d.span.of(text), d.value.iso())
        });
        let written: String = crate::parse::inline::plain(c.span.of(text))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let written = match written.char_indices().nth(90) {
            Some((i, _)) => format!("{}…", &written[..i]),
            None => written,
        };
        format!(
            "{:>4}  {}: {who}; {date} — \"{written}\"",
            src.line(c.span.start),
            c.role.as_deref().unwrap_or("?")
        )
    };
    let clearances = cx.clearances();
    if !clearances.is_empty() {
        let _ = writeln!(out, "clearances:");
        for c in clearances {
            let _ = writeln!(out, "  {}", one(c));
        }
    }
    let sign_offs = cx.sign_offs();
    if !sign_offs.is_empty() {
        let _ = writeln!(out, "sign-offs:");
        for s in sign_offs {
            let name = &cx.template.sections[s.def].name;
            let judged = match s.clearances.as_slice() {
                [] => match s.unnamed {
                    Some(slot) => format!(
                        "no clearance found: the name slot at line {} is empty",
                        src.line(slot.start)
                    ),
                    None => match &s.empty_slot {
                        Some((slot, post)) => format!(
                            "no clearance found: the {post} slot at line {} is empty",
                            src.line(slot.start)
                        ),
                        None => "no clearance found".to_string(),
                    },
                },
                cs => {
                    let lines: Vec<String> = cs
                        .iter()
                        .map(|c| format!("line {}", src.line(c.span.start)))
                        .collect();
                    format!("cleared at {}", lines.join(", "))
                }
            };
            let _ = writeln!(
                out,
                "  {:>4}  {name} ({}): {judged}",
                src.line(s.anchor.start),
                s.role
            );
        }
    }
    match cx.meeting_date() {
        Some(m) => {
            let at = m.span.map_or("--meeting-date".to_string(), |s| {
                format!("line {}", src.line(s.start))
            });
            let _ = writeln!(out, "meeting date: {} = {} ({at})", m.written, m.first);
        }
        None => {
            let _ = writeln!(out, "meeting date: none found");
        }
    }
    out
}

/// `paperlint tree --format json`: the parsed paper and, where a
/// configuration could be loaded, what the sign-off rules read.
#[derive(Serialize)]
pub(crate) struct TreeWithClearances<'a> {
    #[serde(flatten)]
    pub(crate) tree: TreeJson<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) sign_off: Option<ClearancesJson>,
}
