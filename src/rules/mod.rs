//! Rule families: boilerplate that announces itself by its wording or its shape.
//!
//! Every family is a module with a phrase table, a pattern table and, where the family has one, a
//! structural test on the block statistics. All phrase tables, and the trigger literals of every
//! pattern, compile into aho-corasick automata, built once on first use, and each block is scanned
//! once by one of them plus once near its start: whole-line and line-start phrases go into an
//! automaton run only over the first letters of a block; phrases allowed anywhere and trigger
//! literals go into one automaton per range of block lengths, holding only what can match a block
//! that long (a long paragraph is scanned for the few rules that allow one). A pattern is tried
//! only when one of its trigger literals occurred in the block, so most blocks run no regex at
//! all, and it is compiled the first time that happens; the few patterns without triggers (lone
//! numbers, symbol lines) are one small `RegexSet` tried only on lines of a few words. Rules run
//! only on blocks short enough for a rule to apply ([`MAX_RULE_WORDS`], [`MAX_RULE_BYTES`]): the
//! longest paragraphs are never scanned.
//!
//! Why not one `RegexSet` of every pattern: with Unicode classes in many patterns it compiled to
//! more than 10 MB, too big for the lazy DFA, and ran on the PikeVM at about 0.3 MB/s.

mod advertising;
mod caption;
mod comments;
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

use crate::stats::BlockStats;
use crate::verdict::Reason;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};
use regex::{Regex, RegexBuilder, RegexSet};
use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::Arc;
use std::sync::{LazyLock, OnceLock};

pub(crate) use caption::is_signature;

/// A family of boilerplate rules that can be switched on or off in the builder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Family {
    /// Skip links, menus, breadcrumbs, tag lines, link rows, site names.
    Navigation,
    /// Comma-separated keyword lists.
    Keywords,
    /// Copyright, rights, trademark, privacy and cookie lines.
    Legal,
    /// Newsletter sign-up prompts and forms.
    Newsletter,
    /// Share, follow and app-download prompts.
    Social,
    /// Comment prompts and counts.
    Comments,
    /// Advertisement labels, sponsored and sale copy.
    Advertising,
    /// Promo and coupon codes.
    PromoCode,
    /// Photo captions, credits and alt text.
    Caption,
    /// Inline teasers and related links.
    Teaser,
    /// Headers of headline lists ("Latest News", "More Stories").
    Headlines,
    /// Lone numbers, malformed dates, stray symbols.
    Junk,
}

impl Family {
    /// Every family, in the order a block's rule hits are ranked when several match.
    pub const ALL: [Family; 12] = [
        Family::PromoCode,
        Family::Caption,
        Family::Legal,
        Family::Comments,
        Family::Newsletter,
        Family::Social,
        Family::Advertising,
        Family::Teaser,
        Family::Headlines,
        Family::Keywords,
        Family::Navigation,
        Family::Junk,
    ];

    /// The family's stable name, as `--disable` takes it: the reason its removals carry, except
    /// `headlines` (whose removals are `unrelated-headlines`).
    ///
    /// ```
    /// use dechaff::Family;
    /// assert_eq!(Family::PromoCode.name(), "promo-code");
    /// assert_eq!("promo-code".parse::<Family>(), Ok(Family::PromoCode));
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Family::Headlines => "headlines",
            family => match family.reason() {
                Reason::Navigation => "navigation",
                Reason::Keywords => "keywords",
                Reason::Legal => "legal",
                Reason::Newsletter => "newsletter",
                Reason::Social => "social",
                Reason::Comments => "comments",
                Reason::Advertising => "advertising",
                Reason::PromoCode => "promo-code",
                Reason::Caption => "caption",
                Reason::Teaser => "teaser",
                _ => "junk",
            },
        }
    }

    /// The reason blocks removed by this family carry.
    pub fn reason(self) -> Reason {
        match self {
            Family::Navigation => Reason::Navigation,
            Family::Keywords => Reason::Keywords,
            Family::Legal => Reason::Legal,
            Family::Newsletter => Reason::Newsletter,
            Family::Social => Reason::Social,
            Family::Comments => Reason::Comments,
            Family::Advertising => Reason::Advertising,
            Family::PromoCode => Reason::PromoCode,
            Family::Caption => Reason::Caption,
            Family::Teaser => Reason::Teaser,
            Family::Headlines => Reason::UnrelatedHeadlines,
            Family::Junk => Reason::Junk,
        }
    }

    fn rank(self) -> usize {
        Family::ALL.iter().position(|&f| f == self).unwrap_or(usize::MAX)
    }

    fn bit(self) -> u16 {
        1 << self.rank()
    }

    fn phrases(self) -> &'static [Phrase] {
        match self {
            Family::Navigation => navigation::PHRASES,
            Family::Keywords => keywords::PHRASES,
            Family::Legal => legal::PHRASES,
            Family::Newsletter => newsletter::PHRASES,
            Family::Social => social::PHRASES,
            Family::Comments => comments::PHRASES,
            Family::Advertising => advertising::PHRASES,
            Family::PromoCode => promo_code::PHRASES,
            Family::Caption => caption::PHRASES,
            Family::Teaser => teaser::PHRASES,
            Family::Headlines => headlines::PHRASES,
            Family::Junk => junk::PHRASES,
        }
    }

    fn patterns(self) -> &'static [Pattern] {
        match self {
            Family::Navigation => navigation::PATTERNS,
            Family::Keywords => &[],
            Family::Legal => legal::PATTERNS,
            Family::Newsletter => newsletter::PATTERNS,
            Family::Social => social::PATTERNS,
            Family::Comments => comments::PATTERNS,
            Family::Advertising => advertising::PATTERNS,
            Family::PromoCode => promo_code::PATTERNS,
            Family::Caption => caption::PATTERNS,
            Family::Teaser => teaser::PATTERNS,
            Family::Headlines => headlines::PATTERNS,
            Family::Junk => junk::PATTERNS,
        }
    }

    /// A test on the block's shape rather than its wording.
    fn judge_shape(self, text: &str, stats: &BlockStats) -> bool {
        match self {
            Family::Navigation => navigation::is_link_row(text, stats),
            Family::Keywords => keywords::is_keyword_list(text, stats),
            Family::Advertising => advertising::is_title_case_copy(text, stats),
            Family::Social => social::is_network_list(text, stats),
            Family::Caption => caption::is_object_label(text, stats),
            _ => false,
        }
    }
}

/// A set of enabled families.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FamilySet(u16);

impl FamilySet {
    pub(crate) const ALL: FamilySet = FamilySet(u16::MAX);

    pub(crate) fn contains(self, family: Family) -> bool {
        self.0 & family.bit() != 0
    }

    pub(crate) fn set(&mut self, family: Family, on: bool) {
        if on {
            self.0 |= family.bit();
        } else {
            self.0 &= !family.bit();
        }
    }
}

/// Where a phrase must sit in a block for the block to match.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Anchor {
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
pub(crate) struct Phrase {
    pub(crate) text: &'static str,
    pub(crate) anchor: Anchor,
}

/// A phrase that is the whole block, give or take punctuation, symbols and a count.
pub(crate) const fn whole(text: &'static str) -> Phrase {
    Phrase { text, anchor: Anchor::Whole }
}

/// A phrase that opens a block of at most `max_words` words.
pub(crate) const fn start(text: &'static str, max_words: u32) -> Phrase {
    Phrase { text, anchor: Anchor::Start(max_words) }
}

/// A phrase anywhere in a block of at most `max_words` words.
pub(crate) const fn within(text: &'static str, max_words: u32) -> Phrase {
    Phrase { text, anchor: Anchor::Within(max_words) }
}

/// One regular expression of a family's table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Pattern {
    /// The regex (the `regex` crate's syntax), matched against the whole block.
    pub(crate) regex: &'static str,
    /// The most words a matching block has.
    pub(crate) max_words: u32,
    /// Literals (ASCII case-insensitive, anywhere in the block) of which one must occur for the
    /// regex to be tried. A pattern without triggers must be for lines of at most
    /// [`UNTRIGGERED_MAX_WORDS`] words.
    pub(crate) triggers: &'static [&'static str],
}

/// Blocks with more words than this are never tested against phrases or patterns.
pub const MAX_RULE_WORDS: u32 = 90;

/// Blocks longer than this many bytes are never tested (a single line of 200,000 separators has
/// few words but would still cost a scan per pattern).
pub const MAX_RULE_BYTES: usize = 2000;

/// Patterns without trigger literals are for lines of at most this many words.
const UNTRIGGERED_MAX_WORDS: u32 = 8;

/// The lazy DFA cache of each built-in pattern, in bytes (per thread that uses it).
const DFA_SIZE_LIMIT: usize = 16 << 20;

/// What a match of an automaton stands for.
#[derive(Clone, Copy, Debug)]
enum Entry {
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

/// Literals sorted by the first non-ASCII character they contain, each group in an automaton of
/// its own. An automaton over literals of many scripts has a wide alphabet, so its table outgrows
/// the CPU caches and every byte of text costs a cache miss; split by script, each table stays
/// small, and a block is scanned only by the groups whose characters it contains.
struct Literals {
    /// The group's bit (see [`groups`]), its automaton, what each of its patterns stands for and
    /// its longest pattern in bytes.
    automata: Vec<(u8, AhoCorasick, Vec<Entry>, usize)>,
    /// The longest literal, in bytes.
    longest: usize,
}

/// The group of a literal or a character: ASCII, then punctuation and symbols, Latin letters,
/// Greek to Arabic, Indic and South-East Asian scripts, and the rest (CJK, Hangul, emoji).
fn group(c: char) -> u8 {
    match u32::from(c) {
        0..0x80 => 0,
        0x80..0xC0 | 0x2000..0x2C00 => 1,
        0xC0..0x250 | 0x1E00..0x1F00 => 2,
        0x250..0x900 => 3,
        0x900..0x1E00 => 4,
        _ => 5,
    }
}

/// The groups whose characters occur in `text`, as bits; ASCII is always in.
fn groups(text: &str) -> u8 {
    let mut bits = 1;
    if !text.is_ascii() {
        for c in text.chars().filter(|c| !c.is_ascii()) {
            bits |= 1 << group(c);
        }
    }
    bits
}

impl Literals {
    fn build(literals: Vec<(String, Entry)>) -> Literals {
        let longest = literals.iter().map(|(l, _)| l.len()).max().unwrap_or(0);
        let mut split: [Vec<(String, Entry)>; 6] = Default::default();
        for (literal, entry) in literals {
            let key = literal.chars().find(|c| !c.is_ascii()).map_or(0, group);
            split[usize::from(key)].push((literal, entry));
        }
        let automata = (0u8..)
            .zip(split)
            .filter(|(_, literals)| !literals.is_empty())
            .map(|(key, literals)| {
                let (literals, entries): (Vec<String>, Vec<Entry>) = literals.into_iter().unzip();
                let longest = literals.iter().map(String::len).max().unwrap_or(0);
                let automaton = AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&literals)
                    .expect("built-in phrase tables compile");
                (1 << key, automaton, entries, longest)
            })
            .collect();
        Literals { automata, longest }
    }

    /// How many literals the automata hold.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.automata.iter().map(|(_, _, entries, _)| entries.len()).sum()
    }

    /// Calls `found` with the entry, start and end of every literal in `text[span]` (overlapping
    /// matches included), searching only the groups in `present`. A literal of a non-ASCII group
    /// holds one of that group's characters, so only the text around those characters is searched
    /// for it: in an English paragraph with one typographic apostrophe, a few bytes.
    fn matches(&self, text: &str, span: Range<usize>, present: u8, mut found: impl FnMut(Entry, usize, usize)) {
        let mut report = |automaton: &AhoCorasick, entries: &[Entry], window: Range<usize>| {
            for m in automaton.find_overlapping_iter(Input::new(text).range(window)) {
                found(entries[m.pattern().as_usize()], m.start(), m.end());
            }
        };
        for (bit, automaton, entries, longest) in &self.automata {
            if present & bit == 0 {
                continue;
            }
            if *bit == 1 {
                report(automaton, entries, span.clone());
                continue;
            }
            let mut window: Option<Range<usize>> = None;
            for (at, c) in text[span.clone()].char_indices().filter(|(_, c)| !c.is_ascii()) {
                if 1 << group(c) != *bit {
                    continue;
                }
                let at = span.start + at;
                let around = at.saturating_sub(*longest).max(span.start)..(at + longest + c.len_utf8()).min(span.end);
                window = match window {
                    Some(open) if around.start <= open.end => Some(open.start..around.end),
                    Some(open) => {
                        report(automaton, entries, open);
                        Some(around)
                    }
                    None => Some(around),
                };
            }
            if let Some(open) = window {
                report(automaton, entries, open);
            }
        }
    }
}

/// Literals that begin with a letter or a digit, looked up by their first word. They match only
/// where a word begins (a letter glued before them would join the word), so a text is read one
/// word at a time with a hash lookup each, instead of one automaton step per byte: the automata
/// for many scripts' phrases are too large for the CPU caches.
#[derive(Default)]
struct WordLiterals {
    /// The key of each literal's first word (see [`word_key`]), and which literals begin with it.
    by_first_word: FxHashMap<u64, Vec<u32>>,
    /// A bit for each key's top 16 bits: most words of a text are not a key, and this small
    /// table, unlike the map, stays in the fastest cache.
    maybe: Vec<u64>,
    literals: Vec<(Box<[u8]>, Entry)>,
}

/// A hash of a word's bytes with ASCII letters lowercased: two words that differ only in ASCII
/// case get the same key; other words rarely do, and a candidate is always compared byte by byte.
/// A word of up to eight ASCII bytes, most words, is read as one number.
fn word_key(word: &[u8]) -> u64 {
    const MULTIPLIER: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    if word.len() <= 8 && word.is_ascii() {
        let mut packed = [0u8; 8];
        packed[..word.len()].copy_from_slice(word);
        // Letters and digits only: setting bit 5 lowercases a letter and leaves a digit as it is.
        let value = u64::from_le_bytes(packed) | (0x2020_2020_2020_2020 & (u64::MAX >> (64 - 8 * word.len().max(1))));
        return (value ^ word.len() as u64).wrapping_mul(MULTIPLIER);
    }
    word.iter().fold(0u64, |key, &b| (key.rotate_left(5) ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(MULTIPLIER))
}

/// The word (a run of letters and digits) that begins `text`.
fn first_word(text: &str) -> &str {
    text.find(|c: char| !c.is_alphanumeric()).map_or(text, |end| &text[..end])
}

impl WordLiterals {
    /// Splits `literals` into those a word table holds and the rest.
    fn build(literals: Vec<(String, Entry)>) -> (WordLiterals, Vec<(String, Entry)>) {
        let mut table = WordLiterals::default();
        let mut rest = Vec::new();
        for (literal, entry) in literals {
            let key = first_word(&literal);
            if key.is_empty() {
                rest.push((literal, entry));
                continue;
            }
            let index = u32::try_from(table.literals.len()).expect("phrase tables are small");
            let key = word_key(key.as_bytes());
            table.by_first_word.entry(key).or_default().push(index);
            if table.maybe.is_empty() {
                table.maybe = vec![0; 1 << 10];
            }
            table.maybe[(key >> 54) as usize] |= 1 << ((key >> 48) & 63);
            table.literals.push((literal.into_bytes().into(), entry));
        }
        (table, rest)
    }

    /// Calls `found` with every literal that begins at `start`, where a word with key `key`
    /// begins.
    fn at(&self, text: &str, start: usize, key: u64, found: &mut impl FnMut(Entry, usize, usize)) {
        if self.maybe.get((key >> 54) as usize).is_none_or(|bits| bits & (1 << ((key >> 48) & 63)) == 0) {
            return;
        }
        let Some(candidates) = self.by_first_word.get(&key) else { return };
        let rest = &text.as_bytes()[start..];
        for &index in candidates {
            let (literal, entry) = &self.literals[index as usize];
            if rest.len() >= literal.len() && rest[..literal.len()].eq_ignore_ascii_case(literal) {
                found(*entry, start, start + literal.len());
            }
        }
    }

    /// Calls `found` with every literal that begins a word of `text`; returns the groups of
    /// characters `text` has (see [`groups`]).
    fn matches(&self, text: &str, found: &mut impl FnMut(Entry, usize, usize)) -> u8 {
        let bytes = text.as_bytes();
        let mut present = 1;
        let mut at = 0;
        let mut word_start: Option<usize> = None;
        while at < bytes.len() {
            let byte = bytes[at];
            let (alphanumeric, len) = if byte < 0x80 {
                (byte.is_ascii_alphanumeric(), 1)
            } else {
                let c = text[at..].chars().next().unwrap_or(' ');
                present |= 1 << group(c);
                (c.is_alphanumeric(), c.len_utf8())
            };
            if alphanumeric {
                word_start.get_or_insert(at);
            } else if let Some(start) = word_start.take() {
                self.at(text, start, word_key(&bytes[start..at]), found);
            }
            at += len;
        }
        if let Some(start) = word_start {
            self.at(text, start, word_key(&bytes[start..]), found);
        }
        present
    }
}

/// The phrases and trigger literals of one tier: those that begin with a letter or a digit by
/// their first word, the rest by automata.
struct Tier {
    words: WordLiterals,
    rest: Literals,
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
    fn len(&self) -> usize {
        self.words.literals.len() + self.rest.len()
    }
}

impl Compiled {
    /// Calls `found` with every whole-line or line-start phrase that could begin `text`: where
    /// no letter precedes it.
    fn start_matches(&self, text: &str, present: u8, mut found: impl FnMut(Entry, usize, usize)) {
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
const TIERS: [u32; 4] = [12, 30, 60, MAX_RULE_WORDS];

/// A pattern tried only when one of its trigger literals occurred.
struct Triggered {
    source: &'static str,
    /// Compiled the first time a trigger fires: a short input pays only for the patterns it needs.
    regex: OnceLock<Regex>,
    family: Family,
    max_words: u32,
}

impl Triggered {
    fn is_match(&self, text: &str) -> bool {
        // A roomier lazy DFA than the default 2 MB: patterns with Unicode classes need many
        // states, and a DFA that keeps clearing its cache falls back to slower engines.
        let regex = self.regex.get_or_init(|| {
            RegexBuilder::new(self.source).dfa_size_limit(DFA_SIZE_LIMIT).build().expect("built-in patterns compile")
        });
        regex.is_match(text)
    }
}

struct Compiled {
    /// Whole-line and line-start phrases that begin with a letter: they can only begin at the
    /// block's first letter, so only a search anchored there is run, however long the block.
    at_letter: WordLiterals,
    /// The other whole-line and line-start phrases (beginning with a digit, a symbol or a
    /// bracket), searched in the block's start.
    before_letter: Literals,
    /// Phrases found anywhere and the trigger literals of patterns, one automaton per tier.
    unanchored: Vec<Tier>,
    /// Patterns with triggers, each compiled on its own.
    triggered: Vec<Triggered>,
    /// Patterns without triggers, tried together on short lines.
    untriggered: RegexSet,
    untriggered_info: Vec<(Family, u32)>,
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
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
                untriggered.push(source);
                untriggered_info.push((family, max_words.min(UNTRIGGERED_MAX_WORDS)));
                continue;
            }
            let index = triggered.len();
            triggered.push(Triggered { source, regex: OnceLock::new(), family, max_words });
            for trigger in triggers {
                unanchored.extend(variants(trigger).into_iter().map(|v| (v, Entry::Trigger(index))));
            }
        }
    }
    let tiers = TIERS
        .iter()
        .enumerate()
        .map(|(k, _)| {
            // Blocks in tier k have more words than the previous tier's bound.
            let fewest = if k == 0 { 0 } else { TIERS[k - 1] + 1 };
            let literals = unanchored.iter().filter(|(_, e)| e.max_words(&triggered) >= fewest).cloned().collect();
            Tier::build(literals)
        })
        .collect();
    let untriggered = RegexSet::new(&untriggered).expect("built-in patterns compile");
    let (at_letter, mut before_letter): (Vec<_>, Vec<_>) =
        anchored.into_iter().partition(|(text, _): &(String, Entry)| text.starts_with(char::is_alphabetic));
    let (at_letter, longer) = WordLiterals::build(at_letter);
    before_letter.extend(longer);
    Compiled {
        at_letter,
        before_letter: Literals::build(before_letter),
        unanchored: tiers,
        triggered,
        untriggered,
        untriggered_info,
    }
});

/// The forms a phrase is matched in. The automaton folds ASCII case only, so a phrase with non-ASCII
/// letters also gets its capitalised and its uppercase form ("à lire aussi", "À lire aussi", "À LIRE
/// AUSSI"); a phrase with an apostrophe also gets the typographic one (' and ’).
fn variants(phrase: &str) -> Vec<String> {
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

/// What the rules say about one block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) reason: Reason,
    /// The block is the header of a headline list, so the lines after it are suspect too.
    pub(crate) header: bool,
    /// Found by the line's shape alone (a row of links, a list of keywords), no phrase or pattern.
    pub(crate) shape: bool,
}

impl std::str::FromStr for Family {
    type Err = crate::Error;

    /// Parses a family's [name](Family::name); `unrelated-headlines` is taken for `headlines`.
    fn from_str(name: &str) -> Result<Family, crate::Error> {
        let name = name.trim().to_ascii_lowercase().replace('_', "-");
        let name = if name == "unrelated-headlines" { "headlines" } else { name.as_str() };
        Family::ALL.into_iter().find(|f| f.name() == name).ok_or_else(|| crate::Error::UnknownName {
            kind: "rule family",
            name: name.to_owned(),
            expected: Family::ALL.iter().map(|f| f.name()).collect::<Vec<_>>().join(", "),
        })
    }
}

impl std::fmt::Display for Family {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

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
pub(crate) fn misnamed(name: &str) -> Option<String> {
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

    fn judge(&self, text: &str) -> Option<Reason> {
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

/// Judges one block by the user's rules first, then the built-in families, in rank order.
pub(crate) fn judge(text: &str, stats: &BlockStats, families: FamilySet, user: &UserRules) -> Option<Hit> {
    if let Some(reason) = user.judge(text) {
        return Some(Hit { reason, header: false, shape: false });
    }
    if stats.chars == 0 {
        return None;
    }
    let compiled = &*COMPILED;
    if stats.words > MAX_RULE_WORDS || text.len() > MAX_RULE_BYTES {
        return lead(compiled, text, stats, families).map(hit);
    }
    let mut best: Option<Family> = None;
    let consider = |best: &mut Option<Family>, family: Family| {
        if families.contains(family) && best.is_none_or(|b| family.rank() < b.rank()) {
            *best = Some(family);
        }
    };
    let (phrase_family, fired) = scan(compiled, text, stats, families);
    if let Some(family) = phrase_family {
        consider(&mut best, family);
    }
    // Only the patterns whose trigger fired, in index order: most blocks fire none or a few.
    let fired_indices = fired.into_iter().enumerate().flat_map(|(word, mut bits)| {
        std::iter::from_fn(move || {
            (bits != 0).then(|| {
                let bit = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                word * 64 + bit
            })
        })
    });
    for index in fired_indices {
        let pattern = &compiled.triggered[index];
        let could_improve = best.is_none_or(|b| pattern.family.rank() < b.rank());
        if could_improve
            && stats.words <= pattern.max_words
            && families.contains(pattern.family)
            && pattern.is_match(text)
        {
            consider(&mut best, pattern.family);
        }
    }
    if stats.words <= UNTRIGGERED_MAX_WORDS {
        for index in compiled.untriggered.matches(text).iter() {
            let (family, max_words) = compiled.untriggered_info[index];
            if stats.words <= max_words {
                consider(&mut best, family);
            }
        }
    }
    let worded = best;
    for family in Family::ALL {
        if best.is_some_and(|b| b.rank() <= family.rank()) {
            break;
        }
        if families.contains(family) && family.judge_shape(text, stats) {
            consider(&mut best, family);
        }
    }
    best.map(|family| Hit { shape: best != worded, ..hit(family) })
}

/// The best-ranked enabled family whose phrase sits in `text` as its anchor requires, and the
/// patterns (a bit set over pattern indices) one of whose trigger literals occurred, among those
/// that allow a block this long.
fn scan(compiled: &Compiled, text: &str, stats: &BlockStats, families: FamilySet) -> (Option<Family>, [u64; 2]) {
    let mut best: Option<Family> = None;
    let mut consider = |family: Family| {
        if families.contains(family) && best.is_none_or(|b| family.rank() < b.rank()) {
            best = Some(family);
        }
    };
    let mut fired = [0u64; 2];
    let tier = TIERS.iter().position(|&most| stats.words <= most).unwrap_or(TIERS.len() - 1);
    let tier = &compiled.unanchored[tier];
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

fn hit(family: Family) -> Hit {
    Hit { reason: family.reason(), header: family == Family::Headlines, shape: false }
}

/// Whether the phrase match `start..end` sits in `text` as `anchor` requires.
/// For a block too long for the rules: the best-ranked enabled family whose lead phrase (a
/// line-start phrase allowed in blocks longer than [`MAX_RULE_WORDS`], such as a consent
/// notice's "We use cookies") opens it. Only the block's start is scanned.
fn lead(compiled: &Compiled, text: &str, stats: &BlockStats, families: FamilySet) -> Option<Family> {
    let mut best: Option<Family> = None;
    let mut head = text.len().min(MAX_RULE_BYTES);
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    compiled.start_matches(text, groups(&text[..head]), |entry, start, end| {
        if let Entry::Phrase(family, anchor @ Anchor::Start(n)) = entry
            && n > MAX_RULE_WORDS
            && families.contains(family)
            && best.is_none_or(|b| family.rank() < b.rank())
            && anchored(text, start, end, anchor, stats)
        {
            best = Some(family);
        }
    });
    best
}

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

pub(crate) fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let glued_before = word(before) && word(first);
    let glued_after = word(after) && word(last);
    !glued_before && !glued_after
}

/// Marks alt text: a short line with no sentence punctuation right before a caption.
pub(crate) fn is_alt_text(stats: &BlockStats) -> bool {
    stats.words >= 2 && stats.words <= 14 && stats.sentence_ends == 0 && !stats.ends_with_colon
}

#[cfg(test)]
pub(crate) mod table {
    //! Shared runner for the families' tables of lines to remove and lines to keep.
    use super::*;
    use crate::lang::{self, Language};

    /// Asserts that every line of `remove` is judged `reason` and no line of `keep` is.
    pub(crate) fn check(reason: Reason, remove: &[&str], keep: &[&str]) {
        for line in remove {
            let got = judge_line(line);
            assert_eq!(got.as_ref().map(|h| &h.reason), Some(&reason), "should be {reason}: {line:?}");
        }
        for line in keep {
            let got = judge_line(line);
            assert_ne!(got.as_ref().map(|h| &h.reason), Some(&reason), "should not be {reason}: {line:?}");
        }
    }

    pub(crate) fn judge_line(line: &str) -> Option<Hit> {
        let language = lang::detect(line).unwrap_or(Language::English);
        let stats = BlockStats::compute(line, language);
        judge(line, &stats, FamilySet::ALL, &UserRules::default())
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

    #[test]
    fn word_tables_find_literals_where_words_begin() {
        let entry = Entry::Trigger(0);
        let (table, rest) = WordLiterals::build(vec![
            ("read more".to_owned(), entry),
            ("À lire".to_owned(), entry),
            ("相关阅读".to_owned(), entry),
            ("© 2024".to_owned(), entry),
        ]);
        assert_eq!(rest.len(), 1, "a literal that begins with a symbol has no first word");
        let found = |text: &str| {
            let mut spans = Vec::new();
            let present = table.matches(text, &mut |_, start, end| spans.push(text[start..end].to_owned()));
            (spans, present)
        };
        assert_eq!(found("READ MORE here").0, ["READ MORE"]);
        assert_eq!(found("— Read more").0, ["Read more"]);
        assert_eq!(found("À lire aussi").0, ["À lire"]);
        assert_eq!(found("相关阅读：").0, ["相关阅读"]);
        // Only where a word begins; the caller checks where it ends.
        assert!(found("reread more").0.is_empty());
        assert!(found("read").0.is_empty());
        let (_, present) = found("Größe 相关");
        assert_eq!(present, 1 | 1 << group('ö') | 1 << group('相'));
    }

    #[test]
    fn tables_compile() {
        let compiled = &*COMPILED;
        assert!(compiled.at_letter.literals.len() > 300);
        // Each tier's automaton holds what the next one does, and more.
        for pair in compiled.unanchored.windows(2) {
            assert!(pair[0].len() > pair[1].len());
        }
        assert!(compiled.triggered.len() <= 128, "the trigger bit set holds 128 patterns");
        // Triggered patterns compile on first use: every one must compile.
        for pattern in &compiled.triggered {
            assert!(
                RegexBuilder::new(pattern.source).dfa_size_limit(DFA_SIZE_LIMIT).build().is_ok(),
                "{}",
                pattern.source
            );
        }
        assert_eq!(compiled.untriggered.len(), compiled.untriggered_info.len());
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
                        if anchored(text, m.start(), m.end(), anchor, stats)
                            && best.is_none_or(|b| family.rank() < b.rank())
                        {
                            best = Some(family);
                        }
                    }
                    Entry::Trigger(index) => {
                        if stats.words <= compiled.triggered[index].max_words {
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
            for (index, pattern) in compiled.triggered.iter().enumerate() {
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
