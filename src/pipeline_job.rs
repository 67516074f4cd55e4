//! The work the pipeline worker does for the reader's own documents, and the messages it
//! exchanges with the page: what is asked ([`Job`]), what comes back ([`Report`]), and their
//! compact binary encoding (`corpus::wire`: postcard, each sentence's text once), so that
//! megabytes of text cross with a copy, not a parse.
//!
//! Pure: the worker (`pipeline_worker.rs`) and the page (`pipeline_client.rs`) only move bytes.

use corpus::derived::describe;
use corpus::events::Event;
use corpus::factbox::{ClaimLine, FactRow, Point, Series};
use corpus::facts::Claim;
use corpus::reconcile::{Conflict, ConflictClaim, Fact};
use corpus::{
    analyze_document, combine_reporting, AnalyzedDoc, ArticleBlock, Corpus, Derived, Document,
    Paragraph, Stage,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

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
    /// A piece of the finished data. The result is sent in pieces of about [`PIECE_BYTES`],
    /// whatever the size of the documents, so that the page reads it in many short tasks rather
    /// than one long one.
    Piece { job: u32, piece: Piece },
    /// The rest of the finished data, once every piece has been sent: the skeleton the pieces
    /// go back into.
    Done { job: u32, derived: Box<Derived> },
    /// The job could not be read (a page and a worker from different deployments).
    Failed { job: u32, message: String },
}

impl Job {
    /// The corpus these documents make (the same one the page builds to show them).
    pub fn corpus(&self) -> Corpus {
        Corpus::from_texts(self.documents.iter().cloned())
    }

    /// The number of progress steps: reading each document, then the pipeline's stages
    /// ([`Stage`]), so that the bar moves during a long analysis of one large document too.
    pub fn steps(&self) -> usize {
        self.documents.len() + Stage::count(self.documents.len())
    }

    /// Runs the pipeline, telling `progress` before each step (its number from 1, and a label).
    pub fn run(&self, mut progress: impl FnMut(usize, String)) -> Derived {
        let corpus = self.corpus();
        let documents = corpus.documents();
        let mut analysed = Vec::with_capacity(corpus.len());
        for (i, document) in documents.iter().enumerate() {
            progress(i + 1, format!("Reading “{}”", document.name));
            analysed.push(analyze_document(document));
        }
        let mut step = documents.len();
        let mut announce = |stage: Stage| {
            step += 1;
            progress(step, stage_label(stage, documents));
        };
        let analysis = combine_reporting(analysed, &mut announce);
        Derived::from_analysis_reporting(describe(&corpus), analysis, announce)
    }
}

/// What a progress bar says during `stage`.
fn stage_label(stage: Stage, documents: &[Document]) -> String {
    match stage {
        Stage::Claims(i) => match documents.get(i) {
            Some(document) => format!("Finding the facts in “{}”", document.name),
            None => "Finding the facts".into(),
        },
        Stage::Reconciling => "Comparing what the documents say".into(),
        Stage::Events => "Dating the events".into(),
        Stage::Article => "Writing the article".into(),
        Stage::FactBox => "Building the fact box and the figures".into(),
    }
}

/// About how many encoded bytes one piece of a result carries (one long paragraph may exceed it).
pub const PIECE_BYTES: usize = 64 * 1024;

/// One piece of a result, in the order [`result_reports`] sends them.
#[derive(Debug, Serialize, Deserialize)]
pub enum Piece {
    /// A document, its sections without their paragraphs (which follow).
    Document(Box<AnalyzedDoc>),
    /// Paragraphs that continue section `section` of the last document.
    Paragraphs {
        section: usize,
        paragraphs: Vec<Paragraph>,
    },
    /// Blocks that continue section `section` of the article.
    Blocks {
        section: usize,
        blocks: Vec<ArticleBlock>,
    },
    Claims(Vec<Claim>),
    Facts(Vec<Fact>),
    Conflicts(Vec<Conflict>),
    /// Claims that continue conflict `conflict` (a conflict may have thousands).
    ConflictClaims {
        conflict: usize,
        claims: Vec<ConflictClaim>,
    },
    Events(Vec<Event>),
    Rows(Vec<FactRow>),
    /// Claims that continue fact row `row`.
    RowClaims {
        row: usize,
        claims: Vec<ClaimLine>,
    },
    Figures(Vec<Series>),
    /// Points that continue figure `figure`.
    FigurePoints {
        figure: usize,
        points: Vec<Point>,
    },
}

/// The reports that carry `derived` to the page: its large parts in pieces, then the rest.
pub fn result_reports(job: u32, mut derived: Derived) -> Vec<Report> {
    let mut pieces = Vec::new();
    for mut document in std::mem::take(&mut derived.analysis.documents) {
        let sections: Vec<Vec<Paragraph>> = document
            .doc
            .sections
            .iter_mut()
            .map(|s| std::mem::take(&mut s.paragraphs))
            .collect();
        pieces.push(Piece::Document(Box::new(document)));
        for (section, paragraphs) in sections.into_iter().enumerate() {
            in_pieces(paragraphs, &mut pieces, |paragraphs| Piece::Paragraphs {
                section,
                paragraphs,
            });
        }
    }
    for (section, article_section) in derived.article.sections.iter_mut().enumerate() {
        let blocks = std::mem::take(&mut article_section.blocks);
        in_pieces(blocks, &mut pieces, |blocks| Piece::Blocks {
            section,
            blocks,
        });
    }
    let analysis = &mut derived.analysis;
    in_pieces(
        std::mem::take(&mut analysis.claims),
        &mut pieces,
        Piece::Claims,
    );
    in_pieces(
        std::mem::take(&mut analysis.facts),
        &mut pieces,
        Piece::Facts,
    );
    in_pieces_with_parts(
        std::mem::take(&mut analysis.conflicts),
        &mut pieces,
        (Piece::Conflicts, |c: &mut Conflict| &mut c.claims),
        |conflict, claims| Piece::ConflictClaims { conflict, claims },
    );
    in_pieces(
        std::mem::take(&mut analysis.events),
        &mut pieces,
        Piece::Events,
    );
    in_pieces_with_parts(
        std::mem::take(&mut derived.facts),
        &mut pieces,
        (Piece::Rows, |r: &mut FactRow| &mut r.claims),
        |row, claims| Piece::RowClaims { row, claims },
    );
    in_pieces_with_parts(
        std::mem::take(&mut derived.figures),
        &mut pieces,
        (Piece::Figures, |f: &mut Series| &mut f.points),
        |figure, points| Piece::FigurePoints { figure, points },
    );
    pieces
        .into_iter()
        .map(|piece| Report::Piece { job, piece })
        .chain([Report::Done {
            job,
            derived: Box::new(derived),
        }])
        .collect()
}

/// Cuts `items` into runs of about [`PIECE_BYTES`] encoded bytes, each wrapped by `wrap`.
fn in_pieces<T: Serialize>(items: Vec<T>, out: &mut Vec<Piece>, wrap: impl Fn(Vec<T>) -> Piece) {
    let (mut run, mut bytes) = (Vec::new(), 0);
    for item in items {
        bytes += encode(&item).len();
        run.push(item);
        if bytes >= PIECE_BYTES {
            out.push(wrap(std::mem::take(&mut run)));
            bytes = 0;
        }
    }
    if !run.is_empty() {
        out.push(wrap(run));
    }
}

/// How many entries an item's inner list may have and still travel inside the item.
const PART_ITEMS: usize = 256;

/// Like [`in_pieces`], but a long inner list of an item (`part`: a conflict's claims, a figure's
/// points) leaves it and follows it in pieces of its own, `wrap_part` given the item's index:
/// no report carries thousands of claims at once.
fn in_pieces_with_parts<T: Serialize, P: Serialize>(
    items: Vec<T>,
    out: &mut Vec<Piece>,
    (wrap, part): (impl Fn(Vec<T>) -> Piece, impl Fn(&mut T) -> &mut Vec<P>),
    wrap_part: impl Fn(usize, Vec<P>) -> Piece,
) {
    let mut run = Vec::new();
    let mut parts = Vec::new();
    for (index, mut item) in items.into_iter().enumerate() {
        if part(&mut item).len() > PART_ITEMS {
            parts.push((index, std::mem::take(part(&mut item))));
        }
        run.push(item);
    }
    in_pieces(run, out, wrap);
    for (index, entries) in parts {
        in_pieces(entries, out, |entries| wrap_part(index, entries));
    }
}

/// Puts a result back together from its pieces, on the page.
#[derive(Default)]
pub struct Assembly {
    documents: Vec<AnalyzedDoc>,
    blocks: Vec<(usize, Vec<ArticleBlock>)>,
    claims: Vec<Claim>,
    facts: Vec<Fact>,
    conflicts: Vec<Conflict>,
    events: Vec<Event>,
    rows: Vec<FactRow>,
    figures: Vec<Series>,
}

impl Assembly {
    pub fn add(&mut self, piece: Piece) {
        match piece {
            Piece::Document(document) => self.documents.push(*document),
            Piece::Paragraphs {
                section,
                paragraphs,
            } => {
                let target = self
                    .documents
                    .last_mut()
                    .and_then(|d| d.doc.sections.get_mut(section));
                if let Some(target) = target {
                    target.paragraphs.extend(paragraphs);
                }
            }
            Piece::Blocks { section, blocks } => self.blocks.push((section, blocks)),
            Piece::Claims(claims) => self.claims.extend(claims),
            Piece::Facts(facts) => self.facts.extend(facts),
            Piece::Conflicts(conflicts) => self.conflicts.extend(conflicts),
            Piece::ConflictClaims { conflict, claims } => {
                if let Some(target) = self.conflicts.get_mut(conflict) {
                    target.claims.extend(claims);
                }
            }
            Piece::Events(events) => self.events.extend(events),
            Piece::Rows(rows) => self.rows.extend(rows),
            Piece::RowClaims { row, claims } => {
                if let Some(target) = self.rows.get_mut(row) {
                    target.claims.extend(claims);
                }
            }
            Piece::Figures(figures) => self.figures.extend(figures),
            Piece::FigurePoints { figure, points } => {
                if let Some(target) = self.figures.get_mut(figure) {
                    target.points.extend(points);
                }
            }
        }
    }

    /// The whole result: `rest` with the pieces put back.
    pub fn finish(self, mut rest: Derived) -> Derived {
        rest.analysis.documents = self.documents;
        rest.analysis.claims = self.claims;
        rest.analysis.facts = self.facts;
        rest.analysis.conflicts = self.conflicts;
        rest.analysis.events = self.events;
        rest.facts = self.rows;
        rest.figures = self.figures;
        for (section, blocks) in self.blocks {
            if let Some(target) = rest.article.sections.get_mut(section) {
                target.blocks.extend(blocks);
            }
        }
        rest
    }
}

/// `value` as bytes for `postMessage`.
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // Serialising plain data into a growable buffer cannot fail.
    corpus::wire::encode(value).unwrap_or_default()
}

/// A value back from [`encode`]'s bytes.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    corpus::wire::decode(bytes).map_err(|e| format!("the message could not be read ({e})"))
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // Every stage of a long analysis moves the bar, each document's facts included.
        let labels: Vec<&str> = steps.iter().map(|s| s.1.as_str()).collect();
        let finding = labels
            .iter()
            .filter(|l| l.starts_with("Finding the facts in “"));
        assert_eq!(finding.count(), job.documents.len(), "{labels:?}");
        assert!(labels.ends_with(&[
            "Comparing what the documents say",
            "Dating the events",
            "Writing the article",
            "Building the fact box and the figures"
        ]));
        let direct = Derived::new(&job.corpus());
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

    /// Sends `job`'s result through encoded reports and puts it back together, as the page
    /// does; also returns the largest report's size and the total, in bytes.
    fn through_pieces(job: &Job) -> (Derived, Derived, (usize, usize)) {
        let expected = job.run(|_, _| ());
        let mut assembly = Assembly::default();
        let (mut largest, mut total, mut received) = (0, 0, None);
        for report in result_reports(job.id, job.run(|_, _| ())) {
            let bytes = encode(&report);
            largest = largest.max(bytes.len());
            total += bytes.len();
            match decode::<Report>(&bytes).unwrap() {
                Report::Piece { piece, .. } => assembly.add(piece),
                Report::Done { derived, .. } => {
                    received = Some(std::mem::take(&mut assembly).finish(*derived));
                }
                other => panic!("unexpected {other:?}"),
            }
        }
        (
            expected,
            received.expect("Done comes last"),
            (largest, total),
        )
    }

    #[test]
    fn a_result_sent_in_pieces_is_put_back_whole() {
        let (expected, received, _) = through_pieces(&job());
        assert_eq!(received.analysis, expected.analysis);
        assert_eq!(received.article, expected.article);
        assert_eq!(received.facts, expected.facts);
    }

    #[test]
    fn a_two_megabyte_document_crosses_in_small_pieces() {
        let paragraphs: Vec<String> = (0..22_000)
            .map(|i| {
                format!(
                    "In {} the Lamp Guild opened workshop number {i} in Fairhaven. That \
                     workshop had {} members and made {} lamps.",
                    1800 + i % 220,
                    100 + i % 900,
                    2 + i % 7
                )
            })
            .collect();
        let text = format!("Lamp Guild\n\n{}\n", paragraphs.join("\n\n"));
        assert!(text.len() > 2 * 1024 * 1024);
        let job = Job {
            id: 1,
            documents: vec![("guild.txt".into(), text)],
        };
        let (expected, received, (largest, total)) = through_pieces(&job);
        assert_eq!(received.analysis, expected.analysis);
        assert_eq!(received.article, expected.article);
        // The text, the article and the lists are cut into pieces, and so are the long lists
        // inside one item: the conflict between the 22,000 different "members" figures, the
        // fact row listing them, the figure plotting them.
        assert!(
            largest < 8 * PIECE_BYTES,
            "largest report {largest} of {total} bytes"
        );
    }

    #[test]
    fn garbage_is_refused_with_a_message() {
        let err = decode::<Job>(&[0xff, 0xff, 0xff]).unwrap_err();
        assert!(err.starts_with("the message could not be read"), "{err}");
    }
}
