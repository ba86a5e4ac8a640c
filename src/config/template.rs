//! Compiling the chain's `[fields]`, `[sections]`, `[sign-off]`,
//! `[calendar]` and `[vocabulary]` tables into the [`Template`] a paper is matched against.

use super::*;

/// Merges the field and section definitions of the chain into a template.
pub(super) fn compile_template(files: &[Loaded]) -> Result<Template, ConfigError> {
    let mut fields: Vec<FieldDef> = Vec::new();
    let mut sections: Vec<SectionDef> = Vec::new();
    for file in files {
        for (id, raw) in &file.raw.sections {
            let idx = match sections.iter().position(|s| s.id == *id.get_ref()) {
                Some(i) => i,
                None => {
                    sections.push(SectionDef {
                        id: id.get_ref().clone(),
                        name: id.get_ref().replace('-', " "),
                        titles: Vec::new(),
                        whole_titles: Vec::new(),
                        patterns: Vec::new(),
                        implications: Vec::new(),
                        hints: Vec::new(),
                        broad_titles: Vec::new(),
                        required: false,
                        sign_off: None,
                    });
                    sections.len() - 1
                }
            };
            let def = &mut sections[idx];
            if let Some(n) = &raw.name {
                def.name = n.clone();
            }
            def.titles.extend(raw.titles.iter().map(|t| normalise(t)));
            def.whole_titles
                .extend(raw.whole_titles.iter().map(|t| normalise(t)));
            def.implications
                .extend(raw.implications.iter().map(|t| normalise(t)));
            def.hints.extend(raw.hints.iter().map(|t| normalise(t)));
            def.broad_titles
                .extend(raw.broad_titles.iter().map(|t| normalise(t)));
            for p in &raw.patterns {
                def.patterns.push(compile_pattern(file, p)?);
            }
            if let Some(r) = raw.required {
                def.required = r;
            }
            if let Some(s) = &raw.sign_off {
                def.sign_off = Some(s.clone()).filter(|s| !s.is_empty());
            }
        }
        for (id, raw) in &file.raw.fields {
            let idx = match fields.iter().position(|f| f.id == *id.get_ref()) {
                Some(i) => i,
                None => {
                    fields.push(FieldDef {
                        id: id.get_ref().clone(),
                        name: id.get_ref().replace('-', " "),
                        aliases: Vec::new(),
                        patterns: Vec::new(),
                        required: false,
                        values: Vec::new(),
                        timetable: None,
                        document_title: false,
                        sections: Vec::new(),
                        hints: Vec::new(),
                    });
                    fields.len() - 1
                }
            };
            let def = &mut fields[idx];
            if let Some(n) = &raw.name {
                def.name = n.clone();
            }
            def.aliases.extend(raw.aliases.iter().map(|t| normalise(t)));
            for p in &raw.patterns {
                def.patterns.push(compile_pattern(file, p)?);
            }
            if let Some(r) = raw.required {
                def.required = r;
            }
            if let Some(v) = &raw.values {
                def.values = v.iter().map(|t| normalise(t)).collect();
            }
            if let Some(t) = &raw.timetable {
                def.timetable = Some(match t.get_ref().as_str() {
                    "name" => TimetableRole::Name,
                    "date" => TimetableRole::Date,
                    other => {
                        return Err(file.error(
                            Some(t.span()),
                            format!("`timetable` is \"name\" or \"date\", not \"{other}\""),
                        ))
                    }
                });
            }
            if let Some(d) = raw.document_title {
                def.document_title = d;
            }
            for s in &raw.sections {
                def.sections.push(s.get_ref().clone());
            }
            def.hints.extend(raw.hints.iter().map(|t| t.to_lowercase()));
        }
    }
    // A section or field that only a user's file mentions, with no titles
    // or aliases anywhere, is a typo of one the template defines.
    for file in files {
        for id in file.raw.sections.keys() {
            let def = sections
                .iter()
                .find(|d| d.id == *id.get_ref())
                .expect("merged above");
            if def.titles.is_empty() && def.patterns.is_empty() {
                let others: Vec<SectionDef> = sections
                    .iter()
                    .filter(|d| !d.titles.is_empty())
                    .cloned()
                    .collect();
                return Err(unknown_section(file, id, &others));
            }
        }
        for id in file.raw.fields.keys() {
            let def = fields
                .iter()
                .find(|d| d.id == *id.get_ref())
                .expect("merged above");
            if def.aliases.is_empty() && def.patterns.is_empty() {
                let mut err = file.error(
                    Some(id.span()),
                    format!("no template defines a field `{}`", id.get_ref()),
                );
                err.help = Some(format!(
                    "defined fields: {}; a new field needs `aliases`",
                    fields
                        .iter()
                        .filter(|d| !d.aliases.is_empty())
                        .map(|d| d.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                return Err(err);
            }
        }
    }
    // Every section a field refers to must exist.
    for file in files {
        for raw in file.raw.fields.values() {
            for s in &raw.sections {
                if !sections.iter().any(|d| d.id == *s.get_ref()) {
                    return Err(unknown_section(file, s, &sections));
                }
            }
        }
    }
    let ((clearance, local), bank_holidays) = compile_sign_off(files)?;
    let mut vocabulary = compile_vocabulary(files)?;
    // The parser knows the pack's headings by their titles.
    let mut titles: Vec<String> = sections
        .iter()
        .flat_map(|s| s.titles.iter().chain(s.whole_titles.iter()))
        .chain(clearance.headings.iter())
        .cloned()
        .collect();
    titles.sort_unstable();
    titles.dedup();
    Arc::make_mut(&mut vocabulary).section_titles = titles.into();
    // And the recommendations section's titles, over a list of its own.
    let recommendations: Vec<String> = sections
        .iter()
        .filter(|s| s.id == "recommendations")
        .flat_map(|s| s.titles.iter())
        .cloned()
        .collect();
    Arc::make_mut(&mut vocabulary).recommendation_titles = recommendations.into();
    // And the pack's field labels, to join one wrapped over two lines.
    // And their hint words, which keep such a label from being a title.
    let sorted_unique = |words: &mut dyn Iterator<Item = &String>| {
        let mut words: Vec<String> = words.cloned().collect();
        words.sort_unstable();
        words.dedup();
        words
    };
    let keys = sorted_unique(&mut fields.iter().flat_map(|f| f.aliases.iter()));
    Arc::make_mut(&mut vocabulary).field_keys = keys.into();
    let hints = sorted_unique(&mut fields.iter().flat_map(|f| f.hints.iter()));
    Arc::make_mut(&mut vocabulary).field_hints = hints.into();
    let template =
        Template::new(fields, sections, clearance, bank_holidays).with_vocabulary(vocabulary);
    Ok(match local {
        Some(local) => template.with_local_council_wording(local),
        None => template,
    })
}

/// Merges the `[sign-off]` and `[calendar]` tables of the chain: every list
/// adds to what the packs below give.
/// The wording is the pack's, and where a role lists
/// `local-council-posts` (and `local-councils` names such councils), a
/// second wording with them among its posts, for local councils' papers.
#[allow(clippy::type_complexity)]
fn compile_sign_off(
    files: &[Loaded],
) -> Result<
    (
        (crate::template::Wording, Option<crate::template::Wording>),
        Vec<time::Date>,
    ),
    ConfigError,
> {
    let mut verbs = Vec::new();
    let mut headings = Vec::new();
    let mut post_labels = Vec::new();
    let mut advice_headings = Vec::new();
    let mut receipt_verbs = Vec::new();
    let mut request_verbs = Vec::new();
    let mut not_needed = Vec::new();
    let mut local_councils = Vec::new();
    let mut cleared_answers = Vec::new();
    let mut name_labels = Vec::new();
    let mut signature_labels = Vec::new();
    let mut roles: Vec<(String, Vec<String>, Vec<String>)> = Vec::new();
    // Per role (as `roles`), its `local-council-posts`.
    let mut local_posts: Vec<Vec<String>> = Vec::new();
    let mut holidays = Vec::new();
    for file in files {
        let raw = &file.raw.sign_off;
        verbs.extend(raw.verbs.iter().cloned());
        headings.extend(raw.headings.iter().cloned());
        post_labels.extend(raw.post_labels.iter().cloned());
        advice_headings.extend(raw.advice_headings.iter().cloned());
        receipt_verbs.extend(raw.receipt_verbs.iter().cloned());
        request_verbs.extend(raw.request_verbs.iter().cloned());
        not_needed.extend(raw.not_needed.iter().cloned());
        local_councils.extend(raw.local_councils.iter().cloned());
        cleared_answers.extend(raw.cleared_answers.iter().cloned());
        name_labels.extend(raw.name_labels.iter().cloned());
        signature_labels.extend(raw.signature_labels.iter().cloned());
        for (id, role) in &raw.roles {
            let i = match roles.iter().position(|r| r.0 == *id.get_ref()) {
                Some(i) => i,
                None => {
                    roles.push((id.get_ref().clone(), Vec::new(), Vec::new()));
                    local_posts.push(Vec::new());
                    roles.len() - 1
                }
            };
            roles[i].1.extend(role.posts.iter().cloned());
            roles[i].2.extend(role.topics.iter().cloned());
            local_posts[i].extend(role.local_council_posts.iter().cloned());
        }
        for day in &file.raw.calendar.bank_holidays {
            let date = match day.get_ref() {
                toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                    dt.date.and_then(|d| {
                        time::Month::try_from(d.month).ok().and_then(|m| {
                            time::Date::from_calendar_date(i32::from(d.year), m, d.day).ok()
                        })
                    })
                }
                toml::Value::String(s) => crate::calendar::parse_iso_date(s).ok(),
                _ => None,
            };
            let Some(date) = date else {
                return Err(file.error(
                    Some(day.span()),
                    "a bank holiday is a date such as 2025-12-25",
                ));
            };
            holidays.push(date);
        }
    }
    holidays.sort_unstable();
    holidays.dedup();
    // Every sign-off a section asks for must say how it is written.
    for file in files {
        for (id, raw) in &file.raw.sections {
            let Some(want) = raw.sign_off.as_deref().filter(|s| !s.is_empty()) else {
                continue;
            };
            if !roles.iter().any(|r| r.0 == want) {
                let mut err = file.error(
                    Some(id.span()),
                    format!(
                        "section `{}` needs a `{want}` sign-off, but no `[sign-off.roles.{want}]` says which posts give one",
                        id.get_ref()
                    ),
                );
                err.help = Some(format!(
                    "defined sign-offs: {}",
                    roles
                        .iter()
                        .map(|r| r.0.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                return Err(err);
            }
        }
    }
    // And every kind of sign-off defined must be one a section asks for
    // (in any file of the chain): a role no section names is read by no
    // rule, so `[sign-off.roles.finanse]` would silently add nothing to
    // finance. A council adds a kind of sign-off by naming it in a section.
    let asked: Vec<&str> = files
        .iter()
        .flat_map(|f| f.raw.sections.values())
        .filter_map(|s| s.sign_off.as_deref())
        .filter(|s| !s.is_empty())
        .collect();
    for file in files {
        for id in file.raw.sign_off.roles.keys() {
            if asked.contains(&id.get_ref().as_str()) {
                continue;
            }
            let mut known: Vec<&str> = asked.clone();
            known.sort_unstable();
            known.dedup();
            let mut err = file.error(
                Some(id.span()),
                format!(
                    "no section asks for the sign-off `{}`, so `[sign-off.roles.{}]` would be read by no rule",
                    id.get_ref(),
                    id.get_ref()
                ),
            );
            err.help = Some(format!(
                "sign-offs the sections ask for: {}; a new kind of sign-off needs a section with `sign-off = \"{}\"`",
                if known.is_empty() { "none".to_string() } else { known.join(", ") },
                id.get_ref()
            ));
            return Err(err);
        }
    }
    let compile = |roles: &[(String, Vec<String>, Vec<String>)]| {
        crate::template::Wording::compile(&verbs, &headings, roles)
            .map(|w| {
                w.with_post_labels(&post_labels)
                    .with_advice_headings(&advice_headings)
                    .with_not_needed(&not_needed)
                    .with_local_councils(&local_councils)
                    .with_questions(&cleared_answers, &name_labels)
                    .with_signature_labels(&signature_labels)
            })
            .and_then(|w| w.with_receipt_verbs(&receipt_verbs))
            .and_then(|w| w.with_request_verbs(&request_verbs))
            .map_err(|e| {
                let file = files.last().expect("a configuration has at least one file");
                file.error(None, format!("bad sign-off wording: {e}"))
            })
    };
    let wording = compile(&roles)?;
    // On a local council's paper, each role's posts with its
    // `local-council-posts` among them.
    let local = if local_councils.is_empty() || local_posts.iter().all(Vec::is_empty) {
        None
    } else {
        let merged: Vec<(String, Vec<String>, Vec<String>)> = roles
            .iter()
            .zip(&local_posts)
            .map(|((id, posts, topics), local)| {
                (
                    id.clone(),
                    posts.iter().chain(local).cloned().collect(),
                    topics.clone(),
                )
            })
            .collect();
        Some(compile(&merged)?)
    };
    Ok(((wording, local), holidays))
}

/// An error for a section id no template defines.
fn unknown_section(
    file: &Loaded,
    id: &toml::Spanned<String>,
    sections: &[SectionDef],
) -> ConfigError {
    let mut err = file.error(
        Some(id.span()),
        format!("no template defines a section `{}`", id.get_ref()),
    );
    err.help = Some(format!(
        "defined sections: {}",
        sections
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    err
}

fn compile_pattern(
    file: &Loaded,
    p: &toml::Spanned<String>,
) -> Result<crate::pattern::Pattern, ConfigError> {
    crate::pattern::compile_case_insensitive(p.get_ref(), true)
        .map_err(|e| file.error(Some(p.span()), format!("bad pattern: {e}")))
}
