//! Fact extraction: typed claims (subject, predicate, value, as-of date) read from the sentences
//! and infobox fields of structured documents, each with its source sentence.
//!
//! The rules describe kinds of English sentences about an organization ("was founded in",
//! "As of <date>, X has N member states", "an annual budget of $N", "Director General <Name>",
//! "name changes ... to X (ABC) in <year>", "works in the four areas: a, b, c and d"), never the
//! content of particular documents.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::clean::LEADER_LABELS;
use crate::dates::{find_dates, Date, DateMention};
use crate::document::DocId;
use crate::numbers::{find_numbers, format_number, NumberMention};
use crate::structure::{Paragraph, ParagraphKind, Sentence, StructuredDoc};
use crate::words::{capitalise, tail, NAME_JOINERS};

/// Where a claim was read: the document and the clean sentence, with its raw byte range.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Source {
    pub doc: DocId,
    #[serde(with = "crate::wire::text")]
    pub quote: String,
    pub start: usize,
    pub end: usize,
}

impl Source {
    pub fn new(doc: DocId, sentence: &Sentence) -> Self {
        Source {
            doc,
            quote: sentence.text.clone(),
            start: sentence.start,
            end: sentence.end,
        }
    }
}

/// The first source of each document among `sources`, in document order: what a citation list
/// shows.
pub fn first_per_document<'a>(sources: impl IntoIterator<Item = &'a Source>) -> Vec<&'a Source> {
    let mut out: Vec<&Source> = Vec::new();
    for s in sources {
        if !out.iter().any(|o| o.doc == s.doc) {
            out.push(s);
        }
    }
    crate::order::sort_by_key(&mut out, |s| s.doc);
    out
}

/// A typed value. (Externally tagged, which every serde format reads back; the export writes its
/// own `{"type": ...}` form.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    Date {
        date: Date,
    },
    Count {
        value: f64,
        qualifier: Option<String>,
        unit: String,
    },
    Money {
        value: f64,
        currency: String,
        qualifier: Option<String>,
    },
    Person {
        name: String,
    },
    Place {
        name: String,
    },
    Name {
        name: String,
        abbreviation: Option<String>,
    },
    Item {
        text: String,
    },
}

fn norm_words(text: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Value {
    /// Whether two values state the same thing ("Geneva" and "Geneva, Switzerland"; a name
    /// and its translation with the same abbreviation; 8,400 and 8,400).
    pub fn same_as(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Date { date: a }, Value::Date { date: b }) => a == b,
            (Value::Count { value: a, .. }, Value::Count { value: b, .. }) => a == b,
            (
                Value::Money {
                    value: a,
                    currency: x,
                    ..
                },
                Value::Money {
                    value: b,
                    currency: y,
                    ..
                },
            ) => a == b && x == y,
            (Value::Person { name: a }, Value::Person { name: b }) => {
                let (a, b) = (norm_words(a), norm_words(b));
                // "William Lacy Swing" and "William Swing" name the same person.
                a == b
                    || (a.split(' ').next() == b.split(' ').next()
                        && a.split(' ').next_back() == b.split(' ').next_back())
            }
            (Value::Place { name: a }, Value::Place { name: b }) => {
                let first = |s: &str| norm_words(s.split(',').next().unwrap_or(s));
                first(a) == first(b)
            }
            (
                Value::Name {
                    name: a,
                    abbreviation: x,
                },
                Value::Name {
                    name: b,
                    abbreviation: y,
                },
            ) => norm_words(a) == norm_words(b) || (x.is_some() && x == y),
            (Value::Item { text: a }, Value::Item { text: b }) => norm_words(a) == norm_words(b),
            _ => false,
        }
    }

    /// How much a value says, to pick the fullest of several equal ones.
    pub fn detail(&self) -> usize {
        self.to_string().len()
    }

    /// A number for charts: years, counts and amounts.
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Value::Count { value, .. } | Value::Money { value, .. } => Some(*value),
            Value::Date { date } => Some(f64::from(date.year())),
            _ => None,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let qualified = |q: &Option<String>, text: String| match q {
            Some(q) => format!("{q} {text}"),
            None => text,
        };
        match self {
            Value::Date { date } => write!(f, "{date}"),
            Value::Count {
                value,
                qualifier,
                unit,
            } => {
                write!(
                    f,
                    "{}",
                    qualified(qualifier, format!("{} {unit}", format_number(*value)))
                )
            }
            Value::Money {
                value,
                currency,
                qualifier,
            } => {
                let symbol = if currency == "USD" {
                    "US$".to_string()
                } else {
                    format!("{currency} ")
                };
                write!(
                    f,
                    "{}",
                    qualified(qualifier, format!("{symbol}{}", format_number(*value)))
                )
            }
            Value::Person { name } | Value::Place { name } => write!(f, "{name}"),
            Value::Name {
                name,
                abbreviation: Some(abbr),
            } => write!(f, "{name} ({abbr})"),
            Value::Name {
                name,
                abbreviation: None,
            } => write!(f, "{name}"),
            Value::Item { text } => write!(f, "{text}"),
        }
    }
}

/// What a claim is about. Keys are stable identifiers; `label` is for readers.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Predicate {
    pub key: String,
    pub label: String,
    /// Several values hold at once (languages, list items): no conflict between them.
    pub multi: bool,
}

impl Predicate {
    fn new(key: &str, label: &str) -> Self {
        Predicate {
            key: key.to_string(),
            label: label.to_string(),
            multi: false,
        }
    }

    fn multi(key: &str, label: &str) -> Self {
        Predicate {
            multi: true,
            ..Predicate::new(key, label)
        }
    }

    pub fn founded() -> Self {
        Predicate::new("founded", "Founded")
    }
    pub fn formally_established() -> Self {
        Predicate::new("formally_established", "Formally established")
    }
    pub fn name() -> Self {
        Predicate::new("name", "Name")
    }
    pub fn member_states() -> Self {
        Predicate::new("member_states", "Member states")
    }
    pub fn members() -> Self {
        Predicate::new("members", "Members")
    }
    pub fn observer_states() -> Self {
        Predicate::new("observer_states", "Observer states")
    }
    pub fn offices() -> Self {
        Predicate::new("offices", "Offices")
    }
    pub fn countries() -> Self {
        Predicate::new("countries", "Countries of operation")
    }
    pub fn staff() -> Self {
        Predicate::new("staff", "Staff")
    }
    pub fn budget() -> Self {
        Predicate::new("budget", "Budget")
    }
    pub fn people_moved() -> Self {
        Predicate::new("people_moved", "People moved")
    }
    pub fn people_displaced() -> Self {
        Predicate::new("people_displaced", "People displaced")
    }
    pub fn headquarters() -> Self {
        Predicate::new("headquarters", "Headquarters")
    }
    pub fn official_language() -> Self {
        Predicate::multi("official_language", "Official languages")
    }
    /// A leader by title ("Director General").
    pub fn leader(title: &str) -> Self {
        let key = norm_words(title).replace(' ', "_");
        Predicate::new(&key, title)
    }
    /// One item of an enumeration ("the four broad areas of migration management").
    pub fn one_of(what: &str) -> Self {
        let key = format!("one_of_{}", norm_words(what).replace(' ', "_"));
        Predicate::multi(&key, what)
    }
}

/// One statement read from one sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub predicate: Predicate,
    pub value: Value,
    pub as_of: Option<Date>,
    pub source: Source,
}

/// Who the document is about: its name and the short forms that refer to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    pub name: String,
    pub aliases: Vec<String>,
}

impl Subject {
    /// The subject named by `title`, with the abbreviation the documents give it ("(IOM)").
    pub fn from_docs(title: &str, docs: &[StructuredDoc]) -> Self {
        let mut aliases = vec![title.to_string()];
        let marker = format!("{title} (");
        for doc in docs {
            for (_, _, sentence) in doc.sentences() {
                if let Some(at) = sentence.text.find(&marker) {
                    let rest = &sentence.text[at + marker.len()..];
                    if let Some(abbr) = rest.split(')').next().filter(|a| is_abbreviation(a)) {
                        if !aliases.iter().any(|x| x == abbr) {
                            aliases.push(abbr.to_string());
                        }
                    }
                }
            }
        }
        Subject {
            name: title.to_string(),
            aliases,
        }
    }

    fn is_named_by(&self, word: &str) -> bool {
        let w = word.trim_end_matches("’s").trim_end_matches("'s");
        self.aliases.iter().any(|a| a == w)
            || matches!(w, "Organization" | "organization" | "its" | "Its")
    }
}

fn is_abbreviation(text: &str) -> bool {
    (2..=10).contains(&text.len())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Reads every claim of one structured document.
pub fn extract(doc_id: DocId, doc: &StructuredDoc, subject: &Subject) -> Vec<Claim> {
    let mut claims = Vec::new();
    for field in &doc.fields {
        claims.extend(field_claims(doc_id, &field.label, &field.value));
    }
    for section in &doc.sections {
        for (i, paragraph) in section.paragraphs.iter().enumerate() {
            let following = &section.paragraphs[i + 1..];
            for sentence in &paragraph.sentences {
                let source = Source::new(doc_id, sentence);
                let ctx = Context::new(&sentence.text, source, subject);
                ctx.read_all(&mut claims);
                if paragraph.kind == ParagraphKind::Prose {
                    claims.extend(enumeration_from_list(&ctx, following));
                }
            }
        }
    }
    claims
}

/// One sentence being read.
struct Context<'a> {
    text: &'a str,
    lower: String,
    dates: Vec<DateMention>,
    numbers: Vec<NumberMention>,
    source: Source,
    subject: &'a Subject,
}

impl<'a> Context<'a> {
    fn new(text: &'a str, source: Source, subject: &'a Subject) -> Self {
        Context {
            text,
            lower: text.to_ascii_lowercase(),
            dates: find_dates(text),
            numbers: find_numbers(text),
            source,
            subject,
        }
    }

    fn claim(&self, predicate: Predicate, value: Value, as_of: Option<Date>) -> Claim {
        Claim {
            predicate,
            value,
            as_of,
            source: self.source.clone(),
        }
    }

    fn read_all(&self, out: &mut Vec<Claim>) {
        out.extend(self.founding());
        out.extend(self.names());
        out.extend(self.counts());
        out.extend(self.budget());
        out.extend(self.leaders());
        out.extend(self.headquarters());
        out.extend(self.inline_enumeration());
        out.extend(self.included_enumeration());
    }

    /// The date a figure in this sentence holds at: "As of June 2014, ...", "In 2013, ...",
    /// or the only date of the sentence.
    fn as_of(&self) -> Option<Date> {
        // The only date of the sentence, or the most precise when all its dates agree
        // ("on 18 December 2013, ... noted that 2013 ...").
        let single = || {
            let first = self.dates.first()?;
            let agree = self
                .dates
                .iter()
                .all(|d| d.end.is_none() && d.start.agrees_with(first.start));
            agree
                .then(|| {
                    self.dates
                        .iter()
                        .map(|d| d.start)
                        .max_by_key(|d| d.precision())
                })
                .flatten()
        };
        // A date that belongs to a founding ("founded in 1962, today ... 14 member states") is
        // not the date of a figure.
        let founding = |d: &&DateMention| {
            let before = &self.lower[..d.range.start];
            let tail = tail(before, 25);
            ["founded", "established", "founding", "born", "created"]
                .iter()
                .any(|v| tail.contains(v))
        };
        if self.dates.iter().any(|d| founding(&d)) {
            return None;
        }
        self.dates
            .iter()
            .find(|d| {
                let before = self.lower[..d.range.start].trim_end();
                before.ends_with("as of") || before.ends_with("as at") || d.range.start <= 3
            })
            .map(|d| d.start)
            .or_else(single)
    }

    // -- founding -------------------------------------------------------------------------

    fn founding(&self) -> Vec<Claim> {
        const VERBS: &[&str] = &[
            "founded",
            "founding",
            "established",
            "born",
            "created",
            "formed",
            "set up",
        ];
        let mut out = Vec::new();
        for d in self.dates.iter().filter(|d| d.end.is_none()) {
            let before = &self.lower[..d.range.start];
            // The founding verb shortly before the date ("established in 1951", "its founding in
            // 1951"), in the same clause.
            let window = tail(before, 60);
            let clause = window.rsplit([';', '.']).next().unwrap_or("");
            let Some(verb) = VERBS
                .iter()
                .filter(|v| clause.contains(*v))
                .max_by_key(|v| clause.rfind(*v))
            else {
                continue;
            };
            let at = clause.rfind(verb).unwrap_or(0);
            let gap = &clause[at + verb.len()..];
            if gap.split_whitespace().count() > 6 || self.lower.contains("after its founding") {
                continue;
            }
            let formally = clause[..at].trim_end().ends_with("formally");
            let predicate = if formally {
                Predicate::formally_established()
            } else {
                Predicate::founded()
            };
            out.push(self.claim(predicate, Value::Date { date: d.start }, None));
        }
        // "The Constitution entered into force on <date> and the organization was formally
        // established": the verb after the date.
        if self.lower.contains("formally established") || self.lower.contains("formally born") {
            if let [only] = self.dates.as_slice() {
                if !out
                    .iter()
                    .any(|c| c.predicate == Predicate::formally_established())
                {
                    out.push(self.claim(
                        Predicate::formally_established(),
                        Value::Date { date: only.start },
                        None,
                    ));
                }
            }
        }
        out
    }

    // -- names ----------------------------------------------------------------------------

    /// Former and current names with the year they were taken: "first known as the X (ABC)",
    /// "established in 1951 as the X (ABC)", "name changes from A to B (BC) in 1952, to ...".
    fn names(&self) -> Vec<Claim> {
        let mut out = Vec::new();
        let renaming = self.lower.contains("name")
            && (self.lower.contains("chang")
                || self.lower.contains("renam")
                || self.lower.contains("succession"));
        if renaming {
            for d in &self.dates {
                if let Some(name) = name_before(self.text, d.range.start)
                    .or_else(|| name_after(self.text, d.range.end, &self.dates))
                {
                    out.push(self.claim(Predicate::name(), name, Some(d.start)));
                }
            }
            return out;
        }
        for marker in [
            "first known as",
            "first known,",
            "born as",
            "established in",
            "founded in",
            "created in",
            "known as",
        ] {
            let Some(at) = self.lower.find(marker) else {
                continue;
            };
            let after = at + marker.len();
            let name = if marker.ends_with(" in") {
                // "established in 1951 as the X (ABC)"
                let rest = &self.lower[after..];
                let Some(as_at) = rest.find(" as ").filter(|&p| p < 12) else {
                    continue;
                };
                name_after(self.text, after + as_at + 4, &[])
            } else {
                name_after(self.text, after, &[])
            };
            if let Some(name) = name {
                let date = self.dates.first().map(|d| d.start);
                out.push(self.claim(Predicate::name(), name, date));
                break;
            }
        }
        out
    }

    // -- counts ---------------------------------------------------------------------------

    fn counts(&self) -> Vec<Claim> {
        let mut out = Vec::new();
        let as_of = self.as_of();
        for n in self.numbers.iter().filter(|n| n.currency.is_none()) {
            let after = &self.lower[n.range.end..];
            let after_words: Vec<&str> = after.split_whitespace().take(4).collect();
            let before = tail(&self.lower[..n.range.start], 80);
            // "in over 30 countries": look past the qualifier.
            let before = match &n.qualifier {
                Some(q) => {
                    let b = before.trim_end().trim_end_matches(q.as_str()).trim_end();
                    // Whole words only: "an estimated", "the estimated".
                    let b = b
                        .strip_suffix(" an")
                        .or_else(|| b.strip_suffix(" the"))
                        .unwrap_or(b);
                    format!("{b} ")
                }
                None => before.to_string(),
            };
            let Some((predicate, unit)) = self.count_kind(&after_words, after, &before) else {
                continue;
            };
            let increase = before.contains(" from ")
                && (before.contains("increased")
                    || before.contains("grew")
                    || before.contains("rose"));
            if increase && !before.trim_end().ends_with(" to") {
                // "increased from less than 70 to 172": the old figure has no date of its own.
                continue;
            }
            let as_of = if increase { None } else { as_of };
            let value = Value::Count {
                value: n.value,
                qualifier: n.qualifier.clone(),
                unit: unit.to_string(),
            };
            out.push(self.claim(predicate, value, as_of));
        }
        out
    }

    fn count_kind(
        &self,
        after_words: &[&str],
        after: &str,
        before: &str,
    ) -> Option<(Predicate, &'static str)> {
        let word = |i: usize| {
            after_words
                .get(i)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
                .unwrap_or("")
        };
        let (first, second) = (word(0), word(1));
        let clause_before = before.rsplit([',', ';', '.']).next().unwrap_or(before);
        let member_context = before.contains("member") && !before.contains("observer");
        let observer_after = after
            .split_whitespace()
            .take(7)
            .any(|w| w.starts_with("observer"));
        match (first, second) {
            ("member", "states" | "countries" | "nations") => {
                Some((Predicate::member_states(), "member states"))
            }
            // "members" are member states only where the sentence is about states; a club or a
            // union of people simply has members.
            ("members", _) if self.lower.contains("state") || self.lower.contains("countr") => {
                Some((Predicate::member_states(), "member states"))
            }
            ("members", _) => Some((Predicate::members(), "members")),
            ("observer", _) | ("observers", _) => {
                Some((Predicate::observer_states(), "observer states"))
            }
            ("other", "countries") | ("countries", _) | ("states", _) if observer_after => {
                Some((Predicate::observer_states(), "observer states"))
            }
            ("offices", _) => Some((Predicate::offices(), "offices")),
            ("countries", _)
                if clause_before.contains("offices in")
                    || clause_before.contains("working in")
                    || clause_before.ends_with(" in ")
                    || clause_before.trim_end().ends_with(" in") =>
            {
                Some((Predicate::countries(), "countries"))
            }
            ("countries", _) if member_context => {
                Some((Predicate::member_states(), "member states"))
            }
            ("staff" | "employees" | "personnel", _) => Some((Predicate::staff(), "staff")),
            ("migrants" | "people" | "persons" | "refugees", next) => {
                let moving = ["migration of", "transport", "moved", "evacuation of"];
                let moved_here = moving.iter().any(|v| clause_before.contains(v));
                if matches!(next, "uprooted" | "displaced") && !moved_here {
                    Some((Predicate::people_displaced(), "people"))
                } else if [
                    "transport",
                    "moved",
                    "resettle",
                    "relocat",
                    "evacuat",
                    "migration of",
                ]
                .iter()
                .any(|v| self.lower.contains(v))
                {
                    Some((Predicate::people_moved(), "people"))
                } else {
                    None
                }
            }
            // "Member States are 127 and 18 observers"
            _ if member_context
                && clause_before.contains("member")
                && (clause_before.ends_with(" are ")
                    || clause_before.trim_end().ends_with(" are")
                    || clause_before.trim_end().ends_with("reached")) =>
            {
                Some((Predicate::member_states(), "member states"))
            }
            _ => None,
        }
    }

    // -- budget ---------------------------------------------------------------------------

    fn budget(&self) -> Vec<Claim> {
        let mut out = Vec::new();
        for n in self.numbers.iter().filter(|n| n.currency.is_some()) {
            let before = tail(&self.lower[..n.range.start], 60);
            if !before.contains("budget") {
                continue;
            }
            let value = Value::Money {
                value: n.value,
                currency: n.currency.clone().unwrap_or_default(),
                qualifier: n.qualifier.clone(),
            };
            out.push(self.claim(Predicate::budget(), value, self.as_of()));
        }
        out
    }

    // -- leaders --------------------------------------------------------------------------

    fn leaders(&self) -> Vec<Claim> {
        const TITLES: &[&str] = &[
            "Director General",
            "Director-General",
            "Secretary General",
            "Secretary-General",
            "Executive Director",
            "High Commissioner",
            "President",
            "Chairman",
            "Chairperson",
            "Chief Executive",
        ];
        let mut out = Vec::new();
        for title in TITLES {
            for (at, _) in self.text.match_indices(title) {
                // Whose title is it? "IOM Director-General", "the Organization’s Director
                // General", "Director General of IOM"; not "the UN Secretary General".
                let owner_before = self.text[..at].split_whitespace().last().unwrap_or("");
                let mut rest = &self.text[at + title.len()..];
                let mut owned = owner_before.is_empty()
                    || self.subject.is_named_by(owner_before)
                    || owner_before.chars().next().is_some_and(char::is_lowercase);
                if let Some(of) = rest.strip_prefix(" of ") {
                    let owner: String = of
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == ' ')
                        .collect();
                    owned = self.subject.aliases.iter().any(|a| {
                        owner.trim() == a
                            || owner.starts_with(&format!("{a} "))
                            || owner.trim() == a.as_str()
                    });
                    rest = &of[owner.trim_end().len()..];
                }
                if !owned {
                    continue;
                }
                let rest = rest.trim_start_matches([',', ' ']);
                if let Some(name) = person_name(rest) {
                    let label = title.replace('-', " ");
                    out.push(self.claim(
                        Predicate::leader(&label),
                        Value::Person { name },
                        self.as_of(),
                    ));
                }
            }
        }
        out
    }

    // -- headquarters ---------------------------------------------------------------------

    fn headquarters(&self) -> Vec<Claim> {
        for marker in [
            "headquarters in ",
            "headquartered in ",
            "headquarters are in ",
            "based in ",
        ] {
            let Some(at) = self.lower.find(marker) else {
                continue;
            };
            let rest = &self.text[at + marker.len()..];
            // "in the Swiss capital, Geneva": the proper name after a descriptive phrase.
            let rest = if rest.starts_with(char::is_lowercase) {
                match rest.split_once(", ") {
                    Some((_, tail)) => tail,
                    None => continue,
                }
            } else {
                rest
            };
            if let Some(place) = proper_phrase(rest) {
                return vec![self.claim(
                    Predicate::headquarters(),
                    Value::Place { name: place },
                    None,
                )];
            }
        }
        Vec::new()
    }

    // -- enumerations ---------------------------------------------------------------------

    /// "works in the four broad areas of migration management: a, b, c, and d."
    fn inline_enumeration(&self) -> Vec<Claim> {
        let Some(colon) = self.text.find(": ") else {
            return Vec::new();
        };
        let Some((count, what)) = counted_phrase(&self.text[..colon]) else {
            return Vec::new();
        };
        let items = split_list(self.text[colon + 2..].trim_end_matches(['.', ';']));
        if items.len() != count {
            return Vec::new();
        }
        items
            .into_iter()
            .map(|item| self.claim(Predicate::one_of(&what), Value::Item { text: item }, None))
            .collect()
    }
}

impl Context<'_> {
    /// "Cross-cutting activities include a, b, c and d.": a list named by the sentence's subject.
    fn included_enumeration(&self) -> Vec<Claim> {
        let Some((head, rest)) = [" include ", " includes "]
            .iter()
            .find_map(|m| self.text.split_once(m))
        else {
            return Vec::new();
        };
        let head = head.trim();
        let words = head.split_whitespace().count();
        let named = head.chars().next().is_some_and(char::is_uppercase)
            && !head.split_whitespace().next().is_some_and(|w| {
                matches!(
                    w,
                    "It" | "Its" | "This" | "These" | "They" | "Their" | "He" | "She"
                )
            });
        if !named || !(1..=5).contains(&words) {
            return Vec::new();
        }
        let items: Vec<String> = split_list(rest.trim_end_matches(['.', ';']))
            .into_iter()
            .map(|i| i.strip_prefix("the ").unwrap_or(&i).to_string())
            .collect();
        if items.len() < 3 || items.iter().any(|i| i.split_whitespace().count() > 8) {
            return Vec::new();
        }
        let what = head.to_lowercase();
        items
            .into_iter()
            .map(|item| self.claim(Predicate::one_of(&what), Value::Item { text: item }, None))
            .collect()
    }
}

/// "works within the framework of 4 areas related to migration management, which are:" followed
/// by list items.
fn enumeration_from_list(ctx: &Context, following: &[Paragraph]) -> Vec<Claim> {
    if !ctx.text.trim_end().ends_with(':') {
        return Vec::new();
    }
    let lead = ctx.text.trim_end().trim_end_matches(':');
    let lead = lead
        .trim_end_matches(", which are")
        .trim_end_matches(" which are")
        .trim_end_matches(", including");
    let Some((count, what)) = counted_phrase(lead) else {
        return Vec::new();
    };
    let items: Vec<&Paragraph> = following
        .iter()
        .take_while(|p| p.kind == ParagraphKind::ListItem)
        .take(count)
        .collect();
    if items.len() != count {
        return Vec::new();
    }
    items
        .into_iter()
        .filter_map(|p| p.sentences.first())
        .map(|s| {
            let text = s.text.trim_end_matches(['.', ';']).to_string();
            Claim {
                predicate: Predicate::one_of(&what),
                value: Value::Item { text },
                as_of: None,
                source: Source::new(ctx.source.doc, s),
            }
        })
        .collect()
}

/// "... the four broad areas of migration management" → (4, "broad areas of migration
/// management"): a small count and the noun phrase after it.
fn counted_phrase(text: &str) -> Option<(usize, String)> {
    const COUNTS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let (i, count) = words.iter().enumerate().rev().find_map(|(i, w)| {
        let lower = w.to_ascii_lowercase();
        let n = COUNTS
            .iter()
            .position(|c| *c == lower)
            .map(|p| p + 2)
            .or_else(|| lower.parse::<usize>().ok().filter(|n| (2..=12).contains(n)));
        n.map(|n| (i, n))
    })?;
    let phrase = words[i + 1..].join(" ");
    let phrase = phrase.trim_end_matches([',', ':']).to_string();
    (!phrase.is_empty() && phrase.split_whitespace().count() <= 8).then_some((count, phrase))
}

/// "a, b, c, and d" → ["a", "b", "c", "d"]; only the last part splits on "and", so "migration
/// and development, facilitating migration" keeps its first item whole.
fn split_list(text: &str) -> Vec<String> {
    let parts: Vec<&str> = text.split(", ").map(str::trim).collect();
    let mut items: Vec<String> = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let pieces: Vec<&str> = match part.strip_prefix("and ") {
            Some(rest) => vec![rest],
            None if last => part.splitn(2, " and ").collect(),
            None => vec![part],
        };
        items.extend(
            pieces
                .into_iter()
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty()),
        );
    }
    items
}

/// Claims from an infobox line.
fn field_claims(doc: DocId, label: &str, value: &Sentence) -> Vec<Claim> {
    let source = Source::new(doc, value);
    let text = value.text.as_str();
    let dates = find_dates(text);
    // "US$1.675 billon (2013)": a date in brackets is the as-of date.
    let as_of = dates
        .iter()
        .find(|d| text[..d.range.start].ends_with('('))
        .map(|d| d.start);
    let claim = |predicate: Predicate, value: Value, as_of: Option<Date>| Claim {
        predicate,
        value,
        as_of,
        source: source.clone(),
    };
    let ctx = Context::new(text, source.clone(), &NO_SUBJECT);
    match label {
        "formation" | "founded" | "established" => dates
            .first()
            .map(|d| claim(Predicate::founded(), Value::Date { date: d.start }, None))
            .into_iter()
            .collect(),
        // The whole value ("Geneva, Switzerland"), when it starts with a place name.
        "headquarters" | "location" => proper_phrase(text)
            .map(|_| {
                claim(
                    Predicate::headquarters(),
                    Value::Place {
                        name: text.trim().to_string(),
                    },
                    None,
                )
            })
            .into_iter()
            .collect(),
        "membership" | "members" => ctx
            .counts()
            .into_iter()
            .map(|c| Claim { as_of, ..c })
            .collect(),
        "official language" | "official languages" | "languages" | "working languages" => {
            split_list(text)
                .into_iter()
                .map(|l| {
                    claim(
                        Predicate::official_language(),
                        Value::Item { text: l },
                        None,
                    )
                })
                .collect()
        }
        "budget" | "revenue" => ctx
            .numbers
            .iter()
            .filter(|n| n.currency.is_some())
            .map(|n| {
                let value = Value::Money {
                    value: n.value,
                    currency: n.currency.clone().unwrap_or_default(),
                    qualifier: n.qualifier.clone(),
                };
                claim(Predicate::budget(), value, as_of)
            })
            .collect(),
        "staff" | "employees" => ctx
            .numbers
            .first()
            .map(|n| {
                claim(
                    Predicate::staff(),
                    Value::Count {
                        value: n.value,
                        qualifier: n.qualifier.clone(),
                        unit: "staff".into(),
                    },
                    as_of,
                )
            })
            .into_iter()
            .collect(),
        title if LEADER_LABELS.contains(&title) => {
            let label = title_case(&title.replace('-', " "));
            person_name(text)
                .map(|name| claim(Predicate::leader(&label), Value::Person { name }, as_of))
                .into_iter()
                .collect()
        }
        _ => Vec::new(),
    }
}

static NO_SUBJECT: Subject = Subject {
    name: String::new(),
    aliases: Vec::new(),
};

fn title_case(text: &str) -> String {
    text.split(' ')
        .map(capitalise)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The proper-name phrase at the start of `text`: capitalised words and joiners ("Geneva",
/// "Intergovernmental Committee for European Migration"), up to the first other word or
/// punctuation mark; keeps ", Country" after a city.
fn proper_phrase(text: &str) -> Option<String> {
    let mut words = Vec::new();
    for raw in text.split_whitespace() {
        let w = raw.trim_start_matches(['“', '"', '‘']);
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        if !(capital || (NAME_JOINERS.contains(&bare) && !words.is_empty())) || bare.is_empty() {
            break;
        }
        words.push(bare);
        if bare.len() != w.len() {
            break; // punctuation ends the phrase
        }
    }
    while words.last().is_some_and(|w| NAME_JOINERS.contains(w)) {
        words.pop();
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// A person's name at the start of `text`: two to four capitalised words or initials.
fn person_name(text: &str) -> Option<String> {
    let mut words = Vec::new();
    for raw in text.split_whitespace() {
        let bare = raw.trim_end_matches([',', '.', ';', ':', ')', '’', '\'']);
        let initial = bare.len() == 1 && bare.chars().all(char::is_uppercase) && raw.ends_with('.');
        let capital = bare.chars().next().is_some_and(char::is_uppercase)
            && bare
                .chars()
                .skip(1)
                .all(|c| c.is_lowercase() || c == '-' || c == '\'');
        if !initial && (!capital || bare.len() < 2) {
            break;
        }
        words.push(if initial {
            raw.trim_end_matches(',')
        } else {
            bare
        });
        if raw.len() != bare.len() && !initial {
            break;
        }
    }
    (2..=4).contains(&words.len()).then(|| words.join(" "))
}

/// A name written just before `at`: "... the Intergovernmental Committee for Migration (ICM) in
/// 1980" (with only "in" between).
fn name_before(text: &str, at: usize) -> Option<Value> {
    let before = text[..at].trim_end();
    let before = before.strip_suffix(" in")?.trim_end();
    let before = before.trim_end_matches(['”', '"', ',']);
    // Only a name right before "in <year>": "... (ICM) in 1980", not "... (ICM), and in 1980".
    let last = before.split_whitespace().last()?;
    if NAME_JOINERS.contains(&last) || last.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    let (name_part, abbr) = match before.strip_suffix(')') {
        Some(b) => {
            let open = b.rfind('(')?;
            (b[..open].trim_end(), Some(b[open + 1..].to_string()))
        }
        None => (before, None),
    };
    let abbr = abbr.filter(|a| is_abbreviation(a));
    let name = trailing_proper_phrase(name_part)?;
    (name.split_whitespace().count() >= 2 || abbr.is_some()).then_some(Value::Name {
        name,
        abbreviation: abbr,
    })
}

/// The proper-name phrase that ends `text`.
fn trailing_proper_phrase(text: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for raw in text.split_whitespace().rev() {
        let bare = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        let punctuated = raw.ends_with([',', ';', ':']) && !words.is_empty();
        if punctuated || !(capital || NAME_JOINERS.contains(&bare)) || bare.is_empty() {
            break;
        }
        // An abbreviation before a name belongs to another name ("PICMME the Committee").
        if is_abbreviation(bare) && !words.is_empty() {
            break;
        }
        words.push(bare);
        if raw.starts_with(['“', '"']) {
            break;
        }
    }
    words.reverse();
    while words.first().is_some_and(|w| NAME_JOINERS.contains(w)) {
        words.remove(0);
    }
    (words.len() >= 2).then(|| words.join(" "))
}

/// A name written after `at`, before the next date: "in 1952 to the “Intergovernmental
/// Commission for European Migration (ICEM)”".
fn name_after(text: &str, at: usize, dates: &[DateMention]) -> Option<Value> {
    let end = dates
        .iter()
        .map(|d| d.range.start)
        .find(|&s| s > at)
        .unwrap_or(text.len());
    let window = &text[at..end];
    // Skip to the first capitalised word.
    let start = window
        .char_indices()
        .find(|&(i, c)| {
            c.is_uppercase() && (i == 0 || !window[..i].ends_with(|p: char| p.is_alphanumeric()))
        })?
        .0;
    let rest = &window[start..];
    let name = proper_phrase(rest)?;
    if name.split_whitespace().count() < 2 && !is_abbreviation(&name) {
        return None;
    }
    // An abbreviation in brackets right after the name (possibly after closing quotes).
    let after_name = &rest[rest.find(&name.split_whitespace().last()?.to_string())?..];
    let abbr = after_name
        .find('(')
        .filter(|&p| p < after_name.split_whitespace().next().map_or(0, str::len) + 6)
        .and_then(|p| {
            let inner = after_name[p + 1..].split([')', ',']).next()?;
            is_abbreviation(inner).then(|| inner.to_string())
        });
    if is_abbreviation(&name) {
        return Some(Value::Name {
            name: name.clone(),
            abbreviation: Some(name),
        });
    }
    Some(Value::Name {
        name,
        abbreviation: abbr,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::structure;

    fn claims_of(text: &str) -> Vec<(String, String, Option<String>)> {
        let doc = structure(text);
        let subject = Subject::from_docs(&doc.title, std::slice::from_ref(&doc));
        extract(DocId(0), &doc, &subject)
            .into_iter()
            .map(|c| {
                (
                    c.predicate.key,
                    c.value.to_string(),
                    c.as_of.map(|d| d.iso()),
                )
            })
            .collect()
    }

    /// The values of every claim with this key, in order.
    fn values<'a>(claims: &'a [(String, String, Option<String>)], key: &str) -> Vec<&'a str> {
        claims
            .iter()
            .filter(|(k, _, _)| k == key)
            .map(|(_, v, _)| v.as_str())
            .collect()
    }

    fn has(
        claims: &[(String, String, Option<String>)],
        key: &str,
        value: &str,
        as_of: Option<&str>,
    ) -> bool {
        claims
            .iter()
            .any(|(k, v, a)| k == key && v == value && a.as_deref() == as_of)
    }

    #[test]
    fn founding_and_formal_establishment() {
        let c = claims_of("The Acme Union (AU) is a body. It was founded in 1901 in Lyon. Its charter entered into force on 3 May 1905 and the union was formally established.");
        assert!(has(&c, "founded", "1901", None), "{c:?}");
        assert!(has(&c, "formally_established", "3 May 1905", None), "{c:?}");
    }

    #[test]
    fn counts_with_their_as_of_dates() {
        let c = claims_of("The Acme Union (AU) is a body. As of March 2020, the Acme Union has 52 member states and four observer states. It has some 1,200 staff in over 30 countries.");
        assert!(
            has(&c, "member_states", "52 member states", Some("2020-03")),
            "{c:?}"
        );
        assert!(
            has(&c, "observer_states", "4 observer states", Some("2020-03")),
            "{c:?}"
        );
        assert!(has(&c, "staff", "some 1,200 staff", None), "{c:?}");
        assert!(has(&c, "countries", "over 30 countries", None), "{c:?}");
    }

    #[test]
    fn budgets_leaders_and_headquarters() {
        let c = claims_of("The Acme Union (AU) is a body. In 2019, it had an annual budget of $2.5 billion. The AU Secretary General, Jane Q. Public, met the UN Secretary General, John Doe. Its headquarters are in the French city, Lyon.");
        assert!(has(&c, "budget", "US$2.5 billion", Some("2019")), "{c:?}");
        assert!(
            c.iter()
                .any(|(k, v, _)| k == "secretary_general" && v == "Jane Q. Public"),
            "{c:?}"
        );
        assert!(!c.iter().any(|(_, v, _)| v == "John Doe"), "{c:?}");
        assert!(has(&c, "headquarters", "Lyon", None), "{c:?}");
    }

    #[test]
    fn renamings_give_each_name_its_year() {
        let c = claims_of("The Acme Union (AU) is a body. It was first known as the Provisional Acme Council (PAC). The body underwent a succession of name changes from PAC to the Acme Council (AC) in 1920, and finally to the Acme Union (AU) in 1950.");
        assert!(
            has(&c, "name", "Provisional Acme Council (PAC)", None),
            "{c:?}"
        );
        assert!(has(&c, "name", "Acme Council (AC)", Some("1920")), "{c:?}");
        assert!(has(&c, "name", "Acme Union (AU)", Some("1950")), "{c:?}");
    }

    #[test]
    fn enumerations_inline_and_as_lists() {
        let c = claims_of("The Acme Union (AU) is a body. It works in the three areas of trade: tariffs, quotas, and standards.");
        let items = values(&c, "one_of_areas_of_trade");
        assert_eq!(items, ["tariffs", "quotas", "standards"]);
        let c = claims_of("The Acme Union (AU) is a body. It has 2 goals, which are:\n\n• Peace.\n\n• Trade.\n\n• Not this one.");
        let items = values(&c, "one_of_goals");
        assert_eq!(items, ["Peace", "Trade"]);
    }

    #[test]
    fn included_lists_are_enumerations_too() {
        let c = claims_of("The Acme Union (AU) is a body. Core services include freight, storage, customs advice and insurance. It includes nothing else.");
        let items = values(&c, "one_of_core_services");
        assert_eq!(items, ["freight", "storage", "customs advice", "insurance"]);
    }

    #[test]
    fn person_names_and_proper_phrases() {
        assert_eq!(
            person_name("William Lacy Swing noted that"),
            Some("William Lacy Swing".into())
        );
        assert_eq!(
            person_name("Antonio Vitorino, serves"),
            Some("Antonio Vitorino".into())
        );
        assert_eq!(person_name("and the Secretary"), None);
        assert_eq!(proper_phrase("Geneva, Switzerland"), Some("Geneva".into()));
        assert_eq!(
            proper_phrase("Intergovernmental Committee for Migration (ICM) in"),
            Some("Intergovernmental Committee for Migration".into())
        );
    }
}
