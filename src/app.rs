//! The root component: owns the state reducer, follows the location fragment and lays out the page.

use gloo::events::EventListener;
use gloo::utils::{document, window};

use crate::explorer::{Explorer, Shared};
use crate::location::{current_fragment, navigate};
use yew::prelude::*;

use crate::components::{
    ArticlePanel, DocumentsBar, NoticeBar, QuizPanel, SiteFooter, SiteHeader, TabBar, TabPanel,
    TimelinePanel, YoursPending,
};
use crate::library::Preparation;
use crate::library_effects::{self, analyse, Dispatch, Running};
use crate::route::{timeline_event, ArticleView, Collection, Tab};
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The documents and everything derived from them, built before the app starts.
    pub explorer: Shared,
    /// The location fragment the app starts from; `None` reads the address bar. The build's
    /// prerender passes one for each view it writes into the page.
    #[prop_or_default]
    pub fragment: Option<AttrValue>,
}

impl AppProps {
    /// The built-in documents, as analysed at build time (the prerender, the browser, tests).
    pub fn builtin() -> Self {
        AppProps {
            explorer: Shared::new(Explorer::builtin()),
            fragment: None,
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let fragment = props.fragment.clone();
        use_reducer(move || {
            AppState::from_fragment(&fragment.map_or_else(current_fragment, |f| f.to_string()))
        })
    };
    let dispatch: Dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action| dispatcher.dispatch(Action::Library(action)))
        }))
        .clone()
    };

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&window(), "hashchange", move |_| {
                dispatcher.dispatch(Action::LocationChanged(current_fragment()));
            });
            move || drop(listener)
        });
    }
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| library_effects::load(dispatch));
    }
    use_analysis(&state, dispatch.clone());

    use_effect_with(state.route.tab, |tab| {
        document().set_title(&format!("{} · IOM Explorer", tab.label()));
    });

    let collection = state.route.collection;
    // A tab goes back to the view it last showed (read at the click, from the state as it is).
    let onselect = {
        let state = state.clone();
        Callback::from(move |tab: Tab| navigate(&state.tab_route(tab, collection)))
    };
    let onkeep = {
        let dispatcher = state.dispatcher();
        Callback::from(move |quiz| dispatcher.dispatch(Action::QuizKept(quiz)))
    };
    let seed_param = state.route.query_value("seed");
    let seed: Option<u64> = seed_param.and_then(|s| s.parse().ok());
    let bad_seed = seed_param.is_some() && seed.is_none();
    let ondismiss = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(Action::DismissNotice))
    };
    let active = state.route.tab;
    let shown = match collection {
        Collection::Builtin => Some(props.explorer.clone()),
        Collection::Yours => state.library.explorer().cloned(),
    };
    let panel = |tab: Tab, content: &dyn Fn(&Shared) -> Html| match &shown {
        Some(explorer) => content(explorer),
        None => html! { <YoursPending library={state.library.clone()} {tab} /> },
    };

    html! {
        <>
            <SiteHeader />
            <main id="main" class="site-main">
                <DocumentsBar library={state.library.clone()} {collection} tab={active} dispatch={dispatch.clone()} />
                if let Some(message) = state.notice.clone() {
                    <NoticeBar {message} {ondismiss} />
                }
                <TabBar {active} {onselect} />
                <TabPanel tab={Tab::Article} {active}>
                    { panel(Tab::Article, &|explorer| html! {
                        <ArticlePanel key={explorer.identity.clone()} explorer={explorer.clone()} view={ArticleView::from_route(&state.route)} />
                    }) }
                </TabPanel>
                <TabPanel tab={Tab::Timeline} {active}>
                    { panel(Tab::Timeline, &|explorer| html! {
                        <TimelinePanel key={explorer.identity.clone()} explorer={explorer.clone()} selected_id={timeline_event(&state.route).map(|id| AttrValue::from(id.to_string()))} synthetic={state.route.query_value("synthetic").and_then(|n| n.parse().ok())} />
                    }) }
                </TabPanel>
                <TabPanel tab={Tab::Quiz} {active}>
                    { panel(Tab::Quiz, &|explorer| html! {
                        <QuizPanel key={explorer.identity.clone()} explorer={explorer.clone()}
                            {seed} {bad_seed} onkeep={onkeep.clone()}
                            kept={state.quiz.clone().filter(|k| !bad_seed && k.resumes(&explorer.identity, seed))} />
                    }) }
                </TabPanel>
            </main>
            if let Some(explorer) = shown {
                <SiteFooter {explorer} />
            }
        </>
    }
}

/// Runs the analysis of the reader's documents in the pipeline worker while they are shown and
/// not analysed yet, and stops the worker once it is done or no longer wanted.
#[hook]
fn use_analysis(state: &UseReducerHandle<AppState>, dispatch: Dispatch) {
    let running = use_mut_ref(|| None::<Running>);
    let library = &state.library;
    let shown = state.route.collection == Collection::Yours;
    let working = matches!(library.preparation, Preparation::Working { .. });
    let documents = library.documents.clone();
    use_effect_with(
        (shown, library.wanted(), working),
        move |&(shown, wanted, working)| match wanted {
            Some(generation) if shown => {
                *running.borrow_mut() = analyse(dispatch, generation, documents);
            }
            None if !working => *running.borrow_mut() = None,
            _ => {}
        },
    );
}
