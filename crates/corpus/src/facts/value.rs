//! Typed values of claims: dates, counts, amounts, people, places, names and list items.

use super::*;

/// A typed value. (Externally tagged, which every serde format reads back; the export writes its
/// own `{"type": ...}` form.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    Date {
        date: Date,
    },
    Count {
        value: f64,
        qualifier: Option<String>,
        unit: String,
    },
    Money {
        value: f64,
        currency: String,
        qualifier: Option<String>,
    },
    Person {
        name: String,
    },
    Place {
        name: String,
    },
    Name {
        name: String,
        abbreviation: Option<String>,
    },
    Item {
        text: String,
    },
}

pub(super) fn norm_words(text: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Value {
    /// Whether two values state the same thing ("Geneva" and "Geneva, Switzerland"; a name
    /// and its translation with the same abbreviation; 8,400 and 8,400).
    pub fn same_as(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Date { date: a }, Value::Date { date: b }) => a.agrees_with(*b),
            (Value::Count { value: a, .. }, Value::Count { value: b, .. }) => a == b,
            (
                Value::Money {
                    value: a,
                    currency: x,
                    ..
                },
                Value::Money {
                    value: b,
                    currency: y,
                    ..
                },
            ) => a == b && x == y,
            (Value::Person { name: a }, Value::Person { name: b }) => {
                let (a, b) = (norm_words(a), norm_words(b));
                // "William Lacy Swing" and "William Swing" name the same person.
                a == b
                    || (a.split(' ').next() == b.split(' ').next()
                        && a.split(' ').next_back() == b.split(' ').next_back())
            }
            (Value::Place { name: a }, Value::Place { name: b }) => {
                // "Geneva" and "Geneva, Switzerland"; "New York" and "New York City".
                let first = |s: &str| norm_words(s.split(',').next().unwrap_or(s));
                let (a, b) = (first(a), first(b));
                let (short, long) = if a.len() <= b.len() {
                    (&a, &b)
                } else {
                    (&b, &a)
                };
                !short.is_empty() && (long == short || long.starts_with(&format!("{short} ")))
            }
            (
                Value::Name {
                    name: a,
                    abbreviation: x,
                },
                Value::Name {
                    name: b,
                    abbreviation: y,
                },
            ) => norm_words(a) == norm_words(b) || (x.is_some() && x == y),
            (Value::Item { text: a }, Value::Item { text: b }) => norm_words(a) == norm_words(b),
            _ => false,
        }
    }

    /// Keys that two values [`same_as`](Value::same_as) each other always share one of (a
    /// count's or an amount's number, a date's decade, the first word of a person or a place,
    /// a name's words or its abbreviation), so that values are matched through an index rather
    /// than against every other value.
    pub fn match_keys(&self) -> impl Iterator<Item = u64> + Clone {
        use std::hash::{Hash, Hasher};
        // A key is a hash: values that share one are only candidates, compared in full after.
        let key = |kind: u8, part: &dyn Fn(&mut rustc_hash::FxHasher)| {
            let mut hasher = rustc_hash::FxHasher::default();
            kind.hash(&mut hasher);
            part(&mut hasher);
            hasher.finish()
        };
        let text = |kind: u8, s: &str| key(kind, &|h| s.hash(h));
        let first_word =
            |kind: u8, s: &str| text(kind, norm_words(s).split(' ').next().unwrap_or(""));
        let (one, two) = match self {
            Value::Count { value, .. } => (key(0, &|h| value.to_bits().hash(h)), None),
            Value::Money { value, .. } => (key(1, &|h| value.to_bits().hash(h)), None),
            Value::Date { date } => (key(2, &|h| date.year().div_euclid(10).hash(h)), None),
            Value::Person { name } => (first_word(3, name), None),
            Value::Place { name } => (first_word(4, name.split(',').next().unwrap_or(name)), None),
            Value::Name { name, abbreviation } => (
                text(5, &norm_words(name)),
                abbreviation.as_deref().map(|a| text(6, a)),
            ),
            Value::Item { text: item } => (text(7, &norm_words(item)), None),
        };
        std::iter::once(one).chain(two)
    }

    /// Whether both values can be true at once: the same value, or figures whose bounds overlap
    /// ("more than 7,000" and 8,000; "over 100" and "more than 90"; not "some 18,000" and
    /// "more than 20,000").
    pub fn compatible_with(&self, other: &Value) -> bool {
        if self.same_as(other) {
            return true;
        }
        match (self.bounds(), other.bounds()) {
            (Some((a, x, unit_a)), Some((b, y, unit_b))) => unit_a == unit_b && a <= y && b <= x,
            _ => false,
        }
    }

    /// The interval a figure states, with its unit or currency.
    pub fn bounds(&self) -> Option<(f64, f64, &str)> {
        let (value, qualifier, unit) = match self {
            Value::Count {
                value,
                qualifier,
                unit,
            } => (*value, qualifier, unit.as_str()),
            Value::Money {
                value,
                qualifier,
                currency,
            } => (*value, qualifier, currency.as_str()),
            _ => return None,
        };
        let (low, high) = match qualifier.as_deref() {
            None => (value, value),
            Some(
                "more than" | "over" | "at least" | "no fewer than" | "no less than"
                | "not less than" | "a minimum of",
            ) => (value, f64::INFINITY),
            Some(
                "less than" | "fewer than" | "under" | "up to" | "no more than" | "not more than"
                | "at most" | "a maximum of",
            ) => (f64::NEG_INFINITY, value),
            Some("nearly" | "almost") => (value * 0.9, value),
            Some(_) => (value * 0.9, value * 1.1),
        };
        Some((low, high, unit))
    }

    /// How much a value says, to pick the fullest of several equal ones.
    pub fn detail(&self) -> usize {
        self.to_string().len()
    }

    /// A number for charts: years, counts and amounts.
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Value::Count { value, .. } | Value::Money { value, .. } => Some(*value),
            Value::Date { date } => Some(f64::from(date.year())),
            _ => None,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let qualified = |q: &Option<String>, text: String| match q {
            Some(q) => format!("{q} {text}"),
            None => text,
        };
        match self {
            Value::Date { date } => write!(f, "{date}"),
            Value::Count {
                value,
                qualifier,
                unit,
            } => {
                write!(
                    f,
                    "{}",
                    qualified(qualifier, format!("{} {unit}", format_number(*value)))
                )
            }
            Value::Money {
                value,
                currency,
                qualifier,
            } => {
                let symbol = if currency == "USD" {
                    "US$".to_string()
                } else {
                    format!("{currency} ")
                };
                write!(
                    f,
                    "{}",
                    qualified(qualifier, format!("{symbol}{}", format_number(*value)))
                )
            }
            Value::Person { name } | Value::Place { name } => write!(f, "{name}"),
            Value::Name {
                name,
                abbreviation: Some(abbr),
            } => write!(f, "{name} ({abbr})"),
            Value::Name {
                name,
                abbreviation: None,
            } => write!(f, "{name}"),
            Value::Item { text } => write!(f, "{text}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_whose_bounds_overlap_are_compatible() {
        let count = |value: f64, qualifier: Option<&str>| Value::Count {
            value,
            qualifier: qualifier.map(str::to_string),
            unit: "staff".into(),
        };
        assert!(count(8000.0, None).compatible_with(&count(7000.0, Some("more than"))));
        assert!(count(100.0, Some("over")).compatible_with(&count(90.0, Some("more than"))));
        assert!(count(25.0, Some("no more than")).compatible_with(&count(20.0, None)));
        assert!(!count(18000.0, Some("some")).compatible_with(&count(20000.0, Some("more than"))));
        assert!(!count(8400.0, None).compatible_with(&count(5400.0, None)));
        let place = |name: &str| Value::Place { name: name.into() };
        assert!(place("New York City").same_as(&place("New York")));
        assert!(place("Geneva, Switzerland").same_as(&place("Geneva")));
        assert!(!place("New York").same_as(&place("New Delhi")));
    }
}
