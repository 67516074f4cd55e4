//! A list of citation marks: one per source document, each opening the cited sentence.

use corpus::facts::{first_per_document, Source};
use yew::prelude::*;

use crate::components::CitationLink;
use crate::explorer::Shared;

#[derive(Properties, PartialEq)]
pub struct CitationsProps {
    pub explorer: Shared,
    pub sources: Vec<Source>,
}

/// "[1][2][3]": the first cited sentence of each document.
#[component]
pub fn Citations(props: &CitationsProps) -> Html {
    html! {
        <span class="citations">
            for s in first_per_document(&props.sources) {
                <CitationLink number={s.doc.number()} title={props.explorer.doc_title(s.doc)} at={s.start} />
            }
        </span>
    }
}
