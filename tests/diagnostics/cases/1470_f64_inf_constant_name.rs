//! mistake: Python's `dist = [math.inf for _ in range(n)]` spelled `f64::INF` (the constant is `f64::INFINITY`)
//! offending: INF
//! category: python-habit
use comprehensions::comp;

fn main() {
    let n = 5;
    let mut dist = comp![f64::INF for _ in 0..n];
    dist[0] = 0.0;
    println!("{dist:?}");
}
