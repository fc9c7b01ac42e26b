//! What kind of text a cleaner is given (`Input`): an extractor's output keeps its lists and loses
//! only its leftovers, a page with menus and a footer is cleaned as a page, and the default tells
//! the two apart.

mod support;

use dechaff::{Error, Input, clean};
use support::{as_extract, as_page, assert_kept, assert_removed, explain, reasons};

#[test]
fn input_kinds_parse_by_name() {
    for input in Input::ALL {
        assert_eq!(input.name().parse::<Input>().unwrap(), input);
        assert_eq!(input.to_string().to_uppercase().parse::<Input>().unwrap(), input);
    }
    assert!(matches!("html".parse::<Input>(), Err(Error::UnknownName { kind: "input kind", .. })));
    assert_eq!(Input::default(), Input::Auto);
}

/// A page of text whose article comes with menus before it and a footer after it.
fn framed(article: &str) -> String {
    let menu = "Home\nNews\nSport\nWeather\nCulture\nContact\n\n";
    let footer = "\nImprint\nPrivacy policy\nCookie settings\nContact us\nFollow us on Facebook\n";
    format!("{menu}{article}{footer}")
}

const EXTRACT: &str = "The regional rail operator will add late trains on three lines from June, it said on \
    Tuesday, after a year of complaints from shift workers about the last connections home.\n\
    New last departures:\n- Northline: 23:40\n- Coastline: 23:55\n- Valley line: 00:10\n\
    The operator says the trains will run at least until the end of next year and will be reviewed \
    with the unions in the autumn, when the first figures on passenger numbers are in.\n\
    Share this article\n";

#[test]
fn an_extract_keeps_its_lists_and_loses_only_its_leftovers() {
    let extracted = as_extract().clean(EXTRACT);
    let kept: Vec<&str> = extracted.blocks().iter().filter(|b| b.kept).map(|b| b.text(EXTRACT)).collect();
    assert_eq!(kept.len(), 6, "{}", explain(&extracted));
    assert_eq!(reasons(&extracted).last(), Some(&"social".to_owned()), "{}", explain(&extracted));
    // The default takes it for an extract too: no menu before it, no footer after it.
    assert_eq!(clean(EXTRACT).text(), extracted.text());
}

#[test]
fn the_default_takes_a_page_with_menus_and_a_footer_for_a_page() {
    let page = framed(EXTRACT);
    let default = clean(&page);
    let page_cleaned = as_page().clean(&page);
    assert_eq!(default.text(), page_cleaned.text(), "{}", explain(&default));
    assert_removed(&default, &["Cookie settings"]);
    // As an extract, the menu lines no rule names stay.
    assert_kept(&as_extract().clean(&page), &["Weather"]);
}

/// An extract that ends in a markdown table and a bulleted list, as trafilatura writes them:
/// the table's rows have no figures and look like link rows, the list's items like headlines.
const EXTRACT_WITH_TABLE: &str = "Most small harbours lost their winter ferries in the last ten years, because \
    the crossings cost more than the fares bring in and councils had other priorities.\n\n\
    The table below compares the crossings that still run all year and what each of them costs.\n\n\
    | Crossing | Operator | Cost per year | Note |\n|---|---|---|---|\n\
    | North Quay to the island | Council | high | runs hourly |\n\
    | Old Harbour to the point | Private | low | weekends only |\n\
    | Mill Bay to the lighthouse | Council | medium | no cars |\n\
    | Salt Pans to the marsh | Trust | low | summer timetable |\n\n\
    What the operators said:\n- More crossings in the dark months\n\
    - A second boat for the busiest route\n- New fares for residents\n";

#[test]
fn an_extract_ending_in_a_table_and_a_list_is_taken_for_one() {
    let cleaned = clean(EXTRACT_WITH_TABLE);
    assert_eq!(cleaned.text(), EXTRACT_WITH_TABLE.trim_end(), "{}", explain(&cleaned));
    // As a page, the table's rows are link rows.
    assert_removed(&as_page().clean(EXTRACT_WITH_TABLE), &["| Mill Bay"]);
}
