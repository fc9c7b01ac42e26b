//! The input split into blocks: one block per non-blank line, each a byte span into the input.

use std::ops::Range;

/// One non-blank line of the input, located by byte spans (nothing is copied).
///
/// `span` covers the line's text with surrounding whitespace trimmed; `extent` covers the line
/// and everything up to the next block, so the extents of all blocks tile the input exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Byte range of the trimmed line text.
    pub span: Range<usize>,
    /// Byte range this block owns: from the end of the previous block's extent (0 for the
    /// first block) to the start of the next block (the input's end for the last).
    pub extent: Range<usize>,
    /// Index of the paragraph (a run of non-blank lines) this block belongs to.
    pub paragraph: usize,
    /// 1-based line number of the block in the input.
    pub line: usize,
}

/// The input text and its blocks.
#[derive(Clone, Debug)]
pub struct Document<'a> {
    text: &'a str,
    blocks: Vec<Block>,
}

impl<'a> Document<'a> {
    /// Splits `text` into blocks. Line ends are `\n`, `\r\n`, `\r`, U+2028 and U+2029; a line of
    /// only whitespace (spaces, tabs, NBSP, a BOM, zero-width spaces) is blank.
    ///
    /// ```
    /// let doc = dechaff::Document::new("Title\r\n\r\nFirst line\nsecond line\n");
    /// let lines: Vec<&str> = doc.blocks().iter().map(|b| doc.slice(b)).collect();
    /// assert_eq!(lines, ["Title", "First line", "second line"]);
    /// assert_eq!(doc.blocks()[2].paragraph, 1);
    /// ```
    pub fn new(text: &'a str) -> Self {
        Document { text, blocks: split(text, |block| block, |block, end| block.extent.end = end) }
    }

    /// The whole input.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The blocks in input order.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The trimmed text of a block.
    pub fn slice(&self, block: &Block) -> &'a str {
        &self.text[block.span.clone()]
    }
}

/// Splits `text` into blocks, each made into a `T` by `make`; `set_end` moves a made block's
/// extent end when the next block is found. The cleaner makes its verdicts this way, so a page of
/// many short lines holds one record per line, not two.
pub(crate) fn split<T>(text: &str, mut make: impl FnMut(Block) -> T, mut set_end: impl FnMut(&mut T, usize)) -> Vec<T> {
    let bytes = text.as_bytes();
    // A block starts the text or follows a line end that is not followed by another: counted
    // first (U+2028 and U+2029 aside, and lines of only spaces counted too), so a page of short
    // lines does not grow and copy its list.
    let starts = memchr::memchr2_iter(b'\n', b'\r', bytes)
        .filter(|&at| !matches!(bytes.get(at + 1), None | Some(b'\n' | b'\r')))
        .count();
    let mut blocks: Vec<T> = Vec::with_capacity(starts + 1);
    let mut line_start = 0;
    let mut line_no = 0;
    let mut paragraph = 0;
    let mut blank_since_last = false;
    let mut extent_start = 0;
    while line_start <= bytes.len() {
        let (line_end, next_start) = next_line_end(bytes, line_start);
        line_no += 1;
        let line = &text[line_start..line_end];
        let trimmed = trim(line);
        if trimmed.is_empty() {
            blank_since_last = true;
        } else {
            let start = line_start + (trimmed.as_ptr() as usize - line.as_ptr() as usize);
            if let Some(prev) = blocks.last_mut() {
                set_end(prev, line_start);
                extent_start = line_start;
                if blank_since_last {
                    paragraph += 1;
                }
            }
            blocks.push(make(Block {
                span: start..start + trimmed.len(),
                extent: extent_start..text.len(),
                paragraph,
                line: line_no,
            }));
            blank_since_last = false;
        }
        if next_start > bytes.len() {
            break;
        }
        line_start = next_start;
    }
    blocks
}

/// Finds the end of the line starting at `start`: returns the end of its text and the start of the
/// next line (`bytes.len() + 1` when this is the last line).
fn next_line_end(bytes: &[u8], start: usize) -> (usize, usize) {
    let mut pos = start;
    while let Some(offset) = memchr::memchr3(b'\n', b'\r', 0xE2, &bytes[pos..]) {
        let at = pos + offset;
        match bytes[at] {
            b'\n' => return (at, at + 1),
            b'\r' => {
                let next = if bytes.get(at + 1) == Some(&b'\n') { at + 2 } else { at + 1 };
                return (at, next);
            }
            _ => {
                // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are E2 80 A8 / E2 80 A9.
                if bytes.get(at + 1) == Some(&0x80) && matches!(bytes.get(at + 2), Some(0xA8 | 0xA9)) {
                    return (at, at + 3);
                }
                pos = at + 1;
            }
        }
    }
    (bytes.len(), bytes.len() + 1)
}

/// Trims whitespace, byte-order marks and zero-width characters from both ends.
pub(crate) fn trim(line: &str) -> &str {
    line.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(&str, usize, usize)> {
        let doc = Document::new(text);
        doc.blocks().iter().map(|b| (doc.slice(b), b.paragraph, b.line)).collect()
    }

    #[test]
    fn line_ends_and_blank_lines() {
        // (input, [(block text, paragraph, line)])
        type Row = (&'static str, &'static [(&'static str, usize, usize)]);
        let table: &[Row] = &[
            ("", &[]),
            ("\n\n  \n", &[]),
            ("one", &[("one", 0, 1)]),
            ("a\nb\n\nc", &[("a", 0, 1), ("b", 0, 2), ("c", 1, 4)]),
            ("a\r\nb\r\n\r\nc\r\n", &[("a", 0, 1), ("b", 0, 2), ("c", 1, 4)]),
            ("a\rb\r\rc", &[("a", 0, 1), ("b", 0, 2), ("c", 1, 4)]),
            ("a\u{2028}b\u{2029}\u{2029}c", &[("a", 0, 1), ("b", 0, 2), ("c", 1, 4)]),
            ("\u{FEFF}Title\n\u{A0}\t \nBody", &[("Title", 0, 1), ("Body", 1, 3)]),
            ("  indented  \n\tx\t", &[("indented", 0, 1), ("x", 0, 2)]),
            ("caf\u{E9} \u{2014} \u{E2}\n", &[("caf\u{E9} \u{2014} \u{E2}", 0, 1)]),
        ];
        for (input, expected) in table {
            assert_eq!(&lines(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn extents_tile_the_input() {
        for text in ["", "a", "\n\na\n\nb\n\n", "x\r\ny\rz\u{2028}", "\u{FEFF}\nq"] {
            let doc = Document::new(text);
            let mut at = 0;
            for block in doc.blocks() {
                assert_eq!(block.extent.start, at, "{text:?}");
                assert!(block.extent.start <= block.span.start && block.span.end <= block.extent.end);
                at = block.extent.end;
            }
            if !doc.blocks().is_empty() {
                assert_eq!(at, text.len(), "{text:?}");
            }
        }
    }
}
