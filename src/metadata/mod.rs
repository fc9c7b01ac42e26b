//! Title, byline and date: found from patterns, the blocks' shape and their position around the
//! start of the body.

mod date;
mod vocabulary;

pub use date::{Date, Time};
pub(crate) use date::{DayOrder, date_in_url, published_in};
pub(crate) use vocabulary::{BIO_ROLE, BIO_VERB};

use crate::markup;
use crate::stats::BlockStats;
use crate::verdict::Reason;
use regex::{Captures, Regex};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::LazyLock;
use vocabulary::{ROLE, TRADE};

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
    let relative = r"(?:\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|vor\s+\d+\s+(?:minuten|stunden|tagen|wochen)|il y a\s+\d+\s+(?:minutes?|heures?|jours?)|hace\s+\d+\s+(?:minutos?|horas?|días?))";
    let clock = r"\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?(?:\s*\(?[A-Z]{2,5}\)?)?";
    // What may follow the date: an update time ("mis à jour à 21h05") or a reading time.
    let tail = r"(?:\s*(?:,|\||·|•|-|–)?\s*(?:updated|last updated|mis à jour|aktualisiert|actualizado|aggiornato|bijgewerkt|수정|更新|cập nhật|güncelleme|оновлено|обновлено|עודכן)\b[^|]{0,40}|\s*(?:\||·|•|-|–)\s*\d+\s*(?:min|minutes?|minuten|minutos|minuti)\.?(?:\s*(?:read|lesezeit|de lecture|de lectura|di lettura))?)?";
    Regex::new(&format!(
        r"(?i)^{lead}(?:{weekday}{date}{weekday_after}{time}|{clock},?\s+{weekday}{date}|{relative}){tail}\W*$"
    ))
    .expect("date pattern compiles")
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    let name =
        r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|(?:van|von|della|der|den|del|de|da|di|du|le|la|bin|al)\b))*";
    Regex::new(&format!(
        r"^(?:(?P<staff>(?i:staff report|staff reports|staff writer|staff|redaktion|la rédaction|redacción|redazione|redactie))$|(?i:(?:(?:an?|ein|eine|un|une|uno|una|een)\s+)?(?:article|analysis|column|commentary|opinion|interview|essay|report|artikel|beitrag|gastbeitrag|kommentar|analyse|kolumne|bericht|reportage|chronique|tribune|artículo|columna|articolo|commento)\s+(?:by|von|de|par|por|di|door)|by|written by|words by|text by|story by|reporting by|von|text:|texte?:|par|por|di|door|av|autor:|autorin:|author:|autore:|auteur:|γράφει(?:\s+(?:ο|η))?|γράφουν(?:\s+οι)?|автор:|авторка:|текст:|penulis:|oleh:?|reporter:|wartawan:|tác giả:|bài:|bài và ảnh:|yazan:|muhabir:):?\s+(?:by\s+)?(?P<name>{name}(?:\s*(?:&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*{name})*))"
    ))
    .expect("byline pattern compiles")
});

/// An explicit author lead: "Written by", "Geschrieben von", "Escrito por".
static WRITTEN_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:written|geschrieben|écrit|escrito|scritto)\s+(?:by|von|par|por|da)\s")
        .expect("lead pattern compiles")
});

/// A link to an author's page under the name: "Author's Profile", "View all posts", "More from
/// this author".
static AUTHOR_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:author[’']?s\s+profile|view\s+(?:author\s+)?profile|view\s+all\s+(?:posts|articles)|more\s+(?:posts\s+|articles\s+)?(?:from|by)\s+this\s+author|author\s+page|alle\s+(?:beiträge|artikel)\s+(?:von|anzeigen))\W*$")
        .expect("author link pattern compiles")
});

/// How much of a bio's start is read for its author's trade, in bytes.
const BIO_HEAD: usize = 160;

/// A desk alone: "Staff", "Redaktion".
static STAFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:staff|redaktion|la rédaction|redacción|redazione|redactie)$").expect("staff pattern compiles")
});

/// "by NAME" anywhere in a line ("Published August 7, 2023 by Nicole Burke"): read only in a short
/// line that holds a date.
static BY_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|(?:van|von|della|der|den|del|de|da|di|du|le|la|bin|al)\b)){0,4}";
    Regex::new(&format!(r"(?:^|[\s|·•,])(?i:by|von|par|por|di|door|av|oleh)\s+(?P<name>{name})"))
        .expect("byline pattern compiles")
});

/// A lowercase handle after "by" at a line's end ("Posted on July 1, 2024 by jdoe"): read only in
/// a line that holds a date ("by default" alone is no byline).
static HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:by|von|par|por)\s+(?P<handle>[a-z][a-z0-9_.-]{2,29})\s*$").expect("handle pattern compiles")
});

/// A byline's lead alone on its line, the name on the next: "By", "Von", "Written by", "Autor:".
static LONE_PARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:by|written by|posted by|words by|von|par|por|di|door|av|przez|oleh|autor|autorin|author|auteur|autore):?$",
    )
    .expect("particle pattern compiles")
});

/// The header of an author box: "About the author", "Über den Autor", "À propos de l'auteur".
static AUTHOR_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:about the (?:author|writer|contributor)s?|meet the (?:author|writer)|article (?:written )?by|posted by|author|the author|written by|über (?:den autor|die autorin)|zum autor|zur autorin|autor(?:in)?|à propos de l'auteur|l'auteur|sobre (?:el|la|o|a) autor[a]?|autor[a]?|sull'autore|l'autore|over de auteur|o autorze)\s*:?$")
        .expect("author header pattern compiles")
});

static DATE_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|\W)(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\.?\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|{CJK_DATE}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago|vor\s+\d+\s+(?:minuten|stunden|tagen|wochen|monaten|jahren))"
    ))
    .expect("date pattern compiles")
});

/// Bylines in scripts without capital letters, where a name cannot be told by its case: a lead
/// ("记者", "كتب:", "โดย", "लेखक:", "מאת") or the Korean suffix "기자" around a name of a few words.
/// Chinese and Korean names are two to four characters long, which keeps a sentence that starts
/// with "记者" ("记者从…获悉") from reading as one.
static CASELESS_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    let words = |script: &str| format!(r"[\p{{{script}}}\p{{M}}'’.-]+(?:\s+[\p{{{script}}}\p{{M}}'’.-]+){{0,3}}");
    let (arabic, thai, devanagari, hebrew) = (words("Arabic"), words("Thai"), words("Devanagari"), words("Hebrew"));
    Regex::new(&format!(
        r"^(?:(?:(?:文|撰文|图文|圖文)\s*[/／｜|:：]\s*)?(?:记者|記者|作者|撰文|编辑|編輯|责任编辑|責任編輯|文)\s*[/／:：]?\s*(?P<han>\p{{Han}}{{2,4}}(?:[·・]\p{{Han}}{{1,4}})?)(?:\s|$|[,，、|｜/])|(?P<hangul>\p{{Hangul}}{{2,4}})\s*기자(?:\s|$|[,=·/])|(?:(?:كتب|كتبت)\s*:|بقلم\s*:?|بواسطة\s*:?)\s*(?P<arabic>{arabic})\s*$|โดย\s+(?P<thai>{thai})\s*$|(?:लेखक|रिपोर्ट|रिपोर्टर|संवाददाता)\s*:\s*(?P<devanagari>{devanagari})\s*$|מאת\s*:?\s*(?P<hebrew>{hebrew})\s*$)"
    ))
    .expect("byline pattern compiles")
});

/// Whether the block contains a date anywhere ("Jane says: March 3, 2024 at 9:15").
pub(crate) fn contains_date(text: &str) -> bool {
    DATE_INSIDE.is_match(text)
}

/// The captures of `regex`'s first match in `text`, with the cheaper test for a match first: most
/// lines hold none, and a failed search for captures costs more than a failed test.
fn captures_in<'t>(regex: &Regex, text: &'t str) -> Option<Captures<'t>> {
    if regex.is_match(text) { regex.captures(text) } else { None }
}

/// Whether the whole block is a date (with an optional "Published"/"Updated" lead and a time).
pub(crate) fn is_date(text: &str, stats: &BlockStats) -> bool {
    // Every form of date has a digit in it.
    stats.words <= 14 && stats.digits > 0 && DATE_LINE.is_match(text)
}

/// The byline's name part when the block is a byline ("By Jane Doe", "Von Max Muster").
pub(crate) fn byline_name<'a>(text: &'a str, stats: &BlockStats) -> Option<&'a str> {
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
        let start = text.rfind(". By ")? + 2;
        let tail = &text[start..];
        let name = captures_in(&BYLINE, tail)?.name("name")?;
        return (tail.split_whitespace().count() <= BYLINE_TAIL_WORDS && DATE_INSIDE.is_match(&tail[name.end()..]))
            .then(|| until_sentence_end(name.as_str()).trim_end_matches([',', '.', ' ']));
    }
    if let Some(captures) = captures_in(&BYLINE, text) {
        return captures.name("name").or(captures.name("staff")).map(|m| {
            let name = until_sentence_end(m.as_str());
            // The credit after a comma goes with the name, up to a date or a separator ("Jane
            // Doe, MD", "Jane Doe, CEO of Example", "Jane Doe, John Roe, Ann Poe").
            let credited = (name.len() == m.as_str().len())
                .then(|| credit_after(text, m.start(), m.end()))
                .flatten()
                .map_or(name, |end| &text[m.start()..end]);
            credited.trim_end_matches([',', '.', ' '])
        });
    }
    if contains_date(text) {
        if let Some(name) = captures_in(&BY_INSIDE, text).and_then(|c| c.name("name")) {
            return Some(name.as_str().trim_end_matches([',', '.', ' ']));
        }
        if let Some(handle) = captures_in(&HANDLE, text).and_then(|c| c.name("handle")) {
            return Some(handle.as_str().trim_end_matches(['.', '-']));
        }
    }
    let captures = captures_in(&CASELESS_BYLINE, text)?;
    ["han", "hangul", "arabic", "thai", "devanagari", "hebrew"]
        .iter()
        .find_map(|group| captures.name(group))
        .map(|m| m.as_str().trim_end_matches([',', '.', ' ']))
}

/// The most words of a line read for a name beside a date ("Dec. 19, 2025 · Jane Doe on behalf of
/// the team") or for a byline above the window ("By Jeff Cobb. Last Updated on December 11, 2025").
const DATED_NAME_WORDS: u32 = 12;

/// A byline of this many words or more runs on into what follows the name.
const RUN_ON_WORDS: usize = 6;

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
    let credit = rest[..end].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
    let words = text[name_start..name_end].split_whitespace().count() + credit.split_whitespace().count();
    (words <= CREDITED_WORDS && credit.len() > 1).then_some(name_end + credit.len())
}

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

/// Whether the block is only a person's name: two to four capitalised words, no digits.
pub(crate) fn is_bare_name(text: &str, stats: &BlockStats) -> bool {
    stats.words >= 2
        && stats.words <= 4
        && stats.digits == 0
        && stats.capitalised_words == stats.words
        && stats.stopwords == 0
        && text.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '’')
}

/// The name in a line of a name and a role after a comma ("Jane Doe, Print Managing Editor").
fn name_with_role(text: &str) -> Option<&str> {
    let (name, role) = text.split_once(',')?;
    let name = name.trim();
    (is_name_shaped(name) && role.split_whitespace().count() <= 6 && ROLE.is_match(role)).then_some(name)
}

/// How many blocks from the date a name beside it is looked for, over reading times, bullets and
/// share rows.
const NAME_BESIDE_DATE: usize = 4;

/// The name in a line of a name and its credentials ("Dylan Bailey, MS, RD, FAND", "Jeffrey A.
/// Slotnick CPP, PSP"): the letters after a name, each in capitals.
fn credentialed_name(text: &str) -> Option<&str> {
    let credential = |word: &str| {
        let word = word.trim_end_matches([',', '®']);
        let capitals = word.chars().filter(|c| c.is_uppercase()).count();
        (2..=6).contains(&word.len()) && capitals >= 2 && word.chars().all(|c| c.is_uppercase() || c == '.')
    };
    let mut name = text.trim();
    let mut stripped = false;
    while let Some((rest, _)) = name.rsplit_once(char::is_whitespace).filter(|(_, last)| credential(last)) {
        name = rest.trim_end().trim_end_matches(',').trim_end();
        stripped = true;
    }
    (stripped && is_name_shaped(name)).then_some(name)
}

/// Whether `name` is shaped like a person's name: two to four words, each capitalised or in a
/// script without case, not all capitals, letters and name marks only.
fn is_name_shaped(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_alphabetic() && !c.is_lowercase()))
        && name.chars().any(char::is_lowercase)
        && name.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
}

/// A page's block texts joined by newlines, for [`written_lowercase`], with the words it has
/// already been asked about: the byline checks ask about the same few names again and again.
struct Page {
    text: String,
    looked_up: RefCell<FxHashMap<String, bool>>,
}

impl Page {
    fn new(texts: &[&str]) -> Page {
        Page { text: texts.join("\n"), looked_up: RefCell::default() }
    }
}

/// Whether `word` (two letters or more, no whitespace) is written lowercase somewhere on `page`:
/// then it is a common word, and a line of such words a label, not a name.
fn written_lowercase(word: &str, page: &Page) -> bool {
    let lower = word.to_lowercase();
    if lower.chars().count() < 2 || lower == word {
        return false;
    }
    if let Some(&written) = page.looked_up.borrow().get(&lower) {
        return written;
    }
    // One search over the joined page, not one per block: a newline bounds a word as the start or
    // the end of a block does.
    let text = page.text.as_str();
    let written = memchr::memmem::find_iter(text.as_bytes(), lower.as_bytes()).any(|at| {
        let before = text[..at].chars().next_back();
        let mut rest = text[at + lower.len()..].chars();
        let after = rest.next();
        // Not inside an address ("jane@example.org", "hi@jane.blog", "example.org/jane"); a
        // full stop ends a sentence unless a letter follows it.
        let dotted = after == Some('.') && rest.next().is_some_and(char::is_alphanumeric);
        let address = |c: char| matches!(c, '@' | '/');
        before.is_none_or(|c| !c.is_alphanumeric() && !address(c) && c != '.')
            && after.is_none_or(|c| !c.is_alphanumeric() && !address(c))
            && !dotted
    });
    page.looked_up.borrow_mut().insert(lower, written);
    written
}

/// Words of a page's controls, never of a person's name: "Search Toggle", "Select Page", "Hide
/// Related Pages" stand where a bare name would.
fn is_control_word(word: &str) -> bool {
    const CONTROLS: &[&str] = &[
        "toggle",
        "select",
        "hide",
        "related",
        "download",
        "search",
        "menu",
        "skip",
        "login",
        "subscribe",
        "navigation",
    ];
    CONTROLS.iter().any(|c| word.eq_ignore_ascii_case(c))
}

/// Whether every word of a byline's name is written lowercase elsewhere on the page: "By Role"
/// and "By Industry" in a filter menu name no one.
fn common_words(name: &str, page: &Page) -> bool {
    name.split_whitespace().all(|word| written_lowercase(word, page))
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
        [part, head].into_iter().find(|name| is_name_shaped(name) && is_name(name))
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
pub(crate) fn is_title_like(stats: &BlockStats) -> bool {
    stats.words >= 2 && stats.words <= 30 && stats.sentence_ends <= 1 && stats.chars >= 10 && !stats.ends_with_colon
}

/// Joiners between two authors' names, in the supported languages.
static AND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+(?:and|&|und|et|y|e|i|og|en|och|ve|и|і|a)\s+|\s*[、，;]\s*|\s+و\s*")
        .expect("joiner pattern compiles")
});

/// The authors' names in a byline's name part: "Jane Doe and John Roe" gives two; a role or an
/// agency after a comma, slash or parenthesis goes ("Jane Doe, Staff Writer", "Jane Doe/AP",
/// "Jane Doe (dpa)"). A later comma-separated part stays only when it reads as a name.
pub(crate) fn authors(byline: &str) -> Vec<&str> {
    let cut = byline.find(['/', '(', '|', '·', '•', '—', '–', '@']).map_or(byline, |at| &byline[..at]);
    let mut names = Vec::new();
    for (k, part) in cut.split([',', '\u{FF0C}']).enumerate() {
        let part = part.trim();
        if part.is_empty() || ROLE.is_match(part) {
            continue;
        }
        for name in AND.split(part) {
            let name = name.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ':' | ';' | '-'));
            let words = name.split_whitespace().count();
            // After the first part, only what reads as a person's name: two to four words, each
            // capitalised or in a script without case.
            let reads_as_name = (2..=4).contains(&words)
                && name
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase() && !c.is_numeric()));
            if !name.is_empty() && (k == 0 || reads_as_name) {
                names.push(name);
            }
        }
    }
    names
}

/// The headline in a page title: without a site name before it ("Site | Headline", a head of at
/// most three words before a headline at least twice as long) or after it ("Headline | Site", a
/// tail of at most five words).
pub(crate) fn headline_part(title: &str) -> &str {
    let words = |s: &str| s.split_whitespace().count();
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
                // The site's name takes up to five words; a section before it one or two.
                let most = if headline.len() == title.len() { 5 } else { 2 };
                if at > 0 && words(tail) <= most && words(head) >= 1 {
                    headline = head;
                    continue 'strip;
                }
            }
        }
        return headline;
    }
}

/// What separates a page title's headline from the site's name.
const SITE_SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " · "];

/// Found metadata: the block index and the byte range of the value.
#[derive(Default)]
pub(crate) struct Metadata {
    pub(crate) title: Option<(usize, Range<usize>)>,
    pub(crate) byline: Option<(usize, Range<usize>)>,
    pub(crate) date: Option<(usize, Range<usize>)>,
    /// The publication date and where it is written (in the date line, the byline's line or
    /// another short line near the body's start).
    pub(crate) published: Option<(Range<usize>, Date)>,
    /// The update date, when one is written near the publication date.
    pub(crate) updated: Option<Date>,
    /// Blocks that the next passes would take, one a pass, for the byline or the title once the
    /// one found is gone ("By" lines between paragraphs, lines shaped like the headline): they go
    /// with it in this pass, so the loop settles in a few passes whatever the page's length.
    pub(crate) cascade: Vec<(usize, Reason)>,
    /// The names in the cascade's bylines, as byte ranges of the input.
    pub(crate) cascade_names: Vec<Range<usize>>,
}

/// How a page is read: the day order its language uses, the time to count relative dates back
/// from when the caller gave one, and whether the text is an extractor's output (whose headline
/// stays in the text, so its first line may be both the title and the body's first block).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reading {
    pub(crate) order: DayOrder,
    pub(crate) now: Option<Date>,
    pub(crate) extract: bool,
}

/// How far before the body's start a block like the page's first line is taken for its
/// headline, in blocks.
const TITLE_REACH: usize = 300;

/// How far into the body a block that closely matches the page's first line is still its
/// headline, in blocks (an intro or a menu kept before the headline).
const TITLE_INTO_BODY: usize = 10;

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

/// How far before the body's start the title, byline and date are looked for, in blocks.
const META_WINDOW: usize = 25;

/// How far down the page the headline that repeats the page's title is looked for, in blocks.
const HEADLINE_REACH: usize = 400;

/// How like the page's first line a block in the body must be to be its headline.
const CLOSE_TITLE: f32 = 0.8;

/// How far into the body the byline and date are looked for, in blocks.
const META_AFTER: usize = 9;

/// The byline's name in `text`, read as a reader saw it ("By [Jane Doe](url)" names Jane Doe),
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

pub(crate) fn find(
    input: &str,
    texts: &[&str],
    stats: &[BlockStats],
    reasons: &[Option<Reason>],
    region: &Range<usize>,
    body_start: usize,
    reading: Reading,
) -> Metadata {
    let mut meta = Metadata::default();
    let n = texts.len();
    if n == 0 {
        return meta;
    }
    let page = Page::new(texts);
    let base = input.as_ptr() as usize;
    let range_of = |s: &str| {
        let start = s.as_ptr() as usize - base;
        start..start + s.len()
    };
    // The first kept block from `body_start` on: where the article starts.
    let first_body = (body_start.min(n)..n).find(|&i| reasons[i].is_none()).unwrap_or(region.start.min(n));
    let lo = first_body.saturating_sub(META_WINDOW);
    // A body can start with a standfirst or an intro the byline and date follow.
    // Not into comments under the article: a commenter's name and stamp are not its byline and date.
    let comments_from = (first_body..n).find(|&i| matches!(reasons[i], Some(Reason::Comments))).unwrap_or(n);
    let hi = (first_body + META_AFTER).min(comments_from).min(n);
    let free = |i: usize| matches!(reasons[i], None | Some(Reason::OutsideBody | Reason::LowContent));
    // A byline or a date can look like a lone number, a caption, a menu entry or a keyword list;
    // metadata wins over all of them.
    let eligible = |i: usize| {
        free(i) || matches!(reasons[i], Some(Reason::Junk | Reason::Caption | Reason::Navigation | Reason::Keywords))
    };
    // "By" alone on its line over the name ("By" / "Jane Doe, Ph.D."), as page templates set it.
    let name_under_particle = |i: usize| {
        let j = i + 1;
        (j < n && eligible(i) && eligible(j) && LONE_PARTICLE.is_match(texts[i]) && stats[j].words <= 8)
            .then(|| texts[j])
            .and_then(|line| {
                // The name up to a role or a desk after a comma or a bar ("Jane Doe | The Newsroom");
                // under the particle, a first name alone is a name too ("By" / "Lauren").
                let name = line.split([',', '|']).next().unwrap_or(line).trim();
                let single = !name.contains(char::is_whitespace)
                    && name.chars().next().is_some_and(char::is_uppercase)
                    && name.chars().skip(1).any(char::is_lowercase)
                    && name.chars().all(char::is_alphabetic)
                    && !written_lowercase(name, &page);
                (is_name_shaped(name) || single).then_some(line)
            })
    };

    // A byline line in the window: "By Jane Doe", or "By" over the name; the block that holds the
    // name and the name.
    let byline_at = |i: usize| {
        // "Staff" alone is a desk's byline beside a date, elsewhere a menu's entry; so is one word
        // after "By" ("By Modality" heads a filter menu).
        let desk = |name: &str| {
            (STAFF.is_match(name) || !name.contains(char::is_whitespace))
                && !contains_date(texts[i])
                && !(i.saturating_sub(2)..(i + 3).min(n)).any(|j| j != i && is_date(texts[j], &stats[j]))
        };
        eligible(i)
            .then(|| byline_in(texts[i], &stats[i]))
            .flatten()
            .filter(|name| name.split_whitespace().nth(1).is_some() || !common_words(name, &page))
            .filter(|name| !desk(name))
            .map(|name| (i, name))
            .or_else(|| name_under_particle(i).map(|name| (i + 1, name)))
    };
    for i in lo..hi {
        if meta.date.is_none() && eligible(i) && is_date(texts[i], &stats[i]) {
            meta.date = Some((i, range_of(texts[i])));
        }
        if meta.byline.is_none()
            && let Some((at, name)) = byline_at(i)
        {
            meta.byline = Some((at, range_of(name)));
        }
    }

    // A name alone next to the date, or beside the date in its line ("Amit Samsukha October 11,
    // 2024"), is the byline: the headline, name and date stand together. Labels read like names
    // ("Key Takeaways", "Free Trial"), but their words are written lowercase elsewhere on the page.
    let a_name = |name: &str| {
        is_name_shaped(name)
            && !name.split_whitespace().any(|word| written_lowercase(word, &page) || is_control_word(word))
    };
    if meta.byline.is_none()
        && let Some((d, _)) = meta.date
    {
        // Right beside the date line, a surname may be a word written lowercase elsewhere ("Madison
        // Green" on a page about green cleaning); the given name may not, nor be an acronym ("HR
        // Strategy").
        let given_name = |name: &str| {
            name.split_whitespace()
                .next()
                .is_some_and(|first| first.chars().any(char::is_lowercase) && !written_lowercase(first, &page))
        };
        let beside_name =
            |j: usize| a_name(texts[j]) || (d.abs_diff(j) == 1 && is_name_shaped(texts[j]) && given_name(texts[j]));
        // A reading time, a bullet or a share row may stand between the name and the date.
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
        let beside = [d.wrapping_sub(1), d + 1, d.wrapping_sub(2), d + 2].into_iter().chain(above).chain(below);
        meta.byline = beside
            .filter(|&j| j < n && eligible(j))
            .find(|&j| {
                (is_bare_name(texts[j], &stats[j]) && beside_name(j))
                    || credentialed_name(texts[j]).is_some_and(a_name)
                    || name_with_role(texts[j]).is_some_and(a_name)
            })
            .map(|j| (j, range_of(texts[j])));
    }
    if meta.byline.is_none() {
        for i in lo..hi {
            if !eligible(i) || stats[i].words > DATED_NAME_WORDS {
                continue;
            }
            if let Some(name) = name_beside_date(texts[i], a_name) {
                meta.byline = Some((i, range_of(name)));
                break;
            }
        }
    }

    // Failing that, a byline line ("By Jane Doe", or "Author" over the name) higher up, above an
    // intro or a table of contents the region left out: the nearest one above the window, with a
    // name no filter menu has ("By Company Size").
    let above_window = |i: usize| {
        if !eligible(i) || stats[i].words > DATED_NAME_WORDS {
            return None;
        }
        captures_in(&BYLINE, texts[i])
            .and_then(|c| c.name("name"))
            .map(|m| until_sentence_end(m.as_str()).trim_end_matches([',', '.', ' ']))
            .filter(|name| a_name(name))
            .map(|name| (i, name))
            .or_else(|| {
                // "By" / "Company Size" is a filter menu's too: no word of a name is written
                // lowercase on the page.
                name_under_particle(i)
                    .filter(|line| {
                        let name = line.split([',', '|']).next().unwrap_or(line);
                        !name.split_whitespace().any(|w| written_lowercase(w, &page) || is_control_word(w))
                    })
                    .map(|name| (i + 1, name))
            })
    };
    if meta.byline.is_none() {
        meta.byline = (0..lo).rev().find_map(above_window).map(|(at, name)| (at, range_of(name)));
    }

    // Failing all that, an author box after the body's first block (under a short article it sits
    // inside the window): "Written by Jane Doe", "About the author" over a name. Comments are not
    // looked in.
    let author_box = |i: usize| {
        if stats[i].words > 8 {
            return None;
        }
        let after_header = i > 0 && AUTHOR_HEADER.is_match(texts[i - 1]);
        let named = |text: &str| is_bare_name(text, &stats[i]) && a_name(text);
        // Over a link to the author's page ("Jane Doe" / "Author's Profile"), or over a bio that
        // starts with the name, "I'm" or the author's trade in brackets and names a trade soon
        // (a product's name over its description names none).
        let bio = |j: usize| {
            let text = texts[j];
            let given = texts[i].split_whitespace().next().unwrap_or_default();
            let mut end = text.len().min(BIO_HEAD);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let head = &text[..end];
            let opens = text.starts_with("I'm ")
                || text.starts_with("I’m ")
                || text.starts_with("I am ")
                || text.starts_with('(')
                || [texts[i], given].into_iter().any(|lead| {
                    text.strip_prefix(lead)
                        .and_then(|rest| rest.strip_prefix(' '))
                        .and_then(|rest| rest.chars().next())
                        .is_some_and(char::is_lowercase)
                });
            stats[j].words >= 8 && opens && TRADE.is_match(head)
        };
        let boxed = || (i + 1..(i + 3).min(n)).any(|j| AUTHOR_LINK.is_match(texts[j]) || bio(j));
        // Under the header, a name, or a name and its credentials ("Jane Doe, MD").
        if (after_header && (named(texts[i]) || credentialed_name(texts[i]).is_some_and(&a_name)))
            || (named(texts[i]) && boxed())
        {
            Some((i, texts[i]))
        } else {
            captures_in(&BYLINE, texts[i])
                .and_then(|c| c.name("name"))
                .map(|m| m.as_str().trim_end_matches([',', '.', ' ']))
                // "Written by" names its author, a team's or a company's name too ("Written
                // by Example Growth Marketing"); a bare "By" may head a filter menu.
                .filter(|name| {
                    !common_words(name, &page)
                        || (WRITTEN_BY.is_match(texts[i]) && name.split_whitespace().nth(1).is_some())
                })
                .map(|name| (i, name))
        }
    };
    let boxes_from = (first_body + 1).min(hi);
    let boxes_to = (boxes_from..n).find(|&i| matches!(reasons[i], Some(Reason::Comments))).unwrap_or(n);
    if meta.byline.is_none() {
        meta.byline = (boxes_from..boxes_to).find_map(author_box).map(|(at, name)| (at, range_of(name)));
    }

    // With the byline gone, the next pass would take the next line any of the ways above finds,
    // and so on, one a pass: they all go now. Only what this pass keeps is there for the next.
    if let Some((first, _)) = meta.byline {
        let kept = |&(at, _): &(usize, &str)| at != first && reasons[at].is_none();
        let in_window = |i: usize| {
            byline_at(i).or_else(|| {
                (eligible(i) && stats[i].words <= DATED_NAME_WORDS)
                    .then(|| name_beside_date(texts[i], a_name))
                    .flatten()
                    .map(|name| (i, name))
            })
        };
        let kept_byline = |i: usize| in_window(i).filter(kept);
        let mut cascade = window_cascade(first, lo..hi, first_body, comments_from, kept_byline);
        let others = (0..lo).rev().filter_map(above_window).chain((boxes_from..boxes_to).filter_map(author_box));
        cascade.extend(others.filter(kept));
        cascade.sort_unstable_by_key(|&(i, _)| i);
        cascade.dedup_by_key(|&mut (i, _)| i);
        meta.cascade = cascade.iter().map(|&(i, _)| (i, Reason::Byline)).collect();
        meta.cascade_names = cascade.iter().map(|&(_, name)| range_of(name)).collect();
    }

    // The title: the best-scoring headline-like block in the window before the body. The page's
    // first line is often the HTML title ("Headline - Site"), so a block it contains is the
    // headline; a block next to the byline or date is likely; nearer the body is better.
    let first_line = texts[0];
    // Headlines sit above their byline and date; what sits between those and the body is more
    // often a standfirst or a row of tools ("Add to reading list").
    let near_meta = |i: usize| {
        [&meta.date, &meta.byline]
            .iter()
            .filter_map(|m| m.as_ref().map(|(j, _)| *j))
            .filter(|&j| i.abs_diff(j) <= 2 && i != j)
            .map(|j| if i < j { 6 } else { 3 })
            .max()
    };
    let mut title: Option<(i32, usize)> = None;
    // Whether the best block stands right above the byline or date, as headlines do.
    let mut above_meta = false;
    for i in lo..=first_body.min(n - 1) {
        let taken = meta.date.as_ref().is_some_and(|d| d.0 == i) || meta.byline.as_ref().is_some_and(|b| b.0 == i);
        if taken || !free(i) || !is_title_like(&stats[i]) {
            continue;
        }
        // The first block of the body is never the title: the cleaned text must clean to itself.
        if i == first_body && reasons[i].is_none() {
            continue;
        }
        let mut score = -((first_body - i) as i32);
        if i > 0 && first_line.contains(texts[i]) {
            score += 20;
        }
        score += near_meta(i).unwrap_or(0);
        if stats[i].words >= 5 {
            score += 3;
        }
        if i == 0 {
            score -= 4;
        }
        if title.is_none_or(|(best, _)| score >= best) {
            title = Some((score, i));
            above_meta = near_meta(i).is_some_and(|bonus| bonus == 6);
        }
    }
    // The page's first line is most often the HTML title ("Headline | Site"), and the headline
    // shown on the page shares most of its words: the block around the body's start most like
    // it is the headline; failing one, the first line itself. A rule's verdict on the first line
    // says little (titles read like ad copy or keyword lists), but a menu or a legal line is not
    // a title.
    let shaped = |i: usize| {
        matches!(
            reasons[i],
            Some(
                Reason::Keywords
                    | Reason::Advertising
                    | Reason::Caption
                    | Reason::Teaser
                    | Reason::UnrelatedHeadlines
                    | Reason::Junk
            )
        )
    };
    let s0 = &stats[0];
    let first_is_title = (free(0) || shaped(0))
        && (3..=30).contains(&s0.words)
        && s0.chars >= 10
        && s0.sentence_ends <= 3
        && !s0.ends_with_colon
        && !is_bare_name(texts[0], s0)
        // Kept as the body's first block, only a page title: not a sentence.
        && (first_body > 0 || reasons[0].is_some() || (s0.sentence_ends == 0 && !texts[0].ends_with('.')));
    if first_is_title {
        let headline = title_words(headline_part(first_line));
        // How much a block is like the first line, if it can be the headline.
        let alike = |i: usize| {
            let taken = meta.date.as_ref().is_some_and(|d| d.0 == i) || meta.byline.as_ref().is_some_and(|b| b.0 == i);
            if taken || !is_title_like(&stats[i]) || is_bare_name(texts[i], &stats[i]) {
                return None;
            }
            let likeness = overlap(&headline, &title_words(texts[i]));
            // Beyond the body's start, or ruled out by its shape, only a close match.
            let close = likeness >= CLOSE_TITLE;
            let in_body = i > first_body || (i == first_body && reasons[i].is_none());
            // The body's first block, shaped as a headline (no sentence ending in a full stop),
            // is the headline at a lower likeness.
            let headline_first =
                i == first_body && stats[i].words <= 20 && !texts[i].ends_with('.') && stats[i].sentence_ends <= 1;
            if likeness < 0.5 || (in_body && !close && !headline_first) || !(free(i) || (close && shaped(i))) {
                return None;
            }
            Some(likeness)
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
        // While the first line stays, the next pass takes the next block as like it that this pass
        // keeps, as the headline, and so on: they all go now, the reach into the body growing by
        // one for each.
        if let Some((_, found)) = best
            && found > 0
            && reasons[0].is_none()
        {
            let next = |i: usize| {
                i != found && reasons[i].is_none() && alike(i).is_some_and(|likeness| likeness >= CLOSE_TITLE)
            };
            let mut end = reach.end;
            let mut i = reach.start;
            while i < end.min(n) {
                if next(i) {
                    meta.cascade.push((i, Reason::Title));
                    end += 1;
                }
                i += 1;
            }
        }
        // Failing a block like it, a headline over the byline or date beats the first line; the
        // first line is the title only when it is not the body's first block.
        let first_is_body = first_body == 0 && reasons[0].is_none();
        match best {
            Some((_, i)) => title = Some((0, i)),
            None if !above_meta && !first_is_body => title = Some((0, 0)),
            // An extract's headline-shaped first line is its headline: it stays in the text.
            None if first_is_body => title = reading.extract.then_some((0, 0)),
            None => {}
        }
    }
    let title = title.map(|(_, i)| i);
    if let Some(i) = title {
        let value = without_date(markup::strip_heading(if i == 0 { headline_part(texts[0]) } else { texts[i] }));
        meta.title = Some((i, range_of(value)));
        // A bare name next to the title is the byline; so is one word alone between the title and
        // the date ("Headline" / "Gabo" / "Jan 23"), a first name or a company's.
        let title_text = &input[meta.title.as_ref().map_or(0..0, |(_, r)| r.clone())];
        let j = meta.date.as_ref().map_or(0, |d| d.0).wrapping_sub(1);
        if meta.byline.is_none()
            && j < n
            && j > 0
            && (j == i + 1 || markup::strip_heading(texts[j - 1]) == title_text)
            && free(j)
            && ((stats[j].words == 1
                && texts[j].chars().next().is_some_and(char::is_uppercase)
                && texts[j].chars().any(char::is_lowercase)
                && texts[j].chars().all(char::is_alphabetic)
                && !written_lowercase(texts[j], &page))
                // Or a team's name of capitalised words ("Example Connect Team") just there.
                || is_bare_name(texts[j], &stats[j]))
            && !texts[j].split_whitespace().any(is_control_word)
        {
            meta.byline = Some((j, range_of(texts[j])));
        }
        if meta.byline.is_none() {
            for j in [i.wrapping_sub(1), i + 1, i + 2] {
                if j < n
                    && free(j)
                    && meta.date.as_ref().is_none_or(|d| d.0 != j)
                    && is_bare_name(texts[j], &stats[j])
                    && a_name(texts[j])
                {
                    meta.byline = Some((j, range_of(texts[j])));
                    break;
                }
            }
        }
    }

    // Headlines stand above their byline and date. When the window around the body's start had
    // none (an intro, a table of contents or a form between the headline and the body), they are
    // looked for just around the headline (not around the page's first line, the HTML title).
    // The title read from the page's first line stands again on the page as its headline.
    let headline_at = |(t, range): (usize, Range<usize>)| {
        if t > 0 {
            return Some(t);
        }
        let title = &input[range];
        (1..n.min(HEADLINE_REACH)).find(|&j| texts[j] == title || markup::strip_heading(texts[j]) == title)
    };
    if let Some(t) = meta.title.clone().and_then(headline_at)
        && (meta.byline.is_none() || meta.date.is_none())
    {
        if meta.byline.is_none() && t + 2 < n && eligible(t + 1) && is_date(texts[t + 2], &stats[t + 2]) {
            let word = texts[t + 1];
            if stats[t + 1].words == 1
                && word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().any(char::is_lowercase)
                && word.chars().all(char::is_alphabetic)
                && !written_lowercase(word, &page)
                && !is_control_word(word)
            {
                meta.byline = Some((t + 1, range_of(word)));
            }
        }
        for j in (t.saturating_sub(2)..(t + 5).min(n)).filter(|&j| j != t && eligible(j)) {
            if meta.date.is_none() && is_date(texts[j], &stats[j]) {
                meta.date = Some((j, range_of(texts[j])));
            }
            if meta.byline.is_none() {
                let name = byline_in(texts[j], &stats[j])
                    .filter(|name| name.split_whitespace().nth(1).is_some() || !common_words(name, &page))
                    .or_else(|| (stats[j].words <= 10).then(|| name_beside_date(texts[j], a_name)).flatten())
                    .map(|name| (j, name))
                    .or_else(|| name_under_particle(j).map(|name| (j + 1, name)));
                meta.byline = name.map(|(at, name)| (at, range_of(name)));
            }
        }
    }

    // A name runs into what follows it on its line ("Jane Doe Executive Editor and Master Gardener",
    // "A. J. Neal View In Digital Edition"): it ends at a role's word or at a word the page also
    // writes lowercase, two words in. A list of names after commas is left whole, and so is a
    // short one.
    if let Some((i, range)) = meta.byline.clone() {
        let byline = &input[range.clone()];
        // Long: a team's or a company's name ("Example Editorial Team") is short.
        if !byline.contains([',', '|']) && byline.split_whitespace().nth(RUN_ON_WORDS - 1).is_some() {
            let mut words = byline.split_whitespace().enumerate();
            let cut = words.find(|&(k, word)| {
                k >= 2
                    && word.chars().next().is_some_and(char::is_uppercase)
                    && (ROLE.is_match(word) || written_lowercase(word, &page))
            });
            if let Some((_, word)) = cut {
                let end = word.as_ptr() as usize - byline.as_ptr() as usize;
                let name = byline[..end].trim_end();
                meta.byline = Some((i, range_of(name)));
            }
        }
    }

    // The publication date: in the date line, else in the byline's line ("By Jane Doe | March 3,
    // 2025"), else in the short line nearest the body's start that holds one ("November 28, 2025
    // / Wellness", "Dec 18, 2025 · 10 min read"). Not in comments or lists of other stories.
    let short = |i: usize| {
        stats[i].words <= 16
            && stats[i].digits > 0
            && !matches!(reasons[i], Some(Reason::Comments | Reason::UnrelatedHeadlines | Reason::Legal))
    };
    let mut near: Vec<usize> = (lo..hi).filter(|&i| short(i)).collect();
    near.sort_by_key(|&i| (i.abs_diff(first_body), i > first_body));
    let named = [&meta.date, &meta.byline].into_iter().flatten().map(|(i, _)| *i);
    let candidates: Vec<usize> = named.chain(near).collect();
    // Where the update date was read: the publication date when the page gives no other.
    let mut update_at = None;
    for &i in &candidates {
        let found = date::dates_in(texts[i], reading.order);
        if meta.updated.is_none()
            && let Some(update) = found.iter().find(|f| f.updated)
        {
            meta.updated = Some(update.date);
            let line = range_of(texts[i]);
            let whole = meta.date.as_ref().is_some_and(|(d, _)| *d == i);
            update_at = Some(if whole { line } else { line.start + update.at.start..line.start + update.at.end });
        }
        if let Some(first) = found.into_iter().find(|f| !f.updated) {
            // The date line is the date as written; elsewhere, the date inside its line.
            let line = range_of(texts[i]);
            let at = if meta.date.as_ref().is_some_and(|(d, _)| *d == i) {
                line
            } else {
                line.start + first.at.start..line.start + first.at.end
            };
            meta.published = Some((at, first.date));
            break;
        }
    }
    // A relative date ("2 hours ago") only against the time the caller says it is.
    if meta.published.is_none()
        && let Some(now) = reading.now
    {
        meta.published =
            candidates.iter().find_map(|&i| date::relative_in(texts[i], now).map(|date| (range_of(texts[i]), date)));
    }
    // Failing a date near the body's start or the headline (the article region missed where the
    // headline stands), the first date the page gives as its own: a date line, or a dated byline,
    // alone (no other date within three blocks: not a list of dated items), before any comments
    // header, outside lists of other stories, teasers and legal lines.
    if meta.published.is_none() && meta.updated.is_none() {
        let own = |i: usize| {
            !matches!(reasons[i], Some(Reason::Comments | Reason::UnrelatedHeadlines | Reason::Legal | Reason::Teaser))
        };
        let dated = |i: usize| {
            stats[i].digits > 0
                && stats[i].words <= 16
                && (is_date(texts[i], &stats[i])
                    || (contains_date(texts[i]) && byline_in(texts[i], &stats[i]).is_some()))
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
            let found = date::dates_in(texts[i], reading.order);
            if let Some(first) = found.iter().find(|f| !f.updated).or(found.first()) {
                let line = range_of(texts[i]);
                meta.published = Some((line.start + first.at.start..line.start + first.at.end, first.date));
                if first.updated {
                    meta.updated = Some(first.date);
                }
                break;
            }
        }
    }
    // A page that says only when it was updated ("Last updated on June 19, 2025") was published
    // then or before: that is the date it gives, and `updated` says it is an update.
    if meta.published.is_none()
        && let (Some(at), Some(date)) = (update_at, meta.updated)
    {
        meta.published = Some((at, date));
    }

    meta
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
            ("by the way, nobody came", None),
            ("Par Marie Dupont", Some("Marie Dupont")),
            ("Ein Kommentar von Jonas Weber", Some("Jonas Weber")),
            ("Analysis by Jane Doe", Some("Jane Doe")),
            ("Une chronique de Marie Dupont", Some("Marie Dupont")),
            ("Ein Artikel von gestern", None),
            ("Staff Report", Some("Staff Report")),
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
        ];
        for (line, name) in table {
            assert_eq!(byline_name(line, &stats(line)), name, "{line}");
        }
        assert!(is_bare_name("Eva Lindqvist", &stats("Eva Lindqvist")));
        assert!(!is_bare_name("More Posts", &stats("More Posts")) || stats("More Posts").stopwords > 0);
    }

    #[test]
    fn author_names() {
        let table: &[(&str, &[&str])] = &[
            ("Jane Doe", &["Jane Doe"]),
            ("Jane Doe and John Roe", &["Jane Doe", "John Roe"]),
            ("Jane Doe, John Roe and Ann Lee", &["Jane Doe", "John Roe", "Ann Lee"]),
            ("Jane Doe, Staff Writer", &["Jane Doe"]),
            ("Jane Doe, Example Wire", &["Jane Doe"]),
            ("Jane Doe/AP", &["Jane Doe"]),
            ("Anna Beispiel (dpa)", &["Anna Beispiel"]),
            ("Anna Beispiel und Max Muster", &["Anna Beispiel", "Max Muster"]),
            ("Marie Dupont et Paul Martin", &["Marie Dupont", "Paul Martin"]),
            ("Ana García y Luis Pérez", &["Ana García", "Luis Pérez"]),
            // A desk, not a person.
            ("Staff Report", &[]),
            ("郑雨桐", &["郑雨桐"]),
            ("Jane Doe | Published March 3", &["Jane Doe"]),
            ("Jane Doe, Reuters", &["Jane Doe"]),
            ("Jane Doe, CEO of Example", &["Jane Doe"]),
            ("Jane Doe, MD, RD", &["Jane Doe"]),
            ("Dr Marna van der Merwe, Dr Dieter Veldsman", &["Dr Marna van der Merwe", "Dr Dieter Veldsman"]),
        ];
        for (byline, names) in table {
            assert_eq!(authors(byline), *names, "{byline}");
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
            // "by" inside a line without a date is not a byline.
            ("Sorted by Most Popular", None),
            // A handle after "by" in a dated line; not without the date.
            ("Posted on July 1, 2024 by jdoe", Some("jdoe")),
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
    fn labels_are_not_names() {
        let page = ["Key Takeaways", "The key takeaways of the study are below.", "Jane Doe"];
        assert!(written_lowercase("Takeaways", &Page::new(&page)));
        assert!(!written_lowercase("Jane", &Page::new(&page)));
        // A word inside another word does not count.
        assert!(!written_lowercase("Doe", &Page::new(&["Doesn't matter"])));
        assert!(is_name_shaped("Jane Doe"));
        assert!(!is_name_shaped("JANE DOE"));
        assert!(!is_name_shaped("Jane"));
        assert!(!is_name_shaped("jane doe"));
        assert!(AUTHOR_HEADER.is_match("About the author"));
        assert!(AUTHOR_HEADER.is_match("Über den Autor"));
        assert!(!AUTHOR_HEADER.is_match("About the author of this policy, who said"));
        assert!(AUTHOR_HEADER.is_match("Meet the Writer"));
        assert!(AUTHOR_HEADER.is_match("Article written by:"));
        assert_eq!(credentialed_name("Dylan Bailey, MS, RD, FAND"), Some("Dylan Bailey"));
        assert_eq!(credentialed_name("Jeffrey A. Slotnick CPP, PSP"), Some("Jeffrey A. Slotnick"));
        assert_eq!(credentialed_name("Jane Doe"), None, "no credentials");
        assert_eq!(credentialed_name("Read the FAQ"), None, "not a name");
    }

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
    }

    #[test]
    fn common_words_and_controls_are_not_names() {
        let texts = ["Write to russell@example.org or hi@clay.global", "A green roof. The roof is green."];
        // An address is not the word written lowercase; a sentence's last word is.
        assert!(!written_lowercase("Russell", &Page::new(&texts)));
        assert!(!written_lowercase("Clay", &Page::new(&texts)));
        assert!(written_lowercase("Green", &Page::new(&texts)));
        assert!(written_lowercase("Roof", &Page::new(&texts)));
        for word in ["Toggle", "Select", "Hide", "Related", "Search"] {
            assert!(is_control_word(word), "{word}");
        }
        assert!(!is_control_word("Page"), "a surname");
    }
}
