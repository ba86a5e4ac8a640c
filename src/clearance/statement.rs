//! A statutory officer's sign-off written as a line of its own, as some
//! templates list them under "Consultations" or "Statutory officers'
//! comments", far from the implications they clear:
//!
//! ```text
//! Head of Finance (Section 151 Officer): Geraint Wyn Mathias – report seen and
//! financial implications agreed, 22 January 2026.
//! Monitoring Officer: Eleri Castellano-Roberts – report seen and legal implications
//! agreed, 23 January 2026.
//! ```
//!
//! The line opens with its key, a colon, the officer's name and a dash or
//! comma; then a statement that the officer cleared the paper; then
//! perhaps the date, last. The line may wrap over the next two, up to its
//! date or full stop.

use super::*;

/// The most bytes before the colon that ends a line's key.
const MAX_KEY_BYTES: usize = 100;

/// The most words of a key ("Head of Finance (Section 151 Officer)").
const MAX_KEY_WORDS: usize = 10;

/// The most lines one such line wraps over.
const MAX_RECORD_LINES: usize = 3;

/// The most words of the statement after the name.
const MAX_STATEMENT_WORDS: usize = 20;

/// The clearances written as statement lines in `span` (a paragraph, a
/// field line or a heading), each read whole:
///
/// - the key is a post the pack lists ("Head of Finance (Section 151
///   Officer)", "Monitoring Officer"), whose sign-off it gives; or a label
///   naming one sign-off ("Finance", "Legal"); or another post
///   (capitalised words, no body such as "Cabinet Member") where the
///   statement names one sign-off's words ("financial implications");
/// - the name is a person's, then a dash or a comma;
/// - the statement (twenty words at most) holds one of the pack's verbs,
///   done ("agreed", not "to be agreed" or "not agreed", and no officer
///   after it: "agreed by …"), and words saying what was cleared
///   ("implications", "comments", "report": [`CUE`]);
/// - the date, if any, ends the line (only punctuation after it); a line
///   without one ends with a full stop, and is an undated clearance.
///
/// So "Head of Finance: Jo Bloggs – attended the project board, 3 March
/// 2026" (no verb of the pack's), "Monitoring Officer: Jo Bloggs – legal
/// implications to be agreed" and "Head of HR: Jo Bloggs – HR implications
/// agreed" (no sign-off) are none.
pub(super) fn statement_lines(
    text: &str,
    doc: &Document,
    template: &Template,
    span: Span,
    place: Place,
) -> Vec<Clearance> {
    // (Most units hold no colon: refused before a line is read.)
    if memchr::memchr(b':', span.of(text).as_bytes()).is_none() {
        return Vec::new();
    }
    let Some(verbs) = &template.clearance.verbs else {
        return Vec::new();
    };
    let lines = lines_of(text, span);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !opens_statement(text, template, lines[i]) {
            i += 1;
            continue;
        }
        // The line and those it wrapped onto, up to one that ends it (a
        // date or a full stop) or opens another.
        let mut last = i;
        while last + 1 < lines.len()
            && last + 1 - i < MAX_RECORD_LINES
            && !ends_statement(text, doc, lines[last])
            && !opens_statement(text, template, lines[last + 1])
        {
            last += 1;
        }
        if let Some(c) = read_statement(
            text,
            doc,
            template,
            verbs,
            lines[i].cover(lines[last]),
            place,
        ) {
            out.push(c);
            i = last + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether the line `line` may open a statement line: a key of a few
/// capitalised words, then a colon, then a person's name.
fn opens_statement(text: &str, template: &Template, line: Span) -> bool {
    let body = line.of(text);
    let Some(colon) = memchr::memchr(b':', &body.as_bytes()[..body.len().min(MAX_KEY_BYTES)])
    else {
        return false;
    };
    let key = crate::parse::inline::plain(&body[..colon]);
    let key = key.trim();
    if key.is_empty() || key.split_whitespace().count() > MAX_KEY_WORDS || !is_plain_post(key) {
        return false;
    }
    let rest = crate::parse::inline::plain(&body[colon + 1..]);
    name_before_separator(&rest, &template.vocabulary.not_names).is_some()
}

/// Where a person's name that opens `s` ends, and where the dash or comma
/// after it ends.
fn name_before_separator(
    s: &str,
    not_names: &crate::parse::vocabulary::Words,
) -> Option<(usize, usize)> {
    let sep = s.char_indices().find(|&(i, c)| {
        matches!(c, '–' | '—' | ',')
            || (c == '-' && s[..i].ends_with(' ') && s[i + 1..].starts_with(' '))
    })?;
    let name = s[..sep.0].trim_end();
    let lead = name.len() - name.trim_start().len();
    is_name(&name[lead..], not_names).then_some((name.len(), sep.0 + sep.1.len_utf8()))
}

/// Whether a statement line ends on `line`: it holds a date, or ends with
/// a full stop.
fn ends_statement(text: &str, doc: &Document, line: Span) -> bool {
    line.of(text).trim_end().ends_with('.') || date_in(doc, line).is_some()
}

/// The clearance a statement line spanning `span` gives, if it is one.
fn read_statement(
    text: &str,
    doc: &Document,
    template: &Template,
    verbs: &Pattern,
    span: Span,
    place: Place,
) -> Option<Clearance> {
    let wording = &template.clearance;
    let not_names = &template.vocabulary.not_names;
    let flat = Flat::new(text, span);
    let ft = flat.text.as_str();
    let colon = ft.find(':')?;
    let key_end = ft[..colon].trim_end().len();
    let key = &ft[..key_end];
    let (name_end, sep_end) = name_before_separator(&ft[colon + 1..], not_names)?;
    let name_at = colon + 1 + (ft[colon + 1..].len() - ft[colon + 1..].trim_start().len());
    let name_end = colon + 1 + name_end;
    let from = colon + 1 + sep_end;
    // The date, if any, ends the line.
    let date = date_in(doc, flat.span(from, ft.len()));
    let to = match date {
        Some(d) => {
            let after = &ft[flat.pos(d.span.end).min(ft.len())..];
            if !after
                .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
                .is_empty()
            {
                return None;
            }
            flat.pos(d.span.start)
        }
        None if ft.trim_end().ends_with('.') => ft.len(),
        None => return None,
    };
    let statement = ft.get(from..to.max(from))?;
    if statement.contains(':')
        || statement.split_whitespace().count() > MAX_STATEMENT_WORDS
        || !CUE.is_match(statement)
        || !says_done(verbs, statement)
    {
        return None;
    }
    let role = statement_role(template, key, statement)?;
    let key_post = wording.role_of_post(key).is_some();
    Some(Clearance {
        role: Some(role),
        officer: Some(flat.item(name_at, name_end)),
        post: key_post.then(|| flat.item(0, key_end)),
        date,
        span,
        place,
    })
}

/// Whether `statement` holds one of the pack's verbs, done: not after a
/// modal ("to be agreed") or a negation ("not yet agreed"), and with no
/// officer after it ("agreed by the Head of Finance": someone else's
/// clearance).
fn says_done(verbs: &Pattern, statement: &str) -> bool {
    let mut done = false;
    for m in verbs.find_iter(statement) {
        let before = &statement[..m.start()];
        if NEGATION.is_match(before) || LINK.is_match(&statement[m.end()..]) {
            return false;
        }
        if let Some(aux) = AUX.find_iter(before).last() {
            if MODAL.is_match(&before[aux.range()]) {
                return false;
            }
        }
        done = true;
    }
    done
}

/// The sign-off a statement line gives: the one its key's post gives
/// (where it gives two, the one of those the statement names); else the
/// one its key names as a label ("Finance"); else, where the key is
/// another post (no body's word: not "Cabinet Member"; no front-sheet
/// label: not "Contact officer"), the one the statement names ("financial
/// implications agreed").
fn statement_role(template: &Template, key: &str, statement: &str) -> Option<String> {
    let wording = &template.clearance;
    let named: Vec<&str> = wording
        .roles
        .iter()
        .filter(|r| r.topics.as_ref().is_some_and(|p| p.is_match(statement)))
        .map(|r| r.id.as_str())
        .collect();
    let one_named = || (named.len() == 1).then(|| named[0].to_string());
    let by_post: Vec<&str> = wording
        .roles
        .iter()
        .filter(|r| r.posts.as_ref().is_some_and(|p| p.is_match(key)))
        .map(|r| r.id.as_str())
        .collect();
    match by_post[..] {
        [one] => return Some(one.to_string()),
        [] => {}
        _ => return one_named().filter(|n| by_post.contains(&n.as_str())),
    }
    let labelled = roles_named(template, key);
    if !labelled.is_empty() {
        return (labelled.len() == 1).then(|| labelled[0].clone());
    }
    // (A front-sheet label, "Contact officer: NAME – …", names the
    // author, not the officer who cleared.)
    let body = &template.vocabulary.body_words;
    let of_body = key
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| body.contains(&w.to_lowercase()));
    if of_body || template.field_for_key(key).is_some() {
        return None;
    }
    one_named()
}

/// A field line's span with the lines it wrapped onto, where it may be a
/// statement line ("Monitoring Officer: NAME – report seen and legal
/// implications" / "agreed, 23 January 2026."): up to two more lines,
/// none blank, none opening a heading or another field, to the first
/// that ends a statement.
pub(super) fn with_wrapped_lines(text: &str, doc: &Document, span: Span) -> Span {
    let mut out = span;
    if ends_statement(text, doc, span) || memchr::memchr(b':', span.of(text).as_bytes()).is_none() {
        return out;
    }
    for _ in 1..MAX_RECORD_LINES {
        let rest = &text[out.end..];
        let Some(next) = rest
            .strip_prefix("\r\n")
            .or_else(|| rest.strip_prefix('\n'))
        else {
            break;
        };
        let line_start = text.len() - next.len();
        let Some(line) = next.split('\n').next().and_then(|l| {
            let body = l.trim();
            let lead = l.len() - l.trim_start().len();
            (!body.is_empty()).then(|| Span::new(line_start + lead, line_start + lead + body.len()))
        }) else {
            break;
        };
        let starts_in = |at: usize| line.start <= at && at < line.end;
        let field = doc.fields.partition_point(|f| f.span.start < line.start);
        let heading = doc
            .sections
            .partition_point(|s| s.heading.start < line.start);
        if doc
            .fields
            .get(field)
            .is_some_and(|f| starts_in(f.span.start))
            || doc
                .sections
                .get(heading)
                .is_some_and(|s| starts_in(s.heading.start))
        {
            break;
        }
        out = out.cover(line);
        if ends_statement(text, doc, line) {
            break;
        }
    }
    out
}
