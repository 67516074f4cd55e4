//! The main view switcher: a WAI-ARIA tab list with roving focus, arrow keys, Home and End.

use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::route::Tab;

#[derive(Properties, PartialEq)]
pub struct TabBarProps {
    /// The selected tab.
    pub active: Tab,
    /// Asks to show a tab (by click or keyboard).
    pub onselect: Callback<Tab>,
}

/// The tab a key moves to from `from`, if the key is a tab-list key.
fn tab_for_key(key: &str, from: Tab) -> Option<Tab> {
    match key {
        "ArrowRight" => Some(from.next()),
        "ArrowLeft" => Some(from.prev()),
        "Home" => Some(Tab::first()),
        "End" => Some(Tab::last()),
        _ => None,
    }
}

fn focus_tab(tab: Tab) {
    if let Some(element) = document()
        .get_element_by_id(&tab.tab_id())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Three tabs; selection follows focus, and only the selected tab is in the Tab order.
#[component]
pub fn TabBar(props: &TabBarProps) -> Html {
    let onkeydown = {
        let (active, onselect) = (props.active, props.onselect.clone());
        Callback::from(move |event: KeyboardEvent| {
            if let Some(tab) = tab_for_key(&event.key(), active) {
                event.prevent_default();
                onselect.emit(tab);
                focus_tab(tab);
            }
        })
    };

    html! {
        <div class="tab-bar" role="tablist" aria-label="Views" {onkeydown}>
            for tab in Tab::ALL {
                <button
                    type="button"
                    role="tab"
                    class="tab"
                    id={tab.tab_id()}
                    aria-controls={tab.panel_id()}
                    aria-selected={(tab == props.active).to_string()}
                    tabindex={if tab == props.active { "0" } else { "-1" }}
                    onclick={props.onselect.reform(move |_: MouseEvent| tab)}
                >
                    { tab.label() }
                </button>
            }
        </div>
    }
}
