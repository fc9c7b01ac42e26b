//! A person's name told from a label: its shape, the page's lowercase words, credentials and
//! roles after it, and the names a byline holds.

use super::vocabulary::{BIO_ROLE, ROLE, TRADE};
use crate::alphabet::Regex;
use crate::stats::BlockStats;
use rustc_hash::FxHashMap;
use std::cell::{OnceCell, RefCell};
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

/// Whether `word` is shaped like a given name alone ("Lauren", "Anthony"): one word of letters,
/// a capital then lowercase. Whether it names a person is the caller's to tell (not a word the page
/// writes lowercase, a byline's lead before it).
pub(super) fn is_given_name_shaped(word: &str) -> bool {
    !word.contains(char::is_whitespace)
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && word.chars().all(char::is_alphabetic)
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

/// The words a page's lookups asked about and the blocks each is written lowercase in, with the
/// page's blocks joined by newlines to search them: built once a page and read by every pass (a
/// pass sees the blocks still kept; a word is written lowercase in it when it is in one of them).
#[derive(Default)]
pub(crate) struct Lowercase {
    /// The page's blocks joined by newlines, and where each starts in it; joined when first asked.
    joined: OnceCell<(String, Vec<usize>)>,
    /// By lowercase word, the blocks it is written in, in order.
    found: RefCell<FxHashMap<String, Box<[u32]>>>,
}

impl Lowercase {
    /// Whether `lower` (no newline in it) is written in one of the blocks `alive` says are kept,
    /// of the page whose blocks are `texts`.
    fn written_in(&self, texts: &[&str], lower: &str, alive: impl Fn(usize) -> bool) -> bool {
        if let Some(blocks) = self.found.borrow().get(lower) {
            return blocks.iter().any(|&b| alive(b as usize));
        }
        let (text, starts) = self.joined.get_or_init(|| {
            let mut starts = Vec::with_capacity(texts.len());
            let mut at = 0;
            for t in texts {
                starts.push(at);
                at += t.len() + 1;
            }
            (texts.join("\n"), starts)
        });
        // No word spans a newline, so the words of a block are found the same whichever blocks
        // stand around it.
        let mut blocks: Vec<u32> = Vec::new();
        for at in written_at(text, lower) {
            let block = u32::try_from(starts.partition_point(|&s| s <= at).saturating_sub(1)).unwrap_or(u32::MAX);
            if blocks.last() != Some(&block) {
                blocks.push(block);
            }
        }
        let written = blocks.iter().any(|&b| alive(b as usize));
        self.found.borrow_mut().insert(lower.to_owned(), blocks.into());
        written
    }
}

/// Where `lower` is written as a word in `text`: not inside another word or an address
/// ("jane@example.org", "hi@jane.blog", "example.org/jane"); a full stop ends a sentence unless a
/// letter follows it.
fn written_at<'t>(text: &'t str, lower: &'t str) -> impl Iterator<Item = usize> + 't {
    memchr::memmem::find_iter(text.as_bytes(), lower.as_bytes()).filter(move |&at| {
        let before = text[..at].chars().next_back();
        let mut rest = text[at + lower.len()..].chars();
        let after = rest.next();
        let dotted = after == Some('.') && rest.next().is_some_and(char::is_alphanumeric);
        let address = |c: char| matches!(c, '@' | '/');
        before.is_none_or(|c| !c.is_alphanumeric() && !address(c) && c != '.')
            && after.is_none_or(|c| !c.is_alphanumeric() && !address(c))
            && !dotted
    })
}

/// The page as one pass's lookups read it, for [`written_lowercase`]: the page's blocks, those
/// the pass sees, and the page's [`Lowercase`].
pub(super) struct Page<'a> {
    /// Every block of the page.
    texts: &'a [&'a str],
    /// The blocks the pass sees, as indices into `texts`, in order (`None`: every block).
    alive: Option<&'a [usize]>,
    lowercase: &'a Lowercase,
}

impl<'a> Page<'a> {
    /// A page read once, whose blocks are `texts`.
    #[cfg(test)]
    pub(super) fn new(texts: &'a [&'a str]) -> Page<'a> {
        Page { texts, alive: None, lowercase: Box::leak(Box::default()) }
    }

    /// The page whose blocks are `texts` as a pass sees it: the blocks `alive`.
    pub(super) fn in_pass(texts: &'a [&'a str], alive: &'a [usize], lowercase: &'a Lowercase) -> Page<'a> {
        Page { texts, alive: Some(alive), lowercase }
    }
}

/// Whether `word` (two letters or more, no whitespace) is written lowercase somewhere on `page`:
/// then it is a common word, and a line of such words a label, not a name.
pub(super) fn written_lowercase(word: &str, page: &Page) -> bool {
    let lower = word.to_lowercase();
    if lower.chars().count() < 2 || lower == word {
        return false;
    }
    let alive = |b: usize| page.alive.is_none_or(|alive| alive.binary_search(&b).is_ok());
    if lower.contains('\n') {
        // Never from a word; searched in the blocks the pass sees, joined as they stand.
        let seen: Vec<&str> = (0..page.texts.len()).filter(|&b| alive(b)).map(|b| page.texts[b]).collect();
        return written_at(&seen.join("\n"), &lower).next().is_some();
    }
    page.lowercase.written_in(page.texts, &lower, alive)
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
        // A forum's controls and headers: "Thread Tools", "Post Reply", "Recommended Posts".
        "reply",
        "replies",
        "thread",
        "tools",
        "posts",
        "recommended",
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
    is_name_shaped(name)
        && !name.split_whitespace().any(|word| written_lowercase(word, page) || is_control_word(word))
        && !is_job_title(name)
}

/// Whether `name` is a job title alone ("Senior Rust Engineer", "Product Designer", "Data
/// Analyst"): its last word a trade's other than a newsroom's (a team's byline, "Example
/// Staff", names its author). A job board's postings and a team page's roles stand where a bare
/// name would.
fn is_job_title(name: &str) -> bool {
    name.split_whitespace().last().is_some_and(|last| TRADE.is_match(last) && !ROLE.is_match(last))
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

/// The most words of a team's name as a byline gives it ("The Example Editorial Team").
const MAX_TEAM_WORDS: usize = 5;

/// Who a byline credits: its authors' names ([`authors`]), or, when it names no person but a
/// team or a newsroom ("Example Editorial Team", "Example Staff", "Die Redaktion"), the team,
/// which wrote the page. A desk's label ("Staff Report", "Staff Writer") credits no one.
pub(crate) fn credited(byline: &str) -> Vec<&str> {
    let names = authors(byline);
    if !names.is_empty() {
        return names;
    }
    let cut = byline.find(['/', '(', '|', '·', '•', '—', '–', '@']).map_or(byline, |at| &byline[..at]);
    let team = cut.split([',', '\u{FF0C}']).next().unwrap_or_default().trim().trim_end_matches(['.', ':', ';']);
    let words: Vec<&str> = team.split_whitespace().collect();
    let team_word = |w: &str| super::byline::TEAM_WORDS.contains(&w.to_lowercase().as_str());
    if words.last().is_some_and(|w| team_word(w)) && words.len() <= MAX_TEAM_WORDS { vec![team] } else { Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn stats(text: &str) -> BlockStats {
        BlockStats::compute(text, Language::English)
    }

    #[test]
    fn a_job_title_alone_names_no_one() {
        for title in ["Senior Rust Engineer", "Product Designer", "Data Analyst", "Marketing Manager"] {
            assert!(is_job_title(title), "{title}");
        }
        for name in ["Jane Doe", "Example Staff", "Harbour Times Editorial Team", "Jane Engel"] {
            assert!(!is_job_title(name), "{name}");
        }
    }

    #[test]
    fn a_pass_sees_the_words_of_the_blocks_it_keeps() {
        let texts = ["Key Takeaways", "the key point", "Jane Doe", "see jane@example.org"];
        let lowercase = Lowercase::default();
        let pass = |alive: &[usize], word: &str| written_lowercase(word, &Page::in_pass(&texts, alive, &lowercase));
        assert!(pass(&[0, 1, 2, 3], "Key"));
        // Removed, its words no longer count; asked again, the page's memo answers the same.
        assert!(!pass(&[0, 2, 3], "Key"));
        assert!(pass(&[1], "Key"));
        assert!(!pass(&[0, 1, 2, 3], "Jane"));
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
        // Credited: the persons, or a team with a name of its own; never a desk's label.
        let credits: &[(&str, &[&str])] = &[
            ("Jane Doe, Staff Writer", &["Jane Doe"]),
            ("Example Editorial Team", &["Example Editorial Team"]),
            ("the Example Team", &["the Example Team"]),
            ("Example Staff", &["Example Staff"]),
            ("Staff", &["Staff"]),
            ("Die Redaktion", &["Die Redaktion"]),
            ("Team Size", &[]),
            ("Staff Report", &[]),
            ("Staff Writer", &[]),
        ];
        for (byline, names) in credits {
            assert_eq!(credited(byline), *names, "{byline}");
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
