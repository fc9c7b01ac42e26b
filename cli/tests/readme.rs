//! The command examples of the README and of docs/, run as a user would run them: every ```` ```console ```` block
//! holds `$ dechaff ARGS` lines, each followed by what it prints on standard output. The test runs
//! each command from the repository root with the built binary and compares, so a change in
//! behaviour fails until the README follows.
//!
//! A line `...` in the expected output stands for any number of lines. Arguments are split like a
//! shell would split them, with single and double quotes.

use std::path::Path;
use std::process::Command;

/// One `$ dechaff ...` line of the README and the output written under it.
struct Example {
    line: usize,
    args: Vec<String>,
    expected: Vec<String>,
}

fn examples(readme: &str) -> Vec<Example> {
    let mut examples = Vec::new();
    let mut in_console = false;
    for (i, line) in readme.lines().enumerate() {
        let fence = line.trim_start().starts_with("```");
        if fence {
            in_console = !in_console && line.trim() == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ ") {
            let words = split(command);
            assert_eq!(words.first().map(String::as_str), Some("dechaff"), "line {}: {line}", i + 1);
            examples.push(Example { line: i + 1, args: words[1..].to_vec(), expected: Vec::new() });
        } else if let Some(example) = examples.last_mut() {
            example.expected.push(line.to_owned());
        } else {
            panic!("line {}: output before any command", i + 1);
        }
    }
    examples
}

/// Splits a command line into words: whitespace separates, quotes group.
fn split(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    let mut in_word = false;
    for c in command.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    assert!(quote.is_none(), "unclosed quote in {command:?}");
    if in_word {
        words.push(word);
    }
    words
}

/// Whether `actual` matches `expected`, where a `...` line in `expected` matches any lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "..." => (0..=actual.len()).any(|skip| matches(rest, &actual[skip..])),
        Some((first, rest)) => actual.first().is_some_and(|line| line == first) && matches(rest, &actual[1..]),
    }
}

#[test]
fn readme_commands_print_what_the_readme_shows() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    // The README and every page of docs/, each example named by its file and line.
    let mut files = vec![root.join("README.md")];
    let mut docs: Vec<_> = std::fs::read_dir(root.join("docs"))
        .expect("docs/")
        .map(|entry| entry.expect("a docs/ entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    let mut examples_of: Vec<(String, Example)> = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a readable page");
        let name = file.strip_prefix(&root).unwrap_or(file).display().to_string();
        examples_of.extend(examples(&text).into_iter().map(|e| (name.clone(), e)));
    }
    assert!(examples_of.len() >= 5, "the README and docs/ show {} commands", examples_of.len());
    let mut failures = Vec::new();
    for (file, example) in &examples_of {
        let output = Command::new(env!("CARGO_BIN_EXE_dechaff"))
            .args(&example.args)
            .current_dir(&root)
            .env("NO_COLOR", "1")
            .output()
            .expect("dechaff runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let actual: Vec<&str> = stdout.lines().collect();
        // Trailing blank lines in the README block are layout, not output.
        let mut expected = example.expected.clone();
        while expected.last().is_some_and(|l| l.is_empty()) {
            expected.pop();
        }
        if !output.status.success() || !matches(&expected, &actual) {
            failures.push(format!(
                "{file} line {}: dechaff {}\nexit: {}\nexpected:\n{}\nactual:\n{}\nstderr:\n{}",
                example.line,
                example.args.join(" "),
                output.status,
                expected.join("\n"),
                stdout,
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_checker_itself_matches_elisions_and_splits_quotes() {
    let lines = |s: &str| s.lines().map(str::to_owned).collect::<Vec<_>>();
    assert!(matches(&lines("a\n...\nd"), &["a", "b", "c", "d"]));
    assert!(matches(&lines("a\n..."), &["a"]));
    assert!(!matches(&lines("a\n...\nd"), &["a", "b", "c"]));
    assert!(!matches(&lines("a\nb"), &["a", "b", "c"]));
    assert_eq!(
        split(r#"dechaff --rules 'my rules.toml' "x y" z"#),
        ["dechaff", "--rules", "my rules.toml", "x y", "z"]
    );
}
