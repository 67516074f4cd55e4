//! The page footer: names every source document shown, embedded in the page or the reader's own.

use yew::prelude::*;

use crate::components::kilobytes;
use crate::explorer::Shared;
use crate::route::Collection;

#[derive(Properties, PartialEq)]
pub struct SiteFooterProps {
    pub explorer: Shared,
}

/// The content-info landmark with the list of embedded documents.
#[component]
pub fn SiteFooter(props: &SiteFooterProps) -> Html {
    html! {
        <footer class="site-footer">
            <div class="wrap">
                <h2 class="footer-title">{ "Source documents" }</h2>
                <p>{ match props.explorer.collection {
                    Collection::Builtin => "Embedded in this page, so everything works offline:",
                    Collection::Yours => "Your own, kept in this browser only (nothing is uploaded):",
                } }</p>
                <ol class="source-list">
                    for doc in &props.explorer.documents {
                        <li>
                            <bdi class="source-title">{ props.explorer.doc_name(doc.id) }</bdi>
                            { " · " }
                            <bdi class="source-name">{ doc.file.clone() }</bdi>
                            { format!(" · {} · {} words", kilobytes(doc.bytes), doc.words) }
                        </li>
                    }
                </ol>
            </div>
        </footer>
    }
}
