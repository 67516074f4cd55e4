//! Cleaning: reduces a raw web document to its real content blocks, in reading order.
//!
//! The rules describe kinds of web text (site chrome, metadata headers, reference lists, hover-card
//! glossary fragments, infoboxes, captions, table-of-contents lines, licence footers), never the
//! text of particular documents. Cleaning never fails: any input gives blocks plus a count of what
//! was removed and why. All clean text is [`Mapped`] back to the raw bytes.

mod captions;
mod chrome;
mod classify;
mod finish;
mod gloss;
mod infobox;
mod inline;
mod lines;
mod press;
mod provenance;
mod shape;
mod widgets;
mod wrap;

use captions::*;
use chrome::*;
use classify::*;
use finish::*;
use gloss::*;
use infobox::*;
use inline::*;
use lines::*;
use press::*;
use provenance::*;
use shape::*;
use widgets::*;
use wrap::*;

use std::collections::BTreeMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::mapped::Mapped;
use crate::words::{split_words, Word};

/// What a kept block is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    /// An image caption or alt text: kept, but not prose.
    Caption,
    /// An infobox line: `label` and the value in `text`.
    Field {
        label: String,
    },
}

/// One kept piece of content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub text: Mapped,
}

/// Why something was removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Noise {
    SiteChrome,
    Metadata,
    Reference,
    BackMatter,
    Contents,
    Gloss,
    Markup,
    Citation,
    Fragment,
    EmptyList,
    Licence,
    Duplicate,
    /// Share bars, comment counts, subscription notices, word counts.
    Widget,
    /// Readers' comments and the comment form.
    Comments,
    /// A press release's place and date before its first sentence.
    Dateline,
    /// "By ...", "Posted on ...", a lone publication date.
    Byline,
}

/// A cleaned document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CleanDoc {
    /// The title the document gives itself, if it gives one.
    pub title: Option<String>,
    pub blocks: Vec<Block>,
    /// How many pieces were removed, by reason.
    pub removed: BTreeMap<Noise, usize>,
    /// The document listed its body in reverse order and was put back in reading order.
    pub reordered: bool,
    /// Headings listed by the document's own table of contents, in order.
    pub contents: Vec<String>,
    /// The publisher or site the document names itself by, if it names one.
    pub publisher: Option<String>,
    /// The document is a copy of a wiki page.
    pub wiki: bool,
}

/// Cleans one raw document.
pub fn clean(raw: &str) -> CleanDoc {
    let mut removed = BTreeMap::new();
    let groups = logical_groups(raw, &mut removed);
    let mut items = classify_groups(raw, &groups, &mut removed);
    drop_page_foot(&mut items, raw.len());
    let publisher = publisher(&items);
    let title = take_title(raw, &mut items, &mut removed);
    let contents: Vec<String> = items
        .iter()
        .filter_map(|item| match &item.class {
            Class::Contents(title) => Some(title.clone()),
            _ => None,
        })
        .collect();
    drop_footer(&mut items, raw.len(), &mut removed);
    let reordered = restore_reading_order(&mut items);
    let contents_at = items
        .iter()
        .filter(|i| {
            !matches!(
                i.class,
                Class::Noise(_) | Class::Metadata { .. } | Class::Licence
            )
        })
        .position(|i| matches!(i.class, Class::Contents(_)));
    let mut blocks = finish_blocks(items, &mut removed);
    if let Some(at) = contents_at {
        head_untitled_section(&mut blocks, at, &contents);
    }
    CleanDoc {
        title,
        blocks,
        removed,
        reordered,
        contents,
        publisher,
        wiki: is_wiki_copy(raw),
    }
}

fn count(removed: &mut BTreeMap<Noise, usize>, noise: Noise) {
    *removed.entry(noise).or_default() += 1;
}

pub(crate) use chrome::is_back_matter;
pub(crate) use infobox::LEADER_LABELS;

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(doc: &CleanDoc, kind: BlockKind) -> Vec<&str> {
        doc.blocks
            .iter()
            .filter(|b| b.kind == kind)
            .map(|b| b.text.as_str())
            .collect()
    }

    #[test]
    fn hover_card_term_is_found_after_the_repeated_term() {
        assert_eq!(
            hover_card_term("migrant worker A migrant worker is a person ... Migran ..."),
            Some(14)
        );
        assert_eq!(
            hover_card_term("World War II World War II or the Second World War ..."),
            Some(12)
        );
        assert_eq!(
            hover_card_term("Rome Rome ( ; it, Roma ) is a city ..."),
            Some(4)
        );
        assert_eq!(hover_card_term("The work goes on ..."), None);
        assert_eq!(
            hover_card_term("migrant worker A migrant worker is a person."),
            None
        );
    }

    #[test]
    fn hover_cards_are_removed_and_the_sentence_rejoined() {
        let raw = "Acme is an\nnon-profit body A non-profit body is an organization that ...\nthat helps\nbee keeper A bee keeper is a person who keeps bees ...\n\nbee keeper\ns. It is in\nParis Paris is the capital of France ...\n. Done.";
        let doc = clean(raw);
        assert_eq!(
            texts(&doc, BlockKind::Paragraph),
            ["Acme is an non-profit body that helps bee keepers. It is in Paris. Done."]
        );
        assert_eq!(doc.removed[&Noise::Gloss], 3);
        let block = &doc.blocks[0];
        let range = block.text.raw_range().unwrap();
        assert_eq!(&raw[range.start..range.start + 4], "Acme");
        assert!(raw[..range.end].ends_with(". Done."));
    }

    #[test]
    fn a_short_word_after_a_hover_card_is_not_glued() {
        let raw = "It met in\nRome Rome ( ; it, Roma ) is a city ...\nas a guest.";
        assert_eq!(
            clean(raw).blocks[0].text.as_str(),
            "It met in Rome as a guest."
        );
    }

    #[test]
    fn chrome_metadata_and_references_go() {
        let raw = "Some Site\nShare this page\nPrint this page\n\nTitle: Acme Corp\nAuthor: Someone\n\nAcme Corp\n\nAcme Corp makes anvils.[1]\n\nReferences\n\n  1. ^ \"Anvils\". Retrieved 6 April 2014.\n";
        let doc = clean(raw);
        assert_eq!(doc.title.as_deref(), Some("Acme Corp"));
        assert_eq!(
            texts(&doc, BlockKind::Paragraph),
            ["Acme Corp makes anvils."]
        );
        assert!(doc.blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
        assert_eq!(doc.removed[&Noise::SiteChrome], 3);
        assert_eq!(doc.removed[&Noise::Citation], 1);
    }

    #[test]
    fn truncated_fragments_and_empty_list_lead_ins_go() {
        let raw =
            "It began in 1990. It grew. Through the\n\nMembers: Observers:\n\nA whole sentence.";
        let doc = clean(raw);
        assert_eq!(
            texts(&doc, BlockKind::Paragraph),
            ["It began in 1990. It grew.", "A whole sentence."]
        );
    }

    #[test]
    fn captions_are_kept_apart_from_prose() {
        let raw = "Staff at the port of Genoa in 2011 (Reuters)\n\nacme logo\n\nacme logo\n\nWidget Logo – Acme is a company.";
        let doc = clean(raw);
        assert_eq!(
            texts(&doc, BlockKind::Caption),
            [
                "Staff at the port of Genoa in 2011 (Reuters)",
                "acme logo",
                "Widget Logo"
            ]
        );
        assert_eq!(texts(&doc, BlockKind::Paragraph), ["Acme is a company."]);
        assert_eq!(doc.removed[&Noise::Duplicate], 1);
    }

    #[test]
    fn reversed_bodies_are_put_back_in_order() {
        let raw = "Fourth part text.[4]\n\nFourth\n\nThird part text.[3]\n\nThird\n\nSecond part text.[2]\n\nSecond\n\nFirst part text.[1]\n\nFirst\n";
        let doc = clean(raw);
        assert!(doc.reordered);
        let all: Vec<_> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            all,
            [
                "First",
                "First part text.",
                "Second",
                "Second part text.",
                "Third",
                "Third part text.",
                "Fourth",
                "Fourth part text."
            ]
        );
        assert_eq!(doc.blocks[0].kind, BlockKind::Heading);
    }

    #[test]
    fn infobox_fields_keep_label_and_value() {
        let raw = "Acme\nAcmé SA\nFounded 1901\nHeadquarters Lyon, France\nStaff 8,400\n\nAcme makes anvils.";
        let doc = clean(raw);
        let fields: Vec<_> = doc
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Field { label } => Some((label.as_str(), b.text.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(
            fields,
            [
                ("founded", "1901"),
                ("headquarters", "Lyon, France"),
                ("staff", "8,400")
            ]
        );
        assert_eq!(texts(&doc, BlockKind::Paragraph), ["Acme makes anvils."]);
    }

    #[test]
    fn markdown_headings_are_headings_without_their_marks() {
        let raw = "# The Guild #\n\n## Early years\n\nThe guild was founded in 1888.\n\n#1 on the list is not a heading.\n";
        let doc = clean(raw);
        let blocks: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| (b.kind.clone(), b.text.as_str()))
            .collect();
        // A level-one heading on the first line is the document's title.
        assert_eq!(doc.title.as_deref(), Some("The Guild"));
        assert_eq!(blocks[0], (BlockKind::Heading, "Early years"));
        assert_eq!(blocks[1].1, "The guild was founded in 1888.");
        assert!(blocks[2].1.starts_with("#1 on the list"), "{blocks:?}");
        assert_eq!(&raw[doc.blocks[0].text.raw_range().unwrap()], "Early years");
    }

    #[test]
    fn back_matter_and_wiki_markup_go() {
        let raw = "Body text here.\n\n== History ==\nIt started.\n\nSee also\n\n* Other thing * Another\n\n* Smith, J. (2010): A book. pp. 1–2.\n\nExternal links\n\n* {{Authority control Things}}";
        let doc = clean(raw);
        let all: Vec<_> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(all, ["Body text here.", "History", "It started."]);
    }

    #[test]
    fn a_hard_wrapped_page_reads_as_its_paragraphs() {
        let raw = "A Day at Solferino\n\nHenry Dunant was travelling on business when he reached\nSolferino in 1859. Dunant witnessed thousands of wounded\nsoldiers left without care after the battle, and he\norganised the villagers to help them.\n\nEarly years\n\nThe committee, consisting of no\nmore than twenty-five members, met in Geneva in 1863\nand agreed on the first rules.\n";
        let doc = clean(raw);
        // The headline standing alone at the top is the page's title.
        assert_eq!(doc.title.as_deref(), Some("A Day at Solferino"));
        let blocks: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| (b.kind.clone(), b.text.as_str()))
            .collect();
        assert_eq!(
            blocks,
            [
                (BlockKind::Paragraph, "Henry Dunant was travelling on business when he reached Solferino in 1859. Dunant witnessed thousands of wounded soldiers left without care after the battle, and he organised the villagers to help them."),
                (BlockKind::Heading, "Early years"),
                (BlockKind::Paragraph, "The committee, consisting of no more than twenty-five members, met in Geneva in 1863 and agreed on the first rules."),
            ]
        );
    }

    #[test]
    fn any_input_cleans_without_panicking() {
        for raw in [
            "",
            "\n\n\n",
            "...",
            "a ...",
            "[",
            "[1",
            "{{",
            "''",
            "•",
            "* ",
            "x\u{a0}y",
            "é ... é ...",
            "(",
            ")",
        ] {
            let _ = clean(raw);
        }
        let long = "This is one long line. ".repeat(50_000);
        assert_eq!(clean(&long).blocks.len(), 1);
        assert!(
            clean(&"word ".repeat(200_000)).blocks.is_empty(),
            "no sentence, no paragraph"
        );
    }
}
