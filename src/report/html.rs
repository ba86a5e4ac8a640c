//! `--format html`: one self-contained page for a committee clerk.
//!
//! The page holds an agenda summary (a row per paper, in file order), a
//! matrix of papers × rules, and per paper its findings in reading order
//! beside the paper's text with each finding's span highlighted. A finding
//! links to its highlight and a highlight to its finding (plain `href`s, so
//! they work with scripts off); a highlight's `title` is its message. A
//! little inline script filters by severity and rule; a print stylesheet
//! puts one paper on a page with its findings beneath. Nothing is fetched:
//! the file works from a file share or as an email attachment, and its
//! Content-Security-Policy forbids any request.
//!
//! **Why no template engine.** The page is written with `write!` and every
//! piece of a paper (text, titles, messages, rule ids, paths) goes through
//! `html-escape` (`encode_text` between tags, `encode_double_quoted_attribute`
//! inside attributes; no dependencies of its own). askama would check a
//! template at compile time but brings a derive macro and its parser into
//! every build for one page whose structure is a few loops; minijinja would
//! let councils supply their own template, which nobody has asked for, and
//! would make the escaping depend on a template we do not control. The
//! escaping is what matters here — a paper containing `<script>` must show
//! as text — and it is kept in two small functions ([`text`], [`attr`]),
//! tested below.
//!
//! The page is built once every paper is checked, so it holds every
//! paper's text: it is meant for an agenda (tens of papers), not a corpus.
//!
//! Spans are byte offsets into the text paperlint read (for a .docx, the
//! text rendered from it); they are snapped outwards to character
//! boundaries, and overlapping spans are cut into segments, each
//! highlighted once and linked to every finding covering it.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use super::record::Record;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Span};
use crate::source::SourceFile;
use crate::template::Template;

/// One paper as the page shows it.
#[derive(Debug, Clone)]
pub(crate) struct Paper {
    path: String,
    title: Option<String>,
    meeting: Option<String>,
    contact: Option<String>,
    /// The text as paperlint read it.
    text: String,
    /// In reading order.
    findings: Vec<Finding>,
    /// Why the paper could not be read.
    error: Option<String>,
}

#[derive(Debug, Clone)]
struct Finding {
    record: Record,
    /// Into `Paper::text` (a record's offsets are into the file's bytes).
    span: Span,
    /// Where it is in Word (a .docx) or on which page (a PDF), in words.
    place: Option<String>,
}

impl Paper {
    /// The page's view of a checked paper: `found` are its findings kept,
    /// `records` theirs, in the same order.
    pub(crate) fn new(
        src: &SourceFile,
        doc: &Document,
        template: &Template,
        found: &[Diagnostic],
        records: &[Record],
    ) -> Paper {
        let field = |id: &str| {
            doc.fields
                .iter()
                .filter(|f| !f.is_empty())
                .find(|f| {
                    template
                        .field_for_key(&f.key)
                        .is_some_and(|i| template.fields[i].id == id)
                })
                .map(|f| f.value.trim().to_string())
        };
        let title = field("title").or_else(|| doc.title.as_ref().map(|t| t.text.clone()));
        let meeting = match (field("meeting"), field("date")) {
            (Some(m), Some(d)) => Some(format!("{m}, {d}")),
            (m, d) => m.or(d).or_else(|| {
                doc.meetings.first().map(|m| {
                    let date = m.date.map(|d| d.span.of(&src.text).trim().to_string());
                    match date {
                        Some(d) if !m.name.is_empty() => format!("{}, {d}", m.name),
                        Some(d) => d,
                        None => m.name.clone(),
                    }
                })
            }),
        };
        let mut findings: Vec<Finding> = found
            .iter()
            .zip(records)
            .map(|(d, r)| Finding {
                record: r.clone(),
                span: d.span(),
                place: src
                    .docx
                    .as_ref()
                    .and_then(|i| i.describe(d.span().start))
                    .map(|p| format!("in Word: {p}"))
                    .or_else(|| {
                        src.pdf
                            .as_ref()
                            .map(|i| format!("in the PDF: {}", i.describe(d.span().start)))
                    }),
            })
            .collect();
        // Reading order; a stable sort keeps the rules' order at one place.
        findings.sort_by_key(|f| (f.span.start, f.span.end));
        Paper {
            path: src.path.display().to_string(),
            title,
            meeting,
            contact: field("contact"),
            text: src.text.clone(),
            findings,
            error: None,
        }
    }

    /// A paper that could not be read, and why.
    pub(crate) fn unreadable(path: &Path, error: &str) -> Paper {
        Paper {
            path: path.display().to_string(),
            title: None,
            meeting: None,
            contact: None,
            text: String::new(),
            findings: Vec::new(),
            error: Some(error.to_string()),
        }
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.record.severity == severity)
            .count()
    }
}

/// `s` escaped for the text between tags.
fn text(s: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_text(s)
}

/// `s` escaped for a double-quoted attribute value.
fn attr(s: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(s)
}

const STYLE: &str = include_str!("html/style.css");
const SCRIPT: &str = include_str!("html/script.js");

/// Writes the page for `papers`, in the order given.
pub(crate) fn write(out: &mut dyn Write, papers: &[Paper]) -> std::io::Result<()> {
    out.write_all(page(papers).as_bytes())
}

/// The page, as a string.
pub(crate) fn page(papers: &[Paper]) -> String {
    let mut h =
        String::with_capacity(64 * 1024 + papers.iter().map(|p| p.text.len() * 2).sum::<usize>());
    let total = |s| papers.iter().map(|p| p.count(s)).sum::<usize>();
    let (errors, warnings, infos) = (
        total(Severity::Error),
        total(Severity::Warning),
        total(Severity::Info),
    );
    let findings: usize = papers.iter().map(|p| p.findings.len()).sum();
    // The rules that fired, for the matrix and the filters.
    let rules: BTreeSet<&str> = papers
        .iter()
        .flat_map(|p| &p.findings)
        .map(|f| f.record.rule.as_str())
        .collect();

    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"paperlint {}\">\n\
         <title>paperlint: {} papers checked</title>\n<style>\n{STYLE}</style>\n</head>\n\
         <body data-papers=\"{}\" data-findings=\"{findings}\">\n",
        env!("CARGO_PKG_VERSION"),
        papers.len(),
        papers.len(),
    );
    let _ = write!(
        h,
        "<header>\n<h1>Committee papers checked</h1>\n<p class=\"totals\">{} · {}</p>\n</header>\n",
        plural(papers.len(), "paper"),
        if findings == 0 {
            "no problems found".to_string()
        } else {
            format!(
                "{}, {}, {}",
                plural(errors, "error"),
                plural(warnings, "warning"),
                plural(infos, "note")
            )
        }
    );

    // Filters: inert without the script, which un-hides them.
    h.push_str("<form id=\"filters\" class=\"no-print\" hidden>\n<fieldset><legend>Show</legend>");
    for (sev, label) in [
        (Severity::Error, "errors"),
        (Severity::Warning, "warnings"),
        (Severity::Info, "notes"),
    ] {
        let _ = write!(
            h,
            "<label><input type=\"checkbox\" data-severity=\"{0}\" checked> {label}</label> ",
            sev.as_str()
        );
    }
    h.push_str("</fieldset>\n");
    if !rules.is_empty() {
        h.push_str("<fieldset><legend>Rules</legend>");
        for rule in &rules {
            let _ = write!(
                h,
                "<label><input type=\"checkbox\" data-rule=\"{0}\" checked> {1}</label> ",
                attr(rule),
                text(rule)
            );
        }
        h.push_str("</fieldset>\n");
    }
    h.push_str(
        "<label><input type=\"checkbox\" id=\"print-text\"> print each paper's text too</label>\n\
         <p id=\"shown\" aria-live=\"polite\"></p>\n</form>\n",
    );

    summary_table(&mut h, papers);
    matrix(&mut h, papers, &rules);
    for (i, p) in papers.iter().enumerate() {
        paper_section(&mut h, i + 1, p);
    }
    let _ = write!(h, "<script>\n{SCRIPT}</script>\n</body>\n</html>\n");
    h
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The paper's name for a person: its title, else its file name.
fn name(p: &Paper) -> &str {
    p.title.as_deref().unwrap_or(&p.path)
}

fn summary_table(h: &mut String, papers: &[Paper]) {
    h.push_str(
        "<section id=\"agenda\">\n<h2>Agenda</h2>\n<table class=\"summary\">\n<thead><tr>\
         <th>#</th><th>Paper</th><th>Meeting</th><th>Contact</th>\
         <th class=\"n\">Errors</th><th class=\"n\">Warnings</th><th class=\"n\">Notes</th>\
         </tr></thead>\n<tbody>\n",
    );
    for (i, p) in papers.iter().enumerate() {
        let n = i + 1;
        let (e, w, info) = (
            p.count(Severity::Error),
            p.count(Severity::Warning),
            p.count(Severity::Info),
        );
        let _ = write!(
            h,
            "<tr class=\"paper-row\" data-errors=\"{e}\" data-warnings=\"{w}\" data-infos=\"{info}\">\
             <td>{n}</td><td><a href=\"#paper-{n}\">{}</a><br><small>{}</small></td>\
             <td>{}</td><td>{}</td>",
            text(name(p)),
            text(&p.path),
            text(p.meeting.as_deref().unwrap_or("")),
            text(p.contact.as_deref().unwrap_or("")),
        );
        if let Some(error) = &p.error {
            let _ = writeln!(
                h,
                "<td colspan=\"3\" class=\"unreadable\">could not be read: {}</td></tr>",
                text(error)
            );
        } else {
            let cell = |n: usize, class: &str| {
                if n == 0 {
                    "<td class=\"n\">0</td>".to_string()
                } else {
                    format!("<td class=\"n {class}\">{n}</td>")
                }
            };
            let _ = writeln!(
                h,
                "{}{}{}</tr>",
                cell(e, "error"),
                cell(w, "warning"),
                cell(info, "info")
            );
        }
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn matrix(h: &mut String, papers: &[Paper], rules: &BTreeSet<&str>) {
    if rules.is_empty() {
        return;
    }
    h.push_str(
        "<section id=\"matrix\">\n<h2>Papers and rules</h2>\n<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th>Paper</th>",
    );
    for rule in rules {
        let _ = write!(
            h,
            "<th class=\"rule\" data-rule=\"{}\"><span>{}</span></th>",
            attr(rule),
            text(rule)
        );
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for (i, p) in papers.iter().enumerate() {
        let _ = write!(
            h,
            "<tr><th><a href=\"#paper-{}\">{}</a></th>",
            i + 1,
            text(name(p))
        );
        for rule in rules {
            let here: Vec<&Finding> = p
                .findings
                .iter()
                .filter(|f| f.record.rule == *rule)
                .collect();
            match here.iter().map(|f| f.record.severity).max() {
                None => h.push_str("<td></td>"),
                Some(sev) => {
                    let _ = write!(
                        h,
                        "<td class=\"{}\" data-rule=\"{}\" title=\"{}\">{}</td>",
                        sev.as_str(),
                        attr(rule),
                        attr(&format!("{rule}: {}", plural(here.len(), "finding"))),
                        here.len()
                    );
                }
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table></div>\n</section>\n");
}

fn paper_section(h: &mut String, n: usize, p: &Paper) {
    let _ = write!(
        h,
        "<section class=\"paper\" id=\"paper-{n}\" data-path=\"{}\" data-findings=\"{}\">\n\
         <h2>{n}. {}</h2>\n<p class=\"meta\"><span class=\"path\">{}</span>",
        attr(&p.path),
        p.findings.len(),
        text(name(p)),
        text(&p.path),
    );
    for (label, value) in [("Meeting", &p.meeting), ("Contact", &p.contact)] {
        if let Some(v) = value {
            let _ = write!(h, " · {label}: {}", text(v));
        }
    }
    h.push_str("</p>\n");
    if let Some(error) = &p.error {
        let _ = writeln!(
            h,
            "<p class=\"unreadable\">This paper could not be read: {}</p>\n</section>",
            text(error)
        );
        return;
    }
    if p.findings.is_empty() {
        h.push_str("<p class=\"clean\">No problems found.</p>\n");
    } else {
        h.push_str("<div class=\"columns\">\n<ol class=\"findings\">\n");
        for (k, f) in p.findings.iter().enumerate() {
            finding_item(h, n, k + 1, f);
        }
        h.push_str("</ol>\n");
    }
    let _ = write!(
        h,
        "<pre class=\"paper-text\" aria-label=\"the text of {}\">",
        attr(name(p))
    );
    highlighted(h, n, &p.text, &p.findings);
    h.push_str("</pre>\n");
    if !p.findings.is_empty() {
        h.push_str("</div>\n");
    }
    h.push_str("</section>\n");
}

fn finding_item(h: &mut String, n: usize, k: usize, f: &Finding) {
    let r = &f.record;
    let sev = r.severity.as_str();
    let _ = write!(
        h,
        "<li class=\"finding {sev}\" id=\"f-{n}-{k}\" data-rule=\"{}\" data-severity=\"{sev}\">\
         <a class=\"where\" href=\"#m-{n}-{k}\">line {}</a> \
         <span class=\"sev\">{}</span> <code class=\"rule\">{}</code>",
        attr(&r.rule),
        r.line,
        if r.severity == Severity::Info {
            "note"
        } else {
            sev
        },
        text(&r.rule),
    );
    if let Some(place) = &f.place {
        let _ = write!(h, "<div class=\"word\">{}</div>", text(place));
    }
    let quote = r.snippet.trim();
    if !quote.is_empty() {
        let quote = shorten(quote, 300);
        let _ = write!(h, "<blockquote>{}</blockquote>", text(&quote));
    }
    let _ = write!(h, "<p class=\"message\">{}</p>", text(&r.message));
    if let Some(help) = &r.help {
        let _ = write!(h, "<p class=\"help\">{}</p>", text(help));
    }
    h.push_str("</li>\n");
}

/// At most `max` characters of `s`, with an ellipsis if cut.
fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

/// The last character boundary at or before `pos` (and within `s`).
fn floor_boundary(s: &str, pos: usize) -> usize {
    let mut pos = pos.min(s.len());
    while !s.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// The first character boundary at or after `pos` (and within `s`).
fn ceil_boundary(s: &str, pos: usize) -> usize {
    let mut pos = pos.min(s.len());
    while !s.is_char_boundary(pos) {
        pos += 1;
    }
    pos
}

/// Writes `src` escaped, each finding's span highlighted: an anchor
/// `m-N-K` where finding K starts, and each stretch of text covered by
/// findings as one link to the first of them, titled with all their
/// messages. An empty span is shown as a caret.
fn highlighted(h: &mut String, n: usize, src: &str, findings: &[Finding]) {
    let spans: Vec<(usize, usize)> = findings
        .iter()
        .map(|f| {
            let start = floor_boundary(src, f.span.start);
            (start, ceil_boundary(src, f.span.end.max(start)))
        })
        .collect();
    let mut cuts: Vec<usize> = spans.iter().flat_map(|&(s, e)| [s, e]).collect();
    cuts.push(0);
    cuts.push(src.len());
    cuts.sort_unstable();
    cuts.dedup();
    // The findings by where they start and where they end, swept once:
    // `active` holds those covering the stretch after the cut, in order.
    let mut by_start: Vec<usize> = (0..spans.len()).collect();
    by_start.sort_by_key(|&k| (spans[k].0, k));
    let mut by_end: Vec<usize> = (0..spans.len()).collect();
    by_end.sort_by_key(|&k| (spans[k].1, k));
    let (mut next_start, mut next_end) = (0, 0);
    let mut active = BTreeSet::new();
    for (i, &at) in cuts.iter().enumerate() {
        while let Some(&k) = by_end.get(next_end).filter(|&&k| spans[k].1 <= at) {
            active.remove(&k);
            next_end += 1;
        }
        while let Some(&k) = by_start.get(next_start).filter(|&&k| spans[k].0 <= at) {
            next_start += 1;
            let (s, e) = spans[k];
            let _ = write!(h, "<span class=\"anchor\" id=\"m-{n}-{}\"></span>", k + 1);
            if s == e {
                let f = &findings[k];
                let _ = write!(
                    h,
                    "<a class=\"hl point {}\" href=\"#f-{n}-{}\" data-f=\"{n}-{}\" title=\"{}\">‸</a>",
                    f.record.severity.as_str(),
                    k + 1,
                    k + 1,
                    attr(&f.record.message)
                );
            } else {
                active.insert(k);
            }
        }
        let Some(&next) = cuts.get(i + 1) else {
            break;
        };
        let piece = &src[at..next];
        let covering: Vec<usize> = active.iter().copied().collect();
        if covering.is_empty() {
            h.push_str(&text(piece));
            continue;
        }
        let severity = covering
            .iter()
            .map(|&k| findings[k].record.severity)
            .max()
            .unwrap_or(Severity::Info);
        let ids: Vec<String> = covering.iter().map(|k| format!("{n}-{}", k + 1)).collect();
        let title: Vec<&str> = covering
            .iter()
            .map(|&k| findings[k].record.message.as_str())
            .collect();
        let _ = write!(
            h,
            "<a class=\"hl {}\" href=\"#f-{}\" data-f=\"{}\" title=\"{}\">{}</a>",
            severity.as_str(),
            ids[0],
            ids.join(" "),
            attr(&title.join("\n")),
            text(piece)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, severity: Severity, start: usize, end: usize, msg: &str) -> Finding {
        Finding {
            record: Record {
                path: "p.md".into(),
                rule: rule.into(),
                severity,
                subject: None,
                message: msg.into(),
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 1,
                start,
                end,
                help: Some("fix <it>".into()),
                docx: None,
                page: None,
                snippet: String::new(),
            },
            span: Span::new(start, end),
            place: None,
        }
    }

    fn paper(text: &str, findings: Vec<Finding>) -> Paper {
        Paper {
            path: "p.md".into(),
            title: Some("A & B <report>".into()),
            meeting: None,
            contact: None,
            text: text.into(),
            findings,
            error: None,
        }
    }

    fn render(text: &str, findings: &[Finding]) -> String {
        let mut h = String::new();
        highlighted(&mut h, 1, text, findings);
        h
    }

    /// The text of `html` with tags removed and entities decoded.
    fn visible(html: &str) -> String {
        let stripped = regex::Regex::new("<[^>]*>").unwrap().replace_all(html, "");
        html_escape::decode_html_entities(&stripped).into_owned()
    }

    #[test]
    fn escapes_text_and_attributes() {
        assert_eq!(text("<b>&\"'"), "&lt;b&gt;&amp;\"'");
        assert_eq!(attr("a\"b<c>&"), "a&quot;b&lt;c&gt;&amp;");
    }

    #[test]
    fn a_paper_containing_a_script_shows_it_as_text() {
        let body = "Title\n<script>document.body.dataset.pwned = 1</script>\n<img src=x onerror=alert(1)>\n";
        let at = body.find("<script>").unwrap();
        let mut p = paper(
            body,
            vec![finding(
                "x",
                Severity::Error,
                at,
                at + 8,
                "bad \"<script>\"",
            )],
        );
        p.path = "<script>alert(1)</script>.md".into();
        p.meeting = Some("<i>Cabinet</i>".into());
        let html = page(&[p]);
        // The page's own script is the only one.
        assert_eq!(html.matches("<script").count(), 1, "{html}");
        assert!(!html.contains("<img"));
        assert!(!html.contains("<i>Cabinet"));
        // The finding's highlight covers the tag, shown as text.
        assert!(
            html.contains(
                "&gt;&quot;\">&lt;script&gt;</a>document.body.dataset.pwned = 1&lt;/script&gt;"
            ),
            "{html}"
        );
        assert!(html.contains("title=\"bad &quot;&lt;script&gt;&quot;\""));
    }

    #[test]
    fn the_text_is_kept_whole_around_highlights() {
        let body = "one two three four";
        let html = render(
            body,
            &[
                finding("a", Severity::Error, 4, 13, "A"),
                finding("b", Severity::Warning, 8, 18, "B"),
            ],
        );
        assert_eq!(visible(&html), body);
        // Overlapping spans: three segments, the middle one in both.
        assert!(
            html.contains("data-f=\"1-1\" title=\"A\">two </a>"),
            "{html}"
        );
        assert!(
            html.contains(
                "class=\"hl error\" href=\"#f-1-1\" data-f=\"1-1 1-2\" title=\"A\nB\">three</a>"
            ),
            "{html}"
        );
        assert!(
            html.contains("data-f=\"1-2\" title=\"B\"> four</a>"),
            "{html}"
        );
        assert!(html.contains("id=\"m-1-1\"></span><a"));
        assert!(html.contains("id=\"m-1-2\"></span><a"));
    }

    #[test]
    fn nested_and_identical_spans_each_get_an_anchor() {
        let body = "abcdef";
        let html = render(
            body,
            &[
                finding("a", Severity::Error, 0, 6, "outer"),
                finding("b", Severity::Error, 0, 6, "same"),
                finding("c", Severity::Info, 2, 3, "inner"),
            ],
        );
        assert_eq!(visible(&html), body);
        for k in 1..=3 {
            assert_eq!(html.matches(&format!("id=\"m-1-{k}\"")).count(), 1);
        }
        assert!(html.contains("data-f=\"1-1 1-2 1-3\" title=\"outer\nsame\ninner\">c</a>"));
    }

    #[test]
    fn highlights_are_what_each_stretch_of_text_is_covered_by() {
        // Many overlapping, nested, touching and empty spans (as a paper
        // with thousands of findings has): each stretch between two span
        // ends is linked to exactly the findings covering it, in order.
        let body = "£5 — Appendix A, Appendix B; paragraph 4.2 é ".repeat(8);
        let mut seed = 7u64;
        let mut next = |m: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % m
        };
        let mut findings = Vec::new();
        for k in 0..120 {
            let s = next(body.len());
            let e = (s + next(40) * usize::from(k % 7 != 0)).min(body.len());
            let sev = [Severity::Info, Severity::Warning, Severity::Error][k % 3];
            findings.push(finding("r", sev, s, e, &format!("m{k}")));
        }
        let html = render(&body, &findings);
        assert_eq!(visible(&html).replace('‸', ""), body);
        let spans: Vec<(usize, usize)> = findings
            .iter()
            .map(|f| {
                let s = floor_boundary(&body, f.span.start);
                (s, ceil_boundary(&body, f.span.end.max(s)))
            })
            .collect();
        let link =
            regex::Regex::new(r#"<a class="hl (\w+)" href="[^"]*" data-f="([^"]*)""#).unwrap();
        let mut linked = 0;
        for c in link.captures_iter(&html) {
            let ids: Vec<usize> = c[2]
                .split(' ')
                .map(|id| id.strip_prefix("1-").unwrap().parse::<usize>().unwrap() - 1)
                .collect();
            assert!(ids.windows(2).all(|w| w[0] < w[1]), "in order: {ids:?}");
            let worst = ids
                .iter()
                .map(|&k| findings[k].record.severity)
                .max()
                .unwrap();
            assert_eq!(&c[1], worst.as_str());
            linked += 1;
        }
        assert!(linked > 50, "{linked}");
        // Every stretch: the findings covering it are exactly those listed.
        let mut cuts: Vec<usize> = spans.iter().flat_map(|&(s, e)| [s, e]).collect();
        cuts.extend([0, body.len()]);
        cuts.sort_unstable();
        cuts.dedup();
        let expected: Vec<String> = cuts
            .windows(2)
            .filter_map(|w| {
                let ids: Vec<String> = (0..spans.len())
                    .filter(|&k| spans[k].0 <= w[0] && w[1] <= spans[k].1)
                    .map(|k| format!("1-{}", k + 1))
                    .collect();
                (!ids.is_empty()).then(|| ids.join(" "))
            })
            .collect();
        let got: Vec<String> = link
            .captures_iter(&html)
            .map(|c| c[2].to_string())
            .collect();
        assert_eq!(got, expected);
        for k in 1..=findings.len() {
            assert_eq!(html.matches(&format!("id=\"m-1-{k}\"")).count(), 1);
        }
    }

    #[test]
    fn spans_inside_a_character_are_widened_to_whole_characters() {
        // "£" is two bytes, "—" three: offsets 1 and 6 fall inside them.
        let body = "£5 — ok é";
        let html = render(
            body,
            &[
                finding("a", Severity::Error, 1, 6, "mid"),
                finding("b", Severity::Error, 11, 99, "past the end"),
                finding("c", Severity::Warning, 3, 3, "empty"),
            ],
        );
        // The empty span at byte 3 cuts the first span in two.
        assert!(html.contains("title=\"mid\">£5</a>"), "{html}");
        assert!(html.contains("title=\"mid\"> —</a>"), "{html}");
        assert!(html.contains("é</a>"), "{html}");
        assert!(html.contains("class=\"hl point warning\""));
        assert_eq!(visible(&html).replace('‸', ""), body);
    }

    #[test]
    fn a_page_counts_papers_and_findings() {
        let papers = [
            paper("x", vec![finding("a", Severity::Error, 0, 1, "A")]),
            paper("y", Vec::new()),
            Paper::unreadable(Path::new("z.docx"), "cannot read <this>"),
        ];
        let html = page(&papers);
        assert!(html.contains("<body data-papers=\"3\" data-findings=\"1\">"));
        assert_eq!(html.matches("<li class=\"finding").count(), 1);
        assert_eq!(html.matches("<tr class=\"paper-row\"").count(), 3);
        assert!(html.contains("could not be read: cannot read &lt;this&gt;"));
        assert!(html.contains("<h2>1. A &amp; B &lt;report&gt;</h2>"));
        assert!(html.contains("<p class=\"help\">fix &lt;it&gt;</p>"));
    }

    /// A finding of `rule` at `span`, as a rule instance would report it.
    fn diagnostic(rule: &str, span: Span, message: &str) -> Diagnostic {
        Diagnostic {
            rule: rule.into(),
            severity: Severity::Error,
            subject: None,
            message: message.into(),
            primary: crate::diagnostic::Label::new(span, ""),
            secondary: Vec::new(),
            help: None,
        }
    }

    #[test]
    fn findings_are_listed_in_reading_order() {
        let src = SourceFile::from_bytes("p.md", b"# T\n\nabc def\n".to_vec()).unwrap();
        let doc = crate::parse::parse(&src.text);
        let template = Template::new(Vec::new(), Vec::new(), Default::default(), Vec::new());
        let found = [
            diagnostic("late", Span::new(9, 12), "second"),
            diagnostic("early", Span::new(5, 8), "first"),
        ];
        let records: Vec<Record> = found
            .iter()
            .map(|d| Record::at(&src.path.to_string_lossy(), &src, d))
            .collect();
        let p = Paper::new(&src, &doc, &template, &found, &records);
        let order: Vec<&str> = p.findings.iter().map(|f| f.record.rule.as_str()).collect();
        assert_eq!(order, ["early", "late"]);
        assert_eq!(p.title.as_deref(), Some("T"));
    }
}
