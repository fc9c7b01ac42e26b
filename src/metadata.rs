//! Title, byline and date: found from patterns, the blocks' shape and their position around the
//! start of the body.

use crate::stats::BlockStats;
use regex::Regex;
use std::sync::LazyLock;

const MONTH: &str = r"(?:jan|feb|fév|fev|mär|mar|apr|avr|abr|may|mai|mei|mag|maj|jun|jui|giu|jul|lug|aug|ago|aoû|sep|set|oct|okt|out|ott|nov|dec|dez|déc|dic|ene|gen|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru)\p{L}*\.?";

static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let lead = r"(?:(?:published|posted|updated|last updated|modified|date|veröffentlicht|aktualisiert|zuletzt aktualisiert|erschienen|stand|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|publicerad|uppdaterad)(?:\s+(?:on|am|le|el|il|op|den))?\s*:?\s*)?";
    let weekday = r"(?:\p{L}{2,}\.?,?\s+)?";
    let date = format!(
        r"(?:\d{{1,2}}(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+)?{MONTH}(?:\s+de)?,?\s+\d{{4}}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})|\d{{4}}[-/](?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|[12]\d|3[01]))"
    );
    let time = r"(?:(?:,|\s|-|\||·|•)*(?:at|um|à|a las|alle|om|kl\.)?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?(?:\s*\(?[A-Z]{2,5}\)?)?)?";
    let relative = r"(?:\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|vor\s+\d+\s+(?:minuten|stunden|tagen|wochen)|il y a\s+\d+\s+(?:minutes?|heures?|jours?)|hace\s+\d+\s+(?:minutos?|horas?|días?))";
    let clock = r"\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?(?:\s*\(?[A-Z]{2,5}\)?)?";
    // What may follow the date: an update time ("mis à jour à 21h05") or a reading time.
    let tail = r"(?:\s*(?:,|\||·|•|-|–)?\s*(?:updated|last updated|mis à jour|aktualisiert|actualizado|aggiornato|bijgewerkt)\b[^|]{0,40}|\s*(?:\||·|•|-|–)\s*\d+\s*(?:min|minutes?|minuten|minutos|minuti)\.?(?:\s*(?:read|lesezeit|de lecture|de lectura|di lettura))?)?";
    Regex::new(&format!(r"(?i)^{lead}(?:{weekday}{date}{time}|{clock},?\s+{weekday}{date}|{relative}){tail}\W*$"))
        .expect("date pattern compiles")
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|del|della|di|du|le|la|bin|al))*";
    Regex::new(&format!(
        r"^(?:(?P<staff>(?i:staff report|staff reports|staff writer|staff|redaktion|la rédaction|redacción|redazione|redactie))$|(?i:(?:(?:an?|ein|eine|un|une|uno|una|een)\s+)?(?:article|analysis|column|commentary|opinion|interview|essay|report|artikel|beitrag|gastbeitrag|kommentar|analyse|kolumne|bericht|reportage|chronique|tribune|artículo|columna|articolo|commento)\s+(?:by|von|de|par|por|di|door)|by|written by|words by|text by|story by|reporting by|von|text:|texte?:|par|por|di|door|av|autor:|autorin:|author:|autore:|auteur:)\s+(?P<name>{name}(?:\s*(?:&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*{name})*))"
    ))
    .expect("byline pattern compiles")
});

static DATE_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|\W)(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\.?\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago|vor\s+\d+\s+(?:minuten|stunden|tagen|wochen|monaten|jahren))"
    ))
    .expect("date pattern compiles")
});

/// Whether the block contains a date anywhere ("Jane says: March 3, 2024 at 9:15").
pub(crate) fn contains_date(text: &str) -> bool {
    DATE_INSIDE.is_match(text)
}

/// Whether the whole block is a date (with an optional "Published"/"Updated" lead and a time).
pub(crate) fn is_date(text: &str, stats: &BlockStats) -> bool {
    // Every form of date has a digit in it.
    stats.words <= 14 && stats.digits > 0 && DATE_LINE.is_match(text)
}

/// The byline's name part when the block is a byline ("By Jane Doe", "Von Max Muster").
pub(crate) fn byline_name<'a>(text: &'a str, stats: &BlockStats) -> Option<&'a str> {
    if stats.words > 16 || stats.sentence_ends > 1 {
        return None;
    }
    let captures = BYLINE.captures(text)?;
    captures.name("name").or(captures.name("staff")).map(|m| m.as_str().trim_end_matches([',', '.', ' ']))
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

/// Whether the block can be a title: a headline's length, not a sentence run.
pub(crate) fn is_title_like(stats: &BlockStats) -> bool {
    stats.words >= 2 && stats.words <= 30 && stats.sentence_ends <= 1 && stats.chars >= 10 && !stats.ends_with_colon
}

/// Strips a trailing site name from a page title: "Headline - Site" or "Headline | Site".
pub(crate) fn strip_site_suffix(title: &str) -> &str {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some(at) = title.rfind(sep) {
            let tail = &title[at + sep.len()..];
            if at > 0 && tail.split_whitespace().count() <= 5 {
                return &title[..at];
            }
        }
    }
    title
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
        ] {
            assert!(is_date(line, &stats(line)), "{line}");
        }
        for line in ["In June 2024 the council met.", "Step 3 of 12", "2024-48-13 and more words here", "2025-17-08"] {
            assert!(!is_date(line, &stats(line)), "{line}");
        }
    }

    #[test]
    fn bylines() {
        let table = [
            ("By Jane Doe", Some("Jane Doe")),
            ("By Jane Doe and John Roe, Example Wire", Some("Jane Doe and John Roe")),
            ("Von Anna Beispiel", Some("Anna Beispiel")),
            ("by the way, nobody came", None),
            ("Par Marie Dupont", Some("Marie Dupont")),
            ("Ein Kommentar von Jonas Weber", Some("Jonas Weber")),
            ("Analysis by Jane Doe", Some("Jane Doe")),
            ("Une chronique de Marie Dupont", Some("Marie Dupont")),
            ("Ein Artikel von gestern", None),
            ("Staff Report", Some("Staff Report")),
        ];
        for (line, name) in table {
            assert_eq!(byline_name(line, &stats(line)), name, "{line}");
        }
        assert!(is_bare_name("Eva Lindqvist", &stats("Eva Lindqvist")));
        assert!(!is_bare_name("More Posts", &stats("More Posts")) || stats("More Posts").stopwords > 0);
    }

    #[test]
    fn site_suffix() {
        assert_eq!(strip_site_suffix("Ten Trends to Watch - Example Site"), "Ten Trends to Watch");
        assert_eq!(strip_site_suffix("Left | Right Politics Today | Daily"), "Left | Right Politics Today");
        assert_eq!(strip_site_suffix("No suffix here"), "No suffix here");
    }
}
