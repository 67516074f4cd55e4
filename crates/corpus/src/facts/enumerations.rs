//! Enumerations: "works in the four areas: a, b, c and d", "activities include a, b and c",
//! and a lead-in followed by list items.

use super::*;

impl Context<'_> {
    /// "works in the four broad areas of migration management: a, b, c, and d."
    pub(super) fn inline_enumeration(&self) -> Vec<Claim> {
        let Some(colon) = self.text.find(": ") else {
            return Vec::new();
        };
        let Some((count, what)) = counted_phrase(&self.text[..colon]) else {
            return Vec::new();
        };
        let items = split_list(self.text[colon + 2..].trim_end_matches(['.', ';']));
        if items.len() != count {
            return Vec::new();
        }
        items
            .into_iter()
            .map(|item| self.claim(Predicate::one_of(&what), Value::Item { text: item }, None))
            .collect()
    }
}

impl Context<'_> {
    /// "Cross-cutting activities include a, b, c and d.": a list named by the sentence's subject.
    pub(super) fn included_enumeration(&self) -> Vec<Claim> {
        let Some((head, rest)) = [" include ", " includes "]
            .iter()
            .find_map(|m| self.text.split_once(m))
        else {
            return Vec::new();
        };
        let head = head.trim();
        let words = head.split_whitespace().count();
        let named = head.chars().next().is_some_and(char::is_uppercase)
            && !head.split_whitespace().next().is_some_and(|w| {
                matches!(
                    w,
                    "It" | "Its" | "This" | "These" | "They" | "Their" | "He" | "She"
                )
            });
        if !named || !(1..=5).contains(&words) {
            return Vec::new();
        }
        let items: Vec<String> = split_list(rest.trim_end_matches(['.', ';']))
            .into_iter()
            .map(|i| i.strip_prefix("the ").unwrap_or(&i).to_string())
            .collect();
        if items.len() < 3 || items.iter().any(|i| i.split_whitespace().count() > 8) {
            return Vec::new();
        }
        let what = head.to_lowercase();
        items
            .into_iter()
            .map(|item| self.claim(Predicate::one_of(&what), Value::Item { text: item }, None))
            .collect()
    }
}

/// "works within the framework of 4 areas related to migration management, which are:" followed
/// by list items.
pub(super) fn enumeration_from_list(ctx: &Context, following: &[Paragraph]) -> Vec<Claim> {
    if !ctx.text.trim_end().ends_with(':') {
        return Vec::new();
    }
    let lead = ctx.text.trim_end().trim_end_matches(':');
    let lead = lead
        .trim_end_matches(", which are")
        .trim_end_matches(" which are")
        .trim_end_matches(", including");
    let Some((count, what)) = counted_phrase(lead) else {
        return Vec::new();
    };
    let items: Vec<&Paragraph> = following
        .iter()
        .take_while(|p| p.kind == ParagraphKind::ListItem)
        .take(count)
        .collect();
    if items.len() != count {
        return Vec::new();
    }
    items
        .into_iter()
        .filter_map(|p| p.sentences.first())
        .map(|s| {
            let text = s.text.trim_end_matches(['.', ';']).to_string();
            Claim {
                predicate: Predicate::one_of(&what),
                value: Value::Item { text },
                as_of: None,
                source: Source::new(ctx.source.doc, s),
            }
        })
        .collect()
}

/// "... the four broad areas of migration management" → (4, "broad areas of migration
/// management"): a small count and the noun phrase after it.
pub(super) fn counted_phrase(text: &str) -> Option<(usize, String)> {
    const COUNTS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let (i, count) = words.iter().enumerate().rev().find_map(|(i, w)| {
        let lower = w.to_ascii_lowercase();
        let n = COUNTS
            .iter()
            .position(|c| *c == lower)
            .map(|p| p + 2)
            .or_else(|| lower.parse::<usize>().ok().filter(|n| (2..=12).contains(n)));
        n.map(|n| (i, n))
    })?;
    let phrase = words[i + 1..].join(" ");
    let phrase = phrase.trim_end_matches([',', ':']).to_string();
    (!phrase.is_empty() && phrase.split_whitespace().count() <= 8).then_some((count, phrase))
}

/// "a, b, c, and d" → ["a", "b", "c", "d"]; only the last part splits on "and", so "migration
/// and development, facilitating migration" keeps its first item whole.
pub(super) fn split_list(text: &str) -> Vec<String> {
    let parts: Vec<&str> = text.split(", ").map(str::trim).collect();
    let mut items: Vec<String> = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let pieces: Vec<&str> = match part.strip_prefix("and ") {
            Some(rest) => vec![rest],
            None if last => part.splitn(2, " and ").collect(),
            None => vec![part],
        };
        items.extend(
            pieces
                .into_iter()
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty()),
        );
    }
    items
}

#[cfg(test)]
mod tests {

    use crate::facts::testing::{claims_of, values};

    #[test]
    fn enumerations_inline_and_as_lists() {
        let c = claims_of("The Acme Union (AU) is a body. It works in the three areas of trade: tariffs, quotas, and standards.");
        let items = values(&c, "one_of_areas_of_trade");
        assert_eq!(items, ["tariffs", "quotas", "standards"]);
        let c = claims_of("The Acme Union (AU) is a body. It has 2 goals, which are:\n\n• Peace.\n\n• Trade.\n\n• Not this one.");
        let items = values(&c, "one_of_goals");
        assert_eq!(items, ["Peace", "Trade"]);
    }

    #[test]
    fn included_lists_are_enumerations_too() {
        let c = claims_of("The Acme Union (AU) is a body. Core services include freight, storage, customs advice and insurance. It includes nothing else.");
        let items = values(&c, "one_of_core_services");
        assert_eq!(items, ["freight", "storage", "customs advice", "insurance"]);
    }
}
