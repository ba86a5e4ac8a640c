//! Property test: .docx fixtures with bytes flipped, overwritten or cut
//! off never panic the reader, the parser or the rules; what is read keeps
//! every offset inside the text on character boundaries; and the process's
//! peak memory stays bounded.

mod common;

use paperlint::config::Config;
use paperlint::source::SourceFile;
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestCaseError, TestRunner};

/// How a fixture is damaged.
#[derive(Debug, Clone)]
enum Damage {
    /// Set bytes (positions taken modulo the length).
    Set(Vec<(usize, u8)>),
    /// XOR single bits.
    Flip(Vec<(usize, u8)>),
    /// Cut the file short.
    Truncate(usize),
    /// Both: set bytes, then cut.
    SetAndTruncate(Vec<(usize, u8)>, usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    let edits = prop::collection::vec((any::<usize>(), any::<u8>()), 1..24);
    prop_oneof![
        edits.clone().prop_map(Damage::Set),
        prop::collection::vec((any::<usize>(), 0u8..8), 1..8)
            .prop_map(|v| Damage::Flip(v.into_iter().map(|(i, b)| (i, 1 << b)).collect())),
        any::<usize>().prop_map(Damage::Truncate),
        (edits, any::<usize>()).prop_map(|(e, t)| Damage::SetAndTruncate(e, t)),
    ]
}

fn apply(bytes: &[u8], d: &Damage) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let n = out.len();
    let set = |out: &mut Vec<u8>, edits: &[(usize, u8)]| {
        for &(i, b) in edits {
            out[i % n] = b;
        }
    };
    match d {
        Damage::Set(e) => set(&mut out, e),
        Damage::Flip(e) => {
            for &(i, bit) in e {
                out[i % n] ^= bit;
            }
        }
        Damage::Truncate(t) => out.truncate(t % n),
        Damage::SetAndTruncate(e, t) => {
            set(&mut out, e);
            out.truncate(t % n);
        }
    }
    out
}

fn check(bytes: Vec<u8>, config: &Config) -> Result<(), TestCaseError> {
    let Ok(src) = SourceFile::from_docx("fuzz.docx", &bytes) else {
        return Ok(());
    };
    let text = &src.text;
    let ok = |pos: usize| pos <= text.len() && text.is_char_boundary(pos);
    let info = src.docx.as_ref().expect("a .docx has docx info");
    let mut last = 0;
    for p in &info.paragraphs {
        prop_assert!(ok(p.start) && p.start >= last, "paragraph at {}", p.start);
        last = p.start;
    }
    for s in info
        .revisions
        .iter()
        .map(|r| r.span)
        .chain(info.comments.iter().map(|c| c.span))
    {
        prop_assert!(ok(s.start) && ok(s.end) && s.start <= s.end, "span {s}");
    }
    for d in paperlint::check::check_text(&src, config).unwrap() {
        prop_assert!(ok(d.span().start) && ok(d.span().end));
    }
    Ok(())
}

/// The parts of a .docx, read with the zip crate.
fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut out = Vec::new();
            f.read_to_end(&mut out).unwrap();
            (f.name().unwrap().into_owned(), out)
        })
        .collect()
}

/// Zips parts again (with good checksums, so damage reaches the XML).
fn zip_parts(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in parts {
        zip.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Damage to the XML of one part: bytes set, a range cut out or repeated.
#[derive(Debug, Clone)]
enum XmlDamage {
    Set(Vec<(usize, u8)>),
    Cut(usize, usize),
    Repeat(usize, usize, u8),
}

fn xml_damage() -> impl Strategy<Value = (usize, XmlDamage)> {
    let d = prop_oneof![
        prop::collection::vec(
            (
                any::<usize>(),
                prop::sample::select(b"<>/&;\"=w:pPrtbl ".to_vec())
            ),
            1..12
        )
        .prop_map(XmlDamage::Set),
        (any::<usize>(), 0usize..400).prop_map(|(a, n)| XmlDamage::Cut(a, n)),
        (any::<usize>(), 1usize..300, 1u8..40).prop_map(|(a, n, k)| XmlDamage::Repeat(a, n, k)),
    ];
    (any::<usize>(), d)
}

fn damage_xml(xml: &mut Vec<u8>, d: &XmlDamage) {
    let n = xml.len().max(1);
    match d {
        XmlDamage::Set(e) => {
            for &(i, b) in e {
                if !xml.is_empty() {
                    xml[i % n] = b;
                }
            }
        }
        XmlDamage::Cut(at, len) => {
            let at = at % n;
            let end = (at + len).min(xml.len());
            xml.drain(at.min(end)..end);
        }
        XmlDamage::Repeat(at, len, times) => {
            let at = at % n;
            let end = (at + len).min(xml.len());
            let piece = xml[at.min(end)..end].to_vec();
            for _ in 0..*times {
                xml.splice(end..end, piece.iter().copied());
            }
        }
    }
}

/// Peak resident memory of this process, from /proc (Linux only).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn damaged_docx_never_panics_and_memory_stays_bounded() {
    let config = Config::builtin("council-report").unwrap();
    let fixtures: Vec<Vec<u8>> = ["numbered.docx", "luton-2005-joint-review.docx"]
        .iter()
        .map(|n| std::fs::read(common::root().join("tests/fixtures/docx").join(n)).unwrap())
        .collect();
    for bytes in &fixtures {
        let mut runner = TestRunner::new(RunnerConfig {
            cases: 1500,
            failure_persistence: None,
            ..RunnerConfig::default()
        });
        runner
            .run(&damage(), |d| check(apply(bytes, &d), &config))
            .unwrap();
    }
    // Damage inside the XML, zipped again so it is read.
    let good = parts(&fixtures[0]);
    let mut runner = TestRunner::new(RunnerConfig {
        cases: 1200,
        failure_persistence: None,
        ..RunnerConfig::default()
    });
    let read = std::cell::Cell::new(0usize);
    let refused = std::cell::Cell::new(0usize);
    runner
        .run(&xml_damage(), |(which, d)| {
            let mut parts = good.clone();
            let xml_parts: Vec<usize> = (0..parts.len())
                .filter(|&i| parts[i].0.ends_with(".xml"))
                .collect();
            let i = xml_parts[which % xml_parts.len()];
            damage_xml(&mut parts[i].1, &d);
            let bytes = zip_parts(&parts);
            match SourceFile::from_docx("fuzz.docx", &bytes) {
                Ok(_) => read.set(read.get() + 1),
                Err(_) => refused.set(refused.get() + 1),
            }
            check(bytes, &config)
        })
        .unwrap();
    // Most damaged documents are still read, so the renderer is exercised.
    let (read, refused) = (read.get(), refused.get());
    eprintln!("damaged XML: {read} read, {refused} refused");
    assert!(read > refused / 4, "read {read}, refused {refused}");

    // Every part is read through one 64 MiB budget; rendering keeps a few
    // copies of that at most. Nothing here comes near it, and nothing may
    // get past it.
    if let Some(kib) = peak_rss_kib() {
        eprintln!("peak memory: {} MiB", kib / 1024);
        assert!(kib < 512 * 1024, "peak memory {kib} KiB");
    }
}
