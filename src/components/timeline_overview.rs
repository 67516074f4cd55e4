//! The overview strip above the axis: a plotters-canvas histogram of event density over the
//! whole span, with the visible window over it; dragging on the strip moves the window.
//! Mouse and touch only; the keyboard has the arrow and zoom keys.

use corpus::events::Event;
use corpus::timeline::{extent, Viewport};
use plotters::prelude::*;
use std::error::Error;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::chart_canvas::drawing_area;
use crate::same::Same;
use crate::timeline_state::Command;

#[derive(Properties, PartialEq)]
pub struct TimelineOverviewProps {
    pub events: Same<Vec<Event>>,
    pub shown: Same<Vec<usize>>,
    /// The whole span ("fit all").
    pub full: Viewport,
    /// The visible window.
    pub view: Viewport,
    pub oncommand: Callback<Command>,
}

const BINS: usize = 80;

/// How many shown events start in each of `BINS` equal slices of `full`.
fn density(events: &[Event], shown: &[usize], full: Viewport) -> Vec<u32> {
    let mut bins = vec![0u32; BINS];
    for &i in shown {
        let x = full.fraction(extent(events[i].date, events[i].end).start);
        let bin = (x * BINS as f64).floor().clamp(0.0, (BINS - 1) as f64) as usize;
        bins[bin] += 1;
    }
    bins
}

/// Draws the histogram; the visible window is an element over it, so that panning and zooming
/// never redraw the canvas (nor make the browser measure the page).
fn draw(canvas: HtmlCanvasElement, bins: &[u32]) -> Result<(), Box<dyn Error>> {
    let root = drawing_area(canvas, 100.0, 24.0)?;
    let top = f64::from(bins.iter().copied().max().unwrap_or(1).max(1));
    let mut chart = ChartBuilder::on(&root).build_cartesian_2d(0f64..1f64, 0f64..top * 1.1)?;
    let width = 1.0 / bins.len() as f64;
    let bar = RGBColor(59, 130, 246).mix(0.7).filled();
    chart.draw_series(bins.iter().enumerate().map(|(i, n)| {
        let x = i as f64 * width;
        Rectangle::new([(x, 0.0), (x + width * 0.85, f64::from(*n))], bar)
    }))?;
    root.present()?;
    Ok(())
}

/// The density strip with the visible window.
#[component]
pub fn TimelineOverview(props: &TimelineOverviewProps) -> Html {
    let canvas = use_node_ref();
    let dragging = use_mut_ref(|| false);
    let bins = use_memo(
        (
            props.events.clone(),
            props.shown.clone(),
            props.full.start.to_bits(),
            props.full.end.to_bits(),
        ),
        |(events, shown, ..)| density(events, shown, props.full),
    );
    {
        let canvas = canvas.clone();
        use_effect_with(bins.clone(), move |bins| {
            if let Some(element) = canvas.cast::<HtmlCanvasElement>() {
                // Drawing can only fail without a 2D context; the strip is an extra, so the
                // timeline stays usable without it.
                let _ = draw(element, bins);
            }
        });
    }
    let (a, b) = (
        props.full.fraction(props.view.start).clamp(0.0, 1.0),
        props.full.fraction(props.view.end).clamp(0.0, 1.0),
    );
    let window = format!(
        "left:{:.3}%;width:{:.3}%;",
        a * 100.0,
        (b - a).max(0.004) * 100.0
    );
    // Centre the window on the year under the pointer.
    let recentre = {
        let (canvas, full, view, oncommand) = (
            canvas.clone(),
            props.full,
            props.view,
            props.oncommand.clone(),
        );
        move |client_x: i32| {
            if let Some(element) = canvas.cast::<HtmlCanvasElement>() {
                let rect = element.get_bounding_client_rect();
                let fraction = (f64::from(client_x) - rect.left()) / rect.width().max(1.0);
                let year = full.start + fraction.clamp(0.0, 1.0) * full.span();
                oncommand.emit(Command::Pan(year - (view.start + view.end) / 2.0));
            }
        }
    };
    let onpointerdown = {
        let (dragging, recentre) = (dragging.clone(), recentre.clone());
        Callback::from(move |e: PointerEvent| {
            *dragging.borrow_mut() = true;
            recentre(e.client_x());
        })
    };
    let onpointermove = {
        let dragging = dragging.clone();
        Callback::from(move |e: PointerEvent| {
            if *dragging.borrow() {
                recentre(e.client_x());
            }
        })
    };
    let onpointerup = {
        let dragging = dragging.clone();
        Callback::from(move |_: PointerEvent| *dragging.borrow_mut() = false)
    };
    html! {
        <div class="timeline-overview" aria-hidden="true">
            <canvas ref={canvas} {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointerleave={onpointerup}></canvas>
            <div class="overview-window" style={window}></div>
        </div>
    }
}
