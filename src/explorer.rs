//! The data every view reads, computed once from the corpus: the analysis, the article and the
//! fact box. Shared by pointer, so components compare it in constant time.

use std::ops::Deref;
use std::rc::Rc;

use corpus::factbox::{fact_box, series, FactRow, Series};
use corpus::timeline::{eras, Era};
use corpus::{analyze, build_article, Analysis, Article, Corpus, DocId};

/// The corpus and everything derived from it.
#[derive(Debug)]
pub struct Explorer {
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
    /// Everything at once (the prerender, tests). The browser uses [`Explorer::build_in_steps`].
    pub fn new(corpus: Corpus) -> Self {
        let analysis = analyze(&corpus);
        Self::from_analysis(corpus, analysis)
    }

    /// The views' data from a finished analysis: article, fact box, figures, eras.
    fn from_analysis(corpus: Corpus, analysis: Analysis) -> Self {
        let article = build_article(&analysis);
        Explorer {
            facts: fact_box(&analysis),
            figures: series(&analysis),
            eras: eras(&analysis),
            corpus,
            analysis,
            article,
        }
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
                            Explorer::from_analysis(self.corpus, analysis)
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
