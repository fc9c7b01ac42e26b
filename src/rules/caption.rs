//! Captions and credits: "(Name/Agency)" credits, "Photo: ...", "Image credit: ...", one-sentence
//! captions that end with a date. Alt text before a caption is marked by the cleaner, which sees
//! the neighbouring block.

use super::{Pattern, Phrase, start, whole, within};
use crate::alphabet::Regex;
use crate::stats::BlockStats;
use std::sync::LazyLock;

pub(super) const PHRASES: &[Phrase] = &[
    // A picture's hint to click it: "Zum Vergrößern auf das Bild klicken".
    within("zum vergrößern auf das bild klicken", 40),
    within("zum vergrößern klicken", 40),
    within("click to enlarge", 40),
    within("cliquez pour agrandir", 40),
    start("photo:", 30),
    start("photos:", 30),
    start("photo by", 12),
    start("photo credit", 20),
    start("photograph:", 30),
    start("photography:", 20),
    start("image:", 30),
    start("image credit", 20),
    start("image source", 20),
    start("image by", 12),
    start("image courtesy of", 16),
    start("courtesy of", 10),
    start("picture:", 30),
    start("pictured:", 40),
    // A caption that points at its picture: "Above: The seed heads of ... Photo by ...".
    start("above:", 60),
    start("pictured above", 40),
    start("credit:", 20),
    start("credits:", 20),
    start("illustration:", 20),
    start("illustration :", 20),
    start("photo :", 30),
    start("crédit :", 20),
    start("file photo", 30),
    start("featured image", 20),
    start("header image", 20),
    start("video:", 12),
    start("foto:", 30),
    start("fotos:", 30),
    start("foto von", 12),
    start("bild:", 30),
    start("bilder:", 30),
    start("bildquelle", 20),
    start("bildrechte", 20),
    start("grafik:", 20),
    start("crédit photo", 20),
    start("crédits photo", 20),
    start("photo de", 12),
    start("fotografía:", 30),
    start("imagen:", 30),
    start("foto de", 12),
    start("foto di", 12),
    start("fotografia:", 30),
    start("zdjęcie:", 30),
    start("fot.", 12),
    start("beitragsbild:", 30),
    start("photograph by", 12),
    // Credit leads in other scripts and languages.
    start("图片来源", 20),
    start("圖片來源", 20),
    start("图：", 30),
    start("摄影：", 20),
    start("写真：", 30),
    start("写真提供", 20),
    start("画像提供", 20),
    start("사진=", 30),
    start("사진:", 30),
    start("사진 제공", 20),
    start("تصوير:", 30),
    start("صورة:", 30),
    start("الصورة:", 30),
    start("फोटो:", 30),
    start("तस्वीर:", 30),
    start("ảnh:", 30),
    start("ภาพ:", 30),
    start("ภาพประกอบ", 20),
    start("fotoğraf:", 30),
    start("φωτογραφία:", 30),
    start("ΦΩΤΟΓΡΑΦΙΑ:", 30),
    start("φωτ.:", 30),
    start("צילום:", 30),
    start("фото:", 30),
    whole("getty images"),
    whole("shutterstock"),
    whole("istock"),
    whole("imago"),
    whole("picture alliance"),
];

/// Month-name prefixes that must occur for a caption to end with a date.
const MONTHS: &[&str] = &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

pub(super) const PATTERNS: &[Pattern] = &[
    // A credit in brackets at the end: "(Jane Doe/Agency)", "(AP Photo/John Smith)", "(Photo: X)".
    Pattern {
        regex: r"\((?:[\p{L}.’' -]{2,40}/[\p{L}.’' &-]{2,40}|(?i:photo|foto|image|bild|credit|crédit|crédito)s?\s*(?:by|von|de|di|:)\s*[^()]{2,50})\)\s*$",
        max_words: 80,
        triggers: &["/", "photo", "foto", "image", "bild", "credit", "crédit", "crédito"],
    },
    // A trailing credit after the caption: "... | Photo: Jane Doe", "... Foto: dpa", "... Image by X",
    // "... Foto: Archivo El País."
    Pattern {
        regex: r"(?:[.!?|·/]\s*|\s)(?i:photo|foto|image|bild|credit|crédit|fotografía|bildquelle)s?(?:\s*(?i:by|von|de|di))?\s*:\s*\S[^.!?]{0,60}\.?$",
        max_words: 80,
        triggers: &["photo", "foto", "image", "bild", "credit", "crédit", "fotografía", "bildquelle"],
    },
    // A copyright credit closing a caption: "... festlegt © Bundesregierung/Jane Doe", "... du hall /
    // (C) Jane Doe". A name of a few words after a caption, no year: "© 2025 Example Media" and
    // "Copyright © Example News: no reprints" are copyright lines.
    Pattern {
        regex: r"\S+\s+\S+\s+\S+\s+(?:/\s*)?(?:©|\([cC]\))\s*\p{L}[\p{L}.’'&/-]*(?:\s+[\p{L}.’'&/-]+){0,3}$",
        max_words: 80,
        triggers: &["©", "(c)"],
    },
    // A credit line without a colon: "Photo Jane Doe", "Foto Max Muster / Agentur".
    Pattern {
        regex: r"^(?i:photo|foto|bild|image|crédit photo|fotografía|illustration)\s+\p{Lu}[\p{L}.'’-]*(?:\s+[\p{Lu}/][\p{L}.'’-]*){0,4}$",
        max_words: 6,
        triggers: &["photo", "foto", "bild", "image", "crédit", "fotografía", "illustration"],
    },
    // The same credits in other scripts and languages: "(تصوير: X)", "... Фото: X", "... 사진=X".
    Pattern {
        regex: r"(?i)[(（]\s*(?:تصوير|صورة|الصورة|צילום|фото|φωτογραφία|φωτ\.|ảnh|ภาพ|fotoğraf|फोटो|तस्वीर|写真|图片|圖片|图|圖|사진)\s*[:：=]\s*[^()（）]{2,50}[)）]\s*$",
        max_words: 80,
        triggers: &[
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
    },
    Pattern {
        regex: r"(?i)(?:[.!?|·/。।]\s*|\s)(?:تصوير|صورة|الصورة|צילום|фото|φωτογραφία|φωτ\.|ảnh|ภาพ|fotoğraf|फोटो|तस्वीर)\s*:\s*\S[^.!?।]{0,60}$",
        max_words: 80,
        triggers: &["تصوير", "صورة", "צילום", "фото", "φωτογραφία", "φωτ.", "ảnh", "ภาพ", "fotoğraf", "फोटो", "तस्वीर"],
    },
    // A CJK photographer's credit closing the caption: "（记者 X 摄）", "（X撮影）", "（受访者供图）".
    Pattern {
        regex: r"[（(][^（）()]{1,40}(?:摄|攝|摄影|攝影|撮影|供图|供圖|写真提供)[)）]\s*$",
        max_words: 80,
        triggers: &["摄", "攝", "撮影", "供图", "供圖", "写真提供"],
    },
    // A Japanese caption's date after "＝": "…の店＝19日、市内".
    Pattern { regex: r"＝(?:\d{1,2}|[０-９]{1,2})日[、，,]", max_words: 40, triggers: &["＝"] },
    // A Korean caption's closing credit: "... /하람시 제공", "... /연합뉴스", "[사진=X]".
    Pattern { regex: r"\s/\s?[^\s/][^/]{0,30}\s?제공\s*$", max_words: 60, triggers: &["제공"] },
    Pattern { regex: r"\[\s*사진\s*=\s*[^\]]{1,40}\]\s*$", max_words: 60, triggers: &["사진"] },
    // Numbered figures: "Image 3: ...", "Fig. 2.", "Abbildung 4:".
    Pattern {
        regex: r"(?i)^(?:image|figure|fig\.|abbildung|abb\.|bild|imagen|figura|illustration)\s*\d+\s*[:.]",
        max_words: 40,
        triggers: &["image", "figure", "fig.", "abbildung", "abb.", "bild", "imagen", "figura", "illustration"],
    },
    // Agency credits alone: "Getty Images", "AFP via Getty Images", "dpa / Jane Doe".
    Pattern {
        regex: r"(?i)^(?:[\p{L}. ]{0,40}(?:/|via)\s*)?(?:getty images|afp|reuters|ap photo|associated press|dpa|epa|imago(?: images)?|picture alliance|shutterstock|istock(?:photo)?|keystone|ansa|efe|anp|ap)(?:\s*/\s*[\p{L}. ]{0,40})?$",
        max_words: 8,
        triggers: &[
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
    },
    // A one-sentence caption that ends with its date: "X talks to Y in Z, on Feb. 20, 2023."
    Pattern {
        regex: r"(?i)\S.{24,},\s+(?:on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\.?$",
        max_words: 45,
        triggers: MONTHS,
    },
    Pattern {
        regex: r"(?i)\S.{24,},\s+(?:on\s+)?\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}\.?$",
        max_words: 45,
        triggers: MONTHS,
    },
];

/// An artwork or object label: "Artist, Title, 1931. Gelatin silver print – 11 × 8 cm.
/// Courtesy Gallery." Its dimensions give it away; prose mentioning a size has stopwords.
pub(super) fn is_object_label(text: &str, stats: &BlockStats) -> bool {
    static DIMENSIONS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\d\s*[×x]\s*\d[\d.,/ ]*\s*(?:cm|mm|in)(?-u:\b)"));
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
    });
    text.len() <= 40 && SIGNATURE.is_match(text)
}

/// Marks alt text: a short line with no sentence punctuation right before a caption.
pub(crate) fn is_alt_text(stats: &BlockStats) -> bool {
    stats.words >= 2 && stats.words <= 14 && stats.sentence_ends == 0 && !stats.ends_with_colon
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
