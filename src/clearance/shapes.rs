//! Word shapes: names, posts, verbs, sentence bounds.

use std::sync::LazyLock;

use crate::parse::vocabulary::Words;

use super::*;

/// "by", "with" or a colon after a verb, and the officer after it.
pub(super) static LINK: LazyLock<Pattern> =
    LazyLock::new(|| fixed(r"^(?i)\s*(?:(?:by|with)\b\s*:?|:)\s*"));

/// "from" after a verb: "Comments from Jo Bloggs, Finance Business
/// Partner, 18 October 2024". Weaker than [`LINK`] ("provided from
/// reserves"): the officer after it must be a person named with a post the
/// pack knows.
pub(super) static FROM: LazyLock<Pattern> = LazyLock::new(|| fixed(r"^(?i)\s*from\b\s*"));

/// The last auxiliary before a verb says whether the clearance happened.
pub(super) static AUX: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)\b(?:has been|have been|had been|was|were|is|are|been|being|will|would|shall|should|must|may|might|can|could|to be|needs? to|yet to)\b",
    )
});

/// A subject that has done the verb: "The Section 151 Officer has been".
pub(super) static DONE: LazyLock<Pattern> =
    LazyLock::new(|| fixed(r"(?i)\s*\b(?:(?:has|have|had)(?:\s+been)?|was|were)\s*$"));

pub(super) static MODAL: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(r"(?i)^(?:will|would|shall|should|must|may|might|can|could|to be|needs? to|yet to)$")
});

pub(super) static NEGATION: LazyLock<Pattern> =
    LazyLock::new(|| fixed(r"(?i)\b(?:not|never|yet)\b"));

/// A finite verb or "that": words of a clause, which no officer's name or
/// post holds outside its brackets.
static CLAUSE_WORD: LazyLock<Pattern> =
    LazyLock::new(|| fixed(r"(?i)(?-u:\b)(?:is|are|was|were|has|have|had|that)(?-u:\b)"));

/// Whether `s`, outside its brackets, holds a clause rather than only an
/// officer: "Director of Finance is satisfied that all risks", not "the
/// Head of Finance (who has read the report)" nor "NAME, Head of Legal".
/// Words ending with "and", "or" or "but" join the verb after them to an
/// earlier subject's ("The budget has been prepared by the Director of
/// Finance under the 2015 Regulations and was checked against …": what was
/// checked is the budget), so they are no officer either.
pub(super) fn is_clause(s: &str) -> bool {
    if s.split_whitespace()
        .next_back()
        .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "and" | "or" | "but"))
    {
        return true;
    }
    let mut depth = 0i32;
    let mut outside = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ if depth <= 0 => outside.push(c),
            _ => outside.push(' '),
        }
    }
    CLAUSE_WORD.is_match(&outside)
}

/// Words before a verb that say the clearance is of the paper.
pub(super) static CUE: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)\b(?:comments?|implications?|report|advice|officers?|clearance|cleared|sign[\s-]?off|signed[\s-]?off)\b",
    )
});

/// Contact details or a date tail after a post: where the post ends.
/// (Digits, word characters and word boundaries in this file's patterns
/// are ASCII where that is all they need: Unicode tables make compiling a
/// pattern several times slower.)
pub(super) static POST_END: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)\s*(?:[,.;:\-–—]\s*)*(?:(?-u:\b)(?:tel|telephone|phone|ext|extension|mobile|mob|email|e-mail|direct line|dated?)(?-u:\b)|\+?[0-9][0-9 ]{4,}[0-9]|(?-u:[\w.+\-]+@[\w.\-]+)|(?-u:\b)[0-9]{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+[0-9]{2,4}(?-u:\b))",
    )
});

/// Contact details: a phone number or email. Not the contact-details
/// rule's `reachable` pattern (in the pack) on purpose: here it only
/// marks where an officer's description ends in a clearance line, so a
/// bare "Tel" or "email" cue counts and an address needs no dot, while
/// the rule needs the number or address itself.
pub(super) static CONTACT: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)(?-u:\b)(?:tel|telephone|phone|ext|extension|mobile)(?-u:\b)|[0-9][0-9 ]{4,}[0-9]|(?-u:[\w.+\-]+@[\w.\-]+)",
    )
});

/// What may stand between a clearance and its date: "Date:", "dated", "on".
pub(super) static DATE_LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)^[\s.,;:)\t\-–—]*(?:(?:date|dated|date cleared|date agreed|date consulted|date signed off)\s*:?\s*|on\s+)?$",
    )
});

/// Trailing words of an officer description that belong to the date
/// ("on", "Date:", "Date consulted:").
pub(super) static WHO_TAIL: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)(?:[\s,;:.\-–—]+|\s+(?:on|dated|date(?:\s+(?:cleared|agreed|consulted|signed(?:\s+off)?))?|in)\s*:?)+$",
    )
});

/// A date label closing an officer's description with a value that is no
/// date the paper reads ("… Group Accountant (Place) Date: tbc", a date in
/// a shape not read): a few words with no colon or comma after "Date:".
/// The officer is named, so the clearance stands, undated.
pub(super) static UNREAD_DATE_TAIL: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)(?:^|[\s,;|])date(?:\s+(?:cleared|agreed|consulted|signed(?:\s+off)?))?\s*:[^:,;]{0,30}$",
    )
});

/// Where the date label of a value that holds no readable date starts in
/// an officer's description `who` (see [`UNREAD_DATE_TAIL`]), if one
/// closes it.
pub(super) fn unread_date_tail(who: &str) -> Option<usize> {
    UNREAD_DATE_TAIL.find(who).map(|m| m.start())
}

/// Whether `s` is a person's name (see [`crate::parse::field::is_name`]):
/// the parser reads names too, in front sheets.
pub(crate) use crate::parse::field::is_name;

/// Offsets of `s` with the date's leading words and punctuation trimmed
/// from its end and white space from its start.
pub(super) fn trim_who(s: &str) -> (usize, usize) {
    let lead = s.len() - s.trim_start().len();
    let mut end = s.len();
    if let Some(m) = WHO_TAIL.find(&s[lead..]) {
        end = lead + m.start();
    }
    (lead, end.max(lead))
}

/// The first comma outside brackets.
pub(super) fn top_level_comma(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth <= 0 => return Some(i),
            _ => {}
        }
    }
    None
}

/// Where an unbalanced `)` closes what came before, if anywhere.
pub(super) fn unbalanced_close(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(i),
            ')' => depth -= 1,
            _ => {}
        }
    }
    None
}

pub(super) use crate::parse::sentence::sentence_bounds;

/// Splits "Louise Barnett, Head of Finance (Place)" into a name and a post;
/// "the Head of Resources" is a post alone. Offsets are within `who`.
#[allow(clippy::type_complexity)]
pub(super) fn split_who(
    who: &str,
    not_names: &Words,
) -> (Option<(usize, usize)>, Option<(usize, usize)>) {
    if let Some((name, post)) = split_opening_name(who, not_names) {
        return (Some(name), post);
    }
    let end = post_len(who);
    // "the Chief Finance Officer, Olusegun Babatunde-Price": the post, then
    // the name after the last comma.
    if let Some(c) = last_top_level_comma(&who[..end]) {
        let tail = &who[c + 1..end];
        let lead = tail.len() - tail.trim_start().len();
        if is_name(tail.trim(), not_names) {
            let post_end = who[..c].trim_end().len();
            let name = (c + 1 + lead, c + 1 + lead + tail.trim().len());
            return (Some(name), (post_end > 0).then_some((0, post_end)));
        }
    }
    (None, (end > 0).then_some((0, end)))
}

/// [`split_who`] where `who` opens with the name ("Louise Barnett, Head
/// of Finance", "Jo Bloggs (Head of Finance)"): the name, which starts at
/// 0, and the post. `None` where no name opens it (a name after the post,
/// or none).
#[allow(clippy::type_complexity)]
pub(super) fn split_opening_name(
    who: &str,
    not_names: &Words,
) -> Option<((usize, usize), Option<(usize, usize)>)> {
    let (name_end, rest_start) = match top_level_comma(who) {
        Some(c) => (c, c + 1),
        None => (who.len(), who.len()),
    };
    let first = who[..name_end].trim_end();
    // "Jo Bloggs (Head of Finance)": a name, then the post in brackets.
    if let Some(open) = first.find('(') {
        let close = first.rfind(')').filter(|&c| c > open);
        if let (true, Some(close)) = (is_name(first[..open].trim_end(), not_names), close) {
            let post = (open + 1, close);
            return Some((
                (0, first[..open].trim_end().len()),
                (close > open + 1).then_some(post),
            ));
        }
    }
    if is_name(first, not_names) {
        let rest = &who[rest_start..];
        let lead = rest.len() - rest.trim_start().len();
        let start = rest_start + lead;
        let end = start + post_len(&who[start..]);
        let post = (end > start).then_some((start, end));
        return Some(((0, first.len()), post));
    }
    None
}

/// "Legal: Nadia Farouk", "Legal Officer: Kemi Adeyemi": a short label
/// before a colon that is not itself a name. Returns the label's length
/// and where the rest starts.
pub(super) fn label_prefix(s: &str, not_names: &Words) -> Option<(usize, usize)> {
    let colon = memchr::memchr(b':', s.as_bytes())?;
    let label = s[..colon].trim();
    if label.is_empty()
        || label.split_whitespace().nth(4).is_some()
        || label.contains(['(', ')', ',', '.'])
        || is_name(label, not_names)
    {
        return None;
    }
    let rest = &s[colon + 1..];
    Some((
        s[..colon].trim_end().len(),
        colon + 1 + rest.len() - rest.trim_start().len(),
    ))
}

/// A longer label that names a post giving a sign-off, before a colon:
/// "Comments of the Clerk and Monitoring Officer: NAME", "Swyddog Adran 151
/// / Section 151 Officer: NAME". The label (up to twelve words, reading as
/// a post, with no brackets, commas or full stops, and not a name) ends in
/// one of the pack's posts, or one side of it split at " / " (a bilingual
/// label) does. Returns, as [`label_prefix`] does, the label's length and
/// where the rest starts.
pub(super) fn post_label_prefix(
    wording: &Wording,
    s: &str,
    not_names: &Words,
) -> Option<(usize, usize)> {
    let colon = memchr::memchr(b':', s.as_bytes())?;
    let label = s[..colon].trim();
    if label.is_empty()
        || label.split_whitespace().nth(12).is_some()
        || label.contains(['(', ')', ',', '.'])
        || is_name(label, not_names)
        || !is_plain_post(label)
        || !label.split(" / ").any(|side| {
            wording.role_of_post_ending(side).is_some()
                || joined_post(side).is_some_and(|p| wording.role_of_post_ending(p).is_some())
        })
    {
        return None;
    }
    let rest = &s[colon + 1..];
    Some((
        s[..colon].trim_end().len(),
        colon + 1 + rest.len() - rest.trim_start().len(),
    ))
}

/// A post whose title goes on with "and" and a capitalised word or two
/// (the other half of a directorate's name), less that tail: "Comments of
/// the Director of Law" for "Comments of the Director of Law and
/// Governance". `None` where no such tail closes `label`.
pub(super) fn joined_post(label: &str) -> Option<&str> {
    /// The most words after "and".
    const MAX_TAIL: usize = 2;
    let at = label.rfind(" and ")?;
    let tail = &label[at + " and ".len()..];
    let words: Vec<&str> = tail.split_whitespace().collect();
    (!words.is_empty()
        && words.len() <= MAX_TAIL
        && words.iter().all(|w| w.starts_with(char::is_uppercase)))
    .then(|| label[..at].trim_end())
}

/// The officers joined by "and" in `who`, each with its sign-off, when
/// every part names a post and they give different sign-offs: "The Chief
/// Financial Officer (Jo Bloggs) and the Monitoring Officer (Sam Smith)".
/// Each as its start and end in `who` (a comma closing it left out) and
/// its sign-off; empty otherwise. An "and" inside a post joins no
/// officers: a part that names no post and opens with a capital
/// ("Governance" in "Director of Law and Governance") ends the part before
/// it, and parts next to each other giving the same sign-off are one
/// officer ("the Head of Legal" / "Democratic Services (Monitoring
/// Officer), NAME"), so "Head of Legal and Democratic Services" alone is
/// one post.
pub(super) fn joint_posts<'w>(wording: &'w Wording, who: &str) -> Vec<(usize, usize, &'w str)> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in who.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ' ' if depth == 0 && who[i..].starts_with(" and ") => {
                parts.push((start, i));
                start = i + " and ".len();
            }
            _ => {}
        }
    }
    parts.push((start, who.len()));
    if parts.len() < 2 {
        return Vec::new();
    }
    let mut out: Vec<(usize, usize, &str)> = Vec::new();
    for (s, e) in parts {
        let part = &who[s..e];
        let lead = part.len() - part.trim_start().len();
        let end = s + part
            .trim_end_matches(|c: char| c == ',' || c.is_whitespace())
            .len();
        let continues = part.trim_start().starts_with(char::is_uppercase)
            && !part.trim_start().starts_with("The ");
        match (wording.role_of_post(part), out.last_mut()) {
            (Some(role), Some(last)) if last.2 == role => last.1 = end,
            (Some(role), _) => out.push((s + lead, end, role)),
            (None, Some(last)) if continues => last.1 = end,
            (None, _) => return Vec::new(),
        }
    }
    if out.len() < 2 {
        return Vec::new();
    }
    out
}

/// The sign-off a label gives: its post ("Legal Officer"), the
/// implications it names ("Finance", "Legal"), or its topic.
pub(super) fn label_role(template: &Template, label: &str) -> Option<String> {
    let wording = &template.clearance;
    if let Some(r) = wording.role_of_post(label) {
        return Some(r.to_string());
    }
    let named = roles_named(template, label);
    if named.len() == 1 {
        return Some(named[0].clone());
    }
    wording.topic_of(label).map(str::to_string)
}

/// The sign-off a label names that is an implication or post, then one of
/// the pack's sign-off headings or verbs ("Finance checked by", "Legal
/// cleared by", "Finance sign-off", "Legal consulted"): the key of a
/// clearance line or the first cell of a clearance row anywhere in the
/// body. `None` for a label naming no sign-off ("Approved by", "Cabinet
/// Member consulted") or one that is not such a label.
pub(super) fn sign_off_label_role(template: &Template, label: &str) -> Option<String> {
    /// The most words naming the implications or post.
    const MAX_WORDS: usize = 4;
    let wording = &template.clearance;
    let key = normalise(label);
    let head = wording
        .headings
        .iter()
        .find_map(|h| key.strip_suffix(h.as_str())?.strip_suffix(' '))
        .or_else(|| {
            let verbs = wording.verbs.as_ref()?;
            let m = verbs
                .find_iter(&key)
                .find(|m| matches!(&key[m.end()..], "" | " by"))?;
            key[..m.start()].strip_suffix(' ')
        })?
        .trim();
    if head.is_empty() || head.split(' ').nth(MAX_WORDS).is_some() {
        return None;
    }
    if let Some(r) = wording.role_of_post(head) {
        return Some(r.to_string());
    }
    let named = roles_named(template, head);
    (named.len() == 1).then(|| named[0].clone())
}

/// The sign-off a row's label asks about by naming, after one of the
/// pack's sign-off headings that ends in "by", the post that gives it:
/// "Is it also signed off by the Service Director for Finance?", "Cleared
/// by the Monitoring Officer". The post is one the pack lists, or an
/// officer "for" or "of" words whose first names one sign-off's
/// implications ("Service Director for Legal Governance and
/// Commissioning" → legal). The label of a front sheet's sign-off row,
/// whose answer names the officer and the date. `None` for a post that
/// gives no sign-off ("Date signed off by Strategic Director & name") or
/// a label with no such heading.
pub(super) fn signed_off_by_role(template: &Template, label: &str) -> Option<String> {
    /// The most words of the post.
    const MAX_WORDS: usize = 8;
    let wording = &template.clearance;
    let key = normalise(label);
    let key = key.trim_end_matches('?').trim_end();
    // (Every heading asked for ends in " by": a label without it, most
    // rows' first cells, is refused by one byte search, not a substring
    // search per heading.)
    memchr::memmem::find(key.as_bytes(), b" by")?;
    let post = wording
        .headings
        .iter()
        .filter(|h| h.ends_with(" by"))
        .find_map(|h| {
            let at = key.find(h.as_str())?;
            (at == 0 || key.as_bytes()[at - 1] == b' ')
                .then(|| key[at + h.len()..].strip_prefix(' '))
                .flatten()
        })?;
    let post = post.strip_prefix("the ").unwrap_or(post).trim();
    if post.is_empty() || post.split(' ').nth(MAX_WORDS).is_some() {
        return None;
    }
    if let Some(r) = wording.role_of_post(post) {
        return Some(r.to_string());
    }
    let (_, after) = post
        .split_once(" for ")
        .or_else(|| post.split_once(" of "))?;
    let first = after.split(' ').next()?;
    let named = roles_named(template, first);
    (named.len() == 1).then(|| named[0].clone())
}

/// "Head of Finance –", "Jo Bloggs, Monitoring Officer:": a subject that is
/// only an officer, before a dash or colon and the verb. Returns the
/// officer's start and end within `subject`.
pub(super) fn officer_label(
    wording: &Wording,
    not_names: &Words,
    subject: &str,
) -> Option<(usize, usize)> {
    let head = subject
        .trim_end()
        .strip_suffix(['–', '—', '-', ':'])?
        .trim_end();
    let from = head.len() - head.trim_start().len();
    let who = &head[from..];
    if who.is_empty() || who.split_whitespace().count() > 12 {
        return None;
    }
    let (officer, post) = split_who(who, not_names);
    let whole = |r: Option<(usize, usize)>| r.is_some_and(|(s, e)| s == 0 || e == who.len());
    let post_role = post.and_then(|(s, e)| wording.role_of_post(&who[s..e]));
    let plain = post.is_some_and(|(s, e)| is_plain_post(&who[s..e]));
    (post_role.is_some() && plain && (whole(post) || whole(officer))).then_some((from, head.len()))
}

/// Whether `post` reads as a post and not as prose: its words are
/// capitalised, figures, or the small words of a title ("Head of Legal and
/// Democratic Services", "the Chief Finance Officer").
pub(super) fn is_plain_post(post: &str) -> bool {
    // English function words (grammar): they stay here.
    const SMALL: &[&str] = &[
        "of", "and", "the", "for", "to", "in", "&", "at", "on", "with",
    ];
    post.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | '/' | '–' | '—'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            // (A section's number is no word of prose: "Deputy s151
            // Officer".)
            let first = w.chars().next().unwrap_or(' ');
            !first.is_lowercase() || SMALL.contains(&w) || w.bytes().any(|b| b.is_ascii_digit())
        })
}

/// Whether `post` is only a post, not a post in prose: [`is_plain_post`]
/// once the pack's posts in it are set aside ("the Head of Finance",
/// "legal services", "the Council's Monitoring Officer"; not "legal
/// services using the NEC4 form").
pub(super) fn is_post_only(wording: &Wording, post: &str) -> bool {
    if is_plain_post(post) {
        return true;
    }
    let mut rest = post.to_string();
    for r in &wording.roles {
        if let Some(posts) = &r.posts {
            for m in posts.find_iter(post) {
                // (Same length, so later matches keep their offsets.)
                rest.replace_range(m.range(), &"X".repeat(m.len()));
            }
        }
    }
    rest != post && is_plain_post(&rest)
}

/// The last comma outside brackets.
pub(super) fn last_top_level_comma(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut last = None;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth <= 0 => last = Some(i),
            _ => {}
        }
    }
    last
}

/// The length of a post before any contact details or date that follow it.
pub(super) fn post_len(s: &str) -> usize {
    let end = POST_END.find(s).map_or(s.len(), |m| m.start());
    s[..end]
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '.')
        })
        .len()
}

/// A bracket's words that open with a post and then name its holder:
/// "Comments of the Chief Finance Officer, Jasminder Tolliver" (the date
/// already cut off). The first comma-piece reads as a post (capitalised
/// words and the small words of a title, twelve at most) holding one of
/// the pack's posts; the next piece is a person's name, and anything after
/// it is another comma-piece. Returns the post (from where the pack's post
/// starts, so "Comments of the" is left out), the name, both as offsets
/// in `inner`, and the sign-off the post gives.
#[allow(clippy::type_complexity)]
pub(super) fn post_then_name<'w>(
    wording: &'w Wording,
    not_names: &Words,
    inner: &str,
) -> Option<((usize, usize), (usize, usize), &'w str)> {
    let comma = top_level_comma(inner)?;
    let head = inner[..comma].trim_end();
    if head.split_whitespace().nth(12).is_some() || head.contains('.') || !is_plain_post(head) {
        return None;
    }
    let (at, role) = earliest(&wording.roles, head, |r| r.posts.as_ref())?;
    let rest = &inner[comma + 1..];
    let piece = &rest[..top_level_comma(rest).unwrap_or(rest.len())];
    let name = piece.trim();
    if !is_name(name, not_names) {
        return None;
    }
    let start = comma + 1 + (piece.len() - piece.trim_start().len());
    Some(((at, head.len()), (start, start + name.len()), role))
}

/// The most words of a verdict after its verb, before the dash and the
/// officer: "seen, no comments".
const MAX_VERDICT_TAIL: usize = 3;

/// The most words before a verdict's verb: "Financial implications".
const MAX_VERDICT_LEAD: usize = 4;

/// Where the officer starts after the verb of a verdict that a dash closes
/// ("Approved -- NAME, POST -- DATE", "seen, no comments -- NAME, POST,
/// DATE", "agreed – NAME, POST, DATE"), in `rest`, the text after the
/// verb: the verdict goes on for at most three words (letters and commas:
/// no figures, no denial), then a spaced dash (`--`, an en or em dash, a
/// hyphen). The offset in `rest` past the dash and the space after it;
/// `None` where no such dash closes the verdict.
pub(super) fn verdict_dash_end(rest: &str) -> Option<usize> {
    let (at, len) = [" -- ", " – ", " — ", " - "]
        .iter()
        .filter_map(|d| rest.find(d).map(|i| (i, d.len())))
        .min()?;
    let tail = &rest[..at];
    if tail.split_whitespace().nth(MAX_VERDICT_TAIL).is_some()
        || NEGATION.is_match(tail)
        || !tail
            .chars()
            .all(|c| c.is_alphabetic() || c == ',' || c.is_whitespace())
    {
        return None;
    }
    let after = &rest[at + len..];
    Some(at + len + (after.len() - after.trim_start().len()))
}

/// Whether the words before a verdict's verb (see [`verdict_dash_end`])
/// say which sign-off it gives, or there are none: "Finance:", "Legal
/// implications", "". A label or the implications, four words at most,
/// with no figures, commas or brackets and no clause ("The budget was").
pub(super) fn verdict_subject(template: &Template, subject: &str) -> bool {
    let lead = subject.trim();
    let lead = lead.strip_suffix(':').unwrap_or(lead).trim_end();
    if lead.is_empty() {
        return true;
    }
    !lead.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | '(' | ')' | ':' | ';'))
        && lead.split_whitespace().nth(MAX_VERDICT_LEAD).is_none()
        && !is_clause(lead)
        && !AUX.is_match(lead)
        && label_role(template, lead).is_some()
}
