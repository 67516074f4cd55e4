//! Item-writing flaws, checked on every question: the rules of Haladyna, Downing and Rodriguez
//! (2002) that a rule-based detector can apply (Moore et al. 2023). A question with a flaw is not
//! asked; the native tests check that none is left on any corpus.

use super::*;

/// What makes a question unfair or give its answer away.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Flaw {
    /// "according to source 5": a student cannot know what source 5 is.
    OpaqueSource,
    /// Numeric options not in ascending order.
    NumbersOutOfOrder,
    /// Two options that say the same thing.
    DuplicateOptions,
    /// "All of the above", "none of the above".
    AllOrNone,
    /// "Which of these is not ...": a negative stem.
    NegativeStem,
    /// The answer's own words stand in the stem.
    AnswerInStem,
    /// A word of the stem that only the answer repeats (a clang association).
    Clang,
    /// The correct option is far longer than every other.
    LongestAnswer,
    /// The correct figure is given more precisely than every distractor.
    UniquelyPrecise,
    /// "a _____" before an answer that needs "an", or the other way round.
    GrammaticalCue,
    /// "always", "never", "all", "only" in an option.
    AbsoluteTerm,
    /// The stem quotes an event title that does not read on its own.
    UnreadableTitle,
}

/// Every flaw of `q`. `subject` is the organization's name, which every stem may carry.
pub fn flaws(q: &Question, subject: &str) -> Vec<Flaw> {
    let checks: [(Flaw, bool); 12] = [
        (Flaw::OpaqueSource, names_a_source_by_number(&q.prompt)),
        (Flaw::NumbersOutOfOrder, numbers_out_of_order(&q.choices)),
        (Flaw::DuplicateOptions, duplicate_options(q)),
        (Flaw::AllOrNone, q.choices.iter().any(|c| all_or_none(c))),
        (Flaw::NegativeStem, negative_stem(q)),
        (Flaw::AnswerInStem, answer_in_stem(q)),
        (Flaw::Clang, clang(q, subject)),
        (Flaw::LongestAnswer, longest_answer(q)),
        (Flaw::UniquelyPrecise, uniquely_precise(q)),
        (Flaw::GrammaticalCue, grammatical_cue(q)),
        (Flaw::AbsoluteTerm, q.choices.iter().any(|c| absolute(c))),
        (Flaw::UnreadableTitle, unreadable_title(q)),
    ];
    checks
        .into_iter()
        .filter(|(_, found)| *found)
        .map(|(flaw, _)| flaw)
        .collect()
}

/// The value an option stands for, when it is a figure or a date ("1953", "11,500",
/// "USD 1.675 billion", "1 million", "30 November 1954"), for ordering options.
pub fn numeric_value(choice: &str) -> Option<f64> {
    let mut words: Vec<&str> = choice.split_whitespace().collect();
    // "more than 100", "about USD 1 billion": the qualifier orders nothing.
    while words
        .first()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()))
    {
        words.remove(0);
    }
    if words
        .first()
        .is_some_and(|w| w.len() <= 3 && w.chars().all(|c| c.is_ascii_uppercase()))
    {
        words.remove(0);
    }
    let scale = match words.last().copied() {
        Some("billion") => Some(1e9),
        Some("million") => Some(1e6),
        Some(w)
            if w.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.') =>
        {
            Some(1.0)
        }
        _ => None,
    };
    if let (Some(scale), 1..=2) = (scale, words.len()) {
        let number = words[0]
            .trim_start_matches(['$', '€', '£'])
            .replace(',', "");
        if words.len() == 1 || scale > 1.0 {
            if let Some(n) = decimal(&number) {
                return Some(n * scale);
            }
        }
    }
    // A date: its options differ by their year.
    match find_dates(choice).as_slice() {
        [d] if d.range.len() == choice.trim().len() => Some(f64::from(d.start.year())),
        _ => None,
    }
}

/// "1.675" → 1.675: digits with at most one point (no float parser in the first download).
fn decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(whole) || !(fraction.is_empty() || digits(fraction)) {
        return None;
    }
    let mut value = 0.0;
    for c in whole.chars().chain(fraction.chars()) {
        value = value * 10.0 + f64::from(c.to_digit(10)?);
    }
    Some(value / 10f64.powi(fraction.len() as i32))
}

/// How many significant digits a figure is given with (11,500 → 3, 1.675 billion → 4).
pub fn significant_digits(value: f64) -> usize {
    // Six decimals at most, written without the float printer's shortest form.
    let text = format!("{:.6}", value.abs());
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    let digits = if text.contains('.') {
        digits
    } else {
        digits.trim_end_matches('0')
    };
    digits.len().max(1)
}

fn names_a_source_by_number(prompt: &str) -> bool {
    let lower = prompt.to_lowercase();
    lower.match_indices("source ").any(|(i, m)| {
        lower[i + m.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
    })
}

fn numbers_out_of_order(choices: &[String]) -> bool {
    let values: Vec<Option<f64>> = choices.iter().map(|c| numeric_value(c)).collect();
    values.iter().all(Option::is_some) && values.windows(2).any(|w| w[0] > w[1])
}

/// Lower-case words of an option, without punctuation (a figure keeps its points: "2.3").
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '.' && c != ',')
        .map(|w| w.trim_matches(['.', ',']))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Two options with the same words (in any order, but for orderings, where the order is what
/// they say).
fn duplicate_options(q: &Question) -> bool {
    let sets: Vec<Vec<String>> = q
        .choices
        .iter()
        .map(|c| {
            let mut w = words(c);
            if q.kind != QuestionKind::Chronology {
                crate::order::sort(&mut w);
                w.dedup();
            }
            w
        })
        .collect();
    sets.iter()
        .enumerate()
        .any(|(i, a)| sets[i + 1..].iter().any(|b| a == b))
}

fn all_or_none(choice: &str) -> bool {
    let lower = choice.to_lowercase();
    lower.contains("of the above") || lower == "all" || lower == "none"
}

/// The stem without what it quotes (a cloze sentence, an event's title): the question's own words.
fn own_words(prompt: &str) -> String {
    let mut out = String::new();
    let mut quoting = false;
    for c in prompt.chars() {
        match c {
            '“' => quoting = true,
            '”' => quoting = false,
            _ if !quoting => out.push(c),
            _ => {}
        }
    }
    out
}

fn negative_stem(q: &Question) -> bool {
    q.kind != QuestionKind::TrueFalse
        && words(&own_words(&q.prompt))
            .iter()
            .any(|w| matches!(w.as_str(), "not" | "except" | "never" | "least"))
}

fn answer_in_stem(q: &Question) -> bool {
    q.kind != QuestionKind::TrueFalse && gives_away(&q.prompt, q.answer_text())
}

/// Whether `prompt` holds the answer's words as they stand, in any case.
pub(super) fn gives_away(prompt: &str, answer: &str) -> bool {
    prompt.to_lowercase().contains(&answer.to_lowercase())
}

/// A word of five letters or more that the stem and the answer share and no distractor does,
/// not counting the organization's own name.
fn clang(q: &Question, subject: &str) -> bool {
    if matches!(q.kind, QuestionKind::TrueFalse | QuestionKind::Cloze) {
        return false;
    }
    let stems = |text: &str| -> Vec<String> {
        words(text)
            .iter()
            .filter(|w| w.chars().count() >= 5 && !w.chars().all(|c| c.is_ascii_digit()))
            .map(|w| crate::claims::stem(w))
            .collect()
    };
    let own = stems(subject);
    let stem_words: Vec<String> = stems(&own_words(&q.prompt))
        .into_iter()
        .filter(|s| !own.contains(s))
        .collect();
    let others: Vec<String> = q.distractors().flat_map(|c| stems(c)).collect();
    stems(q.answer_text())
        .iter()
        .any(|s| stem_words.contains(s) && !others.contains(s))
}

/// The answer at least half as long again as the longest distractor (and 15 characters longer).
fn longest_answer(q: &Question) -> bool {
    let len = |s: &str| s.chars().count();
    let answer = len(q.answer_text());
    let longest = q.distractors().map(|c| len(c)).max().unwrap_or(answer);
    q.kind != QuestionKind::TrueFalse && answer * 2 >= longest * 3 && answer >= longest + 15
}

fn uniquely_precise(q: &Question) -> bool {
    if q.kind != QuestionKind::Number {
        return false;
    }
    let digits = |c: &str| numeric_value(c).map(significant_digits);
    let answer = digits(q.answer_text());
    let most = q.distractors().filter_map(|c| digits(c)).max();
    matches!((answer, most), (Some(a), Some(m)) if a > m)
}

fn grammatical_cue(q: &Question) -> bool {
    let Some(gap) = q.prompt.find("_____") else {
        return false;
    };
    let article = q.prompt[..gap]
        .split_whitespace()
        .last()
        .map(str::to_lowercase);
    let wants_an = |c: &str| c.chars().next().is_some_and(|c| "aeiouAEIOU".contains(c));
    match article.as_deref() {
        Some("a") => q.choices.iter().any(|c| wants_an(c)),
        Some("an") => q.choices.iter().any(|c| !wants_an(c)),
        _ => false,
    }
}

fn absolute(choice: &str) -> bool {
    words(choice)
        .iter()
        .any(|w| matches!(w.as_str(), "always" | "never" | "all" | "none" | "only"))
}

/// A year question quotes its event's title; it must read on its own.
fn unreadable_title(q: &Question) -> bool {
    let Some((_, rest)) = q.prompt.split_once('“') else {
        return false;
    };
    let title = rest.split('”').next().unwrap_or(rest);
    q.kind == QuestionKind::Year && crate::events::unreadable(title).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(kind: QuestionKind, prompt: &str, choices: &[&str], answer: usize) -> Question {
        Question {
            id: "q".into(),
            kind,
            prompt: prompt.into(),
            choices: choices.iter().map(|c| c.to_string()).collect(),
            answer,
            explanation: String::new(),
            sources: vec![],
            fact: "f".into(),
        }
    }

    fn flaws_of(q: &Question) -> Vec<Flaw> {
        flaws(q, "Example Organization")
    }

    #[test]
    fn a_sound_question_has_no_flaw() {
        let q = question(
            QuestionKind::Number,
            "As of 2021, how many member states did the Example Organization have?",
            &["121", "142", "173", "202"],
            2,
        );
        assert_eq!(flaws_of(&q), []);
    }

    #[test]
    fn each_flaw_is_found() {
        use QuestionKind::*;
        let cases: [(Flaw, Question); 12] = [
            (
                Flaw::OpaqueSource,
                question(
                    Number,
                    "According to source 5, how many?",
                    &["1", "2", "3"],
                    0,
                ),
            ),
            (
                Flaw::NumbersOutOfOrder,
                question(Year, "In which year?", &["1953", "1949", "1960"], 0),
            ),
            (
                Flaw::DuplicateOptions,
                question(
                    OneOf,
                    "Which?",
                    &["Health and migration", "migration and health", "Law"],
                    2,
                ),
            ),
            (
                Flaw::AllOrNone,
                question(OneOf, "Which?", &["Law", "Health", "All of the above"], 2),
            ),
            (
                Flaw::NegativeStem,
                question(
                    OneOf,
                    "Which of these is not an area?",
                    &["Law", "Health", "Trade"],
                    2,
                ),
            ),
            (
                Flaw::AnswerInStem,
                question(
                    Name,
                    "Which name, Acme Relief?",
                    &["Acme Relief", "Beta", "Gamma"],
                    0,
                ),
            ),
            (
                Flaw::Clang,
                question(
                    OneOf,
                    "Which of these is one of its health programmes?",
                    &["Health checks", "Resettlement", "Return"],
                    0,
                ),
            ),
            (
                Flaw::LongestAnswer,
                question(
                    OneOf,
                    "Which?",
                    &[
                        "Protection of the rights of migrant workers at sea",
                        "Law",
                        "Trade",
                    ],
                    0,
                ),
            ),
            (
                Flaw::UniquelyPrecise,
                question(
                    Number,
                    "How much?",
                    &["USD 1.675 billion", "USD 2 billion", "USD 2.5 billion"],
                    0,
                ),
            ),
            (
                Flaw::GrammaticalCue,
                question(
                    Cloze,
                    "Fill the gap: “It is a _____ body.”",
                    &["intergovernmental", "private", "national"],
                    0,
                ),
            ),
            (
                Flaw::AbsoluteTerm,
                question(OneOf, "Which?", &["Only resettlement", "Law", "Trade"], 0),
            ),
            (
                Flaw::UnreadableTitle,
                question(
                    Year,
                    "In which year did this happen: “It also helped the survivors of the”?",
                    &["1990", "1994", "1998"],
                    0,
                ),
            ),
        ];
        for (flaw, q) in cases {
            assert!(flaws_of(&q).contains(&flaw), "{flaw:?} in {q:?}");
        }
    }

    #[test]
    fn figures_and_dates_have_values_and_precision() {
        assert_eq!(numeric_value("1953"), Some(1953.0));
        assert_eq!(numeric_value("11,500"), Some(11_500.0));
        assert_eq!(numeric_value("USD 1.675 billion"), Some(1.675e9));
        assert_eq!(numeric_value("1 million"), Some(1e6));
        assert_eq!(numeric_value("30 November 1954"), Some(1954.0));
        assert_eq!(numeric_value("more than 100"), Some(100.0));
        assert_eq!(numeric_value("about USD 1.5 billion"), Some(1.5e9));
        assert_eq!(numeric_value("Geneva"), None);
        assert_eq!(numeric_value("A → B → C"), None);
        assert_eq!(significant_digits(11_500.0), 3);
        assert_eq!(significant_digits(1.675e9), 4);
        assert_eq!(significant_digits(1e6), 1);
        assert_eq!(significant_digits(173.0), 3);
    }
}
