//! The article: one readable text assembled from all documents. Sections come from the
//! documents' own headings, tables of contents and content; a sentence several sources repeat is
//! said once and cites all of them.

mod builder;
mod sections;

use builder::*;
use sections::*;

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::claims::{
    is_year, numbers_in_order, relation, ClaimIndex, Rarity, Relation, Term, Terms,
};
use crate::clean::is_back_matter;
use crate::dates::sentence_dates;
use crate::document::DocId;
use crate::facts::{first_per_document, Source};
use crate::pipeline::{Analysis, AnalyzedDoc};
use crate::reconcile::slugify;
use crate::structure::{Paragraph, ParagraphKind, Section, Sentence};
use rustc_hash::{FxHashMap, FxHashSet};

/// One sentence of the article and every source that says it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSentence {
    #[serde(with = "crate::wire::text")]
    pub text: crate::wire::Text,
    pub sources: Vec<Source>,
    /// Sources that make the same claim with other figures (a few, in full).
    pub contested: Vec<Contest>,
    /// How many more times sources give other figures for it.
    pub more_contested: usize,
}

/// A source that makes a sentence's claim with other figures ("$1.3 billion" where the
/// sentence says "$1.8 billion").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contest {
    /// Each figure of the sentence the sources give otherwise, beside theirs ("$1.8 billion",
    /// "$1.3 billion").
    pub figures: Vec<(String, String)>,
    /// The sources that give the other figures.
    pub sources: Vec<Source>,
    /// The predicates (fact box rows) whose contested claims either sentence states.
    pub facts: Vec<String>,
}

/// The figures two wordings of one claim give differently, each as its sentence says it
/// ("$1.3 billion", "8,400 staff"), paired in the order they say them (or as two lists when they
/// give different numbers of figures).
pub fn contested_figures(ours: &str, theirs: &str) -> Vec<(String, String)> {
    let figures = |text: &str| -> Vec<(String, String)> {
        numbers_in_order(text)
            .into_iter()
            .filter(|n| !is_year(n))
            .map(|n| (n.to_string(), figure_phrase(text, n)))
            .collect()
    };
    let (ours, theirs) = (figures(ours), figures(theirs));
    if ours.len() == theirs.len() {
        return ours
            .into_iter()
            .zip(theirs)
            .filter(|(a, b)| a.0 != b.0)
            .map(|(a, b)| (a.1, b.1))
            .collect();
    }
    let only = |a: &[(String, String)], b: &[(String, String)]| {
        let only: Vec<&str> = a
            .iter()
            .filter(|(n, _)| !b.iter().any(|(m, _)| m == n))
            .map(|(_, phrase)| phrase.as_str())
            .collect();
        only.join(", ")
    };
    let (a, b) = (only(&ours, &theirs), only(&theirs, &ours));
    if a.is_empty() && b.is_empty() {
        Vec::new()
    } else {
        vec![(a, b)]
    }
}

/// Words that scale a figure ("$1.3 billion").
const MAGNITUDES: &[&str] = &["thousand", "million", "billion", "trillion", "percent", "%"];
/// Words after a figure that do not say what it counts.
const NOT_A_UNIT: &[&str] = &[
    "and", "or", "in", "of", "the", "to", "for", "by", "on", "at", "as", "from", "with", "per",
];

/// A currency sign or code before a figure ("$", "US$", "€", "CHF").
fn is_currency(word: &str) -> bool {
    const CODES: &[&str] = &[
        "USD", "EUR", "CHF", "GBP", "JPY", "CAD", "AUD", "CNY", "SEK", "NOK",
    ];
    word.contains(['$', '€', '£', '¥']) || CODES.contains(&word)
}

/// A figure as its sentence says it: with the currency before it and what it counts after it
/// ("$1.3 billion", "8,400 staff", "100 countries").
fn figure_phrase(text: &str, number: &str) -> String {
    let Some(at) = text.find(number) else {
        return number.to_string();
    };
    let before = &text[..at];
    let currency = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .filter(|w| is_currency(w))
        .unwrap_or("");
    let mut phrase = String::new();
    if !currency.is_empty() {
        phrase.push_str(currency);
        if !before.ends_with(currency) {
            phrase.push(' ');
        }
    }
    phrase.push_str(number);
    let mut after = text[at + number.len()..]
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '%'));
    let mut next = after.next();
    if let Some(m) = next.filter(|w| MAGNITUDES.contains(&w.to_lowercase().as_str())) {
        phrase.push(' ');
        phrase.push_str(m);
        next = after.next();
    }
    if let Some(unit) = next
        .filter(|w| w.chars().all(char::is_lowercase) && !w.is_empty() && !NOT_A_UNIT.contains(w))
    {
        phrase.push(' ');
        phrase.push_str(unit);
    }
    phrase
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleParagraph {
    pub kind: ParagraphKind,
    pub sentences: Vec<ArticleSentence>,
}

impl ArticleParagraph {
    /// The documents this paragraph cites, in order, each with its first sentence here.
    pub fn citations(&self) -> Vec<&Source> {
        first_per_document(self.sentences.iter().flat_map(|s| &s.sources))
    }

    pub fn text(&self) -> String {
        let parts: Vec<&str> = self.sentences.iter().map(|s| &*s.text).collect();
        parts.join(" ")
    }
}

/// A block of a section: a subheading (a document's own heading inside a broader section) or a
/// paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ArticleBlock {
    Subheading(String),
    Paragraph(ArticleParagraph),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSection {
    /// URL-safe name: `#/article/<slug>`.
    pub slug: String,
    pub title: String,
    pub blocks: Vec<ArticleBlock>,
}

impl ArticleSection {
    pub fn paragraphs(&self) -> impl Iterator<Item = &ArticleParagraph> {
        self.blocks.iter().filter_map(|b| match b {
            ArticleBlock::Paragraph(p) => Some(p),
            ArticleBlock::Subheading(_) => None,
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub title: String,
    pub sections: Vec<ArticleSection>,
}

impl Article {
    pub fn section(&self, slug: &str) -> Option<&ArticleSection> {
        self.sections.iter().find(|s| s.slug == slug)
    }

    /// How many sentences the article says, and how many source sentences it merged into them.
    pub fn sentence_counts(&self) -> (usize, usize) {
        let sentences = self
            .sections
            .iter()
            .flat_map(|s| s.paragraphs())
            .flat_map(|p| &p.sentences);
        sentences.fold((0, 0), |(n, s), x| (n + 1, s + x.sources.len()))
    }
}

pub const OVERVIEW: &str = "Overview";
const HISTORY: &str = "History";
const CRITICISM: &str = "Criticism";

/// Heading words that name a history section.
const HISTORY_CUES: &[&str] = &[
    "history",
    "origin",
    "origins",
    "establishment",
    "background",
    "founding",
    "timeline",
];
const CRITICISM_CUES: &[&str] = &["criticis", "criticiz", "controvers"];

/// Builds the article from an analysis.
pub fn build_article(analysis: &Analysis) -> Article {
    let mut builder = Builder {
        rarity: Rarity::of_kept(analysis.documents.iter().flat_map(|d| {
            d.doc
                .sentences()
                .map(|(_, _, s)| ((d.id, s.start), &*s.text))
        }))
        .with_subject(&analysis.subject),
        subject: subject_words(&analysis.subject),
        ..Builder::default()
    };
    // The summary written from the facts: what it says, a restatement need not say again.
    let lead = crate::lead::lead(analysis);
    for sentence in lead.iter().flat_map(|p| &p.sentences) {
        let terms = builder.rarity.terms(&sentence.text);
        builder.strong.extend(terms.strong());
        builder.lead.push(terms);
    }
    // Documents with headings first, so that a heading-less lead can be matched against them.
    let mut docs: Vec<&AnalyzedDoc> = analysis.documents.iter().collect();
    crate::order::sort_by_key(&mut docs, |d| {
        (d.doc.sections.iter().all(|s| s.heading.is_none()), d.id)
    });
    for doc in docs {
        builder.add_doc(doc);
    }
    let mut sections = builder.finish();
    link_contests(&mut sections, analysis);
    // The lead goes after the overview's opening paragraph (which says what the organization
    // is).
    if let (Some(lead), Some(overview)) = (lead, sections.iter_mut().find(|s| s.title == OVERVIEW))
    {
        let at = usize::from(matches!(
            overview.blocks.first(),
            Some(ArticleBlock::Paragraph(_))
        ));
        overview.blocks.insert(at, ArticleBlock::Paragraph(lead));
    }
    Article {
        title: analysis.subject.clone(),
        sections,
    }
}

/// The words of the subject's name and its acronym, in lower case.
fn subject_words(subject: &str) -> BTreeSet<String> {
    let acronym = crate::claims::acronym_of(subject);
    // Inserted one by one: collecting a set sorts, and each sorted type is one more copy of the
    // standard sort in the WebAssembly (`crate::order`).
    let mut words = BTreeSet::new();
    words.extend(
        subject
            .split(|c: char| !c.is_alphanumeric())
            .chain([acronym.as_str()])
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase),
    );
    words
}

/// Each contest names the contested facts its two sentences state, so that a reader can go from
/// the figure to every claim.
fn link_contests(sections: &mut [ArticleSection], analysis: &Analysis) {
    let states = |source: &Source, claim: &crate::reconcile::ConflictClaim| {
        claim
            .sources
            .iter()
            .any(|s| s.is_at(source.doc, source.start))
    };
    let sentences = sections
        .iter_mut()
        .flat_map(|s| s.blocks.iter_mut())
        .filter_map(|b| match b {
            ArticleBlock::Paragraph(p) => Some(p),
            ArticleBlock::Subheading(_) => None,
        })
        .flat_map(|p| p.sentences.iter_mut());
    for sentence in sentences {
        let ours = sentence.sources.clone();
        for contest in &mut sentence.contested {
            contest.facts = analysis
                .conflicts
                .iter()
                .filter(|c| {
                    c.claims.iter().any(|claim| {
                        contest
                            .sources
                            .iter()
                            .chain(&ours)
                            .any(|s| states(s, claim))
                    })
                })
                .map(|c| c.predicate.key.to_string())
                .collect();
        }
    }
}

/// A document's own table of contents, without back matter.
fn toc(doc: &AnalyzedDoc) -> Vec<String> {
    doc.doc
        .contents
        .iter()
        .filter(|c| !is_back_matter(c))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Corpus;
    use crate::pipeline::analyze;

    fn article(texts: &[(&str, &str)]) -> Article {
        build_article(&analyze(&Corpus::from_texts(texts.iter().copied())))
    }

    #[test]
    fn repeated_sentences_are_said_once_and_cite_every_source() {
        let a = article(&[
            ("a.txt", "Acme Union is a body. It makes anvils."),
            ("b.txt", "Acme Union is a body. It sells hammers."),
        ]);
        let overview = a.section("overview").expect("an overview");
        let sentences: Vec<_> = overview.paragraphs().flat_map(|p| &p.sentences).collect();
        let texts: Vec<_> = sentences.iter().map(|s| &*s.text).collect();
        assert_eq!(
            texts,
            [
                "Acme Union is a body.",
                "It makes anvils.",
                "It sells hammers."
            ]
        );
        assert_eq!(sentences[0].sources.len(), 2);
        assert_eq!(a.sentence_counts(), (3, 4));
    }

    #[test]
    fn headings_become_sections_and_leads_are_placed_by_content() {
        let a = article(&[(
            "a.txt",
            "Acme Union is a body.\n\nIt began in 1901, grew in 1930 and merged in 1975.\n\nThe union was criticised for its prices.\n\nProducts\n\nIt makes anvils.",
        )]);
        let titles: Vec<_> = a.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Overview", "History", "Products", "Criticism"]);
        let slugs: Vec<_> = a.sections.iter().map(|s| s.slug.as_str()).collect();
        assert_eq!(slugs, ["overview", "history", "products", "criticism"]);
    }

    #[test]
    fn citations_list_each_document_once() {
        let a = article(&[
            ("a.txt", "Acme Union is a body. It is old."),
            ("b.txt", "It is old. Acme Union is a body."),
        ]);
        let p = a.sections[0].paragraphs().next().unwrap();
        let docs: Vec<_> = p.citations().iter().map(|s| s.doc.0).collect();
        assert_eq!(docs, [0, 1]);
    }

    fn sentences(a: &Article) -> Vec<&ArticleSentence> {
        a.sections
            .iter()
            .flat_map(|s| s.paragraphs())
            .flat_map(|p| &p.sentences)
            .collect()
    }

    #[test]
    fn a_fuller_wording_takes_the_place_of_the_sentences_it_says() {
        let a = article(&[
            (
                "a.txt",
                "Acme Union was founded in Oslo. It was first called the Anvil League.",
            ),
            (
                "b.txt",
                "Acme Union, first called the Anvil League, was founded in Oslo by smiths.",
            ),
        ]);
        let said = sentences(&a);
        let texts: Vec<&str> = said.iter().map(|s| &*s.text).collect();
        assert_eq!(
            texts,
            ["Acme Union, first called the Anvil League, was founded in Oslo by smiths."]
        );
        assert_eq!(said[0].sources.len(), 3, "both short sentences are cited");
        assert_eq!(
            said[0].sources[0].doc.0, 1,
            "the words are the first source's"
        );
    }

    #[test]
    fn a_clause_said_already_leaves_its_sentence_and_the_rest_stands_alone() {
        let a = article(&[
            ("a.txt", "Acme Union became the main voice of smiths in the northern towns."),
            (
                "b.txt",
                "It became the main voice of smiths in the northern towns, and the number of its member guilds has now reached 175.",
            ),
        ]);
        let said = sentences(&a);
        let texts: Vec<&str> = said.iter().map(|s| &*s.text).collect();
        assert_eq!(
            texts,
            [
                "Acme Union became the main voice of smiths in the northern towns.",
                "The number of its member guilds has now reached 175."
            ]
        );
        assert_eq!(
            said[0].sources.len(),
            2,
            "the restated clause cites its source"
        );
    }

    #[test]
    fn a_restatement_with_a_relative_clause_that_names_nothing_is_said_once() {
        let a = article(&[
            (
                "a.txt",
                "Acme Union is a guild of smiths founded in Oslo in 1901 by Ola Berg.",
            ),
            (
                "b.txt",
                "Acme Union is a guild of smiths founded in Oslo in 1901, which forges iron, copper, brass and silver.",
            ),
        ]);
        let said = sentences(&a);
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(!said[0].text.contains("which"), "{said:?}");
        assert_eq!(said[0].sources.len(), 2);
        // A relative clause that names something stays: the fuller sentence is said.
        let a = article(&[
            (
                "a.txt",
                "Acme Union is a guild of smiths founded in Oslo in 1901.",
            ),
            (
                "b.txt",
                "Acme Union is a guild of smiths founded in Oslo in 1901, which Ola Berg led.",
            ),
        ]);
        let texts: Vec<String> = sentences(&a).iter().map(|s| s.text.to_string()).collect();
        assert!(texts.concat().contains("Ola Berg"), "{texts:?}");
    }

    #[test]
    fn a_language_a_translation_names_is_no_fact_to_keep() {
        let a = article(&[
            ("a.txt", "Acme Union was first called the Anvil League (AL) in 1901."),
            (
                "b.txt",
                "Acme Union was first called the Anvil League (AL, for its acronym in English) in 1901.",
            ),
        ]);
        assert_eq!(sentences(&a).len(), 1);
    }

    #[test]
    fn what_the_subject_is_gives_way_only_to_another_definition() {
        let a = article(&[
            (
                "a.txt",
                "Acme Union is a guild that gives advice to smiths and miners.",
            ),
            (
                "b.txt",
                "Rule 1 of the Acme Union charter binds it to give advice to smiths and miners and their guilds.",
            ),
        ]);
        let texts: Vec<String> = sentences(&a).iter().map(|s| s.text.to_string()).collect();
        assert!(
            texts[0].starts_with("Acme Union is a guild"),
            "the opening says what it is: {texts:?}"
        );
    }

    #[test]
    fn a_restatement_that_names_something_new_stays() {
        let a = article(&[
            ("a.txt", "Acme Union makes anvils for smiths."),
            ("b.txt", "Acme Union makes anvils for smiths in Bergen."),
            ("c.txt", "Acme Union makes anvils, for smiths."),
        ]);
        let texts: Vec<String> = sentences(&a).iter().map(|s| s.text.to_string()).collect();
        assert!(texts.iter().any(|t| t.contains("Bergen")), "{texts:?}");
        assert_eq!(
            texts.len(),
            1,
            "the fuller one stands for all three: {texts:?}"
        );
    }

    #[test]
    fn other_figures_for_one_claim_are_marked_contested() {
        let a = article(&[
            (
                "a.txt",
                "Acme Union has a budget of $1.8 billion and some 11,500 staff.",
            ),
            (
                "b.txt",
                "Acme Union has a budget of $1.3 billion and some 8,400 staff.",
            ),
        ]);
        let said = sentences(&a);
        assert_eq!(said.len(), 1);
        let contest = &said[0].contested[0];
        assert_eq!(
            contest.figures,
            [
                ("$1.8 billion".to_string(), "$1.3 billion".to_string()),
                ("11,500 staff".to_string(), "8,400 staff".to_string())
            ]
        );
        assert_eq!(contest.sources[0].doc.0, 1);
    }

    #[test]
    fn a_caption_that_names_only_the_subject_is_left_out() {
        let a = article(&[(
            "a.txt",
            "Acme Union is a body of smiths.\n\nAcme Union logo\n\nIt makes anvils in Oslo.\n\nSmiths at the Oslo forge in 1901 (Reuters)\n\nIt sells hammers.",
        )]);
        let kinds: Vec<(ParagraphKind, String)> = a
            .sections
            .iter()
            .flat_map(|s| s.paragraphs())
            .map(|p| (p.kind, p.text()))
            .collect();
        assert!(!kinds.iter().any(|(_, t)| t.contains("logo")), "{kinds:?}");
        assert!(
            kinds
                .iter()
                .any(|(k, t)| *k == ParagraphKind::Caption && t.contains("forge")),
            "{kinds:?}"
        );
    }

    #[test]
    fn a_sentence_keeps_a_few_contests_and_counts_the_others() {
        let texts: Vec<(String, String)> = (0..200)
            .map(|i| {
                let text = format!(
                    "The harbour branch had {} members and ran {} boats.",
                    100 + i,
                    2 + i
                );
                (format!("{i}.txt"), text)
            })
            .collect();
        let a = build_article(&analyze(&Corpus::from_texts(texts)));
        let said = sentences(&a);
        assert_eq!(said.len(), 1, "one claim, said once");
        assert_eq!(said[0].contested.len(), builder::CONTESTS);
        assert_eq!(said[0].more_contested, 199 - builder::CONTESTS);
    }

    #[test]
    fn a_document_does_not_contest_itself() {
        let a = article(&[(
            "a.txt",
            "In 1901 the harbour branch had 100 members.\n\nIn 1901 the harbour branch had 140 members.",
        )]);
        let said = sentences(&a);
        assert_eq!(said.len(), 2, "two figures of one document: {said:?}");
        assert!(said.iter().all(|s| s.contested.is_empty()));
    }

    #[test]
    fn figures_are_read_with_their_currency_and_unit() {
        assert_eq!(
            figure_phrase("a budget of US$ 3 billion in 2020", "3"),
            "US$ 3 billion"
        );
        assert_eq!(figure_phrase("over 150 countries", "150"), "150 countries");
        assert_eq!(figure_phrase("it had 40 and more", "40"), "40");
        assert_eq!(figure_phrase("costs €12 million", "12"), "€12 million");
    }

    #[test]
    fn an_empty_analysis_gives_an_empty_article() {
        assert!(article(&[]).sections.is_empty());
    }
}
