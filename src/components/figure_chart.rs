//! A figure over time (member states, budget, staff ...): a plotters-canvas chart of value
//! against year, each point labelled with its sources, and the same data as a table.

use std::error::Error;

use corpus::factbox::Series;
use corpus::numbers::format_number;
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::chart_canvas::drawing_area;
use crate::components::citations;
use crate::explorer::Shared;

#[derive(Properties, PartialEq)]
pub struct FigureChartProps {
    pub explorer: Shared,
    /// Index into the explorer's figures.
    pub index: usize,
}

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
    chart.draw_series(LineSeries::new(xy.clone(), accent.stroke_width(2)))?;
    chart.draw_series(series.points.iter().map(|p| {
        let docs: Vec<String> = p
            .sources
            .iter()
            .map(|s| s.doc.number().to_string())
            .collect();
        let label = format!("{} [{}]", format_number(p.value), docs.join(","));
        EmptyElement::at((p.x, p.value))
            + Circle::new((0, 0), 4, accent.filled())
            + Text::new(label, (-18, -20), font.clone())
    }))?;
    root.present()?;
    Ok(())
}

/// One figure: the chart (hidden from screen readers) and the table with the same data.
#[component]
pub fn FigureChart(props: &FigureChartProps) -> Html {
    let canvas = use_node_ref();
    let failed = use_state(|| false);
    let series = props.explorer.figures.get(props.index).cloned();
    {
        let (canvas, failed, series) = (canvas.clone(), failed.clone(), series.clone());
        use_effect_with((props.explorer.clone(), props.index), move |_| {
            if let (Some(element), Some(series)) = (canvas.cast::<HtmlCanvasElement>(), series) {
                failed.set(draw(element, &series).is_err());
            }
        });
    }
    let Some(series) = series else {
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
                        for p in &series.points {
                            <tr>
                                <td>{ p.date.to_string() }</td>
                                <td>{ format_number(p.value) }</td>
                                <td>{ citations(&props.explorer, &p.sources) }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
