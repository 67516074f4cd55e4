//! The Article view: one clean, cited article built from all the source documents.

use std::rc::Rc;

use corpus::Corpus;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticlePanelProps {
    pub corpus: Rc<Corpus>,
}

/// The article assembled from the corpus.
#[component]
pub fn ArticlePanel(props: &ArticlePanelProps) -> Html {
    let words: usize = props
        .corpus
        .documents()
        .iter()
        .map(|d| d.word_count())
        .sum();
    html! {
        <article class="article">
            <h2>{ "Article" }</h2>
            <p class="article-lead">
                { format!(
                    "This article is assembled from {} source documents ({} words of raw text).",
                    props.corpus.len(),
                    words
                ) }
            </p>
        </article>
    }
}
