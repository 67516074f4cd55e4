//! The details of the selected timeline event: its date (and any other date some sources give),
//! title, category, and every source sentence with a link to it in the article's Sources view.

use corpus::events::Event;
use corpus::facts::quoted_once;
use yew::prelude::*;

use crate::explorer::Shared;
use crate::route::ArticleView;

#[derive(Properties, PartialEq)]
pub struct EventDetailsProps {
    pub explorer: Shared,
    pub event: Event,
    pub onclose: Callback<()>,
}

fn when(e: &Event) -> String {
    match e.end {
        Some(end) => format!("{} to {end}", e.date),
        None => e.date.to_string(),
    }
}

/// A region describing one event.
#[component]
pub fn EventDetails(props: &EventDetailsProps) -> Html {
    let event = &props.event;
    let explorer = &props.explorer;
    let onclick = props.onclose.reform(|_: MouseEvent| ());
    html! {
        <section class="event-details" aria-labelledby="event-details-title">
            <div class="event-details-head">
                <p class="event-date">{ when(event) }</p>
                <button type="button" class="close" {onclick}>{ "Close details" }</button>
            </div>
            <h3 id="event-details-title">{ event.title.clone() }</h3>
            <p class="event-category">{ event.category.label() }</p>
            if !event.other_dates.is_empty() {
                <p class="notice">
                    { "Sources disagree on the date: " }
                    { event.other_dates.iter().map(|o| o.date.to_string()).collect::<Vec<_>>().join(", ") }
                    { format!(" (besides {})", event.date) }
                </p>
            }
            <h4>{ format!("Stated by {} source sentence{}", event.sources.len(), if event.sources.len() == 1 { "" } else { "s" }) }</h4>
            <ul class="event-sources">
                for group in quoted_once(&event.sources) {
                    <li>
                        <blockquote>{ group[0].quote.clone() }</blockquote>
                        <p class="event-links">
                            if let Some(section) = explorer.article_section_of(group[0].doc, group[0].start) {
                                <a href={explorer.href(ArticleView::Section(Some(section.slug.clone())).to_route())}>
                                    { "In the article: " }<bdi>{ section.title.clone() }</bdi>
                                </a>
                                { " · " }
                            }
                            for s in group {
                                <a href={explorer.href(ArticleView::Sources { doc: Some(s.doc.number()), at: Some(s.start) }.to_route())}>
                                    { format!("[{}] ", s.doc.number()) }<bdi>{ explorer.doc_name(s.doc) }</bdi>{ ": read it in the source" }
                                </a>
                                { " " }
                            }
                        </p>
                    </li>
                }
            </ul>
        </section>
    }
}
