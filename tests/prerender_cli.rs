//! The `prerender` command (trunk's post-build hook): fills the page's mount point with the
//! app's server-rendered article, writes the timeline and the quiz as templates after it, and
//! refuses a page it cannot fill without touching it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Output};

fn page(name: &str, html: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("iom-prerender-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, html).unwrap();
    path
}

fn prerender(path: &PathBuf) -> Output {
    Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(path)
        .output()
        .expect("prerender runs")
}

#[test]
fn fills_the_mount_point_with_the_article_from_the_seeds() {
    let path = page(
        "index.html",
        r#"<html><head><style>/* Why. */p{}</style></head><body><div id="app" class="app-root"></div></body></html>"#,
    );
    let out = prerender(&path);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<html><head><style>p{}</style></head>"));
    assert!(html.contains(r#"<div id="app" class="app-root" data-prerendered>"#));
    assert!(html.contains(">International Organization for Migration</h2>"));
    assert!(html.contains(r#"role="tablist" aria-label="Views""#));
    assert!(html.contains(r#"elementtiming="first-paragraph""#));
    // The timeline and quiz panels are there (for aria-controls) but hidden and empty.
    let (article, templates) = html.split_once("<template").expect("templates follow");
    assert!(article.contains(r#"id="panel-quiz" aria-labelledby="tab-quiz" tabindex="0" hidden"#));
    // Then one template per other view, each with that view's panel shown and filled, and no
    // hydration markers (the app renders those views afresh).
    let timeline = templates
        .split_once(r#"<template data-fragment="/quiz">"#)
        .expect("the quiz's template after the timeline's")
        .0;
    assert!(timeline.starts_with(r#" data-fragment="/timeline">"#));
    assert!(timeline
        .contains(r#"id="tab-timeline" aria-controls="panel-timeline" aria-selected="true""#));
    assert!(timeline.contains("dated events from 5 documents"));
    assert!(templates.contains(">Start the quiz</button>"));
    assert!(!templates.contains("<!--<[iom_explorer"));
    assert_eq!(templates.matches("<template").count(), 1);
    // Only the app's own markup: no script from the text.
    assert_eq!(html.matches("<script").count(), 0);
    assert!(html.ends_with("</template></body></html>"));
}

#[test]
fn a_page_without_a_mount_point_is_refused_and_left_as_it_was() {
    let original = "<html><body><main></main></body></html>";
    let path = page("no-mount.html", original);
    let out = prerender(&path);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no empty"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}
