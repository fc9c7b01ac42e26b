//! Social: share and follow prompts, lists of networks, app downloads, prompts to rate the page or
//! send feedback.

use super::{Pattern, Phrase, start, whole, within};
use crate::stats::BlockStats;

pub(super) const PHRASES: &[Phrase] = &[
    // Prompts to rate the page or tell the site what one thinks of it: a reader's action on the
    // page, like sharing it, not the opening of a comment section.
    start("wie gefällt ihnen unsere", 10),
    start("wie gefällt dir unsere", 10),
    start("bitte teilen sie uns ihre erfahrungen", 25),
    start("wir freuen uns, wenn du unseren beitrag bewertest", 12),
    start("wir freuen uns, wenn sie unseren beitrag bewerten", 12),
    start("how would you rate this article", 10),
    start("was this article helpful", 8),
    start("was this page helpful", 8),
    start("war dieser artikel hilfreich", 8),
    start("war diese seite hilfreich", 8),
    start("war diese information hilfreich", 8),
    start("was this helpful", 8),
    start("was this information helpful", 8),
    start("was this answer helpful", 8),
    start("did you find this useful", 8),
    start("did you find this helpful", 8),
    start("did you find this article useful", 10),
    start("did you find this article helpful", 10),
    start("is this page useful", 8),
    start("rate this article", 8),
    start("rate this page", 8),
    start("cet article vous a-t-il été utile", 10),
    start("cette page vous a-t-elle été utile", 10),
    start("questo articolo ti è stato utile", 10),
    start("how are we doing", 6),
    start("give us feedback", 8),
    start("give feedback", 6),
    start("send feedback", 6),
    start("send us feedback", 6),
    start("share your feedback", 8),
    start("leave feedback", 6),
    start("feedback geben", 6),
    start("feedback senden", 6),
    whole("share"),
    whole("share this"),
    within("share this article", 8),
    within("share this story", 8),
    within("share this post", 8),
    within("share this page", 8),
    start("share on", 6),
    start("share via", 6),
    whole("share article"),
    whole("share story"),
    whole("tweet"),
    whole("pin it"),
    whole("copy link"),
    whole("email this"),
    whole("email this article"),
    whole("send by email"),
    whole("share by email"),
    whole("per e-mail senden"),
    whole("per mail teilen"),
    whole("per e-mail teilen"),
    whole("envoyer par e-mail"),
    whole("envoyer par mail"),
    whole("enviar por correo"),
    whole("invia per email"),
    whole("link copied"),
    whole("copied"),
    whole("teilen"),
    whole("artikel teilen"),
    whole("beitrag teilen"),
    whole("diese geschichte teilen"),
    within("teile diesen beitrag", 12),
    whole("jetzt teilen"),
    whole("inhalt teilen"),
    whole("partager l'article"),
    whole("compartir artículo"),
    whole("compartilhe"),
    whole("auf facebook teilen"),
    start("teilen auf", 6),
    whole("link kopieren"),
    whole("partager"),
    start("partager sur", 6),
    whole("partager cet article"),
    whole("compartir"),
    start("compartir en", 6),
    // "Share this story (on social media)" as a sentence-like prompt in Romance languages.
    start("comparte esta noticia", 8),
    start("comparte este artículo", 8),
    start("compártelo", 6),
    start("partagez cet article", 8),
    start("condividi questo articolo", 8),
    start("compartilhe esta notícia", 8),
    whole("condividi"),
    start("condividi su", 6),
    whole("delen"),
    start("delen via", 6),
    whole("compartilhar"),
    whole("udostępnij"),
    whole("dela"),
    // Share and copy-link buttons and "share this article" in other scripts and languages.
    whole("分享"),
    start("分享到", 6),
    whole("分享本文"),
    whole("分享文章"),
    whole("复制链接"),
    whole("複製連結"),
    whole("シェア"),
    whole("シェアする"),
    whole("この記事をシェア"),
    whole("この記事をシェアする"),
    whole("リンクをコピー"),
    whole("リンクをコピーする"),
    whole("공유"),
    whole("공유하기"),
    whole("이 기사를 공유합니다"),
    whole("기사 공유하기"),
    whole("링크 복사"),
    whole("شارك"),
    whole("مشاركة"),
    whole("شارك الخبر"),
    whole("شارك المقال"),
    whole("نسخ الرابط"),
    whole("शेयर"),
    whole("शेयर करें"),
    whole("लिंक कॉपी करें"),
    whole("bagikan"),
    whole("bagikan artikel ini"),
    whole("bagikan berita ini"),
    whole("salin tautan"),
    whole("salin link"),
    whole("chia sẻ"),
    whole("chia sẻ bài viết"),
    whole("sao chép liên kết"),
    whole("sao chép link"),
    whole("แชร์"),
    whole("แชร์ข่าวนี้"),
    whole("คัดลอกลิงก์"),
    whole("paylaş"),
    whole("bu haberi paylaş"),
    whole("bağlantıyı kopyala"),
    whole("linki kopyala"),
    whole("κοινοποίηση"),
    whole("κοινοποιήστε"),
    whole("μοιραστείτε το άρθρο"),
    whole("αντιγραφή συνδέσμου"),
    whole("שתפו"),
    whole("שתף"),
    whole("שתפו את הכתבה"),
    whole("שתף את הכתבה"),
    whole("העתקת קישור"),
    whole("העתק קישור"),
    whole("поділитися"),
    whole("поділитися статтею"),
    whole("копіювати посилання"),
    whole("поделиться"),
    whole("копировать ссылку"),
    start("follow us", 12),
    start("email this blogthis!", 20),
    whole("teilen mit:"),
    whole("teilen mit"),
    start("follow us on", 14),
    start("follow the author", 8),
    start("follow me on", 12),
    within("like us on facebook", 12),
    start("folgen sie uns", 14),
    start("folge uns", 14),
    start("suivez-nous", 14),
    start("síguenos", 14),
    start("síguenos en", 25),
    start("siguenos en", 25),
    start("seguici", 14),
    start("volg ons", 14),
    start("siga-nos", 14),
    start("关注我们", 14),
    whole("フォローする"),
    start("تابعونا على", 14),
    start("تابعنا على", 14),
    start("हमें फॉलो करें", 14),
    start("ikuti kami", 14),
    start("theo dõi chúng tôi", 14),
    start("ติดตามเรา", 14),
    start("bizi takip edin", 14),
    start("ακολουθήστε μας", 14),
    start("עקבו אחרינו", 14),
    start("стежте за нами", 14),
    start("підписуйтесь на нас", 14),
    start("подписывайтесь на нас", 14),
    within("download the app", 14),
    within("download our app", 14),
    start("download the", 8),
    within("get the app", 12),
    within("get our app", 12),
    within("app herunterladen", 12),
    within("laden sie die app", 14),
    within("unsere app", 8),
    within("téléchargez l'application", 14),
    within("descarga la app", 14),
    within("descarga nuestra app", 14),
    within("scarica l'app", 14),
    within("download de app", 14),
    within("available on the app store", 14),
    within("download on the app store", 14),
    within("get it on google play", 14),
    whole("app store"),
    whole("google play"),
    whole("facebook"),
    whole("twitter"),
    whole("instagram"),
    whole("linkedin"),
    whole("whatsapp"),
    whole("pinterest"),
    whole("youtube"),
    whole("tiktok"),
    whole("reddit"),
    whole("telegram"),
    whole("bluesky"),
    whole("mastodon"),
    whole("flipboard"),
    whole("xing"),
    whole("rss"),
    whole("rss feed"),
];

pub(super) const PATTERNS: &[Pattern] = &[
    // "Follow @handle" and share counts ("1.2K shares").
    Pattern { regex: r"(?i)^(?:follow|folgen sie|suivez)\s+@\w+", max_words: 10, triggers: &["@"] },
    // "Follow The Gazette on Twitter and Instagram @gazette and on Facebook ...".
    Pattern {
        regex: r"(?i)^\W*follow\s+(?:[\p{L}\d'’.&-]+\s+){1,4}on\s+(?:twitter|x|instagram|facebook|tiktok|threads|linkedin|youtube|bluesky|mastodon)(?-u:\b)",
        max_words: 45,
        triggers: &["follow"],
    },
    // "Download the Gazette app", "For the latest stories ... download the Gazette apps for iOS
    // and Android".
    Pattern {
        regex: r"(?i)^\W*(?:for\s+(?:the\s+)?(?:latest|more)(?-u:\b).{0,80}?)?download\s+(?:the|our)\s+(?:[\p{L}\d'’&.-]+\s+){0,3}apps?(?-u:\b)",
        max_words: 30,
        triggers: &["download"],
    },
    // A publisher's channel on a messenger or a video site: "Join our Telegram channel", "Únete a
    // nuestro canal de WhatsApp", "Abonniert unseren YouTube-Kanal".
    Pattern {
        regex: r"(?i)(?:(?-u:\b)our\s+(?:telegram|whatsapp|youtube)\s+channel|(?:nuestro|tenemos)\s+canal\s+de\s+(?:telegram|whatsapp|youtube)|unser(?:en)?\s+(?:telegram|whatsapp|youtube)-kanal|notre\s+chaîne\s+(?:telegram|whatsapp|youtube))",
        max_words: 30,
        triggers: &["channel", "canal", "kanal", "chaîne"],
    },
    Pattern {
        regex: r"(?i)^[\d.,]+\s*[km]?\s*(?:shares?|likes?|mal geteilt|partages)$",
        max_words: 4,
        triggers: &["share", "like", "geteilt", "partage"],
    },
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
    // Share, copy-link, bookmark and print buttons in other scripts and languages, word by word
    // ("Bağlantıyı kopyala" is two).
    "分享",
    "收藏",
    "复制链接",
    "複製連結",
    "打印",
    "微信",
    "微博",
    "シェア",
    "ポスト",
    "リンクをコピー",
    "印刷",
    "공유",
    "공유하기",
    "링크",
    "복사",
    "스크랩",
    "인쇄",
    "شارك",
    "مشاركة",
    "نسخ",
    "الرابط",
    "طباعة",
    "bagikan",
    "salin",
    "tautan",
    "cetak",
    "แชร์",
    "คัดลอกลิงก์",
    "พิมพ์",
    "paylaş",
    "bağlantıyı",
    "linki",
    "kopyala",
    "yazdır",
    "κοινοποίηση",
    "αντιγραφή",
    "συνδέσμου",
    "εκτύπωση",
    "שתפו",
    "שתף",
    "העתקת",
    "העתק",
    "קישור",
    "הדפסה",
    "поділитися",
    "копіювати",
    "посилання",
    "друк",
    "поделиться",
    "копировать",
    "ссылку",
    "печать",
];

/// The words of a row of share buttons besides the networks' names ("Share this page to
/// Facebook", "Copy this page to clipboard", "Auf Facebook teilen"): the verb, what is shared
/// and the prepositions before a network.
const SHARE_ROW_WORDS: &[&str] = &[
    "share",
    "this",
    "page",
    "article",
    "post",
    "story",
    "to",
    "via",
    "on",
    "with",
    "by",
    "clipboard",
    "click",
    "send",
    "senden",
    "envoyer",
    "enviar",
    "invia",
    "teilen",
    "diese",
    "diesen",
    "seite",
    "artikel",
    "beitrag",
    "auf",
    "per",
    "partager",
    "cette",
    "cet",
    "sur",
    "par",
    "compartir",
    "esta",
    "este",
    "página",
    "artículo",
    "en",
    "por",
    "condividi",
    "questa",
    "questo",
    "pagina",
    "articolo",
    "su",
    "delen",
    "deze",
    "op",
    "dela",
    "denna",
    "sidan",
    "på",
];

/// The verbs of a row of share buttons.
const SHARE_VERBS: &[&str] = &["share", "teilen", "partager", "compartir", "condividi", "delen", "dela"];

/// A line made only of network names ("Facebook Twitter Email"), however separated; or a row of
/// share buttons, each naming its network ("Share this page to Facebook Share this page to X
/// Share this page via Email"): only their words, a share verb and two networks or more.
///
/// One pass over the words, one lookup a word: most lines fail at their first word.
pub(super) fn is_network_list(text: &str, stats: &BlockStats) -> bool {
    if stats.words < 2 || stats.words > SHARE_ROW_MAX_WORDS || stats.sentence_ends > 0 {
        return false;
    }
    let mut networks_only = true;
    let mut verb = false;
    let mut networks = 0u32;
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty()) {
        let kind = word_kind(word);
        if kind & (NETWORK | BUTTON) == 0 {
            return false;
        }
        networks_only &= kind & NETWORK != 0;
        verb |= kind & VERB != 0;
        networks += u32::from(kind & (NETWORK | BUTTON) == NETWORK);
    }
    (stats.words <= NETWORK_LIST_MAX_WORDS && networks_only) || (verb && networks >= 2)
}

/// A word of `NETWORKS` (in any case), of `SHARE_ROW_WORDS` and of `SHARE_VERBS` (in any ASCII
/// case): bits of `word_kind`.
const NETWORK: u8 = 1;
const BUTTON: u8 = 2;
const VERB: u8 = 4;

/// The longest word, in bytes, `KINDS` holds.
const LONGEST_KIND: usize = 64;

/// The kinds of the lowercase networks' names and the share buttons' words, by their bytes.
static KINDS: std::sync::LazyLock<rustc_hash::FxHashMap<Vec<u8>, u8>> = std::sync::LazyLock::new(|| {
    let mut kinds = rustc_hash::FxHashMap::default();
    let named = NETWORKS.iter().map(|n| (n.to_lowercase(), NETWORK));
    let buttons = SHARE_ROW_WORDS.iter().map(|b| (b.to_ascii_lowercase(), BUTTON));
    let verbs = SHARE_VERBS.iter().map(|v| (v.to_ascii_lowercase(), VERB));
    for (word, kind) in named.chain(buttons).chain(verbs) {
        *kinds.entry(word.into_bytes()).or_insert(0) |= kind;
    }
    kinds
});

/// The lowercase names of `NETWORKS`, for a word outside ASCII.
static LOWERCASE: std::sync::LazyLock<rustc_hash::FxHashSet<String>> =
    std::sync::LazyLock::new(|| NETWORKS.iter().map(|n| n.to_lowercase()).collect());

/// What `word` is of a network list or a share row: a network's name in any case, a share
/// button's word or verb in any ASCII case (`eq_ignore_ascii_case`). The word's bytes are written
/// ASCII-lowercase into a buffer on the stack and looked up once; an ASCII word's lowercase is
/// that, a word outside ASCII is looked for as a network's name as it is and in lowercase.
fn word_kind(word: &str) -> u8 {
    let mut buffer = [0u8; LONGEST_KIND];
    let mut kind = match buffer.get_mut(..word.len()) {
        Some(lower) => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            KINDS.get(&*lower).copied().unwrap_or(0)
        }
        // Longer than every word of the tables, in any ASCII case.
        None => 0,
    };
    if !word.is_ascii() {
        kind &= !NETWORK;
        if LOWERCASE.contains(word)
            || (word.chars().any(char::is_uppercase) && LOWERCASE.contains(&word.to_lowercase()))
        {
            kind |= NETWORK;
        }
    }
    kind
}

/// The most words of a line of network names.
const NETWORK_LIST_MAX_WORDS: u32 = 14;

/// The most words of a row of share buttons.
const SHARE_ROW_MAX_WORDS: u32 = 30;

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
                "Wie gefällt Ihnen unsere Website?",
                "Bitte teilen Sie uns Ihre Erfahrungen mit, wenn Sie das Rezept schon probiert haben.",
                "Was this article helpful?",
                "Was this helpful?",
                "Did you find this useful?",
                "Is this page useful? Edit this page",
                "Give us feedback on this page.",
                "Send feedback",
                "Share Your Feedback",
                "War diese Seite hilfreich?",
                "Cet article vous a-t-il été utile ?",
                "Share on Facebook",
                "Comparte esta noticia en redes sociales",
                "Partagez cet article avec vos amis",
                "Facebook Twitter LinkedIn Email",
                "Facebook | X | WhatsApp",
                "Share this page to Facebook Share this page to X Share this page via Email Copy this page to clipboard",
                "Diesen Artikel auf Facebook teilen Auf X teilen Per E-Mail senden",
                "Download the App",
                "Download the Example News App",
                "Follow us on Instagram",
                "Folgen Sie uns auf Instagram",
                "Teilen",
                "Auf Facebook teilen",
                "Partager sur X",
                "Get it on Google Play",
                "分享",
                "复制链接",
                "この記事をシェアする",
                "リンクをコピー",
                "이 기사를 공유합니다",
                "공유하기",
                "شارك الخبر",
                "نسخ الرابط",
                "शेयर करें",
                "हमें फॉलो करें",
                "Bagikan",
                "Salin Tautan",
                "Chia sẻ bài viết",
                "Sao chép liên kết",
                "แชร์",
                "คัดลอกลิงก์",
                "Paylaş",
                "Bağlantıyı kopyala",
                "Bizi takip edin: Facebook, Instagram",
                "Κοινοποίηση",
                "Αντιγραφή συνδέσμου",
                "שתפו את הכתבה",
                "העתקת קישור",
                "Поділитися",
                "Копіювати посилання",
                "Diese Geschichte teilen",
                "Teile diesen Beitrag auf Social Media.",
                "Jetzt teilen!",
                "שתפו | העתקת קישור",
                "Paylaş | Bağlantıyı kopyala | Yazdır",
                "Κοινοποίηση | Αντιγραφή συνδέσμου",
                "Поділитися | Копіювати посилання",
                "分享 | 收藏 | 复制链接",
                "공유하기 | 링크 복사 | 스크랩 | 인쇄",
                "Follow The Harbour Gazette on Twitter and Instagram @harbourgazette and on Facebook @HarbourGazette. Send us a message on WhatsApp.",
                "For the latest stories and breaking news updates download the Gazette apps for iOS and Android.",
                "Download our app",
                "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace de invitación.",
                "¡Mira lo que tiene nuestro canal de YouTube!",
                "Join our WhatsApp channel for the day's news",
                "Abonniert unseren YouTube-Kanal!",
                "Email This BlogThis! Share to Twitter Share to Facebook Share to Pinterest",
                "Teilen mit:",
                "Siguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo todas nuestras actualizaciones",
            ],
            &[
                "Facebook said on Tuesday it would change how political ads are labelled in Europe.",
                "She shared the photo with her 2,000 followers, and it spread quickly.",
                "村民们愿意分享自己的经验，帮助邻村一起发展。",
                "Warga diminta membagikan informasi ini kepada tetangga.",
                "Bu haberi paylaşan kullanıcı sayısı kısa sürede arttı.",
                "Мешканці поділилися враженнями від нового мосту.",
                "Download speeds in rural areas remain far below the national average, the regulator said.",
                "Comparte esta noticia con cautela: los datos aún no están confirmados, advirtió la agencia.",
                "Follow the river on foot for two hours and you reach the old mill, where the path turns north.",
                "The council said residents could download the new parking app from Monday, and that paper permits would end in March.",
                "The minister's YouTube channel had fewer than a thousand subscribers before the campaign began.",
                "Siguen en el puerto los barcos que no pudieron salir por la tormenta, dijo el capitán.",
                "Send feedback to the harbour master about the new timetable before the end of March, the council asked.",
                "Was this helpful to the islanders? Only in part, the survey found when it reported in May.",
                // Share words and networks in a headline are no row of buttons.
                "Share prices on the page fell as Facebook and X reported",
                "Facebook to share data with X",
            ],
        );
    }

    /// The one-pass test, one lookup a word, answers as the three passes over the words it
    /// replaced (issue 28): every word of the tables in four cases and as parts of rows.
    #[test]
    fn network_list_as_the_three_passes() {
        use super::{
            BUTTON, KINDS, LONGEST_KIND, NETWORK, NETWORK_LIST_MAX_WORDS, NETWORKS, SHARE_ROW_MAX_WORDS,
            SHARE_ROW_WORDS, SHARE_VERBS, VERB, is_network_list, word_kind,
        };
        use crate::lang::Language;
        use crate::stats::BlockStats;

        fn before(text: &str, stats: &BlockStats) -> bool {
            if stats.words < 2 || stats.words > SHARE_ROW_MAX_WORDS || stats.sentence_ends > 0 {
                return false;
            }
            let lowercase: rustc_hash::FxHashSet<String> = NETWORKS.iter().map(|n| n.to_lowercase()).collect();
            let words = || text.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty());
            let network = |w: &str| {
                lowercase.contains(w) || (w.chars().any(char::is_uppercase) && lowercase.contains(&w.to_lowercase()))
            };
            if stats.words <= NETWORK_LIST_MAX_WORDS && words().all(network) {
                return true;
            }
            let button = |w: &str| SHARE_ROW_WORDS.iter().any(|b| w.eq_ignore_ascii_case(b));
            let verb = |w: &str| SHARE_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v));
            words().all(|w| network(w) || button(w))
                && words().any(verb)
                && words().filter(|w| network(w) && !button(w)).nth(1).is_some()
        }

        assert!(KINDS.keys().all(|k| k.len() <= LONGEST_KIND));
        let lowercase: rustc_hash::FxHashSet<String> = NETWORKS.iter().map(|n| n.to_lowercase()).collect();
        let mut forms = Vec::new();
        let others = ["the", "news", "İstanbul", "ΣΟΦΙΑ", "Kelvin", "\u{212a}elvin", "x-ray", "e-mail", "E-Mail"];
        for word in NETWORKS.iter().chain(SHARE_ROW_WORDS).chain(SHARE_VERBS).chain(&others) {
            let mut title = word.chars();
            let title = title.next().map(|c| c.to_uppercase().chain(title).collect::<String>()).unwrap_or_default();
            forms.extend([word.to_string(), word.to_uppercase(), word.to_ascii_uppercase(), title]);
        }
        forms.extend(["a".repeat(LONGEST_KIND + 1), "é".repeat(LONGEST_KIND), "Facebook".repeat(9)]);
        for word in &forms {
            let kind = word_kind(word);
            let network = lowercase.contains(word.as_str())
                || (word.chars().any(char::is_uppercase) && lowercase.contains(&word.to_lowercase()));
            assert_eq!(kind & NETWORK != 0, network, "{word}");
            assert_eq!(kind & BUTTON != 0, SHARE_ROW_WORDS.iter().any(|b| word.eq_ignore_ascii_case(b)), "{word}");
            assert_eq!(kind & VERB != 0, SHARE_VERBS.iter().any(|v| word.eq_ignore_ascii_case(v)), "{word}");
        }
        let mut lines = Vec::new();
        for (i, a) in forms.iter().enumerate() {
            let b = &forms[(i * 7 + 3) % forms.len()];
            let c = &forms[(i * 13 + 5) % forms.len()];
            lines.extend([
                format!("{a} {b}"),
                format!("{a} | {b} | {c}"),
                format!("Share this page to {a} Share this page via {b}"),
                format!("{c} on {a} {b} teilen"),
                format!("{a} {b} {c} {a} {b} {c} {a} {b} {c} {a} {b} {c} {a} {b} {c} {a} {b}"),
                format!("Share to {a}. Share to {b}"),
            ]);
        }
        for line in &lines {
            let stats = BlockStats::compute(line, Language::English);
            assert_eq!(is_network_list(line, &stats), before(line, &stats), "{line}");
        }
    }
}
