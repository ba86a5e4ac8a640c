//! paperlint: a linter for UK local-government committee papers.
//!
//! The pipeline runs one way:
//!
//! ```text
//! bytes ──► source ──► parse ──► Document ──► rules ──► Diagnostics ──► report
//! ```
//!
//! [`source`] turns bytes into text and keeps the way back to the original
//! offsets; [`parse`] builds the [`document::Document`] (section tree, fields,
//! paragraphs, references, dates, each with its byte span).
//!
//! The public surface is what `main.rs`, `tests/` and `benches/` use: the
//! modules below marked `pub`, and inside them only the items those need.
//! Everything else is `pub(crate)`, so the compiler reports what nothing
//! uses.

pub(crate) mod baseline;
pub mod calendar;
pub mod check;
pub mod clearance;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod document;
pub(crate) mod output;
pub mod parse;
pub(crate) mod pattern;
pub mod report;
pub mod rules;
#[cfg(feature = "serve")]
pub(crate) mod serve;
pub mod source;
pub(crate) mod swar;
pub(crate) mod symbols;
pub mod template;
