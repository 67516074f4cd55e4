//! The subject: the organization the documents are about, and the names that refer to it.

use super::*;

/// Who the document is about: its name and the short forms that refer to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    pub name: String,
    pub aliases: Vec<String>,
}

impl Subject {
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
