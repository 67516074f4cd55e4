//! Lifespans: "Henry Dunant (1828–1910)" says when someone lived, not when anything in the
//! sentence happened.

use std::ops::Range;

use super::{find_dates, DateMention, YEARS};

/// Byte ranges of the lifespans in `text`: a bracketed pair of years right after a name
/// ("Henry Dunant (1828–1910)", "Karl Evang (1902 – 1981)", "Jane Doe (born 1950)"). They say
/// when someone lived, not when anything in the sentence happened, so they are not dates of the
/// sentence.
pub fn lifespans(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices('(') {
        let Some(close) = text[open..].find(')').map(|c| open + c) else {
            continue;
        };
        let inner = text[open + 1..close].trim();
        let inner = ["born ", "b. ", "c. "]
            .iter()
            .find_map(|p| inner.strip_prefix(p))
            .unwrap_or(inner);
        let years: Vec<&str> = inner
            .split(['–', '-', '—'])
            .map(|y| y.trim().trim_start_matches("c. "))
            .collect();
        let is_year = |y: &str| y.len() == 4 && y.parse::<i32>().is_ok_and(|y| YEARS.contains(&y));
        let lived = match years.as_slice() {
            [born] => is_year(born) && text[open + 1..].trim_start().starts_with('b'),
            [born, died] => is_year(born) && (is_year(died) || died.is_empty()),
            _ => false,
        };
        let after_name = text[..open]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && w.len() > 1);
        if lived && after_name {
            out.push(open..close + 1);
        }
    }
    out
}

/// `text` without its lifespans (and the space before each).
pub fn without_lifespans(text: &str) -> String {
    let mut out = String::new();
    let mut at = 0;
    for span in lifespans(text) {
        out.push_str(text[at..span.start].trim_end());
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// The dates of what a sentence says happened: its date mentions without the lifespans. (The
/// quiz, which only avoids dates, reads every mention: this keeps `lifespans` out of the page's
/// module.)
pub fn sentence_dates(text: &str) -> Vec<DateMention> {
    let lived = lifespans(text);
    let mut dates = find_dates(text);
    dates.retain(|d| !lived.iter().any(|span| span.contains(&d.range.start)));
    dates
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn lifespans_are_not_dates_of_the_sentence() {
        let dates = |text: &str| -> Vec<String> {
            sentence_dates(text)
                .into_iter()
                .map(|m| match m.end {
                    Some(end) => format!("{}..{}", m.start.iso(), end.iso()),
                    None => m.start.iso(),
                })
                .collect()
        };
        for text in [
            "Karl Evang (1902–1981) of Norway also called for a single body.",
            "Szeming Sze (1908 – 1998) and others proposed it.",
            "Its founder, Jane Doe (born 1950), spoke.",
        ] {
            assert_eq!(dates(text), Vec::<String>::new(), "{text}");
        }
        assert_eq!(
            dates("Henry Dunant (1828–1910) wrote a book in 1862."),
            ["1862"]
        );
        // A span after something other than a name is still read.
        assert_eq!(dates("during the war (1939–1945)"), ["1939..1945"]);
        assert_eq!(
            without_lifespans("Karl Evang (1902–1981) of Norway called"),
            "Karl Evang of Norway called"
        );
    }
}
