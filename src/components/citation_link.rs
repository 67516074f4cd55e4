//! A citation mark ("[2]") that opens the cited sentence in the Sources view. A view function,
//! not a component: it has no state, and the first view shows about seventy of them, each of
//! which would otherwise be a component to create and hydrate at start-up.

use yew::prelude::*;

use crate::route::ArticleView;

/// A link to the cited sentence (raw byte offset `at` in document `number`, 1-based), named
/// "Source 2: <title>" for screen readers.
pub fn citation_link(number: usize, title: &str, at: usize) -> Html {
    let view = ArticleView::Sources {
        doc: Some(number),
        at: Some(at),
    };
    let href = format!("#{}", view.to_route().to_fragment());
    let label = format!("Source {number}: {title}");
    html! {
        <a class="cite" {href} aria-label={label} title={title.to_string()}>{ format!("[{number}]") }</a>
    }
}
