//! The Timeline view: every dated event on one axis, explorable by keyboard, mouse and touch,
//! with category filters, zoom, eras and the details of the selected event.

use corpus::events::{Category, Event};
use corpus::timeline::{synthetic_events, Viewport};
use yew::prelude::*;

use crate::components::timeline_axis::{event_name, option_id, TimelineAxis};
use crate::components::{
    EventDetails, TimelineList, TimelineOverview, TimelineSurface, TimelineToolbar,
};
use crate::explorer::Shared;
use crate::location::{perf_mark, perf_measure, replace};
use crate::route::timeline_route;
use crate::same::Same;
use crate::timeline_state::{Command, TimelineState};

#[derive(Properties, PartialEq)]
pub struct TimelinePanelProps {
    pub explorer: Shared,
    /// The event the location selects (`#/timeline/<id>`).
    #[prop_or_default]
    pub selected_id: Option<AttrValue>,
    /// Show this many synthetic events instead of the documents' (`?synthetic=N`, for the
    /// benchmark).
    #[prop_or_default]
    pub synthetic: Option<usize>,
}

/// Largest synthetic load accepted from a link.
const MAX_SYNTHETIC: usize = 100_000;

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
    let events: Same<Vec<Event>> =
        (*use_memo((explorer.clone(), props.synthetic), |(e, synthetic)| {
            Same::new(match synthetic {
                Some(n) => synthetic_events((*n).min(MAX_SYNTHETIC), 1),
                None => e.analysis.events.clone(),
            })
        }))
        .clone();
    let index_of = {
        let events = events.clone();
        move |id: &Option<AttrValue>| {
            id.as_ref()
                .and_then(|id| events.iter().position(|e| e.id == id.as_str()))
        }
    };
    let state = use_state(|| TimelineState::new(&events, index_of(&props.selected_id)));
    // Everything that depends only on the events (or the filters) is computed once, not per frame.
    let full = *use_memo(events.clone(), |events| Viewport::fit(events));
    let counts = use_memo(events.clone(), |events| {
        Category::ALL
            .iter()
            .map(|c| events.iter().filter(|e| e.category == *c).count())
            .collect::<Vec<usize>>()
    });
    // The surface's width in pixels, once measured; marks are laid out for a guess until then.
    let width = use_state(|| None::<f64>);
    let px = width.unwrap_or(800.0);

    // Follow the location: a deep link or back/forward selects its event, and shows it (the axis
    // may be taller than the screen).
    {
        let (state, events) = (state.clone(), events.clone());
        use_effect_with(props.selected_id.clone(), move |id| {
            if let Some(i) = index_of(id) {
                if state.selected != Some(i) {
                    state.set((*state).clone().apply(&events, Command::Select(i)));
                }
                // Effects run once the view is drawn: the option is there to scroll to.
                crate::location::scroll_into_view(&option_id(&events[i]));
            }
        });
    }
    // With the benchmark load, every update is timed from command to committed render.
    let bench = props.synthetic.is_some();
    use_effect_with((*state).clone(), move |_| {
        if bench {
            perf_measure("timeline-update", "timeline-command");
        }
    });
    let oncommand = {
        let (state, events, synthetic) = (state.clone(), events.clone(), props.synthetic);
        let explorer = explorer.clone();
        Callback::from(move |command: Command| {
            if bench {
                perf_mark("timeline-command");
            }
            let next = (*state).clone().apply(&events, command);
            if next.selected != state.selected {
                let mut route =
                    explorer.link(timeline_route(next.selected.map(|i| events[i].id.as_str())));
                // Keep the benchmark load in the address.
                route
                    .query
                    .extend(synthetic.map(|n| ("synthetic".to_string(), n.to_string())));
                replace(&route);
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

    // Every hook runs before the early return below, so their order never depends on the data.
    let shown: Same<Vec<usize>> = (*use_memo(
        (events.clone(), state.categories.clone()),
        |(events, categories)| Same::new(corpus::timeline::filter(events, categories)),
    ))
    .clone();
    if events.is_empty() {
        return html! {
            <div class="timeline">
                <h2>{ "Timeline" }</h2>
                <p>{ "The documents contain no dated statements (a sentence with a year, such as \"In 1951 ...\"), so there is nothing to put on a timeline." }</p>
            </div>
        };
    }
    let announce = state
        .selected
        .map(|i| event_name(&events[i]))
        .unwrap_or_default();
    html! {
        <div class="timeline">
            <h2>{ "Timeline" }</h2>
            <p class="timeline-summary">
                { match props.synthetic {
                    Some(_) => format!("{} synthetic events (benchmark load). ", events.len()),
                    None => format!("{} dated events from {} documents. ", events.len(), explorer.documents.len()),
                } }
                { "Select the timeline and use the arrow keys, or click an event." }
            </p>
            <TimelineToolbar categories={state.categories.clone()} counts={(*counts).clone()} oncommand={oncommand.clone()} />
            <TimelineOverview events={events.clone()} shown={shown.clone()} {full} view={state.view} oncommand={oncommand.clone()} />
            <TimelineSurface view={state.view} width={px} measured={width.is_some()} oncommand={oncommand.clone()} onwidth={{ let width = width.clone(); Callback::from(move |w| width.set(Some(w))) }}>
                <TimelineAxis
                    explorer={explorer.clone()}
                    events={events.clone()}
                    shown={shown.clone()}
                    view={state.view}
                    width={px}
                    selected={state.selected}
                    oncommand={oncommand.clone()}
                    {onkeydown}
                />
            </TimelineSurface>
            <p class="visually-hidden" aria-live="polite">{ announce }</p>
            if let (Some(index), true) = (state.selected, state.details) {
                <EventDetails explorer={explorer.clone()} event={events[index].clone()} onclose={oncommand.reform(|_| Command::CloseDetails)} />
            } else if state.selected.is_some() {
                <p class="timeline-hint">{ "Press Enter or click the event for its sources." }</p>
            }
            // The list comes with the app, below the axis: the prerendered copy (in every first
            // download) leaves it out, and adding it under the axis moves nothing.
            if cfg!(target_arch = "wasm32") {
                <TimelineList explorer={explorer.clone()} events={events.clone()} shown={shown.clone()} selected={state.selected} oncommand={oncommand.clone()} />
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
