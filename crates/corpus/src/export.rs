//! The `export` view of an analysis: plain, human-readable JSON shapes (values and dates as
//! strings, typed detail beside them), for other tools and for checking the pipeline by eye.
//! Sources and questions serialize as they are (`{doc, quote, start, end}`).

use serde::Serialize;

use crate::dates::Date;
use crate::events::{Category, Event};
use crate::facts::{Source, Value};
use crate::pipeline::Analysis;
use crate::quiz::{generate, Question};
use crate::reconcile::{ClaimStatus, ConflictKind};

#[derive(Serialize)]
pub struct Export<'a> {
    pub subject: &'a str,
    pub documents: Vec<ExportDoc<'a>>,
    pub facts: Vec<ExportFact<'a>>,
    pub events: Vec<ExportEvent<'a>>,
    pub conflicts: Vec<ExportConflict<'a>>,
    /// The quiz for seed 1 (`#/quiz?seed=1` in the app).
    pub quiz: Vec<Question>,
    /// The one article built from all documents, as plain text.
    pub article: Vec<ExportArticleSection>,
}

#[derive(Serialize)]
pub struct ExportArticleSection {
    pub slug: String,
    pub title: String,
    /// Subheadings as `## ...`, paragraphs as text.
    pub blocks: Vec<String>,
}

#[derive(Serialize)]
pub struct ExportDoc<'a> {
    pub id: usize,
    pub path: String,
    /// What a reader knows the document by (its publisher or site, else its title, else its
    /// file name without the hash).
    pub name: &'a str,
    pub title: &'a str,
    pub reordered: bool,
    pub removed_noise: usize,
    pub sections: Vec<ExportSection<'a>>,
}

#[derive(Serialize)]
pub struct ExportSection<'a> {
    pub heading: Option<&'a str>,
    pub paragraphs: Vec<String>,
}

#[derive(Serialize)]
pub struct ExportFact<'a> {
    pub id: &'a str,
    pub subject: &'a str,
    pub predicate: &'a str,
    pub predicate_label: &'a str,
    pub value: String,
    pub as_of: Option<String>,
    pub typed: TypedValue<'a>,
    pub sources: &'a [Source],
}

/// A fact's typed value as the export writes it: internally tagged, `{"type": "count", ...}`.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TypedValue<'a> {
    Date {
        date: Date,
    },
    Count {
        value: f64,
        qualifier: &'a Option<String>,
        unit: &'a str,
    },
    Money {
        value: f64,
        currency: &'a str,
        qualifier: &'a Option<String>,
    },
    Person {
        name: &'a str,
    },
    Place {
        name: &'a str,
    },
    Name {
        name: &'a str,
        abbreviation: &'a Option<String>,
    },
    Item {
        text: &'a str,
    },
}

impl<'a> From<&'a Value> for TypedValue<'a> {
    fn from(value: &'a Value) -> Self {
        match value {
            Value::Date { date } => TypedValue::Date { date: *date },
            Value::Count {
                value,
                qualifier,
                unit,
            } => TypedValue::Count {
                value: *value,
                qualifier,
                unit,
            },
            Value::Money {
                value,
                currency,
                qualifier,
            } => TypedValue::Money {
                value: *value,
                currency,
                qualifier,
            },
            Value::Person { name } => TypedValue::Person { name },
            Value::Place { name } => TypedValue::Place { name },
            Value::Name { name, abbreviation } => TypedValue::Name { name, abbreviation },
            Value::Item { text } => TypedValue::Item { text },
        }
    }
}

#[derive(Serialize)]
pub struct ExportEvent<'a> {
    pub id: &'a str,
    pub date: String,
    pub end: Option<String>,
    /// "day", "month", "year" or "decade".
    pub precision: &'static str,
    pub title: &'a str,
    pub category: Category,
    pub sources: &'a [Source],
    pub other_dates: Vec<ExportOtherDate<'a>>,
}

#[derive(Serialize)]
pub struct ExportOtherDate<'a> {
    pub date: String,
    pub end: Option<String>,
    pub sources: &'a [Source],
}

#[derive(Serialize)]
pub struct ExportConflict<'a> {
    pub predicate: &'a str,
    pub predicate_label: &'a str,
    pub kind: ConflictKind,
    pub claims: Vec<ExportClaim<'a>>,
}

#[derive(Serialize)]
pub struct ExportClaim<'a> {
    pub fact_id: &'a str,
    pub value: String,
    pub as_of: Option<String>,
    pub status: ClaimStatus,
    pub sources: &'a [Source],
}

fn iso(date: Option<Date>) -> Option<String> {
    date.map(Date::iso)
}

/// "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a decade is its first year, with its last year as the end.
fn export_date(date: Date, end: Option<Date>) -> (String, Option<String>) {
    match date {
        Date::Decade(y) => (
            format!("{y:04}"),
            Some(end.map_or(format!("{:04}", y + 9), Date::iso)),
        ),
        other => (other.iso(), iso(end)),
    }
}

fn precision(date: Date) -> &'static str {
    match date {
        Date::Decade(_) => "decade",
        Date::Year(_) => "year",
        Date::Month { .. } => "month",
        Date::Day { .. } => "day",
    }
}

fn event(e: &Event) -> ExportEvent<'_> {
    let (date, end) = export_date(e.date, e.end);
    ExportEvent {
        id: &e.id,
        date,
        end,
        precision: precision(e.date),
        title: &e.title,
        category: e.category,
        sources: &e.sources,
        other_dates: e
            .other_dates
            .iter()
            .map(|o| {
                let (date, end) = export_date(o.date, o.end);
                ExportOtherDate {
                    date,
                    end,
                    sources: &o.sources,
                }
            })
            .collect(),
    }
}

/// The export view of `analysis`; `paths` names each document's file, in document order.
pub fn export<'a>(analysis: &'a Analysis, paths: &[String]) -> Export<'a> {
    Export {
        subject: &analysis.subject,
        documents: analysis
            .documents
            .iter()
            .map(|d| ExportDoc {
                id: d.id.0,
                path: paths.get(d.id.0).cloned().unwrap_or_else(|| d.file.clone()),
                name: &d.name,
                title: &d.doc.title,
                reordered: d.doc.reordered,
                removed_noise: d.doc.removed_total(),
                sections: d
                    .doc
                    .sections
                    .iter()
                    .map(|s| ExportSection {
                        heading: s.heading.as_deref(),
                        paragraphs: s.paragraphs.iter().map(|p| p.text()).collect(),
                    })
                    .collect(),
            })
            .collect(),
        facts: analysis
            .facts
            .iter()
            .map(|f| ExportFact {
                id: &f.id,
                subject: &f.subject,
                predicate: &f.predicate.key,
                predicate_label: &f.predicate.label,
                value: f.value.to_string(),
                as_of: f.as_of.map(|d| d.to_string()),
                typed: TypedValue::from(&f.value),
                sources: &f.sources,
            })
            .collect(),
        events: analysis.events.iter().map(event).collect(),
        article: crate::article::build_article(analysis)
            .sections
            .into_iter()
            .map(|s| ExportArticleSection {
                slug: s.slug,
                title: s.title,
                blocks: s
                    .blocks
                    .iter()
                    .map(|b| match b {
                        crate::article::ArticleBlock::Subheading(h) => format!("## {h}"),
                        crate::article::ArticleBlock::Paragraph(p) => p.text(),
                    })
                    .collect(),
            })
            .collect(),
        quiz: generate(analysis, 1),
        conflicts: analysis
            .conflicts
            .iter()
            .map(|c| ExportConflict {
                predicate: &c.predicate.key,
                predicate_label: &c.predicate.label,
                kind: c.kind,
                claims: c
                    .claims
                    .iter()
                    .map(|claim| ExportClaim {
                        fact_id: &claim.fact_id,
                        value: claim.value.to_string(),
                        as_of: claim.as_of.map(|d| d.to_string()),
                        status: claim.status,
                        sources: &claim.sources,
                    })
                    .collect(),
            })
            .collect(),
    }
}
