//! Leaders by title: "Director General <Name>", "the Organization's Secretary General, <Name>".

use super::*;
use crate::phrases::Phrases;

/// Titles a leader is named by (found in one pass: most sentences name no leader).
const TITLES: Phrases = Phrases::new(&[
    "Director General",
    "Director-General",
    "Secretary General",
    "Secretary-General",
    "Executive Director",
    "High Commissioner",
    "President",
    "Chairman",
    "Chairperson",
    "Chief Executive",
]);

impl Context<'_> {
    pub(super) fn leaders(&self) -> Vec<Claim> {
        if !TITLES.in_text(self.text) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for title in TITLES.list() {
            for (at, _) in self.text.match_indices(title) {
                // Whose title is it? "IOM Director-General", "the Organization’s Director
                // General", "Director General of IOM"; not "the UN Secretary General".
                let owner_before = self.text[..at].split_whitespace().last().unwrap_or("");
                let mut rest = &self.text[at + title.len()..];
                let mut owned = owner_before.is_empty()
                    || self.subject.is_named_by(owner_before)
                    || owner_before.chars().next().is_some_and(char::is_lowercase);
                if let Some(of) = rest.strip_prefix(" of ") {
                    let owner: String = of
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == ' ')
                        .collect();
                    owned = self.subject.aliases.iter().any(|a| {
                        owner.trim() == a
                            || owner.starts_with(&format!("{a} "))
                            || owner.trim() == a.as_str()
                    });
                    rest = &of[owner.trim_end().len()..];
                }
                if !owned {
                    continue;
                }
                let rest = rest.trim_start_matches([',', ' ']);
                if let Some(name) = person_name(rest) {
                    let label = title.replace('-', " ");
                    out.push(self.claim(
                        Predicate::leader(&label),
                        Value::Person { name },
                        self.as_of(),
                    ));
                }
            }
        }
        out
    }
}

/// A person's name at the start of `text`: two to four capitalised words or initials.
pub(super) fn person_name(text: &str) -> Option<String> {
    let mut words = Vec::new();
    for raw in text.split_whitespace() {
        let bare = raw.trim_end_matches([',', '.', ';', ':', ')', '’', '\'']);
        let initial = bare.len() == 1 && bare.chars().all(char::is_uppercase) && raw.ends_with('.');
        let capital = bare.chars().next().is_some_and(char::is_uppercase)
            && bare
                .chars()
                .skip(1)
                .all(|c| c.is_lowercase() || c == '-' || c == '\'');
        if !initial && (!capital || bare.len() < 2) {
            break;
        }
        words.push(if initial {
            raw.trim_end_matches(',')
        } else {
            bare
        });
        if raw.len() != bare.len() && !initial {
            break;
        }
    }
    (2..=4).contains(&words.len()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {

    use crate::facts::testing::{claims_of, has};

    #[test]
    fn budgets_leaders_and_headquarters() {
        let c = claims_of("The Acme Union (AU) is a body. In 2019, it had an annual budget of $2.5 billion. The AU Secretary General, Jane Q. Public, met the UN Secretary General, John Doe. Its headquarters are in the French city, Lyon.");
        assert!(has(&c, "budget", "US$2.5 billion", Some("2019")), "{c:?}");
        assert!(
            c.iter()
                .any(|(k, v, _)| k == "secretary_general" && v == "Jane Q. Public"),
            "{c:?}"
        );
        assert!(!c.iter().any(|(_, v, _)| v == "John Doe"), "{c:?}");
        assert!(has(&c, "headquarters", "Lyon", None), "{c:?}");
    }
}
