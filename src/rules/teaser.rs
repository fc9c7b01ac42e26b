//! Teasers: inline links to other stories ("READ MORE:", "RELATED:", "Lesen Sie auch") and all-caps
//! teaser lines such as "SHOCKING: ...".

use super::Anchor::{Start, Whole};
use super::{Pattern, Phrase};

pub(super) const PHRASES: &[Phrase] = &[
    ("read more:", Start(30)),
    ("read more about", Start(20)),
    ("read also", Start(30)),
    ("also read", Start(30)),
    ("read:", Start(25)),
    ("related:", Start(30)),
    ("related story:", Start(30)),
    ("related article:", Start(30)),
    ("related link:", Start(30)),
    ("see also:", Start(30)),
    ("see also", Whole),
    ("more:", Start(25)),
    ("more on this", Start(25)),
    ("more on this story", Start(25)),
    ("recommended:", Start(25)),
    ("don't miss:", Start(25)),
    ("don’t miss:", Start(25)),
    ("must read:", Start(25)),
    ("watch:", Start(25)),
    ("watch now:", Start(25)),
    ("listen:", Start(25)),
    ("click here", Start(20)),
    ("click to read", Start(20)),
    ("lesen sie auch", Start(30)),
    ("lesen sie mehr", Start(30)),
    ("lesen sie hier", Start(30)),
    ("auch interessant", Start(30)),
    ("mehr zum thema:", Start(30)),
    ("passend dazu", Start(30)),
    ("zum thema:", Start(30)),
    ("siehe auch", Start(30)),
    ("hier lesen", Whole),
    ("hier weiterlesen", Whole),
    ("à lire aussi", Start(30)),
    ("a lire aussi", Start(30)),
    ("lire aussi", Start(30)),
    ("voir aussi", Start(30)),
    ("lee también", Start(30)),
    ("leer también", Start(30)),
    ("lea también", Start(30)),
    ("te puede interesar:", Start(30)),
    ("leggi anche", Start(30)),
    ("leggi pure", Start(30)),
    ("potrebbe interessarti:", Start(30)),
    ("lees ook", Start(30)),
    ("leia também", Start(30)),
    ("leia mais:", Start(30)),
    ("czytaj też", Start(30)),
    ("czytaj także", Start(30)),
    ("zobacz też", Start(30)),
    ("läs också", Start(30)),
    ("läs även", Start(30)),
    // The same lead-ins in other scripts, with their colon: without one the phrase is the header
    // of a headline list.
    ("延伸阅读：", Start(30)),
    ("相关阅读：", Start(30)),
    ("推荐阅读：", Start(30)),
    ("あわせて読みたい：", Start(30)),
    ("関連記事：", Start(30)),
    ("관련기사:", Start(30)),
    ("اقرأ أيضا:", Start(30)),
    ("اقرأ أيضاً:", Start(30)),
    ("ये भी पढ़ें:", Start(30)),
    ("यह भी पढ़ें:", Start(30)),
    ("baca juga:", Start(30)),
    ("xem thêm:", Start(30)),
    ("đọc thêm:", Start(30)),
    ("อ่านเพิ่มเติม:", Start(30)),
    ("ayrıca bakınız:", Start(30)),
    ("διαβάστε επίσης:", Start(30)),
    ("διαβάστε ακόμη:", Start(30)),
    ("קראו עוד:", Start(30)),
    ("קראו גם:", Start(30)),
    ("читайте також:", Start(30)),
    ("читайте также:", Start(30)),
];

pub(super) const PATTERNS: &[Pattern] = &[
    // An all-caps lead word with a colon ("SHOCKING: ...", "‘UNBELIEVABLE: ..."), in a line that is
    // not a sentence: tabloid teaser links.
    (r"^[\W&&[^\p{L}\d]]{0,3}\p{Lu}{4,}(?:\s\p{Lu}{2,}){0,2}:\s+\S[^.!?]*[^.!?\s]$", 24, &[":"]),
    // Arrow or chevron lead-ins: "► Also read ...", "→ Mehr dazu".
    (r"^[►▶→»>]\s*\S.{0,150}$", 20, &["►", "▶", "→", "»", ">"]),
];

#[cfg(test)]
mod tests {
    use crate::rules::table::check;
    use crate::verdict::Reason;

    #[test]
    fn table() {
        check(
            Reason::Teaser,
            &[
                "READ MORE: Council approves new budget after long debate",
                "RELATED: Five things to know about the new tax rules",
                "‘INCREDIBLE: Village Wins Lottery Grant For New Harbour Wall",
                "SHOCKING: What the inspectors found in the old mill",
                "Lesen Sie auch: Die wichtigsten Fragen zur neuen Grundsteuer",
                "Mehr zum Thema: So teuer wird das Deutschlandticket",
                "À lire aussi : Le gouvernement présente son budget",
                "Leggi anche: Le nuove regole per i monopattini",
                "► Also on our site: ten walks for a rainy day",
                "延伸阅读：我市出台公交优化方案",
                "Baca juga: Harga Cabai Turun Jelang Panen Raya",
                "ये भी पढ़ें: जिले के 42 गांवों में तालाब खुदाई का काम अधूरा",
                "Xem thêm: Hồng Lam đề xuất làm tuyến đường ven sông",
                "Διαβάστε επίσης: Ξεκινούν τα έργα στον επαρχιακό δρόμο",
                "Читайте також: Міський парк отримає нові майданчики",
            ],
            &[
                "UPDATE: The road reopened at 6 p.m., police said.",
                "Read the full report on the ministry's website before the hearing, the committee urged.",
                "NATO members met in Brussels on Thursday.",
                "The teaser trailer was released on Tuesday and drew two million views.",
            ],
        );
    }
}
