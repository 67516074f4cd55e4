//! "Statement: ...": a real single-valued fact, or the same fact with one value changed.

use super::*;

/// "Statement: the ... was founded in 1951." True, or the same fact with one value changed.
pub(super) fn true_false_questions(
    analysis: &Analysis,
    subject: &str,
    rng: &mut Rng,
) -> Vec<Draft> {
    let latest = latest_year(analysis);
    let mut out = Vec::new();
    let singles = analysis.facts.iter().filter(|f| {
        !f.predicate.multi
            && !analysis
                .conflicts
                .iter()
                .any(|c| c.predicate == f.predicate)
    });
    for fact in singles {
        // "on 30 November 1954", "in June 2014", "in 1951".
        let on = match fact.value {
            Value::Date {
                date: Date::Day { .. },
            } => "on",
            _ => "in",
        };
        let statement = |value: &str| -> Option<String> {
            Some(match fact.predicate.key.as_str() {
                "founded" => format!("Statement: {subject} was founded {on} {value}."),
                "formally_established" => {
                    format!("Statement: {subject} was formally established {on} {value}.")
                }
                "headquarters" => format!("Statement: {subject} has its headquarters in {value}."),
                "offices" => format!("Statement: {subject} has {value}."),
                _ => return None,
            })
        };
        let real = fact.value.to_string();
        let changed = match &fact.value {
            Value::Date { date } => near_years(date.year(), &[date.year()], latest)
                .into_iter()
                .next(),
            Value::Count {
                value,
                qualifier,
                unit,
            } => near_numbers(*value, &[*value], false).first().map(|v| {
                let q = qualifier
                    .as_ref()
                    .map(|q| format!("{q} "))
                    .unwrap_or_default();
                format!("{q}{} {unit}", format_number(*v))
            }),
            Value::Place { .. } => other_place(analysis, &real),
            _ => None,
        };
        let (Some(true_text), Some(false_text)) =
            (statement(&real), changed.and_then(|c| statement(&c)))
        else {
            continue;
        };
        let truth = rng.below(2) == 0;
        out.push(Draft {
            id: format!("tf-{}", fact.id),
            kind: QuestionKind::TrueFalse,
            prompt: if truth { true_text } else { false_text },
            answer: if truth { "True".into() } else { "False".into() },
            distractors: vec![if truth { "False".into() } else { "True".into() }],
            explanation: format!("The sources say: {}: {real}.", fact.predicate.label),
            sources: fact.sources.clone(),
            fact: fact.id.clone(),
        });
    }
    out
}
