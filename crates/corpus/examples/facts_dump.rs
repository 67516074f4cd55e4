//! Prints the claims read from each seed (a debugging aid):
//! `cargo run -p corpus --example facts_dump -- seeds/*`.
use corpus::facts::{extract, Subject};
use corpus::{structure, DocId};

fn main() {
    let docs: Vec<_> = std::env::args()
        .skip(1)
        .map(|p| structure(&std::fs::read_to_string(p).expect("readable UTF-8 file")))
        .collect();
    let subject = Subject::from_docs(&docs[0].title, &docs);
    println!("subject: {subject:?}");
    for (i, doc) in docs.iter().enumerate() {
        for c in extract(DocId(i), doc, &subject) {
            let as_of = c.as_of.map(|d| d.to_string()).unwrap_or_default();
            let quote: String = c.source.quote.chars().take(70).collect();
            println!(
                "{i} {:<28} {:<55} {:<14} | {quote}",
                c.predicate.key,
                c.value.to_string(),
                as_of
            );
        }
    }
}
