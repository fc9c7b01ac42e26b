//! The `dechaff` command: clean files or stdin, explain verdicts, score against gold text, clean
//! JSON Lines in a pipeline. Every decision is the library's; this crate parses arguments, reads
//! and writes.
// Functions stay short enough to read whole: at most 60 lines (clippy.toml) and a cognitive
// complexity of 25 (clippy's default), tests and rule tables aside. See DESIGN.md.
#![cfg_attr(not(test), warn(clippy::too_many_lines, clippy::cognitive_complexity))]

mod eval;
mod features;
mod files;
mod jsonl;
mod output;
mod record;
mod settings;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Strip boilerplate from the plain text of article pages.
#[derive(Parser)]
#[command(name = "dechaff", version, args_conflicts_with_subcommands = true)]
#[command(after_help = "With several inputs, plain output ends each document with a line holding only a form \
    feed (\\f); --explain starts each with a line '==> FILE <=='; --json prints one object per line.")]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    files: files::FilesArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Clean every ID.txt in DIR and score it against its gold (shingle precision, recall, F1).
    ///
    /// The gold of ID.txt is ID.gold.txt or, for a labelled corpus like this repository's
    /// `corpus/`, the lines ID.labels.tsv labels `body`.
    Eval(eval::EvalArgs),
    /// Write the learned layer's features of every ID.txt in DIR as JSON Lines, as the stages
    /// alone judge each block: what `scripts/train.py` trains the model on.
    Features(features::FeaturesArgs),
    /// Clean one field of every record of JSON Lines files, in parallel and in order.
    ///
    /// Reads plain or gzipped files (standard input when none). Each record gets its field
    /// replaced by the cleaned text (or the text written to --output-field) and a `dechaff`
    /// object: title, byline, authors, dates, language, page type and the count of removed blocks
    /// per reason. A null field stays null and gets that object empty. Every other field is copied
    /// byte for byte.
    Jsonl(jsonl::JsonlArgs),
    /// Print a shell completion script: `dechaff completions bash > /etc/bash_completion.d/dechaff`.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `dechaff man > dechaff.1; man ./dechaff.1`.
    Man,
}

/// When to colour `--explain` output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// When standard output is a terminal and NO_COLOR is not set.
    #[default]
    Auto,
    /// Always, also into files and pipes.
    Always,
    /// Never.
    Never,
}

/// Why a run failed, and so its exit status.
#[derive(Debug)]
pub enum Failure {
    /// A bad argument, a bad rules file, an empty eval directory: exit 2.
    Usage(String),
    /// A missing or unreadable input, a malformed record, an unwritable output: exit 1.
    Run(String),
    /// Inputs that could not be read, each reported on standard error when it came while the
    /// others were cleaned, as `cat` and `rg` go on: exit 1.
    Reported,
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Run(message)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    output::clean_up_on_signals();
    let result = match &cli.command {
        Some(Command::Eval(args)) => eval::run(args),
        Some(Command::Features(args)) => features::run(args),
        Some(Command::Jsonl(args)) => args.settings.cleaner().and_then(|cleaner| jsonl::run(args, &cleaner)),
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "dechaff", &mut script);
            print_all(&script)
        }
        Some(Command::Man) => {
            let mut page = Vec::new();
            match clap_mangen::Man::new(Cli::command()).render(&mut page) {
                Ok(()) => print_all(&page),
                Err(e) => Err(Failure::Run(format!("manual page: {e}"))),
            }
        }
        None => files::run(&cli.files),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Run(message)) => {
            eprintln!("dechaff: {message}");
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => {
            eprintln!("dechaff: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Reported) => ExitCode::from(1),
    }
}

/// Writes `bytes` to standard output; a reader that went away is not an error.
pub fn print_all(bytes: &[u8]) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::Run(format!("standard output: {e}"))),
        _ => Ok(()),
    }
}

/// Reads a file (stdin for `None`), gunzipped when it starts with gzip's magic bytes, lossily
/// when it is not UTF-8.
pub fn read_input(path: Option<&std::path::Path>) -> Result<String, String> {
    use std::io::Read;
    let name = || path.map_or("standard input".into(), |p| p.display().to_string());
    let mut bytes = Vec::new();
    match path {
        None => io::stdin().read_to_end(&mut bytes).map_err(|e| format!("standard input: {e}"))?,
        Some(p) => {
            bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
            bytes.len()
        }
    };
    // By its magic bytes, whatever the name, as `jsonl` reads: no text starts with 0x1f 0x8b.
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut text = Vec::new();
        flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut text).map_err(|e| format!("{}: {e}", name()))?;
        bytes = text;
    }
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let name = name();
            eprintln!("dechaff: warning: {name} is not valid UTF-8; invalid bytes were replaced");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    })
}

/// Where an input comes from: a file, or standard input for `None`.
pub type InputPath = Option<PathBuf>;
