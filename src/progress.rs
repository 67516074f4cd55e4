//! Quiz progress kept across visits: a versioned schema, Leitner-box spaced repetition (a missed
//! fact comes back at the next quiz, a known one days later), score history, and a loader that
//! keeps every valid part of stored data that is corrupted or from an older schema. Pure: the
//! browser storage calls live in the quiz panel.

use std::collections::BTreeMap;

// miniserde, not serde_json: the same JSON for a fraction of the WebAssembly (18 KB gzip'd less).
use miniserde::json::{self, Number, Value};

/// The schema version this code writes.
pub const VERSION: u32 = 2;

/// Days until a fact in each box is asked again: box 1 at once, box 5 after two weeks.
const INTERVALS: [u32; 5] = [0, 1, 3, 7, 14];

/// What is known about one fact.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, miniserde::Serialize, miniserde::Deserialize,
)]
pub struct Card {
    /// Leitner box, 1 (just missed) to 5 (well known).
    pub level: u8,
    /// Day (days since 1970-01-01) from which the fact is due again.
    pub due: u32,
    pub right: u32,
    pub wrong: u32,
}

/// One finished quiz.
#[derive(Clone, Debug, PartialEq, miniserde::Serialize, miniserde::Deserialize)]
pub struct Attempt {
    pub day: u32,
    pub seed: u64,
    pub score: u32,
    pub total: u32,
    pub seconds: u32,
}

/// Everything stored.
#[derive(Clone, Debug, PartialEq, miniserde::Serialize, miniserde::Deserialize)]
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
        if let Ok(progress) = json::from_str::<Progress>(raw) {
            if progress.version == VERSION {
                return (progress, None);
            }
        }
        let Ok(value) = json::from_str::<Value>(raw) else {
            return (Progress::default(), Some(LoadNotice::Unreadable));
        };
        Self::salvage(&value)
    }

    /// Keeps every card and attempt that can be read, from this schema or an older one.
    fn salvage(value: &Value) -> (Progress, Option<LoadNotice>) {
        let from = field(value, "version").and_then(as_u64).unwrap_or(1) as u32;
        let mut progress = Progress::default();
        let mut skipped = 0;
        if let Some(Value::Object(cards)) = field(value, "cards") {
            for (fact, card) in cards.iter() {
                match read_card(card) {
                    Some(card) => {
                        progress.cards.insert(fact.clone(), card);
                    }
                    None => skipped += 1,
                }
            }
        }
        if let Some(Value::Array(history)) = field(value, "history") {
            for attempt in history.iter() {
                match typed::<Attempt>(attempt) {
                    Some(a) if a.score <= a.total => progress.history.push(a),
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
        json::to_string(self)
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
    if let Some(card) = typed::<Card>(value) {
        return (1..=5).contains(&card.level).then_some(card);
    }
    let level = field(value, "box").and_then(as_u64)?;
    let due = field(value, "due").and_then(as_u64)?;
    ((1..=5).contains(&level) && due <= u64::from(u32::MAX)).then_some(Card {
        level: level as u8,
        due: due as u32,
        right: 0,
        wrong: 0,
    })
}

/// The member `key` of a JSON object.
fn field<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    match value {
        Value::Object(object) => object.get(key),
        _ => None,
    }
}

/// A JSON number that is a whole number from 0 up.
fn as_u64(value: &Value) -> Option<u64> {
    match value {
        Value::Number(Number::U64(n)) => Some(*n),
        _ => None,
    }
}

/// `value` read as a `T` (through its JSON text: only stored data being salvaged comes here).
fn typed<T: miniserde::Deserialize>(value: &Value) -> Option<T> {
    json::from_str(&json::to_string(value)).ok()
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
    fn progress_stored_before_the_switch_to_miniserde_reads_and_writes_the_same() {
        // Exactly as serde_json wrote it: read without a notice, and written back byte for byte.
        let raw = r#"{"version":2,"cards":{"fact-1":{"level":3,"due":20000,"right":2,"wrong":1},"fact-2":{"level":1,"due":20001,"right":0,"wrong":1}},"history":[{"day":20000,"seed":123456,"score":7,"total":10,"seconds":95}]}"#;
        let (p, notice) = Progress::load(Some(raw));
        assert_eq!(notice, None);
        assert_eq!(p.cards.len(), 2);
        assert_eq!(p.history[0].seed, 123456);
        assert_eq!(p.to_json(), raw);
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
