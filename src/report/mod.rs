//! Rendering: the only place that knows about output formats.

pub mod human;
pub mod json;
pub mod tree;
