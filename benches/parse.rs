//! Parser throughput: parses a 10 MB paper built from the five seeds and
//! reports MB/s (target: at least 100 MB/s on one core). Also times the
//! whole check (parse + default rules) on the same text.
//!
//! With `CORPUS_DIR` set (a corpus from `../shared/bench/gen_corpus.py`),
//! also times checking its papers one by one, in memory, on one thread:
//! the per-paper cost without the file system.
//!
//! Also reads the .docx and .pdf fixtures (tests/fixtures/docx,
//! tests/fixtures/pdf) and reports MB of file read per second, and the
//! same with the rules run on what was read.
//!
//! Run: `cargo bench --bench parse` (`CORPUS_DIR=/tmp/corpus10k cargo bench --bench parse`)

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
    let time = |label: &str, mb: f64, f: &dyn Fn()| {
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
    time("parse", mb, &|| {
        let doc = paperlint::parse::parse(&text);
        std::hint::black_box(doc);
    });
    let config = paperlint::config::Config::builtin("council-report").expect("default pack");
    let src = paperlint::source::SourceFile::from_bytes("bench.md", text.clone().into_bytes())
        .expect("text");
    time("parse + rules", mb, &|| {
        let found = paperlint::check::check_text(&src, &config).expect("rules");
        std::hint::black_box(found);
    });
    files(&config, &time);
    if let Some(dir) = std::env::var_os("CORPUS_DIR") {
        corpus(std::path::Path::new(&dir), &config, &time);
    }
}

/// Times a piece of work over `mb` megabytes and prints it under a label.
type Timer = dyn Fn(&str, f64, &dyn Fn());

/// Reads the Word and PDF fixtures (MB of file, not of text), then reads
/// and checks them.
fn files(config: &paperlint::config::Config, time: &Timer) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (dir, ext) in [
        ("tests/fixtures/docx", "docx"),
        ("tests/fixtures/pdf", "pdf"),
    ] {
        let mut files: Vec<(std::path::PathBuf, Vec<u8>)> = std::fs::read_dir(root.join(dir))
            .expect("fixtures")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == ext))
            .map(|p| {
                let bytes = std::fs::read(&p).expect("fixture");
                (p, bytes)
            })
            .collect();
        files.sort();
        // Some fixtures are bad input on purpose (a PDF with nothing but
        // page furniture); they are tested elsewhere, not timed here.
        files.retain(|(path, bytes)| match ext {
            "pdf" => paperlint::source::SourceFile::from_pdf(path.clone(), bytes).is_ok(),
            _ => paperlint::source::SourceFile::from_docx(path.clone(), bytes).is_ok(),
        });
        let read = |(path, bytes): &(std::path::PathBuf, Vec<u8>)| {
            match ext {
                "pdf" => paperlint::source::SourceFile::from_pdf(path.clone(), bytes),
                _ => paperlint::source::SourceFile::from_docx(path.clone(), bytes),
            }
            .expect("fixture reads")
        };
        let mb = files.iter().map(|(_, b)| b.len()).sum::<usize>() as f64 / 1e6;
        time(&format!("read {} .{ext} files", files.len()), mb, &|| {
            for f in &files {
                std::hint::black_box(read(f));
            }
        });
        time(
            &format!("read + check {} .{ext} files", files.len()),
            mb,
            &|| {
                for f in &files {
                    let src = read(f);
                    std::hint::black_box(
                        paperlint::check::check_text(&src, config).expect("rules"),
                    );
                }
            },
        );
    }
}

/// Checks up to 3,000 of the corpus's papers, read into memory first.
fn corpus(dir: &std::path::Path, config: &paperlint::config::Config, time: &Timer) {
    let mut papers = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "md") && papers.len() < 3000 {
                let bytes = std::fs::read(&p).expect("paper");
                papers.push(paperlint::source::SourceFile::from_bytes(p, bytes).expect("text"));
            }
        }
    }
    papers.sort_by(|a, b| a.path.cmp(&b.path));
    let label = format!("{} corpus papers, one by one", papers.len());
    let mb = papers.iter().map(|p| p.text.len()).sum::<usize>() as f64 / 1e6;
    time(&label, mb, &|| {
        for src in &papers {
            std::hint::black_box(paperlint::check::check_text(src, config).expect("rules"));
        }
    });
    // Where the time goes: a few slow papers, or all alike?
    let mut each: Vec<(f64, usize, &std::path::Path)> = papers
        .iter()
        .map(|src| {
            let t = Instant::now();
            std::hint::black_box(paperlint::check::check_text(src, config).expect("rules"));
            (
                t.elapsed().as_secs_f64() * 1e3,
                src.text.len(),
                src.path.as_path(),
            )
        })
        .collect();
    each.sort_by(|a, b| b.0.total_cmp(&a.0));
    let total: f64 = each.iter().map(|e| e.0).sum();
    let tenth: f64 = each[..each.len() / 10].iter().map(|e| e.0).sum();
    println!(
        "slowest tenth of the papers: {:.0}% of the time; slowest five:",
        100.0 * tenth / total
    );
    for (ms, len, path) in &each[..5.min(each.len())] {
        println!(
            "  {ms:.2} ms, {:.0} KB, {}",
            *len as f64 / 1e3,
            path.display()
        );
    }
}
