//! Title, byline and date: found from patterns, the blocks' shape and their position around the
//! start of the body. One stage, one file per field:
//!
//! - [`window`]: where the body starts, the blocks around it the lookups read, and which blocks
//!   they may take; with the page's blocks, the [`Context`] every lookup reads.
//! - [`byline`]: the byline's fallback chain, the names found beside the title and the headline,
//!   and the cascade of bylines the next passes would take.
//! - [`title`]: the title's fallback chain and its cascade.
//! - [`published`]: the date line, and the publication and update dates; [`date`] reads a date.
//! - [`names`]: a person's name told from a label; [`vocabulary`]: the words of a person's work.
//!
//! [`find`] runs the lookups in the order their data needs: the date line, the byline (a name
//! beside the date line), the title (a headline above both), the byline and date again around
//! the title and the headline, then the dates.

mod byline;
mod date;
mod names;
mod published;
pub(crate) mod stage;
mod title;
mod vocabulary;
mod window;

pub(crate) use byline::{AuthorMemo, BylineMemo, byline_in_memo, heads_author_box};
pub use date::{Date, Time};
pub(crate) use date::{DayOrder, date_in_url, month_in_url};
#[cfg(feature = "eval")]
pub(crate) use date::{dates_in, published_in};
pub(crate) use names::{Lowercase, authors, credited, is_bare_name};
pub(crate) use published::{contains_date, is_date};
pub(crate) use title::headline_part;
pub(crate) use vocabulary::{BIO_ROLE, BIO_VERB, FIRST_PERSON_BIO};

use crate::pipeline::page::PassPage;
use crate::verdict::Reason;
use std::ops::Range;
use title::Placed;
use window::Context;

/// A find: the block that holds it and its text, a slice of the input (a byline's name may be
/// found in the block under its "By").
type Spot<'a> = (usize, &'a str);

/// Found metadata: the block index and the byte range of the value.
#[derive(Default)]
pub(crate) struct Metadata {
    pub(crate) title: Option<(usize, Range<usize>)>,
    pub(crate) byline: Option<(usize, Range<usize>)>,
    pub(crate) date: Option<(usize, Range<usize>)>,
    /// The publication date and where it is written (in the date line, the byline's line or
    /// another short line near the body's start).
    pub(crate) published: Option<(Range<usize>, Date)>,
    /// The update date, when one is written near the publication date.
    pub(crate) updated: Option<Date>,
    /// Blocks that the next passes would take, one a pass, for the byline or the title once the
    /// one found is gone ("By" lines between paragraphs, lines shaped like the headline): they go
    /// with it in this pass, so the loop settles in a few passes whatever the page's length.
    pub(crate) cascade: Vec<(usize, Reason)>,
    /// The names in the cascade's bylines, as byte ranges of the input.
    pub(crate) cascade_names: Vec<Range<usize>>,
}

/// How a page is read: the day order its language uses, the time to count relative dates back
/// from when the caller gave one, and whether the text is an extractor's output (whose headline
/// stays in the text, so its first line may be both the title and the body's first block).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reading {
    pub(crate) order: DayOrder,
    pub(crate) now: Option<Date>,
    /// The page's language, when one was found: a byline's lead of one language ("Door", "Par")
    /// is read only on a page in it.
    pub(crate) language: Option<crate::lang::Language>,
    pub(crate) extract: bool,
}

/// The title, byline and date of the page whose blocks are `texts` (slices of `input`), with
/// what the stages before decided of them (`reasons`, the body's `region`), its body starting no
/// higher than `body_start`.
pub(crate) fn find(
    page: &PassPage<'_>,
    reasons: &[Option<Reason>],
    region: &Range<usize>,
    body_start: usize,
    reading: Reading,
) -> Metadata {
    if page.texts.is_empty() {
        return Metadata::default();
    }
    let ctx = Context::new(page, reasons, region, body_start, reading);
    let at = |spot: Option<Spot>| spot.map(|(i, _)| i);
    // The date line first (a thread's start date before any): a name beside it is a byline.
    let mut date = published::thread_start(&ctx).or_else(|| published::date_line(&ctx));
    let mut byline = byline::find(&ctx, at(date));
    // Taken with the byline: the bylines the next passes would take once it is gone.
    let cascade = byline.map(|(first, _)| byline::cascade(&ctx, first)).unwrap_or_default();
    // The headline stands above the byline and date.
    let title = title::find(&ctx, Placed { date: at(date), byline: at(byline) });
    if let Some(title) = &title {
        byline = byline.or_else(|| byline::beside_title(&ctx, title.spot, at(date)));
        // Failing them in the window, the byline and date around the headline.
        if let Some(t) = title::headline(&ctx, title.spot)
            && (byline.is_none() || date.is_none())
        {
            byline = byline.or_else(|| byline::beside_headline(&ctx, t));
            date = date.or_else(|| published::beside_headline(&ctx, t));
        }
    }
    let byline = byline.map(|spot| byline::without_run_on(&ctx, spot));
    let dates = published::find(&ctx, at(date), at(byline), title.as_ref().map(|title| title.spot.1));
    let span = |(i, text): Spot| (i, ctx.range_of(text));
    let title_cascade = title.as_ref().map_or(&[][..], |title| &title.cascade);
    Metadata {
        title: title.as_ref().map(|title| span(title.spot)),
        byline: byline.map(span),
        date: date.map(span),
        published: dates.published,
        updated: dates.updated,
        cascade: cascade
            .iter()
            .map(|&(i, _)| (i, Reason::Byline))
            .chain(title_cascade.iter().map(|&i| (i, Reason::Title)))
            .collect(),
        cascade_names: cascade.iter().map(|&(_, name)| ctx.range_of(name)).collect(),
    }
}
