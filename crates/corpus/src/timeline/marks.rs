//! What the axis draws: the marks of the shown events (clusters of those that would overlap at
//! this zoom) and their titles stacked in rows.

use super::*;

/// One thing drawn on the axis: a single event or a counted group of events that would overlap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Mark {
    Single { index: usize, x: f64 },
    Cluster { indices: Vec<usize>, x: f64 },
}

impl Mark {
    pub fn x(&self) -> f64 {
        match self {
            Mark::Single { x, .. } | Mark::Cluster { x, .. } => *x,
        }
    }

    pub fn indices(&self) -> Vec<usize> {
        match self {
            Mark::Single { index, .. } => vec![*index],
            Mark::Cluster { indices, .. } => indices.clone(),
        }
    }
}

/// The marks of the `shown` events (indices into `events`, in date order) that fall in the window
/// on an axis `width` px wide. Events whose starts are closer than `min_gap` px form one cluster.
/// Only visible events are returned, so the DOM stays small at any zoom.
pub fn layout(
    events: &[Event],
    shown: &[usize],
    view: Viewport,
    width: f64,
    min_gap: f64,
) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Vec::new();
    let mut group: Vec<(usize, f64)> = Vec::new();
    let flush = |group: &mut Vec<(usize, f64)>, marks: &mut Vec<Mark>| match group.len() {
        0 => {}
        1 => marks.push(Mark::Single {
            index: group[0].0,
            x: group[0].1,
        }),
        _ => {
            let x = group.iter().map(|(_, x)| x).sum::<f64>() / group.len() as f64;
            marks.push(Mark::Cluster {
                indices: group.iter().map(|(i, _)| *i).collect(),
                x,
            });
        }
    };
    for &i in shown {
        let e = extent(events[i].date, events[i].end);
        if !view.shows(e) {
            continue;
        }
        let x = view.fraction(e.start.max(view.start)) * width;
        if group.first().is_some_and(|(_, first)| x - first >= min_gap) {
            flush(&mut group, &mut marks);
            group.clear();
        }
        group.push((i, x));
    }
    flush(&mut group, &mut marks);
    marks
}

/// The indices of the events whose category is in `categories`, in date order.
pub fn filter(events: &[Event], categories: &[Category]) -> Vec<usize> {
    (0..events.len())
        .filter(|&i| categories.contains(&events[i].category))
        .collect()
}

/// Where each title goes under its lane's marks, as vis-timeline stacks its items: `labels` are
/// each title's left edge and width in pixels; they are placed in the order `order` gives (the
/// selected event first, then by date), each in the first of `rows` rows where it keeps `gap`
/// pixels from every other title, or nowhere when no row has room.
pub fn stack_labels(
    labels: &[(f64, f64)],
    order: impl IntoIterator<Item = usize>,
    rows: usize,
    gap: f64,
) -> Vec<Option<usize>> {
    let mut taken: Vec<Vec<(f64, f64)>> = vec![Vec::new(); rows];
    let mut out = vec![None; labels.len()];
    for i in order {
        let Some(&(left, width)) = labels.get(i) else {
            continue;
        };
        let (a, b) = (left - gap, left + width + gap);
        let free = |row: &Vec<(f64, f64)>| row.iter().all(|&(l, r)| b <= l || r <= a);
        if let Some(row) = taken.iter().position(free) {
            taken[row].push((left, left + width));
            out[i] = Some(row);
        }
    }
    out
}
