//! The matching engine: every family's phrase and pattern tables compiled once, and the scan
//! that tells which of them a block matches. The families say what to match (their tables, in the
//! types [`Phrase`] and [`Pattern`] defined here); the engine says how.
//!
//! All phrase tables, and the trigger literals of every pattern, compile into word tables and
//! aho-corasick automata, built once on first use (`compiled.rs`), and each block is scanned once
//! by one of them plus once near its start: whole-line and line-start phrases go into a table
//! looked up only at the block's first letter (and a small automaton for those that begin with a
//! digit or a symbol); phrases allowed anywhere and trigger literals go into one table per range
//! of block lengths (a tier), holding only what can match a block that long (a long paragraph is
//! scanned for the few rules that allow one). Phrases that begin with a word are looked up by that
//! word (`words.rs`); the others sit in automata, one per group of scripts (`automata.rs`). A
//! pattern is tried only when one of its trigger literals occurred in the block, so most blocks
//! run no regex at all, and it is compiled the first time that happens; the few patterns without
//! triggers (lone numbers, symbol lines) are tried only on lines of a few words (`patterns.rs`). Rules run only on blocks short enough for a rule to apply
//! ([`MAX_RULE_WORDS`], [`MAX_RULE_BYTES`]): the longest paragraphs are only checked for a lead
//! phrase at their start ([`lead`]).
//!
//! Why not one `RegexSet` of every pattern: with Unicode classes in many patterns it compiled to
//! more than 10 MB, too big for the lazy DFA, and ran on the PikeVM at about 0.3 MB/s.

mod automata;
mod compiled;
mod patterns;
mod words;

use crate::rules::{Family, FamilySet};
use crate::stats::BlockStats;
pub(super) use automata::Scanner;
use automata::groups;
use compiled::{COMPILED, Compiled, Entry, TIERS};

/// Where a phrase must sit in a block for the block to match.
#[derive(Clone, Copy, Debug)]
pub(super) enum Anchor {
    /// The block is the phrase, give or take punctuation, symbols and a count.
    Whole,
    /// The block starts with the phrase and has at most this many words.
    Start(u32),
    /// The phrase is anywhere in a block of at most this many words.
    Within(u32),
}

/// One phrase of a family's table, matched case-insensitively (ASCII) at word boundaries. Tables
/// write their rows with [`whole`], [`start`] and [`within`].
#[derive(Clone, Copy, Debug)]
pub(super) struct Phrase {
    pub(super) text: &'static str,
    pub(super) anchor: Anchor,
}

/// A phrase that is the whole block, give or take punctuation, symbols and a count.
pub(super) const fn whole(text: &'static str) -> Phrase {
    Phrase { text, anchor: Anchor::Whole }
}

/// A phrase that opens a block of at most `max_words` words.
pub(super) const fn start(text: &'static str, max_words: u32) -> Phrase {
    Phrase { text, anchor: Anchor::Start(max_words) }
}

/// A phrase anywhere in a block of at most `max_words` words.
pub(super) const fn within(text: &'static str, max_words: u32) -> Phrase {
    Phrase { text, anchor: Anchor::Within(max_words) }
}

/// One regular expression of a family's table.
#[derive(Clone, Copy, Debug)]
pub(super) struct Pattern {
    /// The regex (the `regex` crate's syntax), matched against the whole block.
    pub(super) regex: &'static str,
    /// The most words a matching block has.
    pub(super) max_words: u32,
    /// Literals (ASCII case-insensitive, anywhere in the block) of which one must occur for the
    /// regex to be tried. A pattern without triggers must be for lines of at most
    /// [`UNTRIGGERED_MAX_WORDS`] words.
    pub(super) triggers: &'static [&'static str],
}

/// Blocks with more words than this are never tested against phrases or patterns.
pub(super) const MAX_RULE_WORDS: u32 = 90;

/// Blocks longer than this many bytes are never tested (a single line of 200,000 separators has
/// few words but would still cost a scan per pattern).
pub(super) const MAX_RULE_BYTES: usize = 2000;

/// Patterns without trigger literals are for lines of at most this many words.
pub(super) const UNTRIGGERED_MAX_WORDS: u32 = 8;

/// The best-ranked enabled family one of whose phrases or patterns matches `text`, a block of at
/// most [`MAX_RULE_WORDS`] words and [`MAX_RULE_BYTES`] bytes. Phrases are found in one scan,
/// which also tells which patterns' triggers occurred; only those patterns run, and only while
/// their family would outrank the best found so far.
pub(super) fn worded(text: &str, stats: &BlockStats, families: FamilySet) -> Option<Family> {
    let compiled = &*COMPILED;
    let (best, fired) = scan(compiled, text, stats, families);
    compiled.patterns.best(text, stats, families, fired, best)
}

/// The best-ranked enabled family whose phrase sits in `text` as its anchor requires, and the
/// patterns (a bit set over pattern indices) one of whose trigger literals occurred, among those
/// that allow a block this long.
fn scan(compiled: &Compiled, text: &str, stats: &BlockStats, families: FamilySet) -> (Option<Family>, [u64; 2]) {
    let mut best: Option<Family> = None;
    let mut consider = |family: Family| {
        if families.contains(family) && family.outranks(best) {
            best = Some(family);
        }
    };
    let mut fired = [0u64; 2];
    let tier = TIERS.iter().position(|&most| stats.words <= most).unwrap_or(TIERS.len() - 1);
    let tier = compiled.tier(tier);
    let mut found = |entry, start, end| match entry {
        Entry::Phrase(family, anchor) => {
            if anchored(text, start, end, anchor, stats) {
                consider(family);
            }
        }
        Entry::Trigger(index) => fired[index / 64] |= 1 << (index % 64),
    };
    let present = if tier.words.literals.is_empty() { groups(text) } else { tier.words.matches(text, &mut found) };
    tier.rest.matches(text, 0..text.len(), present, &mut found);
    compiled.start_matches(text, present, found);
    (best, fired)
}

/// For a block too long for the rules: the best-ranked enabled family whose lead phrase (a
/// line-start phrase allowed in blocks longer than [`MAX_RULE_WORDS`], such as a consent
/// notice's "We use cookies") opens it. Only the block's start is scanned.
pub(super) fn lead(text: &str, stats: &BlockStats, families: FamilySet) -> Option<Family> {
    let compiled = &*COMPILED;
    let mut best: Option<Family> = None;
    let mut head = text.len().min(MAX_RULE_BYTES);
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    compiled.start_matches(text, groups(&text[..head]), |entry, start, end| {
        if let Entry::Phrase(family, anchor @ Anchor::Start(n)) = entry
            && n > MAX_RULE_WORDS
            && families.contains(family)
            && family.outranks(best)
            && anchored(text, start, end, anchor, stats)
        {
            best = Some(family);
        }
    });
    best
}

/// Whether the phrase match `start..end` sits in `text` as `anchor` requires.
fn anchored(text: &str, start: usize, end: usize, anchor: Anchor, stats: &BlockStats) -> bool {
    if !at_word_boundaries(text, start, end) {
        return false;
    }
    match anchor {
        Anchor::Whole => is_filler(&text[..start]) && is_filler(&text[end..]),
        Anchor::Start(max_words) => stats.words <= max_words && is_filler(&text[..start]),
        Anchor::Within(max_words) => stats.words <= max_words,
    }
}

/// Text around a whole-line phrase that does not change what the line is: punctuation, symbols,
/// bullets, arrows, emoji and a count such as "(12)".
fn is_filler(text: &str) -> bool {
    text.chars().all(|c| !c.is_alphabetic())
}

/// Whether `start..end` neither begins nor ends inside a word of `text`.
pub(super) fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let glued_before = word(before) && word(first);
    let glued_after = word(after) && word(last);
    !glued_before && !glued_after
}

#[cfg(test)]
mod tests {
    use super::compiled::variants;
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, MatchKind};

    #[test]
    fn tables_compile() {
        let compiled = &*COMPILED;
        assert!(compiled.at_letter.literals.len() > 300);
        // Each tier's automaton holds what the next one does, and more.
        let sizes: Vec<usize> = (0..TIERS.len()).map(|k| compiled.tier(k).len()).collect();
        for pair in sizes.windows(2) {
            assert!(pair[0] > pair[1]);
        }
        assert!(compiled.patterns.triggered.len() <= 128, "the trigger bit set holds 128 patterns");
        // Triggered patterns compile on first use: every one must compile, whole and for Latin text.
        for pattern in &compiled.patterns.triggered {
            assert!(pattern.regex.compiles(), "{}", pattern.regex.as_str());
        }
        assert_eq!(compiled.patterns.untriggered.len(), compiled.patterns.untriggered_info.len());
        for family in Family::ALL {
            for &Pattern { regex: source, max_words, triggers } in family.patterns() {
                assert!(!triggers.is_empty() || max_words <= UNTRIGGERED_MAX_WORDS, "{source} needs triggers");
            }
        }
    }

    /// The line-start automaton and the per-length automata must find exactly what one
    /// automaton of every phrase and trigger, run over the whole block, finds.
    #[test]
    fn split_scan_finds_what_one_automaton_finds() {
        use proptest::prelude::*;
        let compiled = &*COMPILED;
        // The reference: every literal in one automaton, as the tables define them.
        let mut literals = Vec::new();
        let mut entries = Vec::new();
        let mut index = 0;
        for family in Family::ALL {
            for &Phrase { text, anchor } in family.phrases() {
                for form in variants(text) {
                    literals.push(form);
                    entries.push(Entry::Phrase(family, anchor));
                }
            }
            for &Pattern { triggers, .. } in family.patterns().iter().filter(|p| !p.triggers.is_empty()) {
                for form in triggers.iter().flat_map(|t| variants(t)) {
                    literals.push(form);
                    entries.push(Entry::Trigger(index));
                }
                index += 1;
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&literals)
            .unwrap();
        let reference = |text: &str, stats: &BlockStats| -> (Option<Family>, [u64; 2]) {
            let mut best: Option<Family> = None;
            let mut fired = [0u64; 2];
            for m in automaton.find_overlapping_iter(text) {
                match entries[m.pattern().as_usize()] {
                    Entry::Phrase(family, anchor) => {
                        if anchored(text, m.start(), m.end(), anchor, stats) && family.outranks(best) {
                            best = Some(family);
                        }
                    }
                    Entry::Trigger(index) => {
                        if stats.words <= compiled.patterns.triggered[index].max_words {
                            fired[index / 64] |= 1 << (index % 64);
                        }
                    }
                }
            }
            (best, fired)
        };
        let phrases: Vec<&str> = Family::ALL.iter().flat_map(|f| f.phrases().iter().map(|p| p.text)).collect();
        let within: Vec<&str> = Family::ALL
            .iter()
            .flat_map(|f| f.phrases().iter().filter(|p| matches!(p.anchor, Anchor::Within(_))).map(|p| p.text))
            .collect();
        let triggers: Vec<&str> =
            Family::ALL.iter().flat_map(|f| f.patterns().iter().flat_map(|p| p.triggers.iter().copied())).collect();
        let filler = prop::sample::select(vec!["", "• ", "» ", "12 ", "(3) ", "© ", "— ", "1. ", "#"]);
        let word =
            prop::sample::select(vec!["the", "council", "Photo", "said", "/", "-", ":", "2024", "über", "l’été"]);
        let words = || prop::collection::vec(word.clone(), 0..50).prop_map(|w| w.join(" "));
        let piece = prop_oneof![
            prop::sample::select(phrases.clone()).prop_map(str::to_owned),
            prop::sample::select(phrases).prop_map(str::to_uppercase),
            prop::sample::select(within).prop_map(str::to_owned),
            prop::sample::select(triggers).prop_map(str::to_owned),
        ];
        // Block lengths spread over every length tier, with a phrase or trigger anywhere.
        // Half the blocks start with the phrase or trigger, where line-start phrases must be, and
        // half end with it, where whole-line phrases must.
        let part = || prop_oneof![Just(String::new()), words()];
        let line = (filler.clone(), part(), piece, part(), filler)
            .prop_map(|(before, lead, piece, tail, after)| format!("{before}{lead} {piece} {tail}{after}"));
        proptest!(ProptestConfig::with_cases(4000), |(line in line)| {
            let stats = BlockStats::compute(&line, crate::lang::Language::English);
            let (best, fired) = scan(compiled, &line, &stats, FamilySet::ALL);
            let (want_best, want_fired) = reference(&line, &stats);
            prop_assert_eq!(best, want_best, "{}", line);
            // A trigger of a pattern that allows no block this long may be left out.
            let mut got = fired;
            for (index, pattern) in compiled.patterns.triggered.iter().enumerate() {
                if stats.words > pattern.max_words {
                    got[index / 64] &= !(1 << (index % 64));
                }
            }
            prop_assert_eq!(got, want_fired, "{}", line);
        });
    }

    #[test]
    fn phrases_respect_word_boundaries() {
        assert!(at_word_boundaries("ad here", 0, 2));
        assert!(!at_word_boundaries("read", 2, 4));
        assert!(at_word_boundaries("© 2024", 0, 2));
    }
}
