//! `--format summary`: counts per rule and per paper, most first.

use std::collections::BTreeMap;
use std::io::Write;

use super::record::Record;

/// The counts, gathered paper by paper as the papers are checked, so that
/// a run over a large repository keeps no finding in memory.
#[derive(Default)]
pub(crate) struct Summary {
    /// Findings per rule, then per severity.
    by_rule: BTreeMap<String, BTreeMap<&'static str, usize>>,
    /// Findings per paper, in the order the papers came.
    by_path: Vec<(String, usize)>,
    findings: usize,
}

impl Summary {
    /// Counts one paper's findings.
    pub(crate) fn add(&mut self, records: &[Record]) {
        for r in records {
            let severities = match self.by_rule.get_mut(r.rule.as_str()) {
                Some(severities) => severities,
                None => self.by_rule.entry(r.rule.clone()).or_default(),
            };
            *severities.entry(r.severity.as_str()).or_default() += 1;
            match self.by_path.last_mut() {
                Some((path, n)) if *path == r.path => *n += 1,
                _ => self.by_path.push((r.path.clone(), 1)),
            }
        }
        self.findings += records.len();
    }

    /// Writes the counts, most first.
    pub(crate) fn write(self, out: &mut dyn Write, papers: usize) -> std::io::Result<()> {
        let mut rules: Vec<((&str, &str), usize)> = self
            .by_rule
            .iter()
            .flat_map(|(rule, severities)| {
                severities
                    .iter()
                    .map(move |(severity, n)| ((rule.as_str(), *severity), *n))
            })
            .collect();
        rules.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        writeln!(out, "findings by rule:")?;
        for ((rule, severity), n) in &rules {
            writeln!(out, "{n:>7}  {rule:<26} {severity}")?;
        }
        // A paper's findings come together, but a paper may come twice
        // (named twice on the command line): merge its counts.
        let mut paths = self.by_path;
        paths.sort_by(|a, b| a.0.cmp(&b.0));
        paths.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 += later.1;
            }
            same
        });
        paths.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        writeln!(out, "findings by paper:")?;
        for (path, n) in &paths {
            writeln!(out, "{n:>7}  {path}")?;
        }
        writeln!(
            out,
            "{} findings in {} of {papers} papers",
            self.findings,
            paths.len()
        )
    }
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
        let mut summary = Summary::default();
        // Given as two papers' reports: b.md's first finding, then the rest.
        summary.add(&records[..1]);
        summary.add(&records[1..]);
        let mut out = Vec::new();
        summary.write(&mut out, 3).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "findings by rule:\n      3  x                          error\n      1  y                          error\n\
             findings by paper:\n      3  b.md\n      1  a.md\n4 findings in 2 of 3 papers\n"
        );
    }
}
