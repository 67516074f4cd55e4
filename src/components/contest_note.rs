//! The note under a paragraph whose figures the sources give otherwise: which source gives which
//! figure instead, cited, and a button to each contested fact's claims in the fact box. A view
//! function, like [`citations`](super::citations).

use corpus::{ArticleParagraph, Contest};
use yew::prelude::*;

use crate::components::citations;
use crate::explorer::Explorer;
use crate::location::{focus, open_details, scroll_into_view};

/// The id of a contested fact box row's disclosure.
pub fn fact_row_id(key: &str) -> String {
    format!("fact-{key}")
}

/// "Document 004 gives $1.3 billion (not $1.8 billion), 8,400 staff (not 11,500 staff)", each
/// name and figure isolated, so that no document's script reorders the sentence around it.
fn says_otherwise(explorer: &Explorer, contest: &Contest) -> Html {
    let names = corpus::facts::first_per_document(&contest.sources);
    let verb = if names.len() == 1 {
        " gives "
    } else {
        " give "
    };
    html! {
        <>
            for (i, s) in names.iter().enumerate() {
                { if i > 0 { " and " } else { "" } }<bdi>{ explorer.doc_name(s.doc) }</bdi>
            }
            { verb }
            for (i, (ours, theirs)) in contest.figures.iter().enumerate() {
                { if i > 0 { ", " } else { "" } }<bdi>{ theirs.clone() }</bdi>{ " (not " }<bdi>{ ours.clone() }</bdi>{ ")" }
            }
        </>
    }
}

/// A button that opens a contested fact's claims in the fact box.
fn fact_button(explorer: &Explorer, key: &str) -> Option<Html> {
    let row = explorer
        .facts
        .iter()
        .find(|r| r.key == key && r.contested())?;
    let id = fact_row_id(key);
    let onclick = Callback::from(move |_: MouseEvent| {
        open_details(&id);
        scroll_into_view(&id);
        focus(&format!("{id}-summary"));
    });
    Some(html! {
        <button type="button" class="link-button" {onclick}
            aria-label={format!("{}: every claim, in Key facts", row.label)}>
            { row.label.clone() }
        </button>
    })
}

/// The note for a paragraph, or nothing when its figures are agreed.
pub fn contest_note(explorer: &Explorer, p: &ArticleParagraph) -> Html {
    let contests: Vec<&Contest> = p.sentences.iter().flat_map(|s| &s.contested).collect();
    if contests.is_empty() {
        return Html::default();
    }
    let more: usize = p.sentences.iter().map(|s| s.more_contested).sum();
    let mut keys: Vec<&str> = contests
        .iter()
        .flat_map(|c| &c.facts)
        .map(String::as_str)
        .collect();
    keys.dedup();
    let buttons: Vec<Html> = keys
        .iter()
        .filter_map(|k| fact_button(explorer, k))
        .collect();
    html! {
        <p class="contested-note">
            <span class="badge">{ "Sources differ" }</span>
            for c in contests {
                { " " }{ says_otherwise(explorer, c) }
                { citations(explorer, &c.sources) }
                { "." }
            }
            if more > 0 {
                { format!(" Sources give other figures {more} more times.") }
            }
            if !buttons.is_empty() {
                { " Every claim in Key facts: " }
                for (i, b) in buttons.into_iter().enumerate() {
                    if i > 0 { { ", " } }
                    { b }
                }
                { "." }
            }
        </p>
    }
}
