//! A synthetic load of events for the timeline benchmark.

use super::*;

/// `n` synthetic events spread over 1900–2020 at every precision and in every category, the same
/// for the same `seed`: the load for the timeline benchmark.
pub fn synthetic_events(n: usize, seed: u64) -> Vec<Event> {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = move |m: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % m.max(1)
    };
    let mut events: Vec<Event> = (0..n)
        .map(|i| {
            let year = 1900 + next(121) as i32;
            let (date, end) = match next(10) {
                0 => (Date::Decade(year / 10 * 10), None),
                1 => (
                    Date::Year(year),
                    Some(Date::Year(year + 1 + next(5) as i32)),
                ),
                2..=4 => (
                    Date::Month {
                        year,
                        month: 1 + next(12) as u8,
                    },
                    None,
                ),
                5 | 6 => (
                    Date::Day {
                        year,
                        month: 1 + next(12) as u8,
                        day: 1 + next(28) as u8,
                    },
                    None,
                ),
                _ => (Date::Year(year), None),
            };
            Event {
                id: format!("synthetic-{i}"),
                date,
                end,
                title: format!("Synthetic event {i}"),
                category: Category::ALL[next(Category::ALL.len() as u64) as usize],
                sources: Vec::new(),
                other_dates: Vec::new(),
            }
        })
        .collect();
    crate::order::sort_by(&mut events, |a, b| {
        a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id))
    });
    events
}
