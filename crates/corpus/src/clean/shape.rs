//! The shape of a line of text: bullets, terminal punctuation, headings, dangling words.

/// Lower-cased letters and digits of a word, for comparing words.
pub(super) fn norm(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two texts are the same once normalised (`norm(a) == norm(b)`), without making
/// either.
pub(super) fn same_norm(a: &str, b: &str) -> bool {
    a.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .eq(b
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase))
}

/// Whether `norm(word)` is `normed`, without making it.
pub(super) fn norm_is(word: &str, normed: &str) -> bool {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .eq(normed.chars())
}

/// Whether `word`, without surrounding punctuation, is one of `words` (ASCII, any case).
pub(super) fn word_is(word: &str, words: &[&str]) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
    words.iter().any(|w| bare.eq_ignore_ascii_case(w))
}

/// Words a heading or a complete sentence does not end with.
pub(super) const DANGLING: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "is", "are", "was", "were", "be", "that", "which", "their", "its", "his", "her", "as",
    "this",
];

pub(super) fn starts_with_bullet(text: &str) -> Option<usize> {
    let c = text.chars().next()?;
    let bullet = matches!(c, '•' | '*' | '·' | '▪' | '◦' | '–' | '-');
    let followed_by_space = text[c.len_utf8()..].starts_with(char::is_whitespace);
    (bullet && followed_by_space).then(|| c.len_utf8())
}

pub(super) fn ends_dangling(text: &str) -> bool {
    text.rsplit(char::is_whitespace)
        .find(|w| !w.is_empty())
        .is_some_and(|w| DANGLING.contains(&norm(w).as_str()))
}

pub(super) fn has_terminal_punctuation(text: &str) -> bool {
    let end = text.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
    end.ends_with(['.', '!', '?', '…'])
}

pub(super) fn looks_like_heading(text: &str) -> bool {
    // At most 15 words: count no further than that.
    let n = text.split_whitespace().take(16).count();
    let first_alpha = text.chars().find(|c| c.is_alphanumeric());
    let quoted = text.starts_with(['"', '“']);
    let max_words = if quoted { 15 } else { 12 };
    (1..=max_words).contains(&n)
        && !text.ends_with(['.', ',', ';', ':', '!', '?'])
        && !ends_dangling(text)
        && (quoted || first_alpha.is_some_and(char::is_uppercase))
}

/// The text inside a marked heading: a wiki heading (`== History ==`) or a Markdown one
/// (`## History`, `# Title #`, one to six `#` and a space).
pub(super) fn heading_text(s: &str) -> Option<std::ops::Range<usize>> {
    if s.starts_with("==") && s.len() >= 4 && s.ends_with("==") {
        let start = s.len() - s.trim_start_matches('=').len();
        return Some(start..start + s.trim_matches('=').len());
    }
    let hashes = s.len() - s.trim_start_matches('#').len();
    let rest = &s[hashes..];
    if !(1..=6).contains(&hashes) || !rest.starts_with(' ') || rest.trim().is_empty() {
        return None;
    }
    let inner = rest.trim_end().trim_end_matches('#');
    Some(hashes..hashes + inner.len())
}

#[cfg(test)]
mod tests {
    use crate::clean::{clean, BlockKind};

    #[test]
    fn markdown_headings_are_headings_without_their_marks() {
        let raw = "# The Guild #\n\n## Early years\n\nThe guild was founded in 1888.\n\n#1 on the list is not a heading.\n";
        let doc = clean(raw);
        let blocks: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| (b.kind.clone(), b.text.as_str()))
            .collect();
        // A level-one heading on the first line is the document's title.
        assert_eq!(doc.title.as_deref(), Some("The Guild"));
        assert_eq!(blocks[0], (BlockKind::Heading, "Early years"));
        assert_eq!(blocks[1].1, "The guild was founded in 1888.");
        assert!(blocks[2].1.starts_with("#1 on the list"), "{blocks:?}");
        assert_eq!(&raw[doc.blocks[0].text.raw_range().unwrap()], "Early years");
    }
}
