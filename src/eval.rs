//! The scores `dechaff eval` reports: how much of a gold text a prediction recovers, and how much
//! it adds.
//!
//! - The shingle metric ([`Score`]): each text is split into word tokens (runs of letters, digits
//!   and underscore), every run of 4 consecutive tokens is a shingle, and the two multisets of
//!   shingles are compared. A text of fewer than 4 tokens is one shingle of all its tokens.
//! - Word F1 ([`WordScore`]), the metric of the WCXB benchmark: the two texts as bags of
//!   lowercased `\w+` tokens.
//! - Snippets ([`SnippetCounts`]) and metadata fields ([`title_matches`] and its siblings).

use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Shingle counts for one page: true positives, false positives, false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    /// Shingles in both the prediction and the gold text.
    pub true_positives: usize,
    /// Shingles only in the prediction.
    pub false_positives: usize,
    /// Shingles only in the gold text.
    pub false_negatives: usize,
}

impl Score {
    /// Scores `predicted` against `gold`.
    ///
    /// ```
    /// let s = dechaff::eval::Score::new("the cat sat on the mat", "the cat sat on the mat today");
    /// assert_eq!((s.true_positives, s.false_positives, s.false_negatives), (3, 0, 1));
    /// ```
    pub fn new(predicted: &str, gold: &str) -> Score {
        let mut gold_counts: HashMap<Vec<String>, isize> = HashMap::new();
        for shingle in shingles(gold) {
            *gold_counts.entry(shingle).or_default() += 1;
        }
        let gold_total: isize = gold_counts.values().sum();
        let mut score = Score::default();
        for shingle in shingles(predicted) {
            match gold_counts.get_mut(&shingle) {
                Some(count) if *count > 0 => {
                    *count -= 1;
                    score.true_positives += 1;
                }
                _ => score.false_positives += 1,
            }
        }
        score.false_negatives = (gold_total - score.true_positives as isize).max(0) as usize;
        score
    }

    /// Precision of this page, or `None` when the prediction is empty.
    pub fn precision(&self) -> Option<f64> {
        let predicted = self.true_positives + self.false_positives;
        (predicted > 0).then(|| self.true_positives as f64 / predicted as f64)
    }

    /// Recall of this page (0 when the gold text is empty too).
    pub fn recall(&self) -> f64 {
        let gold = self.true_positives + self.false_negatives;
        if gold == 0 { 0.0 } else { self.true_positives as f64 / gold as f64 }
    }

    /// F1 of this page's precision and recall (0 when the prediction is empty).
    pub fn f1(&self) -> f64 {
        f1(self.precision().unwrap_or(0.0), self.recall())
    }
}

/// Precision, recall and F1 averaged over pages, each page weighing the same.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Summary {
    /// Number of pages.
    pub docs: usize,
    /// Mean precision over pages with a non-empty prediction.
    pub precision: f64,
    /// Mean recall over all pages.
    pub recall: f64,
    /// F1 of the mean precision and the mean recall (shingles, snippets), or the mean of the pages'
    /// F1 (word F1, as the WCXB benchmark averages it).
    pub f1: f64,
}

/// Averages page scores the way the devset reports them: precision over pages with a prediction,
/// recall over all pages, F1 of the two means.
///
/// ```
/// use dechaff::eval::{summarize, Score};
/// let pages = [Score::new("a b c d e", "a b c d e"), Score::new("", "x y z w")];
/// let s = summarize(&pages);
/// assert_eq!((s.docs, s.precision, s.recall), (2, 1.0, 0.5));
/// ```
pub fn summarize(scores: &[Score]) -> Summary {
    let precisions: Vec<f64> = scores.iter().filter_map(Score::precision).collect();
    let precision = mean(&precisions);
    let recall = mean(&scores.iter().map(Score::recall).collect::<Vec<_>>());
    Summary { docs: scores.len(), precision, recall, f1: f1(precision, recall) }
}

fn mean(values: &[f64]) -> f64 {
    if values.is_empty() { 0.0 } else { values.iter().sum::<f64>() / values.len() as f64 }
}

fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) }
}

/// Word counts for one page, the WCXB benchmark's metric: both texts as bags of `\w+` tokens
/// (Python's `re` word characters: letters, digits and numbers of every script, and underscore),
/// lowercased; the overlap counts each token as often as it occurs in both.
///
/// Precision is overlap / predicted tokens, recall overlap / gold tokens. A page where only one of
/// the two texts has tokens scores 0 on all three (an empty prediction of a non-empty gold, or any
/// output for an empty gold); a page where neither has any scores 1 on all three: nothing was
/// missed and nothing added. The WCXB development figures are reproduced with this rule.
///
/// ```
/// use dechaff::eval::WordScore;
/// let s = WordScore::new("The cat sat. The end", "the CAT sat on the mat");
/// assert_eq!((s.overlap, s.predicted, s.gold), (4, 5, 6));
/// assert_eq!((s.precision(), s.recall()), (0.8, 4.0 / 6.0));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordScore {
    /// Tokens in both texts, counted as bags.
    pub overlap: usize,
    /// Tokens of the prediction.
    pub predicted: usize,
    /// Tokens of the gold text.
    pub gold: usize,
}

impl WordScore {
    /// Scores `predicted` against `gold`.
    pub fn new(predicted: &str, gold: &str) -> WordScore {
        let mut gold_counts: HashMap<String, usize> = HashMap::new();
        let mut score = WordScore::default();
        for token in word_tokens(gold) {
            *gold_counts.entry(token).or_default() += 1;
            score.gold += 1;
        }
        for token in word_tokens(predicted) {
            score.predicted += 1;
            if let Some(count) = gold_counts.get_mut(&token).filter(|count| **count > 0) {
                *count -= 1;
                score.overlap += 1;
            }
        }
        score
    }

    /// Precision of this page: overlap / predicted tokens (see the type for empty texts).
    pub fn precision(&self) -> f64 {
        self.ratio(self.predicted)
    }

    /// Recall of this page: overlap / gold tokens (see the type for empty texts).
    pub fn recall(&self) -> f64 {
        self.ratio(self.gold)
    }

    /// F1 of this page's precision and recall.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    fn ratio(&self, whole: usize) -> f64 {
        match (self.predicted, self.gold) {
            (0, 0) => 1.0,
            (0, _) | (_, 0) => 0.0,
            _ => self.overlap as f64 / whole as f64,
        }
    }
}

/// Averages word scores as the WCXB benchmark does: precision, recall and F1 each the mean over
/// pages, every page weighing the same.
///
/// ```
/// use dechaff::eval::{summarize_words, WordScore};
/// let pages = [WordScore::new("a b c d", "a b c d"), WordScore::new("", "x y")];
/// let s = summarize_words(&pages);
/// assert_eq!((s.docs, s.precision, s.recall, s.f1), (2, 0.5, 0.5, 0.5));
/// ```
pub fn summarize_words(scores: &[WordScore]) -> Summary {
    let average = |score: fn(&WordScore) -> f64| mean(&scores.iter().map(score).collect::<Vec<_>>());
    Summary {
        docs: scores.len(),
        precision: average(WordScore::precision),
        recall: average(WordScore::recall),
        f1: average(WordScore::f1),
    }
}

/// Runs of Python's `re` word characters (`\w` on a `str`: letters, digits and numbers of every
/// script, underscore), each lowercased. Marks (accents written apart, vowel signs) are not word
/// characters there, so they split a token as they do in the benchmark's scorer.
pub fn word_tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\p{L}\p{N}_]+").expect("a valid pattern"));
    WORD.find_iter(text).map(|token| token.as_str().to_lowercase())
}

/// Word tokens of `text`: runs of letters, digits and underscore.
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|t| !t.is_empty()).map(str::to_owned).collect()
}

fn shingles(text: &str) -> Vec<Vec<String>> {
    let tokens = tokens(text);
    if tokens.is_empty() {
        return Vec::new();
    }
    if tokens.len() < 4 {
        return vec![tokens];
    }
    tokens.windows(4).map(<[String]>::to_vec).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores() {
        let table: &[(&str, &str, (usize, usize, usize))] = &[
            ("", "", (0, 0, 0)),
            ("a b c d", "a b c d", (1, 0, 0)),
            ("a b c d x", "a b c d", (1, 1, 0)),
            ("", "a b c d e", (0, 0, 2)),
            ("A, b; c. D", "A b c D", (1, 0, 0)),
            ("A b c d", "a b c d", (0, 1, 1)),
            ("a b c d a b c d", "a b c d", (1, 4, 0)),
            ("x y", "x y", (1, 0, 0)),
        ];
        for &(predicted, gold, (tp, fp, fneg)) in table {
            let s = Score::new(predicted, gold);
            assert_eq!(
                (s.true_positives, s.false_positives, s.false_negatives),
                (tp, fp, fneg),
                "{predicted:?} vs {gold:?}"
            );
        }
        assert_eq!(Score::new("", "a b c d").precision(), None);
        assert_eq!(Score::new("a b c d", "a b c d").f1(), 1.0);
    }

    #[test]
    fn word_scores() {
        /// Name, predicted, gold, (overlap, predicted tokens, gold tokens), F1.
        type Row = (&'static str, &'static str, &'static str, (usize, usize, usize), f64);
        let table: &[Row] = &[
            ("identical", "the cat sat", "the cat sat", (3, 3, 3), 1.0),
            ("punctuation splits and is no token", "cat-sat, (mat)!", "cat sat mat", (3, 3, 3), 1.0),
            ("case is folded", "The CAT Sat", "the cat sat", (3, 3, 3), 1.0),
            ("apostrophes split", "don't", "don t", (2, 2, 2), 1.0),
            ("underscore and digits are word characters", "snake_case 2025", "snake_case 2025", (2, 2, 2), 1.0),
            ("a repeat counts once per occurrence", "the the the cat", "the cat", (2, 4, 2), 2.0 / 3.0),
            ("repeats in the gold", "the cat", "the the cat cat", (2, 2, 4), 2.0 / 3.0),
            ("order does not matter", "sat cat the", "the cat sat", (3, 3, 3), 1.0),
            ("accented letters fold", "Élan CAFÉ", "élan café", (2, 2, 2), 1.0),
            ("German sharp s and umlauts", "Straße Über", "straße über", (2, 2, 2), 1.0),
            ("Cyrillic and Greek", "Москва ΑΘΗΝΑ", "москва αθηνα", (2, 2, 2), 1.0),
            ("CJK runs are one token each", "東京 大阪", "東京", (1, 2, 1), 2.0 / 3.0),
            ("numbers of other scripts", "٣ ² Ⅻ", "٣ ² ⅻ", (3, 3, 3), 1.0),
            ("a combining mark splits as in Python", "cafe\u{301}", "cafe", (1, 1, 1), 1.0),
            ("half the prediction is wrong", "a b c d", "a b", (2, 4, 2), 2.0 / 3.0),
            ("empty prediction of a gold", "", "the cat", (0, 0, 2), 0.0),
            ("punctuation only is empty", "... -- !!", "the cat", (0, 0, 2), 0.0),
            ("output for an empty gold", "the cat", "", (0, 2, 0), 0.0),
            ("both empty", "", " \n ", (0, 0, 0), 1.0),
        ];
        for &(name, predicted, gold, counts, f1) in table {
            let s = WordScore::new(predicted, gold);
            assert_eq!((s.overlap, s.predicted, s.gold), counts, "{name}");
            assert!((s.f1() - f1).abs() < 1e-12, "{name}: f1 {}", s.f1());
        }
        let wrong_half = WordScore::new("a b c d", "a b");
        assert_eq!((wrong_half.precision(), wrong_half.recall()), (0.5, 1.0));
        let empty = WordScore::new("", "a");
        assert_eq!((empty.precision(), empty.recall()), (0.0, 0.0));
        let both_empty = WordScore::new("", "");
        assert_eq!((both_empty.precision(), both_empty.recall()), (1.0, 1.0));
    }

    #[test]
    fn word_summaries_average_each_figure_over_pages() {
        let pages = [WordScore::new("a b c d", "a b"), WordScore::new("", "x"), WordScore::new("", "")];
        let s = summarize_words(&pages);
        assert_eq!(s.docs, 3);
        assert!((s.precision - 1.5 / 3.0).abs() < 1e-12, "{s:?}");
        assert!((s.recall - 2.0 / 3.0).abs() < 1e-12, "{s:?}");
        // The mean of the pages' F1 (2/3, 0, 1), not the F1 of the two means.
        assert!((s.f1 - (2.0 / 3.0 + 1.0) / 3.0).abs() < 1e-12, "{s:?}");
        assert_eq!(summarize_words(&[]), Summary::default());
    }

    #[test]
    fn metadata_fields() {
        assert!(title_matches(Some("Ferry to Run All Winter"), "Ferry to run all winter"));
        assert!(!title_matches(Some("Ferry to run all winter | Example News Site"), "Ferry to run all winter"));
        assert!(!title_matches(None, "Ferry"));
        assert!(author_matches(Some("By Jane Doe, Staff Writer"), "Jane Doe"));
        assert!(!author_matches(Some("Jane"), "Jane Doe"));
        assert!(!author_matches(Some("Jane Doe is a writer who covers the council for the paper"), "Jane Doe"));
        let date = crate::Date { year: 2025, month: 3, day: 3, time: None, offset_minutes: None };
        assert!(date_matches(Some(date), "2025-03-03"));
        assert!(!date_matches(Some(date), "2025-03-04"));
        assert!(date_matches(Some(date), "Monday, 3 March 2025 10:15 AM"));
        let mut count = FieldCount::default();
        count.add(true);
        count.add(false);
        assert_eq!((count.gold, count.correct, count.share()), (2, 1, 0.5));
    }
}

/// Snippet counts of one page: pieces of the article that must appear in the output (`with`) and
/// pieces of boilerplate that must not (`without`), found after collapsing every run of whitespace
/// to one space in both.
///
/// ```
/// use dechaff::eval::{SnippetCounts, summarize_snippets};
/// let page = SnippetCounts::new("The ferry  will run\nall winter.", &["will run all winter"], &["Sign up"]);
/// assert_eq!((page.found, page.missed, page.leaked), (1, 0, 0));
/// let s = summarize_snippets(&[page, SnippetCounts::new("Sign up", &["ferry"], &["Sign up"])]);
/// assert_eq!((s.docs, s.precision, s.recall), (2, 0.5, 0.5));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SnippetCounts {
    /// `with` snippets found in the output (true positives).
    pub found: usize,
    /// `with` snippets not found (false negatives).
    pub missed: usize,
    /// `without` snippets found (false positives).
    pub leaked: usize,
}

impl SnippetCounts {
    /// Counts the snippets of one page in `output`.
    pub fn new<S: AsRef<str>>(output: &str, with: &[S], without: &[S]) -> SnippetCounts {
        let output = collapse(output);
        let found_in = |snippet: &S| {
            let snippet = collapse(snippet.as_ref());
            !snippet.is_empty() && output.contains(&snippet)
        };
        let found = with.iter().filter(|s| found_in(s)).count();
        SnippetCounts { found, missed: with.len() - found, leaked: without.iter().filter(|s| found_in(s)).count() }
    }

    /// This page's F1 (precision 1 when nothing was found at all).
    pub fn f1(&self) -> f64 {
        let precision = ratio(self.found, self.found + self.leaked).unwrap_or(1.0);
        let recall = ratio(self.found, self.found + self.missed).unwrap_or(1.0);
        f1(precision, recall)
    }
}

/// Sums snippet counts over pages (a micro average): precision = found / (found + leaked), recall =
/// found / (found + missed).
pub fn summarize_snippets(pages: &[SnippetCounts]) -> Summary {
    let (found, missed, leaked) =
        pages.iter().fold((0, 0, 0), |(f, m, l), p| (f + p.found, m + p.missed, l + p.leaked));
    let precision = ratio(found, found + leaked).unwrap_or(0.0);
    let recall = ratio(found, found + missed).unwrap_or(0.0);
    Summary { docs: pages.len(), precision, recall, f1: f1(precision, recall) }
}

fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// `text` with every run of whitespace collapsed to one space, trimmed.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Pages scored on one metadata field: how many have the field in their gold, and on how many
/// the prediction was right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FieldCount {
    /// Pages whose gold has the field.
    pub gold: usize,
    /// Of those, pages whose prediction is right.
    pub correct: usize,
}

impl FieldCount {
    /// Counts one page: `right` when its gold has the field.
    pub fn add(&mut self, right: bool) {
        self.gold += 1;
        self.correct += usize::from(right);
    }

    /// The share of right predictions (0 when no page has the field).
    pub fn share(&self) -> f64 {
        ratio(self.correct, self.gold).unwrap_or(0.0)
    }
}

fn casefolded_tokens(text: &str) -> Vec<String> {
    tokens(text).into_iter().map(|t| t.to_lowercase()).collect()
}

/// Whether a predicted title is right: the token F1 of prediction and gold (casefolded word
/// tokens, as multisets) is at least 0.8.
pub fn title_matches(predicted: Option<&str>, gold: &str) -> bool {
    let Some(predicted) = predicted else { return false };
    let (mut predicted, gold) = (casefolded_tokens(predicted), casefolded_tokens(gold));
    if predicted.is_empty() || gold.is_empty() {
        return false;
    }
    let total = predicted.len();
    let mut common = 0;
    for token in &gold {
        if let Some(at) = predicted.iter().position(|t| t == token) {
            predicted.swap_remove(at);
            common += 1;
        }
    }
    let precision = common as f64 / total as f64;
    let recall = common as f64 / gold.len() as f64;
    f1(precision, recall) >= 0.8
}

/// Whether a predicted author is right: every gold name token occurs in the prediction, and the
/// prediction has at most three tokens more ("By Jane Doe, Staff Writer" passes for "Jane Doe").
pub fn author_matches(predicted: Option<&str>, gold: &str) -> bool {
    let Some(predicted) = predicted else { return false };
    let (predicted, gold) = (casefolded_tokens(predicted), casefolded_tokens(gold));
    !gold.is_empty() && gold.iter().all(|t| predicted.contains(t)) && predicted.len() <= gold.len() + 3
}

/// Whether a predicted date is the gold calendar day: the gold is `YYYY-MM-DD`, or a date as a
/// page writes it ("Thursday, 13 June 2024 03:48 PM EDT"), read day first when in doubt.
pub fn date_matches(predicted: Option<crate::Date>, gold: &str) -> bool {
    let gold = crate::metadata::published_in(gold, crate::metadata::DayOrder::DayFirst);
    predicted.zip(gold).is_some_and(|(p, g)| (p.year, p.month, p.day) == (g.year, g.month, g.day))
}

/// Whether the gold calendar day of a page can be read from it: a date in one of its lines (read
/// day first and month first) or in its URL's path is that day. The pages a date stage can get
/// right, to tell a missed date from one the page does not give.
pub fn day_in_page(text: &str, url: Option<&str>, gold: &str) -> bool {
    use crate::metadata::DayOrder;
    let Some(gold) = crate::metadata::published_in(gold, DayOrder::DayFirst) else { return false };
    let day = |d: &crate::Date| (d.year, d.month, d.day) == (gold.year, gold.month, gold.day);
    url.and_then(crate::metadata::date_in_url).is_some_and(|d| day(&d))
        || text.lines().any(|line| {
            [DayOrder::DayFirst, DayOrder::MonthFirst]
                .into_iter()
                .any(|order| crate::metadata::dates_in(line, order).iter().any(|found| day(&found.date)))
        })
}

/// One page's features for the learned layer, as the stages alone decide (the model changes
/// nothing): what `dechaff features` writes and `scripts/train.py` trains on.
#[derive(Clone, Debug)]
pub struct PageFeatures {
    /// Each block judged, with its verdict from the stages and its features (see
    /// [`feature_names`]).
    pub blocks: Vec<(crate::BlockVerdict, Vec<f32>)>,
    /// The page's features (see [`feature_names`]), as the first pass saw the page.
    pub page: Vec<f32>,
}

/// The names of a block's features (its own, then its page's) and of the page's features.
///
/// ```
/// let (block, page) = dechaff::eval::feature_names();
/// assert!(block.ends_with(&page));
/// ```
pub fn feature_names() -> (Vec<&'static str>, Vec<&'static str>) {
    use crate::learned::features::{BLOCK_NAMES, PAGE_NAMES};
    (BLOCK_NAMES.iter().chain(&PAGE_NAMES).copied().collect(), PAGE_NAMES.to_vec())
}

/// The learned layer's features of `page` cleaned by `cleaner` (the first 20,000 blocks of a
/// longer page), as the stages alone decide, or (`with_model`) as the stages and the learned
/// layer decide. Every block has features when the heuristics are on.
///
/// ```
/// let page = "Home | News\n\nThe harbour ferry will keep running through the winter, the council said.";
/// let found = dechaff::eval::features(&dechaff::Cleaner::default(), page, false);
/// assert_eq!(found.blocks.len(), 2);
/// assert_eq!(found.blocks[0].1.len(), dechaff::eval::feature_names().0.len());
/// ```
pub fn features(cleaner: &crate::Cleaner, page: &str, with_model: bool) -> PageFeatures {
    let record = if with_model { crate::learned::Record::Applied } else { crate::learned::Record::Stages };
    let (blocks, recorded) = cleaner.record_features(page, record);
    match recorded {
        Some(recorded) => PageFeatures {
            blocks: blocks.into_iter().zip(recorded.blocks).map(|(b, x)| (b, x.to_vec())).collect(),
            page: recorded.page.to_vec(),
        },
        None => PageFeatures { blocks: Vec::new(), page: Vec::new() },
    }
}
