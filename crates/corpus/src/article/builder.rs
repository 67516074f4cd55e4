//! The article's builder: documents added one by one, each sentence placed in its section or,
//! when the article already says it (word for word or as the same claim), cited there.

use super::*;

/// A sentence's distinct words (longer than two letters), as sorted ids: cheap to compare.
pub(super) type Keys = Vec<u32>;

/// Where each sentence said so far sits: section title, block index, sentence index, keywords,
/// and its terms for the claim comparison.
pub(super) type Placed = (String, usize, usize, Keys, Terms);

#[derive(Default)]
pub(super) struct Builder {
    /// Section titles in first-seen order.
    pub(super) order: Vec<String>,
    pub(super) sections: BTreeMap<String, Vec<ArticleBlock>>,
    pub(super) index: Vec<Placed>,
    /// Word → id, so that sentences compare as sorted integer lists.
    pub(super) words: BTreeMap<String, u32>,
    /// How rare each stem is in the corpus, for the claim comparison.
    pub(super) rarity: Rarity,
    /// Rare stem → the sentences said so far that have it: the candidates for a claim.
    pub(super) by_stem: BTreeMap<String, Vec<usize>>,
}

/// Sentences that say the same thing: most of their words are shared (Jaccard ≥ 0.75).
pub(super) fn same_sentence(a: &Keys, b: &Keys) -> bool {
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
    pub(super) fn keywords(&mut self, text: &str) -> Keys {
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

    pub(super) fn add_doc(&mut self, doc: &AnalyzedDoc) {
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
    pub(super) fn same_claim_said(&self, terms: &Terms) -> Option<&Placed> {
        terms
            .rarest(4)
            .into_iter()
            .filter_map(|stem| self.by_stem.get(stem))
            .flatten()
            .map(|&i| &self.index[i])
            .find(|placed| same_claim(&placed.4, terms))
    }

    /// The section that already says most of these sentences.
    pub(super) fn section_of_duplicates(&mut self, sentences: &[Sentence]) -> Option<String> {
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
    pub(super) fn add_paragraph(
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
    pub(super) fn finish(mut self) -> Vec<ArticleSection> {
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
