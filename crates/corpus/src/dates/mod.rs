//! Dates as English text writes them: "19 October 1953", "September 19, 2016", "June 2014",
//! "1951", "the 1950s", and ranges ("from 2002 to 2006", "2004/2005", "1939–1945"), each at its
//! own precision.

use std::cmp::Ordering;
use std::fmt;
use std::ops::Range;

mod lifespans;

pub use lifespans::{lifespans, sentence_dates, without_lifespans};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::words::{split_words, Word};

/// A calendar date at the precision the text gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Date {
    Decade(i32),
    Year(i32),
    Month { year: i32, month: u8 },
    Day { year: i32, month: u8, day: u8 },
}

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    pub fn year(self) -> i32 {
        match self {
            Date::Decade(y) | Date::Year(y) => y,
            Date::Month { year, .. } | Date::Day { year, .. } => year,
        }
    }

    /// Sort key: (year, month, day), with missing parts as 0 so that "1953" sorts before
    /// "October 1953".
    pub fn key(self) -> (i32, u8, u8) {
        match self {
            Date::Decade(y) | Date::Year(y) => (y, 0, 0),
            Date::Month { year, month } => (year, month, 0),
            Date::Day { year, month, day } => (year, month, day),
        }
    }

    /// The last year this date covers (a decade covers ten).
    pub fn last_year(self) -> i32 {
        match self {
            Date::Decade(y) => y + 9,
            other => other.year(),
        }
    }

    /// Whether `other` can be the same moment told less or more precisely ("2016" and
    /// "September 2016" agree; "2016" and "2015" do not).
    pub fn agrees_with(self, other: Date) -> bool {
        let (a, b) = (self.key(), other.key());
        let year = match (self, other) {
            (Date::Decade(d), o) | (o, Date::Decade(d)) => (d..d + 10).contains(&o.year()),
            _ => a.0 == b.0,
        };
        year && (a.1 == 0 || b.1 == 0 || a.1 == b.1) && (a.2 == 0 || b.2 == 0 || a.2 == b.2)
    }

    /// How precise the date is: 0 (decade) to 3 (day).
    pub fn precision(self) -> u8 {
        match self {
            Date::Decade(_) => 0,
            Date::Year(_) => 1,
            Date::Month { .. } => 2,
            Date::Day { .. } => 3,
        }
    }

    /// ISO-style form: "1950s", "1953", "1953-10", "1953-10-19".
    /// Reads back what [`Date::iso`] writes: `1950s`, `1951`, `1951-12`, `1951-12-05` (a
    /// leading `-` for years before the common era).
    pub fn from_iso(text: &str) -> Option<Date> {
        if let Some(decade) = text.strip_suffix('s') {
            return decade.parse().ok().map(Date::Decade);
        }
        let (sign, unsigned) = match text.strip_prefix('-') {
            Some(rest) => (-1, rest),
            None => (1, text),
        };
        let mut parts = unsigned.split('-');
        let year = sign * parts.next()?.parse::<i32>().ok()?;
        let month = parts.next().map(str::parse::<u8>).transpose().ok()?;
        let day = parts.next().map(str::parse::<u8>).transpose().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Some(match (month, day) {
            (None, _) => Date::Year(year),
            (Some(month), None) => Date::Month { year, month },
            (Some(month), Some(day)) => Date::Day { year, month, day },
        })
    }

    pub fn iso(self) -> String {
        match self {
            Date::Decade(y) => format!("{y}s"),
            Date::Year(y) => format!("{y:04}"),
            Date::Month { year, month } => format!("{year:04}-{month:02}"),
            Date::Day { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
        }
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key()
            .cmp(&other.key())
            .then(self.precision().cmp(&other.precision()))
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Date {
    /// Reader form: "the 1950s", "1953", "October 1953", "19 October 1953".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month = |m: u8| MONTHS[usize::from(m.clamp(1, 12)) - 1];
        match *self {
            Date::Decade(y) => write!(f, "the {y}s"),
            Date::Year(y) => write!(f, "{y}"),
            Date::Month { year, month: m } => write!(f, "{} {year}", month(m)),
            Date::Day {
                year,
                month: m,
                day,
            } => write!(f, "{day} {} {year}", month(m)),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Date::from_iso(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("“{text}” is not an ISO date")))
    }
}

/// A date mention: a single date or a range, and where it sits in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    pub start: Date,
    pub end: Option<Date>,
    pub range: Range<usize>,
}

/// Years outside this span are taken for other numbers.
const YEARS: std::ops::RangeInclusive<i32> = 1500..=2100;

type Token<'a> = Word<'a>;

/// The part of a token that is letters and digits.
fn bare<'a>(token: &Token<'a>) -> &'a str {
    token.text.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Whether a character separates the tokens dates are read from.
fn separates(c: char) -> bool {
    c.is_whitespace() || c == '—' || c == '(' || c == ')'
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    split_words(text, separates)
}

fn month_of(word: &str) -> Option<u8> {
    let word = word.trim_matches(|c: char| !c.is_ascii_alphabetic());
    // Month names are 3 to 9 ASCII letters: most words are rejected here.
    if !(3..=9).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            m.eq_ignore_ascii_case(word) || (word.len() == 3 && m[..3].eq_ignore_ascii_case(word))
        })
        .map(|i| i as u8 + 1)
}

/// A year token: four digits, possibly followed by punctuation; not part of a larger number
/// or an amount.
fn year_of(token: &Token) -> Option<i32> {
    let t = token.text.trim_start_matches(['“', '"', '‘', '\'']);
    let digits = &t[..t.bytes().take_while(u8::is_ascii_digit).count()];
    let rest = &t[digits.len()..];
    let clean_end = rest.is_empty()
        || rest.starts_with(['.', ',', ';', ':', '?', '!', '”', '"', '’', '\''])
            && !rest.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
    if digits.len() != 4 || !clean_end {
        return None;
    }
    let year: i32 = digits.parse().ok()?;
    YEARS.contains(&year).then_some(year)
}

fn day_of(token: &Token) -> Option<u8> {
    // A day is a number: most tokens are rejected before any suffix is looked for.
    if !token
        .text
        .starts_with(|c: char| c.is_ascii_digit() || c == '+')
    {
        return None;
    }
    let t = token.text.trim_end_matches([',', '.']);
    let t = t
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    let day: u8 = t.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// "1950s" (or "the 1950s").
fn decade_of(token: &Token) -> Option<i32> {
    let t = bare(token);
    let t = t.strip_suffix('s')?;
    let t = t.strip_suffix('\'').unwrap_or(t);
    let year: i32 = t.parse().ok()?;
    (t.len() == 4 && year % 10 == 0 && YEARS.contains(&year)).then_some(year)
}

/// "2004/2005" or "1939–1945" in one token.
fn joined_range(token: &Token) -> Option<(i32, i32)> {
    let t = bare(token);
    let (a, b) = t.split_once(['/', '–', '-'])?;
    let (a, b): (i32, i32) = (a.parse().ok()?, b.parse().ok()?);
    (a.to_string().len() == 4
        && b.to_string().len() == 4
        && YEARS.contains(&a)
        && YEARS.contains(&b)
        && a < b)
        .then_some((a, b))
}

/// Whether a token can start a date: a digit or a capitalised month name, after any opening
/// quote. Most words fail this cheap test.
fn may_start_date(token: &Token) -> bool {
    let t = token.text.trim_start_matches(['“', '"', '‘', '\'', '(']);
    t.as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
}

/// One date starting at token `i`: the date and how many tokens it used.
fn date_at(toks: &[Token], i: usize) -> Option<(Date, usize)> {
    let t = toks.get(i)?;
    if !may_start_date(t) {
        return None;
    }
    let next = toks.get(i + 1);
    let next2 = toks.get(i + 2);
    // 19 October 1953
    if let (Some(day), Some(month), Some(year)) = (
        day_of(t),
        next.and_then(|n| month_of(n.text)),
        next2.and_then(year_of),
    ) {
        return Some((Date::Day { year, month, day }, 3));
    }
    if let Some(month) =
        month_of(t.text).filter(|_| t.text.chars().next().is_some_and(char::is_uppercase))
    {
        // September 19, 2016 / June 20 2013
        if let (Some(day), Some(year)) = (next.and_then(day_of), next2.and_then(year_of)) {
            return Some((Date::Day { year, month, day }, 3));
        }
        // June 2014
        if let Some(year) = next.and_then(year_of) {
            return Some((Date::Month { year, month }, 2));
        }
    }
    if let Some(decade) = decade_of(t) {
        return Some((Date::Decade(decade), 1));
    }
    year_of(t).map(|year| (Date::Year(year), 1))
}

/// Whether `text` may start with a date (its first word a number or a capitalised word): when
/// not, no date found in it starts at its first byte.
pub fn may_start_with_date(text: &str) -> bool {
    let first = &text[..text.find(separates).unwrap_or(text.len())];
    !first.is_empty()
        && may_start_date(&Token {
            text: first,
            start: 0,
        })
}

/// Whether a text opens with a date to the day ("14 December 2020", "9 May 2019 at 10:14"):
/// what [`find_dates`] finds first, read from the first words only.
pub fn opens_with_day(text: &str) -> bool {
    // A date is read from three words at most.
    let toks: Vec<Token> = crate::words::words_between(text, separates)
        .take(3)
        .collect();
    toks.first()
        .is_some_and(|t| t.start == 0 && joined_range(t).is_none())
        && date_at(&toks, 0).is_some_and(|(date, _)| date.precision() == 3)
}

/// Every date mention in `text`, in order.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let toks = tokens(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !may_start_date(&toks[i]) {
            i += 1;
            continue;
        }
        if let Some((a, b)) = joined_range(&toks[i]) {
            out.push(DateMention {
                start: Date::Year(a),
                end: Some(Date::Year(b)),
                range: toks[i].start..toks[i].end(),
            });
            i += 1;
            continue;
        }
        let Some((date, used)) = date_at(&toks, i) else {
            i += 1;
            continue;
        };
        let mut mention = DateMention {
            start: date,
            end: None,
            range: toks[i].start..toks[i + used - 1].end(),
        };
        // "from 2002 to 2006", "between 1939 and 1945", "1949 until 1995"
        let joiner = toks.get(i + used).map(|t| bare(t).to_ascii_lowercase());
        if matches!(
            joiner.as_deref(),
            Some("to" | "until" | "and" | "till" | "through")
        ) {
            let opener = i
                .checked_sub(1)
                .map(|p| bare(&toks[p]).to_ascii_lowercase());
            let is_range = joiner.as_deref() != Some("and") || opener.as_deref() == Some("between");
            if let Some((end, used2)) = date_at(&toks, i + used + 1).filter(|_| is_range) {
                if end > date {
                    mention.end = Some(end);
                    mention.range.end = toks[i + used + used2].end();
                    out.push(mention);
                    i += used + 1 + used2;
                    continue;
                }
            }
        }
        out.push(mention);
        i += used;
    }
    // Trim trailing punctuation from the mention ranges.
    for m in &mut out {
        let s = &text[m.range.clone()];
        m.range.end = m.range.start + s.trim_end_matches([',', '.', ';', ':', '”', '"']).len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_opens_with_a_day_when_its_first_date_is_one_and_starts_it() {
        for text in [
            "14 December 2020",
            "9 May 2019 at 10:14",
            "September 19, 2016 to September 20, 2016",
            "May 2019",
            "1990–1995 and 14 May 2001",
            "Project 5, started in 1905",
            " 14 December 2020",
            "In 14 December 2020",
            "",
        ] {
            let first = find_dates(text).into_iter().next();
            let expected = first.is_some_and(|d| d.range.start == 0 && d.start.precision() == 3);
            assert_eq!(opens_with_day(text), expected, "{text:?}");
        }
        assert!(opens_with_day("9 May 2019 at 10:14"));
    }

    fn dates(text: &str) -> Vec<String> {
        find_dates(text)
            .into_iter()
            .map(|m| match m.end {
                Some(end) => format!("{}..{}", m.start.iso(), end.iso()),
                None => m.start.iso(),
            })
            .collect()
    }

    #[test]
    fn every_precision_is_read() {
        assert_eq!(
            dates("concluded on 19 October 1953 in Venice"),
            ["1953-10-19"]
        );
        assert_eq!(
            dates("specifically on September 19, 2016 - its"),
            ["2016-09-19"]
        );
        assert_eq!(dates("On June 20 2013, IOM"), ["2013-06-20"]);
        assert_eq!(dates("As of June 2014, the"), ["2014-06"]);
        assert_eq!(dates("was born in 1951 out of"), ["1951"]);
        assert_eq!(dates("migrants during the 1950s."), ["1950s"]);
    }

    #[test]
    fn ranges_are_read() {
        assert_eq!(dates("from 2002 to 2006, where"), ["2002..2006"]);
        assert_eq!(
            dates("Pakistan earthquake of 2004/2005 and"),
            ["2004..2005"]
        );
        assert_eq!(dates("from 1949 until 1995."), ["1949..1995"]);
        assert_eq!(
            dates("the 2004 Afghan elections and the 2005 Iraqi elections"),
            ["2004", "2005"]
        );
        assert_eq!(dates("between 1939 and 1945"), ["1939..1945"]);
    }

    #[test]
    fn other_numbers_are_not_years() {
        assert!(dates(
            "some 11,500 staff, 8,400 staff, $1.675 billion, 440 offices, 2,360 migrants"
        )
        .is_empty());
        assert!(dates("a US35-billion dollar business in 21st century with 9999 items").is_empty());
        assert!(dates("May I say").is_empty());
    }

    #[test]
    fn mention_ranges_cover_the_text() {
        let text = "On 19 October 1953, it met.";
        let m = &find_dates(text)[0];
        assert_eq!(&text[m.range.clone()], "19 October 1953");
    }

    #[test]
    fn dates_order_and_agree_by_precision() {
        let year = Date::Year(2016);
        let month = Date::Month {
            year: 2016,
            month: 9,
        };
        let day = Date::Day {
            year: 2016,
            month: 9,
            day: 19,
        };
        assert!(year < month && month < day);
        assert!(year.agrees_with(day) && month.agrees_with(day));
        assert!(!Date::Year(2015).agrees_with(day));
        assert!(Date::Decade(1950).agrees_with(Date::Year(1953)));
        assert_eq!(day.to_string(), "19 September 2016");
        assert_eq!(Date::Decade(1950).to_string(), "the 1950s");
    }
}
