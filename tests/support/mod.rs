//! Helpers shared by the end-to-end tests: pages cleaned through the public API, and assertions
//! that, when they fail, show each block that came out wrong as `+/- reason | line` (`+ body |
//! ...` for a kept block, `- caption | ...` for a removed one), then the whole page the same way.

// Each test file uses some of the helpers.
#![allow(dead_code)]

use dechaff::{BlockVerdict, Cleaned, Cleaner, Input};

/// A cleaner for whole pages (`Input::Page`).
pub fn as_page() -> Cleaner {
    Cleaner::builder().input(Input::Page).build().unwrap()
}

/// A cleaner for an extractor's output (`Input::Extracted`).
pub fn as_extract() -> Cleaner {
    Cleaner::builder().input(Input::Extracted).build().unwrap()
}

/// One block as `+/- reason | line`.
fn verdict_line(cleaned: &Cleaned<'_>, block: &BlockVerdict) -> String {
    format!("{} {} | {}", if block.kept { '+' } else { '-' }, block.reason, cleaned.block_text(block))
}

/// Every block of the page, one `+/- reason | line` a line.
pub fn explain(cleaned: &Cleaned<'_>) -> String {
    cleaned.blocks().iter().map(|b| verdict_line(cleaned, b) + "\n").collect()
}

/// The blocks `snippet` was cut from: those holding one of its lines, or held in one.
fn blocks_of<'c>(cleaned: &'c Cleaned<'_>, snippet: &str) -> Vec<&'c BlockVerdict> {
    let lines: Vec<&str> = snippet.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    cleaned
        .blocks()
        .iter()
        .filter(|b| {
            let text = cleaned.block_text(b);
            lines.iter().any(|line| text.contains(line) || (!text.is_empty() && line.contains(text)))
        })
        .collect()
}

/// Asserts that the cleaned text contains every snippet of `kept` and none of `removed` (each a
/// substring test on [`Cleaned::text`]). On failure, names each snippet that came out wrong and
/// prints its blocks' verdicts as `+/- reason | line`, then the whole page the same way.
#[track_caller]
pub fn assert_text(cleaned: &Cleaned<'_>, kept: &[&str], removed: &[&str]) {
    let text = cleaned.text();
    let mut wrong = String::new();
    let expectations = kept.iter().map(|s| (s, true)).chain(removed.iter().map(|s| (s, false)));
    for (snippet, expected) in expectations {
        if text.contains(snippet) == expected {
            continue;
        }
        let expectation = if expected { "should be kept" } else { "should be removed" };
        wrong.push_str(&format!("{snippet:?} {expectation}:\n"));
        let blocks = blocks_of(cleaned, snippet);
        if blocks.is_empty() {
            wrong.push_str("    (no block of the input holds it)\n");
        }
        for block in blocks {
            wrong.push_str(&format!("    {}\n", verdict_line(cleaned, block)));
        }
    }
    assert!(wrong.is_empty(), "{wrong}\nthe page:\n{}", explain(cleaned));
}

/// Asserts that the cleaned text contains every snippet of `kept`.
#[track_caller]
pub fn assert_kept(cleaned: &Cleaned<'_>, kept: &[&str]) {
    assert_text(cleaned, kept, &[]);
}

/// Asserts that the cleaned text contains no snippet of `removed`.
#[track_caller]
pub fn assert_removed(cleaned: &Cleaned<'_>, removed: &[&str]) {
    assert_text(cleaned, &[], removed);
}

/// Asserts that the blocks' reasons are `expected`, in order; on failure, prints every block as
/// `+/- reason | line`, marking with `<- expected ...` each that differs.
#[track_caller]
pub fn assert_reasons(cleaned: &Cleaned<'_>, expected: &[&str]) {
    let got: Vec<&str> = cleaned.blocks().iter().map(|b| b.reason.as_str()).collect();
    if got == expected {
        return;
    }
    let mut report = String::new();
    for (k, block) in cleaned.blocks().iter().enumerate() {
        report.push_str(&verdict_line(cleaned, block));
        match expected.get(k) {
            Some(&want) if want == got[k] => {}
            Some(want) => report.push_str(&format!("    <- expected {want}")),
            None => report.push_str("    <- not expected"),
        }
        report.push('\n');
    }
    for want in expected.iter().skip(got.len()) {
        report.push_str(&format!("(missing block)    <- expected {want}\n"));
    }
    panic!("reasons differ: got {got:?}, expected {expected:?}\n{report}");
}

/// The reasons of every block, in order.
pub fn reasons(cleaned: &Cleaned<'_>) -> Vec<String> {
    cleaned.blocks().iter().map(|b| b.reason.as_str().to_owned()).collect()
}

/// Three paragraphs of an article about a harbour ferry.
pub const FERRY_BODY: &str = "The harbour ferry will keep running through the winter for the first time, the council \
    decided on Monday night after a long debate about costs.\n\n\
    Councillors said the service had carried more passengers this year than in any year before, and that families \
    on the island had asked for years not to be cut off between November and March.\n\n\
    The extra crossings will cost about 400,000 pounds a year, which the council plans to cover from parking \
    fees in the town centre.\n";
