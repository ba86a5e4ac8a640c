//! An officer's initials-and-date stamp on a heading ("Financial Comments
//! (SES 03/03/2025)"): the heading's title is matched without it, and the
//! clearance readers read it as that section's sign-off. And the code
//! stamp some councils close each officer's comments with, on a line of
//! its own ("[JB/03032027/P]": initials, the date as eight figures, the
//! team).

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

/// An officer's stamp closing a heading, read by [`heading_stamp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct HeadingStamp<'a> {
    /// Where the bracket opens, in the title.
    pub(crate) open: usize,
    /// The officer's initials, as the title gives them.
    pub(crate) initials: &'a str,
}

/// The stamp in the bracket that ends a heading, when the bracket holds
/// only an officer's initials and a date, as some councils stamp each
/// officer's comments: "Financial Comments (SES 03/03/2025)",
/// "Constitutional Comments (CEH 19/02/2025)". The bracket may be square,
/// and each part may carry its label, as a form's stamp does: "FINANCIAL
/// IMPLICATIONS [Officer Initials: HRB  Date: 19/03/27]". Read from the
/// text alone (the heading is matched before dates are looked up): perhaps
/// a label of up to three words and a colon, the initials
/// ([`is_initials`]), perhaps a comma, perhaps "Date:", then a date's
/// shape, a figure first and last and only figures, letters, spaces and
/// `/ . -` between ("03/03/2025", "3 March 2025"). "(see Appendix 2)",
/// "(Revised)", "(AB)", "(2025/26)" and "[Officer: see paragraph 4]" are
/// none.
pub(crate) fn heading_stamp(title: &str) -> Option<HeadingStamp<'_>> {
    let body = title.trim_end();
    let (inner, opener) = match body.strip_suffix(')') {
        Some(inner) => (inner, '('),
        None => (body.strip_suffix(']')?, '['),
    };
    let open = inner.rfind(opener)?;
    let inner = inner[open + 1..].trim();
    // "Officer Initials: HRB": a label of a few words before the initials.
    let inner = match inner.split_once(':') {
        Some((label, rest))
            if (1..=3).contains(&label.split_whitespace().count())
                && label
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '\'') =>
        {
            rest.trim_start()
        }
        _ => inner,
    };
    let (initials, date) = inner.split_once([' ', ','])?;
    let date = date.trim_start_matches([',', ' ']);
    let date = match date.split_once(':') {
        Some((label, rest)) if label.trim().eq_ignore_ascii_case("date") => rest.trim_start(),
        _ => date,
    };
    let fits = is_initials(initials)
        && date.len() <= MAX_STAMP_DATE
        && date.starts_with(|c: char| c.is_ascii_digit())
        && date.ends_with(|c: char| c.is_ascii_digit())
        && date
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '/' | '.' | '-'));
    fits.then_some(HeadingStamp { open, initials })
}

/// The most characters of the team code closing a code stamp ("P", "LEG").
const MAX_STAMP_TEAM: usize = 4;

/// An officer's code stamp, read by [`code_stamp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CodeStamp {
    /// The byte range of the initials in the text read.
    pub(crate) initials: (usize, usize),
    /// The byte range of the date's eight figures.
    pub(crate) date: (usize, usize),
    /// The date: day, month, year.
    pub(crate) day: u8,
    pub(crate) month: u8,
    pub(crate) year: i32,
}

/// The code stamp that `s` is, and nothing else: an officer's initials
/// ([`is_initials`]), a slash, the date as eight figures, day, month and
/// year ("03032027"), then perhaps a slash and a short team code of
/// letters or figures: "JB/03032027/P", "SZ/04032027/L". The whole may
/// stand in square or round brackets ("[JB/03032027/P]"). A day or month
/// that cannot be (32, 13) makes it none, as do other words ("JB/03032027
/// agreed") or a bare number ("12345678").
pub(crate) fn code_stamp(s: &str) -> Option<CodeStamp> {
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    let (t, lead) = match t
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .or_else(|| t.strip_prefix('(').and_then(|r| r.strip_suffix(')')))
    {
        Some(inner) => (inner, lead + 1),
        None => (t, lead),
    };
    let mut parts = t.split('/');
    let initials = parts.next()?;
    let date = parts.next()?;
    let team = parts.next();
    if parts.next().is_some() || !is_initials(initials) {
        return None;
    }
    if let Some(team) = team {
        if team.is_empty()
            || team.len() > MAX_STAMP_TEAM
            || !team.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return None;
        }
    }
    if date.len() != 8 {
        return None;
    }
    let (day, month, year) = stamp_date(date)?;
    let at = lead + initials.len() + 1;
    Some(CodeStamp {
        initials: (lead, lead + initials.len()),
        date: (at, at + 8),
        day,
        month,
        year,
    })
}

/// The day, month and year of a code stamp's date: eight figures, day,
/// month and year ("03032027"), a day and month that can be.
fn stamp_date(d: &str) -> Option<(u8, u8, i32)> {
    if d.len() != 8 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day: u8 = d[..2].parse().ok()?;
    let month: u8 = d[2..4].parse().ok()?;
    let year: i32 = d[4..].parse().ok()?;
    ((1..=31).contains(&day) && (1..=12).contains(&month) && (1900..=2199).contains(&year))
        .then_some((day, month, year))
}

/// Whether `s` opens with a code stamp's date (see [`code_stamp`]) and no
/// further figure: "03032027/P]", what follows "JB/" in a stamp.
pub(crate) fn opens_with_stamp_date(s: &str) -> bool {
    s.get(..8).is_some_and(|d| stamp_date(d).is_some())
        && !s.as_bytes().get(8).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_stamp_is_initials_a_date_in_eight_figures_and_a_team() {
        let s = code_stamp("\\[JB/03032027/P\\]");
        assert_eq!(s, None, "escapes are the caller's to remove");
        let s = code_stamp("[JB/03032027/P]").unwrap();
        assert_eq!((s.day, s.month, s.year), (3, 3, 2027));
        assert_eq!(s.initials, (1, 3));
        assert_eq!(s.date, (4, 12));
        let s = code_stamp("  SZ/04032027  ").unwrap();
        assert_eq!((s.day, s.month, s.year, s.initials), (4, 3, 2027, (2, 4)));
        assert!(code_stamp("(A.B./31122026/LEG)").is_some());
        // Near misses: no initials, a date that cannot be, more words, a
        // long team, more parts, a bare number.
        for s in [
            "[Jb/03032027/P]",
            "[JB/32032027/P]",
            "[JB/03132027/P]",
            "[JB/0303202/P]",
            "[JB/03032027/PLACE]",
            "[JB/03032027/P/Q]",
            "JB/03032027 agreed",
            "12345678",
            "[HRA/2025/26]",
            "[JB/03032027/]",
        ] {
            assert_eq!(code_stamp(s), None, "{s}");
        }
        assert!(opens_with_stamp_date("03032027/P]"));
        assert!(!opens_with_stamp_date("030320271"));
        assert!(!opens_with_stamp_date("99999999"));
    }

    #[test]
    fn a_labelled_stamp_in_square_brackets_closes_a_heading() {
        let stamp = |t| heading_stamp(t).map(|s| (s.open, s.initials));
        assert_eq!(
            stamp("FINANCIAL IMPLICATIONS [Officer Initials: HRB     Date: 19/03/27]"),
            Some((23, "HRB"))
        );
        assert_eq!(
            stamp("LEGAL IMPLICATIONS [Initials: NJD, Date: 24/02/27]"),
            Some((19, "NJD"))
        );
        // A label over no initials, a note, a long label: no stamp.
        for t in [
            "FINANCIAL IMPLICATIONS [Date: 19/03/27]",
            "FINANCIAL IMPLICATIONS [Officer: see paragraph 4]",
            "FINANCIAL IMPLICATIONS [Name of the finance officer: HRB 19/03/27]",
            "FINANCIAL IMPLICATIONS [Officer Initials: HRB  Date: to follow]",
        ] {
            assert_eq!(stamp(t), None, "{t}");
        }
    }

    #[test]
    fn initials_are_two_or_three_capitals() {
        let open = |t| heading_stamp(t).map(|s| (s.open, s.initials));
        assert_eq!(
            open("Financial Comments (SES 03/03/2025)"),
            Some((19, "SES"))
        );
        assert_eq!(
            open("Legal Comments (J.S., 3 March 2025) "),
            Some((15, "J.S."))
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
