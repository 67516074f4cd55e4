//! The timeline's axis: era bands, one lane per category, the events (dots, spans, decade bands)
//! and counted clusters as options of one listbox, each event's title under it where it overlaps
//! no other, and the tick labels. Only what is in view is in the DOM.

use corpus::events::{Category, Event};
use corpus::timeline::{extent, layout, stack_labels, ticks, Mark, Viewport};
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

/// A lane's row of marks, and each row of titles under it, in rem.
const MARKS_REM: f64 = 2.0;
const TITLE_REM: f64 = 1.25;
/// How many rows of titles a lane has at most, the widest a title is drawn, about how wide a
/// character of a title is, and the room kept between two titles, in pixels.
const TITLE_ROWS: usize = 2;
const TITLE_MAX_PX: f64 = 340.0;
const TITLE_CHAR_PX: f64 = 8.4;
const TITLE_GAP_PX: f64 = 8.0;
/// Below this width (a phone) a lane has one row of titles, so that the axis stays short.
const NARROW_PX: f64 = 600.0;

/// Where a title goes: its row under the lane's marks, its left edge from its mark and its
/// width, in pixels.
type Title = (usize, f64, f64);

/// One lane as drawn: its marks, where each single event's title goes (its row, and its left
/// edge from the mark, in pixels) and how far down the lane starts.
struct Lane {
    marks: Vec<Mark>,
    titles: Vec<Option<Title>>,
    top: f64,
}

/// Titles for a lane's single events, stacked so that none overlaps another (the selected event
/// first: it always has its title), and the rows they take.
fn titles(
    events: &[Event],
    marks: &[Mark],
    props: &TimelineAxisProps,
) -> (Vec<Option<Title>>, usize) {
    let boxes: Vec<(f64, f64)> = marks
        .iter()
        .map(|mark| match mark {
            Mark::Single { index, x } => {
                let chars = events[*index].title.chars().count() as f64;
                let width = (chars * TITLE_CHAR_PX + 12.0)
                    .min(TITLE_MAX_PX)
                    .min(props.width - 8.0);
                (
                    (x - 4.0).clamp(2.0, (props.width - width - 2.0).max(2.0)),
                    width,
                )
            }
            // A cluster has no title: it opens into titled events as one zooms in.
            Mark::Cluster { .. } => (f64::NAN, 0.0),
        })
        .collect();
    let selected = marks
        .iter()
        .position(|m| matches!(m, Mark::Single { index, .. } if Some(*index) == props.selected));
    let order = selected.into_iter().chain(
        (0..marks.len())
            .filter(|&i| Some(i) != selected && matches!(marks[i], Mark::Single { .. })),
    );
    let rows = if props.width < NARROW_PX {
        1
    } else {
        TITLE_ROWS
    };
    let rows = stack_labels(&boxes, order, rows, TITLE_GAP_PX);
    let used = rows.iter().flatten().map(|r| r + 1).max().unwrap_or(0);
    let placed = rows
        .iter()
        .zip(marks.iter().zip(&boxes))
        .map(|(row, (mark, &(left, width)))| {
            // A dot's box starts half a dot left of its date; a span's at its date.
            let dot = match mark {
                Mark::Single { index, .. } if !spans(&events[*index]) => DOT_HALF_PX,
                _ => 0.0,
            };
            row.map(|r| (r, left - (mark.x() - dot), width))
        })
        .collect();
    (placed, used)
}

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

/// Half a dot's width in pixels (`.mark`: 0.9rem).
const DOT_HALF_PX: f64 = 7.2;

/// Whether an event is drawn as a span (a range, a decade) rather than a dot.
fn spans(event: &Event) -> bool {
    event.end.is_some() || matches!(event.date, corpus::dates::Date::Decade(_))
}

fn single(
    props: &TimelineAxisProps,
    event: &Event,
    index: usize,
    top: f64,
    title: Option<Title>,
) -> Html {
    let e = extent(event.date, event.end);
    let left = props.view.fraction(e.start.max(props.view.start));
    let right = props.view.fraction(e.end.min(props.view.end));
    let spans = spans(event);
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
        top + 0.25,
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
            if let Some((row, offset, width)) = title {
                <span class="mark-label" aria-hidden="true" title={event_name(event)}
                    style={format!("top:{}rem;left:{}px;max-width:{}px;", 1.3 + row as f64 * TITLE_REM, offset as i32, width as i32)}>
                    { event.title.clone() }
                </span>
            }
        </div>
    }
}

fn cluster(
    props: &TimelineAxisProps,
    events: &[Event],
    indices: &[usize],
    x: f64,
    top: f64,
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
            style={format!("left:{};top:{}rem;", percent(x / props.width), top + 0.1)}
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
    // Each lane's marks and titles, one under the other.
    let mut top = 0.0;
    let drawn: Vec<Lane> = lanes
        .iter()
        .map(|(category, indices)| {
            let marks = lane_marks(events, indices, *category, props);
            let (titles, rows) = titles(events, &marks, props);
            let lane = Lane { marks, titles, top };
            top += MARKS_REM + rows as f64 * TITLE_REM;
            lane
        })
        .collect();
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
                style={format!("height:{}rem;", top.max(MARKS_REM) + 0.5)}
                onkeydown={props.onkeydown.clone()}
            >
                for lane in drawn {
                    for (mark, title) in lane.marks.into_iter().zip(lane.titles) {
                        { match mark {
                            Mark::Single { index, .. } => single(props, &events[index], index, lane.top, title),
                            Mark::Cluster { indices, x } => cluster(props, events, &indices, x, lane.top),
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
