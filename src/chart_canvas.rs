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
