//! Unit tests of the clearance finders.

use super::*;
use crate::parse::vocabulary::{Vocabulary, Words};

/// The built-in vocabulary's `not-names`.
fn not_names() -> &'static Words {
    &Vocabulary::builtin().not_names
}

fn is_name(s: &str) -> bool {
    super::is_name(s, not_names())
}

#[allow(clippy::type_complexity)]
fn split_who(who: &str) -> (Option<(usize, usize)>, Option<(usize, usize)>) {
    super::split_who(who, not_names())
}

fn label_prefix(s: &str) -> Option<(usize, usize)> {
    super::label_prefix(s, not_names())
}

#[test]
fn flat_text_folds_markup_and_space_and_keeps_offsets() {
    let text = "x **Agreed**  by\u{a0}Rufus <sup>G</sup>alloway | 3 Feb\tend";
    let flat = Flat::new(text, Span::new(2, text.len()));
    assert_eq!(flat.text, "Agreed by Rufus Galloway\t3 Feb\tend");
    // Every flat byte points back at the source byte it came from.
    for (i, c) in flat.text.char_indices() {
        let src = &text[flat.start[i]..flat.end[i]];
        match c {
            ' ' => assert!(src.starts_with(char::is_whitespace), "{i}: {src:?}"),
            '\t' => assert!(src == "|" || src == "\t", "{i}: {src:?}"),
            c => assert_eq!(src, c.to_string(), "{i}"),
        }
    }
    let g = flat.text.find("Galloway").unwrap();
    assert_eq!(flat.span(g, g + 8).of(text), "G</sup>alloway");
}

#[test]
fn a_tab_opening_a_wrapped_line_is_indent_not_a_cell_break() {
    // Word's hanging indent: the wrapped line opens with a tab.
    let text = "Checked by Ann Tull, Finance Manager\n\t(Place), 3 Feb 2025.\nx\ty";
    let flat = Flat::new(text, Span::new(0, text.len()));
    assert_eq!(
        flat.text,
        "Checked by Ann Tull, Finance Manager (Place), 3 Feb 2025. x\ty"
    );
    // The folded space points at the line break; no flat byte stands for
    // the indent.
    let at = flat.text.find(" (Place)").unwrap();
    assert_eq!(&text[flat.start[at]..flat.end[at]], "\n");
    // A tab after text on the line is still a cell break.
    assert!(flat.text.ends_with("x\ty"));
}

#[test]
fn a_council_s_post_words_are_not_names() {
    // "Strategic Lead" reads as a name until a council's vocabulary says
    // "lead" is a word of its posts.
    assert!(is_name("Strategic Lead"));
    let toml = "[vocabulary]\nextend-not-names = [\"Lead\"]\n";
    let text = format!("extends = [\"council-report\"]\n{toml}");
    let config = crate::config::Config::from_text("paperlint.toml".into(), &text, None).unwrap();
    let set = config.rule_set(std::path::Path::new("p.md")).unwrap();
    let words = &set.template.vocabulary.not_names;
    assert!(!super::is_name("Strategic Lead", words));
    assert!(super::is_name("Rufus Galloway", words));
}

#[test]
fn names_are_people_not_bodies() {
    assert!(is_name("Rufus Galloway"));
    assert!(is_name("Trish O'Hynn"));
    assert!(is_name("J. Smith"));
    assert!(is_name("JO CLEARY"));
    assert!(!is_name("Audit Committee"));
    assert!(!is_name("Head of Finance"));
    assert!(!is_name("Legal Services"));
    assert!(!is_name("Cabinet"));
    assert!(!is_name("Appendix A"));
    assert!(!is_name("the Head of Resources"));
    assert!(is_name("Dr. Jane van Dijk"));
    assert!(is_name("Mr John Smith"));
    assert!(is_name("Mr Smith"));
    assert!(!is_name("van Dijk Jane"));
    assert!(!is_name("Anne Marie Louise Jane Smith"));
    assert!(!is_name("Rufus Galloway 2005"));
}

#[test]
fn officer_and_post_are_split() {
    let who = "Maud Ferrier, Head of Finance, Social Care and Health. Tel. 252 8800";
    let (o, p) = split_who(who);
    let (o, p) = (o.unwrap(), p.unwrap());
    assert_eq!(&who[o.0..o.1], "Maud Ferrier");
    assert_eq!(&who[p.0..p.1], "Head of Finance, Social Care and Health");
    let who = "Rufus Galloway, Assistant Head of Legal Services - extension 7054";
    let p = split_who(who).1.unwrap();
    assert_eq!(&who[p.0..p.1], "Assistant Head of Legal Services");
    let who = "the Head of Resources & Performance Review";
    let (o, p) = split_who(who);
    assert!(o.is_none());
    assert_eq!(p, Some((0, who.len())));
}

#[test]
fn a_post_then_a_name_and_a_name_then_a_bracketed_post() {
    let who = "the Chief Finance Officer, Tomas Adeyemi";
    let (o, p) = split_who(who);
    assert_eq!(&who[o.unwrap().0..o.unwrap().1], "Tomas Adeyemi");
    assert_eq!(
        &who[p.unwrap().0..p.unwrap().1],
        "the Chief Finance Officer"
    );
    let who = "Jo Bloggs (Head of Finance)";
    let (o, p) = split_who(who);
    assert_eq!(&who[o.unwrap().0..o.unwrap().1], "Jo Bloggs");
    assert_eq!(&who[p.unwrap().0..p.unwrap().1], "Head of Finance");
}

#[test]
fn labels_and_plain_posts() {
    assert_eq!(label_prefix("Legal: Nadia Farouk"), Some((5, 7)));
    assert_eq!(label_prefix("Legal Officer:  Kemi Adeyemi"), Some((13, 16)));
    // A name, or a long phrase, before a colon is no label.
    assert_eq!(label_prefix("Jo Bloggs: the costs"), None);
    assert_eq!(label_prefix("The costs of the scheme are: £5m"), None);
    assert!(is_plain_post(
        "Head of Legal and Democratic Services (Monitoring Officer)"
    ));
    assert!(is_plain_post("the Chief Finance Officer"));
    assert!(!is_plain_post(
        "Chief Finance Officer, has said the costs may rise"
    ));
}

#[test]
fn a_date_alone_on_the_next_line() {
    let text =
        "Signed: Jo Bloggs, Head of Legal\n  (Monitoring Officer)   Date: 18 November 2024\n";
    let doc = crate::parse::parse(text);
    let end = text.find('\n').unwrap();
    let d = date_on_next_line(text, &doc, end, text.len()).unwrap();
    assert_eq!(d.span.of(text), "18 November 2024");
    // Not when the line says more.
    let text =
        "Signed: Jo Bloggs, Head of Legal\nThe Council met on 18 November 2024 to agree it.\n";
    let doc = crate::parse::parse(text);
    assert!(date_on_next_line(text, &doc, text.find('\n').unwrap(), text.len()).is_none());
}

#[test]
fn a_date_label_or_a_wrapped_list_after_an_undated_clearance() {
    // "Date cleared:" opening the next sentence or the next line.
    let legal = |after: &str| {
        found(&with_implications(&format!(
            "2.2 Legal officer: Jo Bloggs, Principal Lawyer (Regulatory).{after}\n"
        )))
    };
    let dated = ["legal | Jo Bloggs | Principal Lawyer (Regulatory) | 2025-10-06"];
    assert_eq!(legal(" Date cleared: 6 October 2025."), dated);
    assert_eq!(legal("\nDate cleared: 6 October 2025"), dated);
    assert_eq!(legal("\nDate signed off: 6 October 2025"), dated);
    // A date in a sentence that is no date label's is not its date.
    assert_eq!(
        legal(" The Council meets on 6 October 2025."),
        ["legal | Jo Bloggs | Principal Lawyer (Regulatory) | -"]
    );
    // A clearance line wrapped after a comma, or in its post's tail.
    let block = |lines: &str| {
        found(&with_implications(&format!(
            "## 3. Clearances\n\n{lines}\n"
        )))
    };
    assert_eq!(
        block("Legal: cleared by Jo Bloggs, Solicitor, Lydbrook Council,\n03.12.25"),
        ["legal | Jo Bloggs | Solicitor, Lydbrook Council | 2025-12-03"]
    );
    assert_eq!(
        block("Finance: cleared by Sam Smith, Head of Finance, Severnmouth\nCouncil, 02.12.25"),
        ["finance | Sam Smith | Head of Finance, Severnmouth Council | 2025-12-02"]
    );
    // A line that does not wrap the list: no date taken from the next.
    assert_eq!(
        block("Finance: cleared by Sam Smith, Head of Finance\n02.12.25"),
        ["finance | Sam Smith | Head of Finance | -"]
    );
    assert_eq!(
        block("Finance: cleared by Sam Smith, Head of Finance\nThe budget was set on 02.12.25"),
        ["finance | Sam Smith | Head of Finance | -"]
    );
}

#[test]
fn a_bracketed_date_after_the_clearance_s_full_stop() {
    // Croydon's "Comments approved by NAME, POST. (Date dd/mm/yyyy)", the
    // bracket on the same line or the next.
    let legal = |after: &str| {
        found(&with_implications(&format!(
            "2.2 Comments approved by Jo Bloggs, Head of Commercial Law, on behalf of the Monitoring Officer.{after}\n"
        )))
    };
    for after in [
        " (Date 19/03/2025)",
        "\n(Date 19/03/2025)",
        " (Date: 19/03/2025).",
    ] {
        let got = legal(after);
        assert_eq!(got.len(), 1, "{after:?}: {got:?}");
        assert!(got[0].ends_with("| 2025-03-19"), "{after:?}: {got:?}");
    }
    // A bracket that says more than the date is not the clearance's date.
    let got = legal(" (Date 19/03/2025 for the contract award)");
    assert!(got[0].ends_with("| -"), "{got:?}");
}

#[test]
fn a_month_another_verb_dates_is_not_the_clearance_s_date() {
    let finance = |tail: &str| {
        found(&with_implications(&format!(
            "2.2 The Treasurer, Fiona Larkspur, has been consulted on this report and confirms \
             that the funding is affordable within the capital programme {tail}.\n"
        )))
    };
    let got = finance("approved in February 2028");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].ends_with("| -"), "{got:?}");
    // A month after the clearance's own verb dates it.
    let got = found(&with_implications(
        "2.2 The Treasurer, Fiona Larkspur, was consulted in February 2028.\n",
    ));
    assert!(got[0].ends_with("| 2028-02"), "{got:?}");
}

#[test]
fn a_finance_director_named_with_a_bracketed_remit() {
    let got = found(&with_implications(
        "2.2 The Executive Director (Finance and Corporate Resources) has been consulted and is in agreement with the financial implications.\n",
    ));
    assert!(got.iter().any(|c| c.starts_with("finance |")), "{got:?}");
}

#[test]
fn a_stacked_sign_off_block_gives_its_post_and_date() {
    // "Approved by: NAME" / "On behalf of: POST" / "Date: DATE" under the
    // paragraphs of one implications section.
    let paper = |post: &str| {
        found(&format!(
            "Meeting: Cabinet\nDate: 26 March 2025\n\n9. IMPLICATIONS\n9.1 Financial\nThe cost is met from the budget.\nApproved by: Ann Tull\n{post}Date: 6 March 2025\n9.2 Legal\nThe Council has the power.\nApproved by: Jo Bloggs\nOn behalf of: Monitoring Officer\nDate: 7 March 2025\n"
        ))
    };
    assert_eq!(
        paper("On behalf of: Chief Financial Officer (Section 151 Officer)\n"),
        [
            "finance | Ann Tull | Chief Financial Officer (Section 151 Officer) | 2025-03-06",
            "legal | Jo Bloggs | Monitoring Officer | 2025-03-07",
        ]
    );
    assert_eq!(
        paper("Post: Head of Finance\n"),
        [
            "finance | Ann Tull | Head of Finance | 2025-03-06",
            "legal | Jo Bloggs | Monitoring Officer | 2025-03-07",
        ]
    );
    // The label without a colon, before a post the pack lists.
    assert_eq!(
        paper("on behalf of the Chief Financial Officer\n")[0],
        "finance | Ann Tull | Chief Financial Officer | 2025-03-06"
    );
    // A field that labels no post is not the officer's post.
    let read = paper("Ward: All\n");
    assert!(read[0].ends_with("| - | -"), "{read:?}");
}

#[test]
fn a_stacked_sign_off_block_after_the_last_section() {
    // "Approved by: NAME" / "on behalf of POST" / "Date: DATE" under a
    // heading of its own after the background papers: each block clears
    // its post's sign-off, dated.
    let paper = |blocks: &str| {
        found(&with_implications(&format!(
            "## 3. Background papers\n\nNone.\n\nStatutory Officer Approval\n\n{blocks}"
        )))
    };
    let approval = |name: &str, post: &str, date: &str| {
        format!("Approved by: {name}\n{post}\nDate: {date}\n\n")
    };
    let both = paper(&format!(
        "{}{}",
        approval(
            "Rachel Mensah",
            "on behalf of the Section 151 Officer of the host authority",
            "02/04/2025"
        ),
        approval(
            "Tom Weller",
            "on behalf of the Monitoring Officer of the host authority",
            "03/03/2025"
        ),
    ));
    assert_eq!(
        both,
        [
            "finance | Rachel Mensah | Section 151 Officer of the host authority | 2025-04-02",
            "legal | Tom Weller | Monitoring Officer of the host authority | 2025-03-03",
        ]
    );
    // "Signed:" over a line that is only the post.
    assert_eq!(
        paper(
            &approval("Rachel Mensah", "Chief Finance Officer", "2 March 2025")
                .replace("Approved by", "Signed")
        ),
        ["finance | Rachel Mensah | Chief Finance Officer | 2025-03-02"]
    );
    // With no date: a clearance, undated (not the next block's date).
    assert_eq!(
        paper(&format!(
            "Approved by: Rachel Mensah\non behalf of the Chief Finance Officer\n\n{}",
            approval(
                "Tom Weller",
                "on behalf of the Monitoring Officer",
                "3 March 2025"
            )
        )),
        [
            "finance | Rachel Mensah | Chief Finance Officer | -",
            "legal | Tom Weller | Monitoring Officer | 2025-03-03",
        ]
    );
    // Near misses: a post that gives no sign-off, a decision line, a name
    // with no post under it, a sentence under it.
    for blocks in [
        approval(
            "Rachel Mensah",
            "on behalf of the Chief Fire Officer",
            "2 March 2025",
        ),
        approval(
            "Cabinet",
            "on behalf of the Chief Finance Officer",
            "2 March 2025",
        ),
        "Approved by: Rachel Mensah\nDate: 2 March 2025\n".to_string(),
        approval(
            "Rachel Mensah",
            "The Chief Finance Officer notes that the budget is met.",
            "2 March 2025",
        ),
        // A verb label that is not the key alone ("Report approved by").
        approval(
            "Rachel Mensah",
            "on behalf of the Chief Finance Officer",
            "2 March 2025",
        )
        .replace("Approved by", "Budget approved at"),
    ] {
        assert_eq!(paper(&blocks), Vec::<String>::new(), "{blocks}");
    }
}

#[test]
fn a_block_heading_in_words_the_pack_s_headings_use() {
    let block = |heading: &str| {
        found(&with_implications(&format!(
            "## 3. {heading}\n\n**Finance**\nSam Smith, Senior Accountant\n2 March 2026\n\n**Legal**\nJo Bloggs, Solicitor\n3 March 2026\n"
        )))
    };
    let read = [
        "finance | Sam Smith | Senior Accountant | 2026-03-02",
        "legal | Jo Bloggs | Solicitor | 2026-03-03",
    ];
    // "clearance" and "report sign-off" are listed; "report clearance" is not.
    assert_eq!(block("Report clearance"), read);
    assert_eq!(block("Statutory officers sign-off"), read);
    // A listed heading after a word no heading uses is not one.
    assert!(block("Site clearance").is_empty());
    let set = crate::config::default_rule_set();
    let w = &set.template.clearance;
    assert!(w.is_heading("Report clearance"));
    assert!(!w.is_heading("Legal comments"));
    assert!(!w.is_heading("Clearance of the site"));
}

#[test]
fn a_sign_off_table_with_a_consulted_column() {
    let table = |marks: [&str; 2]| {
        found(&with_implications(&format!(
            "## 3. Statutory officer clearance\n\n| Statutory officer | Consulted | Name | Date |\n|---|---|---|---|\n| Treasurer (Section 151) | {} | Sam Smith | 30.01.26 |\n| Monitoring Officer | {} | Jo Bloggs | 02.02.26 |\n",
            marks[0], marks[1]
        )))
    };
    // (Read by its columns under the sign-off heading: the post column's
    // cell is the post.)
    let both = [
        "finance | Sam Smith | Treasurer (Section 151) | 2026-01-30",
        "legal | Jo Bloggs | Monitoring Officer | 2026-02-02",
    ];
    assert_eq!(table(["✓", "✓"]), both);
    assert_eq!(table(["Yes", "Yes"]), both);
    // Marked as not consulted: no clearance.
    assert_eq!(table(["✓", "No"]), both[..1]);
    assert_eq!(table(["✗", "✓"]), both[1..]);
    // A tick-box implications table's row is no signature, though its
    // next name reads as one.
    let text = with_implications(
        "## 3. Clearances\n\nLEGAL\t✓\tCOMMUNITY SAFETY\t\nFINANCIAL\t✓\tOTHER PARTNERS\t\n",
    );
    assert!(found(&text).is_empty());
}

#[test]
fn a_run_in_clearance_label_in_another_section_opens_a_block() {
    let paper = |label: &str| {
        found(&with_implications(&format!(
            "## 3. Governance\n\n3.1 The Cabinet Committee endorsed the proposal.\n{label}\nFinance: Sam Smith, Finance Business Partner, 14 January\n2026\nLegal: Jo Bloggs, Principal Solicitor (Highways), 5 February 2026\n\n## 4. Conclusions\n\n4.1 Legal: Ann Other, Solicitor, 6 February 2026.\n"
        )))
    };
    assert_eq!(
        paper("3.2 Statutory officer clearance:"),
        [
            "finance | Sam Smith | Finance Business Partner | 2026-01-14",
            "legal | Jo Bloggs | Principal Solicitor (Highways) | 2026-02-05",
        ]
    );
    // Without the label, or with one that names no clearance, the lines
    // are no clearance block.
    assert!(paper("3.2 The officers were:").is_empty());
}

#[test]
fn a_row_of_the_implications_tick_table_is_no_sign_off() {
    // A tick after a topic, then the next topic in capitals: which
    // implications there are, not an officer clearing them.
    let text = "**COMMITTEE:** CABINET\n\n**DATE:** 3 MARCH 2025\n\n**IMPLICATIONS:**\n\nLEGAL\t✓\tCOMMUNITY SAFETY\t\nFINANCIAL\t✓\tOTHER\t\n\n## 1. Legal implications\n\n1.1 The Council has the power.\n";
    assert!(found(text).is_empty(), "{:?}", found(text));
}

#[test]
fn sentences_do_not_end_at_abbreviations() {
    let s = "Health. Tel. 252 8800. Next one";
    assert_eq!(sentence_bounds(s, 8), (8, 21));
}

#[test]
fn a_date_whose_year_wrapped_belongs_to_the_line_it_starts_on() {
    // A field line ends at its line break; its date's year is on the next.
    let text = "Finance Officer consulted: Ann Tull, Accountant, 18 September\n2025.\n";
    let doc = crate::parse::parse(text);
    let line = Span::new(0, text.find('\n').unwrap());
    let d = date_in(&doc, line).unwrap();
    assert_eq!(d.span.of(text), "18 September\n2025");
    assert_eq!(d.value.year, Some(2025));
    // A date that starts after the line is not its date.
    let text = "Finance Officer consulted: Ann Tull, Accountant\n18 September 2025.\n";
    let doc = crate::parse::parse(text);
    assert!(date_in(&doc, Span::new(0, text.find('\n').unwrap())).is_none());
}

/// The clearances in `text`, as "role | officer | post | date".
fn found(text: &str) -> Vec<String> {
    let set = crate::config::default_rule_set();
    let doc = crate::parse::parse(text);
    let resolved = Resolved::new(&set.template, &doc, text);
    find(text, &doc, &set.template, &resolved)
        .iter()
        .map(|c| {
            format!(
                "{} | {} | {} | {}",
                c.role.as_deref().unwrap_or("?"),
                c.officer.as_ref().map_or("-", |o| o.text.as_str()),
                c.post.as_ref().map_or("-", |o| o.text.as_str()),
                c.date.map_or("-".to_string(), |d| d.value.iso()),
            )
        })
        .collect()
}

/// A paper with financial and legal implications and then `after`.
fn with_implications(after: &str) -> String {
    format!(
        "Meeting: Cabinet\nDate: 26 March 2025\n\n## 1. Financial implications\n\n1.1 The cost is £5,000.\n\n## 2. Legal implications\n\n2.1 The Council has the power.\n\n{after}"
    )
}

#[test]
fn a_sign_off_table_one_cell_per_line() {
    let text = with_implications(
        "Report Sign-Off\n\nSign-off\nOfficer Name\nDate Completed\nLegal & Governance\nImplications\nJo Bloggs, Senior Solicitor\n17/02/2025\nCommunications\nAnn Other\n14/02/2025\nFinance & Procurement\nSam Smith, Strategic Finance Manager\n18/02/2025\nExecutive Lead Member\nCllr Ann Other\n20/02/2025\n",
    );
    assert_eq!(
        found(&text),
        [
            "legal | Jo Bloggs | Senior Solicitor | 2025-02-17",
            "finance | Sam Smith | Strategic Finance Manager | 2025-02-18",
        ]
    );
}

#[test]
fn cell_lines_that_are_no_sign_off_table() {
    let set = crate::config::default_rule_set();
    let read = |lines: &str| {
        let doc = crate::parse::parse(lines);
        let unit = Unit {
            span: doc.paragraphs[0].text,
            lead: None,
            field: None,
            row: None,
        };
        cell_lines(lines, &doc, &set.template, &unit, Place::Line).len()
    };
    let table =
        "Legal\nJo Bloggs, Senior Solicitor\n17/02/2025\nFinance\nSam Smith, Finance Manager\n";
    assert_eq!(read(table), 2);
    // No officer line with its date line: not a table written cell by cell.
    let undated = "Legal\nJo Bloggs, Senior Solicitor\nFinance\nSam Smith, Finance Manager\n";
    assert_eq!(read(undated), 0);
    // Prose: lines too long for cells.
    let prose =
        "The finance and legal comments were checked\nby Jo Bloggs, Senior Solicitor\n17/02/2025\n";
    assert_eq!(read(prose), 0);
    // A date where a row label should be.
    let stray = "17/02/2025\nLegal\nJo Bloggs, Senior Solicitor\n17/02/2025\n";
    assert_eq!(read(stray), 0);
}

#[test]
fn a_sign_off_table_headed_over_its_row_labels() {
    let text = with_implications(
        "## 3. Comments checked by\n\n| Comments checked by | Name and post | Date |\n|---|---|---|\n| Finance | Sam Smith, Senior Accountant | 28 February 2025 |\n| Legal | Jo Bloggs, Solicitor | 10 February 2025 |\n",
    );
    assert_eq!(
        found(&text),
        [
            "finance | Sam Smith | Senior Accountant | 2025-02-28",
            "legal | Jo Bloggs | Solicitor | 2025-02-10",
        ]
    );
    let officer_name = with_implications(
        "| Sign-off | Officer Name | Date Completed |\n|---|---|---|\n| Legal | Jo Bloggs, Senior Solicitor | 17/02/2025 |\n| Finance | Sam Smith, Finance Manager | 18/02/2025 |\n",
    );
    assert_eq!(
        found(&officer_name),
        [
            "legal | Jo Bloggs | Senior Solicitor | 2025-02-17",
            "finance | Sam Smith | Finance Manager | 2025-02-18",
        ]
    );
    // The sign-off column holding the officers is read as before.
    let signers = with_implications(
        "| Implication | Cleared by | Date |\n|---|---|---|\n| Legal | Jo Bloggs, Senior Solicitor | 17/02/2025 |\n",
    );
    assert_eq!(
        found(&signers),
        ["legal | Jo Bloggs | Senior Solicitor | 2025-02-17"]
    );
}

#[test]
fn a_name_then_its_own_date_label_on_one_line() {
    // "Name of … consulted: NAME Date consulted: DATE": the second label
    // belongs to the date, not to the officer's name.
    let text = with_implications(
        "Name of finance officer consulted: Jo Bloggs Date consulted: 06/11/2025\n\nName of lawyer consulted: Ann Other Date: 07/11/2025\n",
    );
    let got = found(&text);
    assert!(
        got.iter()
            .any(|c| c.starts_with("finance | Jo Bloggs |") && c.ends_with("2025-11-06")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c.contains("| Ann Other |") && c.ends_with("2025-11-07")),
        "{got:?}"
    );
}

#[test]
fn a_bracket_naming_who_gave_a_dated_clearance_is_not_a_second_one() {
    let text = with_implications(
        "3. The Chief Finance Officer has been consulted on these implications and confirmed them on 15 May 2025 (Jo Bloggs, Deputy Chief Finance Officer).\n",
    );
    let got = found(&text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].ends_with("2025-05-15"), "{got:?}");
    // A bracket that is a clearance of its own still counts.
    let text = with_implications(
        "3. Legal comments are set out above (Ann Other, Senior Solicitor, 16 May 2025).\n",
    );
    let got = found(&text);
    assert!(got.iter().any(|c| c.contains("Ann Other")), "{got:?}");
    // After a clearance that names its officer, a second name in brackets
    // is a second sign-off (here an undated one).
    let text = with_implications(
        "3. The cost is met from reserves. (Ann Vale, Chief Finance Officer, 19 June 2003) (Jo Bloggs, Head of Resources)\n",
    );
    let got = found(&text);
    assert!(
        got.iter()
            .any(|c| c.contains("Jo Bloggs") && c.ends_with("| -")),
        "{got:?}"
    );
}

/// The meeting date the built-in pack finds in `text`, as an ISO date.
fn meeting_date_of(text: &str) -> Option<String> {
    let set = crate::config::default_rule_set();
    let doc = crate::parse::parse(text);
    let resolved = crate::template::Resolved::new(&set.template, &doc, text);
    let cx = crate::rules::Context::new(text, &doc, &set.template, &resolved, None, None);
    cx.meeting_date().map(|m| m.first.to_string())
}

#[test]
fn a_date_under_the_signature_at_the_end_is_not_the_meetings() {
    let body = "1. The council sets its licence fees each year so that they recover the cost of the licensing service and no more than that cost, as the law requires, and this report proposes the fees for next year.\n\n";
    let text = format!(
        "EASTMERE DISTRICT COUNCIL\nLICENSING COMMITTEE\n18 NOVEMBER 2025\n\nWards affected: All\n\n{body}Signed:\n\nAnn Other\nHead of Service\nDate: 5 November 2025\n"
    );
    assert_eq!(meeting_date_of(&text).as_deref(), Some("2025-11-18"));
    // With no meeting named at the top, the signature's date is not taken.
    let text =
        format!("Wards affected: All\n\n{body}Signed:\n\nAnn Other\nDate: 5 November 2025\n");
    assert_eq!(meeting_date_of(&text), None);
    // A date field in the header is the meeting's.
    let text = format!("Date: 18 November 2025\n\n{body}");
    assert_eq!(meeting_date_of(&text).as_deref(), Some("2025-11-18"));
}

#[test]
fn a_long_or_bilingual_label_that_ends_in_a_post() {
    let text = "Meeting: Cabinet\nDate: 26 March 2025\n\n## 1. Financial implications\n\n1.1 The cost is £5,000.\n\nSwyddog Adran 151 / Section 151 Officer: Rhys Pengelly, 24 Tachwedd 2025\n\n## 2. Legal implications\n\n2.1 The Council has the power.\nComments of the Clerk and Monitoring Officer: Ada Quennell, 3 February 2025\n";
    assert_eq!(
        found(text),
        [
            "finance | Rhys Pengelly | - | 2025-11-24",
            "legal | Ada Quennell | - | 2025-02-03",
        ]
    );
    // Prose that ends in a post before a colon is no label.
    let prose = "Meeting: Cabinet\n\n## 1. Legal implications\n\n1.1 The matter was reported to the Monitoring Officer: Ada Quennell, 3 February 2025\n";
    assert!(found(prose).is_empty(), "{:?}", found(prose));
}

#[test]
fn a_label_ends_in_a_post_on_one_of_its_sides() {
    let set = crate::config::default_rule_set();
    let w = &set.template.clearance;
    assert_eq!(
        post_label_prefix(
            w,
            "Swyddog Monitro / Monitoring Officer: Jo Bloggs",
            not_names()
        ),
        Some((36, 38))
    );
    assert!(post_label_prefix(
        w,
        "Comments of the Clerk and Monitoring Officer: Jo",
        not_names()
    )
    .is_some());
    // A post that does not end the label, or a name, is no such label.
    assert_eq!(
        post_label_prefix(w, "Monitoring Officer comments: Jo Bloggs", not_names()),
        None
    );
    assert_eq!(
        post_label_prefix(w, "Jo Bloggs: the costs", not_names()),
        None
    );
}

#[test]
fn a_sign_off_table_written_column_by_column() {
    let table = "## 3. Statutory Officer Comments\n\nOfficer\nChief Finance Officer\nMonitoring Officer\n\nName\nSam Smith\nJo Bloggs\n\nDate cleared\n12/11/2025\n13/11/2025\n";
    assert_eq!(
        found(&with_implications(table)),
        [
            "finance | Sam Smith | Chief Finance Officer | 2025-11-12",
            "legal | Jo Bloggs | Monitoring Officer | 2025-11-13",
        ]
    );
    // No column of names: the column of posts names no signer.
    let no_names = "## 3. Statutory Officer Comments\n\nOfficer\nChief Finance Officer\nMonitoring Officer\n\nDate cleared\n12/11/2025\n13/11/2025\n";
    assert!(found(&with_implications(no_names)).is_empty());
    // A date column that holds no dates: nothing is read, not two undated
    // sign-offs.
    let no_dates = "## 3. Statutory Officer Comments\n\nOfficer\nChief Finance Officer\nMonitoring Officer\n\nName\nSam Smith\nJo Bloggs\n\nDate cleared\nto follow\npending\n";
    assert!(found(&with_implications(no_dates)).is_empty());
}

#[test]
fn a_sign_off_table_written_one_cell_a_line() {
    let read = |cells: &str| {
        found(&with_implications(&format!(
            "## 3. Risk implications\n\n3.1 None.\n\n{cells}\n"
        )))
    };
    let both = [
        "finance | Sam Smith | Treasurer | 2026-02-05",
        "legal | Jo Bloggs | Monitoring Officer | 2026-02-06",
    ];
    // Posts, then names, then dates, blank lines between the cells.
    assert_eq!(
        read("Signed off by\nTreasurer\n\nMonitoring Officer\n\nSam Smith\n\nJo Bloggs\n\n5 February 2026\n\n6 February 2026\n\nPage 23"),
        both
    );
    // Column headings first, after a section number.
    assert_eq!(
        read("11.0\n\nSTATUTORY OFFICER CLEARANCE\nOfficer\n\nName\n\nDate\n\nTreasurer\n\nMonitoring Officer\n\nSam Smith\n\nJo Bloggs\n\n05/02/2026\n\n06/02/2026"),
        both
    );
    // Row by row.
    assert_eq!(
        read("Signed off by\nTreasurer\nSam Smith\n5 February 2026\nMonitoring Officer\nJo Bloggs\n6 February 2026"),
        both
    );
    // Row by row under "Report approvals", with Role / Name / Date
    // headings (a fire authority's report ends so).
    assert_eq!(
        read("REPORT APPROVALS\nRole\nName\nDate\nTreasurer\nSam Smith\n5 February 2026\nMonitoring Officer\nJo Bloggs\n6 February 2026\nChief Fire Officer\nAnn Other\n4 February 2026\n\nContact Officer:\nAnn Other"),
        both
    );
    // Two posts, one name: not a table read.
    assert!(read("Signed off by\nTreasurer\n\nMonitoring Officer\n\nSam Smith\n\n5 February 2026\n\n6 February 2026").is_empty());
    // No dates: nothing read rather than two undated sign-offs.
    assert!(read(
        "Signed off by\nTreasurer\n\nMonitoring Officer\n\nSam Smith\n\nJo Bloggs\n\nPage 23"
    )
    .is_empty());
    // Not under a sign-off heading.
    assert!(read("Officers\nTreasurer\n\nMonitoring Officer\n\nSam Smith\n\nJo Bloggs\n\n5 February 2026\n\n6 February 2026").is_empty());
}

#[test]
fn a_sign_off_table_flattened_row_by_row_under_its_header_row() {
    let read = |cells: &str| {
        found(&with_implications(&format!(
            "## 3. Risk implications\n\n3.1 None.\n\n{cells}\n"
        )))
    };
    // Under a heading that is no sign-off heading, the header naming the columns;
    // a post wrapped over two lines; an empty date cell dropped out of the
    // text (the next row's post follows the name); a page break, with its
    // running footer and page number, inside the table.
    let table = "## 4. Statutory officer consultation\nOfficer\nName\nDate\nTreasurer to the Joint Committee (Section 151\nOfficer, Westbury District Council)\nAnita Sorensen\n\nJoint Waste Committee – 20 March 2025\n\nPage 4 of 5\n\u{c}Monitoring Officer to the Joint Committee\n(Westbury District Council)\nGareth Lloyd-Hughes\n07/03/2025\n## 5. Appendices\nNone.\n\nJoint Waste Committee – 20 March 2025\n\nPage 5 of 5\n";
    assert_eq!(
        read(table),
        [
            "finance | Anita Sorensen | Treasurer to the Joint Committee (Section 151 Officer, Westbury District Council) | -",
            "legal | Gareth Lloyd-Hughes | Monitoring Officer to the Joint Committee (Westbury District Council) | 2025-03-07",
        ]
    );
    // The name column first; both rows dated.
    assert_eq!(
        read("## 4. Consultation\nName\nRole\nDate cleared\nAnita Sorensen\nTreasurer\n05/03/2025\nGareth Lloyd-Hughes\nMonitoring Officer\n07/03/2025\n"),
        [
            "finance | Anita Sorensen | Treasurer | 2025-03-05",
            "legal | Gareth Lloyd-Hughes | Monitoring Officer | 2025-03-07",
        ]
    );
    // Only Officer and Name columns: no date column, nothing read.
    assert!(read("## 4. Consultation\nOfficer\nName\nTreasurer\nAnita Sorensen\nMonitoring Officer\nGareth Lloyd-Hughes\n").is_empty());
    // No row dated: a form still to fill in, nothing read.
    assert!(read("## 4. Consultation\nOfficer\nName\nDate\nTreasurer\nAnita Sorensen\nMonitoring Officer\nGareth Lloyd-Hughes\n").is_empty());
    // A header whose cells are no column headings: not such a table.
    assert!(read(
        "4. Consultation\nOfficers\nConsulted\nOn\nTreasurer\nAnita Sorensen\n05/03/2025\n"
    )
    .is_empty());
}

#[test]
fn a_comments_column_in_a_clearance_block_is_a_sign_off_column() {
    let table = "| Officer | Comments |\n|---|---|\n| Section 151 Officer | I am satisfied that the budget is robust. Jasmine Ruddock, Chief Finance Officer (Section 151 Officer), 21 January 2026 |\n| Monitoring Officer | No further comments. Nadia Corbishley, Head of Legal and Democratic Services (Monitoring Officer), 22 January 2026 |\n";
    let read = |heading: &str| {
        found(&with_implications(&format!(
            "## 3. Risk\n\n3.1 None.\n\n**{heading}**\n\n{table}\n**Appendices**\n\nNone.\n"
        )))
    };
    // Under the pack's "Statutory officer comments" heading, the column
    // headed "Comments" (one of the pack's verbs) says who cleared each row.
    let got = read("Statutory officer comments");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[0].starts_with("finance | ")
            && got[0].contains("Jasmine Ruddock")
            && got[0].ends_with("2026-01-21"),
        "{got:?}"
    );
    assert!(
        got[1].starts_with("legal | ")
            && got[1].contains("Nadia Corbishley")
            && got[1].ends_with("2026-01-22"),
        "{got:?}"
    );
    // The same table under a heading that is no clearance block's: a
    // table of comments, not of sign-offs. The finance comment, its
    // signature inside a longer cell, clears nothing (the legal one is a
    // signature sentence of its own, read as before).
    let got = read("Consultation responses");
    assert!(!got.iter().any(|c| c.starts_with("finance")), "{got:?}");
}

#[test]
fn a_flattened_sign_off_table_whose_post_column_is_headed_with_a_verb_and_by() {
    let read = |cells: &str| {
        found(&format!("Meeting: Cabinet\nDate of meeting: 14 April 2026\n1. Financial implications\n1.1 The cost is £5,000.\n2. Legal implications\n2.1 The Council has the power.\n3. Risk implications\n3.1 None.\n{cells}"))
    };
    // "Seen by:" heads the column of the posts that saw the report (the
    // pack's verb "seen" and "by"), then Name and Date; each row's first
    // cell names the implications it clears.
    assert_eq!(
        read("Report Sign-Off\nSeen by:\nName\nDate\nLegal & Governance Implications\nFiona Castellanos\n26/03/2026\nFinance & Procurement\nNikhil Desborough-Ward\n24/03/2026\nWorkforce\nLena Adebayo\n20/03/2026\n"),
        [
            "legal | Fiona Castellanos | - | 2026-03-26",
            "finance | Nikhil Desborough-Ward | - | 2026-03-24",
        ]
    );
    // Under a heading that is no sign-off heading too.
    let got = read(
        "4. Consultation\nCleared by\nName\nDate\nMonitoring Officer\nFiona Castellanos\n26/03/2026\n",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("legal | Fiona Castellanos") && c.ends_with("2026-03-26")),
        "{got:?}"
    );
    // A word that is none of the pack's verbs before "by": no such column.
    assert!(read("4. Consultation\nWritten by\nName\nDate\nMonitoring Officer\nFiona Castellanos\n26/03/2026\n").is_empty());
    // A verb with more than "by" after it: no column heading.
    assert!(read("4. Consultation\nSeen by the panel\nName\nDate\nMonitoring Officer\nFiona Castellanos\n26/03/2026\n").is_empty());
}

#[test]
fn a_running_footer_is_page_furniture_only_at_a_page_break() {
    let text = "Cabinet – 20 March 2025\nText.\n\nCabinet – 20 March 2025\n\nPage 1 of 2\n\u{c}More text.\nCabinet – 20 March 2025\n";
    let line = |s: &str| {
        let at = text.find(s).unwrap();
        Span::new(at, at + s.len())
    };
    assert!(is_page_end_furniture(text, line("Page 1 of 2")));
    let footer = text.match_indices("Cabinet").nth(1).unwrap().0;
    assert!(is_page_end_furniture(text, Span::new(footer, footer + 23)));
    // The same words opening the paper, far from a page break: text.
    assert!(!is_page_end_furniture(text, Span::new(0, 23)));
    assert!(!is_page_end_furniture(text, line("More text.")));
}

#[test]
fn two_posts_joined_by_and_give_two_sign_offs() {
    let text = with_implications(
        "## 3. Consultation\n\n3.1 None.\n\n## 4. Statutory officer comments\n\n4.1 The Chief Financial Officer (Sam Smith) and the Monitoring Officer (Jo Bloggs) were consulted on 2 May 2025.\n",
    );
    assert_eq!(
        found(&text),
        [
            "finance | - | The Chief Financial Officer (Sam Smith) | 2025-05-02",
            "legal | - | the Monitoring Officer (Jo Bloggs) | 2025-05-02",
        ]
    );
    let set = crate::config::default_rule_set();
    let w = &set.template.clearance;
    // One post with "and" in it, or two posts of one sign-off: no split.
    assert!(joint_posts(w, "the Head of Legal and Democratic Services").is_empty());
    assert!(joint_posts(w, "the Solicitor and the Monitoring Officer").is_empty());
    assert!(joint_posts(w, "the Director of Law and Governance").is_empty());
    // An "and" inside a post, beside an "and" joining two officers.
    let who = "Morag Dunbar, Section 95 Officer, and Andrew Baillie, Head of Legal and Democratic Services (Monitoring Officer),";
    let parts: Vec<(&str, &str)> = joint_posts(w, who)
        .iter()
        .map(|&(s, e, r)| (&who[s..e], r))
        .collect();
    assert_eq!(
        parts,
        [
            ("Morag Dunbar, Section 95 Officer", "finance"),
            (
                "Andrew Baillie, Head of Legal and Democratic Services (Monitoring Officer)",
                "legal"
            ),
        ]
    );
    let who =
        "the Director of Finance (Jo Bloggs) and the Director of Law and Governance (Sam Smith)";
    assert_eq!(joint_posts(w, who).len(), 2);
}

#[test]
fn comments_from_a_named_officer_of_a_known_post() {
    let text = "Meeting: Cabinet\nDate: 6 November 2024\n\n**Financial Implications**\n\n25. There are no new financial implications. Any change will be met from existing budgets.\n\n26. Comments from Lucy Farrant, Finance Business Partner (Children's Services), 18 October 2024.\n";
    assert_eq!(
        found(text),
        ["finance | Lucy Farrant | Finance Business Partner (Children's Services) | 2024-10-18"]
    );
    // "from" links no post without a name, no name without a known post,
    // and nothing that is no officer ("provided from reserves").
    for other in [
        "26. Comments from the Finance Business Partner, 18 October 2024.",
        "26. Comments from Lucy Farrant, Service Manager, 18 October 2024.",
        "26. The grant is provided from the Council's reserves, as agreed in 2024.",
    ] {
        let text = text.replace(
            "26. Comments from Lucy Farrant, Finance Business Partner (Children's Services), 18 October 2024.",
            other,
        );
        assert_eq!(found(&text), Vec::<String>::new(), "{other}");
    }
}

#[test]
fn an_initials_stamp_that_ends_a_paragraph() {
    let text = "Meeting: Cabinet\nDate: 26 March 2025\n\n## 1. Implications\n\n1.1 Financial: the fees recover the cost. Income is forecast at £118,600. Finance: JW 4/3/25.\n\n1.2 Legal: the notice must be published. Legal: PT 5/3/25.\n";
    assert_eq!(
        found(text),
        [
            "finance | JW | - | 2025-03-04",
            "legal | PT | - | 2025-03-05"
        ]
    );
}

#[test]
fn a_sign_off_row_takes_its_role_from_the_post_in_its_first_cell() {
    // "Monitoring Officer (host authority)": the post, with a qualifier in
    // brackets; a row naming no post the pack knows gets no role.
    let text = with_implications(
        "## 3. Sign-off\n\n| Role | Name | Date |\n|---|---|---|\n| Monitoring Officer (host authority) | Jo Bloggs | |\n| Head of Shared Service | Ann Other | 20 January 2025 |\n",
    );
    assert_eq!(
        found(&text),
        [
            "legal | Jo Bloggs | - | -",
            "? | Ann Other | - | 2025-01-20",
        ]
    );
}

#[test]
fn a_bracket_that_opens_with_the_post_then_names_its_holder() {
    // "(Comments of the <post>, NAME, DATE)", the date wrapped over a line.
    let text = with_implications(
        "## 3. Statutory officer comments\n\n### Finance\n\n3.1 The receipt funds the programme.\n(Comments of the Chief Finance Officer, Jo Bloggs, 3 February 2026)\n\n### Legal\n\n3.2 The Council has the power.\n(Comments of the Director of Legal and Governance, Ann Other, 19\nFebruary 2026)\n",
    );
    assert_eq!(
        found(&text),
        [
            "finance | Jo Bloggs | Chief Finance Officer | 2026-02-03",
            "legal | Ann Other | Director of Legal and Governance | 2026-02-19",
        ]
    );
    // A bracket opening with words that are no post the pack knows is no
    // clearance.
    let text = with_implications(
        "## 3. Statutory officer comments\n\n3.1 The cost is met (Capital Programme, Jo Bloggs, 2026).\n",
    );
    assert_eq!(found(&text), Vec::<String>::new());
}

#[test]
fn a_joint_clearance_sentence_outside_the_sign_off_sections() {
    // Under "Consultation": read by post, each officer's own date where the
    // sentence says "respectively".
    let consultation = |s: &str| {
        with_implications(&format!(
            "## 3. Consultation\n\n3.1 {s}\n\n3.2 Ward members were told.\n"
        ))
    };
    let text = consultation(
        "The Chief Financial Officer (Sam Smith) and the Monitoring Officer (Jo Bloggs) have been consulted and agreed the financial and legal implications on 27 and 28 January 2026 respectively.",
    );
    assert_eq!(
        found(&text),
        [
            "finance | - | The Chief Financial Officer (Sam Smith) | 2026-01-27",
            "legal | - | the Monitoring Officer (Jo Bloggs) | 2026-01-28",
        ]
    );
    let text = consultation(
        "The Chief Financial Officer (Sam Smith) and the Monitoring Officer (Jo Bloggs) have agreed the implications on 3 February and 9 March 2026 respectively.",
    );
    let got = found(&text);
    assert!(
        got[0].ends_with("2026-02-03") && got[1].ends_with("2026-03-09"),
        "{got:?}"
    );
    // Without "respectively" no date is paired: both keep the sentence's
    // first.
    let text = consultation(
        "The Chief Financial Officer (Sam Smith) and the Monitoring Officer (Jo Bloggs) have agreed the implications on 27 and 28 January 2026.",
    );
    let got = found(&text);
    assert!(got.iter().all(|c| c.ends_with("2026-01-28")), "{got:?}");
    // A post in prose that says nothing of the implications, or a clearance
    // there whose post gives no sign-off, is none.
    let text = consultation("The Chief Financial Officer was consulted on the timetable.");
    assert_eq!(found(&text), Vec::<String>::new());
    let text = consultation(
        "The Chief Financial Officer was consulted. Comments on the implications were provided by Ann Other on 3 March 2026.",
    );
    assert_eq!(found(&text), Vec::<String>::new());
    // Dated, with what was cleared said in the sentence after it.
    let text = consultation(
        "The Chief Financial Officer (Sam Smith) was consulted on 20 February 2026. Their comments are reflected in this report.",
    );
    assert_eq!(
        found(&text),
        ["finance | - | The Chief Financial Officer (Sam Smith) | 2026-02-20"]
    );
    // Not when the next sentence is about something else.
    let text = consultation(
        "The Chief Financial Officer (Sam Smith) was consulted on 20 February 2026. Ward members were told. Their comments were noted.",
    );
    assert_eq!(found(&text), Vec::<String>::new());
}

#[test]
fn a_joint_named_clearance_of_the_report_outside_the_sign_off_sections() {
    // How Scottish councils clear a report: both statutory officers, each
    // named with a post, one verb and one date, no word of "implications".
    let consultation = |s: &str| {
        with_implications(&format!(
            "## 3. Consultation\n\n{s} The Community Council was told of the closing date.\n\n## 4. Conclusion\n\n4.1 None.\n"
        ))
    };
    let both = [
        "finance | Morag Dunbar | The Chief Officer – Finance (Section 95 Officer) | 2026-12-02",
        "legal | Andrew Baillie | the Head of Legal and Democratic Services (Monitoring Officer) | 2026-12-02",
    ];
    let text = consultation(
        "The Chief Officer – Finance (Section 95 Officer), Morag Dunbar, and the Head of Legal and Democratic Services (Monitoring Officer), Andrew Baillie, have been consulted and agree the content of this report, 2 December 2026.",
    );
    assert_eq!(found(&text), both);
    assert_eq!(
        sign_offs_of(&text),
        ["finance: 2026-12-02", "legal: 2026-12-02"]
    );
    // "on" before the date.
    let text = consultation(
        "The Chief Officer – Finance (Section 95 Officer), Morag Dunbar, and the Head of Legal and Democratic Services (Monitoring Officer), Andrew Baillie, have been consulted and agree the content of this report on 2 December 2026.",
    );
    assert_eq!(found(&text), both);
    // The officers named before their posts.
    let text = consultation(
        "Morag Dunbar, Chief Officer – Finance (Section 95 Officer), and Andrew Baillie, Head of Legal and Democratic Services (Monitoring Officer), have been consulted in the preparation of this report, 2 December 2026.",
    );
    assert_eq!(
        found(&text),
        [
            "finance | Morag Dunbar | Chief Officer – Finance (Section 95 Officer) | 2026-12-02",
            "legal | Andrew Baillie | Head of Legal and Democratic Services (Monitoring Officer) | 2026-12-02",
        ]
    );
    // Each name in a bracket after the post.
    let text = consultation(
        "The Chief Financial Officer (Sam Smith) and the Monitoring Officer (Jo Bloggs) have been consulted and agree the content of this report, 2 December 2026.",
    );
    assert_eq!(
        found(&text),
        [
            "finance | - | The Chief Financial Officer (Sam Smith) | 2026-12-02",
            "legal | - | the Monitoring Officer (Jo Bloggs) | 2026-12-02",
        ]
    );
    // Near misses: no date; an officer named by post alone; two officers
    // giving one sign-off; a date in another sentence.
    for s in [
        "The Chief Officer – Finance (Section 95 Officer), Morag Dunbar, and the Head of Legal and Democratic Services (Monitoring Officer), Andrew Baillie, have been consulted and agree the content of this report.",
        "The Section 95 Officer and the Monitoring Officer, Andrew Baillie, have been consulted and agree the content of this report, 2 December 2026.",
        "The Section 95 Officer, Morag Dunbar, and the Head of Finance, Sam Smith, have been consulted on the timetable, 2 December 2026.",
        "The Section 95 Officer, Morag Dunbar, and the Monitoring Officer, Andrew Baillie, have been consulted. The bids closed on 2 December 2026.",
    ] {
        assert_eq!(found(&consultation(s)), Vec::<String>::new(), "{s}");
    }
    // Still to come: none.
    let text = consultation(
        "The Section 95 Officer, Morag Dunbar, and the Monitoring Officer, Andrew Baillie, will be consulted on 2 December 2026.",
    );
    assert_eq!(found(&text), Vec::<String>::new());
}

#[test]
fn a_post_in_a_bracket_opens_at_the_words_before_it() {
    assert_eq!(
        post_opening(
            "The Chief Officer – Finance (Section 95 Officer), Morag Dunbar, and the ",
            "The Chief Officer – Finance (".len()
        ),
        0
    );
    // After a lead-in and its comma.
    let head = "In preparing this report, the Chief Officer – Finance (Section 95 Officer) ";
    assert_eq!(
        post_opening(head, head.find("Section").unwrap()),
        head.find("the Chief").unwrap()
    );
    // No bracket: at the post, or a "the" right before it.
    let head = "In preparing this report, the Section 151 Officer ";
    assert_eq!(
        post_opening(head, head.find("Section").unwrap()),
        head.find("the").unwrap()
    );
    let head = "In preparing this report, Section 151 Officer ";
    assert_eq!(
        post_opening(head, head.find("Section").unwrap()),
        head.find("Section").unwrap()
    );
}

/// The sign-offs the built-in pack finds in `text`, as "role: date …"
/// (one date or "-" per clearance counted).
fn sign_offs_of(text: &str) -> Vec<String> {
    sign_offs_shown(text, " ", date_or_dash)
}

/// A clearance's date, or "-" when it has none.
pub(super) fn date_or_dash(c: &Clearance) -> String {
    c.date.map_or("-".into(), |d| d.value.iso())
}

/// The sign-offs the built-in pack finds in `text`, each as "role: " and
/// its clearances counted, each shown by `show`, joined by `separator`.
pub(super) fn sign_offs_shown(
    text: &str,
    separator: &str,
    show: impl Fn(&Clearance) -> String,
) -> Vec<String> {
    let set = crate::config::default_rule_set();
    let doc = crate::parse::parse(text);
    let resolved = Resolved::new(&set.template, &doc, text);
    let cx = crate::rules::Context::new(text, &doc, &set.template, &resolved, None, None);
    cx.sign_offs()
        .iter()
        .map(|s| {
            let each: Vec<String> = s.clearances.iter().map(&show).collect();
            format!("{}: {}", s.role, each.join(separator))
        })
        .collect()
}

#[test]
fn a_clearance_in_prose_counts_only_where_the_section_has_none() {
    let text = "Meeting: Cabinet\nDate: 26 March 2026\n\n## 1. Financial implications\n\n1.1 The cost is £5,000. Agreed by Sam Smith, Finance Manager, 2 March 2026.\n\n## 2. Legal implications\n\n2.1 The Council has the power.\n\n## 3. Consultation\n\n3.1 The Chief Financial Officer and the Monitoring Officer have agreed the implications on 4 and 5 March 2026 respectively.\n";
    assert_eq!(
        sign_offs_of(text),
        ["finance: 2026-03-02", "legal: 2026-03-05"]
    );
}

#[test]
fn a_post_in_prose_after_a_verb_is_no_clearance() {
    // A post that the sentence only mentions: no legal clearance.
    let prose = with_implications(
        "## 3. Legal comments\n\n3.1 The contract terms have been prepared by legal services using the standard form with amendments.\n",
    );
    assert!(
        !found(&prose).iter().any(|c| c.starts_with("legal")),
        "{:?}",
        found(&prose)
    );
    // A post alone, a cue before the verb or nothing before it: read.
    let post = with_implications("2.2 The terms were agreed by the Head of Legal Services.\n");
    assert_eq!(found(&post), ["legal | - | the Head of Legal Services | -"]);
    let lower = with_implications("2.2 The terms were checked by legal services.\n");
    assert_eq!(found(&lower), ["legal | - | legal services | -"]);
    let cue = with_implications(
        "2.2 The legal implications were prepared by legal services using the standard form.\n",
    );
    assert_eq!(found(&cue).len(), 1, "{:?}", found(&cue));
}

#[test]
fn a_label_naming_a_sign_off_and_its_verb() {
    let set = crate::config::default_rule_set();
    let t = &set.template;
    let role = |l: &str| sign_off_label_role(t, l);
    assert_eq!(role("Finance checked by").as_deref(), Some("finance"));
    assert_eq!(role("**Legal checked by**").as_deref(), Some("legal"));
    assert_eq!(role("Legal cleared by").as_deref(), Some("legal"));
    assert_eq!(role("Finance sign-off").as_deref(), Some("finance"));
    assert_eq!(role("Legal consulted").as_deref(), Some("legal"));
    // No sign-off named, or no verb: no such label.
    assert_eq!(role("Approved by"), None);
    assert_eq!(role("Cabinet Member consulted"), None);
    assert_eq!(role("Finance"), None);
    assert_eq!(role("Legal implications of the lease checked by"), None);
}

#[test]
fn a_clearance_line_labelled_with_its_sign_off_after_the_body() {
    let text = with_implications(
        "## 3. Conclusion\n\n3.1 The charges cover the cost.\n\nFinance checked by: Ines Moorcroft, Chief Financial Officer, 20 February 2025\n\n| | |\n|---|---|\n| Legal checked by | Peder Halloran, Monitoring Officer, 23 February 2025 |\n",
    );
    assert_eq!(
        found(&text),
        [
            "finance | Ines Moorcroft | Chief Financial Officer | 2025-02-20",
            "legal | Peder Halloran | Monitoring Officer | 2025-02-23",
        ]
    );
}

#[test]
fn a_clearance_naming_no_sign_off_counts_only_where_its_place_names_one() {
    // A row of a sign-off table whose post the pack does not know clears
    // nothing: the finance sign-off is missing.
    let text = with_implications(
        "## 3. Sign-off\n\n| Role | Name | Date |\n|---|---|---|\n| Monitoring Officer | Jo Bloggs | 2 March 2025 |\n| Chief Fire Officer | Ann Other | 3 March 2025 |\n",
    );
    assert_eq!(sign_offs_of(&text), ["finance: ", "legal: 2025-03-02"]);
    // Posts the pack knows by their words still give their sign-off.
    let text = with_implications(
        "## 3. Statutory officer clearance\n\n| Statutory officer | Name | Date |\n|---|---|---|\n| Treasurer (Section 151) | Sam Smith | 4 March 2025 |\n| Chief Fire Officer | Ann Other | 3 March 2025 |\n| Monitoring Officer / Clerk | Jo Bloggs | 2 March 2025 |\n",
    );
    assert_eq!(
        sign_offs_of(&text),
        ["finance: 2025-03-04", "legal: 2025-03-02"]
    );
    // A block line of an unknown post clears nothing either.
    let text = with_implications(
        "## 3. Report clearance\n\n**Finance**\nSam Smith, Finance Business Partner\n4 March 2025\n\n**Integrated care board**\nAnn Other, Director of Strategy, Wyvern Place\n5 March 2025\n",
    );
    assert_eq!(sign_offs_of(&text), ["finance: 2025-03-04", "legal: "]);
    // Under a block heading that names one sign-off, a line naming none
    // gives that one.
    let text = with_implications("## 3. Legal sign-off\n\nAnn Other, Principal, 5 March 2025\n");
    assert_eq!(sign_offs_of(&text), ["finance: ", "legal: 2025-03-05"]);
    // In a combined section, a clearance that names neither counts for
    // both: the section is each one's own.
    let text = "Meeting: Cabinet\nDate: 26 March 2025\n\n## 1. Financial and legal implications\n\n1.1 None arise. Report cleared by Jo Bloggs on 3 March 2025.\n";
    assert_eq!(
        sign_offs_of(text),
        ["finance: 2025-03-03", "legal: 2025-03-03"]
    );
}

#[test]
fn a_clearance_line_whose_post_wrapped_after_a_sentence() {
    let read = |tail: &str| {
        found(&format!(
            "Meeting: Cabinet\nDate: 26 March 2025\n\n## 1. Legal implications\n\n1.1 The Council has the power.\nLegal officer comments: No further comments. Jo Bloggs, Planning\n{tail}\n\n## 2. Equalities implications\n\n2.1 None.\n"
        ))
    };
    assert_eq!(
        read("Solicitor."),
        ["legal | Jo Bloggs | Planning Solicitor | -"]
    );
    // A next line that is a sentence of its own is not the post's tail.
    assert!(
        read("The Council must publish a notice of the decision within fourteen days.").is_empty(),
        "{:?}",
        read("The Council must publish a notice of the decision within fourteen days.")
    );
    // A longer tail when a date closes it: the rest of the post and the
    // date (a Welsh council's governance report, in pdftotext).
    let text = "Meeting: Governance and Audit Committee\nDate: 10 December 2026\n\n6.\nLegal implications\n6.1\nThe Council must have regard to the Prudential Code.\n6.2\nComments of the Monitoring Officer: no further legal comments. Elin Maddocks, Head of\nLegal and Democratic Services, 25 November 2026.\n7.\nEqualities\n7.1\nNone.\n";
    assert_eq!(
        found(text),
        ["legal | Elin Maddocks | Head of Legal and Democratic Services | 2026-11-25"]
    );
    // Not a sentence of seven words or more that a date does not close.
    assert!(
        read("The Council must publish the decision by 3 April 2026 on its website.").is_empty()
    );
    assert!(read("The Council must publish the decision on its website.").is_empty());
}

#[test]
fn a_signature_line_with_a_phone_number_under_each_implication() {
    // Leicester's house style in pdftotext: the officer's name, post,
    // phone and date on a line closing each run-in implication.
    let read = |finance: &str, legal: &str| {
        sign_offs_of(&format!(
            "Meeting: Housing Scrutiny Commission\nDate: 9 February 2027\n\n1. Summary\n\n1.1 The report sets out progress.\n\n6. Financial, legal and other implications\n\n6.1 Financial implications\n\nThe cost is met from the Housing Revenue Account repairs budget.\n{finance}\n\n6.2 Legal implications\n\nFailure to meet the timescales is a breach of the tenancy agreement under the Act.\n{legal}\n\n6.3 Equalities implications\n\nNone.\nJo Bloggs, Equalities Officer, 0116 454 1111, 27 January 2027\n"
        ))
    };
    assert_eq!(
        read(
            "Stuart Leighton, Principal Accountant (Housing), 0116 454 4012, 27 January 2027",
            "Jeremy Moss, Team Leader (Property and Housing Law), 0116 454 1438, 5 February 2027"
        ),
        ["finance: 2027-01-27", "legal: 2027-02-05"]
    );
    // A post that names no topic: the paragraph it closes says which.
    assert_eq!(
        read(
            "Stuart Leighton, Principal Accountant (Housing), 0116 454 4012, 27 January 2027",
            "Jeremy Moss, Team Leader (Property), 0116 454 1438, 5 February 2027"
        ),
        ["finance: 2027-01-27", "legal: 2027-02-05"]
    );
    // A post the pack does not list, with no phone number: nothing says
    // the line is a signature.
    assert_eq!(
        read(
            "Stuart Leighton, Principal Accountant (Housing), 27 January 2027",
            "Jeremy Moss, Team Leader (Property and Housing Law), 5 February 2027"
        ),
        ["finance: 2027-01-27", "legal: "]
    );
    // An extension is no phone number.
    assert_eq!(
        read(
            "Stuart Leighton, Principal Accountant (Housing), 27 January 2027",
            "Jeremy Moss, Team Leader (Property and Housing Law), 4012, 5 February 2027"
        ),
        ["finance: 2027-01-27", "legal: "]
    );
}

#[test]
fn a_phone_number_closing_an_officer_and_post() {
    let who = "Stuart Leighton, Principal Accountant (Housing), 0116 454 4012, ";
    assert_eq!(phone_tail(who), Some(who.find(", 0116").unwrap()));
    assert_eq!(
        phone_tail("Jo Bloggs, Lawyer, +44 (0)116 454 4012"),
        Some(17)
    );
    // A name and a phone number, no post; a short number; words.
    assert_eq!(phone_tail("Jo Bloggs, 0116 454 4012"), None);
    assert_eq!(phone_tail("Jo Bloggs, Lawyer, ext 4012"), None);
    assert_eq!(phone_tail("Jo Bloggs, Lawyer, 4012"), None);
}

#[test]
fn a_comments_label_wrapped_by_pdftotext() {
    let text = "Meeting: Planning Committee\nDate: 28 January 2027\n\n4. FINANCIAL IMPLICATIONS\n4.1 The cost of publicity is £6,500.\nComments of the Chief Finance Officer: Paul Weatherall, Strategic Finance Manager\n(Place), 12 January 2027.\n\n5. LEGAL IMPLICATIONS\n5.1 The Council must take into account any representations received.\nComments of the Director of Law and Governance: Marcus Leyland, Principal Planning\nLawyer.\n\n6. EQUALITIES IMPLICATIONS\n6.1 None.\n";
    // The date on the post's wrapped tail; a post label whose post goes
    // on with "and Governance", the post wrapped.
    assert_eq!(sign_offs_of(text), ["finance: 2027-01-12", "legal: -"]);
    assert_eq!(
        joined_post("Comments of the Director of Law and Governance"),
        Some("Comments of the Director of Law")
    );
    assert_eq!(joined_post("Director of Law and the Council"), None);
    assert_eq!(
        joined_post("Director of Law and Governance Services Team"),
        None
    );
}

#[test]
fn a_statutory_officer_consultation_closing_the_report() {
    let text = "**COUNCIL**\n\n**Audit and Governance Committee**\n\n**27 January 2027**\n\n**Report of the Director of Finance and Public Value**\n\n**1. Summary**\n\nThe report sets out counter fraud work.\n\n**6. Financial Considerations**\n\nThe team costs £296,000 a year.\n\n**7. Legal Considerations**\n\nThe Council has a duty under section 151.\n\n**8. Statutory Officer Consultation**\n\nFinance: Owen Pascoe, Deputy Director of Finance (Deputy s151 Officer), 12 January 2027\n\nLegal: Catherine Rowse, Head of Legal Services and Deputy Monitoring Officer, 13 January 2027\n\n**Angela Tremayne**\n\n**Director of Finance and Public Value**\n\nContact for enquiries: Simon Vosper, Counter Fraud Manager\n";
    // The director's name and post signing the report are no undated
    // finance clearance beside the dated one; a post with a section's
    // number in it ("Deputy s151 Officer") is a post.
    assert_eq!(
        sign_offs_of(text),
        ["finance: 2027-01-12", "legal: 2027-01-13"]
    );
    // The public's consultation heads no list of clearances.
    let public = text.replace("Statutory Officer Consultation", "Consultation");
    assert_eq!(sign_offs_of(&public), ["finance: ", "legal: "]);
    assert!(consults_officers("10. Statutory Officer Consultation"));
    assert!(consults_officers("Consultation with statutory officers"));
    assert!(!consults_officers("Consultation"));
    assert!(!consults_officers(
        "Officer consultation on the draft Local Plan with residents and businesses"
    ));
    assert!(is_plain_post(
        "Deputy Director of Finance (Deputy s151 Officer)"
    ));
    assert!(!is_plain_post("the budget was set"));
}

#[test]
fn a_sign_off_table_flattened_row_by_row() {
    let read = |rows: &str| {
        found(&with_implications(&format!(
            "## 3. Timetable\n\n3.1 Start: 1 April 2026.\n\nAudit trail\nConsultation\nName/Position\nDirectorate or partner\nDate Sent\nDate Received\nComments in para:\n{rows}\n"
        )))
    };
    let rows = "Councillor Ann Other\nCabinet Member for Housing\n15.09.25\n22.09.25\nThroughout\nSam Smith\nFinance Business Partner, Housing\n15.09.25\n19.09.25\n1.1\nJo Bloggs\nPrincipal Lawyer, Contracts\n15.09.25\n23.09.25\n2.1";
    // The later date of each row; the Cabinet Member's row clears nothing.
    assert_eq!(
        read(rows),
        [
            "finance | Sam Smith | Finance Business Partner, Housing | 2025-09-19",
            "legal | Jo Bloggs | Principal Lawyer, Contracts | 2025-09-23",
        ]
    );
    // A blank cell (a date not received) drops out of the text: which cell
    // is whose cannot be told, so nothing is read.
    let gap = rows.replace("15.09.25\n23.09.25", "15.09.25");
    assert_eq!(read(&gap), Vec::<String>::new());
}

#[test]
fn a_bracketed_officer_attribution_closing_an_implications_paragraph() {
    // "(Officer: NAME, POST[, DATE])" at the end of each section's text:
    // the post says which sign-off it gives.
    let text = "Meeting: Cabinet\nDate: 12 February 2026\n\n## 7.1 Financial\n\nThe strategy is delivered within the approved budget of\n£2.41m for 2026/27.\n(Officer: Michelle Tranter, Finance Business Partner, 27 January 2026)\n\n## 7.2 Legal\n\nThe Council must publish a strategy under section 1 of the\nHomelessness Act 2002.\n(Officer: Rupert Hallam, Principal Solicitor)\n";
    assert_eq!(
        found(text),
        [
            "finance | Michelle Tranter | Finance Business Partner | 2026-01-27",
            "legal | Rupert Hallam | Principal Solicitor | -",
        ]
    );
    assert_eq!(sign_offs_of(text), ["finance: 2026-01-27", "legal: -"]);
    // Such a label before a post that gives none of the section's
    // sign-offs, or in the middle of the text, is no clearance.
    let other = text.replace("Principal Solicitor", "Finance Business Partner");
    assert_eq!(sign_offs_of(&other), ["finance: 2026-01-27", "legal: "]);
    let mid = text.replace(
        "(Officer: Rupert Hallam, Principal Solicitor)\n",
        "(Officer: Rupert Hallam, Principal Solicitor) It has done so.\n",
    );
    assert_eq!(sign_offs_of(&mid), ["finance: 2026-01-27", "legal: "]);
    // Outside a section needing a sign-off, no such bracket is read.
    let outside = with_implications(
        "## 3. Consultation\n\nThe strategy was consulted on.\n(Officer: Rupert Hallam, Principal Solicitor, 3 March 2025)\n",
    );
    assert!(found(&outside).is_empty(), "{:?}", found(&outside));
}

#[test]
fn a_sign_off_label_with_a_colon_over_a_sign_off_table() {
    // "Statutory officer sign-off:" reads as an empty field; the table
    // under it is a sign-off table all the same.
    let paper = |label: &str| {
        format!(
            "COUNCIL – 24 FEBRUARY 2026\n\nPAY POLICY STATEMENT\n\nKey decision:\tNo\n\n{label}\n\n| Role | Name | Date |\n|---|---|---|\n| Chief Finance Officer (s151) | Jonathan Piercy | 3 February 2026 |\n| Monitoring Officer | Aisha Kettering | 4 February 2026 |\n\n1.\tFINANCIAL IMPLICATIONS\n\n1.1\tNone.\n\n2.\tLEGAL IMPLICATIONS\n\n2.1\tThe Council must approve the statement.\n"
        )
    };
    let cleared = ["finance: 2026-02-03", "legal: 2026-02-04"];
    assert_eq!(sign_offs_of(&paper("Statutory officer sign-off:")), cleared);
    assert_eq!(sign_offs_of(&paper("Statutory officer sign-off")), cleared);
    // A dash for its value says the table gives it.
    assert_eq!(
        sign_offs_of(&paper(
            "Approvals obtained on behalf of Statutory Officers: -"
        )),
        cleared
    );
    // An ordinary empty field over the same table makes it no sign-off
    // table; nor does the label with a value of its own, or with text
    // between it and the table.
    let none = ["finance: ", "legal: "];
    assert_eq!(sign_offs_of(&paper("Officers:")), none);
    assert_eq!(sign_offs_of(&paper("Officers: -")), none);
    assert_eq!(
        sign_offs_of(&paper("Statutory officer sign-off: see below")),
        none
    );
    assert_eq!(
        sign_offs_of(&paper(
            "Statutory officer sign-off:\n\nThe officers were told."
        )),
        none
    );
}

#[test]
fn an_implications_author_label_names_its_sign_off() {
    let set = crate::config::default_rule_set();
    let t = &set.template;
    let role = |l: &str| sign_off_label_role(t, l);
    assert_eq!(
        role("**Financial Implications Author:**").as_deref(),
        Some("finance")
    );
    assert_eq!(role("Legal Implications Author").as_deref(), Some("legal"));
    // The report's own author, or the label alone, names no sign-off.
    assert_eq!(role("Report Author"), None);
    assert_eq!(role("Implications Author"), None);
    assert_eq!(role("Author"), None);
}

#[test]
fn implications_authors_at_the_end_clear_their_sections() {
    let want = [
        "finance | Declan Harte | Head of Finance (Corporate) | 2025-03-03",
        "legal | Priya Nandakumar | Senior Lawyer (Governance) | 2025-03-04",
    ];
    // As field lines, with the report's author and phone numbers between.
    let lines = with_implications(
        "## 3. Conclusion\n\n3.1 The plan meets the duty.\n\n**Report Author:** Mariam Oduya, Head of Internal Audit\n\n**Tel:** 020 7946 0581\n\n**Financial Implications Author:** Declan Harte, Head of Finance (Corporate), 3 March 2025\n\n**Tel:** 020 7946 0617\n\n**Legal Implications Author:** Priya Nandakumar, Senior Lawyer (Governance), 4 March 2025\n",
    );
    assert_eq!(found(&lines), want);
    // The same lines with nothing between them and no markup.
    let plain = with_implications(
        "## 3. Conclusion\n\n3.1 The plan meets the duty.\n\nReport Author: Mariam Oduya, Head of Internal Audit\nFinancial Implications Author: Declan Harte, Head of Finance (Corporate), 3 March 2025\nLegal Implications Author: Priya Nandakumar, Senior Lawyer (Governance), 4 March 2025\n",
    );
    assert_eq!(found(&plain), want);
    // As rows of a table.
    let table = with_implications(
        "## 3. Conclusion\n\n3.1 The plan meets the duty.\n\n| | |\n|---|---|\n| **Report Author:** | Mariam Oduya, Head of Internal Audit |\n| **Financial Implications Author:** | Declan Harte, Head of Finance (Corporate), 3 March 2025 |\n| **Tel:** | 020 7946 0617 |\n| **Legal Implications Author:** | Priya Nandakumar, Senior Lawyer (Governance), 4 March 2025 |\n",
    );
    assert_eq!(found(&table), want);
    assert_eq!(
        sign_offs_of(&table),
        ["finance: 2025-03-03", "legal: 2025-03-04"]
    );
    // The report's author alone clears nothing.
    let author = with_implications(
        "## 3. Conclusion\n\n3.1 The plan meets the duty.\n\nReport Author: Mariam Oduya, Head of Internal Audit, 3 March 2025\n",
    );
    assert_eq!(sign_offs_of(&author), ["finance: ", "legal: "]);
}

/// A paper with implications, then a checklist: `lead`, then the lines
/// naming the officers consulted.
fn with_consulted_list(lead: &str) -> String {
    with_implications(&format!(
        "## 3. Lead officer to complete\n\n{lead}\n\nFinance: Kieran Doyle\n\nLegal: Sophie Barraclough\n\nEqualities & Consultation: Ed Lomax\n\nClimate: (Insert name of officer consulted)\n\n## 4. Proposal\n\n4.1 The policy is renewed.\n"
    ))
}

#[test]
fn a_list_of_officers_consulted_clears_by_subject() {
    let want = [
        "finance | Kieran Doyle | - | -",
        "legal | Sophie Barraclough | - | -",
    ];
    // A paragraph saying the lead officer consulted them (Sheffield's
    // checklist), or a heading saying they were consulted.
    let checklist = with_consulted_list(
        "I have consulted the relevant departments in respect of any relevant implications indicated on the Statutory and Council Policy Checklist, and comments have been incorporated.",
    );
    assert_eq!(found(&checklist), want);
    assert_eq!(sign_offs_of(&checklist), ["finance: -", "legal: -"]);
    let heading =
        with_consulted_list("The following officers have been consulted on the implications:");
    assert_eq!(found(&heading), want);
    // Not consulted yet, to be consulted, or not said: no clearance.
    for lead in [
        "I have not yet consulted the relevant departments on the implications.",
        "The relevant departments will be consulted on the implications.",
        "Contacts for the implications of this report.",
        "I have consulted the Chair.",
    ] {
        let text = with_consulted_list(lead);
        assert_eq!(found(&text), Vec::<String>::new(), "{lead}");
        assert_eq!(sign_offs_of(&text), ["finance: ", "legal: "], "{lead}");
    }
    // A paragraph between the statement and the list: not its lead-in.
    let between = with_implications(
        "## 3. Lead officer to complete\n\nI have consulted the relevant departments on the implications.\n\nThe contacts for this report are:\n\nFinance: Kieran Doyle\n\nLegal: Sophie Barraclough\n",
    );
    assert_eq!(found(&between), Vec::<String>::new());
}

#[test]
fn saying_officers_were_consulted() {
    let set = crate::config::default_rule_set();
    let w = &set.template.clearance;
    assert!(says_consulted(
        w,
        "I have consulted the relevant departments in respect of any relevant implications."
    ));
    assert!(says_consulted(
        w,
        "The following officers were consulted on this report:"
    ));
    assert!(says_consulted(w, "Comments have been provided by:"));
    assert!(!says_consulted(w, "I have consulted the Chair."));
    assert!(!says_consulted(
        w,
        "The implications have not been checked."
    ));
    assert!(!says_consulted(w, "Officers will be consulted."));
}

#[test]
fn a_line_labelled_with_another_sign_off_after_the_last_section() {
    // The contact table right after the legal implications, the last
    // section: its finance row still clears the financial implications.
    let table = with_implications(
        "| | |\n|---|---|\n| **Report Author:** | Mariam Oduya, Head of Internal Audit |\n| **Financial Implications Author:** | Declan Harte, Head of Finance (Corporate), 3 March 2025 |\n| **Legal Implications Author:** | Priya Nandakumar, Senior Lawyer (Governance), 4 March 2025 |\n",
    );
    assert_eq!(
        sign_offs_of(&table),
        ["finance: 2025-03-03", "legal: 2025-03-04"]
    );
    let lines = with_implications(
        "Finance checked by: Ines Moorcroft, Chief Financial Officer, 20 February 2025\n",
    );
    assert_eq!(sign_offs_of(&lines), ["finance: 2025-02-20", "legal: "]);
    // A line naming no sign-off stays the section's own.
    let own = with_implications("Approved by: Jo Bloggs, Solicitor, 20 February 2025\n");
    assert_eq!(sign_offs_of(&own), ["finance: ", "legal: 2025-02-20"]);
}

#[test]
fn a_date_on_the_next_line_of_a_grid_table_cell() {
    let grid = |finance: &str| {
        format!(
            "Meeting: Scrutiny Panel\nDate: 13 November 2024\n\n**1. PURPOSE**\n\n1.1 To consult the \
             Panel.\n\n**2. IMPLICATIONS**\n\n\
             +------------+--------------------------------------------------------+\n\
             | **Implication** | **Comments**                                      |\n\
             +============+========================================================+\n\
             | Financial  | The cost is £49,000 a year.                            |\n\
             |            |                                                        |\n\
             {finance}\
             +------------+--------------------------------------------------------+\n"
        )
    };
    // The post wraps, then the date closes the cell's next line.
    let text = grid(
        "|            | Comments provided by Sunita Varma, Finance Business    |\n\
         |            | Partner (Children's Services), 24 October 2024         |\n",
    );
    assert_eq!(
        found(&text),
        ["finance | Sunita Varma | Finance Business | 2024-10-24"]
    );
    // The date alone on the cell's next line.
    let text = grid(
        "|            | Comments provided by Sunita Varma, Finance Manager,    |\n\
         |            | 24 October 2024                                        |\n",
    );
    assert_eq!(
        found(&text),
        ["finance | Sunita Varma | Finance Manager | 2024-10-24"]
    );
    // No date: the rest of the post only; a sentence before the date; the
    // next row's first cell has text of its own.
    for undated in [
        "|            | Comments provided by Sunita Varma, Finance Business    |\n\
         |            | Partner (Children's Services)                          |\n",
        "|            | Comments provided by Sunita Varma, Finance Business    |\n\
         |            | Partner. The budget was set on 24 October 2024         |\n",
        "|            | Comments provided by Sunita Varma, Finance Business    |\n\
         | Legal      | Partner, 24 October 2024                               |\n",
    ] {
        let text = grid(undated);
        assert_eq!(
            found(&text),
            ["finance | Sunita Varma | Finance Business | -"],
            "{undated}"
        );
    }
}

#[test]
fn a_post_and_a_date_alone_in_a_clearance_block() {
    // "Final report clearance" / "Signed by:" / a table row: post | date.
    let frame = "  ------------------------------------- ------------------------------\n";
    let text = with_implications(&format!(
        "**Final report clearance:**\n\nSigned by:\n\n{frame}  \
         Corporate Director of Resources        Date: 24 March 2025\n{frame}\n"
    ));
    assert_eq!(
        found(&text),
        ["finance | - | Corporate Director of Resources | 2025-03-24"]
    );
    let text =
        with_implications("## 3. Statutory officer clearance\n\nHead of Finance: 24 March 2025\n");
    assert_eq!(found(&text), ["finance | - | Head of Finance | 2025-03-24"]);
    // Not a post the pack lists, a body named after one, words of prose
    // round one, or text after the date: no clearance.
    for line in [
        "Corporate Director of Housing        Date: 24 March 2025",
        "Strategic Finance Board        Date: 24 March 2025",
        "Head of Finance team meeting: 24 March 2025",
        "Head of Finance: 24 March 2025, subject to changes",
    ] {
        let text = with_implications(&format!("## 3. Final report clearance\n\n{line}\n"));
        assert!(found(&text).is_empty(), "{line}: {:?}", found(&text));
    }
}

/// A paper whose front sheet has the field line `line`, then
/// implications.
fn with_front_line(line: &str) -> String {
    format!(
        "# Council\n\nMeeting: Cabinet\n\nDate: 26 March 2025\n\n{line}\n\n## 1. Financial implications\n\n1.1 The cost is £5,000.\n\n## 2. Legal implications\n\n2.1 The Council has the power.\n"
    )
}

#[test]
fn a_one_line_list_of_officers_consulted_clears_by_kind() {
    let text = with_front_line(
        "Consultees: Finance – Nigel Amos, Finance Manager (9.1.26); Legal – Ann Vale, Senior Lawyer (12.1.26); Portfolio Holder for Communities; ward members.",
    );
    assert_eq!(
        found(&text),
        [
            "finance | Nigel Amos | Finance Manager | 2026-01-09",
            "legal | Ann Vale | Senior Lawyer | 2026-01-12",
        ]
    );
    assert_eq!(
        sign_offs_of(&text),
        ["finance: 2026-01-09", "legal: 2026-01-12"]
    );
    // Other keys that say consultation or clearance, a colon after the
    // kind, a post for the officer, a name alone, and a date in words.
    for line in [
        "Officers consulted: Finance: Nigel Amos, Finance Manager, 9 January 2026; Legal: Monitoring Officer, 12 January 2026",
        "Consultation: Finance – Nigel Amos, 9 January 2026; Legal – the Monitoring Officer, 12.1.26",
        "Clearances: Head of Finance – Nigel Amos, 9 January 2026; Legal – Ann Vale, Solicitor, 12 January 2026",
    ] {
        let text = with_front_line(line);
        assert_eq!(
            sign_offs_of(&text),
            ["finance: 2026-01-09", "legal: 2026-01-12"],
            "{line}"
        );
    }
    // Undated: still named, so signed off without a date.
    let text = with_front_line(
        "Consultees: Finance – Nigel Amos, Finance Manager; Legal – Ann Vale, Senior Lawyer.",
    );
    assert_eq!(sign_offs_of(&text), ["finance: -", "legal: -"]);
    // A key that says nothing of consultation, a kind naming no sign-off,
    // no officer after the kind, or no separator: no clearance.
    for line in [
        "Contacts: Finance – Nigel Amos, Finance Manager (9.1.26); Legal – Ann Vale, Senior Lawyer (12.1.26)",
        "Consultees: Highways – Nigel Amos, Engineer (9.1.26); Ward members – all (12.1.26)",
        "Consultees: Finance – to follow; Legal – see section 2",
        "Consultees: the finance and legal teams (9.1.26); ward members",
    ] {
        let text = with_front_line(line);
        assert_eq!(found(&text), Vec::<String>::new(), "{line}");
        assert_eq!(sign_offs_of(&text), ["finance: ", "legal: "], "{line}");
    }
}

#[test]
fn a_sign_off_wrapped_after_on_takes_the_date_closing_the_post() {
    // (As a field line after the implications, as pdftotext gives it.)
    let text = |next: &str| {
        with_implications(&format!(
            "## 3. Risk\n\n3.1 Low.\n\nFinancial implications approved by: Karen Holt, Head of Finance (Adults), on\n{next}\n"
        ))
    };
    let wrapped = text("behalf of the Director of Finance (Section 151 Officer), 24 February 2026");
    // (The field's value takes the wrapped line: the whole post.)
    assert_eq!(
        found(&wrapped),
        ["finance | Karen Holt | Head of Finance (Adults), on behalf of the Director of Finance (Section 151 Officer) | 2026-02-24"]
    );
    // The next line is no post the pack lists, the date is not its end,
    // or a sentence ends before the date: undated.
    for next in [
        "the basis of the budget agreed by the Council, 24 February 2026",
        "behalf of the Director of Finance (Section 151 Officer), 24 February 2026 and later",
        "behalf of the Director of Finance. The budget was set, 24 February 2026",
    ] {
        assert_eq!(
            found(&text(next)),
            ["finance | Karen Holt | Head of Finance (Adults) | -"],
            "{next}"
        );
    }
}

#[test]
fn a_table_flattened_row_by_row_with_a_label_before_each_row() {
    let read = |cells: &str| {
        found(&with_implications(&format!(
            "## 3. Appendices\n\nAppendix 1 – Plan\n\n{cells}"
        )))
    };
    // Under a sign-off heading, the header naming the name, post and date
    // columns (the labels' heading empty); every row read, not the first
    // alone; a page footer after the table.
    let table = "Officer clearance\nName\nPost\nDate\nFinance\nKwabena Lindqvist\nHead of Finance (People)\n5 January 2026\nLegal\nHarriet Oduya-Simms\nPrincipal Lawyer (Children)\n6 January 2026\n\nPage 3 of 4\n";
    assert_eq!(
        read(table),
        [
            "finance | Kwabena Lindqvist | Head of Finance (People) | 2026-01-05",
            "legal | Harriet Oduya-Simms | Principal Lawyer (Children) | 2026-01-06",
        ]
    );
    // Under any heading; three rows, the first undated (its date cell
    // empty), the post of the second none the pack knows (its label gives
    // the sign-off), the third for implications needing none.
    assert_eq!(
        read("## 4. Report approvals by officers\nName\nRole\nDate\nLegal\nHarriet Oduya-Simms\nPrincipal Lawyer (Children)\nFinance\nKwabena Lindqvist\nBusiness Partner (People)\n5 January 2026\nProcurement\nAnn Other\nCategory Manager\n7 January 2026\n"),
        [
            "legal | Harriet Oduya-Simms | Principal Lawyer (Children) | -",
            "finance | Kwabena Lindqvist | Business Partner (People) | 2026-01-05",
        ]
    );
    // The post column first: each row a label, the post, the name, the date.
    assert_eq!(
        read("Officer clearance\nPost\nName\nDate\nFinance\nHead of Finance\nKwabena Lindqvist\n5 January 2026\nLegal\nPrincipal Lawyer\nHarriet Oduya-Simms\n6 January 2026\n"),
        [
            "finance | Kwabena Lindqvist | Head of Finance | 2026-01-05",
            "legal | Harriet Oduya-Simms | Principal Lawyer | 2026-01-06",
        ]
    );
    // No date column: nothing read as dated or undated.
    assert!(read("## 4. Report approvals by officers\nName\nPost\nFinance\nKwabena Lindqvist\nHead of Finance (People)\nLegal\nHarriet Oduya-Simms\nPrincipal Lawyer (Children)\n").is_empty());
    // No row dated: a form still to fill in.
    assert!(read("## 4. Report approvals by officers\nName\nPost\nDate\nFinance\nKwabena Lindqvist\nHead of Finance (People)\nLegal\nHarriet Oduya-Simms\nPrincipal Lawyer (Children)\n").is_empty());
}

#[test]
fn statutory_officers_sign_offs_as_lines_of_a_consultations_section() {
    let read = |lines: &str| {
        found(&with_implications(&format!(
            "## 3. Consultations\n\n3.1\nStatutory officers\n{lines}\n\n3.2 Ward members were consulted.\n"
        )))
    };
    // Each wrapped over two lines; the post before the colon says which
    // sign-off, the date ends the line.
    let lines = "Head of Finance (Section 151 Officer): Geraint Wyn Mathias – report seen and\nfinancial implications agreed, 22 January 2026.\nMonitoring Officer: Eleri Castellano-Roberts – report seen and legal implications\nagreed, 23 January 2026.";
    assert_eq!(
        read(lines),
        [
            "finance | Geraint Wyn Mathias | Head of Finance (Section 151 Officer) | 2026-01-22",
            "legal | Eleri Castellano-Roberts | Monitoring Officer | 2026-01-23",
        ]
    );
    // A label naming the sign-off; a post the pack does not list, the
    // statement naming the implications; no date but a full stop: undated.
    assert_eq!(
        read("Finance: Geraint Wyn Mathias – financial implications agreed, 22 January 2026.\nHead of Corporate Services: Eleri Castellano-Roberts, report seen and legal comments given."),
        [
            "finance | Geraint Wyn Mathias | - | 2026-01-22",
            "legal | Eleri Castellano-Roberts | - | -",
        ]
    );
    // Near misses: an officer named with nothing said of clearing the
    // paper; a clearance still to come, or not given; implications that
    // need no sign-off; a councillor's post; the author named by a
    // front-sheet label; someone else clearing.
    for line in [
        "Head of Finance: Geraint Wyn Mathias – attended the project board, 22 January 2026.",
        "Monitoring Officer: Eleri Castellano-Roberts – spoke at the ward boundaries workshop, 23 January 2026.",
        "Monitoring Officer: Eleri Castellano-Roberts – legal implications to be agreed.",
        "Monitoring Officer: Eleri Castellano-Roberts – legal implications not yet agreed.",
        "Head of HR: Eleri Castellano-Roberts – report seen and HR implications agreed, 23 January 2026.",
        "Cabinet Member for Resources: Eleri Castellano-Roberts – report seen and financial implications agreed, 23 January 2026.",
        "Contact Officer: Eleri Castellano-Roberts – comments on the financial implications provided, 23 January 2026.",
        "Head of Service: Eleri Castellano-Roberts – financial implications agreed by the Deputy, 23 January 2026.",
    ] {
        assert!(read(line).is_empty(), "{line}");
    }
}

#[test]
fn a_bracket_after_the_date_the_comments_were_given_takes_that_date() {
    let text = |finance: &str, legal: &str| {
        format!(
            "Meeting: Cabinet\nDate: 26 March 2026\n\n## 1. Financial implications\n\n1.1 The cost is £5,000.\n\n{finance}\n\n## 2. Legal implications\n\n2.1 The Council has the power.\n\n{legal}\n"
        )
    };
    // pdftotext wraps the bracket over two lines.
    let wrapped = text(
        "1.2 Comments from the Section 151 Officer were received on 24 February 2026 (Claire\nPenhaligon-Watts, Director of Finance and Section 151 Officer).",
        "2.2 Legal comments were provided on 3 March 2026 (Ann Vale, Senior Solicitor).",
    );
    assert_eq!(
        found(&wrapped),
        [
            "finance | Claire Penhaligon-Watts | Director of Finance and Section 151 Officer | 2026-02-24",
            "legal | Ann Vale | Senior Solicitor | 2026-03-03",
        ]
    );
    assert_eq!(
        sign_offs_of(&wrapped),
        ["finance: 2026-02-24", "legal: 2026-03-03"]
    );
    // The clearance is the sentence, date included.
    let set = crate::config::default_rule_set();
    let doc = crate::parse::parse(&wrapped);
    let resolved = Resolved::new(&set.template, &doc, &wrapped);
    let c = find(&wrapped, &doc, &set.template, &resolved);
    assert!(c[0]
        .span
        .of(&wrapped)
        .starts_with("Comments from the Section 151"));
    assert!(c[0].span.of(&wrapped).ends_with("Section 151 Officer)"));
    // Other verbs of the pack's, no "on", no auxiliary after the comments,
    // and a post as the subject of a verb of the pack's.
    for (finance, legal) in [
        (
            "1.2 Financial advice was given 24 February 2026 (Claire Penhaligon-Watts, Finance Manager).",
            "2.2 Legal comments provided on 3 March 2026 (Ann Vale, Senior Solicitor).",
        ),
        (
            "1.2 Finance sign-off was agreed on 24 February 2026 (Claire Penhaligon-Watts, Finance Manager).",
            "2.2 The Monitoring Officer was consulted on 3 March 2026 (Ann Vale).",
        ),
    ] {
        let t = text(finance, legal);
        assert_eq!(
            sign_offs_of(&t),
            ["finance: 2026-02-24", "legal: 2026-03-03"],
            "{finance} / {legal}"
        );
    }
    // The date is of something else, no comments are said to be given
    // then, they are denied or still to come, words stand between the date
    // and the bracket, or the date is in the sentence before: undated.
    for finance in [
        "1.2 The budget approved on 24 February 2026 (Claire Penhaligon-Watts, Director of Finance) includes the scheme.",
        "1.2 The budget was approved on 24 February 2026 (Claire Penhaligon-Watts, Director of Finance).",
        "1.2 Tenders were received on 24 February 2026 (Claire Penhaligon-Watts, Director of Finance).",
        "1.2 No comments were received on 24 February 2026 (Claire Penhaligon-Watts, Director of Finance).",
        "1.2 Comments will be provided on 24 February 2026 (Claire Penhaligon-Watts, Director of Finance).",
        "1.2 Comments were received on 24 February 2026 from residents (Claire Penhaligon-Watts, Director of Finance).",
        "1.2 Comments were received on 24 February 2026. (Claire Penhaligon-Watts, Director of Finance).",
    ] {
        let t = text(finance, "2.2 The Monitoring Officer was consulted on 3 March 2026 (Ann Vale).");
        assert_eq!(
            sign_offs_of(&t),
            ["finance: -", "legal: 2026-03-03"],
            "{finance}"
        );
    }
}

#[test]
fn a_council_s_receipt_verbs_date_the_bracket_after_them() {
    let text = "Meeting: Cabinet\nDate: 26 March 2026\n\n## 1. Financial implications\n\n1.1 Finance comments were returned on 24 February 2026 (Claire Penhaligon-Watts, Finance Manager).\n";
    let dates = |set: &crate::rules::RuleSet| {
        let doc = crate::parse::parse(text);
        let resolved = Resolved::new(&set.template, &doc, text);
        find(text, &doc, &set.template, &resolved)
            .iter()
            .map(date_or_dash)
            .collect::<Vec<_>>()
    };
    // "returned" is no word of the built-in pack's.
    assert_eq!(dates(&crate::config::default_rule_set()), ["-"]);
    let toml = "extends = [\"council-report\"]\n[sign-off]\nreceipt-verbs = [\"returned\"]\n";
    let config = crate::config::Config::from_text("paperlint.toml".into(), toml, None).unwrap();
    let set = config.rule_set(std::path::Path::new("p.md")).unwrap();
    assert_eq!(dates(&set), ["2026-02-24"]);
}

#[test]
fn a_table_of_officers_consulted_with_dates_sent_and_received() {
    let table = |rows: &str| {
        with_implications(&format!(
            "## 3. Consultation and approval\n\n| Name and position | Date sent | Date received | Comments in paragraph |\n|---|---|---|---|\n{rows}"
        ))
    };
    let rows = "| Ama Kessie-Lowe, Director of Finance | 16/02/2026 | 20/02/2026 | 6, 10 |\n\
                | Gideon Farrant-Hale, Director of Legal and Governance | 16/02/2026 | 23/02/2026 | 7, 11 |\n\
                | Corporate Director of Children's Services | 16/02/2026 | 18/02/2026 | Throughout |\n";
    // The date received is the clearance's; the director's row clears
    // nothing the pack knows.
    assert_eq!(
        found(&table(rows)),
        [
            "finance | Ama Kessie-Lowe | Director of Finance | 2026-02-20",
            "legal | Gideon Farrant-Hale | Director of Legal and Governance | 2026-02-23",
        ]
    );
    // The record dates the statement in the section that the post was
    // consulted, which is dropped beside it.
    let stated = table(rows).replace(
        "2.1 The Council has the power.",
        "2.1 The Director of Legal and Governance has been consulted.",
    );
    assert_eq!(
        sign_offs_of(&stated),
        ["finance: 2026-02-20", "legal: 2026-02-23"]
    );
    // Comments not yet received: that row is undated.
    let waiting = rows.replace("| 16/02/2026 | 23/02/2026 |", "| 16/02/2026 | |");
    assert_eq!(
        found(&table(&waiting))[1],
        "legal | Gideon Farrant-Hale | Director of Legal and Governance | -"
    );
    // Separate name and post columns.
    let split = with_implications(
        "## 3. Approval\n\n| Name | Post | Date agreed |\n|---|---|---|\n| Sam Smith | Finance Business Partner | 3 March 2026 |\n| Jo Bloggs | Solicitor | No |\n",
    );
    assert_eq!(
        found(&split),
        ["finance | Sam Smith | Finance Business Partner | 2026-03-03"]
    );
}

#[test]
fn a_statutory_officer_approval_table_whose_rows_say_approved_by() {
    let table = |rows: &str| {
        with_implications(&format!(
            "## 3. Statutory officer approval\n\n| | **Name** | **Date** |\n|---|---|---|\n{rows}"
        ))
    };
    let rows = "| **Approved by Section 151 Officer** | Ben Jardine | 2 February 2027 |\n\
                | **Approved by Monitoring Officer** | Tim Colley | 3 February 2027 |\n\
                | **Approved by Executive Director** | Tanya Hughes | 3 February 2027 |\n";
    // The row names the post that gave it, the name and date cells who
    // and when; the executive director clears nothing the pack knows.
    assert_eq!(
        found(&table(rows)),
        [
            "finance | Ben Jardine | Section 151 Officer | 2027-02-02",
            "legal | Tim Colley | Monitoring Officer | 2027-02-03",
        ]
    );
    assert_eq!(
        sign_offs_of(&table(rows)),
        ["finance: 2027-02-02", "legal: 2027-02-03"]
    );
    // Not yet given: that row is undated.
    let waiting = rows.replace("| Tim Colley | 3 February 2027 |", "| Tim Colley | |");
    assert_eq!(
        found(&table(&waiting))[1],
        "legal | Tim Colley | Monitoring Officer | -"
    );
    // "Signed off by", and a post alone beside it, under an "Officer"
    // heading.
    let signed = with_implications(
        "## 3. Approval\n\n| Officer | Name | Date |\n|---|---|---|\n| Signed off by Section 151 Officer | Ben Jardine | 2/2/2027 |\n| Monitoring Officer | Tim Colley | 3/2/2027 |\n",
    );
    assert_eq!(
        found(&signed),
        [
            "finance | Ben Jardine | Section 151 Officer | 2027-02-02",
            "legal | Tim Colley | Monitoring Officer | 2027-02-03",
        ]
    );
    for table in [
        // No person named: a form still to be filled in.
        "| | Name | Date |\n|---|---|---|\n| Approved by Section 151 Officer | | 2 February 2027 |\n",
        // No row says what was given: a list of people.
        "| | Name | Date |\n|---|---|---|\n| Section 151 Officer | Ben Jardine | 2 February 2027 |\n",
        // The first column is headed by something other than a post.
        "| Scheme | Name | Date |\n|---|---|---|\n| Approved by Section 151 Officer | Ben Jardine | 2 February 2027 |\n",
        // A sentence, not a post.
        "| | Name | Date |\n|---|---|---|\n| Approved by the Cabinet on the advice of the Section 151 Officer and others | Ben Jardine | 2 February 2027 |\n",
    ] {
        let text = with_implications(&format!("## 3. Approval\n\n{table}"));
        assert_eq!(found(&text), Vec::<String>::new(), "{table}");
    }
}

#[test]
fn tables_that_are_no_record_of_officers_consulted() {
    for table in [
        // Two dates, neither saying the comments came back: which is the
        // clearance's cannot be told.
        "| Name and position | Date from | Date to |\n|---|---|---|\n| Sam Smith, Finance Business Partner | 1/4/2026 | 31/3/2027 |\n",
        // The first column is no officer.
        "| Scheme | Date | Contact |\n|---|---|---|\n| Sam Smith, Finance Business Partner | 1/4/2026 | x |\n",
        // No row dated: a form still to be filled in.
        "| Name | Date received |\n|---|---|\n| Sam Smith, Finance Business Partner | |\n",
        // A bare "Date" says no more than that the table lists people.
        "| Role | Name | Date |\n|---|---|---|\n| Finance Business Partner | Sam Smith | 1/4/2026 |\n",
    ] {
        let text = with_implications(&format!("## 3. Approval\n\n{table}"));
        assert_eq!(found(&text), Vec::<String>::new(), "{table}");
    }
}

#[test]
fn post_labelled_lines_in_a_form_with_no_headings() {
    // A decision form as PDF text: run-in heads, no heading the parser
    // reads, numbered paragraphs; the sign-off lines after the front
    // sheet's fields are clearances.
    let text = "MEETING: Cabinet\nDATE: 21 January 2026\nAuthor: Kay Dunn\nPurpose of Report:\nTo report on the zone.\nEvidence Base:\n1. The zone began in 2023.\n2. Levels have fallen.\n\
                Required information to be completed by Financial/Legal partners:\n\
                1. Finance Advice: The costs are met from charging income.\n\
                Finance Business Partner: Marcus Lyle, Finance Business Partner – Growth\n\
                2. Legal Advice: The zone was made under the Transport Act 2000.\n\
                Legal Team Leader: Sunita Raven, Team Leader, Governance Law, 7 January 2026\n";
    assert_eq!(
        found(text),
        [
            "finance | Marcus Lyle | Finance Business Partner – Growth | -",
            "legal | Sunita Raven | Team Leader, Governance Law | 2026-01-07",
        ]
    );
    assert_eq!(sign_offs_of(text), ["finance: -", "legal: 2026-01-07"]);
    // Before the first numbered paragraph, such a line is the front
    // sheet's: no clearance.
    let front = "MEETING: Cabinet\nDATE: 21 January 2026\nFinance Business Partner: Marcus Lyle\n1. The zone began in 2023.\n";
    assert_eq!(found(front), Vec::<String>::new());
}

#[test]
fn a_clearance_naming_its_sign_off_in_another_sign_off_s_section() {
    // The financial implications hold no clearance; the Treasurer's, in the
    // closing table of considerations that holds the legal ones run in,
    // names the financial implications it agrees.
    let run_in = "Meeting: Cabinet\nDate: 26 March 2025\n\n## 1. Financial implications\n\n1.1 The cost is £5,000, met from the capital reserve.\n\n## 2. Corporate considerations\n\n2.1 *Resource implications*: as set out in section 1. The Treasurer has been consulted and agrees the financial implications (Sam Smith, Treasurer, 4 March 2025).\n\n2.2 *Legal*: the Council has the power. Legal comments provided by Jo Bloggs, Solicitor, 5 March 2025.\n";
    assert_eq!(
        sign_offs_of(run_in),
        ["finance: 2025-03-04", "legal: 2025-03-05"]
    );
    // So in the legal implications, by the post alone.
    let legal = with_implications(
        "## 3. Conclusion\n\n3.1 The charges cover the cost.\n",
    )
    .replace(
        "2.1 The Council has the power.",
        "2.1 The Council has the power (Jo Bloggs, Solicitor, 5 March 2025). The budget was agreed by Sam Smith, Treasurer, on 4 March 2025.",
    );
    assert_eq!(
        sign_offs_of(&legal),
        ["finance: 2025-03-04", "legal: 2025-03-05"]
    );
    // Near misses. A clearance that the section's own role names: the
    // legal one's, not finance's.
    let unnamed = with_implications("").replace(
        "2.1 The Council has the power.",
        "2.1 The Council has the power. Agreed by Jo Bloggs, 5 March 2025.",
    );
    assert_eq!(sign_offs_of(&unnamed), ["finance: ", "legal: 2025-03-05"]);
    // Only that a post was consulted, elsewhere.
    let bare = with_implications("").replace(
        "2.1 The Council has the power.",
        "2.1 The Council has the power (Jo Bloggs, Solicitor, 5 March 2025). The Section 151 Officer has been consulted.",
    );
    assert_eq!(sign_offs_of(&bare), ["finance: ", "legal: 2025-03-05"]);
    // The section's own clearance is the one, the other not added to it.
    let own = legal.replace(
        "1.1 The cost is £5,000.",
        "1.1 The cost is £5,000. Agreed by Ann Tull, Finance Manager, 2 March 2025.",
    );
    assert_eq!(
        sign_offs_of(&own),
        ["finance: 2025-03-02", "legal: 2025-03-05"]
    );
}

#[test]
fn implications_noted_by_an_officer_are_a_clearance() {
    // "Noted by" and the officer, post and date after it (a London
    // borough's licensing report, in pdftotext).
    let text = "Meeting: Licensing Sub-Committee\nDate: 15 December 2026\n\n7.\nFinancial implications\n7.1\nThere are no direct financial implications for the Council.\n7.2\nComments of the Interim Director of Finance: financial implications noted by Daniel\nOkafor, Head of Finance (Climate, Homes and Economy), 1 December 2026.\n8.\nLegal implications\n8.1\nThe Sub-Committee acts in a quasi-judicial capacity.\n";
    let got = found(text);
    assert!(
        got.iter()
            .any(|c| c.starts_with("finance | Daniel Okafor") && c.ends_with("2026-12-01")),
        "{got:?}"
    );
    // The committee's "noted", with no officer after it, is none.
    let text = "Meeting: Cabinet\nDate: 26 March 2025\n\n## 1. Financial implications\n\n1.1 The cost is £5,000. The committee noted the financial implications on 3 March 2025.\n\n## 2. Legal implications\n\n2.1 The Council has the power. The legal implications were noted by members on 3 March 2025.\n";
    assert_eq!(found(text), Vec::<String>::new());
}

#[test]
fn an_implications_table_row_naming_a_list_of_implications() {
    // "Issue | Implications", each clearance inside its cell: the rows
    // "Financial, resource and property" and "Legal and statutory" stand
    // for the financial and legal implications, so the undated legal
    // clearance is judged.
    let text = "Date of meeting: 2 February 2027\n\n## 1. Purpose\n\n1.1 To report the responses to the consultation.\n\n## 5. Implications\n\n| Issue | Implications |\n|---|---|\n| Financial, resource and property | The review is funded from the Local Plan reserve, which holds £612,000. Comments checked by Priya Nandra, Principal Accountant, 11 January 2027. |\n| Legal and statutory | The plan must be prepared in line with the Planning and Compulsory Purchase Act 2004. Comments checked by Hugh Lomas, Senior Planning Solicitor. |\n| Risk | The main risk is delay to the timetable if further evidence is needed. |\n";
    assert_eq!(sign_offs_of(text), ["finance: 2027-01-11", "legal: -"]);
    // A table whose header does not say implications, under an
    // implications heading: its rows are the implications all the same.
    let other = text.replace("| Issue | Implications |", "| Issue | Notes |");
    assert_eq!(sign_offs_of(&other), ["finance: 2027-01-11", "legal: -"]);
    // Under another heading, a row naming a list is no list of
    // implications; "Legal and statutory", the pack's "legal and
    // statutory implications" without its last word, is still legal.
    let other = other.replace("## 5. Implications", "## 5. Issues raised");
    assert_eq!(sign_offs_of(&other), ["legal: -"]);
    let other = other.replace("Legal and statutory", "Planning law");
    assert_eq!(sign_offs_of(&other), Vec::<String>::new());
}

#[test]
fn a_report_signed_at_the_end_by_the_finance_officer() {
    // A report by the Treasurer, who signs and dates it after the last
    // paragraph: the financial implications ("as set out in this report")
    // are cleared by that signature.
    let text = "Date of meeting: 5 February 2027\n\nREPORT BY THE TREASURER\n\n## 6. Implications\n\n6.1 Policy – none.\n\n6.2 Financial – as set out in this report.\n\n6.3 Legal – the Board must set its budget before 15 February. The Clerk to the Board, Fiona Baird, Head of Legal Services, has been consulted and agrees the report, 14 January 2027.\n\nGraeme Ross\nTreasurer to the Board\n19 January 2027\n\nFor further information contact:\nAlison Kerr, Finance Manager, Ardmhor Council\nTel: 01546 604 288\n";
    assert_eq!(
        sign_offs_shown(text, " ", |c| format!("{} {}", c.who(), date_or_dash(c))),
        [
            "finance: Graeme Ross 2027-01-19",
            "legal: Head of Legal Services 2027-01-14"
        ]
    );
    // Undated, it is a name and a post, no signature; nor is the contact
    // block under it a clearance.
    let undated = text.replace("19 January 2027\n", "");
    assert_eq!(sign_offs_of(&undated), ["finance: ", "legal: 2027-01-14"]);
    // A signature whose post gives no sign-off clears nothing.
    let other = text.replace("Treasurer to the Board", "Director of Place");
    assert_eq!(sign_offs_of(&other), ["finance: ", "legal: 2027-01-14"]);
}

#[test]
fn a_consultation_table_flattened_two_cells_a_row() {
    // pdftotext's reading of a "Name/role | Method consulted" table: each
    // statutory officer's row is their clearance, dated in its second cell.
    let text = "Date: 27 January 2027\n\n## 5 Finance comments\n\n5.1 The cost will be met from the approved capital budget for operational equipment.\n\n## 7 Legal comments\n\n7.1 The Commissioner has power under the Fire and Rescue Services Act 2004 to obtain equipment.\n\n## Consultation\n\nName/role\nMethod consulted\nChief Finance Officer (Amanda Pryce)\nReport reviewed, 18 December 2026\nGeneral Counsel (Keith Lindqvist)\nReport reviewed, 21 December 2026\nAssistant Director, Procurement and Commercial\nReport reviewed, 16 December 2026\nPPE working group (representative bodies)\nMeeting, 9 December 2026\n\n## List of appendices\n\nAppendix 1 Helmet user trial\n";
    assert_eq!(
        sign_offs_shown(text, " ", |c| format!("{} {}", c.who(), date_or_dash(c))),
        [
            "finance: Amanda Pryce 2026-12-18",
            "legal: Keith Lindqvist 2026-12-21"
        ]
    );
    // A second column that says nothing of a consultation ("Location"):
    // no such table.
    let other = text.replace("Method consulted", "Location");
    assert_eq!(sign_offs_of(&other), ["finance: ", "legal: "]);
    // A row saying the officer was not consulted clears nothing.
    let not = text.replace(
        "Report reviewed, 18 December 2026",
        "Not consulted, 18 December 2026",
    );
    assert_eq!(sign_offs_of(&not), ["finance: ", "legal: 2026-12-21"]);
}

#[test]
fn a_consultation_table_of_who_and_how_in_markdown() {
    // The same table as a Markdown (Word) table: the date in the "Method
    // consulted" cell.
    let text = "Date: 27 January 2027\n\n## 5 Finance comments\n\n5.1 The cost will be met from the approved capital budget for operational equipment.\n\n## 7 Legal comments\n\n7.1 The Commissioner has power under the Fire and Rescue Services Act 2004 to obtain equipment.\n\n## Consultation\n\n| Name/role | Method consulted |\n|---|---|\n| Chief Finance Officer (Amanda Pryce) | Report reviewed, 18 December 2026 |\n| General Counsel (Keith Lindqvist) | Not consulted |\n| PPE working group | Meeting, 9 December 2026 |\n";
    assert_eq!(
        sign_offs_shown(text, " ", |c| format!("{} {}", c.who(), date_or_dash(c))),
        ["finance: Amanda Pryce 2026-12-18", "legal: "]
    );
    // A second column that says nothing of a consultation: no such table.
    let other = text.replace("Method consulted", "Location");
    assert_eq!(sign_offs_of(&other), ["finance: ", "legal: "]);
}

#[test]
fn a_clearance_in_an_implications_table_row_named_by_the_pack_is_its_sign_off() {
    // The implications as a two-column table under "6 Implications",
    // each sign-off inside its row's cell.
    let table = |finance: &str, legal: &str| {
        format!(
            "Meeting: Cabinet\nDate: 17 March 2027\n\n## 1 Recommendations\n\n1.1 That Cabinet awards the contract.\n\n\
             ## 6 Implications\n\n| | |\n|---|---|\n\
             | **{finance}:** | The contract is funded from the repairs budget of £22.1 million. Finance comments provided by Rajinder Sandhu, Finance Business Partner (Housing), on 24 February 2027. |\n\
             | **{legal}:** | The procurement follows the Contract Procedure Rules. Legal comments provided by Owen Pritchard, Principal Solicitor (Contracts), on 25 February 2027. |\n\
             | **Equality:** | An equality impact assessment has been completed and is at Appendix 3. |\n"
        )
    };
    for finance in [
        "Resources",
        "Finance and Resources",
        "Resources and Finance",
    ] {
        assert_eq!(
            sign_offs_of(&table(finance, "Legal and Governance")),
            ["finance: 2027-02-24", "legal: 2027-02-25"],
            "{finance}"
        );
    }
    // A row whose name only starts with an implication's ("Resources
    // Directorate savings") is not that implication: its clearance is
    // judged for no section (and required-section reports the missing one).
    assert_eq!(
        sign_offs_of(&table("Resources Directorate savings", "Legal")),
        ["legal: 2027-02-25"]
    );
    // "Human Resources" is staffing, which needs no sign-off.
    assert_eq!(
        sign_offs_of(&table("Human Resources", "Legal")),
        ["legal: 2027-02-25"]
    );
}

#[test]
fn implications_officers_listed_by_name_and_post_are_their_sign_offs() {
    assert!(names_implications_officers(
        "Specialist Implications Officer(s)"
    ));
    assert!(names_implications_officers("Implications officers"));
    assert!(!names_implications_officers(
        "Officers will report the implications."
    ));
    assert!(!names_implications_officers("Implications"));
    assert!(!names_implications_officers(
        "The officers have considered all of the implications"
    ));
    let parts = &Vocabulary::builtin().contact_parts;
    let who = "Jayne Close, Finance Manager (Place), Tel: 01904 554 175";
    assert_eq!(contact_tail(who, parts), who.find(", Tel"));
    let who = "Jo Bloggs, Solicitor, Tel. 0116 454 4012, Email: jo@x.gov.uk";
    assert_eq!(contact_tail(who, parts), who.find(", Tel"));
    // No post before it, or no label: none.
    assert_eq!(contact_tail("Jo Bloggs, Tel: 0116 454 4012", parts), None);
    assert_eq!(
        contact_tail("Jo Bloggs, Solicitor, 0116 454 4012", parts),
        None
    );
    assert_eq!(
        contact_tail("Jo Bloggs, Solicitor, Legal Services", parts),
        None
    );
    // The closing list, after implications written as bullets.
    let text = "Implications\n1.\n   \u{2022} Financial \u{2013} The cost is met from the budget.\n\
                \x20  \u{2022} Legal \u{2013} The council has power to make the order.\n\n\
                Risk Management\n2. The main risk is small.\n\n\
                Contact Details\nAuthor:\nRosie Carrick\nReport Approved\nSpecialist Implications Officer(s)\n\
                Financial: Jayne Close, Finance Manager (Place), Tel: 01904 554 175\n\
                Legal: Cheryl Ellison, Senior Solicitor, Tel: 01904 552 304\n";
    assert_eq!(sign_offs_of(text), ["finance: -", "legal: -"]);
    // Under any other line, a "Financial: NAME, POST" line is no sign-off.
    let text = text.replace("Specialist Implications Officer(s)", "Other contacts");
    assert_eq!(sign_offs_of(&text), ["finance: ", "legal: "]);
}

#[test]
fn a_named_clearance_whose_date_is_unread_is_undated_not_dropped() {
    let read = |line: &str| {
        found(&format!(
            "Meeting: Cabinet\nDate: 9 March 2027\n\n## 1. Financial implications\n\n1.1 The cost is £5,000.\n\n{line}\n\n## 2. Legal implications\n\n2.1 The Council has the power.\n"
        ))
    };
    // The date in a shape the tool reads, after a bold label.
    assert_eq!(
        read("**Finance Officer:** Harriet Okafor, Group Accountant (Place)  **Date:** 22.2.27"),
        ["finance | Harriet Okafor | Group Accountant (Place) | 2027-02-22"]
    );
    // A value after "Date:" that is no date read: the officer is named,
    // so the clearance stands, undated.
    for date in ["tbc", "22-2-27", "22nd Febuary 2027"] {
        assert_eq!(
            read(&format!(
                "**Finance Officer:** Harriet Okafor, Group Accountant (Place)  **Date:** {date}"
            )),
            ["finance | Harriet Okafor | Group Accountant (Place) | -"],
            "{date}"
        );
    }
    assert_eq!(
        read("Finance Officer: Chris Dale  Date: tbc"),
        ["finance | Chris Dale | - | -"]
    );
    // Near miss: more after the date label than a date's few words, with
    // a colon: no signature line.
    assert!(read("Finance Officer: Chris Dale  Date: see note: tbc").is_empty());
    assert_eq!(unread_date_tail("Chris Dale Date: tbc"), Some(10));
    assert_eq!(unread_date_tail("Chris Dale, Update: tbc"), None);
    assert_eq!(
        unread_date_tail("Chris Dale Date: a long note, then more"),
        None
    );
}

#[test]
fn a_sign_off_table_flattened_row_by_row_under_a_who_and_date_header() {
    let read = |cells: &str| {
        found(&with_implications(&format!(
            "## 3. Risk implications\n\n3.1 None.\n\nApproval and clearance of report\n{cells}\n"
        )))
    };
    // The heading of the role column is a sign-off heading ("sign offs"
    // after "final report"); then who cleared each row, a clause ending in
    // one of the pack's verbs and "by", its note in brackets; then Date.
    // A row whose officer's cell says "Not required" clears nothing.
    let table = "Final report sign offs\nThis report has been cleared by (or mark not required if appropriate)\nDate\nGovernance/Legal (Required for all reports)\nKerensa Nance, Principal Property Lawyer\n09/03/2025\nEquality and Diversity (If applicable)\nNot required\nFinance (Required for all reports)\nWyn Trevithick, Strategic Finance Business Partner\n15/03/2025\nCabinet Member (Required for all reports)\nCllr Morwenna Pascoe\n12/03/2025";
    assert_eq!(
        read(table),
        [
            "legal | Kerensa Nance | Principal Property Lawyer | 2025-03-09",
            "finance | Wyn Trevithick | Strategic Finance Business Partner | 2025-03-15",
        ]
    );
    // A "Sign-off" column heading of its own under the sign-off heading,
    // then Name and Date.
    assert_eq!(
        read("Report sign-off\nSign-off\nName\nDate\nFinance\nWyn Trevithick, Finance Business Partner\n15/03/2025\n"),
        ["finance | Wyn Trevithick | Finance Business Partner | 2025-03-15"]
    );
    // No date column: nothing read.
    assert!(read("Final report sign offs\nThis report has been cleared by\nFinance (Required for all reports)\nWyn Trevithick, Strategic Finance Business Partner\n15/03/2025\n").is_empty());
    // No row dated: a form still to fill in, nothing read.
    assert!(read("Final report sign offs\nThis report has been cleared by\nDate\nFinance (Required for all reports)\nWyn Trevithick, Strategic Finance Business Partner\n").is_empty());
    // A clause ending in "by" with no verb of the pack's: no who column.
    assert!(read("Final report sign offs\nThis report has been written by\nDate\nFinance (Required for all reports)\nWyn Trevithick, Strategic Finance Business Partner\n15/03/2025\n").is_empty());
}

#[test]
fn column_headings_of_a_sign_off_table() {
    let set = crate::config::default_rule_set();
    let w = &set.template.clearance;
    assert_eq!(column_named(w, "Date"), Some(Column::Date));
    assert_eq!(column_named(w, "Name"), Some(Column::Name));
    assert_eq!(column_named(w, "Seen by:"), Some(Column::Post));
    assert_eq!(
        column_named(
            w,
            "This report has been cleared by (or mark not required if appropriate)"
        ),
        Some(Column::Post)
    );
    assert_eq!(
        column_named(w, "Final report sign offs"),
        Some(Column::Label)
    );
    assert_eq!(column_named(w, "Sign-off"), Some(Column::Label));
    // Near misses: a clause ending in no verb and "by", one too long, a
    // verb inside a longer word.
    assert_eq!(column_named(w, "This report has been written by"), None);
    assert_eq!(
        column_named(
            w,
            "The options in this report have all been carefully reviewed by"
        ),
        None
    );
    assert_eq!(column_named(w, "This report has been unsigned by"), None);
    assert_eq!(column_named(w, "Final report"), None);
}

#[test]
fn a_code_stamp_closing_a_section_clears_it() {
    let text = "Meeting: Cabinet\nDate: 17 March 2027\n\n**1.0 Financial implications**\n\n1.1 The cost is £5,000.\n\n\\[JB/03032027/P\\]\n\n**2.0 Legal implications**\n\n2.1 The Council has the power.\n\n[SZ/04032027/L]\n";
    assert_eq!(
        found(text),
        [
            "finance | JB | - | 2027-03-03",
            "legal | SZ | - | 2027-03-04"
        ]
    );
    // The initials used elsewhere in the paper, not before a date: an
    // abbreviation, not an officer's initials.
    let text = text.replace("1.1 The cost", "1.1 The JB fund cost");
    assert_eq!(found(&text), ["legal | SZ | - | 2027-03-04"]);
    // A code with no date that can be, or words beside it: nothing.
    let text = "Meeting: Cabinet\nDate: 17 March 2027\n\n**1.0 Financial implications**\n\n1.1 The cost is £5,000.\n\n[JB/33032027/P]\n\n**2.0 Legal implications**\n\n2.1 The Council has the power.\n\n[SZ/04032027/L] agreed\n";
    assert!(found(text).is_empty(), "{:?}", found(text));
}

#[test]
fn a_statutory_officer_consultation_table_of_post_name_and_date() {
    let read = |table: &str| {
        found(&with_implications(&format!(
            "## 3. Background papers\n\nNone.\n\n{table}\n"
        )))
    };
    // Flattened one cell a line: the consultation's heading heads the
    // posts' column; the Monitoring Officer's date cell is empty.
    let flat = "Statutory officer consultation\nName\nDate\nChief Finance Officer (Section 151)\nGareth Pryce\n14.09.2027\nMonitoring Officer\nElin Rowlands\n";
    assert_eq!(
        read(flat),
        [
            "finance | Gareth Pryce | Chief Finance Officer (Section 151) | 2027-09-14",
            "legal | Elin Rowlands | Monitoring Officer | -",
        ]
    );
    // In columns of spaces (`pdftotext -layout`), a table of three
    // columns; and so under a sign-off heading of the pack's.
    let spaced = "Statutory officer consultation        Name                    Date\nChief Finance Officer (Section 151)   Gareth Pryce            14.09.2027\nMonitoring Officer                    Elin Rowlands\n";
    let both = [
        "finance | Gareth Pryce | Chief Finance Officer (Section 151) | 2027-09-14",
        "legal | Elin Rowlands | Monitoring Officer | -",
    ];
    assert_eq!(read(spaced), both);
    assert_eq!(
        read(&spaced.replace("consultation ", "clearance    ")),
        both
    );
    // Near misses: the posts' column headed by no clearance or
    // consultation words, the date column bare ("Date" says only that the
    // table lists people); a consultation of no officers.
    assert!(read(&spaced.replace(
        "Statutory officer consultation",
        "Officer                       "
    ))
    .is_empty());
    assert!(read(&spaced.replace(
        "Statutory officer consultation",
        "Public consultation           "
    ))
    .is_empty());
    assert!(
        read(&flat.replace("Statutory officer consultation", "Public consultation")).is_empty()
    );
    // No row dated: a form still to fill in, nothing read.
    assert!(read(&spaced.replace("14.09.2027", "          ")).is_empty());
    // A row whose post the pack does not list clears nothing, though a
    // word of it is a legal topic ("statutory").
    assert_eq!(
        read(&format!(
            "{flat}Statutory Scrutiny Officer\nNasreen Qadir\n05/01/2027\n"
        )),
        [
            "finance | Gareth Pryce | Chief Finance Officer (Section 151) | 2027-09-14",
            "legal | Elin Rowlands | Monitoring Officer | -",
        ]
    );
}

#[test]
fn a_local_council_s_clerk_clears() {
    let paper = |name: &str, legal: &str| {
        format!(
            "# {name}\n\n| Committee | Finance Committee |\n| --- | --- |\n| Date | Monday 8 December 2025 |\n\n## PURPOSE\n\n**1.** To set the rents.\n\n## IMPLICATIONS\n\n**2.** *Financial*: the increase raises £1,150 (Irene Castell, Town Clerk and RFO, 1 December 2025).\n\n**3.** *Legal*: rents are set under the Allotments Act 1950. {legal}\n"
        )
    };
    let roles = |text: &str| {
        // (Read as the rules read a paper: the council name line is read
        // once, where the rules' shared data is.)
        let set = crate::config::default_rule_set();
        let doc = crate::parse::parse_with(text, &set.template.vocabulary);
        let resolved = Resolved::new(&set.template, &doc, text);
        let cx = crate::rules::Context::new(text, &doc, &set.template, &resolved, None, None);
        cx.clearances()
            .iter()
            .map(|c| {
                format!(
                    "{} | {}",
                    c.role.as_deref().unwrap_or("?"),
                    c.post.as_ref().map_or("-", |p| p.text.as_str())
                )
            })
            .collect::<Vec<_>>()
    };
    // On a town council's paper the clerk clears its legal implications,
    // and the clerk and RFO, a post of both, gives the finance sign-off
    // where the financial implications stand.
    assert_eq!(
        roles(&paper(
            "ASHLOW TOWN COUNCIL",
            "Checked by the Clerk, 1 December 2025."
        )),
        ["finance | Town Clerk and RFO", "legal | the Clerk"]
    );
    assert_eq!(
        roles(&paper(
            "Lower Brindle Parish Council",
            "Checked by the Parish Clerk, 1 December 2025."
        )),
        ["finance | Town Clerk and RFO", "legal | the Parish Clerk"]
    );
    // A principal council's clerk clears nothing; nor a town council
    // named only in a report's title to it.
    assert_eq!(
        roles(&paper(
            "ASHLOW DISTRICT COUNCIL",
            "Checked by the Committee Clerk, 1 December 2025."
        )),
        ["finance | Town Clerk and RFO"]
    );
    assert_eq!(
        roles(&paper(
            "Report to Ashlow Town Council",
            "Checked by the Clerk, 1 December 2025."
        )),
        ["finance | Town Clerk and RFO"]
    );
}

/// A paper whose implications close with a clearance question block.
fn with_questions(block: &str) -> String {
    format!(
        "Meeting: Cabinet\nDate: 26 March 2025\n\n## 1. Resource Implications\n\nThe cost is £5,000.\n\n## 2. Statutory, Legal and Risk Implications\n\nThe Council has the power.\n\n## 3. Public Health Implications\n\nNone.\n\n{block}\n## 4. Source documents\n\nNone.\n"
    )
}

#[test]
fn a_clearance_question_answered_yes_over_a_name_is_that_officer_s_clearance() {
    let text = with_questions(
        "Have the resource implications been cleared by Finance? Yes\\\nName of Financial Officer: Priya Raman\n\nHas the impact on statutory, legal and risk implications been cleared by the Council's Monitoring Officer or Pathfinder Legal? Yes\\\nName of Legal Officer: Jo Bloggs\nDate: 3 March 2025\n\nHave any Public Health implications been cleared by Public Health? Yes\\\nName of Officer: Dr Anna Pearce\n",
    );
    assert_eq!(
        found(&text),
        [
            "finance | Priya Raman | - | -",
            "legal | Jo Bloggs | - | 2025-03-03"
        ]
    );
}

#[test]
fn a_question_wrapped_over_lines_with_its_answer_below() {
    // pdftotext: the question wraps, "Yes" stands on its own line.
    let text = with_questions(
        "Have the resource implications been cleared by\nFinance?\nYes\nName of Financial Officer: Priya Raman\n",
    );
    assert_eq!(found(&text), ["finance | Priya Raman | - | -"]);
}

#[test]
fn the_post_a_question_names_is_no_clearance() {
    // The slot is empty, or the answer is no: nobody cleared them, and
    // the Monitoring Officer in the question only ought to have.
    for block in [
        "Has the impact on statutory, legal and risk implications been cleared by the Council's Monitoring Officer? Yes\\\nName of Legal Officer:\n",
        "Has the impact on statutory, legal and risk implications been cleared by the Council's Monitoring Officer? No\\\nName of Legal Officer: Jo Bloggs\n",
        "Has the impact on statutory, legal and risk implications been cleared by the Council's Monitoring Officer? Yes\\\nName of Legal Officer: N/A\n",
    ] {
        assert_eq!(found(&with_questions(block)), Vec::<String>::new(), "{block}");
    }
    let text = with_questions(
        "Has the impact on statutory, legal and risk implications been cleared by the Council's Monitoring Officer? Yes\\\nName of Legal Officer:\n",
    );
    let set = crate::config::default_rule_set();
    let doc = crate::parse::parse(&text);
    let resolved = Resolved::new(&set.template, &doc, &text);
    let cx = crate::rules::Context::new(&text, &doc, &set.template, &resolved, None, None);
    let legal = cx.sign_offs().iter().find(|s| s.role == "legal").unwrap();
    assert!(legal.clearances.is_empty());
    assert_eq!(
        legal.unnamed.map(|s| s.of(&text)),
        Some("Name of Legal Officer:")
    );
    // Finance has no question, so no slot: reported as before.
    let finance = cx.sign_offs().iter().find(|s| s.role == "finance").unwrap();
    assert_eq!(finance.unnamed, None);
}

#[test]
fn a_question_that_is_no_clearance_question_is_read_as_before() {
    // No name slot under it: an ordinary question in the text.
    assert!(questions_of(
        "Has the budget been agreed by Cabinet? Yes, in February.\nThe cost is £5,000.\n"
    )
    .is_empty());
    // A slot whose label is no name label.
    assert!(questions_of(
        "Have the resource implications been cleared by Finance? Yes\nPost: Accountant\n"
    )
    .is_empty());
    // No verb of the pack's.
    assert!(questions_of("Have the resource implications been paid for by Finance? Yes\nName of Officer: Jo Bloggs\n").is_empty());
}

/// The clearance questions of `text`, as "role | cleared | officer".
fn questions_of(text: &str) -> Vec<String> {
    let set = crate::config::default_rule_set();
    let doc = crate::parse::parse(text);
    questions(text, &doc, &set.template)
        .iter()
        .map(|q| {
            format!(
                "{} | {} | {}",
                q.role.as_deref().unwrap_or("?"),
                q.cleared,
                q.officer.as_ref().map_or("-", |o| o.text.as_str())
            )
        })
        .collect()
}

#[test]
fn a_question_s_sign_off_is_its_subject_s_else_its_slot_s_else_its_post_s() {
    assert_eq!(
        questions_of("Have the resource implications been cleared by Finance? Yes\nName of Officer: Jo Bloggs\n"),
        ["finance | true | Jo Bloggs"]
    );
    assert_eq!(
        questions_of("Have the implications been cleared by Finance? Yes\nName of Legal Officer: Jo Bloggs\n"),
        ["legal | true | Jo Bloggs"]
    );
    assert_eq!(
        questions_of("Have the implications been cleared by the Section 151 Officer? Yes\nName of Officer: Jo Bloggs\n"),
        ["finance | true | Jo Bloggs"]
    );
    assert_eq!(
        questions_of("If a Key decision, have any Environment and Climate Change implications been cleared by the Climate Change Officer? Yes\nName of Officer: Emily Tran\n"),
        ["? | true | Emily Tran"]
    );
}

#[test]
fn name_labels_take_a_word_or_two_naming_the_sign_off() {
    let set = crate::config::default_rule_set();
    let w = &set.template.clearance;
    assert!(w.is_name_label("Name of Officer"));
    assert!(w.is_name_label("Name of Legal Officer"));
    assert!(w.is_name_label("**Name of Finance Business Officer**"));
    assert!(w.is_name_label("Name"));
    assert!(!w.is_name_label("Name of the three finance officer"));
    // A one-word label takes none.
    assert!(!w.is_name_label("Legal name"));
    assert!(!w.is_name_label("Post"));
}

#[test]
fn a_label_asking_whether_a_post_signed_the_paper_off() {
    let set = crate::config::default_rule_set();
    let t = &set.template;
    let role = |l: &str| signed_off_by_role(t, l);
    assert_eq!(
        role("Is it also signed off by the Service Director for Finance?").as_deref(),
        Some("finance")
    );
    assert_eq!(
        role("**Is it also signed off by the Service Director for Legal Governance and Commissioning?**")
            .as_deref(),
        Some("legal")
    );
    assert_eq!(
        role("Cleared by the Monitoring Officer").as_deref(),
        Some("legal")
    );
    // A post giving no sign-off, no post, no "by" heading: none.
    assert_eq!(role("Date signed off by Strategic Director & name"), None);
    assert_eq!(role("Signed off by"), None);
    assert_eq!(role("Is it eligible for call in by Scrutiny?"), None);
    assert_eq!(
        role("Signed off by the Director of Children's Services"),
        None
    );
}

#[test]
fn a_front_sheet_row_answering_who_signed_the_paper_off() {
    let front = "| | |\n|---|---|\n| **Date:** | 9 March 2027 |\n\
                 | **Date signed off by Strategic Director & name** | Helen Armitage, Strategic Director for Growth – 17 February 2027 |\n\
                 | **Is it also signed off by the Service Director for Finance?** | Mark Dwyer, Service Director – Finance – 18 February 2027 |\n\
                 | **Is it also signed off by the Service Director for Legal Governance and Commissioning?** | Joanne Priestley, Service Director – Legal, Governance and Commissioning – 1 March 2027 |\n\n";
    let text = format!(
        "{front}## 1. Financial implications\n\n1.1 The cost is £5,000.\n\n## 2. Legal implications\n\n2.1 The Council has the power.\n"
    );
    assert_eq!(
        found(&text),
        [
            "finance | Mark Dwyer | Service Director – Finance | 2027-02-18",
            "legal | Joanne Priestley | Service Director – Legal, Governance and Commissioning | 2027-03-01",
        ]
    );
    // An answer that names nobody is no clearance.
    let yes = text.replace(
        "Mark Dwyer, Service Director – Finance – 18 February 2027",
        "Yes",
    );
    assert_eq!(found(&yes).len(), 1, "{:?}", found(&yes));
}

#[test]
fn a_post_named_again_after_a_heading_run_into_its_text_is_the_subject() {
    // pdftotext with no blank line under "Comments from the Monitoring
    // Officer": the heading runs into the sentence whose subject it is.
    let text = "Meeting: Cabinet\nDate: 7 June 2027\n\n6. Legal Implications\n6.1 The Council has the power.\nComments from the Monitoring Officer\nThe Monitoring Officer (or a member of the Legal team on her behalf)\nhas been consulted and has no further comments.\n";
    assert_eq!(
        found(text),
        ["legal | - | The Monitoring Officer (or a member of the Legal team on her behalf) | -"]
    );
    // Named once, the post is read from where it opens, as before.
    let once = text.replace(
        "Comments from the Monitoring Officer\nThe Monitoring",
        "The Monitoring",
    );
    assert_eq!(
        found(&once),
        ["legal | - | The Monitoring Officer (or a member of the Legal team on her behalf) | -"]
    );
}

/// A city's record of contributors and approvers closing an individual
/// cabinet member's report: each name cell labelled with what the
/// approver clears, the date the paper was sent out beside the date the
/// response came back.
const APPROVERS: &str = "| Contributor/approver name | Title | Service Area | Date doc sent out | Date response received or approved |\n\
    |---|---|---|---|---|\n\
    | Suzanne Bennett | Governance Services Co-ordinator | Law and Governance | 13 September 2027 | 14 September 2027 |\n\
    | Finance: Graham Clark | Lead Accountant, Business Partnering | Finance | 13 September 2027 | 20 September 2027 |\n\
    | Legal: Julie Newman | Team Leader, Legal Services | Law and Governance | 13 September 2027 | 22 September 2027 |\n\
    | Director: Neil Brierley | Director of Housing | Housing | 22 September 2027 | 23 September 2027 |\n";

#[test]
fn an_approvers_table_dated_sent_and_received_with_labelled_names() {
    let text = with_implications(APPROVERS);
    // The label says what each approver clears; the date received or
    // approved is the clearance's, not the date sent.
    assert_eq!(
        found(&text),
        [
            "finance | Graham Clark | Lead Accountant, Business Partnering | 2027-09-20",
            "legal | Julie Newman | Team Leader, Legal Services | 2027-09-22",
        ]
    );
    // No response yet: the legal clearance is undated, the date sent
    // notwithstanding.
    let waiting = APPROVERS.replace(
        "| 13 September 2027 | 22 September 2027 |",
        "| 13 September 2027 | |",
    );
    assert_eq!(
        found(&with_implications(&waiting))[1],
        "legal | Julie Newman | Team Leader, Legal Services | -"
    );
    // As the raw HTML table Pandoc writes for a table with merged cells.
    let html = "<table>\n<thead>\n<tr class=\"header\">\n<th>Contributor/approver name</th>\n<th>Title</th>\n<th>Date doc sent out</th>\n<th>Date response received or approved</th>\n</tr>\n</thead>\n<tbody>\n<tr class=\"odd\">\n<td colspan=\"4\"><strong>Names of approvers for submission:</strong></td>\n</tr>\n<tr class=\"even\">\n<td>Finance: Graham Clark</td>\n<td>Lead Accountant</td>\n<td>13 September 2027</td>\n<td>20 September 2027</td>\n</tr>\n<tr class=\"odd\">\n<td>Legal: Julie Newman</td>\n<td>Team Leader, Legal Services</td>\n<td>13 September 2027</td>\n<td></td>\n</tr>\n</tbody>\n</table>\n";
    assert_eq!(
        found(&with_implications(html)),
        [
            "finance | Graham Clark | Lead Accountant | 2027-09-20",
            "legal | Julie Newman | Team Leader, Legal Services | -",
        ]
    );
    // A label naming no sign-off, over a post the pack does not list,
    // clears nothing.
    let director = with_implications(
        "| Contributor/approver name | Title | Date doc sent out | Date response received or approved |\n|---|---|---|---|\n| Director: Neil Brierley | Director of Housing | 22 September 2027 | 23 September 2027 |\n",
    );
    assert_eq!(found(&director), Vec::<String>::new());
}

#[test]
fn of_two_date_columns_named_by_verbs_the_one_not_sent_out_dates_the_clearance() {
    let table = |sent: &str, back: &str| {
        with_implications(&format!(
            "| Name and position | {sent} | {back} |\n|---|---|---|\n| Sam Smith, Finance Business Partner | 1 March 2026 | 4 March 2026 |\n"
        ))
    };
    for (sent, back) in [
        ("Date sent for sign off", "Date signed off"),
        ("Date circulated for comments", "Date comments received"),
        ("Date draft sent", "Date approved"),
    ] {
        assert_eq!(
            found(&table(sent, back)),
            ["finance | Sam Smith | Finance Business Partner | 2026-03-04"],
            "{sent} / {back}"
        );
        assert_eq!(
            found(&table(back, sent)),
            ["finance | Sam Smith | Finance Business Partner | 2026-03-01"],
            "{back} / {sent}"
        );
    }
    // Two columns that both say the paper came back: which is the
    // clearance's cannot be told, and neither dates it.
    let both = found(&table("Date comments received", "Date approved"));
    assert!(both.iter().all(|c| c.ends_with("| -")), "{both:?}");
}

#[test]
fn a_sign_off_list_of_posts_and_ticks() {
    // A joint committee's closing "Sign off" list: a ticked post clears
    // its sign-off, undated; an unticked one is where it is missing.
    let text = with_implications(
        "## 3. Sign off\n\n-   Head of Paid Service: ✓\n\n-   Monitoring Officer:\n\n-   Chief Finance Officer: ✓\n\n## 4. Glossary\n\nEP -- Enhanced Partnership\n",
    );
    assert_eq!(found(&text), ["finance | - | Chief Finance Officer | -"]);
    let set = crate::config::default_rule_set();
    let doc = crate::parse::parse(&text);
    let resolved = Resolved::new(&set.template, &doc, &text);
    let cx = crate::rules::Context::new(&text, &doc, &set.template, &resolved, None, None);
    let legal = cx.sign_offs().iter().find(|s| s.role == "legal").unwrap();
    assert!(legal.clearances.is_empty());
    assert_eq!(
        legal
            .unticked
            .as_ref()
            .map(|(s, post)| (s.of(&text), post.as_str())),
        Some(("-   Monitoring Officer:", "Monitoring Officer"))
    );
    // A list with no tick at all is a list of posts, not a record.
    let text = with_implications(
        "## 3. Sign off\n\n-   Monitoring Officer:\n\n-   Chief Finance Officer:\n",
    );
    assert!(found(&text).is_empty());
}

/// A unitary's paper (pdftotext -layout) that ends with its table of
/// reviewers, each row what they reviewed, their name and "Date", under
/// "Report Reviewers Used for appraising this report:" and a note.
fn reviewers_paper(legal_date: &str) -> String {
    format!(
        "Meeting:                 Cabinet\n\nMeeting date:            Thursday 25 February 2027\n\n\
         Resource implications\n\n17.   The programme is funded by the Active Travel Fund grant.\n\n\
         Legal implications\n\n18.   The council is the local highway authority.\n\n\
         Background papers\n\nLCWIP consultation report, December 2026\n\n\
         Report Reviewers Used for appraising this report:\n\n \
         Please note this section must be completed before the report can be published\n\n \
         Governance                  Jasmine Okafor-Beale            Date 08/02/2027\n\n \
         Finance                     Rhodri Pennant                  Date 05/02/2027\n\n \
         Legal                       Sean Bellweather                Date {legal_date}\n\n \
         Communications              Luenne Castellan                Date 04/02/2027\n\n\n \
         Approved by                 Ross Mainwaring-Hall            Date 09/02/2027\n"
    )
}

#[test]
fn a_closing_reviewers_table_set_out_in_columns_clears_each_row_it_names() {
    let show = |c: &Clearance| format!("{} {}", c.who(), date_or_dash(c));
    assert_eq!(
        sign_offs_shown(&reviewers_paper(""), "; ", show),
        [
            "finance: Rhodri Pennant 2027-02-05",
            "legal: Sean Bellweather -"
        ]
    );
    assert_eq!(
        sign_offs_shown(&reviewers_paper("06/02/2027"), "; ", show),
        [
            "finance: Rhodri Pennant 2027-02-05",
            "legal: Sean Bellweather 2027-02-06"
        ]
    );
}

#[test]
fn a_row_set_out_in_columns_outside_a_clearance_block_clears_nothing() {
    // The same rows under an ordinary heading are no sign-off record.
    let text = reviewers_paper("06/02/2027").replace(
        "Report Reviewers Used for appraising this report:",
        "Contacts for this report:",
    );
    assert_eq!(sign_offs_of(&text), ["finance: ", "legal: "]);
}

#[test]
fn run_in_implications_labels_each_clear_their_own_implications_dated_by_their_block() {
    // pdftotext of a metropolitan council's report: no headings, each
    // implication a run-in label "… IMPLICATIONS: Supplied by NAME, POST,"
    // over the advice and a "Date provided:" line.
    let text = "REPORT OF THE STRATEGIC DIRECTOR\nTO THE PROCUREMENT BOARD\nKEY DECISION: NO\n1\nDETAILS:\n1. Background\n1.1 The contract ends in March.\nLEGAL IMPLICATIONS: Supplied by Rhiannon Tebbutt-Ashe, Principal Solicitor,\ntel. 0161 793 2287\nThe call-off contract should be sealed before work begins.\nFINANCIAL IMPLICATIONS: Supplied by Olumide Fairclough, Finance Manager,\ntel. 0161 793 2056\nThe cost is within the budget.\nDate provided: 19 January 2027\nPROCUREMENT IMPLICATIONS: Supplied by Jolene Marchbank, Category Manager – Construction,\ntel. 0161 686 6213\nThe framework's rules were followed.\nDate provided: 15 January 2027\nHR IMPLICATIONS: Supplied by Kelvin Ashworth-Rae, HR Business Partner,\ntel. 0161 793 3190\nThere are no HR implications.\nDate provided: 14 January 2027\nCLIMATE CHANGE IMPLICATIONS: Supplied by Sunita Varghese, Climate Change Officer\nThe contractor will use electric vans.\nDate provided: 14 January 2027\nOTHER IMPLICATIONS:\nNone.\n";
    // Legal is undated (its block has no date line); finance takes its
    // own; the procurement, HR and climate officers clear neither.
    assert_eq!(sign_offs_of(text), ["finance: 2027-01-19", "legal: -"]);
}

/// A unitary's cabinet report (pdftotext -layout) that closes with its
/// "Report Sign Off" table in columns of spaces, officers' initials and
/// no names, and no implications sections of its own.
fn report_sign_off_paper(header: &str) -> String {
    format!(
        "CABINET – 11 MARCH 2027\n\nHOUSEHOLD SUPPORT FUND 2027/28\n\n\
         1.0    SUMMARY OF MAIN PROPOSALS\n\n1.1    The grant is £2.94m.\n\n\
         Report prepared by Declan Murtagh-Pryce, Welfare Support Manager,\n\
         Tel: 01952 381 740\n\n\
         Report Sign Off\n\n  \
         {header}\n\n  \
         Legal                      01/03/2027           02/03/2027               RP\n\n  \
         Finance                    01/03/2027           18/03/2027               AEM\n\n\
         \x20                                          Page 63\n"
    )
}

#[test]
fn a_sign_off_table_in_columns_of_spaces_dates_each_row_by_its_signed_off_column() {
    let show = |c: &Clearance| format!("{} {}", c.who(), date_or_dash(c));
    let text = report_sign_off_paper(
        "Signed off by              Date sent            Date signed off          Initials",
    );
    assert_eq!(
        sign_offs_shown(&text, "; ", show),
        ["finance: AEM 2027-03-18", "legal: RP 2027-03-02"]
    );
    // No column says when it was signed off ("Date sent" is when it was
    // asked): no clearance.
    let text = report_sign_off_paper(
        "Signed off by              Date sent            Date returned            Initials",
    );
    assert!(found(&text).is_empty(), "{:?}", found(&text));
    // The same table under an ordinary heading is no sign-off record.
    let text = report_sign_off_paper(
        "Signed off by              Date sent            Date signed off          Initials",
    )
    .replace("Report Sign Off", "Report History");
    assert!(found(&text).is_empty(), "{:?}", found(&text));
}

#[test]
fn a_block_of_implications_labels_before_the_first_heading_is_searched() {
    // A host council's template (PDF text, no blank lines): the
    // implications as run-in labels between the front sheet's
    // recommendations and "1. Introduction", in no section.
    let text = "Avonvale Joint Strategic Planning Committee\nThursday 16 September 2027\n\
Subject: Local Plan Review\nReport by:\nHead of the Joint Planning Unit\nRECOMMENDATION(S):\n\
1. That the Committee approves the draft plan for consultation.\nIMPLICATIONS\nLegal:\n\
The plan is prepared jointly under the 2004 Act. The report has been reviewed by Priya \
Halloran-Stokes, Principal\nPlanning Solicitor, Legal Services Avonvale.\n\
Financial : FIN/88/28/JS\nThe cost will be met from the unit's budget. Cleared by Jonah\n\
Sefton, Finance Business Partner, 3 September 2027.\nStaffing :\nNone.\n\
1. Introduction\n1.1 The plan was adopted in April 2020.\n1.2 It is now to be reviewed.\n";
    assert_eq!(
        sign_offs_of(text),
        ["finance: 2027-09-03", "legal: -"],
        "{:?}",
        found(text)
    );
    // The same labels before the body (above the first numbered
    // paragraph) are the front sheet's: no block is searched.
    let front = text
        .replace("RECOMMENDATION(S):\n1. That the Committee approves the draft plan for consultation.\n", "")
        .replace("Staffing :\nNone.\n", "Staffing :\nNone.\nRECOMMENDATION(S):\n1. That the Committee approves the draft plan for consultation.\n");
    assert!(
        !sign_offs_of(&front).contains(&"legal: -".to_string()),
        "{:?}",
        sign_offs_of(&front)
    );
}

#[test]
fn implications_considered_by_an_officer_are_cleared_by_them() {
    // "considered by NAME, POST, on DATE", run into the legal paragraph.
    let text = "Meeting: Partnership Board\nDate: 21 October 2027\n\n## 1. Legal implications\n\n1.1 The Board has the power. The legal implications have been considered by Ffion Haldane-Roberts, Head of Legal and Monitoring Officer, on 6 October 2027, and are included in the report.\n";
    assert_eq!(
        found(text),
        ["legal | Ffion Haldane-Roberts | Head of Legal and Monitoring Officer | 2027-10-06"]
    );
    // Considered by a body, or with no one named, clears nothing.
    for by in ["by the Audit Committee on 6 October 2027", "in this report"] {
        let text = text.replace(
            "by Ffion Haldane-Roberts, Head of Legal and Monitoring Officer, on 6 October 2027",
            by,
        );
        assert!(found(&text).is_empty(), "{by:?}: {:?}", found(&text));
    }
}

#[test]
fn an_officer_is_a_person_or_a_post_not_a_clause() {
    // What "has been considered" here is the risks, not the director:
    // the clearance is the next sentence's, named and dated.
    let text = "Meeting: Pension Board\nDate: 20 January 2027\n\n## 8. Financial implications\n\n8.1 The Executive Director of Finance and Corporate Services is satisfied that all material financial and business issues and risks have been considered in this report. Cleared by Marcus Webb, Head of Pension Fund Finance, 11 January 2027.\n";
    assert_eq!(
        found(text),
        ["finance | Marcus Webb | Head of Pension Fund Finance | 2027-01-11"]
    );
    assert!(is_clause(
        "Director of Finance is satisfied that all material risks"
    ));
    // The verb joined by "and" to an earlier subject's: what was checked
    // is the budget, and the sign-off is the named and dated one after.
    let budget = "Meeting: Cabinet\nDate: 20 January 2027\n\n## 8. Financial implications\n\n8.1 The budget has been prepared by the Director of Finance under the Accounts and Audit Regulations 2015 and was checked against the Financial Regulations.\n\n8.2 Financial comments: Jo Bloggs, Director of Finance, 4 January 2027.\n";
    assert_eq!(
        found(budget),
        ["finance | Jo Bloggs | Director of Finance | 2027-01-04"]
    );
    assert!(is_clause(
        "the Director of Finance under the 2015 Regulations and"
    ));
    // Near misses: a post, a name and a post, words in a bracket.
    for who in [
        "The Section 151 Officer",
        "The Chief Officer – Finance (Section 95 Officer), Jo Bloggs, and the Head of Legal",
        "The Monitoring Officer (who has read the report)",
        "Thatcher Haines, Head of Finance",
    ] {
        assert!(!is_clause(who), "{who:?}");
    }
    // The subject that is the officer still clears.
    let text = text.replace(
        "is satisfied that all material financial and business issues and risks have been considered in this report. Cleared by Marcus Webb, Head of Pension Fund Finance, 11 January 2027.",
        "has been consulted, 11 January 2027.",
    );
    let got = found(&text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("finance |") && got[0].ends_with("| 2027-01-11"),
        "{got:?}"
    );
}

#[test]
fn a_sign_off_column_wrapped_in_a_multiline_table() {
    // Pandoc's multiline table: each cell wraps over the row's lines,
    // beside the other columns' text.
    let table = |heading: &str, legal: &str| {
        with_implications(&format!(
            "## 3. Implications\n\n\
             \x20 ----------------------------------------------------------------\n\
             \x20 Implication   Comment                     {heading}\n\
             \x20 ------------- --------------------------- ----------------------\n\
             \x20 Financial     No direct cost. The fee is  Ann Barr-Keane,\n\
             \x20               within the 2026/27 budget   Treasurer to the\n\
             \x20               (£3.42m shared).            Joint Committee,\n\
             \x20                                           22 February 2027\n\
             \n\
             \x20 Legal         The Committee has power     {legal}\n\
             \x20               under clause 9.3 of the     Solicitor to the\n\
             \x20               agreement of 3 May 2019.    Joint Committee\n\
             \x20 ----------------------------------------------------------------\n"
        ))
    };
    assert_eq!(
        found(&table("Assured by", "Harriet Lomax,")),
        [
            "finance | Ann Barr-Keane | Treasurer to the Joint Committee | 2027-02-22",
            "legal | Harriet Lomax | Solicitor to the Joint Committee | -",
        ]
    );
    // Near misses: a column the pack does not call a sign-off; an empty
    // sign-off cell.
    assert!(found(&table("Notes     ", "Harriet Lomax,")).is_empty());
    let empty = table("Assured by", "              ")
        .replace("Solicitor to the", "                ")
        .replace("Joint Committee\n", "\n");
    assert_eq!(
        found(&empty),
        ["finance | Ann Barr-Keane | Treasurer to the Joint Committee | 2027-02-22"]
    );
}

#[test]
fn a_sign_off_column_of_a_grid_table_read_by_row_groups() {
    let table = |heading: &str, legal: &str| {
        with_implications(&format!(
            "## 3. Implications\n\n\
             +-----------+----------------------------+-------------------------+\n\
             | **Area**  | **Implications**           | **{heading}**              |\n\
             +===========+============================+=========================+\n\
             | Financial | The grant is funded wholly | Priya Lakhani-Stone,    |\n\
             |           | from the rates reserve.    | Deputy Section 151      |\n\
             |           |                            | Officer -- 3 March 2027 |\n\
             +-----------+----------------------------+-------------------------+\n\
             | Legal     | The Council may make the   | {legal} |\n\
             |           | grant under section 1 of   | Principal Solicitor     |\n\
             |           | the Localism Act 2011.     | (Commercial) -- 4 March |\n\
             |           |                            | 2027                    |\n\
             +-----------+----------------------------+-------------------------+\n"
        ))
    };
    assert_eq!(
        found(&table("Vetted", "Anthony Kerr-Bassey,   ")),
        [
            "finance | Priya Lakhani-Stone | Deputy Section 151 Officer | 2027-03-03",
            "legal | Anthony Kerr-Bassey | Principal Solicitor (Commercial) | 2027-03-04",
        ]
    );
    // Near misses: no sign-off heading over the column; an empty
    // sign-off cell.
    assert!(found(&table("Notes ", "Anthony Kerr-Bassey,   ")).is_empty());
    let empty = table("Vetted", "                       ")
        .replace("Principal Solicitor    ", "                       ")
        .replace("(Commercial) -- 4 March", "                       ")
        .replace("| 2027                    |", "|                         |");
    assert_eq!(
        found(&empty),
        ["finance | Priya Lakhani-Stone | Deputy Section 151 Officer | 2027-03-03"]
    );
}

#[test]
fn a_verdict_then_the_officer_after_a_dash_in_a_sign_off_cell() {
    let table = |finance: &str| {
        with_implications(&format!(
            "## 3. Implications\n\n\
             | Implication | Summary | Reviewing officer and outcome |\n\
             |---|---|---|\n\
             | Finance | Within the budget agreed in February 2027. | {finance} |\n\
             | Legal | The Council has the power. | Approach supported -- Tomasz Wierzbicki, Senior Solicitor, 7 May 2027 |\n\
             | Environment | No impact. | Not required |\n"
        ))
    };
    assert_eq!(
        found(&table(
            "No objection raised -- Lucinda Arkwright-Bose, Shared Service Accountant, 6 May 2027"
        )),
        [
            "finance | Lucinda Arkwright-Bose | Shared Service Accountant | 2027-05-06",
            "legal | Tomasz Wierzbicki | Senior Solicitor | 2027-05-07",
        ]
    );
    // Near misses: a verdict that denies; no one after the dash.
    for finance in [
        "Not supported -- Lucinda Arkwright-Bose, Shared Service Accountant, 6 May 2027",
        "No objection raised -- awaiting comments, 6 May 2027",
    ] {
        assert_eq!(
            found(&table(finance)),
            ["legal | Tomasz Wierzbicki | Senior Solicitor | 2027-05-07"],
            "{finance}"
        );
    }
}

/// The clearances of a `pdftotext` paper whose legal implications end in
/// the sign-off `lines`, indented under the paragraph's text.
fn legal_sign_off(lines: &str) -> Vec<String> {
    let lines: String = lines.lines().map(|l| format!("      {l}\n")).collect();
    found(&format!(
        "Meeting: Cabinet\nDate: 26 March 2025\n\n1.    Financial implications\n\n1.1   The cost is £5,000 and is met from the service budget.\n\n2.    Legal implications\n\n2.1   The Council has the power to do this under the Localism Act\n      2011.\n\n{lines}\n\n3.    Equalities\n\n3.1   None.\n"
    ))
}

#[test]
fn a_sign_off_line_whose_post_wraps_onto_a_dated_line() {
    // The line breaks after "and", a comma or a post begun after the
    // name, and the next line gives the rest of the post and the date,
    // with no full stop.
    assert_eq!(
        legal_sign_off(
            "Legal: cleared by Jo Bloggs, Director of Law and\nGovernance and Monitoring Officer, 12 March 2025"
        ),
        ["legal | Jo Bloggs | Director of Law and Governance and Monitoring Officer | 2025-03-12"]
    );
    assert_eq!(
        legal_sign_off(
            "Legal comments supplied by: Jo Bloggs, Monitoring Officer,\nLydbrook District Council - 12 March 2025"
        ),
        ["legal | Jo Bloggs | Monitoring Officer, Lydbrook District Council | 2025-03-12"]
    );
    assert_eq!(
        legal_sign_off(
            "Legal comments supplied by: Jo Bloggs, Principal\nSolicitor, Lydbrook District Council - 12 March 2025"
        ),
        ["legal | Jo Bloggs | Principal Solicitor, Lydbrook District Council | 2025-03-12"]
    );
    // A sentence saying who cleared it, wrapped before the name and date.
    assert_eq!(
        legal_sign_off(
            "Legal comments: the Head of Law has seen this report\nand is content with it - Jo Bloggs, 12 March 2025."
        ),
        ["legal | - | the Head of Law | 2025-03-12"]
    );
}

#[test]
fn a_dated_line_under_a_sign_off_line_that_did_not_wrap() {
    // Prose under the line, ending in a date of its own.
    assert_eq!(
        legal_sign_off(
            "Legal: cleared by Jo Bloggs, Solicitor,\nThe Council must decide by 3 March 2025"
        ),
        ["legal | Jo Bloggs | Solicitor | -"]
    );
    assert_eq!(
        legal_sign_off(
            "Legal: cleared by Jo Bloggs, Director of Law and\nthe Council must decide it by 3 March 2025"
        ),
        ["legal | Jo Bloggs | Director of Law and | -"]
    );
    // A sign-off line closed by a full stop.
    assert_eq!(
        legal_sign_off("Legal: cleared by Jo Bloggs, Principal.\nSolicitor Services, 3 March 2025"),
        ["legal | Jo Bloggs | Principal | -"]
    );
    // A sentence under the line that names no one after its dash.
    assert_eq!(
        legal_sign_off(
            "Legal comments: the Head of Law has seen this report\nand will advise - at the meeting, 3 March 2025."
        ),
        ["legal | - | the Head of Law | -"]
    );
}

#[test]
fn a_stacked_sign_off_block_is_no_wrapped_value() {
    // "Approved by: NAME" over "on behalf of POST, DATE": the name is the
    // whole value, the line under it the block's own (read by
    // `post_line_after`), not the rest of the name.
    let text = "Meeting: Cabinet\nDate: 26 March 2025\n\n1.    Legal implications\n\n1.1   The Council has the power.\n\n      Approved by: Jo Bloggs\n      on behalf of the Monitoring Officer, 3 March 2025\n";
    let set = crate::config::default_rule_set();
    let doc = crate::parse::parse(text);
    let f = doc.fields.iter().find(|f| f.key == "Approved by").unwrap();
    assert_eq!(wrapped_value_end(text, &doc, &set.template, f), None);
    // The same lines with the post begun after a comma are one value.
    let text = text.replace("Jo Bloggs\n", "Jo Bloggs, Solicitor,\n");
    let doc = crate::parse::parse(&text);
    let f = doc.fields.iter().find(|f| f.key == "Approved by").unwrap();
    assert_eq!(
        wrapped_value_end(&text, &doc, &set.template, f),
        Some(text.trim_end().len())
    );
}

#[test]
fn a_verdict_then_a_dash_then_the_officer() {
    // "Finance: Approved -- NAME, POST --" over its date, "Legal
    // implications agreed – NAME, POST," over its date, "Finance: seen, no
    // comments -- NAME, POST, d.m.yy".
    let paper = |finance: &str, legal: &str| {
        found(&format!(
            "Meeting: Cabinet\nDate: 26 March 2025\n\n## 1. Financial implications\n\n1.1 The cost is £5,000.\n\n{finance}\n\n## 2. Legal implications\n\n2.1 The Council has the power.\n\n{legal}\n"
        ))
    };
    assert_eq!(
        paper(
            "Finance: Approved -- Jo Bloggs, Finance Manager --\n10/03/2025",
            "Legal implications agreed – Sam Smith, Team Leader (Legal – Property),\n12 March 2025."
        ),
        [
            "finance | Jo Bloggs | Finance Manager | 2025-03-10",
            "legal | Sam Smith | Team Leader (Legal – Property) | 2025-03-12",
        ]
    );
    assert_eq!(
        paper(
            "Finance: seen, no comments -- Jo Bloggs, Finance Business Partner,\n9.3.25.",
            "Legal: Approved -- Sam Smith, Employment Solicitor -- 13/03/2025"
        ),
        [
            "finance | Jo Bloggs | Finance Business Partner | 2025-03-09",
            "legal | Sam Smith | Employment Solicitor | 2025-03-13",
        ]
    );
    // Near misses: a verdict denied or still to come, a clause before the
    // verb, a long verdict, a label naming no sign-off.
    for line in [
        "Finance: Not approved -- Jo Bloggs, Finance Manager -- 10/03/2025",
        "To be agreed – Jo Bloggs, Finance Manager, 10 March 2025.",
        "The budget was agreed – Jo Bloggs, the Leader, said so on 10 March 2025.",
        "Finance: Approved subject to the terms of the lease -- Jo Bloggs, Finance Manager",
        "Planning: Approved -- Jo Bloggs, Team Leader -- 10/03/2025",
    ] {
        let got = paper(line, "");
        assert!(got.is_empty(), "{line}: {got:?}");
    }
}

#[test]
fn a_verdict_s_dash_and_what_comes_before_its_verb() {
    assert_eq!(verdict_dash_end(" -- Jo Bloggs"), Some(4));
    assert_eq!(verdict_dash_end(", no comments – Jo Bloggs"), Some(18));
    assert_eq!(verdict_dash_end(" not yet -- Jo Bloggs"), None);
    assert_eq!(verdict_dash_end(" on 3 March -- Jo Bloggs"), None);
    assert_eq!(verdict_dash_end(" by the Cabinet, Jo Bloggs"), None);
    let set = crate::config::default_rule_set();
    let subject = |s: &str| verdict_subject(&set.template, s);
    assert!(subject(""));
    assert!(subject("Finance: "));
    assert!(subject("Legal implications "));
    assert!(!subject("The budget was "));
    assert!(!subject("Planning: "));
    assert!(!subject("Jo Bloggs, Head of Finance: "));
}

/// A paper with the implications `sections` and then a stacked sign-off
/// block whose finance slot is `finance`.
fn with_sign_off_block(sections: &str, finance: &str) -> String {
    format!(
        "Meeting: Cabinet\nDate: 7 December 2027\n\n{sections}Statutory Officer sign-off\n{finance}Monitoring Officer: Rebecca Tozer\nAgreed on behalf of the Monitoring Officer by Amos Lintott, Senior Solicitor\nDate: 23 November 2027\nDirector: Hugh Pardoe\nAgreed by or on behalf of the Director\nDate: 24 November 2027\n"
    )
}

/// Where the built-in pack finds the `role` sign-off missing at an empty
/// slot of a sign-off block in `text`: the slot's text and post.
fn empty_slot_of(text: &str, role: &str) -> Option<(String, String)> {
    let set = crate::config::default_rule_set();
    let doc = crate::parse::parse(text);
    let resolved = Resolved::new(&set.template, &doc, text);
    let cx = crate::rules::Context::new(text, &doc, &set.template, &resolved, None, None);
    let s = cx.sign_offs().iter().find(|s| s.role == role)?.clone();
    assert!(s.clearances.is_empty() || s.empty_slot.is_none());
    s.empty_slot
        .map(|(span, post)| (span.of(text).to_string(), post))
}

#[test]
fn an_empty_slot_of_a_stacked_sign_off_block() {
    let sections = "## 1. Financial implications\n\n1.1 The cost is £5,000.\n\n## 2. Legal implications\n\n2.1 The Council has the power.\n\n";
    let empty = "Section 151 Officer:\nAgreed by or on behalf of the Section 151 Officer\nDate:\n";
    // The Monitoring Officer's slot, dated on the line under the one
    // saying who agreed on their behalf.
    let text = with_sign_off_block(sections, empty);
    assert_eq!(
        found(&text),
        ["legal | Rebecca Tozer | Monitoring Officer | 2027-11-23"]
    );
    let slot = Some((
        "Section 151 Officer:".to_string(),
        "Section 151 Officer".to_string(),
    ));
    assert_eq!(empty_slot_of(&text, "finance"), slot);
    assert_eq!(empty_slot_of(&text, "legal"), None);
    // With the implications only on a front sheet, the slot is where the
    // sign-off is missing all the same.
    assert_eq!(
        empty_slot_of(
            &with_sign_off_block("Financial Implications: The cost is £5,000.\n\n", empty),
            "finance"
        ),
        slot
    );
    // Near misses: a name under the post, a date in the slot, a slot
    // closed by no date label.
    for finance in [
        "Section 151 Officer:\nJo Bloggs\nDate:\n",
        "Section 151 Officer:\nAgreed by or on behalf of the Section 151 Officer\nDate: 20 November 2027\n",
        "Section 151 Officer:\nAgreed by or on behalf of the Section 151 Officer\n",
    ] {
        let text = with_sign_off_block(sections, finance);
        assert_eq!(empty_slot_of(&text, "finance"), None, "{finance}");
    }
}

#[test]
fn sign_off_date_lines_naming_their_posts_above_the_front_sheet() {
    let head = "**Executive Committee and Council only**\\\n\
                **Date signed off by the Monitoring Officer:** 21.09.2027\\\n\
                **Date signed off by the Section 151 Officer:**\n\n";
    let sections = "**Committee:** Executive Committee\n\n**Date of meeting:** 6 October 2027\n\n\
                    ## 1. Financial implications\n\n1.1 The cost is £5,000.\n\n\
                    ## 2. Legal implications\n\n2.1 The Council has the power.\n";
    let text = format!("{head}{sections}");
    // The dated line is the Monitoring Officer's clearance; the blank one
    // the Section 151 Officer's empty slot.
    assert_eq!(
        found(&text),
        ["legal | - | Monitoring Officer | 2027-09-21"]
    );
    assert_eq!(
        empty_slot_of(&text, "finance"),
        Some((
            "**Date signed off by the Section 151 Officer:**".to_string(),
            "Section 151 Officer".to_string()
        ))
    );
    assert_eq!(empty_slot_of(&text, "legal"), None);
    // Near misses: a date label naming no post, or a post giving no
    // sign-off; a value that is more than a date.
    for other in [
        text.replace("by the Monitoring Officer", ""),
        text.replace("Monitoring Officer", "Strategic Director"),
        text.replace("21.09.2027", "to follow, expected 21.09.2027"),
    ] {
        assert!(found(&other).is_empty(), "{other}");
    }
    let t = &crate::config::default_rule_set().template;
    assert!(sign_off_date_line(t, "Date signed off: 6 October 2025").is_none());
    assert!(sign_off_date_line(t, "Date of meeting: 6 October 2025").is_none());
}

#[test]
fn a_post_s_statement_beside_its_dated_clearance() {
    // "the Panel's Lead Finance Officer has checked that …": the post and
    // words of its own before it, no name, no date, beside a dated
    // clearance of the same sign-off, says only that the post took part.
    let text = |finance: &str| with_implications("").replace("1.1 The cost is £5,000.", finance);
    assert_eq!(
        sign_offs_of(&text(
            "1.1 The figures are the Commissioner's; the Panel's Lead Finance Officer has checked that they agree with the tax base. Comments given by the Panel's Lead Finance Officer, Jo Bloggs (Chief Accountant), on 21 January 2025."
        ))[0],
        "finance: 2025-01-21"
    );
    // Alone, it is still the sign-off's clearance.
    assert_eq!(
        sign_offs_of(&text(
            "1.1 The figures are the Commissioner's; the Panel's Lead Finance Officer has checked the report."
        ))[0],
        "finance: -"
    );
}

#[test]
fn a_headerless_table_opening_with_a_clearance_row() {
    // Word's table with no header row, a row per clearance ("Finance
    // Officer Clearance | NAME | DATE"), the report's closing sign-off
    // block: in each table syntax the parser reads, its first row is a
    // clearance, not a header naming a sign-off column.
    let both = [
        "finance | Sanjay Bhogal-Reid | - | 2028-01-05",
        "legal | Teresa Rourke-Mensah | - | 2028-01-06",
    ];
    let pipe = "|   |   |   |\n|---|---|---|\n| Finance Officer Clearance | Sanjay Bhogal-Reid | 5 January 2028 |\n| Legal Officer Clearance | Teresa Rourke-Mensah | 6 January 2028 |\n| Director's signature | *D. Fairclough* | 7 January 2028 |\n";
    let grid = "+---------------------------+----------------------+----------------+\n| Finance Officer Clearance | Sanjay Bhogal-Reid   | 5 January 2028 |\n+---------------------------+----------------------+----------------+\n| Legal Officer Clearance   | Teresa Rourke-Mensah | 6 January 2028 |\n+---------------------------+----------------------+----------------+\n";
    let simple = "-------------------------  --------------------  --------------\nFinance Officer Clearance  Sanjay Bhogal-Reid    5 January 2028\nLegal Officer Clearance    Teresa Rourke-Mensah  6 January 2028\n-------------------------  --------------------  --------------\n";
    let html = "<table>\n<tr><td>Finance Officer Clearance</td><td>Sanjay Bhogal-Reid</td><td>5 January 2028</td></tr>\n<tr><td>Legal Officer Clearance</td><td>Teresa Rourke-Mensah</td><td>6 January 2028</td></tr>\n</table>\n";
    let tab = "Finance Officer Clearance\tSanjay Bhogal-Reid\t5 January 2028\nLegal Officer Clearance\tTeresa Rourke-Mensah\t6 January 2028\n";
    for table in [pipe, grid, simple, html, tab] {
        let text = with_implications(&format!("## 3. Appendices\n\nNone.\n\n{table}"));
        assert_eq!(found(&text), both, "{table}");
    }
    // Other words of the pack's for a clearance: each its own sign-off.
    let labels = "| Finance sign-off | Jo Bloggs | 5 March 2025 |\n|---|---|---|\n| Legal clearance | Ann Other | 6 March 2025 |\n";
    assert_eq!(
        found(&with_implications(labels)),
        [
            "finance | Jo Bloggs | - | 2025-03-05",
            "legal | Ann Other | - | 2025-03-06",
        ]
    );
    // Near misses: a table of budget figures with dates; rows naming a
    // post but no one.
    for table in [
        "| Public Health Grant | £196,000 | 5 January 2028 |\n|---|---|---|\n| ICB allocation | £90,000 | 6 January 2028 |\n",
        "| Budget clearance | £196,000 | 5 January 2028 |\n|---|---|---|\n| Grant clearance | £90,000 | 6 January 2028 |\n",
        "| Finance Officer Clearance | Finance Business Partner | 5 January 2028 |\n|---|---|---|\n| Legal Officer Clearance | Senior Solicitor | 6 January 2028 |\n",
    ] {
        let text = with_implications(&format!("## 3. Appendices\n\nNone.\n\n{table}"));
        assert!(found(&text).is_empty(), "{table}: {:?}", found(&text));
    }
    // A header row naming the columns stays a header.
    let headed = "| Officer clearance | Name | Date |\n|---|---|---|\n| Finance | Jo Bloggs | 5 March 2025 |\n| Legal | Ann Other | 6 March 2025 |\n";
    assert_eq!(
        found(&with_implications(headed)),
        [
            "finance | Jo Bloggs | - | 2025-03-05",
            "legal | Ann Other | - | 2025-03-06",
        ]
    );
}

#[test]
fn a_passive_review_by_a_post_beside_a_dated_clearance_in_a_closing_table() {
    // "Financial implications have been reviewed by the Finance Business
    // Partner": no one named, no date; the dated row of the closing
    // sign-off table records that review.
    let table = "## 3. Appendices\n\nNone.\n\n| Finance Officer Clearance | Jo Bloggs | 5 March 2025 |\n|---|---|---|\n| Legal Officer Clearance | Ann Other | 6 March 2025 |\n";
    let text = |finance: &str| with_implications(table).replace("1.1 The cost is £5,000.", finance);
    let review = "1.1 The cost is £5,000.\n\n1.2 Financial implications have been reviewed by the Finance Business Partner (Public Health).";
    assert_eq!(
        sign_offs_of(&text(review)),
        ["finance: 2025-03-05", "legal: 2025-03-06"]
    );
    // Alone, it is still the sign-off's clearance, undated.
    assert_eq!(
        sign_offs_of(&with_implications("").replace("1.1 The cost is £5,000.", review))[0],
        "finance: -"
    );
    // Near misses: a post that agreed the implications gave a clearance of
    // its own; a review by a named officer is one too.
    for finance in [
        "1.1 Financial implications have been agreed by the Finance Business Partner (Public Health).",
        "1.1 Financial implications have been reviewed by Jo Bloggs, Finance Business Partner.",
    ] {
        assert_eq!(sign_offs_of(&text(finance))[0], "finance: -", "{finance}");
    }
}

#[test]
fn a_first_person_declaration_over_a_signature_box() {
    // `pdftotext` with no blank lines: the post's line, a declaration in
    // the first person, "Signature: NAME", "Date: DATE" (or an empty one).
    let paper = |boxes: &str| found(&with_implications(&format!("## 3. Approval\n\n{boxes}")));
    let officer = |post: &str, what: &str, name: &str, date: &str| {
        format!("{post}\nI have been consulted about the proposal and confirm that {what}\nhave been taken into account.\nSignature: {name}\nDate: {date}\n")
    };
    let both = format!(
        "OFFICER APPROVAL\n{}{}",
        officer(
            "Chief Finance Officer",
            "financial implications",
            "Ruth Adeyemi-Crane",
            "14 February 2028"
        ),
        officer(
            "Chief Executive and Monitoring Officer",
            "the legal implications",
            "Jonathan Pelham-Wyatt",
            ""
        ),
    );
    assert_eq!(
        paper(&both),
        [
            "finance | Ruth Adeyemi-Crane | Chief Finance Officer | 2028-02-14",
            "legal | Jonathan Pelham-Wyatt | Monitoring Officer | -",
        ]
    );
    // The date on the signer's line, the name padded with dots.
    let read = paper("Chief Finance Officer\nI have been consulted and confirm that the financial\nimplications have been taken into account.\n....Signed: Ruth Adeyemi-Crane....   Date: 14 February 2028\n");
    assert_eq!(
        read,
        ["finance | Ruth Adeyemi-Crane | Chief Finance Officer | 2028-02-14"]
    );
    // Near misses. A declaration in the third person: the signature under
    // it may be the decision-maker's, so it neither names nor dates the
    // officer.
    let read = paper("The Chief Finance Officer has been consulted and confirm that the financial\nimplications have been taken into account.\nSignature: Deborah Ansell-Morgan\nDate: 21 February 2028\n");
    assert_eq!(read, ["finance | - | The Chief Finance Officer | -"]);
    // A signature line naming a post, not a person.
    let read = paper("Chief Finance Officer\nI have been consulted and confirm that the financial\nimplications have been taken into account.\nSignature: Executive Director\nDate: 14 February 2028\n");
    assert_eq!(read, ["finance | - | Chief Finance Officer | -"]);
    // A post labelling the declaration with a colon: its bracket signs it,
    // and the post before "I" is no clearance of its own.
    let read = paper("Chief Finance Officer: I have been consulted on this report. (Huw Pritchard-Lowe, Chief Finance Officer, 18 February 2026)\n");
    assert_eq!(
        read,
        ["finance | Huw Pritchard-Lowe | Chief Finance Officer | 2026-02-18"]
    );
}

#[test]
fn a_signed_line_padded_with_dot_leaders() {
    let paper = |line: &str| {
        found(&format!(
            "Meeting: Area Council\nDate: 12 June 2028\n\n5.0      Financial Implications\n\n5.1      The contract can be met from the budget.\n\n                 Financial Implications/Consultation\n\n{line}\n\n                 (To be signed by senior Financial Services officer where no\n                 financial implications)\n"
        ))
    };
    assert_eq!(
        paper("                 ........Signed: M. Armitage-Doyle.........            Date: 2 February 2028"),
        ["finance | M. Armitage-Doyle | - | 2028-02-02"]
    );
    // An empty box signs nothing; nor does the caption under it.
    assert!(paper(
        "                 ........Signed: .........................            Date: .........."
    )
    .is_empty());
}

#[test]
fn an_adviser_from_outside_signs_the_implications_advice() {
    let paper = |line: &str| {
        found(&format!(
            "Meeting: Full Council\nDate: 14 March 2028\n\n**9. Legal and statutory implications**\n\n9.1 The resolution must be passed at a meeting of the full Council.\n\n{line}\n\n**10. Equalities implications**\n\n10.1 None.\n"
        ))
    };
    // Wrapped, in italics: the firm and its capacity after the name.
    assert_eq!(
        paper("*Legal advice: Fenella Hartnell, Hartnell & Webb LLP, solicitors to the\nCouncil, 1 March 2028.*"),
        ["legal | Fenella Hartnell | Hartnell & Webb LLP, solicitors to the Council | 2028-03-01"]
    );
    assert_eq!(
        paper("Legal advice: Fenella Hartnell, solicitor, 1 March 2028."),
        ["legal | Fenella Hartnell | solicitor | 2028-03-01"]
    );
    // Near misses: advice given as prose, a clause after the name, and an
    // adviser described in words but not dated.
    for line in [
        "Legal advice: the council has the power under section 1 of the Localism Act 2011.",
        "Legal advice: Fenella Hartnell, who was instructed by the Council, 1 March 2028.",
        "Legal advice: Fenella Hartnell, Hartnell & Webb LLP, solicitors to the Council.",
    ] {
        assert!(paper(line).is_empty(), "{line}: {:?}", paper(line));
    }
}

#[test]
fn an_adviser_s_description_is_firm_and_capacity_only() {
    assert!(describes_adviser(
        "Hartnell & Webb LLP, solicitors to the Council"
    ));
    assert!(describes_adviser("solicitor"));
    assert!(!describes_adviser("who was instructed by the Council"));
    assert!(!describes_adviser("the Council has the power to do this"));
    assert!(!describes_adviser("a firm. It advised"));
    assert!(!describes_adviser(""));
    assert!(!describes_adviser("one, two, three, four"));
}

#[test]
fn a_date_label_under_the_wrapped_rest_of_a_post() {
    // "Name of Finance Officer: NAME, Strategic Finance" / "Business
    // Partner\" (a Pandoc hard break) / "Date: DATE": the date is the
    // clearance's.
    let finance = |lines: &str| {
        found(&with_implications(&format!(
            "2.2 The duty is met.\n\nName of Finance Officer: Lucinda Okwuosa-Barnes, Strategic Finance\n{lines}\n"
        )))
    };
    assert_eq!(
        finance("Business Partner\\\nDate: 4 January 2029"),
        ["finance | Lucinda Okwuosa-Barnes | Strategic Finance | 2029-01-04"]
    );
    assert_eq!(
        finance("Business Partner\nDate: 4 January 2029"),
        ["finance | Lucinda Okwuosa-Barnes | Strategic Finance | 2029-01-04"]
    );
    // Near misses: a label of another field, an empty "Date:", a line
    // that is a sentence rather than the rest of a post.
    assert_eq!(
        finance("Business Partner\\\nDate of meeting: 23 January 2029"),
        ["finance | Lucinda Okwuosa-Barnes | Strategic Finance | -"]
    );
    assert_eq!(
        finance("Business Partner\\\nDate:\n\n2.3 Consulted on 4 January 2029."),
        ["finance | Lucinda Okwuosa-Barnes | Strategic Finance | -"]
    );
    assert_eq!(
        finance("was consulted on the budget.\nDate: 4 January 2029"),
        ["finance | Lucinda Okwuosa-Barnes | Strategic Finance | -"]
    );
}

#[test]
fn a_bracket_left_open_at_a_line_end_is_closed_by_the_dated_next_line() {
    // "… Chief Finance Officer (Section" / "151 Officer), DATE."
    let text = "Meeting: Harbour Board\nDate: 27 February 2029\n\n8. Financial implications\n\n   8.1 The charges raise £1.46 million.\n\n   Finance comments: Jeremy Trewin-Blake, Chief Finance Officer (Section\n   151 Officer), 22 February 2029.\n\n9. Legal implications\n\n   9.1 The charges are lawful.\n\n   Legal comments: Alys Penberthy-Roe, Deputy Monitoring Officer,\n   12 February 2029.\n";
    assert_eq!(
        found(text),
        [
            "finance | Jeremy Trewin-Blake | Chief Finance Officer (Section 151 Officer) | 2029-02-22",
            "legal | Alys Penberthy-Roe | Deputy Monitoring Officer | 2029-02-12",
        ]
    );
    // Near miss: the next line gives the date of another event.
    let other = text.replace(
        "151 Officer), 22 February 2029.",
        "151 Officer). The budget was approved in February 2029.",
    );
    assert_eq!(
        found(&other)[0],
        "finance | Jeremy Trewin-Blake | Chief Finance Officer (Section | -"
    );
    // Two clearances on consecutive lines, each with its own date.
    let two = "Meeting: Harbour Board\nDate: 27 February 2029\n\n8. Financial and legal implications\n\n   8.1 The charges raise £1.46 million.\n\n   Finance comments: Jeremy Trewin-Blake, Chief Finance Officer, 12 February 2029.\n   Legal comments: Alys Penberthy-Roe, Deputy Monitoring Officer, 13 February 2029.\n";
    assert_eq!(
        found(two),
        [
            "finance | Jeremy Trewin-Blake | Chief Finance Officer | 2029-02-12",
            "legal | Alys Penberthy-Roe | Deputy Monitoring Officer | 2029-02-13",
        ]
    );
}

/// A front sheet set out in columns by `pdftotext -layout`, its clearance
/// grid's legal date cell `legal_date` (spaces where empty), then the
/// implications under headings the pack does not know.
fn clearance_grid(legal_date: &str) -> String {
    format!(
        "   Report to:              Cabinet\n\n   Date:                   Wednesday 6 December 2028\n\n   Clearances              Name                      Date          Code\n\n   Strategic Director      Helen Okonedo-Barr        20.11.28      SD/EC/114\n\n   Service Director        Martin Greaves-Lomax      21.11.28      FIN/0412\n   Finance (s151)\n\n   Service Director        Sabrina Holt-Nwosu        {legal_date}      LEG/0388\n   Legal, Governance and\n   Commissioning (MO)\n\n\n   1.    Summary\n\n   1.1   The plan is for five years.\n"
    )
}

#[test]
fn a_clearances_grid_with_an_empty_date_cell_is_undated() {
    // "Clearances | Name | Date | Code": the posts under the clearance
    // heading, the name beside each; an empty date cell leaves its row
    // undated, taking no other row's date nor the code.
    assert_eq!(
        found(&clearance_grid("        ")),
        [
            "finance | Martin Greaves-Lomax | Service Director Finance (s151) | 2028-11-21",
            "legal | Sabrina Holt-Nwosu | Service Director Legal, Governance and Commissioning (MO) | -",
        ]
    );
    let undated = crate::rules::findings_of("sign-off-undated", &clearance_grid("        "));
    assert_eq!(undated.len(), 1, "{undated:#?}");
    assert_eq!(undated[0].subject.as_deref(), Some("legal"));
    // Near miss: every row dated.
    assert_eq!(
        found(&clearance_grid("22.11.28")),
        [
            "finance | Martin Greaves-Lomax | Service Director Finance (s151) | 2028-11-21",
            "legal | Sabrina Holt-Nwosu | Service Director Legal, Governance and Commissioning (MO) | 2028-11-22",
        ]
    );
    assert!(crate::rules::findings_of("sign-off-undated", &clearance_grid("22.11.28")).is_empty());
}

#[test]
fn a_clearances_grid_row_dated_on_its_wrapped_line() {
    // The date cell empty on the row's first line, the date under it.
    let text = clearance_grid("        ").replace(
        "   Legal, Governance and\n",
        "   Legal, Governance and                             22.11.28\n",
    );
    assert_eq!(
        found(&text)[1],
        "legal | Sabrina Holt-Nwosu | Service Director Legal, Governance and Commissioning (MO) | 2028-11-22"
    );
}

#[test]
fn a_dated_line_wins_over_a_joint_statement_that_the_posts_were_consulted() {
    let consultation = |after: &str| {
        format!(
            "Meeting: Cabinet\nDate: 6 March 2029\n\n## 1. Financial implications\n\n1.1 The cost is met from budgets.\n\n## 2. Legal implications\n\n2.1 The Council has the power.\n\n## 3. Consultation\n\n3.1 The Section 95 Officer and the Monitoring Officer were consulted on this report\nand their comments are included in section 4.\n{after}"
        )
    };
    let dated = consultation(
        "\nFinancial comments: Grant Sutherland, Section 95 Officer, 19 February 2029.\n\nLegal comments: Eilidh Macrae, Monitoring Officer, 20 February 2029.\n",
    );
    assert_eq!(
        sign_offs_of(&dated),
        ["finance: 2029-02-19", "legal: 2029-02-20"]
    );
    // Near miss: the statement alone stays each post's undated clearance.
    assert_eq!(sign_offs_of(&consultation("")), ["finance: -", "legal: -"]);
}

#[test]
fn a_signature_run_into_a_paragraph_where_no_section_gives_the_implications() {
    let report = |close: &str| {
        format!(
            "Meeting: Planning Committee\nDate: 9 April 2029\n\n## Part 1\n\n35. The section 106 agreement would secure a contribution. The terms have been\nagreed in principle with the applicant. {close}\n"
        )
    };
    let signed =
        report("Legal comments: Harriet Osei,\nPrincipal Solicitor (Planning), 11 April 2029.");
    assert_eq!(sign_offs_of(&signed), ["legal: 2029-04-11"]);
    // Near misses: advice that names no one, or an undated signature,
    // gives no sign-off where the paper has no legal section.
    assert!(sign_offs_of(&report("Legal comments: the Council has the power.")).is_empty());
    assert!(sign_offs_of(&report(
        "Legal comments: Harriet Osei,\nPrincipal Solicitor (Planning)."
    ))
    .is_empty());
}

#[test]
fn a_date_label_under_a_post_line_under_the_officer_s_name() {
    // "Implications verified by: **NAME**\" / "POST, Department\" /
    // "Date: DATE": the post on a line of its own, then the date.
    let dates = |lines: &str| {
        found(&with_implications(&format!(
            "2.2 The duty is met.\n\nImplications verified by: **Joanne Threlfall-Marsh**\\\n{lines}\n"
        )))
        .iter()
        .map(|c| c.rsplit(" | ").next().unwrap_or("").to_string())
        .collect::<Vec<_>>()
    };
    assert_eq!(
        dates("Senior Management Accountant, Children's Services\\\nDate: 17 September 2026"),
        ["2026-09-17"]
    );
    // Near misses: a sentence under the name, another field's date.
    assert_eq!(
        dates("The costs were checked. Others agreed.\\\nDate: 17 September 2026"),
        ["-"]
    );
    assert_eq!(
        dates("Senior Management Accountant, Children's Services\\\nDate of meeting: 17 September 2026"),
        ["-"]
    );
}

#[test]
fn a_table_row_led_by_a_post_giving_a_sign_off() {
    // A table of the report's approvers, its first row no header: "|
    // **Monitoring Officer** | NAME | DATE |".
    let table = "**Contributors/Checkers/Approvers**\n\n| **Monitoring Officer** | Catherine Hollis-Vane | 2 June 2026 |\n|---|---|---|\n| **Chief Finance Officer (S.151 Officer)** | Martin Oduya-Kerr | 12 June 2026 |\n| **Communications Lead** | Becky Farrant-Lowe | 4 June 2026 |\n";
    let text = with_implications(&format!("## 3. Appendices\n\nNone.\n\n{table}"));
    let got = found(&text);
    assert!(
        got.contains(&"legal | Catherine Hollis-Vane | - | 2026-06-02".to_string()),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.starts_with("finance | Martin Oduya-Kerr")),
        "{got:?}"
    );
    // Near misses: a row naming a post over what it does, not who.
    let duties = "| Monitoring Officer | ensures the Council acts lawfully | 2 June 2026 |\n|---|---|---|\n| Chief Finance Officer | sets the budget | 12 June 2026 |\n";
    let text = with_implications(&format!("## 3. Appendices\n\nNone.\n\n{duties}"));
    assert!(found(&text).is_empty(), "{:?}", found(&text));
}
