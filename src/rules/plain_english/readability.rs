//! # readability
//!
//! ## What it checks
//! How hard the sections a councillor must read are to read: for each
//! section the template names in `sections` (by default the purpose or
//! summary and the recommendations), the Flesch reading ease of its prose
//! (sub-sections included), reported at the section's heading when it is
//! below `min-reading-ease` and the section has at least `min-words`
//! words (a score on a few words means little). The Flesch–Kincaid grade
//! is given beside it.
//!
//! Reading ease is 206.835 − 1.015 × (words per sentence) − 84.6 ×
//! (syllables per word): 60 and above is plain English, 30 to 50 is
//! difficult (a university text), below 30 very difficult. The grade is
//! 0.39 × (words per sentence) + 11.8 × (syllables per word) − 15.59, a
//! US school grade (add 5 for a reading age). Prose is as
//! `paperlint explain sentence-length` describes; syllables are counted by
//! rule, with a list of exceptions, and a number counts as a word of one
//! syllable, an acronym of up to three letters as one syllable a letter.
//!
//! `paperlint check --format json` gives these figures for every paper,
//! whether or not this rule is on (see the README's JSON section).
//!
//! ## Why it matters
//! Councillors read many reports before each meeting and decide on the
//! summary and recommendations; residents read them too. A section that
//! scores as very difficult is one many of them will misread or skip.
//!
//! ## Configuration
//! - `sections` (default `["purpose", "recommendations"]`): template
//!   section ids to score.
//! - `min-reading-ease` (default 30): the lowest score allowed.
//! - `min-words` (default 60): sections with fewer words are not scored.
//!
//! ## Example
//! A summary of long sentences of long words is reported as "the Summary
//! section is very difficult to read: Flesch reading ease 12 (the pack
//! asks for 30 or more), grade 19".

use serde::Serialize;

use super::prose::Prose;
use crate::document::Span;
use crate::rules::{
    compile, template_section, Configure, Context, Finding, Kind, ParamError, Rule,
};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "readability",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("readability.rs"),
    compile: compile::<Readability>,
};

#[derive(serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    sections: Vec<String>,
    min_reading_ease: f64,
    min_words: u32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            sections: vec!["purpose".into(), "recommendations".into()],
            min_reading_ease: 30.0,
            min_words: 60,
        }
    }
}

struct Readability {
    sections: Vec<usize>,
    min_ease: f64,
    min_words: u32,
}

impl Configure for Readability {
    type Params = Params;

    fn configure(p: Params, template: &Template) -> Result<Self, ParamError> {
        let sections = p
            .sections
            .iter()
            .map(|id| template_section(template, "sections", id))
            .collect::<Result<Vec<_>, _>>()?;
        if !p.min_reading_ease.is_finite() {
            return Err(ParamError::at(
                "min-reading-ease",
                "`min-reading-ease` must be a number",
            ));
        }
        Ok(Readability {
            sections,
            min_ease: p.min_reading_ease,
            min_words: p.min_words,
        })
    }
}

/// A score below `bar` as the message shows it: whole, or with as many
/// decimals as it takes not to show it at the bar ("29.8", not "30 (the
/// pack asks for 30 or more)").
fn shown_below(score: f64, bar: f64) -> String {
    (0..3)
        .map(|decimals| format!("{score:.decimals$}"))
        .find(|shown| shown.parse::<f64>().is_ok_and(|s| s < bar))
        .unwrap_or_else(|| format!("{score:.3}"))
}

/// Readability figures for some prose.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub(crate) struct Figures {
    pub(crate) words: u32,
    pub(crate) sentences: u32,
    pub(crate) syllables: u32,
    /// Flesch reading ease, to one decimal place.
    pub(crate) reading_ease: f64,
    /// Flesch–Kincaid grade, to one decimal place.
    pub(crate) grade: f64,
}

impl Figures {
    /// The figures of the sentences of `prose` that lie in `span`, if
    /// they have at least `min_words` words: syllables, the costly count,
    /// are counted only for prose that will be scored.
    pub(crate) fn within(prose: &Prose, text: &str, span: Span, min_words: u32) -> Option<Figures> {
        let first = prose
            .sentences
            .partition_point(|s| s.span.start < span.start);
        let sentences = prose.sentences[first..]
            .iter()
            .take_while(|s| s.span.end <= span.end);
        let mut f = Figures::default();
        for s in sentences.clone() {
            f.words += s.words;
            f.sentences += 1;
        }
        if f.words < min_words {
            return None;
        }
        f.syllables = sentences.map(|s| prose.syllables(s, text)).sum();
        Some(f.score())
    }

    /// Fills in the scores from the counts.
    fn score(mut self) -> Figures {
        if self.words == 0 || self.sentences == 0 {
            return self;
        }
        let wps = f64::from(self.words) / f64::from(self.sentences);
        let spw = f64::from(self.syllables) / f64::from(self.words);
        let round = |x: f64| (x * 10.0).round() / 10.0;
        self.reading_ease = round(206.835 - 1.015 * wps - 84.6 * spw);
        self.grade = round(0.39 * wps + 11.8 * spw - 15.59);
        self
    }
}

/// The figures of one section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct SectionFigures {
    /// The section's title, as the paper gives it.
    pub(crate) section: String,
    /// 1-based line of its heading.
    pub(crate) line: usize,
    #[serde(flatten)]
    pub(crate) figures: Figures,
}

/// A paper's readability: the whole paper's prose, and each section's own
/// prose (the paragraphs directly under its heading), for the JSON output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct PaperFigures {
    pub(crate) paper: Figures,
    pub(crate) sections: Vec<SectionFigures>,
}

/// The readability figures of the paper `cx` sees.
pub(crate) fn paper_figures(cx: &Context<'_>) -> PaperFigures {
    let prose = cx.prose();
    let mut paper = Figures::default();
    let mut by_section = vec![Figures::default(); cx.doc.sections.len()];
    for s in &prose.sentences {
        let syllables = prose.syllables(s, cx.text);
        let add = |f: &mut Figures| {
            f.words += s.words;
            f.sentences += 1;
            f.syllables += syllables;
        };
        add(&mut paper);
        if let Some(id) = prose.paragraphs[s.paragraph].section {
            add(&mut by_section[id]);
        }
    }
    let sections = cx
        .doc
        .sections
        .iter()
        .zip(by_section)
        .filter(|(_, f)| f.words > 0)
        .map(|(s, f)| SectionFigures {
            section: s.title.clone(),
            line: cx
                .doc
                .line_starts
                .partition_point(|&l| l <= s.heading.start),
            figures: f.score(),
        })
        .collect();
    PaperFigures {
        paper: paper.score(),
        sections,
    }
}

/// How Flesch's scale names a score.
fn band(ease: f64) -> &'static str {
    if ease < 30.0 {
        "very difficult"
    } else if ease < 50.0 {
        "difficult"
    } else {
        "fairly difficult"
    }
}

impl Rule for Readability {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        let mut done: Vec<usize> = Vec::new();
        for &def in &self.sections {
            for &id in &cx.resolved.sections[def] {
                // A section nested in one already scored is part of it.
                let section = &cx.doc.sections[id];
                if done
                    .iter()
                    .any(|&d| cx.doc.sections[d].span.contains(section.span))
                {
                    continue;
                }
                done.push(id);
                let Some(f) = Figures::within(cx.prose(), cx.text, section.span, self.min_words)
                else {
                    continue;
                };
                if f.reading_ease >= self.min_ease {
                    continue;
                }
                out.push(
                    Finding::new(
                        section.title_span,
                        format!(
                            "the {} section is {} to read: Flesch reading ease {} (the pack asks for {:.0} or more), grade {:.0}",
                            section.title,
                            band(f.reading_ease),
                            shown_below(f.reading_ease, self.min_ease),
                            self.min_ease,
                            f.grade
                        ),
                    )
                    .subject(cx.template.sections[def].id.clone())
                    .label(format!(
                        "{} words in {} sentences, {:.1} syllables a word",
                        f.words,
                        f.sentences,
                        f64::from(f.syllables) / f64::from(f.words)
                    ))
                    .help("shorter sentences and everyday words raise the score: one idea per sentence, 'use' for 'utilise'"),
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_score_below_the_bar_is_never_shown_at_it() {
        assert_eq!(shown_below(25.6, 30.0), "26");
        assert_eq!(shown_below(29.8, 30.0), "29.8");
        assert_eq!(shown_below(29.96, 30.0), "29.96");
    }

    #[test]
    fn flesch_scores_follow_the_formulae() {
        // 100 words, 5 sentences, 150 syllables: 206.835 - 20.3 - 126.9.
        let f = Figures {
            words: 100,
            sentences: 5,
            syllables: 150,
            ..Figures::default()
        }
        .score();
        assert_eq!(f.reading_ease, 59.6);
        assert_eq!(f.grade, 9.9);
    }

    #[test]
    fn a_section_under_min_words_is_not_scored_and_one_at_it_is() {
        // 1.1 has 8 words in 2 sentences and 10 syllables ("council" and
        // "agreed" two each, the other words one).
        let text = "Meeting: Cabinet\n\n## 1. Summary\n\n1.1 The council agreed the plan. It costs less.\n";
        let doc = crate::parse::parse(text);
        let prose = Prose::new(text, &doc);
        let span = doc.sections[0].span;
        assert_eq!(Figures::within(&prose, text, span, 9), None);
        let f = Figures::within(&prose, text, span, 8).expect("8 words");
        assert_eq!((f.words, f.sentences, f.syllables), (8, 2, 10));
        assert_eq!(f, f.score());
    }

    #[test]
    fn a_hard_summary_is_reported_and_a_plain_one_is_not() {
        let hard = "The implementation of the recommendations necessitates comprehensive consideration of organisational interdependencies, notwithstanding the considerable administrative complexities associated with multidisciplinary collaboration across departmental boundaries and statutory responsibilities. ";
        let text = format!(
            "Meeting: Cabinet\n\n## 1. Summary\n\n1.1 {}\n\n## 2. Background\n\n2.1 Text.\n",
            hard.repeat(3)
        );
        let found = crate::rules::findings_of("readability", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .message
                .starts_with("the Summary section is very difficult to read"),
            "{}",
            found[0].message
        );
        let plain = "We will mend the roads this year. The work costs less than last year. It starts in May and ends in June. ";
        let text = format!(
            "Meeting: Cabinet\n\n## 1. Summary\n\n1.1 {}\n",
            plain.repeat(5)
        );
        assert!(crate::rules::findings_of("readability", &text).is_empty());
    }
}
