//! Cleaning: reduces a raw web document to its real content blocks, in reading order.
//!
//! The rules describe kinds of web text (site chrome, metadata headers, reference lists, hover-card
//! glossary fragments, infoboxes, captions, table-of-contents lines, licence footers), never the
//! text of particular documents. Cleaning never fails: any input gives blocks plus a count of what
//! was removed and why. All clean text is [`Mapped`] back to the raw bytes.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::mapped::Mapped;
use crate::words::{split_words, Word};

/// What a kept block is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    /// An image caption or alt text: kept, but not prose.
    Caption,
    /// An infobox line: `label` and the value in `text`.
    Field {
        label: String,
    },
}

/// One kept piece of content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub text: Mapped,
}

/// Why something was removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Noise {
    SiteChrome,
    Metadata,
    Reference,
    BackMatter,
    Contents,
    Gloss,
    Markup,
    Citation,
    Fragment,
    EmptyList,
    Licence,
    Duplicate,
}

/// A cleaned document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CleanDoc {
    /// The title the document gives itself, if it gives one.
    pub title: Option<String>,
    pub blocks: Vec<Block>,
    /// How many pieces were removed, by reason.
    pub removed: BTreeMap<Noise, usize>,
    /// The document listed its body in reverse order and was put back in reading order.
    pub reordered: bool,
    /// Headings listed by the document's own table of contents, in order.
    pub contents: Vec<String>,
}

/// Cleans one raw document.
pub fn clean(raw: &str) -> CleanDoc {
    let mut removed = BTreeMap::new();
    let groups = logical_groups(raw, &mut removed);
    let mut items = classify_groups(raw, &groups, &mut removed);
    let title = take_title(raw, &mut items, &mut removed);
    let contents: Vec<String> = items
        .iter()
        .filter_map(|item| match &item.class {
            Class::Contents(title) => Some(title.clone()),
            _ => None,
        })
        .collect();
    drop_footer(&mut items, raw.len(), &mut removed);
    let reordered = restore_reading_order(&mut items);
    let contents_at = items
        .iter()
        .filter(|i| {
            !matches!(
                i.class,
                Class::Noise(_) | Class::Metadata { .. } | Class::Licence
            )
        })
        .position(|i| matches!(i.class, Class::Contents(_)));
    let mut blocks = finish_blocks(items, &mut removed);
    if let Some(at) = contents_at {
        head_untitled_section(&mut blocks, at, &contents);
    }
    CleanDoc {
        title,
        blocks,
        removed,
        reordered,
        contents,
    }
}

fn count(removed: &mut BTreeMap<Noise, usize>, noise: Noise) {
    *removed.entry(noise).or_default() += 1;
}

// ---------------------------------------------------------------------------------------------
// Lines, hover cards and logical lines

/// A raw piece of a logical line and whether a space joins it to the previous piece.
#[derive(Clone, Debug)]
struct Piece {
    range: Range<usize>,
    space_before: bool,
}

type Logical = Vec<Piece>;

/// Trimmed byte ranges of the raw lines (blank lines give empty ranges).
fn line_ranges(raw: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in raw.split('\n') {
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        out.push(start + lead..start + lead + trimmed.len());
        start += line.len() + 1;
    }
    out
}

/// Lower-cased letters and digits of a word, for comparing words.
fn norm(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `word`, without surrounding punctuation, is one of `words` (ASCII, any case).
fn word_is(word: &str, words: &[&str]) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
    words.iter().any(|w| bare.eq_ignore_ascii_case(w))
}

fn is_article(word: &str) -> bool {
    matches!(norm(word).as_str(), "a" | "an" | "the")
}

/// A hover card is a linked term followed by its glossary definition, cut off with an ellipsis:
/// `migrant worker A migrant worker is a person who ... Migran ...`. Returns the byte length of
/// the linked term when `line` is one.
fn hover_card_term(line: &str) -> Option<usize> {
    let trimmed = line.trim_end();
    if !(trimmed.ends_with("...") || trimmed.ends_with('…')) {
        return None;
    }
    let words = split_words(trimmed, char::is_whitespace);
    let same = |a: &[Word], b: &[Word]| {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| norm(x.text) == norm(y.text) && !norm(x.text).is_empty())
    };
    for k in 1..=6.min(words.len() / 2) {
        let term = &words[..k];
        for skip in [0, 1] {
            let at = k + skip;
            if skip == 1 && !is_article(words[k].text) {
                continue;
            }
            if at + k <= words.len() && same(term, &words[at..at + k]) {
                return Some(words[k - 1].end());
            }
        }
    }
    None
}

/// How a line that continues a hover-card sentence attaches: no space before punctuation or a
/// split-off word ending (`s.` after `migrant worker`: one or two lower-case letters and then
/// punctuation), a space otherwise (`as the ...` after `Venice`).
fn continues_without_space(line: &str) -> bool {
    let Some(first) = line.chars().next() else {
        return false;
    };
    if ".,;:!?)".contains(first) {
        return true;
    }
    let letters = line.chars().take_while(|c| c.is_lowercase()).count();
    let after = line.chars().nth(letters);
    (1..=2).contains(&letters) && after.is_none_or(|c| ".,;:!?'’)".contains(c))
}

/// Groups of logical lines, separated by blank lines. Hover cards are reduced to their linked
/// term and the sentence they interrupted is joined again.
fn logical_groups(raw: &str, removed: &mut BTreeMap<Noise, usize>) -> Vec<Vec<Logical>> {
    let mut groups: Vec<Vec<Logical>> = Vec::new();
    let mut group: Vec<Logical> = Vec::new();
    // After a hover card: the linked term, waiting for the rest of its sentence.
    let mut pending_term: Option<String> = None;

    for range in line_ranges(raw) {
        let line = &raw[range.clone()];
        if line.is_empty() {
            if pending_term.is_none() && !group.is_empty() {
                groups.push(std::mem::take(&mut group));
            }
            continue;
        }
        if let Some(term_len) = hover_card_term(line) {
            count(removed, Noise::Gloss);
            let piece = Piece {
                range: range.start..range.start + term_len,
                space_before: true,
            };
            match group.last_mut() {
                Some(last) => last.push(piece),
                None => group.push(vec![piece]),
            }
            pending_term = Some(norm(&line[..term_len]));
            continue;
        }
        if let Some(term) = pending_term.take() {
            if norm(line) == term {
                // The linked term repeated on its own line: keep waiting for the sentence.
                count(removed, Noise::Duplicate);
                pending_term = Some(term);
                continue;
            }
            let piece = Piece {
                range,
                space_before: !continues_without_space(line),
            };
            match group.last_mut() {
                Some(last) => last.push(piece),
                None => group.push(vec![piece]),
            }
            continue;
        }
        group.push(vec![Piece {
            range,
            space_before: false,
        }]);
    }
    if !group.is_empty() {
        groups.push(group);
    }
    groups
}

// ---------------------------------------------------------------------------------------------
// Inline cleaning

/// Clean text of a logical line: whitespace collapsed, citation markers (`[12]`), editorial
/// brackets (`[edit]`), templates (`{{...}}`) and wiki quote marks removed. Returns the text and
/// the citation numbers it carried.
fn inline_clean(
    raw: &str,
    logical: &Logical,
    removed: &mut BTreeMap<Noise, usize>,
) -> (Mapped, Vec<u32>) {
    let mut out = Mapped::new();
    let mut citations = Vec::new();
    let mut pending_space = false;
    let mut last_end: Option<usize> = None;

    let emit = |out: &mut Mapped, word: Range<usize>, space: bool, last_end: &mut Option<usize>| {
        if space && !out.is_empty() {
            match *last_end {
                Some(end) if end + 1 == word.start && raw.as_bytes()[end] == b' ' => {
                    out.push_raw(raw, end..word.start)
                }
                _ => out.push_synthetic(" "),
            }
        }
        out.push_raw(raw, word.clone());
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

/// A bracketed marker at the start of `text`: `[12]` (a citation, with its number), or a short
/// lower-case editorial note such as `[edit]` or `[citation needed]`. Returns its byte length.
fn bracket_marker(text: &str) -> Option<(usize, Option<u32>)> {
    let end = text.find(']')?;
    let inner = &text[1..end];
    if inner.is_empty() || inner.len() > 20 {
        return None;
    }
    if inner.chars().all(|c| c.is_ascii_digit()) {
        return Some((end + 1, inner.parse().ok()));
    }
    let editorial = inner.chars().all(|c| c.is_lowercase() || c == ' ');
    editorial.then_some((end + 1, None))
}

// ---------------------------------------------------------------------------------------------
// Classification of logical lines

#[derive(Clone, Debug, PartialEq, Eq)]
enum Class {
    Noise(Noise),
    /// Text that could be a heading if it stands alone.
    HeadingLike,
    /// A heading marked up as one (`== History ==`).
    Heading,
    Paragraph,
    ListItem,
    Caption,
    Field(String),
    Contents(String),
    Licence,
    Metadata {
        label: String,
        value: String,
    },
}

#[derive(Clone, Debug)]
struct Item {
    class: Class,
    text: Mapped,
    citations: Vec<u32>,
    /// Raw offset of the item, to tell the head of a document from its foot.
    at: usize,
    /// Index of the blank-line group the item came from.
    group: usize,
}

const CHROME: &[&str] = &[
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

const METADATA_LABELS: &[&str] = &[
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

const LICENCE: &[&str] = &[
    "creative commons",
    "all rights reserved",
    "registered trademark",
    "copyright ©",
    "licensed under",
    "by using this site",
];

/// Infobox labels that name a leader's title.
pub(crate) const LEADER_LABELS: &[&str] = &[
    "director general",
    "director-general",
    "secretary general",
    "secretary-general",
    "executive director",
    "president",
    "chairman",
    "chair",
    "leader",
];

/// Other labels that infoboxes of organizations, places and people use.
const INFOBOX_LABELS: &[&str] = &[
    "abbreviation",
    "formation",
    "founded",
    "founder",
    "established",
    "dissolved",
    "type",
    "legal status",
    "purpose",
    "headquarters",
    "location",
    "coordinates",
    "region served",
    "area served",
    "membership",
    "members",
    "official languages",
    "official language",
    "languages",
    "working languages",
    "key people",
    "parent organization",
    "main organ",
    "budget",
    "revenue",
    "staff",
    "employees",
    "volunteers",
    "website",
    "formerly called",
    "motto",
];

/// Whether a heading names back matter (references, see also, external links ...).
pub(crate) fn is_back_matter(heading: &str) -> bool {
    let name = norm(heading);
    BACK_MATTER.iter().any(|b| norm(b) == name)
}

const BACK_MATTER: &[&str] = &[
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

/// Words a heading or a complete sentence does not end with.
const DANGLING: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "is", "are", "was", "were", "be", "that", "which", "their", "its", "his", "her", "as",
    "this",
];

fn starts_with_bullet(text: &str) -> Option<usize> {
    let c = text.chars().next()?;
    let bullet = matches!(c, '•' | '*' | '·' | '▪' | '◦' | '–' | '-');
    let followed_by_space = text[c.len_utf8()..].starts_with(char::is_whitespace);
    (bullet && followed_by_space).then(|| c.len_utf8())
}

fn ends_dangling(text: &str) -> bool {
    text.split_whitespace()
        .last()
        .is_some_and(|w| DANGLING.contains(&norm(w).as_str()))
}

fn has_terminal_punctuation(text: &str) -> bool {
    let end = text.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
    end.ends_with(['.', '!', '?', '…'])
}

fn looks_like_heading(text: &str) -> bool {
    let n = text.split_whitespace().count();
    let first_alpha = text.chars().find(|c| c.is_alphanumeric());
    let quoted = text.starts_with(['"', '“']);
    let max_words = if quoted { 15 } else { 12 };
    (1..=max_words).contains(&n)
        && !text.ends_with(['.', ',', ';', ':', '!', '?'])
        && !ends_dangling(text)
        && (quoted || first_alpha.is_some_and(char::is_uppercase))
}

/// `Label: value` with a known metadata label.
fn metadata(text: &str) -> Option<(String, String)> {
    let (label, value) = text.split_once(':')?;
    let label_norm = label.trim().to_ascii_lowercase();
    METADATA_LABELS
        .contains(&label_norm.as_str())
        .then(|| (label_norm, value.trim().to_string()))
}

/// `Label value` with a known infobox label: returns the label and where the value starts.
fn infobox_field(text: &str) -> Option<(String, usize)> {
    if has_terminal_punctuation(text) || text.split_whitespace().count() > 30 {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    INFOBOX_LABELS
        .iter()
        .chain(LEADER_LABELS)
        .filter(|label| lower.starts_with(*label))
        .filter(|label| lower[label.len()..].starts_with(' '))
        .max_by_key(|label| label.len())
        .map(|label| (label.to_string(), label.len() + 1))
}

/// `• History 1`: a table-of-contents line (a title and its section number).
fn contents_entry(text: &str) -> Option<String> {
    let (title, number) = text.rsplit_once(' ')?;
    let title = title.trim();
    (number.chars().all(|c| c.is_ascii_digit())
        && number.len() <= 2
        && looks_like_heading(title)
        && !title.chars().any(|c| c.is_ascii_digit()))
    .then(|| title.to_string())
}

fn is_reference_entry(text: &str) -> bool {
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

/// An image caption: a phrase ending with a parenthesised credit (`... in 2011 (Reuters)`), or a
/// short line naming a logo, photo or image.
fn is_caption(text: &str) -> bool {
    let credit = text
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .is_some_and(|(before, credit)| {
            let credit_words: Vec<_> = credit.split_whitespace().collect();
            (1..=3).contains(&credit_words.len())
                && credit_words
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase))
                && !before.trim_end().ends_with(['.', ':', ';'])
                && !before.contains(". ")
                && before.split_whitespace().count() >= 3
        });
    let short = text.split_whitespace().nth(6).is_none();
    let pictures = || {
        text.split_whitespace()
            .any(|w| word_is(w, &["logo", "photo", "image", "picture"]))
    };
    credit || (short && !has_terminal_punctuation(text) && pictures())
}

/// `IOM Logo – The organization is ...`: alt text glued in front of a paragraph. Returns the byte
/// length of the caption part and where the paragraph starts.
fn glued_caption(text: &str) -> Option<(usize, usize)> {
    let dash = text.find(" – ").or_else(|| text.find(" - "))?;
    let head = &text[..dash];
    let n = head.split_whitespace().count();
    let pictures = head
        .split_whitespace()
        .last()
        .is_some_and(|w| word_is(w, &["logo", "photo", "image"]));
    let sep = text[dash..].chars().nth(1).map_or(3, |c| c.len_utf8() + 2);
    (pictures && n <= 5).then_some((dash, dash + sep))
}

fn classify(text: &str) -> Class {
    classify_as(text, true)
}

/// Classifies `text`; infobox labels are only considered when `fields` is set.
fn classify_as(text: &str, fields: bool) -> Class {
    let lower = text.to_ascii_lowercase();
    let n = text.split_whitespace().count();
    if heading_text(text).is_some() {
        return Class::Heading;
    }
    if LICENCE.iter().any(|p| lower.contains(p)) {
        return Class::Licence;
    }
    if n <= 8 && CHROME.iter().any(|p| lower.contains(p)) {
        return Class::Noise(Noise::SiteChrome);
    }
    if let Some((label, value)) = metadata(text) {
        if n <= 20 || !has_terminal_punctuation(text) {
            return Class::Metadata { label, value };
        }
    }
    if is_reference_entry(text) {
        return Class::Noise(Noise::Reference);
    }
    if let Some(len) = starts_with_bullet(text) {
        let item = text[len..].trim();
        if let Some(title) = contents_entry(item) {
            return Class::Contents(title);
        }
        return Class::ListItem;
    }
    if let Some((label, _)) = infobox_field(text).filter(|_| fields) {
        return Class::Field(label);
    }
    if is_caption(text) {
        return Class::Caption;
    }
    if looks_like_heading(text) {
        return Class::HeadingLike;
    }
    Class::Paragraph
}

/// The text inside a marked heading: a wiki heading (`== History ==`) or a Markdown one
/// (`## History`, `# Title #`, one to six `#` and a space).
fn heading_text(s: &str) -> Option<std::ops::Range<usize>> {
    if s.starts_with("==") && s.len() >= 4 && s.ends_with("==") {
        let start = s.len() - s.trim_start_matches('=').len();
        return Some(start..start + s.trim_matches('=').len());
    }
    let hashes = s.len() - s.trim_start_matches('#').len();
    let rest = &s[hashes..];
    if !(1..=6).contains(&hashes) || !rest.starts_with(' ') || rest.trim().is_empty() {
        return None;
    }
    let inner = rest.trim_end().trim_end_matches('#');
    Some(hashes..hashes + inner.len())
}

/// Strips a leading bullet (and any heading marks) from a classified item's text.
fn strip_marks(text: &Mapped, class: &Class) -> Mapped {
    let s = text.as_str();
    match class {
        Class::Heading => match heading_text(s) {
            Some(range) => text.slice(range).trimmed(),
            None => text.clone(),
        },
        Class::ListItem => match starts_with_bullet(s) {
            Some(len) => text.slice(len..s.len()).trimmed(),
            None => text.clone(),
        },
        _ => text.clone(),
    }
}

/// Splits `* one * two` (several bullets run together on one line) into items.
fn split_inline_bullets(text: &Mapped) -> Vec<Mapped> {
    let s = text.as_str();
    let mut cuts = vec![0];
    for sep in [" * ", " • "] {
        cuts.extend(s.match_indices(sep).map(|(i, _)| i + 1));
    }
    crate::order::sort(&mut cuts);
    cuts.push(s.len());
    cuts.windows(2)
        .map(|w| {
            let part = text.slice(w[0]..w[1]).trimmed();
            strip_marks(&part, &Class::ListItem)
        })
        .filter(|m| !m.is_empty())
        .collect()
}

fn classify_groups(
    raw: &str,
    groups: &[Vec<Logical>],
    removed: &mut BTreeMap<Noise, usize>,
) -> Vec<Item> {
    let mut items = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        let mut group_items: Vec<Item> = Vec::new();
        for logical in group {
            let (text, citations) = inline_clean(raw, logical, removed);
            let text = text.trimmed();
            if text.is_empty() {
                continue;
            }
            let at = logical.first().map_or(0, |p| p.range.start);
            let class = classify(text.as_str());
            push_item(&mut group_items, class, text, citations, at, g);
        }
        settle_group(&mut group_items);
        items.extend(group_items);
    }
    items
}

fn push_item(
    items: &mut Vec<Item>,
    class: Class,
    text: Mapped,
    citations: Vec<u32>,
    at: usize,
    group: usize,
) {
    let item = |class: Class, text: Mapped, citations: Vec<u32>| Item {
        class,
        text,
        citations,
        at,
        group,
    };
    match class {
        Class::ListItem => {
            for part in split_inline_bullets(&text) {
                let class = classify(part.as_str());
                let class = match class {
                    Class::Noise(_) | Class::Contents(_) => class,
                    _ => Class::ListItem,
                };
                items.push(item(class, part, citations.clone()));
            }
        }
        Class::Paragraph => match glued_caption(text.as_str()) {
            Some((caption_end, body_start)) => {
                items.push(item(Class::Caption, text.slice(0..caption_end), vec![]));
                let body = text.slice(body_start..text.len());
                items.push(item(Class::Paragraph, body, citations));
            }
            None => items.push(item(Class::Paragraph, text, citations)),
        },
        _ => {
            let text = strip_marks(&text, &class);
            items.push(item(class, text, citations));
        }
    }
}

/// Decisions that need the whole blank-line group: a group that is mostly site chrome is all
/// chrome; the short name lines around infobox fields belong to the infobox; several
/// heading-like lines in one group are a list of names, not headings.
fn settle_group(group: &mut [Item]) {
    let chrome = group
        .iter()
        .filter(|i| i.class == Class::Noise(Noise::SiteChrome))
        .count();
    let fields = group
        .iter()
        .filter(|i| matches!(i.class, Class::Field(_)))
        .count();
    for item in group.iter_mut() {
        if fields < 3 && matches!(item.class, Class::Field(_)) {
            // A lone line that starts like an infobox label is ordinary text.
            item.class = classify_as(item.text.as_str(), false);
        }
        let short = item.text.as_str().split_whitespace().count() <= 6;
        let loose = matches!(item.class, Class::HeadingLike | Class::Paragraph) && short;
        if chrome >= 2 && loose {
            item.class = Class::Noise(Noise::SiteChrome);
        } else if fields >= 3 && loose {
            item.class = Class::Noise(Noise::Metadata);
        }
    }
}

/// Takes the document's title from its metadata (`Title: ...`) or, in Markdown, from a first
/// line that is a level-one heading (`# Title`); drops the other metadata lines and every line
/// that only repeats the title.
fn take_title(
    raw: &str,
    items: &mut Vec<Item>,
    removed: &mut BTreeMap<Noise, usize>,
) -> Option<String> {
    let metadata = items.iter().find_map(|item| match &item.class {
        Class::Metadata { label, value } if label == "title" && !value.is_empty() => {
            Some(value.clone())
        }
        _ => None,
    });
    let markdown = || {
        let first = items.first().filter(|i| i.class == Class::Heading)?;
        // Its marks are already stripped: the raw line before the text says the level.
        let start = first.text.raw_range()?.start;
        let line_start = raw[..start].rfind('\n').map_or(0, |i| i + 1);
        (raw[line_start..start].trim() == "#").then(|| first.text.as_str().to_string())
    };
    let title = metadata.or_else(markdown);
    let title_norm = title.as_deref().map(norm);
    items.retain(|item| {
        let repeat = title_norm.as_ref().is_some_and(|t| {
            item.text.len() <= 2 * t.len() + 8
                && !matches!(item.class, Class::Field(_))
                && *t == norm(item.text.as_str())
        });
        let meta = matches!(item.class, Class::Metadata { .. });
        if repeat {
            count(removed, Noise::Duplicate);
        } else if meta {
            count(removed, Noise::Metadata);
        }
        !repeat && !meta
    });
    title
}

/// Drops the licence footer: the first licence block in the second half of the document and
/// everything after it. A licence line earlier on is dropped alone.
fn drop_footer(items: &mut Vec<Item>, raw_len: usize, removed: &mut BTreeMap<Noise, usize>) {
    let footer = items
        .iter()
        .position(|i| i.class == Class::Licence && i.at >= raw_len / 2);
    if let Some(start) = footer {
        for _ in start..items.len() {
            count(removed, Noise::Licence);
        }
        items.truncate(start);
    }
    items.retain(|i| {
        let licence = i.class == Class::Licence;
        if licence {
            count(removed, Noise::Licence);
        }
        !licence
    });
}

/// Some pages list their body backwards: last section first, each heading after its text. Their
/// citation numbers then run downwards. Puts such a body back in reading order (infobox fields
/// stay where they are: they are not part of the running text).
fn restore_reading_order(items: &mut [Item]) -> bool {
    let is_body = |item: &Item| {
        matches!(
            item.class,
            Class::Heading
                | Class::HeadingLike
                | Class::Paragraph
                | Class::ListItem
                | Class::Caption
                | Class::Contents(_)
        )
    };
    let numbers: Vec<u32> = items
        .iter()
        .filter(|i| is_body(i))
        .flat_map(|i| i.citations.iter().copied())
        .collect();
    let (mut up, mut down) = (0, 0);
    for pair in numbers.windows(2) {
        match pair[0].cmp(&pair[1]) {
            std::cmp::Ordering::Less => up += 1,
            std::cmp::Ordering::Greater => down += 1,
            std::cmp::Ordering::Equal => {}
        }
    }
    let reversed = down >= 3 && down > 2 * up;
    if reversed {
        let body: Vec<usize> = (0..items.len()).filter(|&i| is_body(&items[i])).collect();
        let mut body_items: Vec<Item> = body.iter().map(|&i| items[i].clone()).collect();
        body_items.reverse();
        for (slot, item) in body.into_iter().zip(body_items) {
            items[slot] = item;
        }
    }
    reversed
}

// ---------------------------------------------------------------------------------------------
// Final blocks

fn finish_blocks(items: Vec<Item>, removed: &mut BTreeMap<Noise, usize>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut in_back_matter = false;
    for (i, item) in items.iter().enumerate() {
        let next = items.get(i + 1);
        let kind = match &item.class {
            Class::Noise(noise) => {
                count(removed, *noise);
                continue;
            }
            Class::Contents(_) => {
                count(removed, Noise::Contents);
                continue;
            }
            Class::Licence | Class::Metadata { .. } => {
                count(removed, Noise::Metadata);
                continue;
            }
            Class::Heading => BlockKind::Heading,
            Class::HeadingLike => {
                let alone = next.is_none_or(|n| n.group != item.group)
                    && items
                        .get(i.wrapping_sub(1))
                        .is_none_or(|p| p.group != item.group);
                let heads_text =
                    next.is_some_and(|n| n.group == item.group && n.class == Class::Paragraph);
                if alone || heads_text {
                    BlockKind::Heading
                } else {
                    BlockKind::Paragraph
                }
            }
            Class::Paragraph => BlockKind::Paragraph,
            Class::ListItem => BlockKind::ListItem,
            Class::Caption => BlockKind::Caption,
            Class::Field(label) => BlockKind::Field {
                label: label.clone(),
            },
        };
        if kind == BlockKind::Heading {
            let lower = item.text.as_str().to_ascii_lowercase();
            in_back_matter = is_back_matter(item.text.as_str())
                || lower.starts_with("source:")
                || lower.starts_with("sources:");
        }
        if in_back_matter {
            count(removed, Noise::BackMatter);
            continue;
        }
        let text = match kind {
            BlockKind::Paragraph => match complete_part(item, next, removed) {
                Some(text) => text,
                None => continue,
            },
            BlockKind::Field { ref label } => field_value(&item.text, label),
            _ => item.text.clone(),
        };
        if text.is_empty() {
            continue;
        }
        let repeats = blocks.last().is_some_and(|b: &Block| {
            b.kind == kind
                && b.text.len().abs_diff(text.len()) <= 8
                && norm(b.text.as_str()) == norm(text.as_str())
        });
        if repeats {
            count(removed, Noise::Duplicate);
            continue;
        }
        blocks.push(Block { kind, text });
    }
    blocks
}

/// The table of contents stands just before the first section. When the text after it has no
/// heading, that section is the first one the contents list that the body never names.
fn head_untitled_section(blocks: &mut Vec<Block>, contents_at: usize, contents: &[String]) {
    // Blocks before the contents are the lead; count how many of them were kept.
    let at = blocks
        .iter()
        .take_while(|b| !matches!(b.kind, BlockKind::Heading))
        .count()
        .min(contents_at);
    if blocks.get(at).is_none_or(|b| b.kind == BlockKind::Heading) {
        return;
    }
    let named: Vec<String> = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| norm(b.text.as_str()))
        .collect();
    let missing = contents
        .iter()
        .find(|c| !named.contains(&norm(c)) && !is_back_matter(c));
    if let Some(title) = missing {
        let mut text = Mapped::new();
        text.push_synthetic(title);
        blocks.insert(
            at,
            Block {
                kind: BlockKind::Heading,
                text,
            },
        );
    }
}

/// The value part of an infobox line.
fn field_value(text: &Mapped, label: &str) -> Mapped {
    let start = label.len().min(text.len());
    let start = (start..=text.len())
        .find(|&i| text.as_str().is_char_boundary(i))
        .unwrap_or(text.len());
    text.slice(start..text.len()).trimmed()
}

/// The complete part of a paragraph: a trailing fragment cut off mid-sentence (`... Through the`)
/// or an empty list lead-in (`Member states:` with no list after it) is removed.
fn complete_part(
    item: &Item,
    next: Option<&Item>,
    removed: &mut BTreeMap<Noise, usize>,
) -> Option<Mapped> {
    let text = item.text.as_str();
    if has_terminal_punctuation(text) {
        return Some(item.text.clone());
    }
    let list_follows = next.is_some_and(|n| n.class == Class::ListItem);
    if text.ends_with(':') && list_follows {
        return Some(item.text.clone());
    }
    let noise = if text.ends_with(':') {
        Noise::EmptyList
    } else {
        Noise::Fragment
    };
    count(removed, noise);
    let cut = last_sentence_end(text)?;
    Some(item.text.slice(0..cut).trimmed())
}

/// End of the last complete sentence in `text`: after terminal punctuation (and any closing
/// quotes) that is followed by a space and a capital letter, a digit or a quote.
fn last_sentence_end(text: &str) -> Option<usize> {
    let mut best = None;
    for (i, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut end = i + 1;
        while let Some(q) = text[end..]
            .chars()
            .next()
            .filter(|q| "\"”’')]".contains(*q))
        {
            end += q.len_utf8();
        }
        let after = text[end..].chars().nth(1);
        if text[end..].starts_with(' ')
            && after.is_some_and(|a| a.is_uppercase() || a.is_ascii_digit() || "\"“".contains(a))
        {
            best = Some(end);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(doc: &CleanDoc, kind: BlockKind) -> Vec<&str> {
        doc.blocks
            .iter()
            .filter(|b| b.kind == kind)
            .map(|b| b.text.as_str())
            .collect()
    }

    #[test]
    fn hover_card_term_is_found_after_the_repeated_term() {
        assert_eq!(
            hover_card_term("migrant worker A migrant worker is a person ... Migran ..."),
            Some(14)
        );
        assert_eq!(
            hover_card_term("World War II World War II or the Second World War ..."),
            Some(12)
        );
        assert_eq!(
            hover_card_term("Rome Rome ( ; it, Roma ) is a city ..."),
            Some(4)
        );
        assert_eq!(hover_card_term("The work goes on ..."), None);
        assert_eq!(
            hover_card_term("migrant worker A migrant worker is a person."),
            None
        );
    }

    #[test]
    fn hover_cards_are_removed_and_the_sentence_rejoined() {
        let raw = "Acme is an\nnon-profit body A non-profit body is an organization that ...\nthat helps\nbee keeper A bee keeper is a person who keeps bees ...\n\nbee keeper\ns. It is in\nParis Paris is the capital of France ...\n. Done.";
        let doc = clean(raw);
        assert_eq!(
            texts(&doc, BlockKind::Paragraph),
            ["Acme is an non-profit body that helps bee keepers. It is in Paris. Done."]
        );
        assert_eq!(doc.removed[&Noise::Gloss], 3);
        let block = &doc.blocks[0];
        let range = block.text.raw_range().unwrap();
        assert_eq!(&raw[range.start..range.start + 4], "Acme");
        assert!(raw[..range.end].ends_with(". Done."));
    }

    #[test]
    fn a_short_word_after_a_hover_card_is_not_glued() {
        let raw = "It met in\nRome Rome ( ; it, Roma ) is a city ...\nas a guest.";
        assert_eq!(
            clean(raw).blocks[0].text.as_str(),
            "It met in Rome as a guest."
        );
    }

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
    fn truncated_fragments_and_empty_list_lead_ins_go() {
        let raw =
            "It began in 1990. It grew. Through the\n\nMembers: Observers:\n\nA whole sentence.";
        let doc = clean(raw);
        assert_eq!(
            texts(&doc, BlockKind::Paragraph),
            ["It began in 1990. It grew.", "A whole sentence."]
        );
    }

    #[test]
    fn captions_are_kept_apart_from_prose() {
        let raw = "Staff at the port of Genoa in 2011 (Reuters)\n\nacme logo\n\nacme logo\n\nWidget Logo – Acme is a company.";
        let doc = clean(raw);
        assert_eq!(
            texts(&doc, BlockKind::Caption),
            [
                "Staff at the port of Genoa in 2011 (Reuters)",
                "acme logo",
                "Widget Logo"
            ]
        );
        assert_eq!(texts(&doc, BlockKind::Paragraph), ["Acme is a company."]);
        assert_eq!(doc.removed[&Noise::Duplicate], 1);
    }

    #[test]
    fn reversed_bodies_are_put_back_in_order() {
        let raw = "Fourth part text.[4]\n\nFourth\n\nThird part text.[3]\n\nThird\n\nSecond part text.[2]\n\nSecond\n\nFirst part text.[1]\n\nFirst\n";
        let doc = clean(raw);
        assert!(doc.reordered);
        let all: Vec<_> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            all,
            [
                "First",
                "First part text.",
                "Second",
                "Second part text.",
                "Third",
                "Third part text.",
                "Fourth",
                "Fourth part text."
            ]
        );
        assert_eq!(doc.blocks[0].kind, BlockKind::Heading);
    }

    #[test]
    fn infobox_fields_keep_label_and_value() {
        let raw = "Acme\nAcmé SA\nFounded 1901\nHeadquarters Lyon, France\nStaff 8,400\n\nAcme makes anvils.";
        let doc = clean(raw);
        let fields: Vec<_> = doc
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Field { label } => Some((label.as_str(), b.text.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(
            fields,
            [
                ("founded", "1901"),
                ("headquarters", "Lyon, France"),
                ("staff", "8,400")
            ]
        );
        assert_eq!(texts(&doc, BlockKind::Paragraph), ["Acme makes anvils."]);
    }

    #[test]
    fn markdown_headings_are_headings_without_their_marks() {
        let raw = "# The Guild #\n\n## Early years\n\nThe guild was founded in 1888.\n\n#1 on the list is not a heading.\n";
        let doc = clean(raw);
        let blocks: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| (b.kind.clone(), b.text.as_str()))
            .collect();
        // A level-one heading on the first line is the document's title.
        assert_eq!(doc.title.as_deref(), Some("The Guild"));
        assert_eq!(blocks[0], (BlockKind::Heading, "Early years"));
        assert_eq!(blocks[1].1, "The guild was founded in 1888.");
        assert!(blocks[2].1.starts_with("#1 on the list"), "{blocks:?}");
        assert_eq!(&raw[doc.blocks[0].text.raw_range().unwrap()], "Early years");
    }

    #[test]
    fn back_matter_and_wiki_markup_go() {
        let raw = "Body text here.\n\n== History ==\nIt started.\n\nSee also\n\n* Other thing * Another\n\n* Smith, J. (2010): A book. pp. 1–2.\n\nExternal links\n\n* {{Authority control Things}}";
        let doc = clean(raw);
        let all: Vec<_> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(all, ["Body text here.", "History", "It started."]);
    }

    #[test]
    fn any_input_cleans_without_panicking() {
        for raw in [
            "",
            "\n\n\n",
            "...",
            "a ...",
            "[",
            "[1",
            "{{",
            "''",
            "•",
            "* ",
            "x\u{a0}y",
            "é ... é ...",
            "(",
            ")",
        ] {
            let _ = clean(raw);
        }
        let long = "This is one long line. ".repeat(50_000);
        assert_eq!(clean(&long).blocks.len(), 1);
        assert!(
            clean(&"word ".repeat(200_000)).blocks.is_empty(),
            "no sentence, no paragraph"
        );
    }
}
