use regex_automata::meta;
use std::time::Instant;
fn main() {
    let pats: Vec<String> = std::fs::read_to_string("/tmp/pats.txt")
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    for p in &pats {
        let t = Instant::now();
        for _ in 0..20 {
            let _ = regex::RegexBuilder::new(p)
                .case_insensitive(true)
                .build()
                .unwrap();
        }
        let d0 = t.elapsed() / 20;
        let t = Instant::now();
        for _ in 0..20 {
            let _ = meta::Builder::new()
                .configure(meta::Config::new().auto_prefilter(false))
                .syntax(regex_automata::util::syntax::Config::new().case_insensitive(true))
                .build(p)
                .unwrap();
        }
        let d1 = t.elapsed() / 20;
        let t = Instant::now();
        for _ in 0..20 {
            let _ = meta::Builder::new()
                .configure(
                    meta::Config::new()
                        .auto_prefilter(false)
                        .onepass(false)
                        .backtrack(false)
                        .dfa(false),
                )
                .syntax(regex_automata::util::syntax::Config::new().case_insensitive(true))
                .build(p)
                .unwrap();
        }
        let d2 = t.elapsed() / 20;
        let t = Instant::now();
        for _ in 0..20 {
            let _ = meta::Builder::new()
                .configure(
                    meta::Config::new()
                        .auto_prefilter(false)
                        .onepass(false)
                        .backtrack(false)
                        .dfa(false),
                )
                .syntax(
                    regex_automata::util::syntax::Config::new()
                        .case_insensitive(true)
                        .unicode(false),
                )
                .build(p);
        }
        let d3 = t.elapsed() / 20;
        println!(
            "{:7.3} {:7.3} {:7.3} {:7.3} ms  {}",
            d0.as_secs_f64() * 1000.0,
            d1.as_secs_f64() * 1000.0,
            d2.as_secs_f64() * 1000.0,
            d3.as_secs_f64() * 1000.0,
            &p[..p.len().min(90)]
        );
    }
}
