//! `--format summary`: counts per rule and per paper, most first.

use std::collections::BTreeMap;
use std::io::Write;

use super::record::Record;

/// Writes the counts.
pub(crate) fn write(out: &mut dyn Write, records: &[Record], papers: usize) -> std::io::Result<()> {
    let mut by_rule: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    // A paper's findings come together: count runs, then merge any repeats.
    let mut by_path: Vec<(&str, usize)> = Vec::new();
    for r in records {
        *by_rule
            .entry((r.rule.as_str(), r.severity.as_str()))
            .or_default() += 1;
        match by_path.last_mut() {
            Some((path, n)) if *path == r.path => *n += 1,
            _ => by_path.push((r.path.as_str(), 1)),
        }
    }
    by_path.sort_by(|a, b| a.0.cmp(b.0));
    by_path.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.1 += later.1;
        }
        same
    });
    let mut rules: Vec<_> = by_rule.into_iter().collect();
    rules.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    writeln!(out, "findings by rule:")?;
    for ((rule, severity), n) in &rules {
        writeln!(out, "{n:>7}  {rule:<26} {severity}")?;
    }
    let mut paths = by_path;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn record(path: &str, rule: &str) -> Record {
        Record {
            path: path.into(),
            rule: rule.into(),
            severity: Severity::Error,
            subject: None,
            message: String::new(),
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 1,
            start: 0,
            end: 0,
            help: None,
            docx: None,
            page: None,
            snippet: String::new(),
        }
    }

    #[test]
    fn counts_per_rule_and_per_paper_most_first() {
        // b.md's findings are not all together: they are still one count.
        let records = [
            record("b.md", "x"),
            record("a.md", "x"),
            record("b.md", "y"),
            record("b.md", "x"),
        ];
        let mut out = Vec::new();
        write(&mut out, &records, 3).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "findings by rule:\n      3  x                          error\n      1  y                          error\n\
             findings by paper:\n      3  b.md\n      1  a.md\n4 findings in 2 of 3 papers\n"
        );
    }
}
