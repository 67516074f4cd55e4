//! A list of citation marks: one per source document, each opening the cited sentence. A view
//! function, like [`citation_link`]: no state, and many of them on the first view.

use corpus::facts::{first_per_document, Source};
use yew::prelude::*;

use crate::components::citation_link;
use crate::explorer::Explorer;

/// "[1][2][3]": the first cited sentence of each document.
pub fn citations(explorer: &Explorer, sources: &[Source]) -> Html {
    html! {
        <span class="citations">
            for s in first_per_document(sources) {
                { citation_link(explorer, s.doc, s.start) }
            }
        </span>
    }
}
