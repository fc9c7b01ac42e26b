//! The learned layer through the public API: what it keeps, what it never touches, and that
//! switching it off gives the heuristics' verdicts alone.

mod support;

use dechaff::{Cleaned, Cleaner, Reason};
use support::{assert_kept, assert_removed, explain};

/// A jobs board: a line of intro, then twelve numbered one-line posts, each with its age, between
/// a menu and a footer of links.
fn board() -> String {
    let jobs = [
        "Harbour Ferries is hiring a deck officer for the night boats",
        "Marrow Island Gazette seeks a part-time reporter for the north shore",
        "The island school is looking for a science teacher from September",
        "Lighthouse trust hiring a seasonal guide for the summer tours",
        "Pier cafe wants a cook for weekends and holidays",
        "Boatyard looking for an apprentice shipwright",
        "Council hiring a harbour warden on a two-year contract",
        "Lifeboat station seeks a volunteer coordinator",
        "Island bakery is hiring an early shift baker",
        "Market hall wants a caretaker for the Saturday market",
        "Ferry ticket office needs a clerk for the winter timetable",
        "Fish market hiring a driver for the mainland round",
    ];
    let mut page = String::from(
        "Jobs | Island Board\nIsland Board new | past | jobs | submit | login\n\
         These are jobs at island businesses. See more at the council's careers page.\n",
    );
    for (k, job) in jobs.iter().enumerate() {
        page += &format!("{}. {job}\n{} hours ago\n", k + 1, k + 1);
    }
    page + "More\nGuidelines | FAQ | Lists | Contact\nSearch:\n"
}

fn without_layer() -> Cleaner {
    Cleaner::builder().learned(false).build().unwrap()
}

fn restored(cleaned: &Cleaned<'_>) -> usize {
    cleaned.blocks().iter().filter(|b| matches!(b.reason, Reason::Restored(_))).count()
}

#[test]
fn the_layer_keeps_the_posts_of_a_board_the_heuristics_cut() {
    let page = board();
    let posts = [
        "hiring a deck officer",
        "seeks a part-time reporter",
        "looking for a science teacher",
        "driver for the mainland",
    ];
    // The heuristics alone take the intro for the article and cut the posts.
    let alone = without_layer().clean(&page);
    assert_removed(&alone, &posts);
    let cleaned = dechaff::clean(&page);
    assert_kept(&cleaned, &posts);
    assert!(restored(&cleaned) >= posts.len(), "{}", explain(&cleaned));
    // What a rule family names stays removed: the menus and the footer.
    assert_removed(&cleaned, &["new | past", "Guidelines | FAQ", "Search:"]);
    assert_eq!(dechaff::clean(&cleaned.text()).text(), cleaned.text(), "the result cleans to itself");
}

#[test]
fn switched_off_it_reads_no_kind_and_keeps_nothing_back() {
    for page in [board(), std::fs::read_to_string(corpus("en-kessick-ferry-winter-service.txt")).unwrap()] {
        let alone = without_layer().clean(&page);
        assert_eq!(alone.page_type(), None);
        assert_eq!(restored(&alone), 0, "{}", explain(&alone));
        assert!(alone.blocks().iter().all(|b| b.kept == (b.reason == Reason::Body)));
    }
    // The heuristics off, the layer is off too.
    let rules = Cleaner::builder().heuristics(false).build().unwrap();
    assert_eq!(rules.clean(&board()).page_type(), None);
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
    let mut pages = vec![board()];
    for entry in std::fs::read_dir(corpus("")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            pages.push(std::fs::read_to_string(path).unwrap());
        }
    }
    for page in &pages {
        let cleaned = dechaff::clean(page);
        for block in cleaned.blocks() {
            assert_eq!(
                block.kept,
                matches!(block.reason, Reason::Body | Reason::Restored(_) | Reason::Unsure),
                "{}",
                explain(&cleaned)
            );
            assert_eq!(block.reason.signals().is_some(), matches!(block.reason, Reason::Restored(_)));
        }
    }
}

fn corpus(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(name)
}
