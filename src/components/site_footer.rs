//! The page footer: names every source document embedded in the page.

use yew::prelude::*;

use crate::explorer::Shared;

#[derive(Properties, PartialEq)]
pub struct SiteFooterProps {
    pub explorer: Shared,
}

/// `8869` → `"8.7 KB"`.
fn kilobytes(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

/// The content-info landmark with the list of embedded documents.
#[component]
pub fn SiteFooter(props: &SiteFooterProps) -> Html {
    html! {
        <footer class="site-footer">
            <div class="wrap">
                <h2 class="footer-title">{ "Source documents" }</h2>
                <p>{ "Embedded in this page, so everything works offline:" }</p>
                <ol class="source-list">
                    for doc in props.explorer.corpus.documents() {
                        <li>
                            <span class="source-title">{ props.explorer.doc_title(doc.id) }</span>
                            { " · " }
                            <span class="source-name">{ doc.name.clone() }</span>
                            { format!(" · {} · {} words", kilobytes(doc.size_bytes()), doc.word_count()) }
                        </li>
                    }
                </ol>
            </div>
        </footer>
    }
}
