//! The body region: the article is one dense run of good blocks.
//!
//! Every block scores its length in characters, positive when it is good text and negative when it
//! is bad (at least a minimum per block, so a menu of many tiny links costs as much as it looks).
//! The run of blocks with the highest total score (the maximum subarray) is the body.

use super::headlines::{Vocabulary, content_words, overlap};
use super::structure::Shape;
use super::{Class, Thresholds};
use crate::lang::Language;
use crate::metadata;
use crate::rules::Hit;
use crate::stats::{BlockStats, Word};
use crate::verdict::Reason;
use std::ops::Range;

/// Smallest cost of a bad block, in characters.
const MIN_BAD_COST: f32 = 24.0;

/// Cost of a block a rule removed as inline boilerplate (ads, captions, teasers, promo codes),
/// whatever its length: these sit inside articles, so they must not split the body the way a long
/// run of page chrome (menus, footers, sign-up forms) does.
const RULED_COST: f32 = 40.0;

/// At most this many short lines before an extract's first good block (a title, a byline, a
/// date) and after its last (a sign-off, a credit); a page's menus and footer have dozens.
const EXTRACT_SHORT_EDGE: usize = 3;

/// At most this many lines of any length before an extract's first prose: a title, a standfirst,
/// a byline, a date.
const EXTRACT_HEAD: usize = 4;

/// A first line of this many words is a paragraph, not a page's HTML title.
const TITLE_WORDS: u32 = 20;

/// Whether the text reads as an HTML extractor's output rather than a whole page: a few short
/// lines at most before the first good block and after the last one, none of them page chrome
/// (a menu, a share row, a legal footer). Rule hits between them do not decide: extractors keep
/// lists and tables that look like chrome. When in doubt it is a page: page cleaning loses little
/// of an extract, extract cleaning keeps all of a page's chrome the rules do not name.
pub(crate) fn looks_extracted(
    classes: &[Class],
    stats: &[BlockStats],
    hits: &[Option<Hit>],
    texts: &[&str],
    structural: &[bool],
) -> bool {
    let n = classes.len();
    // Prose: a good block, or a near-good sentence after the first line (a page's first line is
    // its HTML title, "Headline | Site", near-good and sometimes ending in a stop).
    let prose = |i: &usize| {
        classes[*i] == Class::Good
            || (classes[*i] == Class::NearGood
                && stats[*i].ends_with_punctuation
                && stats[*i].words >= if *i == 0 { TITLE_WORDS } else { 8 })
    };
    let first_good = (0..n).find(prose).unwrap_or(n);
    let last_good = (0..n).rev().find(prose).unwrap_or(0);
    // Extractors write lists and tables with their own marks ("- item", "| a | b |"): a run of
    // them is the article's, however short its lines.
    let marked = |i: usize| {
        structural[i] && matches!(super::structure::shape(texts[i], &stats[i]), Some(Shape::Row(_) | Shape::Item))
    };
    let short = |range: Range<usize>| range.filter(|&i| stats[i].words <= 4 && !marked(i)).count();
    let chrome = |i: usize| !marked(i) && hits[i].as_ref().is_some_and(|h| !h.reason.is_inline());
    first_good < n
        && short(0..first_good) <= EXTRACT_SHORT_EDGE
        && (0..first_good).filter(|&i| !marked(i)).count() <= EXTRACT_HEAD
        && short(last_good + 1..n) <= EXTRACT_SHORT_EDGE
        && !(0..first_good).chain(last_good + 1..n).any(chrome)
}

/// The characters of the good blocks in `range`.
pub(crate) fn good_chars(range: &Range<usize>, classes: &[Class], stats: &[BlockStats]) -> u32 {
    range.clone().filter(|&i| classes[i] == Class::Good).map(|i| stats[i].chars).sum()
}

/// Finds the range of block indices holding the article, or `None` when no block is good.
pub(crate) fn find_body(
    classes: &[Class],
    stats: &[BlockStats],
    inline: &[bool],
    structural: &[bool],
    t: &Thresholds,
) -> Option<Range<usize>> {
    let penalty = 1.0 / t.body_bridge.max(0.01);
    let mut best: Option<(f32, Range<usize>)> = None;
    let mut run_start = 0;
    let mut run_score = 0.0f32;
    for (i, (class, stats)) in classes.iter().zip(stats).enumerate() {
        let chars = stats.chars as f32;
        let score = if inline[i] && !structural[i] {
            -RULED_COST * penalty
        } else {
            let score = match class {
                Class::Good => chars,
                Class::NearGood => chars * 0.5,
                Class::Short => -MIN_BAD_COST * 0.5 * penalty,
                Class::Bad => -chars.clamp(MIN_BAD_COST, (t.bad_cost_cap as f32).max(MIN_BAD_COST)) * penalty,
            };
            // A line of a table or list may add to the article but never breaks it.
            if structural[i] { score.max(0.0) } else { score }
        };
        if run_score <= 0.0 {
            run_start = i;
            run_score = 0.0;
        }
        run_score += score;
        if run_score > 0.0 && best.as_ref().is_none_or(|(s, _)| run_score > *s) {
            best = Some((run_score, run_start..i + 1));
        }
    }
    best.map(|(_, range)| range)
}

/// Most blocks the region grows by at each edge to take in prose it left out.
const EDGE_GROWTH: usize = 2;

/// Grows the region over prose at its edges: a lead paragraph with few stopwords (a dateline,
/// names and numbers) or a standfirst above the byline and date before it, or a closing paragraph
/// after it, that is a whole sentence or two, has no rule against it and no link-row separators.
/// Inline boilerplate between is stepped over, and before the region up to two short lines.
pub(crate) fn take_in_edges(
    region: Range<usize>,
    stats: &[BlockStats],
    ruled: &[bool],
    inline: &[bool],
) -> Range<usize> {
    if region.is_empty() {
        return region;
    }
    let prose = |i: usize| {
        let s = &stats[i];
        let sentences = (s.ends_with_punctuation && s.sentence_ends >= 1) || s.sentence_ends >= 2;
        !ruled[i] && sentences && s.weighted_words() >= 12 && s.separators == 0
    };
    let mut start = region.start;
    for _ in 0..EDGE_GROWTH {
        // A standfirst sits above the byline and date: up to two short lines may lie between.
        let mut candidates = (0..start).rev().filter(|&i| !inline[i]);
        let Some(i) = candidates.by_ref().take(3).find(|&i| !is_short_line(&stats[i]) || prose(i)) else { break };
        // A standfirst right above the region: one sentence is enough.
        let lead = |i: usize| {
            let s = &stats[i];
            i + 1 == start
                && !ruled[i]
                && s.ends_with_punctuation
                && s.sentence_ends >= 1
                && s.words >= SENTENCE_WORDS
                && s.separators == 0
        };
        if !(prose(i) || lead(i)) || (i + 1..start).any(|j| !inline[j] && !is_short_line(&stats[j])) {
            break;
        }
        start = i;
    }
    let mut end = region.end;
    for _ in 0..EDGE_GROWTH {
        let Some(i) = (end..stats.len()).find(|&i| !inline[i]) else { break };
        if !prose(i) {
            break;
        }
        end = i + 1;
    }
    start..end
}

/// A line of a few words with no rule against it: a byline, a date, a kicker.
fn is_short_line(stats: &BlockStats) -> bool {
    stats.weighted_words() <= 8
}

/// How far after the headline the article must start to be looked for there, in blocks.
pub(crate) const AFTER_HEADLINE: usize = 60;

/// The headline block. Converters print the HTML title first ("Headline | Site"), and the page
/// shows the headline again above the article: the first later block that holds the first line's
/// headline part, or failing that one the headline part holds with at least two words and half of
/// its words.
pub(crate) fn headline(texts: &[&str], stats: &[BlockStats]) -> Option<usize> {
    let first = texts.first()?;
    let head = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "]
        .iter()
        .filter_map(|sep| first.rfind(sep).map(|at| &first[..at]))
        .min_by_key(|h| h.len())
        .unwrap_or(first)
        .trim();
    let head_words = head.split_whitespace().count();
    // One word is a headline only when it is long enough not to be a menu item ("News").
    if head_words == 0 || (head_words == 1 && head.chars().count() < 8) {
        return None;
    }
    let candidates = 1..texts.len().min(400);
    let min_words = head_words.min(2) as u32;
    let headline_like = |i: usize| stats[i].words >= min_words && stats[i].words <= 40 && stats[i].sentence_ends <= 1;
    let finder = memchr::memmem::Finder::new(head.as_bytes());
    let holds_head = |i: usize| {
        (head.len()..=head.len() * 3).contains(&texts[i].len()) && finder.find(texts[i].as_bytes()).is_some()
    };
    // A part of the headline starts and ends with bytes the headline has: most lines of a menu
    // fail that at once, before their words are counted and the headline searched.
    let mut in_head = [false; 256];
    for &b in head.as_bytes() {
        in_head[usize::from(b)] = true;
    }
    let ends_in_head = |text: &str| {
        let bytes = text.as_bytes();
        bytes.first().is_some_and(|&b| in_head[usize::from(b)])
            && bytes.last().is_some_and(|&b| in_head[usize::from(b)])
    };
    candidates.clone().find(|&i| headline_like(i) && holds_head(i)).or_else(|| {
        candidates.into_iter().find(|&i| {
            headline_like(i)
                && texts[i].len() < head.len()
                && ends_in_head(texts[i])
                && texts[i].split_whitespace().count() * 2 >= head_words
                && head.contains(texts[i])
        })
    })
}

/// The fewest lines above the headline, inside the region, that make a head of chrome (a menu);
/// fewer are a kicker or a section's name.
const HEAD_CHROME_LINES: usize = 4;

/// A block of this many words above the headline, inside the region, is a paragraph: the head
/// is then the article's (a standfirst printed first); without one it is a menu, a teaser box or
/// a site's tagline.
const HEAD_PARAGRAPH_WORDS: u32 = 20;

/// The article continues its headline: when the region found is far from the headline and shares
/// under half of its words while a run of text right under the headline shares at least half, and
/// clearly more, that run is the article (the region found was a cookie dialog, a comment thread,
/// a sidebar, an author box or another post). A post of a sentence or two has no good block: its
/// run is the lines under the headline up to the first page chrome, to the last sentence, when
/// there are two sentences or more.
pub(crate) fn prefer_headline_run(region: Range<usize>, headline: usize, blocks: &Blocks<'_>) -> Range<usize> {
    let Blocks { classes, stats, words, inline, structural, ruled, language, t, .. } = *blocks;
    let n = classes.len();
    let start = headline + 1;
    // The region lies before the headline (a sidebar or a teaser box above the article) or far
    // under it.
    let before = region.end <= headline;
    if region.is_empty() || start >= n {
        return region;
    }
    if region.start <= start && !before {
        // The region runs over the headline: what it holds above it is the article's only when it
        // holds a paragraph.
        let above = region.start..headline;
        let paragraph = above.clone().any(|i| stats[i].words >= HEAD_PARAGRAPH_WORDS);
        let lines = above.clone().filter(|&i| !inline[i]).count();
        if lines >= HEAD_CHROME_LINES && !paragraph && region.end > start {
            return start..region.end;
        }
        return region;
    }
    let end = if before { (start + AFTER_HEADLINE).min(n) } else { (start + AFTER_HEADLINE).min(region.start) };
    let near =
        match find_body(&classes[start..end], &stats[start..end], &inline[start..end], &structural[start..end], t) {
            Some(near) => near.start + start..near.end + start,
            // Only a headline in words, and only when page chrome separates the post from the region.
            None if stats[headline].letters > stats[headline].digits => {
                let Some(chrome) = (start..end).find(|&i| ruled[i] && !inline[i]) else {
                    return region;
                };
                // At least two sentences: a lone standfirst over a byline and a share row is not a post.
                let mut sentences =
                    (start..chrome).filter(|&i| stats[i].sentence_ends > 0 && stats[i].words >= SENTENCE_WORDS);
                let (Some(_), Some(last)) = (sentences.next(), sentences.next_back()) else {
                    return region;
                };
                start..last + 1
            }
            None => return region,
        };
    let mut title = Vocabulary::default();
    content_words(words[headline], language, &mut title);
    if title.is_empty() {
        return region;
    }
    // Share of the headline's words found in the first blocks of a range.
    let found = |range: &Range<usize>| -> f32 {
        let mut vocabulary = Vocabulary::default();
        for i in range.clone().take(30) {
            content_words(words[i], language, &mut vocabulary);
        }
        title.iter().filter(|w| vocabulary.contains(*w)).count() as f32 / title.len() as f32
    };
    let (far, close) = (found(&region), found(&near));
    if far < 0.5 && close >= 0.5 && close >= far + 0.3 { near } else { region }
}

/// The fewest words of a line that counts as a sentence of a short post.
const SENTENCE_WORDS: u32 = 6;

/// After a soft break (a sign-up, share, tag or user-rule line or two), the share of
/// [`Thresholds::segment_overlap`] a segment that goes on with a paragraph must reach to stay.
const SOFT_BREAK_OVERLAP: f32 = 0.3;

/// Good text before a comment section that is always enough for it to end the body.
pub(crate) const MIN_ARTICLE_CHARS: u32 = 500;

/// How many blocks after a comment's date line the next two are looked for.
const THREAD_SPAN: usize = 40;

/// A verb of saying in a comment's stamp line, in the languages of the rule tables.
static COMMENT_VERB: std::sync::LazyLock<crate::alphabet::Regex> = std::sync::LazyLock::new(|| {
    crate::alphabet::Regex::new(
        r"(?i)\b(?:writes|wrote|says|said|replied|schreibt|schrieb|sagt|antwortete|écrit|a écrit|dit|escribe|escribió|dice|scrive|ha scritto|schrijft|schreef|zegt|skriver|pisze)\b",
    )
});

/// Ends the region where a comment section starts: at a comments header (a block the comments rule
/// removed) or at the first of a run of comments, recognised by their template: a short name line,
/// a date line, then the comment's text, repeated at least three times.
pub(crate) fn end_before_comments(region: Range<usize>, blocks: &Blocks<'_>) -> Range<usize> {
    let Blocks { classes, stats, texts, chrome, t, .. } = *blocks;
    // A comments prompt near the top of a page is a link, not the start of the thread.
    let total: u32 = region.clone().filter(|&i| classes[i] == Class::Good).map(|i| stats[i].chars).sum();
    // Enough article before it: a share of the region's good text, or a few paragraphs (a long
    // thread can dwarf a short article).
    let enough =
        |before: u32| before > 0 && (before as f32 >= t.comments_after * total as f32 || before >= MIN_ARTICLE_CHARS);
    // Comment headers first. A comment count in the byline row ("3 comments") is a link: the
    // thread comes after the article, so a header with more good text after it than before is not
    // where the article ends.
    let mut before = 0u32;
    for i in region.clone() {
        if chrome[i] == Some(&Reason::Comments)
            && enough(before)
            && (total - before <= before || before >= 2 * MIN_ARTICLE_CHARS)
        {
            return region.start..i;
        }
        if classes[i] == Class::Good {
            before += stats[i].chars;
        }
    }
    // The name / date / text template.
    // A comment's stamp: its author's name on a short line and the date on the next, or both on
    // one line with a verb of saying ("by jdoe writes: on March 3, 2025"). Where the comment
    // starts: the name line.
    let stamp = |i: usize| -> Option<usize> {
        // Every form of date has a digit in it: the statistics rule most blocks out before any regex.
        let has_date = |k: usize| stats[k].digits > 0 && metadata::contains_date(texts[k]);
        if i <= region.start || i + 1 >= region.end || stats[i].words > 16 || !has_date(i) {
            return None;
        }
        // The comment itself follows: a sentence, not another field of a record ("Genre: ...").
        let comment = &stats[i + 1];
        if comment.words < 4 || comment.sentence_ends == 0 || has_date(i + 1) {
            return None;
        }
        if COMMENT_VERB.is_match(texts[i]) {
            return Some(i);
        }
        let named = stats[i].words <= 12 && stats[i - 1].words <= 8 && !has_date(i - 1);
        named.then_some(i - 1)
    };
    let stamps: Vec<(usize, usize)> = region.clone().filter_map(|i| stamp(i).map(|start| (i, start))).collect();
    let mut before = 0u32;
    let mut next = 0;
    for i in region.clone() {
        if next < stamps.len() && stamps[next].0 == i {
            let followers = stamps[next + 1..].iter().take_while(|&&(j, _)| j < i + THREAD_SPAN).count();
            if followers >= 2 && enough(before) {
                return region.start..stamps[next].1;
            }
            next += 1;
        }
        if classes[i] == Class::Good {
            before += stats[i].chars;
        }
    }
    region
}

/// Share of the region's good text that must lie before closing chrome for it to end the article.
const CLOSING_AFTER: f32 = 0.8;

/// Share of the good text after closing chrome whose words the article must not have for the
/// chrome to end it: a page's next item (a bio, a teaser, a footer) is about something else.
const CLOSING_OVERLAP: f32 = 0.7;

/// The same after a share, sign-up or keyword line between two paragraphs (alone or beside inline
/// boilerplate or one more such line), which sits inside articles; a menu or a comments header
/// is page structure.
const CLOSING_SOFT_OVERLAP: f32 = 0.3;

/// Most share, sign-up or keyword lines in a row (inline boilerplate around them aside) that still
/// sit inside an article.
const CLOSING_SOFT_LINES: usize = 2;

/// Share of the good text before closing chrome that must stay a region of its own once what
/// follows the chrome is gone.
const CLOSING_WHOLE: f32 = 0.9;

/// What the region's steps read of a pass's blocks: their texts, statistics and content words,
/// their classes, whether a rule removed them as inline boilerplate or named them at all, whether
/// they belong to a table or list, the page chrome the rules named, the page's language and the
/// thresholds. One value, so a step takes the region and the blocks.
#[derive(Clone, Copy)]
pub(crate) struct Blocks<'a> {
    pub(crate) texts: &'a [&'a str],
    pub(crate) stats: &'a [BlockStats],
    pub(crate) words: &'a [&'a [Word]],
    pub(crate) classes: &'a [Class],
    pub(crate) inline: &'a [bool],
    pub(crate) structural: &'a [bool],
    pub(crate) ruled: &'a [bool],
    pub(crate) chrome: &'a [Option<&'a Reason>],
    pub(crate) language: Option<Language>,
    pub(crate) t: &'a Thresholds,
}

/// Ends the region at the page chrome that closes the article: the first share row, sign-up
/// prompt, comments header, menu, tag line or headline-list header after most of its good text,
/// when what follows is about something else (an author bio, teasers, a shop's pitch, a footer)
/// and the text before the chrome holds together as a region without it.
pub(crate) fn end_at_closing_chrome(region: Range<usize>, blocks: &Blocks<'_>) -> Range<usize> {
    let Blocks { classes, stats, words, inline, structural, chrome, language, t, .. } = *blocks;
    let closing = |i: usize| {
        chrome[i].is_some_and(|r| {
            matches!(r, Reason::Newsletter | Reason::Comments | Reason::Social | Reason::Keywords | Reason::Navigation)
        })
    };
    let good = |i: &usize| classes[*i] == Class::Good;
    let total = good_chars(&region, classes, stats);
    let mut before = 0u32;
    for i in region.clone() {
        if closing(i) && before >= MIN_ARTICLE_CHARS && before as f32 >= CLOSING_AFTER * total as f32 {
            let mut vocabulary = Vocabulary::default();
            for j in (region.start..i).filter(good) {
                content_words(words[j], language, &mut vocabulary);
            }
            let after = (i + 1..region.end).filter(good).map(|j| words[j]);
            // The line with the inline boilerplate around it (an ad label, a headline list under
            // its header) and at most one more such line, between paragraphs.
            let soft_kind = |j: usize| {
                inline[j] || matches!(chrome[j], Some(Reason::Social | Reason::Newsletter | Reason::Keywords))
            };
            let (mut first, mut last, mut lines) = (i, i, 1);
            while first > region.start && soft_kind(first - 1) && (inline[first - 1] || lines < CLOSING_SOFT_LINES) {
                first -= 1;
                lines += usize::from(!inline[first]);
            }
            while last + 1 < region.end && soft_kind(last + 1) && (inline[last + 1] || lines < CLOSING_SOFT_LINES) {
                last += 1;
                lines += usize::from(!inline[last]);
            }
            let soft = soft_kind(i)
                && !inline[i]
                && first > region.start
                && last + 1 < region.end
                && good(&(first - 1))
                && good(&(last + 1));
            let needed = if soft { CLOSING_SOFT_OVERLAP } else { CLOSING_OVERLAP };
            if overlap(after, &vocabulary, language) < needed {
                let cut = region.start..i;
                let whole = find_body(
                    &classes[cut.clone()],
                    &stats[cut.clone()],
                    &inline[cut.clone()],
                    &structural[cut.clone()],
                    t,
                )
                .map_or(0, |r| good_chars(&(r.start + cut.start..r.end + cut.start), classes, stats));
                return if whole as f32 >= CLOSING_WHOLE * before as f32 { cut } else { region };
            }
        }
        if good(&i) {
            before += stats[i].chars;
        }
    }
    region
}

/// The fewest paragraphs of a legal document printed after a page's content.
const LEGAL_TEXT_PARAGRAPHS: usize = 5;

/// The least share of the good text from a legal document's start to the region's end that its
/// paragraphs hold.
const LEGAL_TEXT_SHARE: f32 = 0.8;

/// Under this share of legal paragraphs, counted from the region's end over at least
/// `LEGAL_TEXT_GIVE_UP_CHARS` of good text, no legal document ends it: the walk back stops there.
const LEGAL_TEXT_GIVE_UP: f32 = 0.5;

/// Good text, in characters, the walk back reads before it may give up (a document's last
/// paragraphs may speak of nothing legal: an address, a date of effect).
const LEGAL_TEXT_GIVE_UP_CHARS: u32 = 1500;

/// Good blocks at the region's end, none of them legal, after which the walk back stops at once:
/// an article's last paragraphs (the walk reads every region's end in every pass).
const LEGAL_TEXT_OTHERS_FIRST: usize = 2;

/// The most share of the good text before the legal document that legal paragraphs may hold: an
/// article about privacy or a contract speaks of them all along.
const LEGAL_BEFORE_SHARE: f32 = 0.2;

/// Ends the region before a legal document printed after the page's content: a shop prints its
/// privacy policy, terms of sale and refund policy after the footer (for a dialog the reader may
/// open), and their paragraphs outweigh a product's description, so the region ran from the
/// description through the footer to the policy's end. When the region ends with at least five
/// paragraphs that speak of what such documents speak of (personal data, third parties,
/// liability, jurisdiction; `rules::is_legal_paragraph`), holding most of the good text from the
/// first of them on, and the text before them is an article's worth with few such paragraphs,
/// the region ends after the last good block before them; returned with the region, the document,
/// from its first legal paragraph to the region's old end, which the caller marks as legal (its
/// paragraphs read well, and the learned layer would keep them again). A privacy policy that is
/// the page's content has nothing else before it.
pub(crate) fn end_before_legal_text(region: Range<usize>, blocks: &Blocks<'_>) -> (Range<usize>, Range<usize>) {
    let Blocks { texts, classes, stats, .. } = *blocks;
    let good = |i: &usize| classes[*i] == Class::Good;
    // From the region's end back, the longest run of good text mostly legal: where it starts and
    // how many legal paragraphs it holds. Most regions end with paragraphs of their own, and the
    // walk stops after two.
    let (mut legal, mut total, mut paragraphs) = (0u32, 0u32, 0usize);
    let mut start = None;
    let mut walked = 0usize;
    for i in region.clone().rev().filter(good) {
        total += stats[i].chars;
        walked += 1;
        if crate::rules::is_legal_paragraph(texts[i]) {
            legal += stats[i].chars;
            paragraphs += 1;
            if legal as f32 >= LEGAL_TEXT_SHARE * total as f32 {
                start = Some((i, paragraphs));
            }
        }
        let others = walked - paragraphs;
        if (legal == 0 && others >= LEGAL_TEXT_OTHERS_FIRST)
            || (total >= LEGAL_TEXT_GIVE_UP_CHARS && (legal as f32) < LEGAL_TEXT_GIVE_UP * total as f32)
        {
            break;
        }
    }
    let Some((start, _)) = start.filter(|&(_, paragraphs)| paragraphs >= LEGAL_TEXT_PARAGRAPHS) else {
        return (region, 0..0);
    };
    let (mut before_legal, mut before_other, mut last_other) = (0u32, 0u32, None);
    for i in (region.start..start).filter(good) {
        if crate::rules::is_legal_paragraph(texts[i]) {
            before_legal += stats[i].chars;
        } else {
            before_other += stats[i].chars;
            last_other = Some(i);
        }
    }
    let content = before_other >= MIN_ARTICLE_CHARS
        && before_legal as f32 <= LEGAL_BEFORE_SHARE * (before_legal + before_other) as f32;
    match last_other {
        Some(last) if content => (region.start..last + 1, start..region.end),
        _ => (region, 0..0),
    }
}

/// The most blocks between two dates of a listing ("date, headline, summary", repeated).
const LISTING_GAP: usize = 4;

/// The longest headline or summary line of a listing's item, in characters.
const LISTING_ITEM_CHARS: u32 = 300;

/// Ends the region before a listing of other stories that closes it: at least three date lines,
/// each within a few blocks of the last ("10.11.2021", a headline, a one-line summary, the next
/// date), that run to the region's end after an article of a few paragraphs. A line or two of
/// header or headline before the first date go with the listing. A dated chronology inside the
/// article is followed by more article, so it stays.
pub(crate) fn end_before_dated_listing(
    region: Range<usize>,
    classes: &[Class],
    stats: &[BlockStats],
    date_lines: &[bool],
) -> Range<usize> {
    let dates: Vec<usize> = region.clone().filter(|&i| date_lines[i]).collect();
    let mut chain_start = 0;
    for k in 1..=dates.len() {
        if k < dates.len() && dates[k] - dates[k - 1] <= LISTING_GAP {
            continue;
        }
        // dates[chain_start..k] is a chain of dates close to each other.
        let (first, last) = (dates[chain_start], dates[k - 1]);
        // After the last date, only its item: a headline and a summary of a line or two.
        let item_only = region.end - last <= 3 && (last + 1..region.end).all(|i| stats[i].chars <= LISTING_ITEM_CHARS);
        if k - chain_start >= 3 && item_only && good_chars(&(region.start..first), classes, stats) >= MIN_ARTICLE_CHARS
        {
            let mut end = first;
            while end > region.start
                && first - end < 2
                && stats[end - 1].sentence_ends == 0
                && stats[end - 1].words <= 16
            {
                end -= 1;
            }
            return region.start..end;
        }
        chain_start = k;
    }
    region
}

/// Most chrome lines in a row that make a soft break between segments.
const SOFT_BREAK_LINES: usize = 2;

/// Trims what the region picked up after the article across page chrome: the region is split at
/// blocks that page-chrome rules removed (menus, footers, forms); the segment with the most good
/// text is the core, and segments after it that share too few of its words (related stories with
/// excerpts, author bios, appeals, overlays printed after the footer) are dropped. Only when the
/// core holds most of the good text, so a wrong core cannot cut the article.
pub(crate) fn trim_off_topic(region: Range<usize>, blocks: &Blocks<'_>, language: Language) -> Range<usize> {
    let Blocks { classes, stats, words, chrome, t, .. } = *blocks;
    // Segments, each with whether it follows a soft break: a sign-up, share, tag or user-rule
    // line, or two in a row, which sit inside articles as often as after them. Page structure (a
    // menu, a footer, a comments header) or a longer run of chrome lines is a hard break.
    let mut segments = Vec::new();
    let mut soft = Vec::new();
    let mut start = region.start;
    let mut after_soft = false;
    let is_soft = |i: usize| {
        let chrome_at = |j: usize| region.contains(&j) && chrome[j].is_some();
        let first = (region.start..=i).rev().take_while(|&j| chrome_at(j)).last().unwrap_or(i);
        let end = (i..region.end).find(|&j| !chrome_at(j)).unwrap_or(region.end);
        end - first <= SOFT_BREAK_LINES
            && (first..end).all(|j| !matches!(chrome[j], Some(Reason::Navigation | Reason::Legal | Reason::Comments)))
    };
    for i in region.clone() {
        // A headline-list header or a keyword line ("Genre: a, b, c") often sits inside an article
        // (a roundup, a review); it does not end a segment.
        if chrome[i].is_some_and(|r| !matches!(r, Reason::UnrelatedHeadlines | Reason::Keywords)) {
            if i > start {
                segments.push(start..i);
                soft.push(after_soft);
            }
            start = i + 1;
            after_soft = is_soft(i);
        }
    }
    if region.end > start {
        segments.push(start..region.end);
        soft.push(after_soft);
    }
    let good = |segment: &Range<usize>| -> u32 {
        segment.clone().filter(|&i| classes[i] == Class::Good).map(|i| stats[i].chars).sum()
    };
    let total: u32 = segments.iter().map(good).sum();
    let Some((core, core_good)) =
        segments.iter().enumerate().map(|(k, s)| (k, good(s))).max_by_key(|&(k, g)| (g, std::cmp::Reverse(k)))
    else {
        return region;
    };
    if core_good * 2 < total || core + 1 == segments.len() {
        return region;
    }
    let mut vocabulary = Vocabulary::default();
    for i in segments[core].clone() {
        if stats[i].chars >= t.length_low {
            content_words(words[i], Some(language), &mut vocabulary);
        }
    }
    for (segment, &soft) in segments[core + 1..].iter().zip(&soft[core + 1..]) {
        let blocks = segment.clone().filter(|&i| classes[i] == Class::Good).map(|i| words[i]);
        // After a soft break that goes on with a paragraph at once (past the keyword lines and
        // headline headers that do not end a segment; not a heading or a list of links), the text
        // must share far fewer words to be something else.
        let first = segment.clone().find(|&i| chrome[i].is_none()).unwrap_or(segment.start);
        let continues = soft && classes[first] == Class::Good;
        let needed = if continues { t.segment_overlap * SOFT_BREAK_OVERLAP } else { t.segment_overlap };
        if good(segment) > 0 && overlap(blocks, &vocabulary, Some(language)) < needed {
            return region.start..segment.start;
        }
    }
    region
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks of a test page: its classes and statistics, the rest empty until a test sets it.
    fn blocks_of<'a>(classes: &'a [Class], stats: &'a [BlockStats], t: &'a Thresholds) -> Blocks<'a> {
        Blocks {
            texts: &[],
            stats,
            words: &[],
            classes,
            inline: &[],
            structural: &[],
            ruled: &[],
            chrome: &[],
            language: None,
            t,
        }
    }
    use crate::lang::Language;
    use Class::*;

    fn stats(chars: u32) -> BlockStats {
        BlockStats { chars, ..BlockStats::compute("", Language::English) }
    }

    #[test]
    fn a_dated_listing_after_the_article_ends_it_but_not_a_chronology_inside_it() {
        let paragraph = "The council voted on Tuesday to fund the new barrier, after six years of reports, meetings and a public consultation that drew thousands of replies.";
        let mut page = vec![paragraph, paragraph, paragraph, paragraph];
        let chronology = [
            "14.03.2019",
            "The first survey recommended a permanent structure.",
            "02.11.2020",
            "A consultation drew four thousand responses.",
            "21.06.2022",
            "The agency agreed to pay a third of the cost.",
        ];
        page.extend(chronology);
        page.extend([paragraph, paragraph]);
        let article_end = page.len();
        page.extend([
            "Latest news",
            "10.11.2024",
            "Library hours extended",
            "The library stays open later.",
            "07.11.2024",
            "New collection days",
            "Collections move to Thursdays.",
            "04.11.2024",
            "Café reopens",
            "The café has a new terrace.",
        ]);
        let stats: Vec<BlockStats> = page.iter().map(|t| BlockStats::compute(t, Language::English)).collect();
        let classes: Vec<Class> = stats.iter().map(|s| if s.chars > 100 { Good } else { Short }).collect();
        let dates: Vec<bool> = page.iter().zip(&stats).map(|(t, s)| metadata::is_date(t, s)).collect();
        assert_eq!(end_before_dated_listing(0..page.len(), &classes, &stats, &dates), 0..article_end);
        assert_eq!(end_before_dated_listing(0..article_end, &classes, &stats, &dates), 0..article_end);
    }

    #[test]
    fn finds_the_dense_run() {
        let t = Thresholds::default();
        // ([(class, chars)], expected body)
        type Row = (&'static [(Class, u32)], Option<Range<usize>>);
        let table: &[Row] = &[
            (&[], None),
            (&[(Bad, 10)], None),
            (&[(Bad, 30), (Good, 300), (Good, 200), (Bad, 40)], Some(1..3)),
            // A short bad line between two long paragraphs is bridged.
            (
                &[(Good, 300), (Bad, 20), (Good, 300), (Bad, 90), (Bad, 90), (Bad, 90), (Bad, 90), (Good, 100)],
                Some(0..3),
            ),
            // One long bad block (a code listing, a table) costs no more than the cap.
            (&[(Good, 300), (Bad, 2000), (Good, 300)], Some(0..3)),
        ];
        for (blocks, expected) in table {
            let classes: Vec<Class> = blocks.iter().map(|b| b.0).collect();
            let stats: Vec<BlockStats> = blocks.iter().map(|b| stats(b.1)).collect();
            let inline = vec![false; blocks.len()];
            assert_eq!(&find_body(&classes, &stats, &inline, &vec![false; classes.len()], &t), expected, "{blocks:?}");
        }
    }

    fn page(lines: &[&str]) -> (Vec<Class>, Vec<BlockStats>) {
        let stats: Vec<BlockStats> = lines.iter().map(|l| BlockStats::compute(l, Language::English)).collect();
        let classes = stats.iter().map(|s| if s.chars >= 150 { Good } else { Short }).collect();
        (classes, stats)
    }

    const PARAGRAPH: &str = "The harbour ferry will keep running through the winter for the first time, the council \
        decided on Monday after a long debate about the costs and the safety of the crossing in storms.";

    #[test]
    fn comment_threads_end_the_body() {
        let lines = [
            PARAGRAPH,
            PARAGRAPH,
            "Anna",
            "March 3, 2025 at 9:15 am",
            "I take this ferry every week and I am glad it will keep running in the winter months.",
            "Tom",
            "March 3, 2025 at 10:02 am",
            "Finally some good news for the island, although the timetable could be better.",
            "Lea",
            "March 4, 2025 at 8:40 am",
            "Who pays for the refit though? Nobody in the council has answered that yet.",
        ];
        let (classes, stats) = page(&lines);
        let t = Thresholds::default();
        let none = vec![None; lines.len()];
        let blocks = Blocks { texts: &lines, chrome: &none, ..blocks_of(&classes, &stats, &t) };
        assert_eq!(end_before_comments(0..lines.len(), &blocks), 0..2);
        // A comments header ends the body too, but not before any article text.
        let mut chrome = vec![None; lines.len()];
        chrome[2] = Some(&Reason::Comments);
        let blocks = Blocks { texts: &lines, chrome: &chrome, ..blocks_of(&classes, &stats, &t) };
        assert_eq!(end_before_comments(0..lines.len(), &blocks), 0..2);
        assert_eq!(end_before_comments(2..lines.len(), &blocks), 2..lines.len());
    }

    #[test]
    fn a_sidebar_above_the_headline_gives_way_to_the_article_under_it() {
        let sidebar = "A long sponsored note about sailing holidays in the south, with plenty of words in it so \
            that it reads like a paragraph of prose on its own and goes on about boats and the sea.";
        let lines = [
            sidebar,
            sidebar,
            sidebar,
            "Most read",
            "Weather",
            "Ferry to run all winter, council decides",
            PARAGRAPH,
            "Councillors said the ferry had carried more passengers this winter than in any year before, \
             and that the island had asked the council for years not to be cut off between November and March.",
        ];
        let (classes, stats) = page(&lines);
        let mut page_words = Vec::new();
        let ranges: Vec<_> = lines.iter().map(|l| crate::stats::measure(l, &mut page_words).words).collect();
        let words: Vec<&[Word]> = ranges.into_iter().map(|r| &page_words[r]).collect();
        let none = vec![false; lines.len()];
        let t = Thresholds::default();
        let blocks = Blocks {
            words: &words,
            inline: &none,
            structural: &none,
            ruled: &none,
            language: Some(Language::English),
            ..blocks_of(&classes, &stats, &t)
        };
        let run = |region| prefer_headline_run(region, 5, &blocks);
        assert_eq!(run(0..3), 6..8);
        // The article under its headline stays where it is.
        assert_eq!(run(6..8), 6..8);
    }

    #[test]
    fn off_topic_segments_after_the_article_are_trimmed() {
        let bio = "Jane writes about gardening, cooking and travel, and lives with two cats and a dog \
            in a small flat overlooking the old canal, where she grows tomatoes on the balcony.";
        let lines = [PARAGRAPH, PARAGRAPH, "Sign up", bio, "© Example", PARAGRAPH];
        let (classes, stats) = page(&lines);
        let signup = Reason::Newsletter;
        let mut chrome = vec![None; lines.len()];
        chrome[2] = Some(&signup);
        let t = Thresholds::default();
        let mut page_words = Vec::new();
        let ranges: Vec<_> = lines.iter().map(|l| crate::stats::measure(l, &mut page_words).words).collect();
        let words: Vec<&[Word]> = ranges.into_iter().map(|r| &page_words[r]).collect();
        let trim = |region, chrome: &[Option<&Reason>]| {
            let blocks = Blocks { words: &words, chrome, ..blocks_of(&classes, &stats, &t) };
            trim_off_topic(region, &blocks, Language::English)
        };
        // The region ends where the off-topic segment starts (the chrome block is ruled anyway).
        assert_eq!(trim(0..4, &chrome), 0..3);
        let footer = Reason::Legal;
        chrome[4] = Some(&footer);
        assert_eq!(trim(0..lines.len(), &chrome), 0..3, "the bio ends the article, whatever follows it");
        // With the bio removed by a rule, the on-topic paragraph after the chrome stays.
        chrome[3] = Some(&signup);
        assert_eq!(trim(0..lines.len(), &chrome), 0..lines.len());
    }

    #[test]
    fn closing_chrome_after_most_of_the_article_ends_it() {
        let second = "Councillors said the service had carried more passengers this year than in any year \
            before, and that families on the island had asked for years not to be cut off in winter.";
        let third = "The new boats arrived in the spring and have made the crossing safer in bad weather, \
            the harbour master said, although the old pier still needs repairs before the storms.";
        let pitch = "Our shop sells hand-made soaps, candles and scented oils from small workshops in the \
            mountains, delivered to your door within two days, with free returns on every order.";
        let t = Thresholds::default();
        let judge = |lines: &[&str], chrome_at: &[usize], reason: &Reason| {
            let (classes, stats) = page(lines);
            let mut page_words = Vec::new();
            let ranges: Vec<_> = lines.iter().map(|l| crate::stats::measure(l, &mut page_words).words).collect();
            let words: Vec<&[Word]> = ranges.into_iter().map(|r| &page_words[r]).collect();
            let mut chrome = vec![None; lines.len()];
            for &i in chrome_at {
                chrome[i] = Some(reason);
            }
            let none = vec![false; lines.len()];
            let blocks = Blocks {
                words: &words,
                inline: &none,
                structural: &none,
                chrome: &chrome,
                language: Some(Language::English),
                ..blocks_of(&classes, &stats, &t)
            };
            end_at_closing_chrome(0..lines.len(), &blocks)
        };
        let share = Reason::Social;
        // A share row, then a shop's pitch: the article ended at the row.
        let lines = [PARAGRAPH, second, third, PARAGRAPH, "Share", "Facebook", pitch];
        assert_eq!(judge(&lines, &[4, 5], &share), 0..4);
        // The same row with the article going on after it, in the article's words: nothing ends.
        let lines = [PARAGRAPH, second, third, PARAGRAPH, "Share", "Facebook", second];
        assert_eq!(judge(&lines, &[4, 5], &share), 0..lines.len());
        // A single line between two paragraphs ends the article only before another topic.
        let lines = [PARAGRAPH, second, third, PARAGRAPH, "Follow us", third];
        assert_eq!(judge(&lines, &[4], &share), 0..lines.len());
        let lines = [PARAGRAPH, second, third, PARAGRAPH, "Follow us", pitch];
        assert_eq!(judge(&lines, &[4], &share), 0..4);
        // Chrome before most of the article's text is a share row under its headline.
        let lines = [PARAGRAPH, "Share", "Facebook", second, third, PARAGRAPH, pitch];
        assert_eq!(judge(&lines, &[1, 2], &share), 0..lines.len());
    }
}
