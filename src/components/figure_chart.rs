//! A figure over time (member states, budget, staff ...): a plotters-canvas chart of value
//! against year, each point labelled with its sources where the label overlaps no other, and
//! the same data as a table, a page at a time.

use std::error::Error;

use corpus::factbox::{Point, Series};
use corpus::facts::first_per_document;
use corpus::numbers::format_number;
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::chart_canvas::{drawing_area, place_labels, Cells};
use crate::components::{citations, show_more, use_shown};
use crate::explorer::Shared;

#[derive(Properties, PartialEq)]
pub struct FigureChartProps {
    pub explorer: Shared,
    /// Index into the explorer's figures.
    pub index: usize,
}

/// How many rows the table shows at first, and how many more each "Show more rows" adds.
const PAGE: usize = 60;

/// The canvas text colour, so the chart follows the light or dark theme.
fn ink(canvas: &HtmlCanvasElement) -> RGBColor {
    let color = gloo::utils::window()
        .get_computed_style(canvas)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("color").ok())
        .unwrap_or_default();
    let parts: Vec<u8> = color
        .trim_start_matches("rgba(")
        .trim_start_matches("rgb(")
        .trim_end_matches(')')
        .split(',')
        .filter_map(|p| p.trim().parse().ok())
        .collect();
    match parts.as_slice() {
        [r, g, b, ..] => RGBColor(*r, *g, *b),
        _ => RGBColor(40, 40, 40),
    }
}

/// Draws `series` on `canvas`, sized to the canvas's layout box.
fn draw(canvas: HtmlCanvasElement, series: &Series) -> Result<(), Box<dyn Error>> {
    let ink = ink(&canvas);
    let accent = RGBColor(59, 130, 246);
    let root = drawing_area(canvas, 200.0, 150.0)?;
    let (x0, x1) = (series.points[0].x, series.points[series.points.len() - 1].x);
    let (lo, hi) = series
        .points
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), p| {
            (lo.min(p.value), hi.max(p.value))
        });
    let pad = ((hi - lo) * 0.25).max(hi.abs() * 0.05).max(1.0);
    let mut chart = ChartBuilder::on(&root)
        .margin(12)
        .x_label_area_size(26)
        .y_label_area_size(52)
        .build_cartesian_2d((x0 - 0.8)..(x1 + 0.8), (lo - pad)..(hi + pad))?;
    let font = ("sans-serif", 13).into_font().color(&ink);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(ink.mix(0.15))
        .axis_style(ink.mix(0.6))
        .label_style(font.clone())
        .x_labels(6)
        .y_labels(5)
        .x_label_formatter(&|x| format!("{:.0}", x.floor()))
        .y_label_formatter(&|y| format_number(y.round()))
        .draw()?;
    let xy: Vec<(f64, f64)> = series.points.iter().map(|p| (p.x, p.value)).collect();
    chart.draw_series(LineSeries::new(xy, accent.stroke_width(2)))?;
    // One dot per spot of the canvas (thousands of figures draw what a few hundred do), and a
    // label where it overlaps no other: the table below gives every figure.
    let size = root.dim_in_pixel();
    let mut spots = Cells::new(size, 2);
    let dots: Vec<(f64, f64)> = series
        .points
        .iter()
        .map(|p| (p.x, p.value))
        .filter(|xy| spots.take(chart.backend_coord(xy)))
        .collect();
    chart.draw_series(
        dots.into_iter()
            .map(|xy| Circle::new(xy, 4, accent.filled())),
    )?;
    // "156 [2,3]": the figure and the documents that give it, each once.
    let label = |p: &Point| {
        let docs: Vec<String> = first_per_document(&p.sources)
            .iter()
            .map(|s| s.doc.number().to_string())
            .collect();
        format!("{} [{}]", format_number(p.value), docs.join(","))
    };
    let (char_w, char_h) = root.estimate_text_size("0000000000", &font)?;
    // A label is far larger than 8 pixels: of the points in one such cell, one may be labelled.
    let mut cells = Cells::new(size, 8);
    let candidates: Vec<(&Point, (i32, i32))> = series
        .points
        .iter()
        .map(|p| (p, chart.backend_coord(&(p.x, p.value))))
        .filter(|(_, at)| cells.take(*at))
        .collect();
    let texts: Vec<String> = candidates.iter().map(|(p, _)| label(p)).collect();
    let sized: Vec<_> = candidates
        .iter()
        .zip(&texts)
        .map(|((_, at), text)| {
            let width = text.chars().count() as u32 * char_w.div_ceil(10);
            (*at, (width, char_h))
        })
        .collect();
    let (xs, ys) = chart.plotting_area().get_pixel_range();
    let area = (xs.start, ys.start, xs.end, ys.end);
    let labels = candidates
        .iter()
        .zip(texts)
        .zip(place_labels(&sized, area))
        .filter_map(|(((p, _), text), at)| Some((*p, text, at?)));
    chart.draw_series(labels.map(|(p, text, at)| {
        EmptyElement::at((p.x, p.value)) + Text::new(text, at, font.clone())
    }))?;
    root.present()?;
    Ok(())
}

/// One figure: the chart (hidden from screen readers) and the table with the same data.
#[component]
pub fn FigureChart(props: &FigureChartProps) -> Html {
    let canvas = use_node_ref();
    let failed = use_state(|| false);
    let shown = use_shown(PAGE);
    {
        let (canvas, failed) = (canvas.clone(), failed.clone());
        use_effect_with(
            (props.explorer.clone(), props.index),
            move |(explorer, index)| {
                // Drawn in a task of its own, after the render that made the canvas.
                let (explorer, index) = (explorer.clone(), *index);
                crate::location::later(move || {
                    let series = explorer.figures.get(index);
                    if let (Some(element), Some(series)) =
                        (canvas.cast::<HtmlCanvasElement>(), series)
                    {
                        failed.set(draw(element, series).is_err());
                    }
                });
            },
        );
    }
    let Some(series) = props.explorer.figures.get(props.index) else {
        return Html::default();
    };
    let title = format!("{} over time", series.label);
    html! {
        <figure class="figure-chart">
            <figcaption>{ title.clone() }</figcaption>
            <canvas ref={canvas} aria-hidden="true"></canvas>
            if *failed {
                <p class="notice" role="status">{ "The chart could not be drawn; the table has the same figures." }</p>
            }
            <details class="figure-table">
                <summary>{ format!("{} as a table", series.label) }</summary>
                <table>
                    <caption>{ title }</caption>
                    <thead>
                        <tr><th scope="col">{ "As of" }</th><th scope="col">{ series.label.clone() }</th><th scope="col">{ "Sources" }</th></tr>
                    </thead>
                    <tbody>
                        for p in series.points.iter().take(*shown) {
                            <tr>
                                <td>{ p.date.to_string() }</td>
                                <td>{ format_number(p.value) }</td>
                                <td>{ citations(&props.explorer, &p.sources) }</td>
                            </tr>
                        }
                    </tbody>
                </table>
                { show_more(&shown, (*shown, series.points.len(), PAGE), "Show more rows", "rows") }
            </details>
        </figure>
    }
}
