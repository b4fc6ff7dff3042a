//! mistake: a tuple pattern over .windows(2), whose items are slices (pairwise habit)
fn main() {
    let prices = vec![10.0_f64, 10.5, 9.8, 11.2];
    let mut changes = Vec::new();
    for (a, b) in prices.windows(2) {
        changes.push(b - a);
    }
    println!("{changes:?}");
}
