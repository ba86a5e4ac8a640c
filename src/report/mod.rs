//! Rendering: the only place that knows about output formats.

pub mod tree;
