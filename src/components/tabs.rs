//! A WAI-ARIA tab list: roving focus (only the selected tab is in the Tab order), arrow keys,
//! Home and End, from the focused tab; selection follows focus. Used for the main views and the
//! article's sections.

use std::rc::Rc;

use yew::prelude::*;

use crate::location::focus;

/// One tab: its DOM id, its visible name, and the id of the panel it controls.
#[derive(Clone, Debug, PartialEq)]
pub struct TabItem {
    pub id: AttrValue,
    pub label: AttrValue,
    pub controls: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    /// Accessible name of the tab list.
    pub label: AttrValue,
    pub items: Rc<Vec<TabItem>>,
    /// Index of the selected tab.
    pub active: usize,
    /// Asks to select a tab (by click or keyboard).
    pub onselect: Callback<usize>,
    #[prop_or_default]
    pub class: Classes,
}

/// The index a key moves to from `from` among `len` tabs, if it is a tab-list key.
fn index_for_key(key: &str, from: usize, len: usize) -> Option<usize> {
    match key {
        _ if len == 0 => None,
        "ArrowRight" => Some((from + 1) % len),
        "ArrowLeft" => Some((from + len - 1) % len),
        "Home" => Some(0),
        "End" => Some(len - 1),
        _ => None,
    }
}

#[component]
pub fn Tabs(props: &TabsProps) -> Html {
    let onkeydown = {
        let (items, active, onselect) = (props.items.clone(), props.active, props.onselect.clone());
        Callback::from(move |event: KeyboardEvent| {
            // From the focused tab, not the selected one: a second key can come before the
            // app has rendered the selection the first one asked for.
            let from = event
                .target_dyn_into::<web_sys::Element>()
                .and_then(|tab| items.iter().position(|item| item.id == tab.id()))
                .unwrap_or(active);
            if let Some(i) = index_for_key(&event.key(), from, items.len()) {
                event.prevent_default();
                onselect.emit(i);
                focus(&items[i].id);
            }
        })
    };
    html! {
        <div class={classes!("tab-list", props.class.clone())} role="tablist" aria-label={props.label.clone()} {onkeydown}>
            for (i, item) in props.items.iter().enumerate() {
                <button
                    type="button"
                    role="tab"
                    class="tab"
                    id={item.id.clone()}
                    aria-controls={item.controls.clone()}
                    aria-selected={(i == props.active).to_string()}
                    tabindex={if i == props.active { "0" } else { "-1" }}
                    onclick={props.onselect.reform(move |_: MouseEvent| i)}
                >
                    { item.label.clone() }
                </button>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_wrap_and_jump() {
        assert_eq!(index_for_key("ArrowRight", 2, 3), Some(0));
        assert_eq!(index_for_key("ArrowLeft", 0, 3), Some(2));
        assert_eq!(index_for_key("Home", 2, 3), Some(0));
        assert_eq!(index_for_key("End", 0, 3), Some(2));
        assert_eq!(index_for_key("a", 0, 3), None);
        assert_eq!(index_for_key("End", 0, 0), None);
    }
}
