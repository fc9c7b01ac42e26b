//! `dechaff eval DIR`: clean every page of a directory and score it against its gold text.

use crate::settings::Settings;
use crate::{Failure, read_input};
use clap::Args;
use dechaff::eval::{self, Score};
use std::path::{Path, PathBuf};

/// The arguments of `dechaff eval`.
#[derive(Args)]
pub struct EvalArgs {
    /// Directory of ID.txt pages, each with ID.gold.txt or ID.labels.tsv.
    dir: PathBuf,
    /// List the K pages with the lowest F1.
    #[arg(long, value_name = "K")]
    worst: Option<usize>,
    #[command(flatten)]
    settings: Settings,
}

/// Where a page's gold text comes from.
enum Gold {
    /// `ID.gold.txt`: the article as text.
    Text(PathBuf),
    /// `ID.labels.tsv`: a header row, then `line<TAB>label<TAB>...` rows; the gold is the page's
    /// lines labelled `body`.
    Labels(PathBuf),
}

/// Runs `dechaff eval`.
pub fn run(args: &EvalArgs) -> Result<(), Failure> {
    let cleaner = args.settings.cleaner()?;
    let dir = &args.dir;
    let entries = std::fs::read_dir(dir).map_err(|e| Failure::Run(format!("{}: {e}", dir.display())))?;
    let mut pages: Vec<(String, Gold)> = Vec::new();
    for name in entries.filter_map(|e| e.ok()?.file_name().into_string().ok()) {
        if let Some(id) = name.strip_suffix(".gold.txt") {
            pages.push((id.to_owned(), Gold::Text(dir.join(&name))));
        } else if let Some(id) = name.strip_suffix(".labels.tsv") {
            // A gold text, when both exist, is the reference.
            if !dir.join(format!("{id}.gold.txt")).exists() {
                pages.push((id.to_owned(), Gold::Labels(dir.join(&name))));
            }
        }
    }
    if pages.is_empty() {
        return Err(Failure::Usage(format!(
            "{}: no gold to score against: eval looks for ID.txt pages with ID.gold.txt (the article's text) or \
             ID.labels.tsv (line labels, `body` for the article)",
            dir.display()
        )));
    }
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    let mut scores = Vec::with_capacity(pages.len());
    for (id, gold) in &pages {
        let page = read_input(Some(&dir.join(format!("{id}.txt"))))?;
        let gold = match gold {
            Gold::Text(path) => read_input(Some(path))?,
            Gold::Labels(path) => body_lines(&page, &read_input(Some(path))?, path)?,
        };
        scores.push(Score::new(&cleaner.clean(&page).text(), &gold));
    }
    if let Some(k) = args.worst {
        let mut ranked: Vec<(&String, &Score)> = pages.iter().map(|(id, _)| id).zip(&scores).collect();
        ranked.sort_by(|a, b| a.1.f1().total_cmp(&b.1.f1()));
        for (id, score) in ranked.into_iter().take(k) {
            println!(
                "{id} precision {:.3} recall {:.3} f1 {:.3}",
                score.precision().unwrap_or(0.0),
                score.recall(),
                score.f1()
            );
        }
    }
    let s = eval::summarize(&scores);
    println!("docs {} precision {:.3} recall {:.3} f1 {:.3}", s.docs, s.precision, s.recall, s.f1);
    Ok(())
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
