//! Clauses of a sentence, so that each happening takes the date of its own clause: in "The
//! Assembly established it on 14 December 1950, and the office began its work in January 1951"
//! the establishment is dated 1950 and the start of work 1951, each titled by its own words.

use std::ops::Range;

/// Common irregular past tenses that open a clause after "and" ("... and died in 1910").
const IRREGULAR_PAST: &[&str] = &[
    "began", "became", "won", "took", "grew", "went", "left", "made", "gave", "held", "met", "set",
    "came", "saw", "wrote", "led", "built", "fled", "rose", "fell", "sent", "brought", "bought",
    "sold", "spent", "paid", "kept", "lost", "found", "chose", "drew", "ran", "split", "shut",
    "struck", "spoke", "stood", "was", "were", "had",
];

/// Words that follow a verb rather than an adjective (which a noun follows).
const FOLLOW_VERB: &[&str] = &[
    "in", "on", "at", "to", "the", "a", "an", "its", "his", "her", "their", "from", "for", "with",
    "by", "as", "into", "over", "after", "before", "up", "out", "it", "them", "him", "until",
    "during", "about", "again", "there", "back", "away", "off", "down",
];

/// Joints between clauses, other than "and" before a verb.
const JOINTS: &[&str] = &[
    ", and ",
    ", but ",
    ", while ",
    ", whereas ",
    "; ",
    " and then ",
];

/// Whether `word` reads as a verb in the past tense.
pub fn past_tense(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphabetic());
    (w.len() > 3 && w.ends_with("ed") && w.starts_with(char::is_lowercase))
        || IRREGULAR_PAST.contains(&w)
}

/// Byte offsets where a new clause starts in `sentence`.
fn clause_starts(sentence: &str) -> Vec<usize> {
    let mut starts: Vec<usize> = JOINTS
        .iter()
        .flat_map(|j| sentence.match_indices(j).map(move |(i, _)| i + j.len()))
        .collect();
    for (i, _) in sentence.match_indices(" and ") {
        let mut words = sentence[i + 5..].split_whitespace();
        let (next, after) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        // "... and died in Heiden", not "refugees and displaced people".
        let bare = after.trim_matches(|c: char| !c.is_alphabetic());
        // "... and began operating on 1 January 1951": a verb and its -ing complement.
        let verb_goes_on = after.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || FOLLOW_VERB.contains(&bare)
            || bare.len() > 5 && bare.ends_with("ing");
        if past_tense(next) && verb_goes_on {
            starts.push(i + 5);
        }
    }
    crate::order::sort(&mut starts);
    starts.dedup();
    starts
}

/// The clause of `sentence` that holds the bytes `at`.
pub fn clause_of(sentence: &str, at: Range<usize>) -> Range<usize> {
    clause_among(sentence, &clause_starts(sentence), at)
}

/// The clause that holds the bytes `at`, among clauses starting at `starts`, without the joint
/// that ends it.
fn clause_among(sentence: &str, starts: &[usize], at: Range<usize>) -> Range<usize> {
    let start = starts
        .iter()
        .rev()
        .find(|&&s| s <= at.start)
        .copied()
        .unwrap_or(0);
    let end = starts
        .iter()
        .find(|&&s| s > at.end)
        .map_or(sentence.len(), |&s| {
            let joint = JOINTS
                .iter()
                .chain(&[" and "])
                .find(|j| sentence[..s].ends_with(*j))
                .map_or(0, |j| j.len());
            s - joint
        });
    start..end.max(start)
}

/// Every clause of `sentence`, without the joints between them.
pub fn clauses(sentence: &str) -> Vec<Range<usize>> {
    let starts = clause_starts(sentence);
    std::iter::once(0)
        .chain(starts.iter().copied())
        .map(|start| clause_among(sentence, &starts, start..start))
        .filter(|clause| clause.end > clause.start)
        .collect()
}

/// The subject of the sentence's first clause, when the clause at `clause` goes on without one
/// ("Dunant was born in Geneva in 1828 and died in Heiden in 1910": "Dunant" for the second).
pub fn missing_subject(sentence: &str, clause: &Range<usize>) -> Option<String> {
    if clause.start == 0 {
        return None;
    }
    let first_word = sentence[clause.clone()].split_whitespace().next()?;
    if !past_tense(first_word) {
        return None;
    }
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let verb = words
        .iter()
        .position(|w| past_tense(w) || matches!(*w, "is" | "are"))?;
    (1..=6).contains(&verb).then(|| words[..verb].join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(sentence: &str, word: &str) -> String {
        let at = sentence.find(word).expect("the word is in the sentence");
        sentence[clause_of(sentence, at..at + word.len())].to_string()
    }

    #[test]
    fn each_date_has_its_clause() {
        let s = "The Assembly established it on 14 December 1950, and the office began its work in January 1951.";
        assert_eq!(
            clause(s, "1950"),
            "The Assembly established it on 14 December 1950"
        );
        assert_eq!(
            clause(s, "1951"),
            "the office began its work in January 1951."
        );
        let s = "Dunant was born in Geneva in 1828 and died in Heiden in 1910.";
        assert_eq!(clause(s, "1828"), "Dunant was born in Geneva in 1828");
        assert_eq!(clause(s, "1910"), "died in Heiden in 1910.");
        let at = s.find("died").unwrap();
        assert_eq!(
            missing_subject(s, &clause_of(s, at..at + 4)).as_deref(),
            Some("Dunant")
        );
        let s = "It was set up by the Assembly on 14 December 1950 and began operating on 1 January 1951.";
        assert_eq!(clause(s, "1951"), "began operating on 1 January 1951.");
        let s = "It looked after refugees and displaced people until 1947, from 1943.";
        assert_eq!(clause(s, "1947"), s);
        // One happening, two dates: one clause.
        let s = "It received the Nobel Peace Prize in 1954 and again in 1981.";
        assert_eq!(clause(s, "1981"), s);
    }

    #[test]
    fn a_sentence_splits_into_its_clauses() {
        let s = "It became a reference point, and the number of its members has reached 175.";
        let parts: Vec<&str> = clauses(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(
            parts,
            [
                "It became a reference point",
                "the number of its members has reached 175."
            ]
        );
        assert_eq!(clauses("One clause only.").len(), 1);
    }
}
