//! The compiled tables: every family's phrases and trigger literals in automata and word tables,
//! and its patterns, built once on first use.

use super::automata::Literals;
use super::patterns::{Patterns, Triggered, Untriggered};
use super::words::{WordLiterals, first_word, word_key};
use super::{Anchor, MAX_RULE_WORDS, Pattern, Phrase, UNTRIGGERED_MAX_WORDS};
use crate::alphabet::Regex;
use crate::rules::Family;
use std::sync::{LazyLock, OnceLock};

/// What a match of an automaton stands for.
#[derive(Clone, Copy, Debug)]
pub(super) enum Entry {
    Phrase(Family, Anchor),
    /// A trigger literal of the pattern with this index.
    Trigger(usize),
}

impl Entry {
    /// The most words a block can have for this entry to matter.
    fn max_words(self, triggered: &[Triggered]) -> u32 {
        match self {
            Entry::Phrase(_, Anchor::Whole) => u32::MAX,
            Entry::Phrase(_, Anchor::Start(n) | Anchor::Within(n)) => n,
            Entry::Trigger(index) => triggered[index].max_words,
        }
    }
}

/// The phrases and trigger literals of one tier: those that begin with a letter or a digit by
/// their first word, the rest by automata.
pub(super) struct Tier {
    pub(super) words: WordLiterals,
    pub(super) rest: Literals,
}

/// The fewest phrases a tier looks up by their first word; with fewer, its automaton is small.
const WORD_TABLE_MIN: usize = 300;

impl Tier {
    fn build(literals: Vec<(String, Entry)>) -> Tier {
        // Trigger literals match anywhere, even inside a word: they stay in the automata. So do
        // the phrases of a tier with few of them (the tiers for long blocks): their automaton is
        // small enough to stay in the caches, and cheaper per byte than reading word by word.
        let phrases = literals.iter().filter(|(_, entry)| matches!(entry, Entry::Phrase(..))).count();
        if phrases < WORD_TABLE_MIN {
            return Tier { words: WordLiterals::default(), rest: Literals::build(literals) };
        }
        let (words, triggers): (Vec<_>, Vec<_>) =
            literals.into_iter().partition(|(_, entry)| matches!(entry, Entry::Phrase(..)));
        let (words, mut rest) = WordLiterals::build(words);
        rest.extend(triggers);
        Tier { words, rest: Literals::build(rest) }
    }

    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.words.literals.len() + self.rest.len()
    }
}

impl Compiled {
    /// The table of tier `k`, for blocks of up to `TIERS[k]` words.
    pub(super) fn tier(&self, k: usize) -> &Tier {
        self.unanchored[k].get_or_init(|| {
            // Blocks in tier k have more words than the previous tier's bound.
            let fewest = if k == 0 { 0 } else { TIERS[k - 1] + 1 };
            let literals = self.anywhere.iter().filter(|(_, e)| e.max_words(&self.patterns.triggered) >= fewest);
            Tier::build(literals.cloned().collect())
        })
    }

    /// Calls `found` with every whole-line or line-start phrase that could begin `text`: where
    /// no letter precedes it.
    pub(super) fn start_matches(&self, text: &str, present: u8, mut found: impl FnMut(Entry, usize, usize)) {
        let first_letter = text.char_indices().find(|(_, c)| c.is_alphabetic()).map_or(text.len(), |(i, _)| i);
        if first_letter < text.len() {
            self.at_letter.at(text, first_letter, word_key(first_word(&text[first_letter..]).as_bytes()), &mut found);
        }
        let mut end = text.len().min(first_letter + self.before_letter.longest);
        while !text.is_char_boundary(end) {
            end += 1;
        }
        self.before_letter.matches(text, 0..end, present, found);
    }
}

/// Blocks of up to this many words use the unanchored automaton of the same index; longer blocks
/// the next. A phrase or trigger is in every automaton whose blocks it can match, so the automata
/// for longer blocks (which carry most of the bytes) are small.
pub(super) const TIERS: [u32; 4] = [12, 30, 60, MAX_RULE_WORDS];

/// Every family's phrases, trigger literals and patterns, compiled.
pub(super) struct Compiled {
    /// Whole-line and line-start phrases that begin with a letter: they can only begin at the
    /// block's first letter, so only a search anchored there is run, however long the block.
    pub(super) at_letter: WordLiterals,
    /// The other whole-line and line-start phrases (beginning with a digit, a symbol or a
    /// bracket), searched in the block's start.
    pub(super) before_letter: Literals,
    /// Phrases found anywhere and the trigger literals of patterns, one table per tier, each
    /// built when a block of its length first asks: a short page may need only some of them.
    unanchored: [OnceLock<Tier>; TIERS.len()],
    /// The literals `unanchored` is built of.
    anywhere: Vec<(String, Entry)>,
    /// The patterns, tried once the phrases are found.
    pub(super) patterns: Patterns,
}

pub(super) static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut anchored = Vec::new();
    let mut unanchored = Vec::new();
    let mut triggered = Vec::new();
    let mut untriggered = Vec::new();
    let mut untriggered_info = Vec::new();
    for family in Family::ALL {
        for &Phrase { text, anchor } in family.phrases() {
            let list = if matches!(anchor, Anchor::Within(_)) { &mut unanchored } else { &mut anchored };
            list.extend(variants(text).into_iter().map(|v| (v, Entry::Phrase(family, anchor))));
        }
        for &Pattern { regex: source, max_words, triggers } in family.patterns() {
            if triggers.is_empty() {
                untriggered.push(Regex::new(source));
                untriggered_info.push(Untriggered { family, max_words: max_words.min(UNTRIGGERED_MAX_WORDS) });
                continue;
            }
            let index = triggered.len();
            triggered.push(Triggered::new(source, family, max_words));
            for trigger in triggers {
                unanchored.extend(variants(trigger).into_iter().map(|v| (v, Entry::Trigger(index))));
            }
        }
    }
    let (at_letter, mut before_letter): (Vec<_>, Vec<_>) =
        anchored.into_iter().partition(|(text, _): &(String, Entry)| text.starts_with(char::is_alphabetic));
    let (at_letter, longer) = WordLiterals::build(at_letter);
    before_letter.extend(longer);
    Compiled {
        at_letter,
        before_letter: Literals::build(before_letter),
        unanchored: Default::default(),
        anywhere: unanchored,
        patterns: Patterns { triggered, untriggered, untriggered_info },
    }
});

/// The forms a phrase is matched in. The automaton folds ASCII case only, so a phrase with non-ASCII
/// letters also gets its capitalised and its uppercase form ("à lire aussi", "À lire aussi", "À LIRE
/// AUSSI"); a phrase with an apostrophe also gets the typographic one (' and ’).
pub(super) fn variants(phrase: &str) -> Vec<String> {
    if phrase.is_ascii() && !phrase.contains('\'') {
        return vec![phrase.to_owned()];
    }
    let mut forms = vec![phrase.to_owned()];
    if phrase.contains('\'') {
        forms.push(phrase.replace('\'', "’"));
    }
    if !phrase.is_ascii() {
        for form in forms.clone() {
            let mut chars = form.chars();
            if let Some(first) = chars.next() {
                forms.push(first.to_uppercase().chain(chars).collect());
            }
            forms.push(form.to_uppercase());
        }
    }
    forms.sort();
    forms.dedup();
    forms
}
