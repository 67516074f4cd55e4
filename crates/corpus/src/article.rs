//! The article: one readable text assembled from all documents. Sections come from the
//! documents' own headings, tables of contents and content; a sentence several sources repeat is
//! said once and cites all of them.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::claims::{same_claim, Rarity, Terms};
use crate::clean::is_back_matter;
use crate::dates::sentence_dates;
use crate::document::DocId;
use crate::facts::{first_per_document, Source};
use crate::pipeline::{Analysis, AnalyzedDoc};
use crate::reconcile::slugify;
use crate::structure::{Paragraph, ParagraphKind, Section, Sentence};

/// One sentence of the article and every source that says it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSentence {
    #[serde(with = "crate::wire::text")]
    pub text: String,
    pub sources: Vec<Source>,
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
        let parts: Vec<&str> = self.sentences.iter().map(|s| s.text.as_str()).collect();
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
        rarity: Rarity::of(
            analysis
                .documents
                .iter()
                .flat_map(|d| d.doc.sentences().map(|(_, _, s)| s.text.as_str())),
        ),
        ..Builder::default()
    };
    // Documents with headings first, so that a heading-less lead can be matched against them.
    let mut docs: Vec<&AnalyzedDoc> = analysis.documents.iter().collect();
    crate::order::sort_by_key(&mut docs, |d| {
        (d.doc.sections.iter().all(|s| s.heading.is_none()), d.id)
    });
    for doc in docs {
        builder.add_doc(doc);
    }
    let mut sections = builder.finish();
    // The summary written from the facts, after the overview's opening paragraph (which says
    // what the organization is).
    if let (Some(lead), Some(overview)) = (
        crate::lead::lead(analysis),
        sections.iter_mut().find(|s| s.title == OVERVIEW),
    ) {
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

/// A document's own table of contents, without back matter.
fn toc(doc: &AnalyzedDoc) -> Vec<String> {
    doc.doc
        .contents
        .iter()
        .filter(|c| !is_back_matter(c))
        .cloned()
        .collect()
}

/// A sentence's distinct words (longer than two letters), as sorted ids: cheap to compare.
type Keys = Vec<u32>;

/// Where each sentence said so far sits: section title, block index, sentence index, keywords,
/// and its terms for the claim comparison.
type Placed = (String, usize, usize, Keys, Terms);

#[derive(Default)]
struct Builder {
    /// Section titles in first-seen order.
    order: Vec<String>,
    sections: BTreeMap<String, Vec<ArticleBlock>>,
    index: Vec<Placed>,
    /// Word → id, so that sentences compare as sorted integer lists.
    words: BTreeMap<String, u32>,
    /// How rare each stem is in the corpus, for the claim comparison.
    rarity: Rarity,
    /// Rare stem → the sentences said so far that have it: the candidates for a claim.
    by_stem: BTreeMap<String, Vec<usize>>,
}

/// Sentences that say the same thing: most of their words are shared (Jaccard ≥ 0.75).
fn same_sentence(a: &Keys, b: &Keys) -> bool {
    let (small, large) = if a.len() <= b.len() {
        (a.len(), b.len())
    } else {
        (b.len(), a.len())
    };
    // The overlap cannot reach 0.75 when one sentence has far more words than the other.
    if large == 0 || (small as f64) < 0.75 * large as f64 {
        return false;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = (a.len() + b.len() - shared) as f64;
    shared as f64 / union >= 0.75
}

impl Builder {
    fn keywords(&mut self, text: &str) -> Keys {
        let mut keys: Keys = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2)
            .map(|w| {
                let next = self.words.len() as u32;
                *self.words.entry(w.to_ascii_lowercase()).or_insert(next)
            })
            .collect();
        crate::order::sort(&mut keys);
        keys.dedup();
        keys
    }

    fn add_doc(&mut self, doc: &AnalyzedDoc) {
        let contents = toc(doc);
        let headings: Vec<&str> = doc
            .doc
            .sections
            .iter()
            .filter_map(|s| s.heading.as_deref())
            .collect();
        // Entries of the table of contents whose heading the body lost.
        let missing: Vec<&String> = contents
            .iter()
            .filter(|c| !headings.iter().any(|h| same_name(h, c)))
            .collect();
        for (i, section) in doc.doc.sections.iter().enumerate() {
            let Some(heading) = section.heading.as_deref() else {
                for (j, paragraph) in section.paragraphs.iter().enumerate() {
                    // The opening paragraph of a lead is the overview; the rest go by content.
                    let target = if i == 0 && j == 0 {
                        OVERVIEW.to_string()
                    } else {
                        self.section_of_duplicates(&paragraph.sentences)
                            .unwrap_or_else(|| lead_section(&paragraph.text()))
                    };
                    self.add_paragraph(doc.id, &target, None, paragraph);
                }
                continue;
            };
            let sentences: Vec<Sentence> = section
                .paragraphs
                .iter()
                .flat_map(|p| p.sentences.clone())
                .collect();
            let target = self
                .section_of_duplicates(&sentences)
                .unwrap_or_else(|| place_heading(heading, section, &contents, &missing));
            let subheading = (!same_name(heading, &target)).then_some(heading);
            for paragraph in &section.paragraphs {
                self.add_paragraph(doc.id, &target, subheading, paragraph);
            }
        }
    }

    /// A sentence said so far that makes the claim `terms` makes, found through its rarest
    /// stems ([`crate::claims`]).
    fn same_claim_said(&self, terms: &Terms) -> Option<&Placed> {
        terms
            .rarest(4)
            .into_iter()
            .filter_map(|stem| self.by_stem.get(stem))
            .flatten()
            .map(|&i| &self.index[i])
            .find(|placed| same_claim(&placed.4, terms))
    }

    /// The section that already says most of these sentences.
    fn section_of_duplicates(&mut self, sentences: &[Sentence]) -> Option<String> {
        let keys: Vec<Keys> = sentences.iter().map(|s| self.keywords(&s.text)).collect();
        let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
        for keys in &keys {
            if let Some((section, ..)) = self
                .index
                .iter()
                .find(|(_, _, _, k, _)| same_sentence(k, keys))
            {
                *votes.entry(section).or_default() += 1;
            }
        }
        let (best, n) = votes.into_iter().max_by_key(|(_, n)| *n)?;
        (n * 2 >= sentences.len().max(1)).then(|| best.to_string())
    }

    /// Adds the sentences nobody has said yet as a paragraph of `section` (after `subheading`,
    /// once); sentences already said gain this document as a source.
    fn add_paragraph(
        &mut self,
        doc: DocId,
        section: &str,
        subheading: Option<&str>,
        paragraph: &Paragraph,
    ) {
        let mut fresh: Vec<ArticleSentence> = Vec::new();
        let mut fresh_keys: Vec<(Keys, Terms)> = Vec::new();
        for sentence in &paragraph.sentences {
            let source = Source::new(doc, sentence);
            let keys = self.keywords(&sentence.text);
            let terms = self.rarity.terms(&sentence.text);
            let known = self
                .index
                .iter()
                .find(|(_, _, _, k, _)| same_sentence(k, &keys))
                // A claim in other words; a list keeps its items whole.
                .or_else(|| {
                    (paragraph.kind == ParagraphKind::Prose)
                        .then(|| self.same_claim_said(&terms))
                        .flatten()
                })
                .map(|(s, b, i, ..)| (s.clone(), *b, *i));
            match known {
                Some((sec, block, i)) => {
                    if let Some(ArticleBlock::Paragraph(p)) =
                        self.sections.get_mut(&sec).and_then(|b| b.get_mut(block))
                    {
                        let said = &mut p.sentences[i];
                        if !said.sources.contains(&source) {
                            said.sources.push(source);
                        }
                    }
                }
                None => {
                    fresh.push(ArticleSentence {
                        text: sentence.text.clone(),
                        sources: vec![source],
                    });
                    fresh_keys.push((keys, terms));
                }
            }
        }
        if fresh.is_empty() {
            return;
        }
        if !self.sections.contains_key(section) {
            self.order.push(section.to_string());
        }
        let blocks = self.sections.entry(section.to_string()).or_default();
        if let Some(sub) = subheading {
            let present = blocks
                .iter()
                .any(|b| matches!(b, ArticleBlock::Subheading(s) if same_name(s, sub)));
            if !present {
                blocks.push(ArticleBlock::Subheading(canonical(sub)));
            }
        }
        // Text without a subheading belongs before the section's first subheading.
        let block = match subheading {
            Some(_) => blocks.len(),
            None => blocks
                .iter()
                .position(|b| matches!(b, ArticleBlock::Subheading(_)))
                .unwrap_or(blocks.len()),
        };
        blocks.insert(
            block,
            ArticleBlock::Paragraph(ArticleParagraph {
                kind: paragraph.kind,
                sentences: fresh,
            }),
        );
        for placed in self
            .index
            .iter_mut()
            .filter(|p| p.0 == section && p.1 >= block)
        {
            placed.1 += 1;
        }
        for (i, (keys, terms)) in fresh_keys.into_iter().enumerate() {
            for stem in terms.rarest(4) {
                self.by_stem
                    .entry(stem.to_string())
                    .or_default()
                    .push(self.index.len());
            }
            self.index
                .push((section.to_string(), block, i, keys, terms));
        }
    }

    /// Sections in reading order: the overview, history, the others as first seen, then
    /// criticism and membership, which encyclopedias put last.
    fn finish(mut self) -> Vec<ArticleSection> {
        let rank = |title: &str| match title {
            t if t == OVERVIEW => 0,
            t if t == HISTORY => 1,
            t if t == CRITICISM => 3,
            t if t.to_ascii_lowercase().starts_with("member") => 4,
            _ => 2,
        };
        let mut order: Vec<(usize, usize, String)> = self
            .order
            .iter()
            .enumerate()
            .map(|(i, t)| (rank(t), i, t.clone()))
            .collect();
        crate::order::sort(&mut order);
        let mut slugs = BTreeMap::new();
        order
            .into_iter()
            .filter_map(|(_, _, title)| {
                let blocks = self.sections.remove(&title)?;
                Some(ArticleSection {
                    slug: crate::reconcile::unique_id(&slugify(&title), &mut slugs),
                    title,
                    blocks,
                })
            })
            .collect()
    }
}

/// Which article section a document section with this heading belongs to.
fn place_heading(
    heading: &str,
    section: &Section,
    contents: &[String],
    missing: &[&String],
) -> String {
    let text: String = section
        .paragraphs
        .iter()
        .map(Paragraph::text)
        .collect::<Vec<_>>()
        .join(" ");
    if contents.iter().any(|c| same_name(c, heading)) {
        return canonical(heading);
    }
    if has_cue(heading, HISTORY_CUES) {
        return HISTORY.to_string();
    }
    if has_cue(heading, CRITICISM_CUES) {
        return CRITICISM.to_string();
    }
    if !contents.is_empty() {
        // A subsection whose parent heading the body lost: the missing entry of the table of
        // contents that its text names, or else the first missing one.
        let lower = text.to_ascii_lowercase();
        let named = missing.iter().find(|c| {
            let stem: String = c.to_ascii_lowercase().chars().take(6).collect();
            stem.len() >= 5 && lower.contains(&stem)
        });
        if let Some(entry) = named.or_else(|| missing.iter().find(|c| !same_name(c, HISTORY))) {
            return canonical(entry);
        }
    }
    if history_like(&text) {
        return HISTORY.to_string();
    }
    canonical(heading)
}

fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
            .trim_end_matches('s')
            .to_string()
    };
    norm(a) == norm(b)
}

/// "Member States" and "Member states" are one section: the first capital only, except in
/// names and abbreviations.
fn canonical(heading: &str) -> String {
    let heading = heading
        .trim_matches(|c: char| c == '"' || c == '“' || c == '”' || c == ':')
        .trim();
    let words: Vec<String> = heading
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            let plain = w.chars().skip(1).all(char::is_lowercase);
            if i > 0 && plain {
                w.to_lowercase()
            } else {
                w.to_string()
            }
        })
        .collect();
    words.join(" ")
}

fn has_cue(text: &str, cues: &[&str]) -> bool {
    let lower = text.to_ascii_lowercase();
    cues.iter().any(|c| lower.contains(c))
}

/// Text that tells a story over time: several dates spanning decades.
fn history_like(text: &str) -> bool {
    let years: BTreeSet<i32> = sentence_dates(text)
        .iter()
        .map(|d| d.start.year())
        .collect();
    let span = years
        .iter()
        .next_back()
        .zip(years.iter().next())
        .map_or(0, |(a, b)| a - b);
    years.len() >= 3 && span >= 20
}

/// Where a later paragraph of a lead (no heading) goes: criticism to Criticism, a story over
/// decades to History, the rest to the overview.
fn lead_section(text: &str) -> String {
    if has_cue(text, CRITICISM_CUES) {
        CRITICISM.to_string()
    } else if history_like(text) {
        HISTORY.to_string()
    } else {
        OVERVIEW.to_string()
    }
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
        let texts: Vec<_> = sentences.iter().map(|s| s.text.as_str()).collect();
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

    #[test]
    fn an_empty_analysis_gives_an_empty_article() {
        assert!(article(&[]).sections.is_empty());
    }
}
