//! The main view switcher: Article, Timeline and Quiz as WAI-ARIA tabs.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::tabs::{TabItem, Tabs};
use crate::route::Tab;

#[derive(Properties, PartialEq)]
pub struct TabBarProps {
    /// The selected tab.
    pub active: Tab,
    /// Asks to show a tab (by click or keyboard).
    pub onselect: Callback<Tab>,
}

/// The three main tabs.
#[component]
pub fn TabBar(props: &TabBarProps) -> Html {
    let items = use_memo((), |_| {
        Tab::ALL
            .iter()
            .map(|tab| TabItem {
                id: tab.tab_id().into(),
                label: tab.label().into(),
                controls: tab.panel_id().into(),
            })
            .collect::<Vec<_>>()
    });
    let active = Tab::ALL
        .iter()
        .position(|t| *t == props.active)
        .unwrap_or(0);
    let onselect = props.onselect.reform(|i: usize| Tab::ALL[i]);
    html! {
        <Tabs label="Views" items={Rc::clone(&items)} {active} {onselect} class="tab-bar" />
    }
}
