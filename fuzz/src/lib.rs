//! Invariants every cleaning result must satisfy, checked by the fuzz targets. They panic on a
//! violation, which libFuzzer reports as a crash. The same properties, checked more thoroughly,
//! are in `tests/properties.rs`.

use dechaff::Cleaned;

/// Whitespace, BOM and zero-width characters: what a blank line is made of, and what spans are
/// trimmed of.
fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}')
}

/// The trimmed non-blank lines of `text`, split at `\n`, `\r\n`, `\r`, U+2028 and U+2029.
fn input_lines(text: &str) -> Vec<&str> {
    text.split(['\n', '\r', '\u{2028}', '\u{2029}'])
        .map(|line| line.trim_matches(is_blank_char))
        .filter(|line| !line.is_empty())
        .collect()
}

/// Panics unless `cleaned`, the result of cleaning `input`, keeps the library's promises: extents
/// tile the input, spans are trimmed and inside their extents on char boundaries, kept spans are
/// in order, `text()` is the kept spans joined as documented and made only of input lines in
/// input order, cleaning the same input again gives the same blocks, and cleaning the cleaned
/// text gives it back.
pub fn check(input: &str, cleaned: &Cleaned<'_>) {
    let blocks = cleaned.blocks();
    let mut at = 0;
    for block in blocks {
        let (span, extent) = (&block.span, &block.extent);
        assert_eq!(extent.start, at, "extents do not tile: {block:?}");
        assert!(extent.start <= span.start && span.start < span.end && span.end <= extent.end, "{block:?}");
        for edge in [span.start, span.end, extent.end] {
            assert!(input.is_char_boundary(edge), "not a char boundary: {block:?}");
        }
        let text = &input[span.clone()];
        assert_eq!(text, text.trim_matches(is_blank_char), "span not trimmed: {block:?}");
        assert_eq!(block.kept, block.reason == dechaff::Reason::Body, "{block:?}");
        at = extent.end;
    }
    if !blocks.is_empty() {
        assert_eq!(at, input.len(), "extents do not reach the end");
    }

    let mut joined = String::new();
    let mut last_paragraph = None;
    let mut last_end = None;
    for block in blocks.iter().filter(|b| b.kept) {
        assert!(last_end.is_none_or(|end| end <= block.span.start), "kept spans out of order");
        if last_paragraph.is_some() {
            joined.push_str(if last_paragraph == Some(block.paragraph) { "\n" } else { "\n\n" });
        }
        joined.push_str(&input[block.span.clone()]);
        last_paragraph = Some(block.paragraph);
        last_end = Some(block.span.end);
    }
    let text = cleaned.text();
    assert_eq!(text, joined, "text() is not the kept spans joined");

    let lines = input_lines(input);
    let mut next = 0;
    for line in text.split('\n').filter(|l| !l.is_empty()) {
        let offset = lines[next..].iter().position(|l| *l == line);
        next += offset.unwrap_or_else(|| panic!("output line {line:?} is not a later input line")) + 1;
    }

    assert_eq!(dechaff::clean(input).blocks(), blocks, "a second run differs");
    assert_eq!(dechaff::clean(&text).text(), text, "cleaning the cleaned text changes it");
}
