//! Cleaning on the real seeds: the noise goes, the content stays, in reading order, and every
//! kept block still points at its bytes in the raw file.

mod common;

use common::{load_seeds, seed};
use corpus::{clean, BlockKind, CleanDoc, Noise};

fn all_text(doc: &CleanDoc) -> String {
    doc.blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn kinds<'a>(doc: &'a CleanDoc, kind: &BlockKind) -> Vec<&'a str> {
    doc.blocks
        .iter()
        .filter(|b| &b.kind == kind)
        .map(|b| b.text.as_str())
        .collect()
}

#[test]
fn no_noise_survives_in_any_seed() {
    let noise = [
        "World Library",
        "Flag as Inappropriate",
        "Email this Article",
        "Article Id",
        "WHEBN",
        "Reproduction Date",
        "Retrieved",
        "^",
        "{{",
        "==",
        "''",
        "Creative Commons",
        "Copyright",
        "All rights reserved",
        "Terms of Use",
        "World Heritage Encyclopedia",
        "IGOs are established by a treaty",
        "Migrant workers usually do not have",
        "Repubblica Italiana",
        "...",
        "[1",
        "History 1",
        "Authority control",
        "Andrijasevic",
        "DOI",
        "See also",
        "External links",
        "Source: websites",
        "Official blog",
        "Member states:",
        "Observer States:",
        "Through the",
        "derived from the",
    ];
    for doc in load_seeds().documents() {
        let text = all_text(&clean(&doc.raw));
        for n in noise {
            assert!(!text.contains(n), "{} still contains {n:?}", doc.name);
        }
    }
}

#[test]
fn hover_cards_are_cut_and_sentences_rejoined() {
    let doc = clean(&seed("000"));
    let lead = doc.blocks[0].text.as_str();
    for joined in [
        "is an intergovernmental organization that provides services",
        "refugees, and migrant workers. In September 2016",
        "related organization of the United Nations. It was initially established in 1951",
        "displaced by World War II. As of 2021",
    ] {
        assert!(lead.contains(joined), "{joined:?} in {lead:?}");
    }
    assert!(all_text(&doc).contains("concluded on 19 October 1953 in Venice as the Constitution"));
    assert_eq!(doc.removed[&Noise::Gloss], 5);
}

#[test]
fn the_reversed_document_is_put_back_in_reading_order() {
    let doc = clean(&seed("001"));
    assert!(doc.reordered);
    assert_eq!(
        doc.title.as_deref(),
        Some("International Organization for Migration")
    );
    assert_eq!(doc.contents[..2], ["History", "Activities"]);
    // The history paragraphs have no heading; the table of contents names it.
    let history = doc
        .blocks
        .iter()
        .position(|b| b.text.as_str() == "History")
        .unwrap();
    assert!(doc.blocks[history + 1]
        .text
        .as_str()
        .starts_with("IOM, or as it was first known"));
    let paragraphs = kinds(&doc, &BlockKind::Paragraph);
    assert!(paragraphs[0].starts_with("It is the principal intergovernmental organization"));
    let headings = kinds(&doc, &BlockKind::Heading);
    let position = |h: &str| headings.iter().position(|x| *x == h).unwrap();
    assert!(position("Humanitarian Emergencies") < position("Labour Migration"));
    assert!(position("Labour Migration") < position("Member States"));
    // Each heading comes before its text.
    let i = doc
        .blocks
        .iter()
        .position(|b| b.text.as_str() == "Member States")
        .unwrap();
    assert!(doc.blocks[i + 1]
        .text
        .as_str()
        .starts_with("As of June 2014"));
    let founded = paragraphs
        .iter()
        .position(|p| p.contains("was born in 1951"))
        .unwrap();
    let renamed = paragraphs
        .iter()
        .position(|p| p.contains("succession of name changes"))
        .unwrap();
    assert!(founded < renamed);
}

#[test]
fn infobox_fields_are_kept_with_their_labels() {
    let doc = clean(&seed("001"));
    let field = |name: &str| {
        doc.blocks.iter().find_map(|b| match &b.kind {
            BlockKind::Field { label } if label == name => Some(b.text.as_str()),
            _ => None,
        })
    };
    assert_eq!(field("headquarters"), Some("Geneva, Switzerland"));
    assert_eq!(field("director general"), Some("William Lacy Swing"));
    assert_eq!(
        field("official language"),
        Some("English, French and Spanish")
    );
    assert_eq!(field("formation"), Some("1951"));
}

#[test]
fn captions_are_kept_as_captions() {
    let doc = clean(&seed("003"));
    let captions = kinds(&doc, &BlockKind::Caption);
    assert_eq!(captions.len(), 3);
    assert!(captions.iter().any(|c| c.contains("Amy Pope")));
    assert!(kinds(&doc, &BlockKind::Paragraph)
        .iter()
        .all(|p| !p.contains("(Reuters)")));
    let items = kinds(&doc, &BlockKind::ListItem);
    assert_eq!(
        items[..4],
        [
            "Migration and development.",
            "Facilitating immigration.",
            "Immigration regulation.",
            "Forced migration."
        ]
    );
}

#[test]
fn wiki_headings_are_headings() {
    let doc = clean(&seed("002"));
    assert_eq!(
        kinds(&doc, &BlockKind::Heading),
        ["History", "Member states"]
    );
}

#[test]
fn every_block_points_at_its_raw_bytes() {
    for doc in load_seeds().documents() {
        let cleaned = clean(&doc.raw);
        assert!(!cleaned.blocks.is_empty(), "{}", doc.name);
        for block in &cleaned.blocks {
            let text = block.text.as_str();
            let Some(range) = block.text.raw_range() else {
                // Only a heading recovered from the table of contents is not copied text.
                assert_eq!(block.kind, BlockKind::Heading, "{}: {text:?}", doc.name);
                assert!(cleaned.contents.iter().any(|c| c == text), "{text:?}");
                continue;
            };
            let raw = &doc.raw[range];
            let first = text.split_whitespace().next().unwrap();
            let last = text.split_whitespace().last().unwrap();
            assert!(raw.starts_with(first), "{}: {raw:?} vs {text:?}", doc.name);
            assert!(raw.ends_with(last), "{}: {raw:?} vs {text:?}", doc.name);
        }
    }
}
