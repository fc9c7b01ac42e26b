//! The kind of page a text was read from: an article, a forum thread, a listing...

use crate::Error;
use std::fmt;

/// The kind of page a text was read from, with a stable name (see [`PageType::as_str`]): the
/// names the benchmark labels its pages with.
///
/// ```
/// use dechaff::PageType;
/// assert_eq!(PageType::Forum.as_str(), "forum");
/// assert_eq!("documentation".parse::<PageType>(), Ok(PageType::Documentation));
/// assert!("blog".parse::<PageType>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PageType {
    /// One story or post in prose: a news article, a blog post, an essay.
    Article,
    /// A thread of posts by several people, each with a name and a date.
    Forum,
    /// An index of items, each with a title and a short text: search results, a blog's index, a
    /// course catalogue.
    Listing,
    /// A grid of items with names and prices: a shop's category, a gallery.
    Collection,
    /// One product's page: its description and specifications.
    Product,
    /// Reference or how-to text, with code or numbered steps.
    Documentation,
    /// A company's or organisation's page about what it offers: services, contact, about.
    Service,
}

impl PageType {
    /// Every kind, in the order of the benchmark's list.
    pub const ALL: [PageType; 7] = [
        PageType::Article,
        PageType::Forum,
        PageType::Listing,
        PageType::Collection,
        PageType::Product,
        PageType::Documentation,
        PageType::Service,
    ];

    /// The kind's stable name, as the CLI prints it and JSON carries it: `article`, `forum`,
    /// `listing`, `collection`, `product`, `documentation`, `service`.
    pub fn as_str(self) -> &'static str {
        match self {
            PageType::Article => "article",
            PageType::Forum => "forum",
            PageType::Listing => "listing",
            PageType::Collection => "collection",
            PageType::Product => "product",
            PageType::Documentation => "documentation",
            PageType::Service => "service",
        }
    }
}

impl fmt::Display for PageType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PageType {
    type Err = Error;

    /// Parses a kind's [name](PageType::as_str), in any case.
    fn from_str(name: &str) -> Result<PageType, Error> {
        let name = name.trim().to_ascii_lowercase();
        PageType::ALL.into_iter().find(|t| t.as_str() == name).ok_or_else(|| Error::UnknownName {
            kind: "page type",
            name,
            expected: PageType::ALL.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", "),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_parses_back_to_its_kind() {
        for kind in PageType::ALL {
            assert_eq!(kind.as_str().parse::<PageType>(), Ok(kind));
            assert_eq!(kind.to_string().to_uppercase().parse::<PageType>(), Ok(kind));
        }
    }

    #[test]
    fn an_unknown_name_lists_the_known_ones() {
        let err = "blog".parse::<PageType>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown page type \"blog\" (expected one of: article, forum, listing, collection, product, \
             documentation, service)"
        );
    }
}
