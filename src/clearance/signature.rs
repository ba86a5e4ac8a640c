//! The signature forms of a clearance: a bracket holding only a name that
//! signs its section, a signature sentence, a table row that is one cell by
//! cell, and a line of a clearance block (forms 2 to 4 of the module
//! documentation). [`scan_unit`] tries them on each unit.

use super::*;

/// Whether a bracket holding only a name ("(Amira Sayed)"), with only
/// `after` following it in its unit, signs the comments of the sign-off
/// section it ends: it closes the section's last paragraph, and the
/// section names a post that gives its sign-off ("Head of Legal and
/// Democratic Services comments: ...").
pub(super) fn signs_section(
    text: &str,
    doc: &Document,
    template: &Template,
    unit: &Unit,
    owner: &Owner,
    after: &str,
) -> bool {
    let Owner::SignOff(s, roles) = owner else {
        return false;
    };
    if unit.row.is_some()
        || unit.field.is_some()
        || !after
            .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .is_empty()
    {
        return false;
    }
    let section = doc.sections[*s].span;
    let last = doc
        .paragraphs
        .iter()
        .filter(|p| section.contains(p.text))
        .map(|p| p.text.end)
        .max();
    if last != Some(unit.span.end) {
        return false;
    }
    let said = crate::parse::inline::plain(section.of(text));
    template
        .clearance
        .role_of_post(&said)
        .is_some_and(|r| roles.iter().any(|x| x == r))
}

/// A signature in flat text `start..end` (one sentence): [label:] NAME,
/// POST [,] [DATE], nothing else; the post or the label must say which
/// sign-off it gives.
pub(super) fn signature(
    doc: &Document,
    template: &Template,
    flat: &Flat,
    start: usize,
    end: usize,
    place: Place,
    context_role: &dyn Fn(&str) -> Option<String>,
) -> Option<Clearance> {
    let wording = &template.clearance;
    let ft = flat.text.as_str();
    let sentence = &ft[start..end];
    if sentence.len() > 240 || !sentence.contains([',', ':']) {
        return None;
    }
    let label = label_prefix(sentence, &template.vocabulary.not_names)
        .or_else(|| post_label_prefix(wording, sentence, &template.vocabulary.not_names));
    let (mut from, label_role) = match label {
        Some((l, rest)) => (start + rest, Some(label_role(template, &sentence[..l])?)),
        None => (start, None),
    };
    // The label names the implications' advice or comments ("Legal
    // advice:"): an adviser from outside may sign, described as they are.
    let advice_label = label.is_some_and(|(l, _)| CUE.is_match(&sentence[..l]));
    from += ft[from..end].len() - ft[from..end].trim_start().len();
    let span = flat.span(from, end);
    let date = date_in(doc, span);
    // With no date read, a date label and what follows it (a date in a
    // shape not read, "tbc") close the officer's part: the clearance is
    // still one, undated.
    let who_end = date
        .map_or_else(
            || unread_date_tail(&ft[from..end]).map_or(end, |at| from + at),
            |d| flat.pos(d.span.start),
        )
        .clamp(from, end);
    if let Some(d) = date {
        // Nothing but punctuation after the date.
        let after = &ft[flat.pos(d.span.end).min(end)..end];
        if !after
            .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .is_empty()
        {
            return None;
        }
    }
    let (a, mut b) = trim_who(&ft[from..who_end]);
    // A phone number after the post, before the date: "Stuart Leighton,
    // Principal Accountant (Housing), 0116 454 4012, 27 January 2027".
    let phone = date.is_some() && {
        let who = &ft[from + a..from + b];
        match phone_tail(who) {
            Some(at) => {
                b = a + at;
                true
            }
            None => false,
        }
    };
    // Labelled contact details after the post: "Jayne Close, Finance
    // Manager (Place), Tel: 01904 554 175" in a closing list of the
    // officers for each implication.
    if !phone {
        if let Some(at) = contact_tail(&ft[from + a..from + b], &template.vocabulary.contact_parts)
        {
            b = a + at;
        }
    }
    let who = &ft[from + a..from + b];
    // (Only a name that opens it: the officer starts the signature.)
    let (officer, post) = split_opening_name(who, &template.vocabulary.not_names)?;
    // A name alone needs a label that says what it clears ("Legal
    // Officer: Jo Bloggs  Date: 3/3/25").
    let post = match post {
        Some(p) => p,
        None if label_role.is_some() && officer == (0, who.len()) => (who.len(), who.len()),
        None => return None,
    };
    let described = advice_label && date.is_some() && describes_adviser(&who[post.0..post.1]);
    if officer.0 != 0 || !(is_plain_post(&who[post.0..post.1]) || described) {
        return None;
    }
    // The post runs to the end of the officer's part: nothing else follows.
    let rest = &who[post.1..];
    if !rest
        .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        .is_empty()
    {
        return None;
    }
    let post_role = wording.role_of_post(&who[post.0..post.1]);
    let role = post_role.map(str::to_string).or(label_role.clone());
    // A signature line with a post the pack does not list, a phone number
    // and a date, in a section needing a sign-off, signs that section's
    // implications (Leicester's "NAME, POST, PHONE, DATE" under each):
    // the one sign-off its place, its words or its paragraph's say, else
    // none.
    let signed_here = phone && post.1 > post.0 && matches!(place, Place::Section(_));
    let role = match role {
        Some(r) => Some(r),
        None if signed_here => Some(context_role(sentence).or_else(|| context_role(ft))?),
        None => return None,
    };
    Some(Clearance {
        role,
        officer: flat.piece(from + a, Some(officer)),
        post: (post.1 > post.0)
            .then(|| flat.piece(from + a, Some(post)))
            .flatten(),
        date,
        span: flat.span(start, end),
        place,
    })
}

/// Whether `desc`, after the adviser's name in a dated signature labelled
/// with the implications' advice or comments, says who they are and
/// nothing more: their firm and capacity, up to three comma pieces of at
/// most six words each ("Hartnell & Webb LLP, solicitors to the Council";
/// "solicitor"), with no clause or relative pronoun and no sentence
/// stop ("Legal advice: Fenella Hartnell, who was instructed by the
/// Council, 1 March 2028" is none).
pub(super) fn describes_adviser(desc: &str) -> bool {
    /// The most comma pieces, and words in each.
    const MAX_PIECES: usize = 3;
    const MAX_WORDS: usize = 6;
    let pieces: Vec<&str> = desc.split(',').map(str::trim).collect();
    !desc.trim().is_empty()
        && !desc.contains(['.', ';', ':'])
        && !is_clause(desc)
        && pieces.len() <= MAX_PIECES
        && pieces.iter().all(|p| {
            let n = p.split_whitespace().count();
            (1..=MAX_WORDS).contains(&n)
                && !p.split_whitespace().any(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "who" | "whom" | "whose" | "which"
                    )
                })
        })
}

/// Where a phone number closing `who` after a top-level comma starts
/// its comma: "NAME, POST, 0116 454 4012" (digits, spaces and `+()-`
/// only, ten digits at least). `None` where none closes it.
pub(super) fn phone_tail(who: &str) -> Option<usize> {
    /// The fewest digits of a phone number with its area code.
    const MIN_DIGITS: usize = 10;
    let body = who.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let comma = body.rfind(',')?;
    let tail = body[comma + 1..].trim();
    let digits = tail.bytes().filter(u8::is_ascii_digit).count();
    (digits >= MIN_DIGITS
        && tail
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b' ' | b'+' | b'(' | b')' | b'-'))
        && top_level_comma(&body[..comma]).is_some())
    .then_some(comma)
}

/// Where contact details closing `who` start, at a top-level comma after
/// the officer's name and post: the rest of `who` opens with a label of a
/// part of one person's contact details (the vocabulary's
/// `contact-parts`: "Tel", "Email", …), a colon or a full stop after it,
/// and each later piece opens with one too: "NAME, POST, Tel: 01904 554
/// 175", "NAME, POST, Tel. 0116 454 4012, Email: jo@x.gov.uk". `None`
/// where none closes it, or where the comma is the first (no post before
/// it).
pub(super) fn contact_tail(who: &str, parts: &crate::parse::vocabulary::Words) -> Option<usize> {
    let labelled = |piece: &str| {
        let piece = piece.trim_start();
        piece.find([':', '.']).is_some_and(|at| {
            let label = piece[..at].trim().to_lowercase();
            !label.is_empty() && parts.contains(&label) && !piece[at + 1..].trim().is_empty()
        })
    };
    let first = top_level_comma(who)?;
    let mut at = first + 1;
    while let Some(c) = top_level_comma(&who[at..]).map(|c| at + c) {
        let pieces: Vec<&str> = who[c + 1..].split(',').collect();
        if labelled(pieces[0])
            && pieces
                .iter()
                .all(|p| labelled(p) || !p.contains(char::is_alphabetic))
        {
            return Some(c);
        }
        at = c + 1;
    }
    None
}

/// A row whose cells are only [a label naming the sign-off], an officer
/// (perhaps with the post after a comma), [a post], [a date], and perhaps
/// a mark saying the officer was consulted ("✓", "Yes"; a cross or "No"
/// says not, and the row is no clearance); the post or the label must say
/// which sign-off it gives.
pub(super) fn row_signature(
    text: &str,
    doc: &Document,
    template: &Template,
    row: &crate::document::Row,
    place: Place,
    context_role: &dyn Fn(&str) -> Option<String>,
) -> Option<Clearance> {
    // A row of the implications tick-box table ("LEGAL | ✓ | COMMUNITY
    // SAFETY | ") says which implications there are, not who cleared them.
    if doc
        .implications
        .iter()
        .any(|i| row.span.contains(i.name_span))
    {
        return None;
    }
    let wording = &template.clearance;
    let mut label_role = None;
    let mut officer = None;
    let mut post = None;
    let mut date = None;
    let mut marked = false;
    for cell in row.cells.iter().filter(|c| !c.text.trim().is_empty()) {
        let t = cell.text.trim();
        // A "Consulted" mark: ticked or "Yes", else not consulted.
        match crate::parse::table::mark_says_yes(t) {
            Some(true) => {
                marked = true;
                continue;
            }
            Some(false) => return None,
            None => {}
        }
        if date.is_none() && crate::parse::dates::parse_date_text(t).is_some() {
            date = date_in(doc, cell.span);
            if date.is_some() {
                continue;
            }
        }
        if officer.is_none() && label_role.is_none() && !is_name(t, &template.vocabulary.not_names)
        {
            label_role = Some(self::label_role(template, t)?);
            continue;
        }
        let flat = Flat::new(text, cell.span);
        let ft = flat.text.as_str();
        if officer.is_none() {
            let (o, p) = split_opening_name(ft, &template.vocabulary.not_names)?;
            if let Some((s, e)) = p {
                if !is_plain_post(&ft[s..e]) || e < ft.trim_end().len() {
                    return None;
                }
            }
            officer = flat.piece(0, Some(o));
            post = flat.piece(0, p);
        } else if post.is_none() && is_plain_post(ft) && date.is_none() {
            post = flat.piece(0, Some((0, ft.len())));
        } else {
            return None; // Something else in the row: not a signature.
        }
    }
    let officer = officer?;
    // A row with a mark is a record of who was consulted when: dated.
    if marked && date.is_none() {
        return None;
    }
    let role = post
        .as_ref()
        .and_then(|p| wording.role_of_post(&p.text))
        .map(str::to_string)
        .or(label_role);
    role.as_ref()?;
    let role = role.or_else(|| context_role(&officer.text));
    Some(Clearance {
        role,
        officer: Some(officer),
        post,
        date,
        span: row.span,
        place,
    })
}

/// The sign-off given by the post a row's first cell or a field's key
/// names, a qualifier in brackets aside ("Monitoring Officer (host
/// authority)").
fn role_of_lead_post(template: &Template, lead: &str) -> Option<String> {
    let t = lead.trim_end();
    let t = match t.strip_suffix(')').and_then(|t| t.rsplit_once('(')) {
        Some((head, _)) => head,
        None => t,
    };
    template
        .clearance
        .role_of_post_ending(t)
        .map(str::to_string)
}

/// A line of a clearance block naming an officer.
pub(super) fn block_line(
    text: &str,
    doc: &Document,
    template: &Template,
    flat: &Flat,
    unit: &Unit,
    place: Place,
) -> Option<Clearance> {
    let wording = &template.clearance;
    let ft = flat.text.as_str();
    // Lines that are each only a post ("Chief Finance Officer" /
    // "Monitoring Officer"): a column of a sign-off table whose signers
    // stand elsewhere, not one officer.
    let post_lines = lines_of(text, unit.span)
        .into_iter()
        .filter(|l| {
            let line = crate::parse::inline::plain(l.of(text));
            split_who(&line, &template.vocabulary.not_names).0.is_none()
                && wording.role_of_post(&line).is_some()
        })
        .count();
    if post_lines >= 2 {
        return None;
    }
    // "Financial implications: ..." or a field's key; or the first cell of
    // a row set out in columns.
    let (lead, rest_start) = match (unit.lead, ft.find([':', '\t'])) {
        (_, Some(c)) if ft[..c].split_whitespace().count() <= 6 => (Some(&ft[..c]), c + 1),
        (Some(l), _) => (Some(l), 0),
        _ => match column_lead(text, template, flat, unit.span) {
            Some((l, r)) => (Some(&ft[..l]), r),
            None => (None, 0),
        },
    };
    let date = date_in(doc, unit.span);
    let mut end = ft.len();
    if let Some(d) = date {
        end = end.min(flat.pos(d.span.start)).max(rest_start);
    }
    let (_, sent_end) = sentence_bounds(&ft[rest_start..end], 0);
    let (a, b) = trim_who(&ft[rest_start..rest_start + sent_end]);
    let (a, b) = (rest_start + a, rest_start + b);
    let who = &ft[a..b];
    let (officer, post) = split_who(who, &template.vocabulary.not_names);
    let post_role = post.and_then(|(s, e)| wording.role_of_post(&who[s..e]));
    if officer.is_none() && post_role.is_none() {
        return post_and_date(template, flat, date?, unit.span, place);
    }
    let lead_roles = lead.map(|l| roles_named(template, l)).unwrap_or_default();
    let role = post_role
        .map(str::to_string)
        .or_else(|| (lead_roles.len() == 1).then(|| lead_roles[0].clone()))
        .or_else(|| lead.and_then(|l| role_of_lead_post(template, l)))
        .or_else(|| lead.and_then(|l| wording.topic_of(l)).map(str::to_string));
    // A line for implications that need no sign-off ("Equalities: Jo
    // Bloggs, Equality Officer") clears none of those that do.
    if role.is_none()
        && lead.is_some_and(|l| {
            !template.sections_for_implication(l).is_empty()
                || !template.sections_for_title(l).is_empty()
        })
    {
        return None;
    }
    Some(Clearance {
        role,
        officer: flat.piece(a, officer),
        post: flat.piece(a, post),
        date,
        span: unit.span,
        place,
    })
}

/// The widest run of spaces between words of one cell: `pdftotext -layout`
/// sets a table's columns further apart.
pub(super) const COLUMN_GAP: &str = "   ";

/// Where the first cell of a one-line row set out in columns ends, and the
/// next begins, in flat text `flat` of `span`, where that cell names a
/// sign-off (its implications or a post giving one): "Finance      Rhodri
/// Pennant      Date 05/02/2027" in a clearance block, a sign-off table
/// as `pdftotext -layout` sets it out, the cell standing where a colon
/// would ("Finance: NAME, DATE").
fn column_lead(text: &str, template: &Template, flat: &Flat, span: Span) -> Option<(usize, usize)> {
    let raw = span.of(text);
    let body = raw.trim();
    if body.contains('\n') {
        return None;
    }
    let lead_at = raw.len() - raw.trim_start().len();
    let gap = body.find(COLUMN_GAP)?;
    let lead = &body[..gap];
    if lead.split_whitespace().count() > MAX_LABEL_WORDS
        || (roles_named(template, lead).is_empty() && role_of_lead_post(template, lead).is_none())
    {
        return None;
    }
    let cell_at = gap + body[gap..].len() - body[gap..].trim_start().len();
    Some((
        flat.pos(span.start + lead_at + gap),
        flat.pos(span.start + lead_at + cell_at),
    ))
}

/// A line of a clearance block that is only a post and a date, the post
/// standing for the officer who signed: `Corporate Director of Resources |
/// Date: 24 March 2025` under "Final report clearance", `Head of Finance:
/// 24 March 2025`. The post is a plain one (capitalised words) ending with
/// one the pack lists, and nothing but a "Date" label and punctuation
/// stands between it and the date, or after the date.
fn post_and_date(
    template: &Template,
    flat: &Flat,
    date: DateMention,
    span: Span,
    place: Place,
) -> Option<Clearance> {
    let ft = flat.text.as_str();
    let (from, to) = (flat.pos(date.span.start), flat.pos(date.span.end));
    let gap = |c: char| c.is_whitespace() || matches!(c, ':' | '|' | ',' | '-' | '–' | '—');
    if !ft
        .get(to..)?
        .trim_matches(|c: char| gap(c) || c == '.')
        .is_empty()
    {
        return None;
    }
    let before = ft.get(..from)?.trim_end_matches(gap);
    let before = match before.len().checked_sub(4) {
        Some(at) if before.is_char_boundary(at) && before[at..].eq_ignore_ascii_case("date") => {
            before[..at].trim_end_matches(gap)
        }
        _ => before,
    };
    let post = before.trim_start();
    let at = before.len() - post.len();
    if post.is_empty() || !is_plain_post(post) {
        return None;
    }
    let role = template.clearance.role_of_post_ending(post)?;
    Some(Clearance {
        role: Some(role.to_string()),
        officer: None,
        post: flat.piece(at, Some((0, post.len()))),
        date: Some(date),
        span,
        place,
    })
}

/// The most words a row label of a sign-off table may have on one line.
const MAX_LABEL_WORDS: usize = 6;

/// A sign-off table that PDF extraction wrote one cell per line, read as a
/// paragraph of a clearance block:
///
/// ```text
/// Legal & Governance
/// Implications
/// Jo Bloggs, Senior Solicitor
/// 17/02/2025
/// Finance & Procurement
/// Ann Other, Strategic Finance Manager
/// 18/02/2025
/// ```
///
/// Each clearance is one or more label lines (short, no colon), a line
/// naming the officer (a name, perhaps then a post; or a post), then
/// perhaps a line that is only a date. A line that says the row needed no
/// sign-off, one of the pack's `not-needed` ("Not required"), ends its row
/// after its labels, and the row clears nothing. Every line of the paragraph must
/// fit that shape, and at least one officer line must have its date line,
/// or the paragraph is not such a table. A row whose post or label names
/// no sign-off ("Communications / Jo Bloggs / 14/02/2025"), or whose signer
/// reads as neither a name nor a post, clears nothing.
pub(super) fn cell_lines(
    text: &str,
    doc: &Document,
    template: &Template,
    unit: &Unit,
    place: Place,
) -> Vec<Clearance> {
    let wording = &template.clearance;
    let raw = unit.span.of(text);
    let mut lines: Vec<Span> = Vec::new();
    let mut at = unit.span.start;
    for piece in raw.split('\n') {
        let lead = piece.len() - piece.trim_start().len();
        let body = piece.trim();
        if !body.is_empty() {
            lines.push(Span::new(at + lead, at + lead + body.len()));
        }
        at += piece.len() + 1;
    }
    if lines.len() < 3 {
        return Vec::new();
    }
    // The date a line holds when it holds only a date.
    let date_line = |line: Span| {
        date_in(doc, line).filter(|d| {
            let flat = crate::parse::inline::plain(line.of(text));
            let date = crate::parse::inline::plain(d.span.of(text));
            flat.trim().trim_end_matches(['.', ',']) == date.trim()
        })
    };
    let mut out = Vec::new();
    let mut labels: Vec<Span> = Vec::new();
    let mut dated = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let flat = Flat::new(text, line);
        let ft = flat.text.as_str();
        if ft.contains(':') || ft.len() > 120 {
            return Vec::new();
        }
        // The officer's cell saying the row needed no sign-off ("Not
        // required"): the row ends, clearing nothing (with its date, if
        // one was given).
        if !labels.is_empty() && wording.is_not_needed(ft) {
            labels.clear();
            i += 1 + usize::from(lines.get(i + 1).is_some_and(|&l| date_line(l).is_some()));
            continue;
        }
        let (officer, post) = split_who(ft, &template.vocabulary.not_names);
        let post_role = post.and_then(|(s, e)| wording.role_of_post(&ft[s..e]));
        let is_who = !labels.is_empty() && (officer.is_some() || post_role.is_some());
        if !is_who {
            if date_line(line).is_some() && !labels.is_empty() {
                // A row whose signer's line reads as no name or post
                // ("Cllr Ann Other"): it clears nothing.
                labels.clear();
                i += 1;
                continue;
            }
            if date_line(line).is_some() || ft.split_whitespace().count() > MAX_LABEL_WORDS {
                return Vec::new();
            }
            labels.push(line);
            i += 1;
            continue;
        }
        let date = lines.get(i + 1).and_then(|&next| date_line(next));
        dated |= date.is_some();
        let end = if date.is_some() { lines[i + 1] } else { line };
        let label = crate::parse::inline::plain(
            Span::new(labels[0].start, labels[labels.len() - 1].end).of(text),
        );
        let named = roles_named(template, &label);
        // A label that is a post the pack knows ("Monitoring Officer",
        // under a posts' column) is the officer's post.
        let label_post = wording.role_of_post(&label);
        let role = post_role
            .map(str::to_string)
            .or_else(|| (named.len() == 1).then(|| named[0].clone()))
            .or_else(|| label_post.map(str::to_string))
            .or_else(|| {
                // (A label that is an officer's post the pack does not
                // list, "Statutory Scrutiny Officer", gives none by its
                // words: "statutory" is no legal post.)
                let n = normalise(&label);
                (!n.ends_with(" officer") && !n.ends_with(" officers"))
                    .then(|| wording.topic_of(&label).map(str::to_string))
                    .flatten()
            });
        let post = flat.piece(0, post).or_else(|| {
            label_post.map(|_| TextItem {
                text: label,
                span: labels[0].cover(labels[labels.len() - 1]),
            })
        });
        if role.is_some() {
            out.push(Clearance {
                role,
                officer: flat.piece(0, officer),
                post,
                date,
                span: labels[0].cover(end),
                place,
            });
        }
        labels.clear();
        i += if date.is_some() { 2 } else { 1 };
    }
    if !dated {
        return Vec::new();
    }
    out
}

/// A sign-off table that PDF extraction wrote column by column, each
/// column a paragraph of a clearance block: its heading, then one cell a
/// line.
///
/// ```text
/// Officer                  Name                 Date cleared
/// Chief Finance Officer    Jo Bloggs            12/11/2025
/// Monitoring Officer       Sam Smith            13/11/2025
/// ```
///
/// comes out as "Officer / Chief Finance Officer / Monitoring Officer",
/// blank, "Name / Jo Bloggs / Sam Smith", blank, "Date cleared /
/// 12/11/2025 / 13/11/2025". `paras` are the block's paragraphs, in order.
/// Two or more of them in a row with the same number of lines (two or
/// more), all short cells, are such a table when one column's cells each
/// name a sign-off (a post, or implications that need one), another's are
/// each a name (perhaps then a post), and any column headed as a date
/// holds only dates. Returns the table's extent and a clearance per row,
/// spanning its signer's cell.
pub(super) fn column_table(
    text: &str,
    doc: &Document,
    template: &Template,
    paras: &[Span],
    place: Place,
) -> Option<(Span, Vec<Clearance>)> {
    let columns: Vec<Vec<Span>> = paras.iter().map(|&p| lines_of(text, p)).collect();
    let mut start = 0;
    while start < columns.len() {
        let height = columns[start].len();
        let end = start
            + columns[start..]
                .iter()
                .take_while(|c| c.len() == height)
                .count();
        if height >= 2 && end - start >= 2 {
            if let Some(found) = read_columns(text, doc, template, &columns[start..end], place) {
                return Some((paras[start].cover(paras[end - 1]), found));
            }
        }
        start = end;
    }
    None
}

/// The non-blank lines of `span`, trimmed.
pub(super) fn lines_of(text: &str, span: Span) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut at = span.start;
    for piece in span.of(text).split('\n') {
        let lead = piece.len() - piece.trim_start().len();
        let body = piece.trim();
        if !body.is_empty() {
            lines.push(Span::new(at + lead, at + lead + body.len()));
        }
        at += piece.len() + 1;
    }
    lines
}

/// [`column_table`]'s reading of columns of equal height, the first line
/// of each its heading.
fn read_columns(
    text: &str,
    doc: &Document,
    template: &Template,
    columns: &[Vec<Span>],
    place: Place,
) -> Option<Vec<Clearance>> {
    let wording = &template.clearance;
    let cell = |c: Span| crate::parse::inline::plain(c.of(text));
    let short = |c: &Span| {
        let t = cell(*c);
        !t.contains(':') && t.split_whitespace().count() <= MAX_LABEL_WORDS
    };
    if !columns.iter().flatten().all(short) {
        return None;
    }
    let date_only = |c: Span| {
        date_in(doc, c)
            .filter(|d| cell(c).trim().trim_end_matches(['.', ',']) == cell(d.span).trim())
    };
    let all = |col: &Vec<Span>, f: &dyn Fn(Span) -> bool| col[1..].iter().all(|&c| f(c));
    let names = |c: Span| {
        let flat = Flat::new(text, c);
        split_who(&flat.text, &template.vocabulary.not_names)
            .0
            .is_some_and(|o| o.0 == 0)
    };
    let roles = |c: Span| label_role(template, &cell(c)).is_some();
    let dates = columns
        .iter()
        .position(|col| all(col, &|c| date_only(c).is_some()));
    // A column headed as a date whose cells are not all dates: read
    // nothing rather than call the sign-offs undated.
    let headed_date = |col: &Vec<Span>| normalise(&cell(col[0])).split(' ').any(|w| w == "date");
    if dates.is_none() && columns.iter().any(headed_date) {
        return None;
    }
    let who = columns.iter().position(|col| all(col, &names))?;
    let role_col = columns
        .iter()
        .enumerate()
        .position(|(i, col)| i != who && Some(i) != dates && all(col, &roles))?;
    let mut out = Vec::new();
    for (row, &signer) in columns[who].iter().enumerate().skip(1) {
        let flat = Flat::new(text, signer);
        let (officer, post) = split_who(&flat.text, &template.vocabulary.not_names);
        let label_cell = columns[role_col][row];
        let label = cell(label_cell);
        let mut post_item = flat.piece(0, post);
        if post_item.is_none() && wording.role_of_post(&label).is_some() {
            post_item = Some(TextItem {
                text: label.clone(),
                span: label_cell,
            });
        }
        let role = post_item
            .as_ref()
            .and_then(|p| wording.role_of_post(&p.text))
            .map(str::to_string)
            .or_else(|| label_role(template, &label));
        out.push(Clearance {
            role,
            officer: flat.piece(0, officer),
            post: post_item,
            date: dates.and_then(|d| date_only(columns[d][row])),
            span: signer,
            place,
        });
    }
    Some(out)
}

/// What one cell of a sign-off table written one cell a line holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CellKind {
    /// A post the pack knows ("Treasurer", "Monitoring Officer").
    Post,
    /// A person's name.
    Name,
    /// Only a date.
    Date,
    /// Anything else: a column heading ("Officer", "Name", "Date").
    Other,
}

/// The most lines a sign-off table written one cell a line is read over.
const MAX_CELL_LINES: usize = 40;

/// The span of line `piece`, starting at `line_start`, without its
/// leading and trailing white space; `None` for a blank line.
fn trimmed_span(line_start: usize, piece: &str) -> Option<Span> {
    let body = piece.trim();
    let lead = piece.len() - piece.trim_start().len();
    (!body.is_empty()).then(|| Span::new(line_start + lead, line_start + lead + body.len()))
}

/// A line read as a cell by [`cell_line`]: its span (trimmed), its plain
/// text, and its date when the cell is that date and nothing else.
type CellLine = (Span, String, Option<DateMention>);

/// One line of a table flattened one cell a line, starting at
/// `line_start`: the span of its text (trimmed), its plain text, and its
/// date when the cell is that date and nothing else; `None` for a blank
/// line.
fn cell_line(text: &str, doc: &Document, line_start: usize, piece: &str) -> Option<CellLine> {
    let span = trimmed_span(line_start, piece)?;
    let body = span.of(text);
    let flat = crate::parse::inline::plain(body);
    let only_date = date_in(doc, span).filter(|d| {
        flat.trim_end_matches(['.', ',']) == crate::parse::inline::plain(d.span.of(text)).trim()
    });
    Some((span, flat, only_date))
}

/// A sign-off table that PDF extraction wrote one cell a line (blank lines
/// between or not), column after column, after a sign-off heading that
/// ends at `from`:
///
/// ```text
/// Signed off by
/// Treasurer
///
/// Monitoring Officer
///
/// Jo Bloggs
///
/// Sam Smith
///
/// 5 February 2026
///
/// 6 February 2026
/// ```
///
/// After at most a few column headings ("Officer" / "Name" / "Date"), a
/// run of posts the pack knows, a run of as many names and a run of as
/// many dates, in any order, each run perhaps after its own heading, are a
/// clearance per row; groups of such runs may follow (a table flattened
/// row by row is groups of one). Returns the table's extent and a
/// clearance per row, spanning its signer's cell; `None` unless every
/// run has its post, name and date.
pub(super) fn cell_columns(
    text: &str,
    doc: &Document,
    template: &Template,
    from: usize,
    place: Place,
) -> Option<(Span, Vec<Clearance>)> {
    let wording = &template.clearance;
    let not_names = &template.vocabulary.not_names;
    // The short lines after the heading, up to the first that is no cell.
    let mut cells: Vec<(Span, CellKind)> = Vec::new();
    let mut at = from;
    for piece in text[from..].split('\n') {
        let line_start = at;
        at += piece.len() + 1;
        let Some((span, flat, only_date)) = cell_line(text, doc, line_start, piece) else {
            continue;
        };
        if flat.contains(':') || flat.split_whitespace().count() > MAX_LABEL_WORDS {
            break;
        }
        let kind = if only_date.is_some() {
            CellKind::Date
        } else if wording.role_of_post(&flat).is_some() && split_who(&flat, not_names).0.is_none() {
            CellKind::Post
        } else if is_name(&flat, not_names) {
            CellKind::Name
        } else {
            CellKind::Other
        };
        cells.push((span, kind));
        if cells.len() >= MAX_CELL_LINES {
            break;
        }
    }
    // Column headings first.
    let mut i = cells
        .iter()
        .take(4)
        .take_while(|c| c.1 == CellKind::Other)
        .count();
    let mut out = Vec::new();
    let mut extent: Option<Span> = None;
    loop {
        // Three runs of one kind each, all as long, perhaps each after a
        // heading of its own.
        let mut runs: Vec<&[(Span, CellKind)]> = Vec::new();
        let mut j = i;
        while runs.len() < 3 {
            if cells.get(j).is_some_and(|c| c.1 == CellKind::Other) && !runs.is_empty() {
                j += 1;
            }
            let Some(kind) = cells.get(j).map(|c| c.1).filter(|&k| k != CellKind::Other) else {
                break;
            };
            let len = cells[j..].iter().take_while(|c| c.1 == kind).count();
            runs.push(&cells[j..j + len]);
            j += len;
        }
        let kinds = |k: CellKind| runs.iter().filter(|r| r[0].1 == k).count() == 1;
        if runs.len() < 3
            || runs.iter().any(|r| r.len() != runs[0].len())
            || !(kinds(CellKind::Post) && kinds(CellKind::Name) && kinds(CellKind::Date))
        {
            break;
        }
        let column = |k: CellKind| runs.iter().find(|r| r[0].1 == k).copied().unwrap_or(&[]);
        let (posts, names, dates) = (
            column(CellKind::Post),
            column(CellKind::Name),
            column(CellKind::Date),
        );
        for row in 0..posts.len() {
            let post = posts[row].0;
            let post_text = crate::parse::inline::plain(post.of(text));
            // A post the pack knows gives its sign-off.
            let Some(role) = wording.role_of_post(&post_text) else {
                continue;
            };
            let name = names[row].0;
            out.push(Clearance {
                role: Some(role.to_string()),
                officer: Some(TextItem {
                    text: crate::parse::inline::plain(name.of(text)),
                    span: name,
                }),
                post: Some(TextItem {
                    text: post_text,
                    span: post,
                }),
                date: date_in(doc, dates[row].0),
                span: name,
                place,
            });
        }
        let group = cells[i].0.cover(cells[j - 1].0);
        extent = Some(extent.map_or(group, |e| e.cover(group)));
        i = j;
    }
    Some((extent?, out))
}

/// The most cells a row of a sign-off table flattened row by row has.
const MAX_ROW_CELLS: usize = 8;

/// The most words a cell of such a table has.
const MAX_ROW_CELL_WORDS: usize = 8;

/// The most lines such a table is read over.
const MAX_ROW_LINES: usize = 80;

/// A sign-off table that PDF extraction flattened row by row, one cell a
/// line, after a sign-off heading that ends at `from` (and perhaps a
/// caption line or two):
///
/// ```text
/// Audit trail
/// Name/Position
/// Directorate or partner
/// Date sent
/// Date received
/// Jo Bloggs
/// Finance Business Partner
/// 15.09.25
/// 19.09.25
/// Sam Smith
/// Principal Lawyer
/// 15.09.25
/// 23.09.25
/// ```
///
/// The header is three to eight cells, those headed as a date ("Date
/// sent") a date in every row and no other cell a date; the rows, as
/// many cells each, run to the first blank line. Exactly one such reading
/// must fit, or which cell is whose cannot be told (a blank cell drops out
/// of the text) and nothing is read. A row whose first cell names a person
/// and whose post (after the name, or in another cell) is one the pack
/// knows is a clearance, dated with the row's latest date; other rows (a
/// Cabinet Member, a director) clear nothing. Returns the table's extent
/// and the clearances.
pub(super) fn cell_rows(
    text: &str,
    doc: &Document,
    template: &Template,
    from: usize,
    place: Place,
) -> Option<(Span, Vec<Clearance>)> {
    let wording = &template.clearance;
    let not_names = &template.vocabulary.not_names;
    // The lines after the heading's, up to the first blank one.
    let mut cells: Vec<(Span, String, Option<DateMention>)> = Vec::new();
    let mut at = from;
    for (n, piece) in text[from..].split('\n').enumerate() {
        let line_start = at;
        at += piece.len() + 1;
        if n == 0 {
            continue; // The rest of the heading's line.
        }
        let Some(cell) = cell_line(text, doc, line_start, piece) else {
            break;
        };
        if cells.len() == MAX_ROW_LINES {
            return None;
        }
        if cell.1.split_whitespace().count() > MAX_ROW_CELL_WORDS {
            break;
        }
        cells.push(cell);
    }
    // Every (caption lines, width) reading that fits.
    let mut readings = Vec::new();
    for caption in 0..=2 {
        for width in 3..=MAX_ROW_CELLS {
            let Some(header) = cells.get(caption..caption + width) else {
                break;
            };
            let rows = &cells[caption + width..];
            if header.iter().any(|c| c.2.is_some())
                || rows.len() < 2 * width
                || !rows.len().is_multiple_of(width)
            {
                continue;
            }
            let dated: Vec<bool> = header
                .iter()
                .map(|c| normalise(&c.1).split(' ').any(|w| w == "date"))
                .collect();
            if !dated.contains(&true) {
                continue;
            }
            let fits = rows.chunks(width).all(|row| {
                row.iter()
                    .zip(&dated)
                    .all(|(cell, &d)| cell.2.is_some() == d)
            });
            if fits {
                readings.push((caption, width));
            }
        }
    }
    let &[(caption, width)] = readings.as_slice() else {
        return None;
    };
    let rows = &cells[caption + width..];
    let mut out = Vec::new();
    for row in rows.chunks(width) {
        let first = Flat::new(text, row[0].0);
        let (officer, post) = split_who(&first.text, not_names);
        let Some(officer) = officer.filter(|o| o.0 == 0) else {
            continue;
        };
        // The post after the name in its cell, else another cell's.
        let post = post
            .filter(|&(s, e)| wording.role_of_post(&first.text[s..e]).is_some())
            .and_then(|p| first.piece(0, Some(p)))
            .or_else(|| {
                row[1..]
                    .iter()
                    .find(|c| c.2.is_none() && wording.role_of_post(&c.1).is_some())
                    .map(|c| TextItem {
                        text: c.1.clone(),
                        span: c.0,
                    })
            });
        let Some(role) = post.as_ref().and_then(|p| wording.role_of_post(&p.text)) else {
            continue;
        };
        let date = row
            .iter()
            .filter_map(|c| c.2)
            .max_by_key(|d| (d.value.last_day(), d.value.first_day()));
        out.push(Clearance {
            role: Some(role.to_string()),
            officer: first.piece(0, Some(officer)),
            post,
            date,
            span: row[0].0.cover(row[width - 1].0),
            place,
        });
    }
    Some((cells[caption].0.cover(cells[cells.len() - 1].0), out))
}

/// A table (Markdown, Word) whose header row names its columns, the first
/// who and another when, perhaps others besides ("Comments in paragraph"):
/// the record of the officers consulted that closes some reports.
///
/// ```text
/// | Name and position                    | Date sent  | Date received | Comments in paragraph |
/// | Ama Kessie-Lowe, Director of Finance | 16/02/2026 | 20/02/2026    | 6, 10                 |
/// ```
///
/// The first column is a name or a post ([`column_named`]), perhaps with
/// a second naming the other. The clearance's date is in the one date
/// column whose heading holds one of the pack's `verbs` or
/// `receipt-verbs` ("Date received": the comments came back; "Date sent"
/// is when they were asked for; "Date cleared"); with none such, or two,
/// nothing is read: a bare "Date" says no more than that the table is a
/// list of people. Unless the table is headed as a clearance: its first
/// column's heading, a post's, is one of the pack's clearance headings or
/// names the officers' consultation ("Statutory officer consultation |
/// Name | Date", [`consults_officers`]), or `headed` (a sign-off heading
/// stands over it); then its one date column, bare, is when. A row whose post (after the name in its cell, or in the
/// post column) the pack knows is a clearance, dated by its date cell, or
/// undated where that cell is empty; other rows (a corporate director, a
/// procurement partner) clear nothing, nor does one marked as not
/// consulted ("No", a cross). At least one row must be dated, or nothing
/// is read (a form still to be filled in).
///
/// Or two columns headed who and how they were consulted, with no date
/// column: the date is in the second's cells, as in the flattened table
/// [`consulted_rows`] reads.
///
/// ```text
/// | Name/role                            | Method consulted                  |
/// | Chief Finance Officer (Amanda Pryce) | Report reviewed, 18 December 2026 |
/// ```
pub(super) fn named_column_table(
    text: &str,
    doc: &Document,
    template: &Template,
    table: &crate::document::Table,
    t: usize,
    headed: bool,
) -> Option<Vec<Clearance>> {
    let wording = &template.clearance;
    let not_names = &template.vocabulary.not_names;
    let header = table.rows.first()?;
    if table.rows.len() < 2 || header.cells.len() < 2 {
        return None;
    }
    // No heading says "date": no date column (most tables), refused before
    // any heading is normalised.
    let says_date = |c: &crate::document::Cell| {
        c.text
            .as_bytes()
            .windows(4)
            .any(|w| w.eq_ignore_ascii_case(b"date"))
    };
    // Or two columns, who and how they were consulted, the date in the
    // second's cells ("Name/role | Method consulted" over "Chief Finance
    // Officer (NAME) | Report reviewed, DATE").
    let consulted = !header.cells.iter().any(says_date)
        && header.cells.len() == 2
        && consulted_header(wording, &header.cells[0].text, &header.cells[1].text);
    let (first, other, when, rows_given) = if consulted {
        let first = column_named(wording, &header.cells[0].text.replace('/', " "))?;
        (first, None, 1, false)
    } else {
        if !header.cells.iter().any(says_date) {
            return None;
        }
        let columns: Vec<Option<Column>> = header
            .cells
            .iter()
            .map(|c| column_named(wording, &c.text))
            .collect();
        let dates: Vec<usize> = (0..columns.len())
            .filter(|&j| columns[j] == Some(Column::Date))
            .collect();
        // Or the rows say what was given, not the date's heading: `| |
        // Name | Date |` over `| Approved by Section 151 Officer | NAME |
        // DATE |`. The first column, headed by nothing or by a post word,
        // holds the posts; the one date column is when.
        let rows_given = dates.len() == 1
            && dates[0] != 0
            && matches!(columns[0], Some(Column::Post))
                != normalise(&header.cells[0].text).is_empty()
            && table.rows[1..].iter().any(|r| {
                r.cells
                    .first()
                    .is_some_and(|c| given_by(wording, &Flat::new(text, c.span).text).is_some())
            });
        // A first column headed by one of the pack's clearance headings
        // beside a name column and no post column ("Clearances | Name |
        // Date | Code") holds the posts of the officers named beside them.
        let label_posts = columns[0] == Some(Column::Label)
            && columns[1..].contains(&Some(Column::Name))
            && !columns.contains(&Some(Column::Post));
        let first = if rows_given || label_posts {
            Column::Post
        } else {
            columns[0].filter(|c| *c != Column::Date)?
        };
        let other = columns[1..]
            .iter()
            .position(|c| matches!(c, Some(k) if *k != Column::Date && *k != first))
            .map(|j| j + 1);
        let says_given = |j: &usize| {
            let n = normalise(&header.cells[*j].text);
            [&wording.verbs, &wording.receipt_verbs]
                .into_iter()
                .flatten()
                .any(|v| v.is_match(&n))
        };
        let mut given: Vec<usize> = dates.iter().copied().filter(says_given).collect();
        // Of two, the one that does not say when the paper was sent out
        // ("Date sent for sign off" beside "Date signed off").
        if given.len() > 1 {
            let says_sent = |j: &usize| {
                let n = normalise(&header.cells[*j].text);
                wording
                    .request_verbs
                    .as_ref()
                    .is_some_and(|v| v.is_match(&n))
            };
            given.retain(|j| !says_sent(j));
        }
        // Headed as a clearance: by a sign-off heading over it, or by its
        // post column's heading ("Statutory officer consultation").
        let headed = first == Column::Post
            && dates.len() == 1
            && (headed || {
                let h = &header.cells[0].text;
                wording.is_heading(h) || consults_officers(h)
            });
        let when = match given[..] {
            [when] => when,
            [] if rows_given || headed => dates[0],
            _ => return None,
        };
        (first, other, when, given.is_empty())
    };
    let mut out = Vec::new();
    for row in &table.rows[1..] {
        if row.cells.is_empty() {
            continue;
        }
        if row
            .cells
            .iter()
            .any(|c| crate::parse::table::mark_says_yes(c.text.trim()) == Some(false))
        {
            continue;
        }
        // (A how cell saying the officer was not consulted.)
        if consulted
            && row.cells.get(when).is_some_and(|c| {
                normalise(&c.text)
                    .split(' ')
                    .any(|w| matches!(w, "not" | "no" | "declined"))
            })
        {
            continue;
        }
        // (And says only how and when, in a few words: "Report reviewed,
        // DATE", not a comment.)
        if consulted
            && row
                .cells
                .get(when)
                .is_some_and(|c| c.text.split_whitespace().count() > MAX_ROW_CELL_WORDS)
        {
            return None;
        }
        // (A cell set out with spaces may wrap over lines holding other
        // columns' text: read its own pieces.)
        let flat = joined_flat(text, &cell_pieces(text, table, row, 0));
        // "Finance: Graham Clark", "Legal: Julie Newman": a label naming
        // the sign-off the row gives, then the officer.
        let (labelled, flat) = match label_prefix(&flat.text, not_names) {
            Some((l, rest)) if !consulted && !rows_given => {
                match label_role(template, &flat.text[..l]) {
                    Some(r) => (Some(r), Flat::new(text, flat.span(rest, flat.text.len()))),
                    None => (None, flat),
                }
            }
            _ => (None, flat),
        };
        let (mut officer, mut post) = bracketed_name(&flat.text, not_names)
            .filter(|_| consulted)
            .map_or_else(
                || split_who(&flat.text, not_names),
                |(o, p)| (Some(o), Some(p)),
            );
        if rows_given {
            // The cell says what was given and by which post, or names the
            // post alone: nothing else ("Approved by Executive Director of
            // People and the Director of Finance" is no post).
            let from = given_by(wording, &flat.text).unwrap_or(0);
            let end = flat.text.trim_end().len();
            if from >= end || flat.text[from..end].split_whitespace().count() > MAX_ROW_CELL_WORDS {
                continue;
            }
            officer = None;
            post = Some((from, end));
        } else if first == Column::Post && officer.is_none() {
            // Only a post in the post column: the name may be in another.
            post = post.or_else(|| Some((0, flat.text.trim_end().len())));
        }
        let mut officer = flat.piece(0, officer.take());
        let mut post = flat.piece(0, post.take());
        if let Some(j) = other.filter(|&j| j < row.cells.len()) {
            let flat = joined_flat(text, &cell_pieces(text, table, row, j));
            let (o, p) = split_who(&flat.text, not_names);
            match first {
                Column::Post => officer = officer.or_else(|| flat.piece(0, o)),
                // The officer named in the first column: the post's
                // cell is the post, commas and all ("Lead Accountant,
                // Business Partnering").
                Column::Name if officer.is_some() && labelled.is_some() => {
                    post = post.or_else(|| flat.piece(0, Some((0, flat.text.trim_end().len()))));
                }
                _ => {
                    post = post.or_else(|| {
                        flat.piece(
                            0,
                            p.or(o.is_none().then_some((0, flat.text.trim_end().len()))),
                        )
                    })
                }
            }
        }
        let Some(role) = post
            .as_ref()
            .and_then(|p| wording.role_of_post(&p.text))
            .map(str::to_string)
            .or(labelled)
        else {
            continue;
        };
        // (A post said to have given it, with no person named: a form.)
        if rows_given && officer.is_none() {
            continue;
        }
        let date = cell_pieces(text, table, row, when)
            .into_iter()
            .find_map(|p| date_in(doc, p));
        out.push(Clearance {
            role: Some(role),
            officer,
            post,
            date,
            span: row.span,
            place: Place::Table(t),
        });
    }
    out.iter().any(|c| c.date.is_some()).then_some(out)
}

/// Words of a column heading that names the officer's post, besides the
/// pack's `post-labels` ("Role", "Position").
const POST_COLUMN_WORDS: &[&str] = &["officer", "officers", "post", "title"];

/// The most words of a column heading.
const MAX_HEAD_WORDS: usize = 3;

/// The most bytes of a column heading's line as written: its three words
/// with room for emphasis, a colon and spaces.
const MAX_HEAD_BYTES: usize = 80;

/// The most lines a post cell of a table flattened row by row wraps over.
const MAX_POST_LINES: usize = 3;

/// The most words of a column heading that is a clause ending in one of
/// the pack's verbs and "by" ("This report has been cleared by").
const MAX_CLAUSE_HEAD_WORDS: usize = 8;

/// What a column of a sign-off table holds, from its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
    Post,
    Name,
    Date,
    /// What each row clears: a column headed with one of the pack's
    /// clearance headings ("Sign-off", "Final report sign offs").
    Label,
}

/// The column that a heading cell names: "Date", "Date cleared" a date;
/// "Name", "Officer name" a name; "Officer", "Role", "Post" a post, and so
/// does one of the pack's verbs with "by" ("Seen by:", "Cleared by"): the
/// officers' posts the table's rows were seen or cleared by. A clause of
/// a few words ending so counts too, a bracketed note after it set aside
/// ("This report has been cleared by (or mark not required if
/// appropriate)"). One of the pack's clearance headings that is no verb
/// and "by" ("Sign-off", "Final report sign offs") heads the column of
/// what each row clears.
pub(super) fn column_named(wording: &Wording, cell: &str) -> Option<Column> {
    let n = normalise(cell);
    // (As many words as spaces and one: `n` is normalised.)
    let words = memchr::memchr_iter(b' ', n.as_bytes()).count() + 1;
    if words > MAX_HEAD_WORDS {
        return if words > MAX_CLAUSE_HEAD_WORDS {
            None
        } else if n.starts_with("date ") {
            // "Date doc sent out", "Date response received or approved":
            // a date column whose heading says what happened on it.
            Some(Column::Date)
        } else if ends_verb_by(wording, &n) {
            Some(Column::Post)
        } else if wording.is_normalised_heading(&n) {
            Some(Column::Label)
        } else {
            None
        };
    }
    if n.is_empty() {
        return None;
    }
    // (A few words, split once for the tests below.)
    let parts: Vec<&str> = n.split(' ').collect();
    let has = |w: &str| parts.contains(&w);
    if has("date") {
        Some(Column::Date)
    } else if has("name") {
        Some(Column::Name)
    } else if POST_COLUMN_WORDS.iter().any(|w| has(w))
        || wording.is_post_label(&n)
        || is_verb_by(wording, &n)
    {
        Some(Column::Post)
    } else if wording.is_normalised_heading(&n) {
        Some(Column::Label)
    } else {
        None
    }
}

/// Whether the normalised clause `n` ends in one of the pack's verbs and
/// "by" ("this report has been cleared by").
fn ends_verb_by(wording: &Wording, n: &str) -> bool {
    let Some(head) = n.strip_suffix(" by") else {
        return false;
    };
    wording.verbs.as_ref().is_some_and(|v| {
        v.find_iter(head)
            .any(|m| m.end() == head.len() && (m.start() == 0 || head[..m.start()].ends_with(' ')))
    })
}

/// Where the post starts in a table's row label that says what the post
/// gave, one of the pack's verbs and "by" opening it ("Approved by
/// Section 151 Officer", "Signed off by Monitoring Officer"): the byte
/// after "by " in the flat text `s`.
fn given_by(wording: &Wording, s: &str) -> Option<usize> {
    let lower = s.to_ascii_lowercase();
    let at = lower.find(" by ")?;
    let head = s[..at].trim_start();
    // (A verb of at most two words: "Approved", "Signed off".)
    if head.is_empty() || head.split_whitespace().count() > 2 {
        return None;
    }
    is_verb_by(wording, &normalise(&s[..at + 3])).then_some(at + 4)
}

/// Whether the normalised heading `n` is one of the pack's verbs and "by",
/// nothing else: "seen by", "cleared by", "signed off by".
fn is_verb_by(wording: &Wording, n: &str) -> bool {
    let Some(verb) = n.strip_suffix(" by") else {
        return false;
    };
    wording.verbs.as_ref().is_some_and(|v| {
        v.find_iter(verb)
            .any(|m| m.start() == 0 && m.end() == verb.len())
    })
}

/// Whether the line `line` is page furniture at a page break, as
/// `pdftotext` writes one: a page number ("Page 4 of 5"), or a line that
/// closes its page (only blank lines and a page number between it and the
/// form feed) and stands in the paper more than once, a running footer
/// ("Joint Waste Committee – 20 March 2025").
pub(super) fn is_page_end_furniture(text: &str, line: Span) -> bool {
    let body = line.of(text);
    if crate::parse::line::is_page_footer(body) {
        return true;
    }
    let mut closes = false;
    for piece in text[line.end..].split('\n').skip(1).take(4) {
        if piece.starts_with('\u{c}') {
            closes = true;
            break;
        }
        let t = piece.trim();
        if !(t.is_empty() || crate::parse::line::is_page_footer(t)) {
            break;
        }
    }
    closes
        && body.split_whitespace().count() >= 3
        && memchr::memmem::find_iter(text.as_bytes(), body.trim().as_bytes())
            .nth(1)
            .is_some()
}

/// The lines under a heading whose line ends at `from`: each with its
/// number (the rest of the heading's line, 0, is passed over), where it
/// starts and its text (a form feed opening a page dropped).
fn lines_under(text: &str, from: usize) -> impl Iterator<Item = (usize, usize, &str)> {
    // (The line ends by the `memchr` crate's search, as `split('\n')`
    // gives them, a last line with no line break included.)
    let rest = &text[from..];
    let ends = memchr::memchr_iter(b'\n', rest.as_bytes()).chain(std::iter::once(rest.len()));
    let mut start = 0;
    ends.enumerate().filter_map(move |(n, end)| {
        let raw = &rest[start..end];
        let line_at = from + start;
        start = end + 1;
        let piece = raw.trim_start_matches('\u{c}');
        (n > 0).then(|| (n, line_at + (raw.len() - piece.len()), piece))
    })
}

/// A sign-off table that PDF extraction flattened row by row, one cell a
/// line, its header row naming the columns, after a heading that ends at
/// `from`:
///
/// ```text
/// 12. Statutory officer consultation
/// Officer
/// Name
/// Date
/// Treasurer to the Joint Committee (Section 151
/// Officer, Westbury District Council)
/// Anita Sorensen
/// Monitoring Officer to the Joint Committee
/// Gareth Lloyd-Hughes
/// 07/03/2025
/// ```
///
/// The header is three cells naming a post column ("Officer", "Role"), a
/// name column and a date column, the date last ([`column_named`]). Each
/// row is then its post (a cell that may wrap over a few lines) and its
/// officer's name, in the header's order, and its date: a line that is
/// only a date, or nothing, where the cell was empty (an empty cell drops
/// out of the text, and the next row's first cell follows). Where the
/// first row opens with a label before those cells ("Name" / "Post" /
/// "Date" over "Finance" / NAME / POST / DATE: the labels' column heading
/// was empty), every row may: such a label gives the row's sign-off where
/// its post names none. Page
/// furniture at a page break is passed over ([`is_page_end_furniture`]).
/// The table ends at the first line that fits no cell (a numbered
/// paragraph, a heading, a sentence); at least one row must be dated, or
/// nothing is read (a form still to be filled in). A row whose post and
/// label name no sign-off the pack knows clears nothing. Returns the
/// table's extent and a clearance per row.
pub(super) fn headed_rows(
    text: &str,
    doc: &Document,
    template: &Template,
    from: usize,
    place: Place,
) -> Option<(Span, Vec<Clearance>)> {
    let wording = &template.clearance;
    let not_names = &template.vocabulary.not_names;
    let mut header: Vec<(Span, Column)> = Vec::new();
    // The rows' cells: span, plain text, date when only a date.
    let mut cells: Vec<(Span, String, Option<DateMention>)> = Vec::new();
    for (_, line_start, piece) in lines_under(text, from) {
        if header.len() < 3 {
            // A column heading is a word or three: the first line under
            // most headings is a paragraph, refused before it is read.
            let Some(span) = trimmed_span(line_start, piece) else {
                continue;
            };
            if span.end - span.start > MAX_HEAD_BYTES {
                return None;
            }
            let column = column_named(wording, &crate::parse::inline::plain(span.of(text)))?;
            if header.iter().any(|h| h.1 == column) {
                return None;
            }
            header.push((span, column));
            continue;
        }
        let Some(cell) = cell_line(text, doc, line_start, piece) else {
            continue;
        };
        if is_page_end_furniture(text, cell.0) {
            continue;
        }
        let heading = doc
            .sections
            .binary_search_by_key(&cell.0.start, |s| s.heading.start)
            .is_ok();
        if heading
            || cells.len() == MAX_ROW_LINES
            || cell.1.contains(':')
            || cell.1.split_whitespace().count() > MAX_ROW_CELL_WORDS
            || (cell.2.is_none() && cell.1.starts_with(|c: char| c.is_ascii_digit()))
        {
            break;
        }
        cells.push(cell);
    }
    let name_first = match header.iter().map(|h| h.1).collect::<Vec<_>>()[..] {
        [Column::Post, Column::Name, Column::Date] => false,
        [Column::Name, Column::Post, Column::Date] => true,
        _ => return None,
    };
    let is_name_cell =
        |c: &(Span, String, Option<DateMention>)| c.2.is_none() && is_name(&c.1, not_names);
    let is_name_at = |k: usize| cells.get(k).is_some_and(is_name_cell);
    // A row label before the header's cells, its column's heading left
    // empty ("Finance" / NAME / POST / DATE): a short cell that is no
    // date or name, before the row's name where the name comes first;
    // no post but naming a sign-off ("Finance", "Legal") where the post
    // does.
    let is_label_at = |k: usize| {
        cells.get(k).is_some_and(|c| {
            c.2.is_none()
                && !is_name_cell(c)
                && c.1.split_whitespace().count() <= MAX_LABEL_WORDS
                && if name_first {
                    is_name_at(k + 1)
                } else {
                    wording.role_of_post(&c.1).is_none()
                        && !roles_named(template, &c.1).is_empty()
                        && cells.get(k + 1).is_some_and(|n| n.2.is_none())
                }
        })
    };
    // Whether the rows have labels: the first does.
    let labelled = is_label_at(0);
    let mut out = Vec::new();
    let mut dated = false;
    let mut end = header[2].0;
    let mut i = 0;
    while i < cells.len() {
        // The row's label, where the rows have them.
        let label = (labelled && is_label_at(i)).then_some(i);
        let r = i + usize::from(label.is_some());
        // The post's lines and the name, in the header's order. (Where
        // the name comes first in a labelled table, the cell before a
        // name is the next row's label.)
        let posts = |j: usize| {
            let mut k = j;
            while k < cells.len()
                && k - j <= MAX_POST_LINES
                && cells[k].2.is_none()
                && !is_name_cell(&cells[k])
                && !(labelled && name_first && is_name_at(k + 1))
            {
                k += 1;
            }
            k - j
        };
        let (name, post, next) = if name_first {
            if !is_name_at(r) {
                break;
            }
            let p = posts(r + 1);
            (Some(r), (r + 1, r + 1 + p), r + 1 + p)
        } else {
            let p = posts(r);
            let named = is_name_at(r + p);
            (
                named.then_some(r + p),
                (r, r + p),
                r + p + usize::from(named),
            )
        };
        let (p0, p1) = post;
        if p1 - p0 > MAX_POST_LINES || (p0 == p1 && name.is_none()) {
            break;
        }
        let date = cells.get(next).and_then(|c| c.2);
        // A row must end at a cell: its date, the next row, or the end.
        if name.is_none() && date.is_none() {
            break;
        }
        let last = if date.is_some() { next } else { next - 1 };
        let post_text = cells[p0..p1]
            .iter()
            .map(|c| c.1.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        // The post's sign-off, else the one its label names.
        let role = (p1 > p0)
            .then(|| wording.role_of_post(&post_text).map(str::to_string))
            .flatten()
            .or_else(|| label.and_then(|k| label_role(template, &cells[k].1)));
        dated |= date.is_some();
        let first = cells[i].0;
        end = cells[last].0;
        if let Some(role) = role {
            out.push(Clearance {
                role: Some(role),
                officer: name.map(|k| TextItem {
                    text: cells[k].1.clone(),
                    span: cells[k].0,
                }),
                post: (p1 > p0).then(|| TextItem {
                    text: post_text,
                    span: cells[p0].0.cover(cells[p1 - 1].0),
                }),
                date,
                span: first.cover(name.map_or(cells[p1 - 1].0, |k| cells[k].0)),
                place,
            });
        }
        i = last + 1;
    }
    if !dated {
        return None;
    }
    Some((header[0].0.cover(end), out))
}

/// A sign-off table that PDF extraction flattened row by row, one cell a
/// line, under a sign-off heading that ends at `from`, each row what it
/// clears, who cleared it and when:
///
/// ```text
/// Final report sign offs
/// This report has been cleared by (or mark not required if appropriate)
/// Date
/// Governance/Legal (Required for all reports)
/// Kerensa Nance, Principal Property Lawyer
/// 09/03/2027
/// Equality and Diversity (If applicable)
/// Not required
/// Finance (Required for all reports)
/// Wyn Trevithick, Strategic Finance Business Partner
/// 15/04/2027
/// ```
///
/// The header names the column of who cleared each row (a post or name
/// column, [`column_named`]: "Name", "Cleared by", "This report has been
/// cleared by …") and then a date column, perhaps after the heading of
/// the column of what each row clears ("Sign-off"); where it does not,
/// the sign-off heading over it heads that column (as "Final report sign
/// offs" does, a cell of the header row). The rows run to the first blank
/// line or heading, and are read as [`cell_lines`] reads a block's
/// paragraph: label lines, the officer (a name, perhaps then a post; or a
/// post), perhaps the date; a row whose officer's cell says it was not
/// needed ("Not required") clears nothing. Returns the table's extent and
/// its clearances; `None` unless a row is dated.
pub(super) fn labelled_rows(
    text: &str,
    doc: &Document,
    template: &Template,
    from: usize,
    place: Place,
) -> Option<(Span, Vec<Clearance>)> {
    let wording = &template.clearance;
    let mut header: Vec<(Span, Column)> = Vec::new();
    let mut rows: Option<Span> = None;
    for (n, line_start, piece) in lines_under(text, from) {
        let span = trimmed_span(line_start, piece);
        if header.last().is_none_or(|h| h.1 != Column::Date) {
            let span = span?;
            if span.end - span.start > MAX_HEAD_BYTES || header.len() == 3 {
                return None;
            }
            let column = column_named(wording, &crate::parse::inline::plain(span.of(text)))?;
            header.push((span, column));
            continue;
        }
        // The rows, to a blank line, a heading or the most lines read.
        let Some(span) = span else {
            break;
        };
        let heading = doc
            .sections
            .binary_search_by_key(&span.start, |s| s.heading.start)
            .is_ok();
        if heading || n > MAX_ROW_LINES {
            break;
        }
        rows = Some(rows.map_or(span, |r| r.cover(span)));
    }
    let columns: Vec<Column> = header.iter().map(|h| h.1).collect();
    if !matches!(
        columns[..],
        [Column::Post | Column::Name, Column::Date]
            | [Column::Label, Column::Post | Column::Name, Column::Date]
    ) {
        return None;
    }
    let rows = rows?;
    let unit = Unit {
        span: rows,
        lead: None,
        field: None,
        row: None,
    };
    let read = cell_lines(text, doc, template, &unit, place);
    (!read.is_empty()).then(|| (header[0].0.cover(rows), read))
}

/// The most words of the "who" cell of a table of the officers consulted
/// flattened row by row ("Assistant Director, Procurement and Commercial").
const MAX_WHO_WORDS: usize = 10;

/// A table of the officers consulted that PDF extraction flattened row by
/// row, two cells a row, after a heading that ends at `from`:
///
/// ```text
/// Consultation
/// Name/role
/// Method consulted
/// Chief Finance Officer (Amanda Pryce)
/// Report reviewed, 18 December 2026
/// PPE working group (representative bodies)
/// Meeting, 9 December 2026
/// ```
///
/// The header is two cells: who (a name or post column, [`column_named`];
/// "Name/role" is both) and how ([`consulted_header`]: "Method
/// consulted"). Each row is then who was consulted, on one line, and how
/// and when: a short line holding a date. The table ends at the first
/// pair of lines that is not such a row (a heading, a numbered paragraph,
/// a sentence); page furniture at a page break is passed over. A row whose
/// post the pack lists is that sign-off's clearance, dated by its second
/// cell, with the officer's name where the first cell gives it after the
/// post in brackets or beside it; other rows (a procurement director, a
/// working group) clear nothing, nor does one whose second cell says the
/// officer was not consulted ("Not consulted"). At least one row must be
/// read, or nothing is. Returns the table's extent and a clearance per
/// row that names a post.
pub(super) fn consulted_rows(
    text: &str,
    doc: &Document,
    template: &Template,
    from: usize,
    place: Place,
) -> Option<(Span, Vec<Clearance>)> {
    let wording = &template.clearance;
    let not_names = &template.vocabulary.not_names;
    let mut lines: Vec<(Span, String, Option<DateMention>)> = Vec::new();
    for (_, line_start, piece) in lines_under(text, from) {
        // A header cell is a few words: the first line under most headings
        // is a paragraph, refused before it is read.
        if lines.len() < 2
            && trimmed_span(line_start, piece).is_some_and(|s| s.end - s.start > MAX_HEAD_BYTES)
        {
            return None;
        }
        let Some(cell) = cell_line(text, doc, line_start, piece) else {
            continue;
        };
        if lines.len() >= 2 && is_page_end_furniture(text, cell.0) {
            continue;
        }
        let heading = doc
            .sections
            .binary_search_by_key(&cell.0.start, |s| s.heading.start)
            .is_ok();
        if heading || lines.len() == MAX_ROW_LINES {
            break;
        }
        if lines.len() < 2
            && (cell.0.end - cell.0.start > MAX_HEAD_BYTES || lines.len() == 1 && cell.2.is_some())
        {
            return None;
        }
        lines.push(cell);
        // The header's two cells are read before any more line is.
        if lines.len() == 2 && !consulted_header(wording, &lines[0].1, &lines[1].1) {
            return None;
        }
    }
    if lines.len() < 4 || !consulted_header(wording, &lines[0].1, &lines[1].1) {
        return None;
    }
    let mut out = Vec::new();
    let mut end = None;
    for row in lines[2..].chunks_exact(2) {
        let (who, how) = (&row[0], &row[1]);
        // Who: a short line, no sentence, no date. How: a short line with
        // a date ("Report reviewed, 18 December 2026").
        let fits = who.2.is_none()
            && !who.1.contains(':')
            && !who.1.trim_end().ends_with(['.', ';'])
            && who.1.split_whitespace().count() <= MAX_WHO_WORDS
            && !who.1.starts_with(|c: char| c.is_ascii_digit())
            && how.1.split_whitespace().count() <= MAX_ROW_CELL_WORDS
            && !how.1.contains(':');
        let date = date_in(doc, how.0);
        let (true, Some(date)) = (fits, date) else {
            break;
        };
        end = Some(how.0);
        let refused = normalise(&how.1)
            .split(' ')
            .any(|w| matches!(w, "not" | "no" | "declined"));
        let Some(role) = wording.role_of_post(&who.1) else {
            continue;
        };
        if refused {
            continue;
        }
        let flat = Flat::new(text, who.0);
        let (officer, post) = bracketed_name(&flat.text, not_names).map_or_else(
            || split_who(&flat.text, not_names),
            |(o, p)| (Some(o), Some(p)),
        );
        out.push(Clearance {
            role: Some(role.to_string()),
            officer: flat.piece(0, officer),
            post: flat.piece(0, post),
            date: Some(date),
            span: who.0.cover(how.0),
            place,
        });
    }
    let end = end?;
    Some((lines[0].0.cover(end), out))
}

/// Whether `who` and `how` head a table of the officers consulted: the
/// first names a name or post column ("Name/role", "Officer"), the
/// second is two or three words holding one of the pack's `verbs`, not
/// the verb alone, that name no other column ("Method consulted"). A
/// "Comments" column is a sign-off column only in a clearance block
/// (`find_with`): elsewhere it holds what officers said, not whether they
/// cleared the report.
fn consulted_header(wording: &Wording, who: &str, how: &str) -> bool {
    let n = normalise(how);
    let Some(verbs) = wording.verbs.as_ref() else {
        return false;
    };
    // (The cheap tests of `how` first: most pairs of lines are no header.)
    (2..=MAX_HEAD_WORDS).contains(&n.split(' ').count())
        && verbs.is_match(&n)
        && matches!(
            column_named(wording, &who.replace('/', " ")),
            Some(Column::Name | Column::Post)
        )
        && column_named(wording, how).is_none()
        && !verbs
            .find_iter(&n)
            .any(|m| m.start() == 0 && m.end() == n.len())
}

/// A post then the officer's name in brackets, "Chief Finance Officer
/// (Amanda Pryce)": the name's and the post's ranges in `who`.
#[allow(clippy::type_complexity)]
fn bracketed_name(
    who: &str,
    not_names: &crate::parse::vocabulary::Words,
) -> Option<((usize, usize), (usize, usize))> {
    let who = who.trim_end();
    let inner = who.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let name = inner[open + 1..].trim();
    let post = who[..open].trim_end();
    if post.is_empty() || !is_name(name, not_names) {
        return None;
    }
    let lead = inner[open + 1..].len() - inner[open + 1..].trim_start().len();
    let start = open + 1 + lead;
    Some(((start, start + name.len()), (0, post.len())))
}

/// The most lines after the last numbered paragraph searched for the
/// signature that closes a report.
const MAX_CLOSING_LINES: usize = 60;

/// The signature that closes a report, three lines of their own after the
/// last numbered paragraph: the officer's name, their post, the date.
///
/// ```text
/// 6.6
/// Risk – see section 5.
///
/// Graeme Ross
/// Treasurer to the Board
/// 19 January 2027
/// ```
///
/// A report written and signed by a statutory officer is cleared by that
/// officer: where the post is one the pack lists, the signature is that
/// sign-off's clearance (read as one in another section: it counts only
/// where the sign-off has no clearance of its own). The name must read as
/// a person's, the post must be a short line and nothing else, and the
/// date a line that is only a date: a contact block ("Alison Kerr,
/// Finance Manager" / "Tel: …") or a signature with no date clears
/// nothing.
pub(super) fn closing_signatures(
    text: &str,
    doc: &Document,
    template: &Template,
) -> Vec<Clearance> {
    let wording = &template.clearance;
    let not_names = &template.vocabulary.not_names;
    let Some(last) = doc.paragraphs.iter().rev().find(|p| p.number.is_some()) else {
        return Vec::new();
    };
    let from = last.text.start;
    // Consecutive lines, (start, text). Each is read as a cell
    // ([`cell_line`]: span, plain text, date when only a date; a blank
    // line is `None`) only below a line holding a date, as a signature's
    // name and post are: most lines hold none.
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    let mut at = from;
    for raw in text[from..].split('\n').take(MAX_CLOSING_LINES) {
        let piece = raw.trim_start_matches('\u{c}');
        let line_start = at + (raw.len() - piece.len());
        at += raw.len() + 1;
        pieces.push((line_start, piece));
    }
    // (Each line read once, where a window first asks.)
    let cells: Vec<std::cell::OnceCell<Option<CellLine>>> =
        pieces.iter().map(|_| std::cell::OnceCell::new()).collect();
    let cell = |i: usize| {
        cells[i]
            .get_or_init(|| cell_line(text, doc, pieces[i].0, pieces[i].1))
            .as_ref()
    };
    let mut out = Vec::new();
    for i in 0..pieces.len().saturating_sub(2) {
        // (A line holding no date is not read as a cell.)
        let (start, piece) = pieces[i + 2];
        let span = trimmed_span(start, piece);
        if span.is_none_or(|span| date_in(doc, span).is_none()) {
            continue;
        }
        let Some(date) = cell(i + 2) else {
            continue;
        };
        let Some(when) = date.2 else {
            continue;
        };
        let (Some(name), Some(post)) = (cell(i), cell(i + 1)) else {
            continue;
        };
        let short = |s: &str| s.split_whitespace().count() <= MAX_ROW_CELL_WORDS;
        if name.2.is_some()
            || post.2.is_some()
            || !short(&name.1)
            || !short(&post.1)
            || post.1.contains([':', '.', ';', ','])
            || !is_name(name.1.trim(), not_names)
        {
            continue;
        }
        let Some(role) = wording.role_of_post(&post.1) else {
            continue;
        };
        out.push(Clearance {
            role: Some(role.to_string()),
            officer: Some(TextItem {
                text: name.1.trim().to_string(),
                span: name.0,
            }),
            post: Some(TextItem {
                text: post.1.trim().to_string(),
                span: post.0,
            }),
            date: Some(when),
            span: name.0.cover(date.0),
            place: Place::Prose,
        });
    }
    out
}

/// The signature box closing a first-person declaration: the line naming
/// the signer and the date line under it.
#[derive(Debug)]
pub(super) struct SignatureBox {
    /// From the signer's line to the end of the date line (or of the
    /// signer's line where no date line follows).
    pub(super) span: Span,
    /// The signer's name.
    pub(super) officer: TextItem,
    /// The date the date line gives; `None` for an empty "Date:".
    pub(super) date: Option<DateMention>,
}

/// The signature box right under a clearance that spans `clearance`, read
/// from the end of its paragraph, before `limit`: where the declaration is
/// in the first person ("Chief Finance Officer" / "I have been consulted
/// about the proposal and confirm …"), the next line is a field whose key
/// is one of the pack's `signature-labels` and whose value is a person's
/// name, perhaps padded with dots ("Signature: Ruth Adeyemi-Crane"), and
/// a "Date:" may follow on the same line or the next, dated or empty.
/// `None` for anything else: a declaration in the third person (whose
/// signature below may be the decision-maker's), a signature line naming
/// a post or a body ("Signed: Executive Director"), or no signature line.
pub(super) fn signature_box_after(
    text: &str,
    doc: &Document,
    template: &Template,
    clearance: Span,
    limit: usize,
) -> Option<SignatureBox> {
    let end = doc
        .paragraphs
        .iter()
        .find(|p| p.text.start <= clearance.end && clearance.end <= p.text.end)
        .map_or(clearance.end, |p| p.text.end);
    let signer_line = |line: Span| {
        line.of(text).split_once(':').is_some_and(|(label, _)| {
            template
                .clearance
                .is_signature_label(label.trim().trim_start_matches('.'))
        })
    };
    // The signer's line: the first line after the clearance's own that is
    // one, with only the rest of the declaration's paragraph before it.
    let mut at = clearance.end + text[clearance.end..].find('\n')? + 1;
    let (line, next) = loop {
        let (line, next) = next_line(text, at)?;
        if line.end > limit {
            return None;
        }
        if signer_line(line) {
            break (line, next);
        }
        if line.end > end {
            return None;
        }
        at = next?;
    };
    if !text[clearance.start..line.start]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "I")
    {
        return None;
    }
    // The value, up to a date label on the same line.
    let value_start = line.start + line.of(text).find(':')? + 1;
    let value = &text[value_start..line.end];
    let date_label = date_label_at(value);
    let name_end = value_start + date_label.unwrap_or(value.len());
    let raw_name = &text[value_start..name_end];
    let name = raw_name.trim_matches(|c: char| c.is_whitespace() || c == '.');
    if !is_name(name, &template.vocabulary.not_names) {
        return None;
    }
    let name_start = value_start + raw_name.find(name)?;
    let officer = TextItem {
        text: name.to_string(),
        span: Span::new(name_start, name_start + name.len()),
    };
    // The date: after the label on this line, or on a date line under it.
    let date_line = match date_label {
        Some(at) => Some(Span::new(value_start + at, line.end)),
        None => next
            .and_then(|n| next_line(text, n))
            .map(|(l, _)| l)
            .filter(|l| l.end <= limit && date_label_at(l.of(text)) == Some(0)),
    };
    let span = Span::new(line.start, date_line.map_or(line.end, |l| l.end));
    Some(SignatureBox {
        span,
        officer,
        date: date_line.and_then(|l| date_in(doc, l)),
    })
}

/// The line starting at `from` (its leading white space aside) as a span
/// without its line break, and where the line after it starts; `None` at
/// the end of the text or for an empty line.
fn next_line(text: &str, from: usize) -> Option<(Span, Option<usize>)> {
    let rest = text.get(from..)?;
    let eol = rest.find('\n').map_or(text.len(), |i| from + i);
    let raw = &text[from..eol];
    let lead = raw.len() - raw.trim_start().len();
    let body = raw.trim();
    if body.is_empty() {
        return None;
    }
    let start = from + lead;
    let next = (eol < text.len()).then_some(eol + 1);
    Some((Span::new(start, start + body.len()), next))
}

/// Where a date label ("Date:", "Date signed:", any case) opens a word of
/// `s`, its colon after at most two words: at 0 for a date line, later
/// for one that shares the signer's line. `None` where none does.
fn date_label_at(s: &str) -> Option<usize> {
    let lower = s.to_ascii_lowercase();
    lower.match_indices("date").map(|(i, _)| i).find(|&i| {
        let word_start = i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphanumeric();
        word_start
            && s[i..].split_once(':').is_some_and(|(label, _)| {
                after_date_label(label, 2).is_some() && !label.contains('\n')
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_under_a_heading_are_those_after_its_line() {
        let text = "Sign-off\nOfficer\n\u{c}Name\n\nDate";
        let lines: Vec<(usize, usize, &str)> = lines_under(text, 0).collect();
        // The heading's own line is passed over; a form feed opening a
        // page is dropped; a blank line and a last line with no line
        // break are lines too.
        assert_eq!(
            lines,
            vec![
                (1, 9, "Officer"),
                (2, 18, "Name"),
                (3, 23, ""),
                (4, 24, "Date")
            ]
        );
        // From the middle of a line, the rest of it is line 0.
        let lines: Vec<(usize, usize, &str)> = lines_under(text, 4).collect();
        assert_eq!(lines[0], (1, 9, "Officer"));
        // Nothing after the heading's line: no lines.
        assert_eq!(lines_under("Sign-off", 0).count(), 0);
        assert_eq!(
            lines_under("Sign-off\n", 0).collect::<Vec<_>>(),
            vec![(1, 9, "")]
        );
    }
}
