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

/// Every question the analysis supports, in a seeded order, choices shuffled by the seed.
pub fn generate(analysis: &Analysis, seed: u64) -> Vec<Question> {
    let mut rng = Rng::new(seed);
    let subject = if analysis.subject.is_empty() {
        "the organization".to_string()
    } else {
        format!("the {}", analysis.subject)
    };
    let mut drafts: Vec<Draft> = Vec::new();
    drafts.extend(year_questions(analysis, &subject));
    drafts.extend(number_questions(analysis, &subject));
    drafts.extend(name_questions(analysis));
    drafts.extend(chronology_questions(analysis, &mut rng));
    drafts.extend(true_false_questions(analysis, &subject, &mut rng));
    drafts.extend(cloze_questions(analysis));
    drafts.extend(one_of_questions(analysis));
    let mut seen_prompts = BTreeSet::new();
    let mut seen_ids = BTreeSet::new();
    let mut questions: Vec<Question> = drafts
        .into_iter()
        .filter(Draft::is_sound)
        .filter(|d| {
            seen_prompts.insert(d.prompt.to_ascii_lowercase()) && seen_ids.insert(d.id.clone())
        })
        .map(|d| d.finish(&mut rng))
        .collect();
    rng.shuffle(&mut questions);
    questions
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
            && (self.kind == QuestionKind::TrueFalse
                || !self
                    .prompt
                    .to_ascii_lowercase()
                    .contains(&self.answer.to_ascii_lowercase()))
            && !self.sources.is_empty()
    }

    fn finish(self, rng: &mut Rng) -> Question {
        let mut choices: Vec<String> = std::iter::once(self.answer.clone())
            .chain(self.distractors.into_iter().take(3))
            .collect();
        if self.kind == QuestionKind::TrueFalse {
            crate::order::sort_by_key(&mut choices, |c| c != "True"); // True, then False
        } else {
            rng.shuffle(&mut choices);
        }
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
}

// ---------------------------------------------------------------------------------------------
// Distractors

/// Years near `year` (within 12), none of them in `stated`, nearest first in a spread pattern.
fn near_years(year: i32, stated: &[i32], latest: i32) -> Vec<String> {
    [3, -4, 7, -9, 2, -2, 11, -12, 5, -6]
        .iter()
        .map(|d| year + d)
        .filter(|y| *y != year && !stated.contains(y) && *y <= latest)
        .take(3)
        .map(|y| y.to_string())
        .collect()
}

/// Numbers of the same magnitude as `value`, none equal to a value in `stated`.
fn near_numbers(value: f64, stated: &[f64], unit_money: bool) -> Vec<f64> {
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

fn latest_year(analysis: &Analysis) -> i32 {
    analysis
        .events
        .iter()
        .map(|e| e.end.unwrap_or(e.date).last_year())
        .max()
        .unwrap_or(2030)
        + 3
}

/// Every year any source gives for the same event (its date and its other dates).
fn stated_years(event: &Event) -> Vec<i32> {
    std::iter::once(event.date)
        .chain(event.other_dates.iter().map(|o| o.date))
        .map(Date::year)
        .collect()
}

/// The distinct items of `items`, in their first order.
///
/// A list, not a `BTreeSet`: collecting into a set compiles one more copy of the standard
/// library's sort for each item type (see `order`), for sets of a handful of words.
fn distinct<T: PartialEq>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Kinds

fn year_prompt(event: &Event, subject: &str) -> Option<String> {
    // A shortened title has lost its end; asking about it would be unfair.
    if event.title.ends_with('…') {
        return None;
    }
    let title = event.title.as_str();
    // "Director General: Amy Pope": a leader the sources name for that year.
    if let Some((role, person)) = title.split_once(": ") {
        if person.split_whitespace().count() >= 2
            && person.chars().next().is_some_and(char::is_uppercase)
        {
            return Some(format!(
                "Which year do the sources give for {person} as {role}?"
            ));
        }
    }
    if let Some(name) = title.strip_prefix("Named the ") {
        return Some(format!(
            "In which year did the organization take the name {name}?"
        ));
    }
    if let Some(name) = title.strip_prefix("Founded as the ") {
        return Some(format!(
            "In which year was {subject} founded, as the {name}?"
        ));
    }
    match title {
        "Founded" => Some(format!("In which year was {subject} founded?")),
        "Formally established" => {
            Some(format!("In which year was {subject} formally established?"))
        }
        _ if matches!(event.category, Category::Figures) => None,
        // A title that already names a year gives the answer away.
        _ if !find_dates(title).is_empty() || title.split_whitespace().count() < 4 => None,
        _ => Some(format!("In which year did this happen: “{title}”?")),
    }
}

fn year_questions(analysis: &Analysis, subject: &str) -> Vec<Draft> {
    let latest = latest_year(analysis);
    analysis
        .events
        .iter()
        .filter(|e| !matches!(e.date, Date::Decade(_)))
        .filter_map(|e| {
            let prompt = year_prompt(e, subject)?;
            let answer = e.date.year();
            Some(Draft {
                id: format!("year-{}", e.id),
                kind: QuestionKind::Year,
                prompt,
                answer: answer.to_string(),
                distractors: near_years(answer, &stated_years(e), latest),
                explanation: format!("{}: {}.", e.date, e.title),
                sources: e.sources.clone(),
                fact: e.id.clone(),
            })
        })
        .collect()
}

/// "As of June 2014, how many member states did ... have?" (with the source when sources
/// disagree).
fn number_questions(analysis: &Analysis, subject: &str) -> Vec<Draft> {
    let mut out = Vec::new();
    for fact in analysis
        .facts
        .iter()
        .filter(|f| matches!(f.value, Value::Count { .. } | Value::Money { .. }))
    {
        let Some(value) = fact.value.as_number() else {
            continue;
        };
        let stated: Vec<f64> = analysis
            .facts
            .iter()
            .filter(|f| f.predicate.key == fact.predicate.key)
            .filter_map(|f| f.value.as_number())
            .collect();
        let contested = analysis
            .conflicts
            .iter()
            .any(|c| c.predicate.key == fact.predicate.key);
        let when = match fact.as_of {
            Some(d @ Date::Decade(_)) => format!("In {d}, "),
            Some(d) => format!("As of {d}, "),
            None => String::new(),
        };
        // A contested figure is asked with what makes it true: its date, or else the document
        // that gives it, by name (a student cannot know what "source 5" is).
        let source = fact
            .sources
            .first()
            .and_then(|s| analysis.document(s.doc))
            .map(|d| d.name.as_str());
        let according = match (contested, fact.as_of, source) {
            (true, None, Some(name)) => format!("According to {name}, "),
            _ => String::new(),
        };
        let money = matches!(fact.value, Value::Money { .. });
        let question = match (fact.predicate.key.as_str(), &fact.value) {
            (_, Value::Money { .. }) => format!("what was the annual budget of {subject}"),
            ("countries", _) => format!("in how many countries did {subject} work"),
            ("people_moved", _) => format!("how many people did {subject} help move"),
            ("people_displaced", _) => "how many displaced people do the sources count".to_string(),
            (_, Value::Count { unit, .. }) => format!("how many {unit} did {subject} have"),
            _ => continue,
        };
        let prompt = capitalise(&format!("{according}{when}{question}?"));
        let render = |v: f64| match &fact.value {
            Value::Money { currency, .. } => format!("{} {}", currency, format_number(v)),
            _ => format_number(v),
        };
        out.push(Draft {
            id: format!("number-{}", fact.id),
            kind: QuestionKind::Number,
            prompt,
            answer: render(value),
            distractors: near_numbers(value, &stated, money)
                .into_iter()
                .map(render)
                .collect(),
            explanation: format!(
                "{}: {}{}.",
                fact.predicate.label,
                fact.value,
                fact.as_of
                    .map(|d| format!(", as of {d}"))
                    .unwrap_or_default()
            ),
            sources: fact.sources.clone(),
            fact: fact.id.clone(),
        });
    }
    out
}

/// "Which name did the organization carry in 1985?", for a year inside each era.
fn name_questions(analysis: &Analysis) -> Vec<Draft> {
    let eras = eras(analysis);
    let label = |e: &crate::timeline::Era| match &e.abbreviation {
        Some(a) => format!("{} ({a})", e.name),
        None => e.name.clone(),
    };
    let names: Vec<String> = eras.iter().map(label).collect();
    eras.iter()
        .filter_map(|era| {
            // A year well inside the era, so no renaming year is asked.
            let year = match era.end {
                Some(end) if end - era.start >= 2 => era.start + (end - era.start) / 2,
                Some(_) => return None,
                None => era.start + 5,
            };
            let answer = label(era);
            let sources: Vec<Source> = analysis
                .facts
                .iter()
                .filter(|f| {
                    f.predicate.key == "name"
                        && matches!(&f.value, Value::Name { name, .. } if *name == era.name)
                })
                .flat_map(|f| f.sources.clone())
                .collect();
            Some(Draft {
                id: format!("name-{}", slugify(&answer)),
                kind: QuestionKind::Name,
                prompt: format!("Which name did the organization carry in {year}?"),
                distractors: names.iter().filter(|n| **n != answer).cloned().collect(),
                explanation: format!(
                    "It was the {answer} from {}{}.",
                    era.start,
                    era.end
                        .map(|e| format!(" to {e}"))
                        .unwrap_or_else(|| " on".into())
                ),
                answer,
                sources,
                fact: format!("name-{}", slugify(&era.name)),
            })
        })
        .collect()
}

/// "Put these in chronological order": four events of distinct years; choices are orderings.
///
/// Each round takes one event from each of the four years with the most events left (ties and
/// the event within a year drawn by the seed): as many rounds as the events allow, and the same
/// number whatever the seed, so every quiz of these documents is as long.
fn chronology_questions(analysis: &Analysis, rng: &mut Rng) -> Vec<Draft> {
    let mut candidates: Vec<&Event> = Vec::new();
    for e in analysis.events.iter().filter(|e| {
        e.category != Category::Figures
            && e.title.split_whitespace().count() >= 2
            && e.title.len() <= 80
    }) {
        if !candidates.iter().any(|c| c.title == e.title) {
            candidates.push(e);
        }
    }
    crate::order::sort_by_key(&mut candidates, |e| e.date.year());
    let mut piles: Vec<Vec<&Event>> = Vec::new();
    for e in candidates {
        match piles.last_mut() {
            Some(pile) if pile[0].date.year() == e.date.year() => pile.push(e),
            _ => piles.push(vec![e]),
        }
    }
    for pile in &mut piles {
        rng.shuffle(pile);
    }
    let mut out = Vec::new();
    for round in 0..8 {
        let mut fullest: Vec<usize> = (0..piles.len()).collect();
        rng.shuffle(&mut fullest);
        crate::order::sort_by_key(&mut fullest, |&i| std::cmp::Reverse(piles[i].len()));
        let mut pick: Vec<&Event> = fullest
            .iter()
            .take(4)
            .filter_map(|&i| piles[i].pop())
            .collect();
        if pick.len() < 3 {
            break;
        }
        rng.shuffle(&mut pick);
        let labels = ["A", "B", "C", "D"];
        let prompt_items: Vec<String> = pick
            .iter()
            .zip(labels)
            .map(|(e, l)| format!("{l}: {}", strip_years(&e.title)))
            .collect();
        let mut order: Vec<usize> = (0..pick.len()).collect();
        crate::order::sort_by_key(&mut order, |&i| pick[i].date);
        let as_text = |o: &[usize]| o.iter().map(|&i| labels[i]).collect::<Vec<_>>().join(" → ");
        let answer = as_text(&order);
        let mut distractors = Vec::new();
        for shift in [1usize, 2, 3] {
            let mut o = order.clone();
            let len = o.len();
            o.rotate_left(shift % len);
            if shift == 2 {
                o.reverse();
            }
            let text = as_text(&o);
            if text != answer && !distractors.contains(&text) {
                distractors.push(text);
            }
        }
        let explanation = order
            .iter()
            .map(|&i| format!("{} ({})", strip_years(&pick[i].title), pick[i].date))
            .collect::<Vec<_>>()
            .join(", then ");
        out.push(Draft {
            id: format!(
                "order-{round}-{}",
                pick.iter()
                    .map(|e| e.id.as_str())
                    .collect::<Vec<_>>()
                    .join("+")
            ),
            kind: QuestionKind::Chronology,
            prompt: format!(
                "Put these in chronological order, earliest first. {}",
                prompt_items.join(" · ")
            ),
            answer,
            distractors,
            explanation: format!("{explanation}."),
            sources: pick
                .iter()
                .filter_map(|e| e.sources.first().cloned())
                .collect(),
            fact: format!("order-{round}"),
        });
    }
    out
}

/// A title without the years in it ("Hungary 1956" → "Hungary"), so the order is not given away.
fn strip_years(title: &str) -> String {
    let mut out = title.to_string();
    for d in find_dates(title).iter().rev() {
        out.replace_range(d.range.clone(), "");
    }
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut words: Vec<&str> = out.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| ["in", "of", "on", "at", "the", "and", "from", "to"].contains(w))
    {
        words.pop();
    }
    let out = words.join(" ");
    let out = out.trim_matches(|c: char| c == ',' || c == ' ').to_string();
    if out.is_empty() {
        title.to_string()
    } else {
        capitalise(&out)
    }
}

/// "Statement: the ... was founded in 1951." True, or the same fact with one value changed.
fn true_false_questions(analysis: &Analysis, subject: &str, rng: &mut Rng) -> Vec<Draft> {
    let latest = latest_year(analysis);
    let mut out = Vec::new();
    let singles = analysis.facts.iter().filter(|f| {
        !f.predicate.multi
            && !analysis
                .conflicts
                .iter()
                .any(|c| c.predicate == f.predicate)
    });
    for fact in singles {
        // "on 30 November 1954", "in June 2014", "in 1951".
        let on = match fact.value {
            Value::Date {
                date: Date::Day { .. },
            } => "on",
            _ => "in",
        };
        let statement = |value: &str| -> Option<String> {
            Some(match fact.predicate.key.as_str() {
                "founded" => format!("Statement: {subject} was founded {on} {value}."),
                "formally_established" => {
                    format!("Statement: {subject} was formally established {on} {value}.")
                }
                "headquarters" => format!("Statement: {subject} has its headquarters in {value}."),
                "offices" => format!("Statement: {subject} has {value}."),
                _ => return None,
            })
        };
        let real = fact.value.to_string();
        let changed = match &fact.value {
            Value::Date { date } => near_years(date.year(), &[date.year()], latest)
                .into_iter()
                .next(),
            Value::Count {
                value,
                qualifier,
                unit,
            } => near_numbers(*value, &[*value], false).first().map(|v| {
                let q = qualifier
                    .as_ref()
                    .map(|q| format!("{q} "))
                    .unwrap_or_default();
                format!("{q}{} {unit}", format_number(*v))
            }),
            Value::Place { .. } => other_place(analysis, &real),
            _ => None,
        };
        let (Some(true_text), Some(false_text)) =
            (statement(&real), changed.and_then(|c| statement(&c)))
        else {
            continue;
        };
        let truth = rng.below(2) == 0;
        out.push(Draft {
            id: format!("tf-{}", fact.id),
            kind: QuestionKind::TrueFalse,
            prompt: if truth { true_text } else { false_text },
            answer: if truth { "True".into() } else { "False".into() },
            distractors: vec![if truth { "False".into() } else { "True".into() }],
            explanation: format!("The sources say: {}: {real}.", fact.predicate.label),
            sources: fact.sources.clone(),
            fact: fact.id.clone(),
        });
    }
    out
}

/// Place names the documents mention ("in Venice", "in Geneva"), to blank or to swap.
fn places(analysis: &Analysis) -> Vec<String> {
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

fn other_place(analysis: &Analysis, real: &str) -> Option<String> {
    let first = real.split(',').next().unwrap_or(real).trim();
    places(analysis).into_iter().find(|p| p != first)
}

/// A source sentence with its key term blanked: the year of a founding or other dated fact, or
/// the place in a headquarters sentence.
fn cloze_questions(analysis: &Analysis) -> Vec<Draft> {
    let latest = latest_year(analysis);
    let place_names = places(analysis);
    let mut out = Vec::new();
    let mut seen_quotes = BTreeSet::new();
    for fact in &analysis.facts {
        let Some(source) = fact.sources.first() else {
            continue;
        };
        let words = source.quote.split_whitespace().count();
        if !seen_quotes.insert(source.quote.clone()) || source.quote.len() > 320 || words < 6 {
            continue;
        }
        let (term, distractors): (String, Vec<String>) = match &fact.value {
            Value::Date { date } => {
                let dates = find_dates(&source.quote);
                if dates.len() != 1 {
                    continue;
                }
                (source.quote[dates[0].range.clone()].to_string(), {
                    let d = near_years(date.year(), &[date.year()], latest);
                    let original = &source.quote[dates[0].range.clone()];
                    d.into_iter()
                        .map(|y| original.replace(&date.year().to_string(), &y))
                        .collect()
                })
            }
            Value::Place { name } => {
                let city = name.split(',').next().unwrap_or(name).trim().to_string();
                if !source.quote.contains(&city) {
                    continue;
                }
                (
                    city.clone(),
                    place_names
                        .iter()
                        .filter(|p| **p != city)
                        .take(3)
                        .cloned()
                        .collect(),
                )
            }
            _ => continue,
        };
        if source.quote.matches(&term).count() != 1 {
            continue;
        }
        out.push(Draft {
            id: format!("cloze-{}", fact.id),
            kind: QuestionKind::Cloze,
            prompt: format!(
                "Fill the gap: “{}”",
                source.quote.replacen(&term, "_____", 1)
            ),
            answer: term,
            distractors,
            explanation: format!("The source says: “{}”", source.quote),
            sources: vec![source.clone()],
            fact: fact.id.clone(),
        });
    }
    out
}

/// "Which of these is one of the four broad areas of migration management?": one question per
/// list. Lists whose names share most words ("broad areas of migration management", "areas
/// related to migration management") are one list told twice; their items are never each other's
/// distractors.
fn one_of_questions(analysis: &Analysis) -> Vec<Draft> {
    let mut families: Vec<Vec<&Fact>> = Vec::new();
    for fact in analysis
        .facts
        .iter()
        .filter(|f| f.predicate.key.starts_with("one_of_"))
    {
        match families
            .iter_mut()
            .find(|fam| same_list(&fam[0].predicate.label, &fact.predicate.label))
        {
            Some(family) => family.push(fact),
            None => families.push(vec![fact]),
        }
    }
    let mut out = Vec::new();
    for (i, family) in families.iter().enumerate() {
        let mine: Vec<String> = family
            .iter()
            .map(|f| f.value.to_string().to_ascii_lowercase())
            .collect();
        let others: Vec<String> = families
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .flat_map(|(_, fam)| fam.iter().map(|f| f.value.to_string()))
            .filter(|v| {
                !mine
                    .iter()
                    .any(|m| words_overlap(m, &v.to_ascii_lowercase()))
            })
            .collect();
        let fact = family[0];
        let what = &fact.predicate.label;
        let listed: Vec<String> = family
            .iter()
            .filter(|f| f.predicate == fact.predicate)
            .map(|f| f.value.to_string())
            .collect();
        out.push(Draft {
            id: format!("oneof-{}", fact.predicate.key),
            kind: QuestionKind::OneOf,
            prompt: format!("Which of these is one of the {what}, as the sources list them?"),
            answer: capitalise(&fact.value.to_string()),
            distractors: others.iter().map(|o| capitalise(o)).take(3).collect(),
            explanation: format!("The {what} are: {}.", listed.join("; ")),
            sources: fact.sources.clone(),
            fact: fact.id.clone(),
        });
    }
    out
}

/// Whether two enumeration names name the same list (most of their words shared).
fn same_list(a: &str, b: &str) -> bool {
    let set = |s: &str| {
        distinct(
            s.split_whitespace()
                .filter(|w| w.len() > 2)
                .map(str::to_ascii_lowercase),
        )
    };
    let (x, y) = (set(a), set(b));
    let shared = x.iter().filter(|w| y.contains(w)).count() as f64;
    let union = (x.len() + y.len()) as f64 - shared;
    union > 0.0 && shared / union >= 0.5
}

/// Whether two list items share most of their words (so one cannot be a distractor for the other).
fn words_overlap(a: &str, b: &str) -> bool {
    fn set(s: &str) -> Vec<&str> {
        distinct(s.split_whitespace().filter(|w| w.len() > 3))
    }
    let (x, y) = (set(a), set(b));
    let shared = x.iter().filter(|w| y.contains(w)).count();
    shared * 2 >= x.len().min(y.len()).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(years.len(), 3);
        assert!(years
            .iter()
            .all(|y| (y.parse::<i32>().unwrap() - 1951).abs() <= 12
                && !stated.contains(&y.parse().unwrap())));
        let numbers = near_numbers(173.0, &[156.0, 157.0, 173.0, 175.0, 127.0], false);
        assert_eq!(numbers.len(), 3);
        assert!(numbers.iter().all(|n| (0.5..2.0).contains(&(n / 173.0))));
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
