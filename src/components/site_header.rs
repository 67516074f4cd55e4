//! The page banner: the app's name (the page's only `h1`) and what it is for.

use yew::prelude::*;

/// The site header landmark.
#[component]
pub fn SiteHeader() -> Html {
    html! {
        <header class="site-header">
            <div class="wrap">
                // `elementtiming`: a test checks that the article is painted before the header.
                <h1 class="site-title" elementtiming="site-title">{ "IOM Explorer" }</h1>
                <p class="site-tagline">
                    { "One readable article, a timeline and a quiz, built from the source documents below." }
                </p>
            </div>
        </header>
    }
}
