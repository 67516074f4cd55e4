//! `prerender INDEX_HTML`: renders the app's first view (the article, as a visitor with no
//! fragment in the address sees it) with Yew's server renderer and writes it into the built
//! `index.html`, so the article text paints before the WebAssembly arrives. Run by trunk's
//! post-build hook (`scripts/prerender.sh`); the app takes the page over when it starts.

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
            iom_explorer::prerender::insert(&page, &render()).map_err(|e| format!("{path}: {e}"))
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

/// The app's markup for the default route, with the markers Yew's hydration follows.
#[cfg(not(target_arch = "wasm32"))]
fn render() -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime needs no resources that can fail");
    runtime.block_on(
        yew::ServerRenderer::<iom_explorer::App>::with_props(iom_explorer::app::AppProps::builtin)
            .hydratable(true)
            .render(),
    )
}

#[cfg(target_arch = "wasm32")]
fn main() {}
