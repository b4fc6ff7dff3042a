//! mistake: Python's `abs(x - target)` distance as `.abs()` on a `usize` difference (unsigned: no `abs`; `abs_diff`)
//! offending: abs
//! category: type
use comprehensions::comp;

fn main() {
    let xs: Vec<usize> = vec![1, 5, 9];
    let target = 4usize;
    let dists = comp![(x - target).abs() for &x in &xs];
    println!("{dists:?}");
}
