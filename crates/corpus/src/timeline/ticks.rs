//! Axis ticks that adapt to the zoom: decades, years or months, never closer than their labels.

use super::*;

/// A labelled tick of the axis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tick {
    pub year: f64,
    pub label: String,
}

/// About half the width of one character of a tick's label, in pixels (labels are centred on
/// their tick, in small type).
const HALF_LABEL_CHAR: f64 = 4.0;

/// Ticks for the window on an axis `width` pixels wide: decades, years or months, whichever
/// gives labels at least ~70 px apart. A tick so close to either end that its centred label
/// would be cut off is left out.
pub fn ticks(view: Viewport, width: f64) -> Vec<Tick> {
    let per_year = width / view.span().max(1e-9);
    let steps: [(f64, bool); 9] = [
        (1.0 / 12.0, true),
        (0.25, true),
        (0.5, true),
        (1.0, false),
        (2.0, false),
        (5.0, false),
        (10.0, false),
        (25.0, false),
        (50.0, false),
    ];
    let (step, months) = steps
        .iter()
        .copied()
        .find(|(s, _)| s * per_year >= 70.0)
        .unwrap_or((100.0, false));
    let mut out = Vec::new();
    let mut t = (view.start / step).ceil() * step;
    while t <= view.end && out.len() < 400 {
        let label = if months {
            let year = t.floor();
            let month = ((t - year) * 12.0).round() as usize;
            if month == 0 || month == 12 {
                format!("{}", year as i64 + i64::from(month == 12))
            } else {
                format!("{} {}", &crate::dates::MONTHS[month][..3], year as i64)
            }
        } else {
            format!("{}", t.round() as i64)
        };
        let x = view.fraction(t) * width;
        let half = label.chars().count() as f64 * HALF_LABEL_CHAR;
        if x >= half && x <= width - half {
            out.push(Tick { year: t, label });
        }
        t += step;
    }
    out
}
