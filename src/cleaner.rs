//! The pipeline: segment, measure, apply rules, apply heuristics, find metadata.

use crate::Error;
use crate::cleaned::{BlockVerdict, Cleaned};
use crate::document;
use crate::heuristics::{self, Thresholds};
use crate::lang::Language;
use crate::metadata::{self, Date};
use crate::pipeline;
use crate::rules::{Family, FamilySet, Rule, UserRules};
use crate::verdict::Reason;

/// Cleans article pages. Build one with [`Cleaner::builder`] (or take [`Cleaner::default`]) and
/// reuse it: it is `Send + Sync` and cleaning borrows it immutably.
///
/// ```
/// let cleaner = dechaff::Cleaner::default();
/// let page = "Skip to main content\n\nThe river rose two metres overnight and flooded the old town, \
///     the mayor said on Sunday, adding that the clean-up would take weeks.\n\n© 2025 Example Media";
/// assert!(cleaner.clean(page).text().starts_with("The river rose"));
/// ```
#[derive(Clone, Debug)]
pub struct Cleaner {
    pub(crate) families: FamilySet,
    pub(crate) user: UserRules,
    pub(crate) thresholds: Thresholds,
    pub(crate) heuristics: bool,
    pub(crate) learned: bool,
    keep_title: bool,
    pub(crate) language: Option<Language>,
    pub(crate) input: Input,
    pub(crate) reference_time: Option<Date>,
}

/// What kind of text a [`Cleaner`] is given.
///
/// A whole page's text has menus, footers and sidebars around the article, so dechaff looks for
/// the article among them and removes what lies outside it. An HTML extractor's output
/// (trafilatura, resiliparse, readability) is the article already, with a few leftovers: dechaff
/// then removes what its rules and list heuristics find (share and newsletter prompts, related
/// headlines, captions, legal lines) and keeps everything else, lists, tables, short paragraphs and
/// text in any language included.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Input {
    /// Decide per page: an extract has little or no page chrome, and no menu before its text.
    #[default]
    Auto,
    /// The text of a whole page.
    Page,
    /// The output of an HTML extractor: the article, perhaps with leftovers.
    Extracted,
}

impl Input {
    /// Every kind, in the order of their names.
    pub const ALL: [Input; 3] = [Input::Auto, Input::Page, Input::Extracted];

    /// The kind's name on the command line and in settings: `auto`, `page`, `extracted`.
    pub fn name(self) -> &'static str {
        match self {
            Input::Auto => "auto",
            Input::Page => "page",
            Input::Extracted => "extracted",
        }
    }
}

impl std::fmt::Display for Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Input {
    type Err = Error;

    /// Parses a kind's [name](Input::name), in any case.
    fn from_str(name: &str) -> Result<Input, Error> {
        let name = name.trim().to_ascii_lowercase();
        Input::ALL.into_iter().find(|i| i.name() == name).ok_or_else(|| Error::UnknownName {
            kind: "input kind",
            name,
            expected: Input::ALL.iter().map(|i| i.name()).collect::<Vec<_>>().join(", "),
        })
    }
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner {
            families: FamilySet::ALL,
            user: UserRules::default(),
            thresholds: Thresholds::default(),
            heuristics: true,
            learned: true,
            keep_title: false,
            language: None,
            input: Input::Auto,
            reference_time: None,
        }
    }
}

/// Configures a [`Cleaner`]: rule families, user rules, heuristic thresholds, title handling.
///
/// ```
/// use dechaff::{Cleaner, Family, Rule};
/// let cleaner = Cleaner::builder()
///     .family(Family::Advertising, false)
///     .rule(Rule::regex("ticker", r"^[A-Z]{2,5} [+-]\d+(\.\d+)?%$"))
///     .keep_title(true)
///     .build()
///     .expect("valid rules");
/// # let _ = cleaner;
/// ```
#[derive(Clone, Debug)]
pub struct CleanerBuilder {
    families: FamilySet,
    rules: Vec<Rule>,
    thresholds: Thresholds,
    heuristics: bool,
    learned: bool,
    keep_title: bool,
    language: Option<Language>,
    input: Input,
    reference_time: Option<Date>,
}

impl Cleaner {
    /// A builder with every family and the heuristics on, default thresholds, title left out.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder {
            families: FamilySet::ALL,
            rules: Vec::new(),
            thresholds: Thresholds::default(),
            heuristics: true,
            learned: true,
            keep_title: false,
            language: None,
            input: Input::Auto,
            reference_time: None,
        }
    }

    /// Cleans one page of plain text. Never fails and never panics; the result borrows `input`.
    ///
    /// The pipeline runs again on the blocks it kept, judging them afresh, until a pass removes
    /// nothing (usually one or two extra passes over the shorter text), so cleaning the cleaned
    /// text changes nothing. Time is linear in the page whatever its shape: a stage that would
    /// remove one block a pass removes the whole run in one, and there are at most 12 passes. A
    /// page of more than 20,000 lines is judged in parts of 20,000 by the whole pipeline (the
    /// first part as if it were the page, the others as pages of their own, repeats found across
    /// them): memory stays at a small multiple of the page, whatever its shape.
    pub fn clean<'a>(&self, input: &'a str) -> Cleaned<'a> {
        self.clean_page(input, None)
    }

    /// Cleans one page of plain text fetched from `url`, as [`Cleaner::clean`] does; the URL,
    /// when given, is read for the page's date: a day in its path (`/2025/03/03/`, `/2025/dec/05/`,
    /// `/2025-03-03-slug`, `/20250303/`) is the publication day, as the page's own publication
    /// date is often missing, or a teaser's date is taken for it. When the text gives the same day,
    /// its time and offset stay.
    ///
    /// ```
    /// let page = "Ferry to run all winter\n\nThe harbour ferry will keep running through the winter.\n";
    /// let cleaner = dechaff::Cleaner::default();
    /// let cleaned = cleaner.clean_page(page, Some("https://example.com/news/2025/03/03/ferry/"));
    /// assert_eq!(cleaned.published().unwrap().to_string(), "2025-03-03");
    /// assert_eq!(cleaner.clean_page(page, None).published(), None);
    /// ```
    pub fn clean_page<'a>(&self, input: &'a str, url: Option<&str>) -> Cleaned<'a> {
        // The verdicts are the page's only record per block that lives as long as the page; what
        // the passes need is built per pass, for the blocks they judge.
        let mut verdicts = document::split(
            input,
            |b| BlockVerdict {
                span: b.span,
                extent: b.extent,
                line: b.line,
                paragraph: b.paragraph,
                kept: true,
                reason: Reason::Body,
            },
            |v, end| v.extent.end = end,
        );
        let found = self.run_in_parts(input, &mut verdicts);
        let meta = found.meta;
        let (date, published, published_from_url) = metadata::stage::publication(&meta, url);
        Cleaned {
            input,
            blocks: verdicts,
            title: meta.title.map(|(_, r)| r),
            byline: meta.byline.map(|(_, r)| r),
            date,
            published,
            published_from_url,
            updated: meta.updated,
            language: found.language,
            page_type: found.page_type,
            keep_title: self.keep_title,
            passes: found.passes,
        }
    }

    /// Runs the pipeline over the page's blocks and writes its verdicts; returns the page's
    /// metadata, language and kind, and how many passes ran (the reasons are left empty, as they
    /// are written into the verdicts). A page is judged whole up to `LARGE_PAGE_BLOCKS` blocks,
    /// which no real page comes near; a longer one part by part, each as a page of its own (its
    /// first part gets the verdicts the whole pipeline gives it alone, and the page's metadata,
    /// language and kind), so memory stays bounded.
    fn run_in_parts(&self, input: &str, verdicts: &mut [BlockVerdict]) -> pipeline::Outcome {
        let mut page = pipeline::Outcome { language: self.language, ..pipeline::Outcome::default() };
        let mut passes = 0;
        let n = verdicts.len();
        let mut start = 0;
        loop {
            let judged: Vec<usize> = (start..n.min(start + LARGE_PAGE_BLOCKS)).collect();
            // An extract whose kept text reads as a page is cleaned as a page.
            let mut found = pipeline::run(self, input, verdicts, &judged, None, crate::learned::Record::Off);
            if found.reads_as_page {
                passes += found.passes;
                found = pipeline::run(
                    self,
                    input,
                    verdicts,
                    &judged,
                    Some(pipeline::Reading::Page),
                    crate::learned::Record::Off,
                );
            }
            passes += found.passes;
            for (k, reason) in std::mem::take(&mut found.reasons).into_iter().enumerate() {
                if let Some(reason) = reason {
                    let verdict = &mut verdicts[judged[k]];
                    verdict.kept = false;
                    verdict.reason = reason;
                }
            }
            for (k, reason) in std::mem::take(&mut found.kept_by).into_iter().enumerate() {
                if let Some(reason) = reason {
                    verdicts[judged[k]].reason = reason;
                }
            }
            if start == 0 {
                page = found;
            }
            start += LARGE_PAGE_BLOCKS;
            if start >= n {
                break;
            }
        }
        if n > LARGE_PAGE_BLOCKS {
            // Each part found its own repeats; a block that repeats one kept in an earlier part
            // is a repeat too.
            let blocks = verdicts.iter().map(|v| (&input[v.span.clone()], v.kept));
            for i in heuristics::duplicates::find_repeats(blocks, pipeline::REPEAT_CHARS) {
                verdicts[i].kept = false;
                verdicts[i].reason = Reason::Duplicate;
            }
        }
        pipeline::Outcome { passes, ..page }
    }
}

impl Cleaner {
    /// The learned layer's features of the page's blocks, as `record` says, with the blocks and
    /// their verdicts; a page longer than `LARGE_PAGE_BLOCKS` blocks gives its first part's.
    #[cfg(feature = "eval")]
    pub(crate) fn record_features(
        &self,
        input: &str,
        record: crate::learned::Record,
    ) -> (Vec<BlockVerdict>, Option<pipeline::Recorded>) {
        let verdicts = document::split(
            input,
            |b| BlockVerdict {
                span: b.span,
                extent: b.extent,
                line: b.line,
                paragraph: b.paragraph,
                kept: true,
                reason: Reason::Body,
            },
            |v, end| v.extent.end = end,
        );
        let judged: Vec<usize> = (0..verdicts.len().min(LARGE_PAGE_BLOCKS)).collect();
        let mut found = pipeline::run(self, input, &verdicts, &judged, None, record);
        if found.reads_as_page {
            found = pipeline::run(self, input, &verdicts, &judged, Some(pipeline::Reading::Page), record);
        }
        let mut blocks: Vec<BlockVerdict> = judged.iter().map(|&i| verdicts[i].clone()).collect();
        for (block, reason) in blocks.iter_mut().zip(found.reasons) {
            if let Some(reason) = reason {
                block.kept = false;
                block.reason = reason;
            }
        }
        (blocks, found.features)
    }
}

/// Most blocks (non-blank lines) of a page the whole pipeline judges at once: 7.5 times the longest
/// of the 1,824 development pages (2,650). A longer page is judged in parts of this many blocks,
/// so the pipeline's working memory (about 1.6 KB a block) stays under 40 MB.
pub(crate) const LARGE_PAGE_BLOCKS: usize = 20_000;

impl CleanerBuilder {
    /// Switches a rule family on or off (all are on by default).
    pub fn family(mut self, family: Family, on: bool) -> Self {
        self.families.set(family, on);
        self
    }

    /// Adds a user rule; user rules are tried before the built-in families.
    pub fn rule(mut self, rule: Rule) -> Self {
        self.rules.push(rule);
        self
    }

    /// Adds several user rules, for example those of a rules file (see
    /// `Rule::from_toml`, feature `toml`).
    pub fn rules(mut self, rules: impl IntoIterator<Item = Rule>) -> Self {
        self.rules.extend(rules);
        self
    }

    /// Sets the heuristic thresholds (see [`Thresholds`] for the defaults).
    pub fn thresholds(mut self, thresholds: Thresholds) -> Self {
        self.thresholds = thresholds;
        self
    }

    /// Switches the statistical heuristics on or off. Off, only rules, headline lists after a
    /// header, metadata and repeats remove blocks. On by default.
    pub fn heuristics(mut self, on: bool) -> Self {
        self.heuristics = on;
        self
    }

    /// Switches the learned layer on or off: a model compiled into the crate that keeps the blocks
    /// the heuristics removed when they are very likely content, judged by the page's kind (a
    /// thread's posts, a listing's items, a product's specifications). Off, the heuristics decide
    /// alone (and [`Cleaned::page_type`] is `None`). On by default; with the heuristics only.
    ///
    /// ```
    /// let page = "Home | Shop\n\nThe harbour ferry will keep running all winter, the council said.";
    /// let cleaner = dechaff::Cleaner::builder().learned(false).build().unwrap();
    /// assert_eq!(cleaner.clean(page).page_type(), None);
    /// ```
    pub fn learned(mut self, on: bool) -> Self {
        self.learned = on;
        self
    }

    /// Puts the title at the start of [`Cleaned::text`] (off by default: the title is metadata).
    pub fn keep_title(mut self, keep: bool) -> Self {
        self.keep_title = keep;
        self
    }

    /// Fixes the language instead of detecting it per page.
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(language);
        self
    }

    /// Says what the text is: a whole page, an extractor's output, or [`Input::Auto`] (the
    /// default) to decide per page.
    pub fn input(mut self, input: Input) -> Self {
        self.input = input;
        self
    }

    /// The time to count relative dates back from ("2 hours ago", "vor 3 Tagen"): when the page
    /// was fetched. Without it, a relative date is never read as the publication date.
    ///
    /// ```
    /// let fetched: dechaff::Date = "2025-03-03T10:00Z".parse().unwrap();
    /// let cleaner = dechaff::Cleaner::builder().reference_time(fetched).build().unwrap();
    /// let page = "Ferry to run all winter\n\nBy Jane Doe\n\n2 hours ago\n\n\
    ///     The ferry will keep running through the winter, the council said on Monday after a long debate.";
    /// assert_eq!(cleaner.clean(page).published().unwrap().to_string(), "2025-03-03T08:00Z");
    /// assert_eq!(dechaff::clean(page).published(), None);
    /// ```
    pub fn reference_time(mut self, now: Date) -> Self {
        self.reference_time = Some(now);
        self
    }

    /// Compiles the user rules and checks the thresholds.
    pub fn build(self) -> Result<Cleaner, Error> {
        let t = &self.thresholds;
        for (name, value) in [
            ("stopwords_low", t.stopwords_low),
            ("stopwords_high", t.stopwords_high),
            ("headline_overlap", t.headline_overlap),
            ("comments_after", t.comments_after),
            ("segment_overlap", t.segment_overlap),
        ] {
            if !(0.0..=1.0).contains(&value) {
                return Err(Error::InvalidThreshold { name, message: format!("{value} is not between 0 and 1") });
            }
        }
        if t.body_bridge.is_nan() || t.body_bridge <= 0.0 {
            return Err(Error::InvalidThreshold { name: "body_bridge", message: "must be positive".into() });
        }
        Ok(Cleaner {
            families: self.families,
            user: UserRules::compile(&self.rules)?,
            thresholds: self.thresholds,
            heuristics: self.heuristics,
            learned: self.learned,
            keep_title: self.keep_title,
            language: self.language,
            input: self.input,
            reference_time: self.reference_time,
        })
    }
}
