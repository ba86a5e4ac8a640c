//! Prose: the running text of a paper, as the plain-English rules read it.
//!
//! Defined once, from the parsed document: the paragraphs, list items and
//! blocks of running text ([`crate::document::Paragraph`]), less what is
//! not prose — header and front-sheet fields, tables (tab, pipe, HTML),
//! headings and the title line, lists of appendices, suppression comments,
//! and paragraphs with no lower-case letter (a line in capitals is a
//! heading or shouting, not a sentence). Inside prose, text in square or
//! curly brackets (`[Report title]`, `{insert}`: template leftovers) and
//! in HTML tags is skipped by the word scanners.
//!
//! Each prose paragraph is split into sentences once
//! ([`crate::parse::sentence::sentences_into`]) and each sentence into words
//! once, in one pass over its bytes that allocates nothing per word
//! ([`Prose::words`]: byte spans); [`crate::rules::Context::prose`] keeps
//! the result for every rule that asks. The word and phrase rules read
//! the words, not the text ([`PhraseFinder`]). Syllables are counted only
//! for the sentences a readability figure is asked of
//! ([`Prose::syllables`]).

use crate::document::{Document, SectionId, Span};
use crate::parse::sentence::sentences_into;
use crate::swar::{capital_lanes, lanes_between, TOP};

/// A paragraph of prose.
#[derive(Debug, Clone)]
pub(crate) struct ProseParagraph {
    /// The paragraph's text (after its number or bullet).
    pub(crate) span: Span,
    /// The heading it stands under.
    pub(crate) section: Option<SectionId>,
    /// Its sentences: a range of [`Prose::sentences`].
    pub(crate) sentences: std::ops::Range<usize>,
    /// Its words: a range of [`Prose::words`].
    pub(crate) words: std::ops::Range<usize>,
}

/// A sentence of prose.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sentence {
    pub(crate) span: Span,
    pub(crate) words: u32,
    /// Where its words start in [`Prose::words`].
    pub(crate) first_word: usize,
    /// Whether it closes with `.`, `!` or `?` (not the end of a block
    /// that stops without one, nor a `;` before a list item).
    pub(crate) closed: bool,
    /// Index into [`Prose::paragraphs`].
    pub(crate) paragraph: usize,
}

/// A word of prose, as [`words_of`] finds it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    /// From its first to its last letter or digit.
    pub(crate) span: Span,
    /// Whether it is all ASCII letters and digits (`utilise`, not
    /// `co-operate` or `£1.2m`).
    pub(crate) plain: bool,
}

/// The prose of one paper.
#[derive(Debug, Clone, Default)]
pub(crate) struct Prose {
    pub(crate) paragraphs: Vec<ProseParagraph>,
    pub(crate) sentences: Vec<Sentence>,
    /// Every word of every sentence, in order.
    pub(crate) words: Vec<Word>,
}

impl Prose {
    /// Finds the prose of `doc`, splits it into sentences and its
    /// sentences into words.
    pub(crate) fn new(text: &str, doc: &Document) -> Prose {
        // Page furniture inside a paragraph that runs on over a page break
        // ("… economic development" / "MD Template May 2023   3" / "and
        // wealth creation …") is read as spaces: it is no word of the
        // paragraph's.
        let masked = masked_furniture(text, doc);
        let text = masked.as_deref().unwrap_or(text);
        // The prose paragraphs first, so that the lists can be sized from
        // their bytes once rather than grown (and copied) as they fill.
        let not_prose = not_prose(doc);
        let mut next_excluded = 0;
        let mut bodies = Vec::with_capacity(doc.paragraphs.len());
        let mut bytes = 0;
        for p in &doc.paragraphs {
            while next_excluded < not_prose.len() && not_prose[next_excluded].end <= p.span.start {
                next_excluded += 1;
            }
            let overlaps = not_prose
                .get(next_excluded)
                .is_some_and(|x| x.start < p.span.end);
            let Some(body) = text.get(p.text.start..p.text.end) else {
                continue;
            };
            if overlaps || !body.bytes().any(|b| b.is_ascii_lowercase()) {
                continue;
            }
            bytes += body.len();
            bodies.push((p, body));
        }
        let mut prose = Prose::default();
        // Prose has about a word in six bytes and a sentence in 150: room
        // for a word in four and a sentence in 100 is rarely outgrown.
        prose.words.reserve(bytes / 4 + 16);
        prose.sentences.reserve(bytes / 100 + 4);
        prose.paragraphs.reserve(bodies.len());
        let mut split = Vec::new();
        for (p, body) in bodies {
            let index = prose.paragraphs.len();
            let first = prose.sentences.len();
            let first_word = prose.words.len();
            sentences_into(body, &mut split);
            for &(s, e, closed) in &split {
                let from = prose.words.len();
                scan_words(text, p.text.start + s, p.text.start + e, &mut prose.words);
                let words = (prose.words.len() - from) as u32;
                if words == 0 {
                    continue;
                }
                prose.sentences.push(Sentence {
                    span: Span::new(p.text.start + s, p.text.start + e),
                    words,
                    first_word: from,
                    closed,
                    paragraph: index,
                });
            }
            prose.paragraphs.push(ProseParagraph {
                span: p.text,
                section: p.section,
                sentences: first..prose.sentences.len(),
                words: first_word..prose.words.len(),
            });
        }
        prose
    }

    /// The words of sentence `s`.
    pub(crate) fn words_in(&self, s: &Sentence) -> &[Word] {
        &self.words[s.first_word..s.first_word + s.words as usize]
    }

    /// The syllables in the words of sentence `s`.
    pub(crate) fn syllables(&self, s: &Sentence, text: &str) -> u32 {
        self.words_in(s)
            .iter()
            .map(|w| super::syllables::count(w.span.of(text)))
            .sum()
    }
}

/// Byte classes for [`scan_words`].
const SPACE: u8 = 1;
const OPEN: u8 = 2;
const CLOSE: u8 = 4;
const UPPER: u8 = 8;
const ALNUM: u8 = 16;
/// Neither a letter, a digit nor a break: punctuation, or a byte of a
/// character beyond ASCII.
const OTHER: u8 = 32;
const HIGH: u8 = 64;
const BREAK: u8 = SPACE | OPEN | CLOSE;

/// The class of every byte.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            SPACE
        } else if matches!(c, b'[' | b'{' | b'<') {
            OPEN
        } else if matches!(c, b']' | b'}' | b'>') {
            CLOSE
        } else if c.is_ascii_uppercase() {
            UPPER | ALNUM
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if c >= 0x80 {
            HIGH | OTHER
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// Adds the words of `text[start..end]` (one sentence) to `words`, as
/// [`words_of`] finds them, in one pass over its bytes.
///
/// The pass reads eight bytes at a time for the bytes that are not ASCII
/// letters or digits ([`alnum_lanes`]): most bytes are, and a run of them
/// is part of a word. Each other byte either breaks a token (white space,
/// a bracket) or makes its token one to trim ([`word_of`]); a token of
/// letters and digits only is a word as it stands.
fn scan_words(text: &str, start: usize, end: usize, words: &mut Vec<Word>) {
    // Cut at `end`, so that no byte past it is read.
    let b = &text.as_bytes()[..end];
    let mut scan = Scan {
        text,
        depth: 0,
        token: start,
        other: false,
        other_at: start,
        others: 0,
        high: false,
        words,
    };
    let mut i = start;
    while let Some(c) = b.get(i..i + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(c);
        let mut odd = !alnum_lanes(u64::from_le_bytes(eight)) & TOP;
        while odd != 0 {
            scan.not_alnum(i + odd.trailing_zeros() as usize / 8);
            odd &= odd - 1;
        }
        i += 8;
    }
    for q in i..end {
        if CLASS[b[q] as usize] & ALNUM == 0 {
            scan.not_alnum(q);
        }
    }
    scan.token_ends(end);
}

/// The state of [`scan_words`]: how deep in brackets it is, and the token
/// it is reading.
struct Scan<'a> {
    text: &'a str,
    depth: u32,
    /// Where the token being read starts.
    token: usize,
    /// Whether the token holds a byte that is neither an ASCII letter or
    /// digit nor a break; where the first is, and how many there are.
    other: bool,
    other_at: usize,
    others: usize,
    /// Whether one of them is beyond ASCII.
    high: bool,
    words: &'a mut Vec<Word>,
}

impl Scan<'_> {
    /// Reads byte `q`, which is not an ASCII letter or digit.
    #[inline(always)]
    fn not_alnum(&mut self, q: usize) {
        let c = CLASS[self.text.as_bytes()[q] as usize];
        if c & BREAK == 0 {
            if !self.other {
                self.other = true;
                self.other_at = q;
                self.others = 0;
                self.high = false;
            }
            self.others += 1;
            self.high |= c & HIGH != 0;
            return;
        }
        self.token_ends(q);
        if c & OPEN != 0 {
            self.depth += 1;
        } else if c & CLOSE != 0 {
            self.depth = self.depth.saturating_sub(1);
        }
        self.token = q + 1;
        self.other = false;
    }

    /// Ends the token at `end`: a word, unless it is empty, in brackets or
    /// holds no letter or digit.
    #[inline(always)]
    fn token_ends(&mut self, end: usize) {
        if end <= self.token || self.depth > 0 {
            return;
        }
        if !self.other {
            self.words.push(Word {
                span: Span::new(self.token, end),
                plain: true,
            });
        } else if !self.high && self.other_at > self.token && self.others == end - self.other_at {
            // Letters and digits, then only punctuation: "parks.", "ICB),".
            self.words.push(Word {
                span: Span::new(self.token, self.other_at),
                plain: true,
            });
        } else if let Some(word) = word_of(self.text, self.token, end) {
            self.words.push(word);
        }
    }
}

/// The word of the token `text[token..end]`, from its first to its last
/// letter or digit, if it has one. (Not inlined: most tokens are letters
/// and digits only and never come here.)
#[inline(never)]
fn word_of(text: &str, token: usize, end: usize) -> Option<Word> {
    let b = text.as_bytes();
    let seen = b[token..end]
        .iter()
        .fold(0, |seen, &x| seen | CLASS[x as usize]);
    if seen & HIGH != 0 {
        // Letters beyond ASCII: find the first and last by chars.
        let t = &text[token..end];
        let first = t.find(|c: char| c.is_alphanumeric())?;
        let last = t
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_alphanumeric())
            .map(|(j, c)| j + c.len_utf8())?;
        return Some(Word {
            span: Span::new(token + first, token + last),
            plain: false,
        });
    }
    if seen & ALNUM == 0 {
        return None;
    }
    if seen & OTHER == 0 {
        return Some(Word {
            span: Span::new(token, end),
            plain: true,
        });
    }
    let alnum = |j: &usize| CLASS[b[*j] as usize] & ALNUM != 0;
    let f = (token..end).find(alnum).unwrap_or(token);
    let l = (token..end).rev().find(alnum).map_or(end, |j| j + 1);
    Some(Word {
        span: Span::new(f, l),
        plain: b[f..l].iter().all(u8::is_ascii_alphanumeric),
    })
}

/// The lanes of `x` (eight bytes) that hold an ASCII letter or digit, as
/// the top bit of each. `| 0x20` takes a capital to its lower case and
/// keeps every other byte out of `a..=z`.
const fn alnum_lanes(x: u64) -> u64 {
    lanes_between(x | 0x2020_2020_2020_2020, b'a', b'z') | lanes_between(x, b'0', b'9')
}

/// Whether two ASCII capitals stand together in `b` (`ICB`), read eight
/// bytes at a time: the pairs that start in the first seven, so that
/// the next eight, seven bytes on, hold the pair that starts in the
/// eighth.
pub(crate) fn capital_pair(b: &[u8]) -> bool {
    let mut at = 0;
    while let Some(c) = b.get(at..at + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(c);
        let lanes = capital_lanes(u64::from_le_bytes(eight));
        if lanes & (lanes >> 8) != 0 {
            return true;
        }
        at += 7;
    }
    b[at..]
        .windows(2)
        .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
}

/// How many ASCII capitals and lower-case letters `b` holds, counted
/// eight bytes at a time.
pub(crate) fn case_counts(b: &[u8]) -> (usize, usize) {
    let (mut upper, mut lower) = (0, 0);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(c);
        let x = u64::from_le_bytes(eight);
        upper += lanes_between(x, b'A', b'Z').count_ones() as usize;
        lower += lanes_between(x, b'a', b'z').count_ones() as usize;
    }
    for c in chunks.remainder() {
        upper += usize::from(c.is_ascii_uppercase());
        lower += usize::from(c.is_ascii_lowercase());
    }
    (upper, lower)
}

/// `text` with each line of page furniture that stands inside a
/// paragraph's text blanked out with spaces (byte for byte, so that every
/// offset stays), or `None` where no paragraph holds any (most papers:
/// furniture is found only at the page breaks of `pdftotext`'s text).
fn masked_furniture(text: &str, doc: &Document) -> Option<String> {
    let inside: Vec<Span> = doc
        .furniture
        .iter()
        .copied()
        .filter(|f| {
            let i = doc.paragraphs.partition_point(|p| p.text.end <= f.start);
            doc.paragraphs.get(i).is_some_and(|p| p.text.contains(*f))
        })
        .collect();
    if inside.is_empty() {
        return None;
    }
    let mut bytes = text.as_bytes().to_vec();
    for f in inside {
        bytes[f.start..f.end].fill(b' ');
    }
    // A line is whole characters: blanking one leaves the text UTF-8.
    String::from_utf8(bytes).ok()
}

/// What is not prose, as spans sorted by start and merged.
fn not_prose(doc: &Document) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    spans.extend(doc.tables.iter().map(|t| t.span));
    spans.extend(doc.fields.iter().map(|f| f.span));
    spans.extend(doc.appendix_lists.iter().map(|l| l.span));
    spans.extend(doc.sections.iter().map(|s| s.heading));
    spans.extend(doc.title.iter().map(|t| t.span));
    spans.extend(doc.suppressions.iter().map(|s| s.span));
    spans.retain(|s| !s.is_empty());
    spans.sort_unstable();
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

/// The words of `s`: runs of non-space characters holding a letter or a
/// digit, outside square or curly brackets and HTML tags; each as a range
/// of `s` from its first to its last letter or digit (`"(ICB),"` gives
/// `ICB`).
pub(crate) fn words_of(s: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let b = s.as_bytes();
    let mut i = 0;
    let mut depth = 0u32;
    std::iter::from_fn(move || {
        while i < b.len() {
            match b[i] {
                b'[' | b'{' | b'<' => {
                    depth += 1;
                    i += 1;
                    continue;
                }
                b']' | b'}' | b'>' => {
                    depth = depth.saturating_sub(1);
                    i += 1;
                    continue;
                }
                c if c.is_ascii_whitespace() => {
                    i += 1;
                    continue;
                }
                _ => {}
            }
            let start = i;
            while i < b.len()
                && !b[i].is_ascii_whitespace()
                && !matches!(b[i], b'[' | b'{' | b'<' | b']' | b'}' | b'>')
            {
                i += 1;
            }
            if depth > 0 {
                continue;
            }
            let token = &s[start..i];
            let first = token.find(|c: char| c.is_alphanumeric());
            let last = token
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_alphanumeric())
                .map(|(j, c)| j + c.len_utf8());
            if let (Some(f), Some(l)) = (first, last) {
                return Some(start + f..start + l);
            }
        }
        None
    })
}

/// Finds a pack's words and phrases in prose words: whole, in any case
/// (of ASCII letters), the longest where two start together, none inside
/// another.
///
/// A *run* is a stretch of characters that `joins` keeps together:
/// letters and digits, and whatever else the rule adds (the hyphen of
/// "cost-effective"). A phrase is found where a run of a prose word is
/// the phrase's first run, the text from there reads as the phrase, and
/// the characters on either side do not join it to more; a space in the
/// phrase stands for any white space, so a phrase wrapped over two lines
/// of a paragraph is found. Only first runs are looked up, and only
/// when their shape — first and last byte, either case, and length — is
/// the shape of some phrase's first run ([`shape`]): most words cost one
/// bit test. A word of letters and digits with such a shape is looked up
/// only if some first run of its shape is a phrase alone, or goes on to
/// what the text reads next ([`next_key`]): a second bit test.
pub(crate) struct PhraseFinder {
    /// The phrases, as given (space-normalised by the rule).
    phrases: Vec<Box<[u8]>>,
    /// For each phrase, its bytes before its first run.
    lead: Vec<usize>,
    /// The first runs and their phrases, in [`BUCKETS`] buckets by first
    /// byte (ASCII letters in lower case) and length ([`bucket`]).
    first: Vec<Vec<FirstRun>>,
    /// A bit for each [`shape`] of a first run.
    shapes: Box<[u64]>,
    /// A bit for each [`shape`] of a first run that is a phrase alone.
    whole: Box<[u64]>,
    /// A bit for each [`shape`] of a first run and [`next_key`] of what
    /// one of its phrases reads next, at [`follow`].
    follows: Box<[u64]>,
    joins: fn(char) -> bool,
}

/// How many bits [`PhraseFinder::follows`] has.
const FOLLOWS: usize = 1 << 16;

/// The bit of [`PhraseFinder::follows`] for a first run's shape `sh` and
/// the key `key` of what follows it. Different pairs may share a bit: a
/// set bit is only a candidate.
fn follow(sh: usize, key: u32) -> usize {
    (sh * 64 + key as usize) % FOLLOWS
}

/// Whether bit `i` of `bits` is set.
fn bit(bits: &[u64], i: usize) -> bool {
    bits[i / 64] >> (i % 64) & 1 != 0
}

/// How many buckets [`PhraseFinder`] sorts first runs into.
const BUCKETS: usize = 1024;

/// The bucket of a first run: by its first byte (lower-cased) and length.
fn bucket(first: u8, len: usize) -> usize {
    (usize::from(first.to_ascii_lowercase()) * 64 + len.min(63)) % BUCKETS
}

/// How many shapes [`shape`] tells apart: 5 bits each for the first and
/// last byte, 5 for the length.
const SHAPES: usize = 1 << 15;

/// The shape of the run `b[start..end]` (not empty): its first and last
/// bytes in either case (`& 0x1f` drops the bit that tells an ASCII
/// letter's cases apart) and its length up to 31. Runs that read alike
/// in any case have one shape, so a run whose shape no first run has is
/// no first run; different runs may share a shape, so a match is only a
/// candidate.
fn shape(b: &[u8], start: usize, end: usize) -> usize {
    let first = usize::from(b[start] & 0x1f);
    let last = usize::from(b[end - 1] & 0x1f);
    first << 10 | last << 5 | (end - start).min(31)
}

/// The first run of some phrases.
#[derive(Clone)]
struct FirstRun {
    run: Box<[u8]>,
    /// Its phrases, longest first, each with the [`next_key`] of what it
    /// reads after the run (`None`: the phrase is the run alone).
    phrases: Vec<(usize, Option<u32>)>,
    /// What its phrases read next, as [`next_key`] keys them: the text
    /// after the run must have one of these keys, unless `whole` — then
    /// a phrase is the run alone and anything may follow.
    next: u64,
    whole: bool,
}

/// What a phrase reads next after its first run, as a bit of
/// [`FirstRun::next`]: the next byte, or with white space first the byte
/// after it, each with `& 0x1f` (either case of a letter); bit 5 for the
/// white space. The same bytes in the text give the same key, and what
/// [`reads_as`] matches gives it too, so a text whose key is not among a
/// first run's cannot read as any of its phrases. `None`: nothing to key
/// on (the text ends, or only white space is left before `limit`).
fn next_key(b: &[u8], at: usize, limit: usize) -> Option<u32> {
    let mut at = at;
    let mut space = 0;
    while at < limit && b[at].is_ascii_whitespace() {
        at += 1;
        space = 32;
    }
    (at < limit).then(|| space | u32::from(b[at] & 0x1f))
}

/// Whether `phrase` has a letter or a digit: something [`PhraseFinder`]
/// can find.
pub(crate) fn findable(phrase: &str) -> bool {
    phrase.chars().any(char::is_alphanumeric)
}

impl PhraseFinder {
    /// A finder of `phrases`, whose words are runs of characters that
    /// `joins` (true of every letter and digit) keeps together. A phrase
    /// that is not [`findable`] is never found.
    pub(crate) fn new(phrases: &[String], joins: fn(char) -> bool) -> PhraseFinder {
        let mut finder = PhraseFinder {
            phrases: phrases.iter().map(|p| p.as_bytes().into()).collect(),
            lead: Vec::with_capacity(phrases.len()),
            first: vec![Vec::new(); BUCKETS],
            shapes: vec![0; SHAPES / 64].into_boxed_slice(),
            whole: vec![0; SHAPES / 64].into_boxed_slice(),
            follows: vec![0; FOLLOWS / 64].into_boxed_slice(),
            joins,
        };
        for (i, phrase) in phrases.iter().enumerate() {
            let start = phrase.find(|c: char| c.is_alphanumeric());
            finder.lead.push(start.unwrap_or(0));
            let Some(start) = start else { continue };
            let run = &phrase.as_bytes()[start..start + run_len(&phrase[start..], joins)];
            let key = run[0].to_ascii_lowercase();
            let sh = shape(run, 0, run.len());
            finder.shapes[sh / 64] |= 1 << (sh % 64);
            let bucket = &mut finder.first[bucket(key, run.len())];
            let f = match bucket.iter().position(|f| f.run.eq_ignore_ascii_case(run)) {
                Some(f) => &mut bucket[f],
                None => {
                    bucket.push(FirstRun {
                        run: run.into(),
                        phrases: Vec::new(),
                        next: 0,
                        whole: false,
                    });
                    bucket.last_mut().expect("just pushed")
                }
            };
            let rest = &phrase.as_bytes()[start + run.len()..];
            let key = next_key(rest, 0, rest.len());
            f.phrases.push((i, key));
            match key {
                Some(k) => {
                    f.next |= 1 << k;
                    let i = follow(sh, k);
                    finder.follows[i / 64] |= 1 << (i % 64);
                }
                None => {
                    f.whole = true;
                    finder.whole[sh / 64] |= 1 << (sh % 64);
                }
            }
        }
        for f in finder.first.iter_mut().flatten() {
            f.phrases
                .sort_by_key(|&(i, _)| (std::cmp::Reverse(phrases[i].len()), i));
        }
        finder
    }

    /// Calls `found` with each phrase (its index) found in `words` (in
    /// order, all within `within` of `text`) and where it is; the text
    /// outside `within` is not read.
    pub(crate) fn find(
        &self,
        text: &str,
        within: Span,
        words: &[Word],
        mut found: impl FnMut(usize, Span),
    ) {
        // Where the next phrase may start: after the last one found.
        let mut free = within.start;
        let b = text.as_bytes();
        for w in words {
            if w.span.end <= free {
                continue;
            }
            if w.plain {
                // Most words start no phrase: one bit test by their shape,
                // and one by their shape and what follows them.
                let sh = shape(b, w.span.start, w.span.end);
                if !bit(&self.shapes, sh)
                    || !(bit(&self.whole, sh)
                        || next_key(b, w.span.end, within.end)
                            .is_some_and(|k| bit(&self.follows, follow(sh, k))))
                {
                    continue;
                }
                if let Some(m) = self.at(text, within, w.span.start, w.span.end, free) {
                    free = m.1.end;
                    found(m.0, m.1);
                }
                continue;
            }
            let mut at = w.span.start;
            while at < w.span.end {
                let len = run_len(&text[at..w.span.end], self.joins);
                if len == 0 {
                    at += text[at..].chars().next().map_or(1, char::len_utf8);
                    continue;
                }
                if at >= free {
                    if let Some(m) = self.at(text, within, at, at + len, free) {
                        free = m.1.end;
                        found(m.0, m.1);
                    }
                }
                at += len;
            }
        }
    }

    /// Whether `b[start..end]` has the [`shape`] of some first run.
    fn may_start(&self, b: &[u8], start: usize, end: usize) -> bool {
        let sh = shape(b, start, end);
        self.shapes[sh / 64] >> (sh % 64) & 1 != 0
    }

    /// The longest phrase whose first run is `text[start..end]` and that
    /// is found whole there, starting at or after `free`.
    fn at(
        &self,
        text: &str,
        within: Span,
        start: usize,
        end: usize,
        free: usize,
    ) -> Option<(usize, Span)> {
        let b = text.as_bytes();
        if !self.may_start(b, start, end) {
            return None;
        }
        let run = &b[start..end];
        let first = self.first[bucket(b[start], end - start)]
            .iter()
            .find(|f| f.run.eq_ignore_ascii_case(run))?;
        // Most first runs ("in") go on to no phrase ("in order to"); a
        // phrase that reads on to another key than the text cannot be
        // found here.
        let key = next_key(b, end, within.end);
        if !first.whole && key.is_none_or(|k| first.next >> k & 1 == 0) {
            return None;
        }
        let phrases = first
            .phrases
            .iter()
            .filter(|(_, k)| k.is_none() || *k == key);
        phrases.into_iter().find_map(|&(i, _)| {
            let phrase = &self.phrases[i];
            let lead = self.lead[i];
            let from = start.checked_sub(lead)?;
            // The first run matches: the rest, then what leads it.
            let to = reads_as(b, end, within.end, &phrase[lead + run.len()..])?;
            let whole = from >= free.max(within.start)
                && b[from..start].eq_ignore_ascii_case(&phrase[..lead])
                && !text[within.start..from]
                    .chars()
                    .next_back()
                    .is_some_and(self.joins)
                && !text
                    .get(to..within.end)
                    .and_then(|t| t.chars().next())
                    .is_some_and(self.joins);
            whole.then(|| (i, Span::new(from, to)))
        })
    }
}

/// Where the text `b[at..limit]` stops reading as `rest` (some of a
/// phrase), if it does: byte for byte in any case of ASCII letters, and
/// any run of white space — a line break in a wrapped paragraph — where
/// the phrase has a space.
fn reads_as(b: &[u8], mut at: usize, limit: usize, rest: &[u8]) -> Option<usize> {
    for &p in rest {
        let c = *b[..limit].get(at)?;
        if p == b' ' {
            if !c.is_ascii_whitespace() {
                return None;
            }
            while at < limit && b[at].is_ascii_whitespace() {
                at += 1;
            }
        } else if c.eq_ignore_ascii_case(&p) {
            at += 1;
        } else {
            return None;
        }
    }
    Some(at)
}

/// The bytes at the start of `s` that `joins` keeps together.
fn run_len(s: &str, joins: fn(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !joins(c))
        .map_or(s.len(), |(j, _)| j)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose_of(text: &str) -> Vec<String> {
        let doc = crate::parse::parse(text);
        let prose = Prose::new(text, &doc);
        prose
            .sentences
            .iter()
            .map(|s| s.span.of(text).to_string())
            .collect()
    }

    #[test]
    fn page_furniture_inside_a_paragraph_is_none_of_its_words() {
        let text = "1. Legal\n1.1 The decisions concern the promotion of economic development\n\n\
                    MD Template May 2023                1\n\u{c}and wealth creation in London.\n\n\
                    MD Template May 2023                2\n\u{c}End.\n";
        let doc = crate::parse::parse(text);
        let prose = Prose::new(text, &doc);
        let first = &prose.sentences[0];
        assert!(
            first.span.of(text).ends_with("in London."),
            "{:?}",
            first.span.of(text)
        );
        // "The decisions … London.": thirteen words, the footer's none.
        assert_eq!(first.words, 13);
        assert!(masked_furniture(text, &doc).is_some());
        // A paper with no furniture inside a paragraph is read as it is.
        let text = "1.1 The plan.\n";
        assert!(masked_furniture(text, &crate::parse::parse(text)).is_none());
    }

    #[test]
    fn fields_tables_and_headings_are_not_prose() {
        let text = "Meeting: Cabinet\nDate: 3 June 2025\n\n## 1. Purpose\n\n1.1 The council runs parks. It mows them.\n\n| Item | Cost |\n| --- | --- |\n| Mowing the grass in parks | £5 |\n\n## 2. RECOMMENDATIONS\n\nTHAT THE PLAN BE NOTED\n";
        assert_eq!(prose_of(text), ["The council runs parks.", "It mows them."]);
    }

    #[test]
    fn two_capitals_together_are_found_wherever_they_stand() {
        for len in 0..24 {
            for at in 0..len {
                let mut b = vec![b'a'; len];
                b[at] = b'I';
                assert!(!capital_pair(&b), "{len} {at}");
                if at + 1 < len {
                    b[at + 1] = b'C';
                    assert!(capital_pair(&b), "{len} {at}");
                }
            }
        }
    }

    #[test]
    fn capitals_and_lower_case_are_counted_by_lanes() {
        let text = "The ICB and NHS Kent [Z@az{`] caf\u{e9} \u{c9}T\u{e9}. \u{ff}\u{7f}\u{80} end of it all";
        let upper = text.bytes().filter(u8::is_ascii_uppercase).count();
        let lower = text.bytes().filter(u8::is_ascii_lowercase).count();
        for start in 0..8 {
            let b = &text.as_bytes()[start..];
            let want = (
                b.iter().filter(|c| c.is_ascii_uppercase()).count(),
                b.iter().filter(|c| c.is_ascii_lowercase()).count(),
            );
            assert_eq!(case_counts(b), want);
        }
        assert_eq!(case_counts(text.as_bytes()), (upper, lower));
    }

    #[test]
    fn the_word_pass_finds_what_words_of_finds() {
        let texts = [
            "The [Report title] is <b>due</b> on 3 June (ICB), e.g. now.",
            "Notwithstanding the administrative responsibilities, co-operation and £1.2m matter.",
            "Caf\u{e9} proprietors' applications—approximately—unchanged; NHS/ICB arrangements.",
            "internationalisation {insert the name of the department here} considerations",
            "  ---  \u{201c}quoted\u{201d} words\tand tabs\nacross lines ((nested)) [a [b] c] d",
        ];
        for text in texts {
            let mut words = Vec::new();
            scan_words(text, 0, text.len(), &mut words);
            let scanned: Vec<&str> = words.iter().map(|w| w.span.of(text)).collect();
            let expected: Vec<&str> = words_of(text).map(|r| &text[r]).collect();
            assert_eq!(scanned, expected);
            for w in words.iter().filter(|w| w.plain) {
                let word = w.span.of(text);
                assert!(word.bytes().all(|b| b.is_ascii_alphanumeric()), "{word:?}");
            }
        }
    }

    /// The word pass as it was before it read eight bytes at a time.
    fn reference_scan_words(text: &str, start: usize, end: usize, words: &mut Vec<Word>) -> bool {
        // Cut at `end`, so that the tests against `end` below bound every
        // index and no byte read needs a check of its own.
        let b = &text.as_bytes()[..end];
        let end = b.len();
        let mut capitals = false;
        let mut depth = 0u32;
        let mut i = start;
        while i < end {
            let c = CLASS[b[i] as usize];
            if c & BREAK != 0 {
                if c & OPEN != 0 {
                    depth += 1;
                } else if c & CLOSE != 0 {
                    depth = depth.saturating_sub(1);
                }
                i += 1;
                continue;
            }
            let token = i;
            let mut seen = 0;
            while i < end {
                let c = CLASS[b[i] as usize];
                if c & BREAK != 0 {
                    break;
                }
                seen |= c;
                i += 1;
            }
            if seen & UPPER != 0 && !capitals {
                capitals = b[token..i]
                    .windows(2)
                    .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase());
            }
            if depth > 0 {
                continue;
            }
            let word = if seen & HIGH != 0 {
                // Letters beyond ASCII: find the first and last by chars.
                let t = &text[token..i];
                let first = t.find(|c: char| c.is_alphanumeric());
                let last = t
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_alphanumeric())
                    .map(|(j, c)| j + c.len_utf8());
                match (first, last) {
                    (Some(f), Some(l)) => Word {
                        span: Span::new(token + f, token + l),
                        plain: false,
                    },
                    _ => continue,
                }
            } else if seen & ALNUM == 0 {
                continue;
            } else if seen & OTHER == 0 {
                Word {
                    span: Span::new(token, i),
                    plain: true,
                }
            } else {
                let alnum = |j: &usize| CLASS[b[*j] as usize] & ALNUM != 0;
                let f = (token..i).find(alnum).unwrap_or(token);
                let l = (token..i).rev().find(alnum).map_or(i, |j| j + 1);
                Word {
                    span: Span::new(f, l),
                    plain: b[f..l].iter().all(u8::is_ascii_alphanumeric),
                }
            };
            words.push(word);
        }
        capitals
    }

    #[test]
    fn the_word_pass_reads_as_it_did_byte_by_byte_at_every_offset() {
        let text = "The [Report (title)] is <b>due</b>\u{b} on 3 June (ICB),\te.g.\u{c}now; {a {b} c} d]] e>f<g NHSx \u{e9}t\u{e9} \"q\" -- x-y £1.2m CO2 \u{2014}A\u{2014}";
        for start in 0..text.len() {
            if !text.is_char_boundary(start) {
                continue;
            }
            for end in (start..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                let (mut words, mut expected) = (Vec::new(), Vec::new());
                scan_words(text, start, end, &mut words);
                let capitals = reference_scan_words(text, start, end, &mut expected);
                let spans = |w: &[Word]| -> Vec<(usize, usize, bool)> {
                    w.iter()
                        .map(|w| (w.span.start, w.span.end, w.plain))
                        .collect()
                };
                let s = &text[start..end];
                assert_eq!(spans(&words), spans(&expected), "{s:?}");
                assert_eq!(capitals, capital_pair(s.as_bytes()), "{s:?}");
            }
        }
    }

    #[test]
    fn a_paragraph_has_two_capitals_together_where_one_of_its_sentences_does() {
        for body in [
            "The ICB met. It agreed.",
            "It met at NHS. Then it agreed",
            "Items: (a) the A.B; (B) C\nD. E F",
            "Commentary\nThe Financial Regulations set out how the Council manages its\nmoney and who may commit it, and they were last reviewed in 2023 by\nthe Governance and Audit Committee.",
            "approve the heads of terms in Appendix 3;\nAND\n\nDelegate authority to X.\u{201d} YZ",
            "The [REPORT title] is due. \u{201c}Q.\u{201d} R",
        ] {
            let mut words = Vec::new();
            let pair = crate::parse::sentence::sentences(body)
                .into_iter()
                .any(|(s, e, _)| reference_scan_words(body, s, e, &mut words));
            assert_eq!(capital_pair(body.as_bytes()), pair, "{body:?}");
        }
    }

    #[test]
    fn words_skip_brackets_and_tags() {
        let s = "The [Report title] is <b>due</b> on 3 June (ICB), e.g. now.";
        let words: Vec<&str> = words_of(s).map(|r| &s[r]).collect();
        assert_eq!(
            words,
            ["The", "is", "due", "on", "3", "June", "ICB", "e.g", "now"]
        );
    }
}
