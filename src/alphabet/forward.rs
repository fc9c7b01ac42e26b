//! Whether a cut-down copy matches, answered by the engines that question needs: a forward lazy
//! DFA, with a bounded backtracker and a PikeVM for when it gives up.
//!
//! `meta::Regex` builds every engine any search could use: a reverse NFA for the lazy DFA to find
//! where a match starts, and for its reverse-anchored, suffix and inner-literal strategies, and a
//! one-pass DFA. `is_match` needs none of them (a match's existence is a forward scan), and
//! building them costs a fresh process as much as a third of the forward NFA again. The engines
//! here are configured as `meta::Regex` configures its forward ones, so they find a match where it
//! does.

use regex_automata::hybrid::dfa::{self as lazy, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures, backtrack, pikevm};
use regex_automata::util::pool::Pool;
use regex_automata::{Input, MatchKind};
use regex_syntax::hir::{Hir, Look};
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::{LazyLock, Mutex, PoisonError};

/// The NFA compiler, one for all the patterns: a compiler allocates a cache of 10,000 entries for
/// the UTF-8 automata of its classes, and setting it up and dropping it for each pattern cost a
/// fresh process about 5% of its instructions. A reused compiler starts each NFA afresh.
static COMPILER: LazyLock<Mutex<thompson::Compiler>> = LazyLock::new(|| {
    let config = thompson::Config::new()
        .utf8(true)
        .nfa_size_limit(Some(super::NFA_SIZE_LIMIT))
        .shrink(false)
        .which_captures(WhichCaptures::Implicit);
    let mut compiler = thompson::Compiler::new();
    compiler.configure(config);
    Mutex::new(compiler)
});

/// The forward engines of one pattern.
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
    /// The engines for `hir`, with a lazy DFA cache of `cache_capacity` bytes; `None` where
    /// `meta::Regex` is needed (a pattern that matches the empty string, whose empty matches in
    /// the middle of a character `meta::Regex` skips) or where an engine does not build.
    pub(super) fn new(hir: &Hir, cache_capacity: usize) -> Option<Forward> {
        let props = hir.properties();
        if !props.look_set_prefix().contains(Look::Start) && props.look_set_suffix().contains(Look::End) {
            return None;
        }
        let nfa = {
            let compiler = COMPILER.lock().unwrap_or_else(PoisonError::into_inner);
            compiler.build_from_hir(hir).ok()?
        };
        if nfa.has_empty() {
            return None;
        }
        let dfa_config = lazy::Config::new()
            .match_kind(MatchKind::LeftmostFirst)
            .byte_classes(true)
            .unicode_word_boundary(true)
            .cache_capacity(cache_capacity)
            .skip_cache_capacity_check(false)
            .minimum_cache_clear_count(Some(3))
            .minimum_bytes_per_state(Some(10));
        let dfa = lazy::Builder::new().configure(dfa_config).build_from_nfa(nfa.clone()).ok()?;
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

    /// Whether the pattern matches somewhere in `text`.
    pub(super) fn is_match(&self, text: &str) -> bool {
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
