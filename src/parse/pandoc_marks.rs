//! Word's review marks as Pandoc writes them into Markdown when a draft
//! with tracked changes or comments is converted with
//! `--track-changes=all`: a bracketed span whose attributes carry one of
//! Pandoc's review classes and who made it.
//!
//! ```text
//! [£6.4 million]{.deletion author="Farah Qureshi" date="2027-02-24T11:37:00Z"}
//! [£6.9 million]{.insertion author="Farah Qureshi" date="…"}
//! []{.paragraph-insertion author="…" date="…"}
//! [Please check this]{.comment-start id="2" author="Gary Hollis" date="…"}£1.94 million[]{.comment-end id="2"}
//! ```
//!
//! Any other span (`[text]{.underline}`, `[text]{.mark}`, `[]{#_Toc1
//! .anchor}`) is no review mark. The class names are Pandoc's, the
//! format's grammar: they stay here.

use crate::document::Span;
use crate::parse::inline::pandoc_attributes_len;

/// What a review mark is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MarkKind {
    /// `.insertion`: text added and not yet accepted.
    Insertion,
    /// `.deletion`: text struck out and not yet accepted.
    Deletion,
    /// `.paragraph-insertion`: a paragraph break added.
    ParagraphInsertion,
    /// `.comment-start`: a comment, its text inside the brackets.
    CommentStart,
    /// `.comment-end`: where the text a comment is on ends.
    CommentEnd,
}

impl MarkKind {
    /// The kind a Pandoc class names, if it names one.
    fn of_class(class: &str) -> Option<MarkKind> {
        Some(match class {
            "insertion" => MarkKind::Insertion,
            "deletion" => MarkKind::Deletion,
            "paragraph-insertion" => MarkKind::ParagraphInsertion,
            "comment-start" => MarkKind::CommentStart,
            "comment-end" => MarkKind::CommentEnd,
            _ => return None,
        })
    }
}

/// One review mark in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mark {
    pub(crate) kind: MarkKind,
    /// The whole mark, brackets and attributes included.
    pub(crate) whole: Span,
    /// The text inside the brackets: the words inserted or deleted, or
    /// the comment.
    pub(crate) inner: Span,
    /// The `author` attribute, where there is one.
    pub(crate) author: Option<String>,
    /// The `id` attribute (a comment's start and end share it).
    pub(crate) id: Option<String>,
}

/// The most bytes between a span's brackets that are looked back over
/// for its opening bracket (a comment may be a few sentences long).
const MAX_INNER: usize = 2000;

/// Every review mark in `text`, in order. Cheap on a paper with none: it
/// looks only at `]{.` runs.
pub(crate) fn marks(text: &str) -> Vec<Mark> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for at in memchr::memmem::find_iter(bytes, b"]{.") {
        if at > 0 && bytes[at - 1] == b'\\' {
            continue; // `\]`: a bracket Pandoc kept as text.
        }
        let attrs_at = at + 1;
        let Some((len, attrs)) = attribute_block(&text[attrs_at..]) else {
            continue;
        };
        let attrs = attrs.as_str();
        let Some(kind) = attrs
            .split(' ')
            .filter_map(|t| t.strip_prefix('.'))
            .find_map(MarkKind::of_class)
        else {
            continue;
        };
        let Some(open) = opening_bracket(text, at) else {
            continue;
        };
        out.push(Mark {
            kind,
            whole: Span::new(open, attrs_at + len),
            inner: Span::new(open + 1, at),
            author: attribute(attrs, "author"),
            id: attribute(attrs, "id"),
        });
    }
    out
}

/// The most line breaks inside one attribute block: Pandoc wraps a long
/// block (`{.deletion author="Martin` / `Oduya" date="…"}`) at its line
/// width, over two or three lines.
const MAX_BLOCK_BREAKS: usize = 3;

/// The attribute block at the start of `s` (its `{`), as Pandoc writes it
/// on one line or wrapped over up to [`MAX_BLOCK_BREAKS`] line breaks, no
/// blank line inside: its length, and its tokens between the braces with
/// each line break (and the indent after it) read as one space.
fn attribute_block(s: &str) -> Option<(usize, String)> {
    if let Some(len) = pandoc_attributes_len(s) {
        return Some((len, s[1..len - 1].to_string()));
    }
    // Wrapped: the lines up to the first `}`, joined by spaces (a line
    // break is one byte, as a space is, so the length holds).
    let close = memchr::memchr(b'}', s.as_bytes())?;
    let block = &s[..=close];
    let breaks = memchr::memchr_iter(b'\n', block.as_bytes()).count();
    if breaks == 0 || breaks > MAX_BLOCK_BREAKS || block.lines().any(|l| l.trim().is_empty()) {
        return None;
    }
    let joined = block.replace(['\r', '\n'], " ");
    let len = pandoc_attributes_len(&joined)?;
    let tokens = joined[1..len - 1].split_whitespace().collect::<Vec<_>>();
    Some((len, tokens.join(" ")))
}

/// The text struck out by tracked deletions (`[…]{.deletion …}`), whole
/// marks, in order: what the paper will not say once the changes are
/// accepted. Cheap on a paper with none: one search.
pub(crate) fn deletions(text: &str) -> Vec<Span> {
    if memchr::memmem::find(text.as_bytes(), b"{.deletion").is_none() {
        return Vec::new();
    }
    marks(text)
        .into_iter()
        .filter(|m| m.kind == MarkKind::Deletion)
        .map(|m| m.whole)
        .collect()
}

/// The `[` that the `]` at `close` closes: brackets nest, a bracket after
/// a backslash is text (`\[`), and a blank line ends the search (a span
/// stays in its paragraph).
fn opening_bracket(text: &str, close: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let floor = close.saturating_sub(MAX_INNER);
    let mut depth = 0usize;
    let mut i = close;
    while i > floor {
        i -= 1;
        let escaped = i > 0 && bytes[i - 1] == b'\\';
        match bytes[i] {
            b'\n' if i > 0 && bytes[i - 1] == b'\n' => return None,
            b']' if !escaped => depth += 1,
            b'[' if !escaped => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return Some(i),
            },
            _ => {}
        }
    }
    None
}

/// The value of attribute `key` in an attribute block's tokens
/// (`author="Farah Qureshi"`, `id=2`), quotes taken off.
fn attribute(attrs: &str, key: &str) -> Option<String> {
    let mut rest = attrs;
    while let Some(at) = rest.find(key) {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + key.len()..];
        rest = after;
        if before.is_some_and(|c| c != ' ') {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        let value = match value.strip_prefix('"') {
            Some(quoted) => &quoted[..quoted.find('"')?],
            None => value.split(' ').next().unwrap_or(""),
        };
        let value = value.trim();
        return (!value.is_empty()).then(|| value.to_string());
    }
    None
}

/// A comment and the text it is on: the comment's start mark, and the
/// span from it to its end mark (the start alone where no end with its
/// id follows).
pub(crate) struct Comment<'m> {
    pub(crate) start: &'m Mark,
    pub(crate) span: Span,
}

/// The comments among `marks`, each with the text it is on.
pub(crate) fn comments(marks: &[Mark]) -> Vec<Comment<'_>> {
    marks
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == MarkKind::CommentStart)
        .map(|(i, m)| {
            let end = marks[i + 1..]
                .iter()
                .find(|e| e.kind == MarkKind::CommentEnd && e.id == m.id)
                .map_or(m.whole, |e| m.whole.cover(e.whole));
            Comment {
                start: m,
                span: end,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str, s: Span) -> &str {
        &text[s.start..s.end]
    }

    #[test]
    fn an_insertion_and_a_deletion_with_their_authors() {
        let text = "value is [£6.4 million]{.deletion author=\"Farah Qureshi\" \
                    date=\"2027-02-24T11:37:00Z\"}[£6.9 million]{.insertion \
                    author=\"Farah Qureshi\"}, of which";
        let m = marks(text);
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].kind, MarkKind::Deletion);
        assert_eq!(of(text, m[0].inner), "£6.4 million");
        assert_eq!(m[0].author.as_deref(), Some("Farah Qureshi"));
        assert_eq!(m[1].kind, MarkKind::Insertion);
        assert_eq!(of(text, m[1].inner), "£6.9 million");
        assert!(of(text, m[1].whole).starts_with("[£6.9"));
        assert!(of(text, m[1].whole).ends_with("Qureshi\"}"));
    }

    #[test]
    fn a_comment_runs_to_its_end_mark() {
        let text = "Spend was [Farah – please check [this]]{.comment-start id=\"2\" \
                    author=\"Gary Hollis\"}£1.94 million[]{.comment-end id=\"2\"}, above.";
        let m = marks(text);
        assert_eq!(m.len(), 2);
        assert_eq!(of(text, m[0].inner), "Farah – please check [this]");
        let c = comments(&m);
        assert_eq!(c.len(), 1);
        assert!(of(text, c[0].span).starts_with("[Farah"));
        assert!(of(text, c[0].span).ends_with("id=\"2\"}"));
        assert_eq!(c[0].start.author.as_deref(), Some("Gary Hollis"));
        // An end with another id is not this comment's.
        let text = "[Note]{.comment-start id=\"1\"}text[]{.comment-end id=\"3\"}";
        let m = marks(text);
        assert_eq!(
            of(text, comments(&m)[0].span),
            "[Note]{.comment-start id=\"1\"}"
        );
    }

    #[test]
    fn other_spans_are_no_review_marks() {
        for text in [
            "[Debt rescheduling]{.underline}",
            "[key point]{.mark}",
            "# []{#_Toc213044101 .anchor}1. INTRODUCTION",
            "![](media/image1.png){width=\"1.6in\" height=\"0.7in\"}",
            "[inserted text]{.insertions}",
            "\\[note\\]{.insertion}",
            "[one\n\ntwo]{.insertion}",
        ] {
            assert!(marks(text).is_empty(), "{text}");
        }
        assert_eq!(
            marks("[]{.paragraph-insertion author=\"A\"}")[0].kind,
            MarkKind::ParagraphInsertion
        );
    }

    #[test]
    fn an_attribute_block_wrapped_over_lines_is_read() {
        let text = "at\n[£4.87 million]{.deletion author=\"Martin Oduya\"\n\
                    date=\"2026-06-11T15:02:00Z\"}[£5.12 million]{.insertion author=\"Martin\n\
                    Oduya\" date=\"2026-06-11T15:02:00Z\"}, of which";
        let m = marks(text);
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].kind, MarkKind::Deletion);
        assert_eq!(m[0].author.as_deref(), Some("Martin Oduya"));
        assert!(of(text, m[0].whole).ends_with("02:00Z\"}"));
        assert_eq!(of(text, m[1].inner), "£5.12 million");
        assert_eq!(m[1].author.as_deref(), Some("Martin Oduya"));
        assert!(of(text, m[1].whole).ends_with("02:00Z\"}"));
        // A comment whose text and attributes both wrap, with CRLF.
        let text = "5.5 [Can we say more? Becky to confirm\r\nwording.]{.comment-start id=\"4\" \
                    author=\"Ruth Ainsley\"\r\ndate=\"2026-06-04T09:37:00Z\"}A campaign \
                    will start.[]{.comment-end id=\"4\"}\r\n";
        let m = marks(text);
        let c = comments(&m);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].start.author.as_deref(), Some("Ruth Ainsley"));
        assert!(of(text, c[0].span).ends_with("id=\"4\"}"));
    }

    #[test]
    fn a_wrapped_block_stays_in_its_paragraph_and_is_short() {
        for text in [
            // A blank line inside.
            "[a]{.insertion author=\"A\"\n\ndate=\"x\"}",
            "[a]{.insertion author=\"A\"\n  \ndate=\"x\"}",
            // More line breaks than Pandoc's wrapping makes.
            "[a]{.insertion\nauthor=\"A\"\ndate=\"x\"\nid=\"1\"\nkey=\"y\"}",
            // Words, not attributes, between the brace and the next one.
            "[a]{.insertion see the\nnote below} here",
            "[draft]{.insertion\nplease check this}",
        ] {
            assert!(marks(text).is_empty(), "{text}");
        }
        assert_eq!(marks("[a]{.insertion\nauthor=\"A\"\ndate=\"x\"}").len(), 1);
    }

    #[test]
    fn attributes_by_key() {
        assert_eq!(
            attribute("id=\"2\" author=\"Gary Hollis\"", "author").as_deref(),
            Some("Gary Hollis")
        );
        assert_eq!(attribute("id=2 author=x", "id").as_deref(), Some("2"));
        assert_eq!(attribute("coauthor=\"x\"", "author"), None);
        assert_eq!(attribute(".insertion", "author"), None);
    }
}
