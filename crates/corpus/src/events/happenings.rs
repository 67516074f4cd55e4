//! One event per happening, across documents that tell it in other words: "Hungary 1956" and
//! "Hungarian revolution against the Soviet Union in 1956", three sentences on joining the United
//! Nations in 2016, three foundings in 1951. Events whose dates overlap become one when they
//! share a rare key word (a place and its adjective are one key: Hungary / Hungarian, Chile /
//! Chilean) or are both foundings; the clearest title wins and every source is cited.
//!
//! A key word is rare when the events of at most two years use it: the organization's own name,
//! "migration" or "member states" run through the whole timeline and join nothing. Candidates
//! come from an index by year, never from all pairs.

use rustc_hash::FxHashMap as HashMap;

use crate::vocabulary::Vocabulary;

use super::*;
use crate::facts::Source;

/// Words that name no happening.
const STOP: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "to", "and", "for", "its", "it", "was", "is", "as", "by",
    "with", "at", "from", "has", "had", "that", "this", "after", "before", "also", "which",
    "their", "into", "out", "were", "be", "been", "year", "years", "first", "new", "end", "during",
    "other", "more", "most", "than", "some", "about", "all", "such", "nearly", "who", "he", "she",
    "they", "there", "when", "where", "over", "under", "between", "against", "through", "became",
    "become", "case", "often", "later", "latter", "addition", "founded", "named", "people",
];

/// Endings of adjectives of places: "Vietnamese", "Hungarian", "Chilean".
const ADJECTIVE_ENDINGS: &[&str] = &["ese", "ian", "ean"];

/// The key a word stands for: lower case, without a plural, an adjective's ending or the
/// vowels that end a place's name, so that a place and its adjective make one key (Hungary and
/// Hungarian, Asia and Asian, Pakistan and Pakistani, Chile and Chilean).
pub(super) fn key_of(word: &str) -> String {
    let mut key = word.to_lowercase();
    if key.len() > 4 && key.ends_with('s') && !key.ends_with("ss") {
        key.pop();
    }
    if let Some(end) = ADJECTIVE_ENDINGS
        .iter()
        .find(|end| key.len() >= end.len() + 2 && key.ends_with(*end))
    {
        key.truncate(key.len() - end.len());
    }
    while key.len() > 2 && key.ends_with(['a', 'e', 'i', 'o', 'u', 'y']) {
        key.pop();
    }
    key
}

/// The key words of a title, as sorted distinct ids of a [`Vocabulary`].
fn keys_of(title: &str, vocabulary: &mut Vocabulary) -> Vec<u32> {
    let words = title.split(|c: char| !c.is_alphanumeric() && c != '#');
    vocabulary.ids_of(words, |w| {
        let is_key = w.chars().count() > 2
            && !w.chars().all(|c| c.is_ascii_digit())
            && !STOP.contains(&w.to_lowercase().as_str());
        is_key.then(|| key_of(w))
    })
}

/// The years an event spans.
fn years(e: &Event) -> std::ops::RangeInclusive<i32> {
    let last = e.end.map_or(e.date.last_year(), |d| d.last_year());
    e.date.year()..=last
}

/// Whether the dates of two events can be one moment: agreeing dates, or spans that overlap
/// when neither is longer than two years (a span of years is a period, not a happening).
fn dates_overlap(a: &Event, b: &Event) -> bool {
    let (x, y) = (years(a), years(b));
    let short = |r: &std::ops::RangeInclusive<i32>| r.end() - r.start() <= 1;
    match (a.end, b.end) {
        (None, None) => a.date.agrees_with(b.date),
        _ => short(&x) && short(&y) && x.start() <= y.end() && y.start() <= x.end(),
    }
}

/// Merges the events that tell one happening (see the module comment). The events with the
/// fewest key words ("Hungary 1956") are taken first as anchors; an event joins the anchor it
/// shares most rare keys with, never two: a sentence that names two happenings ("survivors of
/// the tsunami and the earthquake") does not make them one.
pub(super) fn merge_happenings(events: Vec<Event>, subject: &str) -> Vec<Event> {
    // The subject's own name says nothing about which happening a sentence tells.
    let mut words = Vocabulary::default();
    let own = keys_of(subject, &mut words);
    let keys: Vec<Vec<u32>> = events
        .iter()
        .map(|e| {
            let mut ks = keys_of(&e.title, &mut words);
            ks.retain(|k| !own.contains(k));
            ks
        })
        .collect();
    let rare = rare_keys(&events, &keys, words.len());
    let rare_of: Vec<Vec<u32>> = keys
        .iter()
        .map(|ks| ks.iter().copied().filter(|&k| rare[k as usize]).collect())
        .collect();
    let mut order: Vec<usize> = (0..events.len()).collect();
    crate::order::sort_by_key(&mut order, |&i| (keys[i].len(), events[i].date));
    // Anchors by year and rare key (an event joins only an anchor it shares a rare key with,
    // or a founding with a founding), so that candidates come from an index, not from all the
    // anchors of a year: a chronology of thousands of distinct happenings stays linear.
    let mut anchors_by_key: HashMap<(i32, u32), Vec<usize>> = HashMap::default();
    let mut foundings_by_year: HashMap<i32, Vec<usize>> = HashMap::default();
    let mut anchor_of: Vec<usize> = (0..events.len()).collect();
    for &i in &order {
        let e = &events[i];
        let founding = is_founding(e);
        let mut candidates: Vec<usize> = Vec::new();
        for y in years(e) {
            for &k in &rare_of[i] {
                candidates.extend(anchors_by_key.get(&(y, k)).into_iter().flatten());
            }
            if founding {
                candidates.extend(foundings_by_year.get(&y).into_iter().flatten());
            }
        }
        let best = candidates
            .into_iter()
            .filter(|&a| dates_overlap(e, &events[a]))
            .map(|a| {
                let shared = crate::order::shared_count(&rare_of[i], &keys[a]);
                // Two sentences with several rare keys tell one happening when they share two;
                // a title with one ("Hungary 1956") needs that one.
                let rare_in = |x: usize| keys[x].iter().filter(|&&k| rare[k as usize]).count();
                let needed = rare_in(i).min(rare_in(a)).clamp(1, 2);
                let founding = is_founding(e) && is_founding(&events[a]);
                let n = if shared >= needed { shared } else { 0 };
                (a, n + usize::from(founding))
            })
            .filter(|&(_, n)| n > 0)
            .max_by_key(|&(a, n)| (n, usize::MAX - a));
        match best {
            Some((a, _)) => anchor_of[i] = a,
            None => {
                for y in years(e) {
                    for &k in &rare_of[i] {
                        anchors_by_key.entry((y, k)).or_default().push(i);
                    }
                    if founding {
                        foundings_by_year.entry(y).or_default().push(i);
                    }
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<Event>> = BTreeMap::new();
    for (i, e) in events.into_iter().enumerate() {
        groups.entry(anchor_of[i]).or_default().push(e);
    }
    groups.into_values().map(one_event).collect()
}

/// A wiki copy writes a link's target beside its label ("the 2005 Kashmir earthquake, Pakistan
/// earthquake of 2004/2005"): two neighbouring items of one list that name the same kind of
/// happening (the same last word) at overlapping dates, where another copy of the same sentence
/// gives only one of them, are one happening. The item the other copies give keeps its title.
pub(super) fn fold_link_targets(mut events: Vec<Event>) -> Vec<Event> {
    let mut by_sentence: rustc_hash::FxHashMap<(usize, usize), Vec<usize>> =
        rustc_hash::FxHashMap::default();
    for (i, e) in events.iter().enumerate() {
        for s in &e.sources {
            by_sentence.entry((s.doc.0, s.start)).or_default().push(i);
        }
    }
    let mut into: Vec<Option<usize>> = vec![None; events.len()];
    for (i, target) in events.iter().enumerate() {
        let [sentence] = target.sources.as_slice() else {
            continue;
        };
        let label = by_sentence[&(sentence.doc.0, sentence.start)]
            .iter()
            .copied()
            .filter(|&j| j != i && into[j].is_none())
            .find(|&j| is_label_of(&events[j], target, sentence));
        into[i] = label;
    }
    for i in (0..events.len()).rev() {
        if let Some(j) = into[i] {
            let target = events.remove(i);
            let j = if j > i { j - 1 } else { j };
            add_sources(&mut events[j].sources, target.sources);
        }
    }
    events
}

/// Whether `label` is the item another copy of `sentence` gives where it has `target` beside it.
fn is_label_of(label: &Event, target: &Event, sentence: &Source) -> bool {
    let other_copy = label
        .sources
        .iter()
        .any(|s| s.doc != sentence.doc && crate::facts::nearly_the_same(&sentence.quote, &s.quote));
    let last = |t: &str| t.split_whitespace().last().map(str::to_lowercase);
    let same_kind = last(&target.title).is_some_and(|w| {
        label
            .title
            .split_whitespace()
            .any(|x| x.to_lowercase() == w)
    });
    let (x, y) = (years(label), years(target));
    let overlap = x.start() <= y.end() && y.start() <= x.end();
    other_copy && same_kind && overlap && neighbours(&sentence.quote, &target.title, &label.title)
}

/// Whether `a` and `b` stand next to each other in `text`, with only a comma or "and" between.
fn neighbours(text: &str, a: &str, b: &str) -> bool {
    let (Some(i), Some(j)) = (text.find(a), text.find(b)) else {
        return false;
    };
    let (first, second) = if i < j {
        (i + a.len(), j)
    } else {
        (j + b.len(), i)
    };
    first <= second
        && text[first..second]
            .split(|c: char| c == ',' || c.is_whitespace())
            .all(|w| w.is_empty() || matches!(w, "and" | "the"))
}

/// A founding, told as one ("Founded", "Founded as the ICEM").
fn is_founding(e: &Event) -> bool {
    e.category == Category::Founding && e.title.starts_with("Founded")
}

/// Which keys (by id, of `count`) the events of at most two years use.
fn rare_keys(events: &[Event], keys: &[Vec<u32>], count: usize) -> Vec<bool> {
    // The first three years each key is used in: three are enough to tell.
    let mut years_of: Vec<Vec<i32>> = vec![Vec::new(); count];
    for (e, ks) in events.iter().zip(keys) {
        let year = e.date.year();
        for &k in ks {
            let years = &mut years_of[k as usize];
            if years.len() < 3 && !years.contains(&year) {
                years.push(year);
            }
        }
    }
    years_of.iter().map(|years| years.len() <= 2).collect()
}

/// One event from the events of a happening: the clearest title, the most precise date, every
/// source and every other date.
fn one_event(mut group: Vec<Event>) -> Event {
    let best = (0..group.len())
        .min_by_key(|&i| title_rank(&group[i]))
        .unwrap_or(0);
    let mut event = group.swap_remove(best);
    for other in group {
        if other.date.precision() > event.date.precision() && other.date.agrees_with(event.date) {
            event.date = other.date;
        }
        event.end = event.end.or(other.end);
        add_sources(&mut event.sources, other.sources);
        for o in other.other_dates {
            if !event.other_dates.iter().any(|x| x.date == o.date) {
                event.other_dates.push(o);
            }
        }
    }
    event
}

/// How clear a title is, best first: one that reads on its own, then one that more sources
/// give, then one that says more (up to a headline's length).
fn title_rank(e: &Event) -> (bool, usize, usize) {
    let len = e.title.chars().count();
    let says = if len <= 80 { 80 - len } else { len };
    (
        unreadable(&e.title).is_some(),
        usize::MAX - e.sources.len(),
        says,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_and_its_adjective_are_one_key() {
        for (place, adjective) in [
            ("Hungary", "Hungarian"),
            ("Chile", "Chilean"),
            ("Vietnam", "Vietnamese"),
            ("Pakistan", "Pakistani"),
            ("Asia", "Asian"),
            ("Italy", "Italian"),
            ("boat", "boats"),
        ] {
            assert_eq!(key_of(place), key_of(adjective), "{place} / {adjective}");
        }
        assert_ne!(key_of("Chile"), key_of("China"));
        assert_ne!(key_of("Iraq"), key_of("Iran"));
    }

    fn source(doc: usize, quote: &str) -> Source {
        Source {
            doc: DocId(doc),
            quote: quote.into(),
            start: 0,
            end: quote.len(),
        }
    }

    fn event(year: i32, end: Option<i32>, title: &str, sources: Vec<Source>) -> Event {
        Event {
            id: title.to_string(),
            date: Date::Year(year),
            end: end.map(Date::Year),
            title: title.to_string(),
            category: Category::Crises,
            sources,
            other_dates: vec![],
        }
    }

    #[test]
    fn a_link_target_beside_its_label_is_one_happening() {
        let spliced = "Its work followed the floods of the decade: the Danube floods 1997, the 1999 Izmit earthquake, Marmara earthquake of 1999/2000, and the 2001 Gujarat earthquake.";
        let clean = "Its work followed the floods of the decade: the Danube floods 1997, the Marmara earthquake of 1999/2000 and the 2001 Gujarat earthquake.";
        let both = vec![source(0, spliced), source(1, clean)];
        let events = vec![
            event(
                1999,
                None,
                "1999 Izmit earthquake",
                vec![source(0, spliced)],
            ),
            event(
                1999,
                Some(2000),
                "Marmara earthquake of 1999/2000",
                both.clone(),
            ),
            event(2001, None, "2001 Gujarat earthquake", both),
        ];
        let folded = fold_link_targets(events);
        let titles: Vec<&str> = folded.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Marmara earthquake of 1999/2000", "2001 Gujarat earthquake"]
        );
        // Two happenings of one kind and year that no other copy tells apart stay two.
        let one = "The year saw the 2010 Haiti earthquake, the 2010 Chile earthquake and more.";
        let events = vec![
            event(2010, None, "2010 Haiti earthquake", vec![source(0, one)]),
            event(2010, None, "2010 Chile earthquake", vec![source(0, one)]),
        ];
        assert_eq!(fold_link_targets(events).len(), 2);
    }
}
