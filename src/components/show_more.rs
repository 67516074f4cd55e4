//! "Show more" under a long list: the list renders a page at a time, so that a reader's document
//! of megabytes (thousands of claims, rows or paragraphs) never stalls the page.

use yew::prelude::*;

/// How many items a long list shows at first, and how many more each "Show more" adds.
#[hook]
pub fn use_shown(page: usize) -> UseStateHandle<usize> {
    use_state(move || page)
}

/// The line under a list that shows `limit` of its `total` items: a `button` that shows `page`
/// more, and how many of the `what` are shown. Nothing when every item is shown.
pub fn show_more(
    shown: &UseStateHandle<usize>,
    (limit, total, page): (usize, usize, usize),
    button: &str,
    what: &str,
) -> Html {
    if total <= limit {
        return Html::default();
    }
    let onclick = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(limit + page))
    };
    html! {
        <p class="show-more">
            <button type="button" {onclick}>{ button.to_string() }</button>
            { format!(" {limit} of {total} {what} shown") }
        </p>
    }
}
