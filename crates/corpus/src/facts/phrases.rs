//! Proper-name phrases at the start of a text.

use super::*;

/// The proper-name phrase at the start of `text`: capitalised words and joiners ("Geneva",
/// "Intergovernmental Committee for European Migration"), up to the first other word or
/// punctuation mark; keeps ", Country" after a city.
pub(super) fn proper_phrase(text: &str) -> Option<String> {
    let mut words = Vec::new();
    for raw in text.split_whitespace() {
        let w = raw.trim_start_matches(['“', '"', '‘']);
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        if !(capital || (NAME_JOINERS.contains(&bare) && !words.is_empty())) || bare.is_empty() {
            break;
        }
        words.push(bare);
        if bare.len() != w.len() {
            break; // punctuation ends the phrase
        }
    }
    while words.last().is_some_and(|w| NAME_JOINERS.contains(w)) {
        words.pop();
    }
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::leaders::person_name;

    #[test]
    fn person_names_and_proper_phrases() {
        assert_eq!(
            person_name("William Lacy Swing noted that"),
            Some("William Lacy Swing".into())
        );
        assert_eq!(
            person_name("Antonio Vitorino, serves"),
            Some("Antonio Vitorino".into())
        );
        assert_eq!(person_name("and the Secretary"), None);
        assert_eq!(proper_phrase("Geneva, Switzerland"), Some("Geneva".into()));
        assert_eq!(
            proper_phrase("Intergovernmental Committee for Migration (ICM) in"),
            Some("Intergovernmental Committee for Migration".into())
        );
    }
}
