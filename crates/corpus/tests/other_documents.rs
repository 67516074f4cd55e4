//! The pipeline on hand-written documents about another organization, in two other web styles
//! (an encyclopedia page with navigation chrome and categories; a press release): nothing in
//! the code knows them, so this shows the rules are about kinds of text, not about the seeds.

mod common;

use common::fact_values;
use corpus::reconcile::ConflictKind;
use corpus::{analyze, Analysis, Corpus};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("fixture exists")
}

fn analysis() -> Analysis {
    analyze(&Corpus::from_texts([
        (
            "press_release_union.txt",
            fixture("press_release_union.txt"),
        ),
        ("wiki_style_union.txt", fixture("wiki_style_union.txt")),
    ]))
}

#[test]
fn chrome_of_other_sites_is_removed() {
    let a = analysis();
    let text: String = a
        .documents
        .iter()
        .flat_map(|d| d.doc.sentences().map(|(_, _, s)| s.text.clone()))
        .collect::<Vec<_>>()
        .join("\n");
    for noise in [
        "Jump to",
        "From Wikipedia",
        "Retrieved",
        "Categories",
        "Privacy",
        "Terms of Use",
        "PRESS RELEASE",
        "immediate release",
        "Share this",
        "All rights reserved",
        "Cookie",
        "History 1",
        "^",
    ] {
        assert!(!text.contains(noise), "{noise} in {text}");
    }
    let wiki = &a.documents[1].doc;
    assert_eq!(wiki.title, "Nordic Rail Union");
    let headings: Vec<_> = wiki.sections.iter().map(|s| s.heading.as_deref()).collect();
    assert_eq!(headings, [None, Some("History"), Some("Structure")]);
}

#[test]
fn facts_of_another_organization() {
    let a = analysis();
    assert_eq!(a.subject, "Nordic Rail Union");
    assert_eq!(fact_values(&a, "founded"), [("1962".to_string(), None)]);
    assert_eq!(fact_values(&a, "headquarters").len(), 1);
    assert!(fact_values(&a, "headquarters")[0]
        .0
        .starts_with("Stockholm"));
    assert_eq!(
        fact_values(&a, "secretary_general"),
        [("Ingrid M. Holm".to_string(), Some("2016".to_string()))]
    );
    assert_eq!(
        fact_values(&a, "budget"),
        [("EUR 48 million".to_string(), None)]
    );
    assert_eq!(fact_values(&a, "one_of_main_fields").len(), 3);
    let names: Vec<_> = fact_values(&a, "name")
        .into_iter()
        .map(|(v, y)| (v, y.unwrap_or_default()))
        .collect();
    assert_eq!(
        names,
        [
            (
                "Scandinavian Railway Council (SRC)".to_string(),
                "1962".to_string()
            ),
            (
                "Northern Railway Council (NRC)".to_string(),
                "1975".to_string()
            ),
            ("Nordic Rail Union (NRU)".to_string(), "1994".to_string()),
        ]
    );
}

#[test]
fn membership_over_time_is_a_succession() {
    let a = analysis();
    let c = a
        .conflicts
        .iter()
        .find(|c| c.predicate.key == "member_states")
        .expect("membership changed");
    assert_eq!(c.kind, ConflictKind::Succession);
    let claims: Vec<_> = c
        .claims
        .iter()
        .map(|c| (c.value.as_number().unwrap(), c.as_of.map(|d| d.iso())))
        .collect();
    assert_eq!(
        claims,
        [(12.0, Some("2019-03".into())), (14.0, Some("2022".into()))]
    );
}

#[test]
fn events_at_every_precision() {
    let a = analysis();
    let events: Vec<_> = a
        .events
        .iter()
        .map(|e| (e.date.iso(), e.end.map(|d| d.iso())))
        .collect();
    assert!(events.contains(&("1962-05-04".into(), None)), "{events:?}");
    assert!(
        events.contains(&("2001".into(), Some("2004".into()))),
        "{events:?}"
    );
    assert!(events.contains(&("2019-03".into(), None)), "{events:?}");
}

#[test]
fn an_empty_or_noise_only_corpus_gives_an_empty_analysis() {
    let a = analyze(&Corpus::from_texts([
        ("a.txt", ""),
        (
            "b.txt",
            "Share this page\nPrint this page\nCookie settings\n",
        ),
    ]));
    assert!(a.facts.is_empty() && a.events.is_empty() && a.conflicts.is_empty());
    assert!(a.documents.iter().all(|d| d.doc.sections.is_empty()));
}

/// A teacher's own notes: prose about a subject, but not one year in it. The article still has
/// its text; the timeline and the quiz have nothing, which the app then says.
#[test]
fn undated_prose_gives_an_article_but_no_events_or_questions() {
    let notes = "Photosynthesis\n\nPlants turn light into chemical energy. The process takes \
                 place in the chloroplasts of leaf cells. Water and carbon dioxide go in; sugar \
                 and oxygen come out.\n\nThe green pigment chlorophyll absorbs mostly red and \
                 blue light. That is why leaves look green to us.\n";
    let a = analyze(&Corpus::from_texts([("notes.md", notes)]));
    let article = corpus::build_article(&a);
    let text: String = article
        .sections
        .iter()
        .flat_map(|s| s.paragraphs())
        .flat_map(|p| &p.sentences)
        .map(|s| &*s.text)
        .collect();
    assert!(text.contains("chloroplasts"), "{text}");
    assert!(text.contains("chlorophyll absorbs"), "{text}");
    assert!(a.events.is_empty(), "{:?}", a.events);
    assert!(corpus::quiz::generate(&a, 7).is_empty());
}

/// Text without a single sentence (a list of words) is no error either: nothing to show.
#[test]
fn text_without_sentences_gives_an_empty_but_valid_result() {
    let a = analyze(&Corpus::from_texts([("words.txt", "apple\npear\nplum\n")]));
    assert!(a.events.is_empty());
    assert!(a.facts.is_empty());
    assert!(corpus::quiz::generate(&a, 7).is_empty());
}

/// Two short documents about a rowing club (a plain text file and a Markdown file), as a reader
/// might bring them: not an international organization at all.
fn rowing_club() -> Analysis {
    analyze(&Corpus::from_texts([
        ("lakeside-history.txt", fixture("lakeside-history.txt")),
        ("lakeside-races.md", fixture("lakeside-races.md")),
    ]))
}

#[test]
fn a_rowing_club_gets_its_subject_events_and_questions() {
    let a = rowing_club();
    assert_eq!(a.subject, "Lakeside Rowing Club");
    let years: Vec<i32> = a.events.iter().map(|e| e.date.year()).collect();
    for year in [1897, 1899, 1923, 1951, 1975, 1987, 1990] {
        assert!(years.contains(&year), "{year} missing from {years:?}");
    }
    let questions = corpus::quiz::generate(&a, 1);
    assert!(questions.len() >= 5, "{} questions", questions.len());
    // The Markdown file's headings are headings, without their `#` marks.
    let races = &a.documents[1].doc;
    assert_eq!(races.title, "Lakeside Rowing Club races");
    let headings: Vec<_> = races
        .sections
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect();
    assert_eq!(headings, ["The Founders' Race", "The Autumn Head"]);
    let article = corpus::build_article(&a);
    assert!(
        article.sections.iter().all(|s| !s.title.contains('#')),
        "{:?}",
        article
            .sections
            .iter()
            .map(|s| &s.title)
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_clubs_members_are_members_not_member_states_and_their_counts_disagree() {
    let a = rowing_club();
    assert!(
        !a.claims.iter().any(|c| c.predicate.key == "member_states"),
        "a rowing club has no member states"
    );
    let members = fact_values(&a, "members");
    assert!(
        members.iter().any(|(v, _)| v.contains("640")),
        "{members:?}"
    );
    let conflict = a
        .conflicts
        .iter()
        .find(|c| c.predicate.key == "members")
        .expect("640 and 610 members in 2020 disagree");
    assert_eq!(conflict.kind, ConflictKind::Contradiction);
}
