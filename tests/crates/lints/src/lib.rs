//! Every form of `comp!` and `acomp!`, compiled under the strictest lints:
//! an expansion that warns, or trips a pedantic clippy lint, fails the
//! build (`cargo build`) or `cargo clippy --workspace --all-targets`.
#![deny(warnings, missing_docs, unused, clippy::all, clippy::pedantic)]

use std::collections::{HashMap, HashSet};

use comprehensions::{acomp, comp};
use futures::stream::{self, Stream};

/// The sync forms.
#[must_use]
pub fn sync_forms(xs: &[i32]) -> (Vec<i32>, HashSet<i32>, HashMap<i32, i32>, i32) {
    let list = comp![x * 2 for x in xs if *x > 0];
    let set = comp!({x % 3 for x in xs});
    let dict = comp!({*x: x * x for x in xs});
    let lazy: i32 = comp!((x + y for x in xs for y in 0..*x)).sum();
    (list, set, dict, lazy)
}

/// Walrus, `let`, `if let`, conditional element, bare tuples.
#[must_use]
pub fn clauses(pairs: &[(i32, Option<i32>)]) -> Vec<i32> {
    comp![if z > 0 { z } else { -z } for &(a, b) in pairs if let Some(b) = b let c = a + b if (z := c * 2) != 4]
}

/// Python's conditional element and bare tuple pattern.
#[must_use]
pub fn python_spellings(pairs: &[(i32, i32)]) -> Vec<i32> {
    comp![a if a > b else b for a, b in pairs.iter().copied()]
}

/// Python's conditional in parentheses as a `match` arm's value (the
/// reference's spelling there), without `unused_parens`.
#[must_use]
pub fn conditional_in_arm(xs: &[i32]) -> Vec<i32> {
    comp![match x % 3 { 0 => (x if x > 3 else 0), _ => -1 } for &x in xs]
}

/// The shapes of issue 9: a temporary first iterable, `&mut` results,
/// Python's conditional inside a tuple, a chained comparison, a typed `let`,
/// a lazy form whose inner iterable borrows an owned outer variable.
#[must_use]
pub fn real_code(
    line: &str,
    words: Vec<String>,
    v: &mut [i32],
) -> (Vec<(usize, &'static str)>, String, usize) {
    let tagged = comp![(n, "long" if n > 3 else "short") for w in line.to_lowercase().split(',') let n: usize = w.len() if 0 < n <= 8];
    let letters: String = comp!((c for w in words for c in w.chars())).collect();
    let odd = comp![x for x in v.iter_mut() if *x % 2 == 1].len();
    (tagged, letters, odd)
}

/// Chained comparisons: operands that are places or literals stand as
/// written (`lo <= p.0 < hi`), the others are bound once (`f(x)`, `xs[i]`).
#[must_use]
pub fn chained(points: &[(i32, i32)], lo: &i32, hi: i32) -> Vec<i32> {
    let square = |v: i32| v * v;
    comp![p.0 for p in points if *lo <= p.0 < hi if -1 < square(p.1) <= points[0].1 < i32::MAX if 0 <= p.1 < 256]
}

/// Nested `for`s under `concurrency`, the items sharing the outer variable.
pub async fn shared_outer(hosts: Vec<String>) -> Vec<String> {
    async fn probe(host: &str, port: u16) -> String {
        std::future::ready(format!("{host}:{port}")).await
    }
    acomp![probe(&host, port).await for host in hosts for port in [80, 443]; concurrency = 4]
}

/// `?` in an eager and a lazy form.
///
/// # Errors
/// The first string that is not a number.
pub fn fallible(words: &[&str]) -> Result<Vec<i32>, std::num::ParseIntError> {
    let lazy_ok = comp!((w.parse::<i32>()? for w in words)).flatten().count();
    let mut all = comp![w.parse::<i32>()? for w in words]?;
    all.push(i32::try_from(lazy_ok).unwrap_or(i32::MAX));
    Ok(all)
}

/// A lazy form returned from a function.
pub fn lazy_moved(xs: Vec<i32>, k: i32) -> impl Iterator<Item = i32> {
    comp!(move (x * k for x in xs))
}

/// The async forms.
pub async fn async_forms(xs: Vec<i32>) -> (Vec<i32>, HashMap<i32, i32>, Vec<i32>) {
    let list = acomp![x async for x in stream::iter(xs.clone()) if async { x > 0 }.await];
    let dict = acomp!({*x: async { x * 2 }.await for x in &xs}; concurrency = 4);
    let unordered = acomp![async { *x }.await for x in &xs; concurrency = 2, unordered];
    (list, dict, unordered)
}

/// The eager async forms whose `async for` is drained (nothing awaits after it).
pub async fn async_drained(xs: Vec<i32>) -> (Vec<i32>, HashSet<(i32, i32)>) {
    let list = acomp![x * 3 async for x in stream::iter(xs.clone()) if x % 3 == 0];
    let set = acomp!({(x, y) async for x in stream::iter(xs) for y in 0..x});
    (list, set)
}

/// Shapes of the fifth round of real code: a `()` element behind a filter
/// (a `Vec<()>`, as `.map(log).collect()` makes), a walrus as a chain's
/// middle operand, a conditional as a named `format!` argument, and the
/// async forms under an expected type.
pub async fn round_five(xs: Vec<i32>, wide: bool) -> (usize, Vec<i32>, Vec<String>, Vec<i64>) {
    let mut seen = Vec::new();
    let units = comp![seen.push(x) for &x in &xs if x > 0].len();
    let middle = comp![y for &x in &xs if 0 < (y := x - 3) < 10];
    let padded = comp![format!("{:>w$}", x, w = 4 if wide else 2) for x in &xs];
    let wider: Vec<i64> = acomp![i64::from(async { *x }.await) for x in &xs; concurrency = 2];
    (units + seen.len(), middle, padded, wider)
}

/// A parenthesized conditional that an operator follows keeps its
/// parentheses (the element of a map-shaped list is a closure's body).
#[must_use]
pub fn conditional_operand(xs: &[i32]) -> (Vec<i32>, i32) {
    let signed = comp![(1 if x > 0 else -1) * x for &x in xs];
    let total = comp!(((2 if x > 0 else 1) * x for &x in xs)).sum();
    (signed, total)
}

/// Round 22's shapes: Python's parenthesized branches of a conditional
/// (no `unused_parens`: the expansion's block holds the branch without
/// them), in a tuple and in a struct literal of a nested display.
#[must_use]
pub fn parenthesized_branches(xs: &[i32]) -> Branches {
    let either = comp![(x > 1 || x == -7) if x > 0 else false for &x in xs];
    let tagged = comp![(x, (x > 1) if x > 0 else (x < -5)) for &x in xs];
    let grid = comp![[Point { x, y: (x * y) if y > 0 else 0 } for &y in xs] for &x in xs];
    let pairs = comp![p.pair() for row in &grid for p in row];
    (either, tagged, pairs)
}

/// What [`parenthesized_branches`] returns.
pub type Branches = (Vec<bool>, Vec<(i32, bool)>, Vec<(i32, i32)>);

/// Round 7's shapes: a cast to a generic type, a conditional as a struct
/// literal's field, and an expected element type under `concurrency`.
pub async fn round_seven(
    xs: Vec<i32>,
) -> (Vec<Box<dyn std::fmt::Debug>>, Vec<(i32, i32)>, Vec<i64>) {
    let boxed = comp![Box::new(x) as Box<dyn std::fmt::Debug> for x in xs.clone()];
    let fields = comp![Point { x, y: x if x > 0 else 0 }.pair() for x in xs.clone()];
    let wide: Vec<i64> =
        acomp![async { i64::from(x) }.await if x > 0 else 0 for x in xs; concurrency = 2];
    (boxed, fields, wide)
}

/// A point, for [`round_seven`].
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn pair(&self) -> (i32, i32) {
        (self.x, self.y)
    }
}

/// The lazy async form, with `?`.
pub fn async_lazy(
    words: Vec<&str>,
) -> impl Stream<Item = Result<i32, std::num::ParseIntError>> + '_ {
    acomp!(move (async { w.parse::<i32>() }.await? async for w in stream::iter(words)))
}

/// `parallel` and `spawn`, under the same lints.
#[cfg(feature = "features")]
pub mod features {
    use std::collections::HashMap;
    use std::sync::Arc;

    use comprehensions::{acomp, comp};

    /// The `parallel` list and dict forms, with every clause.
    #[must_use]
    pub fn parallel(xs: &[i32]) -> (Vec<i32>, HashMap<i32, i32>) {
        let list = comp![y for x in xs if let Some(t) = x.checked_add(1) let z = t * 2 if (y := z + 1) > 0; parallel];
        let dict = comp!({*x: x * y for x in xs for y in 0..*x; parallel});
        (list, dict)
    }

    /// `parallel` with `?`.
    ///
    /// # Errors
    ///
    /// When a string is not a number.
    pub fn parallel_try(v: &[&str]) -> Result<Vec<i32>, std::num::ParseIntError> {
        comp![s.parse::<i32>()? for s in v; parallel]
    }

    /// `spawn`, with a cloned `Arc` and shared outer variables.
    pub async fn spawn(hosts: Vec<String>, base: Arc<String>) -> Vec<String> {
        acomp![format!("{base}/{host}:{}", async { port }.await) for host in hosts for port in [80, 443]; concurrency = 4, spawn(base)]
    }
}

/// A nested generator as a method's receiver and as an argument.
#[must_use]
pub fn nested_receivers(rows: &[Vec<u64>]) -> (Vec<Option<u64>>, Vec<u64>) {
    let worst = comp![(x * 2 for x in row).max() for row in rows];
    let total = comp![Iterator::sum(x + 1 for x in row) for row in rows];
    (worst, total)
}

/// A sync lazy form whose inner iterable borrows a guard or a `RefCell`:
/// the generator's own yields are no await of the user's (clippy's
/// `await_holding_lock` and `await_holding_refcell_ref` stay quiet).
///
/// # Panics
///
/// If the mutex is poisoned.
#[must_use]
pub fn held_inner_iterables(
    table: &std::sync::Mutex<Vec<Vec<i32>>>,
    docs: &std::cell::RefCell<Vec<String>>,
    keys: &[usize],
) -> (Vec<i32>, usize) {
    let locked = comp!((*x for k in keys for x in &table.lock().unwrap()[*k])).collect();
    let borrowed = comp!((w.len() for k in keys for w in docs.borrow()[*k].split(' '))).sum();
    (locked, borrowed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::block_on;
    use futures::StreamExt;

    #[test]
    fn the_strictly_linted_forms_compute_the_right_values() {
        let (list, set, dict, lazy) = sync_forms(&[1, -2, 3]);
        assert_eq!(list, [2, 6]);
        assert_eq!(set.len(), 3);
        assert_eq!(dict[&-2], 4);
        assert_eq!(lazy, 1 + 3 + 4 + 5);
        assert_eq!(clauses(&[(1, Some(1)), (2, None), (3, Some(-10))]), [14]);
        assert_eq!(python_spellings(&[(1, 2), (5, 3)]), [2, 5]);
        assert_eq!(fallible(&["1", "2"]), Ok(vec![1, 2, 2]));
        assert!(fallible(&["1", "x"]).is_err());
        assert_eq!(lazy_moved(vec![1, 2], 3).collect::<Vec<_>>(), [3, 6]);
        let (list, dict, mut unordered) = block_on(async_forms(vec![2, -1, 3]));
        assert_eq!(list, [2, 3]);
        assert_eq!(dict[&3], 6);
        unordered.sort_unstable();
        assert_eq!(unordered, [-1, 2, 3]);
        let (drained, pairs) = block_on(async_drained(vec![3, 4, 6]));
        assert_eq!(drained, [9, 18]);
        assert_eq!(pairs.len(), 3 + 4 + 6);
        let items: Vec<_> = block_on(async_lazy(vec!["4", "x", "5"]).collect());
        assert_eq!(items.len(), 2);
        let (tagged, letters, odd) =
            real_code("Ab,cdef,", vec!["x".into(), "yz".into()], &mut [1, 2, 3]);
        assert_eq!(tagged, [(2, "short"), (4, "long")]);
        assert_eq!(letters, "xyz");
        assert_eq!(odd, 2);
        assert_eq!(block_on(shared_outer(vec!["a".into()])), ["a:80", "a:443"]);
        assert_eq!(chained(&[(1, 5), (5, 2), (9, 1), (0, 4)], &1, 9), [5]);
        assert_eq!(conditional_operand(&[3, -2]), (vec![3, 2], 6 - 2));
        let (either, tagged, grid) = parenthesized_branches(&[2, -3]);
        assert_eq!(either, [true, false]);
        assert_eq!(tagged, [(2, true), (-3, false)]);
        assert_eq!(grid, [(2, 4), (2, 0), (-3, -6), (-3, 0)]);
        let (boxed, fields, wide) = block_on(round_seven(vec![2, -1]));
        assert_eq!(format!("{boxed:?}"), "[2, -1]");
        assert_eq!(fields, [(2, 2), (-1, 0)]);
        assert_eq!(wide, [2, 0]);
        let (units, middle, padded, wider) = block_on(round_five(vec![1, -2, 7], true));
        assert_eq!(units, 2 + 2);
        assert_eq!(middle, [4]);
        assert_eq!(padded, ["   1", "  -2", "   7"]);
        assert_eq!(wider, [1, -2, 7]);
    }
}
