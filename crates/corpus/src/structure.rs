//! Structure: a cleaned document as title → sections (heading, paragraphs) → sentences, each
//! sentence with its byte range in the raw file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::clean::{clean, Block, BlockKind, Noise};
use crate::mapped::Mapped;
use crate::sentence::split_sentences;
use crate::words::NAME_JOINERS;

/// One sentence of clean text and the raw bytes it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    #[serde(with = "crate::wire::text")]
    pub text: crate::wire::Text,
    /// Byte range `start..end` in the raw document.
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    fn from_mapped(text: &Mapped) -> Option<Sentence> {
        let range = text.raw_range()?;
        Some(Sentence {
            text: text.as_str().into(),
            start: range.start,
            end: range.end,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    Prose,
    ListItem,
    Caption,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub kind: ParagraphKind,
    pub sentences: Vec<Sentence>,
}

impl Paragraph {
    /// The paragraph's clean text.
    pub fn text(&self) -> String {
        let parts: Vec<&str> = self.sentences.iter().map(|s| &*s.text).collect();
        parts.join(" ")
    }
}

/// A section: its heading (none for the lead) and its paragraphs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub heading: Option<String>,
    pub paragraphs: Vec<Paragraph>,
}

/// An infobox line: a label and its value, with provenance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub label: String,
    pub value: Sentence,
}

/// A document reduced to its structure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StructuredDoc {
    pub title: String,
    pub sections: Vec<Section>,
    pub fields: Vec<Field>,
    /// What cleaning removed, by reason.
    pub removed: BTreeMap<Noise, usize>,
    /// The body was listed in reverse and has been put back in reading order.
    pub reordered: bool,
    /// The headings the document's own table of contents lists.
    pub contents: Vec<String>,
    /// The publisher or site the document names itself by, if it names one.
    pub publisher: Option<String>,
    /// The document is a copy of a wiki page.
    pub wiki: bool,
}

impl StructuredDoc {
    /// Every sentence of the document, in reading order.
    pub fn sentences(&self) -> impl Iterator<Item = (&Section, &Paragraph, &Sentence)> {
        self.sections.iter().flat_map(|section| {
            section
                .paragraphs
                .iter()
                .flat_map(move |p| p.sentences.iter().map(move |s| (section, p, s)))
        })
    }

    /// How many pieces of noise cleaning removed.
    pub fn removed_total(&self) -> usize {
        self.removed.values().sum()
    }
}

/// The title of a document that names nothing.
pub const UNTITLED: &str = "Untitled document";

/// Cleans and structures one raw document.
pub fn structure(raw: &str) -> StructuredDoc {
    let cleaned = clean(raw);
    let mut sections = vec![Section {
        heading: None,
        paragraphs: Vec::new(),
    }];
    let mut fields = Vec::new();
    for block in &cleaned.blocks {
        match &block.kind {
            BlockKind::Heading => sections.push(Section {
                heading: Some(block.text.as_str().to_string()),
                paragraphs: Vec::new(),
            }),
            BlockKind::Field { label } => {
                fields.extend(Sentence::from_mapped(&block.text).map(|value| Field {
                    label: label.clone(),
                    value,
                }))
            }
            kind => {
                let paragraph = paragraph(block, kind);
                if !paragraph.sentences.is_empty() {
                    sections
                        .last_mut()
                        .expect("there is always a section")
                        .paragraphs
                        .push(paragraph);
                }
            }
        }
    }
    sections.retain(|s| !s.paragraphs.is_empty());
    let title = cleaned
        .title
        .clone()
        .or_else(|| title_from_text(&sections))
        .unwrap_or_else(|| UNTITLED.to_string());
    // A title line standing alone at the top is the title, not a section heading.
    if let Some(first) = sections.first_mut() {
        if first.heading.as_deref() == Some(title.as_str()) {
            first.heading = None;
        }
    }
    StructuredDoc {
        title,
        sections,
        fields,
        removed: cleaned.removed,
        reordered: cleaned.reordered,
        contents: cleaned.contents,
        publisher: cleaned.publisher,
        wiki: cleaned.wiki,
    }
}

fn paragraph(block: &Block, kind: &BlockKind) -> Paragraph {
    let kind = match kind {
        BlockKind::ListItem => ParagraphKind::ListItem,
        BlockKind::Caption => ParagraphKind::Caption,
        _ => ParagraphKind::Prose,
    };
    let sentences = if kind == ParagraphKind::Prose {
        split_sentences(block.text.as_str())
            .into_iter()
            .filter_map(|range| Sentence::from_mapped(&block.text.slice(range)))
            .collect()
    } else {
        Sentence::from_mapped(&block.text).into_iter().collect()
    };
    Paragraph { kind, sentences }
}

/// The name a document is about, when it does not give a title: the proper name that is the
/// subject of its first defining sentence ("The Acme Company (AC) is a ...").
fn title_from_text(sections: &[Section]) -> Option<String> {
    sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .filter(|p| p.kind == ParagraphKind::Prose)
        .flat_map(|p| &p.sentences)
        .take(3)
        .find_map(|s| subject_name(&s.text))
}

/// The proper name before the first " is ", " was " or " has " of a sentence, without a leading
/// article and a trailing abbreviation in brackets.
pub fn subject_name(sentence: &str) -> Option<String> {
    let verb = [" is ", " was ", " has ", " were ", " are "]
        .iter()
        .filter_map(|v| sentence.find(v))
        .min()?;
    let subject = sentence[..verb].trim();
    // "Today, MSF is ...": an opening adverb is not part of the name.
    let subject = subject.rsplit(", ").next().unwrap_or(subject);
    let subject = subject.strip_prefix("The ").unwrap_or(subject);
    let subject = match subject.rsplit_once(" (") {
        Some((name, abbr)) if abbr.ends_with(')') => name,
        _ => subject,
    };
    let words: Vec<&str> = subject.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let possessive = words.iter().any(|w| w.ends_with("’s") || w.ends_with("'s"));
    let proper = !possessive
        && words.len() >= 2
        && words.len() <= 10
        && capitalised(&words[0])
        && capitalised(words.last()?)
        && words
            .iter()
            .all(|w| capitalised(w) || NAME_JOINERS.contains(w));
    proper.then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_follow_headings_and_the_lead_has_none() {
        let raw = "Acme Corp is a maker of anvils. It was founded in 1901.\n\nHistory\n\nIt grew. Then it shrank.\n\nEmpty heading\n\nProducts\n\n• Anvils\n";
        let doc = structure(raw);
        let headings: Vec<_> = doc.sections.iter().map(|s| s.heading.as_deref()).collect();
        assert_eq!(headings, [None, Some("History"), Some("Products")]);
        assert_eq!(doc.sections[0].paragraphs[0].sentences.len(), 2);
        assert_eq!(doc.sections[2].paragraphs[0].kind, ParagraphKind::ListItem);
        assert_eq!(doc.title, "Acme Corp");
        let second = &doc.sections[0].paragraphs[0].sentences[1];
        assert_eq!(&raw[second.start..second.end], "It was founded in 1901.");
    }

    #[test]
    fn subject_names_are_proper_names_only() {
        assert_eq!(
            subject_name("The International Organization for Migration (IOM) is an agency."),
            Some("International Organization for Migration".into())
        );
        assert_eq!(
            subject_name("A pioneering organization in the field, it has worked."),
            None
        );
        assert_eq!(subject_name("It is here."), None);
        assert_eq!(
            subject_name("Today, Acme Relief is a charity."),
            Some("Acme Relief".into())
        );
    }

    #[test]
    fn empty_input_gives_an_untitled_empty_document() {
        let doc = structure("");
        assert!(doc.sections.is_empty());
        assert_eq!(doc.title, UNTITLED);
    }
}
