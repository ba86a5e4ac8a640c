//! The meeting a paper is for, read from its front sheet: see the parent
//! module's doc for the layouts.

use super::*;
use crate::parse::inline::strip_prefix_ignore_case;

/// A committee's name alone on a line: `CABINET`, `Licensing Committee`.
pub(super) fn names_a_body(flat: &str, v: &Vocabulary) -> bool {
    let flat = without_bracket(flat.trim());
    let words = word_count(flat);
    if words == 0 || words > 6 || flat.ends_with(['.', ':']) {
        return false;
    }
    let mut words = flat.split_whitespace().rev().map(str::to_lowercase);
    let last = words.next().unwrap_or_default();
    // "Authority meeting", "Full Council meeting": the body's meeting.
    let last = match (last.as_str(), words.next()) {
        ("meeting", Some(before)) => before,
        _ => last,
    };
    v.body_words.contains(&last) || ends_in_body_phrase(flat, v)
}

/// Whether `name` ends in one of the vocabulary's `body-words` of two
/// words or more (`working group`: `PLANNING POLICY WORKING GROUP`), which
/// only a front sheet's line naming its meeting is read by: one word of
/// such a phrase alone ("group") names no body.
fn ends_in_body_phrase(name: &str, v: &Vocabulary) -> bool {
    let name = name.trim_end();
    v.body_words.iter().filter(|w| w.contains(' ')).any(|w| {
        name.len() >= w.len()
            && name.is_char_boundary(name.len() - w.len())
            && name[name.len() - w.len()..].eq_ignore_ascii_case(w)
            && name[..name.len() - w.len()]
                .chars()
                .next_back()
                .map_or(true, char::is_whitespace)
    })
}

/// Whether `line` says when the meeting is, a date ending it: "Meeting to
/// be held on Tuesday, 11 March 2025", "Meeting held on 4 June 2025",
/// and the same after "Report to the" ("Report to the meeting on Friday
/// 15 January 2027", the report's own line on a cover).
fn meeting_held_on(line: &str) -> bool {
    let flat = plain(line);
    let flat = flat.trim();
    let flat = strip_prefix_ignore_case(flat, "report to the ").unwrap_or(flat);
    ["meeting to be held on ", "meeting held on ", "meeting on "]
        .iter()
        .find_map(|lead| strip_prefix_ignore_case(flat, lead))
        .is_some_and(is_date_line)
}

/// A report-of line run on into the meeting it goes to and the meeting's
/// date, as a right-aligned cover sentence wraps it (`Report of the
/// Strategic Director, Place to` / `the meeting of Executive to be held on`
/// / `Tuesday 2 February 2027`): in value `value` (its raw text at
/// `base`), where the officer ends, the committee's name, and the date.
///
/// The grammar: `officer "to" ["the" | "a"] ["meeting of" ["the"]] body
/// ["to be held" | "held"] "on" date`, where the body's name is one
/// [`names_a_body`] reads and the date stands alone at the end.
pub(super) fn report_to_meeting(
    value: &str,
    base: usize,
    v: &Vocabulary,
) -> Option<(usize, Span, Span)> {
    // The words with their offsets: the value may run over several lines.
    let words: Vec<(usize, &str)> = value
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - value.as_ptr() as usize, w))
        .collect();
    let is = |k: usize, w: &str| words.get(k).is_some_and(|(_, x)| x.eq_ignore_ascii_case(w));
    // "to" after the officer's words, at least two of them.
    for t in 2..words.len() {
        if !is(t, "to") {
            continue;
        }
        let mut n = t + 1;
        if is(n, "the") || is(n, "a") {
            n += 1;
        }
        if is(n, "meeting") && is(n + 1, "of") {
            n += 2;
            if is(n, "the") {
                n += 1;
            }
        }
        // The name runs to the last "on" before the date.
        let Some(on) = (n + 1..words.len()).rev().find(|&k| is(k, "on")) else {
            continue;
        };
        let date_at = words.get(on + 1)?.0;
        if !is_date_line(&value[date_at..]) {
            continue;
        }
        let mut name_end = on;
        if is(name_end - 1, "held") {
            name_end -= 1;
            if name_end >= n + 3 && is(name_end - 1, "be") && is(name_end - 2, "to") {
                name_end -= 2;
            }
        }
        if name_end <= n {
            continue;
        }
        let (start, last) = (words[n].0, words[name_end - 1]);
        let name = &value[start..last.0 + last.1.len()];
        if name.contains('\n') || !names_a_body(&plain(name), v) {
            continue;
        }
        let officer_end = value[..words[t].0].trim_end().trim_end_matches(',').len();
        return Some((
            officer_end,
            Span::new(base + start, base + start + name.len()),
            Span::new(base + date_at, base + value.trim_end().len()),
        ));
    }
    None
}

/// `name` without the words after "meeting" that lead to its date
/// (`Cabinet Meeting on`, `Cabinet Meeting held on`, `Cabinet Meeting to
/// be held on`): `Cabinet Meeting`, which [`names_a_body`] reads. Any
/// other `name` is given back as it is.
pub(super) fn without_held_on(name: &str) -> &str {
    let lower = name.to_ascii_lowercase();
    [" on", " held on", " to be held on"]
        .iter()
        .find(|tail| {
            lower.ends_with(*tail) && lower[..lower.len() - tail.len()].ends_with(" meeting")
        })
        .map_or(name, |tail| name[..name.len() - tail.len()].trim_end())
}

/// `name` without a short bracket closing it: `Licensing Sub-Committee
/// (Hearing)`, `Council (Extraordinary)` name the body before the bracket.
fn without_bracket(name: &str) -> &str {
    match name.strip_suffix(')').and_then(|n| n.rsplit_once(" (")) {
        Some((body, note)) if !note.contains(['(', ')']) && word_count(note) <= 3 => {
            body.trim_end()
        }
        _ => name,
    }
}

/// How many words a committee's name may take when a date alone on a line
/// under it confirms it (`CHILDREN, FAMILIES AND LIFELONG LEARNING SELECT
/// COMMITTEE` / `THURSDAY, 20 MARCH 2025`); a name standing on its own may
/// take six (see [`names_a_body`]).
const MAX_DATED_BODY_WORDS: usize = 10;

/// A committee's name over its date: [`body_name`], a decision maker and
/// their remit (see [`names_maker_with_remit`]), or a longer name of up
/// to [`MAX_DATED_BODY_WORDS`] words (no sentence: no closing stop or
/// colon, no label before it) ending in one of the vocabulary's
/// `body-words`.
fn dated_body_name<'a>(flat: &'a str, v: &Vocabulary) -> Option<&'a str> {
    if let Some(name) = body_name(flat, v) {
        return Some(name);
    }
    let flat = flat.trim();
    // "Cabinet Member for Housing and Communities" over the date.
    if names_maker_with_remit(flat, v) {
        return Some(flat);
    }
    let words = word_count(flat);
    let last = flat.split_whitespace().last()?.to_lowercase();
    ((7..=MAX_DATED_BODY_WORDS).contains(&words)
        && !flat.ends_with(['.', ':', ';'])
        && (v.body_words.contains(&last) || ends_in_body_phrase(flat, v)))
    .then_some(flat)
}

/// Whether body name `name` on the paper's first line is the organisation's
/// own (`Westbury Borough Council`), which heads its papers: a name ending
/// in "Council" with a place before it. "Council" or "Full Council" alone
/// is the meeting of the whole council.
fn names_the_council(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [.., last] if !last.eq_ignore_ascii_case("council") => false,
        [_] => false,
        [first, _] if first.eq_ignore_ascii_case("full") => false,
        _ => true,
    }
}

/// The title line naming a body above date line `i`, when that body's name
/// is the meeting's: the line straight above, or above it past blank lines,
/// lines that only number the agenda item or the page, and a line wholly
/// in brackets under the name (`Full Council` / `Agenda Item 8` / `26
/// February 2025`; `SELECT COMMITTEE` / blank / `THURSDAY, 20 MARCH 2025`;
/// `Joint Scrutiny Committee` / `(Councils A, B and C)` / `3 December
/// 2025`). A line parted by dashes names the body in one part (`National
/// Park Authority Meeting – Part A` / `27 March 2026`, see
/// [`dashed_body_part`]): that part is the name. The paper's first line
/// naming a council (page furniture aside) is the council's own name, not
/// a meeting of it (but "Full Council" is the meeting).
pub(super) fn body_over_date(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    title_lines: &[TitleLine],
    v: &Vocabulary,
) -> Option<Span> {
    let [before @ .., _] = title_lines else {
        return None;
    };
    let line_of = |span: Span| lines.partition_point(|l| l.start <= span.start) - 1;
    // Back past the item-number and page lines, and a bracket under the
    // name, to the line naming the body.
    let furniture = |flat: &str| is_item_line(flat) || is_page_line(flat);
    let mut k = before.len();
    let prev = loop {
        k = k.checked_sub(1)?;
        let t = &before[k];
        let flat = plain(t.span.of(text));
        let flat = flat.trim();
        if !(furniture(flat) || (!t.heading && is_bracketed_line(flat))) {
            break t;
        }
    };
    let at = line_of(prev.span);
    let between_ok = (at + 1..i).all(|j| {
        is_blank(kinds, j)
            || before[k + 1..]
                .iter()
                .any(|t| line_of(t.span) == j && !t.heading)
    });
    if at >= i || !between_ok || !lines[at].span().contains(prev.span) {
        return None;
    }
    let flat = plain(prev.span.of(text));
    // "National Park Authority Meeting – Part A" / "27 March 2026": the
    // part of a line parted by dashes that names the body.
    let (span, name) = match dated_body_name(&flat, v) {
        Some(name) => (prev.span, name),
        None => {
            let raw = prev.span.of(text);
            let (at, part) = dashed_body_part(raw, v)?;
            let span = Span::new(prev.span.start + at, prev.span.start + at + part.len());
            (span, part)
        }
    };
    // "Page 21" over the council's name: the name still opens the paper.
    let first_line = before[..k]
        .iter()
        .all(|t| is_page_line(plain(t.span.of(text)).trim()))
        && (0..at).all(|j| {
            is_blank(kinds, j)
                || matches!(kinds[j], LineKind::Comment)
                || is_page_line(plain(content_of(&lines[j]).0).trim())
        });
    (!(first_line && names_the_council(name))).then_some(span)
}

/// Whether `content` is a committee's name then its meeting date alone
/// on a line: "Full Council – 20 March 2025".
pub(super) fn names_body_and_date(content: &str, v: &Vocabulary) -> bool {
    let flat = plain(content);
    let flat = flat.trim().trim_matches('*').trim();
    let Some(d) = crate::parse::dates::find_dates(flat, 0).into_iter().next() else {
        return false;
    };
    let name = flat[..d.span.start]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | ':'));
    d.value.day.is_some() && names_a_body(name, v) && is_date_line(&flat[d.span.start..])
}

/// The committee a title line names, if it names one (see
/// [`names_a_body`]): each side of a bilingual line (`ADRODDIAD I'R CABINET /
/// REPORT TO CABINET`) is tried, after a leading meeting label such as
/// "Report to" (from the vocabulary's `meeting-keys`); the side with such a
/// label first.
pub(super) fn body_name<'a>(flat: &'a str, v: &Vocabulary) -> Option<&'a str> {
    let flat = flat.trim();
    let mut plain_side = None;
    for side in flat.split(" / ") {
        let side = side.trim();
        if let Some(rest) = after_meeting_label(side, v) {
            if names_a_body(rest, v) {
                return Some(rest);
            }
        }
        if plain_side.is_none() && names_a_body(side, v) {
            plain_side = Some(side);
        }
    }
    plain_side
}

/// The body a title line names after a meeting label of several words
/// (`Report to the Ashcombe and Trent Vale Health and Wellbeing Board`):
/// the label says it is a meeting, so the name may run to twelve words.
///
/// An individual decision maker, perhaps with a remit after "for" or "of"
/// (`Report to Cabinet Member for Highways and Transport`: one of the
/// vocabulary's `decision-makers` before it), is the meeting too.
pub(super) fn labelled_body<'a>(flat: &'a str, v: &Vocabulary) -> Option<&'a str> {
    let rest = after_meeting_label(flat.trim(), v)?.trim_end();
    let last = rest.split_whitespace().last()?.to_lowercase();
    (word_count(rest) <= 12
        && !rest.ends_with(['.', ':'])
        && (v.body_words.contains(&last)
            || ends_in_body_phrase(rest, v)
            || maker_words_before(rest, v).is_some()))
    .then_some(rest)
}

/// How many words come before the decision maker that `name` names
/// before " of " or " for " (`Cabinet Member for Highways`: 0; `Deputy
/// Cabinet Member for Housing`: 1), where the words there end in one of
/// the vocabulary's `decision-makers`; `None` where they do not.
fn maker_words_before(name: &str, v: &Vocabulary) -> Option<usize> {
    let maker = maker_before(name).trim_end().to_lowercase();
    v.decision_makers.iter().find_map(|m| {
        maker
            .strip_suffix(m)
            .filter(|before| before.is_empty() || before.ends_with(' '))
            .map(word_count)
    })
}

/// The most words that may qualify a decision maker named with no meeting
/// label before it (`Deputy Cabinet Member for …`).
const MAX_MAKER_QUALIFIERS: usize = 2;

/// Whether `name`, with no meeting label before it, is an individual
/// decision maker and their remit (`Cabinet Member for Housing and
/// Communities`, `Executive Member for Transport`): one of the
/// vocabulary's `decision-makers`, after at most
/// [`MAX_MAKER_QUALIFIERS`] capitalised words, then " for " or " of " and
/// the remit; twelve words at most, in title case (every word of four
/// letters or more capitalised), no colon, no closing stop. Over or
/// beside the meeting's date, the decision maker's decision is the
/// meeting. (A decision maker alone, `Leader`, a person before the post,
/// `Councillor Jo Bloggs, Cabinet Member for Housing`, or a sentence,
/// `The Cabinet Member for Housing agreed the policy on`, is none.)
pub(super) fn names_maker_with_remit(name: &str, v: &Vocabulary) -> bool {
    let name = name.trim();
    let maker = maker_before(name);
    has_maker(name)
        && word_count(name) <= 12
        && !name.ends_with(['.', ':', ';', ','])
        && !name.contains(':')
        && name.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.chars().count() < 4 || !w.starts_with(char::is_lowercase)
        })
        && maker.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) && !w.eq_ignore_ascii_case("the") && !w.contains(',')
        })
        && maker_words_before(name, v).is_some_and(|n| n <= MAX_MAKER_QUALIFIERS)
}

/// What follows a leading label of several words from the vocabulary's
/// `meeting-keys` (`Report to`, `Meeting of`) and an optional "the".
pub(super) fn after_meeting_label<'a>(side: &'a str, v: &Vocabulary) -> Option<&'a str> {
    v.meeting_keys
        .iter()
        .filter(|k| k.contains(' '))
        .find_map(|k| {
            let head = side.get(..k.len())?;
            let rest = side[k.len()..].strip_prefix(' ')?;
            head.eq_ignore_ascii_case(k).then_some(rest)
        })
        .map(|rest| {
            let rest = rest.trim_start();
            match rest.get(..4) {
                Some(the) if the.eq_ignore_ascii_case("the ") => rest[4..].trim_start(),
                _ => rest,
            }
        })
}

/// Normalises a key for the lists here: plain, lower case, no colon, single
/// spaces; a bilingual key (`Meeting / Cyfarfod`) gives each side, and a
/// word joining two with a slash (`Meeting/Decision Date`) each label it
/// offers (see [`field::slash_alternatives`]).
pub(super) fn key_forms(key: &str) -> Vec<String> {
    let lower = plain(key).to_lowercase();
    let whole = lower
        .trim()
        .trim_end_matches(':')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = super::field::slash_alternatives(&whole);
    for side in whole.split(" / ") {
        out.push(side.trim().to_string());
    }
    out.push(whole);
    out
}

/// Whether `key` (or a side of a bilingual key) is in `list`.
pub(crate) fn key_in(key: &str, list: &Words) -> bool {
    // Most keys are ASCII words with single spaces and no markup, slash or
    // escape: their one form is the key itself, trimmed and without its
    // colon, compared ignoring case with nothing allocated.
    let t = key.trim();
    let simple = t.is_ascii()
        && !t.contains(['*', '<', '&', '\\', '/', '\t', '\n', '\r', '\u{b}', '\u{c}'])
        && !t.contains("  ");
    let found = if simple {
        list.contains_ignore_case(t.trim_end_matches(':').trim_end())
    } else {
        key_forms(key).iter().any(|k| list.contains(k))
    };
    // "Committee(s)": the label the list gives as "committee".
    found
        || (t.contains("(s)")
            && field::without_plural_bracket(&plain(t)).is_some_and(|stem| key_in(stem, list)))
}

/// The meetings the header names (see the module docs).
pub(crate) fn meetings(
    text: &str,
    fields: &[Field],
    dates: &[DateMention],
    front: &FrontSheet,
    header_end: usize,
    v: &Vocabulary,
) -> Vec<Meeting> {
    // Dates are in text order: look from the first one at or after `span`.
    let date_in = |span: Span| {
        let from = dates.partition_point(|d| d.span.start < span.start);
        dates[from..]
            .iter()
            .take_while(|d| d.span.start < span.end)
            .find(|d| span.contains(d.span))
            .copied()
    };
    let header: Vec<&Field> = fields
        .iter()
        .filter(|f| f.span.start < header_end)
        .collect();
    // "Meeting: 15 October 2027": a meeting field whose whole value is a
    // date gives the date, and names no meeting.
    let date_only = |f: &Field| key_in(&f.key, &v.meeting_keys) && is_date_alone(&f.value);
    let date_field = header
        .iter()
        .filter(|f| key_in(&f.key, &v.date_keys) || date_only(f))
        .find_map(|f| date_in(f.value_span));
    // "Executive" / "12 March 2025" over the fields: the date under the name.
    let date_field = date_field.or_else(|| front.body_date.and_then(date_in));
    // "Meeting to be held on Tuesday, 11 March 2025": a title line saying
    // when the meeting is.
    let date_field = date_field.or_else(|| {
        front
            .title_lines
            .iter()
            .filter(|t| meeting_held_on(t.span.of(text)))
            .find_map(|t| date_in(t.span))
    });
    // "**Date of meeting: 16 February 2027**" closing the paper.
    let date_field = date_field.or_else(|| front.closing_date.and_then(date_in));
    let named = header
        .iter()
        .find(|f| key_in(&f.key, &v.meeting_keys) && !f.is_empty() && !date_only(f))
        .or_else(|| {
            header
                .iter()
                .find(|f| short_meeting_key(&f.key, v) && names_a_body(&plain(&f.value), v))
        });
    if let Some(f) = named {
        let own = date_in(f.value_span);
        let name_end = own.map_or(f.value_span.end, |d| d.span.start);
        let raw = &text[f.value_span.start..name_end.max(f.value_span.start)];
        let punct =
            |c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | ':' | '|' | '*');
        let mut trimmed = raw.trim_end_matches(punct);
        // "Cabinet, Tuesday 14 October 2025": the weekday is the date's.
        if own.is_some() {
            if let Some((head, last)) = trimmed.rsplit_once(char::is_whitespace) {
                if is_weekday(plain(last).trim()) {
                    trimmed = head.trim_end_matches(punct);
                }
            }
        }
        let name = plain(trimmed);
        // "Report for: Decision" over no date, under a title line
        // "Individual Executive Decision – Decision Session of the Mayor,
        // 18 March 2026": the title names the meeting and dates it. (A
        // field naming another body keeps its own.)
        if own.or(date_field).is_none() {
            if let Some(m) = dated_title(text, front, &date_in, v) {
                let other = body_name(&name, v).is_some_and(|b| !b.eq_ignore_ascii_case(&m.name));
                if !other {
                    return vec![m];
                }
            }
        }
        if !name.is_empty() {
            return vec![Meeting {
                name,
                name_span: Span::new(f.value_span.start, f.value_span.start + trimmed.len()),
                date: own.or(date_field),
            }];
        }
    }
    // "| Overview and Scrutiny Committee | 18 June 2024 |": a committee's
    // name as the key, its date as the whole value.
    for f in &header {
        // ("| Cabinet Member for Housing | 12 October 2027 |": a decision
        // maker's.)
        if (names_a_body(&f.key, v) || names_maker_with_remit(&plain(&f.key), v))
            && !key_in(&f.key, &v.date_keys)
        {
            if let Some(d) = date_in(f.value_span) {
                let rest = plain(&text[f.value_span.start..f.value_span.end]);
                let date_text = plain(d.span.of(text));
                if rest.trim().len() <= date_text.len() + 12 {
                    return vec![Meeting {
                        name: f.key.clone(),
                        name_span: f.key_span,
                        date: Some(d),
                    }];
                }
            }
        }
    }
    // "# Cabinet – 5th February 2025": a title naming the meeting and its date.
    if let Some(m) = dated_title(text, front, &date_in, v) {
        return vec![m];
    }
    // "## Cabinet" or "Report to Council" over "-----" under the council's
    // name (the paper's first line, which is never the meeting).
    let heading = front
        .title_lines
        .iter()
        .skip(1)
        .filter(|t| t.heading)
        .find_map(|t| body_span(text, t.span, v));
    // A long name read over its date (see [`body_over_date`]) is the whole line.
    let body_line = front.body_line.map(|s| {
        body_span(text, s, v).unwrap_or_else(|| {
            let flat = plain(s.of(text));
            match s.of(text).find(flat.trim()) {
                Some(at) => Span::new(s.start + at, s.start + at + flat.trim().len()),
                None => s,
            }
        })
    });
    if let Some(span) = heading.or(body_line) {
        return vec![Meeting {
            name: plain(span.of(text)),
            name_span: span,
            date: date_field,
        }];
    }
    // "Report to the Ashcombe and Trent Vale Health and Wellbeing Board",
    // the first line included: the label names the meeting.
    for line in front.title_lines.iter().map(|t| t.span) {
        let raw = line.of(text);
        let flat = plain(raw);
        if let Some(body) = labelled_body(&flat, v) {
            let name_span = match raw.find(body) {
                Some(at) => Span::new(line.start + at, line.start + at + body.len()),
                None => line,
            };
            return vec![Meeting {
                name: body.to_string(),
                name_span,
                date: date_field,
            }];
        }
    }
    // "Licensing Committee (Licensing Act 2003" / "Functions)" opening a
    // dated front sheet: the first line names the meeting; or "Westbury
    // Borough Council" / "Cabinet" over it: the line under the council's.
    if let Some(date) = date_field {
        if let Some(span) =
            first_line_body(text, front, v).or_else(|| top_line_body(text, front, v))
        {
            return vec![Meeting {
                name: plain(span.of(text)),
                name_span: span,
                date: Some(date),
            }];
        }
    }
    Vec::new()
}

/// Whether `key` is one of the vocabulary's `meeting-keys` with its
/// closing "to" or "for" left off (`REPORT:` for "Report to", as a London
/// cover heads its meeting row): a meeting's label only over a value
/// that is a committee's name and nothing else (`REPORT:` | `CABINET`).
fn short_meeting_key(key: &str, v: &Vocabulary) -> bool {
    let key = plain(key);
    let key = key
        .trim()
        .trim_end_matches(|c: char| c == ':' || c == '?' || c.is_whitespace());
    !key.is_empty()
        && !key.contains(' ')
        && v.meeting_keys.iter().any(|k| {
            [" to", " for"].iter().any(|tail| {
                k.strip_suffix(tail)
                    .is_some_and(|head| head.eq_ignore_ascii_case(key))
            })
        })
}

/// Whether `value` is a date standing alone (see [`is_date_line`]) with
/// no word before it but a weekday (`15 October 2027`, `Thursday 15
/// October 2027`): no body's name (`Cabinet, 22 January 2026`).
fn is_date_alone(value: &str) -> bool {
    let flat = plain(value);
    let flat = flat.trim();
    if !is_date_line(flat) {
        return false;
    }
    let first = flat
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    first.starts_with(|c: char| c.is_ascii_digit()) || is_weekday(first)
}

/// The meeting a running footer or header names with its date, where
/// the front sheet named none or gave it no date: a line of page furniture
/// (`furniture`, the lines read as blank) that stands on two pages or more
/// with the same words and names a body and a date as a title line does
/// (`Residents' Services Select Committee – 14 January 2027` at the foot
/// of every page; see [`dated_line`]). It dates the meeting the sheet
/// named when it names the same body, and is the meeting where the sheet
/// named none; a footer naming another body changes nothing.
pub(crate) fn footer_meeting(
    text: &str,
    furniture: &[Span],
    dates: &[DateMention],
    meetings: &mut Vec<Meeting>,
    v: &Vocabulary,
) {
    if meetings.len() > 1 || meetings.first().is_some_and(|m| m.date.is_some()) {
        return;
    }
    let words = |s: Span| s.of(text).split_whitespace().collect::<Vec<_>>().join(" ");
    let found = furniture.iter().enumerate().find_map(|(n, &line)| {
        let raw = line.of(text);
        let content = raw.trim_start_matches(['\u{c}', ' ', '\t', '\u{a0}']);
        let start = line.start + (raw.len() - content.len());
        let line = Span::new(start, start + content.trim_end().len());
        let d = dates
            .iter()
            .find(|d| line.contains(d.span) && d.value.day.is_some() && d.value.year.is_some())?;
        let same = furniture[n + 1..]
            .iter()
            .any(|&other| words(other) == words(line));
        same.then(|| dated_line(text, line, *d, v)).flatten()
    });
    let Some(footer) = found else {
        return;
    };
    let same_body = |m: &Meeting| {
        let flat = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        flat(&m.name) == flat(&footer.name)
    };
    match meetings.first_mut() {
        None => meetings.push(footer),
        Some(m) if same_body(m) => m.date = footer.date,
        Some(_) => {}
    }
}

/// The meeting a title line names with its date (`# Cabinet – 5th February
/// 2025`, `Report to the Finance and General Purposes Committee, Monday
/// …`), the first that does; a decision session named in one part of a
/// line parted by dashes (`Individual Executive Decision – Decision Session
/// of the Mayor, 18 March 2026`) is the meeting, the decision maker after
/// "of" or "for" looked past (see [`session_part`]).
fn dated_title(
    text: &str,
    front: &FrontSheet,
    date_in: &dyn Fn(Span) -> Option<DateMention>,
    v: &Vocabulary,
) -> Option<Meeting> {
    front
        .title_lines
        .iter()
        .find_map(|t| dated_line(text, t.span, date_in(t.span)?, v))
}

/// The meeting title line `line` names with its date `d`, the first date
/// on the line (`# Cabinet – 5th February 2025`, `Report to the Finance
/// and General Purposes Committee, Monday …`; see [`dated_title`]).
pub(super) fn dated_line(
    text: &str,
    line: Span,
    d: DateMention,
    v: &Vocabulary,
) -> Option<Meeting> {
    let raw = &text[line.start..d.span.start];
    let punct = |c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | ':' | '|' | '*');
    let mut trimmed = raw.trim_end_matches(punct);
    // "…Committee, Monday 10th March 2025": the weekday is the date's.
    if let Some((head, last)) = trimmed.rsplit_once(' ') {
        if is_weekday(last) {
            trimmed = head.trim_end_matches(punct);
        }
    }
    // "Cabinet Meeting on Wednesday 17 November 2027": the body's meeting
    // and when it is held.
    trimmed = without_held_on(trimmed);
    let name = plain(trimmed);
    let labelled = after_meeting_label(&name, v).filter(|b| names_a_body(b, v));
    if labelled.is_none() && names_a_body(&name, v) {
        return Some(Meeting {
            name,
            name_span: Span::new(line.start, line.start + trimmed.len()),
            date: Some(d),
        });
    }
    // "Report to the Finance and General Purposes Committee, Monday …",
    // "REPORT TO INFRASTRUCTURE SERVICES COMMITTEE – 4 DECEMBER 2025".
    if let Some(body) = labelled {
        let at = trimmed.find(body).unwrap_or(0);
        let name_span = if trimmed[at..].len() == body.len() && trimmed.contains(body) {
            Span::new(line.start + at, line.start + trimmed.len())
        } else {
            Span::new(line.start, line.start + trimmed.len())
        };
        return Some(Meeting {
            name: body.to_string(),
            name_span,
            date: Some(d),
        });
    }
    // "Cabinet Member for Housing and Communities 12 October 2027": an
    // individual decision maker's meeting, unlabelled.
    if names_maker_with_remit(&name, v) {
        return Some(Meeting {
            name,
            name_span: Span::new(line.start, line.start + trimmed.len()),
            date: Some(d),
        });
    }
    dashed_body_part(trimmed, v).map(|(at, part)| Meeting {
        name: plain(part),
        name_span: Span::new(line.start + at, line.start + at + part.len()),
        date: Some(d),
    })
}

/// The part of title-line text `name` (the text before the meeting's
/// date) that names the meeting, where dashes part it (`Individual
/// Executive Decision – Decision Session of the Mayor`, `Decision Session
/// – Executive Member for Transport`), and where it offers it: the part
/// naming a body (see [`names_a_body`]) once the decision maker after "of"
/// or "for" is looked past (`Decision Session` of `Decision Session of the
/// Mayor`); the last such part. Gives its offset in `name` and its text.
fn dashed_body_part<'a>(name: &'a str, v: &Vocabulary) -> Option<(usize, &'a str)> {
    const DASHES: [&str; 3] = [" – ", " — ", " - "];
    let mut parts = Vec::new();
    let mut from = 0;
    while let Some((at, dash)) = DASHES
        .iter()
        .filter_map(|d| name[from..].find(d).map(|at| (from + at, d.len())))
        .min()
    {
        parts.push((from, &name[from..at]));
        from = at + dash;
    }
    parts.push((from, &name[from..]));
    // The whole line is read by the callers' other readers.
    if parts.len() < 2 && !has_maker(name) {
        return None;
    }
    parts.into_iter().rev().find_map(|(at, raw)| {
        let part = raw.trim();
        let at = at + (raw.len() - raw.trim_start().len());
        names_a_body(&plain(maker_before(part)), v).then_some((at, part))
    })
}

/// `part` before " of " or " for " and what follows it (the decision
/// maker); `part` itself without either.
fn maker_before(part: &str) -> &str {
    let lower = part.to_ascii_lowercase();
    [" of ", " for "]
        .iter()
        .filter_map(|w| lower.find(w))
        .min()
        .map_or(part, |at| &part[..at])
}

/// Whether `name` has a decision maker after " of " or " for ".
fn has_maker(name: &str) -> bool {
    maker_before(name).len() < name.len()
}

/// The committee the paper's first line names, over a front sheet that
/// names no meeting otherwise: `Licensing Committee`, or `Licensing
/// Committee (Licensing Act 2003` with the bracket wrapped onto the next
/// line (a bracket after the name is looked past). A name ending in one of
/// the vocabulary's `organisation-words` (`Westbury Borough Council`,
/// `Eastmoor Fire Authority`) is the organisation's own, which heads its
/// papers, not the meeting's. [`meetings`] takes it only where the sheet
/// dates the meeting.
fn first_line_body(text: &str, front: &FrontSheet, v: &Vocabulary) -> Option<Span> {
    // The title block's first line, the paper's first but for blank lines
    // and comments (no field, heading or item stands before it); it may be
    // a heading (`# Harbourside Health and Wellbeing Board`).
    let first = front.title_lines.first()?;
    let raw = first.span.of(text);
    let name = raw
        .split_once(" (")
        .map_or(raw, |(name, _)| name)
        .trim_end();
    if plain(name) != name || !names_a_body(name, v) {
        return None;
    }
    let last = name.split_whitespace().last()?.to_lowercase();
    if v.organisation_words.contains(&last) {
        return None;
    }
    Some(Span::new(first.span.start, first.span.start + name.len()))
}

/// How many lines at the top of the title block (page and item numbers
/// aside) [`top_line_body`] looks at: the council's name, or a name in a
/// second language, and the committee's.
const TOP_LINES: usize = 2;

/// The committee a line at the top of the title block names, over a front
/// sheet that names no meeting otherwise: among the first [`TOP_LINES`]
/// lines past page furniture, item numbers and a logo, a line that is a
/// body's name alone (see [`body_name`]), or before the councils it joins
/// (see [`body_of_members`]), and not the organisation's own (see
/// [`names_the_organisation`]) or a document of one (see [`document_of`]):
/// `Wessingham County Council` / `Cabinet`, or a bilingual pair, the
/// committee's name in Welsh then in English.
/// A line that names no body (the Welsh name, the title) is passed; a
/// heading ends the search (see the heading reader in [`meetings`]).
/// [`meetings`] takes it only where the sheet dates the meeting.
fn top_line_body(text: &str, front: &FrontSheet, v: &Vocabulary) -> Option<Span> {
    let item_at = item_column(text, &front.title_lines);
    let mut seen = 0;
    for t in &front.title_lines {
        if t.heading {
            return None;
        }
        // The part of the line left of the item's number set in a column
        // of its own.
        let span = match item_at {
            Some(column) => left_of_column(text, t.span, column),
            None => t.span,
        };
        let flat = plain(span.of(text));
        let flat = flat.trim();
        if flat.is_empty() || is_item_line(flat) || is_page_line(flat) || is_image_line(flat) {
            continue;
        }
        seen += 1;
        if seen > TOP_LINES {
            return None;
        }
        let name = body_name(flat, v)
            .or_else(|| long_body_name(flat, v))
            .or_else(|| body_of_members(flat, v))
            .or_else(|| body_for_area(flat, v));
        match name {
            Some(name) if names_the_organisation(name, v) || document_of(name, v) => {}
            Some(name) => return Some(name_span(text, t.span, name)),
            None => {}
        }
    }
    None
}

/// The most lines at the top of the title block an agenda item's number
/// may be stacked over (see [`item_column`]).
const MAX_ITEM_COLUMN_LINES: usize = 5;

/// The column (in characters from the line's start) of an agenda item's
/// number that `pdftotext -layout` stacks a word to a line at the right
/// margin of the title block's first lines, beside the council's and the
/// committee's names:
///
/// ```text
///                                                     Agenda
///             SOLWAY COUNTY COUNCIL                   Item
///                                                     No.
///             LOCAL COMMITTEE FOR CALDEW              8
/// ```
///
/// The last cell of the block's first line (after a gap of three spaces
/// or more, or the line's only cell), and the last cell of each line
/// straight under it that starts at the same column, read together as an
/// item line (see [`is_item_line`]), and no line of them is that alone.
/// `None` where they do not.
fn item_column(text: &str, title_lines: &[TitleLine]) -> Option<usize> {
    let cells: Vec<(usize, &str)> = title_lines
        .iter()
        .take(MAX_ITEM_COLUMN_LINES)
        .take_while(|t| !t.heading)
        .map_while(|t| last_cell(text, t.span))
        .collect();
    let column = cells.first()?.0;
    let stacked: Vec<&str> = cells
        .iter()
        .take_while(|(at, _)| *at == column)
        .map(|(_, cell)| *cell)
        .collect();
    let joined = stacked.join(" ");
    (stacked.len() >= 2
        && is_item_line(&plain(&joined))
        && !stacked.iter().any(|c| is_item_line(&plain(c))))
    .then_some(column)
}

/// The last cell of title line `span` (after its last gap of three spaces
/// or more, or the whole line), with the column it starts at, counted in
/// characters from the start of the line.
fn last_cell(text: &str, span: Span) -> Option<(usize, &str)> {
    let line_start = text[..span.start].rfind('\n').map_or(0, |n| n + 1);
    let content = span.of(text).trim_end();
    let at = content.rfind("   ").map_or(0, |gap| {
        gap + content[gap..].len() - content[gap..].trim_start().len()
    });
    let cell = &content[at..];
    let column = text[line_start..span.start + at].chars().count();
    (!cell.is_empty()).then_some((column, cell))
}

/// The part of title line `span` left of `column` (in characters from the
/// start of the line), its trailing spaces left off: the whole line where
/// it ends before that column.
fn left_of_column(text: &str, span: Span, column: usize) -> Span {
    let line_start = text[..span.start].rfind('\n').map_or(0, |n| n + 1);
    let cut = text[line_start..span.end]
        .char_indices()
        .nth(column)
        .map_or(span.end, |(at, _)| line_start + at)
        .max(span.start);
    let left = text[span.start..cut].trim_end();
    Span::new(span.start, span.start + left.len())
}

/// The most words the area a body's name is for may have (see
/// [`body_for_area`]).
const MAX_AREA_WORDS: usize = 3;

/// `flat` read as a body's name followed by the area it serves (`LOCAL
/// COMMITTEE FOR CALDEW`, `Area Committee for North Wessex`): the words
/// before " for " name a body (see [`names_a_body`]) that is no
/// organisation's own, every word capitalised and none a linking word;
/// the words after it, one to [`MAX_AREA_WORDS`], are a place's name,
/// each capitalised (or "and"), none a linking word, no digit or
/// punctuation. Only a line standing alone at the top of a dated title
/// block is read so (see [`top_line_body`]): a title (`Review of the
/// Audit Committee`, `Report to Cabinet for Decision`) has a linking
/// word before the body, or no body's name before "for".
fn body_for_area<'a>(flat: &'a str, v: &Vocabulary) -> Option<&'a str> {
    let flat = flat.trim();
    let at = flat.to_lowercase().find(" for ")?;
    let (head, area) = (&flat[..at], &flat[at + " for ".len()..]);
    let capitalised = |w: &&str| {
        w.starts_with(char::is_uppercase) && !LINKING_WORDS.contains(&w.to_lowercase().as_str())
    };
    let head_words: Vec<&str> = head.split_whitespace().collect();
    let area_words: Vec<&str> = area.split_whitespace().collect();
    let named = names_a_body(head, v)
        && !names_the_organisation(head, v)
        && head_words.iter().all(capitalised)
        && (1..=MAX_AREA_WORDS).contains(&area_words.len())
        && area_words.iter().all(|w| {
            w.eq_ignore_ascii_case("and")
                || (capitalised(w)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
        });
    named.then_some(flat)
}

/// Whether `flat` (a line's plain text) is an image and nothing else, as
/// Pandoc writes a logo over the title block (`![](media/image1.png)`).
fn is_image_line(flat: &str) -> bool {
    flat.starts_with("![")
        && flat.ends_with(')')
        && flat
            .find("](")
            .is_some_and(|at| !flat[at + 2..].contains(['[', ']']))
}

/// The most words a body's name standing alone at the top of the title
/// block may have (see [`long_body_name`]).
const MAX_LONG_BODY_WORDS: usize = 10;

/// Words that link a title to the body it names and stand in no body's
/// name of the kind [`long_body_name`] reads (`REVIEW OF THE AUDIT AND
/// GOVERNANCE COMMITTEE` is a title).
const LINKING_WORDS: [&str; 14] = [
    "to", "of", "for", "on", "from", "by", "with", "into", "about", "re", "in", "at", "the", "a",
];

/// `flat` read as a body's name longer than [`names_a_body`] allows (a
/// joint committee of several councils: `NORTH COAST ARCHIVES AND
/// MUSEUMS JOINT COMMITTEE`): up to [`MAX_LONG_BODY_WORDS`] words, the
/// last one of the vocabulary's `body-words`, every word capitalised but
/// "and" (or `&`), none a linking word, no colon or closing stop. Only a
/// line standing alone at the top of a dated title block is read so (see
/// [`top_line_body`]).
fn long_body_name<'a>(flat: &'a str, v: &Vocabulary) -> Option<&'a str> {
    let flat = flat.trim();
    let words: Vec<&str> = flat.split_whitespace().collect();
    let last = words.last()?.to_lowercase();
    let named = words.len() <= MAX_LONG_BODY_WORDS
        && !flat.ends_with(['.', ':'])
        && !flat.contains([':', ',', ';', '(', ')'])
        && (v.body_words.contains(&last) || ends_in_body_phrase(flat, v))
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            (w.starts_with(char::is_uppercase) && !LINKING_WORDS.contains(&lower.as_str()))
                || lower == "and"
                || *w == "&"
        });
    named.then_some(flat)
}

/// The body a line names before the members it is formed of (`Joint
/// Committee of Antrim Borough Council, Bann District Council and Larne
/// Borough Council`, `Joint Board of the Constituent Authorities`): the
/// words before the first " of " name a body (see [`names_a_body`]) that
/// is no organisation's own, and the line closes on one of the
/// vocabulary's `organisation-words`, singular or plural (the councils
/// or authorities it joins). A title (`Review of the Audit Committee`)
/// names no body before "of"; a council's own name (`Council of the
/// Isles of Scilly`) is the organisation. Only a line at the top of a
/// dated title block is read so (see [`top_line_body`]).
pub(super) fn body_of_members<'a>(flat: &'a str, v: &Vocabulary) -> Option<&'a str> {
    let flat = flat.trim();
    let (head, members) = flat.split_once(" of ")?;
    let head = head.trim();
    let last = members
        .trim_end_matches(['.', ')'])
        .split_whitespace()
        .last()?
        .to_lowercase();
    let singular = last
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| last.strip_suffix('s').map(str::to_string));
    let closes_on_members = v.organisation_words.contains(&last)
        || singular.is_some_and(|s| v.organisation_words.contains(&s));
    let head_last = head.split_whitespace().last()?.to_lowercase();
    (closes_on_members && names_a_body(head, v) && !v.organisation_words.contains(&head_last))
        .then_some(head)
}

/// Whether `name` names a document of a body rather than the body
/// (`Annual Report of the Audit Committee`, `Minutes of the Cabinet`): one
/// of the vocabulary's `document-nouns` followed by "of".
fn document_of(name: &str, v: &Vocabulary) -> bool {
    let mut words = name.split_whitespace().map(str::to_lowercase).peekable();
    while let Some(w) = words.next() {
        if words.peek().is_some_and(|n| n == "of") && v.document_nouns.contains(&w) {
            return true;
        }
    }
    false
}

/// Whether body name `name` is an organisation's own (`Westbury Borough
/// Council`, `Eastmoor Fire Authority`): a place before one of the
/// vocabulary's `organisation-words`. "Council" or "Full Council" alone is
/// the meeting of the whole council.
pub(super) fn names_the_organisation(name: &str, v: &Vocabulary) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [.., last] if !v.organisation_words.contains(&last.to_lowercase()) => false,
        [_] => false,
        [first, _] if first.eq_ignore_ascii_case("full") => false,
        _ => true,
    }
}

/// Whether `word` is a day of the week ("Monday", "Mon").
pub(super) fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']).to_ascii_lowercase();
    crate::parse::dates::WEEKDAYS
        .iter()
        .any(|d| *d == w || (w.len() == 3 && d.starts_with(&w)))
}

/// Where in the title line `line` the committee's name stands (see
/// [`body_name`]); the whole line when the name is not found in its text as
/// written.
pub(super) fn body_span(text: &str, line: Span, v: &Vocabulary) -> Option<Span> {
    let flat = plain(line.of(text));
    Some(name_span(text, line, body_name(&flat, v)?))
}

/// Where body name `name` (read from line `line`'s plain text) stands in
/// the line; the whole line where markup parts its words.
fn name_span(text: &str, line: Span, name: &str) -> Span {
    match line.of(text).find(name) {
        Some(at) => Span::new(line.start + at, line.start + at + name.len()),
        None => line,
    }
}

/// The body a meeting's label wrapped before its name addresses, the name
/// alone on the line under it: line `i` is one of the vocabulary's
/// `meeting-keys` of two words or more, perhaps closed by "the", and
/// nothing else, no colon (`To the Chair and Members of the` / `CABINET`,
/// `Report to the` / `Planning Committee`), and line `i + 1` names a body (see
/// [`names_a_body`]) with no colon. Gives the span of the body's name.
pub(super) fn address_over_body(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<Span> {
    if !matches!(kinds.get(i), Some(LineKind::Text))
        || !matches!(kinds.get(i + 1), Some(LineKind::Text))
    {
        return None;
    }
    let label = plain(content_of(&lines[i]).0);
    // "Report to:" over "Drainage Board" is a field, read as one.
    if label.contains(':') {
        return None;
    }
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    let label = match label.rsplit_once(' ') {
        Some((head, the)) if the.eq_ignore_ascii_case("the") => head,
        _ => label.as_str(),
    };
    if !label.contains(' ') || !key_in(label, &v.meeting_keys) {
        return None;
    }
    let (content, base) = content_of(&lines[i + 1]);
    let flat = plain(content);
    if field::has_colon(content) || !names_a_body(&flat, v) {
        return None;
    }
    let at = content.find(flat.trim()).unwrap_or(0);
    Some(Span::new(base + at, base + at + flat.trim().len()))
}

/// The meeting a heading in the front sheet's preamble names, where the
/// sheet names none otherwise: the paper's first heading, unnumbered and
/// standing before the sheet's last field (`**Meeting Date: …**` /
/// `**Glenmorven Integration Joint Board**` / a table of fields), that is
/// a body's name alone (see [`body_name`] and [`long_body_name`]) and not
/// the organisation's own (`Westbury Borough Council`). Taken only where a
/// field of the sheet dates the meeting and the sheet's fields go on under
/// the heading; a heading in the body naming a committee (`Scrutiny Board`
/// after the fields) is not read. `first_heading` is that heading's title
/// span and whether it is numbered; `fields_end` is where the header ends.
pub(crate) fn preamble_heading_body(
    text: &str,
    fields: &[Field],
    dates: &[DateMention],
    first_heading: (Span, bool),
    fields_end: usize,
    v: &Vocabulary,
) -> Option<Meeting> {
    let (title, numbered) = first_heading;
    // Fields go on under the heading: it stands in the sheet, not the body.
    let under = |f: &Field| f.span.start > title.end && f.span.start < fields_end;
    if numbered || !fields.iter().any(under) {
        return None;
    }
    let flat = plain(title.of(text));
    let flat = flat.trim();
    let name = body_name(flat, v).or_else(|| long_body_name(flat, v))?;
    if name != flat || names_the_organisation(name, v) || document_of(name, v) {
        return None;
    }
    Some(Meeting {
        name: name.to_string(),
        name_span: name_span(text, title, name),
        date: Some(sheet_date(fields, dates, fields_end, v)?),
    })
}

/// The meeting's date a field of the front sheet (one before `fields_end`)
/// gives under one of the vocabulary's `date-keys` (`Date: 25 NOVEMBER 2027`).
fn sheet_date(
    fields: &[Field],
    dates: &[DateMention],
    fields_end: usize,
    v: &Vocabulary,
) -> Option<DateMention> {
    fields
        .iter()
        .filter(|f| f.span.start < fields_end && key_in(&f.key, &v.date_keys))
        .find_map(|f| {
            dates
                .iter()
                .find(|d| f.value_span.contains(d.span))
                .copied()
        })
}

/// The meeting a line of the front sheet names beside the paper's agenda
/// item, where the sheet names none otherwise: a line before `fields_end`
/// (where the header ends) that is a body's name and the item's number
/// parted by a dash and nothing else (`Audit Committee – Agenda Item 8`,
/// see [`is_item_line`]), the body not the organisation's own. Taken only
/// where a field of the sheet dates the meeting. Prose naming a committee
/// (`Report to the Audit Committee on …`) has no item number: not read.
pub(crate) fn body_item_line(
    text: &str,
    fields: &[Field],
    dates: &[DateMention],
    fields_end: usize,
    v: &Vocabulary,
) -> Option<Meeting> {
    const DASHES: [&str; 3] = [" – ", " — ", " - "];
    let end = floor_char_boundary(text, fields_end.min(text.len()));
    let mut at = 0;
    let named = text[..end].split_inclusive('\n').find_map(|line| {
        let start = at;
        at += line.len();
        let raw = line.trim_end();
        let dash = DASHES
            .iter()
            .find_map(|d| raw.find(d).map(|i| (i, d.len())))?;
        let (name, item) = (&raw[..dash.0], &raw[dash.0 + dash.1..]);
        let lead = name.len() - name.trim_start().len();
        let name = name.trim();
        let named = plain(name) == name
            && body_name(name, v) == Some(name)
            && !names_the_organisation(name, v)
            && is_item_line(plain(item).trim());
        named.then(|| (name, Span::new(start + lead, start + lead + name.len())))
    })?;
    Some(Meeting {
        name: named.0.to_string(),
        name_span: named.1,
        date: Some(sheet_date(fields, dates, fields_end, v)?),
    })
}

/// The largest index at most `i` that lies on a character boundary of `text`.
fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
