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
//! A Markdown backslash escape of ASCII punctuation reads as the mark it
//! escapes (`Appendix 3\.`, `paragraph 1\.3`, as Mammoth writes every
//! full stop), its span as written.
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
//! para_item          = para_number [ range_sep para_number ] ;    (* not before "-" digit *)
//! para_number        = digits { "." digits } ;                    (* checked, see below *)
//! loose_item         = para_number [ range_sep para_number ] ;    (* not "5. HEADING" *)
//! appendix_item      = appendix_label [ range_sep appendix_label ] ;
//! appendix_label     = paren_label | word_label | roman_label | capital_label | number_label ;
//! paren_label        = "(" ( letter | digit [ digit ] ) ")" ;
//! word_label         = "One" | "Two" | ... | "Twelve" ;               (* or in capitals; kept as 1 to 12 *)
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
//! or digit), and every number or label must end one. A cue word may be
//! hyphenated across a line end, as justified PDF text breaks words
//! (`Appen-` / `dix A`, `para-` / `graph 3.2`): the hyphen must end the
//! line, the next line (its indent looked past) must finish the word. The `cue gap item`
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
//! - A number, or a range, joined at once by a hyphen to more digits is
//!   another document's identifier (`Paragraph 36-010` of the Planning
//!   Practice Guidance, `36-010-20140306`), so it fails as a whole; a range
//!   (`paragraphs 3.1-3.4`) reads on.
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
//!   final draft budget published on 5 February`). A year or period after
//!   the article is looked past, and the words after it judged alone
//!   (`of the 2027/28 rules`; `of the 2029/30 report` stays internal). An
//!   acronym the paper spells out after a name whose head is a document
//!   noun ("Local Outcomes Improvement Plan (LOIP)", "Statement of
//!   Community Involvement (SCI)") is a document noun too, after `to` as
//!   well (`Appendix 3 to the LOIP`); a body's acronym is not ("Integrated
//!   Care Board (ICB)": `Appendix 1 to the ICB`). `that`/`those` and a
//!   document noun is a document named earlier (`of that report`). A
//!   bracketed item after the number is looked past (`paragraph 11(d) of
//!   the NPPF`).
//!   These stay internal: `this`/`these`/`our` anything (`of this report`,
//!   `to this paper`), `the report`, `the paper`, `the document`, `the
//!   covering/main report`, and any appendix or annex (`Annex B of Appendix
//!   1`, which sets `within` instead). But `the report` said to be another
//!   one is external: `to` a body in capitals (`the report to Cabinet on 14
//!   March 2023`, `the report to the Audit Committee`), `of`/`on` a date,
//!   `dated`, `published`, `presented`, `considered` … (`the report to this
//!   Committee` stays internal). An attached action plan counts as another
//!   document: its numbering is its own, and a false alarm is worse than
//!   silence. (Once the paper is read, a paragraph of a document that a
//!   bracket after it says is an appendix the paper attaches, "paragraph
//!   4.9 of its report (Appendix A)", is pointed into that appendix: see
//!   `place_in_parts` in the builder.)
//! - or it is preceded on the same line (after an optional comma) by a
//!   document: a legislation word (`the Act, section 5.3`), such a word and a
//!   number (`Schedule 12A, paragraph 3`, `Act 1972, section 100`), or an
//!   acronym of capitals (`NPPF paragraph 11`), unless the cue itself is in
//!   capitals (then the line is, and capitals say nothing); or a name in
//!   capitals with a document word in it, brackets after it looked past
//!   (`Planning Policy Wales (Edition 12), section 4.2`), or opening just
//!   before the cue (`the Fire and Rescue National Framework for England
//!   (paragraph 4.6)`); such a bracket after `the`, at most three words in
//!   lower case and one of the vocabulary's `cited-documents` (legislation
//!   and guidance: `The statutory guidance (paragraph 41)`), not after
//!   this paper's words (`as set out above (paragraph 4.3)`, `the report
//!   (paragraph 4.3)`, `its recovery plan (paragraph 4.2)`). The name
//!   runs through `and`/`for`/`of`; any document noun counts in a name of
//!   two or more capitals (`Supported
//!   Housing Review, paragraph 12.4`), never in `This Report`.
//! - or it stands after a comma in a footnote definition that names its
//!   source (`[^2]: Governance for Smaller Authorities (2025), paragraph
//!   5.33`), unless the note speaks of this paper (`see`, `this`, `our`,
//!   `above`, `below`).
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
//! `withheld` is set on appendix and annex references that say the
//! appendix is withheld from the paper's bundle, in the vocabulary's
//! `withheld` phrases: after it ("Appendix 2 is in Part 2", "Appendix 2,
//! which is in Part 2 of the agenda", "Appendix C (to follow)", "Appendix
//! 1 is not for publication"), the phrase straight after it or after up
//! to three words of a verb or relative clause; or a one-word phrase just
//! before it ("the confidential Appendix 1"). Never on an external one.
//!
//! On a recommendation, `declares` marks the run-in label that opens it:
//! "Recommendation 3" in capitals, first on its line (after a bullet, a
//! table bar, a paragraph number such as `5.2` or a bracketed `(a)` at
//! most), one label, followed by a colon or a spaced dash, emphasis
//! allowed: "5.2 Recommendation 3: The Council should …", "**Recommendation
//! 2** – That …". Scrutiny and task-and-finish reports label their
//! recommendations so; the label is the recommendation, not a citation.
//!
//! # Left out
//!
//! `§ 4.3`, `sub-paragraph (b)` letters, paragraph numbers with letter
//! suffixes (`3.2a`), HTML emphasis (`<b>4.3</b>`), lower-case roman or
//! letter appendix labels outside brackets, `Appendix 1, paragraphs 3
//! and 4` after a list of appendices (`Appendices 1 and 2, paragraph 3`:
//! two references, without `within`), "referred to in 4.1".

use crate::document::{ParagraphId, Reference, ReferenceKind, Span};
use crate::parse::Vocabulary;

/// A reference found in running text, before it is placed in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundReference {
    /// Paragraph, Appendix, Annex or Recommendation.
    pub(crate) kind: ReferenceKind,
    /// Normalised: `4.3`, `12`, `B`, `1` (appendix letters upper-cased).
    pub(crate) target: String,
    /// `3.49` for "paragraphs 3.39 to 3.49".
    pub(crate) range_end: Option<String>,
    /// `1` for "Appendix 1, Annex B" (the annex's appendix).
    pub(crate) within: Option<String>,
    /// The reference as written, cue word included: `paragraph 4.3`; for
    /// list items after the first, just that item (`1.8` in "paragraphs 1.2
    /// and 1.8").
    pub(crate) span: Span,
    /// Just the target: `4.3`.
    pub(crate) target_span: Span,
    /// Points into another document: never checked.
    pub(crate) external: bool,
    /// Says the appendix is attached: "attached as Appendix 2"; for a
    /// recommendation, is the run-in label that opens it: "Recommendation
    /// 3: That the Council …".
    pub(crate) declares: bool,
    /// External only for the name before a bracket that holds nothing but
    /// the appendix or annex (`the Consultation Statement (Appendix 3)`),
    /// or before a comma the appendix closes its clause after (`see site
    /// plan, Annex 2)`): the name is what the appendix is, so it is this
    /// paper's own when the paper lists that label.
    pub(crate) named_in_brackets: bool,
    /// Says the appendix or annex is withheld from the bundle: exempt, in
    /// Part 2, to follow, circulated separately (the vocabulary's
    /// `withheld`): "Appendix 2 is in Part 2", "the confidential Appendix
    /// 1". It exists, though it is not attached.
    pub(crate) withheld: bool,
    /// The lettered or roman item cited under a paragraph or
    /// recommendation, lower-cased: `d` for "recommendation 2.1(d)", `ii`
    /// for "paragraph 3.2(ii)". `target` is then the paragraph (`2.1`) and
    /// `span` runs to the closing bracket.
    pub(crate) item: Option<String>,
}

impl FoundReference {
    /// The reference as the document keeps it, in `paragraph` (if it
    /// stands in one) of numbered part `part`.
    pub(crate) fn into_reference(self, paragraph: Option<ParagraphId>, part: usize) -> Reference {
        Reference {
            kind: self.kind,
            target: self.target,
            range_end: self.range_end,
            within: self.within,
            span: self.span,
            target_span: self.target_span,
            external: self.external,
            item: self.item,
            labels: self.declares && self.kind == ReferenceKind::Recommendation,
            paragraph,
            part,
            in_part: None,
        }
    }
}

/// Every reference in `text`, in order; spans are byte offsets into `text`
/// plus `base`.
#[cfg(test)]
pub(crate) fn find_references(text: &str, base: usize) -> Vec<FoundReference> {
    find_references_at(text, base, &Cues::new(text, base, Vocabulary::builtin()))
}

/// Where the cue words of a text are: found in one pass over a whole paper,
/// then handed out to each paragraph, heading and field (a search per
/// paragraph costs more than the search itself on short paragraphs).
/// They carry the vocabulary the references are read with.
pub(crate) struct Cues<'v> {
    /// Start and end of each cue word, in order, as offsets plus `base`.
    found: Vec<(usize, usize)>,
    /// The council's words: which nouns name another document, which
    /// words attach an appendix.
    vocab: &'v Vocabulary,
    /// The acronyms the text spells out as documents ("Local Outcomes
    /// Improvement Plan (LOIP)"): each counts as a document noun.
    acronyms: Vec<String>,
}

impl<'v> Cues<'v> {
    /// The cue words in `text`, in any case, whose first byte is at
    /// offset `base`; references will be read with `vocab`.
    pub(crate) fn new(text: &str, base: usize, vocab: &'v Vocabulary) -> Cues<'v> {
        // Lower-cased byte by byte in one pass (`to_ascii_lowercase` copies
        // the text first, then lower-cases the copy).
        let lower: Vec<u8> = text.bytes().map(|b| b.to_ascii_lowercase()).collect();
        let mut found: Vec<(usize, usize)> = CUES
            .find_iter(&lower)
            .map(|m| (base + m.start(), base + m.end()))
            .collect();
        let before = found.len();
        found.extend(wrapped_cues(&lower).map(|(s, e)| (base + s, base + e)));
        if found.len() > before {
            found.sort_unstable();
            found.dedup_by_key(|&mut (s, _)| s);
        }
        let acronyms = document_acronyms(text, vocab);
        Cues {
            found,
            vocab,
            acronyms,
        }
    }

    /// Where each cue word starts, in order.
    pub(crate) fn starts(&self) -> impl Iterator<Item = usize> + '_ {
        self.found.iter().map(|&(s, _)| s)
    }

    /// Whether a cue word starts at `pos`: a reference found by
    /// [`find_references_at`] starts at one, so a test for a reference at
    /// `pos` can stop here when none does.
    pub(crate) fn starts_at(&self, pos: usize) -> bool {
        self.found.binary_search_by_key(&pos, |&(s, _)| s).is_ok()
    }

    /// Whether a cue word lies wholly inside `within`: a reference found
    /// in `within` starts at one, so without one none can be found there.
    pub(crate) fn any_inside(&self, within: Span) -> bool {
        self.inside(within).next().is_some()
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
///
/// Markdown's backslash escapes of ASCII punctuation are read as the marks
/// they escape (`Appendix 3\.`, `paragraph 1\.3`, `2027\-2032`, as Mammoth
/// escapes every full stop and hyphen): the text is scanned with them
/// taken out, and each span is set back on the text as written (see
/// [`Unescaped`]).
pub(crate) fn find_references_at(text: &str, base: usize, cues: &Cues) -> Vec<FoundReference> {
    let starts = cues
        .inside(Span::new(base, base + text.len()))
        .map(move |at| at - base);
    let Some(unescaped) = Unescaped::of(text) else {
        return scan(text, base, cues, starts);
    };
    let mut found = scan(
        &unescaped.text,
        base,
        cues,
        starts.map(|i| unescaped.offset_of_written(i)),
    );
    let back = |span: Span| {
        Span::new(
            base + unescaped.written_offset(span.start - base),
            base + unescaped.written_offset(span.end - base),
        )
    };
    for r in &mut found {
        r.span = back(r.span);
        r.target_span = back(r.target_span);
    }
    found
}

/// The references in `text` (the piece of the paper at offset `base`)
/// whose cue words start at `starts` (offsets into `text`, in order).
fn scan(
    text: &str,
    base: usize,
    cues: &Cues,
    starts: impl Iterator<Item = usize>,
) -> Vec<FoundReference> {
    let mut scan = Scan {
        text,
        base,
        vocab: cues.vocab,
        acronyms: &cues.acronyms,
        out: Vec::new(),
        items: Vec::new(),
        line_start: std::cell::Cell::new((0, 0)),
    };
    // Jump from cue word to cue word: a multi-pattern search over the text
    // is far faster than looking at every word.
    let mut from = 0;
    for i in starts {
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

/// A text with its Markdown backslash escapes of ASCII punctuation taken
/// out (`3\.` → `3.`, `\\` → `\`), and the way back to offsets in the
/// text as written.
struct Unescaped {
    text: String,
    /// For each backslash taken out, where the mark it escaped stands in
    /// `text`, in order.
    marks: Vec<usize>,
}

impl Unescaped {
    /// `text` unescaped, or `None` when it holds no escape (most text:
    /// one search for a backslash tells).
    fn of(text: &str) -> Option<Unescaped> {
        let b = text.as_bytes();
        let first = memchr::memchr_iter(b'\\', b)
            .find(|&i| b.get(i + 1).is_some_and(u8::is_ascii_punctuation))?;
        let mut out = Vec::with_capacity(b.len());
        out.extend_from_slice(&b[..first]);
        let mut marks = Vec::new();
        let mut i = first;
        while i < b.len() {
            if b[i] == b'\\' && b.get(i + 1).is_some_and(u8::is_ascii_punctuation) {
                marks.push(out.len());
                out.push(b[i + 1]);
                i += 2;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
        // Only ASCII bytes were taken out, each before an ASCII byte.
        let text = String::from_utf8(out).expect("still UTF-8");
        Some(Unescaped { text, marks })
    }

    /// The offset in the unescaped text of offset `i` of the text as
    /// written (`i` no backslash taken out).
    fn offset_of_written(&self, i: usize) -> usize {
        // Backslash k stood at `marks[k] + k` as written.
        let before = self
            .marks
            .iter()
            .enumerate()
            .take_while(|&(k, &m)| m + k < i)
            .count();
        i - before
    }

    /// The offset as written of offset `u` of the unescaped text: a span
    /// that opens on an escaped mark takes in its backslash, one that
    /// closes before it leaves the backslash out.
    fn written_offset(&self, u: usize) -> usize {
        u + self.marks.partition_point(|&m| m < u)
    }
}

/// The words a reference can start with (see `phrase_at`), in lower case,
/// looked for in the text set in lower case (ASCII letters only, so
/// offsets stay the same). Exact-case patterns and leftmost matching let
/// the search use its SIMD prefilter, seven times faster than the automaton
/// alone, and eight patterns give it fewer false starts than the same
/// words in three cases.
static CUES: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(CUE_WORDS)
        .expect("valid patterns")
});

/// The words a reference can start with, in lower case (see [`CUES`]).
const CUE_WORDS: [&str; 8] = [
    "para",
    "section",
    "see",
    "appendi",
    "annex",
    "also",
    "recommendation",
    "refer",
];

/// Cue words hyphenated across a line end (`appen-` / `dix`, `recom-` /
/// `mendation`) in the lower-cased text `b`: where each starts and where
/// the part on the next line ends. Those split after the whole cue
/// (`para-` / `graph`) are found by [`CUES`] already.
fn wrapped_cues(b: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    // One search for the hyphens (rarer than line ends), each followed by
    // `\n` or `\r\n`.
    memchr::memchr_iter(b'-', b)
        .filter(move |&h| match b.get(h + 1) {
            Some(b'\n') => true,
            Some(b'\r') => b.get(h + 2) == Some(&b'\n'),
            _ => false,
        })
        .filter_map(move |h| {
            let start = h - b[..h]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            if start == h || (start > 0 && b[start - 1].is_ascii_alphanumeric()) {
                return None;
            }
            // Past the hyphen, the line end and the next line's indent.
            let mut j = h + 1 + usize::from(b.get(h + 1) == Some(&b'\r')) + 1;
            while matches!(b.get(j), Some(b' ' | b'\t')) {
                j += 1;
            }
            let end = j + b[j..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let joined = [&b[start..h], &b[j..end]].concat();
            CUE_WORDS
                .iter()
                .any(|w| joined.starts_with(w.as_bytes()) && w.len() > h - start)
                .then_some((start, end))
        })
}

/// Whether `line` is an entry of a table of contents that Pandoc wrote as
/// a link to a heading of the paper: the whole line one link to an anchor
/// in the document, either Word's bookmark of a heading (`](#_Toc…)`) or
/// with link words that end in a page number (`[8. Background papers and
/// appendices 6](#background)`), three words or more. Its words name a
/// heading and its page: they cite nothing ("appendices 6" is page 6, not
/// Appendix 6).
pub(crate) fn is_contents_link(line: &str) -> bool {
    let line = line.trim();
    let Some(inner) = line.strip_prefix('[').and_then(|l| l.strip_suffix(')')) else {
        return false;
    };
    let Some((words, anchor)) = inner.rsplit_once("](#") else {
        return false;
    };
    let anchor_ok = !anchor.is_empty() && !anchor.contains([' ', '(', ')', '[', ']']);
    // A heading's words and its page: three words or more, the last a
    // number ("[Appendix 6](#appendix-6)" is a link to the appendix).
    let page = words.split_whitespace().count() >= 3
        && words.rsplit_once(' ').is_some_and(|(_, n)| {
            (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
        });
    anchor_ok && !words.contains(['[', ']']) && (anchor.starts_with("_Toc") || page)
}

mod context;
mod grammar;
mod scan;

use context::*;
pub(crate) use grammar::number_word_value;
use grammar::*;
use scan::*;

#[cfg(test)]
mod tests;
