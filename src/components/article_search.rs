//! The article's search box: type to highlight every match; Enter and Shift+Enter move to the
//! next and previous match (switching sections as needed); Escape clears. "n of m" is announced.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleSearchProps {
    pub query: AttrValue,
    /// How many matches the query has.
    pub count: usize,
    /// The match the reader moved to, if any.
    pub current: Option<usize>,
    pub oninput: Callback<String>,
    /// +1 for the next match, -1 for the previous one.
    pub onmove: Callback<isize>,
}

fn status(props: &ArticleSearchProps) -> String {
    match (props.query.trim().is_empty(), props.count, props.current) {
        (true, _, _) => String::new(),
        (false, 0, _) => "No matches".to_string(),
        (false, m, None) => format!(
            "{m} {} · Enter goes to the first",
            if m == 1 { "match" } else { "matches" }
        ),
        (false, m, Some(i)) => format!("{} of {m}", i + 1),
    }
}

/// A search box over all the article's sections.
#[component]
pub fn ArticleSearch(props: &ArticleSearchProps) -> Html {
    let oninput = props
        .oninput
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let onkeydown = {
        let (onmove, oninput) = (props.onmove.clone(), props.oninput.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                onmove.emit(if e.shift_key() { -1 } else { 1 });
            }
            "Escape" => oninput.emit(String::new()),
            _ => {}
        })
    };
    html! {
        <div class="article-search" role="search" aria-label="Search the article">
            <label for="article-search-input">{ "Search the article" }</label>
            <input
                id="article-search-input"
                type="search"
                value={props.query.clone()}
                autocomplete="off"
                spellcheck="false"
                aria-describedby="article-search-status"
                {oninput}
                {onkeydown}
            />
            <p id="article-search-status" class="search-status" aria-live="polite">{ status(props) }</p>
        </div>
    }
}
