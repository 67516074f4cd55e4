//! Quiz generation: questions made from the extracted facts, events, eras and enumerations, never
//! written by hand. Seven kinds; every question has one correct answer, distractors of the same
//! type and scale that no source states for the same question, a prompt that does not give the
//! answer away, shuffled choices, an explanation and its source sentences. Seeded: the same seed
//! gives the same quiz.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::dates::{find_dates, Date};
use crate::events::{Category, Event};
use crate::facts::{Source, Value};
use crate::numbers::format_number;
use crate::pipeline::Analysis;
use crate::reconcile::{slugify, Fact};
use crate::timeline::eras;
use crate::words::capitalise;

mod chronology;
mod cloze;
mod distractors;
mod flaws;
mod name;
mod number;
mod one_of;
mod true_false;
mod year;

use chronology::*;
use cloze::*;
use distractors::*;
use flaws::gives_away;
pub use flaws::{flaws, numeric_value, significant_digits, Flaw};
use name::*;
use number::*;
use one_of::*;
use true_false::*;
use year::*;

/// What a question asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// The year of an event.
    Year,
    /// A number with its as-of date and, when sources disagree, its source.
    Number,
    /// Which name the organization carried in a given year.
    Name,
    /// Three or four events in chronological order.
    Chronology,
    /// A statement of a real fact, or of that fact with one value changed.
    TrueFalse,
    /// A source sentence with its key term blanked.
    Cloze,
    /// "Which of these is one of ...", from an enumeration.
    OneOf,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 7] = [
        QuestionKind::Year,
        QuestionKind::Number,
        QuestionKind::Name,
        QuestionKind::Chronology,
        QuestionKind::TrueFalse,
        QuestionKind::Cloze,
        QuestionKind::OneOf,
    ];

    pub fn label(self) -> &'static str {
        match self {
            QuestionKind::Year => "Years",
            QuestionKind::Number => "Numbers",
            QuestionKind::Name => "Names",
            QuestionKind::Chronology => "Chronology",
            QuestionKind::TrueFalse => "True or false",
            QuestionKind::Cloze => "Fill the gap",
            QuestionKind::OneOf => "Which of these",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Question {
    /// Stable across seeds: what is asked, not where it appears.
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: String,
    pub choices: Vec<String>,
    /// Index of the correct choice.
    pub answer: usize,
    pub explanation: String,
    pub sources: Vec<Source>,
    /// The fact the question checks, for spaced repetition.
    pub fact: String,
}

impl Question {
    pub fn answer_text(&self) -> &str {
        &self.choices[self.answer]
    }

    /// The choices that are not the answer.
    pub fn distractors(&self) -> impl Iterator<Item = &String> {
        self.choices
            .iter()
            .enumerate()
            .filter(move |(i, _)| *i != self.answer)
            .map(|(_, c)| c)
    }
}

/// A small, seeded random number generator (SplitMix64): reproducible quizzes, no dependency.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// Every question the analysis supports without an item-writing flaw, in a seeded order,
/// choices ordered or shuffled by the seed.
pub fn generate(analysis: &Analysis, seed: u64) -> Vec<Question> {
    let mut rng = Rng::new(seed);
    let mut questions: Vec<Question> = candidates(analysis, &mut rng)
        .into_iter()
        .filter(|q| flaws(q, &analysis.subject).is_empty())
        .collect();
    rng.shuffle(&mut questions);
    questions
}

/// The questions [`generate`] leaves out, with their flaws: for reviewing the rules by eye.
pub fn flawed(analysis: &Analysis, seed: u64) -> Vec<(Question, Vec<Flaw>)> {
    candidates(analysis, &mut Rng::new(seed))
        .into_iter()
        .map(|q| {
            let found = flaws(&q, &analysis.subject);
            (q, found)
        })
        .filter(|(_, found)| !found.is_empty())
        .collect()
}

/// The subject as a question names it: with "the" ("the World Health Organization") unless
/// the documents write its name without one more often ("Doctors Without Borders was founded").
fn subject_phrase(analysis: &Analysis) -> String {
    let name = analysis.subject.as_str();
    if name.is_empty() {
        return "the organization".to_string();
    }
    let (mut with, mut without) = (0, 0);
    // (Loops, not `sentences()`: the page runs the quiz, and this keeps its code small.)
    let sections = analysis.documents.iter().map(|d| &d.doc.sections);
    for paragraph in sections.flatten().flat_map(|s| &s.paragraphs) {
        for sentence in &paragraph.sentences {
            for (at, _) in sentence.text.match_indices(name) {
                let before = &sentence.text[..at];
                let rest = before
                    .strip_suffix("the ")
                    .or_else(|| before.strip_suffix("The "));
                match rest.is_some_and(|r| r.is_empty() || r.ends_with(' ')) {
                    true => with += 1,
                    false => without += 1,
                }
            }
        }
    }
    match without > with {
        true => name.to_string(),
        false => format!("the {name}"),
    }
}

/// Every sound question of every kind, before the flaws are checked.
fn candidates(analysis: &Analysis, rng: &mut Rng) -> Vec<Question> {
    let subject = subject_phrase(analysis);
    // Read once for the kinds that need them.
    let foundings = founding_years(analysis);
    let places = PlaceWords::of(analysis);
    let asked = asked_facts(analysis);
    let mut drafts: Vec<Draft> = Vec::new();
    drafts.extend(year_questions(analysis, &subject, &foundings));
    drafts.extend(number_questions(analysis, &asked, &subject));
    drafts.extend(name_questions(analysis));
    drafts.extend(chronology_questions(analysis, rng));
    drafts.extend(true_false_questions(
        analysis, &asked, &subject, &foundings, &places, rng,
    ));
    drafts.extend(cloze_questions(analysis, &asked, &foundings, &places));
    drafts.extend(one_of_questions(analysis));
    let mut seen_prompts = BTreeSet::new();
    let mut seen_ids = BTreeSet::new();
    drafts
        .into_iter()
        .filter(Draft::is_sound)
        .filter(|d| {
            seen_prompts.insert(d.prompt.to_ascii_lowercase()) && seen_ids.insert(d.id.clone())
        })
        .map(|d| d.finish(rng))
        .collect()
}

/// How many sources a question keeps at most: its feedback quotes two, and a happening a
/// document states thousands of times would otherwise copy every one into the question.
const QUESTION_SOURCES: usize = 16;

/// The sources a question cites: the first [`QUESTION_SOURCES`] of `sources`.
fn cited<'a>(sources: impl IntoIterator<Item = &'a Source>) -> Vec<Source> {
    sources
        .into_iter()
        .take(QUESTION_SOURCES)
        .cloned()
        .collect()
}

/// How many facts of one predicate the quiz asks about at most: a quiz is a few dozen
/// questions, and a document of thousands of dated figures would otherwise make thousands of
/// drafts on the page's main thread.
const FACTS_PER_PREDICATE: usize = 40;

/// The facts questions are drawn from: every fact of a predicate with few, an evenly spread
/// sample (in document order) of a predicate with thousands.
fn asked_facts(analysis: &Analysis) -> Vec<&Fact> {
    // Per predicate (a few, so a list): how many facts, and how many read so far.
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    for f in &analysis.facts {
        let key = &*f.predicate.key;
        match counts.iter_mut().find(|(k, ..)| *k == key) {
            Some((_, n, _)) => *n += 1,
            None => counts.push((key, 1, 0)),
        }
    }
    analysis
        .facts
        .iter()
        .filter(|f| {
            let key = &*f.predicate.key;
            let Some((_, count, read)) = counts.iter_mut().find(|(k, ..)| *k == key) else {
                return false;
            };
            *read += 1;
            (*read - 1) % count.div_ceil(FACTS_PER_PREDICATE) == 0
        })
        .collect()
}

/// How many events the quiz asks the year of at most: a chronology of thousands of happenings
/// would otherwise make thousands of drafts on the page's main thread.
const EVENTS_ASKED: usize = 200;

/// The events year questions are drawn from: every event when there are few, an evenly spread
/// sample (in date order) when there are thousands.
fn asked_events(analysis: &Analysis) -> Vec<&Event> {
    let step = analysis.events.len().div_ceil(EVENTS_ASKED).max(1);
    analysis.events.iter().step_by(step).collect()
}

/// A question before its choices are shuffled.
struct Draft {
    id: String,
    kind: QuestionKind,
    prompt: String,
    answer: String,
    distractors: Vec<String>,
    explanation: String,
    sources: Vec<Source>,
    fact: String,
}

impl Draft {
    /// One correct answer, enough distinct distractors, and a prompt that does not contain it.
    fn is_sound(&self) -> bool {
        let mut all: Vec<String> = self
            .distractors
            .iter()
            .map(|d| d.to_ascii_lowercase())
            .collect();
        all.push(self.answer.to_ascii_lowercase());
        let distinct = distinct(all.iter());
        let needed = if self.kind == QuestionKind::TrueFalse {
            1
        } else {
            2
        };
        distinct.len() == all.len()
            && self.distractors.len() >= needed
            && !self.answer.is_empty()
            && (self.kind == QuestionKind::TrueFalse || !gives_away(&self.prompt, &self.answer))
            && !self.sources.is_empty()
    }

    fn finish(self, rng: &mut Rng) -> Question {
        let choices = if self.kind == QuestionKind::TrueFalse {
            vec!["True".to_string(), "False".to_string()]
        } else if let Some(ordered) = self.ordered_choices(rng) {
            ordered
        } else {
            let mut choices: Vec<String> = std::iter::once(self.answer.clone())
                .chain(self.distractors.iter().take(3).cloned())
                .collect();
            rng.shuffle(&mut choices);
            choices
        };
        let answer = choices.iter().position(|c| *c == self.answer).unwrap_or(0);
        Question {
            id: self.id,
            kind: self.kind,
            prompt: self.prompt,
            choices,
            answer,
            explanation: self.explanation,
            sources: self.sources,
            fact: self.fact,
        }
    }

    /// Figures and dates in ascending order, the answer's place drawn by the seed: some
    /// distractors below it and the others above, each side in its order of preference.
    fn ordered_choices(&self, rng: &mut Rng) -> Option<Vec<String>> {
        let answer = numeric_value(&self.answer)?;
        let mut below = Vec::new();
        let mut above = Vec::new();
        for d in &self.distractors {
            let v = numeric_value(d)?;
            if v < answer {
                below.push((v, d));
            } else {
                above.push((v, d));
            }
        }
        let n = 3.min(below.len() + above.len());
        let places: Vec<usize> = (0..=n)
            .filter(|&r| r <= below.len() && n - r <= above.len())
            .collect();
        let r = places[rng.below(places.len())];
        let mut chosen: Vec<(f64, &String)> = below.into_iter().take(r).collect();
        chosen.extend(above.into_iter().take(n - r));
        chosen.push((answer, &self.answer));
        crate::order::sort_by_key(&mut chosen, |(v, _)| (*v * 1000.0) as i64);
        Some(chosen.into_iter().map(|(_, c)| c.clone()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_names_the_subject_as_its_documents_write_it() {
        let phrase = |text: &str| {
            let corpus = crate::Corpus::from_texts(vec![("a".to_string(), text.to_string())]);
            subject_phrase(&crate::analyze(&corpus))
        };
        assert_eq!(
            phrase("Acme Relief Agency\n\nThe Acme Relief Agency was founded in 1950. Since then the Acme Relief Agency has grown."),
            "the Acme Relief Agency"
        );
        assert_eq!(
            phrase("Doctors Without Borders\n\nDoctors Without Borders was founded in 1971. In 1999 Doctors Without Borders received a prize."),
            "Doctors Without Borders"
        );
    }

    #[test]
    fn the_rng_is_seeded_and_shuffles_every_position() {
        assert_eq!(Rng::new(7).next_u64(), Rng::new(7).next_u64());
        assert_ne!(Rng::new(7).next_u64(), Rng::new(8).next_u64());
        let mut counts = [0usize; 4];
        let mut rng = Rng::new(1);
        for _ in 0..4000 {
            let mut v = [0, 1, 2, 3];
            rng.shuffle(&mut v);
            counts[v.iter().position(|x| *x == 0).unwrap()] += 1;
        }
        assert!(counts.iter().all(|c| (900..1100).contains(c)), "{counts:?}");
    }

    #[test]
    fn distractors_are_near_and_never_stated() {
        let stated = [1951, 1954];
        let years = near_years(1951, &stated, 2030);
        let before = years.iter().filter(|y| y.as_str() < "1951").count();
        assert!(before >= 3 && years.len() - before >= 3, "{years:?}");
        assert!(years
            .iter()
            .all(|y| (y.parse::<i32>().unwrap() - 1951).abs() <= 12
                && !stated.contains(&y.parse().unwrap())));
        let numbers = near_numbers(173.0, &[127.0, 156.0, 157.0, 173.0, 175.0], false);
        assert!(numbers.iter().filter(|n| **n < 173.0).count() >= 3);
        assert!(numbers.iter().filter(|n| **n > 173.0).count() >= 3);
        assert!(numbers.iter().all(|n| (0.5..2.0).contains(&(n / 173.0))));
        // As precise as the figure: 173 has three significant digits, so has every distractor.
        assert!(
            numbers.iter().all(|n| significant_digits(*n) == 3),
            "{numbers:?}"
        );
        assert!(numbers
            .iter()
            .all(|n| ![156.0, 157.0, 173.0, 175.0, 127.0].contains(n)));
    }

    #[test]
    fn years_are_stripped_from_titles() {
        assert_eq!(strip_years("Hungary 1956"), "Hungary");
        assert_eq!(
            strip_years("Pakistan earthquake of 2004/2005"),
            "Pakistan earthquake"
        );
        assert_eq!(
            strip_years("Hungarian revolution in 1956"),
            "Hungarian revolution"
        );
        assert_eq!(strip_years("2010 Haiti earthquake"), "Haiti earthquake");
        assert_eq!(strip_years("Founded"), "Founded");
    }
}
