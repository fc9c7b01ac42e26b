//! Cleans one file and prints every line's verdict, then the metadata and the kept text.
//!
//! `cargo run --example clean_file -- [FILE]` (a sample page when no file is given).

use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let page = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?,
        None => include_str!("page.txt").to_owned(),
    };
    let cleaned = dechaff::clean(&page);
    for block in cleaned.blocks() {
        let mark = if block.kept { '+' } else { '-' };
        println!("{mark} {:>4} {:<20} {}", block.line, block.reason.as_str(), block.text(&page));
    }
    println!();
    println!("title:    {:?}", cleaned.title());
    println!("byline:   {:?}", cleaned.byline());
    println!("date:     {:?}", cleaned.date());
    println!("language: {}", cleaned.language().map_or("unknown", |l| l.name()));
    println!("\n{}", cleaned.text());
    Ok(())
}
