//! Fact extraction: typed claims (subject, predicate, value, as-of date) read from the sentences
//! and infobox fields of structured documents, each with its source sentence.
//!
//! The rules describe kinds of English sentences about an organization ("was founded in",
//! "As of <date>, X has N member states", "an annual budget of $N", "Director General <Name>",
//! "name changes ... to X (ABC) in <year>", "works in the four areas: a, b, c and d"), never the
//! content of particular documents.

use std::fmt;

mod attribution;
mod counts;
mod enumerations;
mod fields;
mod founding;
mod leaders;
mod money;
mod names;
mod phrases;
mod places;
mod predicate;
mod subject;
mod value;

use enumerations::*;
use fields::*;
use leaders::*;

use attribution::{actor_of, named_before, Actor};
use phrases::*;
pub use predicate::Predicate;
pub use subject::Subject;
use subject::{is_abbreviation, names_an_organ};
use value::norm_words;
pub use value::Value;

use serde::{Deserialize, Serialize};

use crate::clean::LEADER_LABELS;
use crate::dates::{sentence_dates, Date, DateMention};
use crate::document::DocId;
use crate::numbers::{find_numbers, format_number, NumberMention};
use crate::structure::{Paragraph, ParagraphKind, Sentence, StructuredDoc};
use crate::words::{capitalise, tail, NAME_JOINERS};

/// Where a claim was read: the document and the clean sentence, with its raw byte range.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Source {
    pub doc: DocId,
    #[serde(with = "crate::wire::text")]
    pub quote: String,
    pub start: usize,
    pub end: usize,
}

impl Source {
    pub fn new(doc: DocId, sentence: &Sentence) -> Self {
        Source {
            doc,
            quote: sentence.text.clone(),
            start: sentence.start,
            end: sentence.end,
        }
    }
}

/// The first source of each document among `sources`, in document order: what a citation list
/// shows.
pub fn first_per_document<'a>(sources: impl IntoIterator<Item = &'a Source>) -> Vec<&'a Source> {
    let mut out: Vec<&Source> = Vec::new();
    for s in sources {
        if !out.iter().any(|o| o.doc == s.doc) {
            out.push(s);
        }
    }
    crate::order::sort_by_key(&mut out, |s| s.doc);
    out
}

/// One statement read from one sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub predicate: Predicate,
    pub value: Value,
    pub as_of: Option<Date>,
    pub source: Source,
}

/// Reads every claim of one structured document.
pub fn extract(doc_id: DocId, doc: &StructuredDoc, subject: &Subject) -> Vec<Claim> {
    let mut claims = Vec::new();
    for field in &doc.fields {
        claims.extend(field_claims(doc_id, &field.label, &field.value));
    }
    // Whether "it" stands for one of the subject's organs: the last sentence that did not
    // open with a pronoun opened with an organ ("The Executive Board ... It consists of ...").
    let mut it_is_organ = false;
    for section in &doc.sections {
        for (i, paragraph) in section.paragraphs.iter().enumerate() {
            let following = &section.paragraphs[i + 1..];
            for sentence in &paragraph.sentences {
                let source = Source::new(doc_id, sentence);
                let mut ctx = Context::new(&sentence.text, source, subject);
                if !opens_with_pronoun(&sentence.text) {
                    it_is_organ = names_an_organ(opening(&sentence.text));
                }
                ctx.it_is_organ = it_is_organ;
                ctx.read_all(&mut claims);
                if paragraph.kind == ParagraphKind::Prose {
                    claims.extend(enumeration_from_list(&ctx, following));
                }
            }
        }
    }
    claims
}

/// One sentence being read.
struct Context<'a> {
    text: &'a str,
    lower: String,
    dates: Vec<DateMention>,
    numbers: Vec<NumberMention>,
    source: Source,
    subject: &'a Subject,
    /// "It" in this sentence stands for one of the subject's organs.
    it_is_organ: bool,
}

/// Whether a sentence opens with "It" or "Its".
fn opens_with_pronoun(text: &str) -> bool {
    matches!(text.split_whitespace().next(), Some("It" | "Its"))
}

/// The words a sentence opens with, up to its first verb: what it is about.
fn opening(text: &str) -> &str {
    let end = [
        " is ",
        " was ",
        " has ",
        " had ",
        " are ",
        " were ",
        " consists ",
        " meets ",
    ]
    .iter()
    .filter_map(|v| text.find(v))
    .min()
    .unwrap_or(text.len().min(60));
    let end = (0..=end)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    &text[..end]
}

impl<'a> Context<'a> {
    fn new(text: &'a str, source: Source, subject: &'a Subject) -> Self {
        Context {
            text,
            lower: text.to_ascii_lowercase(),
            dates: sentence_dates(text),
            numbers: find_numbers(text),
            source,
            subject,
            it_is_organ: false,
        }
    }

    fn claim(&self, predicate: Predicate, value: Value, as_of: Option<Date>) -> Claim {
        Claim {
            predicate,
            value,
            as_of,
            source: self.source.clone(),
        }
    }

    fn read_all(&self, out: &mut Vec<Claim>) {
        out.extend(self.founding());
        out.extend(self.names());
        out.extend(self.counts());
        out.extend(self.budget());
        out.extend(self.leaders());
        out.extend(self.headquarters());
        out.extend(self.inline_enumeration());
        out.extend(self.included_enumeration());
    }

    /// The date a figure in this sentence holds at: "As of June 2014, ...", "In 2013, ...",
    /// or the only date of the sentence.
    fn as_of(&self) -> Option<Date> {
        // The only date of the sentence, or the most precise when all its dates agree
        // ("on 18 December 2013, ... noted that 2013 ...").
        let single = || {
            let first = self.dates.first()?;
            let agree = self
                .dates
                .iter()
                .all(|d| d.end.is_none() && d.start.agrees_with(first.start));
            agree
                .then(|| {
                    self.dates
                        .iter()
                        .map(|d| d.start)
                        .max_by_key(|d| d.precision())
                })
                .flatten()
        };
        // A date that belongs to a founding ("founded in 1962, today ... 14 member states") is
        // not the date of a figure.
        let founding = |d: &&DateMention| {
            let before = &self.lower[..d.range.start];
            let tail = tail(before, 25);
            ["founded", "established", "founding", "born", "created"]
                .iter()
                .any(|v| tail.contains(v))
        };
        if self.dates.iter().any(|d| founding(&d)) {
            return None;
        }
        self.dates
            .iter()
            .find(|d| {
                let before = self.lower[..d.range.start].trim_end();
                before.ends_with("as of") || before.ends_with("as at") || d.range.start <= 3
            })
            .map(|d| d.start)
            .or_else(single)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::structure;

    fn claims_of(text: &str) -> Vec<(String, String, Option<String>)> {
        let doc = structure(text);
        let subject = Subject::from_docs(&doc.title, std::slice::from_ref(&doc));
        extract(DocId(0), &doc, &subject)
            .into_iter()
            .map(|c| {
                (
                    c.predicate.key,
                    c.value.to_string(),
                    c.as_of.map(|d| d.iso()),
                )
            })
            .collect()
    }

    /// The values of every claim with this key, in order.
    fn values<'a>(claims: &'a [(String, String, Option<String>)], key: &str) -> Vec<&'a str> {
        claims
            .iter()
            .filter(|(k, _, _)| k == key)
            .map(|(_, v, _)| v.as_str())
            .collect()
    }

    fn has(
        claims: &[(String, String, Option<String>)],
        key: &str,
        value: &str,
        as_of: Option<&str>,
    ) -> bool {
        claims
            .iter()
            .any(|(k, v, a)| k == key && v == value && a.as_deref() == as_of)
    }

    #[test]
    fn founding_and_formal_establishment() {
        let c = claims_of("The Acme Union (AU) is a body. It was founded in 1901 in Lyon. Its charter entered into force on 3 May 1905 and the union was formally established.");
        assert!(has(&c, "founded", "1901", None), "{c:?}");
        assert!(has(&c, "formally_established", "3 May 1905", None), "{c:?}");
    }

    #[test]
    fn counts_with_their_as_of_dates() {
        let c = claims_of("The Acme Union (AU) is a body. As of March 2020, the Acme Union has 52 member states and four observer states. It has some 1,200 staff in over 30 countries.");
        assert!(
            has(&c, "member_states", "52 member states", Some("2020-03")),
            "{c:?}"
        );
        assert!(
            has(&c, "observer_states", "4 observer states", Some("2020-03")),
            "{c:?}"
        );
        assert!(has(&c, "staff", "some 1,200 staff", None), "{c:?}");
        assert!(has(&c, "countries", "over 30 countries", None), "{c:?}");
    }

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

    #[test]
    fn an_organs_members_are_not_the_subjects() {
        for text in [
            "The Acme Union (AU) is a body. The Executive Board has 34 members.",
            "The Acme Union (AU) is a body. Its Assembly has no more than 25 members.",
            "The Acme Union (AU) is governed by a Board which consists of representatives from 36 member states.",
            "The Acme Union (AU) is a body. The Board is its governing body. It has 36 members.",
        ] {
            let c = claims_of(text);
            assert!(
                values(&c, "members").is_empty() && values(&c, "member_states").is_empty(),
                "{text}: {c:?}"
            );
        }
        let c = claims_of("The Acme Union (AU) is a body. It has 52 member states.");
        assert_eq!(values(&c, "member_states"), ["52 member states"]);
    }

    #[test]
    fn staff_in_other_words() {
        for text in [
            "The Acme Union (AU) employed over 20,000 people in 2010.",
            "The Acme Union (AU) has a staff of around 5,000 people.",
            "The Acme Union (AU) had 7,680 employees.",
            "The Acme Union (AU) counts 16,765 personnel.",
            "The Acme Union (AU) employs more than 23,000 staff.",
            "Some 1,200 people work for the Acme Union (AU).",
        ] {
            let c = claims_of(text);
            assert_eq!(values(&c, "staff").len(), 1, "{text}: {c:?}");
        }
        let c = claims_of("The Acme Union (AU) resettled 5,000 people.");
        assert!(values(&c, "staff").is_empty(), "{c:?}");
    }

    #[test]
    fn budgets_leaders_and_headquarters() {
        let c = claims_of("The Acme Union (AU) is a body. In 2019, it had an annual budget of $2.5 billion. The AU Secretary General, Jane Q. Public, met the UN Secretary General, John Doe. Its headquarters are in the French city, Lyon.");
        assert!(has(&c, "budget", "US$2.5 billion", Some("2019")), "{c:?}");
        assert!(
            c.iter()
                .any(|(k, v, _)| k == "secretary_general" && v == "Jane Q. Public"),
            "{c:?}"
        );
        assert!(!c.iter().any(|(_, v, _)| v == "John Doe"), "{c:?}");
        assert!(has(&c, "headquarters", "Lyon", None), "{c:?}");
    }

    #[test]
    fn renamings_give_each_name_its_year() {
        let c = claims_of("The Acme Union (AU) is a body. It was first known as the Provisional Acme Council (PAC). The body underwent a succession of name changes from PAC to the Acme Council (AC) in 1920, and finally to the Acme Union (AU) in 1950.");
        assert!(
            has(&c, "name", "Provisional Acme Council (PAC)", None),
            "{c:?}"
        );
        assert!(has(&c, "name", "Acme Council (AC)", Some("1920")), "{c:?}");
        assert!(has(&c, "name", "Acme Union (AU)", Some("1950")), "{c:?}");
    }

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

    #[test]
    fn person_names_and_proper_phrases() {
        assert_eq!(
            person_name("William Lacy Swing noted that"),
            Some("William Lacy Swing".into())
        );
        assert_eq!(
            person_name("Antonio Vitorino, serves"),
            Some("Antonio Vitorino".into())
        );
        assert_eq!(person_name("and the Secretary"), None);
        assert_eq!(proper_phrase("Geneva, Switzerland"), Some("Geneva".into()));
        assert_eq!(
            proper_phrase("Intergovernmental Committee for Migration (ICM) in"),
            Some("Intergovernmental Committee for Migration".into())
        );
    }
}
