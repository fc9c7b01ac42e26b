//! User rules: phrase lists and regular expressions a user names, tried before the families.
//! Reading them from a TOML file is in `file.rs`.

use super::engine::at_word_boundaries;
use crate::verdict::Reason;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use std::sync::Arc;

/// A user-supplied rule: a phrase list or a regular expression, with a name used as the reason.
///
/// ```
/// let rule = dechaff::Rule::phrases("house-ad", ["Subscribe to the print edition"]);
/// let cleaner = dechaff::Cleaner::builder().rule(rule).build().unwrap();
/// let page = "Subscribe to the print edition\n\nThe council met on Monday to discuss the budget.";
/// let cleaned = cleaner.clean(page);
/// assert_eq!(cleaned.blocks()[0].reason.as_str(), "house-ad");
/// ```
#[derive(Clone, Debug)]
pub struct Rule {
    pub(crate) name: Arc<str>,
    pub(crate) kind: RuleKind,
}

#[derive(Clone, Debug)]
pub(crate) enum RuleKind {
    Phrases(Vec<String>),
    Regex(String),
}

impl Rule {
    /// Removes every block that contains one of `phrases` (ASCII case-insensitive, at word
    /// boundaries), with `name` as the reason.
    pub fn phrases<I, S>(name: &str, phrases: I) -> Rule
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Rule { name: name.into(), kind: RuleKind::Phrases(phrases.into_iter().map(Into::into).collect()) }
    }

    /// Removes every block whose trimmed text matches `regex` (the `regex` crate's syntax; use
    /// `^`/`$` to anchor to the whole line), with `name` as the reason. An invalid regex makes
    /// [`CleanerBuilder::build`](crate::CleanerBuilder::build) fail.
    pub fn regex(name: &str, regex: &str) -> Rule {
        Rule { name: name.into(), kind: RuleKind::Regex(regex.to_owned()) }
    }

    /// The rule's name, which is the reason its removals carry.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// The reasons the cleaner itself gives: a user rule named like one would make its removals
/// look like the cleaner's own (a rule named `body` would even read as kept).
const BUILT_IN_REASONS: [Reason; 20] = [
    Reason::Body,
    Reason::Navigation,
    Reason::Keywords,
    Reason::Legal,
    Reason::Newsletter,
    Reason::Social,
    Reason::Comments,
    Reason::Advertising,
    Reason::PromoCode,
    Reason::Caption,
    Reason::Teaser,
    Reason::UnrelatedHeadlines,
    Reason::Duplicate,
    Reason::Junk,
    Reason::Title,
    Reason::Byline,
    Reason::Date,
    Reason::Timestamp,
    Reason::LowContent,
    Reason::OutsideBody,
];

/// Why `name` cannot name a user rule (empty, or a built-in reason's name), if it cannot.
pub(super) fn misnamed(name: &str) -> Option<String> {
    if name.trim().is_empty() {
        return Some("a rule needs a name".into());
    }
    BUILT_IN_REASONS
        .iter()
        .any(|r| r.as_str() == name.trim())
        .then(|| format!("{name:?} is the name of a built-in reason: choose another"))
}

/// The user's rules, compiled when the cleaner is built.
#[derive(Clone, Debug, Default)]
pub(crate) struct UserRules {
    phrases: Option<AhoCorasick>,
    phrase_names: Vec<Arc<str>>,
    regexes: Vec<(Regex, Arc<str>)>,
}

impl UserRules {
    pub(crate) fn compile(rules: &[Rule]) -> Result<UserRules, crate::Error> {
        let mut texts = Vec::new();
        let mut phrase_names = Vec::new();
        let mut regexes = Vec::new();
        for rule in rules {
            if let Some(message) = misnamed(&rule.name) {
                return Err(crate::Error::InvalidRule { name: rule.name.to_string(), message });
            }
            match &rule.kind {
                RuleKind::Phrases(list) => {
                    for phrase in list.iter().filter(|p| !p.trim().is_empty()) {
                        texts.push(phrase.trim().to_owned());
                        phrase_names.push(rule.name.clone());
                    }
                }
                RuleKind::Regex(source) => {
                    let regex = Regex::new(source).map_err(|e| crate::Error::InvalidRule {
                        name: rule.name.to_string(),
                        message: e.to_string(),
                    })?;
                    regexes.push((regex, rule.name.clone()));
                }
            }
        }
        let phrases = if texts.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(&texts)
                    .map_err(|e| crate::Error::InvalidRule { name: "phrases".into(), message: e.to_string() })?,
            )
        };
        Ok(UserRules { phrases, phrase_names, regexes })
    }

    pub(super) fn first_match(&self, text: &str) -> Option<Reason> {
        if let Some(ac) = &self.phrases {
            for m in ac.find_overlapping_iter(text) {
                if at_word_boundaries(text, m.start(), m.end()) {
                    return Some(Reason::Custom(self.phrase_names[m.pattern().as_usize()].clone()));
                }
            }
        }
        self.regexes.iter().find(|(re, _)| re.is_match(text)).map(|(_, name)| Reason::Custom(name.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_rule_cannot_be_nameless_or_named_like_a_built_in_reason() {
        // (name, accepted)
        let rows = [("house-ad", true), ("Body", true), ("body", false), (" body ", false), ("", false), ("  ", false)];
        for (name, accepted) in rows {
            for rule in [Rule::phrases(name, ["Get the app"]), Rule::regex(name, "^x$")] {
                let built = crate::Cleaner::builder().rule(rule).build();
                assert_eq!(built.is_ok(), accepted, "{name:?}");
            }
        }
        for reason in BUILT_IN_REASONS {
            assert!(misnamed(reason.as_str()).is_some(), "{reason}");
        }
    }
}
