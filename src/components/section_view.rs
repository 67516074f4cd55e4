//! One section of the article: its subheadings and paragraphs, each paragraph with the citation
//! marks of every source that says it. Text is rendered as text, never as HTML.

use corpus::search::{find_all, pieces, Hit};
use corpus::{ArticleBlock, ArticleParagraph, ParagraphKind};
use yew::prelude::*;

use crate::components::{citations, contest_note, show_more, use_shown};
use crate::explorer::Shared;
use crate::location::scroll_into_view;

#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    pub explorer: Shared,
    /// Index of the section in the article.
    pub index: usize,
    /// The search query whose matches are highlighted.
    #[prop_or_default]
    pub query: AttrValue,
    /// The match the reader moved to, when it is in this section.
    #[prop_or_default]
    pub current: Option<Hit>,
}

const CURRENT: &str = "search-current";

/// The paragraph's text with the query's matches marked, the current one with an id.
fn highlighted(text: &str, query: &str, current: Option<&Hit>) -> Html {
    let matches = find_all(text, query);
    if matches.is_empty() {
        return html! { { text.to_string() } };
    }
    let mut at = 0;
    html! {
        for (piece, hit) in pieces(text, &matches) {
            {{
                let start = at;
                at += piece.len();
                let is_current = hit && current.is_some_and(|c| c.range.start == start);
                match (hit, is_current) {
                    (true, true) => html! { <mark class="search-hit current" id={CURRENT}>{ piece.to_string() }</mark> },
                    (true, false) => html! { <mark class="search-hit">{ piece.to_string() }</mark> },
                    _ => html! { { piece.to_string() } },
                }
            }}
        }
    }
}

fn paragraph(
    explorer: &Shared,
    p: &ArticleParagraph,
    query: &str,
    current: Option<&Hit>,
    first: bool,
) -> Html {
    let sources: Vec<_> = p
        .sentences
        .iter()
        .flat_map(|s| s.sources.iter().cloned())
        .collect();
    let class = match p.kind {
        ParagraphKind::Prose => "prose",
        ParagraphKind::ListItem => "list-item",
        // A picture's caption, whose picture stayed in the source: set apart from the prose.
        ParagraphKind::Caption => {
            return html! {
                <figure class="caption">
                    <figcaption>
                        <span class="caption-label">{ "Picture in the source: " }</span>
                        <bdi>{ highlighted(&p.text(), query, current) }</bdi>
                        { citations(explorer, &sources) }
                    </figcaption>
                </figure>
            }
        }
    };
    // `elementtiming` lets the startup benchmark see when the first paragraph is painted.
    let text = html! {
        <p {class} elementtiming={first.then_some("first-paragraph")}>
            <bdi>{ highlighted(&p.text(), query, current) }</bdi>
            { citations(explorer, &sources) }
        </p>
    };
    // Most paragraphs have no contested figure: no fragment to render around them.
    if p.sentences.iter().all(|s| s.contested.is_empty()) {
        return text;
    }
    html! { <>{ text }{ contest_note(explorer, p) }</> }
}

/// How many blocks a section shows at first, and how many more each "Show more" adds: a long
/// section (a reader's document of megabytes) renders in pieces, so the page never stalls.
const PAGE: usize = 60;

/// A section's text.
#[component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    use_effect_with(props.current.clone(), |current| {
        if current.is_some() {
            scroll_into_view(CURRENT);
        }
    });
    let shown = use_shown(PAGE);
    let Some(section) = props.explorer.article.sections.get(props.index) else {
        return html! { <p>{ "This section is empty." }</p> };
    };
    // A search match further down is always shown.
    let limit = (*shown).max(props.current.as_ref().map_or(0, |hit| hit.block + 1));
    let total = section.blocks.len();
    html! {
        <div class="section-view">
            <h3 class="section-title">{ section.title.clone() }</h3>
            for (b, block) in section.blocks.iter().enumerate().take(limit) {
                { match block {
                    ArticleBlock::Subheading(title) => html! { <h4>{ title.clone() }</h4> },
                    ArticleBlock::Paragraph(p) => {
                        let current = props.current.as_ref().filter(|h| h.block == b);
                        let first = props.index == 0 && section.blocks[..b].iter().all(|b| !matches!(b, ArticleBlock::Paragraph(_)));
                        paragraph(&props.explorer, p, &props.query, current, first)
                    }
                } }
            }
            { show_more(&shown, (limit, total, PAGE), "Show more", "parts of this section") }
        </div>
    }
}
