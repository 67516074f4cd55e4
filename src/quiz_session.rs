//! One quiz from start to end, as plain data: which questions (due facts first, then new ones),
//! the answers given, the score and the mistakes. Pure, so the rules are tested natively.

use corpus::quiz::{Question, QuestionKind};

use crate::progress::Progress;

/// What the start screen chose.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizSetup {
    /// `None`: every question.
    pub length: Option<usize>,
    pub kinds: Vec<QuestionKind>,
    /// Ask only the facts that are due.
    pub review: bool,
}

impl Default for QuizSetup {
    fn default() -> Self {
        QuizSetup {
            length: Some(10),
            kinds: QuestionKind::ALL.to_vec(),
            review: false,
        }
    }
}

/// The questions of a quiz: of the chosen kinds, due facts first (the likeliest forgotten first), then
/// new ones, then the rest; in review mode only the due ones. Within a group the seeded order of
/// `all` is kept, so the same seed gives the same quiz.
pub fn select(all: &[Question], setup: &QuizSetup, progress: &Progress, day: u32) -> Vec<Question> {
    let mut chosen: Vec<Question> = all
        .iter()
        .filter(|q| setup.kinds.contains(&q.kind))
        .filter(|q| !setup.review || progress.is_due(&q.fact, day))
        .cloned()
        .collect();
    corpus::order::sort_by_key(&mut chosen, |q| progress.priority(&q.fact, day));
    if let Some(n) = setup.length {
        chosen.truncate(n);
    }
    chosen
}

/// Where a quiz is: its start screen, a question, or the results (with the seconds taken).
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    Start,
    Asking(Session),
    Done(Session, u32),
}

/// A quiz kept while the reader looks elsewhere (a source, another tab), to go on with on return:
/// for one set of documents and one seed.
#[derive(Clone, Debug, PartialEq)]
pub struct KeptQuiz {
    /// The documents' identity (`Explorer::identity`).
    pub identity: String,
    pub seed: u64,
    /// The start screen's choices (length, kinds of question).
    pub setup: QuizSetup,
    pub phase: Phase,
}

impl KeptQuiz {
    /// Whether this is the quiz to resume for these documents at an address with this seed
    /// (none: the Quiz tab chosen without one, which goes back to the quiz under way).
    pub fn resumes(&self, identity: &str, seed: Option<u64>) -> bool {
        self.identity == identity && seed.is_none_or(|s| s == self.seed)
    }
}

/// What a key pressed on a question does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyAction {
    Choose(usize),
    Check,
    Next,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub seed: u64,
    pub questions: Vec<Question>,
    /// The question shown.
    pub index: usize,
    /// The choice selected for it, before or after checking.
    pub chosen: Option<usize>,
    /// Whether the shown question has been checked.
    pub checked: bool,
    /// For each question answered: the choice given.
    pub answers: Vec<usize>,
    pub started_ms: f64,
}

impl Session {
    pub fn new(seed: u64, questions: Vec<Question>, started_ms: f64) -> Self {
        Session {
            seed,
            questions,
            index: 0,
            chosen: None,
            checked: false,
            answers: Vec::new(),
            started_ms,
        }
    }

    pub fn current(&self) -> Option<&Question> {
        self.questions.get(self.index)
    }

    pub fn finished(&self) -> bool {
        self.index >= self.questions.len()
    }

    /// What this key does on the question as it is now: 1–4 (or T / F on a true-or-false
    /// question) choose before checking; Enter checks a chosen answer, then moves on.
    /// Decided on the session's current state, not on the one last drawn: keys typed faster
    /// than a slow machine redraws still count, each on the question it was meant for.
    pub fn key_action(&self, key: &str) -> Option<KeyAction> {
        let question = self.current()?;
        if key == "Enter" {
            return match (self.checked, self.chosen) {
                (true, _) => Some(KeyAction::Next),
                (false, Some(_)) => Some(KeyAction::Check),
                (false, None) => None,
            };
        }
        if self.checked {
            return None;
        }
        let by_text = |text: &str| question.choices.iter().position(|c| c == text);
        let choice = match key {
            "1" | "2" | "3" | "4" => key.parse::<usize>().ok().map(|n| n - 1),
            "t" | "T" => by_text("True"),
            "f" | "F" => by_text("False"),
            _ => None,
        };
        choice
            .filter(|i| *i < question.choices.len())
            .map(KeyAction::Choose)
    }

    /// Selects a choice (before checking).
    pub fn choose(&mut self, choice: usize) {
        if !self.checked && self.current().is_some_and(|q| choice < q.choices.len()) {
            self.chosen = Some(choice);
        }
    }

    /// Checks the selected choice; returns the question's fact and whether it was right.
    pub fn check(&mut self) -> Option<(String, bool)> {
        let choice = self.chosen.filter(|_| !self.checked)?;
        let question = self.current()?;
        let result = (question.fact.clone(), choice == question.answer);
        self.checked = true;
        self.answers.push(choice);
        Some(result)
    }

    /// Moves to the next question (after checking).
    pub fn next(&mut self) {
        if self.checked {
            self.index += 1;
            self.chosen = None;
            self.checked = false;
        }
    }

    pub fn score(&self) -> usize {
        self.questions
            .iter()
            .zip(&self.answers)
            .filter(|(q, a)| q.answer == **a)
            .count()
    }

    /// The questions answered wrongly, with the choice given.
    pub fn mistakes(&self) -> Vec<(&Question, usize)> {
        self.questions
            .iter()
            .zip(&self.answers)
            .filter(|(q, a)| q.answer != **a)
            .map(|(q, a)| (q, *a))
            .collect()
    }

    /// A new session with only the missed questions.
    pub fn retry_missed(&self, started_ms: f64) -> Session {
        let missed = self
            .mistakes()
            .into_iter()
            .map(|(q, _)| q.clone())
            .collect();
        Session::new(self.seed, missed, started_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seeds::builtin_corpus;
    use corpus::analyze;
    use corpus::quiz::generate;

    fn questions() -> Vec<Question> {
        generate(&analyze(&builtin_corpus()), 5)
    }

    #[test]
    fn a_quiz_has_the_chosen_length_and_kinds() {
        let all = questions();
        let ten = select(&all, &QuizSetup::default(), &Progress::default(), 0);
        assert_eq!(ten.len(), 10);
        assert_eq!(ten, all[..10].to_vec(), "with no history, the seeded order");
        let setup = QuizSetup {
            length: None,
            kinds: vec![QuestionKind::Year],
            review: false,
        };
        let years = select(&all, &setup, &Progress::default(), 0);
        assert!(!years.is_empty() && years.iter().all(|q| q.kind == QuestionKind::Year));
    }

    #[test]
    fn missed_facts_come_first_and_review_asks_only_what_is_due() {
        let all = questions();
        let mut progress = Progress::default();
        let missed = &all[20];
        let known = &all[0];
        progress.record(&missed.fact, false, 10);
        progress.record(&known.fact, true, 10);
        // The next quiz, the same day: the missed fact is due, the known one is not yet.
        let next = select(&all, &QuizSetup::default(), &progress, 10);
        assert_eq!(
            next[0].fact, missed.fact,
            "the missed fact comes back first"
        );
        assert!(
            !next.iter().any(|q| q.fact == known.fact),
            "the known fact waits behind new ones"
        );
        let review = select(
            &all,
            &QuizSetup {
                review: true,
                ..QuizSetup::default()
            },
            &progress,
            10,
        );
        assert!(
            review.iter().all(|q| q.fact == missed.fact),
            "{:?} vs {}",
            review.iter().map(|q| &q.fact).collect::<Vec<_>>(),
            missed.fact
        );
        assert!(!review.is_empty());
        // A day later the known fact still waits (a first right answer holds three days).
        let tomorrow = select(&all, &QuizSetup::default(), &progress, 11);
        assert!(!tomorrow.iter().any(|q| q.fact == known.fact));
        // When it is due, it comes after the missed one, which is likelier forgotten.
        let later = select(&all, &QuizSetup::default(), &progress, 13);
        let position = |fact: &str| later.iter().position(|q| q.fact == fact);
        assert!(position(&known.fact).is_some());
        assert!(position(&missed.fact) < position(&known.fact));
    }

    #[test]
    fn answering_scores_and_retries_the_missed_ones() {
        let all = questions();
        let mut s = Session::new(5, all[..3].to_vec(), 0.0);
        s.check();
        assert_eq!(s.answers.len(), 0, "nothing chosen, nothing checked");
        let right = s.current().unwrap().answer;
        s.choose(right);
        assert_eq!(s.check().map(|(_, ok)| ok), Some(true));
        s.choose((right + 1) % s.current().unwrap().choices.len());
        s.next();
        let wrong = (s.current().unwrap().answer + 1) % s.current().unwrap().choices.len();
        s.choose(wrong);
        assert_eq!(s.check().map(|(_, ok)| ok), Some(false));
        s.next();
        let right = s.current().unwrap().answer;
        s.choose(right);
        s.check();
        s.next();
        assert!(s.finished());
        assert_eq!(s.score(), 2);
        assert_eq!(s.mistakes().len(), 1);
        let retry = s.retry_missed(1.0);
        assert_eq!(retry.questions.len(), 1);
        assert_eq!(retry.questions[0].id, all[1].id);
    }

    fn question(choices: &[&str]) -> Question {
        Question {
            id: "q".into(),
            kind: QuestionKind::TrueFalse,
            prompt: "p".into(),
            choices: choices.iter().map(|c| c.to_string()).collect(),
            answer: 0,
            explanation: String::new(),
            sources: Vec::new(),
            fact: "f".into(),
        }
    }

    #[test]
    fn number_and_letter_keys_choose_on_the_question_shown() {
        let s = Session::new(1, vec![question(&["a", "b", "c"])], 0.0);
        assert_eq!(s.key_action("2"), Some(KeyAction::Choose(1)));
        assert_eq!(s.key_action("4"), None, "only three choices");
        assert_eq!(s.key_action("t"), None, "not a true-or-false question");
        assert_eq!(s.key_action("x"), None);
        let tf = Session::new(1, vec![question(&["True", "False"])], 0.0);
        assert_eq!(tf.key_action("f"), Some(KeyAction::Choose(1)));
        assert_eq!(tf.key_action("T"), Some(KeyAction::Choose(0)));
    }

    #[test]
    fn enter_checks_then_moves_on_and_keys_typed_ahead_count_on_the_next_question() {
        let mut s = Session::new(
            1,
            vec![question(&["a", "b"]), question(&["True", "False"])],
            0.0,
        );
        assert_eq!(s.key_action("Enter"), None, "nothing chosen yet");
        s.choose(1);
        assert_eq!(s.key_action("Enter"), Some(KeyAction::Check));
        s.check();
        assert_eq!(s.key_action("1"), None, "a checked answer stays as given");
        assert_eq!(s.key_action("Enter"), Some(KeyAction::Next));
        s.next();
        assert_eq!(s.key_action("f"), Some(KeyAction::Choose(1)));
        s.choose(1);
        s.check();
        s.next();
        assert!(s.finished());
        assert_eq!(s.key_action("Enter"), None, "no question left");
    }

    #[test]
    fn a_kept_quiz_resumes_for_its_documents_at_its_seed_or_none() {
        let kept = KeptQuiz {
            identity: "builtin".into(),
            seed: 7,
            setup: QuizSetup::default(),
            phase: Phase::Start,
        };
        assert!(kept.resumes("builtin", Some(7)));
        assert!(
            kept.resumes("builtin", None),
            "the Quiz tab, chosen without a seed"
        );
        assert!(
            !kept.resumes("builtin", Some(8)),
            "a shared link to another quiz"
        );
        assert!(!kept.resumes("a1b2", Some(7)), "other documents");
    }
}
