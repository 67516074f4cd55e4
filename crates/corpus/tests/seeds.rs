//! The real seed documents load into a corpus unchanged.

mod common;

use common::{load_seeds, seeds_dir};

#[test]
fn five_seed_documents_load_in_file_name_order() {
    let corpus = load_seeds();
    assert_eq!(corpus.len(), 5);
    let names: Vec<_> = corpus.documents().iter().map(|d| d.name.clone()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert!(names[0].starts_with("000_"));
    // The seeds are 41 KB of text together (TOOLCHAIN.md).
    assert!((40_000..45_000).contains(&corpus.total_bytes()));
}

#[test]
fn seed_text_is_kept_byte_for_byte() {
    let corpus = load_seeds();
    for doc in corpus.documents() {
        let on_disk = std::fs::read(seeds_dir().join(&doc.name)).unwrap();
        assert_eq!(doc.raw.as_bytes(), on_disk.as_slice(), "{}", doc.name);
    }
}
