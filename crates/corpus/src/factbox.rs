//! The fact box: the key facts of the subject, one row a predicate, each with its sources; a
//! value the sources disagree on reads as contested and lists every claim.

use crate::dates::Date;
use crate::facts::{first_per_document, Source, Value};
use crate::numbers::format_number;
use crate::pipeline::Analysis;
use crate::reconcile::{ClaimStatus, Conflict};
use serde::{Deserialize, Serialize};

/// One claim of a contested row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimLine {
    pub value: String,
    pub as_of: Option<Date>,
    pub status: ClaimStatus,
    pub sources: Vec<Source>,
}

/// One row of the fact box.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactRow {
    pub key: String,
    pub label: String,
    /// What the row says: the value, or a contested summary ("156 to 175, by date and source").
    pub value: String,
    pub sources: Vec<Source>,
    /// Every claim, oldest first then undated, when the sources disagree.
    pub claims: Vec<ClaimLine>,
}

impl FactRow {
    pub fn contested(&self) -> bool {
        !self.claims.is_empty()
    }
}

/// Predicates a fact box shows, in order; leaders are found by their values.
const ROWS: &[&str] = &[
    "founded",
    "formally_established",
    "headquarters",
    "member_states",
    "observer_states",
    "budget",
    "staff",
    "offices",
    "countries",
    "official_language",
];

/// The rows of the fact box for an analysis.
pub fn fact_box(analysis: &Analysis) -> Vec<FactRow> {
    let mut keys: Vec<&str> = ROWS.to_vec();
    // Leaders (any predicate whose values are people) come after the headquarters.
    let mut leaders: Vec<&str> = analysis
        .facts
        .iter()
        .filter(|f| matches!(f.value, Value::Person { .. }))
        .map(|f| &*f.predicate.key)
        .collect();
    leaders.dedup();
    let at = keys
        .iter()
        .position(|k| *k == "headquarters")
        .map_or(0, |i| i + 1);
    for (i, leader) in leaders.into_iter().enumerate() {
        if !keys.contains(&leader) {
            keys.insert(at + i, leader);
        }
    }
    keys.into_iter()
        .filter_map(|key| row(analysis, key))
        .collect()
}

fn row(analysis: &Analysis, key: &str) -> Option<FactRow> {
    let facts: Vec<_> = analysis
        .facts
        .iter()
        .filter(|f| f.predicate.key == key)
        .collect();
    let first = facts.first()?;
    let label = first.predicate.label.to_string();
    if let Some(conflict) = analysis.conflicts.iter().find(|c| c.predicate.key == key) {
        return Some(contested_row(key, label, conflict));
    }
    let value = if first.predicate.multi {
        let values: Vec<String> = facts.iter().map(|f| f.value.to_string()).collect();
        join_list(&values)
    } else {
        with_date(&first.value.to_string(), first.as_of)
    };
    let mut sources: Vec<Source> = facts
        .iter()
        .flat_map(|f| f.sources.iter().cloned())
        .collect();
    crate::order::sort(&mut sources);
    sources.dedup();
    Some(FactRow {
        key: key.to_string(),
        label,
        value,
        sources,
        claims: Vec::new(),
    })
}

fn contested_row(key: &str, label: String, conflict: &Conflict) -> FactRow {
    let claims: Vec<ClaimLine> = conflict
        .claims
        .iter()
        .map(|c| ClaimLine {
            value: c.value.to_string(),
            as_of: c.as_of,
            status: c.status,
            sources: c.sources.clone(),
        })
        .collect();
    let value = match conflict.numeric_span() {
        Some((min, max)) if key != "founded" => {
            format!(
                "{} to {}, by date and source",
                format_number(min),
                format_number(max)
            )
        }
        _ => {
            let latest = conflict
                .claims
                .iter()
                .find(|c| c.status == ClaimStatus::Latest);
            match latest {
                Some(c) => format!(
                    "{}, or {} other claims, by date and source",
                    with_date(&c.value.to_string(), c.as_of),
                    claims.len() - 1
                ),
                None => format!("{} claims, by date and source", claims.len()),
            }
        }
    };
    let mut sources: Vec<Source> = claims
        .iter()
        .flat_map(|c| c.sources.iter().cloned())
        .collect();
    crate::order::sort(&mut sources);
    sources.dedup();
    FactRow {
        key: key.to_string(),
        label,
        value,
        sources,
        claims,
    }
}

/// One dated value of a figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub date: Date,
    /// The date as a fractional year, for plotting.
    pub x: f64,
    pub value: f64,
    pub sources: Vec<Source>,
}

impl Point {
    /// The first source of each document that states this value, in document order.
    pub fn sources_by_document(&self) -> Vec<&Source> {
        first_per_document(&self.sources)
    }
}

/// A figure over time: a numeric predicate with at least three dated values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub key: String,
    pub label: String,
    /// What the numbers count ("member states"), or the currency.
    pub unit: String,
    pub points: Vec<Point>,
}

/// Figures over time: every numeric predicate with three or more dated facts, oldest first.
pub fn series(analysis: &Analysis) -> Vec<Series> {
    let mut out: Vec<Series> = Vec::new();
    for fact in analysis.facts.iter().filter(|f| f.as_of.is_some()) {
        let (Some(date), Some(value)) = (fact.as_of, fact.value.as_number()) else {
            continue;
        };
        let unit = match &fact.value {
            Value::Count { unit, .. } => unit.clone(),
            Value::Money { currency, .. } => currency.clone(),
            _ => continue,
        };
        let point = Point {
            date,
            x: fractional_year(date),
            value,
            sources: fact.sources.clone(),
        };
        match out.iter_mut().find(|s| s.key == fact.predicate.key) {
            Some(s) => s.points.push(point),
            None => out.push(Series {
                key: fact.predicate.key.to_string(),
                label: fact.predicate.label.to_string(),
                unit,
                points: vec![point],
            }),
        }
    }
    out.retain(|s| s.points.len() >= 3);
    for s in &mut out {
        crate::order::sort_by_key(&mut s.points, |p| p.date);
    }
    out
}

/// 1953 → 1953.0, June 2014 → 2014.42, 19 October 1953 → 1953.8.
fn fractional_year(date: Date) -> f64 {
    let (year, month, day) = date.key();
    let month = if month == 0 {
        0.0
    } else {
        f64::from(month - 1) / 12.0
    };
    let day = if day == 0 {
        0.0
    } else {
        f64::from(day - 1) / 365.0
    };
    f64::from(year) + month + day
}

fn with_date(value: &str, as_of: Option<Date>) -> String {
    match as_of {
        Some(date) => format!("{value} ({date})"),
        None => value.to_string(),
    }
}

/// "English, French and Spanish".
fn join_list(values: &[String]) -> String {
    match values {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Corpus;
    use crate::pipeline::analyze;

    #[test]
    fn agreed_and_contested_rows() {
        let a = analyze(&Corpus::from_texts([
            ("a.txt", "The Acme Union (AU) is a body. It was founded in 1901. As of 2010, it has 12 member states. Its official languages are listed."),
            ("b.txt", "The Acme Union (AU) is a body. It was founded in 1901. As of 2020, it has 15 member states."),
            ("c.txt", "The Acme Union (AU) is a body. It has 9 member states."),
        ]));
        let rows = fact_box(&a);
        let founded = rows.iter().find(|r| r.key == "founded").unwrap();
        assert_eq!(founded.value, "1901");
        assert!(!founded.contested());
        assert_eq!(founded.sources.len(), 2);
        let members = rows.iter().find(|r| r.key == "member_states").unwrap();
        assert!(members.contested());
        assert_eq!(members.value, "9 to 15, by date and source");
        let claims: Vec<_> = members
            .claims
            .iter()
            .map(|c| (c.value.as_str(), c.status))
            .collect();
        assert_eq!(
            claims,
            [
                ("12 member states", ClaimStatus::Superseded),
                ("15 member states", ClaimStatus::Latest),
                ("9 member states", ClaimStatus::Undated)
            ]
        );
    }

    #[test]
    fn series_need_three_dated_values() {
        let a = analyze(&Corpus::from_texts([(
            "a.txt",
            "The Acme Union (AU) is a body. As of 2010, it has 12 member states. As of June 2015, it has 14 member states. As of 2020, it has 15 member states. As of 2020, it has 300 staff.",
        )]));
        let all = series(&a);
        assert_eq!(all.len(), 1, "staff has one dated value only");
        let values: Vec<_> = all[0].points.iter().map(|p| (p.x, p.value)).collect();
        assert_eq!(
            values,
            [(2010.0, 12.0), (2015.0 + 5.0 / 12.0, 14.0), (2020.0, 15.0)]
        );
        assert_eq!(all[0].unit, "member states");
    }

    #[test]
    fn lists_read_as_lists() {
        assert_eq!(
            join_list(&["English".into(), "French".into(), "Spanish".into()]),
            "English, French and Spanish"
        );
    }
}
