//! Founding dates: "founded in", "established on", "formally born".

use super::*;
use crate::phrases::Phrases;

/// A founding said after its date ("... and the organization was formally established").
const FORMALLY: Phrases = Phrases::new(&["formally established", "formally born"]);

/// Words that make another body the subject's forerunner.
const FORERUNNER_WORDS: &[&str] = &["predecessor", "forerunner", "precursor", "took over from"];

impl Context<'_> {
    pub(super) fn founding(&self) -> Vec<Claim> {
        const VERBS: &[&str] = &[
            "founded",
            "founding",
            "established",
            "born",
            "created",
            "formed",
            "set up",
        ];
        let mut out = Vec::new();
        for d in self.dates.iter().filter(|d| d.end.is_none()) {
            let before = &self.lower[..d.range.start];
            // The founding verb shortly before the date ("established in 1951", "its founding in
            // 1951"), in the same clause.
            let window = tail(before, 60);
            let clause = window.rsplit([';', '.']).next().unwrap_or("");
            let Some(verb) = VERBS
                .iter()
                .filter(|v| clause.contains(*v))
                .max_by_key(|v| clause.rfind(*v))
            else {
                continue;
            };
            // "established at the 1960 FAO Conference": the year of the conference.
            if before.trim_end().ends_with(" the") || before.trim_end().ends_with(" a") {
                continue;
            }
            let at = clause.rfind(verb).unwrap_or(0);
            let gap = &clause[at + verb.len()..];
            // "created by doctors and journalists in France in 1971": its founders and place
            // may stand between the verb and the date.
            let most = if gap.trim_start().starts_with("by ") {
                9
            } else {
                6
            };
            if gap.split_whitespace().count() > most || self.lower.contains("after its founding") {
                continue;
            }
            // Another body's founding ("the relief administration, created in 1943") or a
            // person's birth is not the subject's.
            let verb_at = d.range.start - clause.len() + at;
            let verb_range = verb_at..verb_at + verb.len();
            if actor_of(self.text, verb_range.clone(), self.subject) == Actor::Other {
                // A forerunner's founding is a fact of its own ("Forerunner: X, 1946").
                let forerunner = FORERUNNER_WORDS.iter().any(|w| self.lower.contains(w));
                if let Some(name) =
                    named_before(self.text, verb_range, self.subject).filter(|_| forerunner)
                {
                    out.push(self.claim(Predicate::forerunner(), name, Some(d.start)));
                }
                continue;
            }
            let formally = clause[..at].trim_end().ends_with("formally");
            let predicate = if formally {
                Predicate::formally_established()
            } else {
                Predicate::founded()
            };
            out.push(self.claim(predicate, Value::Date { date: d.start }, None));
        }
        // "The Constitution entered into force on <date> and the organization was formally
        // established": the verb after the date.
        if FORMALLY.in_text(&self.lower) {
            if let [only] = self.dates.as_slice() {
                if !out
                    .iter()
                    .any(|c| c.predicate == Predicate::formally_established())
                {
                    out.push(self.claim(
                        Predicate::formally_established(),
                        Value::Date { date: only.start },
                        None,
                    ));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {

    use crate::facts::testing::{claims_of, has};

    #[test]
    fn founding_and_formal_establishment() {
        let c = claims_of("The Acme Union (AU) is a body. It was founded in 1901 in Lyon. Its charter entered into force on 3 May 1905 and the union was formally established.");
        assert!(has(&c, "founded", "1901", None), "{c:?}");
        assert!(has(&c, "formally_established", "3 May 1905", None), "{c:?}");
    }

    #[test]
    fn founders_and_a_place_may_stand_between_the_verb_and_the_date() {
        let c = claims_of(
            "The Acme Union (AU) is a body created by doctors and journalists in France in 1971.",
        );
        assert!(has(&c, "founded", "1971", None), "{c:?}");
        let c = claims_of("It was established by the General Assembly on 14 December 1950.");
        assert!(has(&c, "founded", "14 December 1950", None), "{c:?}");
        // Without an agent, the date stays near its verb.
        let c = claims_of("The Acme Union (AU) is a body created for doctors and journalists working in France and in 1971.");
        assert!(!has(&c, "founded", "1971", None), "{c:?}");
    }
}
