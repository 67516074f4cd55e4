//! Numbers and amounts of money as English text writes them: "173", "8,400", "nine",
//! "a million", "11 million", "$1.8 billion", "US$1.675 billon", "USD one billion", with
//! qualifiers such as "over", "about" or "less than".

use serde::{Deserialize, Serialize};
use std::ops::Range;

use crate::words::{split_words, tail, Word};

/// A number found in text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumberMention {
    pub value: f64,
    /// ISO-like currency code when the number is an amount of money ("USD").
    pub currency: Option<String>,
    /// "over", "about", "more than" ... as written before the number.
    pub qualifier: Option<String>,
    /// The number itself (with its currency and scale words).
    pub range: Range<usize>,
}

const SMALL: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("hundred", 100.0),
    ("a", 1.0),
];

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("billon", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
];

/// Words before a figure that bound or round it. The longest match wins, so "no more than 25"
/// (a maximum) is never read as "more than 25" (a minimum).
const QUALIFIERS: &[&str] = &[
    "no more than",
    "not more than",
    "no fewer than",
    "no less than",
    "not less than",
    "at most",
    "a maximum of",
    "a minimum of",
    "more than",
    "less than",
    "fewer than",
    "at least",
    "up to",
    "over",
    "under",
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "some",
    "roughly",
    "estimated",
    "an estimated",
    "the estimated",
];

/// Currency marks that may stand before an amount, longest first.
const CURRENCIES: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("USD", "USD"),
    ("US", "USD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("EUR", "EUR"),
    ("£", "GBP"),
    ("CHF", "CHF"),
];

fn words(text: &str) -> Vec<Word<'_>> {
    split_words(text, |c| c.is_whitespace() || c == '(' || c == ')')
}

/// `8,400` / `1.675` / `35` → value; trailing punctuation is allowed. Digit groups must be
/// well formed, and four-digit numbers that look like years are left to the date reader.
fn numeral(word: &str) -> Option<(f64, usize)> {
    let body = word.trim_end_matches(['.', ',', ';', ':', ')', '”', '"']);
    let digits_end = body
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map_or(body.len(), |(i, _)| i);
    let n = &body[..digits_end];
    if n.is_empty() || !n.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (int, frac) = n.split_once('.').unwrap_or((n, ""));
    let groups: Vec<&str> = int.split(',').collect();
    let well_grouped =
        groups.len() == 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    if !well_grouped || frac.contains(',') {
        return None;
    }
    // Without digit groups the numeral reads as it is written ("35", "1.675", "3.").
    let value: f64 = if groups.len() == 1 {
        n.parse()
    } else {
        format!(
            "{}.{}",
            groups.concat(),
            if frac.is_empty() { "0" } else { frac }
        )
        .parse()
    }
    .ok()?;
    Some((value, digits_end))
}

fn small_number(word: &str) -> Option<f64> {
    let w = word.trim_end_matches(['.', ',', ';', ':']);
    if w.len() > 8 || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    SMALL
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|(_, v)| *v)
}

fn scale(word: &str) -> Option<f64> {
    let w = word.trim_end_matches(['.', ',', ';', ':']);
    let w = w.split('-').next().unwrap_or("");
    SCALES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|(_, v)| *v)
}

/// A plural noun that can follow a count ("members", "people"), not a measure ("metres").
fn counted_noun(word: &str) -> bool {
    const MEASURES: &[&str] = &["metres", "meters", "miles", "minutes", "months", "hours"];
    let w = word.trim_end_matches(['.', ',', ';', ':']);
    w.len() > 2
        && w.ends_with('s')
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !MEASURES.contains(&w)
}

fn looks_like_year(value: f64, word: &str) -> bool {
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    digits == 4 && (1500.0..=2100.0).contains(&value)
}

/// Every number in `text`, in order. Years (1500–2100 written as four plain digits) are not
/// numbers here: the date reader owns them.
pub fn find_numbers(text: &str) -> Vec<NumberMention> {
    let ws = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i];
        // Most words start with no currency mark: only those that may are compared.
        let may_mark = w.text.starts_with(['U', '$', '€', 'E', '£', 'C']);
        let (currency, rest_start) = CURRENCIES
            .iter()
            .filter(|_| may_mark)
            .find(|(mark, _)| {
                w.text.starts_with(mark)
                    && w.text[mark.len()..].starts_with(|c: char| c.is_ascii_digit())
            })
            .map_or((None, 0), |(mark, code)| {
                (Some(code.to_string()), mark.len())
            });
        let rest = &w.text[rest_start..];
        let (mut value, _) = match numeral(rest) {
            Some((value, len)) if currency.is_some() || !looks_like_year(value, rest) => {
                // "35-billion": a scale glued with a hyphen; "$1.2bn", "1.8m members": an
                // abbreviated one, "m" a million only of money or of things counted.
                let glued = rest[len..].strip_prefix('-').and_then(scale).or_else(|| {
                    let counted = || ws.get(i + 1).is_some_and(|n| counted_noun(n.text));
                    match rest[len..].trim_end_matches(['.', ',', ';', ':', ')']) {
                        "bn" => Some(1e9),
                        "m" if currency.is_some() || counted() => Some(1e6),
                        _ => None,
                    }
                });
                (value * glued.unwrap_or(1.0), w.start + w.text.len())
            }
            Some(_) => {
                i += 1;
                continue;
            }
            None => match small_number(w.text) {
                // "a" only counts before a scale word ("a million").
                Some(v)
                    if w.text != "a" || ws.get(i + 1).is_some_and(|n| scale(n.text).is_some()) =>
                {
                    (v, w.start + w.text.len())
                }
                _ => {
                    i += 1;
                    continue;
                }
            },
        };
        let mut currency = currency;
        // "USD one billion": the currency as its own word before the number.
        let mut start = w.start;
        if currency.is_none() && i > 0 {
            if let Some((_, code)) = CURRENCIES
                .iter()
                .find(|(mark, _)| mark.len() > 1 && ws[i - 1].text == *mark)
            {
                currency = Some(code.to_string());
                start = ws[i - 1].start;
            }
        }
        let mut j = i + 1;
        let end;
        if let Some(s) = ws.get(j).and_then(|n| scale(n.text)) {
            value *= s;
            end = ws[j].start + ws[j].text.trim_end_matches(['.', ',', ';', ':']).len();
            j += 1;
        } else {
            end = w.start
                + w.text
                    .trim_end_matches(['.', ',', ';', ':', ')', '”', '"'])
                    .len();
        }
        // "35-billion dollar", "one billion dollars"
        if currency.is_none()
            && ws
                .get(j)
                .is_some_and(|n| n.text.trim_end_matches([',', '.']).starts_with("dollar"))
        {
            currency = Some("USD".into());
        }
        let qualifier = qualifier_before(text, start);
        out.push(NumberMention {
            value,
            currency,
            qualifier,
            range: start..end,
        });
        i = j;
    }
    out
}

/// The longest qualifier, in bytes.
const LONGEST_QUALIFIER: usize = {
    let (mut i, mut longest) = (0, 0);
    while i < QUALIFIERS.len() {
        if QUALIFIERS[i].len() > longest {
            longest = QUALIFIERS[i].len();
        }
        i += 1;
    }
    longest
};

fn qualifier_before(text: &str, at: usize) -> Option<String> {
    // Only the end of the text before the number is read: the longest qualifier and the
    // character before it.
    let before = tail(text[..at].trim_end(), LONGEST_QUALIFIER + 1).to_ascii_lowercase();
    QUALIFIERS
        .iter()
        .filter(|q| {
            before.ends_with(*q)
                && before[..before.len() - q.len()]
                    .chars()
                    .last()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .max_by_key(|q| q.len())
        .map(|q| {
            q.trim_start_matches("an ")
                .trim_start_matches("the ")
                .to_string()
        })
}

/// Human-readable form of a number: "8,400", "1.675 billion", "1 million".
pub fn format_number(value: f64) -> String {
    for (name, size) in [("billion", 1e9), ("million", 1e6)] {
        if value >= size {
            let scaled = value / size;
            let text = format!("{scaled:.3}");
            let text = text.trim_end_matches('0').trim_end_matches('.');
            return format!("{text} {name}");
        }
    }
    let whole = value.round() as i64;
    if (value - whole as f64).abs() > 1e-9 {
        return format!("{value}");
    }
    let digits = whole.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if whole < 0 {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(f64, Option<String>, Option<String>)> {
        find_numbers(text)
            .into_iter()
            .map(|m| (m.value, m.currency, m.qualifier))
            .collect()
    }

    #[test]
    fn plain_and_grouped_numbers() {
        assert_eq!(
            values("has 173 member states and nine observer states")[..],
            [(173.0, None, None), (9.0, None, None)]
        );
        assert_eq!(
            values("some 11,500 staff")[..],
            [(11500.0, None, Some("some".into()))]
        );
        assert_eq!(
            values("more than 440 offices.")[..],
            [(440.0, None, Some("more than".into()))]
        );
    }

    #[test]
    fn maxima_are_never_read_as_minima() {
        for (text, qualifier) in [
            ("consisting of no more than 25 members", "no more than"),
            ("at most 12 judges", "at most"),
            ("up to 40 delegates", "up to"),
            ("not less than 3 observers", "not less than"),
            ("at least 2,360 migrants", "at least"),
        ] {
            assert_eq!(values(text)[0].2.as_deref(), Some(qualifier), "{text}");
        }
    }

    #[test]
    fn money_in_its_many_spellings() {
        let usd = Some("USD".to_string());
        assert_eq!(
            values("a budget of $1.8 billion and")[0],
            (1.8e9, usd.clone(), None)
        );
        assert_eq!(
            values("Budget US$1.675 billon (2013)")[0],
            (1.675e9, usd.clone(), None)
        );
        assert_eq!(
            values("budget of about USD one billion, and")[0],
            (1e9, usd.clone(), Some("about".into()))
        );
        assert_eq!(
            values("approximately $3 billion and")[0],
            (3e9, usd.clone(), Some("approximately".into()))
        );
        assert_eq!(
            values("now a US35-billion dollar a year business")[0],
            (35e9, usd, None)
        );
    }

    #[test]
    fn abbreviated_scales_glued_to_a_figure() {
        let value = |text: &str| values(text)[0].0;
        assert_eq!(value("now counting 1.8m members worldwide"), 1.8e6);
        assert_eq!(value("a budget of $2.5bn in 2020"), 2.5e9);
        assert_eq!(value("a budget of $3m"), 3e6);
        assert_eq!(value("a wall 2m high"), 2.0);
        assert_eq!(value("a 2m swim"), 2.0);
    }

    #[test]
    fn scale_words_and_a_million() {
        assert_eq!(
            values("the estimated 11 million people")[0],
            (11e6, None, Some("estimated".into()))
        );
        assert_eq!(
            values("transport for nearly a million migrants")[0],
            (1e6, None, Some("nearly".into()))
        );
    }

    #[test]
    fn years_are_left_to_the_date_reader() {
        assert!(values("in 1951 and 2004/2005, in 1990.").is_empty());
        assert_eq!(values("$2013 and 2,013 people").len(), 2);
    }

    #[test]
    fn numbers_format_for_readers() {
        assert_eq!(format_number(8400.0), "8,400");
        assert_eq!(format_number(1.675e9), "1.675 billion");
        assert_eq!(format_number(1e6), "1 million");
        assert_eq!(format_number(173.0), "173");
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "",
            "$",
            "US$",
            "1,",
            ",1",
            "1.2.3",
            "9999999999999999999999999",
            "a",
            "€€1",
            "1-",
            "-1",
        ] {
            let _ = find_numbers(text);
        }
    }
}
