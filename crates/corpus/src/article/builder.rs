//! The article's builder: documents added one by one, each sentence placed in its section or,
//! when the article already says it (word for word or as the same claim), cited there.

use super::*;

/// A sentence's distinct words (longer than two letters), as sorted ids: cheap to compare.
pub(super) type Keys = Vec<u32>;

/// Where a sentence said so far sits, its words, and the terms of every wording of its claim.
pub(super) struct Placed {
    /// The section's number (its place in [`Builder::order`]).
    pub(super) section: usize,
    pub(super) block: usize,
    pub(super) sentence: usize,
    pub(super) keys: Keys,
    pub(super) wordings: Vec<Terms>,
}

/// How many words a relative clause that names nothing may have and be left out.
const RELATIVE_WORDS: usize = 8;

/// How many words a clause needs to stand as a sentence of its own, or to be a claim the
/// article may say already.
const PART_WORDS: usize = 6;

/// A clause as a sentence: a capital first letter and a full stop.
fn as_sentence(clause: &str) -> String {
    let clause = clause.trim().trim_end_matches([',', ';', ':']);
    let mut chars = clause.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>())
        .unwrap_or_default();
    out.push_str(chars.as_str());
    if !out.ends_with(['.', '!', '?', '"', '”']) {
        out.push('.');
    }
    out
}

/// Words of a name that do not name it.
const NOT_A_NAME: &[&str] = &["the", "of", "for", "and", "a", "an", "in", "on", "to"];

/// Words that say what a picture is.
const PICTURE_WORDS: &[&str] = &[
    "logo", "emblem", "flag", "photo", "image", "picture", "seal",
];

/// How many contests a sentence keeps in full, and how many sources each.
pub(super) const CONTESTS: usize = 3;

/// How many of its best candidates may say a sentence between them.
const SAID_BETWEEN: usize = 3;
/// How much of a sentence they must say between them.
const COVERED_BETWEEN: f64 = 0.8;

/// How many words a list item has when it is a sentence of its own rather than an entry.
const SENTENCE_ITEM: usize = 15;

/// What the article already says about a new sentence.
enum Known {
    /// Said (word for word, or the same claim): the sentence is cited there.
    Said(usize),
    /// Said there in fewer words: the new sentence takes its place, citing both; other
    /// sentences it says all of fold into it.
    Completed(usize, Vec<usize>),
    /// Said there with other figures: cited there, its figures shown as contested.
    Contested(usize),
}

#[derive(Default)]
pub(super) struct Builder {
    /// Section titles in first-seen order: a section's number is its place here.
    pub(super) order: Vec<String>,
    /// Each section's number by its title.
    pub(super) numbers: FxHashMap<String, usize>,
    /// Each section's blocks, by number.
    pub(super) sections: Vec<Vec<ArticleBlock>>,
    /// Each section's subheadings, by number, so that a paragraph finds its place without
    /// reading the section's blocks.
    pub(super) subheadings: Vec<Subheadings>,
    pub(super) index: Vec<Placed>,
    /// How rare each stem is in the corpus, for the claim comparison.
    pub(super) rarity: Rarity,
    /// The claims said so far by their stems: the candidates for a new sentence's claim.
    pub(super) claims: ClaimIndex,
    /// The figures, years and names the article says so far (its lead's among them), as ids
    /// of its terms.
    pub(super) strong: FxHashSet<Term>,
    /// The terms of the lead's sentences.
    pub(super) lead: Vec<Terms>,
    /// The words of the subject's name and its acronym, in lower case.
    pub(super) subject: BTreeSet<String>,
    /// The current document's sentences read already (to place their section), by their start:
    /// each sentence is read once, and its candidates found once while no claim is filed.
    pub(super) prepared: FxHashMap<usize, Read>,
    /// Every (sentence, document, source sentence's start) cited: a sentence that thousands of
    /// copies say is cited once more without reading its sources.
    pub(super) cited: FxHashSet<(usize, DocId, usize)>,
    /// The document being added.
    pub(super) doc: DocId,
}

/// A sentence as the builder reads it.
pub(super) struct Read {
    keys: Keys,
    terms: Terms,
    /// The candidates for its claim ([`ClaimIndex::candidates`]), found at `version` of the
    /// claim index: they hold while no claim is filed.
    candidates: Vec<usize>,
    version: usize,
}

/// A section's subheadings: the block of the first, and the name of each.
#[derive(Default)]
pub(super) struct Subheadings {
    first: Option<usize>,
    names: BTreeSet<String>,
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
    let shared = crate::order::shared_count(a, b);
    let union = (a.len() + b.len() - shared) as f64;
    shared as f64 / union >= 0.75
}

impl Builder {
    pub(super) fn keywords(&mut self, text: &str) -> Keys {
        self.rarity.words_of(text)
    }

    pub(super) fn add_doc(&mut self, doc: &AnalyzedDoc) {
        self.doc = doc.id;
        self.prepared.clear();
        let contents = toc(doc);
        let headings: Vec<&str> = doc
            .doc
            .sections
            .iter()
            .filter_map(|s| s.heading.as_deref())
            .collect();
        // Entries of the table of contents whose heading the body lost (names compared through
        // sets: a table of thousands of entries stays linear).
        let heading_names: BTreeSet<String> = headings.iter().map(|h| name_key(h)).collect();
        let missing: Vec<&String> = contents
            .iter()
            .filter(|c| !heading_names.contains(&name_key(c)))
            .collect();
        let listed: BTreeSet<String> = contents.iter().map(|c| name_key(c)).collect();
        for (i, section) in doc.doc.sections.iter().enumerate() {
            let Some(heading) = section.heading.as_deref() else {
                for (j, paragraph) in section.paragraphs.iter().enumerate() {
                    // The opening paragraph of a lead is the overview; the rest go by content.
                    let target = if i == 0 && j == 0 {
                        OVERVIEW.to_string()
                    } else {
                        self.section_of_duplicates(paragraph.sentences.iter())
                            .unwrap_or_else(|| lead_section(&paragraph.text()))
                    };
                    self.add_paragraph(doc.id, &target, None, paragraph);
                }
                continue;
            };
            let sentences = section.paragraphs.iter().flat_map(|p| &p.sentences);
            let target = self
                .section_of_duplicates(sentences)
                .unwrap_or_else(|| place_heading(heading, section, &listed, &missing));
            let subheading = (!same_name(heading, &target)).then_some(heading);
            for paragraph in &section.paragraphs {
                self.add_paragraph(doc.id, &target, subheading, paragraph);
            }
        }
    }

    /// What the article says of a new sentence: the same words, the same claim in other words
    /// (found through its stems, [`crate::claims`]), or the same claim in fewer words. A
    /// restatement is folded only when the figures and names it states are said already.
    fn known(&self, doc: DocId, text: &str, read: &Read, prose: bool) -> Option<Known> {
        let Read {
            keys,
            terms,
            candidates,
            ..
        } = read;
        // A document does not contest itself: the same words with other figures in one document
        // are other facts (a figure for each year, each branch).
        let figures_differ = |i: usize| {
            !self.said_by(i, doc)
                && self.index[i]
                    .wordings
                    .iter()
                    .any(|w| relation(terms, w) == Relation::Contests)
        };
        // Copies of one sentence may spell a name otherwise ("ICM", "CIM"), not give another
        // figure or year.
        let same_numbers = || terms.numbers().all(|t| self.strong.contains(&t));
        if let Some(i) = self.word_for_word_among(keys, candidates) {
            if figures_differ(i) {
                return Some(Known::Contested(i));
            }
            // The same sentence with a clause more ("..., as well as to the right of freedom of
            // movement").
            let current = self.index[i].wordings.last();
            let completes = current.is_some_and(|w| relation(terms, w) == Relation::Completes);
            if prose && completes && self.may_replace(i, text) {
                return Some(Known::Completed(i, Vec::new()));
            }
            if same_numbers() {
                return Some(Known::Said(i));
            }
        }
        if !prose {
            return None;
        }
        let adds_nothing = || self.says_nothing_new(terms);
        let completes = |i: usize| {
            let wordings = &self.index[i].wordings;
            wordings
                .last()
                .is_some_and(|w| relation(terms, w) == Relation::Completes)
        };
        let one = candidates.iter().find_map(|&i| {
            let placed = &self.index[i];
            let current = placed.wordings.len().checked_sub(1)?;
            placed.wordings.iter().enumerate().find_map(|(w, wording)| {
                match relation(terms, wording) {
                    Relation::Restates if adds_nothing() => Some(Known::Said(i)),
                    Relation::Completes if w == current && self.may_replace(i, text) => {
                        let others = candidates
                            .iter()
                            .copied()
                            .filter(|&o| o != i && completes(o))
                            .collect();
                        Some(Known::Completed(i, others))
                    }
                    Relation::Contests if !self.said_by(i, doc) => Some(Known::Contested(i)),
                    _ => None,
                }
            })
        });
        one.or_else(|| {
            adds_nothing()
                .then(|| self.said_between(terms, candidates))
                .flatten()
                .map(Known::Said)
        })
    }

    /// A sentence whose every part the article already says, between its best candidates and
    /// its lead ("Headquartered in Geneva, has offices in over 100 countries" where one sentence
    /// gives the offices and the lead the headquarters): cited at the candidate that says most
    /// of it with its figures.
    fn said_between(&self, terms: &Terms, candidates: &[usize]) -> Option<usize> {
        let best: Vec<usize> = candidates.iter().take(SAID_BETWEEN).copied().collect();
        let mut others: Vec<&Terms> = best.iter().flat_map(|&i| &self.index[i].wordings).collect();
        others.extend(&self.lead);
        if terms.covered_by_all(&others) < COVERED_BETWEEN {
            return None;
        }
        // Cited where most of it is said, among every candidate.
        candidates
            .iter()
            .copied()
            .filter(|&i| {
                self.index[i]
                    .wordings
                    .iter()
                    .any(|w| terms.figures_within(w))
            })
            .max_by(|&a, &b| {
                let cover = |i: usize| {
                    let wordings = &self.index[i].wordings;
                    wordings.last().map_or(0.0, |w| terms.covered_by(w))
                };
                cover(a).total_cmp(&cover(b)).then(b.cmp(&a))
            })
    }

    /// Sentence `from`, which sentence `into` now says all of, leaves the article; its sources
    /// and wordings go to `into`.
    fn absorb(&mut self, from: usize, into: usize) {
        let Some(gone) = self.sentence_mut(from).map(std::mem::take) else {
            return;
        };
        for source in gone.sources {
            self.cite(into, source);
        }
        let wordings = std::mem::take(&mut self.index[from].wordings);
        for terms in &wordings {
            self.claims.add(into, terms);
        }
        self.index[from].keys.clear();
        self.index[into].wordings.splice(0..0, wordings);
    }

    /// The first of `candidates` that says a sentence in nearly the same words (found by its
    /// stems, so that a document of thousands of near-identical sentences is read in linear
    /// time).
    fn word_for_word_among(&self, keys: &Keys, candidates: &[usize]) -> Option<usize> {
        candidates
            .iter()
            .copied()
            .find(|&i| same_sentence(&self.index[i].keys, keys))
    }

    /// The section that already says most of these sentences.
    pub(super) fn section_of_duplicates<'s>(
        &mut self,
        sentences: impl Iterator<Item = &'s Sentence>,
    ) -> Option<String> {
        let (starts, reads): (Vec<usize>, Vec<Read>) =
            sentences.map(|s| (s.start, self.read_now(s))).unzip();
        let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
        for read in &reads {
            if let Some(i) = self.word_for_word_among(&read.keys, &read.candidates) {
                *votes.entry(self.index[i].section).or_default() += 1;
            }
        }
        // The most votes; between equals, the last title in alphabetical order.
        let found = votes
            .into_iter()
            .max_by_key(|&(section, n)| (n, &self.order[section]))
            .filter(|(_, n)| n * 2 >= reads.len().max(1))
            .map(|(best, _)| self.order[best].clone());
        // Kept for adding these sentences: each is read once.
        for (start, read) in starts.into_iter().zip(reads) {
            self.prepared.insert(start, read);
        }
        found
    }

    /// A sentence's keys, terms and candidates: read already to place its section (the
    /// candidates found again when a claim was filed since), or read now.
    fn read(&mut self, sentence: &Sentence) -> Read {
        match self.prepared.remove(&sentence.start) {
            Some(read) if read.version != self.claims.version() => Read {
                candidates: self.claims.candidates(&read.terms),
                version: self.claims.version(),
                ..read
            },
            Some(read) => read,
            None => self.read_now(sentence),
        }
    }

    /// A sentence's keys, terms and candidates, read now (from its scan when the rarities were
    /// counted).
    fn read_now(&mut self, sentence: &Sentence) -> Read {
        let key = (self.doc, sentence.start);
        let (keys, terms) = self.rarity.read_kept(key, &sentence.text);
        Read {
            keys,
            candidates: self.claims.candidates(&terms),
            version: self.claims.version(),
            terms,
        }
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
        if paragraph.kind == ParagraphKind::Caption && self.names_only_the_subject(paragraph) {
            return;
        }
        let mut fresh: Vec<ArticleSentence> = Vec::new();
        let mut fresh_keys: Vec<(Keys, Terms)> = Vec::new();
        // A list keeps its items whole; an item that is a whole sentence of its own makes a
        // claim like prose.
        let prose = paragraph.kind == ParagraphKind::Prose
            || (paragraph.kind == ParagraphKind::ListItem
                && paragraph.text().split_whitespace().count() >= SENTENCE_ITEM);
        for sentence in &paragraph.sentences {
            let source = Source::new(doc, sentence);
            let read = self.read(sentence);
            let known = self.known(doc, &sentence.text, &read, prose);
            let Read { keys, terms, .. } = read;
            match known {
                Some(Known::Said(i)) => self.cite(i, source),
                Some(Known::Contested(i)) => self.contest(i, source, &terms),
                Some(Known::Completed(i, others)) => {
                    self.complete(i, source, terms);
                    for other in others {
                        self.absorb(other, i);
                    }
                }
                None => {
                    if let Some(said) = prose
                        .then(|| self.said_but_a_relative(&sentence.text))
                        .flatten()
                    {
                        self.cite(said, source);
                        continue;
                    }
                    // A clause the article says already leaves the sentence; the rest stays.
                    let part = prose.then(|| self.said_in_part(&sentence.text)).flatten();
                    let (text, keys, terms) = match part {
                        Some((said, rest)) => {
                            self.cite(said, source.clone());
                            let (keys, terms) = self.rarity.read(&rest);
                            (rest.into(), keys, terms)
                        }
                        None => (sentence.text.clone(), keys, terms),
                    };
                    self.strong.extend(terms.strong());
                    self.cited
                        .insert((self.index.len() + fresh.len(), doc, source.start));
                    fresh.push(ArticleSentence {
                        text,
                        sources: vec![source],
                        contested: Vec::new(),
                        more_contested: 0,
                    });
                    fresh_keys.push((keys, terms));
                }
            }
        }
        if fresh.is_empty() {
            return;
        }
        let section = self.section_number(section);
        let blocks = &mut self.sections[section];
        let subs = &mut self.subheadings[section];
        if let Some(sub) = subheading {
            if subs.names.insert(name_key(sub)) {
                subs.first.get_or_insert(blocks.len());
                blocks.push(ArticleBlock::Subheading(canonical(sub)));
            }
        }
        // Text without a subheading belongs before the section's first subheading.
        let block = match subheading {
            Some(_) => blocks.len(),
            None => subs.first.unwrap_or(blocks.len()),
        };
        let appended = block == blocks.len();
        if !appended {
            subs.first = subs.first.map(|f| f + 1);
        }
        blocks.insert(
            block,
            ArticleBlock::Paragraph(ArticleParagraph {
                kind: paragraph.kind,
                sentences: fresh,
            }),
        );
        // Only a paragraph put before others moves them.
        if !appended {
            for placed in self
                .index
                .iter_mut()
                .filter(|p| p.section == section && p.block >= block)
            {
                placed.block += 1;
            }
        }
        for (i, (keys, terms)) in fresh_keys.into_iter().enumerate() {
            self.claims.add(self.index.len(), &terms);
            self.index.push(Placed {
                section,
                block,
                sentence: i,
                keys,
                wordings: vec![terms],
            });
        }
    }

    /// The number of the section titled `title`, which begins empty if it is new.
    fn section_number(&mut self, title: &str) -> usize {
        if let Some(&number) = self.numbers.get(title) {
            return number;
        }
        let number = self.order.len();
        self.order.push(title.to_string());
        self.numbers.insert(title.to_string(), number);
        self.sections.push(Vec::new());
        self.subheadings.push(Subheadings::default());
        number
    }

    /// A sentence of two clauses whose first or last the article says already ("It has also
    /// become the reference point for global discussions ..., and the number of its member
    /// states has now reached 175"): the sentence said, and the other clause as a sentence of
    /// its own, when it has its own subject and says something the article does not.
    fn said_in_part(&mut self, text: &str) -> Option<(usize, String)> {
        let clauses = crate::clauses::clauses(text);
        if clauses.len() != 2 {
            return None;
        }
        let (first, last) = (clauses[0].clone(), clauses[1].clone());
        for (said, rest) in [(first.clone(), last.clone()), (last, first)] {
            let words = text[rest.clone()].split_whitespace().count();
            let own_subject = crate::clauses::missing_subject(text, &rest).is_none()
                && !text[rest.clone()]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.ends_with("ing") || w.ends_with("ed"));
            let said_words = text[said.clone()].split_whitespace().count();
            if words < PART_WORDS || said_words < PART_WORDS || !own_subject {
                continue;
            }
            // Its figures and names first: most clauses name something new.
            if !self.says_them_all(&text[said.clone()]) {
                continue;
            }
            let terms = self.rarity.terms(&text[said]);
            if !self.says_nothing_new(&terms) {
                continue;
            }
            let candidates = self.claims.candidates(&terms);
            if let Some(i) = self.restated(&terms, &candidates) {
                return Some((i, as_sentence(&text[rest])));
            }
        }
        None
    }

    /// A sentence the article says but for a short relative clause that names nothing ("...
    /// an intergovernmental organization founded in 1951, which deals with the issue of
    /// migration"): where the article says it.
    fn said_but_a_relative(&mut self, text: &str) -> Option<usize> {
        let at = text.rfind(", which ")?;
        let (main, relative) = (&text[..at], &text[at + 2..]);
        let names_nothing = self.rarity.terms(relative).strong().next().is_none();
        if !names_nothing || relative.split_whitespace().count() > RELATIVE_WORDS {
            return None;
        }
        if !self.says_them_all(main) {
            return None;
        }
        let terms = self.rarity.terms(main);
        if !self.says_nothing_new(&terms) {
            return None;
        }
        let candidates = self.claims.candidates(&terms);
        self.restated(&terms, &candidates)
            .or_else(|| self.said_between(&terms, &candidates))
    }

    /// Whether the article says every figure, year and name of `text` already (numbers written
    /// as words aside): what [`Builder::says_nothing_new`] needs, read before the rest.
    fn says_them_all(&mut self, text: &str) -> bool {
        let strong = self.rarity.figures_and_names(text);
        strong.into_iter().all(|t| self.strong.contains(&t))
    }

    /// Whether every figure, year and name of `terms` is one the article says already.
    fn says_nothing_new(&self, terms: &Terms) -> bool {
        terms.strong().all(|t| self.strong.contains(&t))
    }

    /// The first of `candidates` (sentence numbers) that says what `terms` says.
    fn restated(&self, terms: &Terms, candidates: &[usize]) -> Option<usize> {
        candidates.iter().copied().find(|&i| {
            self.index[i]
                .wordings
                .iter()
                .any(|w| relation(terms, w) == Relation::Restates)
        })
    }

    /// Whether `text` may take the place of sentence `i`: a sentence that says what the subject
    /// is ("X is an intergovernmental organization ...") gives way only to another that does.
    fn may_replace(&self, i: usize, text: &str) -> bool {
        let said = self.sentence(i);
        !said.is_some_and(|s| self.defines_subject(&s.text)) || self.defines_subject(text)
    }

    /// Whether a sentence says what the subject is: its name, acronym or "It", then "is a",
    /// "is an" or "is the" among its first words.
    fn defines_subject(&self, text: &str) -> bool {
        let words: Vec<String> = text
            .split_whitespace()
            .take(14)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        let Some(is) = words
            .windows(2)
            .position(|w| w[0] == "is" && ["a", "an", "the"].contains(&w[1].as_str()))
        else {
            return false;
        };
        words[..is]
            .iter()
            .any(|w| w == "it" || (self.subject.contains(w) && !NOT_A_NAME.contains(&w.as_str())))
    }

    /// Whether a caption says nothing but that a picture shows the subject ("IOM Logo", "Logo
    /// of the International Organization for Migration (Al Jazeera)"): no reader learns from it.
    fn names_only_the_subject(&self, caption: &Paragraph) -> bool {
        let text = caption.text();
        let text = text.split(" (").next().unwrap_or_default();
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .all(|w| {
                self.subject.contains(&w)
                    || PICTURE_WORDS.contains(&w.as_str())
                    || ["the", "of", "a", "an", "for", "and"].contains(&w.as_str())
            })
    }

    /// The article's sentence number `i`, to change.
    fn sentence_mut(&mut self, i: usize) -> Option<&mut ArticleSentence> {
        let placed = &self.index[i];
        match self
            .sections
            .get_mut(placed.section)
            .and_then(|b| b.get_mut(placed.block))
        {
            Some(ArticleBlock::Paragraph(p)) => p.sentences.get_mut(placed.sentence),
            _ => None,
        }
    }

    /// The article's sentence number `i`.
    fn sentence(&self, i: usize) -> Option<&ArticleSentence> {
        let placed = &self.index[i];
        match self
            .sections
            .get(placed.section)
            .and_then(|b| b.get(placed.block))
        {
            Some(ArticleBlock::Paragraph(p)) => p.sentences.get(placed.sentence),
            _ => None,
        }
    }

    /// Whether document `doc` says sentence `i`.
    fn said_by(&self, i: usize, doc: DocId) -> bool {
        self.sentence(i)
            .is_some_and(|s| s.sources.iter().any(|src| src.doc == doc))
    }

    /// Sentence `i` gains a source that says it too.
    fn cite(&mut self, i: usize, source: Source) {
        if !self.cited.insert((i, source.doc, source.start)) {
            return;
        }
        if let Some(said) = self.sentence_mut(i) {
            said.sources.push(source);
        }
    }

    /// Sentence `i` gains a source that gives other figures for its claim.
    fn contest(&mut self, i: usize, source: Source, terms: &Terms) {
        self.strong.extend(terms.strong());
        if let Some(said) = self.sentence_mut(i) {
            let figures = contested_figures(&said.text, &source.quote);
            if figures.is_empty() {
                return;
            }
            // A few contests are shown in full; the others are counted, so that a document of
            // thousands of figures in one wording stays linear and its note short.
            let room = said.contested.len() < CONTESTS;
            let cited = |c: &Contest| c.sources.iter().any(|s| s.is_at(source.doc, source.start));
            match said.contested.iter_mut().find(|c| c.figures == figures) {
                Some(c) if cited(c) => {}
                Some(c) if c.sources.len() < CONTESTS => c.sources.push(source),
                None if room => said.contested.push(Contest {
                    figures,
                    sources: vec![source],
                    facts: Vec::new(),
                }),
                _ => said.more_contested += 1,
            }
        }
    }

    /// Sentence `i` is said more completely by `source`: its words take the place, citing both.
    fn complete(&mut self, i: usize, source: Source, terms: Terms) {
        self.strong.extend(terms.strong());
        let keys = self.keywords(&source.quote);
        self.cited.insert((i, source.doc, source.start));
        if let Some(said) = self.sentence_mut(i) {
            said.text = source.quote.clone();
            said.sources.insert(0, source);
        }
        self.claims.add(i, &terms);
        let placed = &mut self.index[i];
        placed.keys = keys;
        placed.wordings.push(terms);
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
        let mut slugs = FxHashMap::default();
        order
            .into_iter()
            .map(|(_, number, title)| {
                let blocks = without_absorbed(std::mem::take(&mut self.sections[number]));
                ArticleSection {
                    slug: crate::reconcile::unique_id(&slugify(&title), &mut slugs),
                    title,
                    blocks,
                }
            })
            .collect()
    }
}

/// A section's blocks without the sentences another took in, nor the paragraphs they leave
/// empty.
fn without_absorbed(blocks: Vec<ArticleBlock>) -> Vec<ArticleBlock> {
    blocks
        .into_iter()
        .filter_map(|block| match block {
            ArticleBlock::Paragraph(mut p) => {
                p.sentences.retain(|s| !s.text.is_empty());
                (!p.sentences.is_empty()).then_some(ArticleBlock::Paragraph(p))
            }
            other => Some(other),
        })
        .collect()
}
