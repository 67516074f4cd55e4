//! The work the pipeline worker does for the reader's own documents, and the messages it
//! exchanges with the page: what is asked ([`Job`]), what comes back ([`Report`]), and their
//! compact binary encoding (postcard), so that megabytes of text cross with a copy, not a parse.
//!
//! Pure: the worker (`pipeline_worker.rs`) and the page (`pipeline_client.rs`) only move bytes.

use corpus::{analyze_document, combine, AnalyzedDoc, Corpus};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::explorer::Derived;

/// Analyse these documents (`(file name, text)` pairs). `id` ties the reports to the job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub id: u32,
    pub documents: Vec<(String, String)>,
}

/// What the worker sends back.
#[derive(Debug, Serialize, Deserialize)]
pub enum Report {
    /// The worker has started and listens: jobs posted before this would be lost.
    Ready,
    /// Step `step` of `steps` is starting; `label` says what it does, for a progress bar.
    Progress {
        job: u32,
        step: usize,
        steps: usize,
        label: String,
    },
    /// One analysed document of the finished data (sent one by one before [`Report::Done`], so
    /// that the page reads a large result in several short tasks, not one long one).
    Document {
        job: u32,
        document: Box<AnalyzedDoc>,
    },
    /// The rest of the finished data: everything but its documents.
    Done { job: u32, derived: Box<Derived> },
    /// The job could not be read (a page and a worker from different deployments).
    Failed { job: u32, message: String },
}

impl Job {
    /// The corpus these documents make (the same one the page builds to show them).
    pub fn corpus(&self) -> Corpus {
        Corpus::from_texts(self.documents.iter().cloned())
    }

    /// The number of progress steps: one per document, then linking them, then the views.
    pub fn steps(&self) -> usize {
        self.documents.len() + 2
    }

    /// Runs the pipeline, telling `progress` before each step (its number from 1, and a label).
    pub fn run(&self, mut progress: impl FnMut(usize, String)) -> Derived {
        let corpus = self.corpus();
        let mut analysed = Vec::with_capacity(corpus.len());
        for (i, document) in corpus.documents().iter().enumerate() {
            progress(i + 1, format!("Reading “{}”", document.name));
            analysed.push(analyze_document(document));
        }
        progress(corpus.len() + 1, "Linking facts across documents".into());
        let analysis = combine(analysed);
        progress(
            corpus.len() + 2,
            "Writing the article and the timeline".into(),
        );
        Derived::from_analysis(analysis)
    }
}

/// The reports that carry `derived` to the page: each document, then the rest.
pub fn result_reports(job: u32, mut derived: Derived) -> Vec<Report> {
    let documents = std::mem::take(&mut derived.analysis.documents);
    documents
        .into_iter()
        .map(|document| Report::Document {
            job,
            document: Box::new(document),
        })
        .chain([Report::Done {
            job,
            derived: Box::new(derived),
        }])
        .collect()
}

/// `value` as bytes for `postMessage`.
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // Serialising plain data into a growable buffer cannot fail.
    postcard::to_allocvec(value).unwrap_or_default()
}

/// A value back from [`encode`]'s bytes.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("the message could not be read ({e})"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::Explorer;
    use crate::route::Collection;

    fn job() -> Job {
        Job {
            id: 7,
            documents: crate::seeds::SEEDS
                .iter()
                .map(|(n, t)| (n.to_string(), t.to_string()))
                .collect(),
        }
    }

    #[test]
    fn the_worker_computes_what_the_page_would() {
        let job = job();
        let mut steps = Vec::new();
        let derived = job.run(|step, label| steps.push((step, label)));
        assert_eq!(steps.len(), job.steps());
        assert_eq!(
            steps.iter().map(|s| s.0).collect::<Vec<_>>(),
            (1..=job.steps()).collect::<Vec<_>>()
        );
        assert!(steps[0].1.starts_with("Reading “"), "{:?}", steps[0]);
        let direct = Explorer::new(Collection::Yours, job.corpus());
        assert_eq!(derived.analysis, direct.analysis);
        assert_eq!(derived.article, direct.article);
        assert_eq!(derived.facts, direct.facts);
    }

    #[test]
    fn reports_cross_intact() {
        let job = job();
        let derived = job.run(|_, _| ());
        let report = Report::Done {
            job: job.id,
            derived: Box::new(derived),
        };
        let back: Report = decode(&encode(&report)).unwrap();
        let (
            Report::Done {
                derived: before, ..
            },
            Report::Done {
                derived: after,
                job: id,
            },
        ) = (report, back)
        else {
            panic!("not a Done report");
        };
        assert_eq!(id, 7);
        assert_eq!(after.analysis, before.analysis);
        assert_eq!(after.article, before.article);
        assert_eq!(after.facts, before.facts);
        assert_eq!(after.figures, before.figures);
        assert_eq!(after.eras, before.eras);
        let job_back: Job = decode(&encode(&job)).unwrap();
        assert_eq!(job_back, job);
    }

    #[test]
    fn a_result_is_sent_document_by_document_then_the_rest() {
        let job = job();
        let derived = job.run(|_, _| ());
        let expected = derived.analysis.clone();
        let reports = result_reports(job.id, derived);
        assert_eq!(reports.len(), job.documents.len() + 1);
        let mut documents = Vec::new();
        let mut rest = None;
        for report in reports {
            match decode::<Report>(&encode(&report)).unwrap() {
                Report::Document { document, .. } => documents.push(*document),
                Report::Done { derived, .. } => rest = Some(derived),
                other => panic!("unexpected {other:?}"),
            }
        }
        let mut rest = rest.expect("the rest comes last");
        assert!(rest.analysis.documents.is_empty());
        rest.analysis.documents = documents;
        assert_eq!(rest.analysis, expected);
    }

    #[test]
    fn garbage_is_refused_with_a_message() {
        let err = decode::<Job>(&[0xff, 0xff, 0xff]).unwrap_err();
        assert!(err.starts_with("the message could not be read"), "{err}");
    }
}
