//! Regular expressions compiled for the alphabet of the text they are asked about.
//!
//! A pattern with Unicode classes (`\p{L}`, `\w`, a case-insensitive letter) compiles every class
//! to its UTF-8 automaton, once per repetition: `[\p{L}. ]{0,40}` is forty copies of a class of
//! 700 ranges, and a handful of such patterns cost a fresh process more than cleaning a page. Most
//! text is written in the Latin script, and a Latin-script text can only take the Latin-script
//! paths of a pattern. So a [`Regex`] compiles on its first use, and for a text whose characters
//! are all in [`is_latin`]'s blocks it compiles a copy whose classes are cut down to those blocks
//! and whose literals with any other character never match. The copy finds exactly what the whole
//! pattern finds in such a text: every step of a match reads a character of the text, a class or
//! literal that reads it keeps it, and nothing else changes (look-arounds, the order of the
//! alternatives, the capture groups). The same holds for any alphabet: a text that also holds
//! symbols without letters (emoji, an icon font's glyphs: [`SYMBOLS`]) gets a second copy, cut
//! down to the Latin blocks and those, and a text in other scripts (a menu of languages, a page
//! in Russian) a copy cut down to those blocks and its scripts' ranges ([`SCRIPTS`]), from the
//! whole pattern's syntax tree: a class of every letter compiles to a large automaton, and its
//! letters of one script to a small one. A pattern asked about texts in more and more scripts
//! compiles whole after four such copies, and the whole pattern then answers every text, as a
//! `regex::Regex` would.
//!
//! Cutting a pattern down (parsing, pruning, translating with its case folded) costs as much as
//! compiling the copy, so the wide copies of the built-in patterns that pages ask about are
//! written out in `alphabet/copies.rs` (as `alphabet/hir_text.rs` writes a syntax tree) and read
//! from there, the Latin copy cut down further as it is read; a test checks that each is current,
//! and a pattern without a written copy is cut down when first asked.

use regex_automata::meta;
use regex_automata::util::captures::Captures as Groups;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind};
use regex_syntax::ast::{
    self, Ast, ClassSet, ClassSetItem, ClassUnicodeKind, GroupKind, LiteralKind, RepetitionKind, RepetitionRange,
};
use regex_syntax::hir::{self, Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Repetition};
use std::borrow::Cow;
use std::sync::{LazyLock, Mutex, OnceLock, PoisonError};

mod copies;
mod hir_text;
mod matcher;

/// The blocks of the Latin copy: Basic Latin to the combining accents (Latin-1, Latin Extended-A
/// and -B, IPA, modifier letters), Latin Extended Additional, and the punctuation and symbols of
/// Latin-script pages (curly quotes, dashes, super- and subscripts, currencies, ™, arrows, shapes,
/// dingbats).
const LATIN: [(char, char); 3] = [('\0', '\u{36F}'), ('\u{1E00}', '\u{1EFF}'), ('\u{2000}', '\u{27BF}')];

/// The blocks of symbols without letters that Latin-script pages carry too, read by the wide copy
/// with [`LATIN`]'s, in order: Braille, more arrows and stars, the private use area (an icon
/// font's glyphs), the variation selectors, the byte order mark, the replacement character, emoji
/// and the tags of flags. They add a few ranges to a negated class and nothing to a class of
/// letters, so an emoji costs a copy as cheap as the Latin one, where the whole pattern cost ten
/// times as much; the Latin copy leaves them out, as each range makes its classes dearer to
/// compile.
const SYMBOLS: [(char, char); 7] = [
    ('\u{27C0}', '\u{2BFF}'),
    ('\u{E000}', '\u{F8FF}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFF9}', '\u{FFFD}'),
    ('\u{1F000}', '\u{1FAFF}'),
    ('\u{E0000}', '\u{E007F}'),
];

/// The code points outside [`LATIN`] and [`SYMBOLS`], in order, each range with its group of
/// scripts (a bit of [`Alphabet::Scripts`]): Greek; Cyrillic and Armenian; Hebrew, Arabic and
/// their neighbours; the Indic scripts; the rest of the scripts to the phonetic extensions;
/// Glagolitic to the CJK radicals; CJK; Yi to Hangul; the rest of the BMP (compatibility
/// ideographs, presentation and fullwidth forms); the other planes.
const SCRIPTS: [(char, char, u8); 16] = [
    ('\u{370}', '\u{3FF}', 0),
    ('\u{400}', '\u{58F}', 1),
    ('\u{590}', '\u{8FF}', 2),
    ('\u{900}', '\u{DFF}', 3),
    ('\u{E00}', '\u{1DFF}', 4),
    ('\u{1F00}', '\u{1FFF}', 0),
    ('\u{2C00}', '\u{2FFF}', 5),
    ('\u{3000}', '\u{9FFF}', 6),
    ('\u{A000}', '\u{D7FF}', 7),
    ('\u{F900}', '\u{FDFF}', 8),
    ('\u{FE10}', '\u{FEFE}', 8),
    ('\u{FF00}', '\u{FFF8}', 8),
    ('\u{FFFE}', '\u{FFFF}', 8),
    ('\u{10000}', '\u{1EFFF}', 9),
    ('\u{1FB00}', '\u{DFFFF}', 10),
    ('\u{E0080}', '\u{10FFFF}', 10),
];

/// The alphabet a copy of a pattern is cut down to; a text is asked about on a copy whose
/// alphabet holds its characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Alphabet {
    /// [`LATIN`]'s blocks.
    Latin,
    /// [`LATIN`]'s and [`SYMBOLS`]' blocks.
    Wide,
    /// Those and the ranges of [`SCRIPTS`] whose group's bit is set.
    Scripts(u16),
}

impl Alphabet {
    /// The smallest alphabet that holds every character of `text`.
    fn of(text: &str) -> Alphabet {
        if text.is_ascii() {
            return Alphabet::Latin;
        }
        let (mut wide, mut scripts) = (false, 0u16);
        // ASCII bytes, most of the text, are skipped without decoding.
        let mut rest = text;
        while let Some(at) = rest.bytes().position(|b| !b.is_ascii()) {
            let mut chars = rest[at..].chars();
            let Some(c) = chars.next() else { break };
            rest = chars.as_str();
            if within(&LATIN, c) {
                continue;
            }
            if within(&SYMBOLS, c) {
                wide = true;
            } else if let Some(&(_, _, group)) = SCRIPTS.iter().find(|&&(_, hi, _)| c <= hi) {
                scripts |= 1 << group;
            }
        }
        match (wide, scripts) {
            (false, 0) => Alphabet::Latin,
            (true, 0) => Alphabet::Wide,
            (_, scripts) => Alphabet::Scripts(scripts),
        }
    }

    /// The alphabet's characters.
    fn class(self) -> ClassUnicode {
        match self {
            Alphabet::Latin => blocks(&LATIN),
            Alphabet::Wide => wide(),
            Alphabet::Scripts(scripts) => {
                let mut class = wide();
                let ranges = SCRIPTS.iter().filter(|&&(_, _, group)| scripts & (1 << group) != 0);
                class.union(&ClassUnicode::new(ranges.map(|&(lo, hi, _)| ClassUnicodeRange::new(lo, hi))));
                class
            }
        }
    }
}

/// Whether `c` is in one of `blocks` (in order).
fn within(blocks: &[(char, char)], c: char) -> bool {
    // The first block past `c`'s start holds it, if any does.
    blocks.iter().find(|&&(_, hi)| c <= hi).is_some_and(|&(lo, _)| lo <= c)
}

/// Whether every character of `text` is in the Latin blocks the written copies read.
#[cfg(test)]
fn is_latin(text: &str) -> bool {
    !matches!(Alphabet::of(text), Alphabet::Scripts(_))
}

/// A regular expression (the `regex` crate's syntax and semantics), compiled on first use, as a
/// copy cut down to the alphabet of the text asked about: the Latin blocks, with or without the
/// symbol blocks, or those and the scripts of the text.
pub(crate) struct Regex {
    source: Cow<'static, str>,
    /// The lazy DFA's cache, in bytes (per thread that uses it), as `RegexBuilder::dfa_size_limit`.
    cache_capacity: usize,
    /// The Latin and the wide copy.
    copies: [Compiled; 2],
    /// The copies for text in other scripts, each holding the scripts of the one before: a text
    /// goes to the first that holds its scripts, or else to the first unused, which takes them
    /// and all the scripts before.
    scripts: [OnceLock<Compiled>; SCRIPT_COPIES],
    /// The pattern's syntax tree, whole: the copies for other scripts are cut down from it.
    /// (Pruning and translating the pattern for each copy's alphabet, as the wide copy is cut
    /// down, cost 7% more instructions on 5 MB of pages: a copy's literals folded anew each time.)
    whole_hir: OnceLock<Option<Hir>>,
    /// The whole pattern, for a text in more scripts than the copies take, or where a copy does
    /// not build.
    whole: OnceLock<meta::Regex>,
}

/// How many copies a pattern may have for text in other scripts before it compiles whole: one
/// page's menu of languages in Greek, Cyrillic, CJK and Hangul takes one. (On 5 MB of pages, 2,
/// 3, 8 or 11 copies, or a fourth for every script, cost 1% to 4% more instructions than 4.)
const SCRIPT_COPIES: usize = 4;

/// A cut-down copy, compiled as its searches ask.
struct Compiled {
    alphabet: Alphabet,
    /// `None` when the copy could not be built (it never fails where the whole pattern builds).
    regex: OnceLock<Option<meta::Regex>>,
    /// The copy's engines that answer `is_match` alone; `None` where they do not build (then
    /// `regex` answers).
    matcher: OnceLock<Option<matcher::Matcher>>,
    /// The copy's syntax tree, read once for both: a pattern asked for a match and for its
    /// captures builds both engines, and read twice the largest trees (the byline's, the
    /// dates') cost a fresh process 3% of its instructions.
    hir: OnceLock<Option<Hir>>,
}

impl Compiled {
    const fn new(alphabet: Alphabet) -> Compiled {
        Compiled { alphabet, regex: OnceLock::new(), matcher: OnceLock::new(), hir: OnceLock::new() }
    }

    /// The copy's syntax tree, read now if it was not.
    fn hir(&self, pattern: &Regex) -> Option<&Hir> {
        self.hir.get_or_init(|| pattern.copy_hir(self.alphabet)).as_ref()
    }

    /// The copy's `meta::Regex`, built now if it was not.
    fn regex(&self, pattern: &Regex) -> Option<&meta::Regex> {
        self.regex.get_or_init(|| pattern.latin_builder().build_from_hir(self.hir(pattern)?).ok()).as_ref()
    }

    /// Whether the copy matches in `text`; `None` when the engines of `is_match` do not build or
    /// give up.
    fn is_match(&self, pattern: &Regex, text: &str) -> Option<bool> {
        if let Some(Some(regex)) = self.regex.get() {
            return Some(regex.is_match(text));
        }
        let matcher = self.matcher.get_or_init(|| matcher::Matcher::new(self.hir(pattern)?, pattern.cache_capacity));
        matcher.as_ref()?.is_match(text)
    }
}

/// The lazy DFA's cache of `regex::Regex::new`, in bytes.
const DEFAULT_CACHE_CAPACITY: usize = 2 << 20;

/// The NFA size limit of `regex::Regex::new`, in bytes.
const NFA_SIZE_LIMIT: usize = 10 << 20;

impl Regex {
    /// A built-in pattern; it is compiled when first used.
    pub(crate) const fn new(source: &'static str) -> Regex {
        Regex {
            source: Cow::Borrowed(source),
            cache_capacity: DEFAULT_CACHE_CAPACITY,
            copies: [Compiled::new(Alphabet::Latin), Compiled::new(Alphabet::Wide)],
            scripts: [const { OnceLock::new() }; SCRIPT_COPIES],
            whole_hir: OnceLock::new(),
            whole: OnceLock::new(),
        }
    }

    /// A built-in pattern put together at run time.
    pub(crate) fn from_string(source: String) -> Regex {
        Regex { source: Cow::Owned(source), ..Regex::new("") }
    }

    /// The same pattern with a lazy DFA cache of `bytes` (per thread that uses it).
    pub(crate) const fn with_cache_capacity(mut self, bytes: usize) -> Regex {
        self.cache_capacity = bytes;
        self
    }

    /// The pattern as written.
    #[cfg(test)]
    pub(crate) fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the pattern compiles, whole and cut down to the Latin and the wide blocks.
    #[cfg(test)]
    pub(crate) fn compiles(&self) -> bool {
        self.builder().build(&self.source).is_ok() && self.copies.iter().all(|copy| copy.regex(self).is_some())
    }

    /// The compiled regex that answers for `text`.
    fn for_text(&self, text: &str) -> &meta::Regex {
        #[cfg(test)]
        record(&self.source);
        if let Some(whole) = self.whole.get() {
            return whole;
        }
        if let Some(regex) = self.copy_for(text).and_then(|copy| copy.regex(self)) {
            return regex;
        }
        self.whole.get_or_init(|| self.builder().build(&self.source).expect("built-in patterns compile"))
    }

    /// The copy that answers for `text`; `None` for a text in more scripts than the copies take.
    fn copy_for(&self, text: &str) -> Option<&Compiled> {
        let scripts = match Alphabet::of(text) {
            Alphabet::Latin => return Some(&self.copies[0]),
            Alphabet::Wide => return Some(&self.copies[1]),
            Alphabet::Scripts(scripts) => scripts,
        };
        let mut taken = scripts;
        for slot in &self.scripts {
            let copy = slot.get_or_init(|| Compiled::new(Alphabet::Scripts(taken)));
            let Alphabet::Scripts(held) = copy.alphabet else { return None };
            if held & scripts == scripts {
                return Some(copy);
            }
            taken |= held;
        }
        None
    }

    fn builder(&self) -> meta::Builder {
        // What `regex::RegexBuilder` configures for a `Regex` of `&str`.
        let config = meta::Config::new()
            .match_kind(MatchKind::LeftmostFirst)
            .utf8_empty(true)
            .nfa_size_limit(Some(NFA_SIZE_LIMIT))
            .hybrid_cache_capacity(self.cache_capacity);
        let mut builder = meta::Builder::new();
        builder.configure(config).syntax(syntax::Config::new().utf8(true));
        builder
    }

    /// The builder of a Latin copy: without the prefilters of its literals. A copy answers the
    /// searches `is_match` alone does not (groups, spans), on lines already found to hold what
    /// they look for, where a prefilter saves little; extracting the literals, and for an inner
    /// literal building a reverse NFA of what precedes it, cost a fresh process 3% of its
    /// instructions.
    fn latin_builder(&self) -> meta::Builder {
        let mut builder = self.builder();
        builder.configure(meta::Config::new().auto_prefilter(false));
        builder
    }

    /// The copy cut down to `alphabet`: the wide copy as written in `copies.rs` or cut down now,
    /// the Latin copy cut down from it, and a copy for other scripts cut down from the whole
    /// pattern (whose syntax tree costs a tenth of compiling it whole).
    fn copy_hir(&self, alphabet: Alphabet) -> Option<Hir> {
        if let Alphabet::Scripts(_) = alphabet {
            let whole =
                self.whole_hir.get_or_init(|| syntax::parse_with(&self.source, &syntax::Config::new().utf8(true)).ok());
            return Some(cut_down(whole.as_ref()?, &alphabet.class()));
        }
        let latin = (alphabet == Alphabet::Latin).then_some(&LATIN[..]);
        match copies::LATIN_COPIES.binary_search_by(|&(source, _)| source.cmp(&self.source)) {
            Ok(i) => hir_text::read(copies::LATIN_COPIES[i].1, latin),
            Err(_) => {
                let wide = latin_copy(&self.source)?;
                Some(if latin.is_some() { cut_down(&wide, &blocks(&LATIN)) } else { wide })
            }
        }
    }

    /// Whether the pattern matches somewhere in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        #[cfg(test)]
        record(&self.source);
        // As `for_text`, but a copy answers with the engines of `is_match` alone, unless it was
        // built for another search.
        if self.whole.get().is_none()
            && let Some(found) = self.copy_for(text).and_then(|copy| copy.is_match(self, text))
        {
            return found;
        }
        self.for_text(text).is_match(text)
    }

    /// The leftmost-first match in `text`.
    pub(crate) fn find<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        self.for_text(text).find(text).map(|m| Match { text, start: m.start(), end: m.end() })
    }

    /// The groups of the leftmost-first match in `text`.
    pub(crate) fn captures<'h>(&self, text: &'h str) -> Option<Captures<'h>> {
        let regex = self.for_text(text);
        let mut groups = regex.create_captures();
        regex.search_captures(&Input::new(text), &mut groups);
        groups.is_match().then_some(Captures { text, groups })
    }

    /// The groups of every successive non-overlapping match in `text`.
    pub(crate) fn captures_iter<'h>(&self, text: &'h str) -> impl Iterator<Item = Captures<'h>> {
        self.for_text(text).captures_iter(text).map(move |groups| Captures { text, groups })
    }

    /// The pieces of `text` between successive non-overlapping matches.
    pub(crate) fn split<'h>(&self, text: &'h str) -> impl Iterator<Item = &'h str> {
        self.for_text(text).split(text).map(move |span| &text[span])
    }
}

/// `source` cut down to the blocks of the wide copy: as `syntax::parse_with` with the builder's
/// syntax, with the alternatives that cannot match such a text pruned between parsing and
/// translating (translating is where a case-insensitive literal is folded, and a date pattern's
/// month names in ten scripts cost more than all the rest), then [`cut_down`].
fn latin_copy(source: &str) -> Option<Hir> {
    let mut ast = ast::parse::Parser::new().parse(source).ok()?;
    prune(&mut ast);
    let hir = hir::translate::TranslatorBuilder::new().utf8(true).build().translate(source, &ast).ok()?;
    Some(cut_down(&hir, &wide()))
}

/// `blocks` as a class.
fn blocks(blocks: &[(char, char)]) -> ClassUnicode {
    ClassUnicode::new(blocks.iter().map(|&(lo, hi)| ClassUnicodeRange::new(lo, hi)))
}

/// The blocks of the wide copy as a class.
fn wide() -> ClassUnicode {
    let mut class = blocks(&LATIN);
    class.union(&blocks(&SYMBOLS));
    class
}

/// The characters a case-insensitive literal of one of the wide copy's blocks can match: the
/// blocks and the characters outside them that fold to one inside (Greek μ to the micro sign µ, Ω
/// to the ohm sign Ω). A literal outside this class matches nothing in a text the copies read,
/// with or without `(?i)`.
static LATIN_FOLDED: LazyLock<ClassUnicode> = LazyLock::new(|| {
    let mut class = wide();
    class.case_fold_simple();
    class
});

/// `ast` with every alternative that can match no Latin-script text replaced by an empty class,
/// unless it holds a capture group (the groups keep their numbers) or sets flags (which would
/// reach the alternatives after it), and every `\p{..}` class narrowed (see [`narrowed`]).
fn prune(ast: &mut Ast) {
    match ast {
        Ast::Alternation(alternation) => {
            for alternative in &mut alternation.asts {
                if never_latin(alternative) && !binds(alternative) {
                    *alternative = nothing(*alternative.span());
                } else {
                    prune(alternative);
                }
            }
        }
        Ast::Concat(concat) => concat.asts.iter_mut().for_each(prune),
        Ast::Group(group) => prune(&mut group.ast),
        Ast::Repetition(repetition) => prune(&mut repetition.ast),
        Ast::ClassUnicode(class) => {
            if let Some(narrow) = narrowed(class) {
                *ast = Ast::class_bracketed(narrow);
            }
        }
        Ast::ClassBracketed(class) => narrow_set(&mut class.kind),
        _ => {}
    }
}

/// `set` with its `\p{..}` classes narrowed.
fn narrow_set(set: &mut ClassSet) {
    match set {
        ClassSet::BinaryOp(operation) => {
            narrow_set(&mut operation.lhs);
            narrow_set(&mut operation.rhs);
        }
        ClassSet::Item(item) => narrow_item(item),
    }
}

fn narrow_item(item: &mut ClassSetItem) {
    match item {
        ClassSetItem::Unicode(class) => {
            if let Some(narrow) = narrowed(class) {
                *item = ClassSetItem::Bracketed(Box::new(narrow));
            }
        }
        ClassSetItem::Bracketed(class) => narrow_set(&mut class.kind),
        ClassSetItem::Union(union) => union.items.iter_mut().for_each(narrow_item),
        _ => {}
    }
}

/// `\p{X}` (or `\P{X}`) as a bracketed class of the characters of X in [`LATIN_FOLDED`].
/// Translating `\p{L}` costs a table of 700 ranges, and under `(?i)` folding the case of every
/// letter of every script; the narrowed class costs a few dozen ranges and the Latin letters. It
/// gives the same class once cut down to the Latin blocks, whatever the flags and set operations
/// around it: two classes that agree on `LATIN_FOLDED` still agree after a union, intersection,
/// difference, negation or case folding (a character folds into `LATIN_FOLDED` only from inside
/// it).
fn narrowed(class: &ast::ClassUnicode) -> Option<ast::ClassBracketed> {
    static PARTS: Mutex<Vec<(ClassUnicodeKind, Option<Vec<ClassUnicodeRange>>)>> = Mutex::new(Vec::new());
    // `\p{name=value}` may be negated by its operator: left as written.
    if !matches!(class.kind, ClassUnicodeKind::OneLetter(_) | ClassUnicodeKind::Named(_)) {
        return None;
    }
    let span = class.span;
    let ranges = {
        let mut parts = PARTS.lock().unwrap_or_else(PoisonError::into_inner);
        match parts.iter().find(|(kind, _)| *kind == class.kind) {
            Some((_, ranges)) => ranges.clone(),
            None => {
                let whole = Ast::class_unicode(ast::ClassUnicode { span, negated: false, kind: class.kind.clone() });
                let ranges = match hir::translate::Translator::new().translate("", &whole).map(Hir::into_kind) {
                    Ok(HirKind::Class(Class::Unicode(mut whole))) => {
                        whole.intersect(&LATIN_FOLDED);
                        Some(whole.ranges().to_vec())
                    }
                    _ => None,
                };
                parts.push((class.kind.clone(), ranges.clone()));
                ranges
            }
        }
    }?;
    let literal = |c| ast::Literal { span, kind: LiteralKind::Verbatim, c };
    let items = ranges
        .iter()
        .map(|r| ClassSetItem::Range(ast::ClassSetRange { span, start: literal(r.start()), end: literal(r.end()) }))
        .collect();
    Some(ast::ClassBracketed {
        span,
        negated: class.negated,
        kind: ClassSet::union(ast::ClassSetUnion { span, items }),
    })
}

/// Whether `ast` surely matches nothing in a Latin-script text: it must read a literal written as
/// itself (not an escape, which may stand for a byte) outside [`LATIN_FOLDED`].
fn never_latin(ast: &Ast) -> bool {
    match ast {
        Ast::Literal(literal) => {
            literal.kind == LiteralKind::Verbatim && {
                let c = literal.c;
                !LATIN_FOLDED.ranges().iter().any(|r| r.start() <= c && c <= r.end())
            }
        }
        Ast::Concat(concat) => concat.asts.iter().any(never_latin),
        Ast::Alternation(alternation) => alternation.asts.iter().all(never_latin),
        Ast::Group(group) => never_latin(&group.ast),
        Ast::Repetition(repetition) => {
            let least = match repetition.op.kind {
                RepetitionKind::ZeroOrOne | RepetitionKind::ZeroOrMore => 0,
                RepetitionKind::OneOrMore => 1,
                RepetitionKind::Range(
                    RepetitionRange::Exactly(n) | RepetitionRange::AtLeast(n) | RepetitionRange::Bounded(n, _),
                ) => n,
            };
            least > 0 && never_latin(&repetition.ast)
        }
        _ => false,
    }
}

/// Whether `ast` holds a capture group or sets flags.
fn binds(ast: &Ast) -> bool {
    match ast {
        Ast::Flags(_) => true,
        Ast::Group(group) => !matches!(group.kind, GroupKind::NonCapturing(_)) || binds(&group.ast),
        Ast::Concat(concat) => concat.asts.iter().any(binds),
        Ast::Alternation(alternation) => alternation.asts.iter().any(binds),
        Ast::Repetition(repetition) => binds(&repetition.ast),
        _ => false,
    }
}

/// A class of no characters: it never matches.
fn nothing(span: ast::Span) -> Ast {
    let empty = ClassSet::Item(ClassSetItem::Empty(span));
    Ast::class_bracketed(ast::ClassBracketed { span, negated: false, kind: empty })
}

/// `hir` with its classes cut down to `alphabet` and its literals holding a character outside it
/// made to never match: in a text of that alphabet, it matches exactly where `hir` does.
fn cut_down(hir: &Hir, alphabet: &ClassUnicode) -> Hir {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) | HirKind::Class(Class::Bytes(_)) => hir.clone(),
        HirKind::Literal(literal) => {
            let readable = std::str::from_utf8(&literal.0).is_ok_and(|text| {
                text.chars().all(|c| alphabet.ranges().iter().any(|r| r.start() <= c && c <= r.end()))
            });
            if readable { hir.clone() } else { Hir::fail() }
        }
        HirKind::Class(Class::Unicode(class)) => {
            let mut class = class.clone();
            class.intersect(alphabet);
            Hir::class(Class::Unicode(class))
        }
        HirKind::Repetition(repetition) => {
            Hir::repetition(Repetition { sub: Box::new(cut_down(&repetition.sub, alphabet)), ..repetition.clone() })
        }
        HirKind::Capture(capture) => {
            Hir::capture(Capture { sub: Box::new(cut_down(&capture.sub, alphabet)), ..capture.clone() })
        }
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(|sub| cut_down(sub, alphabet)).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(|sub| cut_down(sub, alphabet)).collect()),
    }
}

#[cfg(test)]
thread_local! {
    /// The patterns asked about on this thread while it records (see [`record`]).
    static RECORDED: std::cell::RefCell<Option<std::collections::BTreeSet<String>>> =
        const { std::cell::RefCell::new(None) };
}

/// Notes that `source` was asked about, when this thread records.
#[cfg(test)]
fn record(source: &str) {
    RECORDED.with_borrow_mut(|recorded| {
        if let Some(recorded) = recorded
            && !recorded.contains(source)
        {
            recorded.insert(source.to_owned());
        }
    });
}

/// A match: its span in the text it was found in.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Match<'h> {
    text: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    /// Where the match starts, in bytes.
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    /// Where the match ends, in bytes.
    pub(crate) fn end(&self) -> usize {
        self.end
    }

    /// The span of the match, in bytes.
    pub(crate) fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The matched text.
    pub(crate) fn as_str(&self) -> &'h str {
        &self.text[self.start..self.end]
    }
}

/// The groups of one match.
pub(crate) struct Captures<'h> {
    text: &'h str,
    groups: Groups,
}

impl<'h> Captures<'h> {
    /// The group with this index (0 is the whole match), when it took part in the match.
    pub(crate) fn get(&self, index: usize) -> Option<Match<'h>> {
        self.groups.get_group(index).map(|span| Match { text: self.text, start: span.start, end: span.end })
    }

    /// The group with this name, when it took part in the match.
    pub(crate) fn name(&self, name: &str) -> Option<Match<'h>> {
        self.groups.get_group_by_name(name).map(|span| Match { text: self.text, start: span.start, end: span.end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cut-down copy answers a Latin-script text as the whole pattern does, and a text in
    /// another script gets the whole pattern.
    #[test]
    fn answers_as_the_whole_pattern() {
        let rows: &[(&str, &[&str])] = &[
            (
                r"(?i)^(?:[\p{L}. ]{0,40}(?:/|via)\s*)?(?:getty images|afp|reuters)\W*$",
                &["Photo: Jane Doe/Getty Images", "Foto: Jürgen Groß via Reuters", "Фото: Reuters", "REUTERS"],
            ),
            (r"(?i)\b(?:écrit|wrote|пишет)\b", &["Marie a écrit:", "Jane wrote", "Иван пишет", "Ivan пишет"]),
            (
                r"^\p{Lu}[\p{L}'’.-]*\s+(?P<last>\p{Lu}\p{L}+)$",
                &["Jane O’Neil", "Łukasz Nowak", "Дмитрий Петров", "x Y"],
            ),
            (r"\d+\s*[×x]\s*\d+\s*(?:cm|mm)", &["11 × 8 cm", "3x4mm", "5 х 6 cm"]),
            // Every match ends at the end: read backwards from there.
            (
                r"(?i)\S.{5,},\s+\d{1,2}\s+(?:jan|feb|mär)[a-zä]*\.?\s+\d{4}\.?$",
                &[
                    "Posted by Jürgen, 3 März 2024",
                    "Posted by Jane, 3 Feb. 2024.",
                    "Jane, 3 Feb 2024 and more",
                    "x, 3 Jan 2024",
                ],
            ),
            // A Unicode word boundary: the lazy DFA quits at a non-ASCII byte, and the backtracker
            // (short texts) or the PikeVM (longer ones) answers.
            (
                r"^(?i)\w+\b.{0,200}\bwrote\b",
                &[
                    "Jürgen wrote",
                    "Jürgenwrote",
                    "Jürgen Groß, who had been asked about the matter several times over the years, finally wrote",
                    "Jürgen Groß, who had been asked about the matter several times over the years, and again this week, finally wrote",
                    "Jürgen Groß, who had been asked about the matter several times over the years, and again this week, finally wroteit",
                ],
            ),
            // Alternatives in other scripts are pruned, but not Greek μ (it folds to the micro
            // sign µ), nor one with a group (the groups keep their numbers).
            (
                r"(?i)^(?:μ|январ\w*|(?P<last>год)|date|(?-i)Дата)\s*\d",
                &["µ 5", "Date 3", "январь 3", "ГОД 1", "дата 2", "Дата 2"],
            ),
            // Narrowed `\p{..}` classes, negated, folded and in set operations.
            (
                r"(?i)^\p{Lu}\P{L}+[\p{L}&&[^a-z]][\W&&[^\p{L}\d]]?(?-i:\p{Lu})?\p{Han}?$",
                &["µ12É", "m12é!", "Μ12ß", "x 3ä–", "ſ 3Ä", "K 3ÄX", "Ж 3ä", "x 3ä東"],
            ),
            // Emoji, icons and selectors are in the blocks of the copy: negated classes and
            // classes of symbols read them, classes of letters do not.
            (
                r"^\S+\s+[^\p{L}\d]+\P{L}(?:\w|\p{So})?$",
                &["hi 👍🏽!", "x ⭐\u{FE0F}!", "a \u{F099}.", "b 🇫🇷🇫🇷", "c 🄰🄱", "d \u{FEFF}…ж"],
            ),
            // Texts in other scripts: copies for more and more scripts, then the whole pattern.
            (
                r"(?i)^\w+\s\W?[\p{L}&&[^ж]]*(?:\d|\p{Han})?$",
                &["ab Ωx", "ab Жx", "ab Ж2", "ab עx", "ab 東x", "ab Ω東", "ab 한x", "ab ไx", "ab ᚠx", "ab 𐌰x", "ab x"],
            ),
        ];
        for &(pattern, texts) in rows {
            let reference = regex::Regex::new(pattern).expect("test pattern compiles");
            let regex = Regex::new(pattern);
            assert!(regex.compiles(), "{pattern}");
            for text in texts {
                assert_eq!(regex.is_match(text), reference.is_match(text), "{pattern} on {text}");
                let found = regex.find(text).map(|m| m.range());
                assert_eq!(found, reference.find(text).map(|m| m.range()), "{pattern} on {text}");
                let last = regex.captures(text).and_then(|c| c.name("last")).map(|m| m.as_str());
                let expected = reference.captures(text).and_then(|c| c.name("last")).map(|m| m.as_str());
                assert_eq!(last, expected, "{pattern} on {text}");
            }
        }
    }

    /// Every pattern that cleaning the corpus (and the pages of the folders in
    /// `DECHAFF_LATIN_PAGES`, separated by `:`) asks about has its copy in `copies.rs`, and every
    /// copy there reads as the pattern cut down. `DECHAFF_WRITE_LATIN_COPIES=1 cargo test --lib
    /// alphabet::tests::latin_copies_are_current` writes the file anew (then run `cargo fmt`).
    #[test]
    fn latin_copies_are_current() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut folders = vec![root.join("corpus")];
        if let Ok(more) = std::env::var("DECHAFF_LATIN_PAGES") {
            folders.extend(more.split(':').filter(|f| !f.is_empty()).map(std::path::PathBuf::from));
        }
        RECORDED.set(Some(std::collections::BTreeSet::new()));
        for folder in folders {
            let mut pages: Vec<_> =
                std::fs::read_dir(&folder).expect("page folder").flatten().map(|e| e.path()).collect();
            pages.sort();
            for page in pages.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
                if let Ok(text) = std::fs::read_to_string(page) {
                    crate::clean(&text);
                }
            }
        }
        let sources = RECORDED.take().expect("recording");
        let written = |source: &str| hir_text::write(&latin_copy(source).expect("built-in patterns cut down"));
        if std::env::var_os("DECHAFF_WRITE_LATIN_COPIES").is_some() {
            let mut file = String::from(COPIES_HEADER);
            for source in &sources {
                file.push_str(&format!("    (\n        {source:?},\n        {:?},\n    ),\n", written(source)));
            }
            file.push_str("];\n");
            std::fs::write(root.join("src/alphabet/copies.rs"), file).expect("copies.rs written");
            return;
        }
        for source in &sources {
            assert!(
                copies::LATIN_COPIES.binary_search_by(|&(s, _)| s.cmp(source)).is_ok(),
                "no copy of {source} in src/alphabet/copies.rs: write it anew (see this test)"
            );
        }
        assert!(copies::LATIN_COPIES.is_sorted_by(|a, b| a.0 < b.0));
        for &(source, copy) in copies::LATIN_COPIES {
            assert_eq!(copy, written(source), "the copy of {source} is stale: write copies.rs anew (see this test)");
            let wide = latin_copy(source);
            assert!(hir_text::read(copy, None) == wide, "the copy of {source} reads otherwise");
            let latin = wide.map(|wide| cut_down(&wide, &blocks(&LATIN)));
            assert!(hir_text::read(copy, Some(&LATIN)) == latin, "the Latin copy of {source} reads otherwise");
        }
    }

    const COPIES_HEADER: &str =
        "//! The built-in patterns that pages ask about, cut down to the Latin and symbol blocks and
//! written out (`hir_text`): a fresh process reads a copy's syntax tree as it is written, for a
//! fraction of what parsing, pruning, translating (folding the case of literals) and cutting
//! down the pattern cost. Written by `alphabet::tests::latin_copies_are_current`, which checks
//! that every copy is current; do not edit.

/// Each pattern, in order, and its copy.
pub(super) const LATIN_COPIES: &[(&str, &str)] = &[
";

    #[test]
    fn latin_blocks() {
        assert!(is_latin("Crème brûlée – “quoted” → 5 €, ™, x², ⭐ 👍🏽 🇫🇷 \u{FE0F}\u{FEFF}\u{F099}"));
        assert!(!is_latin("Москва"));
        assert!(!is_latin("東京"));
    }
}
