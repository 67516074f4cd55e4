//! The timeline's pointer surface: the wheel zooms around the pointer, one pointer drags the
//! window, two pinch-zoom it. It reports its width (on mount and on resize) and turns gestures
//! into timeline commands; the keyboard has the same commands on the axis.

use corpus::timeline::Viewport;
use gloo::events::EventListener;
use gloo::utils::window;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::timeline_state::Command;

#[derive(Properties, PartialEq)]
pub struct TimelineSurfaceProps {
    pub view: Viewport,
    pub width: f64,
    /// Whether `width` has been measured: until then the surface is laid out but not shown, so
    /// the marks never visibly jump from the guessed width to the real one.
    pub measured: bool,
    pub oncommand: Callback<Command>,
    /// Told the surface's width in pixels.
    pub onwidth: Callback<f64>,
    pub children: Children,
}

#[component]
pub fn TimelineSurface(props: &TimelineSurfaceProps) -> Html {
    let frame = use_node_ref();
    // The pointers down on the surface: (id, last x).
    let pointers = use_mut_ref(Vec::<(i32, f64)>::new);
    {
        let (frame, onwidth) = (frame.clone(), props.onwidth.clone());
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = frame.cast::<HtmlElement>() {
                    onwidth.emit(el.get_bounding_client_rect().width().max(200.0));
                }
            };
            measure();
            let listener = EventListener::new(&window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }
    let year_at = {
        let (frame, view) = (frame.clone(), props.view);
        move |client_x: f64| {
            let rect = frame
                .cast::<HtmlElement>()
                .map(|el| el.get_bounding_client_rect());
            let (left, w) = rect.map_or((0.0, 1.0), |r| (r.left(), r.width().max(1.0)));
            view.start + (client_x - left) / w * view.span()
        }
    };
    let onwheel = {
        let (oncommand, year_at) = (props.oncommand.clone(), year_at.clone());
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let factor = (-e.delta_y() * 0.0015).exp();
            oncommand.emit(Command::Zoom(
                factor,
                Some(year_at(f64::from(e.client_x()))),
            ));
        })
    };
    let onpointerdown = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            pointers
                .borrow_mut()
                .push((e.pointer_id(), f64::from(e.client_x())))
        })
    };
    let onpointermove = {
        let (pointers, oncommand, width, view) = (
            pointers.clone(),
            props.oncommand.clone(),
            props.width,
            props.view,
        );
        Callback::from(move |e: PointerEvent| {
            let mut pointers = pointers.borrow_mut();
            let Some(p) = pointers.iter().position(|(id, _)| *id == e.pointer_id()) else {
                return;
            };
            let x = f64::from(e.client_x());
            match pointers.len() {
                1 => {
                    let dx = x - pointers[p].1;
                    if dx.abs() >= 1.0 {
                        oncommand.emit(Command::Pan(-dx / width * view.span()));
                    }
                }
                2 => {
                    let other = pointers[1 - p].1;
                    let (before, after) = ((pointers[p].1 - other).abs(), (x - other).abs());
                    if before > 8.0 && after > 8.0 {
                        oncommand.emit(Command::Zoom(
                            after / before,
                            Some(year_at((x + other) / 2.0)),
                        ));
                    }
                }
                _ => {}
            }
            pointers[p].1 = x;
        })
    };
    let onpointerup = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            pointers
                .borrow_mut()
                .retain(|(id, _)| *id != e.pointer_id())
        })
    };
    html! {
        <div
            ref={frame}
            class={classes!("timeline-measure", (!props.measured).then_some("measuring"))}
            {onwheel}
            {onpointerdown}
            {onpointermove}
            onpointerup={onpointerup.clone()}
            onpointercancel={onpointerup.clone()}
            onpointerleave={onpointerup}
        >
            { props.children.clone() }
        </div>
    }
}
