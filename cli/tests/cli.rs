//! The `dechaff` binary as a user runs it: files and stdin, `--explain`, `--json`, `eval`, errors and
//! hostile input.
//!
//! A debug build of dechaff spends most of a short run compiling its rule tables, so tests that clean
//! several inputs pass them to one process (the CLI takes many files) instead of one process each.

use std::collections::HashSet;
use std::ffi::{OsStr, OsString};
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

/// Runs `dechaff` with `args`, feeding it `stdin` (an empty stdin when `None`).
fn dechaff<S: AsRef<OsStr>>(args: &[S], stdin: Option<&[u8]>) -> Run {
    let (code, stdout, stderr) = dechaff_bytes(args, stdin);
    Run { code, stdout: String::from_utf8(stdout).expect("stdout is UTF-8"), stderr }
}

/// Runs `dechaff` like [`dechaff`], for output that may not be UTF-8: exit code, stdout, stderr.
fn dechaff_bytes<S: AsRef<OsStr>>(args: &[S], stdin: Option<&[u8]>) -> (Option<i32>, Vec<u8>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dechaff"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dechaff starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.unwrap_or_default().to_vec();
    // Written from a thread so a large input cannot deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("dechaff runs");
    writer.join().expect("stdin writer");
    (output.status.code(), output.stdout, String::from_utf8(output.stderr).expect("stderr is UTF-8"))
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("dechaff-cli-{}-{tag}-{n}", std::process::id()));
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
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus").join(format!("{name}.txt"))
}

fn corpus(name: &str) -> String {
    std::fs::read_to_string(corpus_path(name)).expect("corpus document")
}

/// The input's lines as dechaff's segmentation sees them: split at `\n`, `\r\n`, `\r`, U+2028 and
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
    let run = dechaff(&[corpus_path(FERRY)], None);
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
fn a_url_gives_the_publication_day_in_its_path() {
    let page = "Ferry to run all winter\n\nThe harbour ferry will keep running through the winter, the council said.\n";
    let published = |args: &[&str]| {
        let run = dechaff(args, Some(page.as_bytes()));
        assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
        let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
        value["published"].as_str().map(str::to_owned)
    };
    assert_eq!(
        published(&["--json", "--url", "https://example.com/news/2025/03/03/ferry/"]).as_deref(),
        Some("2025-03-03")
    );
    assert_eq!(published(&["--json", "--url", "https://example.com/news/ferry/"]), None);
    assert_eq!(published(&["--json"]), None);
    // A URL is one page's: not for several inputs.
    let run = dechaff(&["--url", "https://example.com/2025/03/03/", "-", "-"], Some(page.as_bytes()));
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("--url"), "{}", run.stderr);
}

#[test]
fn reads_stdin_when_no_file_is_given() {
    let page = corpus(FERRY);
    let run = dechaff::<&str>(&[], Some(page.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(run.stdout.trim_end(), dechaff::clean(&page).text());
    assert!(run.stdout.contains(ferry_body()[0]));
    assert!(!run.stdout.contains("Skip to content"));
}

#[test]
fn cleans_several_files_in_order_with_dash_for_stdin() {
    let other = "en-millbrook-library-hours";
    let third = "de-bahnstreik-pendler";
    let stdin = corpus(other);
    let args: Vec<PathBuf> = vec![corpus_path(FERRY), "-".into(), corpus_path(third)];
    let run = dechaff(&args, Some(stdin.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    // Each document ends with a line holding only a form feed.
    let expected: String =
        [corpus(FERRY), stdin, corpus(third)].iter().map(|page| dechaff::clean(page).text() + "\n\x0c\n").collect();
    assert_eq!(run.stdout, expected);
    let documents: Vec<&str> = run.stdout.split("\x0c\n").collect();
    assert_eq!(documents.len(), 4, "three documents and nothing after the last separator");
    let first = |name: &str| {
        let page = corpus(name);
        let line = dechaff::clean(&page).kept().next().expect("a kept line").to_owned();
        run.stdout.find(&line).expect("first kept line is printed")
    };
    assert!(first(FERRY) < first(other) && first(other) < first(third));
}

#[test]
fn explain_prints_every_block_with_mark_line_and_reason() {
    let page = corpus(FERRY);
    let run = dechaff(&[OsStr::new("--explain"), corpus_path(FERRY).as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let lines = input_lines(&page);
    let non_blank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).map(|i| i + 1).collect();
    // Below the title, byline, date and type lines.
    let rows: Vec<&str> = run.stdout.lines().skip(4).collect();
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

#[test]
fn explain_starts_with_the_title_byline_date_and_page_type_found() {
    let ferry = corpus_path(FERRY);
    let url = "https://example.com/news/2025/03/03/ferry";
    // (arguments, standard input, the first lines printed)
    let rows: [(&[&OsStr], &str, &str); 4] = [
        (
            &[OsStr::new("--explain"), ferry.as_os_str()],
            "",
            "title:  Council votes to restore winter ferry service to Marrow Island  [line 5]\n\
             byline: (none)\n\
             date:   Tuesday, 4 February 2025 (published 2025-02-04)  [line 6]\n\
             type:   article\n\
             -    1 navigation           Skip to content\n",
        ),
        (
            &[OsStr::new("--explain")],
            "Menu\n",
            "title:  (none)\nbyline: (none)\ndate:   (none)\ntype:   (none)\n-    1 ",
        ),
        (
            &[OsStr::new("--explain")],
            "Ferry to run all winter\nBy Ana Lima\n\n\
             The harbour ferry will keep running through the winter for the first time, the council decided.\n",
            "title:  Ferry to run all winter  [line 1]\nbyline: Ana Lima  [line 2]\ndate:   (none)\ntype:   (none)\n",
        ),
        // A date found in the URL alone: only its ISO form, and where it was found.
        (
            &[OsStr::new("--explain"), OsStr::new("--url"), OsStr::new(url)],
            "Menu\n",
            "title:  (none)\nbyline: (none)\ndate:   published 2025-03-03  [url]\ntype:   (none)\n-    1 ",
        ),
    ];
    for (args, stdin, start) in rows {
        let run = dechaff(args, Some(stdin.as_bytes()));
        assert_eq!(run.code, Some(0), "{args:?}: stderr {}", run.stderr);
        assert!(run.stdout.starts_with(start), "{args:?}: {}", run.stdout);
    }
}

/// The keys of a `--json` object, in the order written.
const JSON_KEYS: [&str; 12] = [
    "path",
    "title",
    "byline",
    "authors",
    "date",
    "published",
    "updated",
    "language",
    "page_type",
    "found",
    "text",
    "blocks",
];

/// Checks one `--json` object against the input it came from.
fn check_json(value: &serde_json::Value, input: &str, what: &str) {
    let object = value.as_object().unwrap_or_else(|| panic!("{what}: not an object"));
    for key in JSON_KEYS {
        assert!(object.contains_key(key), "{what}: no {key}");
    }
    let page_type = &object["page_type"];
    assert!(
        page_type.is_null() || page_type.as_str().is_some_and(|t| t.parse::<dechaff::PageType>().is_ok()),
        "{what}: page_type is {page_type}"
    );
    for key in ["published", "updated"] {
        let field = &object[key];
        assert!(
            field.is_null() || field.as_str().is_some_and(|d| d.parse::<dechaff::Date>().is_ok()),
            "{what}: {key} is {field}"
        );
    }
    for key in ["title", "byline", "date"] {
        let field = &object[key];
        assert!(field.is_null() || field.is_string(), "{what}: {key} is {field}");
        if let Some(value) = field.as_str() {
            assert!(input.contains(value), "{what}: {key} {value:?} is not in the input");
        }
    }
    // Where each field was found: the line that holds it, or the URL for the date.
    let lines = input_lines(input);
    for (key, field) in [("title", "title"), ("byline", "byline"), ("published", "date")] {
        let found = &object["found"][key];
        match found.as_str() {
            None => assert!(found.is_null() && (key == "published" || object[field].is_null()), "{what}: found {key}"),
            Some("url") => assert_eq!(key, "published", "{what}: {key} found in the URL"),
            Some(line) => {
                let n: usize = line.strip_prefix("line ").and_then(|n| n.parse().ok()).expect("line N");
                if let Some(value) = object[field].as_str() {
                    let first = value.lines().next().unwrap_or_default();
                    assert!(lines[n - 1].contains(first), "{what}: {key} {value:?} is not on line {n}");
                }
            }
        }
    }
    let text = object["text"].as_str().unwrap_or_else(|| panic!("{what}: text is not a string"));
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
        assert_eq!(block["text"], slice, "{what}: text of {start}..{end}");
        // Character offsets, as Python and jq index strings.
        let chars: Vec<char> = input.chars().collect();
        let (start_char, end_char) =
            (block["start_char"].as_u64().unwrap() as usize, block["end_char"].as_u64().unwrap() as usize);
        assert_eq!(
            chars[start_char..end_char].iter().collect::<String>(),
            slice,
            "{what}: characters {start_char}..{end_char}"
        );
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
    let run = dechaff(&args, None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let objects: Vec<serde_json::Value> =
        run.stdout.lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect();
    assert_eq!(objects.len(), 2, "one object per input");
    // Keys in reading order, the long list of blocks last; a block's line and verdict first.
    for line in run.stdout.lines() {
        let at: Vec<Option<usize>> = JSON_KEYS.iter().map(|key| line.find(&format!("\"{key}\":"))).collect();
        assert!(at[0] == Some(1) && at.windows(2).all(|w| w[0] < w[1]), "{JSON_KEYS:?} at {at:?}: {}", preview(line));
        assert!(line.contains(r#""blocks":[{"line":1,"kept":false,"reason":"#), "{}", preview(line));
    }

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
    assert_eq!(objects[0]["path"], ferry_path.to_str().unwrap());
    assert_eq!(objects[1]["path"], crlf.to_str().unwrap());
    assert_eq!(objects[0]["language"], "en");
    // The page's kind, as the library gives it: a name or null.
    let kind = dechaff::clean(&page).page_type().map(|t| t.as_str());
    assert_eq!(objects[0]["page_type"], serde_json::json!(kind));
    // The café line: bytes and characters differ after the "é" and the dashes.
    let cafe = &objects[1]["blocks"][1];
    assert!(cafe["text"].as_str().unwrap().starts_with("A caf\u{E9} on the quay"), "{cafe}");
    assert_ne!(cafe["end"], cafe["end_char"], "{cafe}");
    let stdin = dechaff(&["--json"], Some(b"Menu\n"));
    assert_eq!(serde_json::from_str::<serde_json::Value>(&stdin.stdout).unwrap()["path"], serde_json::Value::Null);
    // Without the heuristics no kind is read.
    let rules_only = dechaff(&[OsStr::new("--json"), OsStr::new("--rules-only"), ferry_path.as_os_str()], None);
    let object: serde_json::Value = serde_json::from_str(&rules_only.stdout).unwrap();
    assert_eq!(object["page_type"], serde_json::Value::Null, "{}", preview(&rules_only.stdout));
}

#[test]
fn eval_scores_a_directory_of_pages_against_gold() {
    let dir = TempDir::new("eval");
    // Page "a": the ferry article, with a gold text holding only its first paragraphs, so dechaff's
    // output has shingles the gold lacks and "a" is the worse page.
    let ferry = corpus(FERRY);
    let ferry_text = dechaff::clean(&ferry).text();
    let partial_gold: String = ferry_text.lines().take(3).collect::<Vec<_>>().join("\n");
    dir.file("a.txt", &ferry);
    dir.file("a.gold.txt", &partial_gold);
    // Page "b": an article without boilerplate that dechaff leaves intact; its gold is its text.
    let article = "The village hall will reopen in May after a two-year restoration paid for by residents, \
                   the parish council said on Thursday.\n\
                   Volunteers rebuilt the stage, replaced the roof and restored the original oak floor, \
                   which had been hidden under linoleum since the 1960s.\n\
                   The first event will be a concert by the school choir, followed by a dance in the evening.\n";
    assert_eq!(dechaff::clean(article).text(), article.trim_end(), "dechaff leaves page b intact");
    dir.file("b.txt", article);
    dir.file("b.gold.txt", article);

    let scores = [dechaff::eval::Score::new(&ferry_text, &partial_gold), dechaff::eval::Score::new(article, article)];
    assert_eq!(scores[1].f1(), 1.0);
    let summary = dechaff::eval::summarize(&scores);
    let docs_line =
        format!("docs 2 precision {:.3} recall {:.3} f1 {:.3}", summary.precision, summary.recall, summary.f1);
    let words =
        [dechaff::eval::WordScore::new(&ferry_text, &partial_gold), dechaff::eval::WordScore::new(article, article)];
    let words = dechaff::eval::summarize_words(&words);
    let word_line =
        format!("word docs 2 precision {:.3} recall {:.3} f1 {:.3}", words.precision, words.recall, words.f1);

    let run = dechaff(&[OsStr::new("eval"), dir.0.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines, [word_line.as_str(), docs_line.as_str()]);
    assert_docs_line(lines[1]);

    let run = dechaff(&[OsStr::new("eval"), OsStr::new("--worst"), OsStr::new("1"), dir.0.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", run.stdout);
    let worst: Vec<&str> = lines[0].split(' ').collect();
    // ID, detected language, then the scores.
    assert_eq!(worst[..3], ["a", "en", "precision"], "{}", lines[0]);
    let a_precision: f64 = worst[3].parse().unwrap();
    assert!(a_precision < 1.0);
    assert_eq!(lines[1..], [word_line.as_str(), docs_line.as_str()]);
    // Page b scored 1: the mean precision is the average of a's and 1.
    let mean: f64 = lines[2].split(' ').nth(3).unwrap().parse().unwrap();
    assert!((mean - (a_precision + 1.0) / 2.0).abs() < 0.002, "{}", run.stdout);
}

#[test]
fn eval_scores_metadata_where_the_gold_has_it() {
    let dir = TempDir::new("eval-meta");
    let body = "The village hall will reopen in May after a two-year restoration paid for by residents, \
                the parish council said on Thursday.\n\n\
                Volunteers rebuilt the stage, replaced the roof and restored the original oak floor, \
                which had been hidden under linoleum since the 1960s.\n";
    let page = format!("Village hall to reopen in May\n\nBy Jane Doe\n\nMarch 3, 2025\n\n{body}");
    dir.file("a.txt", &page);
    dir.file("a.gold.txt", body);
    dir.file(
        "a.meta.json",
        r#"{"title": "Village Hall to Reopen in May", "author": "Jane Doe", "date": "2025-03-03"}"#,
    );
    // Page b's gold has a wrong date and no author: one date of two is right, one author of one.
    dir.file("b.txt", &page);
    dir.file("b.gold.txt", body);
    dir.file("b.meta.json", r#"{"title": "Something else entirely", "author": null, "date": "2025-03-04"}"#);
    let run = dechaff(&[OsStr::new("eval"), dir.0.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", run.stdout);
    assert_eq!(lines[0], "metadata docs 2 title 0.500 (1/2) author 1.000 (1/1) date 0.500 (1/2)");
    // Both pages are given a date, b's wrong; only a's gold day is in its text.
    assert_eq!(
        lines[1],
        "metadata given: author right 1.000 (1/1), date wrong 0.500 (1/2); date where the page gives its day 1.000 (1/1)"
    );
    assert!(lines[2].starts_with("word docs 2 "), "{}", run.stdout);
    assert_docs_line(lines[3]);
}

#[test]
fn eval_passes_each_page_its_url_and_scores_metadata_by_page_type() {
    let dir = TempDir::new("eval-url");
    let body = "The village hall will reopen in May after a two-year restoration paid for by residents, \
                the parish council said on Thursday.\n\n\
                Volunteers rebuilt the stage, replaced the roof and restored the original oak floor, \
                which had been hidden under linoleum since the 1960s.\n";
    dir.file("a.txt", format!("Village hall to reopen in May\n\n{body}"));
    dir.file("a.gold.txt", body);
    dir.file("a.url", "https://example.com/news/2025/03/05/village-hall-to-reopen\n");
    dir.file("a.meta.json", r#"{"title": null, "author": null, "date": "2025-03-05", "page_type": "article"}"#);
    let run = dechaff(&[OsStr::new("eval"), dir.0.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().filter(|l| l.starts_with("metadata")).collect();
    assert_eq!(lines[0], "metadata docs 1 title 0.000 (0/0) author 0.000 (0/0) date 1.000 (1/1)", "{}", run.stdout);
    assert!(lines[1].ends_with("date where the page gives its day 1.000 (1/1)"), "{}", run.stdout);
    assert_eq!(lines[2], "metadata type article docs 1 title 0.000 (0/0) author 0.000 (0/0) date 1.000 (1/1)");
    // Without its URL the page gives no day.
    let run = dechaff(&[OsStr::new("eval"), OsStr::new("--no-url"), dir.0.as_os_str()], None);
    let lines: Vec<&str> = run.stdout.lines().filter(|l| l.starts_with("metadata")).collect();
    assert_eq!(lines[0], "metadata docs 1 title 0.000 (0/0) author 0.000 (0/0) date 0.000 (0/1)", "{}", run.stdout);
    assert!(lines[1].ends_with("date where the page gives its day 0.000 (0/0)"), "{}", run.stdout);
}

#[test]
fn relative_dates_count_back_from_the_reference_time() {
    let page = "Village hall to reopen in May\n\nBy Jane Doe\n\n3 hours ago\n\n\
                The village hall will reopen in May after a two-year restoration paid for by residents, \
                the parish council said on Thursday.\n";
    let run = dechaff(&["--json", "--reference-time", "2025-03-03T10:00+01:00"], Some(page.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value["published"], "2025-03-03T07:00+01:00");
    assert_eq!(value["authors"], serde_json::json!(["Jane Doe"]));
    // Without a reference, a relative date is no publication date.
    let run = dechaff(&["--json"], Some(page.as_bytes()));
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert!(value["published"].is_null());
    let run = dechaff(&["--reference-time", "yesterday"], Some(page.as_bytes()));
    assert_eq!(run.code, Some(2), "stderr: {}", run.stderr);
    assert!(run.stderr.contains("not a date in ISO 8601"), "{}", run.stderr);
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
    assert_fails(&dechaff(&[&missing], None), 1, "no-such-page.txt");
    assert_fails(&dechaff(&[&dir.0], None), 1, &dir.0.display().to_string());
    assert_fails(&dechaff(&[OsStr::new("eval"), missing.as_os_str()], None), 1, "no-such-page.txt");
}

#[test]
fn bad_arguments_exit_2_with_usage() {
    for args in [&["--no-such-flag"][..], &["--explain", "--json"], &["eval"], &["eval", "--no-such-flag", "."]] {
        let run = dechaff(args, None);
        assert_eq!(run.code, Some(2), "{args:?}: stderr {}", run.stderr);
        assert!(run.stderr.contains("Usage:"), "{args:?}: stderr {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: stdout {}", run.stdout);
    }
    let run = dechaff(&["eval", "--worst", "many", "."], None);
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
    let run = dechaff(&[&path], None);
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
    let run = dechaff(&[&empty, &blank], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert!(run.stderr.is_empty(), "stderr: {}", run.stderr);
    assert_eq!(run.stdout, "\x0c\n\x0c\n", "two empty documents, each with its separator");
    // One input that is empty, blank or all boilerplate prints nothing at all.
    let boilerplate =
        dir.file("boilerplate.txt", "Skip to content\n\nHome | News | Sport\n\n\u{A9} 2025 Example Media\n");
    for path in [&empty, &blank, &boilerplate] {
        let run = dechaff(&[path], None);
        assert_eq!((run.code, run.stdout.as_str()), (Some(0), ""), "{}: stderr {}", path.display(), run.stderr);
    }
    let run = dechaff(&[OsStr::new("--json"), empty.as_os_str()], None);
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
/// the report names the one that broke dechaff.
fn check_hostile(cases: &[(&str, String)]) {
    let dir = TempDir::new("hostile");
    let paths: Vec<PathBuf> = cases.iter().map(|(name, text)| dir.file(&format!("{name}.txt"), text)).collect();
    let mut args = vec![PathBuf::from("--json")];
    args.extend(paths.iter().cloned());
    let run = dechaff(&args, None);
    if run.code != Some(0) {
        for (path, (name, _)) in paths.iter().zip(cases) {
            let alone = dechaff(&[path], None);
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
    let run = dechaff(&[&path], None);
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
    let run = dechaff(&[&path], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert!(!run.stdout.contains('\r') && !run.stdout.contains('\u{FEFF}'), "{:?}", run.stdout);
    assert!(run.stdout.contains("The river rose two metres overnight"), "{:?}", run.stdout);
    assert_lines_of_input(&run.stdout, &page, "crlf-bom.txt");
}

// ---------------------------------------------------------------------------------------------
// `dechaff jsonl`

/// The `dechaff` object dechaff adds to a record of `page`, as it writes it.
fn dechaff_object(page: &str) -> String {
    dechaff_object_of(&dechaff::clean(page))
}

fn dechaff_object_of(cleaned: &dechaff::Cleaned<'_>) -> String {
    let mut removed = std::collections::BTreeMap::new();
    for block in cleaned.blocks().iter().filter(|b| !b.kept) {
        *removed.entry(block.reason.as_str()).or_insert(0) += 1;
    }
    let json = |s: Option<&str>| serde_json::to_string(&s).unwrap();
    let iso = |d: Option<dechaff::Date>| serde_json::to_string(&d.map(|d| d.to_string())).unwrap();
    format!(
        r#"{{"title":{},"byline":{},"authors":{},"date":{},"published":{},"updated":{},"language":{},"page_type":{},"removed":{}}}"#,
        json(cleaned.title()),
        json(cleaned.byline()),
        serde_json::to_string(&cleaned.authors()).unwrap(),
        json(cleaned.date()),
        iso(cleaned.published()),
        iso(cleaned.updated()),
        json(cleaned.language().map(|l| l.code())),
        json(cleaned.page_type().map(|t| t.as_str())),
        serde_json::to_string(&removed).unwrap()
    )
}

/// One JSONL record in pieces, so the test knows the exact line dechaff must write for it.
struct Record {
    /// Everything before the value of the field to clean.
    head: String,
    /// The page, the field's value.
    page: String,
    /// The members after the field's value, up to the end of the last value.
    members: String,
    /// Whitespace and the closing brace.
    close: String,
}

impl Record {
    fn new(head: impl Into<String>, page: impl Into<String>, members: impl Into<String>) -> Record {
        Record { head: head.into(), page: page.into(), members: members.into(), close: "}".into() }
    }

    fn line(&self) -> String {
        let page = serde_json::to_string(&self.page).unwrap();
        format!("{}{page}{}{}", self.head, self.members, self.close)
    }

    /// The line dechaff writes: the field cleaned, other bytes as they were, `dechaff` appended.
    fn cleaned(&self) -> String {
        let cleaned = dechaff::clean(&self.page);
        let text = serde_json::to_string(&cleaned.text()).unwrap();
        format!("{}{text}{},\"dechaff\":{}{}", self.head, self.members, dechaff_object_of(&cleaned), self.close)
    }
}

fn lines(records: &[Record], line: impl Fn(&Record) -> String) -> String {
    records.iter().map(|r| line(r) + "\n").collect()
}

/// Half the corpus pages (every other one, so all languages and sizes) twice, with varied ids,
/// field order, whitespace and the values that re-serialising would change: big and precise
/// numbers, escapes, nested objects.
fn varied_records() -> Vec<Record> {
    let pages: Vec<String> = corpus_pages().into_iter().step_by(2).collect();
    let mut records = Vec::new();
    for round in 0..2 {
        for (i, page) in pages.iter().enumerate() {
            let id = round * 1000 + i;
            let record = match (i + round) % 4 {
                0 => Record::new(
                    format!(r#"{{"id":{id},"big":12345678901234567890,"price":1.50,"text":"#),
                    page.clone(),
                    r#","nested":{"a":[1,{"b":"ü \u00e9 😀"}],"c":null},"exp":1E+2"#,
                ),
                1 => Record::new(
                    r#"{"text":"#,
                    page.clone(),
                    format!(r#","id":{id},"huge":-123456789012345678901234567890.000"#),
                ),
                2 => Record {
                    close: " } ".into(),
                    ..Record::new(
                        format!(r#" {{ "id" : {id} , "t\u0065xt2" : "\ud83d\ude00\n" , "text" : "#),
                        page.clone(),
                        r#" , "tags" : [ "a" , "b" ]"#,
                    )
                },
                _ => Record::new(
                    format!(r#"{{"id":"{id}","url":"https:\/\/example.com\/a?b=1","text":"#),
                    page.clone(),
                    "",
                ),
            };
            records.push(record);
        }
    }
    records
}

fn corpus_pages() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension() == Some(OsStr::new("txt")))
        .collect();
    names.sort();
    names.iter().map(|p| std::fs::read_to_string(p).expect("corpus page")).collect()
}

/// A short record whose page is [`ARTICLE`] with `n` in its first paragraph.
fn article_record(n: usize) -> Record {
    Record::new(format!(r#"{{"n":{n},"text":"#), ARTICLE.replace("two metres", &format!("{n} metres")), "")
}

fn assert_summary(stderr: &str, records: usize, errors: usize) {
    let last = stderr.lines().last().unwrap_or_default();
    let prefix = format!("dechaff: {records} records, {errors} with errors, ");
    assert!(last.starts_with(&prefix) && last.ends_with(" MB/s"), "summary {last:?}, expected {prefix:?}...");
    assert!(last.contains(" MB in "), "{last:?}");
}

#[test]
fn jsonl_keeps_order_and_every_other_byte_with_one_or_four_threads() {
    let records = varied_records();
    let dir = TempDir::new("jsonl-order");
    let path = dir.file("pages.jsonl", lines(&records, Record::line));
    let expected = lines(&records, Record::cleaned);
    // The largest batch the option takes runs like any other: a batch reserves room as lines come.
    for args in [
        &["--threads", "1", "--batch", "7"][..],
        &["--threads", "4", "--batch", "7"],
        &["--threads", "4"],
        &["--threads", "2", "--batch", "4294967295"],
    ] {
        let mut args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
        args.insert(0, OsStr::new("jsonl"));
        args.push(path.as_os_str());
        let run = dechaff(&args, None);
        assert_eq!(run.code, Some(0), "{args:?}: stderr {}", run.stderr);
        assert_summary(&run.stderr, records.len(), 0);
        // Line by line first, for a readable failure.
        for (i, (out, want)) in run.stdout.lines().zip(expected.lines()).enumerate() {
            assert_eq!(out, want, "{args:?}: record {i}");
        }
        assert_eq!(run.stdout, expected, "{args:?}");
    }
}

#[test]
fn jsonl_dechaff_object_holds_metadata_and_removed_counts() {
    let page = corpus(FERRY);
    let record = Record::new(r#"{"id":1,"text":"#, page.clone(), "");
    let run = dechaff(&["jsonl", "--quiet"], Some(record.line().as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert!(run.stderr.is_empty(), "--quiet: {}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(run.stdout.trim_end()).expect("JSON");
    let meta = &value["dechaff"];
    assert_eq!(meta["title"], "Council votes to restore winter ferry service to Marrow Island");
    assert_eq!(meta["date"], "Tuesday, 4 February 2025");
    assert!(meta["byline"].is_null() || meta["byline"].is_string(), "{meta}");
    // The key and the code `--json` and the Python package give.
    assert_eq!(meta["language"], "en", "{meta}");
    // The page's kind, under the key `--json` gives it, as the library reads it.
    assert_eq!(meta["page_type"], serde_json::json!(dechaff::clean(&page).page_type().map(|t| t.as_str())), "{meta}");
    let removed = meta["removed"].as_object().expect("removed is an object");
    assert!(removed["navigation"].as_u64() >= Some(2), "{meta}");
    assert_eq!(removed["legal"], 1, "{meta}");
    let blocks = dechaff::clean(&page).blocks().iter().filter(|b| !b.kept).count() as u64;
    assert_eq!(removed.values().map(|n| n.as_u64().unwrap()).sum::<u64>(), blocks, "{meta}");
    assert!(!removed.contains_key("body"), "{meta}");
    let text = value["text"].as_str().unwrap();
    assert_eq!(text, dechaff::clean(&page).text());
    assert!(text.starts_with(ferry_body()[0]) && !text.contains("Skip to content"), "{text}");
}

#[test]
fn jsonl_record_contract_a_null_text_passes_annotated_a_missing_or_other_one_is_an_error() {
    const EMPTY: &str = r#"{"title":null,"byline":null,"authors":[],"date":null,"published":null,"updated":null,"language":null,"page_type":null,"removed":{}}"#;
    let (first, last) = (article_record(1), Record::new(r#"{"id":5,"text":"#, corpus("de-bahnstreik-pendler"), ""));
    let null = r#"{"id":2,"text":null,"url":"https://example.org/"}"#;
    let (missing, number) = (r#"{"id":3,"body":"a page"}"#, r#"{"id":4,"text":7}"#);
    let input = format!(
        "{}
{null}
{missing}
{number}
{}
",
        first.line(),
        last.line()
    );
    let annotated = format!(r#"{{"id":2,"text":null,"url":"https://example.org/","dechaff":{EMPTY}}}"#);
    let (first, last) = (first.cleaned(), last.cleaned());
    assert!(last.contains(r#""language":"de""#), "{last}");
    // (--on-error, exit code, output)
    let rows = [
        (
            "stop",
            1,
            format!(
                "{first}
{annotated}
"
            ),
        ),
        (
            "pass",
            0,
            format!(
                "{first}
{annotated}
{missing}
{number}
{last}
"
            ),
        ),
        (
            "skip",
            0,
            format!(
                "{first}
{annotated}
{last}
"
            ),
        ),
    ];
    for (mode, code, expected) in rows {
        let run = dechaff(&["jsonl", "--on-error", mode], Some(input.as_bytes()));
        assert_eq!(run.code, Some(code), "{mode}: stderr {}", run.stderr);
        assert_eq!(run.stdout, expected, "{mode}");
        assert!(run.stderr.contains("standard input:3: no field \"text\""), "{mode}: {}", run.stderr);
        if mode != "stop" {
            assert!(run.stderr.contains("standard input:4: field \"text\" is a number"), "{mode}: {}", run.stderr);
            assert_summary(&run.stderr, 5, 2);
        }
    }
}

#[test]
fn jsonl_cleans_the_field_named_by_field_and_replaces_an_existing_dechaff_member() {
    let page = corpus(FERRY);
    let body = serde_json::to_string(&page).unwrap();
    let cleaned = serde_json::to_string(&dechaff::clean(&page).text()).unwrap();
    let meta = dechaff_object(&page);
    let input = format!(
        "{{\"text\":\"Skip to content\",\"body\":{body},\"dechaff\":\"old\",\"n\":1}}\n\
         {{\"dechaff\": {{\"x\": 1}}, \"body\": {body}}}\n"
    );
    let run = dechaff(&["jsonl", "--field", "body"], Some(input.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let expected = format!(
        "{{\"text\":\"Skip to content\",\"body\":{cleaned},\"dechaff\":{meta},\"n\":1}}\n\
         {{\"dechaff\": {meta}, \"body\": {cleaned}}}\n"
    );
    assert_eq!(run.stdout, expected);
}

#[test]
fn jsonl_reads_stdin_when_no_file_is_given_and_for_dash() {
    let records: Vec<Record> = (0..4).map(article_record).collect();
    let dir = TempDir::new("jsonl-stdin");
    let first = dir.file("first.jsonl", records[0].line() + "\n");
    let last = dir.file("last.jsonl", records[3].line()); // no final newline
    let stdin = lines(&records[1..3], Record::line);

    let run = dechaff(&["jsonl"], Some(stdin.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(run.stdout, lines(&records[1..3], Record::cleaned));
    assert_summary(&run.stderr, 2, 0);

    let args = [OsStr::new("jsonl"), first.as_os_str(), OsStr::new("-"), last.as_os_str()];
    let run = dechaff(&args, Some(stdin.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(run.stdout, lines(&records, Record::cleaned));
}

#[test]
fn jsonl_reads_gzip_by_its_magic_bytes_including_several_members() {
    use flate2::{Compression, write::GzEncoder};
    let records: Vec<Record> = (0..6).map(article_record).collect();
    let gzip = |records: &[Record]| {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
        encoder.write_all(lines(records, Record::line).as_bytes()).unwrap();
        encoder.finish().unwrap()
    };
    // Two gzip members back to back, as `cat a.gz b.gz` makes.
    let mut bytes = gzip(&records[..2]);
    bytes.extend(gzip(&records[2..]));
    let dir = TempDir::new("jsonl-gzip");
    let named = dir.file("shard.jsonl.gz", &bytes);
    let unnamed = dir.file("shard-without-extension", &bytes);
    let args = [OsStr::new("jsonl"), named.as_os_str(), unnamed.as_os_str()];
    let run = dechaff(&args, None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(run.stdout, lines(&records, Record::cleaned).repeat(2));
    assert_summary(&run.stderr, 12, 0);

    // From standard input too.
    let run = dechaff(&["jsonl", "--quiet"], Some(&bytes));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(run.stdout, lines(&records, Record::cleaned));

    // A truncated stream is an error naming the file, after the records before it.
    let truncated = dir.file("truncated.jsonl.gz", &bytes[..bytes.len() / 2 - 20]);
    let run = dechaff(&[OsStr::new("jsonl"), truncated.as_os_str()], None);
    assert_eq!(run.code, Some(1), "stderr: {}", run.stderr);
    assert!(run.stderr.contains("truncated.jsonl.gz:"), "{}", run.stderr);
    assert!(lines(&records, Record::cleaned).starts_with(&run.stdout), "{}", run.stdout);
}

/// Lines that are not records dechaff can clean, with (part of) the reason it gives.
fn malformed_lines() -> Vec<(Vec<u8>, &'static str)> {
    vec![
        (b"{\"n\": 1, \"text\": \"trailing comma\",}".to_vec(), "invalid JSON at column"),
        (b"Skip to content".to_vec(), "invalid JSON at column 1"),
        (b"[\"text\"]".to_vec(), "not a JSON object"),
        (b"{\"n\": 2}".to_vec(), "no field \"text\""),
        (b"{\"text\": 3.5}".to_vec(), "field \"text\" is a number, not a string or null"),
        (b"{\"text\": false}".to_vec(), "field \"text\" is a boolean, not a string or null"),
        (b"{\"text\": \"caf\xe9\"}".to_vec(), "not UTF-8"),
    ]
}

#[test]
fn jsonl_stops_at_a_malformed_line_naming_it_after_writing_earlier_records() {
    let records: Vec<Record> = (0..3).map(article_record).collect();
    let dir = TempDir::new("jsonl-stop");
    let mut runs = Vec::new();
    // Three kinds of malformed line (the test of `pass` and `skip` has them all).
    for (n, (bad, why)) in malformed_lines().into_iter().enumerate().filter(|(n, _)| [0, 3, 6].contains(n)) {
        // Lines 1-3 records, line 4 blank, line 5 the bad line, line 6 a record never written.
        let mut input = lines(&records, Record::line).into_bytes();
        input.extend_from_slice(b"\n");
        input.extend_from_slice(&bad);
        input.extend_from_slice(b"\n");
        input.extend_from_slice((article_record(9).line() + "\n").as_bytes());
        let path = dir.file(&format!("bad-{n}.jsonl"), &input);
        runs.push((path, why));
    }
    // In parallel: each run is a process of its own.
    let handles: Vec<_> = runs
        .into_iter()
        .map(|(path, why)| {
            std::thread::spawn(move || {
                let run =
                    dechaff(&[OsStr::new("jsonl"), OsStr::new("--batch"), OsStr::new("2"), path.as_os_str()], None);
                (path, why, run)
            })
        })
        .collect();
    for handle in handles {
        let (path, why, run) = handle.join().unwrap();
        assert_eq!(run.code, Some(1), "{why}: stderr {}", run.stderr);
        assert_eq!(run.stderr.lines().count(), 1, "{why}: one line: {}", run.stderr);
        let at = format!("dechaff: {}:5: {why}", path.display());
        assert!(run.stderr.starts_with(&at), "{:?} does not start with {at:?}", run.stderr);
        assert_eq!(run.stdout, lines(&records, Record::cleaned), "{why}: the records before line 5");
    }
}

/// A malformed line of an input: its line number, its bytes and the reason dechaff must give.
type BadLine = (usize, Vec<u8>, &'static str);

/// Records and malformed lines, one after the other: the input, its records, its malformed lines.
fn mixed_input() -> (Vec<u8>, Vec<Record>, Vec<BadLine>) {
    let mut input = Vec::new();
    let mut records = Vec::new();
    let mut bad = Vec::new();
    let mut line = 0;
    for (n, (malformed, why)) in malformed_lines().into_iter().enumerate() {
        let record = article_record(n);
        input.extend_from_slice((record.line() + "\n").as_bytes());
        records.push(record);
        input.extend_from_slice(&malformed);
        input.push(b'\n');
        bad.push((line + 2, malformed, why));
        line += 2;
    }
    (input, records, bad)
}

#[test]
fn jsonl_on_error_pass_copies_malformed_lines_and_skip_drops_them() {
    let (input, records, bad) = mixed_input();
    let dir = TempDir::new("jsonl-pass");
    let path = dir.file("mixed.jsonl", &input);
    let name = path.display().to_string();
    for mode in ["pass", "skip"] {
        let args = [
            OsStr::new("jsonl"),
            OsStr::new("--on-error"),
            OsStr::new(mode),
            OsStr::new("--batch"),
            OsStr::new("3"),
            path.as_os_str(),
        ];
        let (code, stdout, stderr) = dechaff_bytes(&args, None);
        assert_eq!(code, Some(0), "{mode}: stderr {stderr}");
        let mut expected = Vec::new();
        for (record, (_, malformed, _)) in records.iter().zip(&bad) {
            expected.extend_from_slice((record.cleaned() + "\n").as_bytes());
            if mode == "pass" {
                expected.extend_from_slice(malformed);
                expected.push(b'\n');
            }
        }
        // Compared as bytes: the line that is not UTF-8 is copied as it is.
        assert!(stdout == expected, "{mode}: {}", String::from_utf8_lossy(&stdout));
        let warnings: Vec<&str> = stderr.lines().filter(|l| l.starts_with("dechaff: warning: ")).collect();
        assert_eq!(warnings.len(), bad.len(), "{mode}: one warning per malformed line: {stderr}");
        for (warning, (line, _, why)) in warnings.iter().zip(&bad) {
            let at = format!("dechaff: warning: {name}:{line}: {why}");
            assert!(warning.starts_with(&at), "{mode}: {warning:?} does not start with {at:?}");
            let tail = if mode == "pass" { "; copied through unchanged" } else { "; skipped" };
            assert!(warning.ends_with(tail), "{mode}: {warning:?}");
        }
        assert_summary(&stderr, records.len() + bad.len(), bad.len());
    }
}

#[test]
fn jsonl_skips_blank_lines_and_keeps_crlf_and_bom_lines_readable() {
    let records: Vec<Record> = (0..3).map(article_record).collect();
    let input = format!("\u{FEFF}{}\r\n\r\n   \n{}\r\n\t\n{}", records[0].line(), records[1].line(), records[2].line());
    let run = dechaff(&["jsonl"], Some(input.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let expected = format!("{}\r\n{}\r\n{}\n", records[0].cleaned(), records[1].cleaned(), records[2].cleaned());
    assert_eq!(run.stdout, expected);
    assert_summary(&run.stderr, 3, 0);
}

#[test]
fn jsonl_output_file_is_written_whole_or_not_at_all() {
    let records: Vec<Record> = (0..5).map(article_record).collect();
    let dir = TempDir::new("jsonl-output");
    let input = dir.file("in.jsonl", lines(&records, Record::line));
    let output = dir.0.join("out.jsonl");
    let args = [OsStr::new("jsonl"), input.as_os_str(), OsStr::new("-o"), output.as_os_str()];
    let run = dechaff(&args, None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert!(run.stdout.is_empty(), "stdout: {}", run.stdout);
    assert_eq!(std::fs::read_to_string(&output).unwrap(), lines(&records, Record::cleaned));
    let files = |dir: &Path| {
        let mut names: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    };
    assert_eq!(files(&dir.0), ["in.jsonl", "out.jsonl"], "no temporary file is left");

    // A failed run leaves the output file as it was, and no temporary file.
    let bad = dir.file("bad.jsonl", lines(&records, Record::line) + "{\"text\": 1}\n");
    let args = [OsStr::new("jsonl"), bad.as_os_str(), OsStr::new("--output"), output.as_os_str()];
    let run = dechaff(&args, None);
    assert_eq!(run.code, Some(1), "stderr: {}", run.stderr);
    assert!(run.stderr.contains("bad.jsonl:6: "), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&output).unwrap(), lines(&records, Record::cleaned));
    assert_eq!(files(&dir.0), ["bad.jsonl", "in.jsonl", "out.jsonl"]);
}

#[test]
fn jsonl_errors_name_the_file_and_bad_arguments_exit_2() {
    let dir = TempDir::new("jsonl-errors");
    let good = dir.file("good.jsonl", article_record(1).line() + "\n");
    let missing = dir.0.join("no-such-shard.jsonl");
    assert_fails(&dechaff(&[OsStr::new("jsonl"), missing.as_os_str()], None), 1, "no-such-shard.jsonl");
    assert_fails(&dechaff(&[OsStr::new("jsonl"), dir.0.as_os_str()], None), 1, &dir.0.display().to_string());

    // Line numbers count per file.
    let second = dir.file("second.jsonl", format!("{}\nnot json\n", article_record(2).line()));
    let run = dechaff(&[OsStr::new("jsonl"), good.as_os_str(), second.as_os_str()], None);
    assert_eq!(run.code, Some(1), "stderr: {}", run.stderr);
    assert!(run.stderr.starts_with(&format!("dechaff: {}:2: invalid JSON", second.display())), "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 2);

    for (args, name) in [
        (&["jsonl", "--threads", "0"][..], "--threads"),
        (&["jsonl", "--threads", "all"], "--threads"),
        (&["jsonl", "--on-error", "ignore"], "--on-error"),
        (&["jsonl", "--field", "dechaff"], "--field"),
        (&["jsonl", "--batch", "0"], "--batch"),
        (&["jsonl", "--no-such-flag"], "--no-such-flag"),
    ] {
        let run = dechaff(args, None);
        assert_eq!(run.code, Some(2), "{args:?}: stderr {}", run.stderr);
        assert!(run.stderr.contains(name), "{args:?}: stderr {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: stdout {}", run.stdout);
    }
}

#[test]
fn output_file_is_written_whole_or_not_at_all() {
    let dir = TempDir::new("plain-o");
    let out = dir.0.join("out.txt");
    let ferry = corpus_path(FERRY);
    let to_stdout = dechaff(&[ferry.as_os_str()], None);
    let run = dechaff(&[ferry.as_os_str(), OsStr::new("-o"), out.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert!(run.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&out).expect("output written"), to_stdout.stdout);

    // A run that has nothing to write leaves the existing file as it was and no temporary file.
    std::fs::write(&out, "earlier output\n").expect("seed output");
    let missing = dir.0.join("missing.txt");
    let run = dechaff(&[missing.as_os_str(), OsStr::new("-o"), out.as_os_str()], None);
    assert_fails(&run, 1, "missing.txt");
    assert_eq!(std::fs::read_to_string(&out).expect("output kept"), "earlier output\n");
    let names: Vec<_> = std::fs::read_dir(&dir.0).expect("dir").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(names, [OsStr::new("out.txt")], "no temporary file is left");
}

#[test]
fn an_unreadable_input_among_several_is_reported_and_the_others_are_cleaned() {
    let dir = TempDir::new("unreadable");
    let (ferry, other) = (corpus_path(FERRY), corpus_path("de-bahnstreik-pendler"));
    let (missing, folder) = (dir.0.join("missing.txt"), dir.0.join("folder"));
    std::fs::create_dir(&folder).unwrap();
    let names = [missing.display().to_string(), folder.display().to_string()];
    let assert_reported = |run: &Run, what: &str| {
        assert_eq!(run.code, Some(1), "{what}: stderr {}", run.stderr);
        let errors: Vec<&str> = run.stderr.lines().filter(|l| !l.contains(" records, ")).collect();
        assert_eq!(errors.len(), 2, "{what}: one line per unreadable input: {}", run.stderr);
        for (error, name) in errors.iter().zip(&names) {
            assert!(error.starts_with(&format!("dechaff: {name}: ")), "{what}: {error:?}");
        }
    };

    // The files, in order: the first, the missing one, a directory, the last.
    let inputs = [ferry.as_os_str(), missing.as_os_str(), folder.as_os_str(), other.as_os_str()];
    for flag in [None, Some("--explain"), Some("--json")] {
        let with = |inputs: &[&OsStr]| -> Vec<OsString> {
            flag.map(OsString::from).into_iter().chain(inputs.iter().map(|&i| i.to_owned())).collect()
        };
        let run = dechaff(&with(&inputs), None);
        assert_reported(&run, &format!("{flag:?}"));
        let readable = dechaff(&with(&[ferry.as_os_str(), other.as_os_str()]), None);
        assert_eq!(run.stdout, readable.stdout, "{flag:?}: the readable inputs, as without the others");
    }
    let expected = dechaff(&[ferry.as_os_str(), other.as_os_str()], None).stdout;
    let out = dir.0.join("out.txt");
    let run = dechaff(&[&inputs[..], &[OsStr::new("-o"), out.as_os_str()]].concat(), None);
    assert_reported(&run, "-o");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), expected, "-o");
    let out_dir = dir.0.join("cleaned");
    let run = dechaff(&[&[OsStr::new("-O"), out_dir.as_os_str()], &inputs[..]].concat(), None);
    assert_reported(&run, "-O");
    let mut written: Vec<_> = std::fs::read_dir(&out_dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    written.sort();
    assert_eq!(written, [other.file_name().unwrap(), ferry.file_name().unwrap()], "-O");

    // jsonl: files that cannot be opened, and one that breaks off part-way (a truncated gzip
    // stream: its records before the break are written).
    use flate2::{Compression, write::GzEncoder};
    let records: Vec<Record> = (0..6).map(article_record).collect();
    let first = dir.file("first.jsonl", lines(&records[..2], Record::line));
    let last = dir.file("last.jsonl", lines(&records[4..], Record::line));
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(lines(&records[2..4], Record::line).repeat(200).as_bytes()).unwrap();
    let gzip = encoder.finish().unwrap();
    let truncated = dir.file("truncated.jsonl.gz", &gzip[..gzip.len() / 2]);
    let args = [OsStr::new("jsonl"), first.as_os_str(), missing.as_os_str(), folder.as_os_str(), last.as_os_str()];
    let run = dechaff(&args, None);
    assert_reported(&run, "jsonl");
    assert_eq!(run.stdout, lines(&records[..2], Record::cleaned) + &lines(&records[4..], Record::cleaned));
    assert_summary(&run.stderr, 4, 0);
    let jsonl_out = dir.0.join("out.jsonl");
    let args =
        [&[OsStr::new("jsonl"), OsStr::new("-q")], &args[1..], &[OsStr::new("-o"), jsonl_out.as_os_str()]].concat();
    let run = dechaff(&args, None);
    assert_reported(&run, "jsonl -o");
    assert_eq!(
        std::fs::read_to_string(&jsonl_out).unwrap(),
        lines(&records[..2], Record::cleaned) + &lines(&records[4..], Record::cleaned)
    );
    let args = [OsStr::new("jsonl"), OsStr::new("-q"), first.as_os_str(), truncated.as_os_str(), last.as_os_str()];
    let run = dechaff(&args, None);
    assert_eq!(run.code, Some(1), "stderr: {}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.starts_with(&format!("dechaff: {}:", truncated.display())), "{}", run.stderr);
    let (head, tail) = (lines(&records[..2], Record::cleaned), lines(&records[4..], Record::cleaned));
    assert!(run.stdout.starts_with(&head) && run.stdout.ends_with(&tail), "{}", preview(&run.stdout));
    assert!(run.stdout.len() > head.len() + tail.len(), "the truncated file's first records");
}

#[test]
fn output_errors_name_the_output_not_its_temporary_file() {
    let dir = TempDir::new("o-error");
    let out = dir.0.join("no-such-dir").join("clean.txt");
    let ferry = corpus_path(FERRY);
    let run = dechaff(&[ferry.as_os_str(), OsStr::new("-o"), out.as_os_str()], None);
    assert_fails(&run, 1, &out.display().to_string());
    assert!(!run.stderr.contains(".dechaff-tmp"), "{}", run.stderr);
}

// Several inputs, and one output per input

#[test]
fn explain_starts_each_of_several_files_with_a_header() {
    let other = "en-millbrook-library-hours";
    let (ferry, second) = (corpus_path(FERRY), corpus_path(other));
    let run = dechaff(&[OsStr::new("--explain"), ferry.as_os_str(), second.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let headers: Vec<(usize, &str)> = run.stdout.lines().enumerate().filter(|(_, l)| l.starts_with("==> ")).collect();
    let expected = |name: &str| format!("==> {} <==", corpus_path(name).display());
    assert_eq!(headers.len(), 2, "{}", run.stdout);
    assert_eq!((headers[0].0, headers[0].1), (0, expected(FERRY).as_str()));
    assert_eq!(headers[1].1, expected(other));
    let rows_of_ferry = dechaff::clean(&corpus(FERRY)).blocks().len();
    // The ferry's title, byline, date and type, its rows, a blank line, then the second header.
    assert_eq!(headers[1].0, rows_of_ferry + 6, "{}", run.stdout);
    // One file: no header.
    let one = dechaff(&[OsStr::new("--explain"), corpus_path(FERRY).as_os_str()], None);
    assert!(one.stdout.starts_with("title:  "), "{}", one.stdout);
}

#[test]
fn out_dir_writes_one_file_per_input_under_its_name() {
    let dir = TempDir::new("out-dir");
    let out = dir.0.join("cleaned");
    let other = "de-bahnstreik-pendler";
    let inputs = [corpus_path(FERRY), corpus_path(other)];
    for (flag, format) in [(None, "text"), (Some("--json"), "json"), (Some("--explain"), "explain")] {
        let mut args: Vec<&OsStr> = vec![OsStr::new("-O"), out.as_os_str()];
        args.extend(flag.map(OsStr::new));
        args.extend(inputs.iter().map(|p| p.as_os_str()));
        let run = dechaff(&args, None);
        assert_eq!((run.code, run.stdout.as_str()), (Some(0), ""), "{format}: stderr {}", run.stderr);
        for input in &inputs {
            let name = input.file_name().unwrap();
            let written = std::fs::read_to_string(out.join(name)).expect("one output per input");
            let mut one: Vec<&OsStr> = flag.map(OsStr::new).into_iter().collect();
            one.push(input.as_os_str());
            assert_eq!(written, dechaff(&one, None).stdout, "{format}: {}", name.to_string_lossy());
        }
        let names: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "{format}: no temporary file is left: {names:?}");
    }

    // Usage errors, before anything is written: two inputs with one name, standard input, an
    // output that would replace its input.
    let twin_dir = TempDir::new("out-dir-twin");
    let twin = twin_dir.file(&format!("{FERRY}.txt"), corpus(FERRY));
    let fresh = dir.0.join("fresh");
    let run = dechaff(&[OsStr::new("-O"), fresh.as_os_str(), inputs[0].as_os_str(), twin.as_os_str()], None);
    assert_fails(&run, 2, &fresh.join(format!("{FERRY}.txt")).display().to_string());
    assert_fails(&dechaff(&[OsStr::new("-O"), fresh.as_os_str(), OsStr::new("-")], None), 2, "standard input");
    assert!(!fresh.exists(), "nothing written");
    let run = dechaff(&[OsStr::new("-O"), twin_dir.0.as_os_str(), twin.as_os_str()], None);
    assert_fails(&run, 2, "overwrite");
    assert_eq!(std::fs::read_to_string(&twin).unwrap(), corpus(FERRY), "the input is untouched");
}

// Cleaner settings from the command line

/// `--json` output of every corpus page with `args` in front, parsed.
fn json_of_corpus(args: &[&str]) -> Vec<serde_json::Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension() == Some(OsStr::new("txt")))
        .collect();
    paths.sort();
    let mut all: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    all.push(OsStr::new("--json"));
    all.extend(paths.iter().map(|p| p.as_os_str()));
    let run = dechaff(&all, None);
    assert_eq!(run.code, Some(0), "{args:?}: stderr {}", run.stderr);
    run.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// The text the library gives each corpus page with `cleaner`.
fn texts_of_corpus(cleaner: &dechaff::Cleaner) -> Vec<String> {
    corpus_pages().iter().map(|page| cleaner.clean(page).text()).collect()
}

#[test]
fn every_builder_setting_is_a_flag() {
    use dechaff::{Cleaner, Family, Language, Thresholds};
    let texts = |objects: &[serde_json::Value]| -> Vec<String> {
        objects.iter().map(|o| o["text"].as_str().unwrap().to_owned()).collect()
    };
    let default = texts_of_corpus(&Cleaner::default());
    let bridge = Thresholds { body_bridge: 0.1, ..Thresholds::default() };
    // (flags, the same cleaner built with the library)
    let rows: Vec<(&[&str], Cleaner)> = vec![
        (&["--keep-title"], Cleaner::builder().keep_title(true).build().unwrap()),
        (&["--rules-only"], Cleaner::builder().heuristics(false).build().unwrap()),
        (&["--language", "de"], Cleaner::builder().language(Language::German).build().unwrap()),
        (
            &["--disable", "navigation,legal", "--disable", "promo-code"],
            Cleaner::builder()
                .family(Family::Navigation, false)
                .family(Family::Legal, false)
                .family(Family::PromoCode, false)
                .build()
                .unwrap(),
        ),
        (&["--threshold", "body_bridge=0.1"], Cleaner::builder().thresholds(bridge).build().unwrap()),
    ];
    for (flags, cleaner) in rows {
        let expected = texts_of_corpus(&cleaner);
        assert_ne!(expected, default, "{flags:?} changes something on the corpus");
        let objects = json_of_corpus(flags);
        assert_eq!(texts(&objects), expected, "{flags:?}");
        if flags[0] == "--language" {
            assert!(objects.iter().all(|o| o["language"] == "de"));
        }
    }
}

#[test]
fn rules_come_from_a_toml_file_and_its_errors_name_file_line_and_rule() {
    let dir = TempDir::new("rules");
    let rules = dir.file(
        "rules.toml",
        "# house rules\n[ferry-service]\nphrases = [\"Sign up\"]\n\n[capital-lines]\nregex = '^[A-Z ]{8,}$'\n",
    );
    let page = "SPECIAL REPORT\n\nThe harbour ferry will keep running through the winter for the first time, the council \
                decided on Monday after a long debate about costs and safety.\n\nSign up here\n";
    let run = dechaff(&[OsStr::new("--rules"), rules.as_os_str(), OsStr::new("--json")], Some(page.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let reasons: Vec<&str> =
        value["blocks"].as_array().unwrap().iter().map(|b| b["reason"].as_str().unwrap()).collect();
    assert_eq!(reasons, ["capital-lines", "body", "ferry-service"]);

    // The same file works for jsonl.
    let record = format!("{{\"text\":{}}}\n", serde_json::to_string(page).unwrap());
    let run = dechaff(
        &[OsStr::new("jsonl"), OsStr::new("-q"), OsStr::new("--rules"), rules.as_os_str()],
        Some(record.as_bytes()),
    );
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["dechaff"]["removed"]["ferry-service"], 1, "{}", run.stdout);

    // (file, what the one-line error says besides the file's name)
    let rows = [
        ("[ok]\nphrases = ['a']\n\n[ticker]\nregex = '(unclosed'\n", "line 5: rule \"ticker\": invalid regex"),
        ("[x]\nphrase = ['a']\n", "line 2: rule \"x\": unknown key `phrase`"),
        ("[x\nphrases = ['a']\n", "line 1: "),
    ];
    for (text, message) in rows {
        let bad = dir.file("bad.toml", text);
        let run = dechaff(&[OsStr::new("--rules"), bad.as_os_str()], Some(page.as_bytes()));
        assert_eq!(run.code, Some(2), "{text:?}: {}", run.stderr);
        let expected = format!("dechaff: {}: {message}", bad.display());
        assert!(run.stderr.starts_with(&expected), "{text:?}: {:?}, expected {expected:?}", run.stderr);
        assert!(run.stdout.is_empty());
    }
    let missing = dir.0.join("missing.toml");
    let run = dechaff(&[OsStr::new("--rules"), missing.as_os_str()], Some(page.as_bytes()));
    assert_fails(&run, 2, "missing.toml");
}

#[test]
fn bad_settings_exit_2_naming_what_is_wrong() {
    for (args, name) in [
        (&["--language", "xx", "-"][..], "unknown language \"xx\""),
        (&["--disable", "ads", "-"], "unknown rule family \"ads\""),
        (&["--threshold", "nope=1", "-"], "unknown threshold \"nope\""),
        (&["--threshold", "headline_run", "-"], "NAME=VALUE"),
        (&["--threshold", "headline_run=2.5", "-"], "not a whole count"),
        (&["jsonl", "--language", "xx"], "unknown language"),
        (&["jsonl", "--output-field", "dechaff"], "the key dechaff adds"),
        (&["eval", "--disable", "ads", "."], "unknown rule family"),
    ] {
        let run = dechaff(args, Some(b""));
        assert_eq!(run.code, Some(2), "{args:?}: stderr {}", run.stderr);
        assert!(run.stderr.contains(name), "{args:?}: stderr {}", run.stderr);
    }
    let run = dechaff(&["--threshold", "segment_overlap=2", "-"], Some(b"x"));
    assert_fails(&run, 2, "segment_overlap");
}

#[test]
fn color_is_chosen_by_flag() {
    let ferry = corpus_path(FERRY);
    let painted = |args: &[&OsStr]| dechaff(args, None).stdout.contains("\x1b[");
    assert!(painted(&[OsStr::new("--explain"), OsStr::new("--color"), OsStr::new("always"), ferry.as_os_str()]));
    assert!(!painted(&[OsStr::new("--explain"), OsStr::new("--color"), OsStr::new("never"), ferry.as_os_str()]));
    // auto: standard output is a pipe here.
    assert!(!painted(&[OsStr::new("--explain"), ferry.as_os_str()]));
}

#[test]
fn completions_and_man_page_come_from_the_argument_definitions() {
    for (shell, marker) in [("bash", "complete -F"), ("zsh", "#compdef dechaff"), ("fish", "complete -c dechaff")] {
        let run = dechaff(&["completions", shell], None);
        assert_eq!(run.code, Some(0), "{shell}: {}", run.stderr);
        assert!(run.stdout.contains(marker), "{shell}: {}", preview(&run.stdout));
        for flag in ["out-dir", "keep-title", "output-field"] {
            assert!(run.stdout.contains(flag), "{shell} completes --{flag}");
        }
    }
    let run = dechaff(&["man"], None);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains(".TH dechaff 1"), "{}", preview(&run.stdout));
    assert!(run.stdout.contains("\\-\\-rules"), "{}", preview(&run.stdout));
    assert_eq!(dechaff(&["completions", "tcsh"], None).code, Some(2));
}

// eval

#[test]
fn eval_reads_labelled_pages_and_an_empty_folder_is_an_error() {
    let run = dechaff(&[OsStr::new("eval"), Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus").as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let fields: Vec<&str> = run.stdout.lines().last().unwrap().split(' ').collect();
    assert_eq!(fields[0], "docs");
    assert_eq!(fields[1].parse::<usize>().unwrap(), corpus_pages().len());
    assert!(fields[7].parse::<f64>().unwrap() > 0.9, "{}", run.stdout);

    let dir = TempDir::new("eval-empty");
    dir.file("page.txt", "A page without gold.\n");
    let run = dechaff(&[OsStr::new("eval"), dir.0.as_os_str()], None);
    assert_fails(&run, 2, "ID.gold.txt");

    // Labels: the gold is the lines labelled body.
    let page = "Home | News\nThe harbour ferry will keep running through the winter for the first time, the council \
                decided on Monday after a long debate about costs and safety.\n";
    dir.file("p.txt", page);
    dir.file("p.labels.tsv", "line\tlabel\n1\tnavigation\n2\tbody\n");
    let run = dechaff(&[OsStr::new("eval"), dir.0.as_os_str()], None);
    assert_eq!(
        run.stdout, "word docs 1 precision 1.000 recall 1.000 f1 1.000\ndocs 1 precision 1.000 recall 1.000 f1 1.000\n",
        "stderr: {}",
        run.stderr
    );
}

// jsonl: output field and streaming

#[test]
fn jsonl_output_field_keeps_the_raw_text() {
    let page = corpus(FERRY);
    let raw = serde_json::to_string(&page).unwrap();
    let cleaned = serde_json::to_string(&dechaff::clean(&page).text()).unwrap();
    let meta = dechaff_object(&page);
    let input = format!("{{\"id\":1,\"text\":{raw}}}\n{{\"clean\":null,\"text\":{raw}}}\n");
    let run = dechaff(&["jsonl", "-q", "--output-field", "clean"], Some(input.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let expected = format!(
        "{{\"id\":1,\"text\":{raw},\"clean\":{cleaned},\"dechaff\":{meta}}}\n{{\"clean\":{cleaned},\"text\":{raw},\"dechaff\":{meta}}}\n"
    );
    assert_eq!(run.stdout, expected);
}

#[test]
fn jsonl_answers_each_line_before_the_next_is_written() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_dechaff"))
        .args(["jsonl", "--batch", "1", "-q"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("dechaff starts");
    let mut stdin = child.stdin.take().unwrap();
    let (sender, answers) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if sender.send(line.expect("a line")).is_err() {
                break;
            }
        }
    });
    for n in 0..3 {
        let record = article_record(n);
        stdin.write_all(format!("{}\n", record.line()).as_bytes()).unwrap();
        stdin.flush().unwrap();
        // The answer comes while standard input is still open.
        let answer = answers.recv_timeout(std::time::Duration::from_secs(60)).expect("an answer to each line");
        assert_eq!(answer, record.cleaned(), "record {n}");
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn eval_scores_snippet_folders_by_micro_counts_and_lists_languages() {
    let dir = TempDir::new("eval-snippets");
    let page = "Skip to content\n\nThe harbour ferry will keep running through the winter for the first time, the council \
                decided on Monday after a long debate about costs and safety.\n\nSign up for our newsletter\n";
    dir.file("a.txt", page);
    dir.file("a.snippets.json", r#"{"url": "x", "with": ["keep  running through", "not in the page"], "without": ["Skip to content", "Sign up for our newsletter"]}"#);
    dir.file("b.txt", "Startseite\n\nDer Stadtrat hat am Montag beschlossen, die Fähre auch im Winter fahren zu lassen, wie die Stadt mitteilte.\n");
    dir.file("b.snippets.json", r#"{"with": ["Fähre auch im Winter"], "without": ["Startseite"]}"#);
    let run = dechaff(
        &[OsStr::new("eval"), OsStr::new("--by-language"), OsStr::new("--worst"), OsStr::new("1"), dir.0.as_os_str()],
        None,
    );
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    // Found 2 of 3 `with` snippets (one is not in the page), leaked none: precision 1, recall 2/3.
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "a en found 1 missed 1 leaked 0 f1 0.667",
            "language de docs 1 precision 1.000 recall 1.000 f1 1.000",
            "language en docs 1 precision 1.000 recall 0.500 f1 0.667",
            "docs 2 precision 1.000 recall 0.667 f1 0.800",
        ],
        "{}",
        run.stdout
    );
    // A folder mixing gold texts and snippets is refused.
    dir.file("c.txt", page);
    dir.file("c.gold.txt", page);
    assert_fails(&dechaff(&[OsStr::new("eval"), dir.0.as_os_str()], None), 2, "two folders");
}

/// A folder of four pages with gold texts: two articles and a forum page with a `page_type`, and one
/// page whose metadata has none. Each page is its gold plus one line of chaff.
fn typed_eval_folder() -> TempDir {
    let dir = TempDir::new("eval-types");
    let pages = [
        ("a", "Menu Home", "The cat sat on the mat.", Some("article")),
        ("b", "Reply Quote", "First post here", Some("forum")),
        ("c", "Menu Home", "The cat sat on the mat.", Some("article")),
        ("d", "Skip", "One two three four five six seven eight nine.", None),
    ];
    for (id, chaff, gold, page_type) in pages {
        dir.file(&format!("{id}.txt"), format!("{chaff}\n{gold}\n"));
        dir.file(&format!("{id}.gold.txt"), gold);
        let page_type = page_type.map_or("null".to_owned(), |t| format!("\"{t}\""));
        dir.file(&format!("{id}.meta.json"), format!(r#"{{"title": null, "page_type": {page_type}}}"#));
    }
    dir
}

#[test]
fn eval_reports_word_f1_and_one_line_per_page_type() {
    let dir = typed_eval_folder();
    let run = dechaff(&[OsStr::new("eval"), OsStr::new("--as-is"), dir.0.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    // As is, each page keeps its chaff: a and c 6 of 8 words right (f1 6/7), b 3 of 5 (f1 3/4),
    // d 9 of 10 (f1 18/19); the shingle F1 is that of the mean precision and recall.
    let shingles = |pages: &[&str]| {
        let scores: Vec<_> = pages
            .iter()
            .map(|id| {
                let page = std::fs::read_to_string(dir.0.join(format!("{id}.txt"))).unwrap();
                dechaff::eval::Score::new(
                    &page,
                    &std::fs::read_to_string(dir.0.join(format!("{id}.gold.txt"))).unwrap(),
                )
            })
            .collect();
        dechaff::eval::summarize(&scores)
    };
    let (article, forum, unknown, all) =
        (shingles(&["a", "c"]), shingles(&["b"]), shingles(&["d"]), shingles(&["a", "b", "c", "d"]));
    let expected = [
        format!("type article docs 2 word-f1 0.857 shingle-f1 {:.3}", article.f1),
        format!("type forum docs 1 word-f1 0.750 shingle-f1 {:.3}", forum.f1),
        format!("type unknown docs 1 word-f1 0.947 shingle-f1 {:.3}", unknown.f1),
        format!("type all docs 4 word-f1 0.853 shingle-f1 {:.3}", all.f1),
        // Precision (0.75 + 0.6 + 0.75 + 0.9) / 4, every gold word kept.
        "word docs 4 precision 0.750 recall 1.000 f1 0.853".to_owned(),
        format!("docs 4 precision {:.3} recall {:.3} f1 {:.3}", all.precision, all.recall, all.f1),
    ];
    assert_eq!(run.stdout.lines().collect::<Vec<_>>(), expected, "{}", run.stdout);

    // Cleaned: the same lines in the same order, the metadata line before the two totals.
    let run = dechaff(&[OsStr::new("eval"), dir.0.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let heads: Vec<&str> = run.stdout.lines().map(|l| l.split(' ').next().unwrap()).collect();
    // Metadata on all pages, then on each page type, each in two lines.
    let expected = ["type"; 4].into_iter().chain(["metadata"; 6]).chain(["word", "docs"]);
    assert!(heads.iter().copied().eq(expected), "{}", run.stdout);
    assert!(run.stdout.lines().last().unwrap().starts_with("docs 4 precision "), "{}", run.stdout);
}

#[test]
fn eval_ids_and_skip_ids_score_one_part_of_a_folder() {
    let dir = typed_eval_folder();
    let list = dir.file("heldout.txt", "# held out\na\n\n  b  \n");
    let eval = |flag: &str, list: &Path| {
        dechaff(
            &[OsStr::new("eval"), OsStr::new("--as-is"), OsStr::new(flag), list.as_os_str(), dir.0.as_os_str()],
            None,
        )
    };
    let held_out = eval("--ids", &list);
    assert_eq!(held_out.code, Some(0), "stderr: {}", held_out.stderr);
    let lines: Vec<&str> = held_out.stdout.lines().collect();
    // Shingles: a has 3 of its 5 right; b's gold is one 3-word shingle, which b's two 4-word ones miss.
    assert_eq!(
        lines[..2],
        ["type article docs 1 word-f1 0.857 shingle-f1 0.750", "type forum docs 1 word-f1 0.750 shingle-f1 0.000"]
    );
    assert!(
        lines[lines.len() - 2].starts_with("word docs 2 precision 0.675 recall 1.000 f1 0.804"),
        "{}",
        held_out.stdout
    );
    assert!(lines[lines.len() - 1].starts_with("docs 2 "), "{}", held_out.stdout);

    let tuning = eval("--skip-ids", &list);
    assert_eq!(tuning.code, Some(0), "stderr: {}", tuning.stderr);
    let lines: Vec<&str> = tuning.stdout.lines().collect();
    assert_eq!(
        lines[..2],
        ["type article docs 1 word-f1 0.857 shingle-f1 0.750", "type unknown docs 1 word-f1 0.947 shingle-f1 0.923"]
    );
    assert!(lines[lines.len() - 1].starts_with("docs 2 "), "{}", tuning.stdout);

    // A list naming a page the folder lacks, a list that leaves nothing, both flags, a missing list.
    let foreign = dir.file("foreign.txt", "a\nzz\n");
    assert_fails(&eval("--ids", &foreign), 2, "foreign.txt");
    let everything = dir.file("everything.txt", "a\nb\nc\nd\n");
    assert_fails(&eval("--skip-ids", &everything), 2, "no page");
    let both = dechaff(
        &[
            OsStr::new("eval"),
            OsStr::new("--ids"),
            list.as_os_str(),
            OsStr::new("--skip-ids"),
            list.as_os_str(),
            dir.0.as_os_str(),
        ],
        None,
    );
    assert_eq!(both.code, Some(2), "stderr: {}", both.stderr);
    assert!(both.stderr.contains("cannot be used with"), "{}", both.stderr);
    assert_fails(&eval("--ids", &dir.0.join("missing.txt")), 1, "missing.txt");
}

// After an HTML extractor

/// An extract as trafilatura writes one: a table after a one-sentence intro, a list, two
/// leftover lines.
const LEAGUE_EXTRACT: &str = "Results from Saturday's games in the county league.\n\
| Home | Score | Away |\n| Ashford Town | 2–1 | Millbrook |\n| Castle Rovers | 0–0 | Eastfield |\n\
| Hill Lane | 3–2 | Northgate |\nWestbury stay top on goal difference.\nNext round:\n\
- Millbrook v Hill Lane\n- Eastfield v Riverside\nFollow us on Facebook\n";

#[test]
fn input_extracted_keeps_an_extracts_table_and_list_and_removes_its_leftovers() {
    let dir = TempDir::new("extract");
    let path = dir.file("league.txt", LEAGUE_EXTRACT);
    let run = dechaff(&[OsStr::new("--input"), OsStr::new("extracted"), path.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let article: Vec<&str> = LEAGUE_EXTRACT.lines().filter(|l| *l != "Follow us on Facebook").collect();
    assert_eq!(run.stdout.lines().filter(|l| !l.is_empty()).collect::<Vec<_>>(), article);
    // The same in jsonl.
    let record = format!("{{\"text\":{}}}\n", serde_json::to_string(LEAGUE_EXTRACT).unwrap());
    let run = dechaff(&["jsonl", "--input", "extracted"], Some(record.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    let text = value["text"].as_str().unwrap();
    assert!(text.contains("| Hill Lane | 3–2 | Northgate |") && !text.contains("Facebook"), "{text}");
    // As a page, the table right after the first sentence stays, but the short lines and the list
    // after it fall outside the article.
    let run = dechaff(&[OsStr::new("--input"), OsStr::new("page"), path.as_os_str()], None);
    assert!(run.stdout.contains("| Hill Lane | 3–2 | Northgate |"), "{}", run.stdout);
    assert!(!run.stdout.contains("Millbrook v Hill Lane"), "{}", run.stdout);

    let run = dechaff(&[OsStr::new("--input"), OsStr::new("html"), path.as_os_str()], None);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("unknown input kind \"html\" (expected one of: auto, page, extracted)"),
        "{}",
        run.stderr
    );
}

#[test]
fn eval_scores_an_extractors_folder_against_another_folders_gold() {
    let gold = TempDir::new("eval-gold");
    let extracted = TempDir::new("eval-extracted");
    gold.file("p.txt", format!("Home | News | Sport\n{LEAGUE_EXTRACT}Imprint | Privacy\n"));
    gold.file("p.gold.txt", LEAGUE_EXTRACT.replace("Follow us on Facebook\n", ""));
    extracted.file("p.txt", LEAGUE_EXTRACT);
    let gold_dir = gold.0.as_os_str();
    let args = |extra: &[&'static str]| -> Vec<std::ffi::OsString> {
        let mut args = vec!["eval".into(), extracted.0.clone().into_os_string(), "--gold".into(), gold_dir.to_owned()];
        args.extend(extra.iter().map(Into::into));
        args
    };
    // The extract as it is: every gold word, and four more.
    let alone = dechaff(&args(&["--as-is"]), None);
    assert_eq!(alone.code, Some(0), "stderr: {}", alone.stderr);
    for line in alone.stdout.lines() {
        // docs, precision, recall, f1
        let fields: Vec<f64> = line.split(' ').filter_map(|f| f.parse().ok()).collect();
        assert!(fields[1] < 1.0 && fields[2] == 1.0, "{}", alone.stdout);
    }
    let cleaned = dechaff(&args(&["--input", "extracted"]), None);
    assert_eq!(
        cleaned.stdout,
        "word docs 1 precision 1.000 recall 1.000 f1 1.000\ndocs 1 precision 1.000 recall 1.000 f1 1.000\n",
        "stderr: {}",
        cleaned.stderr
    );
}

#[cfg(unix)]
#[test]
fn output_keeps_the_permissions_of_the_file_it_replaces_and_follows_links() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("output-perms");
    let page = dir.file("page.txt", corpus(FERRY));
    let private = dir.file("private.txt", "old\n");
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
    let run = dechaff(&[OsStr::new("-o"), private.as_os_str(), page.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let mode = std::fs::metadata(&private).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "a private output stays private");
    assert!(std::fs::read_to_string(&private).unwrap().contains("harbour"));

    // Through a link: the file it points to is replaced, and the link stays a link.
    let target = dir.file("target.txt", "old\n");
    let link = dir.0.join("link.txt");
    std::os::unix::fs::symlink("target.txt", &link).unwrap();
    let run = dechaff(&[OsStr::new("-o"), link.as_os_str(), page.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&target).unwrap().contains("harbour"));
    let leftovers: Vec<_> = std::fs::read_dir(&dir.0)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".dechaff-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[cfg(unix)]
#[test]
fn an_interrupted_run_leaves_no_temporary_file() {
    use std::os::unix::process::ExitStatusExt;
    for signal in ["TERM", "INT", "HUP"] {
        let dir = TempDir::new("signal");
        let out = dir.0.join("out.jsonl");
        // Standard input stays open, so the run waits for records with its output file open.
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dechaff"))
            .args([OsStr::new("jsonl"), OsStr::new("-q"), OsStr::new("-o"), out.as_os_str()])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("dechaff starts");
        let temp = || !temporary_files(&dir.0).is_empty();
        let started = std::time::Instant::now();
        while !writes_into(child.id(), &dir.0) && started.elapsed() < std::time::Duration::from_secs(20) {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(writes_into(child.id(), &dir.0), "the run opened its temporary file");
        // `wait` would close standard input, and a run that reads its end before the signal is
        // handled finishes normally: the input stays open until the run has stopped.
        let stdin = child.stdin.take();
        let sent = std::process::Command::new("kill").args([format!("-{signal}"), child.id().to_string()]).status();
        assert!(sent.is_ok_and(|s| s.success()), "kill -{signal}");
        let status = child.wait().expect("dechaff stops");
        drop(stdin);
        assert!(status.signal().is_some() || status.code().is_some_and(|c| c > 128), "{signal}: {status:?}");
        assert!(!temp(), "{signal}: a temporary file was left behind");
        assert!(!out.exists(), "{signal}: the output appeared though the run did not finish");
    }
}

/// Whether process `pid` has a temporary output file open in `dir`: a named one, or on Linux an
/// unnamed one (`O_TMPFILE`), which only `/proc/PID/fd` shows.
#[cfg(unix)]
fn writes_into(pid: u32, dir: &Path) -> bool {
    let dir = dir.canonicalize().unwrap();
    let open_in_dir = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .into_iter()
        .flatten()
        .filter_map(|e| std::fs::read_link(e.ok()?.path()).ok())
        .any(|target| target.starts_with(&dir));
    open_in_dir || !temporary_files(&dir).is_empty()
}

/// Names in `dir` that end like a temporary output file.
#[cfg(unix)]
fn temporary_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".dechaff-tmp"))
        .collect()
}

#[cfg(unix)]
#[test]
fn output_to_a_device_writes_to_it_and_keeps_the_node() {
    use std::os::unix::fs::FileTypeExt;
    let ferry = corpus_path(FERRY);
    let is_device = |path: &str| std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_char_device());
    assert!(is_device("/dev/null") && is_device("/dev/full"), "the test needs /dev/null and /dev/full");
    let run = dechaff(&[ferry.as_os_str(), OsStr::new("-o"), OsStr::new("/dev/null")], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert!(is_device("/dev/null"), "/dev/null is still a device");
    let run = dechaff(&[OsStr::new("jsonl"), OsStr::new("-q"), OsStr::new("-o"), OsStr::new("/dev/null")], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert!(is_device("/dev/null"), "/dev/null is still a device after jsonl");
    // A full device is a write error naming it, and stays a device.
    let run = dechaff(&[ferry.as_os_str(), OsStr::new("-o"), OsStr::new("/dev/full")], None);
    assert_fails(&run, 1, "/dev/full");
    assert!(is_device("/dev/full"), "/dev/full is still a device");
}

#[cfg(unix)]
#[test]
fn output_through_a_link_to_a_device_keeps_the_link_and_the_device() {
    use std::os::unix::fs::FileTypeExt;
    let is_device = |path: &str| std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_char_device());
    assert!(is_device("/dev/null"), "the test needs /dev/null");
    // With -o and -O.
    let dir = TempDir::new("o-device-link");
    let page = dir.file("page.txt", corpus(FERRY));
    let link = dir.0.join("null.txt");
    std::os::unix::fs::symlink("/dev/null", &link).unwrap();
    let out_dir = dir.0.join("out");
    std::fs::create_dir(&out_dir).unwrap();
    std::os::unix::fs::symlink("/dev/null", out_dir.join("page.txt")).unwrap();
    for args in [[OsStr::new("-o"), link.as_os_str()], [OsStr::new("-O"), out_dir.as_os_str()]] {
        let run = dechaff(&[args[0], args[1], page.as_os_str()], None);
        assert_eq!(run.code, Some(0), "{args:?}: stderr {}", run.stderr);
        assert!(is_device("/dev/null"), "{args:?}: /dev/null is still a device");
    }
    for link in [link, out_dir.join("page.txt")] {
        assert_eq!(std::fs::read_link(&link).ok().as_deref(), Some(Path::new("/dev/null")), "{}", link.display());
    }
    assert!(temporary_files(&dir.0).is_empty() && temporary_files(&out_dir).is_empty());
}

#[cfg(unix)]
#[test]
fn output_to_a_fifo_reaches_its_reader() {
    use std::os::unix::fs::FileTypeExt;
    let dir = TempDir::new("o-fifo");
    let fifo = dir.0.join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let ferry = corpus_path(FERRY);
    let expected = dechaff(&[ferry.as_os_str()], None).stdout;
    // The reader is there first, as in a pipeline; it ends when the writer closes the FIFO.
    let mut reader = Command::new("cat").arg(&fifo).stdout(Stdio::piped()).spawn().expect("cat starts");
    let run = dechaff(&[ferry.as_os_str(), OsStr::new("-o"), fifo.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let started = std::time::Instant::now();
    while reader.try_wait().expect("cat runs").is_none() && started.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    if reader.try_wait().expect("cat runs").is_none() {
        let _ = reader.kill();
        let _ = reader.wait();
        panic!("the FIFO's reader got no end of input");
    }
    let mut received = String::new();
    std::io::Read::read_to_string(&mut reader.stdout.take().unwrap(), &mut received).unwrap();
    assert_eq!(received, expected);
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "the FIFO stays a FIFO");
    assert!(temporary_files(&dir.0).is_empty());
}

#[cfg(target_os = "linux")]
#[test]
fn output_to_dev_stdout_writes_to_the_pipe() {
    let ferry = corpus_path(FERRY);
    let expected = dechaff(&[ferry.as_os_str()], None).stdout;
    assert!(!expected.is_empty());
    let run = dechaff(&[ferry.as_os_str(), OsStr::new("-o"), OsStr::new("/dev/stdout")], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(run.stdout, expected);
    let record = article_record(1);
    let args = ["jsonl", "-q", "--output", "/dev/stdout"];
    let run = dechaff(&args, Some(format!("{}\n", record.line()).as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(run.stdout, format!("{}\n", record.cleaned()));
}

#[cfg(unix)]
#[test]
fn a_file_size_limit_is_a_write_error_that_leaves_no_temporary_file() {
    let dir = TempDir::new("o-xfsz");
    let records: Vec<Record> = (0..40).map(article_record).collect();
    let input = dir.file("in.jsonl", lines(&records, Record::line));
    let pages: Vec<PathBuf> = (0..10).map(|i| dir.file(&format!("{i}.txt"), &corpus_pages()[i])).collect();
    let out = dir.0.join("out.txt");
    // (arguments after the binary, as `sh` passes them on)
    let runs: [Vec<&OsStr>; 2] = [
        vec![OsStr::new("jsonl"), OsStr::new("-q"), input.as_os_str(), OsStr::new("-o"), out.as_os_str()],
        pages.iter().map(|p| p.as_os_str()).chain([OsStr::new("-o"), out.as_os_str()]).collect(),
    ];
    for args in runs {
        // 4 blocks of 512 bytes (or of 1024, as some shells count): well under the output.
        let output = Command::new("sh")
            .arg("-c")
            .arg("ulimit -f 4 && exec \"$0\" \"$@\"")
            .arg(env!("CARGO_BIN_EXE_dechaff"))
            .args(&args)
            .stdin(Stdio::null())
            .output()
            .expect("sh runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {:?}, stderr {stderr}", output.status);
        assert!(stderr.starts_with(&format!("dechaff: {}: ", out.display())), "{args:?}: {stderr}");
        assert_eq!(temporary_files(&dir.0), Vec::<String>::new(), "{args:?}");
        assert!(!out.exists(), "{args:?}: no output appears");
    }
}

#[cfg(unix)]
#[test]
fn an_allocation_failure_leaves_no_temporary_file() {
    use flate2::{Compression, write::GzEncoder};
    use std::os::unix::process::ExitStatusExt;
    let dir = TempDir::new("o-abort");
    let before = dir.file("before.txt", "kept\n");
    // A small record, then a line of 512 MiB (half a megabyte gzipped): reading it grows one
    // buffer past the address space limit, and Rust aborts, after the output file was opened.
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(article_record(0).line().as_bytes()).unwrap();
    encoder.write_all(b"\n").unwrap();
    let blank = vec![b' '; 1 << 20];
    for _ in 0..512 {
        encoder.write_all(&blank).unwrap();
    }
    let input = dir.file("in.jsonl.gz", encoder.finish().unwrap());
    let out = dir.0.join("out.jsonl");
    let output = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 300000 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_dechaff"))
        .args([OsStr::new("jsonl"), OsStr::new("-q"), input.as_os_str(), OsStr::new("-o"), out.as_os_str()])
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .output()
        .expect("sh runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.signal(), Some(6), "aborted: {:?}, stderr {stderr}", output.status);
    assert!(stderr.contains("memory allocation of"), "{stderr}");
    let mut names: Vec<_> =
        std::fs::read_dir(&dir.0).unwrap().filter_map(|e| e.ok()?.file_name().into_string().ok()).collect();
    names.sort();
    assert_eq!(names, ["before.txt", "in.jsonl.gz"], "nothing but the inputs: no temporary file, no output");
    assert_eq!(std::fs::read_to_string(&before).unwrap(), "kept\n");
}

#[cfg(unix)]
#[test]
fn an_endless_rules_file_fails_fast_naming_the_file_and_the_limit() {
    let started = std::time::Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dechaff"))
        .args(["--rules", "/dev/zero", "-"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dechaff starts");
    // Before the limit, dechaff read until the allocator gave up, at about 4 GB.
    while child.try_wait().expect("dechaff runs").is_none() && started.elapsed() < std::time::Duration::from_secs(30) {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    if child.try_wait().expect("dechaff runs").is_none() {
        let _ = child.kill();
        let _ = child.wait();
        panic!("dechaff --rules /dev/zero still reading after 30 s");
    }
    let output = child.wait_with_output().expect("dechaff ends");
    let run = Run {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    };
    assert_fails(&run, 2, "dechaff: /dev/zero: larger than 16 MiB, the most a rules file may hold");
}

#[test]
fn jsonl_takes_1_to_1024_threads() {
    let record = format!("{}\n", article_record(1).line());
    for threads in ["1025", "65535"] {
        let run = dechaff(&["jsonl", "--threads", threads], Some(record.as_bytes()));
        assert_eq!(run.code, Some(2), "--threads {threads}: stderr {}", run.stderr);
        assert!(run.stderr.contains("--threads") && run.stderr.contains("1..=1024"), "{}", run.stderr);
        assert!(run.stdout.is_empty(), "--threads {threads}: stdout {}", run.stdout);
    }
    // 1024 is taken: the run goes on to open its input (before it starts any thread; 1024 of
    // them take seconds to start on two cores).
    let run = dechaff(&["jsonl", "--threads", "1024", "no-such-shard.jsonl"], None);
    assert_fails(&run, 1, "no-such-shard.jsonl");
    let run = dechaff(&["jsonl", "-q", "--threads", "3"], Some(record.as_bytes()));
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(run.stdout, format!("{}\n", article_record(1).cleaned()));
}

#[test]
fn jsonl_counts_lone_surrogates_in_its_summary() {
    // (lines, lone surrogates replaced): a pair is a character, not counted; `--on-error pass`
    // copies a malformed line through, and other fields are never read.
    let rows = [
        (r#"{"text":"plain"}"#.to_owned() + "\n", 0),
        (r#"{"text":"a \ud800 b \udc00 c \ud83d\ude00"}"#.to_owned() + "\n" + r#"{"text":"\udbff"}"# + "\n", 3),
        (r#"{"id":"\ud800","text":"x"}"#.to_owned() + "\n" + r#"{"text":1}"# + "\n", 0),
    ];
    for (input, lone_surrogates) in rows {
        let run = dechaff(&["jsonl", "--on-error", "pass"], Some(input.as_bytes()));
        assert_eq!(run.code, Some(0), "{input}: stderr {}", run.stderr);
        let summary = run.stderr.lines().last().unwrap_or_default();
        let expected = format!(" with errors, {lone_surrogates} lone surrogates replaced, ");
        assert!(summary.contains(&expected), "{input}: {summary:?}, expected {expected:?}");
        if lone_surrogates > 0 {
            assert!(run.stdout.contains('\u{FFFD}'), "{}", run.stdout);
        }
    }
}

// Compressed output

/// Whether `gzip -t` finds `path` a sound gzip file.
fn gzip_tests_sound(path: &Path) -> bool {
    Command::new("gzip").arg("-t").arg(path).status().is_ok_and(|status| status.success())
}

fn gunzip(path: &Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    let file = std::fs::File::open(path).expect("gzip output");
    std::io::Read::read_to_end(&mut flate2::read::MultiGzDecoder::new(file), &mut bytes).expect("gunzips");
    bytes
}

#[test]
fn outputs_named_gz_are_written_gzip_compressed() {
    use flate2::{Compression, write::GzEncoder};
    let dir = TempDir::new("gz-out");
    let records: Vec<Record> = (0..5).map(article_record).collect();
    let shard = dir.file("shard.jsonl", lines(&records, Record::line));
    let ferry = corpus_path(FERRY);
    let other = corpus_path("de-bahnstreik-pendler");
    // (arguments before `-o FILE`, FILE's name)
    let runs: [(&[&OsStr], &str); 2] = [
        (&[OsStr::new("jsonl"), OsStr::new("-q"), shard.as_os_str()], "x.jsonl"),
        (&[ferry.as_os_str(), other.as_os_str()], "out.txt"),
    ];
    for (args, name) in runs {
        let (plain, gz) = (dir.0.join(name), dir.0.join(format!("{name}.gz")));
        for out in [&plain, &gz] {
            let mut args = args.to_vec();
            args.extend([OsStr::new("-o"), out.as_os_str()]);
            let run = dechaff(&args, None);
            assert_eq!((run.code, run.stdout.as_str()), (Some(0), ""), "{out:?}: stderr {}", run.stderr);
        }
        let expected = std::fs::read(&plain).unwrap();
        assert!(!expected.is_empty() && !expected.starts_with(&[0x1f, 0x8b]), "{name} is plain");
        assert!(gzip_tests_sound(&gz), "{name}.gz passes gzip -t");
        assert_eq!(gunzip(&gz), expected, "{name}.gz holds the same bytes");
    }

    // `-O` names each output after its input: a gzipped input is read gunzipped and written
    // gzipped under its own name.
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(corpus(FERRY).as_bytes()).unwrap();
    let page_gz = dir.file("page.txt.gz", encoder.finish().unwrap());
    let out_dir = dir.0.join("cleaned");
    let run = dechaff(&[OsStr::new("-O"), out_dir.as_os_str(), page_gz.as_os_str()], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let written = out_dir.join("page.txt.gz");
    assert!(gzip_tests_sound(&written), "-O's page.txt.gz passes gzip -t");
    assert_eq!(gunzip(&written), dechaff(&[ferry.as_os_str()], None).stdout.into_bytes());
    assert!(temporary_files(&dir.0).is_empty() && temporary_files(&out_dir).is_empty());
}

/// `dechaff features` writes the features' names, then one record per page with each block's line,
/// text, verdict and a vector as long as the names.
#[test]
fn features_writes_a_vector_per_block() {
    let dir = corpus_path(FERRY);
    let dir = dir.parent().unwrap();
    let run = dechaff(&[OsStr::new("features"), dir.as_os_str()], None);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut lines = run.stdout.lines();
    let header: serde_json::Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    let width = header["block_features"].as_array().unwrap().len();
    assert!(header["page_features"].as_array().is_some_and(|p| !p.is_empty() && p.len() < width));
    let records: Vec<serde_json::Value> = lines.map(|l| serde_json::from_str(l).unwrap()).collect();
    let ferry = records.iter().find(|r| r["id"] == FERRY).expect("a record per page");
    let blocks = ferry["blocks"].as_array().unwrap();
    assert_eq!(
        blocks.len(),
        std::fs::read_to_string(corpus_path(FERRY)).unwrap().lines().filter(|l| !l.trim().is_empty()).count()
    );
    for block in blocks {
        assert_eq!(block[4].as_array().unwrap().len(), width);
    }
    assert_eq!(blocks[0][1], "Skip to content");
    assert_eq!(blocks[0][3], "navigation");
}
