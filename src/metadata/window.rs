//! The window: where the body starts, the blocks around that start where the title, byline and
//! date are looked for, and which blocks a lookup may take. With the page's blocks, it is the
//! [`Context`] every lookup reads.

use super::Reading;
use super::byline::{AuthorMemo, BylineMemo};
use super::names::{self, Page};
use crate::pipeline::page::PassPage;
use crate::stats::BlockStats;
use crate::verdict::Reason;
use std::ops::Range;

/// How far before the body's start the title, byline and date are looked for, in blocks.
const META_WINDOW: usize = 25;

/// How far into the body the byline and date are looked for, in blocks.
const META_AFTER: usize = 9;

/// Where the body starts and where the lookups look, in block indices.
pub(super) struct Window {
    /// The first kept block from the body's start on: where the article starts.
    pub(super) first_body: usize,
    /// The window's first block: [`META_WINDOW`] blocks above the body's first.
    pub(super) lo: usize,
    /// The block after the window's last: [`META_AFTER`] blocks into the body, not into comments.
    pub(super) hi: usize,
    /// The first comment under the article, or the page's end.
    pub(super) comments_from: usize,
    /// Where author boxes are looked for: after the body's first block (under a short article,
    /// inside the window) up to the first comment after it.
    pub(super) boxes: Range<usize>,
}

impl Window {
    /// The window of a page of `n` blocks (one at least) whose body was found at `region` and
    /// starts no higher than `body_start`.
    fn new(reasons: &[Option<Reason>], n: usize, region: &Range<usize>, body_start: usize) -> Window {
        let first_body = (body_start.min(n)..n).find(|&i| reasons[i].is_none()).unwrap_or(region.start.min(n));
        let lo = first_body.saturating_sub(META_WINDOW);
        // A body can start with a standfirst or an intro the byline and date follow.
        // Not into comments under the article: a commenter's name and stamp are not its byline and date.
        let comments_from = (first_body..n).find(|&i| matches!(reasons[i], Some(Reason::Comments))).unwrap_or(n);
        let hi = (first_body + META_AFTER).min(comments_from).min(n);
        let boxes_from = (first_body + 1).min(hi);
        let boxes_to = (boxes_from..n).find(|&i| matches!(reasons[i], Some(Reason::Comments))).unwrap_or(n);
        Window { first_body, lo, hi, comments_from, boxes: boxes_from..boxes_to }
    }
}

/// What every lookup reads: the page's blocks and what the stages before decided of them, the
/// window, the page's lowercase words and how the page is read.
pub(super) struct Context<'a> {
    input: &'a str,
    pub(super) texts: &'a [&'a str],
    pub(super) stats: &'a [BlockStats],
    /// Whether each block is a date line ([`is_date`](super::is_date)), read once a page.
    date_lines: &'a [bool],
    /// Each block's byline name, once read.
    bylines: &'a [&'a BylineMemo],
    /// What the author box lookups read of each block, once read.
    pub(super) authors: &'a [&'a AuthorMemo],
    pub(super) reasons: &'a [Option<Reason>],
    pub(super) window: Window,
    pub(super) page: Page<'a>,
    pub(super) reading: Reading,
}

impl<'a> Context<'a> {
    /// The context of a page of one block or more, whose blocks are slices of `input`.
    pub(super) fn new(
        page: &'a PassPage<'a>,
        reasons: &'a [Option<Reason>],
        region: &Range<usize>,
        body_start: usize,
        reading: Reading,
    ) -> Context<'a> {
        let (input, texts, stats, bylines) = (page.input, &page.texts[..], &page.stats[..], &page.bylines[..]);
        let authors = &page.authors[..];
        let window = Window::new(reasons, texts.len(), region, body_start);
        Context {
            input,
            texts,
            stats,
            date_lines: &page.date_lines,
            bylines,
            authors,
            reasons,
            window,
            page: Page::in_pass(page.page_texts, &page.alive, page.lowercase),
            reading,
        }
    }

    /// The number of blocks.
    pub(super) fn n(&self) -> usize {
        self.texts.len()
    }

    /// Where `text`, a slice of a block, is in the input.
    pub(super) fn range_of(&self, text: &str) -> Range<usize> {
        let start = text.as_ptr() as usize - self.input.as_ptr() as usize;
        start..start + text.len()
    }

    /// Whether block `i` is kept or was left out only as outside the body or low in content.
    pub(super) fn free(&self, i: usize) -> bool {
        matches!(self.reasons[i], None | Some(Reason::OutsideBody | Reason::LowContent))
    }

    /// Whether block `i` can be a byline or a date. A byline or a date can look like a lone
    /// number, a caption, a menu entry or a keyword list; metadata wins over all of them. Above the
    /// body, a line with a comment count is the byline's row ("by Jane Doe | March 3, 2025 | 4
    /// comments"); below it, a commenter's.
    pub(super) fn eligible(&self, i: usize) -> bool {
        self.free(i)
            || matches!(self.reasons[i], Some(Reason::Junk | Reason::Caption | Reason::Navigation | Reason::Keywords))
            || (self.reasons[i] == Some(Reason::Comments) && i < self.window.first_body)
    }

    /// Whether `word` is written lowercase elsewhere on the page: a common word, not a name's.
    pub(super) fn written_lowercase(&self, word: &str) -> bool {
        names::written_lowercase(word, &self.page)
    }

    /// The byline's name in block `i` ([`byline_in`](super::byline::byline_in)), read once a page.
    pub(super) fn byline_in(&self, i: usize) -> Option<&'a str> {
        super::byline::byline_in_memo(self.bylines[i], self.texts[i], &self.stats[i])
    }

    /// Whether block `i` is a date line ([`is_date`](super::is_date)), read once a page.
    pub(super) fn is_date(&self, i: usize) -> bool {
        self.date_lines[i]
    }

    /// Whether block `i` holds a date anywhere ([`contains_date`](super::contains_date)), read
    /// once a page.
    pub(super) fn contains_date(&self, i: usize) -> bool {
        self.authors[i].contains_date(self.texts[i])
    }

    /// Whether block `i` is an author box's header ("About the author"), read once a page.
    pub(super) fn author_header(&self, i: usize) -> bool {
        self.authors[i].header(self.texts[i])
    }

    /// Whether block `i` links to an author's page ("View all posts"), read once a page.
    pub(super) fn author_link(&self, i: usize) -> bool {
        self.authors[i].link(self.texts[i])
    }

    /// The name before a job title in block `i` ([`names::name_then_role`]), read once a page.
    pub(super) fn name_then_role(&self, i: usize) -> Option<&'a str> {
        self.authors[i].name_then_role(self.texts[i])
    }

    /// Whether `name` is a person's name on this page ([`names::is_person`]).
    pub(super) fn is_person(&self, name: &str) -> bool {
        names::is_person(name, &self.page)
    }
}
