//! Heuristic filters: what the statistics of a block and its neighbours say about it.
//!
//! 1. [`classify`] gives each block a class from its own statistics (in the spirit of jusText:
//!    good, near-good, short, bad) and then settles short and near-good blocks by their neighbours.
//! 2. [`body`] finds the article as the densest run of good text and drops what lies outside it.
//! 3. [`headlines`] finds runs of headline-like lines and drops those whose words do not overlap
//!    the body's.
//! 4. [`duplicates`] drops a block that already appeared in the kept text.
//! 5. [`structure`] finds tables, lists, schedules and records, kept as one unit inside the article.

pub(crate) mod body;
pub(crate) mod classify;
pub(crate) mod duplicates;
pub(crate) mod headlines;
pub(crate) mod structure;

/// The numbers the heuristics decide by. Every field has a documented default, tuned on the
/// development set (real article pages converted to text) and never per page.
#[derive(Clone, Debug, PartialEq)]
pub struct Thresholds {
    /// Blocks shorter than this many characters are "short": their neighbours decide. Default 70.
    pub length_low: u32,
    /// Blocks longer than this with enough stopwords are "good" on their own. Default 200.
    pub length_high: u32,
    /// Below this stopword density a block is "bad". Default 0.30.
    pub stopwords_low: f32,
    /// At or above this stopword density a long block is "good". Default 0.32.
    pub stopwords_high: f32,
    /// How many characters of good text outweigh one character of bad text when the body region
    /// is chosen; higher values let the region bridge more boilerplate. Default 1.0.
    pub body_bridge: f32,
    /// Most a bad block costs, in characters, when the body region is chosen: a code listing or a
    /// table row inside an article must not cut it in two. Default 80.
    pub bad_cost_cap: u32,
    /// Blocks outside the body region are still kept when they are at least this long and
    /// classified good. Default 600.
    pub outside_keep_length: u32,
    /// A headline list is unrelated when less than this share of its words appears in the body.
    /// Default 0.25.
    pub headline_overlap: f32,
    /// A run of headline-like lines without a header must be at least this long to be tested as a
    /// headline list; two or three short lines in a row are common in articles. Default 4.
    pub headline_run: usize,
    /// Near-good blocks that come in a run of at least this many (short and inline-ruled blocks
    /// between them allowed) count as good: pages written as many short paragraphs have no single
    /// long one. Default 3.
    pub near_good_run: usize,
    /// A comment section ends the body only after this share of the body's good text. Default 0.25.
    pub comments_after: f32,
    /// After the article, a segment (between page-chrome blocks) sharing less than this share of
    /// the article's words is dropped. Default 0.3.
    pub segment_overlap: f32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            length_low: 70,
            length_high: 200,
            stopwords_low: 0.30,
            stopwords_high: 0.32,
            body_bridge: 1.0,
            bad_cost_cap: 80,
            outside_keep_length: 600,
            headline_overlap: 0.25,
            headline_run: 4,
            near_good_run: 3,
            comments_after: 0.25,
            segment_overlap: 0.3,
        }
    }
}

impl Thresholds {
    /// The names of the thresholds, as [`Thresholds::set`] takes them.
    pub const NAMES: [&'static str; 12] = [
        "length_low",
        "length_high",
        "stopwords_low",
        "stopwords_high",
        "body_bridge",
        "bad_cost_cap",
        "outside_keep_length",
        "headline_overlap",
        "headline_run",
        "near_good_run",
        "comments_after",
        "segment_overlap",
    ];

    /// Sets one threshold by its field name, from a number: for configuration files and command
    /// lines. Counts must be whole and not negative; ranges are checked when the cleaner is built.
    ///
    /// ```
    /// let mut thresholds = dechaff::Thresholds::default();
    /// thresholds.set("headline_run", 5.0)?;
    /// assert_eq!(thresholds.headline_run, 5);
    /// assert!(thresholds.set("headline_runs", 5.0).is_err());
    /// # Ok::<(), dechaff::Error>(())
    /// ```
    pub fn set(&mut self, name: &str, value: f64) -> Result<(), crate::Error> {
        let count = |name: &'static str| -> Result<u32, crate::Error> {
            if value.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&value) {
                Ok(value as u32)
            } else {
                Err(crate::Error::InvalidThreshold { name, message: format!("{value} is not a whole count") })
            }
        };
        let fraction = value as f32;
        match name {
            "length_low" => self.length_low = count("length_low")?,
            "length_high" => self.length_high = count("length_high")?,
            "stopwords_low" => self.stopwords_low = fraction,
            "stopwords_high" => self.stopwords_high = fraction,
            "body_bridge" => self.body_bridge = fraction,
            "bad_cost_cap" => self.bad_cost_cap = count("bad_cost_cap")?,
            "outside_keep_length" => self.outside_keep_length = count("outside_keep_length")?,
            "headline_overlap" => self.headline_overlap = fraction,
            "headline_run" => self.headline_run = count("headline_run")? as usize,
            "near_good_run" => self.near_good_run = count("near_good_run")? as usize,
            "comments_after" => self.comments_after = fraction,
            "segment_overlap" => self.segment_overlap = fraction,
            _ => {
                return Err(crate::Error::UnknownName {
                    kind: "threshold",
                    name: name.to_owned(),
                    expected: Self::NAMES.join(", "),
                });
            }
        }
        Ok(())
    }
}

/// The class of a block from its statistics and context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Good,
    NearGood,
    Short,
    Bad,
}
