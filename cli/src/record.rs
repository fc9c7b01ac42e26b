//! One JSON Lines record: find the field to clean, clean it, and splice the cleaned text and
//! dechaff's metadata back into the line's own bytes.
//!
//! Splicing rather than re-serialising is what keeps every other field exactly as it came: key
//! order, whitespace, escapes and numbers of any size or precision (`12345678901234567890`,
//! `1.50`) are never parsed into values, only located.

use dechaff::{Cleaned, Cleaner};
use serde::Serialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::error::Category;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

/// The key of the object dechaff adds to every record.
pub const DECHAFF_KEY: &str = "dechaff";

/// What became of one input line.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Only whitespace: not a record, dropped silently.
    Blank,
    /// The record with its field cleaned and a `dechaff` object, without a line terminator, and
    /// how many lone UTF-16 surrogates in the field's escapes became U+FFFD.
    Cleaned { record: String, lone_surrogates: usize },
    /// Not a record dechaff can clean, and why.
    Malformed(String),
}

/// Which members of a record are read and written.
#[derive(Clone, Copy, Debug)]
pub struct Fields<'a> {
    /// The string field to clean.
    pub input: &'a str,
    /// Where the cleaned text goes: `None` replaces the input field, a name writes that member
    /// (replaced when present, added when not) and leaves the input field as it was.
    pub output: Option<&'a str>,
    /// The string field holding the page's URL, read for its date; a record without it, or with
    /// a value that is not a string, is cleaned without one.
    pub url: Option<&'a str>,
}

impl Fields<'_> {
    /// Cleans `field` and writes the result back into it.
    #[cfg(test)]
    fn replacing(field: &str) -> Fields<'_> {
        Fields { input: field, output: None, url: None }
    }
}

/// Cleans the string field `fields.input` of the JSON object on `line` (without its `\n`); a null
/// field stays null.
pub fn process(cleaner: &Cleaner, fields: Fields<'_>, line: &[u8]) -> Outcome {
    if line.iter().all(|&b| matches!(b, b' ' | b'\t' | b'\r')) {
        return Outcome::Blank;
    }
    let Ok(line) = std::str::from_utf8(line) else {
        return Outcome::Malformed("not UTF-8".into());
    };
    match clean_record(cleaner, fields, line) {
        Ok((record, lone_surrogates)) => Outcome::Cleaned { record, lone_surrogates },
        Err(why) => Outcome::Malformed(why),
    }
}

/// The cleaned record and the count of lone surrogates replaced in its field.
fn clean_record(cleaner: &Cleaner, fields: Fields<'_>, line: &str) -> Result<(String, usize), String> {
    let field = fields.input;
    let output = fields.output.filter(|&name| name != field);
    let spans = locate(line, field, output, fields.url)?;
    let value_span = spans.field.ok_or_else(|| format!("no field {}", quoted(field)))?;
    let raw = &line[value_span.clone()];
    // A null is a page nobody fetched, as in a table's column: it stays null, as `clean_batch`
    // and `clean_arrow` keep a None, and its record gets an empty `dechaff` object.
    let (text_json, dechaff_json, lone_surrogates) = if raw == "null" {
        ("null".to_owned(), serde_json::to_string(&Metadata::EMPTY).expect("metadata serialises"), 0)
    } else if raw.starts_with('"') {
        let (text, lone_surrogates) = unescape(raw);
        let url = spans.url.map(|span| &line[span]).filter(|raw| raw.starts_with('"')).map(|raw| unescape(raw).0);
        let cleaned = cleaner.clean_page(&text, url.as_deref());
        let text_json = serde_json::to_string(&cleaned.text()).expect("a string serialises");
        (text_json, serde_json::to_string(&Metadata::of(&cleaned)).expect("metadata serialises"), lone_surrogates)
    } else {
        return Err(format!("field {} is {}, not a string or null", quoted(field), kind_of(raw)));
    };

    // Each edit replaces an existing value or, when there is none, adds a member after the last
    // one: the output field (the input field itself unless another is named), then `dechaff`.
    // The sort is stable, so two new members keep that order.
    let end = spans.last_value_end..spans.last_value_end;
    let text_edit = match (output, spans.output) {
        (None, _) => (value_span, text_json),
        (Some(_), Some(span)) => (span, text_json),
        (Some(name), None) => (end.clone(), format!(",{}:{text_json}", quoted(name))),
    };
    let dechaff_edit = match spans.dechaff {
        Some(span) => (span, dechaff_json),
        None => (end, format!(",\"{DECHAFF_KEY}\":{dechaff_json}")),
    };
    let mut edits = [text_edit, dechaff_edit];
    edits.sort_by_key(|(span, _)| span.start);
    let mut out = String::with_capacity(line.len() + edits.iter().map(|(_, s)| s.len()).sum::<usize>());
    let mut at = 0;
    for (span, replacement) in &edits {
        out.push_str(&line[at..span.start]);
        out.push_str(replacement);
        at = span.end;
    }
    out.push_str(&line[at..]);
    Ok((out, lone_surrogates))
}

/// The `dechaff` object of a record. Field order is the order written.
#[derive(Serialize)]
struct Metadata<'a> {
    title: Option<&'a str>,
    byline: Option<&'a str>,
    /// The names in the byline.
    authors: Vec<&'a str>,
    date: Option<&'a str>,
    /// The publication and update dates in ISO 8601.
    published: Option<String>,
    updated: Option<String>,
    /// The ISO 639-1 code of the language the heuristics used, as `--json` and Python give it.
    language: Option<&'static str>,
    /// The page's kind (`article`, `forum`, `listing`...), as `--json` and Python give it.
    page_type: Option<&'static str>,
    /// Blocks removed, counted per reason; sorted by reason so records compare easily.
    removed: BTreeMap<&'a str, usize>,
}

impl<'a> Metadata<'a> {
    /// The object of a record whose text is null: nothing found, nothing removed.
    const EMPTY: Metadata<'static> = Metadata {
        title: None,
        byline: None,
        authors: Vec::new(),
        date: None,
        published: None,
        updated: None,
        language: None,
        page_type: None,
        removed: BTreeMap::new(),
    };

    fn of(cleaned: &'a Cleaned<'_>) -> Metadata<'a> {
        let mut removed = BTreeMap::new();
        for block in cleaned.blocks().iter().filter(|b| !b.kept) {
            *removed.entry(block.reason.as_str()).or_insert(0) += 1;
        }
        Metadata {
            title: cleaned.title(),
            byline: cleaned.byline(),
            authors: cleaned.authors(),
            date: cleaned.date(),
            published: cleaned.published().map(|d| d.to_string()),
            updated: cleaned.updated().map(|d| d.to_string()),
            language: cleaned.language().map(|l| l.code()),
            page_type: cleaned.page_type().map(|t| t.as_str()),
            removed,
        }
    }
}

/// Where, in a line, the members dechaff edits are.
#[derive(Debug, Default, PartialEq)]
struct Spans {
    /// The value of the (last) member named like the field to clean.
    field: Option<Range<usize>>,
    /// The value of the (last) member named like the output field, when one is named.
    output: Option<Range<usize>>,
    /// The value of the (last) `dechaff` member.
    dechaff: Option<Range<usize>>,
    /// The value of the (last) member named like the URL field, when one is named.
    url: Option<Range<usize>>,
    /// Where the last member's value ends, so a new member can follow it.
    last_value_end: usize,
}

/// Parses `line` as one JSON object and locates the members dechaff edits. Duplicate keys: the last
/// one counts, as in most JSON parsers.
fn locate(line: &str, field: &str, output: Option<&str>, url: Option<&str>) -> Result<Spans, String> {
    let mut parser = serde_json::Deserializer::from_str(line);
    let spans =
        Locator { line, field, output, url }.deserialize(&mut parser).and_then(|spans| parser.end().map(|()| spans));
    spans.map_err(|e| match e.classify() {
        Category::Data => "not a JSON object".to_owned(),
        _ => {
            // serde_json reports "line 1 column N": only the column says anything here.
            let message = e.to_string();
            let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(m, _)| m);
            format!("invalid JSON at column {}: {message}", e.column())
        }
    })
}

struct Locator<'a, 'de> {
    line: &'de str,
    field: &'a str,
    output: Option<&'a str>,
    url: Option<&'a str>,
}

impl<'de> DeserializeSeed<'de> for Locator<'_, 'de> {
    type Value = Spans;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Spans, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Locator<'_, 'de> {
    type Value = Spans;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Spans, A::Error> {
        let mut spans = Spans::default();
        while let Some(Key(key)) = map.next_key()? {
            let value: &'de RawValue = map.next_value()?;
            // A borrowed raw value is a slice of the line: its address gives its offset.
            let start = (value.get().as_ptr() as usize).wrapping_sub(self.line.as_ptr() as usize);
            let span = start..start + value.get().len();
            if self.line.get(span.clone()) != Some(value.get()) {
                return Err(de::Error::custom("value outside the line"));
            }
            if key == self.field {
                spans.field = Some(span.clone());
            } else if key == DECHAFF_KEY {
                spans.dechaff = Some(span.clone());
            } else if Some(key.as_ref()) == self.output {
                spans.output = Some(span.clone());
            }
            if Some(key.as_ref()) == self.url {
                spans.url = Some(span.clone());
            }
            spans.last_value_end = span.end;
        }
        Ok(spans)
    }
}

/// An object key, borrowed from the line unless it has escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E>(self, key: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(key)))
            }
            fn visit_str<E>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(key.to_owned())))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// The text of a JSON string literal that the parser has already checked (quotes, escapes, no
/// raw control characters), and how many lone UTF-16 surrogates it held. Lone surrogates, which
/// some encoders write for broken text, become U+FFFD instead of failing the record.
fn unescape(literal: &str) -> (Cow<'_, str>, usize) {
    let inner = &literal[1..literal.len() - 1];
    if memchr::memchr(b'\\', inner.as_bytes()).is_none() {
        return (Cow::Borrowed(inner), 0);
    }
    let mut lone_surrogates = 0;
    let mut out = String::with_capacity(inner.len());
    let mut rest = inner;
    while let Some(at) = memchr::memchr(b'\\', rest.as_bytes()) {
        out.push_str(&rest[..at]);
        let escape = rest.as_bytes()[at + 1];
        rest = &rest[at + 2..];
        let simple = match escape {
            b'n' => '\n',
            b't' => '\t',
            b'r' => '\r',
            b'b' => '\u{8}',
            b'f' => '\u{C}',
            b'u' => {
                let unit = hex4(rest);
                rest = &rest[4..];
                let c = match unit {
                    0xD800..=0xDBFF => match rest.strip_prefix("\\u").map(hex4) {
                        Some(low @ 0xDC00..=0xDFFF) => {
                            rest = &rest[6..];
                            char::from_u32(0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00))
                        }
                        _ => None,
                    },
                    _ => char::from_u32(unit.into()),
                };
                c.unwrap_or_else(|| {
                    lone_surrogates += 1;
                    char::REPLACEMENT_CHARACTER
                })
            }
            other => char::from(other), // `"`, `\` and `/` stand for themselves
        };
        out.push(simple);
    }
    out.push_str(rest);
    (Cow::Owned(out), lone_surrogates)
}

/// The four hex digits at the start of `s` (checked by the parser).
fn hex4(s: &str) -> u16 {
    s.get(..4).and_then(|digits| u16::from_str_radix(digits, 16).ok()).unwrap_or(0xFFFD)
}

/// What kind of JSON value `raw` is, for error messages.
fn kind_of(raw: &str) -> &'static str {
    match raw.as_bytes().first() {
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

fn quoted(field: &str) -> String {
    serde_json::to_string(field).expect("a string serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaner() -> Cleaner {
        Cleaner::default()
    }

    #[test]
    fn locates_members_by_their_byte_spans() {
        // (line, field, field value, dechaff value, text after the last value)
        type Row = (&'static str, &'static str, Option<&'static str>, Option<&'static str>, &'static str);
        let rows: &[Row] = &[
            (r#"{"text":"a"}"#, "text", Some(r#""a""#), None, "}"),
            (r#" { "id" : 1 , "text" : "a b" , "n" : 1.50 } "#, "text", Some(r#""a b""#), None, " } "),
            (r#"{"text":"a","dechaff":{"x":1}}"#, "text", Some(r#""a""#), Some(r#"{"x":1}"#), "}"),
            (r#"{"text":"first","text":"last"}"#, "text", Some(r#""last""#), None, "}"),
            (r#"{"te\u0078t":"escaped key"}"#, "text", Some(r#""escaped key""#), None, "}"),
            (r#"{"body":"b","text":"t"}"#, "body", Some(r#""b""#), None, "}"),
            (r#"{"id":12345678901234567890}"#, "text", None, None, "}"),
        ];
        for &(line, field, value, dechaff, tail) in rows {
            let spans = locate(line, field, None, None).unwrap_or_else(|e| panic!("{line}: {e}"));
            assert_eq!(spans.field.map(|s| &line[s]), value, "{line}");
            assert_eq!(spans.dechaff.map(|s| &line[s]), dechaff, "{line}");
            assert_eq!(&line[spans.last_value_end..], tail, "{line}");
        }
    }

    #[test]
    fn malformed_lines_say_why() {
        let rows: &[(&[u8], &str)] = &[
            (b"{\"text\": \"caf\xe9\"}", "not UTF-8"),
            (b"not json", "invalid JSON at column 2: expected ident"),
            (b"{\"text\": \"a\"", "invalid JSON at column 12: EOF while parsing an object"),
            (b"{\"text\": \"a\"} trailing", "invalid JSON at column 15: trailing characters"),
            (b"[1, 2]", "not a JSON object"),
            (b"\"text\"", "not a JSON object"),
            (b"{\"id\": 1}", "no field \"text\""),
            (b"{\"text\": 12}", "field \"text\" is a number, not a string or null"),
            (b"{\"text\": true}", "field \"text\" is a boolean, not a string or null"),
            (b"{\"text\": [\"a\"]}", "field \"text\" is an array, not a string or null"),
            (b"{\"text\": {\"a\": 1}}", "field \"text\" is an object, not a string or null"),
        ];
        for &(line, why) in rows {
            assert_eq!(
                process(&cleaner(), Fields::replacing("text"), line),
                Outcome::Malformed(why.into()),
                "{line:?}"
            );
        }
    }

    #[test]
    fn a_null_field_stays_null_and_gets_an_empty_dechaff_object() {
        const EMPTY: &str = r#"{"title":null,"byline":null,"authors":[],"date":null,"published":null,"updated":null,"language":null,"page_type":null,"removed":{}}"#;
        let clean = Fields { input: "text", output: Some("clean"), url: None };
        // (fields, record, record written with `EMPTY` for the empty dechaff object)
        let rows = [
            (Fields::replacing("text"), r#"{"id":1,"text":null}"#, r#"{"id":1,"text":null,"dechaff":EMPTY}"#),
            (
                Fields::replacing("text"),
                r#"{ "text" : null , "dechaff" : 3 }"#,
                r#"{ "text" : null , "dechaff" : EMPTY }"#,
            ),
            (clean, r#"{"text":null}"#, r#"{"text":null,"clean":null,"dechaff":EMPTY}"#),
            (clean, r#"{"clean":"old","text":null}"#, r#"{"clean":null,"text":null,"dechaff":EMPTY}"#),
        ];
        for (fields, line, expected) in rows {
            let expected = expected.replace("EMPTY", EMPTY);
            assert_eq!(
                process(&cleaner(), fields, line.as_bytes()),
                Outcome::Cleaned { record: expected, lone_surrogates: 0 },
                "{line}"
            );
        }
    }

    #[test]
    fn blank_lines_are_not_records() {
        for line in ["", " ", "\t\r", "\r"] {
            assert_eq!(process(&cleaner(), Fields::replacing("text"), line.as_bytes()), Outcome::Blank, "{line:?}");
        }
    }

    #[test]
    fn cleaning_replaces_the_field_and_adds_or_replaces_dechaff() {
        let page = "Skip to content\nThe harbour ferry will keep running through the winter for the first time, \
                    the council decided on Monday after a long debate about costs and safety.";
        let text = serde_json::to_string(page).unwrap();
        let cleaned = serde_json::to_string(&dechaff::clean(page).text()).unwrap();
        let rows = [
            (format!(r#"{{"id":1.50,"text":{text},"n":12345678901234567890}}"#), "1.50", true),
            (format!(r#"{{"text":{text}}}"#), "", true),
            (format!(r#"{{ "text" : {text} , "dechaff" : 7 , "z" : [] }}"#), "[]", false),
        ];
        for (line, kept, appended) in rows {
            let Outcome::Cleaned { record: out, .. } = process(&cleaner(), Fields::replacing("text"), line.as_bytes())
            else {
                panic!("{line}")
            };
            assert!(out.contains(&cleaned), "{out}");
            assert!(out.contains(kept), "{out}");
            let value: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(value["dechaff"]["removed"]["navigation"], 1, "{out}");
            assert!(out.find("\"title\"") < out.find("\"removed\""), "{out}");
            if appended {
                assert!(out.ends_with(r#"}}"#) && out.contains(r#","dechaff":{"title":"#), "{out}");
            } else {
                assert_eq!(out.matches("\"dechaff\"").count(), 1, "{out}");
                assert!(out.contains(r#""dechaff" : {"title":"#), "{out}");
            }
        }
    }

    #[test]
    fn an_output_field_gets_the_text_and_the_input_field_is_kept() {
        let page = "Skip to content\nThe harbour ferry will keep running through the winter for the first time, \
                    the council decided on Monday after a long debate about costs and safety.";
        let text = serde_json::to_string(page).unwrap();
        let cleaned = serde_json::to_string(&dechaff::clean(page).text()).unwrap();
        let meta = serde_json::to_string(&Metadata::of(&dechaff::clean(page))).unwrap();
        let fields = Fields { input: "text", output: Some("clean"), url: None };
        // (record, record with `CLEAN` for the cleaned text and `META` for the dechaff object)
        let rows = [
            (format!(r#"{{"text":{text}}}"#), format!(r#"{{"text":{text},"clean":CLEAN,"dechaff":META}}"#)),
            (
                format!(r#"{{"clean":null, "text":{text}, "dechaff":1}}"#),
                format!(r#"{{"clean":CLEAN, "text":{text}, "dechaff":META}}"#),
            ),
            (format!(r#"{{"text":{text},"dechaff":1}}"#), format!(r#"{{"text":{text},"dechaff":META,"clean":CLEAN}}"#)),
        ];
        for (line, expected) in rows {
            let Outcome::Cleaned { record: out, .. } = process(&cleaner(), fields, line.as_bytes()) else {
                panic!("{line}")
            };
            assert_eq!(out, expected.replace("CLEAN", &cleaned).replace("META", &meta));
        }
        // Naming the input field as the output is the same as naming none.
        let same = Fields { input: "text", output: Some("text"), url: None };
        let line = format!(r#"{{"text":{text}}}"#);
        assert_eq!(
            process(&cleaner(), same, line.as_bytes()),
            process(&cleaner(), Fields::replacing("text"), line.as_bytes())
        );
    }

    #[test]
    fn a_url_field_gives_the_date_in_its_path() {
        let text = r#""Ferry to run all winter\n\nThe harbour ferry will keep running through the winter.""#;
        let fields = Fields { input: "text", output: None, url: Some("url") };
        let published = |line: &str| {
            let Outcome::Cleaned { record: out, .. } = process(&cleaner(), fields, line.as_bytes()) else {
                panic!("{line}")
            };
            let record: serde_json::Value = serde_json::from_str(&out).expect("JSON");
            record["dechaff"]["published"].as_str().map(str::to_owned)
        };
        let dated = format!(r#"{{"url":"https:\/\/example.com\/news\/2025\/03\/03\/ferry","text":{text}}}"#);
        assert_eq!(published(&dated).as_deref(), Some("2025-03-03"));
        // No such field, a null or a number: cleaned as without a URL.
        for line in [
            format!(r#"{{"text":{text}}}"#),
            format!(r#"{{"text":{text},"url":null}}"#),
            format!(r#"{{"text":{text},"url":20250303}}"#),
        ] {
            assert_eq!(published(&line), None, "{line}");
        }
        let Outcome::Cleaned { record: out, .. } = process(&cleaner(), Fields::replacing("text"), dated.as_bytes())
        else {
            panic!()
        };
        assert!(!out.contains("published\":\"2025"), "{out}");
    }

    #[test]
    fn unescapes_strings_leniently() {
        // (literal, text, lone surrogates replaced)
        let rows = [
            (r#""plain""#, "plain", 0),
            (r#""a\"b\\c\/d\n\t\r\b\f""#, "a\"b\\c/d\n\t\r\u{8}\u{C}", 0),
            (r#""caf\u00e9 \u20ac""#, "café €", 0),
            (r#""\ud83d\ude00!""#, "😀!", 0),
            (r#""lone \ud800 high""#, "lone \u{FFFD} high", 1),
            (r#""lone \udc00 low""#, "lone \u{FFFD} low", 1),
            (r#""high then escape \ud800\n""#, "high then escape \u{FFFD}\n", 1),
            (r#""\ud800\u0041""#, "\u{FFFD}A", 1),
            (r#""\udc00\ud800 \ud83d\ude00 \ud800""#, "\u{FFFD}\u{FFFD} 😀 \u{FFFD}", 3),
        ];
        for (literal, text, lone_surrogates) in rows {
            assert_eq!(unescape(literal), (Cow::Borrowed(text), lone_surrogates), "{literal}");
        }
    }
}
