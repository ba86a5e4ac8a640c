//! `paperlint serve` in a real browser, where chromium is installed: a
//! Word or PDF paper uploaded through the page (the file input, over the
//! DevTools protocol), the findings it shows checked against the API's,
//! and a click on a finding and the printed page. The service's API is
//! tested in tests/serve.rs.

#![cfg(feature = "serve")]

mod common;

use common::serve::*;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

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
