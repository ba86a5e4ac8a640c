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
    for _ in 0..10 {
        std::hint::black_box(paperlint::parse::parse(&text));
    }
}
