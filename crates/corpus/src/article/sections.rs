//! Which article section a document's section belongs to: headings matched by name, the
//! document's table of contents, and cues of history and criticism in the text.

use super::*;

/// Which article section a document section with this heading belongs to.
pub(super) fn place_heading(
    heading: &str,
    section: &Section,
    listed: &BTreeSet<String>,
    missing: &[&String],
) -> String {
    let text: String = section
        .paragraphs
        .iter()
        .map(Paragraph::text)
        .collect::<Vec<_>>()
        .join(" ");
    // `listed`: the names of the table of contents' entries.
    if listed.contains(&name_key(heading)) {
        return canonical(heading);
    }
    if has_cue(heading, HISTORY_CUES) {
        return HISTORY.to_string();
    }
    if has_cue(heading, CRITICISM_CUES) {
        return CRITICISM.to_string();
    }
    if !listed.is_empty() {
        // A subsection whose parent heading the body lost: the missing entry of the table of
        // contents that its text names, or else the first missing one.
        let lower = text.to_ascii_lowercase();
        let named = missing.iter().find(|c| {
            let stem: String = c.to_ascii_lowercase().chars().take(6).collect();
            stem.len() >= 5 && lower.contains(&stem)
        });
        if let Some(entry) = named.or_else(|| missing.iter().find(|c| !same_name(c, HISTORY))) {
            return canonical(entry);
        }
    }
    if history_like(&text) {
        return HISTORY.to_string();
    }
    canonical(heading)
}

pub(super) fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// What names a heading: its words in lower case without a plural "s", so that "Member States"
/// and "Member state" are one.
pub(super) fn name_key(heading: &str) -> String {
    heading
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase()
        .trim_end_matches('s')
        .to_string()
}

/// "Member States" and "Member states" are one section: the first capital only, except in
/// names and abbreviations.
pub(super) fn canonical(heading: &str) -> String {
    let heading = heading
        .trim_matches(|c: char| c == '"' || c == '“' || c == '”' || c == ':')
        .trim();
    let words: Vec<String> = heading
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            let plain = w.chars().skip(1).all(char::is_lowercase);
            if i > 0 && plain {
                w.to_lowercase()
            } else {
                w.to_string()
            }
        })
        .collect();
    words.join(" ")
}

pub(super) fn has_cue(text: &str, cues: &[&str]) -> bool {
    let lower = text.to_ascii_lowercase();
    cues.iter().any(|c| lower.contains(c))
}

/// Text that tells a story over time: several dates spanning decades.
pub(super) fn history_like(text: &str) -> bool {
    // Every year a date names is written with four digits: a text with fewer than three such
    // numbers names fewer than three years, and its dates need not be read.
    if four_digit_numbers(text) < 3 {
        return false;
    }
    let years: BTreeSet<i32> = sentence_dates(text)
        .iter()
        .map(|d| d.start.year())
        .collect();
    let span = years
        .iter()
        .next_back()
        .zip(years.iter().next())
        .map_or(0, |(a, b)| a - b);
    years.len() >= 3 && span >= 20
}

/// How many numbers of exactly four digits a text has.
fn four_digit_numbers(text: &str) -> usize {
    text.as_bytes()
        .split(|b| !b.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .count()
}

/// Where a later paragraph of a lead (no heading) goes: criticism to Criticism, a story over
/// decades to History, the rest to the overview.
pub(super) fn lead_section(text: &str) -> String {
    if has_cue(text, CRITICISM_CUES) {
        CRITICISM.to_string()
    } else if history_like(text) {
        HISTORY.to_string()
    } else {
        OVERVIEW.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_over_decades_is_history() {
        assert!(history_like(
            "It opened in 1951, moved in 1975 and was renamed in 1989."
        ));
        assert!(history_like(
            "The 1950s, the 1970s and the 1990s saw it grow."
        ));
        assert!(!history_like("It opened in 1951 and moved in 1975."));
        assert!(!history_like(
            "It had 1000 staff, 2000 offices and 3000 cars in 1990."
        ));
        assert!(
            !history_like("In 1990, 1991 and 1992 it grew."),
            "not decades apart"
        );
        assert!(!history_like("Project 5, started in 1905"));
    }
}
