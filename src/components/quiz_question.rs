//! One quiz question: the prompt, the choices (mouse, touch, or keys 1–4 / T / F, then Enter),
//! and after checking, whether it was right, the answer, the explanation and the source sentence.

use corpus::facts::quoted_once;
use corpus::quiz::Question;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::citation_link;
use crate::explorer::Shared;
use crate::location::focus_if_within;

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
    /// A key pressed on the question, handled on the quiz as it is now (these props may be a
    /// redraw behind fast typing); true when it did something.
    pub onkey: Callback<String, bool>,
}

/// Whether a key is for the quiz's own shortcuts: not with Ctrl, Alt or Meta (the browser's),
/// and Enter not on a link, which it follows as usual. (On a button Enter is the quiz's when it
/// has something to do, so it checks the answer chosen; otherwise it presses the button.)
fn is_shortcut(e: &KeyboardEvent) -> bool {
    let on_link = || {
        e.target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a").ok().flatten())
            .is_some()
    };
    let browsers = e.ctrl_key() || e.alt_key() || e.meta_key();
    let follows_link = e.key() == "Enter" && on_link();
    !(browsers || follows_link)
}

const HEADING: &str = "quiz-question-prompt";

#[component]
pub fn QuizQuestion(props: &QuizQuestionProps) -> Html {
    // A new question takes the focus, so that screen readers read it and keys reach it; a quiz
    // resumed by choosing its tab leaves the focus on the tab.
    use_effect_with(props.index, |_| focus_if_within(HEADING, ".quiz"));
    let q = &props.question;
    let onkeydown = {
        let onkey = props.onkey.clone();
        Callback::from(move |e: KeyboardEvent| {
            if is_shortcut(&e) && onkey.emit(e.key()) {
                e.prevent_default();
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
                        <bdi>{ choice.clone() }</bdi>
                    </button>
                }
            </div>
            if props.checked {
                <div class={classes!("feedback", if right { "right" } else { "wrong" })} role="status">
                    <p class="verdict">{ if right { "Right.".to_string() } else { format!("Not quite. The answer is: {}", q.answer_text()) } }</p>
                    <p>{ q.explanation.clone() }</p>
                    // Two sentences at most, each once however many copies say it.
                    for group in quoted_once(&q.sources).into_iter().take(2) {
                        <blockquote>
                            <bdi>{ group[0].quote.clone() }</bdi>
                            for s in group { { citation_link(&props.explorer, s.doc, s.start) } }
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
