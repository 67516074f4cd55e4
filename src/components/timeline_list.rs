//! The timeline as a list: every shown event in date order, grouped by decade, with its date,
//! title, category and citations. Selecting one selects it on the axis (and the address keeps
//! it), and the axis's selection is marked here. A page at a time, the selected event always
//! among them; the list is what a printed timeline shows.

use corpus::events::Event;
use yew::prelude::*;

use crate::components::timeline_toolbar::category_slug;
use crate::components::{citations, show_more, use_shown};
use crate::explorer::Shared;
use crate::same::Same;
use crate::timeline_state::Command;

#[derive(Properties, PartialEq)]
pub struct TimelineListProps {
    pub explorer: Shared,
    pub events: Same<Vec<Event>>,
    /// The events the filters show, in date order.
    pub shown: Same<Vec<usize>>,
    pub selected: Option<usize>,
    pub oncommand: Callback<Command>,
}

/// How many events the list shows at first, and how many more each "Show more events" adds.
const PAGE: usize = 100;

/// "2002 to 2006", "19 October 1953".
fn when(event: &Event) -> String {
    match event.end {
        Some(end) => format!("{} to {end}", event.date),
        None => event.date.to_string(),
    }
}

fn item(props: &TimelineListProps, index: usize) -> Html {
    let event = &props.events[index];
    let selected = Some(index) == props.selected;
    html! {
        <li class={classes!("list-event", format!("cat-{}", category_slug(event.category)), selected.then_some("selected"))}>
            <button type="button" class="list-select" aria-pressed={selected.to_string()}
                onclick={props.oncommand.reform(move |_: MouseEvent| Command::Select(index))}>
                <span class="list-date">{ when(event) }</span>{ " " }<bdi>{ event.title.clone() }</bdi>
            </button>
            <span class="list-category"><span class="swatch" aria-hidden="true"></span>{ event.category.label() }</span>
            { citations(&props.explorer, &event.sources) }
        </li>
    }
}

/// Every shown event, by decade.
#[component]
pub fn TimelineList(props: &TimelineListProps) -> Html {
    let shown = use_shown(PAGE);
    let total = props.shown.len();
    // The selected event is always listed: past the events shown, the list is the page of
    // events that holds it (a timeline of thousands never lists thousands at once, and moving
    // the selection by one redraws the list only at a page's edge).
    let position = props
        .selected
        .and_then(|s| props.shown.iter().position(|&i| i == s));
    let (start, end) = match position {
        Some(p) if p >= *shown => {
            let start = p / PAGE * PAGE;
            (start, (start + PAGE).min(total))
        }
        _ => (0, (*shown).min(total)),
    };
    let mut decades: Vec<(i32, Vec<usize>)> = Vec::new();
    for &i in &props.shown[start..end] {
        let decade = props.events[i].date.year().div_euclid(10) * 10;
        match decades.last_mut() {
            Some((d, list)) if *d == decade => list.push(i),
            _ => decades.push((decade, vec![i])),
        }
    }
    html! {
        <section class="timeline-list" aria-labelledby="timeline-list-title">
            <h3 id="timeline-list-title">{ "Every event, in date order" }</h3>
            if start > 0 {
                <p class="show-more">{ format!("{start} earlier events are on the axis (Home reaches the first).") }</p>
            }
            for (decade, list) in decades {
                <h4>{ format!("{decade}s") }</h4>
                <ol>
                    for i in list { { item(props, i) } }
                </ol>
            }
            if start == 0 {
                { show_more(&shown, (end, total, PAGE), "Show more events", "events") }
            }
        </section>
    }
}
