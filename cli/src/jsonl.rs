//! `dechaff jsonl`: clean one string field of every record of JSON Lines files.
//!
//! A reader thread reads (and gunzips) batches of lines while the previous batch is cleaned in
//! parallel on a rayon pool; results are written in input order. Memory holds a few batches
//! whatever the size of the input.

use crate::Failure;
use crate::output::Output;
use crate::record::{self, DECHAFF_KEY, Fields, Outcome};
use clap::{Args, ValueEnum};
use dechaff::Cleaner;
use flate2::read::MultiGzDecoder;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::time::{Duration, Instant};

/// The most line slots a batch reserves before it sees its lines.
const BATCH_LINES_RESERVED: usize = 4096;

/// A batch also ends when it holds this many bytes, so long records cannot make it huge.
const BATCH_BYTES: usize = 8 << 20;

/// The most threads `--threads` takes: more than any machine has cores, and few enough that a
/// typing slip (`--threads 65535`) cannot spend minutes starting threads.
const MAX_THREADS: i64 = 1024;

/// Arguments of `dechaff jsonl`.
#[derive(Args)]
pub struct JsonlArgs {
    /// JSON Lines files, plain or gzipped (standard input when none, or for `-`). A file that
    /// cannot be read is reported and the others are cleaned; the run then exits 1.
    files: Vec<PathBuf>,
    /// The string field to clean; it is replaced by the cleaned text unless --output-field is given.
    #[arg(long, default_value = "text", value_parser = parse_field)]
    field: String,
    /// Write the cleaned text to this field (replaced when the record has it, added when not) and
    /// keep the field that was cleaned as it was.
    #[arg(long, value_name = "NAME", value_parser = parse_field)]
    output_field: Option<String>,
    /// Read the page's URL from this string field: a day in its path (`/2025/03/03/`) is the
    /// publication date. Records without it are cleaned as without the option.
    #[arg(long, value_name = "NAME", value_parser = parse_field)]
    url_field: Option<String>,
    /// Threads that clean records, 1 to 1024 [default: all cores].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=MAX_THREADS))]
    threads: Option<u16>,
    /// Write to FILE instead of standard output: replaced when every input is done, left as it
    /// was when a record stops the run or writing fails. A device, a FIFO or /dev/stdout is
    /// written in place. A FILE ending in .gz is gzipped.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// What to do with a line that is not a JSON object with the field as a string or null.
    #[arg(long, value_enum, default_value_t = OnError::Stop)]
    on_error: OnError,
    /// Lines read and cleaned together; memory holds a few batches.
    #[arg(long, value_name = "LINES", default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..))]
    batch: u32,
    /// No progress bar and no summary.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    pub settings: crate::settings::Settings,
}

/// What to do with a malformed line.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OnError {
    /// Stop with an error naming the line, after writing every record before it.
    Stop,
    /// Copy the line through unchanged, warn and go on.
    Pass,
    /// Drop the line, warn and go on.
    Skip,
}

fn parse_field(field: &str) -> Result<String, String> {
    if field == DECHAFF_KEY {
        return Err(format!("\"{DECHAFF_KEY}\" is the key dechaff adds to each record"));
    }
    Ok(field.to_owned())
}

/// One input: its name for messages and where its bytes come from.
struct Input {
    name: String,
    source: Box<dyn io::Read + Send>,
}

/// Consecutive lines of one input.
struct Batch {
    input: usize,
    /// Line number of the first line, from 1.
    first_line: u64,
    bytes: Vec<u8>,
    /// Each line's bytes, without its `\n`.
    lines: Vec<Range<usize>>,
    /// Bytes of the inputs as stored (compressed or not) read when the batch was complete: the
    /// progress once it is written.
    read_mark: u64,
}

/// What the reader thread sends: a batch, or why an input could not be read to its end.
enum Message {
    Batch(Batch),
    /// The input's lines before the error were sent; reading goes on with the next input.
    Unreadable(String),
}

/// Counts for the summary line.
#[derive(Default)]
struct Totals {
    records: u64,
    malformed: u64,
    /// Lone UTF-16 surrogate escapes (`"\ud800"`) in cleaned fields, read as U+FFFD.
    lone_surrogates: u64,
    bytes: u64,
    /// Inputs that could not be opened or read to their end, each reported when it came.
    unreadable: u64,
}

/// Runs `dechaff jsonl`.
pub fn run(args: &JsonlArgs, cleaner: &Cleaner) -> Result<(), Failure> {
    let started = Instant::now();
    let read_bytes = Arc::new(AtomicU64::new(0));
    let (inputs, total_size, unopened) = open_inputs(&args.files, &read_bytes);
    if inputs.is_empty() {
        // None could be opened, each reported: an output already there is left as it was.
        return Err(Failure::Reported);
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.map_or(0, usize::from))
        .thread_name(|i| format!("dechaff-clean-{i}"))
        .build()
        .map_err(|e| format!("starting threads: {e}"))?;
    let mut output = Output::open(args.output.as_deref())?;
    let progress = progress_bar(args.quiet, total_size);
    let names: Vec<String> = inputs.iter().map(|i| i.name.clone()).collect();
    let batch_lines = args.batch as usize;

    let (sender, receiver) = sync_channel(1);
    let (result, totals) = std::thread::scope(|scope| {
        let reader = std::thread::Builder::new()
            .name("dechaff-read".into())
            .spawn_scoped(scope, || read_batches(inputs, batch_lines, &read_bytes, sender));
        let mut totals = Totals { unreadable: unopened, ..Totals::default() };
        if let Err(e) = reader {
            return (Err(Stop::Failed(format!("starting the reader thread: {e}"))), totals);
        }
        // `receiver` moves into `clean_batches` and is dropped when it returns, which stops the
        // reader even when cleaning stops early.
        let job = Job { args, cleaner, pool: &pool, names: &names, progress: &progress };
        let result = job.clean_batches(receiver, &mut output, &mut totals);
        (result, totals)
    });
    progress.finish_and_clear();
    match result {
        Ok(()) => {}
        Err(Stop::BrokenPipe) => return Ok(()),
        Err(Stop::Failed(message)) => {
            let _ = output.abandon();
            return Err(Failure::Run(message));
        }
    }
    let name = output.name();
    match output.commit() {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(()),
        Err(e) => return Err(Failure::Run(format!("{name}: {e}"))),
    }
    if !args.quiet {
        let seconds = started.elapsed().as_secs_f64();
        let megabytes = totals.bytes as f64 / 1e6;
        eprintln!(
            "dechaff: {} records, {} with errors, {} lone surrogates replaced, {megabytes:.1} MB in {seconds:.2} s, \
             {:.1} MB/s",
            totals.records,
            totals.malformed,
            totals.lone_surrogates,
            megabytes / seconds.max(1e-9),
        );
    }
    if totals.unreadable > 0 { Err(Failure::Reported) } else { Ok(()) }
}

/// Why cleaning stopped early.
enum Stop {
    /// The reader of standard output went away: stop quietly, like other Unix tools.
    BrokenPipe,
    /// An error to report.
    Failed(String),
}

/// What the cleaning loop needs, borrowed.
struct Job<'a> {
    args: &'a JsonlArgs,
    cleaner: &'a Cleaner,
    pool: &'a rayon::ThreadPool,
    names: &'a [String],
    progress: &'a ProgressBar,
}

impl Job<'_> {
    fn clean_batches(&self, batches: Receiver<Message>, output: &mut Output, totals: &mut Totals) -> Result<(), Stop> {
        let output_name = output.name();
        let write_error = |e: io::Error| match e.kind() {
            io::ErrorKind::BrokenPipe => Stop::BrokenPipe,
            _ => Stop::Failed(format!("{output_name}: {e}")),
        };
        for message in batches {
            let batch = match message {
                Message::Batch(batch) => batch,
                Message::Unreadable(why) => {
                    self.progress.suspend(|| eprintln!("dechaff: {why}"));
                    totals.unreadable += 1;
                    continue;
                }
            };
            let fields = Fields {
                input: &self.args.field,
                output: self.args.output_field.as_deref(),
                url: self.args.url_field.as_deref(),
            };
            let outcomes: Vec<Outcome> = self.pool.install(|| {
                batch
                    .lines
                    .par_iter()
                    .map(|line| record::process(self.cleaner, fields, &batch.bytes[line.clone()]))
                    .collect()
            });
            let out = output.writer();
            for (i, outcome) in outcomes.into_iter().enumerate() {
                let why = match outcome {
                    Outcome::Blank => continue,
                    Outcome::Cleaned { record, lone_surrogates } => {
                        totals.records += 1;
                        totals.lone_surrogates += lone_surrogates as u64;
                        out.write_all(record.as_bytes()).and_then(|()| out.write_all(b"\n")).map_err(write_error)?;
                        continue;
                    }
                    Outcome::Malformed(why) => why,
                };
                totals.records += 1;
                totals.malformed += 1;
                let at = format!("{}:{}", self.names[batch.input], batch.first_line + i as u64);
                match self.args.on_error {
                    OnError::Stop => {
                        out.flush().map_err(write_error)?;
                        return Err(Stop::Failed(format!("{at}: {why} (--on-error pass or skip to go on)")));
                    }
                    OnError::Pass => {
                        self.warn(&format!("{at}: {why}; copied through unchanged"));
                        let line = &batch.bytes[batch.lines[i].clone()];
                        out.write_all(line).and_then(|()| out.write_all(b"\n")).map_err(write_error)?;
                    }
                    OnError::Skip => self.warn(&format!("{at}: {why}; skipped")),
                }
            }
            // Each batch leaves as soon as it is cleaned: with `--batch 1` a record comes out as
            // soon as its line went in, so dechaff works as a coprocess or a streaming pipe.
            out.flush().map_err(write_error)?;
            totals.bytes += batch.bytes.len() as u64;
            self.progress.set_position(batch.read_mark);
            self.progress.set_message(format!("{} records", totals.records));
        }
        Ok(())
    }

    fn warn(&self, message: &str) {
        self.progress.suspend(|| eprintln!("dechaff: warning: {message}"));
    }
}

/// Opens every file up front; one that cannot be opened is reported and left out, as `cat`
/// goes on. Returns the inputs, their total size on disk when all are files, and how many
/// could not be opened.
fn open_inputs(files: &[PathBuf], read_bytes: &Arc<AtomicU64>) -> (Vec<Input>, Option<u64>, u64) {
    let counted =
        |source: Box<dyn io::Read + Send>| Box::new(Counting { inner: source, count: Arc::clone(read_bytes) });
    let stdin = || Input { name: "standard input".into(), source: counted(Box::new(io::stdin())) };
    if files.is_empty() {
        return (vec![stdin()], None, 0);
    }
    let mut inputs = Vec::new();
    let mut total_size = Some(0);
    let mut unopened = 0;
    for path in files {
        if path.as_os_str() == "-" {
            inputs.push(stdin());
            total_size = None;
            continue;
        }
        let name = path.display().to_string();
        let opened = File::open(path).and_then(|file| Ok((file.metadata()?, file))).map_err(|e| format!("{name}: {e}"));
        match opened {
            Ok((metadata, _)) if metadata.is_dir() => eprintln!("dechaff: {name}: is a directory"),
            Ok((metadata, file)) => {
                total_size = total_size.map(|total| total + metadata.len());
                inputs.push(Input { name, source: counted(Box::new(file)) });
                continue;
            }
            Err(message) => eprintln!("dechaff: {message}"),
        }
        unopened += 1;
    }
    (inputs, total_size, unopened)
}

/// A reader that adds the bytes it reads to a shared count: progress in bytes of the files as
/// stored, compressed or not.
struct Counting {
    inner: Box<dyn io::Read + Send>,
    count: Arc<AtomicU64>,
}

impl io::Read for Counting {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The reader thread: reads every input in turn and sends its lines in batches.
fn read_batches(inputs: Vec<Input>, batch_lines: usize, read_bytes: &AtomicU64, batches: SyncSender<Message>) {
    let send = |mut batch: Batch| {
        batch.read_mark = read_bytes.load(Ordering::Relaxed);
        batches.send(Message::Batch(batch)).is_ok()
    };
    for (index, input) in inputs.into_iter().enumerate() {
        match read_input(index, input.source, batch_lines, &send) {
            Ok(Ended::AtEof) => {}
            Ok(Ended::Stopped) => return,
            Err((e, line)) => {
                // A send fails only when cleaning stopped; then nobody is listening.
                if batches.send(Message::Unreadable(format!("{}:{line}: {e}", input.name))).is_err() {
                    return;
                }
            }
        }
    }
}

/// How reading one input ended, when not by an error.
enum Ended {
    /// Every line was sent.
    AtEof,
    /// `send` failed: cleaning stopped, so reading stops too.
    Stopped,
}

/// Sends the lines of one input with `send`, which returns false when the receiver is gone. A
/// read error comes with the number of the line being read, after the lines before it were sent.
fn read_input(
    index: usize,
    source: Box<dyn io::Read + Send>,
    batch_lines: usize,
    send: &dyn Fn(Batch) -> bool,
) -> Result<Ended, (io::Error, u64)> {
    let mut reader = BufReader::with_capacity(1 << 20, source);
    // Gzip by its magic bytes, whatever the file's name (no JSON text starts with 0x1f).
    let gzip = reader.fill_buf().map_err(|e| (e, 1))?.starts_with(&[0x1f, 0x8b]);
    let mut reader: Box<dyn BufRead> =
        if gzip { Box::new(BufReader::with_capacity(1 << 20, MultiGzDecoder::new(reader))) } else { Box::new(reader) };
    let new_batch = |first_line| Batch {
        input: index,
        first_line,
        bytes: Vec::new(),
        // Grown as lines come: `--batch` may be any count, and a batch also ends at BATCH_BYTES.
        lines: Vec::with_capacity(batch_lines.min(BATCH_LINES_RESERVED)),
        read_mark: 0,
    };
    let mut batch = new_batch(1);
    let mut line_number = 1;
    loop {
        let start = batch.bytes.len();
        match reader.read_until(b'\n', &mut batch.bytes) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                batch.bytes.truncate(start);
                if !batch.lines.is_empty() {
                    send(batch);
                }
                return Err((e, line_number));
            }
        }
        let mut line = start..batch.bytes.len();
        if batch.bytes[start..].ends_with(b"\n") {
            line.end -= 1;
        }
        if line_number == 1 && batch.bytes[line.clone()].starts_with("\u{FEFF}".as_bytes()) {
            line.start += 3; // a byte order mark is not part of the first record
        }
        batch.lines.push(line);
        line_number += 1;
        if batch.lines.len() >= batch_lines || batch.bytes.len() >= BATCH_BYTES {
            let full = std::mem::replace(&mut batch, new_batch(line_number));
            if !send(full) {
                return Ok(Ended::Stopped);
            }
        }
    }
    if !batch.lines.is_empty() && !send(batch) {
        return Ok(Ended::Stopped);
    }
    Ok(Ended::AtEof)
}

/// A progress bar on standard error when it is a terminal and the run is not quiet.
fn progress_bar(quiet: bool, total_size: Option<u64>) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(total_size, ProgressDrawTarget::stderr());
    let template = match total_size {
        Some(_) => "{bar:40} {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} {msg} (eta {eta})",
        None => "{spinner} {decimal_bytes} {decimal_bytes_per_sec} {msg}",
    };
    bar.set_style(ProgressStyle::with_template(template).expect("a valid template"));
    // Redrawn on a timer too, so the rate and the spinner move while a batch of long pages cleans.
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}
