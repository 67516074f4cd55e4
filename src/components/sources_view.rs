//! The Sources view: every source document with what cleaning removed, and one cleaned document
//! with the cited sentence highlighted and scrolled into view.

use corpus::{AnalyzedDoc, DocId, ParagraphKind};
use yew::prelude::*;

use crate::explorer::Shared;
use crate::location::{focus, scroll_into_view};
use crate::route::ArticleView;

#[derive(Properties, PartialEq)]
pub struct SourcesViewProps {
    pub explorer: Shared,
    /// 1-based number of the document to show.
    pub doc: Option<usize>,
    /// Raw byte offset of the sentence to highlight.
    pub at: Option<usize>,
}

const CITED: &str = "cited-sentence";

fn document_list(props: &SourcesViewProps) -> Html {
    let explorer = &props.explorer;
    html! {
        <ol class="source-docs">
            for doc in &explorer.analysis.documents {
                <li>
                    <a
                        href={explorer.href(ArticleView::Sources { doc: Some(doc.id.number()), at: None }.to_route())}
                        aria-current={(props.doc == Some(doc.id.number())).then_some("page")}
                    >
                        { explorer.doc_name(doc.id) }
                    </a>
                    <span class="source-meta">{ source_meta(explorer, doc) }</span>
                </li>
            }
        </ol>
    }
}

fn cleaned_document(explorer: &Shared, doc: &AnalyzedDoc, at: Option<usize>) -> Html {
    html! {
        <section class="source-text" aria-labelledby="source-title">
            <h4 id="source-title">{ format!("[{}] ", doc.id.number()) }<bdi>{ explorer.doc_name(doc.id) }</bdi></h4>
            for section in &doc.doc.sections {
                if let Some(heading) = &section.heading {
                    <h5>{ heading.clone() }</h5>
                }
                for p in &section.paragraphs {
                    <p class={if p.kind == ParagraphKind::Caption { "caption" } else { "prose" }}>
                        for s in &p.sentences {
                            if Some(s.start) == at {
                                <mark id={CITED} tabindex="-1">{ s.text.clone() }</mark>
                            } else {
                                <span>{ s.text.clone() }</span>
                            }
                            { " " }
                        }
                    </p>
                }
            }
        </section>
    }
}

/// The list of sources and, when one is chosen, its cleaned text.
#[component]
pub fn SourcesView(props: &SourcesViewProps) -> Html {
    use_effect_with((props.doc, props.at), |(_, at)| {
        if at.is_some() {
            scroll_into_view(CITED);
            focus(CITED);
        }
    });
    let chosen = props
        .doc
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| props.explorer.analysis.document(DocId(i)));
    html! {
        <div class="sources-view">
            <h3 class="section-title">{ "Sources" }</h3>
            <p>{ "The documents this article is built from, cleaned of site menus, reference lists and other noise." }</p>
            { document_list(props) }
            { match (props.doc, chosen) {
                (_, Some(doc)) => cleaned_document(&props.explorer, doc, props.at),
                (Some(n), None) => html! { <p class="notice" role="status">{ format!("There is no source number {n}; choose one above.") }</p> },
                (None, None) => Html::default(),
            } }
        </div>
    }
}

/// What the list says after a document's name: its own title (when it is not the name), its
/// file, the noise removed, and whether it was put back in reading order.
fn source_meta(explorer: &crate::explorer::Explorer, doc: &AnalyzedDoc) -> String {
    let mut meta = String::new();
    if let Some(title) = explorer.doc_title(doc.id).filter(|t| *t != doc.name) {
        meta.push_str(" · ");
        meta.push_str(&title);
    }
    meta.push_str(&format!(
        " · {} · {} pieces of noise removed",
        doc.file,
        doc.doc.removed_total()
    ));
    if doc.doc.reordered {
        meta.push_str(" · put back in reading order");
    }
    meta
}
