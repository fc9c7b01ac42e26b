//! Promo codes: "Use code X", "promo code: X", "% off with code X", in many languages.
//!
//! The code itself must look like a code (capitals and digits), so prose about codes ("enter the
//! promo code field at checkout") is not matched.

use super::Pattern;
use super::Phrase;

pub(super) const PHRASES: &[Phrase] = &[];

pub(super) const PATTERNS: &[Pattern] = &[
    (
        r"(?i:\b(?:promo|coupon|discount|voucher|offer|gift|referral|rabatt|gutschein|aktions|promotional|promotion)[\s-]?codes?|\bgutscheincode|\brabattcode|\bcode\s+promo|\bcódigo(?:\s+(?:promocional|de\s+descuento|descuento))?|\bcodice(?:\s+(?:sconto|promozionale|promo))?|\bkortingscode|\bkod\s+rabatowy|\brabattkod|\bcupom)\s*:?\s*[\x22'“‘]?[A-Z0-9][A-Z0-9-]{2,}\b",
        24,
        &["code", "código", "codice", "kod", "cupom"],
    ),
    (
        r"(?i:\b(?:use|enter|apply|with|using)\s+(?:the\s+)?code)\s*:?\s*[\x22'“‘]?[A-Z0-9][A-Z0-9-]{2,}\b",
        24,
        &["code"],
    ),
    (
        r"(?i:\b(?:mit\s+(?:dem\s+)?code|avec\s+le\s+code|con\s+el\s+código|con\s+il\s+codice|met\s+(?:de\s+)?code))\s*:?\s*[\x22'“‘]?[A-Z0-9][A-Z0-9-]{2,}\b",
        24,
        &["code", "código", "codice"],
    ),
    (r"(?i)\d+\s?%\s*(?:off|rabatt|de réduction|de descuento|di sconto|korting)\b.{0,40}\bcode\b", 24, &["code"]),
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
