//! Helpers shared by the integration tests.
// Each test crate includes this module privately and uses a part of it.
#![allow(dead_code, unreachable_pub)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use paperlint::config::Config;
use paperlint::source::SourceFile;

#[cfg(feature = "serve")]
pub mod serve;
pub mod sign_off;
pub mod xref;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every paper the tests read: the five seeds and the samples, sorted.
pub fn papers() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["tests/fixtures/seeds", "samples"] {
        for entry in std::fs::read_dir(root().join(dir)).expect("fixture folder") {
            let path = entry.expect("entry").path();
            if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("md" | "txt")
            ) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// How the browser tests start chromium: headless, and with nothing that
/// reaches for the network (this machine's closed network refuses it).
pub const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
];

/// Debian's `chromium`, or another name for it, if installed.
pub fn chromium() -> Option<PathBuf> {
    let names = ["chromium", "chromium-browser", "google-chrome", "chrome"];
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// `path` relative to the repository root, with forward slashes.
pub fn rel(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// A small paper that passes every rule (the CLI and rule tests edit it).
pub const CLEAN: &str = "\
Meeting: Cabinet
Date: 6 February 2025
Subject: Parking strategy
Report of: Director of Place
Contact officer: Sam Lee, 01234 567890
Wards affected: All
Key decision: No
Status: Public

## 1. Purpose of report

1.1 To agree the strategy.

## 2. Recommendations

2.1 Cabinet is asked to agree the strategy.

## 3. Financial implications

3.1 None. The financial implications have been agreed by Pat Jones, Head of Finance, on 20 January 2025.

## 4. Legal implications

4.1 None. Legal comments provided by Sam Khan, Senior Solicitor, on 21 January 2025.

## 5. Equalities implications

5.1 None.

## 6. Background papers

6.1 None.
";

/// Reads a paper (text, .docx or PDF) as `paperlint check` would.
pub fn read(path: &Path) -> SourceFile {
    SourceFile::read(path, 64 << 20).unwrap_or_else(|e| panic!("{e}"))
}

/// (rule, subject) of every finding in `src` under `config`.
pub fn findings(src: &SourceFile, config: &Config) -> BTreeSet<(String, String)> {
    paperlint::check::check_text(src, config)
        .unwrap()
        .iter()
        .map(|d| (d.rule.clone(), d.subject.clone().unwrap_or_default()))
        .collect()
}
