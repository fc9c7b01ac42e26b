//! Context rules: verdicts the rules give a block by its neighbours (a caption over its credit,
//! alt text over a caption, a slideshow's credit, a sign-up form's pitch).

use super::marks::Marks;
use super::page::PassPage;
use crate::Cleaner;
use crate::markup;
use crate::rules::{self, Family, Hit};
use crate::stats::BlockStats;
use crate::verdict::Reason;

/// Runs the context rules of the families switched on, then takes the rules' verdicts as the
/// pass's first reasons.
pub(crate) fn mark_context(page: &PassPage<'_>, marks: &mut Marks, settings: &Cleaner) {
    if settings.families.contains(Family::Caption) {
        mark_alt_text(&mut marks.hits, &page.stats, &page.texts);
    }
    if settings.families.contains(Family::Newsletter) {
        mark_sign_up_pitches(&mut marks.hits, &page.stats);
    }
    if settings.families.contains(Family::Legal) {
        // A panel's descriptions first: they are no paragraphs a consent notice stands between.
        mark_consent_descriptions(&mut marks.hits, &page.stats, &page.texts);
        keep_legal_texts(&mut marks.hits, &page.stats);
    }
    marks.reasons = marks.hits.iter().map(|h| h.as_ref().map(|h| h.reason.clone())).collect();
}

/// How far, in blocks, a consent notice told by its vocabulary looks for the paragraphs around it.
const LEGAL_TEXT_REACH: usize = 3;

/// The fewest words of a paragraph around it.
const LEGAL_TEXT_WORDS: u32 = 12;

/// Consent notices told by their vocabulary (not by a phrase) stay between two paragraphs no rule
/// names: they are then a privacy policy's own paragraphs, not a banner over the page, which
/// stands among buttons, menus and other notices.
fn keep_legal_texts(hits: &mut [Option<Hit>], stats: &[BlockStats]) {
    let notice = |hit: &Option<Hit>| hit.as_ref().is_some_and(|h| h.reason == Reason::Legal && h.shape);
    let n = hits.len();
    let paragraph = |j: usize| stats[j].words >= LEGAL_TEXT_WORDS;
    let prose = |j: Option<usize>| j.is_some_and(|j| hits[j].is_none());
    let taken: Vec<usize> = (0..n)
        .filter(|&i| notice(&hits[i]))
        .filter(|&i| {
            let before = (i.saturating_sub(LEGAL_TEXT_REACH)..i).rev().find(|&j| paragraph(j));
            let after = (i + 1..(i + 1 + LEGAL_TEXT_REACH).min(n)).find(|&j| paragraph(j));
            prose(before) && prose(after)
        })
        .collect();
    for i in taken {
        hits[i] = None;
    }
}

/// The most words of a consent panel's label ("Functional cookies", "Cookies fonctionnels").
const CONSENT_LABEL_WORDS: u32 = 6;

/// The most words of a switch between a label and its description ("Always active", "On").
const CONSENT_SWITCH_WORDS: u32 = 3;

/// The most words of a consent framework's purpose label, its count of partners included
/// ("Store and/or access information on a device 64 partners can use this purpose").
const CONSENT_FRAMEWORK_LABEL_WORDS: u32 = 20;

/// The most words of a category's description.
const CONSENT_DESCRIPTION_WORDS: u32 = 80;

/// The most words of one of the consent framework's descriptions of a purpose (its standard
/// texts run to about 120).
const FRAMEWORK_DESCRIPTION_WORDS: u32 = 160;

/// How far under its purpose's name a framework's description may stand, in blocks (the name,
/// its switch, the description).
const FRAMEWORK_DESCRIPTION_REACH: usize = 3;

/// How a consent panel's description of a category opens, in the languages the rules cover
/// (lowercase).
const CONSENT_DESCRIPTION_OPENERS: &[&str] = &[
    "these cookies",
    "these technologies",
    "this cookie",
    "diese cookies",
    "ces cookies",
    "ce cookie",
    "estas cookies",
    "esta cookie",
    "questi cookie",
    "deze cookies",
    "estes cookies",
];

/// How the consent framework's descriptions of its purposes and features open (lowercase): each
/// under its purpose's name (a label the legal rules name) and its switch.
const FRAMEWORK_DESCRIPTION_OPENERS: &[&str] = &[
    "advertising presented to you on this service",
    "content presented to you on this service",
    "information about your activity on this service",
    "information regarding which",
    "cookies, device or similar online identifiers",
    "cookies, device identifiers, or other information",
    "your device might be",
    "your data can be used to",
    "with your acceptance",
    "certain information (like an ip address",
    "reports can be generated",
    "the choices you make regarding",
    "in support of the purposes",
];

/// A consent panel's categories: under a label the legal rules name that speaks of cookies
/// ("Targeting cookies", "Manage cookies"), past a short switch ("Always active"), the block that
/// describes the category, when it opens like one ("These cookies ...", "These technologies
/// ..."), is the panel's too. A recipe's "Sugar cookies" heading is no rule's label, and a
/// manual's paragraph under its "Cookies" heading opens otherwise.
fn mark_consent_descriptions(hits: &mut [Option<Hit>], stats: &[BlockStats], texts: &[&str]) {
    let label = |i: usize| {
        hits[i].as_ref().is_some_and(|h| h.reason == Reason::Legal) && stats[i].words <= CONSENT_FRAMEWORK_LABEL_WORDS
    };
    let n = hits.len();
    let mut taken = Vec::new();
    // The framework's descriptions of its purposes: a few blocks under a line the legal rules
    // name (the purpose's name, its count of partners), past its switch, which may repeat the
    // name ("Measure content performance Off"). Its standard texts open the same way on every
    // site ("Information about your activity on this service ...").
    let framework = |j: usize| {
        let text = texts[j].as_bytes();
        hits[j].is_none()
            && (CONSENT_SWITCH_WORDS + 1..=FRAMEWORK_DESCRIPTION_WORDS).contains(&stats[j].words)
            && FRAMEWORK_DESCRIPTION_OPENERS
                .iter()
                .any(|o| text.len() >= o.len() && text[..o.len()].eq_ignore_ascii_case(o.as_bytes()))
    };
    for i in (0..n).filter(|&i| label(i)) {
        taken.extend((i + 1..(i + 1 + FRAMEWORK_DESCRIPTION_REACH).min(n)).filter(|&j| framework(j)));
        let Some(j) = (i + 1..(i + 3).min(n)).find(|&j| stats[j].words > CONSENT_SWITCH_WORDS) else { continue };
        if hits[j].is_some() || stats[j].words > CONSENT_DESCRIPTION_WORDS {
            continue;
        }
        let lower = texts[j].to_lowercase();
        let cookies = stats[i].words <= CONSENT_LABEL_WORDS
            && texts[i].to_lowercase().contains("cookie")
            && CONSENT_DESCRIPTION_OPENERS.iter().any(|o| lower.starts_with(o));
        if cookies {
            taken.push(j);
        }
    }
    // A category's description standing alone (its label a switch's, or not written out): when
    // it speaks of the web ("These cookies are necessary for the website to function"), not of
    // baking.
    for j in 0..n {
        if hits[j].is_some() || stats[j].words > CONSENT_DESCRIPTION_WORDS {
            continue;
        }
        let head = texts[j].as_bytes().get(..16).unwrap_or(texts[j].as_bytes());
        if !CONSENT_DESCRIPTION_OPENERS
            .iter()
            .any(|o| head.len() >= o.len() && head[..o.len()].eq_ignore_ascii_case(o.as_bytes()))
        {
            continue;
        }
        let lower = texts[j].to_lowercase();
        if CONSENT_WEB_TERMS.iter().any(|t| lower.contains(t)) {
            taken.push(j);
        }
    }
    for j in taken {
        hits[j] = Some(Hit { reason: Reason::Legal, header: false, shape: false });
    }
}

/// What a consent panel's description of a category speaks of that a recipe's cookies do not
/// (lowercase).
const CONSENT_WEB_TERMS: &[&str] = &[
    "website",
    "web site",
    "our site",
    "browser",
    "advertis",
    "switched off",
    "online activity",
    "webseite",
    "werbung",
    "navigateur",
    "publicité",
    "site web",
    "sitio web",
    "navegador",
    "publicidad",
    "sito web",
    "pubblicit",
];

/// Captions found by their neighbours: a single sentence right before a bare credit line ("Foto:
/// dpa") is the caption the credit belongs to, and a short line with no sentence right before a
/// caption is its alt text.
fn mark_alt_text(hits: &mut [Option<Hit>], stats: &[BlockStats], texts: &[&str]) {
    let is_caption = |hit: &Option<Hit>| hit.as_ref().is_some_and(|h| h.reason == Reason::Caption);
    // Only credits the rules found themselves, so one credit claims one caption, not a chain; an
    // agency's signature under the last paragraph credits the article, not a picture.
    let credits: Vec<bool> = hits
        .iter()
        .zip(stats)
        .zip(texts)
        .map(|((h, s), t)| is_caption(h) && s.words <= 8 && s.chars <= 80 && !rules::is_signature(t))
        .collect();
    // A slideshow's credit line starts with the slide's counter ("2/28 photos © Agency"): the
    // picture's credit, inline between slides, not the page's copyright.
    for (hit, text) in hits.iter_mut().zip(texts) {
        if hit.as_ref().is_some_and(|h| h.reason == Reason::Legal)
            && text.split_whitespace().next().is_some_and(is_slide_counter)
        {
            *hit = Some(Hit { reason: Reason::Caption, header: false, shape: false });
        }
    }
    // A line that is only a markdown image is the picture a caption would describe.
    for (hit, text) in hits.iter_mut().zip(texts) {
        if hit.is_none() && markup::is_image(text) {
            *hit = Some(Hit { reason: Reason::Caption, header: false, shape: false });
        }
    }
    // A slideshow's slide: its counter ("2 / 5"), a heading, its text, the picture's credit. The
    // text is the article's, written once per picture.
    let slide_text = |i: usize| (i.saturating_sub(SLIDE_REACH)..i).any(|j| is_slide_counter(texts[j]));
    for i in (1..hits.len()).rev() {
        let credit = credits[i];
        let sentence = stats[i - 1].sentence_ends <= 1 && stats[i - 1].words <= 35;
        if credit && hits[i - 1].is_none() && sentence && !slide_text(i - 1) {
            hits[i - 1] = Some(Hit { reason: Reason::Caption, header: false, shape: false });
        }
    }
    for i in 1..hits.len() {
        if is_caption(&hits[i])
            && hits[i - 1].is_none()
            && rules::is_alt_text(&stats[i - 1])
            && stats[i].words > stats[i - 1].words
        {
            hits[i - 1] = Some(Hit { reason: Reason::Caption, header: false, shape: false });
        }
    }
}

/// How many blocks above a slide's text its counter stands, at most (the counter, a heading).
const SLIDE_REACH: usize = 3;

/// Whether the line is a slideshow's counter: "2 / 5", "2/5", "2 of 5", "2 von 5", "2 de 5",
/// "2 sur 5", "2 di 5", "2 z 5", the first number no larger than the second.
pub(crate) fn is_slide_counter(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 16 || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let (first, rest) = text.split_at(text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len()));
    let rest = rest.trim_start();
    let Some(rest) =
        ["/", "of ", "von ", "de ", "sur ", "di ", "z ", "van ", "af "].iter().find_map(|sep| rest.strip_prefix(sep))
    else {
        return false;
    };
    let last = rest.trim();
    match (first.parse::<u32>(), last.parse::<u32>()) {
        (Ok(k), Ok(n)) => (1..=n).contains(&k) && n <= 500,
        _ => false,
    }
}

/// The most words of a sign-up form's pitch.
const PITCH_WORDS: u32 = 30;

/// A sign-up form's pitch between its header and its button ("Newsletter" / "Daily news about
/// politics and business, in your inbox." / "Sign up"): a short text between two calls to sign up,
/// or between one and a legal line or a share row, is part of the form. An ad label beside a
/// call to sign up is not enough: both sit between an article's paragraphs.
fn mark_sign_up_pitches(hits: &mut [Option<Hit>], stats: &[BlockStats]) {
    let reason = |hit: &Option<Hit>| hit.as_ref().map(|h| h.reason.clone());
    for i in 1..hits.len().saturating_sub(1) {
        let (above, below) = (reason(&hits[i - 1]), reason(&hits[i + 1]));
        let beside = |r: &Option<Reason>| matches!(r, Some(Reason::Newsletter | Reason::Legal | Reason::Social));
        let sign_up = above == Some(Reason::Newsletter) || below == Some(Reason::Newsletter);
        // One sentence: a standfirst of two between a share row and a caption is the article's.
        let pitch = stats[i].words <= PITCH_WORDS && stats[i].sentence_ends <= 1;
        if hits[i].is_none() && pitch && sign_up && beside(&above) && beside(&below) {
            hits[i] = Some(Hit { reason: Reason::Newsletter, header: false, shape: false });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slide_counters() {
        for yes in ["1 / 5", "2/5", " 3 of 12 ", "4 von 9", "1 de 3", "5 sur 5", "2 di 7", "1 z 4"] {
            assert!(is_slide_counter(yes), "{yes}");
        }
        for no in ["6 / 5", "0 / 5", "1 / 0", "2025/26", "1 / 5 Fotos", "Page 1 of 5", "12.03.", "50 / 50 chance", ""] {
            assert!(!is_slide_counter(no), "{no}");
        }
    }
}
