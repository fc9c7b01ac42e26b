//! Social: share and follow prompts, lists of networks, app downloads.

use super::Anchor::{Start, Whole, Within};
use super::{Pattern, Phrase};
use crate::stats::BlockStats;

pub(super) const PHRASES: &[Phrase] = &[
    ("share", Whole),
    ("share this", Whole),
    ("share this article", Within(8)),
    ("share this story", Within(8)),
    ("share this post", Within(8)),
    ("share this page", Within(8)),
    ("share on", Start(6)),
    ("share via", Start(6)),
    ("share article", Whole),
    ("share story", Whole),
    ("tweet", Whole),
    ("pin it", Whole),
    ("copy link", Whole),
    ("email this", Whole),
    ("email this article", Whole),
    ("send by email", Whole),
    ("share by email", Whole),
    ("per e-mail senden", Whole),
    ("per mail teilen", Whole),
    ("per e-mail teilen", Whole),
    ("envoyer par e-mail", Whole),
    ("envoyer par mail", Whole),
    ("enviar por correo", Whole),
    ("invia per email", Whole),
    ("link copied", Whole),
    ("copied", Whole),
    ("teilen", Whole),
    ("artikel teilen", Whole),
    ("beitrag teilen", Whole),
    ("auf facebook teilen", Whole),
    ("teilen auf", Start(6)),
    ("link kopieren", Whole),
    ("partager", Whole),
    ("partager sur", Start(6)),
    ("partager cet article", Whole),
    ("compartir", Whole),
    ("compartir en", Start(6)),
    ("condividi", Whole),
    ("condividi su", Start(6)),
    ("delen", Whole),
    ("delen via", Start(6)),
    ("compartilhar", Whole),
    ("udostępnij", Whole),
    ("dela", Whole),
    ("follow us", Start(12)),
    ("follow us on", Start(14)),
    ("follow the author", Start(8)),
    ("follow me on", Start(12)),
    ("like us on facebook", Within(12)),
    ("folgen sie uns", Start(14)),
    ("folge uns", Start(14)),
    ("suivez-nous", Start(14)),
    ("síguenos", Start(14)),
    ("seguici", Start(14)),
    ("volg ons", Start(14)),
    ("siga-nos", Start(14)),
    ("download the app", Within(14)),
    ("download our app", Within(14)),
    ("download the", Start(8)),
    ("get the app", Within(12)),
    ("get our app", Within(12)),
    ("app herunterladen", Within(12)),
    ("laden sie die app", Within(14)),
    ("unsere app", Within(8)),
    ("téléchargez l'application", Within(14)),
    ("descarga la app", Within(14)),
    ("descarga nuestra app", Within(14)),
    ("scarica l'app", Within(14)),
    ("download de app", Within(14)),
    ("available on the app store", Within(14)),
    ("download on the app store", Within(14)),
    ("get it on google play", Within(14)),
    ("app store", Whole),
    ("google play", Whole),
    ("facebook", Whole),
    ("twitter", Whole),
    ("instagram", Whole),
    ("linkedin", Whole),
    ("whatsapp", Whole),
    ("pinterest", Whole),
    ("youtube", Whole),
    ("tiktok", Whole),
    ("reddit", Whole),
    ("telegram", Whole),
    ("bluesky", Whole),
    ("mastodon", Whole),
    ("flipboard", Whole),
    ("xing", Whole),
    ("rss", Whole),
    ("rss feed", Whole),
];

pub(super) const PATTERNS: &[Pattern] = &[
    // "Follow @handle" and share counts ("1.2K shares").
    (r"(?i)^(?:follow|folgen sie|suivez)\s+@\w+", 10, &["@"]),
    (r"(?i)^[\d.,]+\s*[km]?\s*(?:shares?|likes?|mal geteilt|partages)$", 4, &["share", "like", "geteilt", "partage"]),
];

const NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "instagram",
    "linkedin",
    "whatsapp",
    "pinterest",
    "youtube",
    "tiktok",
    "reddit",
    "telegram",
    "threads",
    "bluesky",
    "mastodon",
    "flipboard",
    "xing",
    "rss",
    "email",
    "e-mail",
    "mail",
    "print",
    "copy",
    "link",
    "messenger",
    "snapchat",
    "tumblr",
    "vk",
    "sms",
];

/// A line made only of network names ("Facebook Twitter Email"), however separated.
pub(super) fn is_network_list(text: &str, stats: &BlockStats) -> bool {
    if stats.words < 2 || stats.words > 14 || stats.sentence_ends > 0 {
        return false;
    }
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .all(|w| NETWORKS.iter().any(|n| n.eq_ignore_ascii_case(w)))
}

#[cfg(test)]
mod tests {
    use crate::rules::table::check;
    use crate::verdict::Reason;

    #[test]
    fn table() {
        check(
            Reason::Social,
            &[
                "Share this article",
                "Share on Facebook",
                "Facebook Twitter LinkedIn Email",
                "Facebook | X | WhatsApp",
                "Download the App",
                "Download the Example News App",
                "Follow us on Instagram",
                "Folgen Sie uns auf Instagram",
                "Teilen",
                "Auf Facebook teilen",
                "Partager sur X",
                "Get it on Google Play",
            ],
            &[
                "Facebook said on Tuesday it would change how political ads are labelled in Europe.",
                "She shared the photo with her 2,000 followers, and it spread quickly.",
                "Download speeds in rural areas remain far below the national average, the regulator said.",
            ],
        );
    }
}
