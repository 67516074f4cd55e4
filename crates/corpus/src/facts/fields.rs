//! Claims from infobox lines (a label and its value).

use super::*;

/// Claims from an infobox line.
pub(super) fn field_claims(doc: DocId, label: &str, value: &Sentence) -> Vec<Claim> {
    let source = Source::new(doc, value);
    let text = &*value.text;
    let dates = sentence_dates(text);
    // "US$1.675 billon (2013)": a date in brackets is the as-of date.
    let as_of = dates
        .iter()
        .find(|d| text[..d.range.start].ends_with('('))
        .map(|d| d.start);
    let claim = |predicate: Predicate, value: Value, as_of: Option<Date>| Claim {
        predicate,
        value,
        as_of,
        source: source.clone(),
    };
    let ctx = Context::new(text, source.clone(), &NO_SUBJECT);
    match label {
        "formation" | "founded" | "established" => dates
            .first()
            .map(|d| claim(Predicate::founded(), Value::Date { date: d.start }, None))
            .into_iter()
            .collect(),
        // The whole value ("Geneva, Switzerland"), when it starts with a place name.
        "headquarters" | "location" => proper_phrase(text)
            .map(|_| {
                claim(
                    Predicate::headquarters(),
                    Value::Place {
                        name: text.trim().to_string(),
                    },
                    None,
                )
            })
            .into_iter()
            .collect(),
        "membership" | "members" => ctx
            .counts()
            .into_iter()
            .map(|c| Claim { as_of, ..c })
            .collect(),
        "official language" | "official languages" | "languages" | "working languages" => {
            split_list(text)
                .into_iter()
                .map(|l| {
                    claim(
                        Predicate::official_language(),
                        Value::Item { text: l },
                        None,
                    )
                })
                .collect()
        }
        "budget" | "revenue" => ctx
            .numbers
            .iter()
            .filter(|n| n.currency.is_some())
            .map(|n| {
                let value = Value::Money {
                    value: n.value,
                    currency: n.currency.clone().unwrap_or_default(),
                    qualifier: n.qualifier.clone(),
                };
                claim(Predicate::budget(), value, as_of)
            })
            .collect(),
        "staff" | "employees" => ctx
            .numbers
            .first()
            .map(|n| {
                claim(
                    Predicate::staff(),
                    Value::Count {
                        value: n.value,
                        qualifier: n.qualifier.clone(),
                        unit: "staff".into(),
                    },
                    as_of,
                )
            })
            .into_iter()
            .collect(),
        title if LEADER_LABELS.contains(&title) => {
            let label = title_case(&title.replace('-', " "));
            person_name(text)
                .map(|name| claim(Predicate::leader(&label), Value::Person { name }, as_of))
                .into_iter()
                .collect()
        }
        _ => Vec::new(),
    }
}

pub(super) static NO_SUBJECT: Subject = Subject {
    name: String::new(),
    aliases: Vec::new(),
};

pub(super) fn title_case(text: &str) -> String {
    text.split(' ')
        .map(capitalise)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{claims_of, has};

    #[test]
    fn infobox_lines_are_facts_with_their_as_of_dates() {
        let c = claims_of("Acme Relief Agency\nFormation 1950\nHeadquarters New York City\nStaff 14,500 (2015)\nBudget CHF 1,110.2 million (2012)\nLegal statusActive\n\nThe Acme Relief Agency (ARA) helps.");
        assert!(has(&c, "founded", "1950", None), "{c:?}");
        assert!(has(&c, "headquarters", "New York City", None), "{c:?}");
        assert!(has(&c, "staff", "14,500 staff", Some("2015")), "{c:?}");
        assert!(has(&c, "budget", "CHF 1.11 billion", Some("2012")), "{c:?}");
    }

    #[test]
    fn a_key_value_line_with_a_colon_stands_alone() {
        let c = claims_of("The Acme Relief Agency (ARA) helps.\n\nFounded: 1950\n\nIt grew.");
        assert!(has(&c, "founded", "1950", None), "{c:?}");
    }
}
