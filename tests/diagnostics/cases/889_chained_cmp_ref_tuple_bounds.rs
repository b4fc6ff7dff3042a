//! mistake: `lo <= x < hi` where the bounds come from iterating `&ranges` (so `&usize`) and `x` is a `usize`
//! offending: lo <= x
//! category: type
use comprehensions::comp;

fn main() {
    let ranges = vec![(0usize, 10usize), (20, 30)];
    let hits = vec![5usize, 15, 25];
    let inside = comp![(x, lo) for (lo, hi) in &ranges for x in hits.iter().copied() if lo <= x < hi];
    println!("{inside:?}");
}
