//! The timeline measured against a gold list written by hand: the canonical happenings of the
//! seeds (`tests/fixtures/seeds-gold/happenings.tsv`). Every happening must be found, and the
//! figures the timeline issue asks for are computed here: how many events are a second copy of
//! a happening, and how many titles cannot be read on their own.
//!
//! `cargo test -p corpus --test happenings_gold -- --nocapture` prints the figures and every
//! duplicate and unreadable title.

mod common;

use corpus::analyze;
use corpus::events::{unreadable, Event};

struct Happening {
    first: i32,
    last: i32,
    keys: Vec<String>,
    what: String,
}

fn gold() -> Vec<Happening> {
    common::gold_lines("happenings.tsv")
        .iter()
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let (first, last) = cols[0].split_once('/').unwrap_or((cols[0], cols[0]));
            Happening {
                first: first.parse().expect("a year"),
                last: last.parse().expect("a year"),
                keys: cols[1].split('|').map(str::to_string).collect(),
                what: cols[2].to_string(),
            }
        })
        .collect()
}

fn names(h: &Happening, e: &Event, text: &str) -> bool {
    let text = text.to_lowercase();
    (h.first..=h.last).contains(&e.date.year()) && h.keys.iter().any(|k| text.contains(k.as_str()))
}

/// The happenings an event is a copy of: those its title names, or when its title names none,
/// those its sentences name.
fn happenings_of<'a>(gold: &'a [Happening], e: &Event) -> Vec<&'a Happening> {
    let by_title: Vec<&Happening> = gold.iter().filter(|h| names(h, e, &e.title)).collect();
    if !by_title.is_empty() {
        return by_title;
    }
    gold.iter()
        .filter(|h| e.sources.iter().any(|s| names(h, e, &s.quote)))
        .collect()
}

fn matches(gold: &[Happening], h: &Happening, e: &Event) -> bool {
    happenings_of(gold, e).iter().any(|x| std::ptr::eq(*x, h))
}

#[test]
fn every_happening_of_the_seeds_is_on_the_timeline() {
    let a = analyze(&common::load_seeds());
    let gold = gold();
    let missing: Vec<&str> = gold
        .iter()
        .filter(|h| !a.events.iter().any(|e| matches(&gold, h, e)))
        .map(|h| h.what.as_str())
        .collect();
    assert!(missing.is_empty(), "not on the timeline: {missing:?}");
}

#[test]
/// No happening twice (the 2005 earthquake that a wiki copy names by its link's target beside its
/// label, "the 2005 Kashmir earthquake, Pakistan earthquake of 2004/2005", is one), no title that
/// does not read alone.
fn duplicates_and_unreadable_titles() {
    let a = analyze(&common::load_seeds());
    let gold = gold();
    let mut duplicates = 0;
    for h in &gold {
        let found: Vec<&Event> = a.events.iter().filter(|e| matches(&gold, h, e)).collect();
        if found.len() > 1 {
            duplicates += found.len() - 1;
            println!("{} copies of “{}”:", found.len(), h.what);
            for e in found {
                println!("    {} {}", e.date.iso(), e.title);
            }
        }
    }
    let unreadable_titles: Vec<(&str, &str)> = a
        .events
        .iter()
        .filter_map(|e| unreadable(&e.title).map(|why| (e.title.as_str(), why)))
        .collect();
    for (title, why) in &unreadable_titles {
        println!("unreadable ({why}): {title}");
    }
    println!(
        "seeds: {} events, {} of {} happenings, {duplicates} duplicates, {} unreadable titles",
        a.events.len(),
        gold.len(),
        gold.len(),
        unreadable_titles.len()
    );
    assert_eq!(duplicates, 0, "{duplicates} duplicates");
    assert!(
        unreadable_titles.is_empty(),
        "{} unreadable titles",
        unreadable_titles.len()
    );
}

#[test]
fn the_unreadable_title_rules() {
    assert_eq!(
        unreadable("Latter’s invasion of Czechoslovakia"),
        Some("opens with a pronoun or connector")
    );
    assert_eq!(
        unreadable("Kosovo and East Timor#Independence"),
        Some("wiki fragment")
    );
    assert_eq!(unreadable("The campaign #MigrationMeans"), None);
    assert_eq!(
        unreadable("Elections for refugees, as was the case in Kabul…"),
        Some("cut with …")
    );
    assert_eq!(unreadable("Founded as the ICEM"), None);
    assert_eq!(
        unreadable("The office began its work in"),
        Some("ends hanging")
    );
}
