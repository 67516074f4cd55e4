//! The article: one readable text assembled from all documents. Sections come from the
//! documents' own headings, tables of contents and content; a sentence several sources repeat is
//! said once and cites all of them.

mod builder;
mod sections;

use builder::*;
use sections::*;

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::claims::{same_claim, Rarity, Terms};
use crate::clean::is_back_matter;
use crate::dates::sentence_dates;
use crate::document::DocId;
use crate::facts::{first_per_document, Source};
use crate::pipeline::{Analysis, AnalyzedDoc};
use crate::reconcile::slugify;
use crate::structure::{Paragraph, ParagraphKind, Section, Sentence};

/// One sentence of the article and every source that says it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSentence {
    #[serde(with = "crate::wire::text")]
    pub text: String,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleParagraph {
    pub kind: ParagraphKind,
    pub sentences: Vec<ArticleSentence>,
}

impl ArticleParagraph {
    /// The documents this paragraph cites, in order, each with its first sentence here.
    pub fn citations(&self) -> Vec<&Source> {
        first_per_document(self.sentences.iter().flat_map(|s| &s.sources))
    }

    pub fn text(&self) -> String {
        let parts: Vec<&str> = self.sentences.iter().map(|s| s.text.as_str()).collect();
        parts.join(" ")
    }
}

/// A block of a section: a subheading (a document's own heading inside a broader section) or a
/// paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ArticleBlock {
    Subheading(String),
    Paragraph(ArticleParagraph),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSection {
    /// URL-safe name: `#/article/<slug>`.
    pub slug: String,
    pub title: String,
    pub blocks: Vec<ArticleBlock>,
}

impl ArticleSection {
    pub fn paragraphs(&self) -> impl Iterator<Item = &ArticleParagraph> {
        self.blocks.iter().filter_map(|b| match b {
            ArticleBlock::Paragraph(p) => Some(p),
            ArticleBlock::Subheading(_) => None,
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub title: String,
    pub sections: Vec<ArticleSection>,
}

impl Article {
    pub fn section(&self, slug: &str) -> Option<&ArticleSection> {
        self.sections.iter().find(|s| s.slug == slug)
    }

    /// How many sentences the article says, and how many source sentences it merged into them.
    pub fn sentence_counts(&self) -> (usize, usize) {
        let sentences = self
            .sections
            .iter()
            .flat_map(|s| s.paragraphs())
            .flat_map(|p| &p.sentences);
        sentences.fold((0, 0), |(n, s), x| (n + 1, s + x.sources.len()))
    }
}

pub const OVERVIEW: &str = "Overview";
const HISTORY: &str = "History";
const CRITICISM: &str = "Criticism";

/// Heading words that name a history section.
const HISTORY_CUES: &[&str] = &[
    "history",
    "origin",
    "origins",
    "establishment",
    "background",
    "founding",
    "timeline",
];
const CRITICISM_CUES: &[&str] = &["criticis", "criticiz", "controvers"];

/// Builds the article from an analysis.
pub fn build_article(analysis: &Analysis) -> Article {
    let mut builder = Builder {
        rarity: Rarity::of(
            analysis
                .documents
                .iter()
                .flat_map(|d| d.doc.sentences().map(|(_, _, s)| s.text.as_str())),
        ),
        ..Builder::default()
    };
    // Documents with headings first, so that a heading-less lead can be matched against them.
    let mut docs: Vec<&AnalyzedDoc> = analysis.documents.iter().collect();
    crate::order::sort_by_key(&mut docs, |d| {
        (d.doc.sections.iter().all(|s| s.heading.is_none()), d.id)
    });
    for doc in docs {
        builder.add_doc(doc);
    }
    let mut sections = builder.finish();
    // The summary written from the facts, after the overview's opening paragraph (which says
    // what the organization is).
    if let (Some(lead), Some(overview)) = (
        crate::lead::lead(analysis),
        sections.iter_mut().find(|s| s.title == OVERVIEW),
    ) {
        let at = usize::from(matches!(
            overview.blocks.first(),
            Some(ArticleBlock::Paragraph(_))
        ));
        overview.blocks.insert(at, ArticleBlock::Paragraph(lead));
    }
    Article {
        title: analysis.subject.clone(),
        sections,
    }
}

/// A document's own table of contents, without back matter.
fn toc(doc: &AnalyzedDoc) -> Vec<String> {
    doc.doc
        .contents
        .iter()
        .filter(|c| !is_back_matter(c))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Corpus;
    use crate::pipeline::analyze;

    fn article(texts: &[(&str, &str)]) -> Article {
        build_article(&analyze(&Corpus::from_texts(texts.iter().copied())))
    }

    #[test]
    fn repeated_sentences_are_said_once_and_cite_every_source() {
        let a = article(&[
            ("a.txt", "Acme Union is a body. It makes anvils."),
            ("b.txt", "Acme Union is a body. It sells hammers."),
        ]);
        let overview = a.section("overview").expect("an overview");
        let sentences: Vec<_> = overview.paragraphs().flat_map(|p| &p.sentences).collect();
        let texts: Vec<_> = sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Acme Union is a body.",
                "It makes anvils.",
                "It sells hammers."
            ]
        );
        assert_eq!(sentences[0].sources.len(), 2);
        assert_eq!(a.sentence_counts(), (3, 4));
    }

    #[test]
    fn headings_become_sections_and_leads_are_placed_by_content() {
        let a = article(&[(
            "a.txt",
            "Acme Union is a body.\n\nIt began in 1901, grew in 1930 and merged in 1975.\n\nThe union was criticised for its prices.\n\nProducts\n\nIt makes anvils.",
        )]);
        let titles: Vec<_> = a.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Overview", "History", "Products", "Criticism"]);
        let slugs: Vec<_> = a.sections.iter().map(|s| s.slug.as_str()).collect();
        assert_eq!(slugs, ["overview", "history", "products", "criticism"]);
    }

    #[test]
    fn citations_list_each_document_once() {
        let a = article(&[
            ("a.txt", "Acme Union is a body. It is old."),
            ("b.txt", "It is old. Acme Union is a body."),
        ]);
        let p = a.sections[0].paragraphs().next().unwrap();
        let docs: Vec<_> = p.citations().iter().map(|s| s.doc.0).collect();
        assert_eq!(docs, [0, 1]);
    }

    #[test]
    fn an_empty_analysis_gives_an_empty_article() {
        assert!(article(&[]).sections.is_empty());
    }
}
