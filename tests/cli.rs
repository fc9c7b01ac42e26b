//! The `chaff` binary as a user runs it: files and stdin, `--explain`, `--json`, `eval`, errors and
//! hostile input.
//!
//! A debug build of chaff spends most of a short run compiling its rule tables, so tests that clean
//! several inputs pass them to one process (the CLI takes many files) instead of one process each.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const FERRY: &str = "en-kessick-ferry-winter-service";

/// What one run of the binary produced.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `chaff` with `args`, feeding it `stdin` (an empty stdin when `None`).
fn chaff<S: AsRef<OsStr>>(args: &[S], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chaff"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chaff starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.unwrap_or_default().to_vec();
    // Written from a thread so a large input cannot deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("chaff runs");
    writer.join().expect("stdin writer");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("chaff-cli-{}-{tag}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("temp dir");
        TempDir(path)
    }

    fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, contents).expect("temp file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn corpus_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(format!("{name}.txt"))
}

fn corpus(name: &str) -> String {
    std::fs::read_to_string(corpus_path(name)).expect("corpus document")
}

/// The input's lines as chaff's segmentation sees them: split at `\n`, `\r\n`, `\r`, U+2028 and
/// U+2029, then trimmed of whitespace, BOMs and zero-width characters. Blank lines stay (as "") so
/// that index + 1 is the line number.
fn input_lines(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let (mut start, mut at) = (0, 0);
    // A byte loop rather than `str::find`: this runs on megabytes in a debug build.
    while at < bytes.len() {
        let end = match bytes[at] {
            b'\n' => Some(at + 1),
            b'\r' if bytes.get(at + 1) == Some(&b'\n') => Some(at + 2),
            b'\r' => Some(at + 1),
            0xE2 if bytes[at + 1] == 0x80 && matches!(bytes[at + 2], 0xA8 | 0xA9) => Some(at + 3),
            _ => None,
        };
        match end {
            Some(next) => {
                lines.push(trim(&text[start..at]));
                start = next;
                at = next;
            }
            None => at += 1,
        }
    }
    lines.push(trim(&text[start..]));
    lines
}

fn trim(line: &str) -> &str {
    line.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}')
    })
}

/// Asserts that the non-blank lines of `output` are trimmed lines of `input`, in input order.
fn assert_lines_of_input(output: &str, input: &str, what: &str) {
    let lines = input_lines(input);
    let mut from = 0;
    for out in output.split('\n').filter(|l| !l.is_empty()) {
        match lines[from..].iter().position(|&l| l == out) {
            Some(i) => from += i + 1,
            None => panic!("{what}: output line {:?} is not a later line of the input", preview(out)),
        }
    }
}

fn preview(s: &str) -> String {
    s.chars().take(80).collect()
}

fn ferry_body() -> Vec<&'static str> {
    vec![
        "Kessick Bay town council voted 6–1 on Monday night to bring back a reduced winter ferry timetable",
        "Under the plan, the council-owned vessel Gannet will run three return crossings a week",
        "The first winter crossing is scheduled for Tuesday, 4 November.",
    ]
}

fn ferry_boilerplate() -> Vec<&'static str> {
    vec![
        "Skip to content",
        "News | Sport | Community | Obituaries | Classifieds",
        "Latest local news",
        "© 2025 Kessick Bay Herald. All rights reserved.",
    ]
}

#[test]
fn cleans_a_file_to_its_body() {
    let run = chaff(&[corpus_path(FERRY)], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert!(run.stderr.is_empty(), "stderr: {}", run.stderr);
    for body in ferry_body() {
        assert!(run.stdout.contains(body), "body line missing: {body}");
    }
    for line in ferry_boilerplate() {
        assert!(!run.stdout.lines().any(|l| l == line), "boilerplate kept: {line}");
    }
    assert_lines_of_input(&run.stdout, &corpus(FERRY), FERRY);
}

#[test]
fn reads_stdin_when_no_file_is_given() {
    let page = corpus(FERRY);
    let run = chaff::<&str>(&[], Some(page.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(run.stdout.trim_end(), chaff::clean(&page).text());
    assert!(run.stdout.contains(ferry_body()[0]));
    assert!(!run.stdout.contains("Skip to content"));
}

#[test]
fn cleans_several_files_in_order_with_dash_for_stdin() {
    let other = "en-millbrook-library-hours";
    let third = "de-bahnstreik-pendler";
    let stdin = corpus(other);
    let args: Vec<PathBuf> = vec![corpus_path(FERRY), "-".into(), corpus_path(third)];
    let run = chaff(&args, Some(stdin.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let expected: String =
        [corpus(FERRY), stdin, corpus(third)].iter().map(|page| chaff::clean(page).text() + "\n").collect();
    assert_eq!(run.stdout, expected);
    let first = |name: &str| {
        let page = corpus(name);
        let line = chaff::clean(&page).kept().next().expect("a kept line").to_owned();
        run.stdout.find(&line).expect("first kept line is printed")
    };
    assert!(first(FERRY) < first(other) && first(other) < first(third));
}

#[test]
fn explain_prints_every_block_with_mark_line_and_reason() {
    let page = corpus(FERRY);
    let run = chaff(&[OsStr::new("--explain"), corpus_path(FERRY).as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let lines = input_lines(&page);
    let non_blank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).map(|i| i + 1).collect();
    let rows: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(rows.len(), non_blank.len(), "one row per non-blank input line");

    let mut reasons = HashSet::new();
    for (row, &expected_line) in rows.iter().zip(&non_blank) {
        // "{mark} {line:>4} {reason:<20} {text}"
        let (mark, rest) = row.split_once(' ').expect("a mark");
        let (number, rest) = rest.trim_start().split_once(' ').expect("a line number");
        let (reason, text) = rest.trim_start().split_once(' ').expect("a reason");
        let text = text.trim_start();
        let number: usize = number.parse().expect("numeric line");
        assert_eq!(number, expected_line, "row {row:?}");
        assert_eq!(text, lines[number - 1], "row {row:?}");
        assert!(!reason.is_empty() && reason.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{row:?}");
        match mark {
            "+" => assert_eq!(reason, "body", "{row:?}"),
            "-" => assert_ne!(reason, "body", "{row:?}"),
            _ => panic!("row without +/- mark: {row:?}"),
        }
        reasons.insert((number, reason.to_owned()));
    }
    assert!(reasons.contains(&(1, "navigation".to_owned())), "{}", run.stdout);
    assert!(reasons.contains(&(3, "navigation".to_owned())), "{}", run.stdout);
    assert!(reasons.contains(&(7, "body".to_owned())), "{}", run.stdout);
    let last = *non_blank.last().unwrap();
    assert!(reasons.contains(&(last, "legal".to_owned())), "{}", run.stdout);
}

/// Checks one `--json` object against the input it came from.
fn check_json(value: &serde_json::Value, input: &str, what: &str) {
    let object = value.as_object().unwrap_or_else(|| panic!("{what}: not an object"));
    for key in ["title", "byline", "date", "text", "blocks"] {
        assert!(object.contains_key(key), "{what}: no {key}");
    }
    for key in ["title", "byline", "date"] {
        let field = &object[key];
        assert!(field.is_null() || field.is_string(), "{what}: {key} is {field}");
        if let Some(value) = field.as_str() {
            assert!(input.contains(value), "{what}: {key} {value:?} is not in the input");
        }
    }
    let text = object["text"].as_str().unwrap_or_else(|| panic!("{what}: text is not a string"));
    let lines = input_lines(input);
    let non_blank = lines.iter().filter(|l| !l.is_empty()).count();
    let blocks = object["blocks"].as_array().unwrap_or_else(|| panic!("{what}: blocks is not an array"));
    assert_eq!(blocks.len(), non_blank, "{what}: one block per non-blank line");

    let mut kept = Vec::new();
    let mut previous_end = 0;
    let mut line_texts = lines.iter().filter(|l| !l.is_empty());
    for block in blocks {
        let start = block["start"].as_u64().expect("start") as usize;
        let end = block["end"].as_u64().expect("end") as usize;
        let reason = block["reason"].as_str().expect("reason");
        let is_kept = block["kept"].as_bool().expect("kept");
        assert!(previous_end <= start && start < end && end <= input.len(), "{what}: span {start}..{end}");
        assert!(input.is_char_boundary(start) && input.is_char_boundary(end), "{what}: span {start}..{end}");
        let slice = &input[start..end];
        assert_eq!(Some(&slice), line_texts.next(), "{what}: span {start}..{end}");
        assert_eq!(is_kept, reason == "body", "{what}: {slice:?} kept {is_kept} as {reason}");
        if is_kept {
            kept.push(slice);
        }
        previous_end = end;
    }
    let text_lines: Vec<&str> = text.split('\n').filter(|l| !l.is_empty()).collect();
    assert_eq!(text_lines, kept, "{what}: text is the kept blocks");
}

#[test]
fn json_prints_one_object_per_input_with_spans_into_it() {
    let dir = TempDir::new("json");
    let crlf = dir.file(
        "crlf.txt",
        "Menu\r\n\r\nA caf\u{E9} on the quay \u{2014} run by the same family since 1994 \u{2014} reopened on Friday after a \
         winter of repairs to its roof and kitchen.\r\nThe owners said the bill came to more than they had feared.\r\n",
    );
    let page = corpus(FERRY);
    let ferry_path = corpus_path(FERRY);
    let args = [OsStr::new("--json"), ferry_path.as_os_str(), crlf.as_os_str()];
    let run = chaff(&args, None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let objects: Vec<serde_json::Value> =
        run.stdout.lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect();
    assert_eq!(objects.len(), 2, "one object per input");

    check_json(&objects[0], &page, FERRY);
    let ferry = &objects[0];
    assert_eq!(ferry["title"], "Council votes to restore winter ferry service to Marrow Island");
    assert_eq!(ferry["date"], "Tuesday, 4 February 2025");
    for body in ferry_body() {
        assert!(ferry["text"].as_str().unwrap().contains(body), "body line missing: {body}");
    }
    let blocks = ferry["blocks"].as_array().unwrap();
    assert_eq!(blocks[0]["reason"], "navigation");
    assert_eq!(blocks[0]["kept"], false);
    assert_eq!(blocks.last().unwrap()["reason"], "legal");

    check_json(&objects[1], &std::fs::read_to_string(&crlf).unwrap(), "crlf.txt");
}

#[test]
fn eval_scores_a_directory_of_pages_against_gold() {
    let dir = TempDir::new("eval");
    // Page "a": the ferry article, with a gold text holding only its first paragraphs, so chaff's
    // output has shingles the gold lacks and "a" is the worse page.
    let ferry = corpus(FERRY);
    let ferry_text = chaff::clean(&ferry).text();
    let partial_gold: String = ferry_text.lines().take(3).collect::<Vec<_>>().join("\n");
    dir.file("a.txt", &ferry);
    dir.file("a.gold.txt", &partial_gold);
    // Page "b": an article without boilerplate that chaff leaves intact; its gold is its text.
    let article = "The village hall will reopen in May after a two-year restoration paid for by residents, \
                   the parish council said on Thursday.\n\
                   Volunteers rebuilt the stage, replaced the roof and restored the original oak floor, \
                   which had been hidden under linoleum since the 1960s.\n\
                   The first event will be a concert by the school choir, followed by a dance in the evening.\n";
    assert_eq!(chaff::clean(article).text(), article.trim_end(), "chaff leaves page b intact");
    dir.file("b.txt", article);
    dir.file("b.gold.txt", article);

    let scores = [chaff::eval::Score::new(&ferry_text, &partial_gold), chaff::eval::Score::new(article, article)];
    assert_eq!(scores[1].f1(), 1.0);
    let summary = chaff::eval::summarize(&scores);
    let docs_line =
        format!("docs 2 precision {:.3} recall {:.3} f1 {:.3}", summary.precision, summary.recall, summary.f1);

    let run = chaff(&[OsStr::new("eval"), dir.0.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines, [docs_line.as_str()]);
    assert_docs_line(lines[0]);

    let run = chaff(&[OsStr::new("eval"), OsStr::new("--worst"), OsStr::new("1"), dir.0.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    let worst: Vec<&str> = lines[0].split(' ').collect();
    assert_eq!(worst[..2], ["a", "precision"], "{}", lines[0]);
    let a_precision: f64 = worst[2].parse().unwrap();
    assert!(a_precision < 1.0);
    assert_eq!(lines[1], docs_line);
    // Page b scored 1: the mean precision is the average of a's and 1.
    let mean: f64 = lines[1].split(' ').nth(3).unwrap().parse().unwrap();
    assert!((mean - (a_precision + 1.0) / 2.0).abs() < 0.002, "{}", run.stdout);
}

fn assert_docs_line(line: &str) {
    let fields: Vec<&str> = line.split(' ').collect();
    assert_eq!(fields.len(), 8, "{line}");
    assert_eq!([fields[0], fields[2], fields[4], fields[6]], ["docs", "precision", "recall", "f1"], "{line}");
    assert_eq!(fields[1], "2", "{line}");
    for value in [fields[3], fields[5], fields[7]] {
        let value: f64 = value.parse().unwrap_or_else(|_| panic!("{line}"));
        assert!((0.0..=1.0).contains(&value), "{line}");
    }
}

/// Asserts a failed run: the exit code and one stderr line that mentions `name`.
fn assert_fails(run: &Run, code: i32, name: &str) {
    assert_eq!(run.code, Some(code), "stderr: {}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "one line on stderr: {:?}", run.stderr);
    assert!(run.stderr.contains(name), "stderr names {name}: {:?}", run.stderr);
    assert!(run.stdout.is_empty(), "stdout: {:?}", run.stdout);
}

#[test]
fn a_missing_file_or_a_directory_is_an_error_naming_it() {
    let dir = TempDir::new("errors");
    let missing = dir.0.join("no-such-page.txt");
    assert_fails(&chaff(&[&missing], None), 1, "no-such-page.txt");
    assert_fails(&chaff(&[&dir.0], None), 1, &dir.0.display().to_string());
    assert_fails(&chaff(&[OsStr::new("eval"), missing.as_os_str()], None), 1, "no-such-page.txt");
}

#[test]
fn bad_arguments_exit_2_with_usage() {
    for args in [&["--no-such-flag"][..], &["--explain", "--json"], &["eval"], &["eval", "--no-such-flag", "."]] {
        let run = chaff(args, None);
        assert_eq!(run.code, Some(2), "{args:?}: stderr {}", run.stderr);
        assert!(run.stderr.contains("Usage:"), "{args:?}: stderr {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: stdout {}", run.stdout);
    }
    let run = chaff(&["eval", "--worst", "many", "."], None);
    assert_eq!(run.code, Some(2), "stderr {}", run.stderr);
    assert!(run.stderr.contains("--worst"), "stderr {}", run.stderr);
}

#[test]
fn invalid_utf8_is_read_lossily_with_one_warning() {
    let dir = TempDir::new("utf8");
    let mut bytes = b"Skip to content\n\nThe caf\xe9 on the corner of Mill Street will close at the end of the month, \
        its owner said on Tuesday, after thirty years of serving breakfast to the town.\n"
        .to_vec();
    bytes.extend_from_slice(b"Regulars said they would miss the \xff\xfe coffee and the conversation most of all.\n");
    let path = dir.file("latin1-page.txt", &bytes);
    let run = chaff(&[&path], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "one warning: {:?}", run.stderr);
    assert!(run.stderr.contains("latin1-page.txt") && run.stderr.contains("warning"), "{:?}", run.stderr);
    let lossy = String::from_utf8_lossy(&bytes);
    assert!(run.stdout.contains("The caf\u{FFFD} on the corner"), "{}", run.stdout);
    assert_lines_of_input(&run.stdout, &lossy, "latin1-page.txt");
}

#[test]
fn an_empty_file_prints_nothing() {
    let dir = TempDir::new("empty");
    let empty = dir.file("empty.txt", "");
    let blank = dir.file("blank.txt", "\n \n\t\n");
    let run = chaff(&[&empty, &blank], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert!(run.stderr.is_empty(), "stderr: {}", run.stderr);
    assert!(run.stdout.trim().is_empty(), "stdout: {:?}", run.stdout);
    let run = chaff(&[OsStr::new("--json"), empty.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(run.stdout.trim()).expect("JSON");
    check_json(&value, "", "empty.txt");
}

/// A short article to wrap hostile lines in, so the body region is not empty.
const ARTICLE: &str = "Menu | News | Sport\n\n\
    The river rose two metres overnight and flooded the old town, the mayor said on Sunday, adding that \
    the clean-up would take weeks and that the council would ask the government for help.\n\
    Residents of the lower streets spent the night with neighbours or in the school gym, where volunteers \
    handed out blankets and soup until the early hours of the morning.\n\n\
    \u{A9} 2025 Example Media. All rights reserved.\n";

fn hostile_inputs() -> Vec<(&'static str, String)> {
    let mut blanks = ARTICLE.to_owned();
    blanks.insert_str(ARTICLE.find("Residents").unwrap(), &"\n".repeat(100_000));
    blanks.push_str(&" \n\t\n".repeat(50_000));
    vec![
        ("blank-lines", blanks),
        ("nul-bytes", format!("\0\0\0\n{}\nNUL\0in\0the\0middle of a line\n\0", ARTICLE.replace("night", "ni\0ght"))),
        ("crlf-and-cr", ARTICLE.replace('\n', "\r\n").replacen("\r\n", "\r", 3) + "\rlast line after a lone CR"),
        ("bom", format!("\u{FEFF}{ARTICLE}\u{FEFF}\n\u{FEFF}Zero\u{200B}width\u{200D}\n")),
        (
            "right-to-left-and-combining",
            format!(
                "\u{202E}reversed headline\u{202C}\n\u{5E9}\u{5DC}\u{5D5}\u{5DD} \u{5E2}\u{5D5}\u{5DC}\u{5DD}\n\
                 \u{645}\u{631}\u{62D}\u{628}\u{627} \u{628}\u{627}\u{644}\u{639}\u{627}\u{644}\u{645}\n\
                 \u{301}\u{301}\u{301} starts with combining marks\n\
                 Z\u{336}\u{337}\u{338}a\u{35C}\u{35D}\u{35E}l\u{360}\u{361}g\u{362}o {}\n{ARTICLE}",
                "e\u{301}\u{308}".repeat(2000)
            ),
        ),
        (
            "emoji",
            format!(
                "\u{1F469}\u{200D}\u{1F4BB} \u{1F1E9}\u{1F1EA} \u{1F44D}\u{1F3FD}\n{}\n{}",
                ARTICLE.replace("soup", "soup \u{1F372}\u{1F372}"),
                "\u{1F525}".repeat(10_000)
            ),
        ),
        ("line-separators", ARTICLE.replace("\n\n", "\u{2029}").replace(". ", ".\u{2028}")),
    ]
}

/// Runs one process over several hostile files in `--json` mode (one object per file), then
/// checks every file's cleaned text and spans. When the run fails, each file is retried alone so
/// the report names the one that broke chaff.
fn check_hostile(cases: &[(&str, String)]) {
    let dir = TempDir::new("hostile");
    let paths: Vec<PathBuf> = cases.iter().map(|(name, text)| dir.file(&format!("{name}.txt"), text)).collect();
    let mut args = vec![PathBuf::from("--json")];
    args.extend(paths.iter().cloned());
    let run = chaff(&args, None);
    if run.code != Some(0) {
        for (path, (name, _)) in paths.iter().zip(cases) {
            let alone = chaff(&[path], None);
            assert_eq!(alone.code, Some(0), "{name}: stderr {}", alone.stderr);
        }
        panic!("exit {:?}: {}", run.code, run.stderr);
    }
    assert!(run.stderr.is_empty(), "stderr: {}", run.stderr);
    let objects: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(objects.len(), cases.len());
    for ((name, text), line) in cases.iter().zip(objects) {
        let value: serde_json::Value = serde_json::from_str(line).expect("JSON");
        // check_json matches every span to the next non-blank input line and the text to the kept
        // spans: the cleaned text is made of lines of the input, in order.
        check_json(&value, text, name);
        // Every case wraps the same article; the hostile lines around it must not hide it.
        assert!(value["text"].as_str().unwrap().contains("The river rose two metres"), "{name}: {}", value["text"]);
    }
}

#[test]
fn hostile_input_is_cleaned_to_lines_of_the_input() {
    let cases = hostile_inputs();
    check_hostile(&cases);
}

/// Cleans one large file in plain mode and checks that its output lines are lines of the input.
fn check_large(name: &str, text: &str) {
    let dir = TempDir::new(name);
    let path = dir.file(&format!("{name}.txt"), text);
    let run = chaff(&[&path], None);
    assert_eq!(run.code, Some(0), "{name}: stderr {}", run.stderr);
    assert!(run.stderr.is_empty(), "{name}: stderr {}", run.stderr);
    assert_lines_of_input(&run.stdout, text, name);
}

// The largest inputs run in tests of their own so that they run in parallel with the rest.

#[test]
fn a_five_megabyte_line_is_cleaned_to_lines_of_the_input() {
    let sentence = "The quick brown fox jumps over the lazy dog while the river keeps rising. ";
    let mut line = sentence.repeat(5_000_000 / sentence.len() + 1);
    line.truncate(5_000_000);
    check_large("five-megabyte-line", &line);
}

#[test]
fn a_long_line_of_separators_is_cleaned_to_lines_of_the_input() {
    check_large("pipes", &"|".repeat(200_000));
}

#[test]
fn hostile_plain_output_is_lines_of_the_input() {
    // The plain printer on top of the JSON checks: CR and BOM never reach stdout.
    let dir = TempDir::new("plain");
    let crlf = ARTICLE.replace('\n', "\r\n").replacen("\r\n", "\r", 3);
    let page = format!("\u{FEFF}{crlf}");
    let path = dir.file("crlf-bom.txt", &page);
    let run = chaff(&[&path], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert!(!run.stdout.contains('\r') && !run.stdout.contains('\u{FEFF}'), "{:?}", run.stdout);
    assert!(run.stdout.contains("The river rose two metres overnight"), "{:?}", run.stdout);
    assert_lines_of_input(&run.stdout, &page, "crlf-bom.txt");
}
