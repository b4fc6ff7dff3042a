//! mistake: assigns k-means labels with `min_by_key` over `f64` distances, which are not `Ord` (Python: `min(range(k), key=lambda j: dist(p, c[j]))`)
//! offending: min_by_key
//! category: type
use comprehensions::comp;

fn dist(a: &(f64, f64), b: &(f64, f64)) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

fn main() {
    let points = vec![(0.0, 0.0), (1.0, 1.0), (9.0, 9.0)];
    let centroids = vec![(0.5, 0.5), (8.0, 8.0)];
    let labels: Vec<usize> =
        comp![j for p in &points if let Some((j, _)) = centroids.iter().enumerate().min_by_key(|(_, c)| dist(p, c))];
    println!("{labels:?}");
}
