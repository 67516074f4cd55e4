//! The timeline's axis: era bands, one lane per category, the events (dots, spans, decade bands)
//! and counted clusters as options of one listbox, and the tick labels. Only what is in view is
//! in the DOM.

use corpus::events::{Category, Event};
use corpus::timeline::{extent, layout, ticks, Mark, Viewport};
use yew::prelude::*;

use crate::components::timeline_toolbar::category_slug;
use crate::explorer::Shared;
use crate::same::Same;
use crate::timeline_state::Command;

#[derive(Properties, PartialEq)]
pub struct TimelineAxisProps {
    pub explorer: Shared,
    pub events: Same<Vec<Event>>,
    pub shown: Same<Vec<usize>>,
    pub view: Viewport,
    /// Width of the axis in pixels (for clustering and ticks).
    pub width: f64,
    pub selected: Option<usize>,
    pub oncommand: Callback<Command>,
    pub onkeydown: Callback<KeyboardEvent>,
}

/// Events closer than this many pixels are drawn as one counted cluster.
const MIN_GAP: f64 = 22.0;

pub fn option_id(event: &Event) -> String {
    format!("event-{}", event.id)
}

/// "19 October 1953: The Constitution ..." (a range reads "2002 to 2006: ...").
pub fn event_name(event: &Event) -> String {
    match event.end {
        Some(end) => format!("{} to {end}: {}", event.date, event.title),
        None => format!("{}: {}", event.date, event.title),
    }
}

fn percent(fraction: f64) -> String {
    format!("{:.3}%", (fraction * 100.0).clamp(-50.0, 150.0))
}

/// The marks of one lane: clusters of nearby events, with the selected event always on its own.
fn lane_marks(
    events: &[Event],
    shown: &[usize],
    category: Category,
    props: &TimelineAxisProps,
) -> Vec<Mark> {
    let lane: Vec<usize> = shown
        .iter()
        .copied()
        .filter(|&i| events[i].category == category && Some(i) != props.selected)
        .collect();
    let mut marks = layout(events, &lane, props.view, props.width, MIN_GAP);
    if let Some(s) = props.selected.filter(|&s| events[s].category == category) {
        let e = extent(events[s].date, events[s].end);
        if props.view.shows(e) {
            marks.push(Mark::Single {
                index: s,
                x: props.view.fraction(e.start.max(props.view.start)) * props.width,
            });
        }
    }
    marks
}

fn single(props: &TimelineAxisProps, event: &Event, index: usize, lane: usize) -> Html {
    let e = extent(event.date, event.end);
    let left = props.view.fraction(e.start.max(props.view.start));
    let right = props.view.fraction(e.end.min(props.view.end));
    let spans = event.end.is_some() || matches!(event.date, corpus::dates::Date::Decade(_));
    let class = classes!(
        "mark",
        format!("cat-{}", category_slug(event.category)),
        spans.then_some("span"),
        matches!(event.date, corpus::dates::Date::Decade(_)).then_some("decade"),
        (Some(index) == props.selected).then_some("selected")
    );
    let style = format!(
        "left:{};top:{}rem;{}",
        percent(left),
        lane as f64 * 2.0 + 0.25,
        if spans {
            format!("width:{};", percent((right - left).max(0.004)))
        } else {
            String::new()
        }
    );
    html! {
        <div
            role="option"
            id={option_id(event)}
            {class}
            {style}
            aria-selected={(Some(index) == props.selected).to_string()}
            aria-label={event_name(event)}
            onclick={props.oncommand.reform(move |_: MouseEvent| Command::Select(index))}
        >
            if Some(index) == props.selected {
                <span class="mark-label" aria-hidden="true">{ event.title.clone() }</span>
            }
        </div>
    }
}

fn cluster(
    props: &TimelineAxisProps,
    events: &[Event],
    indices: &[usize],
    x: f64,
    lane: usize,
) -> Html {
    let first = &events[indices[0]];
    let last = &events[indices[indices.len() - 1]];
    let name = format!(
        "{} events, {} to {}: activate to zoom in",
        indices.len(),
        first.date,
        last.date
    );
    let ids = indices.to_vec();
    html! {
        <div
            role="option"
            id={format!("cluster-{}", first.id)}
            class={classes!("mark", "cluster", format!("cat-{}", category_slug(first.category)))}
            style={format!("left:{};top:{}rem;", percent(x / props.width), lane as f64 * 2.0 + 0.1)}
            aria-selected="false"
            aria-label={name}
            onclick={props.oncommand.reform(move |_: MouseEvent| Command::Expand(ids.clone()))}
        >
            { indices.len() }
        </div>
    }
}

/// The axis with its lanes, marks and ticks.
#[component]
pub fn TimelineAxis(props: &TimelineAxisProps) -> Html {
    let events = &props.events;
    // One index list per lane, computed once per filter change rather than per frame.
    let lanes = use_memo(
        (props.events.clone(), props.shown.clone()),
        |(events, shown)| {
            Category::ALL
                .iter()
                .map(|c| {
                    (
                        *c,
                        shown
                            .iter()
                            .copied()
                            .filter(|&i| events[i].category == *c)
                            .collect::<Vec<usize>>(),
                    )
                })
                .filter(|(_, lane)| !lane.is_empty())
                .collect::<Vec<_>>()
        },
    );
    let view = props.view;
    let active = props.selected.map(|i| option_id(&events[i]));
    html! {
        <div class="timeline-frame">
            <div class="eras" aria-hidden="true">
                for era in props.explorer.eras.iter().filter(|e| (e.end.unwrap_or(9999) as f64) >= view.start && (e.start as f64) <= view.end) {
                    <div class="era" style={{
                        let left = view.fraction(f64::from(era.start)).max(0.0);
                        let right = view.fraction(era.end.map_or(view.end, f64::from)).min(1.0);
                        format!("left:{};width:{};", percent(left), percent((right - left).max(0.0)))
                    }}>
                        <span>{ format!("{} {}–{}", era.abbreviation.clone().unwrap_or_else(|| era.name.clone()), era.start, era.end.map_or(String::new(), |y| y.to_string())) }</span>
                    </div>
                }
            </div>
            <div
                class="timeline-lanes"
                role="listbox"
                id="timeline-events"
                aria-label="Events in date order. Left and Right move, Enter opens details, plus and minus zoom."
                tabindex="0"
                aria-activedescendant={active}
                style={format!("height:{}rem;", lanes.len().max(1) as f64 * 2.0 + 0.5)}
                onkeydown={props.onkeydown.clone()}
            >
                for (lane, (category, indices)) in lanes.iter().enumerate() {
                    for mark in lane_marks(events, indices, *category, props) {
                        { match mark {
                            Mark::Single { index, .. } => single(props, &events[index], index, lane),
                            Mark::Cluster { indices, x } => cluster(props, events, &indices, x, lane),
                        } }
                    }
                }
            </div>
            <div class="ticks" aria-hidden="true">
                for tick in ticks(view, props.width) {
                    <span class="tick" style={format!("left:{};", percent(view.fraction(tick.year)))}>{ tick.label }</span>
                }
            </div>
        </div>
    }
}
