//! The browser side of routing and focus: reading and setting the location fragment, moving
//! focus, scrolling an element into view, tasks for later, and User Timing marks for
//! benchmarks. Everything else about routes is pure (`route.rs`). Outside a browser (the
//! build-time prerender) there is no window: reads give the defaults and marks do nothing.

use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Window};

use crate::route::Route;

/// The browser window, or `None` when rendering natively (the prerender has no browser).
pub fn browser() -> Option<Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// The current location fragment, e.g. `#/timeline`; empty in the prerender.
pub fn current_fragment() -> String {
    browser()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Sends the browser to `route`; the `hashchange` listener then updates the state, so links,
/// tab selection and back/forward all take the same path.
pub fn navigate(route: &Route) {
    // Setting the hash can only fail in a detached document; the view then stays as it is.
    let _ = window().location().set_hash(&route.to_fragment());
}

/// Shows `route` in the address bar without a new history entry (selection while browsing).
pub fn replace(route: &Route) {
    let _ = window().location().replace(&route.href());
}

/// Runs `f` in a task of its own, after whatever the browser has queued (`setTimeout` 0).
pub fn later(f: impl FnOnce() + 'static) {
    later_by(0, f);
}

/// Runs `f` in a task of its own after `delay_ms` milliseconds.
pub fn later_by(delay_ms: i32, f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), delay_ms);
}

/// A User Timing mark (`performance.mark`), for benchmarks.
pub fn perf_mark(name: &str) {
    if let Some(performance) = browser().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Runs `f` and records how long it took as the User Timing measure `name`, for benchmarks.
pub fn measured<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let start = format!("{name} (start)");
    perf_mark(&start);
    let result = f();
    perf_measure(name, &start);
    result
}

/// A User Timing measure from the mark `start` to now, for benchmarks.
pub fn perf_measure(name: &str, start: &str) {
    if let Some(performance) = browser().and_then(|w| w.performance()) {
        let _ = performance.measure_with_start_mark(name, start);
    }
}

fn element(id: &str) -> Option<HtmlElement> {
    document()
        .get_element_by_id(id)?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus(id: &str) {
    if let Some(e) = element(id) {
        let _ = e.focus();
    }
}

/// Moves keyboard focus to the element with this id if the focus is inside the element matching
/// `within` or nowhere (its control was just removed): a view that changes under the reader
/// takes the focus, but never from elsewhere on the page, such as the tab list being arrowed
/// along.
pub fn focus_if_within(id: &str, within: &str) {
    let here = match document().active_element() {
        None => true,
        Some(active) => {
            document().body().is_some_and(|body| *body == active)
                || active.closest(within).ok().flatten().is_some()
        }
    };
    if here {
        focus(id);
    }
}

/// Opens the `<details>` element with this id, if it exists.
pub fn open_details(id: &str) {
    if let Some(e) = element(id) {
        let _ = e.set_attribute("open", "");
    }
}

/// Scrolls the element with this id into the middle of the view, if it exists.
pub fn scroll_into_view(id: &str) {
    if let Some(e) = element(id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        e.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
