//! Arbitrary bytes as one JSON Lines record: parsed with serde_json; an object with a string
//! "text" field has it cleaned and is serialised again with the cleaned text and metadata. Nothing
//! may panic, and the record must survive the round trip.
//!
//! The CLI's own record reader (which splices the cleaned text into the line without
//! re-serialising) is part of the binary, not of the library, so it is not reached from here; this
//! target fuzzes the library-level path a JSONL user would write.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::{Value, json};

fuzz_target!(|data: &[u8]| {
    let Ok(mut record) = serde_json::from_slice::<Value>(data) else { return };
    let Some(Value::String(text)) = record.get("text") else { return };
    let text = text.clone();
    let cleaned = dechaff::clean(&text);
    dechaff_fuzz::check(&text, &cleaned);
    let reasons: Vec<&str> = cleaned.blocks().iter().map(|b| b.reason.as_str()).collect();
    let metadata = json!({
        "title": cleaned.title(),
        "byline": cleaned.byline(),
        "date": cleaned.date(),
        "language": cleaned.language().map(|l| l.code()),
        "reasons": reasons,
    });
    let cleaned_text = cleaned.text();
    record["text"] = Value::String(cleaned_text.clone());
    record["dechaff"] = metadata;
    let line = serde_json::to_string(&record).expect("a JSON value serialises");
    assert!(!line.contains('\n'), "a JSONL record must stay on one line");
    let back: Value = serde_json::from_str(&line).expect("serialised JSON parses again");
    assert_eq!(back.get("text").and_then(Value::as_str), Some(cleaned_text.as_str()));
});
