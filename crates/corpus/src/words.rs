//! Small text helpers shared by the readers: splitting into words with their byte offsets, taking
//! the end of a string by characters, and capitalising.

/// A word of a text and where it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
}

impl Word<'_> {
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// The words of `text` between separator characters, with their byte offsets.
pub fn split_words(text: &str, is_separator: impl Fn(char) -> bool) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_separator(c), start) {
            (true, Some(s)) => {
                out.push(Word {
                    text: &text[s..i],
                    start: s,
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            text: &text[s..],
            start: s,
        });
    }
    out
}

/// Small words that may sit inside a proper name ("Committee for the Movement of Migrants from
/// Europe", "Banco de la Nación").
pub const NAME_JOINERS: &[&str] = &[
    "for", "of", "the", "and", "on", "from", "de", "des", "du", "la", "le", "del", "von", "van",
];

/// `text` with its first letter in upper case ("hungary" → "Hungary").
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|f| f.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The last `chars` characters of `text` (all of it when shorter), without allocating.
pub fn tail(text: &str, chars: usize) -> &str {
    match chars
        .checked_sub(1)
        .and_then(|n| text.char_indices().rev().nth(n))
    {
        Some((i, _)) => &text[i..],
        None if chars == 0 => "",
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_offsets() {
        let words = split_words(" a  bc(d)", |c| c.is_whitespace() || c == '(' || c == ')');
        let got: Vec<_> = words.iter().map(|w| (w.text, w.start, w.end())).collect();
        assert_eq!(got, [("a", 1, 2), ("bc", 4, 6), ("d", 7, 8)]);
    }

    #[test]
    fn capitalise_changes_the_first_letter_only() {
        assert_eq!(capitalise("élan vital"), "Élan vital");
        assert_eq!(capitalise(""), "");
    }

    #[test]
    fn tail_counts_characters() {
        assert_eq!(tail("héllo", 4), "éllo");
        assert_eq!(tail("hi", 5), "hi");
        assert_eq!(tail("hi", 0), "");
    }
}
