//! Shared helpers for the integration tests: the real seed documents from `seeds/`.
#![allow(dead_code)]

use corpus::{Analysis, Corpus};
use std::path::PathBuf;

pub fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

pub fn load_seeds() -> Corpus {
    let entries = std::fs::read_dir(seeds_dir()).expect("seeds/ exists");
    let texts = entries.map(|entry| {
        let path = entry.expect("readable entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).expect("seed is UTF-8");
        (name, text)
    });
    Corpus::from_texts(texts)
}

/// The raw text of the seed whose file name starts with `prefix`.
pub fn seed(prefix: &str) -> String {
    let corpus = load_seeds();
    let doc = corpus
        .documents()
        .iter()
        .find(|d| d.name.starts_with(prefix))
        .unwrap_or_else(|| panic!("a seed named {prefix}*"));
    doc.raw.clone()
}

/// `(value, as-of date)` of every fact of `predicate`, as readers see them.
pub fn fact_values(a: &Analysis, predicate: &str) -> Vec<(String, Option<String>)> {
    a.facts
        .iter()
        .filter(|f| f.predicate.key == predicate)
        .map(|f| (f.value.to_string(), f.as_of.map(|d| d.iso())))
        .collect()
}
