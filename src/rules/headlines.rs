//! Headers of headline lists: "Latest News Stories", "More from ...", "Das könnte Sie auch
//! interessieren". The run of headlines after a header is judged by the heuristics, which see the
//! neighbouring blocks.

use super::Anchor::Whole;
use super::{Pattern, Phrase};

pub(super) const PHRASES: &[Phrase] = &[
    ("you may also like", Whole),
    ("you might also like", Whole),
    ("you may also be interested in", Whole),
    ("you may have missed", Whole),
    ("you might be interested in", Whole),
    ("recommended for you", Whole),
    ("recommended", Whole),
    ("recommended reading", Whole),
    ("read next", Whole),
    ("up next", Whole),
    ("what to read next", Whole),
    ("around the web", Whole),
    ("from around the web", Whole),
    ("from the web", Whole),
    ("from our partners", Whole),
    ("don't miss", Whole),
    ("don’t miss", Whole),
    ("editor's picks", Whole),
    ("editors' picks", Whole),
    ("editor’s picks", Whole),
    ("most read", Whole),
    ("most popular", Whole),
    ("most viewed", Whole),
    ("most shared", Whole),
    ("trending", Whole),
    ("trending now", Whole),
    ("top stories", Whole),
    ("more stories", Whole),
    ("related", Whole),
    ("related articles", Whole),
    ("related posts", Whole),
    ("recent posts", Whole),
    ("popular posts", Whole),
    ("latest posts", Whole),
    ("related stories", Whole),
    ("related content", Whole),
    ("related coverage", Whole),
    ("related news", Whole),
    ("in case you missed it", Whole),
    ("das könnte sie auch interessieren", Whole),
    ("das könnte dich auch interessieren", Whole),
    ("weitere artikel", Whole),
    ("weitere nachrichten", Whole),
    ("meistgelesen", Whole),
    ("meistgelesene artikel", Whole),
    ("meist gelesen", Whole),
    ("neueste artikel", Whole),
    ("aktuelle nachrichten", Whole),
    ("mehr zum thema", Whole),
    ("ähnliche artikel", Whole),
    ("top-themen", Whole),
    ("top themen", Whole),
    ("empfohlene artikel", Whole),
    ("auch interessant", Whole),
    ("sur le même sujet", Whole),
    ("les plus lus", Whole),
    ("dernières actualités", Whole),
    ("articles similaires", Whole),
    ("articles liés", Whole),
    ("à lire aussi", Whole),
    ("noticias relacionadas", Whole),
    ("lo más leído", Whole),
    ("últimas noticias", Whole),
    ("te puede interesar", Whole),
    ("artículos relacionados", Whole),
    ("articoli correlati", Whole),
    ("i più letti", Whole),
    ("ultime notizie", Whole),
    ("potrebbe interessarti", Whole),
    ("potrebbe interessarti anche", Whole),
    ("ti potrebbe interessare", Whole),
    ("gerelateerde artikelen", Whole),
    ("meest gelezen", Whole),
    ("laatste nieuws", Whole),
    ("notícias relacionadas", Whole),
    ("mais lidas", Whole),
    ("najczęściej czytane", Whole),
    ("mest lästa", Whole),
];

pub(super) const PATTERNS: &[Pattern] = &[
    // "Latest News Stories", "More Top Stories", "Related Articles", "More from Business".
    (
        r"(?i)^(?:the\s+)?(?:latest|more|related|trending|top|popular|most popular|recent|recommended|other|similar|featured|further|more top|must-read|local)\s+(?:[\p{L}&'’-]+\s+){0,3}(?:news|stories|articles|headlines|reads|videos|links|coverage)\W*$",
        7,
        &["news", "stories", "articles", "headlines", "reads", "videos", "links", "coverage"],
    ),
    (r"(?i)^more\s+(?:from|in|on|about)\s+[\p{L}\d&'’ .-]{2,40}\W*$", 7, &["more"]),
    (
        r"(?i)^(?:mehr|weitere|neueste|aktuelle)\s+(?:[\p{L}-]+\s+){0,2}(?:nachrichten|artikel|beiträge|meldungen|news)\W*$",
        6,
        &["nachrichten", "artikel", "beiträge", "meldungen", "news"],
    ),
    (
        r"(?i)^(?:mehr|weitere)\s+(?:nachrichten|artikel|beiträge|meldungen|news)\s+(?:aus|zu|von|zum|zur|über)\b.{0,40}$",
        7,
        &["nachrichten", "artikel", "beiträge", "meldungen", "news"],
    ),
    (r"(?i)^(?:mehr|weiteres)\s+(?:aus|zu|von|zum|zur|über)\s+[\p{L}\d&'’ .-]{2,40}\W*$", 6, &["mehr", "weiteres"]),
    (
        r"(?i)^(?:plus|autres)\s+(?:d'|de\s+)?(?:actualités|articles|infos)\b.{0,30}$",
        6,
        &["actualités", "articles", "infos"],
    ),
    (r"(?i)^(?:más|otras)\s+(?:noticias|artículos)\b.{0,30}$", 6, &["noticias", "artículos"]),
    (r"(?i)^(?:altre|altri|più)\s+(?:notizie|articoli)\b.{0,30}$", 6, &["notizie", "articoli"]),
];

#[cfg(test)]
mod tests {
    use crate::rules::table::check;
    use crate::verdict::Reason;

    #[test]
    fn table() {
        check(
            Reason::UnrelatedHeadlines,
            &[
                "Latest News Stories",
                "More Top Stories",
                "Related Articles",
                "More from Business",
                "You may also like",
                "Das könnte Sie auch interessieren",
                "Weitere Nachrichten aus der Region",
                "Mehr aus Hamburg",
                "Sur le même sujet",
                "Noticias relacionadas",
                "Articoli correlati",
            ],
            &[
                "The latest news from the front came on Tuesday evening.",
                "More stories like this one are likely as budgets tighten, analysts said.",
                "Top stories of the year included the floods and the election.",
            ],
        );
    }
}
