//! The result of cleaning a page: [`Cleaned`], the kept text and metadata borrowed from the input,
//! and a [`BlockVerdict`] for every block.

use crate::lang::Language;
use crate::metadata::{self, Date};
use crate::page_type::PageType;
use crate::verdict::Reason;
use std::ops::Range;

/// Where a metadata field was found: on a line of the input (1-based, as [`BlockVerdict::line`]
/// counts), or in the page's URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A line of the input.
    Line(usize),
    /// The URL the caller passed with the page.
    Url,
}

/// The result of cleaning one page: the kept text, the metadata and a verdict for every block.
#[derive(Clone, Debug)]
pub struct Cleaned<'a> {
    pub(crate) input: &'a str,
    pub(crate) blocks: Vec<BlockVerdict>,
    pub(crate) title: Option<Range<usize>>,
    pub(crate) byline: Option<Range<usize>>,
    pub(crate) date: Option<Range<usize>>,
    pub(crate) published: Option<Date>,
    pub(crate) published_from_url: bool,
    pub(crate) updated: Option<Date>,
    pub(crate) language: Option<Language>,
    pub(crate) page_type: Option<PageType>,
    pub(crate) keep_title: bool,
    pub(crate) passes: usize,
}

/// One block of the input with its verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockVerdict {
    /// Byte range of the block's trimmed text in the input.
    pub span: Range<usize>,
    /// Byte range the block owns, blank lines included; the extents of all blocks tile the input.
    pub extent: Range<usize>,
    /// 1-based line number.
    pub line: usize,
    /// Index of the input paragraph (run of non-blank lines) the block is in.
    pub paragraph: usize,
    /// Whether the block is part of the returned text.
    pub kept: bool,
    /// Why: [`Reason::Body`], [`Reason::Restored`] or [`Reason::Unsure`] when kept, else what
    /// removed it.
    pub reason: Reason,
}

impl BlockVerdict {
    /// The block's trimmed text: its span of `input`, the text that was cleaned.
    ///
    /// ```
    /// let page = "Skip to content\n\nThe ferry will run all winter, the council said on Monday.";
    /// let cleaned = dechaff::clean(page);
    /// assert_eq!(cleaned.blocks()[0].text(page), "Skip to content");
    /// ```
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        input.get(self.span.clone()).unwrap_or("")
    }
}

impl<'a> Cleaned<'a> {
    /// The kept blocks: lines of one input paragraph on consecutive lines, paragraphs separated by
    /// one blank line. With `keep_title`, the title comes first (where it is not kept in place,
    /// as an extract's headline is).
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(self.input.len() / 2);
        // A title the text keeps in place (an extract's headline) is not put first again.
        let in_place = |title: &Range<usize>| {
            self.blocks.iter().any(|b| b.kept && b.span.start <= title.start && title.end <= b.span.end)
        };
        if let Some(title) = self.title.as_ref().filter(|t| self.keep_title && !in_place(t)) {
            out.push_str(&self.input[title.clone()]);
        }
        let mut last_paragraph = None;
        for block in self.blocks.iter().filter(|b| b.kept) {
            if !out.is_empty() {
                out.push_str(if last_paragraph == Some(block.paragraph) { "\n" } else { "\n\n" });
            }
            out.push_str(&self.input[block.span.clone()]);
            last_paragraph = Some(block.paragraph);
        }
        out
    }

    /// The kept blocks' texts, in order, borrowed from the input.
    pub fn kept(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.blocks.iter().filter(|b| b.kept).map(|b| &self.input[b.span.clone()])
    }

    /// The article's title, if one was found.
    pub fn title(&self) -> Option<&'a str> {
        self.title.clone().map(|r| &self.input[r])
    }

    /// The byline (the author's name), if one was found.
    pub fn byline(&self) -> Option<&'a str> {
        self.byline.clone().map(|r| &self.input[r])
    }

    /// The publication date as written on the page, if one was found.
    pub fn date(&self) -> Option<&'a str> {
        self.date.clone().map(|r| &self.input[r])
    }

    /// The authors' names in the byline, without "By", roles, agencies or dates: "By Jane Doe and
    /// John Roe, Staff Writers" gives `["Jane Doe", "John Roe"]`; a byline that names a team
    /// gives the team ("Example Editorial Team"). Empty without a byline, or when it is a desk's
    /// label ("Staff Report").
    ///
    /// ```
    /// let page = "Ferry to run all winter\n\nVon Anna Beispiel und Max Muster (dpa)\n\n\
    ///     Die Fähre fährt den ganzen Winter über, wie der Gemeinderat am Montag nach langer Debatte beschloss.";
    /// assert_eq!(dechaff::clean(page).authors(), ["Anna Beispiel", "Max Muster"]);
    /// ```
    pub fn authors(&self) -> Vec<&'a str> {
        self.byline().map(metadata::credited).unwrap_or_default()
    }

    /// The publication date, read from the date line (or the byline's line) in the page's
    /// language: a calendar day, with the time and offset when written. An update ("Updated March
    /// 4, 2025") is not a publication date: see [`updated`](Cleaned::updated). `None` when no
    /// date was found or it could not be read, and when the page gives only its update date (it
    /// was published then or before: no telling which).
    pub fn published(&self) -> Option<Date> {
        self.published
    }

    /// The date the page says it was updated ("Updated March 4, 2025"), when it says so.
    pub fn updated(&self) -> Option<Date> {
        self.updated
    }

    /// Where the title was found: the input line that holds it (for a title read from the page's
    /// first line, the HTML title, line 1).
    pub fn title_source(&self) -> Option<Source> {
        self.title.as_ref().and_then(|r| self.line_at(r.start)).map(Source::Line)
    }

    /// Where the byline was found: the input line that holds it.
    pub fn byline_source(&self) -> Option<Source> {
        self.byline.as_ref().and_then(|r| self.line_at(r.start)).map(Source::Line)
    }

    /// Where the publication date was found: the line of the date as written, or the page's URL
    /// (its path's day, when the text gives none or another).
    ///
    /// ```
    /// use dechaff::Source;
    /// let page = "Ferry to run all winter\n\nThe harbour ferry will keep running through the winter, \
    ///     the council decided on Monday night after a long debate about costs.";
    /// let cleaned = dechaff::Cleaner::default().clean_page(page, Some("https://example.com/2025/03/03/ferry"));
    /// assert_eq!(cleaned.published().map(|d| d.to_string()), Some("2025-03-03".into()));
    /// assert_eq!(cleaned.published_source(), Some(Source::Url));
    /// ```
    pub fn published_source(&self) -> Option<Source> {
        self.published?;
        if self.published_from_url {
            return Some(Source::Url);
        }
        self.date.as_ref().and_then(|r| self.line_at(r.start)).map(Source::Line)
    }

    /// The input line (1-based) of the block that holds byte `offset`.
    fn line_at(&self, offset: usize) -> Option<usize> {
        let at = self.blocks.partition_point(|b| b.extent.end <= offset);
        let block = self.blocks.get(at).filter(|b| b.extent.start <= offset)?;
        let from = block.span.start.min(offset);
        Some(block.line + self.input[from..offset].matches('\n').count())
    }

    /// The language whose stopwords the heuristics used: detected unless fixed in the builder, or
    /// `None` when no stopword list describes the page (a Japanese or Thai page, or one with too
    /// little text), which was then judged by signals that need no list.
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// The page's kind as the learned layer's page model reads the text; `None` when the model is
    /// not sure (probability under 0.8), with the heuristics or the learned layer off, and for an
    /// extract.
    ///
    /// ```
    /// let page = "Ferry to run all winter\n\nThe harbour ferry will keep running through the winter.";
    /// let cleaner = dechaff::Cleaner::builder().heuristics(false).build().unwrap();
    /// assert_eq!(cleaner.clean(page).page_type(), None);
    /// ```
    pub fn page_type(&self) -> Option<PageType> {
        self.page_type
    }

    /// How many passes of the pipeline the page took: each judges the blocks the one before kept,
    /// until one removes nothing. A constant, whatever the page's length: two to four on real
    /// pages, and never more than 12 (a page of over 20,000 lines adds its parts' passes).
    ///
    /// ```
    /// let page = "By Jane Doe\n\nThe ferry runs all winter, the council said on Monday.\n\n".repeat(500);
    /// assert!(dechaff::clean(&page).passes() <= 4);
    /// ```
    pub fn passes(&self) -> usize {
        self.passes
    }

    /// Every block of the input, in order, with its verdict.
    pub fn blocks(&self) -> &[BlockVerdict] {
        &self.blocks
    }

    /// The text of one of [`blocks`](Cleaned::blocks).
    pub fn block_text(&self, block: &BlockVerdict) -> &'a str {
        block.text(self.input)
    }

    /// Each block's span in characters (Unicode scalar values) instead of bytes, in the order of
    /// [`blocks`](Cleaned::blocks): the offsets Python, JavaScript or `jq` index strings by. One
    /// pass over the input.
    ///
    /// ```
    /// let page = "Café menu\n\nThe café on the harbour opens again on Monday after a long winter.";
    /// let cleaned = dechaff::clean(page);
    /// assert_eq!(cleaned.blocks()[1].span, 12..79);
    /// assert_eq!(cleaned.char_spans()[1], 11..77);
    /// ```
    pub fn char_spans(&self) -> Vec<Range<usize>> {
        let mut at_byte = 0;
        let mut at_char = 0;
        let mut advance = |to: usize| {
            let to = to.min(self.input.len());
            if to >= at_byte {
                at_char += self.input.get(at_byte..to).map_or(0, |s| s.chars().count());
                at_byte = to;
            }
            at_char
        };
        self.blocks.iter().map(|b| advance(b.span.start)..advance(b.span.end)).collect()
    }

    /// The input this result borrows.
    pub fn input(&self) -> &'a str {
        self.input
    }
}
