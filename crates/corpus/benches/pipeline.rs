//! Benchmark: the whole pipeline on the five seeds and on the same text repeated 10x and 100x,
//! to show the run time and that it grows linearly. Run with `cargo bench -p corpus`.

use std::time::{Duration, Instant};

use corpus::{analyze, Corpus};

fn seeds() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut texts: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("seeds/ exists")
        .map(|e| {
            let path = e.expect("readable entry").path();
            let name = path
                .file_name()
                .expect("a file")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(&path).expect("UTF-8 seed"))
        })
        .collect();
    texts.sort();
    texts
}

/// The seeds, each document repeated `times` times.
fn scaled(times: usize) -> Corpus {
    Corpus::from_texts(seeds().into_iter().map(|(name, text)| {
        let body = vec![text.as_str(); times].join("\n\n");
        (name, body)
    }))
}

/// Median and fastest of `runs` runs.
fn measure(corpus: &Corpus, runs: usize) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(analyze(std::hint::black_box(corpus)));
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], times[0])
}

fn main() {
    // `cargo test` runs benches with --bench too; keep that quick.
    let quick = std::env::args().any(|a| a == "--test");
    println!("\nPipeline benchmark (release build, median of runs)\n");
    println!("| corpus | bytes | median | fastest | per MB |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for (label, times, runs) in [("5 seeds", 1, 51), ("10x", 10, 11), ("100x", 100, 5)] {
        let corpus = scaled(times);
        let runs = if quick { 1 } else { runs };
        let (median, fastest) = measure(&corpus, runs);
        let mb = corpus.total_bytes() as f64 / 1e6;
        println!(
            "| {label} | {} | {:.2} ms | {:.2} ms | {:.1} ms |",
            corpus.total_bytes(),
            median.as_secs_f64() * 1e3,
            fastest.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3 / mb
        );
    }
}
