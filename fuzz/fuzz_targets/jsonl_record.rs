//! Arbitrary bytes as one line of `dechaff jsonl` input, through the CLI's own record reader
//! (`cli/src/record.rs`, included by path: it is part of the binary, not of the library). It must
//! never panic, whatever the line.

#![no_main]

use libfuzzer_sys::fuzz_target;
use once_cell::sync::Lazy;

#[path = "../../cli/src/record.rs"]
#[allow(dead_code)]
mod record;

static CLEANER: Lazy<dechaff::Cleaner> = Lazy::new(dechaff::Cleaner::default);

fuzz_target!(|data: &[u8]| {
    let _ = record::process(&CLEANER, record::Fields { input: "text", output: None, url: None }, data);
});
