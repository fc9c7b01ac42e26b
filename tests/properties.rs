//! Properties that hold for every input, checked on arbitrary and hostile strings and on generated
//! article pages.
//!
//! On any text, cleaning never panics, returns only lines of the input in input order, reports
//! blocks whose extents tile the input, gives the same answer every time and on every thread, and
//! is idempotent. On generated pages (long prose paragraphs in English, German or French with a
//! title, byline and date, boilerplate of every rule family before, between and after them, random
//! blank lines, line ends and padding) every paragraph survives and every boilerplate and metadata
//! line goes. What the generator leaves out because dechaff gets it wrong today is listed, with a
//! page that shows it, in `KNOWN_WEAKNESSES`.
//!
//! Failure persistence is off: a failing case prints its shrunk input, and inputs worth keeping go
//! into the `known_inputs` table by hand, where they run on every `cargo test`.

use dechaff::{BlockVerdict, Cleaned, Language};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::strategy::Union;
use proptest::test_runner::TestCaseError;
use std::ops::Range;

/// A cleaner told its input is a whole page, for the properties of page cleaning.
static AS_PAGE: std::sync::LazyLock<dechaff::Cleaner> = std::sync::LazyLock::new(|| {
    dechaff::Cleaner::builder().input(dechaff::Input::Page).build().expect("default settings build")
});

/// Cases for properties of arbitrary strings (cheap to clean).
const STRING_CASES: u32 = 256;
/// Cases for pages shuffled from corpus lines (cheap; the failures they find are rare).
const SHUFFLED_CASES: u32 = 4096;
/// Cases for properties of generated pages (a few kilobytes each).
const PAGE_CASES: u32 = 64;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

// ---------------------------------------------------------------------------------------------
// The documented line model, reimplemented here so the tests do not trust the library's own.

/// A line of the input: its byte range without the line end.
fn raw_lines(text: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = match c {
            '\n' | '\u{2028}' | '\u{2029}' => at + c.len_utf8(),
            '\r' if chars.peek().is_some_and(|&(_, n)| n == '\n') => {
                chars.next();
                at + 2
            }
            '\r' => at + 1,
            _ => continue,
        };
        lines.push(start..at);
        start = next;
    }
    lines.push(start..text.len());
    lines
}

/// Documented blank characters: whitespace, BOM and zero-width characters.
fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}')
}

fn trim_line(line: &str) -> &str {
    line.trim_matches(is_blank_char)
}

/// The trimmed non-blank lines of the input, in order.
fn input_lines(text: &str) -> Vec<&str> {
    raw_lines(text).into_iter().map(|r| trim_line(&text[r])).filter(|l| !l.is_empty()).collect()
}

/// `Cleaned::text` as documented: kept blocks, a newline inside an input paragraph, a blank line
/// between paragraphs.
fn joined_kept(input: &str, blocks: &[BlockVerdict]) -> String {
    let mut out = String::new();
    let mut last_paragraph = None;
    for block in blocks.iter().filter(|b| b.kept) {
        if last_paragraph.is_some() {
            out.push_str(if last_paragraph == Some(block.paragraph) { "\n" } else { "\n\n" });
        }
        out.push_str(&input[block.span.clone()]);
        last_paragraph = Some(block.paragraph);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Invariants.

/// The output is made of lines of the input, in input order, and agrees with the blocks.
fn check_no_invention(input: &str, cleaned: &Cleaned<'_>) -> Result<(), TestCaseError> {
    let text = cleaned.text();
    let lines = input_lines(input);
    let mut next = 0;
    for out_line in text.split('\n').filter(|l| !l.is_empty()) {
        prop_assert_eq!(trim_line(out_line), out_line, "output line is not trimmed");
        match lines[next..].iter().position(|l| *l == out_line) {
            Some(offset) => next += offset + 1,
            None => {
                return Err(TestCaseError::fail(format!(
                    "output line {out_line:?} is not a line of the input after the previous output line"
                )));
            }
        }
    }
    let blocks = cleaned.blocks();
    let kept: Vec<&BlockVerdict> = blocks.iter().filter(|b| b.kept).collect();
    for pair in kept.windows(2) {
        prop_assert!(pair[0].span.end <= pair[1].span.start, "kept spans out of order: {:?}", pair);
        prop_assert!(pair[0].span.start < pair[1].span.start);
    }
    prop_assert_eq!(&text, &joined_kept(input, blocks), "text() is not the kept spans joined as documented");
    let kept_texts: Vec<&str> = cleaned.kept().collect();
    let from_spans: Vec<&str> = kept.iter().map(|b| &input[b.span.clone()]).collect();
    prop_assert_eq!(kept_texts, from_spans);
    for block in blocks {
        let kept_reason =
            matches!(block.reason, dechaff::Reason::Body | dechaff::Reason::Restored(_) | dechaff::Reason::Unsure);
        prop_assert_eq!(block.kept, kept_reason, "kept and reason disagree: {:?}", block);
    }
    Ok(())
}

/// Blocks are the input's non-blank lines; extents tile the input; spans sit inside extents on char
/// boundaries, trimmed; line and paragraph numbers follow the input.
fn check_spans(input: &str, cleaned: &Cleaned<'_>) -> Result<(), TestCaseError> {
    let blocks = cleaned.blocks();
    let lines = raw_lines(input);
    let non_blank: Vec<usize> = (0..lines.len()).filter(|&i| !trim_line(&input[lines[i].clone()]).is_empty()).collect();
    prop_assert_eq!(blocks.len(), non_blank.len(), "one block per non-blank line");
    let mut at = 0;
    for (k, (block, &line)) in blocks.iter().zip(&non_blank).enumerate() {
        let (span, extent) = (&block.span, &block.extent);
        prop_assert_eq!(extent.start, at, "extent of block {} does not start where the last ended", k);
        prop_assert!(extent.start <= span.start && span.start < span.end && span.end <= extent.end, "{:?}", block);
        for edge in [span.start, span.end, extent.start, extent.end] {
            prop_assert!(input.is_char_boundary(edge), "{} is not a char boundary: {:?}", edge, block);
        }
        let text = &input[span.clone()];
        prop_assert_eq!(block.text(input), text);
        let chars = input[..span.start].chars().count()..input[..span.end].chars().count();
        prop_assert_eq!(&cleaned.char_spans()[k], &chars, "character span of block {}", k);
        prop_assert_eq!(trim_line(text), text, "span has surrounding whitespace");
        prop_assert_eq!(block.line, line + 1, "line number of {:?}", text);
        prop_assert_eq!(text, trim_line(&input[lines[line].clone()]), "span is not its trimmed line");
        if k > 0 {
            let gap = non_blank[k - 1] + 1 < line;
            let step = block.paragraph - blocks[k - 1].paragraph;
            prop_assert_eq!(step, usize::from(gap), "paragraph of {:?}", text);
        } else {
            prop_assert_eq!(block.paragraph, 0);
        }
        at = extent.end;
    }
    if !blocks.is_empty() {
        prop_assert_eq!(at, input.len(), "extents do not reach the end of the input");
    }
    Ok(())
}

/// Everything a caller can observe of one result.
#[derive(Debug, PartialEq)]
struct Outcome {
    text: String,
    blocks: Vec<BlockVerdict>,
    title: Option<String>,
    byline: Option<String>,
    date: Option<String>,
    language: Option<Language>,
}

fn outcome(input: &str) -> Outcome {
    let cleaned = dechaff::clean(input);
    Outcome {
        text: cleaned.text(),
        blocks: cleaned.blocks().to_vec(),
        title: cleaned.title().map(str::to_owned),
        byline: cleaned.byline().map(str::to_owned),
        date: cleaned.date().map(str::to_owned),
        language: cleaned.language(),
    }
}

fn check_deterministic(input: &str) -> Result<(), TestCaseError> {
    let first = outcome(input);
    let parallel: Vec<Outcome> = std::thread::scope(|scope| {
        let runs: Vec<_> = (0..4).map(|_| scope.spawn(|| outcome(input))).collect();
        runs.into_iter().map(|run| run.join().expect("cleaning panicked on a thread")).collect()
    });
    for (thread, result) in parallel.iter().enumerate() {
        prop_assert_eq!(&first, result, "run {} (on its own thread, four at once) differs", thread + 2);
    }
    Ok(())
}

fn check_idempotent(input: &str) -> Result<(), TestCaseError> {
    let once = dechaff::clean(input).text();
    let twice = dechaff::clean(&once).text();
    prop_assert_eq!(once, twice, "cleaning the cleaned text changed it");
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Hostile strings.

/// Pieces that stress line splitting and trimming.
const PIECES: &[&str] = &[
    "\n",
    "\r\n",
    "\r",
    "\u{2028}",
    "\u{2029}",
    "\n\n",
    "\r\r\n",
    "\u{A0}",
    "\t",
    " ",
    "\u{FEFF}",
    "\u{200B}",
    "\u{2060}",
    "\0",
    "\u{85}",
    "\u{B}",
    "\u{C}",
    "\u{3000}",
    // Three-byte characters starting E2 like U+2028, but not line ends.
    "\u{2027}",
    "\u{20AC}",
    "\u{202A}",
    "مرحبا بالعالم، هذا نص طويل.",
    "שלום עולם",
    "\u{202E}",
    "\u{200F}",
    "e\u{301}",
    "\u{301}",
    "\u{20DD}",
    "👍🏽",
    "👨‍👩‍👧",
    "🇩🇪",
    "Home",
    ">",
    "|",
    "©",
    ",",
    ".",
    ":",
    "42",
    "Advertisement",
    "Photo: Jane Doe",
    "Latest News",
    "READ MORE: ",
    "Tags: a | b",
    "12 Comments",
    "the",
    "und",
    "le",
    "2025-03-01",
    "By Jane Doe",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-zA-Zäöüéè ]{1,12}",
        1 => page_line(),
    ]
}

/// Text made of line breaks, odd whitespace, bidi and combining characters, emoji and fragments of
/// boilerplate and prose.
fn line_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|pieces| pieces.concat())
}

/// A generated page with hostile pieces spliced in at random places.
fn spliced_page() -> impl Strategy<Value = String> {
    (page(), prop::collection::vec((any::<Index>(), piece()), 0..8)).prop_map(|(page, splices)| {
        let mut text = page.text;
        for (at, piece) in splices {
            let mut at = at.index(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text.insert_str(at, &piece);
        }
        text
    })
}

fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<String>(),
        3 => line_soup(),
        1 => spliced_page(),
    ]
}

// ---------------------------------------------------------------------------------------------
// Generated pages.

/// Phrase pools for prose (a sentence is subject, verb of saying, clause, tail) and the article's
/// metadata lines.
struct Prose {
    name: &'static str,
    subjects: &'static [&'static str],
    verbs: &'static [&'static str],
    clauses: &'static [&'static str],
    tails: &'static [&'static str],
    titles: &'static [&'static str],
    by: &'static str,
    dates: &'static [&'static str],
}

impl std::fmt::Debug for Prose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

const ENGLISH: Prose = Prose {
    name: "English",
    subjects: &[
        "The council",
        "A spokesman for the ferry operator",
        "Most of the residents on the island",
        "The new mayor",
        "One of the older fishermen",
        "The head teacher of the village school",
        "A group of parents",
        "The regional transport authority",
        "Her neighbour",
        "The harbour master",
    ],
    verbs: &[
        "said on Monday that",
        "argued at the meeting that",
        "told the local paper that",
        "pointed out that",
        "believes that",
        "wrote in a letter to the council that",
        "admitted that",
        "has warned for years that",
    ],
    clauses: &[
        "the ferry would keep running through the winter for the first time",
        "the crossing had become much safer since the new boats arrived",
        "there was not enough money to keep the harbour open every night",
        "the timetable would change again when the school year starts",
        "the old pier was in a worse state than anyone had expected",
        "the price of a ticket should not rise before the spring",
        "many families on the island depend on the early boat to get to work",
        "the storms of the last winter had cost the town a great deal of money",
        "the plan was a good one but it came far too late for some of them",
        "a second boat would be needed if the number of passengers kept growing",
        "nobody had asked the people who live by the harbour what they wanted",
        "the repairs to the slipway would take at least three more months",
    ],
    tails: &[
        "",
        " after a long debate",
        ", and that the vote had been close",
        " in a statement on its website",
        ", although not everyone agreed",
        " when we spoke to them on the quay",
    ],
    titles: &[
        "Ferry to run through the winter for the first time",
        "Council approves repairs to the old pier",
        "Island families fear for the early boat",
    ],
    by: "By",
    dates: &["March 3, 2025", "Published 9:41 AM, Monday 3 March 2025", "2025-03-03"],
};

const GERMAN: Prose = Prose {
    name: "German",
    subjects: &[
        "Der Gemeinderat",
        "Ein Sprecher der Reederei",
        "Die meisten Bewohner der Insel",
        "Die neue Bürgermeisterin",
        "Einer der älteren Fischer",
        "Die Leiterin der Dorfschule",
        "Eine Gruppe von Eltern",
        "Der Verkehrsverbund",
        "Ihr Nachbar",
        "Der Hafenmeister",
    ],
    verbs: &[
        "sagte am Montag, dass",
        "erklärte bei der Sitzung, dass",
        "sagte der Lokalzeitung, dass",
        "wies darauf hin, dass",
        "glaubt, dass",
        "schrieb in einem Brief an den Rat, dass",
        "räumte ein, dass",
        "warnt seit Jahren davor, dass",
    ],
    clauses: &[
        "die Fähre in diesem Winter zum ersten Mal durchgehend fahren wird",
        "die Überfahrt seit der Ankunft der neuen Schiffe viel sicherer geworden ist",
        "nicht genug Geld da ist, um den Hafen jede Nacht offen zu halten",
        "sich der Fahrplan mit dem Beginn des Schuljahres wieder ändern wird",
        "der alte Anleger in einem schlechteren Zustand ist, als man erwartet hatte",
        "der Preis für eine Fahrkarte nicht vor dem Frühjahr steigen soll",
        "viele Familien auf der Insel auf das frühe Schiff angewiesen sind, um zur Arbeit zu kommen",
        "die Stürme des letzten Winters die Gemeinde sehr viel Geld gekostet haben",
        "der Plan zwar gut ist, aber für einige von ihnen viel zu spät kommt",
        "ein zweites Schiff nötig sein wird, wenn die Zahl der Fahrgäste weiter wächst",
        "niemand die Leute am Hafen gefragt hat, was sie eigentlich wollen",
        "die Reparatur der Slipanlage noch mindestens drei Monate dauern wird",
    ],
    tails: &[
        "",
        " und dass die Abstimmung knapp gewesen sei",
        ", auch wenn nicht alle zustimmten",
        " und dass man noch auf eine Antwort warte",
    ],
    titles: &[
        "Fähre fährt erstmals den ganzen Winter",
        "Gemeinderat beschließt Reparatur des alten Anlegers",
        "Inselfamilien bangen um das frühe Schiff",
    ],
    by: "Von",
    dates: &["3. März 2025", "03.03.2025, 09:41 Uhr"],
};

const FRENCH: Prose = Prose {
    name: "French",
    subjects: &[
        "Le conseil municipal",
        "Un porte-parole de la compagnie",
        "La plupart des habitants de l'île",
        "La nouvelle maire",
        "L'un des plus anciens pêcheurs",
        "La directrice de l'école du village",
        "Un groupe de parents",
        "L'autorité régionale des transports",
        "Son voisin",
        "Le capitaine du port",
    ],
    verbs: &[
        "a déclaré lundi que",
        "a expliqué lors de la réunion que",
        "a confié au journal local que",
        "a rappelé que",
        "estime que",
        "a écrit dans une lettre au conseil que",
        "a reconnu que",
        "répète depuis des années que",
    ],
    clauses: &[
        "le bac circulera tout l'hiver pour la première fois",
        "la traversée est devenue beaucoup plus sûre depuis l'arrivée des nouveaux bateaux",
        "il n'y a pas assez d'argent pour garder le port ouvert toutes les nuits",
        "les horaires vont encore changer à la rentrée des classes",
        "le vieux quai est dans un état bien pire que ce que l'on pensait",
        "le prix du billet ne devrait pas augmenter avant le printemps",
        "beaucoup de familles de l'île dépendent du premier bateau pour aller au travail",
        "les tempêtes de l'hiver dernier ont coûté très cher à la commune",
        "le projet est bon mais qu'il arrive bien trop tard pour certains d'entre eux",
        "un deuxième bateau sera nécessaire si le nombre de passagers continue de croître",
        "personne n'a demandé aux gens du port ce qu'ils voulaient vraiment",
        "la réparation de la cale prendra encore au moins trois mois",
    ],
    tails: &["", " après un long débat", ", même si tout le monde n'est pas d'accord", " dans un communiqué"],
    titles: &[
        "Le bac circulera tout l'hiver pour la première fois",
        "Le conseil vote la réparation du vieux quai",
        "Les familles de l'île inquiètes pour le premier bateau",
    ],
    by: "Par",
    dates: &["3 mars 2025", "Publié le 3 mars 2025 à 9 h 41"],
};

fn sentence(prose: &'static Prose) -> impl Strategy<Value = String> {
    (select(prose.subjects), select(prose.verbs), select(prose.clauses), select(prose.tails))
        .prop_map(|(subject, verb, clause, tail)| format!("{subject} {verb} {clause}{tail}."))
}

/// A paragraph of three to six sentences: long prose that must survive.
fn paragraph(prose: &'static Prose) -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(prose), 3..=6).prop_map(|sentences| sentences.join(" "))
}

const NAMES: &[&str] = &["Jane Doe", "Max Mustermann", "Marie Dupont", "John Smith", "Anna Schmidt", "Tom Berger"];
const SITES: &[&str] = &["Example Media", "Harbour Gazette", "Nordkurier Online", "Le Petit Journal", "Inselbote"];
/// Other stories' headlines: no sentence end, vocabulary unrelated to the article.
const HEADLINES: &[&str] = &[
    "Local Band Delights Crowd In Park",
    "School Buys New Tractor For Farm Lessons",
    "Police Seek Witnesses After Crash On Ring Road",
    "Five Recipes For A Rainy Weekend",
    "Stock Markets Close Higher On Friday",
    "Zoo Welcomes Two Baby Otters",
    "Neuer Zoodirektor stellt seine Pläne vor",
    "Bundesliga: Späte Tore entscheiden das Derby",
    "Wetter: Am Wochenende wird es sonnig",
    "Le festival de jazz affiche complet",
    "Immobilier : les prix reculent à Lyon",
    "Tour de France : le parcours dévoilé",
];
const SECTIONS: &[&str] = &["News", "Local", "Sport", "Politik", "Wirtschaft", "Culture", "Monde", "Regional"];
const TAGS: &[&str] = &["ferry", "harbour", "winter", "council", "Politik", "Verkehr", "transport", "île", "Insel"];
/// Keyword list items, one with an elided article.
const KEYWORDS: &[&str] = &[
    "ferry",
    "harbour",
    "winter service",
    "council",
    "budget",
    "island transport",
    "Fähre",
    "Hafen",
    "Gemeinderat",
    "bac",
    "port",
    "Winterfahrplan",
    "traversée",
    "horaires d'hiver",
];

/// A family of boilerplate and the lines of one occurrence.
#[derive(Clone, Debug)]
struct Chunk {
    family: &'static str,
    lines: Vec<String>,
}

fn chunk(
    family: &'static str,
    lines: impl Strategy<Value = Vec<String>> + 'static,
) -> (&'static str, BoxedStrategy<Chunk>) {
    (family, lines.prop_map(move |lines| Chunk { family, lines }).boxed())
}

fn one(line: impl Strategy<Value = String>) -> impl Strategy<Value = Vec<String>> {
    line.prop_map(|l| vec![l])
}

fn fixed(lines: &'static [&'static str]) -> impl Strategy<Value = Vec<String>> {
    one(select(lines).prop_map(str::to_owned))
}

fn year() -> impl Strategy<Value = u32> {
    2015..=2026u32
}

/// Families that a page gets only before or after the article, never between two paragraphs.
///
/// Skip links, breadcrumbs, tags, copyright and comment lines are page structure: inside an
/// article, a copyright line or a comments header marks where it ends (a comment thread reads as
/// prose), and the library rightly treats what follows as something else. Newsletter and share
/// prompts sit inside real articles, and the paragraphs after them are kept.
const NOT_BETWEEN_PARAGRAPHS: &[&str] = &["skip link", "breadcrumb", "tags", "legal", "comments"];

/// One occurrence of boilerplate of any family but the `excluded` ones.
fn boilerplate(excluded: &'static [&'static str]) -> impl Strategy<Value = Chunk> {
    let breadcrumb = (
        select(&["Home", "Startseite", "Accueil"][..]),
        select(&[">", "»", "›", "/"][..]),
        select(SECTIONS),
        select(SECTIONS),
    )
        .prop_map(|(home, sep, a, b)| format!("{home} {sep} {a} {sep} {b}"));
    let tags = prop_oneof![
        (select(TAGS), select(TAGS)).prop_map(|(a, b)| format!("Tags: {a} | {b}")),
        (select(TAGS), select(TAGS), select(TAGS)).prop_map(|(a, b, c)| format!("Tags: {a}, {b}, {c}")),
        (select(TAGS), select(TAGS)).prop_map(|(a, b)| format!("Schlagwörter: {a}, {b}")),
    ];
    let legal = prop_oneof![
        (year(), select(SITES)).prop_map(|(y, s)| format!("© {y} {s}. All rights reserved.")),
        (year(), select(SITES)).prop_map(|(y, s)| format!("Copyright © {y} {s}")),
        (year(), select(SITES)).prop_map(|(y, s)| format!("© {s} {y}. Alle Rechte vorbehalten.")),
        (year(), select(SITES)).prop_map(|(y, s)| format!("© {y} {s}. Tous droits réservés.")),
    ];
    let comments = prop_oneof![
        (1..500u32).prop_map(|n| format!("{n} Comments")),
        (1..500u32).prop_map(|n| format!("{n} comments")),
        (1..500u32).prop_map(|n| format!("{n} Kommentare")),
        (1..500u32).prop_map(|n| format!("{n} commentaires")),
        Just("Leave a comment".to_owned()),
    ];
    let code = "[A-Z]{4,6}[0-9]{2}";
    let promo = prop_oneof![
        Just("Use code SAVE20 at checkout".to_owned()),
        code.prop_map(|c| format!("Use code {c} at checkout")),
        (code, 5..60u32).prop_map(|(c, n)| format!("Use code {c} for {n}% off")),
        code.prop_map(|c| format!("Enter promo code {c} at checkout")),
        (code, 5..60u32).prop_map(|(c, n)| format!("Mit dem Code {c} sparen Sie {n} Prozent")),
        (code, 5..60u32).prop_map(|(c, n)| format!("Avec le code {c}, profitez de {n} % de réduction")),
    ];
    let caption = prop_oneof![
        select(NAMES).prop_map(|n| format!("Photo: {n}")),
        select(NAMES).prop_map(|n| format!("Photo: {n}/Reuters")),
        select(NAMES).prop_map(|n| format!("Foto: {n}")),
        select(&["Foto: dpa", "Photo : AFP", "Image: Getty Images", "Photo: AP"][..]).prop_map(str::to_owned),
    ];
    let teaser =
        (select(&["READ MORE:", "RELATED:", "Read more:", "Lesen Sie auch:", "À lire aussi :"][..]), select(HEADLINES))
            .prop_map(|(lead, headline)| format!("{lead} {headline}"));
    let headers = &[
        "Latest News",
        "More Stories",
        "Most Read",
        "Related Articles",
        "Top Stories",
        "Neueste Artikel",
        "Meistgelesen",
        "Les plus lus",
        "Dernières actualités",
    ][..];
    let headlines = (select(headers), prop::sample::subsequence(HEADLINES, 3..=5), any::<prop::sample::Index>())
        .prop_map(|(header, list, shift)| {
            let mut list: Vec<String> = list.into_iter().map(str::to_owned).collect();
            let shift = shift.index(list.len());
            list.rotate_left(shift);
            std::iter::once(header.to_owned()).chain(list).collect::<Vec<_>>()
        });
    let keywords = prop::sample::subsequence(KEYWORDS, 4..=6).prop_map(|k| k.join(", "));
    let families = vec![
        chunk(
            "skip link",
            fixed(&[
                "Skip to main content",
                "Skip to content",
                "Jump to content",
                "Zum Inhalt springen",
                "Aller au contenu",
                "Skip navigation",
            ]),
        ),
        chunk("breadcrumb", one(breadcrumb)),
        chunk("tags", one(tags)),
        chunk("legal", one(legal)),
        chunk(
            "newsletter",
            fixed(&[
                "Sign up for our newsletter",
                "Sign up for our daily newsletter",
                "Subscribe to our newsletter",
                "Newsletter abonnieren",
                "Jetzt den Newsletter abonnieren",
                "Inscrivez-vous à notre newsletter",
                "Abonnez-vous à notre newsletter",
            ]),
        ),
        chunk(
            "social",
            fixed(&[
                "Share on Facebook",
                "Share on Twitter",
                "Share on X",
                "Share this article",
                "Auf Facebook teilen",
                "Partager sur Facebook",
                "Follow us on Instagram",
            ]),
        ),
        chunk("comments", one(comments)),
        chunk(
            "advertising",
            fixed(&["Advertisement", "ADVERTISEMENT", "Anzeige", "Publicité", "Sponsored", "Werbung"]),
        ),
        chunk("promo code", one(promo)),
        chunk("caption", one(caption)),
        chunk("teaser", one(teaser)),
        chunk("headline list", headlines),
        chunk("keywords", one(keywords)),
        chunk("lone number", one((1..10_000u32).prop_map(|n| n.to_string()))),
    ];
    let families = families.into_iter().filter(|(name, _)| !excluded.contains(name));
    Union::new(families.map(|(_, strategy)| strategy))
}

/// One line of a page and what it is.
#[derive(Clone, Debug)]
enum Role {
    Body,
    Boilerplate(&'static str),
    /// Title, byline or date: returned as metadata, so not in the text.
    Metadata,
}

#[derive(Clone, Debug)]
struct Page {
    text: String,
    /// The page's lines in order, each with its role.
    lines: Vec<(Role, String)>,
}

/// A line of a page, for hostile mixes.
fn page_line() -> impl Strategy<Value = String> {
    prop_oneof![sentence(&ENGLISH), boilerplate(&[]).prop_map(|c| c.lines.join("\n"))]
}

/// What goes between two lines: a line end, sometimes blank lines (possibly with stray
/// whitespace), in the page's style or a random one.
fn separator(style: &'static str) -> impl Strategy<Value = String> {
    let ends = &["\n", "\r\n", "\r", "\u{2028}", "\u{2029}"][..];
    let blank = &["", "", " ", "\t", "\u{A0}", "\u{FEFF}"][..];
    (prop::bool::weighted(0.8), select(ends), 0..3usize, select(blank)).prop_map(move |(own, other, blanks, filler)| {
        let end = if own { style } else { other };
        let mut out = end.to_owned();
        for _ in 0..blanks {
            out.push_str(filler);
            out.push_str(end);
        }
        out
    })
}

/// Stray whitespace around a line.
fn padding() -> impl Strategy<Value = (&'static str, &'static str)> {
    let pads = &["", "", "", "", " ", "  ", "\t", "\u{A0}"][..];
    (select(pads), select(pads))
}

/// Title, byline and date lines, each present or not.
fn metadata(prose: &'static Prose) -> impl Strategy<Value = Vec<String>> {
    let byline = select(NAMES).prop_map(move |name| format!("{} {name}", prose.by));
    (
        prop::option::weighted(0.7, select(prose.titles)),
        prop::option::weighted(0.5, byline),
        prop::option::weighted(0.5, select(prose.dates)),
    )
        .prop_map(|(title, byline, date)| {
            let title = title.map(str::to_owned);
            [title, byline, date.map(str::to_owned)].into_iter().flatten().collect()
        })
}

fn push_chunks(lines: &mut Vec<(Role, String)>, chunks: Vec<Chunk>) {
    for chunk in chunks {
        lines.extend(chunk.lines.into_iter().map(|l| (Role::Boilerplate(chunk.family), l)));
    }
}

/// A page: boilerplate of every family before and after the article, maybe a title, byline and
/// date before the first paragraph, up to two chunks of the families that sit inside articles
/// between two paragraphs (a headline list only alone: see `KNOWN_WEAKNESSES`), random blank
/// lines, line ends and padding.
fn page() -> impl Strategy<Value = Page> {
    let language = select(&[&ENGLISH, &GERMAN, &FRENCH][..]);
    let style = select(&["\n", "\n", "\r\n", "\r", "\u{2029}"][..]);
    (language, style)
        .prop_flat_map(|(prose, style)| {
            let edge = || prop::collection::vec(boilerplate(&[]), 0..=6);
            let between = prop::collection::vec(prop::collection::vec(boilerplate(NOT_BETWEEN_PARAGRAPHS), 0..=2), 11);
            let paragraphs = prop::collection::vec(paragraph(prose), 2..=12);
            (paragraphs, edge(), metadata(prose), between, edge(), Just(style))
        })
        .prop_flat_map(|(mut paragraphs, before, metadata, between, after, style)| {
            paragraphs.sort_unstable();
            paragraphs.dedup();
            let mut lines: Vec<(Role, String)> = Vec::new();
            push_chunks(&mut lines, before);
            lines.extend(metadata.into_iter().map(|line| (Role::Metadata, line)));
            for (k, paragraph) in paragraphs.into_iter().enumerate() {
                if k > 0 {
                    let mut chunks = between[k - 1].clone();
                    // A headline list beside another chunk can lose the paragraph after them: see
                    // `KNOWN_WEAKNESSES`.
                    if chunks.len() == 2 && chunks.iter().any(|c| c.family == "headline list") {
                        chunks.retain(|c| c.family == "headline list");
                        chunks.truncate(1);
                    }
                    push_chunks(&mut lines, chunks);
                }
                lines.push((Role::Body, paragraph));
            }
            push_chunks(&mut lines, after);
            let n = lines.len();
            (Just(lines), prop::collection::vec(separator(style), n), prop::collection::vec(padding(), n))
        })
        .prop_map(|(lines, separators, paddings)| {
            let mut text = String::new();
            for ((line, separator), (before, after)) in lines.iter().zip(&separators).zip(&paddings) {
                text.push_str(before);
                text.push_str(&line.1);
                text.push_str(after);
                text.push_str(separator);
            }
            Page { text, lines }
        })
}

/// The non-blank lines of every corpus document (labelled pages in many languages, in the
/// repository), for pages shuffled together from real-looking lines of every family.
static CORPUS_LINES: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut lines = Vec::new();
    for dir in [root.clone(), root.join("extracted")] {
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("corpus/ is readable")
            .map(|e| e.expect("a corpus entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).expect("a corpus document is UTF-8");
            lines.extend(text.lines().filter(|l| !l.trim().is_empty()).map(str::to_owned));
        }
    }
    lines
});

/// A page of corpus lines in random order: single lines mostly, with repeats of earlier lines,
/// runs of one line, runs of distinct bylines, and blank lines. Such pages once lost a byline per
/// cleaning (about one in a hundred was not idempotent).
fn shuffled_page() -> impl Strategy<Value = String> {
    prop::collection::vec((0..20u8, any::<Index>(), 2..15usize, any::<bool>()), 5..80).prop_map(|items| {
        let corpus = &*CORPUS_LINES;
        let mut lines: Vec<String> = Vec::new();
        for (kind, pick, count, blank) in items {
            match kind {
                0 | 1 if !lines.is_empty() => {
                    let again = pick.get(&lines).clone();
                    lines.push(again);
                }
                2 => lines.extend(std::iter::repeat_n(pick.get(corpus).clone(), count)),
                3 => lines.extend((0..count).map(|k| format!("By {} {k}", pick.get(NAMES)))),
                _ => lines.push(pick.get(corpus).clone()),
            }
            if blank {
                lines.push(String::new());
            }
        }
        lines.join("\n")
    })
}

// ---------------------------------------------------------------------------------------------
// The properties.

proptest! {
    #![proptest_config(config(STRING_CASES))]

    #[test]
    fn never_panics_on_arbitrary_text(input in hostile_text()) {
        let cleaned = dechaff::clean(&input);
        let _ = (cleaned.text(), cleaned.title(), cleaned.byline(), cleaned.date());
    }

    #[test]
    fn output_is_input_lines_in_order(input in hostile_text()) {
        check_no_invention(&input, &dechaff::clean(&input))?;
    }

    #[test]
    fn spans_tile_the_input(input in hostile_text()) {
        check_spans(&input, &dechaff::clean(&input))?;
    }

    #[test]
    fn deterministic_on_arbitrary_text(input in hostile_text()) {
        check_deterministic(&input)?;
    }
}

proptest! {
    #![proptest_config(config(STRING_CASES))]

    #[test]
    fn idempotent_on_arbitrary_text(input in hostile_text()) {
        check_idempotent(&input)?;
    }
}

proptest! {
    #![proptest_config(config(SHUFFLED_CASES))]

    #[test]
    fn idempotent_on_shuffled_pages(input in shuffled_page()) {
        check_idempotent(&input)?;
    }
}

proptest! {
    #![proptest_config(config(PAGE_CASES))]

    #[test]
    fn pages_keep_invariants(page in page()) {
        let cleaned = dechaff::clean(&page.text);
        check_no_invention(&page.text, &cleaned)?;
        check_spans(&page.text, &cleaned)?;
    }

    #[test]
    fn idempotent_on_pages(page in page()) {
        check_idempotent(&page.text)?;
    }

    /// The work is linear in the page: each pass is, and their number does not grow with the
    /// page. The page once, twice, four and eight times over (each copy a page of repeats of the
    /// first) settles within the same few passes: the ones that remove blocks, and the one or two
    /// that confirm the text as a fresh run would judge it (twice that when an extract turns out
    /// to read as a page).
    #[test]
    fn doubling_a_page_adds_no_passes(page in page(), shuffled in shuffled_page()) {
        for text in [&page.text, &shuffled] {
            let passes: Vec<usize> = [1, 2, 4, 8]
                .map(|copies| dechaff::clean(&vec![text.as_str(); copies].join("\n\n")).passes())
                .to_vec();
            prop_assert!(passes.iter().all(|&p| p <= 8), "passes {passes:?}");
        }
    }

    /// Cleaned as a page, every paragraph is kept and every boilerplate or metadata line goes.
    /// The default may take a generated page without menus for an extract (rightly: nothing on it
    /// says otherwise), which keeps lines shaped like lists; it still keeps every paragraph.
    #[test]
    fn pages_keep_prose_and_lose_boilerplate(page in page()) {
        let default = dechaff::clean(&page.text);
        for ((role, line), block) in page.lines.iter().zip(default.blocks()) {
            if matches!(role, Role::Body) {
                prop_assert!(block.kept, "by default, paragraph removed as {}: {:?}", block.reason.as_str(), line);
            }
        }
        let cleaned = AS_PAGE.clean(&page.text);
        let blocks = cleaned.blocks();
        prop_assert_eq!(blocks.len(), page.lines.len(), "one block per generated line");
        for ((role, line), block) in page.lines.iter().zip(blocks) {
            prop_assert_eq!(&page.text[block.span.clone()], line.trim());
            match role {
                Role::Body => prop_assert!(block.kept, "paragraph removed as {}: {:?}", block.reason.as_str(), line),
                Role::Boilerplate(family) => {
                    prop_assert!(!block.kept, "{} line kept: {:?}", family, line)
                }
                Role::Metadata => prop_assert!(!block.kept, "metadata line kept: {:?}", line),
            }
        }
    }
}

proptest! {
    // Five cleanings a case: fewer cases keep the file fast.
    #![proptest_config(config(PAGE_CASES / 2))]

    #[test]
    fn deterministic_on_pages(page in page()) {
        check_deterministic(&page.text)?;
    }
}

// ---------------------------------------------------------------------------------------------
// Fixed inputs.

/// Edge cases and shrunk counterexamples, each checked against every invariant.
#[test]
fn known_inputs() {
    let table: &[&str] = &[
        "",
        "\n",
        "\r\n\r\n",
        "\r",
        "\u{2028}\u{2029}",
        "\u{FEFF}",
        "\0",
        "a",
        "\u{E2}\u{80}",
        "\r\r\n\n\r",
        " \u{A0}\t\u{FEFF}\u{200B}x\u{200D}\u{2060} ",
        "e\u{301}\n\u{301}\n\u{202E}abc",
        "👨‍👩‍👧\u{2029}🇩🇪",
        "Home > News > Local\n\n42\n\nAdvertisement",
        // Panicked once: a line after a name late in a page was read for an author's trade in its
        // first 160 bytes, which ended inside a 'ü'.
        concat!(
            "The ferry will keep running through the winter, the council said after a long debate on Monday night.\n\n",
            "The ferry will keep running through the winter, the council said after a long debate on Monday night.\n\n",
            "The ferry will keep running through the winter, the council said after a long debate on Monday night.\n\n",
            "The ferry will keep running through the winter, the council said after a long debate on Monday night.\n\n",
            "The ferry will keep running through the winter, the council said after a long debate on Monday night.\n\n",
            "The ferry will keep running through the winter, the council said after a long debate on Monday night.\n\n",
            "The ferry will keep running through the winter, the council said after a long debate on Monday night.\n\n",
            "The ferry will keep running through the winter, the council said after a long debate on Monday night.\n\n",
            "The ferry will keep running through the winter, the council said after a long debate on Monday night.\n\n",
            "The ferry will keep running through the winter, the council said after a long debate on Monday night.\n\n",
            "The ferry will keep running through the winter, the council said after a long debate on Monday night.\n\n",
            "The ferry will keep running through the winter, the council said after a long debate on Monday night.\n\n",
            "Jane Doe\nIn jenen Wochen xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxü wird der Hafen umgebaut, sagte die Stadt am Montag.\n",
        ),
        // Not idempotent before the title had to read as a headline (shrunk by proptest, then by
        // hand): the first line counted as good text for the body, so the short line after it was
        // kept, and then went to the title; cleaned again, the short line opened the page and went.
        "The council said on Monday that the ferry would keep running through the winter for the first time.\u{E2}\n\n\
         \u{E2}\nThe council said on Monday that the ferry would keep running through the winter for the first time.",
        "The council said that the ferry would keep running through the winter. x\n\nabc\n\n\
         The harbour master said the pier was in a worse state than anyone had expected.",
    ];
    for input in table {
        let result = (|| {
            let cleaned = dechaff::clean(input);
            check_no_invention(input, &cleaned)?;
            check_spans(input, &cleaned)?;
            check_deterministic(input)?;
            check_idempotent(input)
        })();
        if let Err(error) = result {
            panic!("{input:?}: {error}");
        }
    }
}

/// What the page property does not generate because dechaff gets it wrong today, each with a page
/// that shows it. The test fails when a row comes out right: then delete the row and lift the
/// matching restriction in the generator, so the list only ever shrinks.
const KNOWN_WEAKNESSES: &[(&str, &str, &str, bool)] = &[
    // (what goes wrong, page, start of the line that comes out wrong, whether that line should be kept)
    (
        "a paragraph after a headline list beside another chunk (here a second list) is dropped when \
         a blank line splits the list: the headlines after the blank line are not in their header's \
         paragraph, so they cost the region as page chrome does (the generator puts a headline list \
         between two paragraphs only alone; taking the next paragraph as a lone header's list made \
         both dev sets worse)",
        "Un groupe de parents a déclaré lundi que le prix du billet ne devrait pas augmenter avant le printemps. La nouvelle maire estime que le vieux quai est dans un état bien pire que ce que l'on pensait. Son voisin a rappelé que les horaires vont encore changer à la rentrée des classes.\n\
         Neueste Artikel\n\
         \n\
         Local Band Delights Crowd In Park\n\
         Neuer Zoodirektor stellt seine Pläne vor\n\
         Immobilier : les prix reculent à Lyon\n\
         Tour de France : le parcours dévoilé\n\
         More Stories\n\
         Stock Markets Close Higher On Friday\n\
         Neuer Zoodirektor stellt seine Pläne vor\n\
         Bundesliga: Späte Tore entscheiden das Derby\n\
         Tour de France : le parcours dévoilé\n\
         Five Recipes For A Rainy Weekend\n\
         Un groupe de parents a écrit dans une lettre au conseil que personne n'a demandé aux gens du port ce qu'ils voulaient vraiment, même si tout le monde n'est pas d'accord. La nouvelle maire estime que le vieux quai est dans un état bien pire que ce que l'on pensait.\n\
         ",
        "Un groupe de parents a écrit",
        true,
    ),
];

/// Runs of byline-like lines, the same or distinct, before or inside an article: once each
/// cleaning took one more of them (30 lines: 23, 15, 7, 0 over four runs).
#[test]
fn byline_runs_clean_to_a_fixed_point() {
    let paragraphs = [
        "The council met on Tuesday to discuss the new budget for the coming year, which includes several changes to local services.",
        "Members argued for two hours about the cost of road repairs and the future of the public library in the town centre.",
        "In the end the budget passed by a narrow margin, and the mayor said she was pleased with the outcome of the long debate.",
        "Residents will see the first changes in the spring, when work on the main road is expected to begin after months of delays.",
    ];
    for count in [2, 8, 30, 100] {
        for distinct in [false, true] {
            for at in 0..paragraphs.len() {
                for separator in ["\n", "\n\n"] {
                    let bylines: Vec<String> =
                        (0..count)
                            .map(|k| {
                                if distinct {
                                    format!("By {} {k}", NAMES[k % NAMES.len()])
                                } else {
                                    "By Jane Doe".into()
                                }
                            })
                            .collect();
                    let mut blocks: Vec<String> = vec!["Council passes budget".into()];
                    blocks.extend(paragraphs[..at].iter().map(|p| (*p).to_owned()));
                    blocks.push(bylines.join(separator));
                    blocks.extend(paragraphs[at..].iter().map(|p| (*p).to_owned()));
                    let page = blocks.join("\n\n");
                    let once = dechaff::clean(&page).text();
                    let case = format!("{count} bylines, distinct: {distinct}, after paragraph {at}, {separator:?}");
                    assert_eq!(dechaff::clean(&once).text(), once, "{case}");
                    for paragraph in &paragraphs[1..] {
                        assert!(once.contains(paragraph), "{case}: lost {paragraph:?}");
                    }
                }
            }
        }
    }
}

/// A page of more lines than the pipeline judges at once (20,000) is judged in parts by the whole
/// pipeline, repeats found across the parts: what the rules name goes, a line repeated 30,000
/// times is kept once, and the result cleans to itself.
#[test]
fn pages_of_very_many_lines_are_judged_in_parts() {
    let sentence = "The ferry will keep running through the winter, the council said after a long debate.";
    let second = "Passengers had feared that the last crossing of the year would be in October.";
    let page = format!("{sentence}\n{second}\nAdvertisement\n").repeat(30_000);
    let cleaned = dechaff::clean(&page);
    let reasons: std::collections::BTreeMap<&str, usize> =
        cleaned.blocks().iter().fold(Default::default(), |mut counts, b| {
            *counts.entry(b.reason.as_str()).or_default() += 1;
            counts
        });
    assert_eq!(reasons, [("advertising", 30_000), ("body", 2), ("duplicate", 59_998)].into_iter().collect());
    let text = cleaned.text();
    assert_eq!(text, format!("{sentence}\n{second}"));
    assert_eq!(dechaff::clean(&text).text(), text);

    let article = "The ferry will keep running through the winter, the council said on Monday after a long debate about its cost.\n\n\
        Passengers had feared that the last crossing of the year would be in October, as it was every year until now.";
    let page = format!("{}{article}\n\n{article}\n", "Advertisement\n".repeat(60_000));
    let cleaned = dechaff::clean(&page);
    let kept: Vec<&str> = cleaned.kept().collect();
    assert_eq!(kept, article.split("\n\n").collect::<Vec<_>>(), "the repeat goes");
}

/// Size is no reason to judge differently: a page padded with 50,001 lines after its article gets
/// the verdicts the pipeline gives its first part alone: its title, site name and list of other
/// stories go as they go without the padding (they came back when such pages were judged by the
/// rules alone).
#[test]
fn a_padded_page_keeps_the_verdicts_of_its_first_part() {
    let article = "Ferry to run all winter | Harbour News\n\nHome\nNews\nSport\nWeather\n\nFerry to run all winter\n\n\
        The ferry will keep running through the winter, the council said on Monday after a long debate about its cost and its future.\n\n\
        Passengers had feared that the last crossing of the year would be in October, as it was every year until now, the operator said.\n\n\
        The council will review the timetable in the spring, when the new boats arrive from the yard in the north of the country.\n\n\
        More Stories\nZoo welcomes two baby otters\nMarket square to close for repairs\nLibrary extends its opening hours\n\n";
    let padding: String = (0..50_001).map(|k| format!("row {k}\n")).collect();
    let page = format!("{article}{padding}");
    let first_part: usize = page.lines().filter(|l| !l.trim().is_empty()).take(20_000).map(|_| 1).sum();
    let cut = page.split_inclusive('\n').scan(0, |blocks, line| {
        *blocks += usize::from(!line.trim().is_empty());
        Some((*blocks, line.len()))
    });
    let end: usize = cut.take_while(|&(blocks, _)| blocks <= first_part).map(|(_, len)| len).sum();
    let padded = dechaff::clean(&page);
    let alone = dechaff::clean(&page[..end]);
    assert_eq!(padded.title(), alone.title());
    assert_eq!(padded.title(), Some("Ferry to run all winter"));
    assert_eq!(padded.page_type(), alone.page_type(), "the first part's kind is the page's");
    let verdicts = |c: &Cleaned<'_>| -> Vec<(bool, String)> {
        c.blocks().iter().take(first_part).map(|b| (b.kept, b.reason.as_str().to_owned())).collect()
    };
    assert_eq!(verdicts(&padded), verdicts(&alone));
    let text = padded.text();
    for gone in ["Harbour News", "Zoo welcomes", "More Stories", "Sport"] {
        assert!(!text.contains(gone), "{gone:?} came back");
    }
    assert!(text.starts_with("The ferry will keep running"));
}

/// Page shapes that once made every pass remove one block (a byline between every two
/// paragraphs, lines shaped like the headline, reviewers' names beside their dates, author boxes
/// all down the page): the pipeline settles in a few passes whatever their length, doubling the
/// page adds no pass, the result cleans to itself and the paragraphs stay.
#[test]
fn runs_that_went_one_a_pass_go_in_one() {
    let sentence = |k: usize| {
        format!("The harbour ferry number {k} will keep running through the winter, the operator said on Monday.")
    };
    type Shape<'a> = Box<dyn Fn(usize) -> String + 'a>;
    let shapes: Vec<(&str, Shape)> = vec![
        (
            "bylines between paragraphs",
            Box::new(|n| (0..n).map(|k| format!("By {}\n\n{}\n\n", NAMES[k % NAMES.len()], sentence(k))).collect()),
        ),
        (
            "headline-like lines",
            Box::new(|n| (0..n).map(|k| format!("Heading number {k} about the ferry\n")).collect()),
        ),
        (
            "names beside dates",
            Box::new(|n| {
                let reviews: String = (0..n)
                    .map(|k| {
                        format!("{} Reviewed 12/0{}/2024\n\n{}\n\n", NAMES[k % NAMES.len()], k % 9 + 1, sentence(k))
                    })
                    .collect();
                format!("Ferry reviews\n\n{reviews}")
            }),
        ),
        (
            "author boxes down the page",
            Box::new(|n| {
                let boxes: String =
                    (0..n).map(|k| format!("{}\n\nWritten by {}\n\n", sentence(k), NAMES[k % NAMES.len()])).collect();
                format!("Ferry news\n\n{boxes}")
            }),
        ),
    ];
    for (what, make) in &shapes {
        let mut passes = Vec::new();
        for n in [500, 1_000, 2_000] {
            let page = make(n);
            let cleaned = dechaff::clean(&page);
            passes.push(cleaned.passes());
            let text = cleaned.text();
            assert_eq!(dechaff::clean(&text).text(), text, "{what}, {n}: not a fixed point");
            if !what.starts_with("headline") {
                assert!(text.contains(&sentence(n / 2)), "{what}, {n}: lost a paragraph");
            }
        }
        assert!(passes.iter().all(|&p| p <= 4), "{what}: passes {passes:?}");
        assert!(passes.windows(2).all(|w| w[1] <= w[0]), "{what}: doubling the page added passes {passes:?}");
    }
}

#[test]
fn known_weaknesses_still_fail() {
    for (what, page, line, should_keep) in KNOWN_WEAKNESSES {
        let cleaned = AS_PAGE.clean(page);
        let block = cleaned
            .blocks()
            .iter()
            .find(|b| page[b.span.clone()].starts_with(line))
            .unwrap_or_else(|| panic!("no line starts with {line:?}"));
        assert_ne!(
            block.kept, *should_keep,
            "fixed: {what}. Delete this row of KNOWN_WEAKNESSES and lift the generator's restriction."
        );
    }
}

/// Large hostile inputs end (no timing is asserted: the point is that they finish at all, where a
/// quadratic step would not).
#[test]
fn big_hostile_inputs_finish() {
    let sentence = "The ferry will keep running through the winter, the council said after a long debate. ";
    let inputs: Vec<(&str, String)> = vec![
        ("1 MB single line of prose", sentence.repeat(1_000_000 / sentence.len())),
        ("1 MB single line without spaces", "x".repeat(1_000_000)),
        ("100k blank lines", "\n".repeat(100_000)),
        ("100k blank CRLF lines with whitespace", " \t\u{A0}\r\n".repeat(100_000)),
        ("100k separator lines", "|\n".repeat(100_000)),
        ("100k separators on one line", " | ".repeat(100_000)),
        ("100k paragraph separators", "\u{2029}".repeat(100_000)),
        // Smaller, as each line runs the rules: enough for a quadratic step to show.
        ("20k breadcrumbs", "Home > News > Local\n".repeat(20_000)),
        ("20k headline headers and headlines", "Latest News\nZoo Welcomes Two Baby Otters\n".repeat(10_000)),
        ("20k lone numbers", (0..20_000).map(|n| format!("{n}\n")).collect()),
        // Short lines that no rule removes: each is settled by its neighbours, which must not mean
        // a walk over all the others (this took 11 s for 100k lines before the scans were linear).
        ("50k short lines", (0..50_000).map(|n| format!("river house {n}\n")).collect()),
        (
            "50k short lines between paragraphs",
            format!("{sentence}\n{}{sentence}\n", "tree gamma delta\n".repeat(50_000)),
        ),
        ("2k distinct paragraphs", (0..2_000).map(|n| format!("{n}: {sentence}{sentence}\n\n")).collect()),
    ];
    for (name, input) in &inputs {
        let cleaned = dechaff::clean(input);
        let text = cleaned.text();
        assert!(text.len() <= input.len(), "{name}");
        let blocks = cleaned.blocks();
        if let (Some(first), Some(last)) = (blocks.first(), blocks.last()) {
            assert_eq!((first.extent.start, last.extent.end), (0, input.len()), "{name}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Articles in every script: pages whose article is in a language without a stopword list, or in
// a script without spaces, are never emptied.

/// Three sentences of a short news story in one language, written for these tests.
const SCRIPTS: &[(&str, [&str; 3])] = &[
    (
        "zh",
        [
            "新大桥周一正式通车，两岸居民终于不用再绕行二十公里。",
            "市长在通车仪式上表示，这座桥将大大缩短上班和上学的时间。",
            "交通部门还计划在明年开通一条连接火车站的公交线路。",
        ],
    ),
    (
        "ja",
        [
            "新しい橋が月曜日に開通し、両岸の住民は遠回りをしなくてよくなった。",
            "市長は開通式で、通勤や通学の時間が大きく短くなると述べた。",
            "市は来年、駅と結ぶバス路線も新たに開設する予定だという。",
        ],
    ),
    (
        "ko",
        [
            "새 다리가 월요일에 개통되어 양쪽 주민들이 더 이상 먼 길을 돌아가지 않아도 된다.",
            "시장은 개통식에서 출퇴근과 통학 시간이 크게 줄어들 것이라고 말했다.",
            "시는 내년에 기차역과 연결되는 버스 노선도 새로 만들 계획이다.",
        ],
    ),
    (
        "ar",
        [
            "افتُتح الجسر الجديد يوم الاثنين، ولم يعد سكان الضفتين مضطرين إلى السفر مسافة طويلة.",
            "وقال رئيس البلدية في حفل الافتتاح إن الجسر سيختصر وقت الذهاب إلى العمل والمدارس.",
            "وتخطط البلدية لإطلاق خط حافلات جديد يربط الجسر بمحطة القطار في العام المقبل.",
        ],
    ),
    (
        "he",
        [
            "הגשר החדש נפתח ביום שני, ותושבי שתי הגדות כבר לא צריכים לנסוע בדרך ארוכה.",
            "ראש העירייה אמר בטקס הפתיחה שהגשר יקצר מאוד את הדרך לעבודה ולבית הספר.",
            "העירייה מתכננת להפעיל בשנה הבאה קו אוטובוס חדש שיחבר את הגשר לתחנת הרכבת.",
        ],
    ),
    (
        "hi",
        [
            "नया पुल सोमवार को खुल गया और अब दोनों किनारों के लोगों को लंबा चक्कर नहीं लगाना पड़ेगा।",
            "महापौर ने उद्घाटन समारोह में कहा कि इससे काम और स्कूल जाने का समय बहुत कम हो जाएगा।",
            "नगर निगम अगले साल पुल को रेलवे स्टेशन से जोड़ने वाली नई बस सेवा भी शुरू करेगा।",
        ],
    ),
    (
        "bn",
        [
            "নতুন সেতুটি সোমবার খুলে দেওয়া হয়েছে এবং দুই পাড়ের মানুষকে আর ঘুরপথে যেতে হবে না।",
            "মেয়র উদ্বোধন অনুষ্ঠানে বলেন যে এতে কাজে ও স্কুলে যাওয়ার সময় অনেক কমে যাবে।",
            "পৌরসভা আগামী বছর সেতুটিকে রেলস্টেশনের সঙ্গে যুক্ত করতে একটি নতুন বাস সেবা চালু করবে।",
        ],
    ),
    (
        "th",
        [
            "สะพานใหม่เปิดใช้งานเมื่อวันจันทร์ ทำให้ชาวบ้านทั้งสองฝั่งไม่ต้องเดินทางอ้อมไกลอีกต่อไป",
            "นายกเทศมนตรีกล่าวในพิธีเปิดว่าสะพานนี้จะช่วยลดเวลาเดินทางไปทำงานและไปโรงเรียนได้มาก",
            "เทศบาลยังวางแผนเปิดเส้นทางรถโดยสารสายใหม่เชื่อมสะพานกับสถานีรถไฟในปีหน้า",
        ],
    ),
    (
        "vi",
        [
            "Cây cầu mới đã được thông xe vào thứ Hai, người dân hai bờ không còn phải đi đường vòng xa nữa.",
            "Chủ tịch thành phố cho biết tại lễ khánh thành rằng thời gian đi làm và đi học sẽ giảm đáng kể.",
            "Thành phố cũng dự kiến mở một tuyến xe buýt mới nối cây cầu với nhà ga vào năm tới.",
        ],
    ),
    (
        "id",
        [
            "Jembatan baru itu resmi dibuka pada hari Senin sehingga warga di kedua tepi sungai tidak perlu memutar jauh lagi.",
            "Wali kota mengatakan dalam upacara pembukaan bahwa jembatan ini akan memangkas waktu perjalanan ke kantor dan sekolah.",
            "Pemerintah kota juga berencana membuka jalur bus baru yang menghubungkan jembatan dengan stasiun kereta tahun depan.",
        ],
    ),
    (
        "tr",
        [
            "Yeni köprü pazartesi günü açıldı ve iki yakadaki sakinler artık uzun bir yol dolaşmak zorunda kalmayacak.",
            "Belediye başkanı açılış töreninde köprünün işe ve okula gidiş süresini çok kısaltacağını söyledi.",
            "Belediye gelecek yıl köprüyü tren istasyonuna bağlayacak yeni bir otobüs hattı da açmayı planlıyor.",
        ],
    ),
    (
        "el",
        [
            "Η νέα γέφυρα άνοιξε τη Δευτέρα και οι κάτοικοι των δύο οχθών δεν χρειάζεται πια να κάνουν μεγάλο κύκλο.",
            "Ο δήμαρχος είπε στην τελετή των εγκαινίων ότι η γέφυρα θα μειώσει πολύ τον χρόνο μετακίνησης.",
            "Ο δήμος σχεδιάζει επίσης νέα γραμμή λεωφορείου που θα συνδέει τη γέφυρα με τον σταθμό του τρένου.",
        ],
    ),
    (
        "uk",
        [
            "Новий міст відкрили в понеділок, і мешканцям обох берегів більше не треба їхати довгим об'їздом.",
            "Міський голова сказав на церемонії відкриття, що міст значно скоротить дорогу до роботи та школи.",
            "Наступного року місто планує запустити новий автобусний маршрут від мосту до вокзалу.",
        ],
    ),
    (
        "ru",
        [
            "Новый мост открыли в понедельник, и жителям обоих берегов больше не нужно ехать в объезд.",
            "Мэр сказал на церемонии открытия, что мост заметно сократит дорогу на работу и в школу.",
            "В следующем году город планирует запустить новый автобусный маршрут от моста до вокзала.",
        ],
    ),
    (
        "fa",
        [
            "پل جدید روز دوشنبه افتتاح شد و ساکنان دو سوی رودخانه دیگر مجبور نیستند راه طولانی را دور بزنند.",
            "شهردار در مراسم افتتاح گفت که این پل زمان رفت و آمد به محل کار و مدرسه را بسیار کوتاه می‌کند.",
            "شهرداری قصد دارد سال آینده یک خط اتوبوس تازه بین پل و ایستگاه قطار راه‌اندازی کند.",
        ],
    ),
    (
        "ur",
        [
            "نیا پل پیر کے روز کھول دیا گیا اور اب دونوں کناروں کے لوگوں کو لمبا چکر نہیں لگانا پڑے گا۔",
            "میئر نے افتتاحی تقریب میں کہا کہ اس سے کام اور اسکول جانے کا وقت بہت کم ہو جائے گا۔",
            "بلدیہ اگلے سال پل کو ریلوے اسٹیشن سے ملانے والی نئی بس سروس بھی شروع کرے گی۔",
        ],
    ),
    (
        "ka",
        [
            "ახალი ხიდი ორშაბათს გაიხსნა და ორივე ნაპირის მცხოვრებლებს აღარ მოუწევთ გრძელი გზის შემოვლა.",
            "მერმა გახსნის ცერემონიაზე თქვა, რომ ხიდი სამსახურსა და სკოლამდე გზას ბევრად შეამოკლებს.",
            "ქალაქი მომავალ წელს ხიდსა და რკინიგზის სადგურს შორის ახალ ავტობუსის ხაზს გახსნის.",
        ],
    ),
    (
        "hy",
        [
            "Նոր կամուրջը բացվեց երկուշաբթի, և երկու ափերի բնակիչներն այլևս ստիպված չեն երկար ճանապարհ անցնել։",
            "Քաղաքապետը բացման արարողությանը ասաց, որ կամուրջը շատ կկրճատի աշխատանքի և դպրոցի ճանապարհը։",
            "Քաղաքապետարանը հաջորդ տարի նախատեսում է նոր ավտոբուսային երթուղի դեպի երկաթուղային կայարան։",
        ],
    ),
    (
        "am",
        [
            "አዲሱ ድልድይ ሰኞ ተከፍቷል፤ የሁለቱም ዳርቻ ነዋሪዎች ረጅም መንገድ መዞር አያስፈልጋቸውም።",
            "ከንቲባው በምረቃው ሥነ ሥርዓት ላይ ድልድዩ ወደ ሥራና ትምህርት ቤት የሚወስደውን ጊዜ እንደሚያሳጥር ተናግረዋል።",
            "ከተማው በሚቀጥለው ዓመት ድልድዩን ከባቡር ጣቢያ ጋር የሚያገናኝ አዲስ የአውቶቡስ መስመር ለመክፈት አቅዷል።",
        ],
    ),
    (
        "ta",
        [
            "புதிய பாலம் திங்கள்கிழமை திறக்கப்பட்டது, இனி இரு கரை மக்களும் நீண்ட தூரம் சுற்றிச் செல்ல வேண்டியதில்லை.",
            "பாலம் வேலைக்கும் பள்ளிக்கும் செல்லும் நேரத்தை பெரிதும் குறைக்கும் என்று மேயர் திறப்பு விழாவில் கூறினார்.",
            "அடுத்த ஆண்டு பாலத்தை ரயில் நிலையத்துடன் இணைக்கும் புதிய பேருந்து சேவையையும் நகராட்சி தொடங்க உள்ளது.",
        ],
    ),
    (
        "my",
        [
            "တံတားအသစ်ကို တနင်္လာနေ့တွင် ဖွင့်လှစ်ခဲ့ပြီး ကမ်းနှစ်ဖက်ရှိ နေထိုင်သူများ လမ်းဝေးကို ပတ်သွားရန် မလိုတော့ပါ။",
            "မြို့တော်ဝန်က ဖွင့်ပွဲတွင် တံတားသည် အလုပ်နှင့် ကျောင်းသွားချိန်ကို များစွာ လျှော့ချပေးမည်ဟု ပြောသည်။",
            "မြို့တော်သည် လာမည့်နှစ်တွင် ရထားဘူတာနှင့် ဆက်သွယ်သော ဘတ်စ်ကားလိုင်းအသစ်ကို ဖွင့်ရန် စီစဉ်ထားသည်။",
        ],
    ),
    (
        "km",
        [
            "ស្ពានថ្មីត្រូវបានបើកនៅថ្ងៃច័ន្ទ ហើយប្រជាជនទាំងសងខាងទន្លេលែងត្រូវធ្វើដំណើរវាងឆ្ងាយទៀតហើយ។",
            "អភិបាលក្រុងបាននិយាយក្នុងពិធីសម្ពោធថា ស្ពាននេះនឹងកាត់បន្ថយពេលធ្វើដំណើរទៅធ្វើការ និងទៅសាលារៀនយ៉ាងច្រើន។",
            "សាលាក្រុងគ្រោងបើកខ្សែរថយន្តក្រុងថ្មីមួយ ដែលភ្ជាប់ស្ពានទៅស្ថានីយរថភ្លើងនៅឆ្នាំក្រោយ។",
        ],
    ),
    (
        "sw",
        [
            "Daraja jipya lilifunguliwa Jumatatu na wakazi wa pande zote mbili hawatalazimika tena kuzunguka umbali mrefu.",
            "Meya alisema katika sherehe ya ufunguzi kwamba daraja hilo litapunguza sana muda wa kwenda kazini na shuleni.",
            "Halmashauri inapanga pia kuanzisha njia mpya ya basi itakayounganisha daraja na kituo cha treni mwaka ujao.",
        ],
    ),
];

/// A page around a short article in `sentences`: site chrome, a headline (the first words of
/// the story), three paragraphs with an ad label between two of them, related links and a footer.
fn script_page(sentences: [&str; 3], chrome: Vec<&'static str>) -> (String, Vec<String>) {
    let paragraphs = vec![
        format!("{} {}", sentences[0], sentences[1]),
        format!("{} {}", sentences[1], sentences[2]),
        format!("{} {}", sentences[2], sentences[0]),
    ];
    let mut lines: Vec<String> = chrome.iter().take(2).map(|l| (*l).to_owned()).collect();
    lines.push(String::new());
    lines.push(paragraphs[0].clone());
    lines.push("Advertisement".to_owned());
    lines.push(paragraphs[1].clone());
    lines.push(String::new());
    lines.push(paragraphs[2].clone());
    lines.push(String::new());
    lines.extend(chrome.iter().skip(2).map(|l| (*l).to_owned()));
    (lines.join("\n"), paragraphs)
}

proptest! {
    #![proptest_config(config(PAGE_CASES))]

    #[test]
    fn articles_in_every_script_are_never_emptied(
        language in select(SCRIPTS),
        chrome in proptest::sample::subsequence(
            vec!["Skip to content", "Home | News | Sport | Weather", "Share on Facebook", "Related stories",
                 "Sign up for our newsletter", "© 2025 Example Media. All rights reserved."],
            3..=6,
        ),
    ) {
        let (page, paragraphs) = script_page(language.1, chrome);
        let cleaned = dechaff::clean(&page);
        let text = cleaned.text();
        prop_assert!(!text.is_empty(), "{}: emptied", language.0);
        for paragraph in &paragraphs {
            prop_assert!(text.contains(paragraph.as_str()), "{}: lost {:?}\n{}", language.0, paragraph, text);
        }
        check_no_invention(&page, &cleaned)?;
    }
}

#[test]
fn there_are_twenty_scripts_and_languages_at_least() {
    assert!(SCRIPTS.len() >= 20);
}
