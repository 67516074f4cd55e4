//! Hard-wrapped text: a page whose lines were broken at a fixed width (blogs, mailing lists,
//! plain-text copies) has its paragraphs joined back together before anything reads a line, so
//! that a wrapped fragment is never taken for a heading, a caption or a paragraph of its own.
//!
//! A document is hard-wrapped when several of its lines break mid-sentence at similar lengths: the longest of those is the width. A line break is a wrap when the next line's first word would
//! not have fitted on the line (the break was forced by the width) or when a wrapped run goes on
//! mid-sentence; a short line that stands alone (a heading) is never part of a paragraph.

use std::ops::Range;

use super::gloss::hover_card_term;
use super::shape::{
    ends_dangling, has_terminal_punctuation, heading_text, looks_like_heading, starts_with_bullet,
};

/// Lines longer than this are paragraphs written on one line, not wrapped lines.
const MAX_WIDTH: usize = 120;
/// Narrower than this, a run of similar lines is a list or a poem, not wrapped prose.
const MIN_WIDTH: usize = 36;
/// How far under the width a wrapping tool may break a line.
const SLACK: usize = 2;

/// The width `raw` was hard-wrapped at, if it was. `lines` are its trimmed line ranges, blank
/// lines included (empty ranges).
pub(super) fn wrap_width(raw: &str, lines: &[Range<usize>]) -> Option<usize> {
    let mut lengths: Vec<usize> = lines
        .windows(2)
        .map(|pair| (&raw[pair[0].clone()], &raw[pair[1].clone()]))
        // A break in mid-sentence: the line does not end a sentence and the next one goes on
        // (in lower case or with a number, after a word that cannot end a clause, or to the end
        // of the sentence). A hover card's definition is not the sentence going on.
        .filter(|(line, next)| {
            let goes_on = next.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                || ends_dangling(line)
                || has_terminal_punctuation(next);
            !next.is_empty()
                && !has_terminal_punctuation(line)
                && !line.ends_with(':')
                && goes_on
                && hover_card_term(next).is_none()
        })
        .map(|(line, _)| line.chars().count())
        .filter(|&n| (20..=MAX_WIDTH).contains(&n))
        .collect();
    crate::order::sort(&mut lengths);
    // The widest width at which most mid-sentence breaks fall close under it (a few longer lines
    // of another kind, such as an infobox value, are set aside one by one).
    while let Some(&width) = lengths.last() {
        if width < MIN_WIDTH {
            return None;
        }
        let near = lengths.len() - lengths.partition_point(|&n| n * 10 < width * 7);
        if near >= 2 && near * 2 >= lengths.len() {
            return Some(width);
        }
        lengths.pop();
    }
    None
}

/// How a wrapped line `line` continues the logical line that ends with `prev`: `None` when it
/// starts a new one, else whether a space joins them (none after a hyphen that split a word).
/// `width` is the document's wrap width, if it has one (else only a break that plainly falls in
/// mid-sentence joins: after a word that cannot end a clause, or before a lower-case word);
/// `running` says that `prev` was itself reached by a wrap; `next` holds the (up to two) lines
/// after `line`.
pub(super) fn continues(
    width: Option<usize>,
    prev: &str,
    line: &str,
    next: &[&str],
    running: bool,
) -> Option<bool> {
    let full = |a: &str, b: &str| {
        let word = b.split_whitespace().next().map_or(0, |w| w.chars().count());
        width.is_some_and(|width| a.chars().count() + 1 + word + SLACK > width)
    };
    let ends_sentence = has_terminal_punctuation(prev) || prev.ends_with(':');
    // A dash that opens a line after a full one in mid-sentence is an aside going on
    // ("on 19 September 2016 - its ..."), not a list item.
    let dash_aside = line.starts_with(['-', '–'])
        && !ends_sentence
        && full(prev, line)
        && line
            .trim_start_matches(['-', '–'])
            .trim_start()
            .starts_with(char::is_lowercase);
    let bullet = starts_with_bullet(line).is_some() && !dash_aside;
    if bullet || heading_text(line).is_some() || line.is_empty() {
        return None;
    }
    let lower = |s: &str| s.starts_with(|c: char| c.is_lowercase());
    let line_full = || next.first().is_some_and(|n| full(line, n));
    let wrapped = if ends_sentence {
        full(prev, line)
    } else {
        full(prev, line)
            || ends_dangling(prev)
            || lower(line)
            || (running && (line_full() || has_terminal_punctuation(line)))
    };
    if !wrapped {
        return None;
    }
    // A short line of its own (a heading, an infobox line) rather than the end of a paragraph
    // ... and, after a break in mid-sentence, another such line follows it (a wrapped
    // paragraph's full line would rather follow the remainder of a wrapped name).
    let short_name = !line_full() && !has_terminal_punctuation(line) && looks_like_heading(line);
    let next_full = next.len() == 2 && full(next[0], next[1]);
    let more_follows = next
        .first()
        .is_some_and(|n| !n.is_empty() && !lower(n) && !next_full);
    let joined = if ends_sentence {
        !short_name
    } else {
        !(short_name && more_follows)
    };
    let hyphen =
        prev.ends_with('-') && prev[..prev.len() - 1].ends_with(char::is_alphabetic) && lower(line);
    joined.then_some(!hyphen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::{clean, BlockKind};

    fn ranges(raw: &str) -> Vec<Range<usize>> {
        super::super::lines::line_ranges(raw)
    }

    const WRAPPED: &str = "Henry Dunant was travelling on business when he reached\nSolferino in 1859. Dunant witnessed thousands of wounded\nsoldiers left without care after the battle, and he\norganised the villagers to help them.\n\nEarly years\n\nThe committee, consisting of no\nmore than twenty-five members, met in Geneva in 1863\nand agreed on the first rules.";

    #[test]
    fn the_width_of_a_wrapped_page_is_found() {
        assert_eq!(wrap_width(WRAPPED, &ranges(WRAPPED)), Some(56));
    }

    #[test]
    fn pages_written_a_paragraph_a_line_are_not_wrapped() {
        let raw = "Formation 1951\nType Intergovernmental organization\nHeadquarters Geneva, Switzerland\nMembership 156 member states and 10 observer states (over 80 global and regional IGOs and NGOs are also observers)\nOfficial language English, French and Spanish\nStaff 8,400\n\nThe organization was founded in 1951 as a committee to help resettle people displaced by the war in Europe, and it grew.\nIt works in many countries.";
        assert_eq!(wrap_width(raw, &ranges(raw)), None);
    }

    #[test]
    fn breaks_forced_by_the_width_continue_and_headings_stand_alone() {
        let w = 56;
        let first = "Henry Dunant was travelling on business when he reached";
        assert_eq!(
            continues(Some(w), first, "Solferino in 1859. Dunant", &[], false),
            Some(true)
        );
        // A heading after a full line that ended a sentence.
        let full_end = "and he organised the villagers to help them in the town.";
        assert_eq!(
            continues(
                Some(w),
                full_end,
                "Early years",
                &["The committee met"],
                false
            ),
            None
        );
        // A short line that is not part of a run starts anew.
        assert_eq!(
            continues(Some(w), "Early years", "The committee", &[], false),
            None
        );
        assert_eq!(continues(Some(w), first, "• a list item", &[], false), None);
    }

    #[test]
    fn a_wrapped_name_goes_on_but_the_next_infobox_line_does_not() {
        let w = Some(60);
        let next = [
            "Day, the birthday of Henry Dunant. Dunant was born in Geneva",
            "in 1828",
        ];
        let red = "Every year on 8 May the world marks World Red Cross and Red";
        assert_eq!(continues(w, red, "Crescent", &next, false), Some(true));
        let rest = "global and regional IGOs and NGOs are also observers)";
        let label = "Official language English, French and Spanish";
        let next = ["Director General William Lacy Swing", "Staff 8,400"];
        assert_eq!(continues(w, rest, label, &next, true), None);
    }

    #[test]
    fn a_run_goes_on_past_a_short_remainder_and_hyphens_join_words() {
        let w = 60;
        assert_eq!(
            continues(Some(w), "soldiers", "left without care", &[], true),
            Some(true)
        );
        assert_eq!(
            continues(
                Some(w),
                "the town had an anvil-maker in Lyon and a long-standing well-",
                "known",
                &[],
                false
            ),
            Some(false)
        );
    }

    #[test]
    fn a_hard_wrapped_page_reads_as_its_paragraphs() {
        let raw = "A Day at Solferino\n\nHenry Dunant was travelling on business when he reached\nSolferino in 1859. Dunant witnessed thousands of wounded\nsoldiers left without care after the battle, and he\norganised the villagers to help them.\n\nEarly years\n\nThe committee, consisting of no\nmore than twenty-five members, met in Geneva in 1863\nand agreed on the first rules.\n";
        let doc = clean(raw);
        // The headline standing alone at the top is the page's title.
        assert_eq!(doc.title.as_deref(), Some("A Day at Solferino"));
        let blocks: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| (b.kind.clone(), b.text.as_str()))
            .collect();
        assert_eq!(
            blocks,
            [
                (BlockKind::Paragraph, "Henry Dunant was travelling on business when he reached Solferino in 1859. Dunant witnessed thousands of wounded soldiers left without care after the battle, and he organised the villagers to help them."),
                (BlockKind::Heading, "Early years"),
                (BlockKind::Paragraph, "The committee, consisting of no more than twenty-five members, met in Geneva in 1863 and agreed on the first rules."),
            ]
        );
    }
}
