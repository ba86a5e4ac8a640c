//! Parser throughput: parses a 10 MB paper built from the five seeds and
//! reports MB/s (target: at least 100 MB/s on one core). Also times the
//! whole check (parse + default rules) on the same text.
//!
//! Run: `cargo bench --bench parse`

use std::time::{Duration, Instant};

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let mut seeds: Vec<String> = std::fs::read_dir(&dir)
        .expect("seeds")
        .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("seed"))
        .collect();
    seeds.sort();
    let mut text = String::with_capacity(11 << 20);
    while text.len() < 10 << 20 {
        for s in &seeds {
            text.push_str(s);
            text.push_str("\n\n");
        }
    }
    let mb = text.len() as f64 / 1e6;
    let time = |label: &str, f: &dyn Fn()| {
        f(); // warm up
        let mut best = Duration::MAX;
        for _ in 0..5 {
            let t = Instant::now();
            f();
            best = best.min(t.elapsed());
        }
        println!(
            "{label}: {mb:.1} MB in {:.1} ms = {:.0} MB/s (best of 5)",
            best.as_secs_f64() * 1e3,
            mb / best.as_secs_f64()
        );
    };
    time("parse", &|| {
        let doc = paperlint::parse::parse(&text);
        std::hint::black_box(doc);
    });
    let config = paperlint::config::Config::builtin("council-report").expect("default pack");
    let src = paperlint::source::SourceFile::from_bytes("bench.md", text.clone().into_bytes())
        .expect("text");
    time("parse + rules", &|| {
        let found = paperlint::check::check_text(&src, &config).expect("rules");
        std::hint::black_box(found);
    });
}
