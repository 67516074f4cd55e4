//! "In which year ...?": the year of an event, asked by its title or by the naming it tells.

use super::*;

fn year_prompt(event: &Event, subject: &str) -> Option<String> {
    // A shortened title has lost its end; asking about it would be unfair.
    if event.title.ends_with('…') {
        return None;
    }
    let title = event.title.as_str();
    // "Director General: Amy Pope": a leader the sources name for that year.
    if let Some((role, person)) = title.split_once(": ") {
        if person.split_whitespace().count() >= 2
            && person.chars().next().is_some_and(char::is_uppercase)
        {
            return Some(format!(
                "Which year do the sources give for {person} as {role}?"
            ));
        }
    }
    if let Some(name) = title.strip_prefix("Named the ") {
        return Some(format!(
            "In which year did the organization take the name {name}?"
        ));
    }
    if let Some(name) = title.strip_prefix("Founded as the ") {
        return Some(format!(
            "In which year was {subject} founded, as the {name}?"
        ));
    }
    match title {
        "Founded" => Some(format!("In which year was {subject} founded?")),
        "Formally established" => {
            Some(format!("In which year was {subject} formally established?"))
        }
        _ if matches!(event.category, Category::Figures) => None,
        // A title that already names a year gives the answer away.
        _ if !find_dates(title).is_empty() || title.split_whitespace().count() < 4 => None,
        _ => Some(format!("In which year did this happen: “{title}”?")),
    }
}

pub(super) fn year_questions(analysis: &Analysis, subject: &str) -> Vec<Draft> {
    let latest = latest_year(analysis);
    analysis
        .events
        .iter()
        .filter(|e| !matches!(e.date, Date::Decade(_)))
        .filter_map(|e| {
            let prompt = year_prompt(e, subject)?;
            let answer = e.date.year();
            Some(Draft {
                id: format!("year-{}", e.id),
                kind: QuestionKind::Year,
                prompt,
                answer: answer.to_string(),
                distractors: near_years(answer, &stated_years(e), latest),
                explanation: format!("{}: {}.", e.date, e.title),
                sources: e.sources.clone(),
                fact: e.id.clone(),
            })
        })
        .collect()
}
