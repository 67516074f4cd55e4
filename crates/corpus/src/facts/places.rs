//! Places: the headquarters.

use super::*;
use crate::phrases::Phrases;

/// What a sentence says before its subject's headquarters, in the order they are tried (found
/// in one pass: most sentences name no headquarters).
const MARKERS: Phrases = Phrases::new(&[
    "headquarters in ",
    "headquartered in ",
    "headquarters are in ",
    "based in ",
]);

impl Context<'_> {
    pub(super) fn headquarters(&self) -> Vec<Claim> {
        if !MARKERS.in_text(&self.lower) {
            return Vec::new();
        }
        for marker in MARKERS.list() {
            let Some(at) = self.lower.find(marker) else {
                continue;
            };
            let rest = &self.text[at + marker.len()..];
            // "in the Swiss capital, Geneva": the proper name after a descriptive phrase.
            let rest = if rest.starts_with(char::is_lowercase) {
                match rest.split_once(", ") {
                    Some((_, tail)) => tail,
                    None => continue,
                }
            } else {
                rest
            };
            if let Some(place) = proper_phrase(rest) {
                return vec![self.claim(
                    Predicate::headquarters(),
                    Value::Place { name: place },
                    None,
                )];
            }
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{claims_of, has};

    #[test]
    fn the_headquarters_after_a_description() {
        let c = claims_of(
            "The Acme Union (AU) is a body. Its headquarters are in the French city, Lyon.",
        );
        assert!(has(&c, "headquarters", "Lyon", None), "{c:?}");
        let c = claims_of("The Acme Union (AU) is a body headquartered in Geneva, Switzerland.");
        assert!(has(&c, "headquarters", "Geneva", None), "{c:?}");
    }
}
