//! The documents bar: which documents the explorer shows (the built-in ones or the reader's own),
//! and the controls to open, paste, drop and remove the reader's own, with their progress and
//! any problem. Files never leave the browser.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::kilobytes;
use crate::library::{Library, LibraryAction, Preparation};
use crate::library_effects::{add_text, remove, Dispatch};
use crate::location::navigate;
use crate::route::{Collection, Route, Tab};

#[derive(Properties, PartialEq)]
pub struct DocumentsBarProps {
    pub library: Library,
    pub collection: Collection,
    pub tab: Tab,
    pub dispatch: Dispatch,
}

/// The file types the picker offers.
const ACCEPT: &str = ".txt,.md,.markdown,text/plain,text/markdown";

/// Shows the reader's own documents (on the current tab), e.g. after adding some.
fn show_yours(tab: Tab) {
    navigate(&Route::tab(tab).within(Collection::Yours));
}

/// Adds the files of a picker or a drop.
fn open_files(dispatch: &Dispatch, tab: Tab, files: Option<web_sys::FileList>) {
    let files: Vec<web_sys::File> = files
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default();
    if files.is_empty() {
        return;
    }
    #[cfg(target_arch = "wasm32")]
    crate::library_effects::add_files(dispatch.clone(), files);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = dispatch;
    show_yours(tab);
}

/// Lets files be dropped anywhere on the page; `dragging` is true while some are held over it.
#[hook]
fn use_page_drop(dispatch: Dispatch, tab: Tab, dragging: UseStateHandle<bool>) {
    use_effect_with(tab, move |&tab| {
        let page = document();
        let carries_files = |event: &DragEvent| {
            event
                .data_transfer()
                .is_some_and(|d| d.types().includes(&"Files".into(), 0))
        };
        let active = EventListenerOptions::enable_prevent_default();
        let over = {
            let dragging = dragging.clone();
            EventListener::new_with_options(&page, "dragover", active, move |event| {
                let event: &DragEvent = event.unchecked_ref();
                if carries_files(event) {
                    event.prevent_default();
                    dragging.set(true);
                }
            })
        };
        let leave = {
            let dragging = dragging.clone();
            EventListener::new(&page, "dragleave", move |event| {
                let event: &DragEvent = event.unchecked_ref();
                // Leaving the window, not just one element for another.
                if event.related_target().is_none() {
                    dragging.set(false);
                }
            })
        };
        let dropped = EventListener::new_with_options(&page, "drop", active, move |event| {
            let event: &DragEvent = event.unchecked_ref();
            if carries_files(event) {
                event.prevent_default();
                dragging.set(false);
                open_files(
                    &dispatch,
                    tab,
                    event.data_transfer().and_then(|d| d.files()),
                );
            }
        });
        move || drop((over, leave, dropped))
    });
}

/// The progress of the analysis, or its failure.
fn preparation(library: &Library) -> Html {
    match &library.preparation {
        Preparation::Working {
            step, steps, label, ..
        } => html! {
            <p class="documents-progress">
                <progress aria-label="Analysing your documents" max={steps.to_string()} value={step.to_string()}></progress>
                { format!(" Step {step} of {steps}: {label}…") }
            </p>
        },
        Preparation::Failed { message, .. } => {
            html! { <p class="documents-failed">{ message.clone() }</p> }
        }
        _ => html! {},
    }
}

/// The documents bar.
#[component]
pub fn DocumentsBar(props: &DocumentsBarProps) -> Html {
    let DocumentsBarProps {
        library,
        collection,
        tab,
        dispatch,
    } = props;
    let (collection, tab) = (*collection, *tab);
    let dragging = use_state(|| false);
    use_page_drop(dispatch.clone(), tab, dragging.clone());
    let open = use_state(|| false);
    let pasted_name = use_node_ref();
    let pasted_text = use_node_ref();

    let onpick = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            open_files(&dispatch, tab, input.files());
            // The same file can be picked again (after removing it, say).
            input.set_value("");
        })
    };
    let onpaste = {
        let (dispatch, names) = (dispatch.clone(), library.clone());
        let (name_ref, text_ref) = (pasted_name.clone(), pasted_text.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(name), Some(text)) = (
                name_ref.cast::<HtmlInputElement>(),
                text_ref.cast::<HtmlTextAreaElement>(),
            ) else {
                return;
            };
            let wanted = name.value().trim().to_string();
            let title = names.unused_name(if wanted.is_empty() {
                "Pasted text"
            } else {
                &wanted
            });
            if add_text(dispatch.clone(), title, &text.value()) {
                text.set_value("");
                name.set_value("");
                show_yours(tab);
            }
        })
    };
    let ondismiss = dispatch.reform(|_: MouseEvent| LibraryAction::DismissProblems);
    let switch = |target: Collection, label: String| {
        let current = (collection == target).then_some("page");
        html! { <a href={Route::tab(tab).within(target).href()} aria-current={current}>{ label }</a> }
    };
    let yours_label = match library.documents.len() {
        0 => "Your documents".to_string(),
        n => format!("Your documents ({n})"),
    };
    // On a phone the controls fold behind one button that says which documents are shown.
    let shown = match (collection, library.documents.len()) {
        (Collection::Builtin, _) => "IOM (built-in)".to_string(),
        (Collection::Yours, 0) => "yours".to_string(),
        (Collection::Yours, n) => format!("yours ({n})"),
    };
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };

    html! {
        <section class="documents-bar" aria-labelledby="documents-title">
            <div class="documents-inner">
                <h2 id="documents-title" class="documents-title">
                    <span class="documents-heading">{ "Documents" }</span>
                    <button type="button" class="documents-toggle" aria-expanded={open.to_string()}
                        aria-controls="documents-controls" onclick={ontoggle}>
                        { "Documents" }<span class="documents-shown">{ format!(": {shown}") }</span>
                    </button>
                </h2>
                <div id="documents-controls" class={classes!("documents-controls", (!*open).then_some("folded"))}>
                <nav class="documents-switch" aria-label="Documents shown">
                    { switch(Collection::Builtin, "IOM documents (built-in)".into()) }
                    { switch(Collection::Yours, yours_label) }
                </nav>
                <label class="button file-button">
                    { "Open documents…" }
                    <input type="file" multiple=true accept={ACCEPT} class="file-input" onchange={onpick} />
                </label>
                <details class="paste">
                    <summary>{ "Paste text" }</summary>
                    <form class="paste-form" onsubmit={onpaste}>
                        <label>{ "Name" }<input type="text" ref={pasted_name} placeholder="Pasted text" /></label>
                        <label>{ "Text" }<textarea ref={pasted_text} rows="6" /></label>
                        <button type="submit">{ "Add this text" }</button>
                    </form>
                </details>
                <p class="documents-hint">
                    { "Plain text or Markdown, up to 5 MB each; you can also drop files on the page. They stay in this browser: nothing is uploaded." }
                </p>
                if collection == Collection::Yours && !library.documents.is_empty() {
                    <ul class="your-documents" aria-label="Your documents">
                        for doc in library.documents.iter() {
                            <li>
                                <bdi class="source-name">{ doc.name.clone() }</bdi>
                                { format!(" · {}", kilobytes(doc.text.len())) }
                                <button type="button" class="remove" aria-label={format!("Remove {}", doc.name)}
                                    onclick={{ let (dispatch, name) = (dispatch.clone(), doc.name.clone()); Callback::from(move |_: MouseEvent| remove(dispatch.clone(), name.clone())) }}>
                                    { "Remove" }
                                </button>
                            </li>
                        }
                    </ul>
                }
                </div>
                if !library.problems.is_empty() {
                    <div class="documents-problems" role="alert">
                        <ul>
                            for problem in &library.problems { <li>{ problem.clone() }</li> }
                        </ul>
                        <button type="button" onclick={ondismiss}>{ "Dismiss" }</button>
                    </div>
                }
                if collection == Collection::Yours {
                    <div role="status">{ preparation(library) }</div>
                }
            </div>
            if *dragging {
                <div class="drop-overlay" aria-hidden="true"><p>{ "Drop text files to open them" }</p></div>
            }
        </section>
    }
}
