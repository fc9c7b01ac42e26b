//! Language detection and stopword lists.
//!
//! Detection is [`whatlang`] (trigram profiles) restricted to the languages we have stopwords for;
//! the lists come from the [`stop_words`] crate: NLTK's lists where NLTK has one (they are short and
//! close to what jusText uses), the stopwords-iso list otherwise.

use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;

/// A language chaff has stopwords for.
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
}

const ALL: [Language; 15] = [
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
];

impl Language {
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
        }
    }

    fn whatlang(self) -> whatlang::Lang {
        use whatlang::Lang;
        match self {
            Language::English => Lang::Eng,
            Language::German => Lang::Deu,
            Language::French => Lang::Fra,
            Language::Spanish => Lang::Spa,
            Language::Italian => Lang::Ita,
            Language::Portuguese => Lang::Por,
            Language::Dutch => Lang::Nld,
            Language::Swedish => Lang::Swe,
            Language::Danish => Lang::Dan,
            Language::Norwegian => Lang::Nob,
            Language::Finnish => Lang::Fin,
            Language::Polish => Lang::Pol,
            Language::Czech => Lang::Ces,
            Language::Russian => Lang::Rus,
            Language::Turkish => Lang::Tur,
        }
    }

    fn index(self) -> usize {
        // The enum's variants are declared in the order of `ALL`.
        self as usize
    }

    /// Whether `lowercase_word` is a stopword of this language.
    pub(crate) fn is_stopword(self, lowercase_word: &str) -> bool {
        STOPWORDS[self.index()].contains(lowercase_word)
    }
}

static STOPWORDS: Lazy<Vec<FxHashSet<&'static str>>> = Lazy::new(|| {
    ALL.iter()
        .map(|lang| {
            // With both features on, the crate serves NLTK's list where NLTK has one (short,
            // 100-300 words, like jusText's) and the stopwords-iso list otherwise.
            let words = stop_words::lookup(lang.code()).unwrap_or(&[]);
            words.iter().copied().collect()
        })
        .collect()
});

static DETECTOR: Lazy<whatlang::Detector> =
    Lazy::new(|| whatlang::Detector::with_allowlist(ALL.iter().map(|l| l.whatlang()).collect()));

/// Detects the language of `sample`, or `None` when it is too short or unclear.
pub fn detect(sample: &str) -> Option<Language> {
    let info = DETECTOR.detect(sample)?;
    ALL.iter().copied().find(|l| l.whatlang() == info.lang())
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
            assert!(STOPWORDS[lang.index()].len() >= 50, "{lang:?}");
        }
        assert!(Language::English.is_stopword("the"));
        assert!(Language::German.is_stopword("und"));
        assert!(!Language::English.is_stopword("parliament"));
    }

    #[test]
    fn detects_common_languages() {
        let table = [
            ("The committee said on Tuesday that the new rules would take effect next year.", Language::English),
            ("Der Ausschuss teilte am Dienstag mit, dass die neuen Regeln im nächsten Jahr gelten.", Language::German),
            (
                "Le comité a déclaré mardi que les nouvelles règles entreraient en vigueur l'an prochain.",
                Language::French,
            ),
            ("El comité dijo el martes que las nuevas normas entrarán en vigor el próximo año.", Language::Spanish),
        ];
        for (text, lang) in table {
            assert_eq!(detect(text), Some(lang), "{text}");
        }
    }
}
