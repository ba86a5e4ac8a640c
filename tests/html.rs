//! `--format html`: the page agrees with the JSON output (papers, findings,
//! per paper and per severity), a paper's markup shows as text, and — in a
//! real browser, when one is installed — the page's script runs, counts
//! the same, and no script from a paper runs.
//!
//! The page is read through its stable `data-*` attributes, so no HTML
//! parser is needed here; the browser test checks the DOM after scripts ran.

mod common;

use assert_cmd::Command;
use regex::Regex;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A paper that tries to run script, three ways.
const HOSTILE: &str = "\
# <script>document.documentElement.setAttribute('data-pwned', 'title')</script>

Meeting: <img src=x onerror=\"document.documentElement.setAttribute('data-pwned', 'img')\">
Contact officer: </pre><script>document.documentElement.setAttribute('data-pwned', 'contact')</script>

## 1. Purpose

1.1 See paragraph 9.9 and Appendix Q. <script>document.documentElement.setAttribute('data-pwned', 'body')</script>
";

/// The seeds, samples and Word fixtures, and the hostile paper, in a
/// temporary folder.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let docx = std::fs::read_dir(common::root().join("tests/fixtures/docx"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx"));
    for path in common::papers().into_iter().chain(docx) {
        let name = path.file_name().unwrap();
        std::fs::copy(&path, dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("zz-hostile.md"), HOSTILE).unwrap();
    dir
}

fn check(dir: &Path, format: &str) -> String {
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .current_dir(dir)
        .args(["check", ".", "--format", format])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Counts the JSON output gives: papers, findings, findings per path, per
/// severity.
struct Counts {
    papers: usize,
    findings: usize,
    by_path: BTreeMap<String, usize>,
    by_severity: BTreeMap<String, usize>,
}

fn json_counts(json: &str) -> Counts {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let diagnostics = v["diagnostics"].as_array().unwrap();
    let mut by_path = BTreeMap::new();
    let mut by_severity = BTreeMap::new();
    for d in diagnostics {
        *by_path
            .entry(d["path"].as_str().unwrap().to_string())
            .or_default() += 1;
        *by_severity
            .entry(d["severity"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    Counts {
        papers: v["files"].as_u64().unwrap() as usize,
        findings: diagnostics.len(),
        by_path,
        by_severity,
    }
}

/// The same counts read from the page (or a browser's DOM of it).
fn html_counts(html: &str) -> Counts {
    let attr = |name: &str| {
        let re = Regex::new(&format!("<body [^>]*{name}=\"(\\d+)\"")).unwrap();
        re.captures(html).expect(name)[1].parse::<usize>().unwrap()
    };
    let mut by_path = BTreeMap::new();
    let sections = Regex::new(
        "<section class=\"paper\" id=\"paper-\\d+\" data-path=\"([^\"]*)\" data-findings=\"(\\d+)\"",
    )
    .unwrap();
    for c in sections.captures_iter(html) {
        let n: usize = c[2].parse().unwrap();
        if n > 0 {
            let path = html_escape::decode_html_entities(&c[1]).into_owned();
            by_path.insert(path, n);
        }
    }
    let mut by_severity = BTreeMap::new();
    let items = Regex::new("<li class=\"finding [a-z]+\"[^>]* data-severity=\"([a-z]+)\"").unwrap();
    let mut findings = 0;
    for c in items.captures_iter(html) {
        findings += 1;
        *by_severity.entry(c[1].to_string()).or_default() += 1;
    }
    assert_eq!(findings, attr("data-findings"), "listed = announced");
    let rows = Regex::new("<tr class=\"paper-row\"")
        .unwrap()
        .find_iter(html)
        .count();
    assert_eq!(rows, attr("data-papers"), "a summary row per paper");
    Counts {
        papers: rows,
        findings,
        by_path,
        by_severity,
    }
}

fn assert_same(html: &Counts, json: &Counts) {
    assert_eq!(html.papers, json.papers, "papers");
    assert_eq!(html.findings, json.findings, "findings");
    assert_eq!(html.by_path, json.by_path, "findings per paper");
    assert_eq!(html.by_severity, json.by_severity, "findings per severity");
}

#[test]
fn html_counts_equal_the_json_output() {
    let dir = corpus();
    let json = json_counts(&check(dir.path(), "json"));
    let html = check(dir.path(), "html");
    assert!(json.findings > 50, "the corpus has findings to count");
    assert_same(&html_counts(&html), &json);
    // Every paper has a summary row and a section, in file order.
    let paths: Vec<String> = Regex::new("data-path=\"([^\"]*)\"")
        .unwrap()
        .captures_iter(&html)
        .map(|c| c[1].to_string())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert_eq!(paths.len(), json.papers);
}

#[test]
fn html_gives_word_paragraphs_for_docx_findings() {
    let dir = corpus();
    let html = check(dir.path(), "html");
    let json: serde_json::Value = serde_json::from_str(&check(dir.path(), "json")).unwrap();
    let docx_findings = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["docx"].is_object())
        .count();
    assert!(docx_findings > 0);
    assert_eq!(
        html.matches("<div class=\"word\">in Word: paragraph ")
            .count(),
        docx_findings
    );
}

#[test]
fn a_paper_containing_script_shows_it_as_text() {
    let dir = corpus();
    let html = check(dir.path(), "html");
    assert_eq!(html.matches("<script").count(), 1, "only the page's own");
    assert!(!html.contains("<img"));
    assert!(!html.contains("</pre><script"));
    assert!(html.contains(
        "&lt;script&gt;document.documentElement.setAttribute('data-pwned', 'body')&lt;/script&gt;"
    ));
}

#[test]
fn html_output_to_a_file_is_written_whole() {
    let dir = corpus();
    let out = dir.path().join("agenda-check.html");
    Command::cargo_bin("paperlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", ".", "--format", "html", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stdout("");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.ends_with("</html>\n"));
}

/// Runs headless chromium with `args` and the page `url`, giving its
/// standard output; gives up after two minutes.
fn headless(browser: &Path, profile: &Path, args: &[&str], url: &str) -> String {
    let mut child = std::process::Command::new(browser)
        .args(common::CHROMIUM_FLAGS)
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).unwrap();
        s
    });
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish in two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().unwrap()
}

#[test]
fn browser_shows_the_same_counts_and_runs_no_script_from_a_paper() {
    let Some(browser) = common::chromium() else {
        eprintln!("skipped: no chromium on PATH (`apt-get install chromium` to run this test)");
        return;
    };
    let dir = corpus();
    let json = json_counts(&check(dir.path(), "json"));
    // Kept under target/ for CI to keep: the page and its screenshots.
    let keep = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("html-report");
    std::fs::create_dir_all(&keep).unwrap();
    let page = keep.join("agenda-check.html");
    Command::cargo_bin("paperlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", ".", "--format", "html", "-o"])
        .arg(&page)
        .assert()
        .code(1);
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}", page.display());

    // A finding's link, as a click would follow it.
    let html = std::fs::read_to_string(&page).unwrap();
    let link = Regex::new("<a class=\"where\" href=\"#(m-\\d+-\\d+)\"")
        .unwrap()
        .captures_iter(&html)
        .nth(5)
        .expect("a finding")[1]
        .to_string();
    let dom = headless(
        &browser,
        profile.path(),
        &["--dump-dom"],
        &format!("{url}#{link}"),
    );
    assert!(
        dom.contains("<html lang=\"en-GB\" data-js=\"ran\">"),
        "the page's script ran: {}",
        &dom[..dom.len().min(300)]
    );
    // The text of the hostile paper names the attribute, `'data-pwned'`;
    // only a script that ran would have set it.
    assert!(!dom.contains("data-pwned=\""), "a paper's script ran");
    assert_same(&html_counts(&dom), &json);
    let shown = Regex::new("<p id=\"shown\"[^>]*data-shown=\"(\\d+)\"")
        .unwrap()
        .captures(&dom)
        .expect("the script counted the findings shown")[1]
        .parse::<usize>()
        .unwrap();
    assert_eq!(shown, json.findings);
    // The link led to a highlight, which the script marked.
    let anchor = format!("id=\"{link}\"></span>");
    let at = dom.find(&anchor).expect("the finding's anchor") + anchor.len();
    let after = &dom[at..];
    let tag = &after[after.find("<a ").expect("a highlight after it")..];
    let tag = &tag[..tag.find('>').unwrap()];
    assert!(
        tag.starts_with("<a class=\"hl") && tag.contains("current"),
        "the highlight the link leads to is marked: {tag}"
    );

    // Screenshots for a person to look at (a page opened at a fragment
    // screenshots blank in headless chromium, so each is taken from the top).
    let one = keep.join("05-broken-references.html");
    Command::cargo_bin("paperlint")
        .unwrap()
        .args(["check", "--format", "html", "-o"])
        .arg(&one)
        .arg(common::root().join("samples/05-broken-references.md"))
        .assert()
        .code(1);
    for (page, height) in [(&page, 2000), (&one, 1400)] {
        let shot = page.with_extension("png");
        let _ = std::fs::remove_file(&shot);
        headless(
            &browser,
            profile.path(),
            &[
                &format!("--window-size=1400,{height}"),
                &format!("--screenshot={}", shot.display()),
            ],
            &format!("file://{}", page.display()),
        );
        let png = std::fs::read(&shot).expect("a screenshot");
        assert!(png.starts_with(b"\x89PNG"));
        // A blank page compresses to a few kilobytes.
        assert!(png.len() > 50_000, "{} looks blank", shot.display());
    }
    eprintln!("kept the pages and their screenshots in {}", keep.display());
}
