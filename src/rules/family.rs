//! The families and their ranking: which family a block's verdict names when several match.

use super::{Pattern, Phrase};
use super::{advertising, caption, comments, headlines, junk, keywords, legal, navigation};
use super::{newsletter, promo_code, social, teaser};
use crate::stats::BlockStats;
use crate::verdict::Reason;

/// A family of boilerplate rules that can be switched on or off in the builder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Family {
    /// Skip links, menus, breadcrumbs, tag lines, link rows, site names.
    Navigation,
    /// Comma-separated keyword lists.
    Keywords,
    /// Copyright, rights, trademark, privacy and cookie lines.
    Legal,
    /// Newsletter sign-up prompts and forms.
    Newsletter,
    /// Share, follow and app-download prompts.
    Social,
    /// Comment prompts and counts.
    Comments,
    /// Advertisement labels, sponsored and sale copy.
    Advertising,
    /// Promo and coupon codes.
    PromoCode,
    /// Photo captions, credits and alt text.
    Caption,
    /// Inline teasers and related links.
    Teaser,
    /// Headers of headline lists ("Latest News", "More Stories").
    Headlines,
    /// Lone numbers, malformed dates, stray symbols.
    Junk,
}

impl Family {
    /// Every family, in the order a block's rule hits are ranked when several match.
    pub const ALL: [Family; 12] = [
        Family::PromoCode,
        Family::Caption,
        Family::Legal,
        Family::Comments,
        Family::Newsletter,
        Family::Social,
        Family::Advertising,
        Family::Teaser,
        Family::Headlines,
        Family::Keywords,
        Family::Navigation,
        Family::Junk,
    ];

    /// The family's stable name, as `--disable` takes it: the reason its removals carry, except
    /// `headlines` (whose removals are `unrelated-headlines`).
    ///
    /// ```
    /// use dechaff::Family;
    /// assert_eq!(Family::PromoCode.name(), "promo-code");
    /// assert_eq!("promo-code".parse::<Family>(), Ok(Family::PromoCode));
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Family::Headlines => "headlines",
            family => match family.reason() {
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
                _ => "junk",
            },
        }
    }

    /// The reason blocks removed by this family carry.
    pub fn reason(self) -> Reason {
        match self {
            Family::Navigation => Reason::Navigation,
            Family::Keywords => Reason::Keywords,
            Family::Legal => Reason::Legal,
            Family::Newsletter => Reason::Newsletter,
            Family::Social => Reason::Social,
            Family::Comments => Reason::Comments,
            Family::Advertising => Reason::Advertising,
            Family::PromoCode => Reason::PromoCode,
            Family::Caption => Reason::Caption,
            Family::Teaser => Reason::Teaser,
            Family::Headlines => Reason::UnrelatedHeadlines,
            Family::Junk => Reason::Junk,
        }
    }

    fn rank(self) -> usize {
        Family::ALL.iter().position(|&f| f == self).unwrap_or(usize::MAX)
    }

    /// Whether a block this family matches would be named by it rather than by `best`, the
    /// best-ranked family found so far.
    pub(super) fn outranks(self, best: Option<Family>) -> bool {
        best.is_none_or(|b| self.rank() < b.rank())
    }

    fn bit(self) -> u16 {
        1 << self.rank()
    }

    pub(super) fn phrases(self) -> &'static [Phrase] {
        match self {
            Family::Navigation => navigation::PHRASES,
            Family::Keywords => keywords::PHRASES,
            Family::Legal => legal::PHRASES,
            Family::Newsletter => newsletter::PHRASES,
            Family::Social => social::PHRASES,
            Family::Comments => comments::PHRASES,
            Family::Advertising => advertising::PHRASES,
            Family::PromoCode => promo_code::PHRASES,
            Family::Caption => caption::PHRASES,
            Family::Teaser => teaser::PHRASES,
            Family::Headlines => headlines::PHRASES,
            Family::Junk => junk::PHRASES,
        }
    }

    pub(super) fn patterns(self) -> &'static [Pattern] {
        match self {
            Family::Navigation => navigation::PATTERNS,
            Family::Keywords => &[],
            Family::Legal => legal::PATTERNS,
            Family::Newsletter => newsletter::PATTERNS,
            Family::Social => social::PATTERNS,
            Family::Comments => comments::PATTERNS,
            Family::Advertising => advertising::PATTERNS,
            Family::PromoCode => promo_code::PATTERNS,
            Family::Caption => caption::PATTERNS,
            Family::Teaser => teaser::PATTERNS,
            Family::Headlines => headlines::PATTERNS,
            Family::Junk => junk::PATTERNS,
        }
    }

    /// A test on the block's shape rather than its wording.
    pub(super) fn has_shape(self, text: &str, stats: &BlockStats) -> bool {
        match self {
            Family::Navigation => navigation::is_link_row(text, stats),
            Family::Keywords => keywords::is_keyword_list(text, stats),
            Family::Advertising => advertising::is_title_case_copy(text, stats),
            Family::Social => social::is_network_list(text, stats),
            Family::Caption => caption::is_object_label(text, stats),
            Family::Legal => legal::is_consent_notice(text, stats),
            _ => false,
        }
    }
}

/// A set of enabled families.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FamilySet(u16);

impl FamilySet {
    pub(crate) const ALL: FamilySet = FamilySet(u16::MAX);

    pub(crate) fn contains(self, family: Family) -> bool {
        self.0 & family.bit() != 0
    }

    pub(crate) fn set(&mut self, family: Family, on: bool) {
        if on {
            self.0 |= family.bit();
        } else {
            self.0 &= !family.bit();
        }
    }
}

impl std::str::FromStr for Family {
    type Err = crate::Error;

    /// Parses a family's [name](Family::name); `unrelated-headlines` is taken for `headlines`.
    fn from_str(name: &str) -> Result<Family, crate::Error> {
        let name = name.trim().to_ascii_lowercase().replace('_', "-");
        let name = if name == "unrelated-headlines" { "headlines" } else { name.as_str() };
        Family::ALL.into_iter().find(|f| f.name() == name).ok_or_else(|| crate::Error::UnknownName {
            kind: "rule family",
            name: name.to_owned(),
            expected: Family::ALL.iter().map(|f| f.name()).collect::<Vec<_>>().join(", "),
        })
    }
}

impl std::fmt::Display for Family {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
