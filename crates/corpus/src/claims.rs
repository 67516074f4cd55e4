//! Claims: whether two sentences make the same claim in other words or in another translation
//! ("IOM's stated mission is to promote humane and orderly migration" and "IOM is dedicated to
//! promoting humane and orderly migration"). Sentences are compared by their stemmed content
//! words weighted by how rare each is in the corpus (IDF), so that the words every sentence
//! shares ("migration", the organization's name) count for little and "Venice", "logistics" or
//! "heated" for much; sentences whose numbers all differ make different claims (157 member
//! states in 2015, 173 in 2021). Candidates come from an index of rare stems, never all pairs.

use std::collections::BTreeMap;

/// Words that carry no claim.
const STOP: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "to", "and", "or", "for", "its", "it", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "as", "by", "with", "at", "from", "that", "this",
    "which", "who", "their", "they", "them", "also", "into", "out", "than", "such", "other", "all",
    "more", "most", "some", "about", "over", "between", "within", "well", "both", "but", "not",
    "can", "will", "would", "may", "there", "these", "those", "so", "does", "do", "being",
];

/// Endings taken off a word so that its forms meet ("promote", "promoting", "promotion").
const SUFFIXES: &[&str] = &[
    "ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "es",
    "ly", "al", "e", "s", "y",
];

/// The stem of a lower-case word.
pub fn stem(word: &str) -> String {
    let mut w = word.to_string();
    for suffix in SUFFIXES {
        if w.len() >= suffix.len() + 4 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    w
}

/// A sentence as the claim comparison sees it.
#[derive(Clone, Debug, Default)]
pub struct Terms {
    /// Stems with their weights, sorted by stem.
    stems: Vec<(String, f64)>,
    /// The figures it states (numbers other than years).
    figures: Vec<String>,
    /// The years it names.
    years: Vec<String>,
    total: f64,
}

impl Terms {
    /// The rarest stems, to find candidates by.
    pub fn rarest(&self, n: usize) -> Vec<&str> {
        let mut by_weight: Vec<&(String, f64)> = self.stems.iter().collect();
        crate::order::sort_by(&mut by_weight, |a, b| b.1.total_cmp(&a.1));
        by_weight
            .into_iter()
            .take(n)
            .map(|(s, _)| s.as_str())
            .collect()
    }
}

/// How often each stem occurs in the sentences of a corpus.
#[derive(Clone, Debug, Default)]
pub struct Rarity {
    sentences_with: BTreeMap<String, usize>,
    sentences: usize,
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn stems_of(text: &str) -> Vec<String> {
    let mut stems: Vec<String> = words(text)
        .filter(|w| w.len() > 2 && !STOP.contains(&w.as_str()))
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| stem(&w))
        .collect();
    crate::order::sort(&mut stems);
    stems.dedup();
    stems
}

impl Rarity {
    /// Counts the stems of every sentence.
    pub fn of<'a>(sentences: impl IntoIterator<Item = &'a str>) -> Self {
        let mut rarity = Rarity::default();
        for s in sentences {
            rarity.sentences += 1;
            for stem in stems_of(s) {
                *rarity.sentences_with.entry(stem).or_default() += 1;
            }
        }
        rarity
    }

    /// The terms of a sentence, weighted by rarity.
    pub fn terms(&self, text: &str) -> Terms {
        let n = self.sentences.max(1) as f64;
        let stems: Vec<(String, f64)> = stems_of(text)
            .into_iter()
            .map(|s| {
                let df = self.sentences_with.get(&s).copied().unwrap_or(1) as f64;
                let weight = (1.0 + n / df).ln();
                (s, weight)
            })
            .collect();
        let mut numbers: Vec<String> = words(text)
            .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
            .collect();
        crate::order::sort(&mut numbers);
        numbers.dedup();
        let is_year =
            |n: &String| n.len() == 4 && n.parse::<u32>().is_ok_and(|y| (1500..=2100).contains(&y));
        let (years, figures) = numbers.into_iter().partition(is_year);
        let total = stems.iter().map(|(_, w)| w).sum();
        Terms {
            stems,
            figures,
            years,
            total,
        }
    }
}

/// Whether two sentences make the same claim: most of the weight of the shorter is shared
/// (and a fair part of the longer's), the figures they both state are the same, and the years
/// they both name meet.
pub fn same_claim(a: &Terms, b: &Terms) -> bool {
    if a.total == 0.0 || b.total == 0.0 {
        return false;
    }
    // Other figures are another claim (157 member states, not 156); other years another
    // moment.
    let both = |x: &Vec<String>, y: &Vec<String>| !x.is_empty() && !y.is_empty();
    if both(&a.figures, &b.figures) && a.figures != b.figures {
        return false;
    }
    if both(&a.years, &b.years) && !a.years.iter().any(|y| b.years.contains(y)) {
        return false;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < a.stems.len() && j < b.stems.len() {
        match a.stems[i].0.cmp(&b.stems[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += a.stems[i].1.min(b.stems[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    let (small, large) = if a.total <= b.total {
        (a.total, b.total)
    } else {
        (b.total, a.total)
    };
    shared / small >= 0.5 && shared / large >= 0.3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rarity() -> Rarity {
        Rarity::of([
            "The agency's stated mission is to promote humane and orderly migration.",
            "The agency is dedicated to promoting humane and orderly migration for the benefit of all.",
            "The agency has 157 member states and 10 observer states.",
            "The agency has 173 member states and nine observer states.",
            "The agency works in many countries on migration.",
            "The agency organized elections for refugees.",
            "The agency opened an office in Cairo.",
            "The agency helps migration in Asia.",
        ])
    }

    #[test]
    fn the_same_claim_in_other_words() {
        let r = rarity();
        let a = r.terms("The agency's stated mission is to promote humane and orderly migration.");
        let b = r.terms("The agency is dedicated to promoting humane and orderly migration for the benefit of all.");
        assert!(same_claim(&a, &b));
    }

    #[test]
    fn other_figures_and_other_claims_differ() {
        let r = rarity();
        let a = r.terms("The agency has 157 member states and 10 observer states.");
        let b = r.terms("The agency has 173 member states and nine observer states.");
        assert!(!same_claim(&a, &b));
        let c = r.terms("The agency has 156 member states and 10 observer states.");
        assert!(!same_claim(&a, &c), "one figure shared, another not");
        let c = r.terms("The agency organized elections for refugees.");
        let d = r.terms("The agency opened an office in Cairo.");
        assert!(!same_claim(&c, &d));
    }

    #[test]
    fn forms_of_a_word_meet() {
        assert_eq!(stem("promoting"), stem("promote"));
        assert_eq!(stem("migrants"), stem("migrant"));
        assert_eq!(stem("recognition"), "recognit");
    }
}
