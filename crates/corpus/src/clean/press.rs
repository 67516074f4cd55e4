//! Press releases and news stories: the dateline that opens the first paragraph ("GENEVA, 15
//! March 2023 (ICRC) – "), bylines ("By a staff reporter", "Posted on 8 May 2019 by ..."), lone
//! publication dates, and the markers that end a release ("###", "-ends-") or open its notes
//! ("Notes to editors", "Media contacts:").

use super::*;
use crate::dates::{find_dates, may_start_with_date, opens_with_day};

/// Byte length of the dateline that opens `text`, dash and space included.
pub(super) fn dateline_len(text: &str) -> Option<usize> {
    // A dateline is short and in capitals: most paragraphs fail on their first word.
    let first = text.split_whitespace().next()?;
    if first.chars().any(char::is_lowercase) {
        return None;
    }
    let head = (0..=text.len().min(64))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .map_or("", |i| &text[..i]);
    let (dash, sep) = [" – ", " - ", " — "]
        .iter()
        .filter_map(|s| head.find(s).map(|i| (i, s.len())))
        .min()?;
    if dash > 60 {
        return None;
    }
    let head = text[..dash].trim();
    // "(ICRC)", "(Reuters)": the agency after the place and date.
    let head = match head.strip_suffix(')').and_then(|h| h.rsplit_once('(')) {
        Some((before, agency)) if agency.split_whitespace().count() <= 3 => before.trim(),
        _ => head,
    };
    let (place, date) = head.split_once(',').unwrap_or((head, ""));
    let place_words: Vec<&str> = place.split_whitespace().collect();
    let capitals = |w: &&str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    let is_place = (1..=3).contains(&place_words.len()) && place_words.iter().all(capitals);
    let date = date.trim();
    let is_date = date.is_empty()
        || find_dates(date)
            .first()
            .is_some_and(|d| d.range.len() * 10 >= date.len() * 7);
    (is_place && is_date).then_some(dash + sep)
}

/// Whether a line is a byline or a lone publication date, not text.
pub(super) fn is_byline(text: &str) -> bool {
    if text.len() > 160 {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let n = text.split_whitespace().count();
    if has_terminal_punctuation(text) && !text.ends_with("Jr.") {
        return false;
    }
    let by = lower.starts_with("by ") && n <= 6;
    let posted = [
        "posted on ",
        "posted by ",
        "published on ",
        "written by ",
        "updated on ",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        && n <= 16;
    // "14 December 2020", "9 May 2019 at 10:14": a date with a day and nothing else.
    let dated = n <= 6 && may_start_with_date(text) && opens_with_day(text);
    by || posted || dated
}

/// Whether a line ends a press release: everything after it is contacts and notes.
pub(super) fn ends_release(text: &str) -> bool {
    if text.len() > 16 {
        return false;
    }
    let bare: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(
        bare.to_ascii_lowercase().as_str(),
        "###" | "-ends-" | "ends" | "-30-" | "—ends—" | "–ends–"
    )
}

/// Whether a line opens the notes and contacts after a release's text.
pub(super) fn opens_press_notes(text: &str) -> bool {
    if text.len() > 80 {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let lower = lower.trim().trim_end_matches(':');
    [
        "notes to editors",
        "note to editors",
        "editor's note",
        "media contact",
        "media contacts",
        "press contact",
        "press contacts",
        "for more information, contact",
        "for more information, please contact",
        "for further information",
    ]
    .contains(&lower)
        || (lower.starts_with("for more information") && lower.contains("contact"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_of_many_agencies() {
        for (text, rest) in [
            (
                "GENEVA, 15 March 2023 (ICRC) – The committee warned.",
                "The committee warned.",
            ),
            (
                "ROME - The agency marked 70 years.",
                "The agency marked 70 years.",
            ),
            (
                "NEW YORK, 11 December 2016 – UNICEF marked",
                "UNICEF marked",
            ),
            (
                "GENEVA – The UN Refugee Agency said",
                "The UN Refugee Agency said",
            ),
        ] {
            let len = dateline_len(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(&text[len..], rest);
        }
        for text in [
            "IOM Logo – The organization is",
            "The ICRC – founded in 1863 – works",
            "UN agencies – such as WHO – met",
        ] {
            assert_eq!(dateline_len(text), None, "{text}");
        }
    }

    #[test]
    fn bylines_dates_and_release_markers() {
        for text in [
            "By a staff reporter",
            "Posted on 8 May 2019 by Clara Vogt | 3 Comments",
            "Posted by A. Lindqvist on 7 April 2022 in Health policy",
            "14 December 2020",
            "9 May 2019 at 10:14",
        ] {
            assert!(is_byline(text), "{text}");
        }
        assert!(!is_byline("By 1960 the agency had grown to 40 offices."));
        assert!(!is_byline("1951"));
        assert!(ends_release("###") && ends_release("# # #") && ends_release("-ENDS-"));
        assert!(opens_press_notes("Notes to editors") && opens_press_notes("Media contact:"));
        assert!(opens_press_notes(
            "For more information on this topic, please contact:"
        ));
    }
}
