//! IOM Explorer: the thin Yew user interface over the pure `corpus` domain crate.
//!
//! Data flows one way: embedded seeds → `corpus` → [`state::AppState`] → components.

pub mod app;
pub mod chart_canvas;
pub mod components;
pub mod explorer;
pub mod location;
pub mod prerender;
pub mod progress;
pub mod quiz_session;
pub mod quiz_storage;
pub mod route;
pub mod seeds;
pub mod state;
pub mod timeline_state;

pub use app::App;
