//! An officer's initials-and-date stamp on a heading ("Financial Comments
//! (SES 03/03/2025)"): the heading's title is matched without it, and the
//! clearance readers read it as that section's sign-off.

/// Whether `s` is an officer's initials: two or three capital letters,
/// each perhaps followed by a dot ("SH", "J.S.", "RKB").
pub(crate) fn is_initials(s: &str) -> bool {
    let mut letters = 0;
    let mut after_letter = false;
    for c in s.chars() {
        match c {
            'A'..='Z' => {
                letters += 1;
                after_letter = true;
            }
            '.' if after_letter => after_letter = false,
            _ => return false,
        }
    }
    (2..=3).contains(&letters)
}

/// The most characters of the date in a heading's stamp bracket.
const MAX_STAMP_DATE: usize = 20;

/// Where the bracket that ends a heading opens, when it holds only an
/// officer's initials and a date, as some councils stamp each officer's
/// comments after the recommendations: "Financial Comments (SES
/// 03/03/2025)", "Constitutional Comments (CEH 19/02/2025)". Read from the
/// text alone (the heading is matched before dates are looked up): the
/// initials ([`is_initials`]), perhaps a comma, then a date's shape, a
/// figure first and last and only figures, letters, spaces and `/ . -`
/// between ("03/03/2025", "3 March 2025"). "(see Appendix 2)",
/// "(Revised)", "(AB)" and "(2025/26)" are none.
pub(crate) fn heading_stamp(title: &str) -> Option<usize> {
    let body = title.trim_end();
    let inner = body.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let inner = inner[open + 1..].trim();
    let (initials, date) = inner.split_once([' ', ','])?;
    let date = date.trim_start_matches([',', ' ']);
    let fits = is_initials(initials)
        && date.len() <= MAX_STAMP_DATE
        && date.starts_with(|c: char| c.is_ascii_digit())
        && date.ends_with(|c: char| c.is_ascii_digit())
        && date
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '/' | '.' | '-'));
    fits.then_some(open)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_are_two_or_three_capitals() {
        assert_eq!(
            heading_stamp("Financial Comments (SES 03/03/2025)"),
            Some(19)
        );
        assert_eq!(
            heading_stamp("Legal Comments (J.S., 3 March 2025) "),
            Some(15)
        );
        assert_eq!(heading_stamp("Financial Comments (see paragraph 21)"), None);
        assert_eq!(heading_stamp("Financial Comments (SES)"), None);
        assert_eq!(heading_stamp("Financial Comments (2025/26)"), None);
        assert_eq!(
            heading_stamp("Financial Comments (SES 03/03/2025) and more"),
            None
        );
        assert!(is_initials("SH"));
        assert!(is_initials("RKB"));
        assert!(is_initials("J.S."));
        assert!(is_initials("J.S"));
        assert!(!is_initials("S"));
        assert!(!is_initials("ABCD"));
        assert!(!is_initials("Sh"));
        assert!(!is_initials("S..H"));
        assert!(!is_initials("S1"));
        assert!(!is_initials(""));
    }
}
