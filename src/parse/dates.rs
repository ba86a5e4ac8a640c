//! UK date wording. (To be written.)
