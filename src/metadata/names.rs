//! A person's name told from a label: its shape, the page's lowercase words, credentials and
//! roles after it, and the names a byline holds.

use super::vocabulary::{BIO_ROLE, ROLE, TRADE};
use crate::alphabet::Regex;
use crate::stats::BlockStats;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::LazyLock;

/// Whether the block is only a person's name: two to four capitalised words, no digits. An
/// initial ("Lisa D. Ellis") may read as a stopword ("d"); no other word may.
pub(crate) fn is_bare_name(text: &str, stats: &BlockStats) -> bool {
    let initials = || text.split_whitespace().filter(|w| w.len() == 2 && w.ends_with('.')).count() as u32;
    stats.words >= 2
        && stats.words <= 4
        && stats.digits == 0
        && stats.capitalised_words == stats.words
        && (stats.stopwords == 0 || stats.stopwords <= initials())
        && text.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '’')
}

/// Whether `name` is shaped like a person's name: two to four words, each capitalised or in a
/// script without case, not all capitals, letters and name marks only.
pub(super) fn is_name_shaped(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_alphabetic() && !c.is_lowercase()))
        && name.chars().any(char::is_lowercase)
        && name.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
}

/// The name in a line of a name and a role after a comma ("Jane Doe, Print Managing Editor").
pub(super) fn name_with_role(text: &str) -> Option<&str> {
    let (name, role) = text.split_once(',')?;
    let name = name.trim();
    (is_name_shaped(name) && role.split_whitespace().count() <= 6 && ROLE.is_match(role)).then_some(name)
}

/// The most words of a job title after a name ("Co-Founder & Editor").
const ROLE_WORDS: usize = 5;

/// The name in a line of a name and a job title with no comma between ("Jane Doe Senior Staff
/// Writer", "Jane Doe Co-Founder & Editor | Coffee, tea"): two or three name words, then a
/// few words up to a bar or a bullet, one of them a person's trade (not a desk's: "News").
pub(super) fn name_then_role(text: &str) -> Option<&str> {
    let head = text.split(['|', '•', '·']).next().unwrap_or(text).trim();
    let starts: Vec<usize> = head.match_indices(' ').map(|(at, _)| at).collect();
    [2, 3].into_iter().find_map(|k| {
        let at = *starts.get(k - 1)?;
        let (name, role) = (&head[..at], head[at + 1..].trim());
        let role_words = role.split_whitespace().count();
        ((1..=ROLE_WORDS).contains(&role_words)
            && is_name_shaped(name)
            && role.chars().next().is_some_and(char::is_uppercase)
            && BIO_ROLE.is_match(role)
            && !role.chars().any(|c| c.is_ascii_digit()))
        .then_some(name)
    })
}

/// A name with its job title in brackets ("Jane Doe (Content Manager)", "Jane Doe
/// (Editor-in-Chief)"): the whole line, its title kept as a byline's credit is.
pub(super) fn name_with_bracketed_role(text: &str) -> Option<&str> {
    let (name, role) = text.trim_end().strip_suffix(')')?.split_once(" (")?;
    let role_words = role.split_whitespace().count();
    // A job title, capitalised ("(Content Manager)"); not a kind of customer ("(designer/contractor)").
    ((1..=ROLE_WORDS).contains(&role_words)
        && is_name_shaped(name.trim())
        && role.starts_with(char::is_uppercase)
        && !role.contains('/')
        && TRADE.is_match(role))
    .then_some(text.trim())
}

/// Whether a block is a job title alone, as templates set it under the author's name ("Senior
/// Writer", "Author", "Co-Founder & Editor").
pub(super) fn is_role_line(text: &str, stats: &BlockStats) -> bool {
    (1..=ROLE_WORDS as u32).contains(&stats.words)
        && stats.digits == 0
        && text.chars().next().is_some_and(char::is_uppercase)
        && BIO_ROLE.is_match(text)
}

/// The name in a line of a name and its credentials ("Dylan Bailey, MS, RD, FAND", "Jeffrey A.
/// Slotnick CPP, PSP"): the letters after a name, each in capitals.
pub(super) fn credentialed_name(text: &str) -> Option<&str> {
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

/// A page's block texts joined by newlines, for [`written_lowercase`], with the words it has
/// already been asked about: the byline checks ask about the same few names again and again.
pub(super) struct Page {
    text: String,
    looked_up: RefCell<FxHashMap<String, bool>>,
}

impl Page {
    pub(super) fn new(texts: &[&str]) -> Page {
        Page { text: texts.join("\n"), looked_up: RefCell::default() }
    }
}

/// Whether `word` (two letters or more, no whitespace) is written lowercase somewhere on `page`:
/// then it is a common word, and a line of such words a label, not a name.
pub(super) fn written_lowercase(word: &str, page: &Page) -> bool {
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
pub(super) fn is_control_word(word: &str) -> bool {
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
        "print",
        "share",
        "released",
        // A pop-up's button: "Close Modal", "Open Dialog".
        "modal",
        "dialog",
        "popup",
        // A weekday names no one: "Released Wednesday", "Monday Briefing".
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    CONTROLS.iter().any(|c| word.eq_ignore_ascii_case(c))
}

/// Whether every word of a byline's name is written lowercase elsewhere on the page: "By Role"
/// and "By Industry" in a filter menu name no one.
pub(super) fn common_words(name: &str, page: &Page) -> bool {
    name.split_whitespace().all(|word| written_lowercase(word, page))
}

/// Whether `name` is a person's name on this page: shaped like one, and no word of it written
/// lowercase elsewhere on the page or a control's ("Key Takeaways", "Free Trial", "Search Toggle"
/// read like names).
pub(super) fn is_person(name: &str, page: &Page) -> bool {
    is_name_shaped(name) && !name.split_whitespace().any(|word| written_lowercase(word, page) || is_control_word(word))
}

/// Whether `text` (a block of `stats`) is one capitalised word, not written lowercase elsewhere
/// on the page: a first name or a company's ("Gabo").
pub(super) fn is_lone_name(text: &str, stats: &BlockStats, page: &Page) -> bool {
    stats.words == 1
        && text.chars().next().is_some_and(char::is_uppercase)
        && text.chars().any(char::is_lowercase)
        && text.chars().all(char::is_alphabetic)
        && !written_lowercase(text, page)
}

/// Joiners between two authors' names, in the supported languages.
static AND: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s+(?:and|&|und|et|y|e|i|og|en|och|ve|и|і|a)\s+|\s*[、，;]\s*|\s+و\s*"));

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn stats(text: &str) -> BlockStats {
        BlockStats::compute(text, Language::English)
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
        assert!(is_bare_name("Eva Lindqvist", &stats("Eva Lindqvist")));
        // An initial that reads as a stopword ("d") is still a name's; a stopword word is not.
        let initial = stats("Lisa D. Ellis");
        assert_eq!(initial.stopwords, 1);
        assert!(is_bare_name("Lisa D. Ellis", &initial));
        assert!(!is_bare_name("About The Author", &stats("About The Author")));
        assert!(!is_bare_name("More Posts", &stats("More Posts")) || stats("More Posts").stopwords > 0);
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
        assert_eq!(credentialed_name("Dylan Bailey, MS, RD, FAND"), Some("Dylan Bailey"));
        assert_eq!(credentialed_name("Jeffrey A. Slotnick CPP, PSP"), Some("Jeffrey A. Slotnick"));
        assert_eq!(credentialed_name("Jane Doe"), None, "no credentials");
        assert_eq!(credentialed_name("Read the FAQ"), None, "not a name");
        // A control's label or a weekday names no one.
        let page = Page::new(&["Released Wednesday", "Print Article", "Jane Doe"]);
        assert!(is_person("Jane Doe", &page));
        assert!(!is_person("Released Wednesday", &page));
        assert!(!is_person("Print Article", &page));
    }

    #[test]
    fn names_with_job_titles() {
        // (line, the name before its job title)
        let table = [
            ("Jane Doe Senior Staff Writer", Some("Jane Doe")),
            ("Jane Doe Co-Founder & Editor", Some("Jane Doe")),
            ("Jane Doe Founder at Example Goods", Some("Jane Doe")),
            ("Jane Doe Contributing Writer | Board games and puzzles", Some("Jane Doe")),
            // Two name words are read first: a third is taken for the title's ("Senior").
            ("Jane Roe-Doe Editor", Some("Jane Roe-Doe")),
            ("Harbour News Desk", None),
            ("Scala Times Weekly News", None),
            ("Jane Doe wrote this for the Writer", None),
            ("Jane Doe Writer of 3 books", None),
            ("Jane Doe", None),
        ];
        for (line, expected) in table {
            assert_eq!(name_then_role(line), expected, "{line}");
        }
        // A job title in brackets: the whole line is the byline.
        let table = [
            ("Jane Doe (Content Manager)", Some("Jane Doe (Content Manager)")),
            ("Jane Doe (Editor-in-Chief)", Some("Jane Doe (Editor-in-Chief)")),
            ("Jane Doe (née Roe)", None),
            ("Garden Tools (Spring Sale)", None),
            ("Jane (Editor)", None),
            ("Trade Program (designer/contractor)", None),
        ];
        for (line, expected) in table {
            assert_eq!(name_with_bracketed_role(line), expected, "{line}");
        }
        for (line, role) in
            [("Senior Writer", true), ("Author", true), ("Lead Reviewer", false), ("News", false), ("Agency", false)]
        {
            assert_eq!(is_role_line(line, &stats(line)), role, "{line}");
        }
    }

    #[test]
    fn common_words_and_controls_are_not_names() {
        let texts = ["Write to russell@example.org or hi@clay.global", "A green roof. The roof is green."];
        // An address is not the word written lowercase; a sentence's last word is.
        assert!(!written_lowercase("Russell", &Page::new(&texts)));
        assert!(!written_lowercase("Clay", &Page::new(&texts)));
        assert!(written_lowercase("Green", &Page::new(&texts)));
        assert!(written_lowercase("Roof", &Page::new(&texts)));
        for word in ["Toggle", "Select", "Hide", "Related", "Search", "Modal", "Dialog"] {
            assert!(is_control_word(word), "{word}");
        }
        assert!(!is_control_word("Page"), "a surname");
    }
}
