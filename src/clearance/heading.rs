//! Clearances given by a heading that names an officer's post over their
//! advice.
//!
//! Some London reports give each statutory officer's advice under a
//! sub-heading that is the officer's post and nothing else, with a
//! reference or date beside it:
//!
//! ```text
//! SUPPLEMENTARY ADVICE FROM OTHER OFFICERS
//!
//! Director of Law and Governance (LG26/031)
//!
//! 15.
//!
//! The dynamic purchasing system has been set up under regulation 34 …
//! ```
//!
//! The template reads such a section as the one needing the sign-off the
//! post gives ([`crate::template::Resolved`]'s `post_headings`), or, for a
//! post the pack does not list ("Assistant Chief Executive – Governance
//! and Assurance") under one of the pack's `advice-headings`, the sign-off
//! its advice talks about; the heading
//! is that officer's clearance, dated where the heading carries a date,
//! unless a clearance stands in the advice itself ("Legal comments
//! provided by NAME, POST, on DATE").

use super::*;

/// Adds to `found` (in document order) the clearance of each post heading
/// over advice that holds no clearance of its own sign-off.
pub(super) fn post_headings(
    doc: &Document,
    template: &Template,
    resolved: &Resolved,
    found: &mut Vec<Clearance>,
) {
    if resolved.post_headings.is_empty() {
        return;
    }
    for &(s, role) in &resolved.post_headings {
        let role = &template.clearance.roles[role].id;
        let section = &doc.sections[s];
        let own = found
            .iter()
            .any(|c| section.span.contains(c.span) && c.role.as_ref().map_or(true, |r| r == role));
        if own {
            continue;
        }
        found.push(Clearance {
            role: Some(role.clone()),
            officer: None,
            post: Some(TextItem {
                text: section.title.clone(),
                span: section.title_span,
            }),
            date: date_in(doc, section.heading),
            span: section.title_span,
            place: Place::Heading(s),
        });
    }
    found.sort_by_key(|c| (c.span.start, c.span.end));
}

/// Adds to `found` (in document order) the clearance of each section
/// needing a sign-off whose heading ends with an initials stamp
/// ([`heading_stamp`]): "Financial Comments (SES 03/03/2025)" is the
/// finance officer's clearance, the initials theirs, dated 3 March 2025.
/// Only where the section holds no clearance of that sign-off of its
/// own, the stamp's date is a date, and the initials stand nowhere in the
/// paper but before a date (an abbreviation is no one's initials).
pub(super) fn stamped_headings(
    text: &str,
    doc: &Document,
    template: &Template,
    resolved: &Resolved,
    found: &mut Vec<Clearance>,
) {
    let before = found.len();
    for (s, section) in doc.sections.iter().enumerate() {
        let Some(stamp) = heading_stamp(&section.title) else {
            continue;
        };
        let mut roles = resolved.section_ids[s]
            .iter()
            .filter_map(|&d| template.sections[d].sign_off.as_ref());
        let (Some(role), None) = (roles.next(), roles.next()) else {
            continue;
        };
        let own = found[..before]
            .iter()
            .any(|c| section.span.contains(c.span) && c.role.as_ref().map_or(true, |r| r == role));
        if own {
            continue;
        }
        // The bracket in the source: the title's last opening one.
        let raw = section.title_span.of(text);
        let (opener, closer) = match section.title[stamp.open..].chars().next() {
            Some('[') => ('[', ']'),
            _ => ('(', ')'),
        };
        let (Some(at), Some(close)) = (raw.rfind(opener), raw.rfind(closer)) else {
            continue;
        };
        let bracket = Span::new(
            section.title_span.start + at,
            section.title_span.start + close + 1,
        );
        let Some(date) = date_in(doc, bracket) else {
            continue;
        };
        let initials = stamp.initials;
        let Some(i) = raw[at..].find(initials) else {
            continue;
        };
        if initials.is_empty() || !only_stamps(text, doc, initials) {
            continue;
        }
        let start = bracket.start + i;
        found.push(Clearance {
            role: Some(role.clone()),
            officer: Some(TextItem {
                text: initials.to_string(),
                span: Span::new(start, start + initials.len()),
            }),
            post: None,
            date: Some(date),
            span: bracket,
            place: Place::Section(s),
        });
    }
    if found.len() > before {
        found.sort_by_key(|c| (c.span.start, c.span.end));
    }
}

#[cfg(test)]
mod tests {
    use crate::clearance::tests::{date_or_dash, sign_offs_shown};

    /// A paper whose implications point to the officers' advice given
    /// under `advice`.
    fn paper(advice: &str) -> String {
        format!(
            "Meeting: Cabinet\nDate: 17 March 2026\n\nRecommendations\n\n1.\n\nThat the Cabinet \
             awards the contract.\n\nFinancial implications\n\n2.\n\nThe cost will be met from \
             the repairs budget.\n\nLegal implications\n\n3.\n\nSee the advice of the Director \
             of Law and Governance below.\n\nSUPPLEMENTARY ADVICE FROM OTHER OFFICERS\n\n{advice}\
             \nBACKGROUND DOCUMENTS\n\nNone.\n"
        )
    }

    /// Each sign-off's clearances, as "role: who, date" ("-" undated).
    fn sign_offs_of(text: &str) -> Vec<String> {
        sign_offs_shown(text, "; ", |c| format!("{}, {}", c.who(), date_or_dash(c)))
    }

    /// A county council's paper that gives the officers' comments after the
    /// recommendations under headings `legal` and `finance`.
    fn stamped(legal: &str, finance: &str) -> String {
        format!(
            "Report to Highways Committee\n\n**27 February 2025**\n\n**Financial \
             Implications**\n\n21. The programme is funded from the capital programme.\n\n\
             **RECOMMENDATION/S**\n\n1) That Committee approves the programme.\n\n\
             **{legal}**\n\n22. The recommendations fall within the remit of the \
             Committee.\n\n**{finance}**\n\n23. The financial implications are set out in \
             paragraph 21.\n\n**Background Papers**\n\nNone.\n"
        )
    }

    #[test]
    fn an_initials_stamp_on_a_comments_heading_clears_its_sign_off() {
        let text = stamped(
            "Constitutional Comments (CEH 19/02/2025)",
            "Financial Comments (SES 03/03/2025)",
        );
        assert_eq!(
            sign_offs_of(&text),
            ["finance: SES, 2025-03-03", "legal: CEH, 2025-02-19"]
        );
    }

    #[test]
    fn a_labelled_stamp_in_square_brackets_on_an_implications_heading_clears_it() {
        // A metropolitan cabinet template, as pdftotext -layout gives it:
        // each implications heading carries the officer's initials and
        // the date in a labelled bracket.
        let text = "Date: 17th March 2027\n\nTo the Chair and Members of the\nCABINET\n\n\
                    RECOMMENDATIONS\n\n1.    Cabinet is asked to approve the policy.\n\n\
                    LEGAL IMPLICATIONS [Officer Initials: NJD     Date: 24/02/27]\n\n\
                    2.    The Council has the powers needed under the 1996 Act.\n\n\
                    FINANCIAL IMPLICATIONS [Officer Initials: HRB     Date: 19/03/27]\n\n\
                    3.    The grant is included in the capital programme.\n\n\
                    BACKGROUND PAPERS\n\n4.    None.\n";
        assert_eq!(
            sign_offs_of(text),
            ["finance: HRB, 2027-03-19", "legal: NJD, 2027-02-24"]
        );
    }

    #[test]
    fn a_bracket_on_a_comments_heading_that_is_no_stamp_clears_nothing() {
        // A note, initials alone, a year range: no stamp, and the heading
        // is no section the template knows (as before).
        for finance in [
            "Financial Comments (see paragraph 21)",
            "Financial Comments (SES)",
            "Financial Comments (2025/26)",
        ] {
            let text = stamped("Constitutional Comments (CEH 19/02/2025)", finance);
            assert_eq!(
                sign_offs_of(&text),
                ["finance: ", "legal: CEH, 2025-02-19"],
                "{finance}"
            );
        }
        // Initials that the paper uses as an abbreviation too are no one's.
        let text = stamped(
            "Constitutional Comments (CEH 19/02/2025)",
            "Financial Comments (SES 03/03/2025)",
        )
        .replace("funded from the", "funded from the SES and the");
        assert_eq!(sign_offs_of(&text), ["finance: ", "legal: CEH, 2025-02-19"]);
    }

    #[test]
    fn a_post_heading_over_advice_clears_its_sign_off() {
        let text = paper(
            "Director of Law and Governance (LG26/031)\n\n4.\n\nThe system has been set up \
             under regulation 34 of the Public Contracts Regulations 2015.\n\nStrategic \
             Director of Resources (FIN/26/018)\n\n5.\n\nThe Strategic Director of Resources \
             notes that the costs will be contained within the repairs budget.\n\n",
        );
        assert_eq!(
            sign_offs_of(&text),
            [
                "finance: Strategic Director of Resources (FIN/26/018), -",
                "legal: Director of Law and Governance (LG26/031), -",
            ]
        );
    }

    #[test]
    fn a_clearance_in_the_advice_is_the_one_that_counts() {
        let text = paper(
            "Head of Legal and Governance\n\n4.\n\nThe Council has power to enter into the \
             arrangements under section 1 of the Localism Act 2011.\n\nLegal comments \
             provided by Seun Reid, Principal Lawyer, on 24 February 2026.\n\n",
        );
        assert_eq!(
            sign_offs_of(&text),
            ["finance: ", "legal: Seun Reid, 2026-02-24"]
        );
    }

    #[test]
    fn a_post_heading_is_no_clearance_where_another_is() {
        // The legal implications carry their own clearance: the heading
        // over the advice adds no undated one.
        let text = paper(
            "Director of Law and Governance (LG26/031)\n\n4.\n\nThe system has been set up \
             under regulation 34 of the Public Contracts Regulations 2015.\n\n",
        )
        .replace(
            "See the advice of the Director of Law and Governance below.",
            "The Council has the power. Agreed by Imran Tolley, Solicitor, 3 March 2026.",
        );
        assert_eq!(
            sign_offs_of(&text),
            ["finance: ", "legal: Imran Tolley, 2026-03-03"]
        );
    }

    #[test]
    fn a_post_over_no_advice_clears_nothing() {
        // A contact's name and number; a column of a sign-off table; advice
        // on another sign-off's topic.
        for advice in [
            "Director of Law and Governance\n\nImran Tolley\n020 7525 0000\n\n",
            "Officer Title\n\nDirector of Law and Governance\n\nYes\n\nStrategic Director of \
             Resources\n\nYes\n\n",
            "Strategic Director of Resources\n\n4.\n\nThe Strategic Director of Resources \
             thanks the tenants' panel for its work on the specification.\n\n",
        ] {
            assert_eq!(
                sign_offs_of(&paper(advice)),
                ["finance: ", "legal: "],
                "{advice}"
            );
        }
    }
}
