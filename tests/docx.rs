//! Word drafts. The seeds and some samples converted to .docx by pandoc
//! (tests/fixtures/docx/make_pandoc.py) give the same findings as their
//! text; numbered.docx, made by hand (make_numbered.py), has Word's own
//! multi-level numbering, tracked changes, a comment, a header and a text
//! box; LibreOffice re-saves of them read the same; damaged and hostile
//! files are refused with a message.

mod common;

use common::{findings, read};

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;

use assert_cmd::Command;
use paperlint::config::Config;
use paperlint::source::docx::Limits;
use paperlint::source::{SourceError, SourceFile};

fn fixture(name: &str) -> PathBuf {
    common::root().join("tests/fixtures/docx").join(name)
}

/// Each paper and its pandoc conversion.
const CONVERTED: &[(&str, &str)] = &[
    (
        "tests/fixtures/seeds/harrow-2004-csci-annual-review.txt",
        "harrow-2004-csci-annual-review.docx",
    ),
    (
        "tests/fixtures/seeds/leicester-2001-joint-review-update.txt",
        "leicester-2001-joint-review-update.docx",
    ),
    (
        "tests/fixtures/seeds/leicester-2003-ssi-inspection.txt",
        "leicester-2003-ssi-inspection.docx",
    ),
    (
        "tests/fixtures/seeds/lga-2007-sector-led-improvement.txt",
        "lga-2007-sector-led-improvement.docx",
    ),
    (
        "tests/fixtures/seeds/luton-2005-joint-review.txt",
        "luton-2005-joint-review.docx",
    ),
    (
        "samples/02-scrutiny-pipe-header.md",
        "02-scrutiny-pipe-header.docx",
    ),
    ("samples/04-exempt-part2.md", "04-exempt-part2.docx"),
    (
        "samples/07-template-leftovers.md",
        "07-template-leftovers.docx",
    ),
];

/// What pandoc's conversion loses, paper by paper: findings only the .docx has.
///
/// leicester-2001: its list of themes is written ` 1. Consultation process
/// with stakeholders`, ` 2. Equality and Diversity`, … indented by one
/// space after a bullet list. Markdown ignores a one-space indent, so pandoc
/// makes an ordinary numbered list at the margin; in the .docx, as in a
/// text file with no indent, "2. Equality and Diversity" is a short
/// numbered title standing alone, so it reads as a heading, and the next
/// theme follows at once: an empty "equalities" section. The text parser
/// tells the two apart only by that one space, which the .docx does not
/// have. (The same themes, read as numbered headings at the margin, once
/// also broke the run of headings, "heading 10 follows 8"; since the
/// numbering rule stays silent on a heading gap filled by an item of the
/// other sequence, the .docx no longer has that finding.)
const LOST_IN_CONVERSION: &[(&str, &str, &str)] = &[
    (
        "leicester-2001-joint-review-update.docx",
        "empty-section",
        "equalities",
    ),
    // lga-2007 writes its paragraphs as "- 2. In March…": pandoc reads each
    // as a bullet holding a numbered list that starts at 2, so in the .docx
    // paragraphs 2–9 are indented list items, not the paper's numbering.
    ("lga-2007-sector-led-improvement.docx", "numbering", "2"),
    // The .docx nests the action plan's headings under "INTRODUCTION", so
    // that section (a purpose section by its title) runs on over the whole
    // plan, whose prose scores 26 on reading ease: readability reports it
    // there only (an extra finding, removed here like a lost one).
    (
        "leicester-2001-joint-review-update.docx",
        "readability",
        "purpose",
    ),
    ("lga-2007-sector-led-improvement.docx", "numbering", "10"),
];

#[test]
fn pandoc_conversions_give_the_same_findings_as_the_text() {
    let config = Config::builtin("council-report").unwrap();
    for (text, docx) in CONVERTED {
        let from_text = findings(&read(&common::root().join(text)), &config);
        let mut from_docx = findings(&read(&fixture(docx)), &config);
        for (file, rule, subject) in LOST_IN_CONVERSION {
            if file == docx {
                assert!(
                    from_docx.remove(&(rule.to_string(), subject.to_string())),
                    "{docx}: the documented difference {rule} [{subject}] is gone: update LOST_IN_CONVERSION"
                );
            }
        }
        assert_eq!(from_text, from_docx, "{text} and {docx} differ");
    }
}

/// Section titles, paragraph numbers, fields, references and dates.
fn outline(src: &SourceFile) -> BTreeSet<String> {
    let doc = paperlint::parse::parse(&src.text);
    let mut out = BTreeSet::new();
    out.extend(
        doc.sections
            .iter()
            .map(|s| format!("section {} {}", s.level, s.title)),
    );
    out.extend(
        doc.paragraphs
            .iter()
            .filter_map(|p| p.number.as_ref().map(|n| format!("number {}", n.label))),
    );
    out.extend(
        doc.fields
            .iter()
            .map(|f| format!("field {} = {}", f.key, f.value)),
    );
    out.extend(
        doc.references
            .iter()
            .map(|r| format!("reference {:?} {}", r.kind, r.target)),
    );
    out.extend(doc.dates.iter().map(|d| format!("date {:?}", d.value)));
    out
}

#[test]
fn pandoc_conversions_parse_to_the_same_outline() {
    for (text, docx) in CONVERTED {
        let mut from_text = outline(&read(&common::root().join(text)));
        let mut from_docx = outline(&read(&fixture(docx)));
        if docx.starts_with("leicester-2001") {
            // See LOST_IN_CONVERSION: the themes are headings in the .docx
            // and numbered paragraphs in the text; the rest must agree.
            let themes = |s: &String| s.starts_with("section") || s.starts_with("number");
            from_text.retain(|s| !themes(s));
            from_docx.retain(|s| !themes(s));
        }
        let only_text: Vec<_> = from_text.difference(&from_docx).collect();
        let only_docx: Vec<_> = from_docx.difference(&from_text).collect();
        assert!(
            only_text.is_empty() && only_docx.is_empty(),
            "{docx}: only in the text {only_text:#?}, only in the .docx {only_docx:#?}"
        );
    }
}

/// The body of numbered.docx as paperlint renders it: the numbers are
/// Word's (nothing in the XML says "2.3" or "3.4"), the tracked deletion
/// is gone and the insertion kept, the header and text box come first.
const NUMBERED: &str = "\
Meeting: Cabinet

Date of meeting: 12 March 2025

# Review of Allotment Rents

Report of: Director of Place

Contact officer\tJo Bloggs, Allotments Officer, 01632 960123, jo.bloggs@example.gov.uk
Wards affected\tAll
Key decision\tNo

# 1. Purpose of report

1.1 This report reviews the rents charged for the Council\u{2019}s 412 allotment plots.

1.2 It proposes new rents from 1 April 2025.

# 2. Recommendations

2.1 That Cabinet:

    (a) approves the rents in Appendix A;

    (b) agrees the concession for tenants on Pension Credit.

2.2 That the Director of Place be authorised to set rents for new sites.

2.3 That rents are next reviewed in 2028.

# 3. Background

3.1 Rents were last set in 2019. Since then the cost of water has risen by 38%.

3.2 The options considered were:

- keeping the present rents;

- a flat rise of 10%.

3.4 The rent review in paragraph 2.3 would follow the same method.

# 4. Financial implications

4.1 The new rents raise \u{a3}14,500 a year. Agreed by Sam Finance, Head of Finance, on 10 February 2025.

# 5. Legal implications

5.1 The Allotments Act 1950 requires a rent that a tenant may reasonably be expected to pay. Agreed by Lee Law, Solicitor, on 11 February 2025.

# 6. Equalities implications

6.1 The concession protects tenants on low incomes.

# 7. Background papers

7.1 Allotment rents benchmarking, January 2025.
";

#[test]
fn word_numbering_is_rendered_as_word_shows_it() {
    let src = read(&fixture("numbered.docx"));
    assert_eq!(src.text, NUMBERED);
}

#[test]
fn libreoffice_resaves_read_the_same() {
    // LibreOffice rewrites styles, numbering instances, tracked changes,
    // comments and the header its own way (libreoffice/make_libreoffice.sh).
    for name in [
        "numbered.docx",
        "luton-2005-joint-review.docx",
        "leicester-2003-ssi-inspection.docx",
    ] {
        let original = read(&fixture(name));
        let resaved = read(&fixture(&format!("libreoffice/{name}")));
        assert_eq!(original.text, resaved.text, "{name}");
        let info = |s: &SourceFile| {
            let i = s.docx.as_ref().unwrap();
            (i.revisions.len(), i.comments.len())
        };
        assert_eq!(info(&original), info(&resaved), "{name}");
    }
}

#[test]
fn paragraph_2_3_resolves_and_the_gap_exists_only_in_the_rendered_numbers() {
    let src = read(&fixture("numbered.docx"));
    let doc = paperlint::parse::parse(&src.text);
    let numbers: Vec<&str> = doc
        .paragraphs
        .iter()
        .filter_map(|p| p.number.as_ref().map(|n| n.label.as_str()))
        .collect();
    assert_eq!(
        numbers,
        [
            "1.1", "1.2", "2.1", "a", "b", "2.2", "2.3", "3.1", "3.2", "3.4", "4.1", "5.1", "6.1",
            "7.1"
        ]
    );
    assert!(src.text.contains("in paragraph 2.3 would"));
    // The reference grammar is written elsewhere; once the parser finds
    // references (this paper also cites Appendix A), it must find this one.
    let reference = doc
        .references
        .iter()
        .find(|r| r.target == "2.3")
        .expect("the reference to paragraph 2.3");
    assert!(numbers.contains(&reference.target.as_str()));

    // The cross-reference and numbering rules agree with the rendered
    // numbers: the gap that only Word's numbering shows is reported, and
    // "see paragraph 2.3" resolves.
    let config = Config::builtin("council-report").unwrap();
    let found = paperlint::check::check_text(&src, &config).unwrap();
    let gap = src.text.find("3.4 The rent").unwrap();
    assert!(
        found.iter().any(|d| d.rule == "numbering"
            && d.span().start <= gap
            && gap < d.span().end.max(gap + 1)),
        "the gap 3.2 → 3.4 is not reported: {found:#?}"
    );
    // (The paper also cites an Appendix A it does not list: that is
    // reported, at most as a warning, and is not this test's business.)
    assert!(
        !found.iter().any(|d| d.rule == "unresolved-reference"
            && d.subject
                .as_deref()
                .is_some_and(|s| s.starts_with("paragraph"))),
        "{found:#?}"
    );
}

#[test]
fn tracked_changes_and_the_comment_are_reported_and_nothing_is_missing() {
    let src = read(&fixture("numbered.docx"));
    let config = Config::builtin("council-report").unwrap();
    let found = paperlint::check::check_text(&src, &config).unwrap();
    let tracked: Vec<_> = found
        .iter()
        .filter(|d| d.rule == "tracked-changes")
        .collect();
    assert_eq!(tracked.len(), 1, "{found:#?}");
    assert_eq!(
        tracked[0].severity,
        paperlint::diagnostic::Severity::Warning
    );
    assert_eq!(tracked[0].span().of(&src.text), "£14,500");
    assert!(
        tracked[0].message.contains("deleted “£12,000”")
            && tracked[0].message.contains("inserted “£14,500”")
            && tracked[0].message.contains("Sam Finance"),
        "{}",
        tracked[0].message
    );
    let comment = found
        .iter()
        .find(|d| d.rule == "template-leftover" && d.message.starts_with("Word comment"))
        .expect("the comment");
    assert_eq!(
        comment.span().of(&src.text),
        "may reasonably be expected to pay"
    );
    // The header fields come from the page header, the text box and a table.
    assert!(
        !found
            .iter()
            .any(|d| matches!(d.rule.as_str(), "required-field" | "required-section")),
        "{found:#?}"
    );
}

#[test]
fn output_names_the_word_paragraph_and_heading() {
    let path = fixture("numbered.docx");
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let tracked = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "tracked-changes")
        .unwrap();
    assert_eq!(
        tracked["docx"],
        serde_json::json!({"paragraph": 26, "heading": "4. Financial implications"})
    );
    let human = Command::cargo_bin("paperlint")
        .unwrap()
        .args(["check", "--color", "never"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(
        text.contains("in Word: paragraph 26 (page ~1), under “4. Financial implications”"),
        "{text}"
    );
    // Text files carry no docx object.
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(common::root().join("samples/04-exempt-part2.md"))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["diagnostics"][0].get("docx").is_none());
}

#[test]
fn tree_text_prints_the_rendering() {
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .args(["tree", "--text"])
        .arg(fixture("numbered.docx"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), NUMBERED);
}

#[test]
fn folders_are_walked_for_docx_and_word_lock_files_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("numbered.docx"), dir.path().join("report.docx")).unwrap();
    std::fs::write(dir.path().join("~$report.docx"), b"lock").unwrap();
    std::fs::write(dir.path().join("notes.md"), b"# Notes\n").unwrap();
    let options = paperlint::check::CheckOptions {
        max_file_size: 64 << 20,
        ..Default::default()
    };
    let configs = paperlint::check::Configs::new(&options).unwrap();
    let papers = paperlint::check::collect_papers(&[dir.path().to_path_buf()], &configs).unwrap();
    let names: Vec<_> = papers
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["notes.md", "report.docx"]);
}

/// A zip with one entry of `size` zero bytes, deflated (about 1000:1).
fn zeros_zip(name: &str, size: u64) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(size >= u32::MAX as u64);
    zip.start_file(name, opts).unwrap();
    std::io::copy(&mut std::io::repeat(0).take(size), &mut zip).unwrap();
    zip.finish().unwrap().into_inner()
}

use std::io::Read as _;

#[test]
fn a_zip_bomb_is_refused() {
    // 80 MiB of zeros in a zip of about 80 KB.
    let bomb = zeros_zip("word/document.xml", 80 << 20);
    assert!(bomb.len() < 200_000, "{}", bomb.len());
    let err = SourceFile::from_docx("bomb.docx", &bomb).unwrap_err();
    assert!(matches!(err, SourceError::Docx { .. }));
    assert!(err.to_string().contains("zip bomb"), "{err}");
}

#[test]
fn a_zip_that_understates_its_size_is_still_stopped_at_the_limit() {
    // 2 MiB of zeros whose headers claim 100 bytes; the limit is 1 MiB.
    let mut bomb = zeros_zip("word/document.xml", 2 << 20);
    let claimed = (2u32 << 20).to_le_bytes();
    let mut patched = 0;
    for at in 0..bomb.len() - 4 {
        if bomb[at..at + 4] == claimed {
            bomb[at..at + 4].copy_from_slice(&100u32.to_le_bytes());
            patched += 1;
        }
    }
    assert!(patched >= 2, "local and central headers");
    let limits = Limits {
        uncompressed: 1 << 20,
        ..Limits::default()
    };
    let err = SourceFile::from_docx_with_limits("liar.docx", &bomb, &limits).unwrap_err();
    assert!(matches!(err, SourceError::Docx { .. }), "{err}");
}

#[test]
fn damaged_and_protected_files_exit_2_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read(fixture("numbered.docx")).unwrap();
    let truncated = dir.path().join("truncated.docx");
    std::fs::write(&truncated, &good[..good.len() / 2]).unwrap();
    let protected = dir.path().join("protected.docx");
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend([0u8; 512]);
    std::fs::write(&protected, &ole).unwrap();
    for (path, says) in [
        (&truncated, "not a readable zip file"),
        (&protected, "password-protected"),
    ] {
        let out = Command::cargo_bin("paperlint")
            .unwrap()
            .arg("check")
            .arg(path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains("cannot read this Word document") && err.contains(says),
            "{err}"
        );
    }
    // The rest of a folder is still checked.
    let mut f = std::fs::File::create(dir.path().join("fine.md")).unwrap();
    f.write_all(b"# A paper\n").unwrap();
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["files"], 3);
}

/// `docx` with its `word/document.xml` replaced by `xml`.
fn with_document_xml(docx: &[u8], xml: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        out.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(if name == "word/document.xml" {
            xml
        } else {
            &bytes
        })
        .unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn a_main_document_cut_off_or_empty_is_refused_as_damaged() {
    let good = std::fs::read(fixture("numbered.docx")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&good)).unwrap();
    let mut xml = Vec::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_end(&mut xml)
        .unwrap();
    // The whole part still reads.
    SourceFile::from_docx("whole.docx", &with_document_xml(&good, &xml)).unwrap();
    let half = with_document_xml(&good, &xml[..xml.len() / 2]);
    let err = SourceFile::from_docx("half.docx", &half).unwrap_err();
    assert!(err.to_string().contains("ends part-way through"), "{err}");
    let empty = with_document_xml(&good, b"");
    let err = SourceFile::from_docx("empty.docx", &empty).unwrap_err();
    assert!(
        err.to_string().contains("word/document.xml in it is empty"),
        "{err}"
    );
}
