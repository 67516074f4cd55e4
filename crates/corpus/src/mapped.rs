//! Clean text that remembers where it came from: every byte copied from the raw document keeps its
//! raw offset, so any clean range maps back to a byte range of the original file.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One run of text copied verbatim from the raw document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Span {
    /// Offset of the run in the clean text.
    text: usize,
    /// Offset of the run in the raw document.
    raw: usize,
    len: usize,
}

/// A clean string built from pieces of a raw document plus synthetic joiners (spaces).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapped {
    text: String,
    spans: Vec<Span>,
}

impl Mapped {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Appends `raw[range]` verbatim, remembering its raw offset.
    pub fn push_raw(&mut self, raw: &str, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        let text = self.text.len();
        self.text.push_str(&raw[range.clone()]);
        match self.spans.last_mut() {
            Some(last) if last.text + last.len == text && last.raw + last.len == range.start => {
                last.len += range.len();
            }
            _ => self.spans.push(Span {
                text,
                raw: range.start,
                len: range.len(),
            }),
        }
    }

    /// Appends text that is not in the raw document (a joining space, say).
    pub fn push_synthetic(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// Appends another mapped string, keeping its mapping.
    pub fn push_mapped(&mut self, other: &Mapped) {
        let base = self.text.len();
        self.text.push_str(&other.text);
        for span in &other.spans {
            self.spans.push(Span {
                text: span.text + base,
                ..*span
            });
        }
    }

    /// The part of this text in `range` (clean offsets, on char boundaries), with its mapping.
    pub fn slice(&self, range: Range<usize>) -> Mapped {
        let mut out = Mapped::new();
        let mut cursor = range.start;
        for span in &self.spans {
            let (start, end) = (
                span.text.max(range.start),
                (span.text + span.len).min(range.end),
            );
            if start >= end {
                continue;
            }
            if start > cursor {
                out.push_synthetic(&self.text[cursor..start]);
            }
            out.text.push_str(&self.text[start..end]);
            out.spans.push(Span {
                text: out.text.len() - (end - start),
                raw: span.raw + (start - span.text),
                len: end - start,
            });
            cursor = end;
        }
        if cursor < range.end {
            out.push_synthetic(&self.text[cursor..range.end]);
        }
        out
    }

    /// The same text with leading and trailing whitespace removed.
    pub fn trimmed(&self) -> Mapped {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len().max(start);
        self.slice(start..end)
    }

    /// The raw byte range that this whole text was taken from: from the first copied byte to the
    /// last. `None` when nothing in it was copied from the raw document.
    pub fn raw_range(&self) -> Option<Range<usize>> {
        let first = self.spans.first()?;
        let last = self.spans.last()?;
        Some(first.raw..last.raw + last.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_text_maps_back_to_the_raw_bytes() {
        let raw = "alpha  beta\ngamma";
        let mut m = Mapped::new();
        m.push_raw(raw, 0..5);
        m.push_synthetic(" ");
        m.push_raw(raw, 7..11);
        m.push_synthetic(" ");
        m.push_raw(raw, 12..17);
        assert_eq!(m.as_str(), "alpha beta gamma");
        assert_eq!(m.raw_range(), Some(0..17));
        let beta = m.slice(6..10);
        assert_eq!(beta.as_str(), "beta");
        assert_eq!(beta.raw_range(), Some(7..11));
        let gamma = m.slice(11..16);
        assert_eq!(&raw[gamma.raw_range().unwrap()], "gamma");
    }

    #[test]
    fn contiguous_pieces_merge_and_trim_keeps_mapping() {
        let raw = "  one two  ";
        let mut m = Mapped::new();
        m.push_raw(raw, 0..5);
        m.push_raw(raw, 5..11);
        assert_eq!(m.spans.len(), 1);
        let t = m.trimmed();
        assert_eq!(t.as_str(), "one two");
        assert_eq!(&raw[t.raw_range().unwrap()], "one two");
    }

    #[test]
    fn synthetic_only_text_has_no_raw_range() {
        let mut m = Mapped::new();
        m.push_synthetic("x");
        assert_eq!(m.raw_range(), None);
        assert_eq!(Mapped::new().trimmed().as_str(), "");
    }
}
