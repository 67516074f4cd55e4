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
    pub fn new(corpus: Corpus) -> Self {
        crate::location::perf_mark("pipeline-start");
        let analysis = analyze(&corpus);
        let article = build_article(&analysis);
        let facts = fact_box(&analysis);
        let figures = series(&analysis);
        let eras = eras(&analysis);
        crate::location::perf_measure("pipeline", "pipeline-start");
        Explorer {
            corpus,
            analysis,
            article,
            facts,
            figures,
            eras,
        }
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

/// A cheap, pointer-compared handle on the explorer data, for props.
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Explorer>);

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
