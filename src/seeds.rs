//! The source documents, embedded into the binary at compile time, and what the pipeline makes of
//! them, computed at compile time too: `build.rs` lists the files in `seeds/` and analyses them.
//! The browser reads the result ([`builtin_derived`]) instead of running the pipeline; the texts
//! themselves ([`SEEDS`]) are for native tools and tests.

use corpus::{Corpus, Derived};

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// [`Derived::new`] of the embedded documents, as `build.rs` encoded it (`corpus::wire`).
const BUILTIN_DERIVED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.postcard"));

/// The embedded documents' data, read back from what `build.rs` computed.
pub fn builtin_derived() -> Derived {
    // The bytes were written by the same `corpus` types, in this very build; the tests below
    // check that they read back, natively and in the browser.
    crate::pipeline_job::decode(BUILTIN_DERIVED).expect("build.rs encodes the same corpus types")
}

/// The built-in corpus made of every embedded seed document.
pub fn builtin_corpus() -> Corpus {
    Corpus::from_texts(SEEDS.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_seed_file_is_embedded() {
        let on_disk = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
            .unwrap()
            .count();
        assert_eq!(SEEDS.len(), on_disk);
        assert_eq!(builtin_corpus().len(), on_disk);
    }

    #[test]
    fn the_data_computed_at_build_time_is_what_the_pipeline_gives() {
        let embedded = builtin_derived();
        let fresh = Derived::new(&builtin_corpus());
        assert_eq!(embedded.documents, fresh.documents);
        assert_eq!(embedded.analysis, fresh.analysis);
        assert_eq!(embedded.article, fresh.article);
        assert_eq!(embedded.facts, fresh.facts);
        assert_eq!(embedded.figures, fresh.figures);
        assert_eq!(embedded.eras, fresh.eras);
        assert_eq!(embedded.documents.len(), SEEDS.len());
    }

    #[test]
    fn seeds_match_the_shared_originals_byte_for_byte() {
        let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
        let Ok(entries) = std::fs::read_dir(shared) else {
            // A clone without ../shared beside it has nothing to compare against.
            return;
        };
        let mut originals = 0;
        for entry in entries {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let embedded = SEEDS.iter().find(|(n, _)| *n == name);
            let (_, text) = embedded.unwrap_or_else(|| panic!("{name} is not embedded"));
            assert_eq!(text.as_bytes(), std::fs::read(&path).unwrap(), "{name}");
            originals += 1;
        }
        assert_eq!(originals, SEEDS.len());
    }
}
