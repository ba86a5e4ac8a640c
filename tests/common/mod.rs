//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

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

/// `path` relative to the repository root, with forward slashes.
pub fn rel(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}
