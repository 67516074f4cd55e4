//! Events: every dated statement of the documents, at its own precision (day, month, year, range,
//! decade), titled from the facts read at that date when there are any, put in a category, and
//! merged across documents. Where documents date the same event differently, both dates stay.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

mod happenings;
mod merge;
mod titles;

use happenings::{fold_link_targets, merge_happenings};
use merge::*;
use titles::*;
pub use titles::{headline, unreadable};

use serde::{Deserialize, Serialize};

use crate::clauses;
use crate::dates::{sentence_dates, without_lifespans, Date, DateMention};
use crate::document::DocId;
use crate::facts::{add_sources, Claim, Source, Subject, Value};
use crate::numbers::format_number;
use crate::phrases::Phrases;
use crate::reconcile::{slugify, unique_id};
use crate::structure::{ParagraphKind, StructuredDoc};
use crate::words::capitalise;

/// What kind of event it is, derived from the facts and words of its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Founding,
    Names,
    Crises,
    Agreements,
    Campaigns,
    Figures,
    Other,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Founding,
        Category::Names,
        Category::Crises,
        Category::Agreements,
        Category::Campaigns,
        Category::Figures,
        Category::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::Founding => "Founding and governance",
            Category::Names => "Names",
            Category::Crises => "Crises and operations",
            Category::Agreements => "Agreements",
            Category::Campaigns => "Campaigns",
            Category::Figures => "Membership and figures",
            Category::Other => "Other",
        }
    }
}

/// Another date that some sources give for the same event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OtherDate {
    pub date: Date,
    pub end: Option<Date>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub date: Date,
    pub end: Option<Date>,
    pub title: String,
    pub category: Category,
    pub sources: Vec<Source>,
    /// Dates other sources give for the same event.
    pub other_dates: Vec<OtherDate>,
}

/// Builds the events of all documents. `claims` are the facts read from the same documents;
/// they give events their titles and categories.
pub fn build_events(
    docs: &[(DocId, &StructuredDoc)],
    claims: &[Claim],
    subject: &Subject,
) -> Vec<Event> {
    build_events_dated(docs, claims, subject, &[])
}

/// [`build_events`] with the dates of each document's sentences read already, in the order of
/// [`StructuredDoc::sentences`] (as [`crate::facts::extract_dated`] gives them); a document or
/// sentence they do not cover is read here.
pub fn build_events_dated(
    docs: &[(DocId, &StructuredDoc)],
    claims: &[Claim],
    subject: &Subject,
    dates: &[Vec<Vec<DateMention>>],
) -> Vec<Event> {
    let mut by_sentence: rustc_hash::FxHashMap<(DocId, usize), Vec<&Claim>> =
        rustc_hash::FxHashMap::default();
    for claim in claims {
        by_sentence
            .entry((claim.source.doc, claim.source.start))
            .or_default()
            .push(claim);
    }
    let mut raw: Vec<Event> = Vec::new();
    for (d, (doc_id, doc)) in docs.iter().enumerate() {
        let person = person_of(doc);
        let read = dates.get(d).map_or(&[][..], Vec::as_slice);
        for (k, (_, paragraph, sentence)) in doc.sentences().enumerate() {
            if paragraph.kind == ParagraphKind::ListItem {
                continue;
            }
            let mentions = match read.get(k) {
                Some(mentions) => Cow::Borrowed(mentions.as_slice()),
                None => Cow::Owned(sentence_dates(&sentence.text)),
            };
            let source = Source::new(*doc_id, sentence);
            let here: Vec<&Claim> = by_sentence
                .get(&(*doc_id, sentence.start))
                .map(|list| {
                    list.iter()
                        .copied()
                        .filter(|c| c.source == source)
                        .collect()
                })
                .unwrap_or_default();
            for mention in mentions.iter() {
                let (title, category) =
                    title_and_category(&sentence.text, mention, &mentions, &here);
                let title = match &person {
                    Some(person) => name_the_person(&title, person),
                    None => title,
                };
                raw.push(Event {
                    id: String::new(),
                    date: mention.start,
                    end: mention.end,
                    title,
                    category,
                    sources: vec![source.clone()],
                    other_dates: Vec::new(),
                });
            }
        }
    }
    let mut events = fold_link_targets(merge_happenings(merge_events(raw), &subject.name));
    // Headlines once the happenings are one: merging reads the whole titles.
    for event in &mut events {
        event.title = headline(&event.title, subject.short_name(), &subject.name);
    }
    // A date alone in its sentence ("2011 [last update]") tells no happening: no title, no event.
    events.retain(|e| e.title.chars().any(char::is_alphabetic));
    crate::order::sort_by(&mut events, |a, b| {
        a.date.cmp(&b.date).then_with(|| a.title.cmp(&b.title))
    });
    let mut ids = rustc_hash::FxHashMap::default();
    for event in &mut events {
        let slug = format!("{}-{}", event.date.iso(), slugify(&event.title));
        event.id = unique_id(&slug, &mut ids);
    }
    events
}

/// The person a document is about, by surname, to whom its "he" and "she" refer: the person
/// its title names ("Henry Dunant"), else the first person it gives a lifespan.
fn person_of(doc: &StructuredDoc) -> Option<String> {
    let person_shaped = |name: &str| {
        let words: Vec<&str> = name.split_whitespace().collect();
        (2..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
            && !crate::facts::organization_shaped(name)
    };
    if person_shaped(&doc.title) {
        return doc.title.split_whitespace().last().map(str::to_string);
    }
    doc.sentences().find_map(|(_, _, s)| {
        let span = crate::dates::lifespans(&s.text).into_iter().next()?;
        let before: Vec<&str> = s.text[..span.start].split_whitespace().collect();
        let name = before.get(before.len().saturating_sub(2)..)?.join(" ");
        person_shaped(&name).then(|| before.last().map(|w| w.to_string()))?
    })
}

/// "He shared the prize" → "Dunant shared the prize" in a document about Dunant.
fn name_the_person(title: &str, person: &str) -> String {
    for (pronoun, named) in [("He ", ""), ("She ", ""), ("His ", "’s"), ("Her ", "’s")] {
        if let Some(rest) = title.strip_prefix(pronoun) {
            return format!("{person}{named} {rest}");
        }
    }
    title.to_string()
}

/// Title and category for the date `mention` of `sentence`.
fn title_and_category(
    sentence: &str,
    mention: &DateMention,
    all: &[DateMention],
    claims: &[&Claim],
) -> (String, Category) {
    let at_date: Vec<&&Claim> = claims
        .iter()
        .filter(|c| match c.as_of {
            Some(d) => d == mention.start,
            None => {
                matches!(&c.value, Value::Date { date } if *date == mention.start)
            }
        })
        .collect();
    if let Some(titled) = title_from_claims(&at_date) {
        return titled;
    }
    let title = if all.len() >= 3 {
        list_segment(sentence, mention, all)
    } else if all.len() == 2 || in_a_second_clause(sentence, mention) {
        clause_title(sentence, mention, all)
    } else {
        sentence_title(sentence, mention)
    };
    (title, category_from_words(sentence))
}

/// "It signed the treaty, and on 3 May 1961 the president founded it": a date in a clause
/// joined by ", and" is that clause's, and that clause titles it.
fn in_a_second_clause(sentence: &str, mention: &DateMention) -> bool {
    if !sentence[..mention.range.start].contains(", and ") {
        return false;
    }
    let clause = clauses::clause_of(sentence, mention.range.clone());
    sentence[..clause.start].ends_with(", and ")
}

fn title_from_claims(claims: &[&&Claim]) -> Option<(String, Category)> {
    let key = |c: &&&Claim| c.predicate.key.clone();
    let has = |k: &str| claims.iter().any(|c| key(c) == k);
    let name = claims
        .iter()
        .find(|c| key(c) == "name")
        .map(|c| c.value.to_string());
    if has("founded") {
        let title = match name {
            Some(n) => format!("Founded as the {n}"),
            None => "Founded".to_string(),
        };
        return Some((title, Category::Founding));
    }
    if has("formally_established") {
        return Some(("Formally established".to_string(), Category::Founding));
    }
    if let Some(n) = name {
        return Some((format!("Named the {n}"), Category::Names));
    }
    // Figures without their qualifiers, so that "nearly a million" and "about one million"
    // title the same event.
    let figures: Vec<String> = claims
        .iter()
        .filter_map(|c| match &c.value {
            Value::Count { value, unit, .. } if unit == "people" => {
                Some(format!("{}: {}", c.predicate.label, format_number(*value)))
            }
            Value::Count { value, unit, .. } => Some(format!("{} {unit}", format_number(*value))),
            Value::Money {
                value, currency, ..
            } => Some(format!(
                "{}: {} {}",
                c.predicate.label,
                currency,
                format_number(*value)
            )),
            _ => None,
        })
        .collect();
    if !figures.is_empty() {
        return Some((capitalise(&figures.join(", ")), Category::Figures));
    }
    claims
        .iter()
        .find(|c| matches!(c.value, Value::Person { .. }))
        .map(|c| {
            (
                format!("{}: {}", c.predicate.label, c.value),
                Category::Founding,
            )
        })
}

/// Words of an agreement, a campaign and a crisis, each list found in one pass over a sentence.
const AGREEMENT_WORDS: Phrases = Phrases::new(&[
    "agreement",
    "compact",
    "constitution",
    "treaty",
    "convention",
    "accord",
    "signed",
    "charter",
    "joined",
    "related organization",
    "became a united nations",
    "member of the",
]);
const CAMPAIGN_WORDS: Phrases = Phrases::new(&["campaign", "launched", "hashtag", "awareness"]);
const CRISIS_WORDS: Phrases = Phrases::new(&[
    "war",
    "earthquake",
    "tsunami",
    "crisis",
    "disaster",
    "invasion",
    "conflict",
    "coup",
    "revolution",
    "refugee",
    "elections",
    "evacuat",
    "detention",
    "flood",
    "famine",
    "emergenc",
    "fall of",
    "displace",
]);

fn category_from_words(sentence: &str) -> Category {
    let lower = sentence.to_ascii_lowercase();
    if AGREEMENT_WORDS.in_text(&lower) {
        Category::Agreements
    } else if CAMPAIGN_WORDS.in_text(&lower) {
        Category::Campaigns
    } else if CRISIS_WORDS.in_text(&lower) {
        Category::Crises
    } else {
        Category::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{extract, Subject};
    use crate::structure::structure;

    fn events_of(texts: &[&str]) -> Vec<Event> {
        let docs: Vec<StructuredDoc> = texts.iter().map(|t| structure(t)).collect();
        let subject = Subject::from_docs(&docs[0].title, &docs);
        let pairs: Vec<(DocId, &StructuredDoc)> = docs
            .iter()
            .enumerate()
            .map(|(i, d)| (DocId(i), d))
            .collect();
        let claims: Vec<Claim> = pairs
            .iter()
            .flat_map(|(id, d)| extract(*id, d, &subject))
            .collect();
        build_events(&pairs, &claims, &subject)
    }

    #[test]
    fn events_keep_their_precision_and_ranges() {
        let events = events_of(&["The Acme Union (AU) is a body. It ran a camp from 2002 to 2006. Its charter was signed on 19 October 1953. It moved many people during the 1950s."]);
        let dates: Vec<_> = events
            .iter()
            .map(|e| (e.date.iso(), e.end.map(|d| d.iso())))
            .collect();
        assert_eq!(
            dates,
            [
                ("1950s".into(), None),
                ("1953-10-19".into(), None),
                ("2002".into(), Some("2006".into()))
            ]
        );
        assert_eq!(events[1].category, Category::Agreements);
        assert_eq!(events[1].title, "AU’s charter was signed");
    }

    #[test]
    fn the_same_event_in_two_documents_is_one_event_with_both_sources() {
        let events = events_of(&[
            "The Acme Union (AU) is a body. It was founded in 1901.",
            "The Acme Union (AU) is a body. The union was founded in 1901 in Lyon.",
        ]);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].title, "Founded");
        assert_eq!(events[0].sources.len(), 2);
        assert_eq!(events[0].category, Category::Founding);
    }

    #[test]
    fn list_sentences_title_each_date_by_its_item() {
        let events = events_of(&["The Acme Union (AU) is a body. It helped in many crises: Hungary 1956, Chile 1973, the 2010 Haiti earthquake, and Kuwait 1990."]);
        let titles: Vec<_> = events.iter().map(|e| e.title.as_str()).collect();
        assert!(titles.contains(&"Hungary 1956"), "{titles:?}");
        assert!(titles.contains(&"2010 Haiti earthquake"), "{titles:?}");
        let events = events_of(&["The Acme Union (AU) is a body. It helped after many conflicts, such as the Hungarian revolution in 1956, then the invasion of Czechoslovakia in 1968, and the Chilean coup in 1973."]);
        let titles: Vec<_> = events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Hungarian revolution in 1956",
                "Invasion of Czechoslovakia in 1968",
                "Chilean coup in 1973"
            ]
        );
    }

    #[test]
    fn ids_are_unique() {
        let events = events_of(&["The Acme Union (AU) is a body. It grew in 1990. It grew in 1990 again. It shrank in 1991."]);
        let ids: BTreeSet<_> = events.iter().map(|e| e.id.clone()).collect();
        assert_eq!(ids.len(), events.len());
    }

    /// A made-up word per number, so that each happening of a chronology is its own.
    fn place(mut i: usize) -> String {
        let mut name = String::from("B");
        loop {
            name.push(b"aeiou"[i % 5] as char);
            name.push(b"bdgkmnprst"[(i / 5) % 10] as char);
            i /= 50;
            if i == 0 {
                return name + "ville";
            }
        }
    }

    #[test]
    fn a_long_chronology_keeps_its_happenings_apart_and_merges_its_copies() {
        // Hundreds of happenings over twenty years, sharing every word but their two places
        // (more happenings in a decade than a keyword lists), then one told again in other words
        // by a second document.
        let offices = |i: usize| format!("{} and {}", place(2 * i), place(2 * i + 1));
        let mut chronology = String::from("The Acme Union (AU) is a body.");
        for i in 0..300 {
            chronology.push_str(&format!(
                " In {} the Acme Union opened an office in {}.",
                1990 + i % 20,
                offices(i)
            ));
        }
        let again = format!(
            "The Acme Union (AU) is a body. The Acme Union opened offices in {} in 2000.",
            offices(250)
        );
        let events = events_of(&[&chronology, &again]);
        let opened: Vec<&Event> = events
            .iter()
            .filter(|e| e.title.contains("office"))
            .collect();
        assert_eq!(opened.len(), 300, "one event per happening");
        let told_twice = opened
            .iter()
            .find(|e| e.title.contains(&offices(250)))
            .expect("the happening told twice");
        let docs: BTreeSet<DocId> = told_twice.sources.iter().map(|s| s.doc).collect();
        assert_eq!(docs.len(), 2, "both documents cite it: {told_twice:?}");
    }
}
