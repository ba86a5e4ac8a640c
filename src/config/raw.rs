//! The configuration files as written: what serde reads each TOML file
//! into, strictly (unknown keys refused), before the chain is merged.

use super::*;

/// A configuration file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawConfig {
    /// Accepted and checked, not yet used.
    #[allow(dead_code)]
    pub(crate) pack: Option<RawPackInfo>,
    #[serde(default)]
    pub(crate) extends: Vec<toml::Spanned<String>>,
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) exclude: Vec<String>,
    #[serde(default, deserialize_with = "non_empty_opt")]
    pub(crate) extensions: Option<Vec<String>>,
    #[serde(default)]
    pub(crate) fields: BTreeMap<toml::Spanned<String>, RawField>,
    #[serde(default)]
    pub(crate) sections: BTreeMap<toml::Spanned<String>, RawSection>,
    #[serde(default)]
    pub(crate) rules: BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Table>>,
    #[serde(default)]
    pub(crate) overrides: Vec<RawOverride>,
    /// `[sign-off]`: how clearances are worded.
    #[serde(default)]
    pub(crate) sign_off: RawSignOff,
    /// `[calendar]`: days that are not working days.
    #[serde(default)]
    pub(crate) calendar: RawCalendar,
    /// `[vocabulary]`: the parser's word lists, each given whole (`<list>`)
    /// or added to (`extend-<list>`); checked in `vocabulary`.
    #[serde(default)]
    pub(crate) vocabulary: BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>>,
}

/// `[pack]`: what a pack calls itself (accepted and checked, not yet used).
#[allow(dead_code)]
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawPackInfo {
    pub(crate) name: Option<String>,
    pub(crate) description: Option<String>,
}

/// `[fields.<id>]`.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawField {
    pub(crate) name: Option<String>,
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) aliases: Vec<String>,
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) patterns: Vec<toml::Spanned<String>>,
    pub(crate) required: Option<bool>,
    #[serde(default, deserialize_with = "non_empty_opt")]
    pub(crate) values: Option<Vec<String>>,
    pub(crate) timetable: Option<toml::Spanned<String>>,
    pub(crate) document_title: Option<bool>,
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) sections: Vec<toml::Spanned<String>>,
    /// Words in another label that suggest it may be this field.
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) hints: Vec<String>,
}

/// `[sections.<id>]`.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawSection {
    pub(crate) name: Option<String>,
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) titles: Vec<String>,
    /// Titles that stand for the section only as a whole heading, never
    /// as one part of a combined one.
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) whole_titles: Vec<String>,
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) patterns: Vec<toml::Spanned<String>>,
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) implications: Vec<String>,
    /// Words that hint a heading may be this section under another name.
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) hints: Vec<String>,
    /// Headings broader than this section that stand for it when its text
    /// holds one of its hints.
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) broad_titles: Vec<String>,
    pub(crate) required: Option<bool>,
    pub(crate) sign_off: Option<String>,
}

/// `[sign-off]`: the words that say a clearance was given, and for each
/// kind of sign-off (`finance`, `legal`) the posts that give it.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawSignOff {
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) verbs: Vec<String>,
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) headings: Vec<String>,
    /// Labels of a line giving the officer's post under a clearance line
    /// ("On behalf of:", "Post:").
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) post_labels: Vec<String>,
    /// Headings of the block where officers give their advice, each under
    /// a sub-heading that is their post ("Supplementary advice from other
    /// officers").
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) advice_headings: Vec<String>,
    /// Verbs that say an officer's comments reached the author ("were
    /// received"), read only with the comments as their subject.
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) receipt_verbs: Vec<String>,
    /// Words of a date column's heading, in a table of the officers
    /// consulted, that say when the paper was sent out for comment ("Date
    /// doc sent out"), not when it was cleared.
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) request_verbs: Vec<String>,
    /// What the officer's cell of a sign-off table says where the row
    /// needed no sign-off ("Not required").
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) not_needed: Vec<String>,
    /// The words that end a local (town, parish or community) council's
    /// name, read on a paper's council name line ("town council").
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) local_councils: Vec<String>,
    /// The answers to a clearance question that say the implications were
    /// cleared ("Yes").
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) cleared_answers: Vec<String>,
    /// Labels of the slot under a clearance question naming the officer
    /// who cleared it ("Name of Officer:").
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) name_labels: Vec<String>,
    /// Labels of the line of a signature box giving the signer's name
    /// under a first-person declaration ("Signature:", "Signed:").
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) signature_labels: Vec<String>,
    #[serde(default)]
    pub(crate) roles: BTreeMap<toml::Spanned<String>, RawSignOffRole>,
}

/// `[sign-off.roles.<id>]`.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawSignOffRole {
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) posts: Vec<String>,
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) topics: Vec<String>,
    /// Posts that give this sign-off on a local council's paper only
    /// ("clerk", "responsible financial officer").
    #[serde(default, deserialize_with = "non_empty")]
    pub(crate) local_council_posts: Vec<String>,
}

/// `[calendar]`.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawCalendar {
    /// Dates (`2025-12-25`) that are not working days.
    #[serde(default)]
    pub(crate) bank_holidays: Vec<toml::Spanned<toml::Value>>,
}

/// `[[overrides]]`: rule settings for some paths only.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawOverride {
    #[serde(deserialize_with = "non_empty")]
    pub(crate) paths: Vec<toml::Spanned<String>>,
    #[serde(default)]
    pub(crate) rules: BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Table>>,
}

/// What a list entry says, to check it is not empty.
pub(crate) trait Entry {
    fn text(&self) -> &str;
}

impl Entry for String {
    fn text(&self) -> &str {
        self
    }
}

impl Entry for toml::Spanned<String> {
    fn text(&self) -> &str {
        self.get_ref()
    }
}

/// The message for a list of words, phrases, names or patterns holding an
/// empty one (`[""]`), which would match everywhere or nothing.
pub(crate) const EMPTY_ENTRY: &str =
    "this list has an empty entry (\"\"); remove it or write the word or phrase it should hold";

/// Reads a list of words, phrases, names or patterns, refusing an empty
/// (or blank) entry: every such list in a configuration is read through
/// this, so the error points at the list whatever its key.
pub(crate) fn non_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Entry,
{
    let items = Vec::<T>::deserialize(d)?;
    if items.iter().any(|i| i.text().trim().is_empty()) {
        return Err(serde::de::Error::custom(EMPTY_ENTRY));
    }
    Ok(items)
}

/// [`non_empty`] for a list that may be left out.
fn non_empty_opt<'de, D, T>(d: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Entry,
{
    non_empty(d).map(Some)
}
