//! Prints the quiz generated from the files given (a debugging aid):
//! `cargo run -p corpus --example quiz_dump -- seeds/*`.
use corpus::quiz::generate;
use corpus::{analyze, Corpus};

fn main() {
    let texts = std::env::args().skip(1).map(|p| {
        let text = std::fs::read_to_string(&p).expect("UTF-8 file");
        (p, text)
    });
    let analysis = analyze(&Corpus::from_texts(texts));
    let questions = generate(&analysis, 1);
    println!("{} questions", questions.len());
    for q in &questions {
        println!("\n[{:?}] {}", q.kind, q.prompt);
        for (i, c) in q.choices.iter().enumerate() {
            println!("  {} {c}", if i == q.answer { "*" } else { " " });
        }
    }
}
