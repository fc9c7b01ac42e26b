//! The page context: what is measured once per page (texts, words, statistics for every
//! language, date lines, shapes), and the view one pass judges (the blocks still kept, with
//! their statistics and rule hits under the page's language).

use crate::BlockVerdict;
use crate::Cleaner;
use crate::heuristics;
use crate::heuristics::duplicates::Fingerprint;
use crate::heuristics::structure::{CodeLine, Shape};
use crate::lang::{self, Language};
use crate::markup;
use crate::metadata::{self, AuthorMemo, BylineMemo, Lowercase};
use crate::rules::{self, Hit};
use crate::stats::{self, BlockStats, Measured, Word};
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// What is measured once per page, for every pass: each block's text, what a reader saw of it,
/// its words and statistics (every language's stopwords at once), whether it is a date line
/// and its shape as a table row or list item. Indexed by the blocks judged.
pub(crate) struct Page<'a> {
    pub(crate) input: &'a str,
    pub(crate) texts: Vec<&'a str>,
    /// Blocks are judged by what a reader saw: links and headings without their markup.
    seen: Vec<Cow<'a, str>>,
    measured: Vec<Measured>,
    words: Vec<Word>,
    paragraphs: Vec<usize>,
    date_lines: Vec<bool>,
    shapes: Vec<Option<Shape>>,
    /// How each block reads in a code listing, if it can be part of one.
    code_lines: Vec<Option<CodeLine>>,
    prices: Vec<bool>,
    /// Each block's text as a number, the same for blocks of the same text (`0..texts`): copies
    /// are counted without hashing the texts again in every pass.
    copy_ids: Vec<u32>,
    texts_apart: usize,
    /// What the repeat check reads of each block.
    prints: Vec<Fingerprint<'a>>,
    /// The words the metadata's lookups found written lowercase, and where.
    lowercase: Lowercase,
    /// What the author box lookups read of each block.
    authors: Vec<AuthorMemo>,
}

impl<'a> Page<'a> {
    /// Measures the blocks `judged` (indices into `verdicts`) of `input`, in one pass over their
    /// text.
    pub(crate) fn measure(settings: &Cleaner, input: &'a str, verdicts: &[BlockVerdict], judged: &[usize]) -> Self {
        let texts: Vec<&str> = judged.iter().map(|&i| &input[verdicts[i].span.clone()]).collect();
        let seen: Vec<Cow<'_, str>> = texts.iter().map(|t| markup::display(t)).collect();
        let mut words = Vec::new();
        let measured: Vec<Measured> = seen.iter().map(|t| stats::measure(t, &mut words)).collect();
        // Date lines and shapes depend on the block alone: read once, not in every pass.
        let date_lines = texts.iter().zip(&measured).map(|(t, m)| metadata::is_date(t, &m.stats(None))).collect();
        let shapes = texts
            .iter()
            .zip(&measured)
            .map(|(t, m)| settings.heuristics.then(|| heuristics::structure::shape(t, &m.stats(None))).flatten())
            .collect();
        let code_lines = texts
            .iter()
            .zip(&measured)
            .map(|(t, m)| {
                settings.heuristics.then(|| heuristics::structure::code_line(t, || m.stats_any_language())).flatten()
            })
            .collect();
        let paragraphs = judged.iter().map(|&i| verdicts[i].paragraph).collect();
        // Whether a block names a price, for the learned layer.
        let prices = texts.iter().map(|t| settings.heuristics && crate::learned::features::has_price(t)).collect();
        let prints = texts.iter().map(|t| Fingerprint::of(t)).collect();
        let mut ids: FxHashMap<&str, u32> = FxHashMap::with_capacity_and_hasher(texts.len(), Default::default());
        let copy_ids = texts
            .iter()
            .map(|t| {
                let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                *ids.entry(t).or_insert(next)
            })
            .collect();
        let texts_apart = ids.len();
        let authors = texts.iter().map(|_| AuthorMemo::default()).collect();
        Page {
            input,
            texts,
            seen,
            measured,
            words,
            paragraphs,
            date_lines,
            shapes,
            code_lines,
            prices,
            copy_ids,
            texts_apart,
            prints,
            lowercase: Lowercase::default(),
            authors,
        }
    }

    /// How many blocks the page has.
    pub(crate) fn len(&self) -> usize {
        self.texts.len()
    }

    /// The language of the blocks `alive`: the one with the most stopwords in the blocks that read
    /// as prose, or in all of them when none does.
    pub(crate) fn language_of(&self, alive: &[usize]) -> Option<Language> {
        let tally = |prose_only: bool| {
            let mut tally = lang::EMPTY_TALLY;
            let mut words = 0u32;
            for m in alive.iter().map(|&i| &self.measured[i]).filter(|m| !prose_only || m.reads_as_prose()) {
                for (sum, n) in tally.iter_mut().zip(m.stopwords()) {
                    *sum = sum.saturating_add(*n);
                }
                words = words.saturating_add(m.weighted_words());
            }
            (tally, words)
        };
        let (prose, prose_words) = tally(true);
        if prose_words > 0 {
            return lang::choose(&prose, prose_words);
        }
        let (all, all_words) = tally(false);
        lang::choose(&all, all_words)
    }

    /// The view of the blocks `alive` one pass judges, with the statistics and hits of `judged`.
    pub(crate) fn view<'p>(&'p self, alive: &[usize], judged: &'p Ruled) -> PassPage<'p> {
        let words = |i: usize| &self.words[self.measured[i].words.clone()];
        PassPage {
            input: self.input,
            texts: alive.iter().map(|&i| self.texts[i]).collect(),
            words: alive.iter().map(|&i| words(i)).collect(),
            paragraphs: alive.iter().map(|&i| self.paragraphs[i]).collect(),
            date_lines: alive.iter().map(|&i| self.date_lines[i]).collect(),
            shapes: alive.iter().map(|&i| self.shapes[i]).collect(),
            code_lines: alive.iter().map(|&i| self.code_lines[i]).collect(),
            prices: alive.iter().map(|&i| self.prices[i]).collect(),
            copy_ids: alive.iter().map(|&i| self.copy_ids[i]).collect(),
            texts_apart: self.texts_apart,
            stats: alive.iter().map(|&i| judged.stats[i]).collect(),
            bylines: alive.iter().map(|&i| &judged.bylines[i]).collect(),
            prints: alive.iter().map(|&i| &self.prints[i]).collect(),
            page_texts: &self.texts,
            alive: alive.to_vec(),
            lowercase: &self.lowercase,
            authors: alive.iter().map(|&i| &self.authors[i]).collect(),
            language: judged.language,
        }
    }
}

/// Every block's statistics and rule hits under one page language (`None`: no stopword list),
/// computed once per language and reused by the passes that read the page in it.
pub(crate) struct Ruled {
    pub(crate) language: Option<Language>,
    stats: Vec<BlockStats>,
    pub(crate) hits: Vec<Option<Hit>>,
    /// Each block's byline name under these statistics, read when first asked.
    bylines: Vec<BylineMemo>,
}

impl Ruled {
    /// The page's blocks under `language`: statistics and the rules' verdicts.
    pub(crate) fn of(settings: &Cleaner, page: &Page<'_>, language: Option<Language>) -> Self {
        let stats: Vec<BlockStats> = page.measured.iter().map(|m| m.stats_on_page(language)).collect();
        // A block's verdict is a function of its text (its statistics are its text's under the
        // page's language): a copy of a block judged before takes that block's (menus, repeated
        // labels; every line of a generated page of one line repeated).
        let mut first: Vec<Option<usize>> = vec![None; page.texts_apart];
        let mut hits: Vec<Option<Hit>> = Vec::with_capacity(page.len());
        for ((text, s), &copy) in page.seen.iter().zip(&stats).zip(&page.copy_ids) {
            let earlier = first.get(copy as usize).copied().flatten().and_then(|j| hits.get(j));
            let hit = match earlier {
                Some(hit) => hit.clone(),
                None => {
                    if let Some(slot) = first.get_mut(copy as usize) {
                        *slot = Some(hits.len());
                    }
                    rules::judge(text, s, settings.families, &settings.user)
                }
            };
            hits.push(hit);
        }
        let bylines = (0..page.len()).map(|_| BylineMemo::new()).collect();
        Ruled { language, stats, hits, bylines }
    }
}

/// The blocks one pass sees, in order: the blocks of the page still kept, with what the stages
/// read of them. Indices of a pass are into these vectors.
pub(crate) struct PassPage<'a> {
    pub(crate) input: &'a str,
    pub(crate) texts: Vec<&'a str>,
    pub(crate) words: Vec<&'a [Word]>,
    pub(crate) paragraphs: Vec<usize>,
    /// Whether each block is a date line (the same whatever the page's language).
    pub(crate) date_lines: Vec<bool>,
    /// Each block's shape as a table row or list item, if it has one (the same in every pass).
    pub(crate) shapes: Vec<Option<Shape>>,
    /// How each block reads in a code listing, if it can be part of one (the same in every pass).
    pub(crate) code_lines: Vec<Option<CodeLine>>,
    /// Whether each block names a price (the same in every pass).
    pub(crate) prices: Vec<bool>,
    /// Each block's text as a number, the same for blocks of the same text (the same in every
    /// pass), and how many texts the page has apart.
    pub(crate) copy_ids: Vec<u32>,
    pub(crate) texts_apart: usize,
    pub(crate) stats: Vec<BlockStats>,
    /// Each block's byline name, read once a page and language (see [`PassPage::byline_in`]).
    pub(crate) bylines: Vec<&'a BylineMemo>,
    /// What the repeat check reads of each block (the same in every pass).
    pub(crate) prints: Vec<&'a Fingerprint<'a>>,
    /// Every block of the page, and the page's blocks this pass sees, as indices into them.
    pub(crate) page_texts: &'a [&'a str],
    pub(crate) alive: Vec<usize>,
    /// The words the metadata's lookups found written lowercase on the page, and where.
    pub(crate) lowercase: &'a Lowercase,
    /// What the author box lookups read of each block, read once a page.
    pub(crate) authors: Vec<&'a AuthorMemo>,
    /// The page's language, when a stopword list describes it.
    pub(crate) language: Option<Language>,
}

impl<'a> PassPage<'a> {
    /// How many blocks the pass sees.
    pub(crate) fn len(&self) -> usize {
        self.texts.len()
    }

    /// The byline's name in block `k` ([`metadata::byline_in_memo`]), read once a page and language.
    pub(crate) fn byline_in(&self, k: usize) -> Option<&'a str> {
        metadata::byline_in_memo(self.bylines[k], self.texts[k], &self.stats[k])
    }
}

#[cfg(test)]
mod tests {
    use super::{Page, Ruled};
    use crate::verdict::Reason;
    use crate::{Cleaner, lang::Language, rules};

    /// A copy of a block takes the verdict its first copy was judged (issue 28): the same as
    /// judging every block, on a page whose lines repeat, with and without a language.
    #[test]
    fn a_copy_takes_its_first_copys_verdict() {
        let page = "Share this article\nFacebook Twitter Email\nThe ferry runs all winter, the council said.\n\
                    Share this article\nHome > News\nFacebook Twitter Email\n\nHome > News\nShare this article\n\
                    a\na\n\na\nThe ferry runs all winter, the council said.\n";
        let settings = Cleaner::default();
        let verdicts = crate::document::split(
            page,
            |b| crate::BlockVerdict {
                span: b.span,
                extent: b.extent,
                line: b.line,
                paragraph: b.paragraph,
                kept: true,
                reason: Reason::Body,
            },
            |v, end| v.extent.end = end,
        );
        let judged: Vec<usize> = (0..verdicts.len()).collect();
        let measured = Page::measure(&settings, page, &verdicts, &judged);
        assert!(measured.texts_apart < measured.len());
        for language in [None, Some(Language::English), Some(Language::German)] {
            let ruled = Ruled::of(&settings, &measured, language);
            let each: Vec<_> = measured
                .seen
                .iter()
                .zip(&ruled.stats)
                .map(|(text, stats)| rules::judge(text, stats, settings.families, &settings.user))
                .collect();
            assert_eq!(ruled.hits, each);
            assert!(each.iter().any(Option::is_some));
        }
    }
}
