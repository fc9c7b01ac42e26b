//! The learned layer: a stage at the end of each pass that re-reads the stages' verdicts with a
//! small gradient-boosted model of per-block features (what the stages computed, for the block,
//! its neighbours and its page) and changes only those it is sure of: it keeps a block the stages
//! removed when it is very likely content, and removes a kept one when it is very unlikely to be.
//! Each change names the signals that moved it. The model is compiled in as tables
//! (`tables.rs`), written by `scripts/train.py` from a folder of pages with gold text; see
//! DESIGN.md and docs/how-it-works.md.

pub(crate) mod features;
mod model;
mod tables;

use crate::Cleaner;
use crate::pipeline::marks::Marks;
use crate::pipeline::page::PassPage;
use crate::verdict::Reason;
use features::Features;
use std::sync::Arc;

/// On an article, a block the stages removed is kept when the model gives it at least this
/// probability of being content.
const ARTICLE_RESTORE_FROM: f32 = 0.7;

/// A page is read as something other than an article (a thread, a listing, a product...) when
/// the page model gives "article" less than this probability.
const NOT_ARTICLE_BELOW: f32 = 0.2;

/// On a page that is not an article, a block the stages removed is kept from this probability of
/// being content: the stages look for one article and cut the rest.
const OTHER_RESTORE_FROM: f32 = 0.4;

/// How many signals a change names.
const SIGNALS: usize = 3;

/// What the learned stage did in one pass, indexed like its blocks.
#[derive(Default)]
pub(crate) struct Reranked {
    /// The signals that kept a block the stages removed.
    pub(crate) restored: Vec<Option<Arc<str>>>,
    /// The features of the pass, when asked for.
    pub(crate) features: Option<Features>,
    /// The probability of each page kind (in the order of `PageType::ALL`) as the page model
    /// reads the pass's blocks; empty when the stage did not run.
    pub(crate) kinds: Vec<f32>,
}

/// Whether the learned layer may keep a block the stages removed for `reason`: only what the
/// heuristics removed by where it stands and how it reads (outside the body, a list of headlines,
/// a date that is not the page's), never what a rule family or a user's rule named, a repeat or
/// the page's metadata.
fn restorable(reason: &Reason) -> bool {
    matches!(reason, Reason::LowContent | Reason::OutsideBody | Reason::UnrelatedHeadlines | Reason::Timestamp)
}

/// The learned stage: changes the verdicts the model is sure of, on a page read as a page (the
/// model never saw an extract). `record`: return the pass's features instead, and change nothing
/// (the model is trained on what the stages alone decide).
pub(crate) fn rerank(page: &PassPage<'_>, marks: &mut Marks, settings: &Cleaner, record: bool) -> Reranked {
    let model = &tables::BLOCKS;
    let apply = !record && settings.heuristics && !marks.extracted && model.is_trained();
    if !apply && !record {
        return Reranked::default();
    }
    let features = features::compute(page, marks);
    let mut restored = vec![None; page.len()];
    let kinds = tables::PAGES.probabilities(&features.page);
    if apply {
        let restore_from = if kinds[0] >= NOT_ARTICLE_BELOW { ARTICLE_RESTORE_FROM } else { OTHER_RESTORE_FROM };
        for (i, x) in features.blocks.iter().enumerate() {
            if marks.reasons[i].as_ref().is_some_and(restorable) && model.probability(x) >= restore_from {
                marks.reasons[i] = None;
                restored[i] = Some(signals(x));
            }
        }
    }
    Reranked { restored, features: record.then_some(features), kinds }
}

/// The names of the features that moved the block's score most towards content.
fn signals(x: &[f32]) -> Arc<str> {
    let moved = tables::BLOCKS.contributions(x, 0, features::FEATURES);
    let mut order: Vec<usize> = (0..moved.len()).filter(|&f| moved[f] > 0.0).collect();
    order.sort_by(|&a, &b| moved[b].abs().total_cmp(&moved[a].abs()));
    let names: Vec<&str> = order.iter().take(SIGNALS).map(|&f| feature_name(f)).collect();
    Arc::from(names.join(", "))
}

/// The name of feature `f` of a block's vector.
pub(crate) fn feature_name(f: usize) -> &'static str {
    features::BLOCK_NAMES.get(f).or_else(|| features::PAGE_NAMES.get(f - features::BLOCK_FEATURES)).copied().unwrap_or("?")
}
