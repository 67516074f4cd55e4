//! The article built from the real seeds: sections from the documents, each repeated sentence said
//! once with every source, nothing lost.

mod common;

use std::collections::BTreeSet;

use common::load_seeds;
use corpus::{analyze, build_article, Article, ArticleBlock};

fn article() -> Article {
    build_article(&analyze(&load_seeds()))
}

#[test]
fn sections_come_from_the_documents_headings_and_contents() {
    let a = article();
    assert_eq!(a.title, "International Organization for Migration");
    let titles: Vec<_> = a.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Overview",
            "History",
            "Activities",
            "Campaigns",
            "Tasks and mission",
            "Criticism",
            "Member states"
        ]
    );
    let slugs: BTreeSet<_> = a.sections.iter().map(|s| s.slug.as_str()).collect();
    assert_eq!(slugs.len(), a.sections.len());
    // The reversed document's subsections sit under the section its contents name.
    let activities = a.section("activities").unwrap();
    let subheadings: Vec<_> = activities
        .blocks
        .iter()
        .filter_map(|b| match b {
            ArticleBlock::Subheading(h) => Some(h.as_str()),
            ArticleBlock::Paragraph(_) => None,
        })
        .collect();
    assert!(
        subheadings.contains(&"Humanitarian emergencies"),
        "{subheadings:?}"
    );
    assert!(subheadings.contains(&"Labour migration"), "{subheadings:?}");
}

#[test]
fn the_overview_opens_with_a_definition() {
    let a = article();
    let first = a.sections[0].paragraphs().next().unwrap();
    assert!(first.text().starts_with(
        "The International Organization for Migration (IOM) is an intergovernmental organization"
    ));
}

#[test]
fn repeated_sentences_are_said_once_citing_every_source() {
    let a = article();
    let sentences: Vec<_> = a
        .sections
        .iter()
        .flat_map(|s| s.paragraphs())
        .flat_map(|p| &p.sentences)
        .collect();
    let texts: BTreeSet<_> = sentences.iter().map(|s| &*s.text).collect();
    assert_eq!(texts.len(), sentences.len(), "no sentence twice");
    let june = sentences
        .iter()
        .find(|s| s.text.starts_with("As of June 2014"))
        .unwrap();
    let mut docs: Vec<_> = june.sources.iter().map(|s| s.doc.number()).collect();
    docs.sort_unstable();
    docs.dedup();
    assert_eq!(docs, [2, 3]);
    let venice = sentences
        .iter()
        .find(|s| s.text.contains("concluded on 19 October 1953 in Venice"))
        .unwrap();
    assert_eq!(venice.sources.len(), 3);
}

#[test]
fn nothing_is_lost() {
    let analysis = analyze(&load_seeds());
    let a = build_article(&analysis);
    let total: usize = analysis
        .documents
        .iter()
        .map(|d| d.doc.sentences().count())
        .sum();
    let (said, sources) = a.sentence_counts();
    assert!(said < total, "repeats are merged: {said} of {total}");
    // Every source sentence is cited, except a document repeating itself word for word.
    assert!(sources * 100 >= total * 98, "{sources} of {total}");
}

#[test]
fn the_fact_box_shows_key_facts_and_says_where_sources_disagree() {
    let rows = corpus::factbox::fact_box(&analyze(&load_seeds()));
    let row = |key: &str| {
        rows.iter()
            .find(|r| r.key == key)
            .unwrap_or_else(|| panic!("a {key} row"))
    };
    assert_eq!(row("founded").value, "1951");
    assert!(row("headquarters").value.starts_with("Geneva"));
    assert_eq!(
        row("official_language").value,
        "English, French and Spanish"
    );
    let members = row("member_states");
    assert_eq!(members.value, "127 to 175, by date and source");
    assert_eq!(members.claims.len(), 5);
    assert!(row("director_general").contested());
    assert!(row("director_general").value.starts_with("Amy Pope (2023)"));
    for key in ["observer_states", "budget", "staff", "offices"] {
        assert!(!row(key).value.is_empty());
    }
}

#[test]
fn search_finds_every_match_in_reading_order() {
    let a = article();
    let venice = corpus::search::search(&a, "venice");
    assert!(!venice.is_empty());
    let history = a.sections.iter().position(|s| s.slug == "history").unwrap();
    assert!(venice.iter().all(|h| h.section == history));
    let geneva = corpus::search::search(&a, "Geneva");
    assert!(geneva.len() >= 3, "{}", geneva.len());
    assert!(geneva
        .windows(2)
        .all(|w| (w[0].section, w[0].block, w[0].range.start)
            < (w[1].section, w[1].block, w[1].range.start)));
    let sections: BTreeSet<_> = geneva.iter().map(|h| h.section).collect();
    assert!(sections.len() >= 2, "matches in several sections");
}

#[test]
fn figures_over_time_are_the_predicates_with_three_dated_values() {
    let all = corpus::factbox::series(&analyze(&load_seeds()));
    let keys: Vec<_> = all.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, ["member_states", "observer_states"]);
    let members: Vec<_> = all[0]
        .points
        .iter()
        .map(|p| (p.date.iso(), p.value as u32))
        .collect();
    assert_eq!(
        members,
        [
            ("2014-06".to_string(), 156),
            ("2015-04".to_string(), 157),
            ("2021".to_string(), 173)
        ]
    );
}
