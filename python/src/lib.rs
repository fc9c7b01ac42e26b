//! The Python face of dechaff: `dechaff._dechaff`, re-exported by the `dechaff` package.
//!
//! A thin layer, as tokenizers' binding is: it converts arguments, lets go of the interpreter
//! (`Python::detach`) while the core cleans, and turns results into Python objects. Batches are
//! cleaned on scoped threads that end with the call, so no thread outlives it and a process forked
//! afterwards inherits no pool to deadlock on. A long call takes the interpreter back for a moment
//! every 50 ms to run signal handlers, so Ctrl-C stops it.
// Functions stay short enough to read whole: at most 60 lines (clippy.toml) and a cognitive
// complexity of 25 (clippy's default), tests and rule tables aside. See DESIGN.md.
#![cfg_attr(not(test), warn(clippy::too_many_lines, clippy::cognitive_complexity))]

mod arrow;
mod settings;
mod verdicts;

use dechaff::Cleaner as Core;
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use settings::Settings;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use verdicts::Verdicts;

/// What one page's cleaning gives, owned: the text, the metadata and every block's verdict.
struct Outcome {
    text: String,
    title: Option<String>,
    byline: Option<String>,
    authors: Vec<String>,
    date: Option<String>,
    published: Option<String>,
    updated: Option<String>,
    language: Option<&'static str>,
    page_type: Option<&'static str>,
    /// Where the title, byline and publication date were found: "line 5", "url".
    found: [Option<String>; 3],
    verdicts: Verdicts,
}

impl Outcome {
    fn of(core: &Core, input: &str, url: Option<&str>) -> Outcome {
        let cleaned = core.clean_page(input, url);
        Outcome {
            text: cleaned.text(),
            title: cleaned.title().map(str::to_owned),
            byline: cleaned.byline().map(str::to_owned),
            authors: cleaned.authors().into_iter().map(str::to_owned).collect(),
            date: cleaned.date().map(str::to_owned),
            published: cleaned.published().map(|d| d.to_string()),
            updated: cleaned.updated().map(|d| d.to_string()),
            language: cleaned.language().map(|l| l.code()),
            page_type: cleaned.page_type().map(|t| t.as_str()),
            found: [cleaned.title_source(), cleaned.byline_source(), cleaned.published_source()].map(|source| {
                source.map(|source| match source {
                    dechaff::Source::Line(line) => format!("line {line}"),
                    dechaff::Source::Url => "url".to_owned(),
                })
            }),
            verdicts: Verdicts::of(input, cleaned.blocks()),
        }
    }
}

/// How often a long call runs Python's signal handlers: often enough that Ctrl-C's
/// `KeyboardInterrupt` comes well within a second, rarely enough that taking the interpreter
/// back costs nothing.
const SIGNAL_CHECK: Duration = Duration::from_millis(50);

/// Applies `f` to every item on up to `threads` scoped threads, results in the items' order.
/// The threads end before this returns. Called without the interpreter: the calling thread,
/// which works too, takes it back between its items every `SIGNAL_CHECK` to run signal
/// handlers, and the error one raises (`KeyboardInterrupt`) stops every thread after its current
/// item and is returned. A thread that cannot be started is an error, not a panic.
fn parallel<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> PyResult<Vec<R>> {
    let threads = threads.clamp(1, items.len().max(1));
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let work = |check_signals: bool| -> PyResult<Vec<(usize, R)>> {
        let mut mine = Vec::new();
        let mut checked = Instant::now();
        while !stop.load(Ordering::Relaxed) {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            mine.push((i, f(item)));
            if check_signals && checked.elapsed() >= SIGNAL_CHECK {
                Python::attach(|py| py.check_signals()).inspect_err(|_| stop.store(true, Ordering::Relaxed))?;
                checked = Instant::now();
            }
        }
        Ok(mine)
    };
    let mut done = std::thread::scope(|scope| {
        let mut workers = Vec::with_capacity(threads - 1);
        for _ in 1..threads {
            match std::thread::Builder::new().spawn_scoped(scope, || work(false)) {
                Ok(worker) => workers.push(worker),
                Err(e) => {
                    stop.store(true, Ordering::Relaxed);
                    return Err(PyRuntimeError::new_err(format!("could not start {threads} threads: {e}")));
                }
            }
        }
        let mut done = work(true)?;
        for worker in workers {
            done.extend(worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?);
        }
        Ok(done)
    })?;
    done.sort_unstable_by_key(|&(i, _)| i);
    Ok(done.into_iter().map(|(_, r)| r).collect())
}

/// Every item of `given` as a string or `None`; anything else is a `TypeError` naming `what` and
/// its index. A string is taken as Python holds it (as UTF-8, which a lone surrogate is not:
/// then the `UnicodeEncodeError` is Python's).
fn optional_strings(what: &str, given: &Bound<'_, PyAny>) -> PyResult<Vec<Option<PyBackedStr>>> {
    let mut strings = Vec::new();
    for (i, item) in given.try_iter()?.enumerate() {
        let item = item?;
        if item.is_none() {
            strings.push(None);
        } else if let Ok(string) = item.cast::<PyString>() {
            strings.push(Some(PyBackedStr::try_from(string.clone())?));
        } else {
            return Err(PyTypeError::new_err(format!("{what}[{i}] is {}, not a str or None", item.get_type().name()?)));
        }
    }
    Ok(strings)
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Cleans article pages. Every setting of the Rust builder is a keyword argument; a cleaner is
/// reusable, safe to share between threads, and pickles by its settings.
#[pyclass(frozen, module = "dechaff", name = "Cleaner")]
struct Cleaner {
    core: Core,
    settings: Settings,
}

#[pymethods]
impl Cleaner {
    #[new]
    #[pyo3(signature = (
        *,
        families = None,
        disable = None,
        rules = None,
        rules_file = None,
        rules_toml = None,
        thresholds = None,
        heuristics = true,
        learned = true,
        keep_title = false,
        language = None,
        input = "auto",
        reference_time = None,
        threads = None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        families: Option<&Bound<'_, PyAny>>,
        disable: Option<&Bound<'_, PyAny>>,
        rules: Option<&Bound<'_, PyAny>>,
        rules_file: Option<&Bound<'_, PyAny>>,
        rules_toml: Option<String>,
        thresholds: Option<&Bound<'_, PyAny>>,
        heuristics: bool,
        learned: bool,
        keep_title: bool,
        language: Option<String>,
        input: &str,
        reference_time: Option<&Bound<'_, PyAny>>,
        threads: Option<usize>,
    ) -> PyResult<Cleaner> {
        let settings = Settings::from_python(
            families,
            disable,
            rules,
            rules_file,
            rules_toml,
            thresholds,
            heuristics,
            learned,
            keep_title,
            language,
            input.to_owned(),
            reference_time,
            threads,
        )?;
        Ok(Cleaner { core: settings.cleaner()?, settings })
    }

    /// Cleans one page, fetched from `url` when given (a day in its path is the publication
    /// date). The interpreter is released while it runs.
    #[pyo3(signature = (text, url = None))]
    fn clean(&self, py: Python<'_>, text: PyBackedStr, url: Option<PyBackedStr>) -> Cleaned {
        let out = py.detach(|| Outcome::of(&self.core, &text, url.as_deref()));
        Cleaned { input: text, out }
    }

    /// Cleans many pages in parallel, in order; `None` in gives `None` out, anything else but a
    /// string is a `TypeError` naming its index. `urls`, when given, holds each page's URL (or
    /// `None`), as many as the pages.
    #[pyo3(signature = (texts, *, urls = None, threads = None))]
    fn clean_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        urls: Option<&Bound<'_, PyAny>>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Option<Cleaned>>> {
        let texts = optional_strings("texts", texts)?;
        let urls = match urls {
            Some(urls) => optional_strings("urls", urls)?,
            None => Vec::new(),
        };
        if !urls.is_empty() && urls.len() != texts.len() {
            return Err(PyValueError::new_err(format!(
                "{} urls for {} texts: give one per text (None for none)",
                urls.len(),
                texts.len()
            )));
        }
        let pages: Vec<(Option<&str>, Option<&str>)> =
            texts.iter().enumerate().map(|(i, t)| (t.as_deref(), urls.get(i).and_then(|u| u.as_deref()))).collect();
        let threads = self.threads(threads)?;
        let outs = py.detach(|| parallel(&pages, threads, |(t, u)| t.map(|t| Outcome::of(&self.core, t, *u))))?;
        Ok(texts.into_iter().zip(outs).map(|(input, out)| Some(Cleaned { input: input?, out: out? })).collect())
    }

    /// Cleans a pyarrow string array (also large and view strings, or a chunked array) without
    /// copying it, into a struct array: text, title, byline, authors, date, published, updated,
    /// language, page_type, removed. A null text gives a null text, null metadata, no authors and nothing
    /// removed.
    #[pyo3(signature = (array, *, threads = None))]
    fn clean_arrow<'py>(
        &self,
        py: Python<'py>,
        array: &Bound<'py, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let threads = self.threads(threads)?;
        arrow::clean(py, array, &|pages| parallel(pages, threads, |t| t.map(|t| Outcome::of(&self.core, t, None))))
    }

    /// The keyword arguments that make this cleaner again.
    #[getter]
    fn settings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.settings.to_python(py)
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let rebuild = py.import("dechaff")?.getattr("_cleaner")?;
        PyTuple::new(py, [rebuild, PyTuple::new(py, [self.settings.to_python(py)?])?.into_any()])
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let defaults = Settings::default();
        let given = self.settings.to_python(py)?;
        let mut parts = Vec::new();
        for (name, value) in given.iter() {
            let default = defaults.to_python(py)?.get_item(&name)?;
            if !default.is_some_and(|d| d.eq(&value).unwrap_or(false)) {
                parts.push(format!("{}={}", name, value.repr()?));
            }
        }
        Ok(format!("Cleaner({})", parts.join(", ")))
    }
}

impl Cleaner {
    fn threads(&self, threads: Option<usize>) -> PyResult<usize> {
        match threads.or(self.settings.threads) {
            Some(n) => settings::check_threads(n),
            None => Ok(cores().min(settings::MAX_THREADS)),
        }
    }
}

/// One page, cleaned: the kept text, the title, byline and date, and a verdict per block.
#[pyclass(frozen, module = "dechaff", name = "Cleaned")]
struct Cleaned {
    input: PyBackedStr,
    out: Outcome,
}

#[pymethods]
impl Cleaned {
    /// The kept text: blocks of one paragraph on consecutive lines, paragraphs apart by a blank line.
    #[getter]
    fn text(&self) -> &str {
        &self.out.text
    }

    /// The headline, or `None` when the page shows none.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.out.title.as_deref()
    }

    /// The byline as written, without "By", or `None`.
    #[getter]
    fn byline(&self) -> Option<&str> {
        self.out.byline.as_deref()
    }

    /// The names in the byline, without roles, agencies or dates; empty when there is none.
    #[getter]
    fn authors(&self) -> Vec<&str> {
        self.out.authors.iter().map(String::as_str).collect()
    }

    /// The publication date as written on the page, or `None`.
    #[getter]
    fn date(&self) -> Option<&str> {
        self.out.date.as_deref()
    }

    /// The publication date in ISO 8601 (`2025-03-03`, or with time and offset when written), or
    /// `None`.
    #[getter]
    fn published(&self) -> Option<&str> {
        self.out.published.as_deref()
    }

    /// The date the page says it was updated, in ISO 8601, or `None`.
    #[getter]
    fn updated(&self) -> Option<&str> {
        self.out.updated.as_deref()
    }

    /// The language code the heuristics used, or `None` when no stopword list describes the page.
    #[getter]
    fn language(&self) -> Option<&str> {
        self.out.language
    }

    /// The page's kind as the page model reads the text (`article`, `forum`, `listing`,
    /// `collection`, `product`, `documentation`, `service`), or `None`: when the model is not sure
    /// (probability under 0.5), with the heuristics or the learned layer off, and for an extract.
    #[getter]
    fn page_type(&self) -> Option<&str> {
        self.out.page_type
    }

    /// Where the title, byline and publication date were found, as `--json` says it:
    /// `{"title": "line 5", "byline": None, "published": "url"}`.
    #[getter]
    fn found(&self) -> BTreeMap<&'static str, Option<&str>> {
        ["title", "byline", "published"].into_iter().zip(self.out.found.iter().map(Option::as_deref)).collect()
    }

    /// Every block of the input with its verdict, made when read (a page keeps its verdicts
    /// compact, not as Python objects); offsets are in characters of the input string.
    #[getter]
    fn blocks<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyList>> {
        let page = slf.clone().unbind();
        let count = slf.get().out.verdicts.len();
        PyList::new(slf.py(), (0..count).map(|index| Block { page: page.clone_ref(slf.py()), index }))
    }

    /// Blocks removed, counted per reason.
    #[getter]
    fn removed(&self) -> BTreeMap<&str, usize> {
        self.out.verdicts.removed()
    }

    /// Every block on a line: `+` kept or `-` removed, its line number, reason and text.
    fn explain(&self) -> String {
        use std::fmt::Write;
        let verdicts = &self.out.verdicts;
        let mut out = String::new();
        for i in 0..verdicts.len() {
            let mark = if verdicts.kept(i) { '+' } else { '-' };
            let (line, reason, text) = (verdicts.line(i), verdicts.reason(i), verdicts.text(&self.input, i));
            let _ = writeln!(out, "{mark} {line:>4} {reason:<20} {text}");
        }
        out
    }

    /// The text and metadata as a dict (for a DataFrame row or a JSON record).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", &self.out.text)?;
        dict.set_item("title", &self.out.title)?;
        dict.set_item("byline", &self.out.byline)?;
        dict.set_item("authors", &self.out.authors)?;
        dict.set_item("date", &self.out.date)?;
        dict.set_item("published", &self.out.published)?;
        dict.set_item("updated", &self.out.updated)?;
        dict.set_item("language", self.out.language)?;
        dict.set_item("page_type", self.out.page_type)?;
        dict.set_item("removed", self.out.verdicts.removed())?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let verdicts = &self.out.verdicts;
        let kept = (0..verdicts.len()).filter(|&i| verdicts.kept(i)).count();
        let title = match &self.out.title {
            Some(title) => PyString::new(py, title).repr()?.to_string(),
            None => "None".to_owned(),
        };
        Ok(format!(
            "Cleaned(title={title}, kept {kept} of {} blocks, {} chars)",
            verdicts.len(),
            self.out.text.chars().count()
        ))
    }
}

/// One block of the input: its character span, line, verdict, reason (with the learned layer's
/// signals when it restored the block) and text, read from its page's compact verdicts.
#[pyclass(frozen, module = "dechaff", name = "Block")]
struct Block {
    page: Py<Cleaned>,
    index: usize,
}

#[pymethods]
impl Block {
    /// Character offset of the block's first character in the input string.
    #[getter]
    fn start(&self) -> usize {
        let page = self.page.get();
        page.out.verdicts.char_span(&page.input, self.index).start
    }

    /// Character offset just past its last character: `text == input[start:end]`.
    #[getter]
    fn end(&self) -> usize {
        let page = self.page.get();
        page.out.verdicts.char_span(&page.input, self.index).end
    }

    /// 1-based line number.
    #[getter]
    fn line(&self) -> usize {
        self.page.get().out.verdicts.line(self.index)
    }

    /// Whether the block is in the cleaned text.
    #[getter]
    fn kept(&self) -> bool {
        self.page.get().out.verdicts.kept(self.index)
    }

    /// `body`, `restored` (kept by the learned layer though the heuristics removed it) or
    /// `unsure` (kept on a page that reads as no article, where the heuristics kept almost
    /// nothing) when kept, else what removed it (`navigation`, `legal`, a user rule's name ...).
    #[getter]
    fn reason(&self) -> &str {
        self.page.get().out.verdicts.reason(self.index)
    }

    /// The signals that moved the learned layer to keep a `restored` block: the names of the
    /// features that weighed most, comma-separated; `None` for any other block.
    #[getter]
    fn signals(&self) -> Option<&str> {
        self.page.get().out.verdicts.signals(self.index)
    }

    /// The block's text, trimmed: `input[start:end]`.
    #[getter]
    fn text(&self) -> &str {
        let page = self.page.get();
        page.out.verdicts.text(&page.input, self.index)
    }

    fn __repr__(&self) -> String {
        let span = self.start()..self.end();
        let verdict = if self.kept() { "kept" } else { "removed" };
        format!("Block({verdict}, {}..{}, line {}, {:?})", span.start, span.end, self.line(), self.reason())
    }
}

/// Every rule family's name, for `Cleaner(disable=[...])`.
#[pyfunction]
fn families() -> Vec<&'static str> {
    dechaff::Family::ALL.iter().map(|f| f.name()).collect()
}

/// Every language code with a stopword list, for `Cleaner(language=...)`.
#[pyfunction]
fn languages() -> Vec<&'static str> {
    dechaff::Language::ALL.iter().map(|l| l.code()).collect()
}

#[pymodule]
fn _dechaff(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Cleaner>()?;
    m.add_class::<Cleaned>()?;
    m.add_class::<Block>()?;
    m.add_function(wrap_pyfunction!(families, m)?)?;
    m.add_function(wrap_pyfunction!(languages, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
