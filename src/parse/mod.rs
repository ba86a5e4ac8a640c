//! The parser: a paper's text into a [`Document`].
//!
//! The text is read line by line. Each line is first classified on its own
//! shape (see [`line`]); context then decides what it is: a heading, a field,
//! a paragraph, a row of a table. The grammar, production by production:
//!
//! ```text
//! document      = preamble body
//! preamble      = (field | key_value_pair | timetable | title | banner | blank)*
//! body          = (heading | field | table | paragraph | suppression | blank | rule)*
//!
//! field         = bold_field | plain_field | report_of          (see `field`)
//! key_value_pair= capitals_key NL short_value NL blank           -- WARDS AFFECTED / All Wards
//!               | "**" capitals_key NL short_value "**"          -- bold across two lines
//! timetable     = timetable_key NL (blank | names | dates)*      -- names then dates, paired in order
//! title         = first capitals, bold or title-like line of the preamble
//!
//! heading       = atx_heading                                   -- ### Title   (see `line`)
//!               | setext_heading                                -- Title NL ===== (or -----)
//!               | section_label                                 -- Section 2: Report
//!               | numbered_title                                -- 1. Purpose of Report
//!               | number_then_title                             -- 1. NL blank NL Introduction
//!               | dotless_title                                 -- 1 Executive summary
//!               | bold_line                                     -- **PURPOSE**
//!               | capitals_line                                 -- INTRODUCTION
//!               | standalone_title                              -- Financial Implications
//!               | question_title                                -- What are the risks?
//!               | colon_title                                   -- Purpose of the Report:
//!               | grid_row_title                                -- | **6.4** Legal: | text | (a grid row)
//! heading_number= decimal | roman ("." | ")") | letter ("." | ")") | section_label
//!                                                 -- ## 1 Purpose, ## VIII. Legal, ## A. Summary
//! section_label = ("Section" | "Part") ws+ label ws* (":" | "." | "-" | "–") ws* title
//! numbered_title= decimal(one level) ws+ title    -- only in papers that number sub-paragraphs
//!                                                 -- (N.1) or when the title is in capitals;
//!                                                 -- capitals may wrap onto one indented line
//!               | decimal ws+ title               -- 6.1 Financial, when 6.1.1 comes next
//!               | N ".0" ws+ title                -- 1.0 Purpose of report, when 1.1 (a paragraph)
//!                                                 -- comes next or the last heading is (N-1).0
//! number_then_title = (decimal(one level) | digit{1,2}) NL blank+ short_title [NL lower_case_tail]
//!                                                 -- PDF text; not after a "Key:" waiting for its value
//!               | (N | N ".0") NL short_title NL (N ".1" | lead_in NL N ".1")
//!               | N ".0" NL short_title           -- the last heading (N-1).0, nothing past N-1 since
//!               | N NL short_title                -- the last heading N-1, and the title one of the
//!                                                 -- pack's or a table one cell a line under it
//! dotless_title = digit{1,2} " " title            -- standing alone; two of: the outline's next
//!                                                 -- number, N.1 next, a pack section title
//! colon_title   = title ":" NL blank* (item | long_sentence | lead_in NL item)
//!                                                 -- not under a numbered or # heading
//! lead_in       = "That the Committee:", "It is recommended that Cabinet:"  -- heads nothing
//! grid_row_title= border NL ("|" N "." M ws+ label "|" text "|" NL)+ border
//!                                                 -- past the front sheet, N the open section's
//!                                                 -- number (N, N.0, or N.K with K < M); the label,
//!                                                 -- wrapped down its cell, is the title, the text
//!                                                 -- column a table under it (see `builder/blocks`)
//!
//! paragraph     = item_marker text continuation*                (see `number`)
//!               | key ":" "   " ws* item_marker text continuation*
//!                                                 -- past the front sheet: Members Approve:   (1) the …
//!               | text continuation*
//!               | also_refer_to (number_line | number_table)*   -- "also refer to" cross-reference lists
//! continuation  = non-blank line that starts no item
//!               | blank+ line starting in lower case            -- a sentence broken by a page
//!
//! figure_line   = a number alone beside another figure          -- 771.9 / 4.35: a table cell, text
//! page_footer   = "Page" N ["of" M]                             -- read as a blank line (see `line`)
//! page_number   = N alone ending a page (after a blank line, between dashes "- 42 -", or in
//!                 sequence with the next page's) | "- N -" opening one -- a blank line too
//! running_header= a line opening two pages or more, and the lines under it (a date, say)
//!                 repeated on those pages                        -- blank lines too
//!
//! table         = tab_row+ | pipe_row+ | html_table             (see `table`)
//!               | framed_table | grouped_table                  -- lined up with spaces (see `spaced`)
//!               | number_table                                  -- rows numbered 1, 2, 3 one cell a
//!                                                               -- line under a header (see `builder/number_tables`)
//!               | figure_table                                  -- rows of a label and its figures one
//!                                                               -- cell a line, under a header naming a
//!                                                               -- unit (£m, %) or over a Total row
//! checkbox_line = name ws+ box "Yes" ws+ box "No"                -- Legal ☐ Yes ☒ No: an implication
//! yes_no_columns = title NL name{k} NL blank{1,2} ("Yes" | "No"){k} NL blank
//!                                                               -- a Yes/No table pdftotext flattened, 3 ≤ k ≤ 20
//! yes_no_grid   = name "Yes/No" [cell] (name ("Yes" | "No") [paragraph_cell]){3,20}
//!                                                               -- the same one cell a line, no blank lines
//!                                                               -- (see `builder/number_tables`)
//! yes_no_list   = implications_title NL list_row (NL blank{0,3} list_row){2,19}
//! list_row      = name NL ("Yes" | "No") [ws* (":" | dash) ws+ ["see"] reference]
//!                                                               -- Implications / Financial / Yes – see paragraph 7.1 /
//!                                                               -- Equalities / No / …: the same, mark and reference in one cell
//! suppression   = "<!--" ws* "paperlint:" ws* ("allow" | "allow-file") "(" rule ("," rule)* ")" ws* "-->"
//! ```
//!
//! A heading (other than ATX, numbered and `Section N:` ones) must stand
//! alone: a blank line (or the start) before it, and a blank line, the end,
//! or a numbered item after it. A numbered line is a heading only when its
//! text reads as a title (short, no closing full stop) and the paper numbers
//! sub-paragraphs under its headings; otherwise it is paragraph N.
//!
//! Nesting: `Section N:` labels are level 1; numbered titles nest by depth
//! below them; ATX headings by their `#` count; bold, capitals and
//! title-case headings sit at the top level, or one below a numbered or ATX
//! heading they follow. ATX headings whose title is wholly bold
//! (`### **LEGAL IMPLICATIONS**`) come from Word conversions, whose `#`
//! counts record font sizes: they rank as bold headings.
//!
//! Numbered parts: when paragraph numbering restarts at 1, a new part begins
//! at the first heading after the previous part's last number. A bare `1.`
//! paragraph right after a sub-paragraph (`4.1`), with no heading between,
//! is a list inside the outline and restarts nothing. Nor does a list of
//! recommendations numbered from 1 again straight under the pack's
//! recommendations title, its items opening "That …", "To …" or with one
//! of the vocabulary's `decision-verbs`, when the running numbers go on
//! after it from where they stopped ("2. Recommendations", "1. That …",
//! "2. That …", then "3. The plan …"): its items are marked as a list of
//! their own (`Paragraph::own_list`). Whether they go on shows only in the
//! number after the list, so the list waits for it.
//!
//! The lines are walked once, in order, by the builder (`builder/`: one
//! file per kind of block, and `shapes` for the predicates on a line's text).
//!
//! Nothing here recurses on the input's structure, so a deeply nested paper
//! cannot overflow the stack; numbers deeper than
//! `number::MAX_DEPTH` levels are text.

use crate::document::*;

mod answer_grid;
pub(crate) mod appendices;
mod builder;
pub(crate) mod dates;
pub(crate) mod field;
pub(crate) mod front_sheet;
pub mod inline;
pub(crate) mod line;
pub(crate) mod number;
pub(crate) mod pandoc_marks;
pub(crate) mod references;
pub(crate) mod sentence;
mod spaced;
pub(crate) mod table;
pub mod vocabulary;

pub use vocabulary::Vocabulary;

use builder::shapes::is_timetable_key;
use builder::Builder;
use inline::{is_capitals, is_capitals_marked, is_title_like, more_words_than, plain, word_count};
use line::{classify, split_lines, Line, LineKind};

/// Parses a paper's text into its section tree, with the built-in
/// vocabulary (`rules/vocabulary.toml`).
pub fn parse(text: &str) -> Document {
    parse_with(text, Vocabulary::builtin())
}

/// Parses a paper's text into its section tree, reading front-sheet labels,
/// document nouns and the like with `vocab` (a council's, built by the
/// configuration from its packs).
pub fn parse_with(text: &str, vocab: &Vocabulary) -> Document {
    // `__strong__` read as `**strong**`: the same bytes elsewhere, so
    // every span is one into `text`.
    let text = &*inline::strong_underscores(text);
    // Word's underline and small capitals read as emphasis, likewise.
    let text = &*inline::formatting_spans(text);
    let lines = split_lines(text);
    let mut kinds: Vec<LineKind> = lines.iter().map(classify).collect();
    let spaced = spaced::read(&lines, &mut kinds);
    line::demote_wrapped_dates(&lines, &mut kinds);
    line::demote_page_furniture(text, &lines, &mut kinds);
    line::demote_wrapped_references(&lines, &mut kinds);
    // Lines with words that read as blank: page furniture.
    let furniture: Vec<Span> = lines
        .iter()
        .zip(&kinds)
        .filter(|(l, k)| matches!(k, LineKind::Blank) && !l.is_blank())
        .map(|(l, _)| l.span())
        .collect();
    let front = front_sheet::read(text, &lines, &kinds, vocab);
    let mut builder = Builder::new(text, &lines, &mut kinds, vocab);
    builder.front = front;
    builder.spaced = spaced;
    // (The builder reads a meeting's date from a running footer.)
    builder.doc.furniture = furniture;
    builder.run();
    builder.finish()
}

#[cfg(test)]
mod tests;
