//! Events: every dated statement of the documents, at its own precision (day, month, year, range,
//! decade), titled from the facts read at that date when there are any, put in a category, and
//! merged across documents. Where documents date the same event differently, both dates stay.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::clauses;
use crate::dates::{sentence_dates, without_lifespans, Date, DateMention};
use crate::document::DocId;
use crate::facts::{Claim, Source, Value};
use crate::numbers::format_number;
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
pub fn build_events(docs: &[(DocId, &StructuredDoc)], claims: &[Claim]) -> Vec<Event> {
    let mut by_sentence: BTreeMap<(DocId, usize), Vec<&Claim>> = BTreeMap::new();
    for claim in claims {
        by_sentence
            .entry((claim.source.doc, claim.source.start))
            .or_default()
            .push(claim);
    }
    let mut raw: Vec<Event> = Vec::new();
    for (doc_id, doc) in docs {
        for (_, paragraph, sentence) in doc.sentences() {
            if paragraph.kind == ParagraphKind::ListItem {
                continue;
            }
            let mentions = sentence_dates(&sentence.text);
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
            for mention in &mentions {
                let (title, category) =
                    title_and_category(&sentence.text, mention, &mentions, &here);
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
    let mut events = merge_events(raw);
    crate::order::sort_by(&mut events, |a, b| {
        a.date.cmp(&b.date).then_with(|| a.title.cmp(&b.title))
    });
    let mut ids = BTreeMap::new();
    for event in &mut events {
        let slug = format!("{}-{}", event.date.iso(), slugify(&event.title));
        event.id = unique_id(&slug, &mut ids);
    }
    events
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
        list_segment(sentence, mention)
    } else if all.len() == 2 {
        clause_title(sentence, mention, all)
    } else {
        sentence_title(sentence, mention)
    };
    (title, category_from_words(sentence))
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

const AGREEMENT_WORDS: &[&str] = &[
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
];
const CAMPAIGN_WORDS: &[&str] = &["campaign", "launched", "hashtag", "awareness"];
const CRISIS_WORDS: &[&str] = &[
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
];

fn category_from_words(sentence: &str) -> Category {
    let lower = sentence.to_ascii_lowercase();
    let any = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if any(AGREEMENT_WORDS) {
        Category::Agreements
    } else if any(CAMPAIGN_WORDS) {
        Category::Campaigns
    } else if any(CRISIS_WORDS) {
        Category::Crises
    } else {
        Category::Other
    }
}

/// "Hungary 1956, Czechoslovakia 1968, Chile 1973": the list part that holds the date.
fn list_segment(sentence: &str, mention: &DateMention) -> String {
    let is_cut = |c: char| matches!(c, ',' | ';' | ':' | '—' | '–');
    let start = sentence[..mention.range.start]
        .rfind(is_cut)
        .map_or(0, |i| {
            i + sentence[i..].chars().next().map_or(1, char::len_utf8)
        });
    let end = sentence[mention.range.end..]
        .find(is_cut)
        .map_or(sentence.len(), |i| mention.range.end + i);
    let segment = strip_connectors(sentence[start..end].trim().trim_end_matches('.'));
    if segment.split_whitespace().count() > 12 {
        return sentence_title(sentence, mention);
    }
    capitalise(segment)
}

/// A list item without the words that join it to the list ("such as the", "then the", "and").
fn strip_connectors(item: &str) -> &str {
    const CONNECTORS: &[&str] = &[
        "and ",
        "such as ",
        "then ",
        "including ",
        "as well as ",
        "also ",
        "the ",
    ];
    let mut rest = item.trim();
    while let Some(next) = CONNECTORS.iter().find_map(|c| {
        rest.get(..c.len())
            .filter(|head| head.eq_ignore_ascii_case(c))
            .map(|_| &rest[c.len()..])
    }) {
        rest = next.trim_start();
    }
    rest
}

/// The sentence without its date phrase ("In September 2016, ", " on 19 October 1953"),
/// shortened to a headline.
fn sentence_title(sentence: &str, mention: &DateMention) -> String {
    let mut before = &sentence[..mention.range.start];
    let mut after = &sentence[mention.range.end..];
    // "nine years (1976–1984) assisting": the brackets go with the date.
    if before.ends_with('(') && after.starts_with(')') {
        before = before[..before.len() - 1].trim_end();
        after = &after[1..];
    }
    let lower_before = before.to_ascii_lowercase();
    let preposition = [
        "as of ",
        "in ",
        "on ",
        "since ",
        "during the ",
        "during ",
        "from ",
        "by ",
        "of ",
    ]
    .iter()
    .find(|p| lower_before.ends_with(*p))
    .map_or(0, |p| p.len());
    let head = before[..before.len() - preposition].trim_end();
    let tail = after.trim_start_matches([',', ' ']);
    let joined = if head.is_empty() {
        tail.to_string()
    } else if tail.starts_with(['.', ',', ';']) || tail.is_empty() {
        format!("{head}{tail}")
    } else {
        format!("{head} {tail}")
    };
    let joined = without_lifespans(&joined);
    let joined = joined.trim().trim_end_matches(['.', ';', ',']).to_string();
    capitalise(&shorten(&joined, 110))
}

/// The title of one of two dates of a sentence: the words of its own clause ([`clauses`]),
/// with the subject of the sentence when the clause goes on without one, and without the other
/// date when both are in one clause ("It received the prize in 1954 and again in 1981").
fn clause_title(sentence: &str, mention: &DateMention, all: &[DateMention]) -> String {
    let clause = clauses::clause_of(sentence, mention.range.clone());
    let mut text = String::new();
    let mut at = mention.range.start - clause.start;
    if let Some(subject) = clauses::missing_subject(sentence, &clause) {
        text.push_str(&subject);
        text.push(' ');
        at += subject.len() + 1;
    }
    let base = text.len();
    text.push_str(&sentence[clause.clone()]);
    // (Two dates that agree tell one moment twice: nothing to take out.)
    let other = all.iter().find(|m| {
        m.range != mention.range
            && clause.start <= m.range.start
            && m.range.end <= clause.end
            && !m.start.agrees_with(mention.start)
    });
    if let Some(other) = other {
        // Both dates in one clause: the other's phrase goes, with the words joining them when
        // they are few ("in 1954 and again in 1981").
        let prep = |m: &DateMention| {
            let start = base + m.range.start - clause.start;
            let before = text[..start].trim_end();
            let word = before.rsplit(' ').next().unwrap_or("");
            let prep = matches!(word, "in" | "on" | "since" | "from" | "by" | "during");
            (
                if prep {
                    before.len() - word.len()
                } else {
                    start
                },
                base + m.range.end - clause.start,
            )
        };
        let (this, that) = (prep(mention), prep(other));
        let cut = if that.0 < this.0 {
            if this.0 - that.1 <= 20 {
                that.0..this.0
            } else {
                that.0..that.1
            }
        } else if that.0 - this.1 <= 20 {
            this.1..that.1
        } else {
            that.0..that.1
        };
        let end = at + mention.range.len();
        if cut.end <= at {
            text.replace_range(cut.clone(), "");
            at -= cut.len();
        } else if cut.start >= end {
            text.replace_range(cut, "");
        }
    }
    let local = DateMention {
        start: mention.start,
        end: mention.end,
        range: at..at + mention.range.len(),
    };
    sentence_title(&text, &local)
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

/// Content words of a title, to tell whether two titles name the same event.
fn keywords(title: &str) -> BTreeSet<String> {
    const STOP: &[&str] = &[
        "the", "a", "an", "of", "in", "on", "to", "and", "for", "its", "it", "was", "is", "as",
        "by", "with", "at", "from", "has", "had", "that", "this",
    ];
    title
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| {
            w.len() > 1 && !STOP.contains(&w.as_str()) && !w.chars().all(|c| c.is_ascii_digit())
        })
        .collect()
}

fn similar_keys(a: &str, x: &BTreeSet<String>, b: &str, y: &BTreeSet<String>) -> bool {
    if x.is_empty() || y.is_empty() {
        return a == b;
    }
    let shared = x.intersection(y).count() as f64;
    let union = (x.len() + y.len()) as f64 - shared;
    shared / union >= 0.6
}

/// Merges events that share a title (or nearly) and an agreeing date; keeps the most precise
/// date. Same title, different dates: one event with the other dates beside it.
fn merge_events(raw: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    // Keywords of each merged event's title, computed once.
    let mut out_keys: Vec<BTreeSet<String>> = Vec::new();
    for event in raw {
        let keys = keywords(&event.title);
        let same = out.iter().zip(&out_keys).position(|(e, k)| {
            similar_keys(&e.title, k, &event.title, &keys)
                && e.date.agrees_with(event.date)
                && e.end.zip(event.end).is_none_or(|(a, b)| a.agrees_with(b))
        });
        if let Some(i) = same {
            let existing = &mut out[i];
            if event.date.precision() > existing.date.precision() {
                existing.date = event.date;
            }
            existing.end = existing.end.or(event.end);
            for s in event.sources {
                if !existing.sources.contains(&s) {
                    existing.sources.push(s);
                }
            }
            continue;
        }
        // Only for events titled from facts (founding, names), and from other sentences: two
        // dates in one sentence are two events.
        let differently_dated = out.iter_mut().find(|e| {
            e.title == event.title
                && matches!(e.category, Category::Founding | Category::Names)
                && !e.sources.iter().any(|s| event.sources.contains(s))
        });
        if let Some(existing) = differently_dated {
            match existing
                .other_dates
                .iter_mut()
                .find(|o| o.date == event.date)
            {
                Some(other) => other.sources.extend(event.sources),
                None => existing.other_dates.push(OtherDate {
                    date: event.date,
                    end: event.end,
                    sources: event.sources,
                }),
            }
            continue;
        }
        out.push(event);
        out_keys.push(keys);
    }
    out
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
        build_events(&pairs, &claims)
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
        assert_eq!(events[1].title, "Its charter was signed");
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
}
