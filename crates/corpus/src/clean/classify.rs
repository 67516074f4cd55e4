//! Classification of logical lines into kinds of content, and the decisions that need a whole
//! blank-line group.

use super::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Class {
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
pub(super) struct Item {
    pub(super) class: Class,
    pub(super) text: Mapped,
    pub(super) citations: Vec<u32>,
    /// Raw offset of the item, to tell the head of a document from its foot.
    pub(super) at: usize,
    /// Index of the blank-line group the item came from.
    pub(super) group: usize,
}

/// `• History 1`: a table-of-contents line (a title and its section number).
pub(super) fn contents_entry(text: &str) -> Option<String> {
    let (title, number) = text.rsplit_once(' ')?;
    let title = title.trim();
    (number.chars().all(|c| c.is_ascii_digit())
        && number.len() <= 2
        && looks_like_heading(title)
        && !title.chars().any(|c| c.is_ascii_digit()))
    .then(|| title.to_string())
}

pub(super) fn classify(text: &str) -> Class {
    classify_as(text, true)
}

/// Classifies `text`; infobox labels are only considered when `fields` is set.
pub(super) fn classify_as(text: &str, fields: bool) -> Class {
    if let Some(class) = classify_marked(text) {
        return class;
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

/// The classes a line's own marks or words decide (headings, licences, noise, metadata, list
/// items, contents), before those its shape suggests: every kind of noise is among them.
fn classify_marked(text: &str) -> Option<Class> {
    let lower = text.to_ascii_lowercase();
    let n = text.split_whitespace().count();
    if heading_text(text).is_some() {
        return Some(Class::Heading);
    }
    if LICENCE.in_text(&lower) {
        return Some(Class::Licence);
    }
    if n <= 8 && CHROME.in_text(&lower) {
        return Some(Class::Noise(Noise::SiteChrome));
    }
    if is_widget(text) {
        return Some(Class::Noise(Noise::Widget));
    }
    if is_byline(text) {
        return Some(Class::Noise(Noise::Byline));
    }
    if lower.starts_with("see also:") {
        return Some(Class::Noise(Noise::BackMatter));
    }
    if let Some((label, value)) = metadata(text) {
        if n <= 20 || !has_terminal_punctuation(text) {
            return Some(Class::Metadata { label, value });
        }
    }
    if is_reference_entry(text) {
        return Some(Class::Noise(Noise::Reference));
    }
    if let Some(len) = starts_with_bullet(text) {
        let item = text[len..].trim();
        if let Some(title) = contents_entry(item) {
            return Some(Class::Contents(title));
        }
        return Some(Class::ListItem);
    }
    None
}

/// Strips a leading bullet (and any heading marks) from a classified item's text.
pub(super) fn strip_marks(text: &Mapped, class: &Class) -> Mapped {
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
pub(super) fn split_inline_bullets(text: &Mapped) -> Vec<Mapped> {
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

pub(super) fn classify_groups(
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

pub(super) fn push_item(
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
            // A part of a list line is an item unless it is noise or a contents entry.
            for part in split_inline_bullets(&text) {
                let class = match classify_marked(part.as_str()) {
                    Some(class @ (Class::Noise(_) | Class::Contents(_))) => class,
                    _ => Class::ListItem,
                };
                items.push(item(class, part, citations.clone()));
            }
        }
        Class::Paragraph if dateline_len(text.as_str()).is_some() => {
            let len = dateline_len(text.as_str()).unwrap_or(0);
            items.push(item(
                Class::Noise(Noise::Dateline),
                text.slice(0..len),
                vec![],
            ));
            let body = text.slice(len..text.len()).trimmed();
            push_item(items, classify(body.as_str()), body, citations, at, group);
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
pub(super) fn settle_group(group: &mut [Item]) {
    let chrome = group
        .iter()
        .filter(|i| i.class == Class::Noise(Noise::SiteChrome))
        .count();
    let fields = group
        .iter()
        .filter(|i| matches!(i.class, Class::Field(_)))
        .count();
    for item in group.iter_mut() {
        let lone = fields < 3 && !colon_field(item.text.as_str());
        if lone && matches!(item.class, Class::Field(_)) {
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

/// Everything from a page's comment section or the end of a press release on is not the page's
/// text: readers' comments, the comment form, contacts, notes to editors. (A comment count near
/// the top of a page is a widget of its own.)
pub(super) fn drop_page_foot(items: &mut [Item], raw_len: usize) {
    let foot = items.iter().position(|i| {
        let text = i.text.as_str();
        let late = i.at * 3 >= raw_len;
        ends_release(text) || (late && (opens_comments(text) || opens_press_notes(text)))
    });
    let Some(start) = foot else {
        return;
    };
    let noise = if opens_comments(items[start].text.as_str()) {
        Noise::Comments
    } else {
        Noise::BackMatter
    };
    for item in &mut items[start..] {
        if !matches!(item.class, Class::Noise(_) | Class::Licence) {
            item.class = Class::Noise(noise);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::clean::{clean, Noise};

    #[test]
    fn a_comment_section_and_a_releases_notes_go_to_the_end() {
        let raw = "The Harbour Society was founded in 1901. It has 40 members and a long history of sailing on the bay in summer.\n\n2 Comments\n\nAnna says:\nLovely story.\n\nLeave a Reply";
        let doc = clean(raw);
        let text: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(text.len(), 1, "{text:?}");
        assert!(doc.removed[&Noise::Comments] >= 3);
        let raw = "GENEVA, 2 May 2023 – The Harbour Society opened a new clubhouse today after two years of building work by its members.\n\n###\n\nMedia contact: Jane Doe";
        let doc = clean(raw);
        assert_eq!(
            doc.blocks[0].text.as_str(),
            "The Harbour Society opened a new clubhouse today after two years of building work by its members."
        );
        assert_eq!(doc.blocks.len(), 1);
        assert_eq!(doc.removed[&Noise::Dateline], 1);
    }
}
