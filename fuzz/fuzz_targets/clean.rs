//! Arbitrary bytes, read as lossy UTF-8, cleaned; the result must keep every invariant.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let cleaned = dechaff::clean(&input);
    dechaff_fuzz::check(&input, &cleaned);
});
