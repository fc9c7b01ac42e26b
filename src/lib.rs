//! dechaff strips boilerplate from the plain text of article pages.
//!
//! Text scraped from a news or blog page carries much more than the article: menus and skip links,
//! tag lines, ads and promo codes, newsletter, share and comment prompts, copyright and cookie
//! footers, photo captions and credits, teaser links and lists of other stories' headlines. dechaff
//! keeps the article, returns its title, byline and date as metadata, and says for every line why
//! it was kept or removed.
//!
//! ```
//! let page = "Skip to main content\n\
//!     Home > News > Local\n\
//!     Harbour ferry to run through the winter\n\
//!     By Jane Doe\n\
//!     The harbour ferry will keep running through the winter for the first time, the council \
//!     decided on Monday after a long debate about costs and safety on the crossing.\n\
//!     Councillors said the service had carried more passengers this year than ever before.\n\
//!     Sign up for our daily newsletter\n\
//!     © 2025 Example Media. All rights reserved.";
//! let cleaned = dechaff::clean(page);
//! assert!(cleaned.text().starts_with("The harbour ferry will keep running"));
//! assert_eq!(cleaned.title(), Some("Harbour ferry to run through the winter"));
//! assert_eq!(cleaned.byline(), Some("Jane Doe"));
//! let why: Vec<&str> = cleaned.blocks().iter().map(|b| b.reason.as_str()).collect();
//! assert_eq!(why[0], "navigation");
//! assert_eq!(why[7], "legal");
//! ```
//!
//! Every block's verdict carries its span in the input; [`BlockVerdict::text`] (or
//! [`Cleaned::block_text`]) gives its text without slicing by hand, and [`Cleaned::char_spans`]
//! gives the spans in characters for callers that index strings by character.
//!
//! ```
//! let page = "Home > News\n\nThe river rose two metres overnight and flooded the old town, \
//!     the mayor said on Sunday, adding that the clean-up would take weeks.";
//! let cleaned = dechaff::clean(page);
//! for block in cleaned.blocks() {
//!     println!("{} {:<12} {}", if block.kept { '+' } else { '-' }, block.reason, block.text(page));
//! }
//! ```
//!
//! # Features
//!
//! - `toml` (off by default): `Rule::from_toml` reads user rules from a TOML file a person
//!   writes, with errors that name the line and the rule; `Rule::read_toml_file` reads such a
//!   file, up to 16 MiB. Without it the crate depends on
//!   `aho-corasick`, `regex` (and its `regex-automata` and `regex-syntax`), `memchr`, `rustc-hash` and
//!   `stop-words` only.
//! - `eval` (off by default): `dechaff::eval`, the scores `dechaff eval` reports (the shingle
//!   metric, word F1, snippet counts, title, author and date checks), to score your own gold data.
//!
//! The command-line tool is the separate package `dechaff-cli` (binary `dechaff`), so a library
//! user never compiles its argument parser, thread pool or JSON code.
//!
//! # Languages
//!
//! Rule phrases cover English, German, French, Spanish, Italian, Dutch, Portuguese, Polish and
//! Swedish, and the common boilerplate wordings of Chinese, Japanese, Korean, Arabic, Hindi,
//! Indonesian, Vietnamese, Thai, Turkish, Greek, Hebrew, Ukrainian and Russian. The heuristics
//! measure stopword density with the lists of 45 languages ([`Language::ALL`]); a page's language
//! is the one whose list finds the most stopwords in its prose (at least 5% of its words), or the
//! one fixed with [`CleanerBuilder::language`]. A page no list describes (Chinese, Japanese, Thai,
//! Georgian, Amharic...) gets [`Cleaned::language`] `None` and is judged by signals every script
//! has: length (a character of a script without spaces weighs as three), sentence marks of every
//! script, letters, and link-row separators.
//!
//! # How it decides
//!
//! Rules catch boilerplate that announces itself: each family in [`Family`] is a table of phrases
//! and patterns (phrases and the patterns' trigger literals in aho-corasick automata; a pattern runs
//! only on a block where one of its triggers occurred) plus a few tests on a line's shape. Heuristics catch the rest from per-block statistics
//! ([`BlockStats`]): blocks are classified by length and stopword density and settled by their
//! neighbours, the article is the densest run of good blocks, and lists of headlines are dropped
//! when their words do not overlap the article's.
//!
//! # Performance
//!
//! One pass splits the text into blocks; one more computes every block's statistics, counting the
//! stopwords of all languages at once, which also decides the page's language. Rules run only on
//! blocks short enough for a rule to apply, and a long block is scanned only for the few rules
//! that allow one. Tables are compiled once per process (a pattern the first time it is needed).
//! Later passes over the kept blocks reuse the statistics and rule hits. The result borrows the
//! input and copies nothing until [`Cleaned::text`] is called.
//!
//! # Untrusted input
//!
//! Cleaning never panics and runs in time linear in the input: the regex engine is linear, and
//! no step loops over pairs of blocks. The output is made only of lines of the input, in order.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Functions stay short enough to read whole: at most 60 lines (clippy.toml) and a cognitive
// complexity of 25 (clippy's default), tests and rule tables aside. See DESIGN.md.
#![cfg_attr(not(test), warn(clippy::too_many_lines, clippy::cognitive_complexity))]

mod alphabet;
mod cleaned;
mod cleaner;
mod document;
mod error;
#[cfg(feature = "eval")]
pub mod eval;
mod heuristics;
mod lang;
mod learned;
mod markup;
mod metadata;
mod page_type;
mod pipeline;
mod rules;
mod stats;
mod verdict;

pub use cleaned::{BlockVerdict, Cleaned, Source};
pub use cleaner::{Cleaner, CleanerBuilder, Input};
pub use document::{Block, Document};
pub use error::Error;
pub use heuristics::Thresholds;
pub use lang::Language;
pub use metadata::{Date, Time};
pub use page_type::PageType;
pub use rules::{Family, Rule};
pub use stats::BlockStats;
pub use verdict::Reason;

use std::sync::LazyLock;

/// The README's Rust examples, compiled and run as doctests so they cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// The library guide's Rust examples, likewise.
#[cfg(doctest)]
#[doc = include_str!("../docs/library.md")]
struct LibraryDoctests;

static DEFAULT: LazyLock<Cleaner> = LazyLock::new(Cleaner::default);

/// Cleans `text` with the default [`Cleaner`].
pub fn clean(text: &str) -> Cleaned<'_> {
    DEFAULT.clean(text)
}
