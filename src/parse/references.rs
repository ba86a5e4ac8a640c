//! References to paragraphs, appendices and annexes. (To be written.)
