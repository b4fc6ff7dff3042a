//! Comprehensions of the data theme (8) that did not compile, or gave
//! a wrong value, at 1fde7dc (before issue 9): the regression tests of the
//! classes the corpus found. Each test notes, as `FOUND:`, what it met then.

use super::*;

// FOUND: error: expected `,` -- parenthesised conditional element `("senior" if .. else ..)`
// df.age.apply(lambda a: "senior" if a >= 40 else "mid" if a >= 30 else "junior")
#[test]
fn pandas_apply_band() {
    let df = employees();
    let bands =
        comp![("senior" if e.age >= 40 else "mid" if e.age >= 30 else "junior") for e in &df];
    assert_eq!(bands, vec!["mid", "junior", "senior", "mid"]);
}

// FOUND: error: comparison operators cannot be chained -- `if 0 <= x < 10`
// [x for x in xs if 0 <= x < 10]
#[test]
fn chained_range_filter() {
    let xs = vec![5, -1, 10, 3, 11];
    assert_eq!(comp![x for x in xs if 0 <= x < 10], vec![5, 3]);
}

// FOUND: error: comparison operators cannot be chained -- `0 <= r + dr < h` after `&&`
// grid neighbours (Advent-of-Code style):
// [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0) and 0 <= r + dr < h and 0 <= c + dc < w]
#[test]
fn grid_neighbors_chained() {
    let (r, c, h, w) = (0i32, 0i32, 3, 3);
    let n = comp![(r + dr, c + dc) for dr in [-1, 0, 1] for dc in [-1, 0, 1]
        if (dr, dc) != (0, 0) && 0 <= r + dr < h && 0 <= c + dc < w];
    assert_eq!(n, vec![(0, 1), (1, 0), (1, 1)]);
}

// FOUND: error: expected `=` after the pattern -- `let y: f64 = ..`
// numpy-ish: [x * scale + offset for x in arr] with typed let
#[test]
fn typed_let_scale() {
    let arr = vec![1u8, 2, 3];
    let out = comp![y * 0.5 + 1.0 for x in &arr let y: f64 = f64::from(*x)];
    assert_eq!(out, vec![1.5, 2.0, 2.5]);
}

// FOUND: in the uncommitted working tree (~16:25): error[E0382]: use of moved value: `sub` -- lazy `(x for sub in lol for x in sub)` over owned Vec<Vec<i32>>
// FOUND: at HEAD 1fde7dc: error[E0425]: cannot find function `bind` in module `$crate::__private`
// flatten lazily, owned: (x for sub in list_of_lists for x in sub)
#[test]
fn itertools_flatten_lazy_owned() {
    let lol = vec![vec![1, 2], vec![3], vec![]];
    let flat: Vec<i32> = comp!((x for sub in lol for x in sub)).collect();
    assert_eq!(flat, vec![1, 2, 3]);
}

// FOUND: error[E0425]: cannot find function `bind` in module `$crate::__private` -- lazy 2-for, inner range uses outer var
// lazy: ((i, j) for i in range(n) for j in range(i + 1, n)), the inner range uses the outer variable
#[test]
fn itertools_combinations_pairs_lazy() {
    let n = 3;
    let lazy: Vec<(i32, i32)> = comp!(((i, j) for i in 0..n for j in i + 1..n)).collect();
    assert_eq!(lazy, vec![(0, 1), (0, 2), (1, 2)]);
}

// FOUND: error[E0425]: cannot find function `bind` in module `$crate::__private` -- lazy `(x for row in &matrix for x in row)`
// sum(x for row in matrix for x in row)
#[test]
fn matrix_sum_lazy_flatten() {
    let matrix = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let total: i32 = comp!((x for row in &matrix for x in row)).sum();
    assert_eq!(total, 21);
}

// FOUND: passes at HEAD 1fde7dc; REGRESSION in the uncommitted working tree (snapshot /tmp/comp-wt): error: unexpected token, expected `;` -- conditional element inside a nested display `[1 if i == j else 0 for j in 0..n]`
// [[1 if i == j else 0 for j in range(n)] for i in range(n)]
#[test]
fn identity_matrix() {
    let n = 3;
    let id = comp![[1 if i == j else 0 for j in 0..n] for i in 0..n];
    assert_eq!(id, vec![vec![1, 0, 0], vec![0, 1, 0], vec![0, 0, 1]]);
}
