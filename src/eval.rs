//! The shingle metric: how much of a gold text a prediction recovers, and how much it adds.
//!
//! Each text is split into word tokens (runs of letters, digits and underscore), every
//! run of 4 consecutive tokens is a shingle, and the two multisets of shingles are compared. A text
//! of fewer than 4 tokens is one shingle of all its tokens.

use std::collections::HashMap;

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
    /// F1 of the mean precision and the mean recall.
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
