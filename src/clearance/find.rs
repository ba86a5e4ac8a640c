//! Finding clearances in a paper.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::*;

/// What a section is for the sign-off search.
#[derive(Debug, Clone)]
pub(super) enum Owner {
    /// A section needing sign-off, with the sign-offs it needs.
    SignOff(SectionId, Vec<String>),
    Block(SectionId),
    /// A field line whose key is a post giving this sign-off.
    Line(String),
    /// A row of an implications table naming sections that need sign-off.
    Table(usize, Vec<String>),
    /// A paragraph outside every sign-off section and block that names a
    /// post, a verb of the pack's and the implications ("7.1 The Chief
    /// Financial Officer (NAME) … agreed the financial implications" under
    /// "Consultation"): only clearances whose post gives their sign-off.
    Prose,
}

/// A piece of text searched as one: a paragraph, a field line or a table
/// row.
pub(super) struct Unit<'d> {
    pub(super) span: Span,
    /// For a row: the text of its first cell; for a field: its key.
    pub(super) lead: Option<&'d str>,
    pub(super) field: Option<usize>,
    /// For a table row: the row.
    pub(super) row: Option<&'d crate::document::Row>,
}

/// Per paper section: the sign-off section or clearance block it lies in.
pub(super) fn owners(
    template: &Template,
    doc: &Document,
    resolved: &Resolved,
) -> Vec<Option<Owner>> {
    // (A parent comes before its children: each section's entry is its
    // own, or its parent's, already known; not a walk up from every
    // section.)
    let mut out: Vec<Option<Owner>> = Vec::with_capacity(doc.sections.len());
    for id in 0..doc.sections.len() {
        let owner = match own_owner(template, resolved, id) {
            Some(own) => own,
            None => match doc.sections[id].parent {
                Some(p) if p < id => out[p].clone(),
                Some(_) => owner_of(template, doc, resolved, id),
                None => None,
            },
        };
        out.push(owner);
    }
    out
}

/// The sign-off section or clearance block that paper section `id` lies in
/// (its entry in [`owners`]).
pub(super) fn owner_of(
    template: &Template,
    doc: &Document,
    resolved: &Resolved,
    id: SectionId,
) -> Option<Owner> {
    let mut at = Some(id);
    while let Some(s) = at {
        if let Some(own) = own_owner(template, resolved, s) {
            return own;
        }
        at = doc.sections[s].parent;
    }
    None
}

/// What section `s` itself says of its owner: `Some(Some(..))` where it is
/// a clearance block or a sign-off section, `Some(None)` where it is a
/// section the template knows that needs no sign-off (its children's
/// owner is none), `None` where its parent's owner is its own.
fn own_owner(template: &Template, resolved: &Resolved, s: SectionId) -> Option<Option<Owner>> {
    let wording = &template.clearance;
    // (A title the template knows is a block only word for word.)
    let title = &resolved.titles[s];
    if wording.is_listed_heading(title)
        || (resolved.section_ids[s].is_empty() && wording.is_normalised_heading(title))
    {
        return Some(Some(Owner::Block(s)));
    }
    let defs = &resolved.section_ids[s];
    if !defs.is_empty() {
        let mut roles: Vec<String> = defs
            .iter()
            .filter_map(|&d| template.sections[d].sign_off.clone())
            .collect();
        roles.dedup();
        return Some((!roles.is_empty()).then_some(Owner::SignOff(s, roles)));
    }
    None
}

/// A run-in implication standing for a section that needs a sign-off:
/// the template section, the label, where it stands.
pub(crate) type RunIn = (usize, Span, Holder);

/// Where a run-in implication stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holder {
    /// In this paper section.
    Section(SectionId),
    /// Under no heading, in a block of labels set before the first
    /// heading (`IMPLICATIONS` / `Legal:` / its text / `Financial :` …,
    /// between a front sheet's recommendations and "1. Introduction"):
    /// its block, from the label to the next label of any section, the
    /// next heading or numbered paragraph, or the end of the text.
    Block(Span),
}

/// The run-in implications standing for template sections that need a
/// sign-off and that the paper has under no heading: a paragraph that
/// opens with the section's name ("5.2 *Legal.* The Council may …",
/// "Legal: the precept is …") or a row of an implications table ("| Legal
/// | The Council has a duty … |"). Each as (template section, label,
/// where it stands: the paper section holding it, or its block where it
/// stands in none); labels in the front sheet, before the body, are left
/// out.
pub(crate) fn run_in_sign_offs(
    text: &str,
    doc: &Document,
    template: &Template,
    resolved: &Resolved,
) -> Vec<RunIn> {
    let mut labels = None;
    run_in_sign_offs_with(text, doc, template, resolved, || {
        labels.insert(crate::template::run_in_labels(
            template, resolved, doc, text,
        ))
    })
}

/// [`run_in_sign_offs`], given a way to the paper's
/// [`crate::template::run_in_labels`] (asked only if some section needing
/// a sign-off has no heading).
pub(crate) fn run_in_sign_offs_with<'l>(
    text: &str,
    doc: &Document,
    template: &Template,
    resolved: &Resolved,
    labels: impl FnOnce() -> &'l [Vec<Span>],
) -> Vec<RunIn> {
    let needed =
        |d: usize| template.sections[d].sign_off.is_some() && resolved.sections[d].is_empty();
    if !(0..template.sections.len()).any(needed) {
        return Vec::new();
    }
    let labels = labels();
    // The body starts at the first section the template knows or the
    // first numbered paragraph; labels before it are the front sheet's.
    let known = (0..doc.sections.len())
        .find(|&s| !resolved.section_ids[s].is_empty())
        .map(|s| doc.sections[s].heading.start);
    let numbered = doc
        .paragraphs
        .iter()
        .find(|p| p.number.is_some())
        .map(|p| p.span.start);
    let body = known
        .into_iter()
        .chain(numbered)
        .min()
        .unwrap_or(usize::MAX);
    // Where a block of labels in no section ends: at the next label of any
    // section, heading or numbered paragraph.
    let mut stops: Vec<usize> = labels
        .iter()
        .flatten()
        .map(|l| l.start)
        .chain(doc.sections.iter().map(|s| s.heading.start))
        .chain(
            doc.paragraphs
                .iter()
                .filter(|p| p.number.is_some())
                .map(|p| p.span.start),
        )
        .collect();
    stops.sort_unstable();
    let block_end = |label: Span| {
        let next = stops.partition_point(|&s| s <= label.start);
        stops.get(next).copied().unwrap_or(text.len())
    };
    let mut out = Vec::new();
    for (d, spans) in labels.iter().enumerate() {
        if !needed(d) {
            continue;
        }
        let def = &template.sections[d];
        for &label in spans {
            // The label is the section's name, not a phrase that starts
            // with it ("Financial and service sustainability: …").
            let name = normalise(&crate::parse::inline::plain(label.of(text)));
            let bare = ["implications", "implication", "comments", "advice"]
                .iter()
                .find_map(|w| name.strip_suffix(w))
                .map_or(name.as_str(), str::trim_end);
            let names = |n: &str| def.implications.iter().chain(&def.titles).any(|x| x == n);
            // Or a heading of the section's patterns, with or without its
            // "implications" ("Finance and Resources", "Legal and
            // Governance": the pack's "financial and resource
            // implications", "legal and governance implications").
            let patterned = || {
                let whole = format!("{bare} implications");
                def.patterns
                    .iter()
                    .any(|p| p.is_match(&name) || p.is_match(&whole))
            };
            if !names(&name) && !names(bare) && !patterned() {
                continue;
            }
            if label.start < body {
                continue;
            }
            let holder = match doc.section_at(label.start) {
                Some(s) => Holder::Section(s),
                None => Holder::Block(Span::new(label.start, block_end(label))),
            };
            out.push((d, label, holder));
        }
    }
    out
}

/// The sign-offs that a template section or table entry named `name`
/// stands for ("Legal" → `legal`).
pub(super) fn roles_named(template: &Template, name: &str) -> Vec<String> {
    let mut defs = template.sections_for_implication(name);
    defs.extend(template.sections_for_title(name));
    roles_of_sections(template, defs)
}

/// The sign-offs the template sections `defs` need, each once, sorted.
pub(super) fn roles_of_sections(template: &Template, defs: Vec<usize>) -> Vec<String> {
    let mut roles: Vec<String> = defs
        .into_iter()
        .filter_map(|d| template.sections[d].sign_off.clone())
        .collect();
    roles.sort();
    roles.dedup();
    roles
}

/// Every clearance in the paper, in document order.
pub fn find(
    text: &str,
    doc: &Document,
    template: &Template,
    resolved: &Resolved,
) -> Vec<Clearance> {
    let run_ins = run_in_sign_offs(text, doc, template, resolved);
    find_with(text, doc, template, resolved, &run_ins)
}

/// [`find`], given the paper's [`run_in_sign_offs`].
pub(crate) fn find_with(
    text: &str,
    doc: &Document,
    template: &Template,
    resolved: &Resolved,
    run_ins: &[RunIn],
) -> Vec<Clearance> {
    let mut owners = owners(template, doc, resolved);
    // A section holding run-in implications that need a sign-off ("5.2
    // *Legal.* …") is searched as a sign-off section; a block of them in
    // no section, for the label's sign-off.
    let mut label_blocks: Vec<(Span, Owner)> = Vec::new();
    for &(d, _, holder) in run_ins {
        let Some(role) = &template.sections[d].sign_off else {
            continue;
        };
        let s = match holder {
            Holder::Section(s) => s,
            Holder::Block(block) => {
                label_blocks.push((block, Owner::Line(role.clone())));
                continue;
            }
        };
        match &mut owners[s] {
            None => owners[s] = Some(Owner::SignOff(s, vec![role.clone()])),
            Some(Owner::SignOff(at, roles)) if *at == s && !roles.contains(role) => {
                roles.push(role.clone());
            }
            Some(_) => {}
        }
    }
    let owners = owners;
    let blocks = run_in_blocks(text, doc, template, &owners);
    let block_at = |pos: usize| owner_in(&blocks, pos);
    let owner_at = |pos: usize| {
        doc.section_at(pos)
            .and_then(|s| owners[s].as_ref())
            .or_else(|| block_at(pos))
            .or_else(|| owner_in(&label_blocks, pos))
    };
    // Clearance questions ("Have the resource implications been cleared
    // by Finance? Yes" / "Name of Financial Officer: NAME"): the slot names
    // who cleared them, the question only who ought to (see `question.rs`).
    let questions = questions(text, doc, template);
    let mut found: Vec<Clearance> = question_clearances(doc, &questions);

    // Tables with a sign-off column, wherever they are.
    let mut signoff_tables = Vec::new();
    for (t, table) in doc.tables.iter().enumerate() {
        let Some(header) = table.rows.first() else {
            continue;
        };
        // A row group of a grid table that the parser read as a table of
        // its own, under the header's: its rows, a row whose first cell
        // is empty carrying on the one above, read by the header's
        // sign-off column (see `cells.rs`).
        if !header
            .cells
            .iter()
            .any(|c| template.clearance.is_heading(&c.text))
        {
            let col = grid_header(text, doc, t).and_then(|k| {
                let head = doc.tables[k].rows.first()?;
                head.cells
                    .iter()
                    .position(|c| template.clearance.is_heading(&c.text))
                    .filter(|&col| col > 0)
            });
            if let Some(col) = col {
                signoff_tables.push(t);
                let owner = owner_at(table.span.start);
                for (lead, span, pieces) in grid_rows(&table.rows, col) {
                    let lead = Some(lead.as_str());
                    let piece = (pieces.as_slice(), span);
                    found.extend(cell_clearance(
                        text, doc, template, lead, piece, None, t, owner,
                    ));
                }
                continue;
            }
        }
        // A table with no header row ("| Finance Officer Clearance | NAME
        // | 5 January 2028 |" first; Pandoc writes Word's as an empty
        // header row, which the parser drops): its rows are clearances
        // of their own, read row by row below, no sign-off column.
        if opens_with_clearance_row(text, doc, template, table, t) {
            continue;
        }
        // In a clearance block ("Statutory officer comments"), a column
        // headed by one of the pack's verbs alone ("Comments") is one too:
        // `| Officer | Comments |` over `| Section 151 Officer | … NAME,
        // POST, DATE |`.
        let in_block = || matches!(owner_at(table.span.start), Some(Owner::Block(_)));
        let Some(col) = header
            .cells
            .iter()
            .position(|c| template.clearance.is_heading(&c.text))
            .or_else(|| {
                in_block()
                    .then(|| {
                        header
                            .cells
                            .iter()
                            .position(|c| is_verb_alone(template, &c.text))
                    })
                    .flatten()
                    .filter(|&col| every_cell_dated(doc, table, col))
            })
        else {
            continue;
        };
        signoff_tables.push(t);
        // The sign-off heading over a column of posts, beside a name and
        // a date column ("Statutory officer clearance | Name | Date"): a
        // table of the officers who cleared it, read by its columns.
        if col == 0 && signer_column(template, table, col).is_none() {
            if let Some(read) = named_column_table(text, doc, template, table, t, true) {
                found.extend(read);
                continue;
            }
        }
        let col = signer_column(template, table, col).unwrap_or(col);
        let owner = owner_at(table.span.start);
        for row in &table.rows[1..] {
            if let Some(c) = table_row(text, doc, template, row, col, t, owner) {
                found.push(c);
            }
        }
    }

    // Tables whose header row names who and when ("Name and position |
    // Date sent | Date received"): the record of the officers consulted.
    for (t, table) in doc.tables.iter().enumerate() {
        if signoff_tables.contains(&t) {
            continue;
        }
        // (Under a sign-off heading, a bare "Date" column is when.)
        let headed = matches!(owner_at(table.span.start), Some(Owner::Block(_)));
        if let Some(read) = named_column_table(text, doc, template, table, t, headed) {
            signoff_tables.push(t);
            found.extend(read);
        }
    }

    // Sign-off tables that PDF extraction wrote column by column, in
    // clearance blocks: read whole, so that no column is read as a line.
    let mut column_tables: Vec<Span> = Vec::new();
    for (s, section) in doc.sections.iter().enumerate() {
        if !matches!(owners[s], Some(Owner::Block(b)) if b == s) {
            continue;
        }
        let paras: Vec<Span> = section
            .paragraphs
            .iter()
            .map(|&p| doc.paragraphs[p].text)
            .collect();
        if let Some((span, read)) = column_table(text, doc, template, &paras, Place::Block(s)) {
            // A header row naming the columns over it ("Officer" / "Name"
            // / "Date") is part of the table, no paragraph to read.
            let span =
                match headed_rows(text, doc, template, section.title_span.end, Place::Block(s)) {
                    Some(h) if h.1.len() >= read.len() => span.cover(h.0),
                    _ => span,
                };
            column_tables.push(span);
            found.extend(read);
        }
    }
    // Sign-off tables that PDF extraction wrote one cell a line, column
    // after column, under a sign-off heading on a line of its own (which
    // the builder may have read as anything: a paragraph, headings).
    for (line, s) in sign_off_heading_lines(text, doc, template) {
        // (A table's extent starts at a cell, on a later line than a
        // heading it follows, so no table merely touches `line`'s end.)
        if column_tables.iter().any(|&t| overlaps(t, line)) {
            continue;
        }
        // A table whose header row names its columns is read row by row
        // where that reading finds more clearances than the others' (which
        // may read its first row alone: "Name" / "Post" / "Date", then
        // "Finance" / NAME / POST / DATE and "Legal" / NAME / POST / DATE).
        let read = cell_columns(text, doc, template, line.end, Place::Block(s))
            .or_else(|| cell_rows(text, doc, template, line.end, Place::Block(s)));
        let headed = headed_rows(text, doc, template, line.end, Place::Block(s));
        // Where both read it, the table spans the header row too, which
        // is no paragraph of its own ("Officer" / "Name" / "Date" /
        // "Section 151 Officer" read as one would be an undated clearance).
        let read = match (read, headed) {
            (Some(r), Some(h)) if h.1.len() > r.1.len() => Some(h),
            (Some(r), Some(h)) => Some((r.0.cover(h.0), r.1)),
            (Some(r), None) => Some(r),
            (None, h) => h,
        };
        // Rows of what each clears, who and when, under a header naming
        // who and when ("This report has been cleared by" / "Date";
        // "Name" / "Date" under "Statutory officer consultation", the
        // posts' column), where that reading finds more (the others may
        // read a first row alone, and stop at a row whose date cell is
        // empty).
        let labelled = labelled_rows(text, doc, template, line.end, Place::Block(s));
        let read = match (read, labelled) {
            (Some(r), Some(l)) if l.1.len() > r.1.len() => Some((l.0.cover(r.0), l.1)),
            (Some(r), _) => Some(r),
            (None, l) => l,
        };
        // Or one `pdftotext -layout` set out in columns of spaces ("Signed
        // off by   Date sent   Date signed off   Initials").
        let read = read.or_else(|| spaced_table(text, doc, template, line.end, Place::Block(s)));
        if let Some((span, read)) = read {
            column_tables.push(span);
            found.extend(read);
        }
    }
    // And one flattened row by row under any other heading, its header
    // row naming the columns ("Officer" / "Name" / "Date").
    for (s, section) in doc.sections.iter().enumerate() {
        let end = section.title_span.end;
        // (A table read already right under the heading, as under a line
        // that names the officers' consultation, is not read twice.)
        let right_under = |t: &Span| {
            t.start >= end
                && text[end..t.start]
                    .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | ':' | '#'))
                    .is_empty()
        };
        if owners[s].is_some()
            || column_tables
                .iter()
                .any(|t| (t.start <= end && end < t.end) || right_under(t))
        {
            continue;
        }
        if let Some((span, read)) = headed_rows(text, doc, template, end, Place::Block(s))
            .or_else(|| consulted_rows(text, doc, template, end, Place::Block(s)))
        {
            column_tables.push(span);
            found.extend(read);
        }
    }

    // Paragraphs, field lines and table rows in sign-off sections and blocks.
    // (A unit's owner is its section's, borrowed, or a table row's own.)
    let mut units: Vec<(Unit, Cow<'_, Owner>)> = Vec::new();
    // Statement lines where nothing else is read (see `statement.rs`).
    let mut statements: Vec<Clearance> = Vec::new();
    for p in &doc.paragraphs {
        if column_tables.iter().any(|t| t.contains(p.text)) {
            continue;
        }
        // A paragraph in no section holding labels' blocks (`IMPLICATIONS`
        // / `Legal:` / its text): each block's part of it, for its label.
        let in_blocks: Vec<&(Span, Owner)> = match p.section {
            Some(_) => Vec::new(),
            None => label_blocks
                .iter()
                .filter(|(b, _)| overlaps(*b, p.text))
                .collect(),
        };
        if !in_blocks.is_empty() {
            for (b, o) in in_blocks {
                let span = Span::new(b.start.max(p.text.start), b.end.min(p.text.end));
                let unit = Unit {
                    span,
                    lead: None,
                    field: None,
                    row: None,
                };
                units.push((unit, Cow::Borrowed(o)));
            }
            continue;
        }
        let owner = match p.section {
            Some(s) => owners[s].as_ref().or_else(|| block_at(p.text.start)),
            None => owner_at(p.text.start),
        };
        let unit = Unit {
            span: p.text,
            lead: None,
            field: None,
            row: None,
        };
        if let Some(o) = owner {
            units.push((unit, Cow::Borrowed(o)));
        } else if p.section.is_some() {
            let dated = || date_in(doc, p.text).is_some();
            match prose_reading(&template.clearance, p.text.of(text), dated) {
                Some(ProseReading::Sentences) => units.push((unit, Cow::Owned(Owner::Prose))),
                Some(ProseReading::Statements) => {
                    statements.extend(statement_lines(text, doc, template, p.text, Place::Prose));
                }
                None => {}
            }
        }
    }
    // A field line or a heading-only "section" that falls between sections
    // belongs to the section before it ("Legal Team Leader: NAME, date"
    // after the legal text; "Head of Finance – approved 31/05/24" read as
    // a heading).
    let owner_near = |pos: usize| {
        owner_at(pos).or_else(|| {
            let last = doc.sections.partition_point(|s| s.heading.start <= pos);
            owners[last.checked_sub(1)?].as_ref()
        })
    };
    for (id, s) in doc.sections.iter().enumerate() {
        if !s.paragraphs.is_empty()
            || !s.children.is_empty()
            || !resolved.section_ids[id].is_empty()
        {
            continue;
        }
        if column_tables.iter().any(|t| t.contains(s.title_span)) {
            continue;
        }
        let owner = owners[id]
            .as_ref()
            .or_else(|| owners[id.checked_sub(1)?].as_ref());
        if let Some(o) = owner {
            let unit = Unit {
                span: s.title_span,
                lead: None,
                field: None,
                row: None,
            };
            units.push((unit, Cow::Borrowed(o)));
        }
    }
    // The body starts at the first section; in a form with no headings
    // at all, whose parts are run-in heads ("Evidence Base:" over "1. The
    // zone …"), at the first numbered paragraph: the fields before it are
    // the front sheet's.
    let body = match doc.sections.first() {
        Some(s) => s.heading.start,
        None => doc
            .paragraphs
            .iter()
            .find(|p| p.number.is_some())
            .map_or(usize::MAX, |p| p.span.start),
    };
    for (i, f) in doc.fields.iter().enumerate() {
        // In the body, outside sign-off sections, a line labelled with a
        // post that gives a sign-off, or with the sign-off it records
        // ("Finance checked by: NAME, POST, date").
        // (Read only for a line that has no owner near it.)
        let line_owner = || {
            (f.span.start > body)
                .then(|| {
                    template
                        .clearance
                        .role_of_post(&f.key)
                        .map(str::to_string)
                        .or_else(|| sign_off_label_role(template, &f.key))
                        .or_else(|| consulted_list_role(text, doc, template, i))
                        .or_else(|| stacked_block_role(text, doc, template, f))
                })
                .flatten()
                .map(|r| Cow::Owned(Owner::Line(r)))
        };
        // A line whose key names another sign-off than the section it
        // falls in records that one ("Financial Implications Author: NAME,
        // POST, date" in a table after the last section, legal
        // implications).
        let near = owner_near(f.span.start).map(|o| {
            relabelled(template, o, &f.key, f.span.start > body).unwrap_or(Cow::Borrowed(o))
        });
        if let Some(o) = near.or_else(line_owner) {
            let end = (f.span.start > body)
                .then(|| wrapped_value_end(text, doc, template, f))
                .flatten();
            let unit = Unit {
                span: Span::new(f.span.start, end.unwrap_or(f.span.end)),
                lead: Some(&f.key),
                field: Some(i),
                row: None,
            };
            units.push((unit, o));
        } else if f.span.start > body {
            // A statement line read as a field: "Finance: NAME –
            // financial implications agreed, DATE".
            let span = with_wrapped_lines(text, doc, f.span);
            statements.extend(statement_lines(text, doc, template, span, Place::Line));
        }
    }
    let mut row_answers = Vec::new();
    for (t, table) in doc.tables.iter().enumerate() {
        if signoff_tables.contains(&t) {
            continue;
        }
        let owner = owner_at(table.span.start);
        // A table of approvers with no header row, its first row already a
        // post's ("| **Monitoring Officer** | NAME | DATE |"): each row led
        // by a post is that post's sign-off. A table with a header row
        // ("| Post | Name | Date |") is the sign-off readers' to judge.
        let rows_of_posts = table
            .rows
            .first()
            .and_then(|r| r.cells.first())
            .is_some_and(|c| template.clearance.role_of_post(&c.text).is_some());
        for row in &table.rows {
            let lead = row.cells.first().map(|c| c.text.as_str());
            // Outside a sign-off section, a row of an implications table
            // that names one ("Legal | ... agreed by ...").
            let o = match owner {
                Some(o) => lead
                    .and_then(|l| relabelled(template, o, l, row.span.start > body))
                    .unwrap_or(Cow::Borrowed(o)),
                None => {
                    let roles = lead.map(|l| roles_named(template, l)).unwrap_or_default();
                    if !roles.is_empty() {
                        Cow::Owned(Owner::Table(t, roles))
                    } else if let Some(r) = lead
                        .filter(|_| row.span.start > body)
                        .and_then(|l| sign_off_label_role(template, l))
                    {
                        // A clearance row in the body: "| Finance checked
                        // by | NAME, POST, date |".
                        Cow::Owned(Owner::Line(r))
                    } else if let Some(r) = lead
                        .filter(|_| rows_of_posts && row.span.start > body)
                        .and_then(|l| template.clearance.role_of_post(l))
                    {
                        // A row of such a table of approvers.
                        Cow::Owned(Owner::Line(r.to_string()))
                    } else if let Some(r) = lead.and_then(|l| signed_off_by_role(template, l)) {
                        // A sign-off row of a front sheet, or anywhere:
                        // "| Is it also signed off by the Service Director
                        // for Finance? | NAME, POST – DATE |".
                        row_answers.extend(answer_clearance(text, doc, template, r, row));
                        continue;
                    } else {
                        continue;
                    }
                }
            };
            let unit = Unit {
                span: row.span,
                lead,
                field: None,
                row: Some(row),
            };
            units.push((unit, o));
        }
    }
    for c in statements.into_iter().chain(row_answers) {
        if !found.iter().any(|f| overlaps(f.span, c.span)) {
            found.push(c);
        }
    }
    for c in consultee_clearances(text, doc, template) {
        if !found.iter().any(|f| overlaps(f.span, c.span)) {
            found.push(c);
        }
    }
    for c in dated_sign_off_lines(text, doc, template) {
        if !found.iter().any(|f| overlaps(f.span, c.span)) {
            found.push(c);
        }
    }
    for c in closing_signatures(text, doc, template) {
        if !found.iter().any(|f| overlaps(f.span, c.span)) {
            found.push(c);
        }
    }
    units.sort_by_key(|(u, _)| (u.span.start, std::cmp::Reverse(u.span.end)));
    for (unit, owner) in &units {
        for c in scan_unit(text, doc, template, unit, owner) {
            if !found.iter().any(|f| overlaps(f.span, c.span)) {
                found.push(c);
            }
        }
    }
    // A sign-off list of posts and ticks: each ticked post's clearance.
    for c in tick_clearances(&tick_lists(text, doc, template, &resolved.titles)) {
        if !found.iter().any(|f| overlaps(f.span, c.span)) {
            found.push(c);
        }
    }
    // No other reading of a question or its slot: the post a question
    // names ("cleared by the Council's Monitoring Officer") signs nothing.
    found.retain(|c| {
        !questions.iter().any(|q| {
            let own = q.cleared && q.officer.is_some() && c.span == q.slot;
            overlaps(q.question, c.span) || (overlaps(q.slot, c.span) && !own)
        })
    });
    found.sort_by_key(|c| (c.span.start, c.span.end));
    for i in 0..found.len() {
        let limit = found.get(i + 1).map_or(text.len(), |n| n.span.start);
        if let Some(line) = post_line_after(text, doc, template, found[i].span.end, limit) {
            let c = &mut found[i];
            if c.role.is_none() {
                c.role = template
                    .clearance
                    .role_of_post(&line.post.text)
                    .map(str::to_string);
            }
            if c.post.is_none() {
                c.post = Some(line.post);
            }
            c.span = c.span.cover(line.span);
        }
    }
    // A first-person declaration over a signature box ("I have been
    // consulted …" / "Signature: NAME" / "Date: DATE"): signed and dated
    // by the box, or undated where its "Date:" is empty.
    for i in 0..found.len() {
        if found[i].date.is_some() {
            continue;
        }
        let limit = found.get(i + 1).map_or(text.len(), |n| n.span.start);
        let Some(signed) = signature_box_after(text, doc, template, found[i].span, limit) else {
            continue;
        };
        let c = &mut found[i];
        if c.officer
            .as_ref()
            .is_some_and(|o| o.text != signed.officer.text)
        {
            continue;
        }
        c.officer = Some(signed.officer);
        c.date = signed.date;
        c.span = c.span.cover(signed.span);
    }
    for i in 0..found.len() {
        if found[i].date.is_some() {
            continue;
        }
        let limit = found.get(i + 1).map_or(text.len(), |n| n.span.start);
        let end = found[i].span.end;
        if let Some(d) = date_on_next_line(text, doc, end, limit)
            .or_else(|| date_in_continued_cell(text, doc, end, limit))
            .or_else(|| date_after_wrapped_post(text, doc, template, end, limit))
        {
            found[i].date = Some(d);
            found[i].span = found[i].span.cover(d.span);
        }
    }
    labelled_implications(text, doc, template, resolved, &mut found);
    post_headings(doc, template, resolved, &mut found);
    stamped_headings(text, doc, template, resolved, &mut found);
    found
}

/// The officer's post on the line right under a clearance.
pub(super) struct PostLine {
    /// The whole line.
    pub(super) span: Span,
    pub(super) post: TextItem,
}

/// The line right under a clearance that ends at `end` (with nothing after
/// it on its line), before `limit`, that gives the officer's post in a
/// stacked sign-off block: a field whose key is one of the pack's
/// `post-labels` ("On behalf of: Chief Financial Officer" under "Approved
/// by: Janet Orme"); or, with no colon, such a label before a post the
/// pack lists ("on behalf of the Section 151 Officer of the host
/// authority"); or a line that is only a post the pack lists ("Section 151
/// Officer" under "Signed: NAME"; at most eight words, no sentence).
pub(super) fn post_line_after(
    text: &str,
    doc: &Document,
    template: &Template,
    end: usize,
    limit: usize,
) -> Option<PostLine> {
    /// The most words of a line that is only a post.
    const MAX_WORDS: usize = 8;
    let rest = &text[end..];
    let eol = end + rest.find('\n')?;
    if !text[end..eol].trim().is_empty() {
        return None;
    }
    let next = eol + 1;
    let at = doc.fields.partition_point(|f| f.span.start < next);
    if let Some(f) = doc.fields.get(at) {
        if text[next..f.span.start.min(text.len())]
            .trim_matches([' ', '\t'])
            .is_empty()
        {
            // The next line is a field: a post label's, or none.
            return (f.span.end <= limit
                && !f.is_empty()
                && template.clearance.is_post_label(&f.key))
            .then(|| PostLine {
                span: f.span,
                post: TextItem {
                    text: f.value.clone(),
                    span: f.value_span,
                },
            });
        }
    }
    let line_end = text[next..].find('\n').map_or(text.len(), |i| next + i);
    if line_end > limit {
        return None;
    }
    let raw = &text[next..line_end];
    let line = raw.trim_end();
    let lead = line.len() - line.trim_start().len();
    let line = &line[lead..];
    let wording = &template.clearance;
    let from = match wording
        .post_after_label(line)
        .or_else(|| post_after_verb(wording, line))
    {
        Some(from) => from,
        None => {
            // A line that is only a post: capitalised, short, no sentence.
            let body = line.strip_suffix('.').unwrap_or(line);
            if !line.starts_with(char::is_uppercase)
                || body.contains(['.', ':', ';'])
                || line.split_whitespace().nth(MAX_WORDS).is_some()
            {
                return None;
            }
            0
        }
    };
    // (The officer who acted for the post may follow: "on behalf of the
    // Monitoring Officer by NAME, POST".)
    let post = line[from..].split(" by ").next().unwrap_or("").trim_end();
    wording.role_of_post(post)?;
    let start = next + lead;
    Some(PostLine {
        span: Span::new(start, start + line.len()),
        post: TextItem {
            text: post.to_string(),
            span: Span::new(start + from, start + from + post.len()),
        },
    })
}

/// Where the post starts on a line of a stacked sign-off block that opens
/// with one of the pack's verbs, perhaps "by or", then one of its
/// `post-labels`: "Agreed on behalf of the Monitoring Officer by NAME,
/// POST", "Agreed by or on behalf of the Section 151 Officer". `None`
/// for any other line ("Agreed by the Cabinet on 3 May").
pub(super) fn post_after_verb(wording: &Wording, line: &str) -> Option<usize> {
    let verb = wording
        .verbs
        .as_ref()?
        .find(line)
        .filter(|m| m.start() == 0)?;
    let rest = line[verb.end()..].trim_start();
    let rest = ["by or ", "by, or "]
        .iter()
        .find_map(|w| {
            rest.get(..w.len())
                .filter(|h| h.eq_ignore_ascii_case(w))
                .map(|_| &rest[w.len()..])
        })
        .unwrap_or(rest);
    let from = wording.post_after_label(rest)?;
    Some(line.len() - rest.len() + from)
}

/// The sign-off given by a stacked sign-off block in the body that no
/// sign-off section or clearance block holds: a field line whose key is
/// one of the pack's verbs, perhaps with "by" ("Approved by", "Signed"),
/// and whose value is a person's name, over a line giving a post the pack
/// lists ([`post_line_after`]): "Approved by: NAME" / "on behalf of the
/// Section 151 Officer" / "Date: DATE" under "Statutory Officer Approval"
/// after the background papers. `None` for a decision line ("Approved by:
/// Cabinet") or a post that gives no sign-off ("on behalf of the Chief
/// Fire Officer").
fn stacked_block_role(
    text: &str,
    doc: &Document,
    template: &Template,
    f: &crate::document::Field,
) -> Option<String> {
    let wording = &template.clearance;
    let key = normalise(&f.key);
    wording
        .verbs
        .as_ref()?
        .find_iter(&key)
        .find(|m| m.start() == 0 && matches!(&key[m.end()..], "" | " by"))?;
    if !is_name(f.value.trim(), &template.vocabulary.not_names) {
        return None;
    }
    let line = post_line_after(text, doc, template, f.span.end, text.len())?;
    wording.role_of_post(&line.post.text).map(str::to_string)
}

/// Where a field line in the body ends when its value wrapped onto the
/// next line in mid-phrase: "Legal officer comments: No further comments.
/// Jo Bloggs, Planning" / "Solicitor.". The value ends in a word, and the
/// next line is a short sentence's end (a capitalised word first, a full
/// stop last, six words at most, or twelve when a date closes it: the rest
/// of a signature's post and its date, "Comments of the Monitoring
/// Officer: no further legal comments. Elin Maddocks, Head of" / "Legal and
/// Democratic Services, 25 November 2026."), neither a field nor a
/// heading; or, with no full stop, the rest of a post and its date
/// ([`dated_wrapped_tail`]); `None` otherwise.
pub(super) fn wrapped_value_end(
    text: &str,
    doc: &Document,
    template: &Template,
    f: &crate::document::Field,
) -> Option<usize> {
    /// The most words of the wrapped tail.
    const MAX_WORDS: usize = 6;
    let value = f.value_span.of(text).trim_end();
    let after = &text[f.span.end..];
    let rest = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))?;
    let at = text.len() - rest.len();
    let line = rest.split('\n').next().unwrap_or("").trim_end();
    let lead = line.len() - line.trim_start().len();
    // (Emphasis closing the value aside: "*Legal advice: NAME, FIRM,
    // solicitors to the*" / "*Council, 1 March 2028.*".)
    let tail = line.trim_start().trim_end_matches(['*', '_']);
    let (start, end) = (at + lead, at + line.len());
    let closing_date = || {
        date_in(doc, Span::new(start, end)).is_some_and(|d| {
            text[d.span.end..end]
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '*' | '_'))
                .is_empty()
        })
    };
    let sentence_end = value.chars().next_back()?.is_alphabetic()
        && tail.starts_with(char::is_uppercase)
        && tail.ends_with('.')
        && tail.split_whitespace().nth(MAX_DATED_WORDS).is_none()
        && (tail.split_whitespace().nth(MAX_WORDS).is_none() || closing_date());
    if !sentence_end && !dated_wrapped_tail(text, doc, template, f, Span::new(start, end)) {
        return None;
    }
    let field = doc.fields.partition_point(|g| g.span.start < start);
    if doc.fields.get(field).is_some_and(|g| g.span.start < end) {
        return None;
    }
    let heading = doc.sections.partition_point(|s| s.heading.start < start);
    if doc
        .sections
        .get(heading)
        .is_some_and(|s| s.heading.start < end)
    {
        return None;
    }
    Some(end)
}

/// The most words of a field value's wrapped tail that a date closes.
const MAX_DATED_WORDS: usize = 12;

/// Words that join the words of a post ("Director of Law and" /
/// "Governance", "on behalf of the Section 151 Officer").
const JOINING: &[&str] = &["on", "of", "for", "the", "and", "behalf"];

/// Whether `next`, the line right under field line `f` (a sign-off line in
/// the body), is the rest of `f`'s value where that value visibly broke
/// in mid-phrase and a date closes the line, with no full stop needed:
///
/// ```text
/// Legal: cleared by NAME, Director of Law and
/// Governance and Monitoring Officer, 15 February 2027
///
/// Financial comments supplied by: NAME, Corporate
/// Finance Manager, Ceredigion Fawr County Council - 12 March 2027
///
/// Legal comments: the Head of Law has seen this report
/// and is content with it - NAME, 4 January 2027.
/// ```
///
/// `next` holds at most twelve words, is indented no less than `f`'s line
/// (the same paragraph: no numbered paragraph starts on it) and ends in a
/// date after a comma, a dash or "on" (a full stop at most after it).
/// Before that it is either the rest of a post, every word capitalised or
/// joining ("and", "of", "the"), where `f`'s value ends in a joining word,
/// a comma, a post begun after a comma and not yet one the pack lists
/// ("NAME, Corporate"), or an open bracket that `next` closes ("Chief
/// Finance Officer (Section" / "151 Officer), 22 February 2029."); or,
/// where the value ends in a word of a sentence and `next` goes on in
/// lower case, the sentence's end, a dash and a person's name. So a value that ends in a full stop or a whole post, a
/// name alone over "on behalf of" a post (a stacked sign-off block), and a
/// sentence under the line that happens to end in a date are not joined.
fn dated_wrapped_tail(
    text: &str,
    doc: &Document,
    template: &Template,
    f: &crate::document::Field,
    next: Span,
) -> bool {
    let value = f.value_span.of(text).trim_end();
    let line = next.of(text);
    if line.is_empty() || line.split_whitespace().nth(MAX_DATED_WORDS).is_some() {
        return false;
    }
    // The same paragraph: indented no less than the field's line.
    let indent = |from: usize| {
        text[from..]
            .bytes()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count()
    };
    let own_start = crate::parse::line::line_start(text, f.span.start);
    let next_start = crate::parse::line::line_start(text, next.start);
    let para = doc
        .paragraphs
        .partition_point(|p| p.span.start < next.start);
    if indent(next_start) < indent(own_start)
        || doc.paragraphs[para..]
            .iter()
            .take_while(|p| p.span.start < next.end)
            .any(|p| p.number.is_some())
    {
        return false;
    }
    // The date closes the line.
    let Some(d) = dates_from(doc, next.start)
        .iter()
        .take_while(|d| d.span.start < next.end)
        .last()
        .filter(|d| d.span.end <= next.end)
    else {
        return false;
    };
    if !text[d.span.end..next.end]
        .trim_matches(|c: char| c.is_whitespace() || c == '.')
        .is_empty()
    {
        return false;
    }
    // After a comma, a dash or "on".
    let head = text[next.start..d.span.start].trim_end();
    let head = match head.strip_suffix(" on") {
        Some(h) => h.trim_end(),
        None => head,
    };
    let Some(head) = head
        .strip_suffix([',', '-', '–', '—'])
        .map(str::trim_end)
        .filter(|h| !h.is_empty())
    else {
        return false;
    };
    let last = value.rsplit([' ', '\t']).next().unwrap_or("");
    let joining = |w: &str| JOINING.iter().any(|j| w.eq_ignore_ascii_case(j));
    // The rest of a post: capitalised words (a figure: "Section 151
    // Officer") and joining words, commas between.
    let post_words = head.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '(' | ')'));
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || joining(w)
    });
    if post_words && !head.contains(['.', ';', ':']) {
        let begun = || {
            let Some((_, piece)) = value.rsplit_once(',') else {
                return false;
            };
            let piece = piece.trim();
            piece.ends_with(char::is_alphabetic)
                && piece
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
                && template.clearance.role_of_post_ending(piece).is_none()
        };
        // A bracket left open ("Chief Finance Officer (Section" / "151
        // Officer), DATE") that the next line closes.
        let closes_bracket = || value.rfind('(') > value.rfind(')') && head.contains(')');
        return value.ends_with(',') || joining(last) || begun() || closes_bracket();
    }
    // The end of a sentence, a dash and the name of who gave it.
    if !value.ends_with(char::is_alphabetic) || !line.starts_with(char::is_lowercase) {
        return false;
    }
    let Some((sentence, name)) = [" - ", " – ", " — "]
        .iter()
        .find_map(|dash| head.rsplit_once(dash))
    else {
        return false;
    };
    !sentence.contains(['.', ';', ':']) && is_name(name.trim(), &template.vocabulary.not_names)
}

/// Words of a sentence outside the sign-off sections that say what an
/// officer cleared: the implications, or their comments or advice.
static CLEARED_WHAT: LazyLock<Pattern> =
    LazyLock::new(|| fixed(r"(?i)(?-u:\b)(?:implications?|comments|advice)(?-u:\b)"));

/// What a paragraph outside the sign-off sections may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ProseReading {
    /// A clearance in a sentence ([`Owner::Prose`]): the paragraph names
    /// the implications, a verb of the pack's and a post giving a sign-off.
    Sentences,
    /// Only statement lines ("Finance: NAME – financial implications
    /// agreed, DATE"; see `statement.rs`): the paragraph names the
    /// implications and a verb of the pack's, and holds a colon, but no
    /// post the pack lists.
    Statements,
}

/// What a paragraph outside the sign-off sections may hold, if anything.
/// Cheap; [`scan_unit`] and [`statement_lines`] decide. (Most paragraphs
/// of a paper are outside: one byte search for the words' stems, in lower
/// case or capitals, comes first, the patterns only where one is found.)
/// A paragraph naming none of those words is read for a joint clearance
/// ([`joint_named_clearance`]) where `dated` says it holds a date (a
/// binary search of the paper's dates, asked first: most paragraphs hold
/// none), it joins words with "and", and it
/// holds one of the pack's verbs and posts giving two sign-offs: "The Chief
/// Officer – Finance (Section 95 Officer), NAME, and the Head of Legal and
/// Democratic Services (Monitoring Officer), NAME, have been consulted and
/// agree the content of this report, DATE".
fn prose_reading(
    wording: &Wording,
    para: &str,
    dated: impl FnOnce() -> bool,
) -> Option<ProseReading> {
    // (One multi-stem search: a pass per stem cost six passes over
    // nearly every paragraph.)
    static STEMS: LazyLock<aho_corasick::packed::Searcher> = LazyLock::new(|| {
        aho_corasick::packed::Searcher::new([
            "mplication",
            "omments",
            "dvice",
            "MPLICATION",
            "OMMENTS",
            "DVICE",
        ])
        .expect("fixed stems compile")
    });
    if STEMS.find(para).is_none() || !CLEARED_WHAT.is_match(para) {
        let joint = dated()
            && memchr::memmem::find(para.as_bytes(), b" and ").is_some()
            && wording.verbs.as_ref().is_some_and(|v| v.is_match(para))
            && wording.names_several_roles(para);
        return joint.then_some(ProseReading::Sentences);
    }
    if !wording.verbs.as_ref().is_some_and(|v| v.is_match(para)) {
        return None;
    }
    if wording.role_of_post(para).is_some() {
        Some(ProseReading::Sentences)
    } else {
        memchr::memchr(b':', para.as_bytes()).map(|_| ProseReading::Statements)
    }
}

/// The subject `head` of a verb less a first-person pronoun closing it
/// ("I", "We") that opens a line of its own after a word: a declaration
/// run into the line of the post above it ("Chief Finance Officer" / "I
/// have been consulted …", `pdftotext` with no blank line), whose signer
/// is the post's officer. `head` itself where no such pronoun closes it,
/// or where a label's colon stands before it ("Chief Finance Officer: I
/// have been consulted … (NAME, POST, DATE)", whose bracket signs it).
/// `breaks(a, b)` says whether the white space at `head[a..b]` holds a
/// line break in the paper.
fn first_person_subject(head: &str, breaks: impl Fn(usize, usize) -> bool) -> &str {
    let t = head.trim_end();
    match t.rsplit_once(char::is_whitespace) {
        Some((before, "I" | "We"))
            if before.ends_with(|c: char| c.is_alphanumeric())
                && breaks(before.len(), t.len() - 1) =>
        {
            before
        }
        _ => head,
    }
}

/// Where the officer's post opens in the subject `head` of a verb, the
/// earliest post the pack lists being at `at`: there, or at a "the" right
/// before it ("the Section 151 Officer"). A post found in a bracket
/// completes the words before the bracket, which open the post back to
/// the subject's start or its last comma before them: "The Chief Officer –
/// Finance (Section 95 Officer), NAME, and …" opens at "The".
pub(super) fn post_opening(head: &str, at: usize) -> usize {
    let before = &head[..at];
    let before = match unclosed_open(before) {
        Some(open) => {
            let lead = &before[..open];
            let start = lead.rfind(',').map_or(0, |c| c + 1);
            return open - lead[start..].trim_start().len();
        }
        None => before,
    };
    before
        .strip_suffix("the ")
        .or_else(|| before.strip_suffix("The "))
        .map_or(at, str::len)
}

/// Where the post `posts` finds at `at` in `head` is named again, word
/// for word, later in `head`: there; else `at`.
fn repeated_post(posts: Option<&Pattern>, head: &str, at: usize) -> usize {
    let Some(found) = posts.and_then(|p| p.find(&head[at..])) else {
        return at;
    };
    let post = &head[at..at + found.end()];
    let after = at + found.end();
    head[after..].find(post).map_or(at, |k| after + k)
}

/// Where the last bracket still open at the end of `s` opens.
fn unclosed_open(s: &str) -> Option<usize> {
    let mut open = Vec::new();
    for (i, c) in s.char_indices() {
        match c {
            '(' => open.push(i),
            ')' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// What [`joint_named_clearance`] needs of each clearance read in a
/// paragraph: its sentence (flat offsets), sign-off, whether it names a
/// person, and the span of its date where the date is in that sentence.
struct JointPart {
    sentence: (usize, usize),
    role: Option<String>,
    named: bool,
    date: Option<Span>,
}

/// Whether a clearance names its officer as a person: by its officer, or
/// in a bracket closing its post ("the Monitoring Officer (Jo Bloggs)").
fn named_officer(c: &Clearance, not_names: &crate::parse::vocabulary::Words) -> bool {
    let bracketed = |post: &str| {
        let inner = post.trim_end().strip_suffix(')')?;
        let open = inner.rfind('(')?;
        Some(is_name(inner[open + 1..].trim(), not_names))
    };
    c.officer
        .as_ref()
        .is_some_and(|o| is_name(o.text.trim(), not_names))
        || c.post
            .as_ref()
            .and_then(|p| bracketed(&p.text))
            .unwrap_or(false)
}

/// Whether clearance `k` of those read in a paragraph outside the
/// sign-off sections (`parts`, in order) is one of a joint clearance: officers joined by "and", each a person named with a post
/// giving a different sign-off, and one date in the sentence that all of
/// them share ("The Chief Officer – Finance (Section 95 Officer), NAME, and
/// the Head of Legal and Democratic Services (Monitoring Officer), NAME,
/// have been consulted and agree the content of this report, 2 December
/// 2026": how Scottish councils clear a report). Such a sentence need not
/// name the implications: two statutory officers, each by name, agreeing
/// the report on one day is what a clearance says.
fn joint_named_clearance(parts: &[JointPart], k: usize) -> bool {
    let Some(JointPart {
        sentence,
        date: Some(date),
        ..
    }) = parts.get(k)
    else {
        return false;
    };
    let together: Vec<&JointPart> = parts
        .iter()
        .filter(|p| p.sentence == *sentence && p.date == Some(*date))
        .collect();
    let mut roles: Vec<&str> = together.iter().filter_map(|p| p.role.as_deref()).collect();
    roles.sort_unstable();
    roles.dedup();
    together.len() > 1 && roles.len() == together.len() && together.iter().all(|p| p.named)
}

/// The clearance a sign-off row gives whose label asks whether the post
/// giving `role` signed the paper off ([`signed_off_by_role`]), from its
/// answer: the officer who opens it, the post after their name, and the
/// date in it ("| Is it also signed off by the Service Director for
/// Finance? | Mark Dwyer, Service Director – Finance – 18 February 2027
/// |"). `None` for an answer that names nobody ("Yes", "To follow").
fn answer_clearance(
    text: &str,
    doc: &Document,
    template: &Template,
    role: String,
    row: &crate::document::Row,
) -> Option<Clearance> {
    let cell = row.cells.get(1)?;
    let date = date_in(doc, cell.span);
    let end = date.map_or(cell.span.end, |d| d.span.start);
    let raw = &text[cell.span.start..end.max(cell.span.start)];
    let lead = raw.len() - raw.trim_start().len();
    let who = raw.trim().trim_end_matches(['–', '—', '-', ',', ' ']);
    let at = cell.span.start + lead;
    let (officer, post) = split_opening_name(who, &template.vocabulary.not_names)?;
    let item = |(s, e): (usize, usize)| TextItem {
        text: who[s..e].trim().to_string(),
        span: Span::new(at + s, at + e),
    };
    Some(Clearance {
        role: Some(role),
        officer: Some(item(officer)),
        post: post
            .filter(|&(s, e)| !who[s..e].trim().is_empty())
            .map(item),
        date,
        span: row.span,
        place: Place::Line,
    })
}

/// A labelled line's own owner where it falls in a section needing other
/// sign-offs than the one its label records ([`sign_off_label_role`]):
/// "Finance checked by: NAME, POST, date" or "Financial Implications
/// Author: …" after the last section, legal implications, is a line of
/// its own. `None` where the owner stands (in the front sheet, before
/// `in_body`, too).
fn relabelled<'o>(
    template: &Template,
    owner: &Owner,
    label: &str,
    in_body: bool,
) -> Option<Cow<'o, Owner>> {
    let Owner::SignOff(_, roles) = owner else {
        return None;
    };
    if !in_body {
        return None;
    }
    let role = sign_off_label_role(template, label)?;
    (!roles.contains(&role)).then_some(Cow::Owned(Owner::Line(role)))
}

/// The sign-off field `i` records as a line of a list of officers
/// consulted: its key names one sign-off's implications ("Finance",
/// "Legal") and it stands, with only other field lines and blank lines
/// before it, right under a paragraph or heading saying officers were
/// consulted in the pack's words ([`says_consulted`]): "I have consulted
/// the relevant departments in respect of any relevant implications …" /
/// "Finance: NAME" / "Legal: NAME". `None` otherwise.
fn consulted_list_role(
    text: &str,
    doc: &Document,
    template: &Template,
    i: usize,
) -> Option<String> {
    let f = &doc.fields[i];
    let roles = roles_named(template, &f.key);
    let [role] = &roles[..] else {
        return None;
    };
    // The first field line of the list.
    let mut first = i;
    while first > 0
        && doc.fields[first - 1].span.end <= doc.fields[first].span.start
        && text[doc.fields[first - 1].span.end..doc.fields[first].span.start]
            .trim()
            .is_empty()
    {
        first -= 1;
    }
    // The lead-in right above it: a paragraph, or a heading (one closing
    // with a colon is read as one).
    let start = doc.fields[first].span.start;
    let right_above = |end: usize| end <= start && text[end..start].trim().is_empty();
    let before = doc.paragraphs.partition_point(|p| p.span.end <= start);
    let lead = match before.checked_sub(1).map(|p| &doc.paragraphs[p]) {
        Some(p) if right_above(p.span.end) => p.text.of(text),
        _ => {
            let s = doc.sections.partition_point(|s| s.heading.end <= start);
            let s = &doc.sections[s.checked_sub(1)?];
            if !right_above(s.heading.end) {
                return None;
            }
            // Or a heading naming the officers' consultation itself
            // ("Statutory Officer Consultation" closing a county's report
            // over "Finance: NAME, POST, date" / "Legal: …").
            if consults_officers(&s.title) || names_implications_officers(&s.title) {
                return Some(role.clone());
            }
            s.title.as_str()
        }
    };
    // Or a lead-in line naming the officers for the implications
    // ("Specialist Implications Officer(s)" over "Financial: NAME, POST,
    // Tel: …" / "Legal: …", closing York's contact details).
    let last = lead.lines().last().unwrap_or("");
    (says_consulted(&template.clearance, lead) || names_implications_officers(last))
        .then(|| role.clone())
}

/// Whether a short line names the officers who advised on the
/// implications: a word for officers and "implications", and nothing
/// said of them ("Specialist Implications Officer(s)", "Implications
/// officers"). Not "Officers will report the implications", a sentence.
pub(super) fn names_implications_officers(line: &str) -> bool {
    /// The most words of such a line.
    const MAX_WORDS: usize = 5;
    let words: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "s")
        .map(str::to_lowercase)
        .collect();
    words.len() <= MAX_WORDS
        && !line.trim_end().ends_with(['.', ';', ','])
        && words.iter().any(|w| w == "officer" || w == "officers")
        && words.iter().any(|w| w == "implications")
}

/// Whether a heading names the consultation of officers: a word for
/// officers and one for their consultation, in a short title ("Statutory
/// Officer Consultation", "Consultation with Statutory Officers"). Not
/// "Consultation" alone, which is the public's.
pub(super) fn consults_officers(title: &str) -> bool {
    /// The most words of such a heading.
    const MAX_WORDS: usize = 6;
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.len() <= MAX_WORDS
        && words.iter().any(|w| w == "officer" || w == "officers")
        && words.iter().any(|w| w == "consultation")
}

/// Whether a line's last word is "consultation" (any case), as that of a
/// heading naming the officers' consultation is ([`consults_officers`]):
/// a cheap test before reading its words.
fn ends_consultation(line: &str) -> bool {
    const WORD: &str = "consultation";
    let line =
        line.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '*' | '_' | '.'));
    line.len() >= WORD.len()
        && line.is_char_boundary(line.len() - WORD.len())
        && line[line.len() - WORD.len()..].eq_ignore_ascii_case(WORD)
}

/// Whether a paragraph says officers were consulted, in the pack's words:
/// one of its verbs right after "has", "have", "had", "was" or "were"
/// (perhaps with "been"), in a paragraph with a cue ("implications",
/// "comments", "officers").
pub(super) fn says_consulted(wording: &Wording, para: &str) -> bool {
    let Some(verbs) = &wording.verbs else {
        return false;
    };
    CUE.is_match(para)
        && verbs
            .find_iter(para)
            .any(|m| DONE.is_match(&para[..m.start()]))
}

/// The dates that a sentence naming `n` officers gives them in turn, where
/// it says "respectively": its `n` dates ("on 3 and 9 March 2026"), or
/// one date with the days before it that share its month and year ("on
/// 27 and 28 January 2026", "on 2nd, 5th and 9th March 2026"). `None`
/// where the sentence does not say "respectively" or its dates do not
/// number `n`: then which date is whose is not known.
fn respective_dates(
    text: &str,
    doc: &Document,
    sentence: Span,
    n: usize,
) -> Option<Vec<DateMention>> {
    static RESPECTIVELY: LazyLock<Pattern> =
        LazyLock::new(|| fixed(r"(?i)(?-u:\b)respectively(?-u:\b)"));
    if !RESPECTIVELY.is_match(sentence.of(text)) {
        return None;
    }
    let dates: Vec<DateMention> = dates_from(doc, sentence.start)
        .iter()
        .take_while(|d| d.span.start < sentence.end)
        .copied()
        .collect();
    if dates.len() == n {
        return Some(dates);
    }
    let [last] = dates[..] else {
        return None;
    };
    if last.value.day.is_none() || last.value.end_month.is_some() {
        return None;
    }
    // Walk back from the date over "27 and ", "2nd, 5th and ".
    let mut days = Vec::new();
    let mut at = last.span.start;
    loop {
        let before = text[sentence.start..at].trim_end();
        let Some(before) = before
            .strip_suffix("and")
            .or_else(|| before.strip_suffix(','))
            .or_else(|| before.strip_suffix('&'))
        else {
            break;
        };
        let before = before.trim_end();
        let bare = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| before.strip_suffix(s))
            .unwrap_or(before);
        let digits = bare.len() - bare.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let start = sentence.start + bare.len() - digits;
        if !(1..=2).contains(&digits)
            || text[..start].ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == '/')
        {
            break;
        }
        let value = crate::document::DateValue {
            day: text[start..start + digits].parse().ok(),
            ..last.value
        };
        if !value.is_valid() {
            return None;
        }
        days.push(DateMention {
            span: Span::new(start, sentence.start + before.len()),
            value,
        });
        at = start;
    }
    if days.len() + 1 != n {
        return None;
    }
    days.reverse();
    days.push(last);
    Some(days)
}

/// The lines that are only a sign-off heading ("Signed off by",
/// "STATUTORY OFFICER CLEARANCE", perhaps after a section number), with
/// the section each lies in or follows.
fn sign_off_heading_lines(
    text: &str,
    doc: &Document,
    template: &Template,
) -> Vec<(Span, SectionId)> {
    /// The longest line read as a heading.
    const MAX_HEADING: usize = 60;
    let wording = &template.clearance;
    let mut out = Vec::new();
    // The lines as the parser found them (a long line is passed over by
    // its length alone; its bytes are not read).
    let found;
    let starts = if doc.line_starts.is_empty() {
        found = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect::<Vec<usize>>();
        &found
    } else {
        &doc.line_starts
    };
    for (i, &at) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(text.len(), |&next| next - 1);
        if end - at > MAX_HEADING + 8 {
            continue;
        }
        let raw = &text[at..end];
        let line = raw.trim();
        if line.is_empty()
            || line.len() > MAX_HEADING
            || line.contains(['|', '\t'])
            || !(wording.may_be_heading_line(line) || ends_consultation(line))
        {
            continue;
        }
        // A section number before it ("11.0 STATUTORY OFFICER CLEARANCE").
        let title = line
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .trim_start();
        // (Or a heading naming the officers' consultation: "Statutory
        // officer consultation", the first column's heading of a table
        // of who cleared it and when, flattened one cell a line.)
        if !wording.is_heading(title) && !consults_officers(title) {
            continue;
        }
        let lead = raw.len() - raw.trim_start().len();
        let span = Span::new(at + lead, at + lead + line.len());
        let section = doc.section_at(span.start).or_else(|| {
            doc.sections
                .partition_point(|s| s.heading.start <= span.start)
                .checked_sub(1)
        });
        if let Some(s) = section {
            out.push((span, s));
        }
    }
    out
}

/// Clearance blocks opened by a run-in label in a section that is neither
/// a sign-off section nor a block: a paragraph whose first line is only one
/// of the pack's block headings and a colon ("7.2 Statutory officer
/// clearance:" under "Governance"). Each runs to the next numbered
/// paragraph or heading (field lines after it may fall outside its
/// section); as (extent, owner). And a table right under a field line
/// whose key is one of those headings and whose value is empty or a dash
/// ("Statutory officer sign-off:" over a Role | Name | Date table), as the
/// same heading without its colon heads it; the block is the table alone.
fn run_in_blocks(
    text: &str,
    doc: &Document,
    template: &Template,
    owners: &[Option<Owner>],
) -> Vec<(Span, Owner)> {
    /// The longest run-in label read.
    const MAX_LABEL: usize = 80;
    let mut out = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let Some(s) = p.section else {
            continue;
        };
        if owners[s].is_some() {
            continue;
        }
        // A label is one short line: look no further than its length.
        let body = p.text.of(text);
        let head = &body.as_bytes()[..body.len().min(MAX_LABEL + 2)];
        let first = match memchr::memchr(b'\n', head) {
            Some(n) => &body[..n],
            None if body.len() <= MAX_LABEL => body,
            None => continue,
        };
        if !first.trim_end().trim_end_matches(['*', '_']).ends_with(':') {
            continue;
        }
        let plain = crate::parse::inline::plain(first);
        let label = plain.trim().trim_end_matches(':');
        if !template.clearance.is_heading(label) {
            continue;
        }
        let next_para = doc.paragraphs[i + 1..]
            .iter()
            .find(|q| q.number.is_some())
            .map(|q| q.span.start);
        let next_heading = doc
            .sections
            .iter()
            .map(|x| x.heading.start)
            .find(|&h| h > p.span.start);
        let end = next_para
            .into_iter()
            .chain(next_heading)
            .min()
            .unwrap_or(text.len());
        out.push((Span::new(p.text.start, end), Owner::Block(s)));
    }
    for f in &doc.fields {
        // A dash for a value says the table below gives it ("Approvals
        // obtained on behalf of Statutory Officers: -").
        let empty = f.value.trim().trim_matches(['-', '–', '—']).is_empty();
        if !empty || !template.clearance.is_heading(&f.key) {
            continue;
        }
        // The first table after the field, with only blank lines between.
        let at = doc.tables.partition_point(|t| t.span.start < f.span.end);
        let Some(table) = doc.tables.get(at) else {
            continue;
        };
        if !text[f.span.end..table.span.start].trim().is_empty() {
            continue;
        }
        let Some(s) = table.section.or_else(|| doc.section_at(f.span.start)) else {
            continue;
        };
        if owners[s].is_none() {
            out.push((table.span, Owner::Block(s)));
        }
    }
    out
}

/// What may stand between an undated clearance and its date on the next
/// line: the rest of a wrapped post in brackets, then "Date:" —
/// "Signed: Jo Bloggs, Head of Legal Services\n(Monitoring Officer)
/// Date: 18 November 2024"; or, on the same line, a date label with its
/// colon opening the next sentence ("Principal Lawyer. Date cleared: 6
/// October 2025"); or a bracket of its own opening with a date label,
/// after the sentence's full stop, on the same line or the next ("…
/// Monitoring Officer. (Date 19/03/2027)"), where the bracket closes
/// right after the date.
pub(super) static NEXT_LINE_DATE: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"(?i)^[ \t.,;]*(?:\r?\n[ \t]*(?:\([^()\n]{1,80}\)[ \t,;]*)?(?:(?:date(?:[ \t]+(?:signed(?:[ \t]+off)?|cleared|agreed|consulted))?|dated)\b[ \t]*:?[ \t]*|on[ \t]+)|(?:date(?:[ \t]+(?:signed(?:[ \t]+off)?|cleared|agreed|consulted))?|dated)[ \t]*:[ \t]*|(?:\r?\n[ \t]*)?\([ \t]*(?:date(?:[ \t]+(?:signed(?:[ \t]+off)?|cleared|agreed|consulted))?|dated)\b[ \t]*:?[ \t]*)",
    )
});

/// The next line of a clearance line that its list wrapped onto, up to a
/// date that closes it: nothing, after a line ending in a comma
/// ("Lydbrook Council," / "03.12.25"), or the tail of the post, then a
/// comma ("… Head of Finance (S151), Severnmouth" / "Council, 02.12.25";
/// "… Strategic Finance Manager" / "(Place), 12 January 2027.").
static WRAPPED_TAIL: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"^[ \t]*,?[ \t]*\r?\n[ \t]*(?:(?:\(?[A-Z][A-Za-z'’&()\-]*|of|and|for|the|&)(?:[ \t]+(?:\(?[A-Z][A-Za-z'’&()\-]*|of|and|for|the|&)){0,4}[ \t]*,[ \t]*)?",
    )
});

/// A dash closing a clearance's line, after the clearance, the date alone
/// on the next: "Finance: Approved -- NAME, POST --" / "10/09/2027".
static DASH_BREAK: LazyLock<Pattern> =
    LazyLock::new(|| fixed(r"^[ \t]*(?:--|–|—|-)[ \t]*\r?\n[ \t]*"));

/// The date given on the line after a clearance that ends at `end`, before
/// `limit`, if that line holds only it (after a bracket or "Date:", or
/// after a dash closing the clearance's line, [`DASH_BREAK`]); or a date
/// label and date in the sentence after it on its own line; or, where the
/// clearance's line is a list that wrapped ([`WRAPPED_TAIL`]), the date
/// that closes the list on the next line; or, where it ends in mid-post,
/// the date of a "Date:" line right under the rest of the post
/// ([`WRAPPED_LINE_DATE_LABEL`]; "Name of Finance Officer: NAME, Strategic
/// Finance" / "Business Partner\" / "Date: 4 January 2029"), not one
/// naming another field ("Date of meeting:") nor an empty "Date:".
pub(super) fn date_on_next_line(
    text: &str,
    doc: &Document,
    end: usize,
    limit: usize,
) -> Option<DateMention> {
    let window = &text[end..limit.min(text.len()).max(end)];
    let lead = NEXT_LINE_DATE
        .find(window)
        .or_else(|| {
            let tail = WRAPPED_TAIL.find(window)?;
            // With no tail of the post, the clearance's line ends in a
            // comma, or in a dash with the date alone under it.
            let before = text[..end].trim_end_matches([' ', '\t']);
            let dash = [" --", " –", " —", " -"]
                .iter()
                .any(|d| before.ends_with(d))
                && !window[..tail.end()].contains(char::is_alphabetic);
            (before.ends_with(',') || dash || window[..tail.end()].contains(',')).then_some(tail)
        })
        .or_else(|| DASH_BREAK.find(window))
        .or_else(|| {
            // A "Date:" line under the rest of a post cut in mid-post: the
            // clearance's line ends in a word.
            text[..end]
                .trim_end_matches([' ', '\t', '*', '_'])
                .ends_with(char::is_alphabetic)
                .then(|| WRAPPED_LINE_DATE_LABEL.find(window))?
        })?;
    let at = end + lead.end();
    let d = dates_from(doc, at).first().copied()?;
    if d.span.start != at || d.span.end > limit {
        return None;
    }
    // A bracket of its own holds only the date.
    let lead_text = &window[..lead.end()];
    if lead_text.rfind('(') > lead_text.rfind(')')
        && !text[d.span.end..]
            .trim_start_matches([' ', '\t'])
            .starts_with(')')
    {
        return None;
    }
    // Nothing but punctuation after the date on its line.
    let rest = text[d.span.end..].lines().next().unwrap_or("");
    rest.trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        .is_empty()
        .then_some(d)
}

/// How many words of the post may come before the date on a cell's
/// next line.
const CELL_TAIL_WORDS: usize = 8;

/// The date a clearance that ends at `end`, in a table cell, gives on the
/// cell's next line, before `limit`: where a table writes a cell over
/// several lines (a Pandoc grid table), the clearance ends its line of the
/// cell, the table's next row has text only in the same column, and that
/// text is the rest of the post, a comma, then the date and nothing more:
///
/// ```text
/// |           | Comments provided by Sunita Varma, Finance Business      |
/// |           | Partner (Children's Services), 24 October 2024           |
/// ```
fn date_in_continued_cell(
    text: &str,
    doc: &Document,
    end: usize,
    limit: usize,
) -> Option<DateMention> {
    let within = |s: Span| s.start <= end && end <= s.end;
    let table = doc.tables.iter().find(|t| within(t.span))?;
    let r = table.rows.iter().position(|row| within(row.span))?;
    let (row, next) = (&table.rows[r], table.rows.get(r + 1)?);
    let col = row.cells.iter().position(|c| within(c.span))?;
    if !text[end..row.cells[col].span.end].trim().is_empty()
        || next.cells.len() != row.cells.len()
        || next
            .cells
            .iter()
            .enumerate()
            .any(|(j, c)| j != col && !c.text.trim().is_empty())
    {
        return None;
    }
    let cell = next.cells[col].span;
    let d = date_in(doc, cell).filter(|d| d.span.end <= cell.end.min(limit))?;
    let tail = text[cell.start..d.span.start].trim_end();
    let tail_ok = tail.is_empty()
        || (tail.ends_with(',')
            && !tail.contains(['.', ';', ':'])
            && tail.split_whitespace().count() <= CELL_TAIL_WORDS);
    let after = &text[d.span.end..cell.end];
    (tail_ok
        && after
            .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .is_empty())
    .then_some(d)
}

/// The most words of a post wrapped onto the next line before its date.
const WRAPPED_POST_WORDS: usize = 12;

/// The date closing the next line of a clearance that ends at `end` in
/// mid-phrase, before `limit`: its line ends in a word that joins a post
/// ("on", "of", "for", "the", "and", "behalf"), and the next line is the
/// rest of a post the pack lists, a comma, then the date and nothing more:
///
/// ```text
/// Financial implications approved by: NAME, Head of Finance, on
/// behalf of the Director of Finance (Section 151 Officer), 24 February 2026
/// ```
fn date_after_wrapped_post(
    text: &str,
    doc: &Document,
    template: &Template,
    end: usize,
    limit: usize,
) -> Option<DateMention> {
    let line = text[..end].trim_end_matches([' ', '\t']);
    let last = line.rsplit([' ', '\t']).next()?;
    if !JOINING.iter().any(|w| last.eq_ignore_ascii_case(w)) {
        return None;
    }
    let limit = limit.min(text.len()).max(end);
    let after = text[end..limit].trim_start_matches([' ', '\t']);
    let after = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))?;
    let next = limit - after.len();
    let next_end = next + after.find('\n').unwrap_or(after.len());
    let d = dates_from(doc, next)
        .iter()
        .take_while(|d| d.span.start < next_end)
        .last()
        .copied()?;
    if d.span.end > limit
        || !text[d.span.end..next_end]
            .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .is_empty()
    {
        return None;
    }
    let post = text[next..d.span.start]
        .trim_end()
        .strip_suffix(',')?
        .trim();
    (!post.is_empty()
        && !post.contains(". ")
        && post.split_whitespace().nth(WRAPPED_POST_WORDS).is_none()
        && template.clearance.role_of_post(post).is_some())
    .then_some(d)
}

/// The rest of a clearance's line that wrapped onto a line of its own,
/// then a "Date:" label opening the next: a few capitalised (or
/// bracketed) words and joining words, no punctuation between, perhaps a
/// Markdown hard break (`\`) closing them ("Strategic Finance" /
/// "Business Partner\\" / "Date: 4 January 2029"). Or, where the
/// clearance's line ends at the officer's name (perhaps bold, perhaps a
/// hard break after it), the post on a line of its own, its words
/// perhaps parted by a comma ("Implications verified by: **NAME**\\" /
/// "Senior Management Accountant, Children's Services\\" / "Date: …").
static WRAPPED_LINE_DATE_LABEL: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(
        r"^[*_]{0,2}[ \t]*\\?[ \t]*\r?\n[ \t]*(?:\(?[A-Z][A-Za-z'’&\-]*\)?|of|and|for|the|&)(?:,?[ \t]+(?:\(?[A-Z][A-Za-z'’&\-]*\)?|of|and|for|the|&)){0,7}[ \t]*\\?[ \t]*\r?\n[ \t]*[*_]{0,2}(?i:date)[ \t]*:[ \t]*[*_]{0,2}[ \t]*",
    )
});

/// The words after "Date" in a date's label or column heading, normalised
/// (`Date signed off` gives "signed off", `Date` alone ""), where there
/// are at most `max_words` of them; `None` for any other label ("Dated").
pub(super) fn after_date_label(label: &str, max_words: usize) -> Option<String> {
    let key = normalise(label);
    let rest = key.strip_prefix("date")?;
    if !rest.is_empty() && !rest.starts_with(' ') {
        return None;
    }
    let rest = rest.trim();
    (rest.split_whitespace().count() <= max_words).then(|| rest.to_string())
}

/// The owner of the first of `blocks` holding byte `pos`.
fn owner_in(blocks: &[(Span, Owner)], pos: usize) -> Option<&Owner> {
    blocks
        .iter()
        .find(|(span, _)| span.start <= pos && pos < span.end)
        .map(|(_, o)| o)
}

/// Whether spans `a` and `b` share a byte.
pub(super) fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Whether date `d`, after `between` (the text from the clearance's verb
/// to the date), dates something else the sentence speaks of: a month with
/// no day straight after another verb's "…ed in" ("has been consulted and
/// confirms that the funding is affordable within the capital programme
/// approved in February 2028"). A clearance is dated by its day; "consulted
/// in March 2028", the clearance's own verb before "in", keeps its date.
fn dates_another_event(between: &str, d: &DateMention) -> bool {
    if d.value.day.is_some() {
        return false;
    }
    let mut words = between.split_whitespace().rev();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("in"))
        && words
            .next()
            .is_some_and(|w| w.len() > 3 && w.ends_with("ed"))
}

/// The first date that starts in `within`.
pub(super) fn date_in(doc: &Document, within: Span) -> Option<DateMention> {
    dates_from(doc, within.start)
        .iter()
        .take_while(|d| d.span.start < within.end)
        .copied()
        .find(|d| holds(within, d))
}

/// Whether a date belongs to `within` (a sentence, cell, line or
/// paragraph): it starts there. Its end may lie past `within` only where
/// its year wrapped onto the next line ("…Accountancy Manager, 18
/// September" / "2025.") and the next line is not part of `within` (a field
/// line); a date never crosses a cell break or a sentence end otherwise.
pub(super) fn holds(within: Span, d: &DateMention) -> bool {
    within.start <= d.span.start && d.span.start < within.end
}

/// The dates starting at or after `pos` (they are in document order).
pub(super) fn dates_from(doc: &Document, pos: usize) -> &[DateMention] {
    let at = doc.dates.partition_point(|d| d.span.start < pos);
    &doc.dates[at..]
}

/// The column naming who signed, in a sign-off table whose sign-off
/// column `col` is its first and holds row labels rather than officers:
///
/// ```text
/// | Comments checked by | Name and post                 | Date          |
/// | Finance             | Jo Bloggs, Senior Accountant  | 28 March 2025 |
/// ```
///
/// Every label in the column names no person and at least one names an
/// implication needing sign-off ("Finance", "Legal"); the signer's column
/// is then the first other one whose cells name an officer or a post.
pub(super) fn signer_column(
    template: &Template,
    table: &crate::document::Table,
    col: usize,
) -> Option<usize> {
    if col != 0 {
        return None;
    }
    let body = table.rows.get(1..)?;
    let labels = || {
        body.iter()
            .filter_map(|r| r.cells.get(col))
            .map(|c| c.text.trim())
            .filter(|t| !t.is_empty())
    };
    if labels().any(|t| split_who(t, &template.vocabulary.not_names).0.is_some())
        || !labels().any(|t| !roles_named(template, t).is_empty())
    {
        return None;
    }
    let width = body.iter().map(|r| r.cells.len()).max()?;
    (0..width).filter(|&j| j != col).find(|&j| {
        body.iter().filter_map(|r| r.cells.get(j)).any(|c| {
            let (officer, post) = split_who(&c.text, &template.vocabulary.not_names);
            officer.is_some()
                || post
                    .is_some_and(|(a, b)| template.clearance.role_of_post(&c.text[a..b]).is_some())
        })
    })
}

/// Whether a table's first row, which would otherwise be read as its
/// header, is a dated clearance of its own: its first cell names a
/// sign-off and the pack's clearance word ("Finance Officer Clearance",
/// "Legal sign-off"), the other cells a person and a date. A header row
/// names its columns ("Name", "Date"), never a person or a day.
fn opens_with_clearance_row(
    text: &str,
    doc: &Document,
    template: &Template,
    table: &crate::document::Table,
    t: usize,
) -> bool {
    let Some(first) = table.rows.first() else {
        return false;
    };
    first
        .cells
        .first()
        .and_then(|c| sign_off_label_role(template, &c.text))
        .is_some()
        && row_signature(text, doc, template, first, Place::Table(t), &|_| None)
            .is_some_and(|c| c.date.is_some())
}

/// Whether a table's column heading is one of the pack's verbs and
/// nothing else ("Comments", "Agreed").
pub(super) fn is_verb_alone(template: &Template, cell: &str) -> bool {
    let n = normalise(cell);
    !n.is_empty()
        && template.clearance.verbs.as_ref().is_some_and(|v| {
            v.find_iter(&n)
                .any(|m| m.start() == 0 && m.end() == n.len())
        })
}

/// Whether every row below a table's header holds a date in column `col`
/// (a comment closed by its officer's name, post and date), not a mark
/// ("✓") or a bare comment.
fn every_cell_dated(doc: &Document, table: &crate::document::Table, col: usize) -> bool {
    table.rows.len() > 1
        && table.rows[1..].iter().all(|r| {
            r.cells
                .get(col)
                .is_some_and(|c| date_in(doc, c.span).is_some())
        })
}

/// A row of a sign-off table: the sign-off cell names who, the first cell
/// what, any cell when (the cell's own date first). A cell wrapped over
/// lines that hold other columns' text is read from its own pieces (see
/// `cells.rs`).
pub(super) fn table_row(
    text: &str,
    doc: &Document,
    template: &Template,
    row: &crate::document::Row,
    col: usize,
    table: usize,
    owner: Option<&Owner>,
) -> Option<Clearance> {
    let pieces = cell_pieces(text, &doc.tables[table], row, col);
    if pieces.is_empty() {
        return None; // No such cell.
    }
    let lead = row
        .cells
        .first()
        .filter(|_| col != 0)
        .map(|c| c.text.as_str());
    let row_date = (pieces.len() < 2).then(|| date_in(doc, row.span)).flatten();
    cell_clearance(
        text,
        doc,
        template,
        lead,
        (&pieces, row.span),
        row_date,
        table,
        owner,
    )
}

/// The clearance a sign-off cell made of `pieces` (in a row spanning
/// `row_span`, labelled `lead`) gives: who it names, dated by a date in
/// the cell or else `row_date`. A cell opening with a verdict and a dash
/// ("No objection raised -- NAME, POST, DATE") names the officer after
/// the dash.
#[allow(clippy::too_many_arguments)]
pub(super) fn cell_clearance(
    text: &str,
    doc: &Document,
    template: &Template,
    lead: Option<&str>,
    (pieces, row_span): (&[Span], Span),
    row_date: Option<DateMention>,
    table: usize,
    owner: Option<&Owner>,
) -> Option<Clearance> {
    let named = lead.map(|l| roles_named(template, l)).unwrap_or_default();
    let in_place = owner.is_some();
    if named.is_empty() && !in_place {
        // Not a row about a section needing sign-off: an action plan, say.
        return None;
    }
    let flat = joined_flat(text, pieces);
    let own = match pieces {
        [one] => date_in(doc, *one),
        _ => flat_date(&flat),
    };
    let date = own.or(row_date);
    let cut = own.map_or(flat.text.len(), |d| flat.pos(d.span.start));
    let (mut a, b) = trim_who(&flat.text[..cut]);
    let not_names = &template.vocabulary.not_names;
    let (mut officer, mut post) = split_who(&flat.text[a..b], not_names);
    if officer.is_none() {
        match after_verdict(&flat.text[a..b], &template.clearance, not_names) {
            Some(at) => {
                a += at;
                (officer, post) = split_who(&flat.text[a..b], not_names);
            }
            // "Not supported -- NAME, POST": a verdict that denies.
            None if denied_verdict(&flat.text[a..b]) => return None,
            None => {}
        }
    }
    let who = &flat.text[a..b];
    let post_role = post.and_then(|(s, e)| template.clearance.role_of_post(&who[s..e]));
    if officer.is_none() && post_role.is_none() {
        return None;
    }
    let role = post_role
        .map(str::to_string)
        .or_else(|| (named.len() == 1).then(|| named[0].clone()))
        .or_else(|| match owner {
            Some(Owner::SignOff(_, roles)) if roles.len() == 1 => Some(roles[0].clone()),
            _ => None,
        });
    Some(Clearance {
        role,
        officer: flat.piece(a, officer),
        post: flat.piece(a, post),
        date,
        span: row_span,
        place: Place::Table(table),
    })
}

/// Whether a bracket opening at `open` (in the flat text `ft`) comes
/// straight after a dated clearance already read that names no person,
/// with only space between ("The Chief Finance Officer … confirmed them on
/// 15 May 2025 (Jo Bloggs, Deputy Chief Finance Officer)"): it names who
/// gave that clearance, and is no second one. After a clearance that names
/// its officer ("(Ann Vale, Treasurer, 19 June 2003) (Jo Bloggs, Head of
/// Resources)") a second name is a second sign-off. `taken` holds the flat
/// extent of each clearance in `out`, in order.
fn names_dated_clearance(
    out: &[Clearance],
    taken: &[(usize, usize)],
    ft: &str,
    open: usize,
    not_names: &crate::parse::vocabulary::Words,
) -> bool {
    out.iter().zip(taken).any(|(c, &(_, end))| {
        c.date.is_some()
            && !c
                .officer
                .as_ref()
                .is_some_and(|o| is_name(o.text.trim(), not_names))
            && end <= open
            && ft[end..open].trim().is_empty()
    })
}

/// Nouns before a verb that say a sentence is about an officer's
/// comments: English grammar of the sign-off sentence, as [`CUE`]'s are.
static COMMENTS_NOUN: LazyLock<Pattern> = LazyLock::new(|| {
    fixed(r"(?i)(?-u:\b)(?:comments?|implications|advice|clearance|sign[\s-]?off)(?-u:\b)")
});

/// Words that deny what follows: "No comments were received".
static DENIED: LazyLock<Pattern> =
    LazyLock::new(|| fixed(r"(?i)(?-u:\b)(?:no|not|never|none)(?-u:\b)"));

/// The date a bracket opening at `open` (in the flat text) takes from the
/// words right before it in its own sentence, where they say the officer's
/// comments were given on that date: the comments, advice, implications
/// or clearance (or, with one of the pack's `verbs`, a post giving a
/// sign-off), "was", "were" or "has been" (or nothing after the noun),
/// one of the pack's `verbs` or `receipt-verbs`, perhaps "on", then the
/// date, with only space before the bracket. "Comments from the Section
/// 151 Officer were received on 24 February 2026 (Claire Penhaligon-Watts,
/// Director of Finance)"; "Legal comments were provided on 3 March 2026
/// (NAME, POST)". Not "The budget approved on 24 February 2026 (NAME,
/// Director of Finance)", a sentence about the budget, nor a date in the
/// sentence before. The date, and the flat offset where the sentence
/// starts.
fn date_before_bracket(
    doc: &Document,
    wording: &Wording,
    flat: &Flat,
    open: usize,
) -> Option<(DateMention, usize)> {
    let ft = flat.text.as_str();
    let (start, _) = sentence_bounds(ft, open);
    let lead = ft.get(start..open)?.trim_end();
    if lead.is_empty() {
        return None;
    }
    // The date that ends the lead.
    let date = dates_from(doc, flat.span(start, open).start)
        .iter()
        .take_while(|d| flat.pos(d.span.start) < open)
        .filter(|d| flat.pos(d.span.start) >= start)
        .last()
        .copied()
        .filter(|d| flat.pos(d.span.end).min(open) == start + lead.len())?;
    let head = ft[start..flat.pos(date.span.start)].trim_end();
    let head = match head.len().checked_sub(3).and_then(|i| head.get(i..)) {
        Some(on) if on.eq_ignore_ascii_case(" on") => head[..head.len() - 3].trim_end(),
        _ => head,
    };
    // The verb that ends the head.
    let ends_head = |p: &Option<Pattern>| {
        p.as_ref()
            .and_then(|p| p.find_iter(head).find(|m| m.end() == head.len()))
    };
    let (verb, receipt) = match ends_head(&wording.verbs) {
        Some(m) => (m, false),
        None => (ends_head(&wording.receipt_verbs)?, true),
    };
    let subject = &head[..verb.start()];
    let noun = match DONE.find(subject) {
        Some(done) => &subject[..done.start()],
        // No auxiliary: the verb follows the comments ("Legal comments
        // provided on …"), or is a phrase of them ("comments provided").
        None => {
            let s = subject.trim_end();
            let ends_noun = COMMENTS_NOUN.find_iter(s).any(|m| m.end() == s.len());
            if !ends_noun && !COMMENTS_NOUN.is_match(&head[verb.range()]) {
                return None;
            }
            s
        }
    };
    let about_comments =
        COMMENTS_NOUN.is_match(noun) || COMMENTS_NOUN.is_match(&head[verb.range()]);
    let about_post = !receipt && wording.role_of_post(noun).is_some();
    ((about_comments || about_post) && !DENIED.is_match(noun)).then_some((date, start))
}

/// Whether a bracket closing at `close` in flat text `ft` ends a paragraph
/// of a section needing a sign-off: nothing but punctuation after it, in
/// a paragraph (not a field line or a table row) whose owner is such a
/// section.
fn closes_sign_off_paragraph(unit: &Unit, owner: &Owner, ft: &str, close: Option<usize>) -> bool {
    let Some(close) = close else {
        return false;
    };
    matches!(owner, Owner::SignOff(..))
        && unit.field.is_none()
        && unit.row.is_none()
        && ft[close + 1..]
            .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .is_empty()
}

/// The clearances in one paragraph, field line or table row.
pub(super) fn scan_unit(
    text: &str,
    doc: &Document,
    template: &Template,
    unit: &Unit,
    owner: &Owner,
) -> Vec<Clearance> {
    let wording = &template.clearance;
    let flat = Flat::new(text, unit.span);
    let ft = flat.text.as_str();
    let place = match owner {
        Owner::SignOff(s, _) => Place::Section(*s),
        Owner::Block(s) => Place::Block(*s),
        Owner::Table(t, _) => Place::Table(*t),
        Owner::Line(_) => Place::Line,
        Owner::Prose => Place::Prose,
    };
    // The sign-off the unit's surroundings suggest. (The lead is looked up
    // only once a clearance asks.)
    let lead_roles = std::cell::OnceCell::new();
    let context_role = |piece: &str| -> Option<String> {
        let lead_roles: &Vec<String> = lead_roles.get_or_init(|| {
            unit.lead
                .map(|l| roles_named(template, l))
                .unwrap_or_default()
        });
        if lead_roles.len() == 1 {
            return Some(lead_roles[0].clone());
        }
        match owner {
            Owner::SignOff(_, roles) | Owner::Table(_, roles) if roles.len() == 1 => {
                Some(roles[0].clone())
            }
            Owner::SignOff(_, roles) | Owner::Table(_, roles) => wording
                .topic_of(piece)
                .filter(|t| roles.iter().any(|r| r == t))
                .map(str::to_string),
            Owner::Block(_) => wording.topic_of(piece).map(str::to_string),
            Owner::Line(role) => Some(role.clone()),
            Owner::Prose => None,
        }
    };
    // 0. A statement line, read whole: "Head of Finance (Section 151
    // Officer): NAME – report seen and financial implications agreed,
    // DATE" (see `statement.rs`).
    let mut out: Vec<Clearance> = match (unit.row, unit.field) {
        (Some(_), _) => Vec::new(),
        (None, Some(_)) => {
            let span = with_wrapped_lines(text, doc, unit.span);
            statement_lines(text, doc, template, span, place)
        }
        (None, None) => statement_lines(text, doc, template, unit.span, place),
    };
    let statements: Vec<Span> = out.iter().map(|c| c.span).collect();
    let mut taken: Vec<(usize, usize)> = statements
        .iter()
        .map(|s| (flat.pos(s.start), flat.pos(s.end)))
        .collect();

    // 1. A verb, then "by"/"with"/":", then the officer.
    if let Some(verbs) = &wording.verbs {
        for m in verbs.find_iter(ft) {
            if taken.iter().any(|&(a, b)| m.start() >= a && m.start() < b) {
                continue;
            }
            let (sent_start, sent_end) = sentence_bounds(ft, m.start());
            let subject = &ft[sent_start..m.start()];
            // The officer follows the verb ("agreed by the Head of
            // Finance"), or is its subject ("The Section 151 Officer has
            // been consulted", "Head of Finance – approved 31/05/24").
            let from_link = FROM.find(&ft[m.end()..]);
            // Or the verb opens a verdict that a dash closes, the officer
            // after it: "Finance: Approved -- NAME, POST -- DATE",
            // "Legal implications agreed – NAME, POST, DATE".
            let verdict = verdict_subject(template, subject)
                .then(|| verdict_dash_end(&ft[m.end()..]))
                .flatten();
            let (who_start, who_limit) = match LINK.find(&ft[m.end()..]).or(from_link) {
                Some(link) => (m.end() + link.end(), None),
                None if officer_label(wording, &template.vocabulary.not_names, subject)
                    .is_some() =>
                {
                    let (from, to) =
                        officer_label(wording, &template.vocabulary.not_names, subject)
                            .unwrap_or_default();
                    (sent_start + from, Some(sent_start + to))
                }
                None if verdict.is_some() => (m.end() + verdict.unwrap_or_default(), None),
                None => {
                    let Some(done) = DONE.find(subject) else {
                        continue;
                    };
                    // A declaration in the first person under the post's
                    // line, run into it ("Chief Finance Officer" / "I have
                    // been consulted …"): the post ends before "I".
                    let head = first_person_subject(&subject[..done.start()], |a, b| {
                        text[flat.end[sent_start + a - 1]..flat.start[sent_start + b]]
                            .contains('\n')
                    });
                    let Some((at, role)) = earliest(&wording.roles, head, |r| r.posts.as_ref())
                    else {
                        continue;
                    };
                    // A heading run into its text (`pdftotext`, no blank
                    // line): "Comments from the Monitoring Officer The
                    // Monitoring Officer (…) has been consulted". The post
                    // named again is the verb's subject.
                    let posts = wording.roles.iter().find(|r| r.id == role);
                    let at = repeated_post(posts.and_then(|r| r.posts.as_ref()), head, at);
                    let opens_with_name = is_name(
                        &head[..top_level_comma(head).unwrap_or(0)],
                        &template.vocabulary.not_names,
                    );
                    let from = if opens_with_name {
                        0
                    } else {
                        post_opening(head, at)
                    };
                    // The subject is the officer, a person or a post, not
                    // a clause that names one: in "The Director of Finance
                    // is satisfied that all risks have been considered"
                    // what has been considered is the risks.
                    if is_clause(&head[from..]) {
                        continue;
                    }
                    (sent_start + from, Some(sent_start + head.len()))
                }
            };
            if let Some(aux) = AUX.find_iter(subject).last() {
                if MODAL.is_match(&subject[aux.range()]) {
                    continue; // "will be ... agreed by": not yet given.
                }
            }
            let tail: Vec<&str> = subject.split_whitespace().rev().take(3).collect();
            if tail.iter().any(|w| NEGATION.is_match(w)) {
                continue; // "has not been agreed".
            }
            // The date: in the sentence after the verb, or a "Date:" next.
            let sentence = flat.span(m.start(), sent_end);
            let mut date = doc.dates.iter().copied().find(|d| {
                holds(sentence, d) && !dates_another_event(&ft[m.end()..flat.pos(d.span.start)], d)
            });
            let mut who_end = sent_end.max(who_start);
            if let Some(d) = date {
                who_end = who_end.min(flat.pos(d.span.start)).max(who_start);
            }
            if let Some(close) = unbalanced_close(&ft[who_start..who_end]) {
                who_end = who_start + close;
            }
            let mut end = who_end;
            if let Some(limit) = who_limit {
                who_end = limit.max(who_start);
                end = m.end();
            }
            if date.is_none() {
                let from = sent_end.min(ft.len());
                date = dates_from(doc, sentence.end.max(unit.span.start))
                    .iter()
                    .take_while(|d| d.span.start < unit.span.end)
                    .copied()
                    .find(|d| {
                        let to = flat.pos(d.span.start);
                        d.span.start >= sentence.end
                            && holds(unit.span, d)
                            && to >= from
                            && DATE_LEAD.is_match(&ft[from..to])
                    });
            }
            let (mut a, b) = trim_who(&ft[who_start..who_end]);
            a += who_start;
            let b = who_start + b;
            // "Cleared by Legal: Nadia Farouk": a label naming the sign-off.
            let mut label_role_found = None;
            if let Some((l, rest)) = label_prefix(&ft[a..b], &template.vocabulary.not_names) {
                if let Some(r) = label_role(template, &ft[a..a + l]) {
                    label_role_found = Some(r);
                    a += rest;
                }
            }
            let who = &ft[a..b];
            // A sign-off form's caption of who may give it names no one:
            // "Agreed by or on behalf of the Section 151 Officer".
            if who
                .split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("or"))
            {
                continue;
            }
            let (officer, post) = split_who(who, &template.vocabulary.not_names);
            let post_role = post.and_then(|(s, e)| wording.role_of_post(&who[s..e]));
            // A person named after the verb clears the paper when something
            // says so: their post, a label, the words before the verb
            // ("Legal comments were provided by"), or nothing before the
            // verb at all ("Cleared by Nadia Farouk").
            let bare = subject.trim().is_empty();
            // (A verdict's words before the verb say what it clears, as a
            // label does.)
            let verdict = who_limit.is_none() && verdict.is_some_and(|v| who_start == m.end() + v);
            let named = officer.is_some()
                && (post.is_some()
                    || label_role_found.is_some()
                    || bare
                    || verdict
                    || CUE.is_match(subject));
            if post_role.is_none() && !named {
                continue;
            }
            if from_link.is_some() && (officer.is_none() || post_role.is_none()) {
                continue; // "from" links only a named officer of a known post.
            }
            // A post alone after the verb clears the paper when something
            // says so too: a cue before the verb ("The legal implications
            // were checked by legal services"), nothing before it, a label,
            // or a who that is only the post ("The budget was agreed by
            // the Head of Finance"); not a post in prose ("The terms were
            // prepared by legal services using the NEC4 form").
            if officer.is_none()
                && who_limit.is_none()
                && !bare
                && !verdict
                && label_role_found.is_none()
                && !CUE.is_match(subject)
                && !post.is_some_and(|(s, e)| is_post_only(wording, &who[s..e]))
            {
                continue;
            }
            if let Some(d) = date {
                end = end.max(flat.pos(d.span.end));
            }
            // "The Chief Financial Officer (Jo Bloggs) and the Monitoring
            // Officer (Sam Smith) were consulted on …": a clearance for
            // each post, when they give different sign-offs.
            let joint = joint_posts(wording, who);
            if joint.len() > 1 {
                // "… on 27 and 28 January 2026 respectively": a date each.
                let each =
                    respective_dates(text, doc, flat.span(sent_start, sent_end), joint.len());
                for (i, &(s, e, r)) in joint.iter().enumerate() {
                    let date = each.as_ref().map_or(date, |d| Some(d[i]));
                    let (o, p) = split_who(&who[s..e], &template.vocabulary.not_names);
                    let from = if i == 0 { sent_start } else { a + s };
                    let to = if i + 1 == joint.len() {
                        end.max(b)
                    } else {
                        a + e
                    };
                    taken.push((from, to));
                    out.push(Clearance {
                        role: Some(r.to_string()),
                        officer: flat.piece(a + s, o),
                        post: flat.piece(a + s, p),
                        date,
                        span: flat.span(from, to),
                        place,
                    });
                }
                continue;
            }
            let role = post_role
                .or(label_role_found.as_deref())
                .or_else(|| wording.role_of_post(subject))
                .or_else(|| wording.topic_of(subject))
                .map(str::to_string)
                .or_else(|| context_role(ft));
            let span = flat.span(sent_start, end.max(b));
            taken.push((sent_start, end.max(b)));
            out.push(Clearance {
                role,
                officer: flat.piece(a, officer),
                post: flat.piece(a, post),
                date,
                span,
                place,
            });
        }
    }

    // 2. A bracket opening with a name, perhaps after a label: "(Alex
    // Morgan, Assistant Head of Legal Services - extension 7054)",
    // "(Finance: Rhys Ali, 26/09/2024)".
    for (open, _) in ft.match_indices('(') {
        if taken.iter().any(|&(a, b)| open >= a && open < b) {
            continue;
        }
        let close = unbalanced_close(&ft[open + 1..]).map(|c| open + 1 + c);
        let inner_end = close.unwrap_or(ft.len());
        let (label, inner_start) =
            match label_prefix(&ft[open + 1..inner_end], &template.vocabulary.not_names) {
                Some((l, rest)) => (Some(&ft[open + 1..open + 1 + l]), open + 1 + rest),
                None => (None, open + 1),
            };
        let label_role = label.and_then(|l| label_role(template, l));
        // A label naming no sign-off ("(Officer: Michelle Tranter, Finance
        // Business Partner, 27 January 2026)") is read only in an
        // attribution closing a paragraph of a section needing a sign-off;
        // the post must then give one the section needs (below).
        let attribution = label.is_some() && label_role.is_none();
        if attribution && !closes_sign_off_paragraph(unit, owner, ft, close) {
            continue;
        }
        let close_end = close.map_or(ft.len(), |c| c + 1);
        let own_date = date_in(doc, flat.span(open, close_end));
        if own_date.is_none()
            && names_dated_clearance(&out, &taken, ft, open, &template.vocabulary.not_names)
        {
            continue;
        }
        // "Comments … were received on 24 February 2026 (NAME, POST)": the
        // date before the bracket, and the clearance is the sentence.
        let lead = match own_date {
            Some(_) => None,
            None => date_before_bracket(doc, wording, &flat, open),
        };
        let date = own_date.or(lead.map(|(d, _)| d));
        let from = lead.map_or(open, |(_, start)| start);
        let span = flat.span(from, close_end);
        // The officer and post stop at the date: "(Rhys Ali, 26/09/2024)".
        let who_end = own_date
            .map_or(inner_end, |d| flat.pos(d.span.start))
            .clamp(inner_start, inner_end);
        let (a, b) = trim_who(&ft[inner_start..who_end]);
        let inner = &ft[inner_start + a..inner_start + b];
        let first = &inner[..top_level_comma(inner).unwrap_or(inner.len())];
        if !is_name(first.trim(), &template.vocabulary.not_names) {
            // "(Comments of the Chief Finance Officer, Jasminder Tolliver,
            // 3 February 2026)": the post first, then the name.
            if label.is_some() {
                continue;
            }
            let Some((post, officer, role)) =
                post_then_name(wording, &template.vocabulary.not_names, inner)
            else {
                continue;
            };
            taken.push((from, close_end));
            out.push(Clearance {
                role: Some(role.to_string()),
                officer: flat.piece(inner_start + a, Some(officer)),
                post: flat.piece(inner_start + a, Some(post)),
                date,
                span,
                place,
            });
            continue;
        }
        // A name alone is no clearance ("(Social Care)"), unless a label
        // or a date says it is one, or it signs the section's comments.
        let bare = first.len() == inner.len() && label.is_none() && date.is_none();
        if bare
            && !signs_section(
                text,
                doc,
                template,
                unit,
                owner,
                &ft[close.map_or(ft.len(), |c| c + 1)..],
            )
        {
            continue;
        }
        let (officer, post) = split_who(inner, &template.vocabulary.not_names);
        let Some(officer) = officer else {
            continue;
        };
        let post_role = post.and_then(|(s, e)| wording.role_of_post(&inner[s..e]));
        if attribution
            && !matches!(owner, Owner::SignOff(_, roles)
                if post_role.is_some_and(|r| roles.iter().any(|x| x == r)))
        {
            continue;
        }
        let contact = CONTACT.is_match(&ft[inner_start + a + first.len()..inner_end]);
        if post_role.is_none() && label_role.is_none() && date.is_none() && !contact && !bare {
            continue;
        }
        let role = post_role
            .or(label_role.as_deref())
            .map(str::to_string)
            .or_else(|| context_role(ft));
        taken.push((from, close_end));
        out.push(Clearance {
            role,
            officer: flat.piece(inner_start + a, Some(officer)),
            post: flat.piece(inner_start + a, post),
            date,
            span,
            place,
        });
    }

    // A table row that is a signature, cell by cell: "| Finance | Jo
    // Bloggs, Finance Business Partner | 17 January 2025 |", "| Jo Bloggs
    // | Head of Finance | 27 March 2025 |".
    if out.is_empty() {
        if let Some(row) = unit.row {
            if let Some(c) = row_signature(text, doc, template, row, place, &context_role) {
                taken.push((0, ft.len()));
                out.push(c);
            }
        }
    }

    // 3. A signature: a sentence that is only an officer and perhaps a
    // date, after perhaps a label: "Neil Garside, Director of Resources
    // (Section 151 Officer), 10 February 2025."; "Legal Team Leader: Sunita
    // Rao, Team Leader – Education Law, 29 August 2024".
    // A signature has a comma or a colon: only the sentences around one
    // are read (sentence ends depend on the text alone, so the sentence
    // around a comma is the one a walk from the start would reach).
    if !matches!(owner, Owner::Block(_)) {
        let mut from = 0;
        for at in memchr::memchr2_iter(b',', b':', ft.as_bytes()) {
            if at < from {
                continue;
            }
            let (start, end) = sentence_bounds(ft, at);
            from = end + 1;
            if taken.iter().any(|&(a, b)| start < b && a < end) {
                continue;
            }
            if let Some(c) = signature(doc, template, &flat, start, end, place, &context_role) {
                taken.push((start, end));
                out.push(c);
            }
        }
    }

    // 5. An initials stamp: "Finance: SH 14/03/25", "(JS 28/01/25)".
    for c in stamps(text, doc, template, &flat, place, &taken, &context_role) {
        out.push(c);
    }

    // 4. A line of a clearance block: "Legal: Raj Patel, Monitoring
    // Officer, 4 March 2025"; or a sign-off table written one cell per
    // line.
    if out.is_empty() {
        if let Owner::Block(_) = owner {
            if unit.field.is_none() && unit.row.is_none() {
                out = cell_lines(text, doc, template, unit, place);
            }
            if out.is_empty() {
                if let Some(c) = block_line(text, doc, template, &flat, unit, place) {
                    out.push(c);
                }
            }
        }
    }

    // A field line "Finance Officer Consulted: Name" whose date is on the
    // next line, "Date: 24/02/2025".
    if let Some(i) = unit.field {
        for c in out.iter_mut().filter(|c| c.date.is_none()) {
            if let Some(next) = doc.fields.get(i + 1) {
                let gap = &text[unit.span.end.min(next.span.start)..next.span.start];
                let key = normalise(&next.key);
                if gap.trim().is_empty()
                    && gap.matches('\n').count() <= 2
                    && (key == "date" || key.starts_with("date "))
                {
                    if let Some(d) = date_in(doc, next.value_span) {
                        c.date = Some(d);
                        c.span = c.span.cover(next.span);
                    }
                }
            }
        }
    }
    // A joint post naming several sign-offs ("Town Clerk and RFO", "the
    // Clerk" on a local council's paper, where the clerk's post gives
    // both): the one its place asks for, where that is among them, rather
    // than the one whose post comes first.
    for c in &mut out {
        let Some(post) = &c.post else {
            continue;
        };
        if statements.iter().any(|s| s.start == c.span.start) {
            continue; // Read whole, its shape says what it is.
        }
        let roles = wording.roles_of_post(&post.text);
        if roles.len() < 2 {
            continue;
        }
        if let Some(r) = context_role(ft).filter(|r| roles.contains(&r.as_str())) {
            c.role = Some(r);
        }
    }
    // Outside the sign-off sections, only an officer whose post gives the
    // sign-off, in a sentence naming what was cleared, or dated in a
    // sentence just before one ("POST (NAME) was consulted on DATE. Their
    // comments are reflected in this report.").
    if let Owner::Prose = owner {
        // (Each clearance's sentence, sign-off, name and date, for
        // `joint_named_clearance`.)
        let joint: Vec<JointPart> = out
            .iter()
            .map(|c| JointPart {
                sentence: sentence_bounds(ft, flat.pos(c.span.start)),
                role: c.role.clone(),
                named: named_officer(c, &template.vocabulary.not_names),
                date: c
                    .date
                    .filter(|d| {
                        let (a, b) = sentence_bounds(ft, flat.pos(c.span.start));
                        (a..b).contains(&flat.pos(d.span.start))
                    })
                    .map(|d| d.span),
            })
            .collect();
        // (`retain` visits the clearances once each, in order.)
        let mut index = 0;
        out.retain(|c| {
            let k = index;
            index += 1;
            if statements.iter().any(|s| s.start == c.span.start) {
                return true; // Read whole, its shape says what it is.
            }
            let by_post = c
                .post
                .as_ref()
                .and_then(|p| wording.role_of_post(&p.text))
                .is_some_and(|r| c.role.as_deref() == Some(r));
            let (a, b) = sentence_bounds(ft, flat.pos(c.span.start));
            let dated_before = || {
                let dated = c
                    .date
                    .is_some_and(|d| (a..b).contains(&flat.pos(d.span.start)));
                dated && b < ft.len() && {
                    let (n, m) = sentence_bounds(ft, b + 1);
                    CLEARED_WHAT.is_match(&ft[n..m])
                }
            };
            by_post
                && (CLEARED_WHAT.is_match(&ft[a..b])
                    || dated_before()
                    || joint_named_clearance(&joint, k))
        });
    }
    // A date whose year wrapped past the end of the unit (a field line):
    // the clearance covers the whole date.
    for c in &mut out {
        if let Some(d) = c.date.filter(|d| d.span.end > unit.span.end) {
            c.span = c.span.cover(d.span);
        }
    }
    out
}
