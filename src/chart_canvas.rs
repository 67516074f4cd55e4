//! Plotters on an HTML canvas: the setup every chart shares. The canvas's bitmap is sized to
//! its layout box (never below a minimum) and opened as a 2D drawing area.

use std::error::Error;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// The drawing area of `canvas`, sized to its layout box but at least `min_width` by
/// `min_height` pixels. Fails only when the canvas has no 2D context.
pub fn drawing_area(
    canvas: HtmlCanvasElement,
    min_width: f64,
    min_height: f64,
) -> Result<DrawingArea<CanvasBackend, Shift>, Box<dyn Error>> {
    let rect = canvas.get_bounding_client_rect();
    canvas.set_width(rect.width().max(min_width) as u32);
    canvas.set_height(rect.height().max(min_height) as u32);
    let backend =
        CanvasBackend::with_canvas_object(canvas).ok_or("the canvas has no 2D context")?;
    Ok(backend.into_drawing_area())
}

/// A canvas cut in square cells of `size` pixels, each taken or not: of thousands of points in
/// one spot, one is drawn (a grid, not a set: no sort compiled into the first download).
pub struct Cells {
    size: i32,
    columns: i32,
    taken: Vec<bool>,
}

impl Cells {
    pub fn new((width, height): (u32, u32), size: i32) -> Self {
        let (columns, rows) = (width as i32 / size + 1, height as i32 / size + 1);
        Cells {
            size,
            columns,
            taken: vec![false; (columns * rows) as usize],
        }
    }

    /// Takes the cell of pixel `(x, y)`: false when it was taken already. A pixel off the
    /// canvas is never drawn.
    pub fn take(&mut self, (x, y): (i32, i32)) -> bool {
        let (column, row) = (x.div_euclid(self.size), y.div_euclid(self.size));
        if x < 0 || y < 0 || column >= self.columns {
            return false;
        }
        match self.taken.get_mut((row * self.columns + column) as usize) {
            Some(cell) => !std::mem::replace(cell, true),
            None => false,
        }
    }
}

/// A label's box in pixels: left, top, right, bottom.
type Box2 = (i32, i32, i32, i32);

/// A point in pixels with the width and height of its label.
pub type Labelled = ((i32, i32), (u32, u32));

/// Where to put each point's label so that no two labels overlap nor leave `area` (left, top,
/// right, bottom): above its point, else below, else nowhere (the table beside the chart gives
/// every figure). `points` are pixel positions with their label's size; the latest point is
/// placed first, then the earliest, then the others from the latest back. Each answer is the
/// label's top-left offset from its point.
pub fn place_labels(points: &[Labelled], area: Box2) -> Vec<Option<(i32, i32)>> {
    let mut placed: Vec<Box2> = Vec::new();
    let mut out = vec![None; points.len()];
    let last = points.len().saturating_sub(1);
    let order = std::iter::once(last)
        .chain((last > 0).then_some(0))
        .chain((1..last).rev());
    for i in order {
        let ((x, y), (w, h)) = points[i];
        let (w, h) = (w as i32, h as i32);
        // Centred on the point, moved sideways to stay inside the area.
        let dx = (x - w / 2).clamp(area.0, (area.2 - w).max(area.0)) - x;
        for dy in [-h - 6, 6] {
            let bx = (x + dx, y + dy, x + dx + w, y + dy + h);
            let inside = bx.1 >= area.1 && bx.3 <= area.3;
            let free = placed
                .iter()
                .all(|p| bx.2 <= p.0 || p.2 <= bx.0 || bx.3 <= p.1 || p.3 <= bx.1);
            if inside && free {
                placed.push(bx);
                out[i] = Some((dx, dy));
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn overlap(a: Box2, b: Box2) -> bool {
        !(a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1)
    }

    #[test]
    fn labels_never_overlap_nor_leave_the_area_and_the_latest_is_always_shown() {
        let area = (0, 0, 300, 150);
        // Thousands of points close together, as dense figures give.
        let points: Vec<_> = (0..3000)
            .map(|i| ((10 + (i % 280), 40 + (i * 7) % 100), (60, 14)))
            .collect();
        let places = place_labels(&points, area);
        let boxes: Vec<Box2> = points
            .iter()
            .zip(&places)
            .filter_map(|(((x, y), (w, h)), p)| {
                p.map(|(dx, dy)| (x + dx, y + dy, x + dx + *w as i32, y + dy + *h as i32))
            })
            .collect();
        assert!(places[2999].is_some(), "the latest figure is labelled");
        assert!(boxes.len() >= 4, "{} labels", boxes.len());
        for (i, a) in boxes.iter().enumerate() {
            assert!(
                a.0 >= 0 && a.1 >= 0 && a.2 <= 300 && a.3 <= 150,
                "{a:?} leaves the area"
            );
            for b in &boxes[i + 1..] {
                assert!(!overlap(*a, *b), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn a_cell_is_taken_once_and_pixels_off_the_canvas_never() {
        let mut cells = Cells::new((100, 50), 8);
        assert!(cells.take((3, 3)));
        assert!(!cells.take((7, 0)), "the same cell");
        assert!(cells.take((8, 0)));
        assert!(cells.take((99, 49)));
        assert!(!cells.take((-1, 3)) && !cells.take((3, 400)) && !cells.take((120, 3)));
    }

    #[test]
    fn two_points_side_by_side_are_both_labelled_one_above_one_below() {
        let places = place_labels(
            &[((100, 75), (60, 14)), ((110, 70), (60, 14))],
            (0, 0, 300, 150),
        );
        let (a, b) = (places[0].unwrap(), places[1].unwrap());
        assert_ne!(a.1.signum(), b.1.signum(), "{a:?} {b:?}");
    }
}
