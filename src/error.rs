//! Errors: building a cleaner can fail; cleaning never does.

use std::fmt;

/// Why a [`Cleaner`](crate::Cleaner) could not be built.
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
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRule { name, message } => write!(f, "rule {name:?} is invalid: {message}"),
            Error::InvalidThreshold { name, message } => write!(f, "threshold {name} is invalid: {message}"),
        }
    }
}

impl std::error::Error for Error {}
