//! The Timeline view: every dated event on one axis, explorable by keyboard, mouse and touch,
//! with category filters, zoom, eras and the details of the selected event.

use std::rc::Rc;

use corpus::events::Category;
use gloo::events::EventListener;
use gloo::utils::window;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::timeline_axis::{event_name, TimelineAxis};
use crate::components::{EventDetails, TimelineToolbar};
use crate::explorer::Shared;
use crate::location::replace;
use crate::route::timeline_route;
use crate::timeline_state::{Command, TimelineState};

#[derive(Properties, PartialEq)]
pub struct TimelinePanelProps {
    pub explorer: Shared,
    /// The event the location selects (`#/timeline/<id>`).
    #[prop_or_default]
    pub selected_id: Option<AttrValue>,
}

/// The command a key stands for on the timeline, if any.
fn command_for_key(key: &str) -> Option<Command> {
    Some(match key {
        "ArrowRight" => Command::Next,
        "ArrowLeft" => Command::Previous,
        "Home" => Command::First,
        "End" => Command::Last,
        "Enter" | " " => Command::OpenDetails,
        "Escape" => Command::CloseDetails,
        "+" | "=" => Command::Zoom(1.6, None),
        "-" | "_" => Command::Zoom(1.0 / 1.6, None),
        _ => return None,
    })
}

/// The interactive timeline.
#[component]
pub fn TimelinePanel(props: &TimelinePanelProps) -> Html {
    let explorer = props.explorer.clone();
    let index_of = {
        let explorer = explorer.clone();
        move |id: &Option<AttrValue>| {
            id.as_ref().and_then(|id| {
                explorer
                    .analysis
                    .events
                    .iter()
                    .position(|e| e.id == id.as_str())
            })
        }
    };
    let state =
        use_state(|| TimelineState::new(&explorer.analysis.events, index_of(&props.selected_id)));
    let frame = use_node_ref();
    let width = use_state(|| 800.0);

    // Follow the location: a deep link or back/forward selects its event.
    {
        let (state, explorer) = (state.clone(), explorer.clone());
        use_effect_with(props.selected_id.clone(), move |id| {
            if let Some(i) = index_of(id) {
                if state.selected != Some(i) {
                    state.set(
                        (*state)
                            .clone()
                            .apply(&explorer.analysis.events, Command::Select(i)),
                    );
                }
            }
        });
    }
    // Measure the axis, and again when the window is resized.
    {
        let (frame, width) = (frame.clone(), width.clone());
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = frame.cast::<HtmlElement>() {
                    width.set(el.get_bounding_client_rect().width().max(200.0));
                }
            };
            measure();
            let listener = EventListener::new(&window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }

    let oncommand = {
        let (state, explorer) = (state.clone(), explorer.clone());
        Callback::from(move |command: Command| {
            let events = &explorer.analysis.events;
            let next = (*state).clone().apply(events, command);
            if next.selected != state.selected {
                replace(&timeline_route(
                    next.selected.map(|i| events[i].id.as_str()),
                ));
            }
            state.set(next);
        })
    };
    let onkeydown = {
        let oncommand = oncommand.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(command) = command_for_key(&e.key()) {
                e.prevent_default();
                oncommand.emit(command);
            }
        })
    };

    let events = &explorer.analysis.events;
    if events.is_empty() {
        return html! {
            <div class="timeline">
                <h2>{ "Timeline" }</h2>
                <p>{ "The documents contain no dated statements, so there is nothing to put on a timeline." }</p>
            </div>
        };
    }
    let shown = Rc::new(state.shown(events));
    let counts: Vec<usize> = Category::ALL
        .iter()
        .map(|c| events.iter().filter(|e| e.category == *c).count())
        .collect();
    let announce = state
        .selected
        .map(|i| event_name(&events[i]))
        .unwrap_or_default();
    html! {
        <div class="timeline">
            <h2>{ "Timeline" }</h2>
            <p class="timeline-summary">
                { format!("{} dated events from {} documents. ", events.len(), explorer.corpus.len()) }
                { "Select the timeline and use the arrow keys, or click an event." }
            </p>
            <TimelineToolbar categories={state.categories.clone()} {counts} oncommand={oncommand.clone()} />
            <div ref={frame} class="timeline-measure">
                <TimelineAxis
                    explorer={explorer.clone()}
                    shown={shown.clone()}
                    view={state.view}
                    width={*width}
                    selected={state.selected}
                    oncommand={oncommand.clone()}
                    {onkeydown}
                />
            </div>
            <p class="visually-hidden" aria-live="polite">{ announce }</p>
            if let (Some(index), true) = (state.selected, state.details) {
                <EventDetails explorer={explorer.clone()} {index} onclose={oncommand.reform(|_| Command::CloseDetails)} />
            } else if state.selected.is_some() {
                <p class="timeline-hint">{ "Press Enter or click the event for its sources." }</p>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_commands() {
        assert_eq!(command_for_key("ArrowRight"), Some(Command::Next));
        assert_eq!(command_for_key("Home"), Some(Command::First));
        assert_eq!(command_for_key("Escape"), Some(Command::CloseDetails));
        assert_eq!(command_for_key("+"), Some(Command::Zoom(1.6, None)));
        assert_eq!(command_for_key("a"), None);
    }
}
