//! The body region: where the article is. One stage in five steps, in order: find the densest
//! run of good text (not a reader thread), prefer the run under the headline, take in the edges,
//! end before closing chrome (comments, dated listings, footers), trim what is off the topic; then
//! grow it over the tables and lists that belong to it.

use super::marks::{self, Marks};
use super::page::PassPage;
use crate::Cleaner;
use crate::heuristics::body::Blocks;
use crate::heuristics::{self, Class, Thresholds};
use crate::verdict::Reason;
use std::ops::Range;

/// Finds the article among the page's blocks and writes it to `marks.region`; an extract is the
/// article already, so in one only its end is looked for.
pub(crate) fn find_region(page: &PassPage<'_>, marks: &mut Marks, settings: &Cleaner) {
    let chrome = marks::chrome(&marks.hits, &marks.structural);
    let blocks = Blocks {
        texts: &page.texts,
        stats: &page.stats,
        words: &page.words,
        classes: &marks.classes,
        inline: &marks.inline,
        structural: &marks.structural,
        ruled: &marks.ruled,
        chrome: &chrome,
        language: page.language,
        t: &settings.thresholds,
    };
    let mut region = marks.region.clone();
    if !marks.extracted {
        region = find_start(page, marks, &blocks);
    }
    let (region, legal) = find_end(page, marks, &blocks, region);
    marks.region = region;
    for i in legal {
        marks.reasons[i].get_or_insert(Reason::Legal);
    }
    take_in_structure(page, marks);
}

/// The densest run of good text, the best one before a comments header when that run is a reader
/// thread, or what stands under the headline when no text reads as an article; then the run under
/// the headline when it continues the page's title, and the prose at the edges.
fn find_start(page: &PassPage<'_>, marks: &Marks, blocks: &Blocks<'_>) -> Range<usize> {
    let (stats, n, t) = (&page.stats, page.len(), blocks.t);
    let (classes, inline, structural) = (&marks.classes, &marks.inline, &marks.structural);
    let mut region = heuristics::body::find_body(classes, stats, inline, structural, t).unwrap_or(0..0);
    if let Some(before) = before_thread(page, marks, t, &region) {
        region = before;
    }
    let headline = heuristics::body::headline(&page.texts, stats);
    if let Some(headline) = headline.filter(|_| region.is_empty()) {
        // No text on the page reads as an article (a page of captions, fields or one short
        // line): what stands under the headline, up to the first page chrome, is the best guess.
        let limit = n.min(headline + 1 + heuristics::body::AFTER_HEADLINE);
        let chrome_at = |i: &usize| marks.hits[*i].as_ref().is_some_and(|h| !h.reason.is_inline());
        let start = (headline + 1..limit).find(|i| !chrome_at(i)).unwrap_or(limit);
        let end = (start..limit).find(chrome_at).unwrap_or(limit);
        region = start..end;
    }
    if region.is_empty() {
        // Still nothing (no headline, or a later pass, which sees only what the first kept under
        // the headline): what the rules leave stays. Losing a page is worse than keeping its
        // chrome, and the cleaned text must clean to itself.
        region = 0..n;
    }
    if let Some(headline) = headline {
        region = heuristics::body::prefer_headline_run(region, headline, blocks);
    }
    heuristics::body::take_in_edges(region, stats, &marks.ruled, &marks.skipped)
}

/// A reader thread can outweigh a short article: when the region starts after a comments header
/// and reads as a thread (comments stamped with dates), the article is the best region before
/// that header, if there is one of a few paragraphs. A comment count in the byline row is
/// followed by the article, which has no such stamps.
fn before_thread(page: &PassPage<'_>, marks: &Marks, t: &Thresholds, region: &Range<usize>) -> Option<Range<usize>> {
    let (stats, classes) = (&page.stats, &marks.classes);
    let header = (0..region.start.min(page.len()))
        .rev()
        .find(|&i| marks.hit_reason(i) == Some(&Reason::Comments) && !marks.structural[i])?;
    let stamped = region.clone().filter(|&i| page.date_lines[i]).nth(1).is_some();
    if !stamped {
        return None;
    }
    let before =
        heuristics::body::find_body(&classes[..header], &stats[..header], &marks.inline, &marks.structural, t)?;
    let long = heuristics::body::good_chars(&before, classes, stats) >= heuristics::body::MIN_ARTICLE_CHARS / 2;
    let paragraphs = before.clone().filter(|&i| classes[i] == Class::Good).nth(1).is_some();
    (long && paragraphs).then_some(before)
}

/// The article ends before a comment thread or a dated listing of other stories, in a page and
/// in an extract alike. Closing chrome, a legal document and off-topic text across page chrome
/// end a page's article only: in an extract, what follows the chrome is as likely the article's
/// end. Returns the region and the legal document cut from its end (empty when none).
fn find_end(
    page: &PassPage<'_>,
    marks: &Marks,
    blocks: &Blocks<'_>,
    region: Range<usize>,
) -> (Range<usize>, Range<usize>) {
    let mut region = heuristics::body::end_before_comments(region, blocks);
    region = heuristics::body::end_before_dated_listing(region, blocks.classes, blocks.stats, &page.date_lines);
    if marks.extracted {
        return (region, 0..0);
    }
    region = heuristics::body::end_at_closing_chrome(region, blocks);
    let legal;
    (region, legal) = heuristics::body::end_before_legal_text(region, blocks);
    // Topic overlap needs words: a page without a stopword list may be written without spaces,
    // where a "word" is a whole phrase.
    if let (Some(language), Some(heuristics::classify::Scale::Density(_))) = (page.language, marks.scale) {
        region = heuristics::body::trim_off_topic(region, blocks, language);
    }
    let region = heuristics::body::take_in_edges(region, blocks.stats, &marks.ruled, &marks.inline);
    (take_in_numbered_sections(page, blocks, region), legal)
}

/// The number of a section's heading ("3. OVHcloud", "# 4) Pricing", "5: Plan for growth"): a
/// line of a few words that opens with a number of one to three digits and a stop, bracket or
/// colon, past a heading mark.
fn section_number(text: &str, words: u32) -> Option<u32> {
    if words > SECTION_HEADING_WORDS {
        return None;
    }
    let text = text.trim_start_matches(['#', ' ']);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text[digits..];
    let numbered = (1..=3).contains(&digits) && rest.starts_with(['.', ')', ':']) && rest[1..].starts_with(' ');
    numbered.then(|| text[..digits].parse().ok()).flatten()
}

/// The most words of a numbered section's heading.
const SECTION_HEADING_WORDS: u32 = 15;

/// How far the next numbered heading of a listicle may stand from the last, in blocks.
const SECTION_REACH: usize = 80;

/// A listicle's sections go on past the region: when the region holds two numbered headings in
/// a row ("1. ...", "2. ..."), the headings that continue the count after it ("3. ...", "4. ..."),
/// each within `SECTION_REACH` blocks of the last and with no page chrome between, take the
/// region on to the last one's section, as long as the longest section before it or up to the
/// first chrome. A list of other stories after the article counts from 1 again; the sections'
/// spec lines and short labels, which read as chrome to the density stage, cut the region there.
fn take_in_numbered_sections(page: &PassPage<'_>, blocks: &Blocks<'_>, region: Range<usize>) -> Range<usize> {
    let (n, chrome) = (page.len(), blocks.chrome);
    let number = |i: usize| section_number(page.texts[i], page.stats[i].words);
    // The last two numbered headings of the region, counting up by one.
    let mut headings = region.clone().rev().filter_map(|i| number(i).map(|k| (i, k)));
    let (Some((last_at, last)), Some((before_at, before))) = (headings.next(), headings.next()) else {
        return region;
    };
    if before + 1 != last {
        return region;
    }
    let mut longest = last_at - before_at;
    let (mut at, mut count) = (last_at, last);
    loop {
        let limit = n.min(at + 1 + SECTION_REACH);
        let Some(next) = (at + 1..limit).find(|&i| chrome[i].is_some() || number(i).is_some()) else { break };
        if chrome[next].is_some() || number(next) != Some(count + 1) {
            break;
        }
        longest = longest.max(next - at);
        (at, count) = (next, count + 1);
    }
    if at < region.end {
        return region;
    }
    let end = (at + 1..n.min(at + longest)).find(|&i| chrome[i].is_some()).unwrap_or(n.min(at + longest));
    region.start..end.max(region.end)
}

/// The tables, lists, schedules and records that belong to the article grow it and are kept whole:
/// table rows look like link rows and spec fields like captions, but other rules (tags, share
/// rows, ads) still hold inside the unit.
fn take_in_structure(page: &PassPage<'_>, marks: &mut Marks) {
    for run in std::mem::take(&mut marks.runs) {
        let grown =
            heuristics::structure::belongs_to_body(&run, &marks.region, &page.texts, &page.stats, &marks.inline);
        if let Some(grown) = grown {
            marks.region = grown;
            for i in run {
                marks.protected[i] = true;
                if matches!(marks.reasons[i], Some(Reason::Navigation | Reason::Caption | Reason::Junk)) {
                    marks.reasons[i] = None;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::section_number;

    #[test]
    fn a_sections_number_opens_its_heading() {
        let words = |text: &str| text.split_whitespace().count() as u32;
        for (text, number) in [
            ("3. OVHcloud", Some(3)),
            ("# 4) Pricing and plans", Some(4)),
            ("12: Plan for growth", Some(12)),
            ("3.5 million people took the ferry", None),
            ("2025. A year on the island", None),
            ("Chapter 3. The pier", None),
            (
                "1. The council met on Monday night and decided, after a long debate about the costs and the crews, to keep the ferry running.",
                None,
            ),
        ] {
            assert_eq!(section_number(text, words(text)), number, "{text}");
        }
    }
}
