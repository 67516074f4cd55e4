//! Quiz progress kept across visits: a versioned schema, FSRS spaced repetition (`fsrs`: a missed
//! fact comes back at the next quiz, a known one when its chance of recall falls to 90 %), score
//! history, and a loader that keeps every valid part of stored data that is corrupted or from an
//! older schema (Leitner boxes become FSRS memories). Pure: the browser storage calls live in the
//! quiz panel.

use std::collections::BTreeMap;

// miniserde, not serde_json: the same JSON for a fraction of the WebAssembly (18 KB gzip'd less).
use miniserde::json::{self, Number, Value};

use crate::fsrs::{self, Grade, Memory};

/// The schema version this code writes (2 stored Leitner boxes, 1 too, as `box`).
pub const VERSION: u32 = 3;

/// Days until a fact in Leitner boxes 2 to 5 of versions 1 and 2 was asked again: what the
/// boxes knew of a memory's stability. Box 1 held facts just missed: a first Again.
const LEITNER_DAYS: [f64; 4] = [1.0, 3.0, 7.0, 14.0];

/// What is known about one fact. The memory is stored in hundredths, as whole numbers: reading
/// and writing decimals in JSON would add a float parser and printer to the first download.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, miniserde::Serialize, miniserde::Deserialize,
)]
pub struct Card {
    /// FSRS stability, in hundredths of a day: days until the chance of recall falls to 90 %.
    pub stability: u32,
    /// FSRS difficulty, in hundredths: 100 to 1000.
    pub difficulty: u32,
    /// Day (days since 1970-01-01) of the last answer.
    pub last: u32,
    /// Day from which the fact is due again.
    pub due: u32,
    pub right: u32,
    pub wrong: u32,
}

impl Card {
    fn memory(&self) -> Memory {
        Memory {
            stability: f64::from(self.stability) / 100.0,
            difficulty: f64::from(self.difficulty) / 100.0,
        }
    }

    fn set_memory(&mut self, memory: Memory) {
        self.stability = (memory.stability * 100.0).round().max(1.0) as u32;
        self.difficulty = (memory.difficulty * 100.0).round().clamp(100.0, 1000.0) as u32;
    }

    /// The chance of recalling the fact on `day`.
    pub fn recall(&self, day: u32) -> f64 {
        let days = f64::from(day.saturating_sub(self.last));
        fsrs::retrievability(days, self.memory().stability)
    }

    fn is_valid(&self) -> bool {
        self.stability > 0 && (100..=1000).contains(&self.difficulty) && self.last <= self.due
    }
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

    /// Records an answer about `fact` on `day` (right: Good, wrong: Again): a missed fact is due
    /// at once, a known one when its chance of recall falls to 90 %.
    pub fn record(&mut self, fact: &str, right: bool, day: u32) {
        let grade = if right { Grade::Good } else { Grade::Again };
        let memory = match self.cards.get(fact) {
            Some(card) => fsrs::review(card.memory(), grade, day.saturating_sub(card.last)),
            None => fsrs::first(grade),
        };
        let card = self.cards.entry(fact.to_string()).or_default();
        card.set_memory(memory);
        card.last = day;
        card.due = if right {
            day + fsrs::interval(memory.stability)
        } else {
            day
        };
        if right {
            card.right += 1;
        } else {
            card.wrong += 1;
        }
    }

    /// Whether a fact is due on `day` (facts never seen are not due: they are new).
    pub fn is_due(&self, fact: &str, day: u32) -> bool {
        self.cards.get(fact).is_some_and(|c| c.due <= day)
    }

    /// Sort key for the next quiz: due facts first (the least likely to be recalled first), then
    /// new ones, then the ones not yet due (the soonest due first).
    pub fn priority(&self, fact: &str, day: u32) -> (u8, u32) {
        match self.cards.get(fact) {
            Some(c) if c.due <= day => (0, (c.recall(day) * 1e6) as u32),
            None => (1, 0),
            Some(c) => (2, c.due),
        }
    }
}

/// A card from the current schema; or a Leitner card of version 2 (`level`) or 1 (`box`),
/// converted: its box's days as the stability, the difficulty of a first Good answer (of a
/// first Again in box 1), the day it is due kept, and its counts.
fn read_card(value: &Value) -> Option<Card> {
    if let Some(card) = typed::<Card>(value) {
        return card.is_valid().then_some(card);
    }
    let level = field(value, "level")
        .or_else(|| field(value, "box"))
        .and_then(as_u64)?;
    let due = field(value, "due").and_then(as_u64)?;
    if !(1..=5).contains(&level) || due > u64::from(u32::MAX) {
        return None;
    }
    let count = |key| field(value, key).and_then(as_u64).unwrap_or(0) as u32;
    let memory = match level {
        1 => fsrs::first(Grade::Again),
        _ => Memory {
            stability: LEITNER_DAYS[level as usize - 2],
            difficulty: fsrs::first(Grade::Good).difficulty,
        },
    };
    let due = due as u32;
    let mut card = Card {
        last: due.saturating_sub(memory.stability.round() as u32),
        due,
        right: count("right"),
        wrong: count("wrong"),
        ..Card::default()
    };
    card.set_memory(memory);
    Some(card)
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
    fn intervals_grow_with_right_answers_and_a_wrong_one_brings_the_fact_back() {
        let mut p = Progress::default();
        let mut day = 0;
        let mut gaps = Vec::new();
        for _ in 0..5 {
            p.record("f", true, day);
            let gap = p.cards["f"].due - day;
            gaps.push(gap);
            day += gap;
        }
        assert_eq!(gaps[0], 3, "a first right answer: S0(Good) = 3.173 days");
        assert!(gaps.windows(2).all(|w| w[1] > w[0]), "{gaps:?}");
        let before = p.cards["f"];
        p.record("f", false, day);
        let after = p.cards["f"];
        assert_eq!((after.due, after.wrong, after.right), (day, 1, 5));
        assert!(after.stability < before.stability && after.difficulty > before.difficulty);
        // Known again the next day: back in days, not in months.
        p.record("f", true, day + 1);
        assert!(p.cards["f"].due - (day + 1) < gaps[4], "{:?}", p.cards["f"]);
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
        let raw = r#"{"version":3,"cards":{"a":{"stability":350,"difficulty":500,"last":2,"due":5,"right":1,"wrong":0},"b":"nonsense","c":{"stability":0,"difficulty":500,"last":1,"due":1,"right":0,"wrong":0}},"history":[{"day":1,"seed":1,"score":3,"total":10,"seconds":60},{"day":"x"},{"day":2,"seed":1,"score":11,"total":10,"seconds":1}]}"#;
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
    fn stored_progress_is_written_the_same_as_it_was_read() {
        let mut p = Progress::default();
        p.record("fact-1", true, 20_000);
        p.record("fact-2", false, 20_001);
        let raw = p.to_json();
        let (read, notice) = Progress::load(Some(&raw));
        assert_eq!(notice, None);
        assert_eq!(read.to_json(), raw);
    }

    #[test]
    fn leitner_progress_is_migrated_and_nothing_is_lost() {
        // Exactly as version 2 wrote it.
        let raw = r#"{"version":2,"cards":{"fact-1":{"level":3,"due":20000,"right":2,"wrong":1},"fact-2":{"level":1,"due":20001,"right":0,"wrong":1}},"history":[{"day":20000,"seed":123456,"score":7,"total":10,"seconds":95}]}"#;
        let (p, notice) = Progress::load(Some(raw));
        assert_eq!(notice, Some(LoadNotice::Migrated { from: 2 }));
        let known = p.cards["fact-1"];
        assert_eq!((known.due, known.right, known.wrong), (20_000, 2, 1));
        assert_eq!((known.stability, known.last), (300, 19_997));
        let missed = p.cards["fact-2"];
        assert_eq!((missed.due, missed.wrong), (20_001, 1));
        assert!(
            missed.difficulty > known.difficulty,
            "box 1 was just missed"
        );
        assert_eq!(p.history[0].seed, 123456);
        // Due as before: the box 1 fact on its day, the box 3 fact on its own.
        assert!(p.is_due("fact-2", 20_001) && p.is_due("fact-1", 20_000));
        assert!(!p.is_due("fact-1", 19_999));
    }

    #[test]
    fn an_older_schema_is_converted() {
        let raw = r#"{"version":1,"cards":{"a":{"box":3,"due":40}},"history":[]}"#;
        let (p, notice) = Progress::load(Some(raw));
        assert_eq!(
            p.cards["a"],
            Card {
                stability: 300,
                difficulty: 528,
                last: 37,
                due: 40,
                right: 0,
                wrong: 0
            }
        );
        assert_eq!(notice, Some(LoadNotice::Migrated { from: 1 }));
        assert!(notice.unwrap().message().contains("older version"));
    }
}
