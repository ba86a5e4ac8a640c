//! Helpers shared by the tests of the cross-reference rules (tests/xref.rs)
//! and of the numbering rules (tests/numbering.rs): a paper linted with the
//! four rules, and the papers both read.

use paperlint::config::Config;
use paperlint::source::SourceFile;

pub const RULES: [&str; 4] = [
    "unresolved-reference",
    "unreferenced-appendix",
    "numbering",
    "implications-table",
];

/// A finding of the four rules: line, rule, subject, message.
#[derive(Debug)]
pub struct Found {
    pub line: usize,
    pub rule: String,
    pub subject: String,
    pub message: String,
    pub text: String,
}

pub fn lint(paper: &str) -> Vec<Found> {
    let config = Config::builtin("council-report").unwrap();
    let src = SourceFile::from_bytes("paper.md", paper.as_bytes().to_vec()).unwrap();
    paperlint::check::check_text(&src, &config)
        .unwrap()
        .into_iter()
        .filter(|d| RULES.contains(&d.rule.as_str()))
        .map(|d| Found {
            line: src.line_col(d.span().start).0,
            rule: d.rule.clone(),
            subject: d.subject.clone().unwrap_or_default(),
            message: d.message.clone(),
            text: d.span().of(&src.text).to_string(),
        })
        .collect()
}

pub fn of<'a>(found: &'a [Found], rule: &str) -> Vec<&'a Found> {
    found.iter().filter(|f| f.rule == rule).collect()
}

/// Asserts the paper raises no finding from the four rules.
#[track_caller]
pub fn clean(paper: &str) {
    let found = lint(paper);
    assert!(found.is_empty(), "{found:#?}");
}

/// Asserts exactly one finding of `rule`, and returns it.
#[track_caller]
pub fn one(paper: &str, rule: &str) -> Found {
    let mut found = lint(paper);
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = found.remove(0);
    assert_eq!(f.rule, rule, "{f:#?}");
    f
}

/// A cover report numbered by headings and decimal paragraphs.
pub fn report(body: &str) -> String {
    format!(
        "## 1. Purpose of report

1.1 This report asks Cabinet to approve the plan.

1.2 The plan runs for five years.

## 2. Recommendations

2.1 Cabinet is recommended to approve the plan.

## 3. Background

3.1 The first plan ended in 2024.

3.2 A review found three problems.

3.3 The new plan addresses them.

{body}
"
    )
}

/// A cover report, then an action plan that numbers its paragraphs again
/// from 1.1 (Leicester 2001).
pub const ACTION_PLAN: &str = "1. Purpose of Report

- 1.1 The purpose of this report is to update the plan.
- 1.2 Members approved the plan.

2. Summary

- 2.1 The attached plan follows the themes.
- 2.2 The themes are numbered.
- 2.3 Progress is set out below.

REVIEW OF THE ACTION PLAN

1. CONSULTATION

- 1.1 Surveys of users are in place.
- 1.2 Carers are assessed.
- 1.3 Meetings have been held.

2. EQUALITY

- 2.1 The Community Plan was produced.

Also refer to 1.3
 2.3
";

pub const ANNEXES: &str = "## Executive summary

1. The charges are set out in Annex A and the standards in Annex B.

2. The sliding scale is described in paragraph 1.2 of Annex A, and response times in Annex B, paragraph 2.1.

3. The exemptions continue (paragraph 1 above).

## Annexes

- Annex A – Charging schedule
- Annex B – Service standards

# Annex A – Charging schedule

## 1. Introduction

1.1 This schedule sets out the charges.

1.2 Charges for larger schemes use a sliding scale.

## 2. Charges

2.1 Householders pay £120.

# Annex B – Service standards

## 1. Response times

1.1 Householder requests: 21 days.

## 2. Meetings

2.1 Follow-up meetings are charged at the rates in Annex A, paragraph 2.1.
";
