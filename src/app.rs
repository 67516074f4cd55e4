//! The root component: owns the state reducer, follows the location fragment and lays out the page.

use gloo::events::EventListener;
use gloo::utils::{document, window};

use crate::explorer::{Explorer, Shared};
use crate::location::{current_fragment, navigate};
use yew::prelude::*;

use crate::components::{
    ArticlePanel, NoticeBar, QuizPanel, SiteFooter, SiteHeader, TabBar, TabPanel, TimelinePanel,
};
use crate::route::{timeline_event, ArticleView, Route, Tab};
use crate::seeds;
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The documents and everything derived from them, built before the app starts.
    pub explorer: Shared,
}

impl AppProps {
    /// The built-in documents, analysed at once (the prerender and tests; the browser builds them
    /// in steps).
    pub fn builtin() -> Self {
        AppProps {
            explorer: Shared::new(Explorer::new(seeds::builtin_corpus())),
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| AppState::from_fragment(&current_fragment()));
    let explorer = &props.explorer;

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&window(), "hashchange", move |_| {
                dispatcher.dispatch(Action::LocationChanged(current_fragment()));
            });
            move || drop(listener)
        });
    }

    use_effect_with(state.route.tab, |tab| {
        document().set_title(&format!("{} · IOM Explorer", tab.label()));
    });

    let onselect = Callback::from(|tab: Tab| navigate(&Route::tab(tab)));
    let ondismiss = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(Action::DismissNotice))
    };
    let active = state.route.tab;

    html! {
        <>
            <SiteHeader />
            <main id="main" class="site-main">
                if let Some(message) = state.notice.clone() {
                    <NoticeBar {message} {ondismiss} />
                }
                <TabBar {active} {onselect} />
                <TabPanel tab={Tab::Article} {active}>
                    <ArticlePanel explorer={explorer.clone()} view={ArticleView::from_route(&state.route)} />
                </TabPanel>
                <TabPanel tab={Tab::Timeline} {active}>
                    <TimelinePanel explorer={explorer.clone()} selected_id={timeline_event(&state.route).map(|id| AttrValue::from(id.to_string()))} synthetic={state.route.query_value("synthetic").and_then(|n| n.parse().ok())} />
                </TabPanel>
                <TabPanel tab={Tab::Quiz} {active}>
                    <QuizPanel explorer={explorer.clone()}
                        seed={state.route.query_value("seed").and_then(|s| s.parse().ok())}
                        bad_seed={state.route.query_value("seed").is_some_and(|s| s.parse::<u64>().is_err())} />
                </TabPanel>
            </main>
            <SiteFooter explorer={explorer.clone()} />
        </>
    }
}
