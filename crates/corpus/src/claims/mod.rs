//! Claims: whether two sentences make the same claim in other words or in another translation
//! ("IOM's stated mission is to promote humane and orderly migration" and "IOM is dedicated to
//! promoting humane and orderly migration"). Sentences are compared by their stemmed content
//! words weighted by how rare each is in the corpus (IDF), so that the words every sentence
//! shares ("migration", the organization's name) count for little and "Venice", "logistics" or
//! "heated" for much. The comparison is asymmetric ([`relation`]): a sentence may restate a said
//! one, complete it (say all of it and more), or contest it (the same words, other figures).
//! Figures, years and names are strong tokens: a restatement may not drop one. Candidates come
//! from an index of stems with bounded lists ([`ClaimIndex`]), never all pairs.

mod index;

pub use index::ClaimIndex;

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;

use crate::document::DocId;
use crate::vocabulary::{StrTable, Vocabulary};

/// Words that carry no claim.
const STOP: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "to", "and", "or", "for", "its", "it", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "as", "by", "with", "at", "from", "that", "this",
    "which", "who", "their", "they", "them", "also", "into", "out", "than", "such", "other", "all",
    "more", "most", "some", "about", "over", "between", "within", "well", "both", "but", "not",
    "can", "will", "would", "may", "there", "these", "those", "so", "does", "do", "being",
];

/// Qualifiers of a figure, no claim words either: "around 20,000" and "more than 20,000" state
/// one figure.
const QUALIFIERS: &[&str] = &[
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "under",
    "less",
    "fewer",
    "least",
    "estimated",
    "just",
];

/// Endings taken off a word so that its forms meet ("promote", "promoting", "promotion").
const SUFFIXES: &[&str] = &[
    "ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "es",
    "ly", "al", "e", "s", "y",
];

/// Letters a stem keeps: a word's first five letters meet its other forms and most of its
/// translations' ("humane" / "humanitarian", "recognition" / "recognizes", "policy" /
/// "policies"), as truncation stemmers do in retrieval across languages.
const STEM_LETTERS: usize = 5;

/// The stem of a lower-case word: its ending taken off, then its first five letters.
pub fn stem(word: &str) -> String {
    let mut w = word;
    for suffix in SUFFIXES {
        if w.len() >= suffix.len() + 4 && w.ends_with(suffix) {
            w = &w[..w.len() - suffix.len()];
            break;
        }
    }
    w.chars().take(STEM_LETTERS).collect()
}

/// A stem, a figure, a year or a name, as an id of the corpus's [`Rarity`]: one text, one id.
pub type Term = u32;

/// A sentence as the claim comparison sees it.
#[derive(Clone, Debug, Default)]
pub struct Terms {
    /// Stems with their weights, sorted by id.
    stems: Vec<(Term, f64)>,
    /// The figures it states (numbers other than years, whole: "1.3", "8,400"), sorted.
    figures: Vec<Term>,
    /// The years it names, sorted.
    years: Vec<Term>,
    /// Its figures, years and names (capitalised words after the first: "Venice", "Nauru",
    /// "PICMME"), in that order: what a restatement may not take away. A name is the stem of
    /// the same word in another sentence.
    strong: Vec<Term>,
    total: f64,
}

impl Terms {
    /// How much of this sentence's weight the sentences `others` say between them (0 to 1).
    pub fn covered_by_all(&self, others: &[&Terms]) -> f64 {
        if self.total == 0.0 {
            return 0.0;
        }
        let said: f64 = self
            .stems
            .iter()
            .filter(|(s, _)| others.iter().any(|o| o.has_stem(*s)))
            .map(|(_, w)| w)
            .sum();
        said / self.total
    }

    /// Whether its figures are all among `other`'s.
    pub fn figures_within(&self, other: &Terms) -> bool {
        figures_within(self, other)
    }

    /// Whether it has the stem `stem`.
    fn has_stem(&self, stem: Term) -> bool {
        self.stems.binary_search_by(|(s, _)| s.cmp(&stem)).is_ok()
    }

    /// Its stems with their weights.
    pub fn weighted(&self) -> impl Iterator<Item = (Term, f64)> + '_ {
        self.stems.iter().copied()
    }

    /// The figures, years and names it states: what a restatement may not take away.
    pub fn strong(&self) -> impl Iterator<Item = Term> + '_ {
        self.strong.iter().copied()
    }

    /// The figures and years it states.
    pub fn numbers(&self) -> impl Iterator<Item = Term> + '_ {
        self.figures.iter().chain(&self.years).copied()
    }

    /// How much of this sentence's weight `other` says too (0 to 1).
    pub fn covered_by(&self, other: &Terms) -> f64 {
        if self.total == 0.0 {
            return 0.0;
        }
        shared_weight(self, other) / self.total
    }
}

/// How often each stem occurs in the sentences of a corpus, and the ids of the terms of its
/// sentences (each word as written stemmed once).
#[derive(Clone, Debug, Default)]
pub struct Rarity {
    /// The ids of stems, figures, years and names (one id space: a name is the stem of the
    /// same word in another sentence).
    vocabulary: Vocabulary,
    /// The ids of words, to compare sentences word for word.
    words: Vocabulary,
    /// Each word as written, read once.
    written: StrTable<Written>,
    /// Names as written → the ids of their keys.
    names: StrTable<Term>,
    /// How many sentences have each stem, by id.
    sentences_with: Vec<u32>,
    sentences: usize,
    /// The stems of the subject's name and acronym: every sentence is about it, so sharing them
    /// says little ("That committee became the ICRC" is not "The ICRC is based in Geneva").
    subject: Vec<Term>,
    /// Sentences scanned while their stems were counted, until they are read.
    kept: Kept,
}

/// A sentence as [`Rarity::of_kept`] keeps it: its document and its place there.
pub type SentenceKey = (DocId, usize);

/// Scans kept until read, their ids one after another in one buffer (a document of a
/// hundred thousand sentences keeps no hundred thousand small lists).
#[derive(Clone, Debug, Default)]
struct Kept {
    ids: Vec<u32>,
    /// A sentence → where its scan begins in `ids`, and how many stems, words and spelled
    /// figures it has; none once read, or when two sentences came under one key.
    at: FxHashMap<SentenceKey, Option<(usize, [u32; 3])>>,
}

impl Kept {
    fn keep(&mut self, key: SentenceKey, scan: Scan) {
        let lens = [&scan.stems, &scan.words, &scan.spelled].map(|ids| ids.len() as u32);
        match self.at.entry(key) {
            Entry::Occupied(mut twice) => {
                twice.insert(None);
                return;
            }
            Entry::Vacant(new) => new.insert(Some((self.ids.len(), lens))),
        };
        self.ids.extend(scan.stems);
        self.ids.extend(scan.words);
        self.ids.extend(scan.spelled);
    }

    fn take(&mut self, key: SentenceKey) -> Option<Scan> {
        let (start, [stems, words, spelled]) = self.at.get_mut(&key)?.take()?;
        let mut ids = self.ids[start..].iter().copied();
        let mut next = |n: u32| ids.by_ref().take(n as usize).collect::<Vec<u32>>();
        Some(Scan {
            stems: next(stems),
            words: next(words),
            spelled: next(spelled),
        })
    }
}

/// What the subject's name words weigh, against their rarity.
const SUBJECT_WEIGHT: f64 = 0.3;

fn words(text: &str) -> impl Iterator<Item = &str> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A word as written, read once: the stem it stands for, its key for comparing sentences word
/// for word (in lower case, longer than two letters) and the figure it spells ("nine").
#[derive(Clone, Copy, Debug)]
struct Written {
    stem: Option<Term>,
    word: Option<u32>,
    spelled: Option<Term>,
}

/// A text's words, read in one pass: its distinct stems and word keys (sorted) and the figures
/// it spells.
struct Scan {
    stems: Vec<Term>,
    words: Vec<u32>,
    spelled: Vec<Term>,
}

/// The stem a word as written stands for, when it carries a claim.
fn stem_rule(written: &str) -> Option<String> {
    let lowered = lower(written);
    let w: &str = &lowered;
    let content = w.len() > 2
        && !w.chars().all(|c| c.is_ascii_digit())
        && !STOP.contains(&w)
        && !QUALIFIERS.contains(&w);
    content.then(|| stem(w))
}

/// A word in lower case, copied only when it has capitals or other than ASCII (a figure, most
/// words of a sentence, are already).
fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The numbers of a text, whole ("$1.3 billion" gives "1.3", "8,400 staff" "8,400"), in the
/// order the text says them.
pub fn numbers_in_order(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|w| w.trim_matches(['.', ',']))
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        .collect()
}

/// The acronym a name's capitals make ("International Organization for Migration": "IOM").
pub fn acronym_of(name: &str) -> String {
    name.chars().filter(char::is_ascii_uppercase).collect()
}

/// Whether a number reads as a year (1500 to 2100).
pub fn is_year(n: &str) -> bool {
    n.len() == 4 && n.parse::<u32>().is_ok_and(|y| (1500..=2100).contains(&y))
}

/// Numbers written as words, which a translation may write as figures ("four areas", "4
/// areas").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// The figure a number written as a word stands for ("nine" → "9"), in lower case.
pub fn spelled_number(word: &str) -> Option<String> {
    let n = NUMBER_WORDS.iter().position(|n| *n == word)?;
    Some((n + 1).to_string())
}

/// A name as the comparison sees it: its stem, or for an acronym its letters in order, since a
/// translation orders them by its own words ("ICM", "CIM").
fn name_key(word: &str) -> String {
    let acronym = (2..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase());
    if acronym {
        let mut letters: Vec<char> = word.to_ascii_lowercase().chars().collect();
        crate::order::sort(&mut letters);
        return letters.into_iter().collect();
    }
    stem(&word.to_lowercase())
}

/// Capitalised words after a sentence's first word, as stems: a name translated with another
/// ending ("Commission", "Committee") or written in lower case is the same name. A language after
/// "in" ("its acronym in English") says how the text is written, not a fact about the subject.
fn names_of(text: &str) -> Vec<&str> {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, w)| w.starts_with(char::is_uppercase))
        .filter(|(i, w)| !(words[i - 1] == "in" && crate::clean::LANGUAGES.contains(w)))
        // "Its Charter", "its Constitution": the subject's own document or organ, which a
        // translation may call otherwise; a single capitalised word after "its" names nothing
        // new ("its Executive Board" keeps "Board").
        .filter(|(i, _)| {
            let after_its = words[i - 1].eq_ignore_ascii_case("its");
            let single = words
                .get(i + 1)
                .is_none_or(|next| !next.starts_with(char::is_uppercase));
            !(after_its && single)
        })
        .map(|(_, w)| *w)
        .collect()
}

impl Rarity {
    /// Counts the stems of every sentence.
    pub fn of<'a>(sentences: impl IntoIterator<Item = &'a str>) -> Self {
        let mut rarity = Rarity::default();
        for s in sentences {
            let scan = rarity.scan(s);
            rarity.count(&scan.stems);
        }
        rarity
    }

    /// [`Rarity::of`], keeping each sentence's scan under its key (its document and place) for
    /// [`Rarity::read_kept`]: a sentence read again is not scanned again.
    pub fn of_kept<'a>(sentences: impl IntoIterator<Item = (SentenceKey, &'a str)>) -> Self {
        let mut rarity = Rarity::default();
        for (key, s) in sentences {
            let scan = rarity.scan(s);
            rarity.count(&scan.stems);
            rarity.kept.keep(key, scan);
        }
        rarity
    }

    /// Counts one more sentence with these (distinct) stems.
    fn count(&mut self, stems: &[Term]) {
        self.sentences += 1;
        for &stem in stems {
            let stem = stem as usize;
            if self.sentences_with.len() <= stem {
                self.sentences_with.resize(stem + 1, 0);
            }
            self.sentences_with[stem] += 1;
        }
    }

    /// The same rarities, with the words of the subject's name (and its acronym) weighing
    /// little.
    pub fn with_subject(mut self, subject: &str) -> Self {
        self.subject = self.stems_of(subject);
        let acronym = self.stems_of(&acronym_of(subject));
        self.subject.extend(acronym);
        self
    }

    /// A word as written, read now or remembered. Numbers are not remembered: a table has
    /// thousands, most read once.
    fn written(&mut self, w: &str) -> Written {
        if let Some(known) = self.written.get(w) {
            return known;
        }
        let spelled = (w.len() <= 6).then(|| spelled_number(&lower(w))).flatten();
        let read = Written {
            stem: stem_rule(w).map(|stem| self.vocabulary.key_id(&stem)),
            word: (w.len() > 2).then(|| {
                let ascii_lower = match w.bytes().any(|b| b.is_ascii_uppercase()) {
                    true => Cow::Owned(w.to_ascii_lowercase()),
                    false => Cow::Borrowed(w),
                };
                self.words.key_id(&ascii_lower)
            }),
            spelled: spelled.map(|figure| self.vocabulary.key_id(&figure)),
        };
        if !w.starts_with(|c: char| c.is_ascii_digit()) {
            self.written.insert(w, read);
        }
        read
    }

    /// The words of a text, in one pass.
    fn scan(&mut self, text: &str) -> Scan {
        let mut scan = Scan {
            stems: Vec::new(),
            words: Vec::new(),
            spelled: Vec::new(),
        };
        for w in words(text) {
            let read = self.written(w);
            scan.stems.extend(read.stem);
            scan.words.extend(read.word);
            scan.spelled.extend(read.spelled);
        }
        for ids in [&mut scan.stems, &mut scan.words] {
            ids.sort_unstable();
            ids.dedup();
        }
        scan
    }

    /// The distinct figures and years of a text, as sorted ids; numbers written as words (read
    /// in `spelled`) as figures.
    fn numbers_of(&mut self, text: &str, spelled: &[Term]) -> (Vec<Term>, Vec<Term>) {
        let (mut figures, mut years) = (Vec::new(), Vec::new());
        for number in numbers_in_order(text) {
            let id = self.vocabulary.key_id(number);
            match is_year(number) {
                true => years.push(id),
                false => figures.push(id),
            }
        }
        figures.extend(spelled);
        for ids in [&mut figures, &mut years] {
            ids.sort_unstable();
            ids.dedup();
        }
        (figures, years)
    }

    /// The id of a name's key ([`name_key`]), each name as written keyed once.
    fn name_id(&mut self, written: &str) -> Term {
        if let Some(id) = self.names.get(written) {
            return id;
        }
        let id = self.vocabulary.key_id(&name_key(written));
        self.names.insert(written, id);
        id
    }

    /// The distinct stems of a text, as sorted ids.
    fn stems_of(&mut self, text: &str) -> Vec<Term> {
        self.scan(text).stems
    }

    /// The distinct words of a text (longer than two letters, any case), as sorted ids: two
    /// sentences in nearly the same words share most of them.
    pub fn words_of(&mut self, text: &str) -> Vec<u32> {
        self.scan(text).words
    }

    /// The terms of a sentence, weighted by rarity.
    pub fn terms(&mut self, text: &str) -> Terms {
        self.read(text).1
    }

    /// The figures, years and names of a text (its strong terms but numbers written as words),
    /// without the rest of its reading: enough to tell that it states something new.
    pub fn figures_and_names(&mut self, text: &str) -> Vec<Term> {
        let (mut out, years) = self.numbers_of(text, &[]);
        out.extend(years);
        out.extend(names_of(text).into_iter().map(|w| self.name_id(w)));
        out
    }

    /// [`Rarity::read`] for a sentence kept by [`Rarity::of_kept`] under `key` (scanned then),
    /// or read now.
    pub fn read_kept(&mut self, key: SentenceKey, text: &str) -> (Vec<u32>, Terms) {
        match self.kept.take(key) {
            Some(scan) => self.read_scan(text, scan),
            None => self.read(text),
        }
    }

    /// The words ([`Rarity::words_of`]) and the terms of a sentence, read in one pass.
    pub fn read(&mut self, text: &str) -> (Vec<u32>, Terms) {
        let scan = self.scan(text);
        self.read_scan(text, scan)
    }

    /// The words and terms of a sentence of this scan.
    fn read_scan(&mut self, text: &str, scan: Scan) -> (Vec<u32>, Terms) {
        let n = self.sentences.max(1) as f64;
        let stems: Vec<(Term, f64)> = scan
            .stems
            .into_iter()
            .map(|s| {
                let df = self.sentences_with.get(s as usize).copied().unwrap_or(0);
                let mut weight = (1.0 + n / f64::from(df.max(1))).ln();
                if self.subject.contains(&s) {
                    weight *= SUBJECT_WEIGHT;
                }
                (s, weight)
            })
            .collect();
        let total = stems.iter().map(|(_, w)| w).sum();
        let (figures, years) = self.numbers_of(text, &scan.spelled);
        let mut strong = figures.clone();
        strong.extend(&years);
        let mut names: Vec<Term> = names_of(text)
            .into_iter()
            .map(|w| self.name_id(w))
            .collect();
        names.sort_unstable();
        names.dedup();
        strong.extend(names);
        let terms = Terms {
            stems,
            figures,
            years,
            strong,
            total,
        };
        (scan.words, terms)
    }
}

/// The weight two sentences share.
fn shared_weight(a: &Terms, b: &Terms) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < a.stems.len() && j < b.stems.len() {
        match a.stems[i].0.cmp(&b.stems[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += a.stems[i].1.min(b.stems[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// Whether the years of two sentences meet (or one names none).
fn years_meet(a: &Terms, b: &Terms) -> bool {
    a.years.is_empty() || b.years.is_empty() || a.years.iter().any(|y| b.years.contains(y))
}

/// Whether every figure of `a` is one of `b`'s.
fn figures_within(a: &Terms, b: &Terms) -> bool {
    a.figures.iter().all(|f| b.figures.contains(f))
}

/// How much of a sentence another must say for it to say the same claim.
const WITHIN: f64 = 0.5;

/// How much of a said sentence a new one must say to stand in its place: more than a
/// restatement must, since the said sentence's own words are then no longer read.
const COMPLETES: f64 = 0.6;

/// Below this share of its weight said already, a sentence adds something of its own.
const ADDS: f64 = 0.9;

/// How a new sentence stands to one the article already says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// It says the same claim, or a part of it: the said sentence stands for it.
    Restates,
    /// It says all the said sentence says and more: it should stand for both.
    Completes,
    /// Both say one claim, but their figures differ ($1.3 billion against $1.8 billion).
    Contests,
    /// Another claim.
    Other,
}

/// How `new` stands to `said`: most of its weight said there, with figures the said sentence
/// states and years that meet; or the other way round, with every figure, year and name of the
/// said sentence; or the same words around other figures.
pub fn relation(new: &Terms, said: &Terms) -> Relation {
    if !years_meet(new, said) {
        return Relation::Other;
    }
    let (new_in_said, said_in_new) = (new.covered_by(said), said.covered_by(new));
    let keeps_said = || {
        said.strong()
            .all(|t| new.strong.contains(&t) || new.has_stem(t))
    };
    // Checked first: a sentence that says all of the said one and a tenth more is not a mere
    // restatement, however light its additions.
    if said_in_new >= COMPLETES && new.total > said.total && new_in_said < ADDS && keeps_said() {
        Relation::Completes
    } else if new_in_said >= WITHIN && figures_within(new, said) {
        Relation::Restates
    } else if new_in_said.min(said_in_new) >= CONTESTED
        && !new.figures.is_empty()
        && !said.figures.is_empty()
        && new.figures != said.figures
    {
        Relation::Contests
    } else {
        Relation::Other
    }
}

/// How much two sentences that differ only in their figures share both ways.
const CONTESTED: f64 = 0.75;

/// Whether two sentences make the same claim (either says most of the other with its figures).
pub fn same_claim(a: &Terms, b: &Terms) -> bool {
    matches!(relation(a, b), Relation::Restates | Relation::Completes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_sentence_reads_as_it_would_be_read_now() {
        let texts = [
            "The agency has 157 member states and nine observer states.",
            "The agency opened an office in Cairo in 1952.",
            "Offices opened in Cairo.",
        ];
        let key = |i: usize| (DocId(0), i);
        // The last two sentences come under one key: neither is kept.
        let keys = [key(0), key(1), key(1)];
        let mut kept = Rarity::of_kept(keys.into_iter().zip(texts));
        let mut plain = Rarity::of(texts);
        for (k, text) in keys.into_iter().zip(texts).rev() {
            let (words, terms) = kept.read_kept(k, text);
            let (expected_words, expected) = plain.read(text);
            assert_eq!(words, expected_words, "{text}");
            assert_eq!(format!("{terms:?}"), format!("{expected:?}"), "{text}");
            // Read twice: the second reading scans again, to the same result.
            assert_eq!(kept.read_kept(k, text).0, expected_words, "{text}");
        }
    }

    fn rarity() -> Rarity {
        Rarity::of([
            "The agency's stated mission is to promote humane and orderly migration.",
            "The agency is dedicated to promoting humane and orderly migration for the benefit of all.",
            "The agency has 157 member states and 10 observer states.",
            "The agency has 173 member states and nine observer states.",
            "The agency works in many countries on migration.",
            "The agency organized elections for refugees.",
            "The agency opened an office in Cairo.",
            "The agency helps migration in Asia.",
        ])
    }

    #[test]
    fn the_same_claim_in_other_words() {
        let mut r = rarity();
        let a = r.terms("The agency's stated mission is to promote humane and orderly migration.");
        let b = r.terms("The agency is dedicated to promoting humane and orderly migration for the benefit of all.");
        assert!(same_claim(&a, &b));
    }

    #[test]
    fn other_figures_and_other_claims_differ() {
        let mut r = rarity();
        let a = r.terms("The agency has 157 member states and 10 observer states.");
        let b = r.terms("The agency has 173 member states and nine observer states.");
        assert!(!same_claim(&a, &b));
        let c = r.terms("The agency has 156 member states and 10 observer states.");
        assert!(!same_claim(&a, &c), "one figure shared, another not");
        let c = r.terms("The agency organized elections for refugees.");
        let d = r.terms("The agency opened an office in Cairo.");
        assert!(!same_claim(&c, &d));
    }

    #[test]
    fn a_sentence_with_more_completes_one_with_less() {
        let mut r = rarity();
        let short = r.terms("The agency opened an office in Cairo.");
        let long = r.terms("The agency opened an office in Cairo, its first in the region.");
        assert_eq!(relation(&long, &short), Relation::Completes);
        assert_eq!(relation(&short, &long), Relation::Restates);
        // A name the said sentence gives and the new one does not: no completion.
        let other = r.terms("The agency opened an office in Amman, its first in the region.");
        assert_eq!(relation(&other, &short), Relation::Other);
    }

    #[test]
    fn the_same_words_with_other_figures_contest() {
        let mut r = rarity();
        let a = r.terms("The agency has a budget of $1.8 billion and 11,500 staff.");
        let b = r.terms("The agency has a budget of $1.3 billion and 8,400 staff.");
        assert_eq!(relation(&b, &a), Relation::Contests);
        // Other years are another moment, not a contest.
        let c = r.terms("In 2014 the agency had 156 member states.");
        let d = r.terms("In 2015 the agency had 157 member states.");
        assert_eq!(relation(&d, &c), Relation::Other);
    }

    #[test]
    fn translated_acronyms_and_number_words_meet() {
        let mut r = rarity();
        let a = r.terms("It became the Committee for Migration (ICM) with four areas.");
        let b = r.terms("It became the Commission for Migration (CIM) with 4 areas.");
        assert_eq!(relation(&b, &a), Relation::Restates);
        assert!(b.strong().all(|t| a.strong().any(|u| u == t)));
    }

    #[test]
    fn forms_of_a_word_meet() {
        assert_eq!(stem("promoting"), stem("promote"));
        assert_eq!(stem("migrants"), stem("migrant"));
        assert_eq!(stem("recognition"), stem("recognizes"));
        assert_eq!(stem("humane"), stem("humanitarian"));
        assert_eq!(stem("policy"), stem("policies"));
        assert_eq!(stem("état"), "état");
    }
}
