//! One sort for the whole app. Every sort goes through a single compiled copy of the standard
//! library's stable sort (on positions, with a dynamic comparator), so the WebAssembly carries
//! that code once instead of once per element type and comparator: eleven copies of it took
//! about 64 KB of the module before wasm-opt. And what two sorted lists share.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, &order);
}

/// Sorts `items` stably by the key `key` gives, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their natural order, like `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// How many items two sorted lists of distinct items share, in one pass over both.
pub fn shared_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// The positions `0..len` in the order `compare` puts them, equal ones keeping their order.
#[inline(never)]
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Rearranges `items` so that position `k` holds what was at `order[k]`, following each cycle
/// of the permutation with swaps.
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the comparison with `std` covers many shapes.
    fn shapes() -> impl Iterator<Item = Vec<(u8, usize)>> {
        let mut state = 0x9e37_79b9_u32;
        (0..300).map(move |n| {
            (0..n % 40)
                .map(|i| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    ((state % (1 + n as u32 % 7)) as u8, i)
                })
                .collect()
        })
    }

    #[test]
    fn sorts_exactly_like_the_standard_stable_sort() {
        for items in shapes() {
            let mut ours = items.clone();
            let mut std = items.clone();
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "input {items:?}");
        }
    }

    #[test]
    fn sorts_in_natural_and_reverse_order() {
        let mut words = vec!["pear", "apple", "fig", "apple"];
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "pear"]);
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["pear", "fig", "apple", "apple"]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }
}
