//! User rules read from a TOML file a person writes (feature `toml`).
//!
//! ```toml
//! # Each table is one rule; its name is the reason the blocks it removes carry.
//! [house-ad]
//! phrases = ["Subscribe to the print edition", "Get the app"]
//!
//! [ticker]
//! regex = '^[A-Z]{2,5} [+-]\d+(\.\d+)?%$'
//! ```

use super::user::{Rule, UserRules, misnamed};
use crate::Error;
use std::io::Read;
use std::ops::Range;
use std::path::Path;
use toml::de::{DeTable, DeValue};

/// Keys a rule table may hold.
const KEYS: &str = "phrases, regex";

impl Rule {
    /// The most bytes [`Rule::read_toml_file`] reads: 16 MiB, far above any rules file a person
    /// writes, and a bound on what naming `/dev/zero` or a log by mistake can cost.
    pub const FILE_LIMIT: u64 = 16 << 20;

    /// Reads the text of a rules file for [`Rule::from_toml`], at most [`Rule::FILE_LIMIT`] bytes.
    /// A file that cannot be opened, is not UTF-8 or is longer than the limit is an error naming
    /// the file; nothing past the limit is read.
    ///
    /// ```no_run
    /// let text = dechaff::Rule::read_toml_file("rules.toml")?;
    /// let rules = dechaff::Rule::from_toml(&text)?;
    /// # Ok::<(), dechaff::Error>(())
    /// ```
    pub fn read_toml_file(path: impl AsRef<Path>) -> Result<String, Error> {
        let path = path.as_ref();
        let unreadable = |e: std::io::Error| Error::RulesFileUnreadable {
            path: path.to_owned(),
            kind: e.kind(),
            message: e.to_string(),
        };
        let file = std::fs::File::open(path).map_err(unreadable)?;
        let mut text = String::new();
        // One byte past the limit tells a file of exactly the limit from a longer one.
        file.take(Rule::FILE_LIMIT + 1).read_to_string(&mut text).map_err(unreadable)?;
        if text.len() as u64 > Rule::FILE_LIMIT {
            return Err(Error::RulesFileTooLarge { path: path.to_owned(), limit: Rule::FILE_LIMIT });
        }
        Ok(text)
    }

    /// Reads user rules from the text of a TOML file: one table per rule, named by the table,
    /// with `phrases` (a list of strings) and/or `regex` (a string, or a list of them). Every
    /// regex is compiled here, so an error names the line and the rule; rules come back in the
    /// order of the file.
    ///
    /// ```
    /// let rules = dechaff::Rule::from_toml("[house-ad]\nphrases = [\"Subscribe to the print edition\"]\n")?;
    /// let cleaner = dechaff::Cleaner::builder().rules(rules).build()?;
    /// let page = "Subscribe to the print edition\n\nThe council met on Monday to discuss the budget.";
    /// assert_eq!(cleaner.clean(page).blocks()[0].reason.as_str(), "house-ad");
    ///
    /// let err = dechaff::Rule::from_toml("[ticker]\nregex = '(unclosed'\n").unwrap_err();
    /// assert!(err.to_string().starts_with("line 2: rule \"ticker\": "));
    /// # Ok::<(), dechaff::Error>(())
    /// ```
    pub fn from_toml(text: &str) -> Result<Vec<Rule>, Error> {
        let line_of = |span: Range<usize>| text[..span.start.min(text.len())].matches('\n').count() + 1;
        let root = DeTable::parse(text).map_err(|e| Error::RulesFile {
            line: e.span().map_or(1, line_of),
            rule: None,
            message: e.message().to_owned(),
        })?;
        let mut tables: Vec<_> = root.get_ref().iter().collect();
        tables.sort_by_key(|(name, _)| name.span().start);
        let mut rules = Vec::new();
        for (name, value) in tables {
            let rule_name = name.get_ref().to_string();
            let fail = |span: Range<usize>, message: String| Error::RulesFile {
                line: line_of(span),
                rule: Some(rule_name.clone()),
                message,
            };
            if let Some(message) = misnamed(&rule_name) {
                return Err(fail(name.span(), message));
            }
            let DeValue::Table(table) = value.get_ref() else {
                return Err(fail(name.span(), format!("expected a table ([{rule_name}]) holding {KEYS}")));
            };
            let mut entries: Vec<_> = table.iter().collect();
            entries.sort_by_key(|(key, _)| key.span().start);
            if entries.is_empty() {
                return Err(fail(name.span(), format!("the rule is empty: give it {KEYS}")));
            }
            for (key, value) in entries {
                let strings = strings(value.get_ref()).ok_or_else(|| {
                    fail(value.span(), format!("`{}` must be a string or a list of strings", key.get_ref()))
                })?;
                let rule = match key.get_ref().as_ref() {
                    "phrases" => Rule::phrases(&rule_name, strings),
                    "regex" => {
                        for regex in strings {
                            let rule = Rule::regex(&rule_name, &regex);
                            UserRules::compile(std::slice::from_ref(&rule)).map_err(|e| {
                                let message = match e {
                                    Error::InvalidRule { message, .. } => message,
                                    other => other.to_string(),
                                };
                                fail(value.span(), format!("invalid regex: {message}"))
                            })?;
                            rules.push(rule);
                        }
                        continue;
                    }
                    other => return Err(fail(key.span(), format!("unknown key `{other}` (expected {KEYS})"))),
                };
                rules.push(rule);
            }
        }
        Ok(rules)
    }
}

/// A string or a list of strings, as owned strings.
fn strings(value: &DeValue<'_>) -> Option<Vec<String>> {
    match value {
        DeValue::String(s) => Some(vec![s.to_string()]),
        DeValue::Array(items) => items.iter().map(|item| item.get_ref().as_str().map(str::to_owned)).collect(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file_up_to_the_limit_and_names_it_past_it() {
        let dir = std::env::temp_dir().join(format!("dechaff-rules-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let at_limit = dir.join("at-limit.toml");
        let text = format!("[x]\nphrases = ['a']\n{}", "#".repeat(Rule::FILE_LIMIT as usize - 20));
        std::fs::write(&at_limit, &text).unwrap();
        assert_eq!(Rule::read_toml_file(&at_limit).as_deref(), Ok(text.as_str()));
        let over = dir.join("over.toml");
        std::fs::write(&over, text + "\n").unwrap();
        let err = Rule::read_toml_file(&over).unwrap_err();
        assert_eq!(err, Error::RulesFileTooLarge { path: over.clone(), limit: Rule::FILE_LIMIT });
        assert_eq!(err.to_string(), format!("{}: larger than 16 MiB, the most a rules file may hold", over.display()));
        let missing = dir.join("missing.toml");
        let err = Rule::read_toml_file(&missing).unwrap_err();
        assert!(matches!(&err, Error::RulesFileUnreadable { kind: std::io::ErrorKind::NotFound, .. }), "{err:?}");
        assert!(err.to_string().starts_with(&format!("{}: ", missing.display())), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn reads_rules_in_file_order_and_names_the_line_and_rule_of_each_error() {
        let file = "# house rules\n[b-ad]\nphrases = [\"Get the app\", \"Print edition\"]\n\n[a-ticker]\nregex = ['^[A-Z]{3} [+-]\\d+%$', '^NYSE:']\nphrases = 'Market data'\n";
        let rules = Rule::from_toml(file).unwrap();
        let names: Vec<&str> = rules.iter().map(Rule::name).collect();
        assert_eq!(names, ["b-ad", "a-ticker", "a-ticker", "a-ticker"]);

        // (file, expected message)
        let rows = [
            ("[x]\nphrases = [\"a\"\n", "line 2: "),
            ("[x]\nregex = '(a'\n", "line 2: rule \"x\": invalid regex: "),
            ("[x]\nphrases = [\"a\"]\n\n[y]\nregexp = 'a'\n", "line 5: rule \"y\": unknown key `regexp`"),
            ("[x]\nphrases = [1, 2]\n", "line 2: rule \"x\": `phrases` must be a string or a list of strings"),
            ("x = 'a'\n", "line 1: rule \"x\": expected a table"),
            ("[x]\n", "line 1: rule \"x\": the rule is empty"),
            ("[body]\nphrases = ['a']\n", "line 1: rule \"body\": \"body\" is the name of a built-in reason"),
            ("[\"\"]\nphrases = ['a']\n", "line 1: rule \"\": a rule needs a name"),
        ];
        for (file, expected) in rows {
            let message = Rule::from_toml(file).unwrap_err().to_string();
            assert!(message.starts_with(expected), "{file:?}: {message}");
        }
    }
}
