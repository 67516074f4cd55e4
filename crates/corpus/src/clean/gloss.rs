//! Hover cards: a linked term followed by its glossary definition, cut off with an ellipsis.

use super::*;

pub(super) fn is_article(word: &str) -> bool {
    matches!(norm(word).as_str(), "a" | "an" | "the")
}

/// A hover card is a linked term followed by its glossary definition, cut off with an ellipsis:
/// `migrant worker A migrant worker is a person who ... Migran ...`. Returns the byte length of
/// the linked term when `line` is one.
pub(super) fn hover_card_term(line: &str) -> Option<usize> {
    let trimmed = line.trim_end();
    if !(trimmed.ends_with("...") || trimmed.ends_with('…')) {
        return None;
    }
    let words = split_words(trimmed, char::is_whitespace);
    let same = |a: &[Word], b: &[Word]| {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| norm(x.text) == norm(y.text) && !norm(x.text).is_empty())
    };
    for k in 1..=6.min(words.len() / 2) {
        let term = &words[..k];
        for skip in [0, 1] {
            let at = k + skip;
            if skip == 1 && !is_article(words[k].text) {
                continue;
            }
            if at + k <= words.len() && same(term, &words[at..at + k]) {
                return Some(words[k - 1].end());
            }
        }
    }
    None
}

/// How a line that continues a hover-card sentence attaches: no space before punctuation or a
/// split-off word ending (`s.` after `migrant worker`: one or two lower-case letters and then
/// punctuation), a space otherwise (`as the ...` after `Venice`).
pub(super) fn continues_without_space(line: &str) -> bool {
    let Some(first) = line.chars().next() else {
        return false;
    };
    if ".,;:!?)".contains(first) {
        return true;
    }
    let letters = line.chars().take_while(|c| c.is_lowercase()).count();
    let after = line.chars().nth(letters);
    (1..=2).contains(&letters) && after.is_none_or(|c| ".,;:!?'’)".contains(c))
}
