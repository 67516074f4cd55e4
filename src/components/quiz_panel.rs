//! The Quiz view: questions generated from the extracted facts.

use yew::prelude::*;

/// The fact quiz.
#[component]
pub fn QuizPanel() -> Html {
    html! {
        <div class="quiz">
            <h2>{ "Quiz" }</h2>
            <p>{ "Questions generated from the facts in the source documents." }</p>
        </div>
    }
}
