//! Headline lists: runs of short title-like lines (a header such as "Latest News" and the other
//! stories' titles under it). A run is unrelated when its words barely overlap the body's; a list
//! that shares the body's topic (steps of a how-to, items of a roundup) stays.

use super::Thresholds;
use crate::lang::Language;
use crate::stats::{BlockStats, Word};
use crate::verdict::Reason;
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Finds headline lists: the run of headline-like lines after a header (`headers[i]`), which is
/// always boilerplate, and header-less runs of at least `t.headline_run` headline-like lines whose words
/// barely overlap the body's. Only blocks no rule removed (`reasons[i]` is `None`) join a run.
pub(crate) fn find_lists(
    headers: &[bool],
    stats: &[BlockStats],
    words: &[&[Word]],
    reasons: &[Option<Reason>],
    body_words: impl FnOnce() -> Vocabulary,
    language: Option<Language>,
    t: &Thresholds,
) -> Vec<Range<usize>> {
    let mut body_words = Some(body_words);
    let mut vocabulary: Option<Vocabulary> = None;
    let n = words.len();
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
                    words[start..end].iter().copied(),
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

/// The longest excerpt of a teaser card, in characters.
const EXCERPT_CHARS: u32 = 400;

/// The fewest words of a teaser card's excerpt ("Start typing to search..." is a search box's).
const EXCERPT_WORDS: u32 = 6;

/// Most blocks between two teaser cards of one run.
const CARD_GAP: usize = 8;

/// Teaser cards: other stories' titles, each followed by the first words of the story cut off with
/// an ellipsis ("Headline" / "The council met on Monday to…"). Two cards close together are a
/// run of teasers, wherever they sit; a lone title over a truncated line is as likely a heading
/// over a quotation trailing off. Returns the blocks of every card of such runs.
pub(crate) fn find_teaser_cards(texts: &[&str], stats: &[BlockStats], reasons: &[Option<Reason>]) -> Vec<usize> {
    let n = texts.len();
    let excerpt = |i: usize| {
        let text = texts[i].trim_end();
        reasons[i].is_none()
            && stats[i].chars <= EXCERPT_CHARS
            && stats[i].words >= EXCERPT_WORDS
            && (text.ends_with('…') || text.ends_with("..."))
    };
    // A title, not a stamp: "Jane Doe December 18, 2025" over an excerpt is the byline of a post.
    let title = |i: usize| {
        reasons[i].is_none()
            && is_headline_like(&stats[i])
            && stats[i].words >= 2
            && stats[i].words <= 16
            && !(stats[i].digits > 0 && crate::metadata::contains_date(texts[i]))
    };
    // Each card's excerpt; its title is the block above it.
    let cards: Vec<usize> = (1..n).filter(|&i| excerpt(i) && title(i - 1) && !excerpt(i - 1)).collect();
    let mut blocks = Vec::new();
    for (k, &i) in cards.iter().enumerate() {
        let near = |other: Option<&usize>| other.is_some_and(|&j| j.abs_diff(i) <= CARD_GAP);
        if near(k.checked_sub(1).and_then(|p| cards.get(p))) || near(cards.get(k + 1)) {
            blocks.extend([i - 1, i]);
        }
    }
    blocks
}

/// A catalogue item's name is at most this many words.
const CATALOGUE_NAME_WORDS: u32 = 5;

/// A catalogue item's description is this many words.
const CATALOGUE_DESCRIPTION_WORDS: std::ops::RangeInclusive<u32> = 3..=20;

/// Items in a row that make a catalogue.
const CATALOGUE_ITEMS: usize = 3;

/// A catalogue of products or services, as a site's mega-menu prints it: paragraphs of exactly two
/// lines, a name ("Cloud Storage") over a one-line description ("Object storage for companies of
/// all sizes."), three or more in a row. An article's sections have paragraphs under their
/// headings, not one line. Returns the blocks of every such run still kept.
pub(crate) fn find_catalogues(stats: &[BlockStats], paragraphs: &[usize], reasons: &[Option<Reason>]) -> Vec<usize> {
    let n = stats.len();
    // The item starting at block `i`, if one does: two kept lines that are one paragraph.
    let item = |i: usize| {
        let name = &stats[i];
        i + 1 < n
            && paragraphs[i + 1] == paragraphs[i]
            && (i == 0 || paragraphs[i - 1] != paragraphs[i])
            && (i + 2 == n || paragraphs[i + 2] != paragraphs[i])
            && reasons[i].is_none()
            && reasons[i + 1].is_none()
            && (1..=CATALOGUE_NAME_WORDS).contains(&name.words)
            && !name.ends_with_punctuation
            && !name.ends_with_colon
            && CATALOGUE_DESCRIPTION_WORDS.contains(&stats[i + 1].words)
    };
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < n {
        let mut end = i;
        while end < n && item(end) {
            end += 2;
        }
        if (end - i) / 2 >= CATALOGUE_ITEMS {
            blocks.extend(i..end);
        }
        i = if end > i { end } else { i + 1 };
    }
    blocks
}

/// A line that reads like another story's headline: several words, no sentence, capitalised.
/// Lines full of numbers are table rows, not headlines.
fn is_listed_headline(stats: &BlockStats) -> bool {
    is_headline_like(stats) && stats.words >= 3 && stats.capitalised_words >= 1 && stats.digits * 8 < stats.chars
}

/// Whether a block looks like a headline: a few words, no sentence inside, no final period.
pub(crate) fn is_headline_like(stats: &BlockStats) -> bool {
    // A headline is short in characters too: a paragraph of a script that ends sentences
    // without punctuation (Thai) has few spaces and no sentence mark.
    stats.words >= 1
        && stats.words <= 24
        && stats.weighted_chars() <= MAX_HEADLINE_CHARS
        && stats.sentence_ends == 0
        && !stats.ends_with_colon
}

/// The longest headline, in weighted characters ([`BlockStats::weighted_chars`]).
const MAX_HEADLINE_CHARS: u32 = 150;

/// A set of content words, kept as hashes of their stems.
pub(crate) type Vocabulary = FxHashSet<u64>;

/// Adds the content words of a block (its [`Word`]s that are not stopwords of `language`) to `into`.
pub(crate) fn content_words(words: &[Word], language: Option<Language>, into: &mut Vocabulary) {
    into.extend(words.iter().filter(|w| !w.stopword_in.contains_or_any(language)).map(|w| w.stem));
}

/// Share of the content words of `blocks` that also occur in `body` (0 when they have none).
pub(crate) fn overlap<'a>(
    blocks: impl Iterator<Item = &'a [Word]>,
    body: &Vocabulary,
    language: Option<Language>,
) -> f32 {
    let mut words = Vocabulary::default();
    for block in blocks {
        content_words(block, language, &mut words);
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

    fn words_of(text: &str) -> Vec<Word> {
        let mut words = Vec::new();
        crate::stats::measure(text, &mut words);
        words
    }

    fn overlap_of(lines: &[&str], body: &Vocabulary) -> f32 {
        let words: Vec<Vec<Word>> = lines.iter().map(|l| words_of(l)).collect();
        overlap(words.iter().map(Vec::as_slice), body, Some(Language::English))
    }

    #[test]
    fn overlap_measures_shared_topic() {
        let mut body = Vocabulary::default();
        content_words(
            &words_of("The council approved the new budget for the harbour after a long debate about ferry prices."),
            Some(Language::English),
            &mut body,
        );
        let related = ["Harbour budget: what the council approved", "Ferry prices to rise"];
        let unrelated = ["Local band delights crowd in park", "School buys tractor"];
        assert!(overlap_of(&related, &body) > 0.5);
        assert_eq!(overlap_of(&unrelated, &body), 0.0);
        // Stems meet across word forms; stopwords and numbers are not topic words.
        assert_eq!(overlap_of(&["Councillors"], &body), 1.0);
        assert_eq!(overlap_of(&["the 2024 of"], &body), 0.0);
    }

    #[test]
    fn lists_after_headers_and_off_topic_runs() {
        let body_text = "The council approved the new harbour budget after a long debate about ferry prices.";
        let mut body = Vocabulary::default();
        content_words(&words_of(body_text), Some(Language::English), &mut body);
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
        let words: Vec<Vec<Word>> = lines.iter().map(|l| words_of(l)).collect();
        let words: Vec<&[Word]> = words.iter().map(Vec::as_slice).collect();
        let lists =
            find_lists(&headers, &stats, &words, &reasons, || body, Some(Language::English), &Thresholds::default());
        // After a header, the list goes whatever its topic; without one, only the off-topic run.
        assert_eq!(lists, vec![2..4, 5..9]);
    }

    #[test]
    fn teaser_cards_come_in_runs() {
        let lines = [
            "The council met on Monday and agreed to keep the ferry running through the winter months.",
            "Library Hours Extended",
            "The town library will open on Sundays from next month, the council said on…",
            "Reading time: 3 minutes",
            "New Bus Line Opens",
            "A new bus line links the station with the hospital and the university campus...",
            "Harbour Festival Returns",
            "Lots of people came, said the organiser, and then...",
        ];
        let stats: Vec<BlockStats> = lines.iter().map(|l| BlockStats::compute(l, Language::English)).collect();
        let reasons = vec![None; lines.len()];
        assert_eq!(find_teaser_cards(&lines, &stats, &reasons), vec![1, 2, 4, 5, 6, 7]);
        // One card alone is a heading over a sentence trailing off.
        assert_eq!(find_teaser_cards(&lines[..4], &stats[..4], &reasons[..4]), Vec::<usize>::new());
        // Truncated lines without titles above them are not cards.
        let bare = [lines[0], lines[2], lines[0], lines[5]];
        let stats: Vec<BlockStats> = bare.iter().map(|l| BlockStats::compute(l, Language::English)).collect();
        assert_eq!(find_teaser_cards(&bare, &stats, &reasons[..4]), Vec::<usize>::new());
    }
}
