//! The date line and the page's dates: a block that is a date ("Published March 3, 2025"), a
//! date inside a line, and the publication and update dates read from them.
//!
//! The date line is looked for in the window, then around the headline; the publication date
//! in the date line, the byline's line or a short line near the body's start, then against the
//! caller's time for a relative date, then anywhere on the page, then the update date alone.

use super::window::Context;
use super::{Date, Spot, date};
use crate::alphabet::Regex;
use crate::stats::BlockStats;
use crate::verdict::Reason;
use std::ops::Range;
use std::sync::LazyLock;

/// The date line: the first block in the window that is a date.
pub(super) fn date_line<'a>(ctx: &Context<'a>) -> Option<Spot<'a>> {
    let (lo, hi) = (ctx.window.lo, ctx.window.hi);
    (lo..hi).find(|&i| ctx.eligible(i) && is_page_date(ctx, i)).map(|i| (i, ctx.texts[i]))
}

/// The labels of a thread's start date, as forum software prints them over or before the date
/// ("Start date Jun 14, 2025", or "Start date" on the line over it), in English, German, French,
/// Spanish, Italian, Dutch and Portuguese.
const THREAD_START_LABELS: &[&str] =
    &["start date", "startdatum", "date de début", "fecha de inicio", "data d'inizio", "data de início"];

/// The label of a question's date on a site of questions and answers ("asked Oct 16, 2010 at
/// 21:58"), in English, German, Spanish, Portuguese and Russian: the page's date, as a thread's
/// start is.
pub(super) const QUESTION_LABELS: &[&str] = &["asked", "gefragt", "preguntada", "perguntada", "задан"];

/// How many blocks over a "Start date" line the starter's label must stand: a start date alone
/// is a course's, a job's or an event's.
const STARTER_NEAR: usize = 4;

/// The most words of a line with a thread's start date: the label, a weekday, the date and a
/// time, or the board's name, the starter's and the date ("Discussion in 'Board' started by ...").
const THREAD_START_WORDS: u32 = 16;

/// The date under a thread's start label (under the starter's label: "Thread starter jdoe" /
/// "Start date Jun 14, 2025"), after its starter's name ("Started by Jane Doe, June 4, 2024") or
/// a question's ("asked Oct 16, 2010"), up to the first comment (a question's date stands under the
/// question, which may be far into the body; a starter's line is read in the window only): the thread's own date, which a member's card ("Jun 15,
/// 2024" over the member's counts), a reply's stamp nearer the body or the forum's clock in the
/// page's header would otherwise be taken for. The block that holds the date.
pub(super) fn thread_start<'a>(ctx: &Context<'a>) -> Option<Spot<'a>> {
    let (texts, stats) = (ctx.texts, ctx.stats);
    let end = ctx.window.comments_from.min(ctx.n());
    let starter_over = |i: usize| (i.saturating_sub(STARTER_NEAR)..i).any(|j| super::byline::names_starter(texts[j]));
    (0..end).find_map(|i| {
        if stats[i].words > THREAD_START_WORDS {
            return None;
        }
        let text = texts[i];
        // The labels' first letters, looked at before the labels: most blocks open otherwise.
        let first = text.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
        let in_window = i < ctx.window.hi;
        let start = if matches!(first, b's' | b'd' | b'f') { after_label(text, THREAD_START_LABELS) } else { None };
        let question = || {
            (matches!(first, b'a' | b'g' | b'p') || !first.is_ascii()) && after_label(text, QUESTION_LABELS).is_some()
        };
        let at = match start {
            Some(_) if !starter_over(i) => return None,
            Some("") => i + 1,
            Some(_) => i,
            None if stats[i].digits > 0 && (question() || (in_window && super::byline::starter_then_date(text))) => i,
            None => return None,
        };
        let own = |j: usize| !matches!(ctx.reasons[j], Some(Reason::Comments | Reason::UnrelatedHeadlines));
        let dated = |j: usize| {
            stats[j].digits > 0 && ctx.contains_date(j) && !ctx.authors[j].dates(texts[j], ctx.reading.order).is_empty()
        };
        (at < ctx.n() && own(at) && dated(at)).then(|| (at, texts[at]))
    })
}

/// What follows one of `labels` at the text's start (ASCII letters in any case), trimmed, when
/// the label is a whole word or words.
pub(super) fn after_label<'a>(text: &'a str, labels: &[&str]) -> Option<&'a str> {
    labels.iter().find_map(|label| {
        let head = text.get(..label.len())?;
        let rest = &text[label.len()..];
        (head.eq_ignore_ascii_case(label) && (rest.is_empty() || rest.starts_with([' ', ':', '\t'])))
            .then(|| rest.trim_start_matches([' ', ':', '\t']).trim_end())
    })
}

/// Whether block `i` is a date line of the page: not another event's ([`other_event`]).
fn is_page_date(ctx: &Context, i: usize) -> bool {
    ctx.is_date(i) && !other_event(ctx, i)
}

/// The most words of a label of another event on the line over its date ("Member since").
const LABEL_WORDS: u32 = 3;

/// Whether the date in block `i` is another event's: under a label of another event ("Joined"
/// over a forum member's join date).
fn other_event(ctx: &Context, i: usize) -> bool {
    i > 0 && ctx.stats[i - 1].words <= LABEL_WORDS && date::is_other_event_label(ctx.texts[i - 1])
}

/// The title found and the page's first line, when it is not a date line.
type Titles<'a> = [Option<&'a str>; 2];

/// The dates in block `i` that may be the page's: not labelled as another event's ("Joined Nov
/// 4, 2011", "last post by ... Sep 26, 2024"), nor written in the title or the page's first line
/// (its HTML title): a date there is what the page is about ("Changes after 08/02/2024?", a
/// version "2024.4.4 -> 2024.5.0").
fn page_dates(ctx: &Context, i: usize, titles: Titles) -> Vec<date::Found> {
    let text = ctx.texts[i];
    let mut found = ctx.authors[i].dates(text, ctx.reading.order);
    let in_title = |written: &str| titles.into_iter().flatten().any(|t| t.contains(written));
    found.retain(|f| !f.other_event && !in_title(&text[f.at.clone()]));
    found
}

/// The date line around the headline at `t`, when the window had none: headlines stand above
/// their byline and date.
pub(super) fn beside_headline<'a>(ctx: &Context<'a>, t: usize) -> Option<Spot<'a>> {
    (t.saturating_sub(2)..(t + 5).min(ctx.n()))
        .filter(|&j| j != t && ctx.eligible(j))
        .find(|&j| is_page_date(ctx, j))
        .map(|j| (j, ctx.texts[j]))
}

/// The publication date and where it is written, and the update date.
pub(super) struct Dates {
    pub(super) published: Option<(Range<usize>, Date)>,
    pub(super) updated: Option<Date>,
}

/// The publication and update dates, given the blocks of the date line and the byline: near the
/// body's start, else relative to the caller's time, else the page's own date anywhere on it.
/// A page that says only when it was updated gives no publication date: on the development pages
/// its update date is the publication date six times in ten (the first publication months or
/// years before on the others), and a wrong date is worse than none.
pub(super) fn find(ctx: &Context, date_line: Option<usize>, byline: Option<usize>, title: Option<&str>) -> Dates {
    // The first line is a page title unless it is a date line itself (an extract's).
    let title = [title, Some(ctx.texts[0]).filter(|_| !ctx.is_date(0))];
    let candidates = candidates(ctx, date_line, byline);
    let near = near_start(ctx, date_line, &candidates, title);
    if let Some(published) = near.published.or_else(|| relative(ctx, &candidates)) {
        return Dates { published: Some(published), updated: near.updated };
    }
    if near.updated.is_some() {
        // "Last updated on June 19, 2025" alone: published then or before, no telling which.
        return Dates { published: None, updated: near.updated };
    }
    match own_date(ctx, title) {
        Some((_, first)) if first.updated => Dates { published: None, updated: Some(first.date) },
        Some((at, first)) => Dates { published: Some((at, first.date)), updated: None },
        None => Dates { published: None, updated: None },
    }
}

/// The most words of a line read for the date near the body's start: a byline row with a date,
/// its update, a comment count, a reading time and a disclosure ("Published: Mar 8, 2024 ·
/// Modified: May 19, 2025 by Jane Doe · This post may contain affiliate links").
const CANDIDATE_WORDS: u32 = 24;

/// Where the publication date is looked for, in order: the date line, the byline's line ("By
/// Jane Doe | March 3, 2025"), then the short lines in the window that hold a digit, the nearest
/// the body's start first ("November 28, 2025 / Wellness", "Dec 18, 2025 · 10 min read"). Not in
/// comments or lists of other stories.
fn candidates(ctx: &Context, date_line: Option<usize>, byline: Option<usize>) -> Vec<usize> {
    let (stats, reasons) = (ctx.stats, ctx.reasons);
    let short = |i: usize| {
        stats[i].words <= CANDIDATE_WORDS
            && stats[i].digits > 0
            && !matches!(reasons[i], Some(Reason::UnrelatedHeadlines | Reason::Legal))
            && (reasons[i] != Some(Reason::Comments) || i < ctx.window.first_body)
            && !other_event(ctx, i)
    };
    let first_body = ctx.window.first_body;
    let mut near: Vec<usize> = (ctx.window.lo..ctx.window.hi).filter(|&i| short(i)).collect();
    near.sort_by_key(|&i| (i.abs_diff(first_body), i > first_body));
    [date_line, byline].into_iter().flatten().chain(near).collect()
}

/// The dates read from the candidates: the first publication date, and the first update date
/// before it.
struct Near {
    published: Option<(Range<usize>, Date)>,
    updated: Option<Date>,
}

/// The first publication date in the candidates, and the update dates read until it.
fn near_start(ctx: &Context, date_line: Option<usize>, candidates: &[usize], title: Titles) -> Near {
    let mut near = Near { published: None, updated: None };
    for &i in candidates {
        let found = page_dates(ctx, i, title);
        let line = ctx.range_of(ctx.texts[i]);
        // The date line is the date as written; elsewhere, the date inside its line.
        let whole = date_line == Some(i);
        let at = |within: &Range<usize>| {
            if whole { line.clone() } else { line.start + within.start..line.start + within.end }
        };
        if near.updated.is_none()
            && let Some(update) = found.iter().find(|f| f.updated)
        {
            near.updated = Some(update.date);
        }
        if let Some((first, later)) = earliest_and_latest(found) {
            near.published = Some((at(&first.at), first.date));
            // Two dates in a line and no word for either ("May 21, 2025 April 24, 2025 by Jane
            // Doe", a theme that prints the modified date beside the published one): a page is
            // published before it is updated.
            near.updated = near.updated.or(later);
            break;
        }
    }
    near
}

/// Of the dates in a line not marked as updates, the earliest (the publication), and the latest
/// when it is another day (an update no word marks).
fn earliest_and_latest(found: Vec<date::Found>) -> Option<(date::Found, Option<Date>)> {
    let day = |f: &date::Found| (f.date.year, f.date.month, f.date.day);
    let plain: Vec<date::Found> = found.into_iter().filter(|f| !f.updated).collect();
    let latest = plain.iter().max_by_key(|f| day(f)).map(|f| f.date);
    let first = plain.into_iter().min_by_key(day)?;
    let later = latest.filter(|l| (l.year, l.month, l.day) != day(&first));
    Some((first, later))
}

/// A relative date ("2 hours ago") in the candidates, only against the time the caller says it is.
fn relative(ctx: &Context, candidates: &[usize]) -> Option<(Range<usize>, Date)> {
    let now = ctx.reading.now?;
    candidates.iter().find_map(|&i| date::relative_in(ctx.texts[i], now).map(|date| (ctx.range_of(ctx.texts[i]), date)))
}

/// Failing a date near the body's start or the headline (the article region missed where the
/// headline stands), the first date the page gives as its own: a date line, or a dated byline,
/// alone (no other date within three blocks: not a list of dated items), before any comments
/// header, outside lists of other stories, teasers and legal lines. Where it is written, and the
/// date as read.
fn own_date(ctx: &Context, title: Titles) -> Option<(Range<usize>, date::Found)> {
    let (texts, stats, reasons, n) = (ctx.texts, ctx.stats, ctx.reasons, ctx.n());
    let own = |i: usize| {
        !matches!(reasons[i], Some(Reason::Comments | Reason::UnrelatedHeadlines | Reason::Legal | Reason::Teaser))
    };
    let dated = |i: usize| {
        stats[i].digits > 0
            && stats[i].words <= 16
            && (is_page_date(ctx, i) || (ctx.contains_date(i) && ctx.byline_in(i).is_some()))
    };
    let mut seen: Option<usize> = None;
    // Comments come after the article: their stamps are not its date.
    let end = (0..n).find(|&i| matches!(reasons[i], Some(Reason::Comments))).unwrap_or(n);
    for i in (0..end).filter(|&i| own(i) && dated(i)) {
        let alone = seen.is_none_or(|s| i - s > 3) && !(i + 1..(i + 4).min(n)).any(dated);
        seen = Some(i);
        if !alone {
            continue;
        }
        let mut found = page_dates(ctx, i, title);
        if let Some(k) = found.iter().position(|f| !f.updated).or((!found.is_empty()).then_some(0)) {
            let first = found.swap_remove(k);
            let line = ctx.range_of(texts[i]);
            return Some((line.start + first.at.start..line.start + first.at.end, first));
        }
    }
    None
}

/// A month's name or abbreviation: Latin-script prefixes (with Indonesian "agu", "des"), then
/// Turkish, Greek (the genitive "Νοεμβρίου" as well), Ukrainian and Russian (the genitive
/// "червня", "июня"), Arabic (the Gregorian and the Levantine names), Hindi, Hebrew (with the
/// "ב" of "3 בספטמבר") and Thai (full and abbreviated, "ก.พ.") names.
const MONTH: &str = concat!(
    r"(?:jan|feb|fév|fev|mär|mar|apr|avr|abr|may|mai|mei|mag|maj|jun|jui|giu|jul|lug|aug|ago|agu|aoû|sep|set|oct|okt|out|ott|nov|dec|dez|déc|dic|des|ene|gen|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru",
    r"|ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık",
    r"|ιαν|φεβ|μάρ|μαρ|απρ|μάι|μαΐ|μαι|ιούν|ιουν|ιούλ|ιουλ|αύγ|αυγ|σεπ|οκτ|νο[εέ]|δεκ",
    r"|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд",
    r"|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр",
    r"|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر",
    r"|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول",
    r"|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर",
    r"|ב?(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)",
    r"|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม",
    r"|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)\p{L}*\.?"
);

/// A date written with the CJK year, month and day signs: "2025年3月14日", "2025년 4월 2일".
const CJK_DATE: &str = r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일](?:\s*[(（]\p{L}{1,3}[)）])?";

static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let lead = r"(?:(?:published|posted|updated|last updated|modified|date|veröffentlicht|aktualisiert|zuletzt aktualisiert|erschienen|stand|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|publicerad|uppdaterad|发布时间|發布時間|发布于|更新时间|公開日|更新日|입력|수정|기사입력|نشر في|تاريخ النشر|آخر تحديث|प्रकाशित|अपडेटेड|diterbitkan|diperbarui|cập nhật|yayınlanma|güncelleme|δημοσίευση|ενημέρωση|פורסם|עודכן|опубліковано|оновлено|опубликовано|обновлено)(?:\s+(?:on|am|le|el|il|op|den|tarihi|lúc|ngày))?\s*[:：]?\s*)?";
    // A weekday before the date: one word ("Sunday,", "الأحد"), or the Vietnamese two ("Thứ Bảy,").
    let weekday = r"(?:(?:thứ\s+\p{L}+|chủ\s+nhật|\p{L}{2,})\.?,?\s+)?";
    let date = format!(
        r"(?:\d{{1,2}}(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+)?{MONTH}(?:\s+de)?,?\s+\d{{4}}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})|\d{{4}}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?:\s*[(（]\p{{L}}{{1,3}}[)）])?|{CJK_DATE})"
    );
    // A Turkish weekday follows the date: "14 Ekim 2025 Salı".
    let weekday_after = r"(?:,?\s+(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar))?";
    // The time, with its lead ("at", "um", Thai "เวลา") and its mark: a.m./p.m., "Uhr", Arabic
    // "ص"/"م", Hindi "पूर्वाह्न"/"अपराह्न", Thai "น.", and a zone ("WIB", "EDT").
    let time = r"(?:(?:,|\s|-|\||·|•)*(?:at|um|à|a las|alle|om|kl\.|lúc|saat|เวลา)?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h|ص|م|पूर्वाह्न|अपराह्न|น\.)?(?:\s*\(?[A-Z]{2,5}\)?)?)?";
    let relative = RELATIVE_STAMP;
    let clock = r"\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?(?:\s*\(?[A-Z]{2,5}\)?)?";
    // What may follow the date: an update time ("mis à jour à 21h05") or a reading time.
    let tail = r"(?:\s*(?:,|\||·|•|-|–)?\s*(?:updated|last updated|last modified|modified|mis à jour|aktualisiert|actualizado|aggiornato|bijgewerkt|수정|更新|cập nhật|güncelleme|оновлено|обновлено|עודכן)\b[^|]{0,40}|\s*(?:\||·|•|-|–)\s*\d+\s*(?:min|minutes?|minuten|minutos|minuti)\.?(?:\s*(?:read|lesezeit|de lecture|de lectura|di lettura))?)?";
    Regex::from_string(format!(
        r"(?i)^{lead}(?:{weekday}{date}{weekday_after}{time}|{clock},?\s+{weekday}{date}|{relative}){tail}\W*$"
    ))
});

/// A time counted back from now, as a thread or a feed stamps its posts: "5 hours ago", "1 year
/// ago", "vor 2 Jahren", "il y a 3 semaines", "hace 1 mes".
const RELATIVE_STAMP: &str = r"(?:\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|vor\s+\d+\s+(?:minuten?|stunden?|tagen?|wochen?|monat(?:en)?|jahr(?:en)?)|il y a\s+\d+\s+(?:minutes?|heures?|jours?|semaines?|mois|ans?)|hace\s+\d+\s+(?:minutos?|horas?|días?|semanas?|mes(?:es)?|años?))";

/// A date anywhere in a line: a month's name with a day and a year, an ISO or numeric date, or a
/// relative one ("3 days ago").
pub(super) static DATE_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::from_string(format!(
        r"(?i)(?:^|\W)(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\.?\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|{CJK_DATE}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|{RELATIVE_STAMP})"
    ))
});

/// Whether the block contains a date anywhere ("Jane says: March 3, 2024 at 9:15").
pub(crate) fn contains_date(text: &str) -> bool {
    DATE_INSIDE.is_match(text)
}

/// The most words of a date line: a weekday, a date, a time and its zone, then the same again
/// for the update ("Fri 5 Dec 2025 12.00 CET Last modified on Mon 8 Dec 2025 16.40 CET").
const DATE_LINE_WORDS: u32 = 18;

/// Whether the whole block is a date (with an optional "Published"/"Updated" lead and a time).
pub(crate) fn is_date(text: &str, stats: &BlockStats) -> bool {
    // Every form of date has a digit in it.
    stats.words <= DATE_LINE_WORDS && stats.digits > 0 && DATE_LINE.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn stats(text: &str) -> BlockStats {
        BlockStats::compute(text, Language::English)
    }

    #[test]
    fn dates() {
        for line in [
            "Thursday, 13 June 2024 03:48 PM EDT",
            "June 13, 2024",
            "Published: March 3, 2024 at 9:15 a.m.",
            "Updated 12.03.2024, 14:05 Uhr",
            "Veröffentlicht am 3. März 2024",
            "12 juin 2024 à 08h30",
            "3 de marzo de 2024",
            "2024-06-13",
            "5 hours ago",
            "Aug. 25, 2025",
            "Published 14:20, Thursday 6 March 2025",
            "Published 9:41 AM ET, Wed April 9, 2025",
            "March 11, 2025 · 6 min read",
            "Publié le 4 mars 2025 à 19h42, mis à jour à 21h05",
            "14.01.2025",
            "2025年3月14日 08:35",
            "2025年5月20日（火） 6:00",
            "2025년 4월 2일",
            "입력 2025.04.02 14:21 수정 2025.04.02 16:05",
            "الأحد 12 يناير 2025 - 10:40 ص",
            "12 كانون الثاني 2025",
            "प्रकाशित: 18 अगस्त 2025, 09:15 पूर्वाह्न",
            "Kamis, 10 Juli 2025 | 13:47 WIB",
            "Thứ Bảy, 22/11/2025 - 15:12",
            "7 ก.พ. 2568 เวลา 11:20 น.",
            "14 Ekim 2025 Salı, 09:32",
            "Κυριακή, 9 Νοεμβρίου 2025, 12:05",
            "פורסם: 03.09.2025, 18:40",
            "3 בספטמבר 2025",
            "16 червня 2025, 11:08",
            "Опубликовано: 5 марта 2025",
            "Fri 5 Dec 2025 12.00 CET Last modified on Mon 8 Dec 2025 16.40 CET",
            "1 year ago",
            "3 weeks ago",
            "vor 2 Jahren",
            "vor 1 Monat",
            "il y a 3 semaines",
            "il y a 2 ans",
            "hace 1 mes",
            "hace 4 años",
        ] {
            assert!(is_date(line, &stats(line)), "{line}");
        }
        for line in [
            "In June 2024 the council met.",
            "Step 3 of 12",
            "2024-48-13 and more words here",
            "2025-17-08",
            "14 Ekim 2025 tarihinde açılan pazar yeri, ilk gün yoğun ilgi gördü.",
            "2025年3月14日起，夜间公交正式开通。",
            "16 червня 2025 року міст відкрили для пішоходів.",
        ] {
            assert!(!is_date(line, &stats(line)), "{line}");
        }
    }
}
