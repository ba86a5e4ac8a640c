//! # template-leftover
//!
//! ## What it checks
//! Text left over from the report template: bracketed placeholders such as
//! `[Report title]`, `[Insert date]` and `{insert name}`; masked values
//! such as `XX/XX/XXXX` and `£X,XXX`; template guidance such as "Delete if
//! not applicable" and "Insert text here"; a header field whose value
//! is only "TBC", "TBA" or "to be confirmed"; and, in a Word draft, a
//! comment left in the document.
//!
//! ## Why it matters
//! Templates tell authors not to leave guidance or placeholders in a
//! published report (Brighton & Hove, Thanet). A leftover placeholder in a
//! committee paper is embarrassing at best and, in a recommendation or a
//! figure, changes what members are asked to decide.
//!
//! ## Configuration
//! `phrases` (list): more guidance phrases to find (in lower, sentence,
//! title or capital case).
//! `placeholder-words` (list): more words that mark a bracketed placeholder.
//!
//! ## Example
//! ```text
//! Date of meeting: XX/XX/XXXX
//! ```
//! is reported as "template placeholder left in: XX/XX/XXXX".

use crate::diagnostic::Diagnostic;
use crate::document::Span;
use crate::rules::{params, Context, Kind, ParamError, Rule};
use crate::template::{normalise, Template};
use regex::Regex;
use std::sync::LazyLock;

pub static KIND: Kind = Kind {
    name: "template-leftover",
    default_severity: crate::diagnostic::Severity::Error,
    source: include_str!("template_leftover.rs"),
    compile,
};

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    placeholder_words: Vec<String>,
}

const PHRASES: &[&str] = &[
    "delete if not applicable",
    "delete as appropriate",
    "delete as applicable",
    "delete this text",
    "insert text here",
    "insert name here",
    "click here to enter",
    "click or tap here to enter",
    "enter text here",
    "type here",
    "guidance note:",
    "lorem ipsum",
    "remove this guidance",
];

const PLACEHOLDER_WORDS: &[&str] = &[
    "insert",
    "enter",
    "add",
    "type",
    "delete",
    "select",
    "choose",
    "click",
    "report title",
    "title of report",
    "officer name",
    "name of",
    "job title",
    "date",
    "xx",
    "tbc",
    "tba",
    "amount",
    "ward name",
    "meeting",
    "committee name",
    "author",
    "name",
    "title",
    "number",
    "reference",
    "email",
    "phone",
    "telephone",
];

struct TemplateLeftover {
    /// The guidance phrases, in the cases authors write them.
    phrases: aho_corasick::AhoCorasick,
    words: Vec<String>,
}

fn compile(table: &toml::Table, _: &Template) -> Result<Box<dyn Rule>, ParamError> {
    let p: Params = params(table)?;
    let mut phrases: Vec<String> = PHRASES.iter().map(|s| s.to_string()).collect();
    phrases.extend(p.phrases.iter().map(|s| s.to_lowercase()));
    let mut words: Vec<String> = PLACEHOLDER_WORDS.iter().map(|s| s.to_string()).collect();
    words.extend(p.placeholder_words.iter().map(|s| s.to_lowercase()));
    // Each phrase as authors write it: lower case, sentence case, title
    // case, capitals. Exact-case patterns let the search use its SIMD
    // prefilter, many times faster than a case-insensitive automaton.
    let variants: Vec<String> = phrases.iter().flat_map(|p| case_variants(p)).collect();
    let phrases = aho_corasick::AhoCorasick::new(&variants)
        .map_err(|e| ParamError::at("phrases", e.to_string()))?;
    Ok(Box::new(TemplateLeftover { phrases, words }))
}

/// `delete if not applicable` → itself, `Delete if not applicable`,
/// `Delete If Not Applicable`, `DELETE IF NOT APPLICABLE`.
fn case_variants(phrase: &str) -> Vec<String> {
    let lower = phrase.to_lowercase();
    let capitalise = |w: &str| {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    let sentence = capitalise(&lower);
    let title = lower
        .split(' ')
        .map(capitalise)
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = vec![lower.clone(), sentence, title, lower.to_uppercase()];
    out.sort();
    out.dedup();
    out
}

/// `[…]` not followed by `(` (a Markdown link), or `{…}`, on one line.
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[([^\[\]\n]{1,60})\](\()?|\{([^{}\n]{1,60})\}").expect("valid regex")
});

/// `XX/XX/XXXX`, `xx.xx.xx`, `£X,XXX`, `£XXm`, `FP/XXX`.
static MASKED: LazyLock<Regex> = LazyLock::new(|| {
    // ASCII word boundaries: Unicode ones make the regex engine crawl.
    Regex::new(
        r"(?i-u:\bxx?[/.\-]xx?[/.\-]xx(xx)?\b)|£\s?(?i-u:x+([,.]x+)*m?\b)|(?-u:\b[A-Z]{1,4}/XXX+\b|\bXXXX+\b)",
    )
    .expect("valid regex")
});

impl TemplateLeftover {
    fn is_placeholder(&self, inner: &str) -> bool {
        let lower = inner.trim().to_lowercase();
        if lower.is_empty()
            || lower
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == ' ')
        {
            return false;
        }
        if matches!(lower.as_str(), "sic" | "…" | "..." | "x" | " ") {
            return false;
        }
        self.words.iter().any(|w| {
            lower == *w
                || lower.starts_with(&format!("{w} "))
                || lower.ends_with(&format!(" {w}"))
                || lower.contains(&format!(" {w} "))
        })
    }
}

impl Rule for TemplateLeftover {
    fn check(&self, cx: &Context<'_>) -> Vec<Diagnostic> {
        let text = cx.text;
        let comments = comment_spans(text);
        let inside_comment = |_: &str, pos: usize| {
            let i = comments.partition_point(|&(start, _)| start <= pos);
            i > 0 && pos < comments[i - 1].1
        };
        let mut out = Vec::new();
        let mut push = |span: Span, what: &str| {
            out.push(
                Diagnostic::new(
                    KIND.name,
                    span,
                    format!("template placeholder left in: {}", what.trim()),
                )
                .subject(what.trim().to_string())
                .label("left over from the template")
                .help("replace it with the real text, or delete it"),
            );
        };
        // Most papers have no brackets and no "XX": skip the regexes then.
        let bytes = text.as_bytes();
        let bracketed = memchr::memchr2(b'[', b'{', bytes).is_some();
        let masked = memchr::memmem::find(bytes, "£".as_bytes()).is_some()
            || bytes
                .windows(2)
                .any(|w| w[0] | 0x20 == b'x' && w[1] | 0x20 == b'x');
        for m in BRACKETED.captures_iter(if bracketed { text } else { "" }) {
            let whole = m.get(0).expect("match");
            if m.get(2).is_some() {
                continue; // [text](link)
            }
            // Inside an HTML comment (a suppression, an author's note): skip.
            if inside_comment(text, whole.start()) {
                continue;
            }
            let inner = m.get(1).or_else(|| m.get(3)).map_or("", |g| g.as_str());
            let curly = m.get(3).is_some();
            if (curly && inner.chars().any(char::is_alphabetic)) || self.is_placeholder(inner) {
                push(Span::new(whole.start(), whole.end()), whole.as_str());
            }
        }
        for m in MASKED.find_iter(if masked { text } else { "" }) {
            if !inside_comment(text, m.start()) {
                push(Span::new(m.start(), m.end()), m.as_str());
            }
        }
        for m in self.phrases.find_iter(text) {
            if !inside_comment(text, m.start()) {
                push(Span::new(m.start(), m.end()), &text[m.start()..m.end()]);
            }
        }
        for f in &cx.doc.fields {
            let v = normalise(&f.value);
            if matches!(
                v.as_str(),
                "tbc" | "tba" | "to be confirmed" | "to be advised" | "tbd"
            ) {
                push(f.value_span, &f.value);
            }
        }
        out.sort_by_key(|d| (d.span().start, d.span().end));
        out.dedup_by(|a, b| b.span().contains(a.span()));
        // Word comments, after the dedup: a comment on a placeholder is a
        // second finding, not a repeat.
        for c in cx.docx.iter().flat_map(|d| &d.comments) {
            out.push(word_comment(c));
        }
        out
    }
}

/// Byte ranges of the HTML comments in `text`, in order.
fn comment_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("<!--") {
        let start = from + open;
        let end = text[start + 4..]
            .find("-->")
            .map_or(text.len(), |e| start + 4 + e + 3);
        out.push((start, end));
        from = end;
    }
    out
}

fn word_comment(c: &crate::source::docx::Comment) -> Diagnostic {
    let text = c.text.trim();
    let short: String = text.chars().take(80).collect();
    let short = if short.len() < text.len() {
        format!("{}…", short.trim_end())
    } else {
        short
    };
    let by = c
        .author
        .as_deref()
        .map_or(String::new(), |a| format!(" by {a}"));
    Diagnostic::new(
        KIND.name,
        c.span,
        format!("Word comment{by} left in the document: \u{201c}{short}\u{201d}"),
    )
    .subject(short)
    .label("commented text")
    .help("resolve the comment and delete it (Review > Delete) before the paper goes out")
}
