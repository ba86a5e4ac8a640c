//! JSON output (`--format json`) and JSON Lines (`--format jsonl`).

use serde::Serialize;
use std::io::Write;

use super::record::Record;

/// The whole run: `{"version": 1, "files": N, "diagnostics": [...],
/// "papers": [...]}`.
#[derive(Serialize)]
pub(crate) struct JsonReport<'a> {
    pub(crate) version: u32,
    pub(crate) files: usize,
    pub(crate) diagnostics: &'a [Record],
    /// Per paper read: its readability figures.
    pub(crate) papers: &'a [PaperEntry],
}

/// One paper's entry in `papers`.
#[derive(Serialize, Debug)]
pub(crate) struct PaperEntry {
    pub(crate) path: String,
    pub(crate) readability: crate::rules::plain_english::readability::PaperFigures,
}

/// Writes the run as one JSON object.
pub(crate) fn write_json(
    out: &mut dyn Write,
    files: usize,
    records: &[Record],
    papers: &[PaperEntry],
) -> std::io::Result<()> {
    let report = JsonReport {
        version: 1,
        files,
        diagnostics: records,
        papers,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

/// Writes each finding as one line of JSON, as it comes.
pub(crate) fn write_jsonl(out: &mut dyn Write, records: &[Record]) -> std::io::Result<()> {
    for r in records {
        serde_json::to_writer(&mut *out, r)?;
        writeln!(out)?;
    }
    Ok(())
}
