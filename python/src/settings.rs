//! A cleaner's settings as Python gives them (keyword arguments), checked once, kept as plain data
//! so a `Cleaner` pickles by its configuration and is rebuilt the same on a worker.

use dechaff::{Cleaner, Date, Family, Input, Language, Rule, Thresholds};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

/// The most threads a batch may ask for, as on the command line (`--threads`).
pub const MAX_THREADS: usize = 1024;

/// A thread count, checked: 1 to `MAX_THREADS`.
pub fn check_threads(threads: usize) -> PyResult<usize> {
    if (1..=MAX_THREADS).contains(&threads) {
        Ok(threads)
    } else {
        Err(PyValueError::new_err(format!("threads must be 1 to {MAX_THREADS}, not {threads}")))
    }
}

/// Every setting of `Cleaner::builder()`, plus the batch thread cap.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Families switched off, by name.
    pub disable: Vec<String>,
    /// User rules: name, phrases and/or regexes.
    pub rules: Vec<UserRule>,
    /// The text of a TOML rules file, read when the cleaner was made.
    pub rules_toml: Option<String>,
    pub thresholds: Vec<(String, f64)>,
    pub heuristics: bool,
    /// The learned layer: off, the heuristics decide alone.
    pub learned: bool,
    pub keep_title: bool,
    pub language: Option<String>,
    pub input: String,
    /// ISO 8601.
    pub reference_time: Option<String>,
    /// Threads for `clean_batch` and `clean_arrow`; `None` for one per core.
    pub threads: Option<usize>,
}

/// One rule of `Cleaner(rules=[...])`, as a TOML rules file's table holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct UserRule {
    pub name: String,
    /// `None` when the dict has no `phrases`.
    pub phrases: Option<Vec<String>>,
    /// `None` when the dict has no `regex`; a string given is a list of one.
    pub regexes: Option<Vec<String>>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            disable: Vec::new(),
            rules: Vec::new(),
            rules_toml: None,
            thresholds: Vec::new(),
            heuristics: true,
            learned: true,
            keep_title: false,
            language: None,
            input: Input::Auto.name().to_owned(),
            reference_time: None,
            threads: None,
        }
    }
}

/// A library error as the Python exception a caller expects: every one is a bad value.
pub fn value_error(e: dechaff::Error) -> PyErr {
    PyValueError::new_err(e.to_string())
}

impl Settings {
    /// Reads the keyword arguments of `Cleaner(...)`; the names and kinds are checked here, the
    /// values when the cleaner is built.
    #[allow(clippy::too_many_arguments)]
    pub fn from_python(
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
        input: String,
        reference_time: Option<&Bound<'_, PyAny>>,
        threads: Option<usize>,
    ) -> PyResult<Settings> {
        let mut settings = Settings {
            heuristics,
            learned,
            keep_title,
            language,
            input,
            rules_toml,
            threads: threads.map(check_threads).transpose()?,
            ..Settings::default()
        };
        if let Some(disable) = disable.filter(|d| !d.is_none()) {
            settings.disable = names(disable)?;
        }
        if let Some(families) = families.filter(|f| !f.is_none()) {
            // Only these on: kept as the others switched off, which is what pickling carries.
            let on = names(families)?
                .iter()
                .map(|n| n.parse::<Family>().map_err(value_error))
                .collect::<PyResult<Vec<Family>>>()?;
            for family in Family::ALL.into_iter().filter(|f| !on.contains(f)) {
                if !settings.disable.iter().any(|d| d.parse::<Family>().ok() == Some(family)) {
                    settings.disable.push(family.name().to_owned());
                }
            }
        }
        if let Some(rules) = rules.filter(|r| !r.is_none()) {
            for rule in rules.try_iter()? {
                settings.rules.push(user_rule(&rule?)?);
            }
        }
        if let Some(text) = &settings.rules_toml {
            Rule::from_toml(text).map_err(|e| PyValueError::new_err(format!("rules_toml: {e}")))?;
        }
        if let Some(path) = rules_file.filter(|p| !p.is_none()) {
            if settings.rules_toml.is_some() {
                return Err(PyValueError::new_err("give rules_file or rules_toml, not both"));
            }
            let path = path.py().import("os")?.call_method1("fspath", (path,))?;
            let path: String = path.extract()?;
            let text = read_rules_file(&path)?;
            // Checked now, so the error names the file.
            Rule::from_toml(&text).map_err(|e| PyValueError::new_err(format!("{path}: {e}")))?;
            settings.rules_toml = Some(text);
        }
        if let Some(thresholds) = thresholds.filter(|t| !t.is_none()) {
            let thresholds =
                thresholds.cast::<PyDict>().map_err(|_| PyTypeError::new_err("thresholds must be a dict"))?;
            for (name, value) in thresholds.iter() {
                settings.thresholds.push((name.extract()?, value.extract()?));
            }
        }
        if let Some(time) = reference_time.filter(|t| !t.is_none()) {
            settings.reference_time = Some(iso_time(time)?);
        }
        Ok(settings)
    }

    /// Builds the cleaner; every bad value is a `ValueError` that names it.
    pub fn cleaner(&self) -> PyResult<Cleaner> {
        let input: Input = self.input.parse().map_err(value_error)?;
        let mut builder = Cleaner::builder()
            .heuristics(self.heuristics)
            .learned(self.learned)
            .keep_title(self.keep_title)
            .input(input);
        if let Some(language) = &self.language {
            builder = builder.language(language.parse::<Language>().map_err(value_error)?);
        }
        for name in &self.disable {
            builder = builder.family(name.parse::<Family>().map_err(value_error)?, false);
        }
        for rule in &self.rules {
            if let Some(phrases) = &rule.phrases {
                builder = builder.rule(Rule::phrases(&rule.name, phrases.iter().cloned()));
            }
            for regex in rule.regexes.iter().flatten() {
                builder = builder.rule(Rule::regex(&rule.name, regex));
            }
        }
        if let Some(text) = &self.rules_toml {
            builder = builder.rules(Rule::from_toml(text).map_err(value_error)?);
        }
        let mut thresholds = Thresholds::default();
        for (name, value) in &self.thresholds {
            thresholds.set(&name.replace('-', "_"), *value).map_err(value_error)?;
        }
        builder = builder.thresholds(thresholds);
        if let Some(time) = &self.reference_time {
            builder = builder.reference_time(time.parse::<Date>().map_err(value_error)?);
        }
        builder.build().map_err(value_error)
    }

    /// The keyword arguments that make this cleaner again (`Cleaner(**settings)`): what pickling
    /// carries to a worker. A rules file travels as its text.
    pub fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("disable", &self.disable)?;
        let rules = PyList::empty(py);
        for rule in &self.rules {
            let item = PyDict::new(py);
            item.set_item("name", &rule.name)?;
            if let Some(phrases) = &rule.phrases {
                item.set_item("phrases", phrases)?;
            }
            match rule.regexes.as_deref() {
                Some([regex]) => item.set_item("regex", regex)?,
                Some(regexes) => item.set_item("regex", regexes)?,
                None => {}
            }
            rules.append(item)?;
        }
        dict.set_item("rules", rules)?;
        dict.set_item("rules_toml", &self.rules_toml)?;
        let thresholds = PyDict::new(py);
        for (name, value) in &self.thresholds {
            thresholds.set_item(name, value)?;
        }
        dict.set_item("thresholds", thresholds)?;
        dict.set_item("heuristics", self.heuristics)?;
        dict.set_item("learned", self.learned)?;
        dict.set_item("keep_title", self.keep_title)?;
        dict.set_item("language", &self.language)?;
        dict.set_item("input", &self.input)?;
        dict.set_item("reference_time", &self.reference_time)?;
        dict.set_item("threads", self.threads)?;
        Ok(dict)
    }
}

/// Family names: a list, or one string of comma-separated names as on the command line.
fn names(given: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if given.is_instance_of::<PyString>() {
        let names: String = given.extract()?;
        return Ok(names.split(',').map(|n| n.trim().to_owned()).filter(|n| !n.is_empty()).collect());
    }
    given.try_iter()?.map(|n| n?.extract::<String>()).collect()
}

/// Keys a rule dict may hold, as a rules file's table (plus its name).
const RULE_KEYS: &str = "name, phrases, regex";

/// One user rule, checked as a rules file's table is: a dict with `name` (a string) and
/// `phrases` and/or `regex`, each a string or a list of strings, and nothing else. A `None`
/// value counts as absent. The name is checked when the cleaner is built (not empty, not a
/// built-in reason's), and so is every regex.
fn user_rule(rule: &Bound<'_, PyAny>) -> PyResult<UserRule> {
    let shape = || PyTypeError::new_err("a rule is a dict with 'name' and 'phrases' and/or 'regex'");
    let rule = rule.cast::<PyDict>().map_err(|_| shape())?;
    let name: String = match rule.get_item("name")? {
        Some(name) if name.is_instance_of::<PyString>() => name.extract()?,
        Some(name) if !name.is_none() => {
            return Err(PyTypeError::new_err(format!(
                "a rule's 'name' must be a string, not {}",
                name.get_type().name()?
            )));
        }
        _ => return Err(shape()),
    };
    for key in rule.keys() {
        let known = key.extract::<String>().ok().filter(|k| RULE_KEYS.split(", ").any(|known| known == k));
        if known.is_none() {
            return Err(PyValueError::new_err(format!(
                "rule {name:?}: unknown key {} (expected {RULE_KEYS})",
                key.repr()?
            )));
        }
    }
    let strings = |key: &str| -> PyResult<Option<Vec<String>>> {
        let Some(value) = rule.get_item(key)?.filter(|v| !v.is_none()) else { return Ok(None) };
        let wrong = || PyTypeError::new_err(format!("rule {name:?}: '{key}' must be a string or a list of strings"));
        if value.is_instance_of::<PyString>() {
            return Ok(Some(vec![value.extract()?]));
        }
        let items = value.try_iter().map_err(|_| wrong())?;
        let strings = items
            .map(|item| {
                item.and_then(|item| if item.is_instance_of::<PyString>() { item.extract() } else { Err(wrong()) })
            })
            .collect::<PyResult<Vec<String>>>()?;
        Ok(Some(strings))
    };
    let (phrases, regexes) = (strings("phrases")?, strings("regex")?);
    if phrases.is_none() && regexes.is_none() {
        return Err(PyValueError::new_err(format!("rule {name:?} is empty: give it phrases and/or a regex")));
    }
    Ok(UserRule { name, phrases, regexes })
}

/// The text of a rules file, read as the command reads it (at most `Rule::FILE_LIMIT` bytes): a
/// file that cannot be read is an `OSError`, one too large or not UTF-8 a `ValueError`.
fn read_rules_file(path: &str) -> PyResult<String> {
    dechaff::Rule::read_toml_file(path).map_err(|e| match e {
        dechaff::Error::RulesFileUnreadable { kind, .. } if kind != std::io::ErrorKind::InvalidData => {
            pyo3::exceptions::PyOSError::new_err(e.to_string())
        }
        _ => PyValueError::new_err(e.to_string()),
    })
}

/// A reference time as ISO 8601: a string as given, or a `datetime` / `date` in seconds.
fn iso_time(time: &Bound<'_, PyAny>) -> PyResult<String> {
    let text: String = if time.is_instance_of::<PyString>() {
        time.extract()?
    } else if time.hasattr("hour")? {
        let kwargs = PyDict::new(time.py());
        kwargs.set_item("timespec", "minutes")?;
        time.call_method("isoformat", (), Some(&kwargs))?.extract()?
    } else {
        time.call_method0("isoformat")?.extract()?
    };
    text.parse::<Date>().map_err(value_error)?;
    Ok(text)
}
