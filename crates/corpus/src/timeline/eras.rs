//! Eras: the organization's successive names as periods of the axis.

use super::*;

/// A period under one name of the organization.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Era {
    pub name: String,
    pub abbreviation: Option<String>,
    pub start: i32,
    /// The year the next name was taken; `None` for the current name.
    pub end: Option<i32>,
}

/// The organization's eras, from its dated name facts: each name from the year it was taken to
/// the year of the next one. Where sources give two names for one year, the name that more
/// sources give wins.
pub fn eras(analysis: &Analysis) -> Vec<Era> {
    let mut names: Vec<(i32, usize, String, Option<String>)> = analysis
        .facts
        .iter()
        .filter(|f| f.predicate.key == "name")
        .filter_map(|f| match (&f.value, f.as_of) {
            (Value::Name { name, abbreviation }, Some(date)) => Some((
                date.year(),
                f.sources.len(),
                name.clone(),
                abbreviation.clone(),
            )),
            _ => None,
        })
        .collect();
    // One name a year: the best attested.
    crate::order::sort_by(&mut names, |a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    names.dedup_by_key(|n| n.0);
    let mut eras: Vec<Era> = names
        .iter()
        .map(|(year, _, name, abbreviation)| Era {
            name: name.clone(),
            abbreviation: abbreviation.clone(),
            start: *year,
            end: None,
        })
        .collect();
    for i in 1..eras.len() {
        eras[i - 1].end = Some(eras[i].start);
    }
    eras
}
