//! Errors: building a cleaner can fail; cleaning never does.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// Why a [`Cleaner`](crate::Cleaner) could not be built, or a name or rules file not read.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A user rule did not compile.
    InvalidRule {
        /// The rule's name.
        name: String,
        /// What the regex or automaton builder said.
        message: String,
    },
    /// A threshold is out of its valid range.
    InvalidThreshold {
        /// The threshold's name.
        name: &'static str,
        /// Why it is invalid.
        message: String,
    },
    /// A name (of a language, a rule family, a threshold or a page type) that dechaff does not know.
    UnknownName {
        /// What kind of name: "language", "rule family", "threshold", "page type".
        kind: &'static str,
        /// The name given.
        name: String,
        /// The names that are known, comma-separated.
        expected: String,
    },
    /// Not a date in ISO 8601 (`2025-03-03`, `2025-03-03T10:00`, `2025-03-03T10:00:00+01:00`).
    InvalidDate {
        /// The text given.
        text: String,
    },
    /// A rules file could not be read as rules (see `Rule::from_toml`, feature `toml`).
    RulesFile {
        /// 1-based line of the problem in the file.
        line: usize,
        /// The rule the problem is in, when it is in one.
        rule: Option<String>,
        /// What is wrong.
        message: String,
    },
    /// A rules file could not be opened or read, or is not UTF-8 (see
    /// `Rule::read_toml_file`, feature `toml`).
    RulesFileUnreadable {
        /// The file.
        path: PathBuf,
        /// What kind of I/O error it was.
        kind: io::ErrorKind,
        /// What the system said.
        message: String,
    },
    /// A rules file is longer than `Rule::FILE_LIMIT` (16 MiB).
    RulesFileTooLarge {
        /// The file.
        path: PathBuf,
        /// The most bytes a rules file may hold.
        limit: u64,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRule { name, message } => write!(f, "rule {name:?} is invalid: {message}"),
            Error::InvalidThreshold { name, message } => write!(f, "threshold {name} is invalid: {message}"),
            Error::UnknownName { kind, name, expected } => {
                write!(f, "unknown {kind} {name:?} (expected one of: {expected})")
            }
            Error::InvalidDate { text } => {
                write!(f, "{text:?} is not a date in ISO 8601 (2025-03-03, 2025-03-03T10:00, 2025-03-03T10:00+01:00)")
            }
            Error::RulesFile { line, rule: Some(rule), message } => write!(f, "line {line}: rule {rule:?}: {message}"),
            Error::RulesFile { line, rule: None, message } => write!(f, "line {line}: {message}"),
            Error::RulesFileUnreadable { path, message, .. } => write!(f, "{}: {message}", path.display()),
            Error::RulesFileTooLarge { path, limit } => {
                write!(f, "{}: larger than {} MiB, the most a rules file may hold", path.display(), limit >> 20)
            }
        }
    }
}

impl std::error::Error for Error {}
