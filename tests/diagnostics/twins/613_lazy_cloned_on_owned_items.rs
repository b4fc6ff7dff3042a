//! mistake: `.cloned()` on an iterator chain whose items are already owned `i64`s (hand-written)
fn main() {
    let deltas = vec![3i64, -2, 5];
    let scaled: Vec<i64> = deltas.iter().map(|d| d * 100).cloned().collect();
    println!("{scaled:?}");
}
