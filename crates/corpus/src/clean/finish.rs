//! From classified items to blocks: the title, the licence footer, reading order, fragments
//! and repeats.

use super::*;

/// Takes the document's title from its metadata (`Title: ...`) or, in Markdown, from a first
/// line that is a level-one heading (`# Title`); drops the other metadata lines and every line
/// that only repeats the title.
pub(super) fn take_title(
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
    // A short line standing alone at the top of the page, before any text: its headline.
    let headline = || {
        let mut content = items.iter().filter(|i| {
            !matches!(
                i.class,
                Class::Noise(_) | Class::Metadata { .. } | Class::Licence
            ) && !is_date_line(i.text.as_str())
        });
        let first = content.next()?;
        let alone = content.next().is_some_and(|next| next.group != first.group);
        (first.class == Class::HeadingLike && alone).then(|| first.text.as_str().to_string())
    };
    let title = metadata.or_else(markdown).or_else(headline);
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

/// Words a line giving when a page was posted may have besides its date.
const DATE_LINE_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "posted",
    "updated",
    "published",
    "last",
    "on",
    "at",
    "am",
    "pm",
];

/// A line that is only a date ("Monday, 8 August 2011", "Updated April 26, 2011"): when a page
/// was posted, never its title.
fn is_date_line(text: &str) -> bool {
    if text.len() > 60 {
        return false;
    }
    let dates = crate::dates::find_dates(text);
    let mut rest = String::new();
    let mut at = 0;
    for date in &dates {
        rest.push_str(&text[at..date.range.start]);
        rest.push(' ');
        at = date.range.end;
    }
    rest.push_str(&text[at..]);
    !dates.is_empty()
        && rest
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .all(|w| DATE_LINE_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

/// Drops the licence footer: the first licence block in the second half of the document and
/// everything after it. A licence line earlier on is dropped alone.
pub(super) fn drop_footer(
    items: &mut Vec<Item>,
    raw_len: usize,
    removed: &mut BTreeMap<Noise, usize>,
) {
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
pub(super) fn restore_reading_order(items: &mut [Item]) -> bool {
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

pub(super) fn finish_blocks(items: Vec<Item>, removed: &mut BTreeMap<Noise, usize>) -> Vec<Block> {
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
                && same_norm(b.text.as_str(), text.as_str())
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
pub(super) fn head_untitled_section(
    blocks: &mut Vec<Block>,
    contents_at: usize,
    contents: &[String],
) {
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

/// The complete part of a paragraph: a trailing fragment cut off mid-sentence (`... Through the`)
/// or an empty list lead-in (`Member states:` with no list after it) is removed.
pub(super) fn complete_part(
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
pub(super) fn last_sentence_end(text: &str) -> Option<usize> {
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

    #[test]
    fn a_blogs_date_line_and_search_box_are_not_its_title() {
        let raw = "Search This Blog\n\nMonday, 8 August 2011\n\nAcme Aid\n\nAcme Aid was founded in London in 1961.\n\nNo comments:\n\nPost a Comment\n";
        assert_eq!(clean(raw).title.as_deref(), Some("Acme Aid"));
        assert!(is_date_line("Updated April 26, 2011"));
        assert!(!is_date_line("The Treaty of 8 August 2011"));
        assert!(!is_date_line("Acme Aid"));
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
}
