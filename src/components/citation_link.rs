//! A citation mark ("[2]") that opens the cited sentence in the Sources view. A view function,
//! not a component: it has no state, and the first view shows about seventy of them, each of
//! which would otherwise be a component to create and hydrate at start-up.

use yew::prelude::*;

use crate::explorer::Explorer;
use crate::route::ArticleView;

/// A link to the cited sentence (raw byte offset `at` in document `doc`), named
/// "Source 2: <title>" for screen readers.
pub fn citation_link(explorer: &Explorer, doc: corpus::DocId, at: usize) -> Html {
    let (number, title) = (doc.number(), explorer.doc_name(doc));
    let view = ArticleView::Sources {
        doc: Some(number),
        at: Some(at),
    };
    let href = explorer.href(view.to_route());
    let label = format!("Source {number}: {title}");
    html! {
        <a class="cite" {href} aria-label={label} title={title}>{ format!("[{number}]") }</a>
    }
}
