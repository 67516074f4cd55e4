//! One event per happening: events whose titles and dates agree become one, citing every
//! source; the same title at other dates keeps those dates beside it.

use super::*;

/// Content words of a title, to tell whether two titles name the same event.
pub(super) fn keywords(title: &str) -> BTreeSet<String> {
    const STOP: &[&str] = &[
        "the", "a", "an", "of", "in", "on", "to", "and", "for", "its", "it", "was", "is", "as",
        "by", "with", "at", "from", "has", "had", "that", "this",
    ];
    title
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| {
            w.len() > 1 && !STOP.contains(&w.as_str()) && !w.chars().all(|c| c.is_ascii_digit())
        })
        .collect()
}

pub(super) fn similar_keys(a: &str, x: &BTreeSet<String>, b: &str, y: &BTreeSet<String>) -> bool {
    if x.is_empty() || y.is_empty() {
        return a == b;
    }
    let shared = x.intersection(y).count() as f64;
    let union = (x.len() + y.len()) as f64 - shared;
    shared / union >= 0.6
}

/// Merges events that share a title (or nearly) and an agreeing date; keeps the most precise
/// date. Same title, different dates: one event with the other dates beside it.
pub(super) fn merge_events(raw: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    // Keywords of each merged event's title, computed once.
    let mut out_keys: Vec<BTreeSet<String>> = Vec::new();
    // The place of each merged event's sources, so that thousands of copies merge in linear time.
    let mut out_cited: Vec<BTreeSet<(DocId, usize)>> = Vec::new();
    for event in raw {
        let keys = keywords(&event.title);
        let same = out.iter().zip(&out_keys).position(|(e, k)| {
            similar_keys(&e.title, k, &event.title, &keys)
                && e.date.agrees_with(event.date)
                && e.end.zip(event.end).is_none_or(|(a, b)| a.agrees_with(b))
        });
        if let Some(i) = same {
            let existing = &mut out[i];
            if event.date.precision() > existing.date.precision() {
                existing.date = event.date;
            }
            existing.end = existing.end.or(event.end);
            let cited = &mut out_cited[i];
            let fresh = event.sources.into_iter();
            existing
                .sources
                .extend(fresh.filter(|s| cited.insert((s.doc, s.start))));
            continue;
        }
        // Only for events titled from facts (founding, names), and from other sentences: two
        // dates in one sentence are two events.
        let differently_dated = out.iter().zip(&out_cited).position(|(e, cited)| {
            e.title == event.title
                && matches!(e.category, Category::Founding | Category::Names)
                && !event
                    .sources
                    .iter()
                    .any(|s| cited.contains(&(s.doc, s.start)))
        });
        if let Some(existing) = differently_dated.map(|i| &mut out[i]) {
            match existing
                .other_dates
                .iter_mut()
                .find(|o| o.date == event.date)
            {
                Some(other) => other.sources.extend(event.sources),
                None => existing.other_dates.push(OtherDate {
                    date: event.date,
                    end: event.end,
                    sources: event.sources,
                }),
            }
            continue;
        }
        out_cited.push(event.sources.iter().map(|s| (s.doc, s.start)).collect());
        out.push(event);
        out_keys.push(keys);
    }
    out
}
