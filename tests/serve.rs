//! `paperlint serve`, started as a user starts it (on a free loopback
//! port, reading the address it prints): its JSON answers equal `check
//! --format json` byte for byte and its report page `check --format html`;
//! hostile and broken uploads get a 4xx with a plain message while the
//! service goes on serving; the log holds counts only; Ctrl-C stops it
//! cleanly. The browser tests are in tests/serve_browser.rs.
#![cfg(feature = "serve")]

mod common;

use assert_cmd::Command;
use common::serve::*;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

const BOUNDARY: &str = "paperlint-test-boundary-7f3a";

/// A multipart form of `files`, each in a field `papers`.
fn form(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, bytes) in files {
        write!(
            body,
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"papers\"; filename=\"{name}\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n"
        )
        .unwrap();
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    write!(body, "--{BOUNDARY}--\r\n").unwrap();
    body
}

fn post_form(server: &Server, path: &str, files: &[(&str, &[u8])]) -> Answer {
    answer(
        agent()
            .post(format!("{}{path}", server.url))
            .header(
                "content-type",
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .send(&form(files)[..])
            .unwrap(),
    )
}

/// Sends `head` (request line and headers, without the blank line), then
/// `body` from another thread, and reads the status line of the answer as
/// soon as it comes (a server may answer before the body is all sent).
/// With `close_after`, the client then stops sending (a half-close), as
/// one that gave up part-way would.
fn raw_request(addr: &str, head: &str, body: Vec<u8>, close_after: bool) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    stream
        .write_all(format!("{head}\r\nConnection: close\r\n\r\n").as_bytes())
        .unwrap();
    let mut writer = stream.try_clone().unwrap();
    let sending = std::thread::spawn(move || {
        // Writing fails once the server has answered and closed: expected.
        for chunk in body.chunks(64 * 1024) {
            if writer.write_all(chunk).is_err() {
                return;
            }
        }
        if close_after {
            let _ = writer.shutdown(std::net::Shutdown::Write);
        }
    });
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let _ = sending.join();
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("an HTTP answer: {text:?}"));
    let body = text.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
    (status, body)
}

/// `bytes` in chunked transfer encoding, 64 KiB a chunk.
fn chunked(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for piece in bytes.chunks(64 * 1024) {
        out.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        out.extend_from_slice(piece);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

/// The papers the tests send: seeds, samples and the Word fixtures, each
/// copied into `dir` (the service and the CLI both run there).
fn papers_in(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let docx = std::fs::read_dir(common::root().join("tests/fixtures/docx"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx"));
    let mut out: Vec<(String, Vec<u8>)> = common::papers()
        .into_iter()
        .chain(docx)
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&p).unwrap();
            std::fs::write(dir.join(&name), &bytes).unwrap();
            (name, bytes)
        })
        .collect();
    out.sort();
    out
}

/// What `paperlint check --format FORMAT NAMES...` prints, run in `dir`.
fn cli(dir: &Path, format: &str, names: &[&str]) -> Vec<u8> {
    Command::cargo_bin("paperlint")
        .unwrap()
        .current_dir(dir)
        .args(["check", "--format", format])
        .args(names)
        .output()
        .unwrap()
        .stdout
}

/// A .docx whose document part is 80 MiB of zeros, in about 80 KB.
fn zip_bomb() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", opts).unwrap();
    std::io::copy(&mut std::io::repeat(0).take(80 << 20), &mut zip).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn healthz_and_the_upload_page() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    let health = get(&server, "/healthz");
    assert_eq!((health.status, health.text().as_str()), (200, "ok\n"));
    let page = get(&server, "/");
    assert_eq!(page.status, 200);
    assert!(page.content_type.starts_with("text/html"));
    let html = page.text();
    assert!(html.contains(
        "<form id=\"upload\" method=\"post\" action=\"report\" enctype=\"multipart/form-data\">"
    ));
    assert!(html.contains("type=\"file\" multiple"));
    // Self-contained: nothing to fetch from anywhere.
    for outside in ["src=", "href=\"http", "@import", "url("] {
        assert!(!html.contains(outside), "the page fetches {outside}");
    }
    assert_eq!(get(&server, "/nothing-here").status, 404);
}

#[test]
fn the_api_answers_exactly_what_check_format_json_prints() {
    let dir = tempfile::tempdir().unwrap();
    let papers = papers_in(dir.path());
    assert!(papers.iter().any(|(n, _)| n.ends_with(".docx")));
    let server = Server::start(dir.path(), &[]);
    let mut findings = 0;
    for (name, bytes) in &papers {
        let expected = cli(dir.path(), "json", &[name]);
        let raw = post_raw(&server, name, bytes);
        assert_eq!(raw.status, 200, "{name}: {}", raw.text());
        assert_eq!(raw.content_type, "application/json");
        assert_eq!(
            raw.text(),
            String::from_utf8_lossy(&expected),
            "{name}, raw body"
        );
        let multipart = post_form(&server, "/api/check", &[(name, bytes)]);
        assert_eq!(multipart.body, expected, "{name}, multipart");
        let v: serde_json::Value = serde_json::from_slice(&raw.body).unwrap();
        findings += v["diagnostics"].as_array().unwrap().len();
    }
    assert!(findings > 50, "the papers have findings to compare");
    // Several files in one form: as `check` given them all.
    let names: Vec<&str> = papers.iter().take(4).map(|(n, _)| n.as_str()).collect();
    let files: Vec<(&str, &[u8])> = papers
        .iter()
        .take(4)
        .rev()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let several = post_form(&server, "/api/check", &files);
    assert_eq!(
        several.text(),
        String::from_utf8_lossy(&cli(dir.path(), "json", &names))
    );
}

#[test]
fn the_report_page_is_what_check_format_html_writes() {
    let dir = tempfile::tempdir().unwrap();
    let papers = papers_in(dir.path());
    let server = Server::start(dir.path(), &[]);
    let chosen: Vec<&(String, Vec<u8>)> = papers
        .iter()
        .filter(|(n, _)| n.starts_with("0") || n.starts_with("luton"))
        .collect();
    assert!(chosen.len() >= 5);
    let files: Vec<(&str, &[u8])> = chosen
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let names: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
    let page = post_form(&server, "/report", &files);
    assert_eq!(page.status, 200);
    assert!(page.content_type.starts_with("text/html"));
    assert_eq!(
        page.text(),
        String::from_utf8_lossy(&cli(dir.path(), "html", &names))
    );

    // One unreadable file among them: shown as such, as `check` shows it,
    // and the status says so.
    let mut with_bad = files.clone();
    with_bad.push(("scan.md", b"\x89PNG\r\n\x1a\n\0\0\0binary"));
    let page = post_form(&server, "/report", &with_bad);
    assert_eq!(page.status, 422);
    assert!(page
        .text()
        .contains("could not be read: scan.md: not a text file (it contains a NUL byte"));
    assert!(page
        .text()
        .contains(&format!("data-papers=\"{}\"", files.len() + 1)));
}

#[test]
fn hostile_and_broken_uploads_get_a_4xx_and_the_service_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let papers = papers_in(dir.path());
    let (name, paper) = papers.iter().find(|(n, _)| n.ends_with(".md")).unwrap();
    let expected = cli(dir.path(), "json", &[name]);
    let server = Server::start(dir.path(), &["--max-request-size", "200000"]);
    let still_serving = || {
        let ok = post_raw(&server, name, paper);
        assert_eq!(ok.body, expected, "the service still checks papers");
    };

    // Too large, declared: refused before the body is read.
    let (status, body) = raw_request(
        &server.addr,
        "POST /api/check?filename=big.md HTTP/1.1\r\nHost: x\r\nContent-Length: 300000",
        vec![b'a'; 300_000],
        false,
    );
    assert_eq!(status, 413, "{body}");
    assert!(
        body.contains("larger than this service accepts (200000 bytes)"),
        "{body}"
    );
    // Too large, not declared (chunked): stopped at the limit.
    let (status, body) = raw_request(
        &server.addr,
        "POST /api/check?filename=big.md HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked",
        chunked(&vec![b'a'; 500_000]),
        false,
    );
    assert_eq!(status, 413, "{body}");
    // Too large in a form, declared and not.
    let big_form = form(&[("big.md", &vec![b'a'; 300_000])]);
    let (status, body) = raw_request(
        &server.addr,
        &format!(
            "POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {}",
            big_form.len()
        ),
        big_form.clone(),
        false,
    );
    assert_eq!(status, 413, "{body}");
    assert!(body.contains("larger than this service accepts"), "{body}");
    let (status, body) = raw_request(
        &server.addr,
        &format!(
            "POST /report HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\nTransfer-Encoding: chunked"
        ),
        chunked(&big_form),
        false,
    );
    assert_eq!(status, 413, "{body}");
    assert!(
        body.contains("<h1>The papers were not checked</h1>"),
        "{body}"
    );
    assert!(body.contains("larger than this service accepts"), "{body}");
    still_serving();

    // A binary file.
    let binary = post_raw(&server, "photo.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert_eq!(binary.status, 415);
    assert!(
        binary.error().contains("photo.md: not a text file"),
        "{}",
        binary.error()
    );
    // A damaged Word document.
    let damaged = post_raw(&server, "draft.docx", b"PK\x03\x04 this is not a zip");
    assert_eq!(damaged.status, 422);
    assert!(damaged
        .error()
        .starts_with("draft.docx: cannot read this Word document"));
    // A zip bomb: 80 MiB of zeros packed small enough to pass the size limit.
    let bomb = zip_bomb();
    assert!(bomb.len() < 200_000, "{}", bomb.len());
    let bombed = post_raw(&server, "bomb.docx", &bomb);
    assert_eq!(bombed.status, 422);
    assert!(bombed.error().contains("zip bomb"), "{}", bombed.error());
    still_serving();

    // Broken multipart forms.
    let multipart = |body: &[u8]| {
        answer(
            agent()
                .post(format!("{}/api/check", server.url))
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={BOUNDARY}"),
                )
                .send(body)
                .unwrap(),
        )
    };
    let whole = form(&[("a.md", paper)]);
    let truncated = multipart(&whole[..whole.len() / 2]);
    assert_eq!(truncated.status, 400);
    assert!(
        truncated
            .error()
            .starts_with("the upload is not a well-formed form"),
        "{}",
        truncated.error()
    );
    let no_file = multipart(format!("--{BOUNDARY}--\r\n").as_bytes());
    assert_eq!(no_file.status, 400);
    assert!(no_file.error().contains("holds no file"));
    let no_boundary = answer(
        agent()
            .post(format!("{}/api/check", server.url))
            .header("content-type", "multipart/form-data")
            .send(&whole[..])
            .unwrap(),
    );
    assert_eq!(no_boundary.status, 400);
    // A body that stops before its declared length (the client went away).
    let (status, _) = raw_request(
        &server.addr,
        &format!(
            "POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {}",
            whole.len()
        ),
        whole[..whole.len() - 40].to_vec(),
        true,
    );
    assert_eq!(status, 400);
    let twice = post_form(&server, "/api/check", &[("a.md", paper), ("a.md", paper)]);
    assert_eq!(twice.status, 400);
    assert!(twice.error().contains("two of the files are called a.md"));
    still_serving();
    assert_eq!(get(&server, "/healthz").status, 200);
}

#[test]
fn a_check_that_overruns_its_time_is_refused_and_the_service_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    // About 8 MB of the seeds and samples end to end: it arrives over loopback in a few
    // milliseconds but takes a checker a few hundred, so a limit of 50 ms
    // stops the check and not the upload. The limit also holds for the
    // upload itself, so on a heavily loaded machine the body may not have
    // arrived in time: the service then refuses the upload (408) or, with
    // the client still sending, closes the connection. Such a try says
    // nothing about the check; try again, up to 20 times.
    let mut paper = Vec::new();
    while paper.len() < 8_000_000 {
        for seed in common::papers() {
            paper.extend(std::fs::read(seed).unwrap());
            paper.extend(b"\n\n");
        }
    }
    let server = Server::start(dir.path(), &["--timeout", "0.05"]);
    let late = (0..20)
        .find_map(|_| {
            let sent = agent()
                .post(format!("{}/api/check", server.url))
                .query("filename", "agenda.md")
                .send(&paper[..]);
            match sent.map(answer) {
                Ok(a) if a.status == 408 || a.status == 503 => None,
                Ok(a) => Some(a),
                Err(_) => None,
            }
        })
        .expect("one upload of twenty arrives within the limit");
    assert_eq!(late.status, 422, "{}", late.text());
    assert!(
        late.error().contains("took longer than 0.05 s"),
        "{}",
        late.error()
    );
    assert_eq!(get(&server, "/healthz").status, 200);
}

#[test]
fn concurrent_uploads_are_all_answered_correctly() {
    let dir = tempfile::tempdir().unwrap();
    let papers = papers_in(dir.path());
    let expected: Vec<Vec<u8>> = papers
        .iter()
        .map(|(n, _)| cli(dir.path(), "json", &[n]))
        .collect();
    // One checker: 48 requests queue for it.
    let server = Server::start(dir.path(), &["--checks", "1"]);
    let papers = Arc::new(papers);
    let expected = Arc::new(expected);
    let threads: Vec<_> = (0..48)
        .map(|i| {
            let (papers, expected) = (Arc::clone(&papers), Arc::clone(&expected));
            let url = server.url.clone();
            std::thread::spawn(move || {
                let k = i % papers.len();
                let (name, bytes) = &papers[k];
                let r = answer(
                    agent()
                        .post(format!("{url}/api/check"))
                        .query("filename", name)
                        .send(&bytes[..])
                        .unwrap(),
                );
                assert_eq!(r.status, 200, "{name}");
                assert_eq!(r.body, expected[k], "{name}");
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    // The log is read on another thread: give its last lines time to come.
    let started = Instant::now();
    let mut log = server.log();
    while log.matches("checked 1 paper, ").count() < 48
        && started.elapsed() < Duration::from_secs(5)
    {
        std::thread::sleep(Duration::from_millis(20));
        log = server.log();
    }
    assert_eq!(log.matches("checked 1 paper, ").count(), 48, "{log}");
}

#[test]
fn the_log_holds_counts_only_and_ctrl_c_stops_the_service() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    let secret = common::CLEAN.replace("Parking strategy", "Sale of Zanzibar House");
    let ok = post_raw(&server, "exempt-zanzibar.md", secret.as_bytes());
    assert_eq!(ok.status, 200);
    let bad = post_raw(&server, "zanzibar-binary.md", b"Zanzibar\0");
    assert_eq!(bad.status, 415);
    let (code, log) = server.stop();
    assert_eq!(code, Some(0), "{log}");
    assert!(log.contains("checked 1 paper, 0 findings, "), "{log}");
    assert!(
        log.contains("refused a request: 415 (not a paper)"),
        "{log}"
    );
    assert!(log.contains("paperlint serve: stopped"), "{log}");
    assert!(
        !log.to_lowercase().contains("zanzibar"),
        "a name or text was logged: {log}"
    );
    // Nothing was written beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_bad_configuration_or_address_stops_the_start_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.toml"),
        "extends = [\"no-such-pack\"]\n",
    )
    .unwrap();
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["serve", "--bind", "127.0.0.1:0", "--config", "bad.toml"])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid configuration"));
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = Command::cargo_bin("paperlint")
        .unwrap()
        .args(["serve", "--bind", &addr])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(&format!("error: cannot listen on {addr}")),
        "{err}"
    );
}

#[test]
fn a_zero_timeout_or_request_size_stops_the_start_and_a_bad_query_gets_json() {
    for args in [["--timeout", "0"], ["--max-request-size", "0"]] {
        let out = Command::cargo_bin("paperlint")
            .unwrap()
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(args)
            .timeout(Duration::from_secs(30))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    let (status, body) = raw_request(
        &server.addr,
        "POST /api/check?filename=a.md&filename=b.md HTTP/1.1\r\nHost: x\r\nContent-Length: 2",
        b"hi".to_vec(),
        false,
    );
    assert_eq!(status, 400, "{body}");
    let v: serde_json::Value =
        serde_json::from_str(body.trim()).unwrap_or_else(|_| panic!("{body}"));
    assert!(
        v["error"]
            .as_str()
            .unwrap()
            .contains("at most one filename"),
        "{body}"
    );
}

#[test]
fn a_connection_that_never_finishes_its_headers_is_closed_after_the_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &["--timeout", "1"]);
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
        .write_all(b"POST /api/check HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    let started = Instant::now();
    let mut answer = Vec::new();
    let read = stream.read_to_end(&mut answer);
    assert!(
        read.is_ok(),
        "closed by the service, not timed out here: {read:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    // The service still answers.
    assert_eq!(get(&server, "/healthz").status, 200);
    let (code, log) = server.stop();
    assert_eq!(code, Some(0), "{log}");
}
