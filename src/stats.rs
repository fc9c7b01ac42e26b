//! Per-block statistics, computed once in one pass over each block and shared by every filter.
//!
//! The pass runs before the page's language is known: it counts the stopwords of every language at
//! once (one hash lookup per word) and records each content word's stem, so that choosing the
//! language, classifying blocks and comparing their topics never reread the text.

use crate::lang::{self, Language, LanguageSet, STEM_CHARS, Tally, WordHash};
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
    /// Characters of scripts written without spaces between words (Han, hiragana, katakana): each
    /// carries about as much as a short word, so lengths and word counts take them into account.
    pub wide_chars: u32,
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
        measure(text, &mut Vec::new()).stats(Some(language))
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
        self.wide_chars += next.wide_chars;
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

    /// Length in characters with a character of a script written without spaces counted three
    /// times: about what the same text would take in a script with spaces, so length thresholds
    /// mean the same in Chinese as in English.
    pub fn weighted_chars(&self) -> u32 {
        self.chars.saturating_add(self.wide_chars.saturating_mul(2))
    }

    /// Words, with every character of a script written without spaces counted as one.
    pub fn weighted_words(&self) -> u32 {
        self.words.saturating_add(self.wide_chars)
    }

    /// Share of characters that are letters.
    pub fn letter_share(&self) -> f32 {
        ratio(self.letters, self.chars)
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

/// A paragraph this long, at least, is judged by its own language's stopwords when they are
/// clearly more than the page language's.
const OWN_LANGUAGE_CHARS: u32 = 200;

/// How many times the page language's stopwords a paragraph's own language must have.
const OWN_LANGUAGE_FACTOR: u32 = 3;

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
    /// The statistics with the stopwords of `language` counted (none when it is unknown).
    pub(crate) fn stats(&self, language: Option<Language>) -> BlockStats {
        let stopwords = language.map_or(0, |l| u32::from(self.stopwords[l.index()]));
        BlockStats { stopwords, ..self.stats }
    }

    /// The statistics with the stopwords of the language that has the most in the block: what
    /// reads as no language's prose in any of them (a line of code) has few.
    pub(crate) fn stats_any_language(&self) -> BlockStats {
        let stopwords = self.stopwords.iter().copied().max().map_or(0, u32::from);
        BlockStats { stopwords, ..self.stats }
    }

    /// The statistics a page in `language` judges the block by: the stopwords of `language`, or,
    /// for a long paragraph clearly written in another language with a list (a letter printed in
    /// three languages, a quotation left untranslated), the stopwords of its own language, so the
    /// paragraph reads as the prose it is.
    pub(crate) fn stats_on_page(&self, language: Option<Language>) -> BlockStats {
        let own = language.map_or(0, |l| u32::from(self.stopwords[l.index()]));
        let mut stats = BlockStats { stopwords: own, ..self.stats };
        if self.reads_as_prose() && stats.weighted_chars() >= OWN_LANGUAGE_CHARS {
            let best = self.stopwords.iter().copied().max().map_or(0, u32::from);
            if best >= own.saturating_mul(OWN_LANGUAGE_FACTOR).max(1) {
                stats.stopwords = best;
            }
        }
        stats
    }

    /// The block's words, a character of a script without spaces counted as one.
    pub(crate) fn weighted_words(&self) -> u32 {
        self.stats.weighted_words()
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
        s.weighted_chars() >= 60
            && s.weighted_words() >= 8
            && s.sentence_ends >= 1
            && s.digits * 10 < s.chars
            && marks * 10 < s.chars
    }
}

/// Measures `text` in one pass over its characters, appending its content words to `words`.
pub(crate) fn measure(text: &str, words: &mut Vec<Word>) -> Measured {
    let first_word = words.len();
    let mut stats = BlockStats::default();
    let mut stopwords = lang::EMPTY_TALLY;
    let mut gap = Gap { prev_space: true, pending_end: false };
    let mut at = 0;
    while let Some((c, class, len)) = next_char(text, at) {
        if class & WORD == 0 {
            gap.step(c, class, &mut stats);
            at += len;
            continue;
        }
        gap.pending_end = false;
        gap.prev_space = false;
        if class & UPPER != 0 {
            stats.capitalised_words += 1;
        }
        let word;
        (word, at) = read_word(text, at, (c, class, len), &mut stats);
        word.finish(&mut stats, &mut stopwords, words);
    }
    if gap.pending_end {
        stats.sentence_ends += 1;
    }
    let last = text.chars().rev().find(|c| !matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '*'));
    stats.ends_with_punctuation = last.is_some_and(is_sentence_end);
    stats.ends_with_colon = text.ends_with(':') || text.ends_with('：');
    stats.starts_lowercase = text.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
    Measured { stats, stopwords, words: first_word..words.len() }
}

/// What the scan remembers between words: whether the last character was a space, and whether a
/// sentence mark waits for a space to end a sentence.
struct Gap {
    prev_space: bool,
    pending_end: bool,
}

impl Gap {
    /// Counts a character between words: spaces end a pending sentence; sentence marks, commas
    /// and separators are counted.
    #[inline]
    fn step(&mut self, c: char, class: u8, stats: &mut BlockStats) {
        stats.chars += 1;
        if self.pending_end {
            if class & SPACE != 0 {
                stats.sentence_ends += 1;
            }
            self.pending_end = false;
        }
        if class & SPACE == 0 {
            stats.symbols += 1;
            if class & SENTENCE_END != 0 {
                // Scripts without spaces end a sentence with a full-width mark and go on without a
                // space.
                if matches!(c, '。' | '！' | '？' | '｡') {
                    stats.sentence_ends += 1;
                } else {
                    self.pending_end = true;
                }
            } else if c == ',' {
                stats.commas += 1;
            } else if class & SEPARATOR != 0 || (matches!(c, '>' | '/') && self.prev_space) {
                stats.separators += 1;
            }
        }
        self.prev_space = c == ' ';
    }
}

/// Reads the word that starts with `first` at byte `at` of `text` to its end, counting its
/// characters; returns the word and the byte after it.
#[inline]
fn read_word(text: &str, mut at: usize, first: (char, u8, usize), stats: &mut BlockStats) -> (WordState, usize) {
    let mut word = WordState { numeric: true, ..WordState::default() };
    let (mut c, mut class, mut len) = first;
    loop {
        stats.chars += 1;
        if class & LETTER != 0 {
            stats.letters += 1;
            if class & UPPER != 0 {
                stats.uppercase += 1;
            } else if class & WIDE != 0 {
                stats.wide_chars += 1;
            }
            word.numeric = false;
        } else if class & DIGIT != 0 {
            stats.digits += 1;
        } else {
            word.numeric = false;
        }
        word.len += 1;
        if c.is_ascii() {
            word.push(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(|lower| word.push(lower));
        }
        at += len;
        match next_char(text, at) {
            Some(next) if next.1 & WORD != 0 => (c, class, len) = next,
            _ => return (word, at),
        }
    }
}

/// The character at byte `at` of `text`, its class and its length in bytes. ASCII, most of the
/// text in most languages, is classified by table; other characters are decoded and asked.
#[inline(always)]
fn next_char(text: &str, at: usize) -> Option<(char, u8, usize)> {
    let byte = *text.as_bytes().get(at)?;
    if byte < 0x80 {
        Some((char::from(byte), ASCII[usize::from(byte)], 1))
    } else {
        let c = text.get(at..)?.chars().next()?;
        Some((c, classify(c), c.len_utf8()))
    }
}

/// The word being read by [`measure`].
#[derive(Default)]
struct WordState {
    /// Characters so far (0: between words).
    len: u32,
    /// Whether every character so far is an ASCII digit.
    numeric: bool,
    hash: WordHash,
    /// The hash after [`STEM_CHARS`] lowercase characters.
    stem: u64,
    lowercase_len: u32,
}

impl WordState {
    /// Adds one lowercase character to the word's hash (each word has a fresh state).
    #[inline]
    fn push(&mut self, lower: char) {
        self.hash.push(lower);
        self.lowercase_len += 1;
        if self.lowercase_len == STEM_CHARS {
            self.stem = self.hash.finish();
        }
    }

    /// Counts the word that just ended, if any.
    #[inline]
    fn finish(self, stats: &mut BlockStats, stopwords: &mut Tally, words: &mut Vec<Word>) {
        if self.len == 0 {
            return;
        }
        stats.words += 1;
        stats.word_chars += self.len;
        if self.numeric {
            stats.numeric_words += 1;
        } else {
            let hash = self.hash.finish();
            let languages = if self.len <= lang::LONGEST_STOPWORD {
                lang::stopword_languages(hash)
            } else {
                LanguageSet::default()
            };
            lang::count(stopwords, languages);
            if self.len >= 3 {
                let stem = if self.lowercase_len >= STEM_CHARS { self.stem } else { hash };
                words.push(Word { stem, stopword_in: languages });
            }
        }
    }
}

/// Character classes, as bit flags.
const WORD: u8 = 1;
const LETTER: u8 = 2;
const UPPER: u8 = 4;
const DIGIT: u8 = 8;
const SPACE: u8 = 16;
const SENTENCE_END: u8 = 32;
const SEPARATOR: u8 = 64;
/// A letter of a script written without spaces between words (with `UPPER` never set).
const WIDE: u8 = 128;

/// Marks that end a sentence, in the scripts dechaff reads: Latin, Greek and Cyrillic `.!?…`, the
/// full-width marks of Chinese and Japanese, the Arabic question mark and Urdu full stop, the
/// Devanagari danda, and the full stops of Armenian, Ethiopic, Myanmar and Khmer.
pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '｡' | '؟' | '۔' | '।' | '॥' | '։' | '።' | '။' | '፧' | '፨')
}

/// Whether `c` is a letter of a script written without spaces between words, whose characters each
/// carry about a word: Han ideographs, hiragana and katakana.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// Whether `c` is a combining mark that belongs inside a word: vowel signs and viramas of the
/// Indic and Southeast Asian scripts, Arabic and Hebrew vowel points, Latin combining accents,
/// joiners and the soft hyphen (a hyphenation point some pages keep inside every long word).
/// Not all of them are Alphabetic in Unicode, and a word must not break at them.
fn is_word_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0591}'..='\u{05C7}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}'
        | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0900}'..='\u{0DFF}' | '\u{0E00}'..='\u{0EFF}'
        | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}' | '\u{200C}' | '\u{200D}' | '\u{00AD}')
}

/// The class of every ASCII character. Words are runs of letters, digits and underscore; only
/// ASCII digits make a number; spaces are Unicode's White_Space.
const ASCII: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        table[i] = if b.is_ascii_uppercase() {
            WORD | LETTER | UPPER
        } else if b.is_ascii_lowercase() {
            WORD | LETTER
        } else if b.is_ascii_digit() {
            WORD | DIGIT
        } else if b == b'_' {
            WORD
        } else if matches!(b, 0x09..=0x0D | b' ') {
            SPACE
        } else if matches!(b, b'.' | b'!' | b'?') {
            SENTENCE_END
        } else if b == b'|' {
            SEPARATOR
        } else {
            0
        };
        i += 1;
    }
    table
};

/// The class of a non-ASCII character.
fn classify(c: char) -> u8 {
    if c.is_alphabetic() {
        WORD | LETTER
            | if c.is_uppercase() {
                UPPER
            } else if is_wide(c) {
                WIDE
            } else {
                0
            }
    } else if c.is_alphanumeric() {
        WORD
    } else if is_word_mark(c) && !is_sentence_end(c) && !matches!(c, '\u{104A}' | '\u{17D5}'..='\u{17DA}') {
        WORD | LETTER
    } else if c.is_whitespace() {
        SPACE
    } else if is_sentence_end(c) {
        SENTENCE_END
    } else if matches!(c, '·' | '•' | '»' | '›') {
        SEPARATOR
    } else {
        0
    }
}

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
    fn ascii_table_agrees_with_char_methods() {
        for b in 0u8..128 {
            let c = char::from(b);
            let class = ASCII[usize::from(b)];
            assert_eq!(class & WORD != 0, c.is_alphanumeric() || c == '_', "{b}");
            assert_eq!(class & LETTER != 0, c.is_alphabetic(), "{b}");
            assert_eq!(class & UPPER != 0, c.is_uppercase(), "{b}");
            assert_eq!(class & SPACE != 0, c.is_whitespace(), "{b}");
        }
    }

    #[test]
    fn counts_non_ascii_text() {
        let s = BlockStats::compute("Über 3 Straßen führt die Brücke… Sie ist 120 m lang.", Language::German);
        assert_eq!(s.words, 11);
        assert_eq!(s.numeric_words, 2);
        assert_eq!(s.capitalised_words, 4);
        assert_eq!(s.sentence_ends, 2);
        assert_eq!(s.uppercase, 4);
        assert!(s.stopwords >= 3, "{s:?}");
    }

    /// The statistics as the plain definition gives them, one `char` method call at a time: the
    /// table-driven pass must agree with it on any text.
    fn reference(text: &str, language: Language) -> BlockStats {
        let mut stats = BlockStats::default();
        let mut word = String::new();
        let mut word_len = 0u32;
        let mut numeric = true;
        let mut prev = ' ';
        let mut pending_end = false;
        let finish = |stats: &mut BlockStats, word: &mut String, len: &mut u32, numeric: &mut bool| {
            if *len > 0 {
                stats.words += 1;
                stats.word_chars += *len;
                if *numeric {
                    stats.numeric_words += 1;
                } else if *len <= lang::LONGEST_STOPWORD && language.is_stopword(word) {
                    stats.stopwords += 1;
                }
            }
            word.clear();
            *len = 0;
            *numeric = true;
        };
        // Marks inside words (not all Alphabetic), as documented on `is_word_mark`.
        let mark = |c: char| {
            matches!(c, '\u{0300}'..='\u{036F}' | '\u{0591}'..='\u{05C7}' | '\u{0610}'..='\u{061A}'
                | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0900}'..='\u{0DFF}'
                | '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}' | '\u{200C}' | '\u{200D}'
                | '\u{00AD}')
                && !matches!(c, '\u{0964}' | '\u{0965}' | '\u{104A}' | '\u{104B}' | '\u{17D4}'..='\u{17DA}')
        };
        let wide = |c: char| {
            matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{3400}'..='\u{4DBF}'
                | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
        };
        let ends = ['.', '!', '?', '…', '。', '！', '？', '｡', '؟', '۔', '।', '॥', '։', '።', '။', '፧', '፨', '។'];
        for c in text.chars() {
            stats.chars += 1;
            if pending_end {
                if c.is_whitespace() {
                    stats.sentence_ends += 1;
                }
                pending_end = false;
            }
            let letter = c.is_alphabetic() || (!c.is_alphanumeric() && mark(c));
            if c.is_alphanumeric() || c == '_' || letter {
                if word_len == 0 && c.is_alphabetic() && c.is_uppercase() {
                    stats.capitalised_words += 1;
                }
                if letter {
                    stats.letters += 1;
                    if c.is_alphabetic() && c.is_uppercase() {
                        stats.uppercase += 1;
                    } else if c.is_alphabetic() && wide(c) {
                        stats.wide_chars += 1;
                    }
                    numeric = false;
                } else if c.is_ascii_digit() {
                    stats.digits += 1;
                } else {
                    numeric = false;
                }
                word_len += 1;
                word.extend(c.to_lowercase());
            } else {
                finish(&mut stats, &mut word, &mut word_len, &mut numeric);
                if !c.is_whitespace() {
                    stats.symbols += 1;
                    match c {
                        '。' | '！' | '？' | '｡' => stats.sentence_ends += 1,
                        c if ends.contains(&c) => pending_end = true,
                        ',' => stats.commas += 1,
                        '|' | '·' | '•' | '»' | '›' => stats.separators += 1,
                        '>' | '/' if prev == ' ' => stats.separators += 1,
                        _ => {}
                    }
                }
            }
            prev = c;
        }
        finish(&mut stats, &mut word, &mut word_len, &mut numeric);
        if pending_end {
            stats.sentence_ends += 1;
        }
        let last = text.chars().rev().find(|c| !matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '*'));
        stats.ends_with_punctuation = last.is_some_and(|c| ends.contains(&c));
        stats.ends_with_colon = text.ends_with(':') || text.ends_with('：');
        stats.starts_lowercase = text.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
        stats
    }

    proptest::proptest! {
        #[test]
        fn pass_agrees_with_the_plain_definition(
            text in "(?s)[a-zA-Z0-9_ .,!?|/>:;'’\"()\\-\t\nÄÖÜäöüßÉéèçñ¿¡…·•»›–—\u{A0}\u{2003}Ⅸⅸ²٣İıǅ🙂。！？：漢字かなカナ한글कहि्।؟۔سَلام]{0,80}",
            language in proptest::sample::select(vec![Language::English, Language::German, Language::French, Language::Turkish]),
        ) {
            proptest::prop_assert_eq!(BlockStats::compute(&text, language), reference(&text, language), "{:?}", text);
        }

        #[test]
        fn pass_agrees_on_any_string(text in ".{0,60}") {
            proptest::prop_assert_eq!(BlockStats::compute(&text, Language::English), reference(&text, Language::English));
        }
    }

    #[test]
    fn abbreviations_inside_words_are_not_sentence_ends() {
        let s = BlockStats::compute("U.S. officials met at 3.5 p.m. today", Language::English);
        assert_eq!(s.sentence_ends, 2); // "U.S. " and "p.m. "
        assert!(!s.ends_with_punctuation);
    }
}
