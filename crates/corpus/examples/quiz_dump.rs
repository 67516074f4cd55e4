//! Prints the quiz generated from the files given (a debugging aid):
//! `cargo run -p corpus --example quiz_dump -- seeds/*`; then the questions left out for their
//! item-writing flaws.
use corpus::quiz::{flawed, generate};
use corpus::{analyze, Corpus};

fn main() {
    let texts = std::env::args().skip(1).map(|p| {
        let text = std::fs::read_to_string(&p).expect("UTF-8 file");
        (p, text)
    });
    let analysis = analyze(&Corpus::from_texts(texts));
    let seed: u64 = std::env::var("SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let questions = generate(&analysis, seed);
    println!("{} questions", questions.len());
    for q in &questions {
        println!("\n[{:?}] {}", q.kind, q.prompt);
        for (i, c) in q.choices.iter().enumerate() {
            println!("  {} {c}", if i == q.answer { "*" } else { " " });
        }
    }
    let left_out = flawed(&analysis, seed);
    println!("\n{} questions left out for their flaws", left_out.len());
    for (q, flaws) in &left_out {
        println!("\n[{:?}] {:?} {}", q.kind, flaws, q.prompt);
        for (i, c) in q.choices.iter().enumerate() {
            println!("  {} {c}", if i == q.answer { "*" } else { " " });
        }
    }
}
