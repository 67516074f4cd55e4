//! The data every view reads, computed once from the corpus: the analysis, the article and the
//! fact box. Shared by pointer, so components compare it in constant time.

use std::ops::Deref;
use std::rc::Rc;

use corpus::factbox::{fact_box, series, FactRow, Series};
use corpus::timeline::{eras, Era};
use corpus::{analyze, build_article, Analysis, Article, Corpus, DocId};
use serde::{Deserialize, Serialize};

use crate::route::{Collection, Route};

/// Everything the views need that is computed from the documents: what the pipeline worker sends
/// back for the reader's own documents.
#[derive(Debug, Serialize, Deserialize)]
pub struct Derived {
    pub analysis: Analysis,
    pub article: Article,
    pub facts: Vec<FactRow>,
    pub figures: Vec<Series>,
    pub eras: Vec<Era>,
}

impl Derived {
    /// The views' data from a finished analysis: article, fact box, figures, eras.
    pub fn from_analysis(analysis: Analysis) -> Self {
        Derived {
            article: build_article(&analysis),
            facts: fact_box(&analysis),
            figures: series(&analysis),
            eras: eras(&analysis),
            analysis,
        }
    }
}

/// The corpus and everything derived from it.
#[derive(Debug)]
pub struct Explorer {
    /// Which documents these are (links from the views stay in the same collection).
    pub collection: Collection,
    /// Names exactly these documents: `builtin`, or the fingerprint of the reader's own. Keys
    /// their quiz progress and the views' state.
    pub identity: String,
    pub corpus: Corpus,
    pub analysis: Analysis,
    pub article: Article,
    pub facts: Vec<FactRow>,
    /// Figures over time (numeric facts with three or more dates).
    pub figures: Vec<Series>,
    /// The organization's successive names, as periods.
    pub eras: Vec<Era>,
}

impl Explorer {
    /// Everything at once (the prerender, tests). The browser uses [`Explorer::build_in_steps`]
    /// for the built-in documents and the pipeline worker for the reader's own.
    pub fn new(collection: Collection, corpus: Corpus) -> Self {
        let analysis = analyze(&corpus);
        Self::assemble(collection, corpus, Derived::from_analysis(analysis))
    }

    /// The explorer for `corpus` from its derived data.
    pub fn assemble(collection: Collection, corpus: Corpus, derived: Derived) -> Self {
        let Derived {
            analysis,
            article,
            facts,
            figures,
            eras,
        } = derived;
        let identity = match collection {
            Collection::Builtin => "builtin".to_string(),
            Collection::Yours => corpus.fingerprint(),
        };
        Explorer {
            collection,
            identity,
            corpus,
            analysis,
            article,
            facts,
            figures,
            eras,
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

    /// Builds the explorer one stage at a time, each in a task of its own (one per document,
    /// then the cross-document stage, then the views' data), so the page stays responsive, and
    /// hands it to `done`. The User Timing measure `pipeline` spans it all.
    #[cfg(target_arch = "wasm32")]
    pub fn build_in_steps(corpus: Corpus, done: impl FnOnce(Explorer) + 'static) {
        perf_mark("pipeline-start");
        let steps = Steps {
            corpus,
            documents: Vec::new(),
        };
        steps.next(Box::new(done));
    }

    /// The article section that says the source sentence starting at `start` in document `doc`.
    pub fn article_section_of(&self, doc: DocId, start: usize) -> Option<&corpus::ArticleSection> {
        self.article.sections.iter().find(|section| {
            section.paragraphs().flat_map(|p| &p.sentences).any(|s| {
                s.sources
                    .iter()
                    .any(|src| src.doc == doc && src.start == start)
            })
        })
    }

    /// The title a reader sees for a document: its own title, or its file name.
    pub fn doc_title(&self, id: DocId) -> String {
        self.analysis
            .document(id)
            .map(|d| d.doc.title.clone())
            .filter(|t| t != corpus::structure::UNTITLED)
            .or_else(|| self.corpus.get(id).map(|d| d.name.clone()))
            .unwrap_or_else(|| format!("Document {}", id.number()))
    }
}

/// The explorer under construction by [`Explorer::build_in_steps`].
#[cfg(target_arch = "wasm32")]
struct Steps {
    corpus: Corpus,
    documents: Vec<corpus::AnalyzedDoc>,
}

#[cfg(target_arch = "wasm32")]
use crate::location::{later, measured, perf_mark, perf_measure};

#[cfg(target_arch = "wasm32")]
impl Steps {
    /// Runs the next stage in a new task: the next document, or, once all are done, the rest.
    /// Each stage is a User Timing measure (`pipeline: ...`), for the startup benchmark.
    fn next(mut self, done: Box<dyn FnOnce(Explorer)>) {
        later(
            move || match self.corpus.documents().get(self.documents.len()) {
                Some(document) => {
                    let analyzed = measured("pipeline: a document", || {
                        corpus::analyze_document(document)
                    });
                    self.documents.push(analyzed);
                    self.next(done);
                }
                None => {
                    let documents = std::mem::take(&mut self.documents);
                    let analysis =
                        measured("pipeline: across documents", || corpus::combine(documents));
                    later(move || {
                        let explorer = measured("pipeline: views", || {
                            let derived = Derived::from_analysis(analysis);
                            Explorer::assemble(Collection::Builtin, self.corpus, derived)
                        });
                        perf_measure("pipeline", "pipeline-start");
                        done(explorer);
                    });
                }
            },
        );
    }
}

/// A cheap, pointer-compared handle on the explorer data, for props.
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Explorer>);

impl Shared {
    pub fn new(explorer: Explorer) -> Self {
        Shared(Rc::new(explorer))
    }
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Shared {
    type Target = Explorer;
    fn deref(&self) -> &Explorer {
        &self.0
    }
}
