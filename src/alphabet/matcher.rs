//! Whether a cut-down copy matches, answered by the engines that question needs: for a pattern
//! whose every match ends where the text does (and may start anywhere), a reverse lazy DFA
//! anchored at the end; for any other, a forward lazy DFA, with a bounded backtracker and a
//! PikeVM for when it gives up.
//!
//! `meta::Regex` builds every engine any search could use: a forward NFA, a reverse NFA for the
//! lazy DFA to find where a match starts and for its reverse-anchored, suffix and inner-literal
//! strategies, and a one-pass DFA. `is_match` needs one direction (a match's existence is a
//! forward scan, or a backward one from the end for a pattern that ends there, as
//! `meta::Regex`'s reverse-anchored strategy reads it), and the other costs a fresh process as
//! much again. The engines here are configured as `meta::Regex` configures its own, so they find a
//! match where it does.

use regex_automata::hybrid::dfa::{self as lazy, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures, backtrack, pikevm};
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, MatchKind};
use regex_syntax::hir::{Hir, Look};
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::{LazyLock, Mutex, PoisonError};

/// The NFA compilers, forward and reverse, one each for all the patterns: a compiler allocates a
/// cache of 10,000 entries for the UTF-8 automata of its classes, and setting it up and dropping
/// it for each pattern cost a fresh process about 5% of its instructions. A reused compiler
/// starts each NFA afresh.
static COMPILERS: LazyLock<[Mutex<thompson::Compiler>; 2]> = LazyLock::new(|| {
    let config = thompson::Config::new().utf8(true).nfa_size_limit(Some(super::NFA_SIZE_LIMIT)).shrink(false);
    let compiler = |config: thompson::Config| {
        let mut compiler = thompson::Compiler::new();
        compiler.configure(config);
        Mutex::new(compiler)
    };
    [
        compiler(config.clone().which_captures(WhichCaptures::Implicit)),
        compiler(config.which_captures(WhichCaptures::None).reverse(true)),
    ]
});

/// `hir`'s NFA, forward or reverse; `None` for a pattern that matches the empty string (whose
/// empty matches in the middle of a character `meta::Regex` skips) or too large.
fn nfa(hir: &Hir, reverse: bool) -> Option<thompson::NFA> {
    let compiler = COMPILERS[usize::from(reverse)].lock().unwrap_or_else(PoisonError::into_inner);
    compiler.build_from_hir(hir).ok().filter(|nfa| !nfa.has_empty())
}

/// The lazy DFA configuration of `meta::Regex`'s forward engine.
fn dfa_config(cache_capacity: usize) -> lazy::Config {
    lazy::Config::new()
        .match_kind(MatchKind::LeftmostFirst)
        .byte_classes(true)
        .unicode_word_boundary(true)
        .cache_capacity(cache_capacity)
        .skip_cache_capacity_check(false)
        .minimum_cache_clear_count(Some(3))
        .minimum_bytes_per_state(Some(10))
}

/// The engines that tell whether a pattern matches.
pub(super) enum Matcher {
    Forward(Forward),
    FromEnd(FromEnd),
}

impl Matcher {
    /// The engines for `hir`, with a lazy DFA cache of `cache_capacity` bytes; `None` where
    /// `meta::Regex` is needed (see [`nfa`]) or where an engine does not build.
    pub(super) fn new(hir: &Hir, cache_capacity: usize) -> Option<Matcher> {
        let props = hir.properties();
        if !props.look_set_prefix().contains(Look::Start) && props.look_set_suffix().contains(Look::End) {
            FromEnd::new(hir, cache_capacity).map(Matcher::FromEnd)
        } else {
            Forward::new(hir, cache_capacity).map(Matcher::Forward)
        }
    }

    /// Whether the pattern matches somewhere in `text`; `None` when the engines cannot tell (the
    /// reverse lazy DFA gave up), and `meta::Regex` must.
    pub(super) fn is_match(&self, text: &str) -> Option<bool> {
        match self {
            Matcher::Forward(forward) => Some(forward.is_match(text)),
            Matcher::FromEnd(from_end) => from_end.is_match(text),
        }
    }
}

/// A pattern whose every match ends at the end of the text, read backwards from there.
pub(super) struct FromEnd {
    dfa: DFA,
    caches: Pool<lazy::Cache, Box<dyn Fn() -> lazy::Cache + Send + Sync + UnwindSafe + RefUnwindSafe>>,
}

impl FromEnd {
    fn new(hir: &Hir, cache_capacity: usize) -> Option<FromEnd> {
        let nfa = nfa(hir, true)?;
        // As `meta::Regex` configures its reverse lazy DFA.
        let config = dfa_config(cache_capacity).match_kind(MatchKind::All);
        let dfa = lazy::Builder::new().configure(config).build_from_nfa(nfa).ok()?;
        let create = {
            let dfa = dfa.clone();
            move || dfa.create_cache()
        };
        Some(FromEnd { dfa, caches: Pool::new(Box::new(create)) })
    }

    fn is_match(&self, text: &str) -> Option<bool> {
        let input = Input::new(text).earliest(true).anchored(Anchored::Yes);
        let mut cache = self.caches.get();
        self.dfa.try_search_rev(&mut cache, &input).ok().map(|found| found.is_some())
    }
}

/// The forward engines of a pattern.
pub(super) struct Forward {
    dfa: DFA,
    backtracker: backtrack::BoundedBacktracker,
    pikevm: pikevm::PikeVM,
    caches: Pool<Caches, Box<dyn Fn() -> Caches + Send + Sync + UnwindSafe + RefUnwindSafe>>,
}

/// The engines' caches, one set per thread that searches.
struct Caches {
    dfa: lazy::Cache,
    backtracker: backtrack::Cache,
    pikevm: pikevm::Cache,
}

/// The longest text the backtracker searches for a match's existence, as `meta::Regex`: past it
/// the PikeVM is faster at that.
const BACKTRACK_MAX_LEN: usize = 128;

impl Forward {
    fn new(hir: &Hir, cache_capacity: usize) -> Option<Forward> {
        let nfa = nfa(hir, false)?;
        let dfa = lazy::Builder::new().configure(dfa_config(cache_capacity)).build_from_nfa(nfa.clone()).ok()?;
        let backtracker = backtrack::Builder::new().build_from_nfa(nfa.clone()).ok()?;
        let pikevm = pikevm::Builder::new().build_from_nfa(nfa).ok()?;
        let create = {
            let (dfa, backtracker, pikevm) = (dfa.clone(), backtracker.clone(), pikevm.clone());
            move || Caches {
                dfa: dfa.create_cache(),
                backtracker: backtracker.create_cache(),
                pikevm: pikevm.create_cache(),
            }
        };
        Some(Forward { dfa, backtracker, pikevm, caches: Pool::new(Box::new(create)) })
    }

    fn is_match(&self, text: &str) -> bool {
        let input = Input::new(text).earliest(true);
        let mut caches = self.caches.get();
        // The lazy DFA gives up when its cache keeps filling, and quits at a non-ASCII byte when
        // the pattern has a Unicode word boundary.
        if let Ok(found) = self.dfa.try_search_fwd(&mut caches.dfa, &input) {
            return found.is_some();
        }
        if text.len() <= BACKTRACK_MAX_LEN
            && text.len() < self.backtracker.max_haystack_len()
            && let Ok(found) = self.backtracker.try_is_match(&mut caches.backtracker, input.clone())
        {
            return found;
        }
        self.pikevm.is_match(&mut caches.pikevm, input)
    }
}
