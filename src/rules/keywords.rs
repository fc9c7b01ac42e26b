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
    short_items * 10 >= items * 9 && numeric_items * 2 < items && !enumeration && stats.stopword_density() < 0.15
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
            ],
            &[
                "Flour, sugar, butter and eggs are all you need.",
                "Paris, Berlin, Madrid and Rome all saw protests on Saturday.",
                "He visited Lyon, Nice, Lille and Nantes, where he met local officials and union leaders",
                "200 g flour, 2 eggs, 100 ml milk, a pinch of salt",
                "12 %, $11,926, $48,475, 22 %, $48,476",
                "Anna Berg, Tom Iversen, Lea Marx, and Paul Okafor",
            ],
        );
    }
}
