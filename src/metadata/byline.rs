//! The byline: every way a byline is found, as one fallback chain ([`find`]), the names beside
//! the title and the headline found later, and the cascade of bylines the next passes would take
//! once this one is gone ([`cascade`]).
//!
//! To change how an author is found, change the step of [`find`]'s chain that finds it; to
//! change what one line reads as a byline, [`byline_name`].

use super::Spot;
use super::date;
use super::names::{
    authors, common_words, credentialed_name, is_bare_name, is_control_word, is_given_name_shaped, is_lone_name,
    is_name_shaped, is_role_line, name_then_role, name_with_bracketed_role, name_with_role,
};
use super::published::{DATE_INSIDE, contains_date};
use super::vocabulary::{BIO_VERB, POSITION, ROLE, TRADE};
use super::window::Context;
use crate::alphabet::{Captures, Regex};
use crate::lang::Language;
use crate::markup;
use crate::stats::BlockStats;
use crate::verdict::Reason;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// The most words of a line read for a name beside a date ("Dec. 19, 2025 · Jane Doe on behalf of
/// the team") or for a byline above the window ("By Jeff Cobb. Last Updated on December 11, 2025").
const DATED_NAME_WORDS: u32 = 12;

/// A byline of this many words or more runs on into what follows the name.
const RUN_ON_WORDS: usize = 6;

/// How many blocks from the date a name beside it is looked for, over reading times, bullets and
/// share rows.
const NAME_BESIDE_DATE: usize = 4;

/// How much of a bio's start is read for its author's trade, in bytes.
const BIO_HEAD: usize = 160;

/// The byline: the first way that finds one, in this order.
///
/// 0. [`thread_starter`]: the poster a forum names as the thread's starter.
/// 0. [`asker`]: the handle under a question's date ("asked Oct 16, 2010" / "jdoe" / "3,483").
/// 1. [`in_window`]: a byline line ("By Jane Doe", or "By" over the name) in the window.
/// 2. [`beside_date`]: a name alone next to the date line (`date_line`, found first).
/// 3. [`dated_in_window`]: a name beside a date in its line ("Amit Samsukha October 11, 2024").
/// 4. [`with_role_in_window`]: the one name with its job title ("Jane Doe Senior Writer").
/// 5. [`above_window`]: a byline line higher up, above an intro the body region left out.
/// 6. [`in_author_box`]: an author box down the page ("Written by Jane Doe", "About the author").
///
/// When all fail, [`beside_title`] and [`beside_headline`] look again once the title is found.
pub(super) fn find<'a>(ctx: &Context<'a>, date_line: Option<usize>) -> Option<Spot<'a>> {
    thread_starter(ctx)
        .or_else(|| date_line.and_then(|d| asker(ctx, d)))
        .or_else(|| in_window(ctx))
        .or_else(|| date_line.and_then(|d| beside_date(ctx, d)))
        .or_else(|| dated_in_window(ctx))
        .or_else(|| with_role_in_window(ctx))
        .or_else(|| above_window(ctx))
        .or_else(|| in_author_box(ctx))
        .or_else(|| with_role_on_page(ctx))
}

/// Labels a forum prints before the handle of the thread's first poster ("Thread starter
/// jdoe", "Started by Jane Doe, June 4, 2024"), in English, German, French, Spanish, Italian,
/// Dutch and Portuguese.
const STARTER_BEFORE: &[&str] = &[
    "thread starter",
    "topic starter",
    "started by",
    "topicstarter",
    "themenstarter",
    "gestartet von",
    "auteur de la discussion",
    "démarré par",
    "autor del tema",
    "iniciado por",
    "autore della discussione",
    "avviato da",
    "autor do tópico",
];

/// Labels a forum prints after the handle of the thread's first poster ("jdoe Discussion
/// starter", "jdoe Thread Starter").
const STARTER_AFTER: &[&str] = &[" discussion starter", " thread starter", " original poster"];

/// A thread's start inside a line: "Discussion in 'Board' started by jdoe, May 26, 2025."
const STARTED_BY: &[&str] = &[" started by ", " Started by "];

/// The most words of a line that names a thread's starter: the label, the handle, a date.
const STARTER_LINE_WORDS: u32 = 16;

/// The most words of a handle.
const HANDLE_WORDS: usize = 3;

/// The thread's starter, as a forum labels the first poster: "Thread starter jdoe" (or the label
/// over the handle), "Started by Jane Doe, June 4, 2024", "jdoe Discussion starter". The gold
/// author of a thread is its first poster, whose handle is often lowercase or no word: the label
/// says it is a name. Looked for before the window's end, not in comments or other threads.
fn thread_starter<'a>(ctx: &Context<'a>) -> Option<Spot<'a>> {
    let (texts, stats) = (ctx.texts, ctx.stats);
    let end = ctx.window.hi.min(ctx.n());
    let own = |i: usize| !matches!(ctx.reasons[i], Some(Reason::Comments | Reason::UnrelatedHeadlines));
    (0..end).filter(|&i| stats[i].words <= STARTER_LINE_WORDS && own(i)).find_map(|i| {
        let text = texts[i];
        // The labels' first and last letters, looked at before the labels: most lines open and
        // end otherwise, and a starter's name inside a line comes with the thread's date.
        let first = text.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
        let last = text.as_bytes().last().map_or(0, u8::to_ascii_lowercase);
        let before = matches!(first, b't' | b's' | b'g' | b'a' | b'd' | b'i');
        if let Some(rest) = before.then(|| super::published::after_label(text, STARTER_BEFORE)).flatten() {
            let (at, rest) = match rest {
                "" if i + 1 < ctx.n() => {
                    let next = texts[i + 1];
                    (i + 1, super::published::after_label(next, STARTER_BEFORE).unwrap_or(next))
                }
                _ => (i, rest),
            };
            return starter_handle(rest).map(|name| (at, name));
        }
        if stats[i].digits > 0
            && let Some(at) = STARTED_BY.iter().find_map(|label| text.find(label).map(|at| at + label.len()))
        {
            return starter_handle(&text[at..]).map(|name| (i, name));
        }
        if last != b'r' {
            return None;
        }
        STARTER_AFTER.iter().find_map(|label| {
            let at = text.len().checked_sub(label.len())?;
            let tail = text.get(at..)?;
            if tail.eq_ignore_ascii_case(label) { starter_handle(&text[..at]).map(|name| (i, name)) } else { None }
        })
    })
}

/// The asker's handle under a question's date line `d` ("asked Oct 16, 2010 at 21:58" / "jdoe" /
/// "3,483 6 31", the asker's reputation under the handle), as a site of questions and answers
/// prints them: the question's author, lowercase or not.
fn asker<'a>(ctx: &Context<'a>, d: usize) -> Option<Spot<'a>> {
    let (texts, n) = (ctx.texts, ctx.n());
    super::published::after_label(texts[d], super::published::QUESTION_LABELS)?;
    let score = |j: usize| j < n && texts[j].starts_with(|c: char| c.is_ascii_digit());
    let name = texts.get(d + 1).filter(|_| score(d + 2)).and_then(|text| starter_handle(text))?;
    (name.len() == texts[d + 1].len()).then_some((d + 1, name))
}

/// Whether the line opens with a thread starter's label ("Thread starter", "Started by").
pub(super) fn names_starter(text: &str) -> bool {
    super::published::after_label(text, STARTER_BEFORE).is_some()
}

/// Whether the line names a thread's starter before a date ("Started by Jane Doe, June 4,
/// 2024", "Discussion in 'Board' started by jdoe, May 26, 2025."): the date is the thread's start.
pub(super) fn starter_then_date(text: &str) -> bool {
    let rest = super::published::after_label(text, STARTER_BEFORE)
        .or_else(|| STARTED_BY.iter().find_map(|label| text.find(label).map(|at| &text[at + label.len()..])));
    rest.is_some_and(|rest| {
        starter_handle(rest).is_some_and(|name| {
            let end = name.as_ptr() as usize - rest.as_ptr() as usize + name.len();
            contains_date(&rest[end..])
        })
    })
}

/// The handle that opens `text`, up to a comma, a separator or the end: one to three words, the
/// first opening with a letter or a digit.
fn starter_handle(text: &str) -> Option<&str> {
    let end = text.find([',', '|', '·', '•', '»', '(']).unwrap_or(text.len());
    let handle = text[..end].trim();
    let handle = handle.strip_suffix('.').filter(|h| !h.contains('.')).unwrap_or(handle);
    let words = handle.split_whitespace().count();
    let opens = handle.chars().next().is_some_and(char::is_alphanumeric);
    let date = contains_date(handle);
    (opens && (1..=HANDLE_WORDS).contains(&words) && !date && !handle.ends_with(['.', '?', '!', ':'])).then_some(handle)
}

/// Failing all that, the one name with its job title beside a dated line on the page before its
/// comments, wherever the window is (a body found too high or too low): two or more are a team's
/// list, and one with no date near is a testimonial's or a menu's ("Jane Doe" / "Founder and CEO").
fn with_role_on_page<'a>(ctx: &Context<'a>) -> Option<Spot<'a>> {
    let (texts, stats, end) = (ctx.texts, ctx.stats, ctx.window.comments_from);
    // Short dated lines first: a date has a digit (in an ASCII line, as the statistics count
    // them), and most pages have no name with a job title beside one, which ends the search
    // before the page-wide scan of names.
    let dated_line: Vec<bool> = (0..ctx.n())
        .map(|j| {
            stats[j].words <= DATED_NAME_WORDS && (stats[j].digits > 0 || !texts[j].is_ascii()) && ctx.contains_date(j)
        })
        .collect();
    let dated = |i: usize| {
        (i.saturating_sub(NAME_BESIDE_DATE)..(i + NAME_BESIDE_DATE).min(ctx.n())).any(|j| j != i && dated_line[j])
    };
    let near_date = |i: &usize| dated(*i);
    (0..end).filter(near_date).find_map(|i| with_role_at(ctx, i))?;
    let mut found = (0..end).filter_map(|i| with_role_at(ctx, i));
    let first = found.next()?;
    (found.next().is_none() && dated(first.0)).then_some(first)
}

/// The first byline line in the window.
fn in_window<'a>(ctx: &Context<'a>) -> Option<Spot<'a>> {
    (ctx.window.lo..ctx.window.hi).find_map(|i| byline_at(ctx, i))
}

/// A byline line at block `i`: "By Jane Doe", or "By" over the name; the block that holds the
/// name and the name.
fn byline_at<'a>(ctx: &Context<'a>, i: usize) -> Option<Spot<'a>> {
    let (texts, stats, n) = (ctx.texts, ctx.stats, ctx.n());
    // "Staff" alone is a desk's byline beside a date, elsewhere a menu's entry; so is one word
    // after "By" ("By Modality" heads a filter menu).
    let desk = |name: &str| {
        (STAFF.is_match(name) || !name.contains(char::is_whitespace))
            && !ctx.contains_date(i)
            && !(i.saturating_sub(2)..(i + 3).min(n)).any(|j| j != i && ctx.is_date(j))
    };
    // A row of credits with its date reads as an editorial policy's line to the rules ("Medically
    // reviewed by John Roe — Written by Jane Doe — Updated on March 7, 2025"): it is the byline.
    let credits =
        || ctx.reasons[i] == Some(Reason::Legal) && stats[i].words <= CREDIT_ROW_WORDS && ctx.contains_date(i);
    (ctx.eligible(i) || credits())
        .then(|| ctx.byline_in(i))
        .flatten()
        .filter(|name| name.split_whitespace().nth(1).is_some() || !common_words(name, &ctx.page))
        .filter(|name| !desk(name) && !foreign_lead(ctx, texts[i], name))
        .map(|name| (i, name))
        .or_else(|| name_under_particle(ctx, i).map(|name| (i + 1, name)))
}

/// Byline leads that are words of a few languages only, with those languages: "Door" is Dutch
/// for "by" and English for a door ("Door Straps" in a shop's menu), "Par" French for "by" and a
/// golfer's score.
const PARTICLES: &[(&str, &[Language])] = &[
    ("door", &[Language::Dutch]),
    ("von", &[Language::German]),
    ("par", &[Language::French]),
    ("por", &[Language::Spanish, Language::Portuguese, Language::Galician]),
    ("di", &[Language::Italian]),
    ("av", &[Language::Swedish, Language::Norwegian, Language::Danish]),
    ("oleh", &[Language::Indonesian, Language::Malay]),
];

/// Whether the byline `name` in `text` (a slice of it, or empty for a lead alone on its line)
/// follows a lead of another language than the page's ([`PARTICLES`]). A page of no language
/// found reads every lead.
fn foreign_lead(ctx: &Context, text: &str, name: &str) -> bool {
    let Some(language) = ctx.reading.language else { return false };
    let start = (name.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    let before = if name.is_empty() || start > text.len() { text } else { &text[..start] };
    let lead = before.trim_end().trim_end_matches(':').rsplit(char::is_whitespace).next().unwrap_or_default();
    PARTICLES.iter().any(|(word, languages)| lead.eq_ignore_ascii_case(word) && !languages.contains(&language))
}

/// "By" alone on block `i` over the name ("By" / "Jane Doe, Ph.D."), as page templates set it:
/// the line under it.
fn name_under_particle<'a>(ctx: &Context<'a>, i: usize) -> Option<&'a str> {
    let (texts, stats) = (ctx.texts, ctx.stats);
    let j = i + 1;
    (j < ctx.n()
        && ctx.eligible(i)
        && ctx.eligible(j)
        && ctx.authors[i].lone_particle(texts[i])
        && !foreign_lead(ctx, texts[i], "")
        && stats[j].words <= 8)
        .then(|| texts[j])
        .and_then(|line| {
            // The name up to a role or a desk after a comma or a bar ("Jane Doe | The Newsroom");
            // under the particle, a first name alone is a name too ("By" / "Lauren").
            let name = line.split([',', '|']).next().unwrap_or(line).trim();
            let single = is_given_name_shaped(name) && !ctx.written_lowercase(name);
            (is_name_shaped(name) || single).then_some(line)
        })
}

/// A name alone next to the date line at `d`, or a name with its credentials or role there: the
/// headline, name and date stand together. Labels read like names ("Key Takeaways", "Free
/// Trial"), but their words are written lowercase elsewhere on the page.
fn beside_date<'a>(ctx: &Context<'a>, d: usize) -> Option<Spot<'a>> {
    let (texts, stats) = (ctx.texts, ctx.stats);
    // Right beside the date line, a surname may be a word written lowercase elsewhere ("Madison
    // Green" on a page about green cleaning); the given name may not, nor be an acronym ("HR
    // Strategy").
    let given_name = |name: &str| {
        name.split_whitespace()
            .next()
            .is_some_and(|first| first.chars().any(char::is_lowercase) && !ctx.written_lowercase(first))
    };
    let beside_name = |j: usize| {
        ctx.is_person(texts[j])
            || (d.abs_diff(j) == 1
                && is_name_shaped(texts[j])
                && given_name(texts[j])
                && !texts[j].split_whitespace().any(is_control_word))
    };
    // A team's name ("Example Team", "Team Example") right beside the date line is its byline.
    let beside_team = |j: usize| d.abs_diff(j) == 1 && is_team(texts[j]);
    blocks_beside(ctx, d)
        .filter(|&j| j < ctx.n() && ctx.eligible(j))
        .find(|&j| {
            (is_bare_name(texts[j], &stats[j]) && (beside_name(j) || beside_team(j)))
                || credentialed_name(texts[j]).is_some_and(|name| ctx.is_person(name))
                || name_with_role(texts[j]).is_some_and(|name| ctx.is_person(name))
        })
        .map(|j| (j, texts[j]))
}

/// The blocks a name beside the date line at `d` is looked for in, nearest first; over a
/// reading time, a bullet or a share row between the name and the date. Indices may be past the
/// page's end.
fn blocks_beside(ctx: &Context, d: usize) -> impl Iterator<Item = usize> {
    let (texts, stats, reasons, n) = (ctx.texts, ctx.stats, ctx.reasons, ctx.n());
    let filler = |j: usize| {
        matches!(reasons[j], Some(Reason::Junk | Reason::Social | Reason::Navigation))
            || stats[j].letters == 0
            || (texts[j].starts_with('#') && stats[j].words <= 3)
    };
    let step = |from: usize, up: bool| {
        let mut j = from;
        let mut near = Vec::new();
        for _ in 0..NAME_BESIDE_DATE {
            j = if up { j.wrapping_sub(1) } else { j + 1 };
            if j >= n {
                break;
            }
            near.push(j);
            if !filler(j) {
                break;
            }
        }
        near
    };
    let (above, below) = (step(d, true), step(d, false));
    [d.wrapping_sub(1), d + 1, d.wrapping_sub(2), d + 2].into_iter().chain(above).chain(below)
}

/// The first line in the window that is a date and a name beside it.
fn dated_in_window<'a>(ctx: &Context<'a>) -> Option<Spot<'a>> {
    (ctx.window.lo..ctx.window.hi).find_map(|i| dated_name_at(ctx, i))
}

/// The name beside a date in block `i` ("Amit Samsukha October 11, 2024"), in a short line.
fn dated_name_at<'a>(ctx: &Context<'a>, i: usize) -> Option<Spot<'a>> {
    // A forum's post header: the poster's handle before the date ("DaleJack September 5, 2024,
    // 11:15pm").
    let handle = |name: &str| is_handle_shaped(name) && !is_control_word(name) && !ctx.written_lowercase(name);
    (ctx.eligible(i) && ctx.stats[i].words <= DATED_NAME_WORDS)
        .then(|| name_beside_date(ctx.texts[i], |name| ctx.is_person(name) || handle(name)))
        .flatten()
        .map(|name| (i, name))
}

/// The one name in the window with its job title: in its line ("Jane Doe Senior Writer") or on
/// the line under it ("Jane Doe" / "Senior Writer"). A name's shape alone is a label's too; the
/// title is a second sign. Two or more are a team's list, not a byline.
fn with_role_in_window<'a>(ctx: &Context<'a>) -> Option<Spot<'a>> {
    let mut found = (ctx.window.lo..ctx.window.hi).filter_map(|i| with_role_at(ctx, i));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// A name with its job title at block `i`; a desk over a job title ("Editorial Board" /
/// "Senior Editor") is no one's name.
fn with_role_at<'a>(ctx: &Context<'a>, i: usize) -> Option<Spot<'a>> {
    with_role_line_at(ctx, i).filter(|&(_, name)| authors(name).first().is_some_and(|name| !ROLE.is_match(name)))
}

/// A name-shaped line with a job title at block `i`.
fn with_role_line_at<'a>(ctx: &Context<'a>, i: usize) -> Option<Spot<'a>> {
    let (texts, stats) = (ctx.texts, ctx.stats);
    if !ctx.eligible(i) || stats[i].words > DATED_NAME_WORDS {
        return None;
    }
    let over_role =
        || i + 1 < ctx.n() && is_bare_name(texts[i], &stats[i]) && is_role_line(texts[i + 1], &stats[i + 1]);
    if over_role() && ctx.is_person(texts[i]) {
        return Some((i, texts[i]));
    }
    ctx.name_then_role(i)
        .filter(|name| ctx.is_person(name))
        .or_else(|| {
            name_with_bracketed_role(texts[i])
                .filter(|line| authors(line).first().is_some_and(|name| ctx.is_person(name)))
        })
        .map(|name| (i, name))
}

/// Failing one in the window, a byline line ("By Jane Doe", or "Author" over the name) higher
/// up, above an intro or a table of contents the region left out: the nearest one above the
/// window, with a name no filter menu has ("By Company Size").
fn above_window<'a>(ctx: &Context<'a>) -> Option<Spot<'a>> {
    (0..ctx.window.lo).rev().find_map(|i| above_window_at(ctx, i))
}

/// A byline line above the window at block `i`, with a person's name.
fn above_window_at<'a>(ctx: &Context<'a>, i: usize) -> Option<Spot<'a>> {
    if !ctx.eligible(i) || ctx.stats[i].words > DATED_NAME_WORDS {
        return None;
    }
    ctx.authors[i]
        .byline(ctx.texts[i])
        .map(|name| until_sentence_end(name).trim_end_matches([',', '.', ' ']))
        .filter(|name| ctx.is_person(name) && !foreign_lead(ctx, ctx.texts[i], name))
        .map(|name| (i, name))
        .or_else(|| {
            // "By" / "Company Size" is a filter menu's too: no word of a name is written
            // lowercase on the page.
            name_under_particle(ctx, i)
                .filter(|line| {
                    let name = line.split([',', '|']).next().unwrap_or(line);
                    !name.split_whitespace().any(|w| ctx.written_lowercase(w) || is_control_word(w))
                })
                .map(|name| (i + 1, name))
        })
}

/// Failing all that, an author box after the body's first block (under a short article it sits
/// inside the window): "Written by Jane Doe", "About the author" over a name. Comments are not
/// looked in.
fn in_author_box<'a>(ctx: &Context<'a>) -> Option<Spot<'a>> {
    ctx.window.boxes.clone().find_map(|i| author_box_at(ctx, i))
}

/// An author box's name at block `i`: under its header, over a link to the author's page or a
/// bio, or after "Written by".
fn author_box_at<'a>(ctx: &Context<'a>, i: usize) -> Option<Spot<'a>> {
    let (texts, stats, n) = (ctx.texts, ctx.stats, ctx.n());
    if let Some(name) = credit_sentence(ctx, i) {
        return Some((i, name));
    }
    if stats[i].words > 8 {
        return None;
    }
    let after_header = i > 0 && ctx.author_header(i - 1);
    let bare = || is_bare_name(texts[i], &stats[i]);
    let named = |text: &str| is_bare_name(text, &stats[i]) && ctx.is_person(text);
    // Over a link to the author's page ("Jane Doe" / "Author's Profile"), or over a bio.
    let boxed = || (i + 1..(i + 3).min(n)).any(|j| ctx.author_link(j) || opens_bio(ctx, i, j));
    // Under the header, a name, or a name and its credentials ("Jane Doe, MD"). Whether a name is
    // a person's reads the whole page (its words written lowercase): asked last.
    if (after_header && (named(texts[i]) || credentialed_name(texts[i]).is_some_and(|name| ctx.is_person(name))))
        || (bare() && boxed() && ctx.is_person(texts[i]))
    {
        Some((i, texts[i]))
    } else {
        ctx.authors[i]
            .byline(texts[i])
            .map(|name| name.trim_end_matches([',', '.', ' ']))
            // "Written by" names its author, a team's or a company's name too ("Written
            // by Example Growth Marketing"); a bare "By" may head a filter menu.
            .filter(|name| {
                !common_words(name, &ctx.page)
                    || (WRITTEN_BY.is_match(texts[i]) && name.split_whitespace().nth(1).is_some())
            })
            .filter(|name| !foreign_lead(ctx, texts[i], name))
            .map(|name| (i, name))
    }
}

/// A sentence that credits the article's writer at block `i`: "This post was written by Jane
/// Doe, Head of Marketing", "Dieser Artikel wurde von Jane Doe verfasst", "Cet article a été écrit
/// par Jane Doe". The name is a person's (a common word on the page is not).
fn credit_sentence<'a>(ctx: &Context<'a>, i: usize) -> Option<&'a str> {
    let text = ctx.texts[i];
    if ctx.stats[i].words > 40 {
        return None;
    }
    let name = ctx.authors[i].credit(text)?;
    (name.split_whitespace().nth(1).is_some() && !common_words(name, &ctx.page) && ctx.is_person(name)).then_some(name)
}

/// The opening of a sentence that credits the article's writer, the name as a group: "This post
/// was written by", "Dieser Beitrag wurde von ... verfasst", "Este artículo fue escrito por".
static CREDIT_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|(?:van|von|der|den|del|de|da|di|du|le|la)\b)){1,3}";
    Regex::from_string(format!(
        r"^(?i:(?:this|the)\s+(?:blog\s+)?(?:post|article|story|piece|guide|review)\s+(?:was|is|has\s+been)\s+(?:written|authored|contributed)\s+by|(?:dieser|der)\s+(?:artikel|beitrag|text)\s+wurde\s+von|cet\s+article\s+a\s+été\s+(?:écrit|rédigé)\s+par|(?:este|el)\s+(?:artículo|texto)\s+(?:fue|ha\s+sido)\s+(?:escrito|redactado)\s+por|questo\s+articolo\s+è\s+stato\s+scritto\s+da|dit\s+(?:artikel|bericht)\s+is\s+geschreven\s+door)\s+(?P<name>{name})(?:[,.;:(]|\s+(?i:verfasst|geschrieben)\b|\s*$)"
    ))
});

/// Whether block `j` is a bio of the name at block `i`: it starts with the name, the given
/// name, "I'm" or the author's trade in brackets, and names a trade soon (a product's name over
/// its description names none).
fn opens_bio(ctx: &Context, i: usize, j: usize) -> bool {
    let text = ctx.texts[j];
    let given = ctx.texts[i].split_whitespace().next().unwrap_or_default();
    let mut end = text.len().min(BIO_HEAD);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    // "I'm" opens a bio; one that says whom ("I'm Jane, a journalist") names the line above,
    // or that line is a related post's title, not the author's name.
    let first_person = ["I'm ", "I’m ", "I am "].iter().find_map(|lead| text.strip_prefix(lead)).is_some_and(|rest| {
        let named = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
        !named.starts_with(char::is_uppercase) || named == given
    });
    let opens = first_person
        || text.starts_with('(')
        || [ctx.texts[i], given].into_iter().any(|lead| {
            text.strip_prefix(lead)
                .and_then(|rest| rest.strip_prefix(' '))
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_lowercase)
        });
    // A bio that opens with the full name may give a position instead of a trade ("Jane Doe is
    // the Head of Marketing at Example").
    let full_name = ctx.texts[i].split_whitespace().nth(1).is_some()
        && text
            .strip_prefix(ctx.texts[i])
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| BIO_VERB.is_match(rest));
    ctx.stats[j].words >= 8 && opens && (TRADE.is_match(head) || (full_name && POSITION.is_match(head)))
}

/// The bylines the next passes would take once the byline at `first` is gone, in block order:
/// with it gone, the next pass would take the next line any of the ways of [`find`] finds, and
/// so on, one a pass; they all go now. Only what this pass keeps is there for the next.
pub(super) fn cascade<'a>(ctx: &Context<'a>, first: usize) -> Vec<Spot<'a>> {
    let kept = |&(at, _): &Spot| at != first && ctx.reasons[at].is_none();
    let in_window = |i: usize| byline_at(ctx, i).or_else(|| dated_name_at(ctx, i));
    let window = &ctx.window;
    let kept_byline = |i: usize| in_window(i).filter(kept);
    let mut cascade = window_cascade(first, window.lo..window.hi, window.first_body, window.comments_from, kept_byline);
    let others = (0..window.lo)
        .rev()
        .filter_map(|i| above_window_at(ctx, i))
        .chain(window.boxes.clone().filter_map(|i| author_box_at(ctx, i)));
    cascade.extend(others.filter(kept));
    cascade.sort_unstable_by_key(|&(i, _)| i);
    cascade.dedup_by_key(|&mut (i, _)| i);
    cascade
}

/// The byline lines the next passes would take from the window `lo..hi`, one a pass, once the
/// byline at `first` is gone: each one removed above the body's start lets the window reach one
/// block higher, each one below it one block lower (not into comments). Linear in the blocks the
/// window grows over.
fn window_cascade<'t>(
    first: usize,
    window: Range<usize>,
    first_body: usize,
    comments_from: usize,
    byline_at: impl Fn(usize) -> Option<(usize, &'t str)>,
) -> Vec<(usize, &'t str)> {
    let mut cascade = Vec::new();
    let (mut top, mut bottom) = (window.start, window.start);
    // The byline found shifts the window too.
    let inside = window.contains(&first);
    let (mut up, mut down) = (usize::from(inside && first < first_body), usize::from(inside && first >= first_body));
    let scan = |i: usize, cascade: &mut Vec<(usize, &'t str)>, up: &mut usize, down: &mut usize| {
        if let Some((at, name)) = byline_at(i)
            && at != first
            && cascade.last().is_none_or(|&(last, _)| last != at)
        {
            cascade.push((at, name));
            if at < first_body {
                *up += 1;
            } else {
                *down += 1;
            }
        }
    };
    loop {
        // The window as the passes after this one would see it, grown by the bylines found.
        let want_top = window.start.saturating_sub(up);
        let want_bottom = (window.end + down).min(comments_from.max(window.end));
        if want_top >= top && want_bottom <= bottom {
            break;
        }
        while bottom < want_bottom {
            scan(bottom, &mut cascade, &mut up, &mut down);
            bottom += 1;
        }
        while top > want_top {
            top -= 1;
            scan(top, &mut cascade, &mut up, &mut down);
        }
    }
    cascade
}

/// Once the title at `title` is found, when no other way found a byline: a name between it and
/// the date line, else a bare name next to it.
pub(super) fn beside_title<'a>(ctx: &Context<'a>, title: Spot, date_line: Option<usize>) -> Option<Spot<'a>> {
    over_date_line(ctx, title, date_line).or_else(|| next_to_title(ctx, title.0, date_line))
}

/// A bare name between the title and the date line, or one word alone there ("Headline" /
/// "Gabo" / "Jan 23"): a first name, or a company's. A standfirst may stand between the headline
/// and the name ("Headline" / "A sentence that says what the story is." / "Gabo" / "Jan 23").
fn over_date_line<'a>(ctx: &Context<'a>, (i, title): Spot, date_line: Option<usize>) -> Option<Spot<'a>> {
    let (texts, stats) = (ctx.texts, ctx.stats);
    let j = date_line.map_or(0, |d| d).wrapping_sub(1);
    (j < ctx.n()
        && j > 0
        && (j == i + 1 || markup::strip_heading(texts[j - 1]) == title || (j == i + 2 && is_standfirst(ctx, i + 1)))
        && ctx.free(j)
        && (is_lone_name(texts[j], &stats[j], &ctx.page)
            // Or a person's name, or a team's of capitalised words ("Example Connect Team"), just
            // there; not a label or a menu's entry ("Climate Change", "Mail Services") whose words
            // the page writes lowercase.
            || (is_bare_name(texts[j], &stats[j]) && (ctx.is_person(texts[j]) || is_team(texts[j]))))
        && !texts[j].split_whitespace().any(is_control_word))
    .then(|| (j, texts[j]))
}

/// Whether block `i` is a standfirst: one sentence of a few words, under a headline.
fn is_standfirst(ctx: &Context, i: usize) -> bool {
    (STANDFIRST_WORDS..=STANDFIRST_MOST_WORDS).contains(&ctx.stats[i].words)
        && ctx.texts[i].trim_end().ends_with(['.', '?', '!', '…', '。', '？', '！'])
}

/// The fewest words of a standfirst: fewer are a label's or a kicker's.
const STANDFIRST_WORDS: u32 = 6;

/// The most words of a standfirst: more are the body's first paragraph.
const STANDFIRST_MOST_WORDS: u32 = 40;

/// A team's byline with its article ("By the Example Team", "Written by the Example Editorial
/// Team 3 minutes"): "the" and the team's capitalised name, up to its team word.
fn team_byline(text: &str) -> Option<&str> {
    let lead = ["by the ", "written by the "]
        .iter()
        .find(|lead| text.get(..lead.len()).is_some_and(|head| head.eq_ignore_ascii_case(lead)))?;
    let start = lead.len() - "the ".len();
    let mut end = None;
    let mut at = lead.len();
    for word in text[lead.len()..].split(' ').take(4) {
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        at += word.len();
        if is_team(word) {
            end = Some(at);
        }
        at += 1;
    }
    end.map(|end| &text[start..end]).filter(|team| team.split_whitespace().count() >= 3)
}

/// Words that end a team's name ("Example Connect Team", "The Harbour Desk").
pub(super) const TEAM_WORDS: &[&str] = &[
    "team",
    "staff",
    "desk",
    "editors",
    "editorial",
    "newsroom",
    "redaktion",
    "rédaction",
    "redacción",
    "redazione",
    "redactie",
];

/// Whether a name-shaped line names a team: its last word is one of `TEAM_WORDS`, or its first
/// ("Team Example").
fn is_team(text: &str) -> bool {
    let team = |w: &str| TEAM_WORDS.contains(&w.to_lowercase().as_str());
    text.split_whitespace().next_back().is_some_and(team) || text.split_whitespace().next().is_some_and(team)
}

/// A bare name just under the title at block `i`. Above a headline with no "By", a name-shaped
/// line is the site's, a section's or a menu's ("Example Boutique", "Door Straps"); so is one
/// under the page's first line (its HTML title), at the top of the page's header.
fn next_to_title<'a>(ctx: &Context<'a>, i: usize, date_line: Option<usize>) -> Option<Spot<'a>> {
    let (texts, stats) = (ctx.texts, ctx.stats);
    let under = if i == 0 { 0..0 } else { i + 1..i + 3 };
    under
        .into_iter()
        .find(|&j| {
            j < ctx.n()
                && ctx.free(j)
                && date_line != Some(j)
                && is_bare_name(texts[j], &stats[j])
                && ctx.is_person(texts[j])
        })
        .map(|j| (j, texts[j]))
}

/// Headlines stand above their byline and date: when the window around the body's start had
/// none (an intro, a table of contents or a form between the headline and the body), the byline
/// is looked for just around the headline at block `t`: one word over a date line, else a
/// byline line or a name beside a date near it.
pub(super) fn beside_headline<'a>(ctx: &Context<'a>, t: usize) -> Option<Spot<'a>> {
    let (texts, stats, n) = (ctx.texts, ctx.stats, ctx.n());
    // One word, a person's name or a team's ("Example Team") over the date line, as between
    // the title and the date line in the window.
    let named = |j: usize| {
        is_lone_name(texts[j], &stats[j], &ctx.page)
            || (is_bare_name(texts[j], &stats[j]) && (ctx.is_person(texts[j]) || is_team(texts[j])))
    };
    let over_date = t + 2 < n
        && ctx.eligible(t + 1)
        && ctx.is_date(t + 2)
        && named(t + 1)
        && !texts[t + 1].split_whitespace().any(is_control_word);
    over_date.then(|| (t + 1, texts[t + 1])).or_else(|| {
        (t.saturating_sub(2)..(t + 5).min(n))
            .filter(|&j| j != t && ctx.eligible(j))
            .find_map(|j| near_headline_at(ctx, j))
    })
}

/// A byline line, a name beside a date, "By" over a name or a name with its job title at block
/// `j`, near the headline.
fn near_headline_at<'a>(ctx: &Context<'a>, j: usize) -> Option<Spot<'a>> {
    let (texts, stats) = (ctx.texts, ctx.stats);
    ctx.byline_in(j)
        .filter(|name| name.split_whitespace().nth(1).is_some() || !common_words(name, &ctx.page))
        .filter(|name| !foreign_lead(ctx, texts[j], name))
        .or_else(|| (stats[j].words <= 10).then(|| name_beside_date(texts[j], |name| ctx.is_person(name))).flatten())
        .map(|name| (j, name))
        .or_else(|| name_under_particle(ctx, j).map(|name| (j + 1, name)))
        .or_else(|| with_role_at(ctx, j))
}

/// The byline without what it runs into on its line ("Jane Doe Executive Editor and Master
/// Gardener", "A. J. Neal View In Digital Edition"): it ends at a role's word or at a word the
/// page also writes lowercase, two words in. A list of names after commas is left whole, and so
/// is a short one (a team's or a company's name, "Example Editorial Team").
pub(super) fn without_run_on<'a>(ctx: &Context<'a>, (i, byline): Spot<'a>) -> Spot<'a> {
    if byline.contains([',', '|']) || byline.split_whitespace().nth(RUN_ON_WORDS - 1).is_none() {
        return (i, byline);
    }
    let mut words = byline.split_whitespace().enumerate();
    let cut = words.find(|&(k, word)| {
        k >= 2
            && word.chars().next().is_some_and(char::is_uppercase)
            && (ROLE.is_match(word) || ctx.written_lowercase(word))
    });
    match cut {
        Some((_, word)) => (i, byline[..word.as_ptr() as usize - byline.as_ptr() as usize].trim_end()),
        None => (i, byline),
    }
}

/// A byline line: "By Jane Doe", "Von Max Muster", "Analysis by Jane Doe", a desk alone ("Staff
/// Report"), with the name (or the desk) as a group.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    let name =
        r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|(?:van|von|della|der|den|del|de|da|di|du|le|la|bin|al)\b))*";
    Regex::from_string(format!(
        r"^(?:(?P<staff>(?i:staff report|staff reports|staff writer|staff|redaktion|la rédaction|redacción|redazione|redactie))$|(?i:(?:(?:an?|ein|eine|un|une|uno|una|een)\s+)?(?:article|analysis|column|commentary|opinion|interview|essay|report|guide|review|feature|story|artikel|beitrag|gastbeitrag|kommentar|analyse|kolumne|bericht|reportage|chronique|tribune|artículo|columna|articolo|commento)\s+(?:by|von|de|par|por|di|door)|by|written by|words by|text by|story by|reporting by|von|text:|texte?:|par|por|di|door|av|autor:|autorin:|authors?:|contributors?:|autoren:|autore:|autori:|auteurs?:|autores:|γράφει(?:\s+(?:ο|η))?|γράφουν(?:\s+οι)?|автор:|авторка:|текст:|penulis:|oleh:?|reporter:|wartawan:|tác giả:|bài:|bài và ảnh:|yazan:|muhabir:):?\s+(?:by\s+)?(?P<name>{name}(?:\s*(?:&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*{name})*))"
    ))
});

/// An explicit author lead: "Written by", "Geschrieben von", "Escrito por".
static WRITTEN_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:written|geschrieben|écrit|escrito|scritto)\s+(?:by|von|par|por|da)\s"));

/// A link to an author's page under the name: "Author's Profile", "View all posts", "More from
/// this author".
static AUTHOR_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:author[’']?s\s+profile|view\s+(?:author\s+)?profile|view\s+all\s+(?:posts|articles)|more\s+(?:posts\s+|articles\s+)?(?:from|by)\s+this\s+author|author\s+page|alle\s+(?:beiträge|artikel)\s+(?:von|anzeigen))\W*$",
    )
});

/// A desk alone: "Staff", "Redaktion".
static STAFF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:staff|redaktion|la rédaction|redacción|redazione|redactie)$"));

/// "by NAME" anywhere in a line ("Published August 7, 2023 by Nicole Burke"): read only in a short
/// line that holds a date.
static BY_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|(?:van|von|della|der|den|del|de|da|di|du|le|la|bin|al)\b)){0,4}";
    Regex::from_string(format!(
        r"(?:^|[\s|·•,])(?i:by|von|par|por|di|door|av|oleh)\s+(?P<name>{name}(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*{name})*)"
    ))
});

/// The lead of [`BY_INSIDE`] up to the first space after it ("Posted by "): where no such lead
/// ends within the first [`LEAD_BYTES`] of a line, no match of `BY_INSIDE` has its name there.
/// `BY_INSIDE` has Unicode word boundaries, which stop the lazy DFA at the first non-ASCII byte,
/// and a long line was then searched by the PikeVM, for a name [`name_before_date`] only takes
/// near the line's start.
static BY_LEAD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[\s|·•,])(?i:by|von|par|por|di|door|av|oleh)\s"));

/// A lowercase handle after "by" at a line's end or before a separator ("Posted on July 1, 2024
/// by jdoe", a forum's "Post by jdoe » Sat Feb 24, 2024 12:41 pm"): read only in a line that
/// holds a date ("by default" alone is no byline).
static HANDLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)(?:by|von|par|por)\s+(?P<handle>[a-z][a-z0-9_.-]{2,29})\s*(?:$|[»|·•–—]\s)"));

/// A byline's lead alone on its line, the name on the next: "By", "Von", "Written by", "Autor:".
static LONE_PARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:by|written by|posted by|words by|von|par|por|di|door|av|przez|oleh|autor|autorin|author|auteur|autore):?$",
    )
});

/// The header of an author box: "About the author", "Über den Autor", "À propos de l'auteur".
static AUTHOR_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:about the (?:author|writer|contributor)s?|meet the (?:author|writer)|article (?:written )?by|posted by|author|the author|written by|über (?:den autor|die autorin)|zum autor|zur autorin|autor(?:in)?|à propos de l'auteur|l'auteur|sobre (?:el|la|o|a) autor[a]?|autor[a]?|sull'autore|l'autore|over de auteur|o autorze)\s*:?$",
    )
});

/// Whether the block heads an author's or a reviewer's box ("About the author", "About our expert",
/// "Reviewed by,", "Written by") and a name stands within the two blocks under it (bare, with its
/// credentials or with its role).
pub(crate) fn heads_author_box(texts: &[&str], stats: &[BlockStats], i: usize) -> bool {
    let name = |j: usize| {
        super::names::is_bare_name(texts[j], &stats[j])
            || super::names::credentialed_name(texts[j]).is_some()
            || super::names::name_with_role(texts[j]).is_some()
    };
    stats[i].words <= AUTHOR_HEADER_WORDS
        && (AUTHOR_HEADER.is_match(texts[i]) || REVIEWER_HEADER.is_match(texts[i]))
        && (i + 1..(i + 3).min(texts.len())).any(name)
}

/// The most words of an author's or reviewer's box header ("À propos de l'auteur" has four).
const AUTHOR_HEADER_WORDS: u32 = 5;

/// The header of an expert's or a reviewer's box: "About our expert", "Reviewed by,".
static REVIEWER_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:about (?:our|the) (?:expert|reviewer)s?|(?:medically |expert )?reviewed by)\s*[:,]?$")
});

/// Bylines in scripts without capital letters, where a name cannot be told by its case: a lead
/// ("记者", "كتب:", "โดย", "लेखक:", "מאת") or the Korean suffix "기자" around a name of a few words.
/// Chinese and Korean names are two to four characters long, which keeps a sentence that starts
/// with "记者" ("记者从…获悉") from reading as one.
static CASELESS_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    let words = |script: &str| format!(r"[\p{{{script}}}\p{{M}}'’.-]+(?:\s+[\p{{{script}}}\p{{M}}'’.-]+){{0,3}}");
    let (arabic, thai, devanagari, hebrew) = (words("Arabic"), words("Thai"), words("Devanagari"), words("Hebrew"));
    Regex::from_string(format!(
        r"^(?:(?:(?:文|撰文|图文|圖文)\s*[/／｜|:：]\s*)?(?:记者|記者|作者|撰文|编辑|編輯|责任编辑|責任編輯|文)\s*[/／:：]?\s*(?P<han>\p{{Han}}{{2,4}}(?:[·・]\p{{Han}}{{1,4}})?)(?:\s|$|[,，、|｜/])|(?P<hangul>\p{{Hangul}}{{2,4}})\s*기자(?:\s|$|[,=·/])|(?:(?:كتب|كتبت)\s*:|بقلم\s*:?|بواسطة\s*:?)\s*(?P<arabic>{arabic})\s*$|โดย\s+(?P<thai>{thai})\s*$|(?:लेखक|रिपोर्ट|रिपोर्टर|संवाददाता)\s*:\s*(?P<devanagari>{devanagari})\s*$|מאת\s*:?\s*(?P<hebrew>{hebrew})\s*$)"
    ))
});

/// lines hold none, and a failed search for captures costs more than a failed test.
fn captures_in<'t>(regex: &Regex, text: &'t str) -> Option<Captures<'t>> {
    if regex.is_match(text) { regex.captures(text) } else { None }
}

/// The name a byline's lead introduces at `found` of `text`: to a date inside it, or to the end
/// of its sentence and before trailing labels, with the credit after a comma ("Jane Doe, MD",
/// "Jane Doe, CEO of Example", "Jane Doe, John Roe, Ann Poe") up to a date or a separator.
fn lead_name<'a>(text: &'a str, stats: &BlockStats, found: Range<usize>) -> Option<&'a str> {
    let dated = date_in_name(text, stats, found.clone());
    let whole = match dated {
        Some(at) => text[found.start..at].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-')),
        None => &text[found.clone()],
    };
    if whole.is_empty() {
        return None;
    }
    let name = without_trailing_labels(until_sentence_end(whole));
    let credited = (dated.is_none() && name.len() == found.len())
        .then(|| credit_after(text, found.start, found.end))
        .flatten()
        .map_or(name, |end| &text[found.start..end]);
    Some(credited.trim_end_matches([',', '.', ' ']))
}

/// Where a date starts inside the name at `name` of `text`, a byline line: a date after the name
/// ends it ("By Jane January 4, 2026" is Jane's), and a month's name is capitalised like a
/// name's next word. Every form of date has a digit (in an ASCII line, as the statistics count
/// them).
fn date_in_name(text: &str, stats: &BlockStats, name: Range<usize>) -> Option<usize> {
    if stats.digits == 0 && text.is_ascii() {
        return None;
    }
    let at = name.start + DATE_INSIDE.find(&text[name.start..])?.start();
    (at < name.end).then_some(at)
}

/// The byline's name part when the block is a byline ("By Jane Doe", "Von Max Muster").
pub(super) fn byline_name<'a>(text: &'a str, stats: &BlockStats) -> Option<&'a str> {
    // An initial's stop ("A. J. Neal") ends no sentence; initials are counted only in a line
    // of two sentence ends or more.
    let initials = || {
        text.split_whitespace()
            .filter(|w| w.len() == 2 && w.ends_with('.') && w.chars().next().is_some_and(char::is_uppercase))
            .count() as u32
    };
    if stats.words > 16 || (stats.sentence_ends > 1 && stats.sentence_ends.saturating_sub(initials()) > 1) {
        // A standfirst that ends with its byline and date ("… beyond Canada. By Jane Doe on Dec.
        // 19, 2025").
        // A row of credits ("Medically reviewed by John Roe — Written by Jane Doe, MS, RD —
        // Updated on March 7, 2025"): the byline is the part that is one.
        if let Some(name) = credit_row(text) {
            return Some(name);
        }
        // A blog theme's row that opens with its byline and date ("Posted by Jane Doe December
        // 30, 2024 Posted in News, Travel Tags: ...").
        if row_dated_early(text)
            && let Some(name) = name_before_date(text)
        {
            return Some(name);
        }
        let start = text.rfind(". By ")? + 2;
        let tail = &text[start..];
        let name = captures_in(&BYLINE, tail)?.name("name")?;
        return (tail.split_whitespace().count() <= BYLINE_TAIL_WORDS && DATE_INSIDE.is_match(&tail[name.end()..]))
            .then(|| until_sentence_end(name.as_str()).trim_end_matches([',', '.', ' ']));
    }
    if let Some(captures) = captures_in(&BYLINE, text) {
        return captures
            .name("name")
            .or(captures.name("staff"))
            .and_then(|m| lead_name(text, stats, m.start()..m.end()));
    }
    if let Some(team) = team_byline(text) {
        return Some(team);
    }
    // Every form of date has a decimal digit: an ASCII line without one (the statistics count
    // them) holds no date, and is not searched for one.
    if (stats.digits > 0 || !text.is_ascii()) && contains_date(text) {
        if let Some(name) = captures_in(&BY_INSIDE, text).and_then(|c| c.name("name")) {
            return Some(without_employer(name.as_str().trim_end_matches([',', '.', ' '])));
        }
        if let Some(handle) = captures_in(&HANDLE, text).and_then(|c| c.name("handle")) {
            return Some(handle.as_str().trim_end_matches(['.', '-']));
        }
        // A name, its role and the date as a row ("Jane Doe | Senior Writer | July 2, 2025").
        let mut parts =
            CREDIT_SEPARATORS.iter().find(|s| text.contains(**s)).map(|s| text.split(*s)).into_iter().flatten();
        if let Some(first) = parts.next()
            && is_name_shaped(first.trim())
            && parts.any(|part| part.split_whitespace().count() <= 4 && ROLE.is_match(part))
        {
            return Some(first.trim());
        }
    }
    // Every lead and name of a script without case is written outside ASCII.
    if text.is_ascii() {
        return None;
    }
    let captures = captures_in(&CASELESS_BYLINE, text)?;
    ["han", "hangul", "arabic", "thai", "devanagari", "hebrew"]
        .iter()
        .find_map(|group| captures.name(group))
        .map(|m| m.as_str().trim_end_matches([',', '.', ' ']))
}

/// The most words of a row of credits and its date taken for a policy's line by the rules.
const CREDIT_ROW_WORDS: u32 = 24;

/// How far into a line the name after "by" starts, at most, for [`name_before_date`].
const LEAD_BYTES: usize = 20;

/// The name of a line that opens with a byline whose date follows the name ("By Jane Doe March
/// 3, 2025 ...", "Posted by Jane Doe on March 3, 2025 ..."), when it is shaped like a name.
/// Whether a long row can open with a byline and its date: the date follows a name that starts
/// within `LEAD_BYTES`, so a digit stands in its first `ROW_HEAD_BYTES` (every form of date has
/// one; a line in another script is not judged by it). A paragraph without one is not searched
/// for a byline by the regexes, whose captures cost more than the rest of the byline search.
fn row_dated_early(text: &str) -> bool {
    let end = (0..=ROW_HEAD_BYTES.min(text.len())).rev().find(|&k| text.is_char_boundary(k)).unwrap_or(0);
    !text.is_ascii() || text.as_bytes()[..end].iter().any(u8::is_ascii_digit)
}

/// How far into a row its byline's date starts at the latest, in bytes: the name's start, a long
/// name and its separators.
const ROW_HEAD_BYTES: usize = 160;

fn name_before_date(text: &str) -> Option<&str> {
    // "By" first, or after a word or two ("Posted by", "Geschrieben von").
    let name = captures_in(&BYLINE, text).and_then(|c| c.name("name")).or_else(|| {
        // The name starts within `LEAD_BYTES`, so the lead and the space before it end there.
        let mut lead_end = LEAD_BYTES.min(text.len());
        while !text.is_char_boundary(lead_end) {
            lead_end -= 1;
        }
        if !BY_LEAD.is_match(&text[..lead_end]) {
            return None;
        }
        captures_in(&BY_INSIDE, text).and_then(|c| c.name("name")).filter(|m| m.start() <= LEAD_BYTES)
    })?;
    let date = DATE_INSIDE.find(&text[name.start()..])?;
    let end = name.start() + date.start();
    let head = text[name.start()..end]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '•' | '-' | '—' | '–'));
    let head = head.strip_suffix(" on").unwrap_or(head);
    // A given name alone after "By" is a name too ("By Anthony January 4, 2026 Updated: ..."):
    // the byline's lookup drops one the page writes lowercase, or with no date beside it.
    let given = is_given_name_shaped(head) && !is_control_word(head);
    (end <= name.end() + 4 && (is_name_shaped(head) || given)).then_some(head)
}

/// A byline without the employer after its job title ("Jane Doe, Executive Editor, Example
/// Health Letter" is "Jane Doe, Executive Editor").
fn without_employer(byline: &str) -> &str {
    let mut end = 0;
    for (k, part) in byline.split(',').enumerate() {
        end += part.len();
        if k > 0 && ROLE.is_match(part) && end < byline.len() {
            return &byline[..end];
        }
        end += 1;
    }
    byline
}

/// The separators between the credits of a row.
const CREDIT_SEPARATORS: [&str; 5] = [" — ", " – ", " | ", " · ", " • "];

/// The byline's name in a row of credits split by [`CREDIT_SEPARATORS`]: the first part that
/// reads as a byline, with its credit, of at most [`CREDITED_WORDS`] words.
fn credit_row(text: &str) -> Option<&str> {
    let mut start = 0;
    while start < text.len() {
        let separator = next_credit_separator(text, start);
        let end = separator.map_or(text.len(), |(at, _)| at);
        let part = &text[start..end];
        if part.split_whitespace().nth(CREDITED_WORDS).is_none()
            && let Some(name) = captures_in(&BYLINE, part).and_then(|c| c.name("name"))
        {
            let name_end = start + name.end();
            let credited = credit_after(text, start + name.start(), name_end).map_or(name_end, |e| e.min(end));
            return Some(text[start + name.start()..credited].trim_end_matches([',', '.', ' ']));
        }
        let Some((at, len)) = separator else { break };
        start = at + len;
    }
    None
}

/// Where the first of [`CREDIT_SEPARATORS`] at or after `from` in `text` starts, and its
/// length: one scan for the separators' middle characters (`|`, or the lead byte of `·`, `—`,
/// `–`, `•`), not one search per separator.
fn next_credit_separator(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut at = from + 1;
    while at < bytes.len() {
        let middle = at + memchr::memchr3(b'|', 0xC2, 0xE2, bytes.get(at..)?)?;
        if bytes[middle - 1] == b' '
            && let Some(separator) = CREDIT_SEPARATORS.iter().find(|s| bytes[middle - 1..].starts_with(s.as_bytes()))
        {
            return Some((middle - 1, separator.len()));
        }
        at = middle + 1;
    }
    None
}

/// The most words of a byline and date ending a longer line.
const BYLINE_TAIL_WORDS: usize = 10;

/// The most words of a byline with the credit after its name.
const CREDITED_WORDS: usize = 12;

/// Where the credit after a byline's name ends, when a comma follows the name: at a date, a
/// separator (" | ", " · ", " - ") or the line's end, within [`CREDITED_WORDS`] words of name and
/// credit.
fn credit_after(text: &str, name_start: usize, name_end: usize) -> Option<usize> {
    let rest = &text[name_end..];
    if !rest.starts_with(',') {
        return None;
    }
    let mut end = rest.len();
    for separator in [" | ", " · ", " • ", " - ", " — ", " – "] {
        if let Some(at) = rest.find(separator) {
            end = end.min(at);
        }
    }
    if let Some(date) = DATE_INSIDE.find(rest) {
        end = end.min(date.start());
    }
    // A sentence after the credit is another credit ("Jane Doe, DVM. Reviewed by John Roe"): a
    // full stop after a word that is not an initial ends the credit.
    if let Some(stop) = rest[..end].match_indices(". ").map(|(at, _)| at).find(|&at| {
        // Not after an initial or a short title ("Sr.", "Jr.", "Dr."); after a credential in
        // capitals ("DVM.") or a word, yes.
        let word = rest[..at].rsplit([' ', ',']).next().unwrap_or_default();
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let capitals = word.chars().all(|c| c.is_uppercase());
        (letters > 3 || (letters > 1 && capitals))
            && !word.contains('.')
            && rest[at + 2..].starts_with(char::is_uppercase)
    }) {
        end = stop;
    }
    let mut credit = rest[..end].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
    // The word that leads to the date is not the credit's ("Jane Doe, John Roe on March 3").
    if let Some((before, last)) = credit.rsplit_once(' ')
        && DATE_LEADS.contains(&last)
    {
        credit = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
    }
    // A job title and then the employer ("Jane Doe, Executive Editor, Example Health Letter"):
    // the credit is the title.
    if let Some((title, _)) = credit.strip_prefix(',').and_then(|after| after.split_once(','))
        && ROLE.is_match(title)
    {
        credit = &credit[..1 + title.len()];
    }
    let words = text[name_start..name_end].split_whitespace().count() + credit.split_whitespace().count();
    (words <= CREDITED_WORDS && credit.len() > 1).then_some(name_end + credit.len())
}

/// The words that lead from a byline to its date: "on March 3", "am 3. März", "le 3 mars".
const DATE_LEADS: [&str; 9] = ["on", "am", "le", "el", "il", "op", "em", "den", "at"];

/// A name up to the end of its sentence: "Jeff Cobb. Last Updated" is "Jeff Cobb". A full stop
/// after an initial, a title or a suffix ("A. J. Neal", "Mrs. Jane Doe", "John Roe Jr.") does not
/// end it.
fn until_sentence_end(name: &str) -> &str {
    let mut start = 0;
    for word in name.split_inclusive(char::is_whitespace) {
        let bare = word.trim_end();
        // A title ("Mrs.", "Prof.") comes first; an initial or "Jr." is shorter than three letters.
        let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
        if start > 0 && bare.ends_with('.') && letters >= 3 && !bare[..bare.len() - 1].contains('.') {
            return &name[..start + bare.len()];
        }
        start += word.len();
    }
    name
}

/// The name in a line that is a date and a name ("Amit Samsukha October 11, 2024", "Dec 17, 2025
/// Julian K. Arni", "December 15, 2025 · 30 min · Ash Vardanian", "Jane Doe Published 10:19am 19
/// December 2025"): what is left beside the date, or the one part of it set off by separators,
/// without publishing labels and times, when it is shaped like a name and `is_name` takes it.
fn name_beside_date<'a>(text: &'a str, is_name: impl Fn(&str) -> bool) -> Option<&'a str> {
    let found = DATE_INSIDE.find(text)?;
    let separators = |c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | '—' | '–' | '-' | ',' | '/');
    // A name, or a name before words in lowercase ("Jane Doe on behalf of the team").
    let named = |part: &'a str| {
        let part = without_labels(part);
        let lower = part.split_whitespace().find(|w| w.chars().next().is_some_and(char::is_lowercase));
        let head = lower.map_or(part, |word| part[..word.as_ptr() as usize - part.as_ptr() as usize].trim_end());
        [part, head].into_iter().find(|name| (is_name_shaped(name) || is_handle_shaped(name)) && is_name(name))
    };
    let rest = if found.end() >= text.trim_end().len() {
        text[..found.start()].trim_matches(separators)
    } else if text[..found.start()].trim().is_empty() {
        text[found.end()..].trim_matches(separators)
    } else {
        // The date between a name and a reading time ("Jane Doe July 13, 2025 — 7 minutes read"):
        // the name before it, when nothing after it is one.
        let (before, after) = (text[..found.start()].trim_matches(separators), &text[found.end()..]);
        let after_named = after.split(['|', '·', '•', '—', '–']).any(|part| named(part.trim()).is_some());
        return named(before).filter(|_| !after_named);
    };
    if let Some(name) = named(rest) {
        return Some(name);
    }
    let mut names = rest.split(['|', '·', '•', '—', '–']).filter_map(|part| named(part.trim()));
    let name = names.next()?;
    names.next().is_none().then_some(name)
}

/// Whether `word` is shaped like a user's handle ("DaleJack", "jane_doe42"): one token of 3 to 30
/// letters, digits, `_`, `.` or `-`, opening with a letter, with a lowercase letter (an acronym
/// is a desk's or a site's), and not a word: a capitalised word before a date is as often a
/// label's ("Start", "Updated", "Sun") as a given name.
fn is_handle_shaped(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    // Not a word: a capital after a lowercase letter ("DaleJack") or a digit or sign inside
    // ("paulb203", "hayley.p", "Noah_B").
    let camel = chars.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase());
    let marked = chars.iter().skip(1).any(|c| c.is_ascii_digit() || matches!(c, '_' | '.'));
    (3..=30).contains(&word.len())
        && chars.first().is_some_and(|c| c.is_alphabetic())
        && chars.iter().any(|c| c.is_lowercase())
        && chars.iter().all(|&c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'))
        && (camel || marked)
}

/// A byline's name without the capitalised label the name runs into ("By Jane Doe Updated on
/// March 3, 2025", "By Jane Doe Last Updated ...").
fn without_trailing_labels(name: &str) -> &str {
    const LABELS: [&str; 6] = ["updated", "published", "posted", "modified", "reviewed", "last"];
    let mut name = name;
    while let Some((rest, last)) = name.rsplit_once(' ')
        && LABELS.iter().any(|label| last.eq_ignore_ascii_case(label))
    {
        name = rest.trim_end();
    }
    name
}

/// `part` without the publishing labels and times before or after a name ("Published", "on",
/// "10:19am").
fn without_labels(part: &str) -> &str {
    let label = |word: &str| {
        let word = word.trim_matches(|c: char| c == ',' || c == ':');
        ["published", "posted", "updated", "on", "at", "am", "pm", "by"].iter().any(|l| word.eq_ignore_ascii_case(l))
            || (word.chars().next().is_some_and(|c| c.is_ascii_digit())
                && word
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | 'a' | 'p' | 'm' | 'A' | 'P' | 'M')))
    };
    let mut part = part.trim();
    while let Some((_, rest)) = part.split_once(char::is_whitespace).filter(|(first, _)| label(first)) {
        part = rest.trim_start();
    }
    while let Some((rest, _)) = part.rsplit_once(char::is_whitespace).filter(|(_, last)| label(last)) {
        part = rest.trim_end();
    }
    part
}

/// What the metadata's lookups read of a block's text alone, kept once asked: whether it is an
/// author box's header (`AUTHOR_HEADER`), a link to the author's page (`AUTHOR_LINK`), the
/// name before a job title ([`name_then_role`], as a range of the text), and whether it holds a
/// date ([`contains_date`]). Every pass looks for the author box over the same blocks, for a
/// name with its job title over every block before the comments, and for dates beside them.
#[derive(Default)]
pub(crate) struct AuthorMemo {
    header: std::cell::OnceCell<bool>,
    link: std::cell::OnceCell<bool>,
    name_then_role: std::cell::OnceCell<Option<Range<usize>>>,
    dated: std::cell::OnceCell<bool>,
    lone_particle: std::cell::OnceCell<bool>,
    credit: std::cell::OnceCell<Option<Range<usize>>>,
    byline: std::cell::OnceCell<Option<Range<usize>>>,
    /// The dates in the block, read day first and month first.
    dates: [std::cell::OnceCell<Vec<date::Found>>; 2],
}

impl AuthorMemo {
    /// Whether `text`, this memo's block, is a byline's lead alone ([`LONE_PARTICLE`]).
    fn lone_particle(&self, text: &str) -> bool {
        // The longest lead is "written by:" (one more byte for a long s, "ſ", in "posted").
        *self.lone_particle.get_or_init(|| text.len() <= 16 && LONE_PARTICLE.is_match(text))
    }

    /// The name a credit sentence gives in `text`, this memo's block ([`CREDIT_SENTENCE`]).
    fn credit<'a>(&self, text: &'a str) -> Option<&'a str> {
        // Every credit sentence opens with a letter of "this", "the", "dieser", "der", "cet",
        // "este", "el", "questo" or "dit" (none of which has a case outside ASCII).
        let opens = matches!(
            text.as_bytes().first(),
            Some(b't' | b'T' | b'd' | b'D' | b'c' | b'C' | b'e' | b'E' | b'q' | b'Q')
        );
        let found = || {
            opens.then_some(())?;
            Some(captures_in(&CREDIT_SENTENCE, text)?.name("name")?.as_str().trim_end_matches(['.', ' ']))
        };
        self.credit.get_or_init(|| found().and_then(|name| span_in(text, name))).clone().and_then(|r| text.get(r))
    }

    /// What follows a byline's lead in `text`, this memo's block ([`BYLINE`]'s name group).
    fn byline<'a>(&self, text: &'a str) -> Option<&'a str> {
        let found = || Some(captures_in(&BYLINE, text)?.name("name")?.as_str());
        self.byline.get_or_init(|| found().and_then(|name| span_in(text, name))).clone().and_then(|r| text.get(r))
    }

    /// Whether `text`, this memo's block, holds a date anywhere ([`contains_date`]).
    pub(super) fn contains_date(&self, text: &str) -> bool {
        *self.dated.get_or_init(|| contains_date(text))
    }

    /// The dates in `text`, this memo's block, read in `order` ([`date::dates_in`]).
    pub(super) fn dates(&self, text: &str, order: date::DayOrder) -> Vec<date::Found> {
        let slot = match order {
            date::DayOrder::DayFirst => &self.dates[0],
            date::DayOrder::MonthFirst => &self.dates[1],
        };
        slot.get_or_init(|| date::dates_in(text, order)).clone()
    }

    /// Whether `text`, this memo's block, is an author box's header.
    pub(super) fn header(&self, text: &str) -> bool {
        // Every header opens with "a", "m", "p", "t", "w", "z", "l", "s" or "o" in either case,
        // or outside ASCII ("über", "à", a long s for "s").
        let opens = |b: &u8| {
            !b.is_ascii()
                || matches!(b.to_ascii_lowercase(), b'a' | b'm' | b'p' | b't' | b'w' | b'z' | b'l' | b's' | b'o')
        };
        *self.header.get_or_init(|| text.as_bytes().first().is_some_and(opens) && AUTHOR_HEADER.is_match(text))
    }

    /// Whether `text`, this memo's block, links to the author's page.
    pub(super) fn link(&self, text: &str) -> bool {
        // Every link opens with "author", "view", "more" or "alle", in either case.
        let opens = |b: &u8| matches!(b.to_ascii_lowercase(), b'a' | b'v' | b'm');
        *self.link.get_or_init(|| text.as_bytes().first().is_some_and(opens) && AUTHOR_LINK.is_match(text))
    }

    /// [`name_then_role`] of `text`, this memo's block.
    pub(super) fn name_then_role<'a>(&self, text: &'a str) -> Option<&'a str> {
        let range = self.name_then_role.get_or_init(|| {
            // The name is a slice of `text`; kept as its range.
            let name = name_then_role(text)?;
            let start = (name.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
            Some(start..start + name.len())
        });
        range.clone().and_then(|range| text.get(range))
    }
}

/// Where `part`, a slice of `text`, stands in it.
fn span_in(text: &str, part: &str) -> Option<Range<usize>> {
    let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (start + part.len() <= text.len()).then_some(start..start + part.len())
}

/// A block's byline name as [`byline_in`] reads it, kept once asked as a range of the block's
/// text: the passes over a page and several stages of each (the metadata stage, the learned
/// stage, a listing's item runs) ask about the same blocks again and again.
pub(crate) type BylineMemo = std::cell::OnceCell<Option<Range<usize>>>;

/// [`byline_in`] of a block, read from its memo when asked before under the same statistics.
pub(crate) fn byline_in_memo<'a>(memo: &BylineMemo, text: &'a str, stats: &BlockStats) -> Option<&'a str> {
    if let Some(range) = memo.get() {
        return range.clone().and_then(|range| text.get(range));
    }
    let name = byline_in(text, stats);
    // The name is a slice of `text`; kept as its range.
    let range = match name {
        None => Some(None),
        Some(name) => (name.as_ptr() as usize)
            .checked_sub(text.as_ptr() as usize)
            .filter(|start| start + name.len() <= text.len())
            .map(|start| Some(start..start + name.len())),
    };
    if let Some(range) = range {
        let _ = memo.set(range);
    }
    name
}

/// The byline's name in `text`, read as a reader saw it ("By `[Jane Doe](url)`" names Jane Doe),
/// as a slice of `text`.
pub(crate) fn byline_in<'a>(text: &'a str, stats: &BlockStats) -> Option<&'a str> {
    match markup::display(text) {
        Cow::Borrowed(seen) => byline_name(seen, stats),
        Cow::Owned(seen) => {
            let name = byline_name(&seen, stats)?;
            text.find(name).map(|at| &text[at..at + name.len()])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn stats(text: &str) -> BlockStats {
        BlockStats::compute(text, Language::English)
    }

    /// The tests before the regexes of a block's memo (the letters a lead opens with, a lead's
    /// length) let every lead through, in either case.
    #[test]
    fn a_memo_finds_every_lead_its_first_test_lets_through() {
        let headers = [
            "About the Author",
            "MEET THE WRITER",
            "Article written by:",
            "Posted by",
            "The Author",
            "written by",
            "Über den Autor",
            "Zur Autorin",
            "À propos de l'auteur",
            "L'auteur",
            "Sobre el autor",
            "Over de auteur",
            "O autorze",
        ];
        for text in headers {
            assert!(AuthorMemo::default().header(text), "{text}");
        }
        for text in ["Author's Profile", "VIEW ALL POSTS", "More from this author", "Alle Beiträge anzeigen"] {
            assert!(AuthorMemo::default().link(text), "{text}");
        }
        for text in ["Written by:", "Posted by", "By", "przez", "Autorin:"] {
            assert!(AuthorMemo::default().lone_particle(text), "{text}");
        }
        let credits = [
            ("This post was written by Jane Doe, Head of Marketing", "Jane Doe"),
            ("the article was written by Jane Doe.", "Jane Doe"),
            ("Dieser Artikel wurde von Jane Doe verfasst", "Jane Doe"),
            ("Der Beitrag wurde von Jane Doe geschrieben", "Jane Doe"),
            ("Cet article a été écrit par Jane Doe", "Jane Doe"),
            ("Este artículo fue escrito por Jane Doe", "Jane Doe"),
            ("El texto ha sido redactado por Jane Doe", "Jane Doe"),
            ("Questo articolo è stato scritto da Jane Doe", "Jane Doe"),
            ("Dit artikel is geschreven door Jane Doe", "Jane Doe"),
        ];
        for (text, name) in credits {
            assert_eq!(AuthorMemo::default().credit(text), Some(name), "{text}");
        }
        // A byline in a script without case is read in a line outside ASCII alone.
        assert_eq!(byline_name("记者 王小明", &stats("记者 王小明")), Some("王小明"));
        assert_eq!(byline_name("By the way", &stats("By the way")), None);
    }

    #[test]
    fn credit_separators_are_found_where_a_search_for_each_finds_the_first() {
        let texts = [
            "Jane Doe — Written by John Roe – Updated | March 3 · 2025 • Example",
            " | leading",
            "a|b ·c — d",
            "no separators at all, é and ü and “quotes”",
            "ends with a separator | ",
            "·• —–| double | | ",
        ];
        for text in texts {
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let each = CREDIT_SEPARATORS
                    .iter()
                    .filter_map(|s| text[from..].find(s).map(|at| (from + at, s.len())))
                    .min_by_key(|&(at, _)| at);
                assert_eq!(next_credit_separator(text, from), each, "{text:?} from {from}");
            }
        }
    }

    #[test]
    fn bylines() {
        let table = [
            ("By Jane Doe", Some("Jane Doe")),
            ("By Jane Doe and John Roe, Example Wire", Some("Jane Doe and John Roe, Example Wire")),
            // The credit after a comma goes with the name, up to a date or a separator.
            ("By Jane Doe, Staff Writer | March 3, 2025", Some("Jane Doe, Staff Writer")),
            ("Written by Jane Doe, MD, March 3, 2025", Some("Jane Doe, MD")),
            (
                "Written by Dr Jane van der Doe, Dr John Roe, Ann van Poe",
                Some("Dr Jane van der Doe, Dr John Roe, Ann van Poe"),
            ),
            ("By Jane Doe, Senior Correspondent for the Example Times in Brussels and Luxembourg", Some("Jane Doe")),
            ("Von Anna Beispiel", Some("Anna Beispiel")),
            ("Jane Doe | Senior Writer | July 2, 2025", Some("Jane Doe")),
            ("World News | Politics | July 2, 2025", None),
            (
                "Medically reviewed by John Roe, RDN, LD — Written by Jane Doe, MS, RD — Updated on March 7, 2025",
                Some("Jane Doe, MS, RD"),
            ),
            ("By Jane Doe, DVM. Reviewed by John Roe, DVM", Some("Jane Doe, DVM")),
            ("By Jane Doe, Sr. Director of Operations", Some("Jane Doe, Sr. Director of Operations")),
            // The label after the name is not the name's.
            ("By Jane Ann Doe Updated on February 16, 2026", Some("Jane Ann Doe")),
            ("By Jane Doe Last Updated: February 16, 2026", Some("Jane Doe")),
            // The employer after the job title goes.
            ("By Jane Doe, Executive Editor, Example Health Letter", Some("Jane Doe, Executive Editor")),
            ("By Jane Doe, John Roe, Ann Poe on March 12, 2026 | Comments", Some("Jane Doe, John Roe, Ann Poe")),
            ("Authors: Jane Doe and John Roe, Extension educators", Some("Jane Doe and John Roe, Extension educators")),
            ("Contributors: Jane Doe", Some("Jane Doe")),
            ("Guide by Jane Doe", Some("Jane Doe")),
            ("Published on December 2nd, 2025 by Jane Doe and John Roe", Some("Jane Doe and John Roe")),
            ("by Jane Doe | Mar 11, 2023 | Brakes, Repair | 0 comments", Some("Jane Doe")),
            ("July 1, 2023 By Jane Doe, Executive Editor, Example Health Letter", Some("Jane Doe, Executive Editor")),
            ("by the way, nobody came", None),
            ("Par Marie Dupont", Some("Marie Dupont")),
            ("Ein Kommentar von Jonas Weber", Some("Jonas Weber")),
            ("Analysis by Jane Doe", Some("Jane Doe")),
            ("Une chronique de Marie Dupont", Some("Marie Dupont")),
            ("Ein Artikel von gestern", None),
            ("Staff Report", Some("Staff Report")),
            ("By the Example Team 2–3 minutes", Some("the Example Team")),
            ("Written by the Example Editorial Team", Some("the Example Editorial Team")),
            ("By the Way Home", None),
            ("记者 郑雨桐 通讯员 韦立成", Some("郑雨桐")),
            ("文/记者 张三", Some("张三")),
            ("记者从市交通局获悉，今年将新开三条线路。", None),
            ("윤서진 기자", Some("윤서진")),
            ("윤서진 기자 yoon@example.com", Some("윤서진")),
            ("김철수 기자는 현장을 찾았다.", None),
            ("كتب: سامر الحدّاد", Some("سامر الحدّاد")),
            ("بقلم ليلى منصور", Some("ليلى منصور")),
            ("โดย ณัฐธิดา แก้วประเสริฐ", Some("ณัฐธิดา แก้วประเสริฐ")),
            ("लेखक: अनुराधा मिश्रा", Some("अनुराधा मिश्रा")),
            ("מאת נועה בן-דוד", Some("נועה בן-דוד")),
            ("Γράφει η Κατερίνα Παπαδοπούλου", Some("Κατερίνα Παπαδοπούλου")),
            ("Автор: Олена Кравчук", Some("Олена Кравчук")),
            ("Penulis: Dimas Prasetyo | Editor: Ratna Sari", Some("Dimas Prasetyo")),
            ("Oleh Dimas Prasetyo", Some("Dimas Prasetyo")),
            ("Oleh karena itu, warga diminta berhati-hati.", None),
            // A date after the name ends it, though its month is capitalised like a name.
            ("By Jane Doe January 4, 2026", Some("Jane Doe")),
            ("By Jane January 4, 2026", Some("Jane")),
            ("By Jane Doe Updated January 4, 2026", Some("Jane Doe")),
            ("By March 3, 2025", None),
        ];
        for (line, name) in table {
            assert_eq!(byline_name(line, &stats(line)), name, "{line}");
        }
    }

    #[test]
    fn bylines_in_other_forms() {
        let table = [
            ("By: Benjamin Johnson", Some("Benjamin Johnson")),
            ("Written by by Rebecca MacFarlane", Some("Rebecca MacFarlane")),
            (
                "Written by Dr Marna van der Merwe, Dr Dieter Veldsman",
                Some("Dr Marna van der Merwe, Dr Dieter Veldsman"),
            ),
            ("Published August 7, 2023 by Nicole Burke", Some("Nicole Burke")),
            ("Posted on July 1, 2024 by Infuy Team", Some("Infuy Team")),
            ("By Jeff Cobb. Last Updated on December 11, 2025", Some("Jeff Cobb")),
            ("By Jane Doe. Photos by John Roe", Some("Jane Doe")),
            // A blog theme's long row: the byline, its date, then the categories and tags.
            (
                "Posted by Jane Doe December 30, 2024 December 30, 2024 Posted in Podcast, Archive, Writing & Publishing Tags: books, fiction, reading",
                Some("Jane Doe"),
            ),
            (
                "Posted by Jane Doe on December 30, 2024 in Podcast, Archive, Writing & Publishing with the tags books, fiction and reading",
                Some("Jane Doe"),
            ),
            // A given name alone opens a long row too; a control's word does not.
            (
                "By Anthony January 4, 2026 Updated: January 8, 2026 2 Comments 7 Mins Read 14,267 Views",
                Some("Anthony"),
            ),
            ("By Search January 4, 2026 Updated: January 8, 2026 2 Comments 7 Mins Read 14,267 Views", None),
            // A sentence is no byline row.
            (
                "By December 30, 2024 the council will have decided whether the ferry runs all winter, and families will know.",
                None,
            ),
            // "by" inside a line without a date is not a byline.
            ("Sorted by Most Popular", None),
            // A handle after "by" in a dated line; not without the date.
            ("Posted on July 1, 2024 by jdoe", Some("jdoe")),
            // A forum post's header: the handle before a separator and the date.
            ("Post by jdoe » Sat Feb 24, 2024 12:41 pm", Some("jdoe")),
            ("Sorted by date", None),
            // Initials' stops end no sentence.
            ("By A. J. Neal", Some("A. J. Neal")),
            ("Posted in News by admin", None),
            // A standfirst ending with its byline and date.
            (
                "The chain is planning to open many more shops across the country over the next five years. By Jane Doe on Dec. 19, 2025",
                Some("Jane Doe"),
            ),
            (
                "The chain is planning to open many more shops across the country over the next five years. By the end of 2026 it will have doubled.",
                None,
            ),
        ];
        for (line, name) in table {
            assert_eq!(byline_name(line, &stats(line)), name, "{line}");
        }
        let any = |_: &str| true;
        assert_eq!(name_beside_date("Amit Samsukha October 11, 2024", any), Some("Amit Samsukha"));
        assert_eq!(name_beside_date("Dec 17, 2025 · Julian K. Arni", any), Some("Julian K. Arni"));
        assert_eq!(name_beside_date("Updated October 11, 2024", any), None);
        assert_eq!(name_beside_date("KEY DATES October 11, 2024", any), None);
        // One part set off by separators is the name; labels and times around it are not.
        assert_eq!(
            name_beside_date("December 15, 2025 · 30 min · 6279 words · Ash Vardanian", any),
            Some("Ash Vardanian")
        );
        assert_eq!(name_beside_date("Patrick Clarke Published 10:19am 19 December 2025", any), Some("Patrick Clarke"));
        assert_eq!(name_beside_date("Posted on March 3, 2025", any), None);
        // Two parts shaped like names: which is the author is not known, unless a part is ruled out.
        let line = "12/19/2025 • Friday Philosophy • David Gordon";
        assert_eq!(name_beside_date(line, any), None);
        assert_eq!(name_beside_date(line, |name: &str| !name.contains("Philosophy")), Some("David Gordon"));
        // The date between the name and a reading time.
        assert_eq!(name_beside_date("Jane Doe July 13, 2025 — 7 minutes read", any), Some("Jane Doe"));
        assert_eq!(name_beside_date("Jane Doe July 13, 2025 — John Roe", any), None);
    }

    #[test]
    fn author_headers() {
        assert!(AUTHOR_HEADER.is_match("About the author"));
        assert!(AUTHOR_HEADER.is_match("Über den Autor"));
        assert!(!AUTHOR_HEADER.is_match("About the author of this policy, who said"));
        assert!(AUTHOR_HEADER.is_match("Meet the Writer"));
        assert!(AUTHOR_HEADER.is_match("Article written by:"));
        assert!(REVIEWER_HEADER.is_match("Reviewed by,"));
        assert!(REVIEWER_HEADER.is_match("About Our Expert"));
        assert!(!REVIEWER_HEADER.is_match("Reviewed by the council in May"));
    }
}
