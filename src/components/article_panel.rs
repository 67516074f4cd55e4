//! The Article view: one clean article from all the sources, its sections as inner tabs plus a
//! Sources tab, with the fact box beside it.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::tabs::{TabItem, Tabs};
use crate::components::{ArticleSearch, FactBox, SectionView, SourcesView};
use crate::explorer::Shared;
use crate::location::navigate;
use crate::route::{ArticleView, Collection};

#[derive(Properties, PartialEq)]
pub struct ArticlePanelProps {
    pub explorer: Shared,
    pub view: ArticleView,
}

const VIEW_ID: &str = "article-view";
const SOURCES_TAB: &str = "section-tab-sources";

fn tab_items(explorer: &Shared) -> Vec<TabItem> {
    let mut items: Vec<TabItem> = explorer
        .article
        .sections
        .iter()
        .map(|s| TabItem {
            id: format!("section-tab-{}", s.slug).into(),
            label: s.title.clone().into(),
            controls: VIEW_ID.into(),
        })
        .collect();
    items.push(TabItem {
        id: SOURCES_TAB.into(),
        label: "Sources".into(),
        controls: VIEW_ID.into(),
    });
    items
}

/// The article with its section tabs and the fact box.
#[component]
pub fn ArticlePanel(props: &ArticlePanelProps) -> Html {
    let explorer = &props.explorer;
    let items = use_memo(explorer.clone(), tab_items);
    let sections = &explorer.article.sections;
    let sources_index = sections.len();
    let active = match &props.view {
        ArticleView::Section(None) => 0,
        ArticleView::Section(Some(slug)) => {
            sections.iter().position(|s| &s.slug == slug).unwrap_or(0)
        }
        ArticleView::Sources { .. } => sources_index,
    };
    let onselect = {
        let slugs: Vec<String> = sections.iter().map(|s| s.slug.clone()).collect();
        let explorer = explorer.clone();
        Callback::from(move |i: usize| {
            let view = match slugs.get(i) {
                Some(slug) => ArticleView::Section(Some(slug.clone())),
                None => ArticleView::Sources {
                    doc: None,
                    at: None,
                },
            };
            navigate(&explorer.link(view.to_route()));
        })
    };
    // Search: every match across the sections; Enter moves to the next one, switching sections.
    let query = use_state(String::new);
    let current = use_state(|| None::<usize>);
    let hits = use_memo((explorer.clone(), (*query).clone()), |(e, q)| {
        corpus::search::search(&e.article, q)
    });
    let oninput = {
        let (query, current) = (query.clone(), current.clone());
        Callback::from(move |text: String| {
            query.set(text);
            current.set(None);
        })
    };
    let onmove = {
        let (hits, current, explorer) = (hits.clone(), current.clone(), explorer.clone());
        let (slugs, shown) = (
            sections.iter().map(|s| s.slug.clone()).collect::<Vec<_>>(),
            active,
        );
        Callback::from(move |step: isize| {
            let m = hits.len() as isize;
            if m == 0 {
                return;
            }
            let next = match *current {
                None if step > 0 => 0,
                None => m - 1,
                Some(i) => (i as isize + step).rem_euclid(m),
            } as usize;
            current.set(Some(next));
            let section = hits[next].section;
            if section != shown {
                if let Some(slug) = slugs.get(section) {
                    navigate(&explorer.link(ArticleView::Section(Some(slug.clone())).to_route()));
                }
            }
        })
    };
    let current_hit = (*current)
        .and_then(|i| hits.get(i))
        .filter(|h| h.section == active)
        .cloned();
    // A reader's documents may make an article of thousands of paragraphs: its text and its
    // fact box are drawn in a task after the frame, so that showing it is two short tasks
    // rather than one long one. The built-in article, prerendered and hydrated, is drawn at once.
    let drawn = use_state(|| explorer.collection != Collection::Yours);
    {
        let drawn = drawn.clone();
        use_effect_with((), move |_| {
            if !*drawn {
                crate::location::later(move || drawn.set(true));
            }
        });
    }
    let unknown = matches!(&props.view, ArticleView::Section(Some(slug)) if !sections.iter().any(|s| &s.slug == slug));
    html! {
        <div class="article-layout">
            <article class="article" aria-labelledby="article-title">
                <h2 id="article-title">{ explorer.article.title.clone() }</h2>
                if unknown {
                    <p class="notice" role="status">{ "That section does not exist; showing the first one." }</p>
                }
                <ArticleSearch query={(*query).clone()} count={hits.len()} current={*current} {oninput} {onmove} />
                <Tabs label="Article sections" items={Rc::clone(&items)} {active} {onselect} class="section-tabs" />
                <section role="tabpanel" id={VIEW_ID} class="article-view" tabindex="0" aria-labelledby={items[active].id.clone()}>
                    if *drawn {
                        { match &props.view {
                            ArticleView::Sources { doc, at } => html! { <SourcesView explorer={explorer.clone()} doc={*doc} at={*at} /> },
                            ArticleView::Section(_) if sections.is_empty() => html! { <p>{ "The documents contain no text to show." }</p> },
                            ArticleView::Section(_) => html! { <SectionView key={sections[active].slug.clone()} explorer={explorer.clone()} index={active} query={(*query).clone()} current={current_hit.clone()} /> },
                        } }
                    }
                </section>
            </article>
            if *drawn {
                <FactBox explorer={explorer.clone()} />
            }
        </div>
    }
}
