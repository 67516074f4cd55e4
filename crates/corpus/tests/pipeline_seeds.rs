//! The whole pipeline on the real seeds: the facts, conflicts and events a reader relies on.

mod common;

use common::{fact_values, load_seeds};
use corpus::dates::Date;
use corpus::facts::Value;
use corpus::reconcile::{ClaimStatus, ConflictKind};
use corpus::{analyze, Analysis};

fn analysis() -> Analysis {
    analyze(&load_seeds())
}

#[test]
fn the_subject_is_named_by_the_documents() {
    assert_eq!(
        analysis().subject,
        "International Organization for Migration"
    );
}

#[test]
fn each_document_has_a_name_of_its_own() {
    let a = analysis();
    let names: Vec<&str> = a.documents.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Wiki copy (000)",
            "World Heritage Encyclopedia",
            "Wiki copy (002)",
            "Al Jazeera",
            "Document 004"
        ]
    );
}

#[test]
fn founding_year_is_agreed_by_all_five_documents() {
    let a = analysis();
    let founded: Vec<_> = a
        .facts
        .iter()
        .filter(|f| f.predicate.key == "founded")
        .collect();
    assert_eq!(founded.len(), 1);
    assert_eq!(
        founded[0].value,
        Value::Date {
            date: Date::Year(1951)
        }
    );
    let docs: std::collections::BTreeSet<_> = founded[0].sources.iter().map(|s| s.doc.0).collect();
    assert_eq!(docs.len(), 5);
    assert!(!a.conflicts.iter().any(|c| c.predicate.key == "founded"));
}

#[test]
fn all_four_names_with_their_years() {
    let a = analysis();
    let names = fact_values(&a, "name");
    for (abbr, year) in [
        ("PICMME", "1951"),
        ("ICEM", "1952"),
        ("ICM", "1980"),
        ("IOM", "1989"),
    ] {
        assert!(
            names
                .iter()
                .any(|(v, y)| v.contains(&format!("({abbr})")) && y.as_deref() == Some(year)),
            "{abbr} in {year}: {names:?}"
        );
    }
    let picmme = names.iter().find(|(v, _)| v.contains("PICMME")).unwrap();
    assert_eq!(
        picmme.0,
        "Provisional Intergovernmental Committee for the Movement of Migrants from Europe (PICMME)"
    );
}

#[test]
fn both_constitution_dates_are_events_and_facts() {
    let a = analysis();
    let concluded = a
        .events
        .iter()
        .find(|e| {
            e.date
                == Date::Day {
                    year: 1953,
                    month: 10,
                    day: 19,
                }
        })
        .expect("19 October 1953");
    assert!(
        concluded.title.contains("Constitution"),
        "{}",
        concluded.title
    );
    assert_eq!(concluded.sources.len(), 3);
    let in_force = a
        .events
        .iter()
        .find(|e| {
            e.date
                == Date::Day {
                    year: 1954,
                    month: 11,
                    day: 30,
                }
        })
        .expect("30 November 1954");
    assert_eq!(in_force.sources.len(), 3);
    assert_eq!(
        fact_values(&a, "formally_established"),
        [("30 November 1954".to_string(), None)]
    );
}

#[test]
fn member_states_conflict_lists_every_claim_by_date() {
    let a = analysis();
    let c = a
        .conflicts
        .iter()
        .find(|c| c.predicate.key == "member_states")
        .expect("a member-states conflict");
    assert_eq!(c.kind, ConflictKind::Contradiction);
    let claims: Vec<_> = c
        .claims
        .iter()
        .map(|c| {
            (
                c.value.as_number().unwrap() as u32,
                c.as_of.map(|d| d.iso()),
                c.status,
            )
        })
        .collect();
    assert_eq!(
        claims,
        [
            (156, Some("2014-06".into()), ClaimStatus::Superseded),
            (157, Some("2015-04".into()), ClaimStatus::Superseded),
            (173, Some("2021".into()), ClaimStatus::Latest),
            (175, None, ClaimStatus::Undated),
            (127, None, ClaimStatus::Undated),
        ]
    );
    assert_eq!(c.numeric_span(), Some((127.0, 175.0)));
    // 156 is stated by two documents (the infobox and the prose of one, the prose of another).
    let docs: std::collections::BTreeSet<_> = c.claims[0].sources.iter().map(|s| s.doc.0).collect();
    assert_eq!(docs.len(), 2);
}

#[test]
fn directors_general_are_found_with_their_dates() {
    let a = analysis();
    let leaders = fact_values(&a, "director_general");
    assert!(
        leaders.contains(&("William Lacy Swing".into(), Some("2013-12-18".into()))),
        "{leaders:?}"
    );
    assert!(
        leaders.contains(&("Amy Pope".into(), Some("2023".into()))),
        "{leaders:?}"
    );
    assert!(
        leaders.contains(&("Antonio Vitorino".into(), None)),
        "{leaders:?}"
    );
    assert!(
        !leaders.iter().any(|(v, _)| v.contains("Guterres")),
        "the UN's Secretary General is not IOM's"
    );
}

#[test]
fn headquarters_languages_and_enumerations() {
    let a = analysis();
    let hq = fact_values(&a, "headquarters");
    assert_eq!(hq.len(), 1);
    assert!(hq[0].0.starts_with("Geneva"));
    let languages: Vec<_> = fact_values(&a, "official_language")
        .into_iter()
        .map(|(v, _)| v)
        .collect();
    assert_eq!(languages, ["English", "French", "Spanish"]);
    let areas: Vec<_> = fact_values(&a, "one_of_broad_areas_of_migration_management")
        .into_iter()
        .map(|(v, _)| v)
        .collect();
    assert_eq!(
        areas,
        [
            "migration and development",
            "facilitating migration",
            "regulating migration",
            "addressing forced migration"
        ]
    );
}

#[test]
fn budgets_and_staff_disagree_and_say_so() {
    let a = analysis();
    let budget = a
        .conflicts
        .iter()
        .find(|c| c.predicate.key == "budget")
        .expect("budget conflict");
    assert!(budget
        .claims
        .iter()
        .any(|c| c.value.to_string() == "US$1.675 billion" && c.as_of == Some(Date::Year(2013))));
    assert!(budget.claims.len() >= 4);
    let staff = a
        .conflicts
        .iter()
        .find(|c| c.predicate.key == "staff")
        .expect("staff conflict");
    let counts: Vec<_> = staff
        .claims
        .iter()
        .map(|c| c.value.as_number().unwrap() as u32)
        .collect();
    for n in [8400, 11500, 19500, 5400] {
        assert!(counts.contains(&n), "{counts:?}");
    }
}

#[test]
fn every_source_points_at_its_sentence_in_the_raw_file() {
    let corpus = load_seeds();
    let a = analyze(&corpus);
    let sources = a
        .facts
        .iter()
        .flat_map(|f| &f.sources)
        .chain(a.events.iter().flat_map(|e| &e.sources));
    let mut checked = 0;
    for s in sources {
        let raw = &corpus.get(s.doc).unwrap().raw[s.start..s.end];
        let first = s.quote.split_whitespace().next().unwrap();
        // A sentence rejoined around a hover card spans the card in the raw file, so only its
        // first word and its last character are checked.
        let last = s.quote.chars().last().unwrap();
        assert!(
            raw.starts_with(first) && raw.ends_with(last),
            "{raw:?} vs {:?}",
            s.quote
        );
        checked += 1;
    }
    assert!(checked > 100, "{checked}");
}

#[test]
fn events_are_many_dated_and_in_order() {
    let a = analysis();
    // One per happening: the gold list has 30 (tests/happenings_gold.rs checks each is there).
    assert!(a.events.len() >= 30, "{}", a.events.len());
    assert!(a.events.windows(2).all(|w| w[0].date <= w[1].date));
    let ranges: Vec<_> = a
        .events
        .iter()
        .filter(|e| e.end.is_some())
        .map(|e| (e.date.iso(), e.end.unwrap().iso()))
        .collect();
    assert!(
        ranges.contains(&("2002".into(), "2006".into())),
        "{ranges:?}"
    );
    assert!(a.events.iter().any(|e| e.date == Date::Decade(1950)));
    let ids: std::collections::BTreeSet<_> = a.events.iter().map(|e| &e.id).collect();
    assert_eq!(ids.len(), a.events.len());
}

#[test]
fn no_output_text_carries_noise() {
    let a = analysis();
    let mut texts: Vec<String> = a
        .facts
        .iter()
        .flat_map(|f| f.sources.iter().map(|s| s.quote.to_string()))
        .collect();
    texts.extend(a.events.iter().map(|e| e.title.clone()));
    texts.extend(
        a.documents
            .iter()
            .flat_map(|d| d.doc.sentences().map(|(_, _, s)| s.text.to_string())),
    );
    for noise in [
        "Flag as Inappropriate",
        "Retrieved",
        "^",
        "{{",
        "==",
        "...",
        "[1",
        "Creative Commons",
        "IGOs are established",
    ] {
        assert!(!texts.iter().any(|t| t.contains(noise)), "{noise}");
    }
}
