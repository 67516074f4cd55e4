//! The root component: owns the state reducer, follows the location fragment and lays out the page.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::utils::{document, window};
use yew::prelude::*;

use crate::components::{
    ArticlePanel, NoticeBar, QuizPanel, SiteFooter, SiteHeader, TabBar, TabPanel, TimelinePanel,
};
use crate::route::{Route, Tab};
use crate::seeds;
use crate::state::{Action, AppState};

/// The current location fragment, e.g. `#/timeline`.
fn current_fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Sends the browser to `route`; the `hashchange` listener then updates the state, so links,
/// tab selection and back/forward all take the same path.
fn navigate(route: &Route) {
    // Setting the hash can only fail in a detached document; the view then stays as it is.
    let _ = window().location().set_hash(&route.to_fragment());
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState::from_fragment(&current_fragment()));
    let corpus = use_memo((), |_| seeds::builtin_corpus());

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
                    <ArticlePanel corpus={Rc::clone(&corpus)} />
                </TabPanel>
                <TabPanel tab={Tab::Timeline} {active}>
                    <TimelinePanel />
                </TabPanel>
                <TabPanel tab={Tab::Quiz} {active}>
                    <QuizPanel />
                </TabPanel>
            </main>
            <SiteFooter corpus={Rc::clone(&corpus)} />
        </>
    }
}
