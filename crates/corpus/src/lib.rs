//! Pure domain core of IOM Explorer: source documents in; clean text, facts, timeline and quiz out.
//!
//! **Architecture invariant:** this crate knows nothing about the browser. It depends on no web
//! crate (no yew, web-sys, gloo or wasm-bindgen), so everything here is tested natively with
//! `cargo test` and the same code runs unchanged inside the WebAssembly app.

pub mod article;
pub mod claims;
pub mod clauses;
pub mod clean;
pub mod dates;
pub mod derived;
pub mod document;
pub mod events;
pub mod export;
pub mod factbox;
pub mod facts;
pub mod input;
pub mod lead;
pub mod mapped;
pub mod naming;
pub mod numbers;
pub mod order;
pub mod phrases;
pub mod pipeline;
pub mod quiz;
pub mod reconcile;
pub mod search;
pub mod sentence;
pub mod structure;
pub mod timeline;
pub mod vocabulary;
pub mod wire;
pub mod words;

pub use article::{
    build_article, Article, ArticleBlock, ArticleParagraph, ArticleSection, ArticleSentence,
    Contest,
};
pub use clean::{clean, Block, BlockKind, CleanDoc, Noise};
pub use derived::{Derived, DocumentInfo};
pub use document::{Corpus, DocId, Document};
pub use mapped::Mapped;
pub use pipeline::{
    analyze, analyze_document, combine, combine_reporting, Analysis, AnalyzedDoc, Stage,
};
pub use structure::{structure, Field, Paragraph, ParagraphKind, Section, Sentence, StructuredDoc};
