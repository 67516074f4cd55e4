//! Times each pipeline stage on the files given (a profiling aid):
//! `cargo run --release -p corpus --example stage_times -- seeds/*`.
use std::time::Instant;

use corpus::events::build_events;
use corpus::facts::{extract, Subject};
use corpus::reconcile::reconcile;
use corpus::{clean, structure, DocId};

fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .map(|p| std::fs::read_to_string(p).expect("UTF-8 file"))
        .collect();
    let runs = 50;
    let time = |label: &str, f: &mut dyn FnMut()| {
        let start = Instant::now();
        for _ in 0..runs {
            f();
        }
        println!(
            "{label:<10} {:>8.3} ms",
            start.elapsed().as_secs_f64() * 1e3 / runs as f64
        );
    };
    time("clean", &mut || texts.iter().for_each(|t| drop(clean(t))));
    time("structure", &mut || {
        texts.iter().for_each(|t| drop(structure(t)))
    });
    let docs: Vec<_> = texts.iter().map(|t| structure(t)).collect();
    let subject = Subject::from_docs(&docs[0].title, &docs);
    time("subject", &mut || {
        drop(Subject::from_docs(&docs[0].title, &docs))
    });
    let pairs: Vec<_> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (DocId(i), d))
        .collect();
    time("extract", &mut || {
        pairs
            .iter()
            .for_each(|(i, d)| drop(extract(*i, d, &subject)))
    });
    let claims: Vec<_> = pairs
        .iter()
        .flat_map(|(i, d)| extract(*i, d, &subject))
        .collect();
    time("reconcile", &mut || drop(reconcile("x", &claims)));
    time("events", &mut || {
        drop(build_events(&pairs, &claims, &subject))
    });
    let corpus = corpus::Corpus::from_texts(std::env::args().skip(1).map(|p| {
        let t = std::fs::read_to_string(&p).expect("UTF-8 file");
        (p, t)
    }));
    let analysis = corpus::analyze(&corpus);
    time("analyze", &mut || drop(corpus::analyze(&corpus)));
    time("article", &mut || drop(corpus::build_article(&analysis)));
    time("fact box", &mut || {
        drop(corpus::factbox::fact_box(&analysis))
    });
    time("quiz", &mut || drop(corpus::quiz::generate(&analysis, 1)));
}
