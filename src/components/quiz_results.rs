//! The end of a quiz: the score, the time taken, each mistake with its correct answer, and
//! "retry the missed ones".

use yew::prelude::*;

use crate::quiz_session::Session;

#[derive(Properties, PartialEq)]
pub struct QuizResultsProps {
    pub session: Session,
    pub seconds: u32,
    pub onretry: Callback<()>,
    pub onnew: Callback<()>,
    /// A message about saving, when it failed.
    #[prop_or_default]
    pub saving: Option<AttrValue>,
}

#[component]
pub fn QuizResults(props: &QuizResultsProps) -> Html {
    let s = &props.session;
    let mistakes = s.mistakes();
    // The score takes the focus when the quiz ends, not when its tab shows a finished quiz again.
    use_effect_with((), |_| {
        crate::location::focus_if_within("quiz-score", ".quiz")
    });
    html! {
        <div class="quiz-results">
            <h3 id="quiz-score" tabindex="-1">{ format!("You scored {} of {}", s.score(), s.questions.len()) }</h3>
            <p>{ format!("Time taken: {} min {:02} s", props.seconds / 60, props.seconds % 60) }</p>
            if let Some(message) = &props.saving {
                <p class="notice" role="status">{ message.clone() }</p>
            }
            if mistakes.is_empty() {
                <p>{ "No mistakes: every answer was right." }</p>
            } else {
                <h4>{ "Your mistakes" }</h4>
                <ol class="mistakes">
                    for (q, given) in &mistakes {
                        <li>
                            <p class="mistake-prompt">{ q.prompt.clone() }</p>
                            <p>{ format!("You answered: {} · The answer: {}", q.choices[*given], q.answer_text()) }</p>
                        </li>
                    }
                </ol>
            }
            <div class="quiz-actions">
                if !mistakes.is_empty() {
                    <button type="button" class="primary" onclick={props.onretry.reform(|_: MouseEvent| ())}>{ format!("Retry the {} missed", mistakes.len()) }</button>
                }
                <button type="button" onclick={props.onnew.reform(|_: MouseEvent| ())}>{ "New quiz" }</button>
            </div>
        </div>
    }
}
