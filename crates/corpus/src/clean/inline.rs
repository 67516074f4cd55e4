//! Inline cleaning of a logical line: whitespace, citation markers, editorial brackets,
//! templates and wiki quote marks.

use super::*;

/// Clean text of a logical line: whitespace collapsed, citation markers (`[12]`), editorial
/// brackets (`[edit]`), templates (`{{...}}`) and wiki quote marks removed. Returns the text and
/// the citation numbers it carried.
pub(super) fn inline_clean(
    raw: &str,
    logical: &Logical,
    removed: &mut BTreeMap<Noise, usize>,
) -> (Mapped, Vec<u32>) {
    let mut out = Mapped::new();
    let mut citations = Vec::new();
    let mut pending_space = false;
    let mut last_end: Option<usize> = None;

    // After a wiki link's fragment, the link's label that repeats its target ("East
    // Timor#Independence Timor"): left out.
    let label: std::cell::Cell<Option<&str>> = std::cell::Cell::new(None);
    let emit = |out: &mut Mapped, word: Range<usize>, space: bool, last_end: &mut Option<usize>| {
        if label.take() == Some(&raw[word.clone()]) {
            *last_end = Some(word.end);
            return;
        }
        if space && !out.is_empty() {
            match *last_end {
                Some(end) if end + 1 == word.start && raw.as_bytes()[end] == b' ' => {
                    out.push_raw(raw, end..word.start)
                }
                _ => out.push_synthetic(" "),
            }
        }
        // "1969International": a year glued to the next word where markup was stripped;
        // "Timor#Independence": a wiki link's fragment, which no reader should see.
        let text = &raw[word.clone()];
        match (glued_year(text), link_fragment(text)) {
            (Some(at), _) => {
                out.push_raw(raw, word.start..word.start + at);
                out.push_synthetic(" ");
                out.push_raw(raw, word.start + at..word.end);
            }
            (None, Some(at)) => {
                out.push_raw(raw, word.start..word.start + at);
                label.set(Some(&raw[word.start..word.start + at]));
            }
            (None, None) => out.push_raw(raw, word.clone()),
        }
        *last_end = Some(word.end);
    };

    for piece in logical {
        if piece.space_before {
            pending_space = true;
        }
        let text = &raw[piece.range.clone()];
        let base = piece.range.start;
        let mut i = 0;
        let mut word_start: Option<usize> = None;
        while i < text.len() {
            let rest = &text[i..];
            let special = matches!(text.as_bytes()[i], b'{' | b'\'' | b'[');
            let skip = if !special {
                None
            } else if rest.starts_with("{{") {
                count(removed, Noise::Markup);
                Some(rest.find("}}").map_or(rest.len(), |e| e + 2))
            } else if rest.starts_with("''") {
                Some(rest.len() - rest.trim_start_matches('\'').len())
            } else if rest.starts_with('[') {
                bracket_marker(rest)
                    .inspect(|(_, number)| {
                        count(removed, Noise::Citation);
                        citations.extend(*number);
                    })
                    .map(|(len, _)| len)
            } else {
                None
            };
            if let Some(len) = skip {
                if let Some(s) = word_start.take() {
                    emit(&mut out, base + s..base + i, pending_space, &mut last_end);
                    pending_space = false;
                }
                i += len;
                continue;
            }
            let c = rest.chars().next().expect("i is inside text");
            if is_invisible_control(c) {
                // Left out; a word it stood in goes on ("mi\u{200B}gration" is one word).
                count(removed, Noise::Control);
                if let Some(s) = word_start.take() {
                    emit(&mut out, base + s..base + i, pending_space, &mut last_end);
                    pending_space = false;
                }
                i += c.len_utf8();
                continue;
            }
            if c.is_whitespace() {
                if let Some(s) = word_start.take() {
                    emit(&mut out, base + s..base + i, pending_space, &mut last_end);
                }
                pending_space = true;
            } else if word_start.is_none() {
                word_start = Some(i);
            }
            i += c.len_utf8();
        }
        if let Some(s) = word_start.take() {
            emit(
                &mut out,
                base + s..base + text.len(),
                pending_space,
                &mut last_end,
            );
            pending_space = false;
        }
    }
    (out, citations)
}

/// A bidirectional control (embeddings, overrides, isolates: U+202A–U+202E, U+2066–U+2069), a
/// zero-width space or word joiner (U+200B, U+2060, U+FEFF) or a soft hyphen (U+00AD): nothing a
/// reader sees, nothing that may split a word for matching and search, and nothing a page may
/// let a document use to reorder what stands around it. (The zero-width joiners U+200C and
/// U+200D stay: some scripts and emoji need them to be written right.)
pub fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200B}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{00AD}'
    )
}

/// A bracketed marker at the start of `text`: `[12]` (a citation, with its number), or a short
/// lower-case editorial note such as `[edit]`, `[citation needed]` or a wiki's pair of edit
/// links (`[edit | edit source]`). Returns its byte length.
pub(super) fn bracket_marker(text: &str) -> Option<(usize, Option<u32>)> {
    let end = text.find(']')?;
    let inner = &text[1..end];
    if inner.is_empty() || inner.len() > 30 {
        return None;
    }
    if inner.chars().all(|c| c.is_ascii_digit()) {
        return Some((end + 1, inner.parse().ok()));
    }
    let words = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_lowercase() || c == ' ');
    let editorial = (inner.len() <= 20 && words(inner))
        || (inner.contains(" | ") && inner.split(" | ").all(words));
    editorial.then_some((end + 1, None))
}

/// Where a year glued to a capitalised word ends ("1969International" → 4).
fn glued_year(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    let year = bytes.len() > 6 && bytes[..4].iter().all(u8::is_ascii_digit);
    let name = year && bytes[4].is_ascii_uppercase() && bytes[5].is_ascii_lowercase();
    name.then_some(4)
}

/// Where a wiki link's fragment starts in a word ("Timor#Independence" → 5); a hashtag
/// ("#MigrationMeans") has none.
fn link_fragment(word: &str) -> Option<usize> {
    let at = word.find('#').filter(|&i| i > 0)?;
    let glued = word[..at].ends_with(char::is_alphanumeric)
        && word[at + 1..].starts_with(char::is_uppercase);
    glued.then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wiki_links_fragment_goes_and_a_hashtag_stays() {
        assert_eq!(link_fragment("Timor#Independence"), Some(5));
        assert_eq!(link_fragment("#MigrationMeans"), None);
        assert_eq!(link_fragment("C#"), None);
        let doc =
            crate::clean::clean("It worked in Kosovo and East Timor#Independence Timor in 1999.");
        assert_eq!(
            doc.blocks[0].text.as_str(),
            "It worked in Kosovo and East Timor in 1999."
        );
    }

    #[test]
    fn edit_links_go_and_a_heading_they_follow_is_known() {
        assert_eq!(bracket_marker("[edit]"), Some((6, None)));
        assert_eq!(bracket_marker("[change | change source]"), Some((24, None)));
        assert_eq!(bracket_marker("[edit | edit source] x"), Some((20, None)));
        assert_eq!(bracket_marker("[Geneva | Bern]"), None);
        assert_eq!(bracket_marker("[a note longer than twenty]"), None);
        let doc = crate::clean::clean(
            "Acme Aid\n\nAcme Aid was founded in 1971.\n\nReferences[change | change source]\n\n  1. \"About Acme\". 2011 [last update]. Retrieved 16 May 2011.\n",
        );
        let text: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(text.iter().all(|t| !t.contains("Retrieved")), "{text:?}");
    }

    #[test]
    fn a_glued_year_is_split_off() {
        assert_eq!(glued_year("1969International"), Some(4));
        assert_eq!(glued_year("1969"), None);
        assert_eq!(glued_year("2013.Millions"), None);
        assert_eq!(glued_year("4K"), None);
    }

    #[test]
    fn invisible_controls_leave_the_text_and_are_counted() {
        let raw = "The Acme Union had 1,200 staff in 1990. \u{202E}It helped mi\u{200B}grants \u{2067}and\u{2069} ref\u{00AD}u\u{2060}gees.";
        let doc = crate::clean::clean(raw);
        assert_eq!(
            doc.blocks[0].text.as_str(),
            "The Acme Union had 1,200 staff in 1990. It helped migrants and refugees."
        );
        assert_eq!(doc.removed[&Noise::Control], 6);
        assert!(!doc.blocks[0].text.as_str().contains(is_invisible_control));
    }
}
