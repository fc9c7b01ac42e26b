//! Loads user rules from a TOML file and cleans a page with them: the blocks a rule removes carry
//! the rule's name as their reason.
//!
//! `cargo run --example rules_file -- [RULES.toml]` (`examples/rules.toml` when none is given).
//! `Rule::from_toml` needs the crate's `toml` feature: `dechaff = { version = "0.1", features = ["toml"] }`.

use dechaff::{Cleaner, Family, Rule};
use std::error::Error;

const PAGE: &str = include_str!("markets.txt");

fn main() -> Result<(), Box<dyn Error>> {
    let path =
        std::env::args().nth(1).unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/examples/rules.toml").into());
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    // An invalid rule names its line and rule: "rules.toml: line 9: rule \"ticker\": invalid regex: ..."
    let rules = Rule::from_toml(&text).map_err(|e| format!("{path}: {e}"))?;
    println!("{} rules from {path}", rules.len());
    let cleaner = Cleaner::builder().rules(rules).family(Family::Advertising, false).build()?;
    let cleaned = cleaner.clean(PAGE);
    for block in cleaned.blocks() {
        println!("{:<6} {:<12} {}", if block.kept { "kept" } else { "gone" }, block.reason, block.text(PAGE));
    }
    Ok(())
}
