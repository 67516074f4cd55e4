//! The panel a main tab controls: always in the DOM (so `aria-controls` resolves), content only
//! while selected (so hidden views cost nothing at start-up).

use yew::prelude::*;

use crate::route::Tab;

#[derive(Properties, PartialEq)]
pub struct TabPanelProps {
    pub tab: Tab,
    pub active: Tab,
    pub children: Children,
}

/// A `role="tabpanel"` region labelled by its tab.
#[component]
pub fn TabPanel(props: &TabPanelProps) -> Html {
    let selected = props.tab == props.active;
    html! {
        <section
            role="tabpanel"
            class="tab-panel"
            id={props.tab.panel_id()}
            aria-labelledby={props.tab.tab_id()}
            tabindex="0"
            hidden={!selected}
        >
            if selected {
                { props.children.clone() }
            }
        </section>
    }
}
