//! The front sheet: header fields laid out over several lines, and the
//! meeting the header names.
//!
//! The line-by-line builder reads a field written on one line (`Key: value`,
//! `**Key:** value`, a two-column table row). Councils also write:
//!
//! ```text
//! split_field  = key_line (blank{0,2} value_line+)     -- From: / blank / Jane Smith, Director
//! key_line     = [bullet] field-with-no-value           -- Meeting:   |  - **Meeting:**
//! value_line   = a short line that is no key line, heading, table row or sentence;
//!                after a blank, also a line with a colon inside that goes on as
//!                a value (a wrap, or another lone key after it)  -- Subject: / blank /
//!                                           -- Waste Centres: Service Model and / Contract Award
//! bullet_field = bullet one-line-field (NL indent value_line){0,4}
//!                          -- - **Meeting:** Cabinet;  - **Title:** Review of the rules: /
//!                          --     petitions and notices of motion  (wrapped under its text)
//! nested_list  = bullet key_line (NL deeper_bullet){1,4}  -- - **Contact:** /
//!                          --     - Jo Bloggs, Officer / - Tel: 01632 960 218 (the list the value)
//! definition   = key NL ":" ws+ value (NL indent value)*  -- Report of / :   Director of Place
//! bare_pair    = label NL blank+ value_line+ NL blank    -- Date of meeting / blank / 10 May 2025
//!                (no colon: only in a run of three or more from a meeting or date label,
//!                or from another of the pack's labels with one in the run: Report on /
//!                blank / Garden Waste: Charges / blank / Date of Meeting / …; a label
//!                over a meeting or date label is none: see label_row)
//! hanging_wrap = one-line-field (NL indent value_line){1,4}
//!                -- Title:   Acquisition of the depot for affordable
//!                --          housing        (each wrapped line indented past the key)
//! open_wrap    = one-line-field (NL value_line){1,4} (NL blank | end)
//!                -- Report of: Simon Baxter, Corporate Director, Housing and
//!                -- Regeneration   (no indent: each line above ends open, in a
//!                comma, dash, slash, "&" or a joining word such as "and";
//!                a Pandoc hard break may close the last line as a blank does)
//! hard_breaks  = one-line-field ("\" NL value_line){1,3}  -- **Appendices:** A -- Plan\ /
//!                          -- B -- Appraisal   (a Word paragraph's soft breaks; a field's
//!                          line is no value line)
//! run_in       = labels run into their values with no colon, three or more, two
//!                the pack's and one a meeting or date label: `**Date of meeting** --
//!                Thursday, 14 October 2027`, `Date of meeting ...... 9 November 2027`,
//!                `MEETING DATE Thursday 18 November 2027` (see run_in::run_in_fields)
//! label_row    = (label blank+){n} ((value blank+){n})+  -- Meeting of / Date / Ward(s) /
//!                          -- Overview and Scrutiny Committee / 3 December 2025 / Hornsey Rise
//!                (n from 2 to 5, only where one n fits: a meeting label over a body,
//!                a date label over the only date; a label may close with a colon
//!                or "No.", a value may be a number alone: Item No. / Date: / … / 11.;
//!                a further row of values in the first's shape for each further meeting:
//!                Meeting / Date / Board A / 4 March 2027 / Board B / 18 March 2027; straight
//!                after, a row of labels with one of the pack's and no date label:
//!                Report by / Report number / Director / LFB-0412)
//! label_column = label{n} blank{0,2} value{n} (blank | body)  -- Committee: / Date: /
//!                          -- Subject: / blank / Employment Committee / 8 October 2025 / …
//!                (n >= 3, each label one of the pack's; a value line opening in lower
//!                case or under one ending in a comma carries on the value above; only
//!                where the counts agree, a date label is over the only date, a meeting
//!                label over a body, and one of the two is there)
//! mixed_column = label{3,6} blank{1,2} value{n} (blank | body)  -- Executive/routine /
//!                          -- Wards / Council Commitments / blank / Executive / All / …
//!                (no colon; labels any short phrase in a capital, one at least the
//!                pack's; one line per value, as many as the labels; only under a
//!                title block that has named and dated the meeting)
//! label_pairs  = (pack_label NL value_line{1,4}){3,}  -- Committee / CABINET /
//!                          -- Date / 12 MARCH 2026 / Title / … / Wards affected / ALL
//!                (no colon, no blank line; each label one of the pack's; a value
//!                runs to the next label, the last takes one line and its wraps;
//!                only where a date label is over the only date and a meeting
//!                label over a body; two pairs will do among one-line fields,
//!                where a field closes the last value; a value's line may
//!                read as a field the pack does not know where it carries
//!                the line above on: `… Road area,` / `Faversbury: outcome …`)
//! mixed_pairs  = (label NL value_line carried_on*){4,}  -- Application Number /
//!                          -- 27/01184/FUL / Site Address / … / Ward / Shelton and Wyke
//!                (no colon, no blank line; a label is any short phrase in
//!                a capital, two at least the pack's; a value goes on only
//!                over lines that carry it on (lower case, or after a comma);
//!                the pairing checked as in label_pairs; not under a line
//!                that reads as a label, and yielding to label_pairs where
//!                the pack's labels alone read on from one of its labels)
//! contact      = key_line blank+ (part_key blank+ value blank+){2,4}
//!                          -- Contact Officer: / Name: / Jo Bloggs / Tel: / 01632 960 123
//! layout_label_row = label_line NL value_line (NL value_wrap)*
//!                          -- Relevant Cabinet Member(s)   Wards Affected   Key Decision
//!                          -- Councillor Jo Bloggs,        All              Yes
//!                (`pdftotext -layout`: two to five labels in a row, two at least
//!                the pack's, each value's cells at its label's column; see
//!                layout::layout_label_row)
//! beside_title = [title_part gap] key_line-with-value (NL ([title_part gap] value_wrap))*
//!                          -- Tenancy Strategy 2028–2033 and Tenancy      Committee:   Housing Committee
//!                          -- Policy: outcome of consultation             Date:        19 January 2028
//!                (`pdftotext -layout`: the fields in a column beside the title's,
//!                every label at one column; see layout::layout_beside_title)
//! address      = meeting_label ["the"] NL body_name [blank{1,2} title blank]
//!                          -- To the Chair and Members of the / CABINET / blank /
//!                          -- HOUSING ASSISTANCE POLICY 2027-2030: …
//!                (no colon; the label one of the vocabulary's `meeting-keys` of
//!                two words or more: the body is the meeting, and the title under
//!                it, in capitals or wrapped where a line ends open, the paper's)
//! lone_title   = (block_line | report_of) NL title_with_colon NL [report_of NL] field
//!                          -- 4 March 2027 / Report of the Director of … /
//!                          -- Safer Eastmere Partnership: performance 2026/27 / Lead officer: …
//!                (blank lines allowed between; the one line of a stacked title
//!                block that is none of its others, its key no label the parser
//!                knows: the title, not a field; see shapes::lone_colon_title)
//! meeting_title = (meeting_field NL)+ blank+ title_with_colon NL wrap blank+ pack_field
//!                          -- Housing Scrutiny Commission / Date of meeting: 8 June 2027 /
//!                          -- Temporary Accommodation: Use of Bed and / Breakfast and … /
//!                          -- Lead director: …
//!                (the fields so far all the meeting's or its date, a block line above
//!                them; the field below one of the pack's labels; see
//!                title_under_meeting_fields)
//! title_run    = meeting_line NL (block_line NL)* title_line (NL wrap)* (NL line)* NL report_of
//!                          -- PLANNING AND REGULATION COMMITTEE – 9 APRIL 2029 /
//!                          -- WESSMERE COUNTY COUNCIL / Extension of … quarry, with /
//!                          -- progressive restoration … / Lower Farm Quarry, Ashcombe / Report by …
//!                (under a field, no blank line, no label, no sentence; the title the
//!                first line after the block's lines that could be one, with the lines
//!                it wraps onto; see title_run_over_report_of)
//! title_atop   = title_line NL report_of NL body_line NL date_line
//!                          -- INTERNAL AUDIT ANNUAL ASSURANCE REPORT 2026/27 /
//!                          -- Report by … / AUDIT COMMITTEE / 14 June 2027
//!                (the first line the title where no line above could show the
//!                block a title block; see title_atop_report_of. The body's first
//!                heading numbered with no stop, `1 PURPOSE AND SUMMARY`, ends
//!                the block: see shapes::numbered_section_line)
//! masthead     = a table opening the paper: the council, the committee and the
//!                date in its first column, the item's number beside them, no
//!                label anywhere (see table::is_masthead): a title block
//! closing_date = a field naming the meeting's date among the paper's last
//!                three lines (`**Date of meeting: 16 February 2027**`), where
//!                the sheet gives no date: the meeting's date
//! between      = field (marking | [name_line] body_line | blank title blank)
//!                blank{0,2} key_line        -- the sheet goes on past the lines
//!                -- Meeting Date: … / Westburn Health and Social Care Partnership /
//!                -- Integration Joint Board / Report By: …;  Date: … / OFFICIAL / Title: …
//!                (a marking from the vocabulary's `markings`; a body line only
//!                where nothing above names the meeting, and it then does; the
//!                title may wrap onto a second line where the first ends open,
//!                and may stand over two of the pack's labels with no colon,
//!                each over its value between blank lines, instead of a key line)
//! ```
//!
//! A line wholly in bold, key and value (`**Key Decision: Yes**\`, a
//! Pandoc hard break after it looked past), is a field where its label is
//! one of the pack's or one the parser knows, or where fields have begun.
//! A "Report by …" line with no colon under the title's heading straight
//! after the fields is still the sheet's (see [`report_of_under_title`]),
//! and so are a "Report by …" line and bold known fields further down a
//! title block of headings and bold dates (see [`fields_under_headings`]).
//!
//! A line wholly in bold with a colon inside straight under a front-sheet
//! table (`| **Committee and Date** | | **Item** |` … / blank / `**Adult
//! Social Care: Fairer Charging Policy – Outcome of Consultation**`) is the
//! paper's title, not a field, where its key is none of the labels the
//! parser knows nor one of the pack's section titles, and key and value
//! read as a title in title case (see [`bold_title_under_table`]).
//!
//! A line that is one of the pack's section titles in capitals
//! (`PURPOSE OF REPORT`) ends a value running over several lines, as
//! `pdftotext` sets the first heading straight under the last value.
//!
//! A value in capitals under a key in lower case (`Report Title:` / blank /
//! `PAY POLICY STATEMENT`), which is otherwise the next heading, is the
//! value when a key follows it after a blank line; it may wrap over up to
//! four lines.
//!
//! [`read`] looks for these before the builder runs, over the lines that
//! open the paper (the front sheet ends at the first heading, numbered
//! paragraph or piece of prose after a field), and says which lines each
//! field takes so that the builder does not read them again as headings
//! or paragraphs. Evidence is layout, not position: a line is a key only
//! when it reads as one (a label and a colon), and a value only when it is
//! short and follows a key.
//!
//! [`meetings`] then reads the meeting from the header fields: a meeting
//! field (`Meeting:`, `To:`, `Report to:`), its date (inside its value, as
//! in `To: Cabinet – 30 January 2025`, or in a date field), and, where no
//! field names the meeting, a committee's name standing alone under the
//! council's (`WESTMARCH COUNTY COUNCIL` / `CABINET` / `DATE: …`), or as a
//! heading under it (`## Cabinet`, `Report to Council` over `-----`), or an
//! unlabelled `| Overview and Scrutiny Committee | 18 June 2024 |` row. A
//! title line may be bilingual (`ADRODDIAD I'R CABINET / REPORT TO
//! CABINET`): each side is read, after a leading "Report to". A date alone
//! on the line under the committee's name (`Executive` / `12 March 2025`;
//! the time may open or close it: `10.00am, Thursday, 11 November 2027`,
//! and the agenda item's number may stand far right of it, as it may of
//! the committee's name: `EXECUTIVE COMMITTEE      ITEM: 7` is no field),
//! or set as a heading under it (`## CABINET` / `## 16 March 2026`), is
//! the meeting's when no date field gives it (the first heading may name
//! the committee where it is no organisation's own: `# HARBOURSIDE HEALTH
//! AND WELLBEING BOARD` / `## Thursday 18 September 2025`), and so is a date on the
//! line straight under a body's name anywhere in the title block
//! (`Brackenmoor Police and Crime Panel` / `2 February 2026` opening the
//! paper), or under a line whose part between dashes names one (`National
//! Park Authority Meeting – Part A` / `27 March 2026`, a running header
//! that opens the paper). An agenda item's number set again alone under
//! its item line (`Item 8` / … / `8.`) is a line of the title block, not
//! the body's first paragraph. Otherwise the paper's first line is the council's name, not
//! the meeting, and a first line naming a council stays so even over a
//! date; but where nothing else names the meeting and the sheet dates it,
//! a first line naming a committee (`Licensing Committee (Licensing Act
//! 2003` / `Functions)`, a bracket after the name looked past) names the
//! meeting, unless its last word is one of the vocabulary's
//! `organisation-words` ("Council", "Authority"). A committee's name of up
//! to ten words standing alone there (`NORTH COAST ARCHIVES AND MUSEUMS
//! JOINT COMMITTEE` in bold over a dated front-sheet table) names it too,
//! every word capitalised but "and", no linking word ("of", "to").
//! The parser knows no rule pack: the labels that name a meeting and its
//! date, the words that end a committee's name and the parts of a contact
//! come from the [`Vocabulary`] it is given (`meeting-keys`, `date-keys`,
//! `body-words`, `contact-parts`); the rules match every field against the
//! pack's aliases as before.

use super::field;
use super::inline::{is_capitals, plain, word_count};
use super::line::{Line, LineKind};
use crate::document::{DateMention, Field, Meeting, Span};
use crate::parse::vocabulary::{Vocabulary, Words};

mod layout;
mod meeting;
mod run_in;
mod shapes;
mod table;

use layout::{layout_beside_title, layout_column, layout_label_row};
use meeting::*;
pub(crate) use meeting::{body_item_line, footer_meeting, key_in, meetings, preamble_heading_body};
use run_in::run_in_fields;
pub(crate) use shapes::is_date_line;
use shapes::*;
use table::masthead;
pub(crate) use table::{body_row, table_fields, title_row, title_rows};

/// How many lines a front sheet's title block may take before its first field.
const MAX_LINES_BEFORE_FIELDS: usize = 12;
/// How many lines one value may take.
const MAX_VALUE_LINES: usize = 4;
/// How many blank lines may stand between a key and its value.
const MAX_BLANKS_BEFORE_VALUE: usize = 2;

/// A field the front sheet gives, and the lines it takes.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The field's first line.
    pub(crate) line: usize,
    /// The line after its last.
    pub(crate) next: usize,
    pub(crate) field: Field,
}

/// A line of the title block, before the first field.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TitleLine {
    pub(crate) span: Span,
    /// An ATX or setext heading (`## Cabinet`, `Cabinet` over `-----`).
    pub(crate) heading: bool,
}

/// What [`read`] found.
#[derive(Debug, Clone, Default)]
pub(crate) struct FrontSheet {
    /// Multi-line and bulleted fields, in line order.
    pub(crate) entries: Vec<Entry>,
    /// A line naming the meeting without a label (`CABINET` under the
    /// council's name), when one stands before the first field.
    pub(crate) body_line: Option<Span>,
    /// A date alone on its line right under a line naming the meeting
    /// (`Executive` / `12 March 2025`, `## CABINET` / `## 16 March 2026`):
    /// the meeting's date.
    pub(crate) body_date: Option<Span>,
    /// Lines before the first field (headings included): one may name the
    /// meeting and its date (`# Cabinet – 5th February 2025`).
    pub(crate) title_lines: Vec<TitleLine>,
    /// Where the last field the front sheet read ends: the header runs
    /// at least this far.
    pub(crate) fields_end: usize,
    /// The paper's title: the last line or lines of the title block before
    /// the first field that can be one (see [`could_be_title`]).
    pub(crate) title: Option<Span>,
    /// A heading straight under the heading naming the meeting and its
    /// date and straight over the fields (`# Audit Committee – 22 April
    /// 2027` / `## Annual Review of Risk Management …` / `Report of: …`):
    /// the paper's title where it is no section, which the builder judges
    /// (see [`heading_under_meeting`]).
    pub(crate) heading_title: Option<Span>,
    /// Unlabelled lines standing between two fields that the sheet went on
    /// past (see [`between_fields`]), in line order: the builder reads each
    /// as a line of text of its own, never as a heading.
    pub(crate) passed: Vec<usize>,
    /// One-line fields (`Key: value` on a line of text) read here but left
    /// for the builder to place, by line, in line order: the builder takes
    /// each instead of reading its line again.
    pub(crate) one_line: Vec<(usize, Option<Field>)>,
    /// Lines of the title block that read as a one-line field but are the
    /// paper's title with a colon in it (see [`colon_title`], and
    /// [`bold_title_under_table`] for one in bold under a front-sheet
    /// table), in line order: the builder reads no field on them.
    pub(crate) not_fields: Vec<usize>,
    /// The meeting's date given only at the paper's end, under a label
    /// naming the meeting (`**Date of meeting: 16 February 2027**` as its
    /// last line; see [`closing_meeting_date`]): the value's span, where
    /// the sheet gave no date.
    pub(crate) closing_date: Option<Span>,
}

impl FrontSheet {
    /// Records `field`, read from line `line` to the line before `next`.
    fn push(&mut self, line: usize, next: usize, field: Field) {
        self.fields_end = field.span.end;
        self.entries.push(Entry { line, next, field });
    }

    /// Adds a line of the title block found in a table (no heading), in
    /// its place among the others.
    pub(crate) fn insert_title_line(&mut self, span: Span) {
        let at = self
            .title_lines
            .partition_point(|t| t.span.start < span.start);
        self.title_lines.insert(
            at,
            TitleLine {
                span,
                heading: false,
            },
        );
    }
}

/// `field` with its value running over `value_span`: the lines joined,
/// markup removed.
fn with_value(mut field: Field, value_span: Span, text: &str) -> Field {
    field.value = plain(&without_quote_marks(value_span.of(text)));
    field.value_span = value_span;
    field.span = field.span.cover(value_span);
    field
}

/// `value`, a value's text over one line or more, without the blockquote
/// marks opening its further lines (`approval to` / `> procure`), as a
/// front sheet set in quotes is read past them (see
/// `line::strip_line_marks`).
fn without_quote_marks(value: &str) -> std::borrow::Cow<'_, str> {
    if !value.contains("\n>") {
        return std::borrow::Cow::Borrowed(value);
    }
    /// The line past its blockquote marks.
    fn unmarked(mut line: &str) -> &str {
        while let Some(rest) = line.strip_prefix("> ").or_else(|| line.strip_prefix('>')) {
            line = rest;
        }
        line
    }
    let lines: Vec<&str> = value
        .split('\n')
        .enumerate()
        .map(|(n, line)| if n == 0 { line } else { unmarked(line) })
        .collect();
    std::borrow::Cow::Owned(lines.join("\n"))
}

/// The content of lines `j` to the line before `k`.
fn lines_span(lines: &[Line<'_>], j: usize, k: usize) -> Span {
    let first = content_of(&lines[j]).1;
    Span::new(first, lines[k - 1].content_span().end.max(first))
}

/// Reads the front sheet at the top of the paper.
pub(crate) fn read(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    v: &Vocabulary,
) -> FrontSheet {
    let mut out = FrontSheet::default();
    let mut found = 0usize;
    let mut before = 0usize;
    let mut first_text: Option<usize> = None;
    // Whether the last line of the title block names a committee.
    let mut after_body = false;
    // Whether the last field read was a label and value with no colon.
    let mut bare_run = false;
    // The line after the last row of labels over its values read.
    let mut row_next: Option<usize> = None;
    // A title standing alone between the fields.
    let mut title_between: Option<Span> = None;
    // A title with a colon in it, wrapped (see [`colon_title`]).
    let mut colon_title_span: Option<Span> = None;
    // The title standing last in the title block over its "Report by …"
    // line (see [`title_over_report_of`]).
    let mut report_of_title: Option<Span> = None;
    // The title under the body an address names (see [`title_under_address`]).
    let mut address_title: Option<Span> = None;
    // The title in the lines run on from the meeting's line to a "Report
    // by …" line (see [`title_run_over_report_of`]).
    let mut run_title: Option<Span> = None;
    let mut i = 0;
    while i < lines.len() {
        match &kinds[i] {
            LineKind::Blank | LineKind::Comment | LineKind::Rule => {
                i += 1;
                continue;
            }
            // Tables are read by the builder; a front sheet can go on after one.
            LineKind::TableRow { .. } | LineKind::SpacedRow | LineKind::HtmlTable => {
                // A small table opening the paper with no label in it
                // (the authority's name beside the agenda item's number)
                // is the title block's, not a field: the block goes on
                // under it.
                if found == 0 && before == 0 && out.title_lines.is_empty() {
                    if let Some(end) = title_table_end(lines, kinds, i, v) {
                        i = end;
                        continue;
                    }
                    // The council, the committee and the date set in the
                    // table's first column: the title block's lines, the
                    // committee the meeting and the date its date.
                    if let Some((end, cells, (body, date))) = masthead(text, lines, kinds, i, v) {
                        for span in &cells {
                            out.title_lines.push(TitleLine {
                                span: *span,
                                heading: false,
                            });
                        }
                        before += cells.len();
                        first_text = Some(i);
                        out.body_line = Some(cells[body]);
                        out.body_date = Some(cells[date]);
                        i = end;
                        continue;
                    }
                }
                found += 1;
                i += 1;
                continue;
            }
            LineKind::Atx { title, .. } => {
                if found > 0 {
                    // "**Ward(s) Affected: All**" / "# Joint Parking
                    // Strategy" / "**Report by the Director for Place**":
                    // the title's heading closes the fields, but the
                    // report-of line under it is still the sheet's.
                    if let Some((f, next)) = report_of_under_title(text, lines, kinds, i, *title, v)
                    {
                        out.push(next.0, next.1, f);
                    } else {
                        // "# Report to Cabinet Member for Highways" /
                        // "**February 2027**" / "# Title" / "**Report by
                        // …**" / "**Electoral division(s): All**".
                        for (f, next) in fields_under_headings(text, lines, kinds, i, v) {
                            out.push(next.0, next.1, f);
                        }
                        // The heading names the meeting (the decision
                        // maker) where no line above did.
                        if out.body_line.is_none() {
                            let raw = title.of(text);
                            out.body_line = labelled_body(&plain(raw), v).and_then(|body| {
                                let at = raw.find(body)?;
                                Some(Span::new(title.start + at, title.start + at + body.len()))
                            });
                        }
                    }
                    break;
                }
                let flat = plain(title.of(text));
                // "## CABINET" / "## 16 March 2026": the meeting's date as
                // a heading under the committee's name.
                if after_body && out.body_date.is_none() && is_date_line(&flat) {
                    out.body_date = Some(*title);
                }
                // The paper's first line names the council, not the
                // meeting; but a first heading naming a committee that is
                // no organisation's own (`# HARBOURSIDE HEALTH AND
                // WELLBEING BOARD` / `## Thursday 18 September 2025`)
                // names the meeting the date under it is for.
                after_body = body_name(&flat, v).is_some_and(|name| {
                    !out.title_lines.is_empty() || !names_the_organisation(name, v)
                });
                out.title_lines.push(TitleLine {
                    span: *title,
                    heading: true,
                });
                before += 1;
                i += 1;
                continue;
            }
            // "12 March 2025" under the committee's name reads as item 12,
            // and "Item 8" / … / "8." sets the item's number again alone.
            LineKind::Item(m)
                if m.bullet.is_none()
                    && !(found == 0
                        && (is_date_line(content_of(&lines[i]).0)
                            || repeats_item_number(text, content_of(&lines[i]).0, &out))) =>
            {
                break
            }
            _ => {}
        }
        if is_underline(lines, i + 1) {
            if found > 0 {
                break;
            }
            // A setext title over the front sheet.
            let span = lines[i].content_span();
            let flat = plain(span.of(text));
            if after_body && out.body_date.is_none() && is_date_line(&flat) {
                out.body_date = Some(span);
            }
            after_body = !out.title_lines.is_empty() && body_name(&flat, v).is_some();
            out.title_lines.push(TitleLine {
                span,
                heading: true,
            });
            before += 1;
            i += 2;
            continue;
        }
        // "To the Chair and Members of the" / "CABINET": the body the paper
        // is addressed to is the meeting, and the title may stand under it.
        if !meeting_named(text, &out, v) {
            if let Some(body) = address_over_body(lines, kinds, i, v) {
                for k in [i, i + 1] {
                    out.title_lines.push(TitleLine {
                        span: content_span(&lines[k]),
                        heading: false,
                    });
                }
                out.body_line = Some(body);
                if found > 0 {
                    out.passed.extend([i, i + 1]);
                }
                i += 2;
                if let Some((j, k)) = title_under_address(lines, kinds, i, v) {
                    for n in j..k {
                        if field_on(lines, kinds, n).is_some() {
                            out.not_fields.push(n);
                        }
                        out.passed.push(n);
                    }
                    address_title = Some(lines_span(lines, j, k));
                    i = k;
                }
                continue;
            }
        }
        // "**Date of meeting** -- Thursday, 14 October 2027", "Date of
        // meeting ..... Tuesday 9 November 2027", "MEETING DATE Thursday
        // 18 November 2027": labels run into their values, no colon.
        if let Some(run) = run_in_fields(text, lines, kinds, i, v) {
            for (line, next, f) in run {
                found += 1;
                out.push(line, next, f);
                i = next;
            }
            continue;
        }
        // "Tenancy Strategy 2028–2033 and Tenancy     Committee:   Housing
        // Committee": the fields in a column beside the title.
        if let Some(run) = layout_beside_title(lines, kinds, i, v) {
            for (line, next, f) in run {
                found += 1;
                out.push(line, next, f);
                i = next;
            }
            continue;
        }
        // "Subject            Street Trading Policy" / "Director   Adrian
        // Fell": labels and values in two columns, as `-layout` keeps them.
        if let Some(run) = layout_column(text, lines, kinds, i, v) {
            for (line, next, f) in run {
                found += 1;
                out.push(line, next, f);
                i = next;
            }
            continue;
        }
        // "Relevant Cabinet Member(s)   Wards Affected   Key Decision" over
        // "Councillor …   All   Yes": labels in a row over their values.
        if let Some(row) = layout_label_row(lines, kinds, i, v) {
            let end = row.iter().map(|(_, _, f)| f.span.end).max();
            for (line, next, f) in row {
                found += 1;
                out.push(line, next, f);
                i = next;
            }
            out.fields_end = end.unwrap_or(out.fields_end);
            continue;
        }
        if let Some((f, next)) = definition_entry(text, lines, kinds, i) {
            found += 1;
            out.push(i, next, f);
            i = next;
            continue;
        }
        // "Date of meeting" / blank / "Wednesday 10 December 2025".
        if let Some((f, next)) = bare_field(text, lines, kinds, i, bare_run, v) {
            found += 1;
            bare_run = true;
            out.push(i, next, f);
            i = next;
            continue;
        }
        bare_run = false;
        // "Committee" / "CABINET" / "Date" / "12 MARCH 2026" / …: labels
        // and values on alternate lines.
        if let Some(run) = label_pairs(text, lines, kinds, i, found > 0, v) {
            for (line, next, f) in run {
                found += 1;
                out.push(line, next, f);
                i = next;
            }
            continue;
        }
        // "Meeting of" / "Date" / "Ward(s)", then their values.
        // (Straight after such a row, only blank lines between.)
        let after_row = row_next.is_some_and(|r| (r..i).all(|k| is_blank(kinds, k)));
        if let Some(row) = label_row(text, lines, kinds, i, after_row, v) {
            for (line, next, f) in row {
                found += 1;
                out.push(line, next, f);
                i = next;
            }
            row_next = Some(i);
            continue;
        }
        // "Committee:" / "Date:" / "Subject:", then their values; or
        // "Executive/routine" / "Wards" / "Council Commitments", then
        // their values, under a dated title block; or "Application
        // Number" / "27/01184/FUL" / … / "Ward" / "Shelton and Wyke":
        // labels, only some of them the pack's, over values.
        let dated = out.body_date.is_some();
        if let Some(run) = label_column(text, lines, kinds, i, v)
            .or_else(|| mixed_label_column(text, lines, kinds, i, dated, v))
            .or_else(|| mixed_label_pairs(text, lines, kinds, i, v))
        {
            for (line, next, f) in run {
                found += 1;
                out.push(line, next, f);
                i = next;
            }
            continue;
        }
        // "Is this a key decision?" / "☐ Yes" / "☒ No": the ticked box
        // answers (only among fields, where the sheet goes on).
        if found > 0 {
            if let Some((f, next)) = boxed_question(lines, kinds, i) {
                found += 1;
                out.push(i, next, f);
                i = next;
                continue;
            }
        }
        // "**Adult Social Care: Fairer Charging Policy**" straight under a
        // front-sheet table: the paper's title, and the sheet goes on.
        if found > 0 && colon_title_span.is_none() {
            if let Some(span) = bold_title_under_table(lines, kinds, i, v) {
                out.not_fields.push(i);
                colon_title_span = Some(span);
                i += 1;
                continue;
            }
        }
        // "Contact: …" / "AWARD OF CONTRACT: SUPPLY AND DELIVERY OF DE-ICING
        // SALT" / "2028 TO 2032" / "Purpose of Report:": the title in
        // capitals between the fields of a title block's sheet, and the
        // sheet goes on.
        if found > 0
            && colon_title_span.is_none()
            && title_between.is_none()
            && out.title_lines.iter().any(|t| block_line(text, t, v))
        {
            if let Some(end) = capitals_colon_title(lines, kinds, i, v) {
                out.not_fields.push(i);
                out.passed.extend(i..end);
                colon_title_span = Some(lines_span(lines, i, end));
                i = end;
                continue;
            }
        }
        // "EXECUTIVE COMMITTEE      ITEM: 7": the item's number far right
        // of a line of the title block makes it no field.
        let item_beside = found == 0
            && matches!(kinds[i], LineKind::Text)
            && has_item_far_right(content_of(&lines[i]).0);
        if item_beside {
            out.not_fields.push(i);
        }
        // The line after the key: a wrapped key or a question takes more.
        let mut key_end = i + 1;
        let on = field_on(lines, kinds, i)
            .or_else(|| bold_front_field(lines, kinds, i, found > 0, v))
            .or_else(|| {
                // "Report" / "authorised by:", "MEETING/" / "DECISION" /
                // "MAKER:" (opening the sheet, the pack's labels only).
                if let Some((f, end)) = wrapped_key(lines, kinds, i, found == 0, v) {
                    key_end = end;
                    return Some(f);
                }
                // "Is this a key decision?" / blank / "Yes"; "KEY DECISION
                // REF NO." / blank / "TBC": only among fields, where the
                // sheet goes on.
                if found == 0 {
                    return None;
                }
                if let Some(f) = abbreviated_key(lines, kinds, i) {
                    return Some(f);
                }
                let (f, end) = question_key(lines, kinds, i)?;
                key_end = end;
                Some(f)
            })
            .filter(|_| !item_beside);
        // "Lomond Leisure Trust: Funding Agreement and Transfer of" /
        // "Balloch Sports Hub 2026-2029" under the title block: the title.
        // "Report of the Director of Neighbourhoods" / "Safer Eastmere
        // Partnership: performance 2026/27" / "Lead officer: …": the title
        // on one line, the block's only line that is none of its others.
        // "Agenda Item No: 7" / blank / "Bus Franchising: First Year of
        // Operation – Findings of the Scrutiny" / "Task and Finish Group":
        // the item's number read as a field opens a title block as well.
        // "Housing Scrutiny Commission" / "Date of meeting: 8 June 2027" /
        // blank / "Temporary Accommodation: Use of Bed and" / "Breakfast
        // and the Placement Policy Review" / blank / "Lead director: …":
        // the wrapped title under the meeting's fields, a labelled field
        // under it (see [`title_under_meeting_fields`]).
        let on = on.filter(|f| {
            let block_above = if found == 0 {
                out.title_lines.iter().any(|t| block_line(text, t, v))
            } else {
                all_item_fields(&out, found)
            };
            let end = block_above
                .then(|| {
                    colon_title(lines, kinds, i, f, v).or_else(|| {
                        lone_colon_title(text, lines, kinds, i, f, &out, v).then_some(i + 1)
                    })
                })
                .flatten()
                .or_else(|| {
                    (found > 0 && title_under_meeting_fields(text, kinds, i, &out, found, v))
                        .then(|| colon_title(lines, kinds, i, f, v))
                        .flatten()
                        .filter(|&end| labelled_field_after(lines, kinds, end, v))
                });
            if let Some(end) = end {
                out.not_fields.push(i);
                colon_title_span.get_or_insert(lines_span(lines, i, end));
            }
            end.is_none()
        });
        match on {
            Some(f) if !f.is_empty() => {
                found += 1;
                let wrapped = match &kinds[i] {
                    LineKind::Text => {
                        let capitals = is_capitals(&f.key);
                        let end = match hanging_wrap_end(lines, kinds, i, capitals, v) {
                            // "Report of: …, Housing and" / "Regeneration".
                            end if end == i + 1 => open_wrap_end(lines, kinds, i, &f, v),
                            end => end,
                        };
                        hard_break_end(lines, kinds, i, end, capitals, v)
                    }
                    // "- **Title:** Review of the Council Procedure Rules:
                    // petitions, public" / "    questions and notices of
                    // motion": a bullet's value wrapped under its text.
                    LineKind::Item(m) if m.bullet.is_some() => {
                        hanging_wrap_end(lines, kinds, i, is_capitals(&f.key), v)
                    }
                    _ => i + 1,
                };
                if wrapped > i + 1 {
                    let last = lines[wrapped - 1].content_span();
                    let value_span = Span::new(f.value_span.start, last.end);
                    out.push(i, wrapped, with_value(f, value_span, text));
                } else if matches!(kinds[i], LineKind::Item(_)) || builder_misses(lines, i) {
                    out.push(i, i + 1, f);
                } else {
                    out.fields_end = f.span.end;
                    // Read by `field::field` (the line has a colon), as the
                    // builder reads a line: it may take this one as it is.
                    if field::has_colon(content_of(&lines[i]).0) {
                        out.one_line.push((i, Some(f)));
                    }
                }
                i = wrapped;
            }
            // The forward timetable is read by the builder.
            Some(f) if super::is_timetable_key(&f.key) => break,
            Some(f) => {
                // "- **Contact:**" over a list nested under it: the list
                // is the value.
                if let Some(end) = nested_list_end(lines, kinds, i) {
                    found += 1;
                    out.push(i, end, with_nested_list(f, lines, kinds, i, end));
                    i = end;
                    continue;
                }
                // A key with its value on the following lines.
                let key_capitals = is_capitals(&f.key);
                let mut j = key_end;
                let mut blanks = 0;
                while j < lines.len() && is_blank(kinds, j) && blanks < MAX_BLANKS_BEFORE_VALUE {
                    j += 1;
                    blanks += 1;
                }
                // A value in capitals, perhaps wrapped, under a key in
                // lower case.
                let capitals_end = (blanks > 0
                    && j < lines.len()
                    && !value_line(lines, kinds, j, key_capitals, v))
                .then(|| capitals_value(lines, kinds, j, &f.key, v))
                .flatten();
                let mut k = j;
                while k < lines.len()
                    && k - j < MAX_VALUE_LINES
                    // "CONTACT OFFICER:" / a name / "PURPOSE OF REPORT";
                    // but "Corporate Director of" / "Environment" is one
                    // value cut where the line ran out.
                    && !(k > j
                        && section_title_alone(lines, kinds, k, v)
                        && !ends_open(&plain(content_of(&lines[k - 1]).0)))
                    && (value_line(lines, kinds, k, key_capitals, v)
                        || capitals_end.is_some_and(|e| k < e)
                        || (k == j
                            && blanks > 0
                            && wrapped_value(lines, kinds, k, key_capitals, v))
                        || (k == j && blanks > 0 && colon_in_value(lines, kinds, k, v))
                        // "Report title:" / "Adult Social Care: Fees …" /
                        // "Meeting date:": keys over values, no blank between.
                        || (k == j && blanks == 0 && colon_value_under_key(lines, kinds, k, v))
                        || (k == j
                            && bold_label(lines, kinds, i).is_some()
                            && stacked_value(lines, kinds, k))
                        || (k == j
                            && key_in(&f.key, &v.meeting_keys)
                            && names_meeting(lines, kinds, k, v)))
                {
                    k += 1;
                }
                // The value ends at a blank line, at another field, at the
                // body, or at a ruling line (`On:` / `3 June 2027` /
                // `_____`: a cover whose blocks are ruled off).
                if k > j
                    && !(k < lines.len()
                        && !is_blank(kinds, k)
                        && !matches!(kinds[k], LineKind::Rule)
                        && !starts_entry(lines, kinds, k, v)
                        && !starts_body(kinds, k)
                        && !section_title_alone(lines, kinds, k, v))
                {
                    out.push(i, k, with_value(f, lines_span(lines, j, k), text));
                    found += 1;
                    i = k;
                } else if let Some(k) = named_contact_end(lines, kinds, j, v) {
                    // "Contact for further information:" / "Jo Bloggs, Tel:
                    // 01632 960 218, Flood Risk Manager," / an e-mail
                    // address, where no value line above carries on.
                    out.push(i, k, with_value(f, lines_span(lines, j, k), text));
                    found += 1;
                    i = k;
                } else if let Some(k) = contact_parts_end(lines, kinds, j, v) {
                    // "Contact Officer:" / "Name: …" / "Tel: …" / "Email: …".
                    out.push(i, k, with_value(f, lines_span(lines, j, k), text));
                    found += 1;
                    i = k;
                } else if let Some(k) = split_contact_parts_end(lines, kinds, j, v) {
                    // "Contact Officer:" / "Name:" / blank / value / "Tel:" / …
                    out.push(i, k, with_value(f, lines_span(lines, j, k), text));
                    found += 1;
                    i = k;
                } else if j >= lines.len() || starts_entry(lines, kinds, j, v) {
                    // An empty field: the next line is another key. A box
                    // ticked beside it may answer it ("Ward No(s):" / … /
                    // "Citywide: ✓").
                    let f = match ticked_answer(lines, kinds, j, v) {
                        Some(tick) => with_value(f, tick, text),
                        None => f,
                    };
                    out.push(i, key_end, f);
                    found += 1;
                    i = key_end;
                } else {
                    // "Purpose of the report:" over prose: the body begins.
                    break;
                }
            }
            None => {
                // "Report Title: …" / "Full Council – 20 March 2025": the
                // meeting's name and date straight under the first field.
                if found >= 1 && names_body_and_date(content_of(&lines[i]).0, v) {
                    let (content, base) = content_of(&lines[i]);
                    out.title_lines.push(TitleLine {
                        span: Span::new(base, base + content.trim_end().len()),
                        heading: false,
                    });
                    i += 1;
                    continue;
                }
                // "Agenda Item: 8" / "Audit and Standards Committee" /
                // "10 February 2025": a committee's name with its date on
                // the line under it, between the first fields.
                if found >= 1 && out.body_date.is_none() && !meeting_named(text, &out, v) {
                    if let Some((name, date)) = body_and_date_lines(text, lines, kinds, i, v) {
                        for span in [name, date] {
                            out.title_lines.push(TitleLine {
                                span,
                                heading: false,
                            });
                        }
                        out.body_line = Some(name);
                        out.body_date = Some(date);
                        i += 2;
                        continue;
                    }
                }
                // "| **Key Decision:** | Yes |" / "**REPORT OF THE EXECUTIVE
                // DIRECTOR, INVESTMENT AND DELIVERY**": a report-of line
                // with no colon straight under the fields is the sheet's.
                if found > 0
                    && out
                        .entries
                        .iter()
                        .all(|e| !field::is_report_of_key(&e.field.key))
                {
                    if let Some((f, next)) = title_block_report_of(lines, kinds, i, text) {
                        found += 1;
                        out.push(i, next, f);
                        i = next;
                        continue;
                    }
                }
                if found > 0 {
                    if !(found == 1
                        && out.title_lines.is_empty()
                        && first_text.is_none()
                        && title_under_top_line(lines, kinds, i))
                    {
                        // "OFFICIAL", a body's name or the title standing
                        // between two fields: the sheet goes on past it.
                        let Some((between, next)) = between_fields(text, lines, kinds, i, v) else {
                            // The rest of the title block run on under the
                            // meeting's line down to a "Report by …" line.
                            if let Some((title, next)) =
                                title_run_over_report_of(text, lines, kinds, i, &out, v)
                            {
                                run_title.get_or_insert(title);
                                out.passed.extend(i..next);
                                i = next;
                                continue;
                            }
                            break;
                        };
                        match between {
                            Between::Marking => {}
                            // Only where nothing above names the meeting:
                            // under "Full Council – 20 March 2025" the
                            // council's own name ends the sheet.
                            Between::Body(_) if meeting_named(text, &out, v) => break,
                            Between::Body(span) => out.body_line = Some(span),
                            Between::Title(span) => {
                                title_between.get_or_insert(span);
                            }
                        }
                        out.passed.extend(i..next);
                        i = next;
                        continue;
                    }
                    // The paper's first line only looked like a field: the
                    // title block goes on under it.
                    found = 0;
                }
                // "1 PURPOSE AND SUMMARY": the body's first heading,
                // numbered with no stop, ends the title block.
                if numbered_section_line(content_of(&lines[i]).0, v) {
                    break;
                }
                before += 1;
                if before > MAX_LINES_BEFORE_FIELDS {
                    break;
                }
                // "Report of the Treasurer and the Chief Fire Officer" in
                // the title block, which the builder may read after a
                // heading (the committee's name) has closed its preamble.
                if let Some((mut f, mut next)) = title_block_report_of(lines, kinds, i, text) {
                    if report_of_title.is_none() {
                        report_of_title = title_over_report_of(text, lines, kinds, &out, v);
                    }
                    // "Report of the Strategic Director, Place to the
                    // meeting of Executive to be held on" / "Tuesday 2
                    // February 2027": the meeting and its date, where no
                    // line above has dated one. The sentence may also
                    // stand a part to a line (`REPORT OF THE STRATEGIC
                    // DIRECTOR` / `TO THE PROCUREMENT BOARD` / `ON
                    // WEDNESDAY, 3RD FEBRUARY 2027`).
                    if out.body_date.is_none() {
                        let run_on = to_and_on_lines(lines, kinds, next)
                            .map(|end| (Span::new(f.value_span.start, end), next + 2));
                        let found = std::iter::once((f.value_span, next))
                            .chain(run_on)
                            .find_map(|(value, after)| {
                                report_to_meeting(value.of(text), value.start, v)
                                    .map(|m| (m, after))
                            });
                        if let Some(((cut, name, date), after)) = found {
                            let officer = Span::new(f.value_span.start, f.value_span.start + cut);
                            f = with_value(f, officer, text);
                            out.body_line = Some(name);
                            out.body_date = Some(date);
                            next = after;
                        }
                    }
                    out.push(i, next, f);
                    i = next;
                    continue;
                }
                let (content, base) = content_of(&lines[i]);
                let span = Span::new(base, base + content.len());
                out.title_lines.push(TitleLine {
                    span,
                    heading: false,
                });
                // The council's name heads the paper (over one line or
                // more); a committee's name standing alone under it names
                // the meeting, and a date alone right under that name is
                // the meeting's.
                if after_body && out.body_date.is_none() && is_dated_title_line(content) {
                    out.body_date = Some(span);
                } else if out.body_date.is_none() && is_dated_title_line(content) {
                    // "Brackenmoor Police and Crime Panel" / "2 February
                    // 2026", or a committee straight under the council's
                    // name: a body's name with its date on the next line.
                    if let Some(name) = body_over_date(text, lines, kinds, i, &out.title_lines, v) {
                        out.body_line = Some(name);
                        out.body_date = Some(span);
                    }
                }
                after_body = false;
                if first_text.is_none() {
                    first_text = Some(i);
                } else if i > 0 && is_blank(kinds, i - 1) && out.body_date.is_none() {
                    // "PLANNING COMMITTEE      Agenda Item 6": pdftotext's
                    // wide gap ends the committee's name. (Under a body's
                    // name already dated, a cover table's "Executive" is
                    // no other meeting.)
                    let first_column = content.trim_start().split("   ").next().unwrap_or("");
                    if body_name(&plain(content), v).is_some() {
                        out.body_line = Some(span);
                        after_body = true;
                    } else if body_name(&plain(first_column), v).is_some() {
                        let at =
                            base + (first_column.as_ptr() as usize - content.as_ptr() as usize);
                        out.body_line = Some(Span::new(at, at + first_column.trim_end().len()));
                        after_body = true;
                    }
                }
                i += 1;
            }
        }
    }
    // "Executive Summary" / … / "Background papers" / … / "Wards affected"
    // / "Holtmere" / …: a cover whose summary rows come before its field
    // rows.
    // The title block ends at the first summary row, whether the sheet
    // read the field rows under the rows itself or they are found here.
    if let Some((cut, row)) = out
        .body_date
        .and_then(|_| summary_row(text, lines, &out.title_lines, v))
    {
        if found == 0 {
            if let Some(run) = fields_after_summary(text, lines, kinds, i.max(row + 1), row, v) {
                out.title_lines.truncate(cut);
                for (line, next, f) in run {
                    found += 1;
                    out.push(line, next, f);
                }
            }
        } else if out.entries.first().is_some_and(|e| e.line > row) {
            out.title_lines.truncate(cut);
        }
    }
    // "**Date of meeting: 16 February 2027**" closing the paper: the
    // meeting's date, a field of the sheet's (the header runs no further
    // for it).
    if let Some((k, f)) = closing_meeting_date(text, lines, kinds, &out, v) {
        out.closing_date = Some(f.value_span);
        out.entries.push(Entry {
            line: k,
            next: k + 1,
            field: f,
        });
    }
    // No field, but a committee's name over a date alone on its line
    // ("Education Committee" / blank / "3 March 2026", as a Scottish title
    // block gives them): the title block is the front sheet.
    if found == 0 && out.body_date.is_none() && out.closing_date.is_none() {
        out.body_line = None;
        // "BRAEMUIR COUNCIL" / … / "2027/28 REVENUE BUDGET" / "REPORT BY
        // DIRECTOR OF FINANCE" with no blank line between, as raw
        // `pdftotext` prints a cover: no field, but the title over the
        // report-of line is the block's title all the same.
        out.title = report_of_title;
    } else {
        if found > 0 {
            out.heading_title = heading_under_meeting(text, lines, kinds, &out, v);
        }
        out.title = block_title(text, lines, kinds, &out.title_lines, v)
            .or(title_between)
            .or(run_title)
            .or(report_of_title)
            .or_else(|| title_atop_report_of(text, lines, &out, v));
    }
    // The lines that showed themselves a title are the title.
    if let Some(span) = colon_title_span.or(address_title) {
        out.title = Some(span);
    }
    out
}

/// How many of the paper's last lines (blank lines aside) a closing
/// meeting date may stand among.
const CLOSING_LINES: usize = 3;

/// The meeting's date given at the paper's end, where the front sheet
/// `out` gave none: among its last [`CLOSING_LINES`] lines, blank lines
/// aside, a field on a line of its own (wholly in bold or not) whose label
/// is one of the vocabulary's `date-keys` of two words or more, one that
/// names the meeting (`Date of meeting`, `Meeting date`, not `Date`, which
/// a signature block dates itself by), and whose value is a date alone:
///
/// ```text
/// **Jill Aitchison-Rowe**
///
/// **Head of Operational Services**
///
/// **Date of meeting: 16 February 2027**
/// ```
///
/// Gives the line and its field.
fn closing_meeting_date(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    out: &FrontSheet,
    v: &Vocabulary,
) -> Option<(usize, Field)> {
    let fields = out.entries.iter().map(|e| &e.field);
    let one_line = out.one_line.iter().filter_map(|(_, f)| f.as_ref());
    let dated = out.body_date.is_some()
        || fields.chain(one_line).any(|f| key_in(&f.key, &v.date_keys))
        || out
            .title_lines
            .iter()
            .any(|t| !crate::parse::dates::find_dates(t.span.of(text), 0).is_empty());
    if dated {
        return None;
    }
    (0..lines.len())
        .rev()
        .filter(|&k| !is_blank(kinds, k))
        .take(CLOSING_LINES)
        .find_map(|k| {
            if !matches!(kinds[k], LineKind::Text | LineKind::Atx { .. }) {
                return None;
            }
            let (content, base) = content_of(&lines[k]);
            let content = match kinds[k] {
                LineKind::Atx { title, .. } => title.of(text),
                _ => content,
            };
            let base = match kinds[k] {
                LineKind::Atx { title, .. } => title.start,
                _ => base,
            };
            let f = bold_line_field(content, base).or_else(|| field::field(content, base, true))?;
            let names_meeting = word_count(f.key.trim()) >= 2 && key_in(&f.key, &v.date_keys);
            (names_meeting && is_date_line(&plain(&f.value))).then_some((k, f))
        })
}

/// The most lines, frames included, a title table (see
/// [`title_table_end`]) may take.
const MAX_TITLE_TABLE_LINES: usize = 6;

/// The line after a title table opening the paper at line `i`: a table
/// of at most [`MAX_TITLE_TABLE_LINES`] lines in which no line has a
/// colon or a date (a table dating the meeting is the front sheet's: "|
/// Committee and Date |" over "| Cabinet |" and "| 17 February 2027 |")
/// and no cell is one of the pack's labels, as a fire authority's
/// cover sets its name beside the agenda item's number:
///
/// ```text
///   ---------------------------------------- -----------------
///   **CAMBRIAN VALLEYS FIRE & RESCUE AUTHORITY**  **AGENDA ITEM NO
///                                                 7**
///   ---------------------------------------- -----------------
/// ```
///
/// The unlabelled lines under it (the committee, the date, "REPORT OF THE
/// TREASURER") are then read as a title block is.
fn title_table_end(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<usize> {
    let mut end = i;
    while end < lines.len() && matches!(kinds[end], LineKind::TableRow { .. } | LineKind::SpacedRow)
    {
        end += 1;
    }
    if end == i || end - i > MAX_TITLE_TABLE_LINES {
        return None;
    }
    let labelled = (i..end).any(|k| {
        let flat = plain(content_of(&lines[k]).0);
        let words = flat.contains(char::is_alphanumeric);
        (words && flat.contains(':'))
            || !crate::parse::dates::find_dates(&flat, 0).is_empty()
            || flat
                .split(['|', '\t'])
                .flat_map(|c| c.split("  "))
                .map(str::trim)
                .any(|c| !c.is_empty() && key_in(c, &v.field_keys))
    });
    (!labelled).then_some(end)
}

/// How many lines [`fields_after_summary`] looks over for the field rows.
const MAX_SUMMARY_LINES: usize = 60;

/// The field rows of a cover that sets its summary rows first, as
/// `pdftotext` reads a district's cover table one cell a line:
///
/// ```text
/// Cabinet
/// 7 June 2027
/// Disposal of the Former Council Depot, Station Road, Holtmere
/// Executive Summary
/// This report seeks approval to sell …
/// Options considered
/// …
/// Background papers
/// Cabinet report, "Depot Relocation – Fakenbury", 3 July 2023; …
///
/// Wards affected
/// Holtmere
/// Cabinet
/// member(s)
/// Cllr Lucy Shepherd, Portfolio Holder for Finance, Estates and Property
/// Services
/// Contact Officer
/// …
/// ```
///
/// Where the title block named and dated the meeting, and one of its
/// plain lines is one of the pack's section titles (the first summary row,
/// see [`summary_row`]), the first run of the pack's labels over their
/// values (see [`label_pairs`]) that opens after a blank line, from line
/// `from` (where the title block's reading stopped) and within
/// [`MAX_SUMMARY_LINES`] lines of that row (line `row`), before any
/// heading, is the sheet's. Gives the run's fields.
fn fields_after_summary(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    from: usize,
    row: usize,
    v: &Vocabulary,
) -> Option<Vec<(usize, usize, Field)>> {
    let end = (row + MAX_SUMMARY_LINES).min(lines.len());
    for n in from..end {
        if matches!(kinds[n], LineKind::Atx { .. }) || is_underline(lines, n + 1) {
            return None;
        }
        if !is_blank(kinds, n - 1) {
            continue;
        }
        if let Some(run) = label_pairs(text, lines, kinds, n, false, v) {
            return Some(run);
        }
    }
    None
}

/// The first summary row of a cover that sets its summary rows straight
/// under its title block (`Cabinet` / `7 June 2027` / the title /
/// `Executive Summary` / …): the first plain line among `title_lines`
/// that is one of the pack's section titles, after a line that shows the
/// block a title block (see [`block_line`]). Gives its index among
/// `title_lines` and its line.
fn summary_row(
    text: &str,
    lines: &[Line<'_>],
    title_lines: &[TitleLine],
    v: &Vocabulary,
) -> Option<(usize, usize)> {
    let cut = title_lines.iter().position(|t| {
        let flat = plain(t.span.of(text)).to_lowercase();
        let flat = flat.split_whitespace().collect::<Vec<_>>().join(" ");
        !t.heading && v.section_titles.contains(flat.as_str())
    })?;
    if !title_lines[..cut].iter().any(|t| block_line(text, t, v)) {
        return None;
    }
    let row = lines.partition_point(|l| l.start <= title_lines[cut].span.start) - 1;
    Some((cut, row))
}

/// Where a title block's "to" line and "on" line end, when lines `k` and
/// `k + 1` are they (`TO THE PROCUREMENT BOARD` / `ON WEDNESDAY, 3RD
/// FEBRUARY 2027`, under a report-of line): the first opens with "to",
/// the second with "on" before a date alone. Whether the first names a
/// body is [`report_to_meeting`]'s to say.
fn to_and_on_lines(lines: &[Line<'_>], kinds: &[LineKind], k: usize) -> Option<usize> {
    let text_line = |n: usize| {
        (n < lines.len() && matches!(kinds[n], LineKind::Text)).then(|| content_of(&lines[n]).0)
    };
    let opens_with = |line: &str, word: &str| {
        let flat = plain(line);
        let mut words = flat.split_whitespace();
        words.next().is_some_and(|w| w.eq_ignore_ascii_case(word)) && words.next().is_some()
    };
    let (to, on) = (text_line(k)?, text_line(k + 1)?);
    let date = on.trim_start().get(2..)?;
    (opens_with(to, "to") && opens_with(on, "on") && is_date_line(date))
        .then(|| lines[k + 1].content_span().end)
}

/// A report-of line with no colon (see [`title_block_report_of`]) under
/// heading `i` (its title `title`, up to [`MAX_BLANKS_BEFORE_VALUE`] blank
/// lines between) that stands straight after the front sheet's fields:
/// the paper's title set as a heading over its "Report by …" line
/// (`**Ward(s) Affected: All**` / `# Joint Parking Strategy` / `**Report
/// by the Director for Place**`). The heading must read as a title (see
/// [`could_be_title`]): no number, none of the pack's section titles.
/// Gives the field, and its first line and the line after it.
fn report_of_under_title(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    title: Span,
    v: &Vocabulary,
) -> Option<(Field, (usize, usize))> {
    let flat = plain(title.of(text));
    let flat = flat.trim();
    if !could_be_title(flat, v)
        || flat.starts_with(|c: char| c.is_ascii_digit())
        || v.section_titles.contains(flat.to_lowercase().as_str())
    {
        return None;
    }
    let j = (i + 1..lines.len()).find(|&j| !is_blank(kinds, j))?;
    if j - i > MAX_BLANKS_BEFORE_VALUE + 1 {
        return None;
    }
    let (f, next) = title_block_report_of(lines, kinds, j, text)?;
    Some((f, (j, next)))
}

/// How many lines, blank or not, [`fields_under_headings`] looks over.
const MAX_TITLE_BLOCK_LINES: usize = 16;

/// The fields of a title block set as headings and bold lines straight
/// after the front sheet's fields, where the title's heading is not first
/// (`# Report to Cabinet Member for Highways and Transport` /
/// `**February 2027**` / `# Local Cycling and Walking Plan` / `**Report by
/// Director of Place Services**` / `**Electoral division(s): All**`): from
/// heading `i` on, over headings that read as a title block's (see
/// [`title_block_heading`]) and bold lines holding only a date, a
/// report-of line with no colon (see [`title_block_report_of`]) or a line
/// wholly in bold whose label is one the parser knows (see
/// [`bold_front_field`]) is a field. Anything else ends the block; the
/// walk covers at most [`MAX_TITLE_BLOCK_LINES`] lines. Gives each field,
/// and its first line and the line after it.
fn fields_under_headings(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Vec<(Field, (usize, usize))> {
    let mut found = Vec::new();
    let mut k = i;
    let end = lines.len().min(i + MAX_TITLE_BLOCK_LINES);
    while k < end {
        match &kinds[k] {
            LineKind::Blank => {}
            LineKind::Atx { title, .. } => {
                if !title_block_heading(&plain(title.of(text)), v) {
                    break;
                }
            }
            LineKind::Text => {
                if let Some((f, next)) = title_block_report_of(lines, kinds, k, text) {
                    found.push((f, (k, next)));
                    k = next;
                    continue;
                }
                if let Some(f) = bold_front_field(lines, kinds, k, false, v) {
                    found.push((f, (k, k + 1)));
                } else if !is_bold_date_line(content_of(&lines[k]).0) {
                    break;
                }
            }
            _ => break,
        }
        k += 1;
    }
    found
}

/// Whether heading text `flat` can stand in a title block over the body:
/// two to thirty words, none of them opening with a digit (no numbered
/// heading), no closing punctuation, and none of the pack's section
/// titles. A heading naming the meeting (`Report to Cabinet Member for
/// Highways and Transport`) is one.
fn title_block_heading(flat: &str, v: &Vocabulary) -> bool {
    let flat = flat.trim();
    (2..=30).contains(&word_count(flat))
        && flat.starts_with(char::is_uppercase)
        && !flat.ends_with(['.', ':', ';', ','])
        && !v.section_titles.contains(flat.to_lowercase().as_str())
}

/// Whether line `content` is wholly in bold and holds a date alone, a
/// month and year enough (`**February 2027**`, `**9 March 2027**`).
fn is_bold_date_line(content: &str) -> bool {
    let content = content.strip_suffix('\\').unwrap_or(content).trim();
    let Some(inner) = content
        .strip_prefix("**")
        .and_then(|c| c.strip_suffix("**"))
    else {
        return false;
    };
    let inner = inner.trim();
    let found = crate::parse::dates::find_dates(inner, 0);
    matches!(found.as_slice(), [d] if d.value.year.is_some()
        && inner[..d.span.start].trim().is_empty()
        && inner[d.span.end..].trim().is_empty())
}

/// A committee's name alone on line `i` (see [`body_name`]) with a date
/// alone on the line straight under it: the spans of both lines' text.
fn body_and_date_lines(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    v: &Vocabulary,
) -> Option<(Span, Span)> {
    if !matches!(kinds[i], LineKind::Text) || i + 1 >= lines.len() || is_blank(kinds, i + 1) {
        return None;
    }
    let (name, date) = (content_span(&lines[i]), content_span(&lines[i + 1]));
    (body_name(&plain(name.of(text)), v).is_some() && is_date_line(date.of(text)))
        .then_some((name, date))
}

/// Whether the front sheet read so far names the meeting: a field with a
/// meeting label, a committee's name standing alone, or a title line
/// naming a body.
fn meeting_named(text: &str, out: &FrontSheet, v: &Vocabulary) -> bool {
    let fields = out.entries.iter().map(|e| &e.field);
    let one_line = out.one_line.iter().filter_map(|(_, f)| f.as_ref());
    out.body_line.is_some()
        || fields
            .chain(one_line)
            .any(|f| key_in(&f.key, &v.meeting_keys))
        || out.title_lines.iter().any(|t| {
            let flat = plain(t.span.of(text));
            body_name(&flat, v).is_some()
                || labelled_body(&flat, v).is_some()
                || names_body_and_date(&flat, v)
        })
}

/// Lone key `f` on line `i` (`Lead Officer:`) with its value on the lines
/// under it after a blank line or two, as [`read`] reads one: for the
/// builder, which meets such a key in the preamble once the front sheet
/// has ended (a line of prose among the fields ends it). The value runs
/// over short lines that are no key, heading or sentence of prose to a
/// blank line, another key or the body; the first is none of the pack's
/// section titles, and may hold a colon (`Subject:` / blank / `High Needs
/// Block: Deficit …`, see [`colon_in_value`]). Straight under the key,
/// with no blank line between, the value is read only where another key
/// closes it (`Name of Head of Service:` / `Rhodri Vaughan-Lloyd` /
/// `Report Author:`), as `pdftotext` gives a table of labels over values
/// row by row; under a key with nothing after it, a line may rather open
/// the text the key heads (`Recommendation(s):` / `Cabinet is asked to`),
/// and the value is no sentence of prose run over its lines; straight
/// under it, a box ticked beside the key may answer it instead (see
/// [`ticked_answer`]). Gives the field and the line after it.
pub(crate) fn value_under_key(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    f: Field,
    v: &Vocabulary,
) -> Option<(Field, usize)> {
    let mut j = i + 1;
    while j < lines.len() && is_blank(kinds, j) && j - i <= MAX_BLANKS_BEFORE_VALUE {
        j += 1;
    }
    // Straight under the key, a line may open the text it heads
    // (`Recommendation(s):` / `Cabinet is asked to`): a key must close it.
    let tight = j == i + 1;
    // The pack's heading under an empty key (`WARDS AFFECTED:` / blank /
    // `PURPOSE`) opens the body.
    if j < lines.len() {
        let flat = plain(content_of(&lines[j]).0).to_lowercase();
        if v.section_titles.contains(flat.trim().trim_end_matches(':')) {
            return None;
        }
    }
    let mut k = j;
    let key_capitals = is_capitals(&f.key);
    while k < lines.len()
        && k - j < MAX_VALUE_LINES
        && !(k > j && section_title_alone(lines, kinds, k, v))
        && (value_line(lines, kinds, k, key_capitals, v)
            // "Subject:" / blank / "High Needs Block: Deficit …", or
            // "Report title:" / "Adult Social Care: Fees …" / "Date:".
            || (k == j && !tight && colon_in_value(lines, kinds, k, v))
            || (k == j && tight && colon_value_under_key(lines, kinds, k, v)))
    {
        k += 1;
    }
    let closed = if tight {
        k < lines.len()
            && (field_on(lines, kinds, k).is_some()
                || wrapped_key(lines, kinds, k, false, v).is_some())
    } else {
        k >= lines.len()
            || is_blank(kinds, k)
            || starts_entry(lines, kinds, k, v)
            || starts_body(kinds, k)
            || section_title_alone(lines, kinds, k, v)
    };
    if k == j && tight {
        // "Ward No(s):" / "Local member(s) advised: Yes ☐ No ☐" /
        // "Citywide: ✓": a box ticked beside the key answers it.
        let tick = ticked_answer(lines, kinds, j, v)?;
        return Some((with_value(f, tick, text), i + 1));
    }
    if k == j || !closed {
        return None;
    }
    let field = with_value(f, lines_span(lines, j, k), text);
    // Prose run on under the key (`Reasons:` / `The Act requires …
    // each year.` / `Relevant scrutiny committee: …`) is no value.
    if tight && word_count(&field.value) > 12 && field.value.ends_with(['.', '!', '?']) {
        return None;
    }
    Some((field, k))
}

/// The title block's last heading where it stands straight under a heading
/// naming the meeting and its date (`# Audit Committee – 22 April 2027` /
/// `## Annual Review of Risk Management and the Strategic Risk Register`,
/// or under the committee's name and a date set as two headings: `##
/// CABINET` / `## 16 March 2026` / `## …`) and straight over the front
/// sheet's first field, with only blank lines between, and where it
/// [`could_be_title`] and reads as no field (`## Report of the Director of
/// Finance`): the paper's title, set as a heading of its own. The builder
/// takes it where the heading is neither numbered nor one of the pack's
/// section titles (`## 1. Purpose of the report`, `## Purpose` straight
/// under the meeting's heading open the body). For a paper whose fields
/// [`read`] found.
fn heading_under_meeting(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    out: &FrontSheet,
    v: &Vocabulary,
) -> Option<Span> {
    let k = out.title_lines.iter().rposition(|t| t.heading)?;
    let (meeting, title) = (out.title_lines.get(k.checked_sub(1)?)?, out.title_lines[k]);
    if !meeting.heading {
        return None;
    }
    let line_of = |span: Span| lines.partition_point(|l| l.start <= span.start) - 1;
    let (m, t) = (line_of(meeting.span), line_of(title.span));
    let gap = |j: usize| {
        matches!(
            kinds.get(j),
            Some(LineKind::Blank | LineKind::Comment | LineKind::Rule)
        )
    };
    // The first line after the title that is no blank line: a field, not
    // another line of the title block.
    let next = (t + 1..lines.len()).find(|&j| !gap(j))?;
    if !(m + 1..t).all(gap)
        || out.title_lines[k + 1..]
            .iter()
            .any(|u| line_of(u.span) == next)
    {
        return None;
    }
    let names_meeting = out.body_date == Some(meeting.span)
        || crate::parse::dates::find_dates(meeting.span.of(text), meeting.span.start)
            .into_iter()
            .next()
            .and_then(|d| dated_line(text, meeting.span, d, v))
            .is_some();
    let flat = plain(title.span.of(text));
    let reads_as_field = !field::has_colon(&flat)
        && field::field(flat.trim(), 0, true).is_some_and(|f| !f.is_empty());
    (names_meeting && could_be_title(&flat, v) && !reads_as_field).then_some(title.span)
}

/// Whether title-block line `flat` (plain text) can be the paper's title:
/// two words or more, no sentence, and none of the other lines a title
/// block holds: the council's or a committee's name (alone, after a label
/// such as "Report to", or with the meeting's date), a date, an item
/// number (`Agenda Item 6`), or a label ending in a colon.
fn could_be_title(flat: &str, v: &Vocabulary) -> bool {
    let flat = flat.trim();
    let words = word_count(flat);
    (2..=30).contains(&words)
        && flat.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !flat.ends_with(['.', ':', ';', ','])
        && !flat.contains('\t')
        && !is_date_line(flat)
        && !is_item_line(flat)
        && !is_page_line(flat)
        && body_name(flat, v).is_none()
        && labelled_body(flat, v).is_none()
        && !names_body_and_date(flat, v)
}

/// How long a title block's line must be before the line under it can be
/// the last word or two of it wrapped (see [`wrap_tail`]): a line cut
/// where the text's width ran out, not a short line of its own.
const MIN_WRAPPED_TITLE: usize = 40;

/// Whether title-block line `flat` can be the end of a title wrapped from
/// the long line above it: one to three words, starting with a letter, no
/// digit (no date or item number), no closing punctuation, in capitals
/// only under a line in capitals (`upper_capitals`), and no body's name
/// (`CABINET` under a long council name); or a year alone, or a financial
/// year (`2027/28`, `2027-2028`), closing a title that names what it covers
/// (`FOSTERING SERVICE … STATEMENT OF PURPOSE` / `2027/28`).
fn wrap_tail(flat: &str, upper_capitals: bool, v: &Vocabulary) -> bool {
    if is_year_or_span(flat) {
        return true;
    }
    (1..=3).contains(&word_count(flat))
        && flat.starts_with(char::is_alphabetic)
        && !flat.bytes().any(|b| b.is_ascii_digit())
        && !flat.ends_with(['.', ':', ';', ','])
        && (upper_capitals || !is_capitals(flat))
        && body_name(flat, v).is_none()
        && labelled_body(flat, v).is_none()
}

/// Whether `flat` is a year alone (`2028`) or a span of years
/// (`2027/28`, `2027-2028`, `2027–28`).
fn is_year_or_span(flat: &str) -> bool {
    let year = |s: &str| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
    let flat = flat.trim();
    match flat.split_once(['/', '-', '–']) {
        Some((from, to)) => {
            year(from) && (to.len() == 2 || to.len() == 4) && to.bytes().all(|b| b.is_ascii_digit())
        }
        None => year(flat),
    }
}

/// Whether `flat` numbers the paper's agenda item and says no more:
/// `Item 5`, `Agenda Item 8`, `AGENDA ITEM NO. 6`; or numbers the paper
/// in its body's series (see [`is_paper_number_line`]).
pub(super) fn is_item_line(flat: &str) -> bool {
    let lower = flat.to_lowercase();
    let rest = lower.strip_prefix("agenda ").unwrap_or(&lower);
    (rest.starts_with("item") && word_count(flat) <= 4 && flat.bytes().any(|b| b.is_ascii_digit()))
        || is_paper_number_line(&lower)
}

/// How many words a line numbering the paper may take (`FORMAL BOARD
/// PAPER NO. 4`).
const MAX_PAPER_NUMBER_WORDS: usize = 5;

/// Whether `lower` (a line in lower case) numbers the paper and says no
/// more: "paper", perhaps "no." or "number", then the number, closing the
/// line (`paper 4`, `formal board paper 4`, `board paper no. 12`), as a
/// national park authority or a board heads its papers in place of an
/// agenda item's number. A title naming a paper (`paper on the 2027
/// budget`) has words after it.
fn is_paper_number_line(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let Some((number, before)) = words.split_last() else {
        return false;
    };
    let before = match before {
        [head @ .., "no." | "no" | "number" | "no:"] => head,
        _ => before,
    };
    let number = number.trim_end_matches(['.', ':']);
    words.len() <= MAX_PAPER_NUMBER_WORDS
        && !number.is_empty()
        && number.len() <= 3
        && number.bytes().all(|b| b.is_ascii_digit())
        && before.last() == Some(&"paper")
}

/// Whether the `found` fields read so far are all the agenda item's
/// number ("Agenda Item No: 7" and no more).
fn all_item_fields(out: &FrontSheet, found: usize) -> bool {
    let one_line = out.one_line.iter().filter_map(|(_, f)| f.as_ref());
    found
        == out
            .entries
            .iter()
            .map(|e| &e.field)
            .chain(one_line)
            .filter(|f| is_item_field(f))
            .count()
}

/// Whether the `found` fields read so far (`out`) leave room for the
/// paper's title on line `i`: each names the meeting or its date
/// ("Date of meeting: 8 June 2027", one of the vocabulary's
/// `meeting-keys` or `date-keys`), a line of the title block above names
/// the council or a committee (see [`block_line`]), and a blank line
/// stands just above line `i`: the title set apart under the meeting's
/// lines, as `pdftotext -layout` prints a centred cover.
fn title_under_meeting_fields(
    text: &str,
    kinds: &[LineKind],
    i: usize,
    out: &FrontSheet,
    found: usize,
    v: &Vocabulary,
) -> bool {
    let one_line = out.one_line.iter().filter_map(|(_, f)| f.as_ref());
    let meeting_fields = out
        .entries
        .iter()
        .map(|e| &e.field)
        .chain(one_line)
        .filter(|f| key_in(&f.key, &v.meeting_keys) || key_in(&f.key, &v.date_keys))
        .count();
    i > 0
        && is_blank(kinds, i - 1)
        && meeting_fields == found
        && out.title_lines.iter().any(|t| block_line(text, t, v))
}

/// Whether the first line from `end` that is not blank is a field whose
/// key is one of the pack's field labels ("Lead director: …"): the title
/// block ends there, and the lines above it were the title, not a field.
fn labelled_field_after(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    end: usize,
    v: &Vocabulary,
) -> bool {
    let Some(k) = (end..lines.len()).find(|&k| !is_blank(kinds, k)) else {
        return false;
    };
    end < k && field_on(lines, kinds, k).is_some_and(|f| key_in(&f.key, &v.field_keys))
}

/// Whether field `f` numbers the paper's agenda item and says no more
/// (`Agenda Item No: 7`), as [`is_item_line`] reads the line.
pub(super) fn is_item_field(f: &Field) -> bool {
    is_item_line(&format!("{}: {}", f.key, f.value))
}

/// Whether `content`, a number alone on its line (`8.`), is the agenda
/// item's number that a line of the title block read so far gives (`Item
/// 8`, `Agenda Item 8`): an agenda pack sets it again over the item's
/// title. A number alone under no such line may open the body (`1.` over
/// the first paragraph), which ends the title block.
fn repeats_item_number(text: &str, content: &str, out: &FrontSheet) -> bool {
    let number = content.trim().trim_end_matches('.');
    if !is_lone_number(content) || number.starts_with('0') {
        return false;
    }
    out.title_lines.iter().any(|t| {
        let flat = plain(t.span.of(text));
        let flat = flat.trim();
        is_item_line(flat)
            && flat
                .split_whitespace()
                .last()
                .is_some_and(|w| w.trim_end_matches(['.', ':']) == number)
    })
}

/// Whether title-block line `t` is one that shows the block a title block:
/// a date, the item's number, or a line naming the council or a committee
/// (alone, after a label such as "Report to", or with the meeting's date,
/// as [`meetings`] reads one: `Decision Session – Executive Member for
/// Transport      16 March 2027`).
fn block_line(text: &str, t: &TitleLine, v: &Vocabulary) -> bool {
    let flat = plain(t.span.of(text));
    let flat = flat.trim();
    // The raw line: its wide gaps part a date from an item's number.
    is_dated_title_line(t.span.of(text))
        || is_item_line(flat)
        || body_name(flat, v).is_some()
        || labelled_body(flat, v).is_some()
        || names_body_and_date(flat, v)
        || crate::parse::dates::find_dates(t.span.of(text), t.span.start)
            .into_iter()
            .next()
            .and_then(|d| dated_line(text, t.span, d, v))
            .is_some()
}

/// Whether the last word of `flat` joins it to more (`… Transfer of`, `…
/// Strategy and`): a line cut where the page's width ran out, which the
/// next line goes on.
fn ends_mid_phrase(flat: &str) -> bool {
    flat.split_whitespace()
        .last()
        .is_some_and(|w| crate::parse::sentence::JOINING_WORDS.contains(&w))
}

/// Whether `flat` is a page's number and says no more (`Page 21`, `Page 3
/// of 12`): in a title block, the pack's page furniture that pdftotext
/// leaves over an item's first lines.
fn is_page_line(flat: &str) -> bool {
    let Some(head) = flat.get(..5) else {
        return false;
    };
    let number = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    let rest = &flat[5..];
    head.eq_ignore_ascii_case("page ")
        && match rest.split_once(" of ") {
            Some((n, of)) => number(n.trim()) && number(of.trim()),
            None => number(rest.trim()),
        }
}

/// Whether `flat` is wholly in brackets (`(Aldermoor County Council,
/// Rexford Borough Council and Telbury Council)`): under a committee's
/// name, a note on it (the councils a joint committee serves), not a
/// line of its own.
fn is_bracketed_line(flat: &str) -> bool {
    flat.len() > 2
        && flat.starts_with('(')
        && flat.ends_with(')')
        && !flat[1..flat.len() - 1].contains(['(', ')'])
}

/// The title standing first, over the "Report by …" line, with the
/// meeting's name and date under that line (`INTERNAL AUDIT ANNUAL
/// ASSURANCE REPORT 2026/27` / `Report by Chief Officer Audit and Risk` /
/// `AUDIT COMMITTEE` / `14 June 2027`, as a Scottish council's cover
/// opens): the title block's first line, where it can be a title (see
/// [`could_be_title`]), a report-of field stands on the line straight
/// under it, the sheet `out` dates the meeting, and every later line of
/// the block shows it a title block (see [`block_line`]).
fn title_atop_report_of(
    text: &str,
    lines: &[Line<'_>],
    out: &FrontSheet,
    v: &Vocabulary,
) -> Option<Span> {
    let (first, rest) = out.title_lines.split_first()?;
    if out.body_date.is_none()
        || first.heading
        || rest.is_empty()
        || !rest.iter().all(|t| block_line(text, t, v))
    {
        return None;
    }
    let at = lines.partition_point(|l| l.start <= first.span.start) - 1;
    let under = out
        .entries
        .iter()
        .any(|e| e.line == at + 1 && field::is_report_of_key(&e.field.key));
    (under && could_be_title(&plain(first.span.of(text)), v)).then_some(first.span)
}

/// The title of a title block that a "Report by …" line closes
/// (`Planning Committee` / `04 December 2026` / `Agenda item number 9` /
/// `Saltings Staithe Conservation Area – Reappraisal and Boundary
/// Changes` / `Report by Historic Environment Manager`): the block's title
/// read from the lines above that line (see [`block_title`]), which the
/// lines after it (a summary, its heading, the contents) may no longer
/// give. A person named before a comma (`Jo Bloggs, Head of Planning`) is
/// no title.
fn title_over_report_of(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    out: &FrontSheet,
    v: &Vocabulary,
) -> Option<Span> {
    let span = block_title(text, lines, kinds, &out.title_lines, v)?;
    let flat = plain(span.of(text));
    let person = flat
        .split_once(',')
        .is_some_and(|(head, _)| crate::parse::field::is_name(head.trim(), &v.not_names));
    (!person).then_some(span)
}

/// How many unlabelled lines may run from the meeting's line to a
/// report-of line (see [`title_run_over_report_of`]).
const MAX_TITLE_RUN: usize = 8;

/// How many words a title wrapped over several lines may hold: a long
/// application's title runs past the one line [`could_be_title`] allows.
const MAX_WRAPPED_TITLE_WORDS: usize = 45;

/// The paper's title among the unlabelled lines from line `i` that run
/// on, with no blank line, from a title-block line naming the meeting or
/// the council (line `i - 1`, read into `out`) down to a report-of line
/// with no colon (see [`title_block_report_of`]), as plain `pdftotext`
/// sets a county's cover under its first field:
///
/// ```text
/// Division(s): Ashcombe and Thrupp
/// PLANNING AND REGULATION COMMITTEE – 9 APRIL 2029
/// WESSMERE COUNTY COUNCIL
/// Extension of Lower Farm Quarry for the extraction of sand and gravel, with
/// progressive restoration to agriculture and nature conservation, and retention
/// of the existing processing plant until 31 December 2039
/// Lower Farm Quarry, Ashcombe
/// Report by the Director of Environment and Place
/// ```
///
/// The run's lines are grouped where one goes on the line above (see
/// [`wrapped_groups`]); any line closing a sentence (prose) or reading as
/// a field ends the search. Lines naming the council, a committee or a
/// date (see [`block_line`]) may lead the run; the title is the first
/// group after them whose first line [`could_be_title`], of up to
/// [`MAX_VALUE_LINES`] lines and [`MAX_WRAPPED_TITLE_WORDS`] words (a line
/// under it, the site, is the block's too). Gives the title's span and the
/// report-of line.
fn title_run_over_report_of(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    out: &FrontSheet,
    v: &Vocabulary,
) -> Option<(Span, usize)> {
    let above = i.checked_sub(1).filter(|&a| !is_blank(kinds, a))?;
    let above_start = content_of(&lines[above]).1;
    let named_above = out
        .title_lines
        .iter()
        .any(|t| t.span.start == above_start && block_line(text, t, v));
    if !named_above {
        return None;
    }
    let mut end = i;
    while title_block_report_of(lines, kinds, end, text).is_none() {
        if end - i >= MAX_TITLE_RUN
            || !matches!(kinds[end], LineKind::Text)
            || field_on(lines, kinds, end).is_some()
            || is_underline(lines, end + 1)
        {
            return None;
        }
        let flat = plain(content_of(&lines[end]).0);
        if flat.trim_end().ends_with(['.', ':', ';', '?', '!']) || flat.contains('\t') {
            return None;
        }
        end += 1;
        if end >= lines.len() {
            return None;
        }
    }
    let block = |k: usize| {
        let t = TitleLine {
            span: content_span(&lines[k]),
            heading: false,
        };
        block_line(text, &t, v)
    };
    let (from, to) = wrapped_groups(lines, i, end)
        .into_iter()
        .find(|&(from, to)| to - from > 1 || !block(from))?;
    let title = Span::new(
        content_span(&lines[from]).start,
        content_span(&lines[to - 1]).end,
    );
    let joined = plain(title.of(text));
    let first = plain(content_of(&lines[from]).0);
    let reads_as_title = could_be_title(&first, v)
        && to - from <= MAX_VALUE_LINES
        && word_count(&joined) <= MAX_WRAPPED_TITLE_WORDS;
    reads_as_title.then_some((title, end))
}

/// Lines `i` to the line before `end` grouped where each line goes on
/// the one above: the line above ends open (see [`ends_open`]), or this
/// one opens in lower case or a bracket. Each group is its first line and
/// the line after its last.
fn wrapped_groups(lines: &[Line<'_>], i: usize, end: usize) -> Vec<(usize, usize)> {
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for k in i..end {
        let flat = plain(content_of(&lines[k]).0);
        let goes_on = k > i
            && (ends_open(&plain(content_of(&lines[k - 1]).0))
                || flat
                    .trim_start()
                    .starts_with(|c: char| c == '(' || c.is_lowercase()));
        match groups.last_mut() {
            Some(g) if goes_on => g.1 = k + 1,
            _ => groups.push((k, k + 1)),
        }
    }
    groups
}

/// The title among the title block's lines: the last plain line that
/// [`could_be_title`], with the line straight above it when the title
/// wraps onto two lines (both in capitals, or the second opening in lower
/// case or a bracket), or when the last line is only the last word or two
/// of a long line above it (see [`wrap_tail`]). Only in a block that shows
/// itself one: a line above
/// names the council or a committee, gives a date or the item's number
/// (over `SUMMARY` / `TREASURY MANAGEMENT REVIEW` the body may have begun).
fn block_title(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[LineKind],
    title_lines: &[TitleLine],
    v: &Vocabulary,
) -> Option<Span> {
    let k = title_lines.iter().rposition(|t| !t.heading)?;
    let last = title_lines[k];
    let flat = plain(last.span.of(text));
    let block_line = |t: &TitleLine| block_line(text, t, v);
    let line_of = |span: Span| lines.partition_point(|l| l.start <= span.start) - 1;
    let at = line_of(last.span);
    let above = k
        .checked_sub(1)
        .map(|j| title_lines[j])
        .filter(|t| !t.heading && at > 0 && line_of(t.span) == at - 1 && !is_blank(kinds, at - 1));
    if !could_be_title(&flat, v) {
        // "Annual Governance Statement 2025/26 and Review of the Local
        // Code of Corporate" / "Governance": a long title wrapped with a
        // word or two left for the next line.
        let t = above?;
        let upper = plain(t.span.of(text));
        let upper = upper.trim();
        // Or a title's second line opening in lower case (`Cultivating
        // Dunmore: Food Growing Strategy 2028-2033` / `and Allotment
        // Waiting List Review`).
        let tail = flat.trim();
        let carried = tail.starts_with(char::is_lowercase)
            && word_count(tail) <= 8
            && !tail.ends_with(['.', ':', ';', ',']);
        let wrapped = upper.len() >= MIN_WRAPPED_TITLE
            && !upper.ends_with(['.', ':', ';', ',', '-', '–', '—'])
            && (carried || wrap_tail(tail, is_capitals(upper), v))
            && could_be_title(upper, v)
            && title_lines[..k - 1].iter().any(block_line);
        return wrapped.then(|| t.span.cover(last.span));
    }
    if !title_lines[..k].iter().any(block_line) {
        return None;
    }
    if let Some(t) = above {
        let upper = plain(t.span.of(text));
        let upper = upper.trim();
        let wraps = (is_capitals(upper) && is_capitals(flat.trim()))
            || ends_mid_phrase(upper)
            || flat
                .trim_start()
                .starts_with(|c: char| c == '(' || c.is_lowercase());
        if wraps && !upper.ends_with(['.', ':', ';']) && could_be_title(upper, v) {
            return Some(t.span.cover(last.span));
        }
    }
    Some(last.span)
}

#[cfg(test)]
mod tests;
