//! The pipeline: segment, measure, apply rules, apply heuristics, find metadata; and its result.

use crate::Error;
use crate::document;
use crate::heuristics::structure::Shape;
use crate::heuristics::{self, Class, Thresholds};
use crate::lang::{self, Language};
use crate::markup;
use crate::metadata::{self, BIO_ROLE, BIO_VERB, Date, DayOrder, Metadata};
use crate::rules::{self, Family, FamilySet, Hit, Rule, UserRules};
use crate::stats::{self, BlockStats, Measured, Word};
use crate::verdict::Reason;
use std::borrow::Cow;
use std::ops::Range;

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
    families: FamilySet,
    user: UserRules,
    thresholds: Thresholds,
    heuristics: bool,
    keep_title: bool,
    language: Option<Language>,
    input: Input,
    reference_time: Option<Date>,
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
    /// when given, is read for the page's date: a day in its path (`/2025/03/03/`,
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
        let mut meta = Metadata::default();
        let mut language = self.language;
        let mut passes = 0;
        // A page is judged whole up to LARGE_PAGE_BLOCKS blocks, which no real page comes near;
        // a longer one part by part, each as a page of its own (its first part gets the verdicts
        // the whole pipeline gives it alone, and the page's metadata), so memory stays bounded.
        let n = verdicts.len();
        let mut start = 0;
        loop {
            let judged: Vec<usize> = (start..n.min(start + LARGE_PAGE_BLOCKS)).collect();
            // An extract whose kept text reads as a page is cleaned as a page.
            let mut found = self.judge_page(input, &verdicts, &judged, None);
            if found.reads_as_page {
                passes += found.passes;
                found = self.judge_page(input, &verdicts, &judged, Some(false));
            }
            passes += found.passes;
            for (k, reason) in found.reasons.into_iter().enumerate() {
                if let Some(reason) = reason {
                    let verdict = &mut verdicts[judged[k]];
                    verdict.kept = false;
                    verdict.reason = reason;
                }
            }
            if start == 0 {
                meta = found.meta;
                language = found.language;
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
            for i in heuristics::duplicates::find_repeats(blocks, REPEAT_CHARS) {
                verdicts[i].kept = false;
                verdicts[i].reason = Reason::Duplicate;
            }
        }
        // The date as written: the publication date where it was read, else the date line (an
        // update alone).
        let date = meta.published.as_ref().map(|(r, _)| r.clone()).or(meta.date.map(|(_, r)| r));
        let mut published = meta.published.map(|(_, d)| d);
        if let Some(day) = url.and_then(metadata::date_in_url)
            && published.is_none_or(|p| (p.year, p.month, p.day) != (day.year, day.month, day.day))
        {
            published = Some(day);
        }
        Cleaned {
            input,
            blocks: verdicts,
            title: meta.title.map(|(_, r)| r),
            byline: meta.byline.map(|(_, r)| r),
            date,
            published,
            updated: meta.updated,
            language,
            keep_title: self.keep_title,
            passes,
        }
    }

    /// The whole pipeline over the blocks `judged` (indices into `verdicts`), pass after pass
    /// until a pass removes nothing. Returns a reason for each judged block (in the order of
    /// `judged`). `forced`: whether the text is an extract, when the caller knows better than the
    /// first pass.
    fn judge_page(&self, input: &str, verdicts: &[BlockVerdict], judged: &[usize], forced: Option<bool>) -> Found {
        let texts: Vec<&str> = judged.iter().map(|&i| &input[verdicts[i].span.clone()]).collect();
        // One pass over the text measures every block and lists its words, for every language at
        // once; the passes below only pick from it.
        // Blocks are judged by what a reader saw: links and headings without their markup.
        let seen: Vec<Cow<'_, str>> = texts.iter().map(|t| markup::display(t)).collect();
        let mut page_words = Vec::new();
        let measured: Vec<Measured> = seen.iter().map(|t| stats::measure(t, &mut page_words)).collect();
        let words: Vec<&[Word]> = measured.iter().map(|m| &page_words[m.words.clone()]).collect();
        // Date lines are looked for in every pass: read once.
        let date_lines: Vec<bool> =
            texts.iter().zip(&measured).map(|(t, m)| metadata::is_date(t, &m.stats(None))).collect();
        // So are the shapes of table rows and list items, which depend on the block alone.
        let shapes: Vec<Option<Shape>> = texts
            .iter()
            .zip(&measured)
            .map(|(t, m)| self.heuristics.then(|| heuristics::structure::shape(t, &m.stats(None))).flatten())
            .collect();
        let mut reasons: Vec<Option<Reason>> = vec![None; judged.len()];
        // The blocks still kept, as indices into `judged`: the page the next pass sees.
        let mut alive: Vec<usize> = (0..judged.len()).collect();
        let mut meta = Metadata::default();
        let mut language = None;
        // Statistics and rule hits belong to a block, not to its neighbours: computed once per
        // language and reused by later passes.
        let mut judged_as: Option<Judged> = None;
        // Whether the text is an extract is settled by the first pass, which sees it whole, and
        // later passes judge it so. Nothing else carries over from pass to pass but the kept
        // blocks. The loop ends only on a pass that removes nothing and judged the kept text as
        // cleaning it again would (afresh): cleaning is idempotent by construction, not by a
        // count of passes. Every other pass removes a block, so the loop ends.
        let mut settled = forced;
        let mut fresh = false;
        let mut passes = 0;
        loop {
            passes += 1;
            // `None`: no stopword list describes the page (a script without one, or too little
            // text); the heuristics then judge by signals that need no list.
            let pass_language = self.language.or_else(|| detect_language(&alive, &measured));
            if judged_as.as_ref().is_none_or(|(l, _, _)| *l != pass_language) {
                let stats: Vec<BlockStats> = measured.iter().map(|m| m.stats_on_page(pass_language)).collect();
                let hits =
                    seen.iter().zip(&stats).map(|(t, s)| rules::judge(t, s, self.families, &self.user)).collect();
                judged_as = Some((pass_language, stats, hits));
            }
            let Some((_, all_stats, all_hits)) = &judged_as else { break };
            let stats: Vec<BlockStats> = alive.iter().map(|&i| all_stats[i]).collect();
            let hits: Vec<Option<Hit>> = alive.iter().map(|&i| all_hits[i].clone()).collect();
            let view = View {
                texts: alive.iter().map(|&i| texts[i]).collect(),
                words: alive.iter().map(|&i| words[i]).collect(),
                paragraphs: alive.iter().map(|&i| verdicts[judged[i]].paragraph).collect(),
                date_lines: alive.iter().map(|&i| date_lines[i]).collect(),
                shapes: alive.iter().map(|&i| shapes[i]).collect(),
            };
            let pass = self.judge(input, &view, pass_language, stats, hits, if fresh { None } else { settled });
            language.get_or_insert(pass.language);
            settled.get_or_insert(pass.extracted);
            let found = [
                (&mut meta.title, pass.meta.title),
                (&mut meta.byline, pass.meta.byline),
                (&mut meta.date, pass.meta.date),
            ];
            for (slot, value) in found {
                if slot.is_none() {
                    *slot = value.map(|(k, range)| (alive[k], range));
                }
            }
            if meta.published.is_none() {
                meta.published = pass.meta.published;
            }
            if meta.updated.is_none() {
                meta.updated = pass.meta.updated;
            }
            let mut removed = false;
            for (k, reason) in pass.reasons.into_iter().enumerate() {
                if reason.is_some() {
                    reasons[alive[k]] = reason;
                    removed = true;
                }
            }
            if removed {
                fresh = false;
                alive.retain(|&i| reasons[i].is_none());
                if passes >= MAX_PASSES {
                    // A guard for shapes no stage yet takes whole: linear time before all else.
                    break;
                }
                continue;
            }
            let afresh = match self.input {
                Input::Auto => pass.looks_extracted,
                Input::Extracted => true,
                Input::Page => false,
            };
            if fresh || afresh == pass.extracted {
                break;
            }
            if forced.is_none() && pass.extracted {
                // Taken for an extract, the kept text reads as a page: the page is cleaned as one.
                return Found { reads_as_page: true, passes, ..Found::default() };
            }
            fresh = true;
        }
        Found { reasons, meta, language: language.flatten(), reads_as_page: false, passes }
    }

    /// One pass of the pipeline over `view`, the blocks of `input` still kept, given their
    /// statistics and rule hits: captions by their neighbours, heuristics, headline lists,
    /// metadata, repeats. `settled`: whether the text is an extract, when an earlier pass said.
    fn judge(
        &self,
        input: &str,
        view: &View<'_>,
        language: Option<Language>,
        stats: Vec<BlockStats>,
        mut hits: Vec<Option<Hit>>,
        settled: Option<bool>,
    ) -> Pass {
        let View { texts, words, paragraphs, date_lines, shapes } = view;
        let n = texts.len();
        // Which blocks the rules named themselves, before captions claim their neighbours.
        let named: Vec<bool> = hits.iter().map(Option::is_some).collect();
        if self.families.contains(Family::Caption) {
            mark_alt_text(&mut hits, &stats, texts);
        }
        if self.families.contains(Family::Newsletter) {
            mark_sign_up_pitches(&mut hits, &stats);
        }

        let mut reasons: Vec<Option<Reason>> = hits.iter().map(|h| h.as_ref().map(|h| h.reason.clone())).collect();
        let t = &self.thresholds;
        let mut classes: Vec<Class> = Vec::new();
        let mut region = 0..n;
        // Tables, lists, schedules and records kept as one unit inside the article.
        let mut protected = vec![false; n];
        let mut extracted = false;
        let mut looks_extracted = false;
        if self.heuristics {
            let ruled: Vec<bool> = hits.iter().map(Option::is_some).collect();
            // Hard-wrapped paragraphs (text dumps that break lines at a fixed width) are judged
            // as the paragraph they are, not line by line.
            let judged_stats = heuristics::classify::unwrap_paragraphs(&stats, texts, paragraphs, &ruled);
            let scale = heuristics::classify::scale(&judged_stats, &ruled, language.is_some());
            classes =
                judged_stats.iter().zip(&ruled).map(|(s, &r)| heuristics::classify::classify(s, r, t, scale)).collect();
            let mut runs = heuristics::structure::find_runs(shapes);
            // Lists whose marks the converter dropped, under the sentence that introduces them.
            for list in heuristics::structure::find_introduced_lists(&stats, &ruled) {
                if !runs.iter().any(|r| r.start < list.end && list.start < r.end) {
                    runs.push(list);
                }
            }
            let mut structural = vec![false; n];
            for run in &runs {
                structural[run.clone()].fill(true);
            }
            looks_extracted = self.input == Input::Auto
                && heuristics::body::looks_extracted(&classes, &stats, &hits, texts, &structural);
            extracted = settled.unwrap_or(match self.input {
                Input::Extracted => true,
                Input::Page => false,
                Input::Auto => looks_extracted,
            });
            if extracted {
                // An extractor keeps lists and tables whole: their lines are shaped like link rows
                // and keyword lists, and a short line next to a caption is a cell as often as a
                // picture's alt text, so neither shape nor place alone removes anything; nor is a
                // paragraph a caption.
                for i in 0..n {
                    if hits[i].as_ref().is_some_and(|h| {
                        h.shape
                            || (h.reason == Reason::Caption && (!named[i] || stats[i].chars >= EXTRACT_CAPTION_CHARS))
                    }) {
                        hits[i] = None;
                        reasons[i] = None;
                    }
                }
            }
            // Inline boilerplate (ads, captions, teasers) and a sign-up, share, tag or user-rule line
            // or two between paragraphs say nothing about the text around them: they are skipped
            // when neighbours settle a block and when the region takes in prose at its edges (and
            // inline boilerplate costs little in the region).
            let reason_at = |i: usize| hits.get(i).and_then(|h| h.as_ref()).map(|h| &h.reason);
            let mut inline: Vec<bool> = hits.iter().map(|h| h.as_ref().is_some_and(|h| h.reason.is_inline())).collect();
            // A list of other stories under its header ("More Stories" and the headlines in its
            // paragraph) sits inside articles as often as after them: in the region each of its
            // lines costs what inline boilerplate costs, and the headline heuristics remove the
            // list afterwards.
            for i in 0..n {
                if reason_at(i) == Some(&Reason::UnrelatedHeadlines) && stats[i].words <= 6 {
                    let paragraph = paragraphs[i];
                    let members = (i + 1..n).take_while(|&j| {
                        paragraphs[j] == paragraph
                            && hits[j].is_none()
                            && stats[j].words <= 15
                            && stats[j].sentence_ends <= 1
                    });
                    let members: Vec<usize> = members.collect();
                    // The header too: a neighbour of the paragraph after the list, it must not
                    // make that paragraph look like the page's end.
                    if !members.is_empty() {
                        inline[i] = true;
                    }
                    for j in members {
                        inline[j] = true;
                    }
                }
            }
            // Soft chrome: a sign-up, share, tag or user-rule line, which sits inside articles too.
            let soft = |i: usize| {
                reason_at(i).is_some_and(|r| {
                    matches!(r, Reason::Newsletter | Reason::Social | Reason::Keywords | Reason::Custom(_))
                })
            };
            let text_at = |j: usize| reason_at(j).is_none() && matches!(classes[j], Class::Good | Class::NearGood);
            let mut skipped = inline.clone();
            let mut i = 0;
            while i < n {
                if !(inline[i] || soft(i)) {
                    i += 1;
                    continue;
                }
                // A run of inline boilerplate and soft chrome: its soft lines are skipped too when
                // there are at most two of them and text stands on both sides.
                let end = (i..n).find(|&j| !(inline[j] || soft(j))).unwrap_or(n);
                let soft_lines = (i..end).filter(|&j| !inline[j]).count();
                if soft_lines <= SOFT_CHROME_LINES && i > 0 && end < n && text_at(i - 1) && text_at(end) {
                    skipped[i..end].fill(true);
                }
                i = end;
            }
            heuristics::classify::smooth(&mut classes, &skipped, t);
            // An extract is the article already: nothing lies outside it.
            if !extracted {
                region = heuristics::body::find_body(&classes, &stats, &inline, &structural, t).unwrap_or(0..0);
                // A reader thread can outweigh a short article: when the region starts after a
                // comments header and reads as a thread (comments stamped with dates), the article is
                // the best region before that header, if there is one of a few paragraphs. A comment
                // count in the byline row is followed by the article, which has no such stamps.
                let comments_header =
                    (0..region.start.min(n)).rev().find(|&i| reason_at(i) == Some(&Reason::Comments) && !structural[i]);
                let stamped = || region.clone().filter(|&i| date_lines[i]).nth(1).is_some();
                if let Some(header) = comments_header
                    && stamped()
                    && let Some(before) =
                        heuristics::body::find_body(&classes[..header], &stats[..header], &inline, &structural, t)
                    && heuristics::body::good_chars(&before, &classes, &stats)
                        >= heuristics::body::MIN_ARTICLE_CHARS / 2
                    && before.clone().filter(|&i| classes[i] == Class::Good).nth(1).is_some()
                {
                    region = before;
                }
                let headline = heuristics::body::headline(texts, &stats);
                if let Some(headline) = headline.filter(|_| region.is_empty()) {
                    // No text on the page reads as an article (a page of captions, fields or one
                    // short line): what stands under the headline, up to the first page chrome, is
                    // the best guess.
                    let limit = n.min(headline + 1 + heuristics::body::AFTER_HEADLINE);
                    let chrome_at = |i: &usize| hits[*i].as_ref().is_some_and(|h| !h.reason.is_inline());
                    let start = (headline + 1..limit).find(|i| !chrome_at(i)).unwrap_or(limit);
                    let end = (start..limit).find(chrome_at).unwrap_or(limit);
                    region = start..end;
                }
                if region.is_empty() {
                    // Still nothing (no headline, or a later pass, which sees only what the first
                    // kept under the headline): what the rules leave stays. Losing a page is worse
                    // than keeping its chrome, and the cleaned text must clean to itself.
                    region = 0..n;
                }
                if let Some(headline) = headline {
                    region = heuristics::body::prefer_headline_run(
                        region,
                        headline,
                        &classes,
                        &stats,
                        words,
                        &inline,
                        &structural,
                        &ruled,
                        language,
                        t,
                    );
                }
                region = heuristics::body::take_in_edges(region, &stats, &ruled, &skipped);
            }
            // The article ends before a comment thread or a dated listing of other stories, in a
            // page and in an extract alike. Off-topic text across page chrome is trimmed from a
            // page only: in an extract, what follows the chrome is as likely the article's end.
            let chrome: Vec<Option<&Reason>> = hits
                .iter()
                .zip(&structural)
                .map(|(h, &s)| h.as_ref().map(|h| &h.reason).filter(|r| !r.is_inline() && !s))
                .collect();
            region = heuristics::body::end_before_comments(region, &classes, &stats, texts, &chrome, t);
            region = heuristics::body::end_before_dated_listing(region, &classes, &stats, date_lines);
            if !extracted {
                region = heuristics::body::end_at_closing_chrome(
                    region,
                    heuristics::body::Judged {
                        classes: &classes,
                        stats: &stats,
                        inline: &inline,
                        structural: &structural,
                    },
                    words,
                    &chrome,
                    language,
                    t,
                );
            }
            if !extracted {
                // Topic overlap needs words: a page without a stopword list may be written without
                // spaces, where a "word" is a whole phrase.
                if let (Some(language), heuristics::classify::Scale::Density(_)) = (language, scale) {
                    region = heuristics::body::trim_off_topic(region, &classes, &stats, words, &chrome, language, t);
                }
                region = heuristics::body::take_in_edges(region, &stats, &ruled, &inline);
            }
            for run in runs {
                if let Some(grown) = heuristics::structure::belongs_to_body(&run, &region, texts, &stats, &inline) {
                    region = grown;
                    for i in run {
                        protected[i] = true;
                        // Table rows look like link rows and spec fields like captions; other
                        // rules (tags, share rows, ads) still hold inside the unit.
                        if matches!(reasons[i], Some(Reason::Navigation | Reason::Caption | Reason::Junk)) {
                            reasons[i] = None;
                        }
                    }
                }
            }
        }

        // The body's vocabulary, to test headline lists for a shared topic; built only when a
        // header-less run of headlines needs it.
        let body_words = || {
            let mut vocabulary = heuristics::headlines::Vocabulary::default();
            for i in region.clone() {
                if reasons[i].is_none() && stats[i].chars >= t.length_low {
                    heuristics::headlines::content_words(words[i], language, &mut vocabulary);
                }
            }
            vocabulary
        };
        if self.families.contains(Family::Headlines) {
            let headers: Vec<bool> = hits.iter().map(|h| h.as_ref().is_some_and(|h| h.header)).collect();
            let lists = heuristics::headlines::find_lists(&headers, &stats, words, &reasons, body_words, language, t);
            for list in lists {
                // A list under a header ("Related Articles") is headlines even when its lines are
                // shaped like fields ("Sport: Late goals decide the derby").
                let under_header = list.start > 0 && headers[list.start - 1];
                for i in list.filter(|&i| under_header || !protected[i]) {
                    reasons[i] = Some(Reason::UnrelatedHeadlines);
                }
            }
            for i in heuristics::headlines::find_teaser_cards(texts, &stats, &reasons) {
                if !protected[i] {
                    reasons[i] = Some(Reason::UnrelatedHeadlines);
                }
            }
            // An extractor has left a site's menus out already: what is shaped like one in an
            // extract is the article's own list.
            if !extracted {
                for i in heuristics::headlines::find_catalogues(&stats, paragraphs, &reasons) {
                    if !protected[i] {
                        reasons[i] = Some(Reason::Navigation);
                    }
                }
            }
        }

        if self.heuristics {
            // Where a comment section starts after the article. Long text outside the article is kept
            // (a second part the region left out), but not a long comment: text between a thread's
            // stamps, names and reply links.
            let thread = (region.end..n).find(|&i| reasons[i] == Some(Reason::Comments));
            // A line of a thread: a stamp, a name, a reply link, removed chrome or another comment.
            let in_thread = |j: usize| {
                !region.contains(&j)
                    && (date_lines[j]
                        || matches!(reasons[j], Some(Reason::Comments | Reason::Junk))
                        || (reasons[j].is_none() && classes[j] != Class::Good))
            };
            let comment: Vec<bool> = (0..n)
                .map(|i| thread.is_some_and(|start| i > start && i + 1 < n && in_thread(i - 1) && in_thread(i + 1)))
                .collect();
            for i in 0..n {
                if reasons[i].is_none() && !region.contains(&i) {
                    // Outside the article: text with little language in it is low-content; good text
                    // is kept only when it is long.
                    reasons[i] = match classes[i] {
                        Class::Good if stats[i].chars >= t.outside_keep_length && !comment[i] => None,
                        Class::Good | Class::NearGood => Some(Reason::OutsideBody),
                        Class::Short | Class::Bad => Some(Reason::LowContent),
                    };
                }
            }
        }

        // An extract's title, byline and date stand above its first good block, as a page's do
        // above its body.
        let body_start = if extracted { classes.iter().position(|&c| c == Class::Good).unwrap_or(0) } else { 0 };
        let meta = metadata::find(
            input,
            texts,
            &stats,
            &reasons,
            &region,
            body_start,
            metadata::Reading { order: day_order(language), now: self.reference_time, extract: extracted },
        );
        for (index, reason) in
            [(&meta.title, Reason::Title), (&meta.byline, Reason::Byline), (&meta.date, Reason::Date)]
        {
            // An extractor that kept the headline kept it as the article's first line: it stays
            // in the text (and is the title too).
            if let Some((i, _)) = index
                && !(extracted && reason == Reason::Title)
            {
                reasons[*i] = Some(reason);
            }
        }
        for (i, reason) in &meta.cascade {
            reasons[*i].get_or_insert_with(|| reason.clone());
        }
        // A standfirst between the headline and its byline or date is the article's: a sentence or
        // two the region left out (too short, or cut off by a caption or share row under it).
        if let Some((title, _)) = meta.title {
            let under = [&meta.byline, &meta.date].into_iter().flatten().map(|(i, _)| *i).filter(|&i| i > title).min();
            if let Some(under) = under.filter(|&u| u - title <= STANDFIRST_REACH) {
                for i in title + 1..under {
                    let s = &stats[i];
                    if matches!(reasons[i], Some(Reason::OutsideBody | Reason::LowContent))
                        && s.ends_with_punctuation
                        && s.sentence_ends >= 1
                        && s.words >= STANDFIRST_WORDS
                        && s.separators == 0
                    {
                        reasons[i] = None;
                    }
                }
            }
        }
        // An author's bio closes the article: a paragraph late in it that starts with the author's
        // name, or with the name on the line above it, and says what the author does ("Jane Doe is
        // a staff writer who covers ...", "Jane writes about ...").
        if self.heuristics {
            // The names of every byline this pass found: each would be the next pass's.
            // A bio starts with a name or a given name: kept in a set, so that a page of many
            // bylines costs a look-up per line, not a comparison per name.
            let leads: rustc_hash::FxHashSet<&str> = meta
                .byline
                .iter()
                .map(|(_, r)| r)
                .chain(&meta.cascade_names)
                .flat_map(|r| metadata::authors(&input[r.clone()]))
                .flat_map(|name| [name, name.split_whitespace().next().unwrap_or(name)])
                .collect();
            let longest = leads.iter().map(|lead| lead.split(' ').count()).max().unwrap_or(0);
            // Whether the text starts with a lead, a space and what a bio says of its author.
            let opens_bio = |text: &str| {
                text.match_indices(' ')
                    .take(longest)
                    .any(|(at, _)| leads.contains(&text[..at]) && BIO_VERB.is_match(&text[at + 1..]))
            };
            let total = heuristics::body::good_chars(&region, &classes, &stats);
            let mut before = 0;
            for i in region.clone() {
                if reasons[i].is_none() && (before as f32) >= BIO_AFTER * total as f32 && before > 0 {
                    let s = &stats[i];
                    let above = (i.saturating_sub(2)..i)
                        .rev()
                        .find(|&j| metadata::is_bare_name(texts[j], &stats[j]))
                        .map(|j| texts[j]);
                    let starts_bio = |name: &str| {
                        let given = name.split_whitespace().next().unwrap_or(name);
                        [name, given].into_iter().any(|lead| {
                            texts[i]
                                .strip_prefix(lead)
                                .is_some_and(|rest| rest.strip_prefix(' ').is_some_and(|rest| BIO_VERB.is_match(rest)))
                        })
                    };
                    // A name line above the bio could be a product's heading in a list of products:
                    // the bio must then name a trade.
                    if (BIO_WORDS.0..=BIO_WORDS.1).contains(&s.words)
                        && (opens_bio(texts[i]) || (above.is_some_and(starts_bio) && BIO_ROLE.is_match(texts[i])))
                    {
                        let start =
                            above.and_then(|name| (i.saturating_sub(2)..i).find(|&j| texts[j] == name)).unwrap_or(i);
                        for reason in &mut reasons[start..region.end] {
                            reason.get_or_insert(Reason::OutsideBody);
                        }
                        break;
                    }
                }
                if classes.get(i) == Some(&Class::Good) {
                    before += stats[i].chars;
                }
            }
        }
        // A run of bylines goes with the byline in one pass: each would be the next pass's byline.
        if let Some((i, _)) = meta.byline {
            let free = |j: usize| matches!(reasons[j], None | Some(Reason::OutsideBody | Reason::LowContent));
            let byline_at = |j: usize| free(j) && metadata::byline_in(texts[j], &stats[j]).is_some();
            let after = (i + 1..n).take_while(|&j| byline_at(j)).last().unwrap_or(i);
            let before = (0..i).rev().take_while(|&j| byline_at(j)).last().unwrap_or(i);
            reasons[before..=after].fill(Some(Reason::Byline));
        }
        // Other date lines and repeats of the title are metadata too, wherever they are.
        for i in 0..n {
            if matches!(reasons[i], None | Some(Reason::OutsideBody | Reason::LowContent | Reason::Junk)) {
                if date_lines[i] {
                    // Next to the page's date or byline, an update or a second form of the date;
                    // elsewhere, another date than the page's.
                    let beside =
                        |m: &Option<(usize, Range<usize>)>| m.as_ref().is_some_and(|(j, _)| i.abs_diff(*j) <= 2);
                    let near = beside(&meta.date) || beside(&meta.byline);
                    reasons[i] = Some(if near { Reason::Date } else { Reason::Timestamp });
                } else if !extracted
                    && meta.title.as_ref().is_some_and(|(_, r)| {
                        // The title again, or the page title it came from ("Headline | Site").
                        let title = &input[r.clone()];
                        title == texts[i]
                            || ((texts[i].starts_with(title) || texts[i].ends_with(title))
                                && metadata::headline_part(texts[i]) == title)
                    })
                {
                    reasons[i] = Some(Reason::Title);
                }
            }
        }

        // A menu printed twice (for the desktop and for phones) or echoed in the footer: the copy the
        // repeat check below would leave is a menu too.
        if self.heuristics {
            let kept: Vec<bool> = (0..n).map(|i| reasons[i].is_none() && !protected[i]).collect();
            for i in heuristics::duplicates::find_repeated_menus(texts, &stats, &kept) {
                reasons[i] = Some(Reason::Navigation);
            }
        }
        {
            let repeats = heuristics::duplicates::find_repeats(
                texts.iter().copied().zip(reasons.iter().map(Option::is_none)),
                REPEAT_CHARS,
            );
            let repeated: std::collections::BTreeSet<usize> = repeats.iter().copied().collect();
            for &i in &repeats {
                // An extract repeats a short label on purpose ("Key features:" over each list);
                // a run of repeats is still a repeated block.
                let lone = |j: Option<usize>| j.is_none_or(|j| j >= n || !repeated.contains(&j));
                let label = extracted
                    && stats[i].ends_with_colon
                    && stats[i].chars < EXTRACT_LABEL_CHARS
                    && lone(i.checked_sub(1))
                    && lone(Some(i + 1))
                    && [i.checked_sub(1), Some(i + 1)].into_iter().flatten().any(|j| j < n && reasons[j].is_none());
                if !label {
                    reasons[i] = Some(Reason::Duplicate);
                }
            }
        }
        Pass { reasons, meta, language, extracted, looks_extracted }
    }
}

/// Share of the article's good text before an author's bio that closes it.
const BIO_AFTER: f32 = 0.7;

/// Words of an author's bio: more than a caption, less than a long paragraph.
const BIO_WORDS: (u32, u32) = (8, 120);

/// At most this many blocks from the headline to the byline or date under it, standfirst included.
const STANDFIRST_REACH: usize = 8;

/// The fewest words of a standfirst.
const STANDFIRST_WORDS: u32 = 6;

/// In an extract, the longest repeated line kept as a label, in characters.
const EXTRACT_LABEL_CHARS: u32 = 60;

/// In an extract, the longest line a caption can be, in characters.
const EXTRACT_CAPTION_CHARS: u32 = 150;

/// Most sign-up, share, tag or user-rule lines in a row (inline boilerplate among them aside)
/// that still sit between two paragraphs of one article.
const SOFT_CHROME_LINES: usize = 2;

/// Every block's statistics and rule hits under one page language (`None`: no stopword list).
type Judged = (Option<Language>, Vec<BlockStats>, Vec<Option<Hit>>);

/// The blocks one pass of the pipeline sees: their trimmed texts (slices of the input), their
/// words, and the input paragraph each is in.
struct View<'a> {
    texts: Vec<&'a str>,
    words: Vec<&'a [Word]>,
    paragraphs: Vec<usize>,
    /// Whether each block is a date line (the same whatever the page's language).
    date_lines: Vec<bool>,
    /// Each block's shape as a table row or list item, if it has one (the same in every pass).
    shapes: Vec<Option<Shape>>,
}

/// What [`Cleaner::judge_page`] decided: a reason for each block it judged, the metadata and the
/// page's language.
#[derive(Default)]
struct Found {
    reasons: Vec<Option<Reason>>,
    meta: Metadata,
    language: Option<Language>,
    /// Taken for an extract by its first pass, the kept text reads as a page: to be cleaned as a
    /// page instead (`forced`), and nothing else here is set.
    reads_as_page: bool,
    /// How many passes the pipeline ran.
    passes: usize,
}

/// Most blocks (non-blank lines) of a page the whole pipeline judges at once: 7.5 times the longest
/// of the 1,824 development pages (2,650). A longer page is judged in parts of this many blocks,
/// so the pipeline's working memory (about 1.6 KB a block) stays under 40 MB.
pub(crate) const LARGE_PAGE_BLOCKS: usize = 20_000;

/// Most passes of the pipeline over a page. Every stage that would remove blocks one a pass
/// (bylines, lines like the headline) removes the whole run in one, so pages settle in two to
/// four passes (seven at most on the 1,824 development pages); the bound makes the time linear
/// for any shape no stage takes whole yet, at the cost of a result that may not clean to itself.
pub(crate) const MAX_PASSES: usize = 12;

/// Shortest block, in bytes, the repeat check counts (shorter ones repeat legitimately: list
/// bullets, short headings).
const REPEAT_CHARS: usize = 20;

/// The day order of "03/04/2025" in a language: month first in English, day first elsewhere.
fn day_order(language: Option<Language>) -> DayOrder {
    if language == Some(Language::English) { DayOrder::MonthFirst } else { DayOrder::DayFirst }
}

/// What one pass of the pipeline decided, indexed like the blocks it saw.
struct Pass {
    reasons: Vec<Option<Reason>>,
    meta: Metadata,
    language: Option<Language>,
    /// Whether the pass judged the text as an extractor's output.
    extracted: bool,
    /// Whether the text the pass saw reads as an extract (with [`Input::Auto`]).
    looks_extracted: bool,
}

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
            keep_title: self.keep_title,
            language: self.language,
            input: self.input,
            reference_time: self.reference_time,
        })
    }
}

/// The result of cleaning one page: the kept text, the metadata and a verdict for every block.
#[derive(Clone, Debug)]
pub struct Cleaned<'a> {
    input: &'a str,
    blocks: Vec<BlockVerdict>,
    title: Option<Range<usize>>,
    byline: Option<Range<usize>>,
    date: Option<Range<usize>>,
    published: Option<Date>,
    updated: Option<Date>,
    language: Option<Language>,
    keep_title: bool,
    passes: usize,
}

/// One block of the input with its verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockVerdict {
    /// Byte range of the block's trimmed text in the input.
    pub span: Range<usize>,
    /// Byte range the block owns, blank lines included; the extents of all blocks tile the input.
    pub extent: Range<usize>,
    /// 1-based line number.
    pub line: usize,
    /// Index of the input paragraph (run of non-blank lines) the block is in.
    pub paragraph: usize,
    /// Whether the block is part of the returned text.
    pub kept: bool,
    /// Why: [`Reason::Body`] when kept, else what removed it.
    pub reason: Reason,
}

impl BlockVerdict {
    /// The block's trimmed text: its span of `input`, the text that was cleaned.
    ///
    /// ```
    /// let page = "Skip to content\n\nThe ferry will run all winter, the council said on Monday.";
    /// let cleaned = dechaff::clean(page);
    /// assert_eq!(cleaned.blocks()[0].text(page), "Skip to content");
    /// ```
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        input.get(self.span.clone()).unwrap_or("")
    }
}

impl<'a> Cleaned<'a> {
    /// The kept blocks: lines of one input paragraph on consecutive lines, paragraphs separated by
    /// one blank line. With `keep_title`, the title comes first (where it is not kept in place,
    /// as an extract's headline is).
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(self.input.len() / 2);
        // A title the text keeps in place (an extract's headline) is not put first again.
        let in_place = |title: &Range<usize>| {
            self.blocks.iter().any(|b| b.kept && b.span.start <= title.start && title.end <= b.span.end)
        };
        if let Some(title) = self.title.as_ref().filter(|t| self.keep_title && !in_place(t)) {
            out.push_str(&self.input[title.clone()]);
        }
        let mut last_paragraph = None;
        for block in self.blocks.iter().filter(|b| b.kept) {
            if !out.is_empty() {
                out.push_str(if last_paragraph == Some(block.paragraph) { "\n" } else { "\n\n" });
            }
            out.push_str(&self.input[block.span.clone()]);
            last_paragraph = Some(block.paragraph);
        }
        out
    }

    /// The kept blocks' texts, in order, borrowed from the input.
    pub fn kept(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.blocks.iter().filter(|b| b.kept).map(|b| &self.input[b.span.clone()])
    }

    /// The article's title, if one was found.
    pub fn title(&self) -> Option<&'a str> {
        self.title.clone().map(|r| &self.input[r])
    }

    /// The byline (the author's name), if one was found.
    pub fn byline(&self) -> Option<&'a str> {
        self.byline.clone().map(|r| &self.input[r])
    }

    /// The publication date as written on the page, if one was found.
    pub fn date(&self) -> Option<&'a str> {
        self.date.clone().map(|r| &self.input[r])
    }

    /// The authors' names in the byline, without "By", roles, agencies or dates: "By Jane Doe and
    /// John Roe, Staff Writers" gives `["Jane Doe", "John Roe"]`. Empty without a byline, or when
    /// it names a desk ("Staff Report").
    ///
    /// ```
    /// let page = "Ferry to run all winter\n\nVon Anna Beispiel und Max Muster (dpa)\n\n\
    ///     Die Fähre fährt den ganzen Winter über, wie der Gemeinderat am Montag nach langer Debatte beschloss.";
    /// assert_eq!(dechaff::clean(page).authors(), ["Anna Beispiel", "Max Muster"]);
    /// ```
    pub fn authors(&self) -> Vec<&'a str> {
        self.byline().map(metadata::authors).unwrap_or_default()
    }

    /// The publication date, read from the date line (or the byline's line) in the page's
    /// language: a calendar day, with the time and offset when written. An update ("Updated March
    /// 4, 2025") is not a publication date: see [`updated`](Cleaned::updated). `None` when no
    /// date was found or it could not be read.
    pub fn published(&self) -> Option<Date> {
        self.published
    }

    /// The date the page says it was updated ("Updated March 4, 2025"), when it says so.
    pub fn updated(&self) -> Option<Date> {
        self.updated
    }

    /// The language whose stopwords the heuristics used: detected unless fixed in the builder, or
    /// `None` when no stopword list describes the page (a Japanese or Thai page, or one with too
    /// little text), which was then judged by signals that need no list.
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// How many passes of the pipeline the page took: each judges the blocks the one before kept,
    /// until one removes nothing. A constant, whatever the page's length: two to four on real
    /// pages, and never more than 12 (a page of over 20,000 lines adds its parts' passes).
    ///
    /// ```
    /// let page = "By Jane Doe\n\nThe ferry runs all winter, the council said on Monday.\n\n".repeat(500);
    /// assert!(dechaff::clean(&page).passes() <= 4);
    /// ```
    pub fn passes(&self) -> usize {
        self.passes
    }

    /// Every block of the input, in order, with its verdict.
    pub fn blocks(&self) -> &[BlockVerdict] {
        &self.blocks
    }

    /// The text of one of [`blocks`](Cleaned::blocks).
    pub fn block_text(&self, block: &BlockVerdict) -> &'a str {
        block.text(self.input)
    }

    /// Each block's span in characters (Unicode scalar values) instead of bytes, in the order of
    /// [`blocks`](Cleaned::blocks): the offsets Python, JavaScript or `jq` index strings by. One
    /// pass over the input.
    ///
    /// ```
    /// let page = "Café menu\n\nThe café on the harbour opens again on Monday after a long winter.";
    /// let cleaned = dechaff::clean(page);
    /// assert_eq!(cleaned.blocks()[1].span, 12..79);
    /// assert_eq!(cleaned.char_spans()[1], 11..77);
    /// ```
    pub fn char_spans(&self) -> Vec<Range<usize>> {
        let mut at_byte = 0;
        let mut at_char = 0;
        let mut advance = |to: usize| {
            let to = to.min(self.input.len());
            if to >= at_byte {
                at_char += self.input.get(at_byte..to).map_or(0, |s| s.chars().count());
                at_byte = to;
            }
            at_char
        };
        self.blocks.iter().map(|b| advance(b.span.start)..advance(b.span.end)).collect()
    }

    /// The input this result borrows.
    pub fn input(&self) -> &'a str {
        self.input
    }
}

/// The language of the blocks still kept: the one with the most stopwords in the blocks that
/// read as prose, or in all of them when none does.
fn detect_language(alive: &[usize], measured: &[Measured]) -> Option<Language> {
    let tally = |prose_only: bool| {
        let mut tally = lang::EMPTY_TALLY;
        let mut words = 0u32;
        for m in alive.iter().map(|&i| &measured[i]).filter(|m| !prose_only || m.reads_as_prose()) {
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

/// Captions found by their neighbours: a single sentence right before a bare credit line ("Foto:
/// dpa") is the caption the credit belongs to, and a short line with no sentence right before a
/// caption is its alt text.
fn mark_alt_text(hits: &mut [Option<Hit>], stats: &[BlockStats], texts: &[&str]) {
    let is_caption = |hit: &Option<Hit>| hit.as_ref().is_some_and(|h| h.reason == Reason::Caption);
    // Only credits the rules found themselves, so one credit claims one caption, not a chain; an
    // agency's signature under the last paragraph credits the article, not a picture.
    let credits: Vec<bool> = hits
        .iter()
        .zip(stats)
        .zip(texts)
        .map(|((h, s), t)| is_caption(h) && s.words <= 8 && s.chars <= 80 && !rules::is_signature(t))
        .collect();
    // A slideshow's credit line starts with the slide's counter ("2/28 photos © Agency"): the
    // picture's credit, inline between slides, not the page's copyright.
    for (hit, text) in hits.iter_mut().zip(texts) {
        if hit.as_ref().is_some_and(|h| h.reason == Reason::Legal)
            && text.split_whitespace().next().is_some_and(is_slide_counter)
        {
            *hit = Some(Hit { reason: Reason::Caption, header: false, shape: false });
        }
    }
    // A line that is only a markdown image is the picture a caption would describe.
    for (hit, text) in hits.iter_mut().zip(texts) {
        if hit.is_none() && markup::is_image(text) {
            *hit = Some(Hit { reason: Reason::Caption, header: false, shape: false });
        }
    }
    // A slideshow's slide: its counter ("2 / 5"), a heading, its text, the picture's credit. The
    // text is the article's, written once per picture.
    let slide_text = |i: usize| (i.saturating_sub(SLIDE_REACH)..i).any(|j| is_slide_counter(texts[j]));
    for i in (1..hits.len()).rev() {
        let credit = credits[i];
        let sentence = stats[i - 1].sentence_ends <= 1 && stats[i - 1].words <= 35;
        if credit && hits[i - 1].is_none() && sentence && !slide_text(i - 1) {
            hits[i - 1] = Some(Hit { reason: Reason::Caption, header: false, shape: false });
        }
    }
    for i in 1..hits.len() {
        if is_caption(&hits[i])
            && hits[i - 1].is_none()
            && rules::is_alt_text(&stats[i - 1])
            && stats[i].words > stats[i - 1].words
        {
            hits[i - 1] = Some(Hit { reason: Reason::Caption, header: false, shape: false });
        }
    }
}

/// How many blocks above a slide's text its counter stands, at most (the counter, a heading).
const SLIDE_REACH: usize = 3;

/// Whether the line is a slideshow's counter: "2 / 5", "2/5", "2 of 5", "2 von 5", "2 de 5",
/// "2 sur 5", "2 di 5", "2 z 5", the first number no larger than the second.
fn is_slide_counter(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 16 || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let (first, rest) = text.split_at(text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len()));
    let rest = rest.trim_start();
    let Some(rest) =
        ["/", "of ", "von ", "de ", "sur ", "di ", "z ", "van ", "af "].iter().find_map(|sep| rest.strip_prefix(sep))
    else {
        return false;
    };
    let last = rest.trim();
    match (first.parse::<u32>(), last.parse::<u32>()) {
        (Ok(k), Ok(n)) => (1..=n).contains(&k) && n <= 500,
        _ => false,
    }
}

/// The most words of a sign-up form's pitch.
const PITCH_WORDS: u32 = 30;

/// A sign-up form's pitch between its header and its button ("Newsletter" / "Daily news about
/// politics and business, in your inbox." / "Sign up"): a short text between two calls to sign up,
/// or between one and a legal line or a share row, is part of the form. An ad label beside a
/// call to sign up is not enough: both sit between an article's paragraphs.
fn mark_sign_up_pitches(hits: &mut [Option<Hit>], stats: &[BlockStats]) {
    let reason = |hit: &Option<Hit>| hit.as_ref().map(|h| h.reason.clone());
    for i in 1..hits.len().saturating_sub(1) {
        let (above, below) = (reason(&hits[i - 1]), reason(&hits[i + 1]));
        let beside = |r: &Option<Reason>| matches!(r, Some(Reason::Newsletter | Reason::Legal | Reason::Social));
        let sign_up = above == Some(Reason::Newsletter) || below == Some(Reason::Newsletter);
        // One sentence: a standfirst of two between a share row and a caption is the article's.
        let pitch = stats[i].words <= PITCH_WORDS && stats[i].sentence_ends <= 1;
        if hits[i].is_none() && pitch && sign_up && beside(&above) && beside(&below) {
            hits[i] = Some(Hit { reason: Reason::Newsletter, header: false, shape: false });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaner_is_shared_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Cleaner>();
        assert_send_sync::<Cleaned<'static>>();
    }

    const PAGE: &str = "Skip to main content\n\
        Harbour ferry to run through the winter\n\
        By Jane Doe\n\
        The harbour ferry will keep running through the winter for the first time, the council \
        decided on Monday after a long debate about costs and safety on the crossing.\n\
        TICKER EXAMPLE +2.5%\n\
        Councillors said the service had carried more passengers this year than ever before, and \
        that the harbour master had asked for a second boat for the busiest weeks of the summer.\n\
        Advertisement\n\
        © 2025 Example Media. All rights reserved.";

    fn reasons(cleaned: &Cleaned<'_>) -> Vec<String> {
        cleaned.blocks().iter().map(|b| b.reason.as_str().to_owned()).collect()
    }

    #[test]
    fn user_rules_and_families() {
        let cleaner = Cleaner::builder()
            .rule(Rule::regex("ticker", r"^[A-Z ]+ [+-]\d+(\.\d+)?%$"))
            .rule(Rule::phrases("house-ad", ["all rights reserved"]))
            .family(Family::Advertising, false)
            .build()
            .unwrap();
        let cleaned = cleaner.clean(PAGE);
        let got = reasons(&cleaned);
        assert_eq!(got[4], "ticker");
        // User rules come before the built-in families.
        assert_eq!(got[7], "house-ad");
        // With advertising off, the ad label is judged by the heuristics instead.
        assert_ne!(got[6], "advertising");
        assert_eq!(reasons(&dechaff_default(PAGE))[6], "advertising");
    }

    fn dechaff_default(page: &str) -> Cleaned<'_> {
        Cleaner::default().clean(page)
    }

    const FERRY_BODY: &str = "The harbour ferry will keep running through the winter for the first time, the council \
        decided on Monday night after a long debate about costs.\n\n\
        Councillors said the service had carried more passengers this year than in any year before, and that families \
        on the island had asked for years not to be cut off between November and March.\n\n\
        The extra crossings will cost about 400,000 pounds a year, which the council plans to cover from parking \
        fees in the town centre.\n";

    #[test]
    fn a_short_last_paragraph_after_keywords_and_a_list_stays() {
        let last = "The harbour master said the pier will be repaired before the first storms of winter, \
            and that the old boats will be sold to a museum on the mainland.";
        let cleaner = Cleaner::builder().input(Input::Page).build().unwrap();
        for between in [
            "ferry, winter service, harbour, island transport\nMore Stories\nZoo Welcomes Two Baby Otters\nFive Recipes For A Rainy Weekend\n\
             Stock Markets Close Higher On Friday\n",
            "ferry, winter service, harbour, island transport\nSign up for our newsletter\n",
            "Advertisement\nSign up for our newsletter\n",
            "Share on Twitter\nferry, winter service, harbour, island transport\n",
        ] {
            let page = format!("{FERRY_BODY}{between}{last}\n");
            let cleaned = cleaner.clean(&page);
            assert!(cleaned.text().contains(last), "{between:?}: {:?}", reasons(&cleaned));
            assert!(!cleaned.text().contains("island transport") && !cleaned.text().contains("Sign up"), "{between:?}");
        }
        // Two such lines before a paragraph that shares a few of the article's words.
        let first = "The harbour ferry will keep running through the winter for the first time, the council \
            decided on Monday night after a long debate about costs, crews, timetables and the state of the old pier.";
        let second = "Parents at the village school welcomed the decision, saying that many families depend on \
            the early ferry in winter to reach work and lessons on the mainland during the dark months.";
        let page = format!(
            "{first}\nShare on Twitter\nferry, winter service, harbour, island transport\n{second}\n\
             Jump to content\nNews\nSport\nWeather\n"
        );
        let cleaned = cleaner.clean(&page);
        assert!(cleaned.text().contains(second), "{:?}", reasons(&cleaned));
        // Three such lines in a row are page chrome: what follows them is not taken in for them.
        let page = format!(
            "{FERRY_BODY}ferry, winter service, harbour, island transport\nSign up for our newsletter\nShare on Facebook\n\
             Jane writes about gardening, cooking and travel, and lives with two cats in a small flat.\n"
        );
        assert!(!cleaner.clean(&page).text().contains("two cats"));
    }

    #[test]
    fn a_product_catalogue_goes_and_an_article_of_short_sections_stays() {
        let catalogue = "Compute Engine\nVirtual machines that run in our data centres.\n\n\
            Cloud Storage\nObject storage for companies of every size.\n\n\
            Datenbank\nVerwaltete Datenbanken für kleine und große Teams.\n\n\
            Content Delivery\nFast delivery of web and video content worldwide.\n";
        let as_page = Cleaner::builder().input(Input::Page).build().unwrap();
        let page = format!("The winter ferry guide | Example\n\nThe winter ferry guide\n\n{FERRY_BODY}\n{catalogue}");
        let cleaned = as_page.clean(&page);
        assert!(cleaned.text().contains("parking"), "{:?}", reasons(&cleaned));
        for line in catalogue.lines().filter(|l| !l.is_empty()) {
            assert!(!cleaned.text().contains(line), "{line:?} kept: {:?}", reasons(&cleaned));
        }
        // Inside an article, two items are not a catalogue; nor are sections whose text is a
        // paragraph of its own, or a heading over a whole paragraph.
        let more = "The harbour master said the new boats can cross in far worse weather than the old one, \
            and that the pier on the island side will be repaired before the first storms of the winter.\n";
        let two: String = catalogue.split("\n\n").take(2).map(|item| format!("{item}\n\n")).collect();
        let page = format!("The winter ferry guide\n\n{FERRY_BODY}\n{two}{more}");
        assert!(as_page.clean(&page).text().contains("Object storage"));
        let sections = "Timetable\n\nThe first boat leaves at six in the morning.\n\n\
            Tickets\n\nTickets are sold on board and at the harbour office.\n\n\
            Cars\n\nCars must be booked a day before the crossing.\n";
        let page = format!("The winter ferry guide\n\n{FERRY_BODY}\n{sections}\n{more}");
        assert!(as_page.clean(&page).text().contains("sold on board"));
        let long = "Tickets\nTickets are sold on board and at the harbour office, and islanders who cross \
            every day can buy a card for the whole winter at half the price.\n\n";
        let page = format!("The winter ferry guide\n\n{FERRY_BODY}\n{}{more}", long.repeat(3));
        assert!(as_page.clean(&page).text().contains("whole winter"));
    }

    #[test]
    fn an_article_in_several_languages_keeps_every_version() {
        // A letter printed in German, Spanish and Greek, three paragraphs each.
        let versions = [
            "Liebe Nachbarn auf der Insel {k}, wir schreiben euch, weil die Fähre in diesem Winter zum ersten Mal jeden \
             Tag fahren wird und wir uns darüber sehr freuen. Wir danken allen, die in den letzten Jahren für diese \
             Verbindung gekämpft haben, und wir laden euch am Samstag zu einem kleinen Fest am Hafen ein.",
            "Queridos vecinos de la isla {k}, os escribimos porque el ferry va a funcionar todos los días de este \
             invierno por primera vez y estamos muy contentos. Damos las gracias a todos los que han luchado por esta \
             conexión durante los últimos años, y os invitamos el sábado a una pequeña fiesta en el puerto.",
            "Αγαπητοί γείτονες του νησιού {k}, σας γράφουμε γιατί το πλοίο θα ταξιδεύει κάθε μέρα αυτόν τον χειμώνα \
             για πρώτη φορά και είμαστε πολύ χαρούμενοι. Ευχαριστούμε όλους όσοι αγωνίστηκαν για αυτή τη σύνδεση τα \
             τελευταία χρόνια, και σας καλούμε το Σάββατο σε μια μικρή γιορτή στο λιμάνι.",
        ];
        let mut page = String::from(
            "Brief an die Nachbarn | Inselblog\n\nStartseite\nÜber uns\nImpressum\n\nBrief an die Nachbarn\n\n",
        );
        let mut paragraphs = Vec::new();
        for version in versions {
            for place in ["Nord", "Süd", "West"] {
                paragraphs.push(version.replace("{k}", place));
                page.push_str(&format!("{}\n\n", paragraphs.last().unwrap()));
            }
            page.push_str("===============\n\n");
        }
        page.push_str("© 2025 Inselblog. Alle Rechte vorbehalten.\nKommentare\nAnmelden\n");
        let cleaned = Cleaner::builder().input(Input::Page).build().unwrap().clean(&page);
        for paragraph in &paragraphs {
            assert!(cleaned.text().contains(paragraph.as_str()), "{paragraph}: {:?}", reasons(&cleaned));
        }
        assert!(!cleaned.text().contains("Alle Rechte"));
    }

    #[test]
    fn slide_counters() {
        for yes in ["1 / 5", "2/5", " 3 of 12 ", "4 von 9", "1 de 3", "5 sur 5", "2 di 7", "1 z 4"] {
            assert!(is_slide_counter(yes), "{yes}");
        }
        for no in ["6 / 5", "0 / 5", "1 / 0", "2025/26", "1 / 5 Fotos", "Page 1 of 5", "12.03.", "50 / 50 chance", ""] {
            assert!(!is_slide_counter(no), "{no}");
        }
    }

    #[test]
    fn a_slideshow_keeps_the_text_of_its_slides() {
        let slides = [
            (
                "Not a flagship",
                "The new phone is not what you would expect from the company, as it looks like a model from three years ago.",
            ),
            (
                "Pocket friendly",
                "Its small screen puts it in a category of its own, at a time when most phones grow every year.",
            ),
            (
                "Cheaper than the rest",
                "All of this, with a better camera, comes at a price far below the other models in the shop.",
            ),
        ];
        let mut page = String::from(
            "The new phone is here: all we know | Example\n\nNews\nTech\n\nThe new phone is here: all we know\n\n",
        );
        for (k, (heading, text)) in slides.iter().enumerate() {
            page.push_str(&format!("{} / {}\n\n{heading}\n\n{text}\nImage credit: example.com\n", k + 1, slides.len()));
        }
        page.push_str("\n© 2025 Example Media. All rights reserved.\n");
        let cleaned = dechaff_default(&page);
        for (_, text) in slides {
            assert!(cleaned.text().contains(text), "{:?}", reasons(&cleaned));
        }
        assert!(!cleaned.text().contains("Image credit"));
        // Without the counters, a sentence over a credit is a caption.
        let captions = page.replace("1 / 3\n", "").replace("2 / 3\n", "").replace("3 / 3\n", "");
        assert!(!dechaff_default(&captions).text().contains("three years ago"));
        // The counter in each picture's credit line ("2/28 photos © Agency"): a credit between
        // slides, not the page's copyright that ends the article.
        let more = [
            (
                "A bright screen",
                "The screen is bright enough to read in the sun, though it is small next to the big models.",
            ),
            ("Battery", "The battery lasts a whole day of calls, messages and photos, and charges in under two hours."),
            ("Colours", "It comes in black, white and red, and the red one gives part of its price to a charity."),
            ("Cameras", "The one camera on the back takes sharp pictures by day, and the night mode helps after dark."),
            (
                "Who it is for",
                "It suits those who want a small phone that will get updates for years, and not much else.",
            ),
        ];
        let all: Vec<(&str, &str)> = slides.iter().chain(&more).copied().collect();
        let mut page = String::from(
            "The new phone is here: all we know | Example\n\nNews\nTech\n\nThe new phone is here: all we know\n\n",
        );
        for (k, (heading, text)) in all.iter().enumerate() {
            page.push_str(&format!("{heading}\n\n{text}\n\n{}/{} photos © Example Agency\n\n", k + 1, all.len()));
        }
        let cleaned = Cleaner::builder().input(Input::Page).build().unwrap().clean(&page);
        for (_, text) in all {
            assert!(cleaned.text().contains(text), "{:?}", reasons(&cleaned));
        }
        assert!(!cleaned.text().contains("photos ©"));
        let credit = cleaned.blocks().iter().find(|b| cleaned.block_text(b).starts_with("2/8 photos")).unwrap();
        assert_eq!(credit.reason, Reason::Caption);
    }

    #[test]
    fn a_list_without_marks_under_its_introduction_stays_in_the_article() {
        // The converter dropped the bullets: the list ends the article, under the sentence that
        // introduces it.
        let items = "the timetable for the dark months\nthe price of a season ticket\nroom for bicycles and prams\n\
            a shelter on the pier for the early boat\nspace for cars on the Saturday crossings\n";
        let page = format!(
            "Ferry users asked | Example\n\nNews\nSport\n\nFerry users asked\n\n{FERRY_BODY}\
             Islanders who answered the council's survey asked above all about the following points:\n{items}\
             \nMore Stories\nZoo Welcomes Two Baby Otters\nLocal Band Delights Crowd In Park\n© 2025 Example Media\n"
        );
        let cleaned = Cleaner::builder().input(Input::Page).build().unwrap().clean(&page);
        for line in items.lines() {
            assert!(cleaned.text().contains(line), "{line:?}: {:?}", reasons(&cleaned));
        }
        assert!(!cleaned.text().contains("Baby Otters"));
    }

    #[test]
    fn a_short_paragraph_after_a_list_under_two_headers_stays() {
        let list = "More Stories\nZoo Welcomes Two Baby Otters\nLocal Band Delights Crowd In Park\n\
            Five Recipes For A Rainy Weekend\nStock Markets Close Higher On Friday\nMost Read\n\
            Police Seek Witnesses After Crash On Ring Road\nSchool Buys New Tractor For Farm Lessons\n\
            Le festival de jazz affiche complet\nNeuer Zoodirektor stellt seine Pläne vor\n";
        let last = "The harbour master said the pier will be repaired before the first storms of winter, \
            and that the old boats will be sold to a museum on the mainland.";
        let page = format!("{FERRY_BODY}{list}{last}\n");
        let cleaner = Cleaner::builder().input(Input::Page).build().unwrap();
        let cleaned = cleaner.clean(&page);
        assert!(cleaned.text().contains(last), "{:?}", reasons(&cleaned));
        assert!(!cleaned.text().contains("Baby Otters") && !cleaned.text().contains("Farm Lessons"));
    }

    #[test]
    fn metadata_from_the_page_title_the_headline_and_a_dated_byline() {
        let page = format!(
            "Ferry will run all winter, council decides | Example Gazette\n\nNews\n\nSport\n\nWeather\n\n\
             Ferry will run all winter, council decides after long debate\n\n\
             By Jane Doe and John Roe, Staff Writers | March 3, 2025 · 5 min read\n\n{FERRY_BODY}"
        );
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.title(), Some("Ferry will run all winter, council decides after long debate"));
        assert_eq!(cleaned.authors(), ["Jane Doe", "John Roe"]);
        assert_eq!(cleaned.published().map(|d| d.to_string()), Some("2025-03-03".into()));
        assert_eq!(cleaned.date(), Some("March 3, 2025"));
        assert!(cleaned.text().starts_with("The harbour ferry"), "{}", cleaned.text());
    }

    #[test]
    fn publication_and_update_told_apart() {
        let page = format!(
            "Fähre fährt den ganzen Winter\n\nVon Anna Beispiel und Max Muster\n\n\
             Veröffentlicht am 3. März 2025, 10:15 Uhr, aktualisiert am 4. März 2025\n\n{FERRY_BODY}"
        );
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.authors(), ["Anna Beispiel", "Max Muster"]);
        assert_eq!(cleaned.published().map(|d| d.to_string()), Some("2025-03-03T10:15".into()));
        assert_eq!(cleaned.updated().map(|d| d.to_string()), Some("2025-03-04".into()));
        // A page that gives only its update date was published then or before: that is its date,
        // and `updated` says it is an update.
        let page = format!("Ferry will run all winter\n\nBy Jane Doe\n\nUpdated March 4, 2025\n\n{FERRY_BODY}");
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.published().map(|d| d.day_iso()), Some("2025-03-04".into()));
        assert_eq!(cleaned.updated().map(|d| d.day_iso()), Some("2025-03-04".into()));
    }

    #[test]
    fn a_date_far_from_the_body_is_still_the_pages_date_unless_it_is_one_of_many() {
        let menu: String = (1..=30).map(|k| format!("Section {k}\n")).collect();
        let page =
            format!("Ferry will run all winter | Example News\n\nPublished on 3 March 2025\n\n{menu}\n{FERRY_BODY}");
        assert_eq!(dechaff_default(&page).published().map(|d| d.day_iso()), Some("2025-03-03".into()));
        // Dates in a list of dated items (an archive, a schedule) are not the page's date.
        let listing = "3 March 2025\nFerry timetable\n4 March 2025\nHarbour works\n5 March 2025\nCouncil vote\n";
        let page = format!("Ferry will run all winter | Example News\n\n{listing}\n{menu}\n{FERRY_BODY}");
        assert_eq!(dechaff_default(&page).published(), None);
        // Nor is a comment's stamp.
        let comments =
            "Comments\n\nJane Roe\n\n4 March 2025\n\nGreat news for the island, finally a ferry all year round.";
        let page = format!("Ferry will run all winter | Example News\n\n{menu}\n{FERRY_BODY}\n\n{comments}");
        assert_eq!(dechaff_default(&page).published(), None);
    }

    #[test]
    fn a_comment_stamp_is_a_timestamp_not_the_date() {
        let page = format!(
            "Ferry will run all winter\n\nBy Jane Doe\n\nMarch 3, 2025\n\n{FERRY_BODY}\n\
             Comments\n\nPeter\n\nMarch 5, 2025 at 9:12 pm\n\nAbout time too, the island has waited long enough.\n"
        );
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.date(), Some("March 3, 2025"));
        let stamp =
            cleaned.blocks().iter().find(|b| b.text(&page).starts_with("March 5")).expect("the stamp is a block");
        assert_eq!(stamp.reason, Reason::Timestamp);
    }

    #[test]
    fn dates_in_other_scripts_and_orders() {
        let table = [
            ("2025年3月14日 08:35", "2025-03-14T08:35"),
            ("14.03.2025", "2025-03-14"),
            ("3 mars 2025 à 19h42", "2025-03-03T19:42"),
            ("2025-03-14T08:35:00+09:00", "2025-03-14T08:35:00+09:00"),
        ];
        for (line, iso) in table {
            let page = format!("Ferry will run all winter\n\nBy Jane Doe\n\n{line}\n\n{FERRY_BODY}");
            assert_eq!(dechaff_default(&page).published().map(|d| d.to_string()), Some(iso.to_owned()), "{line}");
        }
    }

    #[test]
    fn a_page_without_prose_keeps_what_stands_under_its_headline() {
        // A photo post: the HTML title first, a menu, the headline, then only short fields.
        let page = "Film swap April | Swap Stop\nHome | About | Contact\nFilm swap April\nCamera: Widelux\n\
                    Film: Fuji 400\nPlace: Japan\nShare on Facebook\nRelated posts";
        let text = crate::clean(page).text();
        for line in ["Camera: Widelux", "Film: Fuji 400", "Place: Japan"] {
            assert!(text.contains(line), "{line} lost: {text:?}");
        }
        assert!(!text.contains("Share on Facebook") && !text.contains("Home | About"), "{text:?}");
        assert_eq!(crate::clean(&text).text(), text, "the result cleans to itself");
    }

    #[test]
    fn a_line_removed_between_paragraphs_does_not_end_the_article() {
        let paragraphs = [
            "The council argued at the meeting that nobody had asked the people who live by the harbour what they \
             wanted after a long debate. A spokesman for the ferry operator argued that there was not enough money \
             to keep the harbour open every night.",
            "The regional transport authority has warned for years that many families on the island depend on the \
             early boat to get to work, and that the timetable would change again when the school year starts.",
            "The harbour master said the old pier was in a worse state than anyone had expected, and that repairs \
             would take at least three more months before the larger boat could berth there again.",
        ];
        let cleaner = Cleaner::builder().rule(Rule::phrases("house-ad", ["print edition"])).build().unwrap();
        for line in ["Sign up for our newsletter", "Share on Facebook", "Subscribe to the print edition"] {
            let page = format!("{}\n\n{line}\n\n{}\n\n{}", paragraphs[0], paragraphs[1], paragraphs[2]);
            let text = cleaner.clean(&page).text();
            for paragraph in paragraphs {
                assert!(text.contains(paragraph), "{line}: lost {paragraph:?}");
            }
            assert!(!text.contains(line), "{line} kept");
        }
    }

    #[test]
    fn invalid_user_regex_is_a_typed_error() {
        let err = Cleaner::builder().rule(Rule::regex("broken", "(")).build().unwrap_err();
        assert!(matches!(err, Error::InvalidRule { ref name, .. } if name == "broken"), "{err}");
        let t = Thresholds { stopwords_low: 1.5, ..Thresholds::default() };
        assert!(matches!(Cleaner::builder().thresholds(t).build(), Err(Error::InvalidThreshold { .. })));
    }

    #[test]
    fn headline_above_its_byline_and_date_is_the_title() {
        // A row of tools sits between the date and the body, nearer the body than the headline.
        let page = "Wissen\n\nHitzewelle: Warum die Nächte in Südeuropa nicht mehr abkühlen\n\n\
            Ein Artikel von Miriam Oster\n\n22. Juli 2025, 16:40 Uhr\n\nZur Merkliste hinzufügen\n\n\
            In Athen, Rom und Sevilla sinkt die Temperatur seit Tagen auch nachts kaum unter 27 Grad. \
            Meteorologen sprechen von Tropennächten, wenn das Thermometer nicht unter 20 Grad fällt.\n\n\
            Solche Nächte waren in Südeuropa früher die Ausnahme. Inzwischen zählen manche Städte mehr \
            als 60 davon im Jahr, wie eine neue Auswertung von Wetterdaten zeigt.\n";
        let cleaned = dechaff_default(page);
        assert_eq!(cleaned.title(), Some("Hitzewelle: Warum die Nächte in Südeuropa nicht mehr abkühlen"));
        assert_eq!(cleaned.byline(), Some("Miriam Oster"));
        assert_eq!(cleaned.date(), Some("22. Juli 2025, 16:40 Uhr"));
        assert!(cleaned.text().starts_with("In Athen"), "{}", cleaned.text());
    }

    #[test]
    fn an_extracts_headline_first_line_is_its_title_and_stays_in_the_text() {
        // No other block is like the first line, so nothing but the first line can be the title.
        let extract = "Harbour ferry to run through the winter for the first time\n\n\
            The harbour ferry will keep running through the winter, the council decided on Monday \
            after a long debate about costs and safety on the crossing.\n\n\
            Councillors said the service had carried more passengers this year than ever before.\n";
        let cleaner = Cleaner::builder().input(Input::Extracted).build().unwrap();
        let cleaned = cleaner.clean(extract);
        assert_eq!(cleaned.title(), Some("Harbour ferry to run through the winter for the first time"));
        assert!(cleaned.text().starts_with("Harbour ferry to run"), "{}", cleaned.text());
        assert_eq!(cleaner.clean(&cleaned.text()).text(), cleaned.text());
        // A first line that reads as a sentence is not a headline.
        let sentence = extract.replacen("the first time\n", "the first time.\n", 1);
        assert_eq!(cleaner.clean(&sentence).title(), None);
    }

    #[test]
    fn two_lists_of_other_stories_between_paragraphs_do_not_split_the_article() {
        let page = "Un groupe de parents a déclaré lundi que le prix du billet ne devrait pas augmenter avant le \
            printemps. La nouvelle maire estime que le vieux quai est dans un état bien pire que ce que l'on \
            pensait. Son voisin a rappelé que les horaires vont encore changer à la rentrée des classes.\n\n\
            More Stories\nNeuer Zoodirektor stellt seine Pläne vor\nWetter: Am Wochenende wird es sonnig\n\
            Tour de France : le parcours dévoilé\nZoo Welcomes Two Baby Otters\n\n\
            Les plus lus\nPolice Seek Witnesses After Crash On Ring Road\nStock Markets Close Higher On Friday\n\
            Le festival de jazz affiche complet\n\n\
            Un groupe de parents a écrit dans une lettre au conseil que personne n'a demandé aux gens du port \
            ce qu'ils voulaient vraiment. Le capitaine du port a reconnu que la réparation de la cale prendra \
            encore au moins trois mois. La directrice de l'école du village estime que le bac circulera tout \
            l'hiver pour la première fois.";
        let cleaned = Cleaner::builder().input(Input::Page).build().unwrap().clean(page);
        let text = cleaned.text();
        assert!(text.starts_with("Un groupe de parents a déclaré"), "{text}");
        assert!(text.ends_with("pour la première fois."), "{text}");
        assert!(!text.contains("More Stories") && !text.contains("Otters") && !text.contains("jazz"), "{text}");
    }

    #[test]
    fn agency_signature_does_not_make_the_last_paragraph_a_caption() {
        let page = "Hochwasser: Gemeinden bereiten sich auf neue Pegelstände vor\n\n\
            Nach den starken Regenfällen der vergangenen Tage steigen die Pegel an mehreren Flüssen im \
            Oberland weiter an. Die Behörden rechnen damit, dass der Höchststand erst in der Nacht zum \
            Samstag erreicht wird.\n\n\
            Die Polizei bittet Schaulustige, sich von den Ufern fernzuhalten und die Einsatzkräfte nicht \
            zu behindern.\n\ndpa/lby\n";
        let cleaned = dechaff_default(page);
        assert!(cleaned.text().ends_with("nicht zu behindern."), "{}", cleaned.text());
        assert!(!cleaned.text().contains("dpa/lby"));
    }

    #[test]
    fn markdown_is_judged_by_what_a_reader_saw() {
        let page = "* [Home](https://example.org/)\n\n# Harbour ferry to run through the winter\n\n\
            By [Jane Doe](https://example.org/authors/jane-doe)\n\n\
            The harbour ferry will keep running through the winter for the first time, the [council \
            decided on Monday](https://example.org/news/council) after a long debate about the costs and \
            the safety of the crossing in storms.\n\n![Ferry at the pier](https://example.org/img/ferry.jpg)\n\n\
            Passengers had asked for the service for years, and the operator says two refitted boats will \
            share the timetable from December until the end of March next year.\n\n\
            [Share on Facebook](https://www.facebook.com/sharer.php?u=x)\n";
        let cleaned = dechaff_default(page);
        assert_eq!(cleaned.title(), Some("Harbour ferry to run through the winter"));
        assert_eq!(cleaned.byline(), Some("Jane Doe"));
        assert_eq!(reasons(&cleaned), ["navigation", "title", "byline", "body", "caption", "body", "social"]);
        // The kept text is the input's, links and all.
        assert!(cleaned.text().contains("[council decided on Monday](https://example.org/news/council)"));
    }

    #[test]
    fn title_in_text_on_request() {
        let plain = dechaff_default(PAGE);
        assert_eq!(plain.title(), Some("Harbour ferry to run through the winter"));
        assert!(plain.text().starts_with("The harbour ferry"));
        let with_title = Cleaner::builder().keep_title(true).build().unwrap().clean(PAGE);
        assert!(with_title.text().starts_with("Harbour ferry to run through the winter\n\nThe harbour ferry"));
    }

    #[test]
    fn empty_and_blank_input() {
        for input in ["", "\n\n", " \t\u{A0}\n\r\n"] {
            let cleaned = dechaff_default(input);
            assert!(cleaned.blocks().is_empty());
            assert_eq!(cleaned.text(), "");
            assert_eq!(cleaned.title(), None);
        }
    }

    #[test]
    fn input_kinds_parse_by_name() {
        for input in Input::ALL {
            assert_eq!(input.name().parse::<Input>().unwrap(), input);
            assert_eq!(input.to_string().to_uppercase().parse::<Input>().unwrap(), input);
        }
        assert!(matches!("html".parse::<Input>(), Err(Error::UnknownName { kind: "input kind", .. })));
        assert_eq!(Input::default(), Input::Auto);
    }

    /// A page of text whose article comes with menus before it and a footer after it.
    fn framed(article: &str) -> String {
        let menu = "Home\nNews\nSport\nWeather\nCulture\nContact\n\n";
        let footer = "\nImprint\nPrivacy policy\nCookie settings\nContact us\nFollow us on Facebook\n";
        format!("{menu}{article}{footer}")
    }

    const EXTRACT: &str = "The regional rail operator will add late trains on three lines from June, it said on \
        Tuesday, after a year of complaints from shift workers about the last connections home.\n\
        New last departures:\n- Northline: 23:40\n- Coastline: 23:55\n- Valley line: 00:10\n\
        The operator says the trains will run at least until the end of next year and will be reviewed \
        with the unions in the autumn, when the first figures on passenger numbers are in.\n\
        Share this article\n";

    #[test]
    fn an_extract_keeps_its_lists_and_loses_only_its_leftovers() {
        let extracted = Cleaner::builder().input(Input::Extracted).build().unwrap().clean(EXTRACT);
        let kept: Vec<&str> = extracted.blocks().iter().filter(|b| b.kept).map(|b| b.text(EXTRACT)).collect();
        assert_eq!(kept.len(), 6, "{kept:?}");
        assert_eq!(reasons(&extracted).last(), Some(&"social".to_owned()));
        // The default takes it for an extract too: no menu before it, no footer after it.
        assert_eq!(dechaff_default(EXTRACT).text(), extracted.text());
    }

    #[test]
    fn the_default_takes_a_page_with_menus_and_a_footer_for_a_page() {
        let page = framed(EXTRACT);
        let default = dechaff_default(&page);
        let as_page = Cleaner::builder().input(Input::Page).build().unwrap().clean(&page);
        assert_eq!(default.text(), as_page.text());
        assert!(!default.text().contains("Cookie settings"));
        // As an extract, the menu lines no rule names stay.
        let as_extract = Cleaner::builder().input(Input::Extracted).build().unwrap().clean(&page);
        assert!(as_extract.text().contains("Weather"));
    }

    /// An extract that ends in a markdown table and a bulleted list, as trafilatura writes them:
    /// the table's rows have no figures and look like link rows, the list's items like headlines.
    const EXTRACT_WITH_TABLE: &str = "Most small harbours lost their winter ferries in the last ten years, because \
        the crossings cost more than the fares bring in and councils had other priorities.\n\n\
        The table below compares the crossings that still run all year and what each of them costs.\n\n\
        | Crossing | Operator | Cost per year | Note |\n|---|---|---|---|\n\
        | North Quay to the island | Council | high | runs hourly |\n\
        | Old Harbour to the point | Private | low | weekends only |\n\
        | Mill Bay to the lighthouse | Council | medium | no cars |\n\
        | Salt Pans to the marsh | Trust | low | summer timetable |\n\n\
        What the operators said:\n- More crossings in the dark months\n\
        - A second boat for the busiest route\n- New fares for residents\n";

    #[test]
    fn an_extract_ending_in_a_table_and_a_list_is_taken_for_one() {
        let cleaned = dechaff_default(EXTRACT_WITH_TABLE);
        assert_eq!(cleaned.text(), EXTRACT_WITH_TABLE.trim_end(), "{:?}", reasons(&cleaned));
        // As a page, the table's rows are link rows.
        let as_page = Cleaner::builder().input(Input::Page).build().unwrap().clean(EXTRACT_WITH_TABLE);
        assert!(!as_page.text().contains("| Mill Bay"));
    }

    #[test]
    fn a_table_of_figures_under_its_header_row_ends_the_article() {
        let page = format!(
            "Ferry figures for the year | Example Gazette\n\nHome\nNews\nSport\nContact\n\n{FERRY_BODY}\n\
             Crossing Passengers Cost Change\n1 North Quay 41,200 310,000 +12%\n2 Old Harbour 18,950 120,500 +4%\n\
             3 Mill Bay 9,870 98,000 -2%\n4 Salt Pans 5,400 61,250 +9%\n\n© Example Gazette\n"
        );
        let cleaned = dechaff_default(&page);
        assert!(cleaned.text().ends_with("Crossing Passengers Cost Change\n1 North Quay 41,200 310,000 +12%\n2 Old Harbour 18,950 120,500 +4%\n3 Mill Bay 9,870 98,000 -2%\n4 Salt Pans 5,400 61,250 +9%"), "{}", cleaned.text());
        // Lines of one number each are not a table of figures: a list of other stories, numbered.
        let page = format!(
            "Ferry figures for the year | Example Gazette\n\nHome\nNews\nSport\nContact\n\n{FERRY_BODY}\n\
             Most read today\n1 Storm closes the coast road\n2 New head for the harbour school\n\
             3 Market moves to the quay\n4 Lifeboat crew honoured\n\n© Example Gazette\n"
        );
        assert!(!dechaff_default(&page).text().contains("Lifeboat"));
    }

    #[test]
    fn the_byline_under_the_headline_that_repeats_the_page_title() {
        // Course blurbs above the headline read as text too, so the body "starts" far above it.
        let blurbs: String = (1..=15)
            .map(|i| {
                format!(
                    "In course {i} you learn how the work of a team is planned and how it is shared \
                     between the people in it.\n\n"
                )
            })
            .collect();
        let page = format!(
            "Professional software development, explained\n\n{blurbs}\
             Professional software development, explained\n\nPosted by Peter Bell on August 21, 2019\n\n{FERRY_BODY}"
        );
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.byline(), Some("Peter Bell"), "{:?}", reasons(&cleaned));
    }

    #[test]
    fn a_surname_that_is_a_common_word_beside_the_date() {
        let page = format!(
            "Cleaning costs in the city | Example Cleaners\n\nHome\nServices\nContact\n\n\
             Cleaning costs in the city\n\nJuly 5, 2025\n\nMadison Green\n\n{FERRY_BODY}\n\
             We only use green products in every home we clean, and our prices stay the same all year.\n"
        );
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.byline(), Some("Madison Green"), "{:?}", reasons(&cleaned));
        // A label of an acronym and a common word is no one's name.
        let page = page.replace("Madison Green", "HR Green");
        assert_eq!(dechaff_default(&page).byline(), None);
    }

    #[test]
    fn a_byline_above_a_long_table_of_contents() {
        let contents: String = (1..=40).map(|i| format!("{i}. Chapter {i}\n")).collect();
        let page = format!(
            "Island travel tips for 2025 | Example\n\nThe winter ferry guide for islanders\n\nBy Jane Doe\n\n\
             Contents\n{contents}\nThe winter crossings in detail\n\n{FERRY_BODY}"
        );
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.byline(), Some("Jane Doe"), "{:?}", reasons(&cleaned));
        // The label on its own line over the name, a company's one-word name too.
        for (label, name) in [("Author", "Jane Doe"), ("Written by", "Examplecorp"), ("Autor:", "Jane Doe")] {
            let labelled = page.replace("By Jane Doe", &format!("{label}\n{name}\nShare"));
            assert_eq!(dechaff_default(&labelled).byline(), Some(name), "{label}");
        }
        // A filter menu's "By Company Size" is nobody's byline: its words are common words.
        let page =
            page.replace("By Jane Doe", "By Company Size") + "\nEvery company, whatever its size, pays one fare.\n";
        assert_eq!(dechaff_default(&page).byline(), None);
        let page = page.replace("By Company Size", "By\nCompany Size");
        assert_eq!(dechaff_default(&page).byline(), None);
    }

    #[test]
    fn a_name_with_credentials_beside_the_date_over_a_reading_time() {
        let page = format!(
            "Island travel tips | Example\n\nThe winter ferry guide for islanders\n\nPublished March 3, 2025\n\
             •\n5 min read\nJane Doe, MD, RD\n\n{FERRY_BODY}"
        );
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.byline(), Some("Jane Doe, MD, RD"), "{:?}", reasons(&cleaned));
        assert_eq!(cleaned.authors(), vec!["Jane Doe"]);
        // A tag line between the date and the name; a name before lowercase words in a dated line.
        let tagged = page.replace("•\n5 min read\nJane Doe, MD, RD", "#harbour\nJane Doe");
        assert_eq!(dechaff_default(&tagged).byline(), Some("Jane Doe"));
        let dated = page.replace(
            "Published March 3, 2025\n•\n5 min read\nJane Doe, MD, RD",
            "Mar. 3, 2025 · Jane Doe on behalf of the harbour team",
        );
        assert_eq!(dechaff_default(&dated).byline(), Some("Jane Doe"), "{:?}", reasons(&dechaff_default(&dated)));
    }

    #[test]
    fn a_sign_up_form_goes_with_its_pitch() {
        let pitch = "The best stories about the island and its harbour, every Friday morning.";
        let more = "The harbour master said the new boats can cross in far worse weather than the old one, \
            and that the pier on the island side will be repaired before the first storms of the winter.";
        let page = format!("{FERRY_BODY}\nNewsletter\n{pitch}\nSign up now\n\n{more}\n");
        let cleaned = dechaff_default(&page);
        assert!(!cleaned.text().contains("every Friday"), "{:?}", reasons(&cleaned));
        assert!(cleaned.text().contains("first storms"), "{:?}", reasons(&cleaned));
        // A paragraph between a call to sign up and an ad label is the article's.
        let paragraph = "The harbour master said the new boats can cross in far worse weather than the old one.";
        let page = format!("{FERRY_BODY}\nSign up for our newsletter\n{paragraph}\nAdvertisement\n{FERRY_BODY}");
        assert!(dechaff_default(&page).text().contains("far worse weather"));
    }

    #[test]
    fn the_author_bio_after_the_article_goes() {
        let bio = "Jane Doe is a staff writer who covers islands, boats and the weather, and lives on the coast.";
        let page = format!(
            "The winter ferry guide | Example\n\nNews\n\nSport\n\nThe winter ferry guide\n\nBy Jane Doe\n\n{FERRY_BODY}\n{bio}\n"
        );
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.byline(), Some("Jane Doe"));
        assert!(!cleaned.text().contains("staff writer"), "{:?}", reasons(&cleaned));
        assert!(cleaned.text().contains("parking fees"));
        // A listed product under its name is not a bio, though it starts with the name.
        let product = "Example Planner is a tool that lets teams plan events, book rooms and send invitations.";
        let page = format!(
            "The winter ferry guide | Example\n\nNews\n\nSport\n\nThe winter ferry guide\n\n{FERRY_BODY}\nExample Planner\n{product}\n"
        );
        assert!(dechaff_default(&page).text().contains("lets teams plan"));
    }

    #[test]
    fn one_word_between_the_headline_and_the_date_and_a_run_on_byline() {
        let page = format!(
            "Island travel tips | Example\n\nHome\nStaff\nNews\n\nThe winter ferry guide for islanders\n\nGabo\nMarch 3, 2025\n\n{FERRY_BODY}"
        );
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.byline(), Some("Gabo"), "{:?}", reasons(&cleaned));
        // "By" and one word far from any date heads a filter menu.
        let menu = page.replace("Home\nStaff\nNews", "By Modality\nNews\nSport");
        assert_ne!(dechaff_default(&menu).byline(), Some("Modality"));
        let team = page.replace("Gabo\n", "Harbour Connect Team\n");
        assert_eq!(dechaff_default(&team).byline(), Some("Harbour Connect Team"));
        // A byline that runs on into a job title and a link ends at the role's word.
        let page = page.replace("Gabo\n", "Written By: Jane Doe Executive Digital Editor and Master Gardener\n");
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.byline(), Some("Jane Doe Executive Digital"), "{:?}", reasons(&cleaned));
    }

    #[test]
    fn an_author_box_right_after_a_short_article() {
        let page = format!(
            "The winter ferry guide | Example\n\nNews\n\nSport\n\nThe winter ferry guide\n\n{FERRY_BODY}\n\
             Jane Doe\n(Editor / Reporter) – Jane covers islands, boats and the sea for the paper since 2010.\n"
        );
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.byline(), Some("Jane Doe"), "{:?}", reasons(&cleaned));
    }

    #[test]
    fn an_author_box_after_the_article_names_the_author() {
        let page = format!(
            "The winter ferry guide | Example\n\nNews\n\nSport\n\nWeather\n\nThe winter ferry guide\n\n\
             {FERRY_BODY}\n{FERRY_BODY}\n{FERRY_BODY}\nMeet the Writer\nJane Doe, MD\n\
             Jane writes about islands, boats and the sea for the paper, and has done so since 2010.\n"
        );
        let cleaned = dechaff_default(&page);
        assert_eq!(cleaned.byline(), Some("Jane Doe, MD"), "{:?}", reasons(&cleaned));
        // A name over a link to the author's page, without a header.
        let linked = page.replace("Meet the Writer\nJane Doe, MD\n", "Jane Doe\nAuthor's Profile\n");
        assert_eq!(dechaff_default(&linked).byline(), Some("Jane Doe"));
        // A name over a bio that starts with it and names a trade; a product over its description
        // names none.
        let bio =
            page.replace("Meet the Writer\nJane Doe, MD\nJane writes", "Jane Doe\nJane Doe is a reporter who writes");
        assert_eq!(dechaff_default(&bio).byline(), Some("Jane Doe"));
        let product = page.replace(
            "Meet the Writer\nJane Doe, MD\nJane writes about islands, boats and the sea for the paper",
            "Harbour Planner\nHarbour Planner is a tool that plans crossings, books seats and sends tickets",
        );
        assert_eq!(dechaff_default(&product).byline(), None);
    }
}

#[cfg(test)]
mod thread_tests {
    use crate::clean;

    const ARTICLE: &str = "The harbour ferry will keep running through the winter for the first time, the council \
        decided on Monday night after a long debate about the costs and the safety of the crossing.\n\n\
        Councillors said the service had carried more passengers this year than in any year before, and \
        that families on the island had asked for years not to be cut off between November and March.\n\n\
        The harbour master said the two new boats could cross in far worse weather than the old one, \
        although the pier on the island side still needs repairs before the first winter storms arrive.\n\n\
        A spokesman for the operator said the timetable for the winter would be published next week, \
        with the first crossing at six in the morning and the last one at ten at night on weekdays.\n\n\
        Tickets will cost the same as in the summer, the council said, and season passes for islanders \
        who travel to work every day will be sold at the harbour office from the first of October.\n\n";

    /// A comment of more than `outside_keep_length` characters.
    fn long_comment() -> String {
        "I have taken this ferry every week for twenty years, and I remember every winter when the last \
         boat left in October and we had to drive around the whole bay to get to work on time. "
            .repeat(4)
    }

    #[test]
    fn a_long_comment_in_a_thread_after_the_article_goes() {
        let comment = long_comment();
        let page = format!(
            "{ARTICLE}3 Comments\n\nAnna\nMarch 3, 2025 at 9:15 am\n{comment}\nReply\n\nTom\nMarch 3, 2025 at 10:02 am\nGood news.\nReply\n"
        );
        let cleaned = clean(&page);
        let block = cleaned.blocks().iter().find(|b| page[b.span.clone()].starts_with("I have taken")).unwrap();
        assert!(!block.kept, "{:?}", block.reason);
        assert!(cleaned.text().contains("The harbour master said"));
    }

    #[test]
    fn a_long_paragraph_outside_the_region_without_a_thread_stays() {
        let comment = long_comment();
        let page = format!("{ARTICLE}Home\nNews\nSport\nWeather\nTravel\nContact\n{comment}\nHome\nNews\nSport\n");
        let cleaned = clean(&page);
        let block = cleaned.blocks().iter().find(|b| page[b.span.clone()].starts_with("I have taken")).unwrap();
        assert!(block.kept, "{:?}", block.reason);
    }

    #[test]
    fn a_standfirst_between_the_headline_and_the_byline_stays() {
        let page = format!(
            "Ferry to run all winter | Example News\nHome\nNews\nSport\nWeather\nTravel\n\nFerry to run all winter\n\nThe island will not be cut off this year.\n\n\
             By Jane Doe\nMarch 3, 2025\n\nShare\nFacebook\nX\n\n{ARTICLE}"
        );
        let cleaned = clean(&page);
        assert!(cleaned.text().starts_with("The island will not be cut off this year."), "{}", cleaned.text());
        assert_eq!(cleaned.title(), Some("Ferry to run all winter"));
        // A line under the headline that is no sentence is not a standfirst.
        let page = page.replace("The island will not be cut off this year.", "Island news and more");
        assert!(!clean(&page).text().contains("Island news"));
    }
}
