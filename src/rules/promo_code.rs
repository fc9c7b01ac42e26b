//! Promo codes: "Use code X", "promo code: X", "% off with code X", in many languages.
//!
//! The code itself must look like a code (capitals and digits), so prose about codes ("enter the
//! promo code field at checkout") is not matched.

use super::{Pattern, Phrase};

pub(super) const PHRASES: &[Phrase] = &[];

pub(super) const PATTERNS: &[Pattern] = &[
    Pattern {
        regex: r"(?i:(?-u:\b)(?:promo|coupon|discount|voucher|offer|gift|referral|rabatt|gutschein|aktions|promotional|promotion)[\s-]?codes?|(?-u:\b)gutscheincode|(?-u:\b)rabattcode|(?-u:\b)code\s+promo|(?-u:\b)código(?:\s+(?:promocional|de\s+descuento|descuento))?|(?-u:\b)codice(?:\s+(?:sconto|promozionale|promo))?|(?-u:\b)kortingscode|(?-u:\b)kod\s+rabatowy|(?-u:\b)rabattkod|(?-u:\b)cupom)\s*:?\s*[\x22'“‘]?[A-Z0-9][A-Z0-9-]{2,}(?-u:\b)",
        max_words: 24,
        triggers: &["code", "código", "codice", "kod", "cupom"],
    },
    Pattern {
        regex: r"(?i:(?-u:\b)(?:use|enter|apply|with|using)\s+(?:the\s+)?code)\s*:?\s*[\x22'“‘]?[A-Z0-9][A-Z0-9-]{2,}(?-u:\b)",
        max_words: 24,
        triggers: &["code"],
    },
    Pattern {
        regex: r"(?i:(?-u:\b)(?:mit\s+(?:dem\s+)?code|avec\s+le\s+code|con\s+el\s+código|con\s+il\s+codice|met\s+(?:de\s+)?code))\s*:?\s*[\x22'“‘]?[A-Z0-9][A-Z0-9-]{2,}(?-u:\b)",
        max_words: 24,
        triggers: &["code", "código", "codice"],
    },
    Pattern {
        regex: r"(?i)\d+\s?%\s*(?:off|rabatt|de réduction|de descuento|di sconto|korting)(?-u:\b).{0,40}(?-u:\b)code(?-u:\b)",
        max_words: 24,
        triggers: &["code"],
    },
];

#[cfg(test)]
mod tests {
    use crate::rules::table::check;
    use crate::verdict::Reason;

    #[test]
    fn table() {
        check(
            Reason::PromoCode,
            &[
                "Use Promo Code SAVE10 At Checkout",
                "Summer Saver: Cheaper Broadband Bundles (30% off three months with promo code: BAND30)",
                "Promo code: SPRING25",
                "Get 20% off with code GARDEN20",
                "Mit dem Code SOMMER15 sparen Sie 15 Prozent",
                "Gutscheincode: HERBST10",
                "Code promo : BIENVENUE",
                "Usa el código AHORRA5 en tu primera compra",
                "Enter code FREESHIP",
            ],
            &[
                "Use the promo code field at checkout to apply any discount you have.",
                "Shoppers who entered a promo code spent 14 percent more on average, the study found, although the effect faded after a month.",
                "Der Code für das Türschloss wurde nach dem Einbruch geändert.",
                "The code was written in Rust and reviewed by two engineers.",
            ],
        );
    }
}
