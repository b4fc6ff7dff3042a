//! mistake: multiplying the `usize` index from `enumerate` by an `&i32` item (hand-written)
fn main() {
    let weights: Vec<i32> = vec![3, 1, 4];
    let scored: Vec<_> = weights.iter().enumerate().map(|(i, x)| i * x).collect();
    println!("{scored:?}");
}
