//! The Timeline view: every dated event from the documents on one explorable axis.

use yew::prelude::*;

/// The interactive timeline.
#[component]
pub fn TimelinePanel() -> Html {
    html! {
        <div class="timeline">
            <h2>{ "Timeline" }</h2>
            <p>{ "Dated events from the source documents, on one axis." }</p>
        </div>
    }
}
