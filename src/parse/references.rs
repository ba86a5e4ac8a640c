//! References to paragraphs, appendices, annexes and recommendations in
//! running text: "paragraph 4.3", "see 2.1", "Also refer to 1.6 4.1",
//! "Appendix 1, Annex B", "recommendations 1 & 2".
//!
//! [`find_references`] scans a text once. It jumps from word to word and
//! tries the grammar below only where a word starts like a cue word (`para`,
//! `section`, `see`, `appendi`, `annex`, `also`, `recommendation`, `refer`,
//! any case), so it runs in linear time and allocates only for the
//! references it finds: about 300 MB/s over the seed papers in a release
//! build, and never below 20 MB/s on texts made of nothing but references.
//! Every slice it takes is either produced by nom or cut next to an ASCII
//! byte, so it never panics on a char boundary, whatever the input.
//!
//! # Grammar
//!
//! All words match in any case. `gap` is the white space and emphasis
//! markup the parser looks through: `paragraph **4.3**` reads as
//! `paragraph 4.3`, and a span never includes the stars after a number.
//!
//! ```text
//! phrase             = paragraph_phrase | section_phrase | see_phrase | refer_phrase
//!                    | also_refer_phrase | appendix_phrase | annex_phrase
//!                    | recommendation_phrase ;
//!
//! paragraph_phrase   = para_cue gap para_item { list_sep para_item } [ part_tail ] ;
//! section_phrase     = section_cue gap para_item { list_sep para_item } [ part_tail ] ;
//! see_phrase         = see_cue gap para_item { list_sep para_item } [ part_tail ] ;
//! refer_phrase       = refer_cue gap para_item { list_sep para_item } [ part_tail ] ;
//! also_refer_phrase  = also_refer_cue loose_gap loose_item { loose_sep loose_item } [ part_tail ] ;
//! appendix_phrase    = appendix_cue gap appendix_item { list_sep appendix_item }
//!                      [ annex_tail | paragraph_tail ] ;
//! annex_phrase       = annex_cue gap appendix_item { list_sep appendix_item }
//!                      [ within_tail | paragraph_tail ] ;
//! recommendation_phrase = recommendation_cue gap rec_item { list_sep rec_item } ;
//!
//! para_cue           = ( "paragraphs" | "paragraph" | "paras" | "para" ) [ "." ] ;
//! section_cue        = "sections" | "section" ;
//! see_cue            = "see" [ gap "also" ] ;
//! refer_cue          = "refer" gap "to" [ ":" ] ;
//! also_refer_cue     = "also" gap refer_cue ;
//! appendix_cue       = "appendices" | "appendix" ;
//! annex_cue          = "annexes" | "annexe" | "annex" ;
//! recommendation_cue = "recommendations" | "recommendation" ;
//!
//! para_item          = para_number [ range_sep para_number ] ;
//! para_number        = digits { "." digits } ;                    (* checked, see below *)
//! loose_item         = para_number [ range_sep para_number ] ;    (* not "5. HEADING" *)
//! appendix_item      = appendix_label [ range_sep appendix_label ] ;
//! appendix_label     = paren_label | roman_label | capital_label | number_label ;
//! paren_label        = "(" ( letter | digit [ digit ] ) ")" ;
//! roman_label        = "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X" ;
//! capital_label      = "A" .. "Z" ;
//! number_label       = digit [ digit ] ;                          (* 1 to 99 *)
//! rec_item           = rec_label [ range_sep rec_label ] ;
//! rec_label          = paren_rec_label | para_number ;
//! paren_rec_label    = "(" ( digit{1,3} | roman | letter ) ")" ;
//!
//! within_tail        = gap ( "of" | "to" | "within" | "in" ) gap [ "the" gap ]
//!                      appendix_cue gap appendix_label ;
//! part_tail          = gap ( "of" | "to" | "within" | "in" ) gap [ "the" gap ]
//!                      ( appendix_cue | annex_cue ) gap appendix_label ;
//! paragraph_tail     = [ gap ] "," [ gap ] paragraph_phrase ;     (* one label only *)
//! annex_tail         = ( [ gap ] ( "," | "-" | "–" | "—" | ":" ) [ gap ] | gap )
//!                      annex_cue gap appendix_item { list_sep appendix_item } ;
//!
//! range_sep          = [ gap ] ( "-" | "–" | "—" ) [ gap ] | gap ( "to" | "through" ) gap ;
//! list_sep           = [ gap ] "," [ gap ] [ ( "and" | "or" ) gap ]
//!                    | gap ( "and" | "or" ) gap | [ gap ] "&" [ gap ] ;
//! loose_sep          = { inline_space | markup | soft_newline | "," | ";" | "&" | "and" }+ ;
//! gap                = { inline_space | markup | soft_newline }+ ;
//! loose_gap          = { inline_space | markup | newline }+ ;     (* blank lines too *)
//! inline_space       = { " " | TAB | NBSP | NNBSP }+ ;
//! markup             = { "*" | "_" }+ ;
//! soft_newline       = [ CR ] LF ;                                (* not before a blank line *)
//! ```
//!
//! Every cue word must start a word (the character before it is not a letter
//! or digit), and every number or label must end one. The `cue gap item`
//! that starts every phrase but `also_refer_phrase` (`head`) may not break
//! the line before a table row or a numbered line: in
//! `Headline recommendations<TAB>\n1.1<TAB>Ensure` or `Recommendations\n2. That`
//! the number is the row's own.
//!
//! # What is not a reference
//!
//! - A `para_number` has one to four parts of one to three digits, none with
//!   a leading zero, so dates (`3.2.2004`, `19.09.03`) and years fail as a
//!   whole. It must not run on into a letter or a sign (`1.5m`, `100D`,
//!   `4%`, `2005/06`, `10:30`), nor be followed by a unit or quantity word
//!   (`2.5 million`, `3 years`, `10.30 am`). Money (`£1.5m`) never follows a
//!   cue word.
//! - `section` takes a decimal number only (`section 5.3`): `Section 2` is a
//!   heading and `Section 31 agreements` or `section 100D` legislation. A
//!   whole-number section is kept only when it is external (`section 151 of
//!   the Local Government Act 1972`), so it is never checked.
//! - A bare number after `see` or `refer to` (no `paragraph`) must be
//!   decimal (`see 4.1`), unless it is in brackets `(see 8)` or followed by
//!   `above`/`below`: "we will see 20 new staff" is no reference.
//! - `Appendix` needs a label: 1 to 99, a capital `A`–`Z`, a capital roman
//!   numeral `I`–`X`, or a bracketed letter or number `(a)`. So
//!   `### **APPENDIX**`, "the appendix", "Appendix 2004", "Appendix 100" and
//!   "Appendix a reference" are not references. A label running into `.` and
//!   a letter or digit (`Appendix A.1`, `Appendix 1.2`) is refused: better
//!   silent than wrong. In a list, a later `A` or `I` followed by a
//!   lower-case word is English, not a label ("Appendix B and I think").
//! - Text after `page`, `Version`, `Key Stage`, `Year` has no cue word.
//!
//! # Targets and spans
//!
//! `target` is normalised: paragraph numbers as written (`4.3`), appendix
//! and annex labels upper-cased (`(a)` → `A`), recommendation labels
//! lower-cased (`(ii)` → `ii`). `span` runs from the cue word to the end of
//! the first item (`paragraph 4.3`, `see 4.1`, `Also refer to 1.6`,
//! `recommendation (2)`); later list items span just themselves (`1.8`).
//! `see paragraph 4.1` gives the span `paragraph 4.1`: the cue is the word
//! `paragraph`. `target_span` covers the label only, brackets excluded.
//!
//! Items: a bracketed letter or lower-case roman numeral touching a
//! paragraph or recommendation number (`recommendation 2.1(d)`,
//! `paragraph 3.2(ii)`) is kept as `item` (`d`, `ii`); `target` stays the
//! number (`2.1`) and `span` runs to the closing bracket. Not on ranges,
//! nor after a space (`paragraph 3.2 (b)`), nor capitals (`3.2(B)`).
//!
//! Ranges: a paragraph or recommendation range is one reference with
//! `range_end` (`paragraphs 3.39 to 3.49`: target `3.39`, range_end `3.49`,
//! span the whole phrase, target_span `3.39`); rules can then check that it
//! runs in order. An appendix or annex range (`Appendices 1 to 3`,
//! `Annexes A-C`, `Annexes I to III`) is expanded into one reference per
//! appendix, because each is a separate thing that must exist and each is
//! cited by the range. The first has span `Appendices 1`, the last its own
//! label `3`, and those in between (which are not written) have span and
//! target_span over the whole range `1 to 3`. A descending range, or one of
//! more than 26, gives its two ends only.
//!
//! `within` is set for an annex inside an appendix (`Appendix 1, Annex B`,
//! `Annex B of Appendix 1`, `Annex B to Appendix 1`), and also for a
//! paragraph said to be in an appendix or annex (`paragraph 3 of Appendix
//! A`, `paragraph 1.2 of Annex A`, `Annex A, paragraph 2.3`), so a caller
//! can resolve it in that appendix's numbering. The appendix or annex
//! itself is always reported as well, as a reference of its own (with the
//! kind its cue word gives).
//!
//! # External references
//!
//! A reference is `external` (it points into another document and is never
//! checked) when:
//!
//! - it is followed (after white space, markup and an optional comma, at most
//!   one line break) by `of`, `to`, `in` or `under`, then a document: a word
//!   with a capital (`of Schedule 12A`, `of the National Planning Policy
//!   Framework`, `in the Cabinet report`), month and day names excepted, or a
//!   document noun among the next few words of the noun phrase (`of the
//!   guidance`, `to the officer report of 12 May`, `of the action plan`).
//!   After `to` a capital is not enough, since `to` also names who a thing
//!   goes to ("the plan at Appendix A, to Bidder 2 for the sum"): only a
//!   document noun counts (`to the Local Government Act 1972`).
//!   A name in capitals may run through `and`/`of`/`for` to its document
//!   noun (`to the Care and Support Statutory Guidance`); a noun phrase with
//!   `published`, `dated` or `issued` in it names a document too (`of the
//!   final draft budget published on 5 February`).
//!   These stay internal: `this`/`these`/`our` anything (`of this report`,
//!   `to this paper`), `the report`, `the paper`, `the document`, `the
//!   covering/main report`, and any appendix or annex (`Annex B of Appendix
//!   1`, which sets `within` instead). But `the report` said to be another
//!   one is external: `to` a body in capitals (`the report to Cabinet on 14
//!   March 2023`, `the report to the Audit Committee`), `of`/`on` a date,
//!   `dated`, `published`, `presented`, `considered` … (`the report to this
//!   Committee` stays internal). An attached action plan counts as another
//!   document: its numbering is its own, and a false alarm is worse than
//!   silence.
//! - or it is preceded on the same line (after an optional comma) by a
//!   document: a legislation word (`the Act, section 5.3`), such a word and a
//!   number (`Schedule 12A, paragraph 3`, `Act 1972, section 100`), or an
//!   acronym of capitals (`NPPF paragraph 11`), unless the cue itself is in
//!   capitals (then the line is, and capitals say nothing); or a name in
//!   capitals with a document word in it, brackets after it looked past
//!   (`Planning Policy Wales (Edition 12), section 4.2`).
//!
//! A whole phrase shares one verdict: in "paragraphs 3 and 4 of the
//! guidance" both are external.
//!
//! # Declarations
//!
//! `declares` is set on appendix and annex references that say the appendix
//! is attached: preceded by `attached`/`enclosed`/`appended`/`annexed`
//! ("the attached Appendix A"), by `as`/`at` with such a word (or
//! `included`, `provided`, `reproduced`, `circulated`) among the five words
//! before it ("attached as Appendix 2", "is attached at Appendix C",
//! "attached to this report as Appendix A"), by `in`/`to` right after such a
//! word ("enclosed in Appendix A"); or followed by "(attached)", "is
//! attached", "which is enclosed", "– appended". "set out in Appendix A" and
//! "shown in Appendix B" cite.
//!
//! # Left out
//!
//! `§ 4.3`, `sub-paragraph (b)` letters, paragraph numbers with letter
//! suffixes (`3.2a`), HTML emphasis (`<b>4.3</b>`), lower-case roman or
//! letter appendix labels outside brackets, `Appendix 1, paragraphs 3
//! and 4` after a list of appendices (`Appendices 1 and 2, paragraph 3`:
//! two references, without `within`), "referred to in 4.1".

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1, take_while_m_n};
use nom::character::complete::{char, digit1, line_ending, one_of, satisfy};
use nom::combinator::{not, opt, recognize, verify};
use nom::error::{Error, ErrorKind};
use nom::multi::{many0_count, many1_count};
use nom::sequence::preceded;
use nom::{IResult, Parser};

use crate::document::{ParagraphId, Reference, ReferenceKind, Span};

/// A reference found in running text, before it is placed in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundReference {
    /// Paragraph, Appendix, Annex or Recommendation.
    pub kind: ReferenceKind,
    /// Normalised: `4.3`, `12`, `B`, `1` (appendix letters upper-cased).
    pub target: String,
    /// `3.49` for "paragraphs 3.39 to 3.49".
    pub range_end: Option<String>,
    /// `1` for "Appendix 1, Annex B" (the annex's appendix).
    pub within: Option<String>,
    /// The reference as written, cue word included: `paragraph 4.3`; for
    /// list items after the first, just that item (`1.8` in "paragraphs 1.2
    /// and 1.8").
    pub span: Span,
    /// Just the target: `4.3`.
    pub target_span: Span,
    /// Points into another document: never checked.
    pub external: bool,
    /// Says the appendix is attached: "attached as Appendix 2".
    pub declares: bool,
    /// The lettered or roman item cited under a paragraph or
    /// recommendation, lower-cased: `d` for "recommendation 2.1(d)", `ii`
    /// for "paragraph 3.2(ii)". `target` is then the paragraph (`2.1`) and
    /// `span` runs to the closing bracket.
    pub item: Option<String>,
}

impl FoundReference {
    /// The reference as the document keeps it, in `paragraph` (if it
    /// stands in one) of numbered part `part`.
    pub fn into_reference(self, paragraph: Option<ParagraphId>, part: usize) -> Reference {
        Reference {
            kind: self.kind,
            target: self.target,
            range_end: self.range_end,
            within: self.within,
            span: self.span,
            target_span: self.target_span,
            external: self.external,
            item: self.item,
            paragraph,
            part,
            in_part: None,
        }
    }
}

/// Every reference in `text`, in order; spans are byte offsets into `text`
/// plus `base`.
pub fn find_references(text: &str, base: usize) -> Vec<FoundReference> {
    find_references_at(text, base, &Cues::new(text, base))
}

/// Where the cue words of a text are: found in one pass over a whole paper,
/// then handed out to each paragraph, heading and field (a search per
/// paragraph costs more than the search itself on short paragraphs).
pub struct Cues {
    /// Start and end of each cue word, in order, as offsets plus `base`.
    found: Vec<(usize, usize)>,
}

impl Cues {
    /// The cue words in `text`, in any case, whose first byte is at
    /// offset `base`.
    pub fn new(text: &str, base: usize) -> Cues {
        Cues {
            found: CUES
                .find_iter(&text.to_ascii_lowercase())
                .map(|m| (base + m.start(), base + m.end()))
                .collect(),
        }
    }

    /// Where each cue word starts, in order.
    pub fn starts(&self) -> impl Iterator<Item = usize> + '_ {
        self.found.iter().map(|&(s, _)| s)
    }

    /// The cue words wholly inside `within`.
    fn inside(&self, within: Span) -> impl Iterator<Item = usize> + '_ {
        let from = self.found.partition_point(|&(s, _)| s < within.start);
        self.found[from..]
            .iter()
            .take_while(move |&&(s, _)| s < within.end)
            .filter(move |&&(_, e)| e <= within.end)
            .map(|&(s, _)| s)
    }
}

/// [`find_references`] with the cue words of the whole paper already found:
/// `text` is the piece of the paper that starts at offset `base`.
pub fn find_references_at(text: &str, base: usize, cues: &Cues) -> Vec<FoundReference> {
    let mut scan = Scan {
        text,
        base,
        out: Vec::new(),
        items: Vec::new(),
    };
    // Jump from cue word to cue word: a multi-pattern search over the text
    // is far faster than looking at every word.
    let mut from = 0;
    for at in cues.inside(Span::new(base, base + text.len())) {
        let i = at - base;
        if i < from {
            continue;
        }
        from = i + 1;
        if word_starts_at(text, i) {
            if let Some(end) = scan.phrase_at(i) {
                from = end.max(i + 1);
            }
        }
    }
    scan.out
}

/// The words a reference can start with (see `phrase_at`), in lower case,
/// looked for in the text set in lower case (ASCII letters only, so
/// offsets stay the same). Exact-case patterns and leftmost matching let
/// the search use its SIMD prefilter, seven times faster than the automaton
/// alone, and eight patterns give it fewer false starts than the same
/// words in three cases.
static CUES: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    let words = [
        "para",
        "section",
        "see",
        "appendi",
        "annex",
        "also",
        "recommendation",
        "refer",
    ];
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(words)
        .expect("valid patterns")
});

// ---------------------------------------------------------------------------
// Grammar: one function per production.

type Res<'a, T> = IResult<&'a str, T>;

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

/// A label as written: `text` is the label itself (`a`, `4.3`), `outer`
/// includes its brackets (`(a)`).
#[derive(Debug, Clone, Copy)]
struct Label<'a> {
    text: &'a str,
    outer: &'a str,
}

impl<'a> Label<'a> {
    fn plain(text: &'a str) -> Self {
        Label { text, outer: text }
    }
}

/// One list item: a label, or a range of two.
#[derive(Debug, Clone, Copy)]
struct Item<'a> {
    first: Label<'a>,
    last: Option<Label<'a>>,
}

/// `inline_space = { " " | TAB | NBSP | NNBSP }+`
fn inline_space(i: &str) -> Res<'_, &str> {
    take_while1(|c| matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}')).parse(i)
}

/// `markup = { "*" | "_" }+`
fn markup(i: &str) -> Res<'_, &str> {
    take_while1(|c| c == '*' || c == '_').parse(i)
}

/// The rest of a blank line: spaces, then a line break.
fn blank_line(i: &str) -> Res<'_, &str> {
    recognize((take_while(|c| matches!(c, ' ' | '\t' | '\r')), char('\n'))).parse(i)
}

/// `soft_newline = [CR] LF`, not followed by a blank line.
fn soft_newline(i: &str) -> Res<'_, &str> {
    recognize((line_ending, not(blank_line))).parse(i)
}

/// `gap = { inline_space | markup | soft_newline }+`
fn gap(i: &str) -> Res<'_, &str> {
    recognize(many1_count(alt((inline_space, markup, soft_newline)))).parse(i)
}

/// `loose_gap = { inline_space | markup | newline }+` (blank lines too).
fn loose_gap(i: &str) -> Res<'_, &str> {
    recognize(many1_count(alt((inline_space, markup, line_ending)))).parse(i)
}

/// An ASCII word in any case. (nom's `tag_no_case` lower-cases through
/// Unicode, which costs more and is not needed: every cue word is ASCII.)
fn tag_ci<'a>(t: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |i: &'a str| {
        let n = t.len();
        let b = i.as_bytes();
        if b.len() >= n && b[..n].eq_ignore_ascii_case(t.as_bytes()) && i.is_char_boundary(n) {
            Ok((&i[n..], &i[..n]))
        } else {
            fail(i)
        }
    }
}

/// A word that must not run on into a letter or digit.
fn word<'a>(w: &'static str) -> impl Parser<&'a str, Output = &'a str, Error = Error<&'a str>> {
    recognize((tag_ci(w), not(satisfy(|c: char| c.is_alphanumeric()))))
}

/// `para_cue = ("paragraphs" | "paragraph" | "paras" | "para") ["."]`
fn para_cue(i: &str) -> Res<'_, &str> {
    recognize((
        alt((
            tag_ci("paragraphs"),
            tag_ci("paragraph"),
            tag_ci("paras"),
            tag_ci("para"),
        )),
        opt(char('.')),
    ))
    .parse(i)
}

/// `section_cue = "sections" | "section"`
fn section_cue(i: &str) -> Res<'_, &str> {
    alt((tag_ci("sections"), tag_ci("section"))).parse(i)
}

/// `see_cue = "see" [gap "also"]`
fn see_cue(i: &str) -> Res<'_, &str> {
    recognize((tag_ci("see"), opt((gap, word("also"))))).parse(i)
}

/// `refer_cue = "refer" gap "to" [":"]`
fn refer_cue(i: &str) -> Res<'_, &str> {
    recognize((tag_ci("refer"), gap, word("to"), opt(char(':')))).parse(i)
}

/// `also_refer_cue = "also" gap refer_cue`
fn also_refer_cue(i: &str) -> Res<'_, &str> {
    recognize((tag_ci("also"), gap, refer_cue)).parse(i)
}

/// `appendix_cue = "appendices" | "appendix"`
fn appendix_cue(i: &str) -> Res<'_, &str> {
    alt((tag_ci("appendices"), tag_ci("appendix"))).parse(i)
}

/// `annex_cue = "annexes" | "annexe" | "annex"`
fn annex_cue(i: &str) -> Res<'_, &str> {
    alt((tag_ci("annexes"), tag_ci("annexe"), tag_ci("annex"))).parse(i)
}

/// `recommendation_cue = "recommendations" | "recommendation"`
fn recommendation_cue(i: &str) -> Res<'_, &str> {
    alt((tag_ci("recommendations"), tag_ci("recommendation"))).parse(i)
}

/// `para_number = digits {"." digits}`, checked by [`valid_number`] and
/// [`number_end`].
fn para_number(i: &str) -> Res<'_, &str> {
    let (rest, n) = recognize((digit1, many0_count((char('.'), digit1)))).parse(i)?;
    if valid_number(n) && number_end(rest) {
        Ok((rest, n))
    } else {
        fail(i)
    }
}

/// One to four parts of one to three digits, none with a leading zero.
fn valid_number(n: &str) -> bool {
    let mut parts = 0;
    for part in n.split('.') {
        parts += 1;
        if parts > 4 || part.is_empty() || part.len() > 3 || part.starts_with('0') {
            return false;
        }
    }
    true
}

/// What may follow a paragraph number: not a letter, digit or sign, not a
/// time's colon or a thousands comma, and no unit or quantity word.
fn number_end(rest: &str) -> bool {
    let mut cs = rest.chars();
    let ok = match cs.next() {
        None => return true,
        Some(c) if c.is_alphanumeric() => false,
        Some('%' | '/' | '\\' | '£' | '$' | '€' | '°') => false,
        Some(':') => !cs.next().is_some_and(|c| c.is_ascii_digit()),
        Some('.') => !cs.next().is_some_and(char::is_alphanumeric),
        Some(',') => !thousands(cs.as_str()),
        Some(_) => true,
    };
    ok && !quantity_follows(rest)
}

/// Whether `s` starts with exactly three digits (the rest of `1,500`).
fn thousands(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3
        && b[..3].iter().all(u8::is_ascii_digit)
        && !b.get(3).is_some_and(u8::is_ascii_digit)
}

/// Words that make the number before them a quantity, not a reference.
const QUANTITY_WORDS: &[&str] = &[
    "million",
    "millions",
    "billion",
    "bn",
    "thousand",
    "k",
    "m",
    "per",
    "percent",
    "pence",
    "pounds",
    "am",
    "pm",
    "hrs",
    "hr",
    "hours",
    "hour",
    "years",
    "year",
    "months",
    "month",
    "weeks",
    "week",
    "days",
    "day",
    "minutes",
    "mins",
    "times",
    "miles",
    "km",
    "metres",
    "meters",
    "hectares",
    "ha",
    "units",
    "homes",
    "dwellings",
    "beds",
    "places",
    "sq",
];

/// Whether a unit or quantity word follows on the same line.
fn quantity_follows(rest: &str) -> bool {
    let s = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    let b = s.as_bytes();
    if b.len() >= 3 && matches!(b[0] | 0x20, b'a' | b'p') && b[1] == b'.' && (b[2] | 0x20) == b'm' {
        return true;
    }
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    n > 0 && is_one_of(&s[..n], QUANTITY_WORDS)
}

/// `range_sep = [gap] ("-" | "–" | "—") [gap] | gap ("to" | "through") gap`
fn range_sep(i: &str) -> Res<'_, &str> {
    alt((
        recognize((opt(gap), one_of("-–—"), opt(gap))),
        recognize((gap, alt((word("to"), word("through"))), gap)),
    ))
    .parse(i)
}

/// `list_sep = [gap] "," [gap] [("and" | "or") gap] | gap ("and" | "or") gap | [gap] "&" [gap]`
fn list_sep(i: &str) -> Res<'_, &str> {
    alt((
        recognize((
            opt(gap),
            char(','),
            opt(gap),
            opt((alt((word("and"), word("or"))), gap)),
        )),
        recognize((gap, alt((word("and"), word("or"))), gap)),
        recognize((opt(gap), char('&'), opt(gap))),
    ))
    .parse(i)
}

/// `loose_sep = { inline_space | markup | soft_newline | "," | ";" | "&" | "and" }+`
fn loose_sep(i: &str) -> Res<'_, &str> {
    recognize(many1_count(alt((
        inline_space,
        markup,
        soft_newline,
        tag(","),
        tag(";"),
        tag("&"),
        word("and"),
    ))))
    .parse(i)
}

/// `para_item = para_number [range_sep para_number]`
fn para_item(i: &str) -> Res<'_, Item<'_>> {
    let (rest, (first, last)) = (para_number, opt(preceded(range_sep, para_number))).parse(i)?;
    Ok((
        rest,
        Item {
            first: Label::plain(first),
            last: last.map(Label::plain),
        },
    ))
}

/// A `para_item` of decimal numbers only (for `section`).
fn decimal_item(i: &str) -> Res<'_, Item<'_>> {
    verify(para_item, |it: &Item| {
        it.first.text.contains('.') && it.last.map_or(true, |l| l.text.contains('.'))
    })
    .parse(i)
}

/// `loose_item = para_number [range_sep para_number]`, refusing a numbered
/// heading such as `5. PLANNING`.
fn loose_item(i: &str) -> Res<'_, Item<'_>> {
    let (rest, item) = para_item(i)?;
    let b = rest.as_bytes();
    let heading = item.last.is_none()
        && !item.first.text.contains('.')
        && b.len() >= 3
        && b[0] == b'.'
        && matches!(b[1], b' ' | b'\t')
        && b[2].is_ascii_alphabetic();
    if heading {
        fail(i)
    } else {
        Ok((rest, item))
    }
}

/// What may follow an appendix label: not a letter, digit or sign, nor `.`
/// and a letter or digit (`A.1`).
fn label_end(rest: &str) -> bool {
    let mut cs = rest.chars();
    match cs.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('.') => !cs.next().is_some_and(char::is_alphanumeric),
        Some('/' | '%' | '\\' | '£' | '$' | '€') => false,
        Some(_) => true,
    }
}

/// One or two digits, no leading zero.
fn two_digits(i: &str) -> Res<'_, &str> {
    verify(
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        |s: &str| !s.starts_with('0'),
    )
    .parse(i)
}

/// `paren_label = "(" (letter | digit [digit]) ")"`
fn paren_label(i: &str) -> Res<'_, Label<'_>> {
    let (rest, (_, text, _)) = (
        char('('),
        alt((recognize(satisfy(|c| c.is_ascii_alphabetic())), two_digits)),
        char(')'),
    )
        .parse(i)?;
    let outer = &i[..i.len() - rest.len()];
    Ok((rest, Label { text, outer }))
}

const ROMANS: [&str; 10] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/// The value of a roman numeral I to X, any case.
fn roman_value(s: &str) -> Option<usize> {
    ROMANS
        .iter()
        .position(|r| r.eq_ignore_ascii_case(s))
        .map(|p| p + 1)
}

/// `roman_label = "I" | "II" | ... | "X"` (capitals).
fn roman_label(i: &str) -> Res<'_, Label<'_>> {
    let (rest, r) = verify(
        take_while_m_n(1, 4, |c| matches!(c, 'I' | 'V' | 'X')),
        |s: &str| roman_value(s).is_some(),
    )
    .parse(i)?;
    if label_end(rest) {
        Ok((rest, Label::plain(r)))
    } else {
        fail(i)
    }
}

/// `capital_label = "A" .. "Z"`
fn capital_label(i: &str) -> Res<'_, Label<'_>> {
    let (rest, c) = recognize(satisfy(|c| c.is_ascii_uppercase())).parse(i)?;
    if label_end(rest) {
        Ok((rest, Label::plain(c)))
    } else {
        fail(i)
    }
}

/// `number_label = digit [digit]` (1 to 99).
fn number_label(i: &str) -> Res<'_, Label<'_>> {
    let (rest, n) = two_digits(i)?;
    if label_end(rest) {
        Ok((rest, Label::plain(n)))
    } else {
        fail(i)
    }
}

/// `appendix_label = paren_label | roman_label | capital_label | number_label`
fn appendix_label(i: &str) -> Res<'_, Label<'_>> {
    alt((paren_label, roman_label, capital_label, number_label)).parse(i)
}

/// `appendix_item = appendix_label [range_sep appendix_label]`; a range's
/// ends must be of one kind (numbers, letters or roman numerals).
fn appendix_item(i: &str) -> Res<'_, Item<'_>> {
    let (rest, first) = appendix_label(i)?;
    let range = verify(preceded(range_sep, appendix_label), |last: &Label| {
        sequence(first.text, last.text).is_some()
    })
    .parse(rest);
    match range {
        Ok((rest, last)) => Ok((
            rest,
            Item {
                first,
                last: Some(last),
            },
        )),
        Err(nom::Err::Error(_)) => Ok((rest, Item { first, last: None })),
        Err(e) => Err(e),
    }
}

/// An `appendix_item` after the first of a list: a bare `A` or `I` before a
/// lower-case word is English ("and I think"), not a label.
fn later_appendix_item(i: &str) -> Res<'_, Item<'_>> {
    let (rest, item) = appendix_item(i)?;
    let b = rest.as_bytes();
    let english = item.last.is_none()
        && matches!(item.first.outer, "A" | "I")
        && b.len() >= 2
        && b[0] == b' '
        && b[1].is_ascii_lowercase();
    if english {
        fail(i)
    } else {
        Ok((rest, item))
    }
}

/// `paren_rec_label = "(" (digit{1,3} | roman | letter) ")"`
fn paren_rec_label(i: &str) -> Res<'_, Label<'_>> {
    let (rest, (_, text, _)) = (
        char('('),
        alt((
            verify(
                take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
                |s: &str| !s.starts_with('0'),
            ),
            verify(
                take_while_m_n(1, 4, |c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X')),
                |s: &str| roman_value(s).is_some(),
            ),
            recognize(satisfy(|c| c.is_ascii_alphabetic())),
        )),
        char(')'),
    )
        .parse(i)?;
    let outer = &i[..i.len() - rest.len()];
    Ok((rest, Label { text, outer }))
}

/// `rec_label = paren_rec_label | para_number`
fn rec_label(i: &str) -> Res<'_, Label<'_>> {
    alt((paren_rec_label, |i| {
        para_number(i).map(|(r, n)| (r, Label::plain(n)))
    }))
    .parse(i)
}

/// `rec_item = rec_label [range_sep rec_label]`
fn rec_item(i: &str) -> Res<'_, Item<'_>> {
    let (rest, (first, last)) = (rec_label, opt(preceded(range_sep, rec_label))).parse(i)?;
    Ok((rest, Item { first, last }))
}

/// `within_tail = gap ("of" | "to" | "within" | "in") gap ["the" gap] appendix_cue gap appendix_label`;
/// gives the appendix cue and label.
fn within_tail(i: &str) -> Res<'_, (&str, Label<'_>)> {
    let (i, _) = container_lead(i)?;
    let (rest, (cue, _, label)) = (appendix_cue, gap, appendix_label).parse(i)?;
    Ok((rest, (cue, label)))
}

/// `part_tail = gap ("of" | "to" | "within" | "in") gap ["the" gap] (appendix_cue | annex_cue) gap appendix_label`;
/// gives the cue and label of the appendix or annex a paragraph is in.
fn part_tail(i: &str) -> Res<'_, (&str, Label<'_>)> {
    let (i, _) = container_lead(i)?;
    let (rest, (cue, _, label)) = (alt((appendix_cue, annex_cue)), gap, appendix_label).parse(i)?;
    Ok((rest, (cue, label)))
}

/// `gap ("of" | "to" | "within" | "in") gap ["the" gap]`, the lead of
/// `within_tail` and `part_tail`.
fn container_lead(i: &str) -> Res<'_, &str> {
    recognize((
        gap,
        alt((word("of"), word("to"), word("within"), word("in"))),
        gap,
        opt((word("the"), gap)),
    ))
    .parse(i)
}

/// The `[gap] "," [gap]` that leads a `paragraph_tail`.
fn paragraph_tail_lead(i: &str) -> Res<'_, &str> {
    recognize((opt(gap), char(','), opt(gap))).parse(i)
}

/// The kind a container cue names: `Annex` for `annex…`, else `Appendix`.
fn container_kind(cue: &str) -> ReferenceKind {
    if cue
        .as_bytes()
        .get(1)
        .is_some_and(|b| b.eq_ignore_ascii_case(&b'n'))
    {
        ReferenceKind::Annex
    } else {
        ReferenceKind::Appendix
    }
}

/// `annex_tail = ([gap] ("," | "-" | "–" | "—" | ":") [gap] | gap) annex_cue gap appendix_item`;
/// the list that may follow is read by the caller.
fn annex_tail(i: &str) -> Res<'_, (&str, Item<'_>)> {
    let (i, _) = alt((recognize((opt(gap), one_of(",-–—:"), opt(gap))), gap)).parse(i)?;
    let (rest, (cue, _, item)) = (annex_cue, gap, appendix_item).parse(i)?;
    Ok((rest, (cue, item)))
}

/// `cue gap item`, the start of every phrase but `also_refer_phrase`. A gap
/// that breaks the line may not lead to a table row or a numbered line
/// (`Headline recommendations<TAB>\n1.1<TAB>Ensure...`, `Recommendations\n2.
/// That ...`): the number there is the row's own.
fn head<'a>(
    cue: fn(&'a str) -> Res<'a, &'a str>,
    item: fn(&'a str) -> Res<'a, Item<'a>>,
    s: &'a str,
) -> Option<(&'a str, (&'a str, Item<'a>))> {
    let (rest, (cue, g, first)) = (cue, gap, item).parse(s).ok()?;
    if g.contains('\n') {
        let label_end =
            first.first.outer.as_ptr() as usize - s.as_ptr() as usize + first.first.outer.len();
        let after = &s.as_bytes()[label_end..];
        let row = after.first() == Some(&b'\t')
            || (after.len() >= 2 && after[0] == b' ' && after[1].is_ascii_uppercase())
            || (after.len() >= 2
                && matches!(after[0], b'.' | b')')
                && matches!(after[1], b' ' | b'\t'));
        if g.contains('\t') || row {
            return None;
        }
    }
    Some((rest, (cue, first)))
}

// ---------------------------------------------------------------------------
// The scanner: runs a phrase at a candidate word and records what it found.

struct Scan<'a> {
    text: &'a str,
    base: usize,
    out: Vec<FoundReference>,
    /// Scratch list of the current phrase's items.
    items: Vec<Item<'a>>,
}

/// How a phrase's references are recorded.
struct Emit {
    kind: ReferenceKind,
    /// Where the cue word starts (offset into the text).
    cue: usize,
    within: Option<String>,
    external: bool,
    declares: bool,
}

impl<'a> Scan<'a> {
    /// Offset of a slice of the text.
    fn off(&self, s: &str) -> usize {
        s.as_ptr() as usize - self.text.as_ptr() as usize
    }

    /// A span over `s`, a slice of the text.
    fn span_of(&self, s: &str) -> Span {
        let start = self.off(s);
        Span::new(self.base + start, self.base + start + s.len())
    }

    /// Tries every phrase that can start at `i` (an ASCII letter at a word
    /// start); returns where the phrase ends.
    fn phrase_at(&mut self, i: usize) -> Option<usize> {
        let text = self.text;
        let s = &text[i..];
        let b = s.as_bytes();
        let has = |cue: &[u8]| b.len() >= cue.len() && b[..cue.len()].eq_ignore_ascii_case(cue);
        // A cheap look at the first letters before any parser runs.
        match b[0] | 0x20 {
            b'p' if has(b"para") => self.paragraph_phrase(s),
            b's' if has(b"section") => self.section_phrase(s),
            b's' if has(b"see") => self.bare_phrase(s, see_cue),
            b'a' if has(b"appendi") => self.appendix_phrase(s),
            b'a' if has(b"annex") => self.annex_phrase(s),
            b'a' if has(b"also") => self.also_refer_phrase(s),
            b'r' if has(b"recommendation") => self.recommendation_phrase(s),
            b'r' if has(b"refer") => self.bare_phrase(s, refer_cue),
            _ => None,
        }
    }

    /// Reads `{list_sep item}` into the scratch list; returns the rest.
    fn more_items(
        &mut self,
        mut rest: &'a str,
        item: fn(&'a str) -> Res<'a, Item<'a>>,
        sep: fn(&'a str) -> Res<'a, &'a str>,
    ) -> &'a str {
        while let Ok((r, it)) = preceded(sep, item).parse(rest) {
            self.items.push(it);
            rest = r;
        }
        rest
    }

    /// `paragraph_phrase`
    fn paragraph_phrase(&mut self, s: &'a str) -> Option<usize> {
        let (rest, (cue, first)) = head(para_cue, para_item, s)?;
        self.items.clear();
        self.items.push(first);
        let rest = self.more_items(rest, para_item, list_sep);
        Some(self.finish_paragraphs(cue, rest))
    }

    /// `section_phrase`: decimal numbers, or whole numbers when external.
    fn section_phrase(&mut self, s: &'a str) -> Option<usize> {
        let (rest, (cue, first)) = head(section_cue, para_item, s)?;
        self.items.clear();
        self.items.push(first);
        let decimal =
            first.first.text.contains('.') && first.last.map_or(true, |l| l.text.contains('.'));
        let rest = if decimal {
            self.more_items(rest, decimal_item, list_sep)
        } else {
            let rest = self.more_items(rest, para_item, list_sep);
            if !(external_after(rest) || self.external_before(cue)) {
                return None;
            }
            rest
        };
        Some(self.finish_paragraphs(cue, rest))
    }

    /// `see_phrase` and `refer_phrase`: a bare number must be decimal,
    /// bracketed "(see 8)", or followed by above/below.
    fn bare_phrase(
        &mut self,
        s: &'a str,
        cue_parser: fn(&'a str) -> Res<'a, &'a str>,
    ) -> Option<usize> {
        let (rest, (cue, first)) = head(cue_parser, para_item, s)?;
        self.items.clear();
        self.items.push(first);
        let rest = self.more_items(rest, para_item, list_sep);
        let before = self.text[..self.off(cue)].trim_end_matches([' ', '\t']);
        let bracketed = before.ends_with('(');
        let direction = first_word(rest).is_some_and(|(w, _)| is_one_of(w, &["above", "below"]));
        if !(first.first.text.contains('.') || bracketed || direction) {
            return None;
        }
        Some(self.finish_paragraphs(cue, rest))
    }

    /// `also_refer_phrase`
    fn also_refer_phrase(&mut self, s: &'a str) -> Option<usize> {
        let (rest, (cue, _, first)) = (also_refer_cue, loose_gap, loose_item).parse(s).ok()?;
        self.items.clear();
        self.items.push(first);
        let rest = self.more_items(rest, loose_item, loose_sep);
        Some(self.finish_paragraphs(cue, rest))
    }

    /// The optional `part_tail` of a paragraph list, then the records.
    fn finish_paragraphs(&mut self, cue: &'a str, rest: &'a str) -> usize {
        let (rest, within) = match part_tail(rest) {
            Ok((r, w)) => (r, Some(w)),
            Err(_) => (rest, None),
        };
        let external = external_after(rest) || self.external_before(cue);
        let n = self.items.len();
        self.emit(
            0..n,
            Emit {
                kind: ReferenceKind::Paragraph,
                cue: self.off(cue),
                within: within.map(|(_, l)| l.text.to_ascii_uppercase()),
                external,
                declares: false,
            },
        );
        if let Some((cue, label)) = within {
            self.emit_appendix(cue, label, external, false);
        }
        self.off(rest)
    }

    /// `paragraph_tail` after a single appendix or annex label (`Annex A,
    /// paragraph 2.3`): the paragraphs are in that appendix. Runs after the
    /// container's own record, so references stay in text order; returns
    /// where the phrase ends.
    fn paragraph_tail(&mut self, rest: &'a str, label: &str) -> Option<usize> {
        let (after, _) = paragraph_tail_lead(rest).ok()?;
        let before = self.out.len();
        let end = self.paragraph_phrase(after)?;
        let within = label.to_ascii_uppercase();
        for r in &mut self.out[before..] {
            if r.kind == ReferenceKind::Paragraph && r.within.is_none() {
                r.within = Some(within.clone());
            }
        }
        Some(end)
    }

    /// `appendix_phrase`
    fn appendix_phrase(&mut self, s: &'a str) -> Option<usize> {
        let (rest, (cue, first)) = head(appendix_cue, appendix_item, s)?;
        self.items.clear();
        self.items.push(first);
        let mut rest = self.more_items(rest, later_appendix_item, list_sep);
        let split = self.items.len();
        let mut annex_cue = None;
        if split == 1 && first.last.is_none() {
            if let Ok((r, (acue, item))) = annex_tail(rest) {
                self.items.push(item);
                rest = self.more_items(r, later_appendix_item, list_sep);
                annex_cue = Some(acue);
            }
        }
        let external = external_after(rest) || self.external_before(cue);
        let declares = declares_after(rest) || declares_before(self.text, self.off(cue));
        self.emit(
            0..split,
            Emit {
                kind: ReferenceKind::Appendix,
                cue: self.off(cue),
                within: None,
                external,
                declares,
            },
        );
        if let Some(acue) = annex_cue {
            let n = self.items.len();
            self.emit(
                split..n,
                Emit {
                    kind: ReferenceKind::Annex,
                    cue: self.off(acue),
                    within: Some(first.first.text.to_ascii_uppercase()),
                    external,
                    declares,
                },
            );
        } else if split == 1 && first.last.is_none() && !external {
            if let Some(end) = self.paragraph_tail(rest, first.first.text) {
                return Some(end);
            }
        }
        Some(self.off(rest))
    }

    /// `annex_phrase`
    fn annex_phrase(&mut self, s: &'a str) -> Option<usize> {
        let (rest, (cue, first)) = head(annex_cue, appendix_item, s)?;
        self.items.clear();
        self.items.push(first);
        let rest = self.more_items(rest, later_appendix_item, list_sep);
        let (rest, within) = match within_tail(rest) {
            Ok((r, w)) => (r, Some(w)),
            Err(_) => (rest, None),
        };
        let external = external_after(rest) || self.external_before(cue);
        let declares = declares_after(rest) || declares_before(self.text, self.off(cue));
        let n = self.items.len();
        self.emit(
            0..n,
            Emit {
                kind: ReferenceKind::Annex,
                cue: self.off(cue),
                within: within.map(|(_, l)| l.text.to_ascii_uppercase()),
                external,
                declares,
            },
        );
        if let Some((acue, label)) = within {
            self.emit_appendix(acue, label, external, declares);
        } else if n == 1 && first.last.is_none() && !external {
            if let Some(end) = self.paragraph_tail(rest, first.first.text) {
                return Some(end);
            }
        }
        Some(self.off(rest))
    }

    /// `recommendation_phrase`
    fn recommendation_phrase(&mut self, s: &'a str) -> Option<usize> {
        let (rest, (cue, first)) = head(recommendation_cue, rec_item, s)?;
        self.items.clear();
        self.items.push(first);
        let rest = self.more_items(rest, rec_item, list_sep);
        let external = external_after(rest) || self.external_before(cue);
        let n = self.items.len();
        self.emit(
            0..n,
            Emit {
                kind: ReferenceKind::Recommendation,
                cue: self.off(cue),
                within: None,
                external,
                declares: false,
            },
        );
        Some(self.off(rest))
    }

    /// Whether a document stands just before the cue.
    fn external_before(&self, cue: &str) -> bool {
        let caps = cue.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase);
        external_before(&self.text[..self.off(cue)], caps)
    }

    /// Records the appendix or annex named in a `within_tail` or `part_tail`.
    fn emit_appendix(&mut self, cue: &str, label: Label<'_>, external: bool, declares: bool) {
        let target_span = self.span_of(label.text);
        let start = self.base + self.off(cue);
        let end = self.base + self.off(label.outer) + label.outer.len();
        self.out.push(FoundReference {
            kind: container_kind(cue),
            target: label.text.to_ascii_uppercase(),
            range_end: None,
            within: None,
            span: Span::new(start, end),
            target_span,
            external,
            declares,
            item: None,
        });
    }

    /// Records the scratch items `range`.
    fn emit(&mut self, range: std::ops::Range<usize>, e: Emit) {
        let first_index = range.start;
        for idx in range {
            let item = self.items[idx];
            let item_start = self.off(item.first.outer);
            let end_label = item.last.unwrap_or(item.first);
            let item_end = self.off(end_label.outer) + end_label.outer.len();
            let start = if idx == first_index {
                e.cue
            } else {
                item_start
            };
            let norm = |t: &str| match e.kind {
                ReferenceKind::Appendix | ReferenceKind::Annex => t.to_ascii_uppercase(),
                ReferenceKind::Recommendation => t.to_ascii_lowercase(),
                ReferenceKind::Paragraph => t.to_string(),
            };
            let make = |target: String, span: Span, target_span: Span, range_end| FoundReference {
                kind: e.kind,
                target,
                range_end,
                within: e.within.clone(),
                span,
                target_span,
                external: e.external,
                declares: e.declares,
                item: None,
            };
            let first_ts = self.span_of(item.first.text);
            let first_span = Span::new(
                self.base + start,
                self.base + self.off(item.first.outer) + item.first.outer.len(),
            );
            let expand = matches!(e.kind, ReferenceKind::Appendix | ReferenceKind::Annex);
            match item.last {
                Some(last) if expand => {
                    let last_ts = self.span_of(last.text);
                    let last_span = self.span_of(last.outer);
                    let whole = Span::new(self.base + item_start, self.base + item_end);
                    let labels = sequence(item.first.text, last.text).unwrap_or_default();
                    if labels.len() >= 2 {
                        let n = labels.len();
                        for (k, label) in labels.into_iter().enumerate() {
                            let (span, ts) = match k {
                                0 => (first_span, first_ts),
                                k if k + 1 == n => (last_span, last_ts),
                                _ => (whole, whole),
                            };
                            self.out.push(make(label, span, ts, None));
                        }
                    } else {
                        // A one-item, descending or over-long range: its ends.
                        self.out
                            .push(make(norm(item.first.text), first_span, first_ts, None));
                        if !item.first.text.eq_ignore_ascii_case(last.text) {
                            self.out
                                .push(make(norm(last.text), last_span, last_ts, None));
                        }
                    }
                }
                _ => {
                    let range_end = item.last.map(|l| norm(l.text));
                    // "2.1(d)": the item under the paragraph, bracket touching.
                    let sub = match e.kind {
                        ReferenceKind::Paragraph | ReferenceKind::Recommendation
                            if range_end.is_none()
                                && item.first.text.starts_with(|c: char| c.is_ascii_digit()) =>
                        {
                            sub_item(&self.text[item_end..])
                        }
                        _ => None,
                    };
                    let end = item_end + sub.map_or(0, |(_, len)| len);
                    let span = Span::new(self.base + start, self.base + end);
                    let mut r = make(norm(item.first.text), span, first_ts, range_end);
                    r.item = sub.map(|(label, _)| label.to_ascii_lowercase());
                    self.out.push(r);
                }
            }
        }
    }
}

/// A bracketed item right after a paragraph number, `(d)` or `(ii)` of
/// `2.1(d)`, `3.2(ii)`: one lower-case letter or a lower-case roman
/// numeral up to `x`, with the length written.
fn sub_item(rest: &str) -> Option<(&str, usize)> {
    let inner = rest.strip_prefix('(')?;
    let n = inner.bytes().take_while(u8::is_ascii_lowercase).count();
    let label = &inner[..n];
    let after = inner[n..].strip_prefix(')')?;
    let ok = n == 1 || roman_value(label).is_some();
    (ok && label_end(after)).then_some((label, n + 2))
}

/// The labels from `a` to `b`, upper-cased: numbers, letters or roman
/// numerals. `None` when the two are not of one kind; empty when the range
/// runs backwards or covers more than 26.
fn sequence(a: &str, b: &str) -> Option<Vec<String>> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    let count_ok = |from: usize, to: usize| from <= to && to - from < 26;
    if digits(a) && digits(b) {
        let (x, y) = (a.parse::<usize>().ok()?, b.parse::<usize>().ok()?);
        return Some(if count_ok(x, y) {
            (x..=y).map(|n| n.to_string()).collect()
        } else {
            Vec::new()
        });
    }
    if let (Some(x), Some(y)) = (roman_value(a), roman_value(b)) {
        return Some(if count_ok(x, y) {
            ROMANS[x - 1..y].iter().map(|r| r.to_string()).collect()
        } else {
            Vec::new()
        });
    }
    let (ab, bb) = (a.as_bytes(), b.as_bytes());
    if ab.len() == 1 && bb.len() == 1 && ab[0].is_ascii_alphabetic() && bb[0].is_ascii_alphabetic()
    {
        let (x, y) = (
            usize::from(ab[0].to_ascii_uppercase()),
            usize::from(bb[0].to_ascii_uppercase()),
        );
        return Some(if count_ok(x, y) {
            (x..=y)
                .map(|c| char::from(u8::try_from(c).unwrap_or(b'?')).to_string())
                .collect()
        } else {
            Vec::new()
        });
    }
    None
}

// ---------------------------------------------------------------------------
// Context: what stands around a phrase. These look at words of ASCII letters
// and digits and cut only next to ASCII bytes.

/// Whether a word starts at byte `i` (an ASCII letter): the character
/// before it is no letter or digit.
fn word_starts_at(text: &str, i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let prev = text.as_bytes()[i - 1];
    if prev.is_ascii() {
        !prev.is_ascii_alphanumeric()
    } else {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    }
}

/// Whether `w` is one of `list`, ignoring ASCII case.
fn is_one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Skips spaces, markup and at most one line break.
fn skip_soft(s: &str) -> &str {
    let mut newlines = 0;
    for (idx, c) in s.char_indices() {
        match c {
            ' ' | '\t' | '\u{a0}' | '\u{202f}' | '*' | '_' | '\r' => {}
            '\n' if newlines == 0 => newlines += 1,
            _ => return &s[idx..],
        }
    }
    ""
}

/// Skips spaces, markup and at most one line break, backwards.
fn skip_soft_back(s: &str) -> &str {
    let mut newlines = 0;
    for (idx, c) in s.char_indices().rev() {
        match c {
            ' ' | '\t' | '\u{a0}' | '\u{202f}' | '*' | '_' | '\r' => {}
            '\n' if newlines == 0 => newlines += 1,
            _ => return &s[..idx + c.len_utf8()],
        }
    }
    ""
}

/// The next word of ASCII letters and digits, and what follows it.
fn first_word(s: &str) -> Option<(&str, &str)> {
    let s = skip_soft(s);
    let n = s.bytes().take_while(u8::is_ascii_alphanumeric).count();
    (n > 0).then(|| (&s[..n], &s[n..]))
}

/// The last word of ASCII letters and digits, and what stands before it.
fn last_word(s: &str) -> Option<(&str, &str)> {
    let s = skip_soft_back(s);
    let n = s
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    (n > 0).then(|| (&s[s.len() - n..], &s[..s.len() - n]))
}

/// Nouns that name a document other than this one.
const DOCUMENT_NOUNS: &[&str] = &[
    "act",
    "acts",
    "regulations",
    "regulation",
    "order",
    "schedule",
    "framework",
    "guidance",
    "guide",
    "code",
    "constitution",
    "policy",
    "strategy",
    "plan",
    "report",
    "minutes",
    "agreement",
    "protocol",
    "directive",
    "circular",
    "bill",
    "rules",
    "document",
    "letter",
    "statement",
    "standards",
    "handbook",
    "manual",
    "procedures",
    "specification",
    "contract",
    "notice",
    "consultation",
    "decision",
    "review",
    "nppf",
];

/// Words that end the noun phrase after "of the".
const PHRASE_STOPS: &[&str] = &[
    "of", "to", "in", "for", "on", "with", "by", "and", "or", "which", "that", "is", "are", "was",
    "were", "be", "will", "as", "at", "from",
];

/// Day names: capitals that are no document ("on Monday"). Month names
/// are the date grammar's ([`super::dates::is_month_word`]).
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether the text after a reference sends it into another document:
/// `of`/`to`/`in`/`under` and a document.
fn external_after(rest: &str) -> bool {
    let s = skip_soft(rest);
    let s = s.strip_prefix(',').unwrap_or(s);
    match first_word(s) {
        Some((prep, s)) if is_one_of(prep, &["of", "to", "in", "under"]) => {
            let to = prep.eq_ignore_ascii_case("to");
            !(to && infinitive_follows(s)) && document_follows(s, !to)
        }
        _ => false,
    }
}

/// Words that may open a noun phrase after "to" without being a verb:
/// "Appendix 6 to the officer report", "Annex 2 to last year's plan".
const NOUN_PHRASE_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "these", "that", "those", "our", "its", "their", "his", "her",
    "each", "every", "any", "both", "all", "last", "previous", "earlier", "latest", "current",
    "original", "revised", "updated", "same",
];

/// Whether "to" and the words of `s` are an infinitive, so that the
/// reference before it is this paper's: "the decision attached as Appendix
/// A to award the contract", "Appendix 2 to agree the fees". A lower-case
/// word that opens no noun phrase, is no document noun and is not followed
/// by one ("to officer report", "to draft guidance" stay for
/// [`document_follows`] to judge).
fn infinitive_follows(s: &str) -> bool {
    let Some((w, rest)) = first_word(s) else {
        return false;
    };
    if !w.as_bytes()[0].is_ascii_lowercase()
        || w.bytes().any(|b| b.is_ascii_digit())
        || is_one_of(w, NOUN_PHRASE_OPENERS)
        || is_one_of(w, DOCUMENT_NOUNS)
        || is_one_of(w, ISSUED)
    {
        return false;
    }
    !first_word(rest).is_some_and(|(w2, _)| is_one_of(w2, DOCUMENT_NOUNS))
}

/// Whether the words of `s` name another document (see the module docs);
/// `capital` says whether a word with a capital is enough.
fn document_follows(s: &str, capital: bool) -> bool {
    let Some((mut w, mut s)) = first_word(s) else {
        return false;
    };
    if is_one_of(w, &["this", "these", "our"]) {
        return false;
    }
    if is_one_of(w, &["the", "a", "an"]) {
        let Some((w2, s2)) = first_word(s) else {
            return false;
        };
        if is_one_of(w2, &["report", "paper", "document"]) {
            // "the report to Cabinet on 14 March 2023" is another report.
            return another_report(s2);
        }
        if is_one_of(w2, &["covering", "cover", "main"])
            && first_word(s2).is_some_and(|(w3, _)| is_one_of(w3, &["report", "paper"]))
        {
            return false;
        }
        (w, s) = (w2, s2);
    } else if is_one_of(w, &["report", "paper"]) {
        // "Appendix A to report back": a verb, not a document.
        return false;
    }
    let lower = w.to_ascii_lowercase();
    if lower.starts_with("appendi") || lower.starts_with("annex") {
        return false;
    }
    if capital
        && w.as_bytes()[0].is_ascii_uppercase()
        && !is_one_of(w, WEEKDAYS)
        && !super::dates::is_month_word(w)
    {
        return true;
    }
    // Up to four words of the noun phrase, and any number of a name in
    // capitals (up to ten words in all): "the Care and Support Statutory
    // Guidance", where "and" joins two words of the name.
    let mut plain_words = 0;
    let mut in_name = false;
    for _ in 0..10 {
        if is_one_of(w, DOCUMENT_NOUNS) {
            return true;
        }
        if is_one_of(w, ISSUED) {
            // "section 7.9 of the final draft budget published on 5 February".
            return true;
        }
        let next = first_word(s);
        let capital = w.as_bytes()[0].is_ascii_uppercase();
        if is_one_of(w, PHRASE_STOPS) {
            let joins_name = in_name
                && is_one_of(w, &["and", "of", "for", "&"])
                && next.is_some_and(|(n, _)| n.as_bytes()[0].is_ascii_uppercase());
            if !joins_name {
                return false;
            }
        } else if !capital {
            plain_words += 1;
            if plain_words >= 4 {
                return false;
            }
        }
        in_name = capital || (in_name && is_one_of(w, PHRASE_STOPS));
        match next {
            Some((w2, s2)) => (w, s) = (w2, s2),
            None => return false,
        }
    }
    false
}

/// Words that, in the noun phrase after "of the", say it names a document
/// issued at some time: "the final draft budget published on 5 February".
const ISSUED: &[&str] = &["published", "dated", "issued"];

/// Whether the words after "the report" say which other report it is: "to
/// Cabinet", "to the Audit Committee", "of 12 May 2024", "on 14 March",
/// "dated …", "published …", "presented to …", "considered by …".
fn another_report(s: &str) -> bool {
    let Some((w, rest)) = first_word(s) else {
        return false;
    };
    if is_one_of(
        w,
        &[
            "dated",
            "published",
            "presented",
            "considered",
            "submitted",
            "approved",
            "agreed",
            "issued",
            "taken",
            "received",
        ],
    ) {
        return true;
    }
    let Some((w2, rest2)) = first_word(rest) else {
        return false;
    };
    let starts_date = |x: &str| {
        x.as_bytes()[0].is_ascii_digit() || super::dates::is_month_word(x) || is_one_of(x, WEEKDAYS)
    };
    match w.to_ascii_lowercase().as_str() {
        "to" => {
            if is_one_of(w2, &["this", "these"]) {
                return false;
            }
            let body = if is_one_of(w2, &["the", "a"]) {
                first_word(rest2).map(|(w3, _)| w3)
            } else {
                Some(w2)
            };
            body.is_some_and(|b| b.as_bytes()[0].is_ascii_uppercase() && !starts_date(b))
        }
        "of" | "on" => starts_date(w2),
        _ => false,
    }
}

/// Words that name a document when they stand just before a reference.
const DOCUMENTS_BEFORE: &[&str] = &[
    "act",
    "schedule",
    "regulations",
    "order",
    "framework",
    "guidance",
    "code",
    "constitution",
    "directive",
    "circular",
    "bill",
    "rules",
    "standards",
    "plan",
    "policy",
    "strategy",
    "protocol",
    "agreement",
];

/// Words that a number follows in a citation of legislation ("Schedule 12A").
const NUMBERED_DOCUMENTS: &[&str] = &[
    "act",
    "schedule",
    "regulations",
    "order",
    "bill",
    "rules",
    "circular",
    "directive",
];

/// Capitals that are words, not acronyms of documents.
const NOT_ACRONYMS: &[&str] = &[
    "AND", "THE", "SEE", "ALSO", "FOR", "ARE", "NOT", "REFER", "WITH", "FROM", "INTO", "PLEASE",
    "NOTE", "OR", "OF", "TO", "IN", "AT", "AS", "ON", "BY", "IS", "BE", "IT", "II", "III", "IV",
    "VI", "VII", "VIII", "IX",
];

/// Whether a document stands just before a cue: `before` is the text up to
/// the cue; `caps` says the cue is in capitals.
fn external_before(before: &str, caps: bool) -> bool {
    let line = before.trim_end_matches([' ', '\t', '\u{a0}', '*', '_']);
    let line = line.strip_suffix(',').unwrap_or(line);
    let line = line.trim_end_matches([' ', '\t', '\u{a0}', '*', '_']);
    if let Some(open) = line.strip_suffix(')').and_then(|l| l.rfind('(')) {
        // "Planning Policy Wales (Edition 12), section 4.2": the name
        // before the brackets.
        return named_document_before(&line[..open]);
    }
    let Some((w, rest)) = last_word(line) else {
        return false;
    };
    if w.bytes().any(|b| b.is_ascii_digit()) {
        return last_word(rest.trim_end_matches([' ', '\t']))
            .is_some_and(|(w2, _)| is_one_of(w2, NUMBERED_DOCUMENTS));
    }
    if is_one_of(w, DOCUMENTS_BEFORE) || named_document_before(line) {
        return true;
    }
    !caps
        && (2..=8).contains(&w.len())
        && w.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && w.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && !NOT_ACRONYMS.contains(&w)
}

/// Whether `before` ends with a name in capitals that has a document word
/// in it: "Planning Policy Wales", "the Local Transport Plan 4" (at most six
/// words back, each with a capital or a number).
fn named_document_before(before: &str) -> bool {
    let mut s = before.trim_end_matches([' ', '\t', '\u{a0}', '*', '_']);
    for _ in 0..6 {
        let Some((w, rest)) = last_word(s) else {
            return false;
        };
        let first = w.as_bytes()[0];
        if !(first.is_ascii_uppercase() || first.is_ascii_digit()) {
            return false;
        }
        if is_one_of(w, DOCUMENTS_BEFORE) {
            return true;
        }
        // Words only: "Wales, section 4.2" has no name before the comma.
        if !rest.ends_with([' ', '\t', '\u{a0}']) {
            return false;
        }
        s = rest.trim_end_matches([' ', '\t', '\u{a0}']);
    }
    false
}

/// Words that say an appendix is attached.
const ATTACHED: &[&str] = &["attached", "enclosed", "appended", "annexed"];

/// Words that, before "as"/"at", say an appendix is attached.
const ATTACHING: &[&str] = &[
    "attached",
    "attach",
    "enclosed",
    "enclose",
    "appended",
    "append",
    "annexed",
    "included",
    "provided",
    "reproduced",
    "circulated",
];

/// Whether the words before an appendix cue at `cue` declare it.
fn declares_before(text: &str, cue: usize) -> bool {
    let mut words = [""; 6];
    let mut n = 0;
    let mut s = &text[..cue];
    while n < words.len() {
        let Some((w, before)) = last_word(s) else {
            break;
        };
        words[n] = w;
        n += 1;
        s = before;
    }
    let words = &words[..n];
    match words {
        [] => false,
        [w1, ..] if is_one_of(w1, ATTACHED) => true,
        [w1, more @ ..] if is_one_of(w1, &["as", "at"]) => {
            more.iter().any(|w| is_one_of(w, ATTACHING))
        }
        [w1, w2, ..] if is_one_of(w1, &["in", "to"]) => is_one_of(w2, ATTACHED),
        _ => false,
    }
}

/// Whether the words after an appendix reference declare it: "(attached)",
/// "is attached", "which is enclosed".
fn declares_after(rest: &str) -> bool {
    let s = skip_soft(rest);
    let mut s = s.strip_prefix(['(', ',', '-', '–', '—']).unwrap_or(s);
    for _ in 0..3 {
        let Some((w, r)) = first_word(s) else {
            return false;
        };
        if is_one_of(w, ATTACHED) {
            return true;
        }
        if !is_one_of(
            w,
            &[
                "is", "are", "was", "were", "which", "has", "have", "been", "being", "also",
                "hereby",
            ],
        ) {
            return false;
        }
        s = r;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReferenceKind::*;

    /// `(kind, target, span text, target_span text)` of every reference.
    fn found(text: &str) -> Vec<(ReferenceKind, String, String, String)> {
        find_references(text, 0)
            .into_iter()
            .map(|r| {
                (
                    r.kind,
                    r.target.clone(),
                    r.span.of(text).to_string(),
                    r.target_span.of(text).to_string(),
                )
            })
            .collect()
    }

    fn targets(text: &str) -> Vec<String> {
        find_references(text, 0)
            .into_iter()
            .map(|r| r.target)
            .collect()
    }

    fn one(text: &str) -> FoundReference {
        let refs = find_references(text, 0);
        assert_eq!(refs.len(), 1, "{text:?} gave {refs:#?}");
        refs.into_iter().next().unwrap()
    }

    fn none(text: &str) {
        let refs = find_references(text, 0);
        assert!(refs.is_empty(), "{text:?} gave {refs:#?}");
    }

    fn t(
        kind: ReferenceKind,
        target: &str,
        span: &str,
        ts: &str,
    ) -> (ReferenceKind, String, String, String) {
        (kind, target.into(), span.into(), ts.into())
    }

    #[test]
    fn paragraph_forms() {
        assert_eq!(
            found("as set out in paragraph 3.2, the plan"),
            vec![t(Paragraph, "3.2", "paragraph 3.2", "3.2")]
        );
        assert_eq!(
            found("para 12 says"),
            vec![t(Paragraph, "12", "para 12", "12")]
        );
        assert_eq!(
            found("(para. 12)"),
            vec![t(Paragraph, "12", "para. 12", "12")]
        );
        assert_eq!(
            found("PARAGRAPH 7."),
            vec![t(Paragraph, "7", "PARAGRAPH 7", "7")]
        );
        assert_eq!(
            found("paras 3 and 4 explain"),
            vec![
                t(Paragraph, "3", "paras 3", "3"),
                t(Paragraph, "4", "4", "4")
            ]
        );
        assert_eq!(
            found("paragraphs 1.2 and 1.8"),
            vec![
                t(Paragraph, "1.2", "paragraphs 1.2", "1.2"),
                t(Paragraph, "1.8", "1.8", "1.8")
            ]
        );
        assert_eq!(
            found("paragraphs 1.2, 1.5 and 1.8."),
            vec![
                t(Paragraph, "1.2", "paragraphs 1.2", "1.2"),
                t(Paragraph, "1.5", "1.5", "1.5"),
                t(Paragraph, "1.8", "1.8", "1.8")
            ]
        );
        assert_eq!(
            targets("paragraphs 1.2, 1.5, and 1.8"),
            ["1.2", "1.5", "1.8"]
        );
        assert_eq!(targets("paragraphs 3.2.1 & 3.2.4"), ["3.2.1", "3.2.4"]);
        assert_eq!(
            found("as paragraph 3 below shows"),
            vec![t(Paragraph, "3", "paragraph 3", "3")]
        );
        assert_eq!(targets("see paragraph 3 above."), ["3"]);
        assert_eq!(targets("sub-paragraph 4.2"), ["4.2"]);
        assert_eq!(targets("paragraph\n4.3 wraps"), ["4.3"]);
        // The item under the paragraph is kept apart: see
        // `items_under_a_paragraph`.
        assert_eq!(
            found("paragraph 3(a)"),
            vec![t(Paragraph, "3", "paragraph 3(a)", "3")]
        );
        assert_eq!(one("paragraph 3(a)").item.as_deref(), Some("a"));
        assert_eq!(targets("paragraphs 4.1 to 4.3 of Appendix A"), ["4.1", "A"]);
    }

    #[test]
    fn paragraph_ranges_are_one_reference() {
        for (text, span) in [
            ("paragraphs 3.39 to 3.49 set out", "paragraphs 3.39 to 3.49"),
            ("paragraphs 3.39-3.49.", "paragraphs 3.39-3.49"),
            ("paragraphs 3.39 – 3.49", "paragraphs 3.39 – 3.49"),
            ("paragraphs 3.39 — 3.49", "paragraphs 3.39 — 3.49"),
        ] {
            let r = one(text);
            assert_eq!(r.target, "3.39");
            assert_eq!(r.range_end.as_deref(), Some("3.49"));
            assert_eq!(r.span.of(text), span);
            assert_eq!(r.target_span.of(text), "3.39");
        }
        let text = "paragraphs 2.1, 3.39 to 3.49 and 4";
        assert_eq!(
            found(text),
            vec![
                t(Paragraph, "2.1", "paragraphs 2.1", "2.1"),
                t(Paragraph, "3.39", "3.39 to 3.49", "3.39"),
                t(Paragraph, "4", "4", "4"),
            ]
        );
        // Backwards ranges are kept as written, for a rule to report.
        assert_eq!(one("paragraphs 5 to 3").range_end.as_deref(), Some("3"));
    }

    #[test]
    fn see_forms() {
        assert_eq!(
            found("see 4.1"),
            vec![t(Paragraph, "4.1", "see 4.1", "4.1")]
        );
        assert_eq!(
            found("is reviewed (see 4.1)."),
            vec![t(Paragraph, "4.1", "see 4.1", "4.1")]
        );
        assert_eq!(
            found("(see paragraph 4.1)"),
            vec![t(Paragraph, "4.1", "paragraph 4.1", "4.1")]
        );
        assert_eq!(
            found("See also 2.3 and 2.4"),
            vec![
                t(Paragraph, "2.3", "See also 2.3", "2.3"),
                t(Paragraph, "2.4", "2.4", "2.4")
            ]
        );
        assert_eq!(targets("(see 8)"), ["8"]);
        assert_eq!(targets("see 8 below"), ["8"]);
        assert_eq!(targets("please refer to 4.1 for more"), ["4.1"]);
        // A bare whole number after "see" is a quantity, not a paragraph.
        none("we will see 20 new staff");
        none("The Council will see 2.5 million visitors");
        none("see page 12");
        none("seen 4.1 times");
        none("overseen 4.1");
    }

    #[test]
    fn section_forms() {
        assert_eq!(
            found("section 5.3 and Annex 1"),
            vec![
                t(Paragraph, "5.3", "section 5.3", "5.3"),
                t(Annex, "1", "Annex 1", "1")
            ]
        );
        assert_eq!(targets("sections 5.3 and 5.4"), ["5.3", "5.4"]);
        // A whole number ends a list of decimal sections.
        assert_eq!(targets("sections 5.3 and 6 times"), ["5.3"]);
        none("through Section 31 agreements");
        none("LOCAL GOVERNMENT ACT 1972, SECTION 100D");
        none("Section 2: Report");
        none("section 2 of this report");
        none("Section 1\n\nSummary");
    }

    #[test]
    fn markup_is_looked_through() {
        assert_eq!(
            found("paragraph **4.3** shows"),
            vec![t(Paragraph, "4.3", "paragraph **4.3", "4.3")]
        );
        assert_eq!(
            found("**paragraph 4.3**"),
            vec![t(Paragraph, "4.3", "paragraph 4.3", "4.3")]
        );
        assert_eq!(
            found("see **Appendix B**"),
            vec![t(Appendix, "B", "Appendix B", "B")]
        );
        assert_eq!(targets("paragraphs **1.2** and **1.8**"), ["1.2", "1.8"]);
        assert_eq!(targets("paragraph\u{a0}4.3"), ["4.3"]);
    }

    #[test]
    fn also_refer_to_lists() {
        let text = "Also refer to 1.6 4.1\n 2.1 4.3\n 2.6";
        assert_eq!(targets(text), ["1.6", "4.1", "2.1", "4.3", "2.6"]);
        let refs = find_references(text, 0);
        assert_eq!(refs[0].span.of(text), "Also refer to 1.6");
        assert_eq!(refs[4].span.of(text), "2.6");
        assert!(refs.iter().all(|r| r.kind == Paragraph && !r.external));

        let text = "Also refer to\n\n2.6\t5.9\n5.3\t9.1";
        assert_eq!(targets(text), ["2.6", "5.9", "5.3", "9.1"]);
        assert_eq!(
            find_references(text, 0)[0].span.of(text),
            "Also refer to\n\n2.6"
        );

        assert_eq!(
            targets("Also refer to **1.9**\n 1.11\n 7.6\n"),
            ["1.9", "1.11", "7.6"]
        );
        assert_eq!(
            targets("also refer to 1.1, 1.8 and 1.9."),
            ["1.1", "1.8", "1.9"]
        );
        // Stop at the first token that is not a paragraph number.
        assert_eq!(
            targets("Also refer to 1.1 1.8 the plan 2.2"),
            ["1.1", "1.8"]
        );
        assert_eq!(
            targets("Also refer to 1.1\n 1.9\n\n5. PLANNING\n\n- 5.1 An"),
            ["1.1", "1.9"]
        );
        assert_eq!(targets("Also refer to 5.8\t\n\n11. PROMOTING"), ["5.8"]);
        none("Also refer to\n\n5. PLANNING");
        none("Also refer to the plan");
        // "Cross refer to" a document: no number, no reference.
        none("Cross refer to National Care Standards Action Plan");
    }

    #[test]
    fn appendix_forms() {
        assert_eq!(
            found("in Appendix B notes"),
            vec![t(Appendix, "B", "Appendix B", "B")]
        );
        assert_eq!(
            found("Appendix 1."),
            vec![t(Appendix, "1", "Appendix 1", "1")]
        );
        assert_eq!(
            found("appendices A and B"),
            vec![
                t(Appendix, "A", "appendices A", "A"),
                t(Appendix, "B", "B", "B")
            ]
        );
        assert_eq!(
            found("Appendix A: Joint Review Action Plan."),
            vec![t(Appendix, "A", "Appendix A", "A")]
        );
        assert_eq!(found("Annex A"), vec![t(Annex, "A", "Annex A", "A")]);
        assert_eq!(found("see Annex 2,"), vec![t(Annex, "2", "Annex 2", "2")]);
        assert_eq!(found("Annex IV"), vec![t(Annex, "IV", "Annex IV", "IV")]);
        assert_eq!(found("annexe C"), vec![t(Annex, "C", "annexe C", "C")]);
        assert_eq!(
            found("Appendix (a)"),
            vec![t(Appendix, "A", "Appendix (a)", "a")]
        );
        assert_eq!(targets("Appendices A, B and C"), ["A", "B", "C"]);
        assert_eq!(targets("APPENDIX 12"), ["12"]);
        assert_eq!(targets("Appendix A and Appendix B"), ["A", "B"]);
        assert_eq!(targets("Appendix B and I think"), ["B"]);
        assert_eq!(targets("Appendix B's figures"), ["B"]);
    }

    #[test]
    fn appendix_ranges_expand() {
        let text = "Appendices 1 to 3 show";
        assert_eq!(
            found(text),
            vec![
                t(Appendix, "1", "Appendices 1", "1"),
                t(Appendix, "2", "1 to 3", "1 to 3"),
                t(Appendix, "3", "3", "3"),
            ]
        );
        assert!(find_references(text, 0)
            .iter()
            .all(|r| r.range_end.is_none()));
        assert_eq!(targets("Appendices A-C"), ["A", "B", "C"]);
        assert_eq!(targets("Annexes B – D and F"), ["B", "C", "D", "F"]);
        assert_eq!(targets("Annexes I to III"), ["I", "II", "III"]);
        assert_eq!(targets("Appendices 3 to 1"), ["3", "1"]);
        // Mixed kinds are no range.
        assert_eq!(targets("Appendix A-1"), ["A"]);
    }

    #[test]
    fn annex_within_appendix() {
        let text = "see Appendix 1, Annex B for the detail";
        let refs = find_references(text, 0);
        assert_eq!(refs.len(), 2, "{refs:#?}");
        assert_eq!((refs[0].kind, refs[0].target.as_str()), (Appendix, "1"));
        assert_eq!(refs[0].span.of(text), "Appendix 1");
        assert_eq!(refs[0].within, None);
        assert_eq!((refs[1].kind, refs[1].target.as_str()), (Annex, "B"));
        assert_eq!(refs[1].span.of(text), "Annex B");
        assert_eq!(refs[1].within.as_deref(), Some("1"));

        for text in [
            "Annex B of Appendix 1",
            "Annex B to Appendix 1.",
            "Annex B in the Appendix 1",
        ] {
            let refs = find_references(text, 0);
            assert_eq!(refs.len(), 2, "{text}: {refs:#?}");
            assert_eq!((refs[0].kind, refs[0].target.as_str()), (Annex, "B"));
            assert_eq!(refs[0].span.of(text), "Annex B");
            assert_eq!(refs[0].within.as_deref(), Some("1"));
            assert_eq!((refs[1].kind, refs[1].target.as_str()), (Appendix, "1"));
            assert_eq!(refs[1].span.of(text), "Appendix 1");
            assert!(refs.iter().all(|r| !r.external), "{text}");
        }
        let refs = find_references("Annexes A and B to Appendix 2", 0);
        assert_eq!(refs.len(), 3);
        assert!(refs[..2].iter().all(|r| r.within.as_deref() == Some("2")));

        let text = "paragraph 3 of Appendix A";
        let refs = find_references(text, 0);
        assert_eq!(refs.len(), 2);
        assert_eq!(refs[0].within.as_deref(), Some("A"));
        assert_eq!(refs[1].span.of(text), "Appendix A");

        let refs = find_references("Annex B to Appendix 1 of the Cabinet report", 0);
        assert_eq!(refs.len(), 2);
        assert!(refs.iter().all(|r| r.external));
    }

    #[test]
    fn paragraphs_within_an_annex() {
        // "of Annex A": the paragraph is in the annex, and the annex is
        // reported with its own kind.
        let text = "as described in paragraph 1.2 of Annex A. The detail";
        let refs = find_references(text, 0);
        assert_eq!(refs.len(), 2, "{refs:#?}");
        assert_eq!((refs[0].kind, refs[0].target.as_str()), (Paragraph, "1.2"));
        assert_eq!(refs[0].within.as_deref(), Some("A"));
        assert_eq!((refs[1].kind, refs[1].target.as_str()), (Annex, "A"));
        assert_eq!(refs[1].span.of(text), "Annex A");
        assert!(refs.iter().all(|r| !r.external));

        // "Annex A, paragraph 2.3": the same, the other way round.
        let text = "charged at the rates in Annex A, paragraph 2.3. Applicants";
        let refs = find_references(text, 0);
        assert_eq!(refs.len(), 2, "{refs:#?}");
        assert_eq!((refs[0].kind, refs[0].target.as_str()), (Annex, "A"));
        assert_eq!(refs[0].within, None);
        assert_eq!((refs[1].kind, refs[1].target.as_str()), (Paragraph, "2.3"));
        assert_eq!(refs[1].span.of(text), "paragraph 2.3");
        assert_eq!(refs[1].within.as_deref(), Some("A"));

        let refs = find_references("Appendix 2, paragraphs 3 and 4 and Appendix 3", 0);
        let got: Vec<_> = refs
            .iter()
            .map(|r| (r.kind, r.target.as_str(), r.within.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Appendix, "2", None),
                (Paragraph, "3", Some("2")),
                (Paragraph, "4", Some("2")),
                (Appendix, "3", None)
            ]
        );
        // A list of appendices, then a paragraph: no `within`.
        let refs = find_references("Appendices 1 and 2, paragraph 3", 0);
        assert!(refs.iter().all(|r| r.within.is_none()), "{refs:#?}");
        // "section 2 of Annex A" is still no reference of its own.
        assert_eq!(
            found("the fees are in section 2 of Annex A."),
            vec![t(Annex, "A", "Annex A", "A")]
        );
    }

    #[test]
    fn recommendation_forms() {
        assert_eq!(
            found("recommendation 2"),
            vec![t(Recommendation, "2", "recommendation 2", "2")]
        );
        assert_eq!(
            found("Recommendations 1 & 2"),
            vec![
                t(Recommendation, "1", "Recommendations 1", "1"),
                t(Recommendation, "2", "2", "2")
            ]
        );
        assert_eq!(targets("recommendations 1 and 2"), ["1", "2"]);
        assert_eq!(
            found("recommendation (2) above"),
            vec![t(Recommendation, "2", "recommendation (2)", "2")]
        );
        assert_eq!(
            found("recommendation (ii)"),
            vec![t(Recommendation, "ii", "recommendation (ii)", "ii")]
        );
        assert_eq!(
            one("recommendations 1 to 3").range_end.as_deref(),
            Some("3")
        );
        none("RECOMMENDATION(S)");
        none("many of the recommendations in the action plan");
    }

    #[test]
    fn items_under_a_paragraph() {
        let r = one("as set out in recommendation 2.1(d).");
        assert_eq!((r.kind, r.target.as_str()), (Recommendation, "2.1"));
        assert_eq!(r.item.as_deref(), Some("d"));
        let text = "see paragraph 3.2(ii) below";
        let r = one(text);
        assert_eq!((r.kind, r.target.as_str()), (Paragraph, "3.2"));
        assert_eq!(r.item.as_deref(), Some("ii"));
        assert_eq!(r.span.of(text), "paragraph 3.2(ii)");
        assert_eq!(r.target_span.of(text), "3.2");
        // Only a bracket touching the number, holding one letter or a roman
        // numeral; never on a range or an item that is itself a letter.
        assert_eq!(one("paragraph 3.2 (b)").item, None);
        assert_eq!(one("paragraph 3.2(B)").item, None);
        assert_eq!(one("paragraph 3.2(ab)").item, None);
        assert_eq!(one("paragraphs 3.2 to 3.4(b)").item, None);
        assert_eq!(one("recommendation (c)").item, None);
        assert_eq!(one("Appendix 2(a)").item, None);
        none("the recommendations 10 years ago");
    }

    #[test]
    fn appendix_needs_a_label() {
        none("### **APPENDIX**\n\nThe appendix");
        none("see appendix");
        none("the Appendix");
        none("Appendix 2004 figures");
        none("Appendix 100");
        none("Appendix a reference");
        none("appendix b");
        none("Appendix A2");
        none("Appendix 1a");
        none("Appendix 01");
        none("Appendix 1.2");
        none("Appendix A.1");
        none("APPENDIX FOR DETAILS");
        none("Annexed to this");
    }

    #[test]
    fn numbers_that_are_not_references() {
        none("on 3.2.2004 the");
        none("see 3.2.2004");
        none("paragraph 3.2.2004");
        none("see 19.09.03");
        none("costing £1.5m");
        none("see £1.5m");
        none("para 1.5m");
        none("see 10.30am");
        none("see 10.30 am");
        none("see 10:30");
        none("paragraph 10:30");
        none("paragraph 4%");
        none("Version 1.2");
        none("Key Stage 2");
        none("Year 2005/06");
        none("paragraph 2005/06");
        none("Paragraph References Within Supporting information");
        none("Paragraph\n\n4.3");
        none("page 12");
        none("paragraph 1,500");
        none("parallel 3.2");
        none("apparagraph 3.2");
        none("résumépara 3.2");
        none("paragraphs");
        none("");
        // A cue ending a line before a table row or a numbered line.
        none("\tHeadline recommendations\t\t\t\n1.1\tReview protocols");
        none("### APPENDIX\nA Joint Review Action Plan");
        none("Recommendations\n2. That the Executive notes");
    }

    #[test]
    fn external_references() {
        let ext = |text: &str| {
            let refs = find_references(text, 0);
            assert!(!refs.is_empty(), "{text}: nothing found");
            assert!(refs.iter().all(|r| r.external), "{text}: {refs:#?}");
        };
        ext("section 151 of the Local Government Act 1972");
        ext("paragraph 33 of the National Planning Policy Framework");
        ext("paragraph 3 of Schedule 12A");
        ext("Appendix 6 to the officer report of 12 May");
        ext("Appendix 3 to officer report ENV/12");
        ext("Annex 1 to draft guidance on lettings");
        ext("paragraph 4 of the guidance");
        ext("para 12 in the Cabinet report");
        ext("paragraphs 3 and 4 of the guidance");
        ext("Schedule 12A, paragraph 3");
        ext("the Act, section 5.3");
        ext("NPPF paragraph 11");
        ext("Local Government Act 1972, section 100");
        ext("recommendation 5 of the Joint Review");
        ext("paragraph 1.8 of the action plan");
        ext("paragraph 4,\nof the guidance");
        ext("paragraph 3 to the Local Government Act 1972");
        ext("Annex 2 to the Constitution");
        ext("paragraph 5.7 of the report to Cabinet on 14 March 2023");
        ext("paragraph 6.3 of the report to the Audit Committee");
        ext("paragraph 2 of the report of 12 May 2024");
        ext("section 3 of the report presented in June");
        ext("Annex C to the Care and Support Statutory Guidance");
        ext("Planning Policy Wales (Edition 12), section 4.2");
        ext("the Local Transport Plan, paragraph 4.2");
        ext("section 7.9 of the final draft budget published on 5th February 2025");
        let r = one("section 151 of the Local Government Act 1972");
        assert_eq!(r.target, "151");

        let int = |text: &str| {
            let refs = find_references(text, 0);
            assert!(!refs.is_empty(), "{text}: nothing found");
            assert!(refs.iter().all(|r| !r.external), "{text}: {refs:#?}");
        };
        int("paragraph 4.3 of this report");
        int("Appendix B to this report");
        int("paragraph 2 of the report");
        int("paragraph 2 of this paper");
        int("paragraph 2 of the covering report");
        int("Annex B of Appendix 1");
        int("set out in Appendix B in March");
        int("paragraph 4.3 in relation to the Act");
        int("paragraph 3 in more detail");
        int("Appendix A to report back");
        // "to" and a verb: what the appendix is for, not where it is.
        int("the proposed decision attached as Appendix A to award the contract");
        int("Appendix 2 to agree the revised fees and charges policy");
        int("Annex B to note the findings of the review");
        // "to" and a capital is a person or body, not a document.
        int("the plan at Appendix A, to Bidder 2 for the sum set out in paragraph 3.5");
        int("paragraph 4.3 to Cabinet");
        int("SEE PARAGRAPH 4.3");
        int("Also refer to 1.1");
        int("Appendix A: Joint Review Action Plan.");
        int("paragraph 2 of the report to this Committee");
        int("paragraph 2 of the report above");
        int("Appendix A to the Committee for approval");
        int("Appendix C to the Chief Executive and Director of Finance for the policy");
        int("In March (see above), paragraph 4.2 sets out");
        int("Cabinet in March, paragraph 4.2 sets out");
    }

    #[test]
    fn declarations() {
        let decl = |text: &str, expect: bool| {
            let refs = find_references(text, 0);
            assert!(!refs.is_empty(), "{text}: nothing found");
            assert!(
                refs.iter().all(|r| r.declares == expect),
                "{text}: {refs:#?}"
            );
        };
        decl("the plan is attached as Appendix 2.", true);
        decl("Appendix 2 (attached)", true);
        decl("The action plan is attached at Appendix C", true);
        decl("attached to this report as Appendix A", true);
        decl("enclosed as Appendices 1 and 2", true);
        decl("The attached Appendix A", true);
        decl("Appendix A is attached", true);
        decl("Appendix A, which is enclosed,", true);
        decl("as set out in Appendix A", false);
        decl("This report which is in Appendix B notes", false);
        decl("Appendix A: Joint Review Action Plan.", false);
        decl("shown at Appendix A", false);
        decl("as well as Appendix A", false);
        // Paragraphs never declare.
        decl("attached as paragraph 4.3", false);
    }

    #[test]
    fn spans_carry_the_base_offset() {
        let text = "xx paragraph 4.3 and Appendix B";
        let base = 1000;
        let refs = find_references(text, base);
        assert_eq!(refs.len(), 2);
        for r in &refs {
            assert!(r.span.start >= base && r.span.end <= base + text.len());
        }
        let slice = |s: Span| &text[s.start - base..s.end - base];
        assert_eq!(slice(refs[0].span), "paragraph 4.3");
        assert_eq!(slice(refs[0].target_span), "4.3");
        assert_eq!(slice(refs[1].span), "Appendix B");
        assert_eq!(slice(refs[1].target_span), "B");
    }

    #[test]
    fn unicode_around_references() {
        assert_eq!(targets("é paragraph 4.3 é"), ["4.3"]);
        assert_eq!(targets("café—see 4.1—and"), ["4.1"]);
        assert_eq!(targets("“Appendix B”"), ["B"]);
        none("Éparagraph 4.3");
        none("paragraph 4.3é");
        assert_eq!(targets("paragraph 4.3 – é"), ["4.3"]);
    }

    // -- the real seeds ------------------------------------------------------

    fn seed(prefix: &str) -> Option<String> {
        let dir = std::path::Path::new("/work/shared/seeds");
        let entry = std::fs::read_dir(dir)
            .ok()?
            .flatten()
            .find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
        std::fs::read_to_string(entry.path()).ok()
    }

    #[test]
    fn seed_000_luton_appendices() {
        let Some(text) = seed("000_") else {
            eprintln!("seeds missing: skipped");
            return;
        };
        let refs = find_references(&text, 0);
        let got: Vec<_> = refs
            .iter()
            .map(|r| (r.kind, r.target.as_str(), r.span.of(&text), r.external))
            .collect();
        assert_eq!(
            got,
            vec![
                (Appendix, "B", "Appendix B", false),
                (Appendix, "A", "Appendix A", false),
            ]
        );
        let b = &refs[0];
        let line_start = text[..b.span.start].rfind('\n').map_or(0, |p| p + 1);
        assert!(text[line_start..].starts_with("8. This report which is in Appendix B"));
        let a = &refs[1];
        assert!(text[a.span.start..].starts_with("Appendix A: Joint Review Action Plan."));
    }

    /// The block from each "Also refer to" up to the next blank line followed
    /// by a numbered heading, as the caller would pass it.
    fn also_refer_blocks(text: &str) -> Vec<(usize, &str)> {
        let mut blocks = Vec::new();
        let mut from = 0;
        while let Some(p) = text[from..].find("Also refer to") {
            let start = from + p;
            let mut end = text.len();
            let mut search = start;
            while let Some(q) = text[search..].find("\n\n") {
                let at = search + q;
                let next = text[at..].trim_start_matches('\n');
                let digits = next.bytes().take_while(u8::is_ascii_digit).count();
                if digits > 0 && next[digits..].starts_with(". ") {
                    end = at;
                    break;
                }
                search = at + 2;
            }
            blocks.push((start, &text[start..end]));
            from = start + 1;
        }
        blocks
    }

    #[test]
    fn seed_002_also_refer_to() {
        let Some(text) = seed("002_") else {
            eprintln!("seeds missing: skipped");
            return;
        };
        let blocks = also_refer_blocks(&text);
        assert_eq!(blocks.len(), 6);
        let numbers: Vec<Vec<String>> = blocks
            .iter()
            .map(|&(start, block)| {
                let refs = find_references(block, start);
                for r in &refs {
                    assert_eq!(r.kind, Paragraph);
                    assert!(!r.external);
                    assert_eq!(&text[r.target_span.start..r.target_span.end], r.target);
                }
                refs.into_iter().map(|r| r.target).collect()
            })
            .collect();
        assert_eq!(numbers[0], ["1.1", "1.8", "1.9"]);
        assert_eq!(numbers[1], ["1.6", "4.1", "2.1", "4.3", "2.6"]);
        assert_eq!(numbers[2], ["5.2"]);
        assert_eq!(numbers[3], ["5.1"]);
        assert_eq!(numbers[4], ["1.9", "1.11", "7.6"]);
        assert_eq!(
            numbers[5],
            ["2.6", "5.9", "5.3", "9.1", "5.5", "9.15", "5.8"]
        );

        // The whole text gives the same, and nothing else.
        let all: Vec<String> = find_references(&text, 0)
            .into_iter()
            .map(|r| r.target)
            .collect();
        assert_eq!(all, numbers.concat());
    }

    #[test]
    fn seeds_raise_no_false_references() {
        // The other seeds cite nothing: every hit would be a false alarm.
        for prefix in ["001_", "003_", "004_"] {
            let Some(text) = seed(prefix) else {
                eprintln!("seeds missing: skipped");
                return;
            };
            let refs = find_references(&text, 0);
            let got: Vec<_> = refs.iter().map(|r| r.span.of(&text)).collect();
            assert!(got.is_empty(), "seed {prefix}: {got:?}");
        }
    }

    // -- robustness ----------------------------------------------------------

    /// A small xorshift generator: deterministic, no dependency.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    const FRAGMENTS: &[&str] = &[
        "para",
        "graph",
        "graphs",
        "paragraph ",
        "paragraphs ",
        "para. ",
        "see ",
        " ",
        " ",
        "3",
        "3.2",
        "4.1",
        "12",
        ".",
        "Appendix",
        "Appendix ",
        "appendices ",
        "Annex ",
        "annexe",
        " of ",
        " to ",
        " in ",
        "the ",
        "é",
        "**",
        "\t",
        "\n",
        "\n\n",
        " and ",
        ",",
        " & ",
        "-",
        " – ",
        "Also refer to ",
        "section ",
        "recommendations ",
        "s",
        "(",
        ")",
        "A",
        "B",
        "I",
        "IV",
        "a",
        "£",
        "%",
        "/",
        ":",
        "this report",
        "Schedule 12A, ",
        "NPPF ",
        "attached as ",
        "at",
        "€",
        "\u{a0}",
        "2004",
        "0",
        "_",
        "Act",
        "ü",
        "🙂",
        "\r\n",
        "x",
    ];

    #[test]
    fn fuzz_no_panic_and_spans_in_range() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut total = 0;
        for round in 0..20_000 {
            let mut text = String::new();
            for _ in 0..rng.below(40) + 1 {
                text.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
            }
            let base = round % 7;
            for r in find_references(&text, base) {
                total += 1;
                for s in [r.span, r.target_span] {
                    assert!(s.start >= base && s.start <= s.end, "{text:?}: {r:?}");
                    assert!(s.end <= base + text.len(), "{text:?}: {r:?}");
                    assert!(text.is_char_boundary(s.start - base), "{text:?}: {r:?}");
                    assert!(text.is_char_boundary(s.end - base), "{text:?}: {r:?}");
                }
                assert!(r.span.contains(r.target_span), "{text:?}: {r:?}");
                assert!(!r.target.is_empty(), "{text:?}: {r:?}");
            }
        }
        assert!(total > 1000, "the fuzz found only {total} references");
        eprintln!("fuzz: {total} references");
    }

    #[test]
    fn every_prefix_and_suffix_is_safe() {
        let text = "é **paragraphs 3.39 – 3.49** and Appendix 1, Annex B (attached); see 4.1🙂 \
                    Also refer to\n\n2.6\t5.9\nrecommendation (ii) NPPF paragraph 11";
        for (i, _) in text.char_indices() {
            let _ = find_references(&text[i..], i);
            let _ = find_references(&text[..i], 0);
        }
    }

    /// Throughput: `cargo test --release --lib parse::references -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn throughput() {
        let mut text = String::new();
        let seeds: Vec<String> = ["000_", "001_", "002_", "003_", "004_"]
            .iter()
            .filter_map(|p| seed(p))
            .collect();
        let filler = "The Council will see paragraph 4.3 and Appendix B (attached) as set out \
                      in section 5.3 of this report; recommendations 1 & 2 apply.\n";
        while text.len() < 10_000_000 {
            for s in &seeds {
                text.push_str(s);
            }
            text.push_str(filler);
        }
        let start = std::time::Instant::now();
        let refs = find_references(&text, 0);
        let secs = start.elapsed().as_secs_f64();
        let mb = text.len() as f64 / 1e6;
        eprintln!(
            "{mb:.1} MB, {} references in {:.1} ms: {:.0} MB/s",
            refs.len(),
            secs * 1e3,
            mb / secs
        );
        assert!(mb / secs > 100.0);
    }
}
