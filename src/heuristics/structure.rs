//! Structure inside an article: tables, lists, schedules and records. Their lines have little
//! language in them (cells, quantities, dates, "Label: value") and look like menus or headline
//! lists one at a time, but a run of lines of one shape is one unit: content where it sits inside
//! the article or right under the line that introduces it, boilerplate elsewhere.

use crate::stats::BlockStats;
use std::ops::Range;

/// The shape of one line that can belong to a table, list, schedule or record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Cells separated by `|` or tabs: the number of cells.
    Row(usize),
    /// "Label: value", a short label.
    Field,
    /// A quantity or number first: "200 g flour", "3 large eggs", "12. Kaya (FC Nord)".
    Quantity,
    /// A bullet or a list number first: "- item", "• item", "1. item", "2) item".
    Item,
    /// A date or day first, then a dash: "June 9 — Venue, City", "12.03. – Rathaus".
    Dated,
}

/// Lines of one shape in a row that make a unit.
const MIN_RUN: usize = 3;

/// A label is at most this many words.
const LABEL_WORDS: usize = 5;

/// The shape of a line, if it has one of the shapes in [`Shape`].
pub(crate) fn shape(text: &str, stats: &BlockStats) -> Option<Shape> {
    // A markdown table's row ("| a | b |"), as extractors and converters write tables, however
    // long its cells.
    let trimmed = text.trim_end();
    if trimmed.len() > 2 && trimmed.starts_with('|') && trimmed.ends_with('|') && stats.chars <= 2000 {
        // Every cell counts, empty ones too: the rows of one table have one width.
        let cells = trimmed.split('|').count() - 2;
        if trimmed.split('|').any(|cell| !cell.trim().is_empty()) {
            return Some(Shape::Row(cells));
        }
    }
    // Paragraphs are not items or rows: an item is short, and so is a row of cells.
    if stats.words > 40 || stats.chars > 400 {
        return None;
    }
    if memchr::memchr2(b'|', b'\t', text.as_bytes()).is_some() {
        let cells = text.split(['|', '\t']).filter(|cell| !cell.trim().is_empty()).count();
        if cells >= 2 {
            return Some(Shape::Row(cells));
        }
    }
    let first = text.chars().next()?;
    if matches!(first, '-' | '*' | '•' | '–' | '·' | '▪' | '◦' | '►' | '✓' | '✔')
        && text[first.len_utf8()..].starts_with(' ')
    {
        return Some(Shape::Item);
    }
    // A number first, vulgar fractions ("½ tsp") included.
    if first.is_numeric() {
        let digits_end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
        let rest = &text[digits_end..];
        if (rest.starts_with(". ") || rest.starts_with(") ")) && digits_end <= 3 {
            return Some(Shape::Item);
        }
        if dash_after_date(text) {
            return Some(Shape::Dated);
        }
        return Some(Shape::Quantity);
    }
    if dash_after_date(text) {
        return Some(Shape::Dated);
    }
    if let Some((label, value)) = text.split_once(':') {
        let label_words = label.split_whitespace().count();
        let is_field = (1..=LABEL_WORDS).contains(&label_words)
            && !label.contains(['.', '!', '?', '"', '“', '„'])
            && value.starts_with(' ')
            && !value.trim().is_empty()
            // A value, not a quotation or a sentence after a colon.
            && !value.trim_end().ends_with(['.', '!', '?', '"', '”', '“', '»', '…'])
            && !value.starts_with("//");
        if is_field {
            return Some(Shape::Field);
        }
    }
    None
}

/// Whether the line starts with a short date-like lead (a month name or a number with a day
/// number) followed by a dash: the lines of a schedule.
fn dash_after_date(text: &str) -> bool {
    // The lead is at most four short words: look for the dash near the start only (a hyphen, or
    // the first byte of an en or em dash).
    let head = &text.as_bytes()[..text.len().min(48)];
    if memchr::memchr2(b'-', 0xE2, head).is_none() {
        return false;
    }
    let window = match text.char_indices().nth(32) {
        Some((at, _)) => &text[..at],
        None => text,
    };
    let Some(at) = window.find(['—', '–', '-']) else {
        return false;
    };
    let lead = &window[..at];
    let lead_words = lead.split_whitespace().count();
    (1..=4).contains(&lead_words)
        && lead.chars().any(|c| c.is_ascii_digit())
        && lead.chars().all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '.' | ',' | '/'))
        && text[at..].chars().nth(1).is_some_and(char::is_whitespace)
}

/// How a structured run belongs to the article found as `region`, if it does: the range the
/// region must grow to hold. It belongs when it lies inside it; when it follows it directly
/// (inline boilerplate between them aside) after a line that introduces it with a colon; or when
/// a heading (a line ending in a colon, or a word or two) introduces it right before the article
/// starts (a recipe's ingredients before its steps), the heading included.
pub(crate) fn belongs_to_body(
    run: &Range<usize>,
    region: &Range<usize>,
    texts: &[&str],
    stats: &[BlockStats],
    inline: &[bool],
) -> Option<Range<usize>> {
    if region.is_empty() {
        return None;
    }
    if run.start >= region.start && run.end <= region.end {
        return Some(region.clone());
    }
    if run.start >= region.end {
        // A table of figures right after the article is its data (results, prices, a timetable):
        // menus and headline lists are not written in cells with numbers. Flattened to lines of
        // text, each row still holds several numbers.
        let cells = run.clone().all(|i| matches!(shape(texts[i], &stats[i]), Some(Shape::Row(_))));
        let figures = (cells && run.clone().filter(|&i| stats[i].digits > 0).count() * 3 >= run.len() * 2)
            || run.clone().all(|i| numbers(texts[i]) >= FIGURES_PER_ROW);
        // Its header row (the column names, no sentence) may stand between.
        let header = |i: usize| figures && i + 1 == run.start && stats[i].sentence_ends == 0 && stats[i].words <= 60;
        let intro = (region.start..run.start).rev().find(|&i| !inline[i] && !header(i));
        let colon = intro.filter(|&i| stats[i].ends_with_colon);
        // The line that introduces it may stand after the region too, as the article's last.
        let gap_is_inline = (region.end..run.start).all(|i| inline[i] || header(i) || Some(i) == colon);
        let introduced = colon.is_some() || figures;
        return (gap_is_inline && introduced).then_some(region.start..run.end);
    }
    // Before the article: at most two short lines (a "Method:" heading) between them, and a
    // heading over the run: a line ending in a colon, or a word or two ("Ingredients").
    let heading = |s: &BlockStats| s.ends_with_colon || (s.words <= 2 && s.sentence_ends == 0 && s.digits == 0);
    let before = run.end <= region.start
        && region.start - run.end <= 2
        && (run.end..region.start).all(|i| stats[i].words <= 4)
        && run.start > 0
        && heading(&stats[run.start - 1]);
    before.then_some(run.start.saturating_sub(1)..region.end)
}

/// Numbers a row of a flattened table of figures holds at least ("3 (tie) Name 11 43% 3.5 726").
const FIGURES_PER_ROW: usize = 3;

/// How many words of the line hold a digit.
fn numbers(text: &str) -> usize {
    text.split_whitespace().filter(|word| word.bytes().any(|b| b.is_ascii_digit())).count()
}

/// Runs of at least three consecutive blocks of one shape (rows of one width for tables), given
/// each block's [`shape`].
pub(crate) fn find_runs(shapes: &[Option<Shape>]) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    while start < shapes.len() {
        let Some(kind) = shapes[start] else {
            start += 1;
            continue;
        };
        let mut end = start + 1;
        while end < shapes.len() && shapes[end] == Some(kind) {
            end += 1;
        }
        // A table's header row may be one cell wider or narrower than its rows.
        let table_header =
            matches!(kind, Shape::Row(_)) && start > 0 && matches!(shapes[start - 1], Some(Shape::Row(_)));
        let run_start = if table_header { start - 1 } else { start };
        if end - run_start >= MIN_RUN {
            runs.push(run_start..end);
        }
        start = end;
    }
    runs
}

/// A sentence that introduces a list is at least this many words ("Tags:" or "Share:" is a label).
const INTRO_WORDS: u32 = 5;

/// An introduction holds at least one stopword in this many words.
const INTRO_STOPWORDS: u32 = 5;

/// A list item without a mark is at most this many words.
const ITEM_WORDS: u32 = 20;

/// Lines of code that make a listing at least: fewer are a sentence that happens to hold a sign.
const CODE_LINES: usize = 3;

/// A listing's line is at most this many bytes: longer is a paragraph quoting code.
const CODE_BYTES: usize = 300;

/// What a line of a code listing is, as converters print one: a line of code, a comment or a
/// closing bracket, or the listing's line number printed on its own line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CodeLine {
    /// A statement, a declaration, a call, a shell command: reads as code on its own.
    Code,
    /// A comment, a bracket or a line of code too plain to tell on its own: code only beside code.
    Member,
    /// A line number: digits alone.
    Number(u32),
}

/// Keywords that open a line of code in the languages documentation shows most, with the space
/// or sign after them.
const CODE_OPENERS: [&str; 24] = [
    "import ",
    "#include",
    "package ",
    "using ",
    "def ",
    "fn ",
    "func ",
    "function ",
    "return ",
    "public ",
    "private ",
    "static ",
    "async ",
    "await ",
    "export ",
    "echo ",
    "sudo ",
    ">>> ",
    "<?php",
    "SELECT ",
    "require(",
    "npm ",
    "pip ",
    "cd ",
];

/// How a line reads in a code listing, if it can be part of one (`stats`: the line's statistics
/// with the stopwords of the language that has most in it, asked for only when needed). Read once
/// a page, as shapes are; most lines are turned away by their first and last bytes.
pub(crate) fn code_line(text: &str, stats: impl FnOnce() -> BlockStats) -> Option<CodeLine> {
    let line = text.trim();
    let bytes = line.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else { return None };
    if bytes.len() > CODE_BYTES {
        return None;
    }
    if bytes.len() <= 4 && bytes.iter().all(u8::is_ascii_digit) {
        return line.parse().ok().map(CodeLine::Number);
    }
    // A bracket closed last ends a note in prose as often as a call: it counts only after one.
    let ends_in_code = matches!(last, b';' | b'{' | b'}' | b'(' | b'[') || line.ends_with("=>");
    // Prose and menus start with a capital and end in a letter or a full stop: unless the line
    // holds an `=`, the one sign of code that stands mid-line alone, none of the forms below.
    let edge = first.is_ascii_lowercase()
        || matches!(
            first,
            b'$' | b'#' | b'/' | b'*' | b'-' | b'.' | b'<' | b'>' | b'{' | b'}' | b'(' | b')' | b'[' | b']' | b'S'
        )
        || ends_in_code
        || last == b')';
    let equals = memchr::memchr(b'=', bytes);
    if !edge && equals.is_none() {
        return None;
    }
    let bracket = |b: &u8| matches!(b, b'(' | b')' | b'{' | b'}' | b'[' | b']');
    if bytes.iter().all(|b| bracket(b) || matches!(b, b';' | b',' | b' ')) {
        return Some(CodeLine::Member);
    }
    // A comment, or a template's placeholder ("{title}", "{{ price }}"), a page's leftover.
    if ["# ", "// ", "/*", "* ", "*/", "-- "].iter().any(|m| line.starts_with(m)) || (first == b'{' && last == b'}') {
        return Some(CodeLine::Member);
    }
    let opens = first.is_ascii_lowercase() && opens_code(line, last, equals.is_some())
        || CODE_OPENERS.iter().any(|k| line.starts_with(k))
        // A shell's prompt before a command, not a price: "$ cd src", not "$ 12.00" or "$ AUD".
        || line.strip_prefix("$ ").is_some_and(|command| command.starts_with(|c: char| c.is_ascii_lowercase()));
    let assigns = equals.is_some_and(|at| assigns_code(line, at));
    let calls = (ends_in_code || last == b')') && calls_code(line);
    // A list's items end in semicolons too, in many languages: an ending counts with a sign of
    // code inside the line.
    let signed = ends_in_code
        && (bytes[..bytes.len() - 1].iter().any(|b| bracket(b) || matches!(b, b'=' | b'"')) || line.contains("->"));
    if !(opens || assigns || calls || signed) {
        return ends_in_code.then_some(CodeLine::Member);
    }
    let stats = stats();
    let plain = stats.sentence_ends == 0 || ends_in_code;
    let bare = signed && (first == b'.' || stats.stopwords * 4 < stats.words.max(1));
    if plain && (opens || assigns || calls || bare) {
        return Some(CodeLine::Code);
    }
    ends_in_code.then_some(CodeLine::Member)
}

/// A name of code: letters, digits and `_.$[]"'`, as in `os.environ["KEY"]`.
fn is_identifier(s: &str) -> bool {
    let s = s.trim_start_matches('.');
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$' | b'[' | b']' | b'"' | b'\''))
}

/// Whether the `=` at byte `at` assigns a value in code: "name = value", "a, b = pair",
/// "key=value,": names before a single `=`, and a value that is code too, a string, a number, a
/// call, an index, a path ("S = Specific" and "unigram = 1-gram = one word" are definitions).
fn assigns_code(line: &str, at: usize) -> bool {
    let left = line[..at].trim_end();
    let right = line[at + 1..].trim().trim_end_matches([';', ',']);
    let rb = right.as_bytes();
    let value = rb.first().is_some_and(|b| matches!(b, b'"' | b'\'' | b'[' | b'{'))
        || rb.iter().any(|b| matches!(b, b'(' | b'[' | b'{' | b'='))
        || (!rb.is_empty() && rb.iter().all(|b| b.is_ascii_digit() || *b == b'.'))
        || (!rb.contains(&b' ') && rb.iter().any(|b| matches!(b, b'.' | b'_')))
        || ["true", "false", "null", "None", "nil", "new "].iter().any(|k| right.starts_with(k));
    !left.is_empty()
        && !line[at + 1..].starts_with('=')
        && left.split(',').all(|name| !name.trim().contains(' ') && is_identifier(name.trim()))
        && value
}

/// Whether the line opens with a call: "print(x)", "client.send(", ".then((m) => {", an
/// identifier or a chain, then a bracket; a name and empty brackets alone ("calc()") is an
/// entry of a reference's index.
fn calls_code(line: &str) -> bool {
    let token = line.split(' ').next().unwrap_or("");
    !(token.len() == line.len() && line.ends_with("()"))
        && token.find('(').is_some_and(|at| {
            let name = &token[..at];
            is_identifier(name) && (name.contains(['.', '_']) || name.starts_with(|c: char| c.is_ascii_lowercase()))
        })
}

/// Whether a line that starts in lowercase opens like code: an import, a declaration with a
/// value, or a block's opening line ("while True:", "if (ready) {", "else:").
fn opens_code(line: &str, last: u8, equals: bool) -> bool {
    (line.starts_with("from ") && line.contains(" import "))
        || (matches!(last, b':' | b'{')
            && ["if ", "if(", "for ", "for(", "while ", "while(", "elif ", "else", "try", "except", "with ", "switch"]
                .iter()
                .any(|k| line.starts_with(k)))
        || (equals && ["const ", "let ", "var "].iter().any(|k| line.starts_with(k)))
}

/// Code listings: runs of lines of code, comments, brackets and line numbers (each the one
/// before's plus one), with at least [`CODE_LINES`] lines that read as code on their own.
/// Documentation shows its code between paragraphs; one line at a time it reads as junk.
pub(crate) fn find_code(lines: &[Option<CodeLine>]) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (mut end, mut code, mut number) = (i, 0, None::<u32>);
        while let Some(&Some(line)) = lines.get(end) {
            match line {
                CodeLine::Number(n) => {
                    if number.is_some_and(|last| n != last + 1) {
                        break;
                    }
                    number = Some(n);
                }
                CodeLine::Code => code += 1,
                CodeLine::Member => {}
            }
            end += 1;
        }
        if code >= CODE_LINES {
            runs.push(i..end);
            i = end;
        } else {
            i = end.max(i + 1);
        }
    }
    runs
}

/// Lists without marks, as converters that drop bullets print them: a sentence ending in a colon
/// ("Before choosing an insurer, consider:"), then at least three short lines of one sentence at
/// most that no rule removed. Returns the items' ranges.
pub(crate) fn find_introduced_lists(stats: &[BlockStats], ruled: &[bool]) -> Vec<Range<usize>> {
    let n = stats.len();
    // An item reads as a phrase or a sentence, not a headline: most of its words start lowercase.
    let item = |j: usize| {
        let s = &stats[j];
        !ruled[j]
            && (1..=ITEM_WORDS).contains(&s.words)
            && s.sentence_ends <= 1
            && !s.ends_with_colon
            && s.capitalised_words * 3 <= s.words * 2
    };
    // The introduction is one sentence with words of the page's language in it.
    let intro = |i: usize| {
        let s = &stats[i];
        s.ends_with_colon
            && s.words >= INTRO_WORDS
            && s.sentence_ends == 0
            && s.stopwords * INTRO_STOPWORDS >= s.words
            && !ruled[i]
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < n {
        if intro(i) {
            let end = (i + 1..n).find(|&j| !item(j)).unwrap_or(n);
            if end - (i + 1) >= MIN_RUN {
                runs.push(i + 1..end);
                i = end;
                continue;
            }
        }
        i += 1;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn shape_of(line: &str) -> Option<Shape> {
        shape(line, &BlockStats::compute(line, Language::English))
    }

    #[test]
    fn a_table_of_figures_right_after_the_article_is_part_of_it() {
        let lines = [
            "Results from Saturday's games in the county league, where the leaders dropped points again.",
            "| Home | Score | Away |",
            "| Ashford Town | 2–1 | Millbrook |",
            "| Castle Rovers | 0–0 | Eastfield |",
        ];
        let stats: Vec<BlockStats> =
            lines.iter().map(|t| BlockStats::compute(t, crate::lang::Language::English)).collect();
        let inline = [false; 4];
        assert_eq!(belongs_to_body(&(1..4), &(0..1), &lines, &stats, &inline), Some(0..4));
        // A row of menu cells is not.
        let menu = [
            "Results from Saturday's games in the county league, where the leaders dropped points again.",
            "| Home | News |",
            "| Sport | Weather |",
            "| Culture | Contact |",
        ];
        let stats: Vec<BlockStats> =
            menu.iter().map(|t| BlockStats::compute(t, crate::lang::Language::English)).collect();
        assert_eq!(belongs_to_body(&(1..4), &(0..1), &menu, &stats, &inline), None);
    }

    #[test]
    fn lists_without_marks_under_an_introducing_sentence() {
        let lists = |lines: &[&str]| {
            let stats: Vec<BlockStats> = lines.iter().map(|t| BlockStats::compute(t, Language::English)).collect();
            find_introduced_lists(&stats, &vec![false; lines.len()])
        };
        let items = ["the timetable for the winter", "the price of a season ticket", "room for bicycles and prams"];
        let intro = "Islanders asked above all about the following points:";
        let mut lines = vec!["The council met on Monday.", intro];
        lines.extend(items);
        lines.push("The council will answer in the spring. It meets the operator first.");
        assert_eq!(lists(&lines), vec![2..5]);
        // Two items are no list; a label is no introduction, nor a headline of questions; lines
        // of capitalised words are headlines, not items.
        assert_eq!(lists(&[intro, items[0], items[1]]), Vec::<Range<usize>>::new());
        let mut labelled = vec!["Tags:"];
        labelled.extend(items);
        assert_eq!(lists(&labelled), Vec::<Range<usize>>::new());
        let mut questions = vec!["Strikers? Goals? The coach speaks plainly about all of it:"];
        questions.extend(items);
        assert_eq!(lists(&questions), Vec::<Range<usize>>::new());
        let headlines =
            [intro, "Zoo Welcomes Two Baby Otters", "Local Band Delights Crowd In Park", "Stock Markets Close Higher"];
        assert_eq!(lists(&headlines), Vec::<Range<usize>>::new());
    }

    #[test]
    fn fractions_start_quantities() {
        let stats = BlockStats::compute("½ tsp ground cumin", crate::lang::Language::English);
        assert_eq!(shape("½ tsp ground cumin", &stats), Some(Shape::Quantity));
    }

    #[test]
    fn a_one_word_heading_introduces_a_run_before_the_article() {
        let lines = [
            "Ingredients",
            "1 onion",
            "2 cloves garlic",
            "200 g lentils",
            "Method",
            "Warm the oil and cook the onion for eight minutes until it is soft.",
        ];
        let stats: Vec<BlockStats> =
            lines.iter().map(|t| BlockStats::compute(t, crate::lang::Language::English)).collect();
        let inline = [false; 6];
        assert_eq!(belongs_to_body(&(1..4), &(5..6), &lines, &stats, &inline), Some(0..6));
        // A sentence over the run does not introduce it.
        let lines = [
            "Our shop is open every day of the week.",
            "1 onion",
            "2 cloves garlic",
            "200 g lentils",
            "Method",
            "Warm the oil and cook the onion for eight minutes until it is soft.",
        ];
        let stats: Vec<BlockStats> =
            lines.iter().map(|t| BlockStats::compute(t, crate::lang::Language::English)).collect();
        assert_eq!(belongs_to_body(&(1..4), &(5..6), &lines, &stats, &inline), None);
    }

    #[test]
    fn shapes_table() {
        let rows: &[(&str, Option<Shape>)] = &[
            ("Ashcombe Rovers | 18 | 12 | 3 | 3 | 39", Some(Shape::Row(6))),
            ("Name\tAge\tTown", Some(Shape::Row(3))),
            // A markdown row counts its empty cells, and its delimiter row is one of its rows.
            ("| Thin LTO. | 5% | 5% |  |", Some(Shape::Row(4))),
            ("|---|---|---|---|", Some(Shape::Row(4))),
            ("Gewicht: 1,2 kg", Some(Shape::Field)),
            ("Prep time: 20 minutes", Some(Shape::Field)),
            ("200 g plain flour", Some(Shape::Quantity)),
            ("3 large eggs", Some(Shape::Quantity)),
            ("- Pack a spare tube", Some(Shape::Item)),
            ("• Free parking", Some(Shape::Item)),
            ("1. Heat the oven to 180°C.", Some(Shape::Item)),
            ("June 9 — The Corn Exchange, Port Alder", Some(Shape::Dated)),
            ("12.03. – Rathaus, Nordstadt", Some(Shape::Dated)),
            ("The mayor said: \"We will build it.\"", None),
            ("He said it was over. Then he left: nobody followed.", None),
            ("The council voted on Monday to restore the ferry.", None),
            ("https://example.org/story", None),
        ];
        for &(line, expected) in rows {
            assert_eq!(shape_of(line), expected, "{line}");
        }
    }

    #[test]
    fn code_listings_need_three_lines_of_code_and_numbers_that_count_up() {
        let runs = |lines: &[&str]| {
            let read: Vec<_> =
                lines.iter().map(|l| code_line(l, || BlockStats::compute(l, Language::English))).collect();
            find_code(&read)
        };
        let listing = ["1", "import os", "2", "key = os.environ[\"KEY\"]", "3", "4", "client = Client(key)", "5", ")"];
        assert_eq!(runs(&listing), vec![0..9]);
        // A block's opening line does not break it.
        let listing =
            ["while True:", "line = port.readline()", "if line:", "a, b = line.split()", "else:", "time.sleep(1)"];
        assert_eq!(runs(&listing), vec![0..6]);
        // JavaScript and shell lines, a comment and a closing bracket between them.
        let listing =
            ["const client = new Client(key);", "// send it", "client.send({ to: number })", "});", "$ node send.js"];
        assert_eq!(runs(&listing), vec![0..5]);
        // Two lines of code are a sentence's example, not a listing.
        assert!(runs(&["The call:", "print(x)", "print(y)", "prints both."]).is_empty());
        // Numbers that skip end the listing: the lines after them are counted apart.
        let skipping = ["1", "import os", "2", "import sys", "7", "x = 1", "y = 2"];
        assert!(runs(&skipping).is_empty());
        // Notes in brackets, bibliographic entries and prose with a semicolon are not code.
        let notes = [
            "Italian Overwhelmingly Positive (4,213)",
            "Swedish Very Positive (445)",
            "Catalogue of hardware (The Company, 1914), by Morse and Company (page images)",
            "We came early; we left late.",
            "Photovoltaik;",
            "Solarthermie und Speicher;",
            "Strom- und Wärmenetze;",
        ];
        assert!(runs(&notes).is_empty());
        // Definitions, prices, placeholders and an index of functions are not code either.
        let notes = [
            "S = Specific",
            "M = Measurable",
            "unigram = 1-gram = one word",
            "$ 160.00",
            "$ AUD",
            "{title}",
            "{{ price.total }}",
            "calc()",
            "clamp()",
        ];
        assert!(runs(&notes).is_empty());
    }

    #[test]
    fn runs_need_three_lines_of_one_shape() {
        let lines = [
            "Intro paragraph that ends with a colon:",
            "Team | P | Pts",
            "Rovers | 18 | 39",
            "Athletic | 18 | 38",
            "Town | 17 | 34",
            "A paragraph.",
            "Gewicht: 1,2 kg",
            "Akku: 72 Wh",
            "- one",
            "- two",
        ];
        let shapes: Vec<Option<Shape>> = lines.iter().map(|l| shape_of(l)).collect();
        assert_eq!(find_runs(&shapes), vec![1..5]);
    }
}
