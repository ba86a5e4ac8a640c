//! Rendering: the only place that knows about output formats.

pub(crate) mod github;
pub(crate) mod html;
pub(crate) mod human;
pub(crate) mod json;
pub(crate) mod junit;
pub(crate) mod record;
pub(crate) mod sarif;
pub(crate) mod summary;
pub mod tree;
