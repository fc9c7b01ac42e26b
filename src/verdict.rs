//! Why a block was kept or removed.

use std::fmt;
use std::sync::Arc;

/// The reason attached to a block's verdict, with a stable string name (see [`Reason::as_str`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// Kept: part of the article body.
    Body,
    /// Skip links, menus, breadcrumbs, tag lines, separator-joined link rows, site names.
    Navigation,
    /// Comma-separated keyword lists.
    Keywords,
    /// Copyright, all rights reserved, trademarks, privacy, cookie and do-not-sell lines.
    Legal,
    /// Newsletter sign-up prompts and forms.
    Newsletter,
    /// Share and follow prompts, app downloads.
    Social,
    /// Comment prompts, comment counts, community guidelines.
    Comments,
    /// "Advertisement", "Sponsored", sale and product copy.
    Advertising,
    /// Promo and coupon codes.
    PromoCode,
    /// Photo captions, credits and alt text.
    Caption,
    /// Inline teaser and related links ("READ MORE:", all-caps teaser lines).
    Teaser,
    /// Lists of other stories' headlines.
    UnrelatedHeadlines,
    /// A block that already appeared earlier in the page.
    Duplicate,
    /// Lone numbers, malformed dates, stray tokens.
    Junk,
    /// The article's title (kept out of the body, returned as metadata).
    Title,
    /// The byline (returned as metadata).
    Byline,
    /// The publication date (returned as metadata).
    Date,
    /// A date or time that is not the page's: a comment's stamp, another story's date, a date
    /// line away from the byline and the page's date.
    Timestamp,
    /// Outside the article's body region, with little language in it (menus, link lists, labels).
    LowContent,
    /// Outside the article's body region: text that reads well but belongs to something else
    /// (teaser summaries, bios, comments).
    OutsideBody,
    /// Removed by a user rule; carries the rule's name.
    Custom(Arc<str>),
    /// Kept by the learned layer, which found the block likely to be content though the
    /// heuristics removed it (as low-content or outside the body, or a stray
    /// timestamp); carries the signals that moved it (see [`Reason::signals`]). The one reason of
    /// a kept block besides [`Reason::Body`] and [`Reason::Unsure`].
    Restored(Arc<str>),
    /// Kept because dechaff could not tell: on a page that does not read as an article, the
    /// heuristics kept little of what no rule removed (they looked for an article that is not
    /// there: a listing, a catalogue, a grid of products), so what they removed as low-content,
    /// outside the body or as the title is kept (the title is still the page's title).
    Unsure,
}

impl Reason {
    /// The stable name of this reason, as printed by the CLI and carried in JSON.
    ///
    /// ```
    /// assert_eq!(dechaff::Reason::PromoCode.as_str(), "promo-code");
    /// ```
    pub fn as_str(&self) -> &str {
        match self {
            Reason::Body => "body",
            Reason::Navigation => "navigation",
            Reason::Keywords => "keywords",
            Reason::Legal => "legal",
            Reason::Newsletter => "newsletter",
            Reason::Social => "social",
            Reason::Comments => "comments",
            Reason::Advertising => "advertising",
            Reason::PromoCode => "promo-code",
            Reason::Caption => "caption",
            Reason::Teaser => "teaser",
            Reason::UnrelatedHeadlines => "unrelated-headlines",
            Reason::Duplicate => "duplicate",
            Reason::Junk => "junk",
            Reason::Title => "title",
            Reason::Byline => "byline",
            Reason::Date => "date",
            Reason::Timestamp => "timestamp",
            Reason::LowContent => "low-content",
            Reason::OutsideBody => "outside-body",
            Reason::Custom(name) => name,
            Reason::Restored(_) => "restored",
            Reason::Unsure => "unsure",
        }
    }

    /// The signals that moved the learned layer to keep a block, for [`Reason::Restored`]: the
    /// names of the features that weighed most, comma-separated.
    pub fn signals(&self) -> Option<&str> {
        match self {
            Reason::Restored(signals) => Some(signals),
            _ => None,
        }
    }
}

impl Reason {
    /// Whether this kind of boilerplate sits inside article bodies (ads, captions, teasers, promo
    /// codes, stray junk) rather than around them (menus, footers, forms).
    pub(crate) fn is_inline(&self) -> bool {
        matches!(self, Reason::Advertising | Reason::PromoCode | Reason::Caption | Reason::Teaser | Reason::Junk)
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
