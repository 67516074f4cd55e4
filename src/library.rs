//! The reader's own documents as the app knows them: the kept documents, how far their analysis
//! has gone, and what went wrong adding or keeping them. Pure state, changed only through
//! [`LibraryAction`]s (part of the app's one reducer); the browser work is in `library_effects`.

use std::rc::Rc;

use crate::explorer::Shared;

/// One of the reader's documents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserDocument {
    pub name: String,
    pub text: String,
}

/// How far the analysis of the current documents has gone. `generation` names the set of
/// documents it is for (see [`Library::generation`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Preparation {
    #[default]
    NotStarted,
    Working {
        generation: u32,
        step: usize,
        steps: usize,
        label: String,
    },
    Ready {
        generation: u32,
        explorer: Shared,
    },
    Failed {
        generation: u32,
        message: String,
    },
}

impl Preparation {
    fn generation(&self) -> Option<u32> {
        match self {
            Preparation::NotStarted => None,
            Preparation::Working { generation, .. }
            | Preparation::Ready { generation, .. }
            | Preparation::Failed { generation, .. } => Some(*generation),
        }
    }
}

/// The reader's documents and their analysis.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    /// In name order; names are unique (adding a name again replaces that document).
    pub documents: Rc<Vec<UserDocument>>,
    /// Whether the kept documents have been read back from the browser yet.
    pub loaded: bool,
    /// Changes whenever the documents do, so that work for an older set is recognised and
    /// dropped.
    pub generation: u32,
    pub preparation: Preparation,
    /// Problems adding or keeping documents, oldest first, until dismissed.
    pub problems: Vec<String>,
}

/// What can happen to the [`Library`].
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryAction {
    /// The documents kept in the browser were read back (once, at start-up). Documents added
    /// meanwhile stay.
    Loaded(Vec<UserDocument>),
    /// New documents; each replaces any document of the same name.
    Added(Vec<UserDocument>),
    Removed(String),
    Problem(String),
    DismissProblems,
    /// The analysis moved on (dropped when it is for documents that have since changed).
    Prepared(Preparation),
}

impl Library {
    /// The library after `action`.
    pub fn apply(mut self, action: LibraryAction) -> Self {
        match action {
            LibraryAction::Loaded(kept) => {
                self.loaded = true;
                let added = std::mem::take(Rc::make_mut(&mut self.documents));
                self.set_documents(kept);
                self.merge(added);
            }
            LibraryAction::Added(documents) => self.merge(documents),
            LibraryAction::Removed(name) => {
                let mut documents = (*self.documents).clone();
                documents.retain(|d| d.name != name);
                self.set_documents(documents);
            }
            LibraryAction::Problem(message) => self.problems.push(message),
            LibraryAction::DismissProblems => self.problems.clear(),
            LibraryAction::Prepared(preparation) => self.prepared(preparation),
        }
        self
    }

    /// The generation whose analysis should start now: the current one, when there are
    /// documents and nothing has been done for them yet.
    pub fn wanted(&self) -> Option<u32> {
        let current = Some(self.generation);
        (!self.documents.is_empty() && self.preparation.generation() != current)
            .then_some(self.generation)
    }

    /// `wanted` if no document has that name yet, else `wanted 2`, `wanted 3`...: a name for
    /// pasted text that replaces nothing.
    pub fn unused_name(&self, wanted: &str) -> String {
        let taken = |name: &str| self.documents.iter().any(|d| d.name == name);
        std::iter::once(wanted.to_string())
            .chain((2..).map(|n| format!("{wanted} {n}")))
            .find(|name| !taken(name))
            .unwrap_or_default()
    }

    /// The explorer for the current documents, once ready.
    pub fn explorer(&self) -> Option<&Shared> {
        match &self.preparation {
            Preparation::Ready { explorer, .. } => Some(explorer),
            _ => None,
        }
    }

    fn merge(&mut self, added: Vec<UserDocument>) {
        if added.is_empty() {
            return;
        }
        let mut documents = (*self.documents).clone();
        for document in added {
            documents.retain(|d| d.name != document.name);
            documents.push(document);
        }
        self.set_documents(documents);
    }

    fn set_documents(&mut self, mut documents: Vec<UserDocument>) {
        corpus::order::sort_by(&mut documents, |a, b| a.name.cmp(&b.name));
        if documents != *self.documents {
            self.documents = Rc::new(documents);
            self.generation += 1;
            // Whatever was done was for the documents before: `preparation` is always about
            // the current ones.
            self.preparation = Preparation::NotStarted;
        }
    }

    /// Records progress or a result, unless it is for documents that have since changed.
    fn prepared(&mut self, preparation: Preparation) {
        if preparation.generation() == Some(self.generation) {
            self.preparation = preparation;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::Explorer;

    fn doc(name: &str, text: &str) -> UserDocument {
        UserDocument {
            name: name.into(),
            text: text.into(),
        }
    }

    fn names(library: &Library) -> Vec<&str> {
        library.documents.iter().map(|d| d.name.as_str()).collect()
    }

    fn explorer() -> Shared {
        let corpus = corpus::Corpus::from_texts([("a.txt", "Founded in 1990.")]);
        Shared::new(Explorer::yours(&corpus, corpus::Derived::new(&corpus)))
    }

    #[test]
    fn documents_are_kept_in_name_order_and_a_name_added_again_replaces_it() {
        let library = Library::default()
            .apply(LibraryAction::Added(vec![
                doc("b.txt", "B"),
                doc("a.md", "A"),
            ]))
            .apply(LibraryAction::Added(vec![doc("b.txt", "B2")]));
        assert_eq!(names(&library), ["a.md", "b.txt"]);
        assert_eq!(library.documents[1].text, "B2");
        let library = library.apply(LibraryAction::Removed("a.md".into()));
        assert_eq!(names(&library), ["b.txt"]);
    }

    #[test]
    fn documents_added_before_the_kept_ones_are_read_back_stay() {
        let library = Library::default()
            .apply(LibraryAction::Added(vec![doc("new.txt", "N")]))
            .apply(LibraryAction::Loaded(vec![doc("old.txt", "O")]));
        assert!(library.loaded);
        assert_eq!(names(&library), ["new.txt", "old.txt"]);
    }

    #[test]
    fn analysis_is_wanted_once_per_set_of_documents() {
        let library = Library::default();
        assert_eq!(library.wanted(), None, "no documents, nothing to analyse");
        let library = library.apply(LibraryAction::Added(vec![doc("a.txt", "A")]));
        let generation = library.wanted().expect("wanted");
        let library = library.apply(LibraryAction::Prepared(Preparation::Working {
            generation,
            step: 1,
            steps: 3,
            label: "Reading".into(),
        }));
        assert_eq!(library.wanted(), None, "already under way");
        let library = library.apply(LibraryAction::Prepared(Preparation::Ready {
            generation,
            explorer: explorer(),
        }));
        assert!(library.explorer().is_some());
        let library = library.apply(LibraryAction::Added(vec![doc("b.txt", "B")]));
        assert!(library.explorer().is_none(), "the documents changed");
        assert_eq!(library.wanted(), Some(generation + 1));
    }

    #[test]
    fn a_failure_for_documents_that_have_since_changed_is_not_kept() {
        let library = Library::default().apply(LibraryAction::Added(vec![doc("a.txt", "A")]));
        let generation = library.generation;
        let library = library
            .apply(LibraryAction::Prepared(Preparation::Failed {
                generation,
                message: "stopped".into(),
            }))
            .apply(LibraryAction::Added(vec![doc("b.txt", "B")]));
        assert_eq!(library.preparation, Preparation::NotStarted);
        assert_eq!(library.wanted(), Some(generation + 1));
    }

    #[test]
    fn results_for_documents_that_have_since_changed_are_dropped() {
        let library = Library::default().apply(LibraryAction::Added(vec![doc("a.txt", "A")]));
        let old = library.generation;
        let library = library.apply(LibraryAction::Removed("a.txt".into()));
        let library = library.apply(LibraryAction::Prepared(Preparation::Ready {
            generation: old,
            explorer: explorer(),
        }));
        assert_eq!(library.preparation, Preparation::NotStarted);
        assert_eq!(library.wanted(), None);
    }

    #[test]
    fn the_same_documents_again_start_no_new_analysis() {
        let library = Library::default().apply(LibraryAction::Added(vec![doc("a.txt", "A")]));
        let generation = library.generation;
        let library = library.apply(LibraryAction::Added(vec![doc("a.txt", "A")]));
        assert_eq!(library.generation, generation);
    }

    #[test]
    fn pasted_text_gets_a_name_that_replaces_nothing() {
        let library = Library::default().apply(LibraryAction::Added(vec![
            doc("Pasted text", "A"),
            doc("Pasted text 2", "B"),
        ]));
        assert_eq!(library.unused_name("Pasted text"), "Pasted text 3");
        assert_eq!(library.unused_name("Notes"), "Notes");
    }

    #[test]
    fn problems_are_kept_until_dismissed() {
        let library = Library::default()
            .apply(LibraryAction::Problem("one".into()))
            .apply(LibraryAction::Problem("two".into()));
        assert_eq!(library.problems, ["one", "two"]);
        assert!(library
            .apply(LibraryAction::DismissProblems)
            .problems
            .is_empty());
    }
}
