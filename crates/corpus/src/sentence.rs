//! Sentence splitting that copes with abbreviations ("Mr.", "U.S.", "e.g."), initials
//! ("William L. Swing"), decimals ("$1.675 billion"), quotes, and a missing space after a full
//! stop ("migration.Millions").

use std::ops::Range;

/// Abbreviations after which a full stop does not end a sentence (compared in lower case).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "capt", "sgt", "rev",
    "hon", "amb", "gov", "pres", "sen", "rep", "no", "nos", "vs", "etc", "e.g", "i.e", "cf", "al",
    "inc", "ltd", "co", "corp", "approx", "ca", "pp", "p", "vol", "fig", "art", "para", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
    "u.n", "e.u", "a.m", "p.m",
];

/// Abbreviations that always lead into the word after them (a title before a name, "e.g."
/// before an example, "No." before a number): never a sentence's end.
const LEADING: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "sgt", "rev", "hon", "amb", "gov",
    "pres", "sen", "rep", "no", "nos", "vs", "e.g", "i.e", "cf", "pp", "p", "vol", "fig", "art",
    "para", "approx", "ca",
];

/// Words that open sentences and never a name: after an initial or an abbreviation that may
/// end a sentence ("World War I.", "the U.S.", "etc."), one of them starts the next sentence.
const OPENERS_OF_SENTENCES: &[&str] = &[
    "A",
    "After",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Despite",
    "During",
    "Each",
    "Every",
    "For",
    "From",
    "He",
    "Her",
    "His",
    "However",
    "If",
    "In",
    "It",
    "Its",
    "Later",
    "Many",
    "Meanwhile",
    "Most",
    "Now",
    "Of",
    "On",
    "Our",
    "Since",
    "She",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thus",
    "To",
    "Today",
    "Under",
    "Until",
    "We",
    "When",
    "While",
    "With",
    "Yet",
];

const CLOSERS: &str = "\"”’')]»";
const OPENERS: &str = "\"“‘'«#";

/// Byte ranges of the sentences in `text`, trimmed, in order; they cover all non-space text.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Include closing quotes and brackets in the sentence.
        let mut j = k + 1;
        while j < chars.len() && CLOSERS.contains(chars[j].1) {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
        let boundary = match chars.get(j) {
            None => true,
            Some(&(_, next)) if next.is_whitespace() => {
                let after = chars[j..]
                    .iter()
                    .map(|&(_, c)| c)
                    .find(|c| !c.is_whitespace());
                starts_sentence(after)
                    && !(c == '.'
                        && is_abbreviation(&text[start..i])
                        && !(opens_a_sentence(text, end) && may_end(&text[start..i])))
            }
            // "migration.Millions": a full stop glued to a capitalised word.
            Some(&(_, next)) => c == '.' && j == k + 1 && glued_boundary(&text[start..i], next),
        };
        if boundary {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = range.start + lead;
        out.push(s..s + trimmed.len());
    }
}

fn starts_sentence(next: Option<char>) -> bool {
    next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || OPENERS.contains(c))
}

/// Whether the word just before a full stop is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = last_word(before);
    let lower = word.to_ascii_lowercase();
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // "U.S" or "E.U": letters separated by full stops.
    let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2);
    single_initial || dotted || ABBREVIATIONS.contains(&lower.as_str())
}

/// Whether the first word at or after byte `at` is one that opens sentences.
fn opens_a_sentence(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start();
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // "J. A. Smith": a letter with a full stop is another initial.
    let initial = word.len() == 1 && rest[1..].starts_with('.');
    OPENERS_OF_SENTENCES.contains(&word) && !initial
}

/// Whether the abbreviation or initial ending `before` may end a sentence (not a title, not
/// "e.g.").
fn may_end(before: &str) -> bool {
    !LEADING.contains(&last_word(before).to_ascii_lowercase().as_str())
}

/// The word a full stop ends: after the last space, bracket or opening quote.
fn last_word(before: &str) -> &str {
    before
        .rsplit(|c: char| c.is_whitespace() || "(\"“".contains(c))
        .next()
        .unwrap_or("")
}

fn glued_boundary(before: &str, next: char) -> bool {
    // "(now the Congo).Although": a closing bracket, a stop and a capital.
    if before.ends_with(')') && next.is_uppercase() {
        return true;
    }
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    next.is_uppercase() && word.chars().count() >= 3 && word.chars().all(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("One. Two! Three? Four"),
            ["One.", "Two!", "Three?", "Four"]
        );
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        assert_eq!(
            split("Mr. Swing met the U.S. delegation. William L. Swing spoke. It cost $1.675 billion in 2013. Done."),
            [
                "Mr. Swing met the U.S. delegation.",
                "William L. Swing spoke.",
                "It cost $1.675 billion in 2013.",
                "Done."
            ]
        );
        assert_eq!(
            split("See e.g. Smith. Then go."),
            ["See e.g. Smith.", "Then go."]
        );
    }

    #[test]
    fn an_initial_or_an_abbreviation_before_a_sentence_opener_ends_the_sentence() {
        assert_eq!(
            split("It followed a body formed after World War I. In 1945, the United Nations was formed."),
            [
                "It followed a body formed after World War I.",
                "In 1945, the United Nations was formed."
            ]
        );
        assert_eq!(
            split("It opened an office in the U.S. The office closed in 1990. Staff, files, etc. It all moved."),
            [
                "It opened an office in the U.S.",
                "The office closed in 1990.",
                "Staff, files, etc.",
                "It all moved."
            ]
        );
        assert_eq!(
            split("Zoë’s café was run by Ö. In 1990 it shut."),
            ["Zoë’s café was run by Ö.", "In 1990 it shut."]
        );
        // A title leads into a name, "e.g." into an example; an initial into a surname.
        assert_eq!(
            split("Dr. The Nguyen spoke. See e.g. The Hague rules. John F. Kennedy and J. A. Smith came."),
            [
                "Dr. The Nguyen spoke.",
                "See e.g. The Hague rules.",
                "John F. Kennedy and J. A. Smith came."
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split("He said: \"It is time.\" Then he left. “We will,” stated Swing. ‘Yes.’ Fine."),
            [
                "He said: \"It is time.\"",
                "Then he left.",
                "“We will,” stated Swing.",
                "‘Yes.’",
                "Fine."
            ]
        );
    }

    #[test]
    fn a_missing_space_after_a_full_stop_still_splits() {
        assert_eq!(
            split("a driver of global migration.Millions of migrants use it. Version 2.0 is out."),
            [
                "a driver of global migration.",
                "Millions of migrants use it.",
                "Version 2.0 is out."
            ]
        );
    }

    #[test]
    fn a_stop_glued_after_a_bracket_splits() {
        assert_eq!(
            split("It worked in Zaire (now Congo).Although small, it grew."),
            [
                "It worked in Zaire (now Congo).",
                "Although small, it grew."
            ]
        );
    }

    #[test]
    fn lower_case_after_a_stop_does_not_split() {
        assert_eq!(
            split("It grew approx. ten times. Fine."),
            ["It grew approx. ten times.", "Fine."]
        );
        assert_eq!(
            split("Numbers rose to 5. then fell."),
            ["Numbers rose to 5. then fell."]
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "",
            ".",
            "...",
            "é.É",
            " . . ",
            "?!",
            "“",
            "a.”",
            "U.S.",
            "x.\u{a0}Y",
        ] {
            let _ = split_sentences(text);
        }
    }
}
