//! Source documents as they arrive: a file name and the raw text, kept byte for byte.

use serde::{Deserialize, Serialize};

/// Position of a document in its [`Corpus`] (0-based, in file-name order).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct DocId(pub usize);

impl DocId {
    /// The 1-based number a reader sees ("Document 2").
    pub fn number(self) -> usize {
        self.0 + 1
    }
}

/// One source document: its file name and its raw text, unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocId,
    pub name: String,
    pub raw: String,
}

impl Document {
    /// Size of the raw text in bytes.
    pub fn size_bytes(&self) -> usize {
        self.raw.len()
    }

    /// Number of whitespace-separated words in the raw text.
    pub fn word_count(&self) -> usize {
        self.raw.split_whitespace().count()
    }
}

/// The set of source documents the explorer works on, ordered by file name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    documents: Vec<Document>,
}

impl Corpus {
    /// Builds a corpus from `(file name, text)` pairs. Documents are sorted by file name so that
    /// ids are stable whatever order the files were listed in.
    pub fn from_texts<N, T>(texts: impl IntoIterator<Item = (N, T)>) -> Self
    where
        N: Into<String>,
        T: Into<String>,
    {
        let mut pairs: Vec<(String, String)> = texts
            .into_iter()
            .map(|(name, text)| (name.into(), text.into()))
            .collect();
        crate::order::sort_by(&mut pairs, |a, b| a.0.cmp(&b.0));
        let documents = pairs
            .into_iter()
            .enumerate()
            .map(|(i, (name, raw))| Document {
                id: DocId(i),
                name,
                raw,
            })
            .collect();
        Self { documents }
    }

    /// A short identity for exactly these documents (names and texts), as 16 hex digits: the same
    /// files give the same fingerprint in any order, and any change to a name or a text gives
    /// another. Meant for naming a user's corpus in the address and keying its quiz progress.
    pub fn fingerprint(&self) -> String {
        // 64-bit FNV-1a over each name and text, each followed by a separator byte that UTF-8
        // text never contains, so ("ab", "c") and ("a", "bc") differ.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for doc in &self.documents {
            for part in [doc.name.as_bytes(), doc.raw.as_bytes()] {
                for &byte in part.iter().chain(&[0xff]) {
                    hash ^= u64::from(byte);
                    hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
                }
            }
        }
        format!("{hash:016x}")
    }

    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    pub fn get(&self, id: DocId) -> Option<&Document> {
        self.documents.get(id.0)
    }

    pub fn len(&self) -> usize {
        self.documents.len()
    }

    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// Total size of all raw texts in bytes.
    pub fn total_bytes(&self) -> usize {
        self.documents.iter().map(Document::size_bytes).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_ordered_by_name_and_numbered_from_one() {
        let corpus = Corpus::from_texts([("b.txt", "two words"), ("a.txt", "one")]);
        let names: Vec<_> = corpus.documents().iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b.txt"]);
        assert_eq!(corpus.documents()[1].id.number(), 2);
        assert_eq!(corpus.documents()[1].word_count(), 2);
        assert_eq!(corpus.total_bytes(), 12);
    }

    #[test]
    fn empty_corpus_is_valid() {
        let corpus = Corpus::from_texts(Vec::<(String, String)>::new());
        assert!(corpus.is_empty());
        assert_eq!(corpus.get(DocId(0)), None);
    }

    #[test]
    fn the_fingerprint_names_exactly_these_documents() {
        let one = Corpus::from_texts([("a.txt", "Founded in 1951."), ("b.txt", "Geneva.")]);
        let same = Corpus::from_texts([("b.txt", "Geneva."), ("a.txt", "Founded in 1951.")]);
        assert_eq!(one.fingerprint(), same.fingerprint());
        assert_eq!(one.fingerprint().len(), 16);
        for other in [
            Corpus::from_texts([("a.txt", "Founded in 1952."), ("b.txt", "Geneva.")]),
            Corpus::from_texts([("a.txt", "Founded in 1951."), ("c.txt", "Geneva.")]),
            Corpus::from_texts([("a.txt", "Founded in 1951.Geneva.")]),
            Corpus::from_texts([("a.txt", "Founded in 1951.")]),
        ] {
            assert_ne!(one.fingerprint(), other.fingerprint());
        }
    }
}
