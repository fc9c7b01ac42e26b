//! Metadata read from whole pages: the title, the byline and its authors, the publication and
//! update dates, and the lines that look like them but are not (a comment's stamp, a filter menu,
//! a product's description).

mod support;

use dechaff::{Reason, clean};
use support::{FERRY_BODY, as_extract, explain};

/// Asserts the default cleaner's byline for `page`; on failure, prints the page as `+/- reason | line`.
#[track_caller]
fn assert_byline(page: &str, expected: Option<&str>) {
    let cleaned = clean(page);
    assert_eq!(cleaned.byline(), expected, "{}", explain(&cleaned));
}

#[test]
fn metadata_from_the_page_title_the_headline_and_a_dated_byline() {
    let page = format!(
        "Ferry will run all winter, council decides | Example Gazette\n\nNews\n\nSport\n\nWeather\n\n\
         Ferry will run all winter, council decides after long debate\n\n\
         By Jane Doe and John Roe, Staff Writers | March 3, 2025 · 5 min read\n\n{FERRY_BODY}"
    );
    let cleaned = clean(&page);
    assert_eq!(
        cleaned.title(),
        Some("Ferry will run all winter, council decides after long debate"),
        "{}",
        explain(&cleaned)
    );
    assert_eq!(cleaned.authors(), ["Jane Doe", "John Roe"], "{}", explain(&cleaned));
    assert_eq!(cleaned.published().map(|d| d.to_string()), Some("2025-03-03".into()), "{}", explain(&cleaned));
    assert_eq!(cleaned.date(), Some("March 3, 2025"), "{}", explain(&cleaned));
    assert!(cleaned.text().starts_with("The harbour ferry"), "{}", explain(&cleaned));
}

/// A German article's body: a byline's "Von" is read on a German page.
const FAEHRE_BODY: &str = "Die Fähre zur Insel fährt in diesem Winter zum ersten Mal durch, das hat der Gemeinderat \
    am Montagabend nach einer langen Debatte über die Kosten beschlossen.\n\n\
    Die Ratsmitglieder sagten, die Fähre habe in diesem Jahr mehr Fahrgäste befördert als je zuvor, und die \
    Familien auf der Insel hätten seit Jahren darum gebeten, zwischen November und März nicht abgeschnitten zu \
    werden.\n";

#[test]
fn publication_and_update_told_apart() {
    let page = format!(
        "Fähre fährt den ganzen Winter\n\nVon Anna Beispiel und Max Muster\n\n\
         Veröffentlicht am 3. März 2025, 10:15 Uhr, aktualisiert am 4. März 2025\n\n{FAEHRE_BODY}"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.authors(), ["Anna Beispiel", "Max Muster"], "{}", explain(&cleaned));
    assert_eq!(cleaned.published().map(|d| d.to_string()), Some("2025-03-03T10:15".into()), "{}", explain(&cleaned));
    assert_eq!(cleaned.updated().map(|d| d.to_string()), Some("2025-03-04".into()), "{}", explain(&cleaned));
}

#[test]
fn a_page_that_gives_only_its_update_date_has_no_publication_date() {
    // Published then or years before, no telling which: `updated()` says when, `published()`
    // says nothing rather than something wrong. A URL's day is still the publication's.
    let rows: [(&str, &str, Option<&str>, Option<&str>); 6] = [
        ("By Jane Doe\n\nUpdated March 4, 2025", FERRY_BODY, None, None),
        ("By Jane Doe\n\nLast updated on 03/04/2025", FERRY_BODY, None, None),
        ("By Jane Doe | Updated: March 4, 2025", FERRY_BODY, None, None),
        ("Von Anna Beispiel\n\nZuletzt aktualisiert: 4. März 2025", FAEHRE_BODY, None, None),
        (
            "By Jane Doe\n\nUpdated March 4, 2025",
            FERRY_BODY,
            Some("https://example.org/2025/02/27/ferry"),
            Some("2025-02-27"),
        ),
        // Both given: the publication is the one not marked.
        ("By Jane Doe\n\nMarch 3, 2025 · Updated March 4, 2025", FERRY_BODY, None, Some("2025-03-03")),
    ];
    for (head, body, url, published) in rows {
        let page = format!("Ferry will run all winter\n\n{head}\n\n{body}");
        let cleaned = dechaff::Cleaner::default().clean_page(&page, url);
        assert_eq!(cleaned.published().map(|d| d.day_iso()).as_deref(), published, "{head}\n{}", explain(&cleaned));
        assert_eq!(
            cleaned.updated().map(|d| d.day_iso()).as_deref(),
            Some("2025-03-04"),
            "{head}\n{}",
            explain(&cleaned)
        );
    }
}

#[test]
fn a_date_far_from_the_body_is_still_the_pages_date_unless_it_is_one_of_many() {
    let menu: String = (1..=30).map(|k| format!("Section {k}\n")).collect();
    let page = format!("Ferry will run all winter | Example News\n\nPublished on 3 March 2025\n\n{menu}\n{FERRY_BODY}");
    let cleaned = clean(&page);
    assert_eq!(cleaned.published().map(|d| d.day_iso()), Some("2025-03-03".into()), "{}", explain(&cleaned));
    // Dates in a list of dated items (an archive, a schedule) are not the page's date.
    let listing = "3 March 2025\nFerry timetable\n4 March 2025\nHarbour works\n5 March 2025\nCouncil vote\n";
    let page = format!("Ferry will run all winter | Example News\n\n{listing}\n{menu}\n{FERRY_BODY}");
    let cleaned = clean(&page);
    assert_eq!(cleaned.published(), None, "{}", explain(&cleaned));
    // Nor is a comment's stamp.
    let comments = "Comments\n\nJane Roe\n\n4 March 2025\n\nGreat news for the island, finally a ferry all year round.";
    let page = format!("Ferry will run all winter | Example News\n\n{menu}\n{FERRY_BODY}\n\n{comments}");
    let cleaned = clean(&page);
    assert_eq!(cleaned.published(), None, "{}", explain(&cleaned));
}

#[test]
fn a_comment_stamp_is_a_timestamp_not_the_date() {
    let page = format!(
        "Ferry will run all winter\n\nBy Jane Doe\n\nMarch 3, 2025\n\n{FERRY_BODY}\n\
         Comments\n\nPeter\n\nMarch 5, 2025 at 9:12 pm\n\nAbout time too, the island has waited long enough.\n"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.date(), Some("March 3, 2025"), "{}", explain(&cleaned));
    let stamp = cleaned.blocks().iter().find(|b| b.text(&page).starts_with("March 5")).expect("the stamp is a block");
    assert_eq!(stamp.reason, Reason::Timestamp, "{}", explain(&cleaned));
}

#[test]
fn dates_in_other_scripts_and_orders() {
    let table = [
        ("2025年3月14日 08:35", "2025-03-14T08:35"),
        ("14.03.2025", "2025-03-14"),
        ("3 mars 2025 à 19h42", "2025-03-03T19:42"),
        ("2025-03-14T08:35:00+09:00", "2025-03-14T08:35:00+09:00"),
    ];
    for (line, iso) in table {
        let page = format!("Ferry will run all winter\n\nBy Jane Doe\n\n{line}\n\n{FERRY_BODY}");
        let cleaned = clean(&page);
        assert_eq!(cleaned.published().map(|d| d.to_string()), Some(iso.to_owned()), "{line}\n{}", explain(&cleaned));
    }
}

#[test]
fn headline_above_its_byline_and_date_is_the_title() {
    // A row of tools sits between the date and the body, nearer the body than the headline.
    let page = "Wissen\n\nHitzewelle: Warum die Nächte in Südeuropa nicht mehr abkühlen\n\n\
        Ein Artikel von Miriam Oster\n\n22. Juli 2025, 16:40 Uhr\n\nZur Merkliste hinzufügen\n\n\
        In Athen, Rom und Sevilla sinkt die Temperatur seit Tagen auch nachts kaum unter 27 Grad. \
        Meteorologen sprechen von Tropennächten, wenn das Thermometer nicht unter 20 Grad fällt.\n\n\
        Solche Nächte waren in Südeuropa früher die Ausnahme. Inzwischen zählen manche Städte mehr \
        als 60 davon im Jahr, wie eine neue Auswertung von Wetterdaten zeigt.\n";
    let cleaned = clean(page);
    assert_eq!(
        cleaned.title(),
        Some("Hitzewelle: Warum die Nächte in Südeuropa nicht mehr abkühlen"),
        "{}",
        explain(&cleaned)
    );
    assert_eq!(cleaned.byline(), Some("Miriam Oster"), "{}", explain(&cleaned));
    assert_eq!(cleaned.date(), Some("22. Juli 2025, 16:40 Uhr"), "{}", explain(&cleaned));
    assert!(cleaned.text().starts_with("In Athen"), "{}", explain(&cleaned));
}

#[test]
fn a_headline_about_a_newsletter_sharing_or_comments_is_still_the_title() {
    // The page title and the headline under it word a rule family's phrase; the headline wins.
    for headline in
        ["How I turned my notes into a weekly newsletter digest", "Why we stopped showing comments under our stories"]
    {
        let page = format!(
            "{headline}\n\nSubscribe Sign in\n\n{headline}\n\nA short account of a side project\n\n\
             Karen Miles\n\nAug 09, 2025\n\nShare\n\n{FERRY_BODY}"
        );
        let cleaned = clean(&page);
        assert_eq!(cleaned.title(), Some(headline), "{}", explain(&cleaned));
        assert!(!cleaned.text().contains(headline), "{}", explain(&cleaned));
    }
}

#[test]
fn an_extracts_headline_first_line_is_its_title_and_stays_in_the_text() {
    // No other block is like the first line, so nothing but the first line can be the title.
    let extract = "Harbour ferry to run through the winter for the first time\n\n\
        The harbour ferry will keep running through the winter, the council decided on Monday \
        after a long debate about costs and safety on the crossing.\n\n\
        Councillors said the service had carried more passengers this year than ever before.\n";
    let cleaner = as_extract();
    let cleaned = cleaner.clean(extract);
    assert_eq!(
        cleaned.title(),
        Some("Harbour ferry to run through the winter for the first time"),
        "{}",
        explain(&cleaned)
    );
    assert!(cleaned.text().starts_with("Harbour ferry to run"), "{}", explain(&cleaned));
    assert_eq!(cleaner.clean(&cleaned.text()).text(), cleaned.text());
    // A first line that reads as a sentence is not a headline.
    let sentence = extract.replacen("the first time\n", "the first time.\n", 1);
    let cleaned = cleaner.clean(&sentence);
    assert_eq!(cleaned.title(), None, "{}", explain(&cleaned));
}

#[test]
fn the_byline_under_the_headline_that_repeats_the_page_title() {
    // Course blurbs above the headline read as text too, so the body "starts" far above it.
    let blurbs: String = (1..=15)
        .map(|i| {
            format!(
                "In course {i} you learn how the work of a team is planned and how it is shared \
                 between the people in it.\n\n"
            )
        })
        .collect();
    let page = format!(
        "Professional software development, explained\n\n{blurbs}\
         Professional software development, explained\n\nPosted by Peter Bell on August 21, 2019\n\n{FERRY_BODY}"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Peter Bell"), "{}", explain(&cleaned));
}

#[test]
fn a_surname_that_is_a_common_word_beside_the_date() {
    let page = format!(
        "Cleaning costs in the city | Example Cleaners\n\nHome\nServices\nContact\n\n\
         Cleaning costs in the city\n\nJuly 5, 2025\n\nMadison Green\n\n{FERRY_BODY}\n\
         We only use green products in every home we clean, and our prices stay the same all year.\n"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Madison Green"), "{}", explain(&cleaned));
    // A label of an acronym and a common word is no one's name.
    let page = page.replace("Madison Green", "HR Green");
    assert_byline(&page, None);
}

#[test]
fn a_byline_above_a_long_table_of_contents() {
    let contents: String = (1..=40).map(|i| format!("{i}. Chapter {i}\n")).collect();
    let page = format!(
        "Island travel tips for 2025 | Example\n\nThe winter ferry guide for islanders\n\nBy Jane Doe\n\n\
         Contents\n{contents}\nThe winter crossings in detail\n\n{FERRY_BODY}"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Jane Doe"), "{}", explain(&cleaned));
    // The label on its own line over the name, a company's one-word name too.
    for (label, name) in [("Author", "Jane Doe"), ("Written by", "Examplecorp"), ("Autor:", "Jane Doe")] {
        let labelled = page.replace("By Jane Doe", &format!("{label}\n{name}\nShare"));
        assert_byline(&labelled, Some(name));
    }
    // A filter menu's "By Company Size" is nobody's byline: its words are common words.
    let page = page.replace("By Jane Doe", "By Company Size") + "\nEvery company, whatever its size, pays one fare.\n";
    assert_byline(&page, None);
    let page = page.replace("By Company Size", "By\nCompany Size");
    assert_byline(&page, None);
}

#[test]
fn a_name_with_credentials_beside_the_date_over_a_reading_time() {
    let page = format!(
        "Island travel tips | Example\n\nThe winter ferry guide for islanders\n\nPublished March 3, 2025\n\
         •\n5 min read\nJane Doe, MD, RD\n\n{FERRY_BODY}"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Jane Doe, MD, RD"), "{}", explain(&cleaned));
    assert_eq!(cleaned.authors(), vec!["Jane Doe"], "{}", explain(&cleaned));
    // A tag line between the date and the name; a name before lowercase words in a dated line.
    let tagged = page.replace("•\n5 min read\nJane Doe, MD, RD", "#harbour\nJane Doe");
    assert_byline(&tagged, Some("Jane Doe"));
    let dated = page.replace(
        "Published March 3, 2025\n•\n5 min read\nJane Doe, MD, RD",
        "Mar. 3, 2025 · Jane Doe on behalf of the harbour team",
    );
    assert_byline(&dated, Some("Jane Doe"));
}

#[test]
fn one_word_between_the_headline_and_the_date_and_a_run_on_byline() {
    let page = format!(
        "Island travel tips | Example\n\nHome\nStaff\nNews\n\nThe winter ferry guide for islanders\n\nGabo\nMarch 3, 2025\n\n{FERRY_BODY}"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Gabo"), "{}", explain(&cleaned));
    // "By" and one word far from any date heads a filter menu.
    let menu = page.replace("Home\nStaff\nNews", "By Modality\nNews\nSport");
    let cleaned = clean(&menu);
    assert_ne!(cleaned.byline(), Some("Modality"), "{}", explain(&cleaned));
    let team = page.replace("Gabo\n", "Harbour Connect Team\n");
    assert_byline(&team, Some("Harbour Connect Team"));
    // A section's label there, whose words the page writes lowercase, names no one.
    let label = page.replace("Gabo\n", "Winter Crossings\n").replace("Staff\n", "Sport\n")
        + "The crossings of the winter will be slower, and the winter timetable is longer.\n";
    assert_byline(&label, None);
    // A byline that runs on into a job title and a link ends at the role's word.
    let page = page.replace("Gabo\n", "Written By: Jane Doe Executive Digital Editor and Master Gardener\n");
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Jane Doe Executive Digital"), "{}", explain(&cleaned));
}

#[test]
fn one_word_over_the_date_under_a_headline_and_its_standfirst() {
    // Headline / standfirst / name / date: the standfirst, one sentence, stands between the
    // headline and the name. A kicker there is no sentence: the word under it may be a label's.
    let rows = [
        ("And how the council chose to keep the boats running all winter long.", Some("Gabo")),
        ("Wie der Gemeinderat entschied, die Fähre den ganzen Winter fahren zu lassen?", Some("Gabo")),
        ("Island Crossings And Harbour Timetables", None),
    ];
    for (standfirst, expected) in rows {
        let page = format!(
            "The winter ferry guide for islanders | Example\n\nHome\nSport\nNews\n\nThe winter ferry guide for islanders\n\n\
             {standfirst}\n\nGabo\nMarch 3, 2025\n\n{FERRY_BODY}"
        );
        assert_byline(&page, expected);
    }
}

#[test]
fn a_teams_name_over_the_date_under_a_headline_far_from_the_body() {
    // The body starts under a long table of contents: the byline is looked for at the headline.
    let contents: String = (1..=30).map(|k| format!("Crossing number {k} timetable\n\n")).collect();
    let page = format!(
        "The winter ferry guide for islanders | Example\n\nHome\nSport\nNews\n\n\
         The winter ferry guide for islanders\n\nHarbour Connect Team\n\nMarch 3, 2025\n\nContents\n\n\
         {contents}{FERRY_BODY}{FERRY_BODY}"
    );
    assert_byline(&page, Some("Harbour Connect Team"));
}

#[test]
fn an_author_box_right_after_a_short_article() {
    let page = format!(
        "The winter ferry guide | Example\n\nNews\n\nSport\n\nThe winter ferry guide\n\n{FERRY_BODY}\n\
         Jane Doe\n(Editor / Reporter) – Jane covers islands, boats and the sea for the paper since 2010.\n"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Jane Doe"), "{}", explain(&cleaned));
}

#[test]
fn an_author_box_after_the_article_names_the_author() {
    let page = format!(
        "The winter ferry guide | Example\n\nNews\n\nSport\n\nWeather\n\nThe winter ferry guide\n\n\
         {FERRY_BODY}\n{FERRY_BODY}\n{FERRY_BODY}\nMeet the Writer\nJane Doe, MD\n\
         Jane writes about islands, boats and the sea for the paper, and has done so since 2010.\n"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Jane Doe, MD"), "{}", explain(&cleaned));
    // A name over a link to the author's page, without a header.
    let linked = page.replace("Meet the Writer\nJane Doe, MD\n", "Jane Doe\nAuthor's Profile\n");
    assert_byline(&linked, Some("Jane Doe"));
    // A name over a bio that starts with it and names a trade; a product over its description
    // names none.
    let bio = page.replace("Meet the Writer\nJane Doe, MD\nJane writes", "Jane Doe\nJane Doe is a reporter who writes");
    assert_byline(&bio, Some("Jane Doe"));
    // A bio that opens with the full name may give a position, not a trade.
    let position = page.replace(
        "Meet the Writer\nJane Doe, MD\nJane writes about islands, boats and the sea for the paper",
        "Jane Doe\nJane Doe is the Head of Marketing at Example Ferries and has sailed the islands",
    );
    assert_byline(&position, Some("Jane Doe"));
    let product = page.replace(
        "Meet the Writer\nJane Doe, MD\nJane writes about islands, boats and the sea for the paper",
        "Harbour Planner\nHarbour Planner is a tool that plans crossings, books seats and sends tickets",
    );
    assert_byline(&product, None);
}

#[test]
fn a_sentence_that_credits_the_writer_after_the_article_names_the_author() {
    let page = format!(
        "The winter ferry guide | Example\n\nNews\n\nSport\n\nWeather\n\nThe winter ferry guide\n\n\
         {FERRY_BODY}\n{FERRY_BODY}\n{FERRY_BODY}\n\
         This post was written by Jane Doe, Head of Marketing and Community at Example Ferries.\n"
    );
    assert_byline(&page, Some("Jane Doe"));
    let german =
        page.replace("This post was written by Jane Doe, Head", "Dieser Beitrag wurde von Jane Doe verfasst, Head");
    assert_byline(&german, Some("Jane Doe"));
    // The sentence must credit the article: a guide "written by" a common phrase names no one.
    let phrase =
        page.replace("This post was written by Jane Doe, Head", "This guide was written by Ferry Timetables, Head");
    assert_byline(&phrase, None);
}

#[test]
fn a_byline_row_with_a_comment_count_names_the_author_and_the_date() {
    // Blog templates print the author, the date and the comment count in one row
    // under the headline; the count makes it a comments line, but above the body it is the byline.
    let page = format!("Ferry will run all winter\n\nby Jane Doe | Mar 3, 2025 | 4 comments\n\n{FERRY_BODY}");
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Jane Doe"), "{}", explain(&cleaned));
    assert_eq!(cleaned.published().map(|d| d.day_iso()), Some("2025-03-03".into()), "{}", explain(&cleaned));
}

#[test]
fn a_posters_handle_before_the_date_is_the_byline_and_a_label_is_not() {
    // A forum's first post: the board's category over the poster's handle and the date.
    let table = [
        ("DaleJack September 5, 2024, 11:15pm 1", Some("DaleJack")),
        ("jane_doe42 September 5, 2024, 11:15pm 1", Some("jane_doe42")),
        ("hayley.p September 5, 2024, 11:15pm 1", Some("hayley.p")),
        // A capitalised word before a date is as often a label's as a name's.
        ("Start September 5, 2024, 11:15pm 1", None),
        ("Sun September 5, 2024, 11:15pm 1", None),
    ];
    for (row, byline) in table {
        let page = format!("Ferry will run all winter\n\nHarbour News\n\n{row}\n\n{FERRY_BODY}");
        let cleaned = clean(&page);
        assert_eq!(cleaned.byline(), byline, "{row}\n{}", explain(&cleaned));
        assert_eq!(cleaned.published().map(|d| d.day_iso()), Some("2024-09-05".into()), "{}", explain(&cleaned));
    }
}

#[test]
fn a_forums_controls_over_the_date_are_no_byline() {
    for control in ["Thread Tools", "Post Reply", "Recommended Posts"] {
        let page = format!("Ferry will run all winter\n\n{control}\n\nFeb 14, 2026 | 9:05 pm\n\n{FERRY_BODY}");
        let cleaned = clean(&page);
        assert_eq!(cleaned.byline(), None, "{control}\n{}", explain(&cleaned));
    }
}

#[test]
fn a_name_over_a_date_line_with_its_modification_time_is_the_byline() {
    let page = format!(
        "Ferry will run all winter\n\nJane Doe\n\nFri 5 Dec 2025 12.00 CET Last modified on Mon 8 Dec 2025 16.40 CET\n\n\
         {FERRY_BODY}"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Jane Doe"), "{}", explain(&cleaned));
    assert_eq!(cleaned.published().map(|d| d.day_iso()), Some("2025-12-05".into()), "{}", explain(&cleaned));
    assert_eq!(cleaned.updated().map(|d| d.day_iso()), Some("2025-12-08".into()), "{}", explain(&cleaned));
}

#[test]
fn a_long_site_name_in_the_page_title_is_not_the_headline() {
    // The site's name is too long to strip from the page title, and stands alone in the header
    // and the footer; the headline stands over the body.
    let page = format!(
        "Ferry will run all winter | Example Island School of Maritime Studies\n\n\
         Example Island School of Maritime Studies\n\nNews\n\nEvents\n\nAbout\n\n\
         Home / News / Ferry will run all winter\n\nFerry will run all winter\n\n{FERRY_BODY}\n\
         Example Island School of Maritime Studies\n\nContact us\n"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.title(), Some("Ferry will run all winter"), "{}", explain(&cleaned));
}

#[test]
fn each_field_says_where_it_was_found() {
    use dechaff::Source;
    let page = format!("Ferry will run all winter\n\nBy Jane Doe\n\nMarch 3, 2025\n\n{FERRY_BODY}");
    let cleaned = clean(&page);
    assert_eq!(cleaned.title_source(), Some(Source::Line(1)), "{}", explain(&cleaned));
    assert_eq!(cleaned.byline_source(), Some(Source::Line(3)), "{}", explain(&cleaned));
    assert_eq!(cleaned.published_source(), Some(Source::Line(5)), "{}", explain(&cleaned));
    // Another day in the URL wins over the text's, and says so.
    let cleaned = dechaff::Cleaner::default().clean_page(&page, Some("https://example.com/2025/03/04/ferry"));
    assert_eq!(cleaned.published().map(|d| d.day_iso()), Some("2025-03-04".into()));
    assert_eq!(cleaned.published_source(), Some(Source::Url));
    // Nothing found, no source.
    let cleaned = clean(FERRY_BODY);
    assert_eq!((cleaned.byline_source(), cleaned.published_source()), (None, None));
}

#[test]
fn two_dates_in_a_line_without_words_give_the_earlier_as_published() {
    // A theme that prints the modified date beside the published one, neither marked.
    let page = format!("Ferry will run all winter\n\nMay 21, 2025 April 24, 2025 by Jane Doe\n\n{FERRY_BODY}");
    let cleaned = clean(&page);
    assert_eq!(cleaned.published().map(|d| d.day_iso()), Some("2025-04-24".into()), "{}", explain(&cleaned));
    assert_eq!(cleaned.updated().map(|d| d.day_iso()), Some("2025-05-21".into()), "{}", explain(&cleaned));
    // One date: no update.
    let page = format!("Ferry will run all winter\n\nApril 24, 2025 by Jane Doe\n\n{FERRY_BODY}");
    let cleaned = clean(&page);
    assert_eq!(cleaned.published().map(|d| d.day_iso()), Some("2025-04-24".into()), "{}", explain(&cleaned));
    assert_eq!(cleaned.updated(), None, "{}", explain(&cleaned));
}

#[test]
fn a_name_with_its_job_title_and_no_by_is_the_byline() {
    let page = format!("Ferry will run all winter\n\nJane Doe Senior Staff Writer | Island affairs\n\n{FERRY_BODY}");
    assert_byline(&page, Some("Jane Doe"));
    let page = format!("Ferry will run all winter\n\nJane Doe\n\nSenior Writer\n\n{FERRY_BODY}");
    assert_byline(&page, Some("Jane Doe"));
    // A desk's words are no person's trade.
    let page = format!("Ferry will run all winter\n\nHarbour Times\n\nIsland News\n\n{FERRY_BODY}");
    assert_byline(&page, None);
}

#[test]
fn a_name_shaped_line_above_the_headline_or_under_the_page_title_is_not_the_byline() {
    let menu = "Home\n\nNews\n\nSport\n\nWeather\n\n";
    let headline = "Ferry will run all winter, council decides after long debate";
    // Above a headline with no "By", a name-shaped line is the site's or a menu's.
    let page =
        format!("Ferry will run all winter | Example News\n\n{menu}Harbour Boutique\n\n{headline}\n\n{FERRY_BODY}");
    assert_byline(&page, None);
    // Under the page's first line (its HTML title), the site's name heads the header.
    let page = format!("{headline}\n\nHarbour Weekly\n\n{menu}{FERRY_BODY}");
    assert_byline(&page, None);
    // Under the headline, a person's name is the byline.
    let page = format!("Ferry will run all winter | Example News\n\n{menu}{headline}\n\nJane Doe\n\n{FERRY_BODY}");
    assert_byline(&page, Some("Jane Doe"));
}

#[test]
fn a_first_person_bio_names_whom_it_is_about() {
    let bio = |name: &str, opening: &str| {
        format!(
            "Ferry will run all winter\n\n{FERRY_BODY}\n\nYou may also like\n\n{name}\n\n{opening} a journalist and \
             photographer who has covered the island's ferries and harbours for ten years.\n"
        )
    };
    assert_byline(&bio("Jane Doe", "I’m Jane,"), Some("Jane Doe"));
    assert_byline(&bio("Jane Doe", "I’m"), Some("Jane Doe"));
    // A related post's title over a bio that names someone else.
    assert_byline(&bio("Cheddar Cornbread Muffins", "I’m Jane,"), None);
}

#[test]
fn a_long_byline_row_gives_the_date() {
    // A row of a date, its update, the author and a disclosure: over 16 words, still the date.
    let page = format!(
        "Ferry will run all winter\n\nPublished: Mar 8, 2024 · Modified: May 19, 2025 by Jane Doe · This post may \
         contain affiliate links to the shops we like\n\n{FERRY_BODY}"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.published().map(|d| d.day_iso()), Some("2024-03-08".into()), "{}", explain(&cleaned));
}

#[test]
fn a_teams_name_right_beside_the_date_is_the_byline() {
    for team in ["Team Harbour", "Harbour News Team"] {
        let page = format!("Ferry will run all winter\n\nIsland news\n\n{team}\n\nSeptember 4, 2025\n\n{FERRY_BODY}");
        assert_byline(&page, Some(team));
    }
    // A label there is none ("Island Ferries" is a section's name the page writes lowercase).
    let page = format!(
        "Ferry will run all winter\n\nIsland Ferries\n\nSeptember 4, 2025\n\n{FERRY_BODY} The island ferries run daily."
    );
    assert_byline(&page, None);
}

#[test]
fn a_name_with_its_job_title_under_the_headline_above_a_long_table_of_contents() {
    let contents: String = (1..=40).map(|i| format!("{i}. Chapter {i}\n")).collect();
    let page = format!(
        "The winter ferry guide for islanders | Example\n\nHome\n\nGuides\n\nThe winter ferry guide for islanders\n\n\
         Jane Doe Founder & Lead Reviewer\n\nContents\n{contents}\nThe winter crossings in detail\n\n{FERRY_BODY}"
    );
    assert_byline(&page, Some("Jane Doe"));
}

#[test]
fn a_headline_over_its_standfirst_and_byline_is_the_title_however_unlike_the_page_title() {
    // The page title, written for search engines, shares few words with the headline shown.
    let page = format!(
        "The 5 Best Winter Ferries, Tested and Reviewed\n\nHome\n\nGuides\n\nAbout Us\n\n\
         Cross the Sound in Comfort With These Island Boats We Rode All Winter\n\n\
         We took every crossing twice and timed each one against the published schedule\n\n\
         By Jane Doe\n\nMarch 3, 2025\n\n{FERRY_BODY}"
    );
    let cleaned = clean(&page);
    assert_eq!(
        cleaned.title(),
        Some("Cross the Sound in Comfort With These Island Boats We Rode All Winter"),
        "{}",
        explain(&cleaned)
    );
    // A label over the headline is no headline: the standfirst under it must read as one.
    let page = format!(
        "The 5 Best Winter Ferries, Tested and Reviewed\n\nHome\n\nGuides\n\nAbout Us\n\n\
         Winter Travel Guides Section\n\nCross The Sound In Comfort With These Island Boats\n\n\
         By Jane Doe\n\nMarch 3, 2025\n\n{FERRY_BODY}"
    );
    let cleaned = clean(&page);
    assert_ne!(cleaned.title(), Some("Winter Travel Guides Section"), "{}", explain(&cleaned));
}

#[test]
fn a_byline_lead_of_another_language_is_not_read() {
    // "Door" is Dutch for "by": on an English page it is a door, and "Door Straps" a shop's menu.
    let page = format!("Ferry will run all winter\n\nMarch 3, 2025\n\n{FERRY_BODY}\n\nShop\n\nDoor Straps\n\nBelts\n");
    assert_byline(&page, None);
    let page = "De veerboot vaart de hele winter\n\nDoor Jan Visser\n\n3 maart 2025\n\n\
        De veerboot naar het eiland blijft deze winter voor het eerst varen, zo heeft de gemeenteraad \
        maandagavond besloten na een lang debat over de kosten.\n\n\
        De raadsleden zeiden dat de dienst dit jaar meer reizigers heeft vervoerd dan ooit, en dat de \
        gezinnen op het eiland al jaren vragen om niet te worden afgesneden tussen november en maart.\n";
    assert_byline(page, Some("Jan Visser"));
}

#[test]
fn names_with_job_titles_in_brackets_under_the_headline() {
    // The first credit under the headline is the author's; its title in brackets goes with it.
    let page = format!(
        "Ferry will run all winter | Example\n\nHome\n\nGuides\n\nFerry will run all winter\n\n\
         Jane Doe (Content Manager)\n\nJohn Roe (Data Analyst)\n\n{FERRY_BODY}"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Jane Doe (Content Manager)"), "{}", explain(&cleaned));
    assert_eq!(cleaned.authors(), ["Jane Doe"], "{}", explain(&cleaned));
}

#[test]
fn the_one_name_with_its_job_title_on_the_page_is_the_byline() {
    // Far from the body's start (a body found too high, a header left in it), the one name over
    // its job title beside a dated line on the page is the author's.
    let body: String = (1..=12)
        .map(|k| {
            format!(
                "In week {k} of the winter trial the ferry ran every crossing on time, the council's report says.\n\n"
            )
        })
        .collect();
    let page =
        format!("Ferry will run all winter\n\n{body}\nJane Doe\n\nSenior Writer\n\nMarch 3, 2025\n\n{FERRY_BODY}");
    assert_byline(&page, Some("Jane Doe"));
    // Without a date near, it is a testimonial's ("Jane Doe" / "Founder and CEO") or a menu's.
    let page = format!("Ferry will run all winter\n\n{body}\nJane Doe\n\nFounder and CEO\n\n{FERRY_BODY}");
    assert_byline(&page, None);
    // Two are a team's list; a desk over a job title is no one.
    let page = format!(
        "Ferry will run all winter\n\n{body}\nJane Doe\n\nSenior Writer\n\nJohn Roe\n\nSenior Editor\n\nMarch 3, 2025\n\n{FERRY_BODY}"
    );
    assert_byline(&page, None);
    let page = format!(
        "Ferry will run all winter\n\n{body}\nEditorial Board\n\nSenior Editor\n\nMarch 3, 2025\n\n{FERRY_BODY}"
    );
    assert_byline(&page, None);
}

#[test]
fn a_row_of_credits_the_rules_take_for_a_policy_line_is_the_byline() {
    let page = format!(
        "Ferry will run all winter\n\n\
         Medically reviewed by John Roe, RDN, LD — Written by Jane Doe, MS, RD — Updated on March 7, 2025\n\n{FERRY_BODY}"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Jane Doe, MS, RD"), "{}", explain(&cleaned));
    assert_eq!(cleaned.authors(), ["Jane Doe"], "{}", explain(&cleaned));
}

#[test]
fn a_teams_byline_under_a_headline_cased_otherwise_than_the_page_title() {
    // The body was found high (an offer's text kept above the article): the byline stands under
    // the headline, which repeats the page title in other case.
    let offers: String = (1..=12)
        .map(|k| format!("Offer {k}: save on the winter ferry pass for the whole family when you book before the end of the month.\n\n"))
        .collect();
    let page = format!(
        "Ferry will run all winter, council decides | Example\n\n{offers}\
         Ferry Will Run All Winter, Council Decides\n\nBy the Example News Team 2–3 minutes\n\n{FERRY_BODY}"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("the Example News Team"), "{}", explain(&cleaned));
}

#[test]
fn a_date_labelled_as_another_event_is_not_the_pages_date() {
    // A forum member's card ("Joined" over the day they joined), a thread's last post: dates of
    // other events than the page's publication, in a line of their own or after the label.
    let rows: [(&str, &str, Option<&str>); 6] = [
        ("sailor_jane\n\nMember\n\nJoined\n\nNov 4, 2011\n\nMessages\n\n1,234", FERRY_BODY, None),
        ("sailor_jane\n\nMember since:\n\nNov 4, 2011", FERRY_BODY, None),
        ("sailor_jane · Joined: Nov 4, 2011 · 1,234 posts", FERRY_BODY, None),
        ("14 replies · last post by sailor_jane Nov 4, 2011", FERRY_BODY, None),
        ("segler_anna\n\nMitglied seit: 04.11.2011", FAEHRE_BODY, None),
        // The page's own date beside the card is still read.
        ("sailor_jane\n\nJoined\n\nNov 4, 2011\n\nPosted March 3, 2025", FERRY_BODY, Some("2025-03-03")),
    ];
    for (card, body, published) in rows {
        let page = format!("How do I winterise a small boat?\n\n{card}\n\n{body}");
        let cleaned = clean(&page);
        assert_eq!(cleaned.published().map(|d| d.day_iso()).as_deref(), published, "{card}\n{}", explain(&cleaned));
    }
}

#[test]
fn a_date_written_in_the_title_is_what_the_page_is_about() {
    // A thread's title that names a day or a version shaped like one, repeated in the page: not
    // when the page was written. Its own date under the headline still is.
    let rows: [(&str, &str, Option<&str>); 3] = [
        ("Ferry timetable after 08/02/2024? | Example Forum", "Ferry timetable after 08/02/2024?", None),
        ("Upgrade 2024.4.4 to 2024.5.0 stuck | Example Forum", "2024.4.4 to 2024.5.0 stuck\n\nsailor_jane", None),
        (
            "Ferry timetable after 08/02/2024? | Example Forum",
            "Ferry timetable after 08/02/2024?\n\nPosted March 3, 2025",
            Some("2025-03-03"),
        ),
    ];
    for (first, head, published) in rows {
        let page = format!("{first}\n\n{head}\n\n{FERRY_BODY}");
        let cleaned = clean(&page);
        assert_eq!(cleaned.published().map(|d| d.day_iso()).as_deref(), published, "{head}\n{}", explain(&cleaned));
    }
}

#[test]
fn a_threads_start_date_is_the_pages_date_not_a_members_card() {
    // A forum thread: the start date under the title, then the first post under a member's card
    // whose date (the day the member joined, no label) stands nearer the post.
    let card = "sailor_jane\n\nMember\n\nJun 15, 2024\n\n275\n\n25";
    let rows: [(&str, &str, Option<&str>); 5] = [
        ("Thread starter sailor_jane\n\nStart date Nov 1, 2024", FERRY_BODY, Some("2024-11-01")),
        ("Thread starter\n\nsailor_jane\n\nStart date\n\nStart date Nov 1, 2024", FERRY_BODY, Some("2024-11-01")),
        ("Themenstarter segler_anna\n\nStartdatum\n\n01.11.2024", FAEHRE_BODY, Some("2024-11-01")),
        // A label with no date under it gives none of its own.
        ("Thread starter sailor_jane\n\nStart date\n\nToggle sidebar", FERRY_BODY, Some("2024-06-15")),
        // A start date with no thread's starter over it is a course's or an event's.
        ("Start date Nov 1, 2024", FERRY_BODY, Some("2024-06-15")),
    ];
    for (start, body, published) in rows {
        let page = format!("How do I winterise a small boat?\n\n{start}\n\nHome\n\nForums\n\n{card}\n\n{body}");
        let cleaned = clean(&page);
        assert_eq!(cleaned.published().map(|d| d.day_iso()).as_deref(), published, "{start}\n{}", explain(&cleaned));
    }
}

#[test]
fn a_threads_starter_is_its_author() {
    // A forum names the thread's first poster by a label, before or after the handle, which is
    // often lowercase or no word at all.
    let rows: [(&str, Option<&str>); 8] = [
        ("Thread starter sailor_jane\n\nStart date Nov 1, 2024", Some("sailor_jane")),
        ("Thread starter\n\nsailor_jane\n\nStart date\n\nNov 1, 2024", Some("sailor_jane")),
        ("Started by Jane Doe, June 4, 2024, 11:23:55 AM", Some("Jane Doe")),
        ("Discussion in 'Small boats' started by seadog, May 26, 2025.", Some("seadog")),
        ("seadog Discussion starter\n\n2,994 posts · Joined 2021", Some("seadog")),
        ("Themenstarter seebaer42", Some("seebaer42")),
        // A sentence that says who started something names no poster.
        ("The ferry service was started by the harbour trust and the council together in the year 2019.", None),
        ("Thread starter\n\nThe ferry service was started by the harbour trust in the year 2019.", None),
    ];
    for (header, byline) in rows {
        let page = format!("How do I winterise a small boat?\n\n{header}\n\nHome\n\nForums\n\n{FERRY_BODY}");
        let cleaned = clean(&page);
        assert_eq!(cleaned.byline(), byline, "{header}\n{}", explain(&cleaned));
    }
}

#[test]
fn the_date_after_a_threads_starter_is_the_pages_date_not_the_forums_clock() {
    // The forum's clock stands in the page's header, above the thread's title; the line that
    // names the thread's starter gives the thread's date.
    let rows: [(&str, Option<&str>); 3] = [
        ("Started by Jane Doe, June 4, 2024, 11:23:55 AM", Some("2024-06-04")),
        ("Discussion in 'Small boats' started by seadog, June 4, 2024.", Some("2024-06-04")),
        // No date after the starter: the clock is all there is.
        ("Started by Jane Doe", Some("2026-03-05")),
    ];
    for (starter, published) in rows {
        let page = format!(
            "Search\n\nMarch 05, 2026, 07:16:19 AM\n\nNews: our forum moved\n\nHome\n\nForums\n\nBoats\n\nHelp\n\n\
             Rules\n\nMembers\n\nCalendar\n\nHow do I winterise a small boat?\n\n{starter}\n\n\
             Previous topic - Next topic\n\n{FERRY_BODY}"
        );
        let cleaned = clean(&page);
        assert_eq!(cleaned.published().map(|d| d.day_iso()).as_deref(), published, "{starter}\n{}", explain(&cleaned));
    }
}

/// A question's paragraphs after the ferry's: the question's date stands far into the body.
const QUESTION: &str = "My boat is a small wooden dinghy with an outboard motor.\n\n\
    It has spent every winter so far in the water.\n\n\
    This year the marina wants it out of the water by November.\n\n\
    I have a trailer but no garage to keep it in.\n\n\
    Should I cover it with a tarpaulin or build a frame first?\n\n\
    What should I do with the motor and the fuel tank?\n\n\
    Do I need to drain the bilge and leave the bung out?\n\n\
    Any advice on keeping mice out of the boat would also help.\n\n\
    Thanks in advance for any help with this.";

#[test]
fn a_questions_date_is_the_pages_date_not_its_first_comments() {
    // A site of questions and answers: the question, its date under it, then comments with their
    // stamps before the answers.
    let rows: [(&str, Option<&str>); 3] = [
        ("asked Oct 16, 2010 at 21:58", Some("2010-10-16")),
        ("preguntada el 16 oct. 2010 a las 21:58", Some("2010-10-16")),
        ("gefragt 16. Okt. 2010 um 21:58", Some("2010-10-16")),
    ];
    for (asked, published) in rows {
        let page = format!(
            "How do I winterise a small boat? - Example Q&A\n\nAsk Question\n\n{FERRY_BODY}\n\n{QUESTION}\n\n\
             Share\n\nImprove this question\n\nFollow\n\nedited Nov 28, 2014 at 4:34\n\nseadog\n\n\
             {asked}\n\nsailor_jane\n\n3,483 6 31\n\n\
             Have you asked the harbour master about this first?\n\nseadog\n\nOct 17, 2010 at 1:03\n\n\
             Add a comment\n\n2 Answers"
        );
        let cleaned = clean(&page);
        assert_eq!(cleaned.published().map(|d| d.day_iso()).as_deref(), published, "{asked}\n{}", explain(&cleaned));
    }
}

#[test]
fn a_comments_or_a_replys_stamp_is_not_the_pages_date() {
    // Under a thread's first post: a comment's stamp and a numbered reply's date are other
    // events; the first post's number ("#1") dates the thread.
    let rows: [(&str, Option<&str>); 5] = [
        ("seadog\n\nCommented Oct 17, 2010 at 1:03", None),
        ("seadog · replied Oct 17, 2010", None),
        ("seadog\n\n#5 · Jan 16, 2024", None),
        ("seadog\n\n#12 · Jan 16, 2024", None),
        ("seadog\n\n#1 · Jan 15, 2024", Some("2024-01-15")),
    ];
    for (stamp, published) in rows {
        let page = format!(
            "How do I winterise a small boat?\n\n{FERRY_BODY}\n\n{stamp}\n\nHave you asked the harbour master?"
        );
        let cleaned = clean(&page);
        assert_eq!(cleaned.published().map(|d| d.day_iso()).as_deref(), published, "{stamp}\n{}", explain(&cleaned));
    }
}

#[test]
fn the_handle_under_a_questions_date_is_its_author() {
    // The asker's handle under the question's date, the asker's reputation under the handle.
    let rows: [(&str, Option<&str>); 3] = [
        ("asked Oct 16, 2010 at 21:58\n\nseadog\n\n3,483 6 31", Some("seadog")),
        ("asked Oct 16, 2010 at 21:58\n\nuser447274\n\n11 1 2", Some("user447274")),
        // No reputation under the line: a sentence or a heading, not a handle.
        ("asked Oct 16, 2010 at 21:58\n\nhelp wanted\n\nHave you asked the harbour master?", None),
    ];
    for (asked, byline) in rows {
        let page = format!("How do I winterise a small boat? - Example Q&A\n\nAsk Question\n\n{FERRY_BODY}\n\n{asked}");
        let cleaned = clean(&page);
        assert_eq!(cleaned.byline(), byline, "{asked}\n{}", explain(&cleaned));
    }
}
