//! One section of the article: its subheadings and paragraphs, each paragraph with the citation
//! marks of every source that says it. Text is rendered as text, never as HTML.

use corpus::{ArticleBlock, ArticleParagraph, ParagraphKind};
use yew::prelude::*;

use crate::components::CitationLink;
use crate::explorer::Shared;

#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    pub explorer: Shared,
    /// Index of the section in the article.
    pub index: usize,
}

fn paragraph(explorer: &Shared, p: &ArticleParagraph) -> Html {
    let class = match p.kind {
        ParagraphKind::Prose => "prose",
        ParagraphKind::ListItem => "list-item",
        ParagraphKind::Caption => "caption",
    };
    let citations = p.citations();
    html! {
        <p {class}>
            { p.text() }
            <span class="citations">
                for source in citations {
                    <CitationLink number={source.doc.number()} title={explorer.doc_title(source.doc)} at={source.start} />
                }
            </span>
        </p>
    }
}

/// A section's text.
#[component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    let Some(section) = props.explorer.article.sections.get(props.index) else {
        return html! { <p>{ "This section is empty." }</p> };
    };
    html! {
        <div class="section-view">
            <h3 class="section-title">{ section.title.clone() }</h3>
            for block in &section.blocks {
                { match block {
                    ArticleBlock::Subheading(title) => html! { <h4>{ title.clone() }</h4> },
                    ArticleBlock::Paragraph(p) => paragraph(&props.explorer, p),
                } }
            }
        </div>
    }
}
