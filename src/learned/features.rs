//! The learned layer's features: numbers every stage of a pass already computed, read per block
//! (its statistics, the verdict and reason the stages gave it, its class, its place against the
//! body region, its neighbours) and per page (what share of the page is prose, dated, shaped,
//! kept). Nothing here re-reads the text but the one scan for a price.

use crate::heuristics::Class;
use crate::heuristics::structure::Shape;
use crate::pipeline::marks::Marks;
use crate::pipeline::page::PassPage;
use crate::stats::BlockStats;
use crate::verdict::Reason;
use rustc_hash::FxHashMap;

/// The page features' names, in order: what `scripts/train.py` and `--explain` call them.
pub(crate) const PAGE_NAMES: [&str; PAGE_FEATURES] = [
    "page blocks (log2)",
    "page language known",
    "page read as an extract",
    "page share of good blocks",
    "page share of short or bad blocks",
    "page share of blocks in the region",
    "page share of words in the region",
    "page share of words kept",
    "page share of date lines",
    "page share of shaped lines",
    "page share of table and list lines",
    "page share of comment lines",
    "page share of price lines",
    "page share of headline-list lines",
    "page share of navigation lines",
    "page share of headline-like lines",
    "page share of lines ending a sentence",
    "page mean words per block",
    "page good blocks (log2)",
    "page share of label-value lines",
    "page share of list items",
    "page share of numbered lines",
    "page share of code-like lines",
    "page share of repeated lines",
    "page share of advertising lines",
    "page date lines (log2)",
    "page price lines (log2)",
    "page share of lines after the region",
    "page share of lines before the region",
    "page share of removed lines",
    "page share of words after a comment section starts",
    "page words in the region (log2)",
];

/// How many page features there are.
pub(crate) const PAGE_FEATURES: usize = 32;

/// The block features' names, in order; the page's features follow them in a block's vector.
pub(crate) const BLOCK_NAMES: [&str; BLOCK_FEATURES] = [
    "removed by the stages",
    "navigation or keywords",
    "legal",
    "newsletter or share prompt",
    "comment prompt",
    "advertising or promo code",
    "caption",
    "teaser",
    "headline list",
    "repeat",
    "junk",
    "timestamp",
    "title, byline or date",
    "low-content outside the body",
    "good text outside the body",
    "user rule",
    "named by shape alone",
    "class (good, near-good, short, bad)",
    "in the body region",
    "in a table or list",
    "inline boilerplate",
    "a date line",
    "shape (row, field, quantity, item, dated)",
    "characters (log2)",
    "words",
    "stopword share",
    "sentence ends",
    "ends with punctuation",
    "ends with a colon",
    "starts lowercase",
    "uppercase share of letters",
    "digit share",
    "symbol share",
    "capitalised share of words",
    "separators",
    "commas",
    "mean word length",
    "a price",
    "position in the page",
    "distance after the region's start",
    "distance after the region's end",
    "blocks in its paragraph (log2)",
    "previous block's class",
    "previous block removed",
    "previous block's words",
    "previous block a date line",
    "next block's class",
    "next block removed",
    "next block's words",
    "next block a date line",
    "short or bad blocks within 3",
    "date lines within 3",
    "removed blocks within 3",
    "copies of its text in the page (log2)",
    "lines of its shape in the page (log2)",
    "removed blocks within 8",
    "good blocks within 8",
    "price lines within 8",
    "date lines within 8",
    "blocks to the nearest good block",
    "lines of its shape within 8",
    "after a comment section starts",
    "comment lines within 8",
];

/// How many block features there are.
pub(crate) const BLOCK_FEATURES: usize = 63;

/// How many numbers a block's vector holds: its own, then its page's.
pub(crate) const FEATURES: usize = BLOCK_FEATURES + PAGE_FEATURES;

/// The features of the blocks of a pass that were asked for, by their index (each vector ends
/// with the page's), and of the page.
pub(crate) struct Features {
    pub(crate) blocks: Vec<(usize, [f32; FEATURES])>,
    pub(crate) page: [f32; PAGE_FEATURES],
}

/// Reads the features of the pass's blocks `wanted` (and of the page) from the marks its stages
/// wrote.
pub(crate) fn compute(page: &PassPage<'_>, marks: &Marks, wanted: &dyn Fn(usize) -> bool) -> Features {
    let n = page.len();
    let prices = &page.prices;
    // How many blocks the pass sees of each text, by the text's number.
    let mut copies_of = vec![0u32; page.texts_apart];
    for &id in &page.copy_ids {
        copies_of[id as usize] += 1;
    }
    let copies = |i: usize| copies_of[page.copy_ids[i] as usize];
    let mut shapes: FxHashMap<u32, u32> = FxHashMap::default();
    let signatures: Vec<u32> = page.stats.iter().zip(&page.shapes).map(|(s, &shape)| signature(s, shape)).collect();
    for &sig in &signatures {
        *shapes.entry(sig).or_default() += 1;
    }
    let page_features = page_features(page, marks, prices, &copies);
    let comments = comment_section(marks, n);
    let good: Vec<usize> = (0..n).filter(|&i| marks.classes.get(i) == Some(&Class::Good)).collect();
    let blocks = (0..n)
        .filter(|&i| wanted(i))
        .map(|i| {
            let mut x = [0.0f32; FEATURES];
            block_features(page, marks, prices, i, &mut x[..BLOCK_FEATURES]);
            let wide = i.saturating_sub(8)..(i + 9).min(n);
            let within = |f: &dyn Fn(usize) -> bool| wide.clone().filter(|&j| j != i && f(j)).count() as f32;
            let nearest_good = match good.binary_search(&i) {
                Ok(_) => 0,
                Err(k) => {
                    let before = k.checked_sub(1).map_or(usize::MAX, |k| i - good[k]);
                    let after = good.get(k).map_or(usize::MAX, |&g| g - i);
                    before.min(after).min(64)
                }
            };
            let extra = [
                (copies(i) as f32).log2(),
                (shapes[&signatures[i]] as f32).log2(),
                within(&|j| marks.reasons.get(j).is_some_and(Option::is_some)),
                within(&|j| good.binary_search(&j).is_ok()),
                within(&|j| prices[j]),
                within(&|j| page.date_lines[j]),
                nearest_good as f32,
                within(&|j| signatures[j] == signatures[i]),
                f32::from(u8::from(i > comments)),
                within(&|j| marks.hit_reason(j) == Some(&Reason::Comments)),
            ];
            x[BLOCK_FEATURES - extra.len()..BLOCK_FEATURES].copy_from_slice(&extra);
            x[BLOCK_FEATURES..].copy_from_slice(&page_features);
            (i, x)
        })
        .collect();
    Features { blocks, page: page_features }
}

fn page_features(
    page: &PassPage<'_>,
    marks: &Marks,
    prices: &[bool],
    copies: &dyn Fn(usize) -> u32,
) -> [f32; PAGE_FEATURES] {
    let n = page.len().max(1) as f32;
    let count = |f: &dyn Fn(usize) -> bool| (0..page.len()).filter(|&i| f(i)).count() as f32;
    let share = |f: &dyn Fn(usize) -> bool| count(f) / n;
    let words: f32 = page.stats.iter().map(|s| s.words as f32).sum::<f32>().max(1.0);
    let words_where = |f: &dyn Fn(usize) -> bool| {
        (0..page.len()).filter(|&i| f(i)).map(|i| page.stats[i].words as f32).sum::<f32>() / words
    };
    let reason = |i: usize| marks.reasons.get(i).and_then(Option::as_ref);
    let class = |i: usize| marks.classes.get(i).copied();
    let comments = comment_section(marks, page.len());
    [
        (page.len() as f32 + 1.0).log2(),
        f32::from(u8::from(page.language.is_some())),
        f32::from(u8::from(marks.extracted)),
        share(&|i| class(i) == Some(Class::Good)),
        share(&|i| matches!(class(i), Some(Class::Short | Class::Bad))),
        share(&|i| marks.region.contains(&i)),
        words_where(&|i| marks.region.contains(&i)),
        words_where(&|i| reason(i).is_none()),
        share(&|i| page.date_lines[i]),
        share(&|i| page.shapes[i].is_some()),
        share(&|i| marks.structural.get(i).copied().unwrap_or(false)),
        share(&|i| marks.hit_reason(i) == Some(&Reason::Comments)),
        share(&|i| prices[i]),
        share(&|i| reason(i) == Some(&Reason::UnrelatedHeadlines)),
        share(&|i| matches!(marks.hit_reason(i), Some(Reason::Navigation | Reason::Keywords))),
        share(&|i| headline_like(&page.stats[i])),
        share(&|i| page.stats[i].ends_with_punctuation),
        words / n,
        (count(&|i| class(i) == Some(Class::Good)) + 1.0).log2(),
        share(&|i| page.shapes[i] == Some(Shape::Field)),
        share(&|i| page.shapes[i] == Some(Shape::Item)),
        share(&|i| page.shapes[i] == Some(Shape::Quantity)),
        share(&|i| code_like(page.texts[i], &page.stats[i])),
        share(&|i| copies(i) >= 3),
        share(&|i| matches!(marks.hit_reason(i), Some(Reason::Advertising | Reason::PromoCode))),
        (count(&|i| page.date_lines[i]) + 1.0).log2(),
        (count(&|i| prices[i]) + 1.0).log2(),
        share(&|i| i >= marks.region.end),
        share(&|i| i < marks.region.start),
        share(&|i| reason(i).is_some()),
        words_where(&|i| i > comments),
        (words_where(&|i| marks.region.contains(&i)) * words + 1.0).log2(),
    ]
}

/// Where a comment section starts after the article: its first comment prompt (the page's end
/// when there is none).
fn comment_section(marks: &Marks, n: usize) -> usize {
    (marks.region.end..n).find(|&i| marks.hit_reason(i) == Some(&Reason::Comments)).unwrap_or(n)
}

/// A block's shape in a few bits, to find lines of one kind repeated down a list: its words (in
/// buckets), whether it ends a sentence, starts with a digit or is mostly capitalised, and its
/// shape as a table row or list item.
fn signature(s: &BlockStats, shape: Option<Shape>) -> u32 {
    let words = match s.words {
        0..=2 => 0,
        3..=6 => 1,
        7..=15 => 2,
        16..=40 => 3,
        _ => 4,
    };
    let capitalised = u32::from(s.capitalised_words * 2 > s.words);
    let numeric = u32::from(s.numeric_words > 0);
    words
        | u32::from(s.ends_with_punctuation) << 3
        | capitalised << 4
        | numeric << 5
        | (shape.map_or(0.0, shape_code) as u32) << 6
}

/// A line shaped like a headline: a few capitalised words, no sentence end.
fn headline_like(s: &BlockStats) -> bool {
    (3..=15).contains(&s.words) && !s.ends_with_punctuation && s.capitalised_words * 2 >= s.words
}

fn block_features(page: &PassPage<'_>, marks: &Marks, prices: &[bool], i: usize, x: &mut [f32]) {
    let n = page.len();
    let s = &page.stats[i];
    let reason = marks.reasons.get(i).and_then(Option::as_ref);
    let class = |j: usize| marks.classes.get(j).map_or(0.0, |&c| class_code(c));
    let removed = |j: usize| marks.reasons.get(j).is_some_and(Option::is_some);
    let ratio = |a: u32, b: u32| if b == 0 { 0.0 } else { a as f32 / b as f32 };
    let region = &marks.region;
    let paragraph = page.paragraphs[i];
    let paragraph_blocks =
        page.paragraphs[i.saturating_sub(40)..(i + 40).min(n)].iter().filter(|&&p| p == paragraph).count();
    let window = i.saturating_sub(3)..(i + 4).min(n);
    let within = |f: &dyn Fn(usize) -> bool| window.clone().filter(|&j| j != i && f(j)).count() as f32;
    let mut k = 0;
    let mut put = |value: f32| {
        x[k] = value;
        k += 1;
    };
    put(f32::from(u8::from(reason.is_some())));
    for family in REASON_GROUPS {
        put(f32::from(u8::from(reason.is_some_and(family))));
    }
    put(f32::from(u8::from(marks.hits[i].as_ref().is_some_and(|h| h.shape))));
    put(class(i));
    put(f32::from(u8::from(region.contains(&i))));
    put(flag(&marks.structural, i));
    put(flag(&marks.inline, i));
    put(f32::from(u8::from(page.date_lines[i])));
    put(page.shapes[i].map_or(0.0, shape_code));
    put((s.chars as f32 + 1.0).log2());
    put(s.words as f32);
    put(ratio(s.stopwords, s.words));
    put(s.sentence_ends as f32);
    put(f32::from(u8::from(s.ends_with_punctuation)));
    put(f32::from(u8::from(s.ends_with_colon)));
    put(f32::from(u8::from(s.starts_lowercase)));
    put(ratio(s.uppercase, s.letters));
    put(ratio(s.digits, s.chars));
    put(ratio(s.symbols, s.chars));
    put(ratio(s.capitalised_words, s.words));
    put(s.separators as f32);
    put(s.commas as f32);
    put(ratio(s.word_chars, s.words));
    put(f32::from(u8::from(prices[i])));
    let nf = n.max(1) as f32;
    put(i as f32 / nf);
    put((i as f32 - region.start as f32) / nf);
    put((i as f32 - region.end as f32) / nf);
    put((paragraph_blocks as f32 + 1.0).log2());
    for j in [i.checked_sub(1), (i + 1 < n).then_some(i + 1)] {
        for value in neighbour(page, marks, j) {
            put(value);
        }
    }
    put(within(&|j| marks.classes.get(j).is_some_and(|c| matches!(c, Class::Short | Class::Bad))));
    put(within(&|j| page.date_lines[j]));
    put(within(&|j| removed(j)));
    debug_assert_eq!(k, BLOCK_FEATURES - 10);
}

/// A neighbour's features: its class, whether it is removed, its words, whether it is a date line
/// (all -1 at the page's edge).
fn neighbour(page: &PassPage<'_>, marks: &Marks, j: Option<usize>) -> [f32; 4] {
    let Some(j) = j else { return [-1.0; 4] };
    [
        marks.classes.get(j).map_or(0.0, |&c| class_code(c)),
        f32::from(u8::from(marks.reasons.get(j).is_some_and(Option::is_some))),
        page.stats[j].words as f32,
        f32::from(u8::from(page.date_lines[j])),
    ]
}

/// The families of reasons the block features tell apart, in the order of `BLOCK_NAMES` after
/// "removed by the stages".
const REASON_GROUPS: [fn(&Reason) -> bool; 15] = [
    |r| matches!(r, Reason::Navigation | Reason::Keywords),
    |r| matches!(r, Reason::Legal),
    |r| matches!(r, Reason::Newsletter | Reason::Social),
    |r| matches!(r, Reason::Comments),
    |r| matches!(r, Reason::Advertising | Reason::PromoCode),
    |r| matches!(r, Reason::Caption),
    |r| matches!(r, Reason::Teaser),
    |r| matches!(r, Reason::UnrelatedHeadlines),
    |r| matches!(r, Reason::Duplicate),
    |r| matches!(r, Reason::Junk),
    |r| matches!(r, Reason::Timestamp),
    |r| matches!(r, Reason::Title | Reason::Byline | Reason::Date),
    |r| matches!(r, Reason::LowContent),
    |r| matches!(r, Reason::OutsideBody),
    |r| matches!(r, Reason::Custom(_)),
];

fn flag(marks: &[bool], i: usize) -> f32 {
    f32::from(u8::from(marks.get(i).copied().unwrap_or(false)))
}

fn class_code(class: Class) -> f32 {
    match class {
        Class::Good => 0.0,
        Class::NearGood => 1.0,
        Class::Short => 2.0,
        Class::Bad => 3.0,
    }
}

fn shape_code(shape: Shape) -> f32 {
    match shape {
        Shape::Row(_) => 1.0,
        Shape::Field => 2.0,
        Shape::Quantity => 3.0,
        Shape::Item => 4.0,
        Shape::Dated => 5.0,
    }
}

/// Whether a line reads as code: brackets, semicolons or operators among few letters.
fn code_like(text: &str, s: &BlockStats) -> bool {
    s.symbols * 6 >= s.chars.max(1) && text.bytes().any(|b| matches!(b, b'{' | b'}' | b';' | b'=' | b'(' | b'<'))
}

/// Whether a line names a price: a currency sign or code next to a number.
pub(crate) fn has_price(text: &str) -> bool {
    const SIGNS: [&str; 10] = ["$", "€", "£", "¥", "₹", "USD", "EUR", "GBP", "zł", "CHF"];
    let bytes = text.as_bytes();
    // Every byte read, without stopping at the first digit: a loop the compiler does many bytes
    // at a time (most lines are short).
    if text.len() > 300 || !bytes.iter().fold(false, |digit, b| digit | b.is_ascii_digit()) {
        return false;
    }
    // One pass over the line, trying the signs where one can start (no sign overlaps itself, so
    // this finds every place each sign's own search would).
    let may_start = |at: &usize| matches!(bytes[*at], b'$' | b'U' | b'E' | b'G' | b'z' | b'C' | 0xC2 | 0xE2);
    (0..bytes.len()).filter(may_start).any(|at| {
        SIGNS.iter().any(|sign| bytes[at..].starts_with(sign.as_bytes()) && next_to_number(text, at, sign.len()))
    })
}

/// Whether the sign at `at..at + len` of `text` has a digit next to it, spaces aside.
fn next_to_number(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].trim_end().chars().next_back();
    let after = text[at + len..].trim_start().chars().next();
    before.is_some_and(|c| c.is_ascii_digit()) || after.is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_the_counts() {
        assert_eq!(BLOCK_NAMES.len(), BLOCK_FEATURES);
        assert_eq!(PAGE_NAMES.len(), PAGE_FEATURES);
        assert_eq!(REASON_GROUPS.len() + 2, BLOCK_NAMES.iter().position(|n| n.starts_with("class")).unwrap());
    }

    #[test]
    fn prices() {
        for (text, price) in [
            ("Blue kettle, 1.7 l $24.99", true),
            ("Preis: 19,90 €", true),
            ("EUR 120 per night", true),
            ("We raised $ for the school", false),
            ("Save the date: 12 May", false),
            ("Costs rose 4% in 2024", false),
        ] {
            assert_eq!(has_price(text), price, "{text}");
        }
    }
}
