//! The pipeline: the page context, the marks the stages write, the stages in order, and the loop
//! that runs passes of them to a fixed point in a bounded number of passes.
//!
//! A pass (`pass`) calls the stages in turn, each a function of the pass's page, its marks and the
//! settings: context rules, classify, structure, the kind of text, inline boilerplate, the body
//! region, headline lists, outside the body, metadata, the learned layer, a listing's item runs,
//! a page the stages could not read, repeats. The loop (`run`) judges the
//! blocks still kept, pass after pass, until a pass removes nothing and judged the text as a fresh
//! run would. See DESIGN.md.

mod classify;
pub(crate) mod context;
mod lists;
pub(crate) mod marks;
pub(crate) mod page;
mod region;

use crate::Cleaner;
use crate::cleaner::Input;
use crate::lang::Language;
use crate::learned::{self, Reranked};
use crate::metadata::Metadata;
use crate::page_type::PageType;
use crate::verdict::Reason;
use marks::Marks;
use page::{Page, PassPage, Ruled};

pub(crate) use lists::REPEAT_CHARS;

/// Most passes of the pipeline over a page. Every stage that would remove blocks one a pass
/// (bylines, lines like the headline) removes the whole run in one, so pages settle in two to
/// four passes (seven at most on the 1,824 development pages); the bound makes the time linear
/// for any shape no stage takes whole yet, at the cost of a result that may not clean to itself.
pub(crate) const MAX_PASSES: usize = 12;

/// How the text is read: as a whole page, with chrome around its article, or as an extractor's
/// output, which is the article already.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    Page,
    Extract,
}

impl Reading {
    fn of(extracted: bool) -> Self {
        if extracted { Reading::Extract } else { Reading::Page }
    }

    fn is_extract(self) -> bool {
        self == Reading::Extract
    }
}

/// What the loop decided: a reason for each block it judged, the metadata, the page's language
/// and its kind.
#[derive(Default)]
pub(crate) struct Outcome {
    pub(crate) reasons: Vec<Option<Reason>>,
    pub(crate) meta: Metadata,
    pub(crate) language: Option<Language>,
    /// The page's kind as the learned stage reads the first pass (the whole page); `None` when the
    /// page model is unsure, for an extract, and with the heuristics off.
    pub(crate) page_type: Option<PageType>,
    /// Taken for an extract by its first pass, the kept text reads as a page: to be run again as
    /// a page, and nothing else here is set.
    pub(crate) reads_as_page: bool,
    /// How many passes ran.
    pub(crate) passes: usize,
    /// For each judged block kept though the stages removed it, why: the learned layer's signals
    /// ([`Reason::Restored`]) or a page the stages could not read ([`Reason::Unsure`]).
    pub(crate) kept_by: Vec<Option<Reason>>,
    /// When recorded: each judged block's features, as the pass that decided it saw them (the
    /// pass that removed it, or the last), and the page's as the first pass saw it.
    #[cfg_attr(not(feature = "eval"), allow(dead_code))]
    pub(crate) features: Option<Recorded>,
}

/// The learned layer's features of a page, recorded to train it (read by `eval::features`).
#[cfg_attr(not(feature = "eval"), allow(dead_code))]
pub(crate) struct Recorded {
    pub(crate) blocks: Vec<[f32; learned::features::FEATURES]>,
    pub(crate) page: [f32; learned::features::PAGE_FEATURES],
}

/// What one pass decided, indexed like the blocks it saw.
struct Pass {
    reasons: Vec<Option<Reason>>,
    meta: Metadata,
    language: Option<Language>,
    /// How the pass read the text.
    reading: Reading,
    /// Whether the text the pass saw reads as an extract (with `Input::Auto`).
    looks_extracted: bool,
    /// What the learned stage did.
    reranked: Reranked,
    /// The blocks kept because the stages could not read the page.
    unsure: Vec<bool>,
}

/// Runs the pipeline over the blocks `judged` (indices into `verdicts`) of `input`, pass after
/// pass, each judging the blocks the one before kept, until a pass removes nothing and read the
/// text as a fresh run would (cleaning is idempotent by construction), or `MAX_PASSES` ran.
/// `forced`: how to read the text, when the caller knows better than the first pass. Returns a
/// reason for each judged block, in the order of `judged`. `record`: whether to keep the learned
/// layer's features too.
pub(crate) fn run(
    settings: &Cleaner,
    input: &str,
    verdicts: &[crate::BlockVerdict],
    judged: &[usize],
    forced: Option<Reading>,
    record: learned::Record,
) -> Outcome {
    let page = Page::measure(settings, input, verdicts, judged);
    let mut reasons: Vec<Option<Reason>> = vec![None; page.len()];
    // The blocks still kept, as indices into `judged`: the page the next pass sees.
    let mut alive: Vec<usize> = (0..page.len()).collect();
    let mut found = Outcome::default();
    let mut language = None;
    // Statistics and rule hits under the page's language, reused while it stays the same.
    let mut cache: Option<Ruled> = None;
    // How the text is read is settled by the first pass, which sees it whole; later passes read it
    // so. `fresh`: this pass reads the text as a fresh run would, to confirm a fixed point.
    let mut settled = forced;
    let mut fresh = false;
    let mut learned = Learned { kept_by: vec![None; page.len()], recorded: None };
    // The page model's reading of the first pass, which sees the page whole.
    let mut first_kinds: Option<Vec<f32>> = None;
    loop {
        found.passes += 1;
        // `None`: no stopword list describes the page; the heuristics then judge by signals that
        // need no list.
        let pass_language = settings.language.or_else(|| page.language_of(&alive));
        if cache.as_ref().is_none_or(|c| c.language != pass_language) {
            cache = Some(Ruled::of(settings, &page, pass_language));
        }
        let Some(judged_as) = &cache else { break };
        let view = page.view(&alive, judged_as);
        let hits = alive.iter().map(|&i| judged_as.hits[i].clone()).collect();
        let mut pass = pass(settings, &view, hits, if fresh { None } else { settled }, record, first_kinds.as_deref());
        first_kinds.get_or_insert_with(|| pass.reranked.kinds.clone());
        learned.keep(&mut pass.reranked, &pass.unsure, &alive);
        if found.passes == 1 && !pass.reading.is_extract() && settings.heuristics && settings.learned {
            found.page_type = learned::page_type(&pass.reranked.kinds);
        }
        language.get_or_insert(pass.language);
        settled.get_or_insert(pass.reading);
        merge_metadata(&mut found.meta, pass.meta, &alive);
        let mut removed = false;
        for (k, reason) in pass.reasons.into_iter().enumerate() {
            if reason.is_some() {
                reasons[alive[k]] = reason;
                removed = true;
            }
        }
        if removed {
            fresh = false;
            alive.retain(|&i| reasons[i].is_none());
            if found.passes >= MAX_PASSES {
                // A guard for shapes no stage yet takes whole: linear time before all else.
                break;
            }
            continue;
        }
        let afresh = match settings.input {
            Input::Auto => pass.looks_extracted,
            Input::Extracted => true,
            Input::Page => false,
        };
        if fresh || afresh == pass.reading.is_extract() || found.passes >= MAX_PASSES {
            break;
        }
        if forced.is_none() && pass.reading.is_extract() {
            // Taken for an extract, the kept text reads as a page: the page is run as one.
            return Outcome { reads_as_page: true, passes: found.passes, ..Outcome::default() };
        }
        fresh = true;
    }
    let Learned { kept_by, recorded } = learned;
    Outcome { reasons, language: language.flatten(), reads_as_page: false, kept_by, features: recorded, ..found }
}

/// What the learned stage did, by the page's blocks: which blocks the last pass kept by it (with
/// the signals) or because it could not read the page, and the features when recorded.
struct Learned {
    kept_by: Vec<Option<Reason>>,
    recorded: Option<Recorded>,
}

impl Learned {
    /// Takes what the learned stage did in a pass over the blocks `alive`: the blocks it kept
    /// (the last pass's alone count), and the features of the blocks it saw (a later pass's
    /// overwrite an earlier's; the page's stay the first pass's).
    fn keep(&mut self, reranked: &mut Reranked, unsure: &[bool], alive: &[usize]) {
        self.kept_by.fill(None);
        for (k, signals) in std::mem::take(&mut reranked.restored).into_iter().enumerate() {
            self.kept_by[alive[k]] = signals.map(Reason::Restored);
        }
        for (k, _) in unsure.iter().enumerate().filter(|(_, unsure)| **unsure) {
            self.kept_by[alive[k]] = Some(Reason::Unsure);
        }
        if let Some(features) = reranked.features.take() {
            let n = self.kept_by.len();
            let kept = self.recorded.get_or_insert_with(|| Recorded {
                blocks: vec![[0.0; learned::features::FEATURES]; n],
                page: features.page,
            });
            for (k, x) in features.blocks {
                kept.blocks[alive[k]] = x;
            }
        }
    }
}

/// The metadata of the page: the first pass that finds a field gives it (indices of the pass's
/// blocks turned into indices of the page's).
fn merge_metadata(meta: &mut Metadata, found: Metadata, alive: &[usize]) {
    let fields = [(&mut meta.title, found.title), (&mut meta.byline, found.byline), (&mut meta.date, found.date)];
    for (slot, value) in fields {
        if slot.is_none() {
            *slot = value.map(|(k, range)| (alive[k], range));
        }
    }
    if meta.published.is_none() {
        meta.published = found.published;
    }
    if meta.updated.is_none() {
        meta.updated = found.updated;
    }
}

/// One pass of the pipeline over the blocks of `page`, given their rule hits: the stages in turn.
/// `settled`: how to read the text, when an earlier pass said.
fn pass(
    settings: &Cleaner,
    page: &PassPage<'_>,
    hits: Vec<Option<crate::rules::Hit>>,
    settled: Option<Reading>,
    record: learned::Record,
    first_kinds: Option<&[f32]>,
) -> Pass {
    let mut marks = Marks::new(hits);
    context::mark_context(page, &mut marks, settings);
    if settings.heuristics {
        classify::classify(page, &mut marks, settings);
        classify::find_structure(page, &mut marks);
        classify::read_kind(page, &mut marks, settings, settled.map(Reading::is_extract));
        classify::mark_inline(page, &mut marks, settings);
        region::find_region(page, &mut marks, settings);
    }
    lists::mark_headline_lists(page, &mut marks, settings);
    if settings.heuristics {
        classify::mark_outside_body(page, &mut marks, settings);
    }
    // What the heuristics removed for where it stands and how it reads, before the metadata stage
    // takes its title, byline, dates and an author's bio: all the learned stage may take back.
    let outside: Vec<bool> = marks.reasons.iter().map(|r| r.as_ref().is_some_and(learned::outside_body)).collect();
    let meta = crate::metadata::stage::mark_metadata(page, &mut marks, settings);
    let reranked = learned::rerank(page, &mut marks, settings, record, &outside);
    // The page's kind as the first pass read it, the whole page in view; later passes see what
    // the stages kept of it.
    let first = first_kinds.unwrap_or(&reranked.kinds);
    let article = learned::sure_article(first);
    lists::keep_item_runs(page, &mut marks, settings, !article, learned::grid_over_product(first));
    lists::keep_feature_runs(page, &mut marks, settings, article);
    // Recorded as the stages alone decide, the page model changes nothing.
    let kinds: &[f32] = if record == learned::Record::Stages { &[] } else { &reranked.kinds };
    let unsure = learned::keep_when_unsure(page, &mut marks, kinds);
    lists::mark_repeats(page, &mut marks, settings);
    Pass {
        reasons: marks.reasons,
        meta,
        language: page.language,
        reading: Reading::of(marks.extracted),
        looks_extracted: marks.looks_extracted,
        reranked,
        unsure,
    }
}
