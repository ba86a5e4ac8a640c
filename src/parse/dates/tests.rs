//! Unit and property tests of the date reader.

use super::*;

#[test]
fn digit_pre_check_lets_every_digit_led_shape_through() {
    let may = |s: &str| digit_date_may_start(s.as_bytes(), 0);
    for date in [
        "17.09.03",
        "1/3/24",
        "1-3-2024",
        "1-Mar-24",
        "3rd February",
        "3RD FEBRUARY",
        "3<sup>rd</sup> Feb",
        "3^rd^ Feb",
        "3 March",
        "3\u{a0}March",
        "3\u{202f}\u{202f}March",
        "12   December 2005",
    ] {
        assert!(may(date), "{date}");
        assert!(
            found(date)
                .first()
                .is_some_and(|(s, _)| date.starts_with(s)),
            "{date}"
        );
    }
    for number in [
        "1.1 Text",
        "12 members",
        "1,000",
        "2005",
        "100 days",
        "7)",
        "4.3.",
    ] {
        assert!(!may(number), "{number}");
    }
}

/// `(text, iso)` of every date found.
fn found(text: &str) -> Vec<(&str, String)> {
    find_dates(text, 0)
        .into_iter()
        .map(|m| (m.span.of(text), m.value.iso()))
        .collect()
}

/// The ISO value of `text` as one date.
fn iso(text: &str) -> Option<String> {
    parse_date_text(text).map(|v| v.iso())
}

/// Asserts `text` is exactly one date with this ISO value, found whole.
#[track_caller]
fn assert_date(text: &str, expected: &str) {
    assert_eq!(
        iso(text).as_deref(),
        Some(expected),
        "parse_date_text({text:?})"
    );
    assert_eq!(
        found(text),
        vec![(text, expected.to_string())],
        "find_dates({text:?})"
    );
}

#[track_caller]
fn assert_no_date(text: &str) {
    assert_eq!(found(text), vec![], "find_dates({text:?})");
}

#[test]
fn day_month_year_in_words() {
    assert_date("3<sup>RD</sup> FEBRUARY 2005", "2005-02-03");
    assert_date("15<sup>th</sup> March 2004", "2004-03-15");
    assert_date("9<SUP>th</SUP> December 2004", "2004-12-09");
    // Pandoc's superscript.
    assert_date("20^th^ January 2026", "2026-01-20");
    assert_date("January 2^nd^, 2026", "2026-01-02");
    assert_date("3^rd^ of March 2026", "2026-03-03");
    assert_date("11th November 2004", "2004-11-11");
    assert_date("5th January 2005", "2005-01-05");
    assert_date("24 January 2005", "2005-01-24");
    assert_date("1 March 2024", "2024-03-01");
    assert_date("1st Mar 2024", "2024-03-01");
    assert_date("22nd September 2003", "2003-09-22");
    assert_date("03 June 2024", "2024-06-03");
    assert_date("3rd of March 2024", "2024-03-03");
    assert_date("3 March, 2024", "2024-03-03");
    assert_date("1-Mar-24", "2024-03-01");
    assert_date("12 May '03", "2003-05-12");
    assert_date("12 May 05", "2005-05-12");
}

#[test]
fn month_names_in_any_case_and_abbreviated() {
    for text in [
        "1 Sept 2024",
        "1 Sept. 2024",
        "1 Sep 2024",
        "1 sep. 2024",
        "1 SEPT 2024",
        "1 September 2024",
        "1 september 2024",
        "1 SEPTEMBER 2024",
    ] {
        assert_date(text, "2024-09-01");
    }
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    for (i, (abbr, full)) in months.iter().zip(MONTH_NAMES).enumerate() {
        let expected = format!("2024-{:02}-01", i + 1);
        assert_date(&format!("1 {abbr} 2024"), &expected);
        assert_date(&format!("1 {full} 2024"), &expected);
        assert_date(&format!("1 {} 2024", full.to_uppercase()), &expected);
    }
}

#[test]
fn welsh_month_names_in_full() {
    for (i, name) in WELSH_MONTH_NAMES.iter().enumerate() {
        let expected = format!("2025-{:02}-24", i + 1);
        let mut title = name.to_string();
        title[..1].make_ascii_uppercase();
        assert_date(&format!("24 {title} 2025"), &expected);
        assert_date(&format!("24 {} 2025", name.to_uppercase()), &expected);
    }
    assert_date("Tachwedd 2025", "2025-11");
    // Their first letters are no abbreviation.
    assert_no_date("12 Gor 2025");
    assert_no_date("Hydro 2025");
    assert_no_date("3 Mains 2024");
}

#[test]
fn month_first() {
    assert_date("March 1, 2024", "2024-03-01");
    assert_date("March 1st 2024", "2024-03-01");
    assert_date("March 1st, 2024", "2024-03-01");
    assert_date("Mar. 1 2024", "2024-03-01");
    assert_date("March 1st", "--03-01");
    // Without ordinal or year, "March 12" could be a day or 2012.
    assert_no_date("by March 12 at the latest");
}

#[test]
fn iso_dates() {
    assert_date("2025-02-24", "2025-02-24");
    assert_date("1999-12-31", "1999-12-31");
    let line = "Financial implications prepared by: Ann Vale, Finance Manager  Date: 2025-02-24";
    assert_eq!(found(line), vec![("2025-02-24", "2025-02-24".to_string())]);
    // Not a real date, a longer code, or a range of years.
    assert_no_date("2025-02-30");
    assert_no_date("2025-13-01");
    assert_no_date("ref-2025-02-24");
    assert_no_date("2025-02-241");
    assert_no_date("2024-25");
    assert_no_date("2025-02-24-1");
}

#[test]
fn short_dotted_date_closing_a_list_after_a_comma() {
    let one = |text: &str| {
        found(text)
            .into_iter()
            .map(|(s, v)| (s.to_string(), v))
            .collect::<Vec<_>>()
    };
    let d = |s: &str, v: &str| vec![(s.to_string(), v.to_string())];
    assert_eq!(
        one("(Ann Vale, Treasurer, 14.3.25)"),
        d("14.3.25", "2025-03-14")
    );
    assert_eq!(
        one("agreed by Ann Vale, Head of Finance, 11.3.25."),
        d("11.3.25", "2025-03-11")
    );
    assert_eq!(
        one("agreed by Ann Vale, Head of Finance,\n        11.3.25.\n"),
        d("11.3.25", "2025-03-11")
    );
    // References, not dates: a cue word, a list of numbers, an impossible
    // date, or more text after it.
    assert_no_date("see paragraph 3.2.1.");
    assert_no_date("see paragraphs 3.1, 3.2.1.");
    assert_no_date("as set out in section, 3.2.1.");
    assert_no_date("(Ann Vale, Treasurer, 31.2.25)");
    assert_no_date("Ann Vale, Treasurer, 3.2.1 sets out");
}

#[test]
fn short_dotted_date_alone_in_a_bracket_closing_a_list() {
    assert_eq!(
        found(
            "Finance – Nigel Amos, Finance Manager (9.1.26); Legal – Ann Vale, Lawyer (12.1.26)."
        ),
        vec![
            ("9.1.26", "2026-01-09".into()),
            ("12.1.26", "2026-01-12".into())
        ]
    );
    // No list before the bracket, a cue word, more in the bracket, a
    // number before it, or a day that does not exist: not dates.
    assert_no_date("under the scheme of delegation (3.2.10).");
    assert_no_date("Finance – Nigel Amos; see the scheme (3.2.10).");
    assert_no_date("as in sections 4, 5 and paragraph (3.2.10).");
    assert_no_date("Nigel Amos, Finance Manager (9.1.26 draft)");
    assert_no_date("Nigel Amos, Finance Manager 4 (9.1.26)");
    assert_no_date("Nigel Amos, Finance Manager (31.2.26)");
}

#[test]
fn figures() {
    assert_date("17.09.03", "2003-09-17");
    assert_date("08.12.03", "2003-12-08");
    assert_date("30.09.2003", "2003-09-30");
    assert_date("01/03/2024", "2024-03-01");
    assert_date("1/3/24", "2024-03-01");
    assert_date("1/03/2024", "2024-03-01");
    assert_date("1-3-2024", "2024-03-01");
    assert_date("31-12-2024", "2024-12-31");
}

#[test]
fn month_precision() {
    assert_date("February 2004", "2004-02");
    assert_date("October 03", "2003-10");
    assert_date("September '03", "2003-09");
    assert_date("Oct '03", "2003-10");
    assert_date("Oct'03", "2003-10");
    assert_date("Oct ’03", "2003-10");
    assert_date("Sept '03", "2003-09");
    assert_date("January 04", "2004-01");
    assert_date("May 2024", "2024-05");
    assert_date("March, 2024", "2024-03");
    assert_date("March 99", "1999-03");
    let v = parse_date_text("October 03").unwrap();
    assert_eq!((v.day, v.end_month), (None, None));
}

#[test]
fn month_ranges() {
    let v = parse_date_text("Jan / Feb '04").unwrap();
    assert_eq!(
        (v.year, v.month, v.end_month, v.day),
        (Some(2004), 1, Some(2), None)
    );
    let v = parse_date_text("Oct-Dec '03").unwrap();
    assert_eq!((v.year, v.month, v.end_month), (Some(2003), 10, Some(12)));
    let v = parse_date_text("January to March 2024").unwrap();
    assert_eq!((v.year, v.month, v.end_month), (Some(2024), 1, Some(3)));
    let v = parse_date_text("Oct – Dec 2003").unwrap();
    assert_eq!((v.month, v.end_month), (10, Some(12)));
    assert_eq!(
        found("Jan / Feb '04"),
        vec![("Jan / Feb '04", "2004-01".into())]
    );
    // Backwards ranges would cross a year: only the second month is dated.
    assert_eq!(found("Dec/Jan '04"), vec![("Jan '04", "2004-01".into())]);
    // A range without a year is no date.
    assert_no_date("from Jan to Mar the team");
}

#[test]
fn day_without_year() {
    assert_date("17th September", "--09-17");
    assert_date("13th May", "--05-13");
    assert_eq!(
        found("the meeting on 29th October."),
        vec![("29th October", "--10-29".into())]
    );
    assert_eq!(
        found("on 12 May we met"),
        vec![("12 May", "--05-12".into())]
    );
    // Lower-case "may" after a number is the verb.
    assert_no_date("option 2 may be preferred");
    assert_no_date("In March the Board considered");
}

#[test]
fn first_day_takes_the_year_of_the_second() {
    assert_eq!(
        found("took place between 13th May and 27th May 2003."),
        vec![
            ("13th May", "2003-05-13".into()),
            ("27th May 2003", "2003-05-27".into()),
        ]
    );
    assert_eq!(
        found("from 1st March to 5 April 2024"),
        vec![
            ("1st March", "2024-03-01".into()),
            ("5 April 2024", "2024-04-05".into()),
        ]
    );
    // Not joined, or out of order: no year is guessed.
    assert_eq!(
        found("on 13th May, the panel met on 27th May 2003")[0].1,
        "--05-13"
    );
    assert_eq!(found("13th Dec and 5th Jan 2004")[0].1, "--12-13");
}

#[test]
fn two_digit_years_pivot_at_fifty() {
    assert_eq!(iso("1/3/00").unwrap(), "2000-03-01");
    assert_eq!(iso("1/3/49").unwrap(), "2049-03-01");
    assert_eq!(iso("1/3/50").unwrap(), "1950-03-01");
    assert_eq!(iso("Oct '99").unwrap(), "1999-10");
    assert_eq!(iso("17.09.03").unwrap(), "2003-09-17");
}

#[test]
fn impossible_dates_are_dates_that_do_not_exist() {
    for (text, expected) in [
        ("31 February 2024", "2024-02-31"),
        ("31/02/2024", "2024-02-31"),
        ("30.02.03", "2003-02-30"),
        ("29th February 2023", "2023-02-29"),
    ] {
        assert_date(text, expected);
        assert!(!parse_date_text(text).unwrap().is_valid(), "{text}");
    }
    assert!(parse_date_text("29th February 2024").unwrap().is_valid());
    // Less certain shapes are dates only when they exist.
    assert_no_date("31/2/24");
    assert_no_date("31-2-2024");
}

#[test]
fn not_dates() {
    for text in [
        "see paragraph 1.2.3",
        "paragraphs 10.15 and 3.2",
        "1.12.03",
        "the plan for 2001/2002",
        "in 2000/01 and 2000/05",
        "2004/5",
        "in 2000",
        "Summer 2001",
        "the Summer of 2000",
        "12 Mayfield Road",
        "we march on",
        "this may be late",
        "may 12",
        "13/14/2024",
        "17.13.03",
        "00/03/2024",
        "32/01/2024",
        "A1/3/24B",
        "x1/3/24",
        "1/3/24/5",
        "17.09.03.1",
        "ref-01/02/2003",
        "1.12 May was",
        "£2.05 March",
        "In May 45 replies came",
        "0 March 2024",
        "45 March 2024",
        "Marches 2024",
        "1 Marchmont 2024",
        "1 March2024",
        "Item 12 May",
        "see paragraph 10.11.12",
        "1st plan",
        "at 10.30",
        "10/15",
        "2 / 3 / 2024",
        "3\tMarch 2024",
    ] {
        let dates = found(text);
        // "3\tMarch 2024" is the month of another cell, not a day.
        let dates: Vec<_> = dates
            .into_iter()
            .filter(|(t, _)| !t.starts_with("March"))
            .collect();
        assert_eq!(dates, vec![], "{text:?}");
    }
    assert_eq!(
        found("3\tMarch 2024"),
        vec![("March 2024", "2024-03".into())]
    );
    assert_eq!(found("March 2003/04"), vec![]);
    // Not "12 May 2003" inside a paragraph number; the month stands.
    assert_eq!(found("1.12 May 2003"), vec![("May 2003", "2003-05".into())]);
    assert_eq!(found("1 March 2024-25").len(), 1);
    assert_eq!(iso("in 2000"), None);
    assert_eq!(iso("Oct '03 Action plan"), None);
    assert_eq!(iso(""), None);
    assert_eq!(iso("**"), None);
}

#[test]
fn dates_within_text() {
    let text = "The 1<sup>st</sup> plan was agreed on 5th January 2005 (see 08.12.03), \
                reviewed Oct '03 and again on March 1, 2024; 12 Mayfield Road.";
    assert_eq!(
        found(text),
        vec![
            ("5th January 2005", "2005-01-05".into()),
            ("08.12.03", "2003-12-08".into()),
            ("Oct '03", "2003-10".into()),
            ("March 1, 2024", "2024-03-01".into()),
        ]
    );
}

#[test]
fn a_year_wrapped_onto_the_next_line_belongs_to_the_date() {
    let text = "Consulted: Ann Tull, Accountancy Manager, 18 September\n2025.";
    assert_eq!(
        found(text),
        vec![("18 September\n2025", "2025-09-18".into())]
    );
    // A hanging indent, a comma, Windows line ends and an ordinal.
    assert_eq!(
        found("agreed on 3rd March,\r\n\t2024 by the Head of Finance"),
        vec![("3rd March,\r\n\t2024", "2024-03-03".into())]
    );
    // The span starts at the day and ends after the year.
    let dates = find_dates(text, 100);
    assert_eq!(dates[0].span, Span::new(100 + 42, 100 + 59));
    // Not across a blank line, not from a table row, not a year range,
    // and not when the line goes on after the month.
    for text in [
        "closed on 18 September\n\n2025 was a busy year",
        "Review\t18 September\n2025\tDone",
        "due 18 September\n2025/26 budget",
        "on 18 September for review\n2025 figures",
    ] {
        assert!(
            find_dates(text, 0).iter().all(|d| d.value.year.is_none()),
            "{text:?}"
        );
    }
}

#[test]
fn short_dotted_dates_only_after_a_date_lead() {
    assert_eq!(
        found("cleared by Jo Bloggs on 15.5.24."),
        vec![("15.5.24", "2024-05-15".into())]
    );
    assert_eq!(
        found("Legal: approved 8.07.2024; Date: 3.4.25"),
        vec![
            ("8.07.2024", "2024-07-08".into()),
            ("3.4.25", "2025-04-03".into())
        ]
    );
    // The lead in bold, with its colon inside the emphasis or after it.
    for text in [
        "**Finance Officer:** Harriet Okafor  **Date:** 22.2.27",
        "**Date**: 22.2.27",
        "__Date:__ 22.2.27",
    ] {
        assert_eq!(
            found(text),
            vec![("22.2.27", "2027-02-22".into())],
            "{text:?}"
        );
    }
    // A three-level paragraph number, or a day that does not exist, or
    // one after bold that leads no date.
    for text in [
        "**Section:** 6.1.12 The Council",
        "**6.1** 4.3.12 above",
        "6.1.12 The Council",
        "see 4.3.12 above",
        "on 4.3.1",
        "on 31.2.24",
        "on 4.13.24",
    ] {
        assert_eq!(found(text), vec![], "{text:?}");
    }
    // Figures alone in a cell are not read this way either.
    assert_eq!(iso("15.5.24"), None);
}

#[test]
fn spans_are_offsets_plus_base() {
    let text = "**DATE:** 3<sup>RD</sup> FEBRUARY 2005\n’é’ Oct ’03 ü";
    let dates = find_dates(text, 1000);
    assert_eq!(dates.len(), 2);
    assert_eq!(dates[0].span, Span::new(1010, 1038));
    assert_eq!(&text[10..38], "3<sup>RD</sup> FEBRUARY 2005");
    let start = text.find("Oct").unwrap();
    let end = start + "Oct ’03".len();
    assert_eq!(dates[1].span, Span::new(1000 + start, 1000 + end));
    assert_eq!(dates[1].value.iso(), "2003-10");
    // A letter outside ASCII joins the word: no date inside "éMarch".
    assert_no_date("éMarch 2024 1é/3/24");
}

#[test]
fn date_production_reads_one_date_from_the_start() {
    let (rest, v) = date("3rd March 2024 onwards").unwrap();
    assert_eq!((rest, v.iso().as_str()), (" onwards", "2024-03-03"));
    let (rest, v) = date("Oct '03</p>").unwrap();
    assert_eq!((rest, v.iso().as_str()), ("</p>", "2003-10"));
    assert!(date(" 3 March 2024").is_err());
    assert!(date("").is_err());
    assert!(date("x").is_err());
}

#[test]
fn parse_date_text_looks_through_markup() {
    assert_eq!(
        iso("**3<sup>RD</sup> FEBRUARY 2005**").unwrap(),
        "2005-02-03"
    );
    assert_eq!(iso("  24 January 2005  ").unwrap(), "2005-01-24");
    assert_eq!(
        iso("<p style=\"text-align: center;\">30.09.03</p>").unwrap(),
        "2003-09-30"
    );
    assert_eq!(iso("_17 Sept._").unwrap(), "--09-17");
    assert_eq!(iso("24 January 2005.").unwrap(), "2005-01-24");
    assert_eq!(iso("24 January 2005 and 25 January 2005"), None);
}

/// Absent outside the project's machine; the test then checks nothing.
const SEEDS: &str = "/work/shared/seeds";

#[test]
fn finds_known_dates_in_seed_papers() {
    let Ok(entries) = std::fs::read_dir(SEEDS) else {
        return;
    };
    let expected: &[(&str, &[&str])] = &[
        (
            "000_",
            &[
                "2005-02-03",
                "2004-03-15",
                "2004-12-09",
                "2005-01-05",
                "2005-01-24",
                "2003-06",
                "2004-02",
            ],
        ),
        ("001_", &["2004-11-11"]),
        ("002_", &["2001-03-08", "2001-03-19", "2000-03", "2001-05"]),
        (
            "003_",
            &[
                "2003-09-17",
                "2003-09-22",
                "2003-12-08",
                "2003-10",
                "2003-05-13",
                "2003-05-27",
                "2003-09-30",
                "2004-01",
                "--10-29",
            ],
        ),
    ];
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let dates = find_dates(&text, 0);
        for d in &dates {
            assert!(d.span.end <= text.len() && text.is_char_boundary(d.span.start));
            // Nothing found is a bare year or a season.
            let t = d.span.of(&text);
            assert!(!t.contains("Summer") && t.len() > 4, "{name}: {t:?}");
        }
        let isos: Vec<String> = dates.iter().map(|d| d.value.iso()).collect();
        for (prefix, wanted) in expected {
            if name.starts_with(prefix) {
                for w in *wanted {
                    assert!(isos.iter().any(|i| i == w), "{name}: {w} not in {isos:?}");
                }
            }
        }
        if name.starts_with("003_") {
            let range = dates
                .iter()
                .find(|d| d.span.of(&text) == "Oct-Dec '03")
                .expect("Oct-Dec '03");
            assert_eq!(range.value.end_month, Some(12));
            let jan_feb = dates
                .iter()
                .find(|d| d.span.of(&text) == "Jan / Feb '04")
                .expect("Jan / Feb '04");
            assert_eq!(jan_feb.value.end_month, Some(2));
        }
        if name.starts_with("004_") {
            // "In March the Board …": a month without a year is no date.
            assert_eq!(isos, Vec::<String>::new(), "{name}");
        }
    }
}

#[test]
fn random_fragments_never_panic_and_spans_stay_on_char_boundaries() {
    const FRAGMENTS: &[&str] = &[
        "3", "<sup>", "</sup>", "rd", "Feb", "/", ".", "'", "0", " ", "é", "’", "1", "2", "Sept",
        "May", "-", ",", "th", "\u{a0}", "of", "March", "9", "\n", "ü€", "to",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        // xorshift64*
        seed ^= seed >> 12;
        seed ^= seed << 25;
        seed ^= seed >> 27;
        seed.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let mut text = String::new();
    for _ in 0..5000 {
        text.clear();
        let len = next() % 24;
        for _ in 0..len {
            text.push_str(FRAGMENTS[(next() % FRAGMENTS.len() as u64) as usize]);
        }
        let base = (next() % 100) as usize;
        let dates = find_dates(&text, base);
        let mut last_end = base;
        for d in &dates {
            assert!(
                d.span.start >= last_end && d.span.start < d.span.end,
                "{text:?}"
            );
            assert!(d.span.end <= base + text.len(), "{text:?}");
            assert!(text.is_char_boundary(d.span.start - base), "{text:?}");
            assert!(text.is_char_boundary(d.span.end - base), "{text:?}");
            last_end = d.span.end;
        }
        let _ = parse_date_text(&text);
        let _ = date(&text);
    }
}

/// `cargo test --release --lib parse::dates -- --ignored --nocapture`
#[test]
#[ignore = "throughput measurement"]
fn throughput() {
    let mut text = String::new();
    let mut seeds = Vec::new();
    if let Ok(entries) = std::fs::read_dir(SEEDS) {
        for e in entries.flatten() {
            seeds.push(std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    if seeds.is_empty() {
        seeds.push("On 3rd March 2024 the board met; see paragraph 1.2.3. ".repeat(100));
    }
    while text.len() < 10_000_000 {
        for s in &seeds {
            text.push_str(s);
        }
    }
    let mut n = 0;
    let mut secs = f64::MAX;
    for _ in 0..5 {
        let start = std::time::Instant::now();
        n = find_dates(&text, 0).len();
        secs = secs.min(start.elapsed().as_secs_f64());
    }
    let mut stops = 0;
    let mut scan = f64::MAX;
    for _ in 0..5 {
        let t = std::time::Instant::now();
        stops = date_starts(text.as_bytes()).len();
        scan = scan.min(t.elapsed().as_secs_f64());
    }
    println!(
        "scan only: {stops} stops, {:.0} MB/s",
        text.len() as f64 / 1e6 / scan
    );
    println!(
        "{n} dates in {} MB: {:.0} MB/s",
        text.len() / 1_000_000,
        text.len() as f64 / 1e6 / secs
    );
}

/// A piece of text likely to hold a date, or to look like one.
fn date_like() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::{sample::select, strategy::Strategy};
    let month = select(vec![
        "March", "mar.", "Sept.", "sep", "Jan", "Feb", "Dec", "May", "may", "Decision",
    ]);
    let sep = select(vec![" / ", "/", " to ", "TO ", "-", "–", " — ", "", " "]);
    let gap = select(vec![
        " ", "  ", "\u{a0}", "\u{202f}", "\u{2009}", ", ", ",", " '", "’", "‘", "`", "",
    ]);
    let number = select(vec![
        "3",
        "03",
        "12",
        "2005",
        "45",
        "3rd",
        "3<sup>rd</sup>",
        "1.2",
    ]);
    let junk = select(vec![
        "",
        " ",
        "x",
        "paragraph ",
        "Item ",
        "\n",
        "\t",
        "é",
        "*",
        "3 ",
        "of ",
        " and ",
    ]);
    (junk.clone(), month.clone(), sep, month, gap, number, junk)
        .prop_map(|(a, m1, s, m2, g, n, z)| [a, m1, s, m2, g, n, z].concat())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
    /// The word-wide digit search finds exactly the ASCII digits that
    /// follow no digit.
    #[test]
    fn digits_found_word_wide(bytes in proptest::collection::vec(proptest::sample::select(vec![b'0', b'9', b'/', b':', b'a', b' ', 0x8a, 0xb0, 0xb9, 0xff]), 0..100)) {
        let mut found = Vec::new();
        for_each_number(&bytes, |i| found.push(i));
        let expected: Vec<usize> = (0..bytes.len())
            .filter(|&i| bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()))
            .collect();
        proptest::prop_assert_eq!(found, expected);
    }

    /// Looking for dates only where [`date_starts`] points finds what
    /// trying the grammar at every word start finds.
    #[test]
    fn date_starts_miss_no_date(pieces in proptest::collection::vec(date_like(), 1..4)) {
        let text: String = pieces.concat();
        let bytes = text.as_bytes();
        let every_word_start = (0..bytes.len())
            .filter(|&i| bytes[i].is_ascii_alphanumeric()
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()))
            .collect();
        proptest::prop_assert_eq!(
            find_dates(&text, 0),
            dates_from(&text, 0, every_word_start)
        );
    }
}

#[test]
fn a_month_and_year_wrapped_after_the_day_belong_to_the_date() {
    // A weekday or "on" before a day that closes the line.
    assert_eq!(
        found("Meeting: Scrutiny Board, Wednesday 28\n          January 2026 at 6.30 pm"),
        vec![("28\n          January 2026", "2026-01-28".into())]
    );
    assert_eq!(
        found("agreed by the Solicitor on 30\nApril 2025."),
        vec![("30\nApril 2025", "2025-04-30".into())]
    );
    // The last item of a list after a word and a comma: a signature.
    assert_eq!(
        found("Finance officer consulted: Ann Vale, Senior Accountant, 16\nJanuary 2026"),
        vec![("16\nJanuary 2026", "2026-01-16".into())]
    );
    // After a bracket of words closing the item too.
    assert_eq!(
        found("Checked by: Ann Vale, Senior Lawyer (Children's Team), 19\nFebruary 2026"),
        vec![("19\nFebruary 2026", "2026-02-19".into())]
    );
    // Not after a number's comma or a cue word's, in a bracket or not.
    for text in [
        "costs rose by 4, 16\nMarch 2025 figures",
        "see paragraph, 16\nMarch 2025",
        "costs (see table 4), 16\nMarch 2025",
        "as agreed (see paragraph), 16\nMarch 2025",
    ] {
        assert!(
            find_dates(text, 0).iter().all(|d| d.value.day.is_none()),
            "{text:?}"
        );
    }
    // Any other number closing a line is no day of the month on the next.
    assert_eq!(
        found("the total was 28\nMarch 2025 figures"),
        vec![("March 2025", "2025-03".into())]
    );
    // Not across a blank line, and not without a year.
    for text in ["on 28\n\nJanuary 2026", "on 28\nJanuary was busy"] {
        assert!(
            find_dates(text, 0).iter().all(|d| d.value.day.is_none()),
            "{text:?}"
        );
    }
}

#[test]
fn an_ordinal_day_wrapped_above_its_month_in_the_same_column_is_one_date() {
    // pdftotext -layout wraps a right-hand cell: both lines at its column.
    let cell = " DATE OF EXPIRY: 14th June 2027\n                   (agreed until 31st\n                   June 2027)";
    assert_eq!(
        found(cell),
        vec![
            ("14th June 2027", "2027-06-14".into()),
            ("31st\n                   June 2027", "2027-06-31".into()),
        ]
    );
    // Beside a left-hand cell, the right-hand cell's wrap.
    let row = " WARD: Priory         (agreed until 31st\n                      June 2027)";
    assert_eq!(found(row)[0].1, "2027-06-31");
    // A paragraph wrapped at its edge, and under a hanging indent.
    assert_eq!(found("extended to the 1st\nMarch 2027.")[0].1, "2027-03-01");
    assert_eq!(
        found("1.1    The time was extended to the 1st\n       March 2027.")[0].1,
        "2027-03-01"
    );
    // The month in another column, a plain number, or no year: no day.
    for text in [
        "                   (agreed until 31st\n June 2027)",
        "the 21st\n        March 2027 figures",
        "the total was 31\nJune 2027 figures",
        "until 31st\nJune was busy",
        "until 31st\n\nJune 2027",
        "until 31st\t\nJune 2027",
    ] {
        assert!(
            find_dates(text, 0).iter().all(|d| d.value.day.is_none()),
            "{text:?}"
        );
    }
}
