//! The words of a person's work, as bylines and author bios name it: one list, read by three
//! patterns.
//!
//! The patterns stay three, built from the one list, because merging them would change what they
//! match: [`ROLE`] (a newsroom job or desk after a byline's name: "Jane Doe, Staff Writer") reads
//! no other trade (with "manager" in it, `authors` would drop the second name of "Jane Doe,
//! Marketing Manager"), [`BIO_ROLE`] reads a narrower list and bounds its words by ASCII word
//! boundaries where the others use Unicode ones, and [`TRADE`] is the union of `ROLE`'s words and
//! the other trades.

use crate::alphabet::Regex;
use std::sync::LazyLock;

/// A newsroom's job or desk: read after a byline's name by [`ROLE`].
const NEWSROOM: u8 = 1;
/// Another trade an author's bio names, read with the newsroom's by [`TRADE`].
const TRADE_ONLY: u8 = 2;
/// A trade a bio late in an article names, read by [`BIO_ROLE`].
const BIO: u8 = 4;
/// A position in a firm or a school a bio that opens with the author's full name gives, read
/// with the trades by [`POSITION`].
const POSITION_ONLY: u8 = 8;

/// Every word of a person's work, as a regex fragment, with the patterns that read it.
const WORK: &[(&str, u8)] = &[
    ("staff", NEWSROOM),
    ("writer", NEWSROOM | BIO),
    ("reporter", NEWSROOM | BIO),
    ("correspondent", NEWSROOM | BIO),
    ("editor", NEWSROOM | BIO),
    ("editorial", NEWSROOM),
    ("contributor", NEWSROOM | BIO),
    ("columnist", NEWSROOM | BIO),
    ("journalist", NEWSROOM | BIO),
    ("producer", NEWSROOM),
    ("photographer", NEWSROOM),
    ("desk", NEWSROOM),
    ("team", NEWSROOM),
    ("news", NEWSROOM),
    ("wire", NEWSROOM),
    ("press", NEWSROOM),
    ("associated", NEWSROOM),
    ("agency", NEWSROOM),
    (r"redakteur\w*", NEWSROOM | BIO),
    ("redaktion", NEWSROOM),
    (r"korrespondent\w*", NEWSROOM),
    (r"autor\w*", NEWSROOM | TRADE_ONLY | BIO),
    ("journaliste", NEWSROOM | BIO),
    (r"rédact\w*", NEWSROOM | BIO),
    (r"envoyé\w*", NEWSROOM),
    (r"correspondant\w*", NEWSROOM),
    ("periodista", NEWSROOM | BIO),
    (r"redactor\w*", NEWSROOM | BIO),
    ("corresponsal", NEWSROOM),
    ("redattore", NEWSROOM | BIO),
    ("redattrice", NEWSROOM | BIO),
    ("giornalista", NEWSROOM | BIO),
    ("inviat[oa]", NEWSROOM),
    ("jornalista", NEWSROOM),
    ("repórter", NEWSROOM),
    ("verslaggever", NEWSROOM),
    ("redacteur", NEWSROOM),
    (r"dziennikarz\w*", NEWSROOM),
    (r"redaktor\w*", NEWSROOM | BIO),
    ("wartawan", NEWSROOM),
    ("muhabir", NEWSROOM),
    (r"кореспондент\w*", NEWSROOM),
    (r"корреспондент\w*", NEWSROOM),
    (r"журналіст\w*", NEWSROOM),
    (r"журналист\w*", NEWSROOM),
    // A bio's forms of the newsroom's words: "Journalistin", "dziennikarka".
    (r"journalist\w*", BIO),
    (r"dziennikar\w*", BIO),
    ("founder", TRADE_ONLY | BIO),
    ("co-founder", TRADE_ONLY | BIO),
    ("ceo", TRADE_ONLY),
    ("cto", TRADE_ONLY),
    ("professional", TRADE_ONLY),
    ("marketer", TRADE_ONLY),
    ("specialist", TRADE_ONLY),
    ("consultant", TRADE_ONLY),
    ("analyst", TRADE_ONLY),
    ("manager", TRADE_ONLY),
    ("expert", TRADE_ONLY),
    ("engineer", TRADE_ONLY),
    ("designer", TRADE_ONLY),
    ("developer", TRADE_ONLY),
    ("researcher", TRADE_ONLY),
    ("scientist", TRADE_ONLY),
    ("blogger", TRADE_ONLY | BIO),
    ("author", TRADE_ONLY | BIO),
    ("coach", TRADE_ONLY),
    ("strategist", TRADE_ONLY),
    (r"gründer\w*", TRADE_ONLY | BIO),
    (r"expert\w*", TRADE_ONLY),
    (r"berater\w*", TRADE_ONLY),
    // A position, not a trade: "Jane Doe is the Head of Marketing at Example".
    ("head", POSITION_ONLY),
    ("director", POSITION_ONLY),
    ("directora", POSITION_ONLY),
    ("directeur", POSITION_ONLY),
    ("directrice", POSITION_ONLY),
    ("direttore", POSITION_ONLY),
    ("direttrice", POSITION_ONLY),
    ("president", POSITION_ONLY),
    ("chief", POSITION_ONLY),
    ("officer", POSITION_ONLY),
    ("host", POSITION_ONLY),
    ("co-host", POSITION_ONLY),
    ("owner", POSITION_ONLY),
    ("partner", POSITION_ONLY),
    ("professor", POSITION_ONLY),
    ("lecturer", POSITION_ONLY),
    (r"leiter\w*", POSITION_ONLY),
    (r"geschäftsführer\w*", POSITION_ONLY),
    (r"inhaber\w*", POSITION_ONLY),
    ("responsable", POSITION_ONLY),
    ("jefe", POSITION_ONLY),
    ("jefa", POSITION_ONLY),
];

/// The words of [`WORK`] that any of `uses` reads, as one alternation.
fn words(uses: u8) -> String {
    WORK.iter().filter(|(_, used)| used & uses != 0).map(|(word, _)| *word).collect::<Vec<_>>().join("|")
}

/// Words of a job title or a desk, which say a comma-separated part of a byline is a role, not a
/// name ("Jane Doe, Staff Writer").
pub(super) static ROLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::from_string(format!(r"(?i)\b(?:{})\b", words(NEWSROOM))));

/// A person's trade in an author's bio: a newsroom's job or another trade ("founder", "coach").
pub(super) static TRADE: LazyLock<Regex> =
    LazyLock::new(|| Regex::from_string(format!(r"(?i)\b(?:{})\b", words(NEWSROOM | TRADE_ONLY))));

/// A trade or a position in a firm ("Head of Marketing", "Director", "Geschäftsführer"), read
/// in a bio that opens with the author's full name.
pub(super) static POSITION: LazyLock<Regex> =
    LazyLock::new(|| Regex::from_string(format!(r"(?i)\b(?:{})\b", words(NEWSROOM | TRADE_ONLY | POSITION_ONLY))));

/// A trade a bio names, when a name line stands above it (the bio that closes an article).
pub(crate) static BIO_ROLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::from_string(format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", words(BIO))));

/// What a bio says after the author's name: what the author is, does or did.
pub(crate) static BIO_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:is|was|has|writes|covers|joined|leads|works|worked|specializes|specialises|serves|holds|founded|ist|war|hat|schreibt|leitet|arbeitet|studierte|lebt|est|écrit|travaille|es|escribe|trabaja|è|scrive|lavora|jest|pisze|pracuje)(?-u:\b)",
    )
});

/// A bio in the first person: the author introduces themself by name at a paragraph's start, after
/// a greeting or not ("I'm Jane, a ...", "Hi there! I'm Jane Doe and ...", "Ich bin Jana, ...",
/// "Je m'appelle Jeanne et ...", "Soy Juana y ..."), the name capitalised and followed by a comma,
/// an "and" or a dash.
pub(crate) static FIRST_PERSON_BIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?i:hi|hello|hey|hallo|bonjour|salut|hola|ciao|hoi|olá|oi|cześć|hej)(?i: there| everyone| all| zusammen| à tous| a todos| a tutti| allemaal)?[,!.]?\s+)?(?i:i'm|i’m|i am|my name is|ich bin|mein name ist|ich heiße|je suis|je m'appelle|je m’appelle|soy|me llamo|mi nombre es|sono|mi chiamo|ik ben|mijn naam is|sou|meu nome é|chamo-me|jestem|nazywam się|jag är|jag heter)\s+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?:,|!|\s+[–—-]\s|\s+(?i:and|und|et|y|e|en|i|och)\s)",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_pattern_reads_its_words() {
        // (text, ROLE, TRADE, BIO_ROLE)
        let table = [
            ("Staff Writer", true, true, true),
            ("Associated Press", true, true, false),
            ("Product Manager", false, true, false),
            ("Co-Founder", false, true, true),
            ("Autorin", true, true, true),
            ("Journalistin", false, false, true),
            ("dziennikarka", false, false, true),
            ("dziennikarz", true, true, true),
            ("Jane Doe", false, false, false),
            ("Head of Marketing", false, false, false),
        ];
        for (text, role, trade, bio) in table {
            assert_eq!(ROLE.is_match(text), role, "ROLE {text}");
            assert_eq!(TRADE.is_match(text), trade, "TRADE {text}");
            assert_eq!(BIO_ROLE.is_match(text), bio, "BIO_ROLE {text}");
            assert!(!trade || POSITION.is_match(text), "POSITION {text}");
        }
        assert!(POSITION.is_match("Head of Marketing"));
        assert!(POSITION.is_match("Geschäftsführerin"));
    }
}
