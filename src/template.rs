//! The template: a council's header fields and sections, compiled from a
//! rule pack, and matched against a parsed paper.
//!
//! Titles and keys are compared after normalisation (lower case, markup,
//! numbering and trailing punctuation gone, `&` read as "and", a bracketed
//! tail such as "(to include human rights)" dropped). A combined heading is
//! split into the headings it combines: "Financial and Legal Implications"
//! is read as "financial implications" and "legal implications", so it
//! satisfies both sections. A sub-heading of an implications heading that
//! no title matches stands for the section its name gives in an
//! implications table ("6.3 Human Resources" under "6. Implications").

use crate::pattern::Pattern;
use std::collections::HashMap;
use std::sync::Arc;

mod council;
mod stamp;
mod titles;
mod wording;
pub(crate) use council::is_local_council;
pub(crate) use stamp::{code_stamp, heading_stamp, is_initials, opens_with_stamp_date};
pub(crate) use titles::{may_normalise_to, normalise, title_candidates, title_tail, Initials};
pub(crate) use wording::earliest;
pub use wording::Wording;

use crate::document::{Document, Field, Meeting, SectionId, Span, TextItem};
use crate::parse::field::gives_phone_or_email;
use crate::parse::Vocabulary;

/// Which part of a forward-timetable meeting supplies a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimetableRole {
    Name,
    Date,
}

/// A header field the template knows.
#[derive(Debug, Clone)]
pub struct FieldDef {
    /// Stable id (`wards`).
    pub id: String,
    /// How to name it to an officer ("Wards affected").
    pub name: String,
    /// Normalised labels that mean this field.
    pub aliases: Vec<String>,
    pub patterns: Vec<Pattern>,
    pub required: bool,
    /// Allowed values (normalised); a value matches if it starts with one.
    pub values: Vec<String>,
    /// The forward timetable can supply it.
    pub timetable: Option<TimetableRole>,
    /// The paper's title line can supply it.
    pub document_title: bool,
    /// Sections (template ids) whose presence supplies it.
    pub sections: Vec<String>,
    /// Words that, in a label no field claims, suggest it may be this one
    /// ("division" for Wards affected); `<phone-or-email>`: a field whose
    /// value gives a phone number or email address.
    pub hints: Vec<String>,
}

/// A body section the template knows.
#[derive(Debug, Clone)]
pub struct SectionDef {
    pub id: String,
    /// How to name it to an officer ("legal implications").
    pub name: String,
    /// Normalised headings that mean this section.
    pub titles: Vec<String>,
    /// Normalised headings that mean this section only when they are the
    /// whole heading ("Law"), never as one part of a combined heading
    /// ("Law and Order", "Crime, Law and Disorder").
    pub whole_titles: Vec<String>,
    pub patterns: Vec<Pattern>,
    /// Names it goes by in an implications table ("LEGAL", "Equal Opportunities").
    pub implications: Vec<String>,
    /// Words that hint a heading the template does not know may be this
    /// section ("budget" for financial implications); whole words, or the
    /// start of one.
    pub hints: Vec<String>,
    /// Normalised headings broader than this section (`impact assessment`
    /// for equalities) that stand for it only when the text under them
    /// holds one of its `hints` ("An equality impact assessment has been
    /// carried out"): the same heading over an environmental assessment
    /// is another section.
    pub broad_titles: Vec<String>,
    pub required: bool,
    /// Which officer must clear it (`finance`, `legal`), if any.
    pub sign_off: Option<String>,
}

/// The compiled template.
#[derive(Debug, Default)]
pub struct Template {
    pub fields: Vec<FieldDef>,
    pub sections: Vec<SectionDef>,
    /// Headings already matched: papers repeat the same few hundred.
    title_cache: std::sync::Mutex<Cache<Arc<HeadingMatch>>>,
    /// Implications-table names already matched.
    implication_cache: std::sync::Mutex<Cache<Vec<usize>>>,
    /// Header keys already matched.
    key_cache: std::sync::Mutex<Cache<Option<usize>>>,
    /// Per field, the first words of its labels (see
    /// [`Template::label_first_words`]), gathered on first use.
    label_first_words: std::sync::OnceLock<Vec<Vec<String>>>,
    /// How clearances are worded (the pack's `[sign-off]` table).
    pub clearance: Wording,
    /// Days that are not working days (the pack's `[calendar]`), sorted.
    pub bank_holidays: Vec<time::Date>,
    /// The words the parser reads papers with (the packs' `[vocabulary]`).
    pub vocabulary: Arc<Vocabulary>,
    /// The same template with the clearance wording of a local council's
    /// papers (the roles' `local-council-posts` among their posts), where
    /// the pack gives one: see [`Template::for_local_council`].
    local_council: Option<Box<Template>>,
}

/// What a heading is to the template.
#[derive(Debug, Default)]
pub struct HeadingMatch {
    /// The title, normalised.
    pub normalised: String,
    /// The template sections it stands for.
    pub sections: Vec<usize>,
    /// Where it stands for none: the sign-off (index into the wording's
    /// roles) given by the officer it names by post alone ("Director of
    /// Law and Governance"), whose advice it may head.
    pub(crate) post: Option<usize>,
}

/// How many distinct headings the cache remembers.
const TITLE_CACHE_LIMIT: usize = 20_000;

impl Template {
    /// Index of a field by id.
    pub fn field(&self, id: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.id == id)
    }

    /// Index of a section by id.
    pub fn section(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    /// A template of these fields, sections, clearance wording and holidays.
    pub fn new(
        fields: Vec<FieldDef>,
        sections: Vec<SectionDef>,
        clearance: Wording,
        bank_holidays: Vec<time::Date>,
    ) -> Self {
        Template {
            fields,
            sections,
            title_cache: Default::default(),
            implication_cache: Default::default(),
            key_cache: Default::default(),
            label_first_words: Default::default(),
            clearance,
            bank_holidays,
            vocabulary: Vocabulary::builtin().clone(),
            local_council: None,
        }
    }

    /// The template, reading the clearances of a local council's papers
    /// with `wording` (see [`Template::for_local_council`]). Call it last,
    /// once the vocabulary is set.
    pub(crate) fn with_local_council_wording(mut self, wording: Wording) -> Self {
        let local = Template::new(
            self.fields.clone(),
            self.sections.clone(),
            wording,
            self.bank_holidays.clone(),
        )
        .with_vocabulary(self.vocabulary.clone());
        self.local_council = Some(Box::new(local));
        self
    }

    /// The template whose clearance wording reads a local (town, parish,
    /// community) council's paper, where the clerk clears: this one with
    /// the roles' `local-council-posts` among their posts, or this one
    /// where the pack lists none. Its fields and sections are this one's.
    pub(crate) fn for_local_council(&self) -> &Template {
        self.local_council.as_deref().unwrap_or(self)
    }

    /// The template, reading papers with `vocabulary` instead of the
    /// built-in one.
    pub fn with_vocabulary(mut self, vocabulary: Arc<Vocabulary>) -> Self {
        self.vocabulary = vocabulary;
        self
    }

    /// The normalised labels that name field `def`, the most specific
    /// first, as the pack lists them: the titles of the sections that can
    /// supply it, then its aliases ("report authors" before "relevant
    /// director").
    pub(crate) fn field_labels(&self, def: usize) -> Vec<&String> {
        let fd = &self.fields[def];
        fd.sections
            .iter()
            .filter_map(|id| self.section(id))
            .flat_map(|d| self.sections[d].titles.iter())
            .chain(fd.aliases.iter())
            .collect()
    }

    /// The first words of field `def`'s labels ([`Template::field_labels`]),
    /// sorted, each once: a line standing alone as a label with no colon
    /// opens with one (see [`label_over_value`]). Gathered once for all
    /// papers, not for each.
    fn label_first_words(&self, def: usize) -> &[String] {
        let all = self.label_first_words.get_or_init(|| {
            (0..self.fields.len())
                .map(|d| {
                    let mut firsts: Vec<String> = self
                        .field_labels(d)
                        .iter()
                        .map(|l| first_word(l).to_string())
                        .collect();
                    firsts.sort_unstable();
                    firsts.dedup();
                    firsts
                })
                .collect()
        });
        &all[def]
    }

    /// Which template sections a heading title stands for.
    pub(crate) fn sections_for_title(&self, title: &str) -> Vec<usize> {
        self.match_heading(title).sections.clone()
    }

    /// A heading title normalised, and the template sections it stands for.
    pub(crate) fn match_heading(&self, title: &str) -> Arc<HeadingMatch> {
        cached(&self.title_cache, title, || {
            let sections = self.match_title(title);
            let post = if sections.is_empty() {
                self.clearance.role_of_post_heading(title)
            } else {
                None
            };
            Arc::new(HeadingMatch {
                normalised: normalise(title),
                sections,
                post,
            })
        })
    }

    fn match_title(&self, title: &str) -> Vec<usize> {
        let mut candidates = title_candidates(title);
        // A body's name, perhaps with the meeting's date after a dash
        // ("Finance and Resources Committee – 12 February 2026"), heads no
        // section that one of its words names: it is read whole only.
        if self.names_body(&candidates[0]) {
            candidates.truncate(1);
        }
        let matching = |candidates: &[String]| -> Vec<usize> {
            self.sections
                .iter()
                .enumerate()
                .filter(|(_, def)| {
                    def.whole_titles.iter().any(|t| *t == candidates[0])
                        || candidates.iter().any(|c| {
                            def.titles.iter().any(|t| t == c)
                                || def.patterns.iter().any(|p| p.is_match(c))
                        })
                })
                .map(|(i, _)| i)
                .collect()
        };
        let found = matching(&candidates);
        if found.is_empty() && title.contains('?') {
            return self.section_asked(&candidates[0]);
        }
        if !found.is_empty() || candidates.len() == 1 {
            return found;
        }
        // Nothing before the dash names a section: the title may come
        // after a lead that names the law ("Section 100 D - Local
        // Government Act 1972 - background documents").
        match title_tail(&candidates[0]) {
            Some(tail) => matching(&title_candidates(tail)),
            None => found,
        }
    }

    /// The one section one of whose titles of two words or more a heading
    /// asked as a question (`normalised`) holds, word for word, before its
    /// `?`: "Has an Integrated Impact Assessment been completed? If not,
    /// please state why" stands for the equalities section. None when
    /// the question names two sections' titles, or none.
    fn section_asked(&self, normalised: &str) -> Vec<usize> {
        let question = normalised.split_once('?').map_or(normalised, |(q, _)| q);
        let padded = format!(" {} ", question.trim());
        let mut asked = self.sections.iter().enumerate().filter(|(_, def)| {
            def.titles
                .iter()
                .any(|t| t.contains(' ') && padded.contains(&format!(" {t} ")))
        });
        match (asked.next(), asked.next()) {
            (Some((first, _)), None) => vec![first],
            _ => Vec::new(),
        }
    }

    /// Whether a normalised heading ends (before any dash) in a word that
    /// ends a body's name (the vocabulary's `body-words`: committee,
    /// board, panel).
    fn names_body(&self, normalised: &str) -> bool {
        let name = normalised
            .split_whitespace()
            .take_while(|w| !matches!(*w, "-" | "–" | "—"))
            .last()
            .unwrap_or("");
        self.vocabulary.body_words.contains_ignore_case(name)
    }

    /// Which template field a header key stands for.
    ///
    /// A bilingual label (`Meeting / Cyfarfod`) stands for the field either
    /// side names, and a joined one (`Lead Officer and Report Author`) for
    /// the field its first part names, when the whole label names none.
    ///
    /// A label joining two words with a slash (`Wards/Communities
    /// Affected`, `Meeting/Decision Maker`) stands for the field the labels
    /// it offers name, when those that name one name the same.
    ///
    /// A label asked as a question (`Does the report contain confidential
    /// or exempt information?`, answered yes or no) stands for the one
    /// field answered yes or no (its `values` hold both) one of whose
    /// labels of two words or more it holds (`exempt information`).
    pub(crate) fn field_for_key(&self, key: &str) -> Option<usize> {
        cached(&self.key_cache, key, || {
            let question = key.trim_end().ends_with('?');
            let key = normalise(key);
            let find = |key: &str| {
                self.fields.iter().position(|def| {
                    def.aliases.iter().any(|a| a == key)
                        || def.patterns.iter().any(|p| p.is_match(key))
                })
            };
            find(&key)
                .or_else(|| {
                    key.split(" / ")
                        .chain(key.split(" and ").take(1))
                        .map(str::trim)
                        .filter(|k| !k.is_empty() && k.len() < key.len())
                        .find_map(find)
                })
                .or_else(|| {
                    agreed(
                        crate::parse::field::slash_alternatives(&key)
                            .iter()
                            .map(|k| find(k)),
                    )
                })
                .or_else(|| question.then(|| self.field_asked(&key)).flatten())
                // "Committee(s)": the field whose label is the word alone.
                .or_else(|| crate::parse::field::without_plural_bracket(&key).and_then(find))
        })
    }

    /// The one yes-or-no field whose label of two words or more question
    /// `key` (normalised) holds, word for word; where none is, the one
    /// field of any kind whose such label it holds (`Are specific wards
    /// affected?` asks the wards affected).
    fn field_asked(&self, key: &str) -> Option<usize> {
        let padded = format!(" {key} ");
        let held: Vec<usize> = (0..self.fields.len())
            .filter(|&n| {
                self.fields[n]
                    .aliases
                    .iter()
                    .any(|a| a.contains(' ') && padded.contains(&format!(" {a} ")))
            })
            .collect();
        let yes_or_no = |n: &usize| {
            let values = &self.fields[*n].values;
            ["yes", "no"].iter().all(|v| values.iter().any(|x| x == v))
        };
        sole(held.iter().copied().filter(yes_or_no)).or_else(|| sole(held.into_iter()))
    }

    /// The sections a long lead-in line (`List of Background Papers used
    /// in the preparation of this report`, more words than a run-in label
    /// has) names by opening with one of their titles of two words or
    /// more, word for word, or by matching one of their patterns whole (a
    /// pattern open at its end: `^background (papers|documents)\b`). A
    /// line that only mentions a title further on ("Copies of the
    /// background papers can be had from:") opens with none.
    pub(crate) fn sections_opening(&self, label: &str) -> Vec<usize> {
        let key = normalise(label);
        self.sections
            .iter()
            .enumerate()
            .filter(|(_, def)| {
                def.titles.iter().any(|t| {
                    t.contains(' ')
                        && key
                            .strip_prefix(t.as_str())
                            .is_some_and(|rest| rest.starts_with(' '))
                }) || def.patterns.iter().any(|p| p.is_match(&key))
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// The sections one of whose patterns matches a whole line that runs
    /// a lead and a colon into a title (`Local Government Act 1972: List
    /// of background papers`): the part before the colon names none, so
    /// only a pattern written with the lead in it reads the line.
    pub(crate) fn sections_matching_line(&self, line: &str) -> Vec<usize> {
        let key = normalise(line);
        self.sections
            .iter()
            .enumerate()
            .filter(|(_, def)| def.patterns.iter().any(|p| p.is_match(&key)))
            .map(|(i, _)| i)
            .collect()
    }

    /// Which template sections an implications-table entry stands for.
    pub(crate) fn sections_for_implication(&self, name: &str) -> Vec<usize> {
        cached(&self.implication_cache, name, || {
            self.match_implication(name)
        })
    }

    fn match_implication(&self, name: &str) -> Vec<usize> {
        let found = self.match_implication_name(name);
        if !found.is_empty() {
            return found;
        }
        // "Fairer Scotland Duty: Equalities": a duty or heading qualifies
        // the entry before a colon, and the part after it is the
        // implication's name, whole.
        let Some(rest) = qualified_entry(name) else {
            return found;
        };
        let rest = normalise(rest);
        let bare = rest.strip_suffix(" implications").unwrap_or(&rest);
        self.sections
            .iter()
            .enumerate()
            .filter(|(_, def)| def.implications.iter().any(|n| *n == rest || n == bare))
            .map(|(i, _)| i)
            .collect()
    }

    /// The sections whose `implications` names `name` (or one of its
    /// readings, [`title_candidates`]) is.
    fn match_implication_name(&self, name: &str) -> Vec<usize> {
        let candidates = title_candidates(name);
        self.sections
            .iter()
            .enumerate()
            .filter(|(_, def)| {
                candidates.iter().any(|c| {
                    let bare = c.strip_suffix(" implications").unwrap_or(c);
                    def.implications.iter().any(|n| n == c || n == bare)
                })
            })
            .map(|(i, _)| i)
            .collect()
    }
}

/// A cache of answers by heading, key or name. Hashed with foldhash, not
/// the standard library's SipHash: a paper looks up every heading and
/// key, and SipHash took about 200 instructions a lookup. Its seed
/// is random per process, and the cache's size is capped, so crafted
/// headings cannot make lookups slow.
type Cache<T> = HashMap<String, T, foldhash::fast::RandomState>;

/// Looks `key` up in `cache`, computing and remembering it on a miss (up to
/// a limit, so that a huge corpus of one-off headings cannot grow it).
fn cached<T: Clone>(
    cache: &std::sync::Mutex<Cache<T>>,
    key: &str,
    compute: impl FnOnce() -> T,
) -> T {
    let lock = || cache.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(hit) = lock().get(key) {
        return hit.clone();
    }
    let found = compute();
    let mut map = lock();
    if map.len() < TITLE_CACHE_LIMIT {
        map.insert(key.to_string(), found.clone());
    }
    found
}

/// The most words of the qualifier before an entry's name (`Fairer
/// Scotland Duty: Equalities`).
const QUALIFIER_WORDS: usize = 4;

/// The name after a short qualifier and a colon in an implications
/// entry's label: "Fairer Scotland Duty: Equalities" gives "Equalities".
/// The qualifier is a few words ([`QUALIFIER_WORDS`]) with no stop in
/// them; the name is all the rest, to be read whole.
fn qualified_entry(label: &str) -> Option<&str> {
    let (head, rest) = label.split_once(": ")?;
    let head = head.trim();
    let rest = rest.trim();
    let words = head.split_whitespace().count();
    ((1..=QUALIFIER_WORDS).contains(&words)
        && !head.contains(['.', ';', ',', '?', '!'])
        && !rest.is_empty())
    .then_some(rest)
}

/// The most words a run-in label has (`Summary of equalities impact:`).
const RUN_IN_WORDS: usize = 8;

/// The most words a run-in label set in emphasis has: the bold closing on
/// a colon marks a label of more words than plain text would
/// (`**Public Background Papers Used in the Preparation of the Report:**
/// None`).
const EMPHASISED_RUN_IN_WORDS: usize = 12;

/// The most words of a whole line closed by a colon that leads in to a
/// section's text under it (`List of Background Papers used in the
/// preparation of this report:`, `Title and Location of any Background
/// Papers used in the preparation of this report :`): past
/// [`RUN_IN_WORDS`], it names a section only by opening with one of its
/// titles (see [`Template::sections_opening`]).
const LEAD_IN_WORDS: usize = 16;

/// The English words that label an aside (`NOTE: …`): grammar, not a
/// council's wording.
const ASIDE_LABELS: &[&str] = &["note", "notes", "please note"];

/// What an aside is about: the text of a `NOTE:` field after its leading
/// "The" (`The background papers, as defined by …`), for
/// [`Template::sections_opening`] to read as a lead-in. None for any
/// other label, or a note that does not open with "The".
fn aside_subject<'v>(key: &str, value: &'v str) -> Option<&'v str> {
    if !ASIDE_LABELS
        .iter()
        .any(|l| l.eq_ignore_ascii_case(key.trim()))
    {
        return None;
    }
    let value = value.trim_start();
    value
        .get(..4)
        .filter(|w| w.eq_ignore_ascii_case("the "))
        .map(|_| &value[4..])
}

/// Per template section, the run-in labels that name it: header-style
/// fields whose key is a section title (`Summary: …`, `Recommendations:`),
/// paragraphs that open with such a title and a colon (or set it in a
/// column of its own beside their text, as `pdftotext -layout` keeps a
/// two-column table: `Legal consequences    The works will be …`), and
/// rows of a table
/// whose first cell names a section and another cell says something about
/// it (Maidstone's `| Legal | The Council is … | Sign-off |`); in a table
/// whose header says "Implications", a first cell listing implications
/// names each section one of its items names (`| Legal and statutory | … |`
/// under `| Issue | Implications |`: legal, by the span of "Legal").
pub(crate) fn run_in_labels(
    template: &Template,
    resolved: &Resolved,
    doc: &Document,
    text: &str,
) -> Vec<Vec<Span>> {
    let mut out = vec![Vec::new(); template.sections.len()];
    // "NOTE: The background papers, as defined by Section 50D of the Local
    // Government (Scotland) Act 1973 … are:": an aside whose text opens
    // with a section's title leads in to that section.
    for f in &doc.fields {
        if let Some(subject) = aside_subject(&f.key, &f.value) {
            for d in template.sections_opening(subject) {
                out[d].push(f.key_span.cover(f.value_span));
            }
        }
    }
    // `entries`: the label stands under an implications heading, where an
    // implications-table entry's name ("Resource", for financial) is a
    // label too.
    let mut add = |label: &str, span: Span, entries: bool, most: usize| -> bool {
        if more_words_than(label, most) {
            return false;
        }
        if most == LEAD_IN_WORDS && more_words_than(label, RUN_IN_WORDS) {
            let found = template.sections_opening(label);
            for &d in &found {
                out[d].push(span);
            }
            return !found.is_empty();
        }
        let mut found = template.match_heading(label);
        // "Resources (financial)": the bracket says which section.
        if found.sections.is_empty() {
            if let Some((_, inner)) = label.split_once('(') {
                if let Some((inner, _)) = inner.split_once(')') {
                    found = template.match_heading(inner);
                }
            }
        }
        if found.sections.is_empty() && entries {
            for d in template.sections_for_implication(label) {
                out[d].push(span);
            }
        }
        for d in found.sections.iter() {
            out[*d].push(span);
        }
        !found.sections.is_empty()
    };
    // A bracketed guidance note that lists the implications a label
    // covers: "Resource Implications / (identify any financial, legal,
    // property or human resources issues)".
    let mut listed: Vec<(usize, Span)> = Vec::new();
    // Lines read whole by a pattern (see `Template::sections_matching_line`).
    let mut whole_lines: Vec<(usize, Span)> = Vec::new();
    let mut add_listed = |note: &str, span: Span| {
        for d in listed_implications(template, note) {
            listed.push((d, span));
        }
    };
    // The sections headed "Implications" ("3. Implications" over "Resource
    // - …", "Legal - …"), by id (their titles normalised once, by the
    // template's match).
    let umbrella: Vec<bool> = resolved
        .titles
        .iter()
        .map(|t| t.split_whitespace().any(|w| w == "implications"))
        .collect();
    let under_umbrella = |s: Option<SectionId>| s.is_some_and(|s| umbrella[s]);
    // A field under an implications heading ("Resources: The contract is
    // funded from …" under "6 Implications") names its section as an
    // implications table's entry does; elsewhere ("Resources:" in a front
    // sheet) only by a title.
    // Elsewhere, a field whose value is an officer's name and post
    // ("Financial: Jayne Close, Finance Manager (Place), Tel: …" in a
    // closing list of the officers for each implication) names who
    // advised on it: it is no copy of the section's text.
    for f in &doc.fields {
        let entries = under_umbrella(doc.section_at(f.key_span.start));
        if !entries && names_officer(&f.value, &template.vocabulary.not_names) {
            continue;
        }
        add(&f.key, f.key_span, entries, RUN_IN_WORDS);
    }
    for p in &doc.paragraphs {
        let Some(body) = text.get(p.text.start..p.text.end) else {
            continue;
        };
        let entries = under_umbrella(p.section);
        // Each line of the paragraph: PDF text runs "Summary: …" and
        // "Recommendation: …" into one block, and sets "Background
        // Documents" on the line above its text.
        // (memchr: a paragraph is often one long line, and the standard
        // library's search for a byte is not vectorised.)
        let mut at = 0;
        // A whole-line label was read on the line before, and where a
        // bracketed note under it opened: its guidance may run on over
        // the next lines.
        let mut label_above = false;
        let mut note: Option<usize> = None;
        let ends = memchr::memchr_iter(b'\n', body.as_bytes()).chain([body.len()]);
        for end in ends {
            // A page's first line, as `pdftotext` writes it, opens with a
            // form feed: the label starts after it.
            let fed = body[at..end].len() - body[at..end].trim_start_matches('\u{c}').len();
            let line = &body[at + fed..end];
            let start = p.text.start + at + fed;
            let line_at = at + fed;
            at = end + 1;
            let line = line.trim_end();
            if let Some(open) = note {
                // The note closes, or is given up after a few lines.
                if let Some(c) = memchr::memchr(b')', line.as_bytes()) {
                    let close = line_at + c + 1;
                    let text = &body[open..close];
                    add_listed(text, Span::new(p.text.start + open, p.text.start + close));
                    note = None;
                } else if line_at - open > 300 {
                    note = None;
                }
                continue;
            }
            let above = std::mem::take(&mut label_above);
            if above && line.starts_with('(') {
                if line.contains(')') {
                    add_listed(line, Span::new(start, start + line.len()));
                } else {
                    note = Some(line_at);
                }
                continue;
            }
            if let Some((off, label)) = emphasised_label(line) {
                add(
                    label,
                    Span::new(start + off, start + off + label.len()),
                    entries,
                    EMPHASISED_RUN_IN_WORDS,
                );
                continue;
            }
            if !line.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            // "Financial consequences    The total cost …": a label in a
            // column of its own beside its value, as `pdftotext -layout`
            // keeps a table of two columns, stands as a colon's would.
            if let Some(label) = label_beside_value(text, start, line, &body[at.min(body.len())..])
            {
                let from = start + (label.as_ptr() as usize - line.as_ptr() as usize);
                if add(
                    label,
                    Span::new(from, from + label.len()),
                    entries,
                    RUN_IN_WORDS,
                ) {
                    continue;
                }
            }
            let head = &line[..floor_boundary(line, 100)];
            // "Equalities (has an Equalities", "Background documents
            // (available for public inspection):": a bracketed note opened
            // after a space, closed at the label's end or running on to
            // the next line, qualifies the label before it.
            let colon = memchr::memchr(b':', head.as_bytes());
            let (line, tail) = match colon.is_none().then(|| bracketed_note(line)).flatten() {
                Some((stem, tail)) if titles::included_heading(line).is_none() => {
                    (stem, Some(tail))
                }
                _ => (line, None),
            };
            // A whole line closed by a colon leads in to what is under it,
            // and may be a longer label than one the text runs on after.
            let mut most = RUN_IN_WORDS;
            let label = match colon {
                // "The following background papers have been taken into
                // account:": a lead-in names its list after "The following".
                Some(colon) if colon + 1 == line.len() => {
                    most = LEAD_IN_WORDS;
                    let label = &line[..colon];
                    label
                        .get(..14)
                        .filter(|l| l.eq_ignore_ascii_case("the following "))
                        .map_or(label, |_| &label[14..])
                }
                Some(colon) => &line[..colon],
                None if !line.ends_with(['.', ',', ';', '?', '!']) && !more_words_than(line, 6) => {
                    label_above = tail.is_none();
                    line
                }
                // "Resource - The winter budget is …": a spaced dash runs
                // the text on after a label, as a colon does.
                None => match dashed_label(head) {
                    Some(label) => label,
                    None => continue,
                },
            };
            let (label, tail) = match (tail, bracketed_note(label)) {
                (None, Some((stem, tail))) if titles::included_heading(label).is_none() => {
                    (stem, Some(tail))
                }
                (tail, _) => (label, tail),
            };
            // A sentence's stops are no label's, nor is a bracket, but for
            // "Ward(s)" and one that includes a heading ("Legal (Including
            // Equalities)"): "Jo Bloggs (Director, Finance)" is a name.
            // (memchr: this runs on most lines, and a search for one of
            // two characters by `contains` decodes every one.)
            let has = |a: u8, b: u8| memchr::memchr2(a, b, label.as_bytes()).is_some();
            if has(b'.', b';')
                || (has(b'(', b')')
                    && !label.contains("(s)")
                    && titles::included_heading(label).is_none())
            {
                label_above = false;
                continue;
            }
            let from = start + (label.as_ptr() as usize - line.as_ptr() as usize);
            let mut found = add(label, Span::new(from, from + label.len()), entries, most);
            // "Finance and" / "value for" / "money": a row's label wrapped
            // down its narrow column, as plain `pdftotext` flattens a table.
            if !found
                && colon.is_none()
                && tail.is_none()
                && from == start
                && label.len() == line.len()
            {
                if let Some((joined, len)) = wrapped_label(label, &body[at.min(body.len())..]) {
                    let span = Span::new(from, p.text.start + at + len);
                    found = add(&joined, span, entries, RUN_IN_WORDS);
                }
            }
            // "Local Government Act 1972: List of background papers": a
            // short lead before the colon that names nothing, the title
            // after it, the whole line short and no sentence.
            if !found
                && colon.is_some_and(|c| c + 1 < line.len())
                && !more_words_than(label, RUN_IN_WORDS)
                && !more_words_than(line, LEAD_IN_WORDS)
                && memchr::memchr2(b'.', b';', line.as_bytes()).is_none()
                && !line.ends_with([',', '?', '!'])
            {
                let whole = template.sections_matching_line(line);
                found = !whole.is_empty();
                let span = Span::new(start, start + line.len());
                whole_lines.extend(whole.into_iter().map(|d| (d, span)));
            }
            label_above &= found;
            if let (true, Some(tail)) = (found, tail) {
                if !tail.contains(')') {
                    // The note runs on to the next line.
                    note = Some(tail.as_ptr() as usize - body.as_ptr() as usize);
                } else {
                    let off = tail.as_ptr() as usize - line.as_ptr() as usize;
                    add_listed(tail, Span::new(start + off, start + off + tail.len()));
                }
            }
        }
    }
    for t in &doc.tables {
        // An implications table: a header cell says "Implications" ("Issue
        // | Implications").
        let implications = t.rows.first().is_some_and(|h| {
            h.cells.iter().any(|c| {
                normalise(&c.text)
                    .split(' ')
                    .any(|w| w == "implications" || w == "implication")
            })
        });
        // Its rows' first cells are entries' names ("| **Resources:** | The
        // contract is funded from … |": financial) in such a table, or in
        // one under an implications heading ("6 Implications" over a
        // table whose header row is empty).
        let entries = implications || under_umbrella(t.section);
        for (r, row) in t.rows.iter().enumerate() {
            let mut cells = row
                .cells
                .iter()
                .enumerate()
                .filter(|(_, c)| !c.text.is_empty())
                .peekable();
            // A column of row numbers first ("| II | Policy and Legal … |
            // … |", a Scottish summary of implications): the name is the
            // cell after it.
            if row.cells.len() > 2 && cells.peek().is_some_and(|(_, c)| is_row_number(&c.text)) {
                cells.next();
            }
            let Some((at, name)) = cells.next() else {
                continue;
            };
            let says = cells.any(|(_, c)| more_words_than(&c.text, SAYING_WORDS))
                || wrapped_cell_says(row, at, &t.rows[r + 1..]);
            if says {
                // "Financial Implications: (Authorised by the statutory
                // Section 151 Officer …)": a note under the row's name, in
                // its cell, says who signs it off; the name is before it.
                let named = match bracketed_note(&name.text) {
                    Some((stem, note)) if note.ends_with(')') => stem,
                    _ => name.text.as_str(),
                };
                add(named, name.span, entries, RUN_IN_WORDS);
                // A row naming a list of implications stands for each
                // ("Legal and statutory": legal), by the item's own span.
                if entries {
                    listed.extend(entry_list(template, text, name));
                }
            }
        }
    }
    for (d, span) in listed.into_iter().chain(whole_lines) {
        out[d].push(span);
    }
    out
}

/// The words that join a label to the rest of it on the next line
/// (`Finance and` / `value for` / `money`).
const JOINING_WORDS: &[&str] = &["and", "&", "of", "for", "or"];

/// The most lines a row's label wraps over after its first.
const WRAPPED_LABEL_LINES: usize = 2;

/// The most words of each line a wrapped label runs on to.
const WRAPPED_LABEL_WORDS: usize = 3;

/// A row's label `first` wrapped down its narrow column, as plain
/// `pdftotext` flattens a table of implications (`Finance and` / `value
/// for` / `money`): while the label so far ends in a joining word
/// ([`JOINING_WORDS`]), the next line of `rest` carries it on, when it is
/// short ([`WRAPPED_LABEL_WORDS`]) with no stop, colon, comma or bracket.
/// Returns the joined label and where its last line ends in `rest`; None
/// when `first` ends in no joining word, or the label still ends in one
/// where the lines give out.
fn wrapped_label(first: &str, rest: &str) -> Option<(String, usize)> {
    let joins_on = |label: &str| {
        label
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| JOINING_WORDS.iter().any(|j| w.eq_ignore_ascii_case(j)))
    };
    let mut label = first.trim().to_string();
    let mut end = None;
    let mut at = 0;
    for line in rest.split('\n').take(WRAPPED_LABEL_LINES) {
        if !joins_on(&label) {
            break;
        }
        let words = line.trim();
        if words.is_empty()
            || more_words_than(words, WRAPPED_LABEL_WORDS)
            || words.contains(['.', ';', ':', ',', '(', ')', '?', '!'])
        {
            return None;
        }
        label.push(' ');
        label.push_str(words);
        end = Some(at + line.trim_end().len());
        at += line.len() + 1;
    }
    end.filter(|_| !joins_on(&label)).map(|e| (label, e))
}

/// Whether a cell of `row` after its name says something
/// once its text wraps onto the lines under it: `following` are the
/// table's next rows, and those whose first cell is empty carry the row
/// on (a Pandoc grid row read line by line, a `pdftotext -layout` row
/// whose comment wraps down its column: `Equalities | An equality impact
/// assessment found` / ` | no adverse impact.`). A column after the name
/// (cell `at`), joined down those lines, of more than [`SAYING_WORDS`]
/// words says something. A row with no such lines under it says only what
/// it says on its own.
fn wrapped_cell_says(
    row: &crate::document::Row,
    at: usize,
    following: &[crate::document::Row],
) -> bool {
    let under: Vec<_> = following
        .iter()
        .take_while(|r| r.cells.first().is_some_and(|c| c.text.trim().is_empty()))
        .collect();
    if under.is_empty() {
        return false;
    }
    (at + 1..row.cells.len()).any(|c| {
        let words = std::iter::once(row)
            .chain(under.iter().copied())
            .filter_map(|r| r.cells.get(c))
            .map(|cell| cell.text.split_whitespace().count())
            .sum::<usize>();
        words > SAYING_WORDS
    })
}

/// A cell beside an implications table row's name says something when it
/// has more words than this (a "Yes", "None" or "See 4.2" says nothing).
const SAYING_WORDS: usize = 5;

/// Whether a table cell's text is only a row's number: `3`, `3.`, `2.1`,
/// `IV`, `iv)`, `(b)`, `B.` — digits and dots, or a Roman numeral or one
/// letter, with a closing stop or bracket.
fn is_row_number(cell: &str) -> bool {
    let n = cell
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(['.', ')']);
    let roman = |c: char| matches!(c.to_ascii_lowercase(), 'i' | 'v' | 'x' | 'l');
    !n.is_empty()
        && n.len() <= 6
        && (n.chars().all(|c| c.is_ascii_digit() || c == '.')
            && n.starts_with(|c: char| c.is_ascii_digit())
            || n.chars().all(roman)
            || n.len() == 1 && n.starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// The sections that the first cell of an implications table's row names
/// as a list of implications ("Financial, resource and property", "Legal
/// and statutory", "Policy and Legal (including Equality Issues, Risk)"):
/// each item (split at commas, slashes, "&", "and", "or", and at brackets
/// and "including" where a bracket opens with it) that is the name of a section's implications or a title stands
/// for that section, its span the item's own (so that it reads as the
/// section's name, as a run-in label must be). Two items at least, each
/// of a word or three.
fn entry_list(template: &Template, text: &str, cell: &crate::document::Cell) -> Vec<(usize, Span)> {
    /// The most words of one item of the list.
    const ITEM_WORDS: usize = 3;
    let Some(raw) = text.get(cell.span.start..cell.span.end) else {
        return Vec::new();
    };
    // A cell wrapped over lines of a Pandoc grid or multiline table: its
    // span holds the other columns' text too. The items are read from the
    // cell's own text, each spanning the cell.
    let wrapped = raw.contains('\n');
    let raw = if wrapped { cell.text.as_str() } else { raw };
    let item_span = |a: usize, b: usize| {
        if wrapped {
            cell.span
        } else {
            Span::new(cell.span.start + a, cell.span.start + b)
        }
    };
    // Items as byte ranges of `raw`, split at the separators.
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    let mut words = raw.char_indices().peekable();
    let mut word_start: Option<usize> = None;
    let cut = |from: usize, to: usize, items: &mut Vec<(usize, usize)>| {
        let piece = &raw[from..to];
        let lead = piece.len() - piece.trim_start().len();
        let body = piece.trim();
        items.push((from + lead, from + lead + body.len()));
    };
    // "Resources (staffing)": the bracket says which section the name is;
    // "Policy and Legal (including Equality Issues, Risk)": it lists more.
    let lists_more = raw.to_ascii_lowercase().contains("(including ");
    while let Some((i, c)) = words.next() {
        if matches!(c, ',' | '/' | '&' | ';') || (lists_more && matches!(c, '(' | ')')) {
            cut(start, i, &mut items);
            start = i + c.len_utf8();
            word_start = None;
            continue;
        }
        if c.is_alphanumeric() {
            if word_start.is_none() {
                word_start = Some(i);
            }
            let ends = words.peek().map_or(true, |&(_, n)| !n.is_alphanumeric());
            if let (true, Some(w)) = (ends, word_start) {
                let word = &raw[w..i + c.len_utf8()];
                if ["and", "or", "including"]
                    .iter()
                    .any(|w| word.eq_ignore_ascii_case(w))
                {
                    cut(start, w, &mut items);
                    start = i + c.len_utf8();
                }
                word_start = None;
            }
        } else {
            word_start = None;
        }
    }
    cut(start, raw.len(), &mut items);
    items.retain(|&(a, b)| {
        crate::parse::inline::plain(&raw[a..b])
            .split_whitespace()
            .next()
            .is_some()
    });
    if items.len() < 2 {
        return Vec::new();
    }
    let mut out: Vec<(usize, Span)> = Vec::new();
    for &(a, b) in &items {
        let item = crate::parse::inline::plain(&raw[a..b]);
        let item = item.trim_matches(|c: char| !c.is_alphanumeric());
        if item.split_whitespace().nth(ITEM_WORDS).is_some() {
            return Vec::new();
        }
        let mut defs = template.sections_for_implication(item);
        defs.extend(template.match_heading(item).sections.iter().copied());
        for d in defs {
            if !out.iter().any(|o| o.0 == d) {
                out.push((d, item_span(a, b)));
            }
        }
    }
    out
}

/// A label and the bracketed note after it (`Background documents
/// (available for public inspection)`, `Equalities (has an Equalities`):
/// the bracket opens after a space and closes at the end, or is left open
/// for the next line. None for a bracket inside a word (`Ward(s)`) or
/// one followed by more text.
fn bracketed_note(label: &str) -> Option<(&str, &str)> {
    // A bracket after a space: a memchr for the bracket, the cheapest
    // search for a two-byte needle in a short label.
    let bytes = label.as_bytes();
    let open = memchr::memchr_iter(b'(', bytes).find(|&i| i > 0 && bytes[i - 1] == b' ')? - 1;
    let stem = label[..open].trim_end();
    let note = &label[open + 1..];
    if stem.is_empty() || stem.contains(['(', ')']) {
        return None;
    }
    match memchr::memchr(b')', note.as_bytes()) {
        Some(close) if close + 1 != note.len() => None,
        _ => Some((stem, note)),
    }
}

/// The sections a bracketed guidance note lists by their implications'
/// names, when it lists two or more: "(identify any financial, legal,
/// property or human resources issues)" gives financial and legal. Each
/// item of the list (split at commas, "or", "and" and slashes) names a
/// section by its last word or two.
fn listed_implications(template: &Template, note: &str) -> Vec<usize> {
    let inner = note.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace());
    let lower = inner.to_lowercase().replace(['/', ','], " , ");
    let mut found: Vec<usize> = Vec::new();
    let mut items = 0;
    let words: Vec<&str> = lower.split_whitespace().collect();
    for item in words.split(|w| matches!(*w, "," | "or" | "and")) {
        let n = item.len();
        let named = (1..=n.min(2))
            .map(|k| template.sections_for_implication(&item[n - k..].join(" ")))
            .find(|s| !s.is_empty());
        if let Some(sections) = named {
            items += 1;
            for d in sections {
                if !found.contains(&d) {
                    found.push(d);
                }
            }
        }
    }
    if items < 2 {
        found.clear();
    }
    found
}

/// Whether a field's value names an officer: a person's name and then,
/// after a comma, their post (`Jayne Close, Finance Manager (Place), Tel:
/// …`), as a list of the officers for each implication gives them.
fn names_officer(value: &str, not_names: &crate::parse::vocabulary::Words) -> bool {
    value.split_once(',').is_some_and(|(name, post)| {
        !post.trim().is_empty() && crate::parse::field::is_name(name.trim(), not_names)
    })
}

/// The most words of a value that a label column's line says beside
/// its label: a run of words, not a mark ("Legal   Yes", "Financial   ✓").
const BESIDE_VALUE_WORDS: usize = 3;

/// The label of a line that sets it in a column of its own beside its
/// value, as `pdftotext -layout` keeps a two-column table
/// (`Financial consequences    The total cost of £14.2 million …`,
/// `BACKGROUND REPORT(S)        Haybridge Campsite condition survey, …`):
/// a label of at most [`RUN_IN_WORDS`] words with no colon or sentence's
/// stop, a gap of three spaces or more, then a value of more than
/// [`BESIDE_VALUE_WORDS`] words. `line` stands at `start` in `text`;
/// `rest` is what follows it in its paragraph. Where the value wraps, its
/// next line carries it on in its column: a word starts there after a
/// gap (the label column blank, or holding the label's own next words).
/// A sentence spaced out by justification has no such column.
fn label_beside_value<'l>(text: &str, start: usize, line: &'l str, rest: &str) -> Option<&'l str> {
    let gap = line.find("   ")?;
    let label = line[..gap].trim_end();
    let value = line[gap..].trim_start();
    if label.is_empty()
        || more_words_than(label, RUN_IN_WORDS)
        || label.contains([':', '.', ';', '?', '!'])
        || !more_words_than(value, BESIDE_VALUE_WORDS)
    {
        return None;
    }
    // The value's column, counted in characters from the line's start.
    let value_at = line.len() - value.len();
    let column = text[crate::parse::line::line_start(text, start)..start]
        .chars()
        .count()
        + line[..value_at].chars().count();
    let next = rest.split('\n').next().unwrap_or("").trim_end();
    if !next.trim().is_empty() {
        let chars: Vec<char> = next.chars().collect();
        let starts_word = chars.get(column).is_some_and(|c| !c.is_whitespace())
            && column >= 2
            && chars[column - 2..column].iter().all(|&c| c == ' ');
        if !starts_word {
            return None;
        }
    }
    Some(label)
}

/// The label before the first spaced dash of a line (`Resource - The
/// budget is …`, `Legal – Section 34 …`, Pandoc's `Legal -- Section 34 …`): at most [`RUN_IN_WORDS`] words,
/// with text after the dash. Whether it names a section is for the
/// heading matcher to say.
fn dashed_label(head: &str) -> Option<&str> {
    // The first " - ", " – " or " — ", by the dash's first byte (memchr:
    // `str::find` builds a searcher for each needle, on every line).
    let bytes = head.as_bytes();
    let at = memchr::memchr2_iter(b'-', 0xE2, bytes).find_map(|i| {
        // (Pandoc's markdown writes an en dash as `--`.)
        let dash = if bytes[i..].starts_with(b"--") {
            2
        } else if bytes[i] == b'-' {
            1
        } else if bytes[i..].starts_with("–".as_bytes()) || bytes[i..].starts_with("—".as_bytes())
        {
            3
        } else {
            return None;
        };
        (i > 0 && bytes[i - 1] == b' ' && bytes.get(i + dash) == Some(&b' ')).then(|| i - 1)
    })?;
    let label = head[..at].trim_end();
    (!label.is_empty() && !more_words_than(label, RUN_IN_WORDS)).then_some(label)
}

/// The run-in title that opens a paragraph's text `text` (after its
/// number), and where it starts: a label in emphasis (see
/// [`emphasised_label`]: `**Risk.** The…`), or words on the first line
/// before a colon or a spaced dash (`Risk: the outstanding actions…`,
/// `Legal – the Act…`), opening in capitals, of [`RUN_IN_WORDS`] words at
/// most, with no full stop, semicolon, comma or bracket among them.
pub(crate) fn opening_label(text: &str) -> Option<(usize, &str)> {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let line = rest[..memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len())].trim_end();
    if let Some((at, label)) = emphasised_label(line) {
        return Some((lead + at, label));
    }
    let head = &line[..floor_boundary(line, 100)];
    let label = match memchr::memchr(b':', head.as_bytes()) {
        Some(colon) => head[..colon].trim_end(),
        None => dashed_label(head)?,
    };
    let plain_words = !label.is_empty()
        && label.starts_with(|c: char| c.is_uppercase())
        && !more_words_than(label, RUN_IN_WORDS)
        && !label.contains(['.', ';', ',', '(', ')']);
    plain_words.then_some((lead, label))
}

/// A run-in label set in emphasis at the start of a line, and where its
/// words begin: `*Financial.* The fees…`, `**Legal.** There are…`,
/// `*Legal*: the precept…`, also after a bold paragraph number that the
/// paragraph reader left in the text (`**11.** *Legal*: …`), and a label
/// whose bold opened before the paragraph number, so that the paragraph's
/// text holds only its close (`**7.1 Financial:** The costs…` gives the
/// text `Financial:** The costs…`). The emphasis must close on the label, and the label end with a full stop or colon
/// (inside the emphasis or just after it), be followed by a spaced dash
/// (`**Legal** – the Act…`) or be the whole line; an
/// emphasised phrase that opens a sentence (`*Not* all traders…`) is not
/// a label.
fn emphasised_label(line: &str) -> Option<(usize, &str)> {
    let mut at = 0;
    if let Some((inner, _, len)) = emphasised(line) {
        let number = inner.trim_end_matches(['.', ')']);
        if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            let rest = &line[len..];
            at = len + (rest.len() - rest.trim_start().len());
        }
    }
    let rest = &line[at..];
    let (inner, open, len) = emphasised(rest).or_else(|| closed_bold(rest))?;
    let after = &rest[len..];
    let lead = inner.len() - inner.trim_start().len();
    let words = inner.trim();
    let label = match words.strip_suffix(['.', ':']) {
        Some(label) => label.trim_end(),
        None if after.starts_with(['.', ':']) || after.trim().is_empty() => words,
        // A dash between spaces runs the text on, as a colon does
        // (`**Legal** – the Act…`, or Pandoc's `--` for an en dash); a
        // hyphen joined to the next word (`**Cost**-effective…`) does not.
        None if after
            .trim_start()
            .strip_prefix("--")
            .or_else(|| after.trim_start().strip_prefix(['–', '—', '-']))
            .is_some_and(|r| r.starts_with(char::is_whitespace))
            && after.starts_with(char::is_whitespace) =>
        {
            words
        }
        None => return None,
    };
    if !label.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    Some((at + open + lead, label))
}

/// The text inside `*…*`, `**…**`, `_…_` or `__…__` at the start of `s`,
/// where that text begins, and the length of the whole run, markers
/// included.
fn emphasised(s: &str) -> Option<(&str, usize, usize)> {
    let marker = ["**", "__", "*", "_"]
        .into_iter()
        .find(|m| s.starts_with(m))?;
    let body = &s[marker.len()..];
    if body.starts_with(char::is_whitespace) {
        return None;
    }
    let close = body.find(marker)?;
    (close > 0).then(|| (&body[..close], marker.len(), 2 * marker.len() + close))
}

/// The text before a closing `**` or `__` that `s` starts inside, with no
/// other markup before it (`Financial:** The costs…`), as
/// [`emphasised`] gives it: the text, where it begins (0) and the length
/// up to the close, markers included.
fn closed_bold(s: &str) -> Option<(&str, usize, usize)> {
    if s.starts_with(char::is_whitespace) {
        return None;
    }
    // The close is the first `*` or `_` of the line, since none may come
    // before it (memchr: this runs on every line of every paragraph).
    let close = memchr::memchr2(b'*', b'_', s.as_bytes())?;
    let marker = ["**", "__"]
        .into_iter()
        .find(|m| s[close..].starts_with(m))?;
    (close > 0).then(|| (&s[..close], 0, close + marker.len()))
}

/// Whether `s` has more than `n` words parted by white space, as
/// `s.split_whitespace().nth(n).is_some()` says: counted byte by byte
/// while the text is ASCII (most lines are; run-in labels are looked for
/// on every line), by characters from the first other byte on.
fn more_words_than(s: &str, n: usize) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        if !b.is_ascii() {
            // A no-break space or other white space beyond ASCII may part
            // the words: the general reading, from the start.
            return s.split_whitespace().nth(n).is_some();
        }
        // `char::is_whitespace` in ASCII: tab to carriage return, space.
        let space = matches!(b, b'\t'..=b'\r' | b' ');
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// The largest char boundary of `s` at or below `at`.
fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Where a field's value came from.
#[derive(Debug, Clone, Copy)]
pub enum FieldSource<'d> {
    Field(&'d Field),
    Timetable(&'d Meeting),
    Title(&'d TextItem),
    Section(SectionId),
}

/// The template matched against one paper.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// Per template field: indices into `doc.fields` with that meaning.
    pub fields: Vec<Vec<usize>>,
    /// Per template section: the paper's sections with that meaning.
    pub sections: Vec<Vec<SectionId>>,
    /// Per template section: indices into `doc.implications` naming it.
    pub implications: Vec<Vec<usize>>,
    /// Per paper section: the template sections it stands for.
    pub section_ids: Vec<Vec<usize>>,
    /// Per paper section: its title, normalised.
    pub titles: Vec<String>,
    /// The sections headed by an officer's post alone over that officer's
    /// advice ("Director of Law and Governance" / "The council has power
    /// …"), each with the sign-off the post gives (index into the
    /// wording's roles): the section that sign-off needs.
    pub(crate) post_headings: Vec<(SectionId, usize)>,
}

impl Resolved {
    /// Matches `template` against `doc`, parsed from `text`.
    pub fn new(template: &Template, doc: &Document, text: &str) -> Self {
        let mut fields = vec![Vec::new(); template.fields.len()];
        for (i, f) in doc.fields.iter().enumerate() {
            if let Some(def) = template.field_for_key(&f.key) {
                fields[def].push(i);
                // "Executive Member / Reporting Officer": a joined label
                // whose sides name different fields gives each of them.
                if f.key.contains(" / ") {
                    for other in f.key.split(" / ").filter_map(|k| template.field_for_key(k)) {
                        if !fields[other].contains(&i) {
                            fields[other].push(i);
                        }
                    }
                }
            }
        }
        second_labels(template, doc, &mut fields);
        let mut sections = vec![Vec::new(); template.sections.len()];
        let mut section_ids = Vec::with_capacity(doc.sections.len());
        let mut titles = Vec::with_capacity(doc.sections.len());
        let mut post_headings = Vec::new();
        // Whether a section the template knows has begun the body.
        let mut body = false;
        // The block of officers' advice being read, if any.
        let mut advice: Option<AdviceBlock> = None;
        for (id, s) in doc.sections.iter().enumerate() {
            let heading = template.match_heading(&s.title);
            if template.clearance.is_advice_heading(&heading.normalised) {
                advice = Some(advice_block(template, doc, id));
            }
            let mut ids = heading.sections.clone();
            // A bare implication's name as a sub-heading of an implications
            // heading ("6.3 Human Resources" under "6. Implications")
            // stands for the section an implications table row of that
            // name would.
            if ids.is_empty()
                && s.parent
                    .and_then(|p| titles.get(p))
                    .is_some_and(|t: &String| t.split(' ').any(|w| w == "implications"))
            {
                ids = template.sections_for_implication(&s.title);
            }
            // In the body, an officer's post heading their advice ("Head of
            // Legal and Governance" / "The Council has power …") stands
            // for the section needing the sign-off the post gives.
            if ids.is_empty() && body {
                if let Some(role) = heading.post {
                    if let Some(d) = post_section(template, doc, text, id, role) {
                        ids.push(d);
                        post_headings.push((id, role));
                    }
                } else if let Some(block) = advice.as_ref().filter(|b| b.officers.contains(&id)) {
                    // "Assistant Chief Executive – Governance and
                    // Assurance" under "Supplementary advice from other
                    // officers": a post the pack does not list, over
                    // advice whose content says which sign-off it is.
                    if let Some((d, role)) = advice_section(template, doc, text, id, &block.claimed)
                    {
                        ids.push(d);
                        post_headings.push((id, role));
                    }
                } else if Wording::is_officers_comments_heading(&s.title) {
                    // "Comments of the Executive Director Corporate
                    // Services": a post the pack does not list, whose
                    // comments are the section of the sign-off a clearance
                    // in them gives. (The heading clears nothing itself.)
                    if let Some(d) = signed_role(template, doc, text, id)
                        .and_then(|role| post_section(template, doc, text, id, role))
                    {
                        ids.push(d);
                    }
                }
            }
            // "Impact Assessment" over "An equality impact assessment has
            // been carried out": a broad heading stands for the section
            // its text speaks of.
            if ids.is_empty() {
                ids = broad_title_sections(template, doc, text, id, &heading.normalised);
            }
            body |= !ids.is_empty();
            for &d in &ids {
                sections[d].push(id);
            }
            section_ids.push(ids);
            titles.push(heading.normalised.clone());
        }
        let mut implications = vec![Vec::new(); template.sections.len()];
        for (i, imp) in doc.implications.iter().enumerate() {
            for d in template.sections_for_implication(&imp.name) {
                implications[d].push(i);
            }
        }
        Resolved {
            fields,
            sections,
            implications,
            section_ids,
            titles,
            post_headings,
        }
    }

    /// Everything that supplies template field `def`, best first: header
    /// fields, then the forward timetable, the title line, sections.
    pub(crate) fn field_sources<'d>(
        &self,
        template: &Template,
        def: usize,
        doc: &'d Document,
    ) -> Vec<FieldSource<'d>> {
        let fd = &template.fields[def];
        let mut out: Vec<FieldSource<'d>> = self.fields[def]
            .iter()
            .map(|&i| FieldSource::Field(&doc.fields[i]))
            .collect();
        if let Some(role) = fd.timetable {
            for m in &doc.meetings {
                let has = match role {
                    TimetableRole::Name => !m.name.is_empty(),
                    TimetableRole::Date => m.date.is_some(),
                };
                if has {
                    out.push(FieldSource::Timetable(m));
                }
            }
        }
        if fd.document_title {
            if let Some(t) = &doc.title {
                out.push(FieldSource::Title(t));
            } else if out.is_empty() {
                out.extend(title_with_colon(template, doc).map(FieldSource::Field));
            }
        }
        for sid in &fd.sections {
            if let Some(d) = template.section(sid) {
                out.extend(self.sections[d].iter().map(|&s| FieldSource::Section(s)));
            }
        }
        out
    }
}

/// The template sections that paper section `id`, headed by `title`
/// (normalised), stands for as one of their `broad_titles`: those whose
/// hints (as a word or the start of one) its text holds, its subsections'
/// included (an "Impact Assessments" table's header row, `Assessment
/// Outcome` in pdftotext's columns, may be read as a subheading over it).
fn broad_title_sections(
    template: &Template,
    doc: &Document,
    text: &str,
    id: SectionId,
    title: &str,
) -> Vec<usize> {
    let defs: Vec<usize> = (0..template.sections.len())
        .filter(|&d| template.sections[d].broad_titles.iter().any(|t| t == title))
        .collect();
    if defs.is_empty() {
        return defs;
    }
    let mut paragraphs = Vec::new();
    let mut stack = vec![id];
    while let Some(s) = stack.pop() {
        paragraphs.extend_from_slice(&doc.sections[s].paragraphs);
        stack.extend_from_slice(&doc.sections[s].children);
    }
    let body = paragraphs
        .iter()
        .map(|&p| crate::parse::inline::plain(doc.paragraphs[p].text.of(text)).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    defs.into_iter()
        .filter(|&d| {
            template.sections[d]
                .hints
                .iter()
                .any(|h| holds_at_word_start(&body, h))
        })
        .collect()
}

/// Whether `hint` stands in `text` (both in lower case) at the start of a
/// word: "equalit" in "an equality impact assessment", not in "inequality".
pub(crate) fn holds_at_word_start(text: &str, hint: &str) -> bool {
    !hint.is_empty()
        && text.match_indices(hint).any(|(i, _)| {
            !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        })
}

/// The template section needing the sign-off `role` (index into the
/// wording's roles) that paper section `id`, headed by a post giving it,
/// stands for: where the heading directly holds that officer's advice, a
/// few paragraphs (no sub-headings) whose first with text (after a number
/// alone on its line) is a sentence of some words, and which talk about
/// the sign-off's topic ("regulation 34 of the Public Contracts
/// Regulations 2015" for legal), not merely in naming a post ("The
/// Strategic Director of Resources thanks the panel"). A post over a name,
/// a phone number or a column of a sign-off table holds no advice.
fn post_section(
    template: &Template,
    doc: &Document,
    text: &str,
    id: SectionId,
    role: usize,
) -> Option<usize> {
    /// The fewest words of the advice's first paragraph.
    const MIN_WORDS: usize = 8;
    /// The most paragraphs of one officer's advice.
    const MAX_PARAGRAPHS: usize = 12;
    let s = &doc.sections[id];
    let wording = &template.clearance.roles[role];
    if !s.children.is_empty() || s.paragraphs.is_empty() || s.paragraphs.len() > MAX_PARAGRAPHS {
        return None;
    }
    let plain = |p: usize| crate::parse::inline::plain(doc.paragraphs[p].text.of(text));
    // (A paragraph number alone on its line, as pdftotext writes "15.",
    // is a paragraph of no text.)
    let first = s
        .paragraphs
        .iter()
        .map(|&p| plain(p))
        .find(|t| !t.trim().is_empty())?;
    let first = first.trim_end();
    if first.split_whitespace().count() < MIN_WORDS || !first.ends_with(['.', ':', ';']) {
        return None;
    }
    // (A topic word in a post, "Resources" of "Director of Resources",
    // says nothing of what the advice is about.)
    let topics = wording.topics.as_ref()?;
    let in_post = |t: &str, at: std::ops::Range<usize>| {
        wording.posts.as_ref().is_some_and(|posts| {
            posts
                .find_iter(t)
                .any(|p| p.start() <= at.start && at.end <= p.end())
        })
    };
    let talks = |t: &str| topics.find_iter(t).any(|m| !in_post(t, m.range()));
    if !s.paragraphs.iter().any(|&p| talks(&plain(p))) {
        return None;
    }
    template
        .sections
        .iter()
        .position(|d| d.sign_off.as_deref() == Some(wording.id.as_str()))
}

/// A block of officers' advice: a heading of the pack's `advice-headings`
/// ("SUPPLEMENTARY ADVICE FROM OTHER OFFICERS") over one sub-heading per
/// officer, each their post and nothing else.
#[derive(Debug)]
struct AdviceBlock {
    /// The officers' headings: the sections straight after the block's
    /// heading.
    officers: std::ops::Range<SectionId>,
    /// The sign-offs (indices into the wording's roles) that posts of
    /// those headings name, one post a heading ("Strategic Director of
    /// Finance"): those officers give that advice, so the others do not.
    claimed: Vec<usize>,
}

/// The block of officers' advice that paper section `a` heads: the
/// sections after it, in order, while each is headed by a post
/// ([`Wording::is_post_shaped`]) that stands for no template section,
/// written as the first of them is and none a peer of `a` (written as `a`
/// is, at its level or above: the next part of the report). A sub-heading
/// after the first of its kind may stand beside `a` in the tree: a bold
/// line under a bold line is read at the top level.
fn advice_block(template: &Template, doc: &Document, a: SectionId) -> AdviceBlock {
    let head = &doc.sections[a];
    let wording = &template.clearance;
    let mut style = None;
    let mut claimed = Vec::new();
    let mut end = a + 1;
    while let Some(s) = doc.sections.get(end) {
        let peer = s.parent != Some(a) && s.style == head.style && s.level <= head.level;
        if peer
            || style.is_some_and(|st| st != s.style)
            || !Wording::is_post_shaped(&s.title)
            || !template.match_heading(&s.title).sections.is_empty()
        {
            break;
        }
        if let [role] = wording.roles_named(&s.title)[..] {
            claimed.push(role);
        }
        style = Some(s.style);
        end += 1;
    }
    AdviceBlock {
        officers: a + 1..end,
        claimed,
    }
}

/// The template section, and the sign-off (index into the wording's
/// roles) it needs, that officer's heading `id` of a block of advice
/// stands for: that of the one post the heading names, or else that the
/// clearances in the advice give ([`signed_role`]), or else that its
/// advice talks about ([`advice_topic`]); where the advice is such
/// ([`post_section`]). None for a heading naming the posts of two
/// sign-offs ("Director of Finance and Monitoring Officer").
fn advice_section(
    template: &Template,
    doc: &Document,
    text: &str,
    id: SectionId,
    claimed: &[usize],
) -> Option<(usize, usize)> {
    let role = match template.clearance.roles_named(&doc.sections[id].title)[..] {
        [] => signed_role(template, doc, text, id)
            .or_else(|| advice_topic(template, doc, text, id, claimed))?,
        [role] => role,
        _ => return None,
    };
    post_section(template, doc, text, id, role).map(|d| (d, role))
}

/// The sign-off (index into the wording's roles) that officer's advice
/// `id` talks about: of those not `claimed` by another officer of its
/// block, the one whose topic word comes first, in the first paragraph
/// holding one. A word in a post ("Chief Finance Officer") or in the name
/// of a law ("Local Government Finance Act 1992") says nothing of what the
/// advice is about.
fn advice_topic(
    template: &Template,
    doc: &Document,
    text: &str,
    id: SectionId,
    claimed: &[usize],
) -> Option<usize> {
    let roles = &template.clearance.roles;
    let in_post = |t: &str, at: &std::ops::Range<usize>| {
        roles.iter().filter_map(|r| r.posts.as_ref()).any(|posts| {
            posts
                .find_iter(t)
                .any(|p| p.start() <= at.start && at.end <= p.end())
        })
    };
    doc.sections[id].paragraphs.iter().find_map(|&p| {
        let plain = crate::parse::inline::plain(doc.paragraphs[p].text.of(text));
        (0..roles.len())
            .filter(|r| !claimed.contains(r))
            .filter_map(|r| {
                roles[r]
                    .topics
                    .as_ref()?
                    .find_iter(&plain)
                    .map(|m| m.range())
                    .find(|at| !in_post(&plain, at) && !in_law_name(&plain, at))
                    .map(|at| (at.start, r))
            })
            .min()
            .map(|(_, r)| r)
    })
}

/// Whether the word of `s` at `at` is one of the name of a law, before
/// its "Act" or "Regulations": "Finance" in "the Local Government Finance
/// Act 1992", not in "the finance settlement" nor "Finance, Legal".
fn in_law_name(s: &str, at: &std::ops::Range<usize>) -> bool {
    /// The most words between the word and "Act".
    const MAX_WORDS: usize = 6;
    if !s[at.clone()].starts_with(char::is_uppercase) {
        return false;
    }
    for w in s[at.end..].split_whitespace().take(MAX_WORDS + 1) {
        let bare = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
        if matches!(bare, "Act" | "Regulations") {
            return true;
        }
        if bare.len() != w.len()
            || !(bare.starts_with(char::is_uppercase) || matches!(bare, "of" | "and" | "the"))
        {
            return false;
        }
    }
    false
}

/// The sign-off (index into the wording's roles) that the clearances in
/// paper section `id` give: every paragraph of it with a date and one of
/// the pack's sign-off verbs ("These comments were provided by Jo Bloggs,
/// Director of Finance, on 9 September 2024") names posts the pack lists
/// for that sign-off and no other, and at least one such paragraph does.
fn signed_role(template: &Template, doc: &Document, text: &str, id: SectionId) -> Option<usize> {
    let wording = &template.clearance;
    let verbs = wording.verbs.as_ref()?;
    let mut found = None;
    for &p in &doc.sections[id].paragraphs {
        let span = doc.paragraphs[p].text;
        let dated = doc
            .dates
            .iter()
            .any(|d| span.start <= d.span.start && d.span.start < span.end);
        if !dated {
            continue;
        }
        let para = crate::parse::inline::plain(span.of(text));
        if !verbs.is_match(&para) {
            continue;
        }
        for (i, role) in wording.roles.iter().enumerate() {
            if role
                .posts
                .as_ref()
                .is_some_and(|posts| posts.is_match(&para))
            {
                if found.is_some_and(|f| f != i) {
                    return None;
                }
                found = Some(i);
            }
        }
    }
    found
}

/// Gives a required field that no label of the paper's claims the second
/// label of another field, when the template's hints point to it: a paper
/// that says who the report is from (`Report of: Strategic Director`) and
/// then names its author (`Report author: Jo Bloggs, 0161 496 0823`) or a
/// responsible officer with a phone number or email address gives the
/// contact under that second label, though the pack counts either label as
/// a Report of on its own. The second label holds one of the field's
/// `hints` (`author`), or, with the hint `<phone-or-email>`, its value
/// gives a phone number or email address.
fn second_labels(template: &Template, doc: &Document, fields: &mut [Vec<usize>]) {
    for def in 0..template.fields.len() {
        let fd = &template.fields[def];
        if !fd.required || fd.hints.is_empty() || !fields[def].is_empty() {
            continue;
        }
        let reachable = fd.hints.iter().any(|h| h == "<phone-or-email>");
        let points_here = |i: usize| {
            let f = &doc.fields[i];
            let key = normalise(&f.key);
            !f.is_empty()
                && (key
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| fd.hints.iter().any(|h| h == w))
                    || (reachable && gives_phone_or_email(&f.value)))
        };
        let found = (0..fields.len())
            .filter(|&o| o != def && fields[o].len() >= 2)
            .find_map(|o| {
                fields[o][1..]
                    .iter()
                    .copied()
                    .find(|&i| points_here(i))
                    .map(|i| (o, i))
            });
        if let Some((o, i)) = found {
            fields[o].retain(|&x| x != i);
            fields[def].push(i);
        }
    }
}

/// The only item `items` yields; None for none or more than one.
fn sole<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

/// The one value the `Some`s of `found` agree on, if any gives one.
fn agreed(found: impl Iterator<Item = Option<usize>>) -> Option<usize> {
    let mut out = None;
    for f in found.flatten() {
        if out.is_some_and(|o| o != f) {
            return None;
        }
        out = Some(f);
    }
    out
}

/// A title with a colon in it that the parser read as a field, where it
/// found no title (`Highway Defect Repairs: Performance Review` under the
/// council, committee and date lines, then `Report of …`): the paper's
/// first field, before any heading, a line of its own (no table row) under the
/// meeting's name, with a field the template knows after it; its key is no
/// label of the template's, holds no field's hint word and is no section's
/// title, and key and value are both short and in title case. `Subject:
/// Household Waste` is a field the template knows; `Wards affected: All`
/// is not in title case.
fn title_with_colon<'d>(template: &Template, doc: &'d Document) -> Option<&'d Field> {
    let first = doc.fields.iter().min_by_key(|f| f.span.start)?;
    let next = doc
        .fields
        .iter()
        .filter(|f| f.span.start > first.span.start)
        .min_by_key(|f| f.span.start)?;
    let starts = &doc.line_starts;
    let line = starts.binary_search(&first.key_span.start).ok()?;
    let alone = starts.get(line + 1).is_none_or(|&s| s >= first.span.end);
    let under_meeting = doc
        .meetings
        .iter()
        .any(|m| m.name_span.end <= first.span.start);
    let before_body = doc
        .sections
        .first()
        .is_none_or(|s| s.span.start > first.span.start);
    if !(alone && under_meeting && before_body)
        || template.field_for_key(&next.key).is_none()
        || template.field_for_key(&first.key).is_some()
        || !template.match_heading(&first.key).sections.is_empty()
    {
        return None;
    }
    let key = normalise(&first.key);
    let hinted = key.split(|c: char| !c.is_alphanumeric()).any(|w| {
        template
            .fields
            .iter()
            .any(|d| d.hints.iter().any(|h| h == w))
    });
    // "Coroner Service: Body Storage, Transport and Mortuary Arrangements":
    // a list of subjects parted by commas.
    let list = || {
        crate::parse::inline::is_subject_list(&first.value, 12, &template.vocabulary.not_names)
            && in_title_case(&first.value.replace(", ", " "))
    };
    (!hinted && in_title_case(&first.key) && (in_title_case(&first.value) || list()))
        .then_some(first)
}

/// Whether `s` is two to twelve words in title case: every word of four
/// letters or more starts with a capital, and no colon or sentence ending.
fn in_title_case(s: &str) -> bool {
    // (The parser reads a title's words in the title block by the same test.)
    crate::parse::inline::in_title_case(s)
}

/// A block of the text that a field stands in (see [`label_blocks`]): the
/// rank of its label in [`Template::field_labels`], the label line, the
/// block.
pub(crate) type LabelBlock = (usize, Span, Span);

/// The most lines a label's block takes (`Contact details` and the names,
/// posts, phones and emails under it).
const MAX_BLOCK_LINES: usize = 12;

/// Blocks of the text that a field a section can supply stands in, found by
/// their label line wherever the parser put it: `Contact details`, `6. Report
/// Authors:`, `Report author: Jo Bloggs, tel. …`; a label may name a part
/// of the person's details too (`Report Author & Job Title:`), and may be
/// wrapped over two lines where the parser joined it as a field's key
/// (`Report Author & Job` / `Title:`). A label alone on its line
/// heads a block that runs to the next line holding only a number (`7.`),
/// or for at most [`MAX_BLOCK_LINES`] non-blank lines; a label with its
/// value after it runs on to the next blank line. Only fields with `sections` have
/// such blocks. Each comes as (the rank of its label in
/// [`Template::field_labels`], the label line, the block), the most
/// specific label first.
pub(crate) fn label_blocks(
    template: &Template,
    def: usize,
    text: &str,
    doc: &Document,
) -> Vec<LabelBlock> {
    let fd = &template.fields[def];
    if fd.sections.is_empty() {
        return Vec::new();
    }
    let titles = template.field_labels(def);
    // (Their first letters gathered once: every line is tested.)
    let initials = Initials::of(titles.iter().map(|t| t.as_str()));
    // The longest label line read: 60 bytes, or the longest label's
    // length where one is longer ("Further information on the subject of
    // this report is available from", a footer over the contact).
    let max_label = titles.iter().map(|t| t.len()).max().unwrap_or(0).max(60);
    // Labels that may run into their value with no colon ("Report
    // prepared by NAME").
    let by_titles: Vec<&str> = titles
        .iter()
        .map(|t| t.as_str())
        .filter(|t| t.ends_with(" by"))
        .collect();
    let starts = &doc.line_starts;
    let line_at = |n: usize| -> Span {
        let start = starts[n];
        let end = starts.get(n + 1).copied().unwrap_or(text.len());
        let body = text[start..end].trim_end();
        Span::new(start, start + body.len())
    };
    // The rank of a label (normalised) among the field's labels; a label
    // joined by "and" to a part of a contact's details (`Report Author &
    // Job Title`) ranks as the label before it.
    let parts = &template.vocabulary.contact_parts;
    // A label with a plural bracket (`Report Author(s)`) ranks as the
    // label without it.
    let rank_of = |key: &str| {
        let find = |key: &str| titles.iter().position(|t| **t == key);
        find(key)
            .or_else(|| without_contact_part(key, parts).and_then(find))
            .or_else(|| crate::parse::field::without_plural_bracket(key).and_then(find))
    };
    // Where the block whose label ends on line `n` ends: the next blank
    // line where the label's value `runs_on` after it on its line;
    // otherwise the next line holding only a number, or
    // [`MAX_BLOCK_LINES`] non-blank lines on.
    let block_end = |n: usize, runs_on: bool| {
        let mut end = line_at(n).end;
        let mut taken = 0;
        for m in n + 1..starts.len() {
            let next = line_at(m);
            let body = next.of(text).trim_matches(['\u{c}', ' ', '\t']);
            if body.is_empty() {
                if runs_on {
                    break;
                }
                continue;
            }
            if body
                .trim_end_matches('.')
                .chars()
                .all(|c| c.is_ascii_digit())
                || taken >= MAX_BLOCK_LINES
            {
                break;
            }
            end = next.end;
            taken += 1;
        }
        end
    };
    let mut out = Vec::new();
    for n in 0..starts.len() {
        let line = line_at(n);
        let raw = line.of(text).trim_start_matches(['\u{c}', ' ', '\t']);
        if raw.is_empty() || raw.len() > 200 {
            continue;
        }
        // "6. Report Authors:": the section's number goes.
        let label = raw.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        let mut dashed = false;
        // "**Author** – Jo Bloggs, Head of Service, Tel: 01632 …": a label
        // run in after a spaced dash before any colon (the colon is the
        // phone's) is read as one with no colon on its line.
        let colon = memchr::memchr(b':', label.as_bytes())
            .filter(|&c| dashed_run_in(label).map_or(true, |(head, _)| head.len() > c));
        let (label, inline) = match colon {
            Some(colon) => (&label[..colon], &label[colon + 1..]),
            None => match by_label(label, &by_titles) {
                Some(found) => found,
                None => match dashed_run_in(label) {
                    Some(found) => {
                        dashed = true;
                        found
                    }
                    None => (label, ""),
                },
            },
        };
        // "Report author: Jo Bloggs, …": the value runs on to the next blank line.
        let runs_on = !inline.trim().is_empty();
        if label.len() > max_label
            || !label.starts_with(|c: char| c.is_alphabetic() || c == '*')
            || !initials.may_normalise_to(label)
        {
            continue;
        }
        let Some(rank) = rank_of(&normalise(label)) else {
            continue;
        };
        let block = Span::new(line.start, block_end(n, runs_on));
        // "Report Author – Dr Martin Gaunt, County Archivist," / "tel. …":
        // a label before a dash heads a block only where it says how to
        // reach the person.
        if dashed && !gives_phone_or_email(&first_lines(block.of(text))) {
            continue;
        }
        out.push((rank, line, block));
    }
    // A label pdftotext wrapped over two lines (`Report Author & Job` /
    // `Title:`), which the parser joined as a field's key: the block runs
    // from its first line, as under a label alone on its line. A label
    // with no colon that the parser read as a field's key beside its value
    // (`Officer reporting      Jo Bloggs, Head of Service`, as `-layout`
    // keeps a front sheet's columns) heads a block too, running on to the
    // next blank line as a label's value after its colon does.
    for f in &doc.fields {
        let key = f.key_span.of(text);
        let wrapped = key.contains('\n');
        let beside = !wrapped
            && !f.is_empty()
            && f.key_span.end <= f.value_span.start
            && !text[f.key_span.end..f.value_span.start].contains(':');
        if !(wrapped || beside) || !initials.may_normalise_to(key) {
            continue;
        }
        let Some(rank) = rank_of(&normalise(&f.key)) else {
            continue;
        };
        // (Its first line alone may have been read as a label above.)
        if out
            .iter()
            .any(|&(_, l, _)| l.start <= f.key_span.start && f.key_span.start <= l.end)
        {
            continue;
        }
        let last = starts.partition_point(|&s| s <= f.key_span.end) - 1;
        let line = Span::new(f.key_span.start, line_at(last).end);
        out.push((rank, line, Span::new(line.start, block_end(last, beside))));
    }
    // The most specific label first ("Report Authors" before "Relevant
    // Director"): titles and aliases are listed from the most specific.
    out.sort_by_key(|&(rank, line, _)| (rank, line.start));
    out
}

/// A label run into its value after a spaced dash (`Report Author – Dr
/// Martin Gaunt, County Archivist,`, as a county's closing block writes
/// it): the label before the dash (see [`dashed_label`]) and the value
/// after it, which opens with a capital letter.
fn dashed_run_in(line: &str) -> Option<(&str, &str)> {
    let label = dashed_label(line)?;
    let rest = line[label.len()..]
        .trim_start()
        .trim_start_matches(['-', '–', '—'])
        .trim_start();
    rest.starts_with(char::is_uppercase)
        .then_some((label, rest))
}

/// `key` (normalised) without a part of a person's contact details that
/// "and" joins to it (`report author and job title`, `contact officer and
/// telephone`): the label of the person, where the vocabulary's
/// `contact-parts` hold the part.
fn without_contact_part<'k>(
    key: &'k str,
    parts: &crate::parse::vocabulary::Words,
) -> Option<&'k str> {
    let (head, tail) = key.rsplit_once(" and ")?;
    parts.contains(tail).then_some(head)
}

/// How many of the paper's first top-level sections may give a header
/// field (see [`section_value`]).
const MAX_FRONT_SECTIONS: usize = 3;
/// The most words a section's value may take to stand for a field's.
const MAX_SECTION_VALUE_WORDS: usize = 8;

/// A section among the paper's first [`MAX_FRONT_SECTIONS`] top-level
/// sections, titled with a label of field `def` and holding only a short
/// value (`1.` / `Divisions Affected` / `1.1` / `County-wide`, as a county
/// cover numbers its front-sheet items): up to
/// [`MAX_SECTION_VALUE_WORDS`] words once paragraph numbers are set
/// aside, with no sub-heading of its own but the value itself. It gives
/// the field as a header line would. So does such a section, unnumbered,
/// among the last [`MAX_FRONT_SECTIONS`], as a closing block gives the
/// wards (`**Electoral Division(s) and Member(s) Affected**` / `- All`);
/// a numbered section of the body so titled does not.
pub(crate) fn section_value(
    template: &Template,
    resolved: &Resolved,
    def: usize,
    text: &str,
    doc: &Document,
) -> bool {
    let labels = template.field_labels(def);
    let top = || {
        doc.sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.parent.is_none())
    };
    top()
        .take(MAX_FRONT_SECTIONS)
        .chain(
            top()
                .rev()
                .take(MAX_FRONT_SECTIONS)
                .filter(|(_, s)| s.number.is_none()),
        )
        .any(|(id, s)| {
            // (The title normalised, as the template's match gave it.)
            let key = &resolved.titles[id];
            if !labels.contains(&key) || s.children.len() > 1 {
                return false;
            }
            let body = Span::new(s.heading.end.min(s.span.end), s.span.end).of(text);
            let flat = crate::parse::inline::plain(body);
            let words = flat
                .split_whitespace()
                .filter(|w| !w.chars().all(|c| c.is_ascii_digit() || c == '.'))
                .count();
            (1..=MAX_SECTION_VALUE_WORDS).contains(&words)
        })
}

/// Whether a label of field `def`, closed by its colon and alone on its
/// line (bold marks and a section's number looked past), stands anywhere
/// in the paper over a short value: on the next line, or after one blank
/// line, and with a blank line or the end after it. A closing block of
/// fields gives them so after the body (`Wards affected:` /
/// `Ashwell and Coleby; Thornby` under the contact officer, or `Wards
/// affected:` / blank / `All` in a closing summary form, where the value
/// alone between blank lines reads as a heading). The value is one to
/// [`MAX_SECTION_VALUE_WORDS`] words, bullet looked past, with no colon
/// (another label, or a field of its own) and not opening with a number
/// (a numbered paragraph); a label over prose, over another label or over
/// nothing gives nothing. Where pdftotext leaves no blank lines, the value
/// may be closed by the next block's label or heading instead (see
/// [`opens_block`]): `WARDS/COMMUNITIES AFFECTED:` / `All` / `SUPPORTING
/// DOCUMENTATION` near the end of a paper, as one city's template prints
/// its key decision and wards after the implications. A label joining two
/// words with a slash names the field as a header label would (see
/// [`Template::field_for_key`]). A label may also stand with no colon,
/// alone on its line between blank lines or wholly in bold, with a blank
/// line before its value, as a cover sets its labels over their values
/// (`**Ward(s) Affected**` / blank / `Boston Castle` in a Word export;
/// `Wards affected` / blank / `Bow Common; Mile End East` in a PDF's text):
/// only where the line is one of the field's labels, nothing more.
pub(crate) fn label_over_value(
    template: &Template,
    def: usize,
    text: &str,
    doc: &Document,
) -> bool {
    let labels = template.field_labels(def);
    let initials = Initials::of(labels.iter().map(|t| t.as_str()));
    let starts = &doc.line_starts;
    // Each line trimmed once: the tests below look at a line and its
    // neighbours. (ASCII white space — form feed, space, tab, return,
    // newline — trimmed byte by byte.)
    let lines: Vec<&str> = (0..starts.len())
        .map(|n| {
            let end = starts.get(n + 1).copied().unwrap_or(text.len());
            text[starts[n]..end].trim_ascii()
        })
        .collect();
    let line = |n: usize| -> &str { lines[n] };
    let value_under = |n: usize| -> bool {
        let at = match (n + 1 < starts.len()).then(|| line(n + 1)) {
            Some("") => n + 2,
            Some(_) => n + 1,
            None => return false,
        };
        if at >= starts.len() {
            return false;
        }
        let value = line(at);
        if value.is_empty() || value.len() > 120 {
            return false;
        }
        // Closed by a blank line or the end: one line, not a paragraph;
        // or, where pdftotext leaves no blank lines, by the next block's
        // label or heading.
        if at + 1 < starts.len() && !line(at + 1).is_empty() && !opens_block(value, line(at + 1)) {
            return false;
        }
        let flat = crate::parse::inline::plain(value);
        let flat = flat
            .trim()
            .trim_start_matches(['-', '*', '•', '–'])
            .trim_start();
        let first = flat.split_whitespace().next().unwrap_or("");
        let words = flat.split_whitespace().count();
        !flat.contains(':')
            && !first.starts_with(|c: char| c.is_ascii_digit())
            && (1..=MAX_SECTION_VALUE_WORDS).contains(&words)
    };
    // A label with no colon stands alone: wholly bold, or between blank
    // lines (the start of the paper counting as one), with a blank line
    // before its value.
    let blank = |n: usize| n >= starts.len() || line(n).is_empty();
    let alone = |n: usize, raw: &str| {
        let bold = raw.len() > 4 && raw.starts_with("**") && raw.ends_with("**");
        (bold || n == 0 || blank(n - 1)) && n + 1 < starts.len() && blank(n + 1)
    };
    // Such a line opens with the first word of one of the labels: most
    // short lines standing alone (headings) are refused on it, before
    // they are normalised. Markup or an entity may hide the word.
    let firsts = template.label_first_words(def);
    let opens_like_label = |raw: &str| {
        let word = first_word(raw);
        raw.contains(['<', '&', '\\']) || firsts.iter().any(|f| f.eq_ignore_ascii_case(word))
    };
    (0..starts.len()).any(|n| {
        let raw = line(n);
        // Most lines neither end in a colon nor stand alone as short as a
        // label: the cheap tests first.
        let label = match raw.trim_end_matches(['*', '_']).strip_suffix(':') {
            Some(label) => label,
            None if raw.len() <= MAX_BARE_LABEL_BYTES && alone(n, raw) && opens_like_label(raw) => {
                raw.trim_matches(['*', '_'])
            }
            None => return false,
        };
        let label = label.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
        if label.len() > 60 || label.contains(':') || !initials.may_normalise_to(label) {
            return false;
        }
        let key = normalise(label);
        // `WARDS/COMMUNITIES AFFECTED:` names the field as a header label would.
        let named =
            || labels.iter().any(|l| **l == key) || template.field_for_key(label) == Some(def);
        named() && value_under(n)
    })
}

/// The first word of `s` in ASCII letters, past anything else before it
/// (see [`label_over_value`]).
fn first_word(s: &str) -> &str {
    let s = s.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
    &s[..s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len())]
}

/// The longest line read as a label with no colon (see [`label_over_value`]).
const MAX_BARE_LABEL_BYTES: usize = 64;

/// The most words a line opening the next block after a value may take.
const MAX_BLOCK_OPENER_WORDS: usize = 8;

/// Whether `next`, the line straight under a field's one-line `value`,
/// opens a block of its own rather than carrying the value on, as in
/// pdftotext's pages with no blank lines (`WARDS/COMMUNITIES AFFECTED:` /
/// `All` / `SUPPORTING DOCUMENTATION`): another label closed by its colon
/// or question mark (`KEY DECISION?`), or a heading in capitals under a
/// value that is not (a value in capitals may wrap onto a second line in
/// capitals). Up to [`MAX_BLOCK_OPENER_WORDS`] words, with no sentence's
/// end; a line of prose carrying the value on (`of the borough, as the
/// map shows`) opens nothing.
fn opens_block(value: &str, next: &str) -> bool {
    use crate::parse::inline::{is_capitals, plain, word_count};
    let next = plain(next);
    let next = next.trim();
    if next.ends_with('.') || !(1..=MAX_BLOCK_OPENER_WORDS).contains(&word_count(next)) {
        return false;
    }
    let label = next.ends_with([':', '?']) && next.starts_with(char::is_uppercase);
    label || (is_capitals(next) && !is_capitals(&plain(value)))
}

/// How far either side of "contacted" its sentence is looked for.
const SENTENCE_REACH: usize = 320;

/// Whether the paper names its contact in a sentence, as county papers
/// close (`This report was written by Jo Bloggs, Flood Risk Manager, who
/// can be contacted on 01632 955 301 or jo.bloggs@….`): a sentence that
/// speaks of the report's author (`written by`, `prepared by`, `author`
/// and the like, with `report`) before "contacted", and after it `on`,
/// `at`, `by` or `via` and a phone number or email address. Only a field
/// with the hint `<phone-or-email>` (the contact) is given so. A sentence
/// naming a helpline (`the helpline can be contacted on 0800 …`) or
/// residents to be contacted speaks of no author and gives nothing.
///
/// So does a paragraph of one closing sentence that asks the reader to
/// contact a named officer about the paper (`For further information,
/// please contact Jo Bloggs, Interchange Manager, on 01632 964 318 or at
/// jo.bloggs@….`): see [`enquiries_sentence`].
pub(crate) fn contact_sentence(template: &Template, def: usize, text: &str) -> bool {
    if !template.fields[def]
        .hints
        .iter()
        .any(|h| h == "<phone-or-email>")
    {
        return false;
    }
    author_sentence(text) || enquiries_sentence(text)
}

/// The sentence around byte range `at..end` of `text` (a word in it), as
/// [`contact_sentence`] reads one: its part before `at`, from the last
/// sentence's end or blank line within [`SENTENCE_REACH`], its part after
/// `end`, to the next, and whether it opens a paragraph (a blank line, or
/// the text's start, before it).
fn sentence_around(text: &str, at: usize, end: usize) -> (&str, &str, bool) {
    let mut from = at.saturating_sub(SENTENCE_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + SENTENCE_REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let (before, after) = (&text[from..at], &text[end..to]);
    // The sentence: from the last sentence's end or blank line before
    // to the first after (an email's dots are followed by letters).
    let stops = [". ", ".\n", "\n\n", "? ", "! "];
    let start = stops
        .iter()
        .filter_map(|s| before.rfind(s).map(|i| i + s.len()))
        .max();
    let opens = match start {
        Some(start) => before[..start].ends_with("\n\n"),
        None => from == 0,
    };
    let stop = stops
        .iter()
        .filter_map(|s| after.find(s))
        .min()
        .unwrap_or(after.len());
    (&before[start.unwrap_or(0)..], &after[..stop], opens)
}

/// Whether a sentence about the report's author says how to reach them
/// (`This report was written by …, who can be contacted on …`; see
/// [`contact_sentence`]).
fn author_sentence(text: &str) -> bool {
    const WORD: &str = "contacted";
    memchr::memmem::find_iter(text.as_bytes(), WORD.as_bytes()).any(|at| {
        let (before, after, _) = sentence_around(text, at, at + WORD.len());
        authored(before) && reached(after)
    })
}

/// The most words between "For" and "please contact" in a closing
/// sentence that asks the reader to contact an officer (`For any
/// enquiries about this report, please contact`).
const MAX_ENQUIRY_WORDS: usize = 8;

/// Whether a paragraph of the paper opens with a sentence asking the
/// reader to contact a named officer about the paper, and saying how:
/// `For` and up to [`MAX_ENQUIRY_WORDS`] words of asking about the
/// paper (`further information`, `any enquiries about this report`,
/// `more details on this paper`: nothing on another subject, such as
/// bookings), then `please contact`, a name in a capital (not `the`
/// helpline or team), and a phone number or email address before the
/// sentence ends.
fn enquiries_sentence(text: &str) -> bool {
    const WORD: &str = "please contact ";
    // The words that may stand between "For" and "please contact".
    const ASKING: [&str; 18] = [
        "further",
        "more",
        "any",
        "additional",
        "information",
        "details",
        "enquiries",
        "enquiry",
        "queries",
        "query",
        "questions",
        "about",
        "on",
        "regarding",
        "this",
        "the",
        "report",
        "paper",
    ];
    const ASKED: [&str; 7] = [
        "information",
        "details",
        "enquiries",
        "enquiry",
        "queries",
        "query",
        "questions",
    ];
    let finder = memchr::memmem::Finder::new(b"ontact ");
    finder.find_iter(text.as_bytes()).any(|hit| {
        let Some(at) = hit.checked_sub(WORD.len() - "ontact ".len()) else {
            return false;
        };
        if !text.is_char_boundary(at)
            || !text[at..]
                .get(..WORD.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(WORD))
        {
            return false;
        }
        let (before, after, opens) = sentence_around(text, at, at + WORD.len());
        let lower = before.to_lowercase();
        let mut words = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        if !opens || words.next() != Some("for") {
            return false;
        }
        let asking: Vec<&str> = words.collect();
        let named = after
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && !w.eq_ignore_ascii_case("the"));
        (1..=MAX_ENQUIRY_WORDS).contains(&asking.len())
            && asking.iter().all(|w| ASKING.contains(w))
            && asking.iter().any(|w| ASKED.contains(w))
            && named
            && gives_phone_or_email(after)
    })
}

/// Whether the start of a sentence, up to "contacted", speaks of the
/// report's author: `report` with `author`, or with a verb of writing and
/// `by` (`This report was written by`, `Report prepared by`).
fn authored(before: &str) -> bool {
    let lower = before.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let by_writer = words.windows(2).any(|w| {
        w[1] == "by"
            && matches!(
                w[0],
                "written" | "prepared" | "produced" | "compiled" | "authored" | "drafted"
            )
    });
    words.iter().any(|w| w.starts_with("report"))
        && (by_writer || words.iter().any(|w| w.starts_with("author")))
}

/// Whether the rest of a sentence after "contacted" gives the way to reach
/// its subject: `on`, `at`, `by` or `via`, then a phone number or email
/// address.
fn reached(after: &str) -> bool {
    let first = after.split_whitespace().next().unwrap_or("");
    matches!(first, "on" | "at" | "by" | "via") && gives_phone_or_email(after)
}

/// Whether a block at the end gives required field `def`, a field with
/// the hint `<phone-or-email>` (the contact), under a label of another
/// field: a block giving a phone number or email address in its first
/// lines (up to the first blank line after them) names the person to
/// contact when its label holds one of `def`'s hints (`author`) and the
/// other field is given by a field of the paper already (`REPORT BY:
/// CORPORATE DIRECTOR` in the header, then `Author:` / blank / `Gareth
/// Pryce, Principal Valuer (Email: …)` at the end), as
/// [`second_labels`] reads a header field; or, whatever its label says,
/// when it stands after the body's first heading (`Report prepared by Jo
/// Bloggs, Team Leader` / `jo.bloggs@…, 01632 960 123`, as Scottish
/// papers close). No other field is answered so: a missing Wards
/// affected field is spared a walk over every line.
///
/// `blocks` gives [`label_blocks`] of a field (the rules share them).
pub(crate) fn second_label_block<'b>(
    template: &Template,
    resolved: &Resolved,
    def: usize,
    text: &str,
    doc: &Document,
    blocks: impl Fn(usize) -> &'b [LabelBlock],
) -> bool {
    let fd = &template.fields[def];
    if !fd.hints.iter().any(|h| h == "<phone-or-email>") {
        return false;
    }
    // After the body's first heading: a block at the end, not a header line.
    let after_body = |label: Span| {
        doc.sections
            .first()
            .is_some_and(|s| label.start > s.heading.start)
    };
    (0..template.fields.len()).filter(|&o| o != def).any(|o| {
        let given = !resolved.fields[o].is_empty();
        blocks(o).iter().any(|&(_, label, block)| {
            let key = normalise(label.of(text).split(':').next().unwrap_or(""));
            let hinted = key
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| fd.hints.iter().any(|h| h == w));
            ((given && hinted) || after_body(label))
                && gives_phone_or_email(&first_lines(&text[label.start..block.end]))
        })
    })
}

/// A contact block the template lays out in columns, with the means to
/// reach the person left out: under a label alone on its line that is
/// another field's and holds one of field `def`'s hints (`Author(s)`, the
/// report's author), a row of two or more column headings parted by wide
/// gaps, one of them holding a hint too (`Name` / `Designation and
/// Contact Number`), straight over a row of values (`Sandra Whyte` /
/// `Principal Internal Auditor`), as `pdftotext` flattens the template's
/// table. The template gave the block for the person to contact, so it
/// names the contact whether or not a number is filled in. Only a field
/// with the hint `<phone-or-email>` (the contact) has such a block. Gives
/// the label line, the block from it to the row of values, and the first
/// cell of that row.
///
/// `blocks` gives [`label_blocks`] of a field (the rules share them).
pub(crate) fn contact_columns_block<'b>(
    template: &Template,
    def: usize,
    text: &str,
    blocks: impl Fn(usize) -> &'b [LabelBlock],
) -> Option<(Span, Span, Span)> {
    let fd = &template.fields[def];
    if !fd.hints.iter().any(|h| h == "<phone-or-email>") {
        return None;
    }
    let hinted = |s: &str| {
        normalise(s)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| fd.hints.iter().any(|h| h == w))
    };
    (0..template.fields.len())
        .filter(|&o| o != def)
        .flat_map(|o| blocks(o).iter())
        .find_map(|&(_, label, block)| {
            let raw = label.of(text);
            if raw.contains(':') || !hinted(raw) {
                return None;
            }
            // The headings straight under the label, then the values.
            let mut rows = text[label.end..block.end].split_inclusive('\n').skip(1);
            let heading = rows.next()?;
            let values = rows.next()?;
            let headings = column_cells(heading);
            let cells = column_cells(values);
            let heading_row = headings.len() >= 2
                && headings.iter().any(|c| hinted(c))
                && headings.iter().all(|c| {
                    c.split_whitespace().count() <= MAX_HEADING_WORDS
                        && !c.contains(|ch: char| ch.is_ascii_digit() || ch == ':')
                });
            if !heading_row || cells.is_empty() || cells.len() > headings.len() {
                return None;
            }
            let offset = |part: &str| part.as_ptr() as usize - text.as_ptr() as usize;
            let first = cells[0];
            let at = offset(first);
            let end = offset(values) + values.trim_end().len();
            Some((
                label,
                Span::new(label.start, end),
                Span::new(at, at + first.len()),
            ))
        })
}

/// The most words a column heading of a contact block may take
/// (`Designation and Contact Number`).
const MAX_HEADING_WORDS: usize = 5;

/// The cells of a line of columns that `pdftotext` flattened: the runs of
/// text parted by two spaces or more, or a tab.
fn column_cells(line: &str) -> Vec<&str> {
    line.trim_end()
        .split("  ")
        .flat_map(|c| c.split('\t'))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// The first lines of a block from its label line: the label line and,
/// past any blank lines under it, the lines up to the next blank one.
fn first_lines(block: &str) -> String {
    let mut lines = block.lines();
    let mut out = lines.next().unwrap_or("").to_string();
    let mut seen = false;
    for l in lines {
        if l.trim().is_empty() {
            if seen {
                break;
            }
            continue;
        }
        seen = true;
        out.push('\n');
        out.push_str(l);
    }
    out
}

/// A label ending in "by" run straight into a name with no colon (`Report
/// prepared by Morag Cheyne, Team Leader`): the label, one of `by_titles`
/// (normalised), and the rest of the line, when both start with a capital
/// letter (a wrapped line of prose, "report by the Director …", does not).
fn by_label<'a>(line: &'a str, by_titles: &[&str]) -> Option<(&'a str, &'a str)> {
    if !line.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let bytes = line.as_bytes();
    by_titles.iter().find_map(|t| {
        let head = bytes.get(..t.len())?;
        (head.eq_ignore_ascii_case(t.as_bytes()) && bytes.get(t.len()) == Some(&b' '))
            .then(|| (&line[..t.len()], &line[t.len() + 1..]))
            .filter(|(_, rest)| rest.starts_with(|c: char| c.is_uppercase()))
    })
}

/// A field that may be template field `def` under another label: one that
/// no alias of `def` claims, whose label holds one of the field's `hints`
/// ("Electoral area" for Wards affected), or, with the hint
/// `<phone-or-email>`, whose value gives a phone number or email address.
pub(crate) fn plausible_field<'d>(
    template: &Template,
    resolved: &Resolved,
    def: usize,
    doc: &'d Document,
    text: &str,
) -> Option<&'d Field> {
    let fd = &template.fields[def];
    if fd.hints.is_empty() {
        return None;
    }
    let reachable = fd.hints.iter().any(|h| h == "<phone-or-email>");
    doc.fields.iter().enumerate().find_map(|(i, f)| {
        if resolved.fields[def].contains(&i) || f.is_empty() {
            return None;
        }
        let key = normalise(&f.key);
        let hinted = key
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| fd.hints.iter().any(|h| h == w));
        let reaches = reachable && gives_phone_or_email(f.value_span.of(text));
        (hinted || reaches).then_some(f)
    })
}

impl FieldSource<'_> {
    /// Whether the source gives a value.
    pub(crate) fn has_value(&self) -> bool {
        match self {
            FieldSource::Field(f) => !f.is_empty(),
            _ => true,
        }
    }

    /// Span of the value (a section's whole span).
    pub fn value_span(&self, doc: &Document) -> Span {
        match self {
            FieldSource::Field(f) => f.value_span,
            FieldSource::Timetable(m) => m.date.map_or(m.name_span, |d| d.span),
            FieldSource::Title(t) => t.span,
            FieldSource::Section(s) => doc.sections[*s].span,
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_note_opening_with_a_sections_title_is_about_that_section() {
        let note = "The background papers, as defined by Section 50D of the Act, are:";
        assert_eq!(
            aside_subject("NOTE", note),
            Some("background papers, as defined by Section 50D of the Act, are:")
        );
        assert!(aside_subject("Please note", "the background papers").is_some());
        // Another label, or a note that opens otherwise.
        assert_eq!(aside_subject("Summary", note), None);
        assert_eq!(aside_subject("Note", "Background papers are held"), None);
        assert_eq!(aside_subject("Note", "Then"), None);
    }
    use super::*;

    /// The titles of the headings the built-in pack takes for its section
    /// `def` in `text`.
    fn section_titles(text: &str, def: usize) -> Vec<String> {
        let set = crate::config::default_rule_set();
        let doc = crate::parse::parse(text);
        Resolved::new(&set.template, &doc, text).sections[def]
            .iter()
            .map(|&s| doc.sections[s].title.clone())
            .collect()
    }

    #[test]
    fn an_implications_heading_may_say_whom_they_fall_on() {
        // A joint committee's: "Financial Implications for Capital Councils".
        let set = crate::config::default_rule_set();
        let id = |name: &str| set.template.section(name).unwrap();
        let paper = |heading: &str| {
            format!(
                "## 1. Purpose\n\nTo agree the scheme.\n\n## 2. {heading}\n\n2.1 There are none.\n"
            )
        };
        for (name, heading) in [
            ("financial", "Financial Implications for Capital Councils"),
            ("legal", "Legal Implications for Capital Councils"),
            (
                "equalities",
                "Equalities Implications for the Member Authorities",
            ),
        ] {
            assert_eq!(
                section_titles(&paper(heading), id(name)),
                [heading],
                "{heading}"
            );
        }
    }

    #[test]
    fn a_broad_impact_assessment_heading_is_the_equalities_section_when_its_text_says_so() {
        let set = crate::config::default_rule_set();
        let eq = set.template.section("equalities").unwrap();
        let paper = |heading: &str, body: &str| {
            format!("Purpose\n\nTo agree the funding.\n\n{heading}\n\n{body}\n\nConsultation\n\nThe Chief Solicitor has been consulted.\n")
        };
        let equality =
            "An equality impact assessment has been carried out and no negative impact was found.";
        assert_eq!(
            section_titles(&paper("Impact Assessment", equality), eq),
            ["Impact Assessment"]
        );
        assert_eq!(
            section_titles(
                &paper(
                    "Impact Assessments",
                    "No one with a protected characteristic is affected."
                ),
                eq
            ),
            ["Impact Assessments"]
        );
        // Fife's: the assessment's abbreviation alone ("EqIA").
        let eqia =
            "An EqIA is not required because the report does not propose a change to policy.";
        assert_eq!(
            section_titles(&paper("Impact Assessment", eqia), eq),
            ["Impact Assessment"]
        );
        // The same heading over an environmental assessment is another
        // section, and so is one over an EIA (environmental).
        let eia = "An EIA screening found the works need no environmental statement.";
        assert!(section_titles(&paper("Impact Assessment", eia), eq).is_empty());
        let environment = "An environmental impact assessment is not required for the works.";
        assert!(section_titles(&paper("Impact Assessment", environment), eq).is_empty());
        // "Inequality" holds no hint at a word's start.
        let inequality = "The scheme addresses health inequalities in the ward.";
        assert!(section_titles(&paper("Impact Assessment", inequality), eq).is_empty());
        // A narrower heading is not one of the broad titles.
        assert!(section_titles(&paper("Environmental Impact Assessment", equality), eq).is_empty());
        // Staffordshire's "Community Impact" over the assessment's
        // findings for protected characteristics; over traffic, not.
        let community = "A Community Impact Assessment finds no negative impacts on people with protected characteristics.";
        assert_eq!(
            section_titles(&paper("Community Impact", community), eq),
            ["Community Impact"]
        );
        let traffic = "Construction traffic will use the bypass, and work will stop at 6pm.";
        assert!(section_titles(&paper("Community Impact", traffic), eq).is_empty());
        // The text under a subheading of it is its text too.
        let nested = "## 1. Purpose\n\nTo agree the funding.\n\n## 2. Impact Assessments\n\n### Assessment and outcome\n\nNo one with a protected characteristic is affected.\n\n## 3. Consultation\n\nThe Chief Solicitor has been consulted.\n";
        assert_eq!(section_titles(nested, eq), ["Impact Assessments"]);
        let nested = nested.replace("protected characteristic", "listed building");
        assert!(section_titles(&nested, eq).is_empty());
    }

    #[test]
    fn a_summary_of_implications_heading_is_that_implications_section() {
        let set = crate::config::default_rule_set();
        let id = |name: &str| set.template.section(name).unwrap();
        let t = &set.template;
        assert_eq!(
            t.sections_for_title("Summary of financial implications"),
            [id("financial")]
        );
        assert_eq!(
            t.sections_for_title("Summary of legal implications"),
            [id("legal")]
        );
        assert_eq!(
            t.sections_for_title("Summary of equality implications"),
            [id("equalities")]
        );
        assert_eq!(
            t.sections_for_title("Summary of risk assessment"),
            [id("risk")]
        );
        // "Summary of report" is the purpose, and no background.
        assert_eq!(t.sections_for_title("Summary of report"), [id("purpose")]);
        assert!(t
            .sections_for_title("Summary of financial position")
            .is_empty());
        // Swansea's integrated assessment.
        assert_eq!(
            t.sections_for_title("Integrated Assessment Implications"),
            [id("equalities")]
        );
    }

    #[test]
    fn phones_and_emails_that_make_a_field_the_contact() {
        assert!(gives_phone_or_email("Jo Bloggs, 01632 960000"));
        assert!(gives_phone_or_email("jo.bloggs@example.gov.uk"));
        assert!(!gives_phone_or_email("Treasury Update 2024-25"));
        assert!(!gives_phone_or_email("Forward plan FP/2024/031"));
    }

    #[test]
    fn a_second_report_of_label_naming_the_author_or_a_phone_is_the_contact() {
        let set = crate::config::default_rule_set();
        let t = &set.template;
        let id = |name: &str| t.fields.iter().position(|f| f.id == name).unwrap();
        let (report_of, contact) = (id("report-of"), id("contact"));
        // The keys each field takes, in a paper's header.
        let keys = |header: &str| {
            let text = format!(
                "{header}
1. Purpose

To note.
"
            );
            let doc = crate::parse::parse(&text);
            let r = Resolved::new(t, &doc, &text);
            let of = |d: usize| -> Vec<String> {
                r.fields[d]
                    .iter()
                    .map(|&i| doc.fields[i].key.clone())
                    .collect()
            };
            (of(report_of), of(contact))
        };
        assert_eq!(
            keys(
                "Report of: Strategic Director
Report author: Jo Bloggs, Housing Manager
"
            ),
            (vec!["Report of".into()], vec!["Report author".into()])
        );
        assert_eq!(
            keys(
                "Report of: Chief Officer
Responsible officer: Jo Bloggs, 01632 643 120
"
            ),
            (vec!["Report of".into()], vec!["Responsible officer".into()])
        );
        // A label alone, or a second one with no sign of the contact, stays.
        assert_eq!(
            keys(
                "Report author: Jo Bloggs, 01632 643 120
"
            ),
            (vec!["Report author".into()], vec![])
        );
        assert_eq!(
            keys(
                "Report of: Chief Officer
Responsible officer: Jo Bloggs, Head of Audit
"
            ),
            (
                vec!["Report of".into(), "Responsible officer".into()],
                vec![]
            )
        );
        // With a contact label of its own, the paper's author is no contact.
        assert_eq!(
            keys(
                "Report of: Chief Officer
Report author: Jo Bloggs
Contact officer: Al Smith
"
            )
            .1,
            vec!["Contact officer".to_string()]
        );
    }

    #[test]
    fn a_joined_label_gives_each_field_its_sides_name() {
        let set = crate::config::default_rule_set();
        let t = &set.template;
        let id = |name: &str| t.fields.iter().position(|f| f.id == name).unwrap();
        let has = |header: &str, def: usize| {
            let text = format!("{header}\n1. Purpose\n\nTo note.\n");
            let doc = crate::parse::parse(&text);
            !Resolved::new(t, &doc, &text).fields[def].is_empty()
        };
        let joined =
            "Executive Member / Reporting Officer: Cllr Jo Bloggs, Director of Resources\n";
        assert!(has(joined, id("portfolio")));
        assert!(has(joined, id("report-of")));
        // One side only names a field: that field alone.
        let one = "Cabinet Member / Aelod Cabinet: Cllr Jo Bloggs\n";
        assert!(has(one, id("portfolio")));
        assert!(!has(one, id("report-of")));
    }

    #[test]
    fn a_label_offering_its_plural_in_a_bracket_stands_for_the_word_alone() {
        let set = crate::config::default_rule_set();
        let t = &set.template;
        let id = |name: &str| t.fields.iter().position(|f| f.id == name);
        assert_eq!(t.field_for_key("Committee(s)"), id("meeting"));
        assert_eq!(t.field_for_key("Report author(s)"), id("report-of"));
        assert_eq!(t.field_for_key("Dated"), id("date"));
        assert_eq!(t.field_for_key("Committees(s)"), None);
    }

    #[test]
    fn a_label_joining_two_words_with_a_slash_stands_for_the_field_they_name() {
        let set = crate::config::default_rule_set();
        let t = &set.template;
        let id = |name: &str| t.fields.iter().position(|f| f.id == name);
        assert_eq!(t.field_for_key("WARDS/COMMUNITIES AFFECTED"), id("wards"));
        assert_eq!(t.field_for_key("MEETING/DECISION MAKER"), id("meeting"));
        assert_eq!(t.field_for_key("MEETING/DECISION DATE"), id("date"));
        // One side naming a field is enough; sides naming two fields name
        // neither.
        assert_eq!(t.field_for_key("Wards/Localities"), id("wards"));
        assert_eq!(t.field_for_key("Author/Contact"), None);
    }

    #[test]
    fn a_question_stands_for_the_yes_or_no_field_whose_label_it_holds() {
        let set = crate::config::default_rule_set();
        let t = &set.template;
        let id = |key: &str| t.field_for_key(key).map(|i| t.fields[i].id.as_str());
        assert_eq!(id("Is this a key decision?"), Some("key-decision"));
        assert_eq!(
            id("Does the report contain confidential or exempt information or appendices?"),
            Some("exempt")
        );
        // No yes-or-no field's label, two fields' labels, or no question.
        assert_eq!(
            id("Is the decision eligible for call-in by Scrutiny?"),
            None
        );
        assert_eq!(
            id("Is this a key decision that holds exempt information?"),
            None
        );
        assert_eq!(id("Reasons for the key decision"), None);
        // Where no yes-or-no field's label is held, the one field of any
        // kind whose label is.
        assert_eq!(id("Are specific wards affected?"), Some("wards"));
    }

    #[test]
    fn a_title_with_a_colon_read_as_a_field_gives_the_title() {
        let set = crate::config::default_rule_set();
        let t = &set.template;
        let title = t.fields.iter().position(|f| f.id == "title").unwrap();
        let top = "Fenmarsh Vale Council\nCommunities Scrutiny Panel\n4 March 2026\n\n";
        let rest =
            "\nReport of: the Scrutiny Officer\n\nContact: Orla Penrose, Scrutiny Officer\n\n\
                    Purpose\n1. This report sets out the review's findings.\n";
        // What the title's sources are, by key.
        let keys = |line: &str, rest: &str| -> Vec<String> {
            let text = format!("{top}{line}{rest}");
            let doc = crate::parse::parse_with(&text, &t.vocabulary);
            let resolved = Resolved::new(t, &doc, &text);
            resolved
                .field_sources(t, title, &doc)
                .iter()
                .map(|s| match s {
                    FieldSource::Field(f) => f.key.clone(),
                    FieldSource::Title(x) => format!("title {}", x.text),
                    _ => "other".to_string(),
                })
                .collect()
        };
        assert_eq!(
            keys("Bus Shelter Renewals: Progress Report", rest),
            ["Bus Shelter Renewals"]
        );
        // In capitals, the one line of the title block that is neither
        // council, meeting nor date: the parser reads it as the title
        // whole (see `front_sheet::shapes::lone_colon_title`).
        assert_eq!(
            keys("STREET LIGHTING: LED CONVERSION", rest),
            ["title STREET LIGHTING: LED CONVERSION"]
        );
        // A list of subjects parted by commas after the colon.
        assert_eq!(
            keys(
                "Coroner Service: Body Storage, Transport and Mortuary Arrangements",
                rest
            ),
            ["title Coroner Service: Body Storage, Transport and Mortuary Arrangements"]
        );
        // A person and their post, or a councillor, after an unknown label.
        assert!(keys("Sponsoring Officer: Jane Smith, Director of Place", rest).is_empty());
        assert!(keys("Review Sponsor: Councillor Ann Other, Lead Member", rest).is_empty());
        // Near misses: a field the template knows, a key not in title case,
        // a value that is a sentence or a code, a key holding a field's hint
        // word, a section's title, and a second unknown field after it.
        assert_eq!(keys("Subject: Household Waste", rest), ["Subject"]);
        assert!(keys("Wards affected: All", rest).is_empty());
        assert!(keys("Review group: Bus Shelter Renewals", rest).is_empty());
        assert!(keys("Scrutiny Review: The panel met twice.", rest).is_empty());
        assert!(keys("Decision Reference: SP/26/014", rest).is_empty());
        assert!(keys("Electoral Division: Fenmarsh North", rest).is_empty());
        assert!(keys("Polling Division: Fenmarsh North", rest).is_empty());
        assert!(keys("Financial Implications: None Known", rest).is_empty());
        let unknown_after = "\nScrutiny Lead: Councillor Tamsin Vey\n\nContact: Orla Penrose\n";
        assert!(keys("Bus Shelter Renewals: Progress Report", unknown_after).is_empty());
        // An unknown pair in a front-sheet table is no title.
        assert!(keys(
            "| Budget Holder: | Corporate Landlord |\n| Report of: | Head of Property |\n",
            "\nPurpose\n1. This report sets out the options.\n"
        )
        .is_empty());
        // With no meeting's name above it, the first line is left as it is.
        let doc = crate::parse::parse(&format!("Bus Shelter Renewals: Progress Report{rest}"));
        assert!(title_with_colon(t, &doc).is_none());
    }

    #[test]
    fn a_title_after_a_lead_and_a_dash_names_its_section() {
        let set = crate::config::default_rule_set();
        let t = &set.template;
        let papers = t.section("background-papers").unwrap();
        let legal = t.section("legal").unwrap();
        assert_eq!(
            t.sections_for_title(
                "Section 100 D - Local Government Act 1972 - background documents"
            ),
            [papers]
        );
        // Only when nothing before the dash names a section.
        assert_eq!(
            t.sections_for_title("Legal implications – Background papers"),
            [legal]
        );
        assert!(t
            .sections_for_title("Wessex Road – Site 4 – delivery timetable")
            .is_empty());
    }

    #[test]
    fn an_integrated_impact_assessment_is_the_equalities_section() {
        // Welsh councils assess the equality duty with the socio-economic
        // duty and the Welsh language in one "Integrated Impact Assessment".
        let set = crate::config::default_rule_set();
        let t = &set.template;
        let equalities = t.section("equalities").unwrap();
        for title in [
            "SUMMARY OF INTEGRATED IMPACT ASSESSMENT",
            "Integrated Impact Assessment",
            "Integrated Impact Assessment - Summary",
            "Summary of the integrated impacts",
        ] {
            assert_eq!(t.sections_for_title(title), [equalities], "{title}");
        }
        // An integrated plan or a budget's impact is no equalities section.
        for title in [
            "Integrated care strategy",
            "Impact assessment of the budget",
        ] {
            assert!(
                !t.sections_for_title(title).contains(&equalities),
                "{title}"
            );
        }
    }

    #[test]
    fn a_question_stands_for_the_one_section_whose_title_it_holds() {
        let set = crate::config::default_rule_set();
        let t = &set.template;
        let equalities = t.section("equalities").unwrap();
        assert_eq!(
            t.sections_for_title(
                "Has an Integrated Impact Assessment been completed? If not, please state why"
            ),
            [equalities]
        );
        // Welsh county templates' questions: the report's purpose, and a
        // Well-being Impact Assessment that takes in the equality duty.
        let purpose = t.section("purpose").unwrap();
        for title in [
            "What is the report about?",
            "What is the reason for making this report?",
        ] {
            assert_eq!(t.sections_for_title(title), [purpose], "{title}");
        }
        assert_eq!(
            t.sections_for_title(
                "What are the main conclusions of the Well-being Impact Assessment?"
            ),
            [equalities]
        );
        // Near misses: a question holding no section's title of two words,
        // one holding two sections' titles, and a title after the `?`.
        for title in [
            "Has an assessment been completed? If not, please state why",
            "Has an equality impact assessment been made and are there legal implications?",
            "Is this a key decision? See the integrated impact assessment",
        ] {
            assert!(t.sections_for_title(title).is_empty(), "{title}");
        }
    }

    #[test]
    fn a_body_s_name_heads_no_section_its_words_name() {
        let set = crate::config::default_rule_set();
        let t = &set.template;
        let financial = t.section("financial").unwrap();
        let legal = t.section("legal").unwrap();
        for name in [
            "FINANCE AND RESOURCES COMMITTEE – 12 FEBRUARY 2026",
            "Finance and Performance Scrutiny Panel",
            "Legal and Democratic Services Committee",
            "Audit and Finance Committee",
        ] {
            let found = t.sections_for_title(name);
            assert!(
                !found.contains(&financial) && !found.contains(&legal),
                "{name}: {found:?}"
            );
        }
        // Sections' own titles still split, and a title ending in a body
        // word is still read whole.
        assert!(t
            .sections_for_title("Financial and Legal Implications")
            .contains(&legal));
        assert!(t
            .sections_for_title("Finance - Cabinet Member comments")
            .contains(&financial));
        let purpose = t.section("purpose").unwrap();
        assert!(t
            .sections_for_title("Why has this report come to the Committee?")
            .contains(&purpose));
    }

    #[test]
    fn an_implication_s_bare_name_under_an_implications_heading_is_its_section() {
        let set = crate::config::default_rule_set();
        let staffing = set.template.section("staffing").unwrap();
        let read = |text: &str| section_titles(text, staffing);
        let nested = "## 6. Implications\n\n### 6.1 Human Resources\n\nThe posts are regraded.\n";
        assert_eq!(read(nested), ["Human Resources"]);
        // Not at the top level, where it may be a topic of the paper.
        let top = "## 5. Background\n\nText.\n\n## 6. Human Resources\n\nThe posts are regraded.\n";
        assert!(read(top).is_empty());
    }

    #[test]
    fn a_post_heading_over_advice_is_its_sign_off_s_section() {
        let set = crate::config::default_rule_set();
        let legal = set.template.section("legal").unwrap();
        let read = |text: &str| section_titles(text, legal);
        let advice = "Head of Legal and Governance\n\n9.5\n\nThe Council has power to enter into \
                      the arrangements under section 1 of the Localism Act 2011.\n";
        let body = "## Recommendations\n\n1. That Cabinet approves the strategy.\n\n";
        assert_eq!(
            read(&format!("{body}{advice}")),
            ["Head of Legal and Governance"]
        );
        // Before the body (the front sheet's "Report of" value), no.
        assert!(read(&format!("{advice}\n{body}")).is_empty());
        // Over advice on no legal topic, or a few words, no.
        let thanks = advice.replace(
            "has power to enter into the arrangements under section 1 of the Localism Act 2011",
            "thanks the tenants' panel for its work on the specification",
        );
        assert!(read(&format!("{body}{thanks}")).is_empty());
        let short = "Head of Legal and Governance\n\nThe Localism Act 2011 applies.\n";
        assert!(read(&format!("{body}{short}")).is_empty());
    }

    #[test]
    fn an_unlisted_post_over_advice_in_an_officers_block_is_the_section_its_advice_is_about() {
        let set = crate::config::default_rule_set();
        let financial = set.template.section("financial").unwrap();
        let legal = set.template.section("legal").unwrap();
        let read = |text: &str, d: usize| section_titles(text, d);
        let body = "# RECOMMENDATIONS\n\n1. That cabinet agrees the budget.\n\n";
        let acx = "**Assistant Chief Executive – Governance and Assurance**\n\n\
                   26. The council is required under section 31A of the Local Government \
                   Finance Act 1992 to calculate its council tax requirement. The budget and \
                   council tax are reserved to council assembly.\n\n";
        let sdf = "**Strategic Director of Finance**\n\n28. The strategic director of \
                   finance confirms that the budget proposed is robust and that reserves are \
                   adequate.\n\n";
        let block = "# SUPPLEMENTARY ADVICE FROM OTHER OFFICERS\n\n";
        let after = "# BACKGROUND DOCUMENTS\n\nNone.\n";
        let acx_title = "Assistant Chief Executive – Governance and Assurance";
        let text = format!("{body}{block}{acx}{sdf}{after}");
        assert_eq!(read(&text, legal), [acx_title]);
        assert_eq!(read(&text, financial), ["Strategic Director of Finance"]);
        // The heading is that officer's clearance.
        let doc = crate::parse::parse(&text);
        let resolved = Resolved::new(&set.template, &doc, &text);
        assert!(resolved
            .post_headings
            .iter()
            .any(|&(s, r)| doc.sections[s].title == acx_title
                && set.template.clearance.roles[r].id == "legal"));
        // Second in the block too (a bold line after a bold line is read
        // at the top level), and alone in it: "Finance" in the name of
        // the Act says nothing of the advice's topic.
        let swapped = format!("{body}{block}{sdf}{acx}{after}");
        assert_eq!(read(&swapped, legal), [acx_title]);
        let alone = format!("{body}{block}{acx}{after}");
        assert_eq!(read(&alone, legal), [acx_title]);
        assert!(!read(&alone, financial).contains(&acx_title.to_string()));
        // Other wordings of the block's heading.
        for heading in [
            "## Comments of Statutory Officers",
            "### Statutory officer comments",
        ] {
            let other = format!("{body}{heading}\n\n{acx}{after}");
            assert_eq!(read(&other, legal), [acx_title], "{heading}");
        }
        // As PDF text gives it: a line in capitals over lines standing
        // alone, read side by side in the tree.
        let plain = format!(
            "RECOMMENDATIONS\n\n1. That cabinet agrees the budget.\n\n\
             SUPPLEMENTARY ADVICE FROM OTHER OFFICERS\n\n{}{}BACKGROUND DOCUMENTS\n\nNone.\n",
            acx.replace("**", ""),
            sdf.replace("**", "")
        );
        assert_eq!(read(&plain, legal), [acx_title]);
        // Advice on no legal topic: not the legal section.
        let staffing = acx.replace(
            "is required under section 31A of the Local Government Finance Act 1992 to \
             calculate its council tax requirement. The budget and council tax are reserved to \
             council assembly.",
            "has consulted the trade unions on the restructure and no staff are affected by \
             the changes.",
        );
        let off_topic = format!("{body}{block}{staffing}{sdf}{after}");
        assert!(read(&off_topic, legal).is_empty());
        // Outside a block of officers' advice: the same heading in the
        // body, or after a peer of the block's heading.
        let in_body = format!("{body}# CONSULTATION\n\n{acx}{after}");
        assert!(read(&in_body, legal).is_empty());
        let front = format!("Report of\n\n{acx}{body}{after}");
        assert!(read(&front, legal).is_empty());
        let peer = format!(
            "{body}{block}{sdf}# GOVERNANCE AND ASSURANCE\n\n{}{after}",
            acx.split_once("\n\n").unwrap().1
        );
        assert!(read(&peer, legal).is_empty());
        // A heading naming the posts of two sign-offs, or more than a post.
        for title in [
            "**Director of Finance and Monitoring Officer**",
            "**Advice given on 3 February 2026**",
        ] {
            let two = text.replace(&format!("**{acx_title}**"), title);
            assert!(read(&two, legal).is_empty(), "{title}");
        }
    }

    #[test]
    fn a_word_in_the_name_of_a_law_is_known() {
        let s = "under the Local Government Finance Act 1992, the finance settlement and \
                 the Finance, Legal and Audit Act";
        let at = |w: &str, nth: usize| {
            let start = s.match_indices(w).nth(nth).unwrap().0;
            start..start + w.len()
        };
        assert!(in_law_name(s, &at("Finance", 0)));
        assert!(!in_law_name(s, &at("finance", 0)));
        // A comma ends the name; "Act" itself is no word of its name.
        assert!(!in_law_name(s, &at("Finance", 1)));
        assert!(!in_law_name(s, &at("Act", 0)));
        assert!(in_law_name(
            "the Public Contracts Regulations 2015",
            &(4..10)
        ));
    }

    #[test]
    fn an_officer_s_comments_are_the_section_their_clearance_signs_off() {
        let set = crate::config::default_rule_set();
        let financial = set.template.section("financial").unwrap();
        let legal = set.template.section("legal").unwrap();
        let read = |text: &str, d: usize| section_titles(text, d);
        let body = "**1. RECOMMENDATIONS**\n\n1.1 That the Committee agrees the strategy.\n\n";
        let comments = "**9. COMMENTS OF THE EXECUTIVE DIRECTOR CORPORATE SERVICES**\n\n\
                        9.1 The Executive Director Corporate Services supports the \
                        recommendations. The transition costs of about £0.5 million are met \
                        by the Fund.\n\n9.2 These comments were provided by Jo Bloggs, \
                        Director of Finance, on 9 September 2024.\n";
        let text = format!("{body}{comments}");
        assert_eq!(
            read(&text, financial),
            ["COMMENTS OF THE EXECUTIVE DIRECTOR CORPORATE SERVICES"]
        );
        assert!(read(&text, legal).is_empty());
        // Cleared by no post the pack lists, or undated: no sign-off's.
        let unlisted = text.replace("Director of Finance", "Head of Pensions");
        assert!(read(&unlisted, financial).is_empty());
        let undated = text.replace(", on 9 September 2024", "");
        assert!(read(&undated, financial).is_empty());
        // A clearance of the one sign-off over advice on the other's topic
        // is neither's section.
        let off_topic = text.replace(
            "The transition costs of about £0.5 million are met by the Fund.",
            "The Board has met twice.",
        );
        assert!(read(&off_topic, financial).is_empty());
        // Cleared by the posts of two sign-offs: which is not said.
        let both = text.replace(
            "Director of Finance,",
            "Director of Finance, and Ann Other, Monitoring Officer,",
        );
        assert!(read(&both, financial).is_empty() && read(&both, legal).is_empty());
        // A heading that is no officer's comments.
        let board = text.replace(
            "OF THE EXECUTIVE DIRECTOR CORPORATE SERVICES",
            "ON THE 2024 VALUATION",
        );
        assert!(read(&board, financial).is_empty());
        assert!(Wording::is_officers_comments_heading(
            "Comments of the Executive Director Corporate Services"
        ));
        assert!(Wording::is_officers_comments_heading(
            "Advice from Head of Pensions:"
        ));
        assert!(!Wording::is_officers_comments_heading(
            "Comments of the Pension Board, 2024"
        ));
        assert!(!Wording::is_officers_comments_heading(
            "Comments received during consultation"
        ));
        assert!(!Wording::is_officers_comments_heading("Comments of the"));
    }

    #[test]
    fn run_in_labels_stand_for_their_sections() {
        let set = crate::config::default_rule_set();
        let text = "Meeting: Cabinet\n\nSummary: This report sets out the plan.\n\n\
                    1. Finance Advice: The plan costs £1m, within the budget.\n\n\
                    | Issue | Implications |\n|---|---|\n\
                    | Legal | The Council has the power to do this under the 2011 Act. |\n\
                    | Resources (equalities) | No group with a protected characteristic is affected. |\n";
        let doc = crate::parse::parse(text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, text),
            &doc,
            text,
        );
        let found = |id: &str| !labels[set.template.section(id).unwrap()].is_empty();
        assert!(found("purpose"));
        assert!(found("financial"));
        assert!(found("legal"));
        assert!(found("equalities"));
        assert!(!found("background-papers"));
    }

    #[test]
    fn a_label_on_a_page_s_first_line_after_a_form_feed_names_its_section() {
        let text = "Legal\nThe strategy meets the requirements of the 2010 Act.\n\
                    (Comments provided by Aled Ormerod, Senior Solicitor.)\n\
                    \u{c}Equality and cultural considerations\n\
                    An equality analysis has been carried out for the strategy.\n";
        assert_eq!(
            run_in_labels_of(text, "equalities"),
            ["Equality and cultural considerations"]
        );
        // A sentence after the form feed is no label.
        let text = "Legal\nThe strategy meets the requirements of the 2010 Act.\n\
                    \u{c}Equality analysis was carried out in May.\n\
                    The results are set out in the appendix to this report.\n";
        assert!(run_in_labels_of(text, "equalities").is_empty());
    }

    #[test]
    fn a_row_label_wrapped_down_its_column_names_its_section() {
        let text = "Implications\nPolicy\nThe scheme is consistent with the strategy.\n\
                    Finance and\nvalue for\nmoney\n\
                    The working-age scheme will cost an estimated £21.7 million.\n";
        assert_eq!(
            run_in_labels_of(text, "financial"),
            ["Finance and\nvalue for\nmoney"]
        );
        // A line of prose under the first line does not carry the label on.
        let text = "Implications\nPolicy\nThe scheme is consistent with the strategy.\n\
                    Finance and\nthe other teams have reviewed the costs of the scheme.\n";
        assert!(run_in_labels_of(text, "financial").is_empty());
        // Nor does a label that still runs on where the lines give out.
        let text = "Implications\nPolicy\nThe scheme is consistent with the strategy.\n\
                    Finance and\nvalue for\nof\nThe scheme will cost £21.7 million.\n";
        assert!(run_in_labels_of(text, "financial").is_empty());
        // A label that ends in no joining word is read alone.
        assert_eq!(super::wrapped_label("Legal", "value\nmoney"), None);
    }

    #[test]
    fn a_row_s_name_with_a_note_of_who_authorises_it_names_its_section() {
        // A Pandoc grid row of a front sheet, its name and note wrapped
        // down the first column.
        let row = |name: &str| {
            format!(
                "+--------------------------+--------------------------------------------+\n\
                 | **{name:<21} | The DFG allocation for 2027/28 is £3.214m,  |\n\
                 | Implications:**          | received through the Better Care Fund.     |\n\
                 |                          |                                            |\n\
                 | (Authorised by the       | The discretionary assistance is capped.    |\n\
                 | statutory Section 151    |                                            |\n\
                 | Officer & Chief Finance  |                                            |\n\
                 | Officer)                 |                                            |\n\
                 +--------------------------+--------------------------------------------+\n"
            )
        };
        assert!(!run_in_labels_of(&row("Financial"), "financial").is_empty());
        // The note names no section: a row of another name is not financial.
        assert!(run_in_labels_of(&row("Risk"), "financial").is_empty());
    }

    /// The run-in labels of the default pack's section `id` in `text`, as
    /// written.
    fn run_in_labels_of(text: &str, id: &str) -> Vec<String> {
        let set = crate::config::default_rule_set();
        let doc = crate::parse::parse(text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, text),
            &doc,
            text,
        );
        labels[set.template.section(id).unwrap()]
            .iter()
            .map(|s| s.of(text).to_string())
            .collect()
    }

    #[test]
    fn an_implications_row_whose_text_wraps_down_its_cell_names_its_section() {
        let labels_of = run_in_labels_of;
        // A Pandoc grid table read line by line: the row's text wraps
        // under its first line, five words or fewer there.
        let text = "# 8. Implications\n\n\
                    +------------+--------------------------------------+-------------------------+\n\
                    | **Area**   | **Implications**                     | **Vetted**              |\n\
                    +============+======================================+=========================+\n\
                    | Equalities | An equality impact assessment found  | Equality and Diversity  |\n\
                    |            | no adverse impact. The grant terms   | Adviser -- 2 March 2027 |\n\
                    |            | require a local employment and       |                         |\n\
                    |            | skills plan.                         |                         |\n\
                    +------------+--------------------------------------+-------------------------+\n";
        assert_eq!(labels_of(text, "equalities"), ["Equalities"]);
        // Five words or fewer down the whole cell say nothing.
        let few = "# 8. Implications\n\n\
                   +------------+-------------------+-------------+\n\
                   | **Area**   | **Implications**  | **Vetted**  |\n\
                   +============+===================+=============+\n\
                   | Equalities | None identified   | Adviser --  |\n\
                   |            | here.             | 2 March     |\n\
                   +------------+-------------------+-------------+\n";
        assert!(labels_of(few, "equalities").is_empty());
    }

    #[test]
    fn a_label_in_a_column_beside_its_value_names_its_section() {
        let labels_of = run_in_labels_of;
        // pdftotext -layout keeps a two-column "Consequences" table, and a
        // closing block of labels beside their values.
        let text = "6.    Consequences\n\n\
                    \x20     Legal consequences        The works will be procured in line with the\n\
                    \x20                               Standing Orders relating to Contracts.\n\n\
                    \x20     Equalities consequences   The programme will improve access at all\n\
                    \x20                               five stations.\n\n\
                    BACKGROUND REPORT(S)        Haybridge Campsite condition survey, Calder Gray\n\
                    \x20                           Surveyors, March 2025\n";
        assert_eq!(labels_of(text, "legal"), ["Legal consequences"]);
        assert_eq!(labels_of(text, "equalities"), ["Equalities consequences"]);
        assert_eq!(
            labels_of(text, "background-papers"),
            ["BACKGROUND REPORT(S)"]
        );
        // A mark beside the label says nothing; a sentence spaced out by
        // justification has no column its next line carries on in.
        let text = "6.    Consequences\n\n\
                    \x20     Legal consequences        Yes\n\n\
                    \x20     Legal   implications of the works will be set out in the\n\
                    \x20     contract report to the Committee in the new year.\n";
        assert!(labels_of(text, "legal").is_empty());
    }

    #[test]
    fn a_long_lead_in_that_opens_with_a_pattern_names_its_section() {
        let found = |text: &str| !run_in_labels_of(text, "background-papers").is_empty();
        // West Lindsey's label of fourteen words, a space before its colon.
        let text = "1. That the Committee approves the plan.\nHealth Implications:\nNone.\n\
                    Title and Location of any Background Papers used in the preparation of this report :\n\
                    Issues and Options consultation report (2026).\n";
        assert!(found(text));
        // A long line that mentions the papers past its opening names none.
        let text = text.replace(
            "Title and Location of any Background Papers",
            "Members may ask the clerk for copies of any Background Papers",
        );
        assert!(!found(&text));
    }

    #[test]
    fn a_summary_of_implications_with_numbered_rows_names_its_sections() {
        let found = |text: &str, id: &str| !run_in_labels_of(text, id).is_empty();
        let text = "**C. SUMMARY OF IMPLICATIONS**\n\n\
                    | **I** | **Council Values** | Focusing on our customers' needs and working in partnership. |\n\
                    |---|---|---|\n\
                    | **II** | **Policy and Legal (including Strategic Environmental Assessment, Equality Issues, Health or Risk Assessment)** | An integrated impact assessment found no negative impact on any group. |\n\
                    | **III** | **Resources -- (Financial, Staffing)** | The cost of £1.2m is met from grant and the capital programme. |\n";
        assert!(found(text, "equalities"));
        assert!(found(text, "financial"));
        // The same as a Pandoc multiline table, its cells wrapped.
        let text = r#"**C. SUMMARY OF IMPLICATIONS**

  ------ ------------------------------ -----------------------------------
  **I**  **Council Values**             Focusing on our customers' needs;
                                        being honest, open and accountable.

  **II** **Policy and Legal (including  Road Traffic Regulation Act 1984.
         Strategic Environmental        An integrated impact assessment
         Assessment, Equality Issues,   has been carried out and found no
         Health or Risk Assessment)**   negative impact on any group.
  ------ ------------------------------ -----------------------------------
"#;
        assert!(found(text, "equalities"));
        // A number column with nothing said beside the name names nothing.
        let text = "**C. SUMMARY OF IMPLICATIONS**\n\n\
                    | 1 | Equality Issues | None |\n|---|---|---|\n";
        assert!(!found(text, "equalities"));
        assert!(is_row_number("**IV**".trim_matches('*')));
        assert!(is_row_number("2.1") && is_row_number("(b)") && is_row_number("iv)"));
        assert!(!is_row_number("Legal") && !is_row_number("2021/22") && !is_row_number(""));
    }

    #[test]
    fn an_officer_named_for_an_implication_is_no_label_outside_the_implications() {
        let set = crate::config::default_rule_set();
        let labels_of = run_in_labels_of;
        let text = "## 3. Background\n\n3.1 The zone is full.\n\n## 4. Contact Details\n\n\
                    Financial: Jayne Close, Finance Manager (Place), Tel: 01904 554 175\n";
        assert!(labels_of(text, "financial").is_empty());
        // A section's text after its name is a label wherever it stands.
        let text = "## 3. Background\n\n3.1 The zone is full.\n\n## 4. Other\n\n\
                    Financial: The cost of the signs is met from the parking budget.\n";
        assert_eq!(labels_of(text, "financial"), ["Financial"]);
        assert!(names_officer(
            "Jayne Close, Finance Manager",
            &set.template.vocabulary.not_names
        ));
        assert!(!names_officer(
            "Jayne Close",
            &set.template.vocabulary.not_names
        ));
        assert!(!names_officer(
            "The costs, which are small, are met",
            &set.template.vocabulary.not_names
        ));
    }

    #[test]
    fn run_in_labels_before_a_dash_or_with_a_bracket() {
        let set = crate::config::default_rule_set();
        let text = "## 3. Implications\n\n3.1\n\nResource - The budget for 2025/26 is £7.8m, unchanged from last year.\n\n\
                    3.2\n\nLegal – Section 34 of the Roads Act 1984 gives the duty.\n\n\
                    ## 5. Resources and Legal Considerations\n\nEmployment\n5.2 There are no employment implications.\n\
                    Legal (Including Equalities)\n5.3 The Council has power under the Highways Act 1980.\n";
        let doc = crate::parse::parse(text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, text),
            &doc,
            text,
        );
        let at = |id: &str| -> Vec<&str> {
            labels[set.template.section(id).unwrap()]
                .iter()
                .map(|s| &text[s.start..s.end])
                .collect()
        };
        assert_eq!(at("financial"), ["Resource"]);
        assert_eq!(at("legal"), ["Legal", "Legal (Including Equalities)"]);
        assert_eq!(at("equalities"), ["Legal (Including Equalities)"]);
        // A name with a post in brackets is no label.
        let text = "## 5. Contact\n\nJo Bloggs (Interim Director, Finance)\n";
        let doc = crate::parse::parse(text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, text),
            &doc,
            text,
        );
        assert!(labels[set.template.section("financial").unwrap()].is_empty());
        // An entry's name is a label under an implications heading only.
        let text = "## 2. Background\n\nResource - The team has three officers.\n";
        let doc = crate::parse::parse(text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, text),
            &doc,
            text,
        );
        assert!(labels[set.template.section("financial").unwrap()].is_empty());
        // A dash in a sentence that names no section gives no label.
        assert_eq!(dashed_label("Option 1 - do nothing"), Some("Option 1"));
        assert_eq!(dashed_label("Well-being goals matter"), None);
        assert!(set.template.match_heading("Option 1").sections.is_empty());
    }

    #[test]
    fn a_bracketed_note_in_a_label_qualifies_it() {
        let set = crate::config::default_rule_set();
        let text = "## 9. Further information\n\n\
                    Background documents (available for public inspection):\n\
                    Report to the Executive, 13 May 2025.\n\n\
                    ## 10. Corporate Considerations\n\n\
                    Resource Implications\n(identify any financial, legal,\nproperty or\nstaffing)\n\
                    Consultation (identify any\npublic consultation)\n\
                    Equalities (has an Equalities\nImpact Assessment been\ncompleted?)\n";
        let doc = crate::parse::parse(text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, text),
            &doc,
            text,
        );
        let found = |id: &str| !labels[set.template.section(id).unwrap()].is_empty();
        assert!(found("background-papers"));
        assert!(found("equalities"));
        assert!(found("legal"));
        assert!(found("staffing"));
        assert!(found("consultation"));
        assert_eq!(bracketed_note("Ward(s)"), None);
        assert_eq!(bracketed_note("Legal (see 4.2) and more"), None);
        // A lead-in to a list names it after "The following".
        let text = "## 9. Officer\n\nJo Bloggs, Director\n\n\
                    The following background papers have been taken into account:\n\
                    Cabinet report, 17 July 2025\n";
        let doc = crate::parse::parse(text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, text),
            &doc,
            text,
        );
        let spans = &labels[set.template.section("background-papers").unwrap()];
        assert_eq!(
            spans
                .iter()
                .map(|s| &text[s.start..s.end])
                .collect::<Vec<_>>(),
            ["background papers have been taken into account"]
        );
        // A note that names one subject is no list of sections.
        let text =
            "## 10. Corporate Considerations\n\nRisk Management\n(identify any legal risks)\n";
        let doc = crate::parse::parse(text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, text),
            &doc,
            text,
        );
        assert!(labels[set.template.section("legal").unwrap()].is_empty());
        // A name with a post in brackets still names nothing.
        let text = "## 5. Contact\n\nJo Bloggs (Interim Director, Finance and Legal)\n";
        let doc = crate::parse::parse(text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, text),
            &doc,
            text,
        );
        assert!(labels[set.template.section("financial").unwrap()].is_empty());
        assert!(labels[set.template.section("legal").unwrap()].is_empty());
    }

    /// The sections run-in labels in `text` name by their labels' text,
    /// per template section id asked.
    fn labelled(text: &str, id: &str) -> Vec<String> {
        let set = crate::config::default_rule_set();
        let doc = crate::parse::parse(text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, text),
            &doc,
            text,
        );
        // (A table row read as a field too gives its label twice.)
        let mut out: Vec<String> = labels[set.template.section(id).unwrap()]
            .iter()
            .map(|s| crate::parse::inline::plain(&text[s.start..s.end]).to_string())
            .collect();
        out.dedup();
        out
    }

    #[test]
    fn an_entry_s_name_in_a_table_or_field_under_an_implications_heading() {
        // Kirkhaven's (Sandwell-like) implications: a two-column table
        // with an empty header row under "6 Implications", its first
        // cells the implications' names.
        let table = |heading: &str, key: &str| {
            format!(
                "Meeting: Cabinet\n\n## {heading}\n\n| | |\n|---|---|\n\
                 | **{key}:** | The contract will be funded from the Housing Revenue Account repairs budget. Finance comments provided by Rajinder Sandhu, Finance Business Partner, on 24 February 2027. |\n\
                 | **Legal and Governance:** | The procurement follows the Contract Procedure Rules and the Procurement Act 2023. |\n\
                 | **Equality:** | An equality impact assessment has been completed and is at Appendix 3. |\n"
            )
        };
        for key in [
            "Resources",
            "Resource implications",
            "Finance and resources",
            "Financial and resource implications",
        ] {
            let text = table("6 Implications", key);
            // (A first row naming "implications" makes the table one
            // whose header says so: each item of a row's list counts too.)
            let financial = labelled(&text, "financial");
            assert_eq!(financial[0], format!("{key}:"), "{key}");
            let legal = labelled(&text, "legal");
            assert!(legal.iter().any(|l| l == "Legal and Governance:"), "{key}");
        }
        // A table under a header saying "Implications" is read so too.
        let text = "## 6 Corporate considerations\n\n| Area | Implications |\n|---|---|\n\
                    | Resources | The scheme costs £40,000, met from the existing revenue budget. |\n";
        assert_eq!(labelled(text, "financial"), ["Resources"]);
        // A field so keyed under an implications heading ("Resources:
        // …" read as a header-style field) is the entry too.
        let text = "Meeting: Cabinet\n\n## 6 Implications\n\n**Resources:** The scheme costs £40,000, met from the existing revenue budget.\n";
        assert_eq!(labelled(text, "financial"), ["Resources"]);
        // Near misses. Elsewhere "Resources" names no section: a table of
        // the background, a front sheet's key.
        let text = table("4 Background", "Resources");
        assert!(labelled(&text, "financial").is_empty());
        let text = "Meeting: Cabinet\nResources: Director of Resources\nDate: 17 March 2027\n\n## 1 Purpose\n\n1.1 To award the contract.\n";
        assert!(labelled(text, "financial").is_empty());
        // "Human Resources" and "HR" are staffing, never financial, there
        // too; "Resources (staffing)" says which.
        for key in ["Human Resources", "HR", "Resources (staffing)"] {
            let text = table("6 Implications", key);
            assert!(labelled(&text, "financial").is_empty(), "{key}");
            assert_eq!(labelled(&text, "staffing"), [format!("{key}:")], "{key}");
        }
        // A key that only starts with the name is no entry.
        let text = table("6 Implications", "Resources Directorate restructure");
        assert!(labelled(&text, "financial").is_empty());
    }

    #[test]
    fn an_entry_qualified_before_a_colon_is_the_implication_after_it() {
        let set = crate::config::default_rule_set();
        let t = &set.template;
        let equalities = t.section("equalities").unwrap();
        let financial = t.section("financial").unwrap();
        assert_eq!(
            t.sections_for_implication("Fairer Scotland Duty: Equalities"),
            [equalities]
        );
        assert_eq!(
            t.sections_for_implication("Public Sector Duty: Equality implications"),
            [equalities]
        );
        // The name before the colon still names the entry ("Equalities:
        // see Financial" is the equalities row).
        assert_eq!(
            t.sections_for_implication("Equalities: see Financial"),
            [equalities]
        );
        assert!(!t
            .sections_for_implication("Equalities: see Financial")
            .contains(&financial));
        // Near misses: what follows the colon is no implication's name
        // whole, or the qualifier is a sentence's worth of words.
        for label in [
            "Fairer Scotland Duty: Socio-economic",
            "Fairer Scotland Duty: Equalities of outcome",
            "Fairer Scotland Duty: Equalities monitoring data",
            "The board reviewed the plan in full: Equalities",
            "Note. See below: Equalities",
        ] {
            assert!(t.sections_for_implication(label).is_empty(), "{label}");
        }
        assert_eq!(qualified_entry("Duty: Equalities"), Some("Equalities"));
        assert_eq!(qualified_entry("Duty:"), None);
        assert_eq!(qualified_entry("Equalities"), None);
    }

    #[test]
    fn a_council_s_own_name_for_an_implication_is_read_in_its_table() {
        let toml = "extends = [\"council-report\"]\n[sections.financial]\nimplications = [\"money matters\"]\n";
        let config = crate::config::Config::from_text("paperlint.toml".into(), toml, None).unwrap();
        let set = config.rule_set(std::path::Path::new("paper.md")).unwrap();
        let text = "## 6 Implications\n\n| | |\n|---|---|\n\
                    | **Money matters:** | The scheme costs £40,000, met from the existing revenue budget. |\n";
        let doc = crate::parse::parse(text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, text),
            &doc,
            text,
        );
        assert!(!labels[set.template.section("financial").unwrap()].is_empty());
        // The pack's own names still hold.
        let text = text.replace("Money matters", "Resources");
        let doc = crate::parse::parse(&text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, &text),
            &doc,
            &text,
        );
        assert!(!labels[set.template.section("financial").unwrap()].is_empty());
    }

    #[test]
    fn emphasised_run_in_labels_stand_for_their_sections() {
        let set = crate::config::default_rule_set();
        let text = "## 5. Implications\n\n\
                    5.1 *Financial.* The fees recover the cost of the service.\n\n\
                    **12.** *Legal*: the precept is issued under the 1992 Act.\n\n\
                    5.3 **Equalities.** No group is affected.\n";
        let doc = crate::parse::parse(text);
        let labels = run_in_labels(
            &set.template,
            &Resolved::new(&set.template, &doc, text),
            &doc,
            text,
        );
        let at = |id: &str| {
            let spans = &labels[set.template.section(id).unwrap()];
            spans.first().map(|s| &text[s.start..s.end])
        };
        assert_eq!(at("financial"), Some("Financial"));
        assert_eq!(at("legal"), Some("Legal"));
        assert_eq!(at("equalities"), Some("Equalities"));
    }

    #[test]
    fn a_long_bold_run_in_label_stands_for_its_section() {
        let set = crate::config::default_rule_set();
        let papers = set.template.section("background-papers").unwrap();
        let bold = "## 4. Equalities\n\nNo group is affected.\n\n\
                    **Public Background Papers Used in the Preparation of the Report:** None\n";
        let doc = crate::parse::parse(bold);
        let resolved = Resolved::new(&set.template, &doc, bold);
        let labels = run_in_labels(&set.template, &resolved, &doc, bold);
        assert_eq!(
            labels[papers].first().map(|s| &bold[s.start..s.end]),
            Some("Public Background Papers Used in the Preparation of the Report")
        );
        // The same words in plain text are a sentence's, not a label.
        let plain = "## 4. Equalities\n\nNo group is affected.\n\n\
                     Public Background Papers Used in the Preparation of the Report: None\n";
        let doc = crate::parse::parse(plain);
        let resolved = Resolved::new(&set.template, &doc, plain);
        assert!(run_in_labels(&set.template, &resolved, &doc, plain)[papers].is_empty());
    }

    #[test]
    fn a_long_lead_in_line_names_the_section_it_opens_with() {
        let set = crate::config::default_rule_set();
        let papers = set.template.section("background-papers").unwrap();
        let labels_of = |text: &str| -> Vec<String> {
            let doc = crate::parse::parse(text);
            let resolved = Resolved::new(&set.template, &doc, text);
            run_in_labels(&set.template, &resolved, &doc, text)[papers]
                .iter()
                .map(|s| text[s.start..s.end].to_string())
                .collect()
        };
        let paper = |line: &str| {
            format!(
                "## 4. Equalities\n\nNo group is affected.\n\n\
                 5. Relevant Partners – not applicable\n{line}\n\
                 Cabinet report – surplus declaration\nCAB/2025/07/14\n"
            )
        };
        // Nine words closed by a colon, over the list.
        let lead = "List of Background Papers used in the preparation of this report:";
        assert_eq!(
            labels_of(&paper(lead)),
            ["List of Background Papers used in the preparation of this report"]
        );
        // A line that mentions background papers further on opens with no
        // title; a longer line is a sentence; a label with its value after
        // it keeps the plain limit.
        for line in [
            "Copies of the background papers used in preparing this report are at:",
            "List of Background Papers used in the preparation of this report and of the earlier reports to Cabinet:",
            "List of Background Papers used in the preparation of this report: none",
        ] {
            assert!(labels_of(&paper(line)).is_empty(), "{line}");
        }
        // Only a title of two words or more opens a lead-in.
        let legal = set.template.section("legal").unwrap();
        assert_eq!(
            set.template
                .sections_opening("Legal Services have been consulted and their comments are"),
            Vec::<usize>::new()
        );
        assert_eq!(
            set.template
                .sections_opening("Legal implications arising from this report are as follows"),
            [legal]
        );
    }

    #[test]
    fn an_act_and_a_colon_before_the_title_name_the_background_papers() {
        let set = crate::config::default_rule_set();
        let papers = set.template.section("background-papers").unwrap();
        let labels_of = |line: &str| -> Vec<String> {
            let text = format!(
                "## 4. Equalities\n\nNo group is affected.\n\n\
                 Electoral Divisions: All\n{line}\nBackground Paper    Date\n"
            );
            let doc = crate::parse::parse(&text);
            let resolved = Resolved::new(&set.template, &doc, &text);
            run_in_labels(&set.template, &resolved, &doc, &text)[papers]
                .iter()
                .map(|s| text[s.start..s.end].to_string())
                .collect()
        };
        let line = "Local Government Act 1972: List of background papers";
        assert_eq!(labels_of(line), [line]);
        // The words further on in a sentence, or after a lead naming no
        // Act, name no list.
        for line in [
            "Local Government Act 1972: the background papers are listed below.",
            "Contact: List of background papers",
            "Note: there are no background papers",
        ] {
            assert!(labels_of(line).is_empty(), "{line}");
        }
    }

    #[test]
    fn a_whole_title_names_its_section_only_as_the_whole_heading() {
        let set = crate::config::default_rule_set();
        let legal = set.template.section("legal").unwrap();
        assert_eq!(set.template.match_heading("Law").sections, [legal]);
        assert_eq!(set.template.match_heading("**LAW**").sections, [legal]);
        for title in ["Law and Order", "Crime, Law and Disorder", "Case law"] {
            assert!(
                !set.template.match_heading(title).sections.contains(&legal),
                "{title}"
            );
        }
    }

    #[test]
    fn a_heading_naming_section_100d_heads_the_background_papers() {
        let set = crate::config::default_rule_set();
        let papers = set.template.section("background-papers").unwrap();
        for title in [
            "Section 100D Local Government Act, 1972 – Access to Information",
            "Section 100D Local Government Act, 1972",
            "Local Government Act, 1972 Section 100D (As amended)",
            "Section 100 D - Local Government Act 1972 - background documents",
            // The Act's part alone (Camden), Pandoc's `--` for the dash.
            "Local Government Act 1972 – Access to Information",
            "**Local Government Act 1972 -- Access to Information**",
        ] {
            assert_eq!(
                set.template.match_heading(title).sections,
                [papers],
                "{title}"
            );
        }
        // The Act that inserted it, or access to information at large,
        // names no list of background papers.
        for title in [
            "Access to Information",
            "Local Government (Access to Information) Act 1985 – Exempt Appendix Notice",
            "Section 100A Local Government Act 1972",
            "Exempt information – Local Government Act 1972",
            "Local Government Act 2000 – Access to Information",
        ] {
            assert!(
                set.template.match_heading(title).sections.is_empty(),
                "{title}"
            );
        }
    }

    #[test]
    fn an_emphasised_label_closes_on_its_words() {
        assert_eq!(
            emphasised_label("*Financial.* The fees"),
            Some((1, "Financial"))
        );
        assert_eq!(emphasised_label("**Legal**: the Act"), Some((2, "Legal")));
        assert_eq!(
            emphasised_label("**11.** *Legal*: the Act"),
            Some((9, "Legal"))
        );
        assert_eq!(
            emphasised_label("**Legal implications**"),
            Some((2, "Legal implications"))
        );
        // Emphasis that opens a sentence, or no emphasis: no label.
        assert_eq!(emphasised_label("*Not* all traders agree."), None);
        assert_eq!(emphasised_label("Financial. The fees"), None);
        assert_eq!(emphasised_label("** Legal**: x"), None);
        assert_eq!(emphasised_label("*legal.* x"), None);
        assert_eq!(
            emphasised_label("**Legal** – the Act requires"),
            Some((2, "Legal"))
        );
        assert_eq!(
            emphasised_label("*Equalities* - no impact"),
            Some((1, "Equalities"))
        );
        assert_eq!(emphasised_label("**Cost**-effective options"), None);
        assert_eq!(emphasised_label("**Cost** -effective"), None);
        // Pandoc's markdown writes an en dash as `--`.
        assert_eq!(
            emphasised_label("**Equality and Diversity Implications** -- An assessment"),
            Some((2, "Equality and Diversity Implications"))
        );
        assert_eq!(emphasised_label("**Cost** --effective"), None);
        assert_eq!(dashed_label("Legal -- the Act requires"), Some("Legal"));
        assert_eq!(dashed_label("Legal --the Act requires"), None);
        // The bold opened before the paragraph number, which the
        // paragraph reader took out: only its close is in the text.
        assert_eq!(
            emphasised_label("Financial:** The costs"),
            Some((0, "Financial"))
        );
        assert_eq!(emphasised_label("Legal**: The Act"), Some((0, "Legal")));
        assert_eq!(
            emphasised_label("Equalities** – An assessment"),
            Some((0, "Equalities"))
        );
        assert_eq!(emphasised_label("The costs are met** here"), None);
    }
}
