//! # meeting-date-unknown
//!
//! ## What it checks
//! Says once per paper, as information, that the paper gives no meeting
//! date (or that the one its header gives is no real date): no header
//! date field, no dated forward timetable, and no
//! `--meeting-date` on the command line. Where the paper has a dated
//! clearance, it points at the first one, whose date could not be judged;
//! else, if the template requires a meeting date, at the start of the
//! paper. It is not an error: `sign-off-missing`
//! and `sign-off-undated` still apply; `clearance-after-meeting`,
//! `clearance-stale` and `clearance-late` cannot.
//!
//! ## Why it matters
//! Without this note, a paper with no meeting date would pass the date
//! checks silently, and its author might think they had been made.
//!
//! ## Configuration
//! No parameters. Turn it off with `severity = "off"`.
//!
//! ## Example
//! A paper with no "Date of meeting" whose legal comments are dated
//! "21 January 2025" gets "the paper gives no meeting date, so the dates
//! of its clearances cannot be checked"; one with no dated clearance gets
//! "the paper gives no meeting date, so nothing can be checked against it".
//! One whose header gives "Date: 31st February 2025" gets "the meeting date
//! given, 31st February 2025, is not a real date, so nothing can be checked
//! against it", pointing at that date (`invalid-date` says why it is none).

use crate::rules::{compile, Configure, Context, Finding, Kind, NoParams, ParamError, Rule};
use crate::template::Template;

pub(crate) static KIND: Kind = Kind {
    name: "meeting-date-unknown",
    default_severity: crate::diagnostic::Severity::Info,
    source: include_str!("meeting_date_unknown.rs"),
    compile: compile::<MeetingDateUnknown>,
};

struct MeetingDateUnknown;

impl Configure for MeetingDateUnknown {
    type Params = NoParams;

    fn configure(_: NoParams, _: &Template) -> Result<Self, ParamError> {
        Ok(MeetingDateUnknown)
    }
}

impl Rule for MeetingDateUnknown {
    fn check(&self, cx: &Context<'_>) -> Vec<Finding> {
        if cx.meeting_date().is_some() {
            return Vec::new();
        }
        let first = cx
            .sign_offs()
            .iter()
            .filter_map(|s| s.latest().map(|(c, _, _)| c.clone()))
            .min_by_key(|c| c.span.start);
        let help = "add the date of the meeting to the header (Date of meeting: ...), or run paperlint check --meeting-date YYYY-MM-DD";
        // A date is given but is no real date (invalid-date says why):
        // say that, not that there is none.
        let unreal = crate::clearance::unreal_meeting_date(cx.paper()).map(|d| {
            let written = crate::parse::inline::plain(d.span.of(cx.text));
            (d.span, written)
        });
        let no_date = |rest: &str| match &unreal {
            Some((_, written)) => {
                format!("the meeting date given, {written}, is not a real date, so {rest}")
            }
            None => format!("the paper gives no meeting date, so {rest}"),
        };
        let help = match unreal {
            Some(_) => "correct the meeting date in the header, or run paperlint check --meeting-date YYYY-MM-DD",
            None => help,
        };
        let Some(c) = first else {
            // Nothing dated to judge: say so at the top of the paper, if
            // the template expects a meeting date at all.
            let expected =
                cx.template.fields.iter().any(|f| {
                    f.required && f.timetable == Some(crate::template::TimetableRole::Date)
                });
            if !expected {
                return Vec::new();
            }
            if let Some((span, _)) = unreal {
                return vec![
                    Finding::new(span, no_date("nothing can be checked against it"))
                        .subject("date")
                        .label("not a real date")
                        .help(help),
                ];
            }
            let start = cx.text.len() - cx.text.trim_start().len();
            let line_end = cx.text[start..]
                .find('\n')
                .map_or(cx.text.len(), |n| start + n);
            let span = crate::document::Span::new(start, line_end.max(start));
            return vec![
                Finding::new(span, no_date("nothing can be checked against it"))
                    .subject("date")
                    .label("no meeting date found")
                    .help(help),
            ];
        };
        let span = c.date.map_or(c.span, |d| d.span);
        vec![Finding::new(
            span,
            no_date("the dates of its clearances cannot be checked"),
        )
        .subject("date")
        .label("not judged")
        .help(help)]
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::findings_of;

    const PAPER: &str = "\
Meeting: Cabinet
Date: DATE
Report of: Director of Finance

# Budget monitoring

## Recommendations

1.1 That Cabinet notes the report.
";

    #[test]
    fn a_meeting_date_that_is_no_real_date_is_named_not_called_missing() {
        let text = PAPER.replace("DATE", "31st February 2025");
        let found = findings_of("meeting-date-unknown", &text);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            found[0].message,
            "the meeting date given, 31st February 2025, is not a real date, so nothing can be \
             checked against it"
        );
        assert_eq!(found[0].span().of(&text), "31st February 2025");
    }

    #[test]
    fn a_paper_with_no_meeting_date_is_told_so() {
        let text = PAPER.replace("Date: DATE\n", "");
        let found = findings_of("meeting-date-unknown", &text);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            found[0].message,
            "the paper gives no meeting date, so nothing can be checked against it"
        );
        // A real date: nothing to say.
        let text = PAPER.replace("DATE", "28 February 2025");
        assert!(findings_of("meeting-date-unknown", &text).is_empty());
    }
}
