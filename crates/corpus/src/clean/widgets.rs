//! Page widgets that are not the page's text: share bars, comment counts and comment sections,
//! subscription notices, reading-time and word-count lines, "related stories" labels and list
//! numbers left alone when the list around them was stripped.

use super::shape::has_terminal_punctuation;
use crate::phrases::Phrases;

/// Words of a share bar ("Share on Facebook Share on Twitter Share via Email").
const SHARE_WORDS: &[&str] = &[
    "share",
    "on",
    "via",
    "this",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "email",
    "e-mail",
    "whatsapp",
    "print",
    "reddit",
    "pinterest",
    "telegram",
    "copy",
    "link",
    "tweet",
    "mail",
];

/// Labels of link lists around an article.
const LINK_LISTS: &[&str] = &[
    "related stories",
    "related articles",
    "related content",
    "related posts",
    "more stories",
    "most read",
    "most popular",
    "recommended",
    "you may also like",
    "trending",
];

/// A reading-time widget's words ("4 min read").
const READING: Phrases = Phrases::new(&[" min read", "minute read"]);

/// What a subscription box offers, and how it asks.
const MAIL: Phrases = Phrases::new(&["newsletter", "inbox"]);
const SUBSCRIBE: Phrases = Phrases::new(&["sign up", "subscribe", "get "]);

/// Whether a line is a widget (see the module comment).
pub(super) fn is_widget(text: &str) -> bool {
    if text.len() > 240 {
        return false; // widgets are short lines
    }
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '|' || c == '·')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let n = words.len();
    let share_bar = n >= 2
        && words.iter().all(|w| SHARE_WORDS.contains(w))
        && words
            .iter()
            .any(|w| *w != "on" && *w != "via" && *w != "this");
    let counter = n == 2
        && words[0].chars().all(|c| c.is_ascii_digit() || c == ',')
        && matches!(
            words[1],
            "comments" | "comment" | "responses" | "replies" | "shares" | "likes" | "views"
        );
    let reading = n <= 7
        && (READING.in_text(&lower) || (lower.ends_with(" words") && lower.contains("contains")));
    let subscription = n <= 30 && MAIL.in_text(&lower) && SUBSCRIBE.in_text(&lower);
    let orphan_number = text.len() <= 4
        && text
            .trim_end_matches('.')
            .chars()
            .all(|c| c.is_ascii_digit())
        && text.ends_with('.');
    let link_list = LINK_LISTS.contains(&lower.trim_end_matches(':'));
    // "Search", "Search this blog", "Search for:": a search box's label.
    let search_box = words.first() == Some(&"search")
        && words[1..].iter().all(|w| {
            matches!(
                *w,
                "this" | "the" | "our" | "blog" | "site" | "website" | "for"
            )
        });
    // "World | Refugees", "Home › News › Health": a trail of section names.
    let breadcrumb = n <= 10
        && text.contains(['|', '›', '»', '>'])
        && [" | ", " › ", " » ", " > "]
            .iter()
            .any(|sep| text.contains(sep))
        && !has_terminal_punctuation(text)
        && text
            .split(['|', '›', '»', '>'])
            .all(|part| part.trim().starts_with(char::is_uppercase));
    share_bar
        || counter
        || reading
        || subscription
        || orphan_number
        || link_list
        || breadcrumb
        || search_box
}

/// Whether a line opens a page's comment section ("3 Comments", "Comments (2)", "Leave a
/// Reply"): everything after it is readers' comments and the comment form.
pub(super) fn opens_comments(text: &str) -> bool {
    if text.len() > 40 {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let lower = lower.trim().trim_end_matches(':');
    let words: Vec<&str> = lower.split_whitespace().collect();
    let number = |w: &str| {
        let w = w.trim_matches(['(', ')']);
        !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
    };
    let counted = match words.as_slice() {
        ["comments"] | ["responses"] | ["no", "comments" | "responses"] => true,
        ["comments" | "responses", n] => number(n),
        [n, what] => number(n) && matches!(*what, "comments" | "comment" | "responses" | "replies"),
        _ => false,
    };
    counted
        || lower.starts_with("leave a reply")
        || lower.starts_with("leave a comment")
        || lower.starts_with("join the discussion")
        || lower.starts_with("add a comment")
        || lower.starts_with("post a comment")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widgets_of_many_sites() {
        for text in [
            "Share on Facebook Share on Twitter Share via Email",
            "Twitter Facebook Email",
            "12 comments",
            "Sign up for our newsletter to get the top stories in your inbox every morning.",
            "This section contains 1,779 words",
            "4 min read",
            "4.",
            "Related stories",
            "World | Refugees",
            "Home › News › Health",
            "Search This Blog",
            "Search",
            "Search for:",
        ] {
            assert!(is_widget(text), "{text}");
        }
        for text in [
            "Share this page with the members.",
            "It has 12 members.",
            "The newsletter of the union was founded in 1901 and is read by 400 members.",
            "On 4 May 1897 the club was founded.",
            "Search and rescue at sea.",
            "Search and rescue",
        ] {
            assert!(!is_widget(text), "{text}");
        }
    }

    #[test]
    fn comment_sections_open_with_their_count_or_form() {
        for text in [
            "3 Comments",
            "Comments (2)",
            "Leave a Reply",
            "Leave a comment",
            "No comments:",
            "Post a Comment",
        ] {
            assert!(opens_comments(text), "{text}");
        }
        assert!(!opens_comments(
            "Comments on the draft were invited in 1950."
        ));
    }
}
