//! The claims said so far, found by their stems: each stem lists the claims that have it, up to
//! a bound, so that a lookup reads a bounded number of entries however large the corpus (a stem
//! that every sentence has finds nothing worth comparing anyway).

use super::Terms;

/// How many claims a stem lists at most.
const POSTINGS: usize = 64;
/// How many candidates a lookup returns at most, those sharing the most weight first.
const CANDIDATES: usize = 24;

/// Stem → the claims (by number) whose wordings have it.
#[derive(Clone, Debug, Default)]
pub struct ClaimIndex {
    /// By stem id.
    by_stem: Vec<Vec<usize>>,
    /// How many times a claim was filed: candidates found at one version hold until the next.
    version: usize,
    /// Each claim's shared weight while a sentence's candidates are summed; zero between.
    sums: Vec<f64>,
    /// The claims met while summing (kept between lookups for its allocation).
    met: Vec<usize>,
}

impl ClaimIndex {
    /// Files claim `id` under the stems of one of its wordings (each stem's list on its own:
    /// their order does not matter).
    pub fn add(&mut self, id: usize, terms: &Terms) {
        for (stem, _) in terms.weighted() {
            let stem = stem as usize;
            if self.by_stem.len() <= stem {
                self.by_stem.resize_with(stem + 1, Vec::new);
            }
            let list = &mut self.by_stem[stem];
            if list.len() < POSTINGS && list.last() != Some(&id) {
                list.push(id);
                self.version += 1;
            }
        }
        if self.sums.len() <= id {
            self.sums.resize(id + 1, 0.0);
        }
    }

    /// Changes with every claim filed: candidates found at the same version are the same.
    pub fn version(&self) -> usize {
        self.version
    }

    /// The claims that share the most weight with `terms`, best first.
    pub fn candidates(&mut self, terms: &Terms) -> Vec<usize> {
        // Every (claim, weight) posting summed per claim in the order of the stems, in a
        // buffer by claim that is left zeroed for the next sentence (every weight is positive:
        // a claim is met first when its sum is still zero).
        // Every listed claim was filed with `add`, which sized the buffer for it.
        let mut met = std::mem::take(&mut self.met);
        for (stem, weight) in terms.weighted() {
            let ids = self
                .by_stem
                .get(stem as usize)
                .map_or(&[][..], Vec::as_slice);
            for &id in ids {
                let sum = &mut self.sums[id];
                if *sum == 0.0 {
                    met.push(id);
                }
                *sum += weight;
            }
        }
        let mut ranked: Vec<(usize, f64)> = met
            .drain(..)
            .map(|id| (id, std::mem::take(&mut self.sums[id])))
            .collect();
        self.met = met;
        // The best few, most weight first (claims are distinct: no two rank equal).
        let rank = |a: &(usize, f64), b: &(usize, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if ranked.len() > CANDIDATES {
            ranked.select_nth_unstable_by(CANDIDATES - 1, rank);
            ranked.truncate(CANDIDATES);
        }
        ranked.sort_unstable_by(rank);
        ranked.into_iter().map(|(id, _)| id).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Rarity;

    #[test]
    fn candidates_share_stems_and_the_best_come_first() {
        let mut r = Rarity::of([
            "Ships sail to Venice.",
            "Trains run to Venice daily.",
            "Cats sleep.",
        ]);
        let mut index = ClaimIndex::default();
        index.add(0, &r.terms("Ships sail to Venice."));
        index.add(1, &r.terms("Trains run to Venice daily."));
        index.add(2, &r.terms("Cats sleep."));
        assert_eq!(
            index.candidates(&r.terms("Trains run daily to Venice.")),
            [1, 0]
        );
        assert!(index.candidates(&r.terms("Dogs bark.")).is_empty());
    }

    #[test]
    fn a_stem_lists_a_bounded_number_of_claims() {
        let mut r = Rarity::of(["Migration matters."]);
        let mut index = ClaimIndex::default();
        for id in 0..1000 {
            index.add(id, &r.terms("Migration matters."));
        }
        assert_eq!(
            index.candidates(&r.terms("Migration matters.")).len(),
            CANDIDATES
        );
        assert!(index.by_stem.iter().all(|l| l.len() <= POSTINGS));
    }
}
