//! One event per happening: events whose titles and dates agree become one, citing every
//! source; the same title at other dates keeps those dates beside it.

use rustc_hash::FxHashMap as HashMap;

use crate::vocabulary::Vocabulary;

use super::*;

/// Words that name no event.
const STOP: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "to", "and", "for", "its", "it", "was", "is", "as", "by",
    "with", "at", "from", "has", "had", "that", "this",
];

/// A title's content words, as sorted distinct ids of a [`Vocabulary`]: sets of integers
/// compare and hash far faster than sets of strings.
type Keys = Vec<u32>;

/// The content words of a title, to tell whether two titles name the same event.
fn keywords(title: &str, vocabulary: &mut Vocabulary) -> Keys {
    let words = title.split(|c: char| !c.is_alphanumeric());
    vocabulary.ids_of(words, |written| {
        let w = written.to_lowercase();
        let content =
            w.len() > 1 && !STOP.contains(&w.as_str()) && !w.chars().all(|c| c.is_ascii_digit());
        content.then_some(w)
    })
}

/// Whether two titles name the same event: most of their content words shared (Jaccard ≥ 0.6),
/// or the same title when either has none.
fn similar_keys(a: &str, x: &Keys, b: &str, y: &Keys) -> bool {
    if x.is_empty() || y.is_empty() {
        return a == b;
    }
    let shared = crate::order::shared_count(x, y) as f64;
    let union = (x.len() + y.len()) as f64 - shared;
    shared / union >= 0.6
}

/// How many merged events a keyword lists at most in one decade: a keyword that every title has
/// finds nothing worth comparing anyway.
const POSTINGS: usize = 64;

/// The merged events whose titles may be similar to a title at an agreeing date, never all
/// pairs: those with the same keywords (or the same title, when it has none), and those sharing
/// one of its rarest keywords in the same decade (a prefix filter: two keyword sets with a
/// Jaccard index of 0.6 or more share one of the rarest `n - ⌊0.6 n⌋ + 1` of each, in one order
/// of all keywords), each keyword listing a bounded number. A chronology of thousands of
/// distinct happenings merges in linear time.
#[derive(Default)]
struct TitleIndex {
    /// How many titles have each keyword (by id), over every event to merge.
    frequency: Vec<usize>,
    /// Each distinct set of keywords, numbered.
    key_sets: HashMap<Keys, u32>,
    /// (Set of keywords, decade) → merged events, all of them: two titles of the same keywords
    /// at agreeing dates always meet (agreeing dates share a decade of [`decades`]).
    by_keys: HashMap<(u32, i32), Vec<usize>>,
    by_title: HashMap<String, Vec<usize>>,
    /// (Keyword, decade) → merged events, bounded.
    by_key_decade: HashMap<(u32, i32), Vec<usize>>,
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
    fn new<'a>(all_keys: impl Iterator<Item = &'a Keys>) -> Self {
        let mut frequency = Vec::new();
        for &key in all_keys.flatten() {
            let key = key as usize;
            if frequency.len() <= key {
                frequency.resize(key + 1, 0);
            }
            frequency[key] += 1;
        }
        TitleIndex {
            frequency,
            ..TitleIndex::default()
        }
    }

    /// The keywords two similar titles must share one of: the rarest (ties by id), enough of
    /// them.
    fn prefix(&self, keys: &Keys) -> Keys {
        let mut rarest: Vec<(usize, u32)> = keys
            .iter()
            .map(|&k| (self.frequency[k as usize], k))
            .collect();
        rarest.sort_unstable();
        rarest.truncate(keys.len() - keys.len() * 6 / 10 + 1);
        rarest.into_iter().map(|(_, k)| k).collect()
    }

    fn add(&mut self, at: usize, event: &Event, keys: &Keys, prefix: &[u32]) {
        if keys.is_empty() {
            self.by_title
                .entry(event.title.clone())
                .or_default()
                .push(at);
            return;
        }
        let set = match self.key_sets.get(keys) {
            Some(&set) => set,
            None => {
                let set = self.key_sets.len() as u32;
                self.key_sets.insert(keys.clone(), set);
                set
            }
        };
        for decade in decades(event.date) {
            self.by_keys.entry((set, decade)).or_default().push(at);
        }
        for &key in prefix {
            for decade in decades(event.date) {
                let list = self.by_key_decade.entry((key, decade)).or_default();
                if list.len() < POSTINGS {
                    list.push(at);
                }
            }
        }
    }

    /// The merged events that may be similar, unsorted, some listed twice.
    fn candidates(&self, event: &Event, keys: &Keys, prefix: &[u32]) -> Vec<usize> {
        if keys.is_empty() {
            return self.by_title.get(&event.title).cloned().unwrap_or_default();
        }
        let mut found: Vec<usize> = Vec::new();
        if let Some(&set) = self.key_sets.get(keys) {
            for decade in decades(event.date) {
                found.extend(self.by_keys.get(&(set, decade)).into_iter().flatten());
            }
        }
        for &key in prefix {
            for decade in decades(event.date) {
                found.extend(self.by_key_decade.get(&(key, decade)).into_iter().flatten());
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
    let mut vocabulary = Vocabulary::default();
    let raw_keys: Vec<Keys> = raw
        .iter()
        .map(|e| keywords(&e.title, &mut vocabulary))
        .collect();
    let mut index = TitleIndex::new(raw_keys.iter());
    let mut out_keys: Vec<Keys> = Vec::new();
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
