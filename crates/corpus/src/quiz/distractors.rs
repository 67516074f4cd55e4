//! Distractors of the answer's kind (near years, numbers of the same magnitude, places) and the
//! years and values the sources state, which a distractor never is.

use super::*;

/// Years near `year` (within 12), none of them in `stated`, nearest first in a spread pattern.
pub(super) fn near_years(year: i32, stated: &[i32], latest: i32) -> Vec<String> {
    [3, -4, 7, -9, 2, -2, 11, -12, 5, -6]
        .iter()
        .map(|d| year + d)
        .filter(|y| *y != year && !stated.contains(y) && *y <= latest)
        .take(3)
        .map(|y| y.to_string())
        .collect()
}

/// Numbers of the same magnitude as `value`, none equal to a value in `stated`.
pub(super) fn near_numbers(value: f64, stated: &[f64], unit_money: bool) -> Vec<f64> {
    let factors: &[f64] = if unit_money {
        &[0.6, 1.5, 2.2, 0.8, 1.3]
    } else {
        &[0.82, 1.17, 0.7, 1.3, 0.9, 1.1]
    };
    let round = |x: f64| {
        let magnitude = 10f64
            .powi((x.abs().max(1.0)).log10().floor() as i32 - 1)
            .max(1.0);
        (x / magnitude).round() * magnitude
    };
    let mut out: Vec<f64> = Vec::new();
    for f in factors {
        let candidate = round(value * f);
        let clash =
            stated.iter().any(|s| (s - candidate).abs() < 1e-9) || (candidate - value).abs() < 1e-9;
        if candidate > 0.0 && !clash && !out.contains(&candidate) {
            out.push(candidate);
        }
    }
    out.truncate(3);
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

/// Place names the documents mention ("in Venice", "in Geneva"), to blank or to swap.
pub(super) fn places(analysis: &Analysis) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for doc in &analysis.documents {
        for (_, _, s) in doc.doc.sentences() {
            let words: Vec<&str> = s.text.split_whitespace().collect();
            for pair in words.windows(2) {
                let word = pair[1].trim_end_matches(|c: char| !c.is_alphanumeric());
                let capital = word.chars().next().is_some_and(char::is_uppercase)
                    && word.chars().skip(1).all(char::is_lowercase);
                let month = crate::dates::MONTHS
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(word));
                if pair[0] == "in"
                    && capital
                    && word.len() >= 4
                    && !month
                    && !out.iter().any(|o| o == word)
                {
                    out.push(word.to_string());
                }
            }
        }
    }
    out
}

pub(super) fn other_place(analysis: &Analysis, real: &str) -> Option<String> {
    let first = real.split(',').next().unwrap_or(real).trim();
    places(analysis).into_iter().find(|p| p != first)
}
