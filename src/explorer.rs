//! The data every view reads, computed once from the documents (the analysis, the article, the
//! fact box, ...), with which set of documents it is. Shared by pointer, so components compare it
//! in constant time.

use std::ops::Deref;

use corpus::{Corpus, Derived, DocId};

use crate::route::{Collection, Route};
use crate::same::Same;

/// One set of documents and everything derived from them.
#[derive(Debug)]
pub struct Explorer {
    /// Which documents these are (links from the views stay in the same collection).
    pub collection: Collection,
    /// Names exactly these documents: `builtin`, or the fingerprint of the reader's own. Keys
    /// their quiz progress and the views' state.
    pub identity: String,
    /// The documents' data; the views read its fields through the explorer.
    pub derived: Derived,
}

impl Explorer {
    /// The embedded documents, analysed when the app was built (`build.rs`): the browser only
    /// reads the result.
    pub fn builtin() -> Self {
        Explorer {
            collection: Collection::Builtin,
            identity: "builtin".to_string(),
            derived: crate::seeds::builtin_derived(),
        }
    }

    /// The reader's documents `corpus`, from their derived data (computed in the worker).
    pub fn yours(corpus: &Corpus, derived: Derived) -> Self {
        Explorer {
            collection: Collection::Yours,
            identity: corpus.fingerprint(),
            derived,
        }
    }

    /// `route` in this explorer's collection: where a link from one of its views goes.
    pub fn link(&self, route: Route) -> Route {
        route.within(self.collection)
    }

    /// `route` as an `href`.
    pub fn href(&self, route: Route) -> String {
        self.link(route).href()
    }

    /// The article section that says the source sentence starting at `start` in document `doc`.
    pub fn article_section_of(&self, doc: DocId, start: usize) -> Option<&corpus::ArticleSection> {
        self.article.sections.iter().find(|section| {
            section
                .paragraphs()
                .flat_map(|p| &p.sentences)
                .any(|s| s.sources.iter().any(|src| src.is_at(doc, start)))
        })
    }

    /// The name a reader knows a document by: its publisher or site, its title, or its file
    /// name ([`corpus::naming`]).
    pub fn doc_name(&self, id: DocId) -> String {
        self.analysis
            .document(id)
            .map(|d| d.name.clone())
            .unwrap_or_else(|| format!("Document {}", id.number()))
    }

    /// The title a document gives itself, if it gives one.
    pub fn doc_title(&self, id: DocId) -> Option<String> {
        self.analysis
            .document(id)
            .map(|d| d.doc.title.clone())
            .filter(|t| t != corpus::structure::UNTITLED)
    }
}

impl Deref for Explorer {
    type Target = Derived;
    fn deref(&self) -> &Derived {
        &self.derived
    }
}

/// A cheap, pointer-compared handle on the explorer data, for props.
pub type Shared = Same<Explorer>;
