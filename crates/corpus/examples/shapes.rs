//! The pipeline's time per stage on documents of every shape a reader may bring, at several
//! sizes: the seeds repeated, dense dated figures, one long line, a chronology of distinct
//! happenings, many places (distinct values of one fact), one sentence repeated, many short
//! paragraphs, many headings, a long table of contents, a long list. Prints a Markdown table (for
//! docs/PERFORMANCE.md) and, per shape, the time per MB at the largest size against the
//! smallest (linear when near 1).
//!
//! `cargo run --profile worker -p corpus --example shapes -- [MB ...]` (default: 0.5 1), with the
//! profile the browser's pipeline worker is built with; `SHAPE=dense`
//! keeps the shapes whose name contains the word (for a profiler).

use std::time::Instant;

use corpus::events::build_events;
use corpus::facts::{extract, Subject};
use corpus::reconcile::reconcile;
use corpus::{analyze, build_article, structure, Corpus, DocId};

/// Text of about `bytes` bytes made by repeating `unit(i)` with `joint` between pieces.
fn grow(bytes: usize, joint: &str, unit: impl Fn(usize) -> String) -> String {
    let mut out = String::with_capacity(bytes + 256);
    let mut i = 0;
    while out.len() < bytes {
        if i > 0 {
            out.push_str(joint);
        }
        out.push_str(&unit(i));
        i += 1;
    }
    out
}

/// A made-up place name, one per number ("Bacivale"): distinct words, so that every happening
/// of a chronology is its own.
fn place(mut i: usize) -> String {
    const LETTERS: &[u8] = b"bcdfghklmnprstvz";
    const VOWELS: &[u8] = b"aeiou";
    let mut name = String::new();
    loop {
        name.push(LETTERS[i % 16] as char);
        name.push(VOWELS[(i / 16) % 5] as char);
        i /= 80;
        if i == 0 {
            break;
        }
    }
    format!("{}{}vale", name[..1].to_uppercase(), &name[1..])
}

/// The seeds, joined, as one long text to repeat.
fn seeds() -> String {
    let dir = format!("{}/../../seeds", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the seeds folder")
        .map(|e| e.expect("an entry").path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("UTF-8"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A maker of a document of about the bytes it is given.
type Maker = Box<dyn Fn(usize) -> String>;

/// Every shape, as a name and its maker.
fn shapes() -> Vec<(&'static str, Maker)> {
    let seeds = seeds();
    vec![
        (
            "seeds repeated",
            Box::new(move |b| grow(b, "\n\n", |_| seeds.clone())),
        ),
        (
            "dense figures",
            Box::new(|b| {
                grow(b, "\n", |i| {
                    format!(
                        "As of {} the Example Organization had {} staff in {} countries.",
                        1900 + i % 120,
                        1_000 + (i * 37) % 90_000,
                        10 + i % 180
                    )
                })
            }),
        ),
        (
            "one long line",
            Box::new(|b| {
                grow(b, " ", |i| {
                    format!(
                        "In {} the Example Organization opened an office in Town {i}.",
                        1900 + i % 120
                    )
                })
            }),
        ),
        (
            "a chronology",
            Box::new(|b| {
                grow(b, "\n", |i| {
                    format!(
                        "In {} the Example Organization opened an office in {} and {}.",
                        1900 + i % 120,
                        place(i),
                        place(i * 7 + 3)
                    )
                })
            }),
        ),
        (
            "many places",
            Box::new(|b| {
                grow(b, "\n", |i| {
                    format!(
                        "The Example Organization is based in {}, and it was founded in {} in {}.",
                        place(i),
                        1900 + i % 120,
                        place(i + 3)
                    )
                })
            }),
        ),
        (
            "one sentence repeated",
            Box::new(|b| {
                grow(b, " ", |_| {
                    "The Example Organization was founded in 1950 in Geneva.".to_string()
                })
            }),
        ),
        (
            "short paragraphs",
            Box::new(|b| grow(b, "\n\n", |i| format!("Note {i} of the archive."))),
        ),
        (
            "many headings",
            Box::new(|b| {
                grow(b, "\n\n", |i| {
                    format!(
                        "Part {i}\n\nThe Example Organization met in {}.",
                        1900 + i % 120
                    )
                })
            }),
        ),
        (
            "a long contents",
            Box::new(|b| {
                // A table of contents, then its sections: half the bytes each.
                let entries = b / 50;
                let contents = (0..entries)
                    .map(|i| format!("• {} Programme 1", place(i)))
                    .collect::<Vec<_>>()
                    .join("\n");
                let body = grow(b / 2, "\n\n", |i| {
                    format!(
                        "{} Programme\n\nThe Example Organization ran it from {}.",
                        place(i),
                        1900 + i % 120
                    )
                });
                format!("Example Organization\n\nContents\n\n{contents}\n\n{body}")
            }),
        ),
        (
            "a long list",
            Box::new(|b| {
                grow(b, "\n", |i| {
                    format!("• Project {i}, started in {}", 1900 + i % 120)
                })
            }),
        ),
    ]
}

/// Seconds each stage takes on one document.
fn stages(text: &str) -> Vec<(&'static str, f64)> {
    let mut out = Vec::new();
    let mut time = |label: &'static str, f: &mut dyn FnMut()| {
        let start = Instant::now();
        f();
        out.push((label, start.elapsed().as_secs_f64()));
    };
    let mut doc = None;
    time("structure", &mut || doc = Some(structure(text)));
    let doc = doc.expect("structured");
    let docs = [doc];
    let subject = Subject::from_docs(&docs[0].title, &docs);
    let pairs = [(DocId(0), &docs[0])];
    let mut claims = Vec::new();
    time("extract", &mut || {
        claims = extract(DocId(0), &docs[0], &subject)
    });
    time("reconcile", &mut || drop(reconcile("x", &claims)));
    time("events", &mut || {
        drop(build_events(&pairs, &claims, &subject))
    });
    let corpus = Corpus::from_texts([("shape.txt".to_string(), text.to_string())]);
    let mut analysis = None;
    time("analyze", &mut || analysis = Some(analyze(&corpus)));
    let analysis = analysis.expect("analysed");
    time("article", &mut || drop(build_article(&analysis)));
    time("fact box", &mut || {
        drop(corpus::factbox::fact_box(&analysis))
    });
    time("quiz", &mut || drop(corpus::quiz::generate(&analysis, 1)));
    out
}

fn main() {
    let sizes: Vec<f64> = {
        let given: Vec<f64> = std::env::args()
            .skip(1)
            .filter_map(|a| a.parse().ok())
            .collect();
        if given.is_empty() {
            vec![0.5, 1.0]
        } else {
            given
        }
    };
    println!("| shape | MB | structure | extract | reconcile | events | analyze (all) | article | fact box | quiz | total s | s per MB |");
    println!(
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    let mut linear = Vec::new();
    let only = std::env::var("SHAPE").unwrap_or_default();
    for (name, make) in shapes()
        .into_iter()
        .filter(|(n, _)| n.contains(only.as_str()))
    {
        let mut per_mb = Vec::new();
        for &mb in &sizes {
            let text = make((mb * 1024.0 * 1024.0) as usize);
            let times = stages(&text);
            // The analysis runs every stage before the article: the total is it and what follows.
            let total: f64 = times
                .iter()
                .filter(|(l, _)| matches!(*l, "analyze" | "article" | "fact box" | "quiz"))
                .map(|(_, t)| t)
                .sum();
            let real_mb = text.len() as f64 / (1024.0 * 1024.0);
            let cells: Vec<String> = times.iter().map(|(_, t)| format!("{t:.2}")).collect();
            println!(
                "| {name} | {real_mb:.1} | {} | {total:.2} | {:.2} |",
                cells.join(" | "),
                total / real_mb
            );
            per_mb.push(total / real_mb);
        }
        if let (Some(first), Some(last)) = (per_mb.first(), per_mb.last()) {
            linear.push((name, last / first));
        }
    }
    println!();
    for (name, ratio) in linear {
        println!("{name}: time per MB at the largest size is {ratio:.1}× that at the smallest");
    }
}
