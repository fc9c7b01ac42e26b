//! The families' regular expressions: those with trigger literals, each compiled on its first
//! use, and those without, tried on short lines.

use super::UNTRIGGERED_MAX_WORDS;
use crate::alphabet::Regex;
use crate::rules::{Family, FamilySet};
use crate::stats::BlockStats;

/// The lazy DFA cache of each built-in pattern, in bytes (per thread that uses it).
pub(super) const DFA_SIZE_LIMIT: usize = 16 << 20;

/// A pattern tried only when one of its trigger literals occurred.
pub(super) struct Triggered {
    /// Compiled the first time a trigger fires: a short input pays only for the patterns it needs.
    pub(super) regex: Regex,
    pub(super) family: Family,
    pub(super) max_words: u32,
}

impl Triggered {
    pub(super) fn new(source: &'static str, family: Family, max_words: u32) -> Triggered {
        // A roomier lazy DFA than the default 2 MB: patterns with Unicode classes need many
        // states, and a DFA that keeps clearing its cache falls back to slower engines.
        Triggered { regex: Regex::new(source).with_cache_capacity(DFA_SIZE_LIMIT), family, max_words }
    }

    fn is_match(&self, text: &str) -> bool {
        self.regex.is_match(text)
    }
}

/// What a pattern without triggers stands for: its family, and the most words a matching line
/// has (at most [`UNTRIGGERED_MAX_WORDS`]).
#[derive(Clone, Copy, Debug)]
pub(super) struct Untriggered {
    pub(super) family: Family,
    pub(super) max_words: u32,
}

/// Every family's patterns, compiled.
pub(super) struct Patterns {
    /// Patterns with triggers, each compiled on its own; a trigger literal's entry holds an index
    /// into this list.
    pub(super) triggered: Vec<Triggered>,
    /// Patterns without triggers, tried on short lines, each compiled when a line first asks
    /// (one of a few words asks the pattern of one- and two-letter lines).
    pub(super) untriggered: Vec<Regex>,
    /// What each pattern of `untriggered` stands for, by its index.
    pub(super) untriggered_info: Vec<Untriggered>,
}

impl Patterns {
    /// `best`, or a better-ranked enabled family one of whose patterns matches `text`. Tried are
    /// the patterns whose trigger fired (`fired`, a bit set over the indices of `triggered`) and,
    /// on lines of a few words, those without triggers.
    pub(super) fn best(
        &self,
        text: &str,
        stats: &BlockStats,
        families: FamilySet,
        fired: [u64; 2],
        mut best: Option<Family>,
    ) -> Option<Family> {
        for index in set_bits(fired) {
            let pattern = &self.triggered[index];
            if pattern.family.outranks(best)
                && stats.words <= pattern.max_words
                && families.contains(pattern.family)
                && pattern.is_match(text)
            {
                best = Some(pattern.family);
            }
        }
        if stats.words <= UNTRIGGERED_MAX_WORDS {
            for (regex, &Untriggered { family, max_words }) in self.untriggered.iter().zip(&self.untriggered_info) {
                if stats.words <= max_words
                    && families.contains(family)
                    && family.outranks(best)
                    && regex.is_match(text)
                {
                    best = Some(family);
                }
            }
        }
        best
    }
}

/// The indices of the bits set in `bits`, in increasing order: only the patterns whose trigger
/// fired are visited, and most blocks fire none or a few.
fn set_bits(bits: [u64; 2]) -> impl Iterator<Item = usize> {
    bits.into_iter().enumerate().flat_map(|(word, mut bits)| {
        std::iter::from_fn(move || {
            (bits != 0).then(|| {
                let bit = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                word * 64 + bit
            })
        })
    })
}
