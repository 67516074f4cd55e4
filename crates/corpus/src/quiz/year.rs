//! "In which year ...?": the year of an event, asked by its title or by the naming it tells.

use super::*;

/// Whether a verb makes a happening of the title ("UNHCR received the prize"), not a name
/// ("The Relief Administration (UNRA)").
fn tells_a_happening(title: &str) -> bool {
    title.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        crate::clauses::past_tense(w) || matches!(w, "is" | "are" | "has" | "have")
    })
}

/// The prompt for the year of `event`, unless the question would be unfair: a title other
/// events share with other years (the prize received twice), a founding "as" a name that the
/// sources say it took in another year, a leader named in a year.
fn year_prompt(event: &Event, events: &[Event], subject: &str) -> Option<String> {
    let twice = events
        .iter()
        .any(|e| e.title == event.title && e.date.year() != event.date.year());
    if twice {
        return None;
    }
    // A shortened title has lost its end; asking about it would be unfair.
    if event.title.ends_with('…') {
        return None;
    }
    let title = event.title.as_str();
    // "Director General: Amy Pope": the sources name a leader in that year, which says nothing
    // of when the term began or ended; no year question is fair about it.
    if title
        .split_once(": ")
        .is_some_and(|(_, person)| person.starts_with(char::is_uppercase))
    {
        return None;
    }
    if let Some(name) = title.strip_prefix("Named the ") {
        return Some(format!(
            "In which year did the organization take the name {name}?"
        ));
    }
    if let Some(name) = title.strip_prefix("Founded as the ") {
        let renamed = events.iter().any(|e| {
            e.title.strip_prefix("Named the ") == Some(name) && e.date.year() != event.date.year()
        });
        if renamed {
            return None;
        }
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
        _ if !tells_a_happening(title) => None,
        _ => Some(format!("In which year did this happen: “{title}”?")),
    }
}

pub(super) fn year_questions(analysis: &Analysis, subject: &str) -> Vec<Draft> {
    let latest = latest_year(analysis);
    let foundings = founding_years(analysis);
    analysis
        .events
        .iter()
        .filter(|e| !matches!(e.date, Date::Decade(_)))
        .filter_map(|e| {
            let prompt = year_prompt(e, &analysis.events, subject)?;
            let answer = e.date.year();
            let mut stated = stated_years(e);
            if e.category == Category::Founding {
                stated.extend(&foundings);
            }
            Some(Draft {
                id: format!("year-{}", e.id),
                kind: QuestionKind::Year,
                prompt,
                answer: answer.to_string(),
                distractors: near_years(answer, &stated, latest),
                explanation: format!("{}: {}.", e.date, e.title),
                sources: e.sources.clone(),
                fact: e.id.clone(),
            })
        })
        .collect()
}
