//! The claims behind a contested fact of the fact box: each value with its date, status and
//! sources, a page at a time (a document of dated figures may make thousands).

use corpus::factbox::ClaimLine;
use corpus::reconcile::ClaimStatus;
use yew::prelude::*;

use crate::components::{citations, show_more, use_shown};
use crate::explorer::Shared;

#[derive(Properties, PartialEq)]
pub struct ClaimListProps {
    pub explorer: Shared,
    /// Index into the explorer's fact rows.
    pub row: usize,
}

/// How many claims show at first, and how many more each "Show more claims" adds.
const PAGE: usize = 12;

fn status(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::Latest => "latest",
        ClaimStatus::Superseded => "superseded by a later figure",
        ClaimStatus::Undated => "undated",
        ClaimStatus::Contradicted => "contradicted for the same date",
    }
}

fn claim(explorer: &Shared, c: &ClaimLine) -> Html {
    let date = c
        .as_of
        .map_or_else(|| "no date given".to_string(), |d| format!("as of {d}"));
    html! {
        <li>
            <bdi class="claim-value">{ c.value.clone() }</bdi>
            { format!(" — {date}, {}", status(c.status)) }
            { citations(explorer, &c.sources) }
        </li>
    }
}

/// Every claim of one fact row, a page at a time.
#[component]
pub fn ClaimList(props: &ClaimListProps) -> Html {
    let shown = use_shown(PAGE);
    let Some(row) = props.explorer.facts.get(props.row) else {
        return Html::default();
    };
    let total = row.claims.len();
    html! {
        <>
            <ul class="claims">
                for c in row.claims.iter().take(*shown) { { claim(&props.explorer, c) } }
            </ul>
            { show_more(&shown, (*shown, total, PAGE), "Show more claims", "claims") }
        </>
    }
}
