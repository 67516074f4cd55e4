//! What the article folds: every sentence said in other words than the article keeps, beside the
//! sentence that stands for it, and every contested figure. For reviewing the claim rules on a
//! folder of documents by eye (false merges are what no count shows):
//!
//! `cargo run -p corpus --example folds -- path/to/folder` (the seeds without an argument).

use corpus::{analyze, build_article, Corpus};
use std::collections::BTreeSet;

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .collect()
}

fn short(text: &str) -> String {
    text.chars().take(160).collect()
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| format!("{}/../../seeds", env!("CARGO_MANIFEST_DIR")));
    let mut texts: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("a folder of documents")
        .map(|e| {
            let path = e.expect("a readable entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap_or_default())
        })
        .collect();
    texts.sort();
    let article = build_article(&analyze(&Corpus::from_texts(texts)));
    let sentences = article
        .sections
        .iter()
        .flat_map(|s| s.paragraphs())
        .flat_map(|p| &p.sentences);
    for s in sentences {
        let kept = words(&s.text);
        for source in &s.sources {
            let said = words(&source.quote);
            let shared = kept.intersection(&said).count() as f64;
            if shared / (kept.union(&said).count().max(1) as f64) < 0.75 {
                println!(
                    "KEPT: {}\n FOLD: {}\n",
                    short(&s.text),
                    short(&source.quote)
                );
            }
        }
        for c in &s.contested {
            println!(
                "CONTEST {:?} {:?}: {}\n",
                c.figures,
                c.facts,
                short(&s.text)
            );
        }
    }
}
