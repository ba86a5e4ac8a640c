//! # passive-recommendation
//!
//! ## What it checks
//! A recommendation that does not say who is to decide or act: a sentence
//! in the recommendations section (the template's `section`) that opens
//! impersonally ("it is recommended that …", from the pack's
//! `impersonal` list) or asks only for something vague to happen
//! ("consideration be given to …", from `vague`), and names no one from
//! the pack's `deciders` list ("Cabinet", "the Council", "the Director") —
//! neither in the sentence itself nor in the lead-in it completes ("Cabinet
//! is asked to:" before a list of recommendations). Words are matched
//! whole, ignoring case.
//!
//! ## Why it matters
//! A councillor votes on the recommendations, and the minutes record them
//! as decisions. "It is recommended that consideration be given to a new
//! charging policy" commits no one to anything: the decision should say who
//! decides and what ("That Cabinet approves the charging policy at
//! Appendix A").
//!
//! ## Configuration
//! - `section` (default `"recommendations"`): the template section whose
//!   sentences are read.
//! - `impersonal`, `vague`, `deciders` (lists of words and phrases): the
//!   pack's wording, which a council may replace.
//!
//! ## Example
//! ```text
//! ## 2. Recommendations
//! 2.1 It is recommended that consideration be given to extending the scheme.
//! ```
//! is reported as "this recommendation does not say who is to decide or
//! act".

use super::prose::{findable, PhraseFinder, Word};
use crate::document::Span;
use crate::rules::{
    compile, template_section, Configure, Context, Finding, Kind, ParamError, Rule,
};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "passive-recommendation",
    default_severity: crate::diagnostic::Severity::Warning,
    source: include_str!("passive_recommendation.rs"),
    compile: compile::<PassiveRecommendation>,
};

#[derive(serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    section: String,
    impersonal: Vec<String>,
    vague: Vec<String>,
    deciders: Vec<String>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            section: "recommendations".into(),
            impersonal: Vec::new(),
            vague: Vec::new(),
            deciders: Vec::new(),
        }
    }
}

struct PassiveRecommendation {
    section: usize,
    /// Impersonal and vague phrasings (patterns `0..deciders_from`), then
    /// deciders.
    finder: Option<PhraseFinder>,
    deciders_from: usize,
}

impl Configure for PassiveRecommendation {
    type Params = Params;

    fn configure(p: Params, template: &Template) -> Result<Self, ParamError> {
        let section = template_section(template, "section", &p.section)?;
        let mut patterns: Vec<String> = Vec::new();
        for (key, list) in [
            ("impersonal", &p.impersonal),
            ("vague", &p.vague),
            ("deciders", &p.deciders),
        ] {
            for w in list {
                let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
                if w.is_empty() {
                    return Err(ParamError::at(key, format!("`{key}` has an empty entry")));
                }
                if !findable(&w) {
                    return Err(ParamError::at(
                        key,
                        format!("'{w}' in `{key}` has no letter or digit to find"),
                    ));
                }
                patterns.push(w);
            }
        }
        let deciders_from = p.impersonal.len() + p.vague.len();
        let finder =
            (deciders_from > 0).then(|| PhraseFinder::new(&patterns, char::is_alphanumeric));
        Ok(PassiveRecommendation {
            section,
            finder,
            deciders_from,
        })
    }
}

/// What a sentence says: whether it has an impersonal or vague phrasing
/// (the first, if so) and whether it names a decider.
fn read(
    finder: &PhraseFinder,
    deciders_from: usize,
    text: &str,
    sentence: Span,
    words: &[Word],
) -> (Option<Span>, bool) {
    let mut phrasing = None;
    let mut decider = false;
    finder.find(text, sentence, words, |i, span| {
        if i >= deciders_from {
            decider = true;
        } else {
            phrasing.get_or_insert(span);
        }
    });
    (phrasing, decider)
}

impl Rule for PassiveRecommendation {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        let Some(finder) = &self.finder else {
            return Vec::new();
        };
        let prose = cx.prose();
        let mut out = Vec::new();
        for &id in &cx.resolved.sections[self.section] {
            let span = cx.doc.sections[id].span;
            // Whether the last lead-in ("Cabinet is asked to:") names a decider.
            let mut lead_decider = false;
            let first = prose
                .paragraphs
                .partition_point(|p| p.span.start < span.start);
            for p in prose.paragraphs[first..]
                .iter()
                .take_while(|p| p.span.end <= span.end)
            {
                for s in &prose.sentences[p.sentences.clone()] {
                    let body = s.span.of(cx.text);
                    let (phrasing, decider) = read(
                        finder,
                        self.deciders_from,
                        cx.text,
                        s.span,
                        prose.words_in(s),
                    );
                    if body.trim_end().ends_with(':') {
                        lead_decider = decider;
                    }
                    let Some(found) = phrasing else { continue };
                    if decider || lead_decider {
                        continue;
                    }
                    let found = found
                        .of(cx.text)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    out.push(
                        Finding::new(
                            s.span,
                            format!(
                                "this recommendation does not say who is to decide or act ('{found}'); name the decision-maker and the decision, as in 'That Cabinet approves …'"
                            ),
                        )
                        .subject(cx.template.sections[self.section].id.clone())
                        .label("who decides?")
                        .help("councillors vote on recommendations and the minutes record them as decisions: say who does what"),
                    );
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    #[test]
    fn impersonal_recommendations_fire_unless_someone_decides() {
        let head = "Meeting: Cabinet\n\n## 1. Summary\n\n1.1 It is recommended that consideration be given to it.\n\n## 2. Recommendations\n\n";
        let text = format!(
            "{head}2.1 It is recommended that consideration be given to extending the scheme.\n"
        );
        let found = findings_of("passive-recommendation", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].span().of(&text).starts_with("It is recommended"));
        let text = format!("{head}2.1 It is recommended that Cabinet approves the scheme.\n");
        assert!(findings_of("passive-recommendation", &text).is_empty());
        let text = format!("{head}2.1 The Cabinet is asked to:\n\n(a) give consideration to the scheme; and\n\n(b) note that it is recommended that the scheme be considered.\n");
        assert!(findings_of("passive-recommendation", &text).is_empty());
        // A body that is no council names who decides too.
        let text = format!("{head}2.1 It is recommended that the Combined Authority:\n\n(a) approves the scheme.\n");
        assert!(findings_of("passive-recommendation", &text).is_empty());
    }
}
