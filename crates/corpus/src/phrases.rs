//! Whether a text contains any phrase of a fixed list, in one pass over the text: a line is
//! checked against dozens of phrases (site chrome, licences) and a long document has hundreds
//! of thousands of lines, where searching for each phrase in turn costs more than the rest of
//! the reading. The phrases' first two bytes are marked in a small bitmap made at compile time;
//! only where the text has such a pair are the phrases compared.

/// Bits in the bitmap of first byte pairs.
const BUCKETS: usize = 1024;

/// The bitmap bucket of a byte pair.
const fn bucket(a: u8, b: u8) -> usize {
    (a as usize * 31 + b as usize) % BUCKETS
}

/// A fixed list of phrases (each at least two bytes long), to find in texts.
#[derive(Debug)]
pub struct Phrases {
    list: &'static [&'static str],
    starts: [u64; BUCKETS / 64],
}

impl Phrases {
    /// The list, with the bitmap of its phrases' first byte pairs. Panics (at compile time, in a
    /// constant) when a phrase is shorter than two bytes.
    pub const fn new(list: &'static [&'static str]) -> Self {
        let mut starts = [0u64; BUCKETS / 64];
        let mut i = 0;
        while i < list.len() {
            let p = list[i].as_bytes();
            assert!(p.len() >= 2, "a phrase of two bytes or more");
            let at = bucket(p[0], p[1]);
            starts[at / 64] |= 1 << (at % 64);
            i += 1;
        }
        Phrases { list, starts }
    }

    /// The phrases, in the order they were given.
    pub const fn list(&self) -> &'static [&'static str] {
        self.list
    }

    /// Whether `text` contains one of the phrases (as `str::contains` would find it).
    pub fn in_text(&self, text: &str) -> bool {
        self.first_in(text).is_some()
    }

    /// Where the first phrase `text` contains starts: the least of what `str::find` finds for
    /// each phrase.
    pub fn first_in(&self, text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        bytes
            .windows(2)
            .enumerate()
            .find(|&(i, pair)| {
                let at = bucket(pair[0], pair[1]);
                self.starts[at / 64] & (1 << (at % 64)) != 0
                    && self
                        .list
                        .iter()
                        .any(|p| bytes[i..].starts_with(p.as_bytes()))
            })
            .map(|(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: Phrases = Phrases::new(&["share on", "all rights reserved", "é!"]);

    #[test]
    fn finds_what_contains_finds() {
        for text in [
            "",
            "s",
            "share on",
            "please share on twitter",
            "share one thing",
            "shareon",
            "All rights reserved",
            "© 2024. all rights reserved.",
            "rights reserved",
            "café!",
            "é",
        ] {
            let expected = ["share on", "all rights reserved", "é!"]
                .iter()
                .any(|p| text.contains(p));
            assert_eq!(LIST.in_text(text), expected, "{text:?}");
            let first = ["share on", "all rights reserved", "é!"]
                .iter()
                .filter_map(|p| text.find(p))
                .min();
            assert_eq!(LIST.first_in(text), first, "{text:?}");
        }
    }
}
