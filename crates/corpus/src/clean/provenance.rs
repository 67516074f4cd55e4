//! Where a page comes from, as the page itself says it: a publisher line ("Publisher: ..."), a
//! site line ("From Wikipedia, the free encyclopedia"), the credit of its first caption ("(Al
//! Jazeera)"), a copyright line ("Copyright © World Library Foundation."); and whether it is a
//! copy of a wiki page (templates, `== Heading ==` markup).

use super::*;

/// Languages, which a bracket after a caption may name instead of a credit ("(French)").
pub(crate) const LANGUAGES: &[&str] = &[
    "English",
    "French",
    "Spanish",
    "Arabic",
    "Chinese",
    "Russian",
    "German",
    "Portuguese",
    "Italian",
    "Dutch",
    "Japanese",
];

/// The publisher or site `items` name, in that order of trust.
pub(super) fn publisher(items: &[Item]) -> Option<String> {
    let metadata = items.iter().find_map(|i| match &i.class {
        Class::Metadata { label, value } if label == "publisher" => proper(value),
        _ => None,
    });
    let site = || items.iter().find_map(|i| site_line(i.text.as_str()));
    let credit = || {
        items
            .iter()
            .find(|i| i.class == Class::Caption)
            .and_then(|i| caption_credit(i.text.as_str()))
    };
    let copyright = || items.iter().find_map(|i| copyright_holder(i.text.as_str()));
    metadata.or_else(site).or_else(credit).or_else(copyright)
}

/// Whether the page is a copy of a wiki page.
pub(super) fn is_wiki_copy(raw: &str) -> bool {
    raw.contains("{{")
        || raw
            .lines()
            .any(|l| l.trim().starts_with("== ") && l.trim().ends_with(" =="))
}

/// A name as a page writes it: capitalised, a few words.
fn proper(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches(['.', ',']);
    let words = text.split_whitespace().count();
    (text.starts_with(char::is_uppercase) && (1..=6).contains(&words)).then(|| text.to_string())
}

/// "From Wikipedia, the free encyclopedia" → "Wikipedia".
fn site_line(text: &str) -> Option<String> {
    let rest = text.strip_prefix("From ")?;
    let (site, tail) = rest.split_once(',')?;
    let tail = tail.to_ascii_lowercase();
    let describes = [
        "encyclopedia",
        "dictionary",
        "magazine",
        "news",
        "journal",
        "archive",
    ]
    .iter()
    .any(|w| tail.contains(w));
    describes.then(|| proper(site)).flatten()
}

/// "Staff at the port in 2011 (Reuters)" → "Reuters"; a language in brackets is no credit.
fn caption_credit(text: &str) -> Option<String> {
    let inner = text.strip_suffix(')')?.rsplit_once('(')?.1;
    let inner = inner.trim_start_matches('©').trim_start();
    (!LANGUAGES.contains(&inner.trim()))
        .then(|| proper(inner))
        .flatten()
}

/// "Copyright © World Library Foundation. All rights reserved." → "World Library Foundation".
fn copyright_holder(text: &str) -> Option<String> {
    let at = text.find('©')?;
    let rest = text[at + '©'.len_utf8()..].trim_start();
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '–' || c == '-');
    let holder = rest.trim_start().split(['.', ',', ';', '(', ')']).next()?;
    proper(holder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_pages_give_themselves() {
        assert_eq!(
            site_line("From Wikipedia, the free encyclopedia").as_deref(),
            Some("Wikipedia")
        );
        assert_eq!(site_line("From Europe, its name was changed"), None);
        assert_eq!(
            caption_credit("Logo of the organization (Al Jazeera)").as_deref(),
            Some("Al Jazeera")
        );
        assert_eq!(caption_credit("A press conference in 2023 (French)"), None);
        assert_eq!(
            caption_credit("The entrance, enlarge image (© Jane Roe)").as_deref(),
            Some("Jane Roe")
        );
        assert_eq!(
            copyright_holder("Copyright © World Library Foundation. All rights reserved.")
                .as_deref(),
            Some("World Library Foundation")
        );
        assert_eq!(
            copyright_holder("© 2023 Harbour News Ltd, all rights reserved").as_deref(),
            Some("Harbour News Ltd")
        );
        assert!(is_wiki_copy("Text\n\n== History ==\nMore"));
        assert!(!is_wiki_copy("Text\n\nHistory\nMore"));
    }
}
