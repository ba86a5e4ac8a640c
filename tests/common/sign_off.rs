//! Helpers shared by the sign-off tests (tests/sign_off.rs) and the tests
//! of the forms of clearance (tests/clearance_forms.rs): the clearances
//! found in a paper, a small paper to put a sign-off in, and its findings.

use paperlint::clearance::{self, Clearance};
use paperlint::config::Config;
use paperlint::source::SourceFile;
use paperlint::template::Resolved;

/// The clearances in `text`, as "role | officer | post | date | clearance".
pub fn clearances_of(text: &str) -> Vec<String> {
    let config = Config::builtin("council-report").unwrap();
    let set = config.rule_set(std::path::Path::new("paper.md")).unwrap();
    let doc = paperlint::parse::parse(text);
    let resolved = Resolved::new(&set.template, &doc, text);
    clearance::find(text, &doc, &set.template, &resolved)
        .iter()
        .map(|c| describe(text, c))
        .collect()
}

pub fn describe(text: &str, c: &Clearance) -> String {
    format!(
        "{} | {} | {} | {} | {}",
        c.role.as_deref().unwrap_or("?"),
        c.officer.as_ref().map_or("-", |o| o.text.as_str()),
        c.post.as_ref().map_or("-", |o| o.text.as_str()),
        c.date.map_or("-".to_string(), |d| d.value.iso()),
        c.span.of(text)
    )
}

/// A small paper with the given meeting-date line, financial and legal
/// implications, and anything after them.
pub fn paper(date_line: &str, finance: &str, legal: &str, after: &str) -> String {
    format!(
        "Meeting: Cabinet\n{date_line}\nReport title: Test paper\nReport of: Director of Place\n\
         Contact officer: Jo Bloggs, 01632 960000\nWards affected: All\n\n\
         ## 1. Purpose of report\n\n1.1 To test sign-offs.\n\n\
         ## 2. Recommendations\n\n2.1 Cabinet is asked to note the report.\n\n\
         ## 3. Financial implications\n\n{finance}\n\n\
         ## 4. Legal implications\n\n{legal}\n\n\
         ## 5. Equalities implications\n\n5.1 None.\n\n\
         ## 6. Background papers\n\n6.1 None.\n\n{after}"
    )
}

/// The sign-off findings on `text` as "rule [subject] message".
pub fn sign_off_findings(text: &str, meeting_date: Option<&str>) -> Vec<String> {
    sign_off_findings_in(
        text,
        meeting_date,
        &Config::builtin("council-report").unwrap(),
    )
}

pub fn sign_off_findings_in(
    text: &str,
    meeting_date: Option<&str>,
    config: &Config,
) -> Vec<String> {
    let src = SourceFile::from_bytes("paper.md", text.as_bytes().to_vec()).unwrap();
    let meeting = meeting_date.map(|d| paperlint::calendar::parse_iso_date(d).unwrap());
    paperlint::check::check_text_with(&src, config, meeting)
        .unwrap()
        .iter()
        .filter(|d| {
            d.rule.starts_with("sign-off")
                || d.rule.starts_with("clearance")
                || d.rule == "meeting-date-unknown"
        })
        .map(|d| {
            format!(
                "{} [{}] {}",
                d.rule,
                d.subject.as_deref().unwrap_or("-"),
                d.message
            )
        })
        .collect()
}

pub const MEETING: &str = "Date of meeting: 12 March 2025";
pub const FINANCE_OK: &str =
    "3.1 Financial comments agreed by Gareth Pryor, Finance Business Partner, on 25 February 2025.";
pub const LEGAL_OK: &str =
    "4.1 Legal comments provided by Sunita Rai, Senior Solicitor, on 24 February 2025.";
