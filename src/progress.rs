//! Quiz progress kept across visits: a versioned schema, Leitner-box spaced repetition (a missed
//! fact comes back at the next quiz, a known one days later), score history, and a loader that
//! keeps every valid part of stored data that is corrupted or from an older schema. Pure: the
//! browser storage calls live in the quiz panel.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The schema version this code writes.
pub const VERSION: u32 = 2;

/// Days until a fact in each box is asked again: box 1 at once, box 5 after two weeks.
const INTERVALS: [u32; 5] = [0, 1, 3, 7, 14];

/// What is known about one fact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// Leitner box, 1 (just missed) to 5 (well known).
    pub level: u8,
    /// Day (days since 1970-01-01) from which the fact is due again.
    pub due: u32,
    pub right: u32,
    pub wrong: u32,
}

/// One finished quiz.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub day: u32,
    pub seed: u64,
    pub score: u32,
    pub total: u32,
    pub seconds: u32,
}

/// Everything stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    pub cards: BTreeMap<String, Card>,
    pub history: Vec<Attempt>,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: VERSION,
            cards: BTreeMap::new(),
            history: Vec::new(),
        }
    }
}

/// How loading went, when it did not simply work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// Older data was converted.
    Migrated { from: u32 },
    /// Some entries could not be read and were skipped; the rest was kept.
    Salvaged { skipped: usize },
    /// Nothing could be read; progress starts afresh (the unreadable data is kept aside).
    Unreadable,
}

impl LoadNotice {
    pub fn message(&self) -> String {
        match self {
            LoadNotice::Migrated { from } => format!("Your saved progress was from an older version ({from}) and has been converted."),
            LoadNotice::Salvaged { skipped } => format!("Some saved progress could not be read ({skipped} entries skipped); the rest is kept."),
            LoadNotice::Unreadable => "Your saved progress could not be read, so this quiz starts afresh. The old data is kept aside, not deleted.".to_string(),
        }
    }
}

impl Progress {
    /// Reads stored JSON. Never fails: what is valid is kept, and a notice says what happened.
    pub fn load(raw: Option<&str>) -> (Progress, Option<LoadNotice>) {
        let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
            return (Progress::default(), None);
        };
        if let Ok(progress) = serde_json::from_str::<Progress>(raw) {
            if progress.version == VERSION {
                return (progress, None);
            }
        }
        let Ok(value) = serde_json::from_str::<Value>(raw) else {
            return (Progress::default(), Some(LoadNotice::Unreadable));
        };
        Self::salvage(&value)
    }

    /// Keeps every card and attempt that can be read, from this schema or an older one.
    fn salvage(value: &Value) -> (Progress, Option<LoadNotice>) {
        let from = value.get("version").and_then(Value::as_u64).unwrap_or(1) as u32;
        let mut progress = Progress::default();
        let mut skipped = 0;
        if let Some(cards) = value.get("cards").and_then(Value::as_object) {
            for (fact, card) in cards {
                match read_card(card) {
                    Some(card) => {
                        progress.cards.insert(fact.clone(), card);
                    }
                    None => skipped += 1,
                }
            }
        }
        if let Some(history) = value.get("history").and_then(Value::as_array) {
            for attempt in history {
                match serde_json::from_value::<Attempt>(attempt.clone()) {
                    Ok(a) if a.score <= a.total => progress.history.push(a),
                    _ => skipped += 1,
                }
            }
        }
        let notice = if skipped > 0 {
            LoadNotice::Salvaged { skipped }
        } else if from != VERSION {
            LoadNotice::Migrated { from }
        } else {
            return (progress, None);
        };
        (progress, Some(notice))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string())
    }

    /// Records an answer about `fact` on `day`: right moves it up a box, wrong back to box 1.
    pub fn record(&mut self, fact: &str, right: bool, day: u32) {
        let card = self.cards.entry(fact.to_string()).or_insert(Card {
            level: 1,
            due: day,
            right: 0,
            wrong: 0,
        });
        if right {
            card.level = (card.level + 1).min(INTERVALS.len() as u8);
            card.right += 1;
        } else {
            card.level = 1;
            card.wrong += 1;
        }
        card.due = day + INTERVALS[usize::from(card.level.clamp(1, 5)) - 1];
    }

    /// Whether a fact is due on `day` (facts never seen are not due: they are new).
    pub fn is_due(&self, fact: &str, day: u32) -> bool {
        self.cards.get(fact).is_some_and(|c| c.due <= day)
    }

    /// Sort key for the next quiz: due facts first (lowest box first), then new ones, then the
    /// ones not yet due.
    pub fn priority(&self, fact: &str, day: u32) -> (u8, u8) {
        match self.cards.get(fact) {
            Some(c) if c.due <= day => (0, c.level),
            None => (1, 0),
            Some(c) => (2, c.level),
        }
    }
}

/// A card from the current schema, or from version 1, which stored `{ "box": n, "due": d }`.
fn read_card(value: &Value) -> Option<Card> {
    if let Ok(card) = serde_json::from_value::<Card>(value.clone()) {
        return (1..=5).contains(&card.level).then_some(card);
    }
    let level = value.get("box")?.as_u64()?;
    let due = value.get("due")?.as_u64()?;
    ((1..=5).contains(&level) && due <= u64::from(u32::MAX)).then_some(Card {
        level: level as u8,
        due: due as u32,
        right: 0,
        wrong: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missed_fact_comes_back_before_a_known_one() {
        let mut p = Progress::default();
        p.record("known", true, 100);
        p.record("missed", false, 100);
        assert!(p.is_due("missed", 100), "a missed fact is due at once");
        assert!(!p.is_due("known", 100), "a known fact waits");
        let mut facts = vec!["known", "new", "missed"];
        corpus::order::sort_by_key(&mut facts, |f| p.priority(f, 100));
        assert_eq!(facts, ["missed", "new", "known"]);
        assert!(p.is_due("known", 101 + 2), "and comes back days later");
    }

    #[test]
    fn boxes_climb_with_right_answers_and_fall_with_a_wrong_one() {
        let mut p = Progress::default();
        for day in 0..6 {
            p.record("f", true, day);
        }
        assert_eq!(p.cards["f"].level, 5);
        assert_eq!(p.cards["f"].due, 5 + 14);
        p.record("f", false, 20);
        assert_eq!(
            (p.cards["f"].level, p.cards["f"].due, p.cards["f"].wrong),
            (1, 20, 1)
        );
    }

    #[test]
    fn stored_progress_round_trips() {
        let mut p = Progress::default();
        p.record("f", true, 3);
        p.history.push(Attempt {
            day: 3,
            seed: 9,
            score: 7,
            total: 10,
            seconds: 95,
        });
        assert_eq!(Progress::load(Some(&p.to_json())), (p, None));
        assert_eq!(Progress::load(None), (Progress::default(), None));
    }

    #[test]
    fn corrupted_storage_keeps_the_valid_part() {
        let raw = r#"{"version":2,"cards":{"a":{"level":2,"due":5,"right":1,"wrong":0},"b":"nonsense","c":{"level":9,"due":1,"right":0,"wrong":0}},"history":[{"day":1,"seed":1,"score":3,"total":10,"seconds":60},{"day":"x"},{"day":2,"seed":1,"score":11,"total":10,"seconds":1}]}"#;
        let (p, notice) = Progress::load(Some(raw));
        assert_eq!(p.cards.keys().collect::<Vec<_>>(), ["a"]);
        assert_eq!(p.history.len(), 1);
        assert_eq!(notice, Some(LoadNotice::Salvaged { skipped: 4 }));
        let (p, notice) = Progress::load(Some("{not json"));
        assert_eq!(
            (p, notice),
            (Progress::default(), Some(LoadNotice::Unreadable))
        );
    }

    #[test]
    fn an_older_schema_is_converted() {
        let raw = r#"{"version":1,"cards":{"a":{"box":3,"due":40}},"history":[]}"#;
        let (p, notice) = Progress::load(Some(raw));
        assert_eq!(
            p.cards["a"],
            Card {
                level: 3,
                due: 40,
                right: 0,
                wrong: 0
            }
        );
        assert_eq!(notice, Some(LoadNotice::Migrated { from: 1 }));
        assert!(notice.unwrap().message().contains("older version"));
    }
}
