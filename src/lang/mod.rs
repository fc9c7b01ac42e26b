//! Language detection and stopword lists.
//!
//! The lists come from the [`stop_words`] crate: NLTK's lists where NLTK has one (they are short and
//! close to what jusText uses), the stopwords-iso list otherwise. A page's language is the one whose
//! list finds the most stopwords in its prose: the heuristics only need the list that describes the
//! page best, and counting costs one hash lookup per word, which the statistics pass does anyway.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// A language dechaff has stopwords for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// English
    English,
    /// German
    German,
    /// French
    French,
    /// Spanish
    Spanish,
    /// Italian
    Italian,
    /// Portuguese
    Portuguese,
    /// Dutch
    Dutch,
    /// Swedish
    Swedish,
    /// Danish
    Danish,
    /// Norwegian
    Norwegian,
    /// Finnish
    Finnish,
    /// Polish
    Polish,
    /// Czech
    Czech,
    /// Russian
    Russian,
    /// Turkish
    Turkish,
    /// Arabic
    Arabic,
    /// Bulgarian
    Bulgarian,
    /// Catalan
    Catalan,
    /// Croatian
    Croatian,
    /// Greek
    Greek,
    /// Hebrew
    Hebrew,
    /// Hindi
    Hindi,
    /// Hungarian
    Hungarian,
    /// Indonesian
    Indonesian,
    /// Malay
    Malay,
    /// Persian
    Persian,
    /// Romanian
    Romanian,
    /// Slovak
    Slovak,
    /// Slovenian
    Slovenian,
    /// Ukrainian
    Ukrainian,
    /// Vietnamese
    Vietnamese,
    /// Bengali
    Bengali,
    /// Urdu
    Urdu,
    /// Estonian
    Estonian,
    /// Latvian
    Latvian,
    /// Lithuanian
    Lithuanian,
    /// Tagalog
    Tagalog,
    /// Swahili
    Swahili,
    /// Afrikaans
    Afrikaans,
    /// Basque
    Basque,
    /// Galician
    Galician,
    /// Marathi
    Marathi,
    /// Nepali
    Nepali,
    /// Azerbaijani
    Azerbaijani,
    /// Albanian
    Albanian,
}

const ALL: [Language; 45] = [
    Language::English,
    Language::German,
    Language::French,
    Language::Spanish,
    Language::Italian,
    Language::Portuguese,
    Language::Dutch,
    Language::Swedish,
    Language::Danish,
    Language::Norwegian,
    Language::Finnish,
    Language::Polish,
    Language::Czech,
    Language::Russian,
    Language::Turkish,
    Language::Arabic,
    Language::Bulgarian,
    Language::Catalan,
    Language::Croatian,
    Language::Greek,
    Language::Hebrew,
    Language::Hindi,
    Language::Hungarian,
    Language::Indonesian,
    Language::Malay,
    Language::Persian,
    Language::Romanian,
    Language::Slovak,
    Language::Slovenian,
    Language::Ukrainian,
    Language::Vietnamese,
    Language::Bengali,
    Language::Urdu,
    Language::Estonian,
    Language::Latvian,
    Language::Lithuanian,
    Language::Tagalog,
    Language::Swahili,
    Language::Afrikaans,
    Language::Basque,
    Language::Galician,
    Language::Marathi,
    Language::Nepali,
    Language::Azerbaijani,
    Language::Albanian,
];

impl Language {
    /// Every language dechaff has stopwords for.
    pub const ALL: [Language; 45] = ALL;

    /// The ISO 639-1 code ("en", "de", ...).
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::Italian => "it",
            Language::Portuguese => "pt",
            Language::Dutch => "nl",
            Language::Swedish => "sv",
            Language::Danish => "da",
            Language::Norwegian => "no",
            Language::Finnish => "fi",
            Language::Polish => "pl",
            Language::Czech => "cs",
            Language::Russian => "ru",
            Language::Turkish => "tr",
            Language::Arabic => "ar",
            Language::Bulgarian => "bg",
            Language::Catalan => "ca",
            Language::Croatian => "hr",
            Language::Greek => "el",
            Language::Hebrew => "he",
            Language::Hindi => "hi",
            Language::Hungarian => "hu",
            Language::Indonesian => "id",
            Language::Malay => "ms",
            Language::Persian => "fa",
            Language::Romanian => "ro",
            Language::Slovak => "sk",
            Language::Slovenian => "sl",
            Language::Ukrainian => "uk",
            Language::Vietnamese => "vi",
            Language::Bengali => "bn",
            Language::Urdu => "ur",
            Language::Estonian => "et",
            Language::Latvian => "lv",
            Language::Lithuanian => "lt",
            Language::Tagalog => "tl",
            Language::Swahili => "sw",
            Language::Afrikaans => "af",
            Language::Basque => "eu",
            Language::Galician => "gl",
            Language::Marathi => "mr",
            Language::Nepali => "ne",
            Language::Azerbaijani => "az",
            Language::Albanian => "sq",
        }
    }

    /// The language's English name ("English", "German", ...).
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "German",
            Language::French => "French",
            Language::Spanish => "Spanish",
            Language::Italian => "Italian",
            Language::Portuguese => "Portuguese",
            Language::Dutch => "Dutch",
            Language::Swedish => "Swedish",
            Language::Danish => "Danish",
            Language::Norwegian => "Norwegian",
            Language::Finnish => "Finnish",
            Language::Polish => "Polish",
            Language::Czech => "Czech",
            Language::Russian => "Russian",
            Language::Turkish => "Turkish",
            Language::Arabic => "Arabic",
            Language::Bulgarian => "Bulgarian",
            Language::Catalan => "Catalan",
            Language::Croatian => "Croatian",
            Language::Greek => "Greek",
            Language::Hebrew => "Hebrew",
            Language::Hindi => "Hindi",
            Language::Hungarian => "Hungarian",
            Language::Indonesian => "Indonesian",
            Language::Malay => "Malay",
            Language::Persian => "Persian",
            Language::Romanian => "Romanian",
            Language::Slovak => "Slovak",
            Language::Slovenian => "Slovenian",
            Language::Ukrainian => "Ukrainian",
            Language::Vietnamese => "Vietnamese",
            Language::Bengali => "Bengali",
            Language::Urdu => "Urdu",
            Language::Estonian => "Estonian",
            Language::Latvian => "Latvian",
            Language::Lithuanian => "Lithuanian",
            Language::Tagalog => "Tagalog",
            Language::Swahili => "Swahili",
            Language::Afrikaans => "Afrikaans",
            Language::Basque => "Basque",
            Language::Galician => "Galician",
            Language::Marathi => "Marathi",
            Language::Nepali => "Nepali",
            Language::Azerbaijani => "Azerbaijani",
            Language::Albanian => "Albanian",
        }
    }

    pub(crate) fn index(self) -> usize {
        // The enum's variants are declared in the order of `ALL`.
        self as usize
    }

    /// Whether `lowercase_word` is a stopword of this language.
    #[cfg(test)]
    pub(crate) fn is_stopword(self, lowercase_word: &str) -> bool {
        stopword_languages(WordHash::of(lowercase_word)).contains(self)
    }
}

impl std::str::FromStr for Language {
    type Err = crate::Error;

    /// Parses an ISO 639-1 code or an English name, in any case.
    ///
    /// ```
    /// use dechaff::Language;
    /// assert_eq!("de".parse::<Language>(), Ok(Language::German));
    /// assert_eq!("german".parse::<Language>(), Ok(Language::German));
    /// assert!("ja".parse::<Language>().is_err());
    /// ```
    fn from_str(name: &str) -> Result<Language, crate::Error> {
        ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(name) || l.name().eq_ignore_ascii_case(name)).ok_or_else(
            || crate::Error::UnknownName {
                kind: "language",
                name: name.to_owned(),
                expected: ALL.iter().map(|l| l.code()).collect::<Vec<_>>().join(", "),
            },
        )
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A set of languages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct LanguageSet(u64);

impl LanguageSet {
    pub(crate) fn contains(self, language: Language) -> bool {
        self.0 & (1 << language.index()) != 0
    }

    /// Whether a word in this set is a stopword of `language`, or of any language when the page's
    /// language is unknown.
    pub(crate) fn contains_or_any(self, language: Option<Language>) -> bool {
        match language {
            Some(language) => self.contains(language),
            None => self.0 != 0,
        }
    }

    fn insert(&mut self, language: Language) {
        self.0 |= 1 << language.index();
    }
}

/// Stopwords found per language, indexed like [`ALL`] (saturating: a block long enough to count
/// 65,535 stopwords is prose whatever the exact count).
pub(crate) type Tally = [u16; ALL.len()];

/// A tally with no stopwords counted.
pub(crate) const EMPTY_TALLY: Tally = [0; ALL.len()];

/// Adds one occurrence of a word that is a stopword of `languages` to `tally`.
pub(crate) fn count(tally: &mut Tally, languages: LanguageSet) {
    let mut bits = languages.0;
    while bits != 0 {
        let slot = &mut tally[bits.trailing_zeros() as usize];
        *slot = slot.saturating_add(1);
        bits &= bits - 1;
    }
}

/// Characters of a word that make its stem (so "council", "councils" and "councillor" meet).
pub(crate) const STEM_CHARS: u32 = 6;

/// A word's identity for stopword lookup, hashed one lowercase character at a time, so the
/// statistics pass never builds the lowercase word.
#[derive(Clone, Copy, Debug)]
pub(crate) struct WordHash(u64);

impl Default for WordHash {
    fn default() -> Self {
        WordHash(0x243f_6a88_85a3_08d3)
    }
}

impl WordHash {
    /// Adds one lowercase character.
    #[inline]
    pub(crate) fn push(&mut self, c: char) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(c)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    pub(crate) fn finish(self) -> u64 {
        self.0
    }

    /// The hash of a whole word, lowercased.
    pub(crate) fn of(word: &str) -> u64 {
        let mut hash = WordHash::default();
        if word.is_ascii() {
            word.bytes().for_each(|b| hash.push(char::from(b.to_ascii_lowercase())));
        } else {
            word.chars().flat_map(char::to_lowercase).for_each(|c| hash.push(c));
        }
        hash.finish()
    }
}

/// The languages whose stopword list holds the word with this [`WordHash`].
#[inline]
pub(crate) fn stopword_languages(hash: u64) -> LanguageSet {
    STOPWORDS.get(&hash).copied().unwrap_or_default()
}

/// Words longer than this many characters are no language's stopword.
pub(crate) const LONGEST_STOPWORD: u32 = 24;

/// Every stopword of every language, mapped to the languages that list it: one lookup per word
/// answers for all languages at once.
static STOPWORDS: LazyLock<FxHashMap<u64, LanguageSet>> = LazyLock::new(|| {
    // With both features on, the crate serves NLTK's list where NLTK has one (short, 100-300
    // words, like jusText's) and the stopwords-iso list otherwise.
    let lists = ALL.map(|language| (language, stop_words::lookup(language.code()).unwrap_or(&[])));
    // Sized once: growing the map rehashed every word again, a fifth of the table's cost.
    let words = lists.iter().map(|(_, words)| words.len()).sum();
    let mut map = FxHashMap::with_capacity_and_hasher(words, Default::default());
    for (language, words) in lists {
        for word in words {
            // A word of at most that many bytes has at most that many characters.
            if word.len() > LONGEST_STOPWORD as usize && word.chars().count() > LONGEST_STOPWORD as usize {
                continue;
            }
            map.entry(WordHash::of(word)).or_insert_with(LanguageSet::default).insert(language);
        }
    }
    map
});

/// Fewer stopwords than this in a page's prose and its language is not guessed.
const MIN_STOPWORDS: u32 = 3;

/// A language's stopwords must make at least this share of the text's words (counting a character
/// of a script written without spaces as a word) to be the text's language: a Japanese page with
/// an English menu is not English.
const MIN_STOPWORD_SHARE: u32 = 20;

/// The language with the most stopwords in `tally`, of text with `words` words: the one whose
/// stopword list describes the text best, which is what the heuristics need of it. Ties go to the
/// language listed first. `None` when no list describes the text.
pub(crate) fn choose(tally: &Tally, words: u32) -> Option<Language> {
    let (best, &hits) = tally.iter().enumerate().rev().max_by_key(|&(_, hits)| hits)?;
    let hits = u32::from(hits);
    (hits >= MIN_STOPWORDS && hits.saturating_mul(MIN_STOPWORD_SHARE) >= words).then(|| ALL[best])
}

/// Detects the language of `sample` by its stopwords, or `None` when it has too few.
#[cfg(test)]
pub(crate) fn detect(sample: &str) -> Option<Language> {
    let mut tally = EMPTY_TALLY;
    let mut words = 0;
    for word in sample.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()) {
        count(&mut tally, stopword_languages(WordHash::of(word)));
        words += 1;
    }
    choose(&tally, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_in_table_order() {
        for (i, lang) in ALL.iter().enumerate() {
            assert_eq!(lang.index(), i);
        }
    }

    #[test]
    fn every_language_has_stopwords() {
        for lang in ALL {
            let listed = STOPWORDS.values().filter(|set| set.contains(lang)).count();
            assert!(listed >= 30, "{lang:?}");
        }
        assert!(Language::English.is_stopword("the"));
        assert!(Language::German.is_stopword("und"));
        assert!(!Language::English.is_stopword("parliament"));
    }

    #[test]
    fn detects_every_language() {
        let table = [
            ("The committee said on Tuesday that the new rules would take effect next year.", Language::English),
            ("Der Ausschuss teilte am Dienstag mit, dass die neuen Regeln im nächsten Jahr gelten.", Language::German),
            (
                "Le comité a déclaré mardi que les nouvelles règles entreraient en vigueur l'an prochain.",
                Language::French,
            ),
            ("El comité dijo el martes que las nuevas normas entrarán en vigor el próximo año.", Language::Spanish),
            (
                "Il comitato ha detto martedì che le nuove regole entreranno in vigore il prossimo anno.",
                Language::Italian,
            ),
            (
                "O comitê disse na terça-feira que as novas regras vão entrar em vigor no próximo ano.",
                Language::Portuguese,
            ),
            ("De commissie zei dinsdag dat de nieuwe regels volgend jaar van kracht worden.", Language::Dutch),
            ("Kommittén sade på tisdagen att de nya reglerna ska gälla från och med nästa år.", Language::Swedish),
            (
                "Udvalget sagde tirsdag, at de nye regler skal gælde fra næste år, og at der ikke er nogen undtagelser.",
                Language::Danish,
            ),
            (
                "Komiteen sa tirsdag at de nye reglene skal gjelde fra neste år, og at det ikke blir noen unntak.",
                Language::Norwegian,
            ),
            (
                "Valiokunta sanoi tiistaina, että uudet säännöt tulevat voimaan ensi vuonna, eikä niihin ole poikkeuksia.",
                Language::Finnish,
            ),
            (
                "Komisja poinformowała we wtorek, że nowe przepisy wejdą w życie w przyszłym roku i nie będzie wyjątków.",
                Language::Polish,
            ),
            (
                "Výbor v úterý uvedl, že nová pravidla začnou platit příští rok a že z nich nebudou žádné výjimky.",
                Language::Czech,
            ),
            (
                "Комитет заявил во вторник, что новые правила вступят в силу в следующем году и что исключений не будет.",
                Language::Russian,
            ),
            (
                "Bu yıl şehirde çok daha fazla yağmur yağdı ve birçok sokak da sular altında kaldı, ama belediye bu konuda açıklama yapmadı.",
                Language::Turkish,
            ),
        ];
        for (text, lang) in table {
            assert_eq!(detect(text), Some(lang), "{text}");
        }
        // Too few stopwords to tell.
        assert_eq!(detect("Home News Sport Weather"), None);
        assert_eq!(detect(""), None);
    }
}
