//! `paperlint serve`, started as a user starts it (on a free loopback
//! port, reading the address it prints): its JSON answers equal `check
//! --format json` byte for byte and its report page `check --format html`;
//! hostile and broken uploads get a 4xx with a plain message while the
//! service goes on serving; the log holds counts only; Ctrl-C stops it
//! cleanly. And, where chromium is installed, a real browser uploads a
//! Word paper through the page (the file input, over the DevTools
//! protocol) and the findings it shows are checked against the API's.
#![cfg(feature = "serve")]

mod common;

use assert_cmd::Command;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running `paperlint serve`, stopped with Ctrl-C (SIGINT) when dropped.
struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    url: String,
    addr: String,
    log: Arc<Mutex<String>>,
}

impl Server {
    /// Starts the service in `dir` with `args` after `serve`.
    fn start(dir: &Path, args: &[&str]) -> Server {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("paperlint"))
            .current_dir(dir)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start paperlint serve");
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let url = first
            .trim()
            .strip_prefix("paperlint serve: listening on ")
            .unwrap_or_else(|| panic!("the address is printed: {first:?}"))
            .trim_end_matches('/')
            .to_string();
        let addr = url.trim_start_matches("http://").to_string();
        assert!(addr.starts_with("127.0.0.1:"), "{addr}");
        let log = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&log);
        let mut stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stderr.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Server {
            child,
            url,
            addr,
            log,
        }
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Ctrl-C, then the exit status and the whole log.
    fn stop(mut self) -> (Option<i32>, String) {
        let code = interrupt(&mut self.child);
        // The log reader ends when the process does.
        std::thread::sleep(Duration::from_millis(100));
        (code, self.log())
    }
}

/// Sends SIGINT (as Ctrl-C does) and waits up to 20 s for the exit code.
fn interrupt(child: &mut Child) -> Option<i32> {
    if let Ok(Some(status)) = child.try_wait() {
        return status.code();
    }
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        if let Ok(Some(status)) = child.try_wait() {
            return status.code();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("paperlint serve did not stop within 20 s of Ctrl-C");
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = interrupt(&mut self.child);
        }
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

/// The status and body of a request.
struct Answer {
    status: u16,
    content_type: String,
    body: Vec<u8>,
}

impl Answer {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The `error` of a JSON refusal.
    fn error(&self) -> String {
        let v: serde_json::Value = serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("a JSON refusal: {e}: {}", self.text()));
        v["error"].as_str().expect("an error message").to_string()
    }
}

fn answer(mut r: ureq::http::Response<ureq::Body>) -> Answer {
    let content_type = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    Answer {
        status: r.status().as_u16(),
        content_type,
        body: r
            .body_mut()
            .with_config()
            .limit(64 << 20)
            .read_to_vec()
            .unwrap(),
    }
}

fn get(server: &Server, path: &str) -> Answer {
    answer(agent().get(format!("{}{path}", server.url)).call().unwrap())
}

/// POST `body` as the raw body of `/api/check?filename=NAME`.
fn post_raw(server: &Server, name: &str, body: &[u8]) -> Answer {
    answer(
        agent()
            .post(format!("{}/api/check", server.url))
            .query("filename", name)
            .send(body)
            .unwrap(),
    )
}

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
    let papers = papers_in(dir.path());
    let (name, bytes) = papers.iter().find(|(n, _)| n.ends_with(".docx")).unwrap();
    // No time at all: every check overruns.
    let server = Server::start(dir.path(), &["--timeout", "0"]);
    let late = post_raw(&server, name, bytes);
    assert_eq!(late.status, 422, "{}", late.text());
    assert!(
        late.error().contains("took longer than 0 s"),
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

/// A page in headless chromium, driven over the DevTools protocol.
struct Browser {
    child: Child,
    socket: tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>,
    next_id: u64,
    /// Events read while waiting for answers.
    events: Vec<serde_json::Value>,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn start(chromium: &Path) -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let child = std::process::Command::new(chromium)
            .args(common::CHROMIUM_FLAGS)
            .args([
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromium");
        // Chromium writes the port it chose to this file.
        let port_file = profile.path().join("DevToolsActivePort");
        let started = Instant::now();
        let port = loop {
            if let Some(port) = std::fs::read_to_string(&port_file)
                .ok()
                .and_then(|s| s.lines().next().map(str::to_string))
                .filter(|p| !p.is_empty())
            {
                break port;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "chromium did not open its DevTools port"
            );
            std::thread::sleep(Duration::from_millis(100));
        };
        let list = agent()
            .get(format!("http://127.0.0.1:{port}/json/list"))
            .call()
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap();
        let targets: serde_json::Value = serde_json::from_str(&list).unwrap();
        let ws = targets
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["type"] == "page")
            .and_then(|t| t["webSocketDebuggerUrl"].as_str())
            .expect("a page to drive")
            .to_string();
        let (socket, _) = tungstenite::connect(ws).expect("connect to the page");
        if let tungstenite::stream::MaybeTlsStream::Plain(s) = socket.get_ref() {
            s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        }
        Browser {
            child,
            socket,
            next_id: 0,
            events: Vec::new(),
            _profile: profile,
        }
    }

    /// Sends a command and gives its result.
    fn call(&mut self, method: &str, params: serde_json::Value) -> serde_json::Value {
        self.next_id += 1;
        let id = self.next_id;
        let message = serde_json::json!({"id": id, "method": method, "params": params});
        self.socket
            .send(tungstenite::Message::Text(message.to_string().into()))
            .unwrap();
        loop {
            let v = self.read();
            if v["id"] == id {
                assert!(v.get("error").is_none(), "{method}: {v}");
                return v["result"].clone();
            }
            self.events.push(v);
        }
    }

    fn read(&mut self) -> serde_json::Value {
        loop {
            match self.socket.read().expect("a message from chromium") {
                tungstenite::Message::Text(t) => return serde_json::from_str(&t).unwrap(),
                _ => continue,
            }
        }
    }

    /// Waits for the page to finish loading (an event seen since `events`
    /// was last cleared, or one still to come).
    fn wait_for_load(&mut self) {
        let started = Instant::now();
        loop {
            if let Some(at) = self
                .events
                .iter()
                .position(|e| e["method"] == "Page.loadEventFired")
            {
                self.events.drain(..=at);
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the page did not load"
            );
            let v = self.read();
            self.events.push(v);
        }
    }

    /// Evaluates `js` in the page, giving its value.
    fn eval(&mut self, js: &str) -> serde_json::Value {
        let r = self.call(
            "Runtime.evaluate",
            serde_json::json!({"expression": js, "returnByValue": true}),
        );
        assert!(r.get("exceptionDetails").is_none(), "{js}: {r}");
        r["result"]["value"].clone()
    }

    fn screenshot(&mut self, to: &Path) {
        use base64::Engine as _;
        let r = self.call(
            "Page.captureScreenshot",
            serde_json::json!({"format": "png", "captureBeyondViewport": true}),
        );
        let png = base64::engine::general_purpose::STANDARD
            .decode(r["data"].as_str().unwrap())
            .unwrap();
        assert!(png.starts_with(b"\x89PNG"));
        std::fs::write(to, png).unwrap();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A finding as the report page shows it and as the JSON gives it.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Shown {
    rule: String,
    severity: String,
    line: u64,
    message: String,
}

#[test]
fn a_browser_uploads_a_word_paper_through_the_page_and_sees_its_findings() {
    let Some(chromium) = common::chromium() else {
        eprintln!("skipped: no chromium on PATH (`apt-get install chromium` to run this test)");
        return;
    };
    upload_through_the_page(
        &chromium,
        &common::root().join("tests/fixtures/docx/harrow-2004-csci-annual-review.docx"),
    );
}

#[test]
fn a_browser_uploads_a_pdf_paper_through_the_page_and_sees_its_findings() {
    let Some(chromium) = common::chromium() else {
        eprintln!("skipped: no chromium on PATH (`apt-get install chromium` to run this test)");
        return;
    };
    upload_through_the_page(
        &chromium,
        &common::root().join("tests/fixtures/pdf/05-broken-references.pdf"),
    );
}

/// Chooses `fixture` in the upload page's file input, as a person would,
/// and checks that the report the browser shows lists exactly the API's
/// findings, each with where it is in the Word document or PDF.
fn upload_through_the_page(chromium: &Path, fixture: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let name = fixture.file_name().unwrap().to_str().unwrap();
    let paper: PathBuf = dir.path().join(name);
    std::fs::copy(fixture, &paper).unwrap();
    let server = Server::start(dir.path(), &[]);
    let keep = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("serve");
    std::fs::create_dir_all(&keep).unwrap();

    // What the API says about the paper.
    let api = post_raw(&server, name, &std::fs::read(&paper).unwrap());
    assert_eq!(api.status, 200);
    let json: serde_json::Value = serde_json::from_slice(&api.body).unwrap();
    let mut expected: Vec<Shown> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| Shown {
            rule: d["rule"].as_str().unwrap().into(),
            severity: d["severity"].as_str().unwrap().into(),
            line: d["line"].as_u64().unwrap(),
            message: d["message"].as_str().unwrap().into(),
        })
        .collect();
    expected.sort();
    assert!(expected.len() >= 3, "the paper has findings to show");

    let mut browser = Browser::start(chromium);
    browser.call("Page.enable", serde_json::json!({}));
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        serde_json::json!({"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false}),
    );
    browser.events.clear();
    browser.call(
        "Page.navigate",
        serde_json::json!({"url": format!("{}/", server.url)}),
    );
    browser.wait_for_load();
    assert_eq!(browser.eval("document.documentElement.dataset.js"), "ready");
    let stem = name.replace('.', "-");
    browser.screenshot(&keep.join(format!("upload-page-{stem}.png")));

    // Choose the file in the page's file input, as a person would; the
    // page's script sends the form as soon as a file is chosen.
    let root = browser.call("DOM.getDocument", serde_json::json!({}));
    let input = browser.call(
        "DOM.querySelector",
        serde_json::json!({"nodeId": root["root"]["nodeId"], "selector": "input[type=file]"}),
    );
    browser.events.clear();
    browser.call(
        "DOM.setFileInputFiles",
        serde_json::json!({"nodeId": input["nodeId"], "files": [paper.display().to_string()]}),
    );
    browser.wait_for_load();
    assert_eq!(browser.eval("location.pathname"), "/report");

    let dom = browser.eval(
        "JSON.stringify({
            papers: document.body.dataset.papers,
            js: document.documentElement.dataset.js,
            shown: document.getElementById('shown').dataset.shown,
            path: document.querySelector('section.paper').dataset.path,
            words: document.querySelectorAll('li.finding .word').length,
            findings: Array.from(document.querySelectorAll('li.finding')).map(function (li) {
                return {
                    rule: li.dataset.rule,
                    severity: li.dataset.severity,
                    line: li.querySelector('a.where').textContent,
                    message: li.querySelector('.message').textContent
                };
            })
        })",
    );
    let dom: serde_json::Value = serde_json::from_str(dom.as_str().unwrap()).unwrap();
    assert_eq!(dom["papers"], "1");
    assert_eq!(dom["js"], "ran", "the report's own script ran");
    assert_eq!(dom["path"], name);
    let mut shown: Vec<Shown> = dom["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| Shown {
            rule: f["rule"].as_str().unwrap().into(),
            severity: f["severity"].as_str().unwrap().into(),
            line: f["line"]
                .as_str()
                .unwrap()
                .strip_prefix("line ")
                .unwrap()
                .parse()
                .unwrap(),
            message: f["message"].as_str().unwrap().into(),
        })
        .collect();
    shown.sort();
    assert_eq!(shown, expected, "the findings shown are the API's");
    assert_eq!(dom["shown"], expected.len().to_string());
    // Each finding in a Word paper or PDF says where it is in the original.
    assert_eq!(dom["words"], expected.len());
    let shot = keep.join(format!("report-{stem}.png"));
    browser.screenshot(&shot);
    let png = std::fs::read(&shot).unwrap();
    assert!(png.len() > 50_000, "the report screenshot looks blank");
    eprintln!("kept the screenshots in {}", keep.display());
}

/// The clerk's report in a real browser: a click on a finding's line link
/// brings its highlight into view (inside the paper's scrolled text and the
/// window) and marks it; the print stylesheet hides the filters and starts
/// each paper on a page of its own. (Here rather than in tests/html.rs
/// because this file has the DevTools driver.)
#[test]
fn a_click_on_a_finding_scrolls_to_its_highlight_and_print_gives_a_page_per_paper() {
    let Some(chromium) = common::chromium() else {
        eprintln!("skipped: no chromium on PATH (`apt-get install chromium` to run this test)");
        return;
    };
    let keep = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("serve");
    std::fs::create_dir_all(&keep).unwrap();
    let page = keep.join("samples-report.html");
    let samples = common::root().join("samples");
    std::process::Command::new(env!("CARGO_BIN_EXE_paperlint"))
        .args(["check", "--format", "html", "-o"])
        .arg(&page)
        .arg(samples.join("05-broken-references.md"))
        .arg(samples.join("07-template-leftovers.md"))
        .output()
        .expect("run paperlint");

    let mut browser = Browser::start(&chromium);
    browser.call("Page.enable", serde_json::json!({}));
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        serde_json::json!({"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": false}),
    );
    browser.events.clear();
    browser.call(
        "Page.navigate",
        serde_json::json!({"url": format!("file://{}", page.display())}),
    );
    browser.wait_for_load();
    assert_eq!(browser.eval("document.documentElement.dataset.js"), "ran");

    // Where a highlight is, against the window and the text box it sits in.
    let in_view = "(function (hl) {
        var r = hl.getBoundingClientRect();
        var box = hl.closest('pre').getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight
            && r.top >= box.top && r.bottom <= box.bottom;
    })";
    // The last finding of the first paper: far down its text, out of view
    // until its link is followed.
    let target = browser.eval(
        "(function () {
            var links = document.querySelectorAll('section.paper')[0]
                .querySelectorAll('li.finding a.where');
            var link = links[links.length - 1];
            var anchor = document.getElementById(link.getAttribute('href').slice(1));
            var hl = anchor.nextElementSibling;
            while (hl && hl.className === 'anchor') { hl = hl.nextElementSibling; }
            hl.id = hl.id || 'under-test';
            window.__link = link;
            return hl.id;
        })()",
    );
    let target = target.as_str().unwrap().to_string();
    let hl = format!("document.getElementById('{target}')");
    assert_eq!(
        browser.eval(&format!("{in_view}({hl})")),
        false,
        "the highlight starts out of view, so the click has something to do"
    );
    browser.eval("window.__link.click(); true");
    let started = Instant::now();
    while browser.eval(&format!("{in_view}({hl})")) != true {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the highlight did not come into view after the click"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(
        browser.eval(&format!("{hl}.classList.contains('current')")),
        true,
        "the highlight the click led to is marked"
    );
    browser.screenshot(&keep.join("after-click.png"));

    // Print: no filters, and each paper starts a new page.
    browser.call(
        "Emulation.setEmulatedMedia",
        serde_json::json!({"media": "print"}),
    );
    let print = browser.eval(
        "JSON.stringify({
            filters: getComputedStyle(document.getElementById('filters')).display,
            breaks: Array.from(document.querySelectorAll('section.paper'))
                .map(function (s) { return getComputedStyle(s).breakBefore; }),
            findings: Array.from(document.querySelectorAll('li.finding'))
                .filter(function (li) { return li.offsetParent !== null; }).length,
            total: document.querySelectorAll('li.finding').length
        })",
    );
    let print: serde_json::Value = serde_json::from_str(print.as_str().unwrap()).unwrap();
    assert_eq!(print["filters"], "none", "{print}");
    assert_eq!(
        print["breaks"],
        serde_json::json!(["page", "page"]),
        "{print}"
    );
    assert_eq!(
        print["findings"], print["total"],
        "every finding is printed: {print}"
    );
    let pdf = browser.call("Page.printToPDF", serde_json::json!({}));
    let pdf = {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD
            .decode(pdf["data"].as_str().unwrap())
            .unwrap()
    };
    assert!(pdf.starts_with(b"%PDF"));
    std::fs::write(keep.join("samples-report.pdf"), &pdf).unwrap();
}
