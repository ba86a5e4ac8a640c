//! The date a paper's clearances are judged against.

use time::Date;

use super::*;

/// The date of the meeting a paper's clearances are judged against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MeetingDate {
    /// Its earliest and latest possible day (the same for a day).
    pub(crate) first: Date,
    pub(crate) last: Date,
    /// As written ("3RD FEBRUARY 2005").
    pub(crate) written: String,
    /// Where the paper gives it; `None` for `--meeting-date`.
    pub(crate) span: Option<Span>,
}

impl MeetingDate {
    /// "the meeting on 3RD FEBRUARY 2005".
    pub(crate) fn describe(&self) -> String {
        match self.span {
            Some(_) => format!("the meeting on {}", self.written),
            None => format!("the meeting on {} (--meeting-date)", self.written),
        }
    }
}

/// A date mention usable for judging: a year, a real day, its day range.
pub(super) fn usable(d: &DateMention) -> Option<(Date, Date)> {
    if !d.value.is_valid() {
        return None;
    }
    Some((d.value.first_day()?, d.value.last_day()?))
}

/// The meeting date: `--meeting-date`, else the header's date field (one
/// before the first paragraph of prose: a `Date:` under a signature at the
/// end is the signature's), else the meeting the header names (the forward
/// timetable, a committee over its date); the earliest where there are
/// several. (The rules
/// ask `rules::Context::meeting_date`, which keeps it.)
pub(crate) fn find_meeting_date(cx: Paper<'_>, given: Option<Date>) -> Option<MeetingDate> {
    if let Some(d) = given {
        return Some(MeetingDate {
            first: d,
            last: d,
            written: format_date(d),
            span: None,
        });
    }
    let pick = |dates: Vec<DateMention>| -> Option<MeetingDate> {
        dates
            .iter()
            .filter_map(|d| usable(d).map(|(f, l)| (d, f, l)))
            .min_by_key(|(d, f, _)| (*f, d.span.start))
            .map(|(d, first, last)| MeetingDate {
                first,
                last,
                written: crate::parse::inline::plain(d.span.of(cx.text)),
                span: Some(d.span),
            })
    };
    for dates in header_date_values(cx) {
        if let Some(m) = pick(dates) {
            return Some(m);
        }
    }
    pick(cx.doc.meetings.iter().filter_map(|m| m.date).collect())
}

/// The dates in each of the header's date fields, the fields in text order.
fn header_date_values(cx: Paper<'_>) -> impl Iterator<Item = Vec<DateMention>> + '_ {
    let mut date_fields: Vec<usize> = cx
        .template
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.timetable == Some(TimetableRole::Date))
        .flat_map(|(i, _)| cx.resolved.fields[i].iter().copied())
        .collect();
    date_fields.sort_by_key(|&i| cx.doc.fields[i].span.start);
    // The header ends where prose begins: a "Date:" line after that (under
    // a signature at the end) dates the signature, not the meeting.
    let body_start = cx
        .doc
        .paragraphs
        .iter()
        .find(|p| p.text.of(cx.text).split_whitespace().nth(30).is_some())
        .map_or(cx.text.len(), |p| p.span.start);
    date_fields.into_iter().filter_map(move |i| {
        let f = &cx.doc.fields[i];
        // A "Date:" line beside a clearance is the clearance's date.
        if f.span.start > body_start
            || cx
                .doc
                .section_at(f.span.start)
                .is_some_and(|s| owner_of(cx.template, cx.doc, cx.resolved, s).is_some())
        {
            return None;
        }
        Some(
            cx.doc
                .dates
                .iter()
                .copied()
                .filter(|d| f.value_span.contains(d.span))
                .collect(),
        )
    })
}

/// A meeting date the header gives that is no real date ("Date: 31st
/// February 2025"), when the paper has no meeting date to judge by: what
/// `meeting-date-unknown` names instead of saying there is none.
pub(crate) fn unreal_meeting_date(cx: Paper<'_>) -> Option<DateMention> {
    header_date_values(cx)
        .flatten()
        .find(|d| !d.value.is_valid())
}

/// A clearance date as written, with its preposition: "on 5th January
/// 2005", "in January 2005". Figures with no separator, as a code stamp
/// writes a date ("03032027"), are spelt out first: "on 3 March 2027
/// (03032027)".
pub(crate) fn on_date(date: &DateMention, text: &str) -> String {
    let mut written = crate::parse::inline::plain(date.span.of(text));
    if written.bytes().all(|b| b.is_ascii_digit()) {
        if let Some(day) = date.value.first_day() {
            written = format!("{} ({written})", crate::calendar::format_date(day));
        }
    }
    match date.value.precision() {
        crate::document::Precision::Day => format!("on {written}"),
        _ => format!("in {written}"),
    }
}
