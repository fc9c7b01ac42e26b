//! Keyword lists: comma-separated topic words, as sites print them from their meta tags.

use super::Anchor::Start;
use super::Phrase;
use crate::stats::BlockStats;

pub(super) const PHRASES: &[Phrase] = &[
    ("keywords:", Start(60)),
    ("key words:", Start(60)),
    ("schlüsselwörter:", Start(60)),
    ("palabras clave:", Start(60)),
    ("parole chiave:", Start(60)),
    ("trefwoorden", Start(60)),
    ("słowa kluczowe", Start(60)),
    ("nyckelord", Start(60)),
    // "Tags:" and "Keywords:" in other scripts and languages, with the full-width colon of CJK
    // text as well as the ASCII one.
    ("关键词：", Start(60)),
    ("关键词:", Start(60)),
    ("关键字：", Start(60)),
    ("關鍵詞：", Start(60)),
    ("關鍵字：", Start(60)),
    ("标签：", Start(60)),
    ("標籤：", Start(60)),
    ("タグ：", Start(60)),
    ("タグ:", Start(60)),
    ("キーワード：", Start(60)),
    ("태그:", Start(60)),
    ("키워드:", Start(60)),
    ("الكلمات المفتاحية:", Start(60)),
    ("كلمات مفتاحية:", Start(60)),
    ("الوسوم:", Start(60)),
    ("टैग:", Start(60)),
    ("टैग्स:", Start(60)),
    ("tag:", Start(60)),
    ("kata kunci:", Start(60)),
    ("từ khóa:", Start(60)),
    ("từ khoá:", Start(60)),
    ("แท็ก:", Start(60)),
    ("คำค้น:", Start(60)),
    ("etiketler:", Start(60)),
    ("anahtar kelimeler:", Start(60)),
    ("ετικέτες:", Start(60)),
    ("λέξεις-κλειδιά:", Start(60)),
    ("תגיות:", Start(60)),
    ("теги:", Start(60)),
    ("мітки:", Start(60)),
    ("ключові слова:", Start(60)),
    ("ключевые слова:", Start(60)),
];

/// Four or more short comma-separated items and no sentence: a list of keywords.
pub(super) fn is_keyword_list(text: &str, stats: &BlockStats) -> bool {
    if stats.commas < 3 || stats.sentence_ends > 0 || stats.words > 60 {
        return false;
    }
    let items = stats.commas as usize + 1;
    // Keywords are one to three words each; prose has longer clauses and joins its last item with
    // "and"; table rows are numbers.
    let short_items = text.split(',').filter(|item| item.split_whitespace().count() <= 3).count();
    let numeric_items = text.split(',').filter(|item| !item.chars().any(char::is_alphabetic)).count();
    let enumeration = text.split(',').any(|item| {
        item.split_whitespace()
            .any(|w| matches!(w, "and" | "und" | "et" | "y" | "e" | "en" | "och" | "i" | "or" | "oder"))
    });
    // An elided article or preposition ("d'hiver", "l'été", "dell'anno") is part of its word in a
    // keyword, though the statistics count it as a stopword of its own.
    let elided = text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| is_elided(w)).count() as u32;
    let stopwords = stats.stopwords.saturating_sub(elided);
    let words = stats.words.saturating_sub(elided).max(1);
    short_items * 10 >= items * 9
        && numeric_items * 2 < items
        && !enumeration
        && (stopwords as f32) < 0.15 * words as f32
}

/// Whether `word` starts with an elided article or preposition: up to four lowercase letters and
/// an apostrophe before the rest of the word ("d'hiver", "qu'il", "dell'anno").
fn is_elided(word: &str) -> bool {
    word.find(['\'', '’']).is_some_and(|at| {
        let (head, tail) = word.split_at(at);
        (1..=4).contains(&head.chars().count())
            && head.chars().all(char::is_lowercase)
            && tail.chars().nth(1).is_some_and(char::is_alphabetic)
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::table::check;
    use crate::verdict::Reason;

    #[test]
    fn table() {
        check(
            Reason::Keywords,
            &[
                "harbour, ferry service, island council, winter timetable, budget, transport",
                "Keywords: climate, energy prices, heat pumps, subsidies",
                "gardening, tomatoes, raised beds, compost, organic",
                "Bundestag, Haushalt, Schuldenbremse, Ampel, Finanzen",
                "ferry, council, Fähre, horaires d'hiver",
                "théâtre, saison d’hiver, l'orchestre, programme",
                "关键词：夜间公交 民生实事",
                "タグ：商店街 空き店舗",
                "الكلمات المفتاحية: المياه، البلدية",
                "टैग: तालाब, जल संरक्षण",
                "Tag: nelayan, koperasi",
                "Từ khóa: cầu, giao thông",
                "แท็ก: ผู้สูงอายุ",
                "Etiketler: pazar yeri, belediye",
                "Ετικέτες: μουσείο, πολιτισμός",
                "תגיות: ספרייה, תרבות",
                "Теги: міст, ремонт",
            ],
            &[
                "Flour, sugar, butter and eggs are all you need.",
                "Paris, Berlin, Madrid and Rome all saw protests on Saturday.",
                "He visited Lyon, Nice, Lille and Nantes, where he met local officials and union leaders",
                "200 g flour, 2 eggs, 100 ml milk, a pinch of salt",
                "12 %, $11,926, $48,475, 22 %, $48,476",
                "Anna Berg, Tom Iversen, Lea Marx, and Paul Okafor",
                "Le maire, l'adjoint, le préfet et d'autres élus étaient présents",
                "Etiketler üzerindeki fiyatlar bu ay iki kez değişti.",
                "Теги в соцмережах допомагають людям знаходити новини.",
            ],
        );
    }
}
