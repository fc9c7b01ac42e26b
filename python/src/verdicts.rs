//! Every block's verdict of one page, kept compact: 9 bytes a block on a page under 4 GiB whose
//! blocks are on runs of lines and which meets fewer than 128 reasons, 16 at most on one under
//! 4 GiB, where the core's `BlockVerdict` takes 72 and a Python `Block` object several hundred. A
//! page of five million one-line blocks keeps 45 MB here; `Cleaned.blocks` makes the Python
//! objects when it is read.

use dechaff::{BlockVerdict, Reason};
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::OnceLock;

/// Offsets into one page: 32 bits wide while every offset fits.
enum Offsets {
    Narrow(Vec<u32>),
    Wide(Vec<usize>),
}

impl Offsets {
    /// Room for `len` offsets, none above `max`.
    fn with_capacity(len: usize, max: usize) -> Offsets {
        if u32::try_from(max).is_ok() {
            Offsets::Narrow(Vec::with_capacity(len))
        } else {
            Offsets::Wide(Vec::with_capacity(len))
        }
    }

    fn push(&mut self, offset: usize) {
        match self {
            Offsets::Narrow(offsets) => match u32::try_from(offset) {
                Ok(offset) => offsets.push(offset),
                // Not reached (`max` bounds every offset); widened rather than wrong if it were.
                Err(_) => {
                    let mut wide: Vec<usize> = offsets.iter().map(|&o| o as usize).collect();
                    wide.push(offset);
                    *self = Offsets::Wide(wide);
                }
            },
            Offsets::Wide(offsets) => offsets.push(offset),
        }
    }

    fn get(&self, i: usize) -> usize {
        match self {
            Offsets::Narrow(offsets) => offsets.get(i).map_or(0, |&o| o as usize),
            Offsets::Wide(offsets) => offsets.get(i).copied().unwrap_or(0),
        }
    }

    fn last(&self) -> Option<usize> {
        match self {
            Offsets::Narrow(offsets) => offsets.last().map(|&o| o as usize),
            Offsets::Wide(offsets) => offsets.last().copied(),
        }
    }

    /// How many offsets (sorted) are at most `offset`.
    fn count_up_to(&self, offset: usize) -> usize {
        match self {
            Offsets::Narrow(offsets) => offsets.partition_point(|&o| o as usize <= offset),
            Offsets::Wide(offsets) => offsets.partition_point(|&o| o <= offset),
        }
    }
}

/// Each block's line number, kept as runs: a block on the line after the one before it, as most
/// are, costs nothing; one after a blank line starts a run.
struct Lines {
    /// The first block of each run.
    firsts: Offsets,
    /// The line of each run's first block.
    lines: Offsets,
}

impl Lines {
    fn push(&mut self, block: usize, line: usize) {
        let (Some(first), Some(first_line)) = (self.firsts.last(), self.lines.last()) else {
            self.firsts.push(block);
            self.lines.push(line);
            return;
        };
        if first_line + (block - first) != line {
            self.firsts.push(block);
            self.lines.push(line);
        }
    }

    fn get(&self, block: usize) -> usize {
        let Some(run) = self.firsts.count_up_to(block).checked_sub(1) else { return 0 };
        self.lines.get(run) + (block - self.firsts.get(run))
    }
}

/// Each block's reason (an index into the page's reasons), with a mark when it is kept: a byte
/// while the page meets fewer than 128 reasons, as nearly every page does.
enum Marks {
    Narrow(Vec<u8>),
    Wide(Vec<u32>),
}

/// The mark of a kept block in `Marks::Narrow` and `Marks::Wide`.
const KEPT_NARROW: u8 = 1 << 7;
const KEPT_WIDE: u32 = 1 << 31;

impl Marks {
    fn push(&mut self, reason: u32, kept: bool) {
        if let Marks::Narrow(marks) = self {
            match u8::try_from(reason) {
                Ok(reason) if reason < KEPT_NARROW => {
                    return marks.push(if kept { reason | KEPT_NARROW } else { reason });
                }
                _ => {
                    let wide = marks
                        .iter()
                        .map(|&m| u32::from(m & !KEPT_NARROW) | if m & KEPT_NARROW != 0 { KEPT_WIDE } else { 0 });
                    *self = Marks::Wide(wide.collect());
                }
            }
        }
        if let Marks::Wide(marks) = self {
            marks.push(if kept { reason | KEPT_WIDE } else { reason });
        }
    }

    /// Block `i`'s reason index and whether it is kept.
    fn get(&self, i: usize) -> (usize, bool) {
        match self {
            Marks::Narrow(marks) => {
                marks.get(i).map_or((0, false), |&m| ((m & !KEPT_NARROW) as usize, m & KEPT_NARROW != 0))
            }
            Marks::Wide(marks) => marks.get(i).map_or((0, false), |&m| ((m & !KEPT_WIDE) as usize, m & KEPT_WIDE != 0)),
        }
    }

    fn len(&self) -> usize {
        match self {
            Marks::Narrow(marks) => marks.len(),
            Marks::Wide(marks) => marks.len(),
        }
    }
}

/// The verdicts of one page's blocks, in order.
pub struct Verdicts {
    /// Each block's span in bytes: start, end.
    spans: Offsets,
    /// Each block's 1-based line number.
    lines: Lines,
    /// Each block's reason (an index into `reasons`) and whether it is kept.
    marks: Marks,
    /// The page's distinct reasons, in the order they first appear (`restored` once per distinct
    /// set of signals).
    reasons: Vec<Reason>,
    /// Each block's span in characters (start, end), counted when first asked for; `None` for an
    /// ASCII page, where characters are bytes.
    chars: OnceLock<Option<Offsets>>,
}

impl Verdicts {
    pub fn of(input: &str, blocks: &[BlockVerdict]) -> Verdicts {
        let max = input.len().saturating_add(1);
        let mut spans = Offsets::with_capacity(blocks.len() * 2, max);
        let mut lines = Lines { firsts: Offsets::with_capacity(0, max), lines: Offsets::with_capacity(0, max) };
        let mut marks = Marks::Narrow(Vec::with_capacity(blocks.len()));
        let mut reasons = Vec::new();
        let mut index_of: HashMap<Reason, u32> = HashMap::new();
        for (i, block) in blocks.iter().enumerate() {
            spans.push(block.span.start);
            spans.push(block.span.end);
            lines.push(i, block.line);
            let index = *index_of.entry(block.reason.clone()).or_insert_with(|| {
                reasons.push(block.reason.clone());
                // Fewer reasons than blocks, and far fewer than 2^31: built-ins and user rules.
                u32::try_from(reasons.len() - 1).unwrap_or(KEPT_WIDE - 1)
            });
            marks.push(index, block.kept);
        }
        Verdicts { spans, lines, marks, reasons, chars: OnceLock::new() }
    }

    pub fn len(&self) -> usize {
        self.marks.len()
    }

    /// Block `i`'s span in bytes of the input.
    pub fn span(&self, i: usize) -> Range<usize> {
        self.spans.get(2 * i)..self.spans.get(2 * i + 1)
    }

    /// Block `i`'s trimmed text.
    pub fn text<'a>(&self, input: &'a str, i: usize) -> &'a str {
        input.get(self.span(i)).unwrap_or("")
    }

    pub fn line(&self, i: usize) -> usize {
        self.lines.get(i)
    }

    pub fn kept(&self, i: usize) -> bool {
        self.marks.get(i).1
    }

    /// `body` or `restored` when kept, else what removed block `i`.
    pub fn reason(&self, i: usize) -> &str {
        self.reasons.get(self.marks.get(i).0).map_or("", Reason::as_str)
    }

    /// The signals that moved the learned layer to keep block `i`, comma-separated, when its
    /// reason is `restored`.
    pub fn signals(&self, i: usize) -> Option<&str> {
        self.reasons.get(self.marks.get(i).0).and_then(Reason::signals)
    }

    /// Blocks removed, counted per reason, in the order of the reasons' names.
    pub fn removed(&self) -> BTreeMap<&str, usize> {
        let mut counts = vec![0; self.reasons.len()];
        for (reason, kept) in (0..self.len()).map(|i| self.marks.get(i)) {
            if let Some(count) = counts.get_mut(reason).filter(|_| !kept) {
                *count += 1;
            }
        }
        let mut removed = BTreeMap::new();
        for (reason, count) in self.reasons.iter().zip(counts).filter(|&(_, n)| n > 0) {
            *removed.entry(reason.as_str()).or_insert(0) += count;
        }
        removed
    }

    /// Block `i`'s span in characters (Unicode scalar values) of the input, as Python indexes it.
    pub fn char_span(&self, input: &str, i: usize) -> Range<usize> {
        match self.chars.get_or_init(|| (!input.is_ascii()).then(|| self.count_chars(input))) {
            Some(chars) => chars.get(2 * i)..chars.get(2 * i + 1),
            None => self.span(i),
        }
    }

    /// Every block's span in characters, in one pass over the input.
    fn count_chars(&self, input: &str) -> Offsets {
        let mut chars = Offsets::with_capacity(self.len() * 2, input.len());
        let mut at_byte = 0;
        let mut at_char = 0;
        for i in 0..self.len() * 2 {
            let to = self.spans.get(i).min(input.len());
            if to >= at_byte {
                at_char += input.get(at_byte..to).map_or(0, |s| s.chars().count());
                at_byte = to;
            }
            chars.push(at_char);
        }
        chars
    }
}
