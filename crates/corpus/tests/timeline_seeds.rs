//! The timeline model on the real seeds: eras from the renamings, every event on the axis at
//! "fit all", clusters that open as one zooms in.

mod common;

use common::load_seeds;
use corpus::events::Category;
use corpus::timeline::{eras, filter, layout, Viewport};
use corpus::{analyze, Analysis};

fn analysis() -> Analysis {
    analyze(&load_seeds())
}

#[test]
fn eras_come_from_the_renamings() {
    let eras = eras(&analysis());
    let spans: Vec<_> = eras
        .iter()
        .map(|e| (e.abbreviation.clone().unwrap_or_default(), e.start, e.end))
        .collect();
    assert_eq!(
        spans,
        [
            ("PICMME".to_string(), 1951, Some(1952)),
            ("ICEM".to_string(), 1952, Some(1980)),
            ("ICM".to_string(), 1980, Some(1989)),
            ("IOM".to_string(), 1989, None),
        ]
    );
}

#[test]
fn fit_all_shows_every_event_counting_clusters_by_size() {
    let a = analysis();
    let all: Vec<usize> = (0..a.events.len()).collect();
    let view = Viewport::fit(&a.events);
    for width in [360.0, 800.0, 1600.0] {
        let marks = layout(&a.events, &all, view, width, 24.0);
        let counted: usize = marks.iter().map(|m| m.indices().len()).sum();
        assert_eq!(counted, a.events.len(), "at {width} px");
    }
    let narrow = layout(&a.events, &all, view, 360.0, 24.0).len();
    let zoomed = layout(&a.events, &all, view.zoom(8.0, 2000.0), 360.0, 24.0);
    assert!(narrow < a.events.len(), "a phone-wide axis clusters");
    assert!(zoomed.iter().all(|m| m.x() >= 0.0 && m.x() <= 360.0));
}

#[test]
fn categories_cover_every_event_and_filter() {
    let a = analysis();
    let all = filter(&a.events, &Category::ALL);
    assert_eq!(all.len(), a.events.len());
    let crises = filter(&a.events, &[Category::Crises]);
    assert!(crises.len() >= 5);
    assert!(crises
        .iter()
        .all(|&i| a.events[i].category == Category::Crises));
    for c in [
        Category::Founding,
        Category::Names,
        Category::Agreements,
        Category::Figures,
    ] {
        assert!(!filter(&a.events, &[c]).is_empty(), "{c:?}");
    }
}
