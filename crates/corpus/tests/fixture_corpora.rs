//! The pipeline on corpora written for the tests about organizations other than the seeds', in
//! the styles real pages have (hard-wrapped blogs with comments, infobox-heavy encyclopedia
//! copies, press releases with datelines, glossaries, a page about a founder, a page about an
//! organ). Each corpus has a truth table: its subject and founding year, the event years that
//! must be there and those that must not (lifespans, forerunners), the conflicts expected and
//! those that must not exist, and noise that must not reach any output.
//!
//! `cargo test -p corpus --test fixture_corpora -- --nocapture` prints each corpus's figures.

mod common;

use std::path::PathBuf;

use corpus::reconcile::ConflictKind;
use corpus::{analyze, Analysis, Corpus};

struct Truth {
    folder: &'static str,
    subject: &'static str,
    founded: i32,
    /// Years no founding fact may have (a forerunner's, a person's, an organ's).
    not_founded: &'static [i32],
    events: &'static [i32],
    no_events: &'static [i32],
    /// Predicates whose figures the documents contradict.
    conflicts: &'static [&'static str],
    /// Predicates the documents agree on.
    no_conflicts: &'static [&'static str],
    noise: &'static [&'static str],
    /// Bodies the subject took over from, each a fact of its own with its founding year.
    forerunners: &'static [(&'static str, i32)],
}

const TRUTHS: &[Truth] = &[
    Truth {
        folder: "red-cross",
        subject: "International Committee of the Red Cross",
        founded: 1863,
        not_founded: &[1828, 1859, 1910],
        events: &[1859, 1862, 1863, 1864, 1876, 1901, 1917, 1944, 1963],
        no_events: &[],
        conflicts: &["staff"],
        // "over 100 countries" and "more than 90" are both true of one figure.
        no_conflicts: &["founded", "headquarters", "countries"],
        noise: &[
            "Comments",
            "Reply",
            "Leave a",
            "Share",
            "Twitter",
            "Media contact",
            "Tel:",
            "###",
            "GENEVA,",
            "PRESS RELEASE",
            "immediate release",
            "Posted on",
            "Retrieved",
            "Categories",
            "Jump to",
            "statusActive",
            "Thank you for this",
            "Great read",
            "email address",
            "See also",
            "( )",
        ],
        forerunners: &[],
    },
    Truth {
        folder: "refugee-agency",
        subject: "Office of the United Nations High Commissioner for Refugees",
        founded: 1950,
        not_founded: &[1946, 1951],
        events: &[1950, 1951, 1954, 1981],
        no_events: &[1900, 1956],
        conflicts: &["staff"],
        no_conflicts: &["founded", "headquarters", "countries"],
        noise: &[
            "ROME",
            "GENEVA –",
            "Share on",
            "12 comments",
            "newsletter",
            "1,779 words",
            "Related stories",
            "Subscribe",
            "staff reporter",
            "###",
            "please contact",
            "World | Refugees",
            "statusActive",
            "( )",
        ],
        forerunners: &[("International Refugee Organization", 1946)],
    },
    Truth {
        folder: "health-agency",
        subject: "World Health Organization",
        founded: 1948,
        not_founded: &[1907, 1920, 1945, 1946],
        events: &[1907, 1920, 1945, 1946, 1948, 1980],
        no_events: &[1902, 1908, 1981, 1998],
        conflicts: &[],
        // 8,000 staff (2021) and "more than 7,000 people" agree.
        no_conflicts: &["founded", "member_states", "headquarters", "staff"],
        noise: &[
            "Comments (2)",
            "Jonas",
            "Good summary",
            "Leave a comment",
            "Posted by",
            "GENEVA, 30 May",
            "Media contacts",
            "mediainquiries",
            "###",
            "statusActive",
            "( )",
        ],
        forerunners: &[
            ("Office International d'Hygiène Publique", 1907),
            ("Health Organization of the League of Nations", 1920),
        ],
    },
    Truth {
        folder: "childrens-fund",
        subject: "United Nations Children's Fund",
        founded: 1946,
        not_founded: &[1881, 1943, 1994],
        events: &[1943, 1946, 1953, 1965],
        no_events: &[],
        // Two executive directors, each named as the present one.
        conflicts: &["staff", "executive_director"],
        // "New York City" and "New York" are one place; the board's members are not the fund's.
        no_conflicts: &["founded", "headquarters", "members"],
        noise: &[
            "NEW YORK,",
            "# # #",
            "Notes to editors",
            "Press Office",
            "Tel:",
            "promotes the rights",
            "statusActive",
            "( )",
        ],
        forerunners: &[],
    },
];

fn analysis_of(folder: &str) -> Analysis {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/corpora")
        .join(folder);
    analyze(&Corpus::from_texts(common::corpus_folder(&path)))
}

/// Every text a reader can meet: sentences, event titles, fact values, document names.
fn outputs(a: &Analysis) -> Vec<String> {
    let mut out: Vec<String> = a
        .documents
        .iter()
        .flat_map(|d| d.doc.sentences().map(|(_, _, s)| s.text.to_string()))
        .collect();
    out.extend(a.events.iter().map(|e| e.title.clone()));
    out.extend(a.facts.iter().map(|f| f.value.to_string()));
    out.extend(a.documents.iter().map(|d| d.name.clone()));
    out
}

fn years(a: &Analysis, key: &str) -> Vec<i32> {
    a.facts
        .iter()
        .filter(|f| f.predicate.key == key)
        .filter_map(|f| f.value.as_number())
        .map(|y| y as i32)
        .collect()
}

fn contradicted(a: &Analysis, key: &str) -> bool {
    a.conflicts
        .iter()
        .any(|c| c.predicate.key == key && c.kind == ConflictKind::Contradiction)
}

#[test]
fn every_fixture_corpus_meets_its_truth_table() {
    for truth in TRUTHS {
        let a = analysis_of(truth.folder);
        let corpus = truth.folder;
        assert_eq!(a.subject, truth.subject, "{corpus}: subject");
        let founded = years(&a, "founded");
        assert!(
            !founded.is_empty() && founded.iter().all(|&y| y == truth.founded),
            "{corpus}: founded {founded:?}, not {}",
            truth.founded
        );
        for y in truth.not_founded {
            assert!(!founded.contains(y), "{corpus}: founded in {y}");
        }
        let event_years: Vec<i32> = a.events.iter().map(|e| e.date.year()).collect();
        for y in truth.events {
            assert!(event_years.contains(y), "{corpus}: no event in {y}");
        }
        for y in truth.no_events {
            assert!(!event_years.contains(y), "{corpus}: an event in {y}");
        }
        for key in truth.conflicts {
            assert!(contradicted(&a, key), "{corpus}: no conflict on {key}");
        }
        for key in truth.no_conflicts {
            assert!(!contradicted(&a, key), "{corpus}: a conflict on {key}");
        }
        for text in outputs(&a) {
            for noise in truth.noise {
                assert!(!text.contains(noise), "{corpus}: “{noise}” in “{text}”");
            }
        }
        let forerunners: Vec<(String, i32)> = a
            .facts
            .iter()
            .filter(|f| f.predicate.key == "forerunner")
            .map(|f| (f.value.to_string(), f.as_of.map_or(0, |d| d.year())))
            .collect();
        let expected: Vec<(String, i32)> = truth
            .forerunners
            .iter()
            .map(|(n, y)| (n.to_string(), *y))
            .collect();
        assert_eq!(forerunners, expected, "{corpus}: forerunners");
        for e in &a.events {
            let why = corpus::events::unreadable(&e.title);
            assert!(
                why.is_none(),
                "{corpus}: “{}” does not read alone ({why:?})",
                e.title
            );
        }
        let mut names: Vec<&str> = a.documents.iter().map(|d| d.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), a.documents.len(), "{corpus}: names {names:?}");
    }
}

#[test]
fn an_amount_and_its_conversion_are_one_claim() {
    for folder in ["red-cross", "childrens-fund"] {
        let a = analysis_of(folder);
        let currencies: Vec<String> = a
            .claims
            .iter()
            .filter(|c| c.predicate.key == "budget")
            .filter_map(|c| match &c.value {
                corpus::facts::Value::Money { currency, .. } => Some(currency.clone()),
                _ => None,
            })
            .collect();
        assert!(
            !currencies.iter().any(|c| c == "GBP")
                && currencies.iter().filter(|c| *c == "USD").count() <= 1,
            "{folder}: {currencies:?}"
        );
    }
}

#[test]
fn an_organs_members_are_not_the_organizations() {
    // The Assembly's 25, the Executive Board's 34, the board's 36 and 41.
    for folder in ["red-cross", "health-agency", "childrens-fund"] {
        let a = analysis_of(folder);
        let members: Vec<String> = a
            .facts
            .iter()
            .filter(|f| f.predicate.key == "members")
            .map(|f| f.value.to_string())
            .collect();
        assert!(members.is_empty(), "{folder}: {members:?}");
    }
}

#[test]
fn a_wrapped_maximum_reads_whole() {
    // The blog breaks "consisting of no" / "more than the five founders" across lines.
    let a = analysis_of("red-cross");
    let sentences: Vec<String> = a.documents[0]
        .doc
        .sentences()
        .map(|(_, _, s)| s.text.to_string())
        .collect();
    assert!(
        sentences
            .iter()
            .any(|s| s.contains("consisting of no more than the five founders")),
        "{sentences:?}"
    );
}

/// The figures the closing note reports, per corpus: `--nocapture` prints them.
#[test]
fn figures_per_corpus() {
    for truth in TRUTHS {
        let a = analysis_of(truth.folder);
        let event_years: Vec<i32> = a.events.iter().map(|e| e.date.year()).collect();
        let found = truth
            .events
            .iter()
            .filter(|y| event_years.contains(y))
            .count();
        let garbled: Vec<&str> = a
            .events
            .iter()
            .filter(|e| corpus::events::unreadable(&e.title).is_some())
            .map(|e| e.title.as_str())
            .collect();
        let conflicts: Vec<String> = a
            .conflicts
            .iter()
            .filter(|c| c.kind == ConflictKind::Contradiction)
            .map(|c| c.predicate.key.to_string())
            .collect();
        println!(
            "{}: subject {:?}, {} events, required years {found}/{}, titles that do not read alone {garbled:?}, contradictions {:?}, names {:?}",
            truth.folder,
            a.subject,
            a.events.len(),
            truth.events.len(),
            conflicts,
            a.documents.iter().map(|d| d.name.as_str()).collect::<Vec<_>>()
        );
    }
}
