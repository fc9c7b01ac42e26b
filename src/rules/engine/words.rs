//! Literals that begin with a word, looked up by that word.

use super::automata::group;
use super::compiled::Entry;
use rustc_hash::FxHashMap;

/// Literals that begin with a letter or a digit, looked up by their first word. They match only
/// where a word begins (a letter glued before them would join the word), so a text is read one
/// word at a time with a hash lookup each, instead of one automaton step per byte: the automata
/// for many scripts' phrases are too large for the CPU caches.
#[derive(Default)]
pub(super) struct WordLiterals {
    /// The key of each literal's first word (see [`word_key`]), and which literals begin with it.
    by_first_word: FxHashMap<u64, Vec<u32>>,
    /// A bit for each key's top 16 bits: most words of a text are not a key, and this small
    /// table, unlike the map, stays in the fastest cache.
    maybe: Vec<u64>,
    pub(super) literals: Vec<(Box<[u8]>, Entry)>,
}

/// A hash of a word's bytes with ASCII letters lowercased: two words that differ only in ASCII
/// case get the same key; other words rarely do, and a candidate is always compared byte by byte.
/// A word of up to eight ASCII bytes, most words, is read as one number.
pub(super) fn word_key(word: &[u8]) -> u64 {
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
pub(super) fn first_word(text: &str) -> &str {
    text.find(|c: char| !c.is_alphanumeric()).map_or(text, |end| &text[..end])
}

impl WordLiterals {
    /// Splits `literals` into those a word table holds and the rest.
    pub(super) fn build(literals: Vec<(String, Entry)>) -> (WordLiterals, Vec<(String, Entry)>) {
        // Sized once: growing the map rehashed every key again.
        let mut table = WordLiterals {
            by_first_word: FxHashMap::with_capacity_and_hasher(literals.len(), Default::default()),
            literals: Vec::with_capacity(literals.len()),
            ..WordLiterals::default()
        };
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
    pub(super) fn at(&self, text: &str, start: usize, key: u64, found: &mut impl FnMut(Entry, usize, usize)) {
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
    /// characters `text` has (see [`groups`](super::automata::groups)).
    pub(super) fn matches(&self, text: &str, found: &mut impl FnMut(Entry, usize, usize)) -> u8 {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
