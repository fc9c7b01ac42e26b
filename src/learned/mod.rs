//! The learned layer: a stage at the end of each pass that re-reads the stages' verdicts with a
//! small gradient-boosted model of per-block features (what the stages computed, for the block,
//! its neighbours and its page) and changes only those it is sure of: it keeps a block the stages
//! removed when it is very likely content (it never removes one). Each change names the signals
//! that moved it. The model is compiled in as tables
//! (`tables.rs`), written by `scripts/train.py` from a folder of pages with gold text; see
//! DESIGN.md and docs/how-it-works.md.

pub(crate) mod features;
mod model;
mod tables;

use crate::Cleaner;
use crate::heuristics;
use crate::page_type::PageType;
use crate::pipeline::marks::Marks;
use crate::pipeline::page::PassPage;
use crate::verdict::Reason;
use features::Features;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// On an article, a block the stages removed is kept when the model gives it at least this
/// probability of being content.
const ARTICLE_RESTORE_FROM: f32 = 0.55;

/// A page is read as something other than an article (a thread, a listing, a product...) when
/// the page model gives "article" less than this probability.
const NOT_ARTICLE_BELOW: f32 = 0.6;

/// On a page that is not an article, a block the stages removed is kept from this probability of
/// being content: the stages look for one article and cut the rest.
const OTHER_RESTORE_FROM: f32 = 0.3;

/// A page is read as a thread of posts, whose comment prompts do not end its content, when the
/// page model gives "forum" at least this probability.
const THREAD_FROM: f32 = 0.5;

/// The page's kind is given when the page model gives it at least this probability.
const PAGE_TYPE_FROM: f32 = 0.8;

/// How many signals a change names.
const SIGNALS: usize = 3;

/// Whether a run records the learned layer's features, to train it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Record {
    /// No: the normal run.
    Off,
    /// As the stages alone decide (the model changes nothing): the first round of training.
    Stages,
    /// As the stages and the model decide: a later round, to train on the pages the model's own
    /// choices leave.
    #[cfg_attr(not(feature = "eval"), allow(dead_code))]
    Applied,
}

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

/// Whether the heuristics removed a block for where it stands and how it reads: outside the
/// article's body, with little language, with good text that belongs to something else, or in a
/// run of headline-like lines (a rule's header or phrase is a hit, and stays out).
pub(crate) fn outside_body(reason: &Reason) -> bool {
    matches!(reason, Reason::LowContent | Reason::OutsideBody | Reason::UnrelatedHeadlines)
}

/// Whether the learned layer may keep a block the heuristics removed as outside the body
/// (`outside`, before the metadata stage ran) that still has that reason. Never what a rule
/// family or a user's rule named, a repeat, the page's metadata or an author's bio (nor, see
/// `rerank`, a date or byline line).
fn restorable(outside: bool, reason: &Reason) -> bool {
    outside && outside_body(reason)
}

/// The learned stage: keeps the blocks the model is sure are content though the heuristics
/// removed them, on a page read as a page (the model never saw an extract). `record`: return the
/// pass's features too (see `Record`).
pub(crate) fn rerank(
    page: &PassPage<'_>,
    marks: &mut Marks,
    settings: &Cleaner,
    record: Record,
    outside: &[bool],
) -> Reranked {
    let model = &tables::BLOCKS;
    let apply = record != Record::Stages && settings.heuristics && settings.learned && model.is_trained();
    if !apply && record == Record::Off {
        return Reranked::default();
    }
    // The candidates: blocks the heuristics removed for where they stand and how they read.
    // Never above the body's start, where the title, byline and date are looked for: a block kept
    // there would be the next pass's title, and the next's, one a pass.
    let start = marks.region.start;
    let candidate = |i: usize| {
        i >= start && marks.hits[i].is_none() && marks.reasons[i].as_ref().is_some_and(|r| restorable(outside[i], r))
    };
    let recording = record != Record::Off;
    let features = features::compute(page, marks, &|i| recording || (apply && candidate(i)));
    let kinds = tables::PAGES.probabilities(&features.page);
    let mut restored = vec![None; page.len()];
    if apply {
        let restore_from = if kinds[0] >= NOT_ARTICLE_BELOW { ARTICLE_RESTORE_FROM } else { OTHER_RESTORE_FROM };
        // Nor a byline or date line: the metadata stage takes the page's byline and date from what
        // is kept near the body's start, and one kept there would be the next pass's, one a pass.
        let metadata_like = |i: usize| page.date_lines[i] || page.byline_in(i).is_some();
        let allowed: Vec<bool> = (0..page.len()).map(|i| candidate(i) && !metadata_like(i)).collect();
        let candidate = |i: usize| allowed[i];
        // After a comment section opens (but on a thread, whose posts are its content) or a list
        // of other stories is announced, blocks are kept only as surely as an article's edges.
        let others = other_stories(marks);
        let cautious = if kinds[1] >= THREAD_FROM { others } else { comment_section(page, marks).min(others) };
        // Each candidate's probability of being content, and its features.
        let mut p = vec![0.0; page.len()];
        let mut x_of: Vec<Option<&[f32]>> = vec![None; page.len()];
        for (i, x) in &features.blocks {
            if candidate(*i) {
                p[*i] = model.probability(x);
                x_of[*i] = Some(x);
            }
        }
        // A run of candidates between kept or otherwise removed blocks is kept or not as one, by
        // its mean probability (each block weighing its words), so the edges of a run are not
        // worn away one pass at a time as the page around them thins.
        let words = |j: usize| page.stats[j].words.max(1) as f32;
        let mut i = 0;
        while i < page.len() {
            if !candidate(i) {
                i += 1;
                continue;
            }
            let end =
                (i..page.len()).find(|&j| !candidate(j) || (j > cautious) != (i > cautious)).unwrap_or(page.len());
            let from = if i > cautious { restore_from.max(ARTICLE_RESTORE_FROM) } else { restore_from };
            let mean = (i..end).map(|j| p[j] * words(j)).sum::<f32>() / (i..end).map(words).sum::<f32>();
            if mean >= from {
                for j in i..end {
                    restored[j] = x_of[j].map(signals);
                }
            }
            i = end;
        }
        // A block that repeats a kept one, or another the model keeps, stays removed: the repeats
        // stage would take it in the next pass.
        let kept = (0..page.len()).filter(|&i| marks.reasons[i].is_none());
        let order: Vec<usize> = kept.chain((0..page.len()).filter(|&i| restored[i].is_some())).collect();
        let blocks = order.iter().map(|&i| (page.prints[i], true));
        for k in heuristics::duplicates::find_repeats_of(blocks, crate::pipeline::REPEAT_CHARS) {
            restored[order[k]] = None;
        }
        for (reason, signals) in marks.reasons.iter_mut().zip(&restored) {
            if signals.is_some() {
                *reason = None;
            }
        }
    }
    Reranked { restored, features: (record != Record::Off).then_some(features), kinds }
}

/// On a page the page model does not read as an article, the stages kept less than this share
/// of the words of a pass no rule removed: they looked for an article that is not there. Each
/// pass judges the blocks the last one kept, so a page the loop thins to almost nothing crosses
/// it in a later pass (see docs/quality.md for the shares tried).
const UNSURE_KEPT_SHARE: f32 = 0.2;

/// A page is not read as an article when the page model gives "article" less than this
/// (`NOT_ARTICLE_BELOW` is 0.6: the unsure need more doubt).
const UNSURE_ARTICLE_BELOW: f32 = 0.35;

/// When dechaff cannot tell, it keeps: on a page the page model does not read as an article
/// (`kinds`, its probabilities of each kind for the pass, give "article" less than
/// `UNSURE_ARTICLE_BELOW`) whose stages kept less than `UNSURE_KEPT_SHARE` of the words no rule
/// removed, or on any page whose stages kept no word of them, the blocks the heuristics removed for where they stand and how they read
/// (low-content, outside the body) are kept: a listing, a catalogue or a grid of products the
/// stages took for the chrome around a missing article. So is the title's block (it is still the
/// page's title): removed, the next pass would take the next line for the title, one a pass.
/// What a rule family names, headline lists, the byline and dates stay removed, and the repeats
/// stage still runs after it. Returns the blocks it kept. A stage of every pass, so the loop's
/// fixed point includes it.
pub(crate) fn keep_when_unsure(page: &PassPage<'_>, marks: &mut Marks, kinds: &[f32]) -> Vec<bool> {
    let mut unsure = vec![false; page.len()];
    let Some(&article) = kinds.first() else { return unsure };
    if marks.extracted {
        return unsure;
    }
    let words = |i: usize| page.stats[i].words;
    let kept: u32 = (0..page.len()).filter(|&i| marks.reasons[i].is_none()).map(words).sum();
    let open: u32 = (0..page.len()).filter(|&i| marks.hits[i].is_none()).map(words).sum();
    // Nothing kept of a page with words no rule removed: whatever its kind, the stages failed.
    let emptied = kept == 0 && open > 0;
    if !emptied && (article >= UNSURE_ARTICLE_BELOW || kept as f32 >= UNSURE_KEPT_SHARE * open as f32) {
        return unsure;
    }
    for ((reason, hit), unsure) in marks.reasons.iter_mut().zip(&marks.hits).zip(&mut unsure) {
        if hit.is_none() && matches!(reason, Some(Reason::LowContent | Reason::OutsideBody | Reason::Title)) {
            *reason = None;
            *unsure = true;
        }
    }
    unsure
}

/// Where a comment section opens after the article: its first comment prompt that appears once
/// on the page (not a reply link under every post of a thread); the page's end when none does.
/// After it, the comments are kept only as surely as an article's edges are.
fn comment_section(page: &PassPage<'_>, marks: &Marks) -> usize {
    let n = page.len();
    let prompts = || (marks.region.end..n).filter(|&i| marks.reasons[i] == Some(Reason::Comments));
    let mut copies: FxHashMap<&str, u32> = prompts().map(|i| (page.texts[i], 0)).collect();
    for text in &page.texts {
        if let Some(count) = copies.get_mut(text) {
            *count += 1;
        }
    }
    prompts().find(|&i| copies[page.texts[i]] == 1).unwrap_or(n)
}

/// Where a list of other stories opens after the body: the first header of one ("Latest news",
/// "Related articles") after the region; the page's end when none does.
fn other_stories(marks: &Marks) -> usize {
    let n = marks.hits.len();
    let header =
        |i: &usize| marks.hits[*i].as_ref().is_some_and(|hit| hit.header && hit.reason == Reason::UnrelatedHeadlines);
    (marks.region.end..n).find(header).unwrap_or(n)
}

/// The page model's probability of "article" from which it is sure of one: more than the
/// `NOT_ARTICLE_BELOW` that decides how cautiously to restore, so that the cleaned text of a page
/// read as something else, with its items kept, is not read as an article when cleaned again.
const ARTICLE_SURE_FROM: f32 = 0.75;

/// Whether the page model is sure the page is an article (`kinds`, its probabilities of each
/// kind, give "article" at least `ARTICLE_SURE_FROM`); not without a model's reading.
pub(crate) fn sure_article(kinds: &[f32]) -> bool {
    kinds.first().is_some_and(|&article| article >= ARTICLE_SURE_FROM)
}

/// Whether the page model reads the page as a shop's grid rather than one product's page
/// (`kinds` give "collection" at least as much as "product"); not without a model's reading.
pub(crate) fn grid_over_product(kinds: &[f32]) -> bool {
    let p = |kind: PageType| PageType::ALL.iter().position(|&k| k == kind).and_then(|i| kinds.get(i).copied());
    matches!((p(PageType::Collection), p(PageType::Product)), (Some(collection), Some(product)) if collection >= product)
}

/// The page's kind, from the page model's probabilities of each kind, when one has at least
/// `PAGE_TYPE_FROM`.
pub(crate) fn page_type(kinds: &[f32]) -> Option<PageType> {
    let (best, p) = kinds.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
    (*p >= PAGE_TYPE_FROM).then(|| PageType::ALL.get(best).copied()).flatten()
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
    features::BLOCK_NAMES
        .get(f)
        .or_else(|| features::PAGE_NAMES.get(f - features::BLOCK_FEATURES))
        .copied()
        .unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::model::LEAF;
    use super::*;

    #[test]
    fn the_compiled_models_read_the_features_there_are() {
        // Tables trained on another feature layout would read the wrong numbers: retrain them
        // (docs/learned.md) whenever the features change.
        for (model, width) in [(&tables::BLOCKS, features::FEATURES), (&tables::PAGES, features::PAGE_FEATURES)] {
            assert!(model.is_trained());
            assert!(model.nodes.iter().all(|node| node.feature == LEAF || usize::from(node.feature) < width));
        }
        assert_eq!(tables::PAGES.classes, PageType::ALL.len());
    }

    #[test]
    fn probabilities_are_probabilities() {
        let page = [0.5; features::PAGE_FEATURES];
        let kinds = tables::PAGES.probabilities(&page);
        assert!((kinds.iter().sum::<f32>() - 1.0).abs() < 1e-4);
        let block = [0.5; features::FEATURES];
        assert!((0.0..=1.0).contains(&tables::BLOCKS.probability(&block)));
    }

    /// A grid of thirty invented products, each a name and a price, under a one-line notice, with
    /// a copyright line at the foot.
    fn grid() -> String {
        let mut page = String::from("Free delivery on orders over fifty pounds to every island address this week.\n");
        for k in 0..30 {
            page += &format!("Harbour wool jumper in sea grey, size {k}\n£{}.00\n", 20 + k);
        }
        page + "© 2026 Island Store. All rights reserved.\n"
    }

    /// What `keep_when_unsure` leaves of `page` when the page model gives "article" `article` and
    /// the stages kept the blocks `kept`, took the title `title` and removed the rest as
    /// low-content (but what a rule names, which keeps its rule's reason): the reasons and the
    /// blocks it kept.
    fn unsure_on(page: &str, article: f32, kept: &[usize], title: usize) -> (Vec<Option<Reason>>, Vec<bool>) {
        use crate::pipeline::page::{Page, Ruled};
        let settings = Cleaner::default();
        let verdicts = crate::document::split(
            page,
            |b| crate::BlockVerdict {
                span: b.span,
                extent: b.extent,
                line: b.line,
                paragraph: b.paragraph,
                kept: true,
                reason: Reason::Body,
            },
            |v, end| v.extent.end = end,
        );
        let judged: Vec<usize> = (0..verdicts.len()).collect();
        let measured = Page::measure(&settings, page, &verdicts, &judged);
        let ruled = Ruled::of(&settings, &measured, Some(crate::lang::Language::English));
        let view = measured.view(&judged, &ruled);
        let mut marks = Marks::new(ruled.hits.clone());
        marks.reasons = (0..view.len())
            .map(|i| match &marks.hits[i] {
                Some(hit) => Some(hit.reason.clone()),
                None if kept.contains(&i) => None,
                None if i == title => Some(Reason::Title),
                None => Some(Reason::LowContent),
            })
            .collect();
        let mut kinds = vec![(1.0 - article) / 6.0; PageType::ALL.len()];
        kinds[0] = article;
        let unsure = keep_when_unsure(&view, &mut marks, &kinds);
        (marks.reasons, unsure)
    }

    #[test]
    fn a_page_read_as_no_article_whose_stages_kept_almost_nothing_is_kept() {
        let page = grid();
        let (reasons, unsure) = unsure_on(&page, 0.2, &[0], 1);
        let last = reasons.len() - 1;
        assert_eq!(reasons[last], Some(Reason::Legal), "a rule's removal stands");
        assert!(reasons[..last].iter().all(Option::is_none), "{reasons:?}");
        assert!(!unsure[0], "what the stages kept is the body");
        // The title too: removed, the next pass would take the next item for the title.
        assert!(unsure[1..last].iter().all(|&u| u), "{unsure:?}");
        assert!(!unsure[last]);
    }

    #[test]
    fn a_page_whose_stages_kept_nothing_is_kept_whatever_its_kind() {
        let page = grid();
        let (reasons, unsure) = unsure_on(&page, 0.9, &[], 0);
        let last = reasons.len() - 1;
        assert!(reasons[..last].iter().all(Option::is_none), "{reasons:?}");
        assert!(unsure[..last].iter().all(|&u| u));
    }

    #[test]
    fn an_article_or_a_page_whose_stages_kept_enough_is_left_alone() {
        let page = grid();
        // Read as an article: the stages' verdicts stand.
        let (reasons, unsure) = unsure_on(&page, 0.6, &[0], 1);
        assert!(reasons[1..].iter().all(Option::is_some));
        assert!(unsure.iter().all(|&u| !u));
        // Not an article, but the stages kept six items as well as the notice: more than a
        // fifth of the words.
        let kept: Vec<usize> = (0..13).collect();
        let (reasons, unsure) = unsure_on(&page, 0.2, &kept, 13);
        assert!(reasons[13..].iter().all(Option::is_some));
        assert!(unsure.iter().all(|&u| !u));
    }

    #[test]
    fn a_page_type_only_when_the_model_is_sure() {
        assert_eq!(page_type(&[0.9, 0.02, 0.02, 0.02, 0.02, 0.01, 0.01]), Some(PageType::Article));
        assert_eq!(page_type(&[0.1, 0.85, 0.05, 0.0, 0.0, 0.0, 0.0]), Some(PageType::Forum));
        assert_eq!(page_type(&[0.5, 0.4, 0.1, 0.0, 0.0, 0.0, 0.0]), None);
        assert_eq!(page_type(&[]), None);
    }
}
