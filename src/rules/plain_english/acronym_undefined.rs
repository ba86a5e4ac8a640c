//! # acronym-undefined
//!
//! ## What it checks
//! An acronym — two or more capitals, perhaps with digits or a plural `s`
//! (`ICB`, `S106` is not one, `CCGs` is) — used in the paper's prose before
//! it is spelt out. An acronym is spelt out as `Full Name (ACR)` or `ACR
//! (Full Name)`, where the initials of the words plausibly make the
//! acronym (small words such as "and", "of" and "the" may be skipped, and
//! a word may give more than its first letter: "Her Majesty's Revenue and
//! Customs (HMRC)"). Also spelt out: a name in quotes, or its title before
//! a subtitle (`“Securing Our Future – Budget Recovery Strategy” (SOF)`);
//! two acronyms after one name (`Wexcombe County Council Integrated Care
//! Strategy (WCC ICS)`); the acronym with the name's last word or two
//! again (`Freedom of Information Act 2000 (FOI Act)`, `Greater London
//! Authority Act 1999 (the GLA Act)`); a name followed by one of the pack's `naming`
//! phrases (`the Public Sector Equality Duty, known as the PSED`); a
//! glossary line (`ICB – Integrated Care Board`, `ICB: Integrated Care
//! Board`); and a glossary table (a row with the acronym in one cell and
//! its words in the next). A glossary table, or two or more glossary
//! lines, count for the whole paper.
//! A spelling-out anywhere counts — a heading, a table, a footnote — but
//! only for what comes after it: "the ICB … the Integrated Care Board
//! (ICB)" is reported at the first "ICB". Each acronym is reported once
//! per paper, at its first use.
//!
//! Not prose, so never reported: header fields, tables, headings,
//! template leftovers in brackets (see `paperlint explain sentence-length`
//! for what prose is). Not acronyms: the pack's `known` list (acronyms
//! every reader knows, and words councils write in capitals), words of
//! the template's own field and section names, roman numerals (`PART
//! II`), a run of words in capitals (shouting, not acronyms), a verb in
//! capitals before "the" or "that" ("NOTE the forecast"), codes — a word
//! in capitals that ends in digits or is followed by a number (`CSW17`,
//! `DM 3`, `KD 2024/011`, `IFRS 9`) — postcodes (`LE1 6ZG`), grid
//! references (`TQ 123 456`), web addresses (`GOV.UK`), references with
//! slashes (`P/21/0418/FUL`), codes of capitals and figures joined by
//! hyphens (drawing `2207-PL-104`), the verbs a recommendation opens
//! with, which a planning report often sets in capitals ("GRANT planning
//! permission", "REFUSE": the vocabulary's `decision-verbs`) and words
//! longer than `max-letters`.
//!
//! ## Why it matters
//! Committee reports are public and are read by councillors and residents
//! who do not share the officers' shorthand. Every council's report-writing
//! guide asks for an acronym to be written in full the first time.
//!
//! ## Configuration
//! - `known` (list): acronyms every reader knows (`UK`, `NHS`, `VAT`) and
//!   words written in capitals that are not acronyms (`NOTE`).
//! - `also-known` (list, default empty): more of them, added by a council
//!   without repeating the pack's list.
//! - `max-letters` (default 6): longer words in capitals are not taken
//!   for acronyms.
//! - `naming` (list): phrases that give a name its acronym after it
//!   (`known as`, `referred to as`).
//!
//! ```toml
//! [rules.acronym-undefined]
//! also-known = ["WCC"]
//! ```
//!
//! ## Example
//! ```text
//! 3.1 The DASS has reviewed the plan.
//! ```
//! is reported as "'DASS' is used here but never spelt out; write it in
//! full the first time it is used, followed by '(DASS)'".

use std::collections::{HashMap, HashSet};

use super::prose::{capital_pair, case_counts, words_of};
use crate::document::Span;
use crate::rules::{compile, Configure, Context, Finding, Kind, ParamError, Rule};
use crate::swar::{capital_lanes, lanes_between};
use crate::template::Template;

/// Sets and maps of acronyms, hashed with foldhash: much cheaper than
/// SipHash on short keys, and every use is a look-up, never a walk in
/// hash order.
type Set<T> = HashSet<T, foldhash::fast::RandomState>;
type Map<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

pub(crate) static KIND: Kind = Kind {
    name: "acronym-undefined",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("acronym_undefined.rs"),
    compile: compile::<AcronymUndefined>,
};

#[derive(serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    known: Vec<String>,
    also_known: Vec<String>,
    max_letters: usize,
    naming: Vec<String>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            known: Vec::new(),
            also_known: Vec::new(),
            max_letters: 6,
            naming: Vec::new(),
        }
    }
}

struct AcronymUndefined {
    /// Upper-case words never taken for acronyms.
    exempt: Set<String>,
    max_letters: usize,
    /// Phrases that give a name its acronym ("known as").
    naming: Naming,
}

/// The phrases that give a name its acronym ("known as"), each as written
/// in lower case and with a capital first letter ("Known as"): all found
/// by one search over the text.
struct Naming {
    /// Each phrase's two forms, in the pack's order.
    forms: Vec<String>,
    /// All the forms, leftmost first (`None`: there are none).
    search: Option<aho_corasick::AhoCorasick>,
}

impl Naming {
    fn new(phrases: Vec<String>) -> Result<Naming, ParamError> {
        let forms: Vec<String> = phrases
            .into_iter()
            .flat_map(|lower| {
                let mut chars = lower.chars();
                let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
                let capital = first.unwrap_or_default() + chars.as_str();
                [lower, capital]
            })
            .collect();
        let search = (!forms.is_empty())
            .then(|| {
                aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                    .build(&forms)
            })
            .transpose()
            .map_err(|e| ParamError::at("naming", e.to_string()))?;
        Ok(Naming { forms, search })
    }

    /// Where each form is found in `text`: in order, each clear of the
    /// last (as a search for that form alone finds them).
    ///
    /// A leftmost search reports matches that do not overlap; every
    /// occurrence of a form starts inside one of them (one that started
    /// between two would have been reported), so the forms are tried at
    /// each byte of each match.
    fn find(&self, text: &[u8]) -> Vec<Vec<usize>> {
        let mut found = vec![Vec::new(); self.forms.len()];
        let mut clear = vec![0; self.forms.len()];
        for m in self.search.iter().flat_map(|s| s.find_iter(text)) {
            for at in m.start()..m.end() {
                for (k, form) in self.forms.iter().enumerate() {
                    if at >= clear[k] && text[at..].starts_with(form.as_bytes()) {
                        found[k].push(at);
                        clear[k] = at + form.len();
                    }
                }
            }
        }
        found
    }
}

impl Configure for AcronymUndefined {
    type Params = Params;

    fn configure(p: Params, template: &Template) -> Result<Self, ParamError> {
        if p.max_letters < 2 {
            return Err(ParamError::at(
                "max-letters",
                "`max-letters` must be at least 2",
            ));
        }
        let mut exempt: Set<String> = p
            .known
            .iter()
            .chain(&p.also_known)
            .map(|w| w.trim().to_uppercase())
            .collect();
        // The verbs a recommendation opens with, which a planning report's
        // recommendation often sets in capitals ("GRANT planning
        // permission", "REFUSE"): the vocabulary's `decision-verbs`.
        exempt.extend(
            template
                .vocabulary
                .decision_verbs
                .iter()
                .map(str::to_uppercase),
        );
        // The template's own labels: "FP reference", "EIA".
        let names = template
            .fields
            .iter()
            .flat_map(|f| std::iter::once(&f.name).chain(&f.aliases))
            .chain(
                template
                    .sections
                    .iter()
                    .flat_map(|s| std::iter::once(&s.name).chain(&s.titles)),
            );
        for name in names {
            for w in name.split(|c: char| !c.is_alphanumeric()) {
                if (2..=p.max_letters).contains(&w.len()) {
                    exempt.insert(w.to_uppercase());
                }
            }
        }
        let naming = p
            .naming
            .iter()
            .map(|phrase| phrase.trim().to_lowercase())
            .filter(|phrase| !phrase.is_empty())
            .collect();
        let naming = Naming::new(naming)?;
        Ok(AcronymUndefined {
            exempt,
            max_letters: p.max_letters,
            naming,
        })
    }
}

/// Small words a spelt-out name may skip: "Department *for* Education".
/// English grammar, not a council's words: stays in Rust (CONTRIBUTING, "Words").
const SKIPPABLE: &[&str] = &[
    "and", "of", "the", "for", "in", "on", "to", "with", "at", "by", "a", "an", "&",
];

/// `word` as an acronym, without a plural `s`: `ICBs` → `ICB`. Two or
/// more capitals, digits allowed, nothing in lower case but a final `s`.
fn acronym_key(word: &str) -> Option<&str> {
    let core = word.strip_suffix('s').unwrap_or(word);
    let b = core.as_bytes();
    let capitals = b.iter().filter(|c| c.is_ascii_uppercase()).count();
    (capitals >= 2
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
    .then_some(core)
}

/// Whether `words`, all of them, spell out `letters` (lower case): each
/// word gives the next letter by its initial, perhaps more letters from
/// inside it, or is a small word skipped. Once the letters are spelt, a
/// place the name is of may follow, which the initials leave out ("Youth
/// Justice Board for England and Wales (YJB)"): see [`place_after`].
fn spells(letters: &[u8], words: &[&str]) -> bool {
    if letters.is_empty() && place_after(words) {
        return true;
    }
    let Some((word, rest)) = words.split_first() else {
        return letters.is_empty();
    };
    let lower = word.to_ascii_lowercase();
    let w = lower.as_bytes();
    let skippable = SKIPPABLE.contains(&lower.as_str()) || w.iter().all(u8::is_ascii_digit);
    if skippable && spells(letters, rest) {
        return true;
    }
    if letters.is_empty() || w.first() != Some(&letters[0]) {
        return false;
    }
    let (mut k, mut pos) = (1, 1);
    loop {
        if spells(&letters[k..], rest) {
            return true;
        }
        if k >= letters.len() {
            return false;
        }
        match w
            .get(pos..)
            .and_then(|t| t.iter().position(|&c| c == letters[k]))
        {
            Some(j) => {
                pos += j + 1;
                k += 1;
            }
            None => return false,
        }
    }
}

/// The most words of a place after a spelt-out name ([`place_after`]).
const MAX_PLACE_WORDS: usize = 5;

/// Whether `words` are the place a name is of, after its spelt-out
/// words: "for", "of" or "in", then capitalised words, perhaps joined by
/// small words ("for England and Wales", "in the North East"), at most
/// [`MAX_PLACE_WORDS`] in all.
fn place_after(words: &[&str]) -> bool {
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    words.len() <= MAX_PLACE_WORDS
        && matches!(first.to_ascii_lowercase().as_str(), "for" | "of" | "in")
        && rest
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && rest
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "the" | "of"))
}

/// The letters of an acronym, lower case, digits dropped.
fn letters_of(acronym: &str) -> Vec<u8> {
    acronym
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|b| b.to_ascii_lowercase())
        .collect()
}

/// The words of a name: split at spaces and hyphens, punctuation trimmed.
fn name_words(s: &str) -> Vec<&str> {
    name_words_in(s).collect()
}

/// [`name_words`], one by one: the first can be read without the rest.
fn name_words_in(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&'))
        .map(|w| w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w))
        .filter(|w| !w.is_empty())
}

/// Where the last word of `s` starts: after its last white space.
fn after_last_space(s: &str) -> usize {
    s.char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The name spelt out just before an opening bracket, if its last words
/// spell `letters`: where it starts in `before`.
fn name_before(before: &str, letters: &[u8]) -> Option<usize> {
    // The words after the last clause break, at most 3 per letter.
    let mut starts: Vec<usize> = Vec::new();
    let mut end = before.len();
    let limit = letters.len() * 3 + 2;
    while starts.len() < limit {
        let head = before[..end].trim_end();
        if head.is_empty() {
            break;
        }
        let start = after_last_space(head);
        let word = &head[start..];
        if !starts.is_empty() && word.ends_with(['.', ';', ':', ')']) {
            break;
        }
        starts.push(start);
        end = start;
    }
    // The longest run of last words that spells it, starting with a word
    // that gives the first letter (read first: the whole run is split
    // into words only for a start that passes).
    starts.iter().rev().copied().find(|&s| {
        name_words_in(&before[s..]).next().is_some_and(|w| {
            !SKIPPABLE.contains(&w.to_ascii_lowercase().as_str())
                && w.as_bytes()[0].to_ascii_lowercase() == letters[0]
        }) && spells(letters, &name_words(&before[s..]))
    })
}

/// A spelling-out: where it is, and the name as written.
#[derive(Clone)]
struct Definition {
    /// From where it counts.
    at: usize,
    span: Span,
}

/// The name in quotes that ends `before`, if its words, or those of its
/// title before a subtitle ("Securing Our Future – Budget Recovery
/// Strategy"), spell `letters`: where its opening quote is in `before`.
fn quoted_name_before(before: &str, letters: &[u8]) -> Option<usize> {
    let head = before.trim_end();
    let (opening, body_end) = if let Some(h) = head.strip_suffix('”') {
        ('“', h.len())
    } else if let Some(h) = head.strip_suffix('"') {
        ('"', h.len())
    } else {
        return None;
    };
    let open = head[..body_end].rfind(opening)?;
    let quoted = &head[open + opening.len_utf8()..body_end];
    let title = [" – ", " — ", " - ", ": "]
        .iter()
        .filter_map(|dash| quoted.find(dash).map(|i| &quoted[..i]))
        .min_by_key(|t| t.len());
    [Some(quoted), title]
        .into_iter()
        .flatten()
        .find_map(|name| {
            let words = name_words(name);
            let first = words.first()?.as_bytes()[0].to_ascii_lowercase();
            (first == letters[0] && spells(letters, &words)).then_some(open)
        })
}

/// The acronyms that open a bracket ("ICB", "WCC ICS", "FOI" of "FOI
/// Act"), their letters run together, and the words after them. `None`
/// where the bracket opens with no capital (most do: nothing is read).
fn leading_acronyms(content: &str) -> Option<(Vec<&str>, Vec<u8>, Vec<&str>)> {
    if !content
        .trim_start()
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_uppercase)
    {
        return None;
    }
    let words: Vec<&str> = content.split_whitespace().collect();
    let keys: Vec<&str> = words.iter().map_while(|w| acronym_key(w)).collect();
    let letters: Vec<u8> = keys.iter().flat_map(|k| letters_of(k)).collect();
    let tail = words[keys.len()..].to_vec();
    Some((keys, letters, tail))
}

/// The acronyms of a bracket that holds only acronyms ("ICB", "WCC ICS"),
/// and their letters run together.
fn acronyms_in(content: &str) -> Option<(Vec<&str>, Vec<u8>)> {
    let (keys, letters, tail) = leading_acronyms(content)?;
    // "()" holds none; "(2025)" is no acronym.
    (tail.is_empty() && !letters.is_empty()).then_some((keys, letters))
}

/// The most words after the acronyms in a bracket that repeat the end of
/// the name ("(FOI Act)", "(the LGA Act)", "(LSCB Annual Report)").
const TAIL_WORDS: usize = 2;

/// A bracket that holds acronyms and then a word or two of the name
/// again ("FOI Act" after "Freedom of Information Act 2000", "GLA Act"
/// after "Greater London Authority Act 1999"): the acronyms, their letters
/// run together, and the words after them. `None` where no acronym opens
/// it, or what follows is no capitalised word.
fn acronyms_with_tail(content: &str) -> Option<(Vec<&str>, Vec<u8>, Vec<&str>)> {
    let (keys, letters, tail) = leading_acronyms(content)?;
    if keys.is_empty() || tail.is_empty() || tail.len() > TAIL_WORDS {
        return None;
    }
    let capitalised = |w: &&str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    };
    tail.iter()
        .all(capitalised)
        .then_some((keys, letters, tail))
}

/// `before` less its last words where they are `tail` (in any case),
/// after perhaps a year or number that closes the name ("Freedom of
/// Information Act 2000" less "Act": "Freedom of Information"). `None`
/// where `before` does not end so.
fn name_less_tail<'b>(before: &'b str, tail: &[&str]) -> Option<&'b str> {
    let mut head = before.trim_end();
    let start = after_last_space(head);
    if head[start..].bytes().all(|b| b.is_ascii_digit()) && start < head.len() {
        head = head[..start].trim_end();
    }
    for word in tail.iter().rev() {
        let start = after_last_space(head);
        if !head[start..].eq_ignore_ascii_case(word) {
            return None;
        }
        head = head[..start].trim_end();
    }
    (!head.is_empty()).then_some(head)
}

/// Where a word starts and ends in `text`, from `at` past spaces and an
/// opening quote: the next word, trimmed of punctuation.
fn next_word(text: &str, at: usize) -> (usize, &str) {
    let rest = &text[at..];
    let trimmed =
        rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\''));
    let start = at + rest.len() - trimmed.len();
    let word = trimmed
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    (start, word)
}

/// A glossary line, "ICB – Integrated Care Board" or "ICB: Integrated
/// Care Board", perhaps bulleted or in bold: the acronym.
fn glossary_line(line: &str) -> Option<&str> {
    let body = trim_bullets(line);
    // Most lines do not open with two capitals: no acronym, nothing to read.
    let b = body.as_bytes();
    if b.len() < 4
        || !b[0].is_ascii_uppercase()
        || !(b[1].is_ascii_uppercase() || b[1].is_ascii_digit())
    {
        return None;
    }
    let end = body.find(|c: char| !c.is_ascii_alphanumeric())?;
    let key = acronym_key(&body[..end])?;
    let rest = trim_prefix(&body[end..], "**");
    let name = [" – ", " — ", " - ", ": ", ":\t", "\t", " = "]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?;
    let words = name_words(name);
    (words.len() >= 2 && spells(&letters_of(key), &words)).then_some(key)
}

/// `line` less what opens a glossary line before its acronym, read as
/// bytes: spaces, tabs, `-`, `*`, `•` and `·`, in any number and order
/// (what `trim_start_matches` of those characters gives).
fn trim_bullets(line: &str) -> &str {
    let b = line.as_bytes();
    let mut at = 0;
    loop {
        at += match b[at..] {
            [b' ' | b'\t' | b'-' | b'*', ..] => 1,
            // U+2022 BULLET, U+00B7 MIDDLE DOT.
            [0xE2, 0x80, 0xA2, ..] => 3,
            [0xC2, 0xB7, ..] => 2,
            _ => return &line[at..],
        };
    }
}

/// Whether a line may be a [`glossary_line`]: it opens with a capital
/// then a capital or a digit, four bytes or more (a line that opens with
/// a capital is its own body, which must open with an acronym), or with
/// what that skips before one (a space, a tab, a bullet).
fn may_be_glossary_line(line: &[u8]) -> bool {
    match line {
        [a, b, _, _, ..] if a.is_ascii_uppercase() => b.is_ascii_uppercase() || b.is_ascii_digit(),
        [a, ..] => matches!(a, b' ' | b'\t' | b'-' | b'*' | 0xC2 | 0xE2),
        [] => false,
    }
}

/// `s` less any number of `prefix` (not empty) at its start: what
/// `trim_start_matches` gives, without building a substring searcher.
fn trim_prefix<'a>(mut s: &'a str, prefix: &str) -> &'a str {
    while let Some(rest) = s.strip_prefix(prefix) {
        s = rest;
    }
    s
}

/// Every spelling-out in the paper, by acronym: the earliest.
fn definitions(cx: &Context<'_>) -> Map<String, Definition> {
    let text = cx.text;
    let mut found: Map<String, Definition> = Map::default();
    let mut add = |key: &str, def: Definition| {
        let entry = found.entry(key.to_string()).or_insert(def.clone());
        if def.at < entry.at {
            *entry = def;
        }
    };
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let rest = &text[open + 1..];
        let Some(close) = rest.as_bytes().iter().take(160).position(|&c| c == b')') else {
            continue;
        };
        let inside = &rest[..close];
        if inside.contains('(') {
            continue;
        }
        let content = trim_prefix(inside.trim(), "the ")
            .trim_matches(|c: char| matches!(c, '"' | '\'' | '*' | '_' | '“' | '”' | '‘' | '’'));
        let mut from = open.saturating_sub(300);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..open];
        // Full Name (ACR), or one name for two acronyms (ABC ICS); Full
        // Name Act 2000 (FN Act): the acronym and the name's last word or
        // two again (the name less them is a prefix of `before`).
        let defined = if let Some((keys, letters)) = acronyms_in(content) {
            let named =
                name_before(before, &letters).or_else(|| quoted_name_before(before, &letters));
            Some((keys, named))
        } else if let Some((keys, letters, tail)) = acronyms_with_tail(content) {
            let named = name_less_tail(before, &tail).and_then(|n| name_before(n, &letters));
            Some((keys, named))
        } else {
            None
        };
        if let Some((keys, named)) = defined {
            if let Some(s) = named {
                let start = open - before.len() + s;
                for key in keys {
                    add(
                        key,
                        Definition {
                            at: start,
                            span: Span::new(start, open + 1 + close + 1),
                        },
                    );
                }
            }
            continue;
        }
        // ACR (Full Name)
        let head = before.trim_end();
        // An acronym ends in a capital, a digit or a plural `s`: a word
        // that ends otherwise is no acronym ([`acronym_key`]) and is not
        // read further, which is most words before a bracket.
        let last = head.as_bytes().last();
        if !last.is_some_and(|&c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b's') {
            continue;
        }
        let word_start = after_last_space(head);
        let word = head[word_start..].trim_start_matches(|c: char| !c.is_alphanumeric());
        if let Some(key) = acronym_key(word) {
            let words = name_words(inside);
            if words.len() >= 2 && spells(&letters_of(key), &words) {
                let start = open - before.len() + head.len() - word.len();
                add(
                    key,
                    Definition {
                        at: start,
                        span: Span::new(start, open + 1 + close + 1),
                    },
                );
            }
        }
    }
    // A glossary table: "ICB | Integrated Care Board" counts everywhere.
    for table in &cx.doc.tables {
        for row in &table.rows {
            for pair in row.cells.windows(2) {
                let Some(key) = acronym_key(pair[0].text.trim()) else {
                    continue;
                };
                let words = name_words(&pair[1].text);
                if words.len() >= 2 && spells(&letters_of(key), &words) {
                    add(
                        key,
                        Definition {
                            at: 0,
                            span: row.span,
                        },
                    );
                }
            }
        }
    }
    found
}

/// The spellings-out that need a scan of the whole text, read only for an
/// acronym that no bracket or table spells out before its first use: a
/// name followed by one of the `naming` phrases ("…, known as the PSED"),
/// and glossary lines (read at the `line_starts` the parse found).
fn named_definitions(
    text: &str,
    line_starts: &[usize],
    naming: &Naming,
) -> Map<String, Definition> {
    let mut found: Map<String, Definition> = Map::default();
    let mut add = |key: &str, def: Definition| {
        let entry = found.entry(key.to_string()).or_insert(def.clone());
        if def.at < entry.at {
            *entry = def;
        }
    };
    // Full Name, known as the ACR: the pack's naming phrases.
    let named = naming
        .find(text.as_bytes())
        .into_iter()
        .zip(&naming.forms)
        .flat_map(|(found, form)| found.into_iter().map(|at| (at, at + form.len())));
    for (at, after) in named {
        // A whole phrase: "known as", not "unknown as".
        if text[..at].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let (mut start, mut word) = next_word(text, after);
        if word.eq_ignore_ascii_case("the") {
            (start, word) = next_word(text, start + word.len());
        }
        let Some(key) = acronym_key(word) else {
            continue;
        };
        let before =
            text[..at].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '('));
        let mut from = before.len().saturating_sub(300);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        if let Some(s) = name_before(&text[from..before.len()], &letters_of(key)) {
            add(
                key,
                Definition {
                    at: from + s,
                    span: Span::new(from + s, start + word.len()),
                },
            );
        }
    }
    // Glossary lines: two or more count everywhere, as a table does; one
    // counts from where it is.
    // Each line with its line break, the last to the end of the text.
    let mut lines = Vec::new();
    let ends = line_starts.iter().skip(1).copied().chain([text.len()]);
    for (line_start, line_end) in line_starts.iter().copied().zip(ends) {
        if !may_be_glossary_line(&text.as_bytes()[line_start..line_end]) {
            continue;
        }
        let line = &text[line_start..line_end];
        if let Some(key) = glossary_line(line) {
            lines.push((
                key,
                Span::new(line_start, line_start + line.trim_end().len()),
            ));
        }
    }
    let everywhere = lines.len() >= 2;
    for (key, span) in lines {
        let at = if everywhere { 0 } else { span.start };
        add(key, Definition { at, span });
    }
    found
}

/// Whether `token` is a code of capitals and figures joined by hyphens,
/// as a drawing's or a document's number is (`2207-PL-104`, `PL-104`,
/// `A1-GA-03`): two parts or more, none in lower case, one with a figure.
/// Its letters name no body and are no acronym.
fn is_hyphenated_code(token: &str) -> bool {
    let code = token.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    if !code.contains('-') {
        return false;
    }
    let mut parts = 0;
    let mut figures = false;
    for part in code.split('-') {
        if part.is_empty()
            || !part
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            return false;
        }
        parts += 1;
        figures |= part.bytes().any(|b| b.is_ascii_digit());
    }
    parts >= 2 && figures
}

/// Whether `w` is a roman numeral of the kind that numbers parts: I, V, X.
fn is_roman(w: &str) -> bool {
    w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Whether `w` is a word in capitals (two or more letters, none lower case).
fn in_capitals(w: &str) -> bool {
    w.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && !w.bytes().any(|b| b.is_ascii_lowercase())
}

/// Words after which a word in capitals is a verb: "NOTE the forecast".
/// English grammar, not a council's words: stays in Rust (CONTRIBUTING, "Words").
const AFTER_VERB: &[&str] = &[
    "the", "that", "to", "a", "an", "all", "any", "and", "this", "these",
];

/// Where the next ASCII capital followed by a capital or a digit is in
/// `b`, from `from`: where an acronym may start (its core is two or more
/// characters, a capital first and no lower case). Read eight bytes at a
/// time: the pairs that start in the first seven, so that the next eight,
/// seven bytes on, hold the pair that starts in the eighth.
fn next_acronym_start(b: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(c) = b.get(at..at + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(c);
        let x = u64::from_le_bytes(eight);
        let capitals = capital_lanes(x);
        let pairs = capitals & ((capitals | lanes_between(x, b'0', b'9')) >> 8);
        if pairs != 0 {
            return Some(at + pairs.trailing_zeros() as usize / 8);
        }
        at += 7;
    }
    let rest = b.get(at..)?;
    rest.windows(2)
        .position(|w| {
            w[0].is_ascii_uppercase() && (w[1].is_ascii_uppercase() || w[1].is_ascii_digit())
        })
        .map(|j| at + j)
}

/// The whitespace token of `body` before byte `start` (a token's start),
/// as `split_ascii_whitespace` gives it.
fn token_before(body: &str, start: usize) -> Option<&str> {
    let end = body.as_bytes()[..start]
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())?
        + 1;
    let from = body.as_bytes()[..end]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |j| j + 1);
    Some(&body[from..end])
}

/// The whitespace token of `body` after byte `end` (a token's end).
fn token_after(body: &str, end: usize) -> Option<&str> {
    let b = body.as_bytes();
    let from = end + b[end..].iter().position(|b| !b.is_ascii_whitespace())?;
    let to = b[from..]
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(b.len(), |j| from + j);
    Some(&body[from..to])
}

impl AcronymUndefined {
    /// Whether `key`, in `token` (a whitespace token of a paragraph, after
    /// the token `prev` and before `next`), is an acronym in use.
    fn is_use(&self, token: &str, prev: Option<&str>, next: Option<&str>, key: &str) -> bool {
        let letters = key.bytes().filter(u8::is_ascii_alphabetic).count();
        if letters > self.max_letters || is_roman(key) || self.exempt.contains(key) {
            return false;
        }
        // Web and email addresses, and references such as "P/21/0418/FUL".
        let address = token.contains('@')
            || token.contains("://")
            || token.contains("www.")
            || token
                .as_bytes()
                .windows(3)
                .any(|w| w[1] == b'.' && w[0].is_ascii_alphabetic() && w[2].is_ascii_alphabetic())
            || (token.contains('/') && token.bytes().any(|b| b.is_ascii_digit()))
            || is_hyphenated_code(token);
        // A code ending in digits: "CSW17", "DM3" (policy and site codes).
        if address || key.ends_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        // A run of words in capitals is shouting: "PART II", "NOT FOR
        // PUBLICATION"; "LE1 6ZG" is a postcode.
        if prev.is_some_and(in_capitals) || next.is_some_and(in_capitals) {
            return false;
        }
        let digits = key.bytes().filter(u8::is_ascii_digit).count();
        if let Some(n) = next {
            let nb = n.as_bytes();
            let postcode = digits > 0
                && nb.len() == 3
                && nb[0].is_ascii_digit()
                && nb[1..].iter().all(u8::is_ascii_uppercase);
            let grid =
                letters == 2 && digits == 0 && nb.len() >= 3 && nb.iter().all(u8::is_ascii_digit);
            if postcode || grid {
                return false;
            }
            // A code and its number: "CSW 8", "KD 2024/011", "IFRS 9".
            if nb.first().is_some_and(u8::is_ascii_digit) {
                return false;
            }
            if letters >= 4 && AFTER_VERB.contains(&n.to_ascii_lowercase().as_str()) {
                return false;
            }
        }
        // "TQ123456": a grid reference.
        digits < 4
    }
}

impl Rule for AcronymUndefined {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let prose = cx.prose();
        let mut defs: Option<Map<String, Definition>> = None;
        let mut named: Option<Map<String, Definition>> = None;
        let mut seen: Set<&str> = Set::default();
        let mut out = Vec::new();
        for p in &prose.paragraphs {
            // Most paragraphs have no two capitals in a row: nothing to read.
            let body = p.span.of(cx.text);
            if !capital_pair(body.as_bytes()) {
                continue;
            }
            // A paragraph mostly in capitals is shouting.
            let (upper, lower) = case_counts(body.as_bytes());
            if upper > lower {
                continue;
            }
            // The paragraph's whitespace tokens that hold two capitals,
            // found from where an acronym may start (a capital, then a
            // capital or a digit): most tokens are not read at all.
            let b = body.as_bytes();
            let mut from = 0;
            while let Some(capital) = next_acronym_start(b, from) {
                let start = b[..capital]
                    .iter()
                    .rposition(u8::is_ascii_whitespace)
                    .map_or(0, |j| j + 1);
                let end = b[capital..]
                    .iter()
                    .position(u8::is_ascii_whitespace)
                    .map_or(b.len(), |j| capital + j);
                from = end;
                let token = &body[start..end];
                if token.bytes().filter(u8::is_ascii_uppercase).count() < 2
                    || in_furniture(&cx.doc.furniture, p.span.start + start)
                {
                    continue;
                }
                // The tokens either side, read only for an acronym not yet seen.
                let neighbours = || (token_before(body, start), token_after(body, end));
                for part in words_of(token) {
                    let piece = &token[part.clone()];
                    for sub in piece.split(|c: char| !c.is_ascii_alphanumeric()) {
                        let Some(key) = acronym_key(sub) else {
                            continue;
                        };
                        if seen.contains(key) || {
                            let (prev, next) = neighbours();
                            !self.is_use(token, prev, next, key)
                        } {
                            continue;
                        }
                        let start = p.span.start
                            + start
                            + part.start
                            + (sub.as_ptr() as usize - piece.as_ptr() as usize);
                        let span = Span::new(start, start + sub.len());
                        let defs = defs.get_or_insert_with(|| definitions(cx));
                        seen.insert(key);
                        // The earliest spelling-out of any kind decides.
                        let mut first = defs.get(key).cloned();
                        if first.as_ref().is_none_or(|d| d.at > start) {
                            let named = named.get_or_insert_with(|| {
                                named_definitions(cx.text, &cx.doc.line_starts, &self.naming)
                            });
                            if let Some(n) = named.get(key) {
                                if first.as_ref().is_none_or(|d| n.at < d.at) {
                                    first = Some(n.clone());
                                }
                            }
                        }
                        match first {
                            Some(d) if d.at <= start => {}
                            Some(d) => out.push(
                                Finding::new(
                                    span,
                                    format!(
                                        "'{key}' is used here before it is spelt out; write it in full the first time, as '{}'",
                                        d.span.of(cx.text).split_whitespace().collect::<Vec<_>>().join(" ")
                                    ),
                                )
                                .subject(key)
                                .label("first use")
                                .secondary(d.span, "spelt out here, later")
                                .help("move the spelling-out to the first use, or spell it out there too"),
                            ),
                            None => out.push(
                                Finding::new(
                                    span,
                                    format!(
                                        "'{key}' is used here but never spelt out; write it in full the first time it is used, followed by '({key})'"
                                    ),
                                )
                                .subject(key)
                                .label("not spelt out")
                                .help(format!(
                                    "if every reader knows '{key}', add it to `also-known` under [rules.acronym-undefined]"
                                )),
                            ),
                        }
                    }
                }
            }
        }
        out
    }
}

/// Whether byte `pos` is on a line of page furniture (`furniture`, in
/// order): a running footer inside a paragraph that runs on over a page
/// break ("MD Template May 2023   3") is none of its prose.
fn in_furniture(furniture: &[Span], pos: usize) -> bool {
    let i = furniture.partition_point(|f| f.end <= pos);
    furniture.get(i).is_some_and(|f| f.start <= pos)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::findings_of;

    #[test]
    fn a_running_footer_inside_a_paragraph_is_no_use() {
        let text = "1. Legal comments\n\n1.1 The decisions concern the promotion of economic development\n\n\
                    MD Template May 2023                   1\n\u{c}and wealth creation in London.\n\
                    1.2 More text follows here.\n\nMD Template May 2023                   2\n\u{c}\
                    1.3 The end.\n";
        let found = findings_of("acronym-undefined", text);
        assert!(found.is_empty(), "{found:?}");
        // The same line in the text of a page is a use.
        let text = "1.1 The MD Template May 2023 is used here.\n";
        assert_eq!(findings_of("acronym-undefined", text).len(), 1);
    }

    #[test]
    fn an_empty_bracket_is_no_spelling_out() {
        // "()" and "( )" hold no acronym: nothing to spell, and no panic.
        let text = "Meeting: Cabinet\n\n## 1. Purpose\n\n1.1 The function() gives the ICB figure ( ) and the total.\n";
        let found = findings_of("acronym-undefined", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("'ICB'"));
    }

    #[test]
    fn a_naming_phrase_is_found_in_both_forms_as_a_search_for_each_finds_it() {
        let naming = Naming::new(vec!["known as".into(), "aa".into(), "as".into()]).unwrap();
        let text = b"the Duty, known as the PSED; Known as PSED, unknown as";
        let found = naming.find(text);
        assert_eq!(found[..2], [vec![10, 46], vec![29]]);
        // Forms that overlap are all found: "as" inside "known as".
        assert_eq!(found[4], [16, 35, 52]);
        // Matches of one form do not overlap: "aa" in "aaaaa" at 0 and 2.
        assert_eq!(naming.find(b"aaaaa Aaa")[2..4], [vec![0, 2, 7], vec![6]]);
    }

    #[test]
    fn where_an_acronym_may_start_is_found_wherever_it_stands() {
        let naive = |b: &[u8], from: usize| {
            (from..b.len().saturating_sub(1)).find(|&i| {
                b[i].is_ascii_uppercase()
                    && (b[i + 1].is_ascii_uppercase() || b[i + 1].is_ascii_digit())
            })
        };
        for len in 0..24 {
            for at in 0..len {
                for second in [b'C', b'7', b'c', b' ', 0xC3] {
                    let mut b = vec![b'a'; len];
                    b[at] = b'I';
                    if at + 1 < len {
                        b[at + 1] = second;
                    }
                    for from in 0..=len {
                        assert_eq!(
                            next_acronym_start(&b, from),
                            naive(&b, from),
                            "{b:?} {from}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn bullets_are_trimmed_as_trim_start_matches_trims_them() {
        for line in [
            "",
            " \t- * ICB – Integrated Care Board",
            "• ICB: Integrated",
            "·•·-ICB",
            "\u{2023} ICB",
            "\u{b8}ICB",
            "– ICB",
            "ICB",
            "  ",
        ] {
            let expected = line.trim_start_matches([' ', '\t', '-', '*', '•', '·']);
            assert_eq!(trim_bullets(line), expected, "{line:?}");
        }
    }

    #[test]
    fn initials_spell_the_acronym_allowing_small_words() {
        let ok = |acr: &str, name: &str| spells(&letters_of(acr), &name_words(name));
        assert!(ok("DASS", "Director of Adult Social Services"));
        assert!(ok("SEND", "Special Educational Needs and Disabilities"));
        assert!(ok("HMRC", "Her Majesty's Revenue and Customs"));
        assert!(ok("NNDR", "National Non-Domestic Rates"));
        assert!(!ok("ICB", "Local Plan"));
        assert!(!ok("LGA", "Local Government"));
        // The place a body is of, which its initials leave out.
        assert!(ok("YJB", "Youth Justice Board for England and Wales"));
        assert!(ok("ICB", "Integrated Care Board in the North East"));
        // Near misses: words after the name that are no place; a place
        // before all the letters are spelt.
        assert!(!ok("YJB", "Youth Justice Board for the year"));
        assert!(!ok("YJBW", "Youth Justice Board for England and Wales"));
    }

    #[test]
    fn an_acronym_with_the_names_last_word_again_is_spelt_out() {
        let head = "Meeting: Cabinet\nDate: 3 June 2025\n\n## 1. Summary\n\n";
        for defined in [
            "the Freedom of Information Act 2000 (FOI Act)",
            "the Greater London Authority Act 1999 (the GLA Act)",
            "the Safeguarding Children Board Annual Report (SCB Annual Report)",
        ] {
            let acr = defined.split('(').nth(1).unwrap();
            let acr = acr.trim_start_matches("the ").split(' ').next().unwrap();
            let text = format!("{head}1.1 This is subject to {defined}. The {acr} applies.\n");
            let found = findings_of("acronym-undefined", &text);
            assert!(found.is_empty(), "{defined}: {found:?}");
        }
        // The word after the acronym must end the name: "(FOI Act)" after
        // a name that is no act, or a bracket that only names it, is none.
        for text in [
            "1.1 The Freedom of Information rules (FOI Act) apply. The FOI team.\n",
            "1.1 Responses (FOI Requests) rose. The FOI team replied.\n",
        ] {
            let found = findings_of("acronym-undefined", &format!("{head}{text}"));
            assert_eq!(found.len(), 1, "{text}: {found:?}");
        }
        assert_eq!(
            name_less_tail("subject to the Freedom of Information Act 2000 ", &["Act"]),
            Some("subject to the Freedom of Information")
        );
        assert_eq!(
            name_less_tail("the Act", &["Act"]).map(str::trim),
            Some("the")
        );
        assert_eq!(name_less_tail("Act", &["Act"]), None);
        assert!(acronyms_with_tail("FOI act").is_none());
        assert!(acronyms_with_tail("FOI Act of Parliament").is_none());
    }

    #[test]
    fn a_definition_before_use_counts_and_after_does_not() {
        let head = "Meeting: Cabinet\nDate: 3 June 2025\n\n## 1. Summary\n\n";
        let text = format!("{head}1.1 The Integrated Care Board (ICB) met. The ICB agreed.\n");
        assert!(findings_of("acronym-undefined", &text).is_empty());
        let text = format!("{head}1.1 The ICB met. The Integrated Care Board (ICB) agreed.\n");
        let found = findings_of("acronym-undefined", &text);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("'Integrated Care Board (ICB)'"),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].span().of(&text), "ICB");
    }

    #[test]
    fn codes_joined_by_hyphens_with_figures_are_no_acronyms() {
        for code in [
            "2207-PL-104",
            "PL-104",
            "(A1-GA-03)",
            "2207-PL-104,",
            "DWG-07A",
        ] {
            assert!(is_hyphenated_code(code), "{code}");
        }
        // No figure, a word in lower case, or no hyphen: not a code.
        for token in [
            "PL",
            "GDPR-compliant",
            "NHS-ICB",
            "S106",
            "NPPF-based",
            "-PL-",
        ] {
            assert!(!is_hyphenated_code(token), "{token}");
        }
        let head = "Meeting: Cabinet\nDate: 3 June 2025\n\n## 1. Summary\n\n";
        let text = format!("{head}1.1 The access is as shown on drawing 2207-PL-104 Rev C.\n");
        assert!(findings_of("acronym-undefined", &text).is_empty());
        // An acronym joined by a hyphen to a word is still one.
        let text = format!("{head}1.1 The scheme is CIL-funded and the PL-led design is agreed.\n");
        let found: Vec<_> = findings_of("acronym-undefined", &text)
            .iter()
            .map(|d| d.span().of(&text).to_string())
            .collect();
        assert_eq!(found, ["CIL", "PL"]);
    }

    #[test]
    fn a_recommendations_verb_in_capitals_is_no_acronym() {
        let head = "Meeting: Planning Committee\nDate: 3 June 2025\n\n## 1. Recommendation\n\n";
        for verb in ["GRANT", "REFUSE", "AGREE", "NOTE", "APPROVE"] {
            let text = format!(
                "{head}{verb} planning permission subject to conditions and a section 106 agreement.\n"
            );
            let found = findings_of("acronym-undefined", &text);
            assert!(found.is_empty(), "{verb}: {found:?}");
        }
        // A word in capitals that is no decision verb is still reported.
        let text = format!("{head}The GRAIN partnership supports the application.\n");
        assert_eq!(findings_of("acronym-undefined", &text).len(), 1);
    }
}
