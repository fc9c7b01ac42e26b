//! The pipeline: segment, measure, apply rules, apply heuristics, find metadata.

use crate::Error;
use crate::cleaned::{BlockVerdict, Cleaned};
use crate::document;
use crate::heuristics::structure::Shape;
use crate::heuristics::{self, Class, Thresholds};
use crate::lang::{self, Language};
use crate::markup;
use crate::metadata::{self, Date, DayOrder, Metadata};
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

/// What a bio says after the author's name: what the author is, does or did.
static BIO_VERB: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:is|was|has|writes|covers|joined|leads|works|worked|specializes|specialises|serves|holds|founded|ist|war|hat|schreibt|leitet|arbeitet|studierte|lebt|est|écrit|travaille|es|escribe|trabaja|è|scrive|lavora|jest|pisze|pracuje)(?-u:\b)",
    )
    .expect("bio verb pattern compiles")
});

/// A trade a bio names.
static BIO_ROLE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)(?-u:\b)(?:writer|editor|journalist|reporter|correspondent|contributor|columnist|blogger|author|founder|co-founder|redakteur\w*|journalist\w*|autor\w*|gründer\w*|rédact\w*|journaliste|periodista|redactor\w*|giornalista|redattore|redattrice|dziennikar\w*|redaktor\w*)(?-u:\b)",
    )
    .expect("bio role pattern compiles")
});

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
    fn slide_counters() {
        for yes in ["1 / 5", "2/5", " 3 of 12 ", "4 von 9", "1 de 3", "5 sur 5", "2 di 7", "1 z 4"] {
            assert!(is_slide_counter(yes), "{yes}");
        }
        for no in ["6 / 5", "0 / 5", "1 / 0", "2025/26", "1 / 5 Fotos", "Page 1 of 5", "12.03.", "50 / 50 chance", ""] {
            assert!(!is_slide_counter(no), "{no}");
        }
    }
}
