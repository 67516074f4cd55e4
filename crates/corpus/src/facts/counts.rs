//! Counts: member states, observers, offices, countries, staff, people moved or displaced.

use super::*;

/// More states than there are in the world: a count of members above it counts people.
const MOST_STATES: f64 = 250.0;

impl Context<'_> {
    pub(super) fn counts(&self) -> Vec<Claim> {
        let mut out = Vec::new();
        let as_of = self.as_of();
        for n in self.numbers.iter().filter(|n| n.currency.is_none()) {
            let after = &self.lower[n.range.end..];
            let after_words: Vec<&str> = after.split_whitespace().take(4).collect();
            let before = tail(&self.lower[..n.range.start], 80);
            // "in over 30 countries": look past the qualifier.
            let before = match &n.qualifier {
                Some(q) => {
                    let b = before.trim_end().trim_end_matches(q.as_str()).trim_end();
                    // Whole words only: "an estimated", "the estimated".
                    let b = b
                        .strip_suffix(" an")
                        .or_else(|| b.strip_suffix(" the"))
                        .unwrap_or(b);
                    format!("{b} ")
                }
                None => before.to_string(),
            };
            let Some((mut predicate, mut unit)) = self.count_kind(&after_words, after, &before)
            else {
                continue;
            };
            // "2.2 million members ... in over 150 countries": more members than there are
            // states are people, whatever the sentence says of countries.
            let said_members = after_words
                .first()
                .is_some_and(|w| w.starts_with("members"));
            if predicate == Predicate::member_states() && said_members && n.value > MOST_STATES {
                (predicate, unit) = (Predicate::members(), "members");
            }
            // "The Executive Board has 34 members", "governed by a Board which consists of
            // representatives from 36 member states": the count of one of its organs.
            let clause = self.text[..n.range.start]
                .rsplit([';', '.'])
                .next()
                .unwrap_or("");
            if names_an_organ(clause) || (self.it_is_organ && opens_with_pronoun(clause.trim())) {
                continue;
            }
            // "The agency's predecessor ... had resettled a million people": what another body
            // did (a forerunner, a named organization), not the subject.
            if predicate == Predicate::people_moved() && self.moved_by_another(n.range.start) {
                continue;
            }
            let increase = before.contains(" from ")
                && (before.contains("increased")
                    || before.contains("grew")
                    || before.contains("rose"));
            if increase && !before.trim_end().ends_with(" to") {
                // "increased from less than 70 to 172": the old figure has no date of its own.
                continue;
            }
            let as_of = if increase { None } else { as_of };
            let value = Value::Count {
                value: n.value,
                qualifier: n.qualifier.clone(),
                unit: unit.to_string(),
            };
            out.push(self.claim(predicate, value, as_of));
        }
        out
    }

    /// Whether the verb that moves people before the figure at `at` is said of another body.
    fn moved_by_another(&self, at: usize) -> bool {
        let clause_start = self.text[..at].rfind(['.', ';']).map_or(0, |i| i + 1);
        let verb = ["resettle", "transport", "moved", "relocat", "evacuat"]
            .iter()
            .filter_map(|v| {
                self.lower[clause_start..at]
                    .rfind(v)
                    .map(|i| clause_start + i)
            })
            .max();
        let Some(start) = verb else {
            return false;
        };
        let end = self.lower[start..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(self.lower.len(), |i| start + i);
        actor_of(self.text, start..end, self.subject) == Actor::Other
    }

    pub(super) fn count_kind(
        &self,
        after_words: &[&str],
        after: &str,
        before: &str,
    ) -> Option<(Predicate, &'static str)> {
        let word = |i: usize| {
            after_words
                .get(i)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
                .unwrap_or("")
        };
        let (first, second) = (word(0), word(1));
        let clause_before = before.rsplit([',', ';', '.']).next().unwrap_or(before);
        let member_context = || before.contains("member") && !before.contains("observer");
        let observer_after = after
            .split_whitespace()
            .take(7)
            .any(|w| w.starts_with("observer"));
        match (first, second) {
            ("member", "states" | "countries" | "nations") => {
                Some((Predicate::member_states(), "member states"))
            }
            // "members" are member states only where the sentence is about states; a club or a
            // union of people simply has members.
            ("members", _) if self.lower.contains("state") || self.lower.contains("countr") => {
                Some((Predicate::member_states(), "member states"))
            }
            ("members", _) => Some((Predicate::members(), "members")),
            ("observer", _) | ("observers", _) => {
                Some((Predicate::observer_states(), "observer states"))
            }
            ("other", "countries") | ("countries", _) | ("states", _) if observer_after => {
                Some((Predicate::observer_states(), "observer states"))
            }
            ("offices", _) => Some((Predicate::offices(), "offices")),
            ("countries", _)
                if clause_before.contains("offices in")
                    || clause_before.contains("working in")
                    || clause_before.ends_with(" in ")
                    || clause_before.trim_end().ends_with(" in") =>
            {
                Some((Predicate::countries(), "countries"))
            }
            ("countries", _) if member_context() => {
                Some((Predicate::member_states(), "member states"))
            }
            ("staff" | "employees" | "personnel", _) => Some((Predicate::staff(), "staff")),
            // Staff in other words: "employs over 17,000 people", "a staff of around 5,000
            // people", "a workforce of 900 workers", "1,200 people work for it".
            ("people" | "persons" | "workers", next)
                if ["employ", "staff of", "workforce of", "payroll"]
                    .iter()
                    .any(|w| clause_before.contains(w))
                    || matches!(next, "work" | "working" | "employed") =>
            {
                Some((Predicate::staff(), "staff"))
            }
            ("migrants" | "people" | "persons" | "refugees", next) => {
                let moving = ["migration of", "transport", "moved", "evacuation of"];
                let moved_here = moving.iter().any(|v| clause_before.contains(v));
                if matches!(next, "uprooted" | "displaced") && !moved_here {
                    Some((Predicate::people_displaced(), "people"))
                } else if [
                    "transport",
                    "moved",
                    "resettle",
                    "relocat",
                    "evacuat",
                    "migration of",
                ]
                .iter()
                .any(|v| self.lower.contains(v))
                {
                    Some((Predicate::people_moved(), "people"))
                } else {
                    None
                }
            }
            // "Member States are 127 and 18 observers"
            _ if member_context()
                && clause_before.contains("member")
                && (clause_before.ends_with(" are ")
                    || clause_before.trim_end().ends_with(" are")
                    || clause_before.trim_end().ends_with("reached")) =>
            {
                Some((Predicate::member_states(), "member states"))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {

    use crate::facts::testing::{claims_of, has, values};

    #[test]
    fn more_members_than_there_are_states_are_people() {
        let c = claims_of("The Acme Union (AU) is a body. It has more than 2.2 million members and supporters in over 150 countries.");
        assert!(values(&c, "member_states").is_empty(), "{c:?}");
        assert!(!values(&c, "members").is_empty(), "{c:?}");
        let c = claims_of("The Acme Union (AU) is a body. It has 52 members from many countries.");
        assert_eq!(values(&c, "member_states"), ["52 member states"], "{c:?}");
    }

    #[test]
    fn counts_with_their_as_of_dates() {
        let c = claims_of("The Acme Union (AU) is a body. As of March 2020, the Acme Union has 52 member states and four observer states. It has some 1,200 staff in over 30 countries.");
        assert!(
            has(&c, "member_states", "52 member states", Some("2020-03")),
            "{c:?}"
        );
        assert!(
            has(&c, "observer_states", "4 observer states", Some("2020-03")),
            "{c:?}"
        );
        assert!(has(&c, "staff", "some 1,200 staff", None), "{c:?}");
        assert!(has(&c, "countries", "over 30 countries", None), "{c:?}");
    }

    #[test]
    fn staff_in_other_words() {
        for text in [
            "The Acme Union (AU) employed over 20,000 people in 2010.",
            "The Acme Union (AU) has a staff of around 5,000 people.",
            "The Acme Union (AU) had 7,680 employees.",
            "The Acme Union (AU) counts 16,765 personnel.",
            "The Acme Union (AU) employs more than 23,000 staff.",
            "Some 1,200 people work for the Acme Union (AU).",
        ] {
            let c = claims_of(text);
            assert_eq!(values(&c, "staff").len(), 1, "{text}: {c:?}");
        }
        let c = claims_of("The Acme Union (AU) resettled 5,000 people.");
        assert!(values(&c, "staff").is_empty(), "{c:?}");
    }

    #[test]
    fn an_organs_members_are_not_the_subjects() {
        for text in [
            "The Acme Union (AU) is a body. The Executive Board has 34 members.",
            "The Acme Union (AU) is a body. Its Assembly has no more than 25 members.",
            "The Acme Union (AU) is governed by a Board which consists of representatives from 36 member states.",
            "The Acme Union (AU) is a body. The Board is its governing body. It has 36 members.",
        ] {
            let c = claims_of(text);
            assert!(
                values(&c, "members").is_empty() && values(&c, "member_states").is_empty(),
                "{text}: {c:?}"
            );
        }
        let c = claims_of("The Acme Union (AU) is a body. It has 52 member states.");
        assert_eq!(values(&c, "member_states"), ["52 member states"]);
    }
}
