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

/// How many merged events a keyword lists at most in one decade: a keyword that every title has
/// finds nothing worth comparing anyway.
const POSTINGS: usize = 64;

/// The merged events whose titles may be similar to a title at an agreeing date, never all
/// pairs: those with the same keywords (or the same title, when it has none), and those sharing
/// one of its rarest keywords in the same decade (a prefix filter: two keyword sets with a
/// Jaccard index of 0.6 or more share one of the rarest `n - ⌊0.6 n⌋ + 1` of each), each keyword
/// listing a bounded number. A chronology of thousands of distinct happenings merges in linear
/// time.
#[derive(Default)]
struct TitleIndex {
    /// How many titles have each keyword, over every event to merge.
    frequency: BTreeMap<String, usize>,
    by_keys: BTreeMap<BTreeSet<String>, Vec<usize>>,
    by_title: BTreeMap<String, Vec<usize>>,
    /// Keyword → decade → merged events, bounded.
    by_key_decade: BTreeMap<String, BTreeMap<i32, Vec<usize>>>,
}

/// The decades a date may agree with a date of.
fn decades(date: Date) -> Vec<i32> {
    let mut out = vec![date.year().div_euclid(10)];
    if let Date::Decade(d) = date {
        out.push((d + 9).div_euclid(10));
        out.dedup();
    }
    out
}

impl TitleIndex {
    fn new<'a>(all_keys: impl Iterator<Item = &'a BTreeSet<String>>) -> Self {
        let mut frequency = BTreeMap::new();
        for key in all_keys.flatten() {
            *frequency.entry(key.clone()).or_default() += 1;
        }
        TitleIndex {
            frequency,
            ..TitleIndex::default()
        }
    }

    /// The keywords two similar titles must share one of: the rarest, enough of them.
    fn prefix<'a>(&self, keys: &'a BTreeSet<String>) -> Vec<&'a String> {
        let mut rarest: Vec<(Option<usize>, &String)> = keys
            .iter()
            .map(|k| (self.frequency.get(k).copied(), k))
            .collect();
        crate::order::sort(&mut rarest);
        rarest.truncate(keys.len() - keys.len() * 6 / 10 + 1);
        rarest.into_iter().map(|(_, k)| k).collect()
    }

    fn add(&mut self, at: usize, event: &Event, keys: &BTreeSet<String>, prefix: &[&String]) {
        if keys.is_empty() {
            self.by_title
                .entry(event.title.clone())
                .or_default()
                .push(at);
            return;
        }
        match self.by_keys.get_mut(keys) {
            Some(list) => list.push(at),
            None => {
                self.by_keys.insert(keys.clone(), vec![at]);
            }
        }
        for &key in prefix {
            if !self.by_key_decade.contains_key(key.as_str()) {
                self.by_key_decade.insert(key.clone(), BTreeMap::new());
            }
            let by_decade = self.by_key_decade.get_mut(key.as_str()).expect("inserted");
            for decade in decades(event.date) {
                let list = by_decade.entry(decade).or_default();
                if list.len() < POSTINGS {
                    list.push(at);
                }
            }
        }
    }

    /// The merged events that may be similar, unsorted, some listed twice.
    fn candidates(&self, event: &Event, keys: &BTreeSet<String>, prefix: &[&String]) -> Vec<usize> {
        if keys.is_empty() {
            return self.by_title.get(&event.title).cloned().unwrap_or_default();
        }
        let mut found: Vec<usize> = self.by_keys.get(keys).cloned().unwrap_or_default();
        for &key in prefix {
            let Some(by_decade) = self.by_key_decade.get(key.as_str()) else {
                continue;
            };
            for decade in decades(event.date) {
                found.extend(by_decade.get(&decade).into_iter().flatten().copied());
            }
        }
        found
    }
}

/// Merges events that share a title (or nearly) and an agreeing date; keeps the most precise
/// date. Same title, different dates: one event with the other dates beside it.
pub(super) fn merge_events(raw: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    // Keywords of each event's title, computed once.
    let raw_keys: Vec<BTreeSet<String>> = raw.iter().map(|e| keywords(&e.title)).collect();
    let mut index = TitleIndex::new(raw_keys.iter());
    let mut out_keys: Vec<BTreeSet<String>> = Vec::new();
    // The place of each merged event's sources, so that thousands of copies merge in linear time.
    let mut out_cited: Vec<BTreeSet<(DocId, usize)>> = Vec::new();
    // The merged events titled from facts, by title.
    let mut fact_titled: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (event, keys) in raw.into_iter().zip(raw_keys) {
        let prefix = index.prefix(&keys);
        // The first merged event that matches (candidates come unsorted, some twice).
        let same = index
            .candidates(&event, &keys, &prefix)
            .into_iter()
            .filter(|&i| {
                let e = &out[i];
                e.date.agrees_with(event.date)
                    && e.end.zip(event.end).is_none_or(|(a, b)| a.agrees_with(b))
                    && similar_keys(&e.title, &out_keys[i], &event.title, &keys)
            })
            .min();
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
        let differently_dated = fact_titled
            .get(&event.title)
            .into_iter()
            .flatten()
            .copied()
            .find(|&i| {
                !event
                    .sources
                    .iter()
                    .any(|s| out_cited[i].contains(&(s.doc, s.start)))
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
        let at = out.len();
        index.add(at, &event, &keys, &prefix);
        if matches!(event.category, Category::Founding | Category::Names) {
            fact_titled.entry(event.title.clone()).or_default().push(at);
        }
        out_cited.push(event.sources.iter().map(|s| (s.doc, s.start)).collect());
        out.push(event);
        out_keys.push(keys);
    }
    out
}
