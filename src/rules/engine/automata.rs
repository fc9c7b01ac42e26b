//! Literals in aho-corasick automata, one per group of scripts.

use super::compiled::Entry;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};
use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Literals sorted by the first non-ASCII character they contain, each group in an automaton of
/// its own. An automaton over literals of many scripts has a wide alphabet, so its table outgrows
/// the CPU caches and every byte of text costs a cache miss; split by script, each table stays
/// small, and a block is scanned only by the groups whose characters it contains.
pub(super) struct Literals {
    automata: Vec<Automaton>,
    /// The longest literal, in bytes.
    pub(super) longest: usize,
}

/// The literals of one group of scripts.
struct Automaton {
    /// The group's bit (see [`groups`]).
    group: u8,
    scanner: Scanner,
    /// What each of the automaton's patterns stands for, by pattern id.
    entries: Vec<Entry>,
    /// The automaton's longest pattern, in bytes.
    longest: usize,
}

/// The group of a literal or a character: ASCII, then punctuation and symbols, Latin letters,
/// Greek to Arabic, Indic and South-East Asian scripts, and the rest (CJK, Hangul, emoji).
pub(super) fn group(c: char) -> u8 {
    match u32::from(c) {
        0..0x80 => 0,
        0x80..0xC0 | 0x2000..0x2C00 => 1,
        0xC0..0x250 | 0x1E00..0x1F00 => 2,
        0x250..0x900 => 3,
        0x900..0x1E00 => 4,
        _ => 5,
    }
}

/// The groups whose characters occur in `text`, as bits; ASCII is always in.
pub(super) fn groups(text: &str) -> u8 {
    let mut bits = 1;
    if !text.is_ascii() {
        for c in text.chars().filter(|c| !c.is_ascii()) {
            bits |= 1 << group(c);
        }
    }
    bits
}

/// Bytes an automaton scans as an NFA before its DFA is built: a page of 10 KB stays below it and
/// never pays for a DFA; a stream of pages soon passes it and scans at the DFA's speed (on 5 MB of
/// pages, a threshold of 1 MB cost 2% more instructions than building every DFA at once; this one
/// costs none).
const DFA_AFTER: usize = 1 << 16;

/// An automaton of `literals` of `kind`, matching ASCII case-insensitively.
fn automaton(literals: &[String], kind: AhoCorasickKind) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .kind(Some(kind))
        .build(literals)
        .expect("built-in phrase tables compile")
}

/// Literals in an aho-corasick automaton (ASCII case-insensitive, every overlapping match), built
/// as the input grows: a contiguous NFA when first asked to scan (a Latin-script page never asks
/// the automata of the other scripts' literals), cheap to build, then a DFA, faster per byte but
/// costlier to build (the DFAs of all the rule tables cost a fresh process about 65 million
/// instructions), once the NFA has scanned [`DFA_AFTER`] bytes. Both report the same matches.
pub(in crate::rules) struct Scanner {
    nfa: OnceLock<AhoCorasick>,
    dfa: OnceLock<AhoCorasick>,
    /// Bytes the NFA has scanned.
    scanned: AtomicUsize,
    literals: Vec<String>,
}

impl Scanner {
    /// A scanner of `literals`; a match's pattern id is the literal's index.
    pub(in crate::rules) fn new(literals: Vec<String>) -> Scanner {
        Scanner { nfa: OnceLock::new(), dfa: OnceLock::new(), scanned: AtomicUsize::new(0), literals }
    }

    /// The automaton to scan `bytes` more bytes with.
    pub(in crate::rules) fn for_scan(&self, bytes: usize) -> &AhoCorasick {
        if let Some(dfa) = self.dfa.get() {
            return dfa;
        }
        if self.scanned.fetch_add(bytes, Ordering::Relaxed) < DFA_AFTER {
            return self.nfa.get_or_init(|| automaton(&self.literals, AhoCorasickKind::ContiguousNFA));
        }
        self.dfa.get_or_init(|| automaton(&self.literals, AhoCorasickKind::DFA))
    }
}

impl Literals {
    pub(super) fn build(literals: Vec<(String, Entry)>) -> Literals {
        let longest = literals.iter().map(|(l, _)| l.len()).max().unwrap_or(0);
        let mut split: [Vec<(String, Entry)>; 6] = Default::default();
        for (literal, entry) in literals {
            let key = literal.chars().find(|c| !c.is_ascii()).map_or(0, group);
            split[usize::from(key)].push((literal, entry));
        }
        let automata = (0u8..)
            .zip(split)
            .filter(|(_, literals)| !literals.is_empty())
            .map(|(key, literals)| {
                let (literals, entries): (Vec<String>, Vec<Entry>) = literals.into_iter().unzip();
                let longest = literals.iter().map(String::len).max().unwrap_or(0);
                Automaton { group: 1 << key, scanner: Scanner::new(literals), entries, longest }
            })
            .collect();
        Literals { automata, longest }
    }

    /// How many literals the automata hold.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.automata.iter().map(|a| a.entries.len()).sum()
    }

    /// Calls `found` with the entry, start and end of every literal in `text[span]` (overlapping
    /// matches included), searching only the groups in `present`. A literal of a non-ASCII group
    /// holds one of that group's characters, so only the text around those characters is searched
    /// for it: in an English paragraph with one typographic apostrophe, a few bytes.
    pub(super) fn matches(
        &self,
        text: &str,
        span: Range<usize>,
        present: u8,
        mut found: impl FnMut(Entry, usize, usize),
    ) {
        let mut report = |automaton: &Automaton, window: Range<usize>| {
            let scanner = automaton.scanner.for_scan(window.len());
            for m in scanner.find_overlapping_iter(Input::new(text).range(window)) {
                found(automaton.entries[m.pattern().as_usize()], m.start(), m.end());
            }
        };
        for automaton in &self.automata {
            let (bit, longest) = (automaton.group, automaton.longest);
            if present & bit == 0 {
                continue;
            }
            if bit == 1 {
                report(automaton, span.clone());
                continue;
            }
            let mut window: Option<Range<usize>> = None;
            for (at, c) in text[span.clone()].char_indices().filter(|(_, c)| !c.is_ascii()) {
                if 1 << group(c) != bit {
                    continue;
                }
                let at = span.start + at;
                let around = at.saturating_sub(longest).max(span.start)..(at + longest + c.len_utf8()).min(span.end);
                window = match window {
                    Some(open) if around.start <= open.end => Some(open.start..around.end),
                    Some(open) => {
                        report(automaton, open);
                        Some(around)
                    }
                    None => Some(around),
                };
            }
            if let Some(open) = window {
                report(automaton, open);
            }
        }
    }
}
