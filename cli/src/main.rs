//! The `dechaff` command: clean files or stdin, explain verdicts, score against gold text, clean
//! JSON Lines in a pipeline.

mod jsonl;
mod output;
mod record;

use clap::{Parser, Subcommand};
use dechaff::eval::{self, Score};
use dechaff::{Cleaned, Cleaner};
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Strip boilerplate from the plain text of article pages.
#[derive(Parser)]
#[command(name = "dechaff", version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files to clean (standard input when none, or for `-`).
    files: Vec<PathBuf>,
    /// Print every block with its verdict and reason.
    #[arg(long, conflicts_with = "json")]
    explain: bool,
    /// Print one JSON object per input: title, byline, date, text and blocks.
    #[arg(long)]
    json: bool,
    /// Use rules only, without the statistical heuristics.
    #[arg(long)]
    rules_only: bool,
    /// Write to FILE (replaced only when the whole run succeeds) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Clean every ID.txt in DIR and score it against ID.gold.txt (shingle precision, recall, F1).
    Eval {
        /// Directory of ID.txt and ID.gold.txt files.
        dir: PathBuf,
        /// List the K pages with the lowest F1.
        #[arg(long, value_name = "K")]
        worst: Option<usize>,
        /// Use rules only, without the statistical heuristics.
        #[arg(long)]
        rules_only: bool,
    },
    /// Clean one field of every record of JSON Lines files, in parallel and in order.
    ///
    /// Reads plain or gzipped files (standard input when none). Each record gets its field
    /// replaced by the cleaned text and a `dechaff` object: title, byline, date and the count of
    /// removed blocks per reason. Every other field is copied byte for byte.
    Jsonl(jsonl::JsonlArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Eval { dir, worst, rules_only }) => run_eval(dir, *worst, *rules_only),
        Some(Command::Jsonl(args)) => jsonl::run(args, &cleaner(args.rules_only)),
        None => run_clean(&cli),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("dechaff: {message}");
            ExitCode::from(1)
        }
    }
}

fn cleaner(rules_only: bool) -> Cleaner {
    Cleaner::builder().heuristics(!rules_only).build().expect("built-in configuration is valid")
}

/// Reads a file (stdin for `None`), lossily when it is not UTF-8.
fn read_input(path: Option<&Path>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match path {
        None => io::stdin().read_to_end(&mut bytes).map_err(|e| format!("standard input: {e}"))?,
        Some(p) => {
            bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
            bytes.len()
        }
    };
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let name = path.map_or("standard input".into(), |p| p.display().to_string());
            eprintln!("dechaff: warning: {name} is not valid UTF-8; invalid bytes were replaced");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    })
}

fn run_clean(cli: &Cli) -> Result<(), String> {
    let cleaner = cleaner(cli.rules_only);
    let inputs: Vec<Option<&Path>> = if cli.files.is_empty() {
        vec![None]
    } else {
        cli.files.iter().map(|p| (p.as_os_str() != "-").then_some(p.as_path())).collect()
    };
    let to_file = cli.output.as_deref().is_some_and(|p| p.as_os_str() != "-");
    let color = !to_file && io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    // A file is written under a temporary name and renamed when every input is done, so a failed
    // run never leaves half an output.
    let mut output = output::Output::open(cli.output.as_deref())?;
    for path in inputs {
        let text = match read_input(path) {
            Ok(text) => text,
            Err(message) => {
                let _ = output.abandon();
                return Err(message);
            }
        };
        let cleaned = cleaner.clean(&text);
        let out = output.writer();
        let written = if cli.json {
            writeln!(out, "{}", to_json(&cleaned))
        } else if cli.explain {
            explain(out, &cleaned, color)
        } else {
            writeln!(out, "{}", cleaned.text())
        };
        if let Err(e) = written {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Ok(());
            }
            return Err(format!("writing {}: {e}", output.name()));
        }
    }
    let name = output.name();
    output
        .commit()
        .or_else(|e| if e.kind() == io::ErrorKind::BrokenPipe { Ok(()) } else { Err(format!("writing {name}: {e}")) })
}

fn explain(out: &mut dyn Write, cleaned: &Cleaned<'_>, color: bool) -> io::Result<()> {
    for block in cleaned.blocks() {
        let text = &cleaned.input()[block.span.clone()];
        let (mark, paint) = if block.kept { ("+", "\x1b[32m") } else { ("-", "\x1b[2m") };
        let reason = block.reason.as_str();
        if color {
            writeln!(out, "{paint}{mark} {:>4} {reason:<20}\x1b[0m {text}", block.line)?;
        } else {
            writeln!(out, "{mark} {:>4} {reason:<20} {text}", block.line)?;
        }
    }
    Ok(())
}

fn to_json(cleaned: &Cleaned<'_>) -> String {
    let blocks: Vec<serde_json::Value> = cleaned
        .blocks()
        .iter()
        .map(|b| {
            serde_json::json!({
                "start": b.span.start,
                "end": b.span.end,
                "line": b.line,
                "kept": b.kept,
                "reason": b.reason.as_str(),
            })
        })
        .collect();
    serde_json::json!({
        "title": cleaned.title(),
        "byline": cleaned.byline(),
        "date": cleaned.date(),
        "text": cleaned.text(),
        "blocks": blocks,
    })
    .to_string()
}

fn run_eval(dir: &Path, worst: Option<usize>, rules_only: bool) -> Result<(), String> {
    let cleaner = cleaner(rules_only);
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut ids: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter_map(|name| name.strip_suffix(".gold.txt").map(str::to_owned))
        .collect();
    ids.sort();
    let mut scores = Vec::with_capacity(ids.len());
    for id in &ids {
        let page = read_input(Some(&dir.join(format!("{id}.txt"))))?;
        let gold = read_input(Some(&dir.join(format!("{id}.gold.txt"))))?;
        scores.push(Score::new(&cleaner.clean(&page).text(), &gold));
    }
    if let Some(k) = worst {
        let mut ranked: Vec<(&String, &Score)> = ids.iter().zip(&scores).collect();
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
