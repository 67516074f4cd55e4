//! Document names: what a reader knows each source by, from the document's own text. Its
//! publisher or site when it names one ("World Heritage Encyclopedia", "Wikipedia", "Al
//! Jazeera"); "Wiki copy" for a copy of a wiki page; else its title when no other document has
//! that title; else its file name without the hash. Names that would repeat get their file's
//! name beside them, so no two documents share one.

use crate::structure::{StructuredDoc, UNTITLED};

/// One name per document, in the order given; `docs` are `(file name, document)`.
pub fn document_names(docs: &[(&str, &StructuredDoc)]) -> Vec<String> {
    let first: Vec<String> = docs
        .iter()
        .map(|(file, doc)| {
            let title_unique = doc.title != UNTITLED
                && docs.iter().filter(|(_, d)| d.title == doc.title).count() == 1;
            doc.publisher
                .clone()
                .or_else(|| doc.wiki.then(|| "Wiki copy".to_string()))
                .or_else(|| title_unique.then(|| doc.title.clone()))
                .unwrap_or_else(|| plain_file_name(file))
        })
        .collect();
    first
        .iter()
        .zip(docs)
        .map(|(name, (file, _))| {
            let repeated = first.iter().filter(|n| *n == name).count() > 1;
            let stem = plain_file_name(file);
            if repeated && *name != stem {
                format!("{name} ({})", stem.trim_start_matches("Document "))
            } else {
                name.clone()
            }
        })
        .collect()
}

/// A file name without its extension and without a hash ("000_26814fa039b09df4.txt" →
/// "Document 000"; "lakeside-history.txt" → "lakeside-history").
pub fn plain_file_name(file: &str) -> String {
    // A file name is the reader's text too: no control may reorder the page around it.
    let visible: String = file
        .chars()
        .filter(|&c| !crate::clean::is_invisible_control(c))
        .collect();
    let file = visible.as_str();
    let file = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    let kept: Vec<&str> = stem
        .split(['_', '-'])
        .filter(|part| !(part.len() >= 8 && part.chars().all(|c| c.is_ascii_hexdigit())))
        .collect();
    let kept = if kept.is_empty() { vec![stem] } else { kept };
    let plain = if kept.len() == stem.split(['_', '-']).count() {
        stem.to_string()
    } else {
        kept.join("_")
    };
    if plain.chars().all(|c| c.is_ascii_digit()) {
        format!("Document {plain}")
    } else {
        plain
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_keeps_no_control() {
        assert_eq!(plain_file_name("notes\u{202E}txt.exe.txt"), "notestxt.exe");
    }
    use crate::structure::structure;

    #[test]
    fn file_names_lose_their_hash() {
        assert_eq!(plain_file_name("000_26814fa039b09df4.txt"), "Document 000");
        assert_eq!(plain_file_name("lakeside-history.txt"), "lakeside-history");
        assert_eq!(plain_file_name("report-2023.md"), "report-2023");
        assert_eq!(plain_file_name("deadbeefcafe.txt"), "deadbeefcafe");
        assert_eq!(
            plain_file_name("seeds/004_21fd9861e53d9c55.txt"),
            "Document 004"
        );
    }

    #[test]
    fn publisher_wiki_title_file_and_never_twice() {
        let a = structure("Publisher: Harbour News\n\nThe Harbour Society was founded in 1901.");
        let b = structure("The Harbour Society\n\n== History ==\n\nIt was founded in 1901.");
        let c = structure("The Harbour Society\n\n== History ==\n\nIt had 40 members.");
        let d = structure("A short history\n\nThe Harbour Society was founded in 1901.");
        let e = structure("The Harbour Society was founded in 1901.");
        let names = document_names(&[
            ("a.txt", &a),
            ("b_0123456789abcdef.txt", &b),
            ("c.txt", &c),
            ("d.txt", &d),
            ("007_0123456789abcdef.txt", &e),
        ]);
        assert_eq!(
            names,
            [
                "Harbour News",
                "Wiki copy (b)",
                "Wiki copy (c)",
                "A short history",
                "Document 007"
            ]
        );
    }
}
