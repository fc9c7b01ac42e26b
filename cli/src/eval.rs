//! `dechaff eval DIR`: clean every page of a directory and score it against its gold.

use crate::settings::Settings;
use crate::{Failure, read_input};
use clap::Args;
use dechaff::eval::{self, FieldCount, Score, SnippetCounts, Summary, WordScore};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The arguments of `dechaff eval`.
#[derive(Args)]
pub struct EvalArgs {
    /// Directory of ID.txt pages, each with ID.gold.txt, ID.labels.tsv or ID.snippets.json.
    dir: PathBuf,
    /// List the K pages with the lowest F1.
    #[arg(long, value_name = "K")]
    worst: Option<usize>,
    /// Also print one line per detected language.
    #[arg(long)]
    by_language: bool,
    /// Read the gold from this directory instead of DIR: score the pages of DIR (an extractor's
    /// output, say) against the gold of the pages they came from.
    #[arg(long, value_name = "GOLD_DIR")]
    gold: Option<PathBuf>,
    /// Score the pages as they are, without cleaning them (to score an extractor alone).
    #[arg(long)]
    as_is: bool,
    /// Score only the pages FILE lists, one id a line (the held-out part of a development set).
    #[arg(long, value_name = "FILE", conflicts_with = "skip_ids")]
    ids: Option<PathBuf>,
    /// Score every page but those FILE lists, one id a line (the part to tune on).
    #[arg(long, value_name = "FILE")]
    skip_ids: Option<PathBuf>,
    /// Clean each page without its URL: by default a page's ID.url, when there is one, is passed
    /// with it, as a pipeline passes a record's URL.
    #[arg(long)]
    no_url: bool,
    #[command(flatten)]
    settings: Settings,
}

/// Where a page's gold comes from.
enum Gold {
    /// `ID.gold.txt`: the article as text.
    Text(PathBuf),
    /// `ID.labels.tsv`: a header row, then `line<TAB>label<TAB>...` rows; the gold is the page's
    /// lines labelled `body`.
    Labels(PathBuf),
    /// `ID.snippets.json`: `{"with": [...], "without": [...]}`, pieces of the article that must
    /// appear and of boilerplate that must not.
    Snippets(PathBuf),
}

/// One page's score, by the kind of gold it had.
enum PageScore {
    /// A gold text (or labelled lines): the shingle metric and word F1.
    Text(Score, WordScore),
    Snippets(SnippetCounts),
}

impl PageScore {
    /// The page's F1 that `--worst` ranks by: shingles or snippets.
    fn f1(&self) -> f64 {
        match self {
            PageScore::Text(score, _) => score.f1(),
            PageScore::Snippets(counts) => counts.f1(),
        }
    }
}

/// One scored page: its id, detected language, page type (from the gold's `ID.meta.json`) and score.
struct Scored<'a> {
    id: &'a str,
    language: String,
    page_type: Option<String>,
    score: PageScore,
}

/// Scores of pages of one kind of gold: shingle scores are averaged over pages, snippet counts
/// summed (micro), as each kind of data set reports them.
fn summarize(scores: &[&PageScore]) -> Summary {
    let shingles: Vec<Score> =
        scores.iter().filter_map(|s| if let PageScore::Text(s, _) = s { Some(*s) } else { None }).collect();
    if !shingles.is_empty() {
        return eval::summarize(&shingles);
    }
    let snippets: Vec<SnippetCounts> =
        scores.iter().filter_map(|s| if let PageScore::Snippets(c) = s { Some(*c) } else { None }).collect();
    eval::summarize_snippets(&snippets)
}

/// Word F1 over the pages with a gold text, `None` when there are none (snippet folders).
fn summarize_words(scores: &[&PageScore]) -> Option<Summary> {
    let words: Vec<WordScore> =
        scores.iter().filter_map(|s| if let PageScore::Text(_, w) = s { Some(*w) } else { None }).collect();
    (!words.is_empty()).then(|| eval::summarize_words(&words))
}

/// Runs `dechaff eval`.
pub fn run(args: &EvalArgs) -> Result<(), Failure> {
    let cleaner = args.settings.cleaner()?;
    let pages_dir = &args.dir;
    let dir = args.gold.as_ref().unwrap_or(pages_dir);
    let mut pages = golds(dir)?;
    select(args, dir, &mut pages)?;
    let mut scored: Vec<Scored> = Vec::with_capacity(pages.len());
    let mut tally = Tally::default();
    for (id, gold) in &pages {
        scored.push(score_page(args, &cleaner, dir, id, gold, &mut tally)?);
    }
    crate::print_all(report(args, &scored, &tally).as_bytes())
}

/// What `eval` counts beside the scores: pages emptied while their gold is not, and the title,
/// author and date found right, on the pages with an `ID.meta.json`: on all of them, and by page
/// type when the gold gives one.
#[derive(Default)]
struct Tally {
    empty: usize,
    /// Keyed by page type; `None` for all pages.
    meta: BTreeMap<Option<String>, MetaTally>,
}

/// The metadata found right on a set of pages.
#[derive(Default)]
struct MetaTally {
    fields: [FieldCount; 3],
    with_meta: usize,
    /// Of the pages with a gold author, those given one, and how many of those were right.
    authors_given: FieldCount,
    /// Of the pages with a gold date, those given one, and how many of those were right.
    dates_given: FieldCount,
    /// The pages whose gold day is in their text or URL, and on how many the date was right.
    dates_findable: FieldCount,
}

impl Tally {
    /// Checks the title, author and date `cleaned` found against the page's gold metadata.
    fn check_metadata(&mut self, cleaned: &dechaff::Cleaned, gold: &GoldMeta, page: &str, url: Option<&str>) {
        let author = gold.author.as_deref().map(|g| eval::author_matches(cleaned.byline(), g));
        let date = gold.date.as_deref().map(|g| eval::date_matches(cleaned.published(), g));
        let findable = gold.date.as_deref().is_some_and(|g| eval::day_in_page(page, url, g));
        let checks = [gold.title.as_deref().map(|g| eval::title_matches(cleaned.title(), g)), author, date];
        let keys = [None, gold.page_type.clone()];
        for key in keys.into_iter().take(if gold.page_type.is_some() { 2 } else { 1 }) {
            let tally = self.meta.entry(key).or_default();
            tally.with_meta += 1;
            for (count, check) in tally.fields.iter_mut().zip(checks) {
                if let Some(right) = check {
                    count.add(right);
                }
            }
            if let Some(right) = author.filter(|_| cleaned.byline().is_some()) {
                tally.authors_given.add(right);
            }
            if let Some(right) = date.filter(|_| cleaned.published().is_some()) {
                tally.dates_given.add(right);
            }
            if let Some(right) = date.filter(|_| findable) {
                tally.dates_findable.add(right);
            }
        }
    }
}

/// Keeps the pages `--ids` lists, or drops those `--skip-ids` lists. An id that is not a page of
/// `dir` is an error: a list made for another folder would otherwise select nothing, or everything.
fn select(args: &EvalArgs, dir: &Path, pages: &mut BTreeMap<String, Gold>) -> Result<(), Failure> {
    let (path, keep) = match (&args.ids, &args.skip_ids) {
        (Some(path), _) => (path, true),
        (None, Some(path)) => (path, false),
        (None, None) => return Ok(()),
    };
    let listed = read_ids(path)?;
    let unknown: Vec<&str> = listed.iter().filter(|id| !pages.contains_key(*id)).map(String::as_str).collect();
    if let Some(first) = unknown.first() {
        return Err(Failure::Usage(format!(
            "{}: {} ids are not pages of {} with a gold (the first: {first})",
            path.display(),
            unknown.len(),
            dir.display()
        )));
    }
    pages.retain(|id, _| listed.contains(id) == keep);
    if pages.is_empty() {
        return Err(Failure::Usage(format!("{}: no page of {} left to score", path.display(), dir.display())));
    }
    Ok(())
}

/// The ids of a list file: one a line, blank lines and lines starting with `#` skipped.
fn read_ids(path: &Path) -> Result<BTreeSet<String>, Failure> {
    let list = read_input(Some(path))?;
    Ok(list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_owned).collect())
}

/// Every page of `dir` with a gold, by its id: a gold text first, then labels, then snippets.
fn golds(dir: &Path) -> Result<BTreeMap<String, Gold>, Failure> {
    let entries = std::fs::read_dir(dir).map_err(|e| Failure::Run(format!("{}: {e}", dir.display())))?;
    let mut pages: BTreeMap<String, Gold> = BTreeMap::new();
    for name in entries.filter_map(|e| e.ok()?.file_name().into_string().ok()) {
        // One gold per page: a gold text first, then labels, then snippets.
        let (id, gold, rank) = if let Some(id) = name.strip_suffix(".gold.txt") {
            (id, Gold::Text(dir.join(&name)), 0)
        } else if let Some(id) = name.strip_suffix(".labels.tsv") {
            (id, Gold::Labels(dir.join(&name)), 1)
        } else if let Some(id) = name.strip_suffix(".snippets.json") {
            (id, Gold::Snippets(dir.join(&name)), 2)
        } else {
            continue;
        };
        let better = pages.get(id).is_none_or(|old| rank < gold_rank(old));
        if better {
            pages.insert(id.to_owned(), gold);
        }
    }
    if pages.is_empty() {
        return Err(Failure::Usage(format!(
            "{}: no gold to score against: eval looks for ID.txt pages with ID.gold.txt (the article's text), \
             ID.labels.tsv (line labels, `body` for the article) or ID.snippets.json (`with` and `without` snippets)",
            dir.display()
        )));
    }
    let kinds = pages.values().map(|g| matches!(g, Gold::Snippets(_))).collect::<std::collections::BTreeSet<_>>();
    if kinds.len() > 1 {
        return Err(Failure::Usage(format!(
            "{}: some pages have snippets and others a gold text: score them as two folders",
            dir.display()
        )));
    }
    Ok(pages)
}

/// Cleans page `id` and scores it against its gold.
fn score_page<'a>(
    args: &EvalArgs,
    cleaner: &dechaff::Cleaner,
    dir: &Path,
    id: &'a str,
    gold: &Gold,
    tally: &mut Tally,
) -> Result<Scored<'a>, Failure> {
    let page = read_input(Some(&args.dir.join(format!("{id}.txt"))))?;
    let meta_path = dir.join(format!("{id}.meta.json"));
    let meta = if meta_path.is_file() { Some(gold_meta(&read_input(Some(&meta_path))?, &meta_path)?) } else { None };
    let url_path = dir.join(format!("{id}.url"));
    let url = if !args.no_url && url_path.is_file() {
        Some(read_input(Some(&url_path))?.trim().to_owned()).filter(|u| !u.is_empty())
    } else {
        None
    };
    let (text, language) = if args.as_is {
        (page.clone(), "unknown".to_owned())
    } else {
        let cleaned = cleaner.clean_page(&page, url.as_deref());
        if let Some(meta) = &meta {
            tally.check_metadata(&cleaned, meta, &page, url.as_deref());
        }
        (cleaned.text(), cleaned.language().map_or("unknown", |l| l.code()).to_owned())
    };
    let (score, gold_is_empty) = score_text(args, dir, id, &page, &text, gold)?;
    if text.trim().is_empty() && !gold_is_empty {
        tally.empty += 1;
    }
    Ok(Scored { id, language, page_type: meta.and_then(|m| m.page_type), score })
}

/// Scores `text`, the output for `page`, against the gold; also says whether the gold is empty.
fn score_text(
    args: &EvalArgs,
    dir: &Path,
    id: &str,
    page: &str,
    text: &str,
    gold: &Gold,
) -> Result<(PageScore, bool), Failure> {
    let text_score = |gold: &str| PageScore::Text(Score::new(text, gold), WordScore::new(text, gold));
    Ok(match gold {
        Gold::Text(path) => {
            let gold = read_input(Some(path))?;
            (text_score(&gold), gold.trim().is_empty())
        }
        Gold::Labels(path) => {
            // The labels number the lines of the page they were written for.
            let labelled =
                if args.gold.is_some() { read_input(Some(&dir.join(format!("{id}.txt"))))? } else { page.to_owned() };
            let gold = body_lines(&labelled, &read_input(Some(path))?, path)?;
            (text_score(&gold), gold.trim().is_empty())
        }
        Gold::Snippets(path) => {
            let (with, without) = snippets(&read_input(Some(path))?, path)?;
            (PageScore::Snippets(SnippetCounts::new(text, &with, &without)), with.is_empty())
        }
    })
}

/// The report `eval` prints: the worst pages, the languages and the page types when asked or
/// known, then the totals, the shingle line last.
fn report(args: &EvalArgs, scored: &[Scored], tally: &Tally) -> String {
    // Printed whole at the end, so a reader that goes away early is not an error.
    let mut report = String::new();
    if let Some(k) = args.worst {
        worst_lines(&mut report, scored, k);
    }
    if args.by_language {
        let mut languages: BTreeMap<&str, Vec<&PageScore>> = BTreeMap::new();
        for page in scored {
            languages.entry(&page.language).or_default().push(&page.score);
        }
        for (language, scores) in languages {
            let s = summarize(&scores);
            let _ = writeln!(
                report,
                "language {language} docs {} precision {:.3} recall {:.3} f1 {:.3}",
                s.docs, s.precision, s.recall, s.f1
            );
        }
    }
    type_lines(&mut report, scored);
    tally_lines(&mut report, tally);
    let all: Vec<&PageScore> = scored.iter().map(|page| &page.score).collect();
    if let Some(w) = summarize_words(&all) {
        let _ =
            writeln!(report, "word docs {} precision {:.3} recall {:.3} f1 {:.3}", w.docs, w.precision, w.recall, w.f1);
    }
    let s = summarize(&all);
    let _ = writeln!(report, "docs {} precision {:.3} recall {:.3} f1 {:.3}", s.docs, s.precision, s.recall, s.f1);
    report
}

/// The `k` pages with the lowest F1: id, detected language, the page's scores.
fn worst_lines(report: &mut String, scored: &[Scored], k: usize) {
    let mut ranked: Vec<&Scored> = scored.iter().collect();
    ranked.sort_by(|a, b| a.score.f1().total_cmp(&b.score.f1()));
    for page in ranked.into_iter().take(k) {
        let detail = match &page.score {
            PageScore::Text(s, _) => format!("precision {:.3} recall {:.3}", s.precision().unwrap_or(0.0), s.recall()),
            PageScore::Snippets(c) => format!("found {} missed {} leaked {}", c.found, c.missed, c.leaked),
        };
        let _ = writeln!(report, "{} {} {detail} f1 {:.3}", page.id, page.language, page.score.f1());
    }
}

/// One line per page type when the gold's `ID.meta.json` has `page_type` (pages without one are
/// `unknown`), then the `all` row: word F1 and shingle F1. Only for gold texts.
fn type_lines(report: &mut String, scored: &[Scored]) {
    if scored.iter().all(|page| page.page_type.is_none()) {
        return;
    }
    let mut types: BTreeMap<&str, Vec<&PageScore>> = BTreeMap::new();
    for page in scored {
        types.entry(page.page_type.as_deref().unwrap_or("unknown")).or_default().push(&page.score);
    }
    let all: Vec<&PageScore> = scored.iter().map(|page| &page.score).collect();
    for (page_type, scores) in types.iter().map(|(t, s)| (*t, s)).chain([("all", &all)]) {
        if let Some(words) = summarize_words(scores) {
            let shingles = summarize(scores);
            let _ = writeln!(
                report,
                "type {page_type} docs {} word-f1 {:.3} shingle-f1 {:.3}",
                words.docs, words.f1, shingles.f1
            );
        }
    }
}

/// The `empty` and `metadata` lines, when there is something to count: all pages, then each
/// page type.
fn tally_lines(report: &mut String, tally: &Tally) {
    if tally.empty > 0 {
        let _ = writeln!(report, "empty {} (pages cleaned to nothing while their gold is not empty)", tally.empty);
    }
    for (page_type, meta) in &tally.meta {
        let MetaTally { fields: [title, author, date], with_meta, authors_given, dates_given, dates_findable } = meta;
        let scope = page_type.as_ref().map_or(String::new(), |t| format!("type {t} "));
        let _ = writeln!(
            report,
            "metadata {scope}docs {with_meta} title {:.3} ({}/{}) author {:.3} ({}/{}) date {:.3} ({}/{})",
            title.share(),
            title.correct,
            title.gold,
            author.share(),
            author.correct,
            author.gold,
            date.share(),
            date.correct,
            date.gold
        );
        let wrong = dates_given.gold - dates_given.correct;
        let _ = writeln!(
            report,
            "metadata {scope}given: author right {:.3} ({}/{}), date wrong {:.3} ({wrong}/{}); date where the page gives its day {:.3} ({}/{})",
            authors_given.share(),
            authors_given.correct,
            authors_given.gold,
            if dates_given.gold == 0 { 0.0 } else { wrong as f64 / dates_given.gold as f64 },
            dates_given.gold,
            dates_findable.share(),
            dates_findable.correct,
            dates_findable.gold
        );
    }
}

/// A page's gold metadata: `{"title", "author", "date", "page_type"}` (or `"byline"` for the
/// author), each a string or null; the date is `YYYY-MM-DD` or as the page writes it.
#[derive(serde::Deserialize)]
struct GoldMeta {
    title: Option<String>,
    #[serde(alias = "byline")]
    author: Option<String>,
    date: Option<String>,
    /// The benchmark's page type (`article`, `forum`, `listing`...), for the per-type lines.
    page_type: Option<String>,
}

fn gold_meta(json: &str, path: &Path) -> Result<GoldMeta, Failure> {
    serde_json::from_str(json).map_err(|e| Failure::Run(format!("{}: {e}", path.display())))
}

fn gold_rank(gold: &Gold) -> u8 {
    match gold {
        Gold::Text(_) => 0,
        Gold::Labels(_) => 1,
        Gold::Snippets(_) => 2,
    }
}

/// The `with` and `without` lists of a snippets file.
fn snippets(json: &str, path: &Path) -> Result<(Vec<String>, Vec<String>), Failure> {
    #[derive(serde::Deserialize)]
    struct Snippets {
        #[serde(default)]
        with: Vec<String>,
        #[serde(default)]
        without: Vec<String>,
    }
    let parsed: Snippets = serde_json::from_str(json).map_err(|e| Failure::Run(format!("{}: {e}", path.display())))?;
    Ok((parsed.with, parsed.without))
}

/// The lines of `page` that `labels` marks `body`, in order, trimmed.
fn body_lines(page: &str, labels: &str, path: &Path) -> Result<String, Failure> {
    let lines: Vec<&str> = page.lines().collect();
    let mut gold = Vec::new();
    for (i, row) in labels.lines().enumerate().skip(1).filter(|(_, row)| !row.trim().is_empty()) {
        let mut fields = row.split('\t');
        let line = fields.next().and_then(|n| n.trim().parse::<usize>().ok());
        let label = fields.next().map(str::trim);
        match (line, label) {
            (Some(n), Some(label)) if n >= 1 && n <= lines.len() => {
                if label == "body" {
                    gold.push(lines[n - 1].trim());
                }
            }
            _ => {
                return Err(Failure::Run(format!(
                    "{}:{}: expected `LINE<TAB>LABEL` with a line of the page",
                    path.display(),
                    i + 1
                )));
            }
        }
    }
    Ok(gold.join("\n"))
}
