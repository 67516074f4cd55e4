//! Reconciliation: the same claim from several documents becomes one fact with several sources;
//! different values for a single-valued predicate become a conflict whose claims are ordered by
//! their as-of dates, each marked as the latest, superseded by a later one, undated, or
//! contradicted by another claim for the same date.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

use crate::dates::Date;
use crate::facts::{Claim, Predicate, Source, Value};

/// A reconciled fact: one value of one predicate, with every source that states it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: String,
    pub subject: String,
    pub predicate: Predicate,
    pub value: Value,
    pub as_of: Option<Date>,
    pub sources: Vec<Source>,
}

/// How one claim of a conflict stands against the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    /// The most recent dated value.
    Latest,
    /// An older value that a later-dated claim replaces.
    Superseded,
    /// No date: cannot be placed against the others.
    Undated,
    /// Another claim gives a different value for the same date.
    Contradicted,
}

/// Whether the differences are explained by time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// Every difference is a later value replacing an earlier one.
    Succession,
    /// Some values disagree for the same date, or undated values differ from the latest.
    Contradiction,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConflictClaim {
    pub fact_id: String,
    pub value: Value,
    pub as_of: Option<Date>,
    pub status: ClaimStatus,
    pub sources: Vec<Source>,
}

/// Several values for one single-valued predicate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    pub predicate: Predicate,
    pub kind: ConflictKind,
    /// Dated claims oldest first, then undated ones.
    pub claims: Vec<ConflictClaim>,
}

impl Conflict {
    /// "156 to 175": the smallest and largest numeric values, when the values are numbers.
    pub fn numeric_span(&self) -> Option<(f64, f64)> {
        let values: Vec<f64> = self
            .claims
            .iter()
            .filter_map(|c| c.value.as_number())
            .collect();
        if values.len() != self.claims.len() {
            return None;
        }
        let min = values.iter().copied().fold(f64::INFINITY, f64::min);
        let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        Some((min, max))
    }
}

/// Merges claims into facts and finds the conflicts between them.
pub fn reconcile(subject: &str, claims: &[Claim]) -> (Vec<Fact>, Vec<Conflict>) {
    let mut by_predicate: BTreeMap<&str, Vec<&Claim>> = BTreeMap::new();
    for claim in claims {
        by_predicate
            .entry(&*claim.predicate.key)
            .or_default()
            .push(claim);
    }
    let mut facts = Vec::new();
    let mut conflicts = Vec::new();
    let mut ids = FxHashMap::default();
    for group in by_predicate.values() {
        let merged = merge(subject, group, &mut ids);
        let predicate = &group[0].predicate;
        let all_compatible = merged.iter().enumerate().all(|(i, a)| {
            merged[i + 1..]
                .iter()
                .all(|b| a.value.compatible_with(&b.value))
        });
        if !predicate.multi && merged.len() > 1 && !all_compatible {
            conflicts.push(conflict(predicate, &merged));
        }
        facts.extend(merged);
    }
    (facts, conflicts)
}

fn dates_agree(a: Option<Date>, b: Option<Date>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.agrees_with(b),
        _ => true,
    }
}

/// One fact per distinct (value, compatible as-of date). A fact shows the wording most of its
/// sources use, and a claim matches a fact when it matches any wording the fact has seen.
fn merge(subject: &str, claims: &[&Claim], ids: &mut FxHashMap<String, usize>) -> Vec<Fact> {
    let mut facts: Vec<Fact> = Vec::new();
    // Each fact's wordings (values as its claims give them) and how many claims give each.
    let mut variants: Vec<Vec<(&Value, usize)>> = Vec::new();
    // The facts a claim may be, by the keys of every wording they have seen
    // ([`Value::match_keys`]), so that thousands of figures, places or names merge without
    // comparing every pair.
    let mut by_key = KeyIndex::default();
    // Each fact's sources by (fact, document, sentence): one sentence said a thousand times is
    // a lookup, not a scan.
    let mut cited: FxHashSet<(usize, usize, usize)> = FxHashSet::default();
    for claim in claims {
        let keys = claim.value.match_keys();
        let mut candidates: Vec<usize> = keys.clone().flat_map(|k| by_key.get(k)).collect();
        candidates.sort_unstable();
        candidates.dedup();
        let existing = candidates.into_iter().find(|&i| {
            variants[i].iter().any(|(v, _)| v.same_as(&claim.value))
                && dates_agree(facts[i].as_of, claim.as_of)
        });
        let Some(i) = existing else {
            for key in keys {
                by_key.add(key, facts.len());
            }
            cited.insert((facts.len(), claim.source.doc.0, claim.source.start));
            facts.push(Fact {
                id: String::new(),
                subject: subject.to_string(),
                predicate: claim.predicate.clone(),
                value: claim.value.clone(),
                as_of: claim.as_of,
                sources: vec![claim.source.clone()],
            });
            variants.push(vec![(&claim.value, 1)]);
            continue;
        };
        let fact = &mut facts[i];
        match variants[i].iter_mut().find(|(v, _)| **v == claim.value) {
            Some((_, n)) => *n += 1,
            None => {
                // A new wording: the fact is found by its keys too.
                for key in keys {
                    by_key.add(key, i);
                }
                variants[i].push((&claim.value, 1));
            }
        }
        fact.as_of = match (fact.as_of, claim.as_of) {
            (Some(a), Some(b)) => Some(if b.precision() > a.precision() { b } else { a }),
            (a, b) => a.or(b),
        };
        if cited.insert((i, claim.source.doc.0, claim.source.start)) {
            fact.sources.push(claim.source.clone());
        }
    }
    for (fact, seen) in facts.iter_mut().zip(&variants) {
        // A fact of one wording has its first claim's value already.
        if seen.len() > 1 {
            if let Some((value, _)) = seen.iter().max_by_key(|(v, n)| (*n, v.detail())) {
                fact.value = (*value).clone();
            }
        }
        crate::order::sort(&mut fact.sources);
        fact.id = unique_id(&fact_slug(fact), ids);
    }
    facts
}

/// Facts by key, each key's facts a chain through one list: no list of its own per key.
#[derive(Default)]
struct KeyIndex {
    /// The last link of each key's chain.
    last: FxHashMap<u64, usize>,
    /// (fact, the link before it in its key's chain).
    links: Vec<(usize, Option<usize>)>,
}

impl KeyIndex {
    /// Files `fact` under `key` (once when it is the key's latest).
    fn add(&mut self, key: u64, fact: usize) {
        let before = self.last.get(&key).copied();
        if before.is_some_and(|at| self.links[at].0 == fact) {
            return;
        }
        self.last.insert(key, self.links.len());
        self.links.push((fact, before));
    }

    /// The facts filed under `key`, the latest first.
    fn get(&self, key: u64) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.last.get(&key).copied(), |&at| self.links[at].1)
            .map(|at| self.links[at].0)
    }
}

fn fact_slug(fact: &Fact) -> String {
    let mut slug = fact.predicate.key.replace('_', "-");
    slug.push('-');
    slug.push_str(&slugify(&fact.value.to_string()));
    if let Some(date) = fact.as_of {
        slug.push('-');
        slug.push_str(&date.iso());
    }
    slug
}

/// Lower-case words joined by hyphens, at most six words: "US$1.8 billion" → "us-1-8-billion".
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
    {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_lowercase());
    }
    slug
}

/// An id made of `slug`: the slug itself the first time, with its count after ("x", "x-2"). The
/// slugs seen so far are found by hash: an analysis may have thousands of facts and events.
pub fn unique_id(slug: &str, ids: &mut FxHashMap<String, usize>) -> String {
    let n = match ids.get_mut(slug) {
        Some(n) => {
            *n += 1;
            *n
        }
        None => {
            ids.insert(slug.to_string(), 1);
            1
        }
    };
    if n == 1 {
        slug.to_string()
    } else {
        format!("{slug}-{n}")
    }
}

fn conflict(predicate: &Predicate, facts: &[Fact]) -> Conflict {
    let mut sorted: Vec<&Fact> = facts.iter().collect();
    crate::order::sort_by(&mut sorted, |a, b| match (a.as_of, b.as_of) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let latest = sorted.iter().filter_map(|f| f.as_of).max();
    // Dated facts by year, decades apart: a rival of the same date is found among a few.
    let mut by_year: BTreeMap<i32, Vec<&Fact>> = BTreeMap::new();
    let mut decades: BTreeMap<i32, Vec<&Fact>> = BTreeMap::new();
    for fact in &sorted {
        match fact.as_of {
            Some(Date::Decade(d)) => decades.entry(d.div_euclid(10)).or_default().push(fact),
            Some(d) => by_year.entry(d.year()).or_default().push(fact),
            None => {}
        }
    }
    // Read lazily: the first rival found ends the search among a year's thousands.
    let same_time = |date: Date| {
        let decade = date.year().div_euclid(10);
        let years = match date {
            Date::Decade(d) => d..d + 10,
            d => d.year()..d.year() + 1,
        };
        by_year
            .range(years)
            .flat_map(|(_, facts)| facts.iter().copied())
            .chain(decades.get(&decade).into_iter().flatten().copied())
    };
    let mut claims: Vec<ConflictClaim> = sorted
        .iter()
        .map(|fact| {
            let same_date_rival = fact.as_of.is_some_and(|date| {
                same_time(date).any(|o| {
                    !o.value.compatible_with(&fact.value)
                        && o.as_of.is_some_and(|a| a.agrees_with(date))
                })
            });
            let status = match fact.as_of {
                None => ClaimStatus::Undated,
                Some(_) if same_date_rival => ClaimStatus::Contradicted,
                Some(d) if Some(d) == latest => ClaimStatus::Latest,
                Some(_) => ClaimStatus::Superseded,
            };
            ConflictClaim {
                fact_id: fact.id.clone(),
                value: fact.value.clone(),
                as_of: fact.as_of,
                status,
                sources: fact.sources.clone(),
            }
        })
        .collect();
    let latest_value = claims
        .iter()
        .find(|c| c.status == ClaimStatus::Latest)
        .map(|c| c.value.clone());
    let undated_differs = claims
        .iter()
        .filter(|c| c.status == ClaimStatus::Undated)
        .any(|c| {
            latest_value
                .as_ref()
                .is_none_or(|v| !v.compatible_with(&c.value))
        });
    let contradicted = claims.iter().any(|c| c.status == ClaimStatus::Contradicted);
    let kind = if contradicted || undated_differs {
        ConflictKind::Contradiction
    } else {
        ConflictKind::Succession
    };
    claims.dedup_by(|a, b| a.fact_id == b.fact_id);
    Conflict {
        predicate: predicate.clone(),
        kind,
        claims,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocId;

    #[test]
    fn a_key_gives_its_facts_latest_first_each_once_in_a_row() {
        let mut index = KeyIndex::default();
        index.add(7, 0);
        index.add(8, 0);
        index.add(7, 2);
        index.add(7, 2);
        index.add(7, 5);
        assert_eq!(index.get(7).collect::<Vec<_>>(), [5, 2, 0]);
        assert_eq!(index.get(8).collect::<Vec<_>>(), [0]);
        assert_eq!(index.get(9).count(), 0);
    }

    fn claim(doc: usize, value: f64, as_of: Option<Date>) -> Claim {
        Claim {
            predicate: Predicate::member_states(),
            value: Value::Count {
                value,
                qualifier: None,
                unit: "member states".into(),
            },
            as_of,
            source: Source {
                doc: DocId(doc),
                quote: format!("It has {value} member states.").into(),
                start: doc * 10,
                end: doc * 10 + 5,
            },
        }
    }

    #[test]
    fn places_merge_through_their_keys_among_thousands() {
        let place = |doc: usize, at: usize, name: &str| Claim {
            predicate: Predicate::headquarters(),
            value: Value::Place { name: name.into() },
            as_of: None,
            source: Source {
                doc: DocId(doc),
                quote: format!("It is based in {name}.").into(),
                start: at,
                end: at + 5,
            },
        };
        let mut claims: Vec<Claim> = (0..2000)
            .map(|i| place(0, i * 10, &format!("Town{i}")))
            .collect();
        claims.push(place(1, 0, "Town7, Lakeland"));
        claims.push(place(2, 0, "town7"));
        let (facts, _) = reconcile("Acme", &claims);
        assert_eq!(facts.len(), 2000);
        let town7 = facts
            .iter()
            .find(|f| f.sources.iter().any(|s| s.doc == DocId(1)))
            .expect("the place told in other words");
        assert_eq!(town7.sources.len(), 3, "{town7:?}");
    }

    #[test]
    fn the_same_value_from_several_documents_is_one_fact() {
        let claims = [
            claim(
                0,
                156.0,
                Some(Date::Month {
                    year: 2014,
                    month: 6,
                }),
            ),
            claim(1, 156.0, None),
            claim(
                2,
                156.0,
                Some(Date::Month {
                    year: 2014,
                    month: 6,
                }),
            ),
        ];
        let (facts, conflicts) = reconcile("Acme", &claims);
        assert_eq!(facts.len(), 1);
        assert_eq!(facts[0].sources.len(), 3);
        assert_eq!(
            facts[0].as_of,
            Some(Date::Month {
                year: 2014,
                month: 6
            })
        );
        assert!(conflicts.is_empty());
    }

    #[test]
    fn later_values_supersede_earlier_ones() {
        let claims = [
            claim(0, 173.0, Some(Date::Year(2021))),
            claim(1, 156.0, Some(Date::Year(2014))),
        ];
        let (facts, conflicts) = reconcile("Acme", &claims);
        assert_eq!(facts.len(), 2);
        let c = &conflicts[0];
        assert_eq!(c.kind, ConflictKind::Succession);
        let statuses: Vec<_> = c
            .claims
            .iter()
            .map(|c| (c.value.as_number().unwrap(), c.status))
            .collect();
        assert_eq!(
            statuses,
            [
                (156.0, ClaimStatus::Superseded),
                (173.0, ClaimStatus::Latest)
            ]
        );
        assert_eq!(c.numeric_span(), Some((156.0, 173.0)));
    }

    #[test]
    fn undated_and_same_date_disagreements_are_contradictions() {
        let claims = [
            claim(0, 173.0, Some(Date::Year(2021))),
            claim(1, 127.0, None),
            claim(2, 170.0, Some(Date::Year(2021))),
        ];
        let (_, conflicts) = reconcile("Acme", &claims);
        let c = &conflicts[0];
        assert_eq!(c.kind, ConflictKind::Contradiction);
        let statuses: Vec<_> = c.claims.iter().map(|c| c.status).collect();
        assert_eq!(
            statuses,
            [
                ClaimStatus::Contradicted,
                ClaimStatus::Contradicted,
                ClaimStatus::Undated
            ]
        );
    }

    #[test]
    fn fact_ids_are_unique_and_readable() {
        let claims = [
            claim(0, 173.0, Some(Date::Year(2021))),
            claim(1, 156.0, None),
        ];
        let (facts, _) = reconcile("Acme", &claims);
        let ids: Vec<_> = facts.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "member-states-173-member-states-2021",
                "member-states-156-member-states"
            ]
        );
    }
}
