//! `--format summary`: counts per rule and per paper, most first.

use std::collections::BTreeMap;
use std::io::Write;

use super::record::Record;

/// Writes the counts.
pub fn write(out: &mut dyn Write, records: &[Record], papers: usize) -> std::io::Result<()> {
    let mut by_rule: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut by_path: BTreeMap<&str, usize> = BTreeMap::new();
    for r in records {
        *by_rule
            .entry((r.rule.as_str(), r.severity.as_str()))
            .or_default() += 1;
        *by_path.entry(r.path.as_str()).or_default() += 1;
    }
    let mut rules: Vec<_> = by_rule.into_iter().collect();
    rules.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    writeln!(out, "findings by rule:")?;
    for ((rule, severity), n) in &rules {
        writeln!(out, "{n:>7}  {rule:<26} {severity}")?;
    }
    let mut paths: Vec<_> = by_path.into_iter().collect();
    paths.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    writeln!(out, "findings by paper:")?;
    for (path, n) in &paths {
        writeln!(out, "{n:>7}  {path}")?;
    }
    writeln!(
        out,
        "{} findings in {} of {papers} papers",
        records.len(),
        paths.len()
    )
}
