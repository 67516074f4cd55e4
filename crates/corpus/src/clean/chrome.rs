//! Site chrome, metadata headers, licence lines, reference entries and back matter.

use super::*;
use crate::phrases::Phrases;

pub(super) const CHROME: Phrases = Phrases::new(&[
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
]);

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

pub(super) const LICENCE: Phrases = Phrases::new(&[
    "creative commons",
    "all rights reserved",
    "registered trademark",
    "copyright ©",
    "licensed under",
    "by using this site",
]);

/// Whether a heading names back matter (references, see also, external links ...).
pub(crate) fn is_back_matter(heading: &str) -> bool {
    let name = norm(heading);
    BACK_MATTER.iter().any(|b| norm_is(b, &name))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_metadata_and_references_go() {
        let raw = "Some Site\nShare this page\nPrint this page\n\nTitle: Acme Corp\nAuthor: Someone\n\nAcme Corp\n\nAcme Corp makes anvils.[1]\n\nReferences\n\n  1. ^ \"Anvils\". Retrieved 6 April 2014.\n";
        let doc = clean(raw);
        assert_eq!(doc.title.as_deref(), Some("Acme Corp"));
        assert_eq!(
            texts(&doc, BlockKind::Paragraph),
            ["Acme Corp makes anvils."]
        );
        assert!(doc.blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
        assert_eq!(doc.removed[&Noise::SiteChrome], 3);
        assert_eq!(doc.removed[&Noise::Citation], 1);
    }

    #[test]
    fn back_matter_and_wiki_markup_go() {
        let raw = "Body text here.\n\n== History ==\nIt started.\n\nSee also\n\n* Other thing * Another\n\n* Smith, J. (2010): A book. pp. 1–2.\n\nExternal links\n\n* {{Authority control Things}}";
        let doc = clean(raw);
        let all: Vec<_> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(all, ["Body text here.", "History", "It started."]);
    }
}
