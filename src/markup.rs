//! What a reader sees of a line that an HTML-to-text converter marked up.
//!
//! Converters keep links in their own syntax: markdown writers (pandoc, html2text, trafilatura)
//! print `[text](url)` and `![alt](url)`, `lynx -dump` prints `[12]text`. The URL is not language
//! and the brackets are not punctuation, so the statistics and the rules judge a block by the text
//! a reader of the page saw: "* [Share](https://…)" is a share link, and a paragraph with three
//! links in it is as much prose as without them. Headings (`## More from Local News`) lose their
//! marks too. The kept text is never rewritten: this view is only what blocks are judged by.

use memchr::memchr;
use std::borrow::Cow;

/// The text of `block` as a reader saw it: link and image syntax replaced by the link text,
/// lynx's reference numbers and a heading's leading `#`s dropped. Borrowed when there is no
/// markup, which is the case for most blocks (one `memchr` decides).
pub(crate) fn display(block: &str) -> Cow<'_, str> {
    let heading = heading_marks(block);
    let rest = &block[heading..];
    if memchr(b'[', rest.as_bytes()).is_none() {
        return Cow::Borrowed(rest);
    }
    let mut out = String::with_capacity(rest.len());
    let mut at = 0;
    let bytes = rest.as_bytes();
    while let Some(offset) = memchr(b'[', &bytes[at..]) {
        let open = at + offset;
        // An image's `!` goes with it.
        let keep_until = if open > at && bytes[open - 1] == b'!' { open - 1 } else { open };
        match link_at(rest, open) {
            Some(Link { text, end }) => {
                out.push_str(&rest[at..keep_until]);
                out.push_str(text);
                at = end;
            }
            None => {
                out.push_str(&rest[at..=open]);
                at = open + 1;
            }
        }
    }
    out.push_str(&rest[at..]);
    Cow::Owned(out)
}

/// Whether `block` is nothing but a markdown image (`![alt](url)`): a picture, whose alt text
/// is its caption at most.
pub(crate) fn is_image(block: &str) -> bool {
    block.starts_with("![") && link_at(block, 1).is_some_and(|link| block[link.end..].trim().is_empty())
}

/// `block` without a markdown heading's leading marks ("## Title" is "Title").
pub(crate) fn strip_heading(block: &str) -> &str {
    &block[heading_marks(block)..]
}

/// Bytes of a markdown heading's marks at the start of `block` ("## " is 3), or 0.
fn heading_marks(block: &str) -> usize {
    let hashes = block.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && block.as_bytes().get(hashes) == Some(&b' ') { hashes + 1 } else { 0 }
}

/// A link found at a `[`: the text a reader saw, and where the syntax ends.
struct Link<'a> {
    text: &'a str,
    end: usize,
}

/// Links are short: longer brackets are something else (a quotation's elision, a list of
/// references) and are left alone.
const LONGEST_LINK_TEXT: usize = 300;
const LONGEST_URL: usize = 2048;

/// The link that starts with the `[` at byte `open` of `text`, if one does: `[text](url)`,
/// `[text][ref]` or lynx's `[12]` reference number (whose text is empty: the words that follow it
/// are the link's).
fn link_at(text: &str, open: usize) -> Option<Link<'_>> {
    let bytes = text.as_bytes();
    let inner_start = open + 1;
    let close =
        inner_start + memchr(b']', &bytes[inner_start..(inner_start + LONGEST_LINK_TEXT + 1).min(bytes.len())])?;
    let inner = &text[inner_start..close];
    if inner.contains('[') {
        return None;
    }
    let after = close + 1;
    match bytes.get(after) {
        Some(b'(') => {
            let url_start = after + 1;
            let url_end = url_start + memchr(b')', &bytes[url_start..(url_start + LONGEST_URL + 1).min(bytes.len())])?;
            let url = &text[url_start..url_end];
            if url.is_empty() || url.contains(char::is_whitespace) && !url.contains(" \"") {
                return None;
            }
            Some(Link { text: inner, end: url_end + 1 })
        }
        Some(b'[') => {
            let ref_end = after + 1 + memchr(b']', &bytes[after + 1..(after + 40).min(bytes.len())])?;
            Some(Link { text: inner, end: ref_end + 1 })
        }
        // lynx: "[12]Home", "[12] Home"; a bare "[3]" after a word is a footnote, left alone.
        _ if !inner.is_empty()
            && inner.len() <= 5
            && inner.bytes().all(|b| b.is_ascii_digit())
            && (open == 0 || !bytes[open - 1].is_ascii_alphanumeric()) =>
        {
            Some(Link { text: "", end: after })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::display;

    #[test]
    fn links_read_as_their_text() {
        let table = [
            ("* [Share](https://example.org/share?u=1)", "* Share"),
            ("[Home](https://example.org/) > [News](https://example.org/news) > Local", "Home > News > Local"),
            ("![A ferry at dawn](https://example.org/img/ferry.jpg)", "A ferry at dawn"),
            (
                "The council [voted on Monday](https://example.org/a) to keep it.",
                "The council voted on Monday to keep it.",
            ),
            ("[12]Home [13]News", "Home News"),
            ("   * [4]Fahrrad", "   * Fahrrad"),
            ("## More from Local News", "More from Local News"),
            ("See [the report][3] for details.", "See the report for details."),
            ("[Link](https://example.org/a \"Title\") after", "Link after"),
        ];
        for (line, seen) in table {
            assert_eq!(display(line), seen, "{line}");
        }
    }

    #[test]
    fn images_and_headings() {
        assert!(super::is_image("![A ferry at dawn](https://example.org/img/ferry.jpg)"));
        assert!(!super::is_image("![A ferry](https://example.org/f.jpg) leaves the pier at dawn."));
        assert!(!super::is_image("[A ferry](https://example.org/f)"));
        assert_eq!(super::strip_heading("## More from Local News"), "More from Local News");
        assert_eq!(super::strip_heading("#hashtag"), "#hashtag");
    }

    #[test]
    fn other_brackets_are_left_alone() {
        for line in [
            "He said [the minister] would resign.",
            "A footnote mark after a word[3] stays.",
            "#hashtag stays",
            "Unclosed [bracket (and parenthesis",
            "[text](not a url)",
            "Plain text without markup.",
            "[",
            "![",
            "[]()",
        ] {
            assert_eq!(display(line), line);
        }
    }
}
