//! The `prerender` command (trunk's post-build hook): fills the page's mount point with the
//! app's server-rendered article, and refuses a page it cannot fill without touching it.
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
        r#"<html><body><div id="app" class="app-root"></div></body></html>"#,
    );
    let out = prerender(&path);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains(r#"<div id="app" class="app-root" data-prerendered>"#));
    assert!(html.contains(">International Organization for Migration</h2>"));
    assert!(html.contains(r#"role="tablist" aria-label="Views""#));
    assert!(html.contains(r#"elementtiming="first-paragraph""#));
    // The timeline and quiz panels are there (for aria-controls) but hidden and empty.
    assert!(html.contains(r#"id="panel-quiz" aria-labelledby="tab-quiz" tabindex="0" hidden"#));
    // Only the app's own markup: no script from the text.
    assert_eq!(html.matches("<script").count(), 0);
    assert!(html.ends_with("</div></body></html>"));
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
