//! `prerender INDEX_HTML`: renders the app's first view (the article, as a visitor with no
//! fragment in the address sees it) with Yew's server renderer and writes it into the built
//! `index.html`, so the article text paints before the WebAssembly arrives; and each other tab's
//! view, for links to it. The comments of the page's inline styles and scripts are left out.
//! Run by trunk's post-build hook (`scripts/prerender.sh`); the app takes the page over when it
//! starts.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender INDEX_HTML");
        return ExitCode::from(2);
    };
    let result = std::fs::read_to_string(&path)
        .map_err(|e| format!("{path}: cannot read it ({e})"))
        .and_then(|page| {
            let (first, views) = render_all();
            let page = iom_explorer::prerender::without_comments(&page);
            iom_explorer::prerender::insert(&page, &first, &views)
                .map_err(|e| format!("{path}: {e}"))
        })
        .and_then(|page| {
            std::fs::write(&path, page).map_err(|e| format!("{path}: cannot write it ({e})"))
        });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The app's markup for the default route, with the markers Yew's hydration follows; and for
/// each other tab, the markup of its view (rendered afresh by the app, so without markers).
#[cfg(not(target_arch = "wasm32"))]
fn render_all() -> (String, Vec<iom_explorer::prerender::View>) {
    use iom_explorer::route::{Route, Tab};

    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime needs no resources that can fail");
    let render = |fragment: String, hydratable: bool| {
        runtime.block_on(
            yew::ServerRenderer::<iom_explorer::App>::with_props(move || {
                iom_explorer::app::AppProps {
                    fragment: Some(fragment.into()),
                    ..iom_explorer::app::AppProps::builtin()
                }
            })
            .hydratable(hydratable)
            .render(),
        )
    };
    let first = render(
        iom_explorer::prerender::FIRST_VIEW_FRAGMENT.to_string(),
        true,
    );
    let views = Tab::ALL
        .into_iter()
        .filter(|&tab| tab != Tab::default())
        .map(|tab| {
            let fragment = Route::tab(tab).to_fragment();
            iom_explorer::prerender::View {
                markup: render(fragment.clone(), false),
                fragment,
            }
        })
        .collect();
    (first, views)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
