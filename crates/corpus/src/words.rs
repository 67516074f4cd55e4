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
    words_between(text, is_separator).collect()
}

/// [`split_words`] one word at a time, so that a reader of the first words reads no further.
pub fn words_between(
    text: &str,
    is_separator: impl Fn(char) -> bool,
) -> impl Iterator<Item = Word<'_>> {
    let mut chars = text.char_indices();
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut start = None;
        for (i, c) in chars.by_ref() {
            match (is_separator(c), start) {
                (true, Some(s)) => {
                    return Some(Word {
                        text: &text[s..i],
                        start: s,
                    })
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        done = true;
        start.map(|s| Word {
            text: &text[s..],
            start: s,
        })
    })
}

/// Small words that may sit inside a proper name ("Committee for the Movement of Migrants from
/// Europe", "Banco de la Nación").
pub const NAME_JOINERS: &[&str] = &[
    "for", "of", "the", "and", "on", "from", "de", "des", "du", "la", "le", "del", "von", "van",
];

/// Whether `word` occurs in `text` as whole words (not inside a longer word).
pub fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `text` with its first letter in upper case ("hungary" → "Hungary", "élan" → "Élan").
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| std::iter::once(upper(first)).chain(chars).collect())
        .unwrap_or_default()
}

/// The upper case of `c` where it is one character at one of the distances the Latin, Greek,
/// Cyrillic and Armenian cases keep in Unicode; any other character as it is (so "ß" stays "ß").
///
/// Found by lower-casing the candidates rather than by `char::to_uppercase`: that one brings
/// its own 12 KB table into the WebAssembly, where the lower-case table is there anyway (Yew's
/// hydration uses it).
fn upper(c: char) -> char {
    if c.is_ascii() || !c.is_lowercase() {
        return c.to_ascii_uppercase();
    }
    /// Where the upper case sits from the lower: Latin Extended (1 before), Latin-1, Greek and
    /// Cyrillic (32), Armenian (48), the rest of Cyrillic (80); extended Greek (8 after).
    const DISTANCES: [i32; 5] = [-1, -32, -48, -80, 8];
    DISTANCES
        .iter()
        .filter_map(|d| char::from_u32((c as u32).checked_add_signed(*d)?))
        .find(|u| u.is_uppercase() && u.to_lowercase().eq([c]))
        .unwrap_or(c)
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
    fn words_one_at_a_time_are_the_words() {
        let sep = |c: char| c.is_whitespace() || c == '(';
        for text in ["", " ", "a", " a  bc(d) ", "é ü(ö", "one two three four"] {
            let all: Vec<_> = words_between(text, sep).collect();
            assert_eq!(all, split_words(text, sep), "{text:?}");
            let first: Vec<_> = words_between(text, sep).take(2).collect();
            assert_eq!(
                first,
                split_words(text, sep)
                    .into_iter()
                    .take(2)
                    .collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn capitalise_changes_the_first_letter_only() {
        assert_eq!(capitalise("élan vital"), "Élan vital");
        assert_eq!(capitalise("ölkerbund und"), "Ölkerbund und");
        assert_eq!(capitalise("łódź"), "Łódź");
        assert_eq!(capitalise("женева"), "Женева");
        assert_eq!(capitalise("ἀθῆναι"), "Ἀθῆναι");
        assert_eq!(capitalise("ωμέγα"), "Ωμέγα");
        assert_eq!(capitalise("1951 onwards"), "1951 onwards");
        assert_eq!(capitalise(""), "");
    }

    #[test]
    fn upper_agrees_with_the_standard_library_or_leaves_the_letter() {
        let mut covered = 0;
        for c in (0..0x3000).filter_map(char::from_u32) {
            let mut std_upper = c.to_uppercase();
            let (Some(expected), None) = (std_upper.next(), std_upper.next()) else {
                assert_eq!(upper(c), c, "{c:?} has a several-letter upper case");
                continue;
            };
            let got = upper(c);
            assert!(
                got == expected || got == c,
                "{c:?}: {got:?}, not {expected:?}"
            );
            covered += usize::from(got == expected && got != c);
        }
        // The basic Latin, Latin-1, Latin Extended, Greek, Cyrillic and Armenian letters.
        assert!(covered > 600, "only {covered} letters upper-cased");
        for c in ('a'..='z')
            .chain('à'..='þ')
            .chain('α'..='ω')
            .chain('а'..='я')
        {
            if c != '÷' && c != 'ς' {
                assert_eq!(upper(c), c.to_uppercase().next().unwrap(), "{c:?}");
            }
        }
    }

    #[test]
    fn tail_counts_characters() {
        assert_eq!(tail("héllo", 4), "éllo");
        assert_eq!(tail("hi", 5), "hi");
        assert_eq!(tail("hi", 0), "");
    }
}
