//! Calendar arithmetic: dates as ISO 8601 text, working days, the last day
//! a paper can be published.

use time::Date;

/// Text that is not a date in the form `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    /// The text, as given.
    pub(crate) text: String,
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "`{}` is not a date in the form YYYY-MM-DD", self.text)
    }
}

impl std::error::Error for DateError {}

/// `2005-02-03` as a date.
pub fn parse_iso_date(s: &str) -> Result<Date, DateError> {
    let bad = || DateError {
        text: s.to_string(),
    };
    let mut parts = s.trim().splitn(3, '-');
    let mut next = |len: usize| -> Result<u32, DateError> {
        let p = parts.next().ok_or_else(bad)?;
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let (y, m, d) = (next(4)?, next(2)?, next(2)?);
    let month = time::Month::try_from(m as u8).map_err(|_| bad())?;
    Date::from_calendar_date(y as i32, month, d as u8).map_err(|_| bad())
}

/// "3 February 2005".
pub(crate) fn format_date(d: Date) -> String {
    format!("{} {} {}", d.day(), d.month(), d.year())
}

/// Whether `d` is a working day: not a weekend, not a listed bank holiday.
pub(crate) fn is_working_day(d: Date, bank_holidays: &[Date]) -> bool {
    !matches!(d.weekday(), time::Weekday::Saturday | time::Weekday::Sunday)
        && bank_holidays.binary_search(&d).is_err()
}

/// The last day a paper for a meeting on `meeting` can be published and
/// still leave `clear_days` clear working days: days that are neither the
/// day of publication nor the day of the meeting (Local Government Act
/// 1972 s100B).
pub(crate) fn publish_by(meeting: Date, clear_days: u32, bank_holidays: &[Date]) -> Option<Date> {
    let mut day = meeting;
    let mut counted = 0;
    while counted < clear_days {
        day = day.previous_day()?;
        if is_working_day(day, bank_holidays) {
            counted += 1;
        }
    }
    day.previous_day()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn publication_deadline_counts_clear_working_days() {
        // Thursday 3 February 2005: five clear days are 27, 28, 31 January,
        // 1 and 2 February; publish by Wednesday 26 January.
        assert_eq!(
            publish_by(date!(2005 - 02 - 03), 5, &[]),
            Some(date!(2005 - 01 - 26))
        );
        // Over Christmas 2024 and New Year 2025.
        let hols = [
            date!(2024 - 12 - 25),
            date!(2024 - 12 - 26),
            date!(2025 - 01 - 01),
        ];
        assert_eq!(
            publish_by(date!(2025 - 01 - 06), 5, &hols),
            Some(date!(2024 - 12 - 26))
        );
        assert!(!is_working_day(date!(2024 - 12 - 25), &hols));
        assert!(!is_working_day(date!(2024 - 12 - 28), &hols));
        assert!(is_working_day(date!(2024 - 12 - 27), &hols));
    }

    #[test]
    fn iso_dates() {
        assert_eq!(parse_iso_date("2005-02-03"), Ok(date!(2005 - 02 - 03)));
        assert!(parse_iso_date("2005-02-30").is_err());
        assert!(parse_iso_date("2005-2-3").is_err());
        assert!(parse_iso_date("3/2/2005").is_err());
        assert_eq!(
            parse_iso_date("2005-02-30").unwrap_err().to_string(),
            "`2005-02-30` is not a date in the form YYYY-MM-DD"
        );
    }
}
