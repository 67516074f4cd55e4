//! Site chrome, metadata headers, licence lines, reference entries and back matter.

use super::*;

pub(super) const CHROME: &[&str] = &[
    "flag as inappropriate",
    "email this article",
    "email this page",
    "print this article",
    "print this page",
    "share this article",
    "share this page",
    "share on",
    "jump to navigation",
    "jump to search",
    "skip to content",
    "skip to main content",
    "toggle navigation",
    "navigation menu",
    "main menu",
    "cookie",
    "privacy policy",
    "terms of use",
    "terms and conditions",
    "sign in",
    "log in",
    "sign up",
    "subscribe",
    "newsletter",
    "advertisement",
    "back to top",
    "read more",
    "retrieved from",
    "press release",
    "for immediate release",
    "follow us",
    "what links here",
    "from wikipedia",
];

pub(super) const METADATA_LABELS: &[&str] = &[
    "article id",
    "reproduction date",
    "title",
    "author",
    "language",
    "collection",
    "publisher",
    "retrieved",
    "accessed",
    "source",
    "sources",
    "categories",
    "category",
    "tags",
    "posted",
    "published",
    "updated",
    "date",
];

pub(super) const LICENCE: &[&str] = &[
    "creative commons",
    "all rights reserved",
    "registered trademark",
    "copyright ©",
    "licensed under",
    "by using this site",
];

/// Whether a heading names back matter (references, see also, external links ...).
pub(crate) fn is_back_matter(heading: &str) -> bool {
    let name = norm(heading);
    BACK_MATTER.iter().any(|b| norm(b) == name)
}

pub(super) const BACK_MATTER: &[&str] = &[
    "references",
    "notes",
    "footnotes",
    "citations",
    "see also",
    "external links",
    "further reading",
    "bibliography",
    "sources",
    "source",
    "literature",
    "official website",
];

/// `Label: value` with a known metadata label.
pub(super) fn metadata(text: &str) -> Option<(String, String)> {
    let (label, value) = text.split_once(':')?;
    let label_norm = label.trim().to_ascii_lowercase();
    METADATA_LABELS
        .contains(&label_norm.as_str())
        .then(|| (label_norm, value.trim().to_string()))
}

pub(super) fn is_reference_entry(text: &str) -> bool {
    let after_number =
        text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    if after_number.starts_with('^') {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    let cites_year = text.as_bytes().windows(7).any(|w| {
        w[0] == b'(' && w[1..5].iter().all(u8::is_ascii_digit) && w[5] == b')' && w[6] == b':'
    });
    cites_year || lower.contains(" pp. ") || lower.contains("doi:") || lower.contains("isbn")
}
