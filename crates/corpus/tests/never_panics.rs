//! Property tests: the pipeline returns a result for any UTF-8 input, never a panic. Inputs mix
//! arbitrary text with the fragments the rules look for (brackets, ellipses, bullets, dates,
//! numbers, currency marks, quotes), so the edge cases of every rule get hit.
//!
//! More cases: `PROPTEST_CASES=5000 cargo test -p corpus --test never_panics`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use corpus::{analyze, clean, structure, Corpus};
use proptest::prelude::*;

/// Pieces of the kinds of text the rules react to.
const FRAGMENTS: &[&str] = &[
    "[1]",
    "[",
    "]",
    "{{",
    "}}",
    "''",
    "...",
    "…",
    " ... ",
    "\n",
    "\n\n",
    "•",
    "* ",
    "== ",
    " ==",
    "^",
    "1. ^",
    "(",
    ")",
    "(ABC)",
    "“",
    "”",
    "\"",
    "’",
    " – ",
    "—",
    ":",
    ";",
    ".",
    ". ",
    "?",
    "!",
    "$",
    "US$",
    "€",
    "1,200",
    "1.675",
    "billion",
    "million",
    "a",
    "an",
    "the",
    "As of ",
    "June",
    "2014",
    "19 October 1953",
    "1950s",
    "from 2002 to 2006",
    "2004/2005",
    "in 1951",
    "founded",
    "member states",
    "observer",
    "staff",
    "budget",
    "Director General",
    "Secretary General",
    "headquarters in",
    "name changes",
    " to the ",
    "Title: X",
    "Logo",
    "(Reuters)",
    "History 1",
    "References",
    "See also",
    "Copyright ©",
    "Mr.",
    "U.S.",
    "é",
    "日本",
    "\u{a0}",
    "\t",
    "\r\n",
    "four broad areas: a, b, and c.",
    "which are:",
];

fn fragment_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            1 => "[A-Za-z0-9 ]{0,12}",
            1 => any::<String>(),
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn cleaning_never_panics_and_maps_into_the_input(text in fragment_text()) {
        let doc = clean(&text);
        for block in &doc.blocks {
            if let Some(range) = block.text.raw_range() {
                prop_assert!(range.end <= text.len());
                prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            }
        }
    }

    #[test]
    fn structure_never_panics(text in fragment_text()) {
        let doc = structure(&text);
        for (_, _, s) in doc.sentences() {
            prop_assert!(s.start <= s.end && s.end <= text.len());
        }
    }

    #[test]
    fn wrapped_and_crlf_text_never_panics_and_maps_into_the_input(
        text in fragment_text(),
        width in 20usize..100,
        crlf in any::<bool>(),
    ) {
        let mut text = common::rewrap(&text, width);
        if crlf {
            text = text.replace('\n', "\r\n");
        }
        let doc = structure(&text);
        for (_, _, s) in doc.sentences() {
            prop_assert!(s.start <= s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        let _ = analyze(&Corpus::from_texts([("wrapped.txt", text)]));
    }

    #[test]
    fn the_whole_pipeline_never_panics(a in fragment_text(), b in any::<String>()) {
        let analysis = analyze(&Corpus::from_texts([("a.txt", a), ("b.txt", b)]));
        for fact in &analysis.facts {
            prop_assert!(!fact.sources.is_empty());
        }
    }
}

#[test]
fn a_one_megabyte_line_and_binary_like_text() {
    let line = "word, ".repeat(180_000);
    assert!(line.len() > 1_000_000);
    let _ = analyze(&Corpus::from_texts([("long.txt", line)]));
    let binary: String = (0u32..5000)
        .filter_map(|i| char::from_u32((i * 7919) % 0x3000))
        .collect();
    let _ = analyze(&Corpus::from_texts([("binary.txt", binary)]));
    let _ = analyze(&Corpus::from_texts([(
        "nul.txt",
        "\0\0\0 ... [1] \u{fffd}".repeat(1000),
    )]));
}
