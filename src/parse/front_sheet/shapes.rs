//! The shapes of a front sheet's lines: the one-line field on a line
//! (bullet looked through, `Key – value` bullets, stacked bold keys), the
//! lines that can carry a value under its key, hanging wraps, and the
//! parts of one person's contact details. [`read`] puts them together.

use super::*;
use crate::parse::inline::{in_title_case, is_subject_list, is_title_like, opens_with_honorific};

/// The line's content with a leading form feed (a PDF page break) dropped,
/// and where that content starts in the text.
pub(super) fn content_of<'a>(line: &Line<'a>) -> (&'a str, usize) {
    let c = line.content();
    let t = c.trim_start_matches(['\u{c}', ' ', '\t', '\u{a0}']);
    (
        crate::parse::inline::trim_end(t),
        line.start + line.content_at + (c.len() - t.len()),
    )
}

/// The span of line `line`'s content as [`content_of`] reads it: from its
/// first character that is no margin to its last that is no space.
pub(super) fn content_span(line: &Line<'_>) -> Span {
    let (content, base) = content_of(line);
    Span::new(base, base + content.len())
}

/// The one-line field on line `i`, bullet looked through.
pub(super) fn field_on(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> Option<Field> {
    let (content, base) = content_of(&lines[i]);
    match &kinds[i] {
        LineKind::Text => {
            if !field::has_colon(content) {
                return stacked_bold_key(lines, kinds, i);
            }
            field::field(content, base, true)
        }
        LineKind::Item(m) if m.bullet.is_some() && m.number.is_none() => {
            let at = m.text_start.min(lines[i].content().len());
            let rest = &lines[i].content()[at..];
            let t = rest.trim_start();
            if let Some(f) = dash_field(lines, kinds, i) {
                return Some(f);
            }
            if !field::has_colon(t) {
                return None;
            }
            field::field(
                t.trim_end(),
                lines[i].start + lines[i].content_at + at + (rest.len() - t.len()),
                true,
            )
        }
        _ => None,
    }
}

/// A field written wholly in bold, key and value (`**REPORT BY: EXECUTIVE
/// DIRECTOR**`), which the one-line field grammar does not read (it wants
/// the bold to close after the key). Pandoc's hard line break after it
/// (`**Key Decision: Yes**\`) is no part of the value.
pub(super) fn bold_line_field(content: &str, base: usize) -> Option<Field> {
    let content = content.strip_suffix('\\').unwrap_or(content).trim_end();
    let inner = content.strip_prefix("**")?.strip_suffix("**")?;
    if inner.contains("**") || !field::has_colon(inner) {
        return None;
    }
    field::field(inner, base + 2, true).filter(|f| !f.is_empty())
}

/// The field wholly in bold on line `i` (see [`bold_line_field`]), when
/// it reads as one: its label is one the parser knows (one of the pack's
/// field labels, a meeting, date or contact label, or "Report of/by/from":
/// `**Key Decision: Yes**`, `**Ward(s) Affected: All**`), or fields have
/// begun (`in_fields`). A title in bold with a colon in it (`**TENANT
/// PARTICIPATION: REVIEW OF THE STRATEGY**`) over the fields stays a title.
pub(super) fn bold_front_field(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    in_fields: bool,
    v: &Vocabulary,
) -> Option<Field> {
    if !matches!(kinds[i], LineKind::Text) {
        return None;
    }
    let (content, base) = content_of(&lines[i]);
    let f = bold_line_field(content, base)?;
    let known = key_in(&f.key, &v.field_keys)
        || key_in(&f.key, &v.meeting_keys)
        || key_in(&f.key, &v.date_keys)
        || key_in(&f.key, &v.contact_parts)
        || field::is_report_of_key(&f.key);
    (in_fields || known).then_some(f)
}

/// Whether one-line field line `i` is one the builder does not read: a
/// field wholly in bold (see [`bold_line_field`]).
pub(super) fn builder_misses(lines: &[Line<'_>], i: usize) -> bool {
    let (content, base) = content_of(&lines[i]);
    bold_line_field(content, base).is_some() && field::field(content, base, true).is_none()
}

/// The dashes that may part a bulleted key from its value.
const DASHES: [&str; 3] = [" – ", " — ", " - "];

/// A bulleted key and value parted by a dash, `* Report of – Head of
/// Planning`, with no colon: the key and its value, offsets into `t`.
fn dash_split(t: &str) -> Option<((usize, usize), (usize, usize))> {
    let (at, dash) = DASHES
        .iter()
        .filter_map(|d| t.find(d).map(|at| (at, *d)))
        .min_by_key(|(at, _)| *at)?;
    let key = plain(&t[..at]);
    let key = key.trim();
    let value = t[at + dash.len()..].trim_end();
    (field::is_key(key) && !value.trim().is_empty() && !field::has_colon(&t[..at]))
        .then_some(((0, at), (at + dash.len(), at + dash.len() + value.len())))
}

/// The text of bulleted line `i` after its bullet, and where it starts.
fn bullet_text<'a>(lines: &[Line<'a>], kinds: &[LineKind], i: usize) -> Option<(&'a str, usize)> {
    match &kinds[i] {
        LineKind::Item(m) if m.bullet.is_some() && m.number.is_none() => {
            let content = lines[i].content();
            let at = m.text_start.min(content.len());
            let rest = &content[at..];
            let t = rest.trim_start();
            Some((
                t,
                lines[i].start + lines[i].content_at + at + (rest.len() - t.len()),
            ))
        }
        _ => None,
    }
}

/// The line after the list nested under bulleted key line `i`, where the
/// key has no value on its line (`- **Contact:**` over `    - Jo Bloggs,
/// Democratic Services Officer` / `    - Tel: 01632 960 218`): bullets
/// indented past the key's, straight under it, each short, at most
/// [`MAX_VALUE_LINES`] of them, and no further bullet at their depth after
/// them (a longer list is the paper's, not a value).
pub(super) fn nested_list_end(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> Option<usize> {
    bullet_text(lines, kinds, i)?;
    let nested = |k: usize| {
        k < lines.len()
            && lines[k].indent > lines[i].indent
            && bullet_text(lines, kinds, k).is_some_and(|(t, _)| word_count(t) <= 24)
    };
    let mut k = i + 1;
    while nested(k) && k - i <= MAX_VALUE_LINES {
        k += 1;
    }
    (k > i + 1 && !nested(k)).then_some(k)
}

/// Field `f`, read on bulleted key line `i`, with the items of the list
/// nested under it to line `end` (see [`nested_list_end`]) as its value:
/// their texts joined, the bullets left out.
pub(super) fn with_nested_list(
    f: Field,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    end: usize,
) -> Field {
    let items: Vec<(&str, usize)> = (i + 1..end)
        .filter_map(|k| bullet_text(lines, kinds, k))
        .collect();
    let (Some(&(_, start)), Some(&(last, last_at))) = (items.first(), items.last()) else {
        return f;
    };
    let value_span = Span::new(start, last_at + last.trim_end().len());
    Field {
        value: items
            .iter()
            .map(|(t, _)| plain(t))
            .collect::<Vec<_>>()
            .join(" "),
        value_span,
        span: f.span.cover(value_span),
        ..f
    }
}

/// A field on bulleted line `i` written `Key – value` (en dash, em dash or
/// hyphen between spaces, no colon before the dash; the value may hold
/// one: `Report title – Dog Control: Renewal`), when the line is one of a run of at least three
/// such bullets: a front sheet laid out as a list, where one dashed bullet
/// alone (`* Option A – do nothing`) is no evidence of a field.
fn dash_field(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> Option<Field> {
    let (t, base) = bullet_text(lines, kinds, i)?;
    let ((ks, ke), (vs, ve)) = dash_split(t)?;
    let dashed =
        |k: usize| bullet_text(lines, kinds, k).is_some_and(|(t, _)| dash_split(t).is_some());
    let mut run = 1;
    let mut k = i;
    while k > 0 && run < 3 && dashed(k - 1) {
        run += 1;
        k -= 1;
    }
    let mut k = i + 1;
    while k < lines.len() && run < 3 && dashed(k) {
        run += 1;
        k += 1;
    }
    if run < 3 {
        return None;
    }
    let (inner_at, inner) = crate::parse::inline::trim_markup(&t[vs..ve]);
    Some(Field {
        key: plain(&t[ks..ke]),
        key_span: Span::new(base + ks, base + ke),
        value: plain(&t[vs..ve]),
        value_span: Span::new(base + vs + inner_at, base + vs + inner_at + inner.len()),
        span: Span::new(base, base + ve),
    })
}

/// A field written as a Pandoc definition list: its label alone on a line
/// with no colon, its value on the next line after a colon and spaces
/// (`Report of` / `:   Director of Place`), further lines of the value
/// indented under it. Gives the field and the line after its value.
pub(super) fn definition_entry(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
) -> Option<(Field, usize)> {
    if !matches!(kinds[i], LineKind::Text) || !matches!(kinds.get(i + 1), Some(LineKind::Text)) {
        return None;
    }
    let (def, def_base) = content_of(&lines[i + 1]);
    let rest = def.strip_prefix(':')?;
    let value = rest.trim_start();
    if value.is_empty() || !rest.starts_with([' ', '\t']) {
        return None;
    }
    let (content, base) = content_of(&lines[i]);
    let key = plain(content);
    let key = key.trim();
    if field::has_colon(content) || !field::is_key(key) {
        return None;
    }
    let value_start = def_base + (def.len() - value.len());
    let mut k = i + 2;
    while k < lines.len()
        && !is_blank(kinds, k)
        && lines[k].indent >= 2
        && !content_of(&lines[k]).0.starts_with(':')
    {
        k += 1;
    }
    let key_span = Span::new(base, base + content.len());
    let field = Field {
        key: key.to_string(),
        key_span,
        value: String::new(),
        value_span: Span::empty(key_span.end),
        span: key_span,
    };
    let value_end = lines[k - 1].content_span().end;
    Some((
        with_value(field, Span::new(value_start, value_end), text),
        k,
    ))
}

/// A label that ends in an abbreviation's full stop where a colon would
/// stand (`KEY DECISION REF NO.` / blank / `TBC`, `Report Ref.`), alone
/// between blank lines as a key set over its value is: an empty field for
/// [`read`] to fill from the lines under it. [`read`] looks for it only
/// among fields already read, so a line ending "No." elsewhere stays text.
pub(super) fn abbreviated_key(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> Option<Field> {
    if !matches!(kinds[i], LineKind::Text) || i == 0 || !is_blank(kinds, i - 1) {
        return None;
    }
    if !is_blank(kinds, i + 1) {
        return None;
    }
    let (content, base) = content_of(&lines[i]);
    let key = abbreviated_label(content)?;
    if key.contains([':', '*', '_']) {
        return None;
    }
    if !field::is_key(key) {
        return None;
    }
    let key_span = Span::new(base, base + key.len());
    Some(Field {
        key: key.to_string(),
        key_span,
        value: String::new(),
        value_span: Span::empty(base + content.len()),
        span: Span::new(base, base + content.len()),
    })
}

/// How many label-and-value pairs without colons must follow each other,
/// from a label the parser knows, before they are read as fields.
const BARE_RUN: usize = 3;

/// A label with no colon alone on line `i`, a blank line, then its value
/// (`Date of meeting` / blank / `Wednesday 10 December 2025` / blank), as
/// `pdftotext` gives a front sheet printed as a two-column table: the
/// field and the line after its value. The label reads as a key (a short
/// phrase starting with a capital, no digits or sentence punctuation) and
/// the value runs over at most [`MAX_VALUE_LINES`] short lines (one may
/// hold a colon, as [`colon_in_value`] allows) to a blank line or the end.
pub(super) fn bare_pair(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<(Field, usize)> {
    if !matches!(kinds[i], LineKind::Text) || (i > 0 && !is_blank(kinds, i - 1)) {
        return None;
    }
    // A blank line must follow: most lines stop here.
    if !is_blank(kinds, i + 1) {
        return None;
    }
    let (content, base) = content_of(&lines[i]);
    // A bold label is read by `stacked_bold_key`.
    if field::has_colon(content) || content.starts_with(['*', '_']) {
        return None;
    }
    let label = plain(content);
    let label = label.trim();
    if !field::is_key(label) || is_capitals(label) {
        return None;
    }
    let mut j = i + 1;
    while j < lines.len() && is_blank(kinds, j) && j - i <= MAX_BLANKS_BEFORE_VALUE {
        j += 1;
    }
    if j == i + 1 || j >= lines.len() {
        return None;
    }
    let mut k = j;
    while k < lines.len()
        && !is_blank(kinds, k)
        && k - j < MAX_VALUE_LINES
        && (value_line(lines, kinds, k, false, v)
            || colon_in_value(lines, kinds, k, v)
            || (k > j && contact_part(lines, kinds, k, v)))
    {
        k += 1;
    }
    if k == j || !is_blank(kinds, k) {
        return None;
    }
    let key_span = Span::new(base, base + content.len());
    let field = Field {
        key: label.to_string(),
        key_span,
        value: String::new(),
        value_span: Span::empty(key_span.end),
        span: key_span,
    };
    Some((with_value(field, lines_span(lines, j, k), text), k))
}

/// The front-sheet field on line `i` written as a [`bare_pair`], when the
/// line goes on a run of such pairs (`in_run`), or starts one: its label
/// is one the parser knows (a meeting or date label) and at least
/// [`BARE_RUN`] pairs follow each other from it. One label over a short
/// line is no evidence of a field: a heading over a one-line paragraph
/// looks the same.
pub(super) fn bare_field(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    in_run: bool,
    v: &Vocabulary,
) -> Option<(Field, usize)> {
    let (f, next) = bare_pair(text, lines, kinds, i, v)?;
    // "Meeting" / blank / "Date": a label over another label the parser
    // knows is a row of labels whose values come after them (see
    // [`label_row`]), not a label and its value.
    if key_in(&f.value, &v.meeting_keys) || key_in(&f.value, &v.date_keys) {
        return None;
    }
    if in_run {
        return Some((f, next));
    }
    let known = |key: &str| key_in(key, &v.date_keys) || key_in(key, &v.meeting_keys);
    // Another of the pack's labels (`Report on` over the title) may start
    // the run when a meeting or date label follows in it; no body's name
    // (`Cabinet` over its date) does.
    let mut checked = known(&f.key);
    let other_label = key_in(&f.key, &v.field_keys) && !names_a_body(&f.key, v);
    if !(checked || other_label) {
        return None;
    }
    let mut run = 1;
    let mut at = next;
    while run < BARE_RUN {
        while at < lines.len() && is_blank(kinds, at) {
            at += 1;
        }
        if at >= lines.len() {
            break;
        }
        let Some((g, n)) = bare_pair(text, lines, kinds, at, v) else {
            break;
        };
        checked |= known(&g.key);
        run += 1;
        at = n;
    }
    (run >= BARE_RUN && checked).then_some((f, next))
}

/// The most columns a flattened front-sheet table row may have.
const MAX_ROW_CELLS: usize = 5;

/// The label a cell of a flattened front-sheet row gives (plain text):
/// a key alone, with no colon (`Meeting of`), a closing colon
/// (`Classification:`) or an abbreviation's full stop where the colon
/// would stand (`Item No.`, `Report Ref.`).
fn row_label(flat: &str) -> Option<&str> {
    let flat = flat.trim();
    let key = match flat.strip_suffix(':') {
        Some(k) => k.trim_end(),
        None => abbreviated_label(flat).unwrap_or(flat),
    };
    (!field::has_colon(key) && field::is_key(key)).then_some(key)
}

/// `label` without the full stop of the abbreviation that ends it
/// (`Item No.`, `KEY DECISION REF NO.`, `Report Ref.`), where a colon
/// would stand after a key.
pub(super) fn abbreviated_label(label: &str) -> Option<&str> {
    let key = label.strip_suffix('.')?;
    let (_, last) = key.rsplit_once(' ')?;
    ["no", "ref"]
        .iter()
        .any(|a| last.eq_ignore_ascii_case(a))
        .then_some(key)
}

/// Whether `flat` is a number alone (`11.`, `6`), as an item's number
/// stands in its cell.
pub(super) fn is_lone_number(flat: &str) -> bool {
    let t = flat.trim().trim_end_matches('.');
    (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// A front-sheet table of one row under a row of labels, that `pdftotext`
/// flattened row by row: the labels one to a line, then the values in the
/// same order, each between blank lines (`Meeting of` / `Date` / `Ward(s)`
/// / `Overview and Scrutiny Committee` / `3 December 2025` / `Hornsey
/// Rise`; `Item No.` / `Classification:` / `Date:` / `Meeting Name:` /
/// `11.` / `Open` / `17 March 2026` / `Cabinet`). A label may close with
/// a colon or an abbreviation's full stop (see [`row_label`]); a value is
/// a short line with neither, or a number alone. Read only where the shape
/// allows one reading: among the labels a meeting label and a date label
/// (the vocabulary's), no label a date or a body's name; the date label's
/// value, and no other, a date; the meeting label's value a body's name;
/// and exactly one number of columns (two to [`MAX_ROW_CELLS`]) that
/// fits. Each label's field and the line the next field starts on; the
/// last field runs past the values.
///
/// A table of meetings gives a row of values for each meeting the paper
/// goes to (`Meeting` / `Date` / `Commissioner's Board` / `13 January
/// 2027` / `Fire and Resilience Board` / `27 January 2027`): each further
/// row whose cells repeat the first row's shape (a date under the date
/// label and nowhere else, a body's name under the meeting label) gives
/// the labels' fields again, each spanning its value.
///
/// Straight after such a row (`after_row`), the next row of labels
/// (`Report by` / `Report number` / `Assistant Commissioner, …` /
/// `LFC-0871`) needs no meeting or date label: one of its labels is one
/// of the pack's field labels and none of its values is.
pub(super) fn label_row(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    after_row: bool,
    v: &Vocabulary,
) -> Option<Vec<(usize, usize, Field)>> {
    // Most lines stop here: a row starts with a label alone on its line.
    if !matches!(kinds[i], LineKind::Text) || !is_blank(kinds, i + 1) {
        return None;
    }
    row_label(&plain(content_of(&lines[i]).0))?;
    // The cells: lines alone between blank lines, none a field with its
    // value on the line (`Key: value`).
    let mut cells = Vec::new();
    let mut k = i;
    while k < lines.len() && cells.len() < 2 * MAX_ROW_CELLS {
        let (content, _) = content_of(&lines[k]);
        let cell = match &kinds[k] {
            LineKind::Text => true,
            // "3 December 2025" reads as item 3, "11." as an item's number.
            LineKind::Item(m) => {
                m.bullet.is_none() && (is_date_line(content) || is_lone_number(content))
            }
            _ => false,
        };
        if !cell
            || !is_blank(kinds, k + 1)
            || field_on(lines, kinds, k).is_some_and(|f| !f.is_empty())
        {
            break;
        }
        cells.push(k);
        k += 1;
        let mut blanks = 0;
        while k < lines.len() && is_blank(kinds, k) && blanks < MAX_BLANKS_BEFORE_VALUE {
            k += 1;
            blanks += 1;
        }
    }
    let flat = |k: usize| plain(content_of(&lines[k]).0).trim().to_string();
    // Whether the `g`th row of values under `n` labels fits them.
    let row_fits = |n: usize, g: usize| {
        let (labels, values) = (&cells[..n], &cells[g * n..(g + 1) * n]);
        let mut meeting = false;
        let mut date = false;
        let mut pack = false;
        // No value is one of the pack's labels.
        let mut values_plain = true;
        for (&l, &val) in labels.iter().zip(values) {
            let (label, value) = (flat(l), flat(val));
            let Some(label) = row_label(&label) else {
                return false;
            };
            if is_date_line(label) || names_a_body(label, v) {
                return false;
            }
            if word_count(&value) > 12 || (value.ends_with(['.', ':']) && !is_lone_number(&value)) {
                return false;
            }
            let date_key = key_in(label, &v.date_keys);
            if date_key != is_date_line(&value) {
                return false;
            }
            date |= date_key;
            if key_in(label, &v.meeting_keys) {
                if !names_a_body(&value, v) {
                    return false;
                }
                meeting = true;
            }
            pack |= key_in(label, &v.field_keys);
            values_plain &= pack_label(&value, v).is_none();
        }
        (meeting && date) || (g == 1 && after_row && pack && values_plain && !date)
    };
    let fits = |n: usize| row_fits(n, 1);
    let mut found = (2..=MAX_ROW_CELLS).filter(|&n| 2 * n <= cells.len() && fits(n));
    let n = found.next()?;
    if found.next().is_some() {
        return None;
    }
    // Further rows of values, one for each further meeting.
    let rows = 1
        + (2..)
            .take_while(|&g| (g + 1) * n <= cells.len() && row_fits(n, g))
            .count();
    let end = cells[(rows + 1) * n - 1] + 1;
    let mut out: Vec<(usize, usize, Field)> = (0..n)
        .map(|c| {
            let (l, val) = (cells[c], cells[n + c]);
            let field = label_line_field(&lines[l], &flat(l));
            let next = if c + 1 < n {
                l + 1
            } else if rows > 1 {
                cells[2 * n]
            } else {
                end
            };
            (
                l,
                next,
                with_value(field, lines_span(lines, val, val + 1), text),
            )
        })
        .collect();
    for g in 2..=rows {
        for c in 0..n {
            let (l, val) = (cells[c], cells[g * n + c]);
            let mut field = label_line_field(&lines[l], &flat(l));
            field.span = lines_span(lines, val, val + 1);
            let next = cells
                .get(g * n + c + 1)
                .copied()
                .filter(|_| g < rows || c + 1 < n);
            out.push((
                val,
                next.unwrap_or(end),
                with_value(field, lines_span(lines, val, val + 1), text),
            ));
        }
    }
    Some(out)
}

/// The field a line holding only a label gives, its value still to be
/// filled in: the key as [`row_label`] reads `label` (the line's plain
/// text), its span leaving out the closing colon or stop.
fn label_line_field(line: &Line<'_>, label: &str) -> Field {
    let (content, base) = content_of(line);
    let key = row_label(label).unwrap_or(label).to_string();
    let shown = content.trim_end();
    let shown = shown
        .strip_suffix(':')
        .or_else(|| abbreviated_label(shown))
        .unwrap_or(shown)
        .trim_end();
    Field {
        key,
        key_span: Span::new(base, base + shown.len()),
        value: String::new(),
        value_span: Span::empty(base + content.len()),
        span: Span::new(base, base + content.len()),
    }
}

/// The fewest labels a front-sheet column read by [`label_column`] has.
const MIN_COLUMN_LABELS: usize = 3;

/// Whether `flat` (plain text, trimmed) is one of the pack's field labels
/// standing alone (`Committee:`, `Report of`, `Key decision:`): the key it
/// gives.
fn pack_label<'a>(flat: &'a str, v: &Vocabulary) -> Option<&'a str> {
    row_label(flat).filter(|key| key_in(key, &v.field_keys))
}

/// Whether value line `k` of a column carries on the value above it: it
/// opens in lower case (`with the Council and is not for publication`,
/// an email address), or the line above ends where text goes on (a comma,
/// a dash, a slash, an ampersand).
fn continues_value(lines: &[Line<'_>], k: usize) -> bool {
    let line = plain(content_of(&lines[k]).0);
    let above = plain(content_of(&lines[k - 1]).0);
    line.trim_start().starts_with(char::is_lowercase)
        || above.trim_end().ends_with([',', '-', '–', '—', '/', '&'])
}

/// A front-sheet table of labels over values that `pdftotext` read one
/// column at a time: the labels one to a line with no blank between them
/// (`Committee:` / `Date:` / `Subject:` / `Report of:` / …), then, after
/// up to two blank lines, the values one to a line in the same order
/// (`Employment Committee` / `8 October 2025` / …), the block ending at a
/// blank line, the body or the end of the text. Each label is one of the
/// pack's field labels, with or without its colon, and there are at least
/// [`MIN_COLUMN_LABELS`] of them. A value may wrap: a line that opens in
/// lower case, or follows one ending in a comma or a dash, carries on the
/// value above (see [`continues_value`]). Read only where the shape allows
/// one reading: the values, wraps joined, are exactly as many as the
/// labels; no value line is a label or a field of the pack; a date
/// label's value is a date and no other value is; a meeting label's value
/// names a body; and among the labels is a meeting or a date label, so
/// that the pairing is checked. Each label's field and the line the next
/// field starts on; the last field runs past the values.
pub(super) fn label_column(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<Vec<(usize, usize, Field)>> {
    // Most lines stop here: a column starts with a label alone on its
    // line, with another straight under it.
    if !matches!(kinds[i], LineKind::Text) || i + 1 >= lines.len() || is_blank(kinds, i + 1) {
        return None;
    }
    let flat = |k: usize| plain(content_of(&lines[k]).0).trim().to_string();
    pack_label(&flat(i), v)?;
    let mut k = i;
    while k < lines.len() && matches!(kinds[k], LineKind::Text) && pack_label(&flat(k), v).is_some()
    {
        k += 1;
    }
    let labels = i..k;
    let n = labels.len();
    if n < MIN_COLUMN_LABELS {
        return None;
    }
    let mut blanks = 0;
    while k < lines.len() && is_blank(kinds, k) && blanks < MAX_BLANKS_BEFORE_VALUE {
        k += 1;
        blanks += 1;
    }
    // The value lines, and where each value starts.
    let from = k;
    let mut starts = Vec::new();
    while k < lines.len() && !is_blank(kinds, k) && k - from < 3 * n {
        let (content, _) = content_of(&lines[k]);
        let value = match &kinds[k] {
            LineKind::Text => true,
            // "8 October 2025" reads as item 8.
            LineKind::Item(m) => m.bullet.is_none() && is_date_line(content),
            _ => false,
        };
        if !value {
            break;
        }
        let line = flat(k);
        if line.ends_with(':')
            || pack_label(&line, v).is_some()
            || field_on(lines, kinds, k).is_some_and(|f| key_in(&f.key, &v.field_keys))
        {
            return None;
        }
        if k == from || !continues_value(lines, k) {
            starts.push(k);
        }
        k += 1;
    }
    let end = k;
    if starts.len() != n || !(end >= lines.len() || is_blank(kinds, end) || starts_body(kinds, end))
    {
        return None;
    }
    let value_end = |c: usize| starts.get(c + 1).copied().unwrap_or(end);
    let mut anchored = false;
    for (c, l) in labels.clone().enumerate() {
        let label = flat(l);
        let key = row_label(&label).unwrap_or(&label);
        let first = flat(starts[c]);
        let one_line = value_end(c) == starts[c] + 1;
        let date_key = key_in(key, &v.date_keys);
        if date_key != (one_line && is_date_line(&first)) {
            return None;
        }
        if key_in(key, &v.meeting_keys) {
            if !(one_line && names_a_body(&first, v)) {
                return None;
            }
            anchored = true;
        }
        anchored |= date_key;
    }
    if !anchored {
        return None;
    }
    Some(
        labels
            .enumerate()
            .map(|(c, l)| {
                let field = label_line_field(&lines[l], &flat(l));
                let next = if c + 1 == n { end } else { l + 1 };
                let value = lines_span(lines, starts[c], value_end(c));
                (l, next, with_value(field, value, text))
            })
            .collect(),
    )
}

/// The line after a pair's value that opens at line `j`: the value runs
/// on over the lines [`pair_value_line`] takes, up to [`MAX_VALUE_LINES`],
/// and stops at a pack label ([`bare_pack_label`]); where `carried`, only
/// over lines that carry it on ([`continues_value`]).
fn value_end(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    j: usize,
    v: &Vocabulary,
    carried: bool,
) -> usize {
    let mut m = j + 1;
    while m - j < MAX_VALUE_LINES
        && (pair_value_line(lines, kinds, m, v) || colon_wrap(lines, kinds, m, v))
        && (!carried || continues_value(lines, m))
        && !bare_pack_label(lines, kinds, m, v)
    {
        m += 1;
    }
    m
}

/// Whether line `k`, which reads as a one-line field, is rather a line of
/// the value above wrapped at a colon inside it (`Proposed residents'
/// parking scheme, Upper Hythe Road area,` / `Faversbury: outcome of formal
/// consultation on the …`): it has the shape of a value with a colon in it
/// (see [`colon_value_shape`]: its key is none the pack or the parser
/// knows) and carries the line above on (see [`continues_value`]).
fn colon_wrap(lines: &[Line<'_>], kinds: &[LineKind], k: usize, v: &Vocabulary) -> bool {
    k > 0 && k < lines.len() && colon_value_shape(lines, kinds, k, v) && continues_value(lines, k)
}

/// The line after a label of a run of [`label_pairs`] that opens on line
/// `k`: the pack's label alone on its line (see [`bare_pack_label`]), or
/// wrapped onto a second line that opens in lower case (`Cabinet` /
/// `member(s)`, as `pdftotext` gives a narrow label cell), where the two
/// lines joined are the pack's label (the longer reading wins).
fn pair_label(lines: &[Line<'_>], kinds: &[LineKind], k: usize, v: &Vocabulary) -> Option<usize> {
    if wrapped_label_head(lines, kinds, k) && matches!(kinds[k + 1], LineKind::Text) {
        let under = plain(content_of(&lines[k + 1]).0);
        let under = under.trim();
        let joined = format!("{} {under}", plain(content_of(&lines[k]).0).trim());
        if under.starts_with(char::is_lowercase)
            && word_count(under) <= 2
            && !under.contains(':')
            && pack_label(&joined, v).is_some()
        {
            return Some(k + 2);
        }
    }
    bare_pack_label(lines, kinds, k, v).then_some(k + 1)
}

/// Whether line `k` may open a label wrapped onto the next line: a short
/// line of text in a capital with no colon or stop.
fn wrapped_label_head(lines: &[Line<'_>], kinds: &[LineKind], k: usize) -> bool {
    if !matches!(kinds.get(k), Some(LineKind::Text)) || k + 1 >= lines.len() {
        return false;
    }
    let flat = plain(content_of(&lines[k]).0);
    let flat = flat.trim();
    !flat.contains(':')
        && !flat.ends_with('.')
        && word_count(flat) <= 3
        && flat.starts_with(char::is_uppercase)
}

/// The pack's field label with no colon alone on line `k` (`Committee`,
/// `Wards affected`, `Report title`), as [`label_pairs`] reads one.
fn bare_pack_label(lines: &[Line<'_>], kinds: &[LineKind], k: usize, v: &Vocabulary) -> bool {
    if !matches!(kinds.get(k), Some(LineKind::Text)) {
        return false;
    }
    let (content, _) = content_of(&lines[k]);
    !content.contains(':')
        && !content.ends_with('.')
        && pack_label(plain(content).trim(), v).is_some()
}

/// Whether line `k` can be a line of a value in a run of [`label_pairs`]:
/// short text that is no heading, key line or sentence (capitals allowed,
/// as such sheets set their values in capitals), and none of the pack's
/// section titles in capitals.
fn pair_value_line(lines: &[Line<'_>], kinds: &[LineKind], k: usize, v: &Vocabulary) -> bool {
    k < lines.len()
        && !is_blank(kinds, k)
        && value_line(lines, kinds, k, true, v)
        && !section_title_alone(lines, kinds, k, v)
}

/// A front sheet given as the pack's field labels with no colon, each
/// alone on its line with its value on the line or lines straight under
/// it and no blank line anywhere (`Committee` / `CABINET` / `Date` / `12
/// MARCH 2026` / `Title` / …; `Report title` / … / `Report author` / a
/// name / an email / a phone / `Wards` / `Not applicable`), as `pdftotext`
/// gives a two-column table read row by row. The layout carries it: at
/// least [`BARE_RUN`] such pairs follow each other, each label one of the
/// pack's (a one-word line such as `Date` or `Title` alone is a heading or
/// a line of prose). A value runs to the next label, over at most
/// [`MAX_VALUE_LINES`] lines; its first line may itself read as a label
/// (`Committee` / `CABINET`) only when a label follows it straight away.
/// The last value takes one line and those that carry it on (see
/// [`continues_value`]): what follows may be the body or a label the pack
/// does not know. Read only where the pairing holds: a date label's value
/// is a date alone and no other value is, and a meeting label's value
/// names a body. Among fields already read (`among_fields`: `DATE: 21
/// January 2026` / `TITLE` / … / `Ward(s)` / `Citywide` / `Author: …`),
/// two pairs will do where a field closes the last value: the sheet's
/// other fields show the layout. A value's first line may read as a
/// field whose key is none the pack knows (`Clean Air Zone: annual
/// update …`, see [`colon_value_shape`]) where the next label follows it
/// straight away or after lines that carry the value on (see
/// [`continues_value`]: `and Selective Licensing Pilot`); a later line of
/// a value may too where it carries the line above on (see
/// [`colon_wrap`]). Each label's field and the line the next field
/// starts on.
pub(super) fn label_pairs(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    among_fields: bool,
    v: &Vocabulary,
) -> Option<Vec<(usize, usize, Field)>> {
    // Most lines stop here: a run starts with a label over a value.
    if !matches!(kinds.get(i + 1), Some(LineKind::Text | LineKind::Item(_)))
        || !(bare_pack_label(lines, kinds, i, v) || wrapped_label_head(lines, kinds, i))
    {
        return None;
    }
    let label_at = |k: usize| pair_label(lines, kinds, k, v).is_some();
    // Each pair: the label's first line, the value's first line and the
    // line after it.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    let mut k = i;
    while let Some(j) = pair_label(lines, kinds, k, v) {
        if !pair_value_line(lines, kinds, j, v) {
            // `TITLE` / `Clean Air Zone: annual update …` / `Ward(s)`,
            // the value perhaps wrapped onto lines that carry it on
            // (`REPORT TITLE` / `Private Rented Sector Licensing: Review
            // of the …` / `and Selective Licensing Pilot` / `REPORT OF`).
            if j < lines.len() && colon_value_shape(lines, kinds, j, v) {
                let m = value_end(lines, kinds, j, v, true);
                if label_at(m) {
                    pairs.push((k, j, m));
                    k = m;
                    continue;
                }
            }
            break;
        }
        if bare_pack_label(lines, kinds, j, v) {
            // `Committee` / `CABINET` / `Date`: a value that reads as a
            // label is one only with a label straight under it.
            if !label_at(j + 1) {
                break;
            }
            pairs.push((k, j, j + 1));
            k = j + 1;
            continue;
        }
        let m = value_end(lines, kinds, j, v, false);
        if label_at(m) {
            pairs.push((k, j, m));
            k = m;
            continue;
        }
        // The last pair: one line and those that carry it on.
        let mut e = j + 1;
        while e < m && continues_value(lines, e) {
            e += 1;
        }
        pairs.push((k, j, e));
        break;
    }
    let closed = || {
        pairs.last().is_some_and(|&(_, _, e)| {
            e < lines.len()
                && matches!(kinds[e], LineKind::Text)
                && field_on(lines, kinds, e).is_some()
        })
    };
    if pairs.len() < BARE_RUN && !(among_fields && pairs.len() >= 2 && closed()) {
        return None;
    }
    pairs_as_fields(text, lines, &pairs, v)
}

/// The fields of a run of label-over-value `pairs` (each the label's
/// line, the value's first line and the line after it), where each date
/// label has a date alone on one line and each meeting label a body's
/// name; `None` where one does not.
fn pairs_as_fields(
    text: &str,
    lines: &[Line<'_>],
    pairs: &[(usize, usize, usize)],
    v: &Vocabulary,
) -> Option<Vec<(usize, usize, Field)>> {
    let flat = |k: usize| plain(content_of(&lines[k]).0).trim().to_string();
    // A label wrapped onto a second line (`Cabinet` / `member(s)`) is the
    // two lines joined.
    let label_of = |l: usize, j: usize| (l..j).map(flat).collect::<Vec<_>>().join(" ");
    for &(l, j, e) in pairs {
        let label = label_of(l, j);
        let value = flat(j);
        let one_line = e == j + 1;
        if key_in(&label, &v.date_keys) != (one_line && is_date_line(&value)) {
            return None;
        }
        if key_in(&label, &v.meeting_keys) && !(one_line && names_a_body(&value, v)) {
            return None;
        }
    }
    Some(
        pairs
            .iter()
            .map(|&(l, j, e)| {
                let mut field = label_line_field(&lines[l], &label_of(l, j));
                if j > l + 1 {
                    let last = lines[j - 1].content_span();
                    field.key_span = field.key_span.cover(last);
                    field.span = field.span.cover(last);
                }
                (l, e, with_value(field, lines_span(lines, j, e), text))
            })
            .collect(),
    )
}

/// The fewest pairs a run read by [`mixed_label_pairs`] has.
const MIXED_RUN: usize = 4;
/// The fewest of the pack's labels among a run's labels.
const MIXED_PACK_LABELS: usize = 2;

/// Whether line `k` can be a label of a run of [`mixed_label_pairs`]: a
/// line of text that reads as a key with no colon (a short phrase opening
/// in a capital, no digits or sentence punctuation: `Site Address`,
/// `Reason for referral`) and is none of the pack's section titles
/// (`Recommendation` under the sheet is the body's heading).
fn run_label(lines: &[Line<'_>], kinds: &[LineKind], k: usize, v: &Vocabulary) -> bool {
    if !matches!(kinds.get(k), Some(LineKind::Text)) {
        return false;
    }
    let flat = plain(content_of(&lines[k]).0);
    let flat = flat.trim();
    !field::has_colon(flat)
        && !flat.ends_with(':')
        && field::is_key(flat)
        && !v.section_titles.contains(flat.to_lowercase().as_str())
}

/// A front sheet given as labels with no colon, each alone on its line
/// with its value on the line or lines straight under it and no blank
/// line anywhere, where only some of the labels are the pack's
/// (`Application Number` / `27/01184/FUL` / `Site Address` / … / `Ward` /
/// `Shelton and Wyke` / `Parish` / … / `Case Officer` / a name), as
/// `pdftotext` gives a planning application's two-column table read row
/// by row. [`label_pairs`] wants every label to be the pack's; here the
/// strict alternation carries the reading instead: each label line reads
/// as one (see [`run_label`]), each value's first line is the line
/// straight under it (see [`pair_value_line`]), and a value goes on only
/// over lines that carry it on (see [`continues_value`]: `Erection of 34
/// dwellings …, with new` / `vehicular access from Chapel Lane`). A value
/// line that itself reads as a label (`Agent` / `Pelham Planning
/// Associates`) is one only by its place. Read only where there are at
/// least [`MIXED_RUN`] pairs, at least [`MIXED_PACK_LABELS`] of the
/// labels are the pack's, and the pairing holds as in [`label_pairs`]: a
/// date label's value is a date alone and no other value is, a meeting
/// label's value names a body, and the run does not start straight under
/// a line that reads as a label (it would be that label's value) unless
/// that line names a body. The run ends at the first line that is no
/// label where one is due (a numbered heading, a blank, prose), or where
/// [`label_pairs`] reads on from a label of it with the pack's labels
/// alone. Each label's field and the line the next field starts on.
pub(super) fn mixed_label_pairs(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<Vec<(usize, usize, Field)>> {
    // Most lines stop here: a run starts with a label over a value.
    if !matches!(kinds.get(i + 1), Some(LineKind::Text | LineKind::Item(_)))
        || !run_label(lines, kinds, i, v)
    {
        return None;
    }
    // Straight under a line that reads as a label, this line is its value
    // and the run out of step (`Location` / `Hollins Farm` / `Mill Road`
    // / …), unless that line names a body (`PLANNING COMMITTEE` heading
    // the paper).
    if i > 0
        && run_label(lines, kinds, i - 1, v)
        && !names_a_body(&plain(content_of(&lines[i - 1]).0), v)
    {
        return None;
    }
    // Each pair: the label's line, the value's first line and the line
    // after the value.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    let mut k = i;
    while run_label(lines, kinds, k, v) && pair_value_line(lines, kinds, k + 1, v) {
        let j = k + 1;
        let mut e = j + 1;
        while e - j < MAX_VALUE_LINES
            && (pair_value_line(lines, kinds, e, v) || colon_wrap(lines, kinds, e, v))
            && continues_value(lines, e)
        {
            e += 1;
        }
        pairs.push((k, j, e));
        k = e;
    }
    // Where the pack's labels alone read a run from a later label, they
    // read it, and the lines before it stand alone (`LONDON BOROUGH OF
    // HARTWELL` / `Licensing Sub-Committee` over `Date of meeting` / …:
    // the council over its committee, no label over a value).
    if let Some(m) =
        (1..pairs.len()).find(|&m| label_pairs(text, lines, kinds, pairs[m].0, false, v).is_some())
    {
        pairs.truncate(m);
    }
    let flat = |k: usize| plain(content_of(&lines[k]).0).trim().to_string();
    let known = pairs
        .iter()
        .filter(|&&(l, _, _)| pack_label(&flat(l), v).is_some())
        .count();
    if pairs.len() < MIXED_RUN || known < MIXED_PACK_LABELS {
        return None;
    }
    pairs_as_fields(text, lines, &pairs, v)
}

/// The most labels a column read by [`mixed_label_column`] has.
const MAX_MIXED_COLUMN: usize = 6;

/// A small cover table of labels with no colon over values that
/// `pdftotext` read one column at a time, where only some of the labels
/// are the pack's (`Executive/routine` / `Wards` / `Council Commitments`
/// / blank / `Executive` / `All` / `Create good places to live and
/// work; …`), under a title block that has already named the meeting and
/// dated it (`dated`: the table is then the cover's). [`label_column`]
/// wants every label to be the pack's and a meeting or date label among
/// them to check the pairing; here the shape carries it instead: from
/// [`MIN_COLUMN_LABELS`] to [`MAX_MIXED_COLUMN`] lines that each read as
/// a label (see [`run_label`]), the first under no such line, at least
/// one of them the pack's; one or two blank lines; then exactly as many
/// value lines, one value each (no line carries on the one above, see
/// [`continues_value`]), none of them the pack's label or a field, the
/// block ending at a blank line, the body or the end of the text. A date
/// label's value is a date and no other value is; a meeting label's
/// value names a body. Each label's field and the line the next field
/// starts on; the last field runs past the values.
pub(super) fn mixed_label_column(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    dated: bool,
    v: &Vocabulary,
) -> Option<Vec<(usize, usize, Field)>> {
    if !dated || !run_label(lines, kinds, i, v) || (i > 0 && run_label(lines, kinds, i - 1, v)) {
        return None;
    }
    let flat = |k: usize| plain(content_of(&lines[k]).0).trim().to_string();
    let mut k = i;
    while run_label(lines, kinds, k, v) {
        k += 1;
    }
    let labels = i..k;
    let n = labels.len();
    if !(MIN_COLUMN_LABELS..=MAX_MIXED_COLUMN).contains(&n)
        || !labels.clone().any(|l| pack_label(&flat(l), v).is_some())
    {
        return None;
    }
    let mut blanks = 0;
    while k < lines.len() && is_blank(kinds, k) && blanks < MAX_BLANKS_BEFORE_VALUE {
        k += 1;
        blanks += 1;
    }
    if blanks == 0 {
        return None;
    }
    let from = k;
    while k < lines.len() && !is_blank(kinds, k) && k - from <= n {
        let (content, _) = content_of(&lines[k]);
        let value = match &kinds[k] {
            LineKind::Text => true,
            // "8 October 2025" reads as item 8.
            LineKind::Item(m) => m.bullet.is_none() && is_date_line(content),
            _ => false,
        };
        let line = flat(k);
        if !value
            || line.ends_with(':')
            || pack_label(&line, v).is_some()
            || field_on(lines, kinds, k).is_some()
            || (k > from && continues_value(lines, k))
        {
            return None;
        }
        k += 1;
    }
    let end = k;
    if end - from != n || !(end >= lines.len() || is_blank(kinds, end) || starts_body(kinds, end)) {
        return None;
    }
    for (c, l) in labels.clone().enumerate() {
        let label = flat(l);
        let value = flat(from + c);
        if key_in(&label, &v.date_keys) != is_date_line(&value) {
            return None;
        }
        if key_in(&label, &v.meeting_keys) && !names_a_body(&value, v) {
            return None;
        }
    }
    Some(
        labels
            .enumerate()
            .map(|(c, l)| {
                let field = label_line_field(&lines[l], &flat(l));
                let next = if c + 1 == n { end } else { l + 1 };
                let value = lines_span(lines, from + c, from + c + 1);
                (l, next, with_value(field, value, text))
            })
            .collect(),
    )
}

/// How far from a stacked bold key the others of its run may stand.
const STACKED_WINDOW: usize = 8;

/// The label of a wholly bold line with no colon (`**Date of meeting**`)
/// and where it starts, when it reads as a key: no more than six words,
/// no digits or sentence punctuation.
pub(super) fn bold_label<'a>(
    lines: &[Line<'a>],
    kinds: &[LineKind],
    i: usize,
) -> Option<(&'a str, usize)> {
    if !matches!(kinds.get(i), Some(LineKind::Text)) {
        return None;
    }
    let (content, base) = content_of(&lines[i]);
    let inner = content.strip_prefix("**")?.strip_suffix("**")?;
    let key = inner.trim();
    (!inner.contains("**") && !field::has_colon(inner) && field::is_key(key))
        .then(|| (key, base + 2 + (inner.len() - inner.trim_start().len())))
}

/// Whether bold label line `i` has a value under it: a plain line, after
/// at most [`MAX_BLANKS_BEFORE_VALUE`] blank lines.
fn has_value_under(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> bool {
    let mut j = i + 1;
    while j < lines.len() && j - i <= MAX_BLANKS_BEFORE_VALUE && is_blank(kinds, j) {
        j += 1;
    }
    j < lines.len() && stacked_value(lines, kinds, j) && !prose_paragraph(lines, kinds, j)
}

/// Whether the paragraph from line `j` to the next blank line (at most
/// [`MAX_VALUE_LINES`] lines) is a sentence of prose: more than twelve
/// words, ending as a sentence ends. A bold heading's paragraph wraps
/// over lines whose first alone looks short; a value ("Corporate
/// Director of" / "Environment") is no sentence.
fn prose_paragraph(lines: &[Line<'_>], kinds: &[LineKind], j: usize) -> bool {
    let mut text = String::new();
    for k in (j..lines.len()).take(MAX_VALUE_LINES) {
        if !matches!(kinds[k], LineKind::Text) {
            break;
        }
        text.push_str(&plain(content_of(&lines[k]).0));
        text.push(' ');
    }
    let flat = text.trim();
    word_count(flat) > 12 && flat.ends_with(['.', '!', '?'])
}

/// Whether line `j` can be the first line of a stacked bold key's value:
/// short plain text, which may hold a colon (`Bus Station: Appointment of
/// Development Partner`), but no bold line or sentence of prose.
pub(super) fn stacked_value(lines: &[Line<'_>], kinds: &[LineKind], j: usize) -> bool {
    if !matches!(kinds[j], LineKind::Text) || bold_label(lines, kinds, j).is_some() {
        return false;
    }
    let (content, _) = content_of(&lines[j]);
    let flat = plain(content);
    let flat = flat.trim();
    let words = word_count(flat);
    let sentence = words > 12 && flat.ends_with(['.', '!', '?']);
    let bold = content.starts_with("**") && content.ends_with("**");
    !(flat.is_empty()
        || words > 24
        || sentence
        || flat.ends_with(':')
        || bold
        || bold_key_first(content))
}

/// Whether text line `k` is a one-line field with a value (`**WARDS:** All`).
fn field_on_text(lines: &[Line<'_>], k: usize) -> bool {
    let (content, base) = content_of(&lines[k]);
    field::field(content, base, true).is_some_and(|f| !f.is_empty())
}

/// Whether `content` opens with a key in bold closed by a colon (`**WARDS:**
/// All`, `**Wards**: All`): a field of its own, not a value for the bold
/// key above it.
fn bold_key_first(content: &str) -> bool {
    content
        .strip_prefix("**")
        .and_then(|rest| rest.split_once("**"))
        .is_some_and(|(key, after)| {
            !key.trim().is_empty() && (key.trim_end().ends_with(':') || after.starts_with(':'))
        })
}

/// How many keys (`keyed`) stand in a chain from line `i` one way (`step`),
/// each within [`STACKED_WINDOW`] lines of the one before; counting stops
/// at two, all [`stacked_bold_key`] needs.
fn chain_len(
    i: usize,
    len: usize,
    step: impl Fn(usize) -> Option<usize>,
    keyed: &impl Fn(usize) -> bool,
) -> usize {
    let (mut last, mut k, mut n) = (i, i, 0);
    while n < 2 {
        match step(k) {
            Some(next) if next < len && next.abs_diff(last) <= STACKED_WINDOW => {
                k = next;
                if keyed(k) {
                    n += 1;
                    last = k;
                }
            }
            _ => break,
        }
    }
    n
}

/// A key in bold on its own line with no colon, its value on the lines
/// under it (`**Date of meeting**` / blank / `11 February 2026`), as an
/// empty field for [`read`] to fill: only where at least three such keys
/// with values stand in a chain, each within [`STACKED_WINDOW`] lines of
/// the next, so
/// that a bold heading over a short paragraph is not read as a key.
fn stacked_bold_key(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> Option<Field> {
    let (key, at) = bold_label(lines, kinds, i)?;
    if !has_value_under(lines, kinds, i) {
        return None;
    }
    // A key in bold with its value after the colon (`**WARDS:** All`)
    // counts too: the sheet sets its keys in bold.
    let keyed = |k: usize| {
        (bold_label(lines, kinds, k).is_some() && has_value_under(lines, kinds, k))
            || (matches!(kinds[k], LineKind::Text)
                && bold_key_first(content_of(&lines[k]).0)
                && field_on_text(lines, k))
    };
    // The run is a chain of such keys, each within [`STACKED_WINDOW`]
    // lines of the next: a bilingual sheet's values ("Dydd Mawrth, 7
    // Mawrth 2028 / Tuesday, 7 March 2028") wrap, and set its keys further
    // apart than a window around any one key would reach.
    let run = 1
        + chain_len(i, lines.len(), |k| k.checked_sub(1), &keyed)
        + chain_len(i, lines.len(), |k| Some(k + 1), &keyed);
    if run < 3 {
        return None;
    }
    let end = lines[i].content_span().end;
    Some(Field {
        key: plain(key),
        key_span: Span::new(at, at + key.len()),
        value: String::new(),
        value_span: Span::empty(end),
        span: Span::new(at - 2, end),
    })
}

/// Whether line `i` can be (part of) a value: short text, not a heading,
/// table row, key line or sentence.
pub(super) fn value_line(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    key_capitals: bool,
    v: &Vocabulary,
) -> bool {
    let (content, _) = content_of(&lines[i]);
    let flat = plain(content);
    let flat = flat.trim();
    if flat.is_empty() || flat.len() > 200 || is_underline(lines, i + 1) {
        return false;
    }
    match &kinds[i] {
        LineKind::Text => {}
        // "13 March 2025" reads as paragraph 13: a value when it is short.
        LineKind::Item(m) if m.bullet.is_none() && m.number.is_some() => {
            if word_count(flat) > 5
                || !flat.chars().any(char::is_alphabetic)
                || numbers_section_title(&lines[i], m, v)
            {
                return false;
            }
        }
        _ => return false,
    }
    if field_on(lines, kinds, i).is_some() || flat.ends_with(':') {
        return false;
    }
    // A sentence is prose, not a value.
    if word_count(flat) > 12 && flat.ends_with(['.', '!', '?']) {
        return false;
    }
    if word_count(flat) > 24 {
        return false;
    }
    // "PURPOSE OF REPORT" under "Wards affected:" is the next heading.
    if !key_capitals && is_capitals(flat) && word_count(flat) >= 2 {
        return false;
    }
    let c = content.trim();
    if c.len() > 4 && c.starts_with("**") && c.ends_with("**") {
        return false;
    }
    // "Report" / "authorised by:": the next key, wrapped.
    !(matches!(kinds[i], LineKind::Text) && wrapped_key(lines, kinds, i, false, v).is_some())
}

/// Whether line `k` is one of the pack's section titles alone on its line,
/// in capitals or with a capital first (`PURPOSE OF REPORT`, `Purpose of
/// report`), as `pdftotext` sets the first heading straight under the
/// front sheet's last value with no blank line between: it ends a value
/// that runs over more than one line, even under a key in capitals
/// (`CONTACT OFFICER:` / a name / a phone number), where [`value_line`]
/// lets a line in capitals carry a value on.
pub(super) fn section_title_alone(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    k: usize,
    v: &Vocabulary,
) -> bool {
    if !matches!(kinds[k], LineKind::Text) {
        return false;
    }
    let flat = plain(content_of(&lines[k]).0);
    let flat = flat.trim().trim_end_matches(':').trim_end();
    if !(is_capitals(flat) || flat.starts_with(|c: char| c.is_uppercase())) {
        return false;
    }
    let title = flat
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    v.section_titles.contains(&title)
}

/// Whether `content` is the pack's section title after a section number
/// with no stop (`1 PURPOSE AND SUMMARY`, `2 Recommendations`), as a
/// Scottish template numbers its headings: the body's first heading,
/// which ends the title block over it. A number with words that are no
/// section title (`2 February 2026`, `10 Downing Street`) is none.
pub(super) fn numbered_section_line(content: &str, v: &Vocabulary) -> bool {
    let flat = plain(content);
    let Some((number, rest)) = flat.trim().split_once(char::is_whitespace) else {
        return false;
    };
    let rest = rest.trim().trim_end_matches(':').trim_end();
    if number.is_empty()
        || number.len() > 2
        || !number.bytes().all(|b| b.is_ascii_digit())
        || !(is_capitals(rest) || rest.starts_with(|c: char| c.is_uppercase()))
    {
        return false;
    }
    let title = rest
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    v.section_titles.contains(&title)
}

/// Whether numbered line `line` (item marker `m`) is a heading, the pack's
/// section title after its number (`1. Purpose of the Report`), as
/// `pdftotext` sets one straight under the front sheet's last value with
/// no blank line between: it ends the value (`13 March 2025`, read as
/// item 13, is still one).
fn numbers_section_title(
    line: &Line<'_>,
    m: &crate::parse::number::ItemMarker,
    v: &Vocabulary,
) -> bool {
    let content = line.content();
    let rest = plain(&content[m.text_start.min(content.len())..]).to_lowercase();
    let title = rest
        .trim()
        .trim_end_matches(':')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    v.section_titles.contains(&title)
}

/// Whether line `k`, which ends with a colon as a key would, is rather the
/// first line of a value wrapped after a colon: its key was followed by a
/// blank line, but this line runs straight on into text that is no key
/// (`Subject:` / blank / `Terms of Reference:` / `Update`).
pub(super) fn wrapped_value(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    k: usize,
    key_capitals: bool,
    v: &Vocabulary,
) -> bool {
    matches!(kinds[k], LineKind::Text)
        && field_on(lines, kinds, k).map_or(true, |f| f.is_empty())
        && content_of(&lines[k]).0.ends_with(':')
        && k + 1 < lines.len()
        && !is_blank(kinds, k + 1)
        && value_line(lines, kinds, k + 1, key_capitals, v)
}

/// Whether line `k`, which reads as a one-line field (`Household Waste
/// Recycling Centres: Service Model and`), is rather a value with a colon
/// in it, under a key that stands alone over a blank line (`Subject:` /
/// blank / …): a sheet that sets its keys apart from their values does
/// not put its next key and value on one line. It is a value when its own
/// key is none the parser knows (a meeting, date or contact label), it is
/// short, no sentence of prose, and the layout goes on as values under
/// keys: the next line carries on the value (a wrap that is no field), or
/// the next non-blank line is another key standing alone.
pub(super) fn colon_in_value(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    k: usize,
    v: &Vocabulary,
) -> bool {
    if !colon_value_shape(lines, kinds, k, v) {
        return false;
    }
    let wraps = value_wrap(lines, kinds, k, v);
    let mut n = k + 1;
    while n < lines.len() && is_blank(kinds, n) {
        n += 1;
    }
    // Another key standing alone: with its colon, or one of the pack's
    // labels without it (`Date of Meeting`), as a sheet of bare pairs has.
    let key_next = n > k + 1
        && n < lines.len()
        && matches!(kinds[n], LineKind::Text)
        && (field_on(lines, kinds, n).is_some_and(|f| f.is_empty())
            || bare_pack_label(lines, kinds, n, v));
    wraps || key_next
}

/// Whether line `k` has the shape of a value with a colon in it (`High
/// Needs Block: Deficit Management Plan`): plain text that reads as a
/// one-line field whose key is none the pack or the parser knows (a field
/// label of the pack, a meeting, date or contact label, `Report of`),
/// short and no sentence of prose.
fn colon_value_shape(lines: &[Line<'_>], kinds: &[LineKind], k: usize, v: &Vocabulary) -> bool {
    if !matches!(kinds[k], LineKind::Text) {
        return false;
    }
    let Some(g) = field_on(lines, kinds, k).filter(|g| !g.is_empty()) else {
        return false;
    };
    if key_in(&g.key, &v.field_keys)
        || key_in(&g.key, &v.meeting_keys)
        || key_in(&g.key, &v.date_keys)
        || key_in(&g.key, &v.contact_parts)
        || field::is_report_of_key(&g.key)
    {
        return false;
    }
    let flat = plain(content_of(&lines[k]).0);
    let flat = flat.trim();
    let words = word_count(flat);
    !(flat.len() > 200 || words > 24 || (words > 12 && flat.ends_with(['.', '!', '?'])))
}

/// Whether the line after value line `k` carries the value on: plain text
/// straight under it that is no field and reads as a value.
fn value_wrap(lines: &[Line<'_>], kinds: &[LineKind], k: usize, v: &Vocabulary) -> bool {
    k + 1 < lines.len()
        && !is_blank(kinds, k + 1)
        && matches!(kinds[k + 1], LineKind::Text)
        && field_on(lines, kinds, k + 1).is_none()
        && value_line(lines, kinds, k + 1, false, v)
}

/// Whether line `k`, straight under a key standing alone with no blank
/// line between (`Report title:` / `Adult Social Care: Fees Paid to Care
/// Providers` / `Meeting date:`), is the key's value with a colon in it
/// rather than a field of its own, as a sheet that gives its keys and
/// values on alternate lines sets a title of the form `Topic: sub-topic`.
/// It has the shape of such a value (see [`colon_value_shape`]: its key is
/// none the pack knows, so `Meeting: Cabinet` under `Report title:` stays a
/// field), and the layout goes on as keys over values: the line straight
/// under it, or under the one line that carries it on, is another key
/// standing alone, or a ruling line closing the key's block (`Heading:` /
/// `Non-Domestic Rates: Empty Property Relief – Review of the Local` /
/// `Scheme` / `_____`, a cover whose blocks are ruled off one from the
/// next).
pub(super) fn colon_value_under_key(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    k: usize,
    v: &Vocabulary,
) -> bool {
    let lone_key = |n: usize| {
        n < lines.len()
            && (matches!(kinds[n], LineKind::Rule)
                || matches!(kinds[n], LineKind::Text)
                    && field_on(lines, kinds, n).is_some_and(|f| f.is_empty()))
    };
    colon_value_shape(lines, kinds, k, v)
        && (lone_key(k + 1) || (value_wrap(lines, kinds, k, v) && lone_key(k + 2)))
}

/// The line after a value in capitals from line `k` under lone key `key`
/// over a blank line (`Report to:` / blank / `AUDIT AND GOVERNANCE
/// COMMITTEE`), when it is the value, not the next heading as
/// [`value_line`] takes capitals to be under a key in lower case: it is a
/// value when the key names the meeting and the line names a body, or when
/// the layout goes on as keys and values: the value, on one line or
/// wrapped over up to [`MAX_VALUE_LINES`] (`CHIEF OFFICER – LEGAL AND
/// REGULATORY SERVICES, HR AND` / `CORPORATE POLICY`), then a blank line
/// and another key standing alone, or wrapped over two lines
/// (`Responsible` / `Officer:`, see [`wrapped_key`]).
pub(super) fn capitals_value(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    k: usize,
    key: &str,
    v: &Vocabulary,
) -> Option<usize> {
    let capitals_line = |k: usize| {
        k < lines.len()
            && matches!(kinds[k], LineKind::Text)
            && value_line(lines, kinds, k, true, v)
    };
    if !capitals_line(k) {
        return None;
    }
    let flat = plain(content_of(&lines[k]).0);
    if key_in(key, &v.meeting_keys) && names_a_body(&flat, v) {
        return Some(k + 1);
    }
    let mut end = k + 1;
    while end - k < MAX_VALUE_LINES && capitals_line(end) {
        end += 1;
    }
    let mut n = end;
    while n < lines.len() && is_blank(kinds, n) {
        n += 1;
    }
    let key_next = n > end
        && n < lines.len()
        && matches!(kinds[n], LineKind::Text)
        && (field_on(lines, kinds, n).is_some_and(|f| f.is_empty())
            || wrapped_key(lines, kinds, n, false, v).is_some());
    key_next.then_some(end)
}

/// Whether line `k` reads as a field but is a meeting's name and date
/// under a meeting key (`To:` / blank / `County Council: 13 March 2025`).
pub(super) fn names_meeting(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    k: usize,
    v: &Vocabulary,
) -> bool {
    field_on(lines, kinds, k).is_some_and(|f| {
        names_a_body(&f.key, v)
            && f.value.chars().any(|c| c.is_ascii_digit())
            && word_count(&f.value) <= 5
    })
}

/// A setext underline (`====`) on line `i`.
pub(super) fn is_underline(lines: &[Line<'_>], i: usize) -> bool {
    lines.get(i).is_some_and(|l| {
        let t = l.text.trim();
        t.len() >= 3 && (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-'))
    })
}

pub(super) fn is_blank(kinds: &[LineKind], i: usize) -> bool {
    matches!(kinds.get(i), Some(LineKind::Blank) | None)
}

/// Whether `content` is a date standing alone (`12 March 2025`,
/// `Tuesday, 25 March 2025`): one day's date, with at most one word (the
/// weekday) before it and nothing but punctuation after. The meeting's
/// time of day may open or close the line (`10.00am, Thursday, 11
/// November 2027`, `TUESDAY 16 NOVEMBER 2027 AT 10:00AM`, `Monday 19
/// January 2026, 7.00 pm`; see [`without_time_of_day`]). A bilingual
/// council's line may give the date in its own language and in English,
/// parted by ` / ` (see [`is_bilingual_date`]).
pub(crate) fn is_date_line(content: &str) -> bool {
    let flat = plain(content);
    let flat = flat.trim();
    is_one_date_line(flat) || is_bilingual_date(flat)
}

/// [`is_date_line`] for one rendering of a date, `flat` trimmed.
fn is_one_date_line(flat: &str) -> bool {
    let flat = without_time_of_day(flat);
    if flat.len() > 60 || !flat.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let found = crate::parse::dates::find_dates(flat, 0);
    let [d] = found.as_slice() else {
        return false;
    };
    let before = flat[..d.span.start].trim_end_matches([',', ' ']);
    let after = &flat[d.span.end..];
    d.value.day.is_some()
        && d.value.year.is_some()
        && word_count(before) <= 1
        && !before.chars().any(|c| c.is_ascii_digit())
        && after
            .chars()
            .all(|c| c.is_whitespace() || c.is_ascii_punctuation())
}

/// Whether `flat` is one date in two languages, parted by ` / `: one
/// part a date line ([`is_one_date_line`]), the other the same date in
/// words paperlint may not read (any date it reads there the same), its
/// only numbers that date's day and year in that order and at most five
/// words in all (`29 MÀRT 2028 / 29 MARCH 2028`, `Dydd Mawrth, 7 Mawrth
/// 2028 / Tuesday, 7 March 2028`). Two dates (`29 March 2028 / 5 April
/// 2028`) are not one.
fn is_bilingual_date(flat: &str) -> bool {
    let Some((a, b)) = flat.split_once(" / ") else {
        return false;
    };
    let (a, b) = (a.trim(), b.trim());
    let same_date = |english: &str, other: &str| {
        if !is_one_date_line(english) {
            return false;
        }
        let [d] = crate::parse::dates::find_dates(english, 0)[..] else {
            return false;
        };
        // Month names paperlint reads in the other language (Welsh
        // "Mawrth") must give the same date.
        if crate::parse::dates::find_dates(other, 0)
            .iter()
            .any(|o| o.value != d.value)
        {
            return false;
        }
        let (Some(day), Some(year)) = (d.value.day, d.value.year) else {
            return false;
        };
        let numbers: Vec<&str> = other
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .collect();
        let words_only = other.split_whitespace().all(|w| {
            w.trim_end_matches([',', '.'])
                .chars()
                .all(char::is_alphanumeric)
        });
        numbers == [day.to_string(), year.to_string()] && words_only && word_count(other) <= 5
    };
    same_date(a, b) || same_date(b, a)
}

/// Whether title-block line `content` is a date standing alone (see
/// [`is_date_line`]), or a date in its first column with only the agenda
/// item's number set far to its right, as `pdftotext -layout` keeps a
/// cover's right-hand "Agenda Item / No." box (`TUESDAY 16 NOVEMBER 2027
/// AT 10:00AM` then a wide gap and `5`).
pub(super) fn is_dated_title_line(content: &str) -> bool {
    if is_date_line(content) {
        return true;
    }
    let trimmed = content.trim();
    let Some(gap) = trimmed.find("   ") else {
        return false;
    };
    let (first, rest) = trimmed.split_at(gap);
    let rest = rest.trim();
    (is_lone_number(rest) || super::is_item_line(rest)) && is_date_line(first)
}

/// Whether title-block line `content` is a line of the title block with
/// the agenda item's number set far to its right, as `pdftotext -layout`
/// keeps a cover's right-hand item box (`EXECUTIVE COMMITTEE` then a wide
/// gap and `ITEM: 7`): the colon is the item's, not a field's over the
/// whole line. The cells before the gap have no colon of their own.
pub(super) fn has_item_far_right(content: &str) -> bool {
    let trimmed = content.trim();
    let Some(gap) = trimmed.rfind("   ") else {
        return false;
    };
    let (first, rest) = trimmed.split_at(gap);
    let first = first.trim_end();
    !first.is_empty() && !field::has_colon(first) && super::is_item_line(&plain(rest.trim()))
}

/// `flat` without a time of day opening it (`10.00am, `) or closing it
/// (` at 10:00AM`, `, 7.00 pm`), the commas, dashes and "at" that part it
/// from the rest looked past; `flat` itself where no time does, or where
/// the time is all there is.
pub(super) fn without_time_of_day(flat: &str) -> &str {
    let parting = |c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—');
    if let Some(n) = time_of_day_len(flat) {
        let rest = flat[n..].trim_start_matches(parting);
        if !rest.is_empty() {
            return rest;
        }
    }
    // A time closing the line: after its last space or the one before it
    // ("7.00 pm").
    let body = flat.trim_end_matches(['.', ' ']);
    let spaces: Vec<usize> = body.match_indices(' ').map(|(at, _)| at).collect();
    for &at in spaces.iter().rev().take(2) {
        let tail = &body[at + 1..];
        if time_of_day_len(tail) == Some(tail.len()) {
            let head = body[..at].trim_end_matches(parting);
            let head = match head.rsplit_once(' ') {
                Some((before, at_word)) if at_word.eq_ignore_ascii_case("at") => {
                    before.trim_end_matches(parting)
                }
                _ => head,
            };
            if !head.is_empty() {
                return head;
            }
        }
    }
    flat
}

/// The length of a time of day opening `s`: `10.00am`, `6.30 pm`,
/// `10:00AM`, `7pm`, `14:30`, `10.00 a.m.` (hours and minutes, or hours
/// with "am" or "pm"), ending at a word's end.
fn time_of_day_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let hours = digits(0);
    if !(1..=2).contains(&hours) {
        return None;
    }
    let mut n = hours;
    let mut minutes = false;
    if matches!(b.get(n), Some(b'.' | b':')) && digits(n + 1) == 2 {
        n += 3;
        minutes = true;
    }
    let after_space = n + usize::from(b.get(n) == Some(&b' '));
    let rest = s[after_space..].to_ascii_lowercase();
    let suffix = ["a.m.", "p.m.", "am", "pm"]
        .iter()
        .find(|m| rest.starts_with(*m))
        .map(|m| m.len());
    match suffix {
        Some(len) => n = after_space + len,
        None if minutes => {}
        None => return None,
    }
    s[n..]
        .chars()
        .next()
        .map_or(true, |c| !c.is_alphanumeric())
        .then_some(n)
}

/// The line after the last of a one-line field's value wrapped onto the
/// lines under it with a hanging indent:
///
/// ```text
/// Title:   Acquisition of the former Glanrhyd Depot for affordable
///          housing
/// ```
///
/// Each wrapped line is indented further than the key and reads as part
/// of a value (no key line, heading, item or sentence of prose); at most
/// [`MAX_VALUE_LINES`] of them.
pub(super) fn hanging_wrap_end(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    key_capitals: bool,
    v: &Vocabulary,
) -> usize {
    let mut k = i + 1;
    while k < lines.len()
        && k - i <= MAX_VALUE_LINES
        && matches!(kinds[k], LineKind::Text)
        && lines[k].indent > lines[i].indent
        && value_line(lines, kinds, k, key_capitals, v)
    {
        k += 1;
    }
    k
}

/// Whether line `i`, after a blank line under the paper's first line (the
/// only field read so far), opens a title block in capitals: the council's
/// or the committee's name ("EASTHOPE COUNCIL"). The first line is then a
/// page header or a title that reads as a field ("Ofsted Focused Visit:
/// Action Plan Progress<TAB><TAB>OFFICIAL"), not the front sheet's first
/// field, and the committee named below it may be the meeting.
pub(super) fn title_under_top_line(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> bool {
    let content = content_of(&lines[i]).0.trim();
    i > 0
        && is_blank(kinds, i - 1)
        && matches!(kinds[i], LineKind::Text)
        && content.len() <= 80
        && !content.contains(['\t', ':'])
        && !is_date_line(content)
        && crate::parse::inline::is_capitals(&plain(content))
}

/// A report-of field with no colon standing among the title block's lines
/// (`Report of the Treasurer and the Chief Fire Officer`, in bold or not;
/// `Joint report of the Bridge Master and the Treasurer to the Board`),
/// its value going on under it on lines that open with a bracket or in
/// lower case (`(Section 151 Officer)`), or that close a bracket the value
/// left open (`Report of the Head of Internal Audit (Eastmere Shared` /
/// `Internal Audit Service)`): the field and the line after it.
pub(super) fn title_block_report_of(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    text: &str,
) -> Option<(Field, usize)> {
    if !matches!(kinds[i], LineKind::Text) {
        return None;
    }
    let (content, base) = content_of(&lines[i]);
    let (at, inner) = crate::parse::inline::trim_markup(content);
    if !field::opens_report_of(inner) || field::has_colon(inner) {
        return None;
    }
    let f = field::field(inner, base + at, true).filter(|f| !f.is_empty())?;
    // Brackets the value has opened and not closed so far.
    let mut open = open_brackets(inner);
    let mut k = i + 1;
    while k < lines.len()
        && k - i <= MAX_VALUE_LINES
        && matches!(kinds[k], LineKind::Text)
        && field_on(lines, kinds, k).is_none()
    {
        let next = content_of(&lines[k]).0;
        let closes = open > 0
            && next
                .find(['(', ')'])
                .is_some_and(|b| next.as_bytes()[b] == b')');
        // "… to the meeting of Executive to be held on" / "Tuesday 2
        // February 2027": the date the line above leads to ends the value.
        let above = content_of(&lines[k - 1]).0;
        let dated = ends_in_on(above) && is_date_line(next);
        if !closes && !dated && !next.starts_with(|c: char| c == '(' || c.is_lowercase()) {
            break;
        }
        open = (open + open_brackets(next)).max(0);
        k += 1;
        if dated {
            break;
        }
    }
    if k == i + 1 {
        return Some((f, k));
    }
    let value_span = Span::new(f.value_span.start, lines[k - 1].content_span().end);
    Some((with_value(f, value_span, text), k))
}

/// Whether line `content` ends in the word "on", which leads to a date
/// ("… to be held on").
fn ends_in_on(content: &str) -> bool {
    let flat = plain(content);
    flat.trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("on"))
}

/// How many more round brackets `s` opens than it closes (negative when
/// it closes more).
fn open_brackets(s: &str) -> isize {
    s.bytes().fold(0, |n, b| match b {
        b'(' => n + 1,
        b')' => n - 1,
        _ => n,
    })
}

/// Whether line `k` is one part of a person's contact details under their
/// name (`Tel: 020 7946 0817`, a label from the vocabulary's
/// `contact-parts`).
fn contact_part(lines: &[Line<'_>], kinds: &[LineKind], k: usize, v: &Vocabulary) -> bool {
    field_on(lines, kinds, k).is_some_and(|f| !f.is_empty() && key_in(&f.key, &v.contact_parts))
}

/// The most words a line carrying on a named contact's details may have
/// (see [`named_contact_end`]).
const MAX_CONTACT_WRAP_WORDS: usize = 6;

/// The line after a person's contact details set out on line `j` and the
/// lines under it as a line of text gives them, under a key left empty:
///
/// ```text
/// Contact for further information:
/// Rhiannon Castleford, Tel: (01632) 960 218, Flood Risk Manager,
/// rhiannon.castleford@pendleshire.gov.uk
/// ```
///
/// Line `j` opens with a person's name (see [`field::is_name`]) closed by
/// a comma; each line under it with no colon (a `Tel:` line is a field
/// of its own) carries it on where it gives a phone number or an e-mail
/// address, or is a few words (the post wrapped) after a line ending in
/// a comma or ending in one itself;
/// [`MAX_VALUE_LINES`] lines at most. The lines give a phone number or an e-mail address (see
/// [`field::gives_phone_or_email`]), or line `j` labels one of the
/// vocabulary's `contact-parts` (`Tel:`). A line of prose, or a name with
/// no phone or e-mail beside it, is none.
pub(super) fn named_contact_end(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    j: usize,
    v: &Vocabulary,
) -> Option<usize> {
    if j >= lines.len() || !matches!(kinds[j], LineKind::Text) {
        return None;
    }
    let flat = plain(content_of(&lines[j]).0);
    let (name, _) = flat.trim().split_once(',')?;
    if !field::is_name(name, &v.not_names) {
        return None;
    }
    let mut k = j + 1;
    while k < lines.len() && k - j < MAX_VALUE_LINES && matches!(kinds[k], LineKind::Text) {
        let next = plain(content_of(&lines[k]).0);
        let open = |flat: &str| flat.trim_end().ends_with(',');
        let short = word_count(&next) <= MAX_CONTACT_WRAP_WORDS && !field::has_colon(&next);
        let wrap = !field::has_colon(&next)
            && (field::gives_phone_or_email(&next)
                || (short && (open(&plain(content_of(&lines[k - 1]).0)) || open(&next))));
        if !wrap {
            break;
        }
        k += 1;
    }
    let block: Vec<String> = (j..k).map(|n| plain(content_of(&lines[n]).0)).collect();
    (field::gives_phone_or_email(&block.join(" ")) || labels_a_contact_part(&flat, v)).then_some(k)
}

/// Whether `flat`, a line giving a person's contact details, labels one
/// of their parts after a comma (`Jo Bloggs, Tel: (01632) 960 218`: a
/// label from the vocabulary's `contact-parts` closed by its colon).
fn labels_a_contact_part(flat: &str, v: &Vocabulary) -> bool {
    flat.split(',').skip(1).any(|part| {
        part.split_once(':')
            .is_some_and(|(label, _)| key_in(label.trim(), &v.contact_parts))
    })
}

/// The line after a run of two or more one-line fields from line `j` that
/// are the parts of one person's contact details (`Name: …` / `Tel: …` /
/// `Email: …`, labels from the vocabulary's `contact-parts`): the value of
/// the empty key over them.
pub(super) fn contact_parts_end(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    j: usize,
    v: &Vocabulary,
) -> Option<usize> {
    let mut k = j;
    while k < lines.len()
        && k - j < MAX_VALUE_LINES
        && field_on(lines, kinds, k)
            .is_some_and(|f| !f.is_empty() && key_in(&f.key, &v.contact_parts))
    {
        k += 1;
    }
    (k - j >= 2).then_some(k)
}

/// The line after a run of two or more contact parts from line `j` each
/// set as a key alone over its value (`Name:` / blank / `Jo Bloggs` /
/// `Tel:` / blank / `01632 960 123`, labels from the vocabulary's
/// `contact-parts`), as `pdftotext` gives a contact table: the value of
/// the empty key over them (`Contact Officer:`).
pub(super) fn split_contact_parts_end(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    j: usize,
    v: &Vocabulary,
) -> Option<usize> {
    let skip_blanks = |mut k: usize| {
        let mut blanks = 0;
        while k < lines.len() && is_blank(kinds, k) && blanks < MAX_BLANKS_BEFORE_VALUE {
            k += 1;
            blanks += 1;
        }
        k
    };
    let mut k = j;
    let mut parts = 0;
    let mut end = j;
    while k < lines.len() && parts < MAX_VALUE_LINES {
        let part_key = field_on(lines, kinds, k)
            .is_some_and(|f| f.is_empty() && key_in(&f.key, &v.contact_parts));
        if !part_key {
            break;
        }
        let n = skip_blanks(k + 1);
        if n >= lines.len() || n == k + 1 || !is_blank(kinds, n + 1) {
            break;
        }
        // A name, a number ("01632 962 740" reads as an item) or an
        // address: short, and no key.
        let flat = plain(content_of(&lines[n]).0);
        let value = match &kinds[n] {
            LineKind::Text => true,
            LineKind::Item(m) => m.bullet.is_none(),
            _ => false,
        };
        if !value
            || flat.trim().is_empty()
            || word_count(&flat) > 8
            || field_on(lines, kinds, n).is_some()
        {
            break;
        }
        parts += 1;
        end = n + 1;
        k = skip_blanks(n + 1);
    }
    (parts >= 2).then_some(end)
}

/// Whether line `k` opens the body: a numbered paragraph or heading
/// (`1.` / `Purpose of the report`, as `pdftotext` gives it with no blank
/// line after the front sheet's last value).
pub(super) fn starts_body(kinds: &[LineKind], k: usize) -> bool {
    matches!(&kinds[k], LineKind::Item(m) if m.bullet.is_none() && m.number.is_some())
        || matches!(kinds[k], LineKind::Atx { .. })
}

/// Whether line `k` begins another field (a key line, perhaps wrapped
/// over two lines straight under a value: see [`wrapped_key`]) or ends
/// the sheet.
pub(super) fn starts_entry(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    k: usize,
    v: &Vocabulary,
) -> bool {
    field_on(lines, kinds, k).is_some()
        || matches!(
            kinds[k],
            LineKind::TableRow { .. } | LineKind::SpacedRow | LineKind::Atx { .. }
        )
        || wrapped_key(lines, kinds, k, false, v).is_some()
}

/// Whether `key`, a label joined from the lines `pdftotext` wrapped it
/// over, is one of the pack's field labels: as it stands, or such a label
/// joined by "and" or "&" to one of the vocabulary's `contact-parts`
/// (`Report Author & Job` / `Title:`, the author and their post; `Contact
/// Officer and` / `Telephone:`), as a cell that asks for a person and a
/// part of their details is labelled.
fn known_wrapped_key(key: &str, v: &Vocabulary) -> bool {
    if key_in(key, &v.field_keys) {
        return true;
    }
    let lower = plain(key).to_lowercase();
    [" and ", " & "].iter().any(|joiner| {
        lower.rsplit_once(joiner).is_some_and(|(head, tail)| {
            key_in(head, &v.field_keys) && key_in(tail, &v.contact_parts)
        })
    })
}

/// How many words the first part of a wrapped key may have.
const WRAPPED_KEY_WORDS: usize = 4;
/// How many lines a wrapped key may take.
const WRAPPED_KEY_LINES: usize = 3;

/// A key wrapped over two or three lines, as `pdftotext` gives a label too
/// long for its narrow table cell: its first part alone on line `i` after a
/// blank line, with no colon (`Report`, `Report for Key/`, `MEETING/`), the
/// rest on the lines straight under it, the last ending in a colon with
/// nothing after (`authorised by:`, `Non Key Decision:`, `DECISION` /
/// `MAKER:`). The parts are one key when the wrap shows (a part after the
/// first opens in lower case, or one before it ends in `/` or `-`) or when
/// the joined label is one of the pack's field labels (`Date of` /
/// `Meeting:`, `MEETING/` / `DECISION` / `MAKER:`, a label offering
/// `decision maker`), or one of them joined to a part of a contact's
/// details (`Report Author & Job` / `Title:`, see [`known_wrapped_key`]);
/// otherwise a heading over a lone key looks the same.
/// Opening the sheet (`opening`: no field read yet, the key perhaps
/// straight under the council's name) only the pack's labels count, and
/// no blank line is needed above. Straight under a line of text (a value,
/// as `pdftotext` gives a table of labels over values row by row:
/// `Title:` / `Parking Report` / `Report` / `authorised by:`) only a
/// wrap that shows from the first line on counts (the first line ends in
/// `/` or `-`, or the second opens in lower case; or the first ends in a
/// joining word, `Date of` / `Meeting:`, and the label is one of the
/// pack's). Gives the joined key as
/// an empty field for [`read`] to fill, and the line after the key.
pub(super) fn wrapped_key(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    opening: bool,
    v: &Vocabulary,
) -> Option<(Field, usize)> {
    if !matches!(kinds[i], LineKind::Text) {
        return None;
    }
    let tight = !opening && i > 0 && !is_blank(kinds, i - 1);
    let bad = |t: &str| t.contains([':', '*', '_', '<']);
    let (first, base) = content_of(&lines[i]);
    let head = first.trim();
    if bad(head) || word_count(head) > WRAPPED_KEY_WORDS || head.is_empty() {
        return None;
    }
    // Under a value, the first line must show itself cut short: `All`
    // over `Report for Key/` / `Non Key Decision:` is a value. A first
    // line ending in a joining word (`Date of` / `Meeting:`) shows it too,
    // for the pack's labels only.
    let joined = tight
        && head
            .split_whitespace()
            .last()
            .is_some_and(|w| crate::parse::sentence::JOINING_WORDS.contains(&w));
    if tight
        && !(joined
            || head.ends_with(['/', '-'])
            || lines
                .get(i + 1)
                .is_some_and(|l| content_of(l).0.trim_start().starts_with(char::is_lowercase)))
    {
        return None;
    }
    let mut key = head.to_string();
    let mut shows = false;
    let mut k = i + 1;
    loop {
        if k - i >= WRAPPED_KEY_LINES || !matches!(kinds.get(k), Some(LineKind::Text)) {
            return None;
        }
        let (part, part_at) = content_of(&lines[k]);
        let (rest, last) = match part.strip_suffix(':') {
            Some(rest) => (rest.trim(), true),
            None => (part.trim(), false),
        };
        if bad(rest) || rest.is_empty() || (!last && word_count(rest) > WRAPPED_KEY_WORDS) {
            return None;
        }
        let broken = key.ends_with(['/', '-']);
        shows |= broken || rest.starts_with(char::is_lowercase);
        if !broken {
            key.push(' ');
        }
        key.push_str(rest);
        if last {
            let known = known_wrapped_key(&key, v);
            let holds = if opening {
                known
            } else if tight {
                shows || (joined && known)
            } else {
                known || shows
            };
            if !holds || !field::is_key(&key) {
                return None;
            }
            let end = part_at + part.len();
            let f = Field {
                key,
                key_span: Span::new(base, part_at + rest.len()),
                value: String::new(),
                value_span: Span::empty(end),
                span: Span::new(base, end),
            };
            return Some((f, k + 1));
        }
        k += 1;
    }
}

/// How many lines a question asked as a front-sheet label may take.
const QUESTION_LINES: usize = 3;
/// How many words such a question may have.
const QUESTION_WORDS: usize = 24;

/// A front-sheet label asked as a question and answered yes or no under
/// it, as a combined authority's cover sheet asks them (`Is this a key
/// decision?` / blank / `Yes`): the question on one line, or wrapped over
/// up to [`QUESTION_LINES`], after a blank line, its last line ending in
/// `?`; then, after one or two blank lines, an answer opening with "Yes"
/// or "No". Gives the question (with its `?`, which no other key has) as
/// an empty field for [`read`] to fill, and the line after it. A question
/// answered otherwise is left as it is: it may be a heading over prose.
pub(super) fn question_key(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
) -> Option<(Field, usize)> {
    let k = question_end(lines, kinds, i)?;
    // The answer: "Yes" or "No" first, after a blank line.
    let mut j = k + 1;
    while j < lines.len() && is_blank(kinds, j) && j - k <= MAX_BLANKS_BEFORE_VALUE {
        j += 1;
    }
    if j == k + 1 || j >= lines.len() || !matches!(kinds[j], LineKind::Text) {
        return None;
    }
    let answer = content_of(&lines[j]).0;
    let first_word = answer
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if !(first_word.eq_ignore_ascii_case("yes") || first_word.eq_ignore_ascii_case("no")) {
        return None;
    }
    if ticked_elsewhere(lines, kinds, j) {
        return None;
    }
    Some((question_field(lines, i, k), k + 1))
}

/// Whether the lone option on line `j` ("Yes") heads a grid of options
/// and boxes that PDF text has set one cell to a line, with the tick after
/// the next option instead (`Yes` / `No` / `X`, the empty box dropped):
/// the first option is then no answer. `Yes` / `X` / `No` answers yes,
/// and an answer in words ("Yes, because …") heads no grid.
fn ticked_elsewhere(lines: &[Line<'_>], kinds: &[LineKind], j: usize) -> bool {
    let next = |from: usize| {
        (from..lines.len())
            .take(MAX_BLANKS_BEFORE_VALUE + 1)
            .find(|&n| !is_blank(kinds, n))
            .map(|n| (n, content_of(&lines[n]).0.trim()))
    };
    let option = |t: &str| t.eq_ignore_ascii_case("yes") || t.eq_ignore_ascii_case("no");
    let lone = content_of(&lines[j]).0.trim();
    let Some((other, said)) = next(j + 1).filter(|(_, t)| option(lone) && option(t)) else {
        return false;
    };
    next(other + 1).is_some_and(|(_, mark)| {
        !said.eq_ignore_ascii_case(lone) && crate::parse::table::box_ticked(mark) == Some(true)
    })
}

/// The last line of a question asked as a front-sheet label from line
/// `i` (see [`question_key`]): after a blank line, up to
/// [`QUESTION_LINES`] lines of text with no colon or markup, its first
/// word capitalised, three to [`QUESTION_WORDS`] words, the last line
/// ending in `?`.
fn question_end(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> Option<usize> {
    if i > 0 && !is_blank(kinds, i - 1) {
        return None;
    }
    let mut k = i;
    let mut words = 0;
    loop {
        if k >= lines.len() || k - i >= QUESTION_LINES || !matches!(kinds[k], LineKind::Text) {
            return None;
        }
        let content = content_of(&lines[k]).0;
        if content.contains([':', '*', '_', '<', '|']) {
            return None;
        }
        words += word_count(content);
        if words > QUESTION_WORDS {
            return None;
        }
        if content.ends_with('?') {
            break;
        }
        if content.ends_with(['.', ';', '!']) {
            return None;
        }
        k += 1;
    }
    let first = content_of(&lines[i]).0;
    (first.starts_with(char::is_uppercase) && words >= 3).then_some(k)
}

/// The question on lines `i` to `k` as an empty field.
fn question_field(lines: &[Line<'_>], i: usize, k: usize) -> Field {
    let key = (i..=k)
        .map(|n| content_of(&lines[n]).0.trim())
        .collect::<Vec<_>>()
        .join(" ");
    let base = content_of(&lines[i]).1;
    let end = content_of(&lines[k]);
    let end = end.1 + end.0.len();
    Field {
        key,
        key_span: Span::new(base, end),
        value: String::new(),
        value_span: Span::empty(end),
        span: Span::new(base, end),
    }
}

/// How many tick boxes a question's answer may have.
const MAX_BOXES: usize = 4;

/// A front-sheet question answered by tick boxes one to a line under it,
/// as PDF text gives a combined authority's cover sheet:
///
/// ```text
/// Does the report contain confidential or exempt information or appendices?
///
/// ☒ Yes
///
/// ☐ No
/// ```
///
/// The question as [`question_key`] reads one; then, after one or two
/// blank lines, two to [`MAX_BOXES`] lines that are each a box and one to
/// three words (the box first or last), with a blank line at most between
/// them, exactly one ticked. Gives the question as a field whose value is
/// the ticked box's words ("Yes"), and the line after the last box.
pub(super) fn boxed_question(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
) -> Option<(Field, usize)> {
    let k = question_end(lines, kinds, i)?;
    let mut j = k + 1;
    let mut ticked: Option<(Span, &str)> = None;
    let mut boxes = 0;
    let mut end = k + 1;
    loop {
        let mut blanks = 0;
        while j < lines.len() && is_blank(kinds, j) {
            j += 1;
            blanks += 1;
        }
        let limit = if boxes == 0 {
            MAX_BLANKS_BEFORE_VALUE
        } else {
            1
        };
        let Some((tick, span, words)) = (blanks <= limit && j < lines.len())
            .then(|| box_line(&lines[j]))
            .flatten()
        else {
            break;
        };
        boxes += 1;
        if tick {
            if ticked.is_some() {
                return None;
            }
            ticked = Some((span, words));
        }
        j += 1;
        end = j;
        if boxes > MAX_BOXES {
            return None;
        }
    }
    let (span, words) = ticked.filter(|_| boxes >= 2)?;
    let mut f = question_field(lines, i, k);
    f.value = words.to_string();
    f.value_span = span;
    f.span = Span::new(f.span.start, lines[end - 1].content_span().end);
    Some((f, end))
}

/// A tick box and its words on one line (`☒ Yes`, `No ☐`): whether it is
/// ticked, its words' span and its words.
fn box_line<'a>(line: &Line<'a>) -> Option<(bool, Span, &'a str)> {
    let (content, base) = content_of(line);
    let tick = |c: char| match crate::symbols::wingdings_mark(c).unwrap_or(c) {
        '☒' | '☑' => Some(true),
        '☐' | '□' => Some(false),
        _ => None,
    };
    let first = content.chars().next()?;
    let last = content.chars().next_back()?;
    let (ticked, words, at) = if let Some(t) = tick(first) {
        let rest = &content[first.len_utf8()..];
        let words = rest.trim_start();
        (
            t,
            words,
            base + first.len_utf8() + (rest.len() - words.len()),
        )
    } else {
        let t = tick(last)?;
        let words = content[..content.len() - last.len_utf8()].trim_end();
        (t, words, base)
    };
    let n = words.split_whitespace().count();
    ((1..=3).contains(&n)
        && words
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '/'))
    .then(|| (ticked, Span::new(at, at + words.len()), words))
}

/// What an unlabelled line standing between two fields is (see
/// [`between_fields`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Between {
    /// A protective marking or open-report line (`OFFICIAL`, `Part I`).
    Marking,
    /// The name of the body the paper goes to (`Integration Joint Board`,
    /// perhaps under its partnership's name): the meeting, where no field
    /// names it.
    Body(Span),
    /// The paper's title, alone between blank lines.
    Title(Span),
}

/// How many unlabelled lines may stand together between two fields.
const MAX_LINES_BETWEEN: usize = 2;

/// Whether `flat` (plain text) is one of the vocabulary's `markings`:
/// compared in lower case, a dash between words as `-` with no space
/// around it (`OFFICIAL – SENSITIVE` is `official-sensitive`).
pub(super) fn is_marking(flat: &str, v: &Vocabulary) -> bool {
    let flat = flat
        .trim()
        .trim_matches(|c: char| matches!(c, '[' | ']' | '(' | ')'));
    if flat.is_empty() || flat.len() > 40 {
        return false;
    }
    let lower = flat.to_lowercase().replace(['–', '—'], "-");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let joined = words.join(" ").replace(" - ", "-");
    v.markings.contains(&joined)
}

/// Unlabelled lines from line `i` that stand between two fields of a front
/// sheet without ending it, and the line after them: one or
/// [`MAX_LINES_BETWEEN`] short lines of text with no key, after which
/// (past a blank line or two) another key line, or a run of labels and
/// values with no colons (see [`label_pairs`]), comes. They are:
///
/// - a protective marking on a line of its own (the vocabulary's
///   `markings`: `OFFICIAL`, `NOT PROTECTIVELY MARKED`, `Part I`);
/// - a body's name (`Integration Joint Board`, under `Westburn Health and
///   Social Care Partnership`), the committee the paper goes to;
/// - the paper's title, alone between blank lines, when it reads as one
///   (see [`could_be_title`]) and is none of the pack's section titles;
///   it may wrap onto a second line where the first ends open (see
///   [`ends_open`]: `Selective Licensing Scheme 2026–2031: designation of
///   Bow Common,` / `Mile End East and Poplar Docks wards`), and may stand
///   over labels with no colon (see [`bare_labels_at`]) rather than a key
///   line, as `pdftotext` gives a London cover printed as a table, or over
///   a row of labels over their values as `-layout` keeps it (see
///   [`layout_label_row`](super::layout::layout_label_row)).
///
/// Any other line ends the sheet, as a heading or prose does.
pub(super) fn between_fields(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<(Between, usize)> {
    // A run of labels and values with no colons (see [`label_pairs`]) is
    // a key line too.
    let pairs_at = |k: usize| label_pairs(text, lines, kinds, k, false, v).is_some();
    let unlabelled = |k: usize| {
        k < lines.len()
            && matches!(kinds[k], LineKind::Text)
            && !is_underline(lines, k + 1)
            && field_on(lines, kinds, k).is_none()
            && !pairs_at(k)
    };
    if !unlabelled(i) {
        return None;
    }
    let mut end = i + 1;
    while end - i < MAX_LINES_BETWEEN && unlabelled(end) {
        end += 1;
    }
    if unlabelled(end) {
        return None;
    }
    // Another key must follow: the sheet goes on.
    let mut n = end;
    while n < lines.len() && is_blank(kinds, n) && n - end < MAX_BLANKS_BEFORE_VALUE {
        n += 1;
    }
    if n >= lines.len() || is_blank(kinds, n) {
        return None;
    }
    // Only a title may stand over labels with no colon.
    let keyed = field_on(lines, kinds, n).is_some() || pairs_at(n);
    if !keyed
        && !bare_labels_at(text, lines, kinds, n, v)
        && super::layout::layout_label_row(lines, kinds, n, v).is_none()
    {
        return None;
    }
    let flats: Vec<String> = (i..end)
        .map(|k| plain(content_of(&lines[k]).0).trim().to_string())
        .collect();
    let span_of = |k: usize| content_span(&lines[k]);
    let section = |f: &str| {
        v.section_titles.contains(
            f.to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .as_str(),
        )
    };
    // A title wrapped where its first line ends open.
    if let [first, second] = flats.as_slice() {
        let joined = format!("{first} {second}");
        if ends_open(first)
            && i > 0
            && is_blank(kinds, i - 1)
            && is_blank(kinds, end)
            && could_be_title(&joined, v)
            && !section(first)
        {
            let span = Span::new(span_of(i).start, span_of(end - 1).end);
            return Some((Between::Title(span), end));
        }
    }
    if flats
        .iter()
        .any(|f| f.ends_with(['.', ':', ';', ',', '?', '!']) || f.contains('\t'))
    {
        return None;
    }
    if let [one] = flats.as_slice() {
        if keyed && is_marking(one, v) {
            return Some((Between::Marking, end));
        }
    }
    let last = flats.last().expect("one line at least");
    if keyed
        && body_name(last, v).is_some()
        && flats[..flats.len() - 1]
            .iter()
            .all(|f| is_title_like(f, 8) && body_name(f, v).is_none())
    {
        return Some((Between::Body(span_of(end - 1)), end));
    }
    if let [one] = flats.as_slice() {
        if i > 0
            && is_blank(kinds, i - 1)
            && is_blank(kinds, end)
            && could_be_title(one, v)
            && !section(one)
        {
            return Some((Between::Title(span_of(i)), end));
        }
    }
    None
}

/// Whether text `flat` ends where it must go on: a comma, a dash, a slash
/// or an ampersand, or a word that joins what follows (`Corporate
/// Director, Housing and` / `Regeneration`).
pub(super) fn ends_open(flat: &str) -> bool {
    let flat = flat.trim_end();
    if flat.ends_with([',', '-', '–', '—', '/', '&']) {
        return true;
    }
    let last = flat
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    // The English language's joining words: grammar, not vocabulary.
    ["and", "or", "of", "for", "the", "to", "in", "on", "with"].contains(&last.as_str())
}

/// Whether a one-line field on line `i` has its value cut where it cannot
/// end (see [`ends_open`]) and carried on, with no indent, on the lines
/// under it (`Report of: Simon Baxter, Corporate Director, Housing and` /
/// `Regeneration`), as `pdftotext` wraps a table cell: the line after the
/// value's last line, or `i + 1` when it does not go on. Each line taken
/// is a value line (see [`value_line`]) under one that ends open, and a
/// blank line or the end of the text follows the last.
pub(super) fn open_wrap_end(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    f: &Field,
    v: &Vocabulary,
) -> usize {
    // Most values end whole: nothing to read.
    if !ends_open(&f.value) {
        return i + 1;
    }
    let capitals = is_capitals(&f.key);
    let mut above = plain(&f.value);
    let mut k = i + 1;
    while k < lines.len()
        && k - i <= MAX_VALUE_LINES
        && ends_open(&above)
        && matches!(kinds[k], LineKind::Text)
        && value_line(lines, kinds, k, capitals, v)
    {
        above = plain(content_of(&lines[k]).0);
        k += 1;
    }
    // "Engineering\" / "Telephone: …": a Pandoc hard break ends the
    // value's paragraph line as a blank line would.
    if k > i + 1 && (k >= lines.len() || is_blank(kinds, k) || ends_in_hard_break(&lines[k - 1])) {
        k
    } else {
        i + 1
    }
}

/// Whether `line` ends in Pandoc's hard line break (`\` last): the Word
/// paragraph goes on on the next line.
fn ends_in_hard_break(line: &Line<'_>) -> bool {
    line.content().trim_end().ends_with('\\')
}

/// The line after a value whose lines end in Pandoc's hard line break
/// (`**Appendices:** A -- Vehicle capital programme\` / `B -- Summary of
/// the options appraisal`), from `end`, the line after the value read so
/// far (on line `i` and any wraps): each line under one ending in a hard
/// break that can carry a value on (see [`value_line`]; a field's line
/// cannot) is the value's, up to [`MAX_VALUE_LINES`] lines in all.
pub(super) fn hard_break_end(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    end: usize,
    key_capitals: bool,
    v: &Vocabulary,
) -> usize {
    let mut k = end;
    while k < lines.len()
        && k - i < MAX_VALUE_LINES
        && ends_in_hard_break(&lines[k - 1])
        && matches!(kinds[k], LineKind::Text)
        && value_line(lines, kinds, k, key_capitals, v)
    {
        k += 1;
    }
    k
}

/// Whether line `n` opens labels with no colon over their values, as a
/// London cover printed as a table gives them to `pdftotext` (`Lead
/// Member` / blank / `Councillor …` / blank / `Originating Officer(s)` /
/// blank / `Ruth Adeyemi, …`): two such pairs (see [`bare_pair`]) one
/// after the other, each label one of the pack's.
pub(super) fn bare_labels_at(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    n: usize,
    v: &Vocabulary,
) -> bool {
    let labelled = |k: usize| {
        bare_pair(text, lines, kinds, k, v).filter(|(f, _)| key_in(&f.key, &v.field_keys))
    };
    let Some((_, mut at)) = labelled(n) else {
        return false;
    };
    while at < lines.len() && is_blank(kinds, at) {
        at += 1;
    }
    at < lines.len() && labelled(at).is_some()
}

/// Whether one-line field `f` on line `i`, met before any field under a
/// title block, is the paper's title with a colon in it ("Topic: sub-topic")
/// wrapped onto the next line, not a field:
///
/// ```text
/// Agenda Item No. 11
///
/// Lomond Leisure Trust: Funding Agreement and Transfer of
/// Balloch Sports Hub 2026-2029
/// ```
///
/// Its key is none of the labels the parser knows (the pack's field
/// labels, a meeting, date or contact label, "Report of"), key and value
/// read as a title's words (the value may list subjects parted by commas,
/// see [`title_value`]), and the line straight under it goes on with
/// more of them (see [`colon_title_end`]). In capitals, the colon may end
/// the line (`WEST WALES REGIONAL PARTNERSHIP BOARD:` / `ANNUAL REPORT
/// 2025/26 AND REGIONAL INTEGRATION FUND`): a key of two words or more
/// over a line of three or more in capitals that is no date and names no
/// person. So may it in title case, key and line alike, every word of four
/// letters or more opening with a capital (`Damp and Mould in Council
/// Homes:` / `Progress on the Awaab's Law Action Plan`, under a city
/// council's `Housing Scrutiny Commission` / `Report`), where the key is
/// none of the pack's section titles and a blank line closes the title. A
/// field's neighbours are fields; a title's are its own wrapped lines.
/// Gives the line after the title's last.
pub(super) fn colon_title(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    f: &Field,
    v: &Vocabulary,
) -> Option<usize> {
    let known = || {
        key_in(&f.key, &v.field_keys)
            || key_in(&f.key, &v.meeting_keys)
            || key_in(&f.key, &v.date_keys)
            || key_in(&f.key, &v.contact_parts)
            || field::is_report_of_key(&f.key)
    };
    if !matches!(kinds[i], LineKind::Text)
        || content_of(&lines[i]).0.starts_with("**")
        || !is_title_like(&f.key, 6)
        || known()
    {
        return None;
    }
    // Whether the title must stand alone, a blank line (or the end) after it.
    let mut stands_alone = false;
    if f.is_empty() {
        // "WEST WALES REGIONAL PARTNERSHIP BOARD:" / "ANNUAL REPORT 2025/26
        // AND REGIONAL INTEGRATION FUND": in capitals, the key of two words
        // or more and the line straight under it a title's words too.
        let under = (i + 1 < lines.len()).then(|| plain(content_of(&lines[i + 1]).0));
        let under = under
            .as_deref()
            .map(str::trim)
            .filter(|u| word_count(u) >= 3 && !is_date_line(u) && !opens_with_honorific(u));
        let capitals = || {
            under.is_some_and(|u| is_capitals(u) && is_title_like(u, 12))
                && is_capitals(&f.key)
                && word_count(&f.key) >= 2
        };
        if !capitals() {
            // "Damp and Mould in Council Homes:" / "Progress on the
            // Awaab's Law Action Plan": in title case, key and line under
            // it alike, no section's title, and the title a block of its
            // own.
            let key = f.key.trim();
            let title_case = under.is_some_and(in_title_case)
                && in_title_case(key)
                && !v.section_titles.contains(key.to_lowercase().as_str());
            if !title_case {
                return None;
            }
            stands_alone = true;
        }
    } else if !title_value(&f.value, v) {
        return None;
    }
    let end = colon_title_end(lines, kinds, i);
    (end > i + 1 && (!stands_alone || end >= lines.len() || is_blank(kinds, end))).then_some(end)
}

/// Whether `key` is a label the parser knows: one of the pack's field,
/// meeting, date or contact labels, or a "Report of" label.
fn is_known_key(key: &str, v: &Vocabulary) -> bool {
    key_in(key, &v.field_keys)
        || key_in(key, &v.meeting_keys)
        || key_in(key, &v.date_keys)
        || key_in(key, &v.contact_parts)
        || field::is_report_of_key(key)
}

/// Whether one-line field `f` on line `i`, met before any field under a
/// title block (`out` read so far), is the paper's title with a colon in
/// it standing on one line among the block's stacked lines, as raw
/// `pdftotext` prints a cover with no blank lines:
///
/// ```text
/// OFFICIAL
/// Eastmere Metropolitan Borough Council
/// Community Safety Scrutiny Committee
/// 4 March 2027
/// Report of the Director of Neighbourhoods
/// Safer Eastmere Partnership: performance 2026/27 and the Plan 2027-2030
/// Lead officer: …
/// ```
///
/// [`colon_title`] knows such a title by the line it wraps onto; here
/// nothing wraps, and the title is known as the one line of the block
/// that is none of its other lines:
///
/// - the line above it (blank lines aside) is one of the block's: the
///   council, a committee or a date (see [`block_line`]), the meeting or
///   its date as the block named them, a marking, the "Report of …"
///   line read with no colon, or the agenda item's number read as a field
///   ("Agenda Item No: 7");
/// - under it (blank lines and a "Report of …" line aside) a field comes:
///   the block ends there;
/// - no other line of the block could be the title (see
///   [`could_be_title`]): where one could, the sheet is read as before;
/// - the key is none of the labels the parser knows, two words or more in
///   title case and none of the pack's section titles; key and value are
///   no person and their post (see [`names_person_and_post`]); the value
///   is a title's words (see [`title_value`]), or their tail in sentence
///   case (see [`sentence_case_tail`]), no person, no date; and the whole
///   line could be a title.
pub(super) fn lone_colon_title(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    f: &Field,
    out: &FrontSheet,
    v: &Vocabulary,
) -> bool {
    let key = f.key.trim();
    let value = f.value.trim();
    let known = is_known_key(key, v);
    // "Electoral Division: Fenmarsh North": a key holding a field's hint.
    let hinted = key
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| v.field_hints.contains_ignore_case(w));
    if known
        || hinted
        || !matches!(kinds[i], LineKind::Text)
        || content_of(&lines[i]).0.starts_with("**")
        || !in_title_case(key)
        || word_count(key) > 6
        || names_person_and_post(key, value, v)
        || v.section_titles.contains(key.to_lowercase().as_str())
        || opens_with_honorific(value)
        || is_date_line(value)
        || !(title_value(value, v) || sentence_case_tail(value))
        || !could_be_title(&plain(content_of(&lines[i]).0), v)
    {
        return false;
    }
    let at_line = |span: Span| lines.partition_point(|l| l.start <= span.start) - 1;
    let report_of = |k: usize| {
        out.entries
            .iter()
            .any(|e| (e.line..e.next).contains(&k) && field::is_report_of_key(&e.field.key))
    };
    // The line above: one of the block's.
    let Some(above) = (0..i).rev().find(|&k| !is_blank(kinds, k)) else {
        return false;
    };
    // A line of the block: the council, a committee, a date, a marking,
    // or the meeting and its date as the block named them.
    let masthead = |t: &TitleLine| {
        let named = [out.body_line, out.body_date]
            .into_iter()
            .flatten()
            .any(|s| at_line(s) == at_line(t.span));
        named || block_line(text, t, v) || is_marking(&plain(t.span.of(text)), v)
    };
    let block_above = out
        .title_lines
        .iter()
        .any(|t| at_line(t.span) == above && masthead(t));
    // "Agenda Item No: 7", read as a field, over the title.
    let item_number = |k: usize| {
        out.entries
            .iter()
            .any(|e| (e.line..e.next).contains(&k) && super::is_item_field(&e.field))
    };
    if !block_above && !report_of(above) && !item_number(above) {
        return false;
    }
    // The lines under it: a field, past a "Report of …" line.
    let mut k = i + 1;
    loop {
        while k < lines.len() && is_blank(kinds, k) {
            k += 1;
        }
        if k >= lines.len() {
            return false;
        }
        match title_block_report_of(lines, kinds, k, text) {
            Some((_, next)) => k = next,
            None => break,
        }
    }
    if field_on(lines, kinds, k).is_none() {
        return false;
    }
    // No other line of the block could be the title.
    out.title_lines
        .iter()
        .all(|t| masthead(t) || !could_be_title(&plain(t.span.of(text)), v))
}

/// Whether `key` and `value`, either side of a colon, are a person and
/// their post (`Jo Bloggs: Head of Planning`, `Ann Other: Finance
/// Manager`): the key reads as a name (see [`field::is_name`]) and the
/// value opens or closes with a word of a post or body (the vocabulary's
/// `not-names`). A title's words may read as a name (`Highway Defect
/// Repairs: Performance Review`); its value seldom names a post.
fn names_person_and_post(key: &str, value: &str, v: &Vocabulary) -> bool {
    let post_word = |w: &str| {
        v.not_names.contains(
            &w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase(),
        )
    };
    let mut words = value.split_whitespace();
    let ends = [words.next(), words.next_back()];
    field::is_name(key, &v.not_names) && ends.into_iter().flatten().any(post_word)
}

/// Whether `value`, after a colon, is the tail of a title in sentence case
/// (`performance 2026/27 and the draft Partnership Plan 2027-2030`): it
/// opens in lower case, reads as a title's words once its first letter is
/// a capital (three words or more, no sentence's end, no comma), leads in
/// to nothing (`to note the report`), and names something in capitals or
/// a year past its first word, as a title's subject does.
fn sentence_case_tail(value: &str) -> bool {
    let mut chars = value.chars();
    let Some(first) = chars.next().filter(|c| c.is_lowercase()) else {
        return false;
    };
    let capitalised: String = first.to_uppercase().chain(chars).collect();
    let mut words = value.split_whitespace();
    let opening = words.next().unwrap_or("");
    word_count(value) >= 3
        && is_title_like(&capitalised, 12)
        && opening != "to"
        && words.any(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// How many lines under an empty key [`ticked_answer`] looks over.
const MAX_LINES_TO_TICK: usize = 2;

/// The answer to an empty key given by a ticked box beside it, as `pdftotext`
/// reads a form's two columns in turn (`Ward No(s):` / `Local member(s)
/// advised: Yes ☐ No ☐` / `Citywide: ✓`): from line `j`, the line after
/// the key, over at most [`MAX_LINES_TO_TICK`] lines that are each a field
/// (the other column's cells), the first whose value is a tick alone and
/// whose label is a short one none of the labels the parser knows (the
/// pack's field labels, a meeting or date label): that label, the box the
/// form ticked instead of filling the key in. Gives its span.
pub(super) fn ticked_answer(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    j: usize,
    v: &Vocabulary,
) -> Option<Span> {
    for k in j..(j + MAX_LINES_TO_TICK).min(lines.len()) {
        let g = field_on(lines, kinds, k)?;
        let known = key_in(&g.key, &v.field_keys)
            || key_in(&g.key, &v.meeting_keys)
            || key_in(&g.key, &v.date_keys);
        if matches!(
            crate::parse::inline::symbol_marks(&g.value).trim(),
            "✓" | "✔" | "☑" | "☒"
        ) {
            return (!known && word_count(&g.key) <= 3 && !g.key.contains(['☐', '☒']))
                .then_some(g.key_span);
        }
    }
    None
}

/// The paper's title with a colon in it, in capitals and wrapped, standing
/// between two of the front sheet's fields, as a Scottish city council's
/// cover sets it under the contact line:
///
/// ```text
/// Contact: Fiona Baird Ext: 74418
/// AWARD OF CONTRACT: SUPPLY AND DELIVERY OF DE-ICING SALT
/// 2028 TO 2032
/// Purpose of Report:
/// ```
///
/// Line `i` is wholly in capitals and reads as a title with a colon in it
/// (see [`colon_title`]: its key is none of the labels the parser knows,
/// key and value are a title's words, and it wraps onto a line in
/// capitals), its value names no person (`HEAD OF SERVICE: MR J SMITH`),
/// and a key line comes straight after it: the sheet goes on. Gives the
/// line after the title's last.
pub(super) fn capitals_colon_title(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<usize> {
    let f = field_on(lines, kinds, i).filter(|f| !f.is_empty())?;
    if !is_capitals(&plain(content_of(&lines[i]).0)) || opens_with_honorific(&f.value) {
        return None;
    }
    let end = colon_title(lines, kinds, i, &f, v)?;
    (end < lines.len() && field_on(lines, kinds, end).is_some()).then_some(end)
}

/// Whether `value`, after a colon in the title block, reads as the rest of
/// a title: a title's words (see [`is_title_like`]), or a list of them
/// parted by commas (see [`is_subject_list`]).
fn title_value(value: &str, v: &Vocabulary) -> bool {
    is_title_like(value, 18) || is_subject_list(value, 18, &v.not_names)
}

/// The line after the last that goes on the title on line `i`: lines of
/// plain text straight under it (no blank line between), indented no
/// further (an indented line is a hanging value), each of a title's words
/// (or a short wrap opening in lower case, or in capitals under a line in
/// capitals, where a file reference may outweigh the words: `SITES FOR
/// 2026/27 (A.2210/KM)`, but no date) and no field (`Report of the
/// Scrutiny Officer` under a title is the front sheet's first field); at
/// most [`MAX_VALUE_LINES`] of them.
fn colon_title_end(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> usize {
    let mut k = i + 1;
    while k < lines.len()
        && k - i <= MAX_VALUE_LINES
        && matches!(kinds[k], LineKind::Text)
        && lines[k].indent <= lines[i].indent
        && !is_underline(lines, k + 1)
        && {
            let (content, base) = content_of(&lines[k]);
            let flat = plain(content);
            let flat = flat.trim();
            // "the Sports Hub 2026-2029": a wrap may open in lower case.
            let lower_wrap = flat.starts_with(char::is_lowercase)
                && word_count(flat) <= 12
                && !flat.ends_with(['.', ';', ',', '?', '!', ':']);
            let capitals_wrap = || {
                word_count(flat) <= 12
                    && !flat.ends_with(['.', ';', ',', '?', '!', ':'])
                    && is_capitals(flat)
                    && is_capitals(&plain(content_of(&lines[k - 1]).0))
                    && !is_date_line(flat)
            };
            field::field(content, base, true).is_none()
                && (lower_wrap || is_title_like(flat, 12) || capitals_wrap())
        }
    {
        k += 1;
    }
    k
}

/// The paper's title with a colon in it, wholly in bold, on line `i`
/// straight under a front-sheet table (`| **Committee and Date** | |
/// **Item** |` … then `**Adult Social Care: Fairer Charging Policy –
/// Outcome of Consultation**`), where the sheet's labels are in the table
/// and the title stands under it with none: the span of the line's text.
///
/// The line is one field's shape wholly in bold (see [`bold_line_field`]),
/// with only blank lines (up to [`MAX_BLANKS_BEFORE_VALUE`]) between it and
/// the table's last row, and a blank line (or a table) after it. Its key is
/// none of the labels the parser knows (the pack's field labels, a
/// meeting, date or contact label, "Report of": `**SUBJECT: …**` is the
/// Title field) nor one of the pack's section titles (`**Background: …**`
/// heads a section); key and value are a title's words in title case, every
/// word of four letters or more opening with a capital (`**Decision: That
/// Cabinet approves the scheme**` is a sentence), and the value names no
/// person or date.
pub(super) fn bold_title_under_table(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<Span> {
    if !matches!(kinds[i], LineKind::Text) {
        return None;
    }
    let (content, base) = content_of(&lines[i]);
    let f = bold_line_field(content, base)?;
    let mut above = i.checked_sub(1)?;
    while is_blank(kinds, above) {
        above = above.checked_sub(1)?;
    }
    if i - above > MAX_BLANKS_BEFORE_VALUE + 1
        || !matches!(
            kinds[above],
            LineKind::TableRow { .. } | LineKind::HtmlTable
        )
        || !(is_blank(kinds, i + 1) || matches!(kinds[i + 1], LineKind::TableRow { .. }))
    {
        return None;
    }
    let key = f.key.trim();
    let value = f.value.trim();
    let known = is_known_key(key, v) || v.section_titles.contains(key.to_lowercase().as_str());
    let title_words = |s: &str, max: usize| {
        is_title_like(s, max)
            && !s.contains(':')
            && s.split_whitespace()
                .all(|w| w.chars().count() < 4 || !w.starts_with(char::is_lowercase))
    };
    let named =
        opens_with_honorific(value) || is_date_line(value) || field::is_name(value, &v.not_names);
    (!known && !named && title_words(key, 6) && title_words(value, 18))
        .then(|| Span::new(base, base + content.len()))
}

/// Whether `key` is a label the parser knows: one of the pack's field
/// labels, a meeting, date or contact label, or "Report of/by/from".
pub(super) fn known_key(key: &str, v: &Vocabulary) -> bool {
    key_in(key, &v.field_keys)
        || key_in(key, &v.meeting_keys)
        || key_in(key, &v.date_keys)
        || key_in(key, &v.contact_parts)
        || field::is_report_of_key(key)
}

/// The paper's title under the body an address names (`To the Chair and
/// Members of the` / `CABINET` / blank / `HOUSING ASSISTANCE POLICY
/// 2027-2030: DISABLED FACILITIES GRANTS, HOME REPAIR` / `LOANS AND THE
/// HOSPITAL DISCHARGE GRANT`, see [`address_over_body`]), from line
/// `from` past up to [`MAX_BLANKS_BEFORE_VALUE`] blank lines: one to
/// [`MAX_VALUE_LINES`] lines of text with a blank line (or the end) after
/// them, which together read as a title (see [`could_be_title`]) and are
/// none of the pack's section titles. Lines after the first carry on the
/// title: all in capitals, or each under a line that ends open (see
/// [`ends_open`]). No line is a field whose label the parser knows (see
/// [`known_key`]). Gives the title's first line and the line after its
/// last.
pub(super) fn title_under_address(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    from: usize,
    v: &Vocabulary,
) -> Option<(usize, usize)> {
    let mut j = from;
    while j < lines.len() && is_blank(kinds, j) && j - from < MAX_BLANKS_BEFORE_VALUE {
        j += 1;
    }
    let mut k = j;
    while k < lines.len() && matches!(kinds[k], LineKind::Text) && !is_underline(lines, k + 1) {
        k += 1;
    }
    if k == j || k - j > MAX_VALUE_LINES || !is_blank(kinds, k) {
        return None;
    }
    let flats: Vec<String> = (j..k)
        .map(|n| plain(content_of(&lines[n]).0).trim().to_string())
        .collect();
    let joined = flats.join(" ");
    let capitals = flats.iter().all(|f| is_capitals(f));
    let carried = flats[..flats.len() - 1].iter().all(|f| ends_open(f));
    let known = (j..k).any(|n| field_on(lines, kinds, n).is_some_and(|f| known_key(&f.key, v)));
    let section = v.section_titles.contains(joined.to_lowercase().as_str());
    ((capitals || carried) && !known && !section && could_be_title(&joined, v)).then_some((j, k))
}
