//! The public API as a user meets it: one cleaner shared by threads, user rules before the
//! built-in families, typed errors, the title on request, the page's kind, empty input.

mod support;

use dechaff::{Cleaned, Cleaner, Error, Family, Input, PageType, Rule, Thresholds, clean};
use support::{explain, reasons};

#[test]
fn cleaner_is_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Cleaner>();
    assert_send_sync::<Cleaned<'static>>();
}

const PAGE: &str = "Skip to main content\n\
    Harbour ferry to run through the winter\n\
    By Jane Doe\n\
    The harbour ferry will keep running through the winter for the first time, the council \
    decided on Monday after a long debate about costs and safety on the crossing.\n\
    TICKER EXAMPLE +2.5%\n\
    Councillors said the service had carried more passengers this year than ever before, and \
    that the harbour master had asked for a second boat for the busiest weeks of the summer.\n\
    Advertisement\n\
    © 2025 Example Media. All rights reserved.";

#[test]
fn user_rules_and_families() {
    let cleaner = Cleaner::builder()
        .rule(Rule::regex("ticker", r"^[A-Z ]+ [+-]\d+(\.\d+)?%$"))
        .rule(Rule::phrases("house-ad", ["all rights reserved"]))
        .family(Family::Advertising, false)
        .build()
        .unwrap();
    let cleaned = cleaner.clean(PAGE);
    let got = reasons(&cleaned);
    assert_eq!(got[4], "ticker", "{}", explain(&cleaned));
    // User rules come before the built-in families.
    assert_eq!(got[7], "house-ad", "{}", explain(&cleaned));
    // With advertising off, the ad label is judged by the heuristics instead.
    assert_ne!(got[6], "advertising", "{}", explain(&cleaned));
    let default = clean(PAGE);
    assert_eq!(reasons(&default)[6], "advertising", "{}", explain(&default));
}

#[test]
fn invalid_user_regex_is_a_typed_error() {
    let err = Cleaner::builder().rule(Rule::regex("broken", "(")).build().unwrap_err();
    assert!(matches!(err, Error::InvalidRule { ref name, .. } if name == "broken"), "{err}");
    let t = Thresholds { stopwords_low: 1.5, ..Thresholds::default() };
    assert!(matches!(Cleaner::builder().thresholds(t).build(), Err(Error::InvalidThreshold { .. })));
}

#[test]
fn title_in_text_on_request() {
    let plain = clean(PAGE);
    assert_eq!(plain.title(), Some("Harbour ferry to run through the winter"));
    assert!(plain.text().starts_with("The harbour ferry"), "{}", explain(&plain));
    let with_title = Cleaner::builder().keep_title(true).build().unwrap().clean(PAGE);
    assert!(
        with_title.text().starts_with("Harbour ferry to run through the winter\n\nThe harbour ferry"),
        "{}",
        with_title.text()
    );
}

/// The kind is one of the seven, or `None`; never read with the heuristics off or from an extract.
#[test]
fn page_type_is_none_without_heuristics_or_for_an_extract() {
    let kind = clean(PAGE).page_type();
    assert!(kind.is_none_or(|k| PageType::ALL.contains(&k)), "{kind:?}");
    for cleaner in [
        Cleaner::builder().heuristics(false).build().unwrap(),
        Cleaner::builder().input(Input::Extracted).build().unwrap(),
    ] {
        assert_eq!(cleaner.clean(PAGE).page_type(), None);
    }
    assert!(matches!("blog".parse::<PageType>(), Err(Error::UnknownName { kind: "page type", .. })));
}

#[test]
fn empty_and_blank_input() {
    for input in ["", "\n\n", " \t\u{A0}\n\r\n"] {
        let cleaned = clean(input);
        assert!(cleaned.blocks().is_empty());
        assert_eq!(cleaned.text(), "");
        assert_eq!(cleaned.title(), None);
        assert_eq!(cleaned.page_type(), None);
    }
}
