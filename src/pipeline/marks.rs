//! The marks: what the stages of one pass decide about the blocks it sees, indexed like them.
//! Each stage reads the page and the marks the stages before it wrote, and writes its own.

use crate::heuristics::Class;
use crate::heuristics::classify::Scale;
use crate::rules::Hit;
use crate::verdict::Reason;
use std::ops::Range;

/// What the stages of one pass decide. Every vector is indexed like the pass's blocks; those of
/// the heuristics are empty when the heuristics are off.
pub(crate) struct Marks {
    /// The rules' verdict on each block, as the context rules and the reading of an extract
    /// leave it.
    pub(crate) hits: Vec<Option<Hit>>,
    /// Whether the rules named the block themselves, before captions claimed their neighbours.
    pub(crate) named: Vec<bool>,
    /// Whether the rules named the block, once the context rules have run.
    pub(crate) ruled: Vec<bool>,
    /// The verdict so far: `None` keeps the block.
    pub(crate) reasons: Vec<Option<Reason>>,
    /// Each block's class by its statistics, smoothed by its neighbours.
    pub(crate) classes: Vec<Class>,
    /// How the page's blocks are classified: by stopword density or without a list.
    pub(crate) scale: Option<Scale>,
    /// Runs of table rows, list items, fields and schedules, each one unit.
    pub(crate) runs: Vec<Range<usize>>,
    /// Whether the block stands in one of `runs`.
    pub(crate) structural: Vec<bool>,
    /// Whether the block is inline boilerplate (ads, captions, teasers, a headline list's lines)
    /// that says nothing about the text around it.
    pub(crate) inline: Vec<bool>,
    /// Whether the block is stepped over when neighbours settle a block: inline boilerplate,
    /// and up to two soft chrome lines between paragraphs.
    pub(crate) skipped: Vec<bool>,
    /// The article: the body region.
    pub(crate) region: Range<usize>,
    /// Tables, lists, schedules and records kept as one unit inside the article.
    pub(crate) protected: Vec<bool>,
    /// Whether the pass judges the text as an extractor's output.
    pub(crate) extracted: bool,
    /// Whether the text reads as an extract (with `Input::Auto`).
    pub(crate) looks_extracted: bool,
}

impl Marks {
    /// The marks of a pass over `n` blocks, starting from the rules' verdicts.
    pub(crate) fn new(hits: Vec<Option<Hit>>) -> Self {
        let n = hits.len();
        Marks {
            named: hits.iter().map(Option::is_some).collect(),
            hits,
            ruled: Vec::new(),
            reasons: Vec::new(),
            classes: Vec::new(),
            scale: None,
            runs: Vec::new(),
            structural: Vec::new(),
            inline: Vec::new(),
            skipped: Vec::new(),
            region: 0..n,
            protected: vec![false; n],
            extracted: false,
            looks_extracted: false,
        }
    }

    /// The rules' reason for block `i`, if they named one.
    pub(crate) fn hit_reason(&self, i: usize) -> Option<&Reason> {
        self.hits.get(i).and_then(|h| h.as_ref()).map(|h| &h.reason)
    }
}

/// Page chrome the rules named: not inline boilerplate, not inside a table or list.
pub(crate) fn chrome<'a>(hits: &'a [Option<Hit>], structural: &[bool]) -> Vec<Option<&'a Reason>> {
    hits.iter().zip(structural).map(|(h, &s)| h.as_ref().map(|h| &h.reason).filter(|r| !r.is_inline() && !s)).collect()
}
