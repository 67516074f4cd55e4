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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hover_card_term_is_found_after_the_repeated_term() {
        assert_eq!(
            hover_card_term("migrant worker A migrant worker is a person ... Migran ..."),
            Some(14)
        );
        assert_eq!(
            hover_card_term("World War II World War II or the Second World War ..."),
            Some(12)
        );
        assert_eq!(
            hover_card_term("Rome Rome ( ; it, Roma ) is a city ..."),
            Some(4)
        );
        assert_eq!(hover_card_term("The work goes on ..."), None);
        assert_eq!(
            hover_card_term("migrant worker A migrant worker is a person."),
            None
        );
    }

    #[test]
    fn hover_cards_are_removed_and_the_sentence_rejoined() {
        let raw = "Acme is an\nnon-profit body A non-profit body is an organization that ...\nthat helps\nbee keeper A bee keeper is a person who keeps bees ...\n\nbee keeper\ns. It is in\nParis Paris is the capital of France ...\n. Done.";
        let doc = clean(raw);
        assert_eq!(
            texts(&doc, BlockKind::Paragraph),
            ["Acme is an non-profit body that helps bee keepers. It is in Paris. Done."]
        );
        assert_eq!(doc.removed[&Noise::Gloss], 3);
        let block = &doc.blocks[0];
        let range = block.text.raw_range().unwrap();
        assert_eq!(&raw[range.start..range.start + 4], "Acme");
        assert!(raw[..range.end].ends_with(". Done."));
    }

    #[test]
    fn a_short_word_after_a_hover_card_is_not_glued() {
        let raw = "It met in\nRome Rome ( ; it, Roma ) is a city ...\nas a guest.";
        assert_eq!(
            clean(raw).blocks[0].text.as_str(),
            "It met in Rome as a guest."
        );
    }
}
