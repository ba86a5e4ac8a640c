//! The parser: text into a [`Document`].

use crate::document::Document;

pub mod dates;
pub mod references;

/// Parses a paper's text into its section tree.
pub fn parse(text: &str) -> Document {
    Document {
        len: text.len(),
        ..Document::default()
    }
}
