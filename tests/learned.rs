//! The learned layer through the public API: what it keeps, what it never touches, and that
//! switching it off gives the heuristics' verdicts alone.

mod support;

use dechaff::{Cleaned, Cleaner, Reason};
use support::{assert_kept, assert_removed, explain};

/// A news archive: a short intro, then eight stories, each a headline, a date, a one-line summary
/// and a "Read more" link, between a menu and a footer.
fn archive() -> String {
    let stories = [
        (
            "Winter timetable for the island ferry",
            "The council confirmed three crossings a week from November, weather permitting, and a review in spring.",
        ),
        (
            "New pier opens on the north shore",
            "After two years of works the pier can take the larger boats, and the old landing stage will close.",
        ),
        (
            "Harbour master retires after thirty years",
            "Colleagues gathered on the quay to thank her for three decades of careful work in every kind of weather.",
        ),
        (
            "School trips to the mainland resume",
            "Pupils will cross on the early boat on Tuesdays, with a teacher and two parents on every trip.",
        ),
        (
            "Fuel prices push fares up by five percent",
            "The operator says the rise is the first in four years and will be reviewed when prices fall.",
        ),
        (
            "Volunteers repaint the lighthouse",
            "A group of twenty islanders spent the weekend scraping and painting the tower before the storms.",
        ),
        (
            "Market traders ask for a later return crossing",
            "Stallholders say the last boat leaves too early for them to pack up after the Saturday market.",
        ),
        (
            "Lifeboat crew called out twice in one night",
            "Both calls were to small boats that had lost power in the channel; no one was hurt.",
        ),
    ];
    let mut page = String::from(
        "News archive | Marrow Island Gazette\nSkip to content\nHome | News | Sport | What's on | Contact\nSearch\n\
         News archive\nAll the stories from the island, newest first.\n",
    );
    for (k, (headline, summary)) in stories.iter().enumerate() {
        page += &format!("{headline}\n{} March 2025\n{summary}\nRead more\n", 12 - k);
    }
    page + "Older posts\nSubscribe to our newsletter\n© 2025 Marrow Island Gazette. All rights reserved.\n"
}

fn without_layer() -> Cleaner {
    Cleaner::builder().learned(false).build().unwrap()
}

fn restored(cleaned: &Cleaned<'_>) -> usize {
    cleaned.blocks().iter().filter(|b| matches!(b.reason, Reason::Restored(_))).count()
}

#[test]
fn the_layer_keeps_the_stories_of_an_archive_the_heuristics_cut() {
    let page = archive();
    let summaries =
        ["three crossings a week", "take the larger boats", "three decades of careful work", "teacher and two parents"];
    // The heuristics alone keep them too: the stories are a run of items (headline, date,
    // summary, link) that outweighs what the region kept (`keep_item_runs`).
    let alone = without_layer().clean(&page);
    assert_kept(&alone, &summaries);
    let cleaned = dechaff::clean(&page);
    assert_kept(&cleaned, &summaries);
    // What a rule family names stays removed: links, the sign-up prompt, the footer.
    assert_removed(&cleaned, &["Read more", "Subscribe to our newsletter", "All rights reserved", "Skip to content"]);
    assert_eq!(dechaff::clean(&cleaned.text()).text(), cleaned.text(), "the result cleans to itself");
}

#[test]
fn switched_off_it_reads_no_kind_and_keeps_nothing_back() {
    for page in [archive(), std::fs::read_to_string(corpus("en-kessick-ferry-winter-service.txt")).unwrap()] {
        let alone = without_layer().clean(&page);
        assert_eq!(alone.page_type(), None);
        assert_eq!(restored(&alone), 0, "{}", explain(&alone));
        assert!(alone.blocks().iter().all(|b| b.kept == (b.reason == Reason::Body)));
    }
    // The heuristics off, the layer is off too.
    let rules = Cleaner::builder().heuristics(false).build().unwrap();
    assert_eq!(rules.clean(&archive()).page_type(), None);
}

#[test]
fn a_news_article_reads_as_an_article_and_keeps_its_verdicts() {
    let page = std::fs::read_to_string(corpus("en-kessick-ferry-winter-service.txt")).unwrap();
    let cleaned = dechaff::clean(&page);
    assert_eq!(cleaned.page_type(), Some(dechaff::PageType::Article));
    let verdicts = |c: &Cleaned<'_>| c.blocks().iter().map(|b| b.kept).collect::<Vec<_>>();
    assert_eq!(verdicts(&cleaned), verdicts(&without_layer().clean(&page)), "{}", explain(&cleaned));
}

#[test]
fn a_kept_block_is_body_or_restored() {
    let mut pages = vec![archive()];
    for entry in std::fs::read_dir(corpus("")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            pages.push(std::fs::read_to_string(path).unwrap());
        }
    }
    for page in &pages {
        let cleaned = dechaff::clean(page);
        for block in cleaned.blocks() {
            assert_eq!(block.kept, matches!(block.reason, Reason::Body | Reason::Restored(_)), "{}", explain(&cleaned));
            assert_eq!(block.reason.signals().is_some(), matches!(block.reason, Reason::Restored(_)));
        }
    }
}

fn corpus(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(name)
}
