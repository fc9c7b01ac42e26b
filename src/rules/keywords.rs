//! Keyword lists: comma-separated topic words, as sites print them from their meta tags.

use super::{Phrase, start};
use crate::stats::BlockStats;

pub(super) const PHRASES: &[Phrase] = &[
    start("keywords:", 60),
    start("key words:", 60),
    start("schlüsselwörter:", 60),
    start("palabras clave:", 60),
    start("parole chiave:", 60),
    start("trefwoorden", 60),
    start("słowa kluczowe", 60),
    start("nyckelord", 60),
    // "Tags:" and "Keywords:" in other scripts and languages, with the full-width colon of CJK
    // text as well as the ASCII one.
    start("关键词：", 60),
    start("关键词:", 60),
    start("关键字：", 60),
    start("關鍵詞：", 60),
    start("關鍵字：", 60),
    start("标签：", 60),
    start("標籤：", 60),
    start("タグ：", 60),
    start("タグ:", 60),
    start("キーワード：", 60),
    start("태그:", 60),
    start("키워드:", 60),
    start("الكلمات المفتاحية:", 60),
    start("كلمات مفتاحية:", 60),
    start("الوسوم:", 60),
    start("टैग:", 60),
    start("टैग्स:", 60),
    start("tag:", 60),
    start("kata kunci:", 60),
    start("từ khóa:", 60),
    start("từ khoá:", 60),
    start("แท็ก:", 60),
    start("คำค้น:", 60),
    start("etiketler:", 60),
    start("anahtar kelimeler:", 60),
    start("ετικέτες:", 60),
    start("λέξεις-κλειδιά:", 60),
    start("תגיות:", 60),
    start("теги:", 60),
    start("мітки:", 60),
    start("ключові слова:", 60),
    start("ключевые слова:", 60),
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
