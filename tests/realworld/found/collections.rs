//! Comprehensions of the collections theme (6) that did not compile, or gave
//! a wrong value, at 1fde7dc (before issue 9): the regression tests of the
//! classes the corpus found. Each test notes, as `FOUND:`, what it met then.

use super::*;

// FOUND: in the uncommitted working tree (~16:25): error[E0282]: type annotations needed -- lazy `(*x for lst in &lists for x in lst)`: `*x` on the inner variable
// FOUND: at HEAD 1fde7dc: error[E0425]: cannot find function `bind` in module `$crate::__private`
// heapq.merge of sorted lists, naive: sorted(x for lst in lists for x in lst)
#[test]
fn heapq_merge_naive() {
    let lists = vec![vec![1, 4], vec![2, 3], vec![0]];
    let mut all: Vec<i32> = comp!((*x for lst in &lists for x in lst)).collect();
    all.sort();
    assert_eq!(all, vec![0, 1, 2, 3, 4]);
}

// FOUND: error: captured variable cannot escape `FnMut` closure body -- `comp![v for v in d.values_mut() if *v > 1]`
// for k in d: d[k] += 1  -> via values_mut(): [v for v in d.values() if v > 1]
#[test]
fn values_mut_filter() {
    let mut d: BTreeMap<&str, i32> = [("a", 1), ("b", 2), ("c", 3)].into_iter().collect();
    let big = comp![v for v in d.values_mut() if *v > 1];
    for v in big {
        *v *= 100;
    }
    assert_eq!(d.values().copied().collect::<Vec<_>>(), vec![1, 200, 300]);
}

// FOUND: error: captured variable cannot escape `FnMut` closure body -- `comp![x for x in v.iter_mut() if *x % 2 == 1]`
// [x for x in v if x % 2 == 1], mutated through the returned references
#[test]
fn iter_mut_odd() {
    let mut v = vec![1, 2, 3, 4, 5];
    let odd = comp![x for x in v.iter_mut() if *x % 2 == 1];
    for x in odd {
        *x = 0;
    }
    assert_eq!(v, vec![0, 2, 0, 4, 0]);
}

// FOUND: error: captured variable cannot escape `FnMut` closure body -- `comp![v for (k, v) in d.iter_mut() if ..]`
// update through iter_mut on a map: [v for k, v in d.items() if k.startswith('x')]
#[test]
fn hashmap_iter_mut_prefix() {
    let mut d: HashMap<String, i32> = hm([
        ("xa".to_string(), 1),
        ("yb".to_string(), 2),
        ("xc".to_string(), 3),
    ]);
    for v in comp![v for (k, v) in d.iter_mut() if k.starts_with('x')] {
        *v = -*v;
    }
    let mut vals: Vec<i32> = d.into_values().collect();
    vals.sort();
    assert_eq!(vals, vec![-3, -1, 2]);
}

// FOUND: error[E0425]: cannot find function `bind` in module `$crate::__private` -- lazy `(v for vs in d.values() for v in vs)` and `(v * 2 for (_k, vs) in &d for v in vs.iter())`
// lazy over a borrowed map with two fors: (v for vs in d.values() for v in vs)
#[test]
fn defaultdict_values_lazy_flatten() {
    let d: BTreeMap<&str, Vec<i32>> = [("a", vec![1, 2]), ("b", vec![3])].into_iter().collect();
    let total: i32 = comp!((v for vs in d.values() for v in vs)).sum();
    assert_eq!(total, 6);
    let doubled: Vec<i32> = comp!((v * 2 for (_k, vs) in &d for v in vs.iter())).collect();
    assert_eq!(doubled, vec![2, 4, 6]);
}
