//! Published PDFs. The seeds and samples made into PDFs by LibreOffice
//! (tests/fixtures/pdf/make_pdfs.py, with running headers and page-number
//! footers) give the same findings as their text, apart from the
//! differences listed and explained below; findings say their page;
//! the page furniture is removed and nothing else; damaged and hostile
//! PDFs are refused with a message, never a panic.

mod common;

use common::{findings, read};

use std::path::PathBuf;

use assert_cmd::Command;
use paperlint::config::Config;
use paperlint::source::pdf::{furniture, Limits};
use paperlint::source::{SourceError, SourceFile};

fn fixture(name: &str) -> PathBuf {
    common::root().join("tests/fixtures/pdf").join(name)
}

/// Each paper and its PDF.
const CONVERTED: &[(&str, &str)] = &[
    (
        "tests/fixtures/seeds/harrow-2004-csci-annual-review.txt",
        "harrow-2004-csci-annual-review.pdf",
    ),
    (
        "tests/fixtures/seeds/leicester-2001-joint-review-update.txt",
        "leicester-2001-joint-review-update.pdf",
    ),
    (
        "tests/fixtures/seeds/leicester-2003-ssi-inspection.txt",
        "leicester-2003-ssi-inspection.pdf",
    ),
    (
        "tests/fixtures/seeds/lga-2007-sector-led-improvement.txt",
        "lga-2007-sector-led-improvement.pdf",
    ),
    (
        "tests/fixtures/seeds/luton-2005-joint-review.txt",
        "luton-2005-joint-review.pdf",
    ),
    ("samples/01-cabinet-atx.md", "01-cabinet-atx.pdf"),
    (
        "samples/02-scrutiny-pipe-header.md",
        "02-scrutiny-pipe-header.pdf",
    ),
    ("samples/03-council-bold.md", "03-council-bold.pdf"),
    ("samples/04-exempt-part2.md", "04-exempt-part2.pdf"),
    (
        "samples/05-broken-references.md",
        "05-broken-references.pdf",
    ),
    ("samples/06-leicester-style.md", "06-leicester-style.pdf"),
    (
        "samples/07-template-leftovers.md",
        "07-template-leftovers.pdf",
    ),
    ("samples/08-crlf-windows.md", "08-crlf-windows.pdf"),
    ("samples/09-annex-numbering.md", "09-annex-numbering.pdf"),
];

/// Findings only the PDF has (`true`) or only the text has (`false`), and why.
///
/// Three kinds of difference, all from what a printed page does to text;
/// pdftotext gives the same lines in each case:
///
/// * **Lines wrap.** A paragraph is one line in the text and several in the
///   PDF. Where the wrap puts a label at the start of a line, it reads as a
///   numbered paragraph. (01's "attached as Appendix / B. It found…" and
///   05's "in
///   paragraphs / 2.3 to 2.1." are read as the sentences they carry on.) lga-2007's one-line title wraps onto a second line, and a title of
///   two lines is not taken for the title.
/// * **Table cells wrap.** Narrow cells break their text over several
///   lines, each read across the row: luton-2005's implications tick-box
///   table ("COMMUNITY / LEGAL ✓ SAFETY") and leicester-2003's
///   other-implications table (its header row "OTHER / IMPLICATIONS")
///   and action plan, where a wrapped cell starts a line with "3.4
///   Improve", read as paragraph 3.4. The same paper's glossary table
///   (`RALAC⇥Raising the Achievement…`) wraps into lines that no longer
///   read as a table, so it defines nothing, and the action plan's cells
///   become prose: "DIS", "RALAC" (its "(RALAC)" wrapped apart from the
///   words it stands for) and "TM" are reported as never spelt out.
/// * **The .docx it was made from.** leicester-2001's PDF is made from the
///   pandoc .docx, which loses what tests/docx.rs says it loses (its themes
///   become headings: an empty "equalities" section; its "INTRODUCTION"
///   heading is read as the purpose section, whose prose is then hard to
///   read, as the .docx's is).
const DIFFERENCES: &[(&str, &str, &str, bool)] = &[
    (
        "lga-2007-sector-led-improvement.pdf",
        "required-field",
        "title",
        true,
    ),
    (
        "luton-2005-joint-review.pdf",
        "implications-table",
        "consultation",
        false,
    ),
    (
        "leicester-2003-ssi-inspection.pdf",
        "required-section",
        "equalities",
        true,
    ),
    (
        "leicester-2003-ssi-inspection.pdf",
        "numbering",
        "3.4",
        true,
    ),
    (
        "leicester-2003-ssi-inspection.pdf",
        "acronym-undefined",
        "DIS",
        true,
    ),
    (
        "leicester-2003-ssi-inspection.pdf",
        "acronym-undefined",
        "RALAC",
        true,
    ),
    (
        "leicester-2003-ssi-inspection.pdf",
        "acronym-undefined",
        "TM",
        true,
    ),
    (
        "leicester-2001-joint-review-update.pdf",
        "empty-section",
        "equalities",
        true,
    ),
    (
        "leicester-2001-joint-review-update.pdf",
        "readability",
        "purpose",
        true,
    ),
];

#[test]
fn pdfs_give_the_same_findings_as_the_text() {
    let config = Config::builtin("council-report").unwrap();
    for (text, pdf) in CONVERTED {
        let mut from_text = findings(&read(&common::root().join(text)), &config);
        let mut from_pdf = findings(&read(&fixture(pdf)), &config);
        for (file, rule, subject, only_pdf) in DIFFERENCES {
            if file == pdf {
                let side = if *only_pdf {
                    &mut from_pdf
                } else {
                    &mut from_text
                };
                assert!(
                    side.remove(&(rule.to_string(), subject.to_string())),
                    "{pdf}: the documented difference {rule} [{subject}] is gone: update DIFFERENCES"
                );
            }
        }
        assert_eq!(from_text, from_pdf, "{text} and {pdf} differ");
    }
}

#[test]
fn furniture_is_removed_and_kept_aside() {
    let src = read(&fixture("luton-2005-joint-review.pdf"));
    let info = src.pdf.as_ref().unwrap();
    assert_eq!(info.pages.len(), 3);
    for (i, page) in info.pages.iter().enumerate() {
        assert_eq!(
            page.furniture,
            [
                "Social Inclusion Scrutiny Committee".to_string(),
                format!("Page {} of 3", i + 1)
            ]
        );
    }
    assert!(!src.text.contains("Page 1 of 3"));
    assert!(!src.text.contains("Social Inclusion Scrutiny Committee"));
    // The paragraph that runs over the page break reads on.
    assert!(src
        .text
        .contains("similar authorities and\n\nidentifies the key issues"));
    // Pages start with a form feed, as pdftotext writes them.
    assert_eq!(src.text.matches('\u{c}').count(), 2);
    // A bare page number in the footer (the plain samples) goes too.
    let plain = read(&fixture("01-cabinet-atx.pdf"));
    for page in &plain.pdf.as_ref().unwrap().pages {
        assert_eq!(page.furniture.len(), 1, "{:?}", page.furniture);
        assert!(page.furniture[0].parse::<u32>().is_ok());
    }
}

#[test]
fn ligatures_and_tabs_come_out_as_text() {
    // LibreOffice draws "fi" and "fl" as one glyph where the font has one.
    let src = read(&fixture("02-scrutiny-pipe-header.pdf"));
    assert!(!src.text.contains(['\u{fb01}', '\u{fb02}']));
    assert!(src.text.contains("financial"));
    // Word table cells are tab-separated, as a .docx is rendered.
    assert!(
        src.text.contains("Contact officer\tClaire Dobson"),
        "{}",
        &src.text[..600]
    );
}

#[test]
fn findings_say_their_page() {
    let path = fixture("05-broken-references.pdf");
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let src = read(&path);
    let diagnostics = json["diagnostics"].as_array().unwrap();
    assert!(!diagnostics.is_empty());
    for d in diagnostics {
        let start = d["start"].as_u64().unwrap() as usize;
        let page = d["page"].as_u64().unwrap() as usize;
        // The page is the one whose text holds the finding's start.
        let info = src.pdf.as_ref().unwrap();
        assert!(info.pages[page - 1].start <= start);
        assert!(info.pages.get(page).is_none_or(|next| start < next.start));
    }
    let appendix = diagnostics
        .iter()
        .find(|d| d["subject"] == "Appendix C")
        .expect("Appendix C is reported");
    // pdftotext -f 2 -l 2 finds "Appendix C" on page 2, and on no other.
    assert_eq!(appendix["page"], 2);
    let human = Command::cargo_bin("paperlint")
        .unwrap()
        .args(["check", "--color", "never"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(text.contains("= in the PDF: page 2"), "{text}");
    // Text files carry no page.
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(common::root().join("samples/05-broken-references.md"))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["diagnostics"][0].get("page").is_none());
}

/// The real reports in ../shared/real are pdftotext output, pages split by
/// form feeds. The furniture finder, run on their pages, takes nothing but
/// page furniture: pdftotext kept no headers or footers in them, so
/// whatever it takes must be a page number or a line repeated at the top
/// or foot of pages.
#[test]
fn real_pdf_text_keeps_its_text() {
    let dir = common::root().join("../shared/real");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipping: {} is not there", dir.display());
        return;
    };
    let mut checked = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let pages: Vec<Vec<&str>> = text.split('\u{c}').map(|p| p.lines().collect()).collect();
        let marks = furniture::find(&pages);
        let taken: Vec<&str> = pages
            .iter()
            .zip(&marks)
            .flat_map(|(lines, m)| lines.iter().zip(m).filter(|(_, f)| **f).map(|(l, _)| *l))
            .collect();
        assert!(
            taken.is_empty(),
            "{}: took {taken:?} as furniture",
            path.display()
        );
        checked += 1;
    }
    assert_eq!(checked, 10);
}

#[test]
fn folders_are_walked_for_pdfs() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("01-cabinet-atx.pdf"), dir.path().join("a.pdf")).unwrap();
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["files"], 1, "{json}");
}

// ---- Damaged and hostile PDFs ----

fn refuse(bytes: &[u8]) -> String {
    match SourceFile::from_pdf("hostile.pdf", bytes) {
        Err(e @ SourceError::Pdf { .. }) => e.to_string(),
        Err(e) => panic!("unexpected error {e}"),
        Ok(src) => panic!("read: {:?}", &src.text[..src.text.len().min(200)]),
    }
}

/// A one-page PDF whose page draws `content` with font F1 (Helvetica),
/// with a correct cross-reference table.
fn pdf_with(content_dict: &str, content: &[u8]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    let mut obj = |out: &mut Vec<u8>, body: &[u8]| {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", offsets.len()).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    };
    obj(&mut out, b"<< /Type /Catalog /Pages 2 0 R >>");
    obj(&mut out, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    obj(
        &mut out,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
          /Resources << /Font << /F1 5 0 R >> >> >>",
    );
    let mut stream =
        format!("<< {content_dict} /Length {} >>\nstream\n", content.len()).into_bytes();
    stream.extend_from_slice(content);
    stream.extend_from_slice(b"\nendstream");
    obj(&mut out, &stream);
    obj(
        &mut out,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    );
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).as_bytes(),
    );
    for o in &offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            offsets.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

#[test]
fn a_hand_made_pdf_reads() {
    let src = SourceFile::from_pdf(
        "tiny.pdf",
        &pdf_with(
            "",
            b"BT /F1 12 Tf 72 700 Td (Meeting: Cabinet) Tj 0 -14 Td (Date: 6 May 2025) Tj ET",
        ),
    )
    .unwrap();
    assert_eq!(src.text, "Meeting: Cabinet\nDate: 6 May 2025\n");
}

#[test]
fn truncated_pdfs_are_refused_or_read_never_a_panic() {
    let bytes = std::fs::read(fixture("04-exempt-part2.pdf")).unwrap();
    for cut in [9, 100, 1000, bytes.len() / 2, bytes.len() - 200] {
        // lopdf rebuilds a lost cross-reference table when it can, so a
        // cut file may still read (in part); it must never panic.
        let _ = SourceFile::from_pdf("cut.pdf", &bytes[..cut]);
    }
    let err = refuse(&bytes[..9]);
    assert!(err.contains("cannot read this PDF"), "{err}");
}

#[test]
fn a_compression_bomb_is_refused() {
    // 200 MiB of zeros in a content stream a few hundred kilobytes long.
    let zeros = vec![b' '; 200 << 20];
    let bomb = deflate(&zeros);
    drop(zeros);
    let err = refuse(&pdf_with("/Filter /FlateDecode", &bomb));
    assert!(err.contains("more than paperlint reads"), "{err}");
    // Under a small budget, a content stream within the per-stream limit
    // still stops at the document's total.
    let limits = Limits {
        decompressed: 1 << 20,
        ..Limits::default()
    };
    let content = deflate(&vec![b' '; 2 << 20]);
    let err = SourceFile::from_pdf_with_limits(
        "x.pdf",
        &pdf_with("/Filter /FlateDecode", &content),
        &limits,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("more than paperlint reads"), "{err}");
}

#[test]
fn deeply_nested_objects_are_refused() {
    let depth = 100_000;
    let mut body = "[".repeat(depth);
    body.push_str(&"]".repeat(depth));
    let content = format!("BT /F1 12 Tf 72 700 Td {body} TJ ET");
    // Either the nesting cap refuses it or the text is read without it;
    // never a stack overflow.
    let _ = SourceFile::from_pdf("nested.pdf", &pdf_with("", content.as_bytes()));
    let mut dict = "<< /A ".repeat(depth);
    dict.push_str(&" >>".repeat(depth));
    let _ = SourceFile::from_pdf("nested.pdf", &pdf_with(&format!("/X {dict}"), b"BT ET"));
}

#[test]
fn too_many_operations_are_refused() {
    let limits = Limits {
        operations: 1000,
        ..Limits::default()
    };
    let content = "BT /F1 12 Tf 72 700 Td (x) Tj ET ".repeat(500);
    let err =
        SourceFile::from_pdf_with_limits("ops.pdf", &pdf_with("", content.as_bytes()), &limits)
            .unwrap_err()
            .to_string();
    assert!(err.contains("drawing operations"), "{err}");
}

#[test]
fn an_encrypted_pdf_is_refused_with_a_message() {
    let bytes = std::fs::read(fixture("04-exempt-part2.pdf")).unwrap();
    let mut doc = lopdf::Document::load_mem(&bytes).unwrap();
    let state = lopdf::EncryptionState::try_from(lopdf::EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner",
        user_password: "secret",
        key_length: 128,
        permissions: lopdf::Permissions::all(),
    })
    .unwrap();
    doc.encrypt(&state).unwrap();
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    let err = refuse(&out);
    assert!(err.contains("password-protected"), "{err}");
}

#[test]
fn a_pdf_with_no_text_is_refused() {
    let err = refuse(&pdf_with("", b"0 0 m 100 100 l S"));
    assert!(err.contains("no text"), "{err}");
}

#[test]
fn a_pdf_whose_every_line_repeats_on_every_page_is_not_called_a_scanned_image() {
    // Three pages, each with the same one sentence at the same place: all
    // of it is running header, so nothing is left, but it has text.
    let bytes = std::fs::read(fixture("same-line-on-every-page.pdf")).unwrap();
    let err = refuse(&bytes);
    assert!(
        err.contains("every line of its text is repeated on every page"),
        "{err}"
    );
    assert!(!err.contains("scanned image"), "{err}");
}

#[test]
fn the_cli_reports_a_bad_pdf_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.pdf");
    std::fs::write(&bad, b"%PDF-1.4\nnot really").unwrap();
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .arg("check")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.pdf: cannot read this PDF"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

mod mutated {
    use super::*;
    use proptest::prelude::*;

    fn original() -> &'static [u8] {
        static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
        BYTES.get_or_init(|| std::fs::read(fixture("08-crlf-windows.pdf")).unwrap())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// Bytes overwritten, cut out or the file truncated: read or
        /// refused with a message, and every offset paperlint keeps is
        /// inside the text.
        #[test]
        fn mutated_pdfs_never_panic(
            edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..12),
            cut in any::<prop::sample::Index>(),
        ) {
            let mut bytes = original().to_vec();
            for (at, byte, kind) in edits {
                let i = at.index(bytes.len());
                match kind {
                    0 => bytes[i] = byte,
                    1 => { bytes.drain(i..(i + usize::from(byte)).min(bytes.len())); }
                    _ => bytes.insert(i, byte),
                }
                if bytes.is_empty() { break; }
            }
            if cut.index(4) == 0 && !bytes.is_empty() {
                let keep = cut.index(bytes.len());
                bytes.truncate(keep);
            }
            match SourceFile::from_pdf("mutated.pdf", &bytes) {
                Ok(src) => {
                    let info = src.pdf.as_ref().unwrap();
                    for page in &info.pages {
                        prop_assert!(page.start <= src.text.len());
                        prop_assert!(src.text.is_char_boundary(page.start));
                    }
                    let config = Config::builtin("council-report").unwrap();
                    let found = paperlint::check::check_text(&src, &config).unwrap();
                    for d in found {
                        prop_assert!(d.span().end <= src.text.len());
                    }
                }
                Err(e) => prop_assert!(e.to_string().contains("mutated.pdf: cannot read this PDF")),
            }
        }
    }
}

// ---- Agenda packs ----

#[test]
fn a_pack_is_split_into_its_items() {
    use paperlint::source::pdf::pack::ItemKind;
    let src = read(&fixture("pack.pdf"));
    let items = src.pack_items().expect("pack.pdf is a pack");
    let got: Vec<(&str, ItemKind, usize, usize)> = items
        .iter()
        .map(|(i, _)| (i.number.as_str(), i.kind, i.pages.start + 1, i.pages.end))
        .collect();
    // make_pdfs.py: the agenda (1 page), the minutes (1), sample 01 (4),
    // sample 05 (3) and its appendix (1), sample 04 (3).
    assert_eq!(
        got,
        [
            ("", ItemKind::Agenda, 1, 1),
            ("3", ItemKind::Minutes, 2, 2),
            ("5", ItemKind::Report, 3, 6),
            ("6", ItemKind::Report, 7, 10),
            ("8", ItemKind::Report, 11, 13),
        ]
    );
    // Only the reports are papers to check, named after their item.
    let papers: Vec<String> = items
        .iter()
        .filter_map(|(_, p)| p.as_ref())
        .map(|p| p.path.display().to_string())
        .collect();
    let name = fixture("pack.pdf").display().to_string();
    assert_eq!(papers, [5, 6, 8].map(|n| format!("{name}#item-{n}")));
    // A single report is not a pack.
    assert!(read(&fixture("05-broken-references.pdf"))
        .pack_items()
        .is_none());
}

/// Each report in the pack gives the findings of the same sample made
/// into a PDF on its own, but for one: the pack's items are made from the
/// plain text (make_pdfs.py), where sample 04's `Key decision⇥Yes` has a
/// Word tab stop just past the label, a gap no wider than a word space, so
/// it reads "Key decision Yes": no field, and no key decision to check.
#[test]
fn each_report_in_a_pack_is_checked_as_its_own_paper() {
    let config = Config::builtin("council-report").unwrap();
    let src = read(&fixture("pack.pdf"));
    let items = src.pack_items().unwrap();
    let papers: Vec<&SourceFile> = items.iter().filter_map(|(_, p)| p.as_ref()).collect();
    for (paper, alone) in papers.iter().zip([
        "01-cabinet-atx.pdf",
        "05-broken-references.pdf",
        "04-exempt-part2.pdf",
    ]) {
        let mut want = findings(&read(&fixture(alone)), &config);
        if alone.starts_with("04") {
            assert!(want.remove(&("key-decision".to_string(), "forward-plan".to_string())));
        }
        assert_eq!(findings(paper, &config), want, "{}", paper.path.display());
    }
    // Through the CLI: paths name the item, pages are the pack's.
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(fixture("pack.pdf"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let appendix_c = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["subject"] == "Appendix C")
        .unwrap();
    assert!(appendix_c["path"]
        .as_str()
        .unwrap()
        .ends_with("pack.pdf#item-6"));
    // Page 2 of sample 05, which starts on page 7 of the pack.
    assert_eq!(appendix_c["page"], 8);
    // The minutes and the agenda are not checked as reports.
    assert!(!json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["path"].as_str().unwrap().ends_with("pack.pdf")
            || d["path"].as_str().unwrap().ends_with("#item-3")));
}
