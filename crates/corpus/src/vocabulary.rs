//! Words as integer ids: sets of words compare, hash and index as sorted lists of integers, and
//! each word as a text writes it is read (lower-cased, stemmed, checked against a stop list)
//! once, however often the text repeats it.

use rustc_hash::FxHashMap;

/// Ids of the keys a rule makes of words. One vocabulary serves one rule: a word written the
/// same way always has the same key.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    /// A word as written → the id of its key (`None`: the rule keeps no key for it).
    written: FxHashMap<String, Option<u32>>,
    /// A key → its id, in the order keys were first met.
    ids: FxHashMap<String, u32>,
}

impl Vocabulary {
    /// The id of the key `rule` makes of a word as written, or none when it keeps none.
    pub fn id_of(
        &mut self,
        written: &str,
        rule: impl FnOnce(&str) -> Option<String>,
    ) -> Option<u32> {
        if let Some(&id) = self.written.get(written) {
            return id;
        }
        let id = rule(written).map(|key| self.key_id(&key));
        // Numbers are not remembered as written: a table has thousands, most read once.
        if !written.starts_with(|c: char| c.is_ascii_digit()) {
            self.written.insert(written.to_string(), id);
        }
        id
    }

    /// The id of a key, new or not.
    pub fn key_id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(key.to_string(), id);
        id
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
        self.ids.is_empty()
    }
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
}
