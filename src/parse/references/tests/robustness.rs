//! Robustness: random and cut-up input never panics and spans stay in range.

use super::*;

/// A small xorshift generator: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "para",
    "graph",
    "graphs",
    "paragraph ",
    "paragraphs ",
    "para. ",
    "see ",
    " ",
    " ",
    "3",
    "3.2",
    "4.1",
    "12",
    ".",
    "Appendix",
    "Appendix ",
    "appendices ",
    "Annex ",
    "annexe",
    " of ",
    " to ",
    " in ",
    "the ",
    "é",
    "**",
    "\t",
    "\n",
    "\n\n",
    " and ",
    ",",
    " & ",
    "-",
    " – ",
    "Also refer to ",
    "section ",
    "recommendations ",
    "s",
    "(",
    ")",
    "A",
    "B",
    "I",
    "IV",
    "a",
    "£",
    "%",
    "/",
    ":",
    "this report",
    "Schedule 12A, ",
    "NPPF ",
    "attached as ",
    "at",
    "€",
    "\u{a0}",
    "2004",
    "0",
    "_",
    "Act",
    "ü",
    "🙂",
    "\r\n",
    "x",
];

#[test]
fn fuzz_no_panic_and_spans_in_range() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut total = 0;
    for round in 0..20_000 {
        let mut text = String::new();
        for _ in 0..rng.below(40) + 1 {
            text.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
        }
        let base = round % 7;
        for r in find_references(&text, base) {
            total += 1;
            for s in [r.span, r.target_span] {
                assert!(s.start >= base && s.start <= s.end, "{text:?}: {r:?}");
                assert!(s.end <= base + text.len(), "{text:?}: {r:?}");
                assert!(text.is_char_boundary(s.start - base), "{text:?}: {r:?}");
                assert!(text.is_char_boundary(s.end - base), "{text:?}: {r:?}");
            }
            assert!(r.span.contains(r.target_span), "{text:?}: {r:?}");
            assert!(!r.target.is_empty(), "{text:?}: {r:?}");
        }
    }
    assert!(total > 1000, "the fuzz found only {total} references");
    eprintln!("fuzz: {total} references");
}

#[test]
fn every_prefix_and_suffix_is_safe() {
    let text = "é **paragraphs 3.39 – 3.49** and Appendix 1, Annex B (attached); see 4.1🙂 \
                    Also refer to\n\n2.6\t5.9\nrecommendation (ii) NPPF paragraph 11";
    for (i, _) in text.char_indices() {
        let _ = find_references(&text[i..], i);
        let _ = find_references(&text[..i], 0);
    }
}

/// Throughput: `cargo test --release --lib parse::references -- --ignored --nocapture`.
#[test]
#[ignore]
fn throughput() {
    let mut text = String::new();
    let seeds: Vec<String> = ["000_", "001_", "002_", "003_", "004_"]
        .iter()
        .filter_map(|p| seed(p))
        .collect();
    let filler = "The Council will see paragraph 4.3 and Appendix B (attached) as set out \
                      in section 5.3 of this report; recommendations 1 & 2 apply.\n";
    while text.len() < 10_000_000 {
        for s in &seeds {
            text.push_str(s);
        }
        text.push_str(filler);
    }
    let start = std::time::Instant::now();
    let refs = find_references(&text, 0);
    let secs = start.elapsed().as_secs_f64();
    let mb = text.len() as f64 / 1e6;
    eprintln!(
        "{mb:.1} MB, {} references in {:.1} ms: {:.0} MB/s",
        refs.len(),
        secs * 1e3,
        mb / secs
    );
    assert!(mb / secs > 100.0);
}
