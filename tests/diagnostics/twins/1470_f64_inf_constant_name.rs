//! mistake: Python's `dist = [math.inf for _ in range(n)]` spelled `f64::INF` (the constant is `f64::INFINITY`)
//! offending: INF
//! category: python-habit
fn main() {
    let n = 5;
    let mut dist = (0..n).map(|_| f64::INF).collect::<Vec<_>>();
    dist[0] = 0.0;
    println!("{dist:?}");
}
