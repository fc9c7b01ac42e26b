//! Cleaning files and standard input: plain text, `--explain` and `--json` output, to standard
//! output, one file (`-o`) or one file per input (`-O`).

use crate::output::Output;
use crate::settings::Settings;
use crate::{Color, Failure, InputPath, read_input};
use clap::Args;
use dechaff::Cleaned;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// The arguments of `dechaff [FILE]...`.
#[derive(Args)]
pub struct FilesArgs {
    /// Files to clean, plain or gzipped (standard input when none, or for `-`). A file that
    /// cannot be read is reported and the others are cleaned; the run then exits 1.
    files: Vec<PathBuf>,
    /// Print the title, byline, date and page type found, then every block with its verdict and
    /// reason.
    #[arg(long, conflicts_with = "json")]
    explain: bool,
    /// Print one JSON object per input, keys in this order: path, title, byline, authors, date,
    /// published, updated, language, page_type, text and blocks.
    #[arg(long)]
    json: bool,
    /// Write to FILE instead of standard output: replaced when every input is done, left as it
    /// was when writing fails. A device, a FIFO or /dev/stdout is written in place. A FILE
    /// ending in .gz is gzipped.
    #[arg(short = 'o', long = "output", value_name = "FILE", conflicts_with = "out_dir")]
    output: Option<PathBuf>,
    /// Write one output per input into DIR, under the input's file name, each replaced atomically
    /// (gzipped when the name ends in .gz). An input that cannot be read is reported and skipped.
    #[arg(short = 'O', long = "out-dir", value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// When to colour --explain output.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = Color::Auto)]
    color: Color,
    /// The page's URL, for one input: a day in its path (`/2025/03/03/`) is its publication date.
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    #[command(flatten)]
    settings: Settings,
}

/// What to print for a document.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Explain,
    Json,
}

/// How one document is printed among the others.
struct Place<'a> {
    /// Its path, `None` for standard input.
    path: Option<&'a Path>,
    /// Whether the output holds several documents, so each needs a header or a separator.
    several: bool,
    /// Whether it is the first document of the output.
    first: bool,
}

/// Runs `dechaff [FILE]...`.
pub fn run(args: &FilesArgs) -> Result<(), Failure> {
    let cleaner = args.settings.cleaner()?;
    let inputs: Vec<InputPath> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files.iter().map(|p| (p.as_os_str() != "-").then(|| p.clone())).collect()
    };
    if args.url.is_some() && inputs.len() > 1 {
        return Err(Failure::Usage("--url names one page's URL: give one input with it".into()));
    }
    let format = if args.json {
        Format::Json
    } else if args.explain {
        Format::Explain
    } else {
        Format::Text
    };
    if let Some(dir) = &args.out_dir {
        return to_dir(dir, &inputs, format, args.color == Color::Always, &cleaner, args.url.as_deref());
    }
    let to_file = args.output.as_deref().is_some_and(|p| p.as_os_str() != "-");
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => !to_file && io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    // A file is written under a temporary name and renamed when every input is done, so a run
    // that fails to write never leaves half an output.
    let mut output = Output::open(args.output.as_deref())?;
    let (mut written, mut unreadable) = (0, false);
    for path in &inputs {
        // An input that cannot be read is reported and the others are cleaned, as `cat` does;
        // the run fails at the end.
        let text = match read_input(path.as_deref()) {
            Ok(text) => text,
            Err(message) => {
                eprintln!("dechaff: {message}");
                unreadable = true;
                continue;
            }
        };
        let cleaned = cleaner.clean_page(&text, args.url.as_deref());
        let place = Place { path: path.as_deref(), several: inputs.len() > 1, first: written == 0 };
        if let Err(e) = write_document(output.writer(), &cleaned, format, &place, color) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Ok(());
            }
            return Err(Failure::Run(format!("{}: {e}", output.name())));
        }
        written += 1;
    }
    if written == 0 && unreadable {
        // Nothing to write: a file already there is left as it was.
        let _ = output.abandon();
        return Err(Failure::Reported);
    }
    let name = output.name();
    output.commit().or_else(|e| match e.kind() {
        io::ErrorKind::BrokenPipe => Ok(()),
        _ => Err(Failure::Run(format!("{name}: {e}"))),
    })?;
    if unreadable { Err(Failure::Reported) } else { Ok(()) }
}

/// `-O DIR`: every input to DIR/its file name, each file replaced atomically when it is done.
fn to_dir(
    dir: &Path,
    inputs: &[InputPath],
    format: Format,
    color: bool,
    cleaner: &dechaff::Cleaner,
    url: Option<&str>,
) -> Result<(), Failure> {
    let mut targets: Vec<(&Path, PathBuf)> = Vec::with_capacity(inputs.len());
    let mut seen: HashMap<&std::ffi::OsStr, &Path> = HashMap::new();
    for path in inputs {
        let Some(path) = path.as_deref() else {
            return Err(Failure::Usage("--out-dir writes one file per input: standard input has no file name".into()));
        };
        let name = path.file_name().ok_or_else(|| Failure::Usage(format!("{}: not a file name", path.display())))?;
        if let Some(other) = seen.insert(name, path) {
            return Err(Failure::Usage(format!(
                "{} and {} would both be written to {}",
                other.display(),
                path.display(),
                dir.join(name).display()
            )));
        }
        targets.push((path, dir.join(name)));
    }
    std::fs::create_dir_all(dir).map_err(|e| Failure::Run(format!("{}: {e}", dir.display())))?;
    for (path, target) in &targets {
        if let (Ok(a), Ok(b)) = (path.canonicalize(), target.canonicalize())
            && a == b
        {
            return Err(Failure::Usage(format!("{}: --out-dir would overwrite the input", path.display())));
        }
    }
    let mut unreadable = false;
    for (path, target) in targets {
        // Reported, and the others cleaned: the run fails at the end.
        let text = match std::fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => Err(format!("{}: is a directory", path.display())),
            _ => read_input(Some(path)),
        };
        let text = match text {
            Ok(text) => text,
            Err(message) => {
                eprintln!("dechaff: {message}");
                unreadable = true;
                continue;
            }
        };
        let cleaned = cleaner.clean_page(&text, url);
        let mut output = Output::open(Some(&target))?;
        let place = Place { path: Some(path), several: false, first: true };
        write_document(output.writer(), &cleaned, format, &place, color)
            .and_then(|()| output.commit())
            .map_err(|e| Failure::Run(format!("{}: {e}", target.display())))?;
    }
    if unreadable { Err(Failure::Reported) } else { Ok(()) }
}

fn write_document(
    out: &mut dyn Write,
    cleaned: &Cleaned<'_>,
    format: Format,
    place: &Place<'_>,
    color: bool,
) -> io::Result<()> {
    match format {
        Format::Json => write_json(out, cleaned, place.path),
        Format::Explain => {
            if place.several {
                if !place.first {
                    writeln!(out)?;
                }
                let name = place.path.map_or("standard input".into(), |p| p.display().to_string());
                writeln!(out, "==> {name} <==")?;
            }
            explain(out, cleaned, color)
        }
        Format::Text => {
            let text = cleaned.text();
            if !text.is_empty() {
                writeln!(out, "{text}")?;
            }
            // A cleaned text never holds a line that is only a form feed (its lines are trimmed
            // and not blank), so such a line separates documents unambiguously.
            if place.several {
                writeln!(out, "\x0c")?;
            }
            Ok(())
        }
    }
}

/// Prints what the page is (title, byline, date, kind), then every block with its verdict.
fn explain(out: &mut dyn Write, cleaned: &Cleaned<'_>, color: bool) -> io::Result<()> {
    const NONE: &str = "(none)";
    // Where each field was found: "  [line 13]", "  [URL]".
    let at = |source: Option<dechaff::Source>| source.map_or(String::new(), |s| format!("  [{}]", source_name(s)));
    writeln!(out, "title:  {}{}", cleaned.title().unwrap_or(NONE), at(cleaned.title_source()))?;
    writeln!(out, "byline: {}{}", cleaned.byline().unwrap_or(NONE), at(cleaned.byline_source()))?;
    let iso = [("published", cleaned.published()), ("updated", cleaned.updated())]
        .into_iter()
        .filter_map(|(what, date)| Some(format!("{what} {}", date?)))
        .collect::<Vec<_>>();
    let from = at(cleaned.published_source());
    match cleaned.date() {
        Some(date) if iso.is_empty() => writeln!(out, "date:   {date}")?,
        Some(date) => writeln!(out, "date:   {date} ({}){from}", iso.join(", "))?,
        None if iso.is_empty() => writeln!(out, "date:   {NONE}")?,
        // A date from the URL alone has no words on the page.
        None => writeln!(out, "date:   {}{from}", iso.join(", "))?,
    }
    writeln!(out, "type:   {}", cleaned.page_type().map_or(NONE, |t| t.as_str()))?;
    for block in cleaned.blocks() {
        let text = cleaned.block_text(block);
        let (mark, paint) = if block.kept { ("+", "\x1b[32m") } else { ("-", "\x1b[2m") };
        let reason = block.reason.as_str();
        // A block the learned layer kept says which signals kept it.
        let signals = block.reason.signals().map(|s| format!("  [{s}]")).unwrap_or_default();
        if color {
            writeln!(out, "{paint}{mark} {:>4} {reason:<20}\x1b[0m {text}{signals}", block.line)?;
        } else {
            writeln!(out, "{mark} {:>4} {reason:<20} {text}{signals}", block.line)?;
        }
    }
    Ok(())
}

/// Writes one document as a JSON object, block by block as it goes: a page of a million lines
/// costs no more memory written than cleaned. Keys come in reading order, the fields' order
/// below: what the page is, then its text, then the long list of blocks.
fn write_json(out: &mut dyn Write, cleaned: &Cleaned<'_>, path: Option<&Path>) -> io::Result<()> {
    let document = JsonDocument {
        path: path.map(|p| p.to_string_lossy()),
        title: cleaned.title(),
        byline: cleaned.byline(),
        authors: cleaned.authors(),
        date: cleaned.date(),
        published: cleaned.published().map(|d| d.to_string()),
        updated: cleaned.updated().map(|d| d.to_string()),
        language: cleaned.language().map(|l| l.code()),
        page_type: cleaned.page_type().map(|t| t.as_str()),
        found: JsonFound {
            title: cleaned.title_source().map(source_name),
            byline: cleaned.byline_source().map(source_name),
            published: cleaned.published_source().map(source_name),
        },
        text: cleaned.text(),
        blocks: JsonBlocks(cleaned),
    };
    serde_json::to_writer(&mut *out, &document)?;
    writeln!(out)
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    path: Option<Cow<'a, str>>,
    title: Option<&'a str>,
    byline: Option<&'a str>,
    authors: Vec<&'a str>,
    /// As written on the page.
    date: Option<&'a str>,
    /// ISO 8601.
    published: Option<String>,
    updated: Option<String>,
    language: Option<&'static str>,
    /// The page's kind: `article`, `forum`, `listing`...
    page_type: Option<&'static str>,
    /// Where the title, byline and publication date were found.
    found: JsonFound,
    text: String,
    blocks: JsonBlocks<'a>,
}

/// Where each metadata field was found: `"line 13"`, `"url"`, or null.
#[derive(Serialize)]
struct JsonFound {
    title: Option<String>,
    byline: Option<String>,
    published: Option<String>,
}

/// A field's source as `--explain` and `--json` name it: "line 13" or "url".
fn source_name(source: dechaff::Source) -> String {
    match source {
        dechaff::Source::Line(line) => format!("line {line}"),
        dechaff::Source::Url => "url".to_owned(),
    }
}

#[derive(Serialize)]
struct JsonBlock<'a> {
    line: usize,
    kept: bool,
    reason: &'a str,
    /// Byte offsets into the input.
    start: usize,
    end: usize,
    /// Character offsets into the input.
    start_char: usize,
    end_char: usize,
    text: &'a str,
    /// For a block the learned layer kept: the signals that kept it.
    #[serde(skip_serializing_if = "Option::is_none")]
    signals: Option<&'a str>,
}

/// The blocks of a result, serialised one at a time with their character offsets counted on
/// the way.
struct JsonBlocks<'a>(&'a Cleaned<'a>);

impl Serialize for JsonBlocks<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let cleaned = self.0;
        let input = cleaned.input();
        let (mut at_byte, mut at_char) = (0, 0);
        let mut chars_to = move |to: usize| {
            let to = to.min(input.len());
            if to >= at_byte {
                at_char += input.get(at_byte..to).map_or(0, |s| s.chars().count());
                at_byte = to;
            }
            at_char
        };
        serializer.collect_seq(cleaned.blocks().iter().map(|b| {
            let start_char = chars_to(b.span.start);
            let end_char = chars_to(b.span.end);
            JsonBlock {
                line: b.line,
                kept: b.kept,
                reason: b.reason.as_str(),
                start: b.span.start,
                end: b.span.end,
                start_char,
                end_char,
                text: cleaned.block_text(b),
                signals: b.reason.signals(),
            }
        }))
    }
}
