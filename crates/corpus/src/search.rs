//! Search in the article: every match of a query, in reading order, with where it sits (section,
//! block, byte range in the paragraph's text). Case-insensitive for ASCII letters, so byte offsets
//! stay valid for any text.

use std::ops::Range;

use crate::article::{Article, ArticleBlock};

/// One match: the section and block it is in, and its byte range in the paragraph text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub section: usize,
    pub block: usize,
    pub range: Range<usize>,
}

/// Non-overlapping matches of `query` in `text`, ignoring ASCII case; none for a blank query.
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    let (hay, needle) = (text.to_ascii_lowercase(), query.to_ascii_lowercase());
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = hay[from..].find(&needle) {
        let start = from + i;
        out.push(start..start + needle.len());
        from = start + needle.len();
    }
    out
}

/// Every match of `query` in the article's paragraphs, in reading order.
pub fn search(article: &Article, query: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (s, section) in article.sections.iter().enumerate() {
        for (b, block) in section.blocks.iter().enumerate() {
            if let ArticleBlock::Paragraph(p) = block {
                hits.extend(find_all(&p.text(), query).into_iter().map(|range| Hit {
                    section: s,
                    block: b,
                    range,
                }));
            }
        }
    }
    hits
}

/// `text` cut into pieces, each marked as a match or not, for highlighting.
pub fn pieces<'a>(text: &'a str, matches: &[Range<usize>]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for m in matches {
        if m.start < at || m.end > text.len() {
            continue;
        }
        if m.start > at {
            out.push((&text[at..m.start], false));
        }
        out.push((&text[m.clone()], true));
        at = m.end;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_ignore_case_and_do_not_overlap() {
        assert_eq!(
            find_all("Venice, venice, VENICE", "venice"),
            [0..6, 8..14, 16..22]
        );
        assert_eq!(find_all("aaaa", "aa"), [0..2, 2..4]);
        assert!(find_all("text", "  ").is_empty());
        assert_eq!(find_all("Genève et Genève", "genève"), [0..7, 11..18]);
    }

    #[test]
    fn pieces_alternate_text_and_matches() {
        assert_eq!(
            pieces("a Venice b", &find_all("a Venice b", "venice")),
            [("a ", false), ("Venice", true), (" b", false)]
        );
        assert_eq!(
            pieces("Venice", &find_all("Venice", "VENICE")),
            [("Venice", true)]
        );
    }
}
