//! Where the article begins and ends on whole pages: the paragraphs kept across the lines
//! removed between them (lists of other stories, sign-up forms, ads, captions), and what goes
//! around it (catalogues, comment threads, author bios, footers).

mod support;

use dechaff::{Cleaner, Reason, Rule, clean};
use support::{FERRY_BODY, as_page, assert_kept, assert_reasons, assert_removed, assert_text, explain};

#[test]
fn a_short_last_paragraph_after_keywords_and_a_list_stays() {
    let last = "The harbour master said the pier will be repaired before the first storms of winter, \
        and that the old boats will be sold to a museum on the mainland.";
    let cleaner = as_page();
    for between in [
        "ferry, winter service, harbour, island transport\nMore Stories\nZoo Welcomes Two Baby Otters\nFive Recipes For A Rainy Weekend\n\
         Stock Markets Close Higher On Friday\n",
        "ferry, winter service, harbour, island transport\nSign up for our newsletter\n",
        "Advertisement\nSign up for our newsletter\n",
        "Share on Twitter\nferry, winter service, harbour, island transport\n",
    ] {
        let page = format!("{FERRY_BODY}{between}{last}\n");
        let cleaned = cleaner.clean(&page);
        assert_text(&cleaned, &[last], &["island transport", "Sign up"]);
    }
    // Two such lines before a paragraph that shares a few of the article's words.
    let first = "The harbour ferry will keep running through the winter for the first time, the council \
        decided on Monday night after a long debate about costs, crews, timetables and the state of the old pier.";
    let second = "Parents at the village school welcomed the decision, saying that many families depend on \
        the early ferry in winter to reach work and lessons on the mainland during the dark months.";
    let page = format!(
        "{first}\nShare on Twitter\nferry, winter service, harbour, island transport\n{second}\n\
         Jump to content\nNews\nSport\nWeather\n"
    );
    assert_kept(&cleaner.clean(&page), &[second]);
    // Three such lines in a row are page chrome: what follows them is not taken in for them.
    let page = format!(
        "{FERRY_BODY}ferry, winter service, harbour, island transport\nSign up for our newsletter\nShare on Facebook\n\
         Jane writes about gardening, cooking and travel, and lives with two cats in a small flat.\n"
    );
    assert_removed(&cleaner.clean(&page), &["two cats"]);
}

#[test]
fn a_product_catalogue_goes_and_an_article_of_short_sections_stays() {
    let catalogue = "Compute Engine\nVirtual machines that run in our data centres.\n\n\
        Cloud Storage\nObject storage for companies of every size.\n\n\
        Datenbank\nVerwaltete Datenbanken für kleine und große Teams.\n\n\
        Content Delivery\nFast delivery of web and video content worldwide.\n";
    let as_page = as_page();
    let page = format!("The winter ferry guide | Example\n\nThe winter ferry guide\n\n{FERRY_BODY}\n{catalogue}");
    let cleaned = as_page.clean(&page);
    let items: Vec<&str> = catalogue.lines().filter(|l| !l.is_empty()).collect();
    assert_text(&cleaned, &["parking"], &items);
    // Inside an article, two items are not a catalogue; nor are sections whose text is a
    // paragraph of its own, or a heading over a whole paragraph.
    let more = "The harbour master said the new boats can cross in far worse weather than the old one, \
        and that the pier on the island side will be repaired before the first storms of the winter.\n";
    let two: String = catalogue.split("\n\n").take(2).map(|item| format!("{item}\n\n")).collect();
    let page = format!("The winter ferry guide\n\n{FERRY_BODY}\n{two}{more}");
    assert_kept(&as_page.clean(&page), &["Object storage"]);
    let sections = "Timetable\n\nThe first boat leaves at six in the morning.\n\n\
        Tickets\n\nTickets are sold on board and at the harbour office.\n\n\
        Cars\n\nCars must be booked a day before the crossing.\n";
    let page = format!("The winter ferry guide\n\n{FERRY_BODY}\n{sections}\n{more}");
    assert_kept(&as_page.clean(&page), &["sold on board"]);
    let long = "Tickets\nTickets are sold on board and at the harbour office, and islanders who cross \
        every day can buy a card for the whole winter at half the price.\n\n";
    let page = format!("The winter ferry guide\n\n{FERRY_BODY}\n{}{more}", long.repeat(3));
    assert_kept(&as_page.clean(&page), &["whole winter"]);
}

#[test]
fn an_article_in_several_languages_keeps_every_version() {
    // A letter printed in German, Spanish and Greek, three paragraphs each.
    let versions = [
        "Liebe Nachbarn auf der Insel {k}, wir schreiben euch, weil die Fähre in diesem Winter zum ersten Mal jeden \
         Tag fahren wird und wir uns darüber sehr freuen. Wir danken allen, die in den letzten Jahren für diese \
         Verbindung gekämpft haben, und wir laden euch am Samstag zu einem kleinen Fest am Hafen ein.",
        "Queridos vecinos de la isla {k}, os escribimos porque el ferry va a funcionar todos los días de este \
         invierno por primera vez y estamos muy contentos. Damos las gracias a todos los que han luchado por esta \
         conexión durante los últimos años, y os invitamos el sábado a una pequeña fiesta en el puerto.",
        "Αγαπητοί γείτονες του νησιού {k}, σας γράφουμε γιατί το πλοίο θα ταξιδεύει κάθε μέρα αυτόν τον χειμώνα \
         για πρώτη φορά και είμαστε πολύ χαρούμενοι. Ευχαριστούμε όλους όσοι αγωνίστηκαν για αυτή τη σύνδεση τα \
         τελευταία χρόνια, και σας καλούμε το Σάββατο σε μια μικρή γιορτή στο λιμάνι.",
    ];
    let mut page = String::from(
        "Brief an die Nachbarn | Inselblog\n\nStartseite\nÜber uns\nImpressum\n\nBrief an die Nachbarn\n\n",
    );
    let mut paragraphs = Vec::new();
    for version in versions {
        for place in ["Nord", "Süd", "West"] {
            paragraphs.push(version.replace("{k}", place));
            page.push_str(&format!("{}\n\n", paragraphs.last().unwrap()));
        }
        page.push_str("===============\n\n");
    }
    page.push_str("© 2025 Inselblog. Alle Rechte vorbehalten.\nKommentare\nAnmelden\n");
    let cleaned = as_page().clean(&page);
    let paragraphs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    assert_text(&cleaned, &paragraphs, &["Alle Rechte"]);
}

#[test]
fn a_slideshow_keeps_the_text_of_its_slides() {
    let slides = [
        (
            "Not a flagship",
            "The new phone is not what you would expect from the company, as it looks like a model from three years ago.",
        ),
        (
            "Pocket friendly",
            "Its small screen puts it in a category of its own, at a time when most phones grow every year.",
        ),
        (
            "Cheaper than the rest",
            "All of this, with a better camera, comes at a price far below the other models in the shop.",
        ),
    ];
    let mut page = String::from(
        "The new phone is here: all we know | Example\n\nNews\nTech\n\nThe new phone is here: all we know\n\n",
    );
    for (k, (heading, text)) in slides.iter().enumerate() {
        page.push_str(&format!("{} / {}\n\n{heading}\n\n{text}\nImage credit: example.com\n", k + 1, slides.len()));
    }
    page.push_str("\n© 2025 Example Media. All rights reserved.\n");
    let texts: Vec<&str> = slides.iter().map(|(_, text)| *text).collect();
    assert_text(&clean(&page), &texts, &["Image credit"]);
    // Without the counters, a sentence over a credit is a caption.
    let captions = page.replace("1 / 3\n", "").replace("2 / 3\n", "").replace("3 / 3\n", "");
    assert_removed(&clean(&captions), &["three years ago"]);
    // The counter in each picture's credit line ("2/28 photos © Agency"): a credit between
    // slides, not the page's copyright that ends the article.
    let more = [
        (
            "A bright screen",
            "The screen is bright enough to read in the sun, though it is small next to the big models.",
        ),
        ("Battery", "The battery lasts a whole day of calls, messages and photos, and charges in under two hours."),
        ("Colours", "It comes in black, white and red, and the red one gives part of its price to a charity."),
        ("Cameras", "The one camera on the back takes sharp pictures by day, and the night mode helps after dark."),
        ("Who it is for", "It suits those who want a small phone that will get updates for years, and not much else."),
    ];
    let all: Vec<(&str, &str)> = slides.iter().chain(&more).copied().collect();
    let mut page = String::from(
        "The new phone is here: all we know | Example\n\nNews\nTech\n\nThe new phone is here: all we know\n\n",
    );
    for (k, (heading, text)) in all.iter().enumerate() {
        page.push_str(&format!("{heading}\n\n{text}\n\n{}/{} photos © Example Agency\n\n", k + 1, all.len()));
    }
    let cleaned = as_page().clean(&page);
    let texts: Vec<&str> = all.iter().map(|(_, text)| *text).collect();
    assert_text(&cleaned, &texts, &["photos ©"]);
    let credit = cleaned.blocks().iter().find(|b| cleaned.block_text(b).starts_with("2/8 photos")).unwrap();
    assert_eq!(credit.reason, Reason::Caption, "{}", explain(&cleaned));
}

#[test]
fn a_list_without_marks_under_its_introduction_stays_in_the_article() {
    // The converter dropped the bullets: the list ends the article, under the sentence that
    // introduces it.
    let items = "the timetable for the dark months\nthe price of a season ticket\nroom for bicycles and prams\n\
        a shelter on the pier for the early boat\nspace for cars on the Saturday crossings\n";
    let page = format!(
        "Ferry users asked | Example\n\nNews\nSport\n\nFerry users asked\n\n{FERRY_BODY}\
         Islanders who answered the council's survey asked above all about the following points:\n{items}\
         \nMore Stories\nZoo Welcomes Two Baby Otters\nLocal Band Delights Crowd In Park\n© 2025 Example Media\n"
    );
    let items: Vec<&str> = items.lines().collect();
    assert_text(&as_page().clean(&page), &items, &["Baby Otters"]);
}

#[test]
fn a_short_paragraph_after_a_list_under_two_headers_stays() {
    let list = "More Stories\nZoo Welcomes Two Baby Otters\nLocal Band Delights Crowd In Park\n\
        Five Recipes For A Rainy Weekend\nStock Markets Close Higher On Friday\nMost Read\n\
        Police Seek Witnesses After Crash On Ring Road\nSchool Buys New Tractor For Farm Lessons\n\
        Le festival de jazz affiche complet\nNeuer Zoodirektor stellt seine Pläne vor\n";
    let last = "The harbour master said the pier will be repaired before the first storms of winter, \
        and that the old boats will be sold to a museum on the mainland.";
    let page = format!("{FERRY_BODY}{list}{last}\n");
    assert_text(&as_page().clean(&page), &[last], &["Baby Otters", "Farm Lessons"]);
}

#[test]
fn a_page_without_prose_keeps_what_stands_under_its_headline() {
    // A photo post: the HTML title first, a menu, the headline, then only short fields.
    let page = "Film swap April | Swap Stop\nHome | About | Contact\nFilm swap April\nCamera: Widelux\n\
                Film: Fuji 400\nPlace: Japan\nShare on Facebook\nRelated posts";
    let cleaned = clean(page);
    let text = cleaned.text();
    assert_text(
        &cleaned,
        &["Camera: Widelux", "Film: Fuji 400", "Place: Japan"],
        &["Share on Facebook", "Home | About"],
    );
    assert_eq!(clean(&text).text(), text, "the result cleans to itself");
}

#[test]
fn a_line_removed_between_paragraphs_does_not_end_the_article() {
    let paragraphs = [
        "The council argued at the meeting that nobody had asked the people who live by the harbour what they \
         wanted after a long debate. A spokesman for the ferry operator argued that there was not enough money \
         to keep the harbour open every night.",
        "The regional transport authority has warned for years that many families on the island depend on the \
         early boat to get to work, and that the timetable would change again when the school year starts.",
        "The harbour master said the old pier was in a worse state than anyone had expected, and that repairs \
         would take at least three more months before the larger boat could berth there again.",
    ];
    let cleaner = Cleaner::builder().rule(Rule::phrases("house-ad", ["print edition"])).build().unwrap();
    for line in ["Sign up for our newsletter", "Share on Facebook", "Subscribe to the print edition"] {
        let page = format!("{}\n\n{line}\n\n{}\n\n{}", paragraphs[0], paragraphs[1], paragraphs[2]);
        assert_text(&cleaner.clean(&page), &paragraphs, &[line]);
    }
}

#[test]
fn two_lists_of_other_stories_between_paragraphs_do_not_split_the_article() {
    let page = "Un groupe de parents a déclaré lundi que le prix du billet ne devrait pas augmenter avant le \
        printemps. La nouvelle maire estime que le vieux quai est dans un état bien pire que ce que l'on \
        pensait. Son voisin a rappelé que les horaires vont encore changer à la rentrée des classes.\n\n\
        More Stories\nNeuer Zoodirektor stellt seine Pläne vor\nWetter: Am Wochenende wird es sonnig\n\
        Tour de France : le parcours dévoilé\nZoo Welcomes Two Baby Otters\n\n\
        Les plus lus\nPolice Seek Witnesses After Crash On Ring Road\nStock Markets Close Higher On Friday\n\
        Le festival de jazz affiche complet\n\n\
        Un groupe de parents a écrit dans une lettre au conseil que personne n'a demandé aux gens du port \
        ce qu'ils voulaient vraiment. Le capitaine du port a reconnu que la réparation de la cale prendra \
        encore au moins trois mois. La directrice de l'école du village estime que le bac circulera tout \
        l'hiver pour la première fois.";
    let cleaned = as_page().clean(page);
    let text = cleaned.text();
    assert!(text.starts_with("Un groupe de parents a déclaré"), "{}", explain(&cleaned));
    assert!(text.ends_with("pour la première fois."), "{}", explain(&cleaned));
    assert_removed(&cleaned, &["More Stories", "Otters", "jazz"]);
}

#[test]
fn agency_signature_does_not_make_the_last_paragraph_a_caption() {
    let page = "Hochwasser: Gemeinden bereiten sich auf neue Pegelstände vor\n\n\
        Nach den starken Regenfällen der vergangenen Tage steigen die Pegel an mehreren Flüssen im \
        Oberland weiter an. Die Behörden rechnen damit, dass der Höchststand erst in der Nacht zum \
        Samstag erreicht wird.\n\n\
        Die Polizei bittet Schaulustige, sich von den Ufern fernzuhalten und die Einsatzkräfte nicht \
        zu behindern.\n\ndpa/lby\n";
    let cleaned = clean(page);
    assert!(cleaned.text().ends_with("nicht zu behindern."), "{}", explain(&cleaned));
    assert_removed(&cleaned, &["dpa/lby"]);
}

#[test]
fn markdown_is_judged_by_what_a_reader_saw() {
    let page = "* [Home](https://example.org/)\n\n# Harbour ferry to run through the winter\n\n\
        By [Jane Doe](https://example.org/authors/jane-doe)\n\n\
        The harbour ferry will keep running through the winter for the first time, the [council \
        decided on Monday](https://example.org/news/council) after a long debate about the costs and \
        the safety of the crossing in storms.\n\n![Ferry at the pier](https://example.org/img/ferry.jpg)\n\n\
        Passengers had asked for the service for years, and the operator says two refitted boats will \
        share the timetable from December until the end of March next year.\n\n\
        [Share on Facebook](https://www.facebook.com/sharer.php?u=x)\n";
    let cleaned = clean(page);
    assert_eq!(cleaned.title(), Some("Harbour ferry to run through the winter"), "{}", explain(&cleaned));
    assert_eq!(cleaned.byline(), Some("Jane Doe"), "{}", explain(&cleaned));
    assert_reasons(&cleaned, &["navigation", "title", "byline", "body", "caption", "body", "social"]);
    // The kept text is the input's, links and all.
    assert_kept(&cleaned, &["[council decided on Monday](https://example.org/news/council)"]);
}

#[test]
fn a_table_of_figures_under_its_header_row_ends_the_article() {
    let page = format!(
        "Ferry figures for the year | Example Gazette\n\nHome\nNews\nSport\nContact\n\n{FERRY_BODY}\n\
         Crossing Passengers Cost Change\n1 North Quay 41,200 310,000 +12%\n2 Old Harbour 18,950 120,500 +4%\n\
         3 Mill Bay 9,870 98,000 -2%\n4 Salt Pans 5,400 61,250 +9%\n\n© Example Gazette\n"
    );
    let cleaned = clean(&page);
    assert!(cleaned.text().ends_with("Crossing Passengers Cost Change\n1 North Quay 41,200 310,000 +12%\n2 Old Harbour 18,950 120,500 +4%\n3 Mill Bay 9,870 98,000 -2%\n4 Salt Pans 5,400 61,250 +9%"), "{}", explain(&cleaned));
    // Lines of one number each are not a table of figures: a list of other stories, numbered.
    let page = format!(
        "Ferry figures for the year | Example Gazette\n\nHome\nNews\nSport\nContact\n\n{FERRY_BODY}\n\
         Most read today\n1 Storm closes the coast road\n2 New head for the harbour school\n\
         3 Market moves to the quay\n4 Lifeboat crew honoured\n\n© Example Gazette\n"
    );
    assert_removed(&clean(&page), &["Lifeboat"]);
}

#[test]
fn a_sign_up_form_goes_with_its_pitch() {
    let pitch = "The best stories about the island and its harbour, every Friday morning.";
    let more = "The harbour master said the new boats can cross in far worse weather than the old one, \
        and that the pier on the island side will be repaired before the first storms of the winter.";
    let page = format!("{FERRY_BODY}\nNewsletter\n{pitch}\nSign up now\n\n{more}\n");
    let cleaned = clean(&page);
    assert_text(&cleaned, &["first storms"], &["every Friday"]);
    // A paragraph between a call to sign up and an ad label is the article's.
    let paragraph = "The harbour master said the new boats can cross in far worse weather than the old one.";
    let page = format!("{FERRY_BODY}\nSign up for our newsletter\n{paragraph}\nAdvertisement\n{FERRY_BODY}");
    assert_kept(&clean(&page), &["far worse weather"]);
}

#[test]
fn the_author_bio_after_the_article_goes() {
    let bio = "Jane Doe is a staff writer who covers islands, boats and the weather, and lives on the coast.";
    let page = format!(
        "The winter ferry guide | Example\n\nNews\n\nSport\n\nThe winter ferry guide\n\nBy Jane Doe\n\n{FERRY_BODY}\n{bio}\n"
    );
    let cleaned = clean(&page);
    assert_eq!(cleaned.byline(), Some("Jane Doe"), "{}", explain(&cleaned));
    assert_text(&cleaned, &["parking fees"], &["staff writer"]);
    // A listed product under its name is not a bio, though it starts with the name.
    let product = "Example Planner is a tool that lets teams plan events, book rooms and send invitations.";
    let page = format!(
        "The winter ferry guide | Example\n\nNews\n\nSport\n\nThe winter ferry guide\n\n{FERRY_BODY}\nExample Planner\n{product}\n"
    );
    assert_kept(&clean(&page), &["lets teams plan"]);
}
#[test]
fn an_author_bio_in_the_first_person_after_the_article_goes() {
    let cleaner = as_page();
    // (bio, goes)
    let table = [
        ("I'm Jane, a ferry skipper and writer who has crossed this bay in every season for twenty years.", true),
        ("Hi there! I'm Jane Doe and I started this blog about island life when I moved to the coast.", true),
        ("Hallo, ich bin Jana und schreibe seit vielen Jahren über Fähren, Inseln und das Wetter an der Küste.", true),
        ("Je m'appelle Jeanne et j'écris sur les îles, les bateaux et la météo depuis bientôt dix ans.", true),
        ("Soy Juana, periodista y capitana de barco, y escribo sobre islas y puertos desde hace años.", true),
        // First person, but no one introduces themself: the article's last paragraph stays.
        ("I'm told the ferry will keep its old timetable on Sundays, and I hope the council keeps its word.", false),
        ("My name is on the list of islanders who asked for the ferry, and I am glad the council listened.", false),
    ];
    for (bio, goes) in table {
        let page = format!("The winter ferry guide | Example\n\nNews\n\nThe winter ferry guide\n\n{ARTICLE}{bio}\n");
        let cleaned = cleaner.clean(&page);
        let opening = &bio[..30];
        if goes {
            assert_text(&cleaned, &["season passes"], &[opening]);
        } else {
            assert_kept(&cleaned, &[opening]);
        }
    }
}

#[test]
fn an_author_bio_in_the_third_person_as_the_last_paragraph_goes() {
    let cleaner = as_page();
    // (bio, goes): no byline names the author, no name line stands above the bio.
    let table = [
        (
            "Jane Doe is the head of research at Example Ferries, where she studies how islanders travel and what they pay.",
            true,
        ),
        ("Jane Doe, MD, is the director of the island clinic. Her work covers the health of ferry crews.", true),
        // A person the article is about, no trade or position named: the last paragraph stays.
        (
            "Jane Doe is a mother of three who has taken the ferry every morning, and she says the new timetable suits her.",
            false,
        ),
        // A sentence that opens with one capitalised word, not a name.
        (
            "Naturally the captain is the head of the crew, and he says the new boats will keep to their timetable.",
            false,
        ),
    ];
    for (bio, goes) in table {
        let page = format!("The winter ferry guide | Example\n\nNews\n\nThe winter ferry guide\n\n{ARTICLE}{bio}\n");
        let cleaned = cleaner.clean(&page);
        let opening = &bio[..24];
        if goes {
            assert_text(&cleaned, &["season passes"], &[opening]);
        } else {
            assert_kept(&cleaned, &[opening]);
        }
    }
}

#[test]
fn a_box_about_someone_or_something_after_the_article_goes() {
    let cleaner = as_page();
    // (header, text under it, goes)
    let table = [
        (
            "About Example Ferries",
            "Example Ferries is a family company that has run boats between the island and the mainland since 1950.",
            true,
        ),
        (
            "Über Beispiel Reederei",
            "Beispiel Reederei ist ein Familienunternehmen, das seit 1950 Fähren zwischen Insel und Festland betreibt.",
            true,
        ),
        (
            "À propos de Exemple Ferries",
            "Exemple Ferries est une entreprise familiale qui relie l'île et le continent depuis 1950.",
            true,
        ),
        // Not a box about the name in its header: the closing paragraph stays.
        (
            "About the crossing",
            "The crossing takes forty minutes in good weather, and the council says the boats will run on time.",
            false,
        ),
    ];
    for (header, text, goes) in table {
        let page = format!(
            "The winter ferry guide | Example\n\nNews\n\nThe winter ferry guide\n\n{ARTICLE}{header}\n{text}\n"
        );
        let cleaned = cleaner.clean(&page);
        let opening = &text[..30];
        if goes {
            assert_text(&cleaned, &["season passes"], &[opening]);
        } else {
            assert_kept(&cleaned, &[opening]);
        }
    }
}

#[test]
fn other_stories_under_their_header_after_the_article_go() {
    let cleaner = as_page();
    let stories = "Island Schools: What Parents Should Know Before The Winter Term\n\
        Living on the Coast: Why the Old Harbour Town Keeps Drawing New Families\n\
        What Fishermen Can Expect from the Storm Season Ahead\n";
    for header in ["Keep Reading", "Read More Articles", "Other Posts:", "From Our Archives", "Aus dem Archiv"] {
        let page = format!(
            "The winter ferry guide | Example\n\nNews\n\nThe winter ferry guide\n\n{ARTICLE}{header}\n{stories}View all\n© Example Gazette\n"
        );
        assert_text(&cleaner.clean(&page), &["season passes"], &["Island Schools", "Storm Season"]);
    }
}

const ARTICLE: &str = "The harbour ferry will keep running through the winter for the first time, the council \
    decided on Monday night after a long debate about the costs and the safety of the crossing.\n\n\
    Councillors said the service had carried more passengers this year than in any year before, and \
    that families on the island had asked for years not to be cut off between November and March.\n\n\
    The harbour master said the two new boats could cross in far worse weather than the old one, \
    although the pier on the island side still needs repairs before the first winter storms arrive.\n\n\
    A spokesman for the operator said the timetable for the winter would be published next week, \
    with the first crossing at six in the morning and the last one at ten at night on weekdays.\n\n\
    Tickets will cost the same as in the summer, the council said, and season passes for islanders \
    who travel to work every day will be sold at the harbour office from the first of October.\n\n";

/// A comment of more than `outside_keep_length` characters.
fn long_comment() -> String {
    "I have taken this ferry every week for twenty years, and I remember every winter when the last \
     boat left in October and we had to drive around the whole bay to get to work on time. "
        .repeat(4)
}

#[test]
fn a_long_comment_in_a_thread_after_the_article_goes() {
    let comment = long_comment();
    let page = format!(
        "{ARTICLE}3 Comments\n\nAnna\nMarch 3, 2025 at 9:15 am\n{comment}\nReply\n\nTom\nMarch 3, 2025 at 10:02 am\nGood news.\nReply\n"
    );
    let cleaned = clean(&page);
    let block = cleaned.blocks().iter().find(|b| page[b.span.clone()].starts_with("I have taken")).unwrap();
    assert!(!block.kept, "{}", explain(&cleaned));
    assert_kept(&cleaned, &["The harbour master said"]);
}

#[test]
fn a_long_comment_of_several_paragraphs_in_a_thread_goes_whole() {
    let comment = long_comment();
    let page = format!(
        "{ARTICLE}3 Comments\n\nAnna\nMarch 3, 2025 at 9:15 am\n\nI agree with the council, and I said so at the meeting.\n\n\
         {comment}\n\nThat is why I am glad the boats will keep running this year.\n\nReply\n\n\
         Tom\nMarch 3, 2025 at 10:02 am\nGood news.\nReply\n"
    );
    let cleaned = clean(&page);
    let block = cleaned.blocks().iter().find(|b| page[b.span.clone()].starts_with("I have taken")).unwrap();
    assert!(!block.kept, "{}", explain(&cleaned));
    assert_kept(&cleaned, &["The harbour master said"]);
}

#[test]
fn a_long_paragraph_outside_the_region_without_a_thread_stays() {
    let comment = long_comment();
    let page = format!("{ARTICLE}Home\nNews\nSport\nWeather\nTravel\nContact\n{comment}\nHome\nNews\nSport\n");
    let cleaned = clean(&page);
    let block = cleaned.blocks().iter().find(|b| page[b.span.clone()].starts_with("I have taken")).unwrap();
    assert!(block.kept, "{}", explain(&cleaned));
}

#[test]
fn a_standfirst_between_the_headline_and_the_byline_stays() {
    let page = format!(
        "Ferry to run all winter | Example News\nHome\nNews\nSport\nWeather\nTravel\n\nFerry to run all winter\n\nThe island will not be cut off this year.\n\n\
         By Jane Doe\nMarch 3, 2025\n\nShare\nFacebook\nX\n\n{ARTICLE}"
    );
    let cleaned = clean(&page);
    assert!(cleaned.text().starts_with("The island will not be cut off this year."), "{}", explain(&cleaned));
    assert_eq!(cleaned.title(), Some("Ferry to run all winter"), "{}", explain(&cleaned));
    // A line under the headline that is no sentence is not a standfirst.
    let page = page.replace("The island will not be cut off this year.", "Island news and more");
    assert_removed(&clean(&page), &["Island news"]);
}

#[test]
fn the_replies_of_a_thread_whose_first_post_is_the_body_stay() {
    // A reply link right under the first post that comes again under each later post marks a
    // thread: the replies are its content, the heuristics alone keep them.
    let posts = [
        "I started a rye starter eight days ago and fed it once a day, but since the fourth day it barely rises and smells sharply of acetone.",
        "It is not dead, it is hungry: feed it twice a day, twelve hours apart, and keep less of the old culture back each time.",
        "Agree with the above, and use warmer water too. Once it doubles within eight hours you can go back to one feed a day.",
        "Thank you both. After four days of two feeds it doubles in seven hours and smells of yoghurt instead of paint thinner.",
    ];
    let mut page = String::from("Forums\nRecipes\nMembers\nLog in\nRegister\nStarter smells of acetone after a week\n");
    for (k, post) in posts.iter().enumerate() {
        page.push_str(&format!("member{k}\nMar {}, 2024\n#{}\n{post}\nReply\nQuote\n", k + 3, k + 1));
    }
    page.push_str("You must log in or register to reply here.\nContact us\nTerms and rules\nPrivacy policy\n");
    let cleaner = Cleaner::builder().input(dechaff::Input::Page).learned(false).build().unwrap();
    let cleaned = cleaner.clean(&page);
    assert_text(&cleaned, &posts, &["Reply", "Terms and rules", "Register"]);
}

#[test]
fn the_replies_of_a_thread_under_posters_cards_stay() {
    // Forum software prints a card over each post (when the poster joined, how much they posted):
    // the card's lines are junk, and their label coming back over each later post marks a thread,
    // the last post included, whose card is the last mark.
    let posts = [
        "I keep a small dinghy on a road trailer and since the autumn the wheel bearings grind after every second launch, even freshly greased.",
        "Salt water gets in when a hot hub goes into the cold sea: let the hubs cool before you back down the slip, and rinse them after.",
        "Check that the seals are fitted the right way round as well. I have seen more than one trailer come in with the lips facing out.",
        "Thank you both. One seal was indeed fitted backwards, and after new races and seals the hubs now stay cool and quiet after each launch.",
    ];
    let mut page = String::from(
        "Forums | Members | Log in | Register
Bearings grind after every launch
",
    );
    for (k, post) in posts.iter().enumerate() {
        page.push_str(&format!(
            "sailor{k}\nJoined: Feb {}, 2019\nPosts: {}\nMar {}, 2025\n{post}\n",
            k + 10,
            214 + 100 * k,
            k + 3
        ));
    }
    page.push_str("You must log in or register to reply here.\nContact us\nTerms and rules\nPrivacy policy\n");
    for learned in [false, true] {
        let cleaner = Cleaner::builder().input(dechaff::Input::Page).learned(learned).build().unwrap();
        let cleaned = cleaner.clean(&page);
        assert_text(&cleaned, &posts, &["Joined:", "Posts:", "Terms and rules", "register to reply"]);
    }
}

#[test]
fn a_consent_notice_goes_by_its_vocabulary_but_a_privacy_policy_page_stays() {
    let notice = "Together with our partners we store and access data on your device, such as identifiers, \
        for personalised ads and measurement; you can change your preferences at any time.";
    let page = format!("{FERRY_BODY}{notice}\nAccept all\n");
    let cleaned = as_page().clean(&page);
    let block = cleaned.blocks().iter().find(|b| page[b.span.clone()] == *notice).expect("the notice is a block");
    assert_eq!(block.reason, Reason::Legal, "{}", explain(&cleaned));
    // A page that is a privacy policy: its paragraphs speak the same way, and are its content (a
    // notice that opens with a phrase the rules know still goes).
    let policy = [
        "We collect personal data when you create an account, such as your name and email address, and we \
         keep it only as long as your account is open or the law requires.",
        "To keep you signed in and to remember your preferences, our partners and we place small files and \
         identifiers on your device; you can change them in the settings.",
        "You may withdraw your consent at any time, and you have the right to ask us which personal data we \
         hold about you and to have it corrected or deleted.",
    ];
    let page = format!("Privacy policy\n{}\nContact\n", policy.join("\n"));
    assert_kept(&as_page().clean(&page), &policy);
}

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

#[test]
fn the_stories_of_an_archive_stay_as_a_run_of_items() {
    // The stories (headline, date, summary, link) are a run of items that outweighs the intro the
    // region kept: the heuristics alone keep them, not their links, menus or footer.
    let page = archive();
    let summaries =
        ["three crossings a week", "take the larger boats", "three decades of careful work", "teacher and two parents"];
    let heuristics = Cleaner::builder().learned(false).build().unwrap();
    let cleaned = heuristics.clean(&page);
    assert_text(
        &cleaned,
        &summaries,
        &["Read more", "Subscribe to our newsletter", "All rights reserved", "Skip to content"],
    );
    assert_eq!(heuristics.clean(&cleaned.text()).text(), cleaned.text(), "the result cleans to itself");
}

#[test]
fn a_shop_grid_keeps_its_products_and_prices_not_its_buttons() {
    let products = [
        ("Blue enamel kettle, 1.7 litres", "$24.99"),
        ("Stoneware teapot with infuser", "$32.00"),
        ("Set of four espresso cups", "$18.50"),
        ("Glass cold brew jug", "$21.00"),
        ("Bamboo tea tray, large", "$27.90"),
        ("Cast iron trivet", "$12.75"),
        ("Linen tea towels, pair", "$15.00"),
        ("Copper milk pan", "$39.00"),
    ];
    let mut page = String::from(
        "Kitchen and tea | Harbour Home Store\nSkip to content\nHome | Kitchen | Garden | Sale | Contact\n\
         Search\nBasket (0)\nKitchen and tea\n\
         Everything for the kettle and the teapot, chosen by our buyers and delivered in two days.\n",
    );
    for (name, price) in products {
        page += &format!("{name}\n{price}\nAdd to basket\n");
    }
    page += "Showing 8 of 24 products\nNext page\nSign up for our newsletter\n\
             \u{a9} 2025 Harbour Home Store. All rights reserved.\n";
    let heuristics = Cleaner::builder().learned(false).build().unwrap();
    let cleaned = heuristics.clean(&page);
    let kept: Vec<&str> = products.iter().flat_map(|(name, price)| [*name, *price]).collect();
    assert_text(&cleaned, &kept, &["Add to basket", "Sign up for our newsletter", "Skip to content"]);
    assert_eq!(heuristics.clean(&cleaned.text()).text(), cleaned.text(), "the result cleans to itself");
}

/// A list of other stories under its header, between two paragraphs of an article whose lines
/// alternate with chrome (the shrunk counterexample of a generated page): every headline goes,
/// the first too. Paragraphs standing between short lines are not items whose stragglers an item
/// run keeps.
#[test]
fn a_headline_list_between_paragraphs_is_not_an_item_run() {
    let page = [
    r#"L'autorité régionale des transports a écrit dans une lettre au conseil que personne n'a demandé aux gens du port ce qu'ils voulaient vraiment, même si tout le monde n'est pas d'accord. La plupart des habitants de l'île estime que le prix du billet ne devrait pas augmenter avant le printemps dans un communiqué. La plupart des habitants de l'île répète depuis des années que la réparation de la cale prendra encore au moins trois mois. La plupart des habitants de l'île estime que le prix du billet ne devrait pas augmenter avant le printemps. L'un des plus anciens pêcheurs estime que le vieux quai est dans un état bien pire que ce que l'on pensait."#,
    r#"Photo: Jane Doe"#,
    r#"7584"#,
    r#"L'un des plus anciens pêcheurs a rappelé que le projet est bon mais qu'il arrive bien trop tard pour certains d'entre eux. Le capitaine du port a expliqué lors de la réunion que un deuxième bateau sera nécessaire si le nombre de passagers continue de croître. La plupart des habitants de l'île estime que personne n'a demandé aux gens du port ce qu'ils voulaient vraiment dans un communiqué. L'autorité régionale des transports a déclaré lundi que il n'y a pas assez d'argent pour garder le port ouvert toutes les nuits dans un communiqué."#,
    r#"La plupart des habitants de l'île a déclaré lundi que le prix du billet ne devrait pas augmenter avant le printemps, même si tout le monde n'est pas d'accord. Un porte-parole de la compagnie a déclaré lundi que le vieux quai est dans un état bien pire que ce que l'on pensait après un long débat. Un porte-parole de la compagnie a écrit dans une lettre au conseil que beaucoup de familles de l'île dépendent du premier bateau pour aller au travail dans un communiqué. Un groupe de parents a reconnu que les tempêtes de l'hiver dernier ont coûté très cher à la commune, même si tout le monde n'est pas d'accord."#,
    r#"Partager sur Facebook"#,
    r#"harbour, Fähre, Gemeinderat, Winterfahrplan, traversée"#,
    r#"La plupart des habitants de l'île a expliqué lors de la réunion que le projet est bon mais qu'il arrive bien trop tard pour certains d'entre eux, même si tout le monde n'est pas d'accord. Un porte-parole de la compagnie a écrit dans une lettre au conseil que le projet est bon mais qu'il arrive bien trop tard pour certains d'entre eux après un long débat. Son voisin a expliqué lors de la réunion que les tempêtes de l'hiver dernier ont coûté très cher à la commune dans un communiqué. Son voisin répète depuis des années que il n'y a pas assez d'argent pour garder le port ouvert toutes les nuits. Le capitaine du port a déclaré lundi que le bac circulera tout l'hiver pour la première fois dans un communiqué. Son voisin a déclaré lundi que les horaires vont encore changer à la rentrée des classes après un long débat."#,
    r#"harbour, council, port, Winterfahrplan, traversée"#,
    r#"READ MORE: Wetter: Am Wochenende wird es sonnig"#,
    r#"Le capitaine du port a expliqué lors de la réunion que personne n'a demandé aux gens du port ce qu'ils voulaient vraiment. Son voisin a rappelé que le vieux quai est dans un état bien pire que ce que l'on pensait après un long débat. La directrice de l'école du village a rappelé que le vieux quai est dans un état bien pire que ce que l'on pensait."#,
    r#"À lire aussi : School Buys New Tractor For Farm Lessons"#,
    r#"Photo: John Smith"#,
    r#"Le capitaine du port répète depuis des années que il n'y a pas assez d'argent pour garder le port ouvert toutes les nuits dans un communiqué. Son voisin estime que les horaires vont encore changer à la rentrée des classes après un long débat. La directrice de l'école du village a reconnu que un deuxième bateau sera nécessaire si le nombre de passagers continue de croître dans un communiqué."#,
    r#"Latest News"#,
    r#"Neuer Zoodirektor stellt seine Pläne vor"#,
    r#"Immobilier : les prix reculent à Lyon"#,
    r#"Local Band Delights Crowd In Park"#,
    r#"School Buys New Tractor For Farm Lessons"#,
    r#"Un porte-parole de la compagnie a expliqué lors de la réunion que la réparation de la cale prendra encore au moins trois mois. L'un des plus anciens pêcheurs a confié au journal local que le projet est bon mais qu'il arrive bien trop tard pour certains d'entre eux dans un communiqué. Un porte-parole de la compagnie a rappelé que le projet est bon mais qu'il arrive bien trop tard pour certains d'entre eux dans un communiqué. La nouvelle maire a expliqué lors de la réunion que personne n'a demandé aux gens du port ce qu'ils voulaient vraiment dans un communiqué."#,
    r#"Sign up for our newsletter"#,
    r#"READ MORE: Neuer Zoodirektor stellt seine Pläne vor"#,
    r#"Copyright © 2024 Harbour Gazette"#,
    r#"Werbung"#,
    r#"Foto: Tom Berger"#,
    ]
    .join("\n");
    let cleaned = dechaff::clean(&page);
    for block in cleaned.blocks() {
        let text = &page[block.span.clone()];
        let paragraph = text.split_whitespace().count() > 20;
        assert_eq!(block.kept, paragraph, "{text:?} ({})", block.reason.as_str());
    }
}

/// A site's menu printed with a line under each entry, then the headline: the region the article
/// pays for runs over the menu, but what stands above the headline without a paragraph is not the
/// article.
#[test]
fn a_menu_with_descriptions_above_the_headline_is_not_the_article() {
    let mut page =
        String::from("Ferry will run all winter - Example Harbour Gazette\n\nSkip to main content\n\nSign in\n\n");
    for (entry, line) in [
        ("Timetables", "Every crossing of the week, by harbour and by season."),
        ("Fares", "What a crossing costs, with the island residents' discount."),
        ("Freight", "Bookings for vans, trailers and livestock on the car deck."),
        ("Help", "Help at the ramps, lifts and seats on every boat."),
        ("News", "The latest from the harbour and the island."),
    ] {
        page.push_str(&format!("{entry}\n\n{line}\n\n"));
    }
    page.push_str("Ferry will run all winter\n\nJane Doe\nMarch 3, 2025\n\n");
    page.push_str(FERRY_BODY);
    page.push_str("\nShare on Facebook\n\n© 2025 Example Harbour Gazette. All rights reserved.\n");
    let cleaned = clean(&page);
    assert!(cleaned.text().starts_with("The harbour ferry"), "{}", explain(&cleaned));
    assert_eq!(cleaned.byline(), Some("Jane Doe"), "{}", explain(&cleaned));
}

/// A cookie-settings panel after the article (each category a label, a switch and a description
/// opening "These cookies"): every line of it goes, and the article stays; a recipe's "Sugar
/// cookies" heading over "These cookies ..." is the recipe.
#[test]
fn a_consent_panel_goes_with_its_descriptions_and_a_recipe_of_cookies_stays() {
    let mut page = format!("Harbour ferry to run all winter\n\n{FERRY_BODY}\n\nManage consent preferences\n\n");
    for (label, what) in [
        ("Strictly necessary cookies", "are needed for the site to work and cannot be switched off in our systems"),
        ("Performance cookies", "let us count visits and traffic sources so we can measure how our site performs"),
        ("Targeting cookies", "may be set through our site by our advertising partners to build a profile of you"),
    ] {
        page += &format!("{label}\n\nAlways active\n\nThese cookies {what}. They do not store anything else.\n\n");
    }
    page += "Confirm my choices\n";
    let cleaned = as_page().clean(&page);
    assert_kept(&cleaned, &["keep running through the winter"]);
    assert_removed(
        &cleaned,
        &[
            "Strictly necessary cookies",
            "These cookies are needed",
            "These cookies let us count",
            "These cookies may be set",
        ],
    );
    // Each description by the panel's rule, not for standing outside the article: its reason.
    for block in cleaned.blocks().iter().filter(|b| cleaned.block_text(b).starts_with("These cookies")) {
        assert_eq!(block.reason, Reason::Legal, "{}", explain(&cleaned));
    }
    let recipe = "Sugar cookies\n\nThese cookies are soft in the middle and crisp at the edges, and they keep for a week \
                  in a tin. You need butter, sugar, one egg, flour and a pinch of salt.\n\nCream the butter and the sugar \
                  until pale, beat in the egg, then fold in the flour and the salt until the dough comes together.\n\n\
                  Roll the dough into balls, press them flat on a lined tray and bake for twelve minutes until golden.\n";
    let cleaned = as_page().clean(recipe);
    assert_kept(&cleaned, &["These cookies are soft in the middle", "Cream the butter", "Roll the dough"]);
    // A category's description with no label before it still goes when it speaks of the site.
    let page = format!(
        "Harbour ferry to run all winter\n\n{FERRY_BODY}\n\nThese cookies are needed for the website to work and \
         cannot be switched off. You can set your browser to block them, but parts of the site may then fail.\n"
    );
    let cleaned = as_page().clean(&page);
    let block = cleaned.blocks().iter().find(|b| cleaned.block_text(b).starts_with("These cookies are needed"));
    assert_eq!(block.map(|b| &b.reason), Some(&Reason::Legal), "{}", explain(&cleaned));
}

/// The consent framework's panel many ad-funded sites share (each purpose by its standard name,
/// its count of partners, a switch and its standard description): every line of it goes, each
/// by the legal rules, and the article stays.
#[test]
fn a_consent_frameworks_purposes_go_with_their_descriptions() {
    let mut page = format!("Harbour ferry to run all winter\n\n{FERRY_BODY}\n\nManage your choices\n\n");
    for (label, what) in [
        (
            "Store and/or access information on a device 64 partners can use this purpose",
            "Cookies, device or similar online identifiers together with other information can be kept on your device and read from it.",
        ),
        (
            "Use profiles to select personalised advertising 38 partners can use this purpose",
            "Advertising presented to you on this service can be based on a profile built from what you read elsewhere.",
        ),
        (
            "Measure content performance",
            "Information regarding which content is presented to you and how you interact with it can be used to count readers.",
        ),
    ] {
        page += &format!("{label}\n\nOn\n\n{what}\n\nView illustrations\n\n");
    }
    page += "Object to legitimate interests\n";
    let cleaned = as_page().clean(&page);
    assert_kept(&cleaned, &["keep running through the winter"]);
    for line in [
        "Store and/or access",
        "Cookies, device or similar",
        "Advertising presented to you",
        "Information regarding which",
    ] {
        let block = cleaned.blocks().iter().find(|b| cleaned.block_text(b).starts_with(line));
        assert_eq!(block.map(|b| &b.reason), Some(&Reason::Legal), "{line}\n{}", explain(&cleaned));
    }
    // A switch that repeats the purpose's name ("... Off", four words), and a description of the
    // standard's full length (90 words): the description still goes with its purpose.
    let long = "Information about your activity on this service, such as the pages you open and the forms you \
                fill in, can be kept and joined with what is known about you from your earlier visits to this and \
                other sites and apps, or about readers like you. It is then used to build or improve a profile of \
                you, which may say what you might like and who you might be, and that profile can be used, now or \
                later, to choose which advertising to show you here and elsewhere.";
    for (switch, reach) in [("Create profiles for personalised advertising Off", 1), ("Off", 2)] {
        let mut page = format!("Harbour ferry to run all winter\n\n{FERRY_BODY}\n\nManage your choices\n\n");
        page += "Create profiles for personalised advertising 71 partners can use this purpose\n\n";
        page += &format!("{switch}\n\n{}{long}\n\nView illustrations\n\n", "On\n\n".repeat(reach - 1));
        page += "Object to legitimate interests\n";
        let cleaned = as_page().clean(&page);
        assert_kept(&cleaned, &["keep running through the winter"]);
        let block = cleaned.blocks().iter().find(|b| cleaned.block_text(b).starts_with("Information about your"));
        assert_eq!(block.map(|b| &b.reason), Some(&Reason::Legal), "{switch}\n{}", explain(&cleaned));
    }
}

/// A reviewer's box after the article ("Reviewed by," over a name with credentials and a bio)
/// goes; so does an expert's ("About our expert" over a name and a role); a heading "Reviewed by"
/// with no name under it does not end the article.
#[test]
fn a_reviewer_or_expert_box_after_the_article_goes() {
    let bio = "She has advised island families on saving and pensions for twenty years, and she writes a monthly column about money for the harbour paper.";
    for (header, name) in [("Reviewed by,", "Jane Marsh, CFP®"), ("About our expert", "Jane Marsh, Senior Editor")] {
        let page = format!("{ARTICLE}{header}\n\n{name}\n\n{bio}\n\nHome\nNews\nContact\n");
        let cleaned = clean(&page);
        assert_kept(&cleaned, &["The harbour master said", "season passes for islanders"]);
        assert_removed(&cleaned, &["She has advised island families"]);
    }
    let page = format!("{ARTICLE}Reviewed by\n\n{bio}\n\nHome\nNews\nContact\n");
    assert_kept(&clean(&page), &["season passes for islanders"]);
}

/// A job board: every posting repeats a label ("Full-time") among short lines of varied shapes
/// (a title, a company, a place, a salary on some): the postings are a run of items that the
/// label marks, kept with their lines; the menus, the pager and the footer are not.
fn job_board() -> String {
    let jobs = [
        ("Senior Rust Engineer", "Quayside Labs", "Remote, Europe", Some("$90,000 - $120,000")),
        ("Data Analyst", "Harbour Freight Data", "Lisbon, Portugal", None),
        ("Site Reliability Engineer", "Northwind Ferries", "Remote, Americas", Some("$110,000 - $140,000")),
        ("Frontend Developer", "Tidewater Studio", "Berlin, Germany", None),
        ("Product Designer", "Lighthouse Apps", "Remote, anywhere", Some("$70,000 - $95,000")),
        ("Support Engineer", "Saltmarsh Software", "Dublin, Ireland", None),
        ("Machine Learning Engineer", "Breakwater AI", "Remote, Europe", Some("$120,000 - $160,000")),
        ("Technical Writer", "Pier Nine Docs", "Toronto, Canada", None),
    ];
    let mut page = String::from(
        "Remote jobs | Harbour Careers\nSkip to content\nHome | Jobs | Companies | Post a job\nSearch\n\
         Remote software jobs\nFind a remote role that fits your skills and your time zone.\n",
    );
    for (k, (title, company, place, salary)) in jobs.iter().enumerate() {
        page += &format!("{title}\n{company}\n{place}\nFull-time\n");
        if let Some(salary) = salary {
            page += &format!("{salary}\n");
        }
        page += &format!("{}d\n", k + 2);
    }
    page + "Load more jobs\nSign up for our newsletter\n\u{a9} 2025 Harbour Careers. All rights reserved.\n"
}

#[test]
fn the_postings_of_a_job_board_stay_as_items_their_label_marks() {
    let page = job_board();
    let heuristics = Cleaner::builder().learned(false).build().unwrap();
    let cleaned = heuristics.clean(&page);
    assert_text(
        &cleaned,
        &["Senior Rust Engineer", "Quayside Labs", "Breakwater AI", "Technical Writer", "Toronto, Canada"],
        &["Sign up for our newsletter", "All rights reserved", "Skip to content", "Post a job"],
    );
    assert_eq!(heuristics.clean(&cleaned.text()).text(), cleaned.text(), "the result cleans to itself");
    // Under a header of other stories, the same items are other stories.
    let under_header =
        page.replace("Find a remote role that fits your skills and your time zone.\n", "Related articles\n");
    assert_text(&heuristics.clean(&under_header), &[], &["Quayside Labs", "Breakwater AI"]);
}

/// A job board the stages keep whole, under a menu that shares some of its words: every posting
/// repeats the same labels ("View company", "Remote", "Featured", "Full-Time") between its own
/// lines, which read like a menu printed many times; the postings are a run of items that holds
/// most of what the page keeps, and stay.
#[test]
fn the_labels_of_postings_the_stages_kept_are_not_a_repeated_menu() {
    let jobs = [
        ("Senior Rust Engineer", "Quayside Labs"),
        ("Data Analyst", "Harbour Freight Data"),
        ("Site Reliability Engineer", "Northwind Ferries"),
        ("Frontend Developer", "Tidewater Studio"),
        ("Product Designer", "Lighthouse Apps"),
        ("Support Engineer", "Saltmarsh Software"),
        ("Backend Engineer", "Pier Nine Systems"),
        ("QA Engineer", "Breakwater Tools"),
        ("Mobile Developer", "Anchor Mobile"),
        ("Security Engineer", "Keel Security"),
        ("Platform Engineer", "Dockside Cloud"),
        ("Engineering Manager", "Mooring Works"),
    ];
    let menu = "Find jobs\nProgramming\nDesign\nCustomer Support\nFull-Time\nContract\nBlog\nAbout\n";
    let mut page = format!(
        "Remote jobs | Harbour Careers\nSkip to content\n{menu}Remote\nFull Stack Jobs\n\
         Looking for a remote role? Every week we list the best software jobs that you can do from home, \
         from the harbour or from anywhere in the world.\nLatest jobs\n"
    );
    for (k, (title, company)) in jobs.iter().enumerate() {
        page += &format!("View company\n{title}\n{}d\n{company}\nRemote\nFeatured\nFull-Time\n", k + 2);
        if k % 3 == 0 {
            page += &format!("${},000 - ${},000 USD\n", 50 + 5 * k, 70 + 5 * k);
        }
        page += "Anywhere in the world\n";
    }
    page += &format!(
        "Load more jobs\n{menu}Sign up for our newsletter\n\u{a9} 2025 Harbour Careers. All rights reserved.\n"
    );
    let cleaned = clean(&page);
    assert_text(
        &cleaned,
        &["Senior Rust Engineer", "Quayside Labs", "Keel Security", "Engineering Manager", "Featured"],
        &["Sign up for our newsletter", "All rights reserved", "Skip to content"],
    );
    assert_eq!(clean(&cleaned.text()).text(), cleaned.text(), "the result cleans to itself");
}

/// A blog's feed: every post's card ends with its comment count ("3 comments"), a comment link on
/// every item; the cards are a run of items, not a thread that a comment prompt opens.
#[test]
fn a_feed_whose_cards_each_link_their_comments_keeps_its_posts() {
    let posts = [
        ("Why we moved our ferry timetable to plain text", "Jane Doe"),
        ("Ten lessons from a year of tide tables", "John Smith"),
        ("How the harbour office learned to love spreadsheets", "Maria Rossi"),
        ("A small guide to writing release notes", "Ken Ito"),
        ("What the lighthouse keeper taught me about logs", "Ana Silva"),
        ("Building a booking page that works offline", "Li Wei"),
        ("The quiet joy of deleting old code", "Sam Berg"),
        ("Testing the weather service before the storm", "Eva Novak"),
    ];
    let mut page = String::from(
        "Harbour Dev Community\nSkip to content\nHome\nTags\nAbout\nLog in\nCreate account\nPosts\nRelevant\nLatest\nTop\n",
    );
    for (k, (title, author)) in posts.iter().enumerate() {
        page += &format!(
            "{author}\n{author}\n{title}\n#webdev #career #tutorial\n{} reactions\n{} comments\n{} min read\n",
            7 * k + 3,
            k + 2,
            k % 5 + 3
        );
    }
    page += "Harbour Dev Community is a place for people who build software for boats, ports and the sea.\n\
             \u{a9} 2025 Harbour Dev Community. All rights reserved.\nPrivacy Policy\nTerms of Use\n";
    for cleaner in [Cleaner::default(), Cleaner::builder().learned(false).build().unwrap()] {
        let cleaned = cleaner.clean(&page);
        assert_text(
            &cleaned,
            &["Ten lessons from a year of tide tables", "The quiet joy of deleting old code", "Ken Ito"],
            &["All rights reserved", "Skip to content", "Create account"],
        );
        assert_eq!(cleaner.clean(&cleaned.text()).text(), cleaned.text(), "the result cleans to itself");
    }
}

/// A product's page: its description, then its customer reviews, each under a badge ("Verified
/// Buyer") and a vote line: the reviews are the shop's comments, and go like an article's. (Where
/// the reviews outweigh the description, the first badge is taken for a link above the text, as a
/// comment count in a byline row is, and the region runs on past it.)
#[test]
fn a_products_customer_reviews_go_like_comments() {
    let description = [
        "The Harbour kettle is made of enamelled steel and holds 1.7 litres, enough for a pot of tea for six.",
        "Its handle stays cool, its whistle is loud enough to hear from the garden, and it works on every hob, \
         induction included.",
        "Each kettle is finished by hand in our workshop by the sea, so no two blues are quite the same.",
        "The enamel is fired twice at a high heat, which makes it hard enough to last for decades of daily use \
         if it is not dropped on a stone floor; the lid and the spout are rolled so that no water drips on the \
         table when you pour, and the base is wide and flat so that it heats evenly on a small ring.",
    ];
    let reviews = [
        ("Maria", "I have used mine every morning for a year and the enamel still looks new, which surprised me."),
        ("Tom", "The whistle is very loud, as promised, and the kettle boils quickly on our old gas hob."),
        ("Aisha", "A lovely colour, though it is heavier than the plastic kettle it replaced in our kitchen."),
    ];
    let mut page = String::from(
        "Enamel kettle | Harbour Home Store\nSkip to content\nHome | Kitchen | Garden | Sale | Contact\n\
         Enamel kettle, 1.7 litres\n$24.99\n",
    );
    for line in description {
        page += &format!("{line}\n");
    }
    page += "Customer reviews\n4.7 out of 5\n";
    for (k, (name, review)) in reviews.into_iter().enumerate() {
        page +=
            &format!("{name}\nVerified Buyer\n{}\n{review}\n", ["Love it", "Loud and quick", "Pretty but heavy"][k]);
        if k == 1 {
            page += "We also bought the matching teapot, which arrived a week later in the same box.\n";
        }
        page += &format!("{} people found this helpful\n", k + 2);
    }
    page += "\u{a9} 2025 Harbour Home Store. All rights reserved.\n";
    let heuristics = Cleaner::builder().learned(false).build().unwrap();
    assert_text(&heuristics.clean(&page), &description, &reviews.map(|(_, review)| review));
    // The learned layer takes the first review back as the description's edge (its tables were
    // trained before reviews were comments): the later ones still go.
    assert_text(&Cleaner::default().clean(&page), &description, &[reviews[1].1, reviews[2].1]);
}

/// A listicle whose later sections are mostly spec lines ("Storage: SSD 2 TB") that read as a list
/// of other headlines: the numbered headings that go on counting after the region ("3.", "4.",
/// "5.") take it on to the last section; the newsletter prompt and the footer after it still go.
#[test]
fn a_listicles_numbered_sections_stay_to_the_last() {
    let sections = [
        (
            "Harbour Cloud",
            "Harbour Cloud is the provider we would pick for a small firm that wants its own servers without \
             running a data centre, and its support team answers within the hour.",
            ["Storage: NVMe 600 GB, 25K IOPS", "Network: 10 Gbps uplink, 30 TB", "Pros: Quick support"],
        ),
        (
            "Quayside Compute",
            "Quayside Compute suits teams that need many small machines at short notice, and it bills by the \
             minute so that idle servers cost nothing at the end of the month.",
            ["Storage: SSD 2 TB, 10K IOPS", "Network: 1 Gbps uplink, 10 TB", "Pros: Billed by the minute"],
        ),
        (
            "Lighthouse Metal",
            "Bare metal, API first.",
            ["Storage: NVMe 4 TB, 50K IOPS", "SLA: 99.99%", "Pros: Fast disks"],
        ),
        (
            "Tidewater Stack",
            "Open source, self-managed.",
            ["Storage: Ceph, any size", "SLA: none", "Pros: No licence fees"],
        ),
        (
            "Breakwater Private",
            "Managed, for banks.",
            ["Storage: SAN, 100 TB", "SLA: 99.999%", "Pros: Audited for banks"],
        ),
    ];
    let mut page = String::from(
        "5 private cloud providers compared | Harbour Tech Review\nSkip to content\nHome | Reviews | Guides | Deals\n\
         5 private cloud providers compared\n\
         A private cloud gives one company its own servers, storage and network, run in its own rooms or in a \
         provider's. We compared five providers on price, speed, support and the places they run in, and we \
         tested each for a month with the same workloads.\n\
         Here is what we found, provider by provider, with the figures each one publishes and the ones we \
         measured ourselves on the test machines.\n",
    );
    for (k, (name, text, specs)) in sections.iter().enumerate() {
        page += &format!("{}. {name}\n{text}\n{}\n", k + 1, specs.join("\n"));
    }
    page += "Sign up for our newsletter\n\u{a9} 2025 Harbour Tech Review. All rights reserved.\n";
    let cleaned = as_page().clean(&page);
    assert_text(
        &cleaned,
        &["3. Lighthouse Metal", "Storage: Ceph, any size", "5. Breakwater Private", "Pros: Audited for banks"],
        &["Sign up for our newsletter", "All rights reserved"],
    );
    // A list of other stories after an article of numbered sections counts from 1 again: it is
    // not taken in.
    let stories = "Most read\n1. Ferry timetable changes for the winter\n2. Council approves the new harbour wall\n";
    let with_stories = page.replace("Sign up for our newsletter\n", &format!("Sign up for our newsletter\n{stories}"));
    assert_text(&as_page().clean(&with_stories), &[], &["Council approves the new harbour wall"]);
}

/// A service's page: a grid of features, each a short heading over one sentence with an icon
/// between them, then a FAQ at the page's end. The features are the page's content as much as
/// the FAQ is, though the region stage reads the grid's short lines as a menu.
#[test]
fn a_service_pages_grid_of_features_is_kept_beside_its_faq() {
    let features = [
        ("Ship from the quay", "Connect your repository and every push goes live in under a minute."),
        ("Scale on demand", "Your services grow with the traffic and shrink again when it is quiet."),
        ("Private networking", "Services talk to each other over a network nobody else can reach."),
        ("Managed databases", "Daily backups, point in time recovery and upgrades without any downtime."),
        ("Preview every change", "Each pull request gets its own copy of the whole stack to try out."),
    ];
    let mut page = String::from(
        "Harbour Cloud\nProduct\nPricing\nDocs\nBlog\nCompany\nLog in\nSign up\nHosting for harbour apps\n",
    );
    for (k, (heading, sentence)) in features.iter().enumerate() {
        page += &format!("{heading}\n{}\n{sentence}\n", k + 1);
    }
    page += "Frequently asked questions\nCan I bring my own domain?\n\
             Yes. Every service can use as many domains as you like, and certificates for them are issued and \
             renewed for you at no cost, so you never have to think about them again.\n\
             What happens when I go over my plan?\n\
             We let you know by email before anything changes, and you can move to a larger plan or set a hard \
             limit from the dashboard at any time, without talking to anyone.\n\
             \u{a9} 2025 Harbour Cloud. All rights reserved.\nPrivacy Policy\nTerms of Use\n";
    for cleaner in [Cleaner::default(), Cleaner::builder().learned(false).build().unwrap()] {
        let cleaned = cleaner.clean(&page);
        assert_text(
            &cleaned,
            &[
                "Services talk to each other over a network nobody else can reach.",
                "Preview every change",
                "Can I bring my own domain?",
            ],
            &["All rights reserved", "Log in"],
        );
        assert_eq!(cleaner.clean(&cleaned.text()).text(), cleaned.text(), "the result cleans to itself");
    }
}

/// A shop prints its privacy policy and terms of sale after the footer; they outweigh the
/// product's description, and the region ran from the description to the policy's end.
const LANTERN_DESCRIPTION: &str = "Harbour Lantern\n\
    The Harbour Lantern is cast from recycled brass and finished by hand in our workshop by the sea, so no two of them weather in quite the same way over the years.\n\
    A frosted glass chimney softens the light of the candle or the small oil burner that comes with it, and the wide base keeps it steady on a table, a step or a boat's deck.\n\
    Hang it from the loop on top or stand it on its feet: the handle folds flat for the winter, and the whole lantern packs into the linen bag we ship it in.\n\
    Care: wipe the brass with a dry cloth and let it darken on its own, or polish it twice a year if you like it bright.\n\
    Help\nContact us\nShipping\nReturns\nCompany\nOur story\nJournal\nStockists\n";

const LANTERN_POLICY: &str = "Privacy policy\n\
    This policy explains how we collect and use personal information when you visit our shop, buy from us or write to our workshop.\n\
    We collect the personal information you give us when you place an order, such as your name, your address and the details of your payment.\n\
    We share personal information with third parties only to deliver your order, to take your payment and to meet the duties the applicable law sets on us.\n\
    You may ask us at any time for a copy of the personal data we hold about you, and ask us to correct or delete it.\n\
    We keep cookies on your device only with your consent, and you may withdraw that consent in the settings of your browser.\n\
    Terms of sale\n\
    These terms govern every order placed in our shop, and you agree to them when you place one.\n\
    Our liability for any order is limited to the price you paid for it, as far as the governing law allows.\n\
    Any dispute about an order falls under the jurisdiction of the courts of the town where our workshop stands.\n";

#[test]
fn a_legal_document_printed_after_a_product_page_is_not_its_description() {
    let product =
        format!("Harbour Lantern | Quay Workshop\nShop\nLanterns\nCandles\n{LANTERN_DESCRIPTION}{LANTERN_POLICY}");
    let policy = format!("Privacy policy | Quay Workshop\nShop\nLanterns\nCandles\n{LANTERN_POLICY}");
    // (page, kept, removed): the description stays and the policy goes; a policy that is the
    // page's content stays whole.
    let rows: [(&str, &[&str], &[&str]); 2] = [
        (
            &product,
            &["finished by hand in our workshop", "polish it twice a year"],
            &["We collect the personal information", "Our liability for any order", "courts of the town"],
        ),
        (&policy, &["We collect the personal information", "Our liability for any order", "courts of the town"], &[]),
    ];
    for (page, kept, removed) in rows {
        for cleaner in [Cleaner::default(), Cleaner::builder().learned(false).build().unwrap()] {
            let cleaned = cleaner.clean(page);
            assert_text(&cleaned, kept, removed);
            assert_eq!(cleaner.clean(&cleaned.text()).text(), cleaned.text(), "the result cleans to itself");
        }
    }
}

/// A shop's category page: a grid of priced items under its title, a buying guide under the grid
/// that outweighs it (the region keeps the guide, and the grid went as low-content).
fn lantern_category(items: usize, menu_lines: usize) -> String {
    let finishes = ["brass", "black steel", "copper", "white enamel", "zinc", "blue enamel", "cast iron", "aged brass"];
    let names = ["Harbour", "Quay", "Pier", "Mooring", "Deck", "Ferry", "Dock", "Beacon", "Tide", "Storm", "Jetty"];
    let menu = [
        "Shop",
        "Lanterns",
        "Candles",
        "Gifts",
        "Sale",
        "New in",
        "Journal",
        "About us",
        "Stockists",
        "Contact",
        "Gift cards",
        "Wholesale",
        "Care guide",
        "Workshop visits",
        "Press",
        "Careers",
        "Sustainability",
        "Returns",
        "Shipping",
        "FAQ",
        "Sign in",
        "Wish list",
        "Search",
        "Account",
        "Newsletter",
    ];
    let mut page = String::from("Lanterns | Quay Workshop\nSkip to content\n");
    for line in &menu[..menu_lines] {
        page += &format!("{line}\n");
    }
    page += &format!("Cart (0)\nLanterns\n{items} products\nSort by\nFeatured\n");
    for k in 0..items {
        page += &format!(
            "{} Lantern in {}\n€{}.00\nAdd to cart\n",
            names[k % names.len()],
            finishes[k % finishes.len()],
            39 + 7 * k
        );
    }
    page += "How to choose a lantern\n\
        A lantern for the garden wants a heavy base and a glass chimney that keeps the wind off the flame, while one for a table indoors can be lighter and open at the top so the candle is easy to reach.\n\
        Brass and copper darken over the years and need no care at all, though you may polish them if you like them bright; black steel and enamel keep their colour but should be dried after rain.\n\
        Every lantern on this page takes a pillar candle of up to seven centimetres across, and the larger ones also take the small oil burner we sell with them, which burns for about twelve hours.\n\
        The loop on top of every lantern takes a hook or a rope, and the wide feet keep it steady on a deck, but never leave a flame burning when nobody is on board.\n\
        We cast every lantern in our own workshop by the harbour from metal that was something else before, and we finish each one by hand, so no two of them are quite the same.\n\
        Lanterns travel to you in a linen bag inside a box of recycled card, and if one arrives with a crack in its glass we send a new chimney the same week without asking for the old one.\n";
    for line in &menu[..8] {
        page += &format!("{line}\n");
    }
    page + "\u{a9} 2025 Quay Workshop\n"
}

#[test]
fn a_shops_grid_is_kept_beside_a_buying_guide_that_outweighs_it() {
    // (page, kept, removed): a category page's grid of 24 priced lanterns stays beside the guide
    // that outweighs it, and the menus still go.
    let category = lantern_category(24, 25);
    let rows: [(&str, &[&str], &[&str]); 1] = [(
        &category,
        &["Harbour Lantern in brass", "€116.00", "Pier Lantern in copper", "seven centimetres across"],
        &["Skip to content", "Sign in", "Quay Workshop\n"],
    )];
    for (page, kept, removed) in rows {
        let cleaner = Cleaner::default();
        let cleaned = cleaner.clean(page);
        assert_text(&cleaned, kept, removed);
        assert_eq!(cleaner.clean(&cleaned.text()).text(), cleaned.text(), "the result cleans to itself");
    }
}

#[test]
fn a_notice_for_a_browser_without_scripts_is_boilerplate() {
    // A notice printed where a widget whose script never ran stood, between two paragraphs of a
    // post; in several languages. A paragraph about the language itself stays.
    let notices = [
        "JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.",
        "You need to enable JavaScript to run this app.",
        "Your browser does not support the video tag.",
        "Bitte aktivieren Sie JavaScript, um diese Karte zu sehen.",
        "Veuillez activer JavaScript pour afficher la carte.",
        "Por favor, habilita JavaScript para ver este mapa.",
        "Per favore abilita JavaScript per vedere la mappa.",
    ];
    let first = "The harbour ferry will keep running through the winter for the first time, the council \
        decided on Monday after a long debate about costs and safety on the crossing.";
    let second = "Councillors said the service had carried more passengers this year than ever before, and \
        that the harbour master had asked for a second boat for the busiest weeks of the summer.";
    let about = "JavaScript runs in the reader's browser, and the timetable page sends it with the map.";
    for notice in notices {
        let page = format!("Ferry to run through the winter\n{first}\n{notice}\n{about}\n{second}\n");
        let cleaned = Cleaner::default().clean(&page);
        assert_text(&cleaned, &["keep running through the winter", "a second boat", "runs in the reader"], &[notice]);
    }
}

/// A tutorial's page as converters print it: each code listing with its line numbers on lines of
/// their own, between the paragraphs that introduce and explain it.
fn tutorial(listing: &str) -> String {
    format!(
        "Send a message with the client library | Example Docs\nHome\nProducts\nDocs\nPricing\nSign in\n\
         Send a message with the client library\n\
         This guide shows how to send a message from a small program, and how to read the answer that the \
         service returns to you.\n\
         Install the library with the package manager of your language before you start, and keep your \
         account key at hand.\n\
         Create a file called send.py and paste in the following code:\n{listing}\
         Run the program from the terminal in the folder that holds the file, and the message id is printed \
         after a few seconds.\n\
         The answer holds the message's status as well, which tells you whether the message was queued, sent \
         or delivered.\nWas this page helpful?\nYes\nNo\nTerms of service\nPrivacy\n"
    )
}

#[test]
fn a_code_listing_with_its_line_numbers_stays_whole_in_the_documentation() {
    let code = [
        "import os",
        "from example import Client",
        "",
        "# read the key from the environment",
        "key = os.environ[\"EXAMPLE_KEY\"]",
        "client = Client(key)",
        "",
        "message = client.messages.create(",
        "    body=\"Hello there\",",
        "    to=\"+15550000000\",",
        ")",
        "",
        "print(message.id)",
        "print(message.status)",
    ];
    let numbered: String = code.iter().enumerate().map(|(n, line)| format!("{}\n{line}\n", n + 1)).collect();
    let page = tutorial(&numbered);
    let cleaned = as_page().clean(&page);
    let text = cleaned.text();
    // Every line of code and every number, in order, and the paragraph after the listing.
    let kept: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let at = kept.iter().position(|l| *l == "1").expect("the listing's first number");
    let expected: Vec<String> =
        numbered.lines().filter(|l| !l.trim().is_empty()).map(|l| l.trim().to_string()).collect();
    let listing: Vec<String> = kept[at..at + expected.len()].iter().map(|l| l.trim().to_string()).collect();
    assert_eq!(listing, expected);
    assert_text(&cleaned, &["Run the program from the terminal"], &["Was this page helpful?", "Pricing"]);
}
