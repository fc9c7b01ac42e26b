//! A syntax tree (`Hir`) written as text and read back as the same tree, so that a cut-down copy
//! can be kept in the source (`copies.rs`) and read by a fresh process without parsing a pattern,
//! translating it or folding its case.
//!
//! The text is the tree in prefix order, each node a letter and its numbers (decimal, each ended
//! by `,`) before its children:
//!
//! | node | text |
//! | --- | --- |
//! | empty | `E` |
//! | literal | `L`, its length in bytes, the literal (valid UTF-8) |
//! | class of characters | `C`, the number of ranges, each range's first and last character |
//! | class of bytes | `B`, the number of ranges, each range's first and last byte as a character |
//! | look-around | `K`, its `Look::as_repr` |
//! | repetition | `R`, the least, the most (empty for none), `g` (greedy) or `l` (lazy); the child |
//! | capture group | `P`, its index, its name then `;`; the child |
//! | concatenation | `S`, the number of children; the children |
//! | alternation | `A`, the number of children; the children |

use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, Look, Repetition,
};

/// `hir` as text.
#[cfg(test)]
pub(super) fn write(hir: &Hir) -> String {
    let mut text = String::new();
    write_into(hir, &mut text);
    text
}

#[cfg(test)]
fn write_into(hir: &Hir, text: &mut String) {
    use regex_syntax::hir::HirKind;
    use std::fmt::Write;
    match hir.kind() {
        HirKind::Empty => text.push('E'),
        HirKind::Literal(literal) => {
            let literal = std::str::from_utf8(&literal.0).expect("a cut-down literal is UTF-8");
            let _ = write!(text, "L{},{literal}", literal.len());
        }
        HirKind::Class(Class::Unicode(class)) => {
            let _ = write!(text, "C{},", class.ranges().len());
            class.ranges().iter().for_each(|r| text.extend([r.start(), r.end()]));
        }
        HirKind::Class(Class::Bytes(class)) => {
            let _ = write!(text, "B{},", class.ranges().len());
            class.ranges().iter().for_each(|r| text.extend([char::from(r.start()), char::from(r.end())]));
        }
        HirKind::Look(look) => {
            let _ = write!(text, "K{},", look.as_repr());
        }
        HirKind::Repetition(repetition) => {
            let most = repetition.max.map(|max| max.to_string()).unwrap_or_default();
            let greedy = if repetition.greedy { 'g' } else { 'l' };
            let _ = write!(text, "R{},{most},{greedy}", repetition.min);
            write_into(&repetition.sub, text);
        }
        HirKind::Capture(capture) => {
            let _ = write!(text, "P{},{};", capture.index, capture.name.as_deref().unwrap_or(""));
            write_into(&capture.sub, text);
        }
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            let letter = if matches!(hir.kind(), HirKind::Concat(_)) { 'S' } else { 'A' };
            let _ = write!(text, "{letter}{},", subs.len());
            subs.iter().for_each(|sub| write_into(sub, text));
        }
    }
}

/// The tree `text` was written from, or with `blocks` (in order) that tree cut down to them (as
/// `alphabet::cut_down` cuts it: its classes to the blocks, a literal with a character outside
/// them made to never match); `None` if `text` is not such a text.
pub(super) fn read(text: &str, blocks: Option<&[(char, char)]>) -> Option<Hir> {
    let mut reader = Reader { text, at: 0, blocks };
    let hir = reader.node()?;
    (reader.at == text.len()).then_some(hir)
}

struct Reader<'t> {
    text: &'t str,
    at: usize,
    blocks: Option<&'t [(char, char)]>,
}

impl Reader<'_> {
    fn node(&mut self) -> Option<Hir> {
        let letter = self.char()?;
        Some(match letter {
            'E' => Hir::empty(),
            'L' => self.literal()?,
            'C' => self.class()?,
            'B' => {
                let n = self.number()?;
                let mut ranges = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    ranges.push(ClassBytesRange::new(self.byte()?, self.byte()?));
                }
                Hir::class(Class::Bytes(ClassBytes::new(ranges)))
            }
            'K' => Hir::look(Look::from_repr(self.number()?)?),
            'R' => {
                let min = self.number()?;
                let max = if self.text[self.at..].starts_with(',') {
                    self.at += 1;
                    None
                } else {
                    Some(self.number()?)
                };
                let greedy = self.char()? == 'g';
                Hir::repetition(Repetition { min, max, greedy, sub: Box::new(self.node()?) })
            }
            'P' => {
                let index = self.number()?;
                let end = self.at + self.text[self.at..].find(';')?;
                let name = &self.text[self.at..end];
                self.at = end + 1;
                let name = (!name.is_empty()).then(|| name.into());
                Hir::capture(Capture { index, name, sub: Box::new(self.node()?) })
            }
            'S' | 'A' => {
                let n = self.number()?;
                let mut subs = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    subs.push(self.node()?);
                }
                if letter == 'S' { Hir::concat(subs) } else { Hir::alternation(subs) }
            }
            _ => return None,
        })
    }

    /// A literal, or with `blocks` one that never matches when it has a character outside them.
    fn literal(&mut self) -> Option<Hir> {
        let len = self.number()? as usize;
        let literal = self.text.get(self.at..self.at + len)?;
        self.at += len;
        let outside = |blocks: &[(char, char)]| {
            !literal.is_ascii() && !literal.chars().all(|c| blocks.iter().any(|&(lo, hi)| lo <= c && c <= hi))
        };
        Some(if self.blocks.is_some_and(outside) { Hir::fail() } else { Hir::literal(literal.as_bytes()) })
    }

    /// A class of characters, with `blocks` cut down to them.
    fn class(&mut self) -> Option<Hir> {
        let n = self.number()?;
        let mut ranges = Vec::with_capacity(n as usize);
        for _ in 0..n {
            let (first, last) = (self.char()?, self.char()?);
            match self.blocks {
                None => ranges.push(ClassUnicodeRange::new(first, last)),
                Some(blocks) => {
                    let overlapping =
                        blocks.iter().skip_while(|&&(_, hi)| hi < first).take_while(|&&(lo, _)| lo <= last);
                    for &(lo, hi) in overlapping {
                        ranges.push(ClassUnicodeRange::new(first.max(lo), last.min(hi)));
                    }
                }
            }
        }
        Some(Hir::class(Class::Unicode(ClassUnicode::new(ranges))))
    }

    fn char(&mut self) -> Option<char> {
        let c = self.text.get(self.at..)?.chars().next()?;
        self.at += c.len_utf8();
        Some(c)
    }

    fn byte(&mut self) -> Option<u8> {
        u8::try_from(self.char()?).ok()
    }

    /// A decimal number ended by `,`.
    fn number(&mut self) -> Option<u32> {
        let mut number: u32 = 0;
        for (i, &b) in self.text.as_bytes().get(self.at..)?.iter().enumerate() {
            match b {
                b'0'..=b'9' => number = number.checked_mul(10)?.checked_add(u32::from(b - b'0'))?,
                b',' if i > 0 => {
                    self.at += i + 1;
                    return Some(number);
                }
                _ => return None,
            }
        }
        None
    }
}
