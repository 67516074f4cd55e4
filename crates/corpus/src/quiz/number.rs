//! "As of June 2014, how many member states ...?": a counted or money figure, with what makes it
//! true (its date, or the document that gives it when the sources disagree).

use super::*;

/// "As of June 2014, how many member states did ... have?" (with the source when sources
/// disagree).
pub(super) fn number_questions(analysis: &Analysis, asked: &[&Fact], subject: &str) -> Vec<Draft> {
    let mut out = Vec::new();
    // The figures stated of each predicate, gathered once and in order (a few predicates, so a
    // list): thousands of figures make their questions without comparing every pair.
    let mut stated_of: Vec<(&str, Vec<f64>)> = Vec::new();
    for f in &analysis.facts {
        let Some(v) = f.value.as_number() else {
            continue;
        };
        let key = &*f.predicate.key;
        match stated_of.iter_mut().find(|(k, _)| *k == key) {
            Some((_, values)) => values.push(v),
            None => stated_of.push((key, vec![v])),
        }
    }
    for (_, values) in &mut stated_of {
        crate::order::sort_by(values, f64::total_cmp);
    }
    for fact in asked
        .iter()
        .filter(|f| matches!(f.value, Value::Count { .. } | Value::Money { .. }))
    {
        let Some(value) = fact.value.as_number() else {
            continue;
        };
        let key = &*fact.predicate.key;
        let stated: &[f64] = stated_of
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(&[], |(_, values)| values);
        // Contested, or other figures of the same kind at other dates: one figure alone is no
        // answer to "how many".
        let contested = analysis
            .conflicts
            .iter()
            .any(|c| c.predicate.key == fact.predicate.key)
            || stated.first().is_some_and(|v| (v - value).abs() > 1e-9)
            || stated.last().is_some_and(|v| (v - value).abs() > 1e-9);
        let when = match fact.as_of {
            Some(d @ Date::Decade(_)) => format!("In {d}, "),
            Some(d) => format!("As of {d}, "),
            None => String::new(),
        };
        // Such a figure is asked with what makes it true: its date, or else the document
        // that gives it, by name (a student cannot know what "source 5" is).
        let source = fact
            .sources
            .first()
            .and_then(|s| analysis.document(s.doc))
            .map(|d| d.name.as_str());
        // "over 440 offices": "over 360" is as true, so such a figure is asked as what one
        // document says, its qualifier in every option.
        let bound = fact
            .value
            .bounds()
            .is_some_and(|(low, high, _)| low.is_infinite() || high.is_infinite());
        let according = match source {
            Some(name) if bound || contested && fact.as_of.is_none() => {
                format!("According to {name}, ")
            }
            _ => String::new(),
        };
        let qualifier = match &fact.value {
            Value::Count { qualifier, .. } | Value::Money { qualifier, .. } => qualifier
                .as_ref()
                .map(|q| format!("{q} "))
                .unwrap_or_default(),
            _ => String::new(),
        };
        let money = matches!(fact.value, Value::Money { .. });
        let question = match (&*fact.predicate.key, &fact.value) {
            (_, Value::Money { .. }) => format!("what was the annual budget of {subject}"),
            ("countries", _) => format!("in how many countries did {subject} work"),
            ("people_moved", _) => format!("how many people did {subject} help move"),
            ("people_displaced", _) => "how many displaced people do the sources count".to_string(),
            (_, Value::Count { unit, .. }) => format!("how many {unit} did {subject} have"),
            _ => continue,
        };
        let prompt = capitalise(&format!("{according}{when}{question}?"));
        let render = |v: f64| match &fact.value {
            Value::Money { currency, .. } => {
                format!("{qualifier}{} {}", currency, format_number(v))
            }
            _ => format!("{qualifier}{}", format_number(v)),
        };
        out.push(Draft {
            id: format!("number-{}", fact.id),
            kind: QuestionKind::Number,
            prompt,
            answer: render(value),
            distractors: near_numbers(value, stated, money)
                .into_iter()
                .map(render)
                .collect(),
            explanation: format!(
                "{}: {}{}.",
                fact.predicate.label,
                fact.value,
                fact.as_of
                    .map(|d| format!(", as of {d}"))
                    .unwrap_or_default()
            ),
            sources: cited(&fact.sources),
            fact: fact.id.clone(),
        });
    }
    out
}
