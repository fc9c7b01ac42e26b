//! Stages that read each block by its statistics and its neighbours: the class of each block,
//! the units of structure (tables, lists), whether the text is an extract, and the inline
//! boilerplate that neighbours step over.

use super::marks::Marks;
use super::page::PassPage;
use crate::heuristics::{self, Class};
use crate::verdict::Reason;
use crate::{Cleaner, Input};
use std::ops::Range;

/// In an extract, the longest line a caption can be, in characters.
const EXTRACT_CAPTION_CHARS: u32 = 150;

/// Most sign-up, share, tag or user-rule lines in a row (inline boilerplate among them aside)
/// that still sit between two paragraphs of one article.
const SOFT_CHROME_LINES: usize = 2;

/// Each block's class (good text, near good, short, bad) by its statistics, scaled to the page's
/// prose. Hard-wrapped paragraphs (text dumps that break lines at a fixed width) are judged as the
/// paragraph they are, not line by line.
pub(crate) fn classify(page: &PassPage<'_>, marks: &mut Marks, settings: &Cleaner) {
    let t = &settings.thresholds;
    marks.ruled = marks.hits.iter().map(Option::is_some).collect();
    let judged_stats =
        heuristics::classify::unwrap_paragraphs(&page.stats, &page.texts, &page.paragraphs, &marks.ruled);
    let scale = heuristics::classify::scale(&judged_stats, &marks.ruled, page.language.is_some());
    marks.classes =
        judged_stats.iter().zip(&marks.ruled).map(|(s, &r)| heuristics::classify::classify(s, r, t, scale)).collect();
    marks.scale = Some(scale);
}

/// Tables, lists, schedules and records, each one unit: runs of shaped lines, and lists whose
/// marks the converter dropped, under the sentence that introduces them.
pub(crate) fn find_structure(page: &PassPage<'_>, marks: &mut Marks) {
    let mut runs = heuristics::structure::find_runs(&page.shapes);
    for list in heuristics::structure::find_introduced_lists(&page.stats, &marks.ruled) {
        if !runs.iter().any(|r| r.start < list.end && list.start < r.end) {
            runs.push(list);
        }
    }
    for listing in heuristics::structure::find_code(&page.code_lines) {
        if !runs.iter().any(|r| r.start < listing.end && listing.start < r.end) {
            runs.push(listing);
        }
    }
    marks.structural = vec![false; page.len()];
    for run in &runs {
        marks.structural[run.clone()].fill(true);
    }
    marks.runs = runs;
}

/// Whether the text is an extractor's output: `settled` when an earlier pass said, else as the
/// settings say or the text reads. An extractor keeps lists and tables whole: their lines are
/// shaped like link rows and keyword lists, and a short line next to a caption is a cell as often
/// as a picture's alt text, so in an extract neither shape nor place alone removes anything; nor
/// is a paragraph a caption.
pub(crate) fn read_kind(page: &PassPage<'_>, marks: &mut Marks, settings: &Cleaner, settled: Option<bool>) {
    let stats = &page.stats;
    marks.looks_extracted = settings.input == Input::Auto
        && heuristics::body::looks_extracted(&marks.classes, stats, &marks.hits, &page.texts, &marks.structural);
    marks.extracted = settled.unwrap_or(match settings.input {
        Input::Extracted => true,
        Input::Page => false,
        Input::Auto => marks.looks_extracted,
    });
    if !marks.extracted {
        return;
    }
    let blocks = marks.hits.iter_mut().zip(&mut marks.reasons).zip(marks.named.iter().zip(stats));
    for ((hit, reason), (&named, stats)) in blocks {
        if hit.as_ref().is_some_and(|h| {
            h.shape || (h.reason == Reason::Caption && (!named || stats.chars >= EXTRACT_CAPTION_CHARS))
        }) {
            *hit = None;
            *reason = None;
        }
    }
}

/// Inline boilerplate (ads, captions, teasers) and a sign-up, share, tag or user-rule line or two
/// between paragraphs say nothing about the text around them: they are skipped when neighbours
/// settle a block (the smoothing here) and when the region takes in prose at its edges.
pub(crate) fn mark_inline(page: &PassPage<'_>, marks: &mut Marks, settings: &Cleaner) {
    marks.inline = marks.hits.iter().map(|h| h.as_ref().is_some_and(|h| h.reason.is_inline())).collect();
    mark_headline_lists_inline(page, marks);
    let n = page.len();
    // Soft chrome: a sign-up, share, tag or user-rule line, which sits inside articles too.
    let soft = |i: usize| {
        marks
            .hit_reason(i)
            .is_some_and(|r| matches!(r, Reason::Newsletter | Reason::Social | Reason::Keywords | Reason::Custom(_)))
    };
    let text_at = |j: usize| marks.hit_reason(j).is_none() && matches!(marks.classes[j], Class::Good | Class::NearGood);
    let inline = &marks.inline;
    let mut skipped = inline.clone();
    let mut i = 0;
    while i < n {
        if !(inline[i] || soft(i)) {
            i += 1;
            continue;
        }
        // A run of inline boilerplate and soft chrome: its soft lines are skipped too when there
        // are at most two of them and text stands on both sides.
        let end = (i..n).find(|&j| !(inline[j] || soft(j))).unwrap_or(n);
        let soft_lines = (i..end).filter(|&j| !inline[j]).count();
        if soft_lines <= SOFT_CHROME_LINES && i > 0 && end < n && text_at(i - 1) && text_at(end) {
            skipped[i..end].fill(true);
        }
        i = end;
    }
    heuristics::classify::smooth(&mut marks.classes, &skipped, &settings.thresholds);
    marks.skipped = skipped;
}

/// A list of other stories under its header ("More Stories" and the headlines in its paragraph)
/// sits inside articles as often as after them: in the region each of its lines costs what inline
/// boilerplate costs, and the headline heuristics remove the list afterwards. The header too: a
/// neighbour of the paragraph after the list, it must not make that paragraph look like the page's
/// end.
fn mark_headline_lists_inline(page: &PassPage<'_>, marks: &mut Marks) {
    let (stats, paragraphs, n) = (&page.stats, &page.paragraphs, page.len());
    for i in 0..n {
        if marks.hit_reason(i) == Some(&Reason::UnrelatedHeadlines) && stats[i].words <= 6 {
            let paragraph = paragraphs[i];
            let members: Vec<usize> = (i + 1..n)
                .take_while(|&j| {
                    paragraphs[j] == paragraph
                        && marks.hits[j].is_none()
                        && stats[j].words <= 15
                        && stats[j].sentence_ends <= 1
                })
                .collect();
            if !members.is_empty() {
                marks.inline[i] = true;
            }
            for j in members {
                marks.inline[j] = true;
            }
        }
    }
}

/// The longest line, in words, that marks the posts of a thread (a reply link).
const POST_MARK_WORDS: u32 = 3;

/// How far after the body the first post mark may stand, in blocks.
const POST_MARK_REACH: usize = 3;

/// The replies of a thread whose first post is the body: a mark right under the body that comes
/// again with each of at least two later posts, each with good text, marks them. A mark is a short
/// comment prompt under each post (a reply link: the same line each time), the span running from
/// the body's end to its last copy; or a line of a poster's card over each post (junk that opens
/// with a word: "Joined: ...", "Posts: ..."; the same label each time), the span running on
/// through the text of the post under the last card. Empty when the page shows no such thing.
/// Linear in the blocks.
fn replies(page: &PassPage<'_>, region: &Range<usize>, reasons: &[Option<Reason>]) -> Range<usize> {
    let n = page.len();
    if region.is_empty() {
        return 0..0;
    }
    let prompt = |i: usize| page.stats[i].words <= POST_MARK_WORDS && reasons[i] == Some(Reason::Comments);
    let label = |i: usize| card_label(page, reasons, i);
    let mark = |i: &usize| prompt(*i) || label(*i).is_some();
    let Some(first) = (region.end..(region.end + POST_MARK_REACH).min(n)).find(mark) else { return 0..0 };
    let card = label(first);
    let same = |i: usize| match card {
        Some(card) => label(i).is_some_and(|l| l.eq_ignore_ascii_case(card)),
        None => page.texts[i] == page.texts[first],
    };
    let (mut last, mut posts, mut text) = (first, 0, false);
    for i in first + 1..n {
        if same(i) {
            if !text {
                break;
            }
            (last, posts, text) = (i, posts + 1, false);
        } else {
            text |= post_text(page, i);
        }
    }
    if posts < 2 {
        return 0..0;
    }
    if card.is_none() {
        return region.end..last;
    }
    // The post under the last card: past the card's other lines to its text, up to the first line
    // that is not text.
    let opens = (last + 1..n).find(|&i| post_text(page, i)).unwrap_or(n);
    let closes = (opens..n).find(|&i| !post_text(page, i) || reasons[i].is_some()).unwrap_or(n);
    let card_lines = (last + 1..opens).all(|i| {
        page.date_lines[i] || card_label(page, reasons, i).is_some() || page.stats[i].words <= POST_MARK_WORDS
    });
    region.end..if card_lines { closes } else { last }
}

/// The label a line of a poster's card opens with ("Joined", "Posts"): its first word, when the
/// rules took the line for junk and it opens with a letter (a lone number is junk too, and no card).
fn card_label<'a>(page: &PassPage<'a>, reasons: &[Option<Reason>], i: usize) -> Option<&'a str> {
    if reasons[i] != Some(Reason::Junk) || page.stats[i].words > CARD_WORDS {
        return None;
    }
    let text = page.texts[i];
    let word = text.split(|c: char| !c.is_alphabetic()).next().filter(|w| !w.is_empty())?;
    Some(word)
}

/// The most words of a line of a poster's card ("Joined: Thu Aug 27, 2020 2:37 pm").
const CARD_WORDS: u32 = 8;

/// The fewest words of a post's text.
const POST_WORDS: u32 = 8;

/// Whether a block reads as a post's text: a sentence or more.
fn post_text(page: &PassPage<'_>, i: usize) -> bool {
    let s = &page.stats[i];
    s.words >= POST_WORDS && s.sentence_ends >= 1
}

/// Outside the article, text with little language in it is low-content, and good text is kept
/// only when it is long (a second part the region left out), unless it is a comment: text between
/// a thread's stamps, names and reply links, after a comment section starts.
pub(crate) fn mark_outside_body(page: &PassPage<'_>, marks: &mut Marks, settings: &Cleaner) {
    let t = &settings.thresholds;
    let (n, region, reasons, classes) = (page.len(), &marks.region, &mut marks.reasons, &marks.classes);
    let thread = (region.end..n).find(|&i| reasons[i] == Some(Reason::Comments));
    // A line of a thread: a stamp, a name, a reply link, removed chrome or another comment.
    let in_thread = |j: usize| {
        !region.contains(&j)
            && (page.date_lines[j]
                || matches!(reasons[j], Some(Reason::Comments | Reason::Junk))
                || (reasons[j].is_none() && classes[j] != Class::Good))
    };
    // Each block's nearest neighbours, before and after, that are not good text no stage removed:
    // a comment of several paragraphs stands between a thread's lines as a whole.
    let plain = |j: usize| classes[j] == Class::Good && reasons[j].is_none() && !region.contains(&j);
    let mut before = vec![None; n];
    for i in 1..n {
        before[i] = if plain(i - 1) { before[i - 1] } else { Some(i - 1) };
    }
    let mut after = vec![None; n];
    for i in (0..n.saturating_sub(1)).rev() {
        after[i] = if plain(i + 1) { after[i + 1] } else { Some(i + 1) };
    }
    let comment: Vec<bool> = (0..n)
        .map(|i| {
            thread.is_some_and(|start| {
                i > start && before[i].is_some_and(|j| j >= start && in_thread(j)) && after[i].is_some_and(in_thread)
            })
        })
        .collect();
    let replies = replies(page, region, reasons);
    for i in 0..n {
        if reasons[i].is_none() && !region.contains(&i) {
            reasons[i] = match classes[i] {
                _ if replies.contains(&i) && post_text(page, i) => None,
                Class::Good if page.stats[i].chars >= t.outside_keep_length && !comment[i] => None,
                Class::Good | Class::NearGood => Some(Reason::OutsideBody),
                Class::Short | Class::Bad => Some(Reason::LowContent),
            };
        }
    }
}
