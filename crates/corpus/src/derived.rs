//! Everything the views read, computed once from a corpus: the analysis and the article, fact box,
//! figures and eras built from it, with a short description of each document.
//!
//! This is what crosses from the pipeline to the app: computed at build time for the embedded
//! documents (the app's `build.rs`), and in the pipeline worker for the reader's own.

use serde::{Deserialize, Serialize};

use crate::factbox::{fact_box, series, FactRow, Series};
use crate::pipeline::Stage;
use crate::timeline::{eras, Era};
use crate::{analyze, build_article, Analysis, Article, Corpus, DocId, Document};

/// A source document as the views describe it, without its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub id: DocId,
    /// The file name.
    pub file: String,
    /// What a reader knows the document by ([`crate::naming`]).
    pub name: String,
    /// Size of the raw text in bytes.
    pub bytes: usize,
    /// Whitespace-separated words in the raw text.
    pub words: usize,
}

impl DocumentInfo {
    pub fn of(document: &Document) -> Self {
        DocumentInfo {
            id: document.id,
            file: document.name.clone(),
            name: document.name.clone(),
            bytes: document.size_bytes(),
            words: document.word_count(),
        }
    }
}

/// The views' data for one corpus.
#[derive(Debug, Serialize, Deserialize)]
pub struct Derived {
    pub documents: Vec<DocumentInfo>,
    pub analysis: Analysis,
    pub article: Article,
    /// The fact box's rows.
    pub facts: Vec<FactRow>,
    /// Figures over time (numeric facts with three or more dates).
    pub figures: Vec<Series>,
    /// The organization's successive names, as periods.
    pub eras: Vec<Era>,
}

impl Derived {
    /// Runs the whole pipeline on `corpus`.
    pub fn new(corpus: &Corpus) -> Self {
        Self::from_analysis(describe(corpus), analyze(corpus))
    }

    /// The views' data from a finished analysis of the documents `documents` describes.
    pub fn from_analysis(documents: Vec<DocumentInfo>, analysis: Analysis) -> Self {
        Self::from_analysis_reporting(documents, analysis, |_| ())
    }

    /// [`Derived::from_analysis`], announcing [`Stage::Article`] and [`Stage::FactBox`] to
    /// `progress` before each runs.
    pub fn from_analysis_reporting(
        mut documents: Vec<DocumentInfo>,
        analysis: Analysis,
        mut progress: impl FnMut(Stage),
    ) -> Self {
        for info in &mut documents {
            if let Some(doc) = analysis.document(info.id) {
                info.name = doc.name.clone();
            }
        }
        progress(Stage::Article);
        let article = build_article(&analysis);
        progress(Stage::FactBox);
        Derived {
            documents,
            article,
            facts: fact_box(&analysis),
            figures: series(&analysis),
            eras: eras(&analysis),
            analysis,
        }
    }
}

/// Every document of `corpus`, described.
pub fn describe(corpus: &Corpus) -> Vec<DocumentInfo> {
    corpus.documents().iter().map(DocumentInfo::of).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_each_document_by_name_size_and_words() {
        let corpus = Corpus::from_texts([
            ("b.txt", "Two words."),
            ("a.txt", "One, two, three — four."),
        ]);
        let derived = Derived::new(&corpus);
        let described: Vec<_> = derived
            .documents
            .iter()
            .map(|d| (d.id.0, d.file.as_str(), d.name.as_str(), d.bytes, d.words))
            .collect();
        assert_eq!(
            described,
            [(0, "a.txt", "a", 25, 5), (1, "b.txt", "b", 10, 2)]
        );
        assert_eq!(derived.analysis.documents.len(), 2);
    }
}
