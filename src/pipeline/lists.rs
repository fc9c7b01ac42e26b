//! Lists of other stories (under a header, or headline-like lines that share no topic with the
//! body), teaser cards, product catalogues printed as menus; and repeats: menus printed twice and
//! blocks that repeat earlier kept text.

use super::marks::Marks;
use super::page::PassPage;
use crate::Cleaner;
use crate::heuristics;
use crate::rules::Family;
use crate::verdict::Reason;

/// Shortest block, in bytes, the repeat check counts (shorter ones repeat legitimately: list
/// bullets, short headings).
pub(crate) const REPEAT_CHARS: usize = 20;

/// In an extract, the longest repeated line kept as a label, in characters.
const EXTRACT_LABEL_CHARS: u32 = 60;

/// Marks headline lists and teaser cards as unrelated headlines, and, in a page, product
/// catalogues printed as menus as navigation; a unit of the article is left alone unless a
/// header names the list.
pub(crate) fn mark_headline_lists(page: &PassPage<'_>, marks: &mut Marks, settings: &Cleaner) {
    if !settings.families.contains(Family::Headlines) {
        return;
    }
    let (t, stats, words, language) = (&settings.thresholds, &page.stats, &page.words, page.language);
    let Marks { hits, reasons, region, protected, extracted, .. } = marks;
    // The body's vocabulary, to test headline lists for a shared topic; built only when a
    // header-less run of headlines needs it.
    let body_words = || {
        let mut vocabulary = heuristics::headlines::Vocabulary::default();
        for i in region.clone() {
            if reasons[i].is_none() && stats[i].chars >= t.length_low {
                heuristics::headlines::content_words(words[i], language, &mut vocabulary);
            }
        }
        vocabulary
    };
    let headers: Vec<bool> = hits.iter().map(|h| h.as_ref().is_some_and(|h| h.header)).collect();
    let lists = heuristics::headlines::find_lists(&headers, stats, words, reasons, body_words, language, t);
    for list in lists {
        // A list under a header ("Related Articles") is headlines even when its lines are shaped
        // like fields ("Sport: Late goals decide the derby").
        let under_header = list.start > 0 && headers[list.start - 1];
        for i in list.filter(|&i| under_header || !protected[i]) {
            reasons[i] = Some(Reason::UnrelatedHeadlines);
        }
    }
    for i in heuristics::headlines::find_teaser_cards(&page.texts, stats, reasons) {
        if !protected[i] {
            reasons[i] = Some(Reason::UnrelatedHeadlines);
        }
    }
    // An extractor has left a site's menus out already: what is shaped like one in an extract is
    // the article's own list.
    if !*extracted {
        for i in heuristics::headlines::find_catalogues(stats, &page.paragraphs, reasons) {
            if !protected[i] {
                reasons[i] = Some(Reason::Navigation);
            }
        }
    }
}

/// A menu printed twice (for the desktop and for phones) or echoed in the footer: the copy the
/// repeat check would leave is a menu too. Then every block that repeats earlier kept text (or a
/// quotation in it) is a duplicate, but for an extract's short labels repeated on purpose
/// ("Key features:" over each list).
pub(crate) fn mark_repeats(page: &PassPage<'_>, marks: &mut Marks, settings: &Cleaner) {
    let (texts, stats, n) = (&page.texts, &page.stats, page.len());
    let reasons = &mut marks.reasons;
    if settings.heuristics {
        let kept: Vec<bool> = (0..n).map(|i| reasons[i].is_none() && !marks.protected[i]).collect();
        for i in heuristics::duplicates::find_repeated_menus(texts, stats, &kept) {
            reasons[i] = Some(Reason::Navigation);
        }
    }
    let repeats = heuristics::duplicates::find_repeats(
        texts.iter().copied().zip(reasons.iter().map(Option::is_none)),
        REPEAT_CHARS,
    );
    let repeated: std::collections::BTreeSet<usize> = repeats.iter().copied().collect();
    for &i in &repeats {
        // A run of repeats is still a repeated block.
        let lone = |j: Option<usize>| j.is_none_or(|j| j >= n || !repeated.contains(&j));
        let label = marks.extracted
            && stats[i].ends_with_colon
            && stats[i].chars < EXTRACT_LABEL_CHARS
            && lone(i.checked_sub(1))
            && lone(Some(i + 1))
            && [i.checked_sub(1), Some(i + 1)].into_iter().flatten().any(|j| j < n && reasons[j].is_none());
        if !label {
            reasons[i] = Some(Reason::Duplicate);
        }
    }
}
