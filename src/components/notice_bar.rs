//! A dismissible status message for the user (e.g. a link that named no page).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    pub message: AttrValue,
    pub ondismiss: Callback<()>,
}

/// A polite status message with a "Dismiss" button.
#[component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let onclick = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status">
            <p>{ props.message.clone() }</p>
            <button type="button" class="notice-dismiss" {onclick}>{ "Dismiss" }</button>
        </div>
    }
}
