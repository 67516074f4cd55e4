//! Entry point: mounts the app on the prerendered page. Everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    iom_explorer::prerender::start();
}
