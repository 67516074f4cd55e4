//! Words as integer ids: sets of words compare, hash and index as sorted lists of integers, and
//! each word as a text writes it is read (lower-cased, stemmed, checked against a stop list)
//! once, however often the text repeats it.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};

/// Ids of the keys a rule makes of words. One vocabulary serves one rule: a word written the
/// same way always has the same key.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    /// A word as written → the id of its key (`None`: the rule keeps no key for it).
    written: StrTable<Option<u32>>,
    /// A key → its id, in the order keys were first met.
    ids: StrTable<u32>,
}

impl Vocabulary {
    /// The id of the key `rule` makes of a word as written, or none when it keeps none.
    pub fn id_of(
        &mut self,
        written: &str,
        rule: impl FnOnce(&str) -> Option<String>,
    ) -> Option<u32> {
        if let Some(id) = self.written.get(written) {
            return id;
        }
        let id = rule(written).map(|key| self.key_id(&key));
        // Numbers are not remembered as written: a table has thousands, most read once.
        if !written.starts_with(|c: char| c.is_ascii_digit()) {
            self.written.insert(written, id);
        }
        id
    }

    /// The id of a key, new or not.
    pub fn key_id(&mut self, key: &str) -> u32 {
        let id = self.ids.len() as u32;
        self.ids.get_or_insert(key, id)
    }

    /// The ids of the keys of `words`, sorted and distinct.
    pub fn ids_of<'a>(
        &mut self,
        words: impl Iterator<Item = &'a str>,
        rule: impl Fn(&str) -> Option<String>,
    ) -> Vec<u32> {
        let mut ids: Vec<u32> = words.filter_map(|w| self.id_of(w, &rule)).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// How many keys it has: every id is below.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether it has no key yet.
    pub fn is_empty(&self) -> bool {
        self.ids.len() == 0
    }
}

/// Texts → values, every text in one buffer: a table of a hundred thousand words is a few
/// allocations, not one per word (made and freed again for each document's reading).
#[derive(Debug, Clone)]
pub(crate) struct StrTable<V> {
    texts: String,
    /// Each entry: its text's end in `texts` (it starts where the entry before ends), its
    /// value, and the entry before it of the same hash.
    entries: Vec<(usize, V, Option<u32>)>,
    /// The latest entry of each hash.
    latest: FxHashMap<u64, u32>,
}

impl<V> Default for StrTable<V> {
    fn default() -> Self {
        StrTable {
            texts: String::new(),
            entries: Vec::new(),
            latest: FxHashMap::default(),
        }
    }
}

impl<V: Copy> StrTable<V> {
    /// The value of `text`, if it has one.
    pub fn get(&self, text: &str) -> Option<V> {
        self.find(hash(text), text)
    }

    /// The value of `text`, given `value` when it has none yet.
    pub fn get_or_insert(&mut self, text: &str, value: V) -> V {
        let hash = hash(text);
        match self.find(hash, text) {
            Some(known) => known,
            None => {
                self.push(hash, text, value);
                value
            }
        }
    }

    /// Gives `text` the value `value`, in place of any it had.
    pub fn insert(&mut self, text: &str, value: V) {
        let hash = hash(text);
        match self.position(hash, text) {
            Some(at) => self.entries[at].1 = value,
            None => self.push(hash, text, value),
        }
    }

    /// How many texts it has.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    fn find(&self, hash: u64, text: &str) -> Option<V> {
        self.position(hash, text).map(|at| self.entries[at].1)
    }

    fn position(&self, hash: u64, text: &str) -> Option<usize> {
        let mut at = self.latest.get(&hash).copied();
        while let Some(i) = at.map(|i| i as usize) {
            if self.text(i) == text {
                return Some(i);
            }
            at = self.entries[i].2;
        }
        None
    }

    fn text(&self, at: usize) -> &str {
        let start = at.checked_sub(1).map_or(0, |before| self.entries[before].0);
        &self.texts[start..self.entries[at].0]
    }

    fn push(&mut self, hash: u64, text: &str, value: V) {
        let at = self.entries.len() as u32;
        self.texts.push_str(text);
        let before = self.latest.insert(hash, at);
        self.entries.push((self.texts.len(), value, before));
    }
}

fn hash(text: &str) -> u64 {
    let mut hasher = FxHasher::default();
    text.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower_long(w: &str) -> Option<String> {
        (w.len() > 2).then(|| w.to_lowercase())
    }

    #[test]
    fn words_written_otherwise_with_one_key_share_an_id() {
        let mut v = Vocabulary::default();
        let a = v.ids_of("Ships sail to Venice".split(' '), lower_long);
        let b = v.ids_of("VENICE ships".split(' '), lower_long);
        assert_eq!(a.len(), 3, "'to' keeps no key");
        assert_eq!(b.len(), 2);
        assert!(b.iter().all(|id| a.contains(id)));
        assert_eq!(v.len(), 3);
        assert!(a.windows(2).all(|w| w[0] < w[1]), "sorted and distinct");
    }

    #[test]
    fn a_table_finds_each_text_it_holds_and_only_those() {
        let mut table = StrTable::default();
        let words = ["", "a", "ab", "b", "ba", "Genève", "aab"];
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get_or_insert(w, i), i);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(w), Some(i), "{w}");
            assert_eq!(table.get_or_insert(w, 99), i, "kept, not replaced");
        }
        assert_eq!(table.get("abb"), None);
        assert_eq!(table.get("Genev"), None);
        table.insert("ab", 42);
        assert_eq!((table.get("ab"), table.len()), (Some(42), words.len()));
    }

    #[test]
    fn texts_of_one_hash_are_told_apart() {
        // Every text under one hash: found by comparing the texts.
        let mut table = StrTable::default();
        for (i, w) in ["x", "y", "z"].iter().enumerate() {
            let at = table.entries.len() as u32;
            table.texts.push_str(w);
            let before = table.latest.insert(0, at);
            table.entries.push((table.texts.len(), i, before));
        }
        assert_eq!(table.find(0, "y"), Some(1));
        assert_eq!(table.find(0, "x"), Some(0));
        assert_eq!(table.find(0, "w"), None);
    }
}
