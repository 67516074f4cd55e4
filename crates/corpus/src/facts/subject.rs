//! The subject: the organization the documents are about, and the names that refer to it.
//!
//! It is an organization-shaped name (Organization, Committee, Office, Fund, ...) that the
//! documents agree on: titles, the names their defining sentences open with, names defined with
//! an acronym in brackets. Never a person (a page about a founder) and never one of its organs
//! (a page titled "Executive Board").

use super::*;
use crate::structure::{subject_name, UNTITLED};
use crate::words::has_word;

/// Head words of organization names.
const ORGANIZATION_WORDS: &[&str] = &[
    "Organization",
    "Organisation",
    "Committee",
    "Office",
    "Fund",
    "Programme",
    "Program",
    "Agency",
    "Council",
    "Federation",
    "Union",
    "Association",
    "Society",
    "Institute",
    "Institution",
    "Foundation",
    "Commission",
    "League",
    "Movement",
    "Bank",
    "Club",
    "Bureau",
    "Alliance",
    "Authority",
    "Administration",
    "Service",
    "Centre",
    "Center",
    "Network",
    "Corporation",
    "Company",
];

/// Head words of an organization's organs.
const ORGAN_WORDS: &[&str] = &["Board", "Assembly", "Secretariat"];

/// Words that make a committee or council one organ of a larger body.
const ORGAN_MODIFIERS: &[&str] = &[
    "Executive",
    "Standing",
    "Steering",
    "Governing",
    "Supervisory",
    "Advisory",
    "Permanent",
    "General",
];

/// Who the document is about: its name and the short forms that refer to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    pub name: String,
    pub aliases: Vec<String>,
}

impl Subject {
    /// The organization the documents are about (see the module comment); when no
    /// organization-shaped name is found, the title most documents share.
    pub fn from_corpus(docs: &[StructuredDoc]) -> Self {
        let definitions = acronym_definitions(docs);
        let texts: Vec<String> = docs.iter().map(document_text).collect();
        let mut candidates: Vec<String> = Vec::new();
        let mut add = |name: &str| {
            let name = name.strip_prefix("The ").unwrap_or(name).trim();
            if organization_shaped(name) && !candidates.iter().any(|c| c == name) {
                candidates.push(name.to_string());
            }
        };
        for doc in docs {
            let title = definitions
                .iter()
                .find(|(_, abbr)| *abbr == doc.title)
                .map_or(doc.title.as_str(), |(name, _)| name.as_str());
            add(title);
            for (_, _, sentence) in doc.sentences().take(3) {
                if let Some(name) = subject_name(&sentence.text) {
                    add(&name);
                }
            }
        }
        for (name, _) in &definitions {
            add(name);
        }
        let score = |name: &String| {
            let abbreviations: Vec<&str> = definitions
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, a)| a.as_str())
                .collect();
            let mentioned = texts
                .iter()
                .filter(|t| {
                    t.contains(name.as_str()) || abbreviations.iter().any(|a| has_word(t, a))
                })
                .count();
            let titles = docs.iter().filter(|d| d.title == *name).count();
            (mentioned, titles, abbreviations.len())
        };
        let best = candidates
            .iter()
            .map(|c| (score(c), c))
            .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.len().cmp(&a.1.len())))
            .map(|(_, c)| c.clone());
        match best {
            Some(name) => Subject::from_docs(&name, docs),
            None => Subject::from_docs(&common_title(docs), docs),
        }
    }

    /// The subject named by `title`, with the abbreviation the documents give it ("(IOM)").
    pub fn from_docs(title: &str, docs: &[StructuredDoc]) -> Self {
        let mut aliases = vec![title.to_string()];
        let marker = format!("{title} (");
        for doc in docs {
            for (_, _, sentence) in doc.sentences() {
                if let Some(at) = sentence.text.find(&marker) {
                    let rest = &sentence.text[at + marker.len()..];
                    if let Some(abbr) = rest.split(')').next().filter(|a| is_abbreviation(a)) {
                        if !aliases.iter().any(|x| x == abbr) {
                            aliases.push(abbr.to_string());
                        }
                    }
                }
            }
        }
        Subject {
            name: title.to_string(),
            aliases,
        }
    }

    /// The name it goes by in a headline: its acronym when the documents define one.
    pub fn short_name(&self) -> &str {
        self.aliases
            .iter()
            .skip(1)
            .find(|a| is_abbreviation(a) && a.len() <= 8)
            .unwrap_or(&self.name)
    }

    pub(super) fn is_named_by(&self, word: &str) -> bool {
        let w = word.trim_end_matches("’s").trim_end_matches("'s");
        self.aliases.iter().any(|a| a == w)
            || matches!(w, "Organization" | "organization" | "its" | "Its")
    }
}

pub(super) fn is_abbreviation(text: &str) -> bool {
    (2..=10).contains(&text.len())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Whether `name` names an organization: a proper name with an organization word in it, and not
/// one of an organization's organs.
pub(crate) fn organization_shaped(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let has = |list: &[&str], w: &&str| list.contains(&w.trim_end_matches(['’', '\'', ',']));
    let organ = has(ORGAN_WORDS, last)
        || (words.len() == 2
            && has(ORGAN_MODIFIERS, &words[0])
            && matches!(*last, "Committee" | "Council"));
    let capitalised = words[0].starts_with(char::is_uppercase);
    capitalised && !organ && words.iter().any(|w| has(ORGANIZATION_WORDS, w))
}

/// Whether `text` names one of an organization's organs ("the Executive Board", "Its
/// Assembly", "the Secretariat").
pub(super) fn names_an_organ(text: &str) -> bool {
    text.split_whitespace()
        .any(|w| ORGAN_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// Every "Name (ABC)" the documents write: a name and the acronym defined for it.
fn acronym_definitions(docs: &[StructuredDoc]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for doc in docs {
        for (_, _, sentence) in doc.sentences() {
            let text = &*sentence.text;
            for (open, _) in text.match_indices(" (") {
                let Some(abbr) = text[open + 2..].split(')').next() else {
                    continue;
                };
                if !is_abbreviation(abbr) {
                    continue;
                }
                let Some(name) = trailing_name(&text[..open]) else {
                    continue;
                };
                if !out.iter().any(|(n, a)| *n == name && a == abbr) {
                    out.push((name, abbr.to_string()));
                }
            }
        }
    }
    out
}

/// The proper name that ends `text`: capitalised words and joiners, without a leading article.
fn trailing_name(text: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for word in text.split_whitespace().rev() {
        let capital = word.starts_with(char::is_uppercase);
        if !(capital || crate::words::NAME_JOINERS.contains(&word)) || word.ends_with(',') {
            break;
        }
        words.push(word);
    }
    while words
        .last()
        .is_some_and(|w| crate::words::NAME_JOINERS.contains(w) || *w == "The")
    {
        words.pop();
    }
    words.reverse();
    (words.len() >= 2).then(|| words.join(" "))
}

/// The title and every sentence of a document, for finding names in it.
fn document_text(doc: &StructuredDoc) -> String {
    let mut text = doc.title.clone();
    for (_, _, sentence) in doc.sentences() {
        text.push('\n');
        text.push_str(&sentence.text);
    }
    text
}

/// The title most documents share.
fn common_title(docs: &[StructuredDoc]) -> String {
    let mut best: Option<(&str, usize)> = None;
    for doc in docs.iter().filter(|d| d.title != UNTITLED) {
        let n = docs.iter().filter(|d| d.title == doc.title).count();
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((&doc.title, n));
        }
    }
    best.map(|(t, _)| t.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::structure;

    fn subject_of(texts: &[&str]) -> String {
        let docs: Vec<StructuredDoc> = texts.iter().map(|t| structure(t)).collect();
        Subject::from_corpus(&docs).name
    }

    #[test]
    fn organizations_are_told_from_people_and_organs() {
        assert!(organization_shaped(
            "International Committee of the Red Cross"
        ));
        assert!(organization_shaped("United Nations Children's Fund"));
        assert!(!organization_shaped("Henry Dunant"));
        assert!(!organization_shaped("Executive Board"));
        assert!(!organization_shaped("World Health Assembly"));
        assert!(!organization_shaped("Executive Committee"));
        assert!(organization_shaped("Nordic Council"));
    }

    #[test]
    fn a_founder_or_an_organ_as_a_title_is_not_the_subject() {
        let founder =
            "Jane Acme\n\nJane Acme (1850–1920) founded the Acme Relief Agency (ARA) in 1901.";
        let board = "Executive Board\n\nThe Executive Board governs the ARA. It has 12 members.";
        let page = "The Acme Relief Agency (ARA) is a charity. It was founded in 1901.";
        assert_eq!(subject_of(&[founder, board, page]), "Acme Relief Agency");
        assert_eq!(subject_of(&[founder, board]), "Acme Relief Agency");
    }
}
