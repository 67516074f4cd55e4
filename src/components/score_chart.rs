//! The history of past quiz scores: a small plotters-canvas chart of the percentage per quiz,
//! with the same data as a table.

use std::error::Error;

use plotters::prelude::*;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::chart_canvas::drawing_area;
use crate::progress::Attempt;

#[derive(Properties, PartialEq)]
pub struct ScoreChartProps {
    pub history: Vec<Attempt>,
}

fn percent(a: &Attempt) -> f64 {
    if a.total == 0 {
        0.0
    } else {
        f64::from(a.score) * 100.0 / f64::from(a.total)
    }
}

fn draw(canvas: HtmlCanvasElement, history: &[Attempt]) -> Result<(), Box<dyn Error>> {
    let root = drawing_area(canvas, 200.0, 120.0)?;
    let n = history.len().max(2) as f64;
    let mut chart = ChartBuilder::on(&root)
        .margin(10)
        .x_label_area_size(22)
        .y_label_area_size(36)
        .build_cartesian_2d(0.5..n + 0.5, 0.0..100.0)?;
    let ink = RGBColor(110, 118, 128);
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(ink.mix(0.2))
        .axis_style(ink)
        .label_style(("sans-serif", 12).into_font().color(&ink))
        .x_labels(history.len().clamp(2, 10))
        .x_label_formatter(&|x| format!("{:.0}", x))
        .y_labels(5)
        .y_label_formatter(&|y| format!("{y:.0}%"))
        .draw()?;
    let accent = RGBColor(59, 130, 246);
    let points: Vec<(f64, f64)> = history
        .iter()
        .enumerate()
        .map(|(i, a)| ((i + 1) as f64, percent(a)))
        .collect();
    chart.draw_series(LineSeries::new(points.clone(), accent.stroke_width(2)))?;
    chart.draw_series(
        points
            .into_iter()
            .map(|p| Circle::new(p, 3, accent.filled())),
    )?;
    root.present()?;
    Ok(())
}

/// Past scores as a chart and a table.
#[component]
pub fn ScoreChart(props: &ScoreChartProps) -> Html {
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        use_effect_with(props.history.clone(), move |history| {
            if let Some(element) = canvas.cast::<HtmlCanvasElement>() {
                // The table below has the same data if the chart cannot be drawn.
                let _ = draw(element, history);
            }
        });
    }
    if props.history.is_empty() {
        return Html::default();
    }
    html! {
        <figure class="score-chart">
            <figcaption>{ "Your past scores" }</figcaption>
            <canvas ref={canvas} aria-hidden="true"></canvas>
            <details class="figure-table">
                <summary>{ "Past scores as a table" }</summary>
                <table>
                    <caption>{ "Past scores" }</caption>
                    <thead><tr><th scope="col">{ "Quiz" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Time" }</th></tr></thead>
                    <tbody>
                        for (i, a) in props.history.iter().enumerate() {
                            <tr>
                                <td>{ i + 1 }</td>
                                <td>{ format!("{} of {} ({:.0}%)", a.score, a.total, percent(a)) }</td>
                                <td>{ format!("{}:{:02}", a.seconds / 60, a.seconds % 60) }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
