//! "Which name did the organization carry in 1985?": a year well inside each era of its names.

use super::*;

/// "Which name did the organization carry in 1985?", for a year inside each era.
pub(super) fn name_questions(analysis: &Analysis) -> Vec<Draft> {
    let eras = eras(analysis);
    let label = |e: &crate::timeline::Era| match &e.abbreviation {
        Some(a) => format!("{} ({a})", e.name),
        None => e.name.clone(),
    };
    let names: Vec<String> = eras.iter().map(label).collect();
    eras.iter()
        .filter_map(|era| {
            // A year well inside the era, so no renaming year is asked.
            let year = match era.end {
                Some(end) if end - era.start >= 2 => era.start + (end - era.start) / 2,
                Some(_) => return None,
                None => era.start + 5,
            };
            let answer = label(era);
            let sources = cited(
                analysis
                    .facts
                    .iter()
                    .filter(|f| {
                        f.predicate.key == "name"
                            && matches!(&f.value, Value::Name { name, .. } if *name == era.name)
                    })
                    .flat_map(|f| &f.sources),
            );
            Some(Draft {
                id: format!("name-{}", slugify(&answer)),
                kind: QuestionKind::Name,
                prompt: format!("Which name did the organization carry in {year}?"),
                distractors: names.iter().filter(|n| **n != answer).cloned().collect(),
                explanation: format!(
                    "It was the {answer} from {}{}.",
                    era.start,
                    era.end
                        .map(|e| format!(" to {e}"))
                        .unwrap_or_else(|| " on".into())
                ),
                answer,
                sources,
                fact: format!("name-{}", slugify(&era.name)),
            })
        })
        .collect()
}
