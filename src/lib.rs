//! IOM Explorer: the thin Yew user interface over the pure `corpus` domain crate.
//!
//! Data flows one way: embedded seeds → `corpus` → [`state::AppState`] → components.

pub mod app;
pub mod chart_canvas;
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod document_store;
pub mod explorer;
pub mod fsrs;
pub mod library;
pub mod library_effects;
pub mod location;
#[cfg(target_arch = "wasm32")]
pub mod pipeline_client;
pub mod pipeline_job;
#[cfg(target_arch = "wasm32")]
pub mod pipeline_worker;
pub mod prerender;
pub mod progress;
pub mod quiz_session;
pub mod quiz_storage;
pub mod route;
pub mod same;
pub mod seeds;
pub mod state;
pub mod timeline_state;

pub use app::App;
