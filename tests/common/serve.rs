//! Helpers shared by the `paperlint serve` tests (tests/serve.rs) and its
//! browser tests (tests/serve_browser.rs): the service started as a user
//! starts it, and requests to it.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running `paperlint serve`, stopped with Ctrl-C (SIGINT) when dropped.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub url: String,
    pub addr: String,
    log: Arc<Mutex<String>>,
}

impl Server {
    /// Starts the service in `dir` with `args` after `serve`.
    pub fn start(dir: &Path, args: &[&str]) -> Server {
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

    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Ctrl-C, then the exit status and the whole log.
    pub fn stop(mut self) -> (Option<i32>, String) {
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

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

/// The status and body of a request.
pub struct Answer {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The `error` of a JSON refusal.
    pub fn error(&self) -> String {
        let v: serde_json::Value = serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("a JSON refusal: {e}: {}", self.text()));
        v["error"].as_str().expect("an error message").to_string()
    }
}

pub fn answer(mut r: ureq::http::Response<ureq::Body>) -> Answer {
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

pub fn get(server: &Server, path: &str) -> Answer {
    answer(agent().get(format!("{}{path}", server.url)).call().unwrap())
}

/// POST `body` as the raw body of `/api/check?filename=NAME`.
pub fn post_raw(server: &Server, name: &str, body: &[u8]) -> Answer {
    answer(
        agent()
            .post(format!("{}/api/check", server.url))
            .query("filename", name)
            .send(body)
            .unwrap(),
    )
}
