//! The fact box: key facts beside the article (below it on a phone). A value the sources disagree
//! on reads as contested, and a disclosure lists every claim with its date, status and source
//! ([`ClaimList`]).

use corpus::factbox::FactRow;
use yew::prelude::*;

use crate::components::{citations, fact_row_id, ClaimList, FigureChart};
use crate::explorer::Shared;

#[derive(Properties, PartialEq)]
pub struct FactBoxProps {
    pub explorer: Shared,
}

fn row(explorer: &Shared, index: usize, r: &FactRow) -> Html {
    html! {
        <>
            <dt>{ r.label.clone() }</dt>
            <dd>
                if r.contested() {
                    <details class="contested" id={fact_row_id(&r.key)}>
                        <summary id={format!("{}-summary", fact_row_id(&r.key))}>
                            <span class="badge">{ "Contested" }</span>
                            { " " }<bdi>{ r.value.clone() }</bdi>
                        </summary>
                        <ClaimList explorer={explorer.clone()} row={index} />
                    </details>
                } else {
                    <bdi>{ r.value.clone() }</bdi>
                    { citations(explorer, &r.sources) }
                }
            </dd>
        </>
    }
}

/// The key facts of the subject.
#[component]
pub fn FactBox(props: &FactBoxProps) -> Html {
    let explorer = &props.explorer;
    if explorer.facts.is_empty() {
        return Html::default();
    }
    html! {
        <aside class="fact-box" aria-labelledby="fact-box-title">
            <h3 id="fact-box-title" elementtiming="fact-box">{ "Key facts" }</h3>
            <dl>
                for (i, r) in explorer.facts.iter().enumerate() { { row(explorer, i, r) } }
            </dl>
            if !explorer.figures.is_empty() {
                <h3 class="figures-title">{ "Figures over time" }</h3>
                for index in 0..explorer.figures.len() {
                    <FigureChart explorer={explorer.clone()} {index} />
                }
            }
        </aside>
    }
}
