//! "Fill the gap": a source sentence with its key term (a date, a place) blanked.

use super::*;

/// A source sentence with its key term blanked: the year of a founding or other dated fact, or
/// the place in a headquarters sentence.
pub(super) fn cloze_questions(
    analysis: &Analysis,
    asked: &[&Fact],
    foundings: &[i32],
    place_words: &PlaceWords,
) -> Vec<Draft> {
    let latest = latest_year(analysis);
    let place_names = places(place_words);
    let mut out = Vec::new();
    // Of `String`, as the app's other sets are: one copy of the set's code in the WebAssembly.
    let mut seen_quotes: BTreeSet<String> = BTreeSet::new();
    for fact in asked {
        let Some(source) = fact.sources.first() else {
            continue;
        };
        let words = source.quote.split_whitespace().count();
        if !seen_quotes.insert(source.quote.to_string()) || source.quote.len() > 320 || words < 6 {
            continue;
        }
        let (term, distractors): (String, Vec<String>) = match &fact.value {
            Value::Date { date } => {
                let dates = find_dates(&source.quote);
                if dates.len() != 1 {
                    continue;
                }
                (source.quote[dates[0].range.clone()].to_string(), {
                    let mut stated = foundings.to_vec();
                    stated.push(date.year());
                    let d = near_years(date.year(), &stated, latest);
                    let original = &source.quote[dates[0].range.clone()];
                    d.into_iter()
                        .map(|y| original.replace(&date.year().to_string(), &y))
                        .collect()
                })
            }
            Value::Place { name } => {
                let city = name.split(',').next().unwrap_or(name).trim().to_string();
                if !source.quote.contains(&city) {
                    continue;
                }
                (
                    city.clone(),
                    place_names
                        .iter()
                        .filter(|p| **p != city)
                        .take(3)
                        .cloned()
                        .collect(),
                )
            }
            _ => continue,
        };
        if source.quote.matches(&term).count() != 1 {
            continue;
        }
        out.push(Draft {
            id: format!("cloze-{}", fact.id),
            kind: QuestionKind::Cloze,
            prompt: format!(
                "Fill the gap: “{}”",
                source.quote.replacen(&term, "_____", 1)
            ),
            answer: term,
            distractors,
            explanation: format!("The source says: “{}”", source.quote),
            sources: vec![source.clone()],
            fact: fact.id.clone(),
        });
    }
    out
}
