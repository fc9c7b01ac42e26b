//! Dates as pages write them, read into a calendar day with the time and offset when written:
//! month names of every supported language, numeric day-month-year orders, ISO 8601, the CJK
//! year-month-day signs, Buddhist-era years; a publication date told from an update.

use crate::alphabet::{Captures, Regex};
use std::fmt;
use std::sync::LazyLock;

/// A date read from a page: a calendar day, with the time of day and the UTC offset when the
/// page wrote them. Displayed in ISO 8601: `2025-03-03`, `2025-03-03T10:00`,
/// `2025-03-03T10:00:00+01:00`.
///
/// ```
/// let page = "Ferry to run all winter\n\nBy Jane Doe\n\nPublished: March 3, 2025 at 9:15 a.m. EST\n\n\
///     The ferry will keep running through the winter, the council said on Monday after a long debate.";
/// let cleaned = dechaff::clean(page);
/// let published = cleaned.published().unwrap();
/// assert_eq!((published.year, published.month, published.day), (2025, 3, 3));
/// assert_eq!(published.to_string(), "2025-03-03T09:15-05:00");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// The year (Buddhist-era years are converted: 2568 is 2025).
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, from 1.
    pub day: u8,
    /// The time of day, when written.
    pub time: Option<Time>,
    /// The offset from UTC in minutes, when written as an offset or a known zone ("Z", "+01:00",
    /// "EST", "CET").
    pub offset_minutes: Option<i16>,
}

/// A time of day: hours 0 to 23, minutes, and seconds when written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Time {
    /// The hour, 0 to 23 (a.m. and p.m. resolved).
    pub hour: u8,
    /// The minute, 0 to 59.
    pub minute: u8,
    /// The second, when written.
    pub second: Option<u8>,
}

impl Date {
    /// The calendar day alone, in ISO 8601 (`2025-03-03`).
    pub fn day_iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)?;
        if let Some(time) = self.time {
            write!(f, "T{:02}:{:02}", time.hour, time.minute)?;
            if let Some(second) = time.second {
                write!(f, ":{second:02}")?;
            }
            match self.offset_minutes {
                Some(0) => f.write_str("Z")?,
                Some(offset) => {
                    let sign = if offset < 0 { '-' } else { '+' };
                    let offset = offset.unsigned_abs();
                    write!(f, "{sign}{:02}:{:02}", offset / 60, offset % 60)?;
                }
                None => {}
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for Date {
    type Err = crate::Error;

    /// Reads a date in ISO 8601: `2025-03-03`, `2025-03-03T10:00`, `2025-03-03T10:00:00Z`,
    /// `2025-03-03T10:00+01:00`.
    ///
    /// ```
    /// let now: dechaff::Date = "2025-03-03T10:00Z".parse().unwrap();
    /// assert_eq!((now.year, now.month, now.day, now.offset_minutes), (2025, 3, 3, Some(0)));
    /// assert!("March 3".parse::<dechaff::Date>().is_err());
    /// ```
    fn from_str(text: &str) -> Result<Date, crate::Error> {
        let found = dates_in(text.trim(), DayOrder::DayFirst);
        match found.as_slice() {
            [one] if one.at == (0..text.trim().len()) && text.trim().as_bytes().get(4) == Some(&b'-') => Ok(one.date),
            _ => Err(crate::Error::InvalidDate { text: text.to_owned() }),
        }
    }
}

/// Days since 1970-01-01 of a calendar day (the proleptic Gregorian calendar).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar day of a count of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// "2 hours ago", "vor 3 Tagen", "il y a 5 jours", "hace 2 semanas", "yesterday": an amount and
/// a unit back from now.
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?P<n>\d{1,4})\s*(?P<u>minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b
        | \bvor\s+(?P<n2>\d{1,4})\s+(?P<u2>minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)\b
        | \bil\s+y\s+a\s+(?P<n3>\d{1,4})\s+(?P<u3>minutes?|heures?|jours?|semaines?|mois|ans?)\b
        | \bhace\s+(?P<n4>\d{1,4})\s+(?P<u4>minutos?|horas?|días?|dias?|semanas?|meses|mes|años?|anos?)\b
        | \b(?P<yesterday>yesterday|gestern|hier|ayer|ieri|gisteren|wczoraj)\b
        | \b(?P<today>today|heute|aujourd'hui|hoy|oggi|vandaag|dzisiaj)\b
        ",
    )
});

/// A relative date in `text` ("2 hours ago"), counted back from `now`: with the time of day for
/// minutes and hours when `now` has one, else the calendar day.
pub(crate) fn relative_in(text: &str, now: Date) -> Option<Date> {
    let captures = RELATIVE.captures(text)?;
    let (amount, unit) = if captures.name("yesterday").is_some() {
        (1, 'd')
    } else if captures.name("today").is_some() {
        (0, 'd')
    } else {
        let pick =
            |n: &str, u: &str| Some((captures.name(n)?.as_str().parse::<i64>().ok()?, captures.name(u)?.as_str()));
        let (amount, unit) =
            pick("n", "u").or_else(|| pick("n2", "u2")).or_else(|| pick("n3", "u3")).or_else(|| pick("n4", "u4"))?;
        let unit = unit.to_lowercase();
        let kind = match unit.as_str() {
            u if u.starts_with("min") => 'i',
            u if u.starts_with('h') && !u.starts_with("hace")
                || u.starts_with("stund")
                || u.starts_with("heure")
                || u.starts_with("hora") =>
            {
                'h'
            }
            u if u.starts_with('d') || u.starts_with("tag") || u.starts_with("jour") => 'd',
            u if u.starts_with('w') || u.starts_with("semai") || u.starts_with("seman") => 'w',
            u if u.starts_with("mo") || u.starts_with("mes") || u == "mois" => 'm',
            _ => 'y',
        };
        (amount, kind)
    };
    let today = days_from_civil(now.year, now.month, now.day);
    let (days, time) = match (unit, now.time) {
        ('i' | 'h', Some(time)) => {
            let minutes = if unit == 'h' { amount * 60 } else { amount };
            let at = today * 1440 + i64::from(time.hour) * 60 + i64::from(time.minute) - minutes;
            let t = at.rem_euclid(1440);
            (at.div_euclid(1440), Some(Time { hour: (t / 60) as u8, minute: (t % 60) as u8, second: None }))
        }
        ('i' | 'h', None) => (today - if unit == 'h' { amount / 24 } else { amount / 1440 }, None),
        ('d', _) => (today - amount, None),
        ('w', _) => (today - 7 * amount, None),
        (kind, _) => {
            let months = if kind == 'm' { amount } else { 12 * amount };
            let total = i64::from(now.year) * 12 + i64::from(now.month) - 1 - months;
            let (year, month) = (total.div_euclid(12) as i32, (total.rem_euclid(12) + 1) as u8);
            let day = now.day.min(days_in_month(year, month));
            (days_from_civil(year, month, day), None)
        }
    };
    let (year, month, day) = civil_from_days(days);
    let offset_minutes = if time.is_some() { now.offset_minutes } else { None };
    Some(Date { year, month, day, time, offset_minutes })
}

/// Which comes first in an all-numeric date whose first two numbers could both be a day or a
/// month ("03/04/2025").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DayOrder {
    /// Day first: most of the world.
    DayFirst,
    /// Month first: American English, with slashes.
    MonthFirst,
}

/// Months by the start of their name, lowercase, in every supported language. Longer starts come
/// first where one is the start of another ("juil" before "jui").
const MONTHS: &[(&str, u8)] = &[
    // Latin script: English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish,
    // Polish (genitive), Indonesian, Turkish, Czech-free.
    ("juil", 7),
    ("juin", 6),
    ("jän", 1),
    ("jan", 1),
    ("ene", 1),
    ("gen", 1),
    ("sty", 1),
    ("ocak", 1),
    ("feb", 2),
    ("fév", 2),
    ("fev", 2),
    ("lut", 2),
    ("şubat", 2),
    ("subat", 2),
    ("mär", 3),
    ("maa", 3),
    ("mar", 3),
    ("apr", 4),
    ("avr", 4),
    ("abr", 4),
    ("kwi", 4),
    ("nisan", 4),
    ("may", 5),
    ("mai", 5),
    ("mei", 5),
    ("mag", 5),
    ("maj", 5),
    ("jun", 6),
    ("giu", 6),
    ("cze", 6),
    ("haziran", 6),
    ("jul", 7),
    ("lug", 7),
    ("lip", 7),
    ("temmuz", 7),
    ("aug", 8),
    ("ago", 8),
    ("agu", 8),
    ("aoû", 8),
    ("aou", 8),
    ("sie", 8),
    ("ağustos", 8),
    ("sep", 9),
    ("set", 9),
    ("wrz", 9),
    ("eylül", 9),
    ("oct", 10),
    ("okt", 10),
    ("out", 10),
    ("ott", 10),
    ("paź", 10),
    ("paz", 10),
    ("ekim", 10),
    ("nov", 11),
    ("lis", 11),
    ("kasım", 11),
    ("dec", 12),
    ("dez", 12),
    ("déc", 12),
    ("dic", 12),
    ("des", 12),
    ("gru", 12),
    ("aralık", 12),
    // Greek (the genitive too).
    ("ιαν", 1),
    ("φεβ", 2),
    ("μάρ", 3),
    ("μαρ", 3),
    ("απρ", 4),
    ("μάι", 5),
    ("μαΐ", 5),
    ("μαι", 5),
    ("ιούν", 6),
    ("ιουν", 6),
    ("ιούλ", 7),
    ("ιουλ", 7),
    ("αύγ", 8),
    ("αυγ", 8),
    ("σεπ", 9),
    ("οκτ", 10),
    ("νοε", 11),
    ("νοέ", 11),
    ("δεκ", 12),
    // Ukrainian, then Russian (the genitive too).
    ("січ", 1),
    ("лют", 2),
    ("берез", 3),
    ("квіт", 4),
    ("трав", 5),
    ("черв", 6),
    ("лип", 7),
    ("серп", 8),
    ("верес", 9),
    ("жовт", 10),
    ("листоп", 11),
    ("груд", 12),
    ("январ", 1),
    ("феврал", 2),
    ("март", 3),
    ("апрел", 4),
    ("ма", 5),
    ("июн", 6),
    ("июл", 7),
    ("август", 8),
    ("сентябр", 9),
    ("октябр", 10),
    ("ноябр", 11),
    ("декабр", 12),
    // Arabic: the Levantine names (two words first), then the Gregorian ones.
    ("كانون الثاني", 1),
    ("كانون الأول", 12),
    ("تشرين الأول", 10),
    ("تشرين الثاني", 11),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("ابريل", 4),
    ("إبريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يوليو", 7),
    ("أغسطس", 8),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    // Hindi.
    ("जनवरी", 1),
    ("फ़रवरी", 2),
    ("फरवरी", 2),
    ("मार्च", 3),
    ("अप्रैल", 4),
    ("मई", 5),
    ("जून", 6),
    ("जुलाई", 7),
    ("अगस्त", 8),
    ("सितंबर", 9),
    ("सितम्बर", 9),
    ("अक्टूबर", 10),
    ("अक्तूबर", 10),
    ("नवंबर", 11),
    ("नवम्बर", 11),
    ("दिसंबर", 12),
    ("दिसम्बर", 12),
    // Hebrew, with or without the "ב" of "3 בספטמבר".
    ("ינואר", 1),
    ("פברואר", 2),
    ("מרץ", 3),
    ("מרס", 3),
    ("אפריל", 4),
    ("מאי", 5),
    ("יוני", 6),
    ("יולי", 7),
    ("אוגוסט", 8),
    ("ספטמבר", 9),
    ("אוקטובר", 10),
    ("נובמבר", 11),
    ("דצמבר", 12),
    // Thai, full then abbreviated.
    ("มกราคม", 1),
    ("กุมภาพันธ์", 2),
    ("มีนาคม", 3),
    ("เมษายน", 4),
    ("พฤษภาคม", 5),
    ("มิถุนายน", 6),
    ("กรกฎาคม", 7),
    ("สิงหาคม", 8),
    ("กันยายน", 9),
    ("ตุลาคม", 10),
    ("พฤศจิกายน", 11),
    ("ธันวาคม", 12),
    ("ม.ค.", 1),
    ("ก.พ.", 2),
    ("มี.ค.", 3),
    ("เม.ย.", 4),
    ("พ.ค.", 5),
    ("มิ.ย.", 6),
    ("ก.ค.", 7),
    ("ส.ค.", 8),
    ("ก.ย.", 9),
    ("ต.ค.", 10),
    ("พ.ย.", 11),
    ("ธ.ค.", 12),
];

/// The month a month word names, if it is one (a name or an abbreviation of at least three
/// letters; Russian "мая", "май" by their two).
fn month_number(word: &str) -> Option<u8> {
    let lower = word.trim_end_matches('.').to_lowercase();
    let lower = lower.strip_prefix('ב').filter(|rest| !rest.is_empty()).unwrap_or(&lower);
    if lower.chars().count() < 2 {
        return None;
    }
    MONTHS.iter().find(|(start, _)| lower.starts_with(start.trim_end_matches('.'))).map(|&(_, month)| month)
}

/// Words that mark the date after them as an update, not the publication.
const UPDATE_WORDS: &str = r"updated|last updated|modified|mis à jour|aktualisiert|zuletzt aktualisiert|geändert|actualizado|actualizada|aggiornato|atualizado|bijgewerkt|uppdaterad|zaktualizowano|aktualizacja|diperbarui|cập nhật|güncelleme|güncellendi|ενημέρωση|оновлено|обновлено|עודכן|آخر تحديث|تحديث|अपडेटेड|更新|수정";

/// Labels that mark the date after them as another event than the page's publication: a forum
/// member's join date ("Joined", "Member since", "Registered"), the thread's last post, an
/// answer under a question, a comment's or a reply's stamp ("Commented Oct 17, 2010 at 1:03").
const OTHER_EVENT_WORDS: &str = r"commented|kommentiert|commenté|commentato|comentado|comentó|comentou|skomentował|replied|joined|member since|registered\s*:|registered since|last post|last reply|latest reply|last activity|last active|last seen|answered|mitglied seit|dabei seit|registriert seit|registriert\s*:|beigetreten|letzter beitrag|letzte antwort|inscrit|inscrite|membre depuis|dernier message|dernière réponse|miembro desde|se unió|último mensaje|última respuesta|iscritto|iscritta|membro dal|membro desde|ultimo messaggio|ultima risposta|lid sinds|laatste bericht|laatste reactie|última mensagem|dołączył|dołączyła|ostatni post|medlem sedan|katılım|üyelik|son mesaj|регистрация|на форуме с|последнее сообщение|реєстрація|учасник з";

/// Dates inside a line, by the form they take. Each alternative names its parts: `y`, `m` (a
/// number), `mn` (a month word), `d`, the CJK form `cy`, `cm`, `cd`, and the numeric `a`, `b`, `c`
/// of a date whose order the language settles.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let month = r"(?P<mn>\p{L}[\p{L}\p{M}]*(?:\s(?:الثاني|الأول))?\.?|[มกสตพธเ]\p{L}?\p{M}?\.\p{L}\p{M}?\.)";
    let ordinal = r"(?:st|nd|rd|th|er|º|ª|\.)?";
    Regex::from_string(format!(
        r"(?ix)
        (?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?:[T\s]+(?P<iso_time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)(?:\.\d+)?(?P<iso_zone>Z|[+-]\d{{2}}:?\d{{2}})?)?
        | (?P<cy>\d{{4}})\s*[年년]\s*(?P<cm>\d{{1,2}})\s*[月월]\s*(?P<cd>\d{{1,2}})\s*[日일]?
        | (?P<y2>\d{{4}})[./](?P<m2>\d{{1,2}})[./](?P<d2>\d{{1,2}})\b
        | (?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})[./-](?P<c>\d{{4}}|\d{{2}})\b
        | \b(?P<d3>\d{{1,2}}){ordinal}\s*(?:de\s+|of\s+)?{month}(?:\s+de)?,?\s+(?P<y3>\d{{4}})
        | (?:^|[^\p{{L}}]){month_again}\s+(?P<d4>\d{{1,2}}){ordinal},?\s+(?P<y4>\d{{4}})
        ",
        month_again = month.replace("mn", "mn2"),
    ))
});

/// A time right after a date: "at 9:15 a.m.", "um 14:05 Uhr", ", 10h30", "| 13:47 WIB".
static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\s|,|-|–|\||·|•|T)*(?:at|um|à|a las|alle|om|kl\.|lúc|saat|เวลา)?\s*(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*uhr)?\s*\(?(?-i:(?P<zone>[A-Z]{2,5}(?:[+-]\d{1,2})?|[+-]\d{2}:?\d{2}))?\)?",
    )
});

/// Zones written after a time, with their offsets in minutes: the common abbreviations whose
/// meaning is not in doubt.
fn zone_offset(zone: &str) -> Option<i16> {
    let upper = zone.to_uppercase();
    let hours = match upper.as_str() {
        "Z" | "UTC" | "GMT" => 0.0,
        "BST" | "CET" | "WAT" => 1.0,
        "CEST" | "EET" | "SAST" => 2.0,
        "EEST" | "MSK" => 3.0,
        "IST" => 5.5,
        "WIB" | "ICT" => 7.0,
        "WITA" | "SGT" | "HKT" | "AWST" => 8.0,
        "JST" | "KST" | "WIT" => 9.0,
        "AEST" => 10.0,
        "AEDT" => 11.0,
        "EST" => -5.0,
        "EDT" | "AST" => -4.0,
        "CST" => -6.0,
        "CDT" => -5.0,
        "MST" => -7.0,
        "MDT" => -6.0,
        "PST" => -8.0,
        "PDT" => -7.0,
        _ => {
            let (sign, digits) = match upper.as_bytes().first()? {
                b'+' => (1, &upper[1..]),
                b'-' => (-1, &upper[1..]),
                _ => return None,
            };
            let digits: String = digits.chars().filter(char::is_ascii_digit).collect();
            if digits.len() != 4 {
                return None;
            }
            let h: i16 = digits[..2].parse().ok()?;
            let m: i16 = digits[2..].parse().ok()?;
            if h > 14 || m > 59 {
                return None;
            }
            return Some(sign * (h * 60 + m));
        }
    };
    Some((hours * 60.0) as i16)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A full year from a written one: two digits are 20xx up to 69, else 19xx; a Buddhist-era year
/// (after 2400) is 543 years ahead.
fn full_year(written: &str) -> Option<i32> {
    let n: i32 = written.parse().ok()?;
    let year = match written.len() {
        2 if n < 70 => 2000 + n,
        2 => 1900 + n,
        _ if n > 2400 => n - 543,
        _ => n,
    };
    (1900..=2100).contains(&year).then_some(year)
}

fn day_of(year: i32, month: u8, day: u8) -> Option<Date> {
    (1..=12).contains(&month).then_some(())?;
    (1..=days_in_month(year, month)).contains(&day).then_some(())?;
    Some(Date { year, month, day, time: None, offset_minutes: None })
}

/// A date found in a line: the date, where it is written in the line, and whether an update word
/// stands before it (after the previous date).
#[derive(Clone)]
pub(crate) struct Found {
    pub(crate) date: Date,
    pub(crate) at: std::ops::Range<usize>,
    pub(crate) updated: bool,
    /// Whether a label of another event stands before it ("Joined Nov 4, 2011", "last post by
    /// ... Sep 26, 2024"): not the page's date at all.
    pub(crate) other_event: bool,
}

/// Every date in `text`, in order.
pub(crate) fn dates_in(text: &str, order: DayOrder) -> Vec<Found> {
    let mut found = Vec::new();
    let mut since = 0;
    for captures in DATE.captures_iter(text) {
        let Some(whole) = captures.get(0) else { continue };
        let date = day_in(&captures, order);
        // A match inside what the previous date took as its time ("19.11.2021 19.11.2021" is not
        // read as a time) is not a date of its own.
        if whole.start() < since {
            continue;
        }
        let Some(mut date) = date else { continue };
        let end = whole.end() + read_time(text, &captures, &mut date);
        let before = &text[since..whole.start()];
        // The alternative for a month name before the day takes the character before it.
        let start = whole.start() + text[whole.range()].find(|c: char| c.is_alphanumeric()).unwrap_or(0);
        // Every label has a letter or a digit: most dates open their line, and their patterns
        // are not even built on a page whose dates all do.
        let labelled = before.chars().any(char::is_alphanumeric);
        found.push(Found {
            date,
            at: start..end,
            updated: labelled && UPDATE.is_match(before),
            other_event: labelled && OTHER_EVENT.is_match(before),
        });
        since = end;
    }
    found
}

/// The day a match of `DATE` names, by whichever of its alternatives matched; numbers alone are
/// read day first or month first as `order` says, unless one is over 12.
fn day_in(captures: &Captures<'_>, order: DayOrder) -> Option<Date> {
    let number = |name: &str| captures.name(name).and_then(|m| m.as_str().parse::<u8>().ok());
    let year = |name: &str| captures.name(name).and_then(|m| full_year(m.as_str()));
    let month = |name: &str| captures.name(name).and_then(|m| month_number(m.as_str()));
    if let (Some(y), Some(m), Some(d)) = (year("y"), number("m"), number("d")) {
        day_of(y, m, d)
    } else if let (Some(y), Some(m), Some(d)) = (year("cy"), number("cm"), number("cd")) {
        day_of(y, m, d)
    } else if let (Some(y), Some(m), Some(d)) = (year("y2"), number("m2"), number("d2")) {
        day_of(y, m, d)
    } else if let (Some(a), Some(b), Some(y)) = (number("a"), number("b"), year("c")) {
        let dot = captures.name("sep").is_some_and(|s| s.as_str() != "/");
        let (d, m) = match (a > 12, b > 12) {
            (true, false) => (a, b),
            (false, true) => (b, a),
            _ if order == DayOrder::MonthFirst && !dot => (b, a),
            _ => (a, b),
        };
        day_of(y, m, d)
    } else if let (Some(d), Some(m), Some(y)) = (number("d3"), month("mn"), year("y3")) {
        day_of(y, m, d)
    } else if let (Some(m), Some(d), Some(y)) = (month("mn2"), number("d4"), year("y4")) {
        day_of(y, m, d)
    } else {
        None
    }
}

/// Reads the time written with the date (ISO 8601's, or one right after the match: `9:15 a.m.
/// EST`, `14:05 Uhr`) into `date`; returns how many bytes after the match the time takes, as it
/// is part of the date as written.
fn read_time(text: &str, captures: &Captures<'_>, date: &mut Date) -> usize {
    let Some(whole) = captures.get(0) else { return 0 };
    if let Some(time) = captures.name("iso_time") {
        let mut parts = time.as_str().split(':').filter_map(|p| p.parse::<u8>().ok());
        if let (Some(hour), Some(minute)) = (parts.next(), parts.next())
            && hour < 24
            && minute < 60
        {
            date.time = Some(Time { hour, minute, second: parts.next().filter(|&s| s < 60) });
            date.offset_minutes = captures.name("iso_zone").and_then(|z| zone_offset(z.as_str()));
        }
        return 0;
    }
    let Some(after) = TIME_AFTER.captures(&text[whole.end()..]).filter(|after| {
        // "19.11" of a following "19.11.2021" is a date, not a time.
        let rest = after.get(0).map_or("", |m| &text[whole.end() + m.end()..]);
        !rest.starts_with(['.', '/', '-']) || !rest[1..].starts_with(|c: char| c.is_ascii_digit())
    }) else {
        return 0;
    };
    let hour = after.name("h").and_then(|h| h.as_str().parse::<u8>().ok());
    let minute = after.name("mi").and_then(|m| m.as_str().parse::<u8>().ok());
    let (Some(mut hour), Some(minute)) = (hour, minute) else { return 0 };
    let ampm = after.name("ampm").map(|m| m.as_str().to_ascii_lowercase());
    match ampm.as_deref().map(|s| s.starts_with('p')) {
        Some(true) if hour < 12 => hour += 12,
        Some(false) if hour == 12 => hour = 0,
        _ => {}
    }
    if hour >= 24 || minute >= 60 {
        return 0;
    }
    let second = after.name("s").and_then(|s| s.as_str().parse::<u8>().ok()).filter(|&s| s < 60);
    date.time = Some(Time { hour, minute, second });
    date.offset_minutes = after.name("zone").and_then(|z| zone_offset(z.as_str()));
    after.get(0).map_or(0, |m| m.as_str().trim_end().len())
}

static UPDATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::from_string(format!(r"(?i)(?:^|\W)(?:{UPDATE_WORDS})(?:\W|$)")));

/// Another event's label before a date, or a reply's number ("#5 · Jan 16, 2024": the thread's
/// fifth post; "#1" is its first).
static OTHER_EVENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::from_string(format!(r"(?i)(?:^|\W)(?:{OTHER_EVENT_WORDS}|#(?:[2-9]|[1-9]\d+))(?:\W|$)")));

static OTHER_EVENT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::from_string(format!(
        r"(?i)^\W*(?:{OTHER_EVENT_WORDS}|registered|registriert|registrado|registrada|geregistreerd|zarejestrowany|registrerad|зарегистрирован)\s*(?:on|am|le|el|il|op|:)?\W*$"
    ))
});

/// Whether a line is only the label of another event than the publication ("Joined", "Member
/// since:"), over the date on the line under it: a forum member's card.
pub(crate) fn is_other_event_label(text: &str) -> bool {
    OTHER_EVENT_LABEL.is_match(text)
}

/// The publication date in a line: the first date not marked as an update.
#[cfg_attr(not(feature = "eval"), allow(dead_code))]
pub(crate) fn published_in(text: &str, order: DayOrder) -> Option<Date> {
    dates_in(text, order).into_iter().find(|f| !f.updated).map(|f| f.date)
}

/// Years a date in a URL's path may have: a number outside them is an id, not a year.
const URL_YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// Months as URLs spell them in full (`/2023/october/03/`); three-letter ones (`/2025/dec/05/`)
/// are read by `month_number`, in every language it knows.
const URL_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a URL's path segment names: its number (`03`, `3`), its three-letter abbreviation
/// (`dec`, `mär` excluded: ASCII only) or its English name.
fn url_month(segment: &str) -> Option<u8> {
    if !segment.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let lower = segment.to_ascii_lowercase();
    if lower.len() == 3 {
        return month_number(&lower);
    }
    URL_MONTHS.iter().position(|m| *m == lower).and_then(|k| u8::try_from(k + 1).ok())
}

/// The calendar day a page's URL gives in its path, as news sites and blogs write it:
/// `/2025/03/03/slug`, `/2025/dec/05/slug`, `/2025-03-03-slug`, `/slug_2025_03_03`, `/20250303/`.
/// A year and a month alone (`/2025/03/slug`) give no day; the host, query and fragment are not
/// read.
pub(crate) fn date_in_url(url: &str) -> Option<Date> {
    let path = url_path(url);
    let day = |year: &str, month: &str, day: &str| {
        let (year, month, day) = (year.parse::<i32>().ok()?, month.parse::<u8>().ok()?, day.parse::<u8>().ok()?);
        (URL_YEARS.contains(&year) && (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
            .then_some(Date { year, month, day, time: None, offset_minutes: None })
    };
    let digits =
        |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    // Year, month and day as three segments; the month a number or a name.
    for w in segments.windows(3) {
        if digits(w[0], 4..=4)
            && digits(w[2], 1..=2)
            && let Some(date) = if digits(w[1], 1..=2) {
                day(w[0], w[1], w[2])
            } else {
                url_month(w[1]).and_then(|month| day(w[0], &month.to_string(), w[2]))
            }
        {
            return Some(date);
        }
    }
    for segment in &segments {
        // "20250303" alone as a segment.
        if digits(segment, 8..=8)
            && let Some(date) = day(&segment[..4], &segment[4..6], &segment[6..])
        {
            return Some(date);
        }
        // "2025-03-03", "2025_03_03" or "2025-03-03+title" inside a slug, between non-digits.
        let parts: Vec<&str> = segment.split(|c: char| !c.is_ascii_alphanumeric()).collect();
        for w in parts.windows(3) {
            if digits(w[0], 4..=4)
                && digits(w[1], 2..=2)
                && digits(w[2], 2..=2)
                && let Some(date) = day(w[0], w[1], w[2])
            {
                return Some(date);
            }
        }
    }
    None
}

/// A URL's path: without the scheme, the host, the query and the fragment.
fn url_path(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = rest.find('/').map_or("", |at| &rest[at..]);
    path.split(['?', '#']).next().unwrap_or_default()
}

/// The year and month a URL's path gives without a day, as blogs file their posts
/// (`/2015/07/slug`, `/2023/october/slug`): the month the page was published in.
pub(crate) fn month_in_url(url: &str) -> Option<(i32, u8)> {
    let segments: Vec<&str> = url_path(url).split('/').filter(|s| !s.is_empty()).collect();
    segments.windows(3).find_map(|w| {
        let year = w[0].parse::<i32>().ok().filter(|y| w[0].len() == 4 && URL_YEARS.contains(y))?;
        let month = if w[1].len() <= 2 && w[1].bytes().all(|b| b.is_ascii_digit()) {
            w[1].parse::<u8>().ok().filter(|m| (1..=12).contains(m))?
        } else {
            url_month(w[1])?
        };
        // A number after the month is a day (`date_in_url` reads it) or an id: not a slug.
        (!w[2].bytes().all(|b| b.is_ascii_digit())).then_some((year, month))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_urls() {
        let table = [
            ("https://example.com/news/2025/03/03/ferry-runs-all-winter/", Some("2025-03-03")),
            ("https://example.com/2025/3/3/ferry", Some("2025-03-03")),
            ("https://example.com/books/2025/dec/05/ferry", Some("2025-12-05")),
            ("https://example.com/blog/2023/october/03/ferry/", Some("2023-10-03")),
            ("https://example.com/2025/marketing/05/ferry", None),
            ("https://example.com/2025/feb/30/ferry", None),
            ("http://example.com/blog/2024-02-29-leap-day-notes", Some("2024-02-29")),
            ("https://example.com/articles/2025-12-15+Ferry+notes", Some("2025-12-15")),
            ("example.com/lokales/faehre_2025_03_03.html", Some("2025-03-03")),
            ("https://example.com/20250303/ferry", Some("2025-03-03")),
            ("https://example.com/a/b?from=2025-03-03", None),
            ("https://example.com/p#2025/03/03", None),
            ("https://2025.example.com/03/03/x", None),
            ("https://example.com/2025/03/ferry", None),
            ("https://example.com/2023-02-29-not-a-day", None),
            ("https://example.com/article/12345678/", None),
            ("https://example.com/item/2025031/", None),
            ("", None),
            ("not a url at all", None),
        ];
        for (url, expected) in table {
            assert_eq!(date_in_url(url).map(|d| d.to_string()).as_deref(), expected, "{url}");
        }
    }

    #[test]
    fn months_in_urls() {
        let table = [
            ("https://example.com/2015/07/garden-spray-recipe.html", Some((2015, 7))),
            ("https://example.com/blog/2023/october/ferry/", Some((2023, 10))),
            ("https://example.com/2025/03/03/ferry", None),
            ("https://example.com/2025/03/12345", None),
            ("https://example.com/2025/13/ferry", None),
            ("https://example.com/2025/marketing/ferry", None),
            ("https://example.com/ferry?y=2025/03/x", None),
            ("https://example.com/2025/03", None),
        ];
        for (url, expected) in table {
            assert_eq!(month_in_url(url), expected, "{url}");
        }
    }

    fn iso(text: &str) -> Option<String> {
        published_in(text, DayOrder::DayFirst).map(|d| d.to_string())
    }

    #[test]
    fn formats() {
        let table = [
            ("June 13, 2024", "2024-06-13"),
            ("Thursday, 13 June 2024 03:48 PM EDT", "2024-06-13T15:48-04:00"),
            ("Published: March 3, 2024 at 9:15 a.m.", "2024-03-03T09:15"),
            ("Updated 12.03.2024, 14:05 Uhr", ""),
            ("Veröffentlicht am 3. März 2024", "2024-03-03"),
            ("12 juin 2024 à 08h30", "2024-06-12T08:30"),
            ("3 de marzo de 2024", "2024-03-03"),
            ("2024-06-13", "2024-06-13"),
            ("2025-03-03T10:00Z", "2025-03-03T10:00Z"),
            ("2025-03-03T10:00:00+01:00", "2025-03-03T10:00:00+01:00"),
            ("Aug. 25, 2025", "2025-08-25"),
            ("Published 14:20, Thursday 6 March 2025", "2025-03-06"),
            ("Publié le 4 mars 2025 à 19h42, mis à jour à 21h05", "2025-03-04T19:42"),
            ("14.01.2025", "2025-01-14"),
            ("2025年3月14日 08:35", "2025-03-14T08:35"),
            ("입력 2025.04.02 14:21 수정 2025.04.02 16:05", "2025-04-02T14:21"),
            ("الأحد 12 يناير 2025 - 10:40 ص", "2025-01-12T10:40"),
            ("12 كانون الثاني 2025", "2025-01-12"),
            ("प्रकाशित: 18 अगस्त 2025, 09:15 पूर्वाह्न", "2025-08-18T09:15"),
            ("Kamis, 10 Juli 2025 | 13:47 WIB", "2025-07-10T13:47+07:00"),
            ("Thứ Bảy, 22/11/2025 - 15:12", "2025-11-22T15:12"),
            ("7 ก.พ. 2568 เวลา 11:20 น.", "2025-02-07T11:20"),
            ("14 Ekim 2025 Salı, 09:32", "2025-10-14"),
            ("Κυριακή, 9 Νοεμβρίου 2025, 12:05", "2025-11-09T12:05"),
            ("3 בספטמבר 2025", "2025-09-03"),
            ("16 червня 2025, 11:08", "2025-06-16T11:08"),
            ("Опубликовано: 5 марта 2025", "2025-03-05"),
            ("5 maja 2025", "2025-05-05"),
            ("1 juillet 2025", "2025-07-01"),
            ("12 maart 2025", "2025-03-12"),
            ("3rd of March 2025", "2025-03-03"),
            ("By Jane Doe | Published March 3, 2025 | Updated March 4, 2025", "2025-03-03"),
            ("March 3, 2025 at 12:30 p.m. ET", "2025-03-03T12:30"),
        ];
        for (line, want) in table {
            let want = (!want.is_empty()).then(|| want.to_owned());
            assert_eq!(iso(line), want, "{line}");
        }
    }

    #[test]
    fn day_order() {
        assert_eq!(published_in("03/04/2025", DayOrder::MonthFirst).map(|d| d.day_iso()), Some("2025-03-04".into()));
        assert_eq!(published_in("03/04/2025", DayOrder::DayFirst).map(|d| d.day_iso()), Some("2025-04-03".into()));
        // A number over 12 settles the order whatever the language.
        assert_eq!(published_in("13/04/2025", DayOrder::MonthFirst).map(|d| d.day_iso()), Some("2025-04-13".into()));
        // Dots are day first everywhere.
        assert_eq!(published_in("03.04.2025", DayOrder::MonthFirst).map(|d| d.day_iso()), Some("2025-04-03".into()));
    }

    #[test]
    fn not_dates() {
        for line in ["2025-13-01", "31 February 2025", "Step 3 of 12", "version 1.2.3", "May the best win 2025"] {
            assert_eq!(iso(line), None, "{line}");
        }
    }

    #[test]
    fn two_dates_in_a_row() {
        let found = dates_in("19.11.2021 19.11.2021", DayOrder::DayFirst);
        assert_eq!(found.iter().map(|f| f.date.to_string()).collect::<Vec<_>>(), ["2021-11-19", "2021-11-19"]);
        let found = dates_in("19.11.2021 19:11 19.11.2021", DayOrder::DayFirst);
        assert_eq!(found.iter().map(|f| f.date.to_string()).collect::<Vec<_>>(), ["2021-11-19T19:11", "2021-11-19"]);
    }

    #[test]
    fn relative_dates_against_a_reference() {
        let now: Date = "2025-03-03T10:00+01:00".parse().unwrap();
        let table = [
            ("2 hours ago", "2025-03-03T08:00+01:00"),
            ("vor 30 Minuten", "2025-03-03T09:30+01:00"),
            ("11 hours ago", "2025-03-02T23:00+01:00"),
            ("3 days ago", "2025-02-28"),
            ("il y a 2 semaines", "2025-02-17"),
            ("hace 1 mes", "2025-02-03"),
            ("Posted yesterday", "2025-03-02"),
            ("1 year ago", "2024-03-03"),
        ];
        for (text, want) in table {
            assert_eq!(relative_in(text, now).map(|d| d.to_string()), Some(want.to_owned()), "{text}");
        }
        assert_eq!(relative_in("In three days", now), None);
        let day: Date = "2024-03-31".parse().unwrap();
        assert_eq!(relative_in("1 month ago", day).map(|d| d.to_string()), Some("2024-02-29".into()));
        for (days, civil) in [(0, (1970, 1, 1)), (19_052, (2022, 3, 1)), (-1, (1969, 12, 31))] {
            assert_eq!(civil_from_days(days), civil);
            assert_eq!(days_from_civil(civil.0, civil.1, civil.2), days);
        }
    }

    #[test]
    fn iso_dates_parse() {
        assert_eq!("2025-03-03".parse::<Date>().map(|d| d.to_string()), Ok("2025-03-03".into()));
        assert!("03.03.2025".parse::<Date>().is_err());
        assert!("2025-03-03 and more".parse::<Date>().is_err());
    }

    #[test]
    fn updates() {
        let line = "Updated March 4, 2025";
        assert_eq!(published_in(line, DayOrder::DayFirst), None);
        let found = dates_in(line, DayOrder::DayFirst);
        assert_eq!(
            found.iter().map(|f| (f.date.day_iso(), f.updated)).collect::<Vec<_>>(),
            [("2025-03-04".into(), true)]
        );
    }
}
