//! Captions and credits: "(Name/Agency)" credits, "Photo: ...", "Image credit: ...", one-sentence
//! captions that end with a date. Alt text before a caption is marked by the cleaner, which sees
//! the neighbouring block.

use super::Anchor::{Start, Whole, Within};
use super::{Pattern, Phrase};
use crate::stats::BlockStats;
use regex::Regex;
use std::sync::LazyLock;

pub(super) const PHRASES: &[Phrase] = &[
    // A picture's hint to click it: "Zum Vergrößern auf das Bild klicken".
    ("zum vergrößern auf das bild klicken", Within(40)),
    ("zum vergrößern klicken", Within(40)),
    ("click to enlarge", Within(40)),
    ("cliquez pour agrandir", Within(40)),
    ("photo:", Start(30)),
    ("photos:", Start(30)),
    ("photo by", Start(12)),
    ("photo credit", Start(20)),
    ("photograph:", Start(30)),
    ("photography:", Start(20)),
    ("image:", Start(30)),
    ("image credit", Start(20)),
    ("image source", Start(20)),
    ("image by", Start(12)),
    ("image courtesy of", Start(16)),
    ("courtesy of", Start(10)),
    ("picture:", Start(30)),
    ("pictured:", Start(40)),
    // A caption that points at its picture: "Above: The seed heads of ... Photo by ...".
    ("above:", Start(60)),
    ("pictured above", Start(40)),
    ("credit:", Start(20)),
    ("credits:", Start(20)),
    ("illustration:", Start(20)),
    ("illustration :", Start(20)),
    ("photo :", Start(30)),
    ("crédit :", Start(20)),
    ("file photo", Start(30)),
    ("featured image", Start(20)),
    ("header image", Start(20)),
    ("video:", Start(12)),
    ("foto:", Start(30)),
    ("fotos:", Start(30)),
    ("foto von", Start(12)),
    ("bild:", Start(30)),
    ("bilder:", Start(30)),
    ("bildquelle", Start(20)),
    ("bildrechte", Start(20)),
    ("grafik:", Start(20)),
    ("crédit photo", Start(20)),
    ("crédits photo", Start(20)),
    ("photo de", Start(12)),
    ("fotografía:", Start(30)),
    ("imagen:", Start(30)),
    ("foto de", Start(12)),
    ("foto di", Start(12)),
    ("fotografia:", Start(30)),
    ("zdjęcie:", Start(30)),
    ("fot.", Start(12)),
    ("beitragsbild:", Start(30)),
    ("photograph by", Start(12)),
    // Credit leads in other scripts and languages.
    ("图片来源", Start(20)),
    ("圖片來源", Start(20)),
    ("图：", Start(30)),
    ("摄影：", Start(20)),
    ("写真：", Start(30)),
    ("写真提供", Start(20)),
    ("画像提供", Start(20)),
    ("사진=", Start(30)),
    ("사진:", Start(30)),
    ("사진 제공", Start(20)),
    ("تصوير:", Start(30)),
    ("صورة:", Start(30)),
    ("الصورة:", Start(30)),
    ("फोटो:", Start(30)),
    ("तस्वीर:", Start(30)),
    ("ảnh:", Start(30)),
    ("ภาพ:", Start(30)),
    ("ภาพประกอบ", Start(20)),
    ("fotoğraf:", Start(30)),
    ("φωτογραφία:", Start(30)),
    ("ΦΩΤΟΓΡΑΦΙΑ:", Start(30)),
    ("φωτ.:", Start(30)),
    ("צילום:", Start(30)),
    ("фото:", Start(30)),
    ("getty images", Whole),
    ("shutterstock", Whole),
    ("istock", Whole),
    ("imago", Whole),
    ("picture alliance", Whole),
];

/// Month-name prefixes that must occur for a caption to end with a date.
const MONTHS: &[&str] = &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

pub(super) const PATTERNS: &[Pattern] = &[
    // A credit in brackets at the end: "(Jane Doe/Agency)", "(AP Photo/John Smith)", "(Photo: X)".
    (
        r"\((?:[\p{L}.’' -]{2,40}/[\p{L}.’' &-]{2,40}|(?i:photo|foto|image|bild|credit|crédit|crédito)s?\s*(?:by|von|de|di|:)\s*[^()]{2,50})\)\s*$",
        80,
        &["/", "photo", "foto", "image", "bild", "credit", "crédit", "crédito"],
    ),
    // A trailing credit after the caption: "... | Photo: Jane Doe", "... Foto: dpa", "... Image by X",
    // "... Foto: Archivo El País."
    (
        r"(?:[.!?|·/]\s*|\s)(?i:photo|foto|image|bild|credit|crédit|fotografía|bildquelle)s?(?:\s*(?i:by|von|de|di))?\s*:\s*\S[^.!?]{0,60}\.?$",
        80,
        &["photo", "foto", "image", "bild", "credit", "crédit", "fotografía", "bildquelle"],
    ),
    // A copyright credit closing a caption: "... festlegt © Bundesregierung/Jane Doe", "... du hall /
    // (C) Jane Doe". A name of a few words after a caption, no year: "© 2025 Example Media" and
    // "Copyright © Example News: no reprints" are copyright lines.
    (r"\S+\s+\S+\s+\S+\s+(?:/\s*)?(?:©|\([cC]\))\s*\p{L}[\p{L}.’'&/-]*(?:\s+[\p{L}.’'&/-]+){0,3}$", 80, &["©", "(c)"]),
    // A credit line without a colon: "Photo Jane Doe", "Foto Max Muster / Agentur".
    (
        r"^(?i:photo|foto|bild|image|crédit photo|fotografía|illustration)\s+\p{Lu}[\p{L}.'’-]*(?:\s+[\p{Lu}/][\p{L}.'’-]*){0,4}$",
        6,
        &["photo", "foto", "bild", "image", "crédit", "fotografía", "illustration"],
    ),
    // The same credits in other scripts and languages: "(تصوير: X)", "... Фото: X", "... 사진=X".
    (
        r"(?i)[(（]\s*(?:تصوير|صورة|الصورة|צילום|фото|φωτογραφία|φωτ\.|ảnh|ภาพ|fotoğraf|फोटो|तस्वीर|写真|图片|圖片|图|圖|사진)\s*[:：=]\s*[^()（）]{2,50}[)）]\s*$",
        80,
        &[
            "تصوير",
            "صورة",
            "צילום",
            "фото",
            "φωτογραφία",
            "φωτ.",
            "ảnh",
            "ภาพ",
            "fotoğraf",
            "फोटो",
            "तस्वीर",
            "写真",
            "图",
            "圖",
            "사진",
        ],
    ),
    (
        r"(?i)(?:[.!?|·/。।]\s*|\s)(?:تصوير|صورة|الصورة|צילום|фото|φωτογραφία|φωτ\.|ảnh|ภาพ|fotoğraf|फोटो|तस्वीर)\s*:\s*\S[^.!?।]{0,60}$",
        80,
        &["تصوير", "صورة", "צילום", "фото", "φωτογραφία", "φωτ.", "ảnh", "ภาพ", "fotoğraf", "फोटो", "तस्वीर"],
    ),
    // A CJK photographer's credit closing the caption: "（记者 X 摄）", "（X撮影）", "（受访者供图）".
    (
        r"[（(][^（）()]{1,40}(?:摄|攝|摄影|攝影|撮影|供图|供圖|写真提供)[)）]\s*$",
        80,
        &["摄", "攝", "撮影", "供图", "供圖", "写真提供"],
    ),
    // A Japanese caption's date after "＝": "…の店＝19日、市内".
    (r"＝(?:\d{1,2}|[０-９]{1,2})日[、，,]", 40, &["＝"]),
    // A Korean caption's closing credit: "... /하람시 제공", "... /연합뉴스", "[사진=X]".
    (r"\s/\s?[^\s/][^/]{0,30}\s?제공\s*$", 60, &["제공"]),
    (r"\[\s*사진\s*=\s*[^\]]{1,40}\]\s*$", 60, &["사진"]),
    // Numbered figures: "Image 3: ...", "Fig. 2.", "Abbildung 4:".
    (
        r"(?i)^(?:image|figure|fig\.|abbildung|abb\.|bild|imagen|figura|illustration)\s*\d+\s*[:.]",
        40,
        &["image", "figure", "fig.", "abbildung", "abb.", "bild", "imagen", "figura", "illustration"],
    ),
    // Agency credits alone: "Getty Images", "AFP via Getty Images", "dpa / Jane Doe".
    (
        r"(?i)^(?:[\p{L}. ]{0,40}(?:/|via)\s*)?(?:getty images|afp|reuters|ap photo|associated press|dpa|epa|imago(?: images)?|picture alliance|shutterstock|istock(?:photo)?|keystone|ansa|efe|anp|ap)(?:\s*/\s*[\p{L}. ]{0,40})?$",
        8,
        &[
            "getty",
            "afp",
            "reuters",
            "ap photo",
            "associated press",
            "dpa",
            "epa",
            "imago",
            "picture alliance",
            "shutterstock",
            "istock",
            "keystone",
            "ansa",
            "efe",
            "anp",
            "ap",
        ],
    ),
    // A one-sentence caption that ends with its date: "X talks to Y in Z, on Feb. 20, 2023."
    (
        r"(?i)\S.{24,},\s+(?:on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\.?$",
        45,
        MONTHS,
    ),
    (
        r"(?i)\S.{24,},\s+(?:on\s+)?\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}\.?$",
        45,
        MONTHS,
    ),
];

/// An artwork or object label: "Artist, Title, 1931. Gelatin silver print – 11 × 8 cm.
/// Courtesy Gallery." Its dimensions give it away; prose mentioning a size has stopwords.
pub(super) fn is_object_label(text: &str, stats: &BlockStats) -> bool {
    static DIMENSIONS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\d\s*[×x]\s*\d[\d.,/ ]*\s*(?:cm|mm|in)(?-u:\b)").expect("dimensions pattern compiles")
    });
    stats.words <= 60 && stats.digits > 0 && stats.stopword_density() < 0.15 && DIMENSIONS.is_match(text)
}

/// An agency signature closing an article: "dpa/lby", "AFP/jd", "jd/dpa" (an agency and the
/// initials of the editor who filed it). The caption pattern for agency credits takes it in, but
/// it credits the text above it, not a picture, so it does not make that text a caption.
pub(crate) fn is_signature(text: &str) -> bool {
    static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
        // Every part is lowercase initials or an uppercase agency acronym; a photo credit names
        // a person or a picture agency ("Max Berger/dpa", "picture alliance/dpa").
        Regex::new(r"^\(?(?:[a-z]{2,4}|[A-Z]{2,5})(?:\s?/\s?(?:[a-z]{2,4}|[A-Z]{2,5}))+\)?$")
            .expect("signature pattern compiles")
    });
    text.len() <= 40 && SIGNATURE.is_match(text)
}

#[cfg(test)]
mod tests {
    use crate::rules::table::check;
    use crate::verdict::Reason;

    #[test]
    fn agency_signatures_are_not_picture_credits() {
        for line in ["dpa/lby", "AFP/jd", "jd/dpa", "(dpa/lnw)", "red/AFP/dpa"] {
            assert!(super::is_signature(line), "{line}");
        }
        for line in ["Max Berger/dpa", "picture alliance/dpa", "dpa/Getty", "Foto: dpa/lby", "Reuters/Jane Doe"] {
            assert!(!super::is_signature(line), "{line}");
        }
    }

    #[test]
    fn table() {
        check(
            Reason::Caption,
            &[
                "Das Netz der Firmen. Zum Vergrößern auf das Bild klicken. (Stand Juni 2016)",
                "The two presidents arrive for a press conference at the summit venue on June 13. (Jane Roe/Example Images)",
                "Firefighters work through the night near the highway. (AP Photo/John Smith)",
                "Photo: Jane Doe",
                "Above: The winter seed heads of coneflowers on the old rail line. Photo by Jane Doe.",
                "Image credit: Example Agency",
                "Foto: dpa",
                "Bild: Max Mustermann / Agentur",
                "Volunteers clear debris in the old town. Foto: Anna Beispiel",
                "The mayor and her deputy talk during an unannounced visit to the harbour, on Feb. 20, 2023.",
                "Getty Images",
                "Firefighters work near the highway in Kessick, Tuesday, Feb. 20, 2024.",
                "Image 3: The harbour at dawn",
                "Fig. 2. Rainfall by month",
                "Jane Roe, Harbour at Dawn, 1931. Gelatin silver print – 11.4 × 8.3 cm. Courtesy Example Gallery.",
                "AFP via Getty Images",
                "Photo Julien Ferrand",
                "Illustration : Ville de Vallonne",
                "夜间公交首班车从火车站广场发出。（记者 张三 摄）",
                "開店初日から客が訪れた焼き菓子店＝19日、市内（記者撮影）",
                "市民らでにぎわう商店街＝3日、本町",
                "학생들이 통학버스에 오르고 있다. /하람시 제공",
                "학생들이 통학버스에 오르고 있다. [사진=하람시]",
                "رئيس البلدية خلال جولة داخل المحطة. (تصوير: ليلى منصور)",
                "تصوير: ليلى منصور",
                "तालाब के घाट पर शाम को जुटे स्थानीय लोग। फोटो: नवप्रभात",
                "Cầu Bến Mới nhìn từ phía xã Phú An. Ảnh: Minh Khoa",
                "ผู้สูงอายุร่วมกิจกรรมในวันเปิดศูนย์ ภาพ: ลำธารนิวส์",
                "Yeni pazar yerinde ilk gün tezgâhlar kuruldu. (Fotoğraf: Belediye)",
                "Οι μυλόπετρες μετά την αποκατάσταση. Φωτογραφία: Νίκος Αλεξίου",
                "אולם הקריאה בקומה השנייה. צילום: דוברות העירייה",
                "Відновлений міст у день відкриття. Фото: міська рада",
                "Фото: Олена Кравчук",
                "Beitragsbild: Blick auf den Hafen am Morgen",
                "El presidente durante el acto en Madrid. (crédito: Archivo)",
                "Puerto de Montevideo. Foto: Archivo El País.",
                "Das Kabinett bei seiner Klausurtagung am 21. Januar im Kanzleramt © Bundesregierung/Jane Doe",
                "Le piquet de grève dans le hall de l’université / (C) Jean Dupont",
            ],
            &[
                "The law takes effect on Jan. 1, 2025.",
                "The agreement was signed in Geneva on March 3, 2024, after two years of talks.",
                "Photographers were kept behind a barrier for most of the afternoon, organisers said.",
                "Ihre Fotos zeigen die Stadt in den Jahren nach dem Krieg.",
                "Tuesday, 4 February 2025",
                "The deadline to file your federal tax return is Wednesday, April 15, 2026.",
                "Figure 3 shows that the effect faded after a month.",
                "The painting measures 50 × 70 cm and hangs in the hall of the town museum.",
                "Friday, March 14, 2025",
                "市政府提供了三辆新车，供夜间线路使用。",
                "Фотографії з відкриття опублікувала міська рада.",
                "항목별 자료는 시청이 제공했다.",
                "Sergide 40 fotoğraf yer alıyor: çoğu 1950'lerden kalma.",
                "© 2025 Example Media. All rights reserved.",
                "Text und Bilder © 2024 Jane Doe",
                "The book (c) 1998 was reprinted twice.",
                "저작권자 © 하람일보 무단전재 및 재배포 금지",
            ],
        );
    }
}
