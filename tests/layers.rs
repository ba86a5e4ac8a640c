//! The pipeline runs one way: no top-level module of `src/` may reach, by
//! its `crate::` paths, a module that reaches it back. This test reads the
//! sources, builds the graph of which top-level module names which, and
//! fails on a cycle, printing it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod common;

/// Cycles known today, each to be cut. The test fails when a new cycle
/// appears and when one of these is gone (so the list is kept true).
const KNOWN_CYCLES: &[&[&str]] = &[];

/// The top-level module a source file belongs to (`src/parse/dates.rs` →
/// `parse`), or `None` for the crate root and `main.rs`.
fn module_of(rel: &Path) -> Option<String> {
    let mut parts = rel.iter().map(|p| p.to_string_lossy().into_owned());
    let first = parts.next()?;
    let name = first.strip_suffix(".rs").unwrap_or(&first).to_string();
    (!matches!(name.as_str(), "lib" | "main")).then_some(name)
}

/// Every top-level module named as `crate::name` in `source`, or inside a
/// group `crate::{name::…, other}` (over several lines too), outside
/// comments and the unit tests at its end (test code may reach anywhere).
fn named_modules(source: &str) -> BTreeSet<String> {
    let mut code = String::new();
    for line in source.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        code.push_str(line.split("//").next().unwrap_or(""));
        code.push('\n');
    }
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = BTreeSet::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            // The first name of each item at the group's own depth.
            let mut depth = 0usize;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && !c.is_whitespace() => {
                        item_start = false;
                        let name = ident(&group[i..]);
                        if !name.is_empty() && name != "self" {
                            out.insert(name);
                        }
                    }
                    _ => {}
                }
            }
        } else {
            let name = ident(after);
            if !name.is_empty() {
                out.insert(name);
            }
        }
        rest = after;
    }
    out
}

/// The graph: each top-level module and the modules it names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = common::root().join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().map_or(true, |e| e != "rs") || path.ends_with("tests.rs") {
                continue;
            }
            let Some(module) = module_of(path.strip_prefix(&src).unwrap()) else {
                continue;
            };
            let source = std::fs::read_to_string(&path).unwrap();
            let named = named_modules(&source);
            let edges = graph.entry(module.clone()).or_default();
            edges.extend(named.into_iter().filter(|n| *n != module));
        }
    }
    graph
}

/// The cycles of `graph`, each as its sorted member list (one per strongly
/// connected component of more than one module).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    let reaches = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_string()];
        while let Some(m) = todo.pop() {
            for next in graph.get(&m).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reach: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|m| (m, reaches(m))).collect();
    let mut out: Vec<Vec<String>> = Vec::new();
    for m in graph.keys() {
        let component: Vec<String> = graph
            .keys()
            .filter(|n| *n == m || (reach[m].contains(*n) && reach[*n].contains(m)))
            .cloned()
            .collect();
        if component.len() > 1 && !out.contains(&component) {
            out.push(component);
        }
    }
    out
}

/// The layers, lowest first: a module may name only modules in layers
/// below its own. This is the pipeline source → parse → document →
/// template → rules → report → cli as the imports have it: `document`,
/// the parsed paper's types, sits under `source` and `parse` (both speak
/// in its spans); `config` loads the packs and builds each rule from
/// `rules::KINDS`, so it sits above `rules`; `check` runs the pipeline
/// over files, `serve` and `cli` drive it.
const LAYERS: &[&[&str]] = &[
    &[
        "document", "pattern", "calendar", "output", "swar", "symbols",
    ],
    &["source", "parse", "diagnostic"],
    &["template"],
    &["clearance"],
    &["rules"],
    &["config"],
    &["report"],
    &["baseline"],
    &["check"],
    &["serve"],
    &["cli"],
];

#[test]
fn each_module_names_only_modules_in_layers_below_it() {
    let layer = |m: &str| LAYERS.iter().position(|l| l.contains(&m));
    let mut wrong = Vec::new();
    for (module, named) in graph() {
        let Some(own) = layer(&module) else {
            wrong.push(format!("`{module}` is in no layer: add it to LAYERS"));
            continue;
        };
        for n in named {
            match layer(&n) {
                Some(l) if l < own => {}
                Some(_) => wrong.push(format!("`{module}` names `{n}`, which is not below it")),
                None => wrong.push(format!("`{module}` names `{n}`, which is in no layer")),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_module_reaches_a_module_that_reaches_it_back() {
    let found = cycles(&graph());
    let known: Vec<Vec<String>> = KNOWN_CYCLES
        .iter()
        .map(|c| c.iter().map(|s| s.to_string()).collect())
        .collect();
    assert_eq!(
        found, known,
        "import cycles between top-level modules (left: found, right: known)"
    );
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.insert("a".into(), ["b".into()].into());
    g.insert("b".into(), ["c".into()].into());
    g.insert("c".into(), ["a".into()].into());
    g.insert("d".into(), ["a".into()].into());
    assert_eq!(cycles(&g), vec![vec!["a", "b", "c"]]);
    assert_eq!(
        named_modules(
            "use crate::parse::x; // crate::rules\nlet y = crate::check::f();\n\
             #[cfg(test)]\nmod tests { use crate::cli; }"
        ),
        ["check".to_string(), "parse".to_string()].into()
    );
    assert_eq!(
        named_modules(
            "use crate::{\n    check::{a, b},\n    rules::Rule, // crate::cli\n    report,\n};\n"
        ),
        [
            "check".to_string(),
            "report".to_string(),
            "rules".to_string()
        ]
        .into()
    );
}
