//! What a tab shows for the reader's own documents before there is anything to show: none
//! opened yet, being read back from the browser, being analysed, or a failed analysis.

use yew::prelude::*;

use crate::library::{Library, Preparation};
use crate::route::{Route, Tab};

#[derive(Properties, PartialEq)]
pub struct YoursPendingProps {
    pub library: Library,
    pub tab: Tab,
}

/// The message standing in for a tab's content.
#[component]
pub fn YoursPending(props: &YoursPendingProps) -> Html {
    let library = &props.library;
    let builtin = Route::tab(props.tab).href();
    let message = if !library.loaded && library.documents.is_empty() {
        "Opening your documents…".to_string()
    } else if library.documents.is_empty() {
        "You have not opened any documents of your own yet. Use “Open documents…” above, drop text files on the page, or paste text.".to_string()
    } else if let Preparation::Failed { message, .. } = &library.preparation {
        message.clone()
    } else {
        "Your documents are being analysed; they will show here in a moment.".to_string()
    };
    html! {
        <div class="yours-pending">
            <p>{ message }</p>
            <p><a href={builtin}>{ "Show the built-in IOM documents" }</a></p>
        </div>
    }
}
