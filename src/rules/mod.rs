//! Rule families: boilerplate that announces itself by its wording or its shape.
//!
//! Every family is a module with a phrase table, a pattern table and, where the family has one, a
//! structural test on the block statistics. All phrase tables compile into ONE aho-corasick
//! automaton and all patterns into ONE `RegexSet`, built once on first use. Both run only on blocks
//! short enough for a rule to apply ([`MAX_RULE_WORDS`]): long paragraphs, which carry most of the
//! bytes, are never scanned.

mod advertising;
mod caption;
mod comments;
mod headlines;
mod junk;
mod keywords;
mod legal;
mod navigation;
mod newsletter;
mod promo_code;
mod social;
mod teaser;

use crate::stats::BlockStats;
use crate::verdict::Reason;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use once_cell::sync::Lazy;
use regex::{Regex, RegexSet, RegexSetBuilder};
use std::sync::Arc;

/// A family of boilerplate rules that can be switched on or off in the builder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Family {
    /// Skip links, menus, breadcrumbs, tag lines, link rows, site names.
    Navigation,
    /// Comma-separated keyword lists.
    Keywords,
    /// Copyright, rights, trademark, privacy and cookie lines.
    Legal,
    /// Newsletter sign-up prompts and forms.
    Newsletter,
    /// Share, follow and app-download prompts.
    Social,
    /// Comment prompts and counts.
    Comments,
    /// Advertisement labels, sponsored and sale copy.
    Advertising,
    /// Promo and coupon codes.
    PromoCode,
    /// Photo captions, credits and alt text.
    Caption,
    /// Inline teasers and related links.
    Teaser,
    /// Headers of headline lists ("Latest News", "More Stories").
    Headlines,
    /// Lone numbers, malformed dates, stray symbols.
    Junk,
}

impl Family {
    /// Every family, in the order a block's rule hits are ranked when several match.
    pub const ALL: [Family; 12] = [
        Family::PromoCode,
        Family::Caption,
        Family::Legal,
        Family::Comments,
        Family::Newsletter,
        Family::Social,
        Family::Advertising,
        Family::Teaser,
        Family::Headlines,
        Family::Keywords,
        Family::Navigation,
        Family::Junk,
    ];

    /// The reason blocks removed by this family carry.
    pub fn reason(self) -> Reason {
        match self {
            Family::Navigation => Reason::Navigation,
            Family::Keywords => Reason::Keywords,
            Family::Legal => Reason::Legal,
            Family::Newsletter => Reason::Newsletter,
            Family::Social => Reason::Social,
            Family::Comments => Reason::Comments,
            Family::Advertising => Reason::Advertising,
            Family::PromoCode => Reason::PromoCode,
            Family::Caption => Reason::Caption,
            Family::Teaser => Reason::Teaser,
            Family::Headlines => Reason::UnrelatedHeadlines,
            Family::Junk => Reason::Junk,
        }
    }

    fn rank(self) -> usize {
        Family::ALL.iter().position(|&f| f == self).unwrap_or(usize::MAX)
    }

    fn bit(self) -> u16 {
        1 << self.rank()
    }

    fn phrases(self) -> &'static [Phrase] {
        match self {
            Family::Navigation => navigation::PHRASES,
            Family::Keywords => keywords::PHRASES,
            Family::Legal => legal::PHRASES,
            Family::Newsletter => newsletter::PHRASES,
            Family::Social => social::PHRASES,
            Family::Comments => comments::PHRASES,
            Family::Advertising => advertising::PHRASES,
            Family::PromoCode => promo_code::PHRASES,
            Family::Caption => caption::PHRASES,
            Family::Teaser => teaser::PHRASES,
            Family::Headlines => headlines::PHRASES,
            Family::Junk => junk::PHRASES,
        }
    }

    fn patterns(self) -> &'static [Pattern] {
        match self {
            Family::Navigation => navigation::PATTERNS,
            Family::Keywords => &[],
            Family::Legal => legal::PATTERNS,
            Family::Newsletter => &[],
            Family::Social => social::PATTERNS,
            Family::Comments => comments::PATTERNS,
            Family::Advertising => advertising::PATTERNS,
            Family::PromoCode => promo_code::PATTERNS,
            Family::Caption => caption::PATTERNS,
            Family::Teaser => teaser::PATTERNS,
            Family::Headlines => headlines::PATTERNS,
            Family::Junk => junk::PATTERNS,
        }
    }

    /// A test on the block's shape rather than its wording.
    fn judge_shape(self, text: &str, stats: &BlockStats) -> bool {
        match self {
            Family::Navigation => navigation::is_link_row(text, stats),
            Family::Keywords => keywords::is_keyword_list(text, stats),
            Family::Advertising => advertising::is_title_case_copy(text, stats),
            Family::Social => social::is_network_list(text, stats),
            _ => false,
        }
    }
}

/// A set of enabled families.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FamilySet(u16);

impl FamilySet {
    pub(crate) const ALL: FamilySet = FamilySet(u16::MAX);

    pub(crate) fn contains(self, family: Family) -> bool {
        self.0 & family.bit() != 0
    }

    pub(crate) fn set(&mut self, family: Family, on: bool) {
        if on {
            self.0 |= family.bit();
        } else {
            self.0 &= !family.bit();
        }
    }
}

/// Where a phrase must sit in a block for the block to match.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Anchor {
    /// The block is the phrase, give or take punctuation, symbols and a count.
    Whole,
    /// The block starts with the phrase and has at most this many words.
    Start(u32),
    /// The phrase is anywhere in a block of at most this many words.
    Within(u32),
}

/// One phrase of a family's table, matched case-insensitively (ASCII) at word boundaries.
pub(crate) type Phrase = (&'static str, Anchor);

/// One regular expression of a family's table, tried on blocks of at most `max_words` words.
pub(crate) type Pattern = (&'static str, u32);

/// Blocks longer than this are never tested against phrases or patterns.
pub const MAX_RULE_WORDS: u32 = 90;

struct Compiled {
    phrases: AhoCorasick,
    phrase_info: Vec<(Family, Anchor)>,
    patterns: RegexSet,
    pattern_info: Vec<(Family, u32)>,
}

static COMPILED: Lazy<Compiled> = Lazy::new(|| {
    let mut texts = Vec::new();
    let mut phrase_info = Vec::new();
    let mut regexes = Vec::new();
    let mut pattern_info = Vec::new();
    for family in Family::ALL {
        for &(text, anchor) in family.phrases() {
            // The automaton folds ASCII case only: add the capitalised form of a phrase that
            // starts with a non-ASCII letter ("à lire aussi" / "À lire aussi").
            for variant in variants(text) {
                texts.push(variant);
                phrase_info.push((family, anchor));
            }
        }
        for &(regex, max_words) in family.patterns() {
            regexes.push(regex);
            pattern_info.push((family, max_words));
        }
    }
    let phrases = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(&texts)
        .expect("built-in phrase tables compile");
    let patterns = RegexSetBuilder::new(&regexes).size_limit(64 << 20).build().expect("built-in patterns compile");
    Compiled { phrases, phrase_info, patterns, pattern_info }
});

/// The forms a phrase is matched in. The automaton folds ASCII case only, so a phrase with non-ASCII
/// letters also gets its capitalised and its uppercase form ("à lire aussi", "À lire aussi", "À LIRE
/// AUSSI"); a phrase with an apostrophe also gets the typographic one (' and ’).
fn variants(phrase: &str) -> Vec<String> {
    let mut forms = vec![phrase.to_owned()];
    if phrase.contains('\'') {
        forms.push(phrase.replace('\'', "’"));
    }
    if !phrase.is_ascii() {
        for form in forms.clone() {
            let mut chars = form.chars();
            if let Some(first) = chars.next() {
                forms.push(first.to_uppercase().chain(chars).collect());
            }
            forms.push(form.to_uppercase());
        }
    }
    forms.sort();
    forms.dedup();
    forms
}

/// What the rules say about one block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) reason: Reason,
    /// The block is the header of a headline list, so the lines after it are suspect too.
    pub(crate) header: bool,
}

/// A user-supplied rule: a phrase list or a regular expression, with a name used as the reason.
///
/// ```
/// let rule = chaff::Rule::phrases("house-ad", ["Subscribe to the print edition"]);
/// let cleaner = chaff::Cleaner::builder().rule(rule).build().unwrap();
/// let page = "Subscribe to the print edition\n\nThe council met on Monday to discuss the budget.";
/// let cleaned = cleaner.clean(page);
/// assert_eq!(cleaned.blocks()[0].reason.as_str(), "house-ad");
/// ```
#[derive(Clone, Debug)]
pub struct Rule {
    pub(crate) name: Arc<str>,
    pub(crate) kind: RuleKind,
}

#[derive(Clone, Debug)]
pub(crate) enum RuleKind {
    Phrases(Vec<String>),
    Regex(String),
}

impl Rule {
    /// Removes every block that contains one of `phrases` (ASCII case-insensitive, at word
    /// boundaries), with `name` as the reason.
    pub fn phrases<I, S>(name: &str, phrases: I) -> Rule
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Rule { name: name.into(), kind: RuleKind::Phrases(phrases.into_iter().map(Into::into).collect()) }
    }

    /// Removes every block whose trimmed text matches `regex` (the `regex` crate's syntax; use
    /// `^`/`$` to anchor to the whole line), with `name` as the reason. An invalid regex makes
    /// [`CleanerBuilder::build`](crate::CleanerBuilder::build) fail.
    pub fn regex(name: &str, regex: &str) -> Rule {
        Rule { name: name.into(), kind: RuleKind::Regex(regex.to_owned()) }
    }

    /// The rule's name, which is the reason its removals carry.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// The user's rules, compiled when the cleaner is built.
#[derive(Clone, Debug, Default)]
pub(crate) struct UserRules {
    phrases: Option<AhoCorasick>,
    phrase_names: Vec<Arc<str>>,
    regexes: Vec<(Regex, Arc<str>)>,
}

impl UserRules {
    pub(crate) fn compile(rules: &[Rule]) -> Result<UserRules, crate::Error> {
        let mut texts = Vec::new();
        let mut phrase_names = Vec::new();
        let mut regexes = Vec::new();
        for rule in rules {
            match &rule.kind {
                RuleKind::Phrases(list) => {
                    for phrase in list.iter().filter(|p| !p.trim().is_empty()) {
                        texts.push(phrase.trim().to_owned());
                        phrase_names.push(rule.name.clone());
                    }
                }
                RuleKind::Regex(source) => {
                    let regex = Regex::new(source).map_err(|e| crate::Error::InvalidRule {
                        name: rule.name.to_string(),
                        message: e.to_string(),
                    })?;
                    regexes.push((regex, rule.name.clone()));
                }
            }
        }
        let phrases = if texts.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(&texts)
                    .map_err(|e| crate::Error::InvalidRule { name: "phrases".into(), message: e.to_string() })?,
            )
        };
        Ok(UserRules { phrases, phrase_names, regexes })
    }

    fn judge(&self, text: &str) -> Option<Reason> {
        if let Some(ac) = &self.phrases {
            for m in ac.find_overlapping_iter(text) {
                if at_word_boundaries(text, m.start(), m.end()) {
                    return Some(Reason::Custom(self.phrase_names[m.pattern().as_usize()].clone()));
                }
            }
        }
        self.regexes.iter().find(|(re, _)| re.is_match(text)).map(|(_, name)| Reason::Custom(name.clone()))
    }
}

/// Judges one block by the user's rules first, then the built-in families, in rank order.
pub(crate) fn judge(text: &str, stats: &BlockStats, families: FamilySet, user: &UserRules) -> Option<Hit> {
    if let Some(reason) = user.judge(text) {
        return Some(Hit { reason, header: false });
    }
    if stats.words > MAX_RULE_WORDS || stats.chars == 0 {
        return None;
    }
    let compiled = &*COMPILED;
    let mut best: Option<Family> = None;
    let consider = |best: &mut Option<Family>, family: Family| {
        if families.contains(family) && best.is_none_or(|b| family.rank() < b.rank()) {
            *best = Some(family);
        }
    };
    for m in compiled.phrases.find_overlapping_iter(text) {
        let (family, anchor) = compiled.phrase_info[m.pattern().as_usize()];
        if anchored(text, m.start(), m.end(), anchor, stats) {
            consider(&mut best, family);
        }
    }
    if let Some(lowest) = best.filter(|f| f.rank() == 0) {
        return Some(hit(lowest));
    }
    for index in compiled.patterns.matches(text).iter() {
        let (family, max_words) = compiled.pattern_info[index];
        if stats.words <= max_words {
            consider(&mut best, family);
        }
    }
    for family in Family::ALL {
        if best.is_some_and(|b| b.rank() <= family.rank()) {
            break;
        }
        if families.contains(family) && family.judge_shape(text, stats) {
            consider(&mut best, family);
        }
    }
    best.map(hit)
}

fn hit(family: Family) -> Hit {
    Hit { reason: family.reason(), header: family == Family::Headlines }
}

/// Whether the phrase match `start..end` sits in `text` as `anchor` requires.
fn anchored(text: &str, start: usize, end: usize, anchor: Anchor, stats: &BlockStats) -> bool {
    if !at_word_boundaries(text, start, end) {
        return false;
    }
    match anchor {
        Anchor::Whole => is_filler(&text[..start]) && is_filler(&text[end..]),
        Anchor::Start(max_words) => stats.words <= max_words && is_filler(&text[..start]),
        Anchor::Within(max_words) => stats.words <= max_words,
    }
}

/// Text around a whole-line phrase that does not change what the line is: punctuation, symbols,
/// bullets, arrows, emoji and a count such as "(12)".
fn is_filler(text: &str) -> bool {
    text.chars().all(|c| !c.is_alphabetic())
}

pub(crate) fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let glued_before = word(before) && word(first);
    let glued_after = word(after) && word(last);
    !glued_before && !glued_after
}

/// Marks alt text: a short line with no sentence punctuation right before a caption.
pub(crate) fn is_alt_text(stats: &BlockStats) -> bool {
    stats.words >= 2 && stats.words <= 14 && stats.sentence_ends == 0 && !stats.ends_with_colon
}

#[cfg(test)]
pub(crate) mod table {
    //! Shared runner for the families' tables of lines to remove and lines to keep.
    use super::*;
    use crate::lang::{self, Language};

    /// Asserts that every line of `remove` is judged `reason` and no line of `keep` is.
    pub(crate) fn check(reason: Reason, remove: &[&str], keep: &[&str]) {
        for line in remove {
            let got = judge_line(line);
            assert_eq!(got.as_ref().map(|h| &h.reason), Some(&reason), "should be {reason}: {line:?}");
        }
        for line in keep {
            let got = judge_line(line);
            assert_ne!(got.as_ref().map(|h| &h.reason), Some(&reason), "should not be {reason}: {line:?}");
        }
    }

    pub(crate) fn judge_line(line: &str) -> Option<Hit> {
        let language = lang::detect(line).unwrap_or(Language::English);
        let stats = BlockStats::compute(line, language);
        judge(line, &stats, FamilySet::ALL, &UserRules::default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_compile() {
        let compiled = &*COMPILED;
        assert!(compiled.phrase_info.len() > 300);
        assert_eq!(compiled.patterns.len(), compiled.pattern_info.len());
    }

    #[test]
    fn phrases_respect_word_boundaries() {
        assert!(at_word_boundaries("ad here", 0, 2));
        assert!(!at_word_boundaries("read", 2, 4));
        assert!(at_word_boundaries("© 2024", 0, 2));
    }
}
