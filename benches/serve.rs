//! Load test of `paperlint serve` on loopback: `cargo bench --bench serve`.
//!
//! Starts the service (the release build) on a free loopback port, then:
//!
//! 1. **Load**: 200 clients at once, each uploading `ROUNDS` papers one
//!    after another (the seeds from `../shared/seeds` — or where
//!    `PAPERLINT_SHARED` says — when that folder is there, the samples, and
//!    the Word fixtures; raw bodies and multipart forms in turn), every
//!    answer compared with the one the service gave for that paper alone.
//!    Reports throughput, p50/p99/max latency and the server's peak memory
//!    (VmHWM from /proc).
//! 2. **Hostile uploads during load**: a zip bomb, a 200 MB body (declared,
//!    and chunked with no length), a truncated multipart form and a binary
//!    file, each sent while another 200 clients upload papers; each must
//!    get its 4xx and every paper its 200.
//!
//! Fails (exit 1) on any failed request. Traffic goes to 127.0.0.1 only,
//! and every loop is bounded.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

const CLIENTS: usize = 200;
const ROUNDS: usize = 5;
const BOUNDARY: &str = "paperlint-bench-boundary";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The papers to upload: the seeds if `shared/` is beside the repository,
/// the samples and the Word fixtures.
fn papers() -> Vec<(String, Vec<u8>)> {
    let shared = std::env::var_os("PAPERLINT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared"));
    let mut dirs = vec![root().join("samples"), root().join("tests/fixtures/docx")];
    if shared.join("seeds").is_dir() {
        dirs.insert(0, shared.join("seeds"));
    } else {
        println!(
            "seeds: skipped ({} is absent; set PAPERLINT_SHARED)",
            shared.join("seeds").display()
        );
    }
    let mut out = Vec::new();
    for dir in dirs {
        let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| {
                matches!(
                    p.extension().and_then(|e| e.to_str()),
                    Some("md" | "txt" | "docx")
                )
            })
            .collect();
        found.sort();
        for p in found {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            out.push((name, std::fs::read(&p).unwrap()));
        }
    }
    out
}

/// The service, started in an empty folder; stopped with SIGINT on drop.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_paperlint"))
            .current_dir(std::env::temp_dir())
            .args(["serve", "--bind", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start paperlint serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .trim()
            .strip_prefix("paperlint serve: listening on http://")
            .expect("the address")
            .trim_end_matches('/')
            .to_string();
        Server { child, addr }
    }

    /// The largest resident set the server has had, in KiB.
    fn peak_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        for _ in 0..200 {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request on a new connection: sends `head` and `body` (from
/// another thread, so an early answer is read even while the body is still
/// going), gives the status and the body of the answer. The part of
/// `body` in `range` is sent; when that is less than the whole, the
/// client then stops sending (a half-close), as one that gave up would.
fn request(addr: &str, head: &str, body: Arc<Vec<u8>>, range: (usize, usize)) -> (u16, Vec<u8>) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .unwrap();
    stream
        .write_all(format!("{head}Connection: close\r\n\r\n").as_bytes())
        .unwrap();
    let mut writer = stream.try_clone().unwrap();
    let sending = std::thread::spawn(move || {
        for chunk in body[range.0..range.1].chunks(256 * 1024) {
            if writer.write_all(chunk).is_err() {
                return; // The server answered and closed: expected for a refusal.
            }
        }
        if range.1 < body.len() {
            let _ = writer.shutdown(std::net::Shutdown::Write);
        }
    });
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let _ = sending.join();
    let status = std::str::from_utf8(&answer[..answer.len().min(12)])
        .ok()
        .and_then(|s| s.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or_else(Vec::new, |at| answer[at + 4..].to_vec());
    (status, body)
}

/// Uploads a paper, as a raw body or as a form.
fn upload(addr: &str, name: &str, bytes: &[u8], form: bool) -> (u16, Vec<u8>) {
    if form {
        let mut body = format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"papers\"; filename=\"{name}\"\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        let head = format!(
            "POST /api/check HTTP/1.1\r\nHost: {addr}\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {}\r\n",
            body.len()
        );
        let n = body.len();
        request(addr, &head, Arc::new(body), (0, n))
    } else {
        let head = format!(
            "POST /api/check?filename={name} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {}\r\n",
            bytes.len()
        );
        request(addr, &head, Arc::new(bytes.to_vec()), (0, bytes.len()))
    }
}

/// 200 clients at once, each uploading `ROUNDS` papers; gives each
/// request's latency and the number that failed.
fn load(
    addr: &str,
    papers: &Arc<Vec<(String, Vec<u8>)>>,
    expected: &Arc<Vec<Vec<u8>>>,
) -> (Vec<Duration>, usize, Duration) {
    let start = Arc::new(Barrier::new(CLIENTS + 1));
    let clients: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (papers, expected, start) =
                (Arc::clone(papers), Arc::clone(expected), Arc::clone(&start));
            let addr = addr.to_string();
            std::thread::spawn(move || {
                start.wait();
                let mut times = Vec::with_capacity(ROUNDS);
                let mut failed = 0;
                for r in 0..ROUNDS {
                    let k = (c * ROUNDS + r) % papers.len();
                    let (name, bytes) = &papers[k];
                    let began = Instant::now();
                    let (status, body) = upload(&addr, name, bytes, (c + r) % 2 == 0);
                    times.push(began.elapsed());
                    if status != 200 || body != expected[k] {
                        failed += 1;
                        eprintln!("failed: {name}: {status}");
                    }
                }
                (times, failed)
            })
        })
        .collect();
    start.wait();
    let began = Instant::now();
    let mut times = Vec::new();
    let mut failed = 0;
    for c in clients {
        let (t, f) = c.join().unwrap();
        times.extend(t);
        failed += f;
    }
    (times, failed, began.elapsed())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn zip_bomb() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", opts).unwrap();
    std::io::copy(&mut std::io::repeat(0).take(1 << 30), &mut zip).unwrap();
    zip.finish().unwrap().into_inner()
}

fn main() {
    // `cargo bench` passes `--bench`; a filter that is not "serve" skips.
    if std::env::args()
        .skip(1)
        .any(|a| !a.starts_with('-') && !"serve".contains(a.as_str()))
    {
        return;
    }
    let papers = Arc::new(papers());
    let bytes: usize = papers.iter().map(|(_, b)| b.len()).sum();
    println!(
        "papers: {} ({} KB; {} Word), {CLIENTS} clients x {ROUNDS} uploads each",
        papers.len(),
        bytes / 1000,
        papers.iter().filter(|(n, _)| n.ends_with(".docx")).count()
    );
    let server = Server::start();
    let addr = server.addr.clone();
    // Each paper's answer, alone.
    let expected: Arc<Vec<Vec<u8>>> = Arc::new(
        papers
            .iter()
            .map(|(n, b)| {
                let (status, body) = upload(&addr, n, b, false);
                assert_eq!(status, 200, "{n}");
                body
            })
            .collect(),
    );
    let idle = server.peak_kib();

    let (mut times, failed, took) = load(&addr, &papers, &expected);
    times.sort();
    let n = times.len();
    println!(
        "load: {n} uploads in {:.2} s: {:.0} papers/s; latency p50 {}, p99 {}, max {}; failed {failed}",
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99)),
        ms(times[n - 1])
    );
    println!(
        "memory: server peak RSS {:.1} MB (after the first uploads: {:.1} MB)",
        server.peak_kib() as f64 / 1024.0,
        idle as f64 / 1024.0
    );

    // Hostile uploads, each during a load of 200 clients.
    let bomb = zip_bomb();
    let big = Arc::new(vec![b'a'; 200 << 20]);
    let mut chunked = Vec::with_capacity((200 << 20) + 4096);
    for piece in big.chunks(1 << 20) {
        chunked.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        chunked.extend_from_slice(piece);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let chunked = Arc::new(chunked);
    let paper = &papers[0].1;
    let mut form = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"papers\"; filename=\"cut.md\"\r\n\r\n"
    )
    .into_bytes();
    form.extend_from_slice(paper);
    form.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let cut = form.len() / 2;
    let form = Arc::new(form);
    type Hostile = Box<dyn Fn(&str) -> (u16, Vec<u8>) + Send + Sync>;
    let hostile: Vec<(&str, u16, Hostile)> = vec![
        (
            "zip bomb (1 GiB of zeros in a .docx)",
            422,
            Box::new(move |addr: &str| upload(addr, "bomb.docx", &bomb, false)),
        ),
        (
            "200 MB body, Content-Length declared",
            413,
            Box::new({
                let big = Arc::clone(&big);
                move |addr: &str| {
                    let head = format!(
                        "POST /api/check?filename=big.md HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {}\r\n",
                        big.len()
                    );
                    request(addr, &head, Arc::clone(&big), (0, big.len()))
                }
            }),
        ),
        (
            "200 MB body, chunked with no length",
            413,
            Box::new(move |addr: &str| {
                let head = format!(
                    "POST /api/check?filename=big.md HTTP/1.1\r\nHost: {addr}\r\nTransfer-Encoding: chunked\r\n"
                );
                request(addr, &head, Arc::clone(&chunked), (0, chunked.len()))
            }),
        ),
        (
            "truncated multipart form",
            400,
            Box::new(move |addr: &str| {
                let head = format!(
                    "POST /api/check HTTP/1.1\r\nHost: {addr}\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {cut}\r\n"
                );
                request(addr, &head, Arc::clone(&form), (0, cut))
            }),
        ),
        (
            "binary file",
            415,
            Box::new(|addr: &str| {
                upload(addr, "photo.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", false)
            }),
        ),
    ];
    let mut all_failed = failed;
    for (what, want, send) in &hostile {
        let (status, body, answered, (times, failed, took)) = std::thread::scope(|s| {
            let during = s.spawn(|| load(&addr, &papers, &expected));
            let began = Instant::now();
            let (status, body) = send(&addr);
            let answered = began.elapsed();
            (status, body, answered, during.join().unwrap())
        });
        let message = serde_json::from_slice::<serde_json::Value>(&body)
            .ok()
            .and_then(|v| v["error"].as_str().map(str::to_string))
            .unwrap_or_default();
        let ok = status == *want;
        let mut times = times;
        times.sort();
        println!(
            "hostile: {what}: {status} in {} ({}); meanwhile {} uploads, p99 {}, {:.0} papers/s, failed {failed}{}",
            ms(answered),
            message.chars().take(70).collect::<String>(),
            times.len(),
            ms(percentile(&times, 0.99)),
            times.len() as f64 / took.as_secs_f64(),
            if ok { "" } else { "  <-- WRONG STATUS" }
        );
        all_failed += failed + usize::from(!ok);
    }
    println!(
        "memory: server peak RSS over the whole run {:.1} MB",
        server.peak_kib() as f64 / 1024.0
    );
    drop(server);
    if all_failed > 0 {
        println!("FAILED: {all_failed} requests failed");
        std::process::exit(1);
    }
    println!("no failed request");
}
