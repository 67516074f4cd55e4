//! Entry point: mounts the app on the page body. Everything else lives in the library.

fn main() {
    yew::Renderer::<iom_explorer::App>::new().render();
}
