//! Every labelled line of every corpus document: body lines are kept, all others removed, and the
//! title, byline and date lines are the metadata dechaff returns.
//!
//! Lines dechaff is known to get wrong are listed, each with the reason, in
//! `corpus/known-failures.tsv`. The test fails when any other line is wrong, and also when a listed
//! line comes out right, so the list only ever shrinks.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

struct Label {
    line: usize,
    label: String,
}

fn labels(path: &Path) -> Vec<Label> {
    let text = fs::read_to_string(path).expect("labels file is readable");
    text.lines()
        .skip(1)
        .filter(|row| !row.trim().is_empty())
        .map(|row| {
            let mut fields = row.split('\t');
            let line = fields.next().and_then(|n| n.parse().ok()).expect("line number");
            let label = fields.next().expect("label").to_owned();
            Label { line, label }
        })
        .collect()
}

fn known_failures(path: &Path) -> BTreeSet<(String, usize)> {
    let text = fs::read_to_string(path).expect("known-failures.tsv is readable");
    text.lines()
        .skip(1)
        .filter(|row| !row.trim().is_empty())
        .map(|row| {
            let mut fields = row.split('\t');
            let document = fields.next().expect("document").to_owned();
            let line = fields.next().and_then(|n| n.parse().ok()).expect("line number");
            assert!(fields.next().is_some_and(|why| !why.trim().is_empty()), "{row}: every known failure says why");
            (document, line)
        })
        .collect()
}

#[test]
fn corpus_documents_clean_to_their_labels() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let known = known_failures(&dir.join("known-failures.tsv"));
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("corpus directory")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".labels.tsv").map(str::to_owned))
        .collect();
    names.sort();
    assert!(names.len() >= 30, "the corpus has {} documents", names.len());

    let mut failures = Vec::new();
    let mut lines_checked = 0;
    let mut per_label: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for name in &names {
        let text = fs::read_to_string(dir.join(format!("{name}.txt"))).expect("document is readable");
        let cleaned = dechaff::clean(&text);
        let by_line: BTreeMap<usize, &dechaff::BlockVerdict> = cleaned.blocks().iter().map(|b| (b.line, b)).collect();
        let labels = labels(&dir.join(format!("{name}.labels.tsv")));
        assert_eq!(labels.len(), cleaned.blocks().len(), "{name}: every block has a label");
        for Label { line, label } in labels {
            let block = by_line.get(&line).unwrap_or_else(|| panic!("{name}:{line} is not a block"));
            let block_text = &text[block.span.clone()];
            lines_checked += 1;
            let entry = per_label.entry(label.clone()).or_default();
            entry.1 += 1;
            let ok = match label.as_str() {
                "body" => block.kept,
                "title" => !block.kept && cleaned.title().is_some_and(|t| block_text.contains(t)),
                "byline" => !block.kept && cleaned.byline().is_some_and(|b| block_text.contains(b)),
                "date" => !block.kept && cleaned.date().is_some_and(|d| block_text.contains(d)),
                _ => !block.kept,
            };
            let listed = known.contains(&(name.clone(), line));
            if ok {
                entry.0 += 1;
                if listed {
                    failures.push(format!("{name}:{line} is listed in known-failures.tsv but now passes: remove it"));
                }
            } else if !listed {
                failures.push(format!(
                    "{name}:{line} labelled {label}, got {} ({}): {}",
                    if block.kept { "kept" } else { "removed" },
                    block.reason,
                    block_text.chars().take(80).collect::<String>()
                ));
            }
        }
    }
    assert!(known.len() * 20 <= lines_checked, "known failures must stay under 5% of the labelled lines");
    let summary: Vec<String> = per_label.iter().map(|(l, (ok, all))| format!("{l} {ok}/{all}")).collect();
    assert!(
        failures.is_empty(),
        "{} of {lines_checked} labelled lines wrong ({}):\n{}",
        failures.len(),
        summary.join(", "),
        failures.join("\n")
    );
}

/// `corpus/extracted/`: articles as HTML extractors leave them (list marks, table rows, markdown,
/// a few leftover lines at the end). Cleaned as extracts, every article line is kept and every
/// leftover removed; cleaned with the default settings, which may take one for a page, every
/// article line is still kept, or returned as the title, except the lines listed in
/// `corpus/extracted/known-failures.tsv` (the test fails when one of them comes out right).
#[test]
fn extracted_documents_keep_every_article_line() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join("extracted");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("corpus/extracted directory")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".labels.tsv").map(str::to_owned))
        .collect();
    names.sort();
    assert!(names.len() >= 4, "corpus/extracted has {} documents", names.len());
    let as_extract = dechaff::Cleaner::builder().input(dechaff::Input::Extracted).build().expect("default settings");
    let known = known_failures(&dir.join("known-failures.tsv"));
    let mut failures = Vec::new();
    for name in &names {
        let text = fs::read_to_string(dir.join(format!("{name}.txt"))).expect("document is readable");
        let labels = labels(&dir.join(format!("{name}.labels.tsv")));
        for (cleaned, default) in [(as_extract.clean(&text), false), (dechaff::clean(&text), true)] {
            let by_line: BTreeMap<usize, &dechaff::BlockVerdict> =
                cleaned.blocks().iter().map(|b| (b.line, b)).collect();
            assert_eq!(labels.len(), cleaned.blocks().len(), "{name}: every block has a label");
            for Label { line, label } in &labels {
                let block = by_line.get(line).unwrap_or_else(|| panic!("{name}:{line} is not a block"));
                let block_text = &text[block.span.clone()];
                let ok = match (label.as_str(), default) {
                    ("body", false) => block.kept,
                    ("body", true) => block.kept || cleaned.title().is_some_and(|t| block_text.contains(t)),
                    (_, false) => !block.kept,
                    (_, true) => true,
                };
                let listed = default && known.contains(&(name.clone(), *line));
                if ok && listed {
                    failures.push(format!("{name}:{line} is listed in known-failures.tsv but now passes: remove it"));
                } else if !ok && !listed {
                    let how = if default { "default settings" } else { "as an extract" };
                    failures.push(format!("{name}:{line} labelled {label}, {how}: {} ({})", block.kept, block.reason));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
