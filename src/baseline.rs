//! Baselines: today's findings recorded, so that a repository with years of
//! old papers can turn paperlint on and see only new problems.
//!
//! A finding is matched by its file, rule, subject and the text of its span
//! — not by line number, so an edit above a finding does not bring it back.
//! Matching counts: a baseline with one "Appendix B" finding in a paper
//! absorbs one such finding, and a second one added later is new.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::report::record::Record;

/// What identifies a finding in a baseline.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Entry {
    pub(crate) path: String,
    pub(crate) rule: String,
    pub(crate) subject: Option<String>,
    /// The text the finding's span covers.
    pub(crate) text: String,
}

impl Entry {
    /// The entry that `r` would have in a baseline.
    pub(crate) fn of(r: &Record) -> Self {
        Entry {
            path: normalise_path(&r.path),
            rule: r.rule.clone(),
            subject: r.subject.clone(),
            text: r.snippet.clone(),
        }
    }
}

fn normalise_path(p: &str) -> String {
    p.strip_prefix("./").unwrap_or(p).replace('\\', "/")
}

/// The file written by `--write-baseline`.
#[derive(Serialize, Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub(crate) struct BaselineFile {
    pub(crate) version: u32,
    pub(crate) findings: Vec<Entry>,
}

/// Why a baseline file cannot be used.
#[derive(Debug)]
pub(crate) enum BaselineError {
    /// The file cannot be read.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// It is not JSON in the shape `--write-baseline` writes.
    NotABaseline {
        path: PathBuf,
        error: serde_json::Error,
    },
    /// It was written in a format version this paperlint does not read.
    Version { path: PathBuf, version: u32 },
}

impl std::fmt::Display for BaselineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BaselineError::Io { path, error } => {
                write!(f, "{}: cannot read the baseline: {error}", path.display())
            }
            BaselineError::NotABaseline { path, error } => {
                write!(f, "{}: not a paperlint baseline: {error}", path.display())
            }
            BaselineError::Version { path, version } => write!(
                f,
                "{}: baseline version {version} is not supported (expected 1)",
                path.display()
            ),
        }
    }
}

impl std::error::Error for BaselineError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BaselineError::Io { error, .. } => Some(error),
            BaselineError::NotABaseline { error, .. } => Some(error),
            BaselineError::Version { .. } => None,
        }
    }
}

/// A loaded baseline: how many of each finding it absorbs, per paper.
#[derive(Debug, Default)]
pub(crate) struct Baseline {
    by_path: HashMap<String, HashMap<Entry, usize>>,
}

impl Baseline {
    /// Reads a baseline file.
    pub(crate) fn read(path: &Path) -> Result<Baseline, BaselineError> {
        let text = std::fs::read_to_string(path).map_err(|error| BaselineError::Io {
            path: path.to_path_buf(),
            error,
        })?;
        let file: BaselineFile =
            serde_json::from_str(&text).map_err(|error| BaselineError::NotABaseline {
                path: path.to_path_buf(),
                error,
            })?;
        if file.version != 1 {
            return Err(BaselineError::Version {
                path: path.to_path_buf(),
                version: file.version,
            });
        }
        let mut by_path: HashMap<String, HashMap<Entry, usize>> = HashMap::new();
        for e in file.findings {
            *by_path
                .entry(e.path.clone())
                .or_default()
                .entry(e)
                .or_default() += 1;
        }
        Ok(Baseline { by_path })
    }

    /// Drops from one paper's records those the baseline absorbs.
    pub(crate) fn filter(&self, records: &mut Vec<Record>) {
        let Some(first) = records.first() else {
            return;
        };
        let Some(known) = self.by_path.get(&normalise_path(&first.path)) else {
            return;
        };
        let mut left = known.clone();
        records.retain(|r| match left.get_mut(&Entry::of(r)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        });
    }
}

/// Writes `records` as a baseline file, atomically.
pub(crate) fn write(path: &Path, records: &[Record]) -> std::io::Result<()> {
    let mut findings: Vec<Entry> = records.iter().map(Entry::of).collect();
    findings.sort();
    let file = BaselineFile {
        version: 1,
        findings,
    };
    let text = serde_json::to_string_pretty(&file).map_err(std::io::Error::other)?;
    crate::output::write_atomically(path, format!("{text}\n").as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message reading `text` as a baseline fails with.
    fn refused(text: &str) -> (PathBuf, BaselineError) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("baseline.json");
        std::fs::write(&path, text).expect("written");
        let e = Baseline::read(&path).expect_err("refused");
        (path, e)
    }

    #[test]
    fn a_bad_baseline_says_why_naming_the_file() {
        let (path, e) = refused("{\"version\": 2, \"findings\": []}");
        assert!(matches!(e, BaselineError::Version { version: 2, .. }));
        assert_eq!(
            e.to_string(),
            format!(
                "{}: baseline version 2 is not supported (expected 1)",
                path.display()
            )
        );
        let (path, e) = refused("[1, 2]");
        assert!(matches!(e, BaselineError::NotABaseline { .. }));
        assert!(
            e.to_string()
                .starts_with(&format!("{}: not a paperlint baseline: ", path.display())),
            "{e}"
        );
        let missing = Path::new("no/such/baseline.json");
        let e = Baseline::read(missing).expect_err("refused");
        assert!(matches!(e, BaselineError::Io { .. }));
        assert!(
            e.to_string()
                .starts_with("no/such/baseline.json: cannot read the baseline: "),
            "{e}"
        );
    }
}
