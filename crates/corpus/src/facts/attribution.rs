//! Attribution: whether a clause is about the subject (its name, an alias, a pronoun or a generic
//! noun standing for it) or about someone or something else (a person, a forerunner, one of its
//! organs, another organization). "The relief administration, created in 1943, looked after ..."
//! dates the relief administration, not the organization the documents are about.

use std::ops::Range;

use super::names::trailing_proper_phrase;
use crate::words::has_word;

use super::*;

/// Who a verb is said of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Actor {
    Subject,
    Other,
}

/// Words between a noun phrase and its verb that say nothing about who acts.
const AUXILIARIES: &[&str] = &[
    "been",
    "be",
    "being",
    "initially",
    "first",
    "originally",
    "formally",
    "officially",
    "later",
    "once",
    "then",
    "also",
    "only",
    "newly",
    "subsequently",
    "eventually",
    "finally",
    "itself",
];

/// Auxiliaries that make the verb finite.
const FINITE: &[&str] = &["was", "were", "is", "are", "had", "has", "have"];

/// Relative pronouns that tie a verb to the noun phrase before them.
const RELATIVES: &[&str] = &["which", "that", "who"];

/// Nouns that stand for an organization when no name is given ("the agency was set up").
const GENERIC: &[&str] = &[
    "it",
    "organization",
    "organisation",
    "agency",
    "committee",
    "fund",
    "office",
    "body",
    "institution",
    "programme",
    "program",
    "union",
    "federation",
    "society",
    "association",
    "club",
    "foundation",
    "commission",
];

/// Words that make a noun phrase another body than the subject, whatever it names.
const OTHERS: &[&str] = &[
    "predecessor",
    "predecessors",
    "forerunner",
    "forerunners",
    "precursor",
    "precursors",
    "successor",
];

/// The phrase a verb is said of.
enum Phrase<'a> {
    /// Its object, or "its" before it: the subject.
    Subject,
    /// A phrase that starts the text here.
    Front(&'a str),
    /// A phrase that ends the text here.
    Back(&'a str),
}

/// Who the verb that spans `verb` in `text` is said of: the noun phrase it is predicated of
/// ("X was founded", "X, founded in", "X, which was created", "Founded in 1863, X is", "an
/// organization founded in") or its object ("the Assembly established it").
pub(super) fn actor_of(text: &str, verb: Range<usize>, subject: &Subject) -> Actor {
    match phrase_of(text, verb, subject) {
        Phrase::Subject => Actor::Subject,
        Phrase::Front(phrase) => classify_front(phrase, subject),
        Phrase::Back(phrase) => classify_back(phrase, subject),
    }
}

/// The name of the body a verb is said of, when it is written just before it ("The Paris
/// Office (PO), established in 1907, ..."): a forerunner's name.
pub(super) fn named_before(text: &str, verb: Range<usize>, subject: &Subject) -> Option<Value> {
    let Phrase::Back(phrase) = phrase_of(text, verb, subject) else {
        return None;
    };
    let (name, abbreviation) = match phrase.trim_end().strip_suffix(')') {
        Some(rest) => {
            let (name, abbr) = rest.rsplit_once(" (")?;
            (name, Some(abbr.to_string()).filter(|a| is_abbreviation(a)))
        }
        None => (phrase, None),
    };
    let name = trailing_proper_phrase(name)?;
    let name = name
        .strip_prefix("The ")
        .map_or(name.clone(), str::to_string);
    Some(Value::Name { name, abbreviation })
}

fn phrase_of<'a>(text: &'a str, verb: Range<usize>, subject: &Subject) -> Phrase<'a> {
    let object = text[verb.end..].trim_start();
    if starts_with_word(object, "it") || subject.aliases.iter().any(|a| object.starts_with(a)) {
        return Phrase::Subject;
    }
    let mut before = text[..verb.start].trim_end();
    // A finite verb ("X, or as it was first known, Y, was born") is said of the clause's first
    // phrase; a participle ("X, founded in") or a relative clause ("X, which was created") of
    // the phrase just before it.
    let (mut finite, mut relative) = (false, false);
    loop {
        let word = before.rsplit(' ').next().unwrap_or("");
        // An acronym is a name, even one spelt like a pronoun ("the WHO was founded").
        if is_abbreviation(word) {
            break;
        }
        let bare = word.to_ascii_lowercase();
        if RELATIVES.contains(&bare.as_str()) {
            relative = true;
        } else if FINITE.contains(&bare.as_str()) {
            finite = true;
        } else if !AUXILIARIES.contains(&bare.as_str()) {
            break;
        }
        before = before[..before.len() - word.len()].trim_end();
    }
    // "the newly formed United Nations": a participle before a noun describes that noun.
    if let Some(article) = ["the", "a", "an"]
        .into_iter()
        .find(|a| before.rsplit(' ').next() == Some(*a))
    {
        return Phrase::Back(article);
    }
    if finite && !relative && before.ends_with(',') {
        let clause = before.rsplit(['.', ';', ':']).next().unwrap_or(before);
        return Phrase::Front(clause.trim_start());
    }
    if before.is_empty() {
        // "Founded in 1863, the ICRC is ...": the phrase after the participle's comma.
        return match text[verb.end..].split_once(", ") {
            Some((_, after)) => Phrase::Front(after),
            None => Phrase::Subject,
        };
    }
    let lower = before.to_ascii_lowercase();
    if lower.ends_with(" its") || lower == "its" {
        return Phrase::Subject; // "its founding"
    }
    // The clause the phrase sits in: after the last sentence mark, and after the last comma
    // unless the verb follows that comma ("X, founded in ...").
    let mut phrase = before.trim_end_matches(',').trim_end();
    phrase = phrase.rsplit(['.', ';', ':']).next().unwrap_or(phrase);
    phrase = phrase.rsplit(", ").next().unwrap_or(phrase);
    phrase = phrase.rsplit(" and ").next().unwrap_or(phrase);
    Phrase::Back(phrase)
}

fn starts_with_word(text: &str, word: &str) -> bool {
    text.get(..word.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(word))
        && !text[word.len()..].starts_with(char::is_alphanumeric)
}

/// Whether the noun phrase that ends `phrase` stands for the subject.
fn classify_back(phrase: &str, subject: &Subject) -> Actor {
    let lower = phrase.to_ascii_lowercase();
    if OTHERS
        .iter()
        .any(|w| lower.split_whitespace().any(|x| x == *w))
    {
        return Actor::Other;
    }
    if names_subject(phrase, subject) {
        return Actor::Subject;
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let Some(last) = words.last() else {
        return Actor::Subject;
    };
    let head = last
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    let proper = last.starts_with(char::is_uppercase) || last.ends_with(')');
    if proper {
        // A name that is not one of the subject's: a person, another body, one of its organs.
        return if head == "it" {
            Actor::Subject
        } else {
            Actor::Other
        };
    }
    if GENERIC.contains(&head.as_str()) {
        Actor::Subject
    } else {
        Actor::Other
    }
}

/// Whether the noun phrase that starts `text` stands for the subject.
fn classify_front(text: &str, subject: &Subject) -> Actor {
    if names_subject_at_start(text, subject) {
        return Actor::Subject;
    }
    // "The human rights group, Acme Aid, was founded": the name set after the phrase.
    let phrase = text.trim_end().trim_end_matches(',').trim_end();
    if let Some((_, named)) = phrase.rsplit_once(", ") {
        if names_subject_at_start(named, subject) {
            return Actor::Subject;
        }
    }
    let first: Vec<&str> = text.split_whitespace().take(3).collect();
    let generic = first.iter().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        GENERIC.contains(&w.as_str())
    });
    let proper = first
        .iter()
        .skip_while(|w| matches!(**w, "The" | "the" | "This" | "this"))
        .any(|w| w.starts_with(char::is_uppercase));
    if generic && !proper {
        Actor::Subject
    } else {
        Actor::Other
    }
}

fn names_subject(phrase: &str, subject: &Subject) -> bool {
    subject
        .aliases
        .iter()
        .filter(|a| !a.is_empty())
        .any(|a| has_word(phrase, a))
}

fn names_subject_at_start(text: &str, subject: &Subject) -> bool {
    let text = text.strip_prefix("the ").unwrap_or(text);
    let text = text.strip_prefix("The ").unwrap_or(text);
    subject
        .aliases
        .iter()
        .filter(|a| !a.is_empty())
        .any(|a| text.starts_with(a.as_str()))
        || starts_with_word(text, "it")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject() -> Subject {
        Subject {
            name: "Acme Relief Agency".into(),
            aliases: vec!["Acme Relief Agency".into(), "ARA".into()],
        }
    }

    fn actor(text: &str, verb: &str) -> Actor {
        let at = text.find(verb).expect("the verb is in the text");
        actor_of(text, at..at + verb.len(), &subject())
    }

    #[test]
    fn a_name_set_after_a_description_is_the_subject() {
        assert_eq!(
            actor(
                "The relief group, Acme Relief Agency, was founded in 1950.",
                "founded"
            ),
            Actor::Subject
        );
        assert_eq!(
            actor(
                "The relief group, Other Aid, was founded in 1950.",
                "founded"
            ),
            Actor::Other
        );
    }

    #[test]
    fn an_acronym_spelt_like_a_pronoun_is_the_subject_it_names() {
        let subject = Subject {
            name: "Wide Harbour Office".into(),
            aliases: vec!["Wide Harbour Office".into(), "WHO".into()],
        };
        let text = "A charter was signed, and the WHO was founded in 1950.";
        let at = text.find("founded").unwrap();
        assert_eq!(actor_of(text, at..at + 7, &subject), Actor::Subject);
        // The pronoun is still a relative one.
        let text = "Its head, who was born in 1950, spoke.";
        let at = text.find("born").unwrap();
        assert_ne!(actor_of(text, at..at + 4, &subject), Actor::Subject);
    }

    #[test]
    fn the_subject_its_pronoun_and_generic_nouns_are_the_subject() {
        for (text, verb) in [
            ("It was founded in 1950 as a committee.", "founded"),
            (
                "The Acme Relief Agency was established in 1950.",
                "established",
            ),
            ("ARA, which was created in 1950, grew.", "created"),
            (
                "Founded in 1950, the ARA now works in 30 countries.",
                "Founded",
            ),
            ("Founded in 1950, the agency grew.", "Founded"),
            (
                "The Assembly established it on 14 December 1950.",
                "established",
            ),
            ("ARA is a relief organization founded in 1950.", "founded"),
            ("Since its founding in 1950 it has grown.", "founding"),
            ("The agency was set up in 1950.", "set up"),
            (
                "ARA, or as it was first known, the Relief Office (RO), was born in 1950.",
                "born",
            ),
        ] {
            assert_eq!(actor(text, verb), Actor::Subject, "{text}");
        }
    }

    #[test]
    fn people_forerunners_and_organs_are_not() {
        for (text, verb) in [
            (
                "The relief administration, created in 1943, looked after refugees.",
                "created",
            ),
            (
                "The Paris Health Office, established in 1907, was its forerunner.",
                "established",
            ),
            (
                "It took over from the Refugee Office, which had been created in 1946.",
                "created",
            ),
            (
                "Its predecessor, created in 1946, closed in 1952.",
                "created",
            ),
            ("Rajchman was born in Warsaw in 1881.", "born"),
            ("The present Executive Board was formed in 1994.", "formed"),
            (
                "Founded in 1828, the Geneva Society set up a committee.",
                "Founded",
            ),
        ] {
            assert_eq!(actor(text, verb), Actor::Other, "{text}");
        }
    }

    #[test]
    fn a_forerunner_is_named() {
        let text = "The Paris Health Office (PHO), established in 1907, was its forerunner.";
        let at = text.find("established").unwrap();
        assert_eq!(
            named_before(text, at..at + 11, &subject()),
            Some(Value::Name {
                name: "Paris Health Office".into(),
                abbreviation: Some("PHO".into())
            })
        );
    }
}
