//! Repeated blocks: a block whose text already appeared in the kept text is dropped, so the first
//! body occurrence stays.

use std::collections::HashSet;

/// Given the text and kept flag of every block in order, returns the indices of kept blocks that
/// repeat an earlier kept block. Blocks of fewer than `min_chars` characters (list bullets, short
/// headings that may legitimately repeat) are left alone.
pub(crate) fn find_repeats<'a>(blocks: impl Iterator<Item = (&'a str, bool)>, min_chars: usize) -> Vec<usize> {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut repeats = Vec::new();
    for (i, (text, kept)) in blocks.enumerate() {
        if kept && text.len() >= min_chars && !seen.insert(text) {
            repeats.push(i);
        }
    }
    repeats
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_first_kept_occurrence() {
        let blocks = [
            ("A summary sentence of the story.", false),
            ("A summary sentence of the story.", true),
            ("Other text that is long enough.", true),
            ("A summary sentence of the story.", true),
            ("Step", true),
            ("Step", true),
        ];
        assert_eq!(find_repeats(blocks.into_iter(), 10), vec![3]);
    }
}
