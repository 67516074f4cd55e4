//! The timeline model: events placed on a time axis at their precision (an instant, a span, a
//! decade band), a zoomable and pannable view window, axis ticks that adapt from decades to years
//! to months, clustering of events that would overlap at the current zoom, and eras derived from
//! the organization's successive names. Pure geometry: the UI only draws what this returns.

use crate::dates::Date;
use crate::events::{Category, Event};
use crate::facts::Value;
use crate::pipeline::Analysis;
use serde::{Deserialize, Serialize};

/// Where an event sits on the axis, in fractional years: `start..end` (`end > start`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Extent {
    pub start: f64,
    pub end: f64,
}

/// 1953 → 1953.0..1954.0; October 1953 → its month; 19 October 1953 → its day; the 1950s → ten
/// years; a range → from its start to the end of its last unit.
pub fn extent(date: Date, end: Option<Date>) -> Extent {
    let span = |d: Date| -> (f64, f64) {
        let (y, m, day) = d.key();
        let y = f64::from(y);
        match d {
            Date::Decade(_) => (y, y + 10.0),
            Date::Year(_) => (y, y + 1.0),
            Date::Month { .. } => {
                let s = y + f64::from(m - 1) / 12.0;
                (s, s + 1.0 / 12.0)
            }
            Date::Day { .. } => {
                let s = y + f64::from(m - 1) / 12.0 + f64::from(day - 1) / 365.0;
                (s, s + 1.0 / 365.0)
            }
        }
    };
    let (start, first_end) = span(date);
    let end = end.map_or(first_end, |e| span(e).1.max(first_end));
    Extent { start, end }
}

/// The visible window of the axis, in fractional years.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Viewport {
    pub start: f64,
    pub end: f64,
}

/// The narrowest window: about two months.
const MIN_SPAN: f64 = 1.0 / 6.0;
/// The widest window: five centuries.
const MAX_SPAN: f64 = 500.0;

impl Viewport {
    /// A window showing every event, with a margin on both sides.
    pub fn fit(events: &[Event]) -> Viewport {
        let extents: Vec<Extent> = events.iter().map(|e| extent(e.date, e.end)).collect();
        let start = extents
            .iter()
            .map(|e| e.start)
            .fold(f64::INFINITY, f64::min);
        let end = extents
            .iter()
            .map(|e| e.end)
            .fold(f64::NEG_INFINITY, f64::max);
        if !start.is_finite() || !end.is_finite() {
            return Viewport {
                start: 1900.0,
                end: 2030.0,
            };
        }
        let margin = ((end - start) * 0.04).max(1.0);
        Viewport {
            start: start - margin,
            end: end + margin,
        }
        .clamped()
    }

    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    fn clamped(self) -> Viewport {
        let span = self.span().clamp(MIN_SPAN, MAX_SPAN);
        let middle = (self.start + self.end) / 2.0;
        Viewport {
            start: middle - span / 2.0,
            end: middle + span / 2.0,
        }
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the year `anchor` at the same place.
    pub fn zoom(self, factor: f64, anchor: f64) -> Viewport {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let span = (self.span() / factor).clamp(MIN_SPAN, MAX_SPAN);
        let ratio = if self.span() > 0.0 {
            (anchor - self.start) / self.span()
        } else {
            0.5
        };
        let start = anchor - span * ratio;
        Viewport {
            start,
            end: start + span,
        }
    }

    /// Moves the window by `years` (negative: back in time).
    pub fn pan(self, years: f64) -> Viewport {
        let years = if years.is_finite() { years } else { 0.0 };
        Viewport {
            start: self.start + years,
            end: self.end + years,
        }
    }

    /// The smallest move that brings `extent` into the window, with a margin.
    pub fn reveal(self, extent: Extent) -> Viewport {
        let margin = self.span() * 0.1;
        if extent.start < self.start + margin {
            self.pan(extent.start - margin - self.start)
        } else if extent.end > self.end - margin {
            self.pan((extent.end + margin - self.end).min(extent.start - margin - self.start))
        } else {
            self
        }
    }

    /// Position of a year as a fraction of the window's width (0 left edge, 1 right edge).
    pub fn fraction(&self, year: f64) -> f64 {
        (year - self.start) / self.span()
    }

    pub fn shows(&self, extent: Extent) -> bool {
        extent.end >= self.start && extent.start <= self.end
    }
}

mod eras;
mod marks;
mod synthetic;
mod ticks;

pub use eras::*;
pub use marks::*;
pub use synthetic::*;
pub use ticks::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Corpus;
    use crate::pipeline::analyze;

    fn event(date: Date, end: Option<Date>, category: Category) -> Event {
        Event {
            id: date.iso(),
            date,
            end,
            title: "x".into(),
            category,
            sources: Vec::new(),
            other_dates: Vec::new(),
        }
    }

    #[test]
    fn extents_follow_precision() {
        assert_eq!(
            extent(Date::Year(1953), None),
            Extent {
                start: 1953.0,
                end: 1954.0
            }
        );
        assert_eq!(
            extent(Date::Decade(1950), None),
            Extent {
                start: 1950.0,
                end: 1960.0
            }
        );
        assert_eq!(
            extent(Date::Year(2002), Some(Date::Year(2006))),
            Extent {
                start: 2002.0,
                end: 2007.0
            }
        );
        let day = extent(
            Date::Day {
                year: 1953,
                month: 10,
                day: 19,
            },
            None,
        );
        assert!((day.start - (1953.0 + 9.0 / 12.0 + 18.0 / 365.0)).abs() < 1e-9);
        assert!(day.end > day.start);
    }

    #[test]
    fn zoom_keeps_the_anchor_and_pan_moves() {
        let v = Viewport {
            start: 1950.0,
            end: 2050.0,
        };
        let z = v.zoom(2.0, 2000.0);
        assert_eq!((z.start, z.end), (1975.0, 2025.0));
        let z = v.zoom(4.0, 1950.0);
        assert_eq!((z.start, z.end), (1950.0, 1975.0));
        assert_eq!(
            v.pan(-10.0),
            Viewport {
                start: 1940.0,
                end: 2040.0
            }
        );
        assert!(v.zoom(1e9, 2000.0).span() >= MIN_SPAN);
        assert_eq!(v.zoom(f64::NAN, 2000.0), v);
    }

    #[test]
    fn reveal_brings_an_event_into_view() {
        let v = Viewport {
            start: 1950.0,
            end: 1960.0,
        };
        let e = extent(Date::Year(1975), None);
        assert!(v.reveal(e).shows(e));
        assert_eq!(v.reveal(extent(Date::Year(1955), None)), v);
    }

    #[test]
    fn ticks_adapt_from_decades_to_months() {
        let wide = ticks(
            Viewport {
                start: 1945.0,
                end: 2025.0,
            },
            800.0,
        );
        assert!(
            wide.iter()
                .all(|t| t.label.len() == 4 && t.year % 10.0 == 0.0),
            "{wide:?}"
        );
        let years = ticks(
            Viewport {
                start: 2000.0,
                end: 2010.0,
            },
            800.0,
        );
        assert!(years.iter().any(|t| t.label == "2005"));
        let months = ticks(
            Viewport {
                start: 2013.0,
                end: 2014.0,
            },
            900.0,
        );
        assert!(months.iter().any(|t| t.label == "Jun 2013"), "{months:?}");
    }

    #[test]
    fn a_tick_whose_label_would_be_cut_off_at_either_end_is_left_out() {
        let view = Viewport {
            start: 1949.5,
            end: 2000.5,
        };
        let labels =
            |width| -> Vec<String> { ticks(view, width).into_iter().map(|t| t.label).collect() };
        // Every 25 years on a 355 px axis: 1950 and 2000 would sit 3.5 px from the ends.
        assert_eq!(labels(355.0), ["1975"]);
        // Every year on a wide one, where half a year is room enough for a label.
        let wide = labels(5000.0);
        assert_eq!(wide.first().map(String::as_str), Some("1950"), "{wide:?}");
        assert_eq!(wide.last().map(String::as_str), Some("2000"), "{wide:?}");
    }

    #[test]
    fn close_events_cluster_and_far_ones_do_not() {
        let events = vec![
            event(Date::Year(1956), None, Category::Crises),
            event(Date::Year(1957), None, Category::Crises),
            event(Date::Year(1990), None, Category::Crises),
            event(Date::Year(2100), None, Category::Crises),
        ];
        let shown: Vec<usize> = (0..events.len()).collect();
        let view = Viewport {
            start: 1950.0,
            end: 2000.0,
        };
        let marks = layout(&events, &shown, view, 500.0, 20.0);
        assert_eq!(marks.len(), 2, "the 2100 event is out of view");
        assert_eq!(marks[0].indices(), [0, 1]);
        assert_eq!(marks[1].indices(), [2]);
        // Zoomed in, the cluster opens.
        let marks = layout(&events, &shown, view.zoom(10.0, 1956.5), 500.0, 20.0);
        assert_eq!(
            marks.iter().map(Mark::indices).collect::<Vec<_>>(),
            [vec![0], vec![1]]
        );
    }

    #[test]
    fn filtering_by_category() {
        let events = vec![
            event(Date::Year(1951), None, Category::Founding),
            event(Date::Year(1956), None, Category::Crises),
        ];
        assert_eq!(filter(&events, &[Category::Crises]), [1]);
        assert!(filter(&events, &[]).is_empty());
    }

    #[test]
    fn eras_follow_renamings() {
        let a = analyze(&Corpus::from_texts([(
            "a.txt",
            "The Acme Union (AU) is a body. It underwent a succession of name changes from the Acme Council (AC) in 1920, to the Acme League (AL) in 1950, and finally to the Acme Union (AU) in 1990.",
        )]));
        let eras = eras(&a);
        let spans: Vec<_> = eras
            .iter()
            .map(|e| (e.abbreviation.clone().unwrap(), e.start, e.end))
            .collect();
        assert_eq!(
            spans,
            [
                ("AC".to_string(), 1920, Some(1950)),
                ("AL".to_string(), 1950, Some(1990)),
                ("AU".to_string(), 1990, None)
            ]
        );
    }

    #[test]
    fn synthetic_events_are_many_sorted_and_reproducible() {
        let a = synthetic_events(10_000, 7);
        assert_eq!(a.len(), 10_000);
        assert!(a.windows(2).all(|w| w[0].date <= w[1].date));
        assert_eq!(a, synthetic_events(10_000, 7));
        let view = Viewport::fit(&a);
        let all: Vec<usize> = (0..a.len()).collect();
        let marks = layout(&a, &all, view, 1000.0, 22.0);
        assert!(
            marks.len() <= 60,
            "fit-all clusters 10,000 events into a few marks: {}",
            marks.len()
        );
        assert_eq!(
            marks.iter().map(|m| m.indices().len()).sum::<usize>(),
            a.len()
        );
    }

    #[test]
    fn an_empty_timeline_has_a_sane_window() {
        let v = Viewport::fit(&[]);
        assert!(v.span() > 0.0);
        assert!(layout(&[], &[], v, 800.0, 20.0).is_empty());
    }

    #[test]
    fn titles_stack_in_rows_without_overlap_and_the_first_in_order_always_fits() {
        // Four titles of 100 px, each 30 px after the last: two rows hold them alternately.
        let labels = [(0.0, 100.0), (30.0, 100.0), (60.0, 100.0), (200.0, 100.0)];
        let rows = stack_labels(&labels, [2, 0, 1, 3], 2, 4.0);
        assert_eq!(rows, [Some(1), None, Some(0), Some(0)]);
        // One row: what overlaps the first placed waits for room that never comes.
        assert_eq!(
            stack_labels(&labels, 0..4, 1, 4.0),
            [Some(0), None, None, Some(0)]
        );
        // Whatever the input, no two titles of one row overlap.
        let many: Vec<(f64, f64)> = (0..200)
            .map(|i| ((i * 37 % 1200) as f64, 40.0 + (i % 9) as f64 * 20.0))
            .collect();
        let placed = stack_labels(&many, 0..many.len(), 3, 4.0);
        for (i, a) in many.iter().enumerate() {
            for (j, b) in many.iter().enumerate().skip(i + 1) {
                if placed[i].is_some() && placed[i] == placed[j] {
                    assert!(
                        a.0 + a.1 + 4.0 <= b.0 || b.0 + b.1 + 4.0 <= a.0,
                        "{a:?} and {b:?}"
                    );
                }
            }
        }
    }
}
