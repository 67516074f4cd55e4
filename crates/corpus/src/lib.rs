//! Pure domain core of IOM Explorer: source documents in; clean text, facts, timeline and quiz out.
//!
//! **Architecture invariant:** this crate knows nothing about the browser. It depends on no web
//! crate (no yew, web-sys, gloo or wasm-bindgen), so everything here is tested natively with
//! `cargo test` and the same code runs unchanged inside the WebAssembly app.

pub mod document;

pub use document::{Corpus, DocId, Document};
