//! mistake: dividing an `f64` total by a `usize` length (hand-written)
fn main() {
    let series = vec![vec![1.0, 2.0, 4.5], vec![3.0]];
    let mut means = Vec::new();
    for xs in &series {
        let total: f64 = xs.iter().sum();
        means.push(total / xs.len());
    }
    println!("{means:?}");
}
