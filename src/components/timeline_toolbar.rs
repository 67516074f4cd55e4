//! The timeline's controls: one toggle per category (with its colour), zoom in, zoom out and
//! "fit all".

use corpus::events::Category;
use yew::prelude::*;

use crate::timeline_state::Command;

#[derive(Properties, PartialEq)]
pub struct TimelineToolbarProps {
    /// The categories shown.
    pub categories: Vec<Category>,
    /// How many events each category has, in `Category::ALL` order.
    pub counts: Vec<usize>,
    pub oncommand: Callback<Command>,
}

/// Filter toggles and zoom buttons.
#[component]
pub fn TimelineToolbar(props: &TimelineToolbarProps) -> Html {
    let command = |c: Command| props.oncommand.reform(move |_: MouseEvent| c.clone());
    html! {
        <div class="timeline-toolbar">
            <div class="timeline-filters" role="group" aria-label="Show categories">
                for (category, count) in Category::ALL.iter().zip(&props.counts).filter(|(_, n)| **n > 0) {
                    <button
                        type="button"
                        class={classes!("filter", format!("cat-{}", category_slug(*category)))}
                        aria-pressed={props.categories.contains(category).to_string()}
                        onclick={command(Command::ToggleCategory(*category))}
                    >
                        <span class="swatch" aria-hidden="true"></span>
                        { format!("{} ({count})", category.label()) }
                    </button>
                }
            </div>
            <div class="timeline-zoom" role="group" aria-label="Zoom">
                <button type="button" onclick={command(Command::Zoom(1.6, None))} aria-keyshortcuts="+">{ "Zoom in" }</button>
                <button type="button" onclick={command(Command::Zoom(1.0 / 1.6, None))} aria-keyshortcuts="-">{ "Zoom out" }</button>
                <button type="button" onclick={command(Command::FitAll)}>{ "Fit all" }</button>
            </div>
        </div>
    }
}

/// A CSS-friendly name for a category ("crises").
pub fn category_slug(category: Category) -> &'static str {
    match category {
        Category::Founding => "founding",
        Category::Names => "names",
        Category::Crises => "crises",
        Category::Agreements => "agreements",
        Category::Campaigns => "campaigns",
        Category::Figures => "figures",
        Category::Other => "other",
    }
}
