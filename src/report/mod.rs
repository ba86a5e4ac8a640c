//! Rendering: the only place that knows about output formats.

pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod record;
pub mod sarif;
pub mod summary;
pub mod tree;
