//! mistake: Python's `len(w)` instead of `w.len()` in the element (hand-written)
fn main() {
    let words = vec!["alpha", "be", "gamma"];
    let lengths: Vec<usize> = words.iter().map(|w| len(w)).collect();
    println!("{lengths:?}");
}
