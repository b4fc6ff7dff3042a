//! mistake: calling `.sqrt()` on an integer expression (hand-written)
fn main() {
    let points: Vec<(i32, i32)> = vec![(3, 4), (6, 8)];
    let norms: Vec<f64> = points.into_iter().map(|(x, y)| (x * x + y * y).sqrt()).collect();
    println!("{norms:?}");
}
