//! mistake: Python's `min(dist[v], dist[u] + w)` edge relaxation with `std::cmp::min` on `f64` (needs `Ord`; use `f64::min`)
//! offending: min(dist[v], dist[u] + w)
//! category: type
use comprehensions::comp;
use std::cmp::min;

fn main() {
    let dist: Vec<f64> = vec![0.0, 2.5, f64::INFINITY];
    let edges = vec![(0usize, 1usize, 1.0f64), (1, 2, 2.5)];
    let relaxed = comp![min(dist[v], dist[u] + w) for &(u, v, w) in &edges];
    println!("{relaxed:?}");
}
