//! Lists of other stories (under a header, or headline-like lines that share no topic with the
//! body), teaser cards, product catalogues printed as menus; and repeats: menus printed twice and
//! blocks that repeat earlier kept text.

use super::marks::Marks;
use super::page::PassPage;
use crate::Cleaner;
use crate::heuristics;
use crate::rules::Family;
use crate::rules::Hit;
use crate::verdict::Reason;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

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
        let read = || region.clone().filter(|&i| reasons[i].is_none() && stats[i].chars >= t.length_low);
        // Sized for every word at once: growing the set as it fills cost as much as filling it.
        let mut vocabulary = heuristics::headlines::Vocabulary::with_capacity_and_hasher(
            read().map(|i| words[i].len()).sum(),
            Default::default(),
        );
        for i in read() {
            heuristics::headlines::content_words(words[i], language, &mut vocabulary);
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
    let repeats = heuristics::duplicates::find_repeats_of(
        page.prints.iter().copied().zip(reasons.iter().map(Option::is_none)),
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

/// The shortest and longest period of an item run, in blocks (a name and a price; a title, a
/// summary, a date, an author, a price and a button).
const ITEM_PERIOD: (usize, usize) = (2, 6);

/// The fewest items in a run.
const ITEMS: usize = 4;

/// The fewest items of one line each (headline-like lines of 4 words or more) in a run.
const ONE_LINE_ITEMS: usize = 8;

/// How often a line may recur in a run and still be an item's own (more: a label on every item,
/// "Add to cart").
const ITEM_LINE_COPIES: usize = 2;

/// How many times the words kept an item run must bring back: the items outweigh what the stages
/// kept (on a listing, an intro or a consent text; beside an article, the article, which a strip
/// of other stories under it does not outweigh).
const ITEMS_SHARE: f32 = 1.0;

/// What a number in an item may open with: a rank's sign or a price's currency.
const ITEM_NUMBER_SIGNS: [char; 7] = ['#', '$', '€', '£', '¥', '₹', '₽'];

/// `ITEMS_SHARE` for a shop's grid: at least four prices among the items, on a page the page model
/// reads as a collection rather than one product's page. A category page's buying guide or FAQ
/// outweighs its grid (the region kept it, and the grid went as low-content); on a product's page
/// the grid is other products, and the description must outweigh it.
const GRID_ITEMS_SHARE: f32 = 0.5;

/// How many times the words of its removed item lines a run's kept item lines must hold for the
/// run to be the page's content already.
const ITEMS_HELD: u32 = 4;

/// The share of the page's kept words such a run must hold.
const ITEMS_OF_PAGE: f32 = 0.5;

/// A block's shape in an item run, coarse enough to survive the removal of an item's chrome
/// (its number, its button) and titles of any length: whether it starts with a number, whether it
/// ends a sentence and whether it is a paragraph (more than 20 words). A price is a number.
fn item_shape(text: &str, words: u32) -> (bool, bool, bool) {
    let numbered = text.starts_with(|c: char| c.is_ascii_digit() || ITEM_NUMBER_SIGNS.contains(&c));
    let sentence = text.trim_end().ends_with(['.', '!', '?', '。', '？', '！']);
    (numbered, sentence, words > PARAGRAPH_WORDS)
}

/// More words than this make a block a paragraph in an item's shape.
const PARAGRAPH_WORDS: u32 = 20;

/// The fewest words of a one-line item (a headline; fewer: a menu entry).
const ONE_LINE_WORDS: u32 = 4;

/// Runs of the same period closer than this, in blocks, are one run (an item that lacks a line
/// breaks the period once).
const ITEM_GAP: usize = 6;

/// The runs of items of a listing, a catalogue or a results page: blocks whose shapes repeat with
/// a period of 2 to 6 blocks at least `ITEMS` times, an item having two shapes or more; or at
/// least `ONE_LINE_ITEMS` headline-like lines in a row (one line an item). Runs that overlap or
/// stand close are one. Linear in the blocks (for each period, each block is compared once).
fn item_runs<'a>(
    page: &PassPage<'a>,
    hits: &[Option<Hit>],
    labels: Option<&mut FxHashSet<&'a str>>,
) -> Vec<Range<usize>> {
    let n = page.len();
    let shapes: Vec<_> = (0..n).map(|i| item_shape(page.texts[i], page.stats[i].words)).collect();
    let mut runs: Vec<Range<usize>> = Vec::new();
    // Items of one line each: a run of headline-like lines.
    let headline = |i: usize| {
        let w = page.stats[i].words;
        (ONE_LINE_WORDS..=PARAGRAPH_WORDS).contains(&w) && !shapes[i].1
    };
    let mut i = 0;
    while i < n {
        if !headline(i) {
            i += 1;
            continue;
        }
        let j = (i..n).find(|&j| !headline(j)).unwrap_or(n);
        if j - i >= ONE_LINE_ITEMS {
            runs.push(i..j);
        }
        i = j;
    }
    for period in ITEM_PERIOD.0..=ITEM_PERIOD.1 {
        let mut i = 0;
        while i + period < n {
            let mut j = i;
            while j + period < n && shapes[j] == shapes[j + period] {
                j += 1;
            }
            let run = i..j + period;
            let item = &shapes[i..i + period];
            let varied = item.iter().any(|s| *s != item[0]);
            let worded = (i..i + period).any(|k| page.stats[k].words >= ONE_LINE_WORDS);
            if run.len() >= ITEMS * period && varied && worded {
                i = run.end;
                runs.push(run);
            } else {
                i = if j > i { j } else { i + 1 };
            }
        }
    }
    if let Some(labels) = labels {
        // A run the shapes found needs no label to be found again in the next pass.
        let labelled = labelled_runs(page, hits, labels, &runs);
        runs.extend(labelled);
    }
    runs.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for run in runs {
        match merged.last_mut() {
            Some(last) if run.start <= last.end + ITEM_GAP => last.end = last.end.max(run.end),
            _ => merged.push(run),
        }
    }
    merged
}

/// The longest label an item repeats, in words ("Add to cart", "Full-Time", "Listen now").
const LABEL_WORDS: u32 = 4;

/// The longest item a label marks, in blocks.
const LABEL_GAP: usize = 16;

/// How far before a run of items a header of other stories may stand, in blocks.
const HEADER_REACH: usize = 3;

/// Runs of items that each repeat one label (a button, a tag, a status: "Add to cart",
/// "Full-Time", "Winner"), whatever the shapes of their other lines: a short line that comes back
/// at least `ITEMS` times, each copy 2 to `LABEL_GAP` blocks after the last, the longest gap at
/// most three times the shortest and two more. The run takes in one item's length before the first copy
/// and after the last, as a label may close an item or open it. Linear in the blocks.
fn labelled_runs<'a>(
    page: &PassPage<'a>,
    hits: &[Option<Hit>],
    labels: &mut FxHashSet<&'a str>,
    found: &[Range<usize>],
) -> Vec<Range<usize>> {
    let n = page.len();
    let mut copies: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, hit) in hits.iter().enumerate() {
        if (1..=LABEL_WORDS).contains(&page.stats[i].words) && hit.is_none() {
            copies.entry(page.texts[i]).or_default().push(i);
        }
    }
    let mut runs = Vec::new();
    for (&label, at) in copies.iter().filter(|(_, at)| at.len() >= ITEMS) {
        let mut first = 0;
        while first < at.len() {
            let mut last = first;
            let (mut shortest, mut longest) = (usize::MAX, 0);
            while last + 1 < at.len() {
                let gap = at[last + 1] - at[last];
                let (low, high) = (shortest.min(gap), longest.max(gap));
                if !(2..=LABEL_GAP).contains(&gap) || high > 3 * low + 2 {
                    break;
                }
                (shortest, longest, last) = (low, high, last + 1);
            }
            if last + 1 - first >= ITEMS {
                // Copies in a row have a gap: `shortest` is one of them.
                let item = shortest - 1;
                let run = at[first].saturating_sub(item)..n.min(at[last] + item + 1);
                // Under a header of other stories ("Read next", "More from the author"), the
                // items are other stories.
                let header = (run.start.saturating_sub(HEADER_REACH)..run.end)
                    .any(|i| hits[i].as_ref().is_some_and(|h| h.header));
                let shaped = found.iter().any(|r| r.start <= at[first] && at[last] < r.end);
                if !header && !shaped {
                    runs.push(run);
                    labels.insert(label);
                }
            }
            first = last + 1;
        }
    }
    runs
}

/// The items of a page that lists things (posts, courses, products, results): a run of items the
/// stages removed for where it stands and how it reads (or took for the page's title: on a page of
/// items the first item is as much the title as the next), whose item lines bring back at least
/// `ITEMS_SHARE` times the words kept, is the page's content; a line on every item (a label, a
/// button), a row of links (a long line with no sentence in it) and a date or byline line stay
/// removed; a run with a comment prompt in it is a thread,
/// not a listing. `labelled`: the page is not sure to be an article (runs a label marks are looked
/// for); `grid`: the page model reads it as a collection rather than a product, and a priced run
/// needs only `GRID_ITEMS_SHARE`. Run in every pass, on the blocks still kept:
/// the run is found again on what it kept, so cleaning the output again keeps it too.
pub(crate) fn keep_item_runs(page: &PassPage<'_>, marks: &mut Marks, settings: &Cleaner, labelled: bool, grid: bool) {
    if !settings.heuristics || marks.extracted {
        return;
    }
    let kept: u32 = (0..page.len()).filter(|&i| marks.reasons[i].is_none()).map(|i| page.stats[i].words).sum();
    let mut copies: FxHashMap<&str, usize> = FxHashMap::default();
    let mut labels = FxHashSet::default();
    let n = page.len();
    let thread = (marks.region.end..n).find(|&i| marks.hit_reason(i) == Some(&Reason::Comments)).unwrap_or(n);
    for run in item_runs(page, &marks.hits, labelled.then_some(&mut labels)) {
        // A thread: a comment section opening after the article and before the items' end, or a
        // reply link or comment prompt among them, makes them comments, which the comment stages
        // judge.
        if run.end > thread {
            continue;
        }
        // But four comment links or more ("12 comments" under each post of a blog's feed) are
        // the items' own lines; a prompt or a reply link or two among them opens a thread.
        let comment_links = run.clone().filter(|&i| marks.hit_reason(i) == Some(&Reason::Comments)).count();
        if (1..ITEMS).contains(&comment_links) {
            continue;
        }
        copies.clear();
        for i in run.clone() {
            *copies.entry(page.texts[i]).or_default() += 1;
        }
        let candidate = |i: &usize| {
            marks.hits[*i].is_none()
                && matches!(
                    marks.reasons[*i],
                    Some(Reason::LowContent | Reason::OutsideBody | Reason::UnrelatedHeadlines | Reason::Title)
                )
                && (copies[page.texts[*i]] <= ITEM_LINE_COPIES || labels.contains(page.texts[*i]))
                && (page.stats[*i].words <= PARAGRAPH_WORDS || page.stats[*i].sentence_ends > 0)
                && !page.date_lines[*i]
                && page.byline_in(*i).is_none()
        };
        let back: u32 = run.clone().filter(candidate).map(|i| page.stats[i].words).sum();
        // A shop's grid, priced items on a page read as a collection, is the page's content beside
        // a guide or a FAQ that outweighs it.
        let priced = grid && labelled && run.clone().filter(|&i| page.prices[i]).count() >= ITEMS;
        let share = if priced { GRID_ITEMS_SHARE } else { ITEMS_SHARE };
        // The item lines the stages kept: a run mostly kept that holds most of what the page keeps
        // is the page's content already, and its stragglers (an item cut at the region's edge) are
        // items too; beside an article, a list's last lines are left to the article's stages. An
        // item is short: an article's paragraphs, between which a teaser or a list of other
        // stories stands, are not items.
        let own = |i: &usize| {
            (copies[page.texts[*i]] <= ITEM_LINE_COPIES || labels.contains(page.texts[*i]))
                && marks.hits[*i].is_none()
                && page.stats[*i].words <= PARAGRAPH_WORDS
        };
        let held: u32 =
            run.clone().filter(|i| own(i) && marks.reasons[*i].is_none()).map(|i| page.stats[i].words).sum();
        if back > 0
            && (back as f32 >= share * kept as f32
                || (held >= ITEMS_HELD * back && held as f32 >= ITEMS_OF_PAGE * kept as f32))
        {
            for i in run.clone().filter(candidate).collect::<Vec<_>>() {
                marks.reasons[i] = None;
            }
            // The items' own lines are not a menu printed twice: every item repeats its labels.
            for i in run {
                marks.protected[i] |= marks.reasons[i].is_none();
            }
        } else if held > 0 && held as f32 >= ITEMS_OF_PAGE * kept as f32 {
            // A run whose kept item lines hold most of what the page keeps is its content, even
            // when it brings back too little to be restored: the lines it keeps, labels included
            // ("Remote", "Full-Time" on every job), are not a menu printed many times.
            for i in run {
                marks.protected[i] |= marks.reasons[i].is_none();
            }
        }
    }
}

/// The fewest features in a run of them.
const FEATURES: usize = 4;

/// The longest heading of a feature, in words.
const FEATURE_HEADING_WORDS: u32 = 10;

/// The words of a feature's sentence.
const FEATURE_SENTENCE_WORDS: (u32, u32) = (6, 50);

/// The longest line between a feature's heading and its sentence that the rules took for junk
/// (an icon's name, a step's number), in words.
const FEATURE_ICON_WORDS: u32 = 2;

/// The features of a service's or a product's page: a short heading over one sentence ("Scale
/// on demand" / "Your services grow with the traffic."), at least `FEATURES` of them in a
/// row, an icon or a step's number between them. They stand beside the page's prose in a grid the
/// region stage reads as a menu, and it keeps a FAQ at the page's end instead. On a page not read
/// as an article, such a run in the region or within `ITEM_GAP` blocks of it has its headings and
/// sentences kept where they were removed for where they stand or how they read (a grid farther
/// off is a menu's or other products'). Linear in the blocks.
pub(crate) fn keep_feature_runs(page: &PassPage<'_>, marks: &mut Marks, settings: &Cleaner, article: bool) {
    if !settings.heuristics || marks.extracted || article {
        return;
    }
    let n = page.len();
    let heading = |i: usize| {
        let t = page.texts[i].trim_end();
        (1..=FEATURE_HEADING_WORDS).contains(&page.stats[i].words)
            && !t.ends_with(['.', '!', '?', ':', ',', ';', '。', '？', '！', '：'])
    };
    let sentence = |i: usize| {
        let t = page.texts[i].trim_end();
        (FEATURE_SENTENCE_WORDS.0..=FEATURE_SENTENCE_WORDS.1).contains(&page.stats[i].words)
            && t.ends_with(['.', '!', '?', '。', '？', '！'])
            && page.stats[i].sentence_ends <= 1
    };
    // The blocks that count, icons and numbers left out.
    let lines: Vec<usize> = (0..n)
        .filter(|&i| {
            page.stats[i].words > 0
                && !(marks.reasons[i] == Some(Reason::Junk) && page.stats[i].words <= FEATURE_ICON_WORDS)
        })
        .collect();
    let mut p = 0;
    while p + 1 < lines.len() {
        let mut q = p;
        while q + 1 < lines.len() && heading(lines[q]) && sentence(lines[q + 1]) {
            q += 2;
        }
        let near = || lines[p] <= marks.region.end + ITEM_GAP && marks.region.start <= lines[q - 1] + ITEM_GAP;
        if (q - p) / 2 >= FEATURES && near() {
            for &i in &lines[p..q] {
                if marks.hits[i].is_none() && matches!(marks.reasons[i], Some(Reason::LowContent | Reason::OutsideBody))
                {
                    marks.reasons[i] = None;
                }
            }
            p = q;
        } else {
            p += 1;
        }
    }
}
