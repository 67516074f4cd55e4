//! "Statement: ...": a real single-valued fact, or the same fact with one value changed.

use super::*;

/// "Statement: the ... was founded in 1951." True, or the same fact with one value changed.
pub(super) fn true_false_questions(
    analysis: &Analysis,
    asked: &[&Fact],
    subject: &str,
    foundings: &[i32],
    place_words: &PlaceWords,
    rng: &mut Rng,
) -> Vec<Draft> {
    let latest = latest_year(analysis);
    let mut out = Vec::new();
    let singles = asked.iter().filter(|f| {
        !f.predicate.multi
            && !analysis
                .conflicts
                .iter()
                .any(|c| c.predicate == f.predicate)
    });
    for fact in singles {
        let statement = |value: &str| -> Option<String> {
            // "on 30 November 1954", "in June 2014", "in 1951".
            let on = match find_dates(value).first().map(|d| d.start) {
                Some(Date::Day { .. }) => "on",
                _ => "in",
            };
            Some(match &*fact.predicate.key {
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
        let stated: Vec<&Value> = analysis
            .facts
            .iter()
            .filter(|f| f.predicate == fact.predicate)
            .map(|f| &f.value)
            .collect();
        let changed = match &fact.value {
            Value::Date { .. } => {
                let mut years: Vec<i32> = stated
                    .iter()
                    .filter_map(|v| v.as_number())
                    .map(|y| y as i32)
                    .collect();
                years.extend(foundings);
                let year = fact.value.as_number().map_or(0, |y| y as i32);
                near_years(year, &years, latest).into_iter().next()
            }
            Value::Count { unit, .. } => false_figure(&stated)
                .map(|(qualifier, v)| format!("{qualifier}{} {unit}", format_number(v))),
            Value::Place { .. } => other_place(place_words, &real),
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
            sources: cited(&fact.sources),
            fact: fact.id.clone(),
        });
    }
    out
}

/// A figure false under every reading of what the sources state (their qualifiers included):
/// "fewer than" a value below every lower bound when they say "over 440"; "more than" a value
/// above every upper bound when they say "under 50"; else a value a third away from all of them.
fn false_figure(stated: &[&Value]) -> Option<(&'static str, f64)> {
    let bounds: Vec<(f64, f64)> = stated
        .iter()
        .filter_map(|v| v.bounds())
        .map(|(low, high, _)| (low, high))
        .collect();
    let low = bounds.iter().map(|b| b.0).fold(f64::INFINITY, f64::min);
    let high = bounds.iter().map(|b| b.1).fold(f64::NEG_INFINITY, f64::max);
    let round = |x: f64| {
        let magnitude = 10f64.powi(x.abs().max(1.0).log10().floor() as i32).max(1.0);
        (x / magnitude).round() * magnitude
    };
    if bounds.is_empty() || !low.is_finite() && !high.is_finite() {
        return None;
    }
    if !high.is_finite() {
        // Only lower bounds: the count is at least `low`.
        let x = round(low * 0.6);
        return (x > 0.0 && x < low).then_some(("fewer than ", x));
    }
    if !low.is_finite() {
        let x = round(high * 1.6);
        return (x > high).then_some(("more than ", x));
    }
    let x = round(high * 1.6);
    (x * 0.9 > high).then_some(("", x))
}
