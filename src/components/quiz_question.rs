//! One quiz question: the prompt, the choices (mouse, touch, or keys 1–4 / T / F, then Enter),
//! and after checking, whether it was right, the answer, the explanation and the source sentence.

use corpus::quiz::Question;
use yew::prelude::*;

use crate::components::citation_link;
use crate::explorer::Shared;
use crate::location::focus;

#[derive(Properties, PartialEq)]
pub struct QuizQuestionProps {
    pub explorer: Shared,
    pub question: Question,
    /// 0-based position and total, for the progress bar.
    pub index: usize,
    pub total: usize,
    pub chosen: Option<usize>,
    pub checked: bool,
    pub onchoose: Callback<usize>,
    pub oncheck: Callback<()>,
    pub onnext: Callback<()>,
}

/// The choice a key selects: 1–4, or T / F on a true-or-false question.
fn choice_for_key(key: &str, question: &Question) -> Option<usize> {
    let by_text = |text: &str| question.choices.iter().position(|c| c == text);
    match key {
        "1" | "2" | "3" | "4" => key
            .parse::<usize>()
            .ok()
            .map(|n| n - 1)
            .filter(|i| *i < question.choices.len()),
        "t" | "T" => by_text("True"),
        "f" | "F" => by_text("False"),
        _ => None,
    }
}

const HEADING: &str = "quiz-question-prompt";

#[component]
pub fn QuizQuestion(props: &QuizQuestionProps) -> Html {
    // A new question takes the focus, so that screen readers read it and keys reach it.
    use_effect_with(props.index, |_| focus(HEADING));
    let q = &props.question;
    let onkeydown = {
        let (q, chosen, checked) = (q.clone(), props.chosen, props.checked);
        let (onchoose, oncheck, onnext) = (
            props.onchoose.clone(),
            props.oncheck.clone(),
            props.onnext.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            if let Some(i) = choice_for_key(&e.key(), &q).filter(|_| !checked) {
                e.prevent_default();
                onchoose.emit(i);
            } else if e.key() == "Enter" {
                e.prevent_default();
                match (checked, chosen) {
                    (true, _) => onnext.emit(()),
                    (false, Some(_)) => oncheck.emit(()),
                    (false, None) => {}
                }
            }
        })
    };
    let right = props.checked && props.chosen == Some(q.answer);
    html! {
        <div class="quiz-question" {onkeydown}>
            <div class="quiz-progress" role="progressbar" aria-label="Quiz progress" aria-valuemin="0"
                aria-valuemax={props.total.to_string()} aria-valuenow={props.index.to_string()}
                aria-valuetext={format!("Question {} of {}", props.index + 1, props.total)}>
                <div class="quiz-progress-bar" style={format!("width:{:.1}%", props.index as f64 * 100.0 / props.total.max(1) as f64)}></div>
            </div>
            <p class="quiz-count">{ format!("Question {} of {}", props.index + 1, props.total) }</p>
            <h3 id={HEADING} tabindex="-1">{ q.prompt.clone() }</h3>
            <div class="choices" role="group" aria-label="Choices">
                for (i, choice) in q.choices.iter().enumerate() {
                    <button
                        type="button"
                        class={classes!("choice", (props.checked && i == q.answer).then_some("correct"), (props.checked && Some(i) == props.chosen && i != q.answer).then_some("wrong"))}
                        aria-pressed={(Some(i) == props.chosen).to_string()}
                        disabled={props.checked}
                        onclick={props.onchoose.reform(move |_: MouseEvent| i)}
                    >
                        <span class="key" aria-hidden="true">{ if q.choices.len() == 2 && (choice == "True" || choice == "False") { choice[..1].to_string() } else { (i + 1).to_string() } }</span>
                        { choice.clone() }
                    </button>
                }
            </div>
            if props.checked {
                <div class={classes!("feedback", if right { "right" } else { "wrong" })} role="status">
                    <p class="verdict">{ if right { "Right.".to_string() } else { format!("Not quite. The answer is: {}", q.answer_text()) } }</p>
                    <p>{ q.explanation.clone() }</p>
                    for s in q.sources.iter().take(2) {
                        <blockquote>
                            { s.quote.clone() }
                            { citation_link(&props.explorer, s.doc, s.start) }
                        </blockquote>
                    }
                    <button type="button" class="primary" onclick={props.onnext.reform(|_: MouseEvent| ())}>
                        { if props.index + 1 == props.total { "See the results" } else { "Next question" } }
                    </button>
                </div>
            } else {
                <button type="button" class="primary" disabled={props.chosen.is_none()} onclick={props.oncheck.reform(|_: MouseEvent| ())}>{ "Check the answer" }</button>
                <p class="quiz-hint">{ "Keys: 1 to 4 (or T and F) choose, Enter checks and moves on." }</p>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::quiz::QuestionKind;

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
    fn number_and_letter_keys_choose() {
        let q = question(&["a", "b", "c"]);
        assert_eq!(choice_for_key("2", &q), Some(1));
        assert_eq!(choice_for_key("4", &q), None);
        let tf = question(&["True", "False"]);
        assert_eq!(choice_for_key("f", &tf), Some(1));
        assert_eq!(choice_for_key("T", &tf), Some(0));
        assert_eq!(choice_for_key("t", &q), None);
    }
}
