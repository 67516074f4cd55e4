//! "Put these in chronological order": events of distinct years; choices are orderings.

use super::*;

/// "Put these in chronological order": four events of distinct years; choices are orderings.
///
/// Each round takes one event from each of the four years with the most events left (ties and
/// the event within a year drawn by the seed): as many rounds as the events allow, and the same
/// number whatever the seed, so every quiz of these documents is as long.
pub(super) fn chronology_questions(analysis: &Analysis, rng: &mut Rng) -> Vec<Draft> {
    let mut candidates: Vec<&Event> = Vec::new();
    let mut titles = BTreeSet::new();
    for e in analysis.events.iter().filter(|e| {
        e.category != Category::Figures
            && e.title.split_whitespace().count() >= 2
            && e.title.len() <= 80
            && !names_a_leader(&e.title)
    }) {
        if titles.insert(e.title.clone()) {
            candidates.push(e);
        }
    }
    crate::order::sort_by_key(&mut candidates, |e| e.date.year());
    let mut piles: Vec<Vec<&Event>> = Vec::new();
    for e in candidates {
        match piles.last_mut() {
            Some(pile) if pile[0].date.year() == e.date.year() => pile.push(e),
            _ => piles.push(vec![e]),
        }
    }
    for pile in &mut piles {
        rng.shuffle(pile);
    }
    let mut out = Vec::new();
    for round in 0..8 {
        let mut fullest: Vec<usize> = (0..piles.len()).collect();
        rng.shuffle(&mut fullest);
        crate::order::sort_by_key(&mut fullest, |&i| std::cmp::Reverse(piles[i].len()));
        let mut pick: Vec<&Event> = fullest
            .iter()
            .take(4)
            .filter_map(|&i| piles[i].pop())
            .collect();
        if pick.len() < 3 {
            break;
        }
        rng.shuffle(&mut pick);
        let labels = ["A", "B", "C", "D"];
        let prompt_items: Vec<String> = pick
            .iter()
            .zip(labels)
            .map(|(e, l)| format!("{l}: {}", strip_years(&e.title)))
            .collect();
        let mut order: Vec<usize> = (0..pick.len()).collect();
        crate::order::sort_by_key(&mut order, |&i| pick[i].date);
        let as_text = |o: &[usize]| o.iter().map(|&i| labels[i]).collect::<Vec<_>>().join(" → ");
        let answer = as_text(&order);
        let mut distractors = Vec::new();
        for shift in [1usize, 2, 3] {
            let mut o = order.clone();
            let len = o.len();
            o.rotate_left(shift % len);
            if shift == 2 {
                o.reverse();
            }
            let text = as_text(&o);
            if text != answer && !distractors.contains(&text) {
                distractors.push(text);
            }
        }
        let explanation = order
            .iter()
            .map(|&i| format!("{} ({})", strip_years(&pick[i].title), pick[i].date))
            .collect::<Vec<_>>()
            .join(", then ");
        let events = pick
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>()
            .join("+");
        out.push(Draft {
            id: format!("order-{round}-{events}"),
            kind: QuestionKind::Chronology,
            prompt: format!(
                "Put these in chronological order, earliest first. {}",
                prompt_items.join(" · ")
            ),
            answer,
            distractors,
            explanation: format!("{explanation}."),
            sources: pick
                .iter()
                .filter_map(|e| e.sources.first().cloned())
                .collect(),
            // The events ordered, not the round: a fact that comes back is these events' order.
            fact: format!("order-{events}"),
        });
    }
    out
}

/// A title without the years in it ("Hungary 1956" → "Hungary"), so the order is not given away.
pub(super) fn strip_years(title: &str) -> String {
    let mut out = title.to_string();
    for d in find_dates(title).iter().rev() {
        out.replace_range(d.range.clone(), "");
    }
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut words: Vec<&str> = out.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| ["in", "of", "on", "at", "the", "and", "from", "to"].contains(w))
    {
        words.pop();
    }
    let out = words.join(" ");
    let out = out.trim_matches(|c: char| c == ',' || c == ' ').to_string();
    if out.is_empty() {
        title.to_string()
    } else {
        capitalise(&out)
    }
}

/// "Director General: Amy Pope": a leader the sources name in a year, which is no moment to
/// order (the term began and ended at other dates).
pub(super) fn names_a_leader(title: &str) -> bool {
    title
        .split_once(": ")
        .is_some_and(|(_, person)| person.starts_with(char::is_uppercase))
}
