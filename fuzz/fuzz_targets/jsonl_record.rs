//! Arbitrary bytes as one line of `chaff jsonl` input, through the CLI's own record reader
//! (`src/cli/record.rs`, included by path: it is part of the binary, not of the library). It must
//! never panic, whatever the line.

#![no_main]

use libfuzzer_sys::fuzz_target;
use once_cell::sync::Lazy;

#[path = "../../src/cli/record.rs"]
#[allow(dead_code)]
mod record;

static CLEANER: Lazy<chaff::Cleaner> = Lazy::new(chaff::Cleaner::default);

fuzz_target!(|data: &[u8]| {
    let _ = record::process(&CLEANER, "text", data);
});
