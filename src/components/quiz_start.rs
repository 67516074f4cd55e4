//! The quiz start screen: length, question kinds, start or review what is due, past scores, and
//! "Reset progress" (which asks first).

use corpus::quiz::QuestionKind;
use yew::prelude::*;

use crate::components::ScoreChart;
use crate::progress::Attempt;
use crate::quiz_session::QuizSetup;

#[derive(Properties, PartialEq)]
pub struct QuizStartProps {
    pub setup: QuizSetup,
    /// How many questions the chosen kinds have.
    pub available: usize,
    /// How many questions are due for review.
    pub due: usize,
    pub history: Vec<Attempt>,
    pub seed: u64,
    pub onsetup: Callback<QuizSetup>,
    pub onstart: Callback<bool>,
    pub onreset: Callback<()>,
}

/// Choices for a new quiz.
#[component]
pub fn QuizStart(props: &QuizStartProps) -> Html {
    let confirming = use_state(|| false);
    let setup = &props.setup;
    let length_button = |length: Option<usize>, label: &str| {
        let onclick = {
            let (onsetup, setup) = (props.onsetup.clone(), setup.clone());
            Callback::from(move |_: MouseEvent| {
                onsetup.emit(QuizSetup {
                    length,
                    ..setup.clone()
                })
            })
        };
        html! {
            <button type="button" aria-pressed={(setup.length == length).to_string()} {onclick}>{ label.to_string() }</button>
        }
    };
    let kind_button = |kind: QuestionKind| {
        let on = setup.kinds.contains(&kind);
        let onclick = {
            let (onsetup, setup) = (props.onsetup.clone(), setup.clone());
            Callback::from(move |_: MouseEvent| {
                let mut kinds = setup.kinds.clone();
                if on && kinds.len() > 1 {
                    kinds.retain(|k| *k != kind);
                } else if !on {
                    kinds.push(kind);
                }
                onsetup.emit(QuizSetup {
                    kinds,
                    ..setup.clone()
                })
            })
        };
        html! { <button type="button" aria-pressed={on.to_string()} {onclick}>{ kind.label() }</button> }
    };
    let share = format!("#/quiz?seed={}", props.seed);
    html! {
        <div class="quiz-start">
            <p>{ format!("{} questions generated from the documents' facts; every answer links to its source sentence.", props.available) }</p>
            <div class="quiz-options">
                <div role="group" aria-label="Length">
                    <span class="group-label" aria-hidden="true">{ "Length" }</span>
                    { length_button(Some(10), "10 questions") }
                    { length_button(Some(20), "20 questions") }
                    { length_button(None, "All") }
                </div>
                <div role="group" aria-label="Question kinds">
                    <span class="group-label" aria-hidden="true">{ "Kinds" }</span>
                    for kind in QuestionKind::ALL { { kind_button(kind) } }
                </div>
            </div>
            <div class="quiz-actions">
                <button type="button" class="primary" onclick={props.onstart.reform(|_: MouseEvent| false)}>{ "Start the quiz" }</button>
                <button type="button" disabled={props.due == 0} onclick={props.onstart.reform(|_: MouseEvent| true)}>
                    { format!("Review what is due ({})", props.due) }
                </button>
            </div>
            <p class="quiz-share">
                { "Share this quiz with a class: " }
                <a href={share.clone()}>{ format!("quiz number {}", props.seed) }</a>
                { " (everyone with the link gets the same questions)." }
            </p>
            <ScoreChart history={props.history.clone()} />
            if !props.history.is_empty() {
                if *confirming {
                    <div class="confirm" role="alertdialog" aria-labelledby="reset-question">
                        <p id="reset-question">{ "Reset all quiz progress and past scores? This cannot be undone." }</p>
                        <button type="button" onclick={{ let (onreset, confirming) = (props.onreset.clone(), confirming.clone()); move |_: MouseEvent| { confirming.set(false); onreset.emit(()) } }}>{ "Yes, reset progress" }</button>
                        <button type="button" onclick={{ let confirming = confirming.clone(); move |_: MouseEvent| confirming.set(false) }}>{ "Cancel" }</button>
                    </div>
                } else {
                    <button type="button" class="reset" onclick={{ let confirming = confirming.clone(); move |_: MouseEvent| confirming.set(true) }}>{ "Reset progress" }</button>
                }
            }
        </div>
    }
}
