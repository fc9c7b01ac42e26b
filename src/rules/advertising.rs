//! Advertising: ad labels, sponsored and partner content, sale and product copy.

use super::Anchor::{Start, Whole, Within};
use super::{Pattern, Phrase};
use crate::stats::BlockStats;

pub(super) const PHRASES: &[Phrase] = &[
    ("advertisement", Whole),
    ("advertising", Whole),
    ("advertisements", Whole),
    ("sponsored", Whole),
    ("sponsored content", Whole),
    ("sponsored post", Whole),
    ("sponsored links", Whole),
    ("sponsored stories", Whole),
    ("paid content", Whole),
    ("paid post", Whole),
    ("promoted", Whole),
    ("promoted content", Whole),
    ("partner content", Whole),
    ("ad", Whole),
    ("ads", Whole),
    ("anzeige", Whole),
    ("werbung", Whole),
    ("publicité", Whole),
    ("publicidad", Whole),
    ("publicidade", Whole),
    ("pubblicità", Whole),
    ("advertentie", Whole),
    ("reklama", Whole),
    ("annons", Whole),
    // The label above an ad slot in languages of other scripts: Chinese (simplified and
    // traditional), Japanese, Korean, Arabic, Hindi, Indonesian, Vietnamese, Thai, Turkish, Greek
    // (all-caps Greek drops its accents, so that form is listed), Hebrew, Ukrainian and Russian.
    ("广告", Whole),
    ("廣告", Whole),
    ("広告", Whole),
    ("スポンサーリンク", Whole),
    ("광고", Whole),
    ("إعلان", Whole),
    ("إعلانات", Whole),
    ("विज्ञापन", Whole),
    ("iklan", Whole),
    ("quảng cáo", Whole),
    ("โฆษณา", Whole),
    ("reklam", Whole),
    ("διαφήμιση", Whole),
    ("ΔΙΑΦΗΜΙΣΗ", Whole),
    ("פרסומת", Whole),
    ("реклама", Whole),
    ("scroll to resume content", Whole),
    ("story continues below advertisement", Whole),
    ("article continues below advertisement", Whole),
    ("article continues below", Whole),
    ("story continues below", Whole),
    ("continue reading below", Whole),
    ("scroll to continue with content", Whole),
    ("scroll to continue reading", Whole),
    ("weiter nach der anzeige", Whole),
    ("lesen sie nach der anzeige weiter", Whole),
    ("artikel wird nach der anzeige fortgesetzt", Whole),
    ("la suite après la publicité", Whole),
    ("la suite après cette publicité", Whole),
    ("el artículo continúa después del anuncio", Whole),
    ("report this ad", Whole),
    ("report ad", Whole),
    ("ad feedback", Whole),
    ("remove ads", Whole),
    ("go ad-free", Whole),
    ("hide ads", Whole),
    ("sponsored by", Start(10)),
    ("presented by", Start(10)),
    ("paid for by", Start(14)),
    ("in partnership with", Start(10)),
    ("advertisement:", Start(20)),
    ("sponsored:", Start(20)),
    ("anzeige:", Start(20)),
    ("shop now", Whole),
    ("buy now", Whole),
    ("order now", Whole),
    ("order today", Whole),
    ("jetzt kaufen", Whole),
    ("jetzt bestellen", Whole),
    ("jetzt shoppen", Whole),
    ("acheter maintenant", Whole),
    ("comprar ahora", Whole),
    ("acquista ora", Whole),
    ("check price", Whole),
    ("check price on amazon", Whole),
    ("see price", Whole),
    ("view deal", Whole),
    ("get deal", Whole),
    ("zum angebot", Whole),
    ("zum shop", Whole),
    // Appeals for money and republishing notices: the publisher advertising itself.
    ("support our journalism", Within(60)),
    ("support independent journalism", Within(60)),
    ("support our work", Within(40)),
    ("becoming a member", Within(60)),
    ("become a member", Within(40)),
    ("donate now", Within(20)),
    ("donate today", Within(20)),
    ("we have a small favor to ask", Within(60)),
    ("please consider pitching in", Within(60)),
    ("republish our articles", Within(60)),
    ("republish this story", Within(60)),
    ("republish this article", Within(60)),
    ("unabhängigen journalismus unterstützen", Within(60)),
    ("unterstützen sie unseren journalismus", Within(60)),
    ("jetzt unterstützen", Within(20)),
    ("soutenez notre journalisme", Within(60)),
    ("apoya el periodismo", Within(60)),
    ("hazte socio", Within(30)),
    ("sostieni il giornalismo", Within(60)),
    // Affiliate disclosures.
    ("transparenzhinweis", Start(60)),
    ("contains affiliate links", Within(60)),
    ("are affiliate links", Within(60)),
    ("enthält affiliate-links", Within(60)),
    ("enthält affiliate links", Within(60)),
    ("sind affiliate-links", Within(60)),
    ("contient des liens affiliés", Within(60)),
    ("contiene enlaces de afiliados", Within(60)),
    ("contiene link di affiliazione", Within(60)),
    ("we may earn a commission", Within(60)),
    ("we may earn a small commission", Within(60)),
    ("we earn a commission", Within(60)),
    ("may earn an affiliate commission", Within(60)),
    ("contain affiliate links", Within(60)),
    ("include affiliate links", Within(60)),
    ("includes affiliate links", Within(60)),
    ("may earn a small commission", Within(60)),
    ("may receive a commission", Within(60)),
    ("may receive a small commission", Within(60)),
    ("may earn a commission", Within(60)),
    // The wording affiliate programmes require, in each language they require it in.
    ("earn from qualifying purchases", Within(40)),
    ("earns from qualifying purchases", Within(40)),
    ("an qualifizierten verkäufen", Within(40)),
    ("achats remplissant les conditions requises", Within(40)),
    ("compras adscritas que cumplen", Within(40)),
    ("dagli acquisti idonei", Within(40)),
    ("enthält werbelinks", Within(60)),
    ("erhalten wir eine provision", Within(60)),
    ("erhalten wir ggf. eine provision", Within(60)),
];

pub(super) const PATTERNS: &[Pattern] = &[
    // Sale copy: "Huge Spring Sale Underway", "Black Friday Deals Are Live", "Save up to 40%".
    (
        r"(?i)\b(?:huge|big|massive|biggest|flash|spring|summer|fall|autumn|winter|holiday|black friday|cyber monday|clearance|year-end|limited[- ]time)\s+(?:sale|sales|deals?|offer|savings)\b[^.!?]*$",
        14,
        &["sale", "deal", "offer", "saving"],
    ),
    (
        r"(?i)^(?:save|spare|sparen sie|économisez|ahorra|risparmia)\s+(?:up to\s+|bis zu\s+|jusqu'à\s+|hasta\s+|fino al?\s+)?\d+\s?%",
        14,
        &["save", "spare", "sparen", "économisez", "ahorra", "risparmia"],
    ),
    // A price against a crossed-out one: "199 € statt 249 €", "$49 instead of $79".
    (
        r"(?i)(?:[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|eur\b|euro\b))\s*(?:statt|instead of|was|au lieu de|en vez de|invece di|i stället för)\s+(?:[€$£]\s?)?\d",
        24,
        &["statt", "instead of", "was", "au lieu de", "en vez de", "invece di", "i stället"],
    ),
    // A German-style compound sale ("Herbst-Sale") in a line that is not a sentence.
    (r"(?i)\b\p{L}+-sale\b[^.!?]*$", 16, &["-sale"]),
    // An ad label joined to its copy: "Sponsored · Try ...", "Anzeige | ...".
    (
        r"(?i)^(?:sponsored|advertisement|promoted|anzeige|werbung|publicité|publicidad|pubblicità)\s*[·|:•–-]\s*\S",
        40,
        &["sponsored", "advertisement", "promoted", "anzeige", "werbung", "publicit", "pubblicit"],
    ),
    (
        r"(?i)^(?:free shipping|kostenloser versand|livraison gratuite|envío gratis|spedizione gratuita)\b",
        14,
        &["free shipping", "kostenloser versand", "livraison gratuite", "envío gratis", "spedizione gratuita"],
    ),
];

/// Ad copy written as a sentence with Every Word Capitalised: headlines have no final period and
/// prose does not capitalise every word, so only copywriting looks like this.
/// Questions are left alone: US-style articles use Title Case question headings.
pub(super) fn is_title_case_copy(text: &str, stats: &BlockStats) -> bool {
    stats.words >= 8
        && stats.words <= 40
        && stats.stopwords >= 2
        && stats.ends_with_punctuation
        && !text.ends_with('?')
        && stats.capitalised_share() >= 0.85
}

#[cfg(test)]
mod tests {
    use crate::rules::table::check;
    use crate::verdict::Reason;

    #[test]
    fn table() {
        check(
            Reason::Advertising,
            &[
                "Advertisement",
                "ADVERTISEMENT",
                "Anzeige",
                "Sponsored Content",
                "Story continues below advertisement",
                "Massive Summer Sale On Garden Furniture Ends Sunday",
                "Save up to 40% on garden furniture",
                "Switch To Better Broadband Today And Keep Your Number, Your Router And Your Price For Two Years.",
                "Sponsored by Example Bank",
                "Since you made it to the bottom of this article, we have a small favor to ask.",
                "Republish our articles for free, online or in print, under a Creative Commons license.",
                "Sponsored · Build and ship apps faster with Example Cloud. Start free today.",
                "Transparenzhinweis: Dieser Artikel enthält Affiliate-Links.",
                "We may earn a commission when you buy through links on our site.",
                "This post may contain affiliate links.",
                "This post may contain affiliate links, which means I may earn a small commission if you make a purchase through them, at no extra cost to you.",
                "As an Amazon Associate I earn from qualifying purchases.",
                "As an affiliate, this site earns from qualifying purchases.",
                "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.",
                "En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises.",
                "Trekkingrad X 400 jetzt für 1.199 € statt 1.499 € bei Beispielshop",
                "Backbleche, Teigrollen und mehr im Herbst-Sale bei Beispiel",
                "广告",
                "広告",
                "광고",
                "إعلان",
                "विज्ञापन",
                "Iklan",
                "Quảng cáo",
                "โฆษณา",
                "Reklam",
                "ΔΙΑΦΗΜΙΣΗ",
                "Διαφήμιση",
                "פרסומת",
                "Реклама",
                "РЕКЛАМА",
            ],
            &[
                "Advertising revenue fell 12 percent in the quarter, the company said.",
                "The annual sale of the farm's cattle drew buyers from three states.",
                "The charity asked residents to make a donation of food or clothing at the town hall on Saturday, when volunteers will sort what arrives for the winter shelter in the old school.",
                "Die Anzeige wurde am Montag bei der Polizei aufgenommen.",
                "What Are The Most Popular Types Of Garden Sheds?",
                "Tore: 1:0 Berger (12.), 2:0 Kaya (43.), 2:1 Novak (61., Foulelfmeter), 2:2 Berger (88.).",
                "The shop sold the bike for 900 euros, well below the list price.",
                "Реклама в соціальних мережах подорожчала вдвічі за рік.",
                "Reklam gelirleri geçen yıl yüzde 12 arttı.",
                "Iklan rokok dilarang di dekat sekolah.",
                "广告公司表示，今年的订单比去年增加了两成。",
                "Critics say affiliate links shape which products reviewers recommend, and regulators have asked sites to say when a page may contain them.",
            ],
        );
    }
}
