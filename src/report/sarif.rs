//! SARIF 2.1.0 (`--format sarif`), as GitHub code scanning reads it: one
//! run, the rules with a short description and their `explain` text as
//! help, results with physical locations, severity mapped to `level`.

use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

use super::record::Record;
use crate::diagnostic::Severity;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    results: Vec<SarifResult<'a>>,
    column_kind: &'static str,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    information_uri: &'static str,
    rules: Vec<RuleDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleDescriptor {
    id: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location<'a>>,
    partial_fingerprints: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation<'a>,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation<'a> {
    uri: std::borrow::Cow<'a, str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    byte_offset: usize,
    byte_length: usize,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A rule known to the run: its id, its kind and its configured severity.
pub(crate) struct RuleInfo {
    pub(crate) id: String,
    pub(crate) kind: &'static crate::rules::Kind,
    pub(crate) severity: Severity,
}

/// The first paragraph under "What it checks".
fn short_description(doc: &str) -> String {
    let mut lines = doc
        .lines()
        .skip_while(|l| !l.contains("What it checks"))
        .skip(1);
    let mut out = String::new();
    for l in lines.by_ref() {
        if l.trim().is_empty() {
            if out.is_empty() {
                continue;
            }
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(l.trim());
    }
    out
}

/// A path as a relative URI: forward slashes, no leading `./`.
fn uri(path: &str) -> std::borrow::Cow<'_, str> {
    let p = path.strip_prefix("./").unwrap_or(path);
    if p.contains('\\') || p.contains(' ') || p.contains('%') {
        std::borrow::Cow::Owned(p.replace('%', "%25").replace('\\', "/").replace(' ', "%20"))
    } else {
        std::borrow::Cow::Borrowed(p)
    }
}

/// A stable fingerprint of what a finding is about, not where it is.
fn fingerprint(r: &Record) -> String {
    use std::hash::{Hash, Hasher};
    // FNV-1a: stable across runs and platforms, unlike the std hasher's seed.
    struct Fnv(u64);
    impl Hasher for Fnv {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, bytes: &[u8]) {
            for &b in bytes {
                self.0 ^= u64::from(b);
                self.0 = self.0.wrapping_mul(0x100000001b3);
            }
        }
    }
    let mut h = Fnv(0xcbf29ce484222325);
    (&r.path, &r.rule, &r.subject, &r.snippet).hash(&mut h);
    format!("{:016x}", h.finish())
}

/// Writes the SARIF log for `records`, describing `rules`.
pub(crate) fn write(
    out: &mut dyn Write,
    records: &[Record],
    rules: &[RuleInfo],
) -> std::io::Result<()> {
    let mut descriptors: Vec<RuleDescriptor> = Vec::new();
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    // Rules a finding names that the first configuration did not list
    // (another paperlint.toml further down) are described by their kind.
    let extra: Vec<RuleInfo> = records
        .iter()
        .filter(|r| !rules.iter().any(|i| i.id == r.rule))
        .filter_map(|r| {
            Some(RuleInfo {
                id: r.rule.clone(),
                kind: crate::rules::kind(&r.rule)?,
                severity: r.severity,
            })
        })
        .collect();
    for r in rules.iter().chain(&extra) {
        if index.contains_key(r.id.as_str()) {
            continue;
        }
        let doc = r.kind.doc();
        index.insert(&r.id, descriptors.len());
        descriptors.push(RuleDescriptor {
            id: r.id.clone(),
            short_description: Text {
                text: short_description(&doc),
            },
            full_description: Text {
                text: short_description(&doc),
            },
            help: Help {
                text: doc.clone(),
                markdown: doc,
            },
            default_configuration: Configuration {
                level: level(r.severity),
            },
        });
    }
    let results = records
        .iter()
        .map(|r| SarifResult {
            rule_id: &r.rule,
            rule_index: index.get(r.rule.as_str()).copied().unwrap_or(0),
            level: level(r.severity),
            message: Text {
                text: r.message.clone(),
            },
            locations: vec![Location {
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation { uri: uri(&r.path) },
                    region: Region {
                        start_line: r.line,
                        start_column: r.column,
                        end_line: r.end_line,
                        end_column: r.end_column,
                        byte_offset: r.start,
                        byte_length: r.end - r.start,
                    },
                },
            }],
            partial_fingerprints: BTreeMap::from([("paperlint/v1", fingerprint(r))]),
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "paperlint",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: "https://github.com/paperlint/paperlint",
                    rules: descriptors,
                },
            },
            results,
            column_kind: "unicodeCodePoints",
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}
