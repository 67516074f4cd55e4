//! A citation mark ("[2]") that opens the cited sentence in the Sources view.

use yew::prelude::*;

use crate::route::ArticleView;

#[derive(Properties, PartialEq)]
pub struct CitationLinkProps {
    /// 1-based number of the source document.
    pub number: usize,
    /// Title of the source document, for the accessible name.
    pub title: AttrValue,
    /// Raw byte offset of the cited sentence.
    pub at: usize,
}

/// A link to the cited sentence, named "Source 2: <title>" for screen readers.
#[component]
pub fn CitationLink(props: &CitationLinkProps) -> Html {
    let view = ArticleView::Sources {
        doc: Some(props.number),
        at: Some(props.at),
    };
    let href = format!("#{}", view.to_route().to_fragment());
    let label = format!("Source {}: {}", props.number, props.title);
    html! {
        <a class="cite" {href} aria-label={label} title={props.title.clone()}>{ format!("[{}]", props.number) }</a>
    }
}
