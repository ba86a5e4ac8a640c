use std::time::Instant;
fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let mut text = String::new();
    let seeds: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    while text.len() < 10 << 20 {
        for s in &seeds {
            text.push_str(s);
            text.push_str("\n\n");
        }
    }
    let t = Instant::now();
    let lines = paperlint::parse::line::split_lines(&text);
    println!("split {:?}", t.elapsed());
    let t = Instant::now();
    let kinds: Vec<_> = lines.iter().map(paperlint::parse::line::classify).collect();
    println!("classify {:?} {}", t.elapsed(), kinds.len());
    let t = Instant::now();
    let d = paperlint::parse::dates::find_dates(&text, 0);
    println!("dates {:?} {}", t.elapsed(), d.len());
    let t = Instant::now();
    let r = paperlint::parse::references::find_references(&text, 0);
    println!("refs {:?} {}", t.elapsed(), r.len());
    let t = Instant::now();
    let doc = paperlint::parse::parse(&text);
    println!("parse {:?}", t.elapsed());
    let config = paperlint::config::Config::builtin("council-report").unwrap();
    let set = config.rule_set(std::path::Path::new("x.md")).unwrap();
    let t = Instant::now();
    let resolved = paperlint::template::Resolved::new(&set.template, &doc);
    println!("resolve {:?}", t.elapsed());
    let cx = paperlint::rules::Context {
        text: &text,
        doc: &doc,
        template: &set.template,
        resolved: &resolved,
    };
    for r in &set.rules {
        let t = Instant::now();
        let n = r.rule.check(&cx).len();
        println!("{} {:?} {}", r.id, t.elapsed(), n);
    }
}
