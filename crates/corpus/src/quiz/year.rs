//! "In which year ...?": the year of an event, asked by its title or by the naming it tells.

use super::*;

/// "The WFP was first established at the conference": a name, then "was" and a founding verb.
fn founding_of_a_name(title: &str) -> bool {
    let Some((name, said)) = title.split_once(" was ") else {
        return false;
    };
    let named = name
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "for" | "of" | "and" | "the"));
    let said = said
        .trim_start_matches("first ")
        .trim_start_matches("formally ")
        .trim_start_matches("officially ")
        .trim_start_matches("originally ");
    named
        && ["founded", "established", "created", "set up"]
            .iter()
            .any(|w| said.starts_with(w))
}

/// Whether a verb makes a happening of the title ("UNHCR received the prize"), not a name
/// ("The Relief Administration (UNRA)").
fn tells_a_happening(title: &str) -> bool {
    title.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        crate::clauses::past_tense(&w) || matches!(w.as_str(), "is" | "are" | "has" | "have")
    })
}

/// Whether a title is the founding the sources name ("Founded", "Named the ..."), not one told
/// in free words.
fn canonical(title: &str) -> bool {
    title == "Founded"
        || title == "Formally established"
        || title.starts_with("Founded as the ")
        || title.starts_with("Named the ")
}

/// The years the events give, read once for every question (so that thousands of events are
/// asked about in linear time): by title, of the canonical foundings, and by name taken. Sorted
/// lists searched by halves: the quiz is in the first download, where each map type costs bytes.
struct Years<'a> {
    by_title: Vec<(&'a str, i32)>,
    foundings: Vec<i32>,
    by_name: Vec<(&'a str, i32)>,
}

impl<'a> Years<'a> {
    fn of(events: &'a [Event]) -> Self {
        let mut years = Years {
            by_title: Vec::new(),
            foundings: Vec::new(),
            by_name: Vec::new(),
        };
        for e in events {
            let year = e.date.year();
            years.by_title.push((&e.title, year));
            if e.category == Category::Founding && canonical(&e.title) {
                years.foundings.push(year);
            }
            if let Some(name) = e.title.strip_prefix("Named the ") {
                years.by_name.push((name, year));
            }
        }
        crate::order::sort(&mut years.by_title);
        crate::order::sort(&mut years.by_name);
        years
    }
}

/// Whether `listed` (sorted) gives `key` a year other than `year`.
fn another(listed: &[(&str, i32)], key: &str, year: i32) -> bool {
    let start = listed.partition_point(|(k, _)| *k < key);
    listed[start..]
        .iter()
        .take_while(|(k, _)| *k == key)
        .any(|&(_, y)| y != year)
}

/// The prompt for the year of `event`, unless the question would be unfair: a title other
/// events share with other years (the prize received twice), a founding "as" a name that the
/// sources say it took in another year, a leader named in a year.
fn year_prompt(event: &Event, years: &Years, subject: &str) -> Option<String> {
    let year = event.date.year();
    if another(&years.by_title, &event.title, year) {
        return None;
    }
    // A shortened title has lost its end; asking about it would be unfair.
    if event.title.ends_with('…') {
        return None;
    }
    let title = event.title.as_str();
    // "Director General: Amy Pope": the sources name a leader in that year, which says nothing
    // of when the term began or ended; no year question is fair about it.
    if names_a_leader(title) {
        return None;
    }
    // "The WFP was first established at the conference" (1960) beside "Founded" (1961): a
    // founding told in free words is not asked when the founding the sources name is another year.
    let other_founding = years.foundings.iter().any(|&y| y != year);
    let tells_a_founding = event.category == Category::Founding || founding_of_a_name(title);
    if tells_a_founding && !canonical(title) && other_founding {
        return None;
    }
    if let Some(name) = title.strip_prefix("Named the ") {
        return Some(format!(
            "In which year did the organization take the name {name}?"
        ));
    }
    if let Some(name) = title.strip_prefix("Founded as the ") {
        if another(&years.by_name, name, year) {
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

/// `foundings`: every year the sources give for a founding ([`founding_years`]).
pub(super) fn year_questions(analysis: &Analysis, subject: &str, foundings: &[i32]) -> Vec<Draft> {
    let latest = latest_year(analysis);
    let years = Years::of(&analysis.events);
    asked_events(analysis)
        .into_iter()
        .filter(|e| !matches!(e.date, Date::Decade(_)))
        .filter_map(|e| {
            let prompt = year_prompt(e, &years, subject)?;
            let answer = e.date.year();
            let mut stated = stated_years(e);
            if e.category == Category::Founding {
                stated.extend(foundings);
            }
            Some(Draft {
                id: format!("year-{}", e.id),
                kind: QuestionKind::Year,
                prompt,
                answer: answer.to_string(),
                distractors: near_years(answer, &stated, latest),
                explanation: format!("{}: {}.", e.date, e.title),
                sources: cited(&e.sources),
                fact: e.id.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(year: i32, title: &str, category: Category) -> Event {
        Event {
            id: format!("{year}-{title}"),
            date: Date::Year(year),
            end: None,
            title: title.to_string(),
            category,
            sources: vec![],
            other_dates: vec![],
        }
    }

    #[test]
    fn one_founding_and_no_unfair_year() {
        let events = vec![
            event(1961, "Founded", Category::Founding),
            event(1963, "Formally established", Category::Founding),
            event(
                1960,
                "The ACME was first established at the conference",
                Category::Other,
            ),
            event(1954, "ACME received the prize", Category::Other),
            event(1981, "ACME received the prize", Category::Other),
            event(2023, "Director General: Ann Roe", Category::Other),
            event(1943, "The Relief Administration (RA)", Category::Other),
            event(
                1965,
                "The programme was extended to a continuing basis",
                Category::Other,
            ),
        ];
        let asked: Vec<Option<String>> = events
            .iter()
            .map(|e| year_prompt(e, &Years::of(&events), "the Acme"))
            .collect();
        assert_eq!(
            asked[0].as_deref(),
            Some("In which year was the Acme founded?")
        );
        assert!(
            asked[1].is_some(),
            "the formal establishment is another founding, named"
        );
        assert_eq!(
            asked[2], None,
            "a founding in free words, another year than 'Founded'"
        );
        assert_eq!((&asked[3], &asked[4]), (&None, &None), "the prize, twice");
        assert_eq!(asked[5], None, "a leader named in a year");
        assert_eq!(asked[6], None, "a name, no happening");
        assert!(asked[7].is_some());
    }
}
