//! Rule families: boilerplate that announces itself by its wording or its shape.
//!
//! - `navigation.rs`, `legal.rs`, `newsletter.rs`, ...: one file per [`Family`], each with its
//!   phrase table, its pattern table, its structural test where it has one, and its table of lines
//!   to remove and to keep.
//! - `family.rs`: [`Family`], its name and reason, which tables and structural test are its, and
//!   the ranking: when several families match a block, the first in [`Family::ALL`] wins.
//! - `engine/`: the matching engine. The tables compiled once, the scan that finds a block's
//!   phrases and the triggers of its patterns, and the patterns run.
//! - `user.rs`: [`Rule`], the user's own rules, compiled into `UserRules`; `file.rs` reads them
//!   from TOML.
//!
//! [`judge`] gives a block's verdict: the user's rules first, then the best-ranked enabled family
//! whose phrase or pattern matches, then a better-ranked family whose structural test holds.

mod advertising;
mod caption;
mod comments;
mod engine;
mod family;
#[cfg(feature = "toml")]
mod file;
mod headlines;
mod junk;
mod keywords;
mod legal;
mod navigation;
mod newsletter;
mod promo_code;
mod social;
mod teaser;
mod user;

use crate::stats::BlockStats;
use crate::verdict::Reason;
use engine::{MAX_RULE_BYTES, MAX_RULE_WORDS, Pattern, Phrase, start, whole, within};

pub(crate) use caption::{is_alt_text, is_signature};
pub use family::Family;
pub(crate) use family::FamilySet;
pub(crate) use legal::is_legal_paragraph;
pub use user::Rule;
pub(crate) use user::UserRules;

/// What the rules say about one block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) reason: Reason,
    /// The block is the header of a headline list, so the lines after it are suspect too.
    pub(crate) header: bool,
    /// Found by the line's shape alone (a row of links, a list of keywords), no phrase or pattern.
    pub(crate) shape: bool,
}

/// Judges one block: the user's rules first, then the best-ranked enabled family whose phrase or
/// pattern matches, or a better-ranked one whose structural test holds. A block too long for the
/// rules is only checked for a lead phrase at its start (a consent notice's "We use cookies").
pub(crate) fn judge(text: &str, stats: &BlockStats, families: FamilySet, user: &UserRules) -> Option<Hit> {
    if let Some(reason) = user.first_match(text) {
        return Some(Hit { reason, header: false, shape: false });
    }
    if stats.chars == 0 {
        return None;
    }
    if stats.words > MAX_RULE_WORDS || text.len() > MAX_RULE_BYTES {
        // A consent notice is often longer than the rules read: told by its vocabulary.
        let consent = || families.contains(Family::Legal) && Family::Legal.has_shape(text, stats);
        return engine::lead(text, stats, families)
            .map(hit)
            .or_else(|| consent().then(|| Hit { shape: true, ..hit(Family::Legal) }));
    }
    let worded = engine::worded(text, stats, families);
    // Shapes are tested in rank order, and only those of families that would outrank the wording.
    let shaped = Family::ALL
        .into_iter()
        .take_while(|family| family.outranks(worded))
        .find(|&family| families.contains(family) && family.has_shape(text, stats));
    match shaped {
        Some(family) => Some(Hit { shape: true, ..hit(family) }),
        None => worded.map(hit),
    }
}

/// The hit of a block a family names by its wording.
fn hit(family: Family) -> Hit {
    Hit { reason: family.reason(), header: family == Family::Headlines, shape: false }
}

#[cfg(test)]
pub(crate) mod table {
    //! Shared runner for the families' tables of lines to remove and lines to keep.
    use super::*;
    use crate::lang::{self, Language};

    /// Asserts that every line of `remove` is judged `reason` and no line of `keep` is.
    pub(crate) fn check(reason: Reason, remove: &[&str], keep: &[&str]) {
        for line in remove {
            let got = hit_of_line(line);
            assert_eq!(got.as_ref().map(|h| &h.reason), Some(&reason), "should be {reason}: {line:?}");
        }
        for line in keep {
            let got = hit_of_line(line);
            assert_ne!(got.as_ref().map(|h| &h.reason), Some(&reason), "should not be {reason}: {line:?}");
        }
    }

    pub(crate) fn hit_of_line(line: &str) -> Option<Hit> {
        let language = lang::detect(line).unwrap_or(Language::English);
        let stats = BlockStats::compute(line, language);
        judge(line, &stats, FamilySet::ALL, &UserRules::default())
    }
}
