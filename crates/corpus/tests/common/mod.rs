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

/// The fixture corpora written for the tests, each a list of `(file name, text)`: every folder
/// under `tests/fixtures/corpora/`, and the older pairs of loose fixture files.
pub fn fixture_corpora() -> Vec<(String, Vec<(String, String)>)> {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let read = |path: &std::path::Path| std::fs::read_to_string(path).expect("fixture is UTF-8");
    let mut out = Vec::new();
    for pair in [
        ["press_release_union.txt", "wiki_style_union.txt"],
        ["lakeside-history.txt", "lakeside-races.md"],
    ] {
        let docs = pair
            .iter()
            .map(|name| (name.to_string(), read(&fixtures.join(name))))
            .collect();
        out.push((pair[0].to_string(), docs));
    }
    let mut folders: Vec<PathBuf> = std::fs::read_dir(fixtures.join("corpora"))
        .map(|dir| dir.map(|e| e.expect("readable entry").path()).collect())
        .unwrap_or_default();
    folders.sort();
    for folder in folders {
        out.push((
            folder.file_name().unwrap().to_string_lossy().into_owned(),
            corpus_folder(&folder),
        ));
    }
    out
}

/// The documents of one fixture corpus folder, by file name.
pub fn corpus_folder(folder: &std::path::Path) -> Vec<(String, String)> {
    let mut docs: Vec<(String, String)> = std::fs::read_dir(folder)
        .expect("fixture corpus folder")
        .map(|e| {
            let path = e.expect("readable entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (
                name,
                std::fs::read_to_string(&path).expect("fixture is UTF-8"),
            )
        })
        .collect();
    docs.sort();
    docs
}

/// Lines longer than `width` broken at spaces (a greedy wrap, as editors and mail programs do);
/// other lines unchanged.
pub fn rewrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.split('\n') {
        if line.chars().count() <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut current = String::new();
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            let fits = current.chars().count() + 1 + word.chars().count() <= width;
            if !current.is_empty() && !fits {
                out.push_str(&current);
                out.push('\n');
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(&current);
        out.push('\n');
    }
    out.pop();
    out
}

/// The lines of a gold file under `tests/fixtures/seeds-gold/`, without its comments and blank
/// lines.
pub fn gold_lines(file: &str) -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/seeds-gold")
        .join(file);
    std::fs::read_to_string(path)
        .expect("the gold file")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}
