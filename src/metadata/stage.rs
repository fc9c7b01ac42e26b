//! The metadata stage: the title, byline and date found (`metadata::find`), written into the
//! verdicts with what goes with them: the lines the next passes would take for them, a standfirst
//! between the headline and its byline, an author's bio closing the article, runs of bylines,
//! other date lines and repeats of the title.

use crate::Cleaner;
use crate::heuristics::{self, Class};
use crate::lang::Language;
use crate::metadata::{self, BIO_ROLE, BIO_VERB, Date, DayOrder, FIRST_PERSON_BIO, Metadata};
use crate::pipeline::marks::Marks;
use crate::pipeline::page::PassPage;
use crate::stats::BlockStats;
use crate::verdict::Reason;
use std::ops::Range;

/// At most this many blocks from the headline to the byline or date under it, standfirst included.
const STANDFIRST_REACH: usize = 8;

/// The fewest words of a standfirst.
const STANDFIRST_WORDS: u32 = 6;

/// Share of the article's good text before an author's bio that closes it.
const BIO_AFTER: f32 = 0.7;

/// Words of an author's bio: more than a caption, less than a long paragraph.
const BIO_WORDS: (u32, u32) = (8, 120);

/// The day order of "03/04/2025" in a language: month first in English, day first elsewhere.
fn day_order(language: Option<Language>) -> DayOrder {
    if language == Some(Language::English) { DayOrder::MonthFirst } else { DayOrder::DayFirst }
}

/// Finds the page's title, byline and date among the blocks this pass sees and marks them and
/// what goes with them. An extract's title, byline and date stand above its first good block, as
/// a page's do above its body.
pub(crate) fn mark_metadata(page: &PassPage<'_>, marks: &mut Marks, settings: &Cleaner) -> Metadata {
    let extracted = marks.extracted;
    let body_start = if extracted { marks.classes.iter().position(|&c| c == Class::Good).unwrap_or(0) } else { 0 };
    let reading = metadata::Reading {
        order: day_order(page.language),
        now: settings.reference_time,
        language: page.language,
        extract: extracted,
    };
    let meta = metadata::find(page, &marks.reasons, &marks.region, body_start, reading);
    let reasons = &mut marks.reasons;
    for (index, reason) in [(&meta.title, Reason::Title), (&meta.byline, Reason::Byline), (&meta.date, Reason::Date)] {
        // An extractor that kept the headline kept it as the article's first line: it stays in
        // the text (and is the title too).
        if let Some((i, _)) = index
            && !(extracted && reason == Reason::Title)
        {
            reasons[*i] = Some(reason);
        }
    }
    for (i, reason) in &meta.cascade {
        reasons[*i].get_or_insert_with(|| reason.clone());
    }
    keep_standfirst(page, &meta, reasons);
    if settings.heuristics {
        close_at_bio(page, marks, &meta);
    }
    mark_byline_run(page, &meta, &mut marks.reasons);
    mark_other_metadata(page, &meta, &mut marks.reasons, extracted);
    meta
}

/// A standfirst between the headline and its byline or date is the article's: a sentence or two
/// the region left out (too short, or cut off by a caption or share row under it).
fn keep_standfirst(page: &PassPage<'_>, meta: &Metadata, reasons: &mut [Option<Reason>]) {
    let Some((title, _)) = meta.title else { return };
    let under = [&meta.byline, &meta.date].into_iter().flatten().map(|(i, _)| *i).filter(|&i| i > title).min();
    let Some(under) = under.filter(|&u| u - title <= STANDFIRST_REACH) else { return };
    for (reason, s) in reasons[title + 1..under].iter_mut().zip(&page.stats[title + 1..under]) {
        if matches!(reason, Some(Reason::OutsideBody | Reason::LowContent))
            && s.ends_with_punctuation
            && s.sentence_ends >= 1
            && s.words >= STANDFIRST_WORDS
            && s.separators == 0
        {
            *reason = None;
        }
    }
}

/// An author's bio closes the article: an author's or reviewer's box late in it, a header over a
/// name ("About our expert", "Reviewed by,"), or a paragraph late in it that starts with the author's name
/// (the name of any byline this pass found: each would be the next pass's), or with the name on
/// the line above it, and says what the author does ("Jane Doe is a staff writer who covers ...",
/// "Jane writes about ..."). A name line above the bio could be a product's heading in a list of
/// products: the bio must then name a trade.
fn close_at_bio(page: &PassPage<'_>, marks: &mut Marks, meta: &Metadata) {
    let (texts, stats) = (&page.texts, &page.stats);
    let leads = bio_leads(page.input, meta);
    let longest = leads.iter().map(|lead| lead.split(' ').count()).max().unwrap_or(0);
    // Whether the text starts with a lead, a space and what a bio says of its author.
    let opens_bio = |text: &str| {
        text.match_indices(' ')
            .take(longest)
            .any(|(at, _)| leads.contains(&text[..at]) && BIO_VERB.is_match(&text[at + 1..]))
    };
    let region = marks.region.clone();
    let total = heuristics::body::good_chars(&region, &marks.classes, stats);
    let mut before = 0;
    for i in region.clone() {
        if marks.reasons[i].is_none() && (before as f32) >= BIO_AFTER * total as f32 && before > 0 {
            let above =
                (i.saturating_sub(2)..i).rev().find(|&j| metadata::is_bare_name(texts[j], &stats[j])).map(|j| texts[j]);
            let starts_bio = |name: &str| {
                let given = name.split_whitespace().next().unwrap_or(name);
                [name, given].into_iter().any(|lead| {
                    texts[i]
                        .strip_prefix(lead)
                        .is_some_and(|rest| rest.strip_prefix(' ').is_some_and(|rest| BIO_VERB.is_match(rest)))
                })
            };
            if metadata::heads_author_box(texts, stats, i) || heads_about_box(texts, stats, i) {
                for reason in &mut marks.reasons[i..region.end] {
                    reason.get_or_insert(Reason::OutsideBody);
                }
                break;
            }
            let good = if marks.classes.get(i) == Some(&Class::Good) { stats[i].chars } else { 0 };
            let last = good > 0 && total.saturating_sub(before + good) <= 2 * good;
            if (BIO_WORDS.0..=BIO_WORDS.1).contains(&stats[i].words)
                && (opens_bio(texts[i])
                    || (above.is_some_and(starts_bio) && BIO_ROLE.is_match(texts[i]))
                    || first_person_bio(texts[i])
                    || (last && third_person_bio(texts[i])))
            {
                let start = above.and_then(|name| (i.saturating_sub(2)..i).find(|&j| texts[j] == name)).unwrap_or(i);
                for reason in &mut marks.reasons[start..region.end] {
                    reason.get_or_insert(Reason::OutsideBody);
                }
                break;
            }
        }
        if marks.classes.get(i) == Some(&Class::Good) {
            before += stats[i].chars;
        }
    }
    // After the region, a paragraph long enough to be kept on its own may be the author's bio in
    // the first person, or the text of a box about someone or something: it goes.
    for i in region.end.max(1)..page.len() {
        if before == 0 || marks.reasons[i].is_some() {
            continue;
        }
        let bio = (BIO_WORDS.0..=BIO_WORDS.1).contains(&stats[i].words)
            && (first_person_bio(texts[i]) || third_person_bio(texts[i]));
        if bio || heads_about_box(texts, stats, i - 1) {
            marks.reasons[i] = Some(Reason::OutsideBody);
        }
    }
}

/// The first words of [`FIRST_PERSON_BIO`], looked up before the pattern is asked.
const FIRST_PERSON_OPENERS: &[&str] = &[
    "i'm", "i’m", "i", "my", "hi", "hello", "hey", "hallo", "ich", "mein", "je", "bonjour", "salut", "soy", "me", "mi",
    "hola", "sono", "ciao", "ik", "mijn", "hoi", "sou", "meu", "olá", "Olá", "oi", "chamo-me", "jestem", "nazywam",
    "cześć", "Cześć", "jag", "hej",
];

/// How the header of a box about someone or something opens, before the name: "About Example
/// Media", "Über Beispiel GmbH", "À propos de Exemple".
const ABOUT_OPENERS: &[&str] = &[
    "about ",
    "über ",
    "Über ",
    "à propos de ",
    "À propos de ",
    "a propos de ",
    "sobre ",
    "acerca de ",
    "informazioni su ",
    "over ",
    "om ",
];

/// Whether the text's first word is one of `words` (ASCII letters in any case): a look-up that
/// spares most blocks a pattern, which reads the whole text to choose its alphabet.
fn opens_with(text: &str, words: &[&str]) -> bool {
    let first = text.split([' ', ',', '!', '.']).next().unwrap_or("");
    words.iter().any(|word| first.eq_ignore_ascii_case(word))
}

/// Whether the paragraph is an author's bio in the first person ("I'm Jane, a ...").
fn first_person_bio(text: &str) -> bool {
    opens_with(text, FIRST_PERSON_OPENERS) && FIRST_PERSON_BIO.is_match(text)
}

/// The most words before the verb of a bio in the third person: a name and its credentials
/// ("Jane Doe, MD, is ...", "Jane Doe, CFP® Jane Doe is ...").
const BIO_LEAD_WORDS: usize = 8;

/// A person spoken of in the third person, in the languages of [`BIO_VERB`].
const THIRD_PERSON: &[&str] = &[
    "he", "she", "his", "her", "him", "himself", "herself", "er", "sein", "seine", "seiner", "ihre", "ihrer", "il",
    "elle", "él", "ella", "lui", "lei", "hij", "zij", "zijn", "haar", "jego", "jej",
];

/// Whether the text is a bio in the third person: it opens with a name (capitalised words, with
/// credentials or not) and what the person is, does or did ("Jane Doe is the head of ...", "Jane
/// Doe, MD, is a ...", "Jane joined Example in 2017, ..."), names a trade or a position, and
/// speaks of the person as "she" or "he". Read only at the article's last paragraph: a news
/// story's paragraph about a person reads the same way elsewhere.
fn third_person_bio(text: &str) -> bool {
    let lead = text.trim_start_matches(['*', ' ']);
    let mut names = 0;
    let mut verb = None;
    for (n, (at, word)) in lead
        .split(' ')
        .scan(0, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .enumerate()
    {
        if n >= BIO_LEAD_WORDS {
            break;
        }
        if names >= 2 && BIO_VERB.is_match(&lead[at..]) {
            verb = Some(at);
            break;
        }
        let mut chars = word.chars();
        let capital = chars.next().is_some_and(|c| c.is_uppercase());
        if !capital {
            return false;
        }
        if chars.clone().any(char::is_lowercase)
            && word.trim_end_matches([',', '.']).chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        {
            names += 1;
        }
    }
    verb.is_some()
        && super::vocabulary::POSITION.is_match(text)
        && text.split(|c: char| !c.is_alphabetic()).any(|w| {
            THIRD_PERSON.iter().any(|p| {
                w.eq_ignore_ascii_case(p)
                    || (w.chars().next().is_some_and(char::is_uppercase) && w.to_lowercase() == *p)
            })
        })
}

/// The most words of the header of a box about someone or something ("About Example Media").
const ABOUT_HEADER_WORDS: u32 = 6;

/// Whether the block heads a box about someone or something by name, a person's or a company's
/// bio: "About Example Media" over "Example Media is a ...", in the languages of [`BIO_VERB`].
fn heads_about_box(texts: &[&str], stats: &[BlockStats], i: usize) -> bool {
    if stats[i].words > ABOUT_HEADER_WORDS || i + 1 >= texts.len() {
        return false;
    }
    let header = texts[i].trim_end_matches([':', ' ']);
    let opener = ABOUT_OPENERS.iter().find(|opener| {
        header.len() > opener.len()
            && header.is_char_boundary(opener.len())
            && header[..opener.len()].eq_ignore_ascii_case(opener)
    });
    let Some(name) = opener.map(|opener| &header[opener.len()..]) else { return false };
    let next = texts[i + 1].strip_prefix(name).and_then(|rest| rest.strip_prefix(' '));
    next.is_some_and(|rest| BIO_VERB.is_match(rest)) && (BIO_WORDS.0..=BIO_WORDS.1).contains(&stats[i + 1].words)
}

/// The names a bio may start with, and their given names: kept in a set, so that a page of many
/// bylines costs a look-up per line, not a comparison per name.
fn bio_leads<'a>(input: &'a str, meta: &Metadata) -> rustc_hash::FxHashSet<&'a str> {
    meta.byline
        .iter()
        .map(|(_, r)| r)
        .chain(&meta.cascade_names)
        .flat_map(|r| metadata::authors(&input[r.clone()]))
        .flat_map(|name| [name, name.split_whitespace().next().unwrap_or(name)])
        .collect()
}

/// A run of bylines goes with the byline in one pass: each would be the next pass's byline.
fn mark_byline_run(page: &PassPage<'_>, meta: &Metadata, reasons: &mut [Option<Reason>]) {
    let Some((i, _)) = meta.byline else { return };
    let free = |j: usize| matches!(reasons[j], None | Some(Reason::OutsideBody | Reason::LowContent));
    let byline_at = |j: usize| free(j) && page.byline_in(j).is_some();
    let after = (i + 1..page.len()).take_while(|&j| byline_at(j)).last().unwrap_or(i);
    let before = (0..i).rev().take_while(|&j| byline_at(j)).last().unwrap_or(i);
    reasons[before..=after].fill(Some(Reason::Byline));
}

/// Other date lines and repeats of the title are metadata too, wherever they are: a date line
/// next to the page's date or byline is an update or a second form of the date; elsewhere,
/// another date than the page's. A page's title again, or the page title it came from
/// ("Headline | Site"), is the title.
fn mark_other_metadata(page: &PassPage<'_>, meta: &Metadata, reasons: &mut [Option<Reason>], extracted: bool) {
    let texts = &page.texts;
    let title = meta.title.as_ref().map(|(_, r)| &page.input[r.clone()]);
    let beside = |i: usize, m: &Option<(usize, Range<usize>)>| m.as_ref().is_some_and(|(j, _)| i.abs_diff(*j) <= 2);
    for i in 0..page.len() {
        if !matches!(reasons[i], None | Some(Reason::OutsideBody | Reason::LowContent | Reason::Junk)) {
            continue;
        }
        if page.date_lines[i] {
            let near = beside(i, &meta.date) || beside(i, &meta.byline);
            reasons[i] = Some(if near { Reason::Date } else { Reason::Timestamp });
        } else if !extracted
            && title.is_some_and(|title| {
                title == texts[i]
                    || ((texts[i].starts_with(title) || texts[i].ends_with(title))
                        && metadata::headline_part(texts[i]) == title)
            })
        {
            reasons[i] = Some(Reason::Title);
        }
    }
}

/// The publication date as written and as read: where the text gives one, else the date line (an
/// update alone, written but not read as the publication). A day in the page's URL (`/2025/03/03/`), when the caller gives the URL, is the
/// publication day: when the text gives the same day its time and offset stay, and when it gives
/// another, the URL's wins (a teaser's or comment's date is more often taken for the page's than a
/// URL is wrong).
/// A URL that gives a year and a month alone (`/2015/07/slug`) gives the month of publication:
/// a date in another month is an update, and no date is given rather than a wrong one.
/// Also says whether the publication day is the URL's.
pub(crate) fn publication(meta: &Metadata, url: Option<&str>) -> (Option<Range<usize>>, Option<Date>, bool) {
    let mut written = meta.published.as_ref().map(|(r, _)| r.clone()).or(meta.date.as_ref().map(|(_, r)| r.clone()));
    let mut published = meta.published.as_ref().map(|(_, d)| *d);
    let mut from_url = false;
    if let Some(day) = url.and_then(metadata::date_in_url) {
        if published.is_none_or(|p| (p.year, p.month, p.day) != (day.year, day.month, day.day)) {
            published = Some(day);
            from_url = true;
        }
    } else if let Some(month) = url.and_then(metadata::month_in_url)
        && published.is_some_and(|p| (p.year, p.month) != month)
    {
        (written, published) = (None, None);
    }
    (written, published, from_url)
}
