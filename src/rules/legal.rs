//! Legal: copyright and rights lines, trademark notices, company lines, privacy, terms, cookie and
//! do-not-sell lines.

use super::engine::Scanner;
use super::{Pattern, Phrase, start, whole, within};
use crate::stats::BlockStats;
use std::sync::LazyLock;

/// A consent notice opens with its phrase and may run on for this many words.
const CONSENT_WORDS: u32 = 1000;

pub(super) const PHRASES: &[Phrase] = &[
    // An opinion piece's disclaimer.
    within("gibt die meinung des autors wieder", 30),
    within("gibt die meinung der autorin wieder", 30),
    start("the views expressed in this article are", 40),
    start("the opinions expressed in this article are", 40),
    start("las opiniones expresadas en este artículo", 40),
    // Consent notices open with these, however long they go on.
    start("we use cookies", CONSENT_WORDS),
    start("this website uses cookies", CONSENT_WORDS),
    start("this site uses cookies", CONSENT_WORDS),
    start("we and our partners", CONSENT_WORDS),
    start("we value your privacy", CONSENT_WORDS),
    start("wir verwenden cookies", CONSENT_WORDS),
    start("wir nutzen cookies", CONSENT_WORDS),
    start("wir setzen cookies", CONSENT_WORDS),
    start("diese website verwendet cookies", CONSENT_WORDS),
    start("diese webseite verwendet cookies", CONSENT_WORDS),
    start("wir und unsere partner", CONSENT_WORDS),
    start("nous utilisons des cookies", CONSENT_WORDS),
    start("ce site utilise des cookies", CONSENT_WORDS),
    start("nous et nos partenaires", CONSENT_WORDS),
    start("utilizamos cookies", CONSENT_WORDS),
    start("usamos cookies", CONSENT_WORDS),
    start("este sitio web utiliza cookies", CONSENT_WORDS),
    start("utilizziamo i cookie", CONSENT_WORDS),
    start("questo sito utilizza cookie", CONSENT_WORDS),
    start("wij gebruiken cookies", CONSENT_WORDS),
    start("deze website gebruikt cookies", CONSENT_WORDS),
    start("używamy plików cookie", CONSENT_WORDS),
    start("este site utiliza cookies", CONSENT_WORDS),
    start("vi använder cookies", CONSENT_WORDS),
    within("all rights reserved", 12),
    within("alle rechte vorbehalten", 12),
    within("tous droits réservés", 12),
    within("todos los derechos reservados", 12),
    within("tutti i diritti riservati", 12),
    within("alle rechten voorbehouden", 12),
    within("todos os direitos reservados", 12),
    within("wszelkie prawa zastrzeżone", 12),
    within("alla rättigheter förbehållna", 12),
    within("some rights reserved", 12),
    within("版权所有", 20),
    within("版權所有", 20),
    within("무단전재 및 재배포 금지", 20),
    within("무단 전재 및 재배포 금지", 20),
    within("무단전재-재배포 금지", 20),
    within("جميع الحقوق محفوظة", 15),
    within("सर्वाधिकार सुरक्षित", 15),
    within("hak cipta dilindungi undang-undang", 20),
    within("hak cipta dilindungi", 15),
    within("bản quyền thuộc về", 30),
    within("สงวนลิขสิทธิ์", 15),
    within("tüm hakları saklıdır", 15),
    within("με επιφύλαξη παντός δικαιώματος", 15),
    within("όλα τα δικαιώματα διατηρούνται", 15),
    within("כל הזכויות שמורות", 15),
    within("усі права захищено", 20),
    within("всі права захищені", 20),
    within("всі права захищено", 20),
    within("все права защищены", 20),
    within("registered trademark", 40),
    within("registered trademarks", 40),
    within("are trademarks of", 40),
    within("is a trademark of", 40),
    within("trademarks of", 40),
    within("eingetragene marke", 30),
    within("eingetragene marken", 30),
    within("marque déposée", 30),
    within("marca registrada", 30),
    within("marchio registrato", 30),
    within("may not be published, broadcast, rewritten or redistributed", 40),
    within("may not be reproduced", 30),
    within("without prior written permission", 30),
    within("without the express written permission", 30),
    within("privacy policy", 10),
    within("privacy notice", 10),
    within("privacy statement", 10),
    within("privacy settings", 10),
    whole("privacy"),
    whole("privacy center"),
    within("privacy choices", 8),
    within("your privacy choices", 10),
    whole("datenschutz"),
    // An embed's consent placeholder and a sign-up form's consent line.
    start("wir respektieren deine privatsphäre", 60),
    start("wir respektieren ihre privatsphäre", 60),
    start("we respect your privacy", 40),
    start("mit der registrierung akzeptieren sie", 60),
    // A form's consent box and the privacy note under a contact form.
    within("ich habe die datenschutzerklärung gelesen", 80),
    within("ich akzeptiere die datenschutzbestimmungen", 80),
    within("ich akzeptiere die datenschutzerklärung", 80),
    within("ich stimme der datenschutzerklärung zu", 80),
    start("wenn sie uns per kontaktformular anfragen zukommen lassen", 80),
    within("i have read and agree to the privacy policy", 60),
    within("i have read and accept the privacy policy", 60),
    within("he leído y acepto la política de privacidad", 60),
    within("j'accepte la politique de confidentialité", 60),
    whole("leave this field empty if you're human"),
    // A health page's review note: "Dieser Text ... wurde von Medizinern geprüft".
    within("wurde von medizinern geprüft", 40),
    within("wurde von ärzten geprüft", 40),
    within("medizinisch geprüft", 20),
    within("datenschutzerklärung", 8),
    within("datenschutzhinweise", 8),
    within("datenschutz-einstellungen", 8),
    within("privatsphäre-einstellungen", 8),
    within("politique de confidentialité", 10),
    whole("confidentialité"),
    within("política de privacidad", 10),
    within("aviso de privacidad", 10),
    within("informativa sulla privacy", 10),
    within("informativa privacy", 10),
    within("privacybeleid", 10),
    within("política de privacidade", 10),
    within("polityka prywatności", 10),
    within("integritetspolicy", 10),
    // CJK text counts few words per line, so its policy links must be whole lines.
    whole("隐私政策"),
    whole("隱私權政策"),
    whole("プライバシーポリシー"),
    whole("개인정보처리방침"),
    within("سياسة الخصوصية", 10),
    within("गोपनीयता नीति", 10),
    within("kebijakan privasi", 10),
    within("chính sách bảo mật", 10),
    within("นโยบายความเป็นส่วนตัว", 10),
    within("gizlilik politikası", 10),
    within("πολιτική απορρήτου", 10),
    within("מדיניות פרטיות", 10),
    within("політика конфіденційності", 10),
    within("политика конфиденциальности", 10),
    within("terms of use", 10),
    within("terms of service", 10),
    within("terms and conditions", 10),
    within("terms & conditions", 10),
    within("nutzungsbedingungen", 8),
    within("conditions d'utilisation", 10),
    within("conditions générales", 10),
    within("condiciones de uso", 10),
    within("términos y condiciones", 10),
    within("termini e condizioni", 10),
    within("gebruiksvoorwaarden", 8),
    whole("使用条款"),
    whole("用户协议"),
    whole("利用規約"),
    whole("이용약관"),
    within("شروط الاستخدام", 10),
    within("उपयोग की शर्तें", 10),
    within("syarat dan ketentuan", 10),
    within("điều khoản sử dụng", 10),
    within("ข้อกำหนดการใช้งาน", 10),
    within("kullanım koşulları", 10),
    within("όροι χρήσης", 10),
    within("תנאי שימוש", 10),
    within("умови використання", 10),
    within("çerez politikası", 10),
    within("çerez ayarları", 10),
    whole("クッキー設定"),
    whole("cookie設定"),
    within("cookie policy", 10),
    within("cookie settings", 10),
    within("cookie preferences", 10),
    within("cookie-richtlinie", 10),
    within("cookie-einstellungen", 10),
    within("cookie-hinweis", 10),
    within("manage cookies", 10),
    within("manage consent", 10),
    within("politique de cookies", 10),
    within("gestion des cookies", 10),
    within("política de cookies", 10),
    whole("cookies"),
    within("we use cookies", 60),
    within("this site uses cookies", 60),
    within("this website uses cookies", 60),
    within("uses cookies to", 60),
    within("by continuing to use this site", 60),
    within("by using this site, you agree", 60),
    within("wir verwenden cookies", 60),
    within("wir nutzen cookies", 60),
    within("diese website verwendet cookies", 60),
    within("diese webseite verwendet cookies", 60),
    within("nous utilisons des cookies", 60),
    within("ce site utilise des cookies", 60),
    within("utilizamos cookies", 60),
    within("este sitio web utiliza cookies", 60),
    within("utilizziamo i cookie", 60),
    within("questo sito utilizza cookie", 60),
    within("wij gebruiken cookies", 60),
    within("쿠키를 사용합니다", 60),
    within("쿠키를 사용하여", 60),
    within("نستخدم ملفات تعريف الارتباط", 60),
    within("يستخدم هذا الموقع ملفات تعريف الارتباط", 60),
    within("هذا الموقع يستخدم ملفات تعريف الارتباط", 60),
    within("कुकीज़ का उपयोग करते हैं", 60),
    within("कुकीज का उपयोग करते हैं", 60),
    within("kami menggunakan cookie", 60),
    within("situs ini menggunakan cookie", 60),
    within("chúng tôi sử dụng cookie", 60),
    within("trang web này sử dụng cookie", 60),
    within("çerez kullanıyoruz", 80),
    within("çerezler kullanıyoruz", 80),
    within("çerezleri kullanıyoruz", 80),
    within("çerezler kullanılmaktadır", 80),
    within("çerez kullanılmaktadır", 80),
    within("χρησιμοποιούμε cookies", 60),
    within("χρησιμοποιεί cookies", 60),
    within("אתר זה משתמש בעוגיות", 60),
    within("אנו משתמשים בעוגיות", 60),
    within("האתר משתמש בקובצי cookie", 60),
    within("ми використовуємо файли cookie", 60),
    within("сайт використовує файли cookie", 60),
    within("мы используем файлы cookie", 60),
    within("сайт использует файлы cookie", 60),
    within("accept all cookies", 10),
    within("this cookie is set by", 60),
    within("cookies are absolutely essential", 60),
    within("advertisement cookies", 60),
    within("uncategorized cookies", 60),
    whole("accept all"),
    within("accept cookies", 10),
    whole("reject all"),
    whole("alle akzeptieren"),
    whole("alle ablehnen"),
    whole("tout accepter"),
    whole("tout refuser"),
    whole("aceptar todo"),
    whole("accetta tutto"),
    // Consent buttons in other scripts and languages.
    whole("接受"),
    whole("全部接受"),
    whole("接受全部"),
    whole("拒绝"),
    whole("同意する"),
    whole("すべて同意する"),
    whole("すべて拒否する"),
    whole("同意しない"),
    whole("모두 동의"),
    whole("모두 허용"),
    whole("قبول"),
    whole("قبول الكل"),
    whole("رفض"),
    whole("موافق"),
    whole("स्वीकार करें"),
    whole("सभी स्वीकार करें"),
    whole("अस्वीकार करें"),
    whole("terima semua"),
    whole("tolak semua"),
    whole("chấp nhận"),
    whole("chấp nhận tất cả"),
    whole("từ chối"),
    whole("ยอมรับ"),
    whole("ยอมรับทั้งหมด"),
    whole("ปฏิเสธ"),
    whole("kabul et"),
    whole("tümünü kabul et"),
    whole("reddet"),
    whole("tümünü reddet"),
    whole("αποδοχή"),
    whole("αποδοχή όλων"),
    whole("απόρριψη"),
    whole("απόρριψη όλων"),
    whole("אישור כל העוגיות"),
    whole("прийняти"),
    whole("прийняти всі"),
    whole("відхилити"),
    whole("принять"),
    whole("принять все"),
    whole("отклонить"),
    // Placeholders that consent tools put where an embedded post, video or map would be, worded
    // the same on every site that uses the tool.
    whole("external content"),
    within("show external content", 8),
    within("load external content", 8),
    within("we need your consent to load", 40),
    within("not available due to your privacy preferences", 40),
    within("not available due to your consent preferences", 40),
    whole("externer inhalt"),
    within("externen inhalt anzeigen", 8),
    within("externe inhalte anzeigen", 8),
    within("empfohlener redaktioneller inhalt", 8),
    within("einen externen inhalt", 40),
    within("externe inhalte angezeigt werden", 60),
    within("an drittplattformen übermittelt", 60),
    whole("contenu externe"),
    within("afficher le contenu externe", 8),
    whole("contenido externo"),
    whole("contenuto esterno"),
    whole("externe inhoud"),
    within("do not sell", 14),
    within("do not sell or share my personal information", 20),
    within("interest-based advertising", 14),
    within("interest-based ads", 14),
    within("adchoices", 10),
    within("ad choices", 10),
    whole("impressum"),
    whole("imprint"),
    whole("legal notice"),
    whole("legal"),
    whole("agb"),
    within("mentions légales", 10),
    within("aviso legal", 10),
    within("note legali", 10),
    whole("disclaimer"),
    whole("haftungsausschluss"),
    whole("haftungshinweis"),
    within("haftungsbeschränkung für externe links", 12),
    within("vervielfältigung nur mit genehmigung", 20),
    within("protected by recaptcha", 40),
    whole("accessibility"),
    whole("accessibility statement"),
    whole("barrierefreiheit"),
    whole("sitemap"),
    whole("site map"),
    whole("terms"),
    whole("copyright"),
];

pub(super) const PATTERNS: &[Pattern] = &[
    // A note on the editorial process: "Fact checked by Jane Doe", "Medically reviewed by", "Read
    // our editorial guidelines", "Chosen by our editors".
    Pattern {
        regex: r"(?i)(?-u:\b)(?:editorial\s+(?:policy|policies|integrity|guidelines|standards|process)|fact[- ]checked\s+by|medically\s+reviewed\s+by|reviewed\s+and\s+(?:verified|approved)\s+by|chosen\s+by\s+our\s+editors?)(?-u:\b)",
        max_words: 80,
        triggers: &["editorial", "checked", "reviewed", "editors"],
    },
    // A copyright line: the sign, "(c)" or the word, usually with a year and an owner.
    Pattern {
        regex: r"(?i)^\W{0,2}(?:©|\(c\)|(?:copyright|urheberrecht|copr\.)\s*(?:©|\(c\)|\d{4}))",
        max_words: 40,
        triggers: &["©", "(c)", "copyright", "urheberrecht", "copr."],
    },
    Pattern { regex: r"(?i)©\s*(?:\d{4}|[\p{Lu}])", max_words: 20, triggers: &["©"] },
    // CJK copyright and reuse notices, glued to the words before them: "記事・写真の無断転載を禁じます",
    // "未经授权，禁止转载".
    Pattern {
        regex: r"無断(?:転載|複製|使用)[^。]{0,12}(?:禁じ|禁止)", max_words: 30, triggers: &["無断"]
    },
    Pattern {
        regex: r"未[经經][^。，,]{0,8}(?:授权|授權|许可|許可|同意)[，,]?\s*(?:不得|禁止|严禁|嚴禁)[^。]{0,12}(?:转载|轉載|下载|下載|复制|複製|使用|摘编)",
        max_words: 30,
        triggers: &["未经", "未經"],
    },
    // CJK and Thai cookie notices, glued to the words before them: "…ためにクッキー（Cookie）を
    // 使用しています", "本网站使用Cookie", "เว็บไซต์นี้ใช้คุกกี้".
    Pattern {
        regex: r"(?i)(?:クッキー|cookie)(?:[（(]cookie[）)])?を(?:使用|利用)して",
        max_words: 90,
        triggers: &["クッキー", "cookie"],
    },
    Pattern {
        regex: r"(?i)(?:本网站|本站|我们|我們|本網站)(?:会|會)?使用\s?cookie",
        max_words: 90,
        triggers: &["cookie"],
    },
    Pattern { regex: r"ใช้(?:งาน)?คุกกี้", max_words: 90, triggers: &["คุกกี้"] },
    // A company's legal name on its own line ("Example Media, Inc.").
    Pattern {
        regex: r"^[\p{Lu}\d][\p{L}\d&.'’ -]*,?\s(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|KG|SE|S\.A|S\.L|SAS|S\.r\.l|SpA|S\.p\.A|B\.V|N\.V|Corp|Corporation|Co|PLC|plc|Pty)\.?$",
        max_words: 8,
        triggers: &[
            "inc", "llc", "l.l.c", "ltd", "limited", "gmbh", " ag", " kg", " se", "s.a", "s.l", "sas", "s.r.l", "spa",
            "s.p.a", "b.v", "n.v", "corp", " co", "plc", "pty",
        ],
    },
];

/// The fewest words of a consent notice told by its vocabulary.
const CONSENT_NOTICE_WORDS: u32 = 12;

/// The most words of one: a longer block is a privacy policy's text or an article about one.
const CONSENT_NOTICE_MAX_WORDS: u32 = 400;

/// How many of `CONSENT_TERMS` a consent notice holds.
const CONSENT_NOTICE_TERMS: usize = 3;

/// What consent notices speak of, in the languages the rules cover (lowercase; a term matches
/// inside a word too: "cookie" in "cookies", "zgod" in "zgody").
const CONSENT_TERMS: &[&str] = &[
    "cookie",
    "consent",
    "partners",
    "vendors",
    "personal data",
    "privacy policy",
    "legitimate interest",
    "your device",
    "preferences",
    "opt out",
    "opt-out",
    "identifiers",
    "tracking technolog",
    "browsing data",
    "einwilligung",
    "zustimmung",
    "partner",
    "personenbezogen",
    "datenschutzerklärung",
    "berechtigte",
    "endgerät",
    "einstellungen",
    "widerruf",
    "consentement",
    "partenaires",
    "données personnelles",
    "politique de confidentialité",
    "intérêt légitime",
    "traceurs",
    "consentimiento",
    "socios",
    "datos personales",
    "política de privacidad",
    "interés legítimo",
    "preferencias",
    "consenso",
    "dati personali",
    "informativa",
    "legittimo interesse",
    "preferenze",
    "toestemming",
    "persoonsgegevens",
    "privacybeleid",
    "gerechtvaardigd belang",
    "voorkeuren",
    "consentimento",
    "parceiros",
    "dados pessoais",
    "política de privacidade",
    "interesse legítimo",
    "zgod",
    "partnerzy",
    "dane osobowe",
    "polityka prywatności",
    "uzasadniony interes",
    "samtycke",
    "personuppgifter",
    "integritetspolicy",
    "berättigat intresse",
];

/// `CONSENT_TERMS` as one automaton, letters compared without case (the terms' capitals are
/// ASCII: "Datenschutzerklärung", "Données personnelles").
static CONSENT_AUTOMATON: LazyLock<Scanner> =
    LazyLock::new(|| Scanner::new(CONSENT_TERMS.iter().map(|&term| term.to_owned()).collect()));

/// The site speaking of itself ("we", "our").
const CONSENT_WE: &[&str] = &[
    "we", "our", "us", "wir", "unsere", "unser", "unseren", "nous", "nos", "notre", "nosotros", "nuestros", "nuestro",
    "nuestra", "nuestras", "noi", "nostri", "nostro", "nostra", "nostre", "wij", "onze", "ons", "nós", "nossos",
    "nosso", "nossa", "nossas", "nasi", "nasz", "nasze", "naszych", "vi", "våra", "vår", "vårt",
];

/// ... to its reader ("you", "your").
const CONSENT_YOU: &[&str] = &[
    "you", "your", "du", "dein", "deine", "dich", "vous", "votre", "vos", "usted", "ustedes", "tu", "tus", "tuo",
    "tuoi", "tua", "vostro", "vostri", "u", "uw", "je", "jouw", "jij", "você", "vocês", "seu", "seus", "sua", "suas",
    "ty", "twój", "twoje", "państwa", "din", "dina", "ditt",
];

/// German's polite "you", told from "they" and "her" by its capital.
const CONSENT_YOU_CAPITAL: &[&str] = &["Sie", "Ihre", "Ihr", "Ihnen", "Ihren", "Ihrer"];

/// A consent notice however it opens: a paragraph where the site speaks to the reader ("we" and
/// "you" both) of at least three things consent notices speak of (cookies, partners, personal
/// data, legitimate interest, preferences...). An article about cookie banners reports what
/// others say, in the third person; a privacy policy that is the page's content is taken back by
/// the context stage (`keep_legal_texts`).
pub(super) fn is_consent_notice(text: &str, stats: &BlockStats) -> bool {
    if !(CONSENT_NOTICE_WORDS..=CONSENT_NOTICE_MAX_WORDS).contains(&stats.words) {
        return false;
    }
    // One scan for all the terms: which of them the text holds, up to the number needed.
    let mut found = [false; CONSENT_TERMS.len()];
    let mut count = 0;
    for hit in CONSENT_AUTOMATON.for_scan(text.len()).find_overlapping_iter(text) {
        let term = hit.pattern().as_usize();
        if !found[term] {
            found[term] = true;
            count += 1;
            if count == CONSENT_NOTICE_TERMS {
                break;
            }
        }
    }
    if count < CONSENT_NOTICE_TERMS {
        return false;
    }
    let lower = text.to_lowercase();
    let words = || lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let capital = || text.split(|c: char| !c.is_alphanumeric()).any(|w| CONSENT_YOU_CAPITAL.contains(&w));
    words().any(|w| CONSENT_WE.contains(&w)) && (words().any(|w| CONSENT_YOU.contains(&w)) || capital())
}

#[cfg(test)]
mod tests {
    use crate::rules::table::check;
    use crate::verdict::Reason;

    #[test]
    fn table() {
        check(
            Reason::Legal,
            &[
                "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.",
                "Ja, ich habe die Datenschutzerklärung gelesen und bin damit einverstanden, dass meine Daten gespeichert werden.",
                "Leave this field empty if you're human:",
                "Dieser Text entspricht den Vorgaben der Fachliteratur und wurde von Medizinern geprüft.",
                "Fact checked by Jane Doe",
                "Medically reviewed by Dr. Jane Doe, MD",
                "Learn more about our editorial guidelines.",
                "© 2024 Example Wire Service. All rights reserved.",
                "We use cookies and similar technologies to personalise content and ads, to provide social media \
                 features and to analyse our traffic. We also share information about your use of our site with our \
                 social media, advertising and analytics partners, who may combine it with other information that you \
                 have provided to them or that they have collected from your use of their services. You consent to our \
                 cookies if you continue to use our website, and you can change your choice at any time in the \
                 settings, where you will also find more about each partner and the purposes they process data for.",
                "All Rights Reserved",
                "Copyright 2024 Example Publishing Group",
                "(c) 2023 Das Regionalblatt GmbH",
                "Example Media, Inc.",
                "Morgenpost Verlag GmbH",
                "Daily Example and Example Radio are registered trademarks of Example Holdings, Inc.",
                "Ad Choices | Do Not Sell My Personal Information",
                "Privacy Policy | Terms of Use | Cookie Settings",
                "Impressum",
                "Datenschutzerklärung",
                "Alle Rechte vorbehalten.",
                "Tous droits réservés",
                "We use cookies to improve your experience. By continuing to use this site you accept them.",
                "Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.",
                "Empfohlener redaktioneller Inhalt",
                "An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen.",
                "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.",
                "Externen Inhalt anzeigen",
                "This content is not available due to your privacy preferences. Update your settings to see it.",
                "We need your consent to load the video service.",
                "Contenu externe",
                "版权所有 © 2025 某某日报社",
                "本网站所刊登的新闻，未经授权，禁止转载。",
                "© 2025 日報社　記事・写真の無断転載を禁じます。",
                "当サイトでは、サービスの向上のためにクッキー（Cookie）を使用しています。",
                "本网站使用Cookie来改善您的体验。",
                "저작권자 © 하람일보 무단전재 및 재배포 금지",
                "جميع الحقوق محفوظة © 2025",
                "© 2025 नवप्रभात समाचार। सर्वाधिकार सुरक्षित।",
                "© 2025 Kabar Pesisir. Hak cipta dilindungi undang-undang.",
                "Bản quyền thuộc về Báo điện tử Hồng Lam.",
                "สงวนลิขสิทธิ์",
                "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์ของผู้ใช้",
                "Tüm hakları saklıdır.",
                "Με επιφύλαξη παντός δικαιώματος.",
                "© כל הזכויות שמורות",
                "Усі права захищено.",
                "Bu internet sitesinde deneyiminizi iyileştirmek için çerezler kullanılmaktadır.",
                "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.",
                "Ми використовуємо файли cookie, щоб покращити роботу сайту.",
                "すべて同意する",
                "Kabul Et",
                "Reddet",
                "Прийняти всі",
                "Gizlilik Politikası",
                "プライバシーポリシー",
                "Haftungshinweis",
                "Vervielfältigung nur mit Genehmigung des Verlags.",
                "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
                "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.",
                "The views expressed in this article are those of the author and do not reflect the position of the paper.",
                // Consent notices that open with no phrase the rules know, told by what they speak of.
                "To run this site we log some data. By reading on you agree to our privacy policy and cookie policy; set your preferences below.",
                "Together with our partners we store and access data on your device, such as identifiers, for \
                 personalised ads and measurement; you can change your preferences at any time.",
                "Damit diese Seite funktioniert, setzen wir mit Ihrer Einwilligung Cookies und verarbeiten \
                 personenbezogene Daten; Ihre Einstellungen können Sie jederzeit ändern.",
                "Avec votre consentement, nous et nos partenaires utilisons des traceurs et traitons vos données \
                 personnelles pour mesurer l'audience.",
            ],
            &[
                "Wir respektieren deine Entscheidung, sagte die Trainerin nach dem Spiel.",
                "Die Datenschutzerklärung der Stadt wurde im Mai von Juristen geprüft und neu gefasst, sagte die Sprecherin.",
                "The newspaper changed its editorial line after the takeover, staff said.",
                "Every claim in the report was checked by two auditors.",
                "The court heard that the shop's website told visitors \"we use cookies\" but did not say which ones, \
                 and the judge said a banner of that kind could not count as consent under the law. The ruling, which \
                 the trade association called a turning point, gives publishers until the end of the year to change \
                 their banners, and the regulator said it would check the largest sites first, starting with news \
                 sites and online shops, before turning to smaller ones in the spring of the following year.",
                "The record label stamped \"all rights reserved\" on every sleeve it ever pressed, the collector said in an interview.",
                "Regulators said the company's privacy policy had not been updated since the merger was completed in 2019.",
                "Die neue Datenschutzverordnung betrifft vor allem kleine Vereine, die Mitgliederlisten führen.",
                "The copyright dispute between the two publishers went to court in March.",
                "Cookies are best baked at 180 degrees for twelve minutes.",
                "Die Stadt will für das Gutachten einen externen Inhaltsprüfer beauftragen, sagte der Sprecher.",
                "Lokum kurabiyeleri için un ve şeker yeterli, dedi.",
                "市民对新出台的隐私政策提出了不少意见，市政府表示将进一步完善。",
                "Yazar, kitabın tüm haklarını yayınevine devretti.",
                "Он сказал, что готов принять участие в обсуждении.",
                "The museum shows external content from partner archives in a new room on the second floor.",
                "The views expressed at the meeting were mixed, the mayor said, and the council will vote again in March.",
                // Of consent, but not the site speaking to its reader.
                "The regulator said sites must ask for consent before setting cookies, and that partners who \
                 process personal data share the duty.",
                "Wir haben die Partner gefragt, wie sie mit personenbezogenen Daten umgehen und ob Cookies nötig sind.",
            ],
        );
    }
}
