//! The article measured against claims written by hand: the sentences of the seeds that make
//! the same claim in other words or another translation (`tests/fixtures/seeds-gold/
//! claims.tsv`). The article should say each claim once, and lose none of the distinctive facts
//! only one source gives.
//!
//! `cargo test -p corpus --test claims_gold -- --nocapture` prints every restated claim.

mod common;

use corpus::{analyze, build_article, Analysis, ArticleBlock, Corpus, ParagraphKind};
use std::collections::BTreeSet;

fn clusters() -> Vec<Vec<String>> {
    common::gold_lines("claims.tsv")
        .iter()
        .map(|l| l.split('|').map(str::to_string).collect())
        .collect()
}

fn article_sentences() -> Vec<String> {
    sentences_of(&analyze(&common::load_seeds()))
}

fn sentences_of(analysis: &Analysis) -> Vec<String> {
    let article = build_article(analysis);
    article
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            ArticleBlock::Paragraph(p) => Some(p),
            ArticleBlock::Subheading(_) => None,
        })
        .flat_map(|p| p.sentences.iter().map(|s| s.text.to_string()))
        .collect()
}

/// What the article shows a reader: its sentences and the figures other sources give instead.
fn shown_of(analysis: &Analysis) -> Vec<String> {
    let article = build_article(analysis);
    let sentences = article
        .sections
        .iter()
        .flat_map(|s| s.paragraphs())
        .flat_map(|p| &p.sentences);
    sentences
        .flat_map(|s| {
            let contests = s
                .contested
                .iter()
                .flat_map(|c| &c.figures)
                .map(|(_, theirs)| theirs.clone());
            std::iter::once(s.text.to_string()).chain(contests)
        })
        .collect()
}

#[test]
fn restated_claims() {
    let sentences = article_sentences();
    let mut restated = 0;
    for cluster in clusters() {
        let saying: Vec<&String> = sentences
            .iter()
            .filter(|s| {
                let lower = s.to_lowercase();
                cluster.iter().any(|k| lower.contains(k.as_str()))
            })
            .collect();
        if saying.len() > 1 {
            restated += saying.len() - 1;
            println!("said {} times:", saying.len());
            for s in saying {
                println!("    {}", s.chars().take(150).collect::<String>());
            }
        }
    }
    println!(
        "seeds: {} article sentences, {restated} restate a claim",
        sentences.len()
    );
    // The goal: at most 3 (from about 25). Left: the offices over 100 against 440 offices, and
    // the 2016 trio (each adds a detail the others do not give).
    assert!(restated <= 3, "{restated} restated claims");
}

#[test]
fn no_distinctive_fact_is_lost() {
    let text = article_sentences().join("\n");
    for fact in [
        "Venice",
        "Nauru",
        "Marrakech",
        "IOM X",
        "#MigrationMeans",
        "Amnesty International",
        "2,360 migrants",
    ] {
        assert!(text.contains(fact), "the article lost {fact}");
    }
}

/// The strong tokens of a text: figures ("2,360", "1951") and capitalised words after a
/// sentence's first word ("Venice", "Nauru"): the facts a restatement may not take away. A
/// language after "in" ("its acronym in English") says how the text is written, not a fact.
fn strong_tokens(sentence: &str) -> BTreeSet<String> {
    const LANGUAGES: &[&str] = &[
        "English", "French", "Spanish", "Arabic", "Chinese", "Russian",
    ];
    let words: Vec<&str> = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    (1..words.len())
        .filter(|&i| {
            words[i]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .filter(|&i| !(words[i - 1] == "in" && LANGUAGES.contains(&words[i])))
        // "Its Charter" (a translation's word for "the IOM Constitution"): the subject's own
        // document or organ, by one capitalised word after "its", names nothing new.
        .filter(|&i| {
            let single = words
                .get(i + 1)
                .is_none_or(|n| !n.starts_with(char::is_uppercase));
            !(words[i - 1].eq_ignore_ascii_case("its") && single)
        })
        .map(|i| words[i].to_string())
        .collect()
}

/// A name as the article may say it again: in lower case, with another ending (a translation's
/// "Commission" for "Committee"): its first five letters; an acronym with its letters in
/// another order ("CIM" for "ICM"); a number in words ("nine" for "9").
fn name_key(word: &str) -> String {
    let acronym = (2..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase());
    if acronym {
        let mut letters: Vec<char> = word.to_ascii_lowercase().chars().collect();
        letters.sort_unstable();
        return letters.into_iter().collect();
    }
    let lower = word.to_lowercase();
    let spelled = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    match spelled.iter().position(|n| *n == lower) {
        Some(n) => (n + 1).to_string(),
        None => lower.chars().take(5).collect(),
    }
}

/// The strong tokens of the documents' prose that the article no longer says anywhere.
fn lost_tokens(analysis: &Analysis) -> Vec<String> {
    let said: BTreeSet<String> = shown_of(analysis)
        .iter()
        .flat_map(|s| {
            s.split_whitespace()
                .map(|w| name_key(w.trim_matches(|c: char| !c.is_alphanumeric())))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut lost: BTreeSet<String> = BTreeSet::new();
    for doc in &analysis.documents {
        // Captions are held to their own rule (`no_caption_in_prose`).
        let prose = doc
            .doc
            .sentences()
            .filter(|(_, p, _)| p.kind != ParagraphKind::Caption);
        for (_, _, sentence) in prose {
            let missing: Vec<String> = strong_tokens(&sentence.text)
                .into_iter()
                .filter(|t| !said.contains(&name_key(t)))
                .collect();
            if !missing.is_empty() {
                println!("    {missing:?} lost from: {}", sentence.text);
            }
            lost.extend(missing);
        }
    }
    lost.into_iter().collect()
}

/// Folding a restatement into another sentence may drop its words, never a figure or a name no
/// other sentence of the article says: on the seeds and on every fixture corpus.
#[test]
fn no_figure_or_name_is_lost() {
    let mut corpora = vec![("seeds".to_string(), common::load_seeds())];
    for (name, docs) in common::fixture_corpora() {
        corpora.push((name, Corpus::from_texts(docs)));
    }
    let mut total = 0;
    for (name, corpus) in corpora {
        let lost = lost_tokens(&analyze(&corpus));
        println!("{name}: {} lost {:?}", lost.len(), lost);
        total += lost.len();
    }
    assert_eq!(total, 0, "figures or names lost");
}

/// A picture's caption ("... at the port in 2011 (Reuters)", "IOM Logo") is never read as prose:
/// it is a caption, set apart, or left out when it names nothing but the subject.
#[test]
fn no_caption_in_prose() {
    let mut corpora = vec![("seeds".to_string(), common::load_seeds())];
    for (name, docs) in common::fixture_corpora() {
        corpora.push((name, Corpus::from_texts(docs)));
    }
    for (name, corpus) in corpora {
        let article = build_article(&analyze(&corpus));
        for p in article.sections.iter().flat_map(|s| s.paragraphs()) {
            let text = p.text();
            let credit_at_end = text.ends_with(')') && !text.contains(". ");
            let picture = text.split_whitespace().count() < 8
                && text
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("logo"));
            if p.kind == ParagraphKind::Prose {
                assert!(
                    !credit_at_end && !picture,
                    "{name}: caption in prose: {text}"
                );
            }
            if p.kind == ParagraphKind::Caption {
                assert!(!picture, "{name}: a logo's caption kept: {text}");
            }
        }
    }
}

/// The same measure on the fixture corpora, against clusters labelled by hand
/// (`tests/fixtures/corpora-gold/claims.tsv`).
#[test]
fn restated_claims_in_the_fixture_corpora() {
    let gold = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/corpora-gold/claims.tsv"),
    )
    .expect("the fixtures' gold file");
    let mut total = 0;
    for (name, docs) in common::fixture_corpora() {
        let clusters: Vec<Vec<&str>> = gold
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .filter(|(corpus, _)| *corpus == name)
            .map(|(_, keys)| keys.split('|').collect())
            .collect();
        if clusters.is_empty() {
            continue;
        }
        let sentences = sentences_of(&analyze(&Corpus::from_texts(docs)));
        let mut restated = 0;
        for cluster in &clusters {
            let saying: Vec<&String> = sentences
                .iter()
                .filter(|s| cluster.iter().any(|k| s.to_lowercase().contains(k)))
                .collect();
            if saying.len() > 1 {
                restated += saying.len() - 1;
                for s in saying {
                    println!("  {name}: {}", s.chars().take(120).collect::<String>());
                }
            }
        }
        println!("{name}: {} clusters, {restated} restated", clusters.len());
        // The seeds' rule on each corpus: at most 3 restated claims.
        assert!(restated <= 3, "{name}: {restated} restated claims");
        total += restated;
    }
    // Where the fixtures stand: the bound only ever goes down.
    assert!(total <= FIXTURES_RESTATED, "{total} restated claims");
}

const FIXTURES_RESTATED: usize = 10;
