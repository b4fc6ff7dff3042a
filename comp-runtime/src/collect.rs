//! How much an eager set or dict comprehension reserves.
//!
//! A list with a single `for` is created at its iterable's length, as a
//! hand-written `Vec::with_capacity(v.len())` would: each element takes one
//! slot. A set or dict cannot know how many *distinct* keys it will hold,
//! and both ways of guessing lose on some input (issue 13, `BENCHMARKS.md`):
//!
//! - reserving the iterable's length wins on all-distinct keys (no
//!   rehashing while the table grows), but `{x % 1000 for x in xs}` over
//!   10^5 items then allocates a table a hundred times larger than its
//!   1,000 entries, and every lookup of a duplicate misses the cache:
//!   1.10 × a `HashSet::new()` + `insert` loop;
//! - starting empty is that loop, and 1.2-1.4 × `with_capacity` on
//!   all-distinct keys (each doubling rehashes everything inserted so far).
//!
//! The policy, [`SetOut`] and [`MapOut`]: a small iterable (at most
//! [`SMALL`] items, whose table is small whatever it holds) is reserved in
//! full. A larger one first reserves about `√len` entries and watches that
//! many inserts: if they bring at most [`SAMPLE_DUPLICATES`] duplicate keys,
//! the keys look distinct and the rest of the length is reserved at once
//! (one rehash of `√len` entries); otherwise the table grows by doubling, as
//! the hand loop without `reserve` does. By the birthday bound, `√n` draws
//! from `n / k` distinct keys repeat about `k / 2` times, so an input with 10
//! or more items per key is caught (1 %-distinct: about 50 duplicates in the
//! sample), and an all-distinct one shows none. Keys that repeat only after
//! the sample (the same 1,000 keys cycled a hundred times) look distinct and
//! get the full reservation: the behaviour of a plain `with_capacity`.
//! A reservation that fails (a size hint larger than memory) is skipped:
//! the table then grows as it fills.

use std::collections::{HashMap, HashSet};
use std::marker::PhantomData;

/// Iterables up to this length are reserved in full: their table is at most
/// a few pages, cheap to allocate even when it stays mostly empty.
pub const SMALL: usize = 1024;

/// The longest sample: `√n` up to `n` = 2^24, enough to tell distinct keys
/// from repeated ones, and small enough to reserve whatever the size hint.
pub const MAX_SAMPLE: usize = 4096;

/// How many duplicate keys the sample may contain and still count as
/// distinct keys (more than 2 in `√n` draws means fewer than about `n / 4`
/// distinct keys).
pub const SAMPLE_DUPLICATES: usize = 2;

/// The sampling state shared by [`SetOut`] and [`MapOut`].
#[derive(Debug)]
struct Sample {
    /// The iterable's length (its size hint), as given to `new`.
    hint: usize,
    /// Inserts still to watch; 0 once decided.
    left: usize,
    /// Duplicates seen among the watched inserts.
    duplicates: usize,
}

/// What the table should do after an insert.
enum Decision {
    /// Keep watching, or keep growing by doubling.
    Nothing,
    /// Reserve this many more entries.
    Reserve(usize),
}

impl Sample {
    /// The sample for an iterable of `hint` items, and what to reserve first.
    fn new(hint: usize) -> (Sample, usize) {
        if hint <= SMALL {
            let sample = Sample {
                hint,
                left: 0,
                duplicates: 0,
            };
            return (sample, hint);
        }
        // `√hint`, rounded down (`usize::isqrt` is newer than the MSRV).
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )]
        let window = ((hint as f64).sqrt() as usize).min(MAX_SAMPLE);
        let sample = Sample {
            hint,
            left: window,
            duplicates: 0,
        };
        (sample, window)
    }

    /// After an insert (`new`: its key was not there), with `len` entries in
    /// the table: `Some(n)` when the table should now reserve `n` more.
    #[inline]
    fn watch(&mut self, new: bool, len: usize) -> Option<usize> {
        if self.left == 0 {
            return None;
        }
        match self.record(new, len) {
            Decision::Reserve(n) => Some(n),
            Decision::Nothing => None,
        }
    }

    /// Records one watched insert (`new`: its key was not there), with `len`
    /// entries in the table after it.
    #[inline(never)]
    fn record(&mut self, new: bool, len: usize) -> Decision {
        self.left -= 1;
        if !new {
            self.duplicates += 1;
            if self.duplicates > SAMPLE_DUPLICATES {
                self.left = 0;
            }
            return Decision::Nothing;
        }
        if self.left != 0 {
            return Decision::Nothing;
        }
        // Every watched insert but a few was a new key: the inserts so far
        // are about `len`, the rest of the iterable is about as distinct.
        Decision::Reserve(self.hint.saturating_sub(len + self.duplicates))
    }
}

/// The collection of an eager set comprehension with a single `for`: a
/// [`HashSet`] reserved by the policy of this module.
#[derive(Debug)]
pub struct SetOut<T> {
    table: HashSet<T>,
    watch: Watch,
}

impl<T> SetOut<T> {
    /// An empty set for an iterable of `hint` items (see [`capacity`](crate::__private::capacity)).
    #[inline]
    pub fn new(hint: usize) -> Self {
        let (sample, reserve) = Sample::new(hint);
        SetOut {
            table: HashSet::with_capacity(reserve),
            watch: Watch(sample),
        }
    }

    /// The set.
    #[inline]
    pub fn finish(self) -> HashSet<T> {
        self.table
    }

    /// The set and the policy, for a body that fills the set itself with
    /// std's `insert` and then asks [`Watch::watch`].
    #[inline]
    pub fn into_parts(self) -> (HashSet<T>, Watch) {
        (self.table, self.watch)
    }

    /// [`SetOut::into_parts`], borrowed: for a block that owns the builder
    /// and fills its set in place, as the block of a comprehension with `?` does.
    #[inline]
    pub fn parts_mut(&mut self) -> (&mut HashSet<T>, &mut Watch) {
        (&mut self.table, &mut self.watch)
    }
}

/// The collection of an eager dict comprehension with a single `for`: a
/// [`HashMap`] reserved by the policy of this module. A duplicate key
/// overwrites the value, as `HashMap::insert` does (the last one wins).
#[derive(Debug)]
pub struct MapOut<K, V> {
    table: HashMap<K, V>,
    watch: Watch,
}

impl<K, V> MapOut<K, V> {
    /// An empty map for an iterable of `hint` items (see [`capacity`](crate::__private::capacity)).
    #[inline]
    pub fn new(hint: usize) -> Self {
        let (sample, reserve) = Sample::new(hint);
        MapOut {
            table: HashMap::with_capacity(reserve),
            watch: Watch(sample),
        }
    }

    /// The map.
    #[inline]
    pub fn finish(self) -> HashMap<K, V> {
        self.table
    }

    /// The map and the policy: see [`SetOut::into_parts`].
    #[inline]
    pub fn into_parts(self) -> (HashMap<K, V>, Watch) {
        (self.table, self.watch)
    }

    /// The map and the policy, borrowed: see [`SetOut::parts_mut`].
    #[inline]
    pub fn parts_mut(&mut self) -> (&mut HashMap<K, V>, &mut Watch) {
        (&mut self.table, &mut self.watch)
    }
}

/// The policy of this module while an eager comprehension's loops fill
/// the table themselves: after each `insert` into it (`new`: the key was not
/// there), [`Watch::watch`] says when to reserve the rest.
#[derive(Debug)]
pub struct Watch(Sample);

impl Watch {
    /// `Some(n)`: reserve `n` more entries in the table, now `len` long.
    #[inline]
    pub fn watch(&mut self, new: bool, len: usize) -> Option<usize> {
        self.0.watch(new, len)
    }
}

/// The element type of an eager comprehension's collection (`T` of a
/// `Vec<T>` or a `HashSet<T>`, `(K, V)` of a `HashMap<K, V>`): each element
/// is checked against it ([`TypedValue`]) before it is added, so that a
/// value of the wrong type is a plain mismatch on the element, with rustc's
/// own conversion hints, and not an argument of a `push` or an `insert`
/// the user did not write; under `concurrency`, each item's future is
/// checked against it, so that an expected `Vec<Box<dyn Trait>>` coerces
/// each branch of a conditional element.
pub struct ElementType<T>(PhantomData<fn() -> T>);

impl<T> Clone for ElementType<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ElementType<T> {}

impl<T> ElementType<T> {
    /// The element type of `collection`.
    #[inline]
    pub fn of_collection<C: Collection<Item = T>>(collection: &C) -> Self {
        let _ = collection;
        ElementType(PhantomData)
    }
}

/// A collection an eager comprehension fills, by its element type.
pub trait Collection {
    /// `T`, or `(K, V)` for a map.
    type Item;
}

impl<T> Collection for Vec<T> {
    type Item = T;
}

impl<T, S> Collection for HashSet<T, S> {
    type Item = T;
}

impl<K, V, S> Collection for HashMap<K, V, S> {
    type Item = (K, V);
}

/// A set with a capacity, filled by a `?` comprehension's loop (a dict's
/// entries are `insert`'s arguments, not checked against an element type).
impl<T> Collection for SetOut<T> {
    type Item = T;
}

/// An item's value, `TypedValue { expected, value }.value`: a struct literal's
/// fields are checked in order, so `value` is checked knowing its type.
pub struct TypedValue<T> {
    /// The collection's element type.
    pub expected: ElementType<T>,
    /// The item's value.
    pub value: T,
}

/// What an eager `acomp!`'s `async` block evaluates to (`()`): with
/// [`awaited_collection`], the comprehension's value is typed through it.
pub trait Finished {
    /// The comprehension's value, `C`.
    type Then<C>;
    /// `collection`.
    fn then<C>(self, collection: C) -> Self::Then<C>;
}

impl Finished for () {
    type Then<C> = C;

    #[inline]
    fn then<C>(self, collection: C) -> C {
        collection
    }
}

/// An eager `acomp!`'s value: the collection its `async` block filled,
/// once `done` (the block's awaited `()`).
///
/// ```text
/// let __comp_done = async { .. }.await;
/// awaited_collection(__comp_done, list)
/// ```
///
/// Typed through `done`, not just `collection`: awaited outside async code
/// (`block_on(acomp![..])` from a sync `fn`), the `.await` is rustc's error
/// E0728 and its value an error type, so the comprehension's is one too and
/// rustc reports nothing more, as for a hand-written `.await` there (the
/// collection's type alone would be "`Vec<T>` is not a future" twice more).
#[inline]
pub fn awaited_collection<D: Finished, C>(done: D, collection: C) -> D::Then<C> {
    done.then(collection)
}

/// The value of an eager `comp!` or `acomp!` without `?`, as its expansion
/// returns it: the identity, `#[must_use]`, so that a comprehension
/// evaluated only for its elements' effects warns as
/// `.map(f).collect::<Vec<_>>();` does, and as the loop the user would
/// write instead warns for an unused `Result` element (`acomp![send(m).await
/// for m in msgs];`).
///
/// ```text
/// comprehension(match ForIn(xs).comp_into_iter() { __comp_iter => fill(..) })
/// ```
///
/// A generic identity keeps the type the comprehension is expected to have
/// reaching its collection (rustc hands an argument the type its call is
/// expected to return). With `?` the value is a `Result` or an `Option`,
/// `#[must_use]` themselves.
#[must_use = "a comprehension builds its collection to be used; for the elements' effects alone, write a `for` loop"]
#[inline(always)]
pub fn comprehension<T>(value: T) -> T {
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::Hash;

    // An insert as an expansion writes it (`comp-macros`' `Sink::add_at`).
    impl<T: Hash + Eq> SetOut<T> {
        fn insert(&mut self, value: T) {
            let (table, watch) = self.parts_mut();
            let new = table.insert(value);
            if let Some(n) = watch.watch(new, table.len()) {
                let _ = table.try_reserve(n);
            }
        }
    }

    impl<K: Hash + Eq, V> MapOut<K, V> {
        fn insert(&mut self, key: K, value: V) {
            let (table, watch) = self.parts_mut();
            let new = table.insert(key, value).is_none();
            if let Some(n) = watch.watch(new, table.len()) {
                let _ = table.try_reserve(n);
            }
        }
    }

    fn set_of(hint: usize, values: impl IntoIterator<Item = u64>) -> HashSet<u64> {
        let mut out = SetOut::new(hint);
        for v in values {
            out.insert(v);
        }
        out.finish()
    }

    #[test]
    fn a_small_iterable_is_reserved_in_full() {
        let set = set_of(1000, (0..1000).map(|x| x % 10));
        assert_eq!(set.len(), 10);
        assert!(set.capacity() >= 1000);
    }

    #[test]
    fn distinct_keys_get_the_whole_length_after_the_sample() {
        let n = 100_000;
        let mut out = SetOut::new(n);
        // The sample is √n = 316 inserts; before it ends, the table is small.
        for v in 0..300 {
            out.insert(v);
        }
        assert!(out.table.capacity() < 1000);
        for v in 300..n as u64 {
            out.insert(v);
        }
        assert!(out.table.capacity() >= n);
        assert_eq!(out.finish().len(), n);
    }

    #[test]
    fn duplicate_keys_grow_the_table_as_needed() {
        let n = 100_000;
        // Pseudo-random keys below 1,000 (keys cycled in order would look
        // distinct to the sample: see the module docs).
        let keys = (0..n as u64).map(|x| (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) % 1000);
        let set = set_of(n, keys);
        assert_eq!(set.len(), 1000);
        assert!(set.capacity() < 4096, "{}", set.capacity());
    }

    #[test]
    fn a_few_duplicates_still_count_as_distinct() {
        let n = 10_000;
        let values = [1, 1, 2, 2, 3, 3].into_iter().chain(4..n as u64);
        let set = set_of(n, values);
        assert_eq!(set.len(), n - 1);
        assert!(set.capacity() >= n - 10);
    }

    #[test]
    fn a_wrong_hint_is_only_a_hint() {
        assert_eq!(set_of(5000, 0..10).len(), 10);
        assert_eq!(set_of(0, 0..5000).len(), 5000);
        assert_eq!(set_of(usize::MAX, 0..3).len(), 3);
    }

    #[test]
    fn the_last_value_of_a_key_wins() {
        let n = 50_000u64;
        let mut out = MapOut::new(n as usize);
        for x in 0..n {
            out.insert(x % 100, x);
        }
        let map = out.finish();
        assert_eq!(map.len(), 100);
        assert!(map.iter().all(|(k, v)| v % 100 == *k && *v >= n - 100));
        assert!(map.capacity() < 1024, "{}", map.capacity());
    }
}
