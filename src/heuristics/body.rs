//! The body region: the article is one dense run of good blocks.
//!
//! Every block scores its length in characters, positive when it is good text and negative when it
//! is bad (at least a minimum per block, so a menu of many tiny links costs as much as it looks).
//! The run of blocks with the highest total score (the maximum subarray) is the body.

use super::{Class, Thresholds};
use crate::stats::BlockStats;
use std::ops::Range;

/// Smallest cost of a bad block, in characters.
const MIN_BAD_COST: f32 = 24.0;

/// Cost of a block a rule removed as inline boilerplate (ads, captions, teasers, promo codes),
/// whatever its length: these sit inside articles, so they must not split the body the way a long
/// run of page chrome (menus, footers, sign-up forms) does.
const RULED_COST: f32 = 40.0;

/// Finds the range of block indices holding the article, or `None` when no block is good.
pub(crate) fn find_body(
    classes: &[Class],
    stats: &[BlockStats],
    inline: &[bool],
    t: &Thresholds,
) -> Option<Range<usize>> {
    let penalty = 1.0 / t.body_bridge.max(0.01);
    let mut best: Option<(f32, Range<usize>)> = None;
    let mut run_start = 0;
    let mut run_score = 0.0f32;
    for (i, (class, stats)) in classes.iter().zip(stats).enumerate() {
        let chars = stats.chars as f32;
        let score = if inline[i] {
            -RULED_COST * penalty
        } else {
            match class {
                Class::Good => chars,
                Class::NearGood => chars * 0.5,
                Class::Short => -MIN_BAD_COST * 0.5 * penalty,
                Class::Bad => -chars.max(MIN_BAD_COST) * penalty,
            }
        };
        if run_score <= 0.0 {
            run_start = i;
            run_score = 0.0;
        }
        run_score += score;
        if run_score > 0.0 && best.as_ref().is_none_or(|(s, _)| run_score > *s) {
            best = Some((run_score, run_start..i + 1));
        }
    }
    best.map(|(_, range)| range)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;
    use Class::*;

    fn stats(chars: u32) -> BlockStats {
        BlockStats { chars, ..BlockStats::compute("", Language::English) }
    }

    #[test]
    fn finds_the_dense_run() {
        let t = Thresholds::default();
        // ([(class, chars)], expected body)
        type Row = (&'static [(Class, u32)], Option<Range<usize>>);
        let table: &[Row] = &[
            (&[], None),
            (&[(Bad, 10)], None),
            (&[(Bad, 30), (Good, 300), (Good, 200), (Bad, 40)], Some(1..3)),
            // A short bad line between two long paragraphs is bridged.
            (&[(Good, 300), (Bad, 20), (Good, 300), (Bad, 500), (Good, 100)], Some(0..3)),
        ];
        for (blocks, expected) in table {
            let classes: Vec<Class> = blocks.iter().map(|b| b.0).collect();
            let stats: Vec<BlockStats> = blocks.iter().map(|b| stats(b.1)).collect();
            let inline = vec![false; blocks.len()];
            assert_eq!(&find_body(&classes, &stats, &inline, &t), expected, "{blocks:?}");
        }
    }
}
