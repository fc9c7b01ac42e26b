//! Per-block statistics, computed once in one pass over each block and shared by every filter.
//!
//! The pass runs before the page's language is known: it counts the stopwords of every language at
//! once (one hash lookup per word) and records each content word's stem, so that choosing the
//! language, classifying blocks and comparing their topics never reread the text.

use crate::lang::{self, Language, LanguageSet, Tally, WordHash};
use std::ops::Range;

/// Numbers describing one block's text: how much language it holds and what shape it has.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct BlockStats {
    /// Characters (Unicode scalar values).
    pub chars: u32,
    /// Words: runs of letters, digits and underscore.
    pub words: u32,
    /// Words found in the document language's stopword list.
    pub stopwords: u32,
    /// Letters.
    pub letters: u32,
    /// Uppercase letters.
    pub uppercase: u32,
    /// Decimal digits.
    pub digits: u32,
    /// Characters that are neither letters, digits nor whitespace.
    pub symbols: u32,
    /// Words that start with an uppercase letter.
    pub capitalised_words: u32,
    /// Words made only of digits.
    pub numeric_words: u32,
    /// Sentence-ending marks (`.`, `!`, `?`, `…` and their CJK forms) followed by a space or the end.
    pub sentence_ends: u32,
    /// Link-row separators: `|`, `·`, `•`, `>`, `»`, `›`, `/` surrounded by spaces.
    pub separators: u32,
    /// Commas.
    pub commas: u32,
    /// Total characters in words, for the mean word length.
    pub word_chars: u32,
    /// The block ends with sentence punctuation (possibly followed by a closing quote or bracket).
    pub ends_with_punctuation: bool,
    /// The block ends with a colon.
    pub ends_with_colon: bool,
    /// The block's first letter is lowercase (a line that continues a sentence).
    pub starts_lowercase: bool,
}

impl BlockStats {
    /// Computes the statistics of `text`, counting stopwords of `language`.
    pub fn compute(text: &str, language: Language) -> Self {
        measure(text, &mut Vec::new()).stats(language)
    }

    /// Adds the counts of the block that follows this one, as if they were one block (the lines of
    /// a hard-wrapped paragraph). Shape flags come from the later block.
    pub fn absorb(&mut self, next: &BlockStats) {
        self.chars += next.chars + 1;
        self.words += next.words;
        self.stopwords += next.stopwords;
        self.letters += next.letters;
        self.uppercase += next.uppercase;
        self.digits += next.digits;
        self.symbols += next.symbols;
        self.capitalised_words += next.capitalised_words;
        self.numeric_words += next.numeric_words;
        self.sentence_ends += next.sentence_ends;
        self.separators += next.separators;
        self.commas += next.commas;
        self.word_chars += next.word_chars;
        self.ends_with_punctuation = next.ends_with_punctuation;
        self.ends_with_colon = next.ends_with_colon;
    }

    /// Share of words that are stopwords (0 for a block without words).
    pub fn stopword_density(&self) -> f32 {
        ratio(self.stopwords, self.words)
    }

    /// Share of words that start with a capital letter.
    pub fn capitalised_share(&self) -> f32 {
        ratio(self.capitalised_words, self.words - self.numeric_words.min(self.words))
    }

    /// Share of letters that are uppercase.
    pub fn uppercase_share(&self) -> f32 {
        ratio(self.uppercase, self.letters)
    }

    /// Share of characters that are digits.
    pub fn digit_share(&self) -> f32 {
        ratio(self.digits, self.chars)
    }

    /// Mean length of a word in characters.
    pub fn mean_word_length(&self) -> f32 {
        ratio(self.word_chars, self.words)
    }

    /// Whether every letter is uppercase (and there are at least a few letters).
    pub fn is_all_caps(&self) -> bool {
        self.letters >= 4 && self.uppercase == self.letters
    }
}

/// A word of three characters or more that is not a number, as the filters that compare topics
/// see it: the hash of its stem (its first six lowercase characters, so "council", "councils" and
/// "councillor" meet) and the languages that list it as a stopword.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    pub(crate) stem: u64,
    pub(crate) stopword_in: LanguageSet,
}

/// A block measured before its page's language is known: the statistics with the stopwords of
/// every language counted, and where its words are in the page's word list.
#[derive(Clone, Debug)]
pub(crate) struct Measured {
    stats: BlockStats,
    stopwords: Tally,
    /// The block's [`Word`]s, as a range of the list [`measure`] appended them to.
    pub(crate) words: Range<usize>,
}

impl Measured {
    /// The statistics with the stopwords of `language`.
    pub(crate) fn stats(&self, language: Language) -> BlockStats {
        BlockStats { stopwords: self.stopwords[language.index()], ..self.stats }
    }

    /// The stopwords found per language.
    pub(crate) fn stopwords(&self) -> &Tally {
        &self.stopwords
    }

    /// Whether the block reads as prose (eight words or more, a sentence, few digits and symbols):
    /// the blocks a page's language is judged by. The longest block of a page can be a country
    /// drop-down or a code listing.
    pub(crate) fn reads_as_prose(&self) -> bool {
        let s = &self.stats;
        let marks = s.symbols.saturating_sub(s.commas + s.sentence_ends);
        s.chars >= 60 && s.words >= 8 && s.sentence_ends >= 1 && s.digits * 10 < s.chars && marks * 10 < s.chars
    }
}

/// Measures `text` in one pass over its characters, appending its content words to `words`.
pub(crate) fn measure(text: &str, words: &mut Vec<Word>) -> Measured {
    let first_word = words.len();
    let mut stats = BlockStats::default();
    let mut stopwords = Tally::default();
    // The word being read: its length, whether it is all digits, and its lowercase hash.
    let mut word_len = 0u32;
    let mut word_numeric = true;
    let mut hash = WordHash::default();
    let mut stem = 0u64;
    let mut lowercase_len = 0u32;
    let mut prev: char = ' ';
    let mut pending_end = false;
    let mut finish_word = |stats: &mut BlockStats,
                           len: &mut u32,
                           numeric: &mut bool,
                           hash: &mut WordHash,
                           stem: u64,
                           lowercase_len: &mut u32| {
        if *len > 0 {
            stats.words += 1;
            stats.word_chars += *len;
            if *numeric {
                stats.numeric_words += 1;
            } else {
                let languages = if *len <= lang::LONGEST_STOPWORD {
                    lang::stopword_languages(hash.finish())
                } else {
                    LanguageSet::default()
                };
                lang::count(&mut stopwords, languages);
                if *len >= 3 {
                    let stem = if *lowercase_len >= STEM_CHARS { stem } else { hash.finish() };
                    words.push(Word { stem, stopword_in: languages });
                }
            }
        }
        *len = 0;
        *numeric = true;
        *hash = WordHash::default();
        *lowercase_len = 0;
    };
    for c in text.chars() {
        stats.chars += 1;
        if pending_end {
            if c.is_whitespace() {
                stats.sentence_ends += 1;
            }
            pending_end = false;
        }
        if c.is_alphanumeric() || c == '_' {
            if word_len == 0 && c.is_uppercase() {
                stats.capitalised_words += 1;
            }
            if c.is_alphabetic() {
                stats.letters += 1;
                if c.is_uppercase() {
                    stats.uppercase += 1;
                }
                word_numeric = false;
            } else if c.is_ascii_digit() {
                stats.digits += 1;
            } else {
                word_numeric = false;
            }
            word_len += 1;
            if c.is_ascii() {
                hash.push(c.to_ascii_lowercase());
                lowercase_len += 1;
                if lowercase_len == STEM_CHARS {
                    stem = hash.finish();
                }
            } else {
                for lower in c.to_lowercase() {
                    hash.push(lower);
                    lowercase_len += 1;
                    if lowercase_len == STEM_CHARS {
                        stem = hash.finish();
                    }
                }
            }
        } else {
            finish_word(&mut stats, &mut word_len, &mut word_numeric, &mut hash, stem, &mut lowercase_len);
            if !c.is_whitespace() {
                stats.symbols += 1;
                match c {
                    '.' | '!' | '?' | '…' | '。' | '！' | '？' => pending_end = true,
                    ',' => stats.commas += 1,
                    '|' | '·' | '•' | '»' | '›' => stats.separators += 1,
                    '>' | '/' if prev == ' ' => stats.separators += 1,
                    _ => {}
                }
            }
        }
        prev = c;
    }
    finish_word(&mut stats, &mut word_len, &mut word_numeric, &mut hash, stem, &mut lowercase_len);
    if pending_end {
        stats.sentence_ends += 1;
    }
    let last = text.chars().rev().find(|c| !matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '*'));
    stats.ends_with_punctuation = matches!(last, Some('.' | '!' | '?' | '…' | '。' | '！' | '？'));
    stats.ends_with_colon = text.ends_with(':');
    stats.starts_lowercase = text.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
    Measured { stats, stopwords, words: first_word..words.len() }
}

/// How many lowercase characters of a word make its stem.
const STEM_CHARS: u32 = 6;

fn ratio(part: u32, whole: u32) -> f32 {
    if whole == 0 { 0.0 } else { part as f32 / whole as f32 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_a_sentence() {
        let s = BlockStats::compute("The Cat sat on the mat. It was 42 years old!", Language::English);
        assert_eq!(s.words, 11);
        assert_eq!(s.numeric_words, 1);
        assert_eq!(s.sentence_ends, 2);
        assert_eq!(s.capitalised_words, 3);
        assert!(s.ends_with_punctuation);
        assert!(s.stopword_density() > 0.4);
    }

    #[test]
    fn counts_separators_and_caps() {
        let s = BlockStats::compute("Home | News | SPORT > Football", Language::English);
        assert_eq!(s.separators, 3);
        assert!(!s.ends_with_punctuation);
        assert!(!s.is_all_caps());
        assert!(BlockStats::compute("READ MORE", Language::English).is_all_caps());
        assert_eq!(BlockStats::compute("", Language::English), BlockStats::default());
    }

    #[test]
    fn abbreviations_inside_words_are_not_sentence_ends() {
        let s = BlockStats::compute("U.S. officials met at 3.5 p.m. today", Language::English);
        assert_eq!(s.sentence_ends, 2); // "U.S. " and "p.m. "
        assert!(!s.ends_with_punctuation);
    }
}
