//! The Timeline tab's state and its one reducer: selection, details, category filters and the
//! view window. Pure Rust over the domain types, so every key's effect is tested natively.

use corpus::events::{Category, Event};
use corpus::timeline::{extent, filter, Viewport};

/// What the reader can do on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    /// Select an event and open its details.
    Select(usize),
    OpenDetails,
    CloseDetails,
    /// Zoom to show these events (a cluster was activated).
    Expand(Vec<usize>),
    /// Zoom by a factor (> 1 in) around a year; `None` zooms around the selection or the middle.
    Zoom(f64, Option<f64>),
    Pan(f64),
    FitAll,
    ToggleCategory(Category),
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineState {
    pub view: Viewport,
    pub categories: Vec<Category>,
    pub selected: Option<usize>,
    pub details: bool,
}

impl TimelineState {
    /// Everything shown, nothing selected; or the event `selected` chosen, its details open.
    pub fn new(events: &[Event], selected: Option<usize>) -> Self {
        let state = TimelineState {
            view: Viewport::fit(events),
            categories: Category::ALL.to_vec(),
            selected: None,
            details: false,
        };
        match selected {
            Some(i) if i < events.len() => state.apply(events, Command::Select(i)),
            _ => state,
        }
    }

    /// Indices of the events that pass the filters, in date order.
    pub fn shown(&self, events: &[Event]) -> Vec<usize> {
        filter(events, &self.categories)
    }

    pub fn apply(mut self, events: &[Event], command: Command) -> Self {
        let shown = self.shown(events);
        let position = self
            .selected
            .and_then(|s| shown.iter().position(|&i| i == s));
        let step = |to: Option<usize>| to.and_then(|p| shown.get(p).copied());
        match command {
            Command::Next => self.select(
                events,
                step(position.map_or(Some(0), |p| {
                    Some((p + 1).min(shown.len().saturating_sub(1)))
                })),
            ),
            Command::Previous => self.select(
                events,
                step(Some(position.map_or(0, |p| p.saturating_sub(1)))),
            ),
            Command::First => self.select(events, shown.first().copied()),
            Command::Last => self.select(events, shown.last().copied()),
            Command::Select(i) if i < events.len() => {
                self.select(events, Some(i));
                self.details = true;
            }
            Command::Select(_) => {}
            Command::OpenDetails => self.details = self.selected.is_some(),
            Command::CloseDetails => self.details = false,
            Command::Expand(indices) => {
                let spans: Vec<_> = indices
                    .iter()
                    .filter_map(|&i| events.get(i))
                    .map(|e| extent(e.date, e.end))
                    .collect();
                let start = spans.iter().map(|e| e.start).fold(f64::INFINITY, f64::min);
                let end = spans
                    .iter()
                    .map(|e| e.end)
                    .fold(f64::NEG_INFINITY, f64::max);
                if start.is_finite() && end.is_finite() {
                    let margin = ((end - start) * 0.3).max(0.25);
                    let middle = (start + end) / 2.0;
                    let zoomed = self
                        .view
                        .zoom(self.view.span() / (end - start + 2.0 * margin), middle);
                    self.view = zoomed.pan(middle - (zoomed.start + zoomed.end) / 2.0);
                }
            }
            Command::Zoom(factor, anchor) => {
                let selected = self
                    .selected
                    .and_then(|i| events.get(i))
                    .map(|e| extent(e.date, e.end).start);
                let anchor = anchor
                    .or(selected)
                    .unwrap_or((self.view.start + self.view.end) / 2.0);
                self.view = self.view.zoom(factor, anchor);
            }
            Command::Pan(years) => self.view = self.view.pan(years),
            Command::FitAll => {
                let visible: Vec<Event> = shown.iter().map(|&i| events[i].clone()).collect();
                self.view = Viewport::fit(if visible.is_empty() { events } else { &visible });
            }
            Command::ToggleCategory(c) => {
                match self.categories.iter().position(|x| *x == c) {
                    Some(p) => {
                        self.categories.remove(p);
                    }
                    None => self.categories.push(c),
                }
                let still = self.selected.is_some_and(|s| {
                    events
                        .get(s)
                        .is_some_and(|e| self.categories.contains(&e.category))
                });
                if !still {
                    self.selected = None;
                    self.details = false;
                }
            }
        }
        self
    }

    fn select(&mut self, events: &[Event], index: Option<usize>) {
        if let Some(e) = index.and_then(|i| events.get(i)) {
            self.selected = index;
            self.view = self.view.reveal(extent(e.date, e.end));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seeds::builtin_corpus;
    use corpus::analyze;

    fn events() -> Vec<Event> {
        analyze(&builtin_corpus()).events
    }

    #[test]
    fn arrows_walk_events_in_date_order_and_home_end_reach_the_ends() {
        let events = events();
        let mut s = TimelineState::new(&events, None);
        s = s.apply(&events, Command::Next);
        assert_eq!(s.selected, Some(0));
        let mut seen = vec![0];
        for _ in 1..events.len() {
            s = s.apply(&events, Command::Next);
            seen.push(s.selected.unwrap());
            let e = &events[s.selected.unwrap()];
            assert!(
                s.view.shows(extent(e.date, e.end)),
                "the selection is always in view"
            );
        }
        assert_eq!(seen, (0..events.len()).collect::<Vec<_>>());
        s = s.apply(&events, Command::Next);
        assert_eq!(s.selected, Some(events.len() - 1), "stops at the last");
        s = s.apply(&events, Command::First);
        assert_eq!(s.selected, Some(0));
        s = s.apply(&events, Command::Previous);
        assert_eq!(s.selected, Some(0), "stops at the first");
        s = s.apply(&events, Command::Last);
        assert_eq!(s.selected, Some(events.len() - 1));
    }

    #[test]
    fn details_open_and_close() {
        let events = events();
        let s = TimelineState::new(&events, Some(3));
        assert!(s.details && s.selected == Some(3));
        let s = s.apply(&events, Command::CloseDetails);
        assert!(!s.details);
        let s = s.apply(&events, Command::OpenDetails);
        assert!(s.details);
        let none = TimelineState::new(&events, None).apply(&events, Command::OpenDetails);
        assert!(!none.details, "nothing selected, nothing to open");
    }

    #[test]
    fn zoom_changes_the_window_and_fit_restores_it() {
        let events = events();
        let s = TimelineState::new(&events, None);
        let fit = s.view;
        let zoomed = s.clone().apply(&events, Command::Zoom(2.0, None));
        assert!((zoomed.view.span() - fit.span() / 2.0).abs() < 1e-9);
        let back = zoomed.apply(&events, Command::FitAll);
        assert_eq!(back.view, fit);
    }

    #[test]
    fn filters_hide_categories_and_drop_a_hidden_selection() {
        let events = events();
        let founding = events
            .iter()
            .position(|e| e.category == Category::Founding)
            .unwrap();
        let s = TimelineState::new(&events, Some(founding));
        let s = s.apply(&events, Command::ToggleCategory(Category::Founding));
        assert_eq!(s.selected, None);
        assert!(s
            .shown(&events)
            .iter()
            .all(|&i| events[i].category != Category::Founding));
        let s = s.apply(&events, Command::ToggleCategory(Category::Founding));
        assert_eq!(s.shown(&events).len(), events.len());
    }

    #[test]
    fn expanding_a_cluster_zooms_onto_it() {
        let events = events();
        let s = TimelineState::new(&events, None);
        let group = vec![0, 1];
        let e = s.clone().apply(&events, Command::Expand(group.clone()));
        assert!(e.view.span() < s.view.span());
        for i in group {
            assert!(e.view.shows(extent(events[i].date, events[i].end)));
        }
    }
}
