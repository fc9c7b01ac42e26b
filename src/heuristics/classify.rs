//! Block classification with context smoothing, in the spirit of jusText.

use super::{Class, Thresholds};
use crate::stats::BlockStats;

/// The class a block earns on its own statistics; `ruled` blocks (matched by a rule) are bad.
pub(crate) fn classify(stats: &BlockStats, ruled: bool, t: &Thresholds) -> Class {
    if ruled {
        return Class::Bad;
    }
    let density = stats.stopword_density();
    if stats.chars < t.length_low {
        // A whole short sentence with function words in it is weak evidence of prose.
        let sentence = stats.ends_with_punctuation && stats.words >= 6 && density >= t.stopwords_low;
        return if sentence { Class::NearGood } else { Class::Short };
    }
    if density >= t.stopwords_high {
        if stats.chars > t.length_high { Class::Good } else { Class::NearGood }
    } else if density >= t.stopwords_low || is_prose(stats) {
        Class::NearGood
    } else {
        Class::Bad
    }
}

/// A sentence or more of running text: names and numbers can push a news lead's stopword density
/// below the threshold, but it still reads as prose.
fn is_prose(stats: &BlockStats) -> bool {
    stats.words >= 12 && stats.ends_with_punctuation && stats.stopword_density() >= 0.15
}

/// Settles short and near-good blocks by their nearest decided neighbours, as jusText does:
/// a short block between good blocks is good, between bad blocks bad; a near-good block is good
/// unless both neighbours are bad. The page's edges count as bad. Blocks a rule removed (`ruled`)
/// are not neighbours: an ad or a caption inside an article says nothing about the text around it.
pub(crate) fn smooth(classes: &mut [Class], ruled: &[bool], t: &Thresholds) {
    // A short article may have no block long enough to be good on its own: then its near-good
    // blocks are the best text on the page and anchor the smoothing instead.
    if !classes.contains(&Class::Good) {
        for class in classes.iter_mut() {
            if *class == Class::NearGood {
                *class = Class::Good;
            }
        }
    }
    promote_near_good_runs(classes, ruled, t.near_good_run);
    let initial = classes.to_vec();
    let n = initial.len();
    let neighbour = |i: usize, step: isize, ignore_near_good: bool, classes: &[Class]| -> Class {
        let mut j = i as isize + step;
        while j >= 0 && (j as usize) < n {
            let c = classes[j as usize];
            if ruled[j as usize] {
                j += step;
                continue;
            }
            if c == Class::Good || c == Class::Bad || (!ignore_near_good && c == Class::NearGood) {
                return c;
            }
            j += step;
        }
        Class::Bad
    };
    let mut settled = initial.clone();
    for i in 0..n {
        if initial[i] != Class::Short {
            continue;
        }
        let prev = neighbour(i, -1, true, &initial);
        let next = neighbour(i, 1, true, &initial);
        settled[i] = match (prev, next) {
            (Class::Good, Class::Good) => Class::Good,
            (Class::Bad, Class::Bad) => Class::Bad,
            _ => {
                let near_before = prev == Class::Bad && neighbour(i, -1, false, &initial) == Class::NearGood;
                let near_after = next == Class::Bad && neighbour(i, 1, false, &initial) == Class::NearGood;
                if near_before || near_after { Class::Good } else { Class::Bad }
            }
        };
    }
    for i in 0..n {
        if settled[i] != Class::NearGood {
            continue;
        }
        let prev = neighbour(i, -1, true, &settled);
        let next = neighbour(i, 1, true, &settled);
        settled[i] = if prev == Class::Bad && next == Class::Bad { Class::Bad } else { Class::Good };
    }
    classes.copy_from_slice(&settled);
}

/// Promotes the near-good blocks of every run of `min_run` or more to good (short and ruled blocks
/// between them allowed): modern pages write articles as many short paragraphs between headings
/// and list items, none long enough to be good on its own. One pass.
fn promote_near_good_runs(classes: &mut [Class], ruled: &[bool], min_run: usize) {
    let mut run_start = 0;
    let mut near_good = 0;
    for i in 0..=classes.len() {
        let in_run = i < classes.len() && (ruled[i] || matches!(classes[i], Class::NearGood | Class::Short));
        if in_run {
            if classes[i] == Class::NearGood && !ruled[i] {
                near_good += 1;
            }
            continue;
        }
        if near_good >= min_run {
            for class in &mut classes[run_start..i] {
                if *class == Class::NearGood {
                    *class = Class::Good;
                }
            }
        }
        run_start = i + 1;
        near_good = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Class::*;

    #[test]
    fn smoothing_table() {
        let table: &[(&[Class], &[Class])] = &[
            (&[Good, Short, Good], &[Good, Good, Good]),
            (&[Bad, Short, Bad], &[Bad, Bad, Bad]),
            (&[Short, Good], &[Bad, Good]),
            (&[Good, NearGood, Bad], &[Good, Good, Bad]),
            (&[Good, Bad, NearGood, Bad], &[Good, Bad, Bad, Bad]),
            // Three near-good blocks in a run anchor themselves and the short blocks between them.
            (&[Good, Bad, NearGood, Short, NearGood, NearGood, Bad], &[Good, Bad, Good, Good, Good, Good, Bad]),
            (&[Good, Bad, NearGood, Short, NearGood, Bad], &[Good, Bad, Bad, Bad, Bad, Bad]),
            // Without any good block, near-good blocks stand in for good ones.
            (&[Bad, NearGood, Short, NearGood], &[Bad, Good, Good, Good]),
            (&[Good, Short, Short, Good], &[Good, Good, Good, Good]),
            (&[], &[]),
        ];
        // A ruled block (an inline ad) between two good blocks does not make a short block bad.
        let mut classes = vec![Good, Bad, Short, Good];
        smooth(&mut classes, &[false, true, false, false], &Thresholds::default());
        assert_eq!(classes, [Good, Bad, Good, Good]);
        for (input, expected) in table {
            let mut classes = input.to_vec();
            smooth(&mut classes, &vec![false; input.len()], &Thresholds::default());
            assert_eq!(&classes[..], *expected, "{input:?}");
        }
    }
}
