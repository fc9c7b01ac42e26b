//! Headline lists: runs of short title-like lines (a header such as "Latest News" and the other
//! stories' titles under it). A run is unrelated when its words barely overlap the body's; a list
//! that shares the body's topic (steps of a how-to, items of a roundup) stays.

use super::Thresholds;
use crate::lang::Language;
use crate::stats::BlockStats;
use crate::verdict::Reason;
use rustc_hash::FxHashSet;
use std::hash::{BuildHasher, Hasher};
use std::ops::Range;

/// Finds headline lists: the run of headline-like lines after a header (`headers[i]`), which is
/// always boilerplate, and header-less runs of at least `t.headline_run` headline-like lines whose words
/// barely overlap the body's. Only blocks no rule removed (`reasons[i]` is `None`) join a run.
pub(crate) fn find_lists(
    headers: &[bool],
    stats: &[BlockStats],
    texts: &[&str],
    reasons: &[Option<Reason>],
    body_words: impl FnOnce() -> Vocabulary,
    language: Language,
    t: &Thresholds,
) -> Vec<Range<usize>> {
    let mut body_words = Some(body_words);
    let mut vocabulary: Option<Vocabulary> = None;
    let n = texts.len();
    let free = |i: usize| reasons[i].is_none();
    let mut lists = Vec::new();
    let mut i = 0;
    while i < n {
        if headers[i] {
            let start = i + 1;
            let mut end = start;
            while end < n && free(end) && is_headline_like(&stats[end]) {
                end += 1;
            }
            if end > start {
                lists.push(start..end);
            }
            i = end.max(i + 1);
        } else if free(i) && is_listed_headline(&stats[i]) {
            let start = i;
            let mut end = start;
            while end < n && free(end) && !headers[end] && is_listed_headline(&stats[end]) {
                end += 1;
            }
            if end - start >= t.headline_run
                && overlap(
                    texts[start..end].iter().copied(),
                    vocabulary.get_or_insert_with(|| body_words.take().map(|make| make()).unwrap_or_default()),
                    language,
                ) < t.headline_overlap
            {
                lists.push(start..end);
            }
            i = end;
        } else {
            i += 1;
        }
    }
    lists
}

/// A line that reads like another story's headline: several words, no sentence, capitalised.
/// Lines full of numbers are table rows, not headlines.
fn is_listed_headline(stats: &BlockStats) -> bool {
    is_headline_like(stats) && stats.words >= 3 && stats.capitalised_words >= 1 && stats.digits * 8 < stats.chars
}

/// Whether a block looks like a headline: a few words, no sentence inside, no final period.
pub(crate) fn is_headline_like(stats: &BlockStats) -> bool {
    stats.words >= 1 && stats.words <= 24 && stats.sentence_ends == 0 && !stats.ends_with_colon
}

/// A set of content words, kept as hashes of their stems: building it allocates nothing per word.
pub(crate) type Vocabulary = FxHashSet<u64>;

/// Adds the content words of `text` (lowercase, not stopwords, at least 3 letters) to `into`.
pub(crate) fn content_words(text: &str, language: Language, into: &mut Vocabulary) {
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.len() < 3 || word.bytes().all(|b| b.is_ascii_digit()) || word.chars().nth(2).is_none() {
            continue;
        }
        lower.clear();
        if word.is_ascii() {
            lower.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        if !language.is_stopword(&lower) {
            into.insert(stem_hash(&lower));
        }
    }
}

/// The hash of a crude stem, the first six characters, so "council", "councils" and "councillor"
/// meet.
fn stem_hash(word: &str) -> u64 {
    let stem = match word.char_indices().nth(6) {
        Some((i, _)) => &word[..i],
        None => word,
    };
    let mut hasher = rustc_hash::FxBuildHasher.build_hasher();
    hasher.write(stem.as_bytes());
    hasher.finish()
}

/// Share of the content words of `lines` that also occur in `body` (0 when the lines have none).
pub(crate) fn overlap<'a>(lines: impl Iterator<Item = &'a str>, body: &Vocabulary, language: Language) -> f32 {
    let mut words = Vocabulary::default();
    for line in lines {
        content_words(line, language, &mut words);
    }
    if words.is_empty() {
        return 0.0;
    }
    let shared = words.iter().filter(|w| body.contains(*w)).count();
    shared as f32 / words.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_measures_shared_topic() {
        let mut body = Vocabulary::default();
        content_words(
            "The council approved the new budget for the harbour after a long debate about ferry prices.",
            Language::English,
            &mut body,
        );
        let related = ["Harbour budget: what the council approved", "Ferry prices to rise"];
        let unrelated = ["Local band delights crowd in park", "School buys tractor"];
        assert!(overlap(related.into_iter(), &body, Language::English) > 0.5);
        assert_eq!(overlap(unrelated.into_iter(), &body, Language::English), 0.0);
    }

    #[test]
    fn lists_after_headers_and_off_topic_runs() {
        let body_text = "The council approved the new harbour budget after a long debate about ferry prices.";
        let mut body = Vocabulary::default();
        content_words(body_text, Language::English, &mut body);
        let lines = [
            body_text,
            "More Stories",
            "Harbour budget: what the council approved",
            "Ferry Prices To Rise In Spring",
            body_text,
            "Local Band Delights Crowd In Park",
            "School Buys New Tractor For Farm Lessons",
            "Library Extends Opening Hours On Sundays",
            "Police Seek Witnesses After Crash",
            body_text,
            "Ferry prices: what changes for commuters",
            "How the harbour budget was approved",
            "Council ferry debate: the key votes",
            "Harbour council names new budget chief",
        ];
        let stats: Vec<BlockStats> = lines.iter().map(|l| BlockStats::compute(l, Language::English)).collect();
        let mut headers = vec![false; lines.len()];
        headers[1] = true;
        let reasons = vec![None; lines.len()];
        let lists = find_lists(&headers, &stats, &lines, &reasons, || body, Language::English, &Thresholds::default());
        // After a header, the list goes whatever its topic; without one, only the off-topic run.
        assert_eq!(lists, vec![2..4, 5..9]);
    }
}
