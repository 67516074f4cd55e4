//! The article's lead written from the facts, each sentence citing the claims it rests on: when
//! and as what the organization was founded, its renamings, its headquarters, and its
//! membership and staff with the latest value and the range the sources give. Sources that
//! disagree are summarised, not hidden: "173 member states (as of 2021); the sources give from
//! 127 to 175".

use crate::article::{ArticleParagraph, ArticleSentence};
use crate::facts::{Source, Value};
use crate::pipeline::Analysis;
use crate::reconcile::Fact;
use crate::structure::ParagraphKind;

/// The lead paragraph, when the facts say enough for one.
pub fn lead(analysis: &Analysis) -> Option<ArticleParagraph> {
    let sentences: Vec<ArticleSentence> = [
        founding(analysis),
        renamings(analysis),
        headquarters(analysis),
        figure(analysis, "member_states", "It has", "member states"),
        figure(analysis, "staff", "It employs", "staff"),
    ]
    .into_iter()
    .flatten()
    .collect();
    (sentences.len() >= 2).then_some(ArticleParagraph {
        kind: ParagraphKind::Prose,
        sentences,
    })
}

fn facts<'a>(analysis: &'a Analysis, key: &str) -> Vec<&'a Fact> {
    analysis
        .facts
        .iter()
        .filter(|f| f.predicate.key == key)
        .collect()
}

/// The fact of `key` most sources give.
fn most_cited<'a>(analysis: &'a Analysis, key: &str) -> Option<&'a Fact> {
    facts(analysis, key)
        .into_iter()
        .max_by_key(|f| (f.sources.len(), f.value.detail()))
}

fn sentence(text: String, facts: &[&Fact]) -> ArticleSentence {
    // Each source once, in the facts' order, through a set (a figure may have thousands).
    let mut seen = rustc_hash::FxHashSet::default();
    let sources: Vec<Source> = facts
        .iter()
        .flat_map(|f| &f.sources)
        .filter(|s| seen.insert(*s))
        .cloned()
        .collect();
    ArticleSentence {
        text: text.into(),
        sources,
        contested: Vec::new(),
        more_contested: 0,
    }
}

fn year_of(fact: &Fact) -> Option<i32> {
    match &fact.value {
        Value::Date { date } => Some(date.year()),
        _ => None,
    }
}

/// "The X was founded in 1951 as the Y and formally established on 30 November 1954."
fn founding(analysis: &Analysis) -> Option<ArticleSentence> {
    let founded = most_cited(analysis, "founded")?;
    let year = year_of(founded)?;
    let mut used = vec![founded];
    let first_name = facts(analysis, "name")
        .into_iter()
        .filter(|f| f.as_of.is_some_and(|d| d.year() == year))
        .max_by_key(|f| f.sources.len());
    let mut text = format!("The {} was founded in {year}", analysis.subject);
    if let Some(name) = first_name {
        text.push_str(&format!(" as the {}", name.value));
        used.push(name);
    }
    if let Some(formal) = most_cited(analysis, "formally_established") {
        text.push_str(&format!(" and formally established on {}", formal.value));
        used.push(formal);
    }
    text.push('.');
    Some(sentence(text, &used))
}

/// "It was renamed the A in 1952, the B in 1980 and the C in 1989."
fn renamings(analysis: &Analysis) -> Option<ArticleSentence> {
    let founded = most_cited(analysis, "founded").and_then(year_of)?;
    let mut names: Vec<&Fact> = facts(analysis, "name")
        .into_iter()
        .filter(|f| f.as_of.is_some_and(|d| d.year() > founded))
        .collect();
    crate::order::sort_by_key(&mut names, |f| f.as_of);
    if names.is_empty() {
        return None;
    }
    let parts: Vec<String> = names
        .iter()
        .map(|f| format!("the {} in {}", f.value, f.as_of.map_or(0, |d| d.year())))
        .collect();
    let list = match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => return None,
    };
    Some(sentence(format!("It was renamed {list}."), &names))
}

/// "Its headquarters are in Geneva."
fn headquarters(analysis: &Analysis) -> Option<ArticleSentence> {
    let hq = most_cited(analysis, "headquarters")?;
    Some(sentence(
        format!("Its headquarters are in {}.", hq.value),
        &[hq],
    ))
}

/// "It has 173 member states (as of 2021); the sources give from 127 to 175."
fn figure(analysis: &Analysis, key: &str, verb: &str, unit: &str) -> Option<ArticleSentence> {
    let all = facts(analysis, key);
    let numbers: Vec<(f64, &Fact)> = all
        .iter()
        .filter_map(|f| f.value.as_number().map(|n| (n, *f)))
        .collect();
    let low = numbers.iter().min_by(|a, b| a.0.total_cmp(&b.0))?;
    let high = numbers.iter().max_by(|a, b| a.0.total_cmp(&b.0))?;
    // A figure as a source gives it, with its qualifier ("more than 19,500").
    let shown = |(n, f): &(f64, &Fact)| match &f.value {
        Value::Count {
            qualifier: Some(q), ..
        } => format!("{q} {}", crate::numbers::format_number(*n)),
        _ => crate::numbers::format_number(*n),
    };
    let differ = low.0 < high.0;
    let (low, high) = (shown(low), shown(high));
    let latest = all
        .iter()
        .filter(|f| f.as_of.is_some())
        .max_by_key(|f| f.as_of);
    let as_of = |f: &Fact| f.as_of.map(|d| d.to_string()).unwrap_or_default();
    let text = match latest {
        Some(f) if differ => format!(
            "{verb} {} (as of {}); the sources give from {low} to {high}.",
            f.value,
            as_of(f)
        ),
        Some(f) => format!("{verb} {} (as of {}).", f.value, as_of(f)),
        None if differ => format!("The sources give its {unit} as {low} to {high}."),
        None => format!("{verb} {}.", numbers.first()?.1.value),
    };
    Some(sentence(text, &all))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Corpus;
    use crate::pipeline::analyze;

    #[test]
    fn the_lead_summarises_the_facts_and_cites_them() {
        let corpus = Corpus::from_texts([
            (
                "a.txt",
                "The Acme Relief Agency (ARA) is a charity. It was founded in 1901 as the Acme Relief Committee (ARC). It underwent a name change to the Acme Relief Agency (ARA) in 1950. As of 2020, it had 52 member states. Its headquarters are in Lyon.",
            ),
            (
                "b.txt",
                "The Acme Relief Agency (ARA) was founded in 1901. The agency has 48 member states.",
            ),
        ]);
        let paragraph = lead(&analyze(&corpus)).expect("a lead");
        let text: Vec<&str> = paragraph.sentences.iter().map(|s| &*s.text).collect();
        assert!(
            text[0].starts_with(
                "The Acme Relief Agency was founded in 1901 as the Acme Relief Committee (ARC)"
            ),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t.contains("renamed the Acme Relief Agency (ARA) in 1950")),
            "{text:?}"
        );
        assert!(text.iter().any(|t| t.contains("Lyon")), "{text:?}");
        assert!(
            text.iter().any(
                |t| t.contains("52 member states (as of 2020); the sources give from 48 to 52")
            ),
            "{text:?}"
        );
        assert!(paragraph.sentences.iter().all(|s| !s.sources.is_empty()));
    }
}
