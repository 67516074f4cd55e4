//! "Which of these is one of ...?": an item of an enumeration against items of other lists.

use super::*;

/// "Which of these is one of the four broad areas of migration management?": one question per
/// list. Lists whose names share most words ("broad areas of migration management", "areas
/// related to migration management") are one list told twice; their items are never each other's
/// distractors.
pub(super) fn one_of_questions(analysis: &Analysis) -> Vec<Draft> {
    let mut families: Vec<Vec<&Fact>> = Vec::new();
    for fact in analysis
        .facts
        .iter()
        .filter(|f| f.predicate.key.starts_with("one_of_"))
    {
        match families
            .iter_mut()
            .find(|fam| same_list(&fam[0].predicate.label, &fact.predicate.label))
        {
            Some(family) => family.push(fact),
            None => families.push(vec![fact]),
        }
    }
    let mut out = Vec::new();
    for (i, family) in families.iter().enumerate() {
        let mine: Vec<String> = family
            .iter()
            .map(|f| f.value.to_string().to_ascii_lowercase())
            .collect();
        let others: Vec<String> = families
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .flat_map(|(_, fam)| fam.iter().map(|f| f.value.to_string()))
            .filter(|v| {
                !mine
                    .iter()
                    .any(|m| words_overlap(m, &v.to_ascii_lowercase()))
            })
            .collect();
        let fact = family[0];
        let what = &fact.predicate.label;
        // Items of about the answer's length first: the answer is not the one that stands out.
        let mut others = others;
        let length = fact.value.to_string().chars().count();
        crate::order::sort_by_key(&mut others, |o| o.chars().count().abs_diff(length));
        let listed: Vec<String> = family
            .iter()
            .filter(|f| f.predicate == fact.predicate)
            .map(|f| f.value.to_string())
            .collect();
        out.push(Draft {
            id: format!("oneof-{}", fact.predicate.key),
            kind: QuestionKind::OneOf,
            prompt: format!("Which of these is one of the {what}, as the sources list them?"),
            answer: capitalise(&fact.value.to_string()),
            distractors: others.iter().map(|o| capitalise(o)).take(3).collect(),
            explanation: format!("The {what} are: {}.", listed.join("; ")),
            sources: cited(&fact.sources),
            fact: fact.id.clone(),
        });
    }
    out
}

/// Whether two enumeration names name the same list (most of their words shared).
fn same_list(a: &str, b: &str) -> bool {
    let set = |s: &str| {
        distinct(
            s.split_whitespace()
                .filter(|w| w.len() > 2)
                .map(str::to_ascii_lowercase),
        )
    };
    let (x, y) = (set(a), set(b));
    let shared = x.iter().filter(|w| y.contains(w)).count() as f64;
    let union = (x.len() + y.len()) as f64 - shared;
    union > 0.0 && shared / union >= 0.5
}

/// Whether two list items share most of their words (so one cannot be a distractor for the other).
fn words_overlap(a: &str, b: &str) -> bool {
    fn set(s: &str) -> Vec<&str> {
        distinct(s.split_whitespace().filter(|w| w.len() > 3))
    }
    let (x, y) = (set(a), set(b));
    let shared = x.iter().filter(|w| y.contains(w)).count();
    shared * 2 >= x.len().min(y.len()).max(1)
}
