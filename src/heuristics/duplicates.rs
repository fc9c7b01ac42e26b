//! Repeated blocks: a block whose text already appeared in the kept text is dropped, so the first
//! body occurrence stays. This covers summaries repeated in footers and pull quotes that repeat a
//! quotation of the article (or a whole short paragraph, give or take its punctuation).

use rustc_hash::FxHashSet;
use std::hash::{Hash, Hasher};

/// Fragments shorter than this many words are not remembered: short sentences ("Yes.") repeat
/// legitimately.
const MIN_FRAGMENT_WORDS: usize = 5;

/// A block of more than this many words is never a pull quote.
const MAX_PULL_QUOTE_WORDS: usize = 40;

/// Nor is a block longer than this many bytes (40 long words).
const MAX_PULL_QUOTE_BYTES: usize = 600;

/// Given the text and kept flag of every block in order, returns the indices of kept blocks that
/// repeat an earlier kept block, or one of its quotations. Blocks of fewer than
/// `min_chars` characters (list bullets, short headings that may legitimately repeat) are left
/// alone. Linear in the input: each block is split once and looked up in a hash set.
pub(crate) fn find_repeats<'a>(blocks: impl Iterator<Item = (&'a str, bool)>, min_chars: usize) -> Vec<usize> {
    // Whole blocks by their core, and quotations of at least MIN_FRAGMENT_WORDS words. A block
    // adds one core at most: the set is sized once, not grown a page at a time.
    let mut seen: FxHashSet<&str> = FxHashSet::with_capacity_and_hasher(blocks.size_hint().0, Default::default());
    let mut quotes: FxHashSet<&str> = FxHashSet::default();
    let mut repeats = Vec::new();
    for (i, (text, kept)) in blocks.enumerate() {
        if !kept || text.len() < min_chars {
            continue;
        }
        let core = core(text);
        // A pull quote is short: only a short block that repeats a quotation is worth counting
        // words in.
        let pull_quote = !quotes.is_empty()
            && core.len() <= MAX_PULL_QUOTE_BYTES
            && quotes.contains(core)
            && (MIN_FRAGMENT_WORDS..=MAX_PULL_QUOTE_WORDS).contains(&core.split_whitespace().count());
        if !seen.insert(core) || pull_quote {
            repeats.push(i);
            continue;
        }
        for quote in quotations(text) {
            let quote = self::core(quote);
            if quote.split_whitespace().nth(MIN_FRAGMENT_WORDS - 1).is_some() {
                quotes.insert(quote);
            }
        }
    }
    repeats
}

/// What the repeat check reads of a block, taken once a page: its core and the quotations in it
/// worth remembering, each with its hash. The passes over a page look the same blocks up again
/// and again.
pub(crate) struct Fingerprint<'a> {
    /// The block's length in bytes.
    len: usize,
    core: Keyed<'a>,
    /// The block's quotations of at least [`MIN_FRAGMENT_WORDS`] words, by their core.
    quotes: Vec<Keyed<'a>>,
}

impl<'a> Fingerprint<'a> {
    /// The fingerprint of the block `text`.
    pub(crate) fn of(text: &'a str) -> Self {
        let quotes = quotations(text)
            .map(core)
            .filter(|quote| quote.split_whitespace().nth(MIN_FRAGMENT_WORDS - 1).is_some())
            .map(Keyed::new)
            .collect();
        Fingerprint { len: text.len(), core: Keyed::new(core(text)), quotes }
    }
}

/// A text with its hash, computed once: a set of them hashes each text once a page, not once a
/// lookup.
#[derive(Clone, Copy)]
struct Keyed<'a> {
    hash: u64,
    text: &'a str,
}

impl<'a> Keyed<'a> {
    fn new(text: &'a str) -> Self {
        let mut hasher = rustc_hash::FxHasher::default();
        text.hash(&mut hasher);
        Keyed { hash: hasher.finish(), text }
    }
}

impl PartialEq for Keyed<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for Keyed<'_> {}

impl Hash for Keyed<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

/// [`find_repeats`] of blocks whose fingerprints were taken before, as the passes over a page
/// ask it. (The check of a whole long page, across its parts, reads the texts: its set of
/// `Keyed` cores would take half as much memory again as one of texts.)
pub(crate) fn find_repeats_of<'p, 'a: 'p>(
    blocks: impl Iterator<Item = (&'p Fingerprint<'a>, bool)>,
    min_chars: usize,
) -> Vec<usize> {
    // Whole blocks by their core, and quotations of at least MIN_FRAGMENT_WORDS words. A block
    // adds one core at most: the set is sized once, not grown a page at a time.
    let mut seen: FxHashSet<Keyed> = FxHashSet::with_capacity_and_hasher(blocks.size_hint().0, Default::default());
    let mut quotes: FxHashSet<Keyed> = FxHashSet::default();
    let mut repeats = Vec::new();
    for (i, (print, kept)) in blocks.enumerate() {
        if !kept || print.len < min_chars {
            continue;
        }
        let core = print.core;
        // A pull quote is short: only a short block that repeats a quotation is worth counting
        // words in.
        let pull_quote = !quotes.is_empty()
            && core.text.len() <= MAX_PULL_QUOTE_BYTES
            && quotes.contains(&core)
            && (MIN_FRAGMENT_WORDS..=MAX_PULL_QUOTE_WORDS).contains(&core.text.split_whitespace().count());
        if !seen.insert(core) || pull_quote {
            repeats.push(i);
            continue;
        }
        quotes.extend(print.quotes.iter().copied());
    }
    repeats
}

/// The fewest lines of a menu found by its copies.
const MENU_LINES: usize = 6;

/// A menu item is at most this many words.
const MENU_ITEM_WORDS: u32 = 4;

/// Menus repeated on a page: a run of kept lines of a few words each, no sentence among them, a
/// good share of which stand in another such run on the page too (a menu printed for the desktop
/// and again for phones, a footer repeating the header's sections). The copy the repeat check
/// leaves is still a menu; a table of contents, whose lines come again as headings between
/// paragraphs, is not. Returns the lines of such runs.
pub(crate) fn find_repeated_menus(texts: &[&str], stats: &[crate::stats::BlockStats], kept: &[bool]) -> Vec<usize> {
    let shaped = |i: usize| stats[i].words >= 1 && stats[i].words <= MENU_ITEM_WORDS && !stats[i].ends_with_punctuation;
    let n = texts.len();
    // Runs of menu-shaped lines, kept or not.
    let mut runs = Vec::new();
    let mut i = 0;
    while i < n {
        let start = i;
        while i < n && shaped(i) {
            i += 1;
        }
        if i - start >= MENU_COPY_LINES {
            runs.push(start..i);
        }
        i = i.max(start + 1);
    }
    let mut menus = Vec::new();
    let mut counts: Option<rustc_hash::FxHashMap<&str, u32>> = None;
    for run in &runs {
        // The kept stretches of the run.
        let mut j = run.start;
        while j < run.end {
            let start = j;
            while j < run.end && kept[j] {
                j += 1;
            }
            if j - start >= MENU_LINES {
                let counts = counts.get_or_insert_with(|| {
                    let mut counts = rustc_hash::FxHashMap::default();
                    for k in runs.iter().flat_map(Clone::clone) {
                        *counts.entry(core(texts[k])).or_insert(0) += 1;
                    }
                    counts
                });
                let repeated = (start..j).filter(|&k| counts.get(core(texts[k])).is_some_and(|&c| c > 1)).count();
                if repeated as f32 >= MENU_REPEATED * (j - start) as f32 {
                    menus.extend(start..j);
                }
            }
            j = j.max(start + 1);
        }
    }
    menus
}

/// Share of a menu's lines that stand in another copy.
const MENU_REPEATED: f32 = 0.4;

/// The fewest lines of a run that can be a menu's other copy.
const MENU_COPY_LINES: usize = 3;

/// The text without the punctuation, quotes and spaces around it.
fn core(text: &str) -> &str {
    text.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Quoted passages: text between “ ”, « », „ “ or straight double quotes. The scan jumps between
/// the bytes quote marks start with (`"`, and the lead bytes of the typographic ones), so a block
/// without quotes costs one memchr pass.
fn quotations(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let (open_at, open) = next_quote(rest)?;
        let close = match open {
            '«' => '»',
            '"' => '"',
            _ => '“',
        };
        let after = &rest[open_at + open.len_utf8()..];
        let end = after.find(|c: char| c == close || (open == '“' && c == '”'))?;
        let quote = &after[..end];
        let tail = &after[end..];
        rest = &tail[tail.chars().next().map_or(0, char::len_utf8)..];
        Some(quote)
    })
}

/// The first opening quote mark in `text` and its byte offset.
fn next_quote(text: &str) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(offset) = memchr::memchr3(b'"', 0xE2, 0xC2, &bytes[from..]) {
        let at = from + offset;
        // Every candidate byte starts a character, so `at` is a char boundary.
        if let Some(c) = text[at..].chars().next().filter(|c| matches!(c, '“' | '«' | '„' | '"')) {
            return Some((at, c));
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_first_kept_occurrence() {
        let blocks = [
            ("A summary sentence of the story.", false),
            ("A summary sentence of the story.", true),
            ("Other text that is long enough.", true),
            ("A summary sentence of the story.", true),
            ("Step", true),
            ("Step", true),
        ];
        assert_eq!(find_repeats(blocks.into_iter(), 10), vec![3]);
        assert_eq!(by_fingerprints(&blocks), vec![3]);
    }

    /// What the passes find, from the blocks' fingerprints.
    fn by_fingerprints(blocks: &[(&str, bool)]) -> Vec<usize> {
        let prints: Vec<Fingerprint> = blocks.iter().map(|(text, _)| Fingerprint::of(text)).collect();
        find_repeats_of(prints.iter().zip(blocks.iter().map(|(_, kept)| *kept)), 10)
    }

    #[test]
    fn pull_quotes_repeat_a_quotation_or_a_paragraph() {
        let blocks = [
            ("The mayor spoke first. “We will rebuild the bridge before winter,” she said on Monday.", true),
            ("The council then voted on the budget for the coming year.", true),
            ("“We will rebuild the bridge before winter”", true),
            ("The council then voted on the budget for the coming year", true),
            ("We will rebuild.", true),
            ("The council then voted", true),
        ];
        // The quotation and the bare sentence repeat; a short sentence and a fragment do not.
        assert_eq!(find_repeats(blocks.into_iter(), 10), vec![2, 3]);
        assert_eq!(by_fingerprints(&blocks), vec![2, 3]);
    }

    #[test]
    fn quotation_marks_of_several_languages() {
        let text = "He said \"one two\", then «trois quatre», „fünf sechs“ and “seven eight” — café.";
        let quotes: Vec<&str> = quotations(text).collect();
        assert_eq!(quotes, ["one two", "trois quatre", "fünf sechs", "seven eight"]);
        assert_eq!(quotations("no quotes — only dashes, “unclosed").count(), 0);
    }

    #[test]
    fn menus_with_a_copy_elsewhere_go_but_not_a_table_of_contents() {
        use crate::lang::Language;
        use crate::stats::BlockStats;
        let judge = |lines: &[&str], kept: &[bool]| {
            let stats: Vec<BlockStats> = lines.iter().map(|l| BlockStats::compute(l, Language::English)).collect();
            find_repeated_menus(lines, &stats, kept)
        };
        let paragraph = "The council met on Monday and agreed to keep the ferry running through the winter.";
        let menu = ["News", "Sport", "Weather", "Travel", "Culture", "Contact us"];
        let mut lines = menu.to_vec();
        lines.push(paragraph);
        lines.extend(["Home", "News", "Sport", "Weather"]);
        let mut kept = vec![true; lines.len()];
        assert_eq!(judge(&lines, &kept), (0..6).collect::<Vec<_>>());
        // The copy removed already (as a duplicate) still tells.
        kept[8..].fill(false);
        assert_eq!(judge(&lines, &kept), (0..6).collect::<Vec<_>>());
        // A table of contents whose lines come again as headings between paragraphs stays.
        let mut lines = menu.to_vec();
        for heading in menu {
            lines.extend([paragraph, heading]);
        }
        assert_eq!(judge(&lines, &vec![true; lines.len()]), Vec::<usize>::new());
        // So does a list of short lines found nowhere else.
        let list = ["Flour", "Sugar", "Butter", "Two eggs", "Milk", "Salt", paragraph];
        assert_eq!(judge(&list, &[true; 7]), Vec::<usize>::new());
    }
}
