//! The cleaner settings every subcommand shares: each setting of `Cleaner::builder()` as a flag.

use crate::Failure;
use clap::Args;
use dechaff::{Cleaner, Date, Family, Input, Language, Rule, Thresholds};
use std::path::PathBuf;

/// How to clean: the same flags for files, `jsonl` and `eval`.
#[derive(Args, Clone, Debug, Default)]
pub struct Settings {
    /// Use rules only, without the statistical heuristics.
    #[arg(long)]
    pub rules_only: bool,
    /// Without the learned layer: the heuristics alone decide, and no page type is read.
    #[arg(long)]
    pub no_learned: bool,
    /// Put the title at the start of the cleaned text.
    #[arg(long)]
    pub keep_title: bool,
    /// Fix the language (ISO code or English name: en, de, fr, ...) instead of detecting it per page.
    #[arg(long, value_name = "LANG", value_parser = parse_language)]
    pub language: Option<Language>,
    /// What the text is: `page` (a whole page's text), `extracted` (an HTML extractor's output, such
    /// as trafilatura's or resiliparse's), or `auto` to decide per page.
    #[arg(long, value_name = "KIND", default_value_t = Input::Auto, value_parser = parse_input)]
    pub input: Input,
    /// Switch a rule family off (repeatable, or comma-separated): navigation, keywords, legal,
    /// newsletter, social, comments, advertising, promo-code, caption, teaser, headlines, junk.
    #[arg(long, value_name = "FAMILY", value_delimiter = ',', value_parser = parse_family)]
    pub disable: Vec<Family>,
    /// Read user rules from a TOML file (repeatable): one table per rule, with `phrases` and/or
    /// `regex`; the table's name is the reason of the blocks it removes.
    #[arg(long, value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// Set a heuristic threshold (repeatable), e.g. `--threshold headline_run=5`.
    #[arg(long, value_name = "NAME=VALUE", value_parser = parse_threshold)]
    pub threshold: Vec<(String, f64)>,
    /// When the pages were fetched, in ISO 8601 (`2025-03-03T10:00Z`): relative dates ("2 hours
    /// ago") are counted back from it. Without it they are never read as publication dates.
    #[arg(long, value_name = "TIME", value_parser = parse_date)]
    pub reference_time: Option<Date>,
}

impl Settings {
    /// Builds the cleaner these settings describe. A rules file that is missing or invalid, or a
    /// threshold out of range, is a usage error naming the file, line and rule.
    pub fn cleaner(&self) -> Result<Cleaner, Failure> {
        let mut builder = Cleaner::builder()
            .heuristics(!self.rules_only)
            .learned(!self.no_learned)
            .keep_title(self.keep_title)
            .input(self.input);
        if let Some(language) = self.language {
            builder = builder.language(language);
        }
        if let Some(now) = self.reference_time {
            builder = builder.reference_time(now);
        }
        for &family in &self.disable {
            builder = builder.family(family, false);
        }
        for path in &self.rules {
            // At most `Rule::FILE_LIMIT` bytes: `--rules /dev/zero` fails at once, naming the file.
            let text = Rule::read_toml_file(path).map_err(|e| Failure::Usage(e.to_string()))?;
            let rules = Rule::from_toml(&text).map_err(|e| Failure::Usage(format!("{}: {e}", path.display())))?;
            builder = builder.rules(rules);
        }
        let mut thresholds = Thresholds::default();
        for (name, value) in &self.threshold {
            thresholds.set(name, *value).map_err(|e| Failure::Usage(format!("--threshold: {e}")))?;
        }
        builder.thresholds(thresholds).build().map_err(|e| Failure::Usage(e.to_string()))
    }
}

fn parse_language(name: &str) -> Result<Language, String> {
    name.parse().map_err(|e: dechaff::Error| e.to_string())
}

fn parse_date(text: &str) -> Result<Date, String> {
    text.parse().map_err(|e: dechaff::Error| e.to_string())
}

fn parse_input(name: &str) -> Result<Input, String> {
    name.parse().map_err(|e: dechaff::Error| e.to_string())
}

fn parse_family(name: &str) -> Result<Family, String> {
    name.parse().map_err(|e: dechaff::Error| e.to_string())
}

fn parse_threshold(setting: &str) -> Result<(String, f64), String> {
    let (name, value) = setting.split_once('=').ok_or("expected NAME=VALUE")?;
    let value: f64 = value.trim().parse().map_err(|_| format!("{value:?} is not a number"))?;
    let name = name.trim().replace('-', "_");
    // Checked here too, so the usage message lists the names.
    Thresholds::default().set(&name, value).map_err(|e| e.to_string())?;
    Ok((name, value))
}
