//! Image captions and alt text, alone or glued in front of a paragraph.

use super::*;

/// An image caption: a phrase ending with a parenthesised credit (`... in 2011 (Reuters)`), or a
/// short line naming a logo, photo or image.
pub(super) fn is_caption(text: &str) -> bool {
    let credit = text
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .is_some_and(|(before, credit)| {
            let credit_words: Vec<_> = credit.split_whitespace().collect();
            (1..=3).contains(&credit_words.len())
                && credit_words
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase))
                && !before.trim_end().ends_with(['.', ':', ';'])
                && !before.contains(". ")
                && before.split_whitespace().count() >= 3
                && !is_acronym_of(credit, before)
        });
    let short = text.split_whitespace().nth(6).is_none();
    let pictures = || {
        text.split_whitespace()
            .any(|w| word_is(w, &["logo", "photo", "image", "picture"]))
    };
    credit || (short && !has_terminal_punctuation(text) && pictures())
}

/// `IOM Logo – The organization is ...`: alt text glued in front of a paragraph. Returns the byte
/// length of the caption part and where the paragraph starts.
pub(super) fn glued_caption(text: &str) -> Option<(usize, usize)> {
    let dash = text.find(" – ").or_else(|| text.find(" - "))?;
    let head = &text[..dash];
    let n = head.split_whitespace().count();
    let pictures = head
        .split_whitespace()
        .last()
        .is_some_and(|w| word_is(w, &["logo", "photo", "image"]));
    let sep = text[dash..].chars().nth(1).map_or(3, |c| c.len_utf8() + 2);
    (pictures && n <= 5).then_some((dash, dash + sep))
}

/// Whether `abbr` is the acronym of the name that `name` ends with ("World Health Organization
/// (WHO)"): a name and its acronym, not a caption and its credit.
fn is_acronym_of(abbr: &str, name: &str) -> bool {
    let abbr: String = abbr.trim().chars().filter(|c| *c != '.').collect();
    let abbr = abbr.as_str();
    if abbr.len() < 2 || !abbr.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let initials: Vec<char> = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let mut want = abbr.chars().peekable();
    for c in initials {
        if want.peek() == Some(&c) {
            want.next();
        }
    }
    want.peek().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_are_kept_apart_from_prose() {
        let raw = "Staff at the port of Genoa in 2011 (Reuters)\n\nacme logo\n\nacme logo\n\nWidget Logo – Acme is a company.";
        let doc = clean(raw);
        assert_eq!(
            texts(&doc, BlockKind::Caption),
            [
                "Staff at the port of Genoa in 2011 (Reuters)",
                "acme logo",
                "Widget Logo"
            ]
        );
        assert_eq!(texts(&doc, BlockKind::Paragraph), ["Acme is a company."]);
        assert_eq!(doc.removed[&Noise::Duplicate], 1);
    }
}
