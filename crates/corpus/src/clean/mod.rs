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
pub use inline::is_invisible_control;
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
    /// Bidirectional controls (U+202A–U+202E, U+2066–U+2069) and zero-width spaces: invisible,
    /// they would reorder the page around a document's text or split its words for search.
    Control,
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
pub(crate) use provenance::LANGUAGES;

/// The texts of the blocks of one kind (for the tests of each module).
#[cfg(test)]
fn texts(doc: &CleanDoc, kind: BlockKind) -> Vec<&str> {
    doc.blocks
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| b.text.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
