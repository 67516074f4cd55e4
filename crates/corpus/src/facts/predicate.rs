//! What a claim is about: stable keys and the labels readers see.

use std::borrow::Cow;

use super::*;

/// What a claim is about. Keys are stable identifiers; `label` is for readers.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Predicate {
    /// Borrowed for the predicates every document may have, owned for those a text names
    /// (a leader's title, an enumeration): most claims' predicates are never copied.
    pub key: Cow<'static, str>,
    pub label: Cow<'static, str>,
    /// Several values hold at once (languages, list items): no conflict between them.
    pub multi: bool,
}

impl Predicate {
    fn new(key: impl Into<Cow<'static, str>>, label: impl Into<Cow<'static, str>>) -> Self {
        Predicate {
            key: key.into(),
            label: label.into(),
            multi: false,
        }
    }

    fn multi(key: impl Into<Cow<'static, str>>, label: impl Into<Cow<'static, str>>) -> Self {
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
    /// A body the subject took over from (several may be named: no conflict between them).
    pub fn forerunner() -> Self {
        Predicate::multi("forerunner", "Forerunner")
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
        Predicate::new(key, title.to_string())
    }
    /// One item of an enumeration ("the four broad areas of migration management").
    pub fn one_of(what: &str) -> Self {
        let key = format!("one_of_{}", norm_words(what).replace(' ', "_"));
        Predicate::multi(key, what.to_string())
    }
}
