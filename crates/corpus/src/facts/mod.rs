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
pub(crate) use names::trailing_proper_phrase;
use phrases::*;
pub use predicate::Predicate;
pub(crate) use subject::organization_shaped;
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
    pub quote: crate::wire::Text,
    pub start: usize,
    pub end: usize,
}

impl Source {
    /// Whether this is the sentence starting at `start` in document `doc`: a source is its
    /// document and its sentence's place, so no quote needs comparing.
    pub fn is_at(&self, doc: DocId, start: usize) -> bool {
        self.doc == doc && self.start == start
    }

    pub fn new(doc: DocId, sentence: &Sentence) -> Self {
        Source {
            doc,
            quote: sentence.text.clone(),
            start: sentence.start,
            end: sentence.end,
        }
    }
}

/// Appends to `sources` those of `more` it does not hold yet (a source is its document and its
/// sentence's place), in linear time however many there are.
pub fn add_sources(sources: &mut Vec<Source>, more: impl IntoIterator<Item = Source>) {
    let mut seen: std::collections::BTreeSet<(DocId, usize)> =
        sources.iter().map(|s| (s.doc, s.start)).collect();
    sources.extend(more.into_iter().filter(|s| seen.insert((s.doc, s.start))));
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

/// The sentences among `sources`, each once with every source that says it word for word or
/// nearly (copies of one page, a translation that says "nine" for "9" or "it" for the name):
/// what a list of quotations shows.
pub fn quoted_once<'a>(sources: impl IntoIterator<Item = &'a Source>) -> Vec<Vec<&'a Source>> {
    let mut out: Vec<Vec<&Source>> = Vec::new();
    for s in sources {
        match out
            .iter_mut()
            .find(|group| group[0].quote == s.quote || nearly_the_same(&group[0].quote, &s.quote))
        {
            Some(group) => group.push(s),
            None => out.push(vec![s]),
        }
    }
    out
}

/// The words of a sentence, lower case, with its figures ("nine" as "9") and its names apart.
fn wording(text: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let (mut words, mut figures, mut names) = (Vec::new(), Vec::new(), Vec::new());
    for (i, raw) in text.split_whitespace().enumerate() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        let lower = w.to_lowercase();
        if let Some(figure) = crate::claims::spelled_number(&lower) {
            figures.push(figure);
        } else if w.starts_with(|c: char| c.is_ascii_digit()) {
            figures.push(w.replace(',', ""));
        } else if i > 0 && w.starts_with(char::is_uppercase) {
            names.push(w.to_string());
        } else {
            words.push(lower);
        }
    }
    for list in [&mut words, &mut figures, &mut names] {
        crate::order::sort(list);
    }
    (words, figures, names)
}

/// Two sentences that say the same thing in nearly the same words: the figures and names of one
/// among the other's, and no more than a word in six apart ("formally established" / "formally
/// born").
pub(crate) fn nearly_the_same(a: &str, b: &str) -> bool {
    let (wa, fa, na) = wording(a);
    let (wb, fb, nb) = wording(b);
    let within = |x: &[String], y: &[String]| x.iter().all(|n| y.contains(n));
    let apart = wa.iter().filter(|w| !wb.contains(w)).count()
        + wb.iter().filter(|w| !wa.contains(w)).count();
    let longer = wa.len().max(wb.len());
    // One says all the other's figures and names (a copy with more list items says more).
    let one_in_other = within(&fa, &fb) && within(&na, &nb) || within(&fb, &fa) && within(&nb, &na);
    one_in_other && longer >= 6 && apart <= (longer / 6).max(2)
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
    extract_dated(doc_id, doc, subject).0
}

/// [`extract`], with the dates of each sentence in the order of [`StructuredDoc::sentences`]
/// (their [`sentence_dates`]): the events read them again.
pub fn extract_dated(
    doc_id: DocId,
    doc: &StructuredDoc,
    subject: &Subject,
) -> (Vec<Claim>, Vec<Vec<DateMention>>) {
    let mut claims = Vec::new();
    let mut dates = Vec::new();
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
                dates.push(ctx.dates);
            }
        }
    }
    (claims, dates)
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
    const VERBS: crate::phrases::Phrases = crate::phrases::Phrases::new(&[
        " is ",
        " was ",
        " has ",
        " had ",
        " are ",
        " were ",
        " consists ",
        " meets ",
    ]);
    let end = VERBS.first_in(text).unwrap_or(text.len().min(60));
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

    #[test]
    fn a_sentence_several_copies_say_is_quoted_once() {
        let source = |doc: usize, quote: &str| Source {
            doc: DocId(doc),
            quote: quote.into(),
            start: 0,
            end: quote.len(),
        };
        let sources = [source(0, "A."), source(1, "B."), source(2, "A.")];
        let groups: Vec<Vec<usize>> = quoted_once(&sources)
            .iter()
            .map(|g| g.iter().map(|s| s.doc.0).collect())
            .collect();
        assert_eq!(groups, [vec![0, 2], vec![1]]);
        let nearly = [
            source(
                0,
                "As of 2021, the Acme Union has 173 member states and 9 observer states.",
            ),
            source(
                1,
                "As of 2021, the Acme Union has 173 member states and nine observer states.",
            ),
            source(
                2,
                "As of 2021, the Acme Union has 175 member states and nine observer states.",
            ),
            source(
                3,
                "The charter entered into force in 1954 and the union was formally established.",
            ),
            source(
                4,
                "The charter entered into force in 1954 and the union was formally born.",
            ),
            source(
                5,
                "The union has its main office in the city of Geneva today.",
            ),
            source(
                6,
                "The union has its main office in the city of Nairobi today.",
            ),
        ];
        let groups: Vec<Vec<usize>> = quoted_once(&nearly)
            .iter()
            .map(|g| g.iter().map(|s| s.doc.0).collect())
            .collect();
        assert_eq!(groups, [vec![0, 1], vec![2], vec![3, 4], vec![5], vec![6]]);
    }
}

#[cfg(test)]
/// Helpers for the tests of each family of facts.
mod testing {
    use super::*;
    use crate::structure::structure;

    /// Every claim of `text`, as (key, value, as-of).
    pub(super) type Claims = Vec<(String, String, Option<String>)>;

    pub(super) fn claims_of(text: &str) -> Claims {
        let doc = structure(text);
        let subject = Subject::from_docs(&doc.title, std::slice::from_ref(&doc));
        extract(DocId(0), &doc, &subject)
            .into_iter()
            .map(|c| {
                (
                    c.predicate.key.into_owned(),
                    c.value.to_string(),
                    c.as_of.map(|d| d.iso()),
                )
            })
            .collect()
    }

    /// The values of every claim with this key, in order.
    pub(super) fn values<'a>(
        claims: &'a [(String, String, Option<String>)],
        key: &str,
    ) -> Vec<&'a str> {
        claims
            .iter()
            .filter(|(k, _, _)| k == key)
            .map(|(_, v, _)| v.as_str())
            .collect()
    }

    pub(super) fn has(
        claims: &[(String, String, Option<String>)],
        key: &str,
        value: &str,
        as_of: Option<&str>,
    ) -> bool {
        claims
            .iter()
            .any(|(k, v, a)| k == key && v == value && a.as_deref() == as_of)
    }
}
