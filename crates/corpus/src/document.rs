//! Source documents as they arrive: a file name and the raw text, kept byte for byte.

use serde::Serialize;

/// Position of a document in its [`Corpus`] (0-based, in file-name order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct DocId(pub usize);

impl DocId {
    /// The 1-based number a reader sees ("Document 2").
    pub fn number(self) -> usize {
        self.0 + 1
    }
}

/// One source document: its file name and its raw text, unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
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
}
