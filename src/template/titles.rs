//! How titles and keys are read: normalised for comparison, and a
//! heading's readings (a combined heading stands for each heading it
//! combines).

/// Lower case, markup and bracketed tails gone, `&` as "and", single spaces.
pub(crate) fn normalise(s: &str) -> String {
    if s.is_ascii() {
        return normalise_ascii(s).unwrap_or_else(|| normalise_general(s));
    }
    // Text with no tags, entities, escapes or brackets (most labels and
    // headings): only emphasis marks, case, white space and the trimmed
    // ends change, so one pass gives what the general reading does.
    if s.contains(['<', '&', '\\', '(', ')']) {
        return normalise_general(s);
    }
    normalise_one_pass(s)
}

/// Whether [`normalise`] may give `s` one of `targets`: `false` only where
/// it certainly gives none, told without building it. In text with no
/// tags, entities, escapes or brackets, the first byte that is not white
/// space, `*` or trimmed punctuation is the first of the result, in lower
/// case if ASCII.
pub(crate) fn may_normalise_to<'t>(s: &str, mut targets: impl Iterator<Item = &'t str>) -> bool {
    match opening(s) {
        Opening::Unknown => true,
        Opening::Byte(b) => targets.any(|t| t.as_bytes().first() == Some(&b)),
        Opening::Empty => targets.any(str::is_empty),
    }
}

/// What [`normalise`] of a text opens with, as far as it can be told
/// without building it (see [`may_normalise_to`]).
enum Opening {
    /// Markup, an entity, an escape or a bracket, or a first letter
    /// beyond ASCII: anything.
    Unknown,
    /// This ASCII byte, in lower case.
    Byte(u8),
    /// Nothing: the text normalises to "".
    Empty,
}

fn opening(s: &str) -> Opening {
    let bytes = s.as_bytes();
    if memchr::memchr3(b'<', b'&', b'\\', bytes).is_some()
        || memchr::memchr2(b'(', b')', bytes).is_some()
    {
        return Opening::Unknown;
    }
    let first = bytes.iter().find(|&&b| {
        !matches!(
            b,
            b'*' | b'\t'..=b'\r' | b' ' | b':' | b'.' | b';' | b',' | b'?' | b'-'
        )
    });
    match first {
        Some(b) if b.is_ascii() => Opening::Byte(b.to_ascii_lowercase()),
        Some(_) => Opening::Unknown,
        None => Opening::Empty,
    }
}

/// The first bytes of some targets (normalised labels), gathered once, so
/// that [`Initials::may_normalise_to`] tells a text that cannot normalise
/// to one of them by one lookup instead of a pass over the targets: a
/// field's labels are tested against every line of a paper.
#[derive(Debug, Clone)]
pub(crate) struct Initials {
    /// Whether some target opens with this ASCII byte.
    ascii: [bool; 128],
    /// Whether some target is empty.
    empty: bool,
}

impl Initials {
    pub(crate) fn of<'t>(targets: impl IntoIterator<Item = &'t str>) -> Self {
        let mut initials = Initials {
            ascii: [false; 128],
            empty: false,
        };
        for t in targets {
            match t.as_bytes().first() {
                Some(&b) if b.is_ascii() => initials.ascii[usize::from(b)] = true,
                Some(_) => {}
                None => initials.empty = true,
            }
        }
        initials
    }

    /// [`may_normalise_to`] for the targets these are the initials of.
    pub(crate) fn may_normalise_to(&self, s: &str) -> bool {
        match opening(s) {
            Opening::Unknown => true,
            Opening::Byte(b) => self.ascii[usize::from(b)],
            Opening::Empty => self.empty,
        }
    }
}

/// [`normalise`] of text with no tags, entities, escapes or brackets.
fn normalise_one_pass(s: &str) -> String {
    let mut text = String::with_capacity(s.len());
    let mut pending_space = false;
    for ch in s.chars() {
        if ch == '*' || crate::parse::inline::is_invisible(ch) {
            continue;
        }
        if ch.is_whitespace() {
            pending_space = !text.is_empty();
            continue;
        }
        if std::mem::take(&mut pending_space) {
            text.push(' ');
        }
        if ch.is_ascii() {
            text.push(ch.to_ascii_lowercase());
        } else {
            for c in ch.to_lowercase() {
                text.push(if matches!(c, '’' | '‘') { '\'' } else { c });
            }
        }
    }
    let trimmed = text
        .trim_matches(|c: char| matches!(c, ':' | '.' | ';' | ',' | '?' | '-' | '–' | '—' | ' '));
    if trimmed.len() == text.len() {
        text
    } else {
        trimmed.to_string()
    }
}

/// [`normalise`] of ASCII text with no tags, entities, escapes or brackets
/// (`None` for text with any), byte by byte: the one-pass reading without
/// decoding characters.
fn normalise_ascii(s: &str) -> Option<String> {
    let mut text = Vec::with_capacity(s.len());
    let mut pending_space = false;
    for &b in s.as_bytes() {
        match b {
            b'<' | b'&' | b'\\' | b'(' | b')' => return None,
            b'*' => {}
            // `char::is_whitespace` in ASCII: tab to carriage return, space.
            b'\t'..=b'\r' | b' ' => pending_space = !text.is_empty(),
            _ => {
                if std::mem::take(&mut pending_space) {
                    text.push(b' ');
                }
                text.push(b.to_ascii_lowercase());
            }
        }
    }
    let trim = |b: &u8| matches!(b, b':' | b'.' | b';' | b',' | b'?' | b'-' | b' ');
    let end = text.iter().rposition(|b| !trim(b)).map_or(0, |e| e + 1);
    text.truncate(end);
    let start = text.iter().position(|b| !trim(b)).unwrap_or(0);
    text.drain(..start);
    // Lower-cased ASCII is ASCII.
    Some(String::from_utf8(text).expect("ASCII"))
}

/// [`normalise`] of any text: markup, entities, brackets and all.
fn normalise_general(s: &str) -> String {
    /// Where a character goes: dropped inside a bracketed tail ("(to
    /// include human rights)", opened after a space), white space folded.
    struct Out {
        text: String,
        depth: usize,
        prev_space: bool,
        pending_space: bool,
    }
    impl Out {
        fn push(&mut self, ch: char) {
            let was_space = std::mem::replace(&mut self.prev_space, ch.is_whitespace());
            match ch {
                '(' if was_space || self.depth > 0 => self.depth += 1,
                ')' if self.depth > 0 => self.depth -= 1,
                _ if self.depth > 0 => {}
                _ if ch.is_whitespace() => self.pending_space = !self.text.is_empty(),
                _ => {
                    if std::mem::take(&mut self.pending_space) {
                        self.text.push(' ');
                    }
                    self.text.push(if matches!(ch, '’' | '‘') {
                        '\''
                    } else {
                        ch
                    });
                }
            }
        }
    }
    let flat = crate::parse::inline::plain(s);
    let mut out = Out {
        text: String::with_capacity(flat.len()),
        depth: 0,
        prev_space: true,
        pending_space: false,
    };
    for ch in flat.chars() {
        if ch.is_ascii() {
            match ch {
                '&' => " and ".chars().for_each(|c| out.push(c)),
                _ => out.push(ch.to_ascii_lowercase()),
            }
        } else {
            ch.to_lowercase().for_each(|c| out.push(c));
        }
    }
    let text = out.text;
    let trimmed = text
        .trim_matches(|c: char| matches!(c, ':' | '.' | ';' | ',' | '?' | '-' | '–' | '—' | ' '));
    if trimmed.len() == text.len() {
        text
    } else {
        trimmed.to_string()
    }
}

/// The readings of a heading: itself, the part before a dash or colon, and
/// each heading a combined title stands for. A question reads as what it
/// asks about ("What are the financial implications?"), and a bracket that
/// includes another heading stands for it too ("Legal (including
/// equalities)").
pub(crate) fn title_candidates(title: &str) -> Vec<String> {
    let full = normalise(title);
    let mut out = vec![full.clone()];
    // (Pandoc's markdown writes an en dash as `--`.)
    for sep in [" - ", " -- ", " – ", " — ", ": "] {
        if let Some((head, _)) = full.split_once(sep) {
            out.push(head.trim().to_string());
        }
    }
    for question in ["what are the ", "what is the ", "what are ", "what is "] {
        if let Some(rest) = full.strip_prefix(question) {
            out.push(rest.to_string());
            break;
        }
    }
    if let Some(summarised) = summarised_heading(&full) {
        out.push(summarised.to_string());
    }
    if let Some(included) = included_heading(title) {
        out.push(included);
    }
    // A heading stamped with the initials and date of the officer who
    // cleared it reads as the heading without the stamp: "Financial
    // Comments (SES 03/03/2025)".
    if let Some(stamp) = super::heading_stamp(title) {
        out.push(normalise(&title[..stamp.open]));
    }
    let bases = out.clone();
    for base in bases {
        let pieces: Vec<&str> = base
            .split(" and ")
            .flat_map(|p| p.split('/'))
            .flat_map(|p| p.split(", "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        if pieces.len() < 2 {
            continue;
        }
        // "financial and legal implications": the last piece's tail
        // ("implications") belongs to every piece; of "equalities and
        // Welsh language implications", its last word does.
        let last = pieces[pieces.len() - 1];
        let tail = last.split_once(' ').map(|(_, t)| t).unwrap_or("");
        let last_word = last.rsplit_once(' ').map(|(_, w)| w).unwrap_or("");
        for piece in &pieces {
            out.push(piece.to_string());
            for t in [tail, last_word] {
                if !t.is_empty() && !piece.ends_with(t) {
                    out.push(format!("{piece} {t}"));
                }
            }
        }
    }
    out.dedup();
    out
}

/// The heading a "Summary of …" heading summarises, when it names
/// implications, an impact or an assessment: "summary of financial
/// implications" (BCP's bold headings) gives "financial implications",
/// "summary of risk assessment" gives "risk assessment". Any other summary
/// ("summary of report", "summary of the proposals") is read whole.
pub(crate) fn summarised_heading(normalised: &str) -> Option<&str> {
    let rest = normalised.strip_prefix("summary of ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let last = rest.rsplit(' ').next()?;
    (rest.contains(' ')
        && matches!(
            last,
            "implications" | "implication" | "impact" | "impacts" | "assessment"
        ))
    .then_some(rest)
}

/// The part of a normalised title after its last spaced dash, when there
/// is one: "section 100 d - local government act 1972 - background
/// documents" gives "background documents".
pub(crate) fn title_tail(normalised: &str) -> Option<&str> {
    let at = [" - ", " -- ", " – ", " — "]
        .iter()
        .filter_map(|d| normalised.rfind(d).map(|at| at + d.len()))
        .max()?;
    let tail = normalised[at..].trim();
    (!tail.is_empty()).then_some(tail)
}

/// The heading a bracket includes: "Legal (Including Equalities)" →
/// "equalities"; "(to include human rights)" → "human rights".
pub(crate) fn included_heading(title: &str) -> Option<String> {
    let open = title.find('(')?;
    let inner = &title[open + 1..];
    let inner = &inner[..inner.find(')')?];
    let lower = inner.trim().to_lowercase();
    ["including ", "to include ", "incl. ", "incl "]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .map(normalise)
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The first, plainer `normalise`: the new one must agree with it.
    fn normalise_reference(s: &str) -> String {
        let flat = crate::parse::inline::plain(s)
            .to_lowercase()
            .replace('&', " and ");
        // Drop a bracketed tail after a space: "(to include human rights)".
        let mut out = String::with_capacity(flat.len());
        let mut depth = 0usize;
        let mut prev_space = true;
        for ch in flat.chars() {
            match ch {
                '(' if prev_space || depth > 0 => depth += 1,
                ')' if depth > 0 => depth -= 1,
                _ if depth > 0 => {}
                _ => out.push(ch),
            }
            prev_space = ch.is_whitespace();
        }
        let out = out.replace(['’', '‘'], "'");
        let words: Vec<&str> = out.split_whitespace().collect();
        words
            .join(" ")
            .trim_matches(|c: char| {
                matches!(c, ':' | '.' | ';' | ',' | '?' | '-' | '–' | '—' | ' ')
            })
            .to_string()
    }

    proptest! {
        #[test]
        fn normalise_agrees_with_the_reference(s in "[ a-zA-Z&()’‘:.,;\\-–—*<>İẞ\t\n]{0,40}") {
            prop_assert_eq!(normalise(&s), normalise_reference(&s));
        }

        /// Text without tags, entities, escapes or brackets takes the one-pass
        /// path; it reads as the general one.
        #[test]
        fn normalise_without_markup(s in "[ a-zA-Z0-9:.,;?!'*’‘–—İẞé\\-\t\n\r\x0b\x0c\x01\u{a0}\u{2003}]{0,40}") {
            prop_assert_eq!(normalise(&s), normalise_general(&s));
            prop_assert_eq!(normalise(&s), normalise_reference(&s));
        }

        /// A text told not to normalise to one of some targets does not.
        #[test]
        fn may_normalise_to_is_false_only_when_it_does_not(
            s in "[ a-zA-Z0-9&()<>\\\\:.,;?!'*’‘–—İẞé\\-\t\n\r\x0b\x0c\u{a0}]{0,12}",
            targets in proptest::collection::vec("[a-zA-Zé ]{0,3}", 0..4),
        ) {
            let got = normalise(&s);
            if !may_normalise_to(&s, targets.iter().map(String::as_str)) {
                prop_assert!(!targets.contains(&got));
            }
        }

        /// The initials gathered once say what the targets say.
        #[test]
        fn initials_say_what_the_targets_say(
            s in "[ a-zA-Z0-9&()<>\\\\:.,;?!'*’‘–—İẞé\\-\t\n\r\x0b\x0c\u{a0}]{0,12}",
            targets in proptest::collection::vec("[a-zA-Zé ]{0,3}", 0..4),
        ) {
            let initials = Initials::of(targets.iter().map(String::as_str));
            prop_assert_eq!(
                initials.may_normalise_to(&s),
                may_normalise_to(&s, targets.iter().map(String::as_str))
            );
        }

        /// ASCII text without markup takes the byte path; it reads as the
        /// one-pass reading of characters.
        #[test]
        fn normalise_ascii_reads_as_the_one_pass(s in "[ -~\t\n\r\x0b\x0c\x01]{0,40}") {
            let expected = (!s.contains(['<', '&', '\\', '(', ')'])).then(|| normalise_one_pass(&s));
            prop_assert_eq!(normalise_ascii(&s), expected);
        }
    }

    #[test]
    fn a_summary_of_implications_reads_as_the_implications() {
        assert_eq!(
            summarised_heading("summary of financial implications"),
            Some("financial implications")
        );
        assert_eq!(
            summarised_heading("summary of the legal implications"),
            Some("legal implications")
        );
        assert_eq!(
            summarised_heading("summary of risk assessment"),
            Some("risk assessment")
        );
        assert!(title_candidates("**Summary of legal implications**")
            .contains(&"legal implications".to_string()));
        // Other summaries are read whole.
        assert_eq!(summarised_heading("summary of report"), None);
        assert_eq!(summarised_heading("summary of the proposals"), None);
        assert_eq!(summarised_heading("summary of implications"), None);
        assert_eq!(summarised_heading("financial implications"), None);
    }

    #[test]
    fn normalising_titles() {
        assert_eq!(normalise("**LEGAL IMPLICATIONS**"), "legal implications");
        assert_eq!(
            normalise("Legal Implications (to include human rights)"),
            "legal implications"
        );
        assert_eq!(normalise("RECOMMENDATION(S)"), "recommendation(s)");
        assert_eq!(
            normalise("Report Author/Officer to contact:"),
            "report author/officer to contact"
        );
    }

    #[test]
    fn combined_headings_stand_for_each_part() {
        let c = title_candidates("Financial and legal Implications");
        assert!(c.contains(&"financial implications".to_string()), "{c:?}");
        assert!(c.contains(&"legal implications".to_string()), "{c:?}");
        let c = title_candidates("Supporting Information/ Background Documents");
        assert!(c.contains(&"background documents".to_string()), "{c:?}");
        let c = title_candidates("Background Papers – Local Government Act 1972");
        assert!(c.contains(&"background papers".to_string()), "{c:?}");
        let c = title_candidates("What are the financial implications?");
        assert!(c.contains(&"financial implications".to_string()), "{c:?}");
        let c = title_candidates("Legal (Including Equalities)");
        assert!(c.contains(&"equalities".to_string()), "{c:?}");
        let c = title_candidates("EQUALITIES AND WELSH LANGUAGE IMPLICATIONS");
        assert!(c.contains(&"equalities implications".to_string()), "{c:?}");
        assert_eq!(
            title_tail("section 100 d - local government act 1972 - background documents"),
            Some("background documents")
        );
        assert_eq!(title_tail("background papers"), None);
        // Pandoc's markdown writes an en dash as `--`.
        let c = title_candidates("Background Papers -- Local Government Act 1972");
        assert!(c.contains(&"background papers".to_string()), "{c:?}");
        assert_eq!(
            title_tail("section 100d -- background documents"),
            Some("background documents")
        );
        let c = title_candidates("Financial/Resource Implications");
        assert!(c.contains(&"financial implications".to_string()), "{c:?}");
        assert!(c.contains(&"resource implications".to_string()), "{c:?}");
    }
}
