//! Compiling the chain's `[vocabulary]` tables into the [`Vocabulary`] the
//! parser reads papers with: the built-in lists (`rules/vocabulary.toml`),
//! then each file's table in turn, base first. `<list> = [...]` replaces a
//! list, `extend-<list> = [...]` adds to it, as for a rule's lists.

use super::*;
use crate::parse::Vocabulary;

/// The vocabulary of the chain `files` (base first).
pub(super) fn compile_vocabulary(files: &[Loaded]) -> Result<Arc<Vocabulary>, ConfigError> {
    let builtin = Vocabulary::builtin();
    if files.iter().all(|f| f.raw.vocabulary.is_empty()) {
        return Ok(builtin.clone());
    }
    let mut lists = toml::Table::try_from(builtin.as_ref()).expect("a vocabulary is a table");
    for file in files {
        for (key, value) in &file.raw.vocabulary {
            let key_text = key.get_ref().as_str();
            let (name, extend) = match key_text.strip_prefix("extend-") {
                Some(name) => (name, true),
                None => (key_text, false),
            };
            let Some(toml::Value::Array(list)) = lists.get_mut(name) else {
                let mut err = file.error(
                    Some(key.span()),
                    format!("`{key_text}` is not a vocabulary list"),
                );
                err.help =
                    Some(format!(
                    "the lists are: {} (each may be given whole, or added to with `extend-<list>`)",
                    lists.keys().map(String::as_str).collect::<Vec<_>>().join(", ")
                ));
                return Err(err);
            };
            let words = words_of(value.get_ref()).ok_or_else(|| {
                let mut err = file.error(
                    Some(value.span()),
                    format!("`{key_text}` must be a list of words or labels"),
                );
                err.help = Some(format!("for example: {key_text} = [\"date of panel\"]"));
                err
            })?;
            if !extend {
                list.clear();
            }
            list.extend(words.into_iter().map(toml::Value::String));
        }
    }
    let vocabulary = Vocabulary::deserialize(toml::Value::Table(lists)).map_err(|e| {
        let file = files.last().expect("a configuration has at least one file");
        file.error(None, format!("bad vocabulary: {e}"))
    })?;
    Ok(Arc::new(vocabulary.normalised()))
}

/// The words of a TOML list of non-empty strings.
fn words_of(value: &toml::Value) -> Option<Vec<String>> {
    value
        .as_array()?
        .iter()
        .map(|w| {
            w.as_str()
                .filter(|w| !w.trim().is_empty())
                .map(str::to_string)
        })
        .collect()
}
