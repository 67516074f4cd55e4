//! Item-writing flaws (Haladyna, Downing and Rodriguez 2002), checked over every question of
//! several quizzes on the seeds and on every fixture corpus; and true-or-false statements that
//! are false under every reading of what the sources state.

mod common;

use corpus::facts::Value;
use corpus::quiz::{flaws, generate, numeric_value, QuestionKind};
use corpus::{analyze, Analysis, Corpus};

const SEEDS: [u64; 5] = [0, 1, 7, 42, 1234];

/// The seeds and every fixture corpus (`common::fixture_corpora`), analysed.
fn corpora() -> Vec<(String, Analysis)> {
    let mut out = vec![("seeds".to_string(), analyze(&common::load_seeds()))];
    for (name, docs) in common::fixture_corpora() {
        out.push((name, analyze(&Corpus::from_texts(docs))));
    }
    out
}

#[test]
fn no_question_has_an_item_writing_flaw() {
    for (name, a) in corpora() {
        for seed in SEEDS {
            for q in generate(&a, seed) {
                let found = flaws(&q, &a.subject);
                assert!(found.is_empty(), "{name}, seed {seed}: {found:?} in {q:?}");
            }
        }
    }
}

#[test]
fn the_seeds_give_forty_questions_of_six_kinds() {
    let a = analyze(&common::load_seeds());
    let questions = generate(&a, 1);
    let mut kinds: Vec<QuestionKind> = questions.iter().map(|q| q.kind).collect();
    kinds.sort();
    kinds.dedup();
    assert!(questions.len() >= 40, "{}", questions.len());
    assert!(kinds.len() >= 6, "{kinds:?}");
}

/// Options that are figures or dates read in ascending order, wherever the answer is.
#[test]
fn figures_are_offered_in_order() {
    for (name, a) in corpora() {
        for q in generate(&a, 1) {
            let values: Vec<f64> = q.choices.iter().filter_map(|c| numeric_value(c)).collect();
            if values.len() == q.choices.len() {
                assert!(values.windows(2).all(|w| w[0] < w[1]), "{name}: {q:?}");
            }
        }
    }
}

/// A false statement about a figure is false whatever the qualifiers of the sources mean
/// ("over 440 offices" makes "more than 360 offices" true, so it is never the false one).
#[test]
fn a_false_statement_is_false_under_every_reading() {
    for (name, a) in corpora() {
        for seed in SEEDS {
            for q in generate(&a, seed)
                .iter()
                .filter(|q| q.kind == QuestionKind::TrueFalse && q.answer_text() == "False")
            {
                let fact = a.facts.iter().find(|f| f.id == q.fact).expect("its fact");
                let stated: Vec<(f64, f64)> = a
                    .facts
                    .iter()
                    .filter(|f| f.predicate == fact.predicate)
                    .filter_map(|f| f.value.bounds().map(|(l, h, _)| (l, h)))
                    .collect();
                let Value::Count { .. } = fact.value else {
                    // Places and years: the statement names none of the stated values.
                    for f in a.facts.iter().filter(|f| f.predicate == fact.predicate) {
                        let said = f.value.to_string();
                        let first = said.split(',').next().unwrap_or(&said);
                        assert!(!q.prompt.contains(first), "{name}: {q:?}");
                    }
                    continue;
                };
                let figure = q
                    .prompt
                    .split_whitespace()
                    .find_map(|w| w.replace(',', "").parse::<f64>().ok())
                    .expect("a figure in the statement");
                let lower = q.prompt.contains("fewer than ");
                let upper = q.prompt.contains("more than ");
                for (low, high) in &stated {
                    let possible = if lower {
                        *low < figure
                    } else if upper {
                        *high > figure
                    } else {
                        *low <= figure * 1.1 && figure * 0.9 <= *high
                    };
                    assert!(!possible, "{name}: a source allows {q:?}");
                }
            }
        }
    }
}

/// The words of a text, lower case.
fn word_set(text: &str) -> std::collections::BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .collect()
}

/// One quiz never gives two answers to one question: two year questions a word apart agree, and figures of one kind that differ are each asked with what makes them true.
#[test]
fn a_quiz_never_contradicts_itself() {
    for (name, a) in corpora() {
        let questions = generate(&a, 1);
        let years: Vec<_> = questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Year)
            .collect();
        for (i, x) in years.iter().enumerate() {
            for y in &years[i + 1..] {
                let (wx, wy) = (word_set(&x.prompt), word_set(&y.prompt));
                // At most one word apart ("... and began operating" / "... and began").
                let near = wx.symmetric_difference(&wy).count() <= 1;
                assert!(
                    !near || x.answer_text() == y.answer_text(),
                    "{name}: {} / {}",
                    x.prompt,
                    y.prompt
                );
            }
        }
        let numbers: Vec<_> = questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Number)
            .map(|q| {
                let fact = a.facts.iter().find(|f| f.id == q.fact).expect("its fact");
                (fact.predicate.key.clone(), q)
            })
            .collect();
        for (i, (px, x)) in numbers.iter().enumerate() {
            for (py, y) in &numbers[i + 1..] {
                if px == py && x.answer_text() != y.answer_text() {
                    let qualified = |p: &str| {
                        p.starts_with("According to ")
                            || p.starts_with("As of ")
                            || p.starts_with("In the ")
                    };
                    assert!(
                        qualified(&x.prompt) && qualified(&y.prompt),
                        "{name}: {} / {}",
                        x.prompt,
                        y.prompt
                    );
                }
            }
        }
    }
}

/// The feedback of a question and the details of an event show each sentence once: no two
/// quotations they show share four fifths of their words.
#[test]
fn no_sentence_is_quoted_twice_in_other_words() {
    use corpus::facts::quoted_once;
    let near = |a: &str, b: &str| {
        let (x, y) = (word_set(a), word_set(b));
        let shared = x.intersection(&y).count() as f64;
        shared / x.union(&y).count().max(1) as f64 >= 0.8
    };
    for (name, a) in corpora() {
        let lists = generate(&a, 1)
            .into_iter()
            .map(|q| q.sources)
            .chain(a.events.iter().map(|e| e.sources.clone()));
        for sources in lists {
            let shown: Vec<&str> = quoted_once(&sources).iter().map(|g| &*g[0].quote).collect();
            for (i, x) in shown.iter().enumerate() {
                for y in &shown[i + 1..] {
                    assert!(!near(x, y), "{name}: “{x}” / “{y}”");
                }
            }
        }
    }
}
