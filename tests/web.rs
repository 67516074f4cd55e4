//! Component tests in headless Chromium: the app mounts, tabs switch by click and by keyboard.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use gloo::utils::{document, window};
use iom_explorer::app::AppProps;
use iom_explorer::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Yew render and the browser deliver `hashchange`.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(60)).await;
}

async fn mount_app(fragment: &str) -> Element {
    window().location().set_hash(fragment).unwrap();
    settle().await;
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::builtin()).render();
    settle().await;
    root
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is rendered"))
        .dyn_into()
        .unwrap()
}

const VIEWS: &str = "[role=tablist][aria-label=Views]";

fn selected_tab(root: &Element) -> String {
    find(root, &format!("{VIEWS} [role=tab][aria-selected=true]"))
        .text_content()
        .unwrap()
}

fn press(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn app_mounts_with_three_tabs_and_switches_by_click_and_keyboard() {
    let root = mount_app("/article").await;

    let tabs = root
        .query_selector_all(&format!("{VIEWS} [role=tab]"))
        .unwrap();
    assert_eq!(tabs.length(), 3);
    assert_eq!(selected_tab(&root), "Article");
    assert!(!find(&root, "#panel-article").hidden());
    assert!(find(&root, "#panel-timeline").hidden());

    find(&root, "#tab-timeline").click();
    settle().await;
    assert_eq!(selected_tab(&root), "Timeline");
    assert_eq!(window().location().hash().unwrap(), "#/timeline");
    assert!(!find(&root, "#panel-timeline").hidden());
    assert!(find(&root, "#panel-article").hidden());

    press(&find(&root, "#tab-timeline"), "ArrowRight");
    settle().await;
    assert_eq!(selected_tab(&root), "Quiz");
    let focused = document().active_element().unwrap();
    assert_eq!(focused.id(), "tab-quiz");

    press(&find(&root, "#tab-quiz"), "Home");
    settle().await;
    assert_eq!(selected_tab(&root), "Article");
    press(&find(&root, "#tab-article"), "End");
    settle().await;
    assert_eq!(selected_tab(&root), "Quiz");
    assert_eq!(find(&root, "#tab-quiz").tab_index(), 0);
    assert_eq!(find(&root, "#tab-article").tab_index(), -1);

    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_faster_than_the_app_renders_move_one_tab_each() {
    let root = mount_app("/article").await;
    let tab = find(&root, "#tab-article");
    tab.focus().unwrap();
    // The second key reaches the tab the first one focused, before the app has rendered
    // (or even heard of) the selection the first one asked for.
    press(&tab, "ArrowRight");
    let focused: HtmlElement = document().active_element().unwrap().dyn_into().unwrap();
    assert_eq!(focused.id(), "tab-timeline");
    press(&focused, "ArrowRight");
    settle().await;
    assert_eq!(selected_tab(&root), "Quiz");
    assert_eq!(document().active_element().unwrap().id(), "tab-quiz");
    root.remove();
}

#[wasm_bindgen_test]
async fn timeline_keys_faster_than_the_app_renders_move_one_event_each() {
    let root = mount_app("/timeline").await;
    let axis = find(&root, "[role=listbox]");
    axis.focus().unwrap();
    let active = || {
        axis.get_attribute("aria-activedescendant")
            .unwrap_or_default()
    };
    // One key per render: the first three events in date order.
    let mut walked = Vec::new();
    for key in ["Home", "ArrowRight", "ArrowRight"] {
        press(&axis, key);
        settle().await;
        walked.push(active());
    }
    assert!(
        walked[0] != walked[1] && walked[1] != walked[2],
        "{walked:?}"
    );
    // Two keys before any render: still two steps from the first.
    press(&axis, "Home");
    settle().await;
    press(&axis, "ArrowRight");
    press(&axis, "ArrowRight");
    settle().await;
    assert_eq!(active(), walked[2]);
    root.remove();
}

#[wasm_bindgen_test]
async fn footer_names_every_embedded_document() {
    let root = mount_app("/quiz").await;
    let items = root.query_selector_all(".source-list li").unwrap();
    assert_eq!(items.length() as usize, iom_explorer::seeds::SEEDS.len());
    let text = find(&root, ".site-footer").text_content().unwrap();
    for (name, _) in iom_explorer::seeds::SEEDS {
        assert!(text.contains(name), "footer names {name}");
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn unknown_link_shows_a_notice_and_the_article() {
    let root = mount_app("/no-such-page").await;
    assert_eq!(selected_tab(&root), "Article");
    let notice = find(&root, "[role=status]").text_content().unwrap();
    assert!(notice.contains("#/no-such-page"), "{notice}");
    root.remove();
}

#[wasm_bindgen_test]
async fn article_sections_switch_and_citations_open_the_cited_sentence() {
    let root = mount_app("/article").await;
    let sections = root
        .query_selector_all("[role=tablist][aria-label='Article sections'] [role=tab]")
        .unwrap();
    assert!(sections.length() >= 3, "the seeds give several sections");
    let last = sections.get(sections.length() - 1).unwrap();
    assert_eq!(last.text_content().unwrap(), "Sources");

    find(&root, "#section-tab-history").click();
    settle().await;
    assert_eq!(window().location().hash().unwrap(), "#/article/history");
    let panel = find(&root, "#article-view");
    assert_eq!(
        panel.get_attribute("aria-labelledby").unwrap(),
        "section-tab-history"
    );
    assert!(panel.text_content().unwrap().contains("Venice"));

    find(&root, "#article-view a.cite").click();
    settle().await;
    assert!(window()
        .location()
        .hash()
        .unwrap()
        .starts_with("#/article/sources/"));
    let mark = find(&root, "mark#cited-sentence");
    assert!(!mark.text_content().unwrap().is_empty());
    assert_eq!(document().active_element().unwrap().id(), "cited-sentence");
    root.remove();
}

#[wasm_bindgen_test]
async fn documents_bar_shows_your_documents_their_progress_and_problems() {
    use std::cell::RefCell;
    use std::rc::Rc;

    use iom_explorer::components::{DocumentsBar, DocumentsBarProps};
    use iom_explorer::library::{Library, LibraryAction, Preparation, UserDocument};
    use iom_explorer::route::{Collection, Tab};

    let doc = |name: &str| UserDocument {
        name: name.into(),
        text: "The Guild was founded in 1888.".into(),
    };
    let library = Library::default().apply(LibraryAction::Added(vec![doc("b.txt"), doc("a.md")]));
    let generation = library.generation;
    let library = library
        .apply(LibraryAction::Problem(
            "“x.png” was not added: it is not text.".into(),
        ))
        .apply(LibraryAction::Prepared(Preparation::Working {
            generation,
            step: 2,
            steps: 4,
            label: "Reading “b.txt”".into(),
        }));
    let heard = Rc::new(RefCell::new(Vec::new()));
    let dispatch = {
        let heard = heard.clone();
        yew::Callback::from(move |action| heard.borrow_mut().push(action))
    };
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = DocumentsBarProps {
        library,
        collection: Collection::Yours,
        tab: Tab::Timeline,
        dispatch,
    };
    yew::Renderer::<DocumentsBar>::with_root_and_props(root.clone(), props).render();
    settle().await;

    let current = find(
        &root,
        "nav[aria-label='Documents shown'] a[aria-current=page]",
    );
    assert_eq!(current.text_content().unwrap(), "Your documents (2)");
    assert_eq!(current.get_attribute("href").unwrap(), "#/yours/timeline");
    let removes: Vec<String> = (0..2)
        .map(|i| {
            root.query_selector_all("button.remove")
                .unwrap()
                .item(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("aria-label")
                .unwrap()
        })
        .collect();
    assert_eq!(removes, ["Remove a.md", "Remove b.txt"]);
    let progress = find(&root, "progress");
    assert_eq!(progress.get_attribute("value").as_deref(), Some("2"));
    assert_eq!(progress.get_attribute("max").as_deref(), Some("4"));
    assert!(find(&root, "[role=status]")
        .text_content()
        .unwrap()
        .contains("Step 2 of 4: Reading “b.txt”"));
    let alert = find(&root, "[role=alert]");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("“x.png” was not added"));
    find(&alert, "button").click();
    assert_eq!(*heard.borrow(), [LibraryAction::DismissProblems]);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_contested_figure_says_what_the_other_source_gives_and_opens_its_claims() {
    let root = mount_app("/article/history").await;
    let note = find(&root, "#article-view .contested-note");
    let text = note.text_content().unwrap();
    assert!(text.contains("Sources differ"), "{text}");
    assert!(text.contains("$1.3 billion (not $1.8 billion)"), "{text}");
    assert!(
        note.query_selector("a.cite").unwrap().is_some(),
        "the other source is cited"
    );

    let budget = find(&note, "button[aria-label^='Budget']");
    budget.click();
    settle().await;
    let row = find(&root, "details#fact-budget");
    assert!(
        row.has_attribute("open"),
        "the fact box shows every budget claim"
    );
    assert_eq!(
        document().active_element().unwrap().id(),
        "fact-budget-summary"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_caption_is_set_apart_from_the_prose() {
    let root = mount_app("/article/history").await;
    let caption = find(&root, "#article-view figure.caption figcaption");
    let text = caption.text_content().unwrap();
    assert!(text.starts_with("Picture in the source: "), "{text}");
    let prose = find(&root, "#article-view").text_content().unwrap();
    assert!(!prose.contains("Logo"), "a logo's caption teaches nothing");
    root.remove();
}
