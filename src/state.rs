//! Application state in one reducer: the current route and the last one of each tab, any notice
//! for the user, the reader's own documents, and the quiz under way.

use std::rc::Rc;

use yew::Reducible;

use crate::library::{Library, LibraryAction};
use crate::quiz_session::KeptQuiz;
use crate::route::{Collection, Route, Tab};

/// Everything the UI shows that is not derived from the corpus.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub route: Route,
    /// A short message for the user, e.g. when a link named no page.
    pub notice: Option<String>,
    pub library: Library,
    /// The quiz under way or just finished, kept while the Quiz tab is closed.
    pub quiz: Option<KeptQuiz>,
    /// The last view of each tab and collection shown, for the tab bar to go back to.
    pub visited: Vec<Route>,
}

/// What can happen to [`AppState`].
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The location fragment changed (load, link, back/forward, tab selection).
    LocationChanged(String),
    DismissNotice,
    Library(LibraryAction),
    /// The quiz moved on (started, answered, finished, restarted).
    QuizKept(KeptQuiz),
}

impl AppState {
    /// The state for a page loaded at `fragment`.
    pub fn from_fragment(fragment: &str) -> Self {
        AppState::default().apply(Action::LocationChanged(fragment.to_owned()))
    }

    /// Where choosing `tab` goes: the view it last showed for these documents, or its start.
    pub fn tab_route(&self, tab: Tab, collection: Collection) -> Route {
        self.visited
            .iter()
            .find(|r| (r.collection, r.tab) == (collection, tab))
            .cloned()
            .unwrap_or_else(|| Route::tab(tab).within(collection))
    }

    fn apply(mut self, action: Action) -> Self {
        match action {
            Action::LocationChanged(fragment) => match Route::parse(&fragment) {
                Ok(route) => {
                    self.visited
                        .retain(|r| (r.collection, r.tab) != (route.collection, route.tab));
                    self.visited.push(route.to_return_to());
                    self.route = route;
                    self.notice = None;
                }
                Err(unknown) => {
                    self.route = Route::default();
                    self.notice = Some(format!("{unknown}; showing the article instead."));
                }
            },
            Action::DismissNotice => self.notice = None,
            Action::Library(action) => {
                use LibraryAction::{Added, Loaded, Removed};
                if matches!(action, Added(_) | Removed(_) | Loaded(_)) {
                    // Other documents: their sections and events may be gone, tabs start afresh.
                    self.visited.retain(|r| r.collection != Collection::Yours);
                }
                self.library = std::mem::take(&mut self.library).apply(action);
            }
            Action::QuizKept(quiz) => self.quiz = Some(quiz),
        }
        self
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Tab;

    #[test]
    fn location_changes_select_the_tab() {
        let state = Rc::new(AppState::from_fragment("#/quiz"));
        assert_eq!(state.route.tab, Tab::Quiz);
        let state = state.reduce(Action::LocationChanged("#/timeline".into()));
        assert_eq!(state.route.tab, Tab::Timeline);
        assert_eq!(state.notice, None);
    }

    #[test]
    fn unknown_location_falls_back_to_the_article_with_a_notice() {
        let state = Rc::new(AppState::from_fragment("#/timeline"));
        let state = state.reduce(Action::LocationChanged("#/bogus".into()));
        assert_eq!(state.route.tab, Tab::Article);
        let notice = state.notice.clone().expect("a notice");
        assert!(notice.contains("#/bogus"), "{notice}");
        let state = state.reduce(Action::DismissNotice);
        assert_eq!(state.notice, None);
    }

    #[test]
    fn the_quiz_under_way_is_kept_across_location_changes() {
        use crate::quiz_session::{KeptQuiz, Phase, QuizSetup};
        let kept = KeptQuiz {
            identity: "builtin".into(),
            seed: 7,
            setup: QuizSetup::default(),
            phase: Phase::Start,
        };
        let state = Rc::new(AppState::from_fragment("#/quiz?seed=7"));
        let state = state.reduce(Action::QuizKept(kept.clone()));
        let state = state.reduce(Action::LocationChanged("#/article/sources/2".into()));
        let state = state.reduce(Action::LocationChanged("#/quiz".into()));
        assert_eq!(state.quiz, Some(kept));
    }

    #[test]
    fn a_tab_goes_back_to_the_view_it_last_showed_for_those_documents() {
        let state = Rc::new(AppState::from_fragment("#/article/history"));
        let state = state.reduce(Action::LocationChanged("#/timeline/e12".into()));
        let state = state.reduce(Action::LocationChanged("#/article/sources/2?at=310".into()));
        let state = state.reduce(Action::LocationChanged("#/yours/quiz?seed=3".into()));
        let at = |s: &AppState, tab, collection| s.tab_route(tab, collection).href();
        assert_eq!(
            at(&state, Tab::Article, Collection::Builtin),
            "#/article/sources/2"
        );
        assert_eq!(
            at(&state, Tab::Timeline, Collection::Builtin),
            "#/timeline/e12"
        );
        assert_eq!(
            at(&state, Tab::Quiz, Collection::Builtin),
            "#/quiz",
            "never shown: its start"
        );
        assert_eq!(
            at(&state, Tab::Quiz, Collection::Yours),
            "#/yours/quiz?seed=3"
        );
        let state = state.reduce(Action::Library(LibraryAction::DismissProblems));
        assert_eq!(
            at(&state, Tab::Quiz, Collection::Yours),
            "#/yours/quiz?seed=3"
        );
        let state = state.reduce(Action::Library(LibraryAction::Removed("d1".into())));
        assert_eq!(at(&state, Tab::Quiz, Collection::Yours), "#/yours/quiz");
        assert_eq!(state.visited.len(), 2, "one view per tab and documents");
    }
}
