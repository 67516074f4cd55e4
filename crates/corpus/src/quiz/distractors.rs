//! Distractors of the answer's kind (near years, numbers of the same magnitude, places) and the
//! years and values the sources state, which a distractor never is.

use super::*;

/// Years near `year` (within 12) that no source gives and that are not after `latest`, in order
/// of preference, some before and some after it: the options keep the answer's place drawn by
/// the seed (see `Draft::finish`).
pub(super) fn near_years(year: i32, stated: &[i32], latest: i32) -> Vec<String> {
    [3, -4, 7, -9, 2, -2, 11, -12, 5, -6]
        .iter()
        .map(|d| year + d)
        .filter(|y| *y != year && !stated.contains(y) && *y <= latest)
        .map(|y| y.to_string())
        .collect()
}

/// Numbers of the same magnitude as `value` and given as precisely (11,500 → 9,430, not 9,400),
/// none equal to a value in `stated` (in ascending order), in order of preference, smaller and
/// larger ones. A small count (under 20) takes its near neighbours: 9 → 6, 12, 7, 11.
pub(super) fn near_numbers(value: f64, stated: &[f64], unit_money: bool) -> Vec<f64> {
    // `stated` in ascending order: whether a candidate is stated is a look at its neighbours.
    let is_stated = |c: f64| {
        let at = stated.partition_point(|s| *s < c - 1e-9);
        stated.get(at).is_some_and(|s| (s - c).abs() < 1e-9)
    };
    let fresh = |c: f64, out: &[f64]| {
        c > 0.0 && (c - value).abs() > 1e-9 && !is_stated(c) && !out.contains(&c)
    };
    let mut out: Vec<f64> = Vec::new();
    if value < 20.0 && value.fract() == 0.0 && !unit_money {
        for d in [-3.0, 3.0, -2.0, 2.0, 4.0, -4.0, 5.0, -5.0, 6.0, 1.0, -1.0] {
            if fresh(value + d, &out) {
                out.push(value + d);
            }
        }
        return out;
    }
    let factors: &[f64] = if unit_money {
        &[0.6, 1.5, 2.2, 0.8, 1.3, 0.5, 1.8, 0.7, 1.2, 0.9, 1.7]
    } else {
        &[
            0.82, 1.17, 0.7, 1.3, 0.9, 1.1, 0.6, 1.5, 0.75, 1.25, 1.4, 1.2,
        ]
    };
    let digits = significant_digits(value) as i32;
    // A one-digit figure ("1 million") also takes two-digit neighbours ("1.5 million").
    let precisions: &[i32] = if digits == 1 { &[1, 2] } else { &[digits] };
    for &precision in precisions {
        let round = |x: f64| {
            let magnitude = 10f64.powi(x.abs().max(1.0).log10().floor() as i32 - precision + 1);
            let magnitude = magnitude.max(1.0);
            (x / magnitude).round() * magnitude
        };
        for f in factors {
            let candidate = round(value * f);
            // 190 for 173 would look rounder than the answer.
            let shown = significant_digits(candidate) as i32;
            if shown == precision && fresh(candidate, &out) {
                out.push(candidate);
            }
        }
    }
    out
}

pub(super) fn latest_year(analysis: &Analysis) -> i32 {
    analysis
        .events
        .iter()
        .map(|e| e.end.unwrap_or(e.date).last_year())
        .max()
        .unwrap_or(2030)
        + 3
}

/// Every year any source gives for the same event (its date and its other dates).
pub(super) fn stated_years(event: &Event) -> Vec<i32> {
    std::iter::once(event.date)
        .chain(event.other_dates.iter().map(|o| o.date))
        .map(Date::year)
        .collect()
}

/// Every year the sources give for a founding of any kind (first established, formally
/// established, founded as a forerunner): a distractor for one of them is none of them, or a
/// student who knows the other founding would be marked wrong.
pub(super) fn founding_years(analysis: &Analysis) -> Vec<i32> {
    let events = analysis
        .events
        .iter()
        .filter(|e| e.category == Category::Founding)
        .flat_map(stated_years);
    let facts = analysis
        .facts
        .iter()
        .filter(|f| matches!(f.value, Value::Date { .. }))
        .filter_map(|f| f.value.as_number())
        .map(|y| y as i32);
    events.chain(facts).collect()
}

/// The distinct items of `items`, in their first order.
///
/// A list, not a `BTreeSet`: collecting into a set compiles one more copy of the standard
/// library's sort for each item type (see `order`), for sets of a handful of words.
pub(super) fn distinct<T: PartialEq>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// Large regions, never a town's stand-in: "in Europe" is no answer to "in which city".
const REGIONS: &[&str] = &[
    "Africa",
    "America",
    "Americas",
    "Antarctica",
    "Asia",
    "Europe",
    "Oceania",
    "Pacific",
    "Atlantic",
    "Caribbean",
    "Mediterranean",
];

/// What the documents say about one-word place names after "in": which follow a comma after
/// another name ("Geneva, Switzerland": a country or region, which contains towns), and which
/// are given with the country they are in.
#[derive(Default)]
pub(super) struct PlaceWords {
    /// In the order the documents name them.
    named: Vec<String>,
    /// The same, to look one up (a document of thousands of places stays linear).
    named_set: BTreeSet<String>,
    containers: BTreeSet<String>,
    with_country: Vec<String>,
}

fn is_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && word.chars().count() >= 4
}

impl PlaceWords {
    /// What the documents of `analysis` say of their place names.
    pub(super) fn of(analysis: &Analysis) -> Self {
        let mut out = PlaceWords::default();
        let clean = |w: &str| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        };
        for doc in &analysis.documents {
            for (_, _, s) in doc.doc.sentences() {
                // Only "in X" names a place: the text is searched for "in", not split into
                // words (a long text has many).
                let text = &*s.text;
                for (at, _) in text.match_indices("in ") {
                    if !text[..at]
                        .chars()
                        .next_back()
                        .is_none_or(char::is_whitespace)
                    {
                        continue;
                    }
                    let mut after = text[at + 3..].split_whitespace();
                    let Some(raw) = after.next() else {
                        continue;
                    };
                    let next = after.next().unwrap_or("");
                    let word = clean(raw);
                    // "in East Timor": a word of a longer name.
                    let longer = !raw.ends_with(',') && next.starts_with(char::is_uppercase);
                    let month = crate::dates::MONTHS
                        .iter()
                        .any(|m| m.eq_ignore_ascii_case(&word));
                    if is_name(&word) && !month && !longer {
                        if out.named_set.insert(word.clone()) {
                            out.named.push(word.clone());
                        }
                        if raw.ends_with(',') && is_name(&clean(next)) {
                            out.with_country.push(word);
                            out.containers.insert(clean(next));
                        }
                    }
                }
            }
        }
        out
    }
}

/// Place names the documents mention ("in Venice", "in Geneva") that can stand for a town:
/// never a region, nor a name that contains others ("Switzerland" in "Geneva, Switzerland").
pub(super) fn places(words: &PlaceWords) -> Vec<String> {
    words
        .named
        .iter()
        .filter(|w| !words.containers.contains(w.as_str()) && !REGIONS.contains(&w.as_str()))
        .cloned()
        .collect()
}

/// Another town than `real` ("Geneva, Switzerland"), for a statement false under every
/// reading: one the documents give with its country, not a part of `real`.
pub(super) fn other_place(words: &PlaceWords, real: &str) -> Option<String> {
    let parts: Vec<&str> = real.split(',').map(str::trim).collect();
    words
        .with_country
        .iter()
        .find(|&p| {
            !parts.contains(&p.as_str())
                && !words.containers.contains(p)
                && !REGIONS.contains(&p.as_str())
        })
        .cloned()
}
