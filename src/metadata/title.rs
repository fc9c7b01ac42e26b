//! The title: the headline of the page, as one fallback chain ([`find`]): the block shaped like
//! a headline that scores best in the window, unless the page's first line is a page title
//! ("Headline | Site"), when the block most like it is the headline, else that first line.

use super::Spot;
use super::names::is_bare_name;
use super::published::DATE_INSIDE;
use super::window::Context;
use crate::markup;
use crate::stats::BlockStats;
use crate::verdict::Reason;
use std::ops::Range;

/// How far before the body's start a block like the page's first line is taken for its
/// headline, in blocks.
const TITLE_REACH: usize = 300;

/// How far into the body a block that closely matches the page's first line is still its
/// headline, in blocks (an intro or a menu kept before the headline).
const TITLE_INTO_BODY: usize = 10;

/// How far down the page the headline that repeats the page's title is looked for, in blocks.
const HEADLINE_REACH: usize = 400;

/// How like the page's first line a block in the body must be to be its headline.
const CLOSE_TITLE: f32 = 0.8;

/// The title found: the block that holds it and its text, and the blocks the next passes would
/// take as the headline once it is gone.
pub(super) struct Title<'a> {
    pub(super) spot: Spot<'a>,
    pub(super) cascade: Vec<usize>,
}

/// The blocks of the date line and the byline: a headline stands above them, and is neither.
#[derive(Clone, Copy)]
pub(super) struct Placed {
    pub(super) date: Option<usize>,
    pub(super) byline: Option<usize>,
}

impl Placed {
    /// Whether block `i` holds the date line or the byline.
    fn holds(self, i: usize) -> bool {
        self.date == Some(i) || self.byline == Some(i)
    }

    /// The score of block `i` for standing near the date line or the byline: more above them than
    /// under them, where a standfirst or a row of tools ("Add to reading list") is more often.
    fn near(self, i: usize) -> Option<i32> {
        [self.date, self.byline]
            .into_iter()
            .flatten()
            .filter(|&j| i.abs_diff(j) <= 2 && i != j)
            .map(|j| if i < j { 6 } else { 3 })
            .max()
    }
}

/// The title: the block of the page's first line, when that line is a page title ([`like_first_line`]), else the best-scoring headline-like
/// block in the window ([`best_scored`]); without a site's name or a date beside the headline.
pub(super) fn find<'a>(ctx: &Context<'a>, placed: Placed) -> Option<Title<'a>> {
    let (scored, above_meta) = best_scored(ctx, placed);
    let (at, cascade) =
        if first_line_is_title(ctx) { like_first_line(ctx, placed, scored, above_meta) } else { (scored, Vec::new()) };
    let at = at?;
    let texts = ctx.texts;
    let value = without_date(markup::strip_heading(if at == 0 { headline_part(texts[0]) } else { texts[at] }));
    Some(Title { spot: (at, value), cascade })
}

/// The best-scoring headline-like block in the window before the body: a block the page's first
/// line contains (often the HTML title, "Headline - Site"), next to the byline or date, nearer
/// the body is better. And whether it stands right above the byline or date, as headlines do.
fn best_scored(ctx: &Context, placed: Placed) -> (Option<usize>, bool) {
    let (texts, stats, reasons) = (ctx.texts, ctx.stats, ctx.reasons);
    let first_body = ctx.window.first_body;
    let mut title: Option<(i32, usize)> = None;
    let mut above_meta = false;
    for i in ctx.window.lo..=first_body.min(ctx.n() - 1) {
        if placed.holds(i) || !ctx.free(i) || !is_title_like(&stats[i]) {
            continue;
        }
        // The first block of the body is never the title: the cleaned text must clean to itself.
        if i == first_body && reasons[i].is_none() {
            continue;
        }
        let mut score = -((first_body - i) as i32);
        if i > 0 && texts[0].contains(texts[i]) {
            score += 20;
        }
        score += placed.near(i).unwrap_or(0);
        if stats[i].words >= 5 {
            score += 3;
        }
        if i == 0 {
            score -= 4;
        }
        if title.is_none_or(|(best, _)| score >= best) {
            title = Some((score, i));
            above_meta = placed.near(i).is_some_and(|bonus| bonus == 6);
        }
    }
    (title.map(|(_, i)| i), above_meta)
}

/// Whether block `i` was ruled out only for its shape or its words: titles read like ad copy or
/// keyword lists, and a headline may be about a newsletter, sharing or comments ("I built a tool
/// that writes a weekly newsletter digest"), but a menu or a legal line is not a title.
fn shaped(ctx: &Context, i: usize) -> bool {
    matches!(
        ctx.reasons[i],
        Some(
            Reason::Keywords
                | Reason::Advertising
                | Reason::Caption
                | Reason::Teaser
                | Reason::UnrelatedHeadlines
                | Reason::Junk
                | Reason::Newsletter
                | Reason::Social
                | Reason::Comments
        )
    )
}

/// Whether the page's first line can be a page title: a headline's length, not a name; kept as
/// the body's first block, only when it is not a sentence.
fn first_line_is_title(ctx: &Context) -> bool {
    let (text, s0) = (ctx.texts[0], &ctx.stats[0]);
    (ctx.free(0) || shaped(ctx, 0))
        && (3..=30).contains(&s0.words)
        && s0.chars >= 10
        && s0.sentence_ends <= 3
        && !s0.ends_with_colon
        && !is_bare_name(text, s0)
        && (ctx.window.first_body > 0 || ctx.reasons[0].is_some() || (s0.sentence_ends == 0 && !text.ends_with('.')))
}

/// The title when the page's first line is the HTML title ("Headline | Site"): the headline shown
/// on the page shares most of its words, so the block around the body's start most like it is
/// the headline; failing one, a headline over the byline or date ([`best_scored`]'s, `scored`),
/// else the first line itself, when it is not the body's first block. With the blocks the next
/// passes would take as like it.
fn like_first_line(
    ctx: &Context,
    placed: Placed,
    scored: Option<usize>,
    above_meta: bool,
) -> (Option<usize>, Vec<usize>) {
    let (reasons, n, first_body) = (ctx.reasons, ctx.n(), ctx.window.first_body);
    let headline = title_words(headline_part(ctx.texts[0]));
    // A site's name too long to strip ("Headline | Example School of Public Health"): each part
    // of the first line is a headline the page may show, and the one nearest the body's start
    // is (a site's name stands in its header and footer).
    let parts: Vec<Vec<String>> = if headline_part(ctx.texts[0]) == ctx.texts[0] {
        site_parts(ctx.texts[0]).map(title_words).filter(|words| words.len() >= 2).collect()
    } else {
        Vec::new()
    };
    let alike = |i: usize| {
        let whole = likeness(ctx, placed, &headline, i);
        parts.iter().filter_map(|part| likeness(ctx, placed, part, i)).chain(whole).max_by(f32::total_cmp)
    };
    let reach = first_body.saturating_sub(TITLE_REACH).max(1)..(first_body + TITLE_INTO_BODY).min(n);
    let mut best: Option<(f32, usize)> = None;
    for i in reach.clone() {
        let Some(likeness) = alike(i) else { continue };
        // The most alike; of equals, the nearest to the body's start from above.
        if best.is_none_or(|(b, _)| likeness > b || (likeness == b && i <= first_body)) {
            best = Some((likeness, i));
        }
    }
    let cascade = match best {
        Some((_, found)) if found > 0 && reasons[0].is_none() => alike_cascade(n, reach, found, |i| {
            reasons[i].is_none() && alike(i).is_some_and(|likeness| likeness >= CLOSE_TITLE)
        }),
        _ => Vec::new(),
    };
    let first_is_body = first_body == 0 && reasons[0].is_none();
    let at = match best {
        Some((_, i)) => Some(i),
        None if let Some(i) = over_standfirst(ctx, placed) => Some(i),
        None if !above_meta && !first_is_body => Some(0),
        // An extract's headline-shaped first line is its headline: it stays in the text.
        None if first_is_body => ctx.reading.extract.then_some(0),
        None => scored,
    };
    (at, cascade)
}

/// The fewest words of a headline over a standfirst.
const HEADLINE_WORDS: u32 = 4;

/// The most words of a standfirst between a headline and its byline or date.
const STANDFIRST_WORDS: u32 = 60;

/// A headline over a standfirst over the byline or date, in the window: "Headline In Title Case"
/// / "A sentence or two in sentence case" / "By Jane Doe" is an article's header, however unlike
/// the page's first line (its HTML title, written for search engines) the headline's words are.
fn over_standfirst(ctx: &Context, placed: Placed) -> Option<usize> {
    let (texts, stats, first_body) = (ctx.texts, ctx.stats, ctx.window.first_body);
    let headline = |i: usize| {
        let s = &stats[i];
        !placed.holds(i)
            && (ctx.free(i) || i == first_body)
            && is_title_like(s)
            && s.words >= HEADLINE_WORDS
            && 2 * s.capitalised_words > s.words
            && !is_bare_name(texts[i], s)
    };
    let standfirst = |j: usize| {
        let s = &stats[j];
        !placed.holds(j)
            && s.words >= HEADLINE_WORDS
            && s.words <= STANDFIRST_WORDS
            && 2 * s.capitalised_words < s.words
    };
    (ctx.window.lo..=first_body)
        .filter(|&i| i + 3 < ctx.n())
        .find(|&i| headline(i) && standfirst(i + 1) && [i + 2, i + 3].into_iter().any(|j| placed.holds(j)))
}

/// How much block `i` is like the page's first line (its words `headline`), if it can be the
/// headline: beyond the body's start, or ruled out by its shape, only a close match.
fn likeness(ctx: &Context, placed: Placed, headline: &[String], i: usize) -> Option<f32> {
    let (texts, stats, reasons, first_body) = (ctx.texts, ctx.stats, ctx.reasons, ctx.window.first_body);
    if placed.holds(i) || !is_title_like(&stats[i]) || is_bare_name(texts[i], &stats[i]) {
        return None;
    }
    let likeness = overlap(headline, &title_words(texts[i]));
    let close = likeness >= CLOSE_TITLE;
    let in_body = i > first_body || (i == first_body && reasons[i].is_none());
    // The body's first block, shaped as a headline (no sentence ending in a full stop), is the
    // headline at a lower likeness.
    let headline_first =
        i == first_body && stats[i].words <= 20 && !texts[i].ends_with('.') && stats[i].sentence_ends <= 1;
    if likeness < 0.5 || (in_body && !close && !headline_first) || !(ctx.free(i) || (close && shaped(ctx, i))) {
        return None;
    }
    Some(likeness)
}

/// The blocks the next passes would take as the headline while the first line stays, once the
/// one `found` is gone: the next block in `reach` that `next` takes (as like the first line and
/// kept by this pass), and so on, the reach into the body growing by one for each.
fn alike_cascade(n: usize, reach: Range<usize>, found: usize, next: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut cascade = Vec::new();
    let mut end = reach.end;
    let mut i = reach.start;
    while i < end.min(n) {
        if i != found && next(i) {
            cascade.push(i);
            end += 1;
        }
        i += 1;
    }
    cascade
}

/// The block where the title stands on the page as its headline: its own, or, for a title read
/// from the page's first line (the HTML title), the block that repeats it further down.
pub(super) fn headline(ctx: &Context, (t, title): Spot) -> Option<usize> {
    if t > 0 {
        return Some(t);
    }
    // The headline may be cased otherwise than the page title ("The History of Coffee").
    (1..ctx.n().min(HEADLINE_REACH)).find(|&j| {
        ctx.texts[j].eq_ignore_ascii_case(title) || markup::strip_heading(ctx.texts[j]).eq_ignore_ascii_case(title)
    })
}

/// A headline without the date a blog theme sets before or after it ("Dec 18 2025 Preparing a
/// transition" is "Preparing a transition"), when at least two words are left.
fn without_date(title: &str) -> &str {
    let separators = |c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | '—' | '–' | '-' | ',' | ':' | '/');
    let Some(found) = DATE_INSIDE.find(title) else { return title };
    let rest = if title[..found.start()].trim().is_empty() {
        title[found.end()..].trim_matches(separators)
    } else if title[found.end()..].trim().is_empty() {
        title[..found.start()].trim_matches(separators)
    } else {
        return title;
    };
    if rest.split_whitespace().nth(1).is_some() { rest } else { title }
}

/// Whether the block can be a title: a headline's length, not a sentence run.
pub(super) fn is_title_like(stats: &BlockStats) -> bool {
    stats.words >= 2 && stats.words <= 30 && stats.sentence_ends <= 1 && stats.chars >= 10 && !stats.ends_with_colon
}

/// The headline in a page title: without a site name before it ("Site | Headline", a head of at
/// most three words before a headline at least twice as long) or after it ("Headline | Site", a
/// tail of at most six words). A word has a letter or a digit: "&" is not one.
pub(crate) fn headline_part(title: &str) -> &str {
    let words = |s: &str| s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    // A site name before the headline: short, before a headline of four words or more and at
    // least twice as long ("Frommers | The 10 Best Airfare Search Sites").
    for sep in SITE_SEPARATORS {
        if let Some(at) = title.find(sep) {
            let (head, rest) = (&title[..at], &title[at + sep.len()..]);
            if words(head) <= 3 && words(rest) >= 4 && words(rest) >= 2 * words(head) && !rest.contains(sep) {
                return rest;
            }
        }
    }
    // Site names after the headline, one or several ("Headline | Section | Site").
    let mut headline = title;
    'strip: loop {
        for sep in SITE_SEPARATORS {
            if let Some(at) = headline.rfind(sep) {
                let (head, tail) = (&headline[..at], &headline[at + sep.len()..]);
                // The site's name takes up to six words ("Center for Career and Professional
                // Development"); a section before it one or two.
                let most = if headline.len() == title.len() { 6 } else { 2 };
                if at > 0 && words(tail) <= most && words(head) >= 1 {
                    headline = head;
                    continue 'strip;
                }
            }
        }
        return headline;
    }
}

/// The parts of a page title split at its first site separator, when it has one.
fn site_parts(title: &str) -> impl Iterator<Item = &str> {
    let at = SITE_SEPARATORS.iter().filter_map(|sep| title.find(sep).map(|at| (at, sep.len()))).min();
    at.into_iter().flat_map(move |(at, len)| [&title[..at], &title[at + len..]])
}

/// What separates a page title's headline from the site's name.
const SITE_SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " · "];

/// A title's words for comparing titles: lowercase runs of letters and digits.
fn title_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The F1 of two word lists' overlap, as multisets.
fn overlap(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut rest: Vec<&String> = b.iter().collect();
    let mut common = 0usize;
    for word in a {
        if let Some(at) = rest.iter().position(|w| *w == word) {
            rest.swap_remove(at);
            common += 1;
        }
    }
    2.0 * common as f32 / (a.len() + b.len()) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_in_page_titles() {
        assert_eq!(headline_part("Ferry to run all winter | Example News"), "Ferry to run all winter");
        assert_eq!(headline_part("Example News | Ferry to run all winter"), "Ferry to run all winter");
        assert_eq!(headline_part("Ferry to run all winter"), "Ferry to run all winter");
        assert!(overlap(&title_words("Ferry to run all winter"), &title_words("The ferry will run all winter")) >= 0.5);
        assert_eq!(overlap(&title_words("Ferry"), &title_words("Council")), 0.0);
    }

    #[test]
    fn site_suffix() {
        assert_eq!(headline_part("Ten Trends to Watch - Example Site"), "Ten Trends to Watch");
        assert_eq!(headline_part("Left | Right Politics Today | Daily"), "Left | Right Politics Today");
        assert_eq!(headline_part("Ten Trends to Watch | Blog | Example Site"), "Ten Trends to Watch");
        assert_eq!(headline_part("No suffix here"), "No suffix here");
        // A site's name of six words, one of them a sign that is no word.
        assert_eq!(
            headline_part("How to Ask for a Raise – Office of Careers & Alumni Career Services"),
            "How to Ask for a Raise"
        );
        assert_eq!(
            headline_part("How to Ask for a Raise – Center for Career & Professional Development Office Hours"),
            "How to Ask for a Raise – Center for Career & Professional Development Office Hours"
        );
    }

    #[test]
    fn dates_beside_headlines() {
        assert_eq!(
            without_date("Dec 18 2025 Preparing a transition in Debusine"),
            "Preparing a transition in Debusine"
        );
        assert_eq!(without_date("Ferry will run all winter — 3 March 2025"), "Ferry will run all winter");
        assert_eq!(
            without_date("What changed on March 3, 2025 for the ferry"),
            "What changed on March 3, 2025 for the ferry"
        );
        assert_eq!(without_date("March 3, 2025: Update"), "March 3, 2025: Update");
    }
}
