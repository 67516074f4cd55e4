//! The whole pipeline in one call: documents → structure → claims → facts, conflicts and events.

use crate::document::{Corpus, DocId, Document};
use crate::events::{build_events_dated, Event};
use crate::facts::{extract_dated, Claim, Subject};
use crate::naming::document_names;
use crate::reconcile::{reconcile, Conflict, Fact};
use crate::structure::{structure, StructuredDoc};
use serde::{Deserialize, Serialize};

/// One analysed document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalyzedDoc {
    pub id: DocId,
    /// The file name.
    pub file: String,
    /// What a reader knows the document by ([`crate::naming`]): set when the documents are
    /// combined, the file name until then.
    pub name: String,
    pub doc: StructuredDoc,
}

/// Everything the explorer shows, derived from a corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The name the documents are about.
    pub subject: String,
    pub documents: Vec<AnalyzedDoc>,
    pub claims: Vec<Claim>,
    pub facts: Vec<Fact>,
    pub conflicts: Vec<Conflict>,
    pub events: Vec<Event>,
}

impl Analysis {
    pub fn document(&self, id: DocId) -> Option<&AnalyzedDoc> {
        self.documents.iter().find(|d| d.id == id)
    }
}

/// Runs the pipeline. Never fails: any corpus, even an empty one, gives an analysis.
pub fn analyze(corpus: &Corpus) -> Analysis {
    combine(corpus.documents().iter().map(analyze_document).collect())
}

/// The per-document stage: cleaning, sections, paragraphs and sentences. Documents are
/// independent here, so a caller may run this one document at a time (the browser does, to keep
/// each task short) and then [`combine`] the results.
pub fn analyze_document(document: &Document) -> AnalyzedDoc {
    AnalyzedDoc {
        id: document.id,
        file: document.name.clone(),
        name: document.name.clone(),
        doc: structure(&document.raw),
    }
}

/// A step of the cross-document stage and of the views built on it, announced before it runs, so
/// that a progress bar moves during a long analysis (see [`combine_reporting`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Reading the claims of the document at this index of the analysis.
    Claims(usize),
    /// Grouping the claims into facts and conflicts.
    Reconciling,
    /// Dating the events.
    Events,
    /// Writing the article.
    Article,
    /// The fact box, the figures and the eras.
    FactBox,
}

impl Stage {
    /// How many stages [`combine_reporting`] and [`crate::Derived::from_analysis_reporting`]
    /// announce for `documents` documents.
    pub fn count(documents: usize) -> usize {
        documents + 4
    }
}

/// The cross-document stage: the subject, every claim, the reconciled facts and conflicts, and
/// the events.
pub fn combine(documents: Vec<AnalyzedDoc>) -> Analysis {
    combine_reporting(documents, |_| ())
}

/// [`combine`], announcing each [`Stage`] to `progress` before it runs.
pub fn combine_reporting(
    mut documents: Vec<AnalyzedDoc>,
    mut progress: impl FnMut(Stage),
) -> Analysis {
    let files: Vec<(&str, &StructuredDoc)> = documents
        .iter()
        .map(|d| (d.file.as_str(), &d.doc))
        .collect();
    let names = document_names(&files);
    for (doc, name) in documents.iter_mut().zip(names) {
        doc.name = name;
    }
    let structured: Vec<StructuredDoc> = documents.iter().map(|d| d.doc.clone()).collect();
    let subject = Subject::from_corpus(&structured);
    let mut claims: Vec<Claim> = Vec::new();
    // Each sentence's dates, read with its claims, for the events.
    let mut dates = Vec::new();
    for (i, d) in documents.iter().enumerate() {
        progress(Stage::Claims(i));
        let (more, dated) = extract_dated(d.id, &d.doc, &subject);
        claims.extend(more);
        dates.push(dated);
    }
    progress(Stage::Reconciling);
    let (facts, conflicts) = reconcile(&subject.name, &claims);
    let pairs: Vec<(DocId, &StructuredDoc)> = documents.iter().map(|d| (d.id, &d.doc)).collect();
    progress(Stage::Events);
    let events = build_events_dated(&pairs, &claims, &subject, &dates);
    Analysis {
        subject: subject.name,
        documents,
        claims,
        facts,
        conflicts,
        events,
    }
}
