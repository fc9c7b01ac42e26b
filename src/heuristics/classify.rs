//! Block classification with context smoothing, in the spirit of jusText.

use super::{Class, Thresholds};
use crate::stats::BlockStats;

/// How a page's blocks are judged: by stopword density, scaled to the page, or without a list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Scale {
    /// Stopword densities are divided by this (at most 1): the page's prose has fewer stopwords
    /// than the thresholds assume (a language that attaches its articles and prepositions to the
    /// word, a short list, a close language's list).
    Density(f32),
    /// No stopword list describes the page: see [`classify_neutral`].
    Neutral,
}

/// Blocks that read as prose hold at least this density of stopwords in most languages with the
/// lists dechaff uses; a page whose prose holds fewer has its densities scaled up to it.
const EXPECTED_PROSE_DENSITY: f32 = 0.30;

/// Below this scale the list describes too little of the page for density to mean anything.
const MIN_SCALE: f32 = 0.12;

/// How the page's blocks are to be judged, from the density of its prose: the third quartile of
/// the stopword densities of its blocks that read as sentences (twelve words or more, ending in
/// punctuation), so a few dense lines of boilerplate or one odd paragraph do not set it.
pub(crate) fn scale(stats: &[BlockStats], ruled: &[bool], known_language: bool) -> Scale {
    if !known_language {
        return Scale::Neutral;
    }
    let mut densities: Vec<f32> = stats
        .iter()
        .zip(ruled)
        .filter(|(s, r)| !**r && s.words >= 12 && s.ends_with_punctuation)
        .map(|(s, _)| s.stopword_density())
        .collect();
    if densities.len() < 2 {
        return Scale::Density(1.0);
    }
    densities.sort_by(f32::total_cmp);
    let prose = densities[densities.len() * 3 / 4];
    if prose >= EXPECTED_PROSE_DENSITY {
        Scale::Density(1.0)
    } else if prose / EXPECTED_PROSE_DENSITY >= MIN_SCALE {
        Scale::Density(prose / EXPECTED_PROSE_DENSITY)
    } else {
        Scale::Neutral
    }
}

/// The class a block earns on its own statistics; `ruled` blocks (matched by a rule) are bad.
pub(crate) fn classify(stats: &BlockStats, ruled: bool, t: &Thresholds, scale: Scale) -> Class {
    if ruled {
        return Class::Bad;
    }
    let factor = match scale {
        Scale::Neutral => return classify_neutral(stats, t),
        Scale::Density(factor) => factor,
    };
    let density = stats.stopword_density() / factor;
    if stats.chars < t.length_low {
        // A whole short sentence with function words in it is weak evidence of prose.
        let sentence = stats.ends_with_punctuation && stats.words >= 6 && density >= t.stopwords_low;
        return if sentence { Class::NearGood } else { Class::Short };
    }
    if density >= t.stopwords_high {
        if stats.chars > t.length_high { Class::Good } else { Class::NearGood }
    } else if density >= t.stopwords_low || is_prose(stats, density) {
        Class::NearGood
    } else {
        Class::Bad
    }
}

/// Letters a block of running text is made of, at least, as a share of its characters.
const PROSE_LETTERS: f32 = 0.6;

/// The class of a block on a page no stopword list describes (Japanese, Thai, Amharic, or too
/// little text to tell), by what every script has: length (a character of a script without spaces
/// weighs as much as a short word, see [`BlockStats::weighted_chars`]), sentence punctuation of
/// any script, letters rather than digits and symbols, and no link-row separators. A long run of
/// letters without punctuation is near-good: Thai, for one, ends sentences with a space.
pub(crate) fn classify_neutral(stats: &BlockStats, t: &Thresholds) -> Class {
    let length = stats.weighted_chars();
    let lettered = stats.letter_share() >= PROSE_LETTERS && stats.separators == 0;
    let sentence = stats.sentence_ends > 0 || stats.ends_with_punctuation;
    if length < t.length_low {
        let whole_sentence = lettered && stats.ends_with_punctuation && length * 2 >= t.length_low;
        return if whole_sentence { Class::NearGood } else { Class::Short };
    }
    if !lettered {
        Class::Bad
    } else if sentence && length > t.length_high {
        Class::Good
    } else if sentence || length > 2 * t.length_low {
        Class::NearGood
    } else {
        Class::Bad
    }
}

/// Lines of a hard-wrapped paragraph are this long at least, as a share of its longest line.
const WRAP_FILL: f32 = 0.75;

/// The statistics each block is classified by: its own, or, for a line of a hard-wrapped
/// paragraph (a text dump that breaks lines at a fixed width: at most 100 characters, every line
/// but the last full, sentences broken across lines so that most lines continue in lowercase),
/// those of the whole paragraph.
///
/// A line is full when it is nearly as long as the longest, or when the next line's first word
/// would not have fitted after it: a converter that keeps link URLs in the text (`[text](url)`)
/// wraps before a long URL and leaves a short line. Widths are counted in `texts`, the lines as
/// the converter wrapped them; `stats` may describe what a reader saw of them.
pub(crate) fn unwrap_paragraphs(
    stats: &[BlockStats],
    texts: &[&str],
    paragraphs: &[usize],
    ruled: &[bool],
) -> Vec<BlockStats> {
    let mut judged = stats.to_vec();
    let mut start = 0;
    while start < stats.len() {
        let mut end = start + 1;
        while end < stats.len() && paragraphs[end] == paragraphs[start] {
            end += 1;
        }
        let lines = &stats[start..end];
        let body = &lines[..lines.len() - 1];
        let wrapped = lines.len() >= 2
            && !ruled[start..end].iter().any(|&r| r)
            && is_filled(&texts[start..end])
            && body.iter().any(|s| !s.ends_with_punctuation)
            // Wrapping breaks sentences: continuation lines often start in lowercase, and
            // sentences end inside lines. The items of a list, one per line, start with a capital
            // and hold no sentence end inside.
            && (lines[1..].iter().filter(|s| s.starts_lowercase).count() * 3 >= lines.len() - 1
                || body.iter().any(|s| s.sentence_ends > u32::from(s.ends_with_punctuation)));
        if wrapped {
            let mut whole = lines[0];
            for line in &lines[1..] {
                whole.absorb(line);
            }
            judged[start..end].fill(whole);
        }
        start = end;
    }
    judged
}

/// Whether every line of `lines` but the last is full (see [`unwrap_paragraphs`]), at a width of
/// 40 to 100 characters.
fn is_filled(lines: &[&str]) -> bool {
    let widths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    let widest = widths.iter().copied().max().unwrap_or(0);
    (40..=100).contains(&widest)
        && lines.windows(2).zip(&widths).all(|(pair, &width)| {
            let next_word = pair[1].split_whitespace().next().map_or(0, |w| w.chars().count());
            width as f32 >= WRAP_FILL * widest as f32 || width + 1 + next_word > widest
        })
}

/// A sentence or more of running text: names and numbers can push a news lead's stopword density
/// below the threshold, but it still reads as prose.
fn is_prose(stats: &BlockStats, density: f32) -> bool {
    stats.words >= 12 && stats.ends_with_punctuation && density >= 0.15
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
    // The nearest decided neighbour on each side of every block, found in two scans (a walk from
    // each block would be quadratic on a page of thousands of short lines).
    let strict = Neighbours::new(&initial, ruled, false);
    let loose = Neighbours::new(&initial, ruled, true);
    let mut settled = initial.clone();
    for i in 0..n {
        if initial[i] != Class::Short {
            continue;
        }
        let (prev, next) = (strict.before[i], strict.after[i]);
        settled[i] = match (prev, next) {
            (Class::Good, Class::Good) => Class::Good,
            (Class::Bad, Class::Bad) => Class::Bad,
            _ => {
                let near_before = prev == Class::Bad && loose.before[i] == Class::NearGood;
                let near_after = next == Class::Bad && loose.after[i] == Class::NearGood;
                if near_before || near_after { Class::Good } else { Class::Bad }
            }
        };
    }
    let after_short = settled.clone();
    let strict = Neighbours::new(&after_short, ruled, false);
    for i in 0..n {
        if after_short[i] == Class::NearGood {
            let both_bad = strict.before[i] == Class::Bad && strict.after[i] == Class::Bad;
            settled[i] = if both_bad { Class::Bad } else { Class::Good };
        }
    }
    classes.copy_from_slice(&settled);
}

/// The class of the nearest decided block before and after each block: good or bad, and also
/// near-good when `near_good_decides`. Ruled blocks are skipped; the page's edges count as bad.
struct Neighbours {
    before: Vec<Class>,
    after: Vec<Class>,
}

impl Neighbours {
    fn new(classes: &[Class], ruled: &[bool], near_good_decides: bool) -> Neighbours {
        let decided = |i: usize| {
            !ruled[i]
                && (matches!(classes[i], Class::Good | Class::Bad)
                    || (near_good_decides && classes[i] == Class::NearGood))
        };
        let n = classes.len();
        let mut before = vec![Class::Bad; n];
        let mut last = Class::Bad;
        for i in 0..n {
            before[i] = last;
            if decided(i) {
                last = classes[i];
            }
        }
        let mut after = vec![Class::Bad; n];
        let mut last = Class::Bad;
        for i in (0..n).rev() {
            after[i] = last;
            if decided(i) {
                last = classes[i];
            }
        }
        Neighbours { before, after }
    }
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

    #[test]
    fn hard_wrapped_paragraphs_are_judged_whole() {
        use crate::lang::Language;
        let wrapped = [
            "The harbour ferry will keep running through the winter for the first",
            "time, the council decided on Monday after a long debate about the cost",
            "and the safety of the crossing in storms.",
        ];
        let list = [
            "Revenue-focused growth strategy for small harbour companies",
            "Technical content optimisation for complex ferry timetables",
            "Conversion rate optimisation for island onboarding funnels",
        ];
        // Wrapped by a converter that keeps link URLs: the line before a long URL is short.
        let linked = [
            "The harbour ferry will keep running through the winter for the first time,",
            "the council",
            "[decided](https://example.org/news/2025/03/council-ferry-winter-decision) on",
            "Monday after a long debate about the cost and the safety of the crossing.",
        ];
        for (lines, joined) in [(&wrapped[..], true), (&list[..], false), (&linked[..], true)] {
            let stats: Vec<BlockStats> = lines.iter().map(|l| BlockStats::compute(l, Language::English)).collect();
            let paragraphs = vec![0; lines.len()];
            let judged = unwrap_paragraphs(&stats, lines, &paragraphs, &vec![false; lines.len()]);
            let whole = judged.iter().all(|s| s.words == stats.iter().map(|s| s.words).sum::<u32>());
            assert_eq!(whole, joined, "{lines:?}");
        }
    }
}
