//! The prerendered first view: how the build writes the server-rendered article into
//! `index.html`, and how the app adopts it without a flash or a layout shift.
//!
//! The page holds one empty `<div id="app">`. At build time `bin/prerender` fills it with the
//! app's own markup for the default route (Yew's server renderer: text is escaped, never raw),
//! with hydration markers. In the browser Yew hydrates that markup: it keeps the elements and
//! attaches the app to them.
//!
//! The other top-level views (the timeline, the quiz) are prerendered too, each in an inert
//! `<template data-fragment>` after the mount point. A page opened on a link to one of them shows
//! that copy at once (the script after the mount point in `index.html`), and the app renders the
//! view afresh when it starts: it may differ (saved progress, a new quiz number), so it is not
//! hydrated.

/// The element the app is mounted on, which the prerender fills.
pub const ROOT_ID: &str = "app";

/// The empty mount point `index.html` must contain, exactly as written.
const EMPTY_ROOT: &str = r#"<div id="app" class="app-root"></div>"#;

/// The attribute that marks the mount point as holding the prerendered view (until the app
/// starts). A page opened on another view's link keeps that view hidden (`.deep-link` in CSS).
const MARK: &str = "data-prerendered";

/// Why the prerendered markup could not be written into the page.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum PrerenderError {
    #[error("no empty `{EMPTY_ROOT}` to fill")]
    NoMountPoint,
    #[error("more than one `{EMPTY_ROOT}`")]
    SeveralMountPoints,
}

/// A view prerendered for a link to it: its location fragment (without `#`) and its markup.
pub struct View {
    pub fragment: String,
    pub markup: String,
}

/// `page` with the mount point filled with `markup` (hydrated by the app), followed by one
/// template per other `view`.
pub fn insert(page: &str, markup: &str, views: &[View]) -> Result<String, PrerenderError> {
    match page.matches(EMPTY_ROOT).count() {
        0 => Err(PrerenderError::NoMountPoint),
        1 => {
            let mut filled =
                format!(r#"<div id="{ROOT_ID}" class="app-root" {MARK}>{markup}</div>"#);
            for view in views {
                filled.push_str(&format!(
                    r#"<template data-fragment="{}">{}</template>"#,
                    escape_attribute(&view.fragment),
                    view.markup
                ));
            }
            Ok(page.replacen(EMPTY_ROOT, &filled, 1))
        }
        _ => Err(PrerenderError::SeveralMountPoints),
    }
}

/// `text` safe inside a double-quoted attribute.
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// `page` without the comments of its inline styles and scripts: they explain the source, and
/// a visitor would download them (about 2 KB gzip'd). Only whole comments go: `/* ... */` in a
/// `<style>` and lines that hold nothing but a `// ...` comment in a `<script>`, so no code,
/// string or rule is touched. Text outside those elements is left as it is.
pub fn without_comments(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some((before, tag, body, after)) = next_inline(rest) {
        out.push_str(before);
        match tag {
            "style" => out.push_str(&without_block_comments(body)),
            _ => out.push_str(&without_line_comments(body)),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The next `<style>` or `<script>` element of `page`: the text up to and including its start
/// tag, its name, its content, and the text from its end tag on.
fn next_inline(page: &str) -> Option<(&str, &'static str, &str, &str)> {
    let (start, tag) = ["<style", "<script"]
        .into_iter()
        .filter_map(|open| page.find(open).map(|at| (at, &open[1..])))
        .min()?;
    let content = start + page[start..].find('>')? + 1;
    let end = content + page[content..].find(&format!("</{tag}>"))?;
    Some((&page[..content], tag, &page[content..end], &page[end..]))
}

fn without_block_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(open) = rest.find("/*") {
        let Some(close) = rest[open + 2..].find("*/") else {
            break;
        };
        let (before, after) = (&rest[..open], &rest[open + 2 + close + 2..]);
        // A comment on lines of its own takes its line break with it.
        let own_line = before.ends_with('\n') || before.is_empty();
        out.push_str(before.trim_end_matches([' ', '\t']));
        rest = if own_line {
            after.strip_prefix('\n').unwrap_or(after)
        } else {
            after
        };
    }
    out.push_str(rest);
    out
}

fn without_line_comments(script: &str) -> String {
    script
        .split_inclusive('\n')
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect()
}

/// The location fragment of the view the build prerenders into the mount point (and the app
/// hydrates): the default route, as a visitor with no fragment in the address sees it.
pub const FIRST_VIEW_FRAGMENT: &str = "";

/// Reads the built-in documents' data (computed at build time), then mounts the app on the
/// page. A displayed prerendered view is hydrated: Yew adopts its elements, so focus, scroll
/// position and paint timing stay. On a link to another view the page shows that view's
/// prerendered copy, or hides the article where there is none; the app renders afresh there
/// (Yew empties the mount point first), as it does when the reader followed a link before it
/// started, or when something changed the page meanwhile (a page translator): hydration needs
/// the very view the build rendered. The loader (`Trunk.toml`) starts
/// the module only once the first paint is on screen (`iomFirstPaint` in `index.html`), so
/// none of this holds that paint back. What the reader did on the page meanwhile (focus,
/// clicks, typing, files) is replayed once the app has rendered (`iomEarly`, `index.html`).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use gloo::utils::{body, document};
    use wasm_bindgen::JsCast;

    use crate::app::{App, AppProps};
    use crate::explorer::{Explorer, Shared};
    use crate::route::Route;

    // Set by the page's script when it shows another view's prerendered copy (`index.html`).
    const VIEW_MARK: &str = "data-view";
    // Set by the page's script when something else changed the prerendered elements or text
    // before the app started (a page translator, an extension: `iomEarly.watch`).
    const CHANGED_MARK: &str = "data-changed";

    let mount = move |explorer: Explorer| {
        let root = document()
            .get_element_by_id(ROOT_ID)
            .unwrap_or_else(|| body().into());
        let prerendered = root.has_attribute(MARK)
            && !root.has_attribute(VIEW_MARK)
            && !root.has_attribute(CHANGED_MARK);
        let displayed = root
            .dyn_ref::<web_sys::HtmlElement>()
            .is_some_and(|r| r.offset_height() > 0);
        let first_view = Route::parse(&crate::location::current_fragment()).ok()
            == Route::parse(FIRST_VIEW_FRAGMENT).ok();
        let props = AppProps {
            explorer: Shared::new(explorer),
            fragment: None,
        };
        let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
        let early = early::take();
        crate::location::perf_mark("app-start");
        if prerendered && displayed && first_view {
            renderer.hydrate();
        } else {
            renderer.render();
        }
        let _ = root.remove_attribute(MARK);
        let _ = root.remove_attribute(VIEW_MARK);
        let _ = root.remove_attribute(CHANGED_MARK);
        // The first render runs in this task's microtasks; the measure ends in the next task.
        crate::location::later(move || {
            crate::location::perf_measure("first render", "app-start");
            early::replay(&early);
        });
    };
    // Starting the module, reading the data and the first render each run in a task of their
    // own: together they made one long task on a slow phone.
    let build = move || {
        let explorer = crate::location::measured("builtin data: read", Explorer::builtin);
        crate::location::later(move || mount(explorer));
    };
    crate::location::later(build);
}

/// The page's keeper of what a reader does before the app has started (`iomEarly` in
/// `index.html`). A page without it (the component tests) has nothing to replay.
#[cfg(target_arch = "wasm32")]
mod early {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(catch, js_namespace = iomEarly, js_name = take)]
        fn take_kept() -> Result<JsValue, JsValue>;
        #[wasm_bindgen(catch, js_namespace = iomEarly, js_name = replay)]
        fn replay_kept(kept: &JsValue) -> Result<JsValue, JsValue>;
    }

    /// Where the focus and the kept interactions are, just before the app renders.
    pub fn take() -> Option<JsValue> {
        take_kept().ok()
    }

    /// Focus and the interactions again, on the app's render.
    pub fn replay(kept: &Option<JsValue>) {
        if let Some(kept) = kept {
            let _ = replay_kept(kept);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_the_one_empty_mount_point() {
        let page = r#"<body><div id="app" class="app-root"></div><noscript>x</noscript></body>"#;
        let filled = insert(page, "<main>text</main>", &[]).unwrap();
        assert_eq!(
            filled,
            r#"<body><div id="app" class="app-root" data-prerendered><main>text</main></div><noscript>x</noscript></body>"#
        );
    }

    #[test]
    fn writes_the_other_views_as_templates_after_the_mount_point() {
        let views = [
            View {
                fragment: "/quiz".into(),
                markup: "<h2>Quiz</h2>".into(),
            },
            View {
                fragment: r#"/a"b"#.into(),
                markup: "<p>b</p>".into(),
            },
        ];
        let filled = insert(EMPTY_ROOT, "<main>text</main>", &views).unwrap();
        assert_eq!(
            filled,
            concat!(
                r#"<div id="app" class="app-root" data-prerendered><main>text</main></div>"#,
                r#"<template data-fragment="/quiz"><h2>Quiz</h2></template>"#,
                r#"<template data-fragment="/a&quot;b"><p>b</p></template>"#
            )
        );
    }

    #[test]
    fn drops_the_comments_of_inline_styles_and_scripts_only() {
        let page = concat!(
            "<head><style>\n/* What the rules do,\n   over two lines. */\n",
            "a { color: red; } /* trailing */\nb{}</style>\n",
            "<script type=\"module\">\n  // Why.\n  const url = 'https://x/y'; // kept: code before\n",
            "  route('**/*.wasm');\n</script></head>\n",
            "<body><p>// a sentence /* with marks */ kept</p><script>\n// only\n</script></body>"
        );
        assert_eq!(
            without_comments(page),
            concat!(
                "<head><style>\na { color: red; }\nb{}</style>\n",
                "<script type=\"module\">\n  const url = 'https://x/y'; // kept: code before\n",
                "  route('**/*.wasm');\n</script></head>\n",
                "<body><p>// a sentence /* with marks */ kept</p><script>\n</script></body>"
            )
        );
    }

    #[test]
    fn leaves_a_page_with_an_unclosed_element_as_it_is() {
        let page = "<style>/* open */ a{}";
        assert_eq!(without_comments(page), page);
        assert_eq!(without_comments("<p>no styles</p>"), "<p>no styles</p>");
    }

    #[test]
    fn refuses_a_page_without_or_with_several_mount_points() {
        assert_eq!(
            insert("<body></body>", "x", &[]),
            Err(PrerenderError::NoMountPoint)
        );
        let twice = format!("{EMPTY_ROOT}{EMPTY_ROOT}");
        assert_eq!(
            insert(&twice, "x", &[]),
            Err(PrerenderError::SeveralMountPoints)
        );
        let filled = insert(EMPTY_ROOT, "x", &[]).unwrap();
        assert_eq!(insert(&filled, "y", &[]), Err(PrerenderError::NoMountPoint));
    }
}
